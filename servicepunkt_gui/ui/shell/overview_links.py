"""Where the overview's clicks lead: a county's municipalities, a due plan or action."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from servicepunkt_gui.ui.overview import OverviewPanel
    from servicepunkt_gui.ui.shell.main_window import MainWindow

MUNICIPALITIES_TAB = 0


def connect(window: MainWindow, overview: OverviewPanel) -> None:
    overview.municipality_requested.connect(window.open_municipality)
    overview.county_requested.connect(lambda county: show_county(window, county))
    overview.plan_requested.connect(
        lambda code, plan_id, action_id: open_due(window, code, plan_id, action_id)
    )


def show_county(window: MainWindow, county_code: str) -> None:
    """The chart's bar: that county's municipalities in the list ("" = every county)."""
    window.tabs.set_current_index(MUNICIPALITIES_TAB)
    window.master.clear_filters()  # the list then holds exactly what the bar counted
    combo = window.master.county_combo
    combo.setCurrentIndex(max(0, combo.findData(county_code)))
    window.master.table.setFocus()


def open_due(window: MainWindow, code: str, plan_id: str, action_id: str) -> None:
    """After ``municipality_requested`` opened the municipality: its plan, and the action."""
    shown = window.detail.municipality
    if shown is None or shown.code != code:
        return  # the official kept unsaved edits where they were
    window.detail.show_plan(plan_id, action_id or None)
