"""Per-user settings that belong to this computer rather than to the database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QTimer

from servicepunkt_gui.core.paths import default_database_path, settings_file
from servicepunkt_gui.core.shared_location import LocationError, SharedLocation, from_url
from servicepunkt_gui.ui.shell.i18n import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES

# The municipality on show changes with every click in the list. Each write of the settings
# file takes a lock file and two fdatasyncs on the window's thread, so the choice is written
# this long after the last change (and by ``sync``, which closing the window calls).
LAST_MUNICIPALITY_WRITE_DELAY_MS = 1000


class Preferences:
    def __init__(self) -> None:
        self._settings = QSettings(str(settings_file()), QSettings.Format.IniFormat)
        self._pending_last_municipality: str | None = None
        self._write_timer: QTimer | None = None

    def _text(self, key: str, default: str = "") -> str:
        value = self._settings.value(key, default)
        return value if isinstance(value, str) else default

    def _flag(self, key: str, default: bool = False) -> bool:
        value = self._settings.value(key, default)
        if isinstance(value, str):
            return value.lower() == "true"
        return bool(value)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) else None

    @property
    def language(self) -> str:
        value = self._text("language", DEFAULT_LANGUAGE)
        return value if value in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue("language", value)

    @property
    def appearance(self) -> str:
        """Colours: "system" (as the computer is set), "light" or "dark"."""
        value = self._text("appearance", "system")
        return value if value in ("system", "light", "dark") else "system"

    @appearance.setter
    def appearance(self, value: str) -> None:
        self._settings.setValue("appearance", value)

    @property
    def database_path(self) -> str:
        """The file chosen after a start-up problem; empty means the default file."""
        return self._text("database/path")

    @database_path.setter
    def database_path(self, value: str) -> None:
        self._settings.setValue("database/path", value)

    def local_database_path(self) -> Path:
        """The local file: the one chosen after a start-up problem, or the default one."""
        chosen = self.database_path
        return Path(chosen) if chosen else default_database_path()

    @property
    def shared_location(self) -> SharedLocation | None:
        """The shared database open last (opened again at the next start); None: the file."""
        return self._location("database/shared_url")

    @shared_location.setter
    def shared_location(self, value: SharedLocation | None) -> None:
        if value is None:
            self._settings.remove("database/shared_url")
        else:
            self._settings.setValue("database/shared_url", value.url())
            self._settings.setValue("database/last_shared_url", value.url())

    @property
    def last_shared_location(self) -> SharedLocation | None:
        """The shared database connected to last, also after going back to the file: what
        the connect dialog offers."""
        return self._location("database/last_shared_url")

    def _location(self, key: str) -> SharedLocation | None:
        # Only a location's url() is ever written, and it never holds a password; one typed
        # into the settings file by hand is ignored.
        text = self._text(key)
        if not text:
            return None
        try:
            location, _password = from_url(text)
        except LocationError:
            return None
        return location

    @property
    def second_backup_folder(self) -> str:
        """Where each daily backup is also copied (a USB stick, a share); "" for nowhere."""
        return self._text("backup/second_folder")

    @second_backup_folder.setter
    def second_backup_folder(self, value: str) -> None:
        self._settings.setValue("backup/second_folder", value)

    @property
    def export_folder(self) -> str:
        """Where the last export or exchange file was saved or read; "" before the first."""
        return self._text("export/folder")

    @export_folder.setter
    def export_folder(self, value: str) -> None:
        self._settings.setValue("export/folder", value)

    @property
    def author_name(self) -> str:
        return self._text("author_name")

    @author_name.setter
    def author_name(self, value: str) -> None:
        self._settings.setValue("author_name", value)

    @property
    def mine_first(self) -> bool:
        return self._flag("list/mine_first", True)

    @mine_first.setter
    def mine_first(self, value: bool) -> None:
        self._settings.setValue("list/mine_first", value)

    @property
    def last_municipality(self) -> str:
        if self._pending_last_municipality is not None:
            return self._pending_last_municipality
        return self._text("list/last_municipality")

    @last_municipality.setter
    def last_municipality(self, value: str) -> None:
        self._pending_last_municipality = value
        if QCoreApplication.instance() is None:
            self._write_last_municipality()  # no event loop to write it later
            return
        if self._write_timer is None:
            self._write_timer = QTimer()
            self._write_timer.setSingleShot(True)
            self._write_timer.setInterval(LAST_MUNICIPALITY_WRITE_DELAY_MS)
            self._write_timer.timeout.connect(self._write_last_municipality)
        self._write_timer.start()

    def _write_last_municipality(self) -> None:
        if self._pending_last_municipality is not None:
            self._settings.setValue("list/last_municipality", self._pending_last_municipality)
            self._pending_last_municipality = None

    @property
    def window_geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._settings.setValue("window/geometry", value)

    @property
    def splitter_state(self) -> QByteArray | None:
        return self._bytes("window/splitter")

    @splitter_state.setter
    def splitter_state(self, value: QByteArray) -> None:
        self._settings.setValue("window/splitter", value)

    def sync(self) -> None:
        if self._write_timer is not None:
            self._write_timer.stop()
        self._write_last_municipality()
        self._settings.sync()
