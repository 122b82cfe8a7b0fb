//! The desktop app's menus and files, driven headless: File › Open knowledge base (good, broken, no dialog
//! available), Save report, View › text size, Help › About and shortcuts, "Resume your last case?", and a
//! fault that sends the app back to the start with the case offered back.
use std::path::{Path, PathBuf};

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use micdoctor_core::kb::BUNDLED_JSON;
use micdoctor_core::session::{Answer, Session};

use crate::support::desktop::{Scripted, desktop, menu};
use crate::support::{advance_to, click, click_node, kb, open_mic_workspace};
use micdoctor::ui::desktop::file_dialog::Picked;
use micdoctor::ui::state::{AppState, Screen};

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("micdoctor-desktop-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The bundled KB's JSON changed by `edit`, written to `dir/name`.
fn kb_file(dir: &Path, name: &str, edit: impl FnOnce(&mut serde_json::Value)) -> PathBuf {
    let mut value: serde_json::Value = serde_json::from_str(BUNDLED_JSON).unwrap();
    edit(&mut value);
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_string_pretty(&value).unwrap()).unwrap();
    path
}

#[test]
fn opening_a_broken_kb_keeps_the_old_one_and_lists_every_problem() {
    let dir = temp_dir("broken");
    let broken = kb_file(&dir, "broken.json", |kb| {
        kb["causes"][0]["prior"] = serde_json::json!(-0.2);
        kb["fixes"][0]["cost_minutes"] = serde_json::json!(-3);
    });
    let dialogs = Scripted::default();
    dialogs.then(Picked::Path(broken.clone()));
    let mut harness = desktop(&dialogs);
    open_mic_workspace(&mut harness, "only_whatsapp_silent");
    menu(&mut harness, "File", "Open knowledge base\u{2026}");

    harness.get_by_label("This knowledge base can't be used");
    harness.get_by_label("MicDoctor is still using bundled.");
    harness.get_by_label_contains(&format!("2 problems found in {}", broken.display()));
    harness.get_by_label_contains("$.causes[0].prior");
    harness.get_by_label_contains("$.fixes[0].cost_minutes");
    // Nothing changed underneath: same KB, same case.
    let state = &harness.state().state;
    assert_eq!(state.kb_source(), "bundled");
    assert!(state.session.is_some());
    click(&mut harness, "Close");
    assert!(
        harness
            .query_by_label("This knowledge base can't be used")
            .is_none()
    );
    assert_eq!(harness.state().state.screen, Screen::Workspace);

    // Not JSON at all: one problem, with its line and column.
    let garbage = dir.join("garbage.json");
    std::fs::write(&garbage, "{ \"kb_version\": ").unwrap();
    dialogs.then(Picked::Path(garbage));
    menu(&mut harness, "File", "Open knowledge base\u{2026}");
    harness.get_by_label_contains("1 problem found in");
    harness.get_by_label_contains("line 1, column");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn opening_a_good_kb_replaces_the_old_one_and_ends_the_case() {
    let dir = temp_dir("good");
    let good = kb_file(&dir, "shop.json", |kb| {
        kb["title"] = serde_json::json!("Shop edition");
    });
    let dialogs = Scripted::default();
    dialogs.then(Picked::Path(good.clone()));
    let mut harness = desktop(&dialogs);
    open_mic_workspace(&mut harness, "only_whatsapp_silent");
    menu(&mut harness, "File", "Open knowledge base\u{2026}");
    let state = &harness.state().state;
    assert_eq!(state.kb.title, "Shop edition");
    assert_eq!(state.kb_source(), good.display().to_string());
    assert!(state.session.is_none());
    assert_eq!(state.screen, Screen::Start);
    harness.get_by_label_contains("Opened \u{201c}Shop edition\u{201d}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn without_a_file_dialog_the_user_types_the_path() {
    let dir = temp_dir("typed");
    let good = kb_file(&dir, "typed.json", |kb| {
        kb["title"] = serde_json::json!("Typed in");
    });
    let dialogs = Scripted::default();
    dialogs.then(Picked::Unavailable).then(Picked::Cancelled);
    let mut harness = desktop(&dialogs);
    menu(&mut harness, "File", "Open knowledge base\u{2026}");
    harness.get_by_label_contains("No file dialog can be shown on this computer");
    let field = harness.get_by_role(Role::TextInput);
    field.click();
    field.type_text(&good.display().to_string());
    harness.run();
    click(&mut harness, "Open");
    assert_eq!(harness.state().state.kb.title, "Typed in");
    assert!(harness.query_by_label_contains("No file dialog").is_none());

    // A real cancel does nothing at all.
    menu(&mut harness, "File", "Open knowledge base\u{2026}");
    assert!(harness.query_by_label_contains("No file dialog").is_none());
    assert!(
        harness
            .state()
            .state
            .notice
            .as_ref()
            .is_some_and(|n| !n.is_problem)
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn save_report_writes_the_format_the_file_name_asks_for() {
    let dir = temp_dir("reports");
    let dialogs = Scripted::default();
    let html = dir.join("case.html");
    let markdown = dir.join("case.md");
    let json = dir.join("case.json");
    dialogs
        .then(Picked::Path(html.clone()))
        .then(Picked::Path(markdown.clone()))
        .then(Picked::Path(json.clone()));
    let mut harness = desktop(&dialogs);
    open_mic_workspace(&mut harness, "only_whatsapp_silent");
    advance_to(&mut harness, "fix_permissions");
    click(&mut harness, "That fixed it");
    let code = harness.state().state.session.as_ref().unwrap().case_code();

    click(&mut harness, "Save report\u{2026}");
    harness.get_by_label_contains(&format!("Report saved to {}", html.display()));
    assert_eq!(
        dialogs.offered_names.lock().unwrap()[0],
        format!("micdoctor-case-{code}.html")
    );
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"), "{}", &page[..80]);
    assert!(page.contains(&code));

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run();
    let text = std::fs::read_to_string(&markdown).unwrap();
    assert!(text.starts_with("# "), "{}", &text[..80]);
    assert!(text.contains(&code));

    // Mid-case, from the menu.
    click(&mut harness, "Back to the diagnosis");
    menu(&mut harness, "File", "Save report\u{2026}");
    let data: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(data["case_code"], code.as_str());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_report_that_cannot_be_written_says_so() {
    let dialogs = Scripted::default();
    dialogs.then(Picked::Path(PathBuf::from("/proc/no-such-dir/case.html")));
    let mut harness = desktop(&dialogs);
    open_mic_workspace(&mut harness, "only_whatsapp_silent");
    menu(&mut harness, "File", "Save report\u{2026}");
    harness.get_by_label_contains("The report could not be saved to /proc/no-such-dir/case.html");
}

#[test]
fn save_report_needs_a_case() {
    let dialogs = Scripted::default();
    let mut harness = desktop(&dialogs);
    click(&mut harness, "File");
    assert!(
        harness
            .get_by_label_contains("Save report\u{2026}")
            .accesskit_node()
            .is_disabled()
    );
}

#[test]
fn view_text_size_and_theme() {
    let dialogs = Scripted::default();
    let mut harness = desktop(&dialogs);
    menu(&mut harness, "View", "Large");
    assert!((harness.ctx.zoom_factor() - 1.15).abs() < 1e-6);
    menu(&mut harness, "View", "Dark");
    assert_eq!(
        harness.ctx.options(|o| o.theme_preference),
        egui::ThemePreference::Dark
    );
    // The menu reads the zoom, so a keyboard zoom shows as no preset chosen, then Normal again.
    harness.ctx.set_zoom_factor(1.0);
    harness.run();
    click(&mut harness, "View");
    assert!(
        harness
            .get_by_role_and_label(Role::RadioButton, "Normal")
            .accesskit_node()
            .is_selected()
            .unwrap_or(false)
            || harness
                .get_by_role_and_label(Role::RadioButton, "Normal")
                .accesskit_node()
                .toggled()
                .is_some_and(|t| t == egui::accesskit::Toggled::True)
    );
}

#[test]
fn help_about_and_keyboard_shortcuts() {
    let dialogs = Scripted::default();
    let mut harness = desktop(&dialogs);
    menu(&mut harness, "Help", "About MicDoctor");
    harness.get_by_label(&format!("Version {}", env!("CARGO_PKG_VERSION")));
    let kb = kb();
    harness.get_by_label(&kb.kb_version);
    harness.get_by_label(&kb.title);
    harness.get_by_label("Built into MicDoctor (knowledge/iphone-whatsapp.json)");
    click(&mut harness, "Close");

    harness.key_press(egui::Key::F1);
    harness.run();
    harness.get_by_label("Keyboard shortcuts");
    harness.get_by_label("Ctrl+O");
    harness.get_by_label("Open a knowledge base");
    harness.get_by_label("Back one screen, or close a dialog");
    // Esc closes the dialog and does not also go back a screen.
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.query_by_label("Keyboard shortcuts").is_none());
}

/// Esc that closes an open menu closes only the menu: the screen stays where it was.
#[test]
fn escape_closes_a_menu_without_going_back_a_screen() {
    let dialogs = Scripted::default();
    let mut harness = desktop(&dialogs);
    open_mic_workspace(&mut harness, "only_whatsapp_silent");
    assert_eq!(harness.state().state.screen, Screen::Workspace);
    click(&mut harness, "View");
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert_eq!(harness.state().state.screen, Screen::Workspace);
    // With no menu open, Esc still goes back a screen.
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert_eq!(harness.state().state.screen, Screen::Symptoms);
}

#[test]
fn an_unfinished_case_is_offered_back_never_restored_silently() {
    let dialogs = Scripted::default();
    let mut harness = desktop(&dialogs);
    let mut case = Session::new(
        "mic_whatsapp",
        micdoctor_core::kb::DeviceProfile::HomeButton,
        "x",
        5,
    );
    case.answer("only_whatsapp_silent", Answer::Yes, 6);
    case.answer("camera_video_has_voice", Answer::Yes, 7);
    harness
        .state_mut()
        .state
        .offer_resume(case.clone())
        .unwrap();
    harness.run();
    assert!(
        harness.state().state.session.is_none(),
        "not restored silently"
    );
    harness.get_by_label("Resume your last case?");
    harness.get_by_label_contains(&format!("2 answers so far, case code {}", case.case_code()));
    click(&mut harness, "Resume");
    let state = &harness.state().state;
    assert_eq!(state.screen, Screen::Workspace);
    assert_eq!(state.session.as_ref().unwrap().history, case.history);
    assert_eq!(
        state.device(),
        micdoctor_core::kb::DeviceProfile::HomeButton
    );

    // Discarding is for good.
    let mut harness = desktop(&dialogs);
    harness.state_mut().state.offer_resume(case).unwrap();
    harness.run();
    click(&mut harness, "Discard it");
    assert!(harness.query_by_label("Resume your last case?").is_none());
    assert!(harness.state().state.unfinished_case().is_none());
}

#[test]
fn a_case_that_does_not_fit_the_kb_is_not_offered() {
    let mut state = AppState::new(kb(), "bundled".into());
    let mut case = Session::new(
        "mic_whatsapp",
        micdoctor_core::kb::DeviceProfile::FaceId,
        "x",
        5,
    );
    case.answer("no_such_finding", Answer::Yes, 6);
    assert!(state.offer_resume(case).is_err());
    assert!(state.resumable.is_none());
}

#[test]
fn a_fault_goes_back_to_the_start_and_offers_the_case_back() {
    let dialogs = Scripted::default();
    let mut harness = desktop(&dialogs);
    open_mic_workspace(&mut harness, "only_whatsapp_silent");
    harness
        .state_mut()
        .simulate_fault_next_frame("plan column broke");
    harness.run();
    harness.get_by_label_contains("Something went wrong, so MicDoctor went back to the start");
    harness.get_by_label_contains("plan column broke");
    harness.get_by_label("Resume your last case?");
    click(&mut harness, "Resume");
    assert_eq!(harness.state().state.screen, Screen::Workspace);
    click_node(&mut harness, Role::Button, "Dismiss");
}
