"""The list of municipalities and the header of the one chosen."""

from servicepunkt_gui.ui.municipalities.header import MunicipalityHeader
from servicepunkt_gui.ui.municipalities.master_panel import MasterPanel

__all__ = ["MasterPanel", "MunicipalityHeader"]
