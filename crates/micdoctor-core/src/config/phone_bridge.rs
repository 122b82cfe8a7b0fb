//! The `[phone_bridge]` table of the config file: whether "Send from the iPhone" is offered, the one
//! local address and port its upload page listens on, how long a link works, and the shop's Wi-Fi for
//! the QR code that joins it. The bridge itself is the `micdoctor-bridge` crate; this is only its settings.

use std::net::IpAddr;

use serde::Deserialize;

use super::BadValue;

/// Default minutes a link works.
pub const DEFAULT_LINK_MINUTES: u32 = 15;

/// The phone bridge's settings.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PhoneBridgeConfig {
    /// Offer "Send from the iPhone" (a QR code that opens an upload page). On by default; a shop turns it
    /// off with `enabled = false`.
    pub enabled: bool,
    /// The address to listen on. Unset: the address of the interface that holds the default route (the
    /// shop's network). Never `0.0.0.0` or `::` (every network): such a value is refused.
    pub address: Option<IpAddr>,
    /// The TCP port; 0 (the default) lets the system pick a free one each time. A shop whose firewall
    /// must allow the port sets a fixed one.
    pub port: u16,
    /// Minutes a link works after its QR code is shown (1–60).
    pub link_minutes: u32,
    /// The shop's Wi-Fi name, for a second QR code the iPhone's Camera joins in one tap.
    pub wifi_ssid: Option<String>,
    /// The Wi-Fi password (empty for an open network).
    pub wifi_password: String,
    /// How the Wi-Fi is secured: "WPA" (WPA, WPA2 or WPA3; the default), "WEP" or "nopass".
    pub wifi_security: WifiSecurity,
    /// The Wi-Fi does not announce its name.
    pub wifi_hidden: bool,
}

impl Default for PhoneBridgeConfig {
    fn default() -> Self {
        Self {
            enabled: true,
            address: None,
            port: 0,
            link_minutes: DEFAULT_LINK_MINUTES,
            wifi_ssid: None,
            wifi_password: String::new(),
            wifi_security: WifiSecurity::Wpa,
            wifi_hidden: false,
        }
    }
}

/// The Wi-Fi's security, as the Wi-Fi QR code names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
pub enum WifiSecurity {
    #[default]
    #[serde(rename = "WPA")]
    Wpa,
    #[serde(rename = "WEP")]
    Wep,
    #[serde(rename = "nopass")]
    None,
}

impl PhoneBridgeConfig {
    /// What is wrong with these settings, as (key, message).
    #[must_use]
    pub fn problem(&self) -> Option<(&'static str, BadValue)> {
        if let Some(address) = self.address
            && address.is_unspecified()
        {
            return Some(("phone_bridge.address", BadValue::EveryNetwork(address)));
        }
        if !(1..=60).contains(&self.link_minutes) {
            return Some((
                "phone_bridge.link_minutes",
                BadValue::outside(self.link_minutes, 1, 60),
            ));
        }
        if let Some(ssid) = &self.wifi_ssid {
            if ssid.is_empty() || ssid.len() > 32 {
                return Some(("phone_bridge.wifi_ssid", BadValue::WifiName));
            }
            let length = self.wifi_password.len();
            if self.wifi_security == WifiSecurity::Wpa && !(8..=63).contains(&length) {
                return Some(("phone_bridge.wifi_password", BadValue::WifiPassword));
            }
        }
        None
    }
}
