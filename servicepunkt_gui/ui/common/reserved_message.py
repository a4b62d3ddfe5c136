"""A message beside a field that keeps its room, so nothing moves when it comes and goes.

Every form uses it (plans, places, agreements, grants): the message is plain text, as it
may quote what was typed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from servicepunkt_gui.ui.common.colors import error_label_text, follow_text_colour


class ReservedMessage(QLabel):
    """A wrapped label as tall as the longest text it may show (``candidates``, a function
    so the texts follow the language) at the width it is given, shown or hidden.

    An inline error that appeared in a row of its own used to push every field below it
    down, away from under the pointer, and pull them back when it went.
    """

    def __init__(
        self, candidates: Callable[[], Iterable[str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._candidates = candidates
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        follow_text_colour(self, error_label_text)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
        self.setSizePolicy(policy)
        self.hide()

    def say(self, text: str) -> None:
        """Show ``text``; an empty text hides the message (its room stays)."""
        self.setText(text)
        self.setVisible(bool(text))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        margins = self.contentsMargins()
        inner = max(1, width - margins.left() - margins.right() - 2 * self.margin())
        metrics = self.fontMetrics()
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        texts = [self.text(), *self._candidates()]
        tallest = max(
            metrics.boundingRect(QRect(0, 0, inner, 100_000), flags, text or " ").height()
            for text in texts
        )
        return tallest + margins.top() + margins.bottom() + 2 * self.margin()

    def sizeHint(self) -> QSize:
        width = max(1, self.width())
        return QSize(super().sizeHint().width(), self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.heightForWidth(max(1, self.width())))
