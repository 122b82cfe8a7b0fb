//! The sketch of a recording that screens and reports draw: the waveform's envelope, the silent and
//! clipped stretches, and the speech's long-term spectrum in bands up to the codec's bandwidth.

use micdoctor_core::recording::{Mark, MarkKind, SoundSketch};

use crate::measure::{NEAR_FULL_SCALE, SILENT_BLOCK_DBFS, Spectrum, count, db};

/// A silent stretch is marked from this length (seconds): shorter ones are the pauses of speech.
const SILENT_MARK_SECONDS: f64 = 0.3;
/// Clipped samples this close together (seconds) are one stretch.
const CLIPPED_JOIN_SECONDS: f64 = 0.05;

pub(crate) fn sketch(
    samples: &[f32],
    rate: f64,
    block_levels: &[f64],
    block: usize,
    spectrum: &Spectrum,
    bandwidth_hz: f64,
) -> SoundSketch {
    let mut marks = silent_marks(block_levels, block as f64 / rate);
    marks.extend(clipped_marks(samples, rate));
    marks.sort_by(|a, b| a.start_seconds.total_cmp(&b.start_seconds));
    let (spectrum_db, spectrum_step_hz) = bands(spectrum, bandwidth_hz);
    SoundSketch {
        envelope: envelope(samples),
        marks,
        spectrum_db,
        spectrum_step_hz,
    }
}

fn envelope(samples: &[f32]) -> Vec<[f32; 2]> {
    if samples.is_empty() {
        return Vec::new();
    }
    let width = samples.len().div_ceil(SoundSketch::COLUMNS);
    samples
        .chunks(width)
        .map(|slice| {
            slice
                .iter()
                .fold([f32::MAX, f32::MIN], |[lo, hi], &x| [lo.min(x), hi.max(x)])
        })
        .collect()
}

fn silent_marks(block_levels: &[f64], block_seconds: f64) -> Vec<Mark> {
    let mut marks = Vec::new();
    let mut start = None;
    for (i, level) in block_levels
        .iter()
        .copied()
        .chain(std::iter::once(0.0))
        .enumerate()
    {
        match (level < SILENT_BLOCK_DBFS, start) {
            (true, None) => start = Some(i),
            (false, Some(first)) => {
                start = None;
                if (i - first) as f64 * block_seconds >= SILENT_MARK_SECONDS {
                    marks.push(Mark {
                        kind: MarkKind::Silent,
                        start_seconds: first as f64 * block_seconds,
                        end_seconds: i as f64 * block_seconds,
                    });
                }
            }
            _ => {}
        }
    }
    marks
}

fn clipped_marks(samples: &[f32], rate: f64) -> Vec<Mark> {
    let join = count(CLIPPED_JOIN_SECONDS * rate).max(1);
    let mut marks: Vec<Mark> = Vec::new();
    let mut last_end: Option<usize> = None;
    let mut i = 0;
    while i < samples.len() {
        if samples[i].abs() < NEAR_FULL_SCALE {
            i += 1;
            continue;
        }
        let start = i;
        while i < samples.len() && samples[i].abs() >= NEAR_FULL_SCALE {
            i += 1;
        }
        // Runs of three or more, as the clipping figure counts them.
        if i - start < 3 {
            continue;
        }
        match (last_end, marks.last_mut()) {
            (Some(end), Some(mark)) if start - end <= join => mark.end_seconds = i as f64 / rate,
            _ => marks.push(Mark {
                kind: MarkKind::Clipped,
                start_seconds: start as f64 / rate,
                end_seconds: i as f64 / rate,
            }),
        }
        last_end = Some(i);
    }
    marks
}

/// The spectrum in at most [`SoundSketch::BANDS`] equal bands up to the codec's bandwidth, in dB under
/// the loudest band.
fn bands(spectrum: &Spectrum, bandwidth_hz: f64) -> (Vec<f32>, f64) {
    let top = bandwidth_hz.min(spectrum.bin_hz * (spectrum.power.len() - 1) as f64);
    let step = (top / SoundSketch::BANDS as f64).max(spectrum.bin_hz);
    let power: Vec<f64> = (0..SoundSketch::BANDS)
        .map(|k| spectrum.band(k as f64 * step, (k + 1) as f64 * step))
        .take_while(|_| step > 0.0)
        .collect();
    let loudest = power.iter().copied().fold(0.0f64, f64::max);
    if loudest <= 0.0 {
        return (Vec::new(), step);
    }
    let levels = power
        .iter()
        .map(|&p| db(p / loudest).max(-80.0) as f32)
        .collect();
    (levels, step)
}
