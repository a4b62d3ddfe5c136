"""The register of serviceställen of a municipality: places, their status history and
agreements (with payments), and importing service tables."""

from __future__ import annotations

from typing import TYPE_CHECKING

from servicepunkt_gui.ui.places.places_panel import PlacesPanel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from servicepunkt_gui.ui.common.context import WindowContext

__all__ = ["PlacesPanel", "ask_place_import"]


def ask_place_import(parent: QWidget, context: WindowContext, municipality_code: str) -> None:
    """Import a service table or a list of places into the municipality (asks for the file).

    The import's readers are loaded here, when asked for: 20 ms the window need not spend
    when it attaches."""
    from servicepunkt_gui.ui.places.place_import_dialog import ask_place_import as ask

    ask(parent, context, municipality_code)
