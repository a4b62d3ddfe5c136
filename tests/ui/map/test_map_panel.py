"""The map tab: clicks open the right municipality, colours follow the data, the list's
selection and filters show on it, the wheel and the keyboard move it, it fits a laptop."""

from __future__ import annotations

import datetime as dt
import html
import re

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QHelpEvent, QImage, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core import plans
from servicepunkt_gui.core.vocabulary import PlanStage
from servicepunkt_gui.ui.common import colors
from servicepunkt_gui.ui.common.context import WindowContext
from servicepunkt_gui.ui.common.labels import stage_label
from servicepunkt_gui.ui.map import MapPanel
from servicepunkt_gui.ui.map.map_colors import ColourBy
from tests.ui.map.conftest import inner_point, pixel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")
TODAY = dt.date.today()
ARJEPLOG, KIRUNA, STOCKHOLM = "2506", "2584", "0180"


def _click(qtbot: QtBot, panel: MapPanel, code: str) -> list[object]:
    canvas = panel.canvas
    where = inner_point(canvas, code)
    with qtbot.waitSignal(panel.municipality_chosen) as chosen:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=where.toPoint())
    return list(chosen.args)


@pytest.mark.parametrize(
    "code",
    [
        ARJEPLOG,
        KIRUNA,
        "1280",  # Malmö
        "1480",  # Göteborg
        "0980",  # Gotland
        "2380",  # Östersund
        "0880",  # Kalmar
    ],
)
def test_a_click_on_a_municipality_chooses_it(qtbot: QtBot, panel: MapPanel, code: str) -> None:
    assert _click(qtbot, panel, code) == [code]
    assert panel.canvas.highlighted() == code


def test_small_municipalities_are_clicked_after_zooming_to_their_county(
    qtbot: QtBot, panel: MapPanel
) -> None:
    panel.county_combo.setCurrentIndex(panel.county_combo.findData("01"))
    before = panel.canvas.transform().m11()
    qtbot.mouseClick(panel.zoom_county_button, Qt.MouseButton.LeftButton)
    assert panel.canvas.transform().m11() > 3 * before
    for code in (STOCKHOLM, "0114", "0184"):  # Stockholm, Upplands Väsby, Solna
        assert _click(qtbot, panel, code) == [code]
    qtbot.mouseClick(panel.show_all_button, Qt.MouseButton.LeftButton)
    assert panel.canvas.transform().m11() == pytest.approx(before)


def test_the_sea_chooses_nothing(qtbot: QtBot, panel: MapPanel) -> None:
    with qtbot.assertNotEmitted(panel.municipality_chosen):
        qtbot.mouseClick(panel.canvas, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))


def test_colours_follow_data_changes(qtbot: QtBot, panel: MapPanel, context: WindowContext) -> None:
    panel.set_colour_by(ColourBy.VALIDITY)
    canvas = panel.canvas
    where = inner_point(canvas, ARJEPLOG)
    no_plan = colors.MAP_VALIDITY_FILLS["no_plan"].pick(panel.palette())
    assert pixel(canvas.grab().toImage(), where) == no_plan
    plan = plans.PlanInput("Arjeplogs serviceplan", TODAY.year, TODAY.year + 4)
    context.writes.write(
        None, lambda s: plans.create_plan(s, ARJEPLOG, plan, "Anna", stage=PlanStage.ADOPTED)
    )
    current = colors.MAP_VALIDITY_FILLS["current"].pick(panel.palette())
    qtbot.waitUntil(lambda: pixel(canvas.grab().toImage(), where) == current)
    assert panel.legend.counts() == {"current": 1, "no_plan": 289}

    # The same data coloured by stage: the overview chart's colour for "adopted".
    panel.set_colour_by(ColourBy.STAGE)
    adopted = colors.stage_fill(PlanStage.ADOPTED, panel.palette())
    assert pixel(canvas.grab().toImage(), where) == adopted
    assert panel.legend.mode() is ColourBy.STAGE


def test_the_list_s_selection_and_filters_show_on_the_map(qtbot: QtBot, panel: MapPanel) -> None:
    canvas = panel.canvas
    before = canvas.grab().toImage()
    panel.highlight(ARJEPLOG)
    assert canvas.highlighted() == ARJEPLOG
    after = canvas.grab().toImage()
    box = canvas.transform().mapRect(canvas.geometry_.boxes[ARJEPLOG]).toAlignedRect()
    changed = _changed_pixels(before, after)
    assert changed and all(box.adjusted(-5, -5, 5, 5).contains(p) for p in changed)

    # Filtered out in the list: faded, the one the list shows keeps its colour.
    fill = colors.MAP_VALIDITY_FILLS["no_plan"].pick(panel.palette())
    panel.set_visible_codes({ARJEPLOG})
    image = canvas.grab().toImage()
    assert pixel(image, inner_point(canvas, ARJEPLOG)) == fill
    faded = colors.map_dimmed(fill, panel.palette())
    assert pixel(image, inner_point(canvas, KIRUNA)) == faded
    assert panel.legend.counts() == {"no_plan": 1}
    panel.set_visible_codes(None)
    assert pixel(canvas.grab().toImage(), inner_point(canvas, KIRUNA)) == fill
    panel.highlight(None)
    assert canvas.highlighted() is None


def _changed_pixels(a: QImage, b: QImage) -> list[QPoint]:
    return [
        QPoint(x, y)
        for y in range(0, a.height(), 2)
        for x in range(0, a.width(), 2)
        if a.pixel(x, y) != b.pixel(x, y)
    ]


def test_the_wheel_zooms_around_the_pointer(qtbot: QtBot, panel: MapPanel) -> None:
    canvas = panel.canvas
    at = inner_point(canvas, KIRUNA)
    place = canvas.to_sweref(at)
    scale = canvas.transform().m11()
    event = QWheelEvent(
        at,
        canvas.mapToGlobal(at),
        QPoint(),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(canvas, event)
    assert canvas.transform().m11() == pytest.approx(scale * 1.25**2)
    still = canvas.to_widget(*place)
    assert abs(still.x() - at.x()) < 0.01 and abs(still.y() - at.y()) < 0.01


def test_a_drag_pans_and_chooses_nothing(qtbot: QtBot, panel: MapPanel) -> None:
    canvas = panel.canvas
    start = inner_point(canvas, ARJEPLOG).toPoint()
    dx = canvas.transform().dx()
    with qtbot.assertNotEmitted(panel.municipality_chosen):
        qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
        for step in range(1, 6):
            move = start + QPoint(20 * step, 0)
            QApplication.sendEvent(
                canvas,
                _mouse(QEvent.Type.MouseMove, move, Qt.MouseButton.NoButton),
            )
        qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=start + QPoint(100, 0))
    assert canvas.transform().dx() == pytest.approx(dx + 100)


def _mouse(kind: QEvent.Type, pos: QPoint, button: Qt.MouseButton) -> QMouseEvent:
    return QMouseEvent(
        kind,
        QPointF(pos),
        QPointF(pos),
        button,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )


def test_the_keyboard_pans_zooms_and_goes_through_municipalities(
    qtbot: QtBot, panel: MapPanel
) -> None:
    canvas = panel.canvas
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    scale, dx, dy = canvas.transform().m11(), canvas.transform().dx(), canvas.transform().dy()
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.transform().m11() == pytest.approx(scale * 1.5)
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    assert canvas.transform().m11() == pytest.approx(scale)
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert canvas.transform().dx() == pytest.approx(dx + canvas.width() * 0.1)
    qtbot.keyClick(canvas, Qt.Key.Key_Up)
    assert canvas.transform().dy() == pytest.approx(dy + canvas.height() * 0.1)
    qtbot.keyClick(canvas, Qt.Key.Key_0)
    assert canvas.transform().dx() == pytest.approx(dx)

    # Tab: Swedish alphabetical order, as the list; Shift+Tab back; Enter opens.
    names = canvas.geometry_.names
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    assert names[str(canvas.focused_code())] == "Ale"
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    assert names[str(canvas.focused_code())] == "Alingsås"
    assert "Alingsås" in canvas.accessibleDescription()
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    qtbot.keyClick(canvas, Qt.Key.Key_Backtab)
    assert names[str(canvas.focused_code())] == "Alingsås"
    with qtbot.waitSignal(panel.municipality_chosen) as chosen:
        qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert chosen.args == ["1489"]
    assert canvas.hasFocus()
    order = canvas.tab_order()
    assert [names[c] for c in order[-3:]] == ["Östra Göinge", "Överkalix", "Övertorneå"]

    # Only those the list shows, and past the last Tab leaves the map.
    panel.set_visible_codes({ARJEPLOG, KIRUNA})
    canvas.set_focused_code(ARJEPLOG)
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    assert canvas.focused_code() == KIRUNA
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not canvas.hasFocus())


def test_hover_tells_name_and_stage_as_plain_text(qtbot: QtBot, panel: MapPanel) -> None:
    canvas = panel.canvas
    pos = inner_point(canvas, ARJEPLOG).toPoint()
    QApplication.sendEvent(canvas, QHelpEvent(QEvent.Type.ToolTip, pos, canvas.mapToGlobal(pos)))
    qtbot.waitUntil(QToolTip.isVisible)
    text = html.unescape(re.sub(r"<[^>]+>", "", QToolTip.text()))
    assert text.splitlines()[:2] == ["Arjeplog", stage_label("no_plan")]
    assert "pre-wrap" in QToolTip.text()  # plain_tooltip: escaped, never read as HTML


def test_usable_on_a_laptop_screen(panel: MapPanel) -> None:
    canvas = panel.canvas
    assert canvas.width() >= 500 and canvas.height() >= 450
    legend = panel.legend.geometry()
    assert legend.left() >= canvas.geometry().right()  # beside the map, not over it
    assert QRect(0, 0, panel.width(), panel.height()).contains(legend)
    assert panel.minimumSizeHint().width() <= 1366
    for widget in (panel.colour_combo, panel.county_combo, panel.zoom_county_button):
        assert widget.accessibleName()
    assert panel.county_combo.count() == 21


def test_a_dark_palette_recolours_the_map(qtbot: QtBot, panel: MapPanel) -> None:
    from servicepunkt_gui.ui.shell.appearance import fusion_palette

    canvas = panel.canvas
    where = inner_point(canvas, ARJEPLOG)
    panel.setPalette(fusion_palette(dark=True))
    dark = colors.MAP_VALIDITY_FILLS["no_plan"].dark
    qtbot.waitUntil(lambda: pixel(canvas.grab().toImage(), where).name() == dark)
    assert panel.canvas.looks()[ARJEPLOG].fill.color().name() == dark
