//! Local time for staff: the moments a store keeps (seconds since the Unix epoch, UTC) as the shop's
//! clock reads them, and the shop's day. The time zone is read once ([`LocalClock::system`], at start-up
//! or by a command), so drawing a frame never reads a file.

use jiff::Timestamp;
use jiff::tz::{Offset, TimeZone};

const SECONDS_PER_DAY: u64 = 86_400;

/// The shop's time zone.
#[derive(Debug, Clone)]
pub struct LocalClock {
    zone: TimeZone,
}

impl Default for LocalClock {
    /// UTC (tests and pictures that must read the same anywhere).
    fn default() -> Self {
        Self {
            zone: TimeZone::UTC,
        }
    }
}

impl LocalClock {
    /// The system's time zone (`TZ`, else `/etc/localtime` or the platform's); UTC when it cannot be read.
    #[must_use]
    pub fn system() -> Self {
        Self {
            zone: TimeZone::try_system().unwrap_or(TimeZone::UTC),
        }
    }

    /// A clock `hours` ahead of UTC (behind when negative).
    #[must_use]
    pub fn fixed_hours(hours: i8) -> Self {
        Self {
            zone: TimeZone::fixed(Offset::constant(hours)),
        }
    }

    /// `at` as the shop reads it: "2026-12-07 02:05".
    #[must_use]
    pub fn date_time(&self, at: u64) -> String {
        self.format(at, "%Y-%m-%d %H:%M")
    }

    /// `at` as an hour of its day: "02:05".
    #[must_use]
    pub fn time(&self, at: u64) -> String {
        self.format(at, "%H:%M")
    }

    /// `at` as RFC 3339 with the shop's offset: "2026-12-07T02:05:39-03:00".
    #[must_use]
    pub fn rfc3339(&self, at: u64) -> String {
        self.format(at, "%Y-%m-%dT%H:%M:%S%:z")
    }

    /// Whether `a` and `b` fall on the same day of the shop's calendar.
    #[must_use]
    pub fn same_day(&self, a: u64, b: u64) -> bool {
        self.format(a, "%Y-%m-%d") == self.format(b, "%Y-%m-%d")
    }

    /// The span of the shop's day holding `at`: its first second, and the first of the next day.
    #[must_use]
    pub fn day_of(&self, at: u64) -> (u64, u64) {
        let date = self.moment(at).map(|z| z.date());
        match date {
            Some(date) => self.day_span(date),
            None => (at / SECONDS_PER_DAY * SECONDS_PER_DAY, u64::MAX),
        }
    }

    /// The span of the shop's day `day` ("2026-12-07"), or `None` when it is not a date.
    #[must_use]
    pub fn day(&self, day: &str) -> Option<(u64, u64)> {
        let date: jiff::civil::Date = day.trim().parse().ok()?;
        Some(self.day_span(date))
    }

    fn day_span(&self, date: jiff::civil::Date) -> (u64, u64) {
        let start = |date: jiff::civil::Date| {
            date.to_zoned_datetime(self.zone.clone())
                .ok()
                .and_then(|z| u64::try_from(z.timestamp().as_second()).ok())
        };
        let first = start(date).unwrap_or(0);
        let next = date
            .tomorrow()
            .ok()
            .and_then(start)
            .unwrap_or(first + SECONDS_PER_DAY);
        (first, next)
    }

    fn moment(&self, at: u64) -> Option<jiff::ZonedDateTime> {
        let at = Timestamp::from_second(i64::try_from(at).ok()?).ok()?;
        Some(at.to_zoned_datetime(self.zone.clone()))
    }

    fn format(&self, at: u64, pattern: &str) -> String {
        self.moment(at)
            .map(|z| z.strftime(pattern).to_string())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 2026-12-07T05:05:39Z.
    const AT: u64 = 1_796_619_939;

    #[test]
    fn moments_read_in_the_shops_zone() {
        let sao_paulo = LocalClock::fixed_hours(-3);
        assert_eq!(sao_paulo.date_time(AT), "2026-12-07 02:05");
        assert_eq!(sao_paulo.time(AT), "02:05");
        assert_eq!(sao_paulo.rfc3339(AT), "2026-12-07T02:05:39-03:00");
        assert_eq!(LocalClock::default().date_time(AT), "2026-12-07 05:05");
    }

    #[test]
    fn the_shops_day_starts_at_its_midnight() {
        let sao_paulo = LocalClock::fixed_hours(-3);
        // Local midnight is 03:00 UTC.
        let (start, end) = sao_paulo.day_of(AT);
        assert_eq!(sao_paulo.rfc3339(start), "2026-12-07T00:00:00-03:00");
        assert_eq!(end - start, SECONDS_PER_DAY);
        assert_eq!(sao_paulo.day("2026-12-07"), Some((start, end)));
        assert_eq!(sao_paulo.day("MD-7K2Q"), None);
        assert!(sao_paulo.same_day(start, end - 1));
        assert!(!sao_paulo.same_day(start - 1, start));
    }
}
