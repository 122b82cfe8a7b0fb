//! What a read App Privacy Report shows, in a person's words: WhatsApp's uses of each sensor with the
//! longest, those at night and those longer than a call, those not recognised, and what was in use at the
//! moment the person marked. The CLI, the window and the case reports say the same lines.

use time::format_description::well_known::Rfc3339;
use time::{Duration, OffsetDateTime, PrimitiveDateTime, UtcOffset};

use super::evidence::KeptEvidence;
use super::model::Sensor;
use super::summary::{LONG_USE, NIGHT_END_HOUR, NIGHT_START_HOUR, Summary};
use crate::i18n::Language;
use crate::t;

/// "14 min", "1 h 05 min" or "40 s".
#[must_use]
pub fn duration_words(lang: Language, duration: Duration) -> String {
    let seconds = duration.whole_seconds().max(0);
    if seconds < 60 {
        t!(lang, "privacy-seconds", seconds = seconds)
    } else if seconds < 3600 {
        t!(lang, "privacy-minutes", minutes = (seconds + 30) / 60)
    } else {
        let minutes = (seconds + 30) / 60;
        t!(
            lang,
            "privacy-hours",
            hours = minutes / 60,
            minutes = format!("{:02}", minutes % 60)
        )
    }
}

/// "Mon 15 Oct 14:05" in the phone's own offset for that moment (how the person remembers it).
#[must_use]
pub fn moment_words(lang: Language, at: OffsetDateTime) -> String {
    let day = t!(
        lang,
        "privacy-weekday",
        day = at.weekday().number_days_from_monday()
    );
    let month = t!(lang, "privacy-month", month = u8::from(at.month()));
    t!(
        lang,
        "privacy-moment",
        weekday = day,
        day = at.day(),
        month = month,
        time = format!("{:02}:{:02}", at.hour(), at.minute())
    )
}

/// The sensor's name in `lang`.
#[must_use]
pub fn sensor_name(lang: Language, sensor: Sensor) -> String {
    match sensor {
        Sensor::Microphone => t!(lang, "privacy-sensor-microphone"),
        Sensor::Camera => t!(lang, "privacy-sensor-camera"),
        Sensor::ScreenRecording => t!(lang, "privacy-sensor-screen"),
    }
}

/// Every line of the summary, in order: the uses of each sensor, then night, long and unrecognised uses,
/// then the marked moment.
#[must_use]
pub fn summary_lines(lang: Language, kept: &KeptEvidence) -> Vec<String> {
    let summary: Summary = kept.summary();
    let mut lines = Vec::new();
    for sensor in [Sensor::Microphone, Sensor::Camera, Sensor::ScreenRecording] {
        let figures = summary.figures(sensor);
        if figures.uses == 0 && sensor == Sensor::ScreenRecording {
            continue;
        }
        lines.push(if figures.uses == 0 {
            t!(lang, "privacy-sensor-none", sensor = sensor.category())
        } else {
            t!(
                lang,
                "privacy-sensor-uses",
                sensor = sensor.category(),
                uses = figures.uses,
                longest = duration_words(lang, figures.longest)
            )
        });
    }
    let night = summary.at_night.len();
    if night > 0 {
        lines.push(t!(
            lang,
            "privacy-at-night",
            uses = night,
            from = format!("{NIGHT_START_HOUR:02}:00"),
            to = format!("{NIGHT_END_HOUR:02}:00")
        ));
    }
    if !summary.long.is_empty() {
        lines.push(t!(
            lang,
            "privacy-long",
            uses = summary.long.len(),
            minutes = LONG_USE.whole_minutes()
        ));
    }
    let total: usize = kept.uses.len();
    lines.push(if summary.unexplained.is_empty() {
        t!(lang, "privacy-all-recognised", uses = total)
    } else {
        t!(
            lang,
            "privacy-unrecognised",
            uses = summary.unexplained.len()
        )
    });
    if let Some(mark) = &summary.mark {
        let when = moment_words(lang, mark.at);
        lines.push(if mark.whatsapp_uses.is_empty() {
            t!(lang, "privacy-mark-no-whatsapp", when = when.as_str())
        } else {
            t!(lang, "privacy-mark-whatsapp", when = when.as_str())
        });
        lines.push(if mark.other_apps.is_empty() {
            t!(lang, "privacy-mark-no-other", when = when.as_str())
        } else {
            t!(
                lang,
                "privacy-mark-other",
                when = when.as_str(),
                apps = mark.other_apps.join(", ")
            )
        });
    }
    lines
}

/// A moment the person gives: RFC 3339 (`2026-10-15T14:05:00+02:00`), or a date and time of day
/// (`2026-10-15 14:05`) in the phone's `offset`. `None` when it is neither.
#[must_use]
pub fn parse_moment(text: &str, offset: UtcOffset) -> Option<OffsetDateTime> {
    let text = text.trim();
    if let Ok(at) = OffsetDateTime::parse(text, &Rfc3339) {
        return Some(at);
    }
    [
        "[year]-[month]-[day] [hour]:[minute]",
        "[year]-[month]-[day]T[hour]:[minute]",
    ]
    .iter()
    .filter_map(|format| time::format_description::parse_borrowed::<2>(format).ok())
    .find_map(|format| PrimitiveDateTime::parse(text, &format).ok())
    .map(|at| at.assume_offset(offset))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;

    #[test]
    fn a_moment_reads_as_rfc3339_or_the_phones_local_time() {
        let plus_two = UtcOffset::from_hms(2, 0, 0).unwrap();
        let at = parse_moment("2026-10-15T14:05:00+02:00", UtcOffset::UTC).unwrap();
        assert_eq!((at.hour(), at.minute(), at.offset()), (14, 5, plus_two));
        assert_eq!(parse_moment(" 2026-10-15 14:05 ", plus_two), Some(at));
        assert_eq!(parse_moment("2026-10-15T14:05", plus_two), Some(at));
        assert!(parse_moment("yesterday", plus_two).is_none());
        assert!(parse_moment("2026-13-15 14:05", plus_two).is_none());
    }

    #[test]
    fn durations_and_moments_in_words() {
        let en = Language::English;
        assert_eq!(duration_words(en, Duration::seconds(40)), "40 s");
        assert_eq!(
            duration_words(en, Duration::seconds(14 * 60 + 29)),
            "14 min"
        );
        assert_eq!(duration_words(en, Duration::minutes(65)), "1 h 05 min");
        let at = parse_moment("2026-10-15T14:05:00+02:00", UtcOffset::UTC).unwrap();
        assert_eq!(moment_words(en, at), "Thu 15 Oct 14:05");
        assert_eq!(
            moment_words(Language::PortugueseBrazil, at),
            "qui, 15 de out, 14:05"
        );
    }
}
