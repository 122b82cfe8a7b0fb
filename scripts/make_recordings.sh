#!/usr/bin/env bash
# Makes the recording fixtures in tests/fixtures/recordings/: one spoken sentence (espeak-ng) with a
# quiet noise bed like a real microphone's, in seven conditions (clean, silent, very quiet, muffled,
# clipped, noisy, dropouts), each encoded to every container MicDoctor reads: a WhatsApp-style voice
# note (.opus, 16 kHz mono Opus), a Voice Memo (.m4a AAC, and .alac.m4a Apple Lossless), a Camera video
# (.mov with H.264 and AAC), .wav and .mp3. Three seconds each, under 2 MB in all. Also: a video with no
# sound, a video with two sound tracks (Apple Lossless first, AAC second, as iPhone videos can carry more
# than one) and a Voice Memo whose sound is AC-3, a codec MicDoctor does not decode. Needs: espeak-ng sox ffmpeg opus-tools.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in espeak-ng sox ffmpeg opusenc; do
    command -v "$tool" > /dev/null || { echo "make_recordings.sh needs $tool (apt-get install espeak-ng sox ffmpeg opus-tools)" >&2; exit 1; }
done
OUT=tests/fixtures/recordings
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT"

# The sentence, 16 kHz mono, peaks at -3 dBFS, cut to 3 s.
espeak-ng -v en-us -s 165 -w "$WORK/voice.wav" "Testing the bottom microphone: one, two, three."
sox "$WORK/voice.wav" -r 16000 -c 1 -b 16 "$WORK/voice16.wav" gain -n -3 pad 0 3 trim 0 3
# A microphone's own noise, about -62 dBFS (pink), under every condition.
sox -n -r 16000 -c 1 -b 16 "$WORK/bed.wav" synth 3 pinknoise vol -58dB
sox -m "$WORK/voice16.wav" "$WORK/bed.wav" "$WORK/clean.wav"

sox -n -r 16000 -c 1 -b 16 "$WORK/silent.wav" synth 3 pinknoise vol -78dB   # a dead input: self-noise only
sox "$WORK/clean.wav" "$WORK/very_quiet.wav" vol -35dB
sox "$WORK/clean.wav" "$WORK/muffled.wav" sinc -1000                          # a 1 kHz low-pass
sox "$WORK/clean.wav" "$WORK/clipped.wav" vol 18dB 2> /dev/null               # hard clipping at full scale
sox -n -r 16000 -c 1 -b 16 "$WORK/loud_noise.wav" synth 3 whitenoise vol -20dB
sox -m "$WORK/clean.wav" "$WORK/loud_noise.wav" "$WORK/noisy.wav"
# Dropouts: the sound cut to digital silence twice for 120 ms in the middle of the speech.
sox "$WORK/clean.wav" "$WORK/a.wav" trim 0 0.9
sox "$WORK/clean.wav" "$WORK/b.wav" trim 1.02 0.5 pad 0.12 0
sox "$WORK/clean.wav" "$WORK/c.wav" trim 1.64 pad 0.12 0
sox "$WORK/a.wav" "$WORK/b.wav" "$WORK/c.wav" "$WORK/dropouts.wav"

for kind in clean silent very_quiet muffled clipped noisy dropouts; do
    src="$WORK/$kind.wav"
    cp "$src" "$OUT/$kind.wav"
    opusenc --quiet --bitrate 24 --framesize 20 "$src" "$OUT/$kind.opus"
    ffmpeg -loglevel error -y -i "$src" -c:a aac -b:a 48k "$OUT/$kind.m4a"
    ffmpeg -loglevel error -y -i "$src" -c:a alac "$OUT/$kind.alac.m4a"
    ffmpeg -loglevel error -y -f lavfi -i color=c=gray:size=64x64:rate=10 -i "$src" -shortest \
        -c:v libx264 -preset ultrafast -c:a aac -b:a 48k "$OUT/$kind.mov"
    ffmpeg -loglevel error -y -i "$src" -c:a libmp3lame -b:a 48k "$OUT/$kind.mp3"
done
# A video with no sound track, for the "no sound" message.
ffmpeg -loglevel error -y -f lavfi -i color=c=gray:size=64x64:rate=10 -t 1 -c:v libx264 -preset ultrafast "$OUT/no_sound.mov"
# Two sound tracks: a silent Apple Lossless track first, the clean sentence in AAC second. MicDoctor must
# measure the AAC one (a wrong pick would be judged silent).
ffmpeg -loglevel error -y -f lavfi -i color=c=gray:size=64x64:rate=10 -i "$WORK/silent.wav" -i "$WORK/clean.wav" \
    -map 0:v -map 1:a -map 2:a -shortest -c:v libx264 -preset ultrafast -c:a:0 alac -c:a:1 aac -b:a:1 48k \
    "$OUT/two_tracks.mov"
# Sound in a codec MicDoctor cannot decode (AC-3), for the "cannot decode" message.
ffmpeg -loglevel error -y -i "$WORK/clean.wav" -t 1 -c:a ac3 "$OUT/ac3.m4a"
du -sh "$OUT"
