//! Hostile input, each with the clear error it gets and proof that nothing changed: knowledge-base files
//! (not JSON, cut short, wrong types, out-of-range and non-finite numbers, duplicate and dangling ids, no
//! problems, deep nesting, 500 MB, not UTF-8, pictures outside the folder or not pictures), saved cases
//! and config files. Knowledge bases go through the desktop app's File › Open (the app keeps the one it
//! had, and the open case); the others through their loaders and the command line.
use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use crate::support::desktop::{Scripted, desktop, menu};
use crate::support::{click, kb, open_mic_workspace};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use micdoctor::ui::MicDoctorApp;
use micdoctor::ui::desktop::file_dialog::Picked;
use micdoctor::ui::state::{AppState, Screen};
use micdoctor::ui::widgets::illustration::use_pictures_of;
use micdoctor_core::assets::BundledIllustrations;
use micdoctor_core::config::{Config, ConfigError, MAX_CONFIG_BYTES};
use micdoctor_core::fs::ReadError;
use micdoctor_core::i18n::Language;
use micdoctor_core::kb::{
    self, BUNDLED_JSON, KbError, KnowledgeBase, MAX_KB_BYTES, MAX_PICTURE_BYTES, PictureFormat,
};
use micdoctor_core::session::{MAX_SESSION_BYTES, Session, SessionError, SessionFileError};
use serde_json::{Value, json};

/// A fresh folder for one test.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("micdoctor-robust-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn bundled_value() -> Value {
    serde_json::from_str(BUNDLED_JSON).unwrap()
}

/// The bundled KB's JSON changed by `edit`, written to `dir/name`.
fn edited_kb(dir: &Path, name: &str, edit: impl FnOnce(&mut Value)) -> PathBuf {
    let mut value = bundled_value();
    edit(&mut value);
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_string_pretty(&value).unwrap()).unwrap();
    path
}

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&path, bytes).unwrap();
    path
}

/// A file of `size` bytes that takes no space on disk and would take seconds to read.
fn sparse_file(dir: &Path, name: &str, size: u64) -> PathBuf {
    let path = dir.join(name);
    std::fs::File::create(&path).unwrap().set_len(size).unwrap();
    path
}

fn load(path: &Path) -> Result<KnowledgeBase, KbError> {
    kb::load_file(path, &BundledIllustrations)
}

/// The issues of an invalid knowledge base, one line each.
fn issues(path: &Path) -> Vec<String> {
    match load(path) {
        Err(err @ KbError::Invalid(_)) => err.issues(),
        Err(other) => panic!("expected validation issues, got {other}"),
        Ok(_) => panic!("{} was accepted", path.display()),
    }
}

fn assert_issue(issues: &[String], path: &str, words: &str) {
    assert!(
        issues
            .iter()
            .any(|i| i.starts_with(&format!("{path}: ")) && i.contains(words)),
        "expected an issue at {path} mentioning {words:?}, got {issues:#?}"
    );
}

/// Opens `path` with File › Open knowledge base… while a case is open, and checks what a user sees: the
/// problems listed (each of `expected` somewhere in the list), the bundled KB still in use, the case and
/// its answers untouched, and after Close the workspace as it was.
fn refused_by_the_app(path: &Path, expected: &[&str]) {
    let dialogs = Scripted::default();
    dialogs.then(Picked::Path(path.to_owned()));
    let mut harness = desktop(&dialogs);
    open_mic_workspace(&mut harness, "only_whatsapp_silent");
    let case_before = harness.state().state.session.clone().unwrap();
    menu(&mut harness, "File", "Open knowledge base\u{2026}");

    harness.get_by_label("This knowledge base can't be used");
    harness.get_by_label("MicDoctor is still using bundled.");
    for words in expected {
        harness.get_by_label_contains(words);
    }
    let state = &harness.state().state;
    assert_eq!(state.kb_source(), "bundled");
    assert!(state.kb == kb(), "the knowledge base changed");
    assert_eq!(state.session.as_ref().unwrap().history, case_before.history);
    click(&mut harness, "Close");
    assert_eq!(harness.state().state.screen, Screen::Workspace);
    assert!(
        harness
            .query_by_label("This knowledge base can't be used")
            .is_none()
    );
}

// ---------------------------------------------------------------------------------------------------
// Knowledge-base files: syntax and shape

#[test]
fn a_kb_that_is_not_json_is_refused_at_line_1_column_1() {
    let dir = temp_dir("not-json");
    let path = write(
        &dir,
        "page.json",
        "<html><body>Not a knowledge base</body></html>\n",
    );
    let err = load(&path).unwrap_err();
    assert!(
        matches!(
            err,
            KbError::Syntax {
                line: 1,
                column: 1,
                ..
            }
        ),
        "{err:?}"
    );
    refused_by_the_app(&path, &["not valid JSON at line 1, column 1"]);
}

#[test]
fn a_truncated_kb_is_refused_with_the_line_and_column_where_it_ends() {
    let dir = temp_dir("truncated");
    let text = serde_json::to_string_pretty(&bundled_value()).unwrap();
    let cut = &text[..text.len() / 3];
    let path = write(&dir, "cut.json", cut);
    let lines = cut.lines().count();
    match load(&path).unwrap_err() {
        KbError::Syntax { line, message, .. } => {
            assert_eq!(line, lines, "the error is where the text stops");
            assert!(message.contains("EOF"), "{message}");
        }
        other => panic!("expected a syntax error, got {other:?}"),
    }
    refused_by_the_app(&path, &[&format!("not valid JSON at line {lines}, column")]);
}

#[test]
fn a_value_of_the_wrong_type_is_refused_with_its_json_path_and_line() {
    let dir = temp_dir("wrong-type");
    let path = edited_kb(&dir, "typed.json", |kb| {
        kb["causes"][2]["prior"] = json!("high");
    });
    match load(&path).unwrap_err() {
        KbError::Shape { path, message, .. } => {
            assert_eq!(path, "$.causes[2].prior");
            assert!(message.contains("expected f64"), "{message}");
        }
        other => panic!("expected a shape error, got {other:?}"),
    }
    refused_by_the_app(&path, &["$.causes[2].prior (line"]);
}

#[test]
fn infinite_and_not_a_number_values_are_refused_where_they_are() {
    let dir = temp_dir("non-finite");
    // JSON has no NaN or Infinity: 1e999 overflows to infinity, which serde_json refuses by place.
    let text = BUNDLED_JSON.replacen("\"prior\": ", "\"prior\": 1e999, \"x\": ", 1);
    let overflow = write(&dir, "overflow.json", &text);
    let expected_line = text[..text.find("1e999").unwrap()].lines().count();
    match load(&overflow).unwrap_err() {
        KbError::Syntax { line, message, .. } => {
            assert_eq!(line, expected_line);
            assert_eq!(message, "number out of range");
        }
        other => panic!("expected number out of range, got {other:?}"),
    }
    refused_by_the_app(
        &overflow,
        &[
            &format!("line {expected_line}, column"),
            "number out of range",
        ],
    );

    for (name, value, words) in [
        (
            "nan-string.json",
            json!("NaN"),
            "invalid type: string \"NaN\"",
        ),
        (
            "inf-string.json",
            json!("Infinity"),
            "invalid type: string \"Infinity\"",
        ),
        ("null.json", Value::Null, "invalid type: null"),
    ] {
        let path = edited_kb(&dir, name, |kb| {
            kb["findings"][1]["default_likelihood"] = value;
        });
        match load(&path).unwrap_err() {
            KbError::Shape {
                path: at, message, ..
            } => {
                assert_eq!(at, "$.findings[1].default_likelihood", "{name}");
                assert!(message.contains(words), "{name}: {message}");
            }
            other => panic!("{name}: expected a shape error, got {other:?}"),
        }
    }
    // The bare words are not JSON at all.
    let bare = write(
        &dir,
        "bare-nan.json",
        BUNDLED_JSON.replacen("\"prior\": ", "\"prior\": NaN, \"x\": ", 1),
    );
    assert!(matches!(load(&bare), Err(KbError::Syntax { .. })));
    refused_by_the_app(&bare, &["not valid JSON at line"]);
}

#[test]
fn out_of_range_probabilities_and_costs_are_all_listed_by_path() {
    let dir = temp_dir("ranges");
    let path = edited_kb(&dir, "ranges.json", |kb| {
        kb["findings"][0]["default_likelihood"] = json!(1.5);
        kb["findings"][3]["default_likelihood"] = json!(-0.25);
        kb["fixes"][1]["cost_minutes"] = json!(0);
        kb["fixes"][2]["risk_minutes"] = json!(-1);
        kb["causes"][4]["prior"] = json!(-2);
        let cause = kb["causes"][0]["id"].as_str().unwrap().to_owned();
        kb["fixes"][3]["repairs"][cause] = json!(1.000_001);
    });
    let cause = kb().causes[0].id.clone();
    let found = issues(&path);
    assert_issue(&found, "$.findings[0].default_likelihood", "not 1.5");
    assert_issue(&found, "$.findings[3].default_likelihood", "not -0.25");
    assert_issue(
        &found,
        "$.fixes[1].cost_minutes",
        "more than 0 minutes, not 0",
    );
    assert_issue(&found, "$.fixes[2].risk_minutes", "≥ 0");
    assert_issue(&found, "$.causes[4].prior", "not -2");
    assert_issue(
        &found,
        &format!("$.fixes[3].repairs.{cause}"),
        "between 0 and 1",
    );
    refused_by_the_app(
        &path,
        &[
            "6 problems found in",
            "$.findings[0].default_likelihood",
            "$.fixes[1].cost_minutes",
            "$.causes[4].prior",
        ],
    );
}

/// A fix that weighs a risk must say what the risk is: people are told why it comes later.
#[test]
fn a_risk_without_its_note_is_listed_by_path() {
    let dir = temp_dir("risk-note");
    let path = edited_kb(&dir, "risk-note.json", |kb| {
        // fixes[2] has no risk of its own; fixes[4] (offload) has one, and loses its note.
        kb["fixes"][2]["risk_minutes"] = json!(3);
        kb["fixes"][4]
            .as_object_mut()
            .unwrap()
            .remove("risk_note")
            .unwrap();
        kb["fixes"][5]["risk_note"] = json!("  ");
    });
    let found = issues(&path);
    for index in [2, 4, 5] {
        assert_issue(
            &found,
            &format!("$.fixes[{index}].risk_note"),
            "needs a risk_note",
        );
    }
    assert_eq!(found.len(), 3, "{found:#?}");
}

#[test]
fn duplicate_and_dangling_ids_are_listed_by_path() {
    let dir = temp_dir("ids");
    let path = edited_kb(&dir, "ids.json", |kb| {
        let copy = kb["causes"][1].clone();
        kb["causes"].as_array_mut().unwrap().push(copy);
        kb["problems"][0]["fixes"]
            .as_array_mut()
            .unwrap()
            .push(json!("fix_with_magic"));
        kb["faq"][0]["related"] = json!(["nobody_knows"]);
        kb["fixes"][0]["sources"] = json!(["a_rumour"]);
    });
    let causes = kb().causes.len();
    let fixes = kb().problems[0].fixes.len();
    let found = issues(&path);
    assert_issue(&found, &format!("$.causes[{causes}].id"), "duplicate id");
    assert_issue(
        &found,
        &format!("$.problems[0].fixes[{fixes}]"),
        "unknown id \"fix_with_magic\"",
    );
    assert_issue(&found, "$.faq[0].related[0]", "unknown id \"nobody_knows\"");
    assert_issue(
        &found,
        "$.fixes[0].sources[0]",
        "unknown source \"a_rumour\"",
    );
    refused_by_the_app(
        &path,
        &[
            &format!("$.causes[{causes}].id: duplicate id"),
            "unknown id \"fix_with_magic\"",
        ],
    );
}

#[test]
fn a_kb_without_problems_is_refused() {
    let dir = temp_dir("no-problems");
    let path = edited_kb(&dir, "empty.json", |kb| kb["problems"] = json!([]));
    assert_issue(&issues(&path), "$.problems", "has no problems");
    refused_by_the_app(&path, &["$.problems: the knowledge base has no problems"]);
}

#[test]
fn two_hundred_levels_of_nesting_are_refused_where_they_start() {
    let dir = temp_dir("nesting");
    let nested = format!(
        "{{\"schema_version\": 1, \"title\": {}{}}}",
        "[".repeat(200),
        "]".repeat(200)
    );
    let path = write(&dir, "deep.json", &nested);
    // The typed reader refuses the first bracket where a text belongs: it never descends into the rest.
    match load(&path).unwrap_err() {
        KbError::Shape {
            path,
            line,
            column,
            message,
        } => {
            assert_eq!(path, "$.title");
            assert_eq!((line, column), (1, 31));
            assert_eq!(message, "invalid type: sequence, expected a string");
        }
        other => panic!("expected a shape error at $.title, got {other:?}"),
    }
    refused_by_the_app(
        &path,
        &["$.title (line 1, column 31): invalid type: sequence"],
    );
    // Nesting deeper than any stack would take, as the whole document or in a field, is refused just the
    // same, without descending.
    for very_deep in [
        format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)),
        format!(
            "{}{}",
            "{\"problems\":".repeat(100_000),
            "}".repeat(100_000)
        ),
    ] {
        let err = kb::load_str(&very_deep, &BundledIllustrations).unwrap_err();
        assert!(
            matches!(
                err,
                KbError::Shape { line: 1, .. } | KbError::Syntax { line: 1, .. }
            ),
            "{err:?}"
        );
    }
}

// ---------------------------------------------------------------------------------------------------
// Knowledge-base files: size and bytes

#[test]
fn a_500_mb_kb_is_refused_by_its_size_before_anything_is_read() {
    let dir = temp_dir("huge");
    let size = 500 * 1024 * 1024;
    let path = sparse_file(&dir, "huge.json", size);
    let started = Instant::now();
    let err = load(&path).unwrap_err();
    // The reported size is the file's own (from its metadata), not what a read stopped at.
    assert!(
        matches!(err, KbError::Read(ReadError::TooLarge { size: s, limit, .. }) if s == size && limit == MAX_KB_BYTES),
        "{err:?}"
    );
    assert!(
        started.elapsed().as_millis() < 500,
        "took {:?}",
        started.elapsed()
    );
    refused_by_the_app(
        &path,
        &["is larger than 16 MB, the most MicDoctor reads from such a file"],
    );
}

#[cfg(target_os = "linux")]
#[test]
fn an_endless_device_is_read_no_further_than_the_limit() {
    // /dev/zero says it is 0 bytes long and never ends: the read stops one byte past the limit.
    let err = load(Path::new("/dev/zero")).unwrap_err();
    assert!(
        matches!(err, KbError::Read(ReadError::TooLarge { size, limit, .. }) if size == MAX_KB_BYTES + 1 && limit == MAX_KB_BYTES),
        "{err:?}"
    );
}

#[test]
fn a_kb_that_is_not_utf8_is_refused_with_the_offset_of_the_bad_byte() {
    let dir = temp_dir("utf8");
    let mut bytes = BUNDLED_JSON.as_bytes().to_vec();
    let at = BUNDLED_JSON.find("\"title\"").unwrap() + 2;
    bytes[at] = 0xff;
    let path = write(&dir, "latin1.json", &bytes);
    let err = load(&path).unwrap_err();
    assert!(
        matches!(err, KbError::Read(ReadError::NotUtf8 { offset, .. }) if offset == at),
        "{err:?}"
    );
    refused_by_the_app(
        &path,
        &[&format!("(the byte at position {at} is not UTF-8 text)")],
    );
}

// ---------------------------------------------------------------------------------------------------
// Knowledge-base files: pictures of their own

/// A small PNG of `width` × `height` pixels.
fn png(width: u32, height: u32) -> Vec<u8> {
    let picture = image::RgbaImage::from_pixel(width, height, image::Rgba([200, 60, 20, 255]));
    let mut bytes = Cursor::new(Vec::new());
    image::DynamicImage::ImageRgba8(picture)
        .write_to(&mut bytes, image::ImageFormat::Png)
        .unwrap();
    bytes.into_inner()
}

const SVG: &str = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 480 300\">\
                   <rect width=\"480\" height=\"300\" fill=\"#2a6\"/></svg>\n";

/// The bundled KB in `dir/kb/shop.json`, with the illustration `id` taken from `file` instead.
fn kb_with_picture(dir: &Path, id: &str, file: &str) -> PathBuf {
    std::fs::create_dir_all(dir.join("kb")).unwrap();
    edited_kb(&dir.join("kb"), "shop.json", |kb| {
        let entry = kb["illustrations"]
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .find(|i| i["id"] == id)
            .unwrap();
        entry["file"] = json!(file);
    })
}

/// Where the bundled KB lists the illustration `id`.
fn illustration_index(id: &str) -> usize {
    kb().illustrations.iter().position(|i| i.id == id).unwrap()
}

#[test]
fn a_picture_path_that_leaves_the_kb_folder_is_refused() {
    let dir = temp_dir("traversal");
    let at = format!(
        "$.illustrations[{}].file",
        illustration_index("mic_locations")
    );
    let path = kb_with_picture(&dir, "mic_locations", "../../../../../../etc/passwd");
    assert_issue(
        &issues(&path),
        &at,
        "\"../../../../../../etc/passwd\" is outside the knowledge base's folder",
    );
    refused_by_the_app(
        &path,
        &[&format!(
            "{at}: \"../../../../../../etc/passwd\" is outside"
        )],
    );

    // Out and back in is fine by the rules of paths, but a file beside the KB's folder is not inside it.
    write(&dir, "beside.png", png(8, 8));
    let path = kb_with_picture(&dir, "mic_locations", "pictures/../../beside.png");
    assert_issue(
        &issues(&path),
        &at,
        "is outside the knowledge base's folder",
    );

    let path = kb_with_picture(&dir, "mic_locations", "/etc/passwd");
    assert_issue(
        &issues(&path),
        &at,
        "\"/etc/passwd\" must be relative to the knowledge base's folder",
    );
    refused_by_the_app(&path, &["must be relative to the knowledge base's folder"]);
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_out_of_the_kb_folder_is_refused() {
    let dir = temp_dir("symlink");
    // A real picture, so that only the link's destination is wrong.
    let outside = write(&dir, "elsewhere/secret.png", png(8, 8));
    let path = kb_with_picture(&dir, "mic_locations", "pictures/mic.png");
    std::fs::create_dir_all(dir.join("kb/pictures")).unwrap();
    std::os::unix::fs::symlink(&outside, dir.join("kb/pictures/mic.png")).unwrap();
    let at = format!(
        "$.illustrations[{}].file",
        illustration_index("mic_locations")
    );
    assert_issue(
        &issues(&path),
        &at,
        "\"pictures/mic.png\" is outside the knowledge base's folder",
    );
    refused_by_the_app(
        &path,
        &["\"pictures/mic.png\" is outside the knowledge base's folder"],
    );

    // A link that stays inside is followed.
    write(&dir, "kb/pictures/real.png", png(8, 8));
    std::fs::remove_file(dir.join("kb/pictures/mic.png")).unwrap();
    std::os::unix::fs::symlink("real.png", dir.join("kb/pictures/mic.png")).unwrap();
    let loaded = load(&path).unwrap();
    let picture = loaded
        .illustration("mic_locations")
        .unwrap()
        .picture
        .as_ref();
    assert_eq!(picture.unwrap().format, PictureFormat::Png);
}

#[test]
fn a_picture_that_is_not_a_picture_is_refused() {
    let dir = temp_dir("not-a-picture");
    let at = format!(
        "$.illustrations[{}].file",
        illustration_index("port_inspection")
    );
    write(&dir, "kb/pictures/notes.png", "these are not pixels\n");
    write(
        &dir,
        "kb/pictures/page.svg",
        "<html><body>hello</body></html>",
    );
    write(
        &dir,
        "kb/pictures/fake.png",
        b"\x89PNG\r\n\x1a\n but then nothing",
    );
    write(
        &dir,
        "kb/pictures/linked.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\
         <image xlink:href = 'file:///etc/shadow' width=\"10\" height=\"10\"/></svg>",
    );
    std::fs::create_dir_all(dir.join("kb/pictures/folder.png")).unwrap();
    for (file, words) in [
        (
            "pictures/notes.png",
            "\"pictures/notes.png\" is not a PNG or SVG picture",
        ),
        (
            "pictures/page.svg",
            "\"pictures/page.svg\" is not a PNG or SVG picture",
        ),
        (
            "pictures/fake.png",
            "the PNG picture \"pictures/fake.png\" cannot be decoded",
        ),
        (
            "pictures/linked.svg",
            "links to another file (file:///etc/shadow)",
        ),
        ("pictures/folder.png", "is not a regular file"),
        (
            "pictures/missing.png",
            "cannot read the picture \"pictures/missing.png\"",
        ),
        ("", "the picture's file name is empty"),
    ] {
        let path = kb_with_picture(&dir, "port_inspection", file);
        assert_issue(&issues(&path), &at, words);
    }
    let path = kb_with_picture(&dir, "port_inspection", "pictures/notes.png");
    refused_by_the_app(
        &path,
        &["\"pictures/notes.png\" is not a PNG or SVG picture"],
    );
}

#[cfg(unix)]
#[test]
fn a_named_pipe_is_not_read_as_a_picture() {
    let dir = temp_dir("fifo");
    let path = kb_with_picture(&dir, "port_inspection", "pipe.png");
    let made = Command::new("mkfifo")
        .arg(dir.join("kb/pipe.png"))
        .status()
        .unwrap();
    assert!(made.success());
    // Opening a pipe for reading would wait for a writer forever: it must be refused from its metadata.
    assert_issue(
        &issues(&path),
        &format!(
            "$.illustrations[{}].file",
            illustration_index("port_inspection")
        ),
        "\"pipe.png\" is not a regular file",
    );
}

#[test]
fn pictures_past_the_size_limits_are_refused() {
    let dir = temp_dir("picture-size");
    let at = format!(
        "$.illustrations[{}].file",
        illustration_index("mic_locations")
    );
    std::fs::create_dir_all(dir.join("kb")).unwrap();
    sparse_file(&dir.join("kb"), "big.png", MAX_PICTURE_BYTES + 1);
    let path = kb_with_picture(&dir, "mic_locations", "big.png");
    assert_issue(
        &issues(&path),
        &at,
        &format!(
            "is {} bytes; pictures are limited to {MAX_PICTURE_BYTES} bytes",
            MAX_PICTURE_BYTES + 1
        ),
    );
    // A few hundred bytes of PNG that would unpack to a picture wider than any screen.
    write(&dir, "kb/wide.png", png(3000, 1));
    let path = kb_with_picture(&dir, "mic_locations", "wide.png");
    assert_issue(
        &issues(&path),
        &at,
        "is 3000×1 pixels; pictures are limited to 2048 a side",
    );
    refused_by_the_app(&path, &["is 3000×1 pixels"]);
}

#[test]
fn pictures_from_text_have_no_folder_to_be_read_from() {
    let mut value = bundled_value();
    value["illustrations"][0]["file"] = json!("pictures/a.png");
    let err = kb::load_str(&value.to_string(), &BundledIllustrations).unwrap_err();
    assert!(
        err.issues()
            .iter()
            .any(|i| i.starts_with("$.illustrations[0].file: pictures can only be read")),
        "{err}"
    );
}

#[test]
fn a_kb_with_pictures_of_its_own_shows_them_and_forgets_them_when_replaced() {
    let dir = temp_dir("own-pictures");
    write(&dir, "kb/pictures/face.png", png(96, 60));
    write(&dir, "kb/pictures/home.svg", SVG);
    let path = edited_kb(&dir.join("kb"), "shop.json", |kb| {
        for entry in kb["illustrations"].as_array_mut().unwrap() {
            match entry["id"].as_str() {
                Some("iphone_face_id") => entry["file"] = json!("pictures/face.png"),
                Some("iphone_home_button") => entry["file"] = json!("./pictures/home.svg"),
                _ => {}
            }
        }
        kb["title"] = json!("Shop pictures");
    });
    let loaded = load(&path).unwrap();
    let face = loaded.illustration("iphone_face_id").unwrap();
    let home = loaded.illustration("iphone_home_button").unwrap();
    assert_eq!(face.picture.as_ref().unwrap().format, PictureFormat::Png);
    assert_eq!(&*home.picture.as_ref().unwrap().bytes, SVG.as_bytes());
    // Illustrations without a file keep the bundled drawing, and nothing else about the KB changed.
    assert!(
        loaded
            .illustrations
            .iter()
            .filter(|i| i.file.is_none())
            .all(|i| i.picture.is_none())
    );

    let dialogs = Scripted::default();
    dialogs.then(Picked::Path(path.clone()));
    let mut harness = desktop(&dialogs);
    menu(&mut harness, "File", "Open knowledge base\u{2026}");
    assert_eq!(harness.state().state.kb.title, "Shop pictures");
    let face_uri = face.picture.as_ref().unwrap().uri("iphone_face_id");
    let home_uri = home.picture.as_ref().unwrap().uri("iphone_home_button");
    assert!(
        face_uri.starts_with("bytes://kb-pictures/") && face_uri.ends_with("/iphone_face_id.png")
    );
    assert!(home_uri.ends_with("/iphone_home_button.svg"));

    let kb_now = harness.state().state.kb.clone();
    use_pictures_of(&harness.ctx, &kb_now);
    harness.run();
    harness.run();
    // The start screen's iPhone cards show the shop's pictures, with the KB's alt text.
    let textures = |harness: &Harness<'_, MicDoctorApp>| -> Vec<String> {
        harness
            .ctx
            .tex_manager()
            .read()
            .allocated()
            .map(|(_, meta)| meta.name.clone())
            .collect()
    };
    assert!(
        textures(&harness).contains(&face_uri),
        "{:?}",
        textures(&harness)
    );
    assert!(harness.ctx.try_load_bytes(&home_uri).is_ok());
    harness.get_by(|node| {
        node.role() == Role::Image && node.label().as_deref() == Some(face.alt.as_str())
    });

    // Back to the bundled knowledge base: the shop's texture is freed and its bytes forgotten.
    harness
        .state_mut()
        .state
        .replace_kb(micdoctor_core::kb::open_kb(None).unwrap());
    harness.run();
    harness.run();
    assert!(
        !textures(&harness).contains(&face_uri),
        "{:?}",
        textures(&harness)
    );
    assert!(harness.ctx.try_load_bytes(&home_uri).is_err());
}

#[test]
fn the_bundled_kb_brings_no_pictures_of_its_own() {
    let bundled = kb();
    assert!(
        bundled
            .illustrations
            .iter()
            .all(|i| i.file.is_none() && i.picture.is_none())
    );
    // Its JSON has no `file` keys, and writing it back adds none.
    let written = serde_json::to_string(&bundled).unwrap();
    assert!(!written.contains("\"file\""));
    assert!(!written.contains("\"picture\""));
    let schema = serde_json::to_value(kb::json_schema()).unwrap().to_string();
    assert!(schema.contains("knowledge-base file's folder"), "{schema}");
    assert!(!schema.contains("\"picture\""));
}

// ---------------------------------------------------------------------------------------------------
// Saved cases

fn session_file(dir: &Path, name: &str, text: impl AsRef<[u8]>) -> PathBuf {
    write(dir, name, text)
}

fn a_saved_case() -> String {
    let mut session = Session::new(
        "mic_whatsapp",
        kb::DeviceProfile::FaceId,
        "x",
        1_700_000_000,
    );
    session.answer(
        "only_whatsapp_silent",
        micdoctor_core::session::Answer::Yes,
        1_700_000_010,
    );
    serde_json::to_string_pretty(&session).unwrap()
}

#[test]
fn corrupted_saved_cases_are_refused_with_their_place() {
    let dir = temp_dir("sessions");
    let good = a_saved_case();
    let truncated = session_file(&dir, "cut.json", &good[..good.len() / 2]);
    let err = Session::load_file(&truncated).unwrap_err();
    assert!(
        matches!(&err, SessionFileError::Invalid { source: SessionError::Json(m), .. } if m.contains("EOF while parsing") && m.contains("line")),
        "{err}"
    );
    assert!(err.to_string().contains("cut.json"), "{err}");

    let wrong = session_file(
        &dir,
        "wrong.json",
        good.replace("\"face_id\"", "\"android\""),
    );
    let err = Session::load_file(&wrong).unwrap_err().to_string();
    assert!(
        err.contains("unknown variant `android`") && err.contains("line 3"),
        "{err}"
    );

    // A history entry is read through a buffer (its `type` picks the variant), so deep nesting there
    // does reach the parser's recursion limit: 128 levels, an error, not a stack overflow.
    let nested = session_file(
        &dir,
        "deep.json",
        format!(
            "{{\"problem\":\"mic_whatsapp\",\"device\":\"face_id\",\"kb_version\":\"x\",\"started_at\":0,\
             \"history\":[{{\"at\":1,\"type\":\"answer\",\"finding\":\"a\",\"answer\":\"yes\",\"extra\":{}{}}}]}}",
            "[".repeat(200),
            "]".repeat(200)
        ),
    );
    let err = Session::load_file(&nested).unwrap_err().to_string();
    assert!(err.contains("recursion limit exceeded at line 1"), "{err}");
    let nested = session_file(
        &dir,
        "deep-problem.json",
        format!("{{\"problem\": {}{}}}", "[".repeat(200), "]".repeat(200)),
    );
    let err = Session::load_file(&nested).unwrap_err().to_string();
    assert!(
        err.contains("invalid type: sequence, expected a string at line 1 column 12"),
        "{err}"
    );

    let huge = sparse_file(&dir, "huge.json", 500 * 1024 * 1024);
    let started = Instant::now();
    let err = Session::load_file(&huge).unwrap_err();
    assert!(
        matches!(err, SessionFileError::Read(ReadError::TooLarge { limit, .. }) if limit == MAX_SESSION_BYTES),
        "{err}"
    );
    assert!(
        started.elapsed().as_millis() < 500,
        "{:?}",
        started.elapsed()
    );

    let latin1 = session_file(&dir, "latin1.json", b"{\"problem\": \"caf\xe9\"}");
    assert!(matches!(
        Session::load_file(&latin1).unwrap_err(),
        SessionFileError::Read(ReadError::NotUtf8 { offset: 16, .. })
    ));
}

#[test]
fn a_corrupted_case_file_stops_the_report_command_with_a_readable_message() {
    let dir = temp_dir("session-cli");
    let good = a_saved_case();
    let truncated = session_file(&dir, "cut.json", &good[..good.len() / 2]);
    let out = Command::new(env!("CARGO_BIN_EXE_micdoctor"))
        .arg("report")
        .arg(&truncated)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("cut.json") && stderr.contains("line"),
        "{stderr}"
    );
    assert!(out.stdout.is_empty(), "nothing half-written on stdout");
}

#[test]
fn a_saved_case_that_does_not_fit_the_kb_leaves_the_app_as_it_was() {
    let mut state = AppState::new(kb(), "bundled".into());
    state.apply(micdoctor::ui::command::Command::StartCase(
        "mic_whatsapp".into(),
    ));
    let before = state.session.clone();
    for text in [
        r#"{"problem":"mic_whatsapp","device":"face_id","kb_version":"x","started_at":0,"history":[{"at":1,"type":"answer","finding":"telepathy","answer":"yes"}]}"#,
        r#"{"problem":"no_such_problem","device":"face_id","kb_version":"x","started_at":0,"history":[]}"#,
        r#"{"problem":"mic_whatsapp","device":"face_id","kb_version":"x","started_at":0,"history":[{"at":1,"type":"fix","fix":"fix_prayer","outcome":"fixed"}]}"#,
    ] {
        let case = Session::from_json(text).unwrap();
        assert!(state.offer_resume(case).is_err(), "{text}");
        assert!(state.resumable.is_none());
        assert_eq!(state.session, before);
    }
}

// ---------------------------------------------------------------------------------------------------
// Config files

#[test]
fn corrupted_config_files_are_refused_with_the_file_named() {
    let dir = temp_dir("config");
    let huge = sparse_file(&dir, "huge.toml", 500 * 1024 * 1024);
    let started = Instant::now();
    let err = Config::load_file(&huge).unwrap_err();
    assert!(
        matches!(&err, ConfigError::Read(ReadError::TooLarge { size, limit, .. }) if *size == 500 * 1024 * 1024 && *limit == MAX_CONFIG_BYTES),
        "{err}"
    );
    assert!(started.elapsed().as_millis() < 500);

    let latin1 = write(
        &dir,
        "latin1.toml",
        b"knowledge_base = '/srv/caf\xe9.json'\n",
    );
    let err = Config::load_file(&latin1).unwrap_err().to_string();
    assert!(
        err.contains("latin1.toml") && err.contains("UTF-8"),
        "{err}"
    );

    let nested = write(
        &dir,
        "deep.toml",
        format!("idle_seconds = {}1{}\n", "[".repeat(200), "]".repeat(200)),
    );
    let err = Config::load_file(&nested).unwrap_err();
    assert!(matches!(&err, ConfigError::Syntax { .. }), "{err}");
    assert!(err.to_string().contains("deep.toml"), "{err}");

    let truncated = write(&dir, "cut.toml", "kiosk = true\nidle_seconds = \n");
    let err = Config::load_file(&truncated).unwrap_err().to_string();
    assert!(err.contains("cut.toml") && err.contains("line 2"), "{err}");
}

#[test]
fn a_kiosk_with_a_corrupted_config_exits_with_a_readable_message() {
    let dir = temp_dir("config-cli");
    let path = write(
        &dir,
        "deep.toml",
        format!("kiosk = {}true{}\n", "[".repeat(200), "]".repeat(200)),
    );
    let out = Command::new(env!("CARGO_BIN_EXE_micdoctor"))
        .arg("--kiosk")
        .arg("--config")
        .arg(&path)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.starts_with("micdoctor: The config file"), "{stderr}");
    assert!(
        stderr.len() < 400,
        "the line as written is cut short: {stderr}"
    );
    assert!(stderr.contains("deep.toml"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "one readable line: {stderr}");
}

// ---------------------------------------------------------------------------------------------------
// What cannot be recovered from

#[cfg(target_os = "linux")]
#[test]
fn without_any_display_the_app_stops_with_one_readable_line() {
    let home = temp_dir("no-display");
    let out = Command::new(env!("CARGO_BIN_EXE_micdoctor"))
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("WAYLAND_SOCKET")
        .env("HOME", &home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with("micdoctor: cannot open a window: "),
        "{stderr}"
    );
    assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

// ---------------------------------------------------------------------------------------------------
// The fuzzers' corpora, replayed: every input the fuzzers kept (fuzz/corpus) and every input that ever
// crashed them (fuzz/regressions), through the same checks as the fuzz targets.

fn fuzz_inputs(folder: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz")
        .join(folder);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut inputs: Vec<(PathBuf, Vec<u8>)> = entries
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_file())
        .map(|path| {
            let bytes = std::fs::read(&path).unwrap();
            (path, bytes)
        })
        .collect();
    inputs.sort();
    inputs
}

/// What `fuzz/fuzz_targets/kb_load.rs` checks.
fn kb_load_checks(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let parsed = kb::parse(text);
    let loaded = kb::load_str(text, &BundledIllustrations);
    match (&parsed, &loaded) {
        (Err(_), Ok(_)) => panic!("load_str accepted what parse refused"),
        (_, Err(err)) => assert!(!err.issues().is_empty(), "an error with no message"),
        (Ok(_), Ok(_)) => {}
    }
    let Ok(kb) = loaded else {
        return;
    };
    for problem in &kb.problems {
        let model = micdoctor_core::engine::ProblemModel::from_kb(&kb, &problem.id)
            .unwrap_or_else(|err| panic!("a validated KB cannot be modelled: {err}"));
        let diagnosis =
            micdoctor_core::engine::diagnose(&model, &micdoctor_core::engine::Evidence::default());
        let p = &diagnosis.posterior.probabilities;
        assert!(p.iter().all(|x| x.is_finite() && *x >= 0.0), "{p:?}");
        if !diagnosis.posterior.contradictory {
            assert!((p.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        }
        assert!(diagnosis.plan.ecr.is_finite());
    }
}

/// What `fuzz/fuzz_targets/session_load.rs` checks.
fn session_load_checks(kb: &KnowledgeBase, data: &[u8]) {
    use micdoctor_core::report::{ReportFormat, render};
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(session) = Session::from_json(text) else {
        return;
    };
    let _ = session.case_code();
    let Ok(model) = micdoctor_core::engine::ProblemModel::from_kb(kb, &session.problem) else {
        return;
    };
    let Ok(evidence) = session.evidence(&model) else {
        return;
    };
    let diagnosis = micdoctor_core::engine::diagnose(&model, &evidence);
    assert!(
        diagnosis
            .posterior
            .probabilities
            .iter()
            .all(|p| p.is_finite())
    );
    for format in [
        ReportFormat::Markdown,
        ReportFormat::Html,
        ReportFormat::Json,
    ] {
        let rendered =
            render(Language::English, kb, &session, format).expect("the evidence was valid");
        assert!(!rendered.is_empty());
        if format == ReportFormat::Json {
            let value: Value = serde_json::from_str(&rendered).unwrap();
            let again = Session::from_json(&value["session"].to_string()).unwrap();
            assert_eq!(again.history, session.history);
        }
    }
}

#[test]
fn the_fuzz_corpora_and_past_crashes_replay_without_a_panic() {
    let kb_inputs = [
        fuzz_inputs("corpus/kb_load"),
        fuzz_inputs("regressions/kb_load"),
    ]
    .concat();
    assert!(
        kb_inputs.len() >= 5,
        "the kb_load corpus is committed ({} inputs)",
        kb_inputs.len()
    );
    for (path, bytes) in &kb_inputs {
        let outcome = std::panic::catch_unwind(|| kb_load_checks(bytes));
        assert!(outcome.is_ok(), "kb_load: {}", path.display());
    }
    let bundled = kb();
    let session_inputs = [
        fuzz_inputs("corpus/session_load"),
        fuzz_inputs("regressions/session_load"),
    ]
    .concat();
    assert!(
        session_inputs.len() >= 4,
        "the session_load corpus is committed"
    );
    for (path, bytes) in &session_inputs {
        let outcome = std::panic::catch_unwind(|| session_load_checks(&bundled, bytes));
        assert!(outcome.is_ok(), "session_load: {}", path.display());
    }
}
