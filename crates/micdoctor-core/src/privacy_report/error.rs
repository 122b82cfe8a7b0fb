//! Why a file is not a readable App Privacy Report, each case naming the file and saying how to save the
//! report again. `Display` is English, for logs and JSON; [`PrivacyReportError::in_words`] is for people,
//! in the current language, from the messages in `assets/i18n/*/privacy.ftl` (as `RecordingError` does
//! for recordings).

use std::path::PathBuf;

use fluent_bundle::FluentArgs;

use crate::i18n::{self, Language};

/// How to save the report on the iPhone, in English (the catalogs have it in every language).
pub const HOW_TO_SAVE: &str = "on the iPhone, open Settings › Privacy & Security › App Privacy Report and tap the Share button";

/// Bytes in a mebibyte: sizes are said in MB.
const MIB: u64 = 1024 * 1024;

/// Why an App Privacy Report could not be read. Every message names the file.
#[derive(Debug, thiserror::Error)]
pub enum PrivacyReportError {
    #[error("cannot read {}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{} is empty: there is no App Privacy Report in it; {HOW_TO_SAVE}", path.display())]
    Empty { path: PathBuf },
    /// `size` is the file's size, or what had been read when reading stopped (then at least `limit` + 1).
    #[error(
        "{} is over {} MB ({size} bytes or more); an App Privacy Report is a few MB and MicDoctor reads them up to {} MB; {HOW_TO_SAVE}",
        path.display(),
        limit / MIB,
        limit / MIB
    )]
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },
    #[error("{} is not an App Privacy Report (no line of it is an access or a network record); {HOW_TO_SAVE}", path.display())]
    NotAReport { path: PathBuf },
    #[error("{} is an App Privacy Report in the format of the iOS 15 betas (2021), which MicDoctor does not read; update the iPhone and {HOW_TO_SAVE}", path.display())]
    OldFormat { path: PathBuf },
}

impl PrivacyReportError {
    /// The id of the message for people in the catalogs (`assets/i18n/*/privacy.ftl`).
    #[must_use]
    pub fn message_id(&self) -> &'static str {
        match self {
            Self::Io { .. } => "privacy-error-io",
            Self::Empty { .. } => "privacy-error-empty",
            Self::TooLarge { .. } => "privacy-error-too-large",
            Self::NotAReport { .. } => "privacy-error-not-a-report",
            Self::OldFormat { .. } => "privacy-error-old-format",
        }
    }

    /// The message's arguments: `file` always; `why` (what the system said) for [`Self::Io`];
    /// `limit_mb` for [`Self::TooLarge`].
    #[must_use]
    pub fn message_args(&self) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        let path = match self {
            Self::Io { path, .. }
            | Self::Empty { path }
            | Self::TooLarge { path, .. }
            | Self::NotAReport { path }
            | Self::OldFormat { path } => path,
        };
        args.set("file", path.display().to_string());
        match self {
            Self::Io { source, .. } => args.set("why", source.to_string()),
            Self::TooLarge { limit, .. } => args.set("limit_mb", limit / MIB),
            _ => {}
        }
        args
    }

    /// The message in `language`, for people: the window and the command line's text output. `Display`
    /// stays English, for logs.
    #[must_use]
    pub fn in_words(&self, language: Language) -> String {
        i18n::message(language, self.message_id(), Some(&self.message_args()))
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    fn every_error() -> Vec<PrivacyReportError> {
        let path = || Path::new("App_Privacy_Report_v4_2025-09-07T22_31_11.ndjson").to_owned();
        vec![
            PrivacyReportError::Io {
                path: path(),
                source: std::io::Error::new(std::io::ErrorKind::NotFound, "gone"),
            },
            PrivacyReportError::Empty { path: path() },
            PrivacyReportError::TooLarge {
                path: path(),
                size: 40 * MIB,
                limit: 32 * MIB,
            },
            PrivacyReportError::NotAReport { path: path() },
            PrivacyReportError::OldFormat { path: path() },
        ]
    }

    #[test]
    fn every_error_has_words_in_every_language_naming_the_file() {
        for language in Language::ALL {
            for err in every_error() {
                let words = err.in_words(language);
                assert!(
                    words.contains("App_Privacy_Report_v4_2025-09-07T22_31_11.ndjson"),
                    "{language}: {words}"
                );
                assert!(!words.contains("[en]"), "{language}: {words}");
                assert!(!words.contains(err.message_id()), "{language}: {words}");
                assert!(!words.contains('$'), "{language}: {words}");
                assert!(err.to_string().contains("App_Privacy_Report_v4"), "{err}");
            }
        }
    }

    #[test]
    fn the_words_say_where_the_report_is_in_the_languages_iphone() {
        let not_a_report = &every_error()[3];
        for (language, path) in [
            (
                Language::English,
                "Settings › Privacy & Security › App Privacy Report",
            ),
            (
                Language::PortugueseBrazil,
                "Ajustes › Privacidade e Segurança › Relatório de Privacidade do App",
            ),
            (
                Language::Spanish,
                "Configuración › Privacidad y seguridad › Reporte de privacidad de apps",
            ),
        ] {
            let words = not_a_report.in_words(language);
            assert!(words.contains(path), "{language}: {words}");
        }
        let too_large = every_error()[2].in_words(Language::English);
        assert!(too_large.contains("32 MB"), "{too_large}");
        let io = every_error()[0].in_words(Language::Spanish);
        assert!(io.contains("gone"), "{io}");
    }
}
