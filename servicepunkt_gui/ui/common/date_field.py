"""A text field for an optional date typed as ÅÅÅÅ-MM-DD, which says what is wrong."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLineEdit, QWidget

from servicepunkt_gui.core.validation import parse_date


class DateField(QLineEdit):
    """Empty means "no date". ``problem()`` gives the reason code when the text is no date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.setMaxLength(10)

    def set_date(self, value: dt.date | None) -> None:
        self.setText(value.isoformat() if value else "")

    def problem(self) -> str | None:
        try:
            parse_date(self.text())
        except ValueError as error:
            return "date_format" if str(error) == "format" else "date_missing_day"
        return None

    def value(self) -> dt.date | None:
        """The date typed, or None when empty or invalid (check ``problem()`` first)."""
        try:
            return parse_date(self.text())
        except ValueError:
            return None
