"""The actions table's cell editors: the goal chosen from a list with sub-goals indented."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from servicepunkt_gui.ui.common.choice_delegate import ChoiceDelegate
from servicepunkt_gui.ui.plans.actions_model import CHOICE_DEPTHS_ROLE

Index = QModelIndex | QPersistentModelIndex
DEPTH_ROLE = CHOICE_DEPTHS_ROLE  # on each item of the goal list: how deep it sits


class IndentedItems(QStyledItemDelegate):
    """Paints a list item moved right by its depth. The text itself is the goal's name, so
    typing its first letters still picks it, as in any drop-down list."""

    @staticmethod
    def indent(option: QStyleOptionViewItem, index: Index) -> int:
        depth = index.data(DEPTH_ROLE)
        step = option.fontMetrics.averageCharWidth() * 3  # about three letters a level
        return step * depth if isinstance(depth, int) else 0

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        indent = self.indent(option, index)
        if indent:
            option = QStyleOptionViewItem(option)
            option.rect.setLeft(option.rect.left() + indent)
        super().paint(painter, option, index)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + self.indent(option, index), size.height())


class ActionsDelegate(ChoiceDelegate):
    """The shared drop-down editor; for the goal column it indents sub-goals."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = super().createEditor(parent, option, index)
        depths = index.data(CHOICE_DEPTHS_ROLE)
        if isinstance(editor, QComboBox) and isinstance(depths, list):
            editor.setItemDelegate(IndentedItems(editor))
            for row, depth in enumerate(depths[: editor.count()]):
                editor.setItemData(row, depth, DEPTH_ROLE)
        return editor
