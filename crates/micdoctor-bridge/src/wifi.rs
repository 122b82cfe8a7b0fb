//! The text of a "join this Wi-Fi" QR code, in the form the iPhone's Camera reads:
//! `WIFI:T:WPA;S:<ssid>;P:<password>;;`, with `\ ; , : "` escaped by a backslash in the name and the
//! password.

use crate::settings::{ShopWifi, WifiSecurity};

/// `text` with the characters the Wi-Fi QR format reserves escaped.
#[must_use]
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | ';' | ',' | ':' | '"') {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

/// The Wi-Fi QR code's text for `wifi`.
#[must_use]
pub fn wifi_qr_text(wifi: &ShopWifi) -> String {
    let kind = match wifi.security {
        WifiSecurity::Wpa => "WPA",
        WifiSecurity::Wep => "WEP",
        WifiSecurity::None => "nopass",
    };
    let mut text = format!("WIFI:T:{kind};S:{};", escape(&wifi.ssid));
    if wifi.security != WifiSecurity::None {
        text.push_str("P:");
        text.push_str(&escape(&wifi.password));
        text.push(';');
    }
    if wifi.hidden {
        text.push_str("H:true;");
    }
    text.push(';');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wifi(ssid: &str, password: &str, security: WifiSecurity) -> ShopWifi {
        ShopWifi {
            ssid: ssid.to_owned(),
            password: password.to_owned(),
            security,
            hidden: false,
        }
    }

    #[test]
    fn the_standard_form_with_every_reserved_character_escaped() {
        assert_eq!(
            wifi_qr_text(&wifi("Shop", "secret123", WifiSecurity::Wpa)),
            "WIFI:T:WPA;S:Shop;P:secret123;;"
        );
        assert_eq!(
            wifi_qr_text(&wifi(r#"A;B,C:D"E\F"#, r#"p;a:s,s"\"#, WifiSecurity::Wep)),
            r#"WIFI:T:WEP;S:A\;B\,C\:D\"E\\F;P:p\;a\:s\,s\"\\;;"#
        );
        assert_eq!(
            wifi_qr_text(&wifi("Café Grátis", "ignored", WifiSecurity::None)),
            "WIFI:T:nopass;S:Café Grátis;;"
        );
        let mut hidden = wifi("Back room", "x", WifiSecurity::Wpa);
        hidden.hidden = true;
        assert_eq!(wifi_qr_text(&hidden), "WIFI:T:WPA;S:Back room;P:x;H:true;;");
    }
}
