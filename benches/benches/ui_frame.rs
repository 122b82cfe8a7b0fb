//! One UI frame (`Context::run_ui` + tessellation, no GPU) of the diagnosis workspace at 1100 × 760,
//! measured beside one frame of egui's own demo (`egui_demo_lib::DemoWindows`) in the same run.

use criterion::{Criterion, criterion_group, criterion_main};
use egui::{RawInput, Rect, pos2};
use micdoctor::ui::MicDoctorApp;
use micdoctor::ui::command::Command;
use micdoctor::ui::state::{AppState, Screen};
use micdoctor_core::assets::BundledIllustrations;
use micdoctor_core::kb;
use micdoctor_core::session::Answer;

fn input() -> RawInput {
    RawInput {
        screen_rect: Some(Rect::from_min_size(
            pos2(0.0, 0.0),
            egui::vec2(1100.0, 760.0),
        )),
        ..RawInput::default()
    }
}

fn frame(ctx: &egui::Context, mut draw: impl FnMut(&mut egui::Ui)) {
    let mut output = ctx.run_ui(input(), |ui| draw(ui));
    let _ = ctx.tessellate(std::mem::take(&mut output.shapes), output.pixels_per_point);
    output.textures_delta.clear();
}

/// An app on the diagnosis workspace of `problem`, with one symptom picked and one check answered No.
fn workspace(
    problem: &str,
    symptom: &str,
    check: &str,
    explainer: bool,
) -> (egui::Context, MicDoctorApp) {
    let ctx = egui::Context::default();
    let mut kb = kb::bundled(&BundledIllustrations).expect("bundled KB");
    if !explainer {
        for p in &mut kb.problems {
            p.explainer = None;
        }
    }
    let mut state = AppState::new(kb, "bundled".into());
    state.apply(Command::StartCase(problem.into()));
    state.apply(Command::ToggleSymptom(symptom.into()));
    state.apply(Command::Answer(check.into(), Answer::No));
    state.apply(Command::Go(Screen::Workspace));
    let app = MicDoctorApp::from_state(&ctx, state);
    (ctx, app)
}

fn bench_app(
    group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    name: &str,
    (ctx, mut app): (egui::Context, MicDoctorApp),
) {
    // Warm up: load the pictures and settle the layout, as a real window would before the user looks.
    for _ in 0..5 {
        frame(&ctx, |ui| app.draw(ui));
    }
    group.bench_function(name, |b| b.iter(|| frame(&ctx, |ui| app.draw(ui))));
}

fn ui_frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("ui/frame_1100x760");

    // The privacy workspace with and without its explainer, and the microphone workspace (the busiest:
    // 13 causes, a 12-fix plan, a fix card), to see where the time goes.
    let privacy = workspace(
        "sensor_privacy",
        "indicator_when_idle",
        "whatsapp_call_ongoing",
        true,
    );
    bench_app(&mut group, "micdoctor_workspace", privacy);
    let no_explainer = workspace(
        "sensor_privacy",
        "indicator_when_idle",
        "whatsapp_call_ongoing",
        false,
    );
    bench_app(
        &mut group,
        "micdoctor_workspace_without_explainer",
        no_explainer,
    );
    let microphone = workspace(
        "mic_whatsapp",
        "only_whatsapp_silent",
        "mic_switch_on",
        true,
    );
    bench_app(&mut group, "micdoctor_microphone_workspace", microphone);

    let demo_ctx = egui::Context::default();
    let mut demo = egui_demo_lib::DemoWindows::default();
    for _ in 0..5 {
        frame(&demo_ctx, |ui| demo.ui(ui));
    }
    group.bench_function("egui_demo_windows", |b| {
        b.iter(|| frame(&demo_ctx, |ui| demo.ui(ui)));
    });
    group.finish();
}

criterion_group!(benches, ui_frame);
criterion_main!(benches);
