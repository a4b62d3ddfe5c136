"""Offer a draft kept before a crash: its text is shown, to restore or throw away."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.core.drafts import DraftRow
from servicepunkt_gui.ui.common.labels import local_time_text


class DraftChoice(Enum):
    RESTORE = "restore"
    DISCARD = "discard"
    LATER = "later"


class DraftDialog(QDialog):
    def __init__(self, draft: DraftRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unsaved text found"))
        self.resize(560, 380)
        self.choice = DraftChoice.LATER
        when = local_time_text(draft.updated_at)
        intro = QLabel(
            self.tr(
                "Servicepunkt was closed while you were writing (%1, %2). This text was "
                "kept. Restore it to go on writing, or throw it away."
            )
            .replace("%1", draft.municipality_name)
            .replace("%2", when)
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)  # it names stored data
        intro.setWordWrap(True)
        text = QPlainTextEdit()
        text.setReadOnly(True)
        title = str(draft.fields.get("title") or "")
        body = str(draft.fields.get("body") or "")
        text.setPlainText(f"{title}\n\n{body}" if title else body)
        buttons = QDialogButtonBox()
        restore = QPushButton(self.tr("&Restore"))
        discard = QPushButton(self.tr("&Throw away"))
        later = QPushButton(self.tr("&Later"))
        buttons.addButton(restore, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(discard, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(later, QDialogButtonBox.ButtonRole.RejectRole)
        restore.setDefault(True)
        restore.clicked.connect(lambda: self._done(DraftChoice.RESTORE))
        discard.clicked.connect(lambda: self._done(DraftChoice.DISCARD))
        later.clicked.connect(lambda: self._done(DraftChoice.LATER))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(text, 1)
        layout.addWidget(buttons)

    def _done(self, choice: DraftChoice) -> None:
        self.choice = choice
        self.accept()


def ask_about_draft(parent: QWidget | None, draft: DraftRow) -> DraftChoice:
    """Tests replace this function."""
    dialog = DraftDialog(draft, parent)
    dialog.exec()
    return dialog.choice
