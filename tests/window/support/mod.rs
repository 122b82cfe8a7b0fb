//! Helpers shared by the window's tests: the bundled KB, clicking as a user would, reading what is shown;
//! and, shared with the other test binaries, running the binary and saved cases with fixed times.
#![allow(dead_code, reason = "each test file uses its own subset")]

#[path = "../../../crates/micdoctor-core/tests/core/support/cases.rs"]
pub mod cases;
#[path = "../../support/cli.rs"]
pub mod cli;
pub mod desktop;
pub mod recordings;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{AccessKitNode, Queryable};
use micdoctor::ui::MicDoctorApp;
use micdoctor_core::assets::BundledIllustrations;
use micdoctor_core::kb::{self, KnowledgeBase};

pub fn kb() -> KnowledgeBase {
    kb::bundled(&BundledIllustrations).expect("bundled KB")
}

/// The display name of a KB id.
pub fn label_of(id: &str) -> String {
    kb().name_of(id)
        .unwrap_or_else(|| panic!("no name for {id}"))
        .to_owned()
}

/// Scrolls the button into view, as a user would, and clicks it.
pub fn click(harness: &mut Harness<'_, MicDoctorApp>, label: &str) {
    click_node(harness, Role::Button, label);
}

pub fn click_node(harness: &mut Harness<'_, MicDoctorApp>, role: Role, label: &str) {
    harness.get_by_role_and_label(role, label).scroll_to_me();
    harness.run();
    harness.get_by_role_and_label(role, label).click();
    harness.run();
}

/// The text a node shows: AccessKit keeps a label's text in `value`, a button's in `label`.
pub fn text_of(node: &AccessKitNode<'_>) -> Option<String> {
    if node.role() == Role::Label {
        node.value()
    } else {
        node.label()
    }
}

/// How long the app asked egui to wait before the next frame, after the last one (`Duration::MAX`:
/// not until there is input).
pub fn repaint_delay(harness: &Harness<'_, MicDoctorApp>) -> std::time::Duration {
    harness
        .output()
        .viewport_output
        .values()
        .next()
        .expect("a viewport")
        .repaint_delay
}

/// Moves the harness clock on by `seconds` (the next frames see the later time).
pub fn advance_clock(harness: &mut Harness<'_, MicDoctorApp>, seconds: f64) {
    let now = harness.ctx.input(|i| i.time);
    harness.input_mut().time = Some(now + seconds);
    harness.run();
    // Back to the harness's own clock, which moves on by a step each frame.
    harness.input_mut().time = None;
}

/// The id of the next step the engine recommends, if it is a question, a recording check or a fix
/// (navigation helper; assertions read the screen).
pub fn next_step_id(harness: &mut Harness<'_, MicDoctorApp>) -> Option<String> {
    let view = harness.state_mut().state.case_view().expect("a case");
    let model = view.model;
    match view.derived.diagnosis.next {
        micdoctor_core::engine::NextStep::Question { finding, .. } => {
            Some(model.findings[finding].id.to_string())
        }
        micdoctor_core::engine::NextStep::Measure { check, .. } => {
            Some(model.checks[check.get()].id.clone())
        }
        micdoctor_core::engine::NextStep::Fix { fix }
        | micdoctor_core::engine::NextStep::Handover { fix } => {
            Some(model.fixes[fix].id.to_string())
        }
        micdoctor_core::engine::NextStep::Done(_) => None,
    }
}

/// Passes the current card without evidence: "Not sure" for a check, "Skip the test" for the
/// microphone test, "Skip this step" for a fix, "Keep trying at home" for the hand-over to a technician.
pub fn pass_current_step(harness: &mut Harness<'_, MicDoctorApp>) {
    if harness
        .query_by_role_and_label(Role::Button, "Not sure")
        .is_some()
    {
        click(harness, "Not sure");
    } else if harness
        .query_by_role_and_label(Role::Button, "Skip the test")
        .is_some()
    {
        click(harness, "Skip the test");
    } else if harness
        .query_by_role_and_label(Role::Button, "Keep trying at home")
        .is_some()
    {
        click(harness, "Keep trying at home");
    } else {
        click(harness, "Skip this step");
    }
}

/// Passes cards until the engine recommends `id` (a check or a fix) and its card shows its title.
pub fn advance_to(harness: &mut Harness<'_, MicDoctorApp>, id: &str) {
    for _ in 0..40 {
        if next_step_id(harness).as_deref() == Some(id) {
            harness
                .get_all_by_label(&label_of(id))
                .next()
                .expect("the card shows its title");
            return;
        }
        pass_current_step(harness);
    }
    panic!("the engine never recommended {id}");
}

/// Opens the microphone journey with one symptom picked and goes on to the workspace.
pub fn open_mic_workspace(harness: &mut Harness<'_, MicDoctorApp>, symptom: &str) {
    start_mic_journey(harness);
    click(harness, &label_of(symptom));
    click(harness, "Continue with 1 picked");
}

pub fn start_mic_journey(harness: &mut Harness<'_, MicDoctorApp>) {
    click(harness, "My microphone doesn't work in WhatsApp");
    harness.get_by_label("What do you notice?");
}
