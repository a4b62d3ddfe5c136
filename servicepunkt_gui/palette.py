"""The colours the app paints with that need no widget: light/dark pairs and WCAG contrast.

The window (``ui/common/colors.py`` and everything it serves) and the files (the map in a
report, ``export/``) colour from here, so a report's map is the map on screen. Only QtGui:
the command line writes reports under an off-screen QGuiApplication, or none at all.
Why each colour is what it is: see the comments beside it, and ``ui/common/colors.py``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from servicepunkt_gui.core.vocabulary import NO_PLAN

Role = QPalette.ColorRole
TEXT_CONTRAST = 4.5  # WCAG 2.x 1.4.3, normal text
GRAPHICS_CONTRAST = 3.0  # WCAG 2.x 1.4.11, parts of graphics needed to understand them
# A little above the limits, so that rounding in a screen's colour handling cannot tip it.
_MARGIN = 0.2
# Colours from here on are meant for what is drawn on these roles.
CELL_BACKGROUNDS = (Role.Base, Role.AlternateBase)  # list and table cells
WINDOW_BACKGROUNDS = (Role.Window,)  # labels, the overview chart


@dataclass(frozen=True)
class Pair:
    """A colour for light palettes and one for dark ones."""

    light: str
    dark: str

    def pick(self, palette: QPalette) -> QColor:
        return QColor(self.dark if is_dark(palette) else self.light)


# Overdue dates and plans, delayed actions, messages about what was typed. #b00020 is the
# red the app has always used (6.4:1 on Fusion's #efefef); on dark grey it was 1.75:1.
DANGER = Pair(light="#b00020", dark="#ff8a80")

# The overview chart. Early stages in blues, adoption in greens, the later life of a plan in
# amber and rust, grey for municipalities without a recorded plan. In a light palette every
# fill is darker than the window, in a dark one lighter, and neighbouring stages differ in
# lightness as well as hue (for the common colour-vision deficiencies). The dark set is
# softer than the light one: a pale grey "no plan" bar glared on a dark window.
STAGE_FILLS: dict[str, Pair] = {
    "not_started": Pair("#4d86c0", "#a6c8ea"),
    "mapping": Pair("#2c6eae", "#86b4e3"),
    "dialogue": Pair("#1d5591", "#5e98dc"),
    "draft": Pair("#0c3868", "#4d7fd6"),
    "consultation": Pair("#6a51a3", "#a593dc"),
    "adopted": Pair("#2b7f3f", "#72cc8a"),
    "implementation": Pair("#0b5a28", "#3f9a5c"),
    "follow_up": Pair("#b86e00", "#e0a35c"),
    "revision": Pair("#a8320c", "#ef7d52"),
    NO_PLAN: Pair("#767676", "#8a8a8a"),
}

# The map (ui/map). Okabe & Ito's colour-blind-safe set (blue, orange, bluish green,
# vermillion, sky blue) for what a municipality is, a quiet grey for "nothing to say"; the
# dark set a little lighter. Categories of one scheme differ in lightness as well as hue,
# and the ones that call for action (overdue) are hatched as well (ui/map/map_colors.py),
# so that nothing rests on colour alone. The borders, not the fills, stand out 3:1 from
# the window, so a quiet grey municipality keeps its outline.
MAP_ROLE_FILLS: dict[str, Pair] = {
    "pilot": Pair("#0072b2", "#56b4e9"),
    "ambassador": Pair("#e69f00", "#f0e442"),
    "none": Pair("#d9d9d9", "#4f4f4f"),
}
MAP_VALIDITY_FILLS: dict[str, Pair] = {
    "current": Pair("#009e73", "#3fc79c"),
    "revision_due": Pair("#e69f00", "#f0e442"),
    "overdue": Pair("#d55e00", "#ff7f3f"),
    NO_PLAN: Pair("#d9d9d9", "#4f4f4f"),
}
MAP_FOLLOW_UP_FILLS: dict[str, Pair] = {
    "overdue": Pair("#d55e00", "#ff7f3f"),
    "on_time": Pair("#56b4e9", "#2f7fb8"),
    NO_PLAN: Pair("#d9d9d9", "#4f4f4f"),
}
# Municipal borders (thin), and the hatching drawn over a fill: its "light" line for light
# fills, its "dark" one for dark fills, whatever the palette.
MAP_BORDER = Pair("#6e6e6e", "#a8a8a8")
MAP_HATCH = Pair("#1a1a1a", "#f5f5f5")
# Service places on the map: one ink (kinds differ by shape), haloed by the window colour.
MAP_PLACE_INK = Pair("#141414", "#f7f7f7")
# Filtered out in the list: the fill this share of the way to the window's colour.
MAP_DIMMED_SHARE = 0.7


# -- WCAG 2.x ----------------------------------------------------------------------------


def relative_luminance(colour: QColor) -> float:
    """WCAG 2.x relative luminance of an sRGB colour (alpha ignored)."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    rgb = colour.toRgb()
    return 0.2126 * linear(rgb.red()) + 0.7152 * linear(rgb.green()) + 0.0722 * linear(rgb.blue())


def contrast_ratio(a: QColor, b: QColor) -> float:
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def is_dark(palette: QPalette) -> bool:
    """Whether the window is dark: black text would be the worse choice on it.

    Only the background is asked, so a widget whose text colour is one of ours decides as
    its window does.
    """
    return relative_luminance(palette.color(Role.Window)) < 0.179


def ensure_contrast(colour: QColor, backgrounds: list[QColor], minimum: float) -> QColor:
    """``colour`` itself if it stands out ``minimum``:1 from every background, else moved
    towards black (on light backgrounds) or white (on dark ones) until it does."""
    target = minimum + _MARGIN
    if all(contrast_ratio(colour, bg) >= target for bg in backgrounds):
        return colour
    darkest = min(backgrounds, key=relative_luminance)
    toward = QColor("#ffffff") if relative_luminance(darkest) < 0.179 else QColor("#000000")
    for step in range(1, 11):
        moved = mix(colour, toward, step / 10)
        if all(contrast_ratio(moved, bg) >= target for bg in backgrounds):
            return moved
    return toward


def mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    a, b = a.toRgb(), b.toRgb()
    return QColor(
        round(a.red() + (b.red() - a.red()) * share_of_b),
        round(a.green() + (b.green() - a.green()) * share_of_b),
        round(a.blue() + (b.blue() - a.blue()) * share_of_b),
    )


def _backgrounds(palette: QPalette, roles: tuple[Role, ...]) -> list[QColor]:
    return [palette.color(role) for role in roles]


# -- the map's colours ----------------------------------------------------------------


def stage_fill(stage: str, palette: QPalette) -> QColor:
    """The overview chart's colour for a plan stage (or ``NO_PLAN``), on the window."""
    colour = STAGE_FILLS[stage].pick(palette)
    return ensure_contrast(colour, _backgrounds(palette, WINDOW_BACKGROUNDS), GRAPHICS_CONTRAST)


def map_fill(scheme: dict[str, Pair], key: str, palette: QPalette) -> QColor:
    """A fill of the map: one of the ``MAP_*_FILLS`` (or ``STAGE_FILLS``) for ``key``."""
    return scheme[key].pick(palette)


def map_border(palette: QPalette) -> QColor:
    """The municipalities' borders, at least 3:1 from the window the map is drawn on."""
    colour = MAP_BORDER.pick(palette)
    return ensure_contrast(colour, _backgrounds(palette, WINDOW_BACKGROUNDS), GRAPHICS_CONTRAST)


def map_hatch(fill: QColor) -> QColor:
    """The hatching's lines over ``fill``: near-black on a light fill, near-white on a dark."""
    dark_fill = relative_luminance(fill) < 0.179
    return QColor(MAP_HATCH.dark if dark_fill else MAP_HATCH.light)


def map_dimmed(fill: QColor, palette: QPalette) -> QColor:
    """``fill`` faded towards the window: a municipality the list's filters hide."""
    return mix(fill, palette.color(Role.Window), MAP_DIMMED_SHARE)
