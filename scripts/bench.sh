#!/usr/bin/env bash
# Side-by-side figures for MicDoctor and the smallest eframe window (benches/examples/hello.rs), same
# profile, same machine, same run: time to first frame, peak memory, stripped binary size, and idle CPU on the
# start and diagnosis screens (tests/idle.rs checks that every screen left alone asks for no frame).
# Runs the real windows under Xvfb. Installs nothing: it says what it needs.
#
#   scripts/bench.sh [RUNS]        (RUNS ≥ 10, default 15)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-15}"
if [ "$RUNS" -lt 10 ]; then echo "use at least 10 runs" >&2; exit 2; fi

missing=()
command -v Xvfb > /dev/null || missing+=(xvfb)
command -v xdotool > /dev/null || missing+=(xdotool)
[ -x /usr/bin/time ] || missing+=(time)
command -v strip > /dev/null || missing+=(binutils)
command -v bc > /dev/null || missing+=(bc)
if [ ${#missing[@]} -gt 0 ]; then
    echo "scripts/bench.sh needs: apt-get install ${missing[*]}" >&2
    exit 1
fi

PROFILE="${PROFILE:-dist}"   # dist: the shipped build (fat LTO); PROFILE=release for the quick one
echo "building ($PROFILE) ..."
# Two builds: the app exactly as `cargo build --bin micdoctor` and the packages make it, and hello from the
# micdoctor-benches crate with the app's eframe features. (One command used to build both with the tests'
# dev-dependencies unified in, which put eframe's wgpu renderer in both binaries.)
cargo build --profile "$PROFILE" --quiet -p micdoctor --bin micdoctor
cargo build --profile "$PROFILE" --quiet -p micdoctor-benches --example hello
APP=target/$PROFILE/micdoctor
HELLO=target/$PROFILE/examples/hello

WORK=$(mktemp -d)
export HOME="$WORK/home" XDG_RUNTIME_DIR="$WORK/xdg"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
DISPLAY_NUMBER=77
Xvfb ":$DISPLAY_NUMBER" -screen 0 1280x900x24 > "$WORK/xvfb.log" 2>&1 &
XVFB_PID=$!
trap 'kill $XVFB_PID 2> /dev/null; rm -rf "$WORK"' EXIT
export DISPLAY=":$DISPLAY_NUMBER"
sleep 1

# One start-up: prints "<seconds to first frame and exit> <peak RSS in KB>".
startup() {
    local start end
    start=$EPOCHREALTIME
    MICDOCTOR_EXIT_AFTER_FIRST_FRAME=1 /usr/bin/time -f "%M" -o "$WORK/rss" "$1" > /dev/null 2>&1
    end=$EPOCHREALTIME
    echo "$(echo "$end - $start" | bc -l) $(cat "$WORK/rss")"
}

median() { sort -g | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.4f", m}'; }

startup "$APP" > /dev/null; startup "$HELLO" > /dev/null   # warm the page cache
: > "$WORK/app"; : > "$WORK/hello"
for _ in $(seq "$RUNS"); do
    startup "$APP" >> "$WORK/app"
    startup "$HELLO" >> "$WORK/hello"
done
app_time=$(cut -d' ' -f1 "$WORK/app" | median)
hello_time=$(cut -d' ' -f1 "$WORK/hello" | median)
app_rss=$(cut -d' ' -f2 "$WORK/app" | sort -n | tail -1)
hello_rss=$(cut -d' ' -f2 "$WORK/hello" | sort -n | tail -1)

strip -o "$WORK/app.stripped" "$APP"
strip -o "$WORK/hello.stripped" "$HELLO"
app_size=$(stat -c %s "$WORK/app.stripped")
hello_size=$(stat -c %s "$WORK/hello.stripped")

# Idle: CPU time over 30 s without input, on the start screen and then on the diagnosis screen.
"$APP" > "$WORK/app.log" 2>&1 &
APP_PID=$!
sleep 3
WID=$(xdotool search --name '^MicDoctor$' | head -1)
xdotool windowsize "$WID" 1100 760 windowmove "$WID" 0 0
# CPU time of every thread in nanoseconds, from the scheduler's own accounting (exact, where the clock-tick
# counts of /proc/PID/stat charge a whole 10 ms tick to any wake-up that happens to meet one).
cpu_ns() { cat /proc/"$APP_PID"/task/*/schedstat | awk '{sum += $1} END {printf "%d", sum}'; }
idle_seconds() { local before after; before=$(cpu_ns); sleep 30; after=$(cpu_ns); echo "($after - $before) / 1000000000" | bc -l; }
xdotool mousemove --window "$WID" 500 60; sleep 6               # rest the pointer on the empty top bar
idle_start=$(idle_seconds)
xdotool mousemove --window "$WID" 330 260 click 1; sleep 1      # "My microphone doesn't work in WhatsApp"
xdotool mousemove --window "$WID" 990 728 click 1; sleep 1      # "Skip — I'm not sure" -> diagnosis
xdotool mousemove --window "$WID" 500 60; sleep 6               # rest the pointer again; let it settle
idle_cpu=$(idle_seconds)
kill "$APP_PID"

ratio() { echo "scale=3; $1 / $2" | bc -l; }
mb() { echo "scale=1; $1 / 1048576" | bc -l; }
echo
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr)"
echo "runs: $RUNS each, alternating"
printf '%-30s %12s %12s %10s\n' "" "MicDoctor" "hello" "ratio"
printf '%-30s %11ss %11ss %10s   (target <= 1.10)\n' "median time to first frame" "$app_time" "$hello_time" "$(ratio "$app_time" "$hello_time")"
printf '%-30s %10sMB %10sMB %10s   (target <= hello + 15 MB: %+.1f MB)\n' "peak RSS" "$(mb $((app_rss * 1024)))" "$(mb $((hello_rss * 1024)))" "$(ratio "$app_rss" "$hello_rss")" "$(echo "($app_rss - $hello_rss) / 1024" | bc -l)"
printf '%-30s %10sMB %10sMB %10s   (target <= hello + 6 MB: %+.1f MB)\n' "stripped binary" "$(mb "$app_size")" "$(mb "$hello_size")" "$(ratio "$app_size" "$hello_size")" "$(echo "($app_size - $hello_size) / 1048576" | bc -l)"
printf '%-30s %11ss %12s %10s   (target 0.00 s)\n' "CPU over 30 s idle (start)" "$(printf '%.4f' "$idle_start")" "" ""
printf '%-30s %11ss %12s %10s   (target 0.00 s)\n' "CPU over 30 s idle (diagnosis)" "$(printf '%.4f' "$idle_cpu")" "" ""
