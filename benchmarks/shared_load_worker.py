"""One simulated official of ``measure_shared_load.py``: a process of its own on the server.

It opens the shared database as the app does (``open_shared_database``) and, until its time
is up, does what an official does in the window, through the same core functions: open a
municipality's page, page through its notes, search, write a note, edit one of their own
notes, and edit the few hot records everybody edits (two notes and two plan actions).

An edit of a hot record is a read-modify-write as the window does it: the form reads the
record and its ``row_version``; a moment later (``edit_ms``, the official typing) the save
hands that version back as ``expected_version``. The edit appends a token unique to this
save to the text, so the parent can check afterwards that no saved edit was lost. A save
refused because someone else saved in between (``EditConflictError``, or SQLAlchemy's
``StaleDataError`` from a concurrent UPDATE) is an expected conflict: the official reads
the stored version again and keeps their own addition on top of it ("keep mine"), up to
``MAX_ATTEMPTS`` times. Every other exception is counted as an error.
"""

from __future__ import annotations

import random
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial
from multiprocessing.synchronize import Event
from typing import Any

MAX_ATTEMPTS = 25
PAGE_SIZE = 100

# Weights of what an official does next (reads outnumber writes, as in the window).
OPERATIONS: dict[str, int] = {
    "open_municipality": 25,
    "list_notes": 20,
    "search": 15,
    "create_note": 15,
    "edit_own_note": 5,
    "edit_hot_note": 10,
    "edit_hot_action": 10,
}
SAVES = ("create_note", "edit_own_note", "edit_hot_note", "edit_hot_action")


@dataclass(frozen=True)
class WorkerPlan:
    """What one official does; plain data, since it travels to a spawned process."""

    number: int
    host: str
    database: str
    user: str
    seconds: float
    seed: int
    think_ms: float  # mean pause between two operations
    edit_ms: float  # mean time between reading a record into a form and saving it
    home_codes: tuple[str, ...]  # the municipalities this official works on
    open_codes: tuple[str, ...]  # the ones they look at
    hot_notes: tuple[str, ...]
    hot_actions: tuple[str, ...]
    queries: tuple[str, ...]  # empty: search left out (not working on this engine)
    check_versions: bool = True  # False only to prove that the lost-update check finds losses


@dataclass
class WorkerLog:
    """What the official did, sent back to the parent when the time is up."""

    number: int
    operations: Counter[str] = field(default_factory=Counter)
    save_ms: list[float] = field(default_factory=list)  # successful saves, whole unit of work
    read_ms: dict[str, list[float]] = field(default_factory=dict)
    conflicts: Counter[str] = field(default_factory=Counter)  # by exception class
    given_up: int = 0  # edits still conflicting after MAX_ATTEMPTS
    errors: list[str] = field(default_factory=list)  # anything else (first lines)
    error_count: int = 0
    # (kind, record id, token, version after the save) of every hot edit that was saved.
    saved_edits: list[tuple[str, str, str, int]] = field(default_factory=list)
    created_notes: list[str] = field(default_factory=list)


class _GaveUpError(Exception):
    """A conflict survived MAX_ATTEMPTS re-reads (not an error: counted as given up)."""


def _conflict_kinds() -> tuple[type[BaseException], ...]:
    from sqlalchemy.orm.exc import StaleDataError

    from servicepunkt_gui.core.record_versions import EditConflictError

    return (EditConflictError, StaleDataError)


def run(plan: WorkerPlan, ready: Any, start: Event) -> WorkerLog:
    """Connect, say ready, wait for the start, then work for ``plan.seconds``."""
    from servicepunkt_gui.core.db import open_shared_database
    from servicepunkt_gui.core.shared_location import SharedLocation

    where = SharedLocation(host=plan.host, database=plan.database, user=plan.user)
    database = open_shared_database(where)
    official = _Official(plan, database)
    try:
        official.warm_up()
        ready.put(plan.number)
        start.wait()
        official.work()
    finally:
        database.close()
    return official.log


def main(plan: WorkerPlan, ready: Any, start: Event, results: Any) -> None:
    """The spawned process's target: the log goes back on ``results``, even after a crash."""
    try:
        results.put(run(plan, ready, start))
    except BaseException:
        log = WorkerLog(plan.number, error_count=1)
        log.errors.append(traceback.format_exc()[-2000:])
        ready.put(plan.number)
        results.put(log)


class _Official:
    def __init__(self, plan: WorkerPlan, database: Any) -> None:
        self.plan = plan
        self.database = database
        self.rng = random.Random(plan.seed * 1_000 + plan.number)
        self.log = WorkerLog(plan.number)
        self.conflict_kinds = _conflict_kinds()
        self.saves = 0
        self.own_notes: list[str] = []
        weights = dict(OPERATIONS)
        if not plan.queries:
            weights.pop("search")
        self.names = list(weights)
        self.weights = list(weights.values())

    def warm_up(self) -> None:
        """Connect and load the modules before the clock starts (not counted)."""
        from servicepunkt_gui.core.pages import municipality_page

        with self.database.read_session() as session:
            municipality_page(session, self.plan.home_codes[0])

    def work(self) -> None:
        deadline = time.monotonic() + self.plan.seconds
        actions: dict[str, Callable[[], None]] = {
            "open_municipality": self.open_municipality,
            "list_notes": self.list_notes,
            "search": self.search,
            "create_note": self.create_note,
            "edit_own_note": self.edit_own_note,
            "edit_hot_note": lambda: self.edit_hot("note", self.rng.choice(self.plan.hot_notes)),
            "edit_hot_action": lambda: self.edit_hot(
                "action", self.rng.choice(self.plan.hot_actions)
            ),
        }
        while time.monotonic() < deadline:
            name = self.rng.choices(self.names, self.weights)[0]
            try:
                actions[name]()
                self.log.operations[name] += 1
            except _GaveUpError:
                self.log.given_up += 1
            except Exception as error:
                self.log.error_count += 1
                if len(self.log.errors) < 10:
                    self.log.errors.append(f"{name}: {type(error).__name__}: {error}"[:1000])
            self._pause(self.plan.think_ms)

    # -- reads ---------------------------------------------------------------------------

    def _read(self, name: str, read: Callable[[Any], Any]) -> Any:
        started = time.perf_counter()
        with self.database.read_session() as session:
            value = read(session)
        elapsed = (time.perf_counter() - started) * 1000.0
        self.log.read_ms.setdefault(name, []).append(elapsed)
        return value

    def open_municipality(self) -> None:
        from servicepunkt_gui.core.pages import municipality_page

        code = self.rng.choice(self.plan.open_codes)
        self._read("open_municipality", lambda s: municipality_page(s, code))

    def list_notes(self) -> None:
        from servicepunkt_gui.core.notes import list_notes

        code = self.rng.choice(self.plan.home_codes)
        offset = PAGE_SIZE * self.rng.randrange(5)  # scrolling down a few pages
        self._read("list_notes", lambda s: list_notes(s, code, offset, PAGE_SIZE))

    def search(self) -> None:
        from servicepunkt_gui.core.search import search

        query = self.rng.choice(self.plan.queries)
        self._read("search", lambda s: search(s, query))

    # -- writes --------------------------------------------------------------------------

    def _save(self, write: Callable[[Any], Any]) -> Any:
        """One unit of work as the window saves; its time counts only if it was saved."""
        started = time.perf_counter()
        with self.database.session() as session:
            value = write(session)
        self.log.save_ms.append((time.perf_counter() - started) * 1000.0)
        return value

    def _token(self) -> str:
        self.saves += 1
        return f"[w{self.plan.number}-{self.saves}]"

    def create_note(self) -> None:
        from servicepunkt_gui.core.notes import NoteInput, create_note

        code = self.rng.choice(self.plan.home_codes)
        note = NoteInput(
            title=f"Samtal med handlaren {self._token()}",
            body="Handlaren vill diskutera hemsändning och paketombud inför vintern.",
            category="dialogue",
            author=f"Handläggare {self.plan.number}",
        )
        detail = self._save(lambda s: create_note(s, code, note))
        self.own_notes.append(detail.id)
        self.log.created_notes.append(detail.id)

    def edit_own_note(self) -> None:
        if not self.own_notes:
            self.create_note()
            return
        # Nobody else edits it, so no conflict is possible: a plain edit.
        self._edit("note", self.rng.choice(self.own_notes[-5:]), log_token=False)

    def edit_hot(self, kind: str, record_id: str) -> None:
        self._edit(kind, record_id, log_token=True)

    def _edit(self, kind: str, record_id: str, log_token: bool) -> None:
        """Read into the form, type a while, save with the version read; on conflict again."""
        token = self._token()
        for _attempt in range(MAX_ATTEMPTS):
            record = self._read(f"read_{kind}", lambda s: _get(kind, s, record_id))
            self._pause(self.plan.edit_ms)
            try:
                saved = self._save(partial(self._append, kind, record=record, token=token))
            except Exception as error:
                conflict = self._conflict_name(error)
                if conflict is None:
                    raise
                self.log.conflicts[conflict] += 1
                continue  # read the stored version again, keep my addition on top of it
            if log_token:
                self.log.saved_edits.append((kind, record_id, token, int(saved.row_version)))
            return
        raise _GaveUpError(record_id)

    def _append(self, kind: str, session: Any, *, record: Any, token: str) -> Any:
        """Save ``record`` as read plus ``token`` at the end of its text, against its version."""
        from servicepunkt_gui.core.actions import update_action
        from servicepunkt_gui.core.notes import update_note

        read = record.row_version if self.plan.check_versions else None
        if kind == "note":
            values = replace(record.values(), body=f"{record.body} {token}")
            return update_note(session, record.id, values, expected_version=read)
        text = f"{record.values.description} {token}".strip()
        return update_action(
            session, record.id, replace(record.values, description=text), expected_version=read
        )

    def _conflict_name(self, error: BaseException) -> str | None:
        current: BaseException | None = error
        for _ in range(10):  # the conflict may be the cause of what the commit raised
            if current is None:
                return None
            if isinstance(current, self.conflict_kinds):
                return type(current).__name__
            current = current.__cause__ or current.__context__
        return None

    def _pause(self, mean_ms: float) -> None:
        if mean_ms > 0:
            time.sleep(self.rng.uniform(0.0, 2.0 * mean_ms) / 1000.0)


def _get(kind: str, session: Any, record_id: str) -> Any:
    from servicepunkt_gui.core.actions import get_action
    from servicepunkt_gui.core.notes import get_note

    found = get_note(session, record_id) if kind == "note" else get_action(session, record_id)
    if found is None:
        raise LookupError(f"{kind} {record_id} is gone")
    return found
