"""Earlier versions of a note: see each one's text and take it back into the editor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.core.notes import NoteVersionRow
from servicepunkt_gui.ui.common.labels import local_time_text

VERSION_ROLE = Qt.ItemDataRole.UserRole + 1


class VersionsDialog(QDialog):
    def __init__(self, versions: list[NoteVersionRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Earlier versions"))
        self.resize(640, 460)
        self.chosen: NoteVersionRow | None = None
        intro = QLabel(
            self.tr(
                "The note's text before each change. Taking a version back puts it in the "
                "editor; save to keep it (the current text becomes a version too)."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        for version in versions:
            item = QListWidgetItem(local_time_text(version.saved_at))
            item.setData(VERSION_ROLE, version)
            self.list.addItem(item)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.text)
        splitter.setSizes([160, 460])
        self.take_button = QPushButton(self.tr("&Take this version back"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.take_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._take)
        buttons.rejected.connect(self.reject)
        self.list.currentItemChanged.connect(self._show)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.list.setCurrentRow(0)
        self.take_button.setEnabled(bool(versions))

    def _show(self, item: QListWidgetItem | None) -> None:
        version = item.data(VERSION_ROLE) if item is not None else None
        if isinstance(version, NoteVersionRow):
            heading = f"{version.title}\n\n" if version.title else ""
            self.text.setPlainText(heading + version.body)

    def _take(self) -> None:
        item = self.list.currentItem()
        version = item.data(VERSION_ROLE) if item is not None else None
        if isinstance(version, NoteVersionRow):
            self.chosen = version
            self.accept()


def choose_version(parent: QWidget | None, versions: list[NoteVersionRow]) -> NoteVersionRow | None:
    """Tests replace this function."""
    dialog = VersionsDialog(versions, parent)
    dialog.exec()
    return dialog.chosen
