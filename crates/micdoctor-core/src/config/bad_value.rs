//! What can be wrong with one value of the config file, typed so a person reads it in their language.

use std::net::IpAddr;

use crate::i18n::Language;
use crate::pin::PinError;
use crate::t;

/// Why one config value cannot be used. `Display` is English, for logs.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum BadValue {
    #[error("{value} is outside {low} to {high}")]
    OutsideRange { value: f64, low: f64, high: f64 },
    #[error(
        "{0} would listen on every network; name this computer's address on the shop's network"
    )]
    EveryNetwork(IpAddr),
    #[error("a Wi-Fi name has 1 to 32 bytes")]
    WifiName,
    #[error("a WPA password has 8 to 63 characters")]
    WifiPassword,
    #[error("{0}")]
    PinHash(PinError),
}

impl BadValue {
    /// `value` outside `low..=high`.
    pub fn outside(value: impl Into<f64>, low: impl Into<f64>, high: impl Into<f64>) -> Self {
        Self::OutsideRange {
            value: value.into(),
            low: low.into(),
            high: high.into(),
        }
    }

    /// The problem in `language`, for people.
    #[must_use]
    pub fn in_words(&self, language: Language) -> String {
        match self {
            Self::OutsideRange { value, low, high } => t!(
                language,
                "config-value-outside",
                value = *value,
                low = *low,
                high = *high
            ),
            Self::EveryNetwork(address) => t!(
                language,
                "config-value-every-network",
                address = address.to_string()
            ),
            Self::WifiName => t!(language, "config-value-wifi-name"),
            Self::WifiPassword => t!(language, "config-value-wifi-password"),
            Self::PinHash(err) => err.in_words(language),
        }
    }
}
