"""The keyboard shortcuts: those of the window's menus, read from its actions, and the keys
widgets handle themselves (each with the module that handles it; tests/ui/shell/test_help.py
checks that every module under ui/ that handles keys is named here).

Shown by Help → Keyboard shortcuts (``help_window.ShortcutsDialog``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu


@dataclass(frozen=True)
class Shortcut:
    keys: str
    what: str
    where: str
    source: str = ""  # for keys handled in code: the module under ui/ that handles them


def plain_label(text: str) -> str:
    """A menu text without its mnemonic: "&Save" → "Save", "A && B" → "A & B"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def key_text(action: QAction) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(keys.toString(native) for keys in action.shortcuts() if not keys.isEmpty())


def menu_shortcuts(window: QMainWindow) -> list[Shortcut]:
    """Every action of the window that has a shortcut: those in menus first, in menu order."""
    found: list[Shortcut] = []
    seen: dict[int, QAction] = {}  # holding the actions keeps their ids from being reused

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, f"{path} → {plain_label(submenu.title())}")
            elif key_text(action):
                seen[id(action)] = action
                found.append(Shortcut(key_text(action), plain_label(action.text()), path))

    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, plain_label(menu.title()))
    window_name = QCoreApplication.translate("Shortcuts", "Main window")
    for action in window.findChildren(QAction):
        if id(action) not in seen and key_text(action):
            found.append(Shortcut(key_text(action), plain_label(action.text()), window_name))
    return found


def keys_handled_in_code() -> list[Shortcut]:
    """Keys that widgets handle themselves rather than through an action of a menu."""
    translate = QCoreApplication.translate
    native = QKeySequence.SequenceFormat.NativeText
    key = QKeySequence.StandardKey
    find, find_next, copy, delete = (
        QKeySequence(k).toString(native) for k in (key.Find, key.FindNext, key.Copy, key.Delete)
    )
    enter, escape = translate("Shortcuts", "Enter"), translate("Shortcuts", "Esc")
    master = "ui/municipalities/master_panel.py"
    places: list[tuple[str, str, list[tuple[str, str]]]] = [
        (translate("Shortcuts", "Municipality search field"), master, [
            ("↓", translate("Shortcuts", "Move from the search field into the list")),
            (
                enter,
                translate("Shortcuts", "Open the municipality that best fits what you typed"),
            ),
        ]),
        (translate("Shortcuts", "Municipality list"), master, [
            ("↑ ↓", translate("Shortcuts", "Show the previous or next municipality")),
        ]),
        (translate("Shortcuts", "Search everything"), "ui/search/search_panel.py", [
            (enter, translate("Shortcuts", "Move from the search field to the hits")),
            (enter, translate("Shortcuts", "Open the note, plan or action of a hit")),
        ]),
        (translate("Shortcuts", "Overview: what falls due"), "ui/overview/overview_panel.py", [
            (enter, translate("Shortcuts", "Open the municipality of a row")),
        ]),
        (translate("Shortcuts", "Actions table"), "ui/plans/actions_panel.py", [
            ("F2", translate("Shortcuts", "Edit the cell (or just start typing)")),
            (
                translate("Shortcuts", "Enter, Tab"),
                translate("Shortcuts", "Save the cell and move on"),
            ),
            (escape, translate("Shortcuts", "Leave the cell without keeping the change")),
        ]),
        (translate("Shortcuts", "Overview: the chart"), "ui/overview/stage_chart.py", [
            ("↑ ↓", translate("Shortcuts", "Choose a county's bar")),
            (enter, translate("Shortcuts", "List the county's municipalities")),
        ]),
        (translate("Shortcuts", "A municipality's notes"), "ui/notes/notes_filters.py", [
            (enter, translate("Shortcuts", "Find in the notes at once (in the find field)")),
            ("End", translate("Shortcuts", "Go to the oldest note (in the list)")),
        ]),
        (translate("Shortcuts", "Lists and tables"), "ui/common/list_keys.py", [
            (translate("Shortcuts", "Tab"),
             translate("Shortcuts", "Leave the list for the next field")),
            (delete,
             translate("Shortcuts", "Delete the selected note, action or goal (asks first)")),
            (copy, translate("Shortcuts", "Copy the selected rows, with a header row")),
        ]),
        (translate("Shortcuts", "To do"), "ui/todo/todo_panel.py", [
            (enter, translate("Shortcuts", "Open the plan, action, place or grant of a row")),
        ]),
        (translate("Shortcuts", "An agreement"), "ui/places/agreement_dialog.py", [
            (QKeySequence(key.Save).toString(native),
             translate("Shortcuts", "Save the agreement")),
        ]),
        (translate("Shortcuts", "The map"), "ui/map/map_canvas.py", [
            ("← → ↑ ↓", translate("Shortcuts", "Move the map")),
            ("+ −", translate("Shortcuts", "Zoom in or out")),
            ("0", translate("Shortcuts", "Show all of Sweden")),
            (translate("Shortcuts", "Tab, Shift+Tab"),
             translate("Shortcuts", "Go through the municipalities")),
            (enter, translate("Shortcuts", "Open the municipality")),
            (escape, translate("Shortcuts", "Leave the map")),
        ]),
        (translate("Shortcuts", "Everywhere"), "", [
            (
                translate("Shortcuts", "Alt + the underlined letter"),
                translate("Shortcuts", "Go to that menu, button or field"),
            ),
        ]),
        (translate("Shortcuts", "User guide"), "ui/shell/help_window.py", [
            (find, translate("Shortcuts", "Find in the guide")),
            (find_next, translate("Shortcuts", "Find the next match")),
            (escape, translate("Shortcuts", "Close the guide")),
        ]),
    ]  # fmt: skip
    return [
        Shortcut(keys, what, where, source)
        for where, source, keys_and_what in places
        for keys, what in keys_and_what
    ]
