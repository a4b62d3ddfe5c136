"""Decide, record by record, what an exchange file does to this file: a three-way merge.

Per record: L the hash of the local version, I of the incoming one, B the base (what this
installation last received for it), P the sender's base. Only reads: ``preview_import``
shows the decisions, ``apply_import`` carries them out.

- no local record, no tombstone: insert. I == L: nothing (the later ``updated_at`` kept).
- L == B or P == L (unchanged here since, or the sender edited this very version): take
  it, unless L == B, P != L and the incoming is older than the local: a third copy that
  has not seen the version here yet (taking it would undo an edit; it is left alone).
- I == B (seen before): keep local. Otherwise a conflict, for the resolution to decide.
- An incoming tombstone deletes for good when L is a version the deleting installation
  had seen (what it deleted, or its base); any other is an edit it did not know of, and
  an edit beats a delete (a conflict, kept). A plan or goal with something under it
  that is not deleted too (added here since) stays.
- A local tombstone: an incoming copy seen before the deletion stays deleted; one edited
  since comes back, with the plan (and goals) it needs.
- The register of serviceställen follows the same rules: a place, agreement or grant
  case edited on both sides is a conflict ("keep both" makes a copy, its name, comment
  or title marked); so is a payment, and keeping both keeps both payments (a payment is
  a fact: the official deletes the one that was wrong). A place deleted for good stays
  while an agreement or a status change added here since hangs under it, as a plan does.
- An "Att göra" mark is never a conflict: the later mark wins, also over a deletion,
  and two marks of the same row made in two places (two ids, one key) are one: the later.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from servicepunkt_gui.core.exchange.bookkeeping import bases, chunks, tombstones
from servicepunkt_gui.core.exchange.fields import (
    KINDS,
    MODELS,
    PARENT_OF,
    REFERENCES,
    Kind,
    Row,
    Values,
    content_hash,
    deleted_hash,
    row_values,
)
from servicepunkt_gui.core.exchange.fileformat import (
    ExchangeFile,
    IncomingRecord,
    IncomingTombstone,
)
from servicepunkt_gui.core.models import (
    Municipality,
    PlanAction,
    PlanGoal,
    PlanStageChange,
    Tombstone,
)
from servicepunkt_gui.core.place_models import (
    Agreement,
    AgreementPayment,
    PlaceStatusChange,
    TodoMark,
)


class Outcome(StrEnum):
    NEW = "new"
    CHANGED = "changed"
    DELETED = "deleted"
    CONFLICT = "conflict"
    UNCHANGED = "unchanged"


class Step(StrEnum):
    NOTHING = "nothing"  # as it is here
    TOUCH = "touch"  # the same version, saved later there: take its updated_at
    INSERT = "insert"
    RESURRECT = "resurrect"  # deleted here for good, edited there since: back
    TAKE = "take"
    CONFLICT = "conflict"  # both edited: the resolution decides
    DELETE = "delete"  # deleted for good there
    KEEP_EDIT = "keep_edit"  # deleted there, edited (or added to) here: kept
    BURY = "bury"  # deleted there, never here: its tombstone is kept
    SKIP = "skip"  # deleted here, the same version there: stays deleted
    ORPHAN = "orphan"  # its plan is deleted here and not in the file: cannot be stored


OUTCOMES: dict[Step, Outcome] = {
    Step.NOTHING: Outcome.UNCHANGED,
    Step.TOUCH: Outcome.UNCHANGED,
    Step.INSERT: Outcome.NEW,
    Step.RESURRECT: Outcome.NEW,
    Step.TAKE: Outcome.CHANGED,
    Step.CONFLICT: Outcome.CONFLICT,
    Step.DELETE: Outcome.DELETED,
    Step.KEEP_EDIT: Outcome.CONFLICT,
    Step.BURY: Outcome.UNCHANGED,
    Step.SKIP: Outcome.UNCHANGED,
    Step.ORPHAN: Outcome.UNCHANGED,
}
WRITES = frozenset({Step.INSERT, Step.RESURRECT, Step.TAKE, Step.CONFLICT})
# Required ties: a record cannot be stored without them (a sub-goal needs its goal).
REQUIRED = {
    (Kind.STAGE_CHANGE, "plan_id"),
    (Kind.GOAL, "plan_id"),
    (Kind.GOAL, "parent_id"),
    (Kind.ACTION, "plan_id"),
    (Kind.PLACE_STATUS, "place_id"),
    (Kind.AGREEMENT, "place_id"),
    (Kind.PAYMENT, "agreement_id"),
}
# What hangs under a record and goes with it when it is deleted for good: (kind, the
# model of its children, their field naming it). A sub-goal's goal is handled on its own.
CHILDREN = (
    (Kind.PLAN, PlanGoal, "plan_id"),
    (Kind.PLAN, PlanAction, "plan_id"),
    (Kind.PLAN, PlanStageChange, "plan_id"),
    (Kind.PLACE, PlaceStatusChange, "place_id"),
    (Kind.PLACE, Agreement, "place_id"),
    (Kind.AGREEMENT, AgreementPayment, "agreement_id"),
)


@dataclass
class Decision:
    kind: Kind
    record_id: str
    municipality_code: str
    step: Step
    incoming: IncomingRecord | None = None
    tombstone: IncomingTombstone | None = None
    local: Values | None = None  # the local version as it was before the import
    local_hash: str | None = None
    new_base: str | None = None  # the base to store afterwards; None: as it is
    blocked: bool = False  # a delete kept for what hangs under it, not for an edit
    replaces: str | None = None  # an "Att göra" mark here of the same row, to give way

    @property
    def outcome(self) -> Outcome:
        return OUTCOMES[self.step]


@dataclass
class MergePlan:
    decisions: list[Decision]
    names: dict[str, str]  # municipality code -> short name
    by_id: dict[str, Decision] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_id = {decision.record_id: decision for decision in self.decisions}


def load_records(session: Session, kind: Kind, ids: Iterable[str]) -> dict[str, Values]:
    model = MODELS[kind]
    found: dict[str, Values] = {}
    for part in chunks(ids):
        rows: Iterable[Row] = session.scalars(select(model).where(model.id.in_(part)))
        for row in rows:
            found[row.id] = row_values(kind, row)
    return found


def _seen_before_deleted(grave: Tombstone, record: IncomingRecord) -> bool:
    """True if this installation had seen this version when it (or the one whose deletion
    it took) deleted the record for good."""
    if record.content_hash == grave.base_hash:
        return True
    return deleted_hash(record.values) == grave.content_hash


def _decide(
    record: IncomingRecord, local: Values | None, grave: Tombstone | None, base: str | None
) -> Decision:
    decision = Decision(record.kind, record.id, "", Step.NOTHING, incoming=record, local=local)
    digest = record.content_hash
    if local is None:
        if grave is not None and _seen_before_deleted(grave, record):
            decision.step = Step.SKIP
        else:
            decision.step = Step.RESURRECT if grave is not None else Step.INSERT
            decision.new_base = digest
        return decision
    mine = decision.local_hash = content_hash(local)
    decision.new_base = digest
    local_updated = local["updated_at"]
    assert isinstance(local_updated, dt.datetime)
    if digest == mine:
        decision.step = Step.TOUCH if record.updated_at > local_updated else Step.NOTHING
    elif mine == base or record.base == mine:
        stale = mine == base and record.base != mine and record.updated_at < local_updated
        decision.step = Step.NOTHING if stale else Step.TAKE
        decision.new_base = None if stale else digest
    elif digest == base:
        decision.step = Step.NOTHING
    elif record.kind is Kind.TODO_MARK:  # never a question: the later mark wins
        decision.step = Step.TAKE if _later_than(record.values, local) else Step.NOTHING
    else:
        decision.step = Step.CONFLICT
    return decision


def _later_than(incoming: Values, local: Values) -> bool:
    """The later ``updated_at`` (ties: the larger hash), the same choice everywhere."""
    theirs = (cast(dt.datetime, incoming["updated_at"]), content_hash(incoming))
    mine = (cast(dt.datetime, local["updated_at"]), content_hash(local))
    return theirs > mine


def _same_todo_row(session: Session, plan: MergePlan) -> None:
    """A mark arriving for a row marked here under another id (both marked it): one of
    them, the later, is kept; the other gives way (no tombstone: every installation
    makes the same choice)."""
    arriving = {
        str(d.incoming.values["key"]): d
        for d in plan.decisions
        if d.kind is Kind.TODO_MARK and d.incoming is not None and d.step is Step.INSERT
    }
    for part in chunks(arriving):
        for row in session.scalars(select(TodoMark).where(TodoMark.key.in_(part))):
            decision = arriving[row.key]
            assert decision.incoming is not None
            if row.id == decision.record_id or row.id in plan.by_id:
                continue  # the same mark, or one the file itself moves or deletes
            local = row_values(Kind.TODO_MARK, row)
            if _later_than(decision.incoming.values, local):
                decision.step, decision.replaces = Step.TAKE, row.id
            else:
                decision.step, decision.new_base = Step.NOTHING, None


def plan_merge(session: Session, exchange: ExchangeFile) -> MergePlan:
    """Every decision the file leads to here (nothing is written)."""
    ids = [r.id for r in exchange.records] + [t.record_id for t in exchange.tombstones]
    known_bases = bases(session, ids)
    buried = tombstones(session, ids)
    local: dict[Kind, dict[str, Values]] = {}
    for kind in KINDS:
        wanted = [r.id for r in exchange.of_kind(kind)]
        wanted += [t.record_id for t in exchange.tombstones if t.kind is kind]
        local[kind] = load_records(session, kind, wanted)
    decisions: list[Decision] = []
    for record in exchange.records:
        here = local[record.kind].get(record.id)
        decisions.append(_decide(record, here, buried.get(record.id), known_bases.get(record.id)))
    for tomb in exchange.tombstones:
        decisions.append(_decide_tombstone(tomb, local, buried))
    plan = MergePlan(decisions, _names(session))
    _same_todo_row(session, plan)
    _settle(session, plan, buried)
    _municipalities(session, plan, buried)
    return plan


def _decide_tombstone(
    tomb: IncomingTombstone,
    local: dict[Kind, dict[str, Values]],
    buried: dict[str, Tombstone],
) -> Decision:
    here = local[tomb.kind].get(tomb.record_id)
    decision = Decision(tomb.kind, tomb.record_id, tomb.municipality_code, Step.NOTHING)
    decision.tombstone = tomb
    if here is None:
        decision.step = Step.NOTHING if tomb.record_id in buried else Step.BURY
        return decision
    decision.local = here
    decision.local_hash = content_hash(here)
    # Only a version the deleting installation had seen goes: any other is an edit it did
    # not know of, and an edit beats a delete (a stale copy coming back loses no text).
    seen = tomb.saw(decision.local_hash, here)
    decision.step = Step.DELETE if seen else Step.KEEP_EDIT
    if tomb.kind is Kind.TODO_MARK and not seen:  # the later wins: the mark or its removal
        later = tomb.deleted_at > cast(dt.datetime, here["updated_at"])
        decision.step = Step.DELETE if later else Step.NOTHING
    return decision


def _settle(session: Session, plan: MergePlan, buried: dict[str, Tombstone]) -> None:
    """Bring back what a returning record needs; keep what a kept record hangs under."""
    changed = True
    while changed:
        changed = _bring_back_parents(plan, buried) | _keep_needed(session, plan)


def _parents(decision: Decision) -> list[tuple[Kind, str]]:
    if decision.incoming is None:
        return []
    found: list[tuple[Kind, str]] = []
    for (kind, name), target in REFERENCES.items():
        value = decision.incoming.values.get(name)
        if kind is decision.kind and (kind, name) in REQUIRED and isinstance(value, str):
            found.append((target, value))
    return found


def _bring_back_parents(plan: MergePlan, buried: dict[str, Tombstone]) -> bool:
    changed = False
    for decision in plan.decisions:
        if decision.step not in WRITES:
            continue
        for _kind, parent_id in _parents(decision):
            parent = plan.by_id.get(parent_id)
            if parent is not None and parent.step is Step.SKIP:
                assert parent.incoming is not None
                parent.step = Step.RESURRECT
                parent.new_base = parent.incoming.content_hash
                changed = True
            elif parent is None and parent_id in buried:
                decision.step = Step.ORPHAN
                decision.new_base = None
                changed = True
    return changed


def _keep_needed(session: Session, plan: MergePlan) -> bool:
    """A delete goes only with all that hangs under it; else it is kept (blocked)."""
    deleting = {d.record_id for d in plan.decisions if d.step is Step.DELETE}
    if not deleting:
        return False
    needed: set[str] = set()
    for decision in plan.decisions:
        if decision.step in WRITES or decision.step is Step.KEEP_EDIT:
            needed.update(parent_id for _kind, parent_id in _parents(decision))
    goals = [d.record_id for d in plan.decisions if d.step is Step.DELETE and d.kind is Kind.GOAL]
    for kind, model, name in CHILDREN:
        owners = [d.record_id for d in plan.decisions if d.step is Step.DELETE and d.kind is kind]
        column = getattr(model, name)
        for part in chunks(owners):
            rows = session.execute(select(model.id, column).where(column.in_(part)))
            needed.update(owner for child, owner in rows if child not in deleting)
    for part in chunks(goals):
        rows = session.execute(
            select(PlanGoal.id, PlanGoal.parent_id).where(PlanGoal.parent_id.in_(part))
        )
        needed.update(str(owner) for child, owner in rows if child not in deleting)
    changed = False
    for record_id in needed & deleting:
        decision = plan.by_id[record_id]
        decision.step, decision.blocked = Step.KEEP_EDIT, True
        changed = True
    return changed


def _names(session: Session) -> dict[str, str]:
    rows = session.execute(select(Municipality.code, Municipality.short_name))
    return {code: name for code, name in rows}  # noqa: C416 (rows, not pairs, to mypy)


def _municipalities(session: Session, plan: MergePlan, buried: dict[str, Tombstone]) -> None:
    """Each decision's municipality: its own, or its parent's (in the file or here): a
    plan's for its goals, actions and stage changes, a place's for its status history, an
    agreement's for its payments."""
    for decision in plan.decisions:
        values = decision.incoming.values if decision.incoming else decision.local
        if not decision.municipality_code and values is not None and "municipality_code" in values:
            decision.municipality_code = str(values["municipality_code"])
    codes = {d.record_id: d.municipality_code for d in plan.decisions if d.municipality_code}
    missing: dict[Kind, set[str]] = {}
    for decision in plan.decisions:
        if decision.municipality_code:
            continue
        values = decision.incoming.values if decision.incoming else decision.local
        assert values is not None
        name, parent = PARENT_OF[decision.kind]
        if str(values[name]) not in codes:
            missing.setdefault(parent, set()).add(str(values[name]))
    for parent, ids in missing.items():
        model = MODELS[parent]
        assert hasattr(model, "municipality_code")
        for part in chunks(ids):
            query = select(model.id, model.municipality_code).where(model.id.in_(part))
            codes.update({record_id: code for record_id, code in session.execute(query)})  # noqa: C416
        for record_id in ids - set(codes):
            grave = buried.get(record_id)
            codes[record_id] = grave.municipality_code if grave is not None else ""
    for decision in plan.decisions:
        if not decision.municipality_code:
            values = decision.incoming.values if decision.incoming else decision.local
            assert values is not None
            decision.municipality_code = codes.get(str(values[PARENT_OF[decision.kind][0]]), "")
