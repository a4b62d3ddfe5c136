"""Search everything: notes, plans, goals and actions."""

from servicepunkt_gui.ui.search.search_panel import SearchPanel

__all__ = ["SearchPanel"]
