"""The banner of the grant form saying why a case is at risk. (Messages beside a field are
``ui/common/reserved_message.py``.)"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget


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
