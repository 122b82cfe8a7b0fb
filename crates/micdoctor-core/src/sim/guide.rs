//! A repair guide's fixed order, as a policy: sections of checks, fixes, a hand-over and jumps, followed
//! step by step the way a careful reader follows the guide (`knowledge/guides/`).

use serde::Deserialize;

use super::SimError;
use crate::engine::{FindingIx, FixIx, ProblemModel};

/// The bundled guide of the seed repair guide, for `mic_whatsapp`.
pub const BUNDLED_GUIDE_JSON: &str = include_str!("../../../../knowledge/guides/mic_whatsapp.json");

/// Most steps a reader takes before the guide counts as going round in circles.
const MAX_JUMPS: usize = 64;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct GuideFile {
    schema_version: u32,
    problem: String,
    /// The KB source the order comes from.
    source: String,
    summary: String,
    start: String,
    sections: Vec<SectionFile>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct SectionFile {
    id: String,
    steps: Vec<StepFile>,
}

/// One step: exactly one of `check`, `fix`, `handover`, `goto`; a check may jump on `yes` or `no`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct StepFile {
    check: Option<String>,
    yes: Option<String>,
    no: Option<String>,
    fix: Option<String>,
    handover: Option<String>,
    goto: Option<String>,
}

/// One step of a resolved guide (indices into the model and the guide's sections).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GuideStep {
    Check {
        finding: FindingIx,
        yes: Option<usize>,
        no: Option<usize>,
    },
    Fix(FixIx),
    Handover(FixIx),
    Goto(usize),
}

/// A validated guide.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Guide {
    pub problem: String,
    pub source: String,
    sections: Vec<Vec<GuideStep>>,
    start: usize,
}

/// What the guide says to do now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GuideAction {
    Ask(FindingIx),
    Try(FixIx),
    Handover(FixIx),
    /// The guide has nothing more to say.
    End,
}

/// Where a reader is in the guide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GuideCursor {
    section: usize,
    step: usize,
}

impl Guide {
    /// Parses and checks a guide for `model`'s problem.
    ///
    /// # Errors
    /// [`SimError::Shape`] for a file of the wrong shape, [`SimError::Invalid`] listing every unknown
    /// id, missing section or malformed step.
    pub fn parse(text: &str, model: &ProblemModel) -> Result<Self, SimError> {
        let file: GuideFile = super::parse_json(text)?;
        let mut issues = Vec::new();
        if file.schema_version != 1 {
            issues.push(format!(
                "$.schema_version: this MicDoctor reads guide version 1, not {}",
                file.schema_version
            ));
        }
        if file.problem != model.problem {
            issues.push(format!(
                "$.problem: the guide is for \"{}\" but the model is \"{}\"",
                file.problem, model.problem
            ));
        }
        if file.summary.trim().is_empty() || file.source.trim().is_empty() {
            issues.push("$: a guide says what it follows (`source`, `summary`)".to_owned());
        }
        let section = |id: &str, path: &str, issues: &mut Vec<String>| {
            let found = file.sections.iter().position(|s| s.id == id);
            if found.is_none() {
                issues.push(format!("{path}: no section \"{id}\""));
            }
            found.unwrap_or(0)
        };
        let start = section(&file.start, "$.start", &mut issues);
        let mut sections = Vec::with_capacity(file.sections.len());
        for (s, section_file) in file.sections.iter().enumerate() {
            let mut steps = Vec::with_capacity(section_file.steps.len());
            for (i, step) in section_file.steps.iter().enumerate() {
                let path = format!("$.sections[{s}].steps[{i}]");
                let kinds = [&step.check, &step.fix, &step.handover, &step.goto]
                    .iter()
                    .filter(|k| k.is_some())
                    .count();
                let jumps = step.yes.is_some() || step.no.is_some();
                if kinds != 1 || (jumps && step.check.is_none()) {
                    issues.push(format!(
                        "{path}: a step is one of check (with optional yes/no jumps), fix, handover or goto"
                    ));
                    continue;
                }
                let jump = |target: &Option<String>, issues: &mut Vec<String>| {
                    target.as_ref().map(|t| section(t, &path, issues))
                };
                let resolved = if let Some(id) = &step.check {
                    model.finding_index(id).map(|finding| GuideStep::Check {
                        finding,
                        yes: jump(&step.yes, &mut issues),
                        no: jump(&step.no, &mut issues),
                    })
                } else if let Some(id) = &step.fix {
                    model
                        .fix_index(id)
                        .filter(|&f| !model.fixes[f].handover)
                        .map(GuideStep::Fix)
                } else if let Some(id) = &step.handover {
                    model
                        .fix_index(id)
                        .filter(|&f| model.fixes[f].handover)
                        .map(GuideStep::Handover)
                } else {
                    step.goto
                        .as_ref()
                        .map(|t| GuideStep::Goto(section(t, &path, &mut issues)))
                };
                match resolved {
                    Some(step) => steps.push(step),
                    None => issues.push(format!(
                        "{path}: not a {} of {}",
                        if step.check.is_some() {
                            "finding"
                        } else if step.fix.is_some() {
                            "home fix"
                        } else {
                            "hand-over"
                        },
                        model.problem
                    )),
                }
            }
            sections.push(steps);
        }
        if issues.is_empty() {
            Ok(Self {
                problem: file.problem,
                source: file.source,
                sections,
                start,
            })
        } else {
            Err(SimError::Invalid(issues))
        }
    }

    /// A reader at the start of the guide.
    #[must_use]
    pub fn start(&self) -> GuideCursor {
        GuideCursor {
            section: self.start,
            step: 0,
        }
    }

    /// What the reader at `cursor` does now. `known` gives the answers the reader already has (a known
    /// answer still takes its jump) and `tried` the fixes already done (passed over). Moves the cursor
    /// past jumps and settled steps.
    pub fn action(
        &self,
        cursor: &mut GuideCursor,
        known: impl Fn(FindingIx) -> Option<bool>,
        tried: impl Fn(FixIx) -> bool,
    ) -> GuideAction {
        for _ in 0..MAX_JUMPS {
            let Some(&step) = self
                .sections
                .get(cursor.section)
                .and_then(|s| s.get(cursor.step))
            else {
                return GuideAction::End;
            };
            match step {
                GuideStep::Goto(section) => *cursor = GuideCursor { section, step: 0 },
                GuideStep::Check { finding, .. } => match known(finding) {
                    Some(answer) => self.advance(cursor, Some(answer)),
                    None => return GuideAction::Ask(finding),
                },
                GuideStep::Fix(fix) if tried(fix) => cursor.step += 1,
                GuideStep::Fix(fix) => return GuideAction::Try(fix),
                GuideStep::Handover(fix) => return GuideAction::Handover(fix),
            }
        }
        GuideAction::End
    }

    /// Moves the reader on after the current step: a check's answer may jump to another section.
    pub fn advance(&self, cursor: &mut GuideCursor, answer: Option<bool>) {
        let step = self
            .sections
            .get(cursor.section)
            .and_then(|s| s.get(cursor.step));
        if let (Some(GuideStep::Check { yes, no, .. }), Some(answer)) = (step, answer)
            && let Some(section) = if answer { *yes } else { *no }
        {
            *cursor = GuideCursor { section, step: 0 };
            return;
        }
        cursor.step += 1;
    }
}
