//! Decoding a recording file to mono `f32` samples: Ogg Opus (WhatsApp voice notes) through opus-pure,
//! everything else (MP4/MOV with AAC or ALAC, MP3, WAV) through symphonia. A video's AAC sound track is
//! chosen over its other tracks. Sizes and durations are capped before and while decoding.

use std::fs::File;
use std::io::Read as _;
use std::path::Path;

use micdoctor_core::recording::Codec;

use symphonia::core::codecs::audio::AudioDecoderOptions;
use symphonia::core::codecs::audio::well_known::{
    CODEC_ID_AAC, CODEC_ID_ALAC, CODEC_ID_MP3, CODEC_ID_OPUS,
};
use symphonia::core::errors::Error as SymphoniaError;
use symphonia::core::formats::probe::Hint;
use symphonia::core::formats::{FormatOptions, Track};
use symphonia::core::io::{MediaSourceStream, MediaSourceStreamOptions};
use symphonia::core::meta::MetadataOptions;

use crate::error::RecordingError;

/// Largest file read (bytes): room for a few minutes of 1080p iPhone video, whose sound is what counts.
pub const MAX_FILE_BYTES: u64 = 400 * 1024 * 1024;

/// Longest recording analysed (seconds of sound). A test needs a sentence or two.
pub const MAX_SECONDS: u32 = 600;

/// A recording decoded to one channel.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub samples: Vec<f32>,
    pub sample_rate: u32,
    pub codec: Codec,
    /// The highest frequency the stored sound can carry (Hz): for Opus the bandwidth its packets declare,
    /// otherwise half the sample rate.
    pub bandwidth_hz: f64,
}

/// Decodes the recording at `path`. `progress` gets the share done, 0–1, when the length is known.
///
/// # Errors
/// [`RecordingError`] for a file that cannot be read, is empty, too large or too long, is not a known
/// format, has no sound track, holds sound that cannot be decoded, or is damaged.
pub fn decode_file(path: &Path, progress: &mut dyn FnMut(f64)) -> Result<Decoded, RecordingError> {
    let io = |source| RecordingError::Io {
        path: path.to_owned(),
        source,
    };
    let size = std::fs::metadata(path).map_err(io)?.len();
    if size == 0 {
        return Err(RecordingError::Empty {
            path: path.to_owned(),
        });
    }
    if size > MAX_FILE_BYTES {
        return Err(RecordingError::TooLarge {
            path: path.to_owned(),
            size,
            limit: MAX_FILE_BYTES,
        });
    }
    let mut head = [0u8; 64];
    let read = File::open(path)
        .and_then(|mut f| f.read(&mut head))
        .map_err(io)?;
    if is_ogg_opus(&head[..read]) {
        let file = File::open(path).map_err(io)?;
        return decode_opus(path, std::io::BufReader::new(file), progress);
    }
    let file = File::open(path).map_err(io)?;
    decode_other(path, file, progress)
}

/// An Ogg stream whose first packet is an Opus identification header.
fn is_ogg_opus(head: &[u8]) -> bool {
    head.starts_with(b"OggS") && head.windows(8).any(|w| w == b"OpusHead")
}

fn corrupt(path: &Path, what: &dyn std::fmt::Display) -> RecordingError {
    RecordingError::Corrupt {
        path: path.to_owned(),
        what: what.to_string(),
    }
}

/// The audio bandwidth an Opus packet declares in its TOC byte (RFC 6716 §3.1), in Hz.
fn opus_bandwidth(toc: u8) -> f64 {
    match toc >> 3 {
        0..=3 | 16..=19 => 4_000.0,
        4..=7 => 6_000.0,
        8..=11 | 20..=23 => 8_000.0,
        12..=13 | 24..=27 => 12_000.0,
        _ => 20_000.0,
    }
}

fn decode_opus(
    path: &Path,
    source: impl std::io::Read,
    progress: &mut dyn FnMut(f64),
) -> Result<Decoded, RecordingError> {
    let mut reader = opus_pure::OggOpusReader::new(source).map_err(|e| corrupt(path, &e))?;
    let head = reader.head().clone();
    let channels = usize::from(head.channel_count.max(1));
    // Decode at the rate the sound was recorded at (rounded up to one Opus decodes to): a 16 kHz voice
    // note holds nothing above 8 kHz, and a third of the samples is a third of the work.
    let rate: u32 = [8_000, 12_000, 16_000, 24_000, 48_000]
        .into_iter()
        .find(|&r| head.input_sample_rate != 0 && r >= head.input_sample_rate)
        .unwrap_or(48_000);
    let mut decoder = head
        .decoder(i32::try_from(rate).unwrap_or(48_000))
        .map_err(|e| RecordingError::Unsupported {
            path: path.to_owned(),
            what: e.to_string(),
        })?;
    let max_frame = opus_pure::MAX_PACKET_SAMPLES;
    let mut buffer = vec![0.0f32; max_frame * channels];
    let mut samples = Vec::new();
    let mut bandwidth: f64 = 0.0;
    let limit = MAX_SECONDS as usize * rate as usize;
    while let Some(packet) = reader.read_packet().map_err(|e| corrupt(path, &e))? {
        if let Some(&toc) = packet.data.first() {
            bandwidth = bandwidth.max(opus_bandwidth(toc));
        }
        let frames = decoder
            .decode(&packet.data, max_frame, &mut buffer)
            .map_err(|e| corrupt(path, &e))?;
        push_mono(&mut samples, &buffer[..frames * channels], channels);
        if samples.len() > limit {
            return Err(RecordingError::TooLong {
                path: path.to_owned(),
                limit_seconds: MAX_SECONDS,
            });
        }
    }
    progress(1.0);
    // The pre-skip counts 48 kHz samples.
    let skip = (usize::from(head.pre_skip) * rate as usize / 48_000).min(samples.len());
    samples.drain(..skip);
    if samples.is_empty() {
        return Err(RecordingError::Empty {
            path: path.to_owned(),
        });
    }
    Ok(Decoded {
        samples,
        sample_rate: rate,
        codec: Codec::Opus,
        // What the packets declare, but never above what the rate decoded at can hold (a 16 kHz note
        // whose encoder marked packets fullband still holds nothing above 8 kHz).
        bandwidth_hz: (if bandwidth > 0.0 { bandwidth } else { 20_000.0 })
            .min(f64::from(rate) / 2.0),
    })
}

/// Appends the mean of each frame's channels.
fn push_mono(samples: &mut Vec<f32>, interleaved: &[f32], channels: usize) {
    if channels <= 1 {
        samples.extend_from_slice(interleaved);
    } else {
        let scale = 1.0 / channels as f32;
        samples.extend(
            interleaved
                .chunks_exact(channels)
                .map(|frame| frame.iter().sum::<f32>() * scale),
        );
    }
}

/// The sound track to decode: the AAC one when there is one (iPhone videos can carry several), else the
/// first track with audio parameters.
fn sound_track(tracks: &[Track]) -> Option<&Track> {
    let audio = |t: &&Track| t.codec_params.as_ref().and_then(|p| p.audio()).is_some();
    tracks
        .iter()
        .filter(audio)
        .find(|t| {
            t.codec_params
                .as_ref()
                .and_then(|p| p.audio())
                .is_some_and(|a| a.codec == CODEC_ID_AAC)
        })
        .or_else(|| tracks.iter().find(audio))
}

/// Decodes a recording held in memory; `name` stands for its file (its extension is a format hint, and
/// errors name it). The fuzz target's way in.
///
/// # Errors
/// As [`decode_file`].
pub fn decode_bytes(bytes: Vec<u8>, name: &Path) -> Result<Decoded, RecordingError> {
    if bytes.is_empty() {
        return Err(RecordingError::Empty {
            path: name.to_owned(),
        });
    }
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(RecordingError::TooLarge {
            path: name.to_owned(),
            size: bytes.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    if is_ogg_opus(&bytes[..bytes.len().min(64)]) {
        return decode_opus(name, std::io::Cursor::new(bytes), &mut |_| {});
    }
    decode_other(name, std::io::Cursor::new(bytes), &mut |_| {})
}

fn decode_other(
    path: &Path,
    file: impl symphonia::core::io::MediaSource + 'static,
    progress: &mut dyn FnMut(f64),
) -> Result<Decoded, RecordingError> {
    let mut hint = Hint::new();
    if let Some(extension) = path.extension().and_then(|e| e.to_str()) {
        hint.with_extension(extension);
    }
    let stream = MediaSourceStream::new(Box::new(file), MediaSourceStreamOptions::default());
    let mut format = symphonia::default::get_probe()
        .probe(
            &hint,
            stream,
            FormatOptions::default(),
            MetadataOptions::default(),
        )
        .map_err(|err| match err {
            SymphoniaError::Unsupported(_) => RecordingError::UnknownFormat {
                path: path.to_owned(),
            },
            other => corrupt(path, &other),
        })?;
    let track = sound_track(format.tracks()).ok_or_else(|| RecordingError::NoAudio {
        path: path.to_owned(),
    })?;
    let params = track
        .codec_params
        .as_ref()
        .and_then(|p| p.audio())
        .cloned()
        .ok_or_else(|| RecordingError::NoAudio {
            path: path.to_owned(),
        })?;
    let track_id = track.id;
    let expected_frames = track.num_frames;
    let codec = match params.codec {
        CODEC_ID_AAC => Codec::Aac,
        CODEC_ID_ALAC => Codec::Alac,
        CODEC_ID_OPUS => Codec::Opus,
        CODEC_ID_MP3 => Codec::Mp3,
        // WAV holds PCM (in one of symphonia's many PCM kinds).
        _ if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("wav")) =>
        {
            Codec::Pcm
        }
        _ => Codec::Other,
    };
    let mut decoder = symphonia::default::get_codecs()
        .make_audio_decoder(&params, &AudioDecoderOptions::default())
        .map_err(|err| RecordingError::Unsupported {
            path: path.to_owned(),
            what: err.to_string(),
        })?;
    let mut sample_rate = params.sample_rate.unwrap_or(0);
    let mut samples: Vec<f32> = Vec::new();
    let mut interleaved: Vec<f32> = Vec::new();
    let (mut good, mut bad) = (0usize, 0usize);
    loop {
        let packet = match format.next_packet() {
            Ok(Some(packet)) => packet,
            Ok(None) => break,
            Err(SymphoniaError::IoError(err))
                if err.kind() == std::io::ErrorKind::UnexpectedEof =>
            {
                return Err(corrupt(path, &"the file ends in the middle of the sound"));
            }
            Err(other) => return Err(corrupt(path, &other)),
        };
        if packet.track_id != track_id {
            continue;
        }
        match decoder.decode(&packet) {
            Ok(buffer) => {
                good += 1;
                sample_rate = buffer.spec().rate();
                let channels = buffer.spec().channels().count().max(1);
                interleaved.resize(buffer.samples_interleaved(), 0.0);
                buffer.copy_to_slice_interleaved(&mut interleaved[..]);
                push_mono(&mut samples, &interleaved, channels);
            }
            Err(SymphoniaError::DecodeError(_)) => bad += 1,
            Err(other) => return Err(corrupt(path, &other)),
        }
        if sample_rate > 0 && samples.len() > MAX_SECONDS as usize * sample_rate as usize {
            return Err(RecordingError::TooLong {
                path: path.to_owned(),
                limit_seconds: MAX_SECONDS,
            });
        }
        if let Some(total) = expected_frames.filter(|&t| t > 0) {
            progress((samples.len() as f64 / total as f64).min(1.0));
        }
    }
    progress(1.0);
    // A few bad packets are a glitch; many are a damaged file.
    if bad > 0 && bad * 10 > good + bad {
        return Err(corrupt(
            path,
            &format!(
                "{bad} of {} pieces of sound could not be decoded",
                good + bad
            ),
        ));
    }
    if samples.is_empty() || sample_rate == 0 {
        return Err(RecordingError::Empty {
            path: path.to_owned(),
        });
    }
    Ok(Decoded {
        samples,
        sample_rate,
        codec,
        bandwidth_hz: f64::from(sample_rate) / 2.0,
    })
}
