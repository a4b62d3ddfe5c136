"""The exchange benchmark (benchmarks/measure_exchange.py) still runs from end to end.

2,000 notes, one run; only that it completes and imports every record is checked, never a
timing.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_exchange_benchmark_smoke(tmp_path: Path) -> None:
    out = tmp_path / "exchange.json"
    command = [sys.executable, str(ROOT / "benchmarks" / "measure_exchange.py"), "--notes", "2000"]
    command += ["--runs", "1", "--cache", str(tmp_path / "cache"), "--json", str(out)]
    completed = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    assert "| Export | Read and check |" in completed.stdout
    (run,) = json.loads(out.read_text(encoding="utf-8"))["runs"]
    assert run["new"] == run["records"] > 2000  # every record came in as new
    assert run["conflicts"] == 0 and run["bytes"] > 0
