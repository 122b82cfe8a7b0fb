//! Speaking the customer's language: complete catalogs and overlays, no English left in the UI code, and
//! the whole journey in Portuguese and Spanish without meeting an English word.
use std::path::{Path, PathBuf};

use micdoctor_core::i18n::{self, Language};
use micdoctor_core::kb::overlay;

/// Words the UI code may spell out: the product's name.
const ALLOWED: &[&str] = &["MicDoctor"];

/// Calls whose text is read by developers only.
const DEVELOPER_ONLY: &[&str] = &[
    "request_discard(",
    "reason = \"",
    "expect(\"",
    "debug_struct(\"",
];

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            stack.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}

/// The string literals of a Rust source (before its `#[cfg(test)]` module), with their line numbers.
/// Comments are skipped; escapes are kept as written.
fn string_literals(source: &str) -> Vec<(usize, String)> {
    let code = source.split("#[cfg(test)]").next().unwrap_or_default();
    let mut literals = Vec::new();
    let mut chars = code.char_indices().peekable();
    let mut line = 1;
    while let Some((_, c)) = chars.next() {
        match c {
            '\n' => line += 1,
            '/' if chars.peek().is_some_and(|(_, n)| *n == '/') => {
                for (_, c) in chars.by_ref() {
                    if c == '\n' {
                        line += 1;
                        break;
                    }
                }
            }
            '\'' => {
                // A char literal ('"', '\'') or a lifetime: skip a char literal's body.
                let rest: String = chars.clone().take(3).map(|(_, c)| c).collect();
                if rest.starts_with('\\') {
                    chars.next();
                    chars.next();
                    chars.next();
                } else if rest.chars().nth(1) == Some('\'') {
                    chars.next();
                    chars.next();
                }
            }
            '"' => {
                let start = line;
                let mut text = String::new();
                while let Some((_, c)) = chars.next() {
                    match c {
                        '\\' => {
                            text.push(c);
                            if let Some((_, escaped)) = chars.next() {
                                text.push(escaped);
                            }
                        }
                        '"' => break,
                        '\n' => {
                            line += 1;
                            text.push(c);
                        }
                        _ => text.push(c),
                    }
                }
                literals.push((start, text));
            }
            _ => {}
        }
    }
    literals
}

/// True for text a person would read: two words, or one capitalised word, once `{placeholders}` and
/// `\u{…}` escapes are taken out.
fn is_prose(literal: &str) -> bool {
    let mut plain = String::new();
    let mut depth = 0;
    for c in literal.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = (depth - 1).max(0),
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let plain = plain.replace("\\u", " ").replace("\\n", " ");
    let words: Vec<&str> = plain
        .split(|c: char| !c.is_alphabetic() && c != '\'')
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .collect();
    let capitalised = words.iter().any(|w| {
        let mut letters = w.chars();
        letters.next().is_some_and(char::is_uppercase) && letters.any(char::is_lowercase)
    });
    let spaced = words.len() >= 2 && plain.contains(' ');
    (spaced || capitalised) && !ALLOWED.contains(&plain.trim())
}

#[test]
fn no_text_for_people_is_left_in_the_ui_code() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    // Unit tests beside the code (`*_tests.rs`) hold test data, not text for people.
    for file in rust_files(&root.join("src/ui"))
        .into_iter()
        .filter(|f| !f.to_string_lossy().ends_with("_tests.rs"))
    {
        let source = std::fs::read_to_string(&file).unwrap();
        let lines: Vec<&str> = source.lines().collect();
        for (line, literal) in string_literals(&source) {
            // Reasons given to egui for a redraw are for developers, not people.
            let for_developers = lines
                .get(line - 1)
                .is_some_and(|l| DEVELOPER_ONLY.iter().any(|call| l.contains(call)));
            if is_prose(&literal) && !for_developers {
                found.push(format!(
                    "{}:{line}: \"{literal}\"",
                    file.strip_prefix(root).unwrap().display()
                ));
            }
        }
    }
    assert!(
        found.is_empty(),
        "move these into assets/i18n/en/*.ftl and use t!():\n{}",
        found.join("\n")
    );
}

#[test]
fn the_prose_detector_tells_texts_from_ids() {
    for prose in [
        "Yes",
        "Start over",
        "Case code: {}",
        "{count} answers so far",
        "Wait\\u{2026} {} s",
    ] {
        assert!(is_prose(prose), "{prose}");
    }
    for id in [
        "top_bar",
        "start-heading",
        "bytes://illustrations/{id}.svg",
        "{}: {}",
        "\\u{2022}",
        "MicDoctor",
        "micdoctor.kb_pictures",
    ] {
        assert!(!is_prose(id), "{id}");
    }
    let literals = string_literals(
        "// \"not this\"\nlet a = '\"'; ui.label(\"Hello there\");\n#[cfg(test)]\n\"Nope\"",
    );
    assert_eq!(literals, vec![(2, "Hello there".to_owned())]);
}

#[test]
fn every_translation_is_complete_and_orphan_free() {
    let kb = micdoctor_core::kb::bundled(&micdoctor_core::assets::BundledIllustrations).unwrap();
    for language in [Language::PortugueseBrazil, Language::Spanish] {
        let overlay = overlay::bundled(language).unwrap().unwrap();
        assert_eq!(overlay.language, language.code());
        let found = overlay::check(&kb, &overlay);
        assert!(found.is_complete(), "{language}: {found:?}");
        assert!(
            !overlay.sources.is_empty(),
            "{language}: the iOS names need their sources"
        );
        let app = i18n::check(language);
        assert!(
            app.missing.is_empty() && app.orphaned.is_empty(),
            "{language}: {app:?}"
        );
    }
}

#[test]
fn every_message_the_code_asks_for_exists_in_english() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let english = i18n::message_ids(Language::English);
    let mut unknown = Vec::new();
    for file in rust_files(&root.join("src")) {
        let source = std::fs::read_to_string(&file).unwrap();
        let mut check = |id: &str| {
            if !english.iter().any(|known| known == id) {
                unknown.push(format!("{}: {id}", file.display()));
            }
        };
        for (index, _) in source.match_indices("t!(\"") {
            // `t!` itself, not `format!`, `print!` …
            let before = source[..index].chars().next_back();
            let line_start = source[..index].rfind('\n').map_or(0, |i| i + 1);
            let in_comment = source[line_start..index].trim_start().starts_with("//");
            if in_comment || before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = &source[index + 4..];
            check(&rest[..rest.find('"').unwrap()]);
        }
        // `notice!(kind, "id", …)`: the id is the first string after the notice's kind.
        for (index, _) in source.match_indices("notice!(") {
            let rest = &source[index + "notice!(".len()..];
            let Some(open) = rest.find('"') else {
                continue;
            };
            let kind = rest[..open].trim().trim_end_matches(',').trim();
            if matches!(kind, "problem" | "info") {
                let id = &rest[open + 1..];
                check(&id[..id.find('"').unwrap()]);
            }
        }
    }
    assert!(unknown.is_empty(), "{unknown:#?}");
}

#[test]
fn translated_texts_differ_from_english_where_words_are_expected() {
    // A translation that copied the English would pass the completeness check: sample the messages
    // that are whole sentences and require most of them to differ.
    for language in [Language::PortugueseBrazil, Language::Spanish] {
        let ids = i18n::message_ids(Language::English);
        let sentences: Vec<&String> = ids
            .iter()
            .filter(|id| {
                i18n::message(Language::English, id, None)
                    .split(' ')
                    .count()
                    >= 4
            })
            .collect();
        let same = sentences
            .iter()
            .filter(|id| {
                i18n::message(language, id, None) == i18n::message(Language::English, id, None)
            })
            .count();
        assert!(
            same * 20 <= sentences.len(),
            "{language}: {same} of {} sentences are still English",
            sentences.len()
        );
    }
}

mod journeys {
    //! The whole microphone journey, start to outcome, in each language: every text on every screen is in
    //! that language (no `[en]` fallback marker, no English sentence that the language translates).

    use std::collections::BTreeSet;

    use egui::accesskit::Role;
    use egui_kittest::Harness;
    use egui_kittest::kittest::{NodeT, Queryable};
    use micdoctor::ui::MicDoctorApp;
    use micdoctor_core::i18n::{self, FluentArgs, Language};
    use micdoctor_core::kb::overlay;

    use crate::support::{click, kb, next_step_id, text_of};

    /// English texts the language has its own words for: meeting one of them on screen is a miss.
    fn english_only(language: Language) -> BTreeSet<String> {
        let kb = kb();
        let english_kb = overlay::texts(&kb);
        let translated_kb = overlay::texts(&overlay::translate_bundled(&kb, language));
        let mut english: BTreeSet<String> = english_kb.values().cloned().collect();
        let theirs: BTreeSet<String> = translated_kb.values().cloned().collect();
        for id in i18n::message_ids(Language::English) {
            english.insert(i18n::message(Language::English, &id, None));
        }
        let mut theirs = theirs;
        for id in i18n::message_ids(language) {
            theirs.insert(i18n::message(language, &id, None));
        }
        english.retain(|text| !theirs.contains(text) && text.chars().any(char::is_alphabetic));
        english
    }

    fn assert_no_english(
        harness: &Harness<'_, MicDoctorApp>,
        english: &BTreeSet<String>,
        screen: &str,
    ) {
        let shown: Vec<String> = harness
            .query_all_by(|node| text_of(node).is_some())
            .filter_map(|node| text_of(&node.accesskit_node()))
            .collect();
        let english_seen: Vec<&String> = shown
            .iter()
            .filter(|text| text.contains("[en]") || english.contains(*text))
            .collect();
        assert!(
            english_seen.is_empty(),
            "{screen}: English on screen: {english_seen:#?}"
        );
        assert!(!shown.is_empty(), "{screen}: nothing read");
    }

    fn message(language: Language, id: &str, args: &[(&str, i64)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            fluent.set(*name, *value);
        }
        i18n::message(language, id, Some(&fluent))
    }

    fn walk(language: Language) {
        let english = english_only(language);
        assert!(
            english.len() > 500,
            "only {} English texts to look for",
            english.len()
        );
        let mut harness = Harness::builder()
            .with_size(egui::vec2(1100.0, 760.0))
            .build_eframe(|cc| MicDoctorApp::new(cc, kb(), "bundled".into()));
        click(&mut harness, language.native_name());
        assert_eq!(harness.state().state.language, language);
        assert_no_english(&harness, &english, "start");

        let title = harness
            .state()
            .state
            .kb
            .problem("mic_whatsapp")
            .unwrap()
            .title
            .clone();
        click(&mut harness, &title);
        assert_no_english(&harness, &english, "symptoms");
        let symptom = harness
            .state()
            .state
            .kb
            .finding("only_whatsapp_silent")
            .unwrap()
            .label
            .clone();
        click(&mut harness, &symptom);
        click(
            &mut harness,
            &message(language, "symptoms-continue", &[("count", 1)]),
        );
        assert_no_english(&harness, &english, "workspace");

        // Pass the checks until the permission fix comes up, then say it worked.
        for _ in 0..40 {
            if next_step_id(&mut harness).as_deref() == Some("fix_permissions") {
                break;
            }
            let not_sure = message(language, "workspace-answer-not-sure", &[]);
            if harness
                .query_by_role_and_label(Role::Button, &not_sure)
                .is_some()
            {
                click(&mut harness, &not_sure);
            } else {
                click(&mut harness, &message(language, "workspace-fix-skip", &[]));
            }
        }
        assert_no_english(&harness, &english, "fix card");
        click(
            &mut harness,
            &message(language, "workspace-fix-worked", &[]),
        );
        assert_eq!(
            harness.state().state.screen,
            micdoctor::ui::state::Screen::Outcome
        );
        assert_no_english(&harness, &english, "outcome");
    }

    #[test]
    fn the_journey_in_brazilian_portuguese() {
        walk(Language::PortugueseBrazil);
    }

    #[test]
    fn the_journey_in_spanish() {
        walk(Language::Spanish);
    }
}

/// Arguments that are counts of something: a message that shows one next to a noun must choose the
/// noun's form by the count (a Fluent select on it), or "1 long silences" slips through.
const COUNTS: &[&str] = &[
    "count",
    "uses",
    "events",
    "checks",
    "cases",
    "kb_total",
    "app_total",
    "skipped",
    "silent",
    "rows",
    "recognised",
    "orphaned",
    "findings",
    "faq",
    "customers",
    "clipped",
    "problems",
    "causes",
    "fixes",
];

/// Counts shown with no noun that changes with them, by language (checked by hand).
const NO_NOUN: &[(&str, &str, &str)] = &[
    // "Continue with 1 picked": the English adjective has one form.
    ("en", "symptoms-continue", "count"),
    // "3 WhatsApp uses, 1 recognised": the English adjective has one form.
    ("en", "report-privacy-read", "recognised"),
    // Lists of names or problems in words, not counts.
    ("*", "notice-kb-opened-without-translations", "problems"),
    ("*", "notice-translations-unusable", "problems"),
    ("*", "kiosk-staff-message-kb-unusable", "problems"),
    ("*", "cli-unknown-cause", "causes"),
    // "{ $kb_missing } of { $kb_total } texts": the noun follows the total, which chooses it.
    ("*", "cli-translation-incomplete", "kb_missing"),
    ("*", "cli-translation-incomplete", "app_missing"),
    // "Next (2 more)", "Siguiente (2 más)", "Próximo (mais 2)": no noun, one form in each language.
    ("*", "notice-next", "count"),
    // "3 orphaned": the English adjective has one form.
    ("en", "cli-translation-incomplete", "orphaned"),
];

#[test]
fn every_count_chooses_its_nouns_form() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/i18n");
    let mut found = Vec::new();
    for language in Language::ALL {
        let dir = root.join(language.code());
        for file in std::fs::read_dir(&dir).unwrap() {
            let path = file.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            // Each message: its first line "id = …" and the indented lines after it.
            let mut messages: Vec<(String, String)> = Vec::new();
            for line in text.lines() {
                let starts_message = line.split_once(" = ").is_some_and(|(id, _)| {
                    !id.is_empty()
                        && id
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                });
                if starts_message {
                    let (id, body) = line.split_once(" = ").unwrap();
                    messages.push((id.to_owned(), body.to_owned()));
                } else if let Some((_, body)) = messages.last_mut() {
                    body.push('\n');
                    body.push_str(line);
                }
            }
            for (id, body) in &messages {
                for count in COUNTS {
                    let shown = body.contains(&format!("{{ ${count} }}"));
                    let chosen = body.contains(&format!("${count} ->"));
                    let exempt = NO_NOUN.iter().any(|(lang, exempt_id, var)| {
                        (*lang == "*" || *lang == language.code())
                            && exempt_id == id
                            && var == count
                    });
                    if shown && !chosen && !exempt {
                        found.push(format!(
                            "{}: {id} shows ${count} without choosing its noun",
                            path.display()
                        ));
                    }
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// A count of one reads as one in every language.
#[test]
fn a_count_of_one_reads_as_one_in_every_language() {
    let one = |language: Language, id: &str, args: &[(&str, &str)]| {
        let mut fluent = i18n::FluentArgs::new();
        for (name, value) in args {
            match value.parse::<i64>() {
                Ok(n) => fluent.set(*name, n),
                Err(_) => fluent.set(*name, *value),
            }
        }
        i18n::message(language, id, Some(&fluent))
    };
    let learned = [("cases", "1"), ("since", "2026-12-01")];
    assert_eq!(
        one(Language::English, "report-learned", &learned),
        "Priors learned from 1 case since 2026-12-01"
    );
    assert_eq!(
        one(Language::PortugueseBrazil, "report-learned", &learned),
        "Probabilidades aprendidas de 1 caso desde 2026-12-01"
    );
    assert_eq!(
        one(Language::Spanish, "report-learned", &learned),
        "Probabilidades aprendidas de 1 caso desde 2026-12-01"
    );
    let picture = [
        ("seconds", "4"),
        ("level", "-20"),
        ("quiet", "-45"),
        ("silent", "1"),
        ("clipped", "1"),
        ("high_band", "-12"),
        ("bandwidth", "8"),
    ];
    for (language, expected) in [
        (
            Language::English,
            "Marked: 1 long silence and 1 clipped stretch.",
        ),
        (
            Language::PortugueseBrazil,
            "Marcados: 1 silêncio longo e 1 trecho saturado.",
        ),
        (
            Language::Spanish,
            "Marcados: 1 silencio largo y 1 tramo saturado.",
        ),
    ] {
        let text = one(language, "recording-picture-text", &picture);
        assert!(text.contains(expected), "{language}: {text}");
    }
}
