"""The overview tab: plan stages per county and what falls due."""

from servicepunkt_gui.ui.overview.overview_panel import OverviewPanel

__all__ = ["OverviewPanel"]
