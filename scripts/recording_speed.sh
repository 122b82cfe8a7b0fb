#!/usr/bin/env bash
# Times `micdoctor analyze` on a 60 s voice note (16 kHz mono Opus, as WhatsApp sends) and on the sound
# of a 60 s 1080p Camera video (H.264 + AAC), and its peak memory against `micdoctor --version`.
# Targets (issue 16): ≤ 150 ms and ≤ 300 ms, +50 MB at most. Needs: ffmpeg, opus-tools, espeak-ng, sox.
#
#   scripts/recording_speed.sh [RUNS]   (default 11)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-11}"
for tool in ffmpeg opusenc espeak-ng sox; do
    command -v "$tool" > /dev/null || { echo "recording_speed.sh needs $tool" >&2; exit 1; }
done
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
PROFILE="${PROFILE:-release}"   # PROFILE=dist for the shipped build
echo "building ($PROFILE) ..." >&2
cargo build --profile "$PROFILE" --quiet --bin micdoctor
APP=target/$PROFILE/micdoctor

# 60 s of speech: the fixture's sentence twenty times.
sox tests/fixtures/recordings/clean.wav "$WORK/one.wav" rate 48k
sox $(for _ in $(seq 20); do echo "$WORK/one.wav"; done) "$WORK/speech60.wav"
sox "$WORK/speech60.wav" -r 16000 "$WORK/speech60_16k.wav"
opusenc --quiet --bitrate 24 "$WORK/speech60_16k.wav" "$WORK/voice_note.opus"
echo "encoding a 60 s 1080p video (a minute or two) ..." >&2
ffmpeg -loglevel error -y -f lavfi -i testsrc=size=1920x1080:rate=30 -i "$WORK/speech60.wav" -t 60 \
    -c:v libx264 -preset ultrafast -crf 28 -c:a aac -b:a 128k "$WORK/video.mov"

median() { sort -g | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.1f", m}'; }
run() {
    local start end
    start=$EPOCHREALTIME
    /usr/bin/time -f "%M" -o "$WORK/rss" "$APP" analyze "$1" > /dev/null
    end=$EPOCHREALTIME
    echo "$(echo "($end - $start) * 1000" | bc -l) $(cat "$WORK/rss")"
}
/usr/bin/time -f "%M" -o "$WORK/base" "$APP" --version > /dev/null
base=$(cat "$WORK/base")
printf '%-28s %10s %12s %14s\n' "recording" "median ms" "peak RSS MB" "over --version"
for file in voice_note.opus video.mov; do
    run "$WORK/$file" > /dev/null
    : > "$WORK/runs"
    for _ in $(seq "$RUNS"); do run "$WORK/$file" >> "$WORK/runs"; done
    ms=$(cut -d' ' -f1 "$WORK/runs" | median)
    rss=$(cut -d' ' -f2 "$WORK/runs" | sort -n | tail -1)
    printf '%-28s %10s %12.1f %+13.1f\n' "$file ($(du -h "$WORK/$file" | cut -f1))" "$ms" \
        "$(echo "$rss / 1024" | bc -l)" "$(echo "($rss - $base) / 1024" | bc -l)"
done
