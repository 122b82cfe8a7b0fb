#!/usr/bin/env bash
# Instructions per UI frame (Context::run_ui + tessellate, headless, 1100 × 760) of MicDoctor's two
# workspaces and of egui's own demo windows, counted by callgrind. Unlike a time, the count does not move
# with whatever else the machine is doing, so it backs up the criterion figure of benches/benches/ui_frame.rs.
# Each screen is run for 20 and for 120 frames; the difference over 100 frames leaves out start-up (fonts,
# pictures, the first layouts). Installs nothing: it says what it needs.
#
#   scripts/ui_instructions.sh
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v valgrind > /dev/null || missing+=(valgrind)
command -v bc > /dev/null || missing+=(bc)
if [ ${#missing[@]} -gt 0 ]; then
    echo "scripts/ui_instructions.sh needs: apt-get install ${missing[*]}" >&2
    exit 1
fi

echo "building (release) ..."
cargo build --release --quiet -p micdoctor-benches --example profile_frame
BIN=target/release/examples/profile_frame
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# Instructions the whole run of `profile_frame FRAMES SCREEN` executed.
count() {
    valgrind --tool=callgrind --callgrind-out-file="$WORK/out" "$BIN" "$1" "$2" 2>&1 \
        | awk '/refs:/ {gsub(",", "", $NF); print $NF}'
}

per_frame() { echo $(( ($(count 120 "$1") - $(count 20 "$1")) / 100 )); }

demo=$(per_frame demo)
microphone=$(per_frame microphone)
privacy=$(per_frame privacy)
ratio() { echo "scale=2; $1 / $2" | bc -l; }

printf '%-44s %14s %8s\n' "instructions per frame" "count" "× demo"
printf '%-44s %14s %8s   (the target, <= 0.5, is on time: cargo bench -p micdoctor-benches --bench ui_frame)\n' "microphone workspace (busiest)" "$microphone" "$(ratio "$microphone" "$demo")"
printf '%-44s %14s %8s\n' "privacy workspace, explainer open" "$privacy" "$(ratio "$privacy" "$demo")"
printf '%-44s %14s %8s\n' "egui DemoWindows" "$demo" "1.00"
