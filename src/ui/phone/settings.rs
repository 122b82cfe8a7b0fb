//! The config's `[phone_bridge]` table as the bridge's settings.

use std::time::Duration;

use micdoctor_bridge::{BridgeSettings, ShopWifi};
use micdoctor_core::config::{PhoneBridgeConfig, WifiSecurity};

/// The bridge's settings from the config, or `None` when the shop turned the feature off. The language
/// is set when a card opens (the case's).
#[must_use]
pub fn from_config(config: &PhoneBridgeConfig) -> Option<BridgeSettings> {
    if !config.enabled {
        return None;
    }
    let wifi = config.wifi_ssid.as_ref().map(|ssid| ShopWifi {
        ssid: ssid.clone(),
        password: config.wifi_password.clone(),
        security: match config.wifi_security {
            WifiSecurity::Wpa => micdoctor_bridge::WifiSecurity::Wpa,
            WifiSecurity::Wep => micdoctor_bridge::WifiSecurity::Wep,
            WifiSecurity::None => micdoctor_bridge::WifiSecurity::None,
        },
        hidden: config.wifi_hidden,
    });
    Some(BridgeSettings {
        address: config.address,
        port: config.port,
        link_lifetime: Duration::from_secs(u64::from(config.link_minutes) * 60),
        wifi,
        ..BridgeSettings::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn off_means_no_settings_and_the_wifi_comes_across() {
        let off = PhoneBridgeConfig {
            enabled: false,
            ..PhoneBridgeConfig::default()
        };
        assert!(from_config(&off).is_none());
        let on = PhoneBridgeConfig {
            port: 8765,
            link_minutes: 5,
            wifi_ssid: Some("Shop".to_owned()),
            wifi_password: "secret123".to_owned(),
            ..PhoneBridgeConfig::default()
        };
        let settings = from_config(&on).expect("on");
        assert_eq!(settings.port, 8765);
        assert_eq!(settings.link_lifetime, Duration::from_mins(5));
        assert_eq!(settings.wifi.expect("wifi").ssid, "Shop");
        assert!(settings.address.is_none(), "the default route's address");
    }
}
