#!/usr/bin/env bash
# The phone bridge's speed target: a 20 MB iPhone-like video (H.264 + AAC in a QuickTime .mov, made here with
# ffmpeg) from the upload page to a measured result, against opening the same file from disk. Everything
# runs on 127.0.0.1 (benches/examples/transfer_timing.rs prints both figures).
#
#   scripts/bridge_timing.sh [RUNS]        (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-5}"
command -v ffmpeg > /dev/null || { echo "scripts/bridge_timing.sh needs: apt-get install ffmpeg" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# About 20 MB: a minute of noisy 720p video at ~2.6 Mbit/s with speech-band tones as its sound.
ffmpeg -loglevel error -f lavfi -i "testsrc2=size=1280x720:rate=30" -f lavfi \
    -i "sine=frequency=440:sample_rate=48000,volume=0.4" -t 60 \
    -c:v libx264 -b:v 2600k -pix_fmt yuv420p -c:a aac -b:a 128k -ac 1 "$WORK/IMG_0001.MOV"
cargo run --quiet --release --locked -p micdoctor-benches --example transfer_timing -- "$WORK/IMG_0001.MOV" "$RUNS"
