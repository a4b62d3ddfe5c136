"""Notes on a municipality: what the official writes is what they read back."""

from __future__ import annotations

import datetime as dt
import getpass
import uuid
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from servicepunkt_gui.core import notes
from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.errors import ValidationError
from servicepunkt_gui.core.notes import (
    NoteDetail,
    NoteInput,
    count_notes,
    create_note,
    default_author,
    delete_note,
    get_note,
    list_notes,
    update_note,
)
from servicepunkt_gui.core.vocabulary import NoteCategory

KALMAR = "0880"
BODEN = "2582"


def _create(
    database: Database,
    body: str = "Möte med handlaren",
    municipality_code: str = KALMAR,
    **fields: Any,
) -> NoteDetail:
    with database.session() as session:
        return create_note(session, municipality_code, NoteInput(body=body, **fields))


def _get(database: Database, note_id: str) -> NoteDetail | None:
    with database.session() as session:
        return get_note(session, note_id)


def _set_times(database: Database, note_id: str, created: str, updated: str) -> None:
    with database.session() as session:
        session.execute(
            text("UPDATE note SET created_at = :c, updated_at = :u WHERE id = :id"),
            {"c": created, "u": updated, "id": note_id},
        )


# --- create, read, update, delete ---------------------------------------------------------


def test_create_and_get(database: Database) -> None:
    created = _create(
        database,
        body="Hemsändning av dagligvaror: avtal förlängs till 2026.",
        title="  Hemsändning  ",
        category="decision",
        concerns_date=dt.date(2025, 5, 20),
        author="  Karin Ek ",
    )
    assert created.municipality_code == KALMAR
    assert created.title == "Hemsändning"
    assert created.body == "Hemsändning av dagligvaror: avtal förlängs till 2026."
    assert created.category == "decision"
    assert created.concerns_date == dt.date(2025, 5, 20)
    assert created.author == "Karin Ek"
    assert _get(database, created.id) == created


def test_defaults(database: Database) -> None:
    created = _create(database, body="Kort anteckning")
    assert created.title == ""
    assert created.category == "other"
    assert created.author == ""
    assert created.concerns_date == dt.date.today()


def test_every_category_can_be_stored(database: Database) -> None:
    for category in NoteCategory:
        note = _create(database, body=f"Om {category}", category=category)
        assert _get(database, note.id) is not None
    with database.session() as session:
        assert count_notes(session, KALMAR) == len(NoteCategory)


def test_ids_are_distinct_uuids(database: Database) -> None:
    ids = [_create(database, body=f"Anteckning {i}").id for i in range(5)]
    assert len(set(ids)) == 5
    for note_id in ids:
        assert str(uuid.UUID(note_id)) == note_id
        assert uuid.UUID(note_id).version == 4


def test_timestamps_are_set_on_create(database: Database) -> None:
    note = _create(database)
    assert isinstance(note.created_at, dt.datetime)
    assert isinstance(note.updated_at, dt.datetime)
    assert note.created_at.tzinfo is None  # stored as naive UTC
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    assert abs(now - note.created_at) < dt.timedelta(hours=1)


def test_update_changes_fields_and_updated_at_but_not_created_at(database: Database) -> None:
    note = _create(database, body="Första versionen", concerns_date=dt.date(2024, 1, 1))
    _set_times(database, note.id, "2020-01-01 08:00:00.000000", "2020-01-01 08:00:00.000000")

    with database.session() as session:
        updated = update_note(
            session,
            note.id,
            NoteInput(
                body="Andra versionen",
                title="Ny titel",
                category="follow_up",
                concerns_date=dt.date(2024, 2, 2),
                author="Per",
            ),
        )

    again = _get(database, note.id)
    assert again is not None
    assert again == updated
    assert (again.body, again.title, again.category, again.concerns_date, again.author) == (
        "Andra versionen",
        "Ny titel",
        "follow_up",
        dt.date(2024, 2, 2),
        "Per",
    )
    assert again.created_at == dt.datetime(2020, 1, 1, 8, 0)
    assert again.updated_at > dt.datetime(2020, 1, 1, 8, 0)
    assert again.id == note.id
    assert again.municipality_code == note.municipality_code


def test_update_without_date_keeps_the_date(database: Database) -> None:
    note = _create(database, concerns_date=dt.date(2023, 9, 9))
    with database.session() as session:
        updated = update_note(session, note.id, NoteInput(body="Ändrad text"))
    assert updated.concerns_date == dt.date(2023, 9, 9)


def test_update_of_missing_note_raises(database: Database) -> None:
    with pytest.raises(ValidationError) as info, database.session() as session:
        update_note(session, str(uuid.uuid4()), NoteInput(body="text"))
    assert info.value.field == "note"


def test_delete(database: Database) -> None:
    keep = _create(database, body="Behålls")
    gone = _create(database, body="Tas bort")
    with database.session() as session:
        delete_note(session, gone.id)
    assert _get(database, gone.id) is None
    assert _get(database, keep.id) == keep
    with database.session() as session:
        assert count_notes(session, KALMAR) == 1
        delete_note(session, gone.id)  # deleting again is harmless
        assert count_notes(session, KALMAR) == 1


def test_get_unknown_note_is_none(database: Database) -> None:
    assert _get(database, str(uuid.uuid4())) is None


def test_failed_save_leaves_nothing_behind(database: Database) -> None:
    with pytest.raises(ValidationError), database.session() as session:
        create_note(session, KALMAR, NoteInput(body="Sparas"))
        create_note(session, KALMAR, NoteInput(body="   "))
    with database.session() as session:
        assert count_notes(session, KALMAR) == 0


# --- listing -----------------------------------------------------------------------------


def test_list_newest_first_by_date_then_creation(database: Database) -> None:
    old = _create(database, body="Gammal", concerns_date=dt.date(2023, 1, 10))
    newest = _create(database, body="Nyast", concerns_date=dt.date(2025, 6, 1))
    same_day_first = _create(database, body="Samma dag, först", concerns_date=dt.date(2024, 4, 4))
    same_day_later = _create(database, body="Samma dag, sen", concerns_date=dt.date(2024, 4, 4))
    # Creation times set explicitly, so the order does not depend on the clock.
    _set_times(database, same_day_first.id, "2024-04-04 09:00:00.000000", "2024-04-04 09:00:00")
    _set_times(database, same_day_later.id, "2024-04-04 15:30:00.000000", "2024-04-04 15:30:00")
    _set_times(database, old.id, "2030-01-01 00:00:00.000000", "2030-01-01 00:00:00")
    _create(database, body="Annan kommun", municipality_code=BODEN)

    with database.session() as session:
        listed = list_notes(session, KALMAR)

    assert [n.id for n in listed] == [newest.id, same_day_later.id, same_day_first.id, old.id]
    assert [n.preview for n in listed] == ["Nyast", "Samma dag, sen", "Samma dag, först", "Gammal"]


def test_list_summary_fields(database: Database) -> None:
    note = _create(
        database,
        body="Text",
        title="Titel",
        category="meeting",
        concerns_date=dt.date(2025, 1, 1),
        author="Lena",
    )
    with database.session() as session:
        (summary,) = list_notes(session, KALMAR)
    assert summary.id == note.id
    assert (summary.title, summary.preview, summary.category) == ("Titel", "Text", "meeting")
    assert (summary.concerns_date, summary.author) == (dt.date(2025, 1, 1), "Lena")
    assert summary.updated_at == note.updated_at


def test_paging(database: Database) -> None:
    ids = [
        _create(database, body=f"Nr {day}", concerns_date=dt.date(2025, 1, day)).id
        for day in range(1, 8)
    ]
    newest_first = list(reversed(ids))
    with database.session() as session:
        assert count_notes(session, KALMAR) == 7
        pages = [
            [n.id for n in list_notes(session, KALMAR, offset=offset, limit=3)]
            for offset in (0, 3, 6, 9)
        ]
        everything = [n.id for n in list_notes(session, KALMAR)]
        from_second = [n.id for n in list_notes(session, KALMAR, offset=1)]
    assert pages == [newest_first[0:3], newest_first[3:6], newest_first[6:7], []]
    assert everything == newest_first
    assert from_second == newest_first[1:]


def test_count_and_list_of_municipality_without_notes(database: Database) -> None:
    with database.session() as session:
        assert count_notes(session, BODEN) == 0
        assert list_notes(session, BODEN) == []
        assert count_notes(session, "9999") == 0


def test_preview_is_limited(database: Database) -> None:
    body = "🏪 Lanthandeln i Böda " * 100
    note = _create(database, body=body)
    with database.session() as session:
        (summary,) = list_notes(session, KALMAR)
    assert len(summary.preview) <= notes.PREVIEW_CHARS
    assert summary.preview == body[: notes.PREVIEW_CHARS]
    assert _get(database, note.id) is not None


# --- validation --------------------------------------------------------------------------


@pytest.mark.parametrize("body", ["", " ", "\n\n", "\t \r\n ", "\u00a0\u2003", "\x00", " \x00 "])
def test_empty_body_is_refused(database: Database, body: str) -> None:
    with pytest.raises(ValidationError) as info, database.session() as session:
        create_note(session, KALMAR, NoteInput(body=body))
    assert info.value.field == "body"
    assert info.value.reason == "empty"
    with database.session() as session:
        assert count_notes(session, KALMAR) == 0


def test_empty_body_is_refused_on_update(database: Database) -> None:
    note = _create(database, body="Innehåll")
    with pytest.raises(ValidationError) as info, database.session() as session:
        update_note(session, note.id, NoteInput(body="  \n "))
    assert info.value.field == "body"
    assert _get(database, note.id) == note


def test_unknown_category_is_refused(database: Database) -> None:
    with pytest.raises(ValidationError) as info, database.session() as session:
        create_note(session, KALMAR, NoteInput(body="text", category="gossip"))
    assert info.value.field == "category"


def test_unknown_municipality_is_refused(database: Database) -> None:
    with pytest.raises(ValidationError) as info, database.session() as session:
        create_note(session, "9999", NoteInput(body="text"))
    assert info.value.field == "municipality"


def test_too_long_title_and_author_are_refused(database: Database) -> None:
    with pytest.raises(ValidationError) as info, database.session() as session:
        create_note(session, KALMAR, NoteInput(body="text", title="x" * 501))
    assert info.value.field == "title"
    with pytest.raises(ValidationError) as info, database.session() as session:
        create_note(session, KALMAR, NoteInput(body="text", author="x" * 201))
    assert info.value.field == "author"
    _create(database, title="x" * 500, author="y" * 200)  # the limits themselves are fine


def test_too_long_body_is_refused_before_touching_the_database() -> None:
    with pytest.raises(ValidationError) as info:
        notes.validate(NoteInput(body="x" * (notes.MAX_BODY_CHARS + 1)))
    assert info.value.field == "body"
    assert info.value.reason == "too_long"


def _raw_insert(database: Database, body: str, category: str = "other") -> None:
    with database.session() as session:
        session.execute(
            text(
                "INSERT INTO note (id, created_at, updated_at, municipality_code, title, body,"
                " category, concerns_date, author) VALUES (:id, '2025-01-01 00:00:00.000000',"
                " '2025-01-01 00:00:00.000000', :code, '', :body, :category, '2025-01-01', '')"
            ),
            {"id": str(uuid.uuid4()), "code": KALMAR, "body": body, "category": category},
        )


@pytest.mark.parametrize("body", ["", "   ", "\t\r\n "])
def test_database_itself_refuses_empty_body(database: Database, body: str) -> None:
    with pytest.raises(IntegrityError, match="ck_note_body_not_empty"):
        _raw_insert(database, body)


def test_database_itself_refuses_unknown_category(database: Database) -> None:
    with pytest.raises(IntegrityError, match="ck_note_category"):
        _raw_insert(database, "text", category="gossip")


def test_database_itself_refuses_note_on_unknown_municipality(database: Database) -> None:
    with pytest.raises(IntegrityError), database.session() as session:
        session.execute(
            text(
                "INSERT INTO note (id, created_at, updated_at, municipality_code, title, body,"
                " category, concerns_date, author) VALUES ('x', '2025-01-01', '2025-01-01',"
                " '9999', '', 'text', 'other', '2025-01-01', '')"
            )
        )


def test_raw_insert_with_valid_body_is_accepted(database: Database) -> None:
    _raw_insert(database, "Giltig text")
    with database.session() as session:
        assert count_notes(session, KALMAR) == 1


# --- text that must survive unchanged ------------------------------------------------------

ROUND_TRIP_BODIES = {
    "swedish": "Åtgärd: ansvarig är näringslivsutvecklaren; klart senast 31/12. ÅÄÖ åäö é ü",
    "emoji": "Möte ☕🏪🚚📦 👩🏽‍💼 🇸🇪 — bra stämning 👍",
    "hebrew": "פגישה עם בעל החנות בכפר",
    "arabic": "اجتماع مع صاحب المتجر في القرية",
    "mixed_direction": "Kalmar: \u202bשלום עולם\u202c och مرحبا (2025)",
    "control_characters": "rad1\r\nrad2\rrad3\x01\x02\x07\x08\x0b\x0c\x1b[31m\x1f\x7f slut",
    "combining": "e\u0301 vs \u00e9, A\u030a vs \u00c5",
    "leading_and_trailing_space": "   text med mellanslag runt   \n\n",
    "zero_width": "ord\u200bmed\u200cnolla\u200d\ufeff",
    "sql_like": "'); DROP TABLE note; -- \" % _ \\",
}


@pytest.mark.parametrize("body", ROUND_TRIP_BODIES.values(), ids=ROUND_TRIP_BODIES.keys())
def test_body_and_title_round_trip(database: Database, body: str) -> None:
    title = body.strip()[:100]
    note = _create(database, body=body, title=title)
    again = _get(database, note.id)
    assert again is not None
    assert again.body == body
    assert again.title == title.strip()
    with database.session() as session:
        (summary,) = list_notes(session, KALMAR)
    assert summary.preview == body[: notes.PREVIEW_CHARS]


def test_one_megabyte_body_round_trips(database: Database) -> None:
    line = "Rad {:06d}: lägesbeskrivning för Södermöre – dagligvaror, drivmedel, post.\n"
    body = "".join(line.format(i) for i in range(15_000))[: 1024 * 1024]
    assert len(body) == 1024 * 1024
    note = _create(database, body=body)
    again = _get(database, note.id)
    assert again is not None
    assert again.body == body
    with database.session() as session:
        (summary,) = list_notes(session, KALMAR)
    assert summary.preview == body[: notes.PREVIEW_CHARS]


def test_nul_characters_are_dropped_not_crashing(database: Database) -> None:
    """A NUL is invisible and meaningless in a note; it must not make saving fail."""
    note = _create(database, body="\x00Inklistrad text\x00 med NUL")
    again = _get(database, note.id)
    assert again is not None
    assert again.body == "Inklistrad text med NUL"
    with database.session() as session:
        updated = update_note(session, note.id, NoteInput(body=" \x00x"))
    assert updated.body == " x"


# --- author ------------------------------------------------------------------------------


def test_default_author_uses_configured_name_trimmed() -> None:
    assert default_author(" Anna ") == "Anna"
    assert default_author("Anna Svensson") == "Anna Svensson"


def test_default_author_falls_back_to_os_user() -> None:
    assert default_author("") == getpass.getuser()
    assert default_author("   ") == getpass.getuser()
