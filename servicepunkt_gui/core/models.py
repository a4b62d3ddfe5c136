"""SQLAlchemy models: reference data (counties, municipalities, programmes) and user data.

Reference rows are keyed by their official codes and may be rewritten when a newer
reference data set ships. Rows a user writes (``UserRecord``) carry a UUID and
timestamps so they can later be exchanged between installations without clashes.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NOTE_CATEGORIES = ("meeting", "dialogue", "decision", "follow_up", "other")
PROGRAMME_ROLES = ("pilot", "ambassador")


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
    __table_args__ = (
        CheckConstraint("role IN ('pilot', 'ambassador')", name="ck_participation_role"),
    )
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


class Note(UserRecord, Base):
    __tablename__ = "note"
    __table_args__ = (
        CheckConstraint(
            "length(trim(body, char(32, 9, 10, 13))) > 0", name="ck_note_body_not_empty"
        ),
        CheckConstraint(
            "category IN ('meeting', 'dialogue', 'decision', 'follow_up', 'other')",
            name="ck_note_category",
        ),
        # The detail panel lists a municipality's notes newest first.
        Index("ix_note_municipality_date", "municipality_code", "concerns_date", "created_at"),
    )
    municipality_code: Mapped[str] = mapped_column(ForeignKey("municipality.code"))
    title: Mapped[str] = mapped_column(String(500), default="")
    body: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(20), default="other")
    concerns_date: Mapped[dt.date] = mapped_column(Date)
    author: Mapped[str] = mapped_column(String(200), default="")
