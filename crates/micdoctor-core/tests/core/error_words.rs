//! Every error a person can read has words in every language: one example of each variant of the core's
//! errors (reading a file, the knowledge base, the engine, a saved case, the config, a PIN, learned
//! priors), said in English, Brazilian Portuguese and Spanish. A variant added without an example fails
//! `each_variant_has_an_example`; one added without words does not compile (`in_words` matches them all).

use std::collections::BTreeSet;
use std::net::{IpAddr, Ipv4Addr};
use std::path::PathBuf;

use micdoctor_core::config::{BadValue, ConfigError};
use micdoctor_core::engine::EngineError;
use micdoctor_core::fs::ReadError;
use micdoctor_core::i18n::Language;
use micdoctor_core::kb::{Issue, KbError};
use micdoctor_core::learn::LearnError;
use micdoctor_core::pin::PinError;
use micdoctor_core::session::{SessionError, SessionFileError};

const FILE: &str = "/srv/shop/micdoctor-file.json";

fn reads() -> Vec<ReadError> {
    vec![
        ReadError::Io {
            path: FILE.into(),
            source: std::io::Error::new(std::io::ErrorKind::PermissionDenied, "denied"),
        },
        ReadError::TooLarge {
            path: FILE.into(),
            size: 9_000_000,
            limit: 4_194_304,
        },
        ReadError::NotUtf8 {
            path: FILE.into(),
            offset: 17,
        },
    ]
}

fn read_variant(err: &ReadError) -> usize {
    match err {
        ReadError::Io { .. } => 0,
        ReadError::TooLarge { .. } => 1,
        ReadError::NotUtf8 { .. } => 2,
    }
}

fn engines() -> Vec<EngineError> {
    vec![
        EngineError::UnknownProblem("mic_facetime".into()),
        EngineError::BadModel {
            problem: "mic_whatsapp".into(),
            why: "no cause has a prior".into(),
        },
        EngineError::UnknownId {
            kind: "finding",
            id: "voice_memo_ok".into(),
            problem: "mic_whatsapp".into(),
        },
        EngineError::UnknownId {
            kind: "fix",
            id: "fix_restart".into(),
            problem: "mic_whatsapp".into(),
        },
    ]
}

fn engine_variant(err: &EngineError) -> usize {
    match err {
        EngineError::UnknownProblem(_) => 0,
        EngineError::BadModel { .. } => 1,
        EngineError::UnknownId { .. } => 2,
    }
}

fn kbs() -> Vec<KbError> {
    let mut all: Vec<KbError> = reads().into_iter().map(KbError::Read).collect();
    all.extend([
        KbError::Syntax {
            line: 3,
            column: 9,
            message: "expected `,`".into(),
        },
        KbError::Shape {
            path: "$.causes[2].prior".into(),
            line: 40,
            column: 12,
            message: "invalid type: string".into(),
        },
        KbError::Invalid(vec![Issue::new("$.fixes[0].id", "duplicate id")]),
        KbError::Invalid(vec![
            Issue::new("$.fixes[0].id", "duplicate id"),
            Issue::new("$.causes[1]", "no prior"),
        ]),
    ]);
    all
}

fn kb_variant(err: &KbError) -> usize {
    match err {
        KbError::Read(_) => 0,
        KbError::Syntax { .. } => 1,
        KbError::Shape { .. } => 2,
        KbError::Invalid(_) => 3,
    }
}

fn sessions() -> Vec<SessionError> {
    vec![
        SessionError::Engine(EngineError::UnknownProblem("mic_facetime".into())),
        SessionError::Json("expected value at line 1".into()),
    ]
}

fn session_variant(err: &SessionError) -> usize {
    match err {
        SessionError::Engine(_) => 0,
        SessionError::Json(_) => 1,
    }
}

fn session_files() -> Vec<SessionFileError> {
    let mut all: Vec<SessionFileError> = reads().into_iter().map(SessionFileError::Read).collect();
    all.extend(
        sessions()
            .into_iter()
            .map(|source| SessionFileError::Invalid {
                path: FILE.into(),
                source,
            }),
    );
    all
}

fn session_file_variant(err: &SessionFileError) -> usize {
    match err {
        SessionFileError::Read(_) => 0,
        SessionFileError::Invalid { .. } => 1,
    }
}

fn pins() -> Vec<PinError> {
    vec![
        PinError::BadPin,
        PinError::BadHash("no $argon2id$ prefix".into()),
        PinError::Hashing("out of memory".into()),
    ]
}

fn pin_variant(err: &PinError) -> usize {
    match err {
        PinError::BadPin => 0,
        PinError::BadHash(_) => 1,
        PinError::Hashing(_) => 2,
    }
}

fn bad_values() -> Vec<BadValue> {
    let mut all = vec![
        BadValue::outside(5, 15, 86_400),
        BadValue::EveryNetwork(IpAddr::V4(Ipv4Addr::UNSPECIFIED)),
        BadValue::WifiName,
        BadValue::WifiPassword,
    ];
    all.extend(pins().into_iter().map(BadValue::PinHash));
    all
}

fn bad_value_variant(err: &BadValue) -> usize {
    match err {
        BadValue::OutsideRange { .. } => 0,
        BadValue::EveryNetwork(_) => 1,
        BadValue::WifiName => 2,
        BadValue::WifiPassword => 3,
        BadValue::PinHash(_) => 4,
    }
}

fn configs() -> Vec<ConfigError> {
    let path = || PathBuf::from("/etc/micdoctor/config.toml");
    let mut all: Vec<ConfigError> = reads().into_iter().map(ConfigError::Read).collect();
    all.push(ConfigError::Syntax {
        path: path(),
        line: 4,
        written: "language = 5".into(),
        message: "invalid type: integer `5`, expected a string".into(),
    });
    all.extend(bad_values().into_iter().map(|problem| ConfigError::Value {
        path: path(),
        key: "idle_seconds",
        problem,
    }));
    all.push(ConfigError::KioskNeedsPin { path: path() });
    all
}

fn config_variant(err: &ConfigError) -> usize {
    match err {
        ConfigError::Read(_) => 0,
        ConfigError::Syntax { .. } => 1,
        ConfigError::Value { .. } => 2,
        ConfigError::KioskNeedsPin { .. } => 3,
    }
}

fn learns() -> Vec<LearnError> {
    let mut all: Vec<LearnError> = reads().into_iter().map(LearnError::Read).collect();
    all.extend([
        LearnError::Parse {
            path: FILE.into(),
            why: "expected value".into(),
        },
        LearnError::NotLearned("world".into()),
        LearnError::BadStrength(-2.0),
        LearnError::Unknown {
            what: "problem",
            id: "mic_facetime".into(),
        },
        LearnError::Unknown {
            what: "cause",
            id: "mic_gone".into(),
        },
        LearnError::Unknown {
            what: "fix",
            id: "fix_gone".into(),
        },
        LearnError::NotAProbability {
            id: "mic_port_blocked".into(),
            value: 1.5,
        },
        LearnError::NotNormalised("mic_whatsapp".into()),
    ]);
    all
}

fn learn_variant(err: &LearnError) -> usize {
    match err {
        LearnError::Read(_) => 0,
        LearnError::Parse { .. } => 1,
        LearnError::NotLearned(_) => 2,
        LearnError::BadStrength(_) => 3,
        LearnError::Unknown { .. } => 4,
        LearnError::NotAProbability { .. } => 5,
        LearnError::NotNormalised(_) => 6,
    }
}

/// Every example as (its English log line, its words in each language).
fn every_example() -> Vec<(String, Vec<(Language, String)>)> {
    fn said<E: std::fmt::Display>(
        errors: &[E],
        words: impl Fn(&E, Language) -> String,
    ) -> Vec<(String, Vec<(Language, String)>)> {
        errors
            .iter()
            .map(|err| {
                let each = Language::ALL
                    .into_iter()
                    .map(|language| (language, words(err, language)))
                    .collect();
                (err.to_string(), each)
            })
            .collect()
    }
    let mut all = said(&reads(), ReadError::in_words);
    all.extend(said(&engines(), EngineError::in_words));
    all.extend(said(&kbs(), KbError::in_words));
    all.extend(said(&sessions(), SessionError::in_words));
    all.extend(said(&session_files(), SessionFileError::in_words));
    all.extend(said(&pins(), PinError::in_words));
    all.extend(said(&bad_values(), BadValue::in_words));
    all.extend(said(&configs(), ConfigError::in_words));
    all.extend(said(&learns(), LearnError::in_words));
    all
}

fn covers<E>(examples: &[E], variant: fn(&E) -> usize, variants: usize, name: &str) {
    let seen: BTreeSet<usize> = examples.iter().map(variant).collect();
    assert_eq!(
        seen,
        (0..variants).collect(),
        "{name}: a variant has no example here, so its words are never checked"
    );
}

#[test]
fn each_variant_has_an_example() {
    covers(&reads(), read_variant, 3, "ReadError");
    covers(&engines(), engine_variant, 3, "EngineError");
    covers(&kbs(), kb_variant, 4, "KbError");
    covers(&sessions(), session_variant, 2, "SessionError");
    covers(
        &session_files(),
        session_file_variant,
        2,
        "SessionFileError",
    );
    covers(&pins(), pin_variant, 3, "PinError");
    covers(&bad_values(), bad_value_variant, 5, "BadValue");
    covers(&configs(), config_variant, 4, "ConfigError");
    covers(&learns(), learn_variant, 7, "LearnError");
}

#[test]
fn every_error_has_words_in_every_language() {
    for (log, words) in every_example() {
        let english = &words[0].1;
        for (language, text) in &words {
            assert!(!text.trim().is_empty(), "{language}: no words for {log}");
            assert!(
                !text.contains("[en]"),
                "{language}: English fallback for {log}: {text}"
            );
            assert!(
                !text.contains("{$") && !text.contains("{ $"),
                "{language}: an argument left unfilled for {log}: {text}"
            );
            assert!(
                !text.contains("-error-") && !text.contains("config-value-"),
                "{language}: a message id instead of words for {log}: {text}"
            );
            if *language != Language::English {
                assert_ne!(
                    text, english,
                    "{language}: the same words as English for {log}"
                );
            }
        }
    }
}

#[test]
fn the_words_keep_what_a_person_needs_to_act() {
    let spanish = Language::Spanish;
    // The file named, and what the system said, quoted.
    let io = reads()[0].in_words(spanish);
    assert!(io.contains(FILE) && io.contains("denied"), "{io}");
    // The TOML reader's line, not its carets.
    let syntax = configs()[3].in_words(spanish);
    assert!(syntax.contains("línea 4"), "{syntax}");
    // A value out of range says the range.
    let range = BadValue::outside(5, 15, 86_400).in_words(Language::PortugueseBrazil);
    assert!(range.contains("15") && range.contains('5'), "{range}");
    // The kiosk's PIN: the command to run.
    let pin = ConfigError::KioskNeedsPin {
        path: PathBuf::from("shop.toml"),
    }
    .in_words(Language::PortugueseBrazil);
    assert!(
        pin.contains("micdoctor hash-pin") && pin.contains("shop.toml"),
        "{pin}"
    );
    // A list of check findings keeps each finding's place in the JSON.
    let invalid = kbs().last().unwrap().in_words(spanish);
    assert!(
        invalid.contains("2 problemas") && invalid.contains("$.causes[1]"),
        "{invalid}"
    );
    // One finding is one problem, not "1 problemas".
    let one = kbs()[5].in_words(spanish);
    assert!(one.contains("1 problema:"), "{one}");
}

#[test]
fn display_stays_english_for_logs() {
    let config = configs();
    assert!(config[3].to_string().contains("line 4"), "{}", config[3]);
    assert_eq!(
        BadValue::outside(5, 15, 86_400).to_string(),
        "5 is outside 15 to 86400"
    );
}
