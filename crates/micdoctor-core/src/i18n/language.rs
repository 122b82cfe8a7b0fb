//! The languages MicDoctor speaks.

use serde::{Deserialize, Serialize};

/// A language of the app, its reports and the knowledge base.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum Language {
    #[default]
    #[serde(rename = "en")]
    English,
    #[serde(rename = "pt-BR")]
    PortugueseBrazil,
    #[serde(rename = "es")]
    Spanish,
}

impl Language {
    /// Every language, in the order a picker lists them.
    pub const ALL: [Self; 3] = [Self::English, Self::PortugueseBrazil, Self::Spanish];

    /// The BCP 47 tag, as in file names (`pt-BR.json`) and `--lang`.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Self::English => "en",
            Self::PortugueseBrazil => "pt-BR",
            Self::Spanish => "es",
        }
    }

    /// The language's name in itself, for pickers (never translated).
    #[must_use]
    pub fn native_name(self) -> &'static str {
        match self {
            Self::English => "English",
            Self::PortugueseBrazil => "Portugu\u{ea}s (Brasil)",
            Self::Spanish => "Espa\u{f1}ol",
        }
    }

    /// Parses a tag, forgiving case and `_` (`pt_br`, `PT-BR`, `es-419` → Spanish).
    #[must_use]
    pub fn from_code(code: &str) -> Option<Self> {
        let code = code.trim().replace('_', "-").to_ascii_lowercase();
        match code.as_str() {
            "en" | "en-us" | "en-gb" => Some(Self::English),
            "pt-br" | "pt" => Some(Self::PortugueseBrazil),
            _ if code == "es" || code.starts_with("es-") => Some(Self::Spanish),
            _ => None,
        }
    }

    /// The decimal separator written in this language: Brazil writes a comma; the Spanish here is Mexico's
    /// (as are its iOS names), which writes a point.
    #[must_use]
    pub fn decimal_separator(self) -> char {
        match self {
            Self::English | Self::Spanish => '.',
            Self::PortugueseBrazil => ',',
        }
    }
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_parse_forgivingly() {
        for language in Language::ALL {
            assert_eq!(Language::from_code(language.code()), Some(language));
        }
        assert_eq!(
            Language::from_code("PT_br"),
            Some(Language::PortugueseBrazil)
        );
        assert_eq!(Language::from_code("es-419"), Some(Language::Spanish));
        assert_eq!(Language::from_code("fr"), None);
        assert_eq!(
            serde_json::to_string(&Language::PortugueseBrazil).unwrap(),
            "\"pt-BR\""
        );
    }
}
