"""The Stöd tab: a municipality's grant cases over the chosen case's form."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.core import drafts, grants
from servicepunkt_gui.core.changes import Changes, RecordKind
from servicepunkt_gui.core.de_minimis import DeMinimisTotal, running_total
from servicepunkt_gui.core.errors import ValidationError
from servicepunkt_gui.core.grant_risk import risk_by_municipality, risk_of
from servicepunkt_gui.core.home_delivery import RuleRow, rule_for_year
from servicepunkt_gui.ui.common import dialogs
from servicepunkt_gui.ui.common.context import WindowContext
from servicepunkt_gui.ui.common.editing import FormEditing
from servicepunkt_gui.ui.common.grant_labels import grant_type_label
from servicepunkt_gui.ui.common.table_copy import enable_table_copy
from servicepunkt_gui.ui.common.write_path import Work
from servicepunkt_gui.ui.grants.grant_form import GrantForm
from servicepunkt_gui.ui.grants.grants_model import GrantsTableModel, period_text
from servicepunkt_gui.ui.grants.rules_dialog import RulesDialog

if TYPE_CHECKING:
    from servicepunkt_gui.core.db import Session

T = TypeVar("T")
# A municipality's cases, who can apply, and why its grants needing a plan are at risk.
_Read = tuple[list[grants.GrantRow], list[tuple[str | None, str]], str | None]


class GrantsPanel(QWidget):
    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._writes = context.writes
        self._code: str | None = None
        self._grant: grants.GrantRow | None = None
        self._new = False  # the form holds a case not saved yet
        self._municipal_risk: str | None = None
        self._rules: dict[int, RuleRow | None] = {}  # by year, until the rules change
        self.rules_dialog: RulesDialog | None = None

        self.new_button = QPushButton(self.tr("Ne&w case"))
        self.delete_button = QPushButton(self.tr("Delete case…"))
        self.rules_button = QPushButton(self.tr("Rules for home delivery grants…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.rules_button)

        self.empty_label = QLabel(
            self.tr(
                "No grant cases are recorded for this municipality. Add one with “New case”: "
                "servicebidrag, hemsändningsbidrag, särskilt driftstöd, investment support…"
            )
        )
        self.empty_label.setWordWrap(True)
        self.model = GrantsTableModel()
        self.view = QTableView()
        self.view.setObjectName("grantsTable")
        self.view.setModel(self.model)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        enable_table_copy(self.view, lambda: self.tr("Grants"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.form = GrantForm(self._rule_for_year, self._de_minimis)
        self.editing = FormEditing(
            self.form,
            noun=lambda: self.tr("the grant case"),
            save=self.save_grant,
            draft_target=self._draft_target,
            write_path=context.writes,
        )
        context.forms.add(self.editing)
        form_box = QWidget()
        form_layout = QVBoxLayout(form_box)
        form_layout.addWidget(self.form)
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setWidget(form_box)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.empty_label)
        table_layout.addWidget(self.view, 1)
        self.splitter.addWidget(table_box)
        self.splitter.addWidget(self.form_scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.splitter, 1)

        self.new_button.clicked.connect(self.new_grant)
        self.delete_button.clicked.connect(self.delete_grant)
        self.rules_button.clicked.connect(self.open_rules)
        self.form.save_requested.connect(self.save_grant)
        self.view.selectionModel().currentRowChanged.connect(self._on_row_chosen)
        context.hub.changed.connect(self._on_changes)
        self._update_buttons()

    # -- loading --------------------------------------------------------------------

    @property
    def grant(self) -> grants.GrantRow | None:
        return self._grant

    def show_municipality(self, code: str) -> None:
        self._code = code
        self._grant, self._new = None, False
        self._reread(select_id=None)

    def select_grant(self, grant_id: str) -> None:
        if self._grant is not None and self._grant.id == grant_id:
            return
        if self.model.row_of(grant_id) is None and self._code is not None:
            self._reread(select_id=self._grant.id if self._grant else None)
        row = self.model.row_of(grant_id)
        if row is not None:
            self.view.setCurrentIndex(self.model.index(row, 0))  # asks about unsaved edits

    def _reread(self, select_id: str | None) -> None:
        code = self._code
        if code is None:
            return
        today = dt.date.today()

        def read(s: Session) -> _Read:
            risk = risk_by_municipality(s, [code], today)[code]
            return grants.list_grants(s, code, today), grants.applicant_choices(s, code), risk

        rows, choices, self._municipal_risk = self._writes.read(read)
        self._rules.clear()
        self.view.selectionModel().blockSignals(True)
        self.model.set_grants(rows)
        self.view.resizeColumnsToContents()
        self.form.set_applicants(choices)
        chosen = next((g for g in rows if g.id == select_id), None)
        if chosen is None and not self._new:
            chosen = rows[0] if rows else None
        if chosen is not None:
            self.view.setCurrentIndex(self.model.index(self.model.row_of(chosen.id) or 0, 0))
        self.view.selectionModel().blockSignals(False)
        self.empty_label.setVisible(not rows)
        if self._new and chosen is None:
            self._show_new()
        else:
            self._show(chosen)

    def _show(self, grant: grants.GrantRow | None) -> None:
        self._grant, self._new = grant, False
        self.form.show_grant(
            grant.values if grant else None,
            risk=grant.plan_risk if grant else None,
            applicant_name=grant.applicant_name if grant else "",
        )
        values = asdict(grant.values) if grant else {}
        self.editing.remember_read(grant.row_version if grant else None, values)
        self._update_buttons()

    def _show_new(self) -> None:
        self._grant, self._new = None, True
        self.view.selectionModel().blockSignals(True)
        self.view.clearSelection()
        self.view.setCurrentIndex(QModelIndex())
        self.view.selectionModel().blockSignals(False)
        values = grants.new_grant_values(dt.date.today())
        risk = risk_of(values.needs_plan, values.status, self._municipal_risk)
        self.form.show_grant(values, is_new=True, risk=risk)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.new_button.setEnabled(self._code is not None)
        self.delete_button.setEnabled(self._grant is not None)
        self.rules_button.setEnabled(self._code is not None)

    def _on_changes(self, changes: Changes, origin: object) -> None:
        """A plan, a place or a grant of this municipality changed elsewhere (a plan's
        revision date moves the warnings), or the rules did: show them."""
        if origin is self or self._code is None:
            return
        if not changes.touches(RecordKind.GRANT, RecordKind.PLAN, RecordKind.PLACE):
            return
        rules_changed = changes.touches(RecordKind.GRANT) and not changes.municipalities
        if not (changes.touches_municipality(self._code) or rules_changed):
            return
        typed = self.form.draft_fields() if self.editing.is_dirty() else None
        shown, read = self._grant, (self.editing.read_version, self.editing.read_values)
        self._reread(select_id=shown.id if shown else None)
        if typed is not None:
            self.form.apply_draft(typed)  # what the official is typing stays
            if shown is not None and self._grant is not None and self._grant.id == shown.id:
                self.editing.remember_read(*read)  # saved against what it was typed over

    # -- what the form reads -----------------------------------------------------------

    def _rule_for_year(self, year: int) -> RuleRow | None:
        if year not in self._rules:
            self._rules[year] = self._writes.read(lambda s: rule_for_year(s, year))
        return self._rules[year]

    def _de_minimis(self, place_id: str | None) -> DeMinimisTotal | None:
        code = self._code
        if code is None:
            return None
        today = dt.date.today()
        return self._writes.read(lambda s: running_total(s, code, place_id, today))

    # -- drafts ----------------------------------------------------------------------------

    def _draft_target(self) -> tuple[str, str] | None:
        if self._code is None:
            return None
        if self._new:
            return (f"grant:new:{self._code}", self._code)
        return (f"grant:{self._grant.id}", self._code) if self._grant is not None else None

    def restore_draft(self, draft: drafts.DraftRow) -> None:
        """A draft kept before a crash, put back into its case's form (or a new one)."""
        if draft.target_id is None:
            self.new_grant()
            if not self._new:
                return
        else:
            self.select_grant(draft.target_id)
            if self._grant is None or self._grant.id != draft.target_id:
                return
        self.editing.take_draft(draft)

    # -- the official's actions ----------------------------------------------------------

    def _on_row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        chosen = self.model.grant(current.row()) if current.isValid() else None
        if chosen is not None and self._grant is not None and chosen.id == self._grant.id:
            return
        if not self.editing.resolve_unsaved():
            self._put_back_selection()
            return
        self._show(chosen)

    def _put_back_selection(self) -> None:
        self.view.selectionModel().blockSignals(True)
        row = self.model.row_of(self._grant.id) if self._grant else None
        if row is None:
            self.view.clearSelection()
            self.view.setCurrentIndex(QModelIndex())
        else:
            self.view.setCurrentIndex(self.model.index(row, 0))
        self.view.selectionModel().blockSignals(False)

    def new_grant(self) -> None:
        if self._code is None or not self.editing.resolve_unsaved():
            return
        self._show_new()
        self.form.type_combo.setFocus()

    def save_grant(self) -> bool:
        code, grant = self._code, self._grant
        if code is None or (grant is None and not self._new):
            return True
        values = self.form.checked_values()
        if values is None:
            return False

        def save_as(values: grants.GrantInput, version: int | None) -> Work[grants.GrantRow]:
            if grant is None:
                return lambda s: grants.create_grant(s, code, values)
            return lambda s: grants.update_grant(s, grant.id, values, expected_version=version)

        handling = self.editing.conflict_handling(
            lambda kept, version: save_as(grants.GrantInput(**kept), version),  # type: ignore[arg-type]
            lambda _conflict: self._reread(select_id=grant.id if grant else None),
        )
        work = self.editing.with_draft_dropped(save_as(values, self.editing.read_version))
        try:
            saved = self._writes.write(self, work, self, handling if grant else None)
        except ValidationError as error:
            self.form.show_refusal(error.field, error.reason)
            return False
        if saved is None:
            return False
        self.editing.draft_dropped()
        self._new = False
        self._reread(select_id=saved.id)
        return True

    def delete_grant(self) -> None:
        grant = self._grant
        if grant is None:
            return
        name = f"{grant_type_label(grant.grant_type)} {period_text(grant)}"
        if grant.title:
            name = f"{grant.title} ({name})"
        if not dialogs.confirm_delete(self, self.tr("Delete grant case"), name):
            return
        if self._writes.write_done(self, lambda s: grants.delete_grant(s, grant.id), origin=self):
            self.editing.drop_draft()
            self._grant = None
            self._reread(select_id=None)

    def open_rules(self) -> None:
        """The rules beside the form (not blocking it): each edit is saved and announced."""
        if self.rules_dialog is None:
            self.rules_dialog = RulesDialog(self._context, self.window())
        self.rules_dialog.reload()
        self.rules_dialog.show()
        self.rules_dialog.activateWindow()

    def _write(self, work: Work[T]) -> T | None:
        return self._writes.write(self, work, origin=self)
