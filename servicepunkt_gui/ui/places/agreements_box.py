"""The agreements of one place, below its form: a compact table and the agreement dialog."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.core import agreements
from servicepunkt_gui.core.agreements import AgreementRow
from servicepunkt_gui.core.changes import Changes, RecordKind
from servicepunkt_gui.core.errors import ValidationError
from servicepunkt_gui.ui.common import dialogs
from servicepunkt_gui.ui.common.context import WindowContext
from servicepunkt_gui.ui.common.list_keys import delete_key_deletes, tab_leaves
from servicepunkt_gui.ui.common.table_copy import enable_table_copy
from servicepunkt_gui.ui.places.agreement_dialog import AgreementDialog
from servicepunkt_gui.ui.places.agreement_table import AgreementColumn, AgreementsModel


class AgreementsBox(QWidget):
    """Reads the place's agreements itself, and again when a write elsewhere touched them."""

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._code: str | None = None
        self._place_id: str | None = None
        # The clock the marks ("ends", "overdue") are read against.
        self.today: Callable[[], dt.date] = dt.date.today
        self.dialog: AgreementDialog | None = None  # the one open, if any

        self.title = QLabel(self.tr("Agreements"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel(self.tr("An agreement can be added once the place is saved."))
        self.hint.setObjectName("agreementsHint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.model = AgreementsModel(lambda: self.today())
        self.table = QTableView()
        self.table.setObjectName("agreementsTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(AgreementColumn.TASKS, QHeaderView.ResizeMode.Stretch)
        lines = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(lines * 4)  # the header and three agreements
        tab_leaves(self.table)
        delete_key_deletes(self.table, self.delete_agreement)
        self.copier = enable_table_copy(self.table, lambda: self.tr("Agreements"))
        self.new_button = QPushButton(self.tr("New &agreement…"))
        self.new_button.setObjectName("newAgreement")
        self.open_button = QPushButton(self.tr("Open agree&ment…"))
        self.open_button.setObjectName("openAgreement")
        self.delete_button = QPushButton(self.tr("Delete ag&reement"))
        self.delete_button.setObjectName("deleteAgreement")

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.new_button.clicked.connect(self.new_agreement)
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_agreement)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        context.hub.changed.connect(self._on_changes)
        self._show_rows([])

    # -- what is shown --------------------------------------------------------------------

    def show_place(self, municipality_code: str, place_id: str | None) -> None:
        """The place's agreements; None: a new place, not saved yet, has none to show."""
        self._code = municipality_code
        self._place_id = place_id
        self.reload()

    def place_id(self) -> str | None:
        return self._place_id

    def reload(self) -> None:
        place_id = self._place_id
        rows = (
            self._context.writes.read(lambda s: agreements.list_agreements(s, place_id))
            if place_id is not None
            else []
        )
        self._show_rows(rows)

    def _show_rows(self, rows: list[AgreementRow]) -> None:
        selected = self.selected_agreement()
        self.model.set_agreements(rows)
        saved_place = self._place_id is not None
        self.hint.setVisible(not saved_place)
        self.table.setEnabled(saved_place)
        self.table.resizeColumnToContents(AgreementColumn.PERIOD)
        self.table.resizeColumnToContents(AgreementColumn.YEARLY_FEE)
        self.table.resizeColumnToContents(AgreementColumn.NEXT_PAYMENT)
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()

    def selected_agreement(self) -> AgreementRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.agreement(rows[0].row()) if rows else None

    def select(self, agreement_id: str) -> bool:
        row = self.model.row_of(agreement_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _update_buttons(self) -> None:
        self.new_button.setEnabled(self._place_id is not None)
        chosen = self.selected_agreement() is not None
        self.open_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _on_changes(self, changes: Changes, origin: object) -> None:
        if self._place_id is None or origin is self:
            return
        if changes.touches_municipality(self._code) and changes.touches(
            RecordKind.AGREEMENT, RecordKind.PLACE, RecordKind.TRASH
        ):
            self.reload()

    # -- the dialog -----------------------------------------------------------------------

    def show_agreement(self, agreement_id: str) -> None:
        """Select the agreement and open it for editing (from "Att göra", search…)."""
        if self.model.row_of(agreement_id) is None:
            found = self._context.writes.read(lambda s: agreements.get_agreement(s, agreement_id))
            if found is None:
                return
            self.show_place(found.municipality_code, found.place_id)
        if self.select(agreement_id):
            self.open_selected()

    def new_agreement(self) -> None:
        if self._place_id is not None:
            self._open_dialog(None)

    def open_selected(self) -> None:
        agreement = self.selected_agreement()
        if agreement is not None:
            self._open_dialog(agreement)

    def _open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self._open_dialog(self.model.agreement(row))

    def _open_dialog(self, agreement: AgreementRow | None) -> None:
        """Opened window-modal and not blocking (``open``): the box goes on listening."""
        assert self._place_id is not None
        if self.dialog is not None:
            self.dialog.raise_()
            return
        dialog = AgreementDialog(self._context, self._place_id, agreement, self.today, self)
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: AgreementDialog) -> None:
        self.dialog = None
        saved = dialog.saved
        dialog.deleteLater()
        self.reload()
        if saved is not None:
            self.select(saved.id)
        self.table.setFocus()

    # -- deleting -------------------------------------------------------------------------

    def delete_agreement(self) -> None:
        """Ask first; the agreement and its payments go to the trash."""
        agreement = self.selected_agreement()
        if agreement is None:
            return
        name = self.tr("Agreement %1").replace(
            "%1", f"{agreement.starts_on.isoformat()} – {agreement.ends_on.isoformat()}"
        )
        if not dialogs.confirm_delete(self, self.tr("Delete agreement"), name):
            return
        with contextlib.suppress(ValidationError):  # already gone: show what is there
            self._context.writes.write_done(
                self, lambda s: agreements.delete_agreement(s, agreement.id), origin=self
            )
        self.reload()
