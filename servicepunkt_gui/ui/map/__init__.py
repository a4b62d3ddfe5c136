"""The map tab: Sweden's municipalities, coloured by plan, role or what is overdue."""

from servicepunkt_gui.ui.map.map_panel import MapPanel

__all__ = ["MapPanel"]
