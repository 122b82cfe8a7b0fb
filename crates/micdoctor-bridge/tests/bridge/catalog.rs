//! The bridge's texts: every id the crate asks for exists in English, and Portuguese and Spanish have
//! every message, translated.

use std::path::Path;

use micdoctor_core::i18n::{self, Language};

fn ids_asked_for() -> Vec<String> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut ids = Vec::new();
    for entry in std::fs::read_dir(src).unwrap() {
        let source = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for (index, _) in source.match_indices("\"bridge-") {
            let rest = &source[index + 1..];
            ids.push(rest[..rest.find('"').unwrap()].to_owned());
        }
    }
    ids.sort();
    ids.dedup();
    ids
}

#[test]
fn every_text_the_bridge_asks_for_exists_and_is_translated() {
    let english = i18n::message_ids(Language::English);
    let asked = ids_asked_for();
    assert!(asked.len() > 40, "{asked:?}");
    for id in &asked {
        assert!(
            english.contains(id),
            "{id} is not in assets/i18n/en/bridge.ftl"
        );
    }
    for language in [Language::PortugueseBrazil, Language::Spanish] {
        let check = i18n::check(language);
        assert!(
            check.missing.is_empty() && check.orphaned.is_empty(),
            "{language}: {check:?}"
        );
        for id in english.iter().filter(|id| id.starts_with("bridge-")) {
            let theirs = i18n::message(language, id, None);
            assert!(!theirs.starts_with("[en]"), "{language} {id}");
            let ours = i18n::message(Language::English, id, None);
            if ours.split(' ').count() >= 3 {
                assert_ne!(theirs, ours, "{language} {id} is still English");
            }
        }
    }
}

#[test]
fn the_page_names_ios_the_way_the_phone_does() {
    let say = |language, id| i18n::message(language, id, None);
    assert!(
        say(Language::PortugueseBrazil, "bridge-how-voice-memo").contains("Salvar em Arquivos")
    );
    assert!(say(Language::PortugueseBrazil, "bridge-how-voice-memo").starts_with("Gravador"));
    assert!(say(Language::Spanish, "bridge-how-voice-memo").contains("Guardar en Archivos"));
    assert!(say(Language::Spanish, "bridge-how-voice-memo").starts_with("Notas de voz"));
    assert!(say(Language::English, "bridge-how-voice-memo").contains("Save to Files"));
}
