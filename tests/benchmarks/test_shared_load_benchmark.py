"""The shared-load benchmark (benchmarks/measure_shared_load.py) still runs, and loses nothing.

Tiny settings: 3 officials (processes) for 5 s on 2,000 notes, on a throwaway PostgreSQL
server the benchmark starts itself. Checked: they did reads and saves, no error but the
expected conflicts, and no lost update. Never a timing. A second run saves without the
version check and must be caught losing edits, so the check cannot pass by looking away.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "benchmarks" / "measure_shared_load.py"


def _run(tmp_path: Path, *extra: str) -> tuple[subprocess.CompletedProcess[str], dict[str, Any]]:
    out = tmp_path / "load.json"
    command = [sys.executable, str(SCRIPT), "--processes", "3", "--seconds", "5"]
    command += ["--notes", "2000", "--cache", str(tmp_path / "cache"), "--json", str(out), *extra]
    completed = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    assert out.exists(), completed.stderr[-3000:]
    return completed, json.loads(out.read_text(encoding="utf-8"))


def test_shared_load_loses_nothing(tmp_path: Path) -> None:
    completed, result = _run(tmp_path)
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    assert "| Save latency p50 / p95 / max |" in completed.stdout
    assert result["errors_total"] == 0, result["errors"]
    check = result["lost_update_check"]
    assert check["lost"] == 0, check
    assert check["saved_hot_edits"] > 0 and check["notes_written"] > 0
    assert result["saves_total"] > 0 and result["operations"]["open_municipality"] > 0


def test_saving_without_the_version_check_is_caught(tmp_path: Path) -> None:
    # One hot note and one hot action, no pauses, forms open long: edits overlap all the time.
    completed, result = _run(
        tmp_path,
        "--unchecked",
        "--hot-municipalities",
        "1",
        "--hot-records",
        "1",
        "--think-ms",
        "0",
        "--edit-ms",
        "100",
    )
    assert completed.returncode == 1
    assert result["errors_total"] == 0, result["errors"]
    assert result["lost_update_check"]["lost"] > 0
