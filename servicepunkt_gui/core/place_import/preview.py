"""What an import would do to a municipality's register, worked out before anything is written.

Rows are matched to places by (municipality, source, the source's own id) first. A row
without an id, or whose id no place carries yet, is matched by name and locality (in any
case) to a place that has no id of its own, so the first import of a Servicetabell links
up with places entered by hand instead of doubling them. What a matched row changes:

- a text, the operator's organisation number, staffed, hours, the position: the file's
  value when the file has one (an empty cell never empties a field);
- services: the file's are added to the place's; none the official ticked is taken away;
- kind: never (whether a shop is a servicepunkt is the plan's decision, not the table's).

A row whose place is in the trash is skipped, as are rows of another municipality.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from servicepunkt_gui.core.models import Municipality
from servicepunkt_gui.core.place_import.generic import (
    ImportRow,
    ParsedImport,
    Value,
    join_services,
    split_services,
)
from servicepunkt_gui.core.place_import.servicetabell import normalise
from servicepunkt_gui.core.place_import.table_file import ImportProblem
from servicepunkt_gui.core.place_models import ServicePlace
from servicepunkt_gui.core.vocabulary import PlaceKind

Position = tuple[float, float]
Shown = Value | Position
_SAME_POSITION = 1e-7  # degrees, about a centimetre: the same file gives the same floats


class SkipReason(StrEnum):
    OTHER_MUNICIPALITY = "other_municipality"
    IN_TRASH = "in_trash"


@dataclass(frozen=True)
class FieldChange:
    field: str  # a ServicePlace attribute, or "position" (latitude, longitude)
    old: Shown
    new: Shown


@dataclass(frozen=True)
class NewPlace:
    row: int
    name: str
    source_id: str
    values: dict[str, Value]  # ServicePlace attribute → value, kind always included
    position: Position | None


@dataclass(frozen=True)
class ChangedPlace:
    place_id: str
    name: str
    row: int
    source_id: str
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True)
class UnlistedPlace:
    place_id: str
    name: str
    locality: str
    source_id: str


@dataclass(frozen=True)
class SkippedRow:
    row: int
    reason: SkipReason
    value: str  # the municipality the row names, or the place's name


@dataclass(frozen=True)
class ImportPreview:
    municipality_code: str
    source: str
    new: tuple[NewPlace, ...]
    changed: tuple[ChangedPlace, ...]
    unchanged: int
    unlisted: tuple[UnlistedPlace, ...]
    skipped: tuple[SkippedRow, ...]
    problems: tuple[ImportProblem, ...]  # any problem refuses the whole file

    @property
    def refused(self) -> bool:
        return bool(self.problems)

    @property
    def is_empty(self) -> bool:
        """Nothing to write: every place is here already as the file has it."""
        return not (self.new or self.changed or self.unlisted)


def preview_import(session: Session, municipality_code: str, parsed: ParsedImport) -> ImportPreview:
    """Compare ``parsed`` with the municipality's register (nothing is written)."""
    ours = _names_of(session, municipality_code)
    places = session.scalars(
        select(ServicePlace).where(ServicePlace.municipality_code == municipality_code)
    ).all()
    by_id = {p.source_id: p for p in places if p.source == parsed.source and p.source_id}
    by_name: dict[str, list[ServicePlace]] = defaultdict(list)
    for listed_place in places:
        if listed_place.deleted_at is None:
            by_name[normalise(listed_place.name)].append(listed_place)
    claimed: set[str] = set()
    new: list[NewPlace] = []
    changed: list[ChangedPlace] = []
    skipped: list[SkippedRow] = []
    unchanged = 0
    for row in parsed.rows:
        if row.municipality and normalise(row.municipality) not in ours:
            skipped.append(SkippedRow(row.row, SkipReason.OTHER_MUNICIPALITY, row.municipality))
            continue
        place: ServicePlace | None = by_id.get(row.source_id) if row.source_id else None
        if place is None:
            place = _by_name(row, by_name.get(normalise(row.name), []), claimed)
        if place is None:
            new.append(_new_place(row))
            continue
        claimed.add(place.id)
        if place.deleted_at is not None:
            skipped.append(SkippedRow(row.row, SkipReason.IN_TRASH, place.name))
            continue
        differences = _changes(place, row, parsed.source)
        if differences:
            changed.append(ChangedPlace(place.id, place.name, row.row, row.source_id, differences))
        else:
            unchanged += 1
    listed = {row.source_id for row in parsed.rows if row.source_id}
    unlisted = tuple(
        UnlistedPlace(p.id, p.name, p.locality, p.source_id)
        for p in sorted(by_id.values(), key=lambda p: (p.name.casefold(), p.id))
        if p.deleted_at is None and p.source_id not in listed and p.id not in claimed
    )
    return ImportPreview(
        municipality_code=municipality_code,
        source=parsed.source,
        new=tuple(new),
        changed=tuple(changed),
        unchanged=unchanged,
        unlisted=unlisted if listed else (),  # a file without ids cannot say what went
        skipped=tuple(skipped),
        problems=parsed.problems,
    )


def _names_of(session: Session, code: str) -> set[str]:
    """How a file may name the municipality: its code, its name, its short name."""
    names = {code}
    municipality = session.get(Municipality, code)
    if municipality is not None:
        for name in (municipality.name, municipality.short_name):
            names.add(normalise(name))
            names.add(normalise(name.removesuffix(" kommun").removesuffix(" stad")))
    if code.isdigit():
        names.add(str(int(code)))  # Excel drops the leading zero of 0114
    return names


def _by_name(
    row: ImportRow, candidates: list[ServicePlace], claimed: set[str]
) -> ServicePlace | None:
    free = [p for p in candidates if p.id not in claimed and not (row.source_id and p.source_id)]
    locality = row.values.get("locality")
    if isinstance(locality, str):
        free = [p for p in free if normalise(p.locality) == normalise(locality)]
        return free[0] if free else None
    return free[0] if len(free) == 1 else None  # without a locality only a sure match


def _new_place(row: ImportRow) -> NewPlace:
    values = dict(row.values)
    values.setdefault("kind", PlaceKind.OTHER.value)
    return NewPlace(row.row, row.name, row.source_id, values, row.position)


def _changes(place: ServicePlace, row: ImportRow, source: str) -> tuple[FieldChange, ...]:
    found: list[FieldChange] = []
    for attribute, new in row.values.items():
        if attribute == "kind":
            continue
        old = getattr(place, attribute)
        if attribute == "services":
            assert isinstance(new, str)
            have = split_services(place.services)
            merged = have | split_services(new)
            if merged != have:
                found.append(FieldChange("services", place.services, join_services(merged)))
        elif old != new:
            found.append(FieldChange(attribute, old, new))
    if row.position is not None and not _same_position(place, row.position):
        old_position = (
            None
            if place.latitude is None or place.longitude is None
            else (place.latitude, place.longitude)
        )
        found.append(FieldChange("position", old_position, row.position))
    if row.source_id and (place.source != source or place.source_id != row.source_id):
        found.append(FieldChange("source_id", place.source_id, row.source_id))
    return tuple(found)


def _same_position(place: ServicePlace, position: Position) -> bool:
    if place.latitude is None or place.longitude is None:
        return False
    return math.isclose(place.latitude, position[0], abs_tol=_SAME_POSITION) and math.isclose(
        place.longitude, position[1], abs_tol=_SAME_POSITION
    )
