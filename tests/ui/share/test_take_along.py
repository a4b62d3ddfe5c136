"""Taking a municipality along to a local file, and bringing its changes back.

The real window on a shared PostgreSQL database; real files: the local SQLite file made
from the municipality's exchange file, and the exchange file that brings the changes
back through the merge rules, while a colleague kept working on the server.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core import notes
from servicepunkt_gui.core.db import Database, open_shared_database
from servicepunkt_gui.core.exchange import apply_import, read_exchange_file, write_exchange_file
from servicepunkt_gui.core.export_scope import ExportScope
from servicepunkt_gui.store import open_store
from servicepunkt_gui.ui.share import take_along
from servicepunkt_gui.ui.shell.main_window import MainWindow
from servicepunkt_gui.ui.shell.preferences import Preferences
from tests.ui.conftest import DialogRecorder
from tests.ui.helpers import choose_municipality


@pytest.fixture
def shared_window(
    qtbot: QtBot, new_postgres_database: Callable[..., Database], answers: DialogRecorder
) -> Iterator[MainWindow]:
    database = new_postgres_database()
    with database.session() as session:
        notes.create_note(session, "2284", notes.NoteInput("Före resan", title="Bredbyn"))
        notes.create_note(session, "2506", notes.NoteInput("Annan kommun"))
    window = MainWindow(database, Preferences())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window


def _bodies(database: Database, code: str) -> list[str]:
    with database.read_session() as session:
        found = [notes.get_note(session, n.id) for n in notes.list_notes(session, code)]
    return sorted(note.body for note in found if note is not None)


def test_take_along_then_bring_the_changes_back(
    qtbot: QtBot,
    shared_window: MainWindow,
    answers: DialogRecorder,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = shared_window
    opened: list[Path] = []
    monkeypatch.setattr(take_along, "open_in_new_window", opened.append)
    choose_municipality(qtbot, window, "Örnsköldsvik")
    answers.save_path = tmp_path / "resan"  # the dialog may leave the ending off
    answers.confirm_answer = True

    made = window.share.take_along()

    target = tmp_path / "resan.sqlite3"
    assert made == target and opened == [target]
    assert answers.errors == []
    local = open_store(target)
    try:
        assert _bodies(local, "2284") == ["Före resan"]
        assert _bodies(local, "2506") == []  # only the municipality taken along
        # On the train: the official edits the note in the local file...
        with local.session() as session:
            [summary] = notes.list_notes(session, "2284")
            notes.update_note(
                session, summary.id, notes.NoteInput("Skrivet på tåget", title="Bredbyn")
            )
        back = tmp_path / "tillbaka.servicepunkt"
        with local.session() as session:
            write_exchange_file(
                session, ExportScope(municipality_codes=("2284",)), back, "Åsa", "test"
            )
    finally:
        local.close()
    shared = window.context.writes.database
    assert shared.shared is not None
    colleague = open_shared_database(shared.shared)
    try:  # ... while a colleague writes on the server
        with colleague.session() as session:
            notes.create_note(session, "2284", notes.NoteInput("Kollegan under tiden"))
    finally:
        colleague.close()

    with shared.session() as session:  # File → Import… on the shared database
        apply_import(session, read_exchange_file(back), "Delade databasen")
    assert _bodies(shared, "2284") == ["Kollegan under tiden", "Skrivet på tåget"]


def test_nothing_chosen_or_cancelled_makes_no_file(
    qtbot: QtBot, shared_window: MainWindow, answers: DialogRecorder, tmp_path: Path
) -> None:
    window = shared_window
    window.detail.show_municipality(None)
    assert window.share.take_along() is None
    assert len(answers.infos) == 1
    choose_municipality(qtbot, window, "Örnsköldsvik")
    answers.save_path = None  # the official cancels the save dialog
    assert window.share.take_along() is None
    assert list(tmp_path.glob("*.sqlite3")) == []


def test_save_a_copy_as_an_exchange_file(
    qtbot: QtBot, shared_window: MainWindow, answers: DialogRecorder, tmp_path: Path
) -> None:
    answers.save_path = tmp_path / "kopia.servicepunkt"
    made = shared_window.share.save_exchange_copy()
    assert made == tmp_path / "kopia.servicepunkt"
    copy = read_exchange_file(made)
    assert len(copy.manifest.municipalities) == 290  # everything the official may see
    assert sorted(str(r.values["body"]) for r in copy.records if r.kind == "note") == [
        "Annan kommun",
        "Före resan",
    ]
