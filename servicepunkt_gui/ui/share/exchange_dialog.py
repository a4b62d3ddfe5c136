"""File → Export for a colleague or the region…: which municipalities the exchange file holds."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from servicepunkt_gui.core.export_scope import ExportScope
from servicepunkt_gui.ui.share.scope_picker import ScopeChoices, ScopePicker


@dataclass(frozen=True)
class ExchangeRequest:
    scope: ExportScope
    description: str  # for the suggested file name


class ExchangeDialog(QDialog):
    def __init__(self, choices: ScopeChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export for a colleague or the region"))
        intro = QLabel(
            self.tr(
                "The exchange file holds the plans with their stage history, goals and actions, "
                "the notes and the marks of Mina kommuner of the municipalities you choose, "
                "including what is in the trash and what was deleted for good. A colleague "
                "reads it in with File → Import…; nothing either of you wrote is overwritten: "
                "when you both changed the same thing, both versions are kept."
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.scope_picker = ScopePicker(choices)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("E&xport…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.scope_picker)
        layout.addWidget(buttons)

    def request(self) -> ExchangeRequest:
        return ExchangeRequest(self.scope_picker.scope(), self.scope_picker.describe())


def ask_exchange_scope(choices: ScopeChoices, parent: QWidget | None) -> ExchangeRequest | None:
    """Which municipalities to export, or None when cancelled. Tests replace this function."""
    dialog = ExchangeDialog(choices, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.request()
