//! Idle costs nothing: every screen, left alone, asks egui for no further frame (so the window sleeps
//! and uses no CPU), and a countdown asks for frames only while it runs and can be seen. This is the
//! mechanism behind `scripts/bench.sh`'s "CPU over 30 s idle" figure, checked without a clock.
use std::time::Duration;

use crate::support::{
    advance_clock, advance_to, click, kb, open_mic_workspace, repaint_delay, start_mic_journey,
};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use micdoctor::ui::MicDoctorApp;

fn app() -> Harness<'static, MicDoctorApp> {
    Harness::builder()
        .with_size(egui::vec2(1100.0, 760.0))
        .build_eframe(|cc| MicDoctorApp::new(cc, kb(), "bundled".into()))
}

/// Lets the screen settle with the pointer resting outside every widget, then checks it sleeps.
fn assert_sleeps(harness: &mut Harness<'_, MicDoctorApp>, screen: &str) {
    harness.hover_at(egui::pos2(1099.0, 759.0));
    advance_clock(harness, 5.0);
    harness.run();
    assert_eq!(
        repaint_delay(harness),
        Duration::MAX,
        "the {screen} screen keeps asking for frames with nothing happening"
    );
}

#[test]
fn every_screen_left_alone_asks_for_no_frame() {
    let mut harness = app();
    assert_sleeps(&mut harness, "start");
    start_mic_journey(&mut harness);
    assert_sleeps(&mut harness, "symptom picker");
    click(&mut harness, "Skip \u{2014} I'm not sure");
    assert_sleeps(&mut harness, "microphone workspace");
    advance_to(&mut harness, "fix_permissions");
    assert_sleeps(&mut harness, "fix card");
    click(&mut harness, "That fixed it");
    assert_sleeps(&mut harness, "outcome");
    click(&mut harness, "MicDoctor");
    click(&mut harness, "Browse all fixes");
    assert_sleeps(&mut harness, "browse");
    click(&mut harness, "Questions & answers");
    assert_sleeps(&mut harness, "questions and answers");
    click(&mut harness, "MicDoctor");
    click(
        &mut harness,
        "Is WhatsApp using my microphone or camera when I'm not?",
    );
    click(&mut harness, "Skip \u{2014} I'm not sure");
    assert_sleeps(&mut harness, "privacy workspace");
}

#[test]
fn a_countdown_asks_for_frames_only_while_it_runs_and_is_in_view() {
    let mut harness = app();
    open_mic_workspace(&mut harness, "only_whatsapp_silent");
    advance_to(&mut harness, "fix_permissions");
    click(&mut harness, "Start the 10-second timer");
    // Running and in view: a few frames a second, never a busy loop.
    let running = repaint_delay(&harness);
    assert!(
        running > Duration::from_millis(50) && running <= Duration::from_secs(1),
        "{running:?}"
    );
    // Scrolled out of view (the card back at its top), it leaves the window asleep; scrolled back, it
    // shows the time left then.
    harness.hover_at(
        harness
            .get_by_label_contains("Wait\u{2026}")
            .rect()
            .center(),
    );
    harness.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, 5000.0),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Unknown,
        modifiers: egui::Modifiers::default(),
    });
    // The scroll eases in over a few frames, the timer ticking until it leaves the view.
    harness.run_steps(10);
    let timer = harness.get_by_label_contains("Wait\u{2026}").rect();
    let pinned_bar = harness
        .get_by_role_and_label(Role::Button, "Still not working")
        .rect();
    assert!(
        timer.top() > pinned_bar.top(),
        "the timer is out of view: {timer:?}"
    );
    assert_eq!(repaint_delay(&harness), Duration::MAX);
    // Done: nothing more to count, nothing more to draw.
    advance_clock(&mut harness, 11.0);
    harness.run();
    harness.get_by_label("Time's up \u{2014} carry on");
    assert_sleeps(&mut harness, "finished countdown");
}

/// The thread pool that zbus (under AccessKit's Linux adapter) connects through lets an idle thread go
/// after half a second; blocking 1.7.0 as released kept it waking twice a second for good (see
/// patches/blocking).
#[cfg(target_os = "linux")]
#[test]
fn the_thread_pool_behind_accesskit_lets_its_idle_threads_go() {
    let pool_threads = || {
        std::fs::read_dir("/proc/self/task")
            .unwrap()
            .filter_map(|task| std::fs::read_to_string(task.ok()?.path().join("comm")).ok())
            .filter(|name| name.starts_with("blocking-"))
            .count()
    };
    let (done, finished) = std::sync::mpsc::channel();
    blocking::unblock(move || done.send(()).unwrap()).detach();
    finished.recv().unwrap();
    assert!(pool_threads() >= 1, "the task ran on a pool thread");
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while pool_threads() > 0 && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(pool_threads(), 0, "an idle pool thread stayed behind");
}
