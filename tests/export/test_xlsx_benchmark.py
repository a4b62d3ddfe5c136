"""The export benchmark (benchmarks/measure_export.py) still runs from end to end.

2,000 notes, one run, a database generated in a temporary folder; only that it completes
and reports both exports is checked, never a timing.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_export_benchmark_smoke(tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    command = [sys.executable, str(ROOT / "benchmarks" / "measure_export.py"), "--notes", "2000"]
    command += ["--runs", "1", "--cache", str(tmp_path / "cache"), "--json", str(out)]
    completed = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    assert "| .xlsx, all tables" in completed.stdout
    result = json.loads(out.read_text(encoding="utf-8"))
    (xlsx,) = result["runs"]["xlsx"]
    (csv,) = result["runs"]["csv"]
    assert xlsx["rows"]["Anteckningar"] == csv["rows"]["Anteckningar"] == 2000
    assert len(xlsx["rows"]) == 9 and list(csv["rows"]) == ["Anteckningar"]
    assert xlsx["bytes"] > 0 and csv["bytes"] > 0 and xlsx["progress_steps"] > 2
