//! A case report as Markdown: plain text that reads well as is and renders as a document.

use std::fmt::Write as _;

use super::case::{CaseOutcome, CaseReport, NextKind, percent};
use super::guide::{FixGuide, StepLine};
use crate::session::FixOutcome;

/// The whole report.
#[must_use]
pub fn render(case: &CaseReport) -> String {
    let mut s = String::new();
    header(&mut s, case);
    outcome(&mut s, case);
    told(&mut s, case);
    tried(&mut s, case);
    causes(&mut s, case);
    plan(&mut s, case);
    guides(&mut s, case);
    s
}

fn header(s: &mut String, case: &CaseReport) {
    let _ = writeln!(s, "# {}\n", text(&case.title));
    let _ = writeln!(s, "**Case code: {}**\n", text(&case.case_code));
    let _ = writeln!(s, "- Problem: {}", text(&case.problem.name));
    let _ = writeln!(s, "- iPhone: {}", text(&case.device.name));
    let _ = writeln!(s, "- Started: {}", case.started);
    let _ = writeln!(s, "- Last change: {}", case.updated);
    let _ = write!(
        s,
        "- Written by MicDoctor {} with knowledge base {}",
        text(&case.app_version),
        text(&case.kb_version)
    );
    if case.kb_versions_differ() {
        let _ = write!(
            s,
            " (the case was worked on with {})",
            text(&case.session.kb_version)
        );
    }
    s.push_str("\n\n");
}

fn outcome(s: &mut String, case: &CaseReport) {
    let _ = writeln!(s, "## {}\n", text(&case.outcome.headline()));
    let Some(likely) = &case.most_likely else {
        return;
    };
    let lead = match case.outcome {
        CaseOutcome::Fixed { .. } => "What most likely happened",
        _ => "Most likely cause",
    };
    let _ = writeln!(
        s,
        "{lead}: **{}** ({}). {}\n",
        text(&likely.name),
        percent(likely.probability),
        text(&likely.explanation)
    );
}

fn told(s: &mut String, case: &CaseReport) {
    s.push_str("## What you told us\n\n");
    if case.told.is_empty() {
        s.push_str("No questions answered yet.\n\n");
        return;
    }
    // A skipped answer already reads "Not sure: …".
    for line in &case.told {
        let _ = writeln!(s, "- {}", text(&line.text));
    }
    s.push('\n');
}

fn tried(s: &mut String, case: &CaseReport) {
    s.push_str("## What was tried\n\n");
    if case.tried.is_empty() {
        s.push_str("No fixes tried yet.\n\n");
        return;
    }
    for line in &case.tried {
        let result = match line.outcome {
            FixOutcome::Fixed => "fixed it",
            FixOutcome::Failed => "did not help",
            FixOutcome::Skipped => "skipped",
        };
        let _ = writeln!(s, "- {}: {result}", text(&line.title));
    }
    s.push('\n');
}

fn causes(s: &mut String, case: &CaseReport) {
    s.push_str("## Most likely causes\n\n");
    for (rank, cause) in case.causes.iter().enumerate() {
        let hardware = if cause.hardware {
            " (needs a repair shop)"
        } else {
            ""
        };
        let _ = writeln!(
            s,
            "{}. **{}** \u{2014} {}{hardware}",
            rank + 1,
            text(&cause.name),
            percent(cause.probability)
        );
        for reason in &cause.reasons {
            let direction = if reason.raised {
                "more likely"
            } else {
                "less likely"
            };
            let _ = writeln!(s, "   - {direction}: {}", text(&reason.text));
        }
    }
    if case.other_causes > 0 {
        let _ = writeln!(
            s,
            "\n{} other {} below 1%.",
            case.other_causes,
            if case.other_causes == 1 {
                "cause is"
            } else {
                "causes are"
            }
        );
    }
    s.push('\n');
}

fn plan(s: &mut String, case: &CaseReport) {
    if case.next.is_none() && case.plan.is_empty() {
        return;
    }
    s.push_str("## What is left to try\n\n");
    if let Some(next) = &case.next {
        let verb = match next.kind {
            NextKind::Question => "check",
            NextKind::Fix => "try",
        };
        let _ = writeln!(
            s,
            "Next step: {verb} \u{201c}{}\u{201d} (about {} min).\n",
            text(&next.title),
            next.minutes
        );
    }
    for (n, fix) in case.plan.iter().enumerate() {
        let _ = writeln!(
            s,
            "{}. {} \u{2014} about {} min, {} chance it works if you get to it",
            n + 1,
            text(&fix.title),
            fix.minutes,
            percent(fix.success_probability)
        );
    }
    if !case.plan.is_empty() {
        s.push('\n');
    }
}

fn guides(s: &mut String, case: &CaseReport) {
    if case.guides.is_empty() {
        return;
    }
    let _ = writeln!(
        s,
        "## Steps to repeat at home\n\nWritten for this iPhone: {}.\n",
        text(&case.device.name)
    );
    for guide in &case.guides {
        fix_guide(s, guide);
    }
}

fn fix_guide(s: &mut String, guide: &FixGuide) {
    let _ = writeln!(
        s,
        "### {} ({})\n\n{}\n",
        text(&guide.title),
        guide.role.label(),
        text(&guide.summary)
    );
    for (n, step) in guide.steps.iter().enumerate() {
        step_line(s, n + 1, step);
    }
    s.push('\n');
}

fn step_line(s: &mut String, number: usize, step: &StepLine) {
    if let Some(check) = &step.check_first {
        let _ = writeln!(s, "{number}. Only once this is true: {}.", text(check));
        let _ = writeln!(s, "   {}", text(&step.text));
    } else {
        let _ = writeln!(s, "{number}. {}", text(&step.text));
    }
    let detail = |s: &mut String, line: String| {
        let _ = writeln!(s, "   - {line}");
    };
    if let Some(path) = step.settings_line() {
        detail(s, format!("Where: {}", text(&path)));
    }
    if let Some(older) = &step.older_path {
        detail(
            s,
            format!("{}: {}", text(&older.applies_to), text(&older.path)),
        );
    }
    if let Some(warning) = &step.warning {
        detail(s, format!("**Careful:** {}", text(warning)));
    }
    if let Some(tip) = &step.tip {
        detail(s, format!("Tip: {}", text(tip)));
    }
    if let Some(picture) = &step.picture {
        detail(s, format!("Picture: {}", text(&picture.alt)));
    }
    if let Some(table) = &step.comparison {
        detail(s, format!("{}:", text(&table.title)));
        for row in &table.rows {
            let cells: Vec<String> = table
                .headings
                .iter()
                .zip(&row.cells)
                .map(|(heading, cell)| format!("{}: {}", text(heading), text(cell)))
                .collect();
            let _ = writeln!(s, "     - {}: {}", text(&row.label), cells.join("; "));
        }
    }
}

/// Text from the knowledge base or the session, made inert: one line, and the characters Markdown would
/// read as markup (emphasis, code, links, HTML, entities) backslash-escaped.
#[must_use]
pub fn text(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' | '\r' => out.push(' '),
            '\\' | '`' | '*' | '_' | '<' | '>' | '[' | ']' => {
                out.push('\\');
                out.push(c);
            }
            // "&amp;" would render as "&"; a lone "&" (as in "Privacy & Security") is left alone.
            '&' if chars
                .peek()
                .is_some_and(|n| n.is_ascii_alphanumeric() || *n == '#') =>
            {
                out.push_str("\\&");
            }
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::text;

    #[test]
    fn markup_in_text_is_escaped_and_prose_is_left_alone() {
        assert_eq!(text("Privacy & Security"), "Privacy & Security");
        assert_eq!(text("WhatsApp's switch"), "WhatsApp's switch");
        assert_eq!(
            text("<script>alert(1)</script>"),
            "\\<script\\>alert(1)\\</script\\>"
        );
        assert_eq!(text("*bold* _em_ `code`"), "\\*bold\\* \\_em\\_ \\`code\\`");
        assert_eq!(text("[link](x)"), "\\[link\\](x)");
        assert_eq!(text("&amp; &#60;"), "\\&amp; \\&#60;");
        assert_eq!(text("a\\b"), "a\\\\b");
        assert_eq!(text("two\nlines"), "two lines");
    }
}
