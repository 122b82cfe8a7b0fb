//! WhatsApp's sensor uses in a read report, as figures a person can hold against what they remember:
//! how many uses of the microphone and camera, how long in all and at the longest, how many at night or
//! longer than a call, which the person recognised, and, at a moment they marked ("I saw the dot"), which
//! other apps used the microphone or camera too. Pure functions, no I/O. WhatsApp Business counts as
//! WhatsApp and keeps its own name.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};
use time::{Duration, OffsetDateTime};

use super::model::{Interval, PrivacyReport, Sensor};
use super::{WHATSAPP, WHATSAPP_BUSINESS};

/// A use longer than this is listed as "longer than a call": 30 minutes. Calls and voice notes are
/// mostly minutes long, so half an hour is past most of them while a long call is still a plausible
/// explanation; such uses are shown for the person to recognise, not called suspicious.
pub const LONG_USE: Duration = Duration::minutes(30);

/// How far from a marked moment a use still counts as "at that moment": 1 minute each way. The person
/// marks when they noticed the dot, which is seldom the second it lit, and the report's times are to the
/// millisecond.
pub const MARK_TOLERANCE: Duration = Duration::minutes(1);

/// Night begins at this local hour (00:00)…
pub const NIGHT_START_HOUR: u8 = 0;

/// …and ends at this one (06:00), local time in the offset the phone wrote for the use's start: when most
/// people sleep, so a use then is worth a look.
pub const NIGHT_END_HOUR: u8 = 6;

/// WhatsApp or WhatsApp Business.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum WhatsApp {
    /// `net.whatsapp.WhatsApp`.
    WhatsApp,
    /// `net.whatsapp.WhatsAppSMB`.
    Business,
}

impl WhatsApp {
    /// Which WhatsApp `app` is: the bundle identifier itself or one of its extensions
    /// (`net.whatsapp.WhatsApp.ShareExtension`).
    #[must_use]
    pub fn of(app: &str) -> Option<Self> {
        let is = |id: &str| {
            app.strip_prefix(id)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('.'))
        };
        if is(WHATSAPP) {
            Some(Self::WhatsApp)
        } else if is(WHATSAPP_BUSINESS) {
            Some(Self::Business)
        } else {
            None
        }
    }

    /// The app's bundle identifier.
    #[must_use]
    pub fn bundle_id(self) -> &'static str {
        match self {
            Self::WhatsApp => WHATSAPP,
            Self::Business => WHATSAPP_BUSINESS,
        }
    }
}

/// A WhatsApp use's number in [`whatsapp_uses`]' order (earliest first), the same each time the same
/// report is read.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(transparent)]
pub struct UseId(pub u32);

/// One use of a sensor by WhatsApp or WhatsApp Business.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WhatsAppUse {
    pub id: UseId,
    pub app: WhatsApp,
    pub sensor: Sensor,
    pub interval: Interval,
}

/// WhatsApp's and WhatsApp Business's uses of every kept sensor, earliest first, numbered in that order.
#[must_use]
pub fn whatsapp_uses(report: &PrivacyReport) -> Vec<WhatsAppUse> {
    let mut uses: Vec<WhatsAppUse> = report
        .uses
        .iter()
        .filter_map(|u| WhatsApp::of(&u.app).map(|app| (app, u)))
        .flat_map(|(app, u)| {
            u.intervals.iter().map(move |&interval| WhatsAppUse {
                id: UseId(0),
                app,
                sensor: u.sensor,
                interval,
            })
        })
        .collect();
    uses.sort_by_key(|u| (u.interval.start, u.interval.end, u.app, u.sensor));
    for (n, u) in uses.iter_mut().enumerate() {
        u.id = UseId(u32::try_from(n).unwrap_or(u32::MAX));
    }
    uses
}

/// The uses the person recognised ("that was my call").
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Recognised(BTreeSet<UseId>);

impl Recognised {
    /// Nothing recognised yet.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Marks a use as recognised.
    pub fn mark(&mut self, id: UseId) {
        self.0.insert(id);
    }

    /// Takes a mark back.
    pub fn unmark(&mut self, id: UseId) {
        self.0.remove(&id);
    }

    #[must_use]
    pub fn contains(&self, id: UseId) -> bool {
        self.0.contains(&id)
    }

    /// The recognised uses, in order.
    pub fn ids(&self) -> impl Iterator<Item = UseId> + '_ {
        self.0.iter().copied()
    }
}

impl FromIterator<UseId> for Recognised {
    fn from_iter<I: IntoIterator<Item = UseId>>(ids: I) -> Self {
        Self(ids.into_iter().collect())
    }
}

/// WhatsApp's figures for one sensor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SensorFigures {
    pub uses: usize,
    /// All the uses' time added up.
    pub total: Duration,
    /// The longest use (zero when there is none).
    pub longest: Duration,
    /// Uses with a moment between 00:00 and 06:00 local time.
    pub at_night: usize,
    /// Uses longer than [`LONG_USE`].
    pub long: usize,
    /// Uses the person did not recognise.
    pub unexplained: usize,
}

/// What the report shows at the moment the person marked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkFinding {
    pub at: OffsetDateTime,
    /// WhatsApp's uses of the microphone or camera within [`MARK_TOLERANCE`] of it.
    pub whatsapp_uses: Vec<UseId>,
    /// The other apps that used the microphone or camera within [`MARK_TOLERANCE`] of it (bundle
    /// identifiers, sorted): only their names.
    pub other_apps: Vec<String>,
}

/// WhatsApp's uses, summed up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// Which of WhatsApp and WhatsApp Business used a sensor.
    pub apps: Vec<WhatsApp>,
    pub microphone: SensorFigures,
    pub camera: SensorFigures,
    pub screen_recording: SensorFigures,
    /// Every sensor's uses at night, in order.
    pub at_night: Vec<UseId>,
    /// Every sensor's uses longer than [`LONG_USE`], in order.
    pub long: Vec<UseId>,
    /// Every sensor's uses not recognised, in order.
    pub unexplained: Vec<UseId>,
    pub mark: Option<MarkFinding>,
}

impl Summary {
    /// The figures of `sensor`.
    #[must_use]
    pub fn figures(&self, sensor: Sensor) -> &SensorFigures {
        match sensor {
            Sensor::Microphone => &self.microphone,
            Sensor::Camera => &self.camera,
            Sensor::ScreenRecording => &self.screen_recording,
        }
    }
}

/// Sums up WhatsApp's uses in `report`, with what was in use at `mark` when there is one.
#[must_use]
pub fn summarize(
    report: &PrivacyReport,
    mark: Option<OffsetDateTime>,
    recognised: &Recognised,
) -> Summary {
    let mark = mark.map(|at| (at, other_apps_at(report, at)));
    summary_of(&whatsapp_uses(report), mark, recognised)
}

/// Sums up `uses` (numbered as [`whatsapp_uses`] numbers them), with the marked moment and the other
/// apps in use then when there is one.
#[must_use]
pub fn summary_of(
    uses: &[WhatsAppUse],
    mark: Option<(OffsetDateTime, Vec<String>)>,
    recognised: &Recognised,
) -> Summary {
    let mut summary = Summary {
        apps: uses
            .iter()
            .map(|u| u.app)
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect(),
        microphone: SensorFigures::default(),
        camera: SensorFigures::default(),
        screen_recording: SensorFigures::default(),
        at_night: Vec::new(),
        long: Vec::new(),
        unexplained: Vec::new(),
        mark: None,
    };
    for u in uses {
        let duration = u.interval.duration();
        let night = at_night(&u.interval);
        let long = duration > LONG_USE;
        let unexplained = !recognised.contains(u.id);
        let figures = match u.sensor {
            Sensor::Microphone => &mut summary.microphone,
            Sensor::Camera => &mut summary.camera,
            Sensor::ScreenRecording => &mut summary.screen_recording,
        };
        figures.uses += 1;
        figures.total = figures.total.saturating_add(duration);
        figures.longest = figures.longest.max(duration);
        figures.at_night += usize::from(night);
        figures.long += usize::from(long);
        figures.unexplained += usize::from(unexplained);
        for (yes, list) in [
            (night, &mut summary.at_night),
            (long, &mut summary.long),
            (unexplained, &mut summary.unexplained),
        ] {
            if yes {
                list.push(u.id);
            }
        }
    }
    summary.mark = mark.map(|(at, other_apps)| {
        let (from, to) = around(at);
        MarkFinding {
            at,
            whatsapp_uses: uses
                .iter()
                .filter(|u| u.sensor.shows_a_dot() && u.interval.touches(from, to))
                .map(|u| u.id)
                .collect(),
            other_apps,
        }
    });
    summary
}

/// The apps other than WhatsApp that used the microphone or camera within [`MARK_TOLERANCE`] of `at`,
/// sorted. Only their names leave this function.
#[must_use]
pub fn other_apps_at(report: &PrivacyReport, at: OffsetDateTime) -> Vec<String> {
    let (from, to) = around(at);
    let mut apps: Vec<String> = report
        .uses
        .iter()
        .filter(|u| u.sensor.shows_a_dot() && WhatsApp::of(&u.app).is_none())
        .filter(|u| u.intervals.iter().any(|i| i.touches(from, to)))
        .map(|u| u.app.clone())
        .collect();
    apps.dedup();
    apps
}

/// `at` ± [`MARK_TOLERANCE`], kept within the dates `time` can hold.
fn around(at: OffsetDateTime) -> (OffsetDateTime, OffsetDateTime) {
    (
        at.checked_sub(MARK_TOLERANCE).unwrap_or(at),
        at.checked_add(MARK_TOLERANCE).unwrap_or(at),
    )
}

/// True when the use has a moment between [`NIGHT_START_HOUR`] and [`NIGHT_END_HOUR`] local time, in
/// the offset of its start (a use that crosses a daylight-saving change is judged by the clock it began
/// under). A use of zero length counts when its instant is in the night; a use of a day or more always
/// does.
#[must_use]
pub fn at_night(interval: &Interval) -> bool {
    if interval.duration() >= Duration::DAY {
        return true;
    }
    let offset = interval.start.offset();
    let (start, end) = (interval.start, interval.end.to_offset(offset));
    let mut day = start.date();
    loop {
        let (Ok(night_start), Ok(night_end)) = (
            day.with_hms(NIGHT_START_HOUR, 0, 0),
            day.with_hms(NIGHT_END_HOUR, 0, 0),
        ) else {
            return false;
        };
        let (night_start, night_end) = (
            night_start.assume_offset(offset),
            night_end.assume_offset(offset),
        );
        let inside = if start == end {
            night_start <= start && start < night_end
        } else {
            start < night_end && end > night_start
        };
        if inside {
            return true;
        }
        match day.next_day() {
            Some(next) if day < end.date() => day = next,
            _ => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use time::format_description::well_known::Rfc3339;

    use super::*;

    fn at(text: &str) -> OffsetDateTime {
        OffsetDateTime::parse(text, &Rfc3339).unwrap()
    }

    fn interval(start: &str, end: &str) -> Interval {
        Interval {
            start: at(start),
            end: at(end),
            began_before_report: false,
            open_at_export: false,
        }
    }

    #[test]
    fn whatsapp_and_business_and_their_extensions_are_told_from_other_apps() {
        assert_eq!(WhatsApp::of(WHATSAPP), Some(WhatsApp::WhatsApp));
        assert_eq!(WhatsApp::of(WHATSAPP_BUSINESS), Some(WhatsApp::Business));
        assert_eq!(
            WhatsApp::of("net.whatsapp.WhatsApp.ShareExtension"),
            Some(WhatsApp::WhatsApp)
        );
        assert_eq!(WhatsApp::of("net.whatsapp.WhatsAppX"), None);
        assert_eq!(WhatsApp::of("com.burbn.instagram"), None);
    }

    #[test]
    fn night_is_read_on_the_clock_the_use_began_under() {
        for (start, end, night) in [
            (
                "2025-10-20T03:00:00+01:00",
                "2025-10-20T03:40:00+01:00",
                true,
            ),
            // 02:30 UTC is 03:30 in Lisbon's summer time: night by the phone's clock.
            ("2025-10-20T03:30:00+01:00", "2025-10-20T02:40:00Z", true),
            (
                "2025-10-20T06:00:00+01:00",
                "2025-10-20T06:10:00+01:00",
                false,
            ),
            (
                "2025-10-20T05:59:59+01:00",
                "2025-10-20T06:10:00+01:00",
                true,
            ),
            (
                "2025-10-20T23:50:00+01:00",
                "2025-10-21T00:10:00+01:00",
                true,
            ),
            (
                "2025-10-20T23:50:00+01:00",
                "2025-10-21T00:00:00+01:00",
                false,
            ),
            (
                "2025-10-20T12:00:00+01:00",
                "2025-10-20T12:00:00+01:00",
                false,
            ),
            (
                "2025-10-20T00:00:00+01:00",
                "2025-10-20T00:00:00+01:00",
                true,
            ),
            (
                "2025-10-20T07:00:00+01:00",
                "2025-10-21T07:00:00+01:00",
                true,
            ),
            (
                "2025-10-20T07:00:00+01:00",
                "2025-10-20T23:59:00+01:00",
                false,
            ),
        ] {
            assert_eq!(at_night(&interval(start, end)), night, "{start} – {end}");
        }
    }

    #[test]
    fn a_use_touches_the_marked_moment_within_a_minute() {
        let mark = at("2025-10-20T12:00:00Z");
        let (from, to) = around(mark);
        assert!(interval("2025-10-20T11:50:00Z", "2025-10-20T11:59:00Z").touches(from, to));
        assert!(!interval("2025-10-20T11:50:00Z", "2025-10-20T11:58:59Z").touches(from, to));
        assert!(interval("2025-10-20T12:01:00Z", "2025-10-20T12:01:00Z").touches(from, to));
        assert!(!interval("2025-10-20T12:01:01Z", "2025-10-20T12:05:00Z").touches(from, to));
    }

    #[test]
    fn the_edges_of_time_do_not_panic() {
        let far = interval("0000-01-01T00:00:00+23:59", "9999-12-31T23:59:59-23:59");
        assert!(at_night(&far));
        let (from, to) = around(far.start);
        assert!(from <= to);
        let _ = around(far.end);
    }
}
