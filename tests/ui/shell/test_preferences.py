"""The settings of this computer: written without stalling the window."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from servicepunkt_gui.ui.shell import preferences as preferences_module
from servicepunkt_gui.ui.shell.preferences import Preferences


def test_the_municipality_on_show_is_written_a_moment_later_or_on_sync(qtbot: QtBot) -> None:
    """Every click in the list chooses a municipality; the file is not written each time."""
    chosen = Preferences()
    chosen.last_municipality = "0114"
    chosen.sync()
    assert Preferences().last_municipality == "0114"

    for code in ("2284", "2482", "1737"):  # browsing with the arrow keys
        chosen.last_municipality = code
    assert chosen.last_municipality == "1737"  # at once, for this window
    assert Preferences().last_municipality == "0114"  # the file not yet written
    qtbot.waitUntil(lambda: Preferences().last_municipality == "1737", timeout=5000)

    chosen.last_municipality = "0880"
    chosen.sync()  # closing the window writes it at once
    assert Preferences().last_municipality == "0880"
    assert preferences_module.LAST_MUNICIPALITY_WRITE_DELAY_MS <= 2000
