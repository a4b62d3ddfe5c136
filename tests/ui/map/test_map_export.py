"""The map saved as PNG and SVG (what is on screen, with its legend), a failed write
explained, and one municipality or county drawn without a widget for reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSize, QSizeF
from PySide6.QtGui import QGuiApplication, QImage
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core.map_status import MapStatus, Validity
from servicepunkt_gui.ui.common import colors
from servicepunkt_gui.ui.map import MapPanel
from servicepunkt_gui.ui.map.map_colors import ColourBy
from servicepunkt_gui.ui.map.map_export import LEGEND_WIDTH, render_map_image
from servicepunkt_gui.ui.map.map_paint import fit_transform, geometry_for, sweden_map
from tests.ui.conftest import DialogRecorder
from tests.ui.map.conftest import pixel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


def test_png_export_is_the_view_with_its_legend(
    qtbot: QtBot, panel: MapPanel, answers: DialogRecorder, tmp_path: Path
) -> None:
    answers.save_path = tmp_path / "karta"  # no suffix typed: it is added
    written = panel.export("png")
    assert written == tmp_path / "karta.png"
    image = QImage(str(written))
    assert not image.isNull()
    canvas = panel.canvas
    assert image.size() == QSize(canvas.width() + LEGEND_WIDTH, canvas.height())
    # What is on screen is what is in the file.
    screen = canvas.grab().toImage()
    for x, y in ((canvas.width() // 2, canvas.height() // 2), (10, 10), (300, 200)):
        assert image.pixelColor(x, y) == screen.pixelColor(x, y)
    assert not list(tmp_path.glob("*.partial"))


def test_svg_export_has_a_path_per_municipality(
    qtbot: QtBot, panel: MapPanel, answers: DialogRecorder, tmp_path: Path
) -> None:
    answers.save_path = tmp_path / "karta.svg"
    written = panel.export("svg")
    assert written == answers.save_path
    text = written.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text
    assert text.count("<path") >= 290


def test_a_failed_export_says_so(
    qtbot: QtBot, panel: MapPanel, answers: DialogRecorder, tmp_path: Path
) -> None:
    answers.save_path = tmp_path / "no such folder" / "karta.png"
    assert panel.export("png") is None
    title = QCoreApplication.translate("MapExport", "The map could not be saved")
    assert [t for t, _text in answers.errors] == [title]
    assert "karta.png" in answers.errors[0][1]

    answers.save_path = None  # cancelled: nothing written, nothing said
    assert panel.export("svg") is None
    assert len(answers.errors) == 1


def test_a_municipality_or_a_county_drawn_for_a_report(qapp: QGuiApplication) -> None:
    sweden = sweden_map()
    geometry = geometry_for(sweden)
    statuses = {
        "2506": MapStatus("2506", "pilot", "adopted", Validity.OVERDUE, True),
        "2584": MapStatus("2584", None, "draft", Validity.NO_PLAN, False),
    }
    size = QSize(400, 300)
    image = render_map_image(sweden, statuses, {"2506"}, size, colour_by=ColourBy.ROLE)
    assert image.size() == size
    transform = fit_transform(geometry.union({"2506"}), QSizeF(size))
    inner = transform.map(geometry.to_map(*sweden.shape("2506").inner_point))
    palette = QGuiApplication.palette()
    pilot = colors.MAP_ROLE_FILLS["pilot"].pick(palette)
    assert pixel(image, inner) == pilot

    # A county: its municipalities at full colour, the neighbours faded.
    county = {s.code for s in sweden.municipalities if s.county_code == "25"}
    image = render_map_image(sweden, statuses, county, QSize(300, 400), with_legend=True)
    assert image.size() == QSize(300 + LEGEND_WIDTH, 400)
    transform = fit_transform(geometry.union(county), QSizeF(300, 400))
    kiruna = transform.map(geometry.to_map(*sweden.shape("2584").inner_point))
    no_plan = colors.MAP_VALIDITY_FILLS["no_plan"].pick(palette)
    assert pixel(image, kiruna) == no_plan
    gallivare = transform.map(geometry.to_map(*sweden.shape("2523").inner_point))
    assert pixel(image, gallivare) == no_plan
