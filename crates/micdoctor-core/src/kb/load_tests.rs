//! Unit tests of `load.rs`.

use super::*;
use crate::fs::ReadError;
use crate::kb::validate::NoIllustrations;

#[test]
fn syntax_error_reports_line_and_column() {
    let err = parse("{\n  \"schema_version\": 1,\n  oops\n}").unwrap_err();
    match err {
        KbError::Syntax { line, column, .. } => {
            assert_eq!(line, 3);
            assert_eq!(column, 3);
        }
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

#[test]
fn wrong_type_reports_json_path() {
    let text = r#"{"schema_version": "one"}"#;
    match parse(text).unwrap_err() {
        KbError::Shape { path, line, .. } => {
            assert_eq!(path, "$.schema_version");
            assert_eq!(line, 1);
        }
        other => panic!("expected a shape error, got {other:?}"),
    }
}

#[test]
fn the_plain_parser_reads_what_the_path_tracking_one_reads() {
    let plain = parse(BUNDLED_JSON).expect("the bundled knowledge base parses");
    let tracked = parse_tracking_the_path(BUNDLED_JSON).expect("and with its path tracked");
    assert_eq!(plain, tracked);
}

#[test]
fn trailing_garbage_is_a_syntax_error() {
    let text = format!("{BUNDLED_JSON} x");
    assert!(matches!(parse(&text), Err(KbError::Syntax { .. })));
}

#[test]
fn empty_and_truncated_inputs_are_errors_not_panics() {
    for text in [
        "",
        "{",
        "[",
        "null",
        &BUNDLED_JSON[..BUNDLED_JSON.len() / 2],
    ] {
        assert!(load_str(text, &NoIllustrations).is_err(), "{text:.20}");
    }
}

#[test]
fn missing_file_is_an_io_error() {
    let err = load_file(Path::new("/nonexistent/kb.json"), &NoIllustrations).unwrap_err();
    assert!(matches!(err, KbError::Read(ReadError::Io { .. })));
    assert!(err.to_string().contains("/nonexistent/kb.json"));
}

#[test]
fn pictures_are_sniffed_by_their_bytes_not_their_names() {
    let svg = "\u{feff}  \n<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>";
    assert_eq!(
        sniff_picture("a.png", svg.as_bytes()),
        Ok(PictureFormat::Svg)
    );
    assert_eq!(
        sniff_picture(
            "a.svg",
            b"<svg><use href=\"#shape\"/><image href='data:image/png;base64,AA'/></svg>"
        ),
        Ok(PictureFormat::Svg)
    );
    for not_svg in [
        &b"<?xml version=\"1.0\"?><html/>"[..],
        b"GIF89a",
        b"",
        b"\xff<svg>",
    ] {
        assert!(matches!(
            sniff_picture("x", not_svg),
            Err(PictureError::NotAPicture { .. })
        ));
    }
    for linked in [
        "<svg><image href=\"/etc/passwd\"/></svg>",
        "<svg><image xlink:href = 'http://example.invalid/x.png'/></svg>",
        "<svg><use href=\"other.svg#a\"/></svg>",
        "<svg><image href=\"unterminated/></svg>",
    ] {
        assert!(
            matches!(
                sniff_picture("x.svg", linked.as_bytes()),
                Err(PictureError::ExternalReference { .. })
            ),
            "{linked}"
        );
    }
}

#[test]
fn paths_are_checked_before_the_disk_is_touched() {
    let root = Path::new("/nonexistent-root");
    for (file, absolute) in [
        ("../x.png", false),
        ("a/../../x.png", false),
        ("/etc/passwd", true),
    ] {
        let err = inside_folder(root, file).unwrap_err();
        if absolute {
            assert!(
                matches!(err, PictureError::Absolute { .. }),
                "{file}: {err}"
            );
        } else {
            assert!(
                matches!(err, PictureError::OutsideFolder { .. }),
                "{file}: {err}"
            );
        }
    }
    assert_eq!(inside_folder(root, " "), Err(PictureError::Empty));
}

#[test]
fn invalid_utf8_is_reported_with_its_offset() {
    let dir = std::env::temp_dir().join(format!("micdoctor-utf8-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("kb.json");
    std::fs::write(&path, b"{\"a\": \"\xff\"}").unwrap();
    let err = load_file(&path, &NoIllustrations).unwrap_err();
    assert!(
        matches!(err, KbError::Read(ReadError::NotUtf8 { offset: 7, .. })),
        "{err:?}"
    );
    std::fs::remove_dir_all(dir).unwrap();
}
