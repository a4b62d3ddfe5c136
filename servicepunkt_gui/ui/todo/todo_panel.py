"""The Att göra tab (being built: issue 13)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from servicepunkt_gui.ui.common.context import WindowContext


class TodoPanel(QWidget):
    # What a row is about: kind ("plan", "action", "place", "agreement", "grant"), its id,
    # and its municipality's code.
    record_requested = Signal(str, str, str)

    def __init__(self, context: WindowContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        QVBoxLayout(self)
