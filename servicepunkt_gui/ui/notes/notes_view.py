"""The list of notes: End and PageDown reach the oldest note however many there are."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from servicepunkt_gui.export.sheets import Cell
from servicepunkt_gui.ui.common.labels import category_label
from servicepunkt_gui.ui.common.table_copy import enable_table_copy
from servicepunkt_gui.ui.notes.notes_model import NotesListModel

CursorAction = QAbstractItemView.CursorAction


class NotesListView(QListView):
    """The model lists notes a page at a time; this view reads further when a key needs it.

    End (and Ctrl+End) read every note not listed yet, in one read, before moving: 5,000
    summaries take a few tens of milliseconds. PageDown near the end reads the next page
    first, so it never stops at the end of a page.
    """

    def __init__(self, model: NotesListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._notes = model
        self.setModel(model)
        # The chosen note copied (Ctrl+C) and every note exported, as columns. One note is
        # chosen at a time: the editor beside the list shows it.
        self.copier = enable_table_copy(
            self,
            lambda: self.tr("Notes"),
            titles=lambda: [
                self.tr("Date"),
                self.tr("Category"),
                self.tr("Title"),
                self.tr("Beginning of the text"),
                self.tr("Written by"),
            ],
            cells=self._note_cells,
            select_rows=False,
        )

    def _note_cells(self, index: QModelIndex) -> tuple[Cell, ...]:
        note = self._notes.note(index.row())
        category = category_label(note.category)
        return (note.concerns_date, category, note.title, note.preview, note.author)

    def moveCursor(
        self,
        cursorAction: CursorAction,  # noqa: N803 (Qt's name)
        modifiers: Qt.KeyboardModifier,
    ) -> QModelIndex:
        if cursorAction == CursorAction.MoveEnd:
            self._notes.fetch_all()
        elif cursorAction in (CursorAction.MovePageDown, CursorAction.MoveDown):
            rows_per_page = max(1, self.viewport().height() // max(1, self.row_height()))
            if self.currentIndex().row() + rows_per_page >= self._notes.rowCount() - 1:
                while self._notes.canFetchMore() and (
                    self.currentIndex().row() + rows_per_page >= self._notes.rowCount() - 1
                ):
                    self._notes.fetchMore()
        return super().moveCursor(cursorAction, modifiers)

    def row_height(self) -> int:
        """The height a row takes, spacing included (estimated while the list is empty)."""
        if self._notes.rowCount() == 0:
            return self.fontMetrics().height() + 4 + 2 * self.spacing()
        return max(1, self.sizeHintForRow(0)) + 2 * self.spacing()
