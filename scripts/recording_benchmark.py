#!/usr/bin/env python3
"""Makes MicDoctor's recording benchmark: spoken sentences (espeak-ng) in many voices and three
languages, degraded the ways a phone's recording fails, encoded the ways a phone stores it.

Called by scripts/recording_benchmark.sh; docs/recording.md says what the benchmark is for. Standard
library only: every sound is made and changed by sox, encoded by opusenc and ffmpeg; Python only plans
(a fixed seed), sets levels and writes labels.csv.

    recording_benchmark.py OUT_DIR [--subset] [--jobs N]

Each take (a voice saying a sentence) is recorded in every condition; each condition is stored in one
encoding (two for the clean take), chosen in rotation so every condition meets every encoding. The
labels give the true class of each file and, for the muffled ones, how far their 2-4 kHz band fell
against 0.3-1 kHz compared with the same take clean (measured on the WAV before encoding).
"""

import argparse
import concurrent.futures
import csv
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile
from array import array

RATE = 48_000
SEED = 27

# Sentences per language: the first two are for tuning, the last two held out.
SENTENCES = {
    "en": [
        "Testing the bottom microphone: one, two, three.",
        "Hello, can you hear me clearly now? I am calling from the shop.",
        "She sells sea shells by the sea shore, six fresh fish.",
        "Please check whether the voice note sounds muffled or clear.",
    ],
    "pt": [
        "Testando o microfone de baixo: um, dois, três.",
        "Olá, você está me ouvindo bem agora? Estou ligando da loja.",
        "A chuva fina cai sobre a cidade cinzenta desde cedo.",
        "Por favor, veja se a mensagem de voz está abafada ou clara.",
    ],
    "es": [
        "Probando el micrófono de abajo: uno, dos, tres.",
        "Hola, ¿me escuchas bien ahora? Te llamo desde la tienda.",
        "Seis sillas sucias se secan al sol de la sierra.",
        "Por favor, comprueba si la nota de voz suena apagada o clara.",
    ],
}
# espeak-ng voices per language.
VOICES = {"en": ["en-us", "en-gb"], "pt": ["pt-br", "pt"], "es": ["es", "es-419"]}
# Voice variants: the tuning voices and the held-out ones share none.
TUNE_VARIANTS = ["m1", "m3", "m5", "f2", "f4", "klatt"]
HELD_OUT_VARIANTS = ["m2", "m4", "m7", "f1", "f3", "f5", "klatt3", "Andrea"]

# Condition, true class. The clean take is stored twice, at two levels.
CONDITIONS = [
    ("clean", "clean"),
    ("clean_soft", "clean"),
    ("quiet", "very_quiet"),
    ("silent", "silent"),
    ("clipped", "clipped"),
    ("noisy_street", "noisy"),
    ("noisy_fan", "noisy"),
    ("muffled_lp1", "muffled"),
    ("muffled_lp2", "muffled"),
    ("muffled_lint", "muffled"),
    ("muffled_water", "muffled"),
    ("dropouts", "dropouts"),
]
ENCODINGS = ["opus", "aac_m4a", "alac_m4a", "mov", "photos_mp4"]
EXTENSION = {
    "opus": "opus",
    "aac_m4a": "m4a",
    "alac_m4a": "alac.m4a",
    "mov": "mov",
    "photos_mp4": "mp4",
}
# The subset (committed as test fixtures): its two voices' encodings, small ones to stay under 1 MB.
SUBSET_ENCODINGS = [["opus", "aac_m4a"], ["opus", "photos_mp4"]]
# A muffling that took less than this (dB) off the 2-4 kHz band (against 0.3-1 kHz) is "slightly
# muffled": within the spread of clean voices (docs/recording.md), so no judge of one recording can
# tell it from a darker voice. Those files are listed, not scored.
SLIGHT_DROP_DB = 10.0


def run(*args, capture=False):
    result = subprocess.run(
        [str(a) for a in args],
        check=True,
        stdout=subprocess.PIPE if capture else subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    return result.stdout if capture else None


def sox(*args):
    # -R: repeatable noise and dither; -D: no dither (digital silence stays silence).
    run("sox", "-R", "-D", *args)


def float_wav(path):
    return ["-e", "floating-point", "-b", "32", path]


def samples(path):
    raw = run("sox", path, "-t", "f32", "-c", "1", "-r", str(RATE), "-", capture=True)
    data = array("f")
    data.frombytes(raw)
    return data


def write_samples(path, data):
    with tempfile.NamedTemporaryFile(suffix=".f32", delete=False) as f:
        f.write(array("f", data).tobytes())
        raw = f.name
    try:
        sox("-t", "f32", "-r", str(RATE), "-c", "1", raw, *float_wav(path))
    finally:
        os.unlink(raw)


def db(power):
    return 10.0 * math.log10(power) if power > 0 else -200.0


def rms_db(data):
    return db(sum(x * x for x in data) / max(len(data), 1))


def active_db(data):
    """The speech's level: the mean power of the 20 ms blocks within 30 dB of the loudest one."""
    block = RATE // 50
    powers = []
    for i in range(0, len(data) - block + 1, block):
        chunk = data[i : i + block]
        powers.append(sum(x * x for x in chunk) / block)
    top = max(powers)
    loud = [p for p in powers if p > top * 1e-3]
    return db(sum(loud) / len(loud))


def gain(level_db):
    return 10.0 ** (level_db / 20.0)


def mix(out, *inputs):
    """Sums (path, dB) inputs into `out`, float, nothing scaled behind our back."""
    args = ["-m"]
    for path, level in inputs:
        args += ["-v", f"{gain(level):.8f}", path]
    sox(*args, *float_wav(out))


def band_db(path, band):
    """RMS level (dB) of `path` in a band, sox's sinc band-pass then stats."""
    err = subprocess.run(
        ["sox", path, "-n", "sinc", band, "stats"],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    ).stderr
    for line in err.splitlines():
        if line.startswith("RMS lev dB"):
            return float(line.split()[3])
    raise RuntimeError(f"no RMS in sox stats for {path}")


def tilt_db(path):
    """2-4 kHz against 0.3-1 kHz (dB), as MicDoctor's high-band figure, on the whole WAV."""
    return band_db(path, "2000-4000") - band_db(path, "300-1000")


class Noises:
    """Long noise recordings, made once, that every take cuts its own stretch from."""

    SECONDS = 90

    def __init__(self, folder):
        self.folder = folder
        self.rms = {}
        for kind in ("pinknoise", "brownnoise", "whitenoise"):
            path = os.path.join(folder, f"{kind}.wav")
            sox("-n", "-r", str(RATE), "-c", "1", *float_wav(path), "synth", str(self.SECONDS), kind)
            self.rms[kind] = rms_db(samples(path))

    def cut(self, kind, out, seconds, rng, level_db, *effects):
        """A stretch of `kind` noise, `seconds` long, at `level_db` dBFS RMS (before `effects`)."""
        start = rng.uniform(0, self.SECONDS - seconds - 1)
        sox(
            os.path.join(self.folder, f"{kind}.wav"),
            *float_wav(out),
            "trim", f"{start:.3f}", f"{seconds:.3f}",
            "vol", f"{gain(level_db - self.rms[kind]):.8f}",
            *effects,
        )


def bursts(seconds, rng, count, length, level_db, decay):
    """Sparse noise bursts (door slams, passing engines, crackle) at random times, as samples."""
    n = int(seconds * RATE)
    data = [0.0] * n
    amplitude = gain(level_db)
    for _ in range(count):
        start = rng.randrange(0, max(n - 1, 1))
        size = int(rng.uniform(*length) * RATE)
        peak = amplitude * rng.uniform(0.3, 1.0)
        for i in range(start, min(start + size, n)):
            t = (i - start) / RATE
            data[i] += peak * math.exp(-t / decay) * rng.uniform(-1.0, 1.0)
    return data


def hum(out, seconds, rng, level_db):
    """A fan's or mains' hum: a fundamental and three harmonics, `level_db` dBFS RMS in all."""
    f0 = rng.choice([50, 60, 100, 120])
    parts = [(1, 1.0), (2, 0.5), (3, 0.3), (4, 0.15)]
    scale = gain(level_db) / math.sqrt(sum(a * a for _, a in parts) / 2.0)
    sines = []
    for k, _ in parts:
        sines += ["sine", str(k * f0)]
    sox("-r", str(RATE), "-c", str(len(parts)), "-n", "-c", "1", *float_wav(out), "synth", f"{seconds:.4f}", *sines,
        "remix", ",".join(f"{i + 1}v{a * scale:.8f}" for i, (_, a) in enumerate(parts)))


def cut_gaps(data, rng, count, length, speech):
    """Digital silence `count` times for `length` seconds, each starting in one of the `speech` blocks;
    returns the samples and where the cuts are."""
    n = len(data)
    out = list(data)
    spans = []
    for _ in range(count):
        for _try in range(50):
            size = int(rng.uniform(*length) * RATE)
            start = rng.choice(speech) * (RATE // 50)
            if start + size < n and all(start + size + RATE // 5 < a or start > b + RATE // 5 for a, b in spans):
                break
        spans.append((start, start + size))
        for i in range(start, min(start + size, n)):
            out[i] = 0.0
    where = ", ".join(f"{a / RATE:.2f} s +{(b - a) * 1000 / RATE:.0f} ms" for a, b in sorted(spans))
    return out, where


def speech_blocks(data):
    """The 20 ms blocks where someone speaks: within 20 dB of the loudest, not in the last 0.3 s."""
    block = RATE // 50
    powers = [
        sum(x * x for x in data[i : i + block]) / block for i in range(0, len(data) - block + 1, block)
    ]
    top = max(powers)
    return [i for i, p in enumerate(powers[: len(powers) - 15]) if p > top * 1e-2]


def plan(subset):
    """The takes, deterministically from the seed: voice, variant, pitch, speed, sentence, split."""
    rng = random.Random(SEED)
    takes = []
    if subset:
        for i, (language, voice, variant, sentence) in enumerate(
            [("en", "en-us", "m3", 0), ("pt", "pt-br", "f2", 1)]
        ):
            takes.append(
                dict(
                    take=f"s{i}", language=language, voice=voice, variant=variant,
                    pitch=50, speed=160, sentence=sentence, split="subset",
                )
            )
        return takes
    languages = list(SENTENCES)
    for i in range(80):
        held_out = i % 2 == 1
        language = languages[(i // 2) % len(languages)]
        variants = HELD_OUT_VARIANTS if held_out else TUNE_VARIANTS
        takes.append(
            dict(
                take=f"t{i:02d}",
                language=language,
                voice=VOICES[language][(i // 6) % 2],
                variant=variants[(i // 2) % len(variants)],
                pitch=rng.choice([25, 40, 55, 70, 85]),
                speed=rng.choice([140, 180]),
                sentence=(2 if held_out else 0) + rng.randrange(2),
                split="held_out" if held_out else "tune",
            )
        )
    return takes


def encode(master, out_base, encoding, work):
    """Stores the 48 kHz master as a phone would; returns the file written."""
    path = f"{out_base}.{EXTENSION[encoding]}"
    if encoding == "opus":
        # A WhatsApp voice note: 16 kHz mono Opus, 24 kbit/s, 20 ms frames.
        low = os.path.join(work, "note16.wav")
        sox(master, "-r", "16000", "-b", "16", low)
        run("opusenc", "--quiet", "--serial", "27", "--bitrate", "24", "--framesize", "20", low, path)
    elif encoding == "aac_m4a":
        # A Voice Memo: AAC-LC 64 kbit/s, 48 kHz mono.
        run("ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-i", master, "-c:a", "aac", "-b:a", "64k", path)
    elif encoding == "alac_m4a":
        # A lossless Voice Memo: Apple Lossless.
        run("ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-i", master, "-c:a", "alac", path)
    elif encoding in ("mov", "photos_mp4"):
        # A Camera video: H.264 (black) and stereo AAC 128 kbit/s in QuickTime. The two channels are
        # made by sox (ffmpeg's own mono-to-stereo takes 3 dB off each, and clipping off full scale).
        mov = path if encoding == "mov" else os.path.join(work, "camera.mov")
        stereo = os.path.join(work, "stereo.wav")
        sox(master, stereo, "remix", "1", "1")
        run(
            "ffmpeg", "-nostdin", "-loglevel", "error", "-y",
            "-f", "lavfi", "-i", "color=c=black:size=64x64:rate=10", "-i", stereo, "-shortest",
            "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac", "-b:a", "128k", mov,
        )
        if encoding == "photos_mp4":
            # Picked from Photos: the video re-encoded, its sound decoded and stored again as AAC,
            # 96 kbit/s at 44.1 kHz.
            run(
                "ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-i", mov,
                "-c:v", "copy", "-c:a", "aac", "-b:a", "96k", "-ar", "44100", path,
            )
    else:
        raise ValueError(encoding)
    return path


def make_take(take, index, out_dir, noises, subset):
    rng = random.Random(f"{SEED}-{take['take']}")
    work = tempfile.mkdtemp(prefix=f"bench-{take['take']}-")
    try:
        return _make_take(take, index, out_dir, noises, subset, rng, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _make_take(take, index, out_dir, noises, subset, rng, work):
    w = lambda name: os.path.join(work, f"{name}.wav")  # noqa: E731
    sentence = SENTENCES[take["language"]][take["sentence"]]
    run(
        "espeak-ng", "-v", f"{take['voice']}+{take['variant']}", "-p", take["pitch"], "-s", take["speed"],
        "-w", w("espeak"), sentence,
    )
    # The voice at 48 kHz, a phone's 80 Hz high-pass, peaks at -3 dBFS, with room before and after.
    # espeak-ng's formants make its 2-4 kHz band about 5 dB brighter than people's (the clean takes'
    # median 2-4 kHz against 0.3-1 kHz was -9 dB; the ANSI S3.5 standard speech spectrum's is -14.6 dB):
    # a fixed -6 dB bell at 3 kHz brings the median to people's while keeping the voices' own spread.
    trim = ["trim", "0", "2.6"] if subset else []
    sox(w("espeak"), "-r", str(RATE), "-c", "1", *float_wav(w("voice")),
        "highpass", "80", "equalizer", "3000", "1.2o", "-6",
        "gain", "-n", "-3", "pad", "0.3", "0.4", *trim)
    voice = samples(w("voice"))
    seconds = len(voice) / RATE
    speech_db = active_db(voice)
    speech = speech_blocks(voice)
    # The microphone's own noise under every condition: pink, a little white.
    bed_db = rng.uniform(-72.0, -60.0)
    noises.cut("pinknoise", w("bed_pink"), seconds, rng, bed_db)
    noises.cut("whitenoise", w("bed_white"), seconds, rng, bed_db - 8.0)
    mix(w("bed"), (w("bed_pink"), 0.0), (w("bed_white"), 0.0))

    made = {}  # condition -> (wav, parameter description)

    def over_bed(name, source, level, bed_level=0.0):
        mix(w(name), (source, level), (w("bed"), bed_level))
        return w(name)

    clean_level = rng.uniform(-6.0, 0.0)
    made["clean"] = (over_bed("clean", w("voice"), clean_level), f"level {clean_level:+.1f} dB")
    soft = rng.uniform(-14.0, -7.0)
    made["clean_soft"] = (over_bed("clean_soft", w("voice"), soft), f"level {soft:+.1f} dB")

    quiet = rng.uniform(-45.0, -35.0)
    quiet_bed = rng.uniform(-90.0, -80.0)
    made["quiet"] = (
        over_bed("quiet", w("voice"), quiet, quiet_bed - bed_db),
        f"level {quiet:+.1f} dB, self-noise {quiet_bed:.0f} dBFS",
    )

    # A dead microphone: its hiss (and sometimes a little hum) only.
    hiss_db = rng.uniform(-95.0, -76.0)
    hiss_kind = rng.choice(["pinknoise", "whitenoise", "brownnoise"])
    noises.cut(hiss_kind, w("hiss"), seconds, rng, hiss_db)
    if rng.random() < 0.5:
        hum(w("hum"), seconds, rng, hiss_db - 6.0)
        mix(w("silent"), (w("hiss"), 0.0), (w("hum"), 0.0))
    else:
        sox(w("hiss"), *float_wav(w("silent")))
    made["silent"] = (w("silent"), f"{hiss_kind} {hiss_db:.0f} dBFS")

    # Overdriven into full scale: hard clipping when the master is written.
    drive = rng.uniform(12.0, 24.0)
    made["clipped"] = (over_bed("clipped", w("voice"), drive, drive), f"+{drive:.1f} dB into full scale")

    # Street: brown noise swelling and fading (traffic), pink under it, a few bangs and passing bursts.
    snr = rng.uniform(0.0, 10.0)
    noise_db = speech_db + clean_level - snr
    noises.cut("brownnoise", w("traffic"), seconds, rng, noise_db - 1.0,
               "tremolo", f"{rng.uniform(0.2, 0.6):.2f}", f"{rng.uniform(40, 70):.0f}")
    noises.cut("pinknoise", w("street_pink"), seconds, rng, noise_db - 6.0)
    write_samples(w("bangs"), bursts(seconds, rng, rng.randint(2, 5), (0.05, 0.4), noise_db + 12.0, 0.06))
    mix(w("street"), (w("traffic"), 0.0), (w("street_pink"), 0.0), (w("bangs"), 0.0))
    mix(w("noisy_street"), (w("voice"), clean_level), (w("street"), 0.0), (w("bed"), 0.0))
    made["noisy_street"] = (w("noisy_street"), f"street, SNR {snr:.1f} dB")

    # A fan: steady hum and broadband air noise.
    snr_fan = rng.uniform(0.0, 10.0)
    fan_db = speech_db + clean_level - snr_fan
    hum(w("fan_hum"), seconds, rng, fan_db - 4.0)
    noises.cut("pinknoise", w("fan_air"), seconds, rng, fan_db - 2.5, "lowpass", "6000")
    mix(w("noisy_fan"), (w("voice"), clean_level), (w("fan_hum"), 0.0), (w("fan_air"), 0.0), (w("bed"), 0.0))
    made["noisy_fan"] = (w("noisy_fan"), f"fan, SNR {snr_fan:.1f} dB")

    # Muffled: debris over the opening is an acoustic low-pass, the microphone's own noise is not.
    def muffle(name, level, *effects):
        sox(w("voice"), *float_wav(w(f"{name}_voice")), *effects)
        return over_bed(name, w(f"{name}_voice"), level)

    cut1 = math.exp(rng.uniform(math.log(600), math.log(2000)))
    made["muffled_lp1"] = (muffle("muffled_lp1", clean_level, "lowpass", "-1", f"{cut1:.0f}"),
                           f"1st-order low-pass {cut1:.0f} Hz")
    cut2 = math.exp(rng.uniform(math.log(600), math.log(2000)))
    made["muffled_lp2"] = (muffle("muffled_lp2", clean_level, "lowpass", f"{cut2:.0f}"),
                           f"2nd-order low-pass {cut2:.0f} Hz")
    # Lint pressed into the mesh: a shelf taking 15-30 dB off above about 1.5 kHz, and some level.
    shelf = rng.uniform(-30.0, -15.0)
    lint_loss = rng.uniform(-10.0, -3.0)
    made["muffled_lint"] = (
        muffle("muffled_lint", clean_level + lint_loss, "treble", f"{shelf:.1f}", "1200", "0.6s"),
        f"shelf {shelf:.0f} dB above ~1.5 kHz, level {lint_loss:.0f} dB",
    )
    # Water in the opening: muffled, crackling, and cutting out now and then.
    cut_w = math.exp(rng.uniform(math.log(500), math.log(1200)))
    sox(w("voice"), *float_wav(w("water_voice")), "lowpass", f"{cut_w:.0f}", "lowpass", f"{cut_w * 1.5:.0f}")
    write_samples(
        w("crackle"),
        bursts(seconds, rng, int(seconds * rng.uniform(8, 25)), (0.002, 0.01),
               speech_db + clean_level - rng.uniform(14.0, 24.0), 0.0015),
    )
    sox(w("crackle"), *float_wav(w("crackle_lp")), "lowpass", "2500")
    mix(w("water_mix"), (w("water_voice"), clean_level - 2.0), (w("crackle_lp"), 0.0), (w("bed"), 0.0))
    cut, where = cut_gaps(samples(w("water_mix")), rng, rng.randint(1, 2), (0.06, 0.15), speech)
    write_samples(w("muffled_water"), cut)
    made["muffled_water"] = (w("muffled_water"), f"2x low-pass {cut_w:.0f} Hz, crackle, cut at {where}")

    # Dropouts: the sound cut to digital silence in the middle of the speech.
    cut, where = cut_gaps(samples(w("clean")), rng, rng.randint(1, 3), (0.08, 0.25), speech)
    write_samples(w("dropouts"), cut)
    made["dropouts"] = (w("dropouts"), f"cut at {where}")

    clean_tilt = tilt_db(w("clean"))
    rows = []
    encodings = ENCODINGS
    for c_index, (condition, true_class) in enumerate(CONDITIONS):
        if subset and condition == "clean_soft":
            continue
        wav, parameter = made[condition]
        master = os.path.join(work, f"master_{condition}.wav")
        sox(wav, "-b", "16", master)  # 16-bit at 48 kHz: clipping happens here
        drop = ""
        if true_class == "muffled":
            drop_db = round(clean_tilt - tilt_db(master), 1)  # as written, so labels and table agree
            drop = f"{drop_db:.1f}"
            if drop_db < SLIGHT_DROP_DB:
                true_class = "slightly_muffled"
        if subset:
            chosen = SUBSET_ENCODINGS[index]
        else:
            chosen = [encodings[(index + c_index) % len(encodings)]]
        for encoding in chosen:
            base = os.path.join(out_dir, f"{take['take']}_{condition}")
            if subset:
                base += f"_{encoding}"
            path = encode(master, base, encoding, work)
            rows.append(
                dict(
                    file=os.path.basename(path),
                    take=take["take"],
                    split=take["split"],
                    language=take["language"],
                    voice=f"{take['voice']}+{take['variant']}",
                    pitch=take["pitch"],
                    speed=take["speed"],
                    sentence=take["sentence"],
                    condition=condition,
                    true_class=true_class,
                    encoding=encoding,
                    parameter=parameter,
                    clean_tilt_db=f"{clean_tilt:.1f}",
                    high_band_drop_db=drop,
                )
            )
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir")
    parser.add_argument("--subset", action="store_true", help="the small committed fixture set")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    os.makedirs(args.out_dir, exist_ok=True)
    for name in os.listdir(args.out_dir):
        if name.endswith((".opus", ".m4a", ".mov", ".mp4")) or name == "labels.csv":
            os.unlink(os.path.join(args.out_dir, name))
    noise_dir = tempfile.mkdtemp(prefix="bench-noise-")
    try:
        noises = Noises(noise_dir)
        takes = plan(args.subset)
        rows = []
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
            futures = [
                pool.submit(make_take, take, i, args.out_dir, noises, args.subset)
                for i, take in enumerate(takes)
            ]
            for done, future in enumerate(futures, 1):
                rows.extend(future.result())
                print(f"\r{done}/{len(takes)} takes", end="", file=sys.stderr, flush=True)
        print(file=sys.stderr)
    finally:
        shutil.rmtree(noise_dir, ignore_errors=True)
    with open(os.path.join(args.out_dir, "labels.csv"), "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} files in {args.out_dir}", file=sys.stderr)


if __name__ == "__main__":
    main()
