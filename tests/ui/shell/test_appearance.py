"""Inställningar → Utseende: system, light or dark, saved, applied at once; views recolour."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core import plans
from servicepunkt_gui.core.vocabulary import NO_PLAN
from servicepunkt_gui.store import open_store
from servicepunkt_gui.ui.common import colors
from servicepunkt_gui.ui.municipalities.municipality_model import Column
from servicepunkt_gui.ui.overview.stage_chart import LABEL_WIDTH, ROW_HEIGHT
from servicepunkt_gui.ui.shell import appearance
from servicepunkt_gui.ui.shell.appearance import AppearanceDialog
from servicepunkt_gui.ui.shell.main_window import MainWindow
from servicepunkt_gui.ui.shell.preferences import Preferences
from tests.ui.conftest import OpenWindow

EDA = "1730"
Role = QPalette.ColorRole


@pytest.fixture(autouse=True)
def system_appearance_afterwards(qapp: QApplication) -> Iterator[None]:
    """The QApplication outlives the test: leave it as every other test expects it."""
    yield
    appearance.apply_appearance(qapp, appearance.SYSTEM)
    qapp.setPalette(QPalette())


def _overdue_plan(db_path: Path) -> None:
    """Eda's plan, whose follow-up was due in 2020: overdue as the list computes it."""
    database = open_store(db_path)
    try:
        with database.session() as session:
            plans.create_plan(
                session,
                EDA,
                plans.PlanInput("Serviceplan Eda", 2019, 2023, next_follow_up=dt.date(2020, 5, 1)),
                "Anna",
            )
    finally:
        database.close()


def _overdue_colour(window: MainWindow) -> QColor:
    model = window.master.model
    row = model.row_for_code(EDA)
    assert row is not None
    brush = model.index(row, Column.STAGE).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush), "Eda's plan is not shown as overdue"
    return brush.color()


def _choose(qtbot: QtBot, window: MainWindow, choice: str) -> AppearanceDialog:
    window.menu_actions["appearance"].trigger()
    dialog = window.findChild(AppearanceDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    radio = dialog.radio[choice]
    # On the round button itself: the rest of the row is not the button's to click.
    on_button = QPoint(6, radio.height() // 2)
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=on_button)
    assert radio.isChecked()
    return dialog


def _close(qtbot: QtBot, dialog: AppearanceDialog) -> None:
    with qtbot.waitSignal(dialog.destroyed):
        dialog.reject()


def test_choosing_dark_recolours_an_overdue_plan_in_the_list_and_light_brings_it_back(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, qapp: QApplication
) -> None:
    _overdue_plan(db_path)
    window = open_window(db_path)
    light = _overdue_colour(window)
    assert not colors.is_dark(qapp.palette())
    assert light == QColor(colors.DANGER.light)

    dialog = _choose(qtbot, window, appearance.DARK)
    qtbot.waitUntil(lambda: _overdue_colour(window) != light)
    dark = _overdue_colour(window)
    assert colors.is_dark(qapp.palette())
    assert dark == QColor(colors.DANGER.dark)
    for role in (Role.Base, Role.AlternateBase):
        assert colors.contrast_ratio(dark, qapp.palette().color(role)) >= 4.5
    assert Preferences().appearance == appearance.DARK
    _close(qtbot, dialog)

    dialog = _choose(qtbot, window, appearance.LIGHT)
    qtbot.waitUntil(lambda: _overdue_colour(window) == light)
    assert not colors.is_dark(qapp.palette())
    assert Preferences().appearance == appearance.LIGHT
    _close(qtbot, dialog)

    dialog = _choose(qtbot, window, appearance.SYSTEM)
    assert dialog.radio[appearance.SYSTEM].isChecked()
    assert Preferences().appearance == appearance.SYSTEM
    assert _overdue_colour(window) == light  # the test platform's system scheme is light


def test_a_palette_change_makes_the_views_take_the_new_colours(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, qapp: QApplication
) -> None:
    """As when the system switches to dark while the app runs (ApplicationPaletteChange)."""
    _overdue_plan(db_path)
    window = open_window(db_path)
    chart = window.overview.chart
    window.overview.refresh()
    meta = window.detail.notes.editor.meta_label
    error = window.detail.notes.editor.error_label

    def no_plan_pixel() -> QColor:
        # The middle of the national bar: 289 of 290 municipalities have no plan.
        bar_middle = LABEL_WIDTH + (chart.width() - LABEL_WIDTH) // 3
        return chart.grab().toImage().pixelColor(bar_middle, 4 + ROW_HEIGHT // 2)

    assert no_plan_pixel() == QColor(colors.STAGE_FILLS[NO_PLAN].light)
    dark = QPalette(QColor("#2b2b2b"))
    dark.setColor(Role.Window, QColor("#2b2b2b"))
    dark.setColor(Role.Base, QColor("#1e1e1e"))
    dark.setColor(Role.AlternateBase, QColor("#262626"))
    dark.setColor(Role.WindowText, QColor("#f0f0f0"))
    dark.setColor(Role.Text, QColor("#f0f0f0"))
    qapp.setPalette(dark)

    qtbot.waitUntil(lambda: _overdue_colour(window) == QColor(colors.DANGER.dark))
    qtbot.waitUntil(lambda: no_plan_pixel() == QColor(colors.STAGE_FILLS[NO_PLAN].dark))
    qtbot.waitUntil(lambda: error.palette().color(Role.WindowText) == QColor(colors.DANGER.dark))
    meta_text = meta.palette().color(Role.WindowText)
    assert colors.contrast_ratio(meta_text, QColor("#2b2b2b")) >= 4.5
    assert colors.relative_luminance(meta_text) > colors.relative_luminance(QColor("#2b2b2b"))

    qapp.setPalette(QPalette())
    qtbot.waitUntil(lambda: _overdue_colour(window) == QColor(colors.DANGER.light))
    qtbot.waitUntil(lambda: error.palette().color(Role.WindowText) == QColor(colors.DANGER.light))
    qtbot.waitUntil(lambda: no_plan_pixel() == QColor(colors.STAGE_FILLS[NO_PLAN].light))


def test_apply_appearance_gives_the_palette_asked_for(qapp: QApplication) -> None:
    standard = qapp.palette().color(Role.Window)
    appearance.apply_appearance(qapp, appearance.DARK)
    assert colors.is_dark(qapp.palette())
    assert appearance.current_appearance(qapp) == appearance.DARK
    appearance.apply_appearance(qapp, appearance.LIGHT)
    assert not colors.is_dark(qapp.palette())
    appearance.apply_appearance(qapp, appearance.DARK)
    appearance.apply_appearance(qapp, appearance.SYSTEM)
    # The platform's own palette again (the test platform has no dark scheme of its own).
    assert qapp.palette().color(Role.Window) == standard
    appearance.apply_appearance(qapp, "purple")
    assert appearance.current_appearance(qapp) == appearance.SYSTEM


def test_the_choice_is_kept_between_starts() -> None:
    assert Preferences().appearance == appearance.SYSTEM
    Preferences().appearance = appearance.DARK
    assert Preferences().appearance == appearance.DARK
    Preferences().appearance = "purple"
    assert Preferences().appearance == appearance.SYSTEM
