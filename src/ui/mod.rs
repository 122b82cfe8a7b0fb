//! The egui front end: screens and widgets over the core, which it never changes except through actions.

pub mod app;
pub mod screens;
pub mod search;
pub mod state;
pub mod theme;
pub mod widgets;

pub use app::MicDoctorApp;

use crate::assets;
use crate::kb::KnowledgeBase;

/// Opens the MicDoctor window on `kb`.
///
/// # Errors
/// When no window can be created (no display, no OpenGL).
pub fn run(kb: KnowledgeBase, kb_source: String) -> eframe::Result {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("MicDoctor")
        .with_app_id("micdoctor")
        .with_inner_size([1100.0, 760.0])
        .with_min_inner_size([800.0, 600.0]);
    if let Ok(icon) = eframe::icon_data::from_png_bytes(assets::APP_ICON_PNG) {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    eframe::run_native(
        "MicDoctor",
        options,
        Box::new(move |cc| Ok(Box::new(MicDoctorApp::new(cc, kb, kb_source)))),
    )
}
