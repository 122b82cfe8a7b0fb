//! The App Privacy Report in the window, as a person uses it: read a week's report into the privacy
//! journey (chosen in the dialog, or dropped), see WhatsApp's uses on the timeline and in words, mark when
//! the dot was seen, tick the uses they recognise, and watch the ranking move; a file that is not a report
//! is refused in words with the case unchanged.
use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use micdoctor::ui::app::MicDoctorApp;
use micdoctor::ui::desktop::file_dialog::Picked;

use crate::support::click;
use crate::support::desktop::{Scripted, desktop};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("crates/micdoctor-core/tests/fixtures/privacy")
        .join(name)
}

/// Opens the privacy journey with no symptom picked.
fn privacy_workspace(harness: &mut Harness<'_, MicDoctorApp>) {
    click(
        harness,
        "Is WhatsApp using my microphone or camera when I'm not?",
    );
    click(harness, "Skip \u{2014} I'm not sure");
}

/// Runs frames until the report being read has come in (the reading thread wakes the window).
fn settle(harness: &mut Harness<'_, MicDoctorApp>) {
    for _ in 0..3000 {
        harness.run();
        let read = harness
            .state()
            .state
            .session
            .as_ref()
            .is_some_and(|s| s.privacy_report().is_some());
        if read || harness.state().state.notice.is_some() {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("the report was still being read after 30 s");
}

/// The percent the ranking's row for `cause` reads out ("Something else: 12%").
fn shown_percent(harness: &Harness<'_, MicDoctorApp>, cause: &str) -> u32 {
    let name = crate::support::kb().cause(cause).unwrap().name.clone();
    let prefix = format!("{name}: ");
    let row = harness
        .get_all_by_role(Role::DisclosureTriangle)
        .filter_map(|n| n.accesskit_node().label())
        .find(|label| label.starts_with(&prefix))
        .expect("the cause has a row");
    row[prefix.len()..].trim_end_matches('%').parse().unwrap()
}

#[test]
fn a_weeks_report_shows_whatsapps_uses_and_moves_the_ranking_as_uses_are_recognised() {
    let dialogs = Scripted::default();
    let mut harness = desktop(&dialogs);
    privacy_workspace(&mut harness);
    let before = shown_percent(&harness, "unexplained_access");
    dialogs.then(Picked::Path(fixture("whatsapp_night.ndjson")));
    click(&mut harness, "Read App Privacy Report\u{2026}");
    settle(&mut harness);
    // The window: the file's name, the timeline, what it shows in words, the privacy sentence.
    harness.get_by_label("whatsapp_night.ndjson");
    harness.get_by_label_contains("Timeline of microphone and camera use from ");
    harness.get_by_label("WhatsApp used the microphone 3 times (the longest: 40 min).");
    harness.get_by_label("One use was at night (00:00\u{2013}06:00).");
    harness.get_by_label("3 uses are not ticked as recognised.");
    harness.get_by_label_contains("keeps only WhatsApp's uses");
    // Nothing recognised yet: three uses nobody explained raise "unexplained access".
    let unexplained = shown_percent(&harness, "unexplained_access");
    assert!(unexplained > before, "{before} → {unexplained}");
    // Tick every use but the one at night: what is left is the 03:00 use.
    let boxes: Vec<String> = harness
        .get_all_by_role(Role::CheckBox)
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    assert_eq!(boxes.len(), 3, "{boxes:?}");
    for label in boxes.iter().filter(|l| !l.contains(" 03:")) {
        harness.get_by_role_and_label(Role::CheckBox, label).click();
        harness.run();
    }
    harness.get_by_label("One use is not ticked as recognised.");
    let one_left = shown_percent(&harness, "unexplained_access");
    // Every use recognised: nothing left to explain, and the worry falls below where it started.
    let night = boxes.iter().find(|l| l.contains(" 03:")).unwrap();
    harness.get_by_role_and_label(Role::CheckBox, night).click();
    harness.run();
    harness.get_by_label("You recognised every one of WhatsApp's 3 uses.");
    let none_left = shown_percent(&harness, "unexplained_access");
    assert!(
        none_left < before && none_left < one_left,
        "{before} {one_left} {none_left}"
    );
    // The case keeps WhatsApp's uses and which were recognised; the history says so.
    let session = harness.state().state.session.clone().unwrap();
    let kept = session.privacy_report().unwrap();
    assert_eq!((kept.uses.len(), kept.recognised.len()), (3, 3));
    harness.get_by_label("Read an App Privacy Report: 3 WhatsApp uses, 3 recognised");
}

#[test]
fn marking_the_moment_names_the_other_apps_then() {
    let dialogs = Scripted::default();
    let mut harness = desktop(&dialogs);
    privacy_workspace(&mut harness);
    dialogs.then(Picked::Path(fixture("marked_moment.ndjson")));
    click(&mut harness, "Read App Privacy Report\u{2026}");
    settle(&mut harness);
    let field = harness.get_by_role_and_label(Role::TextInput, "Date and time (phone's clock)");
    field.click();
    field.type_text("2025-09-04 21:15");
    harness.run();
    click(&mut harness, "Mark this moment");
    harness.get_by_label(
        "At Thu 4 Sep 21:15, when you saw the dot, WhatsApp was using the microphone or camera.",
    );
    harness.get_by_label(
        "Other apps using the microphone or camera then: com.apple.VoiceMemos, com.burbn.instagram.",
    );
    let session = harness.state().state.session.clone().unwrap();
    let kept = session.privacy_report().unwrap();
    assert_eq!(
        kept.other_apps_at_mark,
        ["com.apple.VoiceMemos", "com.burbn.instagram"]
    );
    // Another app at that moment makes "a different app" more likely than before the mark.
    let other = crate::support::kb()
        .cause("other_app_using")
        .unwrap()
        .name
        .clone();
    let derived = harness.state().state.derived().unwrap();
    let top = &derived.report.causes[0];
    assert!(
        top.name == other || top.probability < 0.9,
        "{:?}",
        derived.report.causes
    );
    // Closing the window keeps the evidence; the button brings it back.
    harness
        .get_by_role_and_label(Role::Button, "Close window")
        .click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("Timeline of microphone")
            .is_none()
    );
    click(&mut harness, "App Privacy Report");
    harness.get_by_label_contains("Timeline of microphone and camera use from ");
}

/// Clicks the timeline where `hour:minute:second` of its one day (Thursday 4 September, +01:00) is drawn:
/// the plot starts `LABEL_WIDTH` right of the timeline's left edge and spans the day from 00:00 to 24:00.
fn click_timeline_at(harness: &mut Harness<'_, MicDoctorApp>, hour: u32, minute: u32, second: u32) {
    let rect = harness
        .get_by_label_contains("Timeline of microphone and camera use from ")
        .rect();
    let left = rect.left() + micdoctor::ui::privacy::timeline::LABEL_WIDTH;
    let share = f64::from(hour * 3600 + minute * 60 + second) / 86_400.0;
    let at = egui::pos2(left + (rect.right() - left) * share as f32, rect.center().y);
    // Pointer onto it, then pressed and released in one frame, as `Node::click` does at a node's centre.
    harness.hover_at(at);
    harness.run();
    harness.drag_at(at);
    harness.drop_at(at);
    harness.run();
}

/// The mark the case keeps, as "HH:MM:SS" on the phone's clock, and the answers it gives.
fn kept_mark(harness: &Harness<'_, MicDoctorApp>) -> (Option<String>, Vec<(&'static str, bool)>) {
    let session = harness.state().state.session.clone().unwrap();
    let kept = session.privacy_report().unwrap();
    let mark = kept.mark.map(|at| {
        let at =
            at.to_offset(micdoctor_core::privacy_report::UtcOffset::from_hms(1, 0, 0).unwrap());
        format!("{:02}:{:02}:{:02}", at.hour(), at.minute(), at.second())
    });
    (mark, kept.answers())
}

/// A click on the timeline marks that moment (`MarkPrivacyMoment`): what the report shows at it, the
/// answers the case takes from it and the ranking change with it, and another click moves it.
#[test]
fn clicking_the_timeline_marks_the_moment_and_the_findings_follow() {
    let dialogs = Scripted::default();
    let mut harness = desktop(&dialogs);
    privacy_workspace(&mut harness);
    dialogs.then(Picked::Path(fixture("marked_moment.ndjson")));
    click(&mut harness, "Read App Privacy Report\u{2026}");
    settle(&mut harness);
    // Nothing marked: nothing said about a moment, no answer about one.
    let (mark, answers) = kept_mark(&harness);
    assert_eq!(mark, None);
    assert_eq!(answers, [("apr_unrecognised_use", true)]);
    assert!(
        harness
            .query_by_label_contains("when you saw the dot, WhatsApp")
            .is_none()
    );
    let ranking = |harness: &Harness<'_, MicDoctorApp>| {
        let derived = harness.state().state.derived().unwrap();
        derived
            .report
            .causes
            .iter()
            .map(|c| (c.name.clone(), (c.probability * 1000.0).round()))
            .collect::<Vec<_>>()
    };
    let unmarked = ranking(&harness);

    // In the middle of WhatsApp's minute on the camera at 22:00, with no other app then.
    click_timeline_at(&mut harness, 22, 0, 30);
    let (mark, answers) = kept_mark(&harness);
    let mark = mark.expect("the click marked a moment");
    assert!(mark.starts_with("22:00:"), "{mark}");
    assert_eq!(
        answers,
        [
            ("apr_unrecognised_use", true),
            ("apr_whatsapp_at_mark", true),
            ("apr_other_app_at_mark", false)
        ]
    );
    harness.get_by_label(
        "At Thu 4 Sep 22:00, when you saw the dot, WhatsApp was using the microphone or camera.",
    );
    harness.get_by_label("No other app was using the microphone or camera then.");
    // The typed field shows the clicked moment, and the history says a mark was made.
    assert_eq!(
        harness
            .get_by_role_and_label(Role::TextInput, "Date and time (phone's clock)")
            .value()
            .as_deref(),
        Some("2025-09-04 22:00")
    );
    let at_whatsapp = ranking(&harness);
    assert_ne!(at_whatsapp, unmarked, "the mark moves the ranking");

    // Noon: nothing was using the microphone or camera then.
    click_timeline_at(&mut harness, 12, 0, 0);
    let (mark, answers) = kept_mark(&harness);
    let noon = mark.as_deref().unwrap();
    assert!(
        noon.starts_with("12:00:") || noon.starts_with("11:59:"),
        "{noon}"
    );
    assert_eq!(
        answers,
        [
            ("apr_unrecognised_use", true),
            ("apr_whatsapp_at_mark", false),
            ("apr_other_app_at_mark", false)
        ]
    );
    harness.get_by_label_contains(
        "when you saw the dot, WhatsApp was not using the microphone or camera.",
    );
    assert!(
        harness
            .query_by_label_contains("WhatsApp was using the microphone or camera.")
            .is_none()
    );
    assert_ne!(
        ranking(&harness),
        at_whatsapp,
        "the ranking follows the mark"
    );

    // A click on the rows' names marks nothing: the mark stays at noon.
    let names = harness
        .get_by_label_contains("Timeline of microphone and camera use from ")
        .rect()
        .left_center()
        + egui::vec2(20.0, 0.0);
    harness.hover_at(names);
    harness.run();
    harness.drag_at(names);
    harness.drop_at(names);
    harness.run();
    assert_eq!(kept_mark(&harness).0, mark);
}

/// A dropped file that is not a report is refused in words; the case is unchanged.
#[test]
fn a_file_that_is_not_a_report_is_refused_in_words() {
    let dialogs = Scripted::default();
    let mut harness = desktop(&dialogs);
    privacy_workspace(&mut harness);
    harness
        .input_mut()
        .dropped_files
        .push(Arc::new(Dropped(fixture("old_beta.ndjson"))));
    harness.run();
    settle(&mut harness);
    let notice = harness.state().state.notice.clone().unwrap();
    assert!(
        notice
            .text(micdoctor_core::i18n::Language::English)
            .contains("from a test version of iOS 15"),
        "{notice:?}"
    );
    assert!(
        harness
            .state()
            .state
            .session
            .as_ref()
            .unwrap()
            .history
            .is_empty()
    );
}

#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}
