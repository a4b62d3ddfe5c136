"""A municipality's notes filtered by category, dates, author and text, in SQL."""

from __future__ import annotations

import datetime as dt

import pytest

from servicepunkt_gui.core import notes
from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.notes import NoteFilter, NoteInput

CODE = "2284"  # Örnsköldsvik


@pytest.fixture
def filled(database: Database) -> Database:
    rows = [
        ("Möte med byalaget i Köpmanholmen", "meeting", dt.date(2025, 1, 10), "Åsa Ek"),
        ("Dialog om drivmedel", "dialogue", dt.date(2025, 3, 1), "Åsa Ek"),
        ("Beslut i KS om servicepunkt", "decision", dt.date(2025, 6, 15), "Per Berg"),
        ("Uppföljning hos handlaren", "follow_up", dt.date(2025, 9, 30), "Per Berg"),
        ("Övrigt om ÖPPETTIDER", "other", dt.date(2025, 12, 1), ""),
    ]
    with database.session() as session:
        for body, category, day, author in rows:
            notes.create_note(
                session,
                CODE,
                NoteInput(body=body, category=category, concerns_date=day, author=author),
            )
        # Another municipality's note never shows, whatever matches.
        notes.create_note(session, "2506", NoteInput(body="Möte i Arjeplog", author="Åsa Ek"))
    return database


def _bodies(database: Database, filters: NoteFilter | None) -> list[str]:
    with database.session() as session:
        listed = notes.list_notes(session, CODE, filters=filters)
        assert notes.count_notes(session, CODE, filters) == len(listed)
        return [n.preview for n in listed]


def test_no_filter_is_every_note_newest_first(filled: Database) -> None:
    assert len(_bodies(filled, None)) == 5
    assert _bodies(filled, NoteFilter()) == _bodies(filled, None)
    assert NoteFilter().is_empty()
    with filled.session() as session:  # the old positional signature still works
        assert len(notes.list_notes(session, CODE, 1, 2)) == 2


def test_by_category(filled: Database) -> None:
    assert _bodies(filled, NoteFilter(category="decision")) == ["Beslut i KS om servicepunkt"]


def test_by_dates_both_ends_included(filled: Database) -> None:
    between = NoteFilter(date_from=dt.date(2025, 3, 1), date_to=dt.date(2025, 9, 30))
    assert _bodies(filled, between) == [
        "Uppföljning hos handlaren",
        "Beslut i KS om servicepunkt",
        "Dialog om drivmedel",
    ]
    assert len(_bodies(filled, NoteFilter(date_from=dt.date(2025, 6, 16)))) == 2
    assert len(_bodies(filled, NoteFilter(date_to=dt.date(2025, 1, 10)))) == 1


def test_by_author_and_the_authors_to_choose_from(filled: Database) -> None:
    assert len(_bodies(filled, NoteFilter(author="Per Berg"))) == 2
    with filled.session() as session:
        assert notes.note_authors(session, CODE) == ["Per Berg", "Åsa Ek"]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("möte", ["Möte med byalaget i Köpmanholmen"]),
        ("mote", ["Möte med byalaget i Köpmanholmen"]),  # accents do not matter
        ("KÖPMAN", ["Möte med byalaget i Köpmanholmen"]),  # nor case, nor word endings
        ("öppettider", ["Övrigt om ÖPPETTIDER"]),
        ('"om servicepunkt"', ["Beslut i KS om servicepunkt"]),
        ('NEAR( * "', []),  # FTS syntax is searched for as words, never an error
    ],
)
def test_by_text(filled: Database, typed: str, expected: list[str]) -> None:
    assert _bodies(filled, NoteFilter(text=typed)) == expected


def test_filters_combine_and_page(filled: Database) -> None:
    both = NoteFilter(author="Åsa Ek", text="dialog")
    assert _bodies(filled, both) == ["Dialog om drivmedel"]
    with filled.session() as session:
        page = notes.list_notes(session, CODE, 1, 1, filters=NoteFilter(author="Per Berg"))
    assert [n.preview for n in page] == ["Beslut i KS om servicepunkt"]


def test_a_note_in_the_trash_is_not_found(filled: Database) -> None:
    with filled.session() as session:
        first = notes.list_notes(session, CODE, filters=NoteFilter(text="drivmedel"))[0]
        notes.delete_note(session, first.id)
    assert _bodies(filled, NoteFilter(text="drivmedel")) == []
