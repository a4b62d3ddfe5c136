"""Browsing the municipalities: search, filters, order, keyboard."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from servicepunkt_gui.resources import resource_path
from tests.ui.conftest import OpenWindow
from tests.ui.helpers import choose_municipality, search, shown_name, type_text, visible_names


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
