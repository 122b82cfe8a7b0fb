//! Knowledge-base translations as overlay files (`knowledge/i18n/pt-BR.json`, `es.json`): one string per
//! (entity id, field), so the English knowledge base stays the single source of structure and numbers.
//!
//! Keys are paths through the knowledge base's JSON in which array elements with an `id` are named by it:
//! `fixes/fix_permissions/steps/0/text`, `causes/mic_permission_off/name`, `devices/face_id/hint`,
//! `fixes/fix_force_quit/steps/1/variants/home_button/text`, `…/settings_path/0`.

use std::collections::BTreeMap;

use super::open::TranslationProblem;
use super::texts::visit_texts;
use super::{KbError, KnowledgeBase};
use crate::i18n::Language;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A translation of the knowledge base into one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Overlay {
    /// BCP 47 tag: `pt-BR`, `es`.
    pub language: String,
    /// The English knowledge base version this translates.
    pub kb_version: String,
    /// Where the names of iOS screens and buttons in this language were checked.
    #[serde(default)]
    pub sources: Vec<OverlaySource>,
    /// Translated texts by key.
    pub strings: BTreeMap<String, String>,
}

/// A page that shows iOS's own wording in the overlay's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OverlaySource {
    pub title: String,
    pub url: String,
    /// Which names it confirms, e.g. "Ajustes, Privacidade e Segurança, Microfone".
    pub confirms: String,
}

/// The overlays that ship with MicDoctor, for the bundled knowledge base.
pub const BUNDLED_OVERLAYS: [(Language, &str); 2] = [
    (
        Language::PortugueseBrazil,
        include_str!("../../../../knowledge/i18n/pt-BR.json"),
    ),
    (
        Language::Spanish,
        include_str!("../../../../knowledge/i18n/es.json"),
    ),
];

/// What an overlay lacks or has too much of, measured against the English knowledge base.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct OverlayCheck {
    /// Keys of English texts with no translation (or an empty one).
    pub missing: Vec<String>,
    /// Keys the English knowledge base does not have (stale or misspelled).
    pub orphaned: Vec<String>,
}

impl OverlayCheck {
    #[must_use]
    pub fn is_complete(&self) -> bool {
        self.missing.is_empty() && self.orphaned.is_empty()
    }
}

/// Every text people read in the knowledge base, by key, in English.
#[must_use]
pub fn texts(kb: &KnowledgeBase) -> BTreeMap<String, String> {
    let mut texts = BTreeMap::new();
    visit_texts(&mut kb.clone(), &mut |key, text| {
        texts.insert(key.to_owned(), text.clone());
    });
    texts
}

/// Compares an overlay with the knowledge base.
#[must_use]
pub fn check(kb: &KnowledgeBase, overlay: &Overlay) -> OverlayCheck {
    let english = texts(kb);
    OverlayCheck {
        missing: english
            .keys()
            .filter(|key| {
                overlay
                    .strings
                    .get(*key)
                    .is_none_or(|t| t.trim().is_empty())
            })
            .cloned()
            .collect(),
        orphaned: overlay
            .strings
            .keys()
            .filter(|key| !english.contains_key(*key))
            .cloned()
            .collect(),
    }
}

/// The knowledge base with the overlay's texts. A text the overlay lacks stays English — marked `[en]` in
/// debug builds, so it is seen, and silent in release builds.
/// Everything that is not a text (ids, numbers, a shop's pictures) is kept as it is.
#[must_use]
pub fn translate(kb: &KnowledgeBase, overlay: &Overlay) -> KnowledgeBase {
    let mut translated = kb.clone();
    visit_texts(&mut translated, &mut |key, text| match overlay
        .strings
        .get(key)
        .filter(|t| !t.trim().is_empty())
    {
        Some(translated) => translated.clone_into(text),
        None if cfg!(debug_assertions) => *text = format!("[en] {text}"),
        None => {}
    });
    translated
}

/// Parses an overlay file's text.
///
/// # Errors
/// When it is not JSON of the overlay's shape (with the JSON path and line:column).
pub fn parse(text: &str) -> Result<Overlay, KbError> {
    let deserializer = &mut serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(deserializer).map_err(|err| {
        let inner = err.inner();
        if inner.is_syntax() || inner.is_eof() {
            KbError::Syntax {
                line: inner.line(),
                column: inner.column(),
                message: inner.to_string(),
            }
        } else {
            KbError::Shape {
                path: format!("$.{}", err.path()),
                line: inner.line(),
                column: inner.column(),
                message: inner.to_string(),
            }
        }
    })
}

/// The bundled overlay for a language (`None` for English, which needs none).
///
/// # Errors
/// When the bundled overlay does not parse (a build that should never ship; the tests check it).
#[must_use]
pub fn bundled(language: Language) -> Option<Result<Overlay, KbError>> {
    BUNDLED_OVERLAYS
        .iter()
        .find(|(l, _)| *l == language)
        .map(|(_, text)| parse(text))
}

/// Every bundled overlay that parses, by language.
#[must_use]
pub fn bundled_all() -> BTreeMap<Language, Overlay> {
    BUNDLED_OVERLAYS
        .iter()
        .filter_map(|(language, text)| parse(text).ok().map(|o| (*language, o)))
        .collect()
}

/// The overlays beside a knowledge-base file, as the bundled one keeps them: `<folder>/i18n/<lang>.json`.
/// Each overlay that is absent is skipped; each that cannot be used is skipped and named in the second
/// list with the reason.
#[must_use]
pub fn load_beside(
    kb_file: &std::path::Path,
) -> (BTreeMap<Language, Overlay>, Vec<TranslationProblem>) {
    let mut found = BTreeMap::new();
    let mut problems = Vec::new();
    let Some(folder) = kb_file.parent() else {
        return (found, problems);
    };
    for language in Language::ALL.into_iter().skip(1) {
        let path = folder
            .join("i18n")
            .join(format!("{}.json", language.code()));
        if !path.exists() {
            continue;
        }
        let read = crate::fs::read_text(&path, super::MAX_KB_BYTES)
            .map_err(|e| e.to_string())
            .and_then(|text| parse(&text).map_err(|e| e.to_string()))
            .and_then(|overlay| {
                if overlay.language == language.code() {
                    Ok(overlay)
                } else {
                    Err(format!(
                        "it says it is in \"{}\", but its name says {}",
                        overlay.language,
                        language.code()
                    ))
                }
            });
        match read {
            Ok(overlay) => {
                found.insert(language, overlay);
            }
            Err(reason) => problems.push(TranslationProblem {
                language,
                file: path.display().to_string(),
                reason,
            }),
        }
    }
    (found, problems)
}

/// The bundled knowledge base as people read it in `language` (English when there is no usable overlay).
#[must_use]
pub fn translate_bundled(kb: &KnowledgeBase, language: Language) -> KnowledgeBase {
    match bundled(language) {
        Some(Ok(overlay)) => translate(kb, &overlay),
        _ => kb.clone(),
    }
}

#[cfg(test)]
mod tests {
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
            texts.keys().all(|k| !k.ends_with("/id")
                && !k.contains("rationale")
                && !k.contains("likelihood"))
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
}
