"""The PostgreSQL-against-SQLite benchmark (benchmarks/measure_postgres.py) still runs.

2,000 notes, one round of 2 opens and 10 searches per engine, on a throwaway PostgreSQL
server the benchmark starts itself. Checked: both engines report opening and search
figures, without an error. Never a timing or a ratio (nor hit counts: the search tests
compare the engines' answers).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_postgres_benchmark_smoke(tmp_path: Path) -> None:
    out = tmp_path / "postgres.json"
    command = [sys.executable, str(ROOT / "benchmarks" / "measure_postgres.py")]
    command += ["--notes", "2000", "--rounds", "1", "--opens", "2", "--quick"]
    command += ["--cache", str(tmp_path / "cache"), "--json", str(out)]
    completed = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    assert "| Opening a municipality, median |" in completed.stdout
    result = json.loads(out.read_text(encoding="utf-8"))
    for engine in ("sqlite", "postgresql"):
        figures = result["engines"][engine]
        assert figures["open_ms"]["n"] == 2
        assert figures["search_ms"] is not None, result["search_errors"]
        assert figures["search_ms"]["n"] == 10
    assert result["search_errors"] == {}
