//! The pictures of a knowledge base: illustrations referred to by id (a bundled drawing, or a shop's own
//! PNG or SVG file beside the knowledge base), the limits on what a file may bring, and a checked picture.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A picture referenced by id from steps, with its alt text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Illustration {
    pub id: String,
    /// What the picture shows, in words (screen readers and exported reports).
    pub alt: String,
    /// A picture of the shop's own instead of a bundled drawing: a PNG or SVG file, given relative to the
    /// knowledge-base file's folder (e.g. `"pictures/mic_mesh.png"`). It must stay inside that folder, be
    /// at most 2 MiB (PNG: at most 2048 pixels a side; SVG: no links to other files), and is only read
    /// when the knowledge base is opened from a file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// The checked bytes of `file`, filled in by [`crate::kb::load_file`]; never part of the JSON.
    #[serde(skip)]
    #[schemars(skip)]
    pub picture: Option<Picture>,
}

/// Largest picture file (bytes) a knowledge base may bring with `illustrations[].file`.
pub const MAX_PICTURE_BYTES: u64 = 2 * 1024 * 1024;

/// Largest width or height (pixels) of a PNG picture a knowledge base may bring.
pub const MAX_PICTURE_SIDE: u32 = 2048;

/// Largest total of picture bytes one knowledge base may bring (all its `file` pictures together).
pub const MAX_PICTURES_TOTAL_BYTES: u64 = 32 * 1024 * 1024;

/// The kinds of picture file a knowledge base may bring.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PictureFormat {
    Png,
    Svg,
}

impl PictureFormat {
    /// The file-name ending egui's loaders and reports recognise.
    #[must_use]
    pub fn extension(self) -> &'static str {
        match self {
            Self::Png => "png",
            Self::Svg => "svg",
        }
    }

    /// The media type, for data URIs in reports.
    #[must_use]
    pub fn media_type(self) -> &'static str {
        match self {
            Self::Png => "image/png",
            Self::Svg => "image/svg+xml",
        }
    }
}

/// A picture a knowledge base brought from a file, already checked (inside the KB's folder, within the
/// size limits, really a PNG or an SVG).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picture {
    pub format: PictureFormat,
    pub bytes: std::sync::Arc<[u8]>,
}

impl Picture {
    /// A fingerprint of the bytes (FNV-1a), so that a changed picture never reuses a cached texture.
    #[must_use]
    pub fn fingerprint(&self) -> u64 {
        self.bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
            (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
        })
    }

    /// The `bytes://` URI the UI loads this picture under, ending in the format's extension.
    #[must_use]
    pub fn uri(&self, id: &str) -> String {
        format!(
            "bytes://kb-pictures/{:016x}/{id}.{}",
            self.fingerprint(),
            self.format.extension()
        )
    }
}
