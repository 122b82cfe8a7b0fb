//! The floor for any eframe app: the smallest window with MicDoctor's eframe features and renderer (glow).
//! `scripts/bench.sh` times it beside MicDoctor. With `MICDOCTOR_EXIT_AFTER_FIRST_FRAME=1` it closes as soon
//! as its first frame has been presented, like MicDoctor does.

fn main() -> eframe::Result {
    let exit_after_first_frame =
        std::env::var_os("MICDOCTOR_EXIT_AFTER_FIRST_FRAME").is_some_and(|v| v == "1");
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("hello")
            .with_inner_size([1100.0, 760.0]),
        ..Default::default()
    };
    let mut frames = 0_u32;
    eframe::run_ui_native("hello", options, move |ui, _frame| {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("Hello");
        });
        frames += 1;
        if exit_after_first_frame {
            // The first frame is presented once this pass returns; close on the next one.
            if frames == 1 {
                ui.ctx().request_repaint();
            } else {
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    })
}
