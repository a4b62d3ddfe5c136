"""The fields of one serviceställe, checked as they are typed."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.core import place_validation
from servicepunkt_gui.core.places import PlaceInput, place_problems
from servicepunkt_gui.core.vocabulary import PlaceService
from servicepunkt_gui.ui.common.place_labels import kind_choices, service_label
from servicepunkt_gui.ui.common.reserved_message import ReservedMessage
from servicepunkt_gui.ui.places.place_messages import (
    FIELD_REASONS,
    field_candidates,
    place_problem_text,
)

SERVICE_COLUMNS = 3  # the checklist in three columns: 17 boxes in six rows at 700 px
_TEXT_FIELDS = (
    "name",
    "locality",
    "address",
    "operator_name",
    "org_number",
    "contact_person",
    "phone",
    "email",
    "other_service",
    "nearest_source",
    "service_level",
)
_DECIMAL_FIELDS = ("latitude", "longitude", "hours_per_week", "nearest_km")
_FLAGS = ("staffed", "last_shop", "strategic")


def decimal_text(value: float | None) -> str:
    """A stored number as the official would type it, with a decimal comma."""
    if value is None:
        return ""
    text = repr(float(value))
    text = text.removesuffix(".0")
    return text.replace(".", ",")


class PlaceForm(QWidget):
    """Emits ``save_requested`` when the official saves; knows nothing of the database."""

    save_requested = Signal()
    dirty_changed = Signal(bool)
    edited = Signal()  # any field changed (the editing helper keeps drafts)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded: PlaceInput | None = None
        self._loaded_fields: dict[str, object] = {}
        self._errors: dict[str, ReservedMessage] = {}
        self.texts: dict[str, QLineEdit] = {}
        self.decimals: dict[str, QLineEdit] = {}
        self.flags: dict[str, QCheckBox] = {}

        for key, longest in (
            ("name", place_validation.MAX_NAME_CHARS),
            ("locality", place_validation.MAX_TEXT_CHARS),
            ("address", place_validation.MAX_ADDRESS_CHARS),
            ("operator_name", place_validation.MAX_TEXT_CHARS),
            ("org_number", 13),
            ("contact_person", place_validation.MAX_TEXT_CHARS),
            ("phone", place_validation.MAX_PHONE_CHARS),
            ("email", place_validation.MAX_TEXT_CHARS),
            ("other_service", place_validation.MAX_TEXT_CHARS),
            ("nearest_source", place_validation.MAX_TEXT_CHARS),
            ("service_level", place_validation.MAX_TEXT_CHARS),
        ):
            edit = QLineEdit()
            edit.setObjectName(f"place_{key}")
            edit.setMaxLength(longest)
            self.texts[key] = edit
        for key in _DECIMAL_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"place_{key}")
            edit.setMaxLength(20)
            self.decimals[key] = edit
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("place_kind")
        for code, label in kind_choices():
            self.kind_combo.addItem(label, code)
        self.flags["staffed"] = QCheckBox(self.tr("Staffed"))
        self.flags["last_shop"] = QCheckBox(self.tr("Last shop in the locality"))
        self.flags["strategic"] = QCheckBox(self.tr("Strategically important"))
        for key, box in self.flags.items():
            box.setObjectName(f"place_{key}")
        self.service_boxes: dict[str, QCheckBox] = {}
        for service in PlaceService:
            box = QCheckBox(service_label(service))
            box.setObjectName(f"service_{service.value}")
            self.service_boxes[service.value] = box
        self.texts["org_number"].setPlaceholderText(self.tr("e.g. 556036-0793"))
        self.decimals["latitude"].setPlaceholderText(self.tr("e.g. 63,2911"))
        self.decimals["longitude"].setPlaceholderText(self.tr("e.g. 18,7152"))
        self.texts["nearest_source"].setPlaceholderText(self.tr("e.g. Pipos Serviceanalys 2025"))
        self.texts["service_level"].setPlaceholderText(
            self.tr("e.g. groceries, parcels and pharmacy agent")
        )
        self.save_button = QPushButton(self.tr("Sa&ve place"))
        self.save_button.setObjectName("savePlace")
        self.save_button.setToolTip(self.tr("Save the place (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("U&ndo changes"))
        self.revert_button.setObjectName("revertPlace")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._place_grid())
        layout.addWidget(self._operator_box())
        layout.addWidget(self._services_box())
        layout.addLayout(self._facts_grid())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(self.save_requested)
        self.revert_button.clicked.connect(self.revert)
        for edit in (*self.texts.values(), *self.decimals.values()):
            edit.textChanged.connect(self._on_edited)
        for box in (*self.flags.values(), *self.service_boxes.values()):
            box.toggled.connect(self._on_edited)
        self.kind_combo.currentIndexChanged.connect(self._on_edited)
        self.setEnabled(False)

    # -- layout ---------------------------------------------------------------------

    def _pair(
        self, grid: QGridLayout, row: int, column: int, text: str, field: QWidget, key: str
    ) -> None:
        """A label, its field and below the field the field's message (its room kept)."""
        label = QLabel(text)
        label.setBuddy(field)
        grid.addWidget(label, row, column)
        grid.addWidget(field, row, column + 1)
        if key in FIELD_REASONS and key not in self._errors:  # the others cannot be wrong
            message = ReservedMessage(lambda: field_candidates(key))
            message.setObjectName(f"problem_{key}")
            self._errors[key] = message
            grid.addWidget(message, row + 1, column + 1, 1, 3 if key == "position" else 1)

    def _grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return grid

    def _place_grid(self) -> QGridLayout:
        grid = self._grid()
        self._pair(grid, 0, 0, self.tr("Name:"), self.texts["name"], "name")
        self._pair(grid, 0, 2, self.tr("Kind:"), self.kind_combo, "kind")
        self._pair(grid, 2, 0, self.tr("Locality:"), self.texts["locality"], "locality")
        self._pair(grid, 2, 2, self.tr("Address:"), self.texts["address"], "address")
        self._pair(grid, 4, 0, self.tr("Latitude:"), self.decimals["latitude"], "position")
        self._pair(grid, 4, 2, self.tr("Longitude:"), self.decimals["longitude"], "position")
        return grid

    def _operator_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Operator"))
        grid = self._grid()
        box.setLayout(grid)
        texts = self.texts
        self._pair(grid, 0, 0, self.tr("Company:"), texts["operator_name"], "operator_name")
        self._pair(grid, 0, 2, self.tr("Org. number:"), texts["org_number"], "org_number")
        self._pair(grid, 2, 0, self.tr("Contact:"), texts["contact_person"], "contact_person")
        self._pair(grid, 2, 2, self.tr("Phone:"), texts["phone"], "phone")
        self._pair(grid, 4, 0, self.tr("E-mail:"), texts["email"], "email")
        return box

    def _services_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Services offered"))
        grid = QGridLayout(box)
        grid.setVerticalSpacing(2)
        for number, check in enumerate(self.service_boxes.values()):
            grid.addWidget(check, number // SERVICE_COLUMNS, number % SERVICE_COLUMNS)
        row = (len(self.service_boxes) + SERVICE_COLUMNS - 1) // SERVICE_COLUMNS
        other = QHBoxLayout()
        label = QLabel(self.tr("Other service:"))
        label.setBuddy(self.texts["other_service"])
        other.addWidget(label)
        other.addWidget(self.texts["other_service"], 1)
        grid.addLayout(other, row, 0, 1, SERVICE_COLUMNS)
        return box

    def _facts_grid(self) -> QGridLayout:
        grid = self._grid()
        grid.addWidget(self.flags["staffed"], 0, 0, 1, 2)
        self._pair(
            grid,
            0,
            2,
            self.tr("Hours per week:"),
            self.decimals["hours_per_week"],
            "hours_per_week",
        )
        grid.addWidget(self.flags["last_shop"], 2, 0, 1, 2)
        grid.addWidget(self.flags["strategic"], 2, 2, 1, 2)
        self._pair(
            grid,
            3,
            0,
            self.tr("Nearest comparable (km):"),
            self.decimals["nearest_km"],
            "nearest_km",
        )
        self._pair(grid, 3, 2, self.tr("Source:"), self.texts["nearest_source"], "nearest_source")
        level = QLabel(self.tr("Target service level:"))
        level.setBuddy(self.texts["service_level"])
        grid.addWidget(level, 5, 0)
        grid.addWidget(self.texts["service_level"], 5, 1, 1, 3)
        return grid

    # -- values ---------------------------------------------------------------------

    def show_place(self, values: PlaceInput | None) -> None:
        """Show a place's fields (a new one's defaults); None shows nothing, disabled."""
        self.setEnabled(values is not None)
        shown = values or PlaceInput(name="")
        self._set_fields(_fields_of(shown))
        self._loaded = values
        self._loaded_fields = self.draft_fields()
        self._on_edited()

    def revert(self) -> None:
        self.show_place(self._loaded)

    def _widgets(self) -> list[QWidget]:
        return [
            *self.texts.values(),
            *self.decimals.values(),
            *self.flags.values(),
            *self.service_boxes.values(),
            self.kind_combo,
        ]

    def _set_fields(self, fields: dict[str, object]) -> None:
        for widget in self._widgets():
            widget.blockSignals(True)
        for key, edit in (*self.texts.items(), *self.decimals.items()):
            edit.setText(str(fields.get(key) or ""))
        for key, box in self.flags.items():
            box.setChecked(bool(fields.get(key)))
        chosen = fields.get("services")
        services = set(chosen) if isinstance(chosen, list | tuple) else set()
        for code, box in self.service_boxes.items():
            box.setChecked(code in services)
        index = self.kind_combo.findData(fields.get("kind"))
        if index >= 0:
            self.kind_combo.setCurrentIndex(index)
        for widget in self._widgets():
            widget.blockSignals(False)

    def _decimal(self, key: str) -> float | None:
        try:
            return place_validation.parse_decimal(self.decimals[key].text())
        except ValueError:
            return None

    def current_values(self) -> PlaceInput:
        """The place as typed (a number that cannot be read counts as none: see problems)."""
        base = self._loaded or PlaceInput(name="")
        texts = {key: edit.text() for key, edit in self.texts.items()}
        return replace(
            base,  # keeps what the form does not show: where an imported place came from
            **texts,
            kind=str(self.kind_combo.currentData()),
            latitude=self._decimal("latitude"),
            longitude=self._decimal("longitude"),
            hours_per_week=self._decimal("hours_per_week"),
            nearest_km=self._decimal("nearest_km"),
            services=tuple(code for code, box in self.service_boxes.items() if box.isChecked()),
            staffed=self.flags["staffed"].isChecked(),
            last_shop=self.flags["last_shop"].isChecked(),
            strategic=self.flags["strategic"].isChecked(),
        )

    def problems(self) -> dict[str, str]:
        """Every problem in the form, by field: core's rules plus the numbers' format."""
        problems = place_problems(self.current_values())
        for key in _DECIMAL_FIELDS:
            try:
                place_validation.parse_decimal(self.decimals[key].text())
            except ValueError:
                problems["position" if key in ("latitude", "longitude") else key] = "decimal_format"
        return problems

    def is_dirty(self) -> bool:
        return self._loaded is not None and self.draft_fields() != self._loaded_fields

    def checked_values(self) -> PlaceInput | None:
        """The place as typed, or None (with every problem shown) if it cannot be saved."""
        self._show_problems(everything=True)
        return None if self.problems() else self.current_values()

    def _show_problems(self, everything: bool = False) -> None:
        problems = self.problems()
        if not everything and not self.is_dirty():
            problems = {}  # a blank new place is not scolded before anything is typed
        for key, label in self._errors.items():
            reason = problems.get(key)
            label.say(place_problem_text(reason) if reason else "")

    def show_problem(self, field: str, reason: str) -> None:
        """A problem core found on saving, beside its field."""
        label = self._errors.get(field) or self._errors["name"]
        label.say(place_problem_text(reason))

    def problem_shown(self, field: str) -> str:
        label = self._errors.get(field)
        return label.text() if label is not None and label.isVisibleTo(self) else ""

    def _on_edited(self) -> None:
        self._show_problems()
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.dirty_changed.emit(dirty)
        self.edited.emit()

    # -- drafts -----------------------------------------------------------------------

    def draft_fields(self) -> dict[str, object]:
        """The form as typed, text for text (numbers too, even if they cannot be read)."""
        fields: dict[str, object] = {key: edit.text() for key, edit in self.texts.items()}
        fields.update({key: edit.text() for key, edit in self.decimals.items()})
        fields.update({key: box.isChecked() for key, box in self.flags.items()})
        fields["kind"] = self.kind_combo.currentData()
        fields["services"] = [code for code, box in self.service_boxes.items() if box.isChecked()]
        return fields

    def apply_draft(self, fields: dict[str, object]) -> None:
        self._set_fields(fields)
        self._on_edited()


def _fields_of(values: PlaceInput) -> dict[str, object]:
    fields: dict[str, object] = {key: getattr(values, key) for key in _TEXT_FIELDS}
    fields.update({key: decimal_text(getattr(values, key)) for key in _DECIMAL_FIELDS})
    fields.update({key: getattr(values, key) for key in _FLAGS})
    fields["kind"] = values.kind
    fields["services"] = list(values.services)
    return fields
