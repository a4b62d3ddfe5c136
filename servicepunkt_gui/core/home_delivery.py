"""Hemsändningsbidrag: the dated rules it is computed from, and the computation.

The rules (at most a share of the municipality's net cost, at most an amount per household
and delivery, a net cost that must reach a share of the prisbasbelopp) change with the
ordinance and the prisbasbelopp every year. They are rows the official can edit (migration
0010 seeded today's), so no figure of theirs is written here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from servicepunkt_gui.core.changes import RecordKind, record
from servicepunkt_gui.core.errors import ValidationError
from servicepunkt_gui.core.place_models import HomeDeliveryRule

MAX_AMOUNT = 10**12

# Why a result is what it is.
BELOW_THRESHOLD = "below_threshold"  # the net cost does not reach the share of the base amount
LIMITED_BY_SHARE = "share"  # the share of the net cost is the smaller cap
LIMITED_BY_DELIVERIES = "deliveries"  # the amount per delivery is the smaller cap


@dataclass(frozen=True)
class RuleInput:
    valid_from: dt.date
    max_share_percent: int  # of the net cost
    max_per_delivery_sek: int  # per household and delivery
    min_share_of_base_percent: int  # of the prisbasbelopp, which the net cost must reach
    price_base_amount_sek: int  # prisbasbelopp
    source: str = ""


@dataclass(frozen=True)
class RuleRow:
    id: str
    valid_from: dt.date
    max_share_percent: int
    max_per_delivery_sek: int
    min_share_of_base_percent: int
    price_base_amount_sek: int
    source: str

    @property
    def values(self) -> RuleInput:
        return RuleInput(
            self.valid_from,
            self.max_share_percent,
            self.max_per_delivery_sek,
            self.min_share_of_base_percent,
            self.price_base_amount_sek,
            self.source,
        )


@dataclass(frozen=True)
class HomeDeliveryResult:
    """Every figure of the computation, so the form can explain it in words."""

    rule: RuleInput | RuleRow
    net_cost_sek: int
    deliveries: int
    threshold_sek: int  # the net cost must reach this (the share of the prisbasbelopp)
    eligible: bool
    share_cap_sek: int  # at most this share of the net cost
    delivery_cap_sek: int  # at most this much per delivery
    grant_sek: int
    reason: str  # BELOW_THRESHOLD, LIMITED_BY_SHARE or LIMITED_BY_DELIVERIES


def compute_home_delivery_grant(
    rule: RuleInput | RuleRow, net_cost_sek: int, deliveries: int
) -> HomeDeliveryResult:
    """The grant for a year's ``deliveries`` costing the municipality ``net_cost_sek`` net.

    Whole kronor: the caps round down (the grant is "at most"), the threshold up (a net
    cost in whole kronor reaches it exactly when it reaches the exact share).
    """
    base_share = rule.price_base_amount_sek * rule.min_share_of_base_percent
    threshold = -(-base_share // 100)
    eligible = net_cost_sek * 100 >= base_share
    share_cap = net_cost_sek * rule.max_share_percent // 100
    delivery_cap = rule.max_per_delivery_sek * deliveries
    if not eligible:
        grant, reason = 0, BELOW_THRESHOLD
    elif delivery_cap < share_cap:
        grant, reason = delivery_cap, LIMITED_BY_DELIVERIES
    else:
        grant, reason = share_cap, LIMITED_BY_SHARE
    return HomeDeliveryResult(
        rule=rule,
        net_cost_sek=net_cost_sek,
        deliveries=deliveries,
        threshold_sek=threshold,
        eligible=eligible,
        share_cap_sek=share_cap,
        delivery_cap_sek=delivery_cap,
        grant_sek=grant,
        reason=reason,
    )


def rule_problems(rule: RuleInput, other_dates: Collection[dt.date] = ()) -> dict[str, str]:
    """Every problem with a rule, by field; ``other_dates``: the other rules' start dates."""
    problems: dict[str, str] = {}
    if rule.valid_from in other_dates:
        problems["valid_from"] = "duplicate_date"
    elif not 1990 <= rule.valid_from.year <= 2100:
        problems["valid_from"] = "year_out_of_range"
    for name, top in (("max_share_percent", 100), ("min_share_of_base_percent", 1000)):
        value = getattr(rule, name)
        if value < 0:
            problems[name] = "negative"
        elif value > top:
            problems[name] = "percent_too_large"
    for name in ("max_per_delivery_sek", "price_base_amount_sek"):
        value = getattr(rule, name)
        if value < 0:
            problems[name] = "negative"
        elif value > MAX_AMOUNT:
            problems[name] = "too_large"
    return problems


def list_rules(session: Session) -> list[RuleRow]:
    """Every rule, oldest first."""
    found = session.scalars(select(HomeDeliveryRule).order_by(HomeDeliveryRule.valid_from)).all()
    return [_row(rule) for rule in found]


def rule_for_year(session: Session, year: int) -> RuleRow | None:
    """The rule for a calendar year: the one in force on 1 January (the newest from then or
    before). A year before every rule that has one starting during it takes that one."""
    first_day = dt.date(year, 1, 1)
    in_force = session.scalar(
        select(HomeDeliveryRule)
        .where(HomeDeliveryRule.valid_from <= first_day)
        .order_by(HomeDeliveryRule.valid_from.desc())
    )
    if in_force is None:
        in_force = session.scalar(
            select(HomeDeliveryRule)
            .where(HomeDeliveryRule.valid_from <= dt.date(year, 12, 31))
            .order_by(HomeDeliveryRule.valid_from)
        )
    return _row(in_force) if in_force is not None else None


def create_rule(session: Session, rule: RuleInput) -> RuleRow:
    _check(session, rule, None)
    row = HomeDeliveryRule()
    _apply(row, rule)
    session.add(row)
    session.flush()
    # The rules are the whole file's, no municipality's: every view of grants refreshes.
    record(session, RecordKind.GRANT, None)
    return _row(row)


def update_rule(session: Session, rule_id: str, rule: RuleInput) -> RuleRow:
    row = _get(session, rule_id)
    _check(session, rule, rule_id)
    _apply(row, rule)
    session.flush()
    record(session, RecordKind.GRANT, None)
    return _row(row)


def delete_rule(session: Session, rule_id: str) -> None:
    """Remove a rule (a rule is reference data the official keeps, not a record for the
    trash: the years it covered fall to the rule before it)."""
    session.delete(_get(session, rule_id))
    session.flush()
    record(session, RecordKind.GRANT, None)


def _check(session: Session, rule: RuleInput, rule_id: str | None) -> None:
    others = set(
        session.scalars(
            select(HomeDeliveryRule.valid_from).where(HomeDeliveryRule.id != (rule_id or ""))
        )
    )
    problems = rule_problems(rule, others)
    if problems:
        field, reason = next(iter(problems.items()))
        raise ValidationError(field, reason)


def _get(session: Session, rule_id: str) -> HomeDeliveryRule:
    row = session.get(HomeDeliveryRule, rule_id)
    if row is None:
        raise ValidationError("rule", "missing")
    return row


def _apply(row: HomeDeliveryRule, rule: RuleInput) -> None:
    row.valid_from = rule.valid_from
    row.max_share_percent = rule.max_share_percent
    row.max_per_delivery_sek = rule.max_per_delivery_sek
    row.min_share_of_base_percent = rule.min_share_of_base_percent
    row.price_base_amount_sek = rule.price_base_amount_sek
    row.source = rule.source.strip()


def _row(row: HomeDeliveryRule) -> RuleRow:
    return RuleRow(
        id=row.id,
        valid_from=row.valid_from,
        max_share_percent=row.max_share_percent,
        max_per_delivery_sek=row.max_per_delivery_sek,
        min_share_of_base_percent=row.min_share_of_base_percent,
        price_base_amount_sek=row.price_base_amount_sek,
        source=row.source,
    )
