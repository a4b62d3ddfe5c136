"""The main window's menus, as a table, and the small settings dialogs they open.

Items call through lambdas: the parts they reach (safety, share, the municipality page) are
attached after the first paint, so they are looked up when the item is chosen.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QInputDialog

from servicepunkt_gui.ui.common import dialogs
from servicepunkt_gui.ui.shell.menus import SEPARATOR, Item, MenuTable

if TYPE_CHECKING:
    from servicepunkt_gui.ui.shell.main_window import MainWindow

SETTINGS_MENU = 2  # its place in main_menus


def main_menus(window: MainWindow) -> MenuTable:
    view_items: list[Item | None] = [
        Item(label, partial(window.tabs.set_current_index, n), f"Ctrl+{n + 1}")
        for n, label in enumerate(
            (
                QCoreApplication.translate("MainWindow", "&Municipalities"),
                QCoreApplication.translate("MainWindow", "&Overview"),
                QCoreApplication.translate("MainWindow", "&Search"),
                QCoreApplication.translate("MainWindow", "M&ap"),
                QCoreApplication.translate("MainWindow", "&To do"),
            )
        )
    ]
    return [
        (
            QCoreApplication.translate("MainWindow", "&File"),
            [
                Item(
                    QCoreApplication.translate("MainWindow", "&Export…"),
                    lambda: window.share.export(),
                    "Ctrl+E",
                    "export",
                ),
                Item(
                    QCoreApplication.translate("MainWindow", "&Print yearly follow-up…"),
                    lambda: window.share.print_follow_up(),
                    QKeySequence.StandardKey.Print,
                    "print",
                ),
                SEPARATOR,
                Item(
                    QCoreApplication.translate(
                        "MainWindow", "Export for a &colleague or the region…"
                    ),
                    lambda: window.share.export_exchange(),
                    name="export_exchange",
                ),
                Item(
                    QCoreApplication.translate("MainWindow", "&Import…"),
                    lambda: window.share.import_exchange(),
                    "Ctrl+I",
                    "import",
                ),
                Item(
                    QCoreApplication.translate("MainWindow", "Import service &places…"),
                    partial(import_places, window),
                    name="import_places",
                ),
                SEPARATOR,
                Item(
                    QCoreApplication.translate("MainWindow", "&Back up now"),
                    lambda: window.safety.backup_now(),
                ),
                Item(
                    QCoreApplication.translate("MainWindow", "&Restore from backup…"),
                    lambda: window.safety.restore_from_backup(),
                ),
                Item(
                    QCoreApplication.translate("MainWindow", "&Trash…"),
                    lambda: window.safety.show_trash(),
                ),
                SEPARATOR,
                Item(
                    QCoreApplication.translate("MainWindow", "&Quit"),
                    window.close,
                    QKeySequence.StandardKey.Quit,
                ),
            ],
        ),
        (
            QCoreApplication.translate("MainWindow", "&Municipality"),
            [
                Item(
                    QCoreApplication.translate("MainWindow", "&Find municipality"),
                    window.show_municipality_search,
                    QKeySequence.StandardKey.Find,
                    "find",
                ),
                Item(
                    QCoreApplication.translate("MainWindow", "Mark or unmark as &mine"),
                    lambda: window.detail.toggle_mine(),
                    "Ctrl+M",
                ),
                SEPARATOR,
                Item(
                    QCoreApplication.translate("MainWindow", "&New note"),
                    lambda: window.detail.new_note(),
                    QKeySequence.StandardKey.New,
                ),
                Item(
                    QCoreApplication.translate("MainWindow", "&Save"),
                    window.context.forms.save_on_screen,
                    QKeySequence.StandardKey.Save,
                    "save",
                ),
                Item(
                    QCoreApplication.translate("MainWindow", "Search &everything"),
                    window.show_search,
                    "Ctrl+Shift+F",
                ),
            ],
        ),
        (
            QCoreApplication.translate("MainWindow", "&Settings"),
            [
                Item(
                    QCoreApplication.translate("MainWindow", "Your &name…"),
                    partial(ask_author_name, window),
                ),
                Item(
                    QCoreApplication.translate("MainWindow", "Second &backup folder…"),
                    lambda: window.safety.edit_second_folder(),
                ),
                Item(
                    QCoreApplication.translate("MainWindow", "&Appearance…"),
                    partial(choose_appearance, window),
                    name="appearance",
                ),
            ],
        ),
        (QCoreApplication.translate("MainWindow", "&View"), view_items),
        (
            QCoreApplication.translate("MainWindow", "&Help"),
            [
                Item(
                    QCoreApplication.translate("MainWindow", "&User guide"),
                    partial(show_help, window),
                    QKeySequence.StandardKey.HelpContents,
                    "help",
                ),
                Item(
                    QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"),
                    partial(show_help, window, shortcuts=True),
                ),
                SEPARATOR,
                Item(
                    QCoreApplication.translate("MainWindow", "&About Servicepunkt"),
                    partial(show_about, window),
                ),
            ],
        ),
    ]


def import_places(window: MainWindow) -> None:
    """A service table (Pipos) or another list of places, into the municipality shown."""
    from servicepunkt_gui.ui.places import ask_place_import

    shown = window.detail.municipality
    if shown is None:
        dialogs.show_info(
            window,
            QCoreApplication.translate("MainWindow", "Import service places"),
            QCoreApplication.translate(
                "MainWindow",
                "Choose the municipality the places belong to in the list first, then "
                "import again.",
            ),
        )
        return
    ask_place_import(window, window.context, shown.code)


def ask_author_name(window: MainWindow) -> None:
    name, ok = QInputDialog.getText(
        window,
        QCoreApplication.translate("MainWindow", "Your name"),
        QCoreApplication.translate("MainWindow", "Name shown as author of new notes:"),
        text=window.preferences.author_name,
    )
    if ok:
        window.preferences.author_name = name.strip()


def choose_appearance(window: MainWindow) -> None:
    from servicepunkt_gui.ui.shell import appearance

    appearance.ask_appearance(window, window.preferences)


def choose_language(window: MainWindow, code: str) -> None:
    if code == window.preferences.language:
        return
    window.preferences.language = code
    dialogs.show_info(
        window,
        QCoreApplication.translate("MainWindow", "Language"),
        QCoreApplication.translate(
            "MainWindow", "The new language is used the next time you start Servicepunkt."
        ),
    )


def show_about(window: MainWindow) -> None:
    from servicepunkt_gui.ui.shell import about

    about.show_about(window, window.context.writes.database.display_name())


def show_help(window: MainWindow, shortcuts: bool = False) -> None:
    # The guide needs no database, so it opens even before the window is attached.
    from servicepunkt_gui.ui.shell import help_window

    if shortcuts:
        help_window.show_shortcuts(window)
    else:
        help_window.show_guide(window)
