"""Every colour the app sets is readable on what it is drawn on, in light and dark palettes.

The contrast ratio is computed here from WCAG 2.x's own definition (relative luminance of
sRGB), independently of the app's copy in ``ui/common/colors.py``: text at least 4.5:1
(1.4.3, AA), the overview chart's fills at least 3:1 against the chart's background (1.4.11,
graphics needed to understand the content).
"""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from servicepunkt_gui.core.vocabulary import NO_PLAN, PlanStage
from servicepunkt_gui.ui.common import colors
from servicepunkt_gui.ui.shell.appearance import fusion_palette

Role = QPalette.ColorRole
UI = Path(__file__).resolve().parents[3] / "servicepunkt_gui" / "ui"


def luminance(colour: QColor) -> float:
    """WCAG 2.x relative luminance: L = 0.2126 R + 0.7152 G + 0.0722 B of linear sRGB."""
    channels = []
    for value in (colour.red(), colour.green(), colour.blue()):
        srgb = value / 255
        channels.append(srgb / 12.92 if srgb <= 0.04045 else ((srgb + 0.055) / 1.055) ** 2.4)
    red, green, blue = channels
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(a: QColor, b: QColor) -> float:
    lighter, darker = sorted((luminance(a), luminance(b)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def palette(window: str, base: str, alternate: str, text: str) -> QPalette:
    built = QPalette(QColor(window))
    built.setColor(Role.Window, QColor(window))
    built.setColor(Role.Base, QColor(base))
    built.setColor(Role.AlternateBase, QColor(alternate))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        built.setColor(role, QColor(text))
    return built


def light_palettes() -> dict[str, QPalette]:
    # GTK's are as Qt's gtk3 theme gave them (Adwaita); Windows 11's approximate.
    fusion = QStyleFactory.create("Fusion")
    assert fusion is not None
    return {
        "Fusion standard": fusion.standardPalette(),
        "app's light": fusion_palette(dark=False),
        "GTK Adwaita light": palette("#faf9f8", "#faf9f8", "#eae9e8", "#000000"),
        "Windows 11 light": palette("#f3f3f3", "#ffffff", "#f9f9f9", "#000000"),
    }


def dark_palettes() -> dict[str, QPalette]:
    return {
        "app's dark": fusion_palette(dark=True),
        "typical dark": palette("#2b2b2b", "#1e1e1e", "#262626", "#f0f0f0"),
        "GTK Adwaita dark": palette("#323232", "#242424", "#2b2b2b", "#f0f0f0"),
        "Windows 11 dark": palette("#202020", "#2b2b2b", "#323232", "#ffffff"),
    }


def all_palettes() -> list[tuple[str, QPalette]]:
    return [*light_palettes().items(), *dark_palettes().items()]


def test_the_formula_gives_wcags_reference_values(qapp: QApplication) -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    # Issue 11: the old red on Fusion's dark grey.
    assert contrast(QColor("#b00020"), QColor("#323232")) == pytest.approx(1.75, abs=0.01)
    assert colors.contrast_ratio(QColor("#767676"), QColor("#ffffff")) == pytest.approx(
        contrast(QColor("#767676"), QColor("#ffffff"))
    )


def test_the_palettes_are_what_they_claim(qapp: QApplication) -> None:
    assert not any(colors.is_dark(p) for p in light_palettes().values())
    assert all(colors.is_dark(p) for p in dark_palettes().values())


@pytest.mark.parametrize("name", sorted(colors.TEXT_COLOURS))
def test_every_text_colour_reaches_aa_in_light_and_dark(qapp: QApplication, name: str) -> None:
    colour_of, backgrounds = colors.TEXT_COLOURS[name]
    for palette_name, tested in all_palettes():
        colour = colour_of(tested)
        for role in backgrounds:
            ratio = contrast(colour, tested.color(role))
            assert ratio >= 4.5, f"{name} on {role.name} of {palette_name}: {ratio:.2f}:1"


@pytest.mark.parametrize("stage", [*PlanStage, NO_PLAN])
def test_every_chart_fill_stands_out_from_the_chart(qapp: QApplication, stage: str) -> None:
    for palette_name, tested in all_palettes():
        fill = colors.stage_fill(stage, tested)
        ratio = contrast(fill, tested.color(Role.Window))
        assert ratio >= 3.0, f"{stage} in {palette_name}: {ratio:.2f}:1"


def test_the_chosen_pairs_need_no_correction_in_the_usual_palettes(qapp: QApplication) -> None:
    """The safety net (moving a colour towards black or white) is for odd palettes only."""
    for kind, palettes in (("light", light_palettes()), ("dark", dark_palettes())):
        for palette_name, tested in palettes.items():
            expected = QColor(getattr(colors.DANGER, kind))
            assert colors.danger_text(tested) == expected, palette_name
            assert colors.error_label_text(tested) == expected, palette_name
            for stage, pair in colors.STAGE_FILLS.items():
                assert colors.stage_fill(stage, tested) == QColor(getattr(pair, kind)), (
                    stage,
                    palette_name,
                )


def test_the_dark_no_plan_bar_no_longer_glares(qapp: QApplication) -> None:
    """Issue 11: the pale grey bars on a dark window; now a grey nearer the window."""
    dark = fusion_palette(dark=True)
    window = dark.color(Role.Window)
    assert contrast(QColor("#d9d9d9"), window) > 8
    assert 3.0 <= contrast(colors.stage_fill(NO_PLAN, dark), window) < 5


def test_neighbouring_stages_differ_in_lightness(qapp: QApplication) -> None:
    """Adjacent segments of a bar stay apart for the common colour-vision deficiencies."""
    order = [*PlanStage, NO_PLAN]
    for kind, tested in (("light", fusion_palette(False)), ("dark", fusion_palette(True))):
        for a, b in pairwise(order):
            fill_a, fill_b = colors.stage_fill(a, tested), colors.stage_fill(b, tested)
            assert contrast(fill_a, fill_b) >= 1.2, (kind, a, b)


@pytest.mark.parametrize(
    "window", ["#808080", "#5a5a5a", "#b0b0b0", "#000000", "#ffffff", "#003366", "#ffff00"]
)
def test_an_unforeseen_palette_still_gets_readable_colours(qapp: QApplication, window: str) -> None:
    odd = palette(window, window, window, "#000000")
    for name, (colour_of, backgrounds) in colors.TEXT_COLOURS.items():
        for role in backgrounds:
            assert contrast(colour_of(odd), odd.color(role)) >= 4.5, (name, window)
    for stage in colors.STAGE_FILLS:
        assert contrast(colors.stage_fill(stage, odd), odd.color(Role.Window)) >= 3.0, stage


# What a colour set in code looks like: a QColor, a named Qt colour, a colour in a style
# sheet, a hex colour in a string.
_HARD_CODED = re.compile(
    r"QColor\(|Qt\.GlobalColor\.(?!transparent)|color\s*:|[\"']#[0-9a-fA-F]{3,8}[\"']"
)
# The one place for colours, and the palette Fusion would make (in the appearance setting).
_ALLOWED = {UI / "common" / "colors.py", UI / "shell" / "appearance.py"}


def test_no_colour_is_set_anywhere_else_in_the_ui() -> None:
    found = [
        f"{path.relative_to(UI)}:{number}: {line.strip()}"
        for path in sorted(UI.rglob("*.py"))
        if path not in _ALLOWED
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _HARD_CODED.search(line)
    ]
    assert found == []
