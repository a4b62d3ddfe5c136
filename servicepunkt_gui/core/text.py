"""Swedish-aware text helpers: search folding and alphabetical order."""

from __future__ import annotations

import unicodedata

# Å, Ä and Ö are letters of their own in Swedish and come after Z. Æ and Ø sort with
# Ä and Ö, Ü with Y (the Swedish Academy's rules).
# "{", "|" and "}" are the three code points right after "z".
_SWEDISH_LETTER_ORDER = {"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}"}
_SWEDISH_EQUIVALENTS = {"ü": "y"}


def strip_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """Case- and diacritic-insensitive form for matching: "Örnsköldsvik" -> "ornskoldsvik"."""
    return strip_diacritics(text.casefold()).replace("æ", "ae").replace("ø", "o")


def swedish_sort_key(text: str) -> str:
    """Key that sorts like a Swedish dictionary: ... Y, Z, Å, Ä, Ö; É with E."""
    out = []
    for ch in unicodedata.normalize("NFC", text.casefold()):
        if ch in _SWEDISH_LETTER_ORDER:
            out.append(_SWEDISH_LETTER_ORDER[ch])
        else:
            out.append(_SWEDISH_EQUIVALENTS.get(ch) or strip_diacritics(ch))
    return "".join(out)


def matches_query(query: str, *folded_fields: str) -> bool:
    """True when every word of the query occurs in one of the already folded fields."""
    words = fold(query).split()
    return all(any(word in field for field in folded_fields) for word in words)
