//! The readable form of `micdoctor diagnose`: the ranked causes with what moved them, the next step and
//! the plan, in minutes, in the current language.

use crate::engine::{self, ProblemModel};
use crate::kb::KnowledgeBase;
use crate::report::{
    DiagnosisReport, MIN_SHOWN_WEIGHT, NextKind, decimals, done_reason_text, localised, statement,
};

/// The readable form of a diagnosis.
pub(super) fn table(
    kb: &KnowledgeBase,
    model: &ProblemModel,
    report: &DiagnosisReport,
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
        crate::t!("cli-diagnose-causes")
    );
    let name_width = report
        .causes
        .iter()
        .map(|c| c.name.chars().count())
        .max()
        .unwrap_or(0);
    for (rank, cause) in report.causes.iter().enumerate() {
        let percent = crate::t!(
            "report-percent",
            percent = decimals(cause.probability * 100.0, 1)
        );
        let _ = writeln!(
            s,
            "  {percent:>6}  {:<name_width$}  {}",
            cause.name,
            crate::report::severity_word(cause.severity)
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
                    crate::t!("cli-diagnose-up")
                } else {
                    crate::t!("cli-diagnose-down")
                };
                let _ = writeln!(s, "           {direction}: {}", statement(kb, item));
            }
        }
    }
    let _ = writeln!(s);
    match (report.next.kind, &report.next.title, report.next.minutes) {
        (NextKind::Question, Some(title), Some(minutes)) => {
            let line = crate::t!(
                "cli-next-check",
                title = title.as_str(),
                minutes = localised(minutes.to_string())
            );
            let _ = writeln!(s, "{line}");
        }
        (NextKind::Fix, Some(title), Some(minutes)) => {
            let line = crate::t!(
                "cli-next-try",
                title = title.as_str(),
                minutes = localised(minutes.to_string())
            );
            let _ = writeln!(s, "{line}");
        }
        (NextKind::Handover, Some(title), Some(minutes)) => {
            let line = crate::t!(
                "cli-next-handover",
                title = title.as_str(),
                minutes = localised(minutes.to_string()),
                why = crate::report::handover_reason(report, diagnosis.plan.home_chance)
            );
            let _ = writeln!(s, "{line}");
        }
        _ => {
            if let engine::NextStep::Done(reason) = diagnosis.next {
                let line = crate::t!(
                    "cli-next-none",
                    reason = done_reason_text(kb, model, reason)
                );
                let _ = writeln!(s, "{line}");
            }
        }
    }
    if !report.plan.is_empty() {
        // Minutes are time a person spends; the optimiser's cost also weighs risk, so it is not "min".
        let plan = crate::t!(
            "cli-plan",
            expected = decimals(report.expected_minutes, 1),
            ecr = decimals(report.ecr, 1),
            greedy = decimals(report.greedy_ecr, 1)
        );
        let _ = writeln!(s, "\n{plan}");
        let title_width = report
            .plan
            .iter()
            .map(|f| f.title.chars().count())
            .max()
            .unwrap_or(0);
        for (n, fix) in report.plan.iter().enumerate() {
            let percent = crate::t!(
                "report-percent",
                percent = decimals(fix.success_probability * 100.0, 0)
            );
            let row = crate::t!(
                "cli-plan-row",
                number = format!("{:>2}", n + 1),
                title = format!("{:<title_width$}", fix.title),
                minutes = format!("{:>4}", localised(fix.minutes.to_string())),
                percent = format!("{percent:>4}")
            );
            let later = fix
                .later_for_risk
                .then(|| kb.fix(&fix.id).and_then(|f| f.risk_note.as_deref()))
                .flatten()
                .map(|reason| format!("  {}", crate::t!("report-plan-later", reason = reason)))
                .unwrap_or_default();
            let _ = writeln!(s, "  {row}{later}");
        }
    }
    s
}
