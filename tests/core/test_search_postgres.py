"""Search on PostgreSQL (``core.search_postgres``): the GIN indexes are used, words are
folded as FTS5 folds them, and whatever is typed is searched for, never an error.

The behaviour tests run on both engines (the ``database`` fixture), so each shows the
same answer on either; the plans and the schema are PostgreSQL's own.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event, insert, text

from servicepunkt_gui.core import notes, search_postgres
from servicepunkt_gui.core import search as search_module
from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.models import Note
from servicepunkt_gui.core.notes import NoteFilter, NoteInput
from servicepunkt_gui.core.search import MARK_END, MARK_START, rebuild_index, search
from servicepunkt_gui.core.search_health import check_and_heal, search_index_problems
from servicepunkt_gui.core.search_postgres_schema import (
    BM25_CLASS,
    FOLD_FUNCTION,
    NOTE_WORDS_TABLE,
    WEIGHTS,
    drop_statements,
    index_name,
    schema_statements,
)

ORNSKOLDSVIK = "2284"
CODES = ("2284", "2280", "2482", "2506", "1730", "0512", "2281", "2283", "2260", "2262")
Statements = list[tuple[str, Any]]


def _notes(database: Database, query: str) -> list[str]:
    with database.read_session() as session:
        return [hit.title for hit in search(session, query) if hit.kind == "note"]


@pytest.fixture
def letters(database: Database) -> Database:
    with database.session() as session:
        for title, body in (
            ("Åsa Öberg", "Samtal om hemsändning i Ärtviken."),
            ("Émile Müller", "Café och bageri."),
            ("Asa Oberg", "Utan prickar."),
            ("Drivmedel", "Bensin & diesel: i Jäckvik! KS 2024/0815, e-post info@jackvik.se."),
        ):
            notes.create_note(session, ORNSKOLDSVIK, NoteInput(body, title=title))
    return database


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("åsa", ["Asa Oberg", "Åsa Öberg"]),  # å and a are one letter to search
        ("ASA ÖBERG", ["Asa Oberg", "Åsa Öberg"]),
        ("oberg", ["Asa Oberg", "Åsa Öberg"]),
        ("artvik", ["Åsa Öberg"]),
        ("ÄRTVIKEN", ["Åsa Öberg"]),
        ("hemsä", ["Åsa Öberg"]),
        ("emile muller", ["Émile Müller"]),
        ("cafe", ["Émile Müller"]),
        ("jäckvik", ["Drivmedel"]),
        ("0815", ["Drivmedel"]),  # split where FTS5 splits: at "/", "@", ".", "-"
        ("2024/08", ["Drivmedel"]),
        ("jackvik.se", ["Drivmedel"]),
        ("post", ["Drivmedel"]),
        ('"bensin diesel"', ["Drivmedel"]),  # "&" and ":" are no words
        ('"diesel bensin"', []),
        ('"åsa öberg samtal"', []),  # a phrase stays within its column
        ("prick", ["Asa Oberg"]),
        ("rick", []),  # words match from their beginning only
    ],
)
def test_letters_are_folded_and_words_split_as_fts5_does(
    letters: Database, typed: str, found: list[str]
) -> None:
    assert sorted(_notes(letters, typed)) == found


@pytest.mark.parametrize(
    ("hostile", "found"),
    [
        ("'):* & | ! <-> \"", False),
        ("'", False),
        ("''", False),
        ('"', False),
        ("\"'", False),
        ("'bensin", True),
        ("bensin'", True),
        ("bensin:*", True),
        ("bensin:D", True),  # "d": diesel, drivmedel
        ("bensin & diesel", True),
        ("bensin | diesel", True),
        ("bensin | zzz", False),  # every word must match
        ("!bensin", True),
        ("bensin <-> diesel", True),
        ("bensin <2> diesel", True),  # "2" is a word too: 2024
        ("(bensin", True),
        ("\\bensin", True),
        ("%(bensin)s", True),  # "s": se
        (":bensin", True),
        ("$$ bensin $$", True),
        ("'; DROP TABLE note; --", False),
        ("bensin\x00", True),
        ("_ bensin", True),
    ],
)
def test_hostile_input_is_searched_for(letters: Database, hostile: str, found: bool) -> None:
    with letters.read_session() as session:
        hits = [hit.title for hit in search(session, hostile)]
        listed = notes.list_notes(session, ORNSKOLDSVIK, filters=NoteFilter(text=hostile))
    # Every word in it is searched for; the rest is no syntax of any engine's.
    assert hits == (["Drivmedel"] if found else [])
    if search_module.build_match_query(hostile):
        assert [note.title for note in listed] == hits
    else:  # no word typed: the text filter filters nothing
        assert len(listed) == 4


@pytest.mark.parametrize("typed", ["_", "__ ___", "a" * 5000])
def test_a_word_with_nothing_searchable_finds_nothing(letters: Database, typed: str) -> None:
    assert _notes(letters, typed) == []
    with letters.read_session() as session:
        assert notes.list_notes(session, ORNSKOLDSVIK, filters=NoteFilter(text=typed)) == []


def test_snippets_are_marked_and_cut_as_fts5_cuts_them(database: Database) -> None:
    words = " ".join(f"ord{n}" for n in range(40))
    with database.session() as session:
        notes.create_note(session, ORNSKOLDSVIK, NoteInput(f"{words} Kvarnbacken {words}"))
        notes.create_note(session, ORNSKOLDSVIK, NoteInput("Möte på Kvarnbacken.", title="Kort"))
    with database.read_session() as session:
        long, short = sorted(search(session, "kvarnback"), key=lambda hit: len(hit.snippet))[::-1]
    assert short.snippet == f"Möte på {MARK_START}Kvarnbacken{MARK_END}."
    assert long.snippet.startswith("…") and long.snippet.endswith("…")
    assert f"{MARK_START}Kvarnbacken{MARK_END}" in long.snippet
    assert 10 <= len(long.snippet.split()) <= 16  # about 14 words, as snippet(…, 14)


_FILLER = " ".join(f"ord{n}" for n in range(300))  # 1,790 characters


@pytest.mark.parametrize(
    "body",
    [
        f"Kvarnbäcken {_FILLER}",
        f"{_FILLER} Kvarnbäcken {_FILLER}",
        f"{_FILLER} möte på Kvarnbäcken",
    ],
    ids=["first", "deep", "last"],
)
def test_a_long_note_is_snipped_where_the_word_is(database: Database, body: str) -> None:
    """A long text is snipped around the word (typed without its accent), wherever it is,
    with whole words and "…" where the text goes on."""
    with database.session() as session:
        notes.create_note(session, ORNSKOLDSVIK, NoteInput(body))
    with database.read_session() as session:
        (hit,) = search(session, "kvarnback")
    assert f"{MARK_START}Kvarnbäcken{MARK_END}" in hit.snippet
    assert hit.snippet.startswith("…") == (not body.startswith("Kvarnbäcken"))
    assert hit.snippet.endswith("…") == (not body.endswith("Kvarnbäcken"))
    assert 10 <= len(hit.snippet.split()) <= 16
    shown = hit.snippet.strip("…").replace(MARK_START, "").replace(MARK_END, "")
    assert f" {shown} " in f" {body} "  # whole words, none cut in half


def test_a_long_note_is_snipped_where_all_the_words_are(database: Database) -> None:
    """One of the words alone early in a long text, both together late: the snippet shows
    them together."""
    body = f"Kvarnbäcken {_FILLER} Byalaget på Kvarnbäcken {_FILLER}"
    with database.session() as session:
        notes.create_note(session, ORNSKOLDSVIK, NoteInput(body))
    with database.read_session() as session:
        (hit,) = search(session, "kvarnbäcken byalag")
    assert f"{MARK_START}Byalaget{MARK_END}" in hit.snippet
    assert f"{MARK_START}Kvarnbäcken{MARK_END}" in hit.snippet


@pytest.mark.parametrize(
    ("typed", "marked"),
    [
        (
            '"ansökan om servicebidrag"',
            [["Ansökan om Servicebidrag"], ["ansökan om servicebidrag"]],
        ),
        (
            "ansökan servicebidrag",
            [
                ["Ansökan", "Servicebidrag", "ansokan", "servicebidraget"],
                ["ansökan", "servicebidrag"],
                ["ansökan", "servicebidrag"],
            ],
        ),
        ('"kommunstyrelsen beslutade" om', [["Om", "kommunstyrelsen beslutade", "om"]]),
        ("hem_bil", [["Hem-bil", "hem bil"]]),  # a word of parts is a phrase, "hemma" is not
        (
            "ansökan om_servicebidrag",
            [
                ["Ansökan", "om Servicebidrag", "ansokan", "om servicebidraget"],
                ["ansökan", "om servicebidrag"],
                ["ansökan", "om servicebidrag"],
            ],
        ),
    ],
)
def test_a_phrase_is_marked_as_one_span_and_nowhere_else(
    database: Database, typed: str, marked: list[list[str]]
) -> None:
    """As FTS5 marks: a phrase's words only where they stand together, as one span."""
    with database.session() as session:
        for body in (
            "Frågan om ansökan om servicebidrag tas upp. Ägaren går i pension om två år.",
            "Om bygdens ansökan: kommunstyrelsen beslutade om servicebidrag.",
            "Hem-bil och hem bil, hemma. Hembil.",
            "Ansökan om Servicebidrag: ansokan om servicebidraget, om.",
        ):
            notes.create_note(session, ORNSKOLDSVIK, NoteInput(body))
    with database.read_session() as session:
        found = [
            re.findall(f"{MARK_START}(.*?){MARK_END}", hit.snippet)
            for hit in search(session, typed)
        ]
    assert sorted(found) == sorted(marked)


def test_columns_are_weighted_as_bm25_weighs_them() -> None:
    for source in search_module._SOURCES:
        weights = [float(weight) for weight in source.weights.split(",")]
        assert "".join(BM25_CLASS[weight] for weight in weights) == WEIGHTS[source.index]


@pytest.fixture
def postgres(new_postgres_database: Callable[..., Database]) -> Database:
    return new_postgres_database()


def test_typed_text_becomes_a_tsquery_of_prefixes_and_phrases(postgres: Database) -> None:
    with postgres.read_session() as session:
        query = search_postgres.folded_query(
            session, *search_module.typed_terms('Hemsä "av DAGLIGVAROR" 2024/08 hem_bil _')
        )
        # As FTS5 reads '"av dagligvaror" "Hemsä"* "2024"* "08"* "hem_bil"* "_"*'.
        assert query == "'av' <-> 'dagligvaror' & 'hemsa':* & '2024':* & '08':* & 'hem' <-> 'bil':*"
        assert search_postgres.folded_query(session, [], ["_"]) is None
        folded = session.execute(
            text(f"SELECT {FOLD_FUNCTION}('Hemsändning-bil, KS 2024/0815 🚚ÅÄÖ')")
        ).scalar_one()
    assert folded.split() == ["hemsandning", "bil", "ks", "2024", "0815", "aao"]


@contextmanager
def _statements(database: Database) -> Iterator[Statements]:
    """The SQL statements the code runs meanwhile, with their parameters."""
    seen: Statements = []

    def note(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_args: Any) -> None:
        seen.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(database.engine, "before_cursor_execute", note)


def _plan(database: Database, statement: str, parameters: Any) -> str:
    with database.engine.connect() as connection:
        rows = connection.exec_driver_sql(f"EXPLAIN {statement}", parameters).all()
    return "\n".join(str(row[0]) for row in rows)


def test_a_note_search_uses_the_gin_index(postgres: Database) -> None:
    """Not a timing test: the search and the notes' text filter read the GIN indexes, a
    word counted from the notes' words, a phrase (which needs positions) from the notes."""
    day = dt.date(2026, 1, 1)
    rows = [
        {
            "municipality_code": CODES[n % len(CODES)],
            "body": f"Anteckning {n} om dagligvaror och drivmedel i byn nummer {n % 97}.",
            "concerns_date": day,
        }
        for n in range(4000)
    ]
    rows[1234]["body"] = "Möte om Kvarnbackens lanthandel."
    with postgres.session() as session:
        session.execute(insert(Note), rows)
    with postgres.engine.connect() as connection:
        connection.exec_driver_sql("ANALYZE note")
        connection.commit()

    with _statements(postgres) as seen, postgres.read_session() as session:
        assert [hit.kind for hit in search(session, "kvarnback")] == ["note"]
    counted = next(s for s in seen if "count(*)" in s[0] and NOTE_WORDS_TABLE in s[0])
    assert f"ix_{NOTE_WORDS_TABLE}" in _plan(postgres, *counted)

    with _statements(postgres) as seen, postgres.read_session() as session:
        assert [hit.kind for hit in search(session, '"kvarnbackens lanthandel"')] == ["note"]
    counted = next(s for s in seen if "count(*)" in s[0] and "FROM note c" in s[0])
    assert index_name("note_fts") in _plan(postgres, *counted)

    with _statements(postgres) as seen, postgres.read_session() as session:
        code = rows[1234]["municipality_code"]
        found = notes.list_notes(session, str(code), filters=NoteFilter(text="kvarnbacken"))
        assert [note.preview for note in found] == ["Möte om Kvarnbackens lanthandel."]
    listed = next(s for s in seen if "@@" in s[0])
    assert index_name("note_fts") in _plan(postgres, *listed)


def test_nothing_to_heal_or_rebuild_on_postgres(postgres: Database) -> None:
    assert check_and_heal(postgres) == []
    assert check_and_heal(postgres, thorough=True) == []
    with _statements(postgres) as seen, postgres.session() as session:
        assert search_index_problems(session, thorough=True) == []
        rebuild_index(session)
    assert not any("sqlite_master" in statement for statement, _ in seen)


def test_the_search_schema_can_be_dropped_and_made_again(postgres: Database) -> None:
    with postgres.session() as session:
        notes.create_note(session, ORNSKOLDSVIK, NoteInput("Laddstolpe i Koppom"))
        for statement in drop_statements():
            session.execute(text(statement))
        left = session.execute(
            text(
                "SELECT (SELECT count(*) FROM pg_indexes WHERE indexname LIKE 'ix\\_%\\_search')"
                " + (SELECT count(*) FROM pg_proc WHERE proname = :fold)"
                " + (SELECT count(*) FROM pg_ts_config WHERE cfgname = 'servicepunkt_search')"
            ),
            {"fold": FOLD_FUNCTION},
        ).scalar_one()
        assert left == 0
        for statement in schema_statements()[1:]:  # unaccent itself stays, as a downgrade
            session.execute(text(statement))
    with postgres.read_session() as session:
        [hit] = search(session, "koppom")
    assert hit.snippet == f"Laddstolpe i {MARK_START}Koppom{MARK_END}"
