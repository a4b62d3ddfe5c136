"""The rows of the municipality list, as plain data (no SQLAlchemy, no Qt).

Kept apart from ``municipalities.py`` so the first screen can be drawn from a plain
``sqlite3`` read (``first_screen.py``) before SQLAlchemy is imported.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from servicepunkt_gui.core.text import fold, swedish_sort_key


@dataclass(frozen=True)
class CountyRow:
    code: str
    name: str
    short_name: str


@dataclass(frozen=True)
class PlanStatus:
    """Where the municipality's current service plan stands, for the master list."""

    stage: str
    actions_done: int
    actions_total: int  # cancelled actions do not count
    follow_up_overdue: bool
    revision_overdue: bool

    @property
    def progress(self) -> float | None:
        """Share of actions done, or None when the plan has no actions yet."""
        return self.actions_done / self.actions_total if self.actions_total else None


@dataclass(frozen=True)
class MunicipalityRow:
    code: str
    name: str
    official_name: str
    county_code: str
    county_name: str
    role: str | None
    unit: str | None
    collaboration_group: str | None
    note_count: int
    is_mine: bool
    plan: PlanStatus | None = None
    county_short_name: str = ""

    @cached_property
    def sort_key(self) -> str:
        return swedish_sort_key(self.name)

    @cached_property
    def search_keys(self) -> tuple[str, str]:
        return fold(self.name), self.code


def listed_municipalities(
    rows: Iterable[Sequence[Any]], statuses: dict[str, PlanStatus]
) -> list[MunicipalityRow]:
    """The list's rows, in Swedish order, from query rows whose columns are, in order: code,
    name, official name, county code, county name, county short name, programme role, unit,
    collaboration group, note count, mine (the ORM read and the first-screen read share it).
    """
    listed = [
        MunicipalityRow(
            code,
            name,
            official,
            county_code,
            county,
            role,
            unit,
            group,
            int(notes),
            bool(mine),
            plan=statuses.get(code),
            county_short_name=county_short,
        )
        for (
            code,
            name,
            official,
            county_code,
            county,
            county_short,
            role,
            unit,
            group,
            notes,
            mine,
        ) in rows
    ]
    return sorted(listed, key=lambda r: r.sort_key)
