"""Start-up wiring: arguments, logging, translations, the database and the main window."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from pathlib import Path

from servicepunkt_gui import APP_NAME, __version__
from servicepunkt_gui.core.shared_location import (
    LocationError,
    SharedLocation,
    from_url,
    is_shared_url,
)
from servicepunkt_gui.logging_setup import configure_logging

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_SELF_TEST_FAILED = 1
EXIT_DATABASE_UNUSABLE = 2


def parse_arguments(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    """Our options, and the rest for Qt (-platform, -style …)."""
    parser = argparse.ArgumentParser(prog="servicepunkt", description=APP_NAME)
    parser.add_argument(
        "--db",
        help="database file (default: the per-user data folder), or a shared database: "
        "postgresql://user@host:port/dbname[?sslmode=require]",
    )
    parser.add_argument("--lang", choices=("sv", "en"), help="language of the user interface")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the database, render the main window off screen, print the result and exit",
    )
    parser.add_argument("--verbose", action="store_true", help="detailed log")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    # Qt's own options (-platform, -style ...) pass through to QApplication; ours do not:
    # Qt crashes on a file name whose bytes are not UTF-8 (surrogate escapes in argv).
    args, qt_args = parser.parse_known_args(argv)
    return args, qt_args


PRIVATE_UMASK = 0o077


def keep_files_private() -> None:
    """Everything the app writes (database, backups, settings, logs, locks) is the user's alone.

    Notes can be personal and computers are shared: on POSIX new files get no group or
    other permissions. (On Windows, files in the user's profile are private already.)
    """
    if os.name == "posix":
        os.umask(PRIVATE_UMASK)


def database_target(text: str) -> tuple[Path | SharedLocation, str | None]:
    """What ``--db`` names: a file, or a shared location and the password written in it.

    Raises ``LocationError`` for a postgresql:// text that is not a usable location.
    """
    if is_shared_url(text):
        return from_url(text)
    return Path(text), None


def _location_problem(error: LocationError) -> str:
    from PySide6.QtCore import QCoreApplication

    part = {
        "scheme": QCoreApplication.translate("Application", "it does not begin postgresql://"),
        "database": QCoreApplication.translate("Application", "the database's name is missing"),
        "port": QCoreApplication.translate("Application", "the port is not a number up to 65535"),
        "sslmode": QCoreApplication.translate("Application", "sslmode is not one libpq knows"),
    }.get(error.reason, error.reason)
    return QCoreApplication.translate(
        "Application",
        "The shared database given with --db cannot be used: %1. Write it as "
        "postgresql://user@server:port/database, for example "
        "postgresql://anna@db.kommun.se/servicepunkt.",
    ).replace("%1", part)


def main(argv: list[str] | None = None) -> int:
    gc.disable()  # as in __main__, for the installed launcher; on again once the window is ready
    argv = list(sys.argv[1:] if argv is None else argv)
    keep_files_private()
    if argv and argv[0] in ("export", "import", "server"):
        # servicepunkt export/import: the command line for scripts, no window (cli.py).
        gc.enable()
        configure_logging(verbose=False)
        from servicepunkt_gui.cli import main as command_line

        return command_line(argv)
    args, qt_args = parse_arguments(argv)
    if args.self_test:
        # Rendering off screen means the self-test needs no display.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    configure_logging(args.verbose)
    log.info("%s %s starting", APP_NAME, __version__)

    from servicepunkt_gui.ui.shell.application import create_application, run_self_test, run_window

    app = create_application([sys.argv[0], *qt_args], args.lang)
    try:
        # The password a URL may carry goes on only as a connect argument, never to the log.
        target, password = database_target(args.db) if args.db else (None, None)
    except LocationError as error:
        print(_location_problem(error), file=sys.stderr)
        return EXIT_DATABASE_UNUSABLE
    if args.self_test:
        import tempfile

        with tempfile.TemporaryDirectory(prefix="servicepunkt-self-test-") as scratch:
            return run_self_test(app, target or Path(scratch) / "self-test.sqlite3", password)
    if target is not None:
        return run_window(app, target, remember_path=False, password=password)
    from servicepunkt_gui.ui.shell.preferences import Preferences

    preferences = Preferences()
    # What was open last: the shared database (never its password), or the local file.
    return run_window(app, preferences.shared_location or preferences.local_database_path())
