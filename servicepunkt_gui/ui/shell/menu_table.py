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
                    QCoreApplication.translate("MainWindow", "Connect to a &shared database…"),
                    partial(connect_shared, window),
                    name="connect_shared",
                ),
                Item(
                    QCoreApplication.translate("MainWindow", "Open the &local database"),
                    partial(open_local, window),
                    name="open_local",  # shown while a shared database is open
                ),
                SEPARATOR,
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
                Item(
                    QCoreApplication.translate(
                        "MainWindow", "Take the municipality along to a &local file…"
                    ),
                    lambda: window.share.take_along(),
                    name="take_along",
                ),
                SEPARATOR,
                Item(
                    QCoreApplication.translate("MainWindow", "&Back up now"),
                    lambda: window.safety.backup_now(),
                    name="backup_now",
                ),
                Item(
                    QCoreApplication.translate("MainWindow", "Save a copy as an e&xchange file…"),
                    lambda: window.share.save_exchange_copy(),
                    name="save_exchange_copy",
                ),
                Item(
                    QCoreApplication.translate("MainWindow", "&Restore from backup…"),
                    lambda: window.safety.restore_from_backup(),
                    name="restore_backup",
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
                    name="second_backup_folder",
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


def connect_shared(window: MainWindow) -> MainWindow | None:
    """Ask where the shared database is, then open it in a new window in place of this one."""
    from servicepunkt_gui.ui.shell import application, connect_dialog, recovery

    if not window.is_ready:
        return None  # the file is still being opened behind the first screen
    shown = window.context.writes.database.shared
    request = connect_dialog.ask_connection(
        window, shown or window.preferences.last_shared_location
    )
    if request is None or not window.context.forms.resolve_all():
        return None
    _keep_place(window)
    opened = recovery.open_shared_with_recovery(
        request.location,
        request.password,
        window.preferences,
        window,
        at_start=False,
        keep_password=request.keep_password,
    )
    if opened is None or isinstance(opened, recovery.UseLocalFile):
        return None  # this window stays on its database
    application.replace_window(window, opened[1], None)
    return opened[1]


def open_local(window: MainWindow) -> MainWindow | None:
    """Back from the shared database to the local file, in a new window."""
    from servicepunkt_gui.ui.shell import application, recovery

    if not window.is_ready or not window.context.forms.resolve_all():
        return None
    _keep_place(window)
    preferences = window.preferences
    opened = recovery.open_with_recovery(preferences.local_database_path(), preferences)
    if opened is None or isinstance(opened, recovery.AlreadyRunning):
        return None
    window.preferences.shared_location = None  # the next start opens the file too
    _database, new, instance = opened
    application.replace_window(window, new, instance)
    return new


def _keep_place(window: MainWindow) -> None:
    """The new window is built where this one is (it reads these when it is made)."""
    window.preferences.window_geometry = window.saveGeometry()
    window.preferences.splitter_state = window.splitter.saveState()
    window.preferences.sync()


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
