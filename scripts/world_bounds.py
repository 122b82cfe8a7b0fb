#!/usr/bin/env python3
"""Lower bounds on mean minutes to resolution in a simulated world, for any policy at all.

Written apart from the Rust simulator (it reads only the world file and, from the KB, which fix is the
hand-over), so it is an independent check of what a world makes possible. Two bounds, each over the
world's own customers drawn afresh here:

  clairvoyant   the true cause is known before the first step: only fixes, in the best order for that
                cause, with the hand-over when it is cheaper; the hand-over at its "part named" minutes
                for every cause some answers can name (the test that names it is free here), at "part
                not named" for the others. No policy can do better.
  free answers  every question a policy could ask (every finding the world gives minutes for) is
                answered at no cost before the first step; then the exact best order of fixes and the
                hand-over for the posterior those answers give, with the world's own numbers: the
                hand-over costs "part named" for a cause whose part those answers name (the world's
                `handover.names`), "part not named" otherwise. A policy learns nothing else but which
                fixes fail, and the subset DP below is exact for that, so no policy in the simulator can
                beat this either.

The DP over the set F of home fixes already tried and failed, with m_c(F) = P(c, all of F fail | answers)
and h_c the hand-over's minutes for cause c:
    V(F) = min( sum_c h_c m_c(F), min_{a not in F} [ c_a W(F) + V(F + a) ] ),  W(F) = sum_c m_c(F)
and the expected minutes are V(empty) for that customer's posterior.

    python3 scripts/world_bounds.py WORLD.json [--kb knowledge/iphone-whatsapp.json] [--customers N] [--seed S]

It prints both bounds with a 95 % interval (--json: the two figures only). Compare them with the guide's mean from `micdoctor simulate`.
"""

import argparse
import json
import math
import random


def load(world_path, kb_path):
    world = json.load(open(world_path))
    kb = json.load(open(kb_path))
    problem = next(p for p in kb["problems"] if p["id"] == world["problem"])
    fixes_by_id = {f["id"]: f for f in kb["fixes"]}
    fixes = problem["fixes"]
    handovers = [f for f in fixes if fixes_by_id[f]["handover"]]
    if len(handovers) != 1:
        raise SystemExit(f"expected one hand-over fix in {world['problem']}, found {handovers}")
    handover = handovers[0]
    home = [f for f in fixes if f != handover]
    minutes = {k: v["value"] for k, v in world["minutes"].items()}
    # Findings a policy can ask: those the world gives minutes for (measurements are not asked).
    askable = [f for f in problem["findings"] if f in minutes]
    causes = []
    for c in world["causes"]:
        answers = c["answers"]
        fix_works = c["fixes"]
        causes.append(
            {
                "id": c["id"],
                "hardware": c["hardware"],
                "share": c["share"]["value"],
                "yes": [answers.get(f, answers["default"])["value"] for f in askable],
                "works": [fix_works.get(f, fix_works["default"])["value"] for f in home],
                # The answers that name this cause's part: alternatives of {finding: answer}.
                "named_by": world["handover"]["names"].get(c["id"], []),
            }
        )
    total = sum(c["share"] for c in causes)
    for c in causes:
        c["share"] /= total
    handover_minutes = {
        True: world["handover"]["part_named"]["value"],
        False: world["handover"]["part_not_named"]["value"],
    }
    return causes, askable, home, [minutes[f] for f in home], handover_minutes


def names_part(cause, answered):
    """True when `answered` ({finding: answer}) names `cause`'s part by one of its alternatives."""
    return any(
        all(answered.get(f) == yes for f, yes in alternative.items())
        for alternative in cause["named_by"]
    )


def best_plan(weights, causes, cost, handover):
    """Exact subset DP: expected minutes of the best fix order with the terminal hand-over.

    `weights` are the (unnormalised) probabilities of the causes, `handover` the hand-over's minutes
    for each cause; the result is normalised."""
    n = len(cost)
    size = 1 << n
    # W[mask] = sum_c weight_c * prod_{a in mask} (1 - p_ac); H[mask] the same weighted by h_c.
    fail = [0.0] * size
    shop = [0.0] * size
    for c, w, h in zip(causes, weights, handover):
        if w == 0.0:
            continue
        prod = [0.0] * size
        prod[0] = w
        for mask in range(1, size):
            low = mask & -mask
            a = low.bit_length() - 1
            prod[mask] = prod[mask ^ low] * (1.0 - c["works"][a])
        for mask in range(size):
            fail[mask] += prod[mask]
            shop[mask] += h * prod[mask]
    value = [0.0] * size
    for mask in range(size - 1, -1, -1):
        w = fail[mask]
        best = shop[mask]
        for a in range(n):
            bit = 1 << a
            if not mask & bit:
                candidate = cost[a] * w + value[mask | bit]
                if candidate < best:
                    best = candidate
        value[mask] = best
    return value[0] / sum(weights)


def ratio_order(cause, cost, handover_minutes):
    """A second method for a known cause, to check the DP: with one cause and fixes that work independently,
    the best order is by chance per minute, stopping for the hand-over once a fix's chance per minute is
    below 1 / C_h (each step's test c_a < p_a C_h is then the same comparison in that order)."""
    order = sorted(range(len(cost)), key=lambda a: cause["works"][a] / cost[a], reverse=True)
    minutes, still_failing = 0.0, 1.0
    for a in order:
        if cause["works"][a] * handover_minutes <= cost[a]:
            break
        minutes += still_failing * cost[a]
        still_failing *= 1.0 - cause["works"][a]
    return minutes + still_failing * handover_minutes


def mean_interval(values):
    n = len(values)
    mean = sum(values) / n
    var = sum((v - mean) ** 2 for v in values) / (n - 1)
    half = 1.96 * math.sqrt(var / n)
    return mean, half


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("world")
    parser.add_argument("--kb", default="knowledge/iphone-whatsapp.json")
    parser.add_argument("--customers", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="print the two bounds as JSON")
    args = parser.parse_args()
    causes, askable, home, cost, handover_minutes = load(args.world, args.kb)
    rng = random.Random(args.seed)

    # Clairvoyant: one DP per cause, weighted by its share (exact, no sampling needed).
    per_cause = []
    for i, c in enumerate(causes):
        weights = [1.0 if j == i else 0.0 for j in range(len(causes))]
        h = handover_minutes[bool(c["named_by"])]
        per_cause.append(best_plan(weights, causes, cost, [h] * len(causes)))
        check = ratio_order(c, cost, h)
        if abs(per_cause[-1] - check) > 1e-9:
            raise SystemExit(f"DP and the ratio order disagree for {c['id']}: {per_cause[-1]} != {check}")
    clairvoyant = sum(c["share"] * v for c, v in zip(causes, per_cause))

    free = []
    shares = [c["share"] for c in causes]
    for _ in range(args.customers):
        true = rng.choices(range(len(causes)), weights=shares)[0]
        answers = [rng.random() < p for p in causes[true]["yes"]]
        answered = dict(zip(askable, answers))
        weights = []
        for c in causes:
            like = c["share"]
            for p, yes in zip(c["yes"], answers):
                like *= p if yes else 1.0 - p
            weights.append(like)
        handover = [handover_minutes[names_part(c, answered)] for c in causes]
        free.append(best_plan(weights, causes, cost, handover))
    mean, half = mean_interval(free)
    if args.json:
        print(json.dumps({"clairvoyant": clairvoyant, "free_answers": mean, "free_answers_half_95": half}))
        return

    print(f"world {args.world}: {len(causes)} causes, {len(askable)} askable findings, {len(home)} home fixes, "
          f"hand-over {handover_minutes[True]:g} min with the part named, {handover_minutes[False]:g} without")
    print(f"  clairvoyant (cause known)      {clairvoyant:6.1f} min  (exact)")
    print(f"  free answers (all questions)   {mean:6.1f} min  ± {half:.1f} (95 %, {args.customers} customers, "
          f"seed {args.seed})")
    print("  by cause, clairvoyant minutes:")
    for c, v in zip(causes, per_cause):
        print(f"    {c['id']:<24} {v:6.1f}{'  *' if c['hardware'] else ''}")


if __name__ == "__main__":
    main()
