//! The reducer's unit tests: each command's change to the state, and the effects it asks for, without
//! egui.
#![allow(
    clippy::unwrap_used,
    reason = "a test should fail loudly at the line that broke"
)]

use std::path::PathBuf;

use super::*;
use micdoctor_core::assets::BundledIllustrations;
use micdoctor_core::i18n::Language;
use micdoctor_core::kb::{self, FindingKind};
use micdoctor_core::recording::{Codec, Figures, Measurement, RecordingRole, SoundSketch};

fn state() -> AppState {
    AppState::new(
        kb::bundled(&BundledIllustrations).unwrap(),
        "bundled".into(),
    )
}

fn with_case() -> AppState {
    let mut state = state();
    assert_eq!(state.apply(Command::StartCase("mic_whatsapp".into())), None);
    state
}

fn symptom(state: &AppState) -> String {
    let problem = state.kb.problem("mic_whatsapp").unwrap();
    problem
        .findings
        .iter()
        .find(|id| state.kb.finding(id).unwrap().kind == FindingKind::Symptom)
        .unwrap()
        .to_string()
}

#[test]
fn a_new_case_opens_on_the_symptoms_with_fresh_case_state() {
    let mut state = state();
    state.case_ui.symptom_filter = "left from before".into();
    state.apply(Command::StartCase("mic_whatsapp".into()));
    assert_eq!(state.screen, Screen::Symptoms);
    assert_eq!(state.case_id(), 1);
    assert!(state.case_ui.symptom_filter.is_empty());
    assert_eq!(state.session.as_ref().unwrap().problem, "mic_whatsapp");
}

#[test]
fn a_symptom_toggles_and_an_answer_is_undone() {
    let mut state = with_case();
    let finding = symptom(&state);
    state.apply(Command::ToggleSymptom(finding.as_str().into()));
    assert_eq!(
        state.session.as_ref().unwrap().answer_to(&finding),
        Some(Answer::Yes)
    );
    state.apply(Command::ToggleSymptom(finding.as_str().into()));
    assert_eq!(state.session.as_ref().unwrap().answer_to(&finding), None);
    state.apply(Command::Answer(finding.as_str().into(), Answer::No));
    state.apply(Command::Undo(0));
    assert!(state.session.as_ref().unwrap().history.is_empty());
}

#[test]
fn leaving_the_symptoms_without_answers_ends_the_case() {
    let mut state = with_case();
    state.apply(Command::BackFromSymptoms);
    assert_eq!(state.screen, Screen::Start);
    assert!(state.session.is_none());

    let mut state = with_case();
    let finding = symptom(&state);
    state.apply(Command::ToggleSymptom(finding.as_str().into()));
    state.apply(Command::BackFromSymptoms);
    assert_eq!(state.screen, Screen::Workspace);
}

#[test]
fn a_fix_that_worked_shows_the_outcome_and_going_back_takes_it_back() {
    let mut state = with_case();
    let fix = state.model("mic_whatsapp").unwrap().fixes[0].id.clone();
    state.apply(Command::Fix(fix, FixOutcome::Fixed));
    assert_eq!(state.screen, Screen::Outcome);
    state.apply(Command::BackFromOutcome);
    assert_eq!(state.screen, Screen::Workspace);
    assert!(state.session.as_ref().unwrap().fixed_by().is_none());
}

#[test]
fn start_over_asks_first_and_then_clears_the_case() {
    let mut state = with_case();
    state.apply(Command::ConfirmStartOver);
    assert!(state.confirming_start_over);
    state.apply(Command::CancelStartOver);
    assert!(state.session.is_some());
    state.apply(Command::StartOver);
    assert!(state.session.is_none());
    assert!(state.is_pristine());
}

#[test]
fn a_language_change_shows_the_knowledge_base_in_it() {
    let mut state = state();
    let english = state.kb.problems[0].title.clone();
    state.apply(Command::SetLanguage(Language::Spanish));
    assert_eq!(state.language, Language::Spanish);
    assert_ne!(state.kb.problems[0].title, english);
}

#[test]
fn files_and_windows_are_effects_on_the_desktop_and_nothing_in_a_kiosk() {
    let mut desktop = with_case();
    let file = PathBuf::from("/tmp/case.html");
    assert_eq!(desktop.apply(Command::ChooseKb), Some(Effect::ChooseKb));
    assert_eq!(
        desktop.apply(Command::SaveReport),
        Some(Effect::ChooseReportFile)
    );
    assert_eq!(
        desktop.apply(Command::SaveReportTo(file.clone())),
        Some(Effect::SaveReport(file.clone()))
    );
    assert_eq!(desktop.apply(Command::Quit), Some(Effect::Quit));
    assert_eq!(
        desktop.apply(Command::ChooseRecording(None)),
        Some(Effect::ChooseRecording(None))
    );
    let mut kiosk = with_case();
    kiosk.kiosk = true;
    for command in [
        Command::ChooseKb,
        Command::SaveReport,
        Command::SaveReportTo(file.clone()),
        Command::Quit,
        Command::ShowAbout,
        Command::ChooseRecording(None),
        Command::MeasureFiles(vec![(file.clone(), None)]),
    ] {
        assert_eq!(kiosk.apply(command.clone()), None, "{command:?}");
    }
    // Without a case there is nothing to report.
    let mut empty = state();
    assert_eq!(empty.apply(Command::SaveReport), None);
}

/// The App Privacy Report from the phone: its card opens where the bridge is offered, and a report that
/// arrives is read at a kiosk too (a typed or chosen file is not).
#[test]
fn a_privacy_report_from_the_phone_is_read_at_a_desktop_and_at_a_kiosk() {
    let file = PathBuf::from("/tmp/App_Privacy_Report.ndjson");
    let mut off = with_case();
    assert_eq!(off.apply(Command::SendPrivacyReportFromPhone), None);
    for kiosk in [false, true] {
        let mut state = with_case();
        state.kiosk = kiosk;
        state.phone_bridge = true;
        assert_eq!(
            state.apply(Command::SendPrivacyReportFromPhone),
            Some(Effect::OpenPhoneBridge(PhoneAsk::PrivacyReport))
        );
        assert_eq!(
            state.apply(Command::PrivacyReportArrived(file.clone())),
            Some(Effect::ReadPrivacyReport(file.clone()))
        );
        let typed = state.apply(Command::ReadPrivacyReport(file.clone()));
        assert_eq!(
            typed,
            (!kiosk).then(|| Effect::ReadPrivacyReport(file.clone()))
        );
    }
    // No case, nothing to read it into.
    let mut empty = state();
    empty.phone_bridge = true;
    assert_eq!(empty.apply(Command::SendPrivacyReportFromPhone), None);
    assert_eq!(empty.apply(Command::PrivacyReportArrived(file)), None);
}

/// Closing a recording check's window stops a bridge for that check only.
#[test]
fn closing_a_recording_check_stops_only_its_own_bridge() {
    let mut state = with_case();
    state.phone_bridge = true;
    assert_eq!(state.apply(Command::CloseRecordingCheck), None);
    state.apply(Command::OpenRecordingCheck("failed_recording".into()));
    assert_eq!(
        state.apply(Command::CloseRecordingCheck),
        Some(Effect::ClosePhoneBridge(Some(PhoneAsk::Check(
            "failed_recording".into()
        ))))
    );
    assert_eq!(
        state.apply(Command::StopPhoneBridge),
        Some(Effect::ClosePhoneBridge(None))
    );
}

#[test]
fn a_recording_needs_a_case_and_then_becomes_evidence() {
    let mut state = state();
    let files = vec![(PathBuf::from("note.opus"), None)];
    assert_eq!(state.apply(Command::MeasureFiles(files.clone())), None);
    assert!(state.notice.as_ref().unwrap().is_problem);

    let mut state = with_case();
    assert_eq!(
        state.apply(Command::MeasureFiles(files.clone())),
        Some(Effect::Measure(files))
    );
    let silent = Measurement {
        file: "note.opus".into(),
        codec: Codec::Opus,
        sample_rate: 16_000,
        bandwidth_hz: 8_000.0,
        figures: Figures {
            duration_seconds: 4.0,
            active_level_dbfs: -100.0,
            activity: 0.0,
            noise_floor_dbfs: -100.0,
            snr_db: 0.0,
            silent_share: 1.0,
            peak_dbfs: -90.0,
            crest_db: 10.0,
            clipped_share: 0.0,
            high_band_db: 0.0,
            dropouts: 0,
        },
        sketch: SoundSketch::default(),
    };
    state.apply(Command::Recorded(RecordingRole::Failed, Box::new(silent)));
    state.refresh();
    let model = state.model("mic_whatsapp").unwrap();
    let evidence = &state.derived().unwrap().evidence;
    assert!(
        evidence
            .observations
            .iter()
            .any(|o| o.yes && model.findings[o.finding].id == "recording_silent")
    );
}

#[test]
fn the_next_customer_finds_nothing_of_the_last_one() {
    let mut state = with_case();
    state.default_language = Language::PortugueseBrazil;
    state.apply(Command::SetLanguage(Language::Spanish));
    state.apply(Command::SetDevice(DeviceProfile::HomeButton));
    state.browse_filter = "typed".into();
    assert!(state.something_to_clear());
    assert_eq!(
        state.apply(Command::ResetForNextCustomer),
        Some(Effect::ForgetCustomer)
    );
    assert!(state.is_pristine());
    assert_eq!(state.language, Language::PortugueseBrazil);
    assert_eq!(state.preferred_device, DeviceProfile::FaceId);
    assert!(!state.something_to_clear());
}

#[test]
fn another_knowledge_base_ends_the_case_and_says_so() {
    let mut state = with_case();
    let mut kb = state.kb.clone();
    kb.title = "Shop edition".into();
    let opened = OpenedKb {
        kb,
        source: "/shop/kb.json".into(),
        translations: std::collections::BTreeMap::new(),
        problems: Vec::new(),
    };
    let path = PathBuf::from("/shop/kb.json");
    state.apply(Command::UseKb(Box::new(opened), path.clone()));
    assert!(state.session.is_none());
    assert_eq!(state.kb.title, "Shop edition");
    assert_eq!(state.kb_file, Some(path));
    assert!(!state.notice.as_ref().unwrap().is_problem);
    assert_eq!(state.languages(), [Language::English]);
}

#[test]
fn the_recording_window_opens_and_closes_and_a_notice_is_shown() {
    let mut state = with_case();
    state.apply(Command::OpenRecordingCheck("each_microphone".into()));
    assert_eq!(
        state.open_recording_check().map(|c| c.id.as_str()),
        Some("each_microphone")
    );
    assert_eq!(
        state.take_for_new_file(|_| false),
        RecordingRole::Microphone(micdoctor_core::recording::Microphone::Bottom)
    );
    state.apply(Command::CloseRecordingCheck);
    assert!(state.open_recording_check().is_none());
    assert_eq!(state.take_for_new_file(|_| false), RecordingRole::Failed);
    let saved = || crate::ui::state::Notice::info(|_| "saved".to_owned());
    state.apply(Command::Notify(saved()));
    assert_eq!(state.notice, Some(saved()));
}
