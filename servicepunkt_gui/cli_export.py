"""What ``servicepunkt export`` and ``import`` write and print (the parsing is in ``cli``)."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from servicepunkt_gui import __version__

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from servicepunkt_gui.core.exchange import ImportPreview, ImportResult
    from servicepunkt_gui.core.export_scope import ExportScope


def write_export(
    args: argparse.Namespace, session: Session, scope: ExportScope, codes: list[str]
) -> str:
    """Write the file ``args`` asks for; returns a few words on what it holds."""
    from servicepunkt_gui.cli import CommandLineError
    from servicepunkt_gui.core.notes import default_author

    today = dt.date.today()
    by = default_author(args.by)
    if args.format == "exchange":
        from servicepunkt_gui.core.exchange import write_exchange_file

        summary = write_exchange_file(session, scope, args.out, by, __version__)
        return f"utbytesfil, {_municipalities(len(codes))}, {summary.total} poster"
    if args.format == "ics":
        return _write_calendar(args, session, scope, codes, today)
    if args.format in ("csv", "xlsx"):
        from servicepunkt_gui.core.tables import TableKind, export_sheets, sheet_by_kind

        if args.format == "xlsx":
            from servicepunkt_gui.export.xlsx_file import write_xlsx

            sheets = export_sheets(session, scope, today)
            write_xlsx(args.out, sheets)
            return f"Excel, {_municipalities(len(codes))}, {len(sheets)} blad"
        try:
            kind = TableKind(args.table)
        except ValueError:
            choices = ", ".join(kind.value for kind in TableKind)
            raise CommandLineError(f"--table kan inte vara {args.table}; välj {choices}.") from None
        from servicepunkt_gui.export.csv_file import write_csv

        sheet = sheet_by_kind(export_sheets(session, scope, today, kinds={kind}), kind)
        write_csv(args.out, sheet)
        return f"CSV, {sheet.name.lower()}, {len(sheet.rows)} rader"
    return _write_report(args, session, scope, codes, today, by)


def _write_report(
    args: argparse.Namespace,
    session: Session,
    scope: ExportScope,
    codes: list[str],
    today: dt.date,
    by: str,
) -> str:
    from servicepunkt_gui.cli import CommandLineError, qt_application
    from servicepunkt_gui.export.reports import report_document, write_report

    follow_up = (args.report or ("followup" if len(codes) == 1 else "status")) == "followup"
    if follow_up and len(codes) != 1:
        raise CommandLineError(
            "Den årliga uppföljningen gäller en kommun; ange en --municipality "
            "(eller --report status för flera)."
        )
    document = report_document(
        session,
        scope,
        codes,
        follow_up=follow_up,
        today=today,
        written_by=by,
        title=_status_title(scope),
    )
    what = "årlig uppföljning" if follow_up else f"lägesrapport, {_municipalities(len(codes))}"
    if args.format == "pdf":
        qt_application()
    write_report(document, args.out, as_pdf=args.format == "pdf")
    return f"{'PDF' if args.format == 'pdf' else 'Word'}, {what}"


def _write_calendar(
    args: argparse.Namespace,
    session: Session,
    scope: ExportScope,
    codes: list[str],
    today: dt.date,
) -> str:
    """Att göra as an .ics file: what is overdue and what falls within ``--days``."""
    from servicepunkt_gui.core.todo import list_todo
    from servicepunkt_gui.export.ics_file import write_ics

    items = list_todo(session, None if scope.is_everything else codes, today, args.days)
    write_ics(items, args.out, calendar_name=calendar_name(scope, codes, session))
    events = "1 händelse" if len(items) == 1 else f"{len(items)} händelser"
    return f"kalender, {_municipalities(len(codes))}, {events}"


def calendar_name(scope: ExportScope, codes: list[str], session: Session) -> str:
    """ "Att göra – Örnsköldsvik", "Att göra – Mina kommuner": the name a calendar shows."""
    from servicepunkt_gui.core import todo_words
    from servicepunkt_gui.core.models import Municipality

    if len(codes) == 1 and (municipality := session.get(Municipality, codes[0])) is not None:
        return todo_words.calendar_name(municipality.short_name)
    if scope.mine:
        return todo_words.calendar_name(todo_words.MINE_WORDS)
    if scope.is_everything:
        return todo_words.calendar_name(todo_words.ALL_WORDS)
    return todo_words.calendar_name(_municipalities(len(codes)))


def _status_title(scope: ExportScope) -> str:
    if scope.mine:
        return "Läget i Mina kommuner"
    if scope.county_code or scope.municipality_codes:
        return "Läget i de valda kommunerna"
    return "Läget i Sveriges kommuner"


def _municipalities(count: int) -> str:
    return "1 kommun" if count == 1 else f"{count} kommuner"


def print_preview(preview: ImportPreview, say: Callable[[str], None]) -> None:
    """What the import would do, per municipality, and every conflict in a sentence."""
    if preview.is_empty:
        say("Filen innehåller inget som är nytt eller ändrat här.")
    for row in preview.municipalities:
        say(
            f"{row.name}: {row.new} nya, {row.changed} ändrade, {row.deleted} borttagna, "
            f"{row.conflicts} i konflikt, {row.unchanged} oförändrade"
        )
    for conflict in preview.conflicts:
        say(conflict.sentence_sv)


def print_result(result: ImportResult, say: Callable[[str], None]) -> None:
    say(f"Importen är klar: {result.summary_sv}")
