"""The menu bar, declared as a table: menu, label, shortcut, what it does."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu


@dataclass(frozen=True)
class Item:
    label: str
    run: Callable[[], object]
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
    name: str = ""  # for tests and for other parts of the window that need the QAction


SEPARATOR = None
MenuTable = Sequence[tuple[str, Sequence[Item | None]]]


def build_menus(window: QMainWindow, table: MenuTable) -> tuple[dict[str, QAction], list[QMenu]]:
    """Add each menu and its items to the window's menu bar.

    Returns the named actions, and the menus in the table's order.
    """
    named: dict[str, QAction] = {}
    menus: list[QMenu] = []
    for title, items in table:
        menu = window.menuBar().addMenu(title)
        menus.append(menu)
        for item in items:
            if item is None:
                menu.addSeparator()
                continue
            action = QAction(item.label, window)
            if item.shortcut is not None:
                action.setShortcut(QKeySequence(item.shortcut))
            action.triggered.connect(lambda _checked=False, run=item.run: run())
            menu.addAction(action)
            if item.name:
                named[item.name] = action
    return named, menus


def add_language_menu(
    window: QMainWindow, menu: QMenu, current: str, choose: Callable[[str], None]
) -> None:
    """Svenska / English, one checked; the choice applies at the next start."""
    languages = menu.addMenu(QCoreApplication.translate("Menus", "&Language"))
    group = QActionGroup(window)
    for code, label in (("sv", "Svenska"), ("en", "English")):
        action = QAction(label, window, checkable=True)
        action.setChecked(current == code)
        action.triggered.connect(lambda _checked=False, c=code: choose(c))
        group.addAction(action)
        languages.addAction(action)
