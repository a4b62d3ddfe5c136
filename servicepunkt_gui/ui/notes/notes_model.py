"""List model of one municipality's notes, newest first, loaded a page at a time."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from servicepunkt_gui.core.notes import NoteSummary
from servicepunkt_gui.ui.common.labels import category_label
from servicepunkt_gui.ui.common.plain_text import plain_tooltip
from servicepunkt_gui.ui.common.qt_dates import qdate

Index = QModelIndex | QPersistentModelIndex
NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 100

PageLoader = Callable[[int, int], list[NoteSummary]]


class NotesListModel(QAbstractListModel):
    """Rows are plain summaries; ``fetchMore`` asks ``core`` for the next page."""

    def __init__(self) -> None:
        super().__init__()
        self._notes: list[NoteSummary] = []
        self._loader: PageLoader | None = None
        self._total = 0

    def load(self, loader: PageLoader | None, total: int) -> None:
        """Show a new municipality's notes: ``total`` of them, fetched through ``loader``."""
        self.beginResetModel()
        self._loader = loader
        self._total = total
        self._notes = loader(0, PAGE_SIZE) if loader and total else []
        self.endResetModel()

    def load_first_page(
        self, loader: PageLoader, total: int, first_page: list[NoteSummary]
    ) -> None:
        """Like :meth:`load`, with the first page already read (by the page's one read)."""
        self.beginResetModel()
        self._loader = loader
        self._total = total
        self._notes = list(first_page)
        self.endResetModel()

    def put(self, note: NoteSummary, is_new: bool) -> None:
        """Show one saved note in its place (newest first) without reading the list again."""
        unread = self._total - len(self._notes)  # rows further down, not fetched yet
        old_row = self.row_of(note.id)
        if old_row is not None:
            self.beginRemoveRows(QModelIndex(), old_row, old_row)
            del self._notes[old_row]
            self.endRemoveRows()
        if is_new:
            self._total += 1
        row = next(
            (i for i, n in enumerate(self._notes) if n.concerns_date <= note.concerns_date),
            len(self._notes),
        )
        if row == len(self._notes) and unread > 0:
            return  # its place is among the rows not fetched yet; fetchMore brings it
        self.beginInsertRows(QModelIndex(), row, row)
        self._notes.insert(row, note)
        self.endInsertRows()

    def take(self, note_id: str) -> None:
        """A note went to the trash: drop its row."""
        row = self.row_of(note_id)
        self._total = max(0, self._total - 1)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._notes[row]
        self.endRemoveRows()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._notes) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._loader is None:
            return
        page = self._loader(len(self._notes), PAGE_SIZE)
        if not page:
            self._total = len(self._notes)
            return
        first = len(self._notes)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._notes.extend(page)
        self.endInsertRows()

    def fetch_all(self) -> None:
        """Every note not listed yet, in one read (End goes to the oldest note)."""
        if self._loader is None or not self.canFetchMore():
            return
        rest = self._loader(len(self._notes), self._total - len(self._notes))
        # Another window may have added notes since the count: what is read is what is listed.
        self._total = len(self._notes) + len(rest)
        if not rest:
            return
        first = len(self._notes)
        self.beginInsertRows(QModelIndex(), first, first + len(rest) - 1)
        self._notes.extend(rest)
        self.endInsertRows()

    def note(self, row: int) -> NoteSummary:
        return self._notes[row]

    def total(self) -> int:
        return self._total

    def row_of(self, note_id: str) -> int | None:
        for row, note in enumerate(self._notes):
            if note.id == note_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._notes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._notes):
            return None
        note = self._notes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(note)
        if role == NOTE_ID_ROLE:
            return note.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(note.preview)
        return None

    @staticmethod
    def _display(note: NoteSummary) -> str:
        date = QLocale().toString(qdate(note.concerns_date), QLocale.FormatType.ShortFormat)
        headline = note.title or note.preview
        # One line in the list: the first line of the text, cut where it gets long.
        headline = headline.strip().splitlines()[0] if headline.strip() else ""
        if len(headline) > 80:
            headline = headline[:79] + "…"
        return f"{date}  ·  {category_label(note.category)}  ·  {headline}"
