"""Att göra: every date that matters, read from the records; done and snooze marks."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from servicepunkt_gui.core import changes
from servicepunkt_gui.core.actions import ActionInput, add_action, delete_action
from servicepunkt_gui.core.changes import RecordKind
from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.errors import ValidationError
from servicepunkt_gui.core.models import utc_now
from servicepunkt_gui.core.place_models import (
    Agreement,
    AgreementPayment,
    GrantCase,
    ServicePlace,
)
from servicepunkt_gui.core.plans import PlanInput, create_plan, delete_plan, set_stage, update_plan
from servicepunkt_gui.core.todo import (
    OVERDUE_ONLY,
    TodoItem,
    TodoKind,
    list_todo,
    mark_done,
    snooze,
    todo_key,
    todo_municipalities,
    undo_done,
)
from servicepunkt_gui.core.vocabulary import ActionStatus, GrantDecider, GrantStatus, GrantType

TODAY = dt.date(2026, 3, 2)
ORNSKOLDSVIK, KIRUNA = "2284", "2584"


def days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


def items(database: Database, codes: list[str] | None = None, **kwargs: object) -> list[TodoItem]:
    with database.read_session() as session:
        return list_todo(session, codes, TODAY, **kwargs)  # type: ignore[arg-type]


def by_kind(found: list[TodoItem], kind: TodoKind) -> list[TodoItem]:
    return [item for item in found if item.kind is kind]


def add_plan(session: Session, code: str = ORNSKOLDSVIK, **values: object) -> str:
    plan = PlanInput(title="Serviceplan 2026–2029", first_year=2026, last_year=2029, **values)  # type: ignore[arg-type]
    return create_plan(session, code, plan, changed_by="Eva", today=days(-400)).id


def add_place(session: Session, name: str = "Handlar'n i Trehörningsjö") -> ServicePlace:
    place = ServicePlace(municipality_code=ORNSKOLDSVIK, name=name)
    session.add(place)
    session.flush()
    return place


def add_agreement(session: Session, place: ServicePlace, **values: object) -> Agreement:
    fields: dict[str, object] = {
        "municipality_code": ORNSKOLDSVIK,
        "place_id": place.id,
        "starts_on": dt.date(2025, 1, 1),
        "ends_on": days(60),
        "tasks": "information connectivity home_delivery meeting_place",
        "fee_per_task_sek": 10_000,
        "payment_interval": "quarterly",
        "responsible": "Lars",
        "case_number": "KS 2024/12",
    }
    agreement = Agreement(**(fields | values))
    session.add(agreement)
    session.flush()
    return agreement


def add_grant(session: Session, **values: object) -> GrantCase:
    fields: dict[str, object] = {
        "municipality_code": ORNSKOLDSVIK,
        "grant_type": GrantType.HOME_DELIVERY_GRANT,
        "decider": GrantDecider.REGION,
        "title": "Hemsändning i fjällbyarna",
        "first_year": 2025,
        "last_year": 2025,
        "deadline": days(20),
        "responsible": "Maria",
        "applied_sek": 120_000,
        "status": GrantStatus.PLANNED,
    }
    grant = GrantCase(**(fields | values))
    session.add(grant)
    session.flush()
    return grant


def test_the_current_plan_brings_its_revision_and_follow_up(database: Database) -> None:
    with database.session() as session:
        plan_id = add_plan(session, revise_by=days(-12), next_follow_up=days(5))
        set_stage(session, plan_id, "adopted", changed_by="Anna", changed_on=days(-30))
        # An older plan, not the current one, brings nothing.
        add_plan(session, revise_by=days(1), next_follow_up=days(2))
    found = items(database)
    assert [(i.kind, i.due) for i in found] == [
        (TodoKind.PLAN_REVISION, days(-12)),
        (TodoKind.PLAN_FOLLOW_UP, days(5)),
    ]
    revision = found[0]
    assert revision.record_kind == "plan" and revision.record_id == plan_id
    assert revision.title == "Serviceplan 2026–2029"
    assert revision.owner == "Anna"  # who moved the plan to its stage
    assert revision.municipality_code == ORNSKOLDSVIK
    assert revision.municipality_name == "Örnsköldsvik"
    assert revision.key == f"plan-revision:{plan_id}:{days(-12).isoformat()}"
    assert not revision.done and revision.snoozed_until is None


def test_actions_still_to_do_bring_their_deadlines(database: Database) -> None:
    with database.session() as session:
        plan_id = add_plan(session)
        late = add_action(
            session, plan_id, ActionInput("Ny laddpunkt", responsible="Per", deadline=days(-3))
        )
        add_action(
            session,
            plan_id,
            ActionInput("Klar åtgärd", deadline=days(1), status=ActionStatus.DONE),
        )
        add_action(
            session,
            plan_id,
            ActionInput("Avbruten", deadline=days(1), status=ActionStatus.CANCELLED),
        )
        add_action(session, plan_id, ActionInput("Utan datum"))
    (action,) = items(database)
    assert action.kind is TodoKind.ACTION_DEADLINE
    assert (action.record_kind, action.record_id) == ("action", late.id)
    assert (action.title, action.owner, action.due) == ("Ny laddpunkt", "Per", days(-3))
    assert action.detail == "Serviceplan 2026–2029"


def test_grant_cases_not_sent_bring_their_deadlines(database: Database) -> None:
    with database.session() as session:
        grant = add_grant(session)
        add_grant(session, sent_on=days(-1), status=GrantStatus.APPLIED)
        add_grant(session, status=GrantStatus.WITHDRAWN)
        add_grant(session, deadline=None)
    (item,) = items(database)
    assert item.kind is TodoKind.GRANT_DEADLINE
    assert (item.record_kind, item.record_id) == ("grant", grant.id)
    assert item.title == "Hemsändningsbidrag 2025: Hemsändning i fjällbyarna"
    assert item.owner == "Maria"
    assert item.detail == "120\u00a0000\u00a0kr"


def test_agreements_bring_their_end_and_unpaid_payments(database: Database) -> None:
    with database.session() as session:
        place = add_place(session)
        agreement = add_agreement(session, place, starts_on=days(-200), ends_on=days(165))
    found = items(database, horizon_days=365)
    (end,) = by_kind(found, TodoKind.AGREEMENT_END)
    assert (end.record_kind, end.record_id, end.due) == ("agreement", agreement.id, days(165))
    assert (end.title, end.owner, end.detail) == ("Handlar'n i Trehörningsjö", "Lars", "KS 2024/12")
    payments = by_kind(found, TodoKind.AGREEMENT_PAYMENT)
    # A year of quarters: the first two are overdue, unpaid; the last on the end date.
    assert len(payments) == 4
    assert payments[-1].due == days(165)
    assert all(p.detail == "10\u00a0000\u00a0kr" for p in payments)  # 4 tasks × 10 000 / 4
    first_due = payments[0].due
    with database.session() as session:
        session.add(AgreementPayment(agreement_id=agreement.id, paid_on=TODAY, amount_sek=10_000))
    payments = by_kind(items(database, horizon_days=365), TodoKind.AGREEMENT_PAYMENT)
    assert len(payments) == 3 and first_due not in [p.due for p in payments]


def test_the_horizon_keeps_every_overdue_item(database: Database) -> None:
    with database.session() as session:
        plan_id = add_plan(session)
        for title, due in (("Gammal", days(-900)), ("Snart", days(25)), ("Sen", days(45))):
            add_action(session, plan_id, ActionInput(title, deadline=due))
    assert [i.title for i in items(database)] == ["Gammal", "Snart", "Sen"]
    assert [i.title for i in items(database, horizon_days=30)] == ["Gammal", "Snart"]
    assert [i.title for i in items(database, horizon_days=OVERDUE_ONLY)] == ["Gammal"]


def test_done_hides_a_row_and_undo_brings_it_back(database: Database) -> None:
    with database.session() as session:
        add_plan(session, next_follow_up=days(3))
    (item,) = items(database)
    with database.session() as session:
        mark_done(session, item.key, item.municipality_code, today=TODAY)
        assert changes.collected(session).touches(RecordKind.TODO)
    assert items(database) == []
    (done,) = items(database, include_done=True)
    assert done.done and done.key == item.key
    with database.session() as session:
        undo_done(session, item.key, item.municipality_code)
    assert items(database) == [item]


def test_a_snoozed_row_comes_back_on_its_date(database: Database) -> None:
    with database.session() as session:
        add_plan(session, next_follow_up=days(3))
    (item,) = items(database)
    with database.session() as session:
        snooze(session, item.key, item.municipality_code, days(7), today=TODAY)
    assert items(database) == []
    with database.read_session() as session:
        (back,) = list_todo(session, None, days(7))
    assert back.key == item.key and back.snoozed_until == days(7)


def test_a_snooze_must_end_after_today(database: Database) -> None:
    with database.session() as session, pytest.raises(ValidationError) as refused:
        snooze(session, "plan-revision:x:2026-01-01", ORNSKOLDSVIK, TODAY, today=TODAY)
    assert (refused.value.field, refused.value.reason) == ("until", "not_after_today")


def test_a_moved_date_brings_the_row_back(database: Database) -> None:
    with database.session() as session:
        plan_id = add_plan(session, next_follow_up=days(3))
    (item,) = items(database)
    with database.session() as session:
        mark_done(session, item.key, ORNSKOLDSVIK, today=TODAY)
        plan = PlanInput("Serviceplan 2026–2029", 2026, 2029, next_follow_up=days(10))
        update_plan(session, plan_id, plan)
    (moved,) = items(database)
    assert moved.due == days(10) and not moved.done
    assert moved.key == todo_key(TodoKind.PLAN_FOLLOW_UP, plan_id, days(10))


def test_the_trash_is_left_out(database: Database) -> None:
    with database.session() as session:
        plan_id = add_plan(session, revise_by=days(1))
        action = add_action(session, plan_id, ActionInput("Åtgärd", deadline=days(2)))
        kept_plan = add_plan(session, KIRUNA, revise_by=days(1))
        gone = add_action(session, kept_plan, ActionInput("Borttagen", deadline=days(2)))
        delete_action(session, gone.id)
        place = add_place(session)
        add_agreement(session, place, starts_on=days(-10), ends_on=days(20))
        add_grant(session, place_id=place.id)
        other = add_place(session, "Lanthandeln")
        trashed = add_agreement(session, other, starts_on=days(-10), ends_on=days(20))
        trashed.deleted_at = utc_now()
        add_grant(session, deleted_at=utc_now())
    assert {i.record_id for i in items(database)} >= {plan_id, action.id}
    assert gone.id not in {i.record_id for i in items(database)}
    assert trashed.id not in {i.record_id for i in items(database)}
    with database.session() as session:
        delete_plan(session, plan_id)
        session.get(ServicePlace, place.id).deleted_at = utc_now()
    assert [i.record_id for i in items(database)] == [kept_plan]


def test_codes_narrow_the_list(database: Database) -> None:
    with database.session() as session:
        add_plan(session, ORNSKOLDSVIK, revise_by=days(1))
        add_plan(session, KIRUNA, revise_by=days(2))
    assert [i.municipality_name for i in items(database)] == ["Örnsköldsvik", "Kiruna"]
    assert [i.municipality_code for i in items(database, [KIRUNA])] == [KIRUNA]
    assert items(database, []) == []


def test_marks_need_a_known_municipality(database: Database) -> None:
    with database.session() as session, pytest.raises(ValidationError) as refused:
        mark_done(session, "plan-revision:x:2026-01-01", "9999")
    assert refused.value.field == "municipality"


def test_the_municipalities_offered(database: Database) -> None:
    from servicepunkt_gui.core.municipalities import set_mine

    with database.session() as session:
        set_mine(session, KIRUNA, True)
        offered = todo_municipalities(session)
    assert len(offered) == 290
    assert [m.code for m in offered if m.is_mine] == [KIRUNA]
    assert offered[0].name == "Ale"
