"""Draws a share (0–1) from the model as a small progress bar inside a table cell."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
)

Index = QModelIndex | QPersistentModelIndex


class ProgressDelegate(QStyledItemDelegate):
    def __init__(self, share_role: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._share_role = share_role

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        share = index.data(self._share_role)
        if share is None:
            super().paint(painter, option, index)
            return
        # Background and selection as for any cell, then the bar on top.
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        style = QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter)
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(3, 4, -3, -4)
        bar.minimum = 0
        bar.maximum = 100
        bar.progress = round(float(share) * 100)
        bar.text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        bar.state = option.state
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)
