"""The notes' words for counting on PostgreSQL (``NOTE_WORDS_TABLE``): kept by the server
itself on every save, trash, restore and purge, so the count a search shows is the number
of notes it can list. Who may write the table is tested in ``test_server_rights``."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import text

from servicepunkt_gui.core import notes, trash
from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.notes import NoteInput
from servicepunkt_gui.core.search import SearchScope, search_results
from servicepunkt_gui.core.search_postgres_schema import NOTE_WORDS_TABLE

SORSELE, ARJEPLOG = "2422", "2506"


@pytest.fixture
def postgres(new_postgres_database: Callable[..., Database]) -> Database:
    return new_postgres_database()


def _kept(database: Database) -> list[tuple[str, str, str]]:
    with database.read_session() as session:
        rows = session.execute(
            text(f"SELECT note_id, municipality_code, words::text FROM {NOTE_WORDS_TABLE}")
        ).all()
    return sorted((str(a), str(b), str(c)) for a, b, c in rows)


def _expected(database: Database) -> list[tuple[str, str, str]]:
    with database.read_session() as session:
        rows = session.execute(
            text(
                "SELECT id, municipality_code, strip(search_document)::text FROM note "
                "WHERE deleted_at IS NULL"
            )
        ).all()
    return sorted((str(a), str(b), str(c)) for a, b, c in rows)


def _counted(database: Database, typed: str, code: str | None = None) -> int:
    with database.read_session() as session:
        found = search_results(session, typed, scope=SearchScope(municipality_code=code))
    return found.counts["note"]


def test_the_count_follows_every_save_trash_restore_and_purge(postgres: Database) -> None:
    with postgres.session() as session:
        first = notes.create_note(session, SORSELE, NoteInput("Paketombud i Ammarnäs")).id
        second = notes.create_note(session, SORSELE, NoteInput("Paketombud vid macken")).id
        third = notes.create_note(session, ARJEPLOG, NoteInput("Drivmedel i Jäckvik")).id
    assert _kept(postgres) == _expected(postgres)
    assert (_counted(postgres, "paketombud"), _counted(postgres, "jäckvik")) == (2, 1)

    with postgres.session() as session:
        notes.update_note(session, third, NoteInput("Paketombud och drivmedel i Jäckvik"))
    assert _counted(postgres, "paketomb") == 3
    assert _counted(postgres, "paketombud", ARJEPLOG) == 1  # a narrowed search too

    with postgres.session() as session:
        notes.delete_note(session, first)
    assert _kept(postgres) == _expected(postgres)
    assert _counted(postgres, "paketombud") == 2  # the trash is not searched

    with postgres.session() as session:
        trash.restore(session, "note", first)
    assert _counted(postgres, "ammarnäs") == 1

    with postgres.session() as session:
        notes.delete_note(session, second)
        [item] = [i for i in trash.list_trash(session) if i.id == second]
        trash.delete_forever(session, item)
    assert _kept(postgres) == _expected(postgres)
    assert _counted(postgres, "macken") == 0

    with postgres.session() as session:  # moved to another municipality, by the IT department
        session.execute(
            text("UPDATE note SET municipality_code = :to WHERE id = :id"),
            {"to": ARJEPLOG, "id": first},
        )
    assert _kept(postgres) == _expected(postgres)
    assert _counted(postgres, "ammarnäs", ARJEPLOG) == 1


def test_a_save_that_changes_no_word_leaves_the_words_row_alone(postgres: Database) -> None:
    def row_version_of_words() -> str:  # xmin: the transaction that last wrote the row
        with postgres.read_session() as session:
            return str(
                session.execute(text(f"SELECT xmin::text FROM {NOTE_WORDS_TABLE}")).scalar_one()
            )

    with postgres.session() as session:
        made = notes.create_note(session, SORSELE, NoteInput("Möte om lanthandeln"))
    written = row_version_of_words()
    with postgres.session() as session:
        notes.update_note(session, made.id, NoteInput("Möte om lanthandeln", category="decision"))
    assert row_version_of_words() == written
    with postgres.session() as session:
        notes.update_note(session, made.id, NoteInput("Möte om lanthandeln i Gargnäs"))
    assert row_version_of_words() != written


def test_a_phrase_is_counted_from_the_notes_themselves(postgres: Database) -> None:
    with postgres.session() as session:
        notes.create_note(session, SORSELE, NoteInput("Kommunstyrelsen beslutade i dag."))
        notes.create_note(session, SORSELE, NoteInput("Beslutade kommunstyrelsen? Nej."))
    assert _counted(postgres, "kommunstyrelsen beslutade") == 2
    assert _counted(postgres, '"kommunstyrelsen beslutade"') == 1
    assert _counted(postgres, "kommun_styrelsen") == 0  # a word of parts is a phrase too
