"""Agreements with a place and the payments made under them, on a real database file."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from servicepunkt_gui.core import agreements
from servicepunkt_gui.core.agreements import AgreementInput, agreement_problems
from servicepunkt_gui.core.changes import RecordKind, collected
from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.errors import ValidationError
from servicepunkt_gui.core.models import utc_now
from servicepunkt_gui.core.place_models import ServicePlace
from servicepunkt_gui.core.vocabulary import AgreementTask, PaymentInterval

ORNSKOLDSVIK = "2284"
KRAMFORS = "2282"
THREE_TASKS = (AgreementTask.INFORMATION, AgreementTask.HOME_DELIVERY, AgreementTask.MEETING_PLACE)


def _place(
    database: Database, name: str = "Lanthandeln i Trehörningsjö", code: str = ORNSKOLDSVIK
) -> str:
    with database.session() as session:
        place = ServicePlace(municipality_code=code, name=name)
        session.add(place)
        session.flush()
        return place.id


def _three_years(**changes: object) -> AgreementInput:
    values: dict[str, object] = {
        "starts_on": dt.date(2025, 1, 1),
        "ends_on": dt.date(2027, 12, 31),
        "tasks": THREE_TASKS,
        "fee_per_task_sek": 10_000,
        "payment_interval": PaymentInterval.QUARTERLY,
        "case_number": "KS 2024/0815",
        "responsible": "Anna Berg",
    }
    values.update(changes)
    return AgreementInput(**values)  # type: ignore[arg-type]


def test_an_agreement_of_three_tasks_at_ten_thousand_pays_thirty_thousand_a_year(
    database: Database,
) -> None:
    place_id = _place(database)
    with database.session() as session:
        created = agreements.create_agreement(session, place_id, _three_years())
        changes = collected(session)
    assert changes.touches(RecordKind.AGREEMENT) and changes.touches_municipality(ORNSKOLDSVIK)
    with database.read_session() as session:
        row = agreements.get_agreement(session, created.id)
    assert row is not None
    assert (row.municipality_code, row.place_id) == (ORNSKOLDSVIK, place_id)
    assert row.place_name == "Lanthandeln i Trehörningsjö"
    assert row.tasks == ("information", "home_delivery", "meeting_place")
    assert row.yearly_fee_sek == 30_000
    assert row.amount_per_payment_sek == 7_500
    assert row.next_due == dt.date(2025, 3, 31)
    assert (row.payments_made, row.paid_total_sek) == (0, 0)
    assert row.is_running(dt.date(2026, 6, 1)) and not row.is_running(dt.date(2028, 1, 1))


def test_an_own_task_counts_as_a_task_and_no_fee_means_no_amounts(database: Database) -> None:
    place_id = _place(database)
    with database.session() as session:
        own = agreements.create_agreement(
            session, place_id, _three_years(other_task="Laddpunkt", payment_interval="monthly")
        )
        unpaid = agreements.create_agreement(session, place_id, _three_years(fee_per_task_sek=None))
    assert own.yearly_fee_sek == 40_000
    assert own.amount_per_payment_sek == 3_333  # 40 000 / 12, in whole kronor
    assert unpaid.yearly_fee_sek is None and unpaid.amount_per_payment_sek is None


def test_payments_move_the_next_due_date(database: Database) -> None:
    place_id = _place(database)
    with database.session() as session:
        agreement_id = agreements.create_agreement(session, place_id, _three_years()).id
    with database.session() as session:
        first = agreements.add_payment(session, agreement_id, dt.date(2025, 4, 2), 7_500, "Q1")
        agreements.add_payment(session, agreement_id, dt.date(2025, 7, 1), 7_500)
        assert collected(session).touches(RecordKind.AGREEMENT)
    with database.read_session() as session:
        row = agreements.get_agreement(session, agreement_id)
        payments = agreements.list_payments(session, agreement_id)
    assert row is not None
    assert (row.payments_made, row.paid_total_sek) == (2, 15_000)
    assert row.next_due == dt.date(2025, 9, 30)
    assert [p.paid_on for p in payments] == [dt.date(2025, 4, 2), dt.date(2025, 7, 1)]
    assert payments[0].comment == "Q1"
    # A payment registered by mistake is removed for good, and the due date comes back.
    with database.session() as session:
        agreements.delete_payment(session, first.id)
        assert collected(session).touches_municipality(ORNSKOLDSVIK)
    with database.read_session() as session:
        row = agreements.get_agreement(session, agreement_id)
    assert row is not None and row.next_due == dt.date(2025, 6, 30)


def test_a_negative_payment_is_refused(database: Database) -> None:
    place_id = _place(database)
    with database.session() as session:
        agreement_id = agreements.create_agreement(session, place_id, _three_years()).id
    with pytest.raises(ValidationError) as refused, database.session() as session:
        agreements.add_payment(session, agreement_id, dt.date(2025, 4, 1), -1)
    assert (refused.value.field, refused.value.reason) == ("amount_sek", "negative")


def test_problems_are_given_per_field() -> None:
    assert agreement_problems(_three_years()) == {}
    assert agreement_problems(
        _three_years(
            ends_on=dt.date(2024, 12, 31),
            fee_per_task_sek=-5,
            tasks=("information", "juggling"),
            payment_interval="weekly",
            case_number="KS 2024/" + "1" * 40,
        )
    ) == {
        "ends_on": "period_end_before_start",
        "fee_per_task_sek": "negative",
        "tasks": "unknown",
        "payment_interval": "unknown",
        "case_number": "too_long",
    }
    # A period of one day is a period.
    one_day = _three_years(starts_on=dt.date(2025, 1, 1), ends_on=dt.date(2025, 1, 1))
    assert agreement_problems(one_day) == {}


def test_an_end_before_the_start_is_refused_and_nothing_is_stored(database: Database) -> None:
    place_id = _place(database)
    with pytest.raises(ValidationError) as refused, database.session() as session:
        agreements.create_agreement(session, place_id, _three_years(ends_on=dt.date(2024, 1, 1)))
    assert (refused.value.field, refused.value.reason) == ("ends_on", "period_end_before_start")
    with database.read_session() as session:
        assert agreements.list_agreements(session, place_id) == []


def test_the_file_itself_refuses_an_end_before_the_start_and_a_negative_amount(
    database: Database,
) -> None:
    place_id = _place(database)
    with database.session() as session:
        agreement_id = agreements.create_agreement(session, place_id, _three_years()).id
    with pytest.raises(IntegrityError, match="ck_agreement_period"), database.session() as s:
        s.execute(
            text("UPDATE agreement SET ends_on = '2024-12-31' WHERE id = :id"), {"id": agreement_id}
        )
    with pytest.raises(IntegrityError, match="ck_agreement_fee"), database.session() as s:
        s.execute(
            text("UPDATE agreement SET fee_per_task_sek = -1 WHERE id = :id"), {"id": agreement_id}
        )
    with pytest.raises(IntegrityError, match="ck_payment_amount"), database.session() as s:
        s.execute(
            text(
                "INSERT INTO agreement_payment (id, agreement_id, paid_on, amount_sek, comment,"
                " created_at, updated_at) VALUES ('p1', :id, '2025-03-31', -100, '',"
                " '2025-01-01', '2025-01-01')"
            ),
            {"id": agreement_id},
        )
    with database.read_session() as session:
        row = agreements.get_agreement(session, agreement_id)
    assert row is not None and row.ends_on == dt.date(2027, 12, 31)


def test_an_update_changes_the_fields_and_keeps_the_payments(database: Database) -> None:
    place_id = _place(database)
    with database.session() as session:
        agreement_id = agreements.create_agreement(session, place_id, _three_years()).id
        agreements.add_payment(session, agreement_id, dt.date(2025, 3, 31), 7_500)
    with database.session() as session:
        updated = agreements.update_agreement(
            session,
            agreement_id,
            _three_years(
                tasks=(AgreementTask.ACTIVITIES, AgreementTask.INFORMATION),
                payment_interval=PaymentInterval.YEARLY,
                extension_terms="  Ett år i taget  ",
            ),
        )
    # Stored in vocabulary order, trimmed.
    assert updated.tasks == ("information", "activities")
    assert updated.extension_terms == "Ett år i taget"
    assert updated.yearly_fee_sek == 20_000 and updated.amount_per_payment_sek == 20_000
    assert updated.payments_made == 1 and updated.next_due == dt.date(2026, 12, 31)


def test_lists_leave_out_the_trash_and_agreements_of_places_in_the_trash(
    database: Database,
) -> None:
    kept_place = _place(database, "Butiken i Bredbyn")
    gone_place = _place(database, "Affären i Gideå")
    other_place = _place(database, "Handlar'n i Ullånger", KRAMFORS)
    with database.session() as session:
        older = agreements.create_agreement(
            session,
            kept_place,
            _three_years(starts_on=dt.date(2022, 1, 1), ends_on=dt.date(2024, 12, 31)),
        )
        newer = agreements.create_agreement(session, kept_place, _three_years())
        trashed = agreements.create_agreement(session, kept_place, _three_years())
        agreements.create_agreement(session, gone_place, _three_years())
        agreements.create_agreement(session, other_place, _three_years())
    with database.session() as session:
        agreements.delete_agreement(session, trashed.id)
        changes = collected(session)
        session.get_one(ServicePlace, gone_place).deleted_at = utc_now()
    assert changes.touches(RecordKind.AGREEMENT, RecordKind.TRASH)
    with database.read_session() as session:
        listed = agreements.list_agreements(session, kept_place)
        municipality = agreements.list_municipality_agreements(session, [ORNSKOLDSVIK])
        both = agreements.list_municipality_agreements(session, [ORNSKOLDSVIK, KRAMFORS])
        running = agreements.running_agreements_count(
            session, [ORNSKOLDSVIK, KRAMFORS], dt.date(2025, 6, 1)
        )
        assert agreements.get_agreement(session, trashed.id) is None
    assert [row.id for row in listed] == [newer.id, older.id]
    assert [row.id for row in municipality] == [newer.id, older.id]
    assert [row.place_name for row in both] == [
        "Butiken i Bredbyn",
        "Butiken i Bredbyn",
        "Handlar'n i Ullånger",
    ]
    assert running == {ORNSKOLDSVIK: 1, KRAMFORS: 1}
    with pytest.raises(ValidationError), database.session() as session:
        agreements.update_agreement(session, trashed.id, _three_years())


def test_agreements_ending_within_ninety_days(database: Database) -> None:
    place_id = _place(database)
    today = dt.date(2026, 1, 10)
    ends = [dt.date(2026, 1, 9), dt.date(2026, 1, 10), dt.date(2026, 3, 31), dt.date(2026, 4, 10)]
    with database.session() as session:
        ids = [
            agreements.create_agreement(
                session, place_id, _three_years(starts_on=dt.date(2023, 1, 1), ends_on=end)
            ).id
            for end in reversed(ends)
        ]
    with database.read_session() as session:
        ending = agreements.agreements_ending(
            session, [ORNSKOLDSVIK], today, today + dt.timedelta(days=90)
        )
        elsewhere = agreements.agreements_ending(
            session, [KRAMFORS], today, today + dt.timedelta(days=90)
        )
    assert [row.ends_on for row in ending] == ends[1:]  # yesterday's is over; 10 April is day 90
    assert {row.id for row in ending} == set(ids[:3])
    assert elsewhere == []
    assert ending[0].ends_soon(today) and not ending[0].ends_soon(today, days=-1)
    late = next(row for row in ending if row.ends_on == dt.date(2026, 4, 10))
    assert late.ends_soon(today) and not late.ends_soon(dt.date(2026, 1, 9))


def test_an_agreement_needs_a_place_in_the_register(database: Database) -> None:
    with pytest.raises(ValidationError) as refused, database.session() as session:
        agreements.create_agreement(session, "no-such-place", _three_years())
    assert refused.value.field == "place"
