"""The agreements of one place, with their payments (being built: issue 13)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from servicepunkt_gui.ui.common.context import WindowContext


class AgreementsBox(QWidget):
    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        QVBoxLayout(self)

    def show_place(self, municipality_code: str, place_id: str | None) -> None:
        del municipality_code, place_id

    def show_agreement(self, agreement_id: str) -> None:
        del agreement_id
