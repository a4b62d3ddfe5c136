"""A broken search index is found by the background check, rebuilt, and the official told."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pytestqt.qtbot import QtBot

from servicepunkt_gui.core import notes
from servicepunkt_gui.store import open_store
from servicepunkt_gui.ui.common.background import wait_for_background_jobs
from tests.ui.conftest import DialogRecorder, OpenWindow
from tests.ui.helpers import choose_municipality, save_note, type_text, write_note


def _hits(qtbot: QtBot, window: object, text: str) -> int:
    panel = window.search  # type: ignore[attr-defined]
    panel.field.clear()
    type_text(panel.field, text)
    with qtbot.waitSignal(panel.searched, timeout=10_000):
        panel.run_search()
    tree = panel.results
    return sum(tree.topLevelItem(i).childCount() for i in range(tree.topLevelItemCount()))


def test_a_dropped_index_table_is_rebuilt_and_saving_works_again(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    database = open_store(db_path)
    with database.session() as session:
        notes.create_note(session, "2284", notes.NoteInput("Kontantuttag i Bredbyn"))
    database.close()
    with sqlite3.connect(db_path) as connection:  # another program, or damage
        connection.execute("DROP TABLE note_fts")

    window = open_window(db_path)
    choose_municipality(qtbot, window, "Arjeplog")
    write_note(qtbot, window, "Hemsändning till Arjeplogs fjällbyar")
    save_note(qtbot, window)
    # The save fails (its trigger writes into the missing index): said in Swedish, the text
    # kept, and the file checked at once, without waiting for the next start.
    assert answers.errors[0][0] == "Det gick inte att spara"
    assert "finns kvar på skärmen" in answers.errors[0][1]
    assert window.detail.notes.model.rowCount() == 0
    wait_for_background_jobs()
    qtbot.waitUntil(lambda: any(t == "Sökindexet byggdes om" for t, _ in answers.infos))
    save_note(qtbot, window)  # the text is still in the editor: saved now
    qtbot.waitUntil(lambda: window.detail.notes.model.rowCount() == 1)
    window.show_search()
    assert _hits(qtbot, window, "bredbyn") == 1
    assert _hits(qtbot, window, "fjällbyar") == 1


def test_the_daily_check_rebuilds_a_missing_trigger(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    open_store(db_path).close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("DROP TRIGGER note_fts_after_insert")  # new notes silently unfound
    window = open_window(db_path)
    window.start_background_checks()
    wait_for_background_jobs()
    qtbot.waitUntil(lambda: any(t == "Sökindexet byggdes om" for t, _ in answers.infos))
    choose_municipality(qtbot, window, "Arjeplog")
    write_note(qtbot, window, "Paketombud i Jäckvik")
    save_note(qtbot, window)
    qtbot.waitUntil(lambda: window.detail.notes.model.rowCount() == 1)
    window.show_search()
    assert _hits(qtbot, window, "jäckvik") == 1
