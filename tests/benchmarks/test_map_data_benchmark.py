"""The map data benchmark (benchmarks/measure_map_data.py) still runs from end to end.

One run of each; only that both loads are reported and every inner point is found is
checked, never a timing.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_map_data_benchmark_smoke(tmp_path: Path) -> None:
    out = tmp_path / "map.json"
    command = [sys.executable, str(ROOT / "benchmarks" / "measure_map_data.py")]
    command += ["--runs", "1", "--json", str(out)]
    completed = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    assert "| cold (no cache) |" in completed.stdout
    assert "| warm (cache) |" in completed.stdout
    runs = json.loads(out.read_text(encoding="utf-8"))["runs"]
    for kind in ("cold", "warm"):
        (run,) = runs[kind]
        assert run["municipalities"] == run["inner_points_found"] == 290
        assert run["cache_bytes"] > 0
