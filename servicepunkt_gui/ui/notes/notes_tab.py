"""The "Anteckningar" tab of a municipality: the list of its notes and the editor."""

from __future__ import annotations

from PySide6.QtCore import (
    QByteArray,
    QItemSelectionModel,
    QModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.core import drafts, notes, places
from servicepunkt_gui.core.changes import Changes, RecordKind
from servicepunkt_gui.core.notes import NoteFilter, NoteSummary
from servicepunkt_gui.core.pages import PlanSection, plan_section
from servicepunkt_gui.core.places import PlaceRow
from servicepunkt_gui.ui.common import dialogs
from servicepunkt_gui.ui.common.context import WindowContext
from servicepunkt_gui.ui.common.editing import FormEditing
from servicepunkt_gui.ui.common.list_keys import delete_key_deletes, tab_leaves
from servicepunkt_gui.ui.common.write_path import Work
from servicepunkt_gui.ui.notes import versions_dialog
from servicepunkt_gui.ui.notes.note_editor import NoteEditor
from servicepunkt_gui.ui.notes.notes_filters import NotesFilterBar
from servicepunkt_gui.ui.notes.notes_model import (
    NOTE_ID_ROLE,
    PAGE_SIZE,
    NotesListModel,
    PageLoader,
)
from servicepunkt_gui.ui.notes.notes_view import NotesListView
from servicepunkt_gui.ui.notes.subjects import subject_names, subjects_of, summary_of


class NotesTab(QWidget):
    """Emits ``count_changed(total)`` so the page can show the number in the tab."""

    count_changed = Signal(int)

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._writes = context.writes
        self._code: str | None = None
        self._all_notes = 0  # the municipality's notes, whatever the filters show
        self._split_chosen = False  # the official moved the splitter: keep it where it is
        # What a note can concern: the plans (and actions) and the places, as last read.
        self._plans = PlanSection([], {}, {})
        self._places: list[PlaceRow] = []

        self.model = NotesListModel()
        self.view = NotesListView(self.model)
        self.view.setUniformItemSizes(True)
        self.view.setSpacing(2)
        self.view.setAccessibleName(self.tr("Notes"))
        tab_leaves(self.view)
        delete_key_deletes(self.view, self.delete_note)
        self.heading = QLabel()
        self.new_note_button = QPushButton(self.tr("&New note"))
        self.new_note_button.setToolTip(self.tr("Start a new note (Ctrl+N)"))
        self.editor = NoteEditor()
        self.editing = FormEditing(
            self.editor,
            noun=lambda: self.tr("the note"),
            save=self.save,
            draft_target=self._draft_target,
            write_path=context.writes,
        )
        context.forms.add(self.editing)
        self.filters = NotesFilterBar()
        self._authors_stale = True

        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(self.new_note_button)
        self.list_box = QWidget()
        list_layout = QVBoxLayout(self.list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(4)
        list_layout.addLayout(header)
        list_layout.addWidget(self.filters)
        list_layout.addWidget(self.view, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.list_box)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.new_note_button.clicked.connect(self.new_note)
        self.editor.save_requested.connect(self.save)
        self.editor.note_shown.connect(self._remember_read)
        self.editor.delete_requested.connect(self.delete_note)
        self.editor.versions_requested.connect(self.show_versions)
        self.view.selectionModel().currentChanged.connect(self._on_note_chosen)
        self.filters.changed.connect(self._reload_list)
        self.filters.authors_wanted.connect(self._fill_authors)
        self.splitter.splitterMoved.connect(self._on_split_moved)
        context.hub.changed.connect(self._on_changes)

    # -- the split between the list and the editor -----------------------------------

    def split_state(self) -> QByteArray:
        """Where the official put the splitter, for the window to remember."""
        return self.splitter.saveState()

    def restore_split(self, state: QByteArray) -> bool:
        restored = self.splitter.restoreState(state)
        self._split_chosen = self._split_chosen or restored
        return restored

    def _on_split_moved(self) -> None:
        self._split_chosen = True

    def sizeHint(self) -> QSize:
        # Asks for no more height than it needs: the page may sit in a scroll area that
        # sizes it by what its parts prefer, and the list and the editor both take up
        # whatever room they are given anyway.
        hint = super().sizeHint()
        return QSize(hint.width(), self.minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._split_chosen:
            self._fit_split()

    def _fit_split(self) -> None:
        """The list gets room for eight notes at least, twelve when the tab is tall; the
        editor the rest, and never less than it needs."""
        total = self.splitter.height() - self.splitter.handleWidth()
        if total <= 0:
            return
        row = self.view.row_height()
        frame = 2 * self.view.frameWidth() + 2 * self.view.spacing()
        above = self.list_box.minimumSizeHint().height() - self.view.minimumSizeHint().height()
        eight, twelve = (above + frame + rows * row for rows in (8, 12))
        list_height = max(eight, min(twelve, int(total * 0.45)))
        list_height = min(list_height, total - self.editor.minimumSizeHint().height())
        self.splitter.setSizes([list_height, total - list_height])

    # -- what is shown -----------------------------------------------------------

    def show_notes(
        self, code: str, total: int, first_page: list[NoteSummary], plans: PlanSection
    ) -> None:
        """A municipality's notes, the first page already read; a blank new note in the editor.

        ``plans`` gives what a note can concern (its plans and their actions); its places
        are read here.
        """
        self._code = code
        self._plans = plans
        self._places = self._writes.read(lambda s: places.list_places(s, code))
        self.editor.set_subjects(subjects_of(self._plans, self._places))
        self.filters.reset()  # another municipality: all its notes, its own authors
        self._authors_stale = True
        self._all_notes = total
        self.model.load_first_page(self._page_loader(code, NoteFilter()), total, first_page)
        self.view.executeDelayedItemsLayout()  # else the list is painted again a moment later
        self._show_count()
        self.editor.start_new(self._context.author())

    def _page_loader(self, code: str, filters: NoteFilter) -> PageLoader:
        def load_page(offset: int, limit: int) -> list[NoteSummary]:
            return self._writes.read(
                lambda s: notes.list_notes(s, code, offset, limit, filters=filters)
            )

        return load_page

    def _show_count(self) -> None:
        total = self._all_notes
        if self.filters.filters().is_empty():
            self.heading.setText(self.tr("Notes (%n)", "", total))
        else:
            self.heading.setText(
                self.tr("Notes: %1 of %n shown", "", total).replace("%1", str(self.model.total()))
            )
        self.count_changed.emit(total)

    def _fill_authors(self) -> None:
        """The author filter's choices, read when the official first goes to it."""
        code = self._code
        if code is None or not self._authors_stale:
            return
        self._authors_stale = False
        self.filters.set_authors(self._writes.read(lambda s: notes.note_authors(s, code)))

    def _reload_list(self) -> None:
        """Read the list again (filters changed, a note came back from the trash…), keeping
        the editor as it is; its note stays chosen if the filters still show it."""
        if self._code is None:
            return
        code = self._code
        filters = self.filters.filters()
        everything, total, first = self._writes.read(
            lambda s: (
                notes.count_notes(s, code),
                notes.count_notes(s, code, filters),
                notes.list_notes(s, code, 0, PAGE_SIZE, filters=filters),
            )
        )
        self._all_notes = everything
        current = self.editor.note.id if self.editor.note else None
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        self.model.load_first_page(self._page_loader(code, filters), total, first)
        self._select_row_of(current)
        selection.blockSignals(False)
        self._show_count()

    def _select_row_of(self, note_id: str | None) -> None:
        row = self.model.row_of(note_id) if note_id else None
        selection = self.view.selectionModel()
        if row is None:
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
            return
        selection.setCurrentIndex(
            self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def _on_changes(self, changes: Changes, origin: object) -> None:
        if origin is self or self._code is None or not changes.touches_municipality(self._code):
            return  # (no municipality open yet: a restore before the first click)
        if changes.touches(RecordKind.NOTE):
            self._authors_stale = True
            self._reload_list()
        code = self._code
        if changes.touches(RecordKind.PLAN, RecordKind.ACTION):
            self._plans = self._writes.read(lambda s: plan_section(s, code))
        if changes.touches(RecordKind.PLACE):
            self._places = self._writes.read(lambda s: places.list_places(s, code))
        if changes.touches(RecordKind.PLAN, RecordKind.ACTION, RecordKind.PLACE):
            self.editor.set_subjects(subjects_of(self._plans, self._places))

    # -- the official's actions ----------------------------------------------------

    def _on_note_chosen(self, current: QModelIndex, previous: QModelIndex) -> None:
        note_id = current.data(NOTE_ID_ROLE) if current.isValid() else None
        if self.editor.note is not None and self.editor.note.id == note_id:
            return
        if not self.editing.resolve_unsaved():
            # Stay on the note being edited.
            selection = self.view.selectionModel()
            selection.blockSignals(True)
            selection.setCurrentIndex(previous, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            selection.blockSignals(False)
            return
        if note_id is None:
            self.editor.start_new(self._context.author())
            return
        note = self._writes.read(lambda s: notes.get_note(s, str(note_id)))
        if note is not None:
            self.editor.show_note(note)

    def new_note(self, action_id: str | None = None, place_id: str | None = None) -> None:
        if self._code is None or not self.editing.resolve_unsaved():
            return
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        self._select_row_of(None)
        selection.blockSignals(False)
        self.editor.start_new(self._context.author(), action_id=action_id, place_id=place_id)
        self.editor.title_edit.setFocus()  # the title first, then Tab to the rest

    def save(self) -> bool:
        """Save what the editor holds. Returns False (and says why) if it could not."""
        code = self._code
        if code is None:
            return True
        values = self.editor.checked_input()
        if values is None:
            return False
        editing = self.editor.note

        def save_as(values: notes.NoteInput, version: int | None) -> Work[notes.NoteDetail]:
            if editing is None:
                return lambda s: notes.create_note(s, code, values)
            return lambda s: notes.update_note(s, editing.id, values, expected_version=version)

        handling = self.editing.conflict_handling(
            lambda kept, version: save_as(notes.NoteInput(**kept), version),  # type: ignore[arg-type]
            lambda _conflict: self._show_stored(editing.id if editing else ""),
            describe=subject_names(subjects_of(self._plans, self._places)),
        )
        first = self.editing.with_draft_dropped(save_as(values, self.editing.read_version))
        saved = self._writes.write(self, first, self, handling if editing else None)
        if saved is None:
            return False  # the write path said why; the text stays in the editor
        self.editing.draft_dropped()
        self.editor.mark_saved(saved)
        self._authors_stale = True
        if not self.filters.filters().is_empty():
            self._reload_list()  # whether the filters show it is for the query to say
            return True
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        self.model.put(summary_of(saved), is_new=editing is None)
        self._select_row_of(saved.id)
        selection.blockSignals(False)
        self.view.executeDelayedItemsLayout()  # else the list is painted again a moment later
        if editing is None:
            self._all_notes += 1
            self._show_count()
        return True

    def _remember_read(self, note: notes.NoteDetail | None) -> None:
        values = notes.note_fields(note.values()) if note else {}
        self.editing.remember_read(note.row_version if note else None, values)

    def _show_stored(self, note_id: str) -> None:
        """The note as stored now ("use the saved version" after someone else saved it)."""
        note = self._writes.read(lambda s: notes.get_note(s, note_id))
        if note is None:
            return
        self.editor.show_note(note)
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        self.model.put(summary_of(note), is_new=False)
        self._select_row_of(note.id)
        selection.blockSignals(False)

    def delete_note(self) -> None:
        note = self.editor.note
        if note is None:
            return
        label = note.title or (note.body.strip().splitlines() or [""])[0][:60]
        if not dialogs.confirm_delete_note(self, label):
            return
        if not self._writes.write_done(self, lambda s: notes.delete_note(s, note.id), origin=self):
            return
        self.model.take(note.id)
        self._all_notes = max(0, self._all_notes - 1)
        self._show_count()
        self.editor.start_new(self._context.author())

    def show_versions(self) -> None:
        note = self.editor.note
        if note is None:
            return
        versions = self._writes.read(lambda s: notes.list_versions(s, note.id))
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

    def show_note(self, note_id: str) -> None:
        """Show one note in the list and the editor (loading pages until it is listed)."""
        row = self._listed_row(note_id)
        if row is None and not self.filters.filters().is_empty():
            self.filters.clear()  # the filters hid it: show every note again
            row = self._listed_row(note_id)
        if row is None:
            return
        index = self.model.index(row)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)

    def _listed_row(self, note_id: str) -> int | None:
        row = self.model.row_of(note_id)
        while row is None and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(note_id)
        return row

    def restore_draft(self, draft: drafts.DraftRow) -> None:
        """Show a draft kept before a crash in the editor, unsaved."""
        if draft.target_id is not None:
            self.show_note(draft.target_id)
        else:
            self.new_note()
        self.editing.take_draft(draft)

    def _draft_target(self) -> tuple[str, str] | None:
        if self._code is None:
            return None
        note = self.editor.note
        return (f"note:{note.id}" if note else f"note:new:{self._code}", self._code)
