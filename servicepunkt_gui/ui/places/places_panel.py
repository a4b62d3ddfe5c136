"""The Serviceställen tab (being built: issue 13)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from servicepunkt_gui.ui.common.context import WindowContext


class PlacesPanel(QWidget):
    note_requested = Signal(str)  # a place id: write a note about that place

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._code: str | None = None
        QVBoxLayout(self)

    def show_municipality(self, code: str) -> None:
        self._code = code

    def select_place(self, place_id: str) -> None:
        del place_id

    def show_agreement(self, agreement_id: str) -> None:
        del agreement_id
