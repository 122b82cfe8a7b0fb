#!/usr/bin/env python3
"""Prints the benchmark table of docs/performance.md from criterion's results in target/criterion:
the mean of each benchmark, the targets, and the growth exponent fitted to each size series
(least-squares slope of log(time) against log(size)). Run `cargo bench -p micdoctor-benches` first."""
import json
import math
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / "target" / "criterion"


def mean_ns(*parts):
    path = ROOT.joinpath(*parts, "new", "estimates.json")
    if not path.exists():
        sys.exit(f"missing {path}: run `cargo bench -p micdoctor-benches` first")
    return json.loads(path.read_text())["mean"]["point_estimate"]


def fmt(ns):
    if ns < 1e3:
        return f"{ns:.0f} ns"
    if ns < 1e6:
        return f"{ns / 1e3:.1f} µs"
    return f"{ns / 1e6:.2f} ms"


def exponent(series):
    xs = [math.log(n) for n, _ in series]
    ys = [math.log(t) for _, t in series]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


rows = [
    ("Engine, bundled KB: ranking alone", mean_ns("engine_bundled", "ranking"), "≤ 20 µs"),
    ("Engine, bundled KB: full update (ranking + exact plan + every ECO)", mean_ns("engine_bundled", "full_update"), "≤ 2 ms"),
]
engine = [(n, mean_ns("engine_synthetic_full_update", str(n))) for n in (20, 50, 200)]
rows += [(f"Engine, synthetic {n} causes / {n * 3 // 2} tests / {n // 2} fixes: full update", t,
          "≤ 8 ms" if n == 200 else "") for n, t in engine]
rows.append(("KB load + validate: bundled", mean_ns("kb_load_and_validate", "bundled"), "≤ 2 ms"))
kb = [(n, mean_ns("kb_load_and_validate", "synthetic_problems", str(n))) for n in (10, 100, 1000)]
rows += [(f"KB load + validate: {n} synthetic problems", t, "≤ 200 ms" if n == 1000 else "") for n, t in kb]
demo = mean_ns("ui_frame_1100x760", "egui_demo_windows")
mic = mean_ns("ui_frame_1100x760", "micdoctor_microphone_workspace")
ui = mean_ns("ui_frame_1100x760", "micdoctor_workspace")
bare = mean_ns("ui_frame_1100x760", "micdoctor_workspace_without_explainer")
rows.append(("UI frame (run_ui + tessellate): microphone workspace (busiest)", mic, f"≤ 0.5 × demo = {fmt(demo / 2)}"))
rows.append(("UI frame: privacy workspace, explainer open", ui, ""))
rows.append(("UI frame: privacy workspace, no explainer", bare, ""))
rows.append(("UI frame: egui DemoWindows", demo, "reference"))

print("| benchmark | mean | target |")
print("| --- | ---: | --- |")
for name, t, target in rows:
    print(f"| {name} | {fmt(t)} | {target} |")
print()
print(f"UI frame ratio, busiest MicDoctor screen / demo: {mic / demo:.2f}")
print()
print("| cost | sizes | fitted exponent (time ∝ size^k) |")
print("| --- | --- | ---: |")
print(f"| engine full update vs causes (exact DP ≤ 16 fixes, greedy above) | 20, 50, 200 | {exponent(engine):.2f} |")
print(f"| engine full update vs causes, greedy range only | 50, 200 | {exponent(engine[1:]):.2f} |")
print(f"| KB load + validate vs problems | 10, 100, 1000 | {exponent(kb):.2f} |")
