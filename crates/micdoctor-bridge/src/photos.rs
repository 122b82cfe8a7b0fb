//! Whether a video came from the iPhone's Photos library, where Safari hands over a re-encoded copy.
//!
//! The heuristic (docs/phone-bridge.md): a file sent with the "film now" button came from the camera
//! just now, never from Photos. Otherwise, when Safari takes a video from the Photos library it
//! transcodes it and names the copy `trim.<UUID>.MOV` (or `.mp4`), a name nothing else produces; a
//! file chosen in Files keeps its own name (`New Recording 3.m4a`, `IMG_0042.MOV` saved to Files, a
//! WhatsApp `.opus`). So: a Files pick named `trim.*.mov|mp4` is from Photos, and so is one the page
//! was told came from Photos.

/// How the file was picked on the page: the button used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    /// "Film a short video now" (the camera, just now).
    Camera,
    /// "Choose a recording": Files, or whatever the iPhone's menu offered (Photo Library included).
    Choose,
}

/// Whether the file named `name`, picked `via`, is a copy from the Photos library.
#[must_use]
pub fn from_photos(via: Via, name: &str) -> bool {
    if via == Via::Camera {
        return false;
    }
    let lower = name.to_ascii_lowercase();
    let Some(rest) = lower.strip_prefix("trim.") else {
        return false;
    };
    let extension = std::path::Path::new(rest).extension();
    let stem = std::path::Path::new(rest).file_stem();
    extension.is_some_and(|e| e == "mov" || e == "mp4") && stem.is_some_and(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_names_photos_gives_its_copies() {
        let photos = "trim.8F3A62D4-1C2B-4E8A-9A57-0C7B1D2E3F40.MOV";
        assert!(from_photos(Via::Choose, photos));
        assert!(from_photos(Via::Choose, "trim.1234.mp4"));
        assert!(!from_photos(Via::Camera, photos));
        for files in [
            "IMG_0042.MOV",
            "New Recording 3.m4a",
            "PTT-20250101-WA0003.opus",
            "trim.opus",
            "trimmed.mov",
            "trim..mov",
        ] {
            assert!(!from_photos(Via::Choose, files), "{files}");
        }
    }
}
