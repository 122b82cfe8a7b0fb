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
#[path = "overlay_tests.rs"]
mod tests;
