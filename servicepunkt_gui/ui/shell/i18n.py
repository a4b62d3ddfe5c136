"""Load the app's and Qt's own translations. Swedish is the default language."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from servicepunkt_gui.resources import resource_path

log = logging.getLogger(__name__)

SUPPORTED_LANGUAGES = ("sv", "en")
DEFAULT_LANGUAGE = "sv"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install translators for ``language``; returns them so the caller keeps them alive."""
    if language not in SUPPORTED_LANGUAGES:
        language = DEFAULT_LANGUAGE
    # Dates and numbers follow Swedish conventions in both languages (users are in Sweden).
    qt_language = QLocale.Language.Swedish if language == "sv" else QLocale.Language.English
    QLocale.setDefault(QLocale(qt_language, QLocale.Country.Sweden))
    installed = []
    own = QTranslator(app)
    if own.load(str(resource_path("translations", f"servicepunkt_{language}.qm"))):
        app.installTranslator(own)
        installed.append(own)
    else:
        log.warning("translation servicepunkt_%s.qm missing", language)
    if language != "en":
        # Qt's own strings: the buttons of standard dialogs, context menus of text fields.
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", qt_dir):
            app.installTranslator(qt)
            installed.append(qt)
        else:
            log.warning("Qt's own %s translation not found in %s", language, qt_dir)
    return installed
