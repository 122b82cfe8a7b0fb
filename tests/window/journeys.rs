//! Every user journey of the desktop app, driven headless through real frames with `egui_kittest`:
//! click by label, read what the user would read.
use crate::support::{
    advance_to, click, click_node, kb, label_of, open_mic_workspace, pass_current_step,
    start_mic_journey, text_of,
};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use micdoctor::ui::MicDoctorApp;
use micdoctor::ui::state::Screen;
use micdoctor_core::kb::DeviceProfile;

fn app_at(size: egui::Vec2) -> Harness<'static, MicDoctorApp> {
    Harness::builder()
        .with_size(size)
        .build_eframe(|cc| MicDoctorApp::new(cc, kb(), "bundled".into()))
}

fn app() -> Harness<'static, MicDoctorApp> {
    app_at(egui::vec2(1100.0, 760.0))
}

/// The app on the microphone workspace, "Works in other apps, not in WhatsApp" picked.
fn mic_workspace() -> Harness<'static, MicDoctorApp> {
    let mut harness = app();
    open_mic_workspace(&mut harness, "only_whatsapp_silent");
    harness
}

/// The cause names in the order the ranking column shows them (from the "name: NN%" labels).
fn ranking(harness: &Harness<'_, MicDoctorApp>) -> Vec<String> {
    harness
        .query_all_by(|node| text_of(node).is_some_and(|l| l.ends_with('%') && l.contains(": ")))
        .map(|node| {
            let text = text_of(&node.accesskit_node()).unwrap_or_default();
            text.rsplit_once(": ")
                .map(|(name, _)| name.to_owned())
                .unwrap_or_default()
        })
        .collect()
}

/// Opens the first cause's "Why?" section: the whole cause row is its disclosure ("name: NN%").
fn open_first_why(harness: &mut Harness<'_, MicDoctorApp>) {
    harness
        .query_all_by(|node| {
            node.role() == Role::DisclosureTriangle
                && node.label().is_some_and(|l| l.ends_with('%'))
        })
        .next()
        .unwrap()
        .click();
    harness.run();
}

/// Opens a collapsible section by its exact title.
fn open_section(harness: &mut Harness<'_, MicDoctorApp>, title: &str) {
    click_node(harness, Role::DisclosureTriangle, title);
}

/// Nothing readable sticks out past the right edge of the window (clipped text, overflowing columns).
fn assert_fits_width(harness: &Harness<'_, MicDoctorApp>) {
    let width = harness.ctx.content_rect().width();
    let overflowing: Vec<String> = harness
        .query_all_by(|node| text_of(node).is_some())
        .filter(|node| node.rect().right() > width + 1.0)
        .map(|node| {
            format!(
                "{:?} ends at x = {}",
                text_of(&node.accesskit_node()),
                node.rect().right()
            )
        })
        .collect();
    assert!(
        overflowing.is_empty(),
        "past the right edge ({width} px): {overflowing:#?}"
    );
}

/// Opens the privacy journey and skips the symptom picker.
fn start_privacy_workspace(harness: &mut Harness<'_, MicDoctorApp>) {
    click(
        harness,
        "Is WhatsApp using my microphone or camera when I'm not?",
    );
    click(harness, "Skip \u{2014} I'm not sure");
}

#[test]
fn journey_1_start_offers_both_journeys_device_and_browse() {
    let mut harness = app();
    harness.get_by_label("What's going on with your iPhone?");
    harness.get_by_role_and_label(Role::Button, "My microphone doesn't work in WhatsApp");
    harness.get_by_role_and_label(
        Role::Button,
        "Is WhatsApp using my microphone or camera when I'm not?",
    );
    harness.get_by_role_and_label(Role::Button, "Browse all fixes");
    harness.get_by_role_and_label(Role::Button, "Questions & answers");
    // The iPhone type: shown compactly with a hint, and changeable.
    harness.get_by_label_contains("No Home button below the screen");
    click(&mut harness, "Home button");
    assert_eq!(harness.state().state.device(), DeviceProfile::HomeButton);
    harness.get_by_label_contains("A round Home button sits below the screen");
}

#[test]
fn journey_2_symptom_picker_groups_filters_and_toggles() {
    let mut harness = app();
    start_mic_journey(&mut harness);
    for group in [
        "What you notice",
        "When it started",
        "Accessories and settings",
    ] {
        harness.get_by_label(group);
    }
    // Nothing picked: skipping is fine.
    harness.get_by_role_and_label(Role::Button, "Skip \u{2014} I'm not sure");
    // The filter narrows the chips.
    let filter = harness.get_by_role(Role::TextInput);
    filter.click();
    filter.type_text("headset");
    harness.run();
    harness.get_by_label(&label_of("headset_recently_used"));
    assert!(harness.query_by_label(&label_of("storage_full")).is_none());
    // Toggle a chip on and off, then on again.
    let chip = label_of("headset_recently_used");
    click(&mut harness, &chip);
    assert!(
        harness
            .query_by_label_contains("Continue with 1 picked")
            .is_some()
    );
    click(&mut harness, &chip);
    assert!(harness.query_by_label_contains("Continue with").is_none());
    click(&mut harness, &chip);
    click(&mut harness, "Continue with 1 picked");
    assert_eq!(harness.state().state.screen, Screen::Workspace);
    assert_eq!(ranking(&harness)[0], label_of("audio_route_stuck"));
}

#[test]
fn journey_3_workspace_updates_live_and_undo_restores_the_ranking() {
    let mut harness = mic_workspace();
    // Three columns, the recommended card, a plan with the time at home and the shop apart.
    harness.get_by_label("Most likely causes");
    harness.get_by_label("Your plan");
    harness.get_by_label_contains("At home: about ");
    harness.get_by_label_contains("Repair shop: ");
    let before = ranking(&harness);
    assert_eq!(before[0], label_of("mic_permission_off"));
    // The engine asks a quick check or question first; answered "No", the ranking moves at once.
    let first = crate::support::next_step_id(&mut harness).unwrap();
    let finding = kb().finding(&first).unwrap().clone();
    harness.get_by_label(&finding.label);
    click(&mut harness, "No");
    let after = ranking(&harness);
    assert_eq!(after[0], label_of("mic_permission_off"));
    assert_ne!(
        before, after,
        "the answer must move the ranking in the same frame"
    );
    // The history lists the answer in words; Undo brings the previous ranking back.
    let history_line = finding.no_statement.clone();
    harness.get_by_label(&history_line);
    let undo_buttons = harness
        .get_all_by_role_and_label(Role::Button, "Undo")
        .count();
    assert_eq!(undo_buttons, 2);
    undo_newest(&mut harness);
    assert_eq!(ranking(&harness), before);
    assert!(harness.query_by_label(&history_line).is_none());
}

#[test]
fn journey_3_why_explains_the_evidence_in_words() {
    let mut harness = mic_workspace();
    let statement = kb()
        .finding("only_whatsapp_silent")
        .unwrap()
        .yes_statement
        .clone();
    assert_eq!(
        harness.get_all_by_label(&statement).count(),
        1,
        "only the history says it before"
    );
    open_first_why(&mut harness);
    harness.get_by_label("up:");
    assert_eq!(
        harness.get_all_by_label(&statement).count(),
        2,
        "the why section says it too"
    );
}

#[test]
fn journey_3_fix_card_steps_timer_and_outcome_buttons() {
    let mut harness = mic_workspace();
    advance_to(&mut harness, "fix_permissions");
    harness.get_by_role_and_label(Role::Button, "That fixed it");
    harness.get_by_role_and_label(Role::Button, "Still not working");
    // The Settings path is drawn as breadcrumbs, read out as one path.
    assert!(
        harness
            .query_all_by_label_contains("WhatsApp \u{203a} Microphone")
            .count()
            >= 1
    );
    // "Wait 10 seconds" is a countdown.
    click(&mut harness, "Start the 10-second timer");
    harness.get_by_label_contains("Wait\u{2026}");
    for _ in 0..50 {
        harness.step();
    }
    harness.run();
    harness.get_by_label("Time's up \u{2014} carry on");
    // A failed fix leaves the plan.
    click(&mut harness, "Still not working");
    let plan_titles: Vec<String> = harness
        .state()
        .state
        .session
        .as_ref()
        .unwrap()
        .history
        .iter()
        .map(|e| format!("{e:?}"))
        .collect();
    assert!(
        plan_titles
            .iter()
            .any(|e| e.contains("fix_permissions") && e.contains("Failed"))
    );
}

#[test]
fn journey_3_delete_steps_stay_hidden_until_the_backup_is_ticked() {
    let mut harness = app();
    click(&mut harness, "Browse all fixes");
    let title = harness
        .get_by_label_contains(&label_of("fix_reinstall"))
        .accesskit_node()
        .label()
        .unwrap_or_default();
    open_section(&mut harness, &title);
    let gate = kb()
        .fix("fix_reinstall")
        .unwrap()
        .steps
        .iter()
        .find_map(|s| s.confirm_before.clone())
        .unwrap();
    let hidden_step = kb()
        .fix("fix_reinstall")
        .unwrap()
        .steps
        .iter()
        .find(|s| s.confirm_before.is_some())
        .unwrap()
        .text_for(DeviceProfile::FaceId)
        .to_owned();
    harness.get_by_label("The next steps appear once you tick the box above.");
    assert!(harness.query_by_label(&hidden_step).is_none());
    click_node(&mut harness, Role::CheckBox, &gate);
    harness.get_by_label(&hidden_step);
}

#[test]
fn journey_4_outcome_fixed_then_start_over() {
    let mut harness = mic_workspace();
    advance_to(&mut harness, "fix_permissions");
    click(&mut harness, "That fixed it");
    harness.get_by_label(&format!(
        "Fixed by \u{201c}{}\u{201d}",
        label_of("fix_permissions")
    ));
    harness.get_by_label("What happened");
    harness.get_by_label_contains(&format!("Most likely: {}", label_of("mic_permission_off")));
    // A finished case has its outcome: Start over begins the next one without asking.
    click(&mut harness, "Start over");
    assert!(harness.query_by_label("Start a new case?").is_none());
    harness.get_by_label("What's going on with your iPhone?");
    assert!(harness.state().state.session.is_none());
}

/// An unfinished case is never discarded silently: the workspace's Start over asks first, and "Keep this
/// case" keeps it.
#[test]
fn start_over_on_an_unfinished_case_asks_first() {
    let mut harness = mic_workspace();
    click(&mut harness, "No");
    click(&mut harness, "Start over");
    harness.get_by_label("Start a new case?");
    click(&mut harness, "Keep this case");
    assert!(harness.state().state.session.is_some());
    click(&mut harness, "Start over");
    click(&mut harness, "Start a new case");
    harness.get_by_label("What's going on with your iPhone?");
    assert!(harness.state().state.session.is_none());
}

/// The plan rows as the plan column shows them, top to bottom ("1. Title (5 min)").
fn plan_rows(harness: &Harness<'_, MicDoctorApp>) -> Vec<String> {
    let mut rows: Vec<(f32, String)> = harness
        .query_all_by(|node| {
            text_of(node).is_some_and(|l| {
                l.split_once(". ")
                    .is_some_and(|(n, rest)| n.parse::<usize>().is_ok() && rest.ends_with(" min)"))
            })
        })
        .map(|node| {
            (
                node.rect().top(),
                text_of(&node.accesskit_node()).unwrap_or_default(),
            )
        })
        .collect();
    rows.sort_by(|a, b| a.0.total_cmp(&b.0));
    rows.into_iter().map(|(_, text)| text).collect()
}

/// Answers the current card as a phone with a dead bottom microphone would: each question by the
/// knowledge base's P(yes | bottom microphone damaged), each home fix "Still not working". Returns the
/// minutes the step took a person.
fn answer_as_a_dead_bottom_microphone(harness: &mut Harness<'_, MicDoctorApp>) -> f64 {
    let id = crate::support::next_step_id(harness).unwrap();
    let kb = kb();
    if let Some(check) = kb.recording_check("mic_whatsapp", &id) {
        // The microphone test: the Voice Memo from the dead bottom microphone is silent, the two
        // videos clear.
        crate::support::recordings::make_the_microphone_test(
            harness,
            ["silent.m4a", "clean.mov", "clean.mov"],
        );
        return check.as_step.as_ref().unwrap().cost_minutes;
    }
    if let Some(finding) = kb.finding(&id) {
        let p = finding
            .likelihoods
            .get("mic_bottom_fault")
            .copied()
            .unwrap_or(finding.default_likelihood);
        click(harness, if p > 0.5 { "Yes" } else { "No" });
        finding.cost_minutes
    } else {
        click(harness, "Still not working");
        kb.fix(&id).unwrap().cost_minutes
    }
}

/// Presses the history's first Undo (the newest entry), scrolled into view as a user would.
fn undo_newest(harness: &mut Harness<'_, MicDoctorApp>) {
    harness
        .get_all_by_role_and_label(Role::Button, "Undo")
        .next()
        .unwrap()
        .scroll_to_me();
    harness.run();
    harness
        .get_all_by_role_and_label(Role::Button, "Undo")
        .next()
        .unwrap()
        .click();
    harness.run();
}

/// Picks "Silent in every app" and "After a drop or water" and opens the workspace.
fn open_dropped_phone(harness: &mut Harness<'_, MicDoctorApp>) {
    start_mic_journey(harness);
    click(harness, &label_of("silent_everywhere"));
    click(harness, &label_of("dropped_or_wet"));
    click(harness, "Continue with 2 picked");
}

#[test]
fn journey_4_a_dropped_phone_is_handed_over_with_why_and_what_to_tell() {
    let mut harness = app();
    open_dropped_phone(&mut harness);
    // Every card the way a broken bottom microphone answers, until the card is the hand-over.
    let mut minutes = 0.0;
    let mut shown = Vec::new();
    for _ in 0..15 {
        if harness
            .query_by_role_and_label(Role::Button, "Keep trying at home")
            .is_some()
        {
            break;
        }
        shown.push(crate::support::next_step_id(&mut harness).unwrap());
        minutes += answer_as_a_dead_bottom_microphone(&mut harness);
    }
    assert!(
        minutes <= 15.0,
        "sent to the shop after at most a quarter of an hour of checks and fixes, not {minutes}: {shown:?}"
    );
    // The microphone test came before the shop: its result is what the technician needs.
    assert!(
        shown.iter().any(|id| id == "each_microphone"),
        "no microphone test before the shop: {shown:?}"
    );
    // The card names each test's result in a technician's words, the bottom microphone's failure
    // among them.
    harness.get_by_label("Microphone tests");
    let results: Vec<String> = harness
        .state()
        .state
        .derived()
        .unwrap()
        .tests
        .lines(micdoctor_core::i18n::Language::English);
    assert!(
        results
            .iter()
            .any(|line| line.starts_with("Bottom microphone: fail")),
        "{results:?}"
    );
    for line in &results {
        harness.get_by_label(line);
    }
    assert!(
        harness
            .query_by_label_contains("which tests failed")
            .is_none(),
        "the card never asks to tell results nobody measured"
    );
    // The card is the hand-over: the shop, why in words, what to tell them, the case code.
    harness.get_by_label_contains("REPAIR SHOP");
    let title = label_of("fix_repair_service");
    harness.get_by_role_and_label(Role::Label, &title);
    let top = label_of("mic_bottom_fault");
    let why = text_of(
        &harness
            .get_by_label_contains("Why now: Your answers point to")
            .accesskit_node(),
    )
    .unwrap_or_default();
    assert!(why.contains(&format!("\u{201c}{top}\u{201d} (")), "{why}");
    assert!(why.contains("the home fixes left have"), "{why}");
    harness.get_by_label("Tell them");
    for finding in ["silent_everywhere", "dropped_or_wet"] {
        // Once in the history column, once under "Tell them" on the card.
        let statement = kb().finding(finding).unwrap().yes_statement.clone();
        assert_eq!(
            harness.get_all_by_label(&statement).count(),
            2,
            "{statement}"
        );
    }
    let code = harness.state().state.session.as_ref().unwrap().case_code();
    harness.get_by_label(&format!("Case code: {code}"));
    // The ranking column says it is hardware; the plan column ends with the hand-over.
    harness.get_by_label("This looks like a hardware fault");
    let rows = plan_rows(&harness);
    // The hand-over's minutes: the visit, plus the shop's diagnosis the tests leave (90 + 60 · (1 − P)).
    let shop_minutes = harness.state().state.derived().unwrap().report.plan[0].minutes;
    assert!((90.0..=150.0).contains(&shop_minutes), "{shop_minutes}");
    assert!(
        rows.last()
            .is_some_and(|row| row.contains(&format!(". {title} ({shop_minutes} min)"))),
        "{rows:?}"
    );
    assert_eq!(
        rows.iter().filter(|row| row.contains(&title)).count(),
        1,
        "{rows:?}"
    );
    // Its button opens the technician outcome.
    harness
        .get_all_by_role_and_label(Role::Button, "Take it to a technician")
        .last()
        .unwrap()
        .click();
    harness.run();
    assert_eq!(harness.state().state.screen, Screen::Outcome);
    harness.get_by_role_and_label(Role::Label, "Take it to a technician");
    // The outcome names each test's result too.
    harness.get_by_label("Microphone tests");
    for line in &results {
        harness.get_by_label(line);
    }
    harness.get_by_label("Tell them");
    harness.get_by_label(&format!("Case code: {code}"));
    // The same code as a QR code, for the shop's scanner, named for screen readers.
    harness.get_by_role_and_label(
        Role::Image,
        &format!("QR code of case {code}, for the shop's scanner"),
    );
    click(&mut harness, "Back to the diagnosis");
    assert_eq!(harness.state().state.screen, Screen::Workspace);
    // Declining the shop is a choice the history keeps, and Undo takes it back.
    let entries = harness
        .state()
        .state
        .session
        .as_ref()
        .unwrap()
        .history
        .len();
    click(&mut harness, "Keep trying at home");
    harness.get_by_label(&format!("Skipped \u{201c}{title}\u{201d}"));
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Keep trying at home")
            .is_none()
    );
    assert!(plan_rows(&harness).iter().all(|row| !row.contains(&title)));
    undo_newest(&mut harness);
    assert_eq!(
        harness
            .state()
            .state
            .session
            .as_ref()
            .unwrap()
            .history
            .len(),
        entries
    );
    harness.get_by_role_and_label(Role::Button, "Keep trying at home");
}

/// After a drop, silent in every app: the first card is the microphone test, with what it saves at the
/// shop. Made with three takes (a silent Voice Memo, two clear videos), it ends on "the bottom
/// microphone fails" and is not proposed again; skipped instead, the history says so and Undo brings the
/// card back.
#[test]
fn journey_4_a_dropped_phone_is_asked_for_the_microphone_test_first() {
    let mut harness = app();
    open_dropped_phone(&mut harness);
    assert_eq!(
        crate::support::next_step_id(&mut harness).as_deref(),
        Some("each_microphone")
    );
    let base = kb();
    let check = base
        .recording_check("mic_whatsapp", "each_microphone")
        .unwrap();
    harness.get_by_label("MICROPHONE TEST \u{b7} about 4 min");
    harness.get_by_role_and_label(Role::Label, &check.title);
    harness.get_by_label(&check.summary);
    harness.get_by_label_contains("spares the repair shop its own diagnosis");
    harness.get_by_role_and_label(Role::Button, "Start the test");

    // Skipped: said in the history, and Undo brings the card back.
    click(&mut harness, "Skip the test");
    harness.get_by_label("Skipped \u{201c}Test each microphone\u{201d}");
    assert_ne!(
        crate::support::next_step_id(&mut harness).as_deref(),
        Some("each_microphone")
    );
    undo_newest(&mut harness);
    assert_eq!(
        crate::support::next_step_id(&mut harness).as_deref(),
        Some("each_microphone")
    );

    // Made: three takes, one outcome, and the case moves on.
    crate::support::recordings::make_the_microphone_test(
        &mut harness,
        ["silent.m4a", "clean.mov", "clean.mov"],
    );
    assert_ne!(
        crate::support::next_step_id(&mut harness).as_deref(),
        Some("each_microphone")
    );
    let state = &harness.state().state;
    let session = state.session.as_ref().unwrap();
    let model = micdoctor_core::engine::ProblemModel::from_kb(&base, "mic_whatsapp").unwrap();
    let evidence = session.evidence(&model).unwrap();
    let shown: Vec<&str> = evidence
        .observations
        .iter()
        .filter(|o| {
            o.yes
                && model.findings[o.finding.get()]
                    .id
                    .as_str()
                    .starts_with("mics_")
        })
        .map(|o| model.findings[o.finding.get()].id.as_str())
        .collect();
    assert_eq!(shown, ["mics_bottom_fails"]);
    // The ranking now leads with the bottom microphone.
    assert_eq!(ranking(&harness)[0], label_of("mic_bottom_fault"));
}

/// Every check passed with "Not sure" and every fix skipped until the shop: the hand-over card and the
/// outcome say plainly that no microphone test was run, and which ones the shop should run first.
#[test]
fn journey_4_a_hand_over_without_a_test_says_none_was_run() {
    let mut harness = app();
    open_dropped_phone(&mut harness);
    for _ in 0..40 {
        if harness
            .query_by_role_and_label(Role::Button, "Keep trying at home")
            .is_some()
        {
            break;
        }
        let id = crate::support::next_step_id(&mut harness).unwrap();
        if kb().finding(&id).is_some() {
            click(&mut harness, "Not sure");
        } else if kb().recording_check("mic_whatsapp", &id).is_some() {
            click(&mut harness, "Skip the test");
        } else {
            click(&mut harness, "Still not working");
        }
    }
    harness.get_by_role_and_label(Role::Button, "Keep trying at home");
    let none = harness
        .get_by_label_contains("No microphone test was run. Ask the shop to run these first: ");
    let text = text_of(&none.accesskit_node()).unwrap_or_default();
    assert!(text.contains("Test each microphone"), "{text}");
    for test in ["voice_memo_bottom_ok", "voice_memo_front_ok"] {
        assert!(text.contains(&label_of(test)), "{text}");
    }
    harness
        .get_all_by_role_and_label(Role::Button, "Take it to a technician")
        .last()
        .unwrap()
        .click();
    harness.run();
    assert_eq!(harness.state().state.screen, Screen::Outcome);
    harness.get_by_label(&text);
}

/// The shop's card before and after an answer: undoing the answer that led to the hand-over brings the
/// check back, and the plan with it.
#[test]
fn journey_4_undo_takes_back_the_hand_over() {
    let mut harness = app();
    open_dropped_phone(&mut harness);
    for _ in 0..15 {
        if harness
            .query_by_role_and_label(Role::Button, "Keep trying at home")
            .is_some()
        {
            break;
        }
        answer_as_a_dead_bottom_microphone(&mut harness);
    }
    harness.get_by_role_and_label(Role::Button, "Keep trying at home");
    let last = match &harness
        .state()
        .state
        .session
        .as_ref()
        .unwrap()
        .history
        .last()
        .unwrap()
        .event
    {
        micdoctor_core::session::Event::Answer { finding, .. } => finding.to_string(),
        micdoctor_core::session::Event::Fix { fix, .. } => fix.to_string(),
        micdoctor_core::session::Event::Recording { measurement, .. } => measurement.file.clone(),
        micdoctor_core::session::Event::PrivacyReport { .. } => String::new(),
        micdoctor_core::session::Event::CheckSkipped { check } => check.clone(),
    };
    // Newest first: the first Undo takes back the step that led to the shop, and its card is back.
    undo_newest(&mut harness);
    assert!(
        harness
            .query_by_role_and_label(Role::Button, "Keep trying at home")
            .is_none()
    );
    assert!(
        harness
            .query_by_label("This looks like a hardware fault")
            .is_none()
    );
    assert_eq!(
        crate::support::next_step_id(&mut harness),
        Some(last.clone())
    );
    harness.get_by_role_and_label(Role::Label, &label_of(&last));
}

#[test]
fn journey_4_the_hand_over_card_fits_a_narrow_window() {
    let mut harness = app_at(egui::vec2(800.0, 600.0));
    open_dropped_phone(&mut harness);
    for _ in 0..15 {
        assert_fits_width(&harness);
        if harness
            .query_by_role_and_label(Role::Button, "Keep trying at home")
            .is_some()
        {
            break;
        }
        answer_as_a_dead_bottom_microphone(&mut harness);
    }
    harness.get_by_label_contains("Why now: ");
    assert_fits_width(&harness);
}

/// The why lines the card shows, from the engine's branches: (answer word, line).
fn why_lines(harness: &mut Harness<'_, MicDoctorApp>) -> Vec<(bool, String)> {
    let view = harness.state_mut().state.case_view().unwrap();
    let model = view.model;
    let kb = kb();
    let micdoctor_core::engine::NextStep::Question { finding, .. } = view.derived.diagnosis.next
    else {
        panic!("not a question");
    };
    let finding = kb.finding(&model.findings[finding].id).unwrap();
    view.derived
        .diagnosis
        .branches
        .iter()
        .map(|branch| {
            let statement = if branch.yes {
                &finding.yes_statement
            } else {
                &finding.no_statement
            };
            let then = match branch.then {
                micdoctor_core::engine::NextStep::Question { finding, .. } => {
                    let f = kb.finding(&model.findings[finding].id).unwrap();
                    match f.kind {
                        micdoctor_core::kb::FindingKind::Test
                        | micdoctor_core::kb::FindingKind::Measurement => {
                            format!("next, check \u{201c}{}\u{201d}", f.label)
                        }
                        micdoctor_core::kb::FindingKind::Symptom => {
                            format!("next, the question \u{201c}{}\u{201d}", f.label)
                        }
                    }
                }
                micdoctor_core::engine::NextStep::Measure { check, .. } => format!(
                    "next, check \u{201c}{}\u{201d}",
                    kb.recording_check(&model.problem, &model.checks[check.get()].id)
                        .unwrap()
                        .title
                ),
                micdoctor_core::engine::NextStep::Fix { fix } => format!(
                    "next, try \u{201c}{}\u{201d}",
                    kb.fix(&model.fixes[fix].id).unwrap().title
                ),
                micdoctor_core::engine::NextStep::Handover { fix } => format!(
                    "straight to \u{201c}{}\u{201d}",
                    kb.fix(&model.fixes[fix].id).unwrap().title
                ),
                micdoctor_core::engine::NextStep::Done(_) => {
                    "nothing more to try at home".to_owned()
                }
            };
            (branch.yes, format!("{statement} \u{2014} {then}."))
        })
        .collect()
}

#[test]
fn journey_3_a_check_card_says_why_it_asks_and_where_each_answer_leads() {
    let mut harness = mic_workspace();
    advance_to(&mut harness, "mic_switch_on");
    harness.get_by_label_contains("QUICK CHECK");
    harness.get_by_label("Why we ask");
    let lines = why_lines(&mut harness);
    assert_eq!(
        lines.iter().map(|(yes, _)| *yes).collect::<Vec<_>>(),
        [true, false],
        "both answers are explained"
    );
    let finding = kb().finding("mic_switch_on").unwrap().clone();
    for (yes, line) in &lines {
        // The answer word beside its line, in the words of the knowledge base.
        harness.get_by_label(line);
        let statement = if *yes {
            &finding.yes_statement
        } else {
            &finding.no_statement
        };
        assert!(line.starts_with(statement.as_str()), "{line}");
    }
    // The why comes before the check's steps, so it is read first.
    let why = harness.get_by_label("Why we ask").rect();
    let first_step = &finding.steps[0];
    let step = harness
        .get_all_by_label_contains(first_step.text_for(DeviceProfile::FaceId))
        .next()
        .unwrap()
        .rect();
    assert!(why.top() < step.top());
}

#[test]
fn journey_3_a_symptom_asked_in_the_workspace_reads_as_a_question() {
    let mut harness = app();
    start_mic_journey(&mut harness);
    click(&mut harness, "Skip \u{2014} I'm not sure");
    // With nothing told, the microphone test comes first (it tells a phone-wide fault from WhatsApp's
    // own); skipped, the card asks about a symptom.
    assert_eq!(
        crate::support::next_step_id(&mut harness).as_deref(),
        Some("each_microphone")
    );
    click(&mut harness, "Skip the test");
    let id = crate::support::next_step_id(&mut harness).unwrap();
    let finding = kb().finding(&id).unwrap().clone();
    assert_eq!(
        finding.kind,
        micdoctor_core::kb::FindingKind::Symptom,
        "{id}"
    );
    // A question, not a check: its label, the question itself above the answers, why it is asked.
    let seconds = (finding.cost_minutes * 60.0).round();
    harness.get_by_label(&format!("QUICK QUESTION \u{b7} about {seconds} seconds"));
    harness.get_by_role_and_label(Role::Label, &finding.label);
    harness.get_by_label(&finding.question);
    harness.get_by_label("Why we ask");
    assert!(harness.query_by_label_contains("QUICK CHECK").is_none());
    for (_, line) in why_lines(&mut harness) {
        harness.get_by_label(&line);
    }
}

/// What the card says an answer leads to is the card that answer brings.
#[test]
fn journey_3_a_check_card_keeps_its_word() {
    let mut harness = mic_workspace();
    for _ in 0..6 {
        let Some(id) = crate::support::next_step_id(&mut harness) else {
            break;
        };
        if kb().finding(&id).is_none() {
            break;
        }
        let lines = why_lines(&mut harness);
        let (yes, line) = lines.last().unwrap().clone();
        click(&mut harness, if yes { "Yes" } else { "No" });
        // The title in “…” at the end of the line is on the card now.
        let promised = line
            .rsplit_once('\u{201c}')
            .and_then(|(_, rest)| rest.split_once('\u{201d}'))
            .map(|(title, _)| title.to_owned());
        if let Some(title) = promised {
            assert!(
                harness
                    .query_by_role_and_label(Role::Label, &title)
                    .is_some(),
                "promised {title:?} after {line:?}"
            );
        }
    }
}

#[test]
fn journey_5_privacy_workspace_with_the_explainer() {
    let mut harness = app();
    start_privacy_workspace(&mut harness);
    let explainer = kb()
        .problem("sensor_privacy")
        .unwrap()
        .explainer
        .clone()
        .unwrap();
    harness.get_by_label(&explainer.title);
    harness.get_by_label(&explainer.sections[0].points[0]);
    harness.get_by_label("Most likely causes");
    // The first check is a quick one; answering "yes, a call is going" puts the call on top.
    advance_to(&mut harness, "whatsapp_call_ongoing");
    click(&mut harness, "Yes");
    assert_eq!(ranking(&harness)[0], label_of("active_call_or_note"));
}

#[test]
fn journey_6_browse_fixes_and_faq_are_searchable() {
    let mut harness = app();
    click(&mut harness, "Browse all fixes");
    for fix in &kb().fixes {
        harness.get_by_label_contains(&fix.title);
    }
    let search = harness.get_by_role(Role::TextInput);
    search.click();
    search.type_text("offload");
    harness.run();
    harness.get_by_label_contains(&label_of("fix_offload"));
    assert!(
        harness
            .query_by_label_contains(&label_of("fix_clean_port"))
            .is_none()
    );
    click(&mut harness, "Questions & answers");
    let faq = kb()
        .faq
        .iter()
        .find(|f| {
            f.question.to_lowercase().contains("offload")
                || f.answer.to_lowercase().contains("offload")
        })
        .cloned()
        .unwrap();
    harness.get_by_label(&faq.question);
    harness.get_by_label(&faq.answer);
    click(&mut harness, "Back");
    harness.get_by_label("What's going on with your iPhone?");
}

#[test]
fn the_device_changes_the_steps_shown() {
    let mut harness = app();
    click(&mut harness, "Browse all fixes");
    let fix = kb().fix("fix_restart").unwrap().clone();
    let step = fix
        .steps
        .iter()
        .find(|s| !s.variants.is_empty())
        .unwrap()
        .clone();
    let header = harness
        .get_by_label_contains(&fix.title)
        .accesskit_node()
        .label()
        .unwrap();
    open_section(&mut harness, &header);
    harness.get_by_label(step.text_for(DeviceProfile::FaceId));
    click(&mut harness, "Home button");
    harness.get_by_label(step.text_for(DeviceProfile::HomeButton));
}

#[test]
fn every_screen_fits_the_window_at_both_sizes() {
    for size in [egui::vec2(1100.0, 760.0), egui::vec2(800.0, 600.0)] {
        for journey in [
            "My microphone doesn't work in WhatsApp",
            "Is WhatsApp using my microphone or camera when I'm not?",
        ] {
            let mut harness = app_at(size);
            assert_fits_width(&harness);
            click(&mut harness, journey);
            assert_fits_width(&harness);
            click(&mut harness, "Skip \u{2014} I'm not sure");
            assert_fits_width(&harness);
            open_first_why(&mut harness);
            assert_fits_width(&harness);
        }
        let mut harness = app_at(size);
        click(&mut harness, "Browse all fixes");
        assert_fits_width(&harness);
        click(&mut harness, "Questions & answers");
        assert_fits_width(&harness);
    }
}

#[test]
fn narrow_window_stacks_the_workspace_with_the_next_step_first() {
    let mut harness = app_at(egui::vec2(800.0, 600.0));
    start_mic_journey(&mut harness);
    click(&mut harness, "Skip \u{2014} I'm not sure");
    harness.get_by_label("Most likely causes");
    harness.get_by_label("Your plan");
    // The card (with nothing told, the microphone test) comes before the ranking.
    let card = harness.get_by_label_contains("MICROPHONE TEST").rect();
    let causes = harness.get_by_label("Most likely causes").rect();
    assert!(
        card.top() < causes.top(),
        "the next step comes first when stacked"
    );
}

#[test]
fn escape_goes_back_one_screen() {
    let mut harness = app();
    start_mic_journey(&mut harness);
    click(&mut harness, "Skip \u{2014} I'm not sure");
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert_eq!(harness.state().state.screen, Screen::Symptoms);
}

#[test]
fn journey_5_privacy_outcome_without_a_fix_is_not_a_repair_shop() {
    let mut harness = app();
    start_privacy_workspace(&mut harness);
    for _ in 0..30 {
        if harness.state().state.screen == Screen::Outcome {
            break;
        }
        pass_current_step(&mut harness);
    }
    harness.get_by_label("Nothing more to try at home");
    harness.get_by_label("What you found");
    assert!(harness.query_by_label("Take it to a technician").is_none());
    // For next time: App Privacy Report, with the steps to turn it on.
    harness.get_by_label("Next time: let the iPhone keep a record");
    harness.get_by_label_contains("Turn on App Privacy Report");
}

/// "No call was going on", then the close-WhatsApp card: its words never assume a call is still going.
/// Switching access off that fixed it says how to switch it back on and what stops working until then,
/// and the outcome names App Privacy Report for next time.
#[test]
fn journey_5_the_privacy_cards_keep_their_word_and_remind_what_to_switch_back_on() {
    let mut harness = app();
    start_privacy_workspace(&mut harness);
    crate::support::advance_to(&mut harness, "whatsapp_call_ongoing");
    click(&mut harness, "No");
    for _ in 0..10 {
        let id = crate::support::next_step_id(&mut harness).unwrap();
        if id == "fix_end_call" {
            let fix = kb().fix("fix_end_call").unwrap().clone();
            for text in [&fix.title, &fix.summary, &fix.steps[0].text] {
                assert!(
                    !text.contains("still going and") && !text.contains("that's still going"),
                    "{text}"
                );
            }
            harness.get_by_label(&fix.title);
        }
        if id == "fix_revoke_permission" {
            break;
        }
        crate::support::pass_current_step(&mut harness);
    }
    crate::support::advance_to(&mut harness, "fix_revoke_permission");
    click(&mut harness, "That fixed it");
    assert_eq!(harness.state().state.screen, Screen::Outcome);
    harness.get_by_label("Now that it worked");
    harness.get_by_label_contains(
        "To use WhatsApp's calls and voice notes again, turn its Microphone switch back on",
    );
    harness.get_by_label_contains("no calls, voice notes or videos");
    harness.get_by_label("Next time: let the iPhone keep a record");
}

#[test]
fn keyboard_alone_opens_a_journey() {
    let mut harness = app();
    // Tab through the top bar to the first journey card, then press Enter.
    for _ in 0..12 {
        harness.key_press(egui::Key::Tab);
        harness.run();
        let focused = harness
            .query_by_role_and_label(Role::Button, "My microphone doesn't work in WhatsApp")
            .is_some_and(|n| n.is_focused());
        if focused {
            break;
        }
    }
    harness.key_press(egui::Key::Enter);
    harness.run();
    harness.get_by_label("What do you notice?");
}

#[test]
fn a_new_case_never_shows_the_previous_cases_diagnosis() {
    let mut harness = app();
    open_mic_workspace(&mut harness, "silent_everywhere");
    let first = ranking(&harness);
    click(&mut harness, "MicDoctor");
    harness.get_by_role_and_label(Role::Button, "Continue your case");
    open_mic_workspace(&mut harness, "only_whatsapp_silent");
    let second = ranking(&harness);
    assert_eq!(second[0], label_of("mic_permission_off"));
    assert_ne!(first, second);
}

#[test]
fn going_back_from_the_symptoms_keeps_a_case_with_answers() {
    let mut harness = app();
    open_mic_workspace(&mut harness, "voice_note_flat");
    click(&mut harness, "Change symptoms");
    click(&mut harness, "Back");
    assert_eq!(harness.state().state.screen, Screen::Workspace);
    assert_eq!(
        harness
            .state()
            .state
            .session
            .as_ref()
            .unwrap()
            .history
            .len(),
        1
    );
}

/// The cause rows of the ranking column, top to bottom: each is one disclosure named "cause: NN%".
fn cause_rows<'h>(harness: &'h Harness<'_, MicDoctorApp>) -> Vec<egui_kittest::Node<'h>> {
    harness
        .query_all_by(|node| {
            node.role() == Role::DisclosureTriangle
                && node.label().is_some_and(|l| l.ends_with('%'))
        })
        .collect()
}

fn is_expanded(node: &egui_kittest::Node<'_>) -> Option<bool> {
    node.accesskit_node().data().is_expanded()
}

#[test]
fn journey_3_every_cause_reaches_a_screen_reader_even_scrolled_out_of_view() {
    let mut harness = mic_workspace();
    let expected: Vec<String> = harness
        .state_mut()
        .state
        .case_view()
        .unwrap()
        .derived
        .report
        .causes
        .iter()
        .map(|c| c.name.clone())
        .collect();
    assert_eq!(ranking(&harness), expected);
    let severities = ["minor", "moderate", "serious"];
    let window = harness.ctx.content_rect();
    let rows = cause_rows(&harness);
    let last = rows.last().unwrap();
    assert!(
        last.rect().top() > window.bottom(),
        "the last cause is below the window: {:?}",
        last.rect()
    );
    for row in &rows {
        let severity = row.accesskit_node().description().unwrap_or_default();
        assert!(severities.contains(&severity.as_str()), "{severity:?}");
        assert_eq!(is_expanded(row), Some(false));
    }
    // A screen reader can open a cause that is out of view.
    let name = expected.last().unwrap().clone();
    last.click_accesskit();
    harness.run();
    let explanation = kb()
        .causes
        .iter()
        .find(|c| c.name == name)
        .unwrap()
        .explanation
        .clone();
    harness.get_by_label(&explanation);
    assert_eq!(
        is_expanded(cause_rows(&harness).last().unwrap()),
        Some(true)
    );
}

#[test]
fn journey_3_a_cause_row_opens_its_why_by_click_and_by_keyboard() {
    let mut harness = mic_workspace();
    let explanation = kb()
        .cause("mic_permission_off")
        .unwrap()
        .explanation
        .clone();
    assert!(harness.query_by_label(&explanation).is_none());
    // A click anywhere on the row opens it; a second click closes it.
    cause_rows(&harness)[0].click();
    harness.run();
    harness.get_by_label(&explanation);
    assert_eq!(is_expanded(&cause_rows(&harness)[0]), Some(true));
    cause_rows(&harness)[0].click();
    harness.run();
    assert!(harness.query_by_label(&explanation).is_none());
    assert_eq!(is_expanded(&cause_rows(&harness)[0]), Some(false));
    // Focused from the keyboard, Enter opens it.
    cause_rows(&harness)[0].focus();
    harness.run();
    harness.key_press(egui::Key::Enter);
    harness.run();
    harness.get_by_label(&explanation);
}

#[test]
fn journey_3_plan_rows_read_as_one_line_and_tell_their_chance() {
    let mut harness = mic_workspace();
    let first_fix = harness
        .state_mut()
        .state
        .case_view()
        .unwrap()
        .derived
        .report
        .plan[0]
        .clone();
    // Minutes a person spends, never the optimiser's weight.
    let minutes = kb().fix(&first_fix.id).unwrap().cost_minutes;
    assert!((first_fix.minutes - minutes).abs() < 1e-9);
    let line = format!("1. {} ({minutes} min)", first_fix.title);
    let row = harness.get_by_label(&line);
    // The chance it works is the row's description (what a screen reader adds) and its tooltip.
    let chance = format!(
        "{}% chance it works if you get to it",
        (first_fix.success_probability * 100.0).round()
    );
    assert_eq!(row.accesskit_node().description(), Some(chance.clone()));
    row.hover();
    for _ in 0..60 {
        harness.step();
    }
    harness.run();
    harness.get_by_label(&chance);
}

#[test]
fn journey_3_a_tip_is_read_out_with_its_heading() {
    let mut harness = mic_workspace();
    advance_to(&mut harness, "fix_permissions");
    let tip = kb()
        .fix("fix_permissions")
        .unwrap()
        .steps
        .iter()
        .find_map(|s| s.tip.clone())
        .unwrap();
    harness.get_by_label(&format!("Tip: {tip}"));
}

/// A new card opens at its top: scrolled down to read a long card's last step, then answered, the next
/// card's title is in view at the top of its column, not hidden above it.
#[test]
fn journey_3_each_new_card_opens_at_its_top() {
    // "Others can't hear me on calls": the first card is a check with steps, long enough to scroll.
    let mut harness = app();
    open_mic_workspace(&mut harness, "call_others_cant_hear");
    let first = crate::support::next_step_id(&mut harness).unwrap();
    assert_eq!(first, "mic_switch_on");
    let column_top = harness
        .get_all_by_label(&label_of(&first))
        .next()
        .unwrap()
        .rect()
        .top();
    // Scroll the card down with the mouse wheel, as a reader would.
    let over_card = harness
        .get_all_by_label(&label_of(&first))
        .next()
        .unwrap()
        .rect()
        .center()
        + egui::vec2(0.0, 120.0);
    harness
        .input_mut()
        .events
        .push(egui::Event::PointerMoved(over_card));
    harness.run();
    for _ in 0..4 {
        harness.input_mut().events.push(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -150.0),
            modifiers: egui::Modifiers::NONE,
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
        });
        harness.run();
    }
    for _ in 0..10 {
        harness.run();
    }
    let scrolled = harness
        .query_all_by_label(&label_of(&first))
        .next()
        .map_or(f32::NEG_INFINITY, |n| n.rect().top());
    assert!(
        scrolled < column_top - 50.0,
        "the card did not scroll: {scrolled} vs {column_top}"
    );
    click(&mut harness, "No");
    let next = crate::support::next_step_id(&mut harness).unwrap();
    assert_ne!(next, first);
    let title = harness
        .get_all_by_label(&label_of(&next))
        .next()
        .unwrap()
        .rect()
        .top();
    assert!(
        (title - column_top).abs() < 40.0,
        "the new card's title at {title}, the column's top at {column_top} (scrolled to {scrolled})"
    );
}

/// A symptom chip keeps its size when picked, so the chips around it do not move.
#[test]
fn a_picked_chip_keeps_its_size() {
    let mut harness = app();
    start_mic_journey(&mut harness);
    let label = label_of("silent_everywhere");
    let symptoms: Vec<String> = kb()
        .findings
        .iter()
        .filter(|f| f.kind == micdoctor_core::kb::FindingKind::Symptom)
        .map(|f| f.label.clone())
        .collect();
    let chips = |harness: &Harness<'_, MicDoctorApp>| -> Vec<egui::Rect> {
        harness
            .get_all_by_role(Role::Button)
            .filter(|b| text_of(&b.accesskit_node()).is_some_and(|t| symptoms.contains(&t)))
            .map(|b| b.rect())
            .collect()
    };
    let away = egui::Event::PointerMoved(egui::pos2(5.0, 700.0));
    harness.input_mut().events.push(away.clone());
    harness.run();
    let before = chips(&harness);
    click(&mut harness, &label);
    harness.input_mut().events.push(away);
    harness.run();
    let picked = harness
        .state()
        .state
        .session
        .as_ref()
        .unwrap()
        .answer_to("silent_everywhere");
    assert_eq!(picked, Some(micdoctor_core::session::Answer::Yes));
    assert_eq!(
        before,
        chips(&harness),
        "a chip moved or grew when one was picked"
    );
}

/// The plan's time reads the right way round: the home fixes' minutes (stopping at the first that works)
/// and the shop's chance and minutes apart, worked out by hand from the plan's rows.
#[test]
fn the_plan_shows_time_at_home_and_the_shop_apart() {
    let mut harness = app();
    open_dropped_phone(&mut harness);
    let plan = harness.state().state.derived().unwrap().report.plan.clone();
    let shop = plan
        .iter()
        .position(|p| p.handover)
        .expect("the plan ends at the shop");
    let mut reach = 1.0;
    let mut home = 0.0;
    for fix in &plan[..shop] {
        home += reach * fix.minutes;
        reach *= 1.0 - fix.success_probability;
    }
    let shown = |m: f64| if m >= 10.0 { m.round() } else { m };
    let lang = micdoctor_core::i18n::Language::English;
    let home_line = format!(
        "At home: about {} min of fixes, {}% that one of them works",
        micdoctor_core::i18n::decimals(lang, shown(home), usize::from(home < 10.0))
            .trim_end_matches(".0"),
        micdoctor_core::i18n::whole_percent(1.0 - reach)
    );
    let shop_line = format!(
        "Repair shop: {}% of the time, about {} min there",
        micdoctor_core::i18n::whole_percent(reach),
        shown(plan[shop].minutes)
    );
    harness.get_by_label(&home_line);
    harness.get_by_label(&shop_line);
    assert!(harness.query_by_label_contains("Expected time").is_none());
}

/// A picture's words show at the pointer, inside the picture, never over the card's pinned buttons.
#[test]
fn a_pictures_tooltip_never_covers_the_pinned_buttons() {
    let mut harness = mic_workspace();
    advance_to(&mut harness, "fix_clean_port");
    let alt = kb().illustration("port_brush").unwrap().alt.clone();
    let picture = harness
        .get_all_by_role_and_label(Role::Image, &alt)
        .next()
        .unwrap();
    picture.scroll_to_me();
    for _ in 0..10 {
        harness.run();
    }
    let picture = harness
        .get_all_by_role_and_label(Role::Image, &alt)
        .next()
        .unwrap()
        .rect();
    let near_bottom = egui::pos2(picture.center().x, picture.bottom() - 4.0);
    harness
        .input_mut()
        .events
        .push(egui::Event::PointerMoved(near_bottom));
    for _ in 0..30 {
        harness.run();
    }
    let buttons = harness
        .get_by_role_and_label(Role::Button, "That fixed it")
        .rect()
        .union(
            harness
                .get_by_role_and_label(Role::Button, "Skip this step")
                .rect(),
        );
    let tooltips: Vec<egui::Rect> = harness
        .query_all_by_label(&alt)
        .filter(|n| n.accesskit_node().role() != Role::Image)
        .map(|n| n.rect())
        .collect();
    assert!(!tooltips.is_empty(), "hovering the picture shows its words");
    for tooltip in tooltips {
        assert!(
            !tooltip.intersects(buttons),
            "{tooltip:?} covers {buttons:?}"
        );
    }
}
