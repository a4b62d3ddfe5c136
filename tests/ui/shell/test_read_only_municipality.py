"""On a shared database, what the user may not change is shown read-only, and a write the
server refuses anyway gets the Swedish message: the real window, logged in as an official."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core import notes, rights
from servicepunkt_gui.core.db import open_shared_database
from servicepunkt_gui.core.server_setup import set_up_rights
from servicepunkt_gui.core.shared_location import SharedLocation
from servicepunkt_gui.store import open_store
from servicepunkt_gui.ui.shell.main_window import MainWindow
from servicepunkt_gui.ui.shell.preferences import Preferences
from tests.postgres_fixtures import admin, create_database, drop_database, location
from tests.postgres_server import ThrowawayServer
from tests.ui.conftest import DialogRecorder
from tests.ui.helpers import choose_municipality

SORSELE, ARJEPLOG = "2422", "2506"
_numbers = itertools.count(1)


@pytest.fixture
def official(postgres_server: ThrowawayServer) -> Iterator[SharedLocation]:
    """Anna, who may change Sorsele and only read the rest, on a database set up by init."""
    name = create_database(postgres_server)
    role = f"anna_{next(_numbers)}_{uuid.uuid4().hex[:6]}"
    with admin(postgres_server) as connection:
        connection.execute(f'CREATE ROLE "{role}" LOGIN')
    owner = open_shared_database(location(postgres_server, name))
    with owner.engine.begin() as connection:
        set_up_rights(connection, name)
        rights.grant(connection, name, role, (SORSELE,), False)
    with owner.session() as session:
        notes.create_note(session, ARJEPLOG, notes.NoteInput("Arjeplogs egen anteckning"))
    owner.close()
    yield location(postgres_server, name, user=role)
    drop_database(postgres_server, name)


@pytest.fixture
def window(qtbot: QtBot, official: SharedLocation) -> Iterator[MainWindow]:
    database = open_store(official)
    opened = MainWindow(database, Preferences())
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitExposed(opened)
    yield opened
    database.close()


def test_another_municipality_is_read_only_and_her_own_is_not(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.detail
    choose_municipality(qtbot, window, "Arjeplog")
    assert page.read_only
    assert page.read_only_notice.isVisible()
    assert "Arjeplog" in page.read_only_notice.text()
    assert not page.notes.new_note_button.isEnabled()
    assert page.notes.editor.body_edit.isReadOnly()
    assert not page.notes.filters.text_edit.isReadOnly()  # finding notes is still allowed
    page.tabs.set_current_index(1)  # the plan tab, built now: read-only too
    assert page.plans is not None and page.read_only

    choose_municipality(qtbot, window, "Sorsele")
    assert not page.read_only
    assert not page.read_only_notice.isVisible()
    assert page.notes.new_note_button.isEnabled()
    assert not page.notes.editor.body_edit.isReadOnly()


def test_a_write_the_server_refuses_says_so_in_swedish_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, answers: DialogRecorder
) -> None:
    choose_municipality(qtbot, window, "Arjeplog")
    # Mina kommuner is not part of the read-only tabs: the server itself refuses it.
    window.detail.toggle_mine()
    qtbot.waitUntil(lambda: bool(answers.errors))
    title, text = answers.errors[-1]
    assert title == "Du får inte ändra detta"
    assert "Be samordnaren" in text
    writes = window.context.writes
    assert writes.read(lambda s: rights.may_change(s, ARJEPLOG)) is False
    assert writes.read(lambda s: [n.preview for n in notes.list_notes(s, ARJEPLOG)]) == [
        "Arjeplogs egen anteckning"
    ]
