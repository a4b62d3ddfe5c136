"""What a write changed, so every view can refresh only what it shows.

Write functions in ``core`` call :func:`record` on the session they were given; whoever ran
the unit of work reads :func:`collected` once it has committed (the UI's write path does,
and hands the result to its change hub). The idea is Anki's ``OpChanges``: the write says
what it touched, the views decide what to redraw.

On a shared PostgreSQL database the same record is also sent to the other windows: a
``pg_notify`` in the unit of work itself, so PostgreSQL delivers it only if the work is
committed (``core.live_changes`` listens and turns it back into ``Changes``).
"""

from __future__ import annotations

import json
import uuid
import weakref
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, cast

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
    if _KEY not in session.info and _is_shared(session):
        _announce_on_commit(session)
    kinds, codes = cast(_Noted, session.info.setdefault(_KEY, (set(), set())))
    kinds.add(kind)
    if municipality_code is not None:
        codes.add(municipality_code)


def collected(session: Session) -> Changes:
    """Everything :func:`record` noted on this session so far."""
    kinds, codes = cast(_Noted, session.info.get(_KEY, (set(), set())))
    return Changes(frozenset(kinds), frozenset(codes))


# -- telling the other windows (PostgreSQL) ----------------------------------------------

CHANNEL = "servicepunkt_changes"
# PostgreSQL refuses a payload of 8000 bytes or more; ours is far smaller (all 290
# municipality codes take about 2 kB), and a larger one is sent as "everything".
_MAX_PAYLOAD = 7900

# One id per engine (that is, per open Database), not per process: a window ignores what it
# wrote itself, but hears what another Database in the same process wrote (tests, tools).
_senders: weakref.WeakKeyDictionary[Any, str] = weakref.WeakKeyDictionary()


def sender_id(engine: Any) -> str:
    """The id sent with every change written through ``engine``."""
    sender = _senders.get(engine)
    if sender is None:
        sender = _senders[engine] = uuid.uuid4().hex
    return sender


def _engine(session: Session) -> Any:
    bind = session.get_bind()
    return getattr(bind, "engine", bind)  # a Connection when bound to one


def _is_shared(session: Session) -> bool:
    return bool(_engine(session).dialect.name == "postgresql")


def _announce_on_commit(session: Session) -> None:
    from sqlalchemy import event, text

    def send(session: Session) -> None:
        changes = collected(session)
        if changes:
            session.execute(
                text("SELECT pg_notify(:channel, :payload)"),
                {"channel": CHANNEL, "payload": payload(changes, sender_id(_engine(session)))},
            )

    # before_commit runs inside the transaction: the notice goes out with the commit, and
    # a rollback sends nothing. Listened once per session (a unit of work is one session).
    event.listen(session, "before_commit", send, once=True)


def payload(changes: Changes, sender: str) -> str:
    """The notice for ``changes``: small JSON of kinds, municipality codes and the sender."""
    text = json.dumps(
        {"s": sender, "k": sorted(changes.kinds), "m": sorted(changes.municipalities)},
        separators=(",", ":"),
    )
    if len(text.encode("utf-8")) > _MAX_PAYLOAD:
        return payload(EVERYTHING, sender)
    return text


def from_payload(text: str) -> tuple[str, Changes] | None:
    """(sender, changes) of a notice; None for one that is not ours or not understood."""
    try:
        raw = json.loads(text)
        sender = raw["s"]
        kinds = frozenset(RecordKind(kind) for kind in raw["k"])
        codes = frozenset(str(code) for code in raw["m"])
    except (ValueError, KeyError, TypeError):
        return None
    if not isinstance(sender, str):
        return None
    return sender, Changes(kinds, codes)
