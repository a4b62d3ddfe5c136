"""Service places in the map's projection."""

from __future__ import annotations

import datetime as dt

import pytest
from pyproj import Transformer

from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.map_places import map_places, to_sweref
from servicepunkt_gui.core.place_models import ServicePlace


@pytest.mark.parametrize(
    ("latitude", "longitude"),
    [(55.605, 13.0038), (59.3293, 18.0686), (67.8558, 20.2253), (65.8256, 24.1636)],
    ids=["Malmö", "Stockholm", "Kiruna", "Haparanda"],
)
def test_utm_zone_33_is_sweref_99_tm_to_within_centimetres(
    latitude: float, longitude: float
) -> None:
    east, north = Transformer.from_crs(4326, 3006, always_xy=True).transform(longitude, latitude)
    x, y = to_sweref(latitude, longitude)
    assert abs(x - east) < 0.05 and abs(y - north) < 0.05


def test_only_places_with_a_position_outside_the_trash_are_on_the_map(
    database: Database,
) -> None:
    with database.session() as session:
        session.add_all(
            [
                ServicePlace(
                    municipality_code="2422",
                    name="Ammarnäs Livs",
                    kind="grocery_store",
                    services="groceries_full pharmacy_agent",
                    latitude=65.958,
                    longitude=16.207,
                ),
                ServicePlace(municipality_code="2422", name="Utan läge", kind="agent"),
                ServicePlace(
                    municipality_code="2422",
                    name="Borttagen",
                    kind="agent",
                    latitude=65.1,
                    longitude=17.1,
                    deleted_at=dt.datetime(2026, 1, 1),
                ),
            ]
        )
    with database.session() as session:
        places = map_places(session)
    assert [p.name for p in places] == ["Ammarnäs Livs"]
    assert places[0].services == ("groceries_full", "pharmacy_agent")
    assert 7_300_000 < places[0].y < 7_330_000  # about 65.96° N
