"""The fields of one service plan, checked as they are typed."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.core.models import FIRST_PLAN_YEAR, LAST_PLAN_YEAR
from servicepunkt_gui.core.plans import PlanInput, adopted_before_its_stage, plan_problems
from servicepunkt_gui.core.vocabulary import AdoptingBody, PlanStage
from servicepunkt_gui.ui.common.date_field import DateField
from servicepunkt_gui.ui.common.labels import adopting_body_label, problem_text, stage_label
from servicepunkt_gui.ui.common.reserved_message import ReservedMessage

# The problems each field can have (core's codes), so its message keeps room for the longest.
_REASONS: dict[str, tuple[str, ...]] = {
    "title": ("empty", "too_long"),
    "last_year": ("year_out_of_range", "period_end_before_start"),
    "adopted_on": ("date_format", "date_missing_day"),
    "revise_by": ("date_format", "date_missing_day"),
    "next_follow_up": ("date_format", "date_missing_day"),
    "paragraph": ("too_long",),
    "case_number": ("case_number_format", "too_long"),
}


def document_url(reference: str) -> QUrl:
    """A web address as it is; anything else is taken as a file path."""
    if reference.startswith(("http://", "https://", "file:")):
        return QUrl(reference)
    return QUrl.fromLocalFile(reference)


class PlanForm(QWidget):
    """Emits ``save_requested`` when the official saves; knows nothing of the database."""

    save_requested = Signal()
    dirty_changed = Signal(bool)
    edited = Signal()  # any field changed (the editing helper keeps drafts)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded: PlanInput | None = None
        self._stage: str | None = None
        self._errors: dict[str, ReservedMessage] = {}

        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(300)
        self.first_year = QSpinBox()
        self.last_year = QSpinBox()
        for spin in (self.first_year, self.last_year):
            spin.setRange(FIRST_PLAN_YEAR - 1, LAST_PLAN_YEAR + 1)  # out of range shows why
            spin.setGroupSeparatorShown(False)
        self.adopted_by = QComboBox()
        self.adopted_by.addItem(adopting_body_label(None), None)
        for body in AdoptingBody:
            self.adopted_by.addItem(adopting_body_label(body), body)
        self.adopted_on = DateField()
        self.paragraph = QLineEdit()
        self.paragraph.setMaxLength(40)
        self.paragraph.setPlaceholderText(self.tr("e.g. § 45"))
        self.case_number = QLineEdit()
        self.case_number.setMaxLength(40)
        self.case_number.setPlaceholderText(self.tr("e.g. KS 2024/0815"))
        self.revise_by = DateField()
        self.next_follow_up = DateField()
        self.document = QLineEdit()
        self.document.setPlaceholderText(self.tr("File path or web address"))
        self.browse_button = QPushButton(self.tr("Choose &file…"))
        self.document_link = QLabel()
        # A link on purpose; the address in it is escaped (see _update_link).
        self.document_link.setTextFormat(Qt.TextFormat.RichText)
        self.document_link.setOpenExternalLinks(True)
        self.save_button = QPushButton(self.tr("Save &plan"))
        self.revert_button = QPushButton(self.tr("Undo c&hanges"))

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        period = QHBoxLayout()
        period.addWidget(self.first_year)
        period.addWidget(QLabel("–"))
        period.addWidget(self.last_year)
        period.addStretch(1)
        document_row = QHBoxLayout()
        document_row.addWidget(self.document, 1)
        document_row.addWidget(self.browse_button)
        rows: list[tuple[str, QWidget | QHBoxLayout, str, str, QWidget | QHBoxLayout, str]] = [
            (self.tr("&Title:"), self.title_edit, "title", self.tr("Period:"), period, "last_year"),
            (
                self.tr("Adopted &by:"),
                self.adopted_by,
                "adopted_by",
                self.tr("Adopted &on:"),
                self.adopted_on,
                "adopted_on",
            ),
            (
                self.tr("Paragraph (§):"),
                self.paragraph,
                "paragraph",
                self.tr("Case &number:"),
                self.case_number,
                "case_number",
            ),
            (
                self.tr("&Revise by:"),
                self.revise_by,
                "revise_by",
                self.tr("Next &follow-up:"),
                self.next_follow_up,
                "next_follow_up",
            ),
        ]
        for row_number, (label_a, field_a, key_a, label_b, field_b, key_b) in enumerate(rows):
            row = row_number * 2 + (1 if row_number == 3 else 0)  # the warning after row 2
            self._add_field(grid, row, 0, label_a, field_a, key_a)
            self._add_field(grid, row, 2, label_b, field_b, key_b)
        self._errors["first_year"] = self._errors["last_year"]
        # Beside the decision's fields, its room kept like the errors'.
        self.adoption_warning = ReservedMessage(self._adoption_warnings)
        self.adoption_warning.setObjectName("adoptionWarning")
        grid.addWidget(self.adoption_warning, 6, 1, 1, 3)
        document_label = QLabel(self.tr("Plan &document:"))
        document_label.setBuddy(self.document)
        grid.addWidget(document_label, 9, 0)
        grid.addLayout(document_row, 9, 1, 1, 3)
        grid.addWidget(self.document_link, 10, 1, 1, 3)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(self.save_requested)
        self.revert_button.clicked.connect(self.revert)
        self.browse_button.clicked.connect(self._choose_file)
        for signal in (
            self.title_edit.textChanged,
            self.first_year.valueChanged,
            self.last_year.valueChanged,
            self.adopted_by.currentIndexChanged,
            self.adopted_on.textChanged,
            self.paragraph.textChanged,
            self.case_number.textChanged,
            self.revise_by.textChanged,
            self.next_follow_up.textChanged,
            self.document.textChanged,
        ):
            signal.connect(self._on_edited)
        self.setEnabled(False)

    def _add_field(
        self,
        grid: QGridLayout,
        row: int,
        column: int,
        label_text: str,
        field: QWidget | QHBoxLayout,
        key: str,
    ) -> None:
        label = QLabel(label_text)
        grid.addWidget(label, row, column)
        if isinstance(field, QWidget):
            label.setBuddy(field)
            grid.addWidget(field, row, column + 1)
        else:
            label.setBuddy(self.first_year)
            grid.addLayout(field, row, column + 1)
        reasons = _REASONS.get(key, ("unknown",))
        error = ReservedMessage(lambda: [problem_text(reason) for reason in reasons])
        grid.addWidget(error, row + 1, column + 1)
        self._errors[key] = error

    # -- values -----------------------------------------------------------------

    def show_plan(self, values: PlanInput | None, stage: str | None = None) -> None:
        """Show a plan's fields; ``stage`` (the plan's) decides the adoption warning."""
        self.setEnabled(values is not None)
        self._stage = stage if values is not None else None
        values = values or PlanInput("", dt.date.today().year, dt.date.today().year + 4)
        widgets = (
            self.title_edit,
            self.first_year,
            self.last_year,
            self.adopted_by,
            self.adopted_on,
            self.paragraph,
            self.case_number,
            self.revise_by,
            self.next_follow_up,
            self.document,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.title_edit.setText(values.title)
        self.first_year.setValue(values.first_year)
        self.last_year.setValue(values.last_year)
        self.adopted_by.setCurrentIndex(max(0, self.adopted_by.findData(values.adopted_by)))
        self.adopted_on.set_date(values.adopted_on)
        self.paragraph.setText(values.paragraph)
        self.case_number.setText(values.case_number)
        self.revise_by.set_date(values.revise_by)
        self.next_follow_up.set_date(values.next_follow_up)
        self.document.setText(values.document)
        for widget in widgets:
            widget.blockSignals(False)
        self._loaded = values if self.isEnabled() else None
        self._on_edited()

    def revert(self) -> None:
        self.show_plan(self._loaded, self._stage)

    def current_values(self) -> PlanInput:
        adopted_by = self.adopted_by.currentData()
        return PlanInput(
            title=self.title_edit.text(),
            first_year=self.first_year.value(),
            last_year=self.last_year.value(),
            adopted_by=str(adopted_by) if adopted_by else None,
            adopted_on=self.adopted_on.value(),
            paragraph=self.paragraph.text(),
            case_number=self.case_number.text(),
            revise_by=self.revise_by.value(),
            next_follow_up=self.next_follow_up.value(),
            document=self.document.text(),
        )

    def is_dirty(self) -> bool:
        return self._loaded is not None and (
            self.current_values() != self._loaded or bool(self.problems())
        )

    def problems(self) -> dict[str, str]:
        """Every problem in the form, by field (core's rules plus the date fields)."""
        problems = plan_problems(self.current_values())
        for key, field in (
            ("adopted_on", self.adopted_on),
            ("revise_by", self.revise_by),
            ("next_follow_up", self.next_follow_up),
        ):
            if (problem := field.problem()) is not None:
                problems[key] = problem
        return problems

    def checked_values(self) -> PlanInput | None:
        """The plan as typed, or None (with every problem shown) if it cannot be saved."""
        self._show_problems()
        return None if self.problems() else self.current_values()

    def _show_problems(self) -> None:
        problems = self.problems()
        for key, label in self._errors.items():
            if key == "first_year":
                continue
            reason = problems.get(key) or (
                problems.get("first_year") if key == "last_year" else None
            )
            label.say(problem_text(reason) if reason else "")
        early = self._stage is not None and adopted_before_its_stage(
            self.current_values(), self._stage
        )
        self.adoption_warning.say(self._adoption_warning(self._stage) if early else "")

    def _adoption_warning(self, stage: str | None) -> str:
        return self.tr(
            "The decision is filled in, but the plan is still at the stage “%1”. "
            "Change the stage when the plan has been adopted."
        ).replace("%1", stage_label(stage or ""))

    def _adoption_warnings(self) -> list[str]:
        stages = list(PlanStage)
        return [self._adoption_warning(s) for s in stages[: stages.index(PlanStage.ADOPTED)]]

    def _on_edited(self) -> None:
        self._show_problems()
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self._update_link()
        self.dirty_changed.emit(dirty)
        self.edited.emit()

    def draft_fields(self) -> dict[str, object]:
        """The form as typed, text for text (dates too, even if not valid yet)."""
        return {
            "title": self.title_edit.text(),
            "first_year": self.first_year.value(),
            "last_year": self.last_year.value(),
            "adopted_by": self.adopted_by.currentData(),
            "adopted_on": self.adopted_on.text(),
            "paragraph": self.paragraph.text(),
            "case_number": self.case_number.text(),
            "revise_by": self.revise_by.text(),
            "next_follow_up": self.next_follow_up.text(),
            "document": self.document.text(),
        }

    def apply_draft(self, fields: dict[str, object]) -> None:
        for key, edit in (
            ("title", self.title_edit),
            ("adopted_on", self.adopted_on),
            ("paragraph", self.paragraph),
            ("case_number", self.case_number),
            ("revise_by", self.revise_by),
            ("next_follow_up", self.next_follow_up),
            ("document", self.document),
        ):
            edit.setText(str(fields.get(key) or ""))
        for key, spin in (("first_year", self.first_year), ("last_year", self.last_year)):
            value = fields.get(key)
            if isinstance(value, int):
                spin.setValue(value)
        self.adopted_by.setCurrentIndex(max(0, self.adopted_by.findData(fields.get("adopted_by"))))

    def _update_link(self) -> None:
        reference = self.document.text().strip()
        if not reference:
            self.document_link.clear()
            return
        url = document_url(reference).toString(QUrl.ComponentFormattingOption.FullyEncoded)
        label = html.escape(self.tr("Open the plan document"))
        self.document_link.setText(f'<a href="{html.escape(url, quote=True)}">{label}</a>')

    def _choose_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the plan document"), self.document_folder()
        )
        if path:
            self.document.setText(path)

    def document_folder(self) -> str:
        """Where "Choose file…" starts: the chosen document's folder, else the user's documents."""
        current = Path(self.document.text().strip()).expanduser()
        if self.document.text().strip() and current.parent.is_dir():
            return str(current.parent)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return documents or str(Path.home())
