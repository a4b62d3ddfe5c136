"""The detail side: facts about one municipality, its programme role and its notes."""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from servicepunkt_gui.core import drafts, notes
from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.municipalities import MunicipalityRow, set_mine
from servicepunkt_gui.core.reference import PILOT_PROGRAMME_ID, programme_info
from servicepunkt_gui.ui.common import dialogs
from servicepunkt_gui.ui.common.dialogs import UnsavedChoice
from servicepunkt_gui.ui.common.labels import role_label
from servicepunkt_gui.ui.notes import versions_dialog
from servicepunkt_gui.ui.notes.note_editor import NoteEditor
from servicepunkt_gui.ui.notes.notes_model import NOTE_ID_ROLE, NotesListModel
from servicepunkt_gui.ui.plans.plan_panel import PlanPanel

log = logging.getLogger(__name__)


class DetailPanel(QWidget):
    """Shows one municipality. Emits ``municipality_changed`` after its notes or "mine" change."""

    municipality_changed = Signal(str)

    def __init__(self, database: Database, author_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = database
        self._author_name = author_name
        self._municipality: MunicipalityRow | None = None
        self._drafted_key: str | None = None  # the draft kept for the editor's text
        with database.session() as session:
            self._programme = programme_info(session, PILOT_PROGRAMME_ID)

        self.placeholder = QLabel(
            self.tr("Choose a municipality in the list to see its details and notes.")
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)

        self.name_label = QLabel()
        self.name_label.setObjectName("municipalityName")
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts_label = QLabel()
        self.facts_label.setObjectName("municipalityFacts")
        self.facts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.role_label = QLabel()
        self.role_label.setObjectName("programmeRole")
        self.role_label.setWordWrap(True)
        self.role_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.role_label.setMargin(8)
        self.mine_button = QPushButton()
        self.mine_button.setCheckable(True)

        self.notes_model = NotesListModel()
        self.notes_view = QListView()
        self.notes_view.setModel(self.notes_model)
        self.notes_view.setUniformItemSizes(True)
        self.notes_view.setSpacing(2)
        self.notes_view.setAccessibleName(self.tr("Notes"))
        self.notes_heading = QLabel()
        self.new_note_button = QPushButton(self.tr("&New note"))
        self.new_note_button.setToolTip(self.tr("Start a new note (Ctrl+N)"))
        self.editor = NoteEditor()

        header = QHBoxLayout()
        header.addWidget(self.name_label, 1)
        header.addWidget(self.mine_button)
        notes_header = QHBoxLayout()
        notes_header.addWidget(self.notes_heading, 1)
        notes_header.addWidget(self.new_note_button)
        notes_box = QWidget()
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.addLayout(notes_header)
        notes_layout.addWidget(self.notes_view)
        self.notes_splitter = QSplitter(Qt.Orientation.Vertical)
        self.notes_splitter.addWidget(notes_box)
        self.notes_splitter.addWidget(self.editor)
        self.notes_splitter.setStretchFactor(0, 1)
        self.notes_splitter.setStretchFactor(1, 2)
        self.notes_splitter.setChildrenCollapsible(False)
        self.plan_panel = PlanPanel(database, notes.default_author(author_name))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("detailTabs")
        self.tabs.addTab(self.notes_splitter, self.tr("Notes"))
        self.tabs.addTab(self.plan_panel, self.tr("Service plan"))

        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.addLayout(header)
        details_layout.addWidget(self.facts_label)
        details_layout.addWidget(self.role_label)
        details_layout.addWidget(self.tabs, 1)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(details)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.mine_button.toggled.connect(self._on_mine_toggled)
        self.new_note_button.clicked.connect(self.new_note)
        self.editor.save_requested.connect(self.save_note)
        self.editor.draft_due.connect(self._keep_note_draft)
        self.editor.edits_dropped.connect(self._drop_note_draft)
        self.editor.delete_requested.connect(self.delete_note)
        self.editor.versions_requested.connect(self.show_versions)
        self.notes_view.selectionModel().currentChanged.connect(self._on_note_chosen)
        self.plan_panel.changed.connect(self._on_plans_changed)
        self.plan_panel.note_requested.connect(self.new_note_about_action)

    # -- municipality ---------------------------------------------------------

    @property
    def municipality(self) -> MunicipalityRow | None:
        return self._municipality

    def set_author_name(self, name: str) -> None:
        self._author_name = name
        self.plan_panel.set_author(self._default_author())

    def show_municipality(self, municipality: MunicipalityRow | None) -> None:
        self._municipality = municipality
        if municipality is None:
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        self.name_label.setText(municipality.name)
        self.facts_label.setText(
            self.tr("Municipality code %1 · %2")
            .replace("%1", municipality.code)
            .replace("%2", municipality.county_name)
        )
        self.role_label.setText(self._role_text(municipality))
        self._show_mine(municipality.is_mine)
        self.plan_panel.show_municipality(municipality.code)
        self.editor.set_subjects(self.plan_panel.subjects())
        self._reload_notes()
        self.editor.start_new(self._default_author())

    def refresh_municipality(self, municipality: MunicipalityRow) -> None:
        """New counts or "mine" for the municipality on show, without touching the editor."""
        self._municipality = municipality
        self._show_mine(municipality.is_mine)

    def _role_text(self, municipality: MunicipalityRow) -> str:
        programme = self._programme
        if programme is None:
            return ""
        years = f"{programme.start_year}–{programme.end_year}"
        if municipality.role is None:
            return (
                self.tr(
                    "Not part of Tillväxtverket's programme “%1” (%2), in which 15 municipalities "
                    "tested coordinated service solutions."
                )
                .replace("%1", programme.name)
                .replace("%2", years)
            )
        text = (
            self.tr(
                "%1 in Tillväxtverket's programme “%2” (%3), in which municipalities tested "
                "coordinated service solutions as a basis for local business."
            )
            .replace("%1", role_label(municipality.role))
            .replace("%2", programme.name)
            .replace("%3", years)
        )
        if municipality.unit:
            text += " " + self.tr("Took part through %1.").replace("%1", municipality.unit)
        if municipality.collaboration_group:
            text += " " + self.tr("Together with the other municipalities of %1.").replace(
                "%1", municipality.collaboration_group
            )
        return text

    def _show_mine(self, mine: bool) -> None:
        self.mine_button.blockSignals(True)
        self.mine_button.setChecked(mine)
        self.mine_button.blockSignals(False)
        self.mine_button.setText(
            self.tr("★ One of my municipalities") if mine else self.tr("☆ Mark as mine")
        )

    def toggle_mine(self) -> None:
        if self._municipality is not None:
            self.mine_button.toggle()

    def _on_mine_toggled(self, checked: bool) -> None:
        if self._municipality is None:
            return
        code = self._municipality.code
        try:
            with self._db.session() as session:
                set_mine(session, code, checked)
        except SQLAlchemyError:
            log.exception("could not change 'mine' for %s", code)
            self._show_mine(not checked)
            dialogs.show_error(self, self.tr("Could not save"), self._write_failed_text())
            return
        self._show_mine(checked)
        self.municipality_changed.emit(code)

    # -- notes ------------------------------------------------------------------

    def _note_draft_key(self) -> str | None:
        if self._municipality is None:
            return None
        note = self.editor.note
        return f"note:{note.id}" if note else f"note:new:{self._municipality.code}"

    def _keep_note_draft(self) -> None:
        key = self._note_draft_key()
        if key is None or self._municipality is None or not self.editor.is_dirty():
            return
        self._drafted_key = key
        try:
            with self._db.session() as session:
                drafts.save_draft(session, key, self._municipality.code, self.editor.draft_fields())
        except SQLAlchemyError:
            log.exception("keeping a draft failed")  # the text is still in the editor

    def _drop_note_draft(self) -> None:
        key = self._drafted_key
        if key is None:
            return
        self._drafted_key = None
        try:
            with self._db.session() as session:
                drafts.discard_draft(session, key)
        except SQLAlchemyError:
            log.exception("dropping a draft failed")

    def restore_note_draft(self, draft: drafts.DraftRow) -> None:
        """Show a draft kept before a crash in the editor, unsaved."""
        self.tabs.setCurrentIndex(0)
        if draft.target_id is not None:
            self.show_note_by_id(draft.target_id)
        else:
            self.new_note()
        self.editor.apply_draft(draft.fields)
        self._drafted_key = draft.key

    def restore_plan_draft(self, draft: drafts.DraftRow) -> None:
        self.tabs.setCurrentIndex(1)
        self.plan_panel.restore_draft(draft)

    def _default_author(self) -> str:
        return notes.default_author(self._author_name)

    def _reload_notes(self, select_id: str | None = None) -> None:
        if self._municipality is None:
            self.notes_model.load(None, 0)
            return
        code = self._municipality.code
        with self._db.session() as session:
            total = notes.count_notes(session, code)

        def load_page(offset: int, limit: int) -> list[notes.NoteSummary]:
            with self._db.session() as page_session:
                return notes.list_notes(page_session, code, offset, limit)

        self.notes_view.selectionModel().blockSignals(True)
        self.notes_model.load(load_page, total)
        if select_id is not None:
            row = self.notes_model.row_of(select_id)
            if row is not None:
                self.notes_view.selectionModel().setCurrentIndex(
                    self.notes_model.index(row),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect,
                )
        self.notes_view.selectionModel().blockSignals(False)
        self.notes_heading.setText(self.tr("Notes (%n)", "", total))

    def _on_note_chosen(self, current: QModelIndex, previous: QModelIndex) -> None:
        note_id = current.data(NOTE_ID_ROLE) if current.isValid() else None
        if self.editor.note is not None and self.editor.note.id == note_id:
            return
        if not self.resolve_unsaved_changes():
            # Stay on the note being edited.
            selection = self.notes_view.selectionModel()
            selection.blockSignals(True)
            selection.setCurrentIndex(previous, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            selection.blockSignals(False)
            return
        if note_id is None:
            self.editor.start_new(self._default_author())
            return
        with self._db.session() as session:
            note = notes.get_note(session, note_id)
        if note is not None:
            self.editor.show_note(note)

    def new_note(self) -> None:
        if self._municipality is None or not self._resolve_unsaved_note():
            return
        selection = self.notes_view.selectionModel()
        selection.blockSignals(True)
        selection.clearSelection()
        selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
        selection.blockSignals(False)
        self.editor.start_new(self._default_author())
        self.editor.body_edit.setFocus()

    def save_note(self) -> bool:
        """Save what the editor holds. Returns False (and says why) if it could not."""
        if self._municipality is None:
            return True
        values = self.editor.checked_input()
        if values is None:
            return False
        try:
            with self._db.session() as session:
                if self.editor.note is None:
                    saved = notes.create_note(session, self._municipality.code, values)
                else:
                    saved = notes.update_note(session, self.editor.note.id, values)
        except SQLAlchemyError:
            log.exception("saving a note failed")
            self.editor.show_error(self._write_failed_text())
            return False
        self.editor.mark_saved(saved)
        self._reload_notes(select_id=saved.id)
        self.plan_panel.actions_panel.refresh_notes()
        self.municipality_changed.emit(self._municipality.code)
        return True

    def delete_note(self) -> None:
        note = self.editor.note
        if note is None or self._municipality is None:
            return
        label = note.title or note.body.strip().splitlines()[0][:60]
        if not dialogs.confirm_delete_note(self, label):
            return
        try:
            with self._db.session() as session:
                notes.delete_note(session, note.id)
        except SQLAlchemyError:
            log.exception("deleting a note failed")
            dialogs.show_error(self, self.tr("Could not delete"), self._write_failed_text())
            return
        self._reload_notes()
        self.plan_panel.actions_panel.refresh_notes()
        self.editor.start_new(self._default_author())
        self.municipality_changed.emit(self._municipality.code)

    def show_versions(self) -> None:
        note = self.editor.note
        if note is None:
            return
        with self._db.session() as session:
            versions = notes.list_versions(session, note.id)
        if not versions:
            dialogs.show_info(
                self,
                self.tr("Earlier versions"),
                self.tr("The note has not been changed since it was written."),
            )
            return
        chosen = versions_dialog.choose_version(self, versions)
        if chosen is not None:
            self.editor.take_version(chosen.title, chosen.body)

    def resolve_unsaved_changes(self) -> bool:
        """Ask about unsaved edits. True when it is fine to move on (saved or discarded)."""
        return self._resolve_unsaved_note() and self.plan_panel.resolve_unsaved_changes()

    def _on_plans_changed(self) -> None:
        self.editor.set_subjects(self.plan_panel.subjects())
        if self._municipality is not None:
            self.municipality_changed.emit(self._municipality.code)

    def show_note_by_id(self, note_id: str) -> None:
        """Show one note in the list and the editor (loading pages until it is listed)."""
        self.tabs.setCurrentIndex(0)
        row = self.notes_model.row_of(note_id)
        while row is None and self.notes_model.canFetchMore():
            self.notes_model.fetchMore()
            row = self.notes_model.row_of(note_id)
        if row is None:
            return
        index = self.notes_model.index(row)
        self.notes_view.setCurrentIndex(index)
        self.notes_view.scrollTo(index)

    def show_plan(self, plan_id: str, action_id: str | None = None) -> None:
        self.tabs.setCurrentIndex(1)
        self.plan_panel.select_plan(plan_id)
        if action_id is not None:
            self.plan_panel.tabs.setCurrentIndex(1)
            self.plan_panel.actions_panel.select_action(action_id)

    def new_note_about_action(self, action_id: str) -> None:
        """From the actions table: write a note tied to that action."""
        self.tabs.setCurrentIndex(0)
        if not self._resolve_unsaved_note():
            return
        self.new_note()
        self.editor.start_new(self._default_author(), action_id=action_id)
        self.editor.body_edit.setFocus()

    def _resolve_unsaved_note(self) -> bool:
        if not self.editor.is_dirty():
            return True
        choice = dialogs.ask_unsaved_changes(self)
        if choice == UnsavedChoice.SAVE:
            return self.save_note()
        if choice == UnsavedChoice.DISCARD:
            self.editor.revert()
            return True
        return False

    def _write_failed_text(self) -> str:
        return self.tr(
            "The change could not be written to the database file %1. Check that the disk is "
            "not full and that the file is not opened by another program, then try again. "
            "Your text is still in the editor."
        ).replace("%1", str(self._db.path))
