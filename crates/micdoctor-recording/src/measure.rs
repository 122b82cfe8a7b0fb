//! The figures of a recording: its length, the active speech level (ITU-T P.56 method B), the noise floor
//! and the signal-to-noise ratio, the share of silent blocks, clipping (runs near full scale together
//! with the crest factor), muffling (the 2–4 kHz band against 300–1000 Hz, within the codec's real
//! bandwidth) and dropouts. Each figure's meaning and threshold is in `docs/recording.md`.

use micdoctor_core::recording::{Figures, SoundSketch};
use rustfft::FftPlanner;
use rustfft::num_complex::Complex;

use crate::sketch::sketch;

pub(crate) const BLOCK_SECONDS: f64 = 0.02;
/// Below −60 dBFS a 20 ms block is silent.
pub(crate) const SILENT_BLOCK_DBFS: f64 = -60.0;
const FLOOR_DBFS: f64 = -120.0;
/// P.56: envelope time constant, hangover and margin.
const P56_TIME_CONSTANT: f64 = 0.03;
const P56_HANGOVER: f64 = 0.2;
const P56_MARGIN_DB: f64 = 15.9;
/// Near full scale: within 1 dB of it (lossy codecs ring around a clipped peak, so not `|x| ≥ 0.999`).
pub(crate) const NEAR_FULL_SCALE: f32 = 0.891;
const DROPOUT_SECONDS: f64 = 0.04;
/// Below −80 dBFS: what a lossy codec makes of digital silence; a working microphone's own noise
/// (judged only when the floor is −85 dBFS or more) peaks above it within any 5 ms.
const DIGITAL_SILENCE: f32 = 1e-4;
/// A stretch this far under the noise floor (dB) is not a pause: a working microphone's own noise never
/// stops. Digital silence is far under it; a voice note's codec rings a cut out over a few tens of ms.
const GAP_UNDER_FLOOR_DB: f64 = 10.0;
/// Gaps are looked for in blocks this long (s).
const GAP_BLOCK_SECONDS: f64 = 0.005;
/// A gap can be told from a pause only when the microphone's own noise is heard between words: the
/// noise floor must reach this level (dBFS).
const AUDIBLE_SELF_NOISE_DBFS: f64 = -85.0;
/// A 20 ms block at or below this level (dBFS) is digital silence: under the quantisation noise of a
/// 16-bit recording (−101 dBFS), so no microphone made it.
const DIGITAL_SILENCE_BLOCK_DBFS: f64 = -100.0;

pub(crate) fn db(power: f64) -> f64 {
    if power > 0.0 {
        (10.0 * power.log10()).max(FLOOR_DBFS)
    } else {
        FLOOR_DBFS
    }
}

/// Measures mono `samples` at `rate` Hz, stored by a codec that carries sound up to `bandwidth_hz`.
#[must_use]
pub fn measure(samples: &[f32], rate: u32, bandwidth_hz: f64) -> Figures {
    measure_and_draw(samples, rate, bandwidth_hz).0
}

/// [`measure`], and the sketch of the sound screens and reports draw.
#[must_use]
pub fn measure_and_draw(samples: &[f32], rate: u32, bandwidth_hz: f64) -> (Figures, SoundSketch) {
    let rate_f = f64::from(rate.max(1));
    let duration_seconds = samples.len() as f64 / rate_f;
    let (active_level_dbfs, activity, active_threshold) = p56(samples, rate_f);
    let block = count(BLOCK_SECONDS * rate_f).max(1);
    let mut levels: Vec<f64> = samples
        .chunks(block)
        .map(|b| db(b.iter().map(|&x| f64::from(x) * f64::from(x)).sum::<f64>() / b.len() as f64))
        .collect();
    let silent_share = if levels.is_empty() {
        1.0
    } else {
        levels.iter().filter(|&&l| l < SILENT_BLOCK_DBFS).count() as f64 / levels.len() as f64
    };
    let block_levels = levels.clone();
    levels.sort_by(f64::total_cmp);
    let noise_floor_dbfs = noise_floor(&levels);
    let peak = samples.iter().fold(0.0f32, |m, &x| m.max(x.abs()));
    let peak_dbfs = db(f64::from(peak) * f64::from(peak));
    let active_samples = (activity * samples.len() as f64).max(1.0);
    let spectrum = Spectrum::of_speech(samples, rate_f, &block_levels, block, active_level_dbfs);
    let figures = Figures {
        duration_seconds,
        active_level_dbfs,
        activity,
        noise_floor_dbfs,
        snr_db: active_level_dbfs - noise_floor_dbfs,
        silent_share,
        peak_dbfs,
        crest_db: peak_dbfs - active_level_dbfs,
        clipped_share: clipped_samples(samples) as f64 / active_samples,
        high_band_db: spectrum.high_band(bandwidth_hz),
        dropouts: if noise_floor_dbfs >= AUDIBLE_SELF_NOISE_DBFS {
            dropouts(samples, rate_f, active_threshold, noise_floor_dbfs)
        } else {
            0
        },
    };
    let sketch = sketch(
        samples,
        rate_f,
        &block_levels,
        block,
        &spectrum,
        bandwidth_hz,
    );
    (figures, sketch)
}

/// The noise floor from the block levels, sorted: their 10th percentile, leaving out blocks of digital
/// silence (at or below [`DIGITAL_SILENCE_BLOCK_DBFS`]): no microphone's noise is that low, so they are sound cut out
/// (dropouts, a file's padding), not the noise between words. When nearly all the blocks are such, the
/// file is silence and the floor is theirs.
fn noise_floor(sorted_levels: &[f64]) -> f64 {
    let heard = sorted_levels.partition_point(|&l| l <= DIGITAL_SILENCE_BLOCK_DBFS);
    let levels = if sorted_levels.len() - heard >= sorted_levels.len() / 10 {
        &sorted_levels[heard..]
    } else {
        sorted_levels
    };
    levels.get(levels.len() / 10).copied().unwrap_or(FLOOR_DBFS)
}

/// ITU-T P.56 method B: the active level, the activity factor, and the envelope threshold it settled on.
fn p56(samples: &[f32], rate: f64) -> (f64, f64, f64) {
    const STEPS: usize = 16;
    // 2^-15 … 2^0: the envelope thresholds, one per step.
    let thresholds: [f64; STEPS] = std::array::from_fn(|j| f64::from(1u32 << j) / 32_768.0);
    let decay = (-1.0 / (rate * P56_TIME_CONSTANT)).exp();
    let hangover = u32::try_from(count(rate * P56_HANGOVER)).unwrap_or(u32::MAX);
    let mut counts = [0u64; STEPS];
    let mut held = [hangover; STEPS];
    let (mut envelope, mut smoothed, mut energy) = (0.0f64, 0.0f64, 0.0f64);
    for &x in samples {
        let x = f64::from(x);
        energy += x * x;
        envelope = decay * envelope + (1.0 - decay) * x.abs();
        smoothed = decay * smoothed + (1.0 - decay) * envelope;
        for j in 0..STEPS {
            if smoothed >= thresholds[j] {
                counts[j] += 1;
                held[j] = 0;
            } else if held[j] < hangover {
                counts[j] += 1;
                held[j] += 1;
            } else {
                // Thresholds rise with j: none above this one is reached either.
                for later in &mut held[j..] {
                    *later = hangover;
                }
                break;
            }
        }
    }
    if energy <= 0.0 || samples.is_empty() {
        return (FLOOR_DBFS, 0.0, 1.0);
    }
    let n = samples.len() as f64;
    let level = |j: usize| db(energy / counts[j].max(1) as f64);
    let margin = |j: usize| level(j) - 20.0 * thresholds[j].log10();
    // The first threshold whose margin falls to M, interpolated with the one below.
    for j in 0..STEPS {
        if counts[j] == 0 {
            break;
        }
        let delta = margin(j);
        if delta <= P56_MARGIN_DB {
            if j == 0 {
                return (level(0), counts[0] as f64 / n, thresholds[0]);
            }
            let before = margin(j - 1);
            let t = ((before - P56_MARGIN_DB) / (before - delta)).clamp(0.0, 1.0);
            let active = level(j - 1) + t * (level(j) - level(j - 1));
            let activity =
                (counts[j - 1] as f64 + t * (counts[j] as f64 - counts[j - 1] as f64)) / n;
            return (active, activity, thresholds[j - 1]);
        }
    }
    // Every threshold keeps a margin above M: the whole recording is speech-like throughout.
    (db(energy / n), 1.0, thresholds[0])
}

/// Samples within 1 dB of full scale in runs of three or more.
fn clipped_samples(samples: &[f32]) -> usize {
    let mut total = 0;
    let mut run = 0;
    for &x in samples {
        if x.abs() >= NEAR_FULL_SCALE {
            run += 1;
        } else {
            if run >= 3 {
                total += run;
            }
            run = 0;
        }
    }
    if run >= 3 {
        total += run;
    }
    total
}

/// The speech's long-term power spectrum: the mean of Hann-windowed 32 ms frames taken in the speech
/// blocks (within 10 dB of the active level), at most 300 of them spread over the recording.
pub(crate) struct Spectrum {
    /// Power per FFT bin, from 0 Hz up to half the sample rate.
    pub power: Vec<f64>,
    pub bin_hz: f64,
}

impl Spectrum {
    fn of_speech(
        samples: &[f32],
        rate: f64,
        block_levels: &[f64],
        block: usize,
        active_level: f64,
    ) -> Self {
        let size = count(rate * 0.032).next_power_of_two().max(64);
        let fft = FftPlanner::<f32>::new().plan_fft_forward(size);
        let window: Vec<f32> = (0..size)
            .map(|i| 0.5 - 0.5 * (std::f32::consts::TAU * i as f32 / size as f32).cos())
            .collect();
        let speech: Vec<usize> = block_levels
            .iter()
            .enumerate()
            .filter(|&(_, &l)| l >= active_level - 10.0 && l > FLOOR_DBFS)
            .map(|(i, _)| i)
            .collect();
        // At most 300 frames, spread over the speech: enough for a steady figure, bounded in time.
        let stride = speech.len().div_ceil(300).max(1);
        let mut power = vec![0.0f64; size / 2 + 1];
        let mut buffer = vec![Complex::new(0.0f32, 0.0); size];
        for &b in speech.iter().step_by(stride) {
            let start = b * block;
            if start + size > samples.len() {
                continue;
            }
            for (slot, (x, w)) in buffer
                .iter_mut()
                .zip(samples[start..start + size].iter().zip(&window))
            {
                *slot = Complex::new(x * w, 0.0);
            }
            fft.process(&mut buffer);
            for (sum, c) in power.iter_mut().zip(&buffer) {
                *sum += f64::from(c.norm_sqr());
            }
        }
        Self {
            power,
            bin_hz: rate / size as f64,
        }
    }

    /// Power summed over `lo`–`hi` Hz.
    pub fn band(&self, lo: f64, hi: f64) -> f64 {
        let a = count((lo / self.bin_hz).ceil());
        let b = count((hi / self.bin_hz).floor()).min(self.power.len().saturating_sub(1));
        self.power.get(a..=b).map_or(0.0, |bins| bins.iter().sum())
    }

    /// The 2–4 kHz band (or up to 90 % of the codec's bandwidth, when lower) against 300–1000 Hz, in dB.
    fn high_band(&self, bandwidth_hz: f64) -> f64 {
        let top = (bandwidth_hz * 0.9).min(4_000.0);
        let low = self.band(300.0, 1_000.0);
        let high = self.band(2_000.0, top.max(2_000.0 + self.bin_hz));
        if low <= 0.0 {
            return 0.0;
        }
        db(high / low).max(-80.0)
    }
}

/// Sound cut out: runs of [`DROPOUT_SECONDS`] or more of 5 ms blocks that are digital silence (every
/// sample under [`DIGITAL_SILENCE`]) or lie [`GAP_UNDER_FLOOR_DB`] or more under the noise floor,
/// between the first and the last loud sample (louder than the P.56 threshold). A pause never falls under the microphone's own noise; a cut does, to digital silence in
/// a Voice Memo or a video, and in a voice note to the codec's fading ring of the sound before it.
fn dropouts(samples: &[f32], rate: f64, threshold: f64, floor_dbfs: f64) -> u32 {
    let loud = |x: &f32| f64::from(x.abs()) >= threshold;
    let (Some(first), Some(last)) = (
        samples.iter().position(loud),
        samples.iter().rposition(loud),
    ) else {
        return 0;
    };
    let sub = count(rate * GAP_BLOCK_SECONDS).max(1);
    let gap_level = floor_dbfs - GAP_UNDER_FLOOR_DB;
    let quiet: Vec<bool> = samples[first..=last]
        .chunks(sub)
        .map(|b| {
            b.iter().all(|x| x.abs() < DIGITAL_SILENCE)
                || db(b.iter().map(|&x| f64::from(x) * f64::from(x)).sum::<f64>() / b.len() as f64)
                    < gap_level
        })
        .collect();
    let min_blocks = count((DROPOUT_SECONDS / GAP_BLOCK_SECONDS).round()).max(1);
    let mut gaps = 0;
    let mut run = 0;
    for &q in &quiet {
        if q {
            run += 1;
        } else {
            if run >= min_blocks {
                gaps += 1;
            }
            run = 0;
        }
    }
    // The last block holds the last loud sample, so a run never reaches the end.
    gaps
}

/// A non-negative figure (seconds × rate, Hz ÷ bin width) as a whole count, rounded down.
#[expect(clippy::cast_sign_loss, reason = "clamped to zero or more first")]
pub(crate) fn count(x: f64) -> usize {
    x.max(0.0) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sine(amplitude: f32, hz: f32, seconds: f32, rate: u32) -> Vec<f32> {
        (0..count(f64::from(seconds) * f64::from(rate)))
            .map(|i| amplitude * (std::f32::consts::TAU * hz * i as f32 / rate as f32).sin())
            .collect()
    }

    #[test]
    fn a_steady_tone_is_active_all_the_time_at_its_rms() {
        let rate = 16_000;
        let figures = measure(&sine(0.1, 440.0, 2.0, rate), rate, 8_000.0);
        // RMS of a sine of amplitude 0.1: 0.1 / √2, i.e. −23.01 dBFS.
        assert!(
            (figures.active_level_dbfs - (-23.0103)).abs() < 0.2,
            "{figures:?}"
        );
        assert!(figures.activity > 0.97, "{figures:?}");
        assert!((figures.peak_dbfs - (-20.0)).abs() < 0.05);
        assert!((figures.crest_db - 3.01).abs() < 0.2);
        assert_eq!(figures.dropouts, 0);
    }

    #[test]
    fn speech_half_the_time_is_measured_over_the_speech_only() {
        let rate = 16_000;
        let mut samples = sine(0.1, 440.0, 2.0, rate);
        samples.extend(std::iter::repeat_n(0.0, 2 * rate as usize));
        let figures = measure(&samples, rate, 8_000.0);
        // The level while "speaking" is the tone's, not the average over the silence (−26 dBFS).
        assert!(
            (figures.active_level_dbfs - (-23.0103)).abs() < 0.6,
            "{figures:?}"
        );
        // Half the time, plus P.56's 0.2 s hangover.
        assert!((figures.activity - 0.55).abs() < 0.03, "{figures:?}");
        assert!((figures.silent_share - 0.5).abs() < 0.02, "{figures:?}");
    }

    #[test]
    fn a_tone_above_two_kilohertz_is_bright_and_one_below_is_dull() {
        let rate = 48_000;
        let mix = |a: f32, b: f32| -> Vec<f32> {
            sine(a, 500.0, 1.0, rate)
                .iter()
                .zip(sine(b, 3_000.0, 1.0, rate))
                .map(|(x, y)| x + y)
                .collect()
        };
        let even = measure(&mix(0.1, 0.1), rate, 20_000.0);
        assert!(even.high_band_db.abs() < 1.0, "{even:?}");
        let dull = measure(&mix(0.1, 0.001), rate, 20_000.0);
        assert!((dull.high_band_db - (-40.0)).abs() < 1.0, "{dull:?}");
    }

    #[test]
    fn a_cut_in_speech_is_a_dropout_and_not_the_noise_floor() {
        let rate = 16_000;
        // Speech-like: a tone over a microphone's noise (about −60 dBFS), then 100 ms cut to digital
        // silence in the middle of it.
        let mut seed = 1u32;
        let mut noise = || {
            seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            (f64::from(seed >> 8) / f64::from(1u32 << 24) - 0.5) as f32 * 0.0035
        };
        // Words of 0.6 s with pauses of 0.3 s between them, over the noise throughout.
        let mut samples: Vec<f32> = sine(0.1, 440.0, 3.0, rate)
            .into_iter()
            .enumerate()
            .map(|(i, x)| if i % 14_400 < 9_600 { x } else { 0.0 } + noise())
            .collect();
        let clean = measure(&samples, rate, 8_000.0);
        assert_eq!(clean.dropouts, 0, "{clean:?}");
        // 100 ms cut out of the second word.
        for x in &mut samples[17_600..19_200] {
            *x = 0.0;
        }
        let cut = measure(&samples, rate, 8_000.0);
        assert_eq!(cut.dropouts, 1, "{cut:?}");
        // The cut is no noise floor: the floor stays the noise's, about −60 dBFS.
        assert!((cut.noise_floor_dbfs - (-60.0)).abs() < 2.0, "{cut:?}");
        assert!((clean.noise_floor_dbfs - (-60.0)).abs() < 2.0, "{clean:?}");
        // Nor is a pause a dropout, however long: the noise goes on in it.
    }

    #[test]
    fn nothing_at_all_is_silent_and_measures_at_the_floor() {
        let figures = measure(&vec![0.0; 16_000], 16_000, 8_000.0);
        assert!((figures.active_level_dbfs - FLOOR_DBFS).abs() < f64::EPSILON);
        assert!((figures.silent_share - 1.0).abs() < f64::EPSILON);
    }
}
