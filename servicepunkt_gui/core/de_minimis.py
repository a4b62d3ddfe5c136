"""The de minimis running total: state aid to one business is capped over three years, so
the official sees what an applicant was granted this year and the two before."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from servicepunkt_gui.core.place_models import GrantCase
from servicepunkt_gui.core.vocabulary import GrantStatus

# A decision that gave money (a case later paid out still counts as granted).
GRANTED_STATUSES = (GrantStatus.GRANTED, GrantStatus.PARTLY_GRANTED, GrantStatus.PAID)
YEARS = 3


@dataclass(frozen=True)
class DeMinimisTotal:
    per_year: tuple[tuple[int, int], ...]  # (year, kronor granted), oldest first, every year
    total_sek: int

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(year for year, _amount in self.per_year)


def running_total(
    session: Session, municipality_code: str, place_id: str | None, today: dt.date
) -> DeMinimisTotal:
    """What ``place_id`` (None: the municipality itself) was granted this calendar year and
    the two before, each case in the year of its decision (its first year if undecided)."""
    years = list(range(today.year - YEARS + 1, today.year + 1))
    applicant = GrantCase.place_id.is_(None) if place_id is None else GrantCase.place_id == place_id
    found = session.execute(
        select(GrantCase.granted_sek, GrantCase.decided_on, GrantCase.first_year).where(
            GrantCase.municipality_code == municipality_code,
            applicant,
            GrantCase.deleted_at.is_(None),
            GrantCase.status.in_(GRANTED_STATUSES),
            GrantCase.granted_sek.is_not(None),
        )
    ).all()
    sums = dict.fromkeys(years, 0)
    for granted, decided_on, first_year in found:
        year = decided_on.year if decided_on is not None else first_year
        if year in sums:
            sums[year] += granted or 0
    return DeMinimisTotal(tuple(sums.items()), sum(sums.values()))
