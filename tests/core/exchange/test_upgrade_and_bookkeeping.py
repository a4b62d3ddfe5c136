"""Migration 0009 on an older file, and what an installation keeps about exchanging."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest

from servicepunkt_gui.core import notes, plans, trash
from servicepunkt_gui.core.db import HEAD_REVISION, open_database
from servicepunkt_gui.core.exchange import Resolution, apply_import, read_exchange_file
from servicepunkt_gui.core.exchange.bookkeeping import INSTALLATION_ID_KEY
from servicepunkt_gui.core.municipalities import get_municipality, set_mine
from servicepunkt_gui.core.progress import Cancelled, Progress

from .conftest import MakeInstallation
from .helpers import SORSELE, all_rows, content, export, preview, receive, rows_of, unchanged

RELEASED = Path(__file__).resolve().parents[2] / "data" / "schema_versions"


@pytest.mark.sqlite_only
def test_an_older_file_upgrades_to_the_head_and_exchanges(tmp_path: Path) -> None:
    old = RELEASED / "0004_trash_versions_drafts.sqlite3"
    path = tmp_path / "old" / "servicepunkt.sqlite3"
    path.parent.mkdir()
    shutil.copy(old, path)
    database = open_database(path)
    try:
        with sqlite3.connect(path) as connection:
            assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
                HEAD_REVISION,
            )
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
            assert {"tombstone", "exchange_base"} <= tables
            assert connection.execute("SELECT count(*) FROM tombstone").fetchone() == (0,)
        with database.session() as session:
            [first, *_] = notes.list_notes(session, "2284")
            notes.delete_note(session, first.id)
        with database.session() as session:
            [item] = [i for i in trash.list_trash(session) if i.id == first.id]
            trash.delete_forever(session, item)
        target = export(database, tmp_path, "Gammal")
        exchange = read_exchange_file(target)
        assert [t.record_id for t in exchange.tombstones] == [first.id]
        assert any(r.kind == "note" for r in exchange.records)
    finally:
        database.close()


def test_the_installation_id_is_made_once(installation: MakeInstallation, tmp_path: Path) -> None:
    anna = installation("anna")
    assert rows_of(anna, "SELECT value FROM meta WHERE key = :key", key=INSTALLATION_ID_KEY) == []
    first = read_exchange_file(export(anna, tmp_path, "a")).manifest.installation_id
    second = read_exchange_file(export(anna, tmp_path, "b")).manifest.installation_id
    assert first == second and uuid.UUID(first).version == 4


def test_a_cancelled_import_leaves_the_file_as_it_was(
    installation: MakeInstallation, tmp_path: Path
) -> None:
    anna, bertil = installation("anna"), installation("bertil")
    with anna.session() as session:
        for number in range(450):  # enough for a progress step during the import
            notes.create_note(session, SORSELE, notes.NoteInput(f"Anteckning {number}"))
    exchange = read_exchange_file(export(anna, tmp_path, "Anna"))
    before = all_rows(bertil)
    calls: list[int] = []

    def on_step(done: int, total: int) -> None:
        calls.append(done)
        if len(calls) == 2:
            progress.cancel()

    progress = Progress(on_step)
    with pytest.raises(Cancelled), bertil.session() as session:
        apply_import(session, exchange, "Bertil", progress=progress)
    assert all_rows(bertil) == before


def test_mine_marks_are_added_never_removed(installation: MakeInstallation, tmp_path: Path) -> None:
    anna, bertil = installation("anna"), installation("bertil")
    with anna.session() as session:
        set_mine(session, SORSELE, True)
    with bertil.session() as session:
        set_mine(session, "2284", True)
    receive(bertil, export(anna, tmp_path, "Anna"))
    with bertil.session() as session:
        mine = [get_municipality(session, code) for code in (SORSELE, "2284")]
        assert all(m is not None and m.is_mine for m in mine)


def test_taking_their_text_keeps_mine_among_the_earlier_versions(
    installation: MakeInstallation, tmp_path: Path
) -> None:
    anna, bertil = installation("anna"), installation("bertil")
    with anna.session() as session:
        note = notes.create_note(session, SORSELE, notes.NoteInput("Första texten."))
    receive(bertil, export(anna, tmp_path, "Anna"))
    with anna.session() as session:
        notes.update_note(session, note.id, notes.NoteInput("Annas text."))
    with bertil.session() as session:
        notes.update_note(session, note.id, notes.NoteInput("Bertils text."))
    receive(bertil, export(anna, tmp_path, "Anna"), resolutions={note.id: Resolution.TAKE_THEIRS})
    with bertil.session() as session:
        detail = notes.get_note(session, note.id)
        assert detail is not None and detail.body == "Annas text."
        bodies = {version.body for version in notes.list_versions(session, note.id)}
    assert "Bertils text." in bodies


def test_keep_both_makes_the_same_copy_on_both_sides(
    installation: MakeInstallation, tmp_path: Path
) -> None:
    anna, bertil = installation("anna"), installation("bertil")
    with anna.session() as session:
        plan = plans.create_plan(session, SORSELE, plans.PlanInput("Plan", 2026, 2030), "A")
    receive(bertil, export(anna, tmp_path, "Anna"))
    with anna.session() as session:
        plans.update_plan(session, plan.id, plans.PlanInput("Annas plan", 2026, 2030))
    with bertil.session() as session:
        plans.update_plan(session, plan.id, plans.PlanInput("Bertils plan", 2026, 2030))
    anna_file, bertil_file = export(anna, tmp_path, "Anna"), export(bertil, tmp_path, "Bertil")
    made = receive(bertil, anna_file).copies
    assert receive(anna, bertil_file).copies == made
    assert content(anna) == content(bertil)
    with bertil.session() as session:
        listed = plans.list_plans(session, SORSELE)
    # The second version is marked, so the two can be told apart in the list.
    assert sorted(p.title for p in listed) == ["Annas plan (andra versionen)", "Bertils plan"]
    assert [p.is_current for p in listed].count(True) == 1
    [copy] = [p for p in listed if p.id != plan.id]
    assert not copy.is_current  # a copy is never the current plan
    assert unchanged(preview(anna, export(bertil, tmp_path, "Bertil")))
    assert made == (copy.id,) and uuid.UUID(copy.id).version == 5  # derived, not random
