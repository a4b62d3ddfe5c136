"""Kill a writing process with SIGKILL at random moments: no acknowledged save is ever lost.

WAL with ``synchronous = FULL`` syncs the log at every commit, so a commit that returned
(and was acknowledged) survives the process dying at any later instant.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from servicepunkt_gui.core.db import open_database
from servicepunkt_gui.core.reference import ensure_reference_data
from servicepunkt_gui.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]
KILLS = 12
SAVES_PER_RUN = 60


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_acknowledged_saves_survive_sigkill(tmp_path: Path) -> None:
    path = tmp_path / "kill.sqlite3"
    database = open_database(path)
    with database.session() as session:
        ensure_reference_data(session, resource_path("data"))
    database.close()

    chooser = random.Random(20261127)  # reproducible "random moments"
    acknowledged: list[str] = []
    total_saves = 0
    for _run in range(KILLS):
        writer = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.kill_writer", str(path), str(SAVES_PER_RUN)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "READY"
        kill_after = chooser.randrange(1, SAVES_PER_RUN)
        for _ in range(kill_after):
            line = writer.stdout.readline().split()
            assert line[0] == "ACK"
            acknowledged.append(line[1])
        # The writer is now somewhere in its next save: kill it without warning.
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait()
        writer.stdout.close()
        total_saves += kill_after

        with sqlite3.connect(path) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            stored = {row[0] for row in connection.execute("SELECT id FROM note")}
        missing = [note_id for note_id in acknowledged if note_id not in stored]
        assert missing == [], f"lost {len(missing)} acknowledged saves"
    assert total_saves >= 100
