//! The shop's configuration file: one TOML file in the platform's config directory (or `--config FILE`),
//! parsed strictly so that a typo is reported by name instead of silently ignored.

mod bad_value;
mod phone_bridge;

use std::path::{Path, PathBuf};

use serde::Deserialize;

pub use bad_value::BadValue;
pub use phone_bridge::{DEFAULT_LINK_MINUTES, PhoneBridgeConfig, WifiSecurity};

use crate::fs::ReadError;
use crate::i18n::Language;
use crate::store_location::StoreLocation;
use crate::t;

/// Config files larger than this are refused (a real one is a few hundred bytes).
pub const MAX_CONFIG_BYTES: u64 = 64 * 1024;

/// Default seconds without input before the kiosk asks "Are you still there?".
pub const DEFAULT_IDLE_SECONDS: u32 = 120;
/// Default seconds the "Are you still there?" overlay counts down before the case is cleared.
pub const DEFAULT_IDLE_COUNTDOWN_SECONDS: u32 = 15;
/// Default zoom of the kiosk's touch-first style.
pub const DEFAULT_KIOSK_ZOOM: f32 = 1.4;

/// Every key of the config file. Unknown keys are an error.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Run as a counter kiosk: fullscreen, touch-first, idle reset, staff PIN.
    pub kiosk: bool,
    /// Seconds without input before "Are you still there?" (kiosk).
    pub idle_seconds: u32,
    /// Seconds the idle overlay counts down before the case is cleared (kiosk).
    pub idle_countdown_seconds: u32,
    /// Zoom of the kiosk's style; 1.4 makes every button at least 56 px tall.
    pub kiosk_zoom: f32,
    /// The staff PIN as an argon2 PHC string, made by `micdoctor hash-pin`. Required in kiosk mode.
    pub staff_pin_hash: Option<String>,
    /// A knowledge base to open instead of the bundled one.
    pub knowledge_base: Option<PathBuf>,
    /// The case store where every case is written when it starts and at every outcome: a SQLite file,
    /// or a `postgres://` address that several counters share.
    pub case_store: Option<StoreLocation>,
    /// Priors learned from the shop's cases (`micdoctor learn --out`), used in place of the knowledge
    /// base's own.
    pub learned: Option<PathBuf>,
    /// The older setting: a folder with `cases.jsonl`. Still read: the store is then `cases.sqlite` in
    /// that folder, and `cases.jsonl` is imported into it once.
    pub case_log_dir: Option<PathBuf>,
    /// The language the app starts in, and each new kiosk customer gets: "en", "pt-BR" or "es".
    pub language: Language,
    /// Whether staff may write a customer's name and phone number on a case (off: no personal data is
    /// stored). Either can be deleted with the case (`micdoctor cases forget CODE`).
    pub customer_contact: bool,
    /// "Send from the iPhone": the upload page a QR code opens (`[phone_bridge]`, docs/phone-bridge.md).
    pub phone_bridge: PhoneBridgeConfig,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            kiosk: false,
            idle_seconds: DEFAULT_IDLE_SECONDS,
            idle_countdown_seconds: DEFAULT_IDLE_COUNTDOWN_SECONDS,
            kiosk_zoom: DEFAULT_KIOSK_ZOOM,
            staff_pin_hash: None,
            knowledge_base: None,
            case_store: None,
            learned: None,
            case_log_dir: None,
            language: Language::English,
            customer_contact: false,
            phone_bridge: PhoneBridgeConfig::default(),
        }
    }
}

/// The store's file name inside an older `case_log_dir`.
pub const STORE_FILE_IN_LOG_DIR: &str = "cases.sqlite";

/// Why a config file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The config file could not be read, was over [`MAX_CONFIG_BYTES`] or was not text.
    #[error("the config file: {0}")]
    Read(#[from] ReadError),
    /// Not TOML, or a key or type the config does not have; `line` counts from 1 and `written` is that
    /// line as the file has it.
    #[error("the config file {path} is not valid at line {line} ({written}): {message}")]
    Syntax {
        path: PathBuf,
        line: usize,
        written: String,
        message: String,
    },
    #[error("the config file {path} has a bad value for `{key}`: {problem}")]
    Value {
        path: PathBuf,
        key: &'static str,
        problem: BadValue,
    },
    #[error(
        "kiosk mode needs a staff PIN: run `micdoctor hash-pin` and put the `staff_pin_hash = …` line it prints in {path}"
    )]
    KioskNeedsPin { path: PathBuf },
}

impl ConfigError {
    /// The error in `language`, for people; `Display` stays English for logs. What the TOML reader said
    /// is quoted as it said it.
    #[must_use]
    pub fn in_words(&self, language: Language) -> String {
        let shown = |path: &Path| path.display().to_string();
        match self {
            Self::Read(err) => t!(language, "config-error-read", why = err.in_words(language)),
            Self::Syntax {
                path,
                line,
                written,
                message,
            } => t!(
                language,
                "config-error-syntax",
                path = shown(path),
                line = *line,
                written = written.as_str(),
                why = message.as_str()
            ),
            Self::Value { path, key, problem } => t!(
                language,
                "config-error-value",
                path = shown(path),
                key = *key,
                why = problem.in_words(language)
            ),
            Self::KioskNeedsPin { path } => {
                t!(language, "config-error-kiosk-needs-pin", path = shown(path))
            }
        }
    }
}

impl Config {
    /// The case store in force: `case_store`, else `cases.sqlite` in the older `case_log_dir`; `None`
    /// means no case is ever written.
    #[must_use]
    pub fn store_location(&self) -> Option<StoreLocation> {
        self.case_store.clone().or_else(|| {
            self.case_log_dir
                .as_ref()
                .map(|dir| StoreLocation::File(dir.join(STORE_FILE_IN_LOG_DIR)))
        })
    }

    /// Where the config file lives when `--config` is not given:
    /// `~/.config/micdoctor/config.toml` on Linux, `~/Library/Application Support/app.micdoctor.MicDoctor/config.toml`
    /// on macOS, `%APPDATA%\micdoctor\MicDoctor\config\config.toml` on Windows.
    #[must_use]
    pub fn default_path() -> Option<PathBuf> {
        directories::ProjectDirs::from("app", "micdoctor", "MicDoctor")
            .map(|dirs| dirs.config_dir().join("config.toml"))
    }

    /// Reads the config: from `explicit` (which must exist), else from [`Config::default_path`] when that
    /// file exists, else the defaults.
    ///
    /// # Errors
    /// When the file cannot be read, is not TOML, has unknown keys, or a value is out of range.
    pub fn load(explicit: Option<&Path>) -> Result<Self, ConfigError> {
        match explicit {
            Some(path) => Self::load_file(path),
            None => match Self::default_path() {
                Some(path) if path.exists() => Self::load_file(&path),
                _ => Ok(Self::default()),
            },
        }
    }

    /// Reads and checks one config file.
    ///
    /// # Errors
    /// As [`Config::load`].
    pub fn load_file(path: &Path) -> Result<Self, ConfigError> {
        let text = crate::fs::read_text(path, MAX_CONFIG_BYTES)?;
        Self::parse(&text, path)
    }

    /// Parses config text; `path` only names the file in errors.
    ///
    /// # Errors
    /// As [`Config::load`].
    pub fn parse(text: &str, path: &Path) -> Result<Self, ConfigError> {
        let config: Self = toml::from_str(text).map_err(|err| {
            let line = err.span().map_or(1, |span| {
                1 + text
                    .get(..span.start)
                    .map_or(0, |before| before.matches('\n').count())
            });
            ConfigError::Syntax {
                path: path.to_owned(),
                line,
                written: cut_short(text.lines().nth(line - 1).unwrap_or("").trim()),
                message: err.message().trim_end().replace('\n', " "),
            }
        })?;
        config.check(path)?;
        Ok(config)
    }

    fn check(&self, path: &Path) -> Result<(), ConfigError> {
        let bad = |key, problem: BadValue| ConfigError::Value {
            path: path.to_owned(),
            key,
            problem,
        };
        if !(15..=86_400).contains(&self.idle_seconds) {
            return Err(bad(
                "idle_seconds",
                BadValue::outside(self.idle_seconds, 15, 86_400),
            ));
        }
        if !(5..=300).contains(&self.idle_countdown_seconds) {
            return Err(bad(
                "idle_countdown_seconds",
                BadValue::outside(self.idle_countdown_seconds, 5, 300),
            ));
        }
        if !(self.kiosk_zoom.is_finite() && (1.0..=3.0).contains(&self.kiosk_zoom)) {
            return Err(bad(
                "kiosk_zoom",
                BadValue::outside(
                    (f64::from(self.kiosk_zoom) * 100.0).round() / 100.0,
                    1.0,
                    3.0,
                ),
            ));
        }
        if let Some((key, problem)) = self.phone_bridge.problem() {
            return Err(bad(key, problem));
        }
        if let Some(hash) = &self.staff_pin_hash {
            crate::pin::check_hash(hash)
                .map_err(|err| bad("staff_pin_hash", BadValue::PinHash(err)))?;
        }
        if self.kiosk {
            self.check_kiosk(path)?;
        }
        Ok(())
    }

    /// Turns kiosk mode on (`--kiosk`), which needs a staff PIN. `path` names the file to put it in.
    ///
    /// # Errors
    /// When no `staff_pin_hash` is set.
    pub fn enable_kiosk(&mut self, path: &Path) -> Result<(), ConfigError> {
        self.kiosk = true;
        self.check_kiosk(path)
    }

    fn check_kiosk(&self, path: &Path) -> Result<(), ConfigError> {
        if self.staff_pin_hash.is_none() {
            return Err(ConfigError::KioskNeedsPin {
                path: path.to_owned(),
            });
        }
        Ok(())
    }
}

/// A line of the file as a message quotes it: at most 60 characters, then "…".
fn cut_short(line: &str) -> String {
    const MOST: usize = 60;
    match line.char_indices().nth(MOST) {
        Some((end, _)) => format!("{}…", &line[..end]),
        None => line.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, ConfigError> {
        Config::parse(text, Path::new("shop.toml"))
    }

    #[test]
    fn empty_file_means_defaults() {
        assert_eq!(parse("").unwrap(), Config::default());
        assert_eq!(Config::default().idle_seconds, 120);
        assert_eq!(Config::default().idle_countdown_seconds, 15);
    }

    #[test]
    fn every_key_is_read() {
        let hash = crate::pin::hash_pin("2468").unwrap();
        let config = parse(&format!(
            "kiosk = true\nidle_seconds = 90\nidle_countdown_seconds = 10\nkiosk_zoom = 1.5\n\
             staff_pin_hash = '{hash}'\nknowledge_base = '/srv/kb.json'\ncase_log_dir = '/srv/cases'\nlanguage = 'pt-BR'\n"
        ))
        .unwrap();
        assert!(config.kiosk);
        assert_eq!(config.idle_seconds, 90);
        assert_eq!(config.idle_countdown_seconds, 10);
        assert!((config.kiosk_zoom - 1.5).abs() < f32::EPSILON);
        assert_eq!(config.staff_pin_hash.as_deref(), Some(hash.as_str()));
        assert_eq!(config.knowledge_base, Some(PathBuf::from("/srv/kb.json")));
        assert_eq!(config.case_log_dir, Some(PathBuf::from("/srv/cases")));
        assert_eq!(config.language, Language::PortugueseBrazil);
    }

    #[test]
    fn the_case_store_is_a_file_or_a_postgres_address() {
        let config =
            parse("case_store = 'postgres://shop:pw@db.local/cases'\ncustomer_contact = true\n")
                .unwrap();
        assert_eq!(
            config.store_location(),
            Some(StoreLocation::Postgres(
                "postgres://shop:pw@db.local/cases".into()
            ))
        );
        assert!(config.customer_contact);
        let config = parse("case_log_dir = '/srv/cases'\n").unwrap();
        assert_eq!(
            config.store_location(),
            Some(StoreLocation::File(PathBuf::from(
                "/srv/cases/cases.sqlite"
            )))
        );
        assert!(
            !parse("").unwrap().customer_contact,
            "no personal data by default"
        );
    }

    #[test]
    fn unknown_key_is_named() {
        let err = parse("kiosk = false\nidle_secs = 30\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("shop.toml"), "{err}");
        assert!(err.contains("idle_secs"), "{err}");
    }

    #[test]
    fn wrong_type_is_named_with_its_line() {
        let err = parse("kiosk = \"yes\"\n").unwrap_err().to_string();
        assert!(err.contains("kiosk"), "{err}");
        assert!(err.contains("line 1"), "{err}");
    }

    #[test]
    fn out_of_range_values_are_refused() {
        for (text, key) in [
            ("idle_seconds = 0", "idle_seconds"),
            ("idle_seconds = 100000", "idle_seconds"),
            ("idle_countdown_seconds = 1", "idle_countdown_seconds"),
            ("kiosk_zoom = 0.2", "kiosk_zoom"),
            ("kiosk_zoom = nan", "kiosk_zoom"),
            ("staff_pin_hash = 'letmein'", "staff_pin_hash"),
        ] {
            let err = parse(text).unwrap_err();
            assert!(
                matches!(&err, ConfigError::Value { key: k, .. } if *k == key),
                "{text}: {err}"
            );
        }
        let negative = parse("idle_seconds = -5").unwrap_err();
        assert!(matches!(negative, ConfigError::Syntax { .. }), "{negative}");
    }

    #[test]
    fn the_phone_bridge_table_is_read_and_checked() {
        let defaults = parse("").unwrap().phone_bridge;
        assert!(defaults.enabled && defaults.address.is_none() && defaults.port == 0);
        assert_eq!(defaults.link_minutes, DEFAULT_LINK_MINUTES);
        let config = parse(
            "[phone_bridge]\nenabled = false\naddress = '192.168.1.20'\nport = 8765\nlink_minutes = 5\n\
             wifi_ssid = 'Shop'\nwifi_password = 'secret123'\nwifi_security = 'WPA'\nwifi_hidden = true\n",
        )
        .unwrap()
        .phone_bridge;
        assert!(!config.enabled);
        assert_eq!(config.address, Some("192.168.1.20".parse().unwrap()));
        assert_eq!((config.port, config.link_minutes), (8765, 5));
        assert_eq!(config.wifi_ssid.as_deref(), Some("Shop"));
        assert!(config.wifi_hidden);
        assert_eq!(
            parse("[phone_bridge]\nwifi_ssid = 'Free'\nwifi_security = 'nopass'\n")
                .unwrap()
                .phone_bridge
                .wifi_security,
            WifiSecurity::None
        );
        for (text, key) in [
            ("address = '0.0.0.0'", "phone_bridge.address"),
            ("address = '::'", "phone_bridge.address"),
            ("link_minutes = 0", "phone_bridge.link_minutes"),
            ("link_minutes = 61", "phone_bridge.link_minutes"),
            ("wifi_ssid = ''", "phone_bridge.wifi_ssid"),
            (
                "wifi_ssid = 'Shop'\nwifi_password = 'short'",
                "phone_bridge.wifi_password",
            ),
        ] {
            let err = parse(&format!("[phone_bridge]\n{text}\n")).unwrap_err();
            assert!(
                matches!(&err, ConfigError::Value { key: k, .. } if *k == key),
                "{text}: {err}"
            );
        }
        let err = parse("[phone_bridge]\nadress = '10.0.0.2'\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("adress"), "{err}");
    }

    #[test]
    fn kiosk_needs_a_pin() {
        let err = parse("kiosk = true").unwrap_err().to_string();
        assert!(err.contains("hash-pin"), "{err}");
    }

    #[test]
    fn the_kiosk_flag_needs_a_pin_too() {
        let mut config = parse("").unwrap();
        let err = config.enable_kiosk(Path::new("shop.toml")).unwrap_err();
        assert!(err.to_string().contains("staff_pin_hash"), "{err}");
        let mut config = parse(&format!(
            "staff_pin_hash = '{}'",
            crate::pin::hash_pin("1357").unwrap()
        ))
        .unwrap();
        config.enable_kiosk(Path::new("shop.toml")).unwrap();
        assert!(config.kiosk);
    }

    #[test]
    fn missing_explicit_file_is_an_error_but_missing_default_is_not() {
        let err = Config::load(Some(Path::new("/nonexistent/micdoctor.toml"))).unwrap_err();
        assert!(
            matches!(err, ConfigError::Read(ReadError::Io { .. })),
            "{err}"
        );
    }

    #[test]
    fn huge_file_is_refused_before_parsing() {
        let dir = std::env::temp_dir().join(format!("micdoctor-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("big.toml");
        std::fs::write(&path, "#".repeat(100_000)).unwrap();
        let err = Config::load_file(&path).unwrap_err();
        assert!(
            matches!(err, ConfigError::Read(ReadError::TooLarge { .. })),
            "{err}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
