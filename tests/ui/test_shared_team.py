"""The issue's "done": three officials edit one municipality's plan against one PostgreSQL
server. Each sees the others' changes within seconds; an official of another municipality
cannot change it even by writing SQL; when two edit the same action, neither edit is lost.

Real roles made by ``server init``/``grant`` on the throwaway server, one real main window
per official, each on a connection of its own; writes go through each window's own parts.
"""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from collections.abc import Iterator

import psycopg
import pytest
from pytestqt.qtbot import QtBot

from servicepunkt_gui.core import actions, plans, rights
from servicepunkt_gui.core.db import Database, open_shared_database
from servicepunkt_gui.core.server_setup import set_up_rights
from servicepunkt_gui.ui.common.conflict_dialog import ConflictChoice
from servicepunkt_gui.ui.plans.actions_model import ActionColumn
from servicepunkt_gui.ui.shell.main_window import MainWindow
from servicepunkt_gui.ui.shell.preferences import Preferences
from tests.postgres_fixtures import admin, create_database, drop_database, location
from tests.postgres_server import ThrowawayServer
from tests.ui.common.test_edit_conflict import Shown, shown  # noqa: F401 (the fixture)
from tests.ui.conftest import DialogRecorder
from tests.ui.helpers import choose_municipality

SORSELE, ARJEPLOG = "2422", "2506"
_numbers = itertools.count(1)


class Team:
    def __init__(self, server: ThrowawayServer, name: str) -> None:
        self.server, self.name = server, name
        self.databases: list[Database] = []

    def official(self, who: str, code: str) -> str:
        role = f"{who}_{next(_numbers)}_{uuid.uuid4().hex[:6]}"
        with admin(self.server) as connection:
            connection.execute(f'CREATE ROLE "{role}" LOGIN')
        owner = open_shared_database(location(self.server, self.name))
        with owner.engine.begin() as connection:
            rights.grant(connection, self.name, role, (code,), False)
        owner.close()
        return role

    def window(self, qtbot: QtBot, role: str) -> MainWindow:
        database = open_shared_database(location(self.server, self.name, user=role))
        self.databases.append(database)
        window = MainWindow(database, Preferences())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        live = window.live_updates
        assert live is not None
        qtbot.waitUntil(lambda: live.listening)
        return window


@pytest.fixture
def team(postgres_server: ThrowawayServer) -> Iterator[Team]:
    name = create_database(postgres_server)
    owner = open_shared_database(location(postgres_server, name))
    with owner.engine.begin() as connection:
        set_up_rights(connection, name)
    with owner.session() as session:
        plans.create_plan(session, SORSELE, plans.PlanInput("Serviceplan Sorsele", 2026, 2030), "")
    owner.close()
    made = Team(postgres_server, name)
    yield made
    for database in made.databases:
        database.close()
    drop_database(postgres_server, name)


def _show_plan(qtbot: QtBot, window: MainWindow) -> None:
    choose_municipality(qtbot, window, "Sorsele")
    window.detail.tabs.set_current_index(1)


def _edit(window: MainWindow, action_id: str, column: ActionColumn, value: object) -> bool:
    panel = window.detail.plans.actions_panel
    row = panel.model.row_of(action_id)
    assert row is not None
    return bool(
        panel.proxy.setData(panel.proxy.mapFromSource(panel.model.index(row, column)), value)
    )


def test_three_officials_one_plan_one_server(
    qtbot: QtBot,
    team: Team,
    answers: DialogRecorder,
    shown: Shown,  # noqa: F811 (the fixture imported above)
) -> None:
    anna, bo, cilla = (team.official(who, SORSELE) for who in ("anna", "bo", "cilla"))
    erik = team.official("erik", ARJEPLOG)
    windows = [team.window(qtbot, role) for role in (anna, bo, cilla)]
    for window in windows:
        _show_plan(qtbot, window)

    # Anna adds an action in her window; Bo's and Cilla's windows show it within seconds.
    plan = windows[0].detail.plans.plan
    assert plan is not None
    plan_id = plan.id
    added = windows[0].context.writes.write(
        windows[0],
        lambda s: actions.add_action(s, plan_id, actions.ActionInput("Hemsändning från Ammarnäs")),
    )
    assert added is not None
    for window in windows:
        panel = window.detail.plans.actions_panel
        qtbot.waitUntil(lambda p=panel: p.model.row_of(added.id) is not None, timeout=10_000)

    # Bo and Cilla change the same action at once: Bo the responsible, Cilla the deadline.
    shown.answers = [ConflictChoice.KEEP_MINE]
    assert _edit(windows[1], added.id, ActionColumn.RESPONSIBLE, "Bo Lind")
    assert _edit(windows[2], added.id, ActionColumn.DEADLINE, dt.date(2026, 9, 30))
    with windows[0].context.writes.database.read_session() as session:
        stored = actions.get_action(session, added.id)
    assert stored is not None
    assert stored.values.responsible == "Bo Lind"  # neither edit is lost
    assert stored.values.deadline == dt.date(2026, 9, 30)
    # ... and Anna's window shows both.
    panel = windows[0].detail.plans.actions_panel

    def anna_sees_both() -> bool:
        row = panel.model.row_of(added.id)
        shown_action = panel.model.action(row) if row is not None else None
        return (
            shown_action is not None
            and shown_action.values.responsible == "Bo Lind"
            and (shown_action.values.deadline == dt.date(2026, 9, 30))
        )

    qtbot.waitUntil(anna_sees_both, timeout=10_000)

    # Erik, of Arjeplog, may read Sorsele's plan but not change it, even writing SQL himself.
    with psycopg.connect(team.server.conninfo(team.name, erik), autocommit=True) as raw:
        assert raw.execute("SELECT count(*) FROM plan_action").fetchone() == (1,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            raw.execute("UPDATE plan_action SET title = 'Erik var här'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            raw.execute("DELETE FROM plan_action")
    with windows[0].context.writes.database.read_session() as session:
        after = actions.get_action(session, added.id)
    assert after is not None and after.values.title == "Hemsändning från Ammarnäs"
    assert answers.errors == []
