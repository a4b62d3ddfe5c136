"""Help → About: the version, where the data and the logs are, the data sources."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from servicepunkt_gui import __version__
from servicepunkt_gui.core.paths import is_portable, log_dir, portable_home
from servicepunkt_gui.ui.common import dialogs


def about_text(database_path: Path) -> str:
    translate = QCoreApplication.translate
    text = (
        translate(
            "MainWindow",
            "Servicepunkt %1\n\nFor officials who work on commercial and public service in "
            "rural and sparsely populated areas.\n\nMunicipality and county codes: Statistics "
            "Sweden (SCB), via the open dataset “Swedish Geodata” (CC0). Programme facts: "
            "Tillväxtverket's public page on “Pilotkommuner för serviceutveckling”.\n\n"
            "Database: %2\nLog files: %3",
        )
        .replace("%1", __version__)
        .replace("%2", str(database_path))
        .replace("%3", str(log_dir()))
    )
    portable = portable_home() if is_portable() else None
    if portable is not None:
        text += "\n\n" + translate(
            "MainWindow",
            "Portable mode: the database, its backups, the settings and the log files are "
            "kept in %1.",
        ).replace("%1", str(portable))
    return text


def show_about(parent: QWidget, database_path: Path) -> None:
    dialogs.show_info(
        parent,
        QCoreApplication.translate("MainWindow", "About Servicepunkt"),
        about_text(database_path),
    )
