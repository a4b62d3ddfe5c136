"""Full-text search over notes, plans, goals, actions, places, agreements and grant cases
(SQLite FTS5; on PostgreSQL ``core.search_postgres``, with the same behaviour).

All FTS5 SQL lives here. Whatever the official types is turned into quoted FTS5
terms, so quotes, asterisks, parentheses, AND/OR/NEAR or SQL-looking text never
raise: they are simply searched for. PostgreSQL gets the same phrases and words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import BindParameter, Boolean, ColumnElement, bindparam, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session

from servicepunkt_gui.core import search_postgres
from servicepunkt_gui.core.search_postgres_schema import SEARCH_OBJECTS, SEARCHED
from servicepunkt_gui.core.text import swedish_sort_key

SEARCH_TABLES = (
    "note_fts",
    "plan_fts",
    "action_fts",
    "goal_fts",
    "place_fts",
    "agreement_fts",
    "grant_fts",
)
MARK_START = "\x02"  # snippet() wraps each match in these; the UI turns them into bold
MARK_END = "\x03"
DEFAULT_LIMIT = 100  # enough to scan by eye; snippets cost time per hit

_PHRASE = re.compile(r'"([^"]*)"')
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "note", "plan", "goal", "action", "place", "agreement" or "grant" (KINDS)
    item_id: str
    municipality_code: str
    municipality_name: str
    title: str
    snippet: str  # matches between MARK_START and MARK_END
    rank: float  # lower is better (bm25; on PostgreSQL -ts_rank)
    plan_id: str | None = None  # for goals and actions: their plan; for notes: the one concerned
    # For a grant case its GrantType: the UI puts the type's word before the title (core
    # holds no words the official reads). "" for every other kind.
    grant_type: str = ""


def is_search_table(name: str | None) -> bool:
    """True for the FTS5 tables and their shadow tables, and PostgreSQL's search indexes and
    columns (``core.search_postgres_schema``): made by hand in migrations, kept out of
    autogenerate."""
    if not name:
        return False
    return str(name).startswith(SEARCH_TABLES) or str(name) in SEARCH_OBJECTS


def build_match_query(user_text: str) -> str:
    """An FTS5 MATCH expression for what was typed, or "" when there is nothing to find.

    "Quoted phrases" match as phrases; every other word matches as a prefix, so results
    come while the official is still typing. Every term is quoted, which turns FTS5's
    own syntax (AND, NEAR, *, parentheses, column filters) into plain words.
    """
    phrases, words = typed_terms(user_text)
    return " ".join([*map(_quote, phrases), *(_quote(word) + "*" for word in words)])


def typed_terms(user_text: str) -> tuple[list[str], list[str]]:
    """The "quoted phrases" (their words joined by spaces) and the other words typed."""
    phrases = [" ".join(words) for words in map(_WORD.findall, _PHRASE.findall(user_text))]
    rest = _PHRASE.sub(" ", user_text).replace('"', " ")
    return [phrase for phrase in phrases if phrase], _WORD.findall(rest)


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


# Above this many matches (after narrowing), the newest hits are shown instead of the
# best-ranked: scoring tens of thousands of matches ("möte", "kommun") takes a tenth of a
# second or more, while FTS5 walks the newest first and stops at the limit.
BROAD_MATCH = 2_000


@dataclass(frozen=True)
class _Source:
    """One index and how its rows are read: the SQL after ``FROM <index> f``."""

    kind: str
    index: str
    parent: str  # "<table> p ON …": the plan of a goal or action, the place of an agreement
    code: str  # the municipality's code
    alive: str  # neither it nor its plan is in the trash
    title: str
    plan_id: str
    weights: str  # bm25 weight of each indexed column
    # Notes only: the table whose partial indexes list the live rows of a municipality
    # and the rows in the trash, so that no row need be read to count or pick.
    listed: str | None = None
    grant_type: str = "''"  # SQL: the grant case's type (grants only)

    @property
    def joins(self) -> str:
        """The content row (c) of an FTS5 row (f) and its parent (p), for SQLite."""
        joins = f"CROSS JOIN {SEARCHED[self.index][0]} c ON c.rowid = f.rowid"
        return f"{joins} CROSS JOIN {self.parent}" if self.parent else joins


_NOTE_TITLE = "CASE WHEN c.title != '' THEN c.title ELSE substr(c.body, 1, 80) END"
_IN_PLAN = "service_plan p ON p.id = c.plan_id"
# In the order the hits of equal rank are shown, and the kinds are offered to narrow to.
_SOURCES = (
    _Source(
        "note", "note_fts", "",
        "c.municipality_code", "c.deleted_at IS NULL", _NOTE_TITLE, "c.plan_id", "4.0, 1.0",
        listed="note",
    ),
    _Source(
        "plan", "plan_fts", "",
        "c.municipality_code", "c.deleted_at IS NULL", "c.title", "c.id", "4.0, 2.0, 1.0",
    ),
    _Source(
        "goal", "goal_fts", _IN_PLAN,
        "p.municipality_code", "c.deleted_at IS NULL AND p.deleted_at IS NULL",
        "c.title", "c.plan_id", "1.0",
    ),
    _Source(
        "action", "action_fts", _IN_PLAN,
        "p.municipality_code", "c.deleted_at IS NULL AND p.deleted_at IS NULL",
        "c.title", "c.plan_id", "4.0, 1.0, 2.0",
    ),
    # name, locality, address, operator, contact person, own service
    _Source(
        "place", "place_fts", "",
        "c.municipality_code", "c.deleted_at IS NULL", "c.name", "NULL",
        "4.0, 2.0, 1.0, 2.0, 1.0, 1.0",
    ),
    # An agreement is known by its place: it is listed under the place's name, and goes
    # out of search with its place into the trash.
    _Source(
        "agreement", "agreement_fts", "service_place p ON p.id = c.place_id",
        "c.municipality_code", "c.deleted_at IS NULL AND p.deleted_at IS NULL", "p.name",
        "NULL", "2.0, 1.0, 1.0, 1.0",
    ),
    # title, the decider's case number, conditions
    _Source(
        "grant", "grant_fts", "",
        "c.municipality_code", "c.deleted_at IS NULL", "c.title", "NULL", "4.0, 2.0, 1.0",
        grant_type="c.grant_type",
    ),
)  # fmt: skip
KINDS = tuple(source.kind for source in _SOURCES)


@dataclass(frozen=True)
class SearchScope:
    """What a search is narrowed to; every condition given must hold."""

    county_code: str | None = None
    municipality_code: str | None = None
    kinds: frozenset[str] = frozenset(KINDS)


@dataclass(frozen=True)
class SearchResults:
    hits: tuple[SearchHit, ...]  # at most the limit, best first
    counts: dict[str, int]  # every match of each kind in the scope, shown or not (KINDS order)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def more(self) -> bool:
        """More match than are shown (a larger limit shows them)."""
        return self.total > len(self.hits)


def search(
    session: Session, query: str, limit: int = DEFAULT_LIMIT, scope: SearchScope | None = None
) -> list[SearchHit]:
    """The best ``limit`` hits for what was typed, best first."""
    return list(search_results(session, query, limit, scope).hits)


def search_results(
    session: Session, query: str, limit: int = DEFAULT_LIMIT, scope: SearchScope | None = None
) -> SearchResults:
    """The best ``limit`` hits for what was typed within ``scope``, and how many match.

    Each index is counted exactly (what is in the trash left out), then at most ``limit``
    rows are picked from it, and only those are read and given a snippet. A larger limit
    gives the same hits and more (unless something was saved meanwhile).
    """
    scope = scope or SearchScope()
    counts = dict.fromkeys(KINDS, 0)
    hits: list[SearchHit] = []
    wanted = [source for source in _SOURCES if source.kind in scope.kinds]
    match = build_match_query(query)
    if match and session.get_bind().dialect.name == "postgresql":
        found_counts, found = search_postgres.search_all(
            session,
            wanted,
            typed_terms(query),
            limit,
            lambda source: _scope_conditions(source, scope),
            broad_match=BROAD_MATCH,
            marks=(MARK_START, MARK_END),
        )
        counts.update(found_counts)
        hits = [SearchHit(kind, *row) for kind, row in found]
    elif match:
        for source in wanted:
            count, found_here = _search_one(session, source, match, limit, scope)
            counts[source.kind] = count
            hits.extend(found_here)
    order = {kind: position for position, kind in enumerate(KINDS)}
    hits.sort(key=lambda hit: (hit.rank, order[hit.kind], hit.item_id))
    return SearchResults(tuple(hits[:limit]), counts)


def _scope_conditions(source: _Source, scope: SearchScope) -> tuple[list[str], dict[str, object]]:
    """SQL conditions (both engines) that keep a source's rows within the scope."""
    conditions: list[str] = []
    params: dict[str, object] = {}
    if scope.municipality_code is not None:
        conditions.append(f"{source.code} = :municipality")
        params["municipality"] = scope.municipality_code
    if scope.county_code is not None:
        # Evaluated once into a small lookup table, not joined row by row.
        county = "SELECT code FROM municipality WHERE county_code = :county"
        conditions.append(f"{source.code} IN ({county})")
        params["county"] = scope.county_code
    return conditions, params


def _search_one(
    session: Session, source: _Source, match: str, limit: int, scope: SearchScope
) -> tuple[int, list[SearchHit]]:
    """How many rows of one index match within the scope, and at most ``limit`` of them."""
    conditions, params = _scope_conditions(source, scope)
    params.update(match=match, limit=limit)
    where = [source.alive, *conditions]
    matching = f"f.{source.index} MATCH :match"
    if source.listed is not None:
        # Notes are many: no note row is read to count or pick them. The place's live notes
        # (partial index ix_note_listed), or else those in the trash (ix_note_in_trash, a
        # handful), are read once into a lookup table ("+" keeps it from FTS5, which would
        # run the MATCH again for each rowid). A third to a sixth of the time of reading
        # every matching note's row.
        if len(where) > 1:
            listed = f"SELECT c.rowid FROM {source.listed} c WHERE {' AND '.join(where)}"
            body = f"FROM {source.index} f WHERE {matching} AND +f.rowid IN ({listed})"
        else:
            trashed = f"SELECT c.rowid FROM {source.listed} c WHERE c.deleted_at IS NOT NULL"
            body = f"FROM {source.index} f WHERE {matching} AND +f.rowid NOT IN ({trashed})"
    else:
        # The index is the outer loop (CROSS JOIN): FTS5 yields its matches, each content
        # row is looked up by rowid and kept if the conditions hold.
        body = f"FROM {source.index} f {source.joins} WHERE {' AND '.join([matching, *where])}"
    count = int(session.execute(text(f"SELECT count(*) {body}"), params).scalar_one())
    if not count:
        return 0, []
    bm25 = f"bm25(f.{source.index}, {source.weights})"
    # Newest first is FTS5's own order and stops at the limit; a ranked pick sorts at most
    # BROAD_MATCH rows, scoring only those that are in the scope.
    order = "f.rowid DESC" if count > BROAD_MATCH else f"{bm25}, f.rowid DESC"
    picked = session.execute(
        text(f"SELECT f.rowid, {bm25} {body} ORDER BY {order} LIMIT :limit"), params
    ).all()
    ranks = {int(rowid): float(rank) for rowid, rank in picked}
    # Snippets and titles for the picked rows only. Not "rowid IN (…)" given to FTS5: it
    # would run the whole MATCH again for each rowid. A range it seeks to, and the list
    # checked by SQLite ("+" keeps it from FTS5), before any row is read or snipped.
    rowids = ", ".join(str(rowid) for rowid in ranks)  # integers from SQLite itself
    rows = session.execute(
        text(
            f"SELECT f.rowid, c.id, {source.code}, m.short_name, {source.title}, "
            f"{source.plan_id}, {source.grant_type}, "
            f"snippet(f.{source.index}, -1, '{MARK_START}', '{MARK_END}', '…', 14) "
            f"FROM {source.index} f {source.joins} "
            f"CROSS JOIN municipality m ON m.code = {source.code} "
            f"WHERE f.{source.index} MATCH :match AND f.rowid BETWEEN :low AND :high "
            f"AND +f.rowid IN ({rowids})"
        ),
        {"match": match, "low": min(ranks), "high": max(ranks)},
    )
    hits = [
        SearchHit(
            source.kind,
            item_id,
            code,
            name,
            title or "",
            snippet or "",
            ranks[int(rowid)],
            plan_id,
            grant_type or "",
        )
        for rowid, item_id, code, name, title, plan_id, grant_type, snippet in rows
    ]
    return count, hits


def search_places(
    session: Session,
) -> tuple[list[tuple[str, str]], list[tuple[str, str, str]]]:
    """What a search can be narrowed to: counties (code, name) and municipalities
    (code, name, county code), each in Swedish alphabetical order."""
    counties = [
        (str(code), str(name))
        for code, name in session.execute(text("SELECT code, name FROM county"))
    ]
    municipalities = [
        (str(code), str(name), str(county))
        for code, name, county in session.execute(
            text("SELECT code, short_name, county_code FROM municipality")
        )
    ]
    counties.sort(key=lambda county: swedish_sort_key(county[1]))
    municipalities.sort(key=lambda place: swedish_sort_key(place[1]))
    return counties, municipalities


def group_by_municipality(hits: list[SearchHit]) -> list[tuple[str, str, list[SearchHit]]]:
    """Hits per municipality, the municipality with the best hit first."""
    groups: dict[str, list[SearchHit]] = {}
    for hit in hits:  # already best first
        groups.setdefault(hit.municipality_code, []).append(hit)
    ordered = sorted(
        groups.items(),
        key=lambda item: (item[1][0].rank, swedish_sort_key(item[1][0].municipality_name)),
    )
    return [(code, group[0].municipality_name, group) for code, group in ordered]


def rebuild_index(session: Session) -> None:
    """Re-read every indexed table (after a VACUUM, or if an index is ever in doubt).

    Nothing to do on PostgreSQL: it keeps its GIN indexes itself, in the same transaction.
    """
    if session.get_bind().dialect.name == "postgresql":
        return
    for table in SEARCH_TABLES:
        session.execute(text(f"INSERT INTO {table}({table}) VALUES ('rebuild')"))


def notes_matching(typed: str) -> ColumnElement[bool] | None:
    """A WHERE condition: notes whose title or body has the words typed (None: no words).

    The words are quoted by ``build_match_query`` (on PostgreSQL read as plain words by
    ``search_postgres``), so nothing typed is read as syntax. Written for either engine
    when the query is compiled.
    """
    if not build_match_query(typed):
        return None
    return _NotesMatching(typed)


class _NotesMatching(ColumnElement[bool]):
    """The condition of ``notes_matching``, in the SQL of the engine it is compiled for."""

    type = Boolean()
    inherit_cache = False  # its SQL holds the words typed: never reuse a compiled form

    def __init__(self, typed: str) -> None:
        self.typed = typed


@compiles(_NotesMatching, "sqlite")
def _notes_fts5(element: _NotesMatching, compiler: Any, **kw: Any) -> str:
    typed = build_match_query(element.typed)
    match: BindParameter[str] = bindparam("note_match", typed, unique=True)
    return (
        "note.rowid IN (SELECT rowid FROM note_fts WHERE note_fts MATCH "
        f"{compiler.process(match, **kw)})"
    )


@compiles(_NotesMatching, "postgresql")
def _notes_tsquery(element: _NotesMatching, compiler: Any, **kw: Any) -> str:
    condition = search_postgres.notes_condition(*typed_terms(element.typed))
    return str(compiler.process(condition, **kw))
