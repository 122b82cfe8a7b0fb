#!/usr/bin/env bash
# MicDoctor's recording benchmark (docs/recording.md, "The benchmark"): makes labelled recordings in many
# voices (espeak-ng's English, Portuguese and Spanish, male and female variants, pitches and speeds),
# in every condition the judge names (clean, very quiet, silent, clipped, noisy, muffled, dropouts) and
# in every encoding a phone uses (WhatsApp's Opus, a Voice Memo's AAC and Apple Lossless, a Camera video,
# a video picked from Photos), writes labels.csv beside them, then judges them all and prints the
# confusion matrix. Needs: espeak-ng sox ffmpeg opus-tools, python3 (standard library only).
#
#   scripts/recording_benchmark.sh [DIR]          960 files in DIR (default target/recording-benchmark),
#                                                 about 5 minutes on 2 cores, then judged
#   scripts/recording_benchmark.sh --subset [DIR] the committed test subset, into DIR (default
#                                                 crates/micdoctor-recording/tests/fixtures/benchmark)
#   scripts/recording_benchmark.sh --judge [DIR]  judge DIR again without making it
#   JSON=1 scripts/recording_benchmark.sh ...     the judgement as JSON (per file, with its figures)
#
# The seed is fixed: the same tools make the same files. Exits 1 when the judge misses a target.
set -euo pipefail
cd "$(dirname "$0")/.."
SUBSET=
MAKE=1
DIR=
for arg in "$@"; do
    case "$arg" in
        --subset) SUBSET=--subset ;;
        --judge) MAKE= ;;
        -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
        *) DIR="$arg" ;;
    esac
done
if [ -z "$DIR" ]; then
    if [ -n "$SUBSET" ]; then
        DIR=crates/micdoctor-recording/tests/fixtures/benchmark
    else
        DIR=target/recording-benchmark
    fi
fi
if [ -n "$MAKE" ]; then
    for tool in espeak-ng sox ffmpeg opusenc python3; do
        command -v "$tool" > /dev/null || {
            echo "recording_benchmark.sh needs $tool (apt-get install espeak-ng sox ffmpeg opus-tools python3)" >&2
            exit 1
        }
    done
    python3 scripts/recording_benchmark.py "$DIR" $SUBSET
    du -sh "$DIR" >&2
fi
cargo run --quiet --release -p micdoctor-benches --example recording_benchmark -- "$DIR" ${JSON:+--json}
