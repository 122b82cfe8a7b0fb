#!/usr/bin/env bash
# The case store's speed targets (issue 17), measured on one machine in one run: fills a SQLite store with
# CASES real-sized cases (default 100,000; each with a snapshot and a technician's verdict), prints the
# time to find one by its code and by the start of a code, then times `micdoctor learn` over all of them.
# Writing latency is `cargo run --release -p micdoctor-benches --example write_latency`.
#
#   scripts/store_speed.sh [CASES]
set -euo pipefail
cd "$(dirname "$0")/.."
CASES="${1:-100000}"
TARGET="${CARGO_TARGET_DIR:-target}"
echo "building (release) ..." >&2
cargo build --release --quiet --bin micdoctor
cargo build --release --quiet -p micdoctor-benches --example store_speed
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"$TARGET"/release/examples/store_speed "$CASES" "$WORK/cases.sqlite"
start=$(date +%s.%N)
"$TARGET"/release/micdoctor learn --store "$WORK/cases.sqlite" --out "$WORK/learned.json" > /dev/null
end=$(date +%s.%N)
python3 -c "print(f'micdoctor learn over $CASES cases: {$end - $start:.2f} s (target: <= 1 s for 100,000)')"
