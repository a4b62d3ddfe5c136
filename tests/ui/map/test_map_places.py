"""Service places on the map: symbols by kind, filtered by service, hover and click."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from servicepunkt_gui.core import changes
from servicepunkt_gui.core.changes import RecordKind
from servicepunkt_gui.core.place_models import ServicePlace
from servicepunkt_gui.ui.shell.main_window import MAP_TAB, MainWindow
from servicepunkt_gui.ui.shell.municipality_page import PLACES_TAB
from tests.ui.conftest import OpenWindow

SORSELE = "2422"


def _add_places(window: MainWindow) -> None:
    def add(session: Session) -> None:
        session.add_all(
            [
                ServicePlace(
                    municipality_code=SORSELE,
                    name="Ammarnäs Livs",
                    kind="grocery_store",
                    services="groceries_full pharmacy_agent",
                    latitude=65.958,
                    longitude=16.207,
                ),
                ServicePlace(
                    municipality_code=SORSELE,
                    name="Servicepunkt Gargnäs",
                    kind="service_point",
                    services="parcel_agent information",
                    latitude=65.30,
                    longitude=17.97,
                ),
                ServicePlace(municipality_code=SORSELE, name="Utan läge", kind="agent"),
            ]
        )
        changes.record(session, RecordKind.PLACE, SORSELE)

    window.context.writes.write(window, add)


def test_places_show_filter_describe_and_open(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path
) -> None:
    window = open_window(db_path)
    window.tabs.set_current_index(MAP_TAB)
    panel = window.map
    canvas = panel.canvas
    qtbot.waitUntil(lambda: len(canvas.looks()) == 290)
    assert canvas.places() == []
    _add_places(window)  # the map follows the change without being reopened
    qtbot.waitUntil(lambda: len(canvas.places()) == 2)
    assert panel.place_legend.counts() == {"grocery_store": 1, "service_point": 1}

    panel.set_place_filter("pharmacy_agent")  # "only places with apoteksombud"
    assert [p.name for p in canvas.places()] == ["Ammarnäs Livs"]
    ammarnas = canvas.places()[0]
    tip = panel.describe_place(ammarnas)
    assert "Ammarnäs Livs" in tip and "Sorsele" in tip
    panel.set_place_filter("none")
    assert canvas.places() == []
    panel.set_place_filter("all")

    # Zoomed in on Sorsele, a click on the symbol opens the place in its municipality.
    panel.canvas.fit(canvas.geometry_.boxes[SORSELE])
    at = canvas.to_widget(ammarnas.x, ammarnas.y)
    assert canvas.place_at(at) == ammarnas
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=at.toPoint())
    qtbot.waitUntil(lambda: window.detail.municipality is not None)
    assert window.detail.municipality is not None
    assert window.detail.municipality.code == SORSELE
    assert window.detail.tabs.current_index() == PLACES_TAB


def test_places_are_in_the_exported_picture(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path
) -> None:
    window = open_window(db_path)
    _add_places(window)
    window.tabs.set_current_index(MAP_TAB)
    canvas = window.map.canvas
    qtbot.waitUntil(lambda: len(canvas.places()) == 2)
    assert len(window.map.picture().places) == 2
