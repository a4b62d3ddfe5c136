#!/usr/bin/env python3
"""Start-up of the real app against a bare Qt window: first paint and ready for the first click.

The app runs as an official starts it (``python -m servicepunkt_gui --db FILE``, no
self-test), with ``SERVICEPUNKT_STARTUP_PROBE=1``: it prints ``first-paint <t>`` when its
window is first painted and ``ready <t>`` once the database is attached and a click would be
answered, then quits. ``benchmarks/bare_qt.py`` is the yardstick. Each is timed from the
launch of its process (``time.perf_counter`` here, before ``Popen``) to the line it prints;
runs alternate, after one uncounted warm-up of each, and the medians are compared.

    .venv/bin/python benchmarks/measure_startup.py --db FILE [--runs 9] [--json OUT]

Python writes no bytecode on this machine (``PYTHONDONTWRITEBYTECODE=1``), which would make
every start compile the app again; an installed app has its bytecode, so the runs use a
cache (``PYTHONPYCACHEPREFIX``) as run_benchmarks.py does.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE = "SERVICEPUNKT_STARTUP_PROBE"  # servicepunkt_gui/ui/shell/application.py


def _environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "servicepunkt-bench-pyc")
    env["QT_QPA_PLATFORM"] = env.get("QT_QPA_PLATFORM", "offscreen")
    env["SERVICEPUNKT_HOME"] = str(home)
    env[PROBE] = "1"
    return env


def timed(command: list[str], env: dict[str, str], marks: tuple[str, ...]) -> dict[str, float]:
    """Seconds from launch to each line that starts with one of ``marks``."""
    found: dict[str, float] = {}
    start = time.perf_counter()
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT
    ) as process:
        assert process.stdout is not None
        for line in process.stdout:
            word = line.split(" ", 1)[0]
            if word in marks and word not in found:
                found[word] = time.perf_counter() - start
        process.wait(timeout=60)
    missing = set(marks) - set(found)
    if missing or process.returncode != 0:
        raise RuntimeError(f"{command}: exit {process.returncode}, no line for {missing}")
    return found


def measure(db: Path, runs: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="servicepunkt-startup-") as scratch:
        env = _environment(Path(scratch) / "home")
        app = [sys.executable, "-m", "servicepunkt_gui", "--db", str(db)]
        bare = [sys.executable, str(ROOT / "benchmarks" / "bare_qt.py")]
        samples: dict[str, list[float]] = {"bare": [], "first-paint": [], "ready": []}
        for round_number in range(runs + 1):
            order = [("app", app), ("bare", bare)]
            if round_number % 2:
                order.reverse()
            for name, command in order:
                if name == "app":
                    figures = timed(command, env, ("first-paint", "ready"))
                else:
                    figures = {"bare": timed(command, env, ("bare",))["bare"]}
                if round_number == 0:
                    continue  # warm-up: caches, bytecode
                for key, seconds in figures.items():
                    samples[key].append(seconds)
    medians = {key: statistics.median(values) for key, values in samples.items()}
    return {
        "runs": runs,
        "samples": samples,
        "median_s": medians,
        "first_paint_ratio": medians["first-paint"] / medians["bare"],
        "ready_ratio": medians["ready"] / medians["bare"],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="an up-to-date database file")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    result = measure(args.db, args.runs)
    medians = result["median_s"]
    assert isinstance(medians, dict)
    print(
        f"bare Qt window {medians['bare'] * 1000:.0f} ms · first paint "
        f"{medians['first-paint'] * 1000:.0f} ms ({result['first_paint_ratio']:.2f}×, goal ≤ 2×) "
        f"· ready {medians['ready'] * 1000:.0f} ms ({result['ready_ratio']:.2f}×, goal ≤ 3×) "
        f"· medians of {args.runs}"
    )
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
