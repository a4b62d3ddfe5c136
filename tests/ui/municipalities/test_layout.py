"""The municipality list stays readable: names whole, the splitter where the official put it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from math import ceil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF
from PySide6.QtWidgets import QApplication, QStyle, QTableView
from pytestqt.qtbot import QtBot

from servicepunkt_gui.ui.municipalities.list_view import fit_widths
from servicepunkt_gui.ui.municipalities.municipality_model import Column
from servicepunkt_gui.ui.shell.main_window import MainWindow
from servicepunkt_gui.ui.shell.municipality_page import PLAN_TAB
from tests.ui.conftest import DialogRecorder, OpenWindow
from tests.ui.helpers import add_note, choose_municipality, shown_name


def _margin(table: QTableView) -> int:
    """What the style puts around a cell's text, both sides (QCommonStyle's text margin)."""
    focus = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table)
    return 2 * (focus + 1)


def _cut(window: MainWindow, column: Column) -> list[str]:
    """The texts of ``column`` that do not fit in it (and are shown cut with "…")."""
    table = window.master.table
    metrics = QFontMetricsF(table.font())
    width = table.columnWidth(column) - _margin(table)
    model = window.master.model
    texts = {str(model.index(row, column).data() or "") for row in range(model.rowCount())}
    return sorted(t for t in texts if ceil(metrics.horizontalAdvance(t)) > width)


def _sized(qtbot: QtBot, window: MainWindow, width: int, height: int) -> None:
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.size().width() == width)
    qtbot.waitUntil(lambda: window.master.table.viewport().width() > 0)


@pytest.fixture
def large_font(qapp: QApplication) -> Iterator[QFont]:
    """A system font half as large again (a large-text setting)."""
    normal = qapp.font()
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * 1.5)
    qapp.setFont(large)
    yield large
    qapp.setFont(normal)


def test_the_splitter_stays_put_through_notes_and_twenty_municipalities(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    _sized(qtbot, window, 1366, 728)
    choose_municipality(qtbot, window, "Örnsköldsvik")
    sizes = window.splitter.sizes()
    assert _cut(window, Column.NAME) == []
    add_note(qtbot, window, "Möte om hemtjänstens bilar.", listed=1)
    notes = window.detail.notes
    notes.view.setCurrentIndex(notes.model.index(0, 0))  # open the saved note
    qtbot.waitUntil(lambda: notes.editor.note is not None)
    assert window.splitter.sizes() == sizes
    window.detail.tabs.set_current_index(PLAN_TAB)  # the plan tab is built once shown
    window.detail.tabs.set_current_index(0)
    assert window.splitter.sizes() == sizes
    # The longest names first: each a header in large type over the notes.
    window.master.search_edit.clear()
    model = window.master.model
    rows = sorted(range(model.rowCount()), key=lambda r: -len(model.municipality(r).name))
    for row in rows[:20]:
        name = model.municipality(row).name
        assert window.master.select_code(model.municipality(row).code)
        qtbot.waitUntil(lambda name=name: shown_name(window) == name)
        assert window.splitter.sizes() == sizes, name
    assert _cut(window, Column.NAME) == []
    # Neither side forces its width on the other: the official moves the splitter both ways.
    window.splitter.setSizes([sizes[0] - 120, sizes[1] + 120])
    assert window.splitter.sizes() == [sizes[0] - 120, sizes[1] + 120]
    handle = window.splitter.handle(1)
    centre = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseMove(handle, centre + QPoint(120, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=centre + QPoint(120, 0))
    qtbot.waitUntil(lambda: window.splitter.sizes() == sizes)


def test_names_are_whole_and_large_note_counts_readable_at_1366(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path
) -> None:
    window = open_window(db_path)
    _sized(qtbot, window, 1366, 728)
    assert _cut(window, Column.NAME) == []
    # A municipality with 12 345 notes (as the change hub would bring it).
    master = window.master
    eda_row = master.model.row_for_code("1730")
    assert eda_row is not None
    eda = master.model.municipality(eda_row)
    master.update_municipality(replace(eda, note_count=12345))
    row = master.model.row_for_code("1730")
    assert row is not None
    assert master.model.index(row, Column.NOTES).data() == "12\N{NO-BREAK SPACE}345"
    for column in (Column.NAME, Column.NOTES, Column.MINE):
        assert _cut(window, column) == [], column
    # The list fits in its side: no sideways scrolling.
    header = master.table.horizontalHeader()
    assert header.length() <= master.table.viewport().width()


def test_county_and_role_are_whole_at_1920(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path
) -> None:
    window = open_window(db_path)
    _sized(qtbot, window, 1920, 1040)
    for column in Column:
        assert _cut(window, column) == [], column


def test_with_a_large_font_names_stay_whole(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, large_font: QFont
) -> None:
    window = open_window(db_path)
    _sized(qtbot, window, 1920, 1040)
    table = window.master.table
    assert table.font().pointSizeF() == large_font.pointSizeF()
    for column in Column:
        assert _cut(window, column) == [], column
    # At 1366 the county and role give way, never the name; the wide note editor in the
    # large font scrolls on its side instead of pushing the splitter.
    _sized(qtbot, window, 1366, 728)
    window.splitter.setSizes([480, 866])
    sizes = window.splitter.sizes()
    for name in ("Ale", "Upplands Väsby", "Örnsköldsvik"):
        choose_municipality(qtbot, window, name)
        window.detail.new_note()
        assert window.splitter.sizes() == sizes, name
        assert _cut(window, Column.NAME) == []
    assert _cut(window, Column.NOTES) == []
    # The rows are as tall as the font.
    assert table.verticalHeader().defaultSectionSize() >= QFontMetrics(large_font).height()


def test_the_header_texts_fit_their_columns(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path
) -> None:
    window = open_window(db_path)
    _sized(qtbot, window, 1366, 728)
    header = window.master.table.horizontalHeader()
    for column in Column:
        assert header.sectionSize(column) >= header.sectionSizeFromContents(column).width()


def test_narrow_lists_give_way_in_order() -> None:
    natural = [20, 120, 110, 80, 120, 60, 40]  # 550 in all
    minimum = [20, 120, 40, 40, 60, 60, 40]
    groups = [[2, 3], [4]]
    assert fit_widths(600, natural, minimum, 1, groups) == [20, 170, 110, 80, 120, 60, 40]
    # 40 too many: county and role give it, in proportion to what each can give.
    widths = fit_widths(510, natural, minimum, 1, groups)
    assert sum(widths) == 510 and widths[1] == 120 and widths[4] == 120
    assert widths[2] < 110 and widths[3] < 80
    # Far too narrow: county and role at their least, then the stage; the name never.
    widths = fit_widths(300, natural, minimum, 1, groups)
    assert widths == [20, 120, 40, 40, 60, 60, 40]
