"""Messages of the grant form: beside a field (keeping their room, so nothing moves when
they come and go), and the banner saying why a case is at risk."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.ui.common.colors import error_label_text, follow_text_colour


class ReservedMessage(QLabel):
    """A wrapped label as tall as the longest text it may show (``candidates``, a function so
    the texts follow the language) at the width it is given, shown or hidden."""

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
        return QSize(super().sizeHint().width(), self.heightForWidth(max(1, self.width())))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.heightForWidth(max(1, self.width())))


class WarningBanner(QFrame):
    """A framed warning with the style's warning icon and words (never a colour alone)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self) * 2
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.icon.setPixmap(icon.pixmap(size, size))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.text = QLabel()
        for label in (self.heading, self.text):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        words = QVBoxLayout()
        words.addWidget(self.heading)
        words.addWidget(self.text)
        layout = QHBoxLayout(self)
        layout.addWidget(self.icon)
        layout.addLayout(words, 1)
        self.hide()

    def say(self, heading: str, explanation: str) -> None:
        self.heading.setText(heading)
        self.text.setText(explanation)
        self.setVisible(bool(heading))
        self.setAccessibleName(heading)
        self.setAccessibleDescription(explanation)
