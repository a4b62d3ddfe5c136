"""The "Serviceställen" tab: a municipality's register of places, the chosen place's fields,
its status history and its agreements."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.core import drafts, places
from servicepunkt_gui.core.changes import Changes, RecordKind
from servicepunkt_gui.core.errors import ValidationError
from servicepunkt_gui.core.places import PlaceInput, PlaceRow
from servicepunkt_gui.ui.common import dialogs
from servicepunkt_gui.ui.common.context import WindowContext
from servicepunkt_gui.ui.common.editing import FormEditing
from servicepunkt_gui.ui.common.list_keys import delete_key_deletes, tab_leaves
from servicepunkt_gui.ui.common.table_copy import enable_table_copy
from servicepunkt_gui.ui.places import place_status_box
from servicepunkt_gui.ui.places.agreements_box import AgreementsBox
from servicepunkt_gui.ui.places.place_form import PlaceForm
from servicepunkt_gui.ui.places.place_status_box import PlaceStatusBox
from servicepunkt_gui.ui.places.places_list import (
    details_scroll,
    place_heading,
    place_saver,
    service_filter,
    size_columns,
)
from servicepunkt_gui.ui.places.places_model import PlacesTableModel


class PlacesPanel(QWidget):
    """Emits ``note_requested(place_id)`` when the official wants to write about a place."""

    note_requested = Signal(str)  # a place id: write a note about that place

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._writes = context.writes
        self._code: str | None = None
        self._place: PlaceRow | None = None
        self._new = False  # the form holds a new place, not saved yet

        self.service_filter = service_filter()
        self.new_button = QPushButton(self.tr("N&ew place"))
        self.new_button.setObjectName("newPlace")
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setObjectName("deletePlace")
        self.note_button = QPushButton(self.tr("New note ab&out the place"))
        self.note_button.setObjectName("placeNote")
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setObjectName("importPlaces")
        tip = self.tr("Import places from a service table (Pipos) or a CSV or Excel file")
        self.import_button.setToolTip(tip)
        bar = QHBoxLayout()
        bar.addWidget(self.service_filter, 1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.import_button)

        self.model = PlacesTableModel()
        self.table = QTableView()
        self.table.setObjectName("placesTable")
        self.table.setAccessibleName(self.tr("Service places"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        tab_leaves(self.table)
        self.copier = enable_table_copy(self.table, lambda: self.tr("Service places"))
        delete_key_deletes(self.table, self.delete_place)
        size_columns(self.table)
        self.empty_label = QLabel(
            self.tr(
                "No service places are registered for this municipality. Add one with "
                "“New place”, or import a service table."
            )
        )
        self.empty_label.setWordWrap(True)
        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(bar)
        list_layout.addWidget(self.empty_label)
        list_layout.addWidget(self.table, 1)

        self.heading = place_heading()
        self.form = PlaceForm()
        self.editing = FormEditing(
            self.form,
            noun=lambda: self.tr("the service place"),
            save=self.save_place,
            draft_target=self._draft_target,
            write_path=context.writes,
        )
        context.forms.add(self.editing)
        self.status_box = PlaceStatusBox()
        self.agreements = AgreementsBox(context)
        # The heading names the place the buttons beside it act on.
        self.details_scroll = details_scroll(
            [self.heading, self.note_button, self.delete_button],
            [self.form, self.status_box, self.agreements],
        )

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(list_box)
        self.splitter.addWidget(self.details_scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.service_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.new_button.clicked.connect(self.new_place)
        self.delete_button.clicked.connect(self.delete_place)
        self.note_button.clicked.connect(self._request_note)
        self.import_button.clicked.connect(self._import)
        self.form.save_requested.connect(self.save_place)
        self.status_box.add_requested.connect(self.add_status)
        self.status_box.remove_requested.connect(self.remove_status)
        self.table.selectionModel().currentRowChanged.connect(self._on_place_chosen)
        context.hub.changed.connect(self._on_changes)
        self._show_place(None)

    # -- what is shown ------------------------------------------------------------------

    @property
    def place(self) -> PlaceRow | None:
        """The saved place in the form (None for a new one or none)."""
        return self._place

    def show_municipality(self, code: str) -> None:
        """The municipality's places, all services, the first place in the form."""
        self._code = code
        self.service_filter.blockSignals(True)
        self.service_filter.setCurrentIndex(0)
        self.service_filter.blockSignals(False)
        self._new = False
        self._reload(select_id=None, keep_typed=False)

    def select_place(self, place_id: str) -> None:
        if self._place is not None and self._place.id == place_id:
            return
        if not self.editing.resolve_unsaved():
            return
        if self.model.row_of(place_id) is None and self.service_filter.currentIndex() != 0:
            self.service_filter.blockSignals(True)
            self.service_filter.setCurrentIndex(0)  # the filter hid it: show every place
            self.service_filter.blockSignals(False)
        self._new = False
        self._reload(select_id=place_id, keep_typed=False)

    def show_agreement(self, agreement_id: str) -> None:
        # Imported here: the agreements' use cases are another part's, needed only now.
        from servicepunkt_gui.core.agreements import get_agreement

        found = self._writes.read(lambda s: get_agreement(s, agreement_id))
        if found is None:
            return
        self.select_place(found.place_id)
        if self._place is not None and self._place.id == found.place_id:
            self.agreements.show_agreement(agreement_id)

    def _reload(self, select_id: str | None, keep_typed: bool = True) -> None:
        """Read the list again. The place shown stays shown; what is typed in it stays too
        unless ``keep_typed`` is False (then the form shows the chosen place as stored)."""
        code = self._code
        if code is None:
            return
        service = self.service_filter.currentData()
        rows = self._writes.read(lambda s: places.list_places(s, code, service))
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        self.model.set_places(rows)
        row = self.model.row_of(select_id)
        if row is None and select_id is None and not self._new and rows:
            row = 0  # a municipality opened: its first place
        self._select_row(row)
        selection.blockSignals(False)
        self.empty_label.setVisible(not rows and service is None)
        if self._new and row is None:
            self._update_buttons()
            return  # the new place being typed stays in the form
        chosen = self.model.place(row) if row is not None else None
        same = chosen is not None and self._place is not None and chosen.id == self._place.id
        if same and keep_typed and self.editing.is_dirty():
            typed, read = self.form.draft_fields(), self.editing.read_state()
            self._show_place(chosen)
            self.form.apply_draft(typed)  # what the official is typing stays
            self.editing.remember_read(*read)  # ... saved against what it was typed over
        else:
            self._show_place(chosen)

    def _select_row(self, row: int | None) -> None:
        selection = self.table.selectionModel()
        if row is None:
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
            return
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        selection.setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        self.table.horizontalScrollBar().setValue(0)  # the name column in view

    def _show_place(self, place: PlaceRow | None) -> None:
        self._place = place
        if place is not None:
            self._new = False
        self.form.show_place(place.values if place is not None else None)
        read = places.place_fields(place.values) if place is not None else {}
        self.editing.remember_read(place.row_version if place is not None else None, read)
        self.heading.setText(place.name if place is not None else "")
        if place is not None:
            place_id = place.id
            history = self._writes.read(lambda s: places.list_status_changes(s, place_id))
            self.status_box.show_changes(history)
        else:
            self.status_box.show_changes([], enabled=False)
        if self._code is not None:
            self.agreements.show_place(self._code, place.id if place is not None else None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_code = self._code is not None
        self.new_button.setEnabled(has_code)
        self.import_button.setEnabled(has_code)
        self.delete_button.setEnabled(self._place is not None)
        self.note_button.setEnabled(self._place is not None)

    def _on_changes(self, changes: Changes, origin: object) -> None:
        """Someone else changed this municipality's places or agreements: show them."""
        if origin is self or not changes.touches_municipality(self._code):
            return
        if not changes.touches(RecordKind.PLACE, RecordKind.AGREEMENT):
            return
        if origin is self.agreements and not changes.touches(RecordKind.PLACE):
            self._refresh_rows()  # the box shows its own change; the list counts it
            return
        self._reload(select_id=self._place.id if self._place else None)

    def _refresh_rows(self) -> None:
        """The list read again, the place and its form, history and agreements untouched."""
        code, service = self._code, self.service_filter.currentData()
        if code is None:
            return
        rows = self._writes.read(lambda s: places.list_places(s, code, service))
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        self.model.set_places(rows)
        self._select_row(self.model.row_of(self._place.id if self._place else None))
        selection.blockSignals(False)

    # -- drafts ---------------------------------------------------------------------------

    def _draft_target(self) -> tuple[str, str] | None:
        if self._code is None:
            return None
        if self._place is not None:
            return (f"place:{self._place.id}", self._code)
        return (f"place:new:{self._code}", self._code) if self._new else None

    def restore_draft(self, draft: drafts.DraftRow) -> None:
        """Show a draft kept before a crash in the form, unsaved."""
        if draft.target_id is None:
            self.new_place()
            if not self._new:
                return
        else:
            self.select_place(draft.target_id)
            if self._place is None or self._place.id != draft.target_id:
                return
        self.editing.take_draft(draft)

    # -- the official's actions ----------------------------------------------------------

    def _on_place_chosen(self, current: QModelIndex, previous: QModelIndex) -> None:
        chosen = self.model.place(current.row()) if current.isValid() else None
        if chosen is not None and self._place is not None and chosen.id == self._place.id:
            return
        was_dirty = self.editing.is_dirty()
        if not self.editing.resolve_unsaved():
            selection = self.table.selectionModel()
            selection.blockSignals(True)
            self._select_row(previous.row() if previous.isValid() else None)
            selection.blockSignals(False)
            return
        self._new = False
        if was_dirty and chosen is not None:
            self._reload(select_id=chosen.id, keep_typed=False)  # a save changed the list
            return
        self._show_place(chosen)

    def _on_filter_changed(self) -> None:
        self._reload(select_id=self._place.id if self._place else None)

    def new_place(self) -> None:
        if self._code is None or not self.editing.resolve_unsaved():
            return
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        self._select_row(None)
        selection.blockSignals(False)
        self._show_place(None)
        self._new = True
        self.form.show_place(PlaceInput(name=""))
        self.heading.setText(self.tr("New service place"))
        self.form.texts["name"].setFocus()

    def save_place(self) -> bool:
        code = self._code
        if code is None or (self._place is None and not self._new):
            return True
        values = self.form.checked_values()
        if values is None:
            return False
        editing = self._place

        def reload(_conflict: object) -> None:  # "use the saved version"
            self._reload(select_id=editing.id if editing else None, keep_typed=False)

        try:
            saved = self.editing.write_checked(
                place_saver(code, editing), values, PlaceInput, reload, self, editing is None
            )
        except ValidationError as error:
            self.form.show_problem(error.field, error.reason)
            return False
        if saved is None:
            return False  # the write path said why; what was typed stays
        self.editing.draft_dropped()
        self._new = False
        self._place = saved
        self._reload(select_id=saved.id, keep_typed=False)
        return True

    def delete_place(self) -> None:
        place = self._place
        if place is None:
            return
        if not dialogs.confirm_delete(self, self.tr("Delete service place"), place.name):
            return
        done = self._writes.write_done(
            self, lambda s: places.delete_place(s, place.id), origin=self
        )
        if done:
            self.editing.drop_draft()
            self._place = None
            self._reload(select_id=None, keep_typed=False)

    def add_status(self) -> None:
        place = self._place
        if place is None:
            return
        choice = place_status_box.ask_status_change(self)
        if choice is None:
            return
        added = self._writes.write_done(
            self,
            lambda s: places.add_status_change(
                s, place.id, choice.status, choice.changed_on, choice.comment
            ),
            origin=self,
        )
        if added:
            self._reload(select_id=place.id)

    def remove_status(self, change_id: str) -> None:
        place = self._place
        if place is None:
            return
        if self._writes.write_done(
            self, lambda s: places.delete_status_change(s, change_id), origin=self
        ):
            self._reload(select_id=place.id)

    def _request_note(self) -> None:
        if self._place is not None:
            self.note_requested.emit(self._place.id)

    def _import(self) -> None:
        code = self._code
        if code is None or not self.editing.resolve_unsaved():
            return
        from servicepunkt_gui.ui.places.place_import_dialog import ask_place_import

        ask_place_import(self, self._context, code)
