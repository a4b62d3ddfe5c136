"""The Åtgärder column's bars lie down: a third done fills the left third of the bar."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyleOptionViewItem

from servicepunkt_gui.ui.common.progress_delegate import ProgressDelegate

SHARE_ROLE = Qt.ItemDataRole.UserRole + 3


def _bar(share: float) -> QImage:
    model = QStandardItemModel(1, 1)
    item = QStandardItem("")
    item.setData(share, SHARE_ROLE)
    model.setItem(0, 0, item)
    delegate = ProgressDelegate(SHARE_ROLE)
    image = QImage(200, 24, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 200, 24)
    painter = QPainter(image)
    delegate.paint(painter, option, model.index(0, 0, QModelIndex()))
    painter.end()
    return image


def _is_filled(image: QImage, x: int) -> bool:
    highlight = QPalette().color(QPalette.ColorRole.Highlight)
    colour = image.pixelColor(x, image.height() // 2)
    return abs(colour.hue() - highlight.hue()) < 25 and colour.saturation() > 60


def test_a_third_fills_the_left_third() -> None:
    image = _bar(1 / 3)
    assert _is_filled(image, 30)  # inside the left third, at mid-height
    assert not _is_filled(image, 170)  # the right part stays empty


def test_nothing_done_fills_nothing_and_all_done_fills_all() -> None:
    assert not _is_filled(_bar(0.0), 100)
    full = _bar(1.0)
    assert _is_filled(full, 30) and _is_filled(full, 170)
