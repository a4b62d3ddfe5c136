"""The register of serviceställen: places, their services, status history and the trash."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from servicepunkt_gui.core import changes, notes, places
from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.errors import ValidationError
from servicepunkt_gui.core.place_models import Agreement
from servicepunkt_gui.core.places import PlaceInput

BREDBYN = PlaceInput(
    name="Bredbyns Livs",
    kind="grocery_store",
    locality="Bredbyn",
    address="Storgatan 4",
    latitude=63.4486,
    longitude=18.0933,
    operator_name="Bredbyns Livs AB",
    org_number="5560360793",
    contact_person="Eva Ek",
    phone="0660-123 45",
    email="eva@bredbynslivs.se",
    services=("pharmacy_agent", "groceries_full", "parcel_agent"),
    other_service="Systembolagsombud",
    staffed=True,
    hours_per_week=62.5,
    last_shop=True,
    nearest_km=24.5,
    nearest_source="Pipos Serviceanalys 2025",
    strategic=True,
    service_level="Servicenod: dagligvaror, ombud och paket",
)


def test_a_place_is_stored_with_every_field(database: Database) -> None:
    with database.session() as session:
        created = places.create_place(session, "2284", BREDBYN)
        found = changes.collected(session)
    assert found.touches(changes.RecordKind.PLACE) and found.touches_municipality("2284")
    assert created.org_number == "556036-0793"
    # Services in the order of the checklist, whatever order they were ticked in.
    assert created.services == ("groceries_full", "parcel_agent", "pharmacy_agent")
    assert created.values == replace(
        BREDBYN,
        org_number="556036-0793",
        services=("groceries_full", "parcel_agent", "pharmacy_agent"),
    )
    assert created.status is None and created.running_agreements == 0
    with database.session() as session:
        again = places.get_place(session, created.id)
    assert again == created


def test_edited_and_refused(database: Database) -> None:
    with database.session() as session:
        created = places.create_place(session, "2284", BREDBYN)
    with database.session() as session:
        updated = places.update_place(
            session, created.id, replace(BREDBYN, name="Bredbyns Handel", services=())
        )
    assert updated.name == "Bredbyns Handel" and updated.services == ()
    for wrong, field in (
        (replace(BREDBYN, org_number="556036-0794"), "org_number"),
        (replace(BREDBYN, latitude=52.5, longitude=13.4), "position"),
        (replace(BREDBYN, name=""), "name"),
    ):
        with pytest.raises(ValidationError) as raised, database.session() as session:
            places.update_place(session, created.id, wrong)
        assert raised.value.field == field
    with pytest.raises(ValidationError), database.session() as session:
        places.create_place(session, "9999", BREDBYN)
    with database.session() as session:
        assert places.get_place(session, created.id) == updated


def test_listed_by_name_filtered_by_service_and_counted_by_kind(database: Database) -> None:
    with database.session() as session:
        for name, kind, services in (
            ("Ödeshögs Mack", "fuel_station", ("fuel", "ev_charging")),
            ("Åsele Servicepunkt", "service_point", ("parcel_locker", "internet")),
            ("Bredbyn", "grocery_store", ("groceries_full", "fuel")),
            ("Anundsjö", "service_locality", ()),
        ):
            places.create_place(
                session, "2284", PlaceInput(name=name, kind=kind, services=services)
            )
        places.create_place(session, "2482", PlaceInput(name="Lövånger", kind="grocery_store"))
    with database.session() as session:
        listed = places.list_places(session, "2284")
        fuel = places.list_places(session, "2284", service="fuel")
        # "parcel" is no code: nothing is matched by a part of one.
        partial = places.list_places(session, "2284", service="parcel")
        counts = places.places_by_kind(session, ["2284", "2482", "0114"])
    assert [p.name for p in listed] == [
        "Anundsjö",
        "Bredbyn",
        "Åsele Servicepunkt",
        "Ödeshögs Mack",
    ]
    assert [p.name for p in fuel] == ["Bredbyn", "Ödeshögs Mack"]
    assert partial == []
    assert counts == {
        "2284": {"fuel_station": 1, "service_point": 1, "grocery_store": 1, "service_locality": 1},
        "2482": {"grocery_store": 1},
    }


def test_status_history_by_date_and_the_latest_shown(database: Database) -> None:
    with database.session() as session:
        place = places.create_place(session, "2284", BREDBYN)
        places.add_status_change(session, place.id, "opened", dt.date(2011, 5, 1), "Invigd")
        threatened = places.add_status_change(
            session, place.id, "threatened", dt.date(2024, 9, 1), "Ägaren går i pension"
        )
        # Remembered afterwards and dated before the others: it goes where its date is.
        places.add_status_change(session, place.id, "closed", dt.date(2009, 1, 1))
    with database.session() as session:
        history = places.list_status_changes(session, place.id)
        row = places.get_place(session, place.id)
    assert [(c.status, c.changed_on) for c in history] == [
        ("closed", dt.date(2009, 1, 1)),
        ("opened", dt.date(2011, 5, 1)),
        ("threatened", dt.date(2024, 9, 1)),
    ]
    assert row is not None and (row.status, row.status_on) == ("threatened", dt.date(2024, 9, 1))
    with database.session() as session:
        places.delete_status_change(session, threatened.id)
        assert places.get_place(session, place.id).status == "opened"
    with pytest.raises(ValidationError), database.session() as session:
        places.add_status_change(session, place.id, "sold", dt.date(2025, 1, 1))


def test_running_agreements_are_counted(database: Database) -> None:
    today = dt.date.today()
    with database.session() as session:
        place = places.create_place(session, "2284", BREDBYN)
        for starts, ends in (
            (today - dt.timedelta(days=100), today + dt.timedelta(days=100)),
            (today - dt.timedelta(days=900), today - dt.timedelta(days=1)),  # ended
        ):
            session.add(
                Agreement(
                    municipality_code="2284", place_id=place.id, starts_on=starts, ends_on=ends
                )
            )
    with database.session() as session:
        assert places.list_places(session, "2284")[0].running_agreements == 1


def test_deleted_to_the_trash(database: Database) -> None:
    with database.session() as session:
        place = places.create_place(session, "2284", BREDBYN)
    with database.session() as session:
        places.delete_place(session, place.id)
        found = changes.collected(session)
    assert found.touches(changes.RecordKind.TRASH)
    with database.session() as session:
        assert places.list_places(session, "2284") == []
        assert places.get_place(session, place.id) is None
        assert places.places_by_kind(session, ["2284"]) == {}
    with pytest.raises(ValidationError), database.session() as session:
        places.update_place(session, place.id, BREDBYN)


def test_a_note_can_concern_a_place_of_its_own_municipality(database: Database) -> None:
    with database.session() as session:
        place = places.create_place(session, "2284", BREDBYN)
        other = places.create_place(session, "2482", PlaceInput(name="Lövånger"))
        note = notes.create_note(
            session, "2284", notes.NoteInput(body="Möte med handlaren", place_id=place.id)
        )
    assert note.place_id == place.id
    with database.session() as session:
        listed = notes.list_notes(session, "2284")
        assert listed[0].place_id == place.id
        assert notes.get_note(session, note.id).place_id == place.id
        for wrong in (other.id, "no-such-place"):
            with pytest.raises(ValidationError) as raised:
                notes.create_note(session, "2284", notes.NoteInput(body="x", place_id=wrong))
            assert raised.value.field == "place_id"
        moved = notes.update_note(session, note.id, notes.NoteInput(body="Möte", place_id=None))
        assert moved.place_id is None
    with database.session() as session:
        places.delete_place(session, place.id)
    with pytest.raises(ValidationError), database.session() as session:
        notes.create_note(session, "2284", notes.NoteInput(body="x", place_id=place.id))
