"""The filters above a municipality's notes: words, category, author and a date range."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.core.notes import NoteFilter
from servicepunkt_gui.ui.common.labels import category_choices
from servicepunkt_gui.ui.common.read_only import keep_enabled

# A date edit always holds a date; this one (its minimum) stands for "no limit" and shows
# the edit's special text instead.
NO_DATE = QDate(1900, 1, 1)
TYPING_PAUSE_MS = 250  # the words are looked up when typing pauses, not at every key


def _combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    # Its width never follows its items: a new author must not widen the notes side.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(10)
    return combo


class _DateFilterEdit(QDateEdit):
    """Tab leaves the field: showing "any date" it has no sections for Tab to walk, and
    Qt's date field would keep the focus for ever (seen: a Tab round of the window stuck)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class NotesFilterBar(QWidget):
    """Emits ``changed()`` whenever what it asks for changes (the words after a pause), and
    ``authors_wanted()`` when the official goes to the author filter (its choices are read
    then, not at every change of municipality)."""

    changed = Signal()
    authors_wanted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_enabled(self)  # filtering only shows: usable where the notes are read-only
        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("notesFilterText")
        self.text_edit.setClearButtonEnabled(True)
        self.text_edit.setPlaceholderText(self.tr("Find in these notes…"))
        self.text_edit.setAccessibleName(self.tr("Find in these notes"))
        self.category_combo = _combo(self.tr("Category"))
        self.category_combo.addItem(self.tr("All categories"), None)
        for code, label in category_choices():
            self.category_combo.addItem(label, code)
        self.author_combo = _combo(self.tr("Author"))
        self.author_combo.installEventFilter(self)
        self.set_authors([])
        self.from_edit = self._date_edit(self.tr("From any date"), self.tr("From date"))
        self.to_edit = self._date_edit(self.tr("To any date"), self.tr("To date"))
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setEnabled(False)

        first = QHBoxLayout()
        first.setContentsMargins(0, 0, 0, 0)
        first.addWidget(self.text_edit, 2)
        first.addWidget(self.category_combo, 1)
        first.addWidget(self.author_combo, 1)
        second = QHBoxLayout()
        second.setContentsMargins(0, 0, 0, 0)
        second.addWidget(self.from_edit, 1)
        second.addWidget(self.to_edit, 1)
        second.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(first)
        layout.addLayout(second)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._on_changed)
        self.text_edit.textChanged.connect(self._typing.start)
        self.text_edit.returnPressed.connect(self._on_changed)  # no need to wait
        for combo in (self.category_combo, self.author_combo):
            combo.currentIndexChanged.connect(self._on_changed)
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self._on_changed)
        self.clear_button.clicked.connect(self.clear)

    def _date_edit(self, no_date_text: str, name: str) -> QDateEdit:
        edit = _DateFilterEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(no_date_text)
        edit.setDate(NO_DATE)
        edit.setAccessibleName(name)
        edit.setToolTip(name)
        edit.calendarWidget().installEventFilter(self)
        return edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.author_combo and event.type() == QEvent.Type.FocusIn:
            self.authors_wanted.emit()
        # The calendar of an edit with no date opens at this month, not in 1900.
        if event.type() == QEvent.Type.Show:
            for edit in (self.from_edit, self.to_edit):
                if watched is edit.calendarWidget() and edit.date() == NO_DATE:
                    today = QDate.currentDate()
                    edit.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    # -- what is asked for -------------------------------------------------------------

    def filters(self) -> NoteFilter:
        category = self.category_combo.currentData()
        author = self.author_combo.currentData()
        return NoteFilter(
            category=str(category) if category else None,
            date_from=self._date_of(self.from_edit),
            date_to=self._date_of(self.to_edit),
            author=str(author) if author is not None else None,
            text=self.text_edit.text().strip(),
        )

    @staticmethod
    def _date_of(edit: QDateEdit) -> dt.date | None:
        date = edit.date()
        return None if date == NO_DATE else date.toPython()  # type: ignore[return-value]

    def set_authors(self, names: list[str]) -> None:
        """Who has written about this municipality; the one chosen stays chosen if listed."""
        chosen = self.author_combo.currentData()
        self.author_combo.blockSignals(True)
        self.author_combo.clear()
        self.author_combo.addItem(self.tr("All authors"), None)
        for name in names:
            self.author_combo.addItem(name, name)
        index = self.author_combo.findData(chosen) if chosen is not None else 0
        self.author_combo.setCurrentIndex(max(0, index))
        self.author_combo.blockSignals(False)
        if chosen is not None and index < 0:
            self._on_changed()

    def clear(self) -> None:
        """Back to every note, with one ``changed()`` if anything was filtered."""
        was_filtering = not self.filters().is_empty()
        self.reset()
        if was_filtering:
            self.changed.emit()

    def reset(self) -> None:
        """Back to every note without a signal (another municipality is being shown)."""
        widgets = (self.text_edit, self.category_combo, self.author_combo)
        for widget in (*widgets, self.from_edit, self.to_edit):
            widget.blockSignals(True)
        self._typing.stop()
        self.text_edit.clear()
        self.category_combo.setCurrentIndex(0)
        self.author_combo.setCurrentIndex(0)
        self.from_edit.setDate(NO_DATE)
        self.to_edit.setDate(NO_DATE)
        for widget in (*widgets, self.from_edit, self.to_edit):
            widget.blockSignals(False)
        self.clear_button.setEnabled(False)

    def _on_changed(self) -> None:
        self._typing.stop()
        self.clear_button.setEnabled(not self.filters().is_empty())
        self.changed.emit()
