//! Profiling aid: draws one screen N times, headless, and prints the time per frame. Run it under
//! `perf record` to see where a frame goes, or under `valgrind --tool=callgrind` (twice, with two values
//! of N) to count the instructions of one frame, a figure that does not move with the machine's load.
//!
//! `profile_frame [N] [microphone|privacy|demo]` — the microphone workspace (the busiest screen), the
//! privacy workspace with its explainer, or egui's own demo windows for reference.
use egui::{RawInput, Rect, pos2};
use micdoctor::ui::MicDoctorApp;
use micdoctor::ui::command::Command;
use micdoctor::ui::state::{AppState, Screen};
use micdoctor_core::assets::BundledIllustrations;
use micdoctor_core::kb;
use micdoctor_core::session::Answer;

/// An app on the workspace of `problem` with `symptom` picked and `check` answered No (as the bench).
fn workspace(ctx: &egui::Context, problem: &str, symptom: &str, check: &str) -> MicDoctorApp {
    let kb = kb::bundled(&BundledIllustrations).expect("bundled KB");
    let mut state = AppState::new(kb, "bundled".into());
    state.apply(Command::StartCase(problem.into()));
    state.apply(Command::ToggleSymptom(symptom.into()));
    state.apply(Command::Answer(check.into(), Answer::No));
    state.apply(Command::Go(Screen::Workspace));
    MicDoctorApp::from_state(ctx, state)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(3000);
    let screen = args.next().unwrap_or_else(|| "microphone".to_owned());
    let ctx = egui::Context::default();
    let mut draw: Box<dyn FnMut(&mut egui::Ui)> = match screen.as_str() {
        "demo" => {
            let mut demo = egui_demo_lib::DemoWindows::default();
            Box::new(move |ui| demo.ui(ui))
        }
        "privacy" => {
            let mut app = workspace(
                &ctx,
                "sensor_privacy",
                "indicator_when_idle",
                "whatsapp_call_ongoing",
            );
            Box::new(move |ui| app.draw(ui))
        }
        _ => {
            let mut app = workspace(
                &ctx,
                "mic_whatsapp",
                "only_whatsapp_silent",
                "mic_switch_on",
            );
            Box::new(move |ui| app.draw(ui))
        }
    };
    let input = || RawInput {
        screen_rect: Some(Rect::from_min_size(
            pos2(0.0, 0.0),
            egui::vec2(1100.0, 760.0),
        )),
        ..RawInput::default()
    };
    let start = std::time::Instant::now();
    for _ in 0..n {
        let mut output = ctx.run_ui(input(), |ui| draw(ui));
        let _ = ctx.tessellate(std::mem::take(&mut output.shapes), output.pixels_per_point);
        output.textures_delta.clear();
    }
    eprintln!(
        "{screen}: {:.1} us/frame",
        start.elapsed().as_secs_f64() * 1e6 / n as f64
    );
}
