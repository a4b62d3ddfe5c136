"""Search tells how many match, not only how many are shown, and narrows by place and kind."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import insert

from servicepunkt_gui.core import actions, notes, plans
from servicepunkt_gui.core import search as search_module
from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.models import Note
from servicepunkt_gui.core.search import (
    DEFAULT_LIMIT,
    KINDS,
    SearchScope,
    search,
    search_places,
    search_results,
)
from servicepunkt_gui.core.text import swedish_sort_key

MANY = DEFAULT_LIMIT + 30  # more than one screenful of hits


@pytest.fixture
def many(database: Database) -> Database:
    """MANY notes about hemsändning in Örnsköldsvik, five more of them in the trash."""
    with database.session() as session:
        for n in range(MANY + 5):
            note = notes.create_note(
                session, "2284", notes.NoteInput(f"Hemsändning nummer {n} till Bredbyn.")
            )
            if n >= MANY:
                notes.delete_note(session, note.id)
    return database


@pytest.fixture
def spread(database: Database) -> Database:
    """The same word in a note, plan, goal and action, in two counties and three places."""
    with database.session() as session:
        notes.create_note(session, "2284", notes.NoteInput("Dagligvaror i Bredbyn."))
        notes.create_note(session, "2280", notes.NoteInput("Dagligvaror i Härnösand."))
        notes.create_note(session, "2482", notes.NoteInput("Dagligvaror i Lövånger."))
        plan = plans.create_plan(
            session, "2284", plans.PlanInput("Dagligvaror i byarna", 2026, 2030), "Anna"
        )
        actions.add_goal(session, plan.id, "Dagligvaror inom 20 minuter")
        actions.add_action(session, plan.id, actions.ActionInput("Dagligvaror med hemsändning"))
        other = plans.create_plan(
            session, "2482", plans.PlanInput("Serviceplan Skellefteå", 2026, 2030), "Per"
        )
        actions.add_goal(session, other.id, "Dagligvaror i varje by")
    return database


@pytest.mark.parametrize("broad", [False, True], ids=["ranked", "broad"])
def test_the_count_is_every_match_not_the_limit(
    many: Database, broad: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if broad:  # so many matches that the newest are shown rather than the best-ranked
        monkeypatch.setattr(search_module, "BROAD_MATCH", 50)
    with many.read_session() as session:
        first = search_results(session, "hemsändning")
        more = search_results(session, "hemsändning", limit=2 * DEFAULT_LIMIT)
    assert len(first.hits) == DEFAULT_LIMIT
    assert first.total == MANY  # the five in the trash are not counted
    assert first.counts == {**dict.fromkeys(KINDS, 0), "note": MANY}
    assert first.more
    # Showing more: everything, with the hits shown before among them.
    assert len(more.hits) == MANY and more.total == MANY and not more.more
    assert {hit.item_id for hit in first.hits} <= {hit.item_id for hit in more.hits}
    # The list-returning search is the same hits.
    with many.read_session() as session:
        assert [h.item_id for h in search(session, "hemsändning")] == [
            h.item_id for h in first.hits
        ]


def test_nothing_typed_or_nothing_found_counts_nothing(many: Database) -> None:
    with many.read_session() as session:
        for typed in ("", '"', "zzzqqq"):
            result = search_results(session, typed)
            assert (result.hits, result.total, result.more) == ((), 0, False)


def _found(database: Database, scope: SearchScope) -> tuple[set[tuple[str, str]], int]:
    with database.read_session() as session:
        result = search_results(session, "dagligvaror", scope=scope)
    return {(hit.kind, hit.municipality_code) for hit in result.hits}, result.total


def test_narrowing_by_county_municipality_and_kind(spread: Database) -> None:
    everything = {
        ("note", "2284"),
        ("note", "2280"),
        ("note", "2482"),
        ("plan", "2284"),
        ("goal", "2284"),
        ("action", "2284"),
        ("goal", "2482"),
    }
    assert _found(spread, SearchScope()) == (everything, 7)
    västernorrland = {hit for hit in everything if hit[1] in ("2284", "2280")}
    assert _found(spread, SearchScope(county_code="22")) == (västernorrland, 5)
    orn = {hit for hit in everything if hit[1] == "2284"}
    assert _found(spread, SearchScope(municipality_code="2284")) == (orn, 4)
    goals = {hit for hit in everything if hit[0] == "goal"}
    assert _found(spread, SearchScope(kinds=frozenset({"goal"}))) == (goals, 2)
    # Combined: every condition holds.
    assert _found(spread, SearchScope(county_code="22", kinds=frozenset({"note"}))) == (
        {("note", "2284"), ("note", "2280")},
        2,
    )
    assert _found(spread, SearchScope(county_code="24", kinds=frozenset({"goal", "plan"}))) == (
        {("goal", "2482")},
        1,
    )
    # A municipality outside the county, or no kind at all: nothing, and no error.
    assert _found(spread, SearchScope(county_code="24", municipality_code="2284")) == (set(), 0)
    assert _found(spread, SearchScope(kinds=frozenset())) == (set(), 0)


def test_counts_per_kind_follow_the_narrowing(spread: Database) -> None:
    with spread.read_session() as session:
        result = search_results(session, "dagligvaror", scope=SearchScope(county_code="22"))
    assert result.counts == {
        **dict.fromkeys(KINDS, 0),
        "note": 2,
        "plan": 1,
        "goal": 1,
        "action": 1,
    }
    assert tuple(result.counts) == KINDS


def test_places_to_narrow_to(spread: Database) -> None:
    with spread.read_session() as session:
        counties, municipalities = search_places(session)
    assert len(counties) == 21
    assert ("22", "Västernorrlands län") in counties
    assert len(municipalities) == 290
    assert ("2284", "Örnsköldsvik", "22") in municipalities
    names = [name for _code, name, _county in municipalities]
    assert names == sorted(names, key=swedish_sort_key)  # Å, Ä, Ö last, as in the list
    assert names[0] == "Ale" and names[-1] == "Övertorneå"


@pytest.mark.parametrize("every", [1, 20], ids=["most-match", "few-match"])
def test_with_many_matches_the_newest_are_shown(
    database: Database, every: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """More matches than BROAD_MATCH: the newest are shown and all are counted, whether
    PostgreSQL walks its newest-first index (most notes match) or sorts the matches (few
    of many notes do, which it knows once the table has been analysed)."""
    monkeypatch.setattr(search_module, "BROAD_MATCH", 10)
    start = dt.datetime(2026, 1, 1, 8, 0)
    rows = [
        {
            "municipality_code": "2284",
            "body": f"{'Bygdegård' if n % every == 0 else 'Skola'} nummer {n} i Bredbyn.",
            "concerns_date": start.date(),
            "created_at": start + dt.timedelta(minutes=n),
            "updated_at": start + dt.timedelta(minutes=n),
        }
        for n in range(2 * DEFAULT_LIMIT + 40)
    ]
    with database.session() as session:
        session.execute(insert(Note), rows)
    if database.dialect == "postgresql":
        with database.engine.connect() as connection:
            connection.exec_driver_sql("ANALYZE note")
            connection.commit()
    bodies = [str(row["body"]) for row in rows]
    matching = [body for body in bodies if body.startswith("Bygdegård")]
    with database.read_session() as session:
        result = search_results(session, "bygdegård")
    assert result.counts["note"] == len(matching)
    newest = set(matching[::-1][:DEFAULT_LIMIT])
    assert {hit.title for hit in result.hits} == {body[:80] for body in newest}
