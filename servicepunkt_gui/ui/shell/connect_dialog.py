"""Arkiv → Anslut till delad databas…: where the shared database is, and who logs in.

Host, port, database, user, password and TLS (said in words, not libpq's sslmode codes),
and whether the password is kept in the computer's keyring. Without that box ticked the
password lives only as long as the connection: it is never written anywhere. The
messages for a shared database that cannot be opened, and the ways forward, are here too.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.core.errors import DatabaseFromNewerVersionError, SharedDatabaseOpenError
from servicepunkt_gui.core.shared_location import DEFAULT_PORT, SharedLocation


@dataclass(frozen=True)
class ConnectRequest:
    location: SharedLocation
    password: str | None  # None: none typed (the keyring's, .pgpass or the server's trust)
    keep_password: bool  # in the keyring; unticked, a kept one is removed


def _tls_modes() -> list[tuple[str, str]]:
    """libpq's sslmode values, with what each means for the official."""
    return [
        ("prefer", QCoreApplication.translate("Connect", "Encrypted if the server offers it")),
        ("require", QCoreApplication.translate("Connect", "Always encrypted")),
        (
            "verify-full",
            QCoreApplication.translate(
                "Connect", "Always encrypted, and the server's certificate checked"
            ),
        ),
        (
            "verify-ca",
            QCoreApplication.translate(
                "Connect", "Always encrypted, the certificate checked but not the server's name"
            ),
        ),
        ("allow", QCoreApplication.translate("Connect", "Encrypted only if the server demands it")),
        ("disable", QCoreApplication.translate("Connect", "Never encrypted")),
    ]


class ConnectDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        location: SharedLocation | None,
        message: str = "",
        keyring_works: bool = True,
        password_kept: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Connect to a shared database"))
        layout = QVBoxLayout(self)
        self.message = QLabel(message)
        self.message.setObjectName("connectMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setVisible(bool(message))
        layout.addWidget(self.message)
        form = QFormLayout()
        layout.addLayout(form)
        self.host = self._line("connectHost", location.host if location else "")
        self.host.setPlaceholderText(self.tr("for example db.kommun.se"))
        form.addRow(self.tr("&Server:"), self.host)
        self.port = QSpinBox()
        self.port.setObjectName("connectPort")
        self.port.setRange(1, 65535)
        self.port.setValue(location.port if location else DEFAULT_PORT)
        form.addRow(self.tr("&Port:"), self.port)
        self.database = self._line("connectDatabase", location.database if location else "")
        form.addRow(self.tr("&Database:"), self.database)
        self.user = self._line("connectUser", location.user if location else "")
        form.addRow(self.tr("&User name:"), self.user)
        self.password = self._line("connectPassword", "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        if password_kept:
            self.password.setPlaceholderText(self.tr("kept in the keyring"))
        form.addRow(self.tr("Pass&word:"), self.password)
        self.tls = QComboBox()
        self.tls.setObjectName("connectTls")
        for mode, label in _tls_modes():
            self.tls.addItem(label, mode)
        self.tls.setCurrentIndex(max(0, self.tls.findData(location.sslmode if location else "")))
        form.addRow(self.tr("&Encryption:"), self.tls)
        self.keep = QCheckBox(self.tr("Save the password in the computer's keyring"))
        self.keep.setObjectName("connectKeep")
        self.keep.setChecked(keyring_works and password_kept)
        self.keep.setEnabled(keyring_works)
        layout.addWidget(self.keep)
        self.keyring_reason = QLabel(
            self.tr(
                "This computer has no keyring Servicepunkt can use: type the password each time."
            )
        )
        self.keyring_reason.setObjectName("connectKeyringReason")
        self.keyring_reason.setWordWrap(True)
        self.keyring_reason.setVisible(not keyring_works)
        layout.addWidget(self.keyring_reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Connect"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for field in (self.host, self.database, self.user):
            field.textChanged.connect(self._update_ok)
        self._update_ok()
        first_empty = next((f for f in (self.host, self.database, self.user) if not f.text()), None)
        (first_empty or self.password).setFocus()

    def _line(self, name: str, text: str) -> QLineEdit:
        line = QLineEdit(text)
        line.setObjectName(name)
        return line

    def _update_ok(self) -> None:
        complete = all(f.text().strip() for f in (self.host, self.database, self.user))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(complete)

    def request(self) -> ConnectRequest:
        location = SharedLocation(
            host=self.host.text().strip(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            port=self.port.value(),
            sslmode=str(self.tls.currentData()),
        )
        password = self.password.text() or None
        return ConnectRequest(location, password, self.keep.isEnabled() and self.keep.isChecked())


def ask_connection(
    parent: QWidget | None, location: SharedLocation | None, message: str = ""
) -> ConnectRequest | None:
    """Ask where to connect and the password; None if cancelled. Tests replace this."""
    from servicepunkt_gui.core import credentials

    works = credentials.keyring_available()
    kept = works and location is not None and credentials.load_password(location) is not None
    dialog = ConnectDialog(parent, location, message, works, kept)
    try:
        return dialog.request() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


# -- when a shared database cannot be opened ------------------------------------------


def title() -> str:
    return QCoreApplication.translate("Connect", "Servicepunkt cannot open the shared database")


def explain(error: SharedDatabaseOpenError | DatabaseFromNewerVersionError, display: str) -> str:
    """What happened and what to do, ``display`` naming the database (user@host/database);
    never the driver's text, never a password."""
    if isinstance(error, DatabaseFromNewerVersionError):
        return QCoreApplication.translate(
            "Connect",
            "The shared database %1 was upgraded by a newer version of Servicepunkt than "
            "this one.\n\nInstall the newest Servicepunkt (ask your IT department) to open it. "
            "Nothing was changed.",
        ).replace("%1", display)
    texts = {
        SharedDatabaseOpenError.UNREACHABLE: QCoreApplication.translate(
            "Connect",
            "Servicepunkt gets no answer from the database server of %1.\n\nCheck that the "
            "computer is connected to the network (and to the VPN, if you use one) and that "
            "the server's name and port are right, then try again. If it still fails, ask "
            "your IT department whether the server is running.",
        ),
        SharedDatabaseOpenError.LOGIN: QCoreApplication.translate(
            "Connect",
            "The server did not let %1 in: the user name or the password is wrong.\n\nType "
            "the password again. If you have forgotten it, ask your IT department.",
        ),
        SharedDatabaseOpenError.TLS_REQUIRED: QCoreApplication.translate(
            "Connect",
            "The server of %1 takes only encrypted connections.\n\nChoose \u201cAlways "
            "encrypted\u201d under Encryption, then try again.",
        ),
        SharedDatabaseOpenError.TLS_FAILED: QCoreApplication.translate(
            "Connect",
            "Servicepunkt could not encrypt the connection to %1 as chosen under Encryption: "
            "the server offers no encryption, or its certificate could not be checked.\n\n"
            "Ask your IT department which encryption to choose for this server.",
        ),
        SharedDatabaseOpenError.NO_DATABASE: QCoreApplication.translate(
            "Connect",
            "The server has no database with the name in %1.\n\nCheck the database's name, "
            "or ask your IT department what it is called.",
        ),
        SharedDatabaseOpenError.NO_RIGHTS: QCoreApplication.translate(
            "Connect",
            "The user in %1 may not use this database.\n\nAsk your IT department to give you "
            "access to it.",
        ),
        SharedDatabaseOpenError.NOT_SET_UP: QCoreApplication.translate(
            "Connect",
            "The database %1 is not set up for this version of Servicepunkt, and only the IT "
            "department may set it up or upgrade it.\n\nAsk them to run "
            "\u201cservicepunkt server init\u201d for it. Nothing was changed.",
        ),
    }
    text = texts.get(error.reason, texts[SharedDatabaseOpenError.UNREACHABLE])
    return text.replace("%1", display)


class SharedWay(Enum):
    TRY_AGAIN = "again"
    CHANGE = "change"  # the connect dialog again, filled in as it was
    LOCAL = "local"  # the local file instead
    CANCEL = "cancel"  # quit at start; keep the database open so far when switching


def ways_forward(
    error: SharedDatabaseOpenError | DatabaseFromNewerVersionError, at_start: bool
) -> list[SharedWay]:
    unreachable = getattr(error, "reason", "") == SharedDatabaseOpenError.UNREACHABLE
    again = [SharedWay.TRY_AGAIN] if unreachable else []
    local = [SharedWay.LOCAL] if at_start else []
    return [*again, SharedWay.CHANGE, *local, SharedWay.CANCEL]


def _label(way: SharedWay, at_start: bool) -> str:
    if way is SharedWay.CANCEL:
        if at_start:
            return QCoreApplication.translate("Connect", "Quit")
        return QCoreApplication.translate("Connect", "Cancel")
    return {
        SharedWay.TRY_AGAIN: QCoreApplication.translate("Connect", "Try again"),
        SharedWay.CHANGE: QCoreApplication.translate("Connect", "Change the connection…"),
        SharedWay.LOCAL: QCoreApplication.translate("Connect", "Open the local database"),
    }[way]


def ask_way_forward(
    parent: QWidget | None,
    error: SharedDatabaseOpenError | DatabaseFromNewerVersionError,
    display: str,
    options: list[SharedWay],
    at_start: bool,
) -> SharedWay:
    """Explain ``error`` and let the official choose what to do. Tests replace this."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(title())
    box.setText(explain(error, display))
    buttons: dict[QAbstractButton, SharedWay] = {}
    for way in options:
        cancel = way is SharedWay.CANCEL
        role = QMessageBox.ButtonRole.RejectRole if cancel else QMessageBox.ButtonRole.AcceptRole
        button = box.addButton(_label(way, at_start), role)
        buttons[button] = way
        if len(buttons) == 1:
            box.setDefaultButton(button)
    box.exec()
    return buttons.get(box.clickedButton(), SharedWay.CANCEL)
