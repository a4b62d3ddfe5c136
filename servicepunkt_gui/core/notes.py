"""Use cases for notes on a municipality: create, read, edit, delete."""

from __future__ import annotations

import datetime as dt
import getpass
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from servicepunkt_gui.core.changes import RecordKind, record
from servicepunkt_gui.core.errors import ValidationError
from servicepunkt_gui.core.models import (
    Municipality,
    Note,
    NoteVersion,
    PlanAction,
    ServicePlan,
    utc_now,
)
from servicepunkt_gui.core.place_models import ServicePlace
from servicepunkt_gui.core.record_versions import check_version, flush_checked
from servicepunkt_gui.core.search import notes_matching
from servicepunkt_gui.core.text import swedish_sort_key
from servicepunkt_gui.core.vocabulary import NoteCategory, is_one_of

# Far beyond any real meeting note (a 1 MB note must work); stops a pasted file
# of hundreds of megabytes from freezing the app.
MAX_BODY_CHARS = 10_000_000
MAX_TITLE_CHARS = 500
MAX_AUTHOR_CHARS = 200
PREVIEW_CHARS = 200


@dataclass(frozen=True)
class NoteInput:
    """What the official typed into the note editor."""

    body: str
    title: str = ""
    category: str = NoteCategory.OTHER
    concerns_date: dt.date | None = None
    author: str = ""
    # What the note is about beyond the municipality: one of its plans, actions or places.
    plan_id: str | None = None
    action_id: str | None = None
    place_id: str | None = None


@dataclass(frozen=True)
class NoteFilter:
    """Which of a municipality's notes to list; an empty field does not filter."""

    category: str | None = None
    date_from: dt.date | None = None  # both ends included
    date_to: dt.date | None = None
    author: str | None = None
    text: str = ""  # words as in the search tab: any accents or case, word starts

    def is_empty(self) -> bool:
        return replace(self, text=self.text.strip()) == NoteFilter()


@dataclass(frozen=True)
class NoteSummary:
    """A row in the notes list: enough to show it without loading the whole body."""

    id: str
    title: str
    preview: str
    category: str
    concerns_date: dt.date
    author: str
    updated_at: dt.datetime
    plan_id: str | None = None
    action_id: str | None = None
    place_id: str | None = None
    row_version: int | None = None  # the version read (core.record_versions)


@dataclass(frozen=True)
class NoteDetail:
    id: str
    municipality_code: str
    title: str
    body: str
    category: str
    concerns_date: dt.date
    author: str
    created_at: dt.datetime
    updated_at: dt.datetime
    plan_id: str | None = None
    action_id: str | None = None
    place_id: str | None = None
    row_version: int | None = None  # the version read: hand it back as ``expected_version``
    saved_by: str = ""

    def values(self) -> NoteInput:
        """The note's fields as the editor edits them (what ``update_note`` takes)."""
        return NoteInput(
            body=self.body,
            title=self.title,
            category=self.category,
            concerns_date=self.concerns_date,
            author=self.author,
            plan_id=self.plan_id,
            action_id=self.action_id,
            place_id=self.place_id,
        )


def note_fields(note: NoteInput) -> dict[str, object]:
    """The fields as ``update_note`` stores them, by name (for the conflict dialog)."""
    return {
        "title": note.title.strip(),
        "body": _clean_body(note.body),
        "category": note.category,
        "concerns_date": note.concerns_date,
        "author": note.author.strip(),
        "plan_id": note.plan_id,
        "action_id": note.action_id,
        "place_id": note.place_id,
    }


def default_author(configured_name: str = "") -> str:
    """The name in settings, else the operating system's user name."""
    if configured_name.strip():
        return configured_name.strip()
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no user name in some sandboxes and services
        return ""


def _clean_body(body: str) -> str:
    """The body as stored: without NUL characters, which are never text a user meant.

    SQLite's ``length()`` stops at the first NUL, so the database's not-empty check
    would refuse a body such as "\\x00text" that Python considers non-empty.
    """
    return body.replace("\x00", "")


def validate(note: NoteInput) -> None:
    if not _clean_body(note.body).strip():
        raise ValidationError("body", "empty")
    if len(note.body) > MAX_BODY_CHARS:
        raise ValidationError("body", "too_long")
    if len(note.title) > MAX_TITLE_CHARS:
        raise ValidationError("title", "too_long")
    if len(note.author) > MAX_AUTHOR_CHARS:
        raise ValidationError("author", "too_long")
    if not is_one_of(NoteCategory, note.category):
        raise ValidationError("category", "unknown")


def _check_subject(
    session: Session, municipality_code: str, note: NoteInput, kept_place: str | None = None
) -> None:
    """A note can only concern a plan, an action or a place of its own municipality.

    ``kept_place`` is the place the note already concerns: it may stay tied to it after the
    place went to the trash (the note is still about it, and editing its text must work).
    """
    if note.plan_id is not None:
        plan = session.get(ServicePlan, note.plan_id)
        if plan is None or plan.municipality_code != municipality_code or plan.deleted_at:
            raise ValidationError("plan_id", "missing")
    if note.action_id is not None:
        action = session.get(PlanAction, note.action_id)
        plan = session.get(ServicePlan, action.plan_id) if action is not None else None
        if plan is None or plan.municipality_code != municipality_code or plan.deleted_at:
            raise ValidationError("action_id", "missing")
    if note.place_id is not None and note.place_id != kept_place:
        place = session.get(ServicePlace, note.place_id)
        if place is None or place.municipality_code != municipality_code or place.deleted_at:
            raise ValidationError("place_id", "missing")


def create_note(session: Session, municipality_code: str, note: NoteInput) -> NoteDetail:
    validate(note)
    if session.get(Municipality, municipality_code) is None:
        raise ValidationError("municipality", "unknown")
    _check_subject(session, municipality_code, note)
    row = Note(
        plan_id=note.plan_id,
        action_id=note.action_id,
        place_id=note.place_id,
        municipality_code=municipality_code,
        title=note.title.strip(),
        body=_clean_body(note.body),
        category=note.category,
        concerns_date=note.concerns_date or dt.date.today(),
        author=note.author.strip(),
    )
    session.add(row)
    session.flush()
    record(session, RecordKind.NOTE, municipality_code)
    return _detail(row)


def update_note(
    session: Session, note_id: str, note: NoteInput, *, expected_version: int | None = None
) -> NoteDetail:
    """Save the editor's fields; ``expected_version`` is the version the editor read
    (None: no check), a different stored one raises ``EditConflictError``."""
    validate(note)
    row = session.get(Note, note_id)
    if row is None or row.deleted_at is not None:
        raise ValidationError("note", "missing")
    mine = note_fields(note)
    check_version(row, expected_version, mine)
    _check_subject(session, row.municipality_code, note, kept_place=row.place_id)
    if (row.title, row.body) != (note.title.strip(), _clean_body(note.body)):
        keep_version(session, row)
    row.plan_id = note.plan_id
    row.action_id = note.action_id
    row.place_id = note.place_id
    row.title = note.title.strip()
    row.body = _clean_body(note.body)
    row.category = note.category
    row.concerns_date = note.concerns_date or row.concerns_date
    row.author = note.author.strip()
    flush_checked(session, row, mine)
    record(session, RecordKind.NOTE, row.municipality_code)
    return _detail(row)


def delete_note(session: Session, note_id: str) -> None:
    """Move the note to the trash (see ``core.trash`` to restore it)."""
    row = session.get(Note, note_id)
    if row is not None and row.deleted_at is None:
        row.deleted_at = utc_now()
        session.flush()
        record(session, RecordKind.NOTE, row.municipality_code)
        record(session, RecordKind.TRASH, row.municipality_code)


def get_note(session: Session, note_id: str) -> NoteDetail | None:
    row = session.get(Note, note_id)
    return _detail(row) if row is not None and row.deleted_at is None else None


def count_notes(session: Session, municipality_code: str, filters: NoteFilter | None = None) -> int:
    query = select(func.count()).where(
        Note.municipality_code == municipality_code, Note.deleted_at.is_(None)
    )
    return session.scalar(_filtered(query, filters)) or 0


def note_authors(session: Session, municipality_code: str) -> list[str]:
    """Everyone who has written a note about the municipality, in Swedish order."""
    names = session.scalars(
        select(Note.author)
        .where(
            Note.municipality_code == municipality_code,
            Note.deleted_at.is_(None),
            Note.author != "",
        )
        .distinct()
    )
    return sorted(names, key=swedish_sort_key)


def _text_match(typed: str) -> ColumnElement[bool] | None:
    """Notes whose title or body has the words typed, through the full-text index.

    It ignores accents and case in all of Unicode and matches word starts, as the search
    tab does (``core.search.notes_matching``, on either engine); ``LIKE`` would be a scan
    of every body, case-blind for A–Z only ("Å" would not find "å").
    """
    return notes_matching(typed)


def _filtered(query: Select[Any], filters: NoteFilter | None) -> Select[Any]:
    if filters is None:
        return query
    if filters.category:
        query = query.where(Note.category == filters.category)
    if filters.date_from is not None:
        query = query.where(Note.concerns_date >= filters.date_from)
    if filters.date_to is not None:
        query = query.where(Note.concerns_date <= filters.date_to)
    if filters.author is not None:
        query = query.where(Note.author == filters.author)
    match = _text_match(filters.text)
    if match is not None:
        query = query.where(match)
    return query


@dataclass(frozen=True)
class NoteVersionRow:
    id: str
    title: str
    body: str
    category: str
    concerns_date: dt.date
    author: str
    saved_at: dt.datetime


def list_versions(session: Session, note_id: str) -> list[NoteVersionRow]:
    """Earlier texts of the note, newest first."""
    rows = session.scalars(
        select(NoteVersion)
        .where(NoteVersion.note_id == note_id)
        .order_by(NoteVersion.saved_at.desc(), NoteVersion.created_at.desc())
    ).all()
    return [
        NoteVersionRow(r.id, r.title, r.body, r.category, r.concerns_date, r.author, r.saved_at)
        for r in rows
    ]


def keep_version(session: Session, row: Note) -> None:
    """Keep the note's text as it is now among its earlier versions (before it changes)."""
    session.add(
        NoteVersion(
            note_id=row.id,
            title=row.title,
            body=row.body,
            category=row.category,
            concerns_date=row.concerns_date,
            author=row.author,
            saved_at=row.updated_at,
        )
    )


def list_notes(
    session: Session,
    municipality_code: str,
    offset: int = 0,
    limit: int | None = None,
    action_id: str | None = None,
    filters: NoteFilter | None = None,
) -> list[NoteSummary]:
    """A municipality's notes (or one action's), newest first by date, then by creation.

    ``filters`` narrows them in the query itself, so paging and counting agree with it.
    """
    query = (
        select(
            Note.id,
            Note.title,
            func.substr(Note.body, 1, PREVIEW_CHARS),
            Note.category,
            Note.concerns_date,
            Note.author,
            Note.updated_at,
            Note.plan_id,
            Note.action_id,
            Note.place_id,
            Note.row_version,
        )
        .where(Note.municipality_code == municipality_code, Note.deleted_at.is_(None))
        .order_by(Note.concerns_date.desc(), Note.created_at.desc())
        .offset(offset)
        .limit(limit)
    )
    if action_id is not None:
        query = query.where(Note.action_id == action_id)
    return [NoteSummary(*row) for row in session.execute(_filtered(query, filters))]


def _detail(row: Note) -> NoteDetail:
    return NoteDetail(
        id=row.id,
        municipality_code=row.municipality_code,
        title=row.title,
        body=row.body,
        category=row.category,
        concerns_date=row.concerns_date,
        author=row.author,
        created_at=row.created_at,
        updated_at=row.updated_at,
        plan_id=row.plan_id,
        action_id=row.action_id,
        place_id=row.place_id,
        row_version=row.row_version,
        saved_by=row.saved_by,
    )
