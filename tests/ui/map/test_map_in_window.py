"""The map tab in the real main window, linked to the list both ways (issue 14's "done")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from servicepunkt_gui.ui.shell.main_window import MAP_TAB, MUNICIPALITIES_TAB
from tests.ui.conftest import OpenWindow
from tests.ui.helpers import choose_municipality, search, shown_name
from tests.ui.map.conftest import inner_point

ARJEPLOG = "2506"


def test_clicking_arjeplog_on_the_map_opens_arjeplog(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path
) -> None:
    window = open_window(db_path)
    choose_municipality(qtbot, window, "Sorsele")
    window.tabs.set_current_index(MAP_TAB)
    canvas = window.map.canvas
    qtbot.waitUntil(lambda: len(canvas.looks()) == 290)
    assert canvas.highlighted() == "2422"  # the one chosen in the list is outlined
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=inner_point(canvas, ARJEPLOG).toPoint())
    qtbot.waitUntil(lambda: shown_name(window) == "Arjeplog")
    assert window.tabs.current_index() == MUNICIPALITIES_TAB
    assert window.master.current_code() == ARJEPLOG


def test_the_lists_filters_dim_what_they_hide(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path
) -> None:
    window = open_window(db_path)
    window.tabs.set_current_index(MAP_TAB)
    canvas = window.map.canvas
    qtbot.waitUntil(lambda: len(canvas.looks()) == 290)
    assert canvas.visible_codes() is None
    search(qtbot, window, "Arjeplog")
    qtbot.waitUntil(lambda: canvas.visible_codes() == {ARJEPLOG})
    window.master.search_edit.clear()
    qtbot.waitUntil(lambda: canvas.visible_codes() is None)
