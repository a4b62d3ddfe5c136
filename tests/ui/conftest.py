"""Fixtures that drive the real main window on a temporary database file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.errors import DatabaseOpenError
from servicepunkt_gui.store import open_store
from servicepunkt_gui.ui.common import dialogs, file_dialogs
from servicepunkt_gui.ui.common.dialogs import UnsavedChoice
from servicepunkt_gui.ui.shell import startup_errors
from servicepunkt_gui.ui.shell.i18n import install_translators
from servicepunkt_gui.ui.shell.main_window import MainWindow
from servicepunkt_gui.ui.shell.preferences import Preferences

OpenWindow = Callable[[Path], MainWindow]


@pytest.fixture(scope="session", autouse=True)
def swedish_translators(qapp: QApplication) -> Iterator[list[QTranslator]]:
    """The UI under test speaks Swedish, as it does for users by default."""
    translators = install_translators(qapp, "sv")
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "servicepunkt.sqlite3"


@pytest.fixture
def open_window(qtbot: QtBot) -> Iterator[OpenWindow]:
    """Open the main window on a database file, as the app does at start."""
    databases: list[Database] = []

    def _open(path: Path) -> MainWindow:
        database = open_store(path)
        databases.append(database)
        window = MainWindow(database, Preferences())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        # Keyboard shortcuts only reach the active window.
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window

    yield _open
    for database in databases:
        database.close()


class DialogRecorder:
    """Stands in for the modal dialogs: records what was asked, answers as told."""

    def __init__(self) -> None:
        self.unsaved_answer = UnsavedChoice.CANCEL
        self.delete_answer = False
        self.unsaved_questions = 0
        self.unsaved_about: list[str] = []  # what each question named ("anteckningen", ...)
        self.delete_questions: list[str] = []
        self.errors: list[tuple[str, str]] = []
        self.infos: list[tuple[str, str]] = []
        self.confirm_answer = True
        self.confirmations: list[tuple[str, str]] = []
        self.way_forward = startup_errors.WayForward.QUIT
        self.next_ways: list[startup_errors.WayForward] = []  # answered first, in order
        self.offered_ways: list[list[startup_errors.WayForward]] = []
        self.other_file: Path | None = None
        # file_dialogs: the paths "chosen" in save and open dialogs, and what was asked.
        self.save_path: Path | None = None
        self.open_path: Path | None = None
        self.file_questions: list[str] = []


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> DialogRecorder:
    recorder = DialogRecorder()

    def ask_unsaved(_parent: object, what: str) -> UnsavedChoice:
        recorder.unsaved_questions += 1
        recorder.unsaved_about.append(what)
        return recorder.unsaved_answer

    def confirm_delete(_parent: object, title: str) -> bool:
        recorder.delete_questions.append(title)
        return recorder.delete_answer

    def show_error(_parent: object, title: str, text: str, details: str = "") -> None:
        recorder.errors.append((title, text))

    def show_info(_parent: object, title: str, text: str) -> None:
        recorder.infos.append((title, text))

    monkeypatch.setattr(dialogs, "ask_unsaved_changes", ask_unsaved)
    monkeypatch.setattr(dialogs, "confirm_delete_note", confirm_delete)
    monkeypatch.setattr(
        dialogs, "confirm_delete", lambda parent, _title, name: confirm_delete(parent, name)
    )
    monkeypatch.setattr(dialogs, "show_error", show_error)
    monkeypatch.setattr(dialogs, "show_info", show_info)

    def confirm(_parent: object, title: str, text: str, _go: str) -> bool:
        recorder.confirmations.append((title, text))
        return recorder.confirm_answer

    monkeypatch.setattr(dialogs, "confirm", confirm)

    def ask_way_forward(
        error: DatabaseOpenError, options: list[startup_errors.WayForward]
    ) -> startup_errors.WayForward:
        recorder.errors.append((startup_errors.title(), startup_errors.explain(error)))
        recorder.offered_ways.append(options)
        return recorder.next_ways.pop(0) if recorder.next_ways else recorder.way_forward

    monkeypatch.setattr(startup_errors, "ask_way_forward", ask_way_forward)

    monkeypatch.setattr(startup_errors, "choose_database_file", lambda _s: recorder.other_file)

    def ask_save_path(_parent: object, title: str, _suggested: Path, _filters: str) -> Path | None:
        recorder.file_questions.append(title)
        return recorder.save_path

    def ask_open_path(_parent: object, title: str, _start: Path, _filters: str) -> Path | None:
        recorder.file_questions.append(title)
        return recorder.open_path

    monkeypatch.setattr(file_dialogs, "ask_save_path", ask_save_path)
    monkeypatch.setattr(file_dialogs, "ask_open_path", ask_open_path)
    return recorder
