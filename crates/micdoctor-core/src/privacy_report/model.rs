//! What a read App Privacy Report holds: per app and sensor, its intervals of use, each end an instant
//! with the phone's local UTC offset of that moment kept for display; the report's window; and counts of
//! what was skipped or only counted. Nothing of the network lines is held but their number.

use serde::{Deserialize, Serialize};
use time::{Duration, OffsetDateTime};

/// A sensor the report records and MicDoctor keeps. The report's other categories (location, contacts,
/// photos, media library) are counted as access lines and otherwise left out.
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
pub enum Sensor {
    /// `microphone`: the orange dot.
    Microphone,
    /// `camera`: the green dot.
    Camera,
    /// `screenRecording`: the screen recorded or shared (a video call's screen sharing, for one).
    ScreenRecording,
}

impl Sensor {
    /// Every sensor, in the order screens list them.
    pub const ALL: [Self; 3] = [Self::Microphone, Self::Camera, Self::ScreenRecording];

    /// The sensor a report's `category` names, if it is one MicDoctor keeps.
    #[must_use]
    pub fn from_category(category: &str) -> Option<Self> {
        match category {
            "microphone" => Some(Self::Microphone),
            "camera" => Some(Self::Camera),
            "screenRecording" => Some(Self::ScreenRecording),
            _ => None,
        }
    }

    /// The report's `category` for this sensor.
    #[must_use]
    pub fn category(self) -> &'static str {
        match self {
            Self::Microphone => "microphone",
            Self::Camera => "camera",
            Self::ScreenRecording => "screenRecording",
        }
    }

    /// True for the sensors the status bar's dot shows: the microphone (orange) and the camera (green).
    #[must_use]
    pub fn shows_a_dot(self) -> bool {
        matches!(self, Self::Microphone | Self::Camera)
    }
}

/// One use of a sensor by an app: from `start` to `end`. Both are instants; each keeps the UTC offset the
/// phone wrote for it, so a use that crosses a daylight-saving change starts in one offset and ends in the
/// other. Comparing two of them compares the instants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Interval {
    pub start: OffsetDateTime,
    pub end: OffsetDateTime,
    /// The report had the end of this use but not its begin (it aged out of the 7 days): `start` is the
    /// report's first moment, so the use may have started earlier.
    pub began_before_report: bool,
    /// The report had the begin of this use but not its end: the sensor was still in use when the report
    /// was saved. `end` is the report's last moment.
    pub open_at_export: bool,
}

impl Interval {
    /// How long the use lasted (zero for a use whose begin and end are the same instant).
    #[must_use]
    pub fn duration(&self) -> Duration {
        self.end - self.start
    }

    /// True when the use and the stretch from `from` to `to` (both included) share a moment.
    #[must_use]
    pub fn touches(&self, from: OffsetDateTime, to: OffsetDateTime) -> bool {
        self.start <= to && self.end >= from
    }
}

/// The stretch of time a report covers: its first and last timestamps (of the access lines: the network
/// lines' times are never read).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub first: OffsetDateTime,
    pub last: OffsetDateTime,
}

/// One app's uses of one sensor, earliest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppSensorUses {
    /// The app's bundle identifier as the report names it, less a Team ID prefix
    /// (`5Q4J53EFRC.com.example` is `com.example`). Processes named by a path keep their path.
    pub app: String,
    pub sensor: Sensor,
    pub intervals: Vec<Interval>,
}

/// A read App Privacy Report.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PrivacyReport {
    /// Per app and sensor, sorted by app then sensor.
    pub uses: Vec<AppSensorUses>,
    /// The report's first and last moment; `None` when it has no readable access line.
    pub window: Option<Window>,
    /// Access lines read (every category).
    pub access_lines: u64,
    /// Network lines: counted, nothing else read.
    pub network_lines: u64,
    /// Lines that were not JSON, not an object, not of a known type, missing a field a use needs, or
    /// longer than [`MAX_LINE_BYTES`](super::MAX_LINE_BYTES). Blank lines are not counted.
    pub skipped_lines: u64,
    /// Access lines that repeated a begin or an end already read for the same use (an exact duplicate, or
    /// a second begin): the earliest begin and the latest end are kept.
    pub repeated_lines: u64,
}

impl PrivacyReport {
    /// The intervals of `app`'s uses of `sensor`, earliest first (empty when there are none).
    #[must_use]
    pub fn intervals(&self, app: &str, sensor: Sensor) -> &[Interval] {
        self.uses
            .iter()
            .find(|u| u.app == app && u.sensor == sensor)
            .map_or(&[], |u| u.intervals.as_slice())
    }

    /// Every app with a use of a kept sensor, sorted.
    #[must_use]
    pub fn apps(&self) -> Vec<&str> {
        let mut apps: Vec<&str> = self.uses.iter().map(|u| u.app.as_str()).collect();
        apps.dedup();
        apps
    }
}
