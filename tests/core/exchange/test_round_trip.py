"""A file written by one installation and read by another carries everything over."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest

from servicepunkt_gui.core import actions, notes, plans, trash
from servicepunkt_gui.core.changes import RecordKind, collected
from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.exchange import (
    FORMAT_VERSION,
    Resolution,
    apply_import,
    read_exchange_file,
)
from servicepunkt_gui.core.export_scope import ExportScope
from servicepunkt_gui.core.municipalities import set_mine
from servicepunkt_gui.core.progress import Cancelled, Progress

from .conftest import MakeInstallation
from .helpers import ORNSKOLDSVIK, SORSELE, content, export, preview, receive, unchanged


def _some_records(installation: MakeInstallation) -> tuple[Database, str]:
    anna = installation("anna")
    with anna.session() as session:
        plan = plans.create_plan(
            session, SORSELE, plans.PlanInput("Serviceplan 2026–2030", 2026, 2030), "Anna"
        )
        plans.set_stage(session, plan.id, "mapping", "Anna", dt.date(2026, 3, 1), "Kartläggning")
        goal = actions.add_goal(session, plan.id, "Dagligvaror inom 20 minuter")
        sub = actions.add_goal(session, plan.id, "Ombud i Gargnäs", parent_id=goal.id)
        action = actions.add_action(
            session, plan.id, actions.ActionInput("Stöd till lanthandeln", goal_id=sub.id)
        )
        notes.create_note(
            session,
            SORSELE,
            notes.NoteInput("Möte med lanthandlarna i Ammarnäs.", title="Möte", plan_id=plan.id),
        )
        notes.create_note(session, SORSELE, notes.NoteInput("Om åtgärden", action_id=action.id))
        gone = notes.create_note(session, ORNSKOLDSVIK, notes.NoteInput("Ska bort"))
        notes.delete_note(session, gone.id)
        in_trash = notes.create_note(session, ORNSKOLDSVIK, notes.NoteInput("I papperskorgen"))
        notes.delete_note(session, in_trash.id)
        set_mine(session, SORSELE, True)
    with anna.session() as session:
        [item] = [i for i in trash.list_trash(session) if i.id == gone.id]
        trash.delete_forever(session, item)
    return anna, plan.id


def test_round_trip_carries_every_record_field_for_field(
    installation: MakeInstallation, tmp_path: Path
) -> None:
    anna, _plan_id = _some_records(installation)
    bertil = installation("bertil")
    path = export(anna, tmp_path, "Anna Berg")
    with zipfile.ZipFile(path) as archive:
        assert sorted(archive.namelist()) == ["manifest.json", "records.json"]
    exchange = read_exchange_file(path)
    assert exchange.manifest.version == FORMAT_VERSION
    assert exchange.manifest.exported_by == "Anna Berg"
    assert len(exchange.tombstones) == 1
    with bertil.session() as session:
        result = apply_import(session, exchange, "Bertil")
        changed = collected(session)
    assert {RecordKind.PLAN, RecordKind.GOAL, RecordKind.ACTION, RecordKind.NOTE} <= changed.kinds
    assert {SORSELE, ORNSKOLDSVIK} <= changed.municipalities
    sorsele = next(c for c in result.municipalities if c.code == SORSELE)
    assert sorsele.new == 1 + 2 + 2 + 1 + 2  # plan, two steps, goal and sub-goal, action, notes
    assert content(anna) == content(bertil)
    # Read back, it changes nothing: every record is as it was sent.
    assert unchanged(preview(bertil, path))
    assert unchanged(preview(anna, export(bertil, tmp_path, "Bertil")))


def test_the_same_file_twice_changes_nothing(
    installation: MakeInstallation, tmp_path: Path
) -> None:
    anna, _plan_id = _some_records(installation)
    bertil = installation("bertil")
    path = export(anna, tmp_path, "Anna")
    receive(bertil, path)
    before = content(bertil)
    found = preview(bertil, path)
    assert unchanged(found)
    assert all(c.unchanged > 0 for c in found.municipalities if c.code == SORSELE)
    receive(bertil, path)
    assert content(bertil) == before


def test_a_newer_edit_wins(installation: MakeInstallation, tmp_path: Path) -> None:
    anna, plan_id = _some_records(installation)
    bertil = installation("bertil")
    receive(bertil, export(anna, tmp_path, "Anna"))
    with bertil.session() as session:
        plan = plans.get_plan(session, plan_id)
        assert plan is not None
        plans.update_plan(session, plan_id, plans.PlanInput("Serviceplan, reviderad", 2026, 2031))
    found = preview(anna, export(bertil, tmp_path, "Bertil"))
    assert [c.changed for c in found.municipalities if c.code == SORSELE] == [1]
    assert found.conflicts == ()
    receive(anna, tmp_path / "Bertil.servicepunkt")
    with anna.session() as session:
        plan = plans.get_plan(session, plan_id)
        assert plan is not None and plan.title == "Serviceplan, reviderad"
    assert content(anna) == content(bertil)


def test_a_conflict_keeps_both_and_says_so_in_swedish(
    installation: MakeInstallation, tmp_path: Path
) -> None:
    anna, _plan_id = _some_records(installation)
    bertil = installation("bertil")
    receive(bertil, export(anna, tmp_path, "Anna Berg"))
    with anna.session() as session:
        [note] = [n for n in notes.list_notes(session, SORSELE) if n.title == "Möte"]
        notes.update_note(session, note.id, notes.NoteInput("Annas text.", title="Möte"))
    with bertil.session() as session:
        notes.update_note(session, note.id, notes.NoteInput("Bertils text.", title="Möte"))
    path = export(anna, tmp_path, "Anna Berg")
    found = preview(bertil, path, local_name="Bertil Ek")
    [conflict] = found.conflicts
    assert conflict.kind == "note" and conflict.municipality_name == "Sorsele"
    assert conflict.sentence_sv.startswith(
        "Anteckningen för Sorsele ändrades både här (av Bertil Ek, "
    )
    assert " och i Annas fil (av Anna Berg, " in conflict.sentence_sv
    assert conflict.sentence_sv.endswith(").")
    receive(bertil, path)
    with bertil.session() as session:
        bodies = {n.preview for n in notes.list_notes(session, SORSELE)}
    assert {"Annas text.", "Bertils text."} <= bodies
    # Anna resolves the same conflict the same way: the two files end up alike.
    receive(anna, export(bertil, tmp_path, "Bertil Ek"))
    assert content(anna) == content(bertil)


@pytest.mark.parametrize("resolution", [Resolution.KEEP_MINE, Resolution.TAKE_THEIRS])
def test_a_conflict_resolved_one_way(
    installation: MakeInstallation, tmp_path: Path, resolution: Resolution
) -> None:
    anna, plan_id = _some_records(installation)
    bertil = installation("bertil")
    receive(bertil, export(anna, tmp_path, "Anna"))
    for database, title in ((anna, "Annas titel"), (bertil, "Bertils titel")):
        with database.session() as session:
            plans.update_plan(session, plan_id, plans.PlanInput(title, 2026, 2030))
    receive(bertil, export(anna, tmp_path, "Anna"), resolutions={plan_id: resolution})
    with bertil.session() as session:
        titles = [p.title for p in plans.list_plans(session, SORSELE)]
    assert titles == (["Bertils titel"] if resolution is Resolution.KEEP_MINE else ["Annas titel"])


def test_a_cancelled_export_leaves_no_file(installation: MakeInstallation, tmp_path: Path) -> None:
    anna, _plan_id = _some_records(installation)
    progress = Progress(on_step=lambda done, total: progress.cancel())
    target = tmp_path / "anna.servicepunkt"
    from servicepunkt_gui.core.exchange import write_exchange_file

    with pytest.raises(Cancelled), anna.session() as session:
        write_exchange_file(session, ExportScope(), target, "Anna", "0.1.0", progress)
    assert list(tmp_path.glob("anna.servicepunkt*")) == []


def test_an_export_of_one_municipality_holds_only_it(
    installation: MakeInstallation, tmp_path: Path
) -> None:
    anna, _plan_id = _some_records(installation)
    path = export(anna, tmp_path, "Anna", ExportScope(municipality_codes=(ORNSKOLDSVIK,)))
    exchange = read_exchange_file(path)
    assert exchange.manifest.municipalities == (ORNSKOLDSVIK,)
    assert [r.kind for r in exchange.records] == ["note"]  # the one in the trash
    assert exchange.records[0].values["deleted_at"] is not None
    assert [t.municipality_code for t in exchange.tombstones] == [ORNSKOLDSVIK]


def test_a_stale_copy_from_a_third_does_not_undo_an_edit(
    installation: MakeInstallation, tmp_path: Path
) -> None:
    """The coordinator got Anna's edit first; Bertil's file still holds the version before."""
    anna, _plan_id = _some_records(installation)
    bertil, coordinator = installation("bertil"), installation("coordinator")
    start = export(anna, tmp_path, "Anna")
    receive(bertil, start)
    receive(coordinator, start)
    with anna.session() as session:
        [note] = [n for n in notes.list_notes(session, SORSELE) if n.title == "Möte"]
        notes.update_note(session, note.id, notes.NoteInput("Annas nyare text.", title="Möte"))
    receive(coordinator, export(anna, tmp_path, "Anna"))
    found = preview(coordinator, export(bertil, tmp_path, "Bertil"))
    assert unchanged(found)
    receive(coordinator, tmp_path / "Bertil.servicepunkt")
    with coordinator.session() as session:
        detail = notes.get_note(session, note.id)
        assert detail is not None and detail.body == "Annas nyare text."
    # Bertil, in turn, takes the newer text without a conflict.
    assert preview(bertil, export(coordinator, tmp_path, "Samordnaren")).conflicts == ()


def test_two_current_plans_meet_and_the_later_stays_current(
    installation: MakeInstallation, tmp_path: Path
) -> None:
    anna, bertil = installation("anna"), installation("bertil")
    with anna.session() as session:
        plans.create_plan(session, SORSELE, plans.PlanInput("Annas plan", 2026, 2030), "A")
    with bertil.session() as session:
        plans.create_plan(session, SORSELE, plans.PlanInput("Bertils plan", 2027, 2031), "B")
    receive(anna, export(bertil, tmp_path, "Bertil"))
    receive(bertil, export(anna, tmp_path, "Anna"))
    for database in (anna, bertil):
        with database.session() as session:
            listed = plans.list_plans(session, SORSELE)
        assert {p.title: p.is_current for p in listed} == {
            "Annas plan": False,
            "Bertils plan": True,  # written last
        }
    assert content(anna) == content(bertil)
