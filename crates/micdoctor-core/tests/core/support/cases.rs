//! Saved cases with fixed times, shared by the report tests.

use micdoctor_core::kb::DeviceProfile;
use micdoctor_core::session::{Answer, FixOutcome, Session};

/// 2026-03-14T09:30:00Z.
pub const STARTED: u64 = 1_773_480_600;
/// Two days later, 16:05:00Z.
pub const TECHNICIAN_STARTED: u64 = 1_773_677_100;

/// Voice notes silent in WhatsApp only; the permission fix did not help, closing WhatsApp did.
pub fn fixed_case() -> Session {
    let mut s = Session::new(
        "mic_whatsapp",
        DeviceProfile::HomeButton,
        "2026.11.0",
        STARTED,
    );
    s.answer("voice_note_flat", Answer::Yes, STARTED + 20);
    s.answer("only_whatsapp_silent", Answer::Yes, STARTED + 25);
    s.answer("mic_switch_on", Answer::Yes, STARTED + 90);
    s.answer("others_report_bug", Answer::Skipped, STARTED + 150);
    s.record_fix("fix_permissions", FixOutcome::Failed, STARTED + 300);
    s.record_fix("fix_force_quit", FixOutcome::Fixed, STARTED + 420);
    saved_before_codes(&s)
}

/// Silent everywhere after a drop, bottom microphone silent in Voice Memos, no headset lately; restarting
/// and cleaning did not help: the engine sends it to the shop.
pub fn technician_case() -> Session {
    let mut s = Session::new(
        "mic_whatsapp",
        DeviceProfile::FaceId,
        "2026.11.0",
        TECHNICIAN_STARTED,
    );
    let answers = [
        ("silent_everywhere", Answer::Yes),
        ("dropped_or_wet", Answer::Yes),
        ("camera_video_has_voice", Answer::No),
        ("headset_mic_works", Answer::Yes),
        ("voice_memo_bottom_ok", Answer::No),
        ("voice_memo_front_ok", Answer::Yes),
        ("debris_seen", Answer::No),
        ("headset_recently_used", Answer::No),
    ];
    for (n, (finding, answer)) in (0u64..).zip(answers) {
        s.answer(finding, answer, TECHNICIAN_STARTED + 60 * n);
    }
    s.record_fix("fix_restart", FixOutcome::Failed, TECHNICIAN_STARTED + 900);
    s.record_fix(
        "fix_clean_port",
        FixOutcome::Failed,
        TECHNICIAN_STARTED + 1_260,
    );
    saved_before_codes(&s)
}

/// `session` as saved before case codes were drawn and kept: known by the code derived from its problem
/// and start, so the golden reports keep theirs.
pub fn saved_before_codes(session: &Session) -> Session {
    let mut json = serde_json::to_value(session).unwrap();
    json.as_object_mut().unwrap().remove("code");
    Session::from_json(&json.to_string()).unwrap()
}
