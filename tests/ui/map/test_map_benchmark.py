"""The map benchmark (benchmarks/measure_map.py) still runs from end to end.

One run of three frames; only that it completes with every figure is checked, never a
timing (belongs with tests/benchmarks/, kept here with the map's other tests).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_map_benchmark_smoke(tmp_path: Path) -> None:
    out = tmp_path / "map.json"
    command = [sys.executable, str(ROOT / "benchmarks" / "measure_map.py"), "--runs", "1"]
    command += ["--frames", "3", "--cache", str(tmp_path / "cache"), "--json", str(out)]
    completed = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    assert "| First paint (paths built + painted) |" in completed.stdout
    (run,) = json.loads(out.read_text(encoding="utf-8"))["runs"]
    assert run["municipalities"] == 290
    assert set(run["views"]) == {"sweden", "county", "close"}
    assert all(run[key] > 0 for key in ("first_paint_ms", "recolour_ms", "pan_ms", "zoom_ms"))
