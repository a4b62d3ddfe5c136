"""No two items of one menu share their Alt letter, in Swedish, counting items that show
only on a shared database (Öppna lokal databas, Ta med kommunen, Spara en kopia)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMenu

from servicepunkt_gui.ui.shell.main_window import MainWindow


def test_every_menu_item_has_a_letter_of_its_own(
    open_window: Callable[[Path], MainWindow], db_path: Path
) -> None:
    window = open_window(db_path)
    clashes: dict[str, list[str]] = {}
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        assert isinstance(menu, QMenu)
        used: dict[str, str] = {}
        for action in menu.actions():
            found = re.search(r"&([^&])", action.text())
            if found is None:
                continue
            letter = found.group(1).lower()
            if letter in used:
                clashes.setdefault(menu_action.text(), []).append(
                    f"{used[letter]} / {action.text()}"
                )
            used[letter] = action.text()
    assert clashes == {}
    assert window.menuBar().actions()[0].text() == "&Arkiv"  # the Swedish menus were checked
