"""The trash: deleted notes, plans, goals, actions, places, agreements and grant cases, which
can be restored or deleted for good (the register of serviceställen: ``core.trash_places``).

Deleting for good removes the rows with what belongs to them (a note's earlier versions,
drafts) and overwrites the deleted text in the file (``PRAGMA secure_delete`` for that unit
of work, the search index merged). Backups made before keep it. Every exchanged record
deleted for good leaves a tombstone (migration 0009), so that an exchange file from another
installation does not bring it back, and the deletion travels on to them (``core.exchange``).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, Select, delete, or_, select, text, update
from sqlalchemy.orm import Session, aliased

from servicepunkt_gui.core import drafts, rights, trash_places
from servicepunkt_gui.core.actions import goal_family, plan_municipality
from servicepunkt_gui.core.changes import RecordKind, record
from servicepunkt_gui.core.errors import ValidationError
from servicepunkt_gui.core.models import (
    Base,
    Municipality,
    Note,
    NoteVersion,
    PlanAction,
    PlanGoal,
    PlanStageChange,
    ServicePlan,
)

if TYPE_CHECKING:
    pass

from servicepunkt_gui.core.wal_files import truncate_write_ahead_log as truncate_write_ahead_log

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TrashItem:
    kind: str  # "note", "plan", "goal", "action", "place", "agreement" or "grant" (RecordKind)
    id: str
    municipality_code: str
    municipality_name: str
    title: str
    deleted_at: dt.datetime | None  # never None in the trash; typed as the column is
    detail: str = ""  # a grant case's type (GrantType), which the UI shows translated


def list_trash(session: Session) -> list[TrashItem]:
    """Everything deleted, most recently deleted first.

    Sub-goals that went to the trash with their goal are not items of their own: restoring
    the goal brings them back.
    """
    items: list[TrashItem] = []
    notes = session.execute(
        select(
            Note.id,
            Note.municipality_code,
            Municipality.short_name,
            Note.title,
            Note.body,
            Note.deleted_at,
        )
        .join(Municipality, Municipality.code == Note.municipality_code)
        .where(Note.deleted_at.is_not(None))
    )
    for note_id, code, name, title, body, deleted_at in notes:
        label = title or (body.strip().splitlines() or [""])[0][:80]
        items.append(TrashItem(RecordKind.NOTE, note_id, code, name, label, deleted_at))
    plans = session.execute(
        select(
            ServicePlan.id,
            ServicePlan.municipality_code,
            Municipality.short_name,
            ServicePlan.title,
            ServicePlan.deleted_at,
        )
        .join(Municipality, Municipality.code == ServicePlan.municipality_code)
        .where(ServicePlan.deleted_at.is_not(None))
    )
    for plan_id, code, name, title, deleted_at in plans:
        items.append(TrashItem(RecordKind.PLAN, plan_id, code, name, title, deleted_at))
    parent = aliased(PlanGoal)
    goals = session.execute(
        select(
            PlanGoal.id,
            ServicePlan.municipality_code,
            Municipality.short_name,
            PlanGoal.title,
            PlanGoal.deleted_at,
        )
        .join(ServicePlan, ServicePlan.id == PlanGoal.plan_id)
        .join(Municipality, Municipality.code == ServicePlan.municipality_code)
        .outerjoin(parent, parent.id == PlanGoal.parent_id)
        .where(
            PlanGoal.deleted_at.is_not(None),
            or_(parent.deleted_at.is_(None), parent.deleted_at != PlanGoal.deleted_at),
        )
    )
    for goal_id, code, name, title, deleted_at in goals:
        items.append(TrashItem(RecordKind.GOAL, goal_id, code, name, title, deleted_at))
    actions = session.execute(
        select(
            PlanAction.id,
            ServicePlan.municipality_code,
            Municipality.short_name,
            PlanAction.title,
            PlanAction.deleted_at,
        )
        .join(ServicePlan, ServicePlan.id == PlanAction.plan_id)
        .join(Municipality, Municipality.code == ServicePlan.municipality_code)
        .where(PlanAction.deleted_at.is_not(None))
    )
    for action_id, code, name, title, deleted_at in actions:
        items.append(TrashItem(RecordKind.ACTION, action_id, code, name, title, deleted_at))
    items += trash_places.list_items(session)
    return sorted(items, key=lambda item: item.deleted_at or dt.datetime.min, reverse=True)


def restore(session: Session, kind: str, item_id: str) -> None:
    """Take an item out of the trash.

    A restored plan becomes current if none is. A restored goal brings back the sub-goals
    deleted with it; a sub-goal whose goal is in the trash brings that goal back too (with
    what was deleted with it), so it never comes back without a goal to hang under.
    """
    if kind in trash_places.KINDS:
        trash_places.restore(session, kind, item_id)
        return
    row = _row(session, kind, item_id)
    if row is None or isinstance(row, trash_places.Row):
        raise ValidationError("item", "missing")
    if isinstance(row, PlanGoal):
        _restore_goal(session, row)
    else:
        row.deleted_at = None
    if isinstance(row, ServicePlan):
        current = session.scalar(
            select(ServicePlan.id).where(
                ServicePlan.municipality_code == row.municipality_code,
                ServicePlan.is_current,
                ServicePlan.id != row.id,
            )
        )
        row.is_current = current is None
    session.flush()
    code = (
        row.municipality_code
        if isinstance(row, Note | ServicePlan)
        else plan_municipality(session, row.plan_id)
    )
    record(session, RecordKind(kind), code)
    record(session, RecordKind.TRASH, code)


def _row(
    session: Session, kind: str, item_id: str, populate_existing: bool = False
) -> Note | ServicePlan | PlanGoal | PlanAction | trash_places.Row | None:
    """The row of a trash item of that kind (in the trash or not), None if there is none."""
    if kind in trash_places.KINDS:
        return trash_places.row(session, kind, item_id, populate_existing)
    if kind == RecordKind.NOTE:
        return session.get(Note, item_id, populate_existing=populate_existing)
    if kind == RecordKind.PLAN:
        return session.get(ServicePlan, item_id, populate_existing=populate_existing)
    if kind == RecordKind.GOAL:
        return session.get(PlanGoal, item_id, populate_existing=populate_existing)
    if kind == RecordKind.ACTION:
        return session.get(PlanAction, item_id, populate_existing=populate_existing)
    return None


def _restore_goal(session: Session, goal: PlanGoal) -> None:
    if goal.parent_id is not None:
        parent = session.get(PlanGoal, goal.parent_id)
        if parent is not None and parent.deleted_at is not None:
            _restore_goal(session, parent)
    if goal.deleted_at is not None:  # else it came back just now, with its parent
        for member in goal_family(session, goal):
            member.deleted_at = None


class NotInTrashError(ValidationError):
    """Only what is in the trash can be deleted for good; this item is not (or is gone)."""

    def __init__(self, kind: str, item_id: str) -> None:
        super().__init__("item", "not in the trash")
        self.kind = kind
        self.item_id = item_id

    def __str__(self) -> str:
        return f"{self.kind} {self.item_id} is not in the trash: only trashed items are purged"


def delete_forever(session: Session, item: TrashItem) -> None:
    """Remove one item in the trash from the file, with everything that belongs to it.

    A note goes with its earlier versions and its draft. A plan goes with its stage
    history, goals, actions and its draft; notes about it (or one of its actions) stay, no
    longer tied to it: they are the municipality's notes, shown and deleted on their own. A
    goal goes with its sub-goals; the actions tied to them stay in the plan, without a goal.
    A place goes with its status history and its agreements (with their payments); its
    grant cases stay with the municipality as the applicant, notes about it stay. An
    agreement goes with its payments.

    The deleted text is overwritten in the file (``secure_delete``) and dropped from the
    search index, not merely marked free; copies in backups made before are untouched.
    Raises ``NotInTrashError`` for anything not in the trash.
    """
    purge = _Purge(session)
    if not purge.item(item.kind, item.id):
        raise NotInTrashError(item.kind, item.id)
    purge.finish()


def empty_trash(session: Session) -> int:
    """Delete everything in the trash for good (as ``delete_forever``); how many items went.

    On a shared database only what the user may change: the server refuses a statement
    that touches another municipality's rows as a whole.
    """
    changeable = rights.changeable_municipalities(session)
    items = [
        i for i in list_trash(session) if changeable is None or i.municipality_code in changeable
    ]
    purge = _Purge(session)
    for item in items:
        purge.item(item.kind, item.id)  # False: it went already, with its plan or goal
    purge.finish()
    return len(items)


def delete_records(session: Session, records: Iterable[tuple[str, str]]) -> None:
    """Delete records (kind, id) for good whether they are in the trash or not, as
    ``delete_forever`` does: deletions another installation made (``core.exchange``).
    A record no longer here (gone with its plan or goal just now) is skipped."""
    purge = _Purge(session)
    for kind, record_id in records:
        purge.record(kind, record_id)
    purge.finish()


class _Purge:
    """One unit of work deleting for good: overwrites what it deletes, then tidies up."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._indexes: set[str] = set()
        # secure_delete is per connection and may be set inside a transaction: SQLite
        # zeroes the cells and pages as this connection frees them. It is put back at the
        # end; if the unit of work fails first it stays on, which only costs some writes.
        # PostgreSQL frees deleted rows at its next VACUUM (the server's autovacuum).
        self._sqlite = session.get_bind().dialect.name == "sqlite"
        if self._sqlite:
            self._previous = int(session.execute(text("PRAGMA secure_delete")).scalar_one())
            session.execute(text("PRAGMA secure_delete = ON"))

    def item(self, kind: str, item_id: str) -> bool:
        """Delete one item if it is in the trash; False if it is not (or no longer there)."""
        # Read again (populate_existing): it may have gone with its plan or goal just now.
        row = _row(self._session, kind, item_id, populate_existing=True)
        if row is None or row.deleted_at is None:
            return False
        self._remove(row, in_trash=True)
        return True

    def record(self, kind: str, item_id: str) -> bool:
        """Delete a record for good whether it is in the trash or not, as ``item`` does: a
        deletion another installation made (``core.exchange``). False if it is not there."""
        if kind == "stage_change":
            change = self._session.get(PlanStageChange, item_id, populate_existing=True)
            if change is None:
                return False
            code = plan_municipality(self._session, change.plan_id)
            self._delete(PlanStageChange, PlanStageChange.id == item_id, code)
            record(self._session, RecordKind.PLAN, code)
            return True
        if kind in trash_places.CHILD_KINDS:
            return trash_places.remove_child(self, kind, item_id)
        row = _row(self._session, kind, item_id, populate_existing=True)
        if row is None:
            return False
        self._remove(row, in_trash=False)
        return True

    def _remove(
        self, row: Note | ServicePlan | PlanGoal | PlanAction | trash_places.Row, in_trash: bool
    ) -> None:
        if isinstance(row, trash_places.Row):
            trash_places.remove(self, row)
        elif isinstance(row, Note):
            self._notes([row.id])
            self._record(RecordKind.NOTE, row.municipality_code)
        elif isinstance(row, ServicePlan):
            self._plan(row)
        elif isinstance(row, PlanGoal):
            self._goal(row, in_trash)
        else:
            code = plan_municipality(self._session, row.plan_id)
            self._unlink_notes(Note.action_id == row.id, code, action_id=None)
            self._delete(PlanAction, PlanAction.id == row.id, code)
            self._indexes.add("action_fts")
            self._record(RecordKind.ACTION, code)

    def finish(self) -> None:
        session = self._session
        # FTS5 only marks a deleted row's terms as deleted, in new segments; the terms
        # themselves (names too) stay in the old ones until those are merged. "optimize"
        # merges every segment into one, dropping them, and the freed pages are zeroed.
        for index in sorted(self._indexes) if self._sqlite else ():
            session.execute(text(f"INSERT INTO {index}({index}) VALUES ('optimize')"))
        if self._sqlite:
            session.execute(text(f"PRAGMA secure_delete = {self._previous}"))
        session.expire_all()  # rows changed under the identity map (SET NULL, cascades)

    def _notes(self, note_ids: list[str]) -> None:
        drafts.discard_drafts(self._session, [f"note:{note_id}" for note_id in note_ids])
        self._delete(NoteVersion, NoteVersion.note_id.in_(note_ids))
        self._delete(Note, Note.id.in_(note_ids))
        self._indexes.add("note_fts")

    def _plan(self, plan: ServicePlan) -> None:
        actions = select(PlanAction.id).where(PlanAction.plan_id == plan.id)
        tied = or_(Note.plan_id == plan.id, Note.action_id.in_(actions))
        self._unlink_notes(tied, plan.municipality_code, plan_id=None, action_id=None)
        drafts.discard_drafts(self._session, [f"plan:{plan.id}"])
        code = plan.municipality_code
        self._delete(PlanAction, PlanAction.plan_id == plan.id, code)
        self._delete(PlanStageChange, PlanStageChange.plan_id == plan.id, code)
        roots = select(PlanGoal.id).where(PlanGoal.plan_id == plan.id, PlanGoal.parent_id.is_(None))
        for goal_id in reversed(self._subtree(roots)):  # no goal goes while one hangs under it
            self._delete(PlanGoal, PlanGoal.id == goal_id, code)
        self._delete(ServicePlan, ServicePlan.id == plan.id, code)
        self._indexes.update(("plan_fts", "action_fts", "goal_fts"))
        self._record(RecordKind.PLAN, plan.municipality_code)

    def _goal(self, goal: PlanGoal, in_trash: bool) -> None:
        session = self._session
        family = self._subtree(select(PlanGoal.id).where(PlanGoal.id == goal.id))
        live = session.scalar(
            select(PlanGoal.id).where(PlanGoal.id.in_(family), PlanGoal.deleted_at.is_(None))
        )
        # Never so from the trash: a goal goes there with its sub-goals.
        if live is not None and in_trash:
            raise NotInTrashError(RecordKind.GOAL, live)
        code = plan_municipality(session, goal.plan_id)
        tied = PlanAction.goal_id.in_(family)
        if session.scalar(select(PlanAction.id).where(tied).limit(1)) is not None:
            bumped = PlanAction.row_version + 1  # a form holding the action must re-read
            session.execute(update(PlanAction).where(tied).values(goal_id=None, row_version=bumped))
            self._record(RecordKind.ACTION, code)  # they stay in the plan, without a goal
        for goal_id in reversed(family):  # sub-goals first, then the goal
            self._delete(PlanGoal, PlanGoal.id == goal_id, code)
        self._indexes.add("goal_fts")
        self._record(RecordKind.GOAL, code)

    def _subtree(self, roots: Select[str]) -> list[str]:
        """The ids of the goals ``roots`` picks and of every goal under them, parents first."""
        ids = list(self._session.scalars(roots))
        for goal_id in ids:  # grows while it is walked: breadth first
            ids.extend(
                self._session.scalars(select(PlanGoal.id).where(PlanGoal.parent_id == goal_id))
            )
        return ids

    def _unlink_notes(self, which: ColumnElement[bool], code: str | None, **values: None) -> None:
        """Notes about what goes stay, no longer tied to it (``values``: the ties to clear)."""
        if self._session.scalar(select(Note.id).where(which).limit(1)) is not None:
            bumped = Note.row_version + 1
            self._session.execute(update(Note).where(which).values(**values, row_version=bumped))
            self._record(RecordKind.NOTE, code)

    def _delete(
        self, model: type[Base], which: ColumnElement[bool], code: str | None = None
    ) -> None:
        """Delete the rows ``which`` picks, leaving a tombstone for each exchanged record (so
        an exchange file does not bring it back); ``code``: their municipality."""
        # Imported here: core.exchange itself deletes for good through this class.
        from servicepunkt_gui.core.exchange.bookkeeping import bury

        bury(self._session, model, which, code)
        statement = delete(model).where(which).execution_options(synchronize_session=False)
        self._session.execute(statement)

    def _record(self, kind: RecordKind, code: str | None) -> None:
        record(self._session, kind, code)
        record(self._session, RecordKind.TRASH, code)
