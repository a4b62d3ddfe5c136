"""Which marks of a PostgreSQL headline stay (``core.search_marks``), without a server."""

from __future__ import annotations

from servicepunkt_gui.core.search_marks import Term, keep_matching_marks, terms_of

MARKS = ("[", "]")


def test_terms_are_folded_and_split_as_fts5_splits_them() -> None:
    assert terms_of(['Ansökan om "X"'], ["hem_bil", "Åre", "_"]) == [
        Term(("ansokan", "om", "x"), False),
        Term(("hem", "bil"), True),
        Term(("are",), True),
    ]


def test_only_whole_matches_keep_their_marks() -> None:
    terms = terms_of(["ansökan om stöd"], [])
    headline = "[om] [ansökan] [om] [stöd], [om] [ansökan]."
    assert keep_matching_marks(headline, MARKS, terms) == "om [ansökan om stöd], om ansökan."


def test_a_word_between_breaks_a_phrase() -> None:
    terms = terms_of(["ansökan stöd"], ["om"])
    headline = "[ansökan] i [stöd] [om]"
    assert keep_matching_marks(headline, MARKS, terms) == "ansökan i stöd [om]"


def test_overlapping_matches_become_one_span() -> None:
    terms = terms_of(["a b", "b c"], [])
    assert keep_matching_marks("[a] [b] [c] [b]", MARKS, terms) == "[a b c] b"


def test_a_headline_folded_otherwise_keeps_the_servers_marks() -> None:
    # The server marked a word this folding does not read as the term (its own unaccent
    # rules): nothing matches here, so its marks stay rather than none.
    terms = terms_of(["strase ab"], [])
    assert keep_matching_marks("[strasse] [ab] x", MARKS, terms) == "[strasse] [ab] x"
