"""What a write changed, so every view can refresh only what it shows.

Write functions in ``core`` call :func:`record` on the session they were given; whoever ran
the unit of work reads :func:`collected` once it has committed (the UI's write path does,
and hands the result to its change hub). The idea is Anki's ``OpChanges``: the write says
what it touched, the views decide what to redraw.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class RecordKind(StrEnum):
    """The kinds of record a write can touch."""

    MINE = "mine"  # the "one of my municipalities" mark
    NOTE = "note"
    PLAN = "plan"  # a plan's fields, its stage history, which plan is current
    GOAL = "goal"
    ACTION = "action"
    PLACE = "place"  # a place in the register, its status history
    AGREEMENT = "agreement"  # an agreement and its payments
    GRANT = "grant"  # a grant case, or the home-delivery rules
    TODO = "todo"  # an "Att göra" row marked done or snoozed
    TRASH = "trash"  # something went to the trash, came back, or was purged
    EVERYTHING = "everything"  # the whole file was replaced (a restore)


@dataclass(frozen=True)
class Changes:
    kinds: frozenset[RecordKind] = field(default_factory=frozenset)
    municipalities: frozenset[str] = field(default_factory=frozenset)

    @property
    def everything(self) -> bool:
        return RecordKind.EVERYTHING in self.kinds

    def touches(self, *kinds: RecordKind) -> bool:
        """True if any of ``kinds`` changed (a restore of the whole file touches all)."""
        return self.everything or any(kind in self.kinds for kind in kinds)

    def touches_municipality(self, code: str | None) -> bool:
        return self.everything or (code is not None and code in self.municipalities)

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds, self.municipalities | other.municipalities)


EVERYTHING = Changes(frozenset({RecordKind.EVERYTHING}))
NOTHING = Changes()

_KEY = "servicepunkt_changes"


_Noted = tuple[set[RecordKind], set[str]]


def record(session: Session, kind: RecordKind, municipality_code: str | None) -> None:
    """Note on the session that this unit of work changed ``kind`` in that municipality."""
    kinds, codes = cast(_Noted, session.info.setdefault(_KEY, (set(), set())))
    kinds.add(kind)
    if municipality_code is not None:
        codes.add(municipality_code)


def collected(session: Session) -> Changes:
    """Everything :func:`record` noted on this session so far."""
    kinds, codes = cast(_Noted, session.info.get(_KEY, (set(), set())))
    return Changes(frozenset(kinds), frozenset(codes))
