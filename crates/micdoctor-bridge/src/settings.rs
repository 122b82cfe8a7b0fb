//! What the app tells the bridge when it opens it: where to listen, in which language the page speaks,
//! how long the link lives and what the case asks the phone for.

use std::net::IpAddr;
use std::time::Duration;

use micdoctor_core::i18n::Language;
use micdoctor_core::recording::{Microphone, RecordingRole};

/// Default life of a link: long enough to record three takes and save them to Files, short enough that a
/// QR code photographed by someone else is soon worthless.
pub const DEFAULT_LINK_LIFETIME: Duration = Duration::from_mins(15);

/// How the bridge listens and what it accepts.
#[derive(Debug, Clone, PartialEq)]
pub struct BridgeSettings {
    /// The address to listen on. `None`: the address of the interface that holds the default route (the
    /// shop's network), found when the bridge opens. Never the unspecified address (`0.0.0.0`, `::`):
    /// such a setting is refused, so the page is never offered on every network the computer is on.
    pub address: Option<IpAddr>,
    /// The TCP port; 0 lets the system pick a free one. A shop with a firewall sets a fixed port and
    /// allows it (docs/phone-bridge.md).
    pub port: u16,
    /// The language of the page (the case's language).
    pub language: Language,
    /// The largest recording accepted, in bytes: the limit of opening a recording on the computer
    /// ([`micdoctor_recording::MAX_FILE_BYTES`]). An App Privacy Report is held to the smaller of this
    /// and [`micdoctor_core::privacy_report::MAX_REPORT_BYTES`].
    pub max_recording_bytes: u64,
    /// How long the link works after the bridge opens.
    pub link_lifetime: Duration,
    /// The shop's Wi-Fi, for a second QR code that joins it.
    pub wifi: Option<ShopWifi>,
    /// Limits against guessing, stalling and crowding.
    pub limits: Limits,
}

impl Default for BridgeSettings {
    fn default() -> Self {
        Self {
            address: None,
            port: 0,
            language: Language::English,
            max_recording_bytes: micdoctor_recording::MAX_FILE_BYTES,
            link_lifetime: DEFAULT_LINK_LIFETIME,
            wifi: None,
            limits: Limits::default(),
        }
    }
}

/// Limits against a hostile or broken client. The defaults suit a shop; tests shorten them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Wrong links an address may try before it is locked out.
    pub wrong_tries: u32,
    /// How long an address that tried too many wrong links gets 429 for everything.
    pub lockout: Duration,
    /// An upload that sends nothing for this long is stopped (the phone left the Wi-Fi, or never meant
    /// to finish).
    pub stall: Duration,
    /// An upload may take at most this long in all, however slowly it trickles.
    pub max_upload_time: Duration,
    /// A connection must send its request's headers within this time.
    pub header_timeout: Duration,
    /// Connections open at once; more are closed at once.
    pub max_connections: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            wrong_tries: 10,
            lockout: Duration::from_mins(5),
            stall: Duration::from_secs(30),
            max_upload_time: Duration::from_mins(10),
            header_timeout: Duration::from_secs(10),
            max_connections: 32,
        }
    }
}

/// The shop's Wi-Fi network, for the QR code that joins it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShopWifi {
    pub ssid: String,
    /// Empty for an open network.
    pub password: String,
    pub security: WifiSecurity,
    /// The network does not announce its name.
    pub hidden: bool,
}

/// How the shop's Wi-Fi is secured, as the Wi-Fi QR code names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum WifiSecurity {
    /// WPA, WPA2 or WPA3 with a password (`T:WPA`).
    #[default]
    Wpa,
    /// The old WEP (`T:WEP`).
    Wep,
    /// An open network (`T:nopass`).
    None,
}

/// One thing the phone can send.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Role {
    /// A recording: the one that failed, or one microphone's take.
    Recording(RecordingRole),
    /// The App Privacy Report (`.ndjson`).
    PrivacyReport,
}

impl Role {
    /// Every role, in the order the page lists them.
    pub const ALL: [Self; 5] = [
        Self::Recording(RecordingRole::Failed),
        Self::Recording(RecordingRole::Microphone(Microphone::Bottom)),
        Self::Recording(RecordingRole::Microphone(Microphone::Front)),
        Self::Recording(RecordingRole::Microphone(Microphone::Rear)),
        Self::PrivacyReport,
    ];

    /// The role's name in upload addresses and in the names of received files.
    #[must_use]
    pub fn slug(self) -> &'static str {
        match self {
            Self::Recording(RecordingRole::Failed) => "failed",
            Self::Recording(RecordingRole::Microphone(Microphone::Bottom)) => "bottom",
            Self::Recording(RecordingRole::Microphone(Microphone::Front)) => "front",
            Self::Recording(RecordingRole::Microphone(Microphone::Rear)) => "rear",
            Self::PrivacyReport => "privacy-report",
        }
    }

    /// The role named `slug`.
    #[must_use]
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|role| role.slug() == slug)
    }
}

/// What the case asks the phone for, and the case code the page shows so the customer knows it is the
/// right screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseTicket {
    /// The roles asked for, each at most once, in the page's order.
    pub asks: Vec<Role>,
    /// The case code (`MD-7K2Q-9XPA`), shown at the top of the page.
    pub case_code: Option<String>,
}

impl CaseTicket {
    /// A ticket for `asks` (duplicates dropped, put in the page's order).
    #[must_use]
    pub fn new(asks: impl IntoIterator<Item = Role>) -> Self {
        let wanted: Vec<Role> = asks.into_iter().collect();
        Self {
            asks: Role::ALL
                .into_iter()
                .filter(|role| wanted.contains(role))
                .collect(),
            case_code: None,
        }
    }

    /// "Measure the recording that failed".
    #[must_use]
    pub fn failed_recording() -> Self {
        Self::new([Role::Recording(RecordingRole::Failed)])
    }

    /// "Test each microphone": the three takes.
    #[must_use]
    pub fn microphone_test() -> Self {
        Self::new(
            Microphone::ALL
                .into_iter()
                .map(|mic| Role::Recording(RecordingRole::Microphone(mic))),
        )
    }

    /// The App Privacy Report.
    #[must_use]
    pub fn privacy_report() -> Self {
        Self::new([Role::PrivacyReport])
    }

    /// The same ticket, showing `code` on the page.
    #[must_use]
    pub fn with_case_code(mut self, code: impl Into<String>) -> Self {
        self.case_code = Some(code.into());
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip_and_tickets_keep_the_page_order() {
        for role in Role::ALL {
            assert_eq!(Role::from_slug(role.slug()), Some(role));
        }
        assert_eq!(Role::from_slug("../etc"), None);
        let ticket = CaseTicket::new([
            Role::PrivacyReport,
            Role::Recording(RecordingRole::Failed),
            Role::PrivacyReport,
        ]);
        assert_eq!(
            ticket.asks,
            [Role::Recording(RecordingRole::Failed), Role::PrivacyReport]
        );
        assert_eq!(CaseTicket::microphone_test().asks.len(), 3);
    }
}
