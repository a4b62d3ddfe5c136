"""The places of the register that have a position, in the map's projection (SWEREF 99 TM).

Positions are stored in WGS84 (what officials type and what other sources give). SWEREF 99
TM is UTM zone 33 on GRS80, extended over all of Sweden; ``utm`` converts with the WGS84
ellipsoid, which differs from GRS80 by well under a millimetre here (``tests/core/
test_map_places.py`` checks it against pyproj). One read for every municipality.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import utm
from sqlalchemy import select

from servicepunkt_gui.core.place_models import ServicePlace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

SWEREF99_TM_ZONE = 33


@dataclass(frozen=True)
class MapPlace:
    id: str
    municipality_code: str
    name: str
    kind: str
    services: tuple[str, ...]
    other_service: str
    x: float  # SWEREF 99 TM east, metres
    y: float  # north


def to_sweref(latitude: float, longitude: float) -> tuple[float, float]:
    """WGS84 degrees → SWEREF 99 TM (east, north) in metres."""
    east, north, _zone, _letter = utm.from_latlon(
        latitude, longitude, force_zone_number=SWEREF99_TM_ZONE
    )
    return float(east), float(north)


def map_places(session: Session) -> list[MapPlace]:
    """Every place with a position that is not in the trash, by name."""
    rows = session.execute(
        select(
            ServicePlace.id,
            ServicePlace.municipality_code,
            ServicePlace.name,
            ServicePlace.kind,
            ServicePlace.services,
            ServicePlace.other_service,
            ServicePlace.latitude,
            ServicePlace.longitude,
        )
        .where(
            ServicePlace.deleted_at.is_(None),
            ServicePlace.latitude.is_not(None),
            ServicePlace.longitude.is_not(None),
        )
        .order_by(ServicePlace.name)
    ).all()
    places = []
    for place_id, code, name, kind, services, other, latitude, longitude in rows:
        if latitude is None or longitude is None:  # ruled out by the query; for the types
            continue
        x, y = to_sweref(latitude, longitude)
        places.append(MapPlace(place_id, code, name, kind, tuple(services.split()), other, x, y))
    return places
