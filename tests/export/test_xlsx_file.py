"""The .xlsx writer, read back with openpyxl: typed cells, header, filter, limits, cancel."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from servicepunkt_gui.core import actions, notes, plans
from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.export_scope import ExportScope
from servicepunkt_gui.core.progress import Cancelled, Progress
from servicepunkt_gui.core.tables import SHEET_NAMES, TableKind, export_sheets
from servicepunkt_gui.export.sheets import CellKind, Column, Sheet
from servicepunkt_gui.export.xlsx_file import EXCEL_CELL_LIMIT, MAX_WIDTH, sheet_name, write_xlsx

K = CellKind
FORMULA_LOOKING = ("=SUM(A1:A9)", "+46 70 123 45 67", "-5 grader", "@handlaren", "=1+1")

TYPED = Sheet(
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
        ("Stöd till butiken i Bredbyn", 3, 125_000, dt.date(2026, 1, 31),
         dt.datetime(2026, 2, 1, 14, 30), True),
        ("Laddstolpe", 0, None, None, None, False),
        ("Tom", None, 0, dt.date(1990, 1, 1), dt.datetime(2100, 12, 31, 23, 59), None),
    ],
)  # fmt: skip


def read(path: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(path)


def test_cells_keep_their_types_and_formats(tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    write_xlsx(path, [TYPED])
    sheet = read(path)["Åtgärder"]
    header = [c.value for c in sheet[1]]
    assert header == ["Åtgärd", "Antal", "Kostnad", "Klar senast", "Skapad", "Försenad"]
    assert all(c.font.b for c in sheet[1])
    title, count, cost, deadline, created, delayed = sheet[2]
    assert (title.value, title.data_type) == ("Stöd till butiken i Bredbyn", "s")
    assert count.value == 3 and count.data_type == "n"
    assert cost.value == 125_000 and cost.data_type == "n" and "kr" in cost.number_format
    assert cost.number_format == '#,##0 "kr"'
    assert deadline.value == dt.datetime(2026, 1, 31) and deadline.number_format == "yyyy-mm-dd"
    assert deadline.is_date
    assert created.value == dt.datetime(2026, 2, 1, 14, 30)
    assert created.number_format == "yyyy-mm-dd hh:mm"
    assert delayed.value == "Ja" and sheet["F3"].value == "Nej"
    assert sheet["C3"].value is None and sheet["D3"].value is None  # None: an empty cell
    assert sheet["C4"].value == 0 and sheet["F4"].value is None
    assert sheet["E4"].value == dt.datetime(2100, 12, 31, 23, 59)


def test_frozen_header_and_filter_over_the_data(tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    empty = Sheet("Tom", (Column("A"), Column("B")), [])
    write_xlsx(path, [TYPED, empty])
    book = read(path)
    assert book["Åtgärder"].freeze_panes == "A2"
    assert book["Åtgärder"].auto_filter.ref == "A1:F4"
    assert book["Tom"].freeze_panes == "A2" and book["Tom"].auto_filter.ref == "A1:B1"


def test_formula_looking_text_stays_text(tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    sheet = Sheet("Anteckningar", (Column("Text"),), [(text,) for text in FORMULA_LOOKING])
    write_xlsx(path, [sheet])
    cells = [row[0] for row in read(path)["Anteckningar"].iter_rows(min_row=2)]
    assert [c.value for c in cells] == list(FORMULA_LOOKING)
    assert {c.data_type for c in cells} == {"s"}  # never "f" (formula) or "n"


def test_widths_from_the_column_or_the_content_and_long_text_wrapped(tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    long = "Butiken i Bredbyn har svårt att få ekonomin att gå ihop. " * 20
    sheet = Sheet(
        "Bredd",
        (Column("Kod", width=6), Column("Kort"), Column("Lång text"), Column("Datum", K.DATE)),
        [("2284", "Bredbyn", long, dt.date(2026, 1, 1)), ("2482", "Kåge", "två\nrader", None)],
    )
    write_xlsx(path, [sheet])
    book = read(path)["Bredd"]
    widths = {letter: book.column_dimensions[letter].width for letter in "ABCD"}
    assert 6 <= widths["A"] < 7
    assert 8 <= widths["B"] < 10  # "Bredbyn" and a margin (the header "Kort" is shorter)
    assert MAX_WIDTH <= widths["C"] < MAX_WIDTH + 1  # capped
    assert 11 <= widths["D"] < 15
    assert book["C2"].alignment.wrap_text and book["C3"].alignment.wrap_text
    assert not book["B2"].alignment.wrap_text


def test_text_over_excels_limit_is_cut_with_a_marker(tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    huge = "Lång anteckning. " * 5_000  # 85,000 characters
    astral = "🙂" * 20_000  # 40,000 characters, 80,000 UTF-16 units
    fits = "x" * EXCEL_CELL_LIMIT
    write_xlsx(path, [Sheet("Långt", (Column("Text"),), [(huge,), (astral,), (fits,)])])
    sheet = read(path)["Långt"]
    cut = sheet["A2"].value
    assert len(cut) == EXCEL_CELL_LIMIT and cut.endswith("…") and huge.startswith(cut[:-1])
    emoji = sheet["A3"].value
    assert emoji.endswith("…") and len(emoji.encode("utf-16-le")) // 2 <= EXCEL_CELL_LIMIT
    assert sheet["A4"].value == fits  # exactly at the limit: whole


def test_characters_xml_cannot_hold_are_dropped(tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    dirty = "Möte\x00 i\x07 Bredbyn\x1b\ufffe\tkl. 10\r\nslut"
    write_xlsx(path, [Sheet("Ko\x01ntroll", (Column("Ti\x08tel"),), [(dirty,)])])
    sheet = read(path).worksheets[0]
    assert sheet.title == "Kontroll" and sheet["A1"].value == "Titel"
    assert sheet["A2"].value == "Möte i Bredbyn\tkl. 10\nslut"  # a line break is a line feed


@pytest.mark.parametrize(
    ("wanted", "expected"),
    [
        ("Åtgärder", "Åtgärder"),
        ("Plan 2025/2030: [utkast]*?", "Plan 2025-2030- -utkast---"),
        ("'Citerad'", "Citerad"),
        ("Ett mycket långt namn på ett kalkylblad", "Ett mycket långt namn på ett ka"),
        ("", "Blad"),
    ],
)
def test_sheet_names_excel_accepts(wanted: str, expected: str) -> None:
    name = sheet_name(wanted, set())
    assert name == expected and len(name) <= 31


def test_same_names_made_unique(tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    sheet = Sheet("Kommuner", (Column("A"),), [("x",)])
    write_xlsx(path, [sheet, sheet, Sheet("KOMMUNER", (Column("A"),), [])])
    assert read(path).sheetnames == ["Kommuner", "Kommuner (2)", "KOMMUNER (3)"]


@pytest.fixture
def own_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """XlsxWriter's temporary row files go here, so a test can see they are cleaned up."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder


def cancelling_after(steps: int) -> Progress:
    seen = 0
    progress: Progress

    def step(_done: int, _total: int) -> None:
        nonlocal seen
        seen += 1
        if seen >= steps:
            progress.cancel()

    progress = Progress(step)
    return progress


def test_cancel_leaves_no_file_and_keeps_an_older_one(tmp_path: Path, own_temp: Path) -> None:
    path = tmp_path / "export.xlsx"
    many = Sheet(
        "Många", (Column("Nr", K.INTEGER), Column("Text")), [(n, "rad") for n in range(5000)]
    )
    with pytest.raises(Cancelled):
        write_xlsx(path, [many], cancelling_after(2))
    assert list(tmp_path.glob("export.xlsx*")) == []
    write_xlsx(path, [TYPED])
    before = path.read_bytes()
    with pytest.raises(Cancelled):
        write_xlsx(path, [many, many], cancelling_after(3))
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("export")] == ["export.xlsx"]
    assert list(own_temp.iterdir()) == []  # no temporary row files left behind


def test_progress_counts_rows_up_to_the_end(tmp_path: Path) -> None:
    steps: list[tuple[int, int]] = []
    many = Sheet("Många", (Column("Nr", K.INTEGER),), [(n,) for n in range(2500)])
    write_xlsx(tmp_path / "export.xlsx", [many, TYPED], Progress(lambda d, t: steps.append((d, t))))
    assert steps[-1] == (2504, 2504)
    assert [d for d, _ in steps] == sorted(d for d, _ in steps) and len(steps) >= 3


def test_a_database_exported_has_one_typed_sheet_per_kind(store: Database, tmp_path: Path) -> None:
    with store.session() as s:
        plan = plans.create_plan(
            s, "2284", plans.PlanInput("Serviceplan 2025–2030", 2025, 2030), "Anna"
        )
        actions.add_action(
            s,
            plan.id,
            actions.ActionInput(
                "Stöd till butiken", deadline=dt.date(2026, 1, 31), cost_sek=12_500
            ),
        )
        body = '=HYPERLINK("http://example.com";"klicka")\nÅ Ä Ö; "citat"'
        notes.create_note(s, "2284", notes.NoteInput(body, concerns_date=dt.date(2026, 2, 1)))
        sheets = export_sheets(s, ExportScope(), dt.date(2026, 6, 1))
    path = tmp_path / "Servicepunkt.xlsx"
    write_xlsx(path, sheets)
    book = read(path)
    assert book.sheetnames == [SHEET_NAMES[kind] for kind in TableKind]
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref
    assert book["Kommuner"].max_row == 291
    action = list(book["Åtgärder"][2])
    titles = [c.value for c in book["Åtgärder"][1]]
    cost = action[titles.index("Kostnad")]
    assert cost.value == 12_500 and cost.data_type == "n" and "kr" in cost.number_format
    deadline = action[titles.index("Klar senast")]
    assert isinstance(deadline.value, dt.datetime) and deadline.number_format == "yyyy-mm-dd"
    assert action[titles.index("Försenad")].value == "Ja"
    note = book["Anteckningar"][2]
    titles = [c.value for c in book["Anteckningar"][1]]
    text = note[titles.index("Text")]
    assert text.value == body and text.data_type == "s"
    assert note[titles.index("Datum")].value == dt.datetime(2026, 2, 1)
    assert isinstance(note[titles.index("Skapad")].value, dt.datetime)


def test_dates_as_excel_day_numbers_also_at_the_edges(tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    days = [dt.date(1900, 3, 1), dt.date(2026, 12, 31), dt.date(1900, 1, 15), dt.date(1, 1, 1)]
    moments = [dt.datetime(1900, 3, 1, 0, 1), dt.datetime(2026, 6, 30, 23, 59, 59)]
    sheet = Sheet(
        "Datum",
        (Column("Dag", K.DATE), Column("Tid", K.DATETIME)),
        [(day, moments[i] if i < len(moments) else None) for i, day in enumerate(days)]
        + [(dt.datetime(2026, 5, 4, 13, 0), dt.date(2026, 5, 4)), ("inte ett datum", 7)],
    )
    write_xlsx(path, [sheet])  # never an error, whatever the date
    cells = read(path)["Datum"]
    assert cells["A2"].value == dt.datetime(1900, 3, 1)
    assert cells["A3"].value == dt.datetime(2026, 12, 31)
    assert cells["B2"].value == dt.datetime(1900, 3, 1, 0, 1)
    assert cells["B3"].value == dt.datetime(2026, 6, 30, 23, 59, 59)
    assert cells["A4"].value == dt.datetime(1900, 1, 15)
    assert cells["A5"].value == "0001-01-01"  # before Excel's first day: as text
    assert cells["A6"].value == dt.datetime(2026, 5, 4)  # a date column shows the day
    assert cells["B6"].value == dt.datetime(2026, 5, 4)
    assert (cells["A7"].value, cells["B7"].value) == ("inte ett datum", "7")  # as text
