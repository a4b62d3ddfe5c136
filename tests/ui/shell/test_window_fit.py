"""Where the main window goes: the geometry of window_fit.py, and the real window on the
off-screen screen (which the tests give 1366×768, tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMargins, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from servicepunkt_gui.ui.shell import window_fit
from servicepunkt_gui.ui.shell.main_window import MainWindow
from servicepunkt_gui.ui.shell.window_fit import (
    LARGEST_FIRST,
    client_size,
    first_frame,
    fit_frame,
    fits,
    screen_for,
    split,
)
from tests.ui.conftest import OpenWindow

FRAME = QMargins(8, 31, 8, 8)  # a Windows 10 title bar and borders at 100 %
MINIMUM = QSize(640, 300)
# Available areas (taskbar excluded), in logical pixels.
LAPTOP = QRect(0, 0, 1366, 728)  # 1366×768, a 40-pixel taskbar below
FULL_HD = QRect(0, 0, 1920, 1040)
FULL_HD_150 = QRect(0, 0, 1280, 680)  # 1920×1080 at 150 %
FULL_HD_200 = QRect(0, 0, 960, 520)  # 1920×1080 at 200 % (2×)
TOP_PANEL = QRect(0, 27, 1366, 741)  # a panel at the top (GNOME)


@pytest.mark.parametrize("area", [LAPTOP, FULL_HD, FULL_HD_150, FULL_HD_200, TOP_PANEL])
def test_the_first_window_fits_the_available_area_frame_and_all(area: QRect) -> None:
    rect = first_frame(area, FRAME, MINIMUM)
    assert fits(rect, area), (rect, area)
    inside = client_size(rect.size(), FRAME)
    # As large as the screen allows, up to a limit.
    assert inside == client_size(area.size(), FRAME).boundedTo(LARGEST_FIRST)
    assert rect.center().x() in range(area.center().x() - 1, area.center().x() + 2)


def test_the_old_first_window_did_not_fit_a_laptop_or_a_scaled_screen() -> None:
    """1280×760 inside a frame: below the taskbar at 1366×768, off the 150 % screen."""
    old = QRect(QPoint(0, 0), QSize(1280, 760).grownBy(FRAME))
    assert not fits(old, LAPTOP)
    assert not fits(old, FULL_HD_150)
    assert fits(first_frame(FULL_HD_150, FRAME, MINIMUM), FULL_HD_150)


def test_a_large_screen_gets_a_large_window_not_the_whole_screen() -> None:
    rect = first_frame(QRect(0, 0, 2560, 1400), FRAME, MINIMUM)
    assert client_size(rect.size(), FRAME) == LARGEST_FIRST
    assert rect.center() == QRect(0, 0, 2560, 1400).center()


def test_a_restored_window_inside_its_screen_stays_as_it_was() -> None:
    rect = QRect(100, 50, 1000, 600)
    assert fit_frame(rect, LAPTOP, FRAME, MINIMUM) == rect


@pytest.mark.parametrize("area", [LAPTOP, FULL_HD_150, FULL_HD_200, TOP_PANEL])
def test_a_restored_window_too_large_is_made_to_fit(area: QRect) -> None:
    saved = QRect(0, 0, 1936, 1079)  # saved on a 1920×1080 screen at 100 %
    rect = fit_frame(saved, area, FRAME, MINIMUM)
    assert fits(rect, area) and rect.size() == area.size()


def test_a_restored_window_partly_off_screen_is_moved_in_whole() -> None:
    rect = fit_frame(QRect(900, 500, 800, 400), LAPTOP, FRAME, MINIMUM)
    assert rect == QRect(566, 328, 800, 400)
    rect = fit_frame(QRect(-300, -20, 800, 400), TOP_PANEL, FRAME, MINIMUM)
    assert rect == QRect(0, 27, 800, 400)


def test_a_window_from_an_unplugged_screen_comes_back_centred() -> None:
    rect = fit_frame(QRect(2500, 300, 800, 400), LAPTOP, FRAME, MINIMUM)
    assert fits(rect, LAPTOP) and rect.size() == QSize(800, 400)
    assert rect.center() == LAPTOP.center()


def test_a_screen_smaller_than_the_minimum_keeps_the_title_bar_on_screen() -> None:
    tiny = QRect(0, 0, 600, 280)
    rect = fit_frame(QRect(-50, -50, 2000, 2000), tiny, FRAME, MINIMUM)
    assert client_size(rect.size(), FRAME) == MINIMUM
    assert rect.topLeft() == tiny.topLeft()


def test_the_screen_a_window_opens_on_is_the_one_it_overlaps_most() -> None:
    screens = [QRect(0, 0, 1920, 1040), QRect(1920, 0, 1366, 728)]
    assert screen_for(QRect(100, 100, 800, 600), screens) == 0
    assert screen_for(QRect(1800, 100, 800, 600), screens) == 1
    assert screen_for(QRect(4000, 100, 800, 600), screens) == 1  # nearest
    assert screen_for(QRect(-3000, 100, 800, 600), screens) == 0


def test_the_splitter_gives_the_list_its_width_and_the_page_the_rest() -> None:
    assert split(1345, 600, (360, 300), 0.4) == [600, 745]
    assert split(1900, 600, (360, 300), 0.4) == [760, 1140]  # the names get the room
    assert split(900, 700, (360, 300), 0.4) == [600, 300]  # the page keeps its minimum
    assert split(500, 700, (360, 300), 0.4) == [360, 140]  # the list keeps its own


def test_the_window_at_its_minimum_fits_a_laptop_and_a_2x_screen(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path
) -> None:
    window = open_window(db_path)
    minimum = window.minimumSizeHint().grownBy(window_fit.ESTIMATED_FRAME)
    assert minimum.width() <= LAPTOP.width() and minimum.height() <= LAPTOP.height()
    assert minimum.width() <= FULL_HD_200.width(), minimum
    assert minimum.height() <= FULL_HD_200.height(), minimum


def test_the_first_window_is_sized_from_the_screen(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path
) -> None:
    area = QGuiApplication.primaryScreen().availableGeometry()
    window = open_window(db_path)
    assert fits(window.frameGeometry(), area)
    frame = window_fit.ESTIMATED_FRAME
    expected = client_size(area.size(), frame).boundedTo(LARGEST_FIRST)
    assert window.size() == expected, (window.size(), area)


def test_a_restored_geometry_is_clamped_to_the_screen(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path
) -> None:
    """Saved on a larger screen, further right and down: opened whole on this one."""
    area = QGuiApplication.primaryScreen().availableGeometry()
    window = open_window(db_path)
    window.move(area.right() - 300, area.bottom() - 200)
    window.resize(area.width() + 400, area.height() + 300)
    assert window.close()  # which keeps the geometry
    again = open_window(db_path)
    assert fits(again.frameGeometry(), area), (again.frameGeometry(), area)
    assert again.width() >= again.minimumSizeHint().width()
    # And one that fits is left where it was.
    again.resize(900, 500)
    again.move(area.left() + 40, area.top() + 30)
    qtbot.waitUntil(lambda: again.pos() == QPoint(area.left() + 40, area.top() + 30))
    assert again.close()
    third = open_window(db_path)
    assert third.size() == QSize(900, 500)
    assert third.pos() == QPoint(area.left() + 40, area.top() + 30)
    assert isinstance(third, MainWindow)
