//! Profiling aid: draws the microphone workspace N times (run under `perf record`).
use egui::{RawInput, Rect, pos2};
use micdoctor::assets::BundledIllustrations;
use micdoctor::kb;
use micdoctor::session::Answer;
use micdoctor::ui::MicDoctorApp;
use micdoctor::ui::state::{Action, AppState, Screen};

fn main() {
    let ctx = egui::Context::default();
    let kb = kb::bundled(&BundledIllustrations).expect("bundled KB");
    let mut state = AppState::new(kb, "bundled".into());
    state.apply(Action::StartCase("mic_whatsapp".into()));
    state.apply(Action::ToggleSymptom("only_whatsapp_silent".into()));
    state.apply(Action::Answer("mic_switch_on".into(), Answer::No));
    state.apply(Action::Go(Screen::Workspace));
    let mut app = MicDoctorApp::from_state(&ctx, state);
    let input = || RawInput {
        screen_rect: Some(Rect::from_min_size(
            pos2(0.0, 0.0),
            egui::vec2(1100.0, 760.0),
        )),
        ..RawInput::default()
    };
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(3000);
    let start = std::time::Instant::now();
    for _ in 0..n {
        let mut output = ctx.run_ui(input(), |ui| app.draw(ui));
        let _ = ctx.tessellate(std::mem::take(&mut output.shapes), output.pixels_per_point);
        output.textures_delta.clear();
    }
    eprintln!(
        "{:.1} us/frame",
        start.elapsed().as_secs_f64() * 1e6 / n as f64
    );
}
