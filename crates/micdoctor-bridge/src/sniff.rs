//! What a file is, by its first bytes: the phone's file name and its claimed type are not trusted.

use crate::settings::Role;

/// Bytes looked at before deciding.
pub const HEAD_BYTES: usize = 64;

/// The kind of file that arrived, by its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FileKind {
    /// Ogg with Opus inside: a WhatsApp voice note.
    OggOpus,
    /// Another Ogg stream.
    Ogg,
    /// An MPEG-4 audio file (`ftyp M4A `): a Voice Memo.
    M4a,
    /// A `QuickTime` movie (`ftyp qt  `): an iPhone Camera video.
    Mov,
    /// Another ISO media file (`ftyp`): MP4 video or audio.
    Mp4,
    /// RIFF WAVE.
    Wav,
    /// MP3 (an ID3 tag or an MPEG audio frame).
    Mp3,
    /// A JSON-lines file, as the App Privacy Report is.
    Ndjson,
}

impl FileKind {
    /// The extension MicDoctor gives the received file.
    #[must_use]
    pub fn extension(self) -> &'static str {
        match self {
            Self::OggOpus => "opus",
            Self::Ogg => "ogg",
            Self::M4a => "m4a",
            Self::Mov => "mov",
            Self::Mp4 => "mp4",
            Self::Wav => "wav",
            Self::Mp3 => "mp3",
            Self::Ndjson => "ndjson",
        }
    }

    /// Whether a file of this kind is what `role` asks for.
    #[must_use]
    pub fn fits(self, role: Role) -> bool {
        match role {
            Role::Recording(_) => self != Self::Ndjson,
            Role::PrivacyReport => self == Self::Ndjson,
        }
    }
}

/// The kind of a file beginning with `head` (at least [`HEAD_BYTES`] of it, or all of a shorter file);
/// `None` for anything else.
#[must_use]
pub fn sniff(head: &[u8]) -> Option<FileKind> {
    if head.starts_with(b"OggS") {
        return Some(if head.windows(8).any(|w| w == b"OpusHead") {
            FileKind::OggOpus
        } else {
            FileKind::Ogg
        });
    }
    if head.len() >= 12 && &head[4..8] == b"ftyp" {
        return Some(match &head[8..12] {
            b"qt  " => FileKind::Mov,
            b"M4A " | b"M4B " => FileKind::M4a,
            _ => FileKind::Mp4,
        });
    }
    if head.len() >= 12 && head.starts_with(b"RIFF") && &head[8..12] == b"WAVE" {
        return Some(FileKind::Wav);
    }
    if head.starts_with(b"ID3") {
        return Some(FileKind::Mp3);
    }
    // An MPEG audio frame: 11 sync bits, then a layer that is not "reserved".
    if let [0xFF, second, ..] = head
        && second & 0xE0 == 0xE0
        && second & 0x06 != 0
    {
        return Some(FileKind::Mp3);
    }
    // JSON lines: an object first, after an optional byte-order mark and blank space.
    let text = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    if text
        .iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|&b| b == b'{')
    {
        return Some(FileKind::Ndjson);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_by_its_first_bytes() {
        let mut mov = b"\0\0\0\x14ftypqt  \0\0\0\0".to_vec();
        assert_eq!(sniff(&mov), Some(FileKind::Mov));
        mov[8..12].copy_from_slice(b"M4A ");
        assert_eq!(sniff(&mov), Some(FileKind::M4a));
        mov[8..12].copy_from_slice(b"isom");
        assert_eq!(sniff(&mov), Some(FileKind::Mp4));
        assert_eq!(
            sniff(b"OggS\0\x02\0\0\0\0\0\0\0\0OpusHead"),
            Some(FileKind::OggOpus)
        );
        assert_eq!(sniff(b"OggS\0\x02vorbis"), Some(FileKind::Ogg));
        assert_eq!(sniff(b"RIFF\x24\x77\x01\0WAVEfmt "), Some(FileKind::Wav));
        assert_eq!(sniff(b"RIFF\x24\x77\x01\0AVI LIST"), None);
        assert_eq!(sniff(b"ID3\x04\0"), Some(FileKind::Mp3));
        assert_eq!(sniff(&[0xFF, 0xFB, 0x90, 0x64]), Some(FileKind::Mp3));
        assert_eq!(sniff(&[0xFF, 0xE0, 0, 0]), None);
        assert_eq!(sniff(b"\xEF\xBB\xBF\n {\"a\":1}"), Some(FileKind::Ndjson));
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n"), None);
        assert_eq!(sniff(b"<html>"), None);
        assert_eq!(sniff(b""), None);
    }
}
