"""A second start on the same database brings the running window forward instead."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from servicepunkt_gui.ui.shell import single_instance

ROOT = Path(__file__).resolve().parents[3]

HOLDER = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from servicepunkt_gui.ui.shell import single_instance
app = QCoreApplication([])
held = single_instance.claim(Path(sys.argv[1]), Path(sys.argv[2]))
print("HELD" if held else "REFUSED", flush=True)
sys.stdin.readline()  # keep the lock until the test kills this process
"""


@pytest.fixture(autouse=True)
def reported(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Paths a start reported as "running but not answering" (no message box in tests)."""
    calls: list[Path] = []
    monkeypatch.setattr(single_instance, "report_not_answering", calls.append)
    monkeypatch.setattr(single_instance, "ANSWER_TIMEOUT_MS", 700)
    return calls


def test_second_claim_asks_the_first_to_come_forward(
    qtbot: QtBot, tmp_path: Path, reported: list[Path]
) -> None:
    database = tmp_path / "db.sqlite3"
    first = single_instance.claim(database, tmp_path / "locks")
    assert first is not None
    asked: list[bool] = []  # collected: see test_single_instance_identity.py
    first.activation_requested.connect(lambda: asked.append(True))
    try:
        assert single_instance.claim(database, tmp_path / "locks") is None
        qtbot.waitUntil(lambda: bool(asked), timeout=5000)
        # Another database file is another instance.
        other = single_instance.claim(tmp_path / "other.sqlite3", tmp_path / "locks")
        assert other is not None
        other.release()
    finally:
        first.release()
    again = single_instance.claim(database, tmp_path / "locks")
    assert again is not None
    again.release()
    assert reported == [], "the first answered: nothing to report"


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_lock_left_by_a_crashed_instance_does_not_block(
    tmp_path: Path, reported: list[Path]
) -> None:
    database, locks = tmp_path / "db.sqlite3", tmp_path / "locks"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(database), str(locks)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "HELD"
    assert single_instance.claim(database, locks) is None  # while it runs
    # It runs no event loop, so it cannot answer: the start says so instead of nothing.
    assert reported == [database]
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    claimed = single_instance.claim(database, locks)
    assert claimed is not None, "a stale lock from a killed process must not block the start"
    claimed.release()
