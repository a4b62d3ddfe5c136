"""Browsing the municipalities: search, filters, order, keyboard."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core.municipalities import MunicipalityRow, set_mine
from servicepunkt_gui.core.notes import NoteInput, create_note
from servicepunkt_gui.resources import resource_path
from servicepunkt_gui.store import open_store
from servicepunkt_gui.ui.municipalities.municipality_model import Column
from servicepunkt_gui.ui.shell.main_window import MainWindow
from tests.ui.conftest import DialogRecorder, OpenWindow
from tests.ui.helpers import (
    add_note,
    choose_municipality,
    save_note,
    search,
    shown_name,
    type_text,
    visible_names,
    write_note,
)


def _reference_rows() -> list[dict[str, str]]:
    with resource_path("data", "municipalities.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_all_290_municipalities_are_listed_and_counted(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path
) -> None:
    window = open_window(db_path)
    assert len(visible_names(window)) == 290
    assert sorted(visible_names(window)) == sorted(
        r["municipality_name_short"] for r in _reference_rows()
    )
    assert window.count_label.text() == "Visar 290 av 290 kommuner"


def test_search_ignores_case_and_diacritics_and_finds_codes(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path
) -> None:
    window = open_window(db_path)
    for query in ("ornskoldsvik", "Örnsköldsvik", "ÖRNSKÖLDSVIK", "2284"):
        search(qtbot, window, query)
        assert visible_names(window) == ["Örnsköldsvik"], query
    assert window.count_label.text() == "Visar 1 av 290 kommuner"
    search(qtbot, window, "malmo")
    assert visible_names(window) == ["Malmö"]
    search(qtbot, window, "nothing like this")
    assert visible_names(window) == []


def test_list_is_in_swedish_alphabetical_order(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path
) -> None:
    window = open_window(db_path)
    names = visible_names(window)
    assert names[-3:] == ["Östra Göinge", "Överkalix", "Övertorneå"]
    # No municipality starts with Z, so Y is the last plain letter.
    last_y = max(i for i, n in enumerate(names) if n.startswith("Y"))
    first_a_ring = min(i for i, n in enumerate(names) if n.startswith("Å"))
    first_a_umlaut = min(i for i, n in enumerate(names) if n.startswith("Ä"))
    first_o_umlaut = min(i for i, n in enumerate(names) if n.startswith("Ö"))
    assert last_y < first_a_ring < first_a_umlaut < first_o_umlaut


def test_county_and_role_filters(qtbot: QtBot, open_window: OpenWindow, db_path: Path) -> None:
    window = open_window(db_path)
    master = window.master
    norrbotten = [r for r in _reference_rows() if r["county_code"] == "25"]
    master.county_combo.setCurrentIndex(master.county_combo.findText("Norrbottens län"))
    assert len(visible_names(window)) == len(norrbotten)

    master.role_combo.setCurrentIndex(master.role_combo.findText("Pilotkommuner"))
    assert visible_names(window) == ["Arjeplog"]
    master.role_combo.setCurrentIndex(master.role_combo.findText("Ambassadörskommuner"))
    assert visible_names(window) == ["Boden"]

    master.county_combo.setCurrentIndex(master.county_combo.findText("Alla län"))
    master.role_combo.setCurrentIndex(master.role_combo.findText("Pilotkommuner"))
    assert len(visible_names(window)) == 15
    master.role_combo.setCurrentIndex(master.role_combo.findText("Pilot- och ambassadörskommuner"))
    assert len(visible_names(window)) == 20
    master.role_combo.setCurrentIndex(master.role_combo.findText("Ej med i programmet"))
    assert len(visible_names(window)) == 270
    assert window.count_label.text() == "Visar 270 av 290 kommuner"


def test_detail_shows_facts_and_programme_role(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path
) -> None:
    window = open_window(db_path)
    choose_municipality(qtbot, window, "Kalmar")
    detail = window.detail
    assert detail.header.name_label.text() == "Kalmar"
    assert detail.header.facts_label.text() == "Kommunkod 0880 · Kalmar län"
    role = detail.header.role_label.text()
    assert role.startswith("Pilotkommun i Tillväxtverkets program")
    assert "Pilotkommuner för serviceutveckling" in role and "2012–2015" in role
    assert "Södermöre kommundelsnämnd" in role

    choose_municipality(qtbot, window, "Malå")
    assert "Norsjö/Malå/Skellefteå" in detail.header.role_label.text()
    choose_municipality(qtbot, window, "Ale")
    assert detail.header.role_label.text().startswith("Deltog inte i Tillväxtverkets program")


def test_keyboard_only_navigation(qtbot: QtBot, open_window: OpenWindow, db_path: Path) -> None:
    window = open_window(db_path)
    window.detail.notes.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.master.search_edit)

    type_text(window.master.search_edit, "ånge")
    assert visible_names(window) == ["Borlänge", "Ånge", "Ängelholm"]
    # Enter takes the hit whose name starts with what was typed.
    qtbot.keyClick(window.master.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shown_name(window) == "Ånge")
    assert QApplication.focusWidget() is window.master.table
    qtbot.keyClick(window.master.table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: shown_name(window) == "Ängelholm")

    window.master.search_edit.clear()
    qtbot.keyClick(window.master.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: shown_name(window) == "Ale")
    qtbot.keyClick(window.master.table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: shown_name(window) == "Alingsås")


def test_filter_hiding_the_chosen_municipality_keeps_it_on_show(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path
) -> None:
    window = open_window(db_path)
    choose_municipality(qtbot, window, "Eda")
    search(qtbot, window, "Umeå")
    assert visible_names(window) == ["Umeå"]
    assert shown_name(window) == "Eda"


# -- order: any column, both ways, "mine" first ------------------------------------------


def _click_header(qtbot: QtBot, window: MainWindow, column: Column) -> None:
    header = window.master.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def _column(window: MainWindow, column: Column) -> list[str]:
    proxy = window.master.proxy
    return [str(proxy.index(row, column).data() or "") for row in range(proxy.rowCount())]


def _row(window: MainWindow, row: int) -> MunicipalityRow:
    master = window.master
    return master.model.municipality(master.proxy.mapToSource(master.proxy.index(row, 0)).row())


def _prepare(
    db_path: Path, mine: tuple[str, ...] = (), notes_per: dict[str, int] | None = None
) -> None:
    database = open_store(db_path)
    with database.session() as session:
        for code in mine:
            set_mine(session, code, True)
        for code, count in (notes_per or {}).items():
            for number in range(count):
                create_note(session, code, NoteInput(f"Anteckning {number}"))
    database.close()


def test_clicking_a_column_header_sorts_by_it_both_ways(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path
) -> None:
    _prepare(db_path)
    window = open_window(db_path)
    ascending = visible_names(window)
    _click_header(qtbot, window, Column.NAME)
    assert visible_names(window) == ascending[::-1]
    assert visible_names(window)[:3] == ["Övertorneå", "Överkalix", "Östra Göinge"]
    _click_header(qtbot, window, Column.NAME)
    assert visible_names(window) == ascending

    # By county (in the order of the county codes), Swedish order by name within each.
    _click_header(qtbot, window, Column.COUNTY)
    county_of = {r["municipality_name_short"]: r["county_code"] for r in _reference_rows()}
    names = visible_names(window)
    expected = sorted(names, key=lambda n: (county_of[n], ascending.index(n)))
    assert names == expected
    assert names[0] == "Botkyrka"  # Stockholms län (01) first
    _click_header(qtbot, window, Column.COUNTY)
    assert visible_names(window) == expected[::-1]

    # Every column sorts, and each way is the other reversed (names break ties).
    for column in (Column.ROLE, Column.STAGE, Column.PROGRESS, Column.NOTES, Column.MINE):
        _click_header(qtbot, window, column)
        one_way = visible_names(window)
        _click_header(qtbot, window, column)
        assert visible_names(window) == one_way[::-1], column
        assert sorted(one_way) == sorted(ascending)

    # By programme role: the 15 pilots, the 5 ambassadors, the rest; by name within each.
    window.master.table.sortByColumn(Column.ROLE, Qt.SortOrder.AscendingOrder)
    names = visible_names(window)
    roles = [_row(window, row).role for row in range(len(names))]
    assert roles == ["pilot"] * 15 + ["ambassador"] * 5 + [None] * 270
    for first, last in ((0, 15), (15, 20), (20, 290)):
        assert names[first:last] == [n for n in ascending if n in names[first:last]]


def test_mine_first_whichever_way_the_list_is_sorted(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path
) -> None:
    _prepare(db_path, mine=("0509", "2580"))  # Ödeshög, Luleå
    window = open_window(db_path)
    assert visible_names(window)[:3] == ["Luleå", "Ödeshög", "Ale"]
    assert _column(window, Column.MINE)[:3] == ["★", "★", ""]
    _click_header(qtbot, window, Column.NAME)
    assert visible_names(window)[:4] == ["Ödeshög", "Luleå", "Övertorneå", "Överkalix"]
    window.master.mine_first_check.setChecked(False)
    assert visible_names(window)[:2] == ["Övertorneå", "Överkalix"]
    names = visible_names(window)
    assert names[names.index("Örebro") + 1 : names.index("Öckerö")] == ["Ödeshög"]
    window.master.mine_first_check.setChecked(True)
    _click_header(qtbot, window, Column.NAME)
    assert visible_names(window)[:3] == ["Luleå", "Ödeshög", "Ale"]


def test_a_changed_row_moves_to_its_place_and_stays_chosen(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    _prepare(db_path, notes_per={"1485": 2, "0127": 1})  # Uddevalla 2, Botkyrka 1
    window = open_window(db_path)
    _click_header(qtbot, window, Column.NOTES)  # most notes first
    assert visible_names(window)[:3] == ["Uddevalla", "Botkyrka", "Ale"]
    window.master.select_code("0127")
    qtbot.waitUntil(lambda: shown_name(window) == "Botkyrka")
    add_note(qtbot, window, "Möte med byalaget.", listed=2)
    window.detail.notes.new_note()
    add_note(qtbot, window, "Uppföljning av mötet.", listed=3)
    qtbot.waitUntil(lambda: visible_names(window)[:2] == ["Botkyrka", "Uddevalla"])
    assert _column(window, Column.NOTES)[:2] == ["3", "2"]
    current = window.master.table.currentIndex()
    assert current.row() == 0 and window.master.current_code() == "0127"
    assert window.master.table.selectionModel().isRowSelected(0)

    # Marked as mine (mine first): to the top; unmarked: back among the others.
    window.master.select_code("1485")
    qtbot.waitUntil(lambda: shown_name(window) == "Uddevalla")
    qtbot.mouseClick(window.detail.header.mine_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: visible_names(window)[0] == "Uddevalla")
    assert window.master.table.currentIndex().row() == 0
    qtbot.mouseClick(window.detail.header.mine_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: visible_names(window)[:2] == ["Botkyrka", "Uddevalla"])
    assert window.master.table.currentIndex().row() == 1
    assert shown_name(window) == "Uddevalla"


def test_a_municipality_page_is_laid_out_before_it_is_painted(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path
) -> None:
    """Painted once, finished, not once per level of layouts (each pass repainted the page)."""
    window = open_window(db_path)
    window.resize(1280, 760)
    window.splitter.setSizes([620, 720])
    window.master.select_code("2482")  # Skellefteå: three lines about the programme
    qtbot.waitUntil(lambda: shown_name(window) == "Skellefteå")
    qtbot.wait(100)
    page = window.detail
    painted: list[int] = []  # the area of each paint of the page, in pixels

    class Paints(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if watched is page and isinstance(event, QPaintEvent):
                painted.append(event.rect().width() * event.rect().height())
            return False

    paints = Paints()
    QApplication.instance().installEventFilter(paints)
    try:
        window.master.select_code("1730")  # Eda: not in the programme, one line
        qtbot.wait(200)
    finally:
        QApplication.instance().removeEventFilter(paints)
    assert shown_name(window) == "Eda"
    # The whole page once (a selectable label may repaint its own line after).
    area = page.width() * page.height()
    assert painted and painted[0] >= 0.9 * area
    assert sum(painted) < 1.2 * area, painted


def test_a_saved_note_repaints_only_its_row_of_the_list(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    """The list re-reads that municipality's row and repaints it, not all 290 again."""
    window = open_window(db_path)
    choose_municipality(qtbot, window, "Eda")
    window.master.search_edit.clear()
    window.master.select_code("1730")
    qtbot.wait(100)
    viewport = window.master.table.viewport()
    painted: list[int] = []

    class Paints(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if watched is viewport and isinstance(event, QPaintEvent):
                painted.append(event.rect().height())
            return False

    write_note(qtbot, window, "Möte med byalaget i Koppom.")
    qtbot.wait(100)
    paints = Paints()
    QApplication.instance().installEventFilter(paints)
    try:
        save_note(qtbot, window)
        row = visible_names(window).index("Eda")
        qtbot.waitUntil(lambda: _column(window, Column.NOTES)[row] == "1")
        qtbot.wait(100)
    finally:
        QApplication.instance().removeEventFilter(paints)
    row_height = window.master.table.rowHeight(0)
    assert painted and sum(painted) <= 2 * row_height, (painted, row_height)


def test_down_from_the_search_field_goes_to_the_first_hit(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path
) -> None:
    window = open_window(db_path)
    choose_municipality(qtbot, window, "Kalmar")
    search(qtbot, window, "sala")  # Sala, Salem, … and Kalmar is no longer listed
    first = visible_names(window)[0]
    qtbot.keyClick(window.master.search_edit, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: shown_name(window) == first)
    assert QApplication.focusWidget() is window.master.table


def test_the_stage_filter_label_has_a_working_mnemonic(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path
) -> None:
    from PySide6.QtWidgets import QLabel

    window = open_window(db_path)
    [label] = [
        widget
        for widget in window.master.findChildren(QLabel)
        if widget.buddy() is window.master.stage_combo
    ]
    # Shown as "Skede:" with the "d" underlined ("k" is the Kommun menu's).
    assert label.text() == "Ske&de:"
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(window.master.stage_combo.hasFocus)
