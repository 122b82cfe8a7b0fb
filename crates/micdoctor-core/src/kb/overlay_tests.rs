//! Unit tests of `overlay.rs`.

use super::*;
use crate::assets::BundledIllustrations;
use serde_json::Value;

/// Fields whose string value people read.
const TEXT_FIELDS: &[&str] = &[
    "title",
    "summary",
    "name",
    "explanation",
    "hint",
    "alt",
    "label",
    "question",
    "yes_statement",
    "no_statement",
    "text",
    "warning",
    "tip",
    "confirm_before",
    "applies_to",
    "answer",
    "heading",
    "risk_note",
    "prompt",
    "subject",
];

/// Fields whose value is a list of strings people read (Settings paths, table cells, bullet points).
const TEXT_LIST_FIELDS: &[&str] = &["settings_path", "path", "headings", "cells", "points"];

/// The same walk over a JSON copy of the knowledge base, by field name: an independent way to find
/// every text, to check the typed walk against.
fn walk(value: &mut Value, prefix: &str, visit: &mut dyn FnMut(&str, &mut String)) {
    let join = |segment: &str| {
        if prefix.is_empty() {
            segment.to_owned()
        } else {
            format!("{prefix}/{segment}")
        }
    };
    match value {
        Value::Object(map) => {
            for (field, child) in map.iter_mut() {
                let key = join(field);
                match child {
                    Value::String(text) if TEXT_FIELDS.contains(&field.as_str()) => {
                        visit(&key, text);
                    }
                    Value::Array(items) if TEXT_LIST_FIELDS.contains(&field.as_str()) => {
                        for (index, item) in items.iter_mut().enumerate() {
                            match item {
                                Value::String(text) => visit(&format!("{key}/{index}"), text),
                                other => walk(other, &format!("{key}/{index}"), visit),
                            }
                        }
                    }
                    other => walk(other, &key, visit),
                }
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter_mut().enumerate() {
                let segment = item
                    .get("id")
                    .and_then(Value::as_str)
                    .map_or_else(|| index.to_string(), ToOwned::to_owned);
                walk(item, &join(&segment), visit);
            }
        }
        _ => {}
    }
}

fn json_texts(kb: &KnowledgeBase) -> BTreeMap<String, String> {
    let mut texts = BTreeMap::new();
    let mut value = serde_json::to_value(kb).unwrap();
    walk(&mut value, "", &mut |key, text| {
        texts.insert(key.to_owned(), text.clone());
    });
    texts
}

fn kb() -> KnowledgeBase {
    crate::kb::bundled(&BundledIllustrations).unwrap()
}

#[test]
fn the_typed_walk_finds_exactly_the_texts_a_walk_over_the_json_finds() {
    let kb = kb();
    let typed = texts(&kb);
    let json = json_texts(&kb);
    assert_eq!(typed.len(), json.len());
    assert_eq!(typed, json);
    // The bundled knowledge base uses every kind of text field, so none is left out above.
    for kind in [
        "/older_settings_path/applies_to",
        "/variants/home_button/text",
        "/risk_note",
        "/explainer/sections/0/points/0",
        "/rows/0/cells/0",
        "/symptom_groups/",
        "/confirm_before",
        "/warning",
        "/tip",
        "/recording_checks/each_microphone/takes/0/prompt",
    ] {
        assert!(typed.keys().any(|k| k.contains(kind)), "{kind}");
    }
}

#[test]
fn translation_keeps_what_json_does_not_carry() {
    let mut kb = kb();
    let picture = crate::kb::Picture {
        format: crate::kb::PictureFormat::Svg,
        bytes: b"<svg xmlns='http://www.w3.org/2000/svg'/>"
            .as_slice()
            .into(),
    };
    kb.illustrations[0].picture = Some(picture.clone());
    let overlay = bundled(Language::Spanish).unwrap().unwrap();
    let translated = translate(&kb, &overlay);
    assert_eq!(translated.illustrations[0].picture, Some(picture));
    assert_ne!(translated.illustrations[0].alt, kb.illustrations[0].alt);
}

#[test]
fn keys_name_entities_by_id_and_skip_ids_numbers_and_rationale() {
    let texts = texts(&kb());
    assert!(
        texts.contains_key("causes/mic_permission_off/name"),
        "{:?}",
        texts.keys().take(5).collect::<Vec<_>>()
    );
    assert!(texts.contains_key("fixes/fix_permissions/steps/0/text"));
    assert!(texts.contains_key("devices/face_id/hint"));
    assert!(texts.keys().any(|k| k.contains("/settings_path/")));
    assert!(
        texts
            .keys()
            .all(|k| !k.ends_with("/id") && !k.contains("rationale") && !k.contains("likelihood"))
    );
    assert!(texts.values().all(|t| !t.is_empty()));
}

#[test]
fn translate_replaces_texts_and_keeps_every_number_and_id() {
    let kb = kb();
    let mut strings = BTreeMap::new();
    strings.insert(
        "causes/mic_permission_off/name".to_owned(),
        "Microfone bloqueado".to_owned(),
    );
    let overlay = Overlay {
        language: "pt-BR".to_owned(),
        kb_version: kb.kb_version.clone(),
        sources: Vec::new(),
        strings,
    };
    let translated = translate(&kb, &overlay);
    assert_eq!(
        translated.cause("mic_permission_off").unwrap().name,
        "Microfone bloqueado"
    );
    let other = &translated.causes[1];
    if cfg!(debug_assertions) {
        assert!(other.name.starts_with("[en] "), "{}", other.name);
    }
    // Structure and numbers are untouched.
    assert_eq!(translated.causes.len(), kb.causes.len());
    for (a, b) in translated.causes.iter().zip(&kb.causes) {
        assert_eq!(a.id, b.id);
        assert!((a.prior - b.prior).abs() < f64::EPSILON);
    }
    let check = check(&kb, &overlay);
    assert_eq!(check.missing.len(), texts(&kb).len() - 1);
    assert!(check.orphaned.is_empty());
}

#[test]
fn orphaned_and_empty_strings_are_reported() {
    let kb = kb();
    let mut strings: BTreeMap<String, String> = texts(&kb).into_iter().collect();
    strings.insert("causes/no_such_cause/name".to_owned(), "x".to_owned());
    strings.insert("causes/mic_permission_off/name".to_owned(), "  ".to_owned());
    let overlay = Overlay {
        language: "es".to_owned(),
        kb_version: kb.kb_version.clone(),
        sources: Vec::new(),
        strings,
    };
    let check = check(&kb, &overlay);
    assert_eq!(
        check.missing,
        vec!["causes/mic_permission_off/name".to_owned()]
    );
    assert_eq!(check.orphaned, vec!["causes/no_such_cause/name".to_owned()]);
}

#[test]
fn a_broken_overlay_names_its_place() {
    let err = parse("{\"language\": \"es\", \"kb_version\": 3}")
        .unwrap_err()
        .to_string();
    assert!(err.contains("kb_version"), "{err}");
}
