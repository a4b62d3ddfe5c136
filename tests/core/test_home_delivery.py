"""Hemsändningsbidrag: computed from the dated rules stored in the file, never from figures
in the code."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from servicepunkt_gui.core import changes
from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.errors import ValidationError
from servicepunkt_gui.core.home_delivery import (
    BELOW_THRESHOLD,
    LIMITED_BY_DELIVERIES,
    LIMITED_BY_SHARE,
    RuleInput,
    compute_home_delivery_grant,
    create_rule,
    delete_rule,
    list_rules,
    rule_for_year,
    rule_problems,
    update_rule,
)

RULE = RuleInput(
    valid_from=dt.date(2026, 1, 1),
    max_share_percent=50,
    max_per_delivery_sek=100,
    min_share_of_base_percent=50,
    price_base_amount_sek=59_200,
)


def test_the_smaller_cap_is_the_grant() -> None:
    by_deliveries = compute_home_delivery_grant(RULE, net_cost_sek=82_000, deliveries=320)
    assert (by_deliveries.share_cap_sek, by_deliveries.delivery_cap_sek) == (41_000, 32_000)
    assert by_deliveries.threshold_sek == 29_600
    assert by_deliveries.eligible
    assert (by_deliveries.grant_sek, by_deliveries.reason) == (32_000, LIMITED_BY_DELIVERIES)
    by_share = compute_home_delivery_grant(RULE, net_cost_sek=60_000, deliveries=1_000)
    assert (by_share.grant_sek, by_share.reason) == (30_000, LIMITED_BY_SHARE)


def test_below_half_a_price_base_amount_gives_nothing() -> None:
    below = compute_home_delivery_grant(RULE, net_cost_sek=29_599, deliveries=400)
    assert not below.eligible
    assert (below.grant_sek, below.reason) == (0, BELOW_THRESHOLD)
    assert below.share_cap_sek == 14_799  # still shown, so the form can explain
    reached = compute_home_delivery_grant(RULE, net_cost_sek=29_600, deliveries=400)
    assert reached.eligible and reached.grant_sek == 14_800


def test_odd_figures_round_towards_at_most() -> None:
    odd = replace(RULE, price_base_amount_sek=58_801, max_share_percent=33)
    result = compute_home_delivery_grant(odd, net_cost_sek=29_401, deliveries=1_000)
    assert result.threshold_sek == 29_401  # 29 400.5 rounded up
    assert result.eligible
    assert result.share_cap_sek == 9_702  # 9 702.33 rounded down
    assert not compute_home_delivery_grant(odd, net_cost_sek=29_400, deliveries=1).eligible


def test_the_seeded_rules_change_between_years(database: Database) -> None:
    with database.session() as session:
        bases = {year: rule_for_year(session, year) for year in (2024, 2025, 2026, 2030)}
        assert rule_for_year(session, 2023) is None
    assert {year: rule.price_base_amount_sek for year, rule in bases.items() if rule} == {
        2024: 57_300,
        2025: 58_800,
        2026: 59_200,
        2030: 59_200,  # the newest rule stays in force until a newer one is added
    }


def test_a_rule_starting_during_the_year(database: Database) -> None:
    with database.session() as session:
        create_rule(
            session, replace(RULE, valid_from=dt.date(2027, 7, 1), max_per_delivery_sek=150)
        )
        # In force on 1 January 2027 is still the 2026 rule; from 2028 the new one.
        assert rule_for_year(session, 2027).max_per_delivery_sek == 100
        assert rule_for_year(session, 2028).max_per_delivery_sek == 150
        for rule in list_rules(session):
            if rule.valid_from.year < 2027:
                delete_rule(session, rule.id)
        # No rule before it: the one starting during the year.
        assert rule_for_year(session, 2027).max_per_delivery_sek == 150


def test_editing_a_rule_row_changes_the_result(database: Database) -> None:
    with database.session() as session:
        rule = rule_for_year(session, 2026)
        assert rule is not None
        assert compute_home_delivery_grant(rule, 82_000, 320).grant_sek == 32_000
        update_rule(session, rule.id, replace(rule.values, max_per_delivery_sek=200))
        assert changes.collected(session).touches(changes.RecordKind.GRANT)
    with database.session() as session:
        edited = rule_for_year(session, 2026)
        assert edited is not None
        assert compute_home_delivery_grant(edited, 82_000, 320).grant_sek == 41_000
        update_rule(session, edited.id, replace(edited.values, price_base_amount_sek=200_000))
    with database.session() as session:
        raised = rule_for_year(session, 2026)
        assert raised is not None
        assert compute_home_delivery_grant(raised, 82_000, 320).grant_sek == 0


def test_rules_are_checked(database: Database) -> None:
    wrong = replace(RULE, max_share_percent=101, max_per_delivery_sek=-1)
    assert rule_problems(wrong, {dt.date(2026, 1, 1)}) == {
        "valid_from": "duplicate_date",
        "max_share_percent": "percent_too_large",
        "max_per_delivery_sek": "negative",
    }
    with database.session() as session, pytest.raises(ValidationError) as error:
        create_rule(session, RULE)  # 2026-01-01 was seeded
    assert error.value.field == "valid_from"
    with database.session() as session:
        rule = rule_for_year(session, 2026)
        assert rule is not None
        update_rule(session, rule.id, replace(rule.values, source="Prisbasbelopp 2026, SCB"))
        assert [r.valid_from.year for r in list_rules(session)] == [2024, 2025, 2026]
