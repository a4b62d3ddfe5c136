"""Search everything: notes, plans, goals, actions, places, agreements and grant cases."""

from servicepunkt_gui.ui.search.search_panel import SearchPanel

__all__ = ["SearchPanel"]
