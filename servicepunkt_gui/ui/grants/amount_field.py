"""A text field for an optional whole number (kronor, households, deliveries), typed with or
without digit grouping ("32 000", "32000"), which says what is wrong instead of refusing keys:
a field that swallows a minus sign leaves the official guessing."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from servicepunkt_gui.ui.grants.grant_labels import kronor

# Spaces of any width (Excel and Word group digits with no-break and thin spaces).
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]")


def parse_amount(text: str) -> int | None:
    """The whole number typed, None for an empty field; raises ValueError otherwise."""
    compact = _SPACES.sub("", text).replace("\u2212", "-")  # a typographic minus too
    if not compact:
        return None
    if not re.fullmatch(r"-?\d+", compact):
        raise ValueError(text)
    return int(compact)


class AmountField(QLineEdit):
    """Empty means "not known"; ``problem()`` gives a reason code when the text is no number
    or a negative one (core refuses that too, ``grants.grant_problems``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaxLength(20)

    def set_amount(self, value: int | None) -> None:
        self.setText(kronor(value))

    def problem(self) -> str | None:
        try:
            parse_amount(self.text())
        except ValueError:
            return "not_a_number"
        return None

    def value(self) -> int | None:
        """The number typed, or None when empty or no number (check ``problem()`` first)."""
        try:
            return parse_amount(self.text())
        except ValueError:
            return None
