"""What the map is coloured by and how each municipality looks: fills and hatching.

Shared by the map tab (``ui/map``, which adds the names and the legend) and the reports'
map (``export/map_picture.py``), so both colour alike. A category that calls for action
(overdue, revision due) is hatched as well, so that it tells itself apart in grey, in print
and for every kind of colour vision. Only QtGui: no widget, no display needed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette

from servicepunkt_gui import palette as colours
from servicepunkt_gui.core.map_status import MapStatus, Validity
from servicepunkt_gui.core.vocabulary import NO_PLAN, PlanStage, ProgrammeRole

Style = Qt.BrushStyle


class ColourBy(StrEnum):
    ROLE = "role"
    STAGE = "stage"
    VALIDITY = "validity"
    FOLLOW_UP = "follow_up"


@dataclass(frozen=True)
class Swatch:
    """One category of a scheme as painted: its fill and hatching (no name: see ui/map)."""

    key: str
    fill: QColor
    hatch: Qt.BrushStyle = Style.NoBrush  # drawn over the fill in the hatch colour


_VALIDITY_KEYS = {
    Validity.CURRENT: "current",
    Validity.REVISION_DUE: "revision_due",
    Validity.OVERDUE: "overdue",
    Validity.NO_PLAN: NO_PLAN,
}


def category_key(mode: ColourBy, status: MapStatus | None) -> str:
    """Which of the scheme's categories a municipality falls in (no status: no plan)."""
    if mode is ColourBy.ROLE:
        role = status.role if status else None
        return role if role in (ProgrammeRole.PILOT, ProgrammeRole.AMBASSADOR) else "none"
    if status is None or status.stage == NO_PLAN:
        return NO_PLAN
    if mode is ColourBy.STAGE:
        return status.stage if status.stage in colours.STAGE_FILLS else NO_PLAN
    if mode is ColourBy.VALIDITY:
        return _VALIDITY_KEYS.get(status.validity, NO_PLAN)
    return "overdue" if status.follow_up_overdue else "on_time"


def swatches(mode: ColourBy, palette: QPalette) -> list[Swatch]:
    """The scheme's categories in legend order, coloured for ``palette``."""
    if mode is ColourBy.STAGE:
        return [Swatch(s, colours.stage_fill(s, palette)) for s in (*PlanStage, NO_PLAN)]
    fills, hatched = {
        ColourBy.ROLE: (colours.MAP_ROLE_FILLS, {"ambassador": Style.BDiagPattern}),
        ColourBy.VALIDITY: (
            colours.MAP_VALIDITY_FILLS,
            {"revision_due": Style.BDiagPattern, "overdue": Style.DiagCrossPattern},
        ),
        ColourBy.FOLLOW_UP: (colours.MAP_FOLLOW_UP_FILLS, {"overdue": Style.DiagCrossPattern}),
    }[mode]
    return [
        Swatch(key, colours.map_fill(fills, key, palette), hatched.get(key, Style.NoBrush))
        for key in fills
    ]


@dataclass(frozen=True)
class Look:
    """How one municipality is painted: its fill and, if hatched, the hatch brush."""

    fill: QBrush
    hatch: QBrush | None


def looks_for(
    mode: ColourBy,
    statuses: Mapping[str, MapStatus],
    codes: Iterable[str],
    visible: set[str] | None,
    palette: QPalette,
) -> dict[str, Look]:
    """Every municipality's look: its category's brushes, faded if the list hides it."""
    by_key: dict[tuple[str, bool], Look] = {}
    for swatch in swatches(mode, palette):
        for dimmed in (False, True):
            fill = colours.map_dimmed(swatch.fill, palette) if dimmed else swatch.fill
            hatch = None
            if swatch.hatch != Style.NoBrush:
                line = colours.map_hatch(swatch.fill)
                line = colours.map_dimmed(line, palette) if dimmed else line
                hatch = QBrush(line, swatch.hatch)
            by_key[(swatch.key, dimmed)] = Look(QBrush(fill), hatch)
    return {
        code: by_key[
            (category_key(mode, statuses.get(code)), visible is not None and code not in visible)
        ]
        for code in codes
    }


def counts_for(
    mode: ColourBy, statuses: Mapping[str, MapStatus], codes: Iterable[str]
) -> dict[str, int]:
    counted: dict[str, int] = {}
    for code in codes:
        key = category_key(mode, statuses.get(code))
        counted[key] = counted.get(key, 0) + 1
    return counted
