"""Full-text search on PostgreSQL: the queries ``core.search`` runs there instead of FTS5's.

What the official typed arrives as ``core.search`` splits it for FTS5: "quoted phrases"
and words. Each is folded by the database itself (``servicepunkt_search_text``, the very
function the stored search columns of ``core.search_postgres_schema`` are made with) and
read by ``phraseto_tsquery``, which takes any text as plain words, never as query syntax:
a word becomes a phrase of its parts with a ``:*`` prefix on the last ("hem_bil" → 'hem'
<-> 'bil':*, as FTS5 reads '"hem_bil"*'), a phrase the same without it, and all of them
must match (``&``). A term with nothing searchable left (only "_", or a word too long for
the index) drops out, as FTS5 drops an empty phrase; if none is left, nothing matches.

Notes are counted from their words in ``NOTE_WORDS_TABLE`` (a narrow table the server
keeps), unless the query has a phrase; everything else reads the records' own tables.
Ranks come from ``ts_rank`` over the columns' weights (higher is better; ``core.search``
turns them round, as bm25 is lower-is-better). Snippets come from ``ts_headline`` with the
markers FTS5's ``snippet()`` uses, about as long (14 words), with "…" where the column's
text was cut, from the column with the most marked words. ts_headline reads the record's
own text, so each separator gets a \x01 on either side first (taken out after): its parser
then splits words where the search column was split ("2024/0815", "e-post"), and its
configuration takes accents off as the column's folding did.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from sqlalchemy import TextClause, bindparam, text
from sqlalchemy.orm import Session

from servicepunkt_gui.core.search_marks import Term, keep_matching_marks, terms_of
from servicepunkt_gui.core.search_postgres_schema import (
    FOLD_FUNCTION,
    HEADLINE_CONFIG,
    HEADLINE_SPLIT,
    NOTE_WORDS_COLUMN,
    NOTE_WORDS_TABLE,
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


KindOfRecord = TypeVar("KindOfRecord", bound=Source)

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


# For the rest of the search's transaction. Counting a word in half the notes: the planner
# tests every row where the GIN index's bitmap is three times faster. JIT: a search is
# short, and compiling it (which "seqscan off" invites on small tables) takes 100 ms.
_SEARCH_SETTINGS = (("enable_seqscan", "off"), ("jit", "off"))


# Plans. psycopg prepares a statement run five times. Searching everything, its plan may
# be made once (generic): each count is the GIN index's bitmap whatever the word, and how
# a kind's hits are picked is chosen here, from the counts. Planning a prefix costs more
# than running a rare word's count (the planner reads the column's statistics for every
# word that begins so): 1.5 ms of every search. Narrowed to a municipality or a county, a
# plan for any query at all cannot know whether the word (ten rows) or the place (5,000)
# is the smaller, so each search is planned for its own words.
def _settings_sql(narrowed: bool) -> str:
    plans = "force_custom_plan" if narrowed else "force_generic_plan"
    settings = (*_SEARCH_SETTINGS, ("plan_cache_mode", plans))
    return ", ".join(f"set_config('{name}', '{value}', true)" for name, value in settings)


def search_all(
    session: Session,
    sources: Sequence[KindOfRecord],
    typed: tuple[list[str], list[str]],
    limit: int,
    scope: Callable[[KindOfRecord], tuple[list[str], dict[str, object]]],
    *,
    broad_match: int,
    marks: tuple[str, str],
) -> tuple[dict[str, int], list[tuple[str, Found]]]:
    """How many rows of each kind match what was typed (the phrases and words of
    ``core.search.typed_terms``) within its ``scope`` conditions, and the ``limit`` best hits
    of them all, each with its kind: per kind the best-ranked, or the newest if more than
    ``broad_match`` match, as ``core.search`` picks them from FTS5.

    Three statements whatever the number of kinds (each a round trip, which over a VPN
    costs more than the search): the query and the settings, every count, every hit.
    """
    params: dict[str, object] = {"limit": limit}
    scoped: list[tuple[KindOfRecord, list[str]]] = []
    for source in sources:
        conditions, scope_params = scope(source)
        params.update(scope_params)  # the same names and values for every kind
        scoped.append((source, conditions))
    sql, query_params = tsquery_sql(*typed)
    narrowed = any(conditions for _source, conditions in scoped)
    settings_and_query = text(f"SELECT {_settings_sql(narrowed)}, CAST({sql} AS text)")
    query = session.execute(settings_and_query, query_params).one()[-1]
    if not query:
        return {}, []
    params["query"] = query
    bodies = [(source, _body(source, conditions)) for source, conditions in scoped]
    counting = [_count_sql(source, conditions, str(query)) for source, conditions in scoped]
    counted = session.execute(text(_counts_sql(bodies, counting)), params).one()
    counts = {source.kind: int(count) for (source, _), count in zip(bodies, counted, strict=False)}
    sizes = counted[len(bodies) :]
    picks = []
    for number, ((source, body), size) in enumerate(zip(bodies, sizes, strict=True)):
        if counts[source.kind]:
            count = counts[source.kind]
            picks.append(_pick_sql(source, body, number, (count, size, limit), broad_match))
    if not picks:
        return counts, []
    start, end = marks
    params.update(
        split=HEADLINE_SPLIT,
        wrap=f"{SPLIT_MARK}\\&{SPLIT_MARK}",  # the separator, a mark on either side
        options=(
            f"StartSel={start}, StopSel={end}, MaxWords={SNIPPET_WORDS}, "
            f"MinWords={SNIPPET_WORDS - 2}, ShortWord=0, HighlightAll=false"
        ),
    )
    picked = " UNION ALL ".join(picks)
    shown = " UNION ALL ".join(_shown_sql(source) for source, _ in bodies if counts[source.kind])
    rows = session.execute(
        text(
            f"WITH picked AS MATERIALIZED (SELECT * FROM ({picked}) AS each_kind "
            'ORDER BY score DESC, ord, hit_id COLLATE "C" LIMIT :limit) '
            f"{shown}"
        ),
        params,
    ).all()
    found: list[tuple[str, Found]] = []
    # Words one after another (a phrase, "hem_bil"): ts_headline marks each of them alone,
    # anywhere, and FTS5 only their matches. Single words it marks as FTS5 does.
    terms = terms_of(*typed)
    terms = terms if any(len(term.words) > 1 for term in terms) else []
    for kind, item_id, code, name, title, plan_id, grant_type, score, texts, headlines in rows:
        snippet = best_snippet(list(texts), list(headlines), marks, terms)
        found.append(
            (
                str(kind),
                (
                    str(item_id),
                    str(code),
                    str(name),
                    title or "",
                    snippet,
                    -float(score),
                    None if plan_id is None else str(plan_id),
                    grant_type or "",
                ),
            )
        )
    return counts, found


def _matching(alias: str = "c") -> str:
    return f"{alias}.{SEARCH_COLUMN} @@ CAST(:query AS tsquery)"


def _body(source: Source, conditions: list[str]) -> str:
    """FROM … WHERE … of one kind's matching rows (alias c, its parent p)."""
    table, _columns = SEARCHED[source.index]
    parent = f" JOIN {source.parent}" if source.parent else ""
    return f"FROM {table} c{parent} WHERE {' AND '.join([source.alive, *conditions])}"


def _count_sql(source: Source, conditions: list[str], query: str) -> str:
    """How many rows of one kind match: notes from their words (``NOTE_WORDS_TABLE``, which
    holds only those not in the trash) unless the query has a phrase ("<->" or "<2>"),
    which needs the words' positions. The scope's conditions name c.municipality_code."""
    if source.index == "note_fts" and "<" not in query:  # folded words hold no "<"
        where = [*conditions, f"c.{NOTE_WORDS_COLUMN} @@ CAST(:query AS tsquery)"]
        return f"(SELECT count(*) FROM {NOTE_WORDS_TABLE} c WHERE {' AND '.join(where)})"
    return f"(SELECT count(*) {_body(source, conditions)} AND {_matching()})"


def _counts_sql(bodies: Sequence[tuple[Source, str]], counts: list[str]) -> str:
    """One row: each kind's number of matches (``counts``), then each table's estimated size."""
    sizes = [
        f"(SELECT reltuples FROM pg_class WHERE oid = CAST('{SEARCHED[s.index][0]}' AS regclass))"
        for s, _ in bodies
    ]
    return f"SELECT {', '.join([*counts, *sizes])}"


def _rank(alias: str) -> str:
    # 1: divided by 1 + log(the record's length), as bm25 weighs long texts down.
    return f"ts_rank('{RANK_WEIGHTS}'::real[], {alias}.{SEARCH_COLUMN}, CAST(:query AS tsquery), 1)"


_NEWEST = "c.created_at DESC, c.id DESC"


def _pick_sql(
    source: Source, body: str, number: int, sizes: tuple[int, float, int], broad_match: int
) -> str:
    """At most :limit hits of one kind (kind, ord, hit_id, score): the best-ranked, or the
    newest if more than ``broad_match`` match. ``sizes``: the matches, the table's estimated
    rows (-1 if never analysed), the limit."""
    count, size, limit = sizes
    head = f"SELECT '{source.kind}' AS kind, {number} AS ord"
    if count <= broad_match:  # each match is ranked; at most broad_match of them
        return (
            f"({head}, c.id AS hit_id, {_rank('c')} AS score {body} AND {_matching()} "
            f"ORDER BY score DESC, {_NEWEST} LIMIT :limit)"
        )
    # The newest: walking the table's newest-first index from the newest row reads about
    # limit × size ÷ count rows, the GIN index's bitmap every match and sorts them. The
    # walk unless that is more than twice as many rows. The planner's estimate of a prefix's
    # or phrase's matches is often a hundredth of the truth, which makes it scan and sort
    # them all: wrapped in coalesce() the match counts as a half of the rows.
    walk = max(size, count) * limit / count <= 2 * count
    matching = f"coalesce({_matching()}, false)" if walk else _matching()
    table = SEARCHED[source.index][0]
    newest = f"SELECT c.id {body} AND {matching} ORDER BY {_NEWEST} LIMIT :limit"
    # Ranked after the pick, from the row itself: only the picked rows' documents are read.
    ranked = f"{_rank('d')} AS score FROM ({newest}) n JOIN {table} d ON d.id = n.id"
    return f"({head}, n.id AS hit_id, {ranked})"


EMPTY = "''"


def _without_marks_sql(value: str) -> str:
    # replace(), not SQL's translate, which reads a long body character by character for
    # ten times as long as three searches for a mark take.
    for mark in _UNMARKED:
        value = f"replace({value}, chr({ord(mark)}), {EMPTY})"
    return value


def _shown_sql(source: Source) -> str:
    """What is shown of the picked hits of one kind: title, snippet, where it belongs."""
    table, columns = SEARCHED[source.index]
    parent = f" JOIN {source.parent}" if source.parent else ""
    texts = ", ".join(f"coalesce(c.{column}, '')" for column in columns)
    headlines = ", ".join(
        f"ts_headline('public.{HEADLINE_CONFIG}'::regconfig, regexp_replace("
        f"{_without_marks_sql(f'coalesce(c.{column}, {EMPTY})')}, :split, :wrap, 'g'), "
        "CAST(:query AS tsquery), :options)"
        for column in columns
    )
    return (
        f"SELECT picked.kind, c.id, {source.code}, m.short_name, {source.title}, "
        f"{source.plan_id}, {source.grant_type}, picked.score, "
        f"ARRAY[{texts}]::text[], ARRAY[{headlines}]::text[] "
        f"FROM picked JOIN {table} c ON c.id = picked.hit_id{parent} "
        f"JOIN municipality m ON m.code = {source.code} WHERE picked.kind = '{source.kind}'"
    )


def best_snippet(
    texts: list[str], headlines: list[str], marks: tuple[str, str], terms: list[Term] | None = None
) -> str:
    """The headline of the column with the most marked words, "…" where it was cut, and
    marked as FTS5 marks ``terms`` (``core.search_marks``; None: as the server marked it).

    With no word marked (a match the headline parser split differently), the first
    column that has text, as FTS5 would still show one.
    """
    start, end = marks
    best: tuple[int, str, str] | None = None
    for original, headline in zip(texts, headlines, strict=True):
        marked = (headline or "").count(start)
        if original and not original.isspace() and (best is None or marked > best[0]):
            best = (marked, original, headline or "")
    if best is None:
        return ""
    _marked, original, headline = best
    shown = headline.replace(SPLIT_MARK, "").strip()
    if terms:
        shown = keep_matching_marks(shown, marks, terms)
    plain = shown.replace(start, "").replace(end, "")
    whole = _without_marks(original).strip()
    before = "" if whole.startswith(plain) else ELLIPSIS
    after = "" if whole.endswith(plain) else ELLIPSIS
    return f"{before}{shown}{after}"


def _without_marks(text: str) -> str:
    # Not str.translate: it looks up every character of a long body in a table (25 µs a
    # column), while the marks, control characters, are almost never in a record's text.
    for mark in _UNMARKED:
        if mark in text:
            text = text.replace(mark, "")
    return text
