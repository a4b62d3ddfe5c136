"""The QApplication, and the two ways to run: the real window and the self-test.

Start-up draws the first window before SQLAlchemy is imported: when the file needs nothing
done to it, the municipality list is read with the ``sqlite3`` module (``core/first_screen``)
and shown; right after the first paint the database is opened as usual and the rest of the
window attached (``MainWindow.attach``). (Importing SQLAlchemy on a thread meanwhile was
tried: both threads want the interpreter, and the first paint came later, ready no sooner.)
Any other file (new, to be migrated, damaged, locked…) takes the ordinary
path: open, explain what is wrong and offer ways forward, then draw. So does a shared
PostgreSQL database (no file to read; no single-instance claim, daily backup or -wal check:
those are the file's, and the server's own). Modules that import SQLAlchemy are imported
inside the functions that need them, not at the top of this file.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from servicepunkt_gui import APP_NAME, __version__
from servicepunkt_gui.core.errors import (
    DatabaseOpenError,
    StorageError,
)
from servicepunkt_gui.core.first_screen import read_first_screen
from servicepunkt_gui.core.paths import lock_dir
from servicepunkt_gui.core.shared_location import SharedLocation
from servicepunkt_gui.core.versions import HEAD_REVISION, data_version
from servicepunkt_gui.resources import resource_path
from servicepunkt_gui.ui.common.background import wait_for_background_jobs
from servicepunkt_gui.ui.shell import crash_handler, recovery, single_instance, startup_errors
from servicepunkt_gui.ui.shell.appearance import apply_appearance
from servicepunkt_gui.ui.shell.i18n import install_translators
from servicepunkt_gui.ui.shell.main_window import MainWindow
from servicepunkt_gui.ui.shell.preferences import Preferences
from servicepunkt_gui.ui.shell.recovery import AlreadyRunning as AlreadyRunning
from servicepunkt_gui.ui.shell.recovery import open_with_recovery as open_with_recovery

log = logging.getLogger(__name__)

# Set by the benchmark suite: print when the window is first painted and when it is ready,
# then quit (benchmarks/measure_startup.py).
STARTUP_PROBE = "SERVICEPUNKT_STARTUP_PROBE"

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
    apply_appearance(app, preferences.appearance)  # System / Ljust / Mörkt (Inställningar)
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


def run_window(
    app: QApplication,
    target: Path | SharedLocation,
    remember_path: bool = True,
    password: str | None = None,
) -> int:
    """The window on a file or a shared database, until it closes; the exit code."""
    global _current
    preferences = Preferences() if remember_path else None
    running = _current = _RunningWindow()
    try:
        if isinstance(target, SharedLocation):
            opened = recovery.open_shared_with_recovery(target, password, preferences)
            if isinstance(opened, recovery.UseLocalFile):
                if preferences is not None:
                    preferences.shared_location = None  # the file, this time and the next
                return run_window(app, Preferences().local_database_path(), remember_path)
            if opened is None:
                return 2
            _database, window = opened
            running.take(window, None)
            window.show()
            after_first_paint(window, running.started)
            return app.exec()
        return _run_file(app, running, target, preferences)
    finally:
        wait_for_background_jobs()
        running.close()


def _run_file(
    app: QApplication, running: _RunningWindow, path: Path, preferences: Preferences | None
) -> int:
    quick = _draw_first_screen(path)
    if isinstance(quick, AlreadyRunning):
        return 0
    if quick is not None:
        instance, window = quick
        running.take(window, instance)
        window.show()
        after_first_paint(window, lambda: _attach_database(running, path, preferences))
    else:
        opened = open_with_recovery(path, preferences)
        if opened is None:
            return 2
        if isinstance(opened, AlreadyRunning):
            return 0
        _database, window, instance = opened
        running.take(window, instance)
        window.show()
        after_first_paint(window, running.started)
    return app.exec() if running.window is not None else running.exit_code


class _RunningWindow:
    """The window of this run and its single-instance claim, whichever way it was opened."""

    def __init__(self) -> None:
        self.window: MainWindow | None = None
        self.instance: single_instance.SingleInstance | None = None  # None on a shared one
        self.exit_code = 0

    def take(self, window: MainWindow, instance: single_instance.SingleInstance | None) -> None:
        self.window, self.instance = window, instance
        if instance is not None:
            instance.activation_requested.connect(lambda: bring_to_front(window))

    def started(self) -> None:
        """The window is drawn and has its database: drafts, later the checks and backup."""
        window = self.window
        assert window is not None
        if self.instance is not None:
            self.instance.follow_file()  # a new file has its identity now: lock it at once
        # What start-up made lives as long as the app: keep the collector from scanning it
        # again and again, and let it collect from here on (__main__ turned it off).
        gc.freeze()
        gc.enable()
        if os.environ.get(STARTUP_PROBE):
            _print(f"ready {time.perf_counter():.6f}")
            QTimer.singleShot(0, window.close)
            return
        _after_opening(window)

    def close(self) -> None:
        if self.window is not None and self.window.is_ready:
            self.window.context.writes.database.close()
        if self.instance is not None:
            self.instance.release()


_current: _RunningWindow | None = None  # this process's run, for switch_database


def _after_opening(window: MainWindow) -> None:
    database = window.context.writes.database
    if not database.is_shared:
        recovery.tell_about_leftover_wal(window, database)
    window.offer_drafts()
    if not database.is_shared:  # a shared database is backed up by its server
        # Checks and the day's backup once the window is up, so they never delay the start.
        QTimer.singleShot(BACKGROUND_CHECK_DELAY_MS, window.start_background_checks)


def replace_window(
    old: MainWindow, new: MainWindow, instance: single_instance.SingleInstance | None
) -> None:
    """``new`` (just opened on another database, ``instance`` its claim) in place of ``old``,
    whose database is closed (Arkiv → Anslut till delad databas…, Öppna lokal databas)."""
    running = _current if _current is not None and _current.window is old else None
    database = old.context.writes.database if old.is_ready else None
    new.show()  # first: closing the last window would quit
    old.close()
    old.deleteLater()
    wait_for_background_jobs()
    if database is not None:
        database.close()
    if running is not None:
        if running.instance is not None:
            running.instance.release()
        running.take(new, instance)
    elif instance is not None:
        new.destroyed.connect(instance.release)
    after_first_paint(new, lambda: _after_opening(new))


def _draw_first_screen(
    path: Path,
) -> tuple[single_instance.SingleInstance, MainWindow] | AlreadyRunning | None:
    """The window with its municipality list, from a plain read; None for the ordinary path."""
    instance = single_instance.claim(path, lock_dir())
    if instance is None:
        log.info("another Servicepunkt holds %s; it was asked to come to the front", path)
        return AlreadyRunning()
    first = read_first_screen(path, HEAD_REVISION, data_version(resource_path("data")))
    if first is None:
        instance.release()
        return None
    return instance, MainWindow(None, Preferences(), first_screen=first)


def _import_the_rest() -> None:
    import servicepunkt_gui.store
    import servicepunkt_gui.ui.shell.municipality_page  # noqa: F401


def _attach_database(running: _RunningWindow, path: Path, preferences: Preferences | None) -> None:
    """After the first paint: open the file as usual and attach everything else."""
    from servicepunkt_gui.store import open_store

    window, instance = running.window, running.instance
    assert window is not None and instance is not None
    try:
        database = open_store(path)
        window.attach(database)
    except (DatabaseOpenError, StorageError) as error:
        # The file changed since the first read (another program, damage): start over the
        # ordinary way, which explains and offers ways forward.
        log.error("cannot open database after the first screen: %s", error)
        window.hide()
        window.deleteLater()
        instance.release()
        running.window = running.instance = None
        opened = open_with_recovery(path, preferences)
        if opened is None or isinstance(opened, AlreadyRunning):
            running.exit_code = 2 if opened is None else 0
            QCoreApplication.exit(running.exit_code)
            return
        _database, window, instance = opened
        running.take(window, instance)
        window.show()
    running.started()


class _FirstPaint(QObject):
    """Calls back once, after the watched window's first paint has been done."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then: Callable[[], None] | None = then
        window.installEventFilter(self)
        # Should no paint come (a minimised start), go on anyway.
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, self._go)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            if os.environ.get(STARTUP_PROBE):
                _print(f"first-paint {time.perf_counter():.6f}")
            QTimer.singleShot(0, self._go)  # once this paint has reached the screen
        return False

    def _go(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            self._window.removeEventFilter(self)
            then()


FIRST_PAINT_WAIT_MS = 1_000


def after_first_paint(window: QWidget, then: Callable[[], None]) -> None:
    _FirstPaint(window, then)


def bring_to_front(window: QWidget) -> None:
    window.showNormal()
    window.raise_()
    window.activateWindow()


def run_self_test(
    app: QApplication, target: Path | SharedLocation, password: str | None = None
) -> int:
    """Exercise start-up end to end without a display; one line of result on stdout."""
    from servicepunkt_gui.core import credentials
    from servicepunkt_gui.core.errors import DatabaseFromNewerVersionError, SharedDatabaseOpenError
    from servicepunkt_gui.core.reference import reference_counts
    from servicepunkt_gui.store import open_store
    from servicepunkt_gui.ui.shell import connect_dialog

    crash_handler.show_dialogs = False  # nobody is there to close one: never wait for it
    try:
        if isinstance(target, SharedLocation):
            password = password or credentials.load_password(target)
            database = open_store(target, password)
        else:
            database = open_store(target)
    except DatabaseOpenError as error:
        explained = startup_errors.explain(error)
        if isinstance(target, SharedLocation) and isinstance(
            error, SharedDatabaseOpenError | DatabaseFromNewerVersionError
        ):
            explained = connect_dialog.explain(error, target.display())
        _print(
            QCoreApplication.translate("Application", "Self-test failed: %1").replace(
                "%1", explained.splitlines()[0]
            )
        )
        return 1
    except Exception as error:  # the self-test reports every failure as one line
        log.exception("self-test could not open %s", _name(target))
        _print(
            QCoreApplication.translate("Application", "Self-test failed: %1").replace(
                "%1", repr(error)
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
        from servicepunkt_gui.export.self_check import export_problems

        for problem in export_problems(database):
            problems.append(
                QCoreApplication.translate("Application", "cannot export (%1)").replace(
                    "%1", problem
                )
            )
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
            .replace("%3", database.display_name())
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


def _name(target: Path | SharedLocation) -> str:
    return target.display() if isinstance(target, SharedLocation) else str(target)


def _print(line: str) -> None:
    stream = sys.stdout
    if stream is None:  # a windowed executable on Windows has no console
        return
    try:
        print(line, file=stream, flush=True)
    except UnicodeEncodeError:
        print(line.encode("ascii", "replace").decode("ascii"), file=stream, flush=True)
