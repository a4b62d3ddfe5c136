"""Choose a backup to restore: date, kind and size of each."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.core.backup import BackupFile

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class BackupDialog(QDialog):
    def __init__(self, backups: list[BackupFile], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(520, 360)
        intro = QLabel(
            self.tr(
                "Choose the backup to go back to. What the database holds now is first saved "
                "as a backup of its own, so nothing is lost."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        kinds = {
            "daily": self.tr("automatic"),
            "manual": self.tr("made by you"),
            "before-restore": self.tr("before a restore"),
            "import": self.tr("before an import"),
        }
        locale = QLocale()
        for backup in backups:
            kind = kinds.get(backup.kind) or (
                self.tr("before an upgrade") if backup.kind.startswith("before-upgrade") else ""
            )
            label = "{}  ·  {}  ·  {}".format(
                backup.made_at.strftime("%Y-%m-%d %H:%M:%S"),
                kind,
                locale.formattedDataSize(backup.size, 1, QLocale.DataSizeFormat.DataSizeSIFormat),
            )
            item = QListWidgetItem(label)
            item.setData(PATH_ROLE, str(backup.path))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Restore"))
        ok.setEnabled(bool(backups))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def chosen_path(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(PATH_ROLE)) if item is not None else None


def choose_backup(parent: QWidget | None, backups: list[BackupFile]) -> str | None:
    """The path of the backup to restore, or None. Tests replace this function."""
    dialog = BackupDialog(backups, parent)
    return dialog.chosen_path() if dialog.exec() == QDialog.DialogCode.Accepted else None
