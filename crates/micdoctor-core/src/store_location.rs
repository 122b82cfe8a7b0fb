//! Where the shop's case store is (config `case_store`, `--store`): a SQLite file on this machine, or a
//! PostgreSQL database that several counters share. Parsing only; opening it is the store crate's job.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// A case store's location.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(from = "String")]
pub enum StoreLocation {
    /// A SQLite file.
    File(PathBuf),
    /// A PostgreSQL connection address (`postgres://user:password@host:port/database`).
    Postgres(String),
}

impl StoreLocation {
    /// `text` as a location: a `postgres://` or `postgresql://` address, else a file path.
    #[must_use]
    pub fn parse(text: &str) -> Self {
        let lower = text.trim_start().to_ascii_lowercase();
        if lower.starts_with("postgres://") || lower.starts_with("postgresql://") {
            Self::Postgres(text.trim().to_owned())
        } else {
            Self::File(PathBuf::from(text))
        }
    }

    /// The location as written in a config file, password included (never show it to people; they get
    /// [`fmt::Display`]).
    #[must_use]
    pub fn spec(&self) -> String {
        match self {
            Self::File(path) => path.to_string_lossy().into_owned(),
            Self::Postgres(url) => url.clone(),
        }
    }

    /// The file, when the store is one.
    #[must_use]
    pub fn file(&self) -> Option<&Path> {
        match self {
            Self::File(path) => Some(path),
            Self::Postgres(_) => None,
        }
    }
}

impl From<String> for StoreLocation {
    fn from(text: String) -> Self {
        Self::parse(&text)
    }
}

impl From<PathBuf> for StoreLocation {
    fn from(path: PathBuf) -> Self {
        Self::File(path)
    }
}

impl std::str::FromStr for StoreLocation {
    type Err = std::convert::Infallible;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Ok(Self::parse(text))
    }
}

/// Shown to people: a file's path, or the address with any password replaced by `***`.
impl fmt::Display for StoreLocation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::File(path) => write!(f, "{}", path.display()),
            Self::Postgres(url) => f.write_str(&without_password(url)),
        }
    }
}

/// `url` with the password of its `user:password@` part hidden.
fn without_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(authority_end);
    match authority.rsplit_once('@') {
        Some((userinfo, host)) => match userinfo.split_once(':') {
            Some((user, _password)) => format!("{scheme}://{user}:***@{host}{tail}"),
            None => url.to_owned(),
        },
        None => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_and_paths_are_told_apart() {
        assert_eq!(
            StoreLocation::parse("/srv/cases.sqlite"),
            StoreLocation::File(PathBuf::from("/srv/cases.sqlite"))
        );
        assert_eq!(
            StoreLocation::parse("PostgreSQL://shop@db/cases"),
            StoreLocation::Postgres("PostgreSQL://shop@db/cases".into())
        );
        assert_eq!(
            StoreLocation::parse("postgres://db/cases").file(),
            None,
            "an address is not a file"
        );
    }

    #[test]
    fn a_password_is_never_shown() {
        let shown =
            StoreLocation::parse("postgres://shop:s3cret@db.local:5432/cases?connect_timeout=3")
                .to_string();
        assert_eq!(
            shown,
            "postgres://shop:***@db.local:5432/cases?connect_timeout=3"
        );
        assert_eq!(
            StoreLocation::parse("postgres://shop@db/cases").to_string(),
            "postgres://shop@db/cases"
        );
        assert_eq!(
            StoreLocation::parse("postgresql://db/cases").to_string(),
            "postgresql://db/cases"
        );
    }
}
