"""Full-text search on PostgreSQL: the queries ``core.search`` runs there instead of FTS5's.

What the official typed arrives as ``core.search`` splits it for FTS5: "quoted phrases"
and words. Each is folded by the database itself (``servicepunkt_search_text``, the very
function the stored search columns of ``core.search_postgres_schema`` are made with) and
read by ``phraseto_tsquery``, which takes any text as plain words, never as query syntax:
a word becomes a phrase of its parts with a ``:*`` prefix on the last ("hem_bil" → 'hem'
<-> 'bil':*, as FTS5 reads '"hem_bil"*'), a phrase the same without it, and all of them
must match (``&``). A term with nothing searchable left (only "_", or a word too long for
the index) drops out, as FTS5 drops an empty phrase; if none is left, nothing matches.

Ranks come from ``ts_rank`` over the columns' weights (higher is better; ``core.search``
turns them round, as bm25 is lower-is-better). Snippets come from ``ts_headline`` with the
markers FTS5's ``snippet()`` uses, about as long (14 words), with "…" where the column's
text was cut, from the column with the most marked words. ts_headline reads the record's
own text, so each separator gets a \x01 on either side first (taken out after): its parser
then splits words where the search column was split ("2024/0815", "e-post"), and its
configuration takes accents off as the column's folding did.
"""

from __future__ import annotations

from typing import Protocol

from sqlalchemy import TextClause, bindparam, text
from sqlalchemy.orm import Session

from servicepunkt_gui.core.search_postgres_schema import (
    FOLD_FUNCTION,
    HEADLINE_CONFIG,
    HEADLINE_SPLIT,
    RANK_WEIGHTS,
    SEARCH_COLUMN,
    SEARCHED,
    SPLIT_MARK,
)

ELLIPSIS = "…"
SNIPPET_WORDS = 14  # as FTS5's snippet(…, 14)
_UNMARKED = SPLIT_MARK + "\x02\x03"  # taken out of a record's text before it is marked


class Source(Protocol):
    """What ``core.search`` knows of one kind of record (its ``_Source``)."""

    @property
    def kind(self) -> str: ...
    @property
    def index(self) -> str: ...  # the name in SEARCHED ("note_fts" …)
    @property
    def parent(self) -> str: ...  # "<table> p ON …": the plan or place, or ""
    @property
    def code(self) -> str: ...
    @property
    def alive(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def plan_id(self) -> str: ...
    @property
    def grant_type(self) -> str: ...


# As SearchHit after its kind: item id, municipality code and name, title, snippet, rank
# (lower is better), plan id, grant type.
Found = tuple[str, str, str, str, str, float, str | None, str]


def _term(key: str, prefix: bool) -> str:
    folded = f"phraseto_tsquery('simple'::regconfig, public.{FOLD_FUNCTION}(CAST(:{key} AS text)))"
    # NULL when nothing is left of it: array_to_string leaves it out.
    return f"'(' || NULLIF(CAST({folded} AS text), '') || '{':*)' if prefix else ')'}'"


def tsquery_sql(
    phrases: list[str], words: list[str], name: str = "q"
) -> tuple[str, dict[str, str]]:
    """SQL for the tsquery of the phrases and (prefix) words typed, and its parameters.

    NULL when no term has anything searchable, which matches nothing.
    """
    terms: list[str] = []
    params: dict[str, str] = {}
    for number, (typed, prefix) in enumerate(
        [(phrase, False) for phrase in phrases] + [(word, True) for word in words]
    ):
        key = f"{name}{number}"
        terms.append(_term(key, prefix))
        params[key] = typed
    joined = f"array_to_string(ARRAY[{', '.join(terms)}]::text[], ' & ')"
    return f"CAST(NULLIF({joined}, '') AS tsquery)", params


def notes_condition(phrases: list[str], words: list[str]) -> TextClause:
    """WHERE: the note's title or body has what was typed (through ix_note_search)."""
    sql, params = tsquery_sql(phrases, words, "note_match_")
    condition = text(f"note.{SEARCH_COLUMN} @@ {sql}")
    # unique: a query may hold the condition twice (a count and a page) without clashing.
    return condition.bindparams(
        *(bindparam(key, value, unique=True) for key, value in params.items())
    )


def folded_query(session: Session, phrases: list[str], words: list[str]) -> str | None:
    """The tsquery, as text, for what was typed (None: nothing searchable in it)."""
    sql, params = tsquery_sql(phrases, words)
    value = session.execute(text(f"SELECT CAST({sql} AS text)"), params).scalar()
    return str(value) if value else None


def search_one(
    session: Session,
    source: Source,
    query: str,
    limit: int,
    conditions: list[str],
    params: dict[str, object],
    *,
    broad_match: int,
    marks: tuple[str, str],
) -> tuple[int, list[Found]]:
    """How many rows of one kind match ``query`` (a ``folded_query``) within the
    conditions, and at most ``limit`` of them: the best-ranked, or the newest if more
    than ``broad_match`` match, as ``core.search`` picks them from FTS5."""
    table, columns = SEARCHED[source.index]
    parent = f" JOIN {source.parent}" if source.parent else ""
    matching = f"c.{SEARCH_COLUMN} @@ CAST(:query AS tsquery)"
    body = f"FROM {table} c{parent} WHERE {' AND '.join([matching, source.alive, *conditions])}"
    params = {**params, "query": query}
    # Counting a word in half the notes: the planner tests every row (67 ms on 100,000
    # notes) where the GIN index's bitmap is three times faster; for this transaction only.
    session.execute(text("SET LOCAL enable_seqscan = off"))
    count = int(session.execute(text(f"SELECT count(*) {body}"), params).scalar_one())
    if not count:
        return 0, []

    def rank(alias: str) -> str:
        # 1: divided by 1 + log(the record's length), as bm25 weighs long texts down.
        return f"ts_rank('{RANK_WEIGHTS}'::real[], {alias}.{SEARCH_COLUMN}, {query_sql}, 1)"

    query_sql = "CAST(:query AS tsquery)"
    newest = "c.created_at DESC, c.id DESC"
    order = newest if count > broad_match else f"{rank('c')} DESC, {newest}"
    # Everything shown comes out of the sorted, cut subquery: snippets and ranks are made
    # for the picked rows only, and no row is read twice.
    shown = ", ".join(f"c.{column} AS {column}" for column in (*columns, SEARCH_COLUMN))
    picked = (
        f"SELECT c.id AS hit_id, {source.code} AS hit_code, {source.title} AS hit_title, "
        f"{source.plan_id} AS hit_plan, {source.grant_type} AS hit_grant_type, {shown} "
        f"{body} ORDER BY {order} LIMIT :limit"
    )
    texts = ", ".join(f"coalesce(picked.{column}, '')" for column in columns)
    headlines = ", ".join(
        f"ts_headline('public.{HEADLINE_CONFIG}'::regconfig, regexp_replace("
        f"translate(coalesce(picked.{column}, ''), :unmarked, ''), :split, :wrap, 'g'), "
        "CAST(:query AS tsquery), :options)"
        for column in columns
    )
    start, end = marks
    options = (
        f"StartSel={start}, StopSel={end}, MaxWords={SNIPPET_WORDS}, "
        f"MinWords={SNIPPET_WORDS - 2}, ShortWord=0, HighlightAll=false"
    )
    rows = session.execute(
        text(
            "SELECT hit_id, hit_code, m.short_name, hit_title, hit_plan, hit_grant_type, "
            f"{rank('picked')}, {texts}, {headlines} "
            f"FROM ({picked}) picked JOIN municipality m ON m.code = picked.hit_code"
        ),
        {
            **params,
            "limit": limit,
            "unmarked": _UNMARKED,
            "split": HEADLINE_SPLIT,
            "wrap": f"{SPLIT_MARK}\\&{SPLIT_MARK}",  # the separator, a mark on either side
            "options": options,
        },
    ).all()
    found: list[Found] = []
    for row in rows:
        item_id, code, name, title, plan_id, grant_type, score = row[:7]
        width = len(columns)
        snippet = best_snippet(list(row[7 : 7 + width]), list(row[7 + width :]), marks)
        found.append(
            (
                str(item_id),
                str(code),
                str(name),
                title or "",
                snippet,
                -float(score),
                None if plan_id is None else str(plan_id),
                grant_type or "",
            )
        )
    return count, found


def best_snippet(texts: list[str], headlines: list[str], marks: tuple[str, str]) -> str:
    """The headline of the column with the most marked words, "…" where it was cut.

    With no word marked (a match the headline parser split differently), the first
    column that has text, as FTS5 would still show one.
    """
    start, end = marks
    best: tuple[int, str, str] | None = None
    for original, headline in zip(texts, headlines, strict=True):
        marked = (headline or "").count(start)
        if original.strip() and (best is None or marked > best[0]):
            best = (marked, original, headline or "")
    if best is None:
        return ""
    _marked, original, headline = best
    shown = headline.replace(SPLIT_MARK, "").strip()
    plain = shown.replace(start, "").replace(end, "")
    whole = "".join(char for char in original if char not in _UNMARKED).strip()
    before = "" if whole.startswith(plain) else ELLIPSIS
    after = "" if whole.endswith(plain) else ELLIPSIS
    return f"{before}{shown}{after}"
