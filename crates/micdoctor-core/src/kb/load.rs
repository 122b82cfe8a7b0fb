//! Reading a knowledge base from JSON text or a file, with errors that name the place.

use std::path::{Component, Path, PathBuf};

use super::error::{Issue, KbError, PictureError};
use super::model::{
    KnowledgeBase, MAX_PICTURE_BYTES, MAX_PICTURE_SIDE, MAX_PICTURES_TOTAL_BYTES, Picture,
    PictureFormat,
};
use super::validate::{IllustrationCatalog, validate};
use crate::fs::ReadError;

/// The knowledge base shipped inside the binary.
pub const BUNDLED_JSON: &str = include_str!("../../../../knowledge/iphone-whatsapp.json");

/// Where the bundled knowledge base came from, for Help › About and reports.
pub const BUNDLED_SOURCE: &str = "bundled: knowledge/iphone-whatsapp.json";

/// Largest knowledge-base file MicDoctor reads (bytes). Real ones are a few hundred KB.
pub const MAX_KB_BYTES: u64 = 16 * 1024 * 1024;

/// Parses JSON text into the model without checking cross-references.
///
/// # Errors
/// [`KbError::Syntax`] for malformed JSON and [`KbError::Shape`] for a value of the wrong type or a
/// missing/unknown field, both with line and column.
pub fn parse(text: &str) -> Result<KnowledgeBase, KbError> {
    // The plain parser first: tracking the JSON path allocates at every key, three quarters of the cost
    // of loading a large file. Only a file that fails is read again, to say where.
    if let Ok(kb) = serde_json::from_str(text) {
        return Ok(kb);
    }
    parse_tracking_the_path(text)
}

/// [`parse`] with the JSON path of the value that failed.
fn parse_tracking_the_path(text: &str) -> Result<KnowledgeBase, KbError> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let parsed: Result<KnowledgeBase, _> = serde_path_to_error::deserialize(&mut deserializer);
    let kb = parsed.map_err(|err| {
        let path = json_path(&err.path().to_string());
        let inner = err.into_inner();
        let (line, column) = (inner.line(), inner.column());
        let message = plain_serde_message(&inner);
        if inner.is_syntax() || inner.is_eof() {
            KbError::Syntax {
                line,
                column,
                message,
            }
        } else {
            KbError::Shape {
                path,
                line,
                column,
                message,
            }
        }
    })?;
    deserializer.end().map_err(|inner| KbError::Syntax {
        line: inner.line(),
        column: inner.column(),
        message: plain_serde_message(&inner),
    })?;
    Ok(kb)
}

/// Parses and validates JSON text.
///
/// # Errors
/// Any [`parse`] error, or [`KbError::Invalid`] listing every validation issue.
///
/// Text has no folder, so an illustration with a `file` is an issue here; [`load_file`] reads those.
pub fn load_str(text: &str, catalog: &dyn IllustrationCatalog) -> Result<KnowledgeBase, KbError> {
    let kb = parse(text)?;
    let mut issues = validate(&kb, catalog);
    for (index, illustration) in kb.illustrations.iter().enumerate() {
        if let Some(file) = &illustration.file {
            issues.push(picture_issue(
                index,
                &PictureError::NoFolder { file: file.clone() },
            ));
        }
    }
    finish(kb, issues)
}

fn finish(kb: KnowledgeBase, issues: Vec<Issue>) -> Result<KnowledgeBase, KbError> {
    if issues.is_empty() {
        Ok(kb)
    } else {
        Err(KbError::Invalid(issues))
    }
}

/// Reads, parses and validates a knowledge-base file, and reads the pictures its illustrations name
/// with `file` (relative to the file's folder; see [`crate::kb::Illustration::file`]).
///
/// # Errors
/// [`KbError::Read`] when the file cannot be read, is past [`MAX_KB_BYTES`] (checked
/// before reading, and again while reading, so a device or a growing file stops there too),
/// or is not text, any [`parse`] error, or [`KbError::Invalid`] with
/// every validation issue and every picture that cannot be used.
pub fn load_file(path: &Path, catalog: &dyn IllustrationCatalog) -> Result<KnowledgeBase, KbError> {
    let text = crate::fs::read_text(path, MAX_KB_BYTES)?;
    let mut kb = parse(&text)?;
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty());
    let mut issues = read_pictures(&mut kb, folder.unwrap_or(Path::new(".")));
    issues.extend(validate(&kb, catalog));
    finish(kb, issues)
}

/// Reads every `illustrations[].file` picture into `illustrations[].picture`; each one that cannot be
/// used is an issue at its JSON path.
fn read_pictures(kb: &mut KnowledgeBase, folder: &Path) -> Vec<Issue> {
    let mut issues = Vec::new();
    if kb.illustrations.iter().all(|i| i.file.is_none()) {
        return issues;
    }
    let root = match folder.canonicalize() {
        Ok(root) => Some(root),
        Err(err) => {
            for (index, illustration) in kb.illustrations.iter().enumerate() {
                if let Some(file) = &illustration.file {
                    let error = PictureError::Unreadable {
                        file: file.clone(),
                        message: format!("the folder {} cannot be read: {err}", folder.display()),
                    };
                    issues.push(picture_issue(index, &error));
                }
            }
            None
        }
    };
    let Some(root) = root else {
        return issues;
    };
    let mut total = 0;
    for (index, illustration) in kb.illustrations.iter_mut().enumerate() {
        let Some(file) = &illustration.file else {
            continue;
        };
        match read_picture(&root, file, &mut total) {
            Ok(picture) => illustration.picture = Some(picture),
            Err(err) => issues.push(picture_issue(index, &err)),
        }
    }
    issues
}

fn picture_issue(index: usize, error: &PictureError) -> Issue {
    Issue::new(format!("$.illustrations[{index}].file"), error.to_string())
}

/// One picture: inside `root` (which is canonical), a regular file within the size limits, really a PNG
/// or an SVG. `total` counts the picture bytes read so far for this knowledge base.
fn read_picture(root: &Path, file: &str, total: &mut u64) -> Result<Picture, PictureError> {
    let path = inside_folder(root, file)?;
    let unreadable = |err: std::io::Error| PictureError::Unreadable {
        file: file.to_owned(),
        message: err.to_string(),
    };
    let metadata = std::fs::metadata(&path).map_err(unreadable)?;
    if !metadata.is_file() {
        return Err(PictureError::NotAFile {
            file: file.to_owned(),
        });
    }
    let too_large = |size| PictureError::TooLarge {
        file: file.to_owned(),
        size,
        limit: MAX_PICTURE_BYTES,
    };
    if metadata.len() > MAX_PICTURE_BYTES {
        return Err(too_large(metadata.len()));
    }
    if *total + metadata.len() > MAX_PICTURES_TOTAL_BYTES {
        return Err(PictureError::TooManyBytes {
            file: file.to_owned(),
            limit: MAX_PICTURES_TOTAL_BYTES,
        });
    }
    let bytes = crate::fs::read_bytes(&path, MAX_PICTURE_BYTES).map_err(|err| match err {
        ReadError::TooLarge { size, .. } => too_large(size),
        other => PictureError::Unreadable {
            file: file.to_owned(),
            message: other.to_string(),
        },
    })?;
    let format = sniff_picture(file, &bytes)?;
    *total += bytes.len() as u64;
    Ok(Picture {
        format,
        bytes: bytes.into(),
    })
}

/// `file` joined to `root`, refused when it is absolute or leads outside `root` — by `..` or through a
/// symbolic link (the joined path is canonicalised, so it must exist).
fn inside_folder(root: &Path, file: &str) -> Result<PathBuf, PictureError> {
    if file.trim().is_empty() {
        return Err(PictureError::Empty);
    }
    let relative = Path::new(file);
    let outside = || PictureError::OutsideFolder {
        file: file.to_owned(),
    };
    let mut depth = 0_usize;
    for component in relative.components() {
        match component {
            Component::Prefix(_) | Component::RootDir => {
                return Err(PictureError::Absolute {
                    file: file.to_owned(),
                });
            }
            Component::CurDir => {}
            Component::ParentDir => depth = depth.checked_sub(1).ok_or_else(outside)?,
            Component::Normal(_) => depth += 1,
        }
    }
    let canonical = root
        .join(relative)
        .canonicalize()
        .map_err(|err| PictureError::Unreadable {
            file: file.to_owned(),
            message: err.to_string(),
        })?;
    if canonical.starts_with(root) && canonical != root {
        Ok(canonical)
    } else {
        Err(outside())
    }
}

/// PNG by its signature (then decoded, within [`MAX_PICTURE_SIDE`]); SVG by its text: UTF-8 starting with
/// `<?xml` or `<svg` after whitespace, with an `<svg` element and no link to another file.
fn sniff_picture(file: &str, bytes: &[u8]) -> Result<PictureFormat, PictureError> {
    const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
    if bytes.starts_with(PNG_SIGNATURE) {
        check_png(file, bytes)?;
        return Ok(PictureFormat::Png);
    }
    let not_a_picture = || PictureError::NotAPicture {
        file: file.to_owned(),
    };
    let text = std::str::from_utf8(bytes).map_err(|_| not_a_picture())?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text).trim_start();
    if !(text.starts_with("<?xml") || text.starts_with("<svg")) || !text.contains("<svg") {
        return Err(not_a_picture());
    }
    if let Some(href) = external_reference(text) {
        return Err(PictureError::ExternalReference {
            file: file.to_owned(),
            href,
        });
    }
    Ok(PictureFormat::Svg)
}

/// Decodes a PNG once, with the side limit and a memory cap, so that a broken file or a decompression
/// bomb is refused when the knowledge base is opened rather than when the picture is shown.
fn check_png(file: &str, bytes: &[u8]) -> Result<(), PictureError> {
    let reader = || {
        let mut reader =
            image::ImageReader::with_format(std::io::Cursor::new(bytes), image::ImageFormat::Png);
        let mut limits = image::Limits::default();
        limits.max_alloc = Some(64 * 1024 * 1024);
        reader.limits(limits);
        reader
    };
    let bad = |err: image::ImageError| PictureError::BadPng {
        file: file.to_owned(),
        message: err.to_string(),
    };
    let (width, height) = reader().into_dimensions().map_err(bad)?;
    if width > MAX_PICTURE_SIDE || height > MAX_PICTURE_SIDE {
        return Err(PictureError::TooManyPixels {
            file: file.to_owned(),
            width,
            height,
            limit: MAX_PICTURE_SIDE,
        });
    }
    reader().decode().map(drop).map_err(bad)
}

/// The first `href` (or `xlink:href`) whose value is neither a fragment (`#id`) nor a `data:` URI: an SVG
/// renderer would read that file from the disk or the network.
fn external_reference(text: &str) -> Option<String> {
    let mut rest = text;
    while let Some(at) = rest.find("href") {
        rest = &rest[at + "href".len()..];
        let Some(value) = rest.trim_start().strip_prefix('=') else {
            continue;
        };
        let value = value.trim_start();
        let Some(quote) = value.chars().next().filter(|c| *c == '"' || *c == '\'') else {
            continue;
        };
        let value = &value[1..];
        let Some(end) = value.find(quote) else {
            return Some(value.chars().take(60).collect());
        };
        let target = value[..end].trim();
        if !(target.starts_with('#') || target.starts_with("data:")) {
            return Some(target.chars().take(60).collect());
        }
    }
    None
}

/// Loads the bundled knowledge base.
///
/// # Errors
/// Only if the bundled file is broken, which the test suite rules out.
pub fn bundled(catalog: &dyn IllustrationCatalog) -> Result<KnowledgeBase, KbError> {
    load_str(BUNDLED_JSON, catalog)
}

/// Turns `serde_path_to_error`'s `findings[3].likelihoods` into `$.findings[3].likelihoods`.
fn json_path(path: &str) -> String {
    if path == "." || path.is_empty() {
        "$".to_owned()
    } else if path.starts_with('[') {
        format!("${path}")
    } else {
        format!("$.{path}")
    }
}

/// `serde_json`'s message without its trailing " at line L column C" (we report those separately).
fn plain_serde_message(err: &serde_json::Error) -> String {
    let text = err.to_string();
    match text.rfind(" at line ") {
        Some(cut) => text[..cut].to_owned(),
        None => text,
    }
}

impl From<Issue> for KbError {
    fn from(issue: Issue) -> Self {
        Self::Invalid(vec![issue])
    }
}

#[cfg(test)]
#[path = "load_tests.rs"]
mod tests;
