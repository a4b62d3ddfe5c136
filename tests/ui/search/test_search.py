"""Global search in the window: as you type, grouped, and a hit opens what was found."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core import actions, notes, plans
from servicepunkt_gui.store import open_store
from servicepunkt_gui.ui.notes.notes_model import PAGE_SIZE
from servicepunkt_gui.ui.search.search_panel import HTML_ROLE
from tests.ui.conftest import DialogRecorder, OpenWindow
from tests.ui.helpers import shown_name, type_text

OLD_NOTE_BODY = "Det gamla protokollet om kontantuttag i Lövånger."


def _fill(db_path: Path) -> None:
    database = open_store(db_path)
    with database.session() as session:
        # Skellefteå gets more notes than one page; the one searched for is the oldest.
        notes.create_note(
            session,
            "2482",
            notes.NoteInput(OLD_NOTE_BODY, concerns_date=dt.date(2016, 1, 5)),
        )
        for day in range(PAGE_SIZE + 50):
            notes.create_note(
                session,
                "2482",
                notes.NoteInput(
                    f"Veckomöte nummer {day}",
                    concerns_date=dt.date(2020, 1, 1) + dt.timedelta(days=day),
                ),
            )
        notes.create_note(
            session, "2284", notes.NoteInput("Hemsändning till Trehörningsjö varje torsdag.")
        )
        plan = plans.create_plan(
            session, "1730", plans.PlanInput("Serviceplan för Eda", 2025, 2030), "Anna"
        )
        actions.add_action(session, plan.id, actions.ActionInput("Hemsändning i Koppom"))
    database.close()


def _results(window: object) -> list[tuple[str, list[str]]]:
    tree = window.search.results  # type: ignore[attr-defined]
    groups = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        groups.append((top.text(0), [top.child(j).text(0) for j in range(top.childCount())]))
    return groups


def test_search_as_you_type_and_open_hits(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    _fill(db_path)
    window = open_window(db_path)
    qtbot.keyClick(
        window,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search.field)

    type_text(window.search.field, "hemsandn")
    qtbot.waitUntil(lambda: len(_results(window)) == 2)
    names = [name for name, _hits in _results(window)]
    assert sorted(names) == ["Eda (1)", "Örnsköldsvik (1)"]
    assert window.search.status.text() == "2 träffar i 2 kommuner"
    note_group = next(hits for name, hits in _results(window) if name.startswith("Örn"))
    assert note_group[0].startswith("Anteckning")
    top = window.search.results.topLevelItem(names.index("Örnsköldsvik (1)"))
    assert "<b>Hemsändning</b>" in top.child(0).data(0, HTML_ROLE)

    # Hostile text just searches.
    for typed in ('"', "NEAR(", "'; DROP TABLE note; --", "*"):
        window.search.field.setText(typed)
        with qtbot.waitSignal(window.search.searched, timeout=10_000):
            window.search.run_search()
    assert answers.errors == []

    # A note far down a long list opens, with the list loaded as far as needed.
    window.search.field.setText("lövånger")
    with qtbot.waitSignal(window.search.searched, timeout=10_000):
        window.search.run_search()
    assert _results(window)[0][0] == "Skellefteå (1)"
    hit_item = window.search.results.topLevelItem(0).child(0)
    window.search.results.itemActivated.emit(hit_item, 0)
    qtbot.waitUntil(lambda: shown_name(window) == "Skellefteå")
    assert window.tabs.current_index() == 0
    editor = window.detail.notes.editor
    qtbot.waitUntil(lambda: editor.body_edit.toPlainText() == OLD_NOTE_BODY)
    assert window.detail.notes.model.total() == PAGE_SIZE + 51

    # An action hit opens the plan's actions with that action chosen.
    window.tabs.set_current_index(2)
    window.search.field.setText("koppom")
    with qtbot.waitSignal(window.search.searched, timeout=10_000):
        window.search.run_search()
    window.search.results.itemActivated.emit(window.search.results.topLevelItem(0).child(0), 0)
    qtbot.waitUntil(lambda: shown_name(window) == "Eda")
    panel = window.detail.plans
    assert window.detail.tabs.current_index() == 1 and panel.tabs.current_index() == 1
    assert panel.actions_panel.table.currentIndex().data() == "Hemsändning i Koppom"


def test_long_note_lists_load_a_page_at_a_time(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    _fill(db_path)
    window = open_window(db_path)
    window.open_municipality("2482")
    qtbot.waitUntil(lambda: shown_name(window) == "Skellefteå")
    model = window.detail.notes.model
    assert model.total() == PAGE_SIZE + 51
    assert model.rowCount() <= 2 * PAGE_SIZE  # never everything at once
    assert window.detail.notes.heading.text() == f"Anteckningar ({PAGE_SIZE + 51})"
    view = window.detail.notes.view
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == PAGE_SIZE + 51 or not model.canFetchMore())
