"""The notes list exports every note, also those not read into the list yet."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot

from servicepunkt_gui.core import notes
from servicepunkt_gui.store import open_store
from servicepunkt_gui.ui.notes.notes_model import PAGE_SIZE
from tests.ui.conftest import DialogRecorder, OpenWindow
from tests.ui.helpers import choose_municipality


def test_export_of_the_notes_list_holds_every_note(
    qtbot: QtBot,
    open_window: OpenWindow,
    db_path: Path,
    answers: DialogRecorder,
    tmp_path: Path,
) -> None:
    count = PAGE_SIZE + 20
    database = open_store(db_path)
    with database.session() as session:
        for day in range(count):
            notes.create_note(
                session,
                "1730",
                notes.NoteInput(
                    f"Möte {day}",
                    title=f"Möte nummer {day}",
                    concerns_date=dt.date(2020, 1, 1) + dt.timedelta(days=day),
                ),
            )
    database.close()
    window = open_window(db_path)
    choose_municipality(qtbot, window, "Eda")
    view = window.detail.notes.view
    qtbot.waitUntil(lambda: view.model().rowCount() == PAGE_SIZE)
    answers.save_path = tmp_path / "anteckningar.csv"
    assert view.copier.export() == answers.save_path
    with answers.save_path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert len(rows) == 1 + count
    assert rows[1][0] == (dt.date(2020, 1, 1) + dt.timedelta(days=count - 1)).isoformat()
    assert rows[1][2] == f"Möte nummer {count - 1}"  # newest first, as listed
    assert rows[-1][2] == "Möte nummer 0"
