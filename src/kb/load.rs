//! Reading a knowledge base from JSON text or a file, with errors that name the place.

use std::path::Path;

use super::error::{Issue, KbError};
use super::model::KnowledgeBase;
use super::validate::{IllustrationCatalog, validate};

/// The knowledge base shipped inside the binary.
pub const BUNDLED_JSON: &str = include_str!("../../knowledge/iphone-whatsapp.json");

/// Where the bundled knowledge base came from, for Help › About and reports.
pub const BUNDLED_SOURCE: &str = "bundled: knowledge/iphone-whatsapp.json";

/// Largest knowledge-base file MicDoctor reads (bytes). Real ones are a few hundred KB.
pub const MAX_KB_BYTES: u64 = 16 * 1024 * 1024;

/// Parses JSON text into the model without checking cross-references.
///
/// # Errors
/// [`KbError::Syntax`] for malformed JSON and [`KbError::Shape`] for a value of the wrong type or a
/// missing/unknown field, both with line and column.
pub fn parse(text: &str) -> Result<KnowledgeBase, KbError> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let parsed: Result<KnowledgeBase, _> = serde_path_to_error::deserialize(&mut deserializer);
    let kb = parsed.map_err(|err| {
        let path = json_path(&err.path().to_string());
        let inner = err.into_inner();
        let (line, column) = (inner.line(), inner.column());
        let message = plain_serde_message(&inner);
        if inner.is_syntax() || inner.is_eof() {
            KbError::Syntax {
                line,
                column,
                message,
            }
        } else {
            KbError::Shape {
                path,
                line,
                column,
                message,
            }
        }
    })?;
    deserializer.end().map_err(|inner| KbError::Syntax {
        line: inner.line(),
        column: inner.column(),
        message: plain_serde_message(&inner),
    })?;
    Ok(kb)
}

/// Parses and validates JSON text.
///
/// # Errors
/// Any [`parse`] error, or [`KbError::Invalid`] listing every validation issue.
pub fn load_str(text: &str, catalog: &dyn IllustrationCatalog) -> Result<KnowledgeBase, KbError> {
    let kb = parse(text)?;
    let issues = validate(&kb, catalog);
    if issues.is_empty() {
        Ok(kb)
    } else {
        Err(KbError::Invalid(issues))
    }
}

/// Reads, parses and validates a knowledge-base file.
///
/// # Errors
/// [`KbError::Io`] when the file cannot be read, [`KbError::TooLarge`] past [`MAX_KB_BYTES`],
/// [`KbError::NotUtf8`] for bytes that are not text, or any [`load_str`] error.
pub fn load_file(path: &Path, catalog: &dyn IllustrationCatalog) -> Result<KnowledgeBase, KbError> {
    let io_error = |source| KbError::Io {
        path: path.display().to_string(),
        source,
    };
    let size = std::fs::metadata(path).map_err(io_error)?.len();
    if size > MAX_KB_BYTES {
        return Err(KbError::TooLarge {
            size,
            limit: MAX_KB_BYTES,
        });
    }
    let bytes = std::fs::read(path).map_err(io_error)?;
    let text = String::from_utf8(bytes).map_err(|err| KbError::NotUtf8 {
        offset: err.utf8_error().valid_up_to(),
    })?;
    load_str(&text, catalog)
}

/// Loads the bundled knowledge base.
///
/// # Errors
/// Only if the bundled file is broken, which the test suite rules out.
pub fn bundled(catalog: &dyn IllustrationCatalog) -> Result<KnowledgeBase, KbError> {
    load_str(BUNDLED_JSON, catalog)
}

/// Turns `serde_path_to_error`'s `findings[3].likelihoods` into `$.findings[3].likelihoods`.
fn json_path(path: &str) -> String {
    if path == "." || path.is_empty() {
        "$".to_owned()
    } else if path.starts_with('[') {
        format!("${path}")
    } else {
        format!("$.{path}")
    }
}

/// `serde_json`'s message without its trailing " at line L column C" (we report those separately).
fn plain_serde_message(err: &serde_json::Error) -> String {
    let text = err.to_string();
    match text.rfind(" at line ") {
        Some(cut) => text[..cut].to_owned(),
        None => text,
    }
}

impl From<Issue> for KbError {
    fn from(issue: Issue) -> Self {
        Self::Invalid(vec![issue])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::validate::NoIllustrations;

    #[test]
    fn syntax_error_reports_line_and_column() {
        let err = parse("{\n  \"schema_version\": 1,\n  oops\n}").unwrap_err();
        match err {
            KbError::Syntax { line, column, .. } => {
                assert_eq!(line, 3);
                assert_eq!(column, 3);
            }
            other => panic!("expected a syntax error, got {other:?}"),
        }
    }

    #[test]
    fn wrong_type_reports_json_path() {
        let text = r#"{"schema_version": "one"}"#;
        match parse(text).unwrap_err() {
            KbError::Shape { path, line, .. } => {
                assert_eq!(path, "$.schema_version");
                assert_eq!(line, 1);
            }
            other => panic!("expected a shape error, got {other:?}"),
        }
    }

    #[test]
    fn trailing_garbage_is_a_syntax_error() {
        let text = format!("{BUNDLED_JSON} x");
        assert!(matches!(parse(&text), Err(KbError::Syntax { .. })));
    }

    #[test]
    fn empty_and_truncated_inputs_are_errors_not_panics() {
        for text in [
            "",
            "{",
            "[",
            "null",
            &BUNDLED_JSON[..BUNDLED_JSON.len() / 2],
        ] {
            assert!(load_str(text, &NoIllustrations).is_err(), "{text:.20}");
        }
    }

    #[test]
    fn missing_file_is_an_io_error() {
        let err = load_file(Path::new("/nonexistent/kb.json"), &NoIllustrations).unwrap_err();
        assert!(matches!(err, KbError::Io { .. }));
        assert!(err.to_string().contains("/nonexistent/kb.json"));
    }

    #[test]
    fn invalid_utf8_is_reported_with_its_offset() {
        let dir = std::env::temp_dir().join(format!("micdoctor-utf8-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("kb.json");
        std::fs::write(&path, b"{\"a\": \"\xff\"}").unwrap();
        let err = load_file(&path, &NoIllustrations).unwrap_err();
        assert!(matches!(err, KbError::NotUtf8 { offset: 7 }), "{err:?}");
        std::fs::remove_dir_all(dir).unwrap();
    }
}
