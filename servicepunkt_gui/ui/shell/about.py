"""Help → About: the version, where the data and the logs are, the data sources, the licences.

The licences (About → Licences…) are one plain text: Servicepunkt's own licence, where the
reference data comes from, Qt's LGPL notice with where to get Qt's source code, and the
licence texts of every Python distribution the app runs with. A frozen build carries that
text as ``resources/licenses/THIRD-PARTY-LICENSES.txt``, written by build.spec with
:func:`write_licence_file` from the build environment (plus the Python interpreter and the
PyInstaller start-up program it bundles); elsewhere (a checkout, an installed wheel) it is
made from the installed distributions' metadata when asked for.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui import __version__
from servicepunkt_gui.core.paths import is_portable, log_dir, portable_home
from servicepunkt_gui.licences import licence_text


def about_text(database_name: str) -> str:
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
        .replace("%2", database_name)
        .replace("%3", str(log_dir()))
    )
    text += "\n\n" + translate(
        "MainWindow",
        "Servicepunkt is free software under the MIT licence. It uses Qt under the GNU LGPL "
        "version 3. Licences… shows every licence and where to get Qt's source code.",
    )
    portable = portable_home() if is_portable() else None
    if portable is not None:
        text += "\n\n" + translate(
            "MainWindow",
            "Portable mode: the database, its backups, the settings and the log files are "
            "kept in %1.",
        ).replace("%1", str(portable))
    return text


def about_box(parent: QWidget | None, database_name: str) -> QMessageBox:
    """The About box (not yet shown): the text, OK, and Licences… that opens the licences."""
    box = QMessageBox(parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # paths are shown as typed
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "About Servicepunkt"))
    box.setText(about_text(database_name))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    licences = box.addButton(
        QCoreApplication.translate("MainWindow", "&Licences…"), QMessageBox.ButtonRole.ActionRole
    )
    # Every button of a message box closes it; this one opens the licences over it instead.
    licences.clicked.disconnect()
    licences.clicked.connect(lambda: show_licences(box))
    return box


def show_about(parent: QWidget, database_name: str) -> None:
    about_box(parent, database_name).exec()


class LicencesDialog(QDialog):
    """The licence text, read-only and plain (nothing in it is rendered as markup)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Licences"))
        intro = QLabel(
            self.tr(
                "Servicepunkt and the software that comes with it, with their licences. Qt is "
                "used under the GNU LGPL version 3; section 3 says where to get its source code."
            ),
            self,
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.text_view = QPlainTextEdit(self)
        self.text_view.setReadOnly(True)
        self.text_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text_view.setPlainText(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text_view, 1)
        layout.addWidget(buttons)
        self.resize(780, 600)


def show_licences(parent: QWidget | None) -> LicencesDialog:
    """Open the licences over parent (window-modal, without blocking); returns the dialog."""
    dialog = LicencesDialog(licence_text(), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
