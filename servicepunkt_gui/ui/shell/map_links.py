"""The map tab and the municipality list, linked both ways.

Clicking a municipality on the map opens it (as choosing it in the list does), clicking a
service place opens it in its municipality's Serviceställen tab; the one
chosen in the list is outlined on the map; what the list's filters hide is drawn faded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from servicepunkt_gui.ui.map import MapPanel
    from servicepunkt_gui.ui.shell.main_window import MainWindow


def connect(window: MainWindow, map_panel: MapPanel) -> None:
    master = window.master
    map_panel.municipality_chosen.connect(window.open_municipality)
    map_panel.place_chosen.connect(
        lambda place_id, code: window.open_record("place", place_id, code)
    )
    master.municipality_chosen.connect(lambda code: map_panel.highlight(code or None))
    master.filter_changed.connect(lambda: map_panel.set_visible_codes(_shown(window)))
    map_panel.highlight(master.current_code() or None)
    map_panel.set_visible_codes(_shown(window))


def _shown(window: MainWindow) -> set[str] | None:
    """None (all drawn as usual) when the list's filters hide nothing."""
    master = window.master
    return None if master.shown_count() == master.total_count() else master.shown_codes()
