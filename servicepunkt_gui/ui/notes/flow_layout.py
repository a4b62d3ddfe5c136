"""A layout that puts its widgets in a row and wraps them onto more rows when narrow."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Right-aligned rows, as dialog buttons are; as narrow as its widest widget.

    A row of buttons in a box layout is as wide as all of them together, however narrow its
    window: this one wraps instead, and is as high as its rows need at the width it was last
    given. It does not report height-for-width: a scroll area above it would then size the
    whole page by preferred heights and push the editor's buttons out of sight.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._width = 0  # the width last laid out in; 0 before the first layout
        self._row_count = 1
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._width = rect.width()
        self._arrange(rect, move=True)
        rows = len(self._rows(rect.width()))
        if rows != self._row_count:
            self._row_count = rows
            self.invalidate()  # taller or shorter now: the layouts above take it up next

    def _height(self) -> int:
        if self._width <= 0:
            return max((i.sizeHint().height() for i in self._shown()), default=0)
        return self._arrange(QRect(0, 0, self._width, 0), move=False)

    def sizeHint(self) -> QSize:
        shown = self._shown()
        width = sum(i.sizeHint().width() for i in shown) + self.spacing() * max(0, len(shown) - 1)
        return QSize(width, self._height())

    def minimumSize(self) -> QSize:
        width = max((i.minimumSize().width() for i in self._shown()), default=0)
        return QSize(width, self._height())

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not ((w := i.widget()) is not None and w.isHidden())]

    def _rows(self, width: int) -> list[list[QLayoutItem]]:
        rows: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            needed = item.sizeHint().width() + (self.spacing() if rows[-1] else 0)
            if rows[-1] and used + needed > width:
                rows.append([])
                used, needed = 0, item.sizeHint().width()
            rows[-1].append(item)
            used += needed
        return [row for row in rows if row]

    def _arrange(self, rect: QRect, move: bool) -> int:
        y = rect.y()
        for row in self._rows(rect.width()):
            height = max(i.sizeHint().height() for i in row)
            width = sum(i.sizeHint().width() for i in row) + self.spacing() * (len(row) - 1)
            x = rect.x() + max(0, rect.width() - width)
            for item in row:
                hint = item.sizeHint()
                if move:
                    item.setGeometry(
                        QRect(QPoint(x, y), QSize(min(hint.width(), rect.width()), height))
                    )
                x += hint.width() + self.spacing()
            y += height + self.spacing()
        return max(0, y - rect.y() - self.spacing())
