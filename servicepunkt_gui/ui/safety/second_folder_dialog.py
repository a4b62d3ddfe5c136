"""Settings → Second backup folder…: where each daily backup is also copied."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class SecondFolderDialog(QDialog):
    """Shows the chosen folder and how the last copy went; choose or stop using one."""

    def __init__(
        self, backups_folder: Path, chosen: Path | None, last_outcome: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Second backup folder"))
        self.chosen = chosen
        intro = QLabel(
            self.tr(
                "Servicepunkt saves a backup every day in %1. Choose a second folder, for "
                "example on a USB stick or a network share, and it gets a copy of each daily "
                "backup too. When the folder is missing (the stick is not plugged in) the "
                "status bar says so, and the copy is made the next time it is there."
            ).replace("%1", str(backups_folder))
        )
        self.folder_label = QLabel()
        self.outcome_label = QLabel(last_outcome)
        for label in (intro, self.folder_label, self.outcome_label):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.choose_button = QPushButton(self.tr("&Choose folder…"))
        self.stop_button = QPushButton(self.tr("&Stop copying there"))
        buttons.addButton(self.choose_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.choose_button.clicked.connect(self._choose)
        self.stop_button.clicked.connect(self._stop)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.outcome_label)
        layout.addWidget(buttons)
        self._show_choice()

    def _show_choice(self) -> None:
        if self.chosen is None:
            self.folder_label.setText(self.tr("No second folder is chosen."))
        else:
            self.folder_label.setText(self.tr("Folder: %1").replace("%1", str(self.chosen)))
        self.stop_button.setEnabled(self.chosen is not None)

    def _choose(self) -> None:
        start = self.chosen if self.chosen is not None else Path.home()
        folder = choose_folder(self, start)
        if folder is not None:
            self.chosen = folder
            self.outcome_label.clear()
            self._show_choice()

    def _stop(self) -> None:
        self.chosen = None
        self.outcome_label.clear()
        self._show_choice()


def choose_folder(parent: QWidget | None, start: Path) -> Path | None:
    """Ask for a folder. Tests replace this function."""
    name = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("SecondFolderDialog", "Choose the second backup folder"),
        str(start),
    )
    return Path(name) if name else None


def edit_second_folder(
    parent: QWidget | None, backups_folder: Path, chosen: Path | None, last_outcome: str
) -> Path | None:
    """The folder chosen when the dialog is closed (None: no second folder). Tests replace it."""
    dialog = SecondFolderDialog(backups_folder, chosen, last_outcome, parent)
    dialog.exec()
    return dialog.chosen
