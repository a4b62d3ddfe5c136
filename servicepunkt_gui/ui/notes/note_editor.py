"""Editor for one note: title, category, date, author and the text itself."""

from __future__ import annotations

import contextlib
import datetime as dt

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.core.errors import ValidationError
from servicepunkt_gui.core.notes import MAX_TITLE_CHARS, NoteDetail, NoteInput, validate
from servicepunkt_gui.ui.common.colors import error_label_text, follow_text_colour, secondary_text
from servicepunkt_gui.ui.common.elided_label import ElidedLabel
from servicepunkt_gui.ui.common.labels import category_choices
from servicepunkt_gui.ui.common.qt_dates import qdate, qdatetime
from servicepunkt_gui.ui.notes.flow_layout import FlowLayout


class NoteEditor(QWidget):
    """Shows a note (or a blank new one) and reports when the official saves or deletes.

    The editor holds no database handle: the detail panel does the saving, so this
    widget only knows what was typed and what was last loaded.
    """

    save_requested = Signal()
    versions_requested = Signal()
    delete_requested = Signal()
    dirty_changed = Signal(bool)
    edited = Signal()  # any field changed (the editing helper keeps drafts)
    note_shown = Signal(object)  # the NoteDetail now in the editor as read, None for a new one

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._note: NoteDetail | None = None
        self._loaded: NoteInput = NoteInput(body="")
        self._was_dirty = False

        self.heading = QLabel()
        self.heading.setObjectName("noteHeading")
        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(MAX_TITLE_CHARS)
        self.title_edit.setPlaceholderText(
            self.tr("Optional, e.g. “Meeting with the village association”")
        )
        self.category_combo = QComboBox()
        for code, label in category_choices():
            self.category_combo.addItem(label, code)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.author_edit = QLineEdit()
        self.subject_combo = QComboBox()
        self.subject_combo.setObjectName("noteSubject")
        # A long plan or action title must not widen the editor.
        self.subject_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.subject_combo.setMinimumContentsLength(20)
        self._subjects: list[tuple[str, str, str]] = []
        self.set_subjects([])
        self.body_edit = QPlainTextEdit()
        self.body_edit.setPlaceholderText(self.tr("Write the note here."))
        self.body_edit.setTabChangesFocus(True)
        # However the splitter above is set, four lines of text stay in view.
        self.body_edit.setMinimumHeight(4 * self.fontMetrics().lineSpacing() + 12)
        self.error_label = QLabel()
        self.error_label.setObjectName("noteError")
        follow_text_colour(self.error_label, error_label_text)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        # When the note was written and changed: its text must not widen the editor (that
        # moved the splitter and repainted the whole window on every save).
        self.meta_label = ElidedLabel()
        self.meta_label.setObjectName("noteMeta")
        follow_text_colour(self.meta_label, secondary_text)

        self.save_button = QPushButton(self.tr("&Save note"))
        self.save_button.setToolTip(self.tr("Save the note (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("&Undo changes"))
        self.delete_button = QPushButton(self.tr("&Delete note…"))
        self.versions_button = QPushButton(self.tr("Earlier &versions…"))

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        row = QHBoxLayout()
        row.addWidget(self.category_combo, 1)
        date_label = QLabel(self.tr("D&ate:"))
        date_label.setBuddy(self.date_edit)
        row.addWidget(date_label)
        row.addWidget(self.date_edit)
        category_label = QLabel(self.tr("&Category:"))
        category_label.setBuddy(self.category_combo)
        form.addRow(category_label, row)
        form.addRow(self.tr("Aut&hor:"), self.author_edit)
        form.addRow(self.tr("Con&cerns:"), self.subject_combo)
        body_label = QLabel(self.tr("&Text:"))
        body_label.setBuddy(self.body_edit)

        # The times, then the buttons: in one row when there is room, wrapped when narrow,
        # so the footer never makes the editor (and the window's splitter) wider.
        footer = QHBoxLayout()
        footer.addWidget(self.meta_label, 1)
        buttons = FlowLayout()
        for button in (
            self.versions_button,
            self.delete_button,
            self.revert_button,
            self.save_button,
        ):
            buttons.addWidget(button)
        footer.addLayout(buttons, 3)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(body_label)
        layout.addWidget(self.body_edit, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(footer)

        self.save_button.clicked.connect(self.save_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        self.versions_button.clicked.connect(self.versions_requested)
        self.revert_button.clicked.connect(self.revert)
        for signal in (
            self.title_edit.textChanged,
            self.body_edit.textChanged,
            self.author_edit.textChanged,
            self.category_combo.currentIndexChanged,
            self.date_edit.dateChanged,
            self.subject_combo.currentIndexChanged,
        ):
            signal.connect(self._on_edited)
        self.start_new(author="")

    # -- what is shown ---------------------------------------------------------

    @property
    def note(self) -> NoteDetail | None:
        """The stored note being edited, or None for a new one."""
        return self._note

    def set_subjects(self, subjects: list[tuple[str, str, str]]) -> None:
        """What a note may concern besides the municipality: (kind, id, label) triples."""
        self._subjects = list(subjects)
        self._fill_subjects(self.subject_combo.currentData(), self.subject_combo.currentText())

    def _fill_subjects(self, chosen: object, chosen_label: str) -> None:
        subjects = self._subjects
        self.subject_combo.blockSignals(True)
        self.subject_combo.clear()
        self.subject_combo.addItem(self.tr("The municipality in general"), "")
        for kind, item_id, label in subjects:
            self.subject_combo.addItem(label, f"{kind}:{item_id}")
        if chosen and self.subject_combo.findData(chosen) < 0:
            # What the note on screen concerns went (a place to the trash): it stays chosen,
            # so the note is not moved off it behind the official's back.
            self.subject_combo.addItem(chosen_label, chosen)
        self.subject_combo.setCurrentIndex(max(0, self.subject_combo.findData(chosen)))
        self.subject_combo.blockSignals(False)

    def start_new(
        self, author: str, action_id: str | None = None, place_id: str | None = None
    ) -> None:
        self._note = None
        self._fill(
            NoteInput(
                body="",
                author=author,
                concerns_date=dt.date.today(),
                action_id=action_id,
                place_id=place_id,
            )
        )
        self.heading.setText(self.tr("New note"))
        self.meta_label.clear()
        self.meta_label.setToolTip("")
        self.delete_button.setEnabled(False)
        self.versions_button.setEnabled(False)
        self.note_shown.emit(None)

    def show_note(self, note: NoteDetail) -> None:
        self._note = note
        self._fill(
            NoteInput(
                body=note.body,
                title=note.title,
                category=note.category,
                concerns_date=note.concerns_date,
                author=note.author,
                plan_id=note.plan_id,
                action_id=note.action_id,
                place_id=note.place_id,
            )
        )
        self.heading.setText(self.tr("Edit note"))
        locale = QLocale()
        created = locale.toString(
            qdatetime(_local(note.created_at)), QLocale.FormatType.ShortFormat
        )
        updated = locale.toString(
            qdatetime(_local(note.updated_at)), QLocale.FormatType.ShortFormat
        )
        meta = self.tr("Created %1 · changed %2").replace("%1", created).replace("%2", updated)
        self.meta_label.setText(meta)
        self.meta_label.setToolTip(meta)
        self.delete_button.setEnabled(True)
        self.versions_button.setEnabled(True)
        self.note_shown.emit(note)

    def _fill(self, values: NoteInput) -> None:
        widgets = (
            self.title_edit,
            self.body_edit,
            self.author_edit,
            self.category_combo,
            self.date_edit,
            self.subject_combo,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.title_edit.setText(values.title)
        self.body_edit.setPlainText(values.body)
        self.author_edit.setText(values.author)
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(values.category)))
        self.date_edit.setDate(qdate(values.concerns_date or dt.date.today()))
        subject = _subject_key(values.plan_id, values.action_id, values.place_id)
        # Without what a note shown before concerned; a place of this note's that went to
        # the trash stays its subject (core lets the note keep it).
        gone = self.tr("A place in the trash") if subject.startswith("place:") else ""
        self._fill_subjects(subject if gone else None, gone)
        self.subject_combo.blockSignals(True)
        self.subject_combo.setCurrentIndex(max(0, self.subject_combo.findData(subject)))
        for widget in widgets:
            widget.blockSignals(False)
        self._loaded = self.current_input()
        self.clear_error()
        self._on_edited()

    def revert(self) -> None:
        self._fill(self._loaded)

    # -- what was typed ---------------------------------------------------------

    def current_input(self) -> NoteInput:
        kind, _, subject_id = str(self.subject_combo.currentData() or "").partition(":")
        return NoteInput(
            plan_id=subject_id if kind == "plan" else None,
            action_id=subject_id if kind == "action" else None,
            place_id=subject_id if kind == "place" else None,
            body=self.body_edit.toPlainText(),
            title=self.title_edit.text(),
            category=str(self.category_combo.currentData()),
            concerns_date=self.date_edit.date().toPython(),  # type: ignore[arg-type]
            author=self.author_edit.text(),
        )

    def is_dirty(self) -> bool:
        current = self.current_input()
        if self._note is None:
            # A blank new note with only a date or category picked is not worth a question.
            return bool(current.body.strip() or current.title.strip())
        return current != self._loaded

    def mark_saved(self, note: NoteDetail) -> None:
        self.show_note(note)

    def checked_input(self) -> NoteInput | None:
        """The typed note if it can be saved; else None, with the reason shown beside the text."""
        values = self.current_input()
        try:
            validate(values)
        except ValidationError as error:
            self.show_error(self.validation_message(error))
            if error.field == "body":
                self.body_edit.setFocus()
            return None
        self.clear_error()
        return values

    def validation_message(self, error: ValidationError) -> str:
        if error.field == "body" and error.reason == "empty":
            return self.tr(
                "The note has no text. Write something in the text field before you save."
            )
        if error.field == "body":
            return self.tr(
                "The text is too long to save (at most 10 million characters). "
                "Split it into several notes."
            )
        if error.field == "title":
            return self.tr("The title is too long. Keep it under 500 characters.")
        if error.field == "author":
            return self.tr("The author's name is too long. Keep it under 200 characters.")
        return self.tr("The note could not be saved: %1").replace("%1", error.reason)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    def _on_edited(self) -> None:
        dirty = self.is_dirty()
        # A blank new note keeps Save enabled so that pressing it explains what is missing.
        self.save_button.setEnabled(dirty or self._note is None)
        self.revert_button.setEnabled(dirty)
        if dirty and self.error_label.isVisible() and self.body_edit.toPlainText().strip():
            self.clear_error()
        if dirty != self._was_dirty:
            self._was_dirty = dirty
            self.dirty_changed.emit(dirty)
        self.edited.emit()

    def draft_fields(self) -> dict[str, object]:
        values = self.current_input()
        return {
            "title": values.title,
            "body": values.body,
            "category": values.category,
            "concerns_date": values.concerns_date.isoformat() if values.concerns_date else None,
            "author": values.author,
            "plan_id": values.plan_id,
            "action_id": values.action_id,
            "place_id": values.place_id,
        }

    def take_version(self, title: str, body: str) -> None:
        """Put an earlier version's text in the editor, unsaved."""
        self.title_edit.setText(title)
        self.body_edit.setPlainText(body)

    def apply_draft(self, fields: dict[str, object]) -> None:
        """Put a restored draft's text into the editor, unsaved, for the official to save."""
        self.title_edit.setText(str(fields.get("title") or ""))
        self.body_edit.setPlainText(str(fields.get("body") or ""))
        self.author_edit.setText(str(fields.get("author") or ""))
        category = self.category_combo.findData(fields.get("category"))
        if category >= 0:
            self.category_combo.setCurrentIndex(category)
        date = fields.get("concerns_date")
        if isinstance(date, str):
            with contextlib.suppress(ValueError):
                self.date_edit.setDate(qdate(dt.date.fromisoformat(date)))
        subject = _subject_key(
            _text_or_none(fields.get("plan_id")),
            _text_or_none(fields.get("action_id")),
            _text_or_none(fields.get("place_id")),
        )
        self.subject_combo.setCurrentIndex(max(0, self.subject_combo.findData(subject)))


def _subject_key(plan_id: str | None, action_id: str | None, place_id: str | None) -> str:
    """The subject list's data for what a note concerns ("" for the municipality)."""
    if action_id:
        return f"action:{action_id}"
    if plan_id:
        return f"plan:{plan_id}"
    return f"place:{place_id}" if place_id else ""


def _text_or_none(value: object) -> str | None:
    return str(value) if value else None


def _local(utc: dt.datetime) -> dt.datetime:
    """Stored times are naive UTC; show them in the computer's time zone."""
    return utc.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)
