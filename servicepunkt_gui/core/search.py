"""Full-text search over notes, plans and actions (SQLite FTS5).

All FTS5 SQL lives here. Whatever the official types is turned into quoted FTS5
terms, so quotes, asterisks, parentheses, AND/OR/NEAR or SQL-looking text never
raise: they are simply searched for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from servicepunkt_gui.core.text import swedish_sort_key

SEARCH_TABLES = ("note_fts", "plan_fts", "action_fts")
MARK_START = "\x02"  # snippet() wraps each match in these; the UI turns them into bold
MARK_END = "\x03"
DEFAULT_LIMIT = 100  # enough to scan by eye; snippets cost time per hit

_PHRASE = re.compile(r'"([^"]*)"')
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "note", "plan" or "action"
    item_id: str
    municipality_code: str
    municipality_name: str
    title: str
    snippet: str  # matches between MARK_START and MARK_END
    rank: float  # lower is better (bm25)
    plan_id: str | None = None  # for actions: the plan they belong to


def is_search_table(name: str | None) -> bool:
    """True for the FTS5 tables and their shadow tables (kept out of autogenerate)."""
    return bool(name) and str(name).startswith(SEARCH_TABLES)


def build_match_query(user_text: str) -> str:
    """An FTS5 MATCH expression for what was typed, or "" when there is nothing to find.

    "Quoted phrases" match as phrases; every other word matches as a prefix, so results
    come while the official is still typing. Every term is quoted, which turns FTS5's
    own syntax (AND, NEAR, *, parentheses, column filters) into plain words.
    """
    terms: list[str] = []
    for phrase in _PHRASE.findall(user_text):
        words = _WORD.findall(phrase)
        if words:
            terms.append(_quote(" ".join(words)))
    rest = _PHRASE.sub(" ", user_text).replace('"', " ")
    terms.extend(_quote(word) + "*" for word in _WORD.findall(rest))
    return " ".join(terms)


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


# Above this many matches in one index, the newest hits are shown instead of the
# best-ranked: scoring tens of thousands of matches ("möte", "kommun") takes a tenth of a
# second or more, while FTS5 walks the newest first and stops at the limit.
BROAD_MATCH = 2_000

# Per index: how a hit's row is read (restricted to the picked rowids), and bm25 weights.
_SOURCES = {
    "note_fts": (
        """SELECT 'note', n.id, n.municipality_code, m.short_name,
                  CASE WHEN n.title != '' THEN n.title ELSE substr(n.body, 1, 80) END,
                  n.plan_id, n.rowid
             FROM note n JOIN municipality m ON m.code = n.municipality_code
            WHERE n.rowid IN ({rowids}) AND n.deleted_at IS NULL""",
        "4.0, 1.0",
    ),
    "plan_fts": (
        """SELECT 'plan', p.id, p.municipality_code, m.short_name, p.title, p.id, p.rowid
             FROM service_plan p JOIN municipality m ON m.code = p.municipality_code
            WHERE p.rowid IN ({rowids}) AND p.deleted_at IS NULL""",
        "4.0, 2.0, 1.0",
    ),
    "action_fts": (
        """SELECT 'action', a.id, p.municipality_code, m.short_name, a.title, a.plan_id, a.rowid
             FROM plan_action a JOIN service_plan p ON p.id = a.plan_id
             JOIN municipality m ON m.code = p.municipality_code
            WHERE a.rowid IN ({rowids}) AND a.deleted_at IS NULL AND p.deleted_at IS NULL""",
        "4.0, 1.0, 2.0",
    ),
}


def search(session: Session, query: str, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
    """The best ``limit`` hits for what was typed, best first."""
    match = build_match_query(query)
    if not match:
        return []
    hits: list[SearchHit] = []
    for table in SEARCH_TABLES:
        hits.extend(_search_one(session, table, match, limit))
    hits.sort(key=lambda hit: hit.rank)
    return hits[:limit]


def _search_one(session: Session, table: str, match: str, limit: int) -> list[SearchHit]:
    """Hits from one index: pick at most ``limit`` rows, then read only those rows."""
    rows_sql, weights = _SOURCES[table]
    params = {"match": match, "limit": limit}
    # Only "more than BROAD_MATCH" matters, so counting stops there.
    count = session.execute(
        text(
            f"SELECT count(*) FROM (SELECT 1 FROM {table} WHERE {table} MATCH :match "
            f"LIMIT {BROAD_MATCH + 1})"
        ),
        params,
    ).scalar_one()
    if not count:
        return []
    order = "rowid DESC" if count > BROAD_MATCH else "rank"
    picked = session.execute(
        text(
            f"SELECT rowid, bm25({table}, {weights}), "
            f"snippet({table}, -1, '{MARK_START}', '{MARK_END}', '…', 14) "
            f"FROM {table} WHERE {table} MATCH :match "
            f"AND rank MATCH 'bm25({weights})' ORDER BY {order} LIMIT :limit"
        ),
        params,
    ).all()
    ranked = {int(rowid): (float(rank), snippet or "") for rowid, rank, snippet in picked}
    if not ranked:
        return []
    rowids = ", ".join(str(rowid) for rowid in ranked)  # integers from SQLite itself
    hits = []
    for kind, item_id, code, name, title, plan_id, rowid in session.execute(
        text(rows_sql.format(rowids=rowids))
    ):
        rank, snippet = ranked[int(rowid)]
        hits.append(SearchHit(kind, item_id, code, name, title or "", snippet, rank, plan_id))
    return hits


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
    """Re-read every indexed table (after a VACUUM, or if an index is ever in doubt)."""
    for table in SEARCH_TABLES:
        session.execute(text(f"INSERT INTO {table}({table}) VALUES ('rebuild')"))
