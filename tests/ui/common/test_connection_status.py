"""The shared database goes out of reach: one line, nothing typed lost, no save pretended.

The real main window on a PostgreSQL database of this test's own. The server is made
unreachable for it by terminating its connections and refusing new ones
(``ALLOW_CONNECTIONS false``), as a VPN drop looks to the app; then allowed again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core import drafts, notes
from servicepunkt_gui.core.db import Database, open_shared_database
from servicepunkt_gui.core.errors import StorageProblem
from servicepunkt_gui.ui.common import connection_status
from servicepunkt_gui.ui.common.connection_status import (
    ConnectionStatus,
)
from servicepunkt_gui.ui.common.write_path import problem_title
from servicepunkt_gui.ui.shell.main_window import MainWindow
from servicepunkt_gui.ui.shell.preferences import Preferences
from tests.postgres_fixtures import admin
from tests.postgres_server import ThrowawayServer
from tests.ui.conftest import DialogRecorder
from tests.ui.helpers import choose_municipality, save_note, write_note

Shared = tuple[MainWindow, ConnectionStatus, Database]


@pytest.fixture
def shared(
    qtbot: QtBot, new_postgres_database: Callable[..., Database], answers: DialogRecorder
) -> Iterator[Shared]:
    database = new_postgres_database()
    window = MainWindow(database, Preferences())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    status = window.connection_status  # the window's own, made when it attached
    assert status is not None
    live = window.live_updates
    assert live is not None
    qtbot.waitUntil(lambda: live.listening)
    yield window, status, database
    live.close()


def _cut_off(server: ThrowawayServer, database: Database, cut: bool) -> None:
    assert database.shared is not None
    name = database.shared.database
    with admin(server) as connection:
        connection.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS {str(not cut).lower()}')
        if cut:
            connection.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                (name,),
            )


def test_unreachable_server_one_line_text_kept_then_back(
    qtbot: QtBot,
    shared: Shared,
    answers: DialogRecorder,
    postgres_server: ThrowawayServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(connection_status, "RETRY_MS", 200)
    window, status, database = shared
    line = window.findChild(type(status.line), "connectionStatusLine")
    assert line is status.line and not line.isVisible()
    choose_municipality(qtbot, window, "Örnsköldsvik")
    editor = window.detail.notes.editor
    write_note(qtbot, window, "Skrivet på tåget utan nät", title="Tåget")

    _cut_off(postgres_server, database, cut=True)
    try:
        save_note(qtbot, window)
        # The save said once, in Swedish, that nothing was saved; the text stays.
        assert [title for title, _text in answers.errors] == [
            problem_title(StorageProblem.UNREACHABLE)
        ]
        assert editor.body_edit.toPlainText() == "Skrivet på tåget utan nät"
        assert window.detail.notes.model.rowCount() == 0  # no save reported
        assert window.detail.notes.editing.is_dirty()
        qtbot.waitUntil(line.isVisible)
        assert database.display_name() in line.text()
        assert line.textFormat() == Qt.TextFormat.PlainText
        # The draft is kept on this computer although the server cannot be reached.
        window.detail.notes.editing.keep_draft()
        store = drafts.local_drafts_for(database.engine.url)
        assert [row[0] for row in store.rows()] == ["note:new:2284"]
        # The retries do not open dialogs: still the one message of the save.
        status.check()
        qtbot.waitUntil(lambda: not status._checking, timeout=15_000)
        assert line.isVisible() and len(answers.errors) == 1
        # Any write says it did not happen: None back, never a success.
        saved = window.context.writes.write(
            window, lambda s: notes.create_note(s, "2284", notes.NoteInput("Direkt"))
        )
        assert saved is None and len(answers.errors) == 2
    finally:
        _cut_off(postgres_server, database, cut=False)

    # The retry timer finds the server back by itself, and the line goes.
    qtbot.waitSignal(status.reachable_again, timeout=20_000).wait()
    assert not line.isVisible()
    save_note(qtbot, window)
    qtbot.waitUntil(lambda: window.detail.notes.model.rowCount() == 1)
    assert len(answers.errors) == 2
    assert store.rows() == []  # the save took its draft along
    # The window listens again: a colleague's note shows up as before the outage.
    assert database.shared is not None
    colleague = open_shared_database(database.shared)
    try:
        with colleague.session() as session:
            notes.create_note(session, "2284", notes.NoteInput("Kollegan efter avbrottet"))
        qtbot.waitUntil(lambda: window.detail.notes.model.rowCount() == 2, timeout=15_000)
    finally:
        colleague.close()


def test_a_local_file_gets_no_line(
    qtbot: QtBot, open_window: Callable[..., MainWindow], tmp_path: object
) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    window = open_window(tmp_path / "lokal.sqlite3")
    assert window.connection_status is None and window.live_updates is None
