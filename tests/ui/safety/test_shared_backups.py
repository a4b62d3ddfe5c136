"""On a shared database the file backups are the server's job: said in one line, not run.

The real window on a PostgreSQL database: the file backup items are disabled with the
reason, choosing one anyway (a stale shortcut) says the reason in the status bar and
raises nothing, the daily file check and backup are not started, and the items only a
shared database has are hidden on a local file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core.db import Database
from servicepunkt_gui.ui.common.background import wait_for_background_jobs
from servicepunkt_gui.ui.safety import shared_safety
from servicepunkt_gui.ui.shell.main_window import MainWindow
from servicepunkt_gui.ui.shell.preferences import Preferences
from tests.ui.conftest import DialogRecorder, OpenWindow


def _actions(window: MainWindow) -> dict[str, QAction]:
    """The items as the shell names them, in a File menu of their own."""
    menu = QMenu("Arkiv", window)
    names = shared_safety.FILE_BACKUP_ITEMS + shared_safety.SHARED_ONLY_ITEMS
    actions = {name: QAction(name, window) for name in names}
    menu.addActions(list(actions.values()))
    return actions


def test_file_backups_are_disabled_with_the_reason_on_a_shared_database(
    qtbot: QtBot, new_postgres_database: Callable[..., Database], answers: DialogRecorder
) -> None:
    window = MainWindow(new_postgres_database(), Preferences())
    qtbot.addWidget(window)
    window.show()
    actions = _actions(window)
    shared_safety.adapt_menu(actions, window.context.writes.database.is_shared)
    reason = shared_safety.shared_backup_reason()
    for name in shared_safety.FILE_BACKUP_ITEMS:
        assert not actions[name].isEnabled()
        assert actions[name].statusTip() == reason and "\n" not in reason
    assert all(actions[name].isVisible() for name in shared_safety.SHARED_ONLY_ITEMS)
    [menu] = [m for m in actions["backup_now"].associatedObjects() if isinstance(m, QMenu)]
    assert menu.toolTipsVisible()

    for choose in (
        window.safety.backup_now,
        window.safety.restore_from_backup,
        window.safety.edit_second_folder,
    ):
        window.statusBar().clearMessage()
        choose()
        assert window.statusBar().currentMessage() == reason
    window.safety.start_background_checks()  # nothing to check or back up here
    assert wait_for_background_jobs()
    assert answers.errors == [] and answers.infos == []


def test_a_local_file_keeps_its_backups_and_hides_the_shared_items(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path
) -> None:
    window = open_window(db_path)
    actions = _actions(window)
    shared_safety.adapt_menu(actions, window.context.writes.database.is_shared)
    assert all(actions[name].isEnabled() for name in shared_safety.FILE_BACKUP_ITEMS)
    assert not any(actions[name].isVisible() for name in shared_safety.SHARED_ONLY_ITEMS)
