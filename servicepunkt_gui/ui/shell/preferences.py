"""Per-user settings that belong to this computer rather than to the database."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from servicepunkt_gui.core.paths import settings_file
from servicepunkt_gui.ui.shell.i18n import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES


class Preferences:
    def __init__(self) -> None:
        self._settings = QSettings(str(settings_file()), QSettings.Format.IniFormat)

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
    def database_path(self) -> str:
        """The file chosen after a start-up problem; empty means the default file."""
        return self._text("database/path")

    @database_path.setter
    def database_path(self, value: str) -> None:
        self._settings.setValue("database/path", value)

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
        return self._text("list/last_municipality")

    @last_municipality.setter
    def last_municipality(self, value: str) -> None:
        self._settings.setValue("list/last_municipality", value)

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
        self._settings.sync()
