//! The App Privacy Report reader against the fixtures of `scripts/make_privacy_reports.py`: every pitfall
//! of real files with its expectation worked by hand, every error, what the kept evidence holds, and the
//! fuzzers' corpus and generated lines replayed through the reader's invariants.
use std::io::Cursor;
use std::path::{Path, PathBuf};

use micdoctor_core::i18n::Language;
use micdoctor_core::privacy_report::{
    Duration, Interval, KeptEvidence, MAX_REPORT_BYTES, OffsetDateTime, PrivacyReport,
    PrivacyReportError, Recognised, Sensor, UseId, WHATSAPP, WhatsApp, kept_evidence, read_report,
    read_report_from, summarize, whatsapp_uses,
};
use proptest::prelude::*;
use time::format_description::well_known::Rfc3339;

const INSTAGRAM: &str = "com.burbn.instagram";
const VOICE_MEMOS: &str = "com.apple.VoiceMemos";

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/privacy")
        .join(name)
}

fn read(name: &str) -> PrivacyReport {
    read_report(&fixture(name)).unwrap()
}

fn at(text: &str) -> OffsetDateTime {
    OffsetDateTime::parse(text, &Rfc3339).unwrap()
}

fn seconds(text: f64) -> Duration {
    Duration::seconds_f64(text)
}

/// (start, end, began before the report, open at export), as written in the file.
fn spans(intervals: &[Interval]) -> Vec<(String, String, bool, bool)> {
    intervals
        .iter()
        .map(|i| {
            (
                i.start.format(&Rfc3339).unwrap(),
                i.end.format(&Rfc3339).unwrap(),
                i.began_before_report,
                i.open_at_export,
            )
        })
        .collect()
}

fn span(start: &str, end: &str, before: bool, open: bool) -> (String, String, bool, bool) {
    (start.to_owned(), end.to_owned(), before, open)
}

#[test]
fn a_normal_week_counts_whatsapps_calls_and_voice_notes() {
    let report = read("normal_week.ndjson");
    assert_eq!(report.access_lines, 54);
    assert_eq!(report.network_lines, 120);
    assert_eq!((report.skipped_lines, report.repeated_lines), (0, 0));
    let window = report.window.unwrap();
    assert_eq!(window.first, at("2025-09-01T07:00:00+01:00"));
    assert_eq!(window.last, at("2025-09-07T21:30:00+01:00"));
    assert_eq!(window.first.offset().whole_hours(), 1);
    assert_eq!(
        report.apps(),
        [
            VOICE_MEMOS,
            "com.apple.camera",
            INSTAGRAM,
            WHATSAPP,
            "us.zoom.videomeetings"
        ]
    );
    assert_eq!(
        report.intervals("com.apple.camera", Sensor::Camera).len(),
        3
    );
    assert_eq!(report.intervals(INSTAGRAM, Sensor::Microphone).len(), 2);
    // Maps used only location, which is counted, not kept.
    assert!(
        report
            .intervals("com.apple.Maps", Sensor::Microphone)
            .is_empty()
    );

    let summary = summarize(&report, None, &Recognised::new());
    assert_eq!(summary.apps, [WhatsApp::WhatsApp]);
    // 42 + 750.5 + 20 + 1500 + 65 + 300 + 30 + 540 seconds.
    assert_eq!(summary.microphone.uses, 8);
    assert_eq!(summary.microphone.total, seconds(3247.5));
    assert_eq!(summary.microphone.longest, Duration::minutes(25));
    // 1498 + 30 seconds.
    assert_eq!(summary.camera.uses, 2);
    assert_eq!(summary.camera.total, seconds(1528.0));
    assert_eq!(summary.camera.longest, seconds(1498.0));
    assert_eq!(summary.screen_recording.uses, 0);
    assert!(summary.at_night.is_empty() && summary.long.is_empty());
    assert_eq!(summary.unexplained.len(), 10);
    assert!(summary.mark.is_none());

    // The call of Monday evening is use 1 (the voice note at 12:30 is 0); recognising both leaves 8.
    let uses = whatsapp_uses(&report);
    assert_eq!(uses[1].interval.start, at("2025-09-01T19:05:10.250+01:00"));
    let recognised: Recognised = [UseId(0), UseId(1)].into_iter().collect();
    let summary = summarize(&report, None, &recognised);
    assert_eq!(summary.unexplained, (2..10).map(UseId).collect::<Vec<_>>());
    assert_eq!(summary.microphone.unexplained, 6);
    assert_eq!(summary.camera.unexplained, 2);
}

#[test]
fn whatsapp_at_three_in_the_morning_for_forty_minutes_is_at_night_and_longer_than_a_call() {
    let report = read("whatsapp_night.ndjson");
    let summary = summarize(&report, None, &Recognised::new());
    assert_eq!(summary.microphone.uses, 3);
    assert_eq!(summary.at_night, [UseId(1)]);
    assert_eq!(summary.long, [UseId(1)]);
    assert_eq!(summary.microphone.longest, Duration::minutes(40));
    assert_eq!(
        summary.microphone.total,
        seconds(30.0) + Duration::minutes(50)
    );
    let night = whatsapp_uses(&report)[1];
    assert_eq!(night.interval.start.hour(), 3);
    assert_eq!(night.sensor, Sensor::Microphone);
    // Recognised, it is no longer unexplained, but still at night.
    let recognised: Recognised = [UseId(1)].into_iter().collect();
    let summary = summarize(&report, None, &recognised);
    assert_eq!(summary.unexplained, [UseId(0), UseId(2)]);
    assert_eq!(summary.at_night, [UseId(1)]);
}

#[test]
fn at_the_marked_moment_the_other_apps_using_the_microphone_or_camera_are_named() {
    let report = read("marked_moment.ndjson");
    // The same instant, written in two offsets.
    for mark in ["2025-09-04T21:15:00+01:00", "2025-09-04T20:15:00Z"] {
        let summary = summarize(&report, Some(at(mark)), &Recognised::new());
        let found = summary.mark.unwrap();
        // Voice Memos ended exactly a minute before, Instagram spans it; the Camera app ended 10
        // minutes before, Zoom's camera began a minute and half a second after, its screen recording
        // and Maps's location are no dot.
        assert_eq!(found.other_apps, [VOICE_MEMOS, INSTAGRAM], "{mark}");
        assert_eq!(found.whatsapp_uses, [UseId(0)], "{mark}");
    }
    let later = summarize(
        &report,
        Some(at("2025-09-04T21:17:00+01:00")),
        &Recognised::new(),
    );
    assert_eq!(
        later.mark.unwrap().other_apps,
        [INSTAGRAM, "us.zoom.videomeetings"]
    );
    let nobody = summarize(
        &report,
        Some(at("2025-09-04T23:00:00+01:00")),
        &Recognised::new(),
    );
    let nobody = nobody.mark.unwrap();
    assert!(nobody.other_apps.is_empty() && nobody.whatsapp_uses.is_empty());
    assert_eq!(
        report.intervals("us.zoom.videomeetings", Sensor::ScreenRecording),
        [Interval {
            start: at("2025-09-04T21:15:00+01:00"),
            end: at("2025-09-04T21:17:00+01:00"),
            began_before_report: false,
            open_at_export: false,
        }]
    );
}

#[test]
fn a_use_across_the_daylight_saving_change_lasts_what_the_clocks_say_in_utc() {
    let report = read("dst_week.ndjson");
    let mic = report.intervals(WHATSAPP, Sensor::Microphone);
    assert_eq!(
        spans(mic),
        [
            span(
                "2025-10-25T21:00:00+01:00",
                "2025-10-25T21:10:00+01:00",
                false,
                false
            ),
            span(
                "2025-10-26T01:50:00+01:00",
                "2025-10-26T01:10:00Z",
                false,
                false
            ),
            span("2025-10-27T09:00:00Z", "2025-10-27T09:05:00Z", false, false),
        ]
    );
    // 01:50 to 01:10 on the wall clock, 20 minutes in fact.
    assert_eq!(mic[1].duration(), Duration::minutes(20));
    let summary = summarize(&report, None, &Recognised::new());
    assert_eq!(summary.microphone.total, Duration::minutes(35));
    assert_eq!(summary.microphone.longest, Duration::minutes(20));
    assert_eq!(summary.at_night, [UseId(1)]);
    let window = report.window.unwrap();
    assert_eq!(window.first.offset().whole_hours(), 1);
    assert!(window.last.offset().is_utc());
    assert_eq!(report.network_lines, 30);
}

#[test]
fn every_pitfall_of_real_files_is_read_as_worked_out_by_hand() {
    let report = read("pitfalls.ndjson");
    // Not JSON, a JSON array, an access line without what a use needs; the blank line is not counted.
    assert_eq!(report.skipped_lines, 3);
    // A begin and an end each written twice, and a second begin.
    assert_eq!(report.repeated_lines, 3);
    assert_eq!(report.access_lines, 22);
    assert_eq!(report.network_lines, 5);
    // The first moment is a location end; the last a location end at 21:30, not the network lines' 22:05.
    let window = report.window.unwrap();
    assert_eq!(window.first, at("2025-09-01T07:00:00+01:00"));
    assert_eq!(window.last, at("2025-09-07T21:30:00+01:00"));
    assert_eq!(
        spans(report.intervals(WHATSAPP, Sensor::Microphone)),
        [
            // The first line, behind the BOM: its begin aged out, so it starts at the first moment.
            span(
                "2025-09-01T07:00:00+01:00",
                "2025-09-01T07:30:00+01:00",
                true,
                false
            ),
            // Begin and end each twice.
            span(
                "2025-09-01T09:00:00+01:00",
                "2025-09-01T09:02:00+01:00",
                false,
                false
            ),
            // Zero length.
            span(
                "2025-09-02T12:00:00+01:00",
                "2025-09-02T12:00:00+01:00",
                false,
                false
            ),
            // Z, no fraction.
            span("2025-09-03T15:00:00Z", "2025-09-03T15:04:00Z", false, false),
            // Keys in another order, unknown keys.
            span(
                "2025-09-04T16:00:00+01:00",
                "2025-09-04T16:06:00+01:00",
                false,
                false
            ),
            // Never ended: open until the last moment.
            span(
                "2025-09-07T21:00:00+01:00",
                "2025-09-07T21:30:00+01:00",
                false,
                true
            ),
        ]
    );
    // Begun twice, at 10:00:00 and 10:00:05: from the first.
    assert_eq!(
        spans(report.intervals(WHATSAPP, Sensor::Camera)),
        [span(
            "2025-09-02T10:00:00+01:00",
            "2025-09-02T10:03:00+01:00",
            false,
            false
        )]
    );
    assert_eq!(
        spans(report.intervals(WHATSAPP, Sensor::ScreenRecording)),
        [span(
            "2025-09-05T20:00:00+01:00",
            "2025-09-05T20:02:00+01:00",
            false,
            false
        )]
    );
    // The Team ID is taken off.
    assert_eq!(report.apps(), ["com.example.recorder", WHATSAPP]);
    assert_eq!(
        report
            .intervals("com.example.recorder", Sensor::Microphone)
            .len(),
        1
    );

    let summary = summarize(&report, None, &Recognised::new());
    // 30 + 2 + 0 + 4 + 6 + 30 minutes.
    assert_eq!(summary.microphone.uses, 6);
    assert_eq!(summary.microphone.total, Duration::minutes(72));
    assert_eq!(summary.microphone.longest, Duration::minutes(30));
    assert_eq!(summary.camera.total, Duration::minutes(3));
    assert_eq!(summary.screen_recording.total, Duration::minutes(2));
    // 30 minutes is not longer than a call's 30.
    assert!(summary.long.is_empty() && summary.at_night.is_empty());
    assert_eq!(summary.unexplained.len(), 8);
}

#[test]
fn each_kind_of_file_that_is_not_a_report_has_its_error_and_words() {
    let kind = |name: &str| read_report(&fixture(name)).unwrap_err();
    assert!(matches!(
        kind("old_beta.ndjson"),
        PrivacyReportError::OldFormat { .. }
    ));
    assert!(matches!(
        kind("garbage.ndjson"),
        PrivacyReportError::NotAReport { .. }
    ));
    assert!(matches!(
        kind("other_json.ndjson"),
        PrivacyReportError::NotAReport { .. }
    ));
    assert!(matches!(
        kind("empty.ndjson"),
        PrivacyReportError::Empty { .. }
    ));
    assert!(matches!(
        kind("no_such_file.ndjson"),
        PrivacyReportError::Io { .. }
    ));
    for name in [
        "old_beta.ndjson",
        "garbage.ndjson",
        "empty.ndjson",
        "no_such_file.ndjson",
    ] {
        let err = kind(name);
        assert!(err.to_string().contains(name), "{err}");
        for language in Language::ALL {
            let words = err.in_words(language);
            assert!(words.contains(name), "{language}: {words}");
            assert!(words.ends_with('.'), "{language}: {words}");
        }
    }
    let words = kind("garbage.ndjson").in_words(Language::English);
    assert!(
        words.ends_with(
            "is not an App Privacy Report. On the iPhone, open Settings › Privacy & Security › App Privacy Report and tap the Share button at the top."
        ),
        "{words}"
    );
}

#[test]
fn a_file_over_the_limit_is_refused_before_it_is_read_and_a_stream_stops_at_it() {
    let path = std::env::temp_dir().join(format!(
        "micdoctor-privacy-{}-big.ndjson",
        std::process::id()
    ));
    // Sparse: over the limit on paper, nothing on disk. Reading it would find only zeros.
    std::fs::File::create(&path)
        .unwrap()
        .set_len(MAX_REPORT_BYTES + 1)
        .unwrap();
    let err = read_report(&path).unwrap_err();
    std::fs::remove_file(&path).unwrap();
    assert!(
        matches!(err, PrivacyReportError::TooLarge { size, limit: MAX_REPORT_BYTES, .. } if size == MAX_REPORT_BYTES + 1),
        "{err}"
    );
    assert!(err.in_words(Language::English).contains("32 MB"));

    // A reader of unknown size (an endless one here) stops just past the limit.
    let endless = std::io::BufReader::new(std::io::repeat(b'{'));
    let err = read_report_from(endless, Path::new("stream.ndjson"), 1 << 20).unwrap_err();
    assert!(
        matches!(err, PrivacyReportError::TooLarge { size, .. } if size > 1 << 20 && size <= (1 << 20) + 8192),
        "{err}"
    );
}

#[test]
fn the_kept_evidence_holds_whatsapps_uses_and_the_names_at_the_mark_and_nothing_else() {
    let report = read("marked_moment.ndjson");
    let mark = at("2025-09-04T21:15:00+01:00");
    let recognised: Recognised = [UseId(1), UseId(7)].into_iter().collect();
    let kept = kept_evidence(&report, Some(mark), &recognised);
    // Use 7 does not exist: not kept.
    assert_eq!(kept.recognised, [UseId(1)]);
    assert_eq!(kept.uses.len(), 2);
    assert_eq!(kept.other_apps_at_mark, [VOICE_MEMOS, INSTAGRAM]);

    let json = serde_json::to_string(&kept).unwrap();
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let keys: Vec<&str> = value
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "mark",
            "other_apps_at_mark",
            "recognised",
            "report_first",
            "report_last",
            "uses"
        ]
    );
    assert_eq!(
        value["uses"][0],
        serde_json::json!({
            "id": 0,
            "app": "whats_app",
            "sensor": "microphone",
            "start": "2025-09-04T21:15:30+01:00",
            "end": "2025-09-04T21:15:45+01:00",
            "began_before_report": false,
            "open_at_export": false
        })
    );
    // No other app's history, no network line, no use's identifier.
    for absent in [
        "us.zoom",
        "com.apple.camera",
        "com.apple.Maps",
        "springboard",
        "whatsapp.net",
        "domain",
        "location",
        "identifier",
        "-4",
    ] {
        assert!(!json.contains(absent), "{absent} in {json}");
    }
    let again: KeptEvidence = serde_json::from_str(&json).unwrap();
    assert_eq!(again, kept);
    assert_eq!(again.summary(), summarize(&report, Some(mark), &recognised));
    // Unknown fields are refused: what a case keeps cannot grow by accident.
    let mut grown = value.clone();
    grown["domains"] = serde_json::json!(["g.whatsapp.net"]);
    assert!(serde_json::from_value::<KeptEvidence>(grown).is_err());
}

#[test]
fn whatsapp_business_counts_as_whatsapp_under_its_own_name() {
    let text = std::fs::read_to_string(fixture("whatsapp_night.ndjson"))
        .unwrap()
        .replace(
            "\"net.whatsapp.WhatsApp\",\"identifierType\"",
            "\"net.whatsapp.WhatsAppSMB\",\"identifierType\"",
        );
    let report = read_report_from(Cursor::new(text), Path::new("smb.ndjson"), 1 << 20).unwrap();
    let summary = summarize(&report, None, &Recognised::new());
    assert_eq!(summary.apps, [WhatsApp::Business]);
    assert_eq!(summary.microphone.uses, 3);
    assert_eq!(summary.at_night, [UseId(1)]);
    assert!(
        whatsapp_uses(&report)
            .iter()
            .all(|u| u.app == WhatsApp::Business)
    );
}

/// What `fuzz/fuzz_targets/privacy_report.rs` checks of any input.
fn check_any(bytes: &[u8]) {
    let limit = 1 << 20;
    let name = Path::new("fuzz.ndjson");
    match read_report_from(bytes, name, limit) {
        Ok(report) => check_report(&report),
        Err(err) => {
            assert!(err.to_string().contains("fuzz.ndjson"), "{err}");
            assert!(!err.in_words(Language::Spanish).is_empty());
        }
    }
}

/// The reader's invariants: every interval inside the window and in order, uses sorted, the summary and
/// the kept evidence consistent with them.
fn check_report(report: &PrivacyReport) {
    if let Some(window) = report.window {
        assert!(window.first <= window.last);
        for uses in &report.uses {
            for pair in uses.intervals.windows(2) {
                assert!(pair[0].start <= pair[1].start);
            }
            for interval in &uses.intervals {
                assert!(window.first <= interval.start && interval.start <= interval.end);
                assert!(interval.end <= window.last);
            }
        }
    } else {
        assert!(report.uses.is_empty());
    }
    assert!(
        report
            .uses
            .windows(2)
            .all(|pair| (&pair[0].app, pair[0].sensor) < (&pair[1].app, pair[1].sensor))
    );
    let mark = report.window.map(|w| w.first);
    let summary = summarize(report, mark, &Recognised::new());
    let uses = whatsapp_uses(report);
    assert_eq!(summary.unexplained.len(), uses.len());
    let counted: usize = Sensor::ALL.iter().map(|&s| summary.figures(s).uses).sum();
    assert_eq!(counted, uses.len());
    let kept = kept_evidence(report, mark, &Recognised::new());
    let json = serde_json::to_string(&kept).unwrap();
    let again: KeptEvidence = serde_json::from_str(&json).unwrap();
    assert_eq!(again.summary(), summary);
}

#[test]
fn the_fixtures_and_the_fuzz_corpus_replay_through_the_invariants() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz");
    let replay = |folder: &Path| {
        let Ok(entries) = std::fs::read_dir(folder) else {
            return 0;
        };
        let mut inputs = 0;
        for entry in entries {
            let path = entry.unwrap().path();
            check_any(&std::fs::read(&path).unwrap());
            inputs += 1;
        }
        inputs
    };
    assert_eq!(replay(&fixture("")), 9);
    // The minimised corpus of the fuzzing run of docs/privacy-report.md, and any input that ever crashed
    // the fuzzer (none so far).
    assert!(replay(&root.join("corpus/privacy_report")) >= 400);
    replay(&root.join("regressions/privacy_report"));
}

/// One line of a report, valid or broken in one of the ways real and damaged files are.
fn line() -> impl Strategy<Value = String> {
    let app = prop::sample::select(vec![
        WHATSAPP,
        "net.whatsapp.WhatsAppSMB",
        "5Q4J53EFRC.com.example",
        "com.burbn.instagram",
        "",
    ]);
    let category = prop::sample::select(vec![
        "microphone",
        "camera",
        "screenRecording",
        "location",
        "photos",
    ]);
    let kind = prop::sample::select(vec!["intervalBegin", "intervalEnd", "event"]);
    let offset = prop::sample::select(vec!["+01:00", "Z", "+00:00", "-03:00", ".5+02:00", "x"]);
    let access = (app, category, 0..6u8, kind, 0..200_000u32, offset).prop_map(
        |(app, category, id, kind, minute, offset)| {
            let (day, rest) = (1 + minute / 1440 % 28, minute % 1440);
            format!(
                r#"{{"accessor":{{"identifier":"{app}","identifierType":"bundleID"}},"category":"{category}","identifier":"ID-{id}","kind":"{kind}","timeStamp":"2025-09-{day:02}T{:02}:{:02}:00{offset}","type":"access"}}"#,
                rest / 60,
                rest % 60
            )
        },
    );
    prop_oneof![
        4 => access,
        2 => Just(r#"{"domain":"g.whatsapp.net","type":"networkActivity","hits":3,"bundleID":"net.whatsapp.WhatsApp"}"#.to_owned()),
        1 => Just(r#"{"stream":"com.apple.privacy.accounting.stream.tcc","kind":"event","timestamp":"2021-06-09T14:19:48.270-05:00","version":3}"#.to_owned()),
        1 => ".{0,80}",
        1 => Just(String::new()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn generated_lines_keep_the_invariants(lines in prop::collection::vec(line(), 0..60), cut in 0usize..4000) {
        let text = lines.join("\n");
        check_any(text.as_bytes());
        // Cut anywhere, even inside a character.
        check_any(&text.as_bytes()[..cut.min(text.len())]);
        if let Ok(report) = read_report_from(text.as_bytes(), Path::new("p"), 1 << 20) {
            let non_blank = lines
                .iter()
                .enumerate()
                .map(|(n, l)| if n == 0 { l.strip_prefix('\u{feff}').unwrap_or(l) } else { l })
                .filter(|l| !l.as_bytes().trim_ascii().is_empty())
                .count() as u64;
            prop_assert_eq!(report.access_lines + report.network_lines + report.skipped_lines, non_blank);
        }
    }
}

/// A read report is evidence: recognising the two daytime uses leaves the 03:00 one unexplained, which
/// raises "unexplained access" above its prior; recognising all three lowers it. The questions that ask
/// to read the report by eye are no longer asked, and the report names what the file showed.
#[test]
fn a_read_report_answers_the_journeys_findings_and_moves_the_ranking() {
    use micdoctor_core::assets::BundledIllustrations;
    use micdoctor_core::engine::{self, NextStep, ProblemModel};
    use micdoctor_core::kb::{self, DeviceProfile};
    use micdoctor_core::report::{ReportFormat, render};
    use micdoctor_core::session::Session;

    let kb = kb::bundled(&BundledIllustrations).unwrap();
    let model = ProblemModel::from_kb(&kb, "sensor_privacy").unwrap();
    let unexplained = model.cause_index("unexplained_access").unwrap();
    let report = read("whatsapp_night.ndjson");
    let probability = |session: &Session| {
        let evidence = session.evidence(&model).unwrap();
        engine::posterior(&model, &evidence).probabilities[unexplained.get()]
    };
    let blank = Session::new("sensor_privacy", DeviceProfile::FaceId, "2026.11.0", 0);
    let before = probability(&blank);

    let mut night_left = blank.clone();
    let known: Recognised = [UseId(0), UseId(2)].into_iter().collect();
    night_left.record_privacy_report(kept_evidence(&report, None, &known), 10);
    assert_eq!(
        night_left.privacy_report().unwrap().answers(),
        [("apr_unrecognised_use", true)]
    );
    assert!(
        probability(&night_left) > 3.0 * before,
        "{} vs {before}",
        probability(&night_left)
    );

    let mut all_known = blank.clone();
    let every: Recognised = [UseId(0), UseId(1), UseId(2)].into_iter().collect();
    all_known.record_privacy_report(kept_evidence(&report, None, &every), 10);
    assert!(probability(&all_known) < before);
    // Reading again replaces the earlier reading: one entry, the latest.
    night_left.record_privacy_report(kept_evidence(&report, None, &every), 20);
    assert_eq!(night_left.history.len(), 1);
    assert!((probability(&night_left) - probability(&all_known)).abs() < 1e-12);

    // The by-eye questions are not asked once the file has answered.
    let evidence = all_known.evidence(&model).unwrap();
    if let NextStep::Question { finding, .. } = engine::diagnose(&model, &evidence).next {
        let id = model.findings[finding].id.as_str();
        assert!(
            id != "privacy_report_background" && id != "privacy_report_other_app",
            "asked {id} after the file was read"
        );
    }
    assert!(
        evidence
            .skipped_findings
            .iter()
            .any(|&f| model.findings[f].id == "privacy_report_background")
    );
    // The report says what the file showed, and keeps no other app's history.
    let md = render(Language::English, &kb, &night_left, ReportFormat::Markdown).unwrap();
    assert!(md.contains("## What the App Privacy Report shows"), "{md}");
    assert!(
        md.contains("WhatsApp used the microphone 3 times (the longest: 40 min)."),
        "{md}"
    );
    let json = render(Language::English, &kb, &night_left, ReportFormat::Json).unwrap();
    assert!(
        !json.contains("com.burbn.instagram"),
        "another app's history is never kept"
    );
}
