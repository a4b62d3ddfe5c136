"""The exchanged fields of each kind of record, their JSON form and the content hash.

The fields are read off the models' own columns, so a column added by a migration is
exchanged (and checked against its length) without a second list to keep in step. The
content hash leaves out ``created_at``/``updated_at``: two installations that hold the same
text saved at different moments hold the same version.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, String
from sqlalchemy.orm import DeclarativeBase

from servicepunkt_gui.core.models import Note, PlanAction, PlanGoal, PlanStageChange, ServicePlan
from servicepunkt_gui.core.notes import MAX_BODY_CHARS
from servicepunkt_gui.core.place_models import (
    Agreement,
    AgreementPayment,
    GrantCase,
    PlaceStatusChange,
    ServicePlace,
    TodoMark,
)
from servicepunkt_gui.core.vocabulary import (
    ActionStatus,
    AdoptingBody,
    AgreementTask,
    FinancingSource,
    GrantDecider,
    GrantStatus,
    GrantType,
    NoteCategory,
    PaymentInterval,
    PlaceKind,
    PlaceService,
    PlaceStatus,
    PlanStage,
)


class Kind(StrEnum):
    """The kinds of record an exchange file carries (also ``tombstone.kind``)."""

    PLAN = "plan"
    STAGE_CHANGE = "stage_change"
    GOAL = "goal"
    ACTION = "action"
    NOTE = "note"
    # Format 2 (migration 0010): the register of serviceställen, agreements, grants.
    PLACE = "place"
    PLACE_STATUS = "place_status"
    AGREEMENT = "agreement"
    PAYMENT = "payment"
    GRANT = "grant"
    TODO_MARK = "todo_mark"


Model = (
    type[ServicePlan]
    | type[PlanStageChange]
    | type[PlanGoal]
    | type[PlanAction]
    | type[Note]
    | type[ServicePlace]
    | type[PlaceStatusChange]
    | type[Agreement]
    | type[AgreementPayment]
    | type[GrantCase]
    | type[TodoMark]
)
Row = (
    ServicePlan
    | PlanStageChange
    | PlanGoal
    | PlanAction
    | Note
    | ServicePlace
    | PlaceStatusChange
    | Agreement
    | AgreementPayment
    | GrantCase
    | TodoMark
)

MODELS: dict[Kind, Model] = {
    Kind.PLAN: ServicePlan,
    Kind.STAGE_CHANGE: PlanStageChange,
    Kind.GOAL: PlanGoal,
    Kind.ACTION: PlanAction,
    Kind.NOTE: Note,
    Kind.PLACE: ServicePlace,
    Kind.PLACE_STATUS: PlaceStatusChange,
    Kind.AGREEMENT: Agreement,
    Kind.PAYMENT: AgreementPayment,
    Kind.GRANT: GrantCase,
    Kind.TODO_MARK: TodoMark,
}
KIND_OF_TABLE: dict[str, Kind] = {model.__tablename__: kind for kind, model in MODELS.items()}
ROW_TYPES = tuple(MODELS.values())
# Parents first: the order records are inserted in (foreign keys are enforced). A note may
# concern a place, so notes come after places.
KINDS = (
    Kind.PLAN,
    Kind.GOAL,
    Kind.STAGE_CHANGE,
    Kind.ACTION,
    Kind.PLACE,
    Kind.PLACE_STATUS,
    Kind.AGREEMENT,
    Kind.PAYMENT,
    Kind.GRANT,
    Kind.NOTE,
    Kind.TODO_MARK,
)
# The kinds a file of format 1 holds (before the register of serviceställen).
KINDS_OF_VERSION_1 = (Kind.PLAN, Kind.GOAL, Kind.STAGE_CHANGE, Kind.ACTION, Kind.NOTE)
# Fields added after format 1: a file of format 1 lacks them (they are read as None), and
# the hash leaves them out while None, so a version hashed before they existed (a base
# kept since, a tombstone) is still the same version.
ADDED_FIELDS = frozenset({(Kind.NOTE, "place_id")})
HASHED_ONLY_WHEN_SET = frozenset(name for _kind, name in ADDED_FIELDS)
# The list in records.json that holds each kind.
LIST_NAMES: dict[Kind, str] = {
    Kind.PLAN: "plans",
    Kind.STAGE_CHANGE: "stage_changes",
    Kind.GOAL: "goals",
    Kind.ACTION: "actions",
    Kind.NOTE: "notes",
    Kind.PLACE: "places",
    Kind.PLACE_STATUS: "place_statuses",
    Kind.AGREEMENT: "agreements",
    Kind.PAYMENT: "payments",
    Kind.GRANT: "grants",
    Kind.TODO_MARK: "todo_marks",
}
NOT_HASHED = frozenset({"created_at", "updated_at"})
# Each database's own bookkeeping of its edits (0011): never sent, never received.
NOT_EXCHANGED = frozenset({"row_version", "saved_by"})
ID_FIELDS = frozenset(
    {"id", "plan_id", "goal_id", "parent_id", "action_id", "place_id", "agreement_id"}
)
# References between records: (kind, field) -> the kind referred to. Required ones cannot
# be NULL; optional ones are cleared when what they point to is deleted (as trash does).
REFERENCES: dict[tuple[Kind, str], Kind] = {
    (Kind.STAGE_CHANGE, "plan_id"): Kind.PLAN,
    (Kind.GOAL, "plan_id"): Kind.PLAN,
    (Kind.GOAL, "parent_id"): Kind.GOAL,
    (Kind.ACTION, "plan_id"): Kind.PLAN,
    (Kind.ACTION, "goal_id"): Kind.GOAL,
    (Kind.NOTE, "plan_id"): Kind.PLAN,
    (Kind.NOTE, "action_id"): Kind.ACTION,
    (Kind.NOTE, "place_id"): Kind.PLACE,
    (Kind.PLACE_STATUS, "place_id"): Kind.PLACE,
    (Kind.AGREEMENT, "place_id"): Kind.PLACE,
    (Kind.PAYMENT, "agreement_id"): Kind.AGREEMENT,
    (Kind.GRANT, "place_id"): Kind.PLACE,
}
# A record without a municipality of its own belongs to its parent's: (field, parent kind).
PARENT_OF: dict[Kind, tuple[str, Kind]] = {
    Kind.STAGE_CHANGE: ("plan_id", Kind.PLAN),
    Kind.GOAL: ("plan_id", Kind.PLAN),
    Kind.ACTION: ("plan_id", Kind.PLAN),
    Kind.PLACE_STATUS: ("place_id", Kind.PLACE),
    Kind.PAYMENT: ("agreement_id", Kind.AGREEMENT),
}
VOCABULARIES: dict[tuple[Kind, str], type[StrEnum]] = {
    (Kind.PLAN, "stage"): PlanStage,
    (Kind.PLAN, "adopted_by"): AdoptingBody,
    (Kind.STAGE_CHANGE, "stage"): PlanStage,
    (Kind.ACTION, "status"): ActionStatus,
    (Kind.ACTION, "financing"): FinancingSource,
    (Kind.NOTE, "category"): NoteCategory,
    (Kind.PLACE, "kind"): PlaceKind,
    (Kind.PLACE_STATUS, "status"): PlaceStatus,
    (Kind.AGREEMENT, "payment_interval"): PaymentInterval,
    (Kind.GRANT, "grant_type"): GrantType,
    (Kind.GRANT, "decider"): GrantDecider,
    (Kind.GRANT, "status"): GrantStatus,
}
# Multi-valued fields: space-separated codes of the vocabulary, in its order ("" for none).
CODE_LISTS: dict[tuple[Kind, str], type[StrEnum]] = {
    (Kind.PLACE, "services"): PlaceService,
    (Kind.AGREEMENT, "tasks"): AgreementTask,
}
# Fields whose empty string means "none chosen" rather than an unknown code.
EMPTY_ALLOWED = frozenset({(Kind.ACTION, "financing")})
MAX_TEXT_CHARS = MAX_BODY_CHARS  # Text columns have no length; the note editor's own cap


class FieldType(StrEnum):
    TEXT = "text"
    INTEGER = "integer"
    NUMBER = "number"  # a float: a position, hours, kilometres
    BOOLEAN = "boolean"
    DATE = "date"
    DATETIME = "datetime"


@dataclass(frozen=True)
class Field:
    name: str
    type: FieldType
    nullable: bool
    max_length: int  # characters, for TEXT; 0 otherwise


def _fields(model: type[DeclarativeBase]) -> tuple[Field, ...]:
    found: list[Field] = []
    for column in model.__table__.columns:
        if column.name in NOT_EXCHANGED:
            continue
        kind = column.type
        if isinstance(kind, DateTime):
            field_type, length = FieldType.DATETIME, 0
        elif isinstance(kind, Date):
            field_type, length = FieldType.DATE, 0
        elif isinstance(kind, Boolean):
            field_type, length = FieldType.BOOLEAN, 0
        elif isinstance(kind, Integer):
            field_type, length = FieldType.INTEGER, 0
        elif isinstance(kind, Float):
            field_type, length = FieldType.NUMBER, 0
        elif isinstance(kind, String):  # Text is a String without a length
            field_type, length = FieldType.TEXT, kind.length or MAX_TEXT_CHARS
        else:  # pragma: no cover - a new column type needs a JSON form first
            raise TypeError(f"{model.__name__}.{column.name}: {kind!r}")
        found.append(Field(column.name, field_type, bool(column.nullable), length))
    return tuple(found)


FIELDS: dict[Kind, tuple[Field, ...]] = {kind: _fields(model) for kind, model in MODELS.items()}

Values = dict[str, object]


def row_values(kind: Kind, row: Row) -> Values:
    """The exchanged fields of a stored row, as Python values."""
    return {field.name: getattr(row, field.name) for field in FIELDS[kind]}


def to_json(value: object) -> object:
    """A field value in its JSON form: dates ISO, datetimes ISO in UTC."""
    if isinstance(value, dt.datetime):  # before date: a datetime is a date too
        return value.replace(tzinfo=dt.UTC).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def json_values(values: Mapping[str, object]) -> dict[str, object]:
    return {name: to_json(value) for name, value in values.items()}


def content_hash(values: Mapping[str, object]) -> str:
    """sha256 of the canonical JSON of the exchanged fields but created_at/updated_at (and
    fields added since format 1 while they are empty: ``ADDED_FIELDS``)."""
    hashed = {
        name: to_json(value)
        for name, value in values.items()
        if name not in NOT_HASHED and not (value is None and name in HASHED_ONLY_WHEN_SET)
    }
    canonical = json.dumps(hashed, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def row_hash(kind: Kind, row: Row) -> str:
    return content_hash(row_values(kind, row))


# What going to the trash changes besides the content: when, and a plan stops being current.
TRASH_FIELDS = {"deleted_at": None, "is_current": False}


def deleted_hash(values: Mapping[str, object]) -> str:
    """The hash a tombstone keeps: of the content, whether it was in the trash or not (a
    record is usually put there first, at a moment no other installation has seen)."""
    return content_hash({**values, **{k: v for k, v in TRASH_FIELDS.items() if k in values}})


def parents_first(parents: Mapping[str, object]) -> list[str]:
    """The ids of ``parents`` (id -> parent id) ordered so each comes after its parent when
    that is among them. ``ValueError`` for a ring (a goal under its own sub-goal). Walks
    without recursion: a hostile file may nest thousands deep."""
    children: dict[str, list[str]] = {}
    roots: list[str] = []
    for record_id, parent in parents.items():
        if isinstance(parent, str) and parent in parents:
            children.setdefault(parent, []).append(record_id)
        else:
            roots.append(record_id)
    ordered: list[str] = []
    stack = roots[::-1]
    while stack:
        record_id = stack.pop()
        ordered.append(record_id)
        stack.extend(children.get(record_id, [])[::-1])
    if len(ordered) != len(parents):
        raise ValueError("a ring of parents")
    return ordered


def parse_datetime(text: str) -> dt.datetime:
    """An ISO datetime with a time zone, as the naive UTC the file stores. ValueError if not."""
    moment = dt.datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError("no time zone")
    return moment.astimezone(dt.UTC).replace(tzinfo=None)


def parse_date(text: str) -> dt.date:
    if len(text) != 10:  # fromisoformat also takes 20261202 and week dates
        raise ValueError("not YYYY-MM-DD")
    return dt.date.fromisoformat(text)
