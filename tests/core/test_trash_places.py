"""Places, agreements and grant cases in the trash: listed, restored, deleted for good."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from servicepunkt_gui.core import trash
from servicepunkt_gui.core.changes import RecordKind, collected
from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.models import Note, utc_now
from servicepunkt_gui.core.place_models import (
    Agreement,
    AgreementPayment,
    GrantCase,
    PlaceStatusChange,
    ServicePlace,
    TodoMark,
)

SORSELE = "2422"


def _register(session: Session) -> dict[str, str]:
    place = ServicePlace(municipality_code=SORSELE, name="Ammarnäs Livs", locality="Ammarnäs")
    session.add(place)
    session.flush()
    status = PlaceStatusChange(place_id=place.id, status="opened", changed_on=dt.date(2011, 5, 1))
    running = Agreement(
        municipality_code=SORSELE,
        place_id=place.id,
        starts_on=dt.date(2026, 1, 1),
        ends_on=dt.date(2028, 12, 31),
    )
    older = Agreement(
        municipality_code=SORSELE,
        place_id=place.id,
        starts_on=dt.date(2023, 1, 1),
        ends_on=dt.date(2025, 12, 31),
    )
    session.add_all([status, running, older])
    session.flush()
    payment = AgreementPayment(
        agreement_id=running.id, paid_on=dt.date(2026, 3, 31), amount_sek=7500
    )
    grant = GrantCase(
        municipality_code=SORSELE,
        place_id=place.id,
        grant_type="service_grant",
        decider="region",
        title="Ammarnäs",
        first_year=2026,
        last_year=2028,
    )
    note = Note(
        municipality_code=SORSELE,
        place_id=place.id,
        body="Om butiken",
        concerns_date=dt.date(2026, 2, 1),
    )
    session.add_all([payment, grant, note])
    session.flush()
    return {
        "place": place.id,
        "status": status.id,
        "running": running.id,
        "older": older.id,
        "payment": payment.id,
        "grant": grant.id,
        "note": note.id,
    }


def _to_trash(
    session: Session, model: type[ServicePlace | Agreement | GrantCase], row_id: str
) -> None:
    row = session.get(model, row_id)
    assert isinstance(row, ServicePlace | Agreement | GrantCase)
    row.deleted_at = utc_now()


def _item(session: Session, row_id: str) -> trash.TrashItem:
    [item] = [i for i in trash.list_trash(session) if i.id == row_id]
    return item


def test_the_trash_lists_places_agreements_and_grants(database: Database) -> None:
    with database.session() as session:
        ids = _register(session)
        _to_trash(session, ServicePlace, ids["place"])
        _to_trash(session, Agreement, ids["older"])
        _to_trash(session, GrantCase, ids["grant"])
    with database.read_session() as session:
        items = {item.kind: item for item in trash.list_trash(session)}
    assert set(items) == {"place", "agreement", "grant"}
    assert items["place"].title == "Ammarnäs Livs"
    assert items["agreement"].title == "2023-01-01–2025-12-31, Ammarnäs Livs"
    assert items["grant"].title == "2026–2028 Ammarnäs"
    assert items["grant"].detail == "service_grant"
    assert {item.municipality_name for item in items.values()} == {"Sorsele"}
    # The running agreement stayed where it was (hidden behind its place), not in the trash.
    assert ids["running"] not in {item.id for item in items.values()}


def test_restoring_an_agreement_brings_its_place_back(database: Database) -> None:
    with database.session() as session:
        ids = _register(session)
        _to_trash(session, Agreement, ids["older"])
        _to_trash(session, ServicePlace, ids["place"])
    with database.session() as session:
        trash.restore(session, "agreement", ids["older"])
        changed = collected(session)
    assert {RecordKind.AGREEMENT, RecordKind.PLACE, RecordKind.TRASH} <= changed.kinds
    assert changed.municipalities == {SORSELE}
    with database.read_session() as session:
        assert trash.list_trash(session) == []
        place = session.get(ServicePlace, ids["place"])
        assert place is not None and place.deleted_at is None


def test_restoring_a_place_brings_it_back_alone(database: Database) -> None:
    with database.session() as session:
        ids = _register(session)
        _to_trash(session, Agreement, ids["older"])
        _to_trash(session, ServicePlace, ids["place"])
    with database.session() as session:
        trash.restore(session, "place", ids["place"])
    with database.read_session() as session:
        assert [item.id for item in trash.list_trash(session)] == [ids["older"]]


def test_a_place_deleted_for_good_takes_its_agreements_and_history(database: Database) -> None:
    with database.session() as session:
        ids = _register(session)
        _to_trash(session, ServicePlace, ids["place"])
    with database.session() as session:
        trash.delete_forever(session, _item(session, ids["place"]))
        changed = collected(session)
    assert {RecordKind.PLACE, RecordKind.AGREEMENT, RecordKind.GRANT, RecordKind.NOTE} <= (
        changed.kinds
    )
    with database.read_session() as session:
        assert session.get(ServicePlace, ids["place"]) is None
        assert session.get(PlaceStatusChange, ids["status"]) is None
        assert session.get(Agreement, ids["running"]) is None
        assert session.get(Agreement, ids["older"]) is None
        assert session.get(AgreementPayment, ids["payment"]) is None
        grant = session.get(GrantCase, ids["grant"])
        note = session.get(Note, ids["note"])
        assert grant is not None and grant.place_id is None  # the municipality applies
        assert note is not None and note.place_id is None
    with database.read_session() as session:
        rows = session.execute(text("SELECT record_id, kind FROM tombstone")).all()
    buried: dict[str, str] = {row[0]: row[1] for row in rows}
    assert buried == {
        ids["place"]: "place",
        ids["status"]: "place_status",
        ids["running"]: "agreement",
        ids["older"]: "agreement",
        ids["payment"]: "payment",
    }


def test_emptying_the_trash_with_a_place_and_its_agreement(database: Database) -> None:
    with database.session() as session:
        ids = _register(session)
        _to_trash(session, Agreement, ids["older"])
        _to_trash(session, ServicePlace, ids["place"])
        _to_trash(session, GrantCase, ids["grant"])
    with database.session() as session:
        assert trash.empty_trash(session) == 3
    with database.read_session() as session:
        assert trash.list_trash(session) == []
        assert session.get(GrantCase, ids["grant"]) is None
        assert session.get(Agreement, ids["running"]) is None


def test_only_what_is_in_the_trash_is_deleted_for_good(database: Database) -> None:
    with database.session() as session:
        ids = _register(session)
        _to_trash(session, ServicePlace, ids["place"])
    with database.session() as session:
        item = _item(session, ids["place"])
        trash.restore(session, "place", ids["place"])
    with database.session() as session, pytest.raises(trash.NotInTrashError):
        trash.delete_forever(session, item)


def test_a_payment_a_status_change_and_a_mark_are_deleted_leaving_tombstones(
    database: Database,
) -> None:
    with database.session() as session:
        ids = _register(session)
        mark = TodoMark(key="x:y:2026-01-01", municipality_code=SORSELE, done_on=dt.date.today())
        session.add(mark)
        session.flush()
        ids["mark"] = mark.id
    with database.session() as session:
        trash.delete_records(
            session,
            [
                ("payment", ids["payment"]),
                ("place_status", ids["status"]),
                ("todo_mark", ids["mark"]),
            ],
        )
        changed = collected(session)
    assert {RecordKind.AGREEMENT, RecordKind.PLACE, RecordKind.TODO} <= changed.kinds
    with database.read_session() as session:
        rows = session.execute(text("SELECT record_id, municipality_code FROM tombstone")).all()
    buried: dict[str, str] = {row[0]: row[1] for row in rows}
    assert buried == {ids["payment"]: SORSELE, ids["status"]: SORSELE, ids["mark"]: SORSELE}


def test_restoring_what_is_not_there(database: Database) -> None:
    from servicepunkt_gui.core.errors import ValidationError

    with database.session() as session, pytest.raises(ValidationError):
        trash.restore(session, "grant", "00000000-0000-4000-8000-000000000000")


def test_a_payment_or_status_step_removed_by_mistake_leaves_a_tombstone(
    database: Database,
) -> None:
    """So a colleague's next exchange file does not bring it back."""
    from servicepunkt_gui.core import agreements, places
    from servicepunkt_gui.core.models import Tombstone

    with database.session() as session:
        place = places.create_place(session, "2422", places.PlaceInput(name="Gargnäs Lanthandel"))
        step = places.add_status_change(session, place.id, "threatened", dt.date(2026, 5, 1))
        agreement = agreements.create_agreement(
            session, place.id, agreements.AgreementInput(dt.date(2026, 1, 1), dt.date(2028, 12, 31))
        )
        payment = agreements.add_payment(session, agreement.id, dt.date(2026, 4, 1), 7500)
    with database.session() as session:
        agreements.delete_payment(session, payment.id)
        places.delete_status_change(session, step.id)
    with database.session() as session:
        assert agreements.list_payments(session, agreement.id) == []
        assert places.list_status_changes(session, place.id) == []
        gone = {t.record_id: t.kind for t in session.query(Tombstone).all()}
    assert gone == {payment.id: "payment", step.id: "place_status"}
