"""Which words of a PostgreSQL headline stay marked: those FTS5's ``snippet()`` marks.

``ts_headline`` marks every word of the query wherever it stands: searching for "ansökan
om servicebidrag" it marks a lone "om" elsewhere in the note too, and each word of the
phrase on its own. FTS5 marks only whole matches of a term (a word from its beginning, or
a phrase's words one after another), and a phrase as one span. So the marked words are
matched against the terms again here, folded about as the server folds them (accents off,
lower case, split where FTS5 splits), and only the matches keep their marks. Should the
folding differ so that nothing matches, the headline keeps the server's marks: a snippet
never loses every mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from servicepunkt_gui.core.text import fold

_SEPARATOR = re.compile(r"[\W_]+")  # FTS5's unicode61 keeps letters and digits only


@dataclass(frozen=True)
class Term:
    """One thing typed: its folded words, and whether the last counts from its beginning."""

    words: tuple[str, ...]
    prefix: bool


def _words(text: str) -> tuple[str, ...]:
    return tuple(word for word in _SEPARATOR.split(fold(text)) if word)


def terms_of(phrases: list[str], words: list[str]) -> list[Term]:
    """The terms of ``core.search.typed_terms``: phrases exact, words as prefixes."""
    terms = [Term(_words(phrase), False) for phrase in phrases]
    terms += [Term(_words(word), True) for word in words]
    return [term for term in terms if term.words]


@dataclass(frozen=True)
class _Marked:
    start: int  # where its start mark is in the headline
    end: int  # just after its end mark
    word: str  # folded


def keep_matching_marks(headline: str, marks: tuple[str, str], terms: list[Term]) -> str:
    """``headline`` with marks only on whole matches of ``terms``, a phrase as one span."""
    start, end = marks
    marked = [
        _Marked(found.start(), found.end(), "".join(_words(found.group(1))))
        for found in re.finditer(f"{re.escape(start)}(.*?){re.escape(end)}", headline, re.S)
    ]
    matches = sorted(
        {
            (first, last)
            for first in range(len(marked))
            for term in terms
            if (last := _match(headline, marked, first, term)) is not None
        }
    )
    if not matches:
        return headline
    spans: list[tuple[int, int]] = []  # overlapping matches become one span
    for first, last in matches:
        if spans and first <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(last, spans[-1][1]))
        else:
            spans.append((first, last))

    def plain(a: int, b: int) -> str:
        return headline[a:b].replace(start, "").replace(end, "")

    pieces, position = [], 0
    for first, last in spans:
        a, b = marked[first].start, marked[last].end
        pieces += [plain(position, a), start, plain(a, b), end]
        position = b
    pieces.append(plain(position, len(headline)))
    return "".join(pieces)


def _match(headline: str, marked: list[_Marked], first: int, term: Term) -> int | None:
    """The index of the last marked word of a match of ``term`` from ``first``, if any:
    its words one after another, with nothing but separators between them."""
    if first + len(term.words) > len(marked):
        return None
    for offset, wanted in enumerate(term.words):
        here = marked[first + offset]
        if offset and any(
            c.isalnum() for c in headline[marked[first + offset - 1].end : here.start]
        ):
            return None
        last = offset == len(term.words) - 1
        if not (here.word.startswith(wanted) if last and term.prefix else here.word == wanted):
            return None
    return first + len(term.words) - 1
