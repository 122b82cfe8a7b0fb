//! How long the App Privacy Report takes in the window, headless: a generated week (2 MB) and a 10 MB
//! report are read on a worker thread as the app reads them, while the window keeps drawing frames (the
//! worst frame meanwhile is printed: the window stays responsive), then the report becomes evidence and
//! the window with its timeline is drawn. Prints, for each, the time from "open" to the drawn timeline.
//! Target: under half a second (docs/privacy-report.md).
//!
//! `cargo run --release -p micdoctor-benches --example privacy_window_timing`
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use egui::{RawInput, Rect, pos2};
use micdoctor::ui::MicDoctorApp;
use micdoctor::ui::command::Command;
use micdoctor::ui::state::{AppState, Screen};
use micdoctor_core::assets::BundledIllustrations;
use micdoctor_core::kb;
use micdoctor_core::privacy_report::read_report;

#[path = "../benches/support/synthetic_report.rs"]
mod synthetic_report;

fn main() {
    let dir = std::env::temp_dir().join(format!("micdoctor-privacy-timing-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    for (megabytes, uses) in [(2, 400), (10, 2000)] {
        let path = dir.join(format!("App_Privacy_Report_{megabytes}MB.ndjson"));
        let mut bytes = Vec::new();
        synthetic_report::write_report(&mut bytes, megabytes * 1_000_000, uses, 7)
            .expect("written");
        std::fs::write(&path, &bytes).expect("written");
        measure(&path, megabytes);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

fn measure(path: &Path, megabytes: u64) {
    let ctx = egui::Context::default();
    let kb = kb::bundled(&BundledIllustrations).expect("bundled KB");
    let mut state = AppState::new(kb, "bundled".into());
    state.apply(Command::StartCase("sensor_privacy".into()));
    state.apply(Command::Go(Screen::Workspace));
    let case_id = state.case_id();
    let mut app = MicDoctorApp::from_state(&ctx, state);
    let input = || RawInput {
        screen_rect: Some(Rect::from_min_size(
            pos2(0.0, 0.0),
            egui::vec2(1100.0, 760.0),
        )),
        ..RawInput::default()
    };
    let frame = |app: &mut MicDoctorApp| {
        let started = Instant::now();
        let mut output = ctx.run_ui(input(), |ui| app.draw(ui));
        let _ = ctx.tessellate(std::mem::take(&mut output.shapes), output.pixels_per_point);
        started.elapsed()
    };
    frame(&mut app);
    let opened = Instant::now();
    let owned = path.to_owned();
    let reading = std::thread::spawn(move || read_report(&owned));
    let mut worst = Duration::ZERO;
    let mut frames = 0;
    while !reading.is_finished() {
        worst = worst.max(frame(&mut app));
        frames += 1;
    }
    let report = reading
        .join()
        .expect("the reader")
        .expect("the report reads");
    let read = opened.elapsed();
    app.state.apply(Command::PrivacyReportRead {
        case_id,
        file: path
            .file_name()
            .expect("a file name")
            .to_string_lossy()
            .into_owned(),
        report: Arc::new(report),
    });
    app.state.refresh();
    let first = frame(&mut app);
    let drawn = opened.elapsed();
    println!(
        "{megabytes:>2} MB: read {:>4} ms (window drew {frames} frames meanwhile, the worst {:.1} ms), \
         first frame with the timeline {:.1} ms, open to drawn {:>4} ms (target < 500 ms)",
        read.as_millis(),
        worst.as_secs_f64() * 1e3,
        first.as_secs_f64() * 1e3,
        drawn.as_millis()
    );
}
