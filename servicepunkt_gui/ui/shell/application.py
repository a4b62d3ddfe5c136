"""The QApplication, and the two ways to run: the real window and the self-test."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from servicepunkt_gui import APP_NAME, __version__
from servicepunkt_gui.core.backup import list_backups, restore_backup
from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.errors import (
    DatabaseOpenError,
    NotAServicepunktDatabaseError,
    StorageError,
)
from servicepunkt_gui.core.paths import data_dir, lock_dir
from servicepunkt_gui.core.reference import reference_counts
from servicepunkt_gui.resources import resource_path
from servicepunkt_gui.store import open_store
from servicepunkt_gui.ui.common.background import wait_for_background_jobs
from servicepunkt_gui.ui.safety import backup_dialog
from servicepunkt_gui.ui.shell import crash_handler, single_instance, startup_errors
from servicepunkt_gui.ui.shell.i18n import install_translators
from servicepunkt_gui.ui.shell.main_window import MainWindow
from servicepunkt_gui.ui.shell.preferences import Preferences

log = logging.getLogger(__name__)

BACKGROUND_CHECK_DELAY_MS = 5_000
EXPECTED_COUNTIES = 21
EXPECTED_MUNICIPALITIES = 290


def create_application(argv: list[str], language: str | None) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("se.servicepunkt.Servicepunkt")
    app.setWindowIcon(app_icon())
    preferences = Preferences()
    translators = install_translators(app, language or preferences.language)
    app.setProperty("servicepunkt_translators", translators)  # keep them alive
    crash_handler.install()
    return app


def app_icon() -> QIcon:
    """The app's icon in every size scripts/make_icons.py renders (resources/icons)."""
    icon = QIcon()
    for path in sorted(resource_path("icons").glob("servicepunkt-*.png")):
        icon.addFile(str(path))
    return icon


def run_window(app: QApplication, path: Path, remember_path: bool = True) -> int:
    preferences = Preferences()
    opened = open_with_recovery(path, preferences if remember_path else None)
    if opened is None:
        return 2
    if isinstance(opened, AlreadyRunning):
        return 0
    database, window, instance = opened
    instance.activation_requested.connect(lambda: bring_to_front(window))
    window.show()
    window.offer_drafts()
    # Checks and the day's backup once the window is up, so they never delay the start.
    QTimer.singleShot(BACKGROUND_CHECK_DELAY_MS, window.start_background_checks)
    try:
        return app.exec()
    finally:
        wait_for_background_jobs()
        database.close()
        instance.release()


class AlreadyRunning:
    """Another Servicepunkt runs on the file and was asked to come to the front."""


def open_with_recovery(
    path: Path, preferences: Preferences | None
) -> tuple[Database, MainWindow, single_instance.SingleInstance] | AlreadyRunning | None:
    """Open the file and build the window; when that fails, explain and offer ways forward.

    The unusable file is never changed: restoring keeps a byte copy of it first, and a
    new database is a new file beside it. Returns None when the official quits.
    """
    while True:
        instance = single_instance.claim(path, lock_dir())
        if instance is None:
            log.info("Servicepunkt already runs on %s; asked it to come to the front", path)
            return AlreadyRunning()
        try:
            database = open_store(path)
        except DatabaseOpenError as error:
            log.error("cannot open database: %s", error)
            instance.release()
            next_path = _way_forward(error, path)
        else:
            try:
                return database, MainWindow(database, Preferences()), instance
            except StorageError as damaged:  # e.g. a damaged page read at start
                log.error("database damaged: %s", damaged)
                database.close()
                instance.release()
                next_path = _way_forward(NotAServicepunktDatabaseError(path, str(damaged)), path)
        if next_path is None:
            return None
        if next_path != path and preferences is not None:
            preferences.database_path = str(next_path)
        path = next_path


def _way_forward(error: DatabaseOpenError, path: Path) -> Path | None:
    """Ask what to do; returns the file to try next, or None to quit."""
    backups = list_backups(path) if path.is_file() else []
    options = startup_errors.ways_forward(error, bool(backups))
    choice = startup_errors.ask_way_forward(error, options)
    if choice == startup_errors.WayForward.TRY_AGAIN:
        return path
    if choice == startup_errors.WayForward.RESTORE_BACKUP:
        chosen = backup_dialog.choose_backup(None, backups)
        if chosen is None:
            return path
        restore_backup(path, Path(chosen))
        return path
    if choice == startup_errors.WayForward.OTHER_FILE:
        return startup_errors.choose_database_file(path.parent) or path
    if choice == startup_errors.WayForward.NEW_DATABASE:
        return startup_errors.fresh_database_path(path, data_dir())
    return None


def bring_to_front(window: QWidget) -> None:
    window.showNormal()
    window.raise_()
    window.activateWindow()


def run_self_test(app: QApplication, path: Path) -> int:
    """Exercise start-up end to end without a display; one line of result on stdout."""
    try:
        database = open_store(path)
    except DatabaseOpenError as error:
        _print(
            QCoreApplication.translate("Application", "Self-test failed: %1").replace(
                "%1", startup_errors.explain(error).splitlines()[0]
            )
        )
        return 1
    try:
        with database.session() as session:
            counts = reference_counts(session)
        problems = []
        if counts.counties != EXPECTED_COUNTIES or counts.municipalities != EXPECTED_MUNICIPALITIES:
            problems.append(
                QCoreApplication.translate(
                    "Application", "reference data has %1 counties and %2 municipalities"
                )
                .replace("%1", str(counts.counties))
                .replace("%2", str(counts.municipalities))
            )
        window = MainWindow(database, Preferences())
        picture = window.grab()
        if picture.isNull() or picture.width() < 200:
            problems.append(
                QCoreApplication.translate("Application", "the main window could not be drawn")
            )
        window.deleteLater()
        if problems:
            _print(
                QCoreApplication.translate("Application", "Self-test failed: %1").replace(
                    "%1", "; ".join(problems)
                )
            )
            return 1
        _print(
            QCoreApplication.translate(
                "Application", "Self-test passed: %1 municipalities, %2 counties, database %3"
            )
            .replace("%1", str(counts.municipalities))
            .replace("%2", str(counts.counties))
            .replace("%3", str(database.path))
        )
        return 0
    except Exception as error:  # the self-test reports every failure as one line
        log.exception("self-test failed")
        _print(
            QCoreApplication.translate("Application", "Self-test failed: %1").replace(
                "%1", repr(error)
            )
        )
        return 1
    finally:
        database.close()


def _print(line: str) -> None:
    stream = sys.stdout
    if stream is None:  # a windowed executable on Windows has no console
        return
    try:
        print(line, file=stream, flush=True)
    except UnicodeEncodeError:
        print(line.encode("ascii", "replace").decode("ascii"), file=stream, flush=True)
