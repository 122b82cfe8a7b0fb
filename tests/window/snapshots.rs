//! Pictures of what the user sees: every illustration and every kind of step card, rendered on the CPU
//! (wgpu on lavapipe) and compared with the reference PNGs in `tests/snapshots/`.
//! `UPDATE_SNAPSHOTS=1 cargo test --test snapshots` rewrites the references after a deliberate change.
use egui::{Theme, Vec2, vec2};
use egui_kittest::kittest::{NodeT, Queryable};
use egui_kittest::{Harness, SnapshotResults};
use micdoctor::ui::state::CaseUi;
use micdoctor::ui::theme;
use micdoctor::ui::widgets::{illustration::illustration, step_list::step_list};
use micdoctor_core::assets::{BundledIllustrations, ILLUSTRATIONS};
use micdoctor_core::i18n::Language;
use micdoctor_core::kb::{self, DeviceProfile, KnowledgeBase, Step, overlay};

/// Whether this machine can render snapshots. On Linux they need a Vulkan driver (Mesa's lavapipe draws
/// on the CPU). In CI (`CI` set) they always run, so a missing driver fails loudly instead of skipping.
pub(crate) fn renderer_available() -> bool {
    if std::env::var_os("CI").is_some() || !cfg!(target_os = "linux") {
        return true;
    }
    let found = std::fs::read_dir("/usr/share/vulkan/icd.d").is_ok_and(|mut d| d.next().is_some());
    if !found {
        eprintln!(
            "snapshot test skipped: no Vulkan driver. Install one to run it: apt-get install mesa-vulkan-drivers"
        );
    }
    found
}

fn kb() -> KnowledgeBase {
    kb::bundled(&BundledIllustrations).unwrap()
}

fn harness<'a>(size: Vec2, dark: bool, content: impl FnMut(&mut egui::Ui) + 'a) -> Harness<'a> {
    Harness::builder()
        .with_size(size)
        .with_theme(if dark { Theme::Dark } else { Theme::Light })
        .with_context_setup(|ctx| {
            theme::install(ctx);
            egui_extras::install_image_loaders(ctx);
        })
        .build_ui(content)
}

#[test]
fn every_illustration() {
    if !renderer_available() {
        return;
    }
    let kb = kb();
    let mut results = SnapshotResults::new();
    for (id, _) in ILLUSTRATIONS {
        let alt = kb.illustration(id).unwrap().alt.clone();
        let mut harness = harness(vec2(500.0, 320.0), false, |ui| {
            illustration(ui, id, &alt, 480.0);
        });
        harness.run();
        harness.snapshot(format!("illustration_{id}"));
        results.extend_harness(&mut harness);
    }
    results.unwrap();
}

/// The steps of a fix or test as a card shows them, for one device and theme.
fn card(
    name: &str,
    owner: &str,
    device: DeviceProfile,
    dark: bool,
    height: f32,
) -> SnapshotResults {
    card_in(Language::English, name, owner, device, dark, height)
}

/// A card in a language: the knowledge base through its overlay, the app's words from its catalog. Nothing
/// may stick out past the card's right edge (long Portuguese words must wrap, not clip).
fn card_in(
    language: Language,
    name: &str,
    owner: &str,
    device: DeviceProfile,
    dark: bool,
    height: f32,
) -> SnapshotResults {
    let kb = overlay::translate_bundled(&kb(), language);
    let steps: Vec<Step> = kb
        .fix(owner)
        .map(|f| f.steps.clone())
        .or_else(|| kb.finding(owner).map(|f| f.steps.clone()))
        .unwrap();
    let mut case_ui = CaseUi::default();
    let mut harness = harness(vec2(560.0, height), dark, |ui| {
        egui::Frame::central_panel(ui.style()).show(ui, |ui| {
            ui.set_width(540.0);
            step_list(language, ui, &kb, owner, &steps, device, &mut case_ui);
        });
    });
    harness.run();
    harness.fit_contents();
    let overflowing: Vec<String> = harness
        .query_all_by(|node| node.label().is_some() || node.value().is_some())
        .filter(|node| node.rect().right() > 561.0)
        .map(|node| format!("{:?}", node.accesskit_node().value()))
        .collect();
    assert!(overflowing.is_empty(), "{name}: clipped {overflowing:?}");
    harness.snapshot(format!("card_{name}"));
    harness.take_snapshot_results()
}

/// Checks several cards in one test, reporting every difference.
fn cards(list: &[(&str, &str, DeviceProfile, bool, f32)]) {
    if !renderer_available() {
        return;
    }
    let mut results = SnapshotResults::new();
    for &(name, owner, device, dark, height) in list {
        results.extend(card(name, owner, device, dark, height));
    }
    results.unwrap();
}

#[test]
fn a_settings_path_with_its_switch() {
    cards(&[(
        "settings_path_switch",
        "fix_permissions",
        DeviceProfile::FaceId,
        false,
        900.0,
    )]);
}

#[test]
fn a_settings_path_in_the_dark_theme() {
    cards(&[(
        "settings_path_switch_dark",
        "fix_permissions",
        DeviceProfile::FaceId,
        true,
        900.0,
    )]);
}

#[test]
fn app_switcher_gestures_per_device() {
    cards(&[
        (
            "force_quit_face_id",
            "fix_force_quit",
            DeviceProfile::FaceId,
            false,
            800.0,
        ),
        (
            "force_quit_home_button",
            "fix_force_quit",
            DeviceProfile::HomeButton,
            false,
            800.0,
        ),
    ]);
}

#[test]
fn restart_and_force_restart_with_a_timer() {
    cards(&[
        (
            "restart_face_id",
            "fix_restart",
            DeviceProfile::FaceId,
            false,
            1500.0,
        ),
        (
            "restart_home_button",
            "fix_restart",
            DeviceProfile::HomeButton,
            false,
            1500.0,
        ),
    ]);
}

#[test]
fn offload_vs_delete_comparison() {
    cards(&[(
        "offload",
        "fix_offload",
        DeviceProfile::FaceId,
        false,
        1500.0,
    )]);
}

#[test]
fn delete_steps_hidden_behind_the_backup_checkbox() {
    cards(&[(
        "reinstall_gated",
        "fix_reinstall",
        DeviceProfile::FaceId,
        false,
        1500.0,
    )]);
}

#[test]
fn microphone_tests_and_port_inspection() {
    cards(&[
        (
            "camera_video_check",
            "camera_video_has_voice",
            DeviceProfile::FaceId,
            false,
            700.0,
        ),
        (
            "bottom_mic_check",
            "voice_memo_bottom_ok",
            DeviceProfile::FaceId,
            false,
            700.0,
        ),
        (
            "clean_port",
            "fix_clean_port",
            DeviceProfile::FaceId,
            false,
            1400.0,
        ),
    ]);
}

#[test]
fn step_cards_in_portuguese_and_spanish() {
    if !renderer_available() {
        return;
    }
    let mut results = SnapshotResults::new();
    for (language, name, owner) in [
        (Language::PortugueseBrazil, "offload_pt_br", "fix_offload"),
        (
            Language::PortugueseBrazil,
            "settings_path_switch_pt_br",
            "fix_permissions",
        ),
        (Language::Spanish, "offload_es", "fix_offload"),
        (
            Language::Spanish,
            "settings_path_switch_es",
            "fix_permissions",
        ),
    ] {
        results.extend(card_in(
            language,
            name,
            owner,
            DeviceProfile::FaceId,
            false,
            1500.0,
        ));
    }
    results.unwrap();
}

#[test]
fn recording_indicators_and_control_center() {
    cards(&[
        (
            "call_ongoing",
            "whatsapp_call_ongoing",
            DeviceProfile::FaceId,
            false,
            800.0,
        ),
        (
            "control_center",
            "control_center_names_whatsapp",
            DeviceProfile::FaceId,
            false,
            800.0,
        ),
    ]);
}
