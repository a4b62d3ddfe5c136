"""The map's colours tell their categories apart in light and dark palettes, without colour
alone where it would not be enough, and every municipality falls in a legend category."""

from __future__ import annotations

from itertools import combinations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from servicepunkt_gui.core.map_status import MapStatus, Validity
from servicepunkt_gui.core.vocabulary import NO_PLAN, PlanStage
from servicepunkt_gui.ui.common import colors
from servicepunkt_gui.ui.map.map_colors import ColourBy, categories, category_key, looks_for
from servicepunkt_gui.ui.shell.appearance import fusion_palette
from tests.ui.common.test_contrast import all_palettes, contrast, dark_palettes, light_palettes

Role = QPalette.ColorRole
# Two fills of one scheme are told apart by lightness (for every kind of colour vision) or,
# where they are close, by hatching.
LIGHTNESS_APART = 1.3


def test_borders_stand_out_from_the_window(qapp: QApplication) -> None:
    for name, palette in all_palettes():
        ratio = contrast(colors.map_border(palette), palette.color(Role.Window))
        assert ratio >= 3.0, f"{name}: {ratio:.2f}:1"
    for kind, palettes in (("light", light_palettes()), ("dark", dark_palettes())):
        for name, palette in palettes.items():  # no correction needed in the usual ones
            assert colors.map_border(palette) == QColor(getattr(colors.MAP_BORDER, kind)), name


@pytest.mark.parametrize("mode", [m for m in ColourBy if m is not ColourBy.STAGE])
def test_categories_differ_in_lightness_or_hatching(qapp: QApplication, mode: ColourBy) -> None:
    for dark in (False, True):
        palette = fusion_palette(dark)
        for a, b in combinations(categories(mode, palette), 2):
            apart = contrast(a.fill, b.fill) >= LIGHTNESS_APART
            assert apart or a.hatch != b.hatch, (dark, a.key, b.key)


@pytest.mark.parametrize("mode", list(ColourBy))
def test_hatching_shows_on_its_fill(qapp: QApplication, mode: ColourBy) -> None:
    for dark in (False, True):
        palette = fusion_palette(dark)
        for category in categories(mode, palette):
            if category.hatch != Qt.BrushStyle.NoBrush:
                ratio = contrast(colors.map_hatch(category.fill), category.fill)
                assert ratio >= 3.0, (dark, category.key, ratio)


def test_what_calls_for_action_is_hatched_and_no_plan_is_plain(qapp: QApplication) -> None:
    palette = fusion_palette(False)
    hatched = {
        mode: {c.key for c in categories(mode, palette) if c.hatch != Qt.BrushStyle.NoBrush}
        for mode in ColourBy
    }
    assert {"overdue", "revision_due"} <= hatched[ColourBy.VALIDITY]
    assert "overdue" in hatched[ColourBy.FOLLOW_UP]
    assert all(NO_PLAN not in keys for keys in hatched.values())


def test_every_status_falls_in_a_legend_category(qapp: QApplication) -> None:
    statuses = [
        MapStatus("x", role, stage, validity, overdue)
        for role in (None, "pilot", "ambassador")
        for stage in (*PlanStage, NO_PLAN)
        for validity in Validity
        for overdue in (False, True)
    ]
    for mode in ColourBy:
        keys = {c.key for c in categories(mode, fusion_palette(False))}
        assert {category_key(mode, s) for s in statuses} | {category_key(mode, None)} <= keys


def test_faded_municipalities_keep_their_hatching_but_lighter(qapp: QApplication) -> None:
    palette = fusion_palette(False)
    status = MapStatus("2506", None, "adopted", Validity.OVERDUE, False)
    looks = looks_for(ColourBy.VALIDITY, {"2506": status}, ["2506", "2584"], {"2584"}, palette)
    faded = looks["2506"]
    shown = looks_for(ColourBy.VALIDITY, {"2506": status}, ["2506"], None, palette)["2506"]
    assert faded.hatch is not None and shown.hatch is not None
    assert faded.fill.color() != shown.fill.color()
    assert contrast(faded.fill.color(), palette.color(Role.Window)) < contrast(
        shown.fill.color(), palette.color(Role.Window)
    )
