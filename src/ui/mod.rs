//! The egui front end: screens and widgets over the core, which it never changes except through commands.

pub mod app;
pub mod command;
pub mod desktop;
pub mod effect;
pub mod kiosk;
pub mod phone;
pub mod prefs;
pub mod privacy;
pub mod recording;
pub mod recovery;
pub mod screens;
pub mod search;
pub mod state;
pub mod theme;
pub mod widgets;

pub use app::{MicDoctorApp, Startup};

use micdoctor_core::assets;

/// Opens the MicDoctor window: fullscreen and undecorated in kiosk mode, a normal window otherwise.
///
/// # Errors
/// When no window can be created (no display, no OpenGL).
pub fn run(startup: Startup) -> eframe::Result {
    recovery::install_panic_hook();
    let kiosk = startup.config.kiosk;
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("MicDoctor")
        .with_app_id("micdoctor")
        .with_inner_size([1100.0, 760.0])
        .with_min_inner_size([800.0, 600.0]);
    if kiosk {
        viewport = viewport.with_fullscreen(true).with_decorations(false);
    }
    if let Ok(icon) = eframe::icon_data::from_png_bytes(assets::APP_ICON_PNG) {
        viewport = viewport.with_icon(icon);
    }
    #[allow(unused_mut, reason = "changed on macOS only")]
    let mut options = eframe::NativeOptions {
        viewport,
        // The kiosk keeps nothing between runs, not even its window's place.
        persist_window: !kiosk,
        ..Default::default()
    };
    // macOS's default app menu quits on Cmd-Q before the app is asked; a kiosk has no menu.
    #[cfg(target_os = "macos")]
    if kiosk {
        options.event_loop_builder = Some(Box::new(|builder| {
            use winit::platform::macos::EventLoopBuilderExtMacOS as _;
            builder.with_default_menu(false);
        }));
    }
    eframe::run_native(
        "MicDoctor",
        options,
        Box::new(move |cc| Ok(Box::new(MicDoctorApp::launch(cc, startup)))),
    )
}
