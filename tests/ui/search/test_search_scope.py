"""Search in the window: an honest count, "Show more", narrowing, goals, and the keyboard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core import actions, notes, plans
from servicepunkt_gui.core.search import DEFAULT_LIMIT
from servicepunkt_gui.store import open_store
from servicepunkt_gui.ui.search.search_panel import HIT_ROLE, SearchPanel
from servicepunkt_gui.ui.shell.main_window import MainWindow
from tests.ui.conftest import DialogRecorder, OpenWindow
from tests.ui.helpers import shown_name, type_text

MANY = DEFAULT_LIMIT + 31  # in Örnsköldsvik, all about hemsändning


def _fill(db_path: Path) -> str:
    """Notes in two counties, and a goal in Eda's plan; the plan's id."""
    database = open_store(db_path)
    with database.session() as session:
        for n in range(MANY):
            notes.create_note(session, "2284", notes.NoteInput(f"Hemsändning nummer {n}."))
        for n in range(3):
            notes.create_note(session, "2482", notes.NoteInput(f"Hemsändning i Lövånger {n}."))
        plan = plans.create_plan(
            session, "1730", plans.PlanInput("Serviceplan för Eda", 2025, 2030), "Anna"
        )
        actions.add_goal(session, plan.id, "Hemsändning och drivmedel i Koppom")
        actions.add_action(session, plan.id, actions.ActionInput("Drivmedel vid Preem"))
    database.close()
    return plan.id


def _hits(panel: SearchPanel) -> list[QTreeWidgetItem]:
    tree = panel.results
    groups = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return [group.child(j) for group in groups if group for j in range(group.childCount())]


def _kinds_and_places(panel: SearchPanel) -> set[tuple[str, str]]:
    return {
        (hit.kind, hit.municipality_code)
        for item in _hits(panel)
        if (hit := item.data(0, HIT_ROLE)) is not None
    }


def _search(qtbot: QtBot, window: MainWindow, typed: str) -> SearchPanel:
    window.show_search()
    panel = window.search
    with qtbot.waitSignal(panel.searched, timeout=10_000):
        panel.field.setText(typed)
    return panel


def test_the_count_is_honest_and_more_can_be_shown(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    _fill(db_path)
    window = open_window(db_path)
    panel = _search(qtbot, window, "hemsändning")
    total = MANY + 3 + 1  # the notes and the goal
    assert len(_hits(panel)) == DEFAULT_LIMIT
    status = panel.status.text()
    assert status.startswith(f"{DEFAULT_LIMIT} ")  # "100 av 135 träffar visas"
    assert QLocale().toString(total) in status
    assert panel.more_button.isVisible()

    # Show more: every hit, the one chosen still chosen, the count as before.
    chosen = _hits(panel)[-1]
    chosen_hit = chosen.data(0, HIT_ROLE)
    panel.results.setCurrentItem(chosen)
    with qtbot.waitSignal(panel.searched, timeout=10_000):
        qtbot.mouseClick(panel.more_button, Qt.MouseButton.LeftButton)
    assert len(_hits(panel)) == total
    assert panel.status.text() == f"{total} träffar i 3 kommuner"
    assert not panel.more_button.isVisible()
    assert panel.results.currentItem().data(0, HIT_ROLE) == chosen_hit

    # A new search starts with the first hundred again.
    with qtbot.waitSignal(panel.searched, timeout=10_000):
        panel.field.setText("hemsändning nummer")
    assert len(_hits(panel)) == DEFAULT_LIMIT and panel.more_button.isVisible()
    assert answers.errors == []


def test_narrowing_by_county_municipality_and_kind_is_kept(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    _fill(db_path)
    window = open_window(db_path)
    panel = _search(qtbot, window, "hemsändning")
    scope = panel.scope
    assert scope.county.count() == 1 + 21
    assert scope.municipality.count() == 1 + 290

    with qtbot.waitSignal(panel.searched, timeout=10_000):
        scope.county.setCurrentIndex(scope.county.findData("24"))  # Västerbotten
    assert _kinds_and_places(panel) == {("note", "2482")}
    assert panel.status.text() == "3 träffar i 1 kommun"
    offered = {scope.municipality.itemData(i) for i in range(1, scope.municipality.count())}
    assert "2482" in offered and "2284" not in offered and len(offered) == 15

    with qtbot.waitSignal(panel.searched, timeout=10_000):
        scope.county.setCurrentIndex(0)  # all counties again
    with qtbot.waitSignal(panel.searched, timeout=10_000):
        scope.municipality.setCurrentIndex(scope.municipality.findData("1730"))
    assert _kinds_and_places(panel) == {("goal", "1730")}
    with qtbot.waitSignal(panel.searched, timeout=10_000):
        panel.field.setText("drivmedel")
    assert _kinds_and_places(panel) == {("goal", "1730"), ("action", "1730")}
    with qtbot.waitSignal(panel.searched, timeout=10_000):
        scope.kinds["action"].setChecked(False)
    assert _kinds_and_places(panel) == {("goal", "1730")}

    # Kept while the app runs: away to the municipality list and back.
    window.show_municipality_search()
    window.show_search()
    assert scope.municipality.currentData() == "1730"
    assert not scope.kinds["action"].isChecked()
    with qtbot.waitSignal(panel.searched, timeout=10_000):
        panel.field.setText("hemsändning")
    assert _kinds_and_places(panel) == {("goal", "1730")}

    # No kind ticked: nothing searched, and the status says why.
    for box in scope.kinds.values():
        box.setChecked(False)
    assert _hits(panel) == [] and panel.status.text()
    assert answers.errors == []


def test_down_moves_into_the_hits_and_enter_opens_a_goal_in_its_plan(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    plan_id = _fill(db_path)
    window = open_window(db_path)
    window.show_search()
    panel = window.search
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.field)
    with qtbot.waitSignal(panel.searched, timeout=10_000):
        type_text(panel.field, "koppom")
    [item] = _hits(panel)
    assert item.data(0, HIT_ROLE).kind == "goal"

    qtbot.keyClick(panel.field, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is panel.results
    assert panel.results.currentItem() is item
    qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shown_name(window) == "Eda")
    assert window.detail.tabs.current_index() == 1  # the plan tab
    assert window.detail.plans.plan_combo.currentData() == plan_id
    assert answers.errors == []
