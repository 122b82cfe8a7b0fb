//! Unit tests of `session.rs`.

use super::*;

fn session() -> Session {
    Session::new("mic_whatsapp", DeviceProfile::FaceId, "test", 100)
}

#[test]
fn answering_twice_keeps_one_entry_with_the_latest_answer() {
    let mut s = session();
    s.answer("mic_switch_on", Answer::Yes, 1);
    s.answer("mic_switch_on", Answer::No, 2);
    assert_eq!(s.history.len(), 1);
    assert_eq!(s.answer_to("mic_switch_on"), Some(Answer::No));
    assert_eq!(s.revision(), 2);
}

/// Skipping the microphone test is one entry, kept once, and its six outcomes are then skipped findings:
/// the engine does not propose it again.
#[test]
fn a_skipped_check_skips_its_outcomes() {
    let kb = crate::kb::bundled(&crate::assets::BundledIllustrations).unwrap();
    let model = ProblemModel::from_kb(&kb, "mic_whatsapp").unwrap();
    let mut s = session();
    s.skip_check("each_microphone", 1);
    s.skip_check("each_microphone", 2);
    assert_eq!(s.history.len(), 1);
    let evidence = s.evidence(&model).unwrap();
    let check = model.check_index("each_microphone").unwrap();
    assert_eq!(
        evidence.skipped_findings,
        model.checks[check.get()].outcomes
    );
    let back = Session::from_json(&serde_json::to_string(&s).unwrap()).unwrap();
    assert_eq!(back.history, s.history);
}

#[test]
fn undo_removes_exactly_that_entry() {
    let mut s = session();
    s.answer("a", Answer::Yes, 1);
    s.record_fix("fix_restart", FixOutcome::Failed, 2);
    s.answer("b", Answer::No, 3);
    let removed = s.undo(1).unwrap();
    assert_eq!(removed.at, 2);
    assert_eq!(s.fix_outcome("fix_restart"), None);
    assert_eq!(s.history.len(), 2);
    assert!(s.undo(5).is_none());
}

#[test]
fn json_round_trip_keeps_the_case() {
    let mut s = session();
    s.answer("voice_note_flat", Answer::Yes, 7);
    s.record_fix("fix_force_quit", FixOutcome::Fixed, 9);
    let text = serde_json::to_string(&s).unwrap();
    assert!(text.contains(r#""type":"answer""#), "{text}");
    let back = Session::from_json(&text).unwrap();
    assert_eq!(back.history, s.history);
    assert_eq!(back.fixed_by(), Some("fix_force_quit"));
}

#[test]
fn a_case_code_is_drawn_once_and_kept() {
    let s = session();
    let a = s.case_code();
    assert!(crate::case_code::is_drawn_code(&a), "{a}");
    assert_eq!(a, s.case_code(), "kept, not drawn again");
    // Two cases of one problem started in the same second have codes of their own.
    assert_ne!(a, session().case_code());
    // Saved and read back, the case keeps its code.
    let back = Session::from_json(&serde_json::to_string(&s).unwrap()).unwrap();
    assert_eq!(back.case_code(), a);
    let mut renamed = back.clone();
    renamed.set_case_code("00000-00001".into());
    assert_eq!(renamed.case_code(), "00000-00001");
    assert!(renamed.revision() > back.revision());
}

#[test]
fn a_case_saved_before_codes_were_kept_keeps_its_derived_code() {
    let text = r#"{"problem":"mic_whatsapp","device":"face_id","kb_version":"t","started_at":100,"history":[]}"#;
    let old = Session::from_json(text).unwrap();
    // What `case_code` returned before, for this problem and start.
    assert_eq!(
        old.case_code(),
        crate::case_code::legacy_code("mic_whatsapp", 100)
    );
    assert_eq!(old.case_code(), "VM-X68");
    assert!(!serde_json::to_string(&old).unwrap().contains("\"code\""));
}

#[test]
fn a_loaded_case_keeps_the_latest_entry_per_finding() {
    let text = r#"{"problem":"mic_whatsapp","device":"face_id","kb_version":"t","started_at":1,"history":[
        {"at":1,"type":"answer","finding":"a","answer":"yes"},
        {"at":2,"type":"fix","fix":"f","outcome":"fixed"},
        {"at":3,"type":"answer","finding":"a","answer":"no"},
        {"at":4,"type":"fix","fix":"f","outcome":"failed"}]}"#;
    let s = Session::from_json(text).unwrap();
    assert_eq!(s.history.len(), 2);
    assert_eq!(s.answer_to("a"), Some(Answer::No));
    assert_eq!(s.fixed_by(), None);
}

fn temp_path(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("micdoctor-session-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

#[test]
fn a_saved_file_loads_back() {
    let mut s = session();
    s.answer("voice_note_flat", Answer::Yes, 7);
    let path = temp_path("case.json");
    std::fs::write(&path, serde_json::to_string(&s).unwrap()).unwrap();
    assert_eq!(Session::load_file(&path).unwrap().history, s.history);
}

#[test]
fn a_file_past_the_limit_is_refused_by_size() {
    let path = temp_path("huge.json");
    let limit = usize::try_from(MAX_SESSION_BYTES).unwrap();
    std::fs::write(&path, " ".repeat(limit + 1)).unwrap();
    let err = Session::load_file(&path).unwrap_err();
    assert!(
        matches!(
            err,
            SessionFileError::Read(crate::fs::ReadError::TooLarge { .. })
        ),
        "{err}"
    );
    assert!(err.to_string().contains("limit"), "{err}");
}

#[test]
fn missing_binary_and_invalid_files_say_what_is_wrong() {
    let missing = temp_path("nowhere.json");
    let err = Session::load_file(&missing).unwrap_err();
    assert!(
        matches!(err, SessionFileError::Read(crate::fs::ReadError::Io { .. })),
        "{err}"
    );
    let binary = temp_path("binary.json");
    std::fs::write(&binary, [b'{', 0xff, b'}']).unwrap();
    let err = Session::load_file(&binary).unwrap_err();
    assert!(
        matches!(
            err,
            SessionFileError::Read(crate::fs::ReadError::NotUtf8 { offset: 1, .. })
        ),
        "{err}"
    );
    let invalid = temp_path("invalid.json");
    std::fs::write(&invalid, "{\"problem\": 3}").unwrap();
    let err = Session::load_file(&invalid).unwrap_err();
    assert!(err.to_string().contains("not valid JSON"), "{err}");
}

#[test]
fn bad_json_is_an_error_not_a_panic() {
    assert!(Session::from_json("{\"problem\": 3}").is_err());
    assert!(Session::from_json("").is_err());
}
