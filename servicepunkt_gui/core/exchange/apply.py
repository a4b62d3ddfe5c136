"""Carry out a merge plan through the caller's session: one transaction, committed by them.

Deletions first (through ``core.trash``, so they are overwritten and leave tombstones as a
delete for good here does), then records parents first (plans, goals, stage changes,
actions, notes), then the copies that "keep both" makes, then which plan is current.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import cast

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from servicepunkt_gui.core import trash
from servicepunkt_gui.core.changes import RecordKind, record
from servicepunkt_gui.core.exchange.bookkeeping import leave_tombstone, set_bases
from servicepunkt_gui.core.exchange.fields import (
    KINDS,
    MAX_TEXT_CHARS,
    MODELS,
    REFERENCES,
    Kind,
    Row,
    Values,
    content_hash,
    parents_first,
)
from servicepunkt_gui.core.exchange.merge import REQUIRED, Decision, MergePlan, Step
from servicepunkt_gui.core.models import MyMunicipality, Note, Tombstone
from servicepunkt_gui.core.models import ServicePlan as Plan
from servicepunkt_gui.core.notes import keep_version
from servicepunkt_gui.core.place_models import ServicePlace, TodoMark
from servicepunkt_gui.core.progress import NO_PROGRESS, Progress

# The mark on a kept second version, so the official can tell the two apart in a list. It
# is part of the copy's content, the same in every installation (so they still converge).
COPY_MARK = "andra versionen"
TITLE_LENGTHS = {Kind.PLAN: 300, Kind.GOAL: 500, Kind.ACTION: 500, Kind.NOTE: 500}
# The field that carries the mark, for each kind that has one: a title, a place's name,
# and for an agreement, a payment or a status change (which have neither) the comment.
COPY_FIELDS: dict[Kind, tuple[str, int]] = {
    Kind.PLAN: ("title", 300),
    Kind.GOAL: ("title", 500),
    Kind.ACTION: ("title", 500),
    Kind.NOTE: ("title", 500),
    Kind.PLACE: ("name", 200),
    Kind.GRANT: ("title", 300),
    Kind.AGREEMENT: ("comment", MAX_TEXT_CHARS),
    Kind.PAYMENT: ("comment", MAX_TEXT_CHARS),
    Kind.PLACE_STATUS: ("comment", MAX_TEXT_CHARS),
}


def marked_as_copy(kind: Kind, title: str) -> str:
    """'Möte med butiken (andra versionen)'; a note without a title gets the mark alone."""
    if not title.strip():
        return COPY_MARK.capitalize()
    suffix = f" ({COPY_MARK})"
    length = COPY_FIELDS[kind][1] if kind in COPY_FIELDS else 300
    return title[: length - len(suffix)] + suffix


# Fixed for ever: two installations resolving the same conflict make the same copy.
COPY_NAMESPACE = uuid.UUID("6f6b1d0e-5c3a-4f4e-9a51-2f0c8e7d9b10")
_STEP_EVERY = 200


class Resolution(StrEnum):
    KEEP_MINE = "keep_mine"
    TAKE_THEIRS = "take_theirs"
    KEEP_BOTH = "keep_both"  # also what an unresolved conflict gets


RECORD_KINDS: dict[Kind, RecordKind] = {
    Kind.PLAN: RecordKind.PLAN,
    Kind.STAGE_CHANGE: RecordKind.PLAN,  # a plan's history
    Kind.GOAL: RecordKind.GOAL,
    Kind.ACTION: RecordKind.ACTION,
    Kind.NOTE: RecordKind.NOTE,
    Kind.PLACE: RecordKind.PLACE,
    Kind.PLACE_STATUS: RecordKind.PLACE,  # a place's history
    Kind.AGREEMENT: RecordKind.AGREEMENT,
    Kind.PAYMENT: RecordKind.AGREEMENT,  # an agreement's payments
    Kind.GRANT: RecordKind.GRANT,
    Kind.TODO_MARK: RecordKind.TODO,
}


def copy_id(record_id: str, loser_hash: str) -> str:
    return str(uuid.uuid5(COPY_NAMESPACE, f"{record_id}:{loser_hash}"))


@dataclass
class Applied:
    """What was written: the copies made and the plans that want to be current."""

    copies: list[tuple[Kind, str, str]] = field(default_factory=list)  # kind, copy id, of id
    wants_current: dict[str, list[str]] = field(default_factory=dict)  # code -> plan ids


def _later(local: Values, incoming: Values) -> bool:
    """True if the incoming version wins "keep both": the later updated_at, ties the
    larger hash, so every installation picks the same one."""
    mine = (cast(dt.datetime, local["updated_at"]), content_hash(local))
    theirs = (cast(dt.datetime, incoming["updated_at"]), content_hash(incoming))
    return theirs > mine


class _Writer:
    def __init__(self, session: Session, plan: MergePlan, progress: Progress) -> None:
        self.session = session
        self.plan = plan
        self.progress = progress
        self.applied = Applied()
        self._done = 0

    def step(self) -> None:
        self._done += 1
        if self._done % _STEP_EVERY == 0:
            self.progress.step(self._done, len(self.plan.decisions))

    def _stepping(self, decisions: list[Decision]) -> Iterator[tuple[str, str]]:
        for decision in decisions:
            yield decision.kind, decision.record_id
            self.step()

    def touched(self, kind: Kind, code: str, values: Values | None = None) -> None:
        record(self.session, RECORD_KINDS[kind], code or None)
        if values is not None and values.get("deleted_at") is not None:
            record(self.session, RecordKind.TRASH, code or None)

    def delete(self, decisions: list[Decision]) -> None:
        if not decisions:
            return
        # Smallest first: a plan's purge takes its goals along, and they are then gone.
        ordered = [d for kind in reversed(KINDS) for d in decisions if d.kind is kind]
        trash.delete_records(self.session, self._stepping(ordered))
        for decision in decisions:  # the tombstone says what was deleted there
            tomb = decision.tombstone
            assert tomb is not None
            row = self.session.get(Tombstone, decision.record_id)
            if row is not None:
                row.content_hash, row.base_hash = tomb.content_hash, tomb.base
                row.deleted_at = tomb.deleted_at

    def get(self, kind: Kind, record_id: object) -> Row | None:
        return cast("Row | None", self.session.get(MODELS[kind], record_id))

    def exists(self, kind: Kind, record_id: str) -> bool:
        return self.get(kind, record_id) is not None

    def _tidy(self, kind: Kind, values: Values) -> Values:
        """Ties to what is not here (deleted for good) cleared, as the trash clears them."""
        tidy = dict(values)
        for (owner, name), target in REFERENCES.items():
            ref = tidy.get(name)
            if owner is kind and isinstance(ref, str) and not self.exists(target, ref):
                if (owner, name) in REQUIRED and name != "parent_id":
                    raise LookupError(f"{kind} {values['id']}: {name} {ref}")
                tidy[name] = None
        if kind is Kind.PLAN and tidy["is_current"]:
            # Made current at the end, when no other plan of the municipality can be.
            self.applied.wants_current.setdefault(str(tidy["municipality_code"]), []).append(
                str(tidy["id"])
            )
            tidy["is_current"] = False
        return tidy

    def put(self, kind: Kind, values: Values, new: bool = False) -> None:
        """Store ``values`` as the record of their id: inserted, or over the one here
        (``new``: the merge found none here, so none is looked for)."""
        try:
            tidy = self._tidy(kind, values)
        except LookupError:  # its plan is gone and was not in the file: nothing to hang on
            return
        if kind is Kind.PLACE and tidy["source_id"]:
            self._one_place_per_source_row(tidy)
        model = MODELS[kind]
        row = None if new else self.get(kind, tidy["id"])
        if row is None:
            self.session.add(model(**tidy))
        else:
            if isinstance(row, Note) and (row.title, row.body) != (tidy["title"], tidy["body"]):
                self._keep_note_version(row)
            for name, value in tidy.items():
                if getattr(row, name) != value:
                    setattr(row, name, value)
            row.updated_at = cast(dt.datetime, tidy["updated_at"])  # as it was saved there
        if kind is Kind.GOAL:  # a sub-goal written next may hang under it
            self.session.flush()

    def _one_place_per_source_row(self, tidy: Values) -> None:
        """Two places linked to one row of a service table (both installations imported
        it): the one with the smaller id keeps the link, the other is kept unlinked, the
        same choice in every installation (the unique index allows one only)."""
        self.session.flush()
        other = self.session.scalar(
            select(ServicePlace).where(
                ServicePlace.municipality_code == tidy["municipality_code"],
                ServicePlace.source == tidy["source"],
                ServicePlace.source_id == tidy["source_id"],
                ServicePlace.id != tidy["id"],
            )
        )
        if other is None:
            return
        if str(tidy["id"]) > other.id:
            tidy["source_id"] = ""
            return
        # Not an edit: the time stays; the version moves, so a form holding it re-reads.
        keep = {"updated_at": ServicePlace.updated_at, "row_version": ServicePlace.row_version + 1}
        self.session.execute(
            update(ServicePlace).where(ServicePlace.id == other.id).values(source_id="", **keep)
        )
        self.session.expire(other)
        record(self.session, RecordKind.PLACE, other.municipality_code)

    def _keep_note_version(self, row: Note) -> None:
        """The text here stays among the note's earlier versions, as an edit keeps it."""
        keep_version(self.session, row)

    def copy(self, kind: Kind, values: Values) -> None:
        """Keep the losing version of a conflict as a record of its own, same id everywhere."""
        original = str(values["id"])
        new_id = copy_id(original, content_hash(values))
        if self.exists(kind, new_id) or self.session.get(Tombstone, new_id) is not None:
            return
        copied = {**values, "id": new_id}
        if kind is Kind.PLAN:
            copied["is_current"] = False  # a copy is never the current plan
        if kind is Kind.PLACE:
            copied["source_id"] = ""  # the original keeps the link to the service table
        if kind in COPY_FIELDS:
            name = COPY_FIELDS[kind][0]
            copied[name] = marked_as_copy(kind, str(copied[name]))
        self.put(kind, copied, new=True)
        self.applied.copies.append((kind, new_id, original))

    def write(self, decision: Decision, resolution: Resolution) -> list[tuple[Kind, Values]]:
        """One record; returns the copies still to make (after every record of its kind)."""
        incoming, local = decision.incoming, decision.local
        step = decision.step
        if step is Step.TOUCH:
            assert incoming is not None
            row = self.get(decision.kind, decision.record_id)
            if row is not None:
                row.updated_at = incoming.updated_at
        elif step in (Step.INSERT, Step.RESURRECT, Step.TAKE):
            assert incoming is not None
            if decision.replaces is not None:  # the same "Att göra" row, marked here later
                self._give_way(decision.replaces)
            self.put(decision.kind, incoming.values, new=step is not Step.TAKE)
        elif step is Step.CONFLICT:
            assert incoming is not None and local is not None
            if resolution is Resolution.TAKE_THEIRS:
                self.put(decision.kind, incoming.values)
            elif resolution is Resolution.KEEP_BOTH:
                if _later(local, incoming.values):
                    self.put(decision.kind, incoming.values)
                    return [(decision.kind, local)]
                return [(decision.kind, incoming.values)]
        return []

    def _give_way(self, mark_id: str) -> None:
        row = self.session.get(TodoMark, mark_id)
        if row is not None:
            self.session.delete(row)
            self.session.flush()  # its key is free before the later mark is inserted

    def settle_current(self) -> None:
        """One current plan per municipality: of those that want to be, the one updated
        last (ties: the larger id), the same choice in every installation."""
        for code, wanting in self.applied.wants_current.items():
            here = self.session.scalars(
                select(Plan).where(Plan.municipality_code == code, Plan.is_current)
            ).all()
            candidates = {plan.id: plan for plan in here}
            for plan_id in wanting:
                row = self.session.get(Plan, plan_id)
                if row is not None and row.deleted_at is None:
                    candidates[plan_id] = row
            if not candidates:
                continue
            winner = max(candidates.values(), key=lambda plan: (plan.updated_at, plan.id))
            # Not an edit: the time stays; the version moves, so a form holding it re-reads.
            keep = {"updated_at": Plan.updated_at, "row_version": Plan.row_version + 1}
            self.session.execute(
                update(Plan)
                .where(Plan.municipality_code == code, Plan.id != winner.id, Plan.is_current)
                .values(is_current=False, **keep)
            )
            self.session.execute(
                update(Plan).where(Plan.id == winner.id).values(is_current=True, **keep)
            )
            self.session.expire_all()
            record(self.session, RecordKind.PLAN, code)


def apply_plan(
    session: Session,
    plan: MergePlan,
    mine: tuple[str, ...],
    resolutions: Mapping[str, Resolution],
    progress: Progress = NO_PROGRESS,
) -> Applied:
    with session.no_autoflush:  # flushed per kind: one flush per record is slow
        return _apply(session, plan, mine, resolutions, progress)


def _apply(
    session: Session,
    plan: MergePlan,
    mine: tuple[str, ...],
    resolutions: Mapping[str, Resolution],
    progress: Progress,
) -> Applied:
    writer = _Writer(session, plan, progress)
    deletes = [
        d
        for d in plan.decisions
        if d.step is Step.DELETE
        or (
            d.step is Step.KEEP_EDIT
            and not d.blocked
            and resolutions.get(d.record_id) is Resolution.TAKE_THEIRS
        )
    ]
    writer.delete(deletes)
    for decision in deletes:
        writer.touched(decision.kind, decision.municipality_code)
        record(session, RecordKind.TRASH, decision.municipality_code or None)
    for kind in KINDS:
        ordered = [d for d in plan.decisions if d.kind is kind and d.incoming is not None]
        if kind is Kind.GOAL:
            ordered = _parents_first(ordered)
        copies: list[tuple[Kind, Values]] = []
        for decision in ordered:
            resolution = resolutions.get(decision.record_id, Resolution.KEEP_BOTH)
            copies += writer.write(decision, resolution)
            if decision.step in (Step.TOUCH, Step.INSERT, Step.RESURRECT, Step.TAKE, Step.CONFLICT):
                assert decision.incoming is not None
                writer.touched(kind, decision.municipality_code, decision.incoming.values)
            writer.step()
        session.flush()  # the next kinds refer to these (foreign keys are checked)
        for copy_kind, values in copies:
            writer.copy(copy_kind, values)
        session.flush()
    writer.settle_current()
    _bookkeeping(session, plan)
    for code in dict.fromkeys(mine):
        if session.scalar(select(MyMunicipality).where(MyMunicipality.municipality_code == code)):
            continue
        session.add(MyMunicipality(municipality_code=code))
        record(session, RecordKind.MINE, code)
    session.flush()
    return writer.applied


def _bookkeeping(session: Session, plan: MergePlan) -> None:
    """Tombstones and bases, after the records: what was received is the new base."""
    new_bases: dict[str, str] = {}
    for decision in plan.decisions:
        if decision.step is Step.RESURRECT:
            grave = session.get(Tombstone, decision.record_id)
            if grave is not None:
                session.delete(grave)
        elif decision.step is Step.BURY:
            tomb = decision.tombstone
            assert tomb is not None
            leave_tombstone(
                session,
                tomb.kind,
                tomb.record_id,
                tomb.municipality_code,
                tomb.content_hash,
                tomb.base,
                tomb.deleted_at,
            )
        if decision.new_base is not None:
            new_bases[decision.record_id] = decision.new_base
    session.flush()
    set_bases(session, new_bases)


def _parents_first(decisions: list[Decision]) -> list[Decision]:
    """Goals ordered so that a sub-goal comes after the goal it hangs under."""
    by_id = {d.record_id: d for d in decisions}
    parents = {d.record_id: d.incoming.values["parent_id"] for d in decisions if d.incoming}
    return [by_id[record_id] for record_id in parents_first(parents)]
