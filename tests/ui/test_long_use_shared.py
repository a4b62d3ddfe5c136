"""A day on a shared database in one window: many opens, searches and a colleague's saves
arriving all the while, without connections piling up on the server or updates stopping."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core import notes
from servicepunkt_gui.core.db import Database, open_shared_database
from servicepunkt_gui.ui.shell.main_window import MainWindow
from servicepunkt_gui.ui.shell.preferences import Preferences
from tests.postgres_fixtures import admin
from tests.postgres_server import ThrowawayServer
from tests.ui.conftest import DialogRecorder

OPENS = 600
CODES = ["2284", "0180", "2482", "1737", "0880", "2462"]


def _connections(server: ThrowawayServer, database: str) -> int:
    with admin(server) as connection:
        row = connection.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = %s", (database,)
        ).fetchone()
    assert row is not None
    return int(str(row[0]))


def test_a_day_of_opens_searches_and_colleagues_saves_on_a_shared_database(
    qtbot: QtBot,
    new_postgres_database: Callable[..., Database],
    postgres_server: ThrowawayServer,
    answers: DialogRecorder,
) -> None:
    database = new_postgres_database()
    assert database.shared is not None
    name = database.shared.database
    window = MainWindow(database, Preferences())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    live = window.live_updates
    assert live is not None
    qtbot.waitUntil(lambda: live.listening)
    colleague = open_shared_database(database.shared)
    try:
        assert window.master.select_code(CODES[0])
        settled = _connections(postgres_server, name)
        saved = 0
        for number in range(OPENS):
            code = CODES[number % len(CODES)]
            assert window.master.select_code(code)
            window.repaint()
            if number % 100 == 0:
                window.detail.tabs.set_current_index(number // 100 % 4)
            if number % 50 == 0:
                with colleague.session() as session:
                    notes.create_note(session, "2284", notes.NoteInput(f"Kollegans {number}"))
                saved += 1
            QApplication.processEvents()  # colleagues' notices come in between opens
        search = window.search
        for query in ("kollegans", "hemsändning", '"kollegans 0"') * 2:
            search.field.setText(query)
            with qtbot.waitSignal(search.searched, timeout=10_000):
                search.run_search()
        window.tabs.set_current_index(0)
        window.detail.tabs.set_current_index(0)
        assert window.master.select_code("2284")
        qtbot.waitUntil(lambda: window.detail.notes.model.rowCount() == saved, timeout=10_000)
        assert live.listening
        # The pool, the listener and the colleague: what was open after the first open.
        assert _connections(postgres_server, name) <= settled + 2
        assert answers.errors == []
    finally:
        colleague.close()
