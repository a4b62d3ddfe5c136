"""The overview in the real window: each bar explains itself and leads to its county; the
due list shows what is late as well as what is near, and opens the action itself."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QGroupBox, QToolTip
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core import actions, plans
from servicepunkt_gui.core.municipalities import set_mine
from servicepunkt_gui.core.vocabulary import PlanStage
from servicepunkt_gui.store import open_store
from servicepunkt_gui.ui.common.labels import stage_label
from servicepunkt_gui.ui.overview.overview_panel import OverviewPanel
from servicepunkt_gui.ui.overview.stage_chart import SWEDEN
from servicepunkt_gui.ui.shell.main_window import MainWindow
from tests.ui.conftest import OpenWindow

# Tooltips are windows raised on top; the off-screen platform says it cannot raise them.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")
TODAY = dt.date.today()
ORNSKOLDSVIK, VASTERNORRLAND, NORRBOTTEN = "2284", "22", "25"


@pytest.fixture
def plan_ids(db_path: Path) -> dict[str, str]:
    """Örnsköldsvik (mine) with an overdue follow-up, an overdue action and one due soon;
    Arjeplog (Norrbotten) with a plan at the mapping stage."""
    database = open_store(db_path)
    with database.session() as session:
        plan = plans.create_plan(
            session,
            ORNSKOLDSVIK,
            plans.PlanInput(
                title="Serviceplan 2025–2030",
                first_year=2025,
                last_year=2030,
                next_follow_up=TODAY - dt.timedelta(days=20),
            ),
            "Anna",
        )
        plans.set_stage(session, plan.id, PlanStage.ADOPTED, "Anna")
        for n in range(6):  # the action to open is not the first row of the actions table
            actions.add_action(session, plan.id, actions.ActionInput(f"Åtgärd {n}"))
        late = actions.add_action(
            session,
            plan.id,
            actions.ActionInput("Skylt vid butiken", deadline=TODAY - dt.timedelta(days=3)),
        )
        soon = actions.add_action(
            session,
            plan.id,
            actions.ActionInput("Möte med handlaren", deadline=TODAY + dt.timedelta(days=12)),
        )
        set_mine(session, ORNSKOLDSVIK, True)
        plans.create_plan(session, "2506", plans.PlanInput("Arjeplogs plan", 2025, 2028), "Per")
    database.close()
    return {"plan": plan.id, "late": late.id, "soon": soon.id}


def _overview(qtbot: QtBot, window: MainWindow) -> OverviewPanel:
    window.tabs.set_current_index(1)
    overview = window.overview
    qtbot.waitUntil(lambda: len(overview.chart.bars()) == 22)
    return overview


def _tooltip_at(qtbot: QtBot, overview: OverviewPanel, row: int) -> str:
    chart = overview.chart
    pos = chart.bar_rect(row).center()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, chart.mapToGlobal(pos))
    QApplication.sendEvent(chart, event)
    qtbot.waitUntil(QToolTip.isVisible)
    return html.unescape(re.sub(r"<[^>]+>", "", QToolTip.text()))


def _row_of(overview: OverviewPanel, code: str) -> int:
    return [bar.code for bar in overview.chart.bars()].index(code)


def test_each_bar_tooltip_describes_that_bar(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, plan_ids: dict[str, str]
) -> None:
    overview = _overview(qtbot, open_window(db_path))
    no_plan = QCoreApplication.translate("StageChart", "No plan recorded: %1")
    county = _tooltip_at(qtbot, overview, _row_of(overview, VASTERNORRLAND)).splitlines()
    assert county[0].startswith("Västernorrland: 7 ")  # the county and its seven
    # Every stage with its count, those with none too, then those without a plan.
    assert county[1 : len(PlanStage) + 2] == [
        *(f"{stage_label(s)}: {1 if s == PlanStage.ADOPTED else 0}" for s in PlanStage),
        no_plan.replace("%1", "6"),
    ]

    other = _tooltip_at(qtbot, overview, _row_of(overview, NORRBOTTEN)).splitlines()
    assert other[0].startswith("Norrbotten: 14 ")
    assert f"{stage_label(PlanStage.ADOPTED)}: 0" in other
    assert f"{stage_label(PlanStage.NOT_STARTED)}: 1" in other
    assert no_plan.replace("%1", "13") in other

    sweden = _tooltip_at(qtbot, overview, 0).splitlines()
    assert sweden[0].startswith(overview.chart.bars()[0].name + ": 290 ")
    assert no_plan.replace("%1", "288") in sweden
    assert f"{stage_label(PlanStage.ADOPTED)}: 1" in sweden

    # Below the bars (the legend) there is no bar, and no tooltip.
    chart = overview.chart
    below = QPoint(200, chart.height() - 5)
    QApplication.sendEvent(chart, QHelpEvent(QEvent.Type.ToolTip, below, chart.mapToGlobal(below)))
    qtbot.waitUntil(lambda: not QToolTip.isVisible())


def test_a_click_or_enter_on_a_county_asks_for_its_municipalities(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, plan_ids: dict[str, str]
) -> None:
    overview = _overview(qtbot, open_window(db_path))
    chart = overview.chart
    row = _row_of(overview, NORRBOTTEN)
    with qtbot.waitSignal(overview.county_requested) as clicked:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.bar_rect(row).center())
    assert clicked.args == [NORRBOTTEN]

    # The keyboard does the same: the chart takes focus, ↑/↓ move between bars.
    chart.setFocus()
    qtbot.waitUntil(chart.hasFocus)
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    assert chart.current_row() == 0
    qtbot.keyClick(chart, Qt.Key.Key_Up)  # stays on the first
    assert chart.current_row() == 0
    for _ in range(_row_of(overview, VASTERNORRLAND)):
        qtbot.keyClick(chart, Qt.Key.Key_Down)
    assert "Västernorrland" in chart.accessibleDescription()
    with qtbot.waitSignal(overview.county_requested) as entered:
        qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert entered.args == [VASTERNORRLAND]
    qtbot.keyClick(chart, Qt.Key.Key_End)
    qtbot.keyClick(chart, Qt.Key.Key_Down)  # stays on the last
    assert chart.current_row() == 21
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    with qtbot.waitSignal(overview.county_requested) as national:
        qtbot.keyClick(chart, Qt.Key.Key_Enter)
    assert national.args == [SWEDEN]


def test_the_due_list_says_it_holds_overdue_items_and_holds_them(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, plan_ids: dict[str, str]
) -> None:
    overview = _overview(qtbot, open_window(db_path))
    expected = QCoreApplication.translate(
        "OverviewPanel", "Overdue and due within %1 days in my municipalities"
    ).replace("%1", "30")
    assert expected in _group_titles(overview)
    assert "Förfaller inom 30 dagar i mina kommuner" not in _group_titles(overview)
    table = overview.due_table
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    what = [row[3] for row in rows]
    assert what == ["Serviceplan 2025–2030", "Skylt vid butiken", "Möte med handlaren"]
    overdue = [bool(table.item(r, 0).data(Qt.ItemDataRole.UserRole + 2)) for r in range(3)]
    assert overdue == [True, True, False]


def _group_titles(overview: OverviewPanel) -> list[str]:
    return [box.title() for box in overview.findChildren(QGroupBox)]


def test_opening_a_due_action_selects_that_action(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, plan_ids: dict[str, str]
) -> None:
    window = open_window(db_path)
    overview = _overview(qtbot, window)  # the shell connects it (ui/shell/overview_links.py)
    table = overview.due_table
    with qtbot.waitSignal(overview.plan_requested) as opened:
        table.setCurrentCell(2, 0)
        table.setFocus()
        qtbot.keyClick(table.viewport(), Qt.Key.Key_Return)
    assert opened.args == [ORNSKOLDSVIK, plan_ids["plan"], plan_ids["soon"]]
    qtbot.waitUntil(lambda: window.tabs.current_index() == 0)
    assert window.detail.municipality is not None
    assert window.detail.municipality.code == ORNSKOLDSVIK
    assert window.detail.tabs.current_index() == 1  # the plan tab
    panel = window.detail.plans
    assert panel.plan is not None and panel.plan.id == plan_ids["plan"]
    qtbot.waitUntil(lambda: panel.actions_panel.current_action_id() == plan_ids["soon"])

    # The plan's own follow-up opens the plan (its details), no action chosen.
    window.tabs.set_current_index(1)
    with qtbot.waitSignal(overview.plan_requested) as follow_up:
        overview.due_table.itemActivated.emit(overview.due_table.item(0, 0))
    assert follow_up.args == [ORNSKOLDSVIK, plan_ids["plan"], ""]
    qtbot.waitUntil(lambda: window.tabs.current_index() == 0)
    assert window.detail.tabs.current_index() == 1


def test_a_county_bar_lists_that_county_s_municipalities(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, plan_ids: dict[str, str]
) -> None:
    from tests.ui.helpers import visible_names

    window = open_window(db_path)
    overview = _overview(qtbot, window)
    overview.county_requested.emit("22")  # Västernorrland, as a click on its bar does
    qtbot.waitUntil(lambda: window.tabs.current_index() == 0)
    names = visible_names(window)
    assert "Örnsköldsvik" in names and "Sundsvall" in names and len(names) == 7
