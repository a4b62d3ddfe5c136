"""Hostile and broken records of the register of serviceställen are refused whole: one
Swedish sentence, and the receiving file unchanged row for row and byte for byte."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from servicepunkt_gui.core import notes
from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.exchange import ExchangeProblem
from servicepunkt_gui.core.exchange.fileformat import RECORDS

from .conftest import MakeInstallation
from .helpers import ORNSKOLDSVIK, SORSELE, export
from .test_hostile_files import Json, _edited, _members, _refused, _zip
from .test_places_exchange import register


@pytest.fixture
def valid(installation: MakeInstallation, tmp_path: Path) -> Path:
    anna = installation("anna")
    register(anna)
    return export(anna, tmp_path, "Anna Berg")


@pytest.fixture
def receiver(installation: MakeInstallation) -> Database:
    bertil = installation("bertil")
    with bertil.session() as session:
        notes.create_note(session, SORSELE, notes.NoteInput("Bertils egen anteckning"))
    register(bertil, ORNSKOLDSVIK)  # a place of another municipality, here
    return bertil


def _first(listed: str, **values: object) -> Callable[[Json], None]:
    def edit(records: Json) -> None:
        items = records[listed]
        assert isinstance(items, list) and items
        items[0].update(values)

    return edit


@pytest.mark.parametrize(
    ("listed", "field", "value"),
    [
        ("places", "latitude", "65.9"),
        ("places", "staffed", 1),
        ("places", "hours_per_week", True),
        ("agreements", "fee_per_task_sek", 10.5),
        ("payments", "amount_sek", "7500"),
        ("grants", "first_year", None),
        ("todo_marks", "key", 17),
    ],
)
def test_a_field_of_the_wrong_type(
    receiver: Database, valid: Path, tmp_path: Path, listed: str, field: str, value: object
) -> None:
    path = _edited(valid, tmp_path, records=_first(listed, **{field: value}))
    _refused(receiver, path, ExchangeProblem.WRONG_TYPE, "fel slag", field)


@pytest.mark.parametrize(
    ("listed", "field", "value"),
    [
        ("places", "kind", "kiosk"),
        ("places", "services", "groceries_full teleport"),
        ("place_statuses", "status", "sold"),
        ("agreements", "payment_interval", "weekly"),
        ("agreements", "tasks", "information dancing"),
        ("grants", "grant_type", "lottery"),
        ("grants", "decider", "king"),
        ("grants", "status", "maybe"),
    ],
)
def test_an_unknown_code(
    receiver: Database, valid: Path, tmp_path: Path, listed: str, field: str, value: str
) -> None:
    path = _edited(valid, tmp_path, records=_first(listed, **{field: value}))
    _refused(receiver, path, ExchangeProblem.UNKNOWN_CODE, "känner till", field)


@pytest.mark.parametrize(
    ("listed", "values", "field"),
    [
        ("agreements", {"starts_on": "2029-01-01", "ends_on": "2028-12-31"}, "ends_on"),
        ("payments", {"amount_sek": -7500}, "amount_sek"),
        ("agreements", {"fee_per_task_sek": -1}, "fee_per_task_sek"),
        ("grants", {"granted_sek": -100}, "granted_sek"),
        ("grants", {"first_year": 2027, "last_year": 2026}, "last_year"),
        ("places", {"org_number": "556677-8898"}, "org_number"),  # wrong check digit
        ("places", {"org_number": "5566778899"}, "org_number"),
        ("places", {"latitude": 60.17, "longitude": 24.94}, "latitude"),  # Helsingfors
        ("places", {"latitude": 65.96, "longitude": None}, "latitude"),
        ("places", {"hours_per_week": 200}, "hours_per_week"),
        ("places", {"nearest_km": -3}, "nearest_km"),
        ("places", {"name": "  "}, "name"),
        ("places", {"services": "parcel_agent groceries_full"}, "services"),  # order
        ("todo_marks", {"key": ""}, "key"),
    ],
)
def test_a_value_the_schema_would_refuse(
    receiver: Database, valid: Path, tmp_path: Path, listed: str, values: Json, field: str
) -> None:
    path = _edited(valid, tmp_path, records=_first(listed, **values))
    _refused(receiver, path, ExchangeProblem.INVALID_VALUE, "inte kan sparas", field)


def test_a_position_that_is_no_number(receiver: Database, valid: Path, tmp_path: Path) -> None:
    """1e999 is valid JSON and reads as infinity."""
    edited = _edited(valid, tmp_path, records=_first("places", latitude=12345.678))
    members = _members(edited)
    members[RECORDS] = members[RECORDS].replace(b"12345.678", b"1e999")
    path = _zip(tmp_path / "infinity.servicepunkt", members)
    _refused(receiver, path, ExchangeProblem.INVALID_VALUE, "latitude")


def test_an_invalid_date(receiver: Database, valid: Path, tmp_path: Path) -> None:
    path = _edited(valid, tmp_path, records=_first("payments", paid_on="2026-02-30"))
    _refused(receiver, path, ExchangeProblem.INVALID_DATE, "datum", "utbetalning nr 1")


def test_a_payment_whose_agreement_is_missing(
    receiver: Database, valid: Path, tmp_path: Path
) -> None:
    path = _edited(valid, tmp_path, records=_first("payments", agreement_id=str(uuid.uuid4())))
    _refused(receiver, path, ExchangeProblem.MISSING_REFERENCE, "varken finns i filen", "avtal")


def test_a_status_change_of_a_place_nowhere(
    receiver: Database, valid: Path, tmp_path: Path
) -> None:
    path = _edited(valid, tmp_path, records=_first("place_statuses", place_id=str(uuid.uuid4())))
    _refused(receiver, path, ExchangeProblem.MISSING_REFERENCE, "serviceställe")


def test_an_agreement_with_a_place_of_another_municipality(
    receiver: Database, valid: Path, tmp_path: Path
) -> None:
    path = _edited(valid, tmp_path, records=_first("agreements", municipality_code=ORNSKOLDSVIK))
    _refused(receiver, path, ExchangeProblem.INVALID_VALUE, "annan kommun")


def test_a_grant_naming_a_place_of_another_municipality_here(
    receiver: Database, valid: Path, tmp_path: Path
) -> None:
    with receiver.read_session() as session:
        from sqlalchemy import select

        from servicepunkt_gui.core.place_models import ServicePlace

        theirs = session.scalar(
            select(ServicePlace.id).where(ServicePlace.municipality_code == ORNSKOLDSVIK)
        )
    path = _edited(valid, tmp_path, records=_first("grants", place_id=theirs))
    _refused(receiver, path, ExchangeProblem.INVALID_VALUE, "annan kommun")


def test_a_place_of_a_municipality_that_does_not_exist(
    receiver: Database, valid: Path, tmp_path: Path
) -> None:
    path = _edited(valid, tmp_path, records=_first("places", municipality_code="9999"))
    _refused(receiver, path, ExchangeProblem.UNKNOWN_MUNICIPALITY, "koden 9999")


def test_an_invalid_place_id(receiver: Database, valid: Path, tmp_path: Path) -> None:
    path = _edited(valid, tmp_path, records=_first("notes", place_id="Ammarnäs"))
    _refused(receiver, path, ExchangeProblem.INVALID_ID, "ogiltigt id", "place_id")


def test_a_text_longer_than_its_column(receiver: Database, valid: Path, tmp_path: Path) -> None:
    path = _edited(valid, tmp_path, records=_first("places", org_number="5" * 12))
    _refused(receiver, path, ExchangeProblem.TEXT_TOO_LONG, "längre än", "org_number")


def test_the_same_source_row_twice(receiver: Database, valid: Path, tmp_path: Path) -> None:
    def twice(records: Json) -> None:
        places = records["places"]
        assert isinstance(places, list)
        places.append({**places[0], "id": str(uuid.uuid4()), "name": "Kopia"})

    path = _edited(valid, tmp_path, records=twice)
    _refused(receiver, path, ExchangeProblem.INVALID_VALUE, "inte kan sparas")


def test_a_tombstone_of_an_unknown_kind(receiver: Database, valid: Path, tmp_path: Path) -> None:
    def bury(records: Json) -> None:
        records["tombstones"] = [
            {
                "record_id": str(uuid.uuid4()),
                "kind": "home_delivery_rule",
                "municipality_code": SORSELE,
                "deleted_at": "2026-12-02T10:00:00+00:00",
                "content_hash": None,
                "base": None,
            }
        ]

    path = _edited(valid, tmp_path, records=bury)
    _refused(receiver, path, ExchangeProblem.UNKNOWN_CODE, "kind")


def test_a_file_of_format_1_with_a_tombstone_of_a_place(
    receiver: Database, valid: Path, tmp_path: Path
) -> None:
    """Format 1 had no places: a file that says it is of format 1 and names one is broken."""

    def old(manifest: Json) -> None:
        manifest["version"] = 1

    def bury(records: Json) -> None:
        listed = records["notes"]
        assert isinstance(listed, list)
        for note in listed:
            del note["place_id"]
        records["tombstones"] = [
            {
                "record_id": str(uuid.uuid4()),
                "kind": "place",
                "municipality_code": SORSELE,
                "deleted_at": "2026-12-02T10:00:00+00:00",
                "content_hash": None,
                "base": None,
            }
        ]

    path = _edited(valid, tmp_path, records=bury, manifest=old)
    _refused(receiver, path, ExchangeProblem.UNKNOWN_CODE, "kind")
