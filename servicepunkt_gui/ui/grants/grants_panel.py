"""The Stöd tab (being built: issue 13)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from servicepunkt_gui.ui.common.context import WindowContext


class GrantsPanel(QWidget):
    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._code: str | None = None
        QVBoxLayout(self)

    def show_municipality(self, code: str) -> None:
        self._code = code

    def select_grant(self, grant_id: str) -> None:
        del grant_id
