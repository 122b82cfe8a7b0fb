#!/usr/bin/env bash
# The full measurement of advice: every shipped world (or the worlds given), 2,000 customers each, all five
# policies on the same customers, then the ratios the targets are stated in (micdoctor over the guide:
# all customers, the hardware group, the worst true cause; micdoctor over myopic), and micdoctor against
# each policy customer by customer with a 95 % interval, and the two bounds no policy can beat
# (scripts/world_bounds.py). See docs/simulation.md.
#
#   scripts/simulate.sh [WORLD.json ...]      (CUSTOMERS=2000 SEED=1 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
CUSTOMERS="${CUSTOMERS:-2000}"
SEED="${SEED:-1}"
if ! command -v python3 > /dev/null; then
    echo "scripts/simulate.sh needs python3 to print the ratios" >&2
    exit 1
fi
worlds=("$@")
if [ ${#worlds[@]} -eq 0 ]; then
    worlds=(knowledge/worlds/*.json)
fi

echo "building (release) ..." >&2
cargo build --release --quiet --bin micdoctor
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
n=0
for world in "${worlds[@]}"; do
    n=$((n + 1))
    "${CARGO_TARGET_DIR:-target}"/release/micdoctor simulate --world "$world" --customers "$CUSTOMERS" --seed "$SEED" --json > "$OUT/$n.json"
    python3 scripts/world_bounds.py "$world" --customers "$CUSTOMERS" --seed "$SEED" --json > "$OUT/$n.bounds"
done
python3 - "$OUT"/*.json <<'PY'
import json, sys
print(f"{'world':<16} {'policy':<10} {'mean':>6} {'p90':>6} {'xguide':>7} {'hw xguide':>9} {'worst':>6}  worst cause")
for path in sys.argv[1:]:
    report = json.load(open(path))
    ratios = {r["policy"]: r for r in report["ratios_to_guide"]}
    means = {p["policy"]: p["all"]["mean"] for p in report["policies"]}
    for p in report["policies"]:
        r = ratios[p["policy"]]
        print(f"{report['world']:<16} {p['policy']:<10} {p['all']['mean']:>6.1f} {p['all']['p90']:>6.1f} "
              f"{r['all']:>7.2f} {r['hardware']:>9.2f} {r['worst_cause']:>6.2f}  {r['worst_cause_id']}")
    print(f"{report['world']:<16} micdoctor / myopic = {means['micdoctor'] / means['myopic']:.3f}")
    for d in report["micdoctor_against"]:
        print(f"{report['world']:<16} micdoctor - {d['other']:<9} {d['mean_difference']:+7.2f} min "
              f"[{d['low_95']:+.2f}, {d['high_95']:+.2f}] sooner {d['quicker']}, later {d['slower']}")
    bounds = json.load(open(path[: -len(".json")] + ".bounds"))
    guide = means["guide"]
    print(f"{report['world']:<16} no policy below: clairvoyant {bounds['clairvoyant'] / guide:.2f} x guide, "
          f"free answers {bounds['free_answers'] / guide:.2f} x guide "
          f"(+/- {bounds['free_answers_half_95'] / guide:.2f}; scripts/world_bounds.py)")
    print()
PY
