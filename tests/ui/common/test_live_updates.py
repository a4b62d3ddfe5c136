"""A colleague's save on the shared database shows up in an open window by itself.

The real main window on a PostgreSQL database, and a colleague: a second ``Database`` on
the same database, writing as another window would. Nothing is injected into the hub:
the notice travels through PostgreSQL (NOTIFY on commit, LISTEN in the window).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core import notes
from servicepunkt_gui.core.db import Database, open_shared_database
from servicepunkt_gui.ui.common import live_updates
from servicepunkt_gui.ui.common.live_updates import LiveUpdates
from servicepunkt_gui.ui.shell.main_window import MainWindow
from servicepunkt_gui.ui.shell.preferences import Preferences
from tests.postgres_fixtures import admin
from tests.postgres_server import ThrowawayServer
from tests.ui.conftest import DialogRecorder
from tests.ui.helpers import choose_municipality, write_note

SharedWindow = tuple[MainWindow, LiveUpdates, Database]


@pytest.fixture
def shared_window(
    qtbot: QtBot, new_postgres_database: Callable[..., Database], answers: DialogRecorder
) -> Iterator[SharedWindow]:
    database = new_postgres_database()
    assert database.shared is not None
    window = MainWindow(database, Preferences())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    live = window.live_updates  # the window's own, made when it attached
    assert live is not None
    qtbot.waitUntil(lambda: live.listening)
    colleague = open_shared_database(database.shared)
    yield window, live, colleague
    live.close()
    colleague.close()


def _colleague_writes(colleague: Database, code: str, body: str) -> None:
    with colleague.session() as session:
        notes.create_note(session, code, notes.NoteInput(body, author="Kollegan"))


def test_a_colleagues_note_appears_in_the_open_list(
    qtbot: QtBot, shared_window: SharedWindow
) -> None:
    window, _live, colleague = shared_window
    choose_municipality(qtbot, window, "Örnsköldsvik")
    assert window.detail.notes.model.rowCount() == 0
    _colleague_writes(colleague, "2284", "Kollegan träffade handlaren i Bredbyn.")
    qtbot.waitUntil(lambda: window.detail.notes.model.rowCount() == 1, timeout=10_000)
    assert "Bredbyn" in str(window.detail.notes.model.index(0).data())


def test_typing_in_an_open_form_is_not_disturbed(qtbot: QtBot, shared_window: SharedWindow) -> None:
    window, _live, colleague = shared_window
    choose_municipality(qtbot, window, "Örnsköldsvik")
    editor = window.detail.notes.editor
    write_note(qtbot, window, "Halvskrivet om paketombudet", title="Mitt utkast")
    editor.body_edit.setFocus()
    cursor_at = editor.body_edit.textCursor().position()
    _colleague_writes(colleague, "2284", "Kollegans anteckning")
    qtbot.waitUntil(lambda: window.detail.notes.model.rowCount() == 1, timeout=10_000)
    assert editor.body_edit.toPlainText() == "Halvskrivet om paketombudet"
    assert editor.title_edit.text() == "Mitt utkast"
    assert editor.body_edit.textCursor().position() == cursor_at
    assert editor.body_edit.hasFocus()
    assert window.detail.notes.editing.is_dirty()


def test_my_own_save_is_not_announced_twice(qtbot: QtBot, shared_window: SharedWindow) -> None:
    window, live, colleague = shared_window
    heard: list[object] = []
    window.hub.changed.connect(lambda changes, origin: heard.append(origin))
    with window.context.writes.database.session() as session:
        notes.create_note(session, "2284", notes.NoteInput("Egen anteckning"))
    _colleague_writes(colleague, "2506", "Kollegans anteckning")
    qtbot.waitUntil(lambda: len(heard) >= 1, timeout=10_000)
    live.poll()
    assert heard == [None]  # the colleague's, not my own


def test_after_a_lost_connection_it_listens_again_and_catches_up(
    qtbot: QtBot,
    new_postgres_database: Callable[..., Database],
    answers: DialogRecorder,
    monkeypatch: pytest.MonkeyPatch,
    postgres_server: ThrowawayServer,
) -> None:
    monkeypatch.setattr(live_updates, "RETRY_MS", 100)
    database = new_postgres_database()
    assert database.shared is not None
    window = MainWindow(database, Preferences())
    qtbot.addWidget(window)
    window.show()
    live = window.live_updates  # the window's own, made when it attached
    assert live is not None
    qtbot.waitUntil(lambda: live.listening)
    choose_municipality(qtbot, window, "Örnsköldsvik")
    connection = live.listener._connection
    assert connection is not None
    with admin(postgres_server) as superuser:  # the listening connection dies...
        superuser.execute("SELECT pg_terminate_backend(%s)", (connection.info.backend_pid,))
    colleague = open_shared_database(database.shared)
    try:  # ... and the colleague's notice goes to nobody
        _colleague_writes(colleague, "2284", "Skrivet medan fönstret inte hörde")
        qtbot.waitUntil(lambda: window.detail.notes.model.rowCount() == 1, timeout=15_000)
        assert live.listening
        _colleague_writes(colleague, "2284", "Och sedan en till")
        qtbot.waitUntil(lambda: window.detail.notes.model.rowCount() == 2, timeout=10_000)
    finally:
        live.close()
        colleague.close()
