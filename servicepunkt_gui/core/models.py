"""SQLAlchemy models: reference data (counties, municipalities, programmes) and user data.

Reference rows are keyed by their official codes and may be rewritten when a newer
reference data set ships. Rows a user writes (``UserRecord``) carry a UUID and
timestamps so they can later be exchanged between installations without clashes.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from servicepunkt_gui.core.db_dialects import PLAN_CASE_NUMBER_DIGIT, dialect_checks, where
from servicepunkt_gui.core.vocabulary import (
    ActionStatus,
    AdoptingBody,
    FinancingSource,
    NoteCategory,
    PlanStage,
    ProgrammeRole,
)

FIRST_PLAN_YEAR = 1990
LAST_PLAN_YEAR = 2100


def _in(column: str, values: Iterable[str]) -> str:
    """SQL for "column holds one of values" (for CHECK constraints)."""
    quoted = ", ".join(f"'{value}'" for value in values)
    return f"{column} IN ({quoted})"


def utc_now() -> dt.datetime:
    """Naive UTC timestamp: SQLite has no time zones, so every stored time is UTC."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def new_uuid() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    pass


class UserRecord:
    """Columns every user-written row has."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)


class VersionedRecord(UserRecord):
    """A record people edit, perhaps two at once on a shared database (0011).

    ``row_version`` goes up by one with every change SQLAlchemy writes (its
    ``version_id_col``): an UPDATE names the version it read, so a save over a record
    someone else changed in between changes no row and raises ``StaleDataError`` instead
    of overwriting it (``core.record_versions`` turns that into ``EditConflictError``).
    ``saved_by`` names who saved the version (the database role on a shared database,
    the computer's user otherwise), for the conflict dialog.
    """

    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    saved_by: Mapped[str] = mapped_column(String(200), default="", server_default="")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - a declared attribute
        return {"version_id_col": cls.__table__.c.row_version}  # type: ignore[attr-defined]


class Meta(Base):
    """Key/value facts about the file itself, e.g. the loaded reference data version."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class County(Base):
    __tablename__ = "county"
    code: Mapped[str] = mapped_column(String(2), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    short_name: Mapped[str] = mapped_column(String(100))


class Municipality(Base):
    __tablename__ = "municipality"
    code: Mapped[str] = mapped_column(String(4), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    short_name: Mapped[str] = mapped_column(String(100))
    county_code: Mapped[str] = mapped_column(ForeignKey("county.code"), index=True)

    county: Mapped[County] = relationship()


class Programme(Base):
    __tablename__ = "programme"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    organiser: Mapped[str] = mapped_column(String(200))
    start_year: Mapped[int] = mapped_column(Integer)
    end_year: Mapped[int] = mapped_column(Integer)


class ProgrammeParticipation(Base):
    __tablename__ = "programme_participation"
    __table_args__ = (CheckConstraint(_in("role", ProgrammeRole), name="ck_participation_role"),)
    programme_id: Mapped[str] = mapped_column(ForeignKey("programme.id"), primary_key=True)
    municipality_code: Mapped[str] = mapped_column(
        ForeignKey("municipality.code"), primary_key=True
    )
    role: Mapped[str] = mapped_column(String(20))
    unit: Mapped[str | None] = mapped_column(String(200))
    collaboration_group: Mapped[str | None] = mapped_column(String(200))


class MyMunicipality(UserRecord, Base):
    """A municipality the official marked as one of "Mina kommuner"."""

    __tablename__ = "my_municipality"
    municipality_code: Mapped[str] = mapped_column(ForeignKey("municipality.code"), unique=True)


class Note(VersionedRecord, Base):
    __tablename__ = "note"
    __table_args__ = (
        *dialect_checks("ck_note_body_not_empty"),
        CheckConstraint(_in("category", NoteCategory), name="ck_note_category"),
        # The detail panel lists (and the master list counts) a municipality's notes that
        # are not in the trash, newest first; a partial index covers exactly those.
        Index(
            "ix_note_listed",
            "municipality_code",
            "concerns_date",
            "created_at",
            **where("not_in_trash"),
        ),
        # The notes in the trash (few): search counts what is not in it without reading notes.
        Index("ix_note_in_trash", "deleted_at", **where("in_trash")),
    )
    municipality_code: Mapped[str] = mapped_column(ForeignKey("municipality.code"))
    # A note may concern a service plan or one of its actions as a whole.
    plan_id: Mapped[str | None] = mapped_column(
        ForeignKey("service_plan.id", ondelete="SET NULL"), index=True
    )
    action_id: Mapped[str | None] = mapped_column(
        ForeignKey("plan_action.id", ondelete="SET NULL"), index=True
    )
    # ... or a place in the register of serviceställen (0010).
    place_id: Mapped[str | None] = mapped_column(
        ForeignKey("service_place.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(String(500), default="")
    body: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(20), default=NoteCategory.OTHER)
    concerns_date: Mapped[dt.date] = mapped_column(Date)
    author: Mapped[str] = mapped_column(String(200), default="")
    # Deleting moves a note to the trash; it can be restored from there.
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class ServicePlan(VersionedRecord, Base):
    """A municipality's service plan for a period; one of them is the current plan."""

    __tablename__ = "service_plan"
    __table_args__ = (
        CheckConstraint(_in("stage", PlanStage), name="ck_plan_stage"),
        CheckConstraint(
            f"first_year BETWEEN {FIRST_PLAN_YEAR} AND {LAST_PLAN_YEAR} "
            f"AND last_year BETWEEN {FIRST_PLAN_YEAR} AND {LAST_PLAN_YEAR} "
            "AND last_year >= first_year",
            name="ck_plan_period",
        ),
        CheckConstraint(
            "adopted_by IS NULL OR " + _in("adopted_by", AdoptingBody),
            name="ck_plan_adopted_by",
        ),
        CheckConstraint("length(trim(title)) > 0", name="ck_plan_title"),
        *dialect_checks(
            "ck_plan_case_number",
            {
                dialect: f"case_number = '' OR (length(case_number) BETWEEN 3 AND 40 AND {digit})"
                for dialect, digit in PLAN_CASE_NUMBER_DIGIT.items()
            },
        ),
        # At most one current plan per municipality.
        Index(
            "ux_plan_current",
            "municipality_code",
            unique=True,
            **where("is_current"),
        ),
    )
    municipality_code: Mapped[str] = mapped_column(ForeignKey("municipality.code"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    first_year: Mapped[int] = mapped_column(Integer)
    last_year: Mapped[int] = mapped_column(Integer)
    stage: Mapped[str] = mapped_column(String(20), default=PlanStage.NOT_STARTED)
    is_current: Mapped[bool] = mapped_column(Boolean, default=False)
    adopted_by: Mapped[str | None] = mapped_column(String(30))
    adopted_on: Mapped[dt.date | None] = mapped_column(Date)
    paragraph: Mapped[str] = mapped_column(String(40), default="")
    case_number: Mapped[str] = mapped_column(String(40), default="")
    revise_by: Mapped[dt.date | None] = mapped_column(Date)
    next_follow_up: Mapped[dt.date | None] = mapped_column(Date)
    document: Mapped[str] = mapped_column(Text, default="")
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class PlanStageChange(VersionedRecord, Base):
    """One step in a plan's history: the stage it moved to, when, by whom and why."""

    __tablename__ = "plan_stage_change"
    __table_args__ = (CheckConstraint(_in("stage", PlanStage), name="ck_stage_change_stage"),)
    plan_id: Mapped[str] = mapped_column(
        ForeignKey("service_plan.id", ondelete="CASCADE"), index=True
    )
    stage: Mapped[str] = mapped_column(String(20))
    changed_on: Mapped[dt.date] = mapped_column(Date)
    changed_by: Mapped[str] = mapped_column(String(200), default="")
    comment: Mapped[str] = mapped_column(Text, default="")


class PlanGoal(VersionedRecord, Base):
    """A goal (mål) of a plan, or a sub-goal (delmål) when it has a parent."""

    __tablename__ = "plan_goal"
    __table_args__ = (CheckConstraint("length(trim(title)) > 0", name="ck_goal_title"),)
    plan_id: Mapped[str] = mapped_column(
        ForeignKey("service_plan.id", ondelete="CASCADE"), index=True
    )
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("plan_goal.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(500))
    position: Mapped[int] = mapped_column(Integer, default=0)
    # Deleting moves a goal and its sub-goals to the trash together (the same time).
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class PlanAction(VersionedRecord, Base):
    """An action (åtgärd) in a plan's action plan."""

    __tablename__ = "plan_action"
    __table_args__ = (
        CheckConstraint(_in("status", ActionStatus), name="ck_action_status"),
        CheckConstraint(
            "financing = '' OR " + _in("financing", FinancingSource), name="ck_action_financing"
        ),
        CheckConstraint("cost_sek IS NULL OR cost_sek >= 0", name="ck_action_cost"),
        CheckConstraint("length(trim(title)) > 0", name="ck_action_title"),
    )
    plan_id: Mapped[str] = mapped_column(
        ForeignKey("service_plan.id", ondelete="CASCADE"), index=True
    )
    goal_id: Mapped[str | None] = mapped_column(ForeignKey("plan_goal.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(Text, default="")
    responsible: Mapped[str] = mapped_column(String(200), default="")
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    cost_sek: Mapped[int | None] = mapped_column(Integer)
    financing: Mapped[str] = mapped_column(String(30), default="")
    status: Mapped[str] = mapped_column(String(20), default=ActionStatus.NOT_STARTED)
    position: Mapped[int] = mapped_column(Integer, default=0)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class NoteVersion(UserRecord, Base):
    """The text a note had before an edit, so earlier versions can be seen and restored."""

    __tablename__ = "note_version"
    note_id: Mapped[str] = mapped_column(ForeignKey("note.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(500))
    body: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(20))
    concerns_date: Mapped[dt.date] = mapped_column(Date)
    author: Mapped[str] = mapped_column(String(200))
    saved_at: Mapped[dt.datetime] = mapped_column(DateTime)  # when this text was saved


class Draft(UserRecord, Base):
    """Text being typed, kept every few seconds so a crash or power cut does not lose it."""

    __tablename__ = "draft"
    key: Mapped[str] = mapped_column(String(100), unique=True)  # e.g. "note:new:2284"
    municipality_code: Mapped[str] = mapped_column(ForeignKey("municipality.code"))
    payload: Mapped[str] = mapped_column(Text)  # JSON of the editor's fields


class Tombstone(Base):
    """A record deleted for good, so an exchange file does not bring it back (0009).

    ``content_hash`` is the exchange hash of what was deleted, leaving out whether it was
    in the trash; ``base_hash`` the version the deleting installation had last received.
    An incoming copy equal to either was seen before it went; one that differs was edited
    afterwards (by someone who had not seen the deletion) and comes back.
    """

    __tablename__ = "tombstone"
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # core.exchange.fields.Kind
    municipality_code: Mapped[str] = mapped_column(String(4), index=True)
    deleted_at: Mapped[dt.datetime] = mapped_column(DateTime)
    content_hash: Mapped[str | None] = mapped_column(String(64))
    base_hash: Mapped[str | None] = mapped_column(String(64))


class ExchangeBase(Base):
    """The hash of the version of a record last received from an exchange file (0009):
    the common ancestor of a three-way merge, per record."""

    __tablename__ = "exchange_base"
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64))


# The register of serviceställen, agreements and grants live in their own module; importing
# it here puts their tables into ``Base.metadata`` wherever the models are used.
from servicepunkt_gui.core import place_models  # noqa: E402, F401
