#!/usr/bin/env python3
"""The map's outlines: ``core.map_data.load_map`` cold (no cache) and warm (cached), timed.

    .venv/bin/python benchmarks/measure_map_data.py              # 9 runs of each
    .venv/bin/python benchmarks/measure_map_data.py --runs 1     # smoke run

Each run is a child process of its own (private SERVICEPUNKT_HOME, bytecode cache as in
run_benchmarks.py) that imports ``core.map_data`` (pyproj with it; timed apart) and then
times one ``load_map`` of the shipped ``resources/data/municipalities.geojson``:

- *cold*: an empty cache folder: read and hash the file, parse the GeoJSON, project all
  points with PROJ, simplify, derive the county borders, write the cache (synced, renamed);
- *warm*: the cache folder a cold run left: read and hash the file, read the cache.

Both end with one ``municipality_at`` for each of the 290 inner points (timed apart: the
hit test a click does, 290 times). Medians over ``--runs``; cold and warm runs alternate.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shlex
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import child_process  # benchmarks/child_process.py, beside this script

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
GEOJSON = ROOT / "resources" / "data" / "municipalities.geojson"
KEYS = ("import_s", "load_s", "hit_test_s")


def child(cache: Path) -> dict[str, Any]:
    """One load in this process: import, load, hit tests."""
    started = time.perf_counter()
    from servicepunkt_gui.core.map_data import load_map, municipality_at

    imported = time.perf_counter()
    sweden = load_map(GEOJSON, cache)
    loaded = time.perf_counter()
    found = sum(municipality_at(sweden, *s.inner_point) == s.code for s in sweden.municipalities)
    done = time.perf_counter()
    return {
        "import_s": imported - started,
        "load_s": loaded - imported,
        "hit_test_s": done - loaded,
        "municipalities": len(sweden.municipalities),
        "points": sum(len(ring) for s in sweden.municipalities for ring in s.rings),
        "county_borders": len(sweden.county_borders),
        "inner_points_found": found,
        "cache_bytes": sum(f.stat().st_size for f in cache.iterdir()),
    }


def run_child(cache: Path, work: Path) -> dict[str, Any]:
    return child_process.run_child(__file__, [str(cache)], work)


def measure(args: argparse.Namespace) -> dict[str, Any]:
    sys.path.insert(0, str(BENCH_DIR))
    import run_benchmarks as suite

    started, load_before = time.perf_counter(), suite.load_average()
    runs: dict[str, list[dict[str, Any]]] = {"cold": [], "warm": []}
    with tempfile.TemporaryDirectory(prefix="servicepunkt-map-") as scratch:
        work = Path(scratch)
        cache = work / "cache"
        run_child(cache, work)  # compiles the bytecode, leaves a cache behind
        for number in range(args.runs):
            for kind in ("cold", "warm") if number % 2 == 0 else ("warm", "cold"):
                if kind == "cold":  # the warm run after it reads the cache this one writes
                    shutil.rmtree(cache, ignore_errors=True)
                    cache.mkdir()
                runs[kind].append(run_child(cache, work))
                suite.say(f"{kind} run {number + 1}/{args.runs}: {runs[kind][-1]['load_s']:.3f} s")
    medians = {
        kind: {key: statistics.median(r[key] for r in results) for key in KEYS}
        for kind, results in runs.items()
    }
    return {
        "command": shlex.join(
            [".venv/bin/python", "benchmarks/measure_map_data.py", *sys.argv[1:]]
        ),
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": suite.machine(),
        "load_average": {"before": load_before, "after": suite.load_average()},
        "runs": runs,
        "median": medians,
        "seconds": time.perf_counter() - started,
    }


def render(result: dict[str, Any]) -> str:
    m, runs = result["median"], result["runs"]
    first = runs["cold"][0]
    machine = result["machine"]
    lines = [
        f"Command: `{result['command']}`",
        "",
        f"- Date: {result['date']} · git {machine['git']}",
        f"- Machine: {machine['nproc']} CPUs ({machine['cpu']}), {machine['memory_gb']} GB RAM, "
        f"{machine['os']}; Python {machine['python']}",
        f"- Load average (1, 5, 15 min) before: {result['load_average']['before']}, "
        f"after: {result['load_average']['after']}",
        f"- {first['municipalities']} municipalities, {first['points']:,} points after "
        f"simplification, {first['county_borders']} county border lines, cache "
        f"{first['cache_bytes'] / 1e3:.0f} kB; {len(runs['cold'])} runs of each, medians",
        "",
        "| Run | load_map | Importing core.map_data | 290 hit tests | Inner points found |",
        "|---|---|---|---|---|",
    ]
    for kind, what in (("cold", "cold (no cache)"), ("warm", "warm (cache)")):
        found = min(r["inner_points_found"] for r in runs[kind])
        lines.append(
            f"| {what} | {m[kind]['load_s'] * 1000:.0f} ms | {m[kind]['import_s'] * 1000:.0f} ms "
            f"| {m[kind]['hit_test_s'] * 1000:.1f} ms | {found} of {first['municipalities']} |"
        )
    for kind in ("cold", "warm"):
        totals = " ".join(f"{r['load_s'] * 1000:.0f}" for r in runs[kind])
        lines.append(f"\n{kind} runs, load_map (ms): {totals}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print("RESULT " + json.dumps(child(args.child)), flush=True)
        return 0
    result = measure(args)
    print(render(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
