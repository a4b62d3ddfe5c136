"""Grant cases: validation, the trash, applicants, plan risk, the overview's summary and the
de minimis running total."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from servicepunkt_gui.core import changes, grant_risk, grants, plans
from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.de_minimis import running_total
from servicepunkt_gui.core.errors import ValidationError
from servicepunkt_gui.core.place_models import ServicePlace

TODAY = dt.date(2026, 12, 2)
SERVICE_GRANT = grants.GrantInput(
    grant_type="service_grant",
    decider="region",
    place_id=None,
    title="Servicebidrag Bonäs lanthandel",
    first_year=2026,
    last_year=2026,
    deadline=dt.date(2026, 3, 31),
    applied_sek=250_000,
    status="applied",
)


def _place(database: Database, code: str, name: str) -> str:
    with database.session() as session:
        place = ServicePlace(municipality_code=code, name=name, kind="grocery_store")
        session.add(place)
        session.flush()
        return place.id


def _plan(database: Database, code: str, stage: str, revise_by: dt.date | None) -> plans.PlanDetail:
    values = plans.PlanInput("Serviceplan", 2024, 2028, revise_by=revise_by)
    with database.session() as session:
        return plans.create_plan(session, code, values, "Anna", stage=stage)


def test_create_update_list_and_trash(database: Database) -> None:
    store = _place(database, "2062", "Bonäs lanthandel")
    with database.session() as session:
        older = grants.create_grant(
            session, "2062", replace(SERVICE_GRANT, first_year=2024, last_year=2024)
        )
        newer = grants.create_grant(session, "2062", replace(SERVICE_GRANT, place_id=store))
        assert changes.collected(session).touches(changes.RecordKind.GRANT)
    assert newer.applicant_name == "Bonäs lanthandel"
    assert older.applicant_name == "Mora kommun"
    assert newer.values == replace(SERVICE_GRANT, place_id=store)
    with database.session() as session:
        listed = grants.list_grants(session, "2062")
        assert [g.id for g in listed] == [newer.id, older.id]  # newest period first
        updated = grants.update_grant(
            session, older.id, replace(older.values, granted_sek=200_000, status="granted")
        )
        assert updated.granted_sek == 200_000
        grants.delete_grant(session, newer.id)
        assert changes.collected(session).touches(changes.RecordKind.TRASH)
    with database.session() as session:
        assert [g.id for g in grants.list_grants(session, "2062")] == [older.id]
        assert grants.get_grant(session, newer.id) is None
        assert grants.list_grants(session, "0114") == []


def test_problems_are_given_per_field() -> None:
    wrong = replace(
        SERVICE_GRANT,
        grant_type="lottery",
        first_year=2027,
        last_year=2026,
        applied_sek=-1,
        deliveries=-3,
        decider_case_number="okänt",
    )
    assert grants.grant_problems(wrong) == {
        "grant_type": "unknown",
        "last_year": "period_end_before_start",
        "decider_case_number": "case_number_format",
        "applied_sek": "negative",
        "deliveries": "negative",
    }
    far = replace(SERVICE_GRANT, first_year=1989, last_year=2101)
    assert grants.grant_problems(far) == {
        "first_year": "year_out_of_range",
        "last_year": "year_out_of_range",
    }
    assert grants.grant_problems(SERVICE_GRANT) == {}


def test_writes_refuse_what_the_checks_refuse(database: Database) -> None:
    elsewhere = _place(database, "0114", "Butik i Upplands Väsby")
    with database.session() as session, pytest.raises(ValidationError) as error:
        grants.create_grant(session, "2062", replace(SERVICE_GRANT, place_id=elsewhere))
    assert (error.value.field, error.value.reason) == ("place_id", "other_municipality")
    with database.session() as session, pytest.raises(ValidationError) as error:
        grants.create_grant(session, "2062", replace(SERVICE_GRANT, granted_sek=-5))
    assert (error.value.field, error.value.reason) == ("granted_sek", "negative")
    # The file's own CHECK refuses it too, whoever writes.
    with database.session() as session:
        row = grants.create_grant(session, "2062", SERVICE_GRANT)
    with pytest.raises(IntegrityError), database.session() as session:
        session.execute(text("UPDATE grant_case SET paid_sek = -1 WHERE id = :id"), {"id": row.id})


def test_applicants_are_the_municipality_then_its_places_by_name(database: Database) -> None:
    _place(database, "2062", "Östnor handel")
    _place(database, "2062", "Bonäs lanthandel")
    gone = _place(database, "2062", "Garsås kiosk")
    _place(database, "0114", "Annan kommuns butik")
    with database.session() as session:
        session.get(ServicePlace, gone).deleted_at = dt.datetime(2026, 1, 1)
    with database.session() as session:
        choices = grants.applicant_choices(session, "2062")
    assert [name for _id, name in choices] == ["Mora kommun", "Bonäs lanthandel", "Östnor handel"]
    assert choices[0][0] is None


def test_default_needs_plan_follows_the_vocabulary() -> None:
    assert grants.default_needs_plan("home_delivery_grant")
    assert grants.default_needs_plan("service_grant")
    assert not grants.default_needs_plan("regional_project")
    assert not grants.default_needs_plan("municipal_support")


def test_risk_without_an_adopted_plan(database: Database) -> None:
    with database.session() as session:
        open_case = grants.create_grant(session, "2062", SERVICE_GRANT)
        no_plan_needed = grants.create_grant(
            session, "2062", replace(SERVICE_GRANT, grant_type="regional_project", needs_plan=False)
        )
    with database.session() as session:
        assert grant_risk.grants_at_risk(session, ["2062"], TODAY) == {
            open_case.id: grant_risk.NO_PLAN  # no plan at all
        }
    _plan(database, "2062", "consultation", dt.date(2030, 1, 1))  # not adopted yet
    with database.session() as session:
        listed = {g.id: g.plan_risk for g in grants.list_grants(session, "2062", TODAY)}
    assert listed == {open_case.id: grant_risk.NO_ADOPTED_PLAN, no_plan_needed.id: None}


def test_risk_follows_the_revision_date(database: Database) -> None:
    plan = _plan(database, "2062", "adopted", dt.date(2026, 11, 30))
    with database.session() as session:
        open_case = grants.create_grant(session, "2062", SERVICE_GRANT)
        closed = grants.create_grant(
            session, "2062", replace(SERVICE_GRANT, status="paid", granted_sek=100)
        )
    with database.session() as session:
        at_risk = grant_risk.grants_at_risk(session, ["2062", "0114"], TODAY)
    assert at_risk == {open_case.id: grant_risk.REVISION_OVERDUE}  # the paid case is over
    assert closed.id not in at_risk
    for revise_by, expected in (
        (dt.date(2027, 2, 1), grant_risk.REVISION_SOON),
        (dt.date(2027, 6, 1), None),
    ):
        with database.session() as session:
            plans.update_plan(session, plan.id, replace(plan.values, revise_by=revise_by))
            assert grants.get_grant(session, open_case.id, TODAY).plan_risk == expected


def test_a_plan_in_the_trash_is_no_plan(database: Database) -> None:
    plan = _plan(database, "2062", "implementation", None)
    with database.session() as session:
        case = grants.create_grant(session, "2062", SERVICE_GRANT)
        assert grant_risk.grants_at_risk(session, ["2062"], TODAY) == {}
        plans.delete_plan(session, plan.id)
        assert grant_risk.grants_at_risk(session, ["2062"], TODAY) == {case.id: grant_risk.NO_PLAN}


def test_summary_counts_the_cases_covering_the_year(database: Database) -> None:
    with database.session() as session:
        grants.create_grant(session, "2062", replace(SERVICE_GRANT, granted_sek=200_000))
        grants.create_grant(
            session,
            "2062",
            replace(SERVICE_GRANT, first_year=2025, last_year=2027, granted_sek=50_000),
        )
        grants.create_grant(
            session,
            "2062",
            replace(SERVICE_GRANT, grant_type="home_delivery_grant", granted_sek=None),
        )
        grants.create_grant(
            session, "2062", replace(SERVICE_GRANT, first_year=2024, last_year=2024)
        )
        summary = grant_risk.grant_summary(session, ["2062", "0114"], 2026, TODAY)
    mora = summary["2062"]
    assert mora.count_by_type == {"service_grant": 2, "home_delivery_grant": 1}
    assert mora.granted_by_type == {"service_grant": 250_000, "home_delivery_grant": 0}
    assert (mora.count, mora.granted_sek, mora.at_risk) == (3, 250_000, 3)  # no plan in Mora
    assert summary["0114"] == grant_risk.GrantSummary()


def test_de_minimis_counts_three_years_and_leaves_the_fourth_out(database: Database) -> None:
    store = _place(database, "2062", "Bonäs lanthandel")
    granted = replace(SERVICE_GRANT, place_id=store, status="granted")
    with database.session() as session:
        for year, amount in ((2023, 1_000_000), (2024, 250_000), (2025, 300_000)):
            grants.create_grant(
                session,
                "2062",
                replace(
                    granted,
                    first_year=year,
                    last_year=year,
                    granted_sek=amount,
                    decided_on=dt.date(year, 6, 1),
                ),
            )
        # Decided in 2026 for 2025: counted in the year of the decision.
        grants.create_grant(
            session,
            "2062",
            replace(
                granted,
                first_year=2025,
                last_year=2025,
                granted_sek=40_000,
                status="paid",
                decided_on=dt.date(2026, 2, 1),
            ),
        )
        # Undecided dates count by their first year; refused and applied ones not at all.
        grants.create_grant(
            session, "2062", replace(granted, granted_sek=7_000, status="partly_granted")
        )
        grants.create_grant(session, "2062", replace(granted, granted_sek=9, status="rejected"))
        grants.create_grant(session, "2062", replace(granted, granted_sek=9, status="applied"))
        # The municipality's own grants are another applicant's.
        grants.create_grant(session, "2062", replace(SERVICE_GRANT, granted_sek=5, status="paid"))
        total = running_total(session, "2062", store, TODAY)
        municipal = running_total(session, "2062", None, TODAY)
    assert total.per_year == ((2024, 250_000), (2025, 300_000), (2026, 47_000))
    assert total.total_sek == 597_000
    assert total.years == (2024, 2025, 2026)
    assert municipal.total_sek == 5
