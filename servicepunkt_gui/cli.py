"""The command line for scripts and IT departments: the same exports and imports, no window.

    servicepunkt export --db PATH --format csv|xlsx|pdf|docx|exchange|ics
                        [--municipality CODE …] [--county CODE] [--mine]
                        [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--days N] --out FILE
    servicepunkt import --db PATH FILE [--dry-run]
    servicepunkt server init|grant|revoke|rights --db postgresql://…   (cli_server.py)

Exit code 0 on success; otherwise one Swedish line on stderr and the database unchanged.
Messages are Swedish only: the people who read them are Swedish IT staff and officials.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    from servicepunkt_gui.core.db import Database
    from servicepunkt_gui.core.errors import DatabaseOpenError

EXIT_OK = 0
EXIT_FAILED = 1  # the work itself failed: a bad exchange file, a database that cannot be used
EXIT_USAGE = 2  # the command line was wrong

COMMANDS = ("export", "import", "server")
FORMATS = ("csv", "xlsx", "pdf", "docx", "exchange", "ics")
REPORTS = ("followup", "status")
CONFLICT_CHOICES = {"keep-both": "keep_both", "mine": "keep_mine", "theirs": "take_theirs"}


class CommandLineError(Exception):
    """Something the user must fix; its text is the one Swedish line that is printed."""


class UsageError(CommandLineError):
    """The command line itself is wrong (exit code 2, as argparse's own)."""


class _SwedishParser(argparse.ArgumentParser):
    """argparse with its complaints in Swedish, on one line, and exit code 2."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(_swedish_usage_error(self.prog, message))


def _swedish_usage_error(prog: str, message: str) -> str:
    if message.startswith("the following arguments are required:"):
        missing = message.split(":", 1)[1].strip()
        text = f"det saknas {missing}"
    elif message.startswith("unrecognized arguments:"):
        text = "okända argument: " + message.split(":", 1)[1].strip()
    elif "invalid choice:" in message:
        argument, rest = message.split(": invalid choice: ", 1)
        value, _sep, choices = rest.partition(" (choose from ")
        allowed = choices.rstrip(")").replace("'", "")
        text = f"{argument.removeprefix('argument ')} kan inte vara {value}; välj {allowed}"
    elif message.startswith("argument "):
        text = message.removeprefix("argument ")
    else:
        text = message
    return f"{prog}: {text}. Se {prog} --help."


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} är inget datum; skriv det som ÅÅÅÅ-MM-DD, till exempel 2026-01-31"
        ) from None


def _days(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        days = -1
    if not 0 <= days <= 3660:
        raise argparse.ArgumentTypeError(f"{text!r} är inget antal dagar mellan 0 och 3660")
    return days


def _parsers() -> _SwedishParser:
    parser = _SwedishParser(prog="servicepunkt", description="Servicepunkt utan fönster")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_SwedishParser)

    export = commands.add_parser(
        "export", help="skriv en rapport, ett kalkylblad, en utbytesfil eller en kalender"
    )
    export.add_argument("--db", type=Path, required=True, help="databasfilen")
    export.add_argument("--format", choices=FORMATS, required=True)
    export.add_argument("--out", type=Path, required=True, help="filen som skrivs")
    export.add_argument("--municipality", action="append", default=[], metavar="KOD")
    export.add_argument("--county", metavar="KOD", help="alla kommuner i länet")
    export.add_argument("--mine", action="store_true", help="bara Mina kommuner")
    export.add_argument("--from", dest="notes_from", type=_date, metavar="ÅÅÅÅ-MM-DD")
    export.add_argument("--to", dest="notes_to", type=_date, metavar="ÅÅÅÅ-MM-DD")
    export.add_argument(
        "--table",
        default="municipalities",
        help=(
            "för csv: municipalities, plans, goals, actions, notes, places, agreements, "
            "payments eller grants"
        ),
    )
    export.add_argument(
        "--report",
        choices=REPORTS,
        help="för pdf/docx: followup (en kommun, standard) eller status (flera kommuner)",
    )
    export.add_argument("--by", default="", help="vem som skrev rapporten eller filen")
    export.add_argument(
        "--days",
        type=_days,
        default=90,
        metavar="N",
        help="för ics: det som är försenat och det som infaller inom N dagar (standard 90)",
    )

    importing = commands.add_parser("import", help="läs in en utbytesfil från en kollega")
    importing.add_argument("--db", type=Path, required=True, help="databasfilen")
    importing.add_argument("file", type=Path, help="utbytesfilen (.servicepunkt)")
    importing.add_argument(
        "--dry-run", action="store_true", help="visa vad som skulle ändras, skriv inget"
    )
    importing.add_argument(
        "--conflicts",
        choices=tuple(CONFLICT_CHOICES),
        default="keep-both",
        help="när båda har ändrat samma post: behåll båda (standard), min eller deras",
    )
    importing.add_argument("--by", default="", help="ditt namn, i konfliktbeskrivningar")

    from servicepunkt_gui import cli_server

    cli_server.add_parser(commands)
    return parser


def main(argv: Sequence[str], out: Callable[[str], None] | None = None) -> int:
    """Run one command; returns the exit code. ``out`` prints a line (stdout by default)."""
    say = out or (lambda line: print(line, flush=True))
    try:
        args = _parsers().parse_args(list(argv))
        if args.command == "export":
            _export(args, say)
        elif args.command == "server":
            from servicepunkt_gui import cli_server

            cli_server.run(args, say)
        else:
            _import(args, say)
    except CommandLineError as error:
        _complain(str(error))
        return EXIT_USAGE if isinstance(error, UsageError) else EXIT_FAILED
    except KeyboardInterrupt:
        _complain("Avbrutet. Inget ändrades i databasen.")
        return EXIT_FAILED
    return EXIT_OK


def _complain(line: str) -> None:
    print(" ".join(line.split()), file=sys.stderr, flush=True)


# -- export ---------------------------------------------------------------------------------


def _export(args: argparse.Namespace, say: Callable[[str], None]) -> None:
    from servicepunkt_gui.core.errors import StorageError, ValidationError
    from servicepunkt_gui.core.export_scope import (
        ExportScope,
        UnknownMunicipalityError,
        resolve_codes,
    )

    scope = ExportScope(
        municipality_codes=tuple(args.municipality),
        county_code=args.county,
        mine=args.mine,
        notes_from=args.notes_from,
        notes_to=args.notes_to,
    )
    _check_target(args.out)
    database = _open_existing(args.db)
    try:
        with database.read_session() as session:
            try:
                codes = resolve_codes(session, scope)
            except UnknownMunicipalityError as error:
                what = "län" if error.field == "county" else "kommun"
                raise CommandLineError(f"Det finns ingen {what} med koden {error.code}.") from None
            except ValidationError:
                raise CommandLineError(
                    "--to är före --from: perioden slutar innan den börjar."
                ) from None
            if not codes:
                raise CommandLineError("Urvalet innehåller inga kommuner; inget skrevs.")
            from servicepunkt_gui.cli_export import write_export

            written = write_export(args, session, scope, codes)
    except OSError as error:
        raise CommandLineError(_file_problem(args.out, error)) from None
    except StorageError as error:
        if isinstance(error.__cause__, OSError):  # the file written, not the database
            raise CommandLineError(_file_problem(args.out, error.__cause__)) from None
        raise CommandLineError(
            f"Databasen {args.db} kunde inte läsas ({error.problem}); inget skrevs."
        ) from None
    finally:
        database.close()
    say(f"Skrev {args.out} ({written}).")


def _check_target(path: Path) -> None:
    if path.is_dir():
        raise CommandLineError(f"{path} är en mapp; ange ett filnamn med --out.")
    if not path.parent.is_dir():
        raise CommandLineError(f"Mappen {path.parent} finns inte; skapa den eller välj en annan.")


def _file_problem(path: Path, error: OSError) -> str:
    import errno

    if error.errno == errno.ENOSPC:
        return f"Det finns inte plats på disken för {path}. Frigör utrymme och försök igen."
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (
            f"{path} kan inte skrivas: mappen är skrivskyddad eller filen är öppen i ett "
            "annat program."
        )
    return f"{path} kunde inte skrivas ({error.strerror or error})."


# -- import ---------------------------------------------------------------------------------


def _import(args: argparse.Namespace, say: Callable[[str], None]) -> None:
    from servicepunkt_gui.cli_export import print_preview, print_result
    from servicepunkt_gui.core.exchange import (
        ExchangeFileError,
        Resolution,
        apply_import,
        preview_import,
        read_exchange_file,
    )
    from servicepunkt_gui.core.notes import default_author

    # The file is read and checked whole before the database is even opened.
    try:
        exchange = read_exchange_file(args.file)
    except ExchangeFileError as error:
        raise CommandLineError(error.message) from None
    except OSError as error:
        raise CommandLineError(f"Filen {args.file} kan inte läsas ({error.strerror}).") from None
    name = default_author(args.by)
    database = _open_existing(args.db)
    try:
        with database.read_session() as session:
            try:
                preview = preview_import(session, exchange, name)
            except ExchangeFileError as error:
                raise CommandLineError(error.message) from None
        print_preview(preview, say)
        if args.dry_run:
            say("Provkörning: inget skrevs.")
            return
        if database.path is not None:  # a shared database's backups are the server's
            _backup_before_import(database.path)
        choice = Resolution(CONFLICT_CHOICES[args.conflicts])
        with database.session() as session:
            resolutions = {conflict.record_id: choice for conflict in preview.conflicts}
            result = apply_import(session, exchange, name, resolutions)
        print_result(result, say)
    finally:
        database.close()


def _backup_before_import(path: Path) -> None:
    """A checked copy of the file as it was, so an import can always be taken back."""
    from servicepunkt_gui.core.backup import make_backup

    try:
        make_backup(path, kind="import")
    except OSError as error:
        raise CommandLineError(
            f"Ingen säkerhetskopia kunde göras före importen ({error.strerror}); inget ändrades."
        ) from None


# -- the database ---------------------------------------------------------------------------


def _open_existing(path: Path) -> Database:
    """Open (and migrate, as the app does) a database file that must exist already."""
    from servicepunkt_gui.core.errors import DatabaseOpenError
    from servicepunkt_gui.store import open_store

    if not path.is_file():
        raise CommandLineError(f"Databasfilen {path} finns inte. Ange en befintlig fil med --db.")
    try:
        return open_store(path)
    except DatabaseOpenError as error:
        raise CommandLineError(_explain_open_error(error)) from None


def _explain_open_error(error: DatabaseOpenError) -> str:
    """The start-up dialog's Swedish explanation (shared with the window), on one line."""
    from servicepunkt_gui.ui.shell import startup_errors

    qt_application()
    return startup_errors.explain(error)


_kept_alive: list[object] = []


def qt_application() -> None:
    """An off-screen QGuiApplication with the Swedish translations: PDFs are written with
    QtGui, and the start-up explanations are Qt translations. No display is needed."""
    from PySide6.QtGui import QGuiApplication

    from servicepunkt_gui.ui.shell.i18n import install_translators

    if QGuiApplication.instance() is not None:
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication([sys.argv[0]])
    _kept_alive.extend([app, *install_translators(app, "sv")])


if __name__ == "__main__":  # python -m servicepunkt_gui.cli, without the window's start-up
    # Through the imported module, not this __main__ copy: cli_server raises its errors.
    from servicepunkt_gui.cli import main as _main

    sys.exit(_main(sys.argv[1:]))
