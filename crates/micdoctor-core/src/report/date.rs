//! Seconds since the Unix epoch as a UTC date and time (ISO 8601), without a date crate.

const SECONDS_PER_DAY: u64 = 86_400;

/// `2026-03-14T09:30:00Z` for a time in seconds since the Unix epoch (UTC).
///
/// Deterministic: it formats the given time, never the clock. Works for every `u64` (years past 9999
/// simply get more digits).
#[must_use]
pub fn iso_utc(seconds: u64) -> String {
    let (year, month, day) = civil_from_days(seconds / SECONDS_PER_DAY);
    let of_day = seconds % SECONDS_PER_DAY;
    let (hour, minute, second) = (of_day / 3600, of_day % 3600 / 60, of_day % 60);
    format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}Z")
}

/// Seconds since the Unix epoch at the start (00:00 UTC) of a `YYYY-MM-DD` date from 1970 on; `None`
/// for anything else (a date that does not exist, another form).
#[must_use]
pub fn parse_date(text: &str) -> Option<u64> {
    let mut parts = text.trim().splitn(3, '-');
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    if year.len() != 4 || month.len() != 2 || day.len() != 2 {
        return None;
    }
    let (year, month, day): (u64, u64, u64) =
        (year.parse().ok()?, month.parse().ok()?, day.parse().ok()?);
    if year < 1970 || !(1..=12).contains(&month) || day == 0 {
        return None;
    }
    // Hinnant's `days_from_civil`, the inverse of `civil_from_days` below.
    let year_from_march = if month <= 2 { year - 1 } else { year };
    let era = year_from_march / 400;
    let year_of_era = year_from_march - era * 400;
    let month_from_march = if month > 2 { month - 3 } else { month + 9 };
    let day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    let days = (era * 146_097 + day_of_era).checked_sub(719_468)?;
    // A day past the month's end would land in the next month: refuse it.
    (civil_from_days(days) == (year, month, day)).then_some(days * SECONDS_PER_DAY)
}

/// The proleptic Gregorian date `days` after 1970-01-01, as (year, month 1–12, day 1–31).
///
/// Howard Hinnant's `civil_from_days`, in unsigned arithmetic since the days never precede 1970: the
/// calendar is counted from 0000-03-01 in 400-year eras of 146 097 days, with March as the first month so
/// that the leap day falls at the end of the year.
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    // Days from 0000-03-01 to 1970-01-01.
    let z = days + 719_468;
    let era = z / 146_097;
    let day_of_era = z - era * 146_097; // 0..=146_096
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365; // 0..=399
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100); // 0..=365
    let month_from_march = (5 * day_of_year + 2) / 153; // 0..=11
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    };
    let year = year_of_era + era * 400 + u64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_back_to_what_iso_utc_writes() {
        for seconds in [0, 86_400, 951_782_400, 1_709_164_800, 4_107_542_400] {
            assert_eq!(parse_date(&iso_utc(seconds)[..10]), Some(seconds));
        }
        for day in 0..30_000_u64 {
            let seconds = day * SECONDS_PER_DAY;
            assert_eq!(parse_date(&iso_utc(seconds)[..10]), Some(seconds));
        }
        for bad in [
            "2023-02-29",
            "2024-13-01",
            "2024-00-10",
            "1969-12-31",
            "24-01-01",
            "2024/01/01",
            "",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_epoch_is_new_year_1970() {
        assert_eq!(iso_utc(0), "1970-01-01T00:00:00Z");
        assert_eq!(iso_utc(86_399), "1970-01-01T23:59:59Z");
        assert_eq!(iso_utc(86_400), "1970-01-02T00:00:00Z");
    }

    #[test]
    fn leap_days_and_century_rules_are_right() {
        // 2000 is a leap year (divisible by 400); 2100 is not (divisible by 100).
        assert_eq!(iso_utc(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(iso_utc(951_868_800), "2000-03-01T00:00:00Z");
        assert_eq!(iso_utc(1_709_164_800), "2024-02-29T00:00:00Z");
        assert_eq!(iso_utc(4_107_456_000), "2100-02-28T00:00:00Z");
        assert_eq!(iso_utc(4_107_542_400), "2100-03-01T00:00:00Z");
    }

    #[test]
    fn known_moments_format_exactly() {
        assert_eq!(iso_utc(1_000_000_000), "2001-09-09T01:46:40Z");
        assert_eq!(iso_utc(1_773_480_600), "2026-03-14T09:30:00Z");
        assert_eq!(iso_utc(1_767_225_599), "2025-12-31T23:59:59Z");
        assert_eq!(iso_utc(253_402_300_799), "9999-12-31T23:59:59Z");
    }

    fn days_in_month(year: u64, month: u64) -> u64 {
        let leap =
            year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
        match month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        }
    }

    #[test]
    fn every_day_follows_the_previous_one() {
        // Walk 1970–2400 day by day: the date always advances by exactly one day.
        let mut previous = civil_from_days(0);
        for days in 1..157_000 {
            let (y, m, d) = civil_from_days(days);
            let (py, pm, pd) = previous;
            let next_day = (y, m, d) == (py, pm, pd + 1);
            let month_ended = pd == days_in_month(py, pm);
            let next_month = (y, m, d) == (py, pm + 1, 1) && month_ended;
            let next_year = (y, m, d) == (py + 1, 1, 1) && pm == 12 && month_ended;
            assert!(
                next_day && d <= days_in_month(y, m) || next_month || next_year,
                "{previous:?} -> {:?}",
                (y, m, d)
            );
            previous = (y, m, d);
        }
    }

    #[test]
    fn the_largest_time_does_not_overflow() {
        assert!(iso_utc(u64::MAX).ends_with('Z'));
    }
}
