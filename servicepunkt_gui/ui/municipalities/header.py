"""The top of a municipality's page: its name, code and county, programme role, "mine"."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from servicepunkt_gui.core.rows import MunicipalityRow
from servicepunkt_gui.ui.common.labels import role_label

if TYPE_CHECKING:
    from servicepunkt_gui.core.reference import ProgrammeInfo
    from servicepunkt_gui.ui.common.context import WindowContext


class MunicipalityHeader(QWidget):
    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._writes = context.writes
        self._municipality: MunicipalityRow | None = None
        self.name_label = QLabel()
        self.name_label.setObjectName("municipalityName")
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts_label = QLabel()
        self.facts_label.setObjectName("municipalityFacts")
        self.facts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.facts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.role_label = QLabel()
        self.role_label.setObjectName("programmeRole")
        self.role_label.setTextFormat(Qt.TextFormat.PlainText)
        self.role_label.setWordWrap(True)
        self.role_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.role_label.setMargin(8)
        self.mine_button = QPushButton()
        self.mine_button.setCheckable(True)

        top = QHBoxLayout()
        top.addWidget(self.name_label, 1)
        top.addWidget(self.mine_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.facts_label)
        layout.addWidget(self.role_label)

        self.mine_button.toggled.connect(self._on_mine_toggled)

    def show_municipality(
        self, municipality: MunicipalityRow, programme: ProgrammeInfo | None
    ) -> None:
        self._municipality = municipality
        self.name_label.setText(municipality.name)
        self.facts_label.setText(
            self.tr("Municipality code %1 · %2")
            .replace("%1", municipality.code)
            .replace("%2", municipality.county_name)
        )
        self.role_label.setText(self._role_text(municipality, programme))
        self._show_mine(municipality.is_mine)

    def _role_text(self, municipality: MunicipalityRow, programme: ProgrammeInfo | None) -> str:
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

    # -- "mine" ------------------------------------------------------------------

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
        from servicepunkt_gui.core.municipalities import set_mine  # after the first paint

        code = self._municipality.code
        if self._writes.write_done(self, lambda s: set_mine(s, code, checked), origin=self):
            self._municipality = replace(self._municipality, is_mine=checked)
            self._show_mine(checked)
        else:
            self._show_mine(not checked)
