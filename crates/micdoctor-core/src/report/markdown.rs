//! A case report as Markdown: plain text that reads well as is and renders as a document.

use std::fmt::Write as _;

use super::case::StepKind;
use super::case::{CaseOutcome, CaseReport};
use super::guide::{FixGuide, StepLine};
use crate::i18n::Language;
use crate::i18n::percent;
use crate::session::FixOutcome;

/// The whole report.
#[must_use]
pub fn render(case: &CaseReport) -> String {
    let mut s = String::new();
    header(&mut s, case);
    outcome(&mut s, case);
    told(&mut s, case);
    tests(&mut s, case);
    privacy_report(&mut s, case);
    tried(&mut s, case);
    super::recording::sections::markdown(&mut s, case);
    causes(&mut s, case);
    plan(&mut s, case);
    guides(&mut s, case);
    s
}

fn header(s: &mut String, case: &CaseReport) {
    let lang = case.language;
    let _ = writeln!(s, "# {}\n", text(&case.title));
    let code = crate::t!(lang, "report-case-code", code = text(&case.case_code));
    let _ = writeln!(s, "**{code}**\n");
    for (term, value) in [
        (
            crate::t!(lang, "report-term-problem"),
            text(&case.problem.name),
        ),
        (
            crate::t!(lang, "report-term-iphone"),
            text(&case.device.name),
        ),
        (crate::t!(lang, "report-term-started"), case.started.clone()),
        (
            crate::t!(lang, "report-term-last-change"),
            case.updated.clone(),
        ),
    ] {
        let _ = writeln!(s, "- {term}: {value}");
    }
    let kb = if case.kb_versions_differ() {
        crate::t!(
            lang,
            "report-kb-worked-on-other",
            kb_version = text(&case.kb_version),
            session_kb_version = text(&case.session.kb_version)
        )
    } else {
        text(&case.kb_version)
    };
    let written = crate::t!(
        lang,
        "report-written-by",
        app_version = text(&case.app_version),
        kb = kb
    );
    let _ = writeln!(s, "- {written}");
    if let Some(learned) = &case.learned {
        let _ = writeln!(s, "- {}", text(learned));
    }
    s.push('\n');
}

fn outcome(s: &mut String, case: &CaseReport) {
    let lang = case.language;
    let _ = writeln!(s, "## {}\n", text(&case.outcome.headline(lang)));
    let Some(likely) = &case.most_likely else {
        return;
    };
    let name = format!("**{}**", text(&likely.name));
    let percent = percent(lang, likely.probability);
    let lead = if matches!(case.outcome, CaseOutcome::Fixed { .. }) {
        crate::t!(lang, "report-lead-fixed", cause = name, percent = percent)
    } else {
        crate::t!(lang, "report-lead-open", cause = name, percent = percent)
    };
    let _ = writeln!(s, "{lead}. {}\n", text(&likely.explanation));
}

fn told(s: &mut String, case: &CaseReport) {
    let lang = case.language;
    let _ = writeln!(s, "## {}\n", crate::t!(lang, "report-section-told"));
    if case.told.is_empty() {
        let _ = writeln!(s, "{}\n", crate::t!(lang, "report-told-none"));
        return;
    }
    // A skipped answer already reads "Not sure: …".
    for line in &case.told {
        let _ = writeln!(s, "- {}", text(&line.text));
    }
    s.push('\n');
}

/// The tests run and their results, or that none was and which to run (problems without tests: nothing).
fn tests(s: &mut String, case: &CaseReport) {
    let lang = case.language;
    let lines = case.tests.lines(lang);
    if lines.is_empty() {
        return;
    }
    let _ = writeln!(s, "## {}\n", crate::t!(lang, "report-section-tests"));
    if case.tests.results.is_empty() {
        let _ = writeln!(s, "{}\n", text(&lines.join(" ")));
        return;
    }
    for line in &lines {
        let _ = writeln!(s, "- {}", text(line));
    }
    s.push('\n');
}

/// What a read App Privacy Report showed of WhatsApp (nothing when none was read).
fn privacy_report(s: &mut String, case: &CaseReport) {
    if case.privacy_report.is_empty() {
        return;
    }
    let lang = case.language;
    let _ = writeln!(s, "## {}\n", crate::t!(lang, "report-section-privacy"));
    for line in &case.privacy_report {
        let _ = writeln!(s, "- {}", text(line));
    }
    s.push('\n');
}

fn tried(s: &mut String, case: &CaseReport) {
    let lang = case.language;
    let _ = writeln!(s, "## {}\n", crate::t!(lang, "report-section-tried"));
    if case.tried.is_empty() {
        let _ = writeln!(s, "{}\n", crate::t!(lang, "report-tried-none"));
        return;
    }
    for line in &case.tried {
        let title = text(&line.title);
        let result = match line.outcome {
            FixOutcome::Fixed => crate::t!(lang, "report-tried-fixed", title = title),
            FixOutcome::Failed => crate::t!(lang, "report-tried-failed", title = title),
            FixOutcome::Skipped => crate::t!(lang, "report-tried-skipped", title = title),
        };
        let _ = writeln!(s, "- {result}");
    }
    s.push('\n');
}

fn causes(s: &mut String, case: &CaseReport) {
    let lang = case.language;
    let _ = writeln!(s, "## {}\n", crate::t!(lang, "report-section-causes"));
    for (rank, cause) in case.causes.iter().enumerate() {
        let hardware = if cause.hardware {
            format!(" {}", crate::t!(lang, "report-needs-repair-shop"))
        } else {
            String::new()
        };
        let _ = writeln!(
            s,
            "{}. **{}** \u{2014} {}{hardware}",
            rank + 1,
            text(&cause.name),
            percent(lang, cause.probability)
        );
        for reason in &cause.reasons {
            let direction = if reason.raised {
                crate::t!(lang, "report-reason-up")
            } else {
                crate::t!(lang, "report-reason-down")
            };
            let _ = writeln!(s, "   - {direction}: {}", text(&reason.text));
        }
    }
    if case.other_causes > 0 {
        let _ = writeln!(
            s,
            "\n{}",
            crate::t!(lang, "report-other-causes", count = case.other_causes)
        );
    }
    s.push('\n');
}

fn plan(s: &mut String, case: &CaseReport) {
    let lang = case.language;
    if case.next.is_none() && case.plan.is_empty() {
        return;
    }
    let _ = writeln!(s, "## {}\n", crate::t!(lang, "report-section-plan"));
    if let Some(next) = &case.next {
        let title = text(&next.title);
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
                why = text(next.why.as_deref().unwrap_or_default())
            ),
        };
        let _ = writeln!(s, "{line}\n");
    }
    for (n, fix) in case.plan.iter().enumerate() {
        let line = crate::t!(
            lang,
            "report-plan-line",
            title = text(&fix.title),
            minutes = fix.minutes,
            percent = percent(lang, fix.success_probability)
        );
        let line = match &fix.risk_note {
            Some(reason) => format!(
                "{line} {}",
                crate::t!(lang, "report-plan-later", reason = text(reason))
            ),
            None => line,
        };
        let _ = writeln!(s, "{}. {line}", n + 1);
    }
    if !case.plan.is_empty() {
        s.push('\n');
    }
}

fn guides(s: &mut String, case: &CaseReport) {
    let lang = case.language;
    if case.guides.is_empty() {
        return;
    }
    let _ = writeln!(
        s,
        "## {}\n\n{}\n",
        crate::t!(lang, "report-section-guides"),
        crate::t!(
            lang,
            "report-guides-device",
            device = text(&case.device.name)
        )
    );
    for guide in &case.guides {
        fix_guide(lang, s, guide);
    }
}

fn fix_guide(lang: Language, s: &mut String, guide: &FixGuide) {
    let _ = writeln!(
        s,
        "### {} ({})\n\n{}\n",
        text(&guide.title),
        guide.role.label(lang),
        text(&guide.summary)
    );
    for (n, step) in guide.steps.iter().enumerate() {
        step_line(lang, s, n + 1, step);
    }
    s.push('\n');
}

fn step_line(lang: Language, s: &mut String, number: usize, step: &StepLine) {
    if let Some(check) = &step.check_first {
        let check = crate::t!(lang, "report-step-check-first", condition = text(check));
        let _ = writeln!(s, "{number}. {check}");
        let _ = writeln!(s, "   {}", text(&step.text));
    } else {
        let _ = writeln!(s, "{number}. {}", text(&step.text));
    }
    let detail = |s: &mut String, line: String| {
        let _ = writeln!(s, "   - {line}");
    };
    if let Some(path) = step.settings_line(lang) {
        detail(
            s,
            format!("{}: {}", crate::t!(lang, "report-step-where"), text(&path)),
        );
    }
    if let Some(older) = &step.older_path {
        detail(
            s,
            format!("{}: {}", text(&older.applies_to), text(&older.path)),
        );
    }
    if let Some(warning) = &step.warning {
        detail(
            s,
            format!(
                "**{}:** {}",
                crate::t!(lang, "report-step-careful"),
                text(warning)
            ),
        );
    }
    if let Some(tip) = &step.tip {
        detail(
            s,
            format!("{}: {}", crate::t!(lang, "report-step-tip"), text(tip)),
        );
    }
    if let Some(picture) = &step.picture {
        detail(
            s,
            format!(
                "{}: {}",
                crate::t!(lang, "report-step-picture"),
                text(&picture.alt)
            ),
        );
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
