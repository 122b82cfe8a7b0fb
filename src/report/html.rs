//! A case report as one self-contained, printable web page: inline style, pictures as data URIs, no
//! scripts and nothing loaded from elsewhere. Every text from the knowledge base or the session is escaped.

use std::fmt::Write as _;

use base64::Engine as _;

use super::case::{CaseOutcome, CaseReport, NextKind, percent};
use super::guide::{FixGuide, Picture, StepLine};
use crate::assets::illustration_svg;
use crate::session::FixOutcome;

const STYLE: &str = include_str!("report.css");

/// Only inline style and `data:` pictures may load: a guard should any text ever slip past [`escape`].
const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/// Text made safe to place in HTML content and in quoted attribute values.
#[must_use]
pub fn escape(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// The whole page.
#[must_use]
pub fn render(case: &CaseReport) -> String {
    let mut s = String::new();
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{CONTENT_SECURITY_POLICY}\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{} \u{2014} {}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n",
        escape(&case.title),
        escape(&case.case_code)
    );
    header(&mut s, case);
    outcome(&mut s, case);
    told(&mut s, case);
    tried(&mut s, case);
    causes(&mut s, case);
    plan(&mut s, case);
    guides(&mut s, case);
    let _ = writeln!(
        s,
        "<footer>Written by MicDoctor {} with knowledge base {}. Case code {}.</footer>\n</body>\n</html>",
        escape(&case.app_version),
        escape(&case.kb_version),
        escape(&case.case_code)
    );
    s
}

fn header(s: &mut String, case: &CaseReport) {
    let _ = writeln!(
        s,
        "<header>\n<h1>{}</h1>\n<p class=\"code\">Case code: {}</p>\n<dl class=\"meta\">",
        escape(&case.title),
        escape(&case.case_code)
    );
    let mut kb = escape(&case.kb_version);
    if case.kb_versions_differ() {
        let _ = write!(
            kb,
            " (the case was worked on with {})",
            escape(&case.session.kb_version)
        );
    }
    for (term, value) in [
        ("Problem", escape(&case.problem.name)),
        ("iPhone", escape(&case.device.name)),
        ("Started", escape(&case.started)),
        ("Last change", escape(&case.updated)),
        ("Knowledge base", kb),
    ] {
        let _ = writeln!(s, "<dt>{term}</dt><dd>{value}</dd>");
    }
    s.push_str("</dl>\n</header>\n");
}

fn outcome(s: &mut String, case: &CaseReport) {
    let class = match case.outcome {
        CaseOutcome::Fixed { .. } => "fixed",
        CaseOutcome::Technician => "technician",
        CaseOutcome::NothingLeft => "nothing_left",
        CaseOutcome::Contradictory => "contradictory",
        CaseOutcome::InProgress => "in_progress",
    };
    let _ = writeln!(
        s,
        "<section class=\"outcome {class}\">\n<h2>{}</h2>",
        escape(&case.outcome.headline())
    );
    if let Some(likely) = &case.most_likely {
        let lead = match case.outcome {
            CaseOutcome::Fixed { .. } => "What most likely happened",
            _ => "Most likely cause",
        };
        let _ = writeln!(
            s,
            "<p>{lead}: <strong>{}</strong> ({})</p>\n<p class=\"muted\">{}</p>",
            escape(&likely.name),
            percent(likely.probability),
            escape(&likely.explanation)
        );
    }
    s.push_str("</section>\n");
}

fn told(s: &mut String, case: &CaseReport) {
    s.push_str("<section>\n<h2>What you told us</h2>\n");
    if case.told.is_empty() {
        s.push_str("<p>No questions answered yet.</p>\n</section>\n");
        return;
    }
    s.push_str("<ul>\n");
    // A skipped answer already reads "Not sure: …".
    for line in &case.told {
        let _ = writeln!(s, "<li>{}</li>", escape(&line.text));
    }
    s.push_str("</ul>\n</section>\n");
}

fn tried(s: &mut String, case: &CaseReport) {
    s.push_str("<section>\n<h2>What was tried</h2>\n");
    if case.tried.is_empty() {
        s.push_str("<p>No fixes tried yet.</p>\n</section>\n");
        return;
    }
    s.push_str("<ul>\n");
    for line in &case.tried {
        let result = match line.outcome {
            FixOutcome::Fixed => "fixed it",
            FixOutcome::Failed => "did not help",
            FixOutcome::Skipped => "skipped",
        };
        let _ = writeln!(s, "<li>{}: {result}</li>", escape(&line.title));
    }
    s.push_str("</ul>\n</section>\n");
}

fn causes(s: &mut String, case: &CaseReport) {
    s.push_str("<section>\n<h2>Most likely causes</h2>\n<ol class=\"causes\">\n");
    for cause in &case.causes {
        let shown = percent(cause.probability);
        let hardware = if cause.hardware {
            " <span class=\"muted\">(needs a repair shop)</span>"
        } else {
            ""
        };
        let _ = write!(
            s,
            "<li><strong>{}</strong> \u{2014} {shown}{hardware}\
             <span class=\"bar\" aria-hidden=\"true\"><span style=\"width:{shown}\"></span></span>",
            escape(&cause.name)
        );
        if !cause.reasons.is_empty() {
            s.push_str("\n<ul class=\"reasons\">\n");
            for reason in &cause.reasons {
                let (class, direction) = if reason.raised {
                    ("up", "more likely")
                } else {
                    ("down", "less likely")
                };
                let _ = writeln!(
                    s,
                    "<li class=\"{class}\"><span class=\"muted\">{direction}:</span> {}</li>",
                    escape(&reason.text)
                );
            }
            s.push_str("</ul>\n");
        }
        s.push_str("</li>\n");
    }
    s.push_str("</ol>\n");
    if case.other_causes > 0 {
        let _ = writeln!(
            s,
            "<p class=\"muted\">{} other {} below 1%.</p>",
            case.other_causes,
            if case.other_causes == 1 {
                "cause is"
            } else {
                "causes are"
            }
        );
    }
    s.push_str("</section>\n");
}

fn plan(s: &mut String, case: &CaseReport) {
    if case.next.is_none() && case.plan.is_empty() {
        return;
    }
    s.push_str("<section>\n<h2>What is left to try</h2>\n");
    if let Some(next) = &case.next {
        let verb = match next.kind {
            NextKind::Question => "check",
            NextKind::Fix => "try",
        };
        let _ = writeln!(
            s,
            "<p>Next step: {verb} \u{201c}{}\u{201d} (about {} min).</p>",
            escape(&next.title),
            next.minutes
        );
    }
    if !case.plan.is_empty() {
        s.push_str("<ol>\n");
        for fix in &case.plan {
            let _ = writeln!(
                s,
                "<li>{} \u{2014} about {} min, {} chance it works if you get to it</li>",
                escape(&fix.title),
                fix.minutes,
                percent(fix.success_probability)
            );
        }
        s.push_str("</ol>\n");
    }
    s.push_str("</section>\n");
}

fn guides(s: &mut String, case: &CaseReport) {
    if case.guides.is_empty() {
        return;
    }
    let _ = writeln!(
        s,
        "<section>\n<h2>Steps to repeat at home</h2>\n<p class=\"muted\">Written for this iPhone: {}.</p>",
        escape(&case.device.name)
    );
    for guide in &case.guides {
        fix_guide(s, guide);
    }
    s.push_str("</section>\n");
}

fn fix_guide(s: &mut String, guide: &FixGuide) {
    let _ = writeln!(
        s,
        "<h3>{} <span class=\"role\">({})</span></h3>\n<p>{}</p>\n<ol class=\"steps\">",
        escape(&guide.title),
        guide.role.label(),
        escape(&guide.summary)
    );
    for step in &guide.steps {
        step_line(s, step);
    }
    s.push_str("</ol>\n");
}

fn step_line(s: &mut String, step: &StepLine) {
    s.push_str("<li>");
    if let Some(check) = &step.check_first {
        let _ = write!(
            s,
            "<p><strong>Only once this is true: {}.</strong></p>",
            escape(check)
        );
    }
    let _ = write!(s, "<p>{}</p>", escape(&step.text));
    if let Some(path) = step.settings_line() {
        let _ = write!(
            s,
            "<p>Where: <span class=\"path\">{}</span></p>",
            escape(&path)
        );
    }
    if let Some(older) = &step.older_path {
        let _ = write!(
            s,
            "<p class=\"older\">{}: {}</p>",
            escape(&older.applies_to),
            escape(&older.path)
        );
    }
    if let Some(warning) = &step.warning {
        let _ = write!(
            s,
            "<p class=\"callout warning\"><strong>Careful:</strong> {}</p>",
            escape(warning)
        );
    }
    if let Some(tip) = &step.tip {
        let _ = write!(
            s,
            "<p class=\"callout\"><strong>Tip:</strong> {}</p>",
            escape(tip)
        );
    }
    if let Some(picture) = &step.picture {
        figure(s, picture);
    }
    if let Some(table) = &step.comparison {
        let _ = write!(
            s,
            "<table><caption>{}</caption><tr><th></th>",
            escape(&table.title)
        );
        for heading in &table.headings {
            let _ = write!(s, "<th>{}</th>", escape(heading));
        }
        s.push_str("</tr>");
        for row in &table.rows {
            let _ = write!(s, "<tr><th>{}</th>", escape(&row.label));
            for cell in &row.cells {
                let _ = write!(s, "<td>{}</td>", escape(cell));
            }
            s.push_str("</tr>");
        }
        s.push_str("</table>");
    }
    s.push_str("</li>\n");
}

/// A picture with its alt text, the bundled SVG inlined as a data URI; just the caption if the id is not
/// bundled.
fn figure(s: &mut String, picture: &Picture) {
    let alt = escape(&picture.alt);
    s.push_str("<figure>");
    if let Some(svg) = illustration_svg(&picture.id) {
        let data = base64::engine::general_purpose::STANDARD.encode(svg);
        let _ = write!(
            s,
            "<img src=\"data:image/svg+xml;base64,{data}\" alt=\"{alt}\">"
        );
    }
    let _ = write!(s, "<figcaption>{alt}</figcaption></figure>");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_neutralises_markup_and_quotes() {
        assert_eq!(
            escape("<script>alert(1)</script>"),
            "&lt;script&gt;alert(1)&lt;/script&gt;"
        );
        assert_eq!(escape("\"&'"), "&quot;&amp;&#39;");
        assert_eq!(escape("a\" onload=\"x"), "a&quot; onload=&quot;x");
        assert_eq!(escape("&amp;"), "&amp;amp;");
    }

    #[test]
    fn escape_leaves_plain_text_alone() {
        let text = "Settings \u{203a} Privacy & Security".replace('&', "and");
        assert_eq!(escape(&text), text);
        assert_eq!(escape(""), "");
        assert_eq!(escape("caf\u{e9} \u{1f3a4}"), "caf\u{e9} \u{1f3a4}");
    }

    #[test]
    fn a_bundled_picture_is_inlined_and_an_unknown_one_keeps_its_caption() {
        let mut s = String::new();
        figure(
            &mut s,
            &Picture {
                id: "mic_locations".to_owned(),
                alt: "Three <mics>".to_owned(),
            },
        );
        assert!(s.contains("src=\"data:image/svg+xml;base64,"), "{s}");
        assert!(s.contains("alt=\"Three &lt;mics&gt;\""), "{s}");
        let mut s = String::new();
        figure(
            &mut s,
            &Picture {
                id: "nowhere".to_owned(),
                alt: "Gone".to_owned(),
            },
        );
        assert_eq!(s, "<figure><figcaption>Gone</figcaption></figure>");
    }
}
