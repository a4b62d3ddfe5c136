"""Scrolling a long form with the wheel never changes the choice the pointer passes over."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from servicepunkt_gui.ui.common import wheel_guard


def _wheel_down(widget: QWidget) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_the_form_until_the_field_is_chosen(qtbot: QtBot) -> None:
    form = QWidget()
    layout = QVBoxLayout(form)
    combos = []
    for _ in range(30):
        combo = QComboBox()
        combo.addItems(["Planerad", "Ansökt", "Beviljad", "Återtagen"])
        layout.addWidget(combo)
        combos.append(combo)
    area = QScrollArea()
    area.setWidget(form)
    wheel_guard.guard(form)
    area.resize(300, 200)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    bar = area.verticalScrollBar()

    _wheel_down(combos[2])
    assert combos[2].currentIndex() == 0  # the choice is as it was
    assert bar.value() > 0  # and the form scrolled instead

    combos[2].setFocus()
    qtbot.waitUntil(combos[2].hasFocus)
    _wheel_down(combos[2])
    assert combos[2].currentIndex() == 1  # chosen: the wheel changes it, as Qt's own does
