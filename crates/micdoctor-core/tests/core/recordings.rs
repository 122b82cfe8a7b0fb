//! Recordings in a case: a measured recording answers the knowledge base's measurement findings, the
//! ranking moves at once (checked against Bayes' rule by hand), the figures survive a save, and the
//! knowledge base's recording checks are validated.
use micdoctor_core::assets::BundledIllustrations;
use micdoctor_core::engine::{self, NextStep, ProblemModel};
use micdoctor_core::kb::{self, FindingKind, KnowledgeBase};
use micdoctor_core::recording::{
    Codec, Figures, MEASURED_FINDINGS, Measurement, Microphone, RecordingRole, SoundSketch,
};
use micdoctor_core::session::Session;

fn bundled() -> KnowledgeBase {
    kb::bundled(&BundledIllustrations).unwrap()
}

fn session() -> Session {
    let kb = bundled();
    let device = kb.devices[0].id;
    Session::new("mic_whatsapp", device, &kb.kb_version, 1_000)
}

/// A recording at `level` dBFS with `high` dB of high band, otherwise clean speech.
fn recording(file: &str, level: f64, high: f64) -> Measurement {
    let silent = level < -80.0;
    Measurement {
        file: file.to_owned(),
        codec: Codec::Opus,
        sample_rate: 16_000,
        bandwidth_hz: 8_000.0,
        figures: Figures {
            duration_seconds: 5.0,
            active_level_dbfs: level,
            activity: if silent { 0.0 } else { 0.6 },
            noise_floor_dbfs: if silent { level } else { level - 40.0 },
            snr_db: if silent { 0.0 } else { 40.0 },
            silent_share: if silent { 1.0 } else { 0.2 },
            peak_dbfs: level + 18.0,
            crest_db: 18.0,
            clipped_share: 0.0,
            high_band_db: high,
            dropouts: 0,
        },
        sketch: SoundSketch::default(),
    }
}

fn model(kb: &KnowledgeBase) -> ProblemModel {
    ProblemModel::from_kb(kb, "mic_whatsapp").unwrap()
}

fn probability(model: &ProblemModel, session: &Session, cause: &str) -> f64 {
    let evidence = session.evidence(model).unwrap();
    let posterior = engine::posterior(model, &evidence);
    let index = model
        .causes()
        .find(|&c| model.cause_id(c) == cause)
        .unwrap();
    posterior.probabilities[index.get()]
}

#[test]
fn a_silent_voice_note_moves_the_ranking_by_bayes_rule() {
    let kb = bundled();
    let model = model(&kb);
    let mut case = session();
    case.record_recording(
        RecordingRole::Failed,
        recording("note.opus", -100.0, 0.0),
        1_010,
    );
    // By hand: P(c | silent) = prior(c)·P(silent|c) / Σ prior·P(silent|·), from the KB's own numbers.
    let finding = kb.finding("recording_silent").unwrap();
    let weight = |cause: &str| {
        let prior = kb.cause(cause).unwrap().prior;
        prior
            * finding
                .likelihoods
                .get(cause)
                .copied()
                .unwrap_or(finding.default_likelihood)
    };
    let problem = kb.problems.iter().find(|p| p.id == "mic_whatsapp").unwrap();
    let total: f64 = problem.causes.iter().map(|c| weight(c)).sum();
    for cause in [
        "mic_permission_off",
        "mic_front_fault",
        "camera_permission_off",
    ] {
        let expected = weight(cause) / total;
        let got = probability(&model, &case, cause);
        assert!(
            (got - expected).abs() < 1e-9,
            "{cause}: {got} vs {expected}"
        );
    }
    // And the permission, whose denial hands WhatsApp silence, now leads.
    let evidence = case.evidence(&model).unwrap();
    let diagnosis = engine::diagnose(&model, &evidence);
    assert_eq!(model.cause_id(diagnosis.ranking[0]), "mic_permission_off");
}

#[test]
fn a_measurement_is_never_asked() {
    let kb = bundled();
    let model = model(&kb);
    let mut case = session();
    for step in 0..40 {
        let evidence = case.evidence(&model).unwrap();
        match engine::diagnose(&model, &evidence).next {
            NextStep::Question { finding, .. } => {
                let id = model.findings[finding].id.clone();
                assert_ne!(
                    model.findings[finding].kind,
                    FindingKind::Measurement,
                    "{id}"
                );
                case.answer(&id, micdoctor_core::session::Answer::No, 1_000 + step);
            }
            _ => return,
        }
    }
}

#[test]
fn three_takes_answer_the_microphone_findings() {
    let kb = bundled();
    let model = model(&kb);
    let mut case = session();
    let before = probability(&model, &case, "mic_port_blocked");
    case.record_recording(
        RecordingRole::Microphone(Microphone::Bottom),
        recording("memo.m4a", -34.0, -30.0),
        1_010,
    );
    case.record_recording(
        RecordingRole::Microphone(Microphone::Front),
        recording("front.mov", -22.0, -14.0),
        1_020,
    );
    // Two takes prove nothing yet.
    assert!((probability(&model, &case, "mic_port_blocked") - before).abs() < 1e-12);
    case.record_recording(
        RecordingRole::Microphone(Microphone::Rear),
        recording("rear.mov", -24.0, -15.0),
        1_030,
    );
    let evidence = case.evidence(&model).unwrap();
    let yes: Vec<&str> = evidence
        .observations
        .iter()
        .filter(|o| o.yes)
        .map(|o| model.findings[o.finding].id.as_str())
        .collect();
    assert_eq!(yes, ["mics_bottom_weak"]);
    assert!(probability(&model, &case, "mic_port_blocked") > 3.0 * before);
    // A new bottom take replaces the old one.
    case.record_recording(
        RecordingRole::Microphone(Microphone::Bottom),
        recording("memo2.m4a", -23.0, -15.0),
        1_040,
    );
    assert_eq!(case.recordings().count(), 3);
    assert_eq!(
        case.recording(RecordingRole::Microphone(Microphone::Bottom))
            .unwrap()
            .file,
        "memo2.m4a"
    );
}

#[test]
fn the_figures_survive_a_save_and_an_undo_takes_them_back() {
    let kb = bundled();
    let model = model(&kb);
    let mut case = session();
    let mut measured = recording("note.opus", -31.5, -12.25);
    measured.sketch.envelope = vec![[-0.5, 0.5], [-0.25, 0.75]];
    case.record_recording(RecordingRole::Failed, measured.clone(), 1_010);
    let saved = serde_json::to_string(&case).unwrap();
    let loaded = Session::from_json(&saved).unwrap();
    assert_eq!(loaded.recording(RecordingRole::Failed), Some(&measured));
    assert_eq!(
        loaded.evidence(&model).unwrap(),
        case.evidence(&model).unwrap()
    );
    let revision = case.revision();
    assert!(case.undo(0).is_some());
    assert!(case.revision() > revision);
    assert_eq!(case.recordings().count(), 0);
    assert!(case.evidence(&model).unwrap().observations.is_empty());
}

#[test]
fn the_bundled_kb_has_every_measurement_with_its_translations() {
    let kb = bundled();
    let problem = kb.problems.iter().find(|p| p.id == "mic_whatsapp").unwrap();
    for id in MEASURED_FINDINGS {
        let finding = kb.finding(id).unwrap_or_else(|| panic!("{id}"));
        assert_eq!(finding.kind, FindingKind::Measurement, "{id}");
        assert!(problem.findings.iter().any(|f| f == id), "{id}");
        assert!(!finding.rationale.is_empty());
    }
    for language in ["es", "pt-BR"] {
        let overlay = kb::overlay::bundled_all()
            .into_iter()
            .find(|(_, o)| o.language == language)
            .unwrap()
            .1;
        for id in MEASURED_FINDINGS {
            for field in ["label", "question", "yes_statement", "no_statement"] {
                let key = format!("findings/{id}/{field}");
                assert!(overlay.strings.contains_key(&key), "{language}: {key}");
            }
        }
    }
}

#[test]
fn recording_checks_are_validated() {
    let issues = |kb: &KnowledgeBase| -> Vec<String> {
        kb::validate(kb, &BundledIllustrations)
            .iter()
            .map(ToString::to_string)
            .collect()
    };
    let mut kb = bundled();
    let problem = kb
        .problems
        .iter_mut()
        .find(|p| p.id == "mic_whatsapp")
        .unwrap();
    problem
        .recording_checks
        .retain(|c| c.id != "each_microphone");
    let found = issues(&kb);
    assert!(
        found
            .iter()
            .any(|i| i.contains("mics_all_pass") && i.contains("no recording check")),
        "{found:#?}"
    );
    assert!(
        found.iter().any(|i| i.contains("each_microphone")),
        "a test naming the removed check: {found:#?}"
    );
    let mut kb = bundled();
    let index = kb
        .findings
        .iter()
        .position(|f| f.id == "recording_muffled")
        .unwrap();
    kb.findings[index].id = "recording_sounds_odd".into();
    let problem = kb
        .problems
        .iter_mut()
        .find(|p| p.id == "mic_whatsapp")
        .unwrap();
    for id in &mut problem.findings {
        if *id == "recording_muffled" {
            *id = "recording_sounds_odd".into();
        }
    }
    let found = issues(&kb);
    assert!(
        found
            .iter()
            .any(|i| i.contains("no recording or App Privacy Report answers")),
        "{found:#?}"
    );
}
