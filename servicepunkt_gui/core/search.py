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
DEFAULT_LIMIT = 200

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


_QUERY = f"""
SELECT 'note' AS kind, n.id, n.municipality_code, m.short_name,
       CASE WHEN n.title != '' THEN n.title ELSE substr(n.body, 1, 80) END,
       snippet(note_fts, -1, '{MARK_START}', '{MARK_END}', '…', 14),
       bm25(note_fts, 4.0, 1.0) AS rank, n.plan_id
  FROM note_fts JOIN note n ON n.rowid = note_fts.rowid
  JOIN municipality m ON m.code = n.municipality_code
 WHERE note_fts MATCH :match AND n.deleted_at IS NULL
UNION ALL
SELECT 'plan', p.id, p.municipality_code, m.short_name, p.title,
       snippet(plan_fts, -1, '{MARK_START}', '{MARK_END}', '…', 14),
       bm25(plan_fts, 4.0, 2.0, 1.0), p.id
  FROM plan_fts JOIN service_plan p ON p.rowid = plan_fts.rowid
  JOIN municipality m ON m.code = p.municipality_code
 WHERE plan_fts MATCH :match AND p.deleted_at IS NULL
UNION ALL
SELECT 'action', a.id, p.municipality_code, m.short_name, a.title,
       snippet(action_fts, -1, '{MARK_START}', '{MARK_END}', '…', 14),
       bm25(action_fts, 4.0, 1.0, 2.0), a.plan_id
  FROM action_fts JOIN plan_action a ON a.rowid = action_fts.rowid
  JOIN service_plan p ON p.id = a.plan_id
  JOIN municipality m ON m.code = p.municipality_code
 WHERE action_fts MATCH :match AND a.deleted_at IS NULL AND p.deleted_at IS NULL
ORDER BY rank
LIMIT :limit
"""


def search(session: Session, query: str, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
    """The best ``limit`` hits for what was typed, best first."""
    match = build_match_query(query)
    if not match:
        return []
    rows = session.execute(text(_QUERY), {"match": match, "limit": limit})
    return [
        SearchHit(kind, item_id, code, name, title or "", snippet or "", float(rank), plan_id)
        for kind, item_id, code, name, title, snippet, rank, plan_id in rows
    ]


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
