//! The one way to open a knowledge base: the bundled one or a file, with its pictures (inside the
//! knowledge base) and its translations (bundled, or the overlays beside the file), and every problem
//! with those translations in words. The app at start-up, the desktop's File › Open and the CLI all
//! call [`open_kb`], and each shows its problems once, in its own way.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use super::overlay::{self, Overlay};
use super::{BUNDLED_SOURCE, KbError, KnowledgeBase, bundled, load_file};
use crate::assets::BundledIllustrations;
use crate::i18n::Language;

/// A knowledge base ready to use, with its translations.
#[derive(Debug, Clone)]
pub struct OpenedKb {
    /// The knowledge base, validated; a shop's pictures are in its illustrations.
    pub kb: KnowledgeBase,
    /// Where it came from, for Help › About and reports: the file's path or [`BUNDLED_SOURCE`].
    pub source: String,
    /// Its translations by language (English needs none).
    pub translations: BTreeMap<Language, Overlay>,
    /// Translations that could not be used. The knowledge base opens anyway; those languages read it in
    /// English.
    pub problems: Vec<TranslationProblem>,
}

/// A translation overlay that could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslationProblem {
    pub language: Language,
    /// The overlay's file, or `bundled: knowledge/i18n/<lang>.json`.
    pub file: String,
    /// Why, in words.
    pub reason: String,
}

impl fmt::Display for TranslationProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file, self.reason)
    }
}

impl OpenedKb {
    /// The knowledge base as people read it in `language`: translated when it has a usable overlay for
    /// it, English otherwise.
    #[must_use]
    pub fn in_language(&self, language: Language) -> KnowledgeBase {
        match self.translations.get(&language) {
            Some(translation) => overlay::translate(&self.kb, translation),
            None => self.kb.clone(),
        }
    }

    /// The problems, one line each, for a notice or a staff message.
    #[must_use]
    pub fn problem_lines(&self) -> Vec<String> {
        self.problems.iter().map(ToString::to_string).collect()
    }
}

/// Opens the knowledge base at `path`, or the bundled one when there is none, with its translations.
///
/// # Errors
/// The knowledge base itself cannot be used (unreadable, not JSON, invalid: every problem is listed).
/// Problems with translations are not errors: they are in [`OpenedKb::problems`].
pub fn open_kb(path: Option<&Path>) -> Result<OpenedKb, KbError> {
    match path {
        None => {
            let kb = bundled(&BundledIllustrations)?;
            let mut translations = BTreeMap::new();
            let mut problems = Vec::new();
            for (language, text) in overlay::BUNDLED_OVERLAYS {
                match overlay::parse(text) {
                    Ok(parsed) => {
                        translations.insert(language, parsed);
                    }
                    Err(err) => problems.push(TranslationProblem {
                        language,
                        file: format!("bundled: knowledge/i18n/{}.json", language.code()),
                        reason: err.to_string(),
                    }),
                }
            }
            Ok(OpenedKb {
                kb,
                source: BUNDLED_SOURCE.to_owned(),
                translations,
                problems,
            })
        }
        Some(path) => {
            let kb = load_file(path, &BundledIllustrations)?;
            let (translations, problems) = overlay::load_beside(path);
            Ok(OpenedKb {
                kb,
                source: path.display().to_string(),
                translations,
                problems,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    /// A folder holding a copy of the bundled knowledge base whose first illustration is a shop's own
    /// PNG, with the bundled translations beside it.
    fn shop_kb(dir: &Path) -> std::path::PathBuf {
        let mut json: serde_json::Value = serde_json::from_str(super::super::BUNDLED_JSON).unwrap();
        json["illustrations"][0]["file"] = "pictures/mine.png".into();
        fs::create_dir_all(dir.join("pictures")).unwrap();
        fs::create_dir_all(dir.join("i18n")).unwrap();
        let mut png = Vec::new();
        image::RgbImage::from_pixel(4, 3, image::Rgb([200, 30, 30]))
            .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
            .unwrap();
        fs::write(dir.join("pictures/mine.png"), png).unwrap();
        for (language, text) in overlay::BUNDLED_OVERLAYS {
            fs::write(dir.join(format!("i18n/{}.json", language.code())), text).unwrap();
        }
        let file = dir.join("kb.json");
        fs::write(&file, serde_json::to_string(&json).unwrap()).unwrap();
        file
    }

    fn temp_dir(name: &str) -> std::path::PathBuf {
        let dir =
            std::env::temp_dir().join(format!("micdoctor-open-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn the_bundled_knowledge_base_opens_with_both_translations() {
        let opened = open_kb(None).unwrap();
        assert_eq!(opened.source, BUNDLED_SOURCE);
        assert_eq!(
            opened.translations.keys().copied().collect::<Vec<_>>(),
            vec![Language::PortugueseBrazil, Language::Spanish]
        );
        assert!(opened.problems.is_empty(), "{:?}", opened.problems);
    }

    #[test]
    fn a_shops_pictures_survive_translation() {
        let dir = temp_dir("pictures");
        let opened = open_kb(Some(&shop_kb(&dir))).unwrap();
        let picture = opened.kb.illustrations[0].picture.clone();
        assert!(picture.is_some(), "the file's picture was loaded");
        assert!(opened.problems.is_empty(), "{:?}", opened.problems);
        for language in [Language::PortugueseBrazil, Language::Spanish] {
            let translated = opened.in_language(language);
            assert_eq!(translated.illustrations[0].picture, picture, "{language:?}");
            assert_ne!(
                translated.illustrations[0].alt,
                opened.kb.illustrations[0].alt
            );
        }
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn every_unusable_translation_is_named_and_the_rest_still_open() {
        let dir = temp_dir("broken-overlay");
        let file = shop_kb(&dir);
        fs::write(dir.join("i18n/es.json"), "{ not json").unwrap();
        let opened = open_kb(Some(&file)).unwrap();
        assert_eq!(
            opened.translations.keys().copied().collect::<Vec<_>>(),
            vec![Language::PortugueseBrazil]
        );
        assert_eq!(opened.problems.len(), 1, "{:?}", opened.problems);
        let problem = &opened.problems[0];
        assert_eq!(problem.language, Language::Spanish);
        assert!(problem.to_string().contains("es.json"), "{problem}");
        // Spanish readers get English, not nothing.
        assert_eq!(
            opened.in_language(Language::Spanish).causes[0].name,
            opened.kb.causes[0].name
        );
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_knowledge_base_that_cannot_be_used_is_an_error() {
        let dir = temp_dir("missing");
        let err = open_kb(Some(&dir.join("nowhere.json"))).unwrap_err();
        assert!(err.to_string().contains("nowhere.json"), "{err}");
    }
}
