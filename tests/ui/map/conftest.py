"""The map panel on its own, on a temporary database, with the window's write path and hub."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core.db import Database
from servicepunkt_gui.store import open_store
from servicepunkt_gui.ui.common.change_hub import ChangeHub
from servicepunkt_gui.ui.common.context import WindowContext
from servicepunkt_gui.ui.common.forms import FormRegistry
from servicepunkt_gui.ui.common.write_path import WritePath
from servicepunkt_gui.ui.map import MapPanel
from servicepunkt_gui.ui.map.map_canvas import MapCanvas

# 1366×768 less the window's title, menu bar, tab bar and status bar.
PANEL_SIZE = (1366, 660)


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    database = open_store(db_path)
    yield database
    database.close()


@pytest.fixture
def context(database: Database) -> WindowContext:
    hub = ChangeHub()
    return WindowContext(
        writes=WritePath(database, hub), hub=hub, forms=FormRegistry(), author=lambda: "Anna"
    )


@pytest.fixture
def panel(qtbot: QtBot, context: WindowContext) -> MapPanel:
    panel = MapPanel(context)
    qtbot.addWidget(panel)
    panel.resize(*PANEL_SIZE)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: len(panel.canvas.looks()) == 290)
    return panel


def inner_point(canvas: MapCanvas, code: str) -> QPointF:
    """Where the municipality's inner point is on the canvas."""
    x, y = canvas.geometry_.sweden.shape(code).inner_point
    return canvas.to_widget(x, y)


def pixel(image: QImage, point: QPointF) -> QColor:
    return image.pixelColor(QPoint(round(point.x()), round(point.y())))
