//! A case report as one self-contained, printable web page: inline style, pictures as data URIs, no
//! scripts and nothing loaded from elsewhere. Every text from the knowledge base or the session is escaped.

use std::fmt::Write as _;

use base64::Engine as _;

use super::case::StepKind;
use super::case::{CaseOutcome, CaseReport};
use super::guide::{FixGuide, Picture, StepLine};
use crate::assets::illustration_svg;
use crate::i18n::Language;
use crate::i18n::percent;
use crate::session::FixOutcome;

pub(super) const STYLE: &str = include_str!("report.css");

/// Only inline style and `data:` pictures may load: a guard should any text ever slip past [`escape`].
pub(super) const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

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
    let lang = case.language;
    let mut s = String::new();
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{CONTENT_SECURITY_POLICY}\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{} \u{2014} {}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n",
        lang.code(),
        escape(&case.title),
        escape(&case.case_code)
    );
    header(&mut s, case);
    outcome(&mut s, case);
    told(&mut s, case);
    tests(&mut s, case);
    privacy_report(&mut s, case);
    tried(&mut s, case);
    super::recording::sections::html(&mut s, case);
    causes(&mut s, case);
    plan(&mut s, case);
    guides(&mut s, case);
    let footer = crate::t!(
        lang,
        "report-footer",
        app_version = escape(&case.app_version),
        kb_version = escape(&case.kb_version),
        code = escape(&case.case_code)
    );
    let _ = writeln!(s, "<footer>{footer}</footer>\n</body>\n</html>");
    s
}

fn header(s: &mut String, case: &CaseReport) {
    let lang = case.language;
    let _ = writeln!(s, "<header>");
    // The case code for the shop's scanner, beside the heading: outside the list of terms, whose grid
    // pairs each term with the element after it.
    if let Some(svg) = super::qr::qr_svg(
        &case.case_code,
        &crate::t!(lang, "report-case-code-qr", code = case.case_code.as_str()),
    ) {
        let _ = writeln!(s, "<div class=\"qr\">{svg}</div>");
    }
    let _ = writeln!(
        s,
        "<h1>{}</h1>\n<p class=\"code\">{}</p>\n<dl class=\"meta\">",
        escape(&case.title),
        crate::t!(lang, "report-case-code", code = escape(&case.case_code))
    );
    let kb = if case.kb_versions_differ() {
        crate::t!(
            lang,
            "report-kb-worked-on-other",
            kb_version = escape(&case.kb_version),
            session_kb_version = escape(&case.session.kb_version)
        )
    } else {
        escape(&case.kb_version)
    };
    for (term, value) in [
        (
            crate::t!(lang, "report-term-problem"),
            escape(&case.problem.name),
        ),
        (
            crate::t!(lang, "report-term-iphone"),
            escape(&case.device.name),
        ),
        (
            crate::t!(lang, "report-term-started"),
            escape(&case.started),
        ),
        (
            crate::t!(lang, "report-term-last-change"),
            escape(&case.updated),
        ),
        (crate::t!(lang, "report-term-kb"), kb),
    ] {
        let _ = writeln!(s, "<dt>{term}</dt><dd>{value}</dd>");
    }
    if let Some(learned) = &case.learned {
        let _ = writeln!(s, "<dt></dt><dd>{}</dd>", escape(learned));
    }
    s.push_str("</dl>\n</header>\n");
}

fn outcome(s: &mut String, case: &CaseReport) {
    let lang = case.language;
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
        escape(&case.outcome.headline(lang))
    );
    if let Some(likely) = &case.most_likely {
        let name = format!("<strong>{}</strong>", escape(&likely.name));
        let percent = percent(lang, likely.probability);
        let lead = if matches!(case.outcome, CaseOutcome::Fixed { .. }) {
            crate::t!(lang, "report-lead-fixed", cause = name, percent = percent)
        } else {
            crate::t!(lang, "report-lead-open", cause = name, percent = percent)
        };
        let _ = writeln!(
            s,
            "<p>{lead}</p>\n<p class=\"muted\">{}</p>",
            escape(&likely.explanation)
        );
    }
    s.push_str("</section>\n");
}

fn told(s: &mut String, case: &CaseReport) {
    let lang = case.language;
    let _ = writeln!(
        s,
        "<section>\n<h2>{}</h2>",
        crate::t!(lang, "report-section-told")
    );
    if case.told.is_empty() {
        let _ = writeln!(
            s,
            "<p>{}</p>\n</section>",
            crate::t!(lang, "report-told-none")
        );
        return;
    }
    s.push_str("<ul>\n");
    // A skipped answer already reads "Not sure: …".
    for line in &case.told {
        let _ = writeln!(s, "<li>{}</li>", escape(&line.text));
    }
    s.push_str("</ul>\n</section>\n");
}

/// The tests run and their results, or that none was and which to run (problems without tests: nothing).
fn tests(s: &mut String, case: &CaseReport) {
    let lang = case.language;
    let lines = case.tests.lines(lang);
    if lines.is_empty() {
        return;
    }
    let _ = writeln!(
        s,
        "<section>\n<h2>{}</h2>",
        crate::t!(lang, "report-section-tests")
    );
    if case.tests.results.is_empty() {
        let _ = writeln!(s, "<p>{}</p>\n</section>", escape(&lines.join(" ")));
        return;
    }
    s.push_str("<ul>\n");
    for line in &lines {
        let _ = writeln!(s, "<li>{}</li>", escape(line));
    }
    s.push_str("</ul>\n</section>\n");
}

/// What a read App Privacy Report showed of WhatsApp (nothing when none was read).
fn privacy_report(s: &mut String, case: &CaseReport) {
    if case.privacy_report.is_empty() {
        return;
    }
    let lang = case.language;
    let _ = writeln!(
        s,
        "<section>\n<h2>{}</h2>\n<ul>",
        crate::t!(lang, "report-section-privacy")
    );
    for line in &case.privacy_report {
        let _ = writeln!(s, "<li>{}</li>", escape(line));
    }
    s.push_str("</ul>\n</section>\n");
}

fn tried(s: &mut String, case: &CaseReport) {
    let lang = case.language;
    let _ = writeln!(
        s,
        "<section>\n<h2>{}</h2>",
        crate::t!(lang, "report-section-tried")
    );
    if case.tried.is_empty() {
        let _ = writeln!(
            s,
            "<p>{}</p>\n</section>",
            crate::t!(lang, "report-tried-none")
        );
        return;
    }
    s.push_str("<ul>\n");
    for line in &case.tried {
        let title = escape(&line.title);
        let result = match line.outcome {
            FixOutcome::Fixed => crate::t!(lang, "report-tried-fixed", title = title),
            FixOutcome::Failed => crate::t!(lang, "report-tried-failed", title = title),
            FixOutcome::Skipped => crate::t!(lang, "report-tried-skipped", title = title),
        };
        let _ = writeln!(s, "<li>{result}</li>");
    }
    s.push_str("</ul>\n</section>\n");
}

fn causes(s: &mut String, case: &CaseReport) {
    let lang = case.language;
    let _ = writeln!(
        s,
        "<section>\n<h2>{}</h2>\n<ol class=\"causes\">",
        crate::t!(lang, "report-section-causes")
    );
    for cause in &case.causes {
        let shown = percent(lang, cause.probability);
        // The bar's width is CSS, not text: always "88%", whatever the language writes.
        let width = format!("{:.0}%", cause.probability * 100.0);
        let hardware = if cause.hardware {
            format!(
                " <span class=\"muted\">{}</span>",
                crate::t!(lang, "report-needs-repair-shop")
            )
        } else {
            String::new()
        };
        let _ = write!(
            s,
            "<li><strong>{}</strong> \u{2014} {shown}{hardware}\
             <span class=\"bar\" aria-hidden=\"true\"><span style=\"width:{width}\"></span></span>",
            escape(&cause.name)
        );
        if !cause.reasons.is_empty() {
            s.push_str("\n<ul class=\"reasons\">\n");
            for reason in &cause.reasons {
                let (class, direction) = if reason.raised {
                    ("up", crate::t!(lang, "report-reason-up"))
                } else {
                    ("down", crate::t!(lang, "report-reason-down"))
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
            "<p class=\"muted\">{}</p>",
            crate::t!(lang, "report-other-causes", count = case.other_causes)
        );
    }
    s.push_str("</section>\n");
}

fn plan(s: &mut String, case: &CaseReport) {
    let lang = case.language;
    if case.next.is_none() && case.plan.is_empty() {
        return;
    }
    let _ = writeln!(
        s,
        "<section>\n<h2>{}</h2>",
        crate::t!(lang, "report-section-plan")
    );
    if let Some(next) = &case.next {
        let title = escape(&next.title);
        let line = match next.kind {
            // A recording check reads as a check: "Next step: check “Test each microphone”".
            StepKind::Question | StepKind::Measure => {
                crate::t!(
                    lang,
                    "report-next-check",
                    title = title,
                    minutes = next.minutes
                )
            }
            StepKind::Fix => crate::t!(
                lang,
                "report-next-try",
                title = title,
                minutes = next.minutes
            ),
            StepKind::Handover => crate::t!(
                lang,
                "report-next-handover",
                title = title,
                why = escape(next.why.as_deref().unwrap_or_default())
            ),
        };
        let _ = writeln!(s, "<p>{line}</p>");
    }
    if !case.plan.is_empty() {
        s.push_str("<ol>\n");
        for fix in &case.plan {
            let line = crate::t!(
                lang,
                "report-plan-line",
                title = escape(&fix.title),
                minutes = fix.minutes,
                percent = percent(lang, fix.success_probability)
            );
            let line = match &fix.risk_note {
                Some(reason) => format!(
                    "{line} {}",
                    crate::t!(lang, "report-plan-later", reason = escape(reason))
                ),
                None => line,
            };
            let _ = writeln!(s, "<li>{line}</li>");
        }
        s.push_str("</ol>\n");
    }
    s.push_str("</section>\n");
}

fn guides(s: &mut String, case: &CaseReport) {
    let lang = case.language;
    if case.guides.is_empty() {
        return;
    }
    let _ = writeln!(
        s,
        "<section>\n<h2>{}</h2>\n<p class=\"muted\">{}</p>",
        crate::t!(lang, "report-section-guides"),
        crate::t!(
            lang,
            "report-guides-device",
            device = escape(&case.device.name)
        )
    );
    for guide in &case.guides {
        fix_guide(lang, s, guide);
    }
    s.push_str("</section>\n");
}

fn fix_guide(lang: Language, s: &mut String, guide: &FixGuide) {
    let _ = writeln!(
        s,
        "<h3>{} <span class=\"role\">({})</span></h3>\n<p>{}</p>\n<ol class=\"steps\">",
        escape(&guide.title),
        guide.role.label(lang),
        escape(&guide.summary)
    );
    for step in &guide.steps {
        step_line(lang, s, step);
    }
    s.push_str("</ol>\n");
}

fn step_line(lang: Language, s: &mut String, step: &StepLine) {
    s.push_str("<li>");
    if let Some(check) = &step.check_first {
        let _ = write!(
            s,
            "<p><strong>{}</strong></p>",
            crate::t!(lang, "report-step-check-first", condition = escape(check))
        );
    }
    let _ = write!(s, "<p>{}</p>", escape(&step.text));
    if let Some(path) = step.settings_line(lang) {
        let _ = write!(
            s,
            "<p>{}: <span class=\"path\">{}</span></p>",
            crate::t!(lang, "report-step-where"),
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
            "<p class=\"callout warning\"><strong>{}:</strong> {}</p>",
            crate::t!(lang, "report-step-careful"),
            escape(warning)
        );
    }
    if let Some(tip) = &step.tip {
        let _ = write!(
            s,
            "<p class=\"callout\"><strong>{}:</strong> {}</p>",
            crate::t!(lang, "report-step-tip"),
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

/// A picture with its alt text inlined as a data URI: the knowledge base's own picture if it brought one,
/// else the bundled SVG; just the caption if there is neither.
fn figure(s: &mut String, picture: &Picture) {
    let alt = escape(&picture.alt);
    s.push_str("<figure>");
    let inlined = match &picture.image {
        Some(own) => Some((own.format.media_type(), &own.bytes[..])),
        None => illustration_svg(&picture.id).map(|svg| ("image/svg+xml", svg)),
    };
    if let Some((media_type, bytes)) = inlined {
        let data = base64::engine::general_purpose::STANDARD.encode(bytes);
        let _ = write!(
            s,
            "<img src=\"data:{media_type};base64,{data}\" alt=\"{alt}\">"
        );
    }
    let _ = write!(s, "<figcaption>{alt}</figcaption></figure>");
}

#[cfg(test)]
#[path = "html_tests.rs"]
mod tests;
