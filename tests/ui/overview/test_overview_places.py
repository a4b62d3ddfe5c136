"""The overview in the real window: each municipality's places, agreements running and grants
this year, the grant cases at risk said in words and listed on request, and a row opens its
municipality."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from servicepunkt_gui.core import plans
from servicepunkt_gui.core.changes import RecordKind, record
from servicepunkt_gui.core.municipalities import set_mine
from servicepunkt_gui.core.place_models import Agreement, GrantCase, ServicePlace
from servicepunkt_gui.core.vocabulary import (
    GrantDecider,
    GrantStatus,
    GrantType,
    PlaceKind,
    PlanStage,
)
from servicepunkt_gui.store import open_store
from servicepunkt_gui.ui.common.grant_labels import grant_type_label
from servicepunkt_gui.ui.common.place_labels import place_kind_label
from servicepunkt_gui.ui.overview.overview_panel import OverviewPanel
from servicepunkt_gui.ui.overview.register_box import RegisterBox
from servicepunkt_gui.ui.overview.register_model import CODE_ROLE, RegisterColumn
from servicepunkt_gui.ui.shell.main_window import MainWindow
from tests.ui.conftest import DialogRecorder, OpenWindow

TODAY = dt.date.today()
YEAR = TODAY.year
ORNSKOLDSVIK, HARNOSAND, EDA = "2284", "2280", "1730"
Column = RegisterColumn


def _grant(code: str, grant_type: str, **fields: object) -> GrantCase:
    values: dict[str, object] = {
        "decider": GrantDecider.REGION,
        "first_year": YEAR,
        "last_year": YEAR,
        "status": GrantStatus.APPLIED,
    }
    values.update(fields)
    return GrantCase(municipality_code=code, grant_type=grant_type, **values)


def _fill(db_path: Path) -> None:
    """Örnsköldsvik (mine, no plan): three places, an agreement running, two grant cases this
    year, both at risk. Härnösand: a place. Eda (adopted plan): a granted servicebidrag."""
    database = open_store(db_path)
    with database.session() as session:
        kinds = (PlaceKind.SERVICE_POINT, PlaceKind.SERVICE_POINT, PlaceKind.GROCERY_STORE)
        places = [ServicePlace(municipality_code=ORNSKOLDSVIK, name="Butik", kind=k) for k in kinds]
        session.add_all(places)
        session.add(ServicePlace(municipality_code=HARNOSAND, name="Lövudden Livs"))
        session.flush()
        session.add(
            Agreement(
                municipality_code=ORNSKOLDSVIK,
                place_id=places[0].id,
                starts_on=TODAY - dt.timedelta(days=400),
                ends_on=TODAY + dt.timedelta(days=400),
            )
        )
        session.add_all(
            [
                _grant(ORNSKOLDSVIK, GrantType.HOME_DELIVERY_GRANT, granted_sek=41_000),
                _grant(ORNSKOLDSVIK, GrantType.SERVICE_GRANT),
                _grant(EDA, GrantType.SERVICE_GRANT, granted_sek=250_000),
            ]
        )
        plan = plans.create_plan(session, EDA, plans.PlanInput("Edas plan", 2025, 2030), "Anna")
        plans.set_stage(session, plan.id, PlanStage.ADOPTED, "Anna")
        set_mine(session, ORNSKOLDSVIK, True)
    database.close()


def _overview(qtbot: QtBot, window: MainWindow) -> OverviewPanel:
    window.tabs.set_current_index(1)
    overview = window.overview
    qtbot.waitUntil(lambda: overview.register.rows.rowCount() > 0)
    return overview


def _table(box: RegisterBox) -> dict[str, list[str]]:
    """Each municipality listed → its cells as shown, in the order shown."""
    rows = box.rows
    return {
        str(rows.index(r, 0).data(CODE_ROLE)): [
            str(rows.index(r, c).data()) for c in range(rows.columnCount())
        ]
        for r in range(rows.rowCount())
    }


def _kr(amount: int) -> str:
    return QLocale().toString(amount)  # "41 000", with a no-break space in Swedish


def _tooltip(box: RegisterBox, code: str, column: Column) -> list[str]:
    rows = box.rows
    [row] = [r for r in range(rows.rowCount()) if rows.index(r, 0).data(CODE_ROLE) == code]
    markup = str(rows.index(row, column).data(Qt.ItemDataRole.ToolTipRole))
    return html.unescape(re.sub(r"<[^>]+>", "", markup)).splitlines()


def test_each_municipality_with_its_places_agreements_and_grants(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    _fill(db_path)
    overview = _overview(qtbot, open_window(db_path))
    box = overview.register
    table = _table(box)
    assert list(table) == [EDA, HARNOSAND, ORNSKOLDSVIK]  # by name, Swedish order
    assert table[ORNSKOLDSVIK][0] == "Örnsköldsvik"
    assert table[ORNSKOLDSVIK][1:5] == ["3", "1", "2", _kr(41_000)]
    assert table[ORNSKOLDSVIK][5].endswith("2") and table[ORNSKOLDSVIK][5] != "2"  # ⚠ 2
    assert table[HARNOSAND][1:] == ["1", "0", "0", "0", "0"]
    assert table[EDA][1:] == ["0", "0", "1", _kr(250_000), "0"]

    assert _tooltip(box, ORNSKOLDSVIK, Column.PLACES) == [
        f"{place_kind_label(PlaceKind.SERVICE_POINT)}: 2",
        f"{place_kind_label(PlaceKind.GROCERY_STORE)}: 1",
    ]
    grants = _tooltip(box, ORNSKOLDSVIK, Column.GRANTS)
    assert len(grants) == 2
    assert grants[0].startswith(grant_type_label(GrantType.SERVICE_GRANT) + ": ")
    assert grants[1].startswith("Hemsändningsbidrag: ") and _kr(41_000) in grants[1]
    assert _tooltip(box, ORNSKOLDSVIK, Column.GRANTED) == grants
    risk = _tooltip(box, ORNSKOLDSVIK, Column.AT_RISK)
    assert len(risk) == 2 and "2" in risk[0]
    assert _tooltip(box, EDA, Column.AT_RISK) == []

    # The risk said in words, above the table.
    assert box.at_risk.isVisible() and "2" in box.at_risk.text()
    assert box.show_at_risk.isVisible()
    assert not box.empty.isVisible()

    # The figures copy as numbers.
    sheet = box.copier.sheet(box.copier.all_rows())
    assert [row[1:] for row in sheet.rows] == [
        (0, 0, 1, 250_000, 0),
        (1, 0, 0, 0, 0),
        (3, 1, 2, 41_000, 2),
    ]
    assert answers.errors == []


def test_filter_to_mine_and_to_those_at_risk(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    _fill(db_path)
    overview = _overview(qtbot, open_window(db_path))
    box = overview.register
    box.mine_only.setChecked(True)
    assert list(_table(box)) == [ORNSKOLDSVIK]
    box.mine_only.setChecked(False)
    box.show_at_risk.click()
    assert box.at_risk_only.isChecked() and not box.mine_only.isChecked()
    assert list(_table(box)) == [ORNSKOLDSVIK]

    box.mine_only.setChecked(True)  # both: mine and at risk
    assert list(_table(box)) == [ORNSKOLDSVIK]
    box.at_risk_only.setChecked(False)
    box.mine_only.setChecked(False)
    assert list(_table(box)) == [EDA, HARNOSAND, ORNSKOLDSVIK]
    # Sorted by a figure, as a number (250 000 before 41 000).
    box.table.sortByColumn(Column.GRANTED, Qt.SortOrder.DescendingOrder)
    assert list(_table(box)) == [EDA, ORNSKOLDSVIK, HARNOSAND]

    assert answers.errors == []


def test_a_row_opens_its_municipality_and_a_save_updates_the_figures(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    _fill(db_path)
    window = open_window(db_path)
    overview = _overview(qtbot, window)
    box = overview.register
    rows = box.rows
    [row] = [r for r in range(rows.rowCount()) if rows.index(r, 0).data(CODE_ROLE) == HARNOSAND]
    with qtbot.waitSignal(overview.municipality_requested) as opened:
        box.table.activated.emit(rows.index(row, Column.AGREEMENTS))
    assert opened.args == [HARNOSAND]
    qtbot.waitUntil(
        lambda: (shown := window.detail.municipality) is not None and shown.code == HARNOSAND
    )

    # A place saved elsewhere (the register) shows in the figures when the overview is back.
    def save(session: Session) -> None:
        session.add(ServicePlace(municipality_code=HARNOSAND, name="Utansjö", kind=PlaceKind.AGENT))
        record(session, RecordKind.PLACE, HARNOSAND)

    window.context.writes.write(window, save)
    window.tabs.set_current_index(1)
    qtbot.waitUntil(lambda: _table(box)[HARNOSAND][1] == "2")

    # Eda's plan goes back to a draft: its servicebidrag is at risk now.
    def back_to_draft(session: Session) -> None:
        [plan] = plans.list_plans(session, EDA)
        plans.set_stage(session, plan.id, PlanStage.DRAFT, "Anna")

    window.context.writes.write(window, back_to_draft)
    qtbot.waitUntil(lambda: _table(box)[EDA][5] != "0")
    assert "3" in box.at_risk.text()
    assert answers.errors == []


def test_nothing_registered_says_so(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, answers: DialogRecorder
) -> None:
    window = open_window(db_path)
    window.tabs.set_current_index(1)
    box = window.overview.register
    qtbot.waitUntil(lambda: bool(box.empty.text()))
    assert box.empty.isVisible() and not box.at_risk.isVisible()
    assert box.rows.rowCount() == 0
    assert answers.errors == []
