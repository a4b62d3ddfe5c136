"""Opening a shared PostgreSQL database: from the menu, the command line and the next start.

The real main window on databases of the throwaway server. The server trusts local roles
(any password is accepted), so a refused login is a role that does not exist.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import psycopg
import pytest
import shiboken6
from keyring.backends import fail
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from servicepunkt_gui import APP_NAME
from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.errors import SharedDatabaseOpenError
from servicepunkt_gui.core.models import Meta
from servicepunkt_gui.core.paths import default_database_path, log_dir, settings_file
from servicepunkt_gui.core.shared_location import SharedLocation
from servicepunkt_gui.core.versions import REFERENCE_VERSION_KEY
from servicepunkt_gui.store import open_store
from servicepunkt_gui.ui.shell import connect_dialog, menu_table
from servicepunkt_gui.ui.shell.connect_dialog import ConnectDialog, ConnectRequest, SharedWay
from servicepunkt_gui.ui.shell.main_window import MainWindow
from servicepunkt_gui.ui.shell.preferences import Preferences
from tests.core.test_credentials import MemoryKeyring
from tests.postgres_fixtures import (
    TCP_PASSWORD,
    admin,
    create_database,
    drop_database,
    location,
    tcp_location,
)
from tests.postgres_server import ThrowawayServer

ROOT = Path(__file__).resolve().parents[3]
SECRET = "Hemligt-lösen-7"


@pytest.fixture
def shared(postgres_server: ThrowawayServer) -> Iterator[SharedLocation]:
    """A database of this test's own on the throwaway server (schema and reference data)."""
    name = create_database(postgres_server)
    yield location(postgres_server, name)
    drop_database(postgres_server, name)


class Windows:
    """The windows of a test, closed at its end unless a switch closed (and deleted) them.

    Not qtbot.addWidget: it would close a window the switch has deleted already.
    """

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.windows: list[MainWindow] = []
        self.databases: list[Database] = []

    def open(self, target: Path | SharedLocation) -> MainWindow:
        database = open_store(target)
        self.databases.append(database)
        return self.take(MainWindow(database, Preferences()))

    def take(self, window: MainWindow | None) -> MainWindow:
        assert window is not None
        self.windows.append(window)
        window.show()
        self.qtbot.waitExposed(window)
        return window

    def close(self) -> None:
        for window in self.windows:
            if shiboken6.isValid(window):
                database = window.context.writes.database
                window.close()
                window.deleteLater()
                database.close()
        for database in self.databases:
            database.close()


@pytest.fixture
def windows(qtbot: QtBot) -> Iterator[Windows]:
    made = Windows(qtbot)
    yield made
    made.close()


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


class Connecting:
    """Answers the connect dialog and the way-forward question, and records what was said."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.requests: list[ConnectRequest | None] = []
        self.messages: list[str] = []
        self.ways: list[SharedWay] = []
        self.errors: list[str] = []
        monkeypatch.setattr(connect_dialog, "ask_connection", self._ask)
        monkeypatch.setattr(connect_dialog, "ask_way_forward", self._way)

    def _ask(self, _parent: object, _shown: object, message: str = "") -> ConnectRequest | None:
        self.messages.append(message)
        return self.requests.pop(0) if self.requests else None

    def _way(
        self, _parent: object, error: object, display: str, options: list[SharedWay], start: bool
    ) -> SharedWay:
        assert isinstance(error, SharedDatabaseOpenError)
        self.errors.append(error.reason)
        self.messages.append(connect_dialog.explain(error, display))
        return self.ways.pop(0) if self.ways else SharedWay.CANCEL


@pytest.fixture
def connecting(monkeypatch: pytest.MonkeyPatch) -> Connecting:
    return Connecting(monkeypatch)


def _database_label(window: MainWindow) -> str:
    label = window.findChild(QLabel, "databaseLabel")
    assert label is not None
    return label.text()


def _written_everywhere(*secrets: str) -> list[str]:
    """Which of ``secrets`` is in the settings file or any log file."""
    files = [settings_file(), *sorted(log_dir().glob("*.log*"))]
    texts = [f.read_text("utf-8", errors="replace") for f in files if f.exists()]
    return [s for s in secrets if any(s in text for text in texts)]


def test_the_window_says_which_database_is_open(
    windows: Windows, shared: SharedLocation, db_path: Path
) -> None:
    window = windows.open(shared)
    assert window.windowTitle() == f"{APP_NAME} \u2013 {shared.display()}"
    assert shared.display() in _database_label(window)
    assert window.master.total_count() == 290
    assert window.menu_actions["open_local"].isVisible()

    local = windows.open(db_path)
    assert local.windowTitle() == APP_NAME
    assert str(db_path) in _database_label(local)
    assert not local.menu_actions["open_local"].isVisible()


def test_connect_from_the_menu_then_back_to_the_local_file(
    windows: Windows,
    db_path: Path,
    shared: SharedLocation,
    connecting: Connecting,
    memory_keyring: MemoryKeyring,
    caplog: pytest.LogCaptureFixture,
) -> None:
    window = windows.open(db_path)
    connecting.requests.append(ConnectRequest(shared, SECRET, keep_password=True))
    window.menu_actions["connect_shared"].trigger()  # the menu item is wired
    opened = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    new = windows.take(next(w for w in opened if w.isVisible() and w is not window))
    assert new.context.writes.database.shared == shared
    assert shared.display() in new.windowTitle()
    assert not window.isVisible()
    # Remembered for the next start, without the password; the password in the keyring.
    assert Preferences().shared_location == shared
    assert memory_keyring.passwords == {("Servicepunkt", shared.url()): SECRET}
    Preferences().sync()
    assert _written_everywhere(SECRET) == []
    assert SECRET not in caplog.text

    back = windows.take(menu_table.open_local(new))
    assert not back.context.writes.database.is_shared
    assert back.context.writes.database.path == default_database_path()
    assert back.windowTitle() == APP_NAME
    assert Preferences().shared_location is None  # the next start opens the file
    assert Preferences().last_shared_location == shared  # what the dialog offers


def test_a_refused_login_asks_again_and_never_shows_the_password(
    windows: Windows,
    db_path: Path,
    shared: SharedLocation,
    connecting: Connecting,
    memory_keyring: MemoryKeyring,
    caplog: pytest.LogCaptureFixture,
) -> None:
    window = windows.open(db_path)
    stranger = shared.with_user("ingen_sadan_roll")
    connecting.requests += [
        ConnectRequest(stranger, "fel-lösen", keep_password=True),
        ConnectRequest(shared, SECRET, keep_password=False),
    ]
    new = windows.take(menu_table.connect_shared(window))
    # The first answer was refused: asked again, with what happened and what to do.
    assert len(connecting.messages) == 2
    assert connecting.messages[0] == ""
    assert stranger.display() in connecting.messages[1]
    assert new.context.writes.database.shared == shared
    assert memory_keyring.passwords == {}  # not ticked: not kept
    Preferences().sync()
    assert _written_everywhere("fel-lösen", SECRET) == []
    assert "fel-lösen" not in caplog.text and SECRET not in caplog.text
    assert all("fel-lösen" not in message for message in connecting.messages)


def test_a_server_that_takes_only_encryption_asks_again_saying_so(
    windows: Windows,
    db_path: Path,
    connecting: Connecting,
    tls_postgres_server: ThrowawayServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The real TLS-only server, first asked without encryption: the connect dialog comes
    back at once saying what to choose; with "Always encrypted" the shared window opens."""
    window = windows.open(db_path)
    encrypted = tcp_location(tls_postgres_server)
    plain = dataclasses.replace(encrypted, sslmode="disable")
    connecting.requests += [
        ConnectRequest(plain, TCP_PASSWORD, keep_password=False),
        ConnectRequest(encrypted, TCP_PASSWORD, keep_password=False),
    ]
    new = windows.take(menu_table.connect_shared(window))
    assert len(connecting.messages) == 2 and connecting.errors == []
    assert "tar bara emot krypterade anslutningar" in connecting.messages[1]
    assert "Alltid krypterad" in connecting.messages[1]
    assert new.context.writes.database.shared == encrypted
    assert TCP_PASSWORD not in caplog.text
    assert all(TCP_PASSWORD not in message for message in connecting.messages)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"host": "/nonexistent-socket-folder"}, SharedDatabaseOpenError.UNREACHABLE),
        ({"database": "finns_inte"}, SharedDatabaseOpenError.NO_DATABASE),
    ],
)
def test_a_database_that_cannot_be_opened_is_explained_and_the_window_stays(
    windows: Windows,
    db_path: Path,
    shared: SharedLocation,
    connecting: Connecting,
    change: dict[str, Any],
    reason: str,
) -> None:
    window = windows.open(db_path)
    wrong = dataclasses.replace(shared, **change)
    connecting.requests.append(ConnectRequest(wrong, None, keep_password=False))
    connecting.ways.append(SharedWay.CANCEL)
    assert menu_table.connect_shared(window) is None
    assert connecting.errors == [reason]
    assert wrong.display() in connecting.messages[-1]
    assert window.isVisible() and not window.context.writes.database.is_shared
    assert Preferences().shared_location is None


def test_the_dialog_builds_the_location_and_says_when_no_keyring_works(
    qtbot: QtBot, shared: SharedLocation
) -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    seen: dict[str, bool] = {}

    def fill_and_connect() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ConnectDialog)
        keep = dialog.findChild(QCheckBox, "connectKeep")
        reason = dialog.findChild(QLabel, "connectKeyringReason")
        assert keep is not None and reason is not None
        seen["keep enabled"] = keep.isEnabled()
        seen["reason shown"] = reason.isVisibleTo(dialog)
        password = dialog.findChild(QLineEdit, "connectPassword")
        assert password is not None
        password.setText(SECRET)
        dialog.tls.setCurrentIndex(dialog.tls.findData("require"))
        dialog.accept()

    try:
        QTimer.singleShot(0, fill_and_connect)
        request = connect_dialog.ask_connection(None, shared)
    finally:
        keyring.set_keyring(before)
    assert seen == {"keep enabled": False, "reason shown": True}
    assert request is not None
    assert request.location == SharedLocation(
        shared.host, shared.database, shared.user, shared.port, "require"
    )
    assert request.password == SECRET and not request.keep_password


def test_an_empty_dialog_cannot_connect(qtbot: QtBot) -> None:
    dialog = ConnectDialog(None, None)
    qtbot.addWidget(dialog)
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    for name, text in (("connectHost", "db.kommun.se"), ("connectDatabase", "sp")):
        field = dialog.findChild(QLineEdit, name)
        assert field is not None
        field.setText(text)
    dialog.user.setText("anna")
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    assert dialog.request().location.url() == "postgresql://anna@db.kommun.se/sp"


def test_reference_data_is_loaded_only_when_older_and_allowed(
    postgres_server: ThrowawayServer, shared: SharedLocation
) -> None:
    def stored_version() -> str | None:
        database = open_store(shared)
        try:
            with database.read_session() as session:
                row = session.get(Meta, REFERENCE_VERSION_KEY)
                return row.value if row is not None else None
        finally:
            database.close()

    def set_version(value: str) -> None:
        database = open_store(shared)  # as the owner
        with database.session() as session:
            row = session.get(Meta, REFERENCE_VERSION_KEY)
            assert row is not None
            row.value = value
        database.close()

    set_version("999")  # a newer Servicepunkt's: left as it is
    assert stored_version() == "999"
    shipped = (ROOT / "resources" / "data" / "version.txt").read_text().strip()
    set_version("0")
    assert stored_version() == shipped  # older: brought up to date
    # A role that may only read: carries on with what the server has.
    set_version("0")
    with admin(postgres_server) as connection:
        connection.execute("DROP ROLE IF EXISTS berit_laser")
        connection.execute("CREATE ROLE berit_laser LOGIN")
    with _psql(postgres_server, shared.database) as connection:
        connection.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO berit_laser")
    reader = open_store(shared.with_user("berit_laser"))
    with reader.read_session() as session:
        row = session.get(Meta, REFERENCE_VERSION_KEY)
        assert row is not None and row.value == "0"
    reader.close()


def _psql(server: ThrowawayServer, database: str) -> psycopg.Connection[tuple[object, ...]]:
    return psycopg.connect(server.conninfo(database), autocommit=True)


def _run_app(home: Path, *args: str, probe: bool = False) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "SERVICEPUNKT_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        # Never the machine's own keyring from a test.
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    if probe:
        env["SERVICEPUNKT_STARTUP_PROBE"] = "1"
    return subprocess.run(
        [sys.executable, "-m", "servicepunkt_gui", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=180,
        check=False,
    )


def _with_password(where: SharedLocation, password: str) -> str:
    return where.url().replace(f"{where.user}@", f"{where.user}:{password}@", 1)


def test_the_command_line_opens_a_shared_database(
    private_home: Path, shared: SharedLocation
) -> None:
    refused = _run_app(
        private_home, "--self-test", "--db", _with_password(shared.with_user("ingen"), SECRET)
    )
    assert refused.returncode == 1
    assert SECRET not in refused.stdout + refused.stderr
    result = _run_app(private_home, "--self-test", "--db", _with_password(shared, SECRET))
    assert result.returncode == 0, result.stdout + result.stderr
    assert shared.display() in result.stdout
    assert SECRET not in result.stdout + result.stderr
    assert _written_everywhere(SECRET) == []
    assert list(log_dir().glob("*.log*"))  # the log was written, only not with the password
    bad = _run_app(private_home, "--self-test", "--db", "postgresql://anna@server:99999/sp")
    assert bad.returncode == 2 and "--db" in bad.stderr


def test_the_command_line_reaches_a_server_with_tls_and_a_password(
    private_home: Path, tls_postgres_server: ThrowawayServer
) -> None:
    """As an IT department runs a server (TLS only, passwords over the network): the
    address with ?sslmode=require opens it; without encryption the app says in Swedish
    what to choose, and the password is nowhere in what it prints."""
    where = tcp_location(tls_postgres_server)
    address = _with_password(where, TCP_PASSWORD.replace(" ", "%20"))
    opened = _run_app(private_home, "--self-test", "--db", address)
    assert opened.returncode == 0, opened.stdout + opened.stderr
    assert where.display() in opened.stdout
    refused = _run_app(
        private_home, "--self-test", "--db", address.replace("sslmode=require", "sslmode=disable")
    )
    assert refused.returncode == 1
    assert "tar bara emot krypterade anslutningar" in refused.stdout
    for printed in (opened, refused):
        assert TCP_PASSWORD not in printed.stdout + printed.stderr
        assert TCP_PASSWORD.replace(" ", "%20") not in printed.stdout + printed.stderr


def test_the_next_start_opens_the_shared_database_open_last(
    private_home: Path, shared: SharedLocation
) -> None:
    preferences = Preferences()
    preferences.shared_location = shared
    preferences.sync()
    result = _run_app(private_home, probe=True)
    assert result.returncode == 0, result.stderr
    words = [line.split(" ", 1)[0] for line in result.stdout.splitlines()]
    assert words == ["first-paint", "ready"], result.stdout
    assert not default_database_path().exists()  # no local file was opened or made
