//! Reading the files people hand MicDoctor (knowledge bases, translations, sessions, configs, worlds,
//! pictures) without ever reading past a limit: the size is checked before reading and again while
//! reading, so a device such as `/dev/zero`, which reports size 0 and never ends, or a file that grows,
//! stops at the limit too.

use std::io::Read as _;
use std::path::Path;

use crate::i18n::{Language, decimals};
use crate::t;

/// Why a file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path} is {size} bytes; the limit is {limit} bytes")]
    TooLarge { path: String, size: u64, limit: u64 },
    #[error("{path} is not UTF-8 text (bad byte at offset {offset})")]
    NotUtf8 { path: String, offset: usize },
}

impl ReadError {
    /// The message in `language`, for people; what the system said is quoted as it said it.
    #[must_use]
    pub fn in_words(&self, language: Language) -> String {
        match self {
            Self::Io { path, source } => t!(
                language,
                "read-error-io",
                path = path.as_str(),
                why = source.to_string()
            ),
            Self::TooLarge { path, limit, .. } => t!(
                language,
                "read-error-too-large",
                path = path.as_str(),
                limit = size_words(language, *limit)
            ),
            Self::NotUtf8 { path, offset } => t!(
                language,
                "read-error-not-text",
                path = path.as_str(),
                offset = *offset
            ),
        }
    }
}

/// A file size as a person reads it: "16 MB", "1.5 MB", "64 KB" (with the language's decimal separator).
fn size_words(language: Language, bytes: u64) -> String {
    const KIB: f64 = 1024.0;
    #[allow(clippy::cast_precision_loss)] // sizes far below 2^52
    let bytes = bytes as f64;
    if bytes >= KIB * KIB {
        let megabytes = decimals(language, bytes / (KIB * KIB), 1);
        let whole = megabytes
            .strip_suffix("0")
            .and_then(|s| s.strip_suffix(language.decimal_separator()))
            .unwrap_or(&megabytes);
        format!("{whole} MB")
    } else {
        format!("{} KB", (bytes / KIB).ceil())
    }
}

/// The bytes of the file at `path`, at most `limit` of them.
///
/// # Errors
/// [`ReadError::Io`] when it cannot be read, [`ReadError::TooLarge`] past the limit.
pub fn read_bytes(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let name = || path.display().to_string();
    let io = |source| ReadError::Io {
        path: name(),
        source,
    };
    let size = std::fs::metadata(path).map_err(io)?.len();
    if size > limit {
        return Err(ReadError::TooLarge {
            path: name(),
            size,
            limit,
        });
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|file| file.take(limit + 1).read_to_end(&mut bytes))
        .map_err(io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge {
            path: name(),
            size: bytes.len() as u64,
            limit,
        });
    }
    Ok(bytes)
}

/// The text of the file at `path`, at most `limit` bytes of UTF-8.
///
/// # Errors
/// Those of [`read_bytes`], and [`ReadError::NotUtf8`] for bytes that are not text.
pub fn read_text(path: &Path, limit: u64) -> Result<String, ReadError> {
    String::from_utf8(read_bytes(path, limit)?).map_err(|err| ReadError::NotUtf8 {
        path: path.display().to_string(),
        offset: err.utf8_error().valid_up_to(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_within_the_limit_is_read_whole() {
        let path = std::env::temp_dir().join(format!("micdoctor-fs-{}.txt", std::process::id()));
        std::fs::write(&path, "héllo").unwrap();
        assert_eq!(read_text(&path, 6).unwrap(), "héllo");
        let err = read_text(&path, 5).unwrap_err();
        assert!(
            matches!(
                err,
                ReadError::TooLarge {
                    size: 6,
                    limit: 5,
                    ..
                }
            ),
            "{err}"
        );
        std::fs::write(&path, [b'a', 0xff, b'b']).unwrap();
        assert!(matches!(
            read_text(&path, 10),
            Err(ReadError::NotUtf8 { offset: 1, .. })
        ));
        std::fs::remove_file(&path).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn an_endless_device_stops_at_the_limit() {
        let err = read_bytes(Path::new("/dev/zero"), 1024).unwrap_err();
        assert!(
            matches!(err, ReadError::TooLarge { size: 1025, .. }),
            "{err}"
        );
    }

    #[test]
    fn a_missing_file_names_itself() {
        let err = read_text(Path::new("/no/such/file.json"), 10).unwrap_err();
        assert!(err.to_string().contains("/no/such/file.json"), "{err}");
    }
}
