"""The soak of searching a shared database (benchmarks/soak_postgres_search.py) still runs.

2,000 notes, two passes over the 50 queries on a throwaway server the script starts itself.
Checked: it reports every round's figures and finds the same answers in both passes. Never
a timing, nor the memory figures (two rounds are too few to tell growth from warming up).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_postgres_soak_smoke(tmp_path: Path) -> None:
    out = tmp_path / "soak.json"
    command = [sys.executable, str(ROOT / "benchmarks" / "soak_postgres_search.py")]
    command += ["--notes", "2000", "--rounds", "2", "--rss-growth-mib", "1000"]
    command += ["--cache", str(tmp_path / "cache"), "--json", str(out)]
    completed = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    assert completed.returncode == 0, completed.stdout[-2000:] + completed.stderr[-3000:]
    assert "All checks passed" in completed.stdout
    result = json.loads(out.read_text(encoding="utf-8"))
    assert [report["searches"] for report in result["rounds"]] == [50, 100]
    assert result["changed_answers"] == []
    assert all(report["prepared"] <= 100 for report in result["rounds"])
