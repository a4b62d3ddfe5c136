"""A row of Att göra (or a search hit, or a place on the map) opens its record in its tab.

The "done" of the register issue: from the app alone an official answers "what do I have to
do in the next 30 days", and each answer opens where it is kept.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from servicepunkt_gui.core import agreements, grants, municipalities, places, plans
from servicepunkt_gui.ui.shell.main_window import MUNICIPALITIES_TAB, TODO_TAB, MainWindow
from servicepunkt_gui.ui.shell.municipality_page import GRANTS_TAB, PLACES_TAB, PLAN_TAB
from tests.ui.conftest import OpenWindow

SORSELE = "2422"
TODAY = dt.date.today()


def _seed(window: MainWindow) -> dict[str, str]:
    ids: dict[str, str] = {}

    def seed(session: Session) -> None:
        municipalities.set_mine(session, SORSELE, True)
        plan = plans.create_plan(
            session,
            SORSELE,
            plans.PlanInput("Serviceplan", 2024, 2028, revise_by=TODAY + dt.timedelta(days=20)),
            "Anna",
        )
        place = places.create_place(session, SORSELE, places.PlaceInput(name="Ammarnäs Livs"))
        agreement = agreements.create_agreement(
            session,
            place.id,
            agreements.AgreementInput(
                TODAY - dt.timedelta(days=700), TODAY + dt.timedelta(days=25), tasks=()
            ),
        )
        grant = grants.create_grant(
            session,
            SORSELE,
            grants.GrantInput(
                grant_type="home_delivery_grant",
                decider="region",
                place_id=None,
                title="Hemsändning",
                first_year=TODAY.year,
                last_year=TODAY.year,
                deadline=TODAY + dt.timedelta(days=15),
            ),
        )
        ids.update(plan=plan.id, place=place.id, agreement=agreement.id, grant=grant.id)

    window.context.writes.write(window, seed)
    return ids


def _open_row_about(qtbot: QtBot, window: MainWindow, record_id: str) -> None:
    window.tabs.set_current_index(TODO_TAB)
    panel = window.todo
    qtbot.waitUntil(lambda: panel.model.rowCount() >= 3)
    row = next(
        r for r in range(panel.model.rowCount()) if panel.model.item(r).record_id == record_id
    )
    panel.open_row(row)
    qtbot.waitUntil(lambda: window.tabs.current_index() == MUNICIPALITIES_TAB)


def test_each_row_of_att_gora_opens_its_record(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path
) -> None:
    window = open_window(db_path)
    ids = _seed(window)

    _open_row_about(qtbot, window, ids["grant"])
    assert window.detail.municipality is not None and window.detail.municipality.code == SORSELE
    assert window.detail.tabs.current_index() == GRANTS_TAB
    assert window.detail.grants.grant is not None
    assert window.detail.grants.grant.id == ids["grant"]

    _open_row_about(qtbot, window, ids["agreement"])
    assert window.detail.tabs.current_index() == PLACES_TAB
    assert window.detail.places.place is not None
    assert window.detail.places.place.id == ids["place"]

    _open_row_about(qtbot, window, ids["plan"])
    assert window.detail.tabs.current_index() == PLAN_TAB
