"""The CSV writer for Swedish Excel: BOM, semicolons, CRLF, ISO dates, defused formulas."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from servicepunkt_gui.core import actions, notes, plans
from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.export_scope import ExportScope
from servicepunkt_gui.core.progress import Cancelled, Progress
from servicepunkt_gui.core.tables import TableKind, export_sheets, sheet_by_kind
from servicepunkt_gui.export.csv_file import write_csv
from servicepunkt_gui.export.sheets import CellKind, Column, Sheet

K = CellKind
TRICKY = 'Åsa Öberg sa: "Ät här"; sedan\nnästa rad\r\noch ännu en; slut'

SHEET = Sheet(
    "Åtgärder",
    (
        Column("Åtgärd"),
        Column("Antal", K.INTEGER),
        Column("Kostnad", K.KRONOR),
        Column("Klar senast", K.DATE),
        Column("Skapad", K.DATETIME),
        Column("Försenad", K.YES_NO),
    ),
    [
        (TRICKY, 3, 1_250_000, dt.date(2026, 1, 31), dt.datetime(2026, 2, 1, 14, 30), True),
        ("Laddstolpe", 0, None, None, None, False),
        ("", None, 12_500.0, dt.date(1990, 1, 1), None, None),
    ],
)


def parse(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def test_bom_semicolons_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    write_csv(path, SHEET)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw[3:].startswith("Åtgärd;Antal;Kostnad;Klar senast;Skapad;Försenad\r\n".encode())
    assert raw.endswith(b"\r\n")
    assert b"Laddstolpe;0;;;;Nej\r\n" in raw


def test_values_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    write_csv(path, SHEET)
    header, first, second, third = parse(path)
    assert header == ["Åtgärd", "Antal", "Kostnad", "Klar senast", "Skapad", "Försenad"]
    assert first == [TRICKY, "3", "1250000", "2026-01-31", "2026-02-01 14:30", "Ja"]
    assert second == ["Laddstolpe", "0", "", "", "", "Nej"]
    assert third == ["", "", "12500", "1990-01-01", "", ""]  # kronor plain integers


def test_formula_looking_text_is_defused(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    texts = ["=SUM(A1:A9)", "+46 70 123 45 67", "-5 grader", "@handlaren", '=HYPERLINK("x")']
    columns = (Column("Text"), Column("Antal", K.INTEGER))
    sheet = Sheet("Anteckningar", columns, [(text, -3) for text in texts] + [("a=b", 1)])
    write_csv(path, sheet)
    rows = parse(path)[1:]
    assert [row[0] for row in rows] == ["'" + text for text in texts] + ["a=b"]
    assert {row[1] for row in rows[:-1]} == {"-3"}  # numbers are ours: never defused


def test_control_characters_are_dropped(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    write_csv(path, Sheet("A", (Column("Text"),), [("Möte\x00 i\x07 Bredbyn\tkl. 10",)]))
    assert parse(path)[1] == ["Möte i Bredbyn\tkl. 10"]


def test_empty_sheet_has_its_header(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    write_csv(path, Sheet("Tom", (Column("Kod"), Column("Kommun")), []))
    assert path.read_bytes() == b"\xef\xbb\xbfKod;Kommun\r\n"


def test_cancel_leaves_no_file_and_keeps_an_older_one(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    many = Sheet("Många", (Column("Nr", K.INTEGER),), [(n,) for n in range(10_000)])
    cancelled = Progress()
    cancelled.cancel()
    with pytest.raises(Cancelled):
        write_csv(path, many, cancelled)
    assert list(tmp_path.iterdir()) == []
    write_csv(path, SHEET)
    before = path.read_bytes()
    seen: list[int] = []

    def cancel_at_4000(done: int, total: int) -> None:
        seen.append(done)
        if done >= 4000:
            halfway.cancel()

    halfway = Progress(cancel_at_4000)
    with pytest.raises(Cancelled):
        write_csv(path, many, halfway)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["export.csv"]
    assert seen == [2000, 4000]


def test_notes_table_from_a_database(store: Database, tmp_path: Path) -> None:
    with store.session() as s:
        plan = plans.create_plan(
            s, "2284", plans.PlanInput("Serviceplan 2025–2030", 2025, 2030), ""
        )
        actions.add_action(s, plan.id, actions.ActionInput("Stöd", cost_sek=125_000))
        notes.create_note(
            s,
            "2284",
            notes.NoteInput(TRICKY, title="=cmd|' /C calc'!A0", concerns_date=dt.date(2026, 2, 1)),
        )
        notes.create_note(
            s, "1737", notes.NoteInput("Julöppet", concerns_date=dt.date(2025, 12, 24))
        )
        sheets = export_sheets(s, ExportScope(municipality_codes=("2284",)), dt.date(2026, 6, 1))
    path = tmp_path / "anteckningar.csv"
    write_csv(path, sheet_by_kind(sheets, TableKind.NOTES))
    header, *rows = parse(path)
    assert header[:5] == ["Kommun", "Datum", "Kategori", "Rubrik", "Text"]
    assert len(rows) == 1  # the scope: Örnsköldsvik only
    (note,) = rows
    assert note[:5] == ["Örnsköldsvik", "2026-02-01", "Övrigt", "'=cmd|' /C calc'!A0", TRICKY]
    created = dt.datetime.strptime(note[header.index("Skapad")], "%Y-%m-%d %H:%M")
    assert abs(created - dt.datetime.now()) < dt.timedelta(minutes=5)
    write_csv(tmp_path / "åtgärder.csv", sheet_by_kind(sheets, TableKind.ACTIONS))
    header, action = parse(tmp_path / "åtgärder.csv")
    assert action[header.index("Kostnad")] == "125000"
    assert action[header.index("Försenad")] == "Nej"
