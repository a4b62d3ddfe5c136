#!/usr/bin/env python3
"""The map tab: first paint, recolouring, pan and zoom frames with all 290 outlines, timed.

    .venv/bin/python benchmarks/measure_map.py                 # 3 runs, 30 frames each
    .venv/bin/python benchmarks/measure_map.py --runs 1 --frames 5   # smoke run

The database is the suite's (run_benchmarks.py, ``generate_data.py --notes N`` with the
fixed seed: plans for about two thirds of the municipalities, so the map shows every
colour and hatching), copied fresh for every run. Each run is a child process of its own
(a private SERVICEPUNKT_HOME, so the outline cache starts empty; QT_QPA_PLATFORM=offscreen)
that opens the copy as the app does and then times, with ``QWidget.repaint()`` (the paint
itself, synchronously):

- *outlines*: ``load_map`` the first time (GeoJSON parsed, projected, simplified, cached)
  and again from the cache, as every later start does (information; not in a goal);
- *first paint*: the paths built (``MapGeometry``) and the map painted once in the panel
  of a 1366×768 window (1366×660 less the menu, tab and status bars), the reading of
  ``map_statuses`` given separately;
- *recolour*: after a change, new fills for every municipality and one paint (the
  reading of ``map_statuses`` again given separately), in each colour scheme;
- *pan* and *zoom*: one frame (view changed, painted) with all of Sweden in view, a county
  (Stockholm's, 26 small municipalities) and close in (×8 over Stockholm).

Before timing, the child adds ``--places`` service places (2,000 by default, the issue's
figure) with positions spread over Sweden's extent and every kind, so each frame also draws
their symbols; reading and projecting them (``map_places``) is part of the reading timed apart.
Medians over ``--frames`` within a run, then over ``--runs``. ``--check`` exits 1 when a
goal is missed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shlex
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import child_process  # benchmarks/child_process.py, beside this script

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
TODAY = dt.date(2026, 11, 27)  # the generator's data ends in October 2026
PANEL_SIZE = (1366, 660)
GOALS_MS = {"first_paint_ms": 150.0, "recolour_ms": 16.0, "pan_ms": 16.0, "zoom_ms": 16.0}


def _ms(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return (time.perf_counter() - started) * 1000


def add_places(db: Path, count: int) -> None:
    """``count`` places of every kind, spread over Sweden's extent (a fixed seed)."""
    import random

    from servicepunkt_gui.core.db import open_database
    from servicepunkt_gui.core.place_models import ServicePlace
    from servicepunkt_gui.core.vocabulary import PlaceKind, PlaceService

    chance = random.Random(14)
    kinds, services = list(PlaceKind), list(PlaceService)
    database = open_database(db)
    try:
        with database.session() as session:
            codes = [code for (code,) in session.execute(text_codes())]
            session.add_all(
                ServicePlace(
                    municipality_code=chance.choice(codes),
                    name=f"Ställe {number}",
                    kind=kinds[number % len(kinds)],
                    services=" ".join(chance.sample(services, 3)),
                    latitude=chance.uniform(55.4, 68.9),
                    longitude=chance.uniform(11.2, 23.9),
                )
                for number in range(count)
            )
    finally:
        database.close()


def text_codes() -> Any:
    from sqlalchemy import text

    return text("SELECT code FROM municipality")


def child(db: Path, frames: int, places: int = 2000) -> dict[str, Any]:
    """One run in this process: every figure in milliseconds."""
    from PySide6.QtCore import QPointF
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    from servicepunkt_gui.core.map_data import load_map
    from servicepunkt_gui.core.paths import cache_dir
    from servicepunkt_gui.resources import resource_path
    from servicepunkt_gui.store import open_store
    from servicepunkt_gui.ui.common.change_hub import ChangeHub
    from servicepunkt_gui.ui.common.context import WindowContext
    from servicepunkt_gui.ui.common.forms import FormRegistry
    from servicepunkt_gui.ui.common.write_path import WritePath
    from servicepunkt_gui.ui.map import MapPanel, map_paint
    from servicepunkt_gui.ui.map.map_colors import ColourBy

    geojson = resource_path("data", "municipalities.geojson")
    result: dict[str, Any] = {}
    result["load_cold_ms"] = _ms(lambda: map_paint.sweden_map())  # writes the cache
    result["load_cached_ms"] = _ms(lambda: load_map(geojson, cache_dir()))
    sweden = map_paint.sweden_map()
    result["outline_points"] = sum(len(r) for s in sweden.municipalities for r in s.rings)
    result["municipalities"] = len(sweden.municipalities)

    add_places(db, places)
    result["places"] = places
    database = open_store(db)
    hub = ChangeHub()
    context = WindowContext(WritePath(database, hub), hub, FormRegistry(), lambda: "Bench")
    panel = MapPanel(context)
    panel.resize(*PANEL_SIZE)
    panel.show()  # builds the paths and reads the statuses; the paint is below
    app.processEvents()

    # First paint, measured on its own: the paths built again from scratch, then painted.
    map_paint._GEOMETRY.clear()
    canvas = panel.canvas
    started = time.perf_counter()
    map_paint.MapGeometry(sweden)
    built = time.perf_counter()
    canvas.repaint()
    painted = time.perf_counter()
    result["build_paths_ms"] = (built - started) * 1000
    result["paint_ms"] = (painted - built) * 1000
    result["first_paint_ms"] = (painted - started) * 1000
    result["read_statuses_ms"] = statistics.median(
        _ms(lambda: panel.refresh(TODAY)) for _ in range(max(3, frames // 5))
    )
    result["canvas"] = [canvas.width(), canvas.height()]
    result["places_drawn"] = len(canvas.places())

    recolours: dict[str, float] = {}
    for mode in ColourBy:
        panel.set_colour_by(mode)

        def recolour() -> None:
            panel.recolour()
            canvas.repaint()

        recolours[mode.value] = statistics.median(_ms(recolour) for _ in range(frames))
    result["recolour_by_scheme_ms"] = recolours
    result["recolour_ms"] = max(recolours.values())
    panel.set_colour_by(ColourBy.VALIDITY)

    views: dict[str, dict[str, float]] = {}
    stockholm = canvas.geometry_.map_rect(sweden.county_bounds("01"))
    for view in ("sweden", "county", "close"):
        canvas.show_all()
        if view != "sweden":
            canvas.fit(stockholm)
        if view == "close":
            canvas.zoom_by(8)
        centre = QPointF(canvas.width() / 2, canvas.height() / 2)
        pans, zooms = [], []
        for number in range(frames):
            step = 6 if number % 2 else -6

            def pan(step: int = step) -> None:
                canvas.pan_by(step, step / 2)
                canvas.repaint()

            def zoom(number: int = number, centre: QPointF = centre) -> None:
                canvas.zoom_by(1.1 if number % 2 else 1 / 1.1, centre)
                canvas.repaint()

            pans.append(_ms(pan))
            zooms.append(_ms(zoom))
        views[view] = {"pan_ms": statistics.median(pans), "zoom_ms": statistics.median(zooms)}
    result["views"] = views
    result["pan_ms"] = max(v["pan_ms"] for v in views.values())
    result["zoom_ms"] = max(v["zoom_ms"] for v in views.values())
    panel.close()
    database.close()
    result["peak_rss_mb"] = child_process.peak_rss_mb()
    return result


def run_child(db: Path, work: Path, frames: int, places: int) -> dict[str, Any]:
    import run_benchmarks as suite

    copy = suite.fresh_copy(db, work)
    arguments = ["--db", str(copy), "--frames", str(frames), "--places", str(places)]
    return child_process.run_child(__file__, arguments, work)


_MEDIANS = (
    "load_cold_ms",
    "load_cached_ms",
    "build_paths_ms",
    "paint_ms",
    "first_paint_ms",
    "read_statuses_ms",
    "recolour_ms",
    "pan_ms",
    "zoom_ms",
)


def measure(args: argparse.Namespace) -> dict[str, Any]:
    sys.path.insert(0, str(BENCH_DIR))
    import generate_data
    import run_benchmarks as suite

    started, load_before = time.perf_counter(), suite.load_average()
    with tempfile.TemporaryDirectory(prefix="servicepunkt-map-") as scratch:
        work = Path(scratch)
        with suite.private_home(work) as home:
            env = suite.child_env(home)
        db = suite.cached_database(args.cache, args.notes, generate_data.DEFAULT_SEED, env)
        runs = []
        for number in range(args.runs):
            runs.append(run_child(db, work, args.frames, args.places))
            suite.say(
                f"run {number + 1}/{args.runs}: first paint {runs[-1]['first_paint_ms']:.1f} ms"
            )
    medians = {key: statistics.median(r[key] for r in runs) for key in _MEDIANS}
    for view in ("sweden", "county", "close"):
        for key in ("pan_ms", "zoom_ms"):
            medians[f"{view}_{key}"] = statistics.median(r["views"][view][key] for r in runs)
    for scheme in runs[0]["recolour_by_scheme_ms"]:
        medians[f"recolour_{scheme}_ms"] = statistics.median(
            r["recolour_by_scheme_ms"][scheme] for r in runs
        )
    return {
        "command": shlex.join([".venv/bin/python", "benchmarks/measure_map.py", *sys.argv[1:]]),
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": suite.machine(),
        "load_average": {"before": load_before, "after": suite.load_average()},
        "notes": args.notes,
        "frames": args.frames,
        "runs": runs,
        "median": medians,
        "seconds": time.perf_counter() - started,
    }


def _verdict(value: float, goal: float) -> str:
    return "pass" if value <= goal else f"miss (+{(value / goal - 1) * 100:.0f} %)"


def render(result: dict[str, Any]) -> str:
    m, first, machine = result["median"], result["runs"][0], result["machine"]
    lines = [
        f"Command: `{result['command']}`",
        "",
        f"- Date: {result['date']} · git {machine['git']}",
        f"- Machine: {machine['nproc']} CPUs ({machine['cpu']}), {machine['memory_gb']} GB RAM, "
        f"{machine['os']}; Python {machine['python']}, Qt {machine['qt']} (offscreen)",
        f"- Load average (1, 5, 15 min) before: {result['load_average']['before']}, "
        f"after: {result['load_average']['after']}",
        f"- {first['municipalities']} municipalities, {first['outline_points']:,} outline points; "
        f"map area {first['canvas'][0]}×{first['canvas'][1]} px in a {PANEL_SIZE[0]}×"
        f"{PANEL_SIZE[1]} panel; {len(result['runs'])} runs × {result['frames']} frames, "
        f"medians. {first['places_drawn']:,} service places drawn over them "
        "(positions spread over Sweden's extent).",
        "",
        "| What | Goal | Median | Detail |",
        "|---|---|---|---|",
        f"| First paint (paths built + painted) | ≤ 150 ms "
        f"({_verdict(m['first_paint_ms'], 150)}) | {m['first_paint_ms']:.1f} ms "
        f"| paths {m['build_paths_ms']:.1f} ms, paint {m['paint_ms']:.1f} ms |",
        f"| Recolour after a change (slowest scheme) | ≤ 16 ms "
        f"({_verdict(m['recolour_ms'], 16)}) | {m['recolour_ms']:.1f} ms | "
        + ", ".join(f"{s} {m[f'recolour_{s}_ms']:.1f}" for s in first["recolour_by_scheme_ms"])
        + f"; reading map_statuses {m['read_statuses_ms']:.1f} ms |",
        f"| Pan frame (slowest view) | ≤ 16 ms ({_verdict(m['pan_ms'], 16)}) "
        f"| {m['pan_ms']:.1f} ms | Sweden {m['sweden_pan_ms']:.1f}, county "
        f"{m['county_pan_ms']:.1f}, close {m['close_pan_ms']:.1f} |",
        f"| Zoom frame (slowest view) | ≤ 16 ms ({_verdict(m['zoom_ms'], 16)}) "
        f"| {m['zoom_ms']:.1f} ms | Sweden {m['sweden_zoom_ms']:.1f}, county "
        f"{m['county_zoom_ms']:.1f}, close {m['close_zoom_ms']:.1f} |",
        f"| Outlines read, projected, simplified (first start) | — | {m['load_cold_ms']:.0f} ms "
        f"| from the cache at later starts: {m['load_cached_ms']:.0f} ms |",
    ]
    return "\n".join(lines)


def missed(result: dict[str, Any]) -> bool:
    return any(result["median"][key] > goal for key, goal in GOALS_MS.items())


def main() -> int:
    import run_benchmarks as suite

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=2000, help="notes in the database")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--frames", type=int, default=30)
    parser.add_argument("--places", type=int, default=2000, help="service places drawn")
    parser.add_argument("--cache", type=Path, default=suite.DEFAULT_CACHE)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--check", action="store_true", help="exit 1 if a goal is missed")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print("RESULT " + json.dumps(child(args.db, args.frames, args.places)), flush=True)
        return 0
    result = measure(args)
    print(render(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 1 if args.check and missed(result) else 0


if __name__ == "__main__":
    sys.path.insert(0, str(BENCH_DIR))
    os.chdir(ROOT)
    sys.exit(main())
