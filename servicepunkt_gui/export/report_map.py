"""The map a report shows: the followed-up municipality in its county, or the
municipalities of a status report, coloured by plan validity (``map_picture``).

The follow-up's map opens its section on the places (the map shows them), so the plan and
its actions keep the first page; the status report's follows its first block (the facts:
selection, municipalities, written). The writers draw a ``Picture`` as they draw the rest.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize

from servicepunkt_gui.core.map_places import map_places
from servicepunkt_gui.core.map_status import map_statuses
from servicepunkt_gui.export.map_geometry import geometry_for, sweden_map
from servicepunkt_gui.export.map_picture import png_bytes, report_map_image
from servicepunkt_gui.export.report_layout import (
    Block,
    Heading,
    Paragraph,
    Picture,
    ReportDocument,
    clean,
)
from servicepunkt_gui.export.report_places import SECTION

if TYPE_CHECKING:
    from servicepunkt_gui.core.db import Session
    from servicepunkt_gui.core.report import FollowUpReport
    from servicepunkt_gui.core.report_status import StatusReport

FOLLOW_UP_MM = 80.0  # a small map on a portrait page
STATUS_MM = 110.0  # a landscape page: room for a county and its tens of municipalities
PIXELS_PER_MM = 6  # about 150 dpi: sharp in print, 50–100 kB in the file
KEY = (
    "Färgerna visar serviceplanens giltighet: grön = aktuell plan, orange med snedstreck = "
    "ska revideras inom ett år, röd med rutnät = revideringen är försenad, grå = ingen antagen "
    "plan. Tjocka linjer är länsgränser; symbolerna är serviceställena i registret."
)


def follow_up_map(session: Session, report: FollowUpReport) -> tuple[Block, ...]:
    """The municipality outlined and zoomed to, its county coloured around it."""
    place = report.municipality
    sweden = sweden_map()
    counties = geometry_for(sweden).counties
    if place.code not in counties:
        return ()  # not in the shipped outlines: no map rather than a wrong one
    county = {code for code, county in counties.items() if county == counties[place.code]}
    image = report_map_image(
        sweden,
        map_statuses(session, report.today),
        county,
        map_places(session),
        _pixels(FOLLOW_UP_MM),
        highlight=place.code,
    )
    shows = f"Karta: {clean(place.official_name)} (markerad) i {clean(place.county_name)}."
    return _blocks(png_bytes(image), FOLLOW_UP_MM, shows)


def status_map(session: Session, report: StatusReport) -> tuple[Block, ...]:
    """The report's municipalities zoomed to and coloured, the others faded."""
    codes = {row.code for row in report.rows}
    sweden = sweden_map()
    if not codes & set(geometry_for(sweden).paths):
        return ()
    image = report_map_image(
        sweden,
        map_statuses(session, report.today),
        codes,
        map_places(session),
        _pixels(STATUS_MM),
    )
    shows = f"Karta: {clean(report.title)}."
    return _blocks(png_bytes(image), STATUS_MM, shows)


def with_map(
    document: ReportDocument, blocks: tuple[Block, ...], under_places: bool = False
) -> ReportDocument:
    """``document`` with ``blocks`` after its first block, or (``under_places``) under its
    heading on the places when it has one."""
    if not blocks:
        return document
    body = document.blocks
    at = 1
    if under_places:
        headings = (i for i, b in enumerate(body) if isinstance(b, Heading) and b.text == SECTION)
        at = next(headings, 0) + 1
    return dataclasses.replace(document, blocks=(*body[:at], *blocks, *body[at:]))


def _pixels(millimetres: float) -> QSize:
    side = round(millimetres * PIXELS_PER_MM)
    return QSize(side, side)


def _blocks(png: bytes, millimetres: float, shows: str) -> tuple[Block, ...]:
    return (
        Picture(png, millimetres, millimetres, f"{shows} {KEY}"),
        Paragraph(f"{shows} {KEY}", small=True),
    )
