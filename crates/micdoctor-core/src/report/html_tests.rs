//! Unit tests of `html.rs`.

use super::*;

#[test]
fn escape_neutralises_markup_and_quotes() {
    assert_eq!(
        escape("<script>alert(1)</script>"),
        "&lt;script&gt;alert(1)&lt;/script&gt;"
    );
    assert_eq!(escape("\"&'"), "&quot;&amp;&#39;");
    assert_eq!(escape("a\" onload=\"x"), "a&quot; onload=&quot;x");
    assert_eq!(escape("&amp;"), "&amp;amp;");
}

#[test]
fn escape_leaves_plain_text_alone() {
    let text = "Settings \u{203a} Privacy & Security".replace('&', "and");
    assert_eq!(escape(&text), text);
    assert_eq!(escape(""), "");
    assert_eq!(escape("caf\u{e9} \u{1f3a4}"), "caf\u{e9} \u{1f3a4}");
}

#[test]
fn a_bundled_picture_is_inlined_and_an_unknown_one_keeps_its_caption() {
    let mut s = String::new();
    figure(
        &mut s,
        &Picture {
            id: "mic_locations".to_owned(),
            alt: "Three <mics>".to_owned(),
            image: None,
        },
    );
    assert!(s.contains("src=\"data:image/svg+xml;base64,"), "{s}");
    assert!(s.contains("alt=\"Three &lt;mics&gt;\""), "{s}");
    let mut s = String::new();
    figure(
        &mut s,
        &Picture {
            id: "nowhere".to_owned(),
            alt: "Gone".to_owned(),
            image: None,
        },
    );
    assert_eq!(s, "<figure><figcaption>Gone</figcaption></figure>");
}

#[test]
fn a_knowledge_bases_own_picture_is_inlined_instead_of_the_bundled_one() {
    let mut s = String::new();
    figure(
        &mut s,
        &Picture {
            id: "mic_locations".to_owned(),
            alt: "Ours".to_owned(),
            image: Some(crate::kb::Picture {
                format: crate::kb::PictureFormat::Png,
                bytes: std::sync::Arc::from(&b"\x89PNG"[..]),
            }),
        },
    );
    let data = base64::engine::general_purpose::STANDARD.encode(b"\x89PNG");
    assert!(
        s.contains(&format!("src=\"data:image/png;base64,{data}\"")),
        "{s}"
    );
    assert!(!s.contains("image/svg+xml"), "{s}");
}
