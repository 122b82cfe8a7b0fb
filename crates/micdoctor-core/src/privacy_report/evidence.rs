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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeptUse {
    pub id: UseId,
    pub app: WhatsApp,
    pub sensor: Sensor,
    #[serde(with = "time::serde::rfc3339")]
    pub start: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub end: OffsetDateTime,
    pub began_before_report: bool,
    pub open_at_export: bool,
}

/// What a case stores of an App Privacy Report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeptEvidence {
    /// The report's first moment.
    #[serde(with = "time::serde::rfc3339::option")]
    pub report_first: Option<OffsetDateTime>,
    /// The report's last moment.
    #[serde(with = "time::serde::rfc3339::option")]
    pub report_last: Option<OffsetDateTime>,
    pub uses: Vec<KeptUse>,
    /// The uses the person recognised.
    pub recognised: Vec<UseId>,
    /// When the person saw the dot, if they said.
    #[serde(with = "time::serde::rfc3339::option")]
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
}
