"""A place's fields are checked beside each field, and the file refuses the same itself."""

from __future__ import annotations

import datetime as dt
import sqlite3

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from servicepunkt_gui.core import place_validation as check
from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.places import PlaceInput, create_place, place_problems


@pytest.mark.parametrize(
    ("typed", "problem", "stored"),
    [
        ("5560360793", None, "556036-0793"),
        ("556036-0793", None, "556036-0793"),
        (" 556036 0793 ", None, "556036-0793"),
        ("", None, ""),
        ("556036-0794", "org_number_check_digit", "556036-0794"),
        ("55603607", "org_number_format", "55603607"),
        ("55603A-0793", "org_number_format", "55603A-0793"),
    ],
)
def test_organisation_numbers(typed: str, problem: str | None, stored: str) -> None:
    assert check.org_number_problem(typed) == problem
    assert check.normalised_org_number(typed) == stored


@pytest.mark.parametrize(
    ("latitude", "longitude", "problem"),
    [
        (None, None, None),
        (63.29, 18.72, None),
        (55.34, 13.36, None),  # Smygehuk
        (69.06, 20.55, None),  # Treriksröset
        (63.29, None, "position_incomplete"),
        (None, 18.72, "position_incomplete"),
        (59.91, 10.75, None),  # Oslo is inside the box: a box, not the border
        (52.52, 13.40, "position_outside_sweden"),  # Berlin
        (18.72, 63.29, "position_outside_sweden"),  # swapped
        (float("nan"), 18.0, "position_outside_sweden"),
    ],
)
def test_positions(latitude: float | None, longitude: float | None, problem: str | None) -> None:
    assert check.position_problem(latitude, longitude) == problem


def test_every_field_says_what_is_wrong() -> None:
    place = PlaceInput(
        name=" ",
        kind="shop",
        latitude=70.5,
        longitude=18.0,
        org_number="556036-0794",
        email="butiken.se",
        services=("groceries_full", "bakery"),
        hours_per_week=169,
        nearest_km=-1,
        phone="0" * 41,
    )
    assert place_problems(place) == {
        "name": "empty",
        "kind": "unknown",
        "phone": "too_long",
        "position": "position_outside_sweden",
        "org_number": "org_number_check_digit",
        "email": "email_format",
        "services": "unknown",
        "hours_per_week": "hours_out_of_range",
        "nearest_km": "negative_distance",
    }
    assert place_problems(PlaceInput(name="x" * 201)) == {"name": "too_long"}
    fine = PlaceInput(
        name="Handlar'n i Bredbyn", email="info@bredbyn.se", hours_per_week=168, nearest_km=0
    )
    assert place_problems(fine) == {}


@pytest.mark.parametrize(
    ("typed", "value"),
    [("63,2911", 63.2911), ("63.2911", 63.2911), (" 18 ", 18.0), ("", None), ("−1,5", -1.5)],
)
def test_decimals_are_read_with_a_comma_or_a_point(typed: str, value: float | None) -> None:
    assert check.parse_decimal(typed) == value


@pytest.mark.parametrize("typed", ["63,29,1", "63.2,1", "abc", ",", "1e5", "63°"])
def test_what_is_no_number_is_refused(typed: str) -> None:
    with pytest.raises(ValueError, match="decimal_format"):
        check.parse_decimal(typed)


def _insert(database: Database, org_number: str, latitude: float, longitude: float) -> None:
    with database.session() as session:
        session.execute(
            text(
                "INSERT INTO service_place (id, created_at, updated_at, municipality_code, name, "
                "kind, locality, address, latitude, longitude, operator_name, org_number, "
                "contact_person, phone, email, services, other_service, staffed, last_shop, "
                "nearest_source, strategic, service_level, source, source_id) VALUES "
                "(:id, :now, :now, '2284', 'Butiken', 'grocery_store', '', '', :lat, :lon, '', "
                ":org, '', '', '', '', '', FALSE, FALSE, '', FALSE, '', '', '')"
            ),
            {
                "id": f"raw-{org_number}-{latitude}",
                "now": dt.datetime(2026, 1, 1),
                "lat": latitude,
                "lon": longitude,
                "org": org_number,
            },
        )


def test_the_file_itself_refuses_a_wrong_check_digit_or_a_place_abroad(
    database: Database,
) -> None:
    _insert(database, "556036-0793", 63.29, 18.72)  # right: stored
    for org_number, latitude, longitude in (
        ("556036-0794", 63.29, 18.72),  # wrong check digit
        ("5560360793", 63.29, 18.72),  # not as stored
        ("556036-0793", 52.52, 13.40),  # Berlin
    ):
        with pytest.raises(IntegrityError) as raised:
            _insert(database, org_number, latitude, longitude)
        assert isinstance(raised.value.orig, sqlite3.IntegrityError | psycopg.IntegrityError)
    with database.session() as session:
        count = session.execute(text("SELECT count(*) FROM service_place")).scalar_one()
    assert count == 1


def test_what_the_checks_pass_the_file_takes(database: Database) -> None:
    with database.session() as session:
        row = create_place(
            session,
            "2284",
            PlaceInput(
                name="Bredbyns Livs",
                org_number="5560360793",
                latitude=SWEDEN_EDGE[0],
                longitude=SWEDEN_EDGE[1],
                hours_per_week=168,
            ),
        )
    assert row.org_number == "556036-0793"


SWEDEN_EDGE = (69.2, 24.3)  # the corner of the box: inside for the checks and the file alike
