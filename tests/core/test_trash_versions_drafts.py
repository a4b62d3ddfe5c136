"""Deleting is reversible, edits keep earlier versions, drafts survive until saved."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from servicepunkt_gui.core import actions, drafts, notes, plans, trash
from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.errors import ValidationError
from servicepunkt_gui.core.municipalities import get_municipality
from servicepunkt_gui.core.search import search


def test_deleted_note_goes_to_the_trash_and_comes_back(database: Database) -> None:
    with database.session() as session:
        note = notes.create_note(session, "2284", notes.NoteInput("Om paketombud i Bjästa"))
        notes.delete_note(session, note.id)
        assert notes.count_notes(session, "2284") == 0
        assert notes.get_note(session, note.id) is None
        assert search(session, "paketombud") == []
        assert get_municipality(session, "2284").note_count == 0
        [item] = trash.list_trash(session)
        assert (item.kind, item.title, item.municipality_name) == (
            "note",
            "Om paketombud i Bjästa",
            "Örnsköldsvik",
        )
        trash.restore(session, "note", note.id)
        assert notes.count_notes(session, "2284") == 1
        assert len(search(session, "paketombud")) == 1
        assert trash.list_trash(session) == []


def test_deleted_plan_and_action_come_back(database: Database) -> None:
    with database.session() as session:
        plan = plans.create_plan(session, "1730", plans.PlanInput("Plan A", 2025, 2030), "A")
        other = plans.create_plan(session, "1730", plans.PlanInput("Plan B", 2019, 2024), "A")
        action = actions.add_action(session, plan.id, actions.ActionInput("Laddstolpe"))
        actions.delete_action(session, action.id)
        assert actions.list_actions(session, plan.id) == []
        plans.delete_plan(session, plan.id)
        assert [p.title for p in plans.list_plans(session, "1730")] == ["Plan B"]
        assert plans.get_plan(session, other.id).is_current
        assert {i.kind for i in trash.list_trash(session)} == {"plan", "action"}
        trash.restore(session, "plan", plan.id)
        trash.restore(session, "action", action.id)
        restored = plans.get_plan(session, plan.id)
        assert restored is not None and not restored.is_current  # B stayed current
        assert [a.values.title for a in actions.list_actions(session, plan.id)] == ["Laddstolpe"]


def test_deleted_goal_goes_to_the_trash_with_its_sub_goals(database: Database) -> None:
    with database.session() as session:
        plan = plans.create_plan(session, "2284", plans.PlanInput("Plan", 2026, 2030), "A")
        goal = actions.add_goal(session, plan.id, "Dagligvaror inom 20 minuter")
        sub = actions.add_goal(session, plan.id, "Hemsändning i hela kommunen", goal.id)
        other = actions.add_goal(session, plan.id, "Apoteksombud i Bredbyn")
        tied = actions.add_action(session, plan.id, actions.ActionInput("Avtal", goal_id=sub.id))
        actions.delete_goal(session, goal.id)
        assert [g.id for g in actions.list_goals(session, plan.id)] == [other.id]
        # The sub-goal went with its goal: one item, which brings both back.
        [item] = trash.list_trash(session)
        assert (item.kind, item.id, item.title, item.municipality_code) == (
            "goal",
            goal.id,
            "Dagligvaror inom 20 minuter",
            "2284",
        )
        assert item.municipality_name == "Örnsköldsvik" and item.deleted_at is not None
        with pytest.raises(ValidationError):
            actions.rename_goal(session, sub.id, "Hemsändning")
        with pytest.raises(ValidationError):
            actions.add_goal(session, plan.id, "Under ett borttaget mål", goal.id)
        assert [a.id for a in actions.list_actions(session, plan.id)] == [tied.id]
    with database.session() as session:
        trash.restore(session, "goal", goal.id)
        assert [(g.id, g.parent_id) for g in actions.list_goals(session, plan.id)] == [
            (goal.id, None),
            (sub.id, goal.id),
            (other.id, None),
        ]
        assert trash.list_trash(session) == []
        assert actions.get_action(session, tied.id).values.goal_id == sub.id


@pytest.fixture
def distinct_times(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each deletion a second after the last (a coarse clock could give two the same time)."""
    times: Iterator[dt.datetime] = (
        dt.datetime(2026, 11, 28, 9, 0) + dt.timedelta(seconds=n) for n in range(1000)
    )
    monkeypatch.setattr(actions, "utc_now", lambda: next(times))


@pytest.mark.usefixtures("distinct_times")
def test_restoring_a_sub_goal_brings_back_its_goal(database: Database) -> None:
    with database.session() as session:
        plan = plans.create_plan(session, "2284", plans.PlanInput("Plan", 2026, 2030), "A")
        goal = actions.add_goal(session, plan.id, "Service i byarna")
        first = actions.add_goal(session, plan.id, "Paketombud i Bjästa", goal.id)
        second = actions.add_goal(session, plan.id, "Drivmedel i Björna", goal.id)
        actions.delete_goal(session, first.id)  # on its own, before its goal
        actions.delete_goal(session, goal.id)  # takes the second sub-goal with it
        assert actions.list_goals(session, plan.id) == []
        assert [(i.kind, i.id) for i in trash.list_trash(session)] == [
            ("goal", goal.id),
            ("goal", first.id),
        ]
        # Restoring the goal leaves the sub-goal that was deleted on its own in the trash.
        trash.restore(session, "goal", goal.id)
        assert [g.id for g in actions.list_goals(session, plan.id)] == [goal.id, second.id]
        assert [i.id for i in trash.list_trash(session)] == [first.id]
        actions.delete_goal(session, goal.id)
        # A sub-goal never comes back without its goal.
        trash.restore(session, "goal", first.id)
        assert {g.id for g in actions.list_goals(session, plan.id)} == {
            goal.id,
            first.id,
            second.id,
        }
        assert trash.list_trash(session) == []


def test_edits_keep_earlier_versions(database: Database) -> None:
    with database.session() as session:
        note = notes.create_note(session, "0512", notes.NoteInput("Första", title="Möte"))
        notes.update_note(session, note.id, notes.NoteInput("Andra", title="Möte"))
        notes.update_note(session, note.id, notes.NoteInput("Tredje", title="Möte"))
        # Changing only the category keeps no copy of unchanged text.
        notes.update_note(
            session, note.id, notes.NoteInput("Tredje", title="Möte", category="decision")
        )
        versions = notes.list_versions(session, note.id)
    assert [v.body for v in versions] == ["Andra", "Första"]


def test_drafts_are_kept_until_discarded(database: Database) -> None:
    fields = {"body": "Halvskriven anteckning 🚚", "title": "", "concerns_date": "2026-11-27"}
    with database.session() as session:
        drafts.save_draft(session, "note:new:2284", "2284", fields)
        drafts.save_draft(session, "note:new:2284", "2284", {**fields, "body": "Mer text"})
        [draft] = drafts.list_drafts(session)
        assert draft.fields["body"] == "Mer text"
        assert (draft.kind, draft.target_id, draft.municipality_name) == (
            "note",
            None,
            "Örnsköldsvik",
        )
        drafts.discard_draft(session, "note:new:2284")
        assert drafts.list_drafts(session) == []
