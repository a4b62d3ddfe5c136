"""Three installations that edit, delete for good and conflict, then exchange files in
every order, end up holding the same records, with no text lost on the way."""

from __future__ import annotations

import datetime as dt
import itertools
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from servicepunkt_gui.core import actions, notes, plans, trash
from servicepunkt_gui.core.db import Database, copy_database, open_database
from servicepunkt_gui.core.exchange.apply import COPY_MARK
from servicepunkt_gui.core.municipalities import set_mine

from .helpers import ORNSKOLDSVIK, SORSELE, content, export, preview, receive, send, unchanged

# Copies the three edited files for each order: files, so SQLite only.
pytestmark = pytest.mark.sqlite_only

NAMES = ("Anna Berg", "Bertil Ek", "Cecilia Lund")


@dataclass(frozen=True)
class Edited:
    """The three files after their edits, and every text that must survive."""

    paths: tuple[Path, Path, Path]
    kept_texts: frozenset[str]
    gone_texts: frozenset[str]


def _purge(database: Database, item_id: str) -> None:
    with database.session() as session:
        [item] = [i for i in trash.list_trash(session) if i.id == item_id]
        trash.delete_forever(session, item)


def _note(database: Database, code: str, body: str, title: str = "") -> str:
    with database.session() as session:
        return notes.create_note(session, code, notes.NoteInput(body, title=title)).id


def _edit_note(database: Database, note_id: str, body: str) -> None:
    with database.session() as session:
        notes.update_note(session, note_id, notes.NoteInput(body))


@pytest.fixture(scope="module")
def edited(tmp_path_factory: pytest.TempPathFactory, reference_template: Path) -> Edited:
    folder = tmp_path_factory.mktemp("three")
    opened = []
    for name in "abc":
        path = folder / name / "servicepunkt.sqlite3"
        path.parent.mkdir()
        copy_database(reference_template, path)
        opened.append(open_database(path))
    anna, bertil, cecilia = opened
    # What all three start from: Anna's plan and notes, sent to the others.
    with anna.session() as session:
        plan = plans.create_plan(
            session, SORSELE, plans.PlanInput("Serviceplan 2026–2030", 2026, 2030), "Anna"
        )
        goal = actions.add_goal(session, plan.id, "Dagligvaror nära")
        sub = actions.add_goal(session, plan.id, "Ombud i Gargnäs", parent_id=goal.id)
        doomed = actions.add_action(
            session, plan.id, actions.ActionInput("Varubuss", goal_id=goal.id)
        )
    shared = {
        key: _note(anna, SORSELE, f"Ursprunglig text {key}.", title=key)
        for key in ("n1", "n2", "n3", "n4")
    }
    start = export(anna, folder, "start")
    receive(bertil, start)
    receive(cecilia, start)
    # Anna edits a note and the plan, deletes a note for good, writes a new one.
    _edit_note(anna, shared["n1"], "Annas ändring av n1.")
    with anna.session() as session:
        plans.update_plan(session, plan.id, plans.PlanInput("Serviceplan, Annas titel", 2026, 2030))
        notes.delete_note(session, shared["n2"])
    _purge(anna, shared["n2"])
    _note(anna, ORNSKOLDSVIK, "Annas nya anteckning.")
    # Bertil edits n3 and n4, adds a goal, deletes an action for good, marks Sorsele,
    # and writes Örnsköldsvik's first plan (current).
    _edit_note(bertil, shared["n3"], "Bertils ändring av n3.")
    _edit_note(bertil, shared["n4"], "Bertils version av n4.")
    _edit_note(bertil, shared["n1"], "Bertils ändring av n1.")  # all three edit n1
    with bertil.session() as session:
        actions.add_goal(session, plan.id, "Bertils nya mål")
        actions.delete_action(session, doomed.id)
        set_mine(session, SORSELE, True)
        plans.create_plan(session, ORNSKOLDSVIK, plans.PlanInput("Bertils plan", 2027, 2030), "B")
    _purge(bertil, doomed.id)
    # Cecilia edits n4 as well (a conflict), deletes the sub-goal for good, adds an action,
    # and also writes a first plan for Örnsköldsvik (two current plans meet).
    _edit_note(cecilia, shared["n4"], "Cecilias version av n4.")
    _edit_note(cecilia, shared["n1"], "Cecilias ändring av n1.")
    with cecilia.session() as session:
        actions.delete_goal(session, sub.id)
        actions.add_action(session, plan.id, actions.ActionInput("Cecilias åtgärd"))
        plans.create_plan(session, ORNSKOLDSVIK, plans.PlanInput("Cecilias plan", 2027, 2031), "C")
        plans.set_stage(session, plan.id, "dialogue", "Cecilia", dt.date(2026, 12, 1), "Dialog")
    _purge(cecilia, sub.id)
    for database in opened:
        database.close()
    kept = {
        "Annas ändring av n1.",
        "Bertils ändring av n1.",
        "Cecilias ändring av n1.",
        "Bertils ändring av n3.",
        "Bertils version av n4.",
        "Cecilias version av n4.",
        "Annas nya anteckning.",
        "Serviceplan, Annas titel",
        "Bertils nya mål",
        "Cecilias åtgärd",
        "Bertils plan",
        "Cecilias plan",
        "Dialog",
        "Dagligvaror nära",
    }
    gone = {"Ursprunglig text n2.", "Varubuss", "Ombud i Gargnäs"}
    paths = (anna.file, bertil.file, cecilia.file)
    return Edited(paths, frozenset(kept), frozenset(gone))


@pytest.fixture
def three(edited: Edited, tmp_path: Path) -> Iterator[list[Database]]:
    """Fresh copies of the three edited files for one order of exchanging."""
    opened = []
    for number, source in enumerate(edited.paths):
        path = tmp_path / str(number) / "servicepunkt.sqlite3"
        path.parent.mkdir()
        copy_database(source, path)
        opened.append(open_database(path))
    yield opened
    for database in opened:
        database.close()


def _texts(database: Database) -> set[str]:
    """Every text stored, a kept second version's title also without its mark."""
    dumped = content(database)
    texts = {
        value
        for table in ("service_plan", "plan_stage_change", "plan_goal", "plan_action", "note")
        for row in dumped[table]
        for value in row
        if isinstance(value, str)
    }
    return texts | {text.removesuffix(f" ({COPY_MARK})") for text in texts}


def _settle(three: list[Database], folder: Path, order: tuple[int, ...]) -> int:
    """Everyone sends to everyone, in ``order``, until nothing changes; the rounds it took."""
    for rounds in range(1, 6):
        for sender in order:
            for receiver in order:
                if receiver != sender:
                    send(three[sender], three[receiver], folder / f"r{rounds}", NAMES[sender])
        contents = [content(database) for database in three]
        if contents[0] == contents[1] == contents[2]:
            return rounds
    return 99


@pytest.mark.parametrize("pattern", ["broadcast", "chain"])
@pytest.mark.parametrize("order", list(itertools.permutations(range(3))), ids=str)
def test_three_installations_converge_in_any_order(
    three: list[Database], edited: Edited, tmp_path: Path, order: tuple[int, ...], pattern: str
) -> None:
    if pattern == "chain":  # first one file each, to the next one only (as by e-mail)
        for position, sender in enumerate(order):
            receiver = order[(position + 1) % 3]
            send(three[sender], three[receiver], tmp_path / "chain", NAMES[sender])
    rounds = _settle(three, tmp_path, order)
    assert rounds <= 3
    first = content(three[0])
    assert content(three[1]) == first and content(three[2]) == first
    texts = _texts(three[0])
    assert edited.kept_texts <= texts, edited.kept_texts - texts
    assert not (edited.gone_texts & texts), edited.gone_texts & texts
    # Stable: one more file either way changes nothing.
    for sender, receiver in itertools.permutations(range(3), 2):
        path = export(three[sender], tmp_path / "after", NAMES[sender])
        assert unchanged(preview(three[receiver], path)), (sender, receiver)
    # One current plan in Örnsköldsvik, the same everywhere; the other plan kept.
    for database in three:
        with sqlite3.connect(database.file) as connection:
            current = connection.execute(
                "SELECT title FROM service_plan WHERE municipality_code = ? AND is_current",
                (ORNSKOLDSVIK,),
            ).fetchall()
        assert len(current) == 1
