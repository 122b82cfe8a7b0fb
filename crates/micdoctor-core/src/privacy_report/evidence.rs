//! What a case may keep of an App Privacy Report, and nothing more: WhatsApp's and WhatsApp Business's
//! sensor intervals, which of them the person recognised, the report's first and last moments, the moment
//! the person marked and the names of the other apps that used the microphone or camera then. Never a
//! network line, never another app's history, never a use's identifier.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use super::model::{Interval, PrivacyReport, Sensor};
use super::summary::{
    Recognised, Summary, UseId, WhatsApp, WhatsAppUse, other_apps_at, summary_of, whatsapp_uses,
};

/// One of WhatsApp's uses, as kept. Times are RFC 3339 with the offset the phone wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KeptUse {
    pub id: UseId,
    pub app: WhatsApp,
    pub sensor: Sensor,
    #[serde(with = "time::serde::rfc3339")]
    #[schemars(with = "String")]
    pub start: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    #[schemars(with = "String")]
    pub end: OffsetDateTime,
    pub began_before_report: bool,
    pub open_at_export: bool,
}

/// What a case stores of an App Privacy Report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KeptEvidence {
    /// The report's first moment.
    #[serde(with = "time::serde::rfc3339::option")]
    #[schemars(with = "Option<String>")]
    pub report_first: Option<OffsetDateTime>,
    /// The report's last moment.
    #[serde(with = "time::serde::rfc3339::option")]
    #[schemars(with = "Option<String>")]
    pub report_last: Option<OffsetDateTime>,
    pub uses: Vec<KeptUse>,
    /// The uses the person recognised.
    pub recognised: Vec<UseId>,
    /// When the person saw the dot, if they said.
    #[serde(with = "time::serde::rfc3339::option")]
    #[schemars(with = "Option<String>")]
    pub mark: Option<OffsetDateTime>,
    /// The other apps that used the microphone or camera at that moment: names only.
    pub other_apps_at_mark: Vec<String>,
}

/// The evidence a case keeps of `report`, with the person's marked moment and recognised uses.
#[must_use]
pub fn kept_evidence(
    report: &PrivacyReport,
    mark: Option<OffsetDateTime>,
    recognised: &Recognised,
) -> KeptEvidence {
    let uses = whatsapp_uses(report);
    KeptEvidence {
        report_first: report.window.map(|w| w.first),
        report_last: report.window.map(|w| w.last),
        recognised: recognised
            .ids()
            .filter(|id| uses.iter().any(|u| u.id == *id))
            .collect(),
        uses: uses
            .iter()
            .map(|u| KeptUse {
                id: u.id,
                app: u.app,
                sensor: u.sensor,
                start: u.interval.start,
                end: u.interval.end,
                began_before_report: u.interval.began_before_report,
                open_at_export: u.interval.open_at_export,
            })
            .collect(),
        mark,
        other_apps_at_mark: mark.map_or_else(Vec::new, |at| other_apps_at(report, at)),
    }
}

impl KeptEvidence {
    /// The kept uses, as [`whatsapp_uses`] gave them.
    #[must_use]
    pub fn whatsapp_uses(&self) -> Vec<WhatsAppUse> {
        self.uses
            .iter()
            .map(|u| WhatsAppUse {
                id: u.id,
                app: u.app,
                sensor: u.sensor,
                interval: Interval {
                    start: u.start,
                    end: u.end,
                    began_before_report: u.began_before_report,
                    open_at_export: u.open_at_export,
                },
            })
            .collect()
    }

    /// The same summary [`summarize`](super::summarize) gave when the evidence was kept, from the kept
    /// evidence alone.
    #[must_use]
    pub fn summary(&self) -> Summary {
        let recognised: Recognised = self.recognised.iter().copied().collect();
        let mark = self.mark.map(|at| (at, self.other_apps_at_mark.clone()));
        summary_of(&self.whatsapp_uses(), mark, &recognised)
    }

    /// What the file answers, as the knowledge base's findings ([`MEASURED_FINDINGS`]): whether WhatsApp
    /// used the microphone or camera at a time the person does not recognise, and, once they marked when
    /// they saw the dot, whether WhatsApp and whether another app used one then.
    #[must_use]
    pub fn answers(&self) -> Vec<(&'static str, bool)> {
        let summary = self.summary();
        let dots = |sensor: Sensor| sensor.shows_a_dot();
        let unrecognised = summary
            .unexplained
            .iter()
            .any(|id| self.uses.iter().any(|u| u.id == *id && dots(u.sensor)));
        let mut answers = vec![(UNRECOGNISED_USE, unrecognised)];
        if let Some(mark) = &summary.mark {
            answers.push((WHATSAPP_AT_MARK, !mark.whatsapp_uses.is_empty()));
            answers.push((OTHER_APP_AT_MARK, !mark.other_apps.is_empty()));
        }
        answers
    }
}

/// "WhatsApp used the microphone or camera at a time you do not recognise."
pub const UNRECOGNISED_USE: &str = "apr_unrecognised_use";
/// "WhatsApp used the microphone or camera at the moment you saw the dot."
pub const WHATSAPP_AT_MARK: &str = "apr_whatsapp_at_mark";
/// "Another app used the microphone or camera at the moment you saw the dot."
pub const OTHER_APP_AT_MARK: &str = "apr_other_app_at_mark";

/// Every finding a read App Privacy Report answers.
pub const MEASURED_FINDINGS: [&str; 3] = [UNRECOGNISED_USE, WHATSAPP_AT_MARK, OTHER_APP_AT_MARK];

/// The questions that ask a person to read the report by eye on the phone: a file read answers them
/// better, so they are not asked once one is.
pub const READ_BY_EYE: [&str; 2] = ["privacy_report_background", "privacy_report_other_app"];
