//! The case code as a QR code, for a shop's scanner: as dark and light modules (the app paints them) and
//! as inline SVG (the printed report). Medium error correction survives a crease or a smudge.

use qrcode::render::svg;
use qrcode::{Color, EcLevel, QrCode};

/// A QR code's modules, row by row (`true` is dark), and its width in modules (no quiet zone).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrModules {
    pub width: usize,
    pub dark: Vec<bool>,
}

fn code(text: &str) -> Option<QrCode> {
    QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()
}

/// The modules of `text`'s QR code; `None` only for a text too long for any QR code.
#[must_use]
pub fn qr_modules(text: &str) -> Option<QrModules> {
    let code = code(text)?;
    Some(QrModules {
        width: code.width(),
        dark: code
            .to_colors()
            .into_iter()
            .map(|c| c == Color::Dark)
            .collect(),
    })
}

/// `text`'s QR code as an inline SVG image, named for screen readers by `title`.
#[must_use]
pub fn qr_svg(text: &str, title: &str) -> Option<String> {
    let image = code(text)?
        .render::<svg::Color<'_>>()
        .min_dimensions(120, 120)
        .quiet_zone(true)
        .build();
    // The renderer writes an XML declaration and a bare <svg>: inline, it needs neither, and it gets a role
    // and a title.
    let start = image.find("<svg")?;
    // Inline SVG in HTML needs no namespace, and the printed page names no address at all.
    let body = image[start..].replacen(" xmlns=\"http://www.w3.org/2000/svg\"", "", 1);
    let open_end = body.find('>')?;
    Some(format!(
        "{} role=\"img\"><title>{}</title>{}",
        &body[..open_end],
        super::html::escape(title),
        &body[open_end + 1..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_case_code_makes_a_small_square_code() {
        let modules = qr_modules("MD-7K2Q-9XPA").unwrap();
        // Version 1 (21 × 21) holds it at level M.
        assert_eq!(modules.width, 21);
        assert_eq!(modules.dark.len(), 21 * 21);
        // The three finder patterns: each corner's 7 × 7 square has a dark border.
        for (row, col) in [(0, 0), (0, 14), (14, 0)] {
            assert!(modules.dark[row * 21 + col]);
            assert!(modules.dark[(row + 6) * 21 + col + 6]);
        }
        let svg = qr_svg("MD-7K2Q-9XPA", "QR code of case MD-7K2Q-9XPA").unwrap();
        assert!(svg.starts_with("<svg"));
        assert!(svg.contains("role=\"img\"><title>QR code of case MD-7K2Q-9XPA</title>"));
        assert!(!svg.contains("<?xml"));
        assert!(!svg.contains("http"));
    }
}
