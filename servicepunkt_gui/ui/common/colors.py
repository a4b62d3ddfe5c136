"""Every colour the app sets itself, in one place: a light/dark pair or derived from the palette.

Each colour is looked up when it is painted or handed to a view, from the palette in force
then, so a change of colour scheme (the system's, or Inställningar → Utseende) recolours.
Text colours reach at least 4.5:1 against what they are drawn on (WCAG 2.x AA), the chart's
fills at least 3:1 against the chart's background (WCAG 1.4.11, graphics): the pairs are
chosen for the usual light and dark palettes (``tests/ui/common/test_contrast.py``), and a
palette nobody foresaw (a high-contrast theme, an odd system colour) gets the colour moved
towards black or white until it does.

The item views' own text, selection and progress bars come from the style and the palette;
only what carries a meaning of its own (overdue, an error, a plan stage) is listed here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

# The pairs, the contrast arithmetic and the map's colours need no widget: they live in
# servicepunkt_gui/colours.py, which the reports' map (export/) shares, and are named here
# as well so that the window keeps asking ``colors`` for every colour.
from servicepunkt_gui.palette import (
    CELL_BACKGROUNDS,
    DANGER,
    GRAPHICS_CONTRAST,
    MAP_BORDER,
    MAP_DIMMED_SHARE,
    MAP_FOLLOW_UP_FILLS,
    MAP_HATCH,
    MAP_PLACE_INK,
    MAP_ROLE_FILLS,
    MAP_VALIDITY_FILLS,
    STAGE_FILLS,
    TEXT_CONTRAST,
    WINDOW_BACKGROUNDS,
    Pair,
    Role,
    _backgrounds,
    contrast_ratio,
    ensure_contrast,
    is_dark,
    map_border,
    map_dimmed,
    map_fill,
    map_hatch,
    mix,
    relative_luminance,
    stage_fill,
)

__all__ = [
    "CELL_BACKGROUNDS",
    "DANGER",
    "GRAPHICS_CONTRAST",
    "MAP_BORDER",
    "MAP_DIMMED_SHARE",
    "MAP_FOLLOW_UP_FILLS",
    "MAP_HATCH",
    "MAP_PLACE_INK",
    "MAP_ROLE_FILLS",
    "MAP_VALIDITY_FILLS",
    "STAGE_FILLS",
    "TEXT_COLOURS",
    "TEXT_CONTRAST",
    "WINDOW_BACKGROUNDS",
    "Pair",
    "Role",
    "contrast_ratio",
    "danger_text",
    "ensure_contrast",
    "error_label_text",
    "follow_text_colour",
    "is_dark",
    "map_border",
    "map_dimmed",
    "map_fill",
    "map_hatch",
    "mix",
    "relative_luminance",
    "secondary_text",
    "stage_fill",
]

# Secondary text (when a note was written): this share of the way from the text colour to
# the background, as far as contrast allows.
_SECONDARY_SHARE = 0.4

# -- the colours -------------------------------------------------------------------------


def danger_text(palette: QPalette | None = None, on: tuple[Role, ...] = CELL_BACKGROUNDS) -> QColor:
    """Overdue, delayed, refused: red text on ``on`` (cells unless told otherwise)."""
    palette = palette or QGuiApplication.palette()
    return ensure_contrast(DANGER.pick(palette), _backgrounds(palette, on), TEXT_CONTRAST)


def error_label_text(palette: QPalette | None = None) -> QColor:
    """A message in a label on the window's background."""
    return danger_text(palette, WINDOW_BACKGROUNDS)


def secondary_text(palette: QPalette | None = None) -> QColor:
    """Quieter text on the window (was ``palette(mid)``, 1.9:1 on Fusion's light grey)."""
    palette = palette or QGuiApplication.palette()
    window = palette.color(Role.Window)
    text = QColor("#f0f0f0") if is_dark(palette) else QColor("#000000")
    return ensure_contrast(mix(text, window, _SECONDARY_SHARE), [window], TEXT_CONTRAST)


# Every text colour above with the backgrounds it is drawn on, for the contrast test.
TEXT_COLOURS: dict[str, tuple[Callable[[QPalette], QColor], tuple[Role, ...]]] = {
    "danger in cells": (lambda p: danger_text(p), CELL_BACKGROUNDS),
    "error label": (error_label_text, WINDOW_BACKGROUNDS),
    "secondary label": (secondary_text, WINDOW_BACKGROUNDS),
}


# -- keeping a widget's text colour up to date ---------------------------------------------


class _TextColour(QObject):
    """Sets a widget's text colour now and again whenever its palette changes."""

    def __init__(self, widget: QWidget, colour: Callable[[QPalette], QColor]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._colour = colour
        widget.installEventFilter(self)
        self.apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.PaletteChange:
            self.apply()
        return False

    def apply(self) -> None:
        current = self._widget.palette()
        colour = self._colour(current)
        if current.color(Role.WindowText) == colour:
            return  # nothing to do (this also ends the change event our own change sends)
        # Only the text colour is the widget's own; the rest still comes from its parent.
        palette = QPalette()
        palette.setColor(Role.WindowText, colour)
        self._widget.setPalette(palette)


def follow_text_colour(widget: QWidget, colour: Callable[[QPalette], QColor]) -> None:
    """Give ``widget`` (a label) the text colour ``colour(palette)``, kept as schemes change."""
    _TextColour(widget, colour)
