"""The register of serviceställen of a municipality: places, their status history and
agreements (with payments), and importing service tables."""

from servicepunkt_gui.ui.places.place_import_dialog import ask_place_import
from servicepunkt_gui.ui.places.places_panel import PlacesPanel

__all__ = ["PlacesPanel", "ask_place_import"]
