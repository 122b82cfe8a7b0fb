//! The readable form of `micdoctor diagnose`: the ranked causes with what moved them, the next step and
//! the plan, in minutes, in the current language.

use micdoctor_core::engine::{self, ProblemModel};
use micdoctor_core::explained::{
    ExplainedDiagnosis, MIN_SHOWN_WEIGHT, NextKind, done_reason_text, statement,
};
use micdoctor_core::i18n::Language;
use micdoctor_core::i18n::{decimals, localised};
use micdoctor_core::kb::KnowledgeBase;
use micdoctor_core::t;

/// The readable form of a diagnosis.
pub(super) fn table(
    lang: Language,
    kb: &KnowledgeBase,
    model: &ProblemModel,
    report: &ExplainedDiagnosis,
    diagnosis: &engine::Diagnosis,
) -> String {
    use std::fmt::Write as _;
    let mut s = String::new();
    let title = kb
        .problem(&report.problem)
        .map_or(report.problem.as_str(), |p| p.title.as_str());
    let _ = writeln!(
        s,
        "{title} ({})\n\n{}",
        report.problem,
        t!(lang, "cli-diagnose-causes")
    );
    let name_width = report
        .causes
        .iter()
        .map(|c| c.name.chars().count())
        .max()
        .unwrap_or(0);
    for (rank, cause) in report.causes.iter().enumerate() {
        let percent = t!(
            lang,
            "report-percent",
            percent = decimals(lang, cause.probability * 100.0, 1)
        );
        let _ = writeln!(
            s,
            "  {percent:>6}  {:<name_width$}  {}",
            cause.name,
            micdoctor_core::explained::severity_word(lang, cause.severity)
        );
        // Reasons for the leading causes only; the tail of the ranking would repeat them.
        if rank < 3 {
            for item in cause
                .evidence
                .iter()
                .filter(|e| e.weight.abs() >= MIN_SHOWN_WEIGHT)
                .take(3)
            {
                let direction = if item.weight > 0.0 {
                    t!(lang, "cli-diagnose-up")
                } else {
                    t!(lang, "cli-diagnose-down")
                };
                let _ = writeln!(s, "           {direction}: {}", statement(lang, kb, item));
            }
        }
    }
    let _ = writeln!(s);
    match (report.next.kind, &report.next.title, report.next.minutes) {
        // A recording check reads as a check: "Next step: check “Test each microphone” (about 4 min)".
        (NextKind::Question | NextKind::Measure, Some(title), Some(minutes)) => {
            let line = t!(
                lang,
                "cli-next-check",
                title = title.as_str(),
                minutes = localised(lang, minutes.to_string())
            );
            let _ = writeln!(s, "{line}");
        }
        (NextKind::Fix, Some(title), Some(minutes)) => {
            let line = t!(
                lang,
                "cli-next-try",
                title = title.as_str(),
                minutes = localised(lang, minutes.to_string())
            );
            let _ = writeln!(s, "{line}");
        }
        (NextKind::Handover, Some(title), Some(minutes)) => {
            let line = t!(
                lang,
                "cli-next-handover",
                title = title.as_str(),
                minutes = localised(lang, minutes.to_string()),
                why = micdoctor_core::report::handover_reason(
                    lang,
                    report,
                    diagnosis.plan.home_chance
                )
            );
            let _ = writeln!(s, "{line}");
        }
        _ => {
            if let engine::NextStep::Done(reason) = diagnosis.next {
                let line = t!(
                    lang,
                    "cli-next-none",
                    reason = done_reason_text(lang, kb, model, reason)
                );
                let _ = writeln!(s, "{line}");
            }
        }
    }
    if !report.plan.is_empty() {
        // Minutes are time a person spends; the optimiser's cost also weighs risk, so it is not "min".
        let plan = t!(
            lang,
            "cli-plan",
            expected = decimals(lang, report.expected_minutes, 1),
            ecr = decimals(lang, report.ecr, 1),
            greedy = decimals(lang, report.greedy_ecr, 1)
        );
        let _ = writeln!(s, "\n{plan}");
        let title_width = report
            .plan
            .iter()
            .map(|f| f.title.chars().count())
            .max()
            .unwrap_or(0);
        for (n, fix) in report.plan.iter().enumerate() {
            let percent = t!(
                lang,
                "report-percent",
                percent = decimals(lang, fix.success_probability * 100.0, 0)
            );
            let row = t!(
                lang,
                "cli-plan-row",
                number = format!("{:>2}", n + 1),
                title = format!("{:<title_width$}", fix.title),
                minutes = format!("{:>4}", localised(lang, fix.minutes.to_string())),
                percent = format!("{percent:>4}")
            );
            let later = fix
                .later_for_risk
                .then(|| kb.fix(&fix.id).and_then(|f| f.risk_note.as_deref()))
                .flatten()
                .map(|reason| format!("  {}", t!(lang, "report-plan-later", reason = reason)))
                .unwrap_or_default();
            let _ = writeln!(s, "  {row}{later}");
        }
    }
    s
}
