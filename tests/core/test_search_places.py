"""Places, agreements and grant cases are searchable (migration 0010's indexes) as notes,
plans, goals and actions are: ranked, with marked snippets, accents ignored, hostile input
searched for, narrowed by kind, county and municipality, and nothing from the trash."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing

import pytest
from sqlalchemy import update

from servicepunkt_gui.core import notes
from servicepunkt_gui.core.changes import RecordKind, collected
from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.place_models import Agreement, GrantCase, ServicePlace
from servicepunkt_gui.core.search import (
    KINDS,
    MARK_END,
    MARK_START,
    SearchHit,
    SearchScope,
    search,
    search_results,
)
from servicepunkt_gui.core.search_health import (
    SearchIndexFault,
    SearchIndexProblem,
    check_and_heal,
    heal_search_index,
    search_index_problems,
)
from servicepunkt_gui.core.vocabulary import GrantDecider, GrantType, PlaceKind

ORNSKOLDSVIK, HARNOSAND, SKELLEFTEA = "2284", "2280", "2482"
NEW_KINDS = ("place", "agreement", "grant")


def _place(database: Database, code: str, name: str, **fields: object) -> str:
    with database.session() as session:
        place = ServicePlace(municipality_code=code, name=name, **fields)
        session.add(place)
        session.flush()
        return place.id


def _agreement(database: Database, place_id: str, code: str, **fields: object) -> str:
    with database.session() as session:
        agreement = Agreement(
            municipality_code=code,
            place_id=place_id,
            starts_on=dt.date(2025, 1, 1),
            ends_on=dt.date(2027, 12, 31),
            **fields,
        )
        session.add(agreement)
        session.flush()
        return agreement.id


def _grant(database: Database, code: str, **fields: object) -> str:
    values: dict[str, object] = {
        "grant_type": GrantType.HOME_DELIVERY_GRANT,
        "decider": GrantDecider.REGION,
        "first_year": 2026,
        "last_year": 2026,
    }
    values.update(fields)
    with database.session() as session:
        grant = GrantCase(municipality_code=code, **values)
        session.add(grant)
        session.flush()
        return grant.id


Model = type[ServicePlace | Agreement | GrantCase]


def _trash(database: Database, model: Model, id_: str) -> None:
    with database.session() as session:
        session.execute(
            update(model).where(model.id == id_).values(deleted_at=dt.datetime(2026, 12, 1))
        )


def _restore(
    database: Database, model: type[ServicePlace | Agreement | GrantCase], id_: str
) -> None:
    with database.session() as session:
        session.execute(update(model).where(model.id == id_).values(deleted_at=None))


def _damage(database: Database, statement: str) -> None:
    """Damage the file from outside, as another program would, then connect afresh."""
    with closing(sqlite3.connect(database.file, isolation_level=None)) as connection:
        connection.execute(statement)
    database.engine.dispose()


def _hits(database: Database, query: str, scope: SearchScope | None = None) -> list[SearchHit]:
    with database.read_session() as session:
        return search(session, query, scope=scope)


def _found(database: Database, query: str) -> list[tuple[str, str, str]]:
    return [(hit.kind, hit.item_id, hit.title) for hit in _hits(database, query)]


@pytest.fixture
def register(database: Database) -> dict[str, str]:
    """A place with an agreement and a grant case in Örnsköldsvik; a place in Härnösand and
    one in Skellefteå with the same word."""
    bredbyn = _place(
        database,
        ORNSKOLDSVIK,
        "Bredbyns Livs",
        kind=PlaceKind.SERVICE_POINT,
        locality="Bredbyn",
        address="Storgatan 4",
        operator_name="Bredbyn Handel AB",
        contact_person="Åsa Öberg",
        other_service="Vedförsäljning",
    )
    agreement = _agreement(
        database,
        bredbyn,
        ORNSKOLDSVIK,
        case_number="KS 2024/117",
        extension_terms="Förlängs ett år i taget om ingen säger upp det.",
        other_task="Anslagstavla",
        comment="Avtalet följs upp med byalaget.",
    )
    grant = _grant(
        database,
        ORNSKOLDSVIK,
        title="Hemsändning i Bredbyn 2026",
        decider_case_number="RV 2026/1234",
        conditions="Redovisning av körningar senast i mars.",
    )
    harnosand = _place(database, HARNOSAND, "Lövudden Livs", locality="Lövudden")
    skelleftea = _place(database, SKELLEFTEA, "Byske Livs", locality="Byske")
    return {
        "bredbyn": bredbyn,
        "agreement": agreement,
        "grant": grant,
        "harnosand": harnosand,
        "skelleftea": skelleftea,
    }


def test_the_new_kinds_are_offered_after_the_old_ones() -> None:
    assert ("note", "plan", "goal", "action", *NEW_KINDS) == KINDS
    assert SearchScope().kinds == frozenset(KINDS)


def test_a_place_is_found_by_every_indexed_field(
    database: Database, register: dict[str, str]
) -> None:
    bredbyn = ("place", register["bredbyn"], "Bredbyns Livs")
    for query in ("bredbyns", "storgatan", "handel", "öberg", "vedförsäljning"):
        assert bredbyn in _found(database, query), query
    [hit] = _hits(database, "storgatan")
    assert (hit.municipality_code, hit.municipality_name) == (ORNSKOLDSVIK, "Örnsköldsvik")
    assert hit.plan_id is None and hit.grant_type == ""
    assert f"{MARK_START}Storgatan{MARK_END} 4" in hit.snippet


def test_an_agreement_is_found_and_titled_by_its_place(
    database: Database, register: dict[str, str]
) -> None:
    for query in ("KS 2024/117", "förlängs", "anslagstavla", "byalaget"):
        assert _found(database, query) == [("agreement", register["agreement"], "Bredbyns Livs")]
    [hit] = _hits(database, "anslagstavla")
    assert hit.municipality_code == ORNSKOLDSVIK
    assert hit.snippet == f"{MARK_START}Anslagstavla{MARK_END}"


def test_a_grant_case_is_found_with_its_type(database: Database, register: dict[str, str]) -> None:
    for query in ("RV 2026/1234", "körningar", '"hemsändning i bredbyn"'):
        assert _found(database, query) == [
            ("grant", register["grant"], "Hemsändning i Bredbyn 2026")
        ], query
    [hit] = _hits(database, "redovisning")
    assert hit.grant_type == GrantType.HOME_DELIVERY_GRANT
    assert hit.municipality_code == ORNSKOLDSVIK
    assert MARK_START + "Redovisning" + MARK_END in hit.snippet


def test_accents_are_ignored_and_words_match_from_their_beginning(
    database: Database, register: dict[str, str]
) -> None:
    assert [h.item_id for h in _hits(database, "lovudd")] == [register["harnosand"]]
    assert [h.item_id for h in _hits(database, "LÖVUDDEN")] == [register["harnosand"]]
    assert ("place", register["bredbyn"], "Bredbyns Livs") in _found(database, "asa oberg")
    assert [h.kind for h in _hits(database, "vedforsalj")] == ["place"]


@pytest.mark.parametrize(
    "hostile",
    [
        'Bredbyns" OR "',
        "bredbyns*)",
        "NEAR(bredbyns livs)",
        "name:bredbyns",
        "'; DROP TABLE service_place; --",
        "^bredbyns",
        "{name locality}: bredbyns",
    ],
)
def test_hostile_input_is_searched_for(
    database: Database, register: dict[str, str], hostile: str
) -> None:
    found = _hits(database, hostile)  # never raises
    assert all(hit.kind == "place" for hit in found)
    assert _found(database, "bredbyns")  # and the table is still there


def test_a_better_match_ranks_first(database: Database, register: dict[str, str]) -> None:
    # A word in a place's name weighs more than the same word in its address.
    by_address = _place(database, SKELLEFTEA, "Lanthandeln", address="Kvarnbackens väg 2")
    by_name = _place(database, SKELLEFTEA, "Kvarnbackens lanthandel", address="Byvägen 1")
    for n in range(4):  # other places, so that the word is a rare one
        _place(database, SKELLEFTEA, f"Butik {n}")
    assert [hit.item_id for hit in _hits(database, "kvarnbacken")] == [by_name, by_address]


def test_narrowed_by_kind_county_and_municipality(
    database: Database, register: dict[str, str]
) -> None:
    with database.session() as session:
        notes.create_note(session, ORNSKOLDSVIK, notes.NoteInput("Livs i Bredbyn."))
    with database.read_session() as session:
        everything = search_results(session, "livs")
        assert everything.counts == {
            "note": 1, "plan": 0, "goal": 0, "action": 0, "place": 3, "agreement": 0, "grant": 0,
        }  # fmt: skip
        places = search_results(session, "livs", scope=SearchScope(kinds=frozenset({"place"})))
        assert {hit.kind for hit in places.hits} == {"place"} and places.total == 3
        county = search_results(session, "livs", scope=SearchScope(county_code="22"))
        assert {hit.municipality_code for hit in county.hits} == {ORNSKOLDSVIK, HARNOSAND}
        one = search_results(session, "bredbyn", scope=SearchScope(municipality_code=HARNOSAND))
        assert one.hits == ()
        both = search_results(
            session,
            "bredbyn",
            scope=SearchScope(
                municipality_code=ORNSKOLDSVIK, kinds=frozenset({"agreement", "grant"})
            ),
        )
        assert {hit.kind for hit in both.hits} == {"grant"}  # "Bredbyn" is the grant's title
        assert both.counts["place"] == 0  # not searched at all


def test_what_is_in_the_trash_is_not_found(database: Database, register: dict[str, str]) -> None:
    _trash(database, GrantCase, register["grant"])
    assert _found(database, "körningar") == []
    _restore(database, GrantCase, register["grant"])
    assert [hit[0] for hit in _found(database, "körningar")] == ["grant"]

    _trash(database, Agreement, register["agreement"])
    assert _found(database, "anslagstavla") == []
    _restore(database, Agreement, register["agreement"])

    # The place in the trash takes its agreement with it (the grant case stays: its
    # applicant is then the municipality's business, and it is a record of its own).
    _trash(database, ServicePlace, register["bredbyn"])
    assert _found(database, "storgatan") == []
    assert _found(database, "anslagstavla") == []
    with database.read_session() as session:
        counted = search_results(session, "bredbyn").counts
    assert (counted["place"], counted["agreement"], counted["grant"]) == (0, 0, 1)
    _restore(database, ServicePlace, register["bredbyn"])
    assert [hit[0] for hit in _found(database, "anslagstavla")] == ["agreement"]


def test_an_edit_is_followed_and_a_deleted_row_is_gone(
    database: Database, register: dict[str, str]
) -> None:
    with database.session() as session:
        session.execute(
            update(ServicePlace)
            .where(ServicePlace.id == register["skelleftea"])
            .values(name="Byske Handelsbod")
        )
    assert _found(database, "handelsbod") == [("place", register["skelleftea"], "Byske Handelsbod")]
    with database.session() as session:
        session.delete(session.get(ServicePlace, register["skelleftea"]))
    assert _found(database, "byske") == []


@pytest.mark.sqlite_only  # FTS5's tables; PostgreSQL has nothing to heal
@pytest.mark.parametrize(
    ("index", "kind", "query", "model"),
    [
        ("place_fts", RecordKind.PLACE, "storgatan", ServicePlace),
        ("agreement_fts", RecordKind.AGREEMENT, "anslagstavla", Agreement),
        ("grant_fts", RecordKind.GRANT, "körningar", GrantCase),
    ],
)
def test_the_new_indexes_are_checked_and_healed(
    database: Database,
    register: dict[str, str],
    index: str,
    kind: RecordKind,
    query: str,
    model: Model,
) -> None:
    with database.session() as session:
        assert search_index_problems(session, thorough=True) == []
        session.rollback()
    _damage(database, f"DROP TABLE {index}")
    with database.session() as session:
        problems = search_index_problems(session)
        assert problems == [SearchIndexProblem(index, SearchIndexFault.TABLE_MISSING)]
        heal_search_index(session, problems)
        assert collected(session).kinds == {kind}
    assert [hit.kind for hit in _hits(database, query)] == [kind.value]

    _damage(database, f"DROP TRIGGER {index}_after_update")
    assert check_and_heal(database) == [
        SearchIndexProblem(index, SearchIndexFault.TRIGGER_MISSING, f"{index}_after_update")
    ]
    # The trigger is back: an edit is followed again.
    column = {"place_fts": "name", "agreement_fts": "comment", "grant_fts": "title"}[index]
    with database.session() as session:
        session.execute(update(model).values({column: "Kvarnbacken"}))
    assert {hit.kind for hit in _hits(database, "kvarnbacken")} == {kind.value}

    # Out of step: rows the index does not hold are found by the quick check.
    _damage(database, f"INSERT INTO {index}({index}) VALUES ('delete-all')")
    assert [p.fault for p in check_and_heal(database)] == [SearchIndexFault.OUT_OF_STEP]
    assert {hit.kind for hit in _hits(database, "kvarnbacken")} == {kind.value}
