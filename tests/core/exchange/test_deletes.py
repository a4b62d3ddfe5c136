"""Deleting for good travels between installations; an edit there beats it."""

from __future__ import annotations

from pathlib import Path

from servicepunkt_gui.core import actions, notes, plans, trash
from servicepunkt_gui.core.db import Database

from .conftest import MakeInstallation
from .helpers import SORSELE, content, export, preview, receive, rows_of


def _purge(database: Database, kind: str, item_id: str) -> None:
    with database.session() as session:
        if kind == "note":
            notes.delete_note(session, item_id)
        elif kind == "plan":
            plans.delete_plan(session, item_id)
        elif kind == "goal":
            actions.delete_goal(session, item_id)
        else:
            actions.delete_action(session, item_id)
    with database.session() as session:
        [item] = [i for i in trash.list_trash(session) if i.id == item_id]
        trash.delete_forever(session, item)


def _tombstones(database: Database) -> set[tuple[str, str]]:
    return {(str(r), str(k)) for r, k in rows_of(database, "SELECT record_id, kind FROM tombstone")}


def _plan_with_everything(database: Database) -> dict[str, str]:
    with database.session() as session:
        plan = plans.create_plan(session, SORSELE, plans.PlanInput("Plan", 2026, 2030), "A")
        step = plans.set_stage(session, plan.id, "mapping", "A").history[-1]
        goal = actions.add_goal(session, plan.id, "Mål")
        sub = actions.add_goal(session, plan.id, "Delmål", parent_id=goal.id)
        action = actions.add_action(session, plan.id, actions.ActionInput("Åtgärd"))
        note = notes.create_note(session, SORSELE, notes.NoteInput("Om planen", plan_id=plan.id))
    first_step = next(s for s in step_ids(database, plan.id) if s != step.id)
    return {
        "plan": plan.id,
        "step": step.id,
        "first_step": first_step,
        "goal": goal.id,
        "sub": sub.id,
        "action": action.id,
        "note": note.id,
    }


def step_ids(database: Database, plan_id: str) -> list[str]:
    with database.session() as session:
        detail = plans.get_plan(session, plan_id)
        assert detail is not None
        return [change.id for change in detail.history]


def test_every_row_deleted_for_good_leaves_a_tombstone(installation: MakeInstallation) -> None:
    anna = installation("anna")
    ids = _plan_with_everything(anna)
    _purge(anna, "plan", ids["plan"])
    expected = {
        (ids["plan"], "plan"),
        (ids["step"], "stage_change"),
        (ids["first_step"], "stage_change"),
        (ids["goal"], "goal"),
        (ids["sub"], "goal"),
        (ids["action"], "action"),
    }
    assert _tombstones(anna) == expected
    _purge(anna, "note", ids["note"])  # the note stayed, no longer tied to the plan
    assert (ids["note"], "note") in _tombstones(anna)


def test_a_sub_goal_and_an_action_deleted_on_their_own(installation: MakeInstallation) -> None:
    anna = installation("anna")
    ids = _plan_with_everything(anna)
    _purge(anna, "goal", ids["goal"])  # with its sub-goal
    _purge(anna, "action", ids["action"])
    assert _tombstones(anna) == {
        (ids["goal"], "goal"),
        (ids["sub"], "goal"),
        (ids["action"], "action"),
    }


def test_deleted_for_good_there_is_deleted_here(
    installation: MakeInstallation, tmp_path: Path
) -> None:
    anna, bertil = installation("anna"), installation("bertil")
    ids = _plan_with_everything(anna)
    receive(bertil, export(anna, tmp_path, "Anna"))
    _purge(anna, "plan", ids["plan"])
    path = export(anna, tmp_path, "Anna")
    found = preview(bertil, path)
    [sorsele] = [c for c in found.municipalities if c.code == SORSELE]
    assert sorsele.deleted == 6 and sorsele.in_conflict == 0
    receive(bertil, path)
    assert content(bertil) == content(anna)
    assert _tombstones(bertil) == _tombstones(anna)


def test_an_edit_here_beats_a_delete_there(installation: MakeInstallation, tmp_path: Path) -> None:
    anna, bertil = installation("anna"), installation("bertil")
    ids = _plan_with_everything(anna)
    receive(bertil, export(anna, tmp_path, "Anna Berg"))
    _purge(anna, "note", ids["note"])
    with bertil.session() as session:
        notes.update_note(session, ids["note"], notes.NoteInput("Bertil skrev mer om planen."))
    path = export(anna, tmp_path, "Anna Berg")
    [conflict] = preview(bertil, path, local_name="Bertil Ek").conflicts
    assert conflict.incoming_deleted
    assert conflict.sentence_sv.startswith(
        "Anteckningen för Sorsele togs bort för gott i Annas fil (av Anna Berg, "
    )
    assert "men den ändrades här (av Bertil Ek, " in conflict.sentence_sv
    assert conflict.sentence_sv.endswith("så den finns kvar här.")
    receive(bertil, path)
    with bertil.session() as session:
        assert notes.get_note(session, ids["note"]) is not None
    # Back at Anna's, the edited note comes back: no text is lost.
    receive(anna, export(bertil, tmp_path, "Bertil Ek"))
    with anna.session() as session:
        note = notes.get_note(session, ids["note"])
        assert note is not None and note.body == "Bertil skrev mer om planen."
    assert content(anna) == content(bertil)


def test_a_copy_seen_before_the_delete_does_not_bring_it_back(
    installation: MakeInstallation, tmp_path: Path
) -> None:
    anna, bertil = installation("anna"), installation("bertil")
    ids = _plan_with_everything(anna)
    receive(bertil, export(anna, tmp_path, "Anna"))
    _purge(anna, "goal", ids["goal"])
    stale = export(bertil, tmp_path, "Bertil")  # still has the goal, unchanged
    found = preview(anna, stale)
    assert not found.changes_anything and not found.conflicts
    receive(anna, stale)
    with anna.session() as session:
        assert actions.list_goals(session, ids["plan"]) == []


def test_a_plan_with_something_new_under_it_stays(
    installation: MakeInstallation, tmp_path: Path
) -> None:
    anna, bertil = installation("anna"), installation("bertil")
    ids = _plan_with_everything(anna)
    receive(bertil, export(anna, tmp_path, "Anna"))
    _purge(anna, "plan", ids["plan"])
    with bertil.session() as session:
        actions.add_action(session, ids["plan"], actions.ActionInput("Bertils nya åtgärd"))
    path = export(anna, tmp_path, "Anna")
    conflicts = preview(bertil, path, local_name="Bertil").conflicts
    [kept] = [c for c in conflicts if c.kind == "plan"]
    assert "här har något lagts till under den sedan" in kept.sentence_sv
    receive(bertil, path)
    with bertil.session() as session:
        titles = [a.values.title for a in actions.list_actions(session, ids["plan"])]
    assert "Bertils nya åtgärd" in titles


def test_an_edited_goal_brings_its_deleted_plan_back(
    installation: MakeInstallation, tmp_path: Path
) -> None:
    anna, bertil = installation("anna"), installation("bertil")
    ids = _plan_with_everything(anna)
    receive(bertil, export(anna, tmp_path, "Anna"))
    _purge(anna, "plan", ids["plan"])
    with bertil.session() as session:
        actions.rename_goal(session, ids["sub"], "Delmål, omskrivet av Bertil")
    receive(anna, export(bertil, tmp_path, "Bertil"))
    with anna.session() as session:
        goals = {g.title for g in actions.list_goals(session, ids["plan"])}
    assert "Delmål, omskrivet av Bertil" in goals
    assert "Mål" in goals  # the goal it hangs under came back with it
    receive(bertil, export(anna, tmp_path, "Anna"))
    receive(anna, export(bertil, tmp_path, "Bertil"))
    assert content(anna) == content(bertil)
