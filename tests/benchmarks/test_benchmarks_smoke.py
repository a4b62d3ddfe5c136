"""The benchmark suite (benchmarks/run_benchmarks.py) still runs from end to end.

A tiny configuration (2,000 notes, one round, --quick) in a subprocess, on databases it
generates in a temporary folder. Only that it completes and reports every figure is
checked, and that the goals are still the issue's: the figures themselves are never
judged here (timings on a shared test machine mean nothing).
"""

from __future__ import annotations

import importlib.util
import json
import math
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SUITE = ROOT / "benchmarks" / "run_benchmarks.py"

# Every figure the issue asks for, with its goal (a ratio, milliseconds or megabytes).
GOALS = {
    "startup_first_paint_notes": 2.0,
    "startup_ready_notes": 3.0,
    "startup_notes_vs_bare": 3.0,
    "startup_empty_vs_bare": 3.0,
    "startup_notes_vs_empty": 1.2,
    "filter_keystroke": 2.0,
    "open_municipality": 50.0,
    "search_median": 10.0,
    "search_p95": 30.0,
    "save_note": 5.0,
    "memory": 200.0,
    # Issue 9: UI-thread time including the repaint, one frame each.
    "ui_save_note": 16.0,
    "ui_filter_clear": 16.0,
    "ui_open_municipality": 16.0,
}


def test_suite_runs_and_reports_every_figure(tmp_path: Path) -> None:
    results_file = tmp_path / "results.json"
    command = [sys.executable, str(SUITE), "--notes", "2000", "--quick"]
    command += ["--cache", str(tmp_path / "cache"), "--json", str(results_file)]
    completed = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    assert completed.returncode == 0, completed.stderr[-4000:]

    results = json.loads(results_file.read_text(encoding="utf-8"))
    rows = {row["key"]: row for row in results["rows"]}
    search_exists = importlib.util.find_spec("servicepunkt_gui.core.search") is not None
    for key, goal in GOALS.items():
        row = rows[key]
        assert row["goal"] == goal, f"the goal of {key} changed"
        if key.startswith("search_") and not search_exists:
            assert row["skipped"], key
            continue
        assert isinstance(row["value"], int | float), key
        assert math.isfinite(row["value"]) and row["value"] > 0, key
        assert row["verdict"] == "pass" or row["verdict"].startswith("miss"), key
    for row in rows.values():
        if row["goal"] is None:
            assert row["value"] is not None and math.isfinite(row["value"]), row["key"]

    # The printed report: the command, the machine and the table.
    assert completed.stdout.startswith("Command: `")
    assert "Machine: " in completed.stdout
    assert "| Measure | Goal | Figure | Result | Details |" in completed.stdout
    assert completed.stdout.count("\n| ") == len(rows) + 1
