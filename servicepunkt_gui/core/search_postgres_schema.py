"""PostgreSQL's search indexes: ``unaccent``, a stored tsvector column, a GIN index on it.

Made by migration 0011 on PostgreSQL only (SQLite has its FTS5 tables from 0003, 0008
and 0010). The text of a record is folded the way SQLite's ``unicode61
remove_diacritics 2`` folds it by ``servicepunkt_search_text``, an IMMUTABLE wrapper
(``unaccent`` itself may not be used in an index): accents off, every character that is
neither letter nor digit a space, lower case ("Hemsändning-bil, KS 2024/0815" → "hemsandning
bil  ks 2024 0815"). PostgreSQL's own parser would keep "2024/0815", "a@b.se" or "1.5" as
one word, where FTS5 finds "0815". ``core.search_postgres`` searches and ranks the column.
Stored, not an index over the expression: a query that reads rows anyway (a municipality's
notes, a phrase, which the index alone cannot confirm, a rank) would fold every row's text
again, a second for 100,000 notes.

Notes are also counted from a narrow table of their words (``NOTE_WORDS_TABLE``), which a
trigger on ``note`` keeps.

Each column is weighted as its bm25 weight in ``core.search`` (4 → A, 2 → B, 1 → C), so
ts_rank puts a word in a title above the same word in a body.
"""

from __future__ import annotations

# Same names as SQLite's FTS tables, so core.search can keep one map of kinds.
SEARCHED: dict[str, tuple[str, tuple[str, ...]]] = {
    "note_fts": ("note", ("title", "body")),
    "plan_fts": ("service_plan", ("title", "case_number", "paragraph")),
    "action_fts": ("plan_action", ("title", "description", "responsible")),
    "goal_fts": ("plan_goal", ("title",)),
    "place_fts": (
        "service_place",
        ("name", "locality", "address", "operator_name", "contact_person", "other_service"),
    ),
    "agreement_fts": ("agreement", ("case_number", "extension_terms", "other_task", "comment")),
    "grant_fts": ("grant_case", ("title", "decider_case_number", "conditions")),
}
# ts_rank's weight class of each column above: the bm25 weights of core.search's sources.
WEIGHTS: dict[str, str] = {
    "note_fts": "AC",
    "plan_fts": "ABC",
    "action_fts": "ACB",
    "goal_fts": "C",
    "place_fts": "ABCBCC",
    "agreement_fts": "BCCC",
    "grant_fts": "ABC",
}
BM25_CLASS = {4.0: "A", 2.0: "B", 1.0: "C"}
RANK_WEIGHTS = "{0.1, 0.25, 0.5, 1.0}"  # D, C, B, A: as 1 : 2 : 4 (at most 1 each)

FOLD_FUNCTION = "servicepunkt_search_text"
# Each searched table's words, kept by PostgreSQL itself on every insert and update (a
# generated column), under the GIN index. Not in the models: the app never reads or
# writes it, and autogenerate leaves it alone (``core.search.is_search_table``).
SEARCH_COLUMN = "search_document"
# For ts_headline: the record's own words, accents off, found as the index found them.
HEADLINE_CONFIG = "servicepunkt_search"

# Counting the notes a word is in. Counting reads every matching row of the table, not
# only the GIN index, and the time goes mostly to the table's pages: a note's row, with
# its text and its document's word positions, fills a ninth of a page. This table holds
# one row per note not in the trash: its id, its municipality (for a narrowed search) and
# its words without positions or weights (``strip``), an eighteenth. Counting a word in
# half the notes reads half as many pages, a quarter to a third less time (PERFORMANCE.md).
# A "phrase" needs the positions: it is counted in the note table. Kept by a trigger on
# ``note`` in the transaction of the save itself, never written by anyone else.
NOTE_WORDS_TABLE = "note_search_words"
NOTE_WORDS_COLUMN = "words"
NOTE_WORDS_TRIGGER = "servicepunkt_note_search_words"

# What separates words, as FTS5's unicode61 does (it keeps letters and digits only), in
# PostgreSQL's regular expressions: ASCII and Latin-1 punctuation and symbols, general
# punctuation (dashes, quotes, zero-width characters), currency, arrows, mathematical and
# technical signs, boxes, dingbats, CJK and full-width punctuation, emoji. Fixed code
# points, not [[:alnum:]], which a server in the C locale reads as ASCII only.
_PUNCTUATION = (
    r"\u0021-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u00a9\u00ab-\u00b1\u00b4\u00b6-\u00b8"
    r"\u00bb\u00bf\u00d7\u00f7\u2000-\u206f\u20a0-\u20ff\u2190-\u245f\u2500-\u2775"
    r"\u2794-\u2bff\u2e00-\u2e7f\u3000-\u3003\u3008-\u3020\ufe00-\ufe1f\ufe30-\ufe6f"
    r"\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\U0001f000-\U0001faff"
)
SEPARATORS = rf"[\u0001-\u0020{_PUNCTUATION}]"
# ts_headline reads the record's own text: a \x01 on either side of each separator makes
# PostgreSQL's parser split there too ("2024\x01/\x010815"); the \x01 are taken out again.
HEADLINE_SPLIT = rf"[{_PUNCTUATION}]"
SPLIT_MARK = "\x01"


# Ends every column but the last, then is taken out again: a gap of one position, so that
# a "phrase" never runs from one column into the next (FTS5's phrases stay in a column).
# No folded text holds it (unaccent makes every "ä" an "a"), nor any query.
GAP = "ä"


def document_sql(fts_name: str, alias: str = "") -> str:
    """The tsvector stored for one search (``SEARCH_COLUMN``)."""
    prefix = f"{alias}." if alias else ""
    _table, columns = SEARCHED[fts_name]
    parts = []
    for number, (column, weight) in enumerate(zip(columns, WEIGHTS[fts_name], strict=True)):
        folded = f"public.{FOLD_FUNCTION}(coalesce({prefix}{column}, ''))"
        if number < len(columns) - 1:
            folded = f"{folded} || ' {GAP}'"
        parts.append(f"setweight(to_tsvector('simple'::regconfig, {folded}), '{weight}'::\"char\")")
    joined = " || ".join(parts)
    return f"ts_delete({joined}, '{GAP}'::text)" if len(parts) > 1 else f"({joined})"


def index_name(fts_name: str) -> str:
    return f"ix_{fts_name.removesuffix('_fts')}_search"


def newest_index_name(fts_name: str) -> str:
    return f"ix_{fts_name.removesuffix('_fts')}_search_newest"


# What search adds to the tables on PostgreSQL, kept out of Alembic's autogenerate.
SEARCH_OBJECTS = frozenset(
    [
        SEARCH_COLUMN,
        NOTE_WORDS_TABLE,
        *(f(name) for name in SEARCHED for f in (index_name, newest_index_name)),
    ]
)


_WORD_TOKENS = (
    "asciiword, word, numword, asciihword, hword, numhword, hword_asciipart, hword_part, "
    "hword_numpart"
)


def schema_statements() -> list[str]:
    """Everything 0011 runs on PostgreSQL to make search work, in order."""
    statements = [
        # unaccent is a trusted extension (PostgreSQL 13+): the database's owner may add it.
        "CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public",
        f"CREATE OR REPLACE FUNCTION public.{FOLD_FUNCTION}(value text) RETURNS text "
        "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE "
        "AS $$ SELECT lower(regexp_replace("
        f"public.unaccent('public.unaccent'::regdictionary, value), '{SEPARATORS}', ' ', 'g')"
        ") $$",
        f"CREATE TEXT SEARCH CONFIGURATION public.{HEADLINE_CONFIG} (COPY = pg_catalog.simple)",
        f"ALTER TEXT SEARCH CONFIGURATION public.{HEADLINE_CONFIG} ALTER MAPPING FOR "
        f"{_WORD_TOKENS} WITH public.unaccent, pg_catalog.simple",
    ]
    for fts_name, (table, _columns) in SEARCHED.items():
        statements += [
            f"ALTER TABLE {table} ADD COLUMN {SEARCH_COLUMN} tsvector "
            f"GENERATED ALWAYS AS ({document_sql(fts_name)}) STORED",
            # fastupdate off: a save goes straight into the index, not into a pending list
            # that every search must read through until a vacuum merges it. Only what is
            # not in the trash, which is all search looks for: counting a common word then
            # tests no row's deleted_at (a quarter less time on 100,000 notes).
            f"CREATE INDEX {index_name(fts_name)} ON {table} USING gin ({SEARCH_COLUMN}) "
            "WITH (fastupdate = off) WHERE deleted_at IS NULL",
            # A word in half the notes: the newest hundred that match are found walking this
            # index back from the newest row (a fraction of a millisecond), instead of testing
            # every row and sorting (50 ms on 100,000 notes). SQLite walks its rowids.
            f"CREATE INDEX {newest_index_name(fts_name)} ON {table} (created_at DESC, id DESC)",
        ]
    return statements + note_words_statements()


def note_words_statements() -> list[str]:
    """The table of notes' words for counting (``NOTE_WORDS_TABLE``) and its trigger."""
    t, words = NOTE_WORDS_TABLE, NOTE_WORDS_COLUMN
    # The trigger runs as the table's owner (SECURITY DEFINER): officials only read the
    # table (``server init`` grants SELECT), yet every save of theirs keeps it. Its
    # search_path is this schema, then pg_temp: no one's temporary table can stand in for
    # the real one. Only a change of words, trash or municipality writes a row.
    body = f"""
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.id = OLD.id
     AND NEW.deleted_at IS NOT DISTINCT FROM OLD.deleted_at
     AND NEW.municipality_code = OLD.municipality_code
     AND NEW.{SEARCH_COLUMN} = OLD.{SEARCH_COLUMN} THEN
    RETURN NULL;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM {t} WHERE note_id = OLD.id;
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.deleted_at IS NULL THEN
    INSERT INTO {t} (note_id, municipality_code, {words})
    VALUES (NEW.id, NEW.municipality_code, strip(NEW.{SEARCH_COLUMN}));
  END IF;
  RETURN NULL;
END
"""
    create_function = (
        f"CREATE FUNCTION {NOTE_WORDS_TRIGGER}() RETURNS trigger LANGUAGE plpgsql "
        f"SECURITY DEFINER SET search_path = %1$I, pg_temp AS $body${body}$body$"
    )
    return [
        f"CREATE TABLE {t} (note_id varchar(36) PRIMARY KEY, "
        f"municipality_code varchar(4) NOT NULL, {words} tsvector NOT NULL)",
        f"CREATE INDEX ix_{t} ON {t} USING gin ({words}) WITH (fastupdate = off)",
        # The schema's name is known only on the server: written in there by format().
        f"DO $do$ BEGIN EXECUTE format($create${create_function}$create$, current_schema()); "
        "END $do$",
        f"CREATE TRIGGER {NOTE_WORDS_TRIGGER} AFTER INSERT OR UPDATE OR DELETE ON note "
        f"FOR EACH ROW EXECUTE FUNCTION {NOTE_WORDS_TRIGGER}()",
        f"INSERT INTO {t} (note_id, municipality_code, {words}) "
        f"SELECT id, municipality_code, strip({SEARCH_COLUMN}) FROM note WHERE deleted_at IS NULL",
    ]


def drop_statements() -> list[str]:
    drops = [
        f"DROP TRIGGER IF EXISTS {NOTE_WORDS_TRIGGER} ON note",
        f"DROP FUNCTION IF EXISTS {NOTE_WORDS_TRIGGER}()",
        f"DROP TABLE IF EXISTS {NOTE_WORDS_TABLE}",
    ]
    drops += [f"DROP INDEX IF EXISTS {index_name(name)}" for name in SEARCHED]
    drops += [f"DROP INDEX IF EXISTS {newest_index_name(name)}" for name in SEARCHED]
    drops += [
        f"ALTER TABLE {table} DROP COLUMN IF EXISTS {SEARCH_COLUMN}"
        for table, _columns in SEARCHED.values()
    ]
    return [
        *drops,
        f"DROP TEXT SEARCH CONFIGURATION IF EXISTS public.{HEADLINE_CONFIG}",
        f"DROP FUNCTION IF EXISTS public.{FOLD_FUNCTION}(text)",
    ]
