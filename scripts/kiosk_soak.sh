#!/usr/bin/env bash
# Memory soak of the real kiosk: runs the release binary fullscreen on a virtual X display (Xvfb),
# plays cases with xdotool taps for a long simulated day — journeys, symptom chips, answers, fix
# outcomes, "Start over", and walk-aways that the idle reset clears — and samples the process's resident
# memory (VmRSS) every minute. Prints start / end / max RSS and writes every sample to a CSV.
#
#   scripts/kiosk_soak.sh [MINUTES]        (default 30)
#
# Needs: Xvfb, xdotool and ImageMagick's `import` (Debian: apt-get install xvfb xdotool imagemagick),
# and a release build (`cargo build --release`, or set MICDOCTOR=/path/to/micdoctor).
# Environment: MICDOCTOR (binary), OUT (folder for the CSV, log and screenshots; default a temp folder),
# DISPLAY_NUMBER (default 77; must be free), SEED (default 1).
# Exit status: 0 when the kiosk ran the whole time, 1 when it died or a tool is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

minutes="${1:-30}"
binary="${MICDOCTOR:-${CARGO_TARGET_DIR:-target}/release/micdoctor}"
display_number="${DISPLAY_NUMBER:-77}"
out="${OUT:-$(mktemp -d -t micdoctor-kiosk-soak.XXXXXX)}"
RANDOM="${SEED:-1}"

missing=()
for tool in Xvfb xdotool import; do
    command -v "$tool" > /dev/null || missing+=("$tool")
done
if ((${#missing[@]})); then
    echo "kiosk_soak: missing ${missing[*]}; install them with: apt-get install xvfb xdotool imagemagick" >&2
    exit 1
fi
if [[ ! -x "$binary" ]]; then
    echo "kiosk_soak: no binary at $binary; run 'cargo build --release' or set MICDOCTOR" >&2
    exit 1
fi
mkdir -p "$out"

# A config of its own: kiosk mode, a staff PIN, the shortest idle spell the config allows.
home="$out/home"
mkdir -p "$home"
pin_line="$(printf '2580\n' | "$binary" hash-pin 2> /dev/null)"
config="$out/config.toml"
printf 'kiosk = true\n%s\nidle_seconds = 15\nidle_countdown_seconds = 5\n' "$pin_line" > "$config"

if [[ -e "/tmp/.X$display_number-lock" ]]; then
    echo "kiosk_soak: display :$display_number is in use; set DISPLAY_NUMBER to a free one" >&2
    exit 1
fi
export DISPLAY=":$display_number"
Xvfb "$DISPLAY" -screen 0 1366x768x24 -nolisten tcp > "$out/xvfb.log" 2>&1 &
xvfb_pid=$!
app_pid=""
cleanup() {
    if [[ -n "$app_pid" ]]; then
        kill "$app_pid" 2> /dev/null || true
    fi
    kill "$xvfb_pid" 2> /dev/null || true
}
trap cleanup EXIT
for _ in $(seq 50); do
    xdotool getmouselocation > /dev/null 2>&1 && break
    sleep 0.2
done

HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
    "$binary" --kiosk --config "$config" > "$out/micdoctor.log" 2>&1 &
app_pid=$!
sleep 8
if ! kill -0 "$app_pid" 2> /dev/null; then
    echo "kiosk_soak: the kiosk did not start; see $out/micdoctor.log" >&2
    cat "$out/micdoctor.log" >&2
    exit 1
fi
import -window root "$out/start.png"

rss_kib() { awk '/^VmRSS:/ { print $2 }' "/proc/$app_pid/status"; }
hwm_kib() { awk '/^VmHWM:/ { print $2 }' "/proc/$app_pid/status"; }

# Where things are at 1366 × 768 with the kiosk's zoom of 1.4 (read off screenshots of each screen):
# start screen: the two journey cards; symptoms: the chip area and the footer's way on (bottom right);
# workspace: the pinned bar under the next-step card (Yes / No / Not sure, or That fixed it / Still not
# working / Skip this step); anywhere in the three columns (Why?, Change symptoms, links); outcome:
# Start over, then the "Start a new case?" dialog's first button.
tap() {
    xdotool mousemove "$1" "$2" click 1
    sleep "${3:-0.6}"
}
random_between() { echo $(($1 + RANDOM % ($2 - $1 + 1))); }

journey=(375 430 995 430)
chips_x=(30 1220)
chips_y=(305 610)
symptoms_go=(1228 723)
answer_bar_x=(440 800)
answer_bar_y=(625 735)
anywhere_x=(10 1350)
anywhere_y=(200 740)
outcome_start_over=(343 494)
confirm_new_case=(538 429)

play_case() {
    local which=$((RANDOM % 2))
    tap "${journey[which * 2]}" "${journey[which * 2 + 1]}" 1.0
    for _ in $(seq $((RANDOM % 4))); do
        tap "$(random_between "${chips_x[@]}")" "$(random_between "${chips_y[@]}")" 0.5
    done
    tap "${symptoms_go[@]}" 1.0
    for _ in $(seq $((3 + RANDOM % 8))); do
        if ((RANDOM % 6 == 0)); then
            tap "$(random_between "${anywhere_x[@]}")" "$(random_between "${anywhere_y[@]}")" 0.6
        else
            tap "$(random_between "${answer_bar_x[@]}")" "$(random_between "${answer_bar_y[@]}")" 0.8
        fi
    done
    if ((RANDOM % 5 != 0)); then
        # Done: on the outcome screen these start a new case; anywhere else they land on nothing that
        # matters, and the idle reset below clears what is left.
        tap "${outcome_start_over[@]}" 0.8
        tap "${confirm_new_case[@]}" 0.8
    fi
    # The next customer comes after a pause: 15 s without a touch, then the 5 s countdown, clear any
    # case a customer walked away from.
    sleep 22
}

csv="$out/rss.csv"
echo "minute,cases,vmrss_kib,vmhwm_kib" > "$csv"
start_rss="$(rss_kib)"
echo "0,0,$start_rss,$(hwm_kib)" >> "$csv"
echo "kiosk_soak: pid $app_pid, $minutes minutes, start RSS $start_rss KiB; samples in $csv"
started=$(date +%s)
next_sample=$((started + 60))
deadline=$((started + minutes * 60))
cases=0
minute=0
while (($(date +%s) < deadline)); do
    play_case
    cases=$((cases + 1))
    if ! kill -0 "$app_pid" 2> /dev/null; then
        echo "kiosk_soak: the kiosk died after $cases cases; see $out/micdoctor.log" >&2
        exit 1
    fi
    while (($(date +%s) >= next_sample)); do
        minute=$((minute + 1))
        echo "$minute,$cases,$(rss_kib),$(hwm_kib)" >> "$csv"
        next_sample=$((next_sample + 60))
        if ((minute % 10 == 0)); then
            import -window root "$out/minute-$minute.png"
        fi
    done
done
# A last sample after the final idle reset, on the start screen.
sleep 22
end_rss="$(rss_kib)"
echo "end,$cases,$end_rss,$(hwm_kib)" >> "$csv"
import -window root "$out/end.png"
max_rss="$(tail -n +2 "$csv" | cut -d, -f3 | sort -n | tail -1)"
echo "kiosk_soak: $cases cases in $minutes minutes; RSS start $start_rss KiB, end $end_rss KiB, max $max_rss KiB (peak VmHWM $(hwm_kib) KiB)"
echo "kiosk_soak: log $out/micdoctor.log, screenshots $out/*.png"
