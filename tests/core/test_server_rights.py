"""Rights enforced by the PostgreSQL server itself (``server init`` / ``grant``).

Every test logs in as the role it is about (the throwaway server trusts local roles) and
checks that a forbidden write is REFUSED by the server, with SQLSTATE 42501: as raw SQL
in that role, and through the core functions the window calls (``StorageProblem.REFUSED``),
never as a silent "0 rows" that would look like an edit conflict.
"""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text

from servicepunkt_gui.core import actions, notes, plans, rights
from servicepunkt_gui.core.db import Database, open_database, open_shared_database
from servicepunkt_gui.core.drafts import list_drafts, save_draft
from servicepunkt_gui.core.errors import StorageError, StorageProblem
from servicepunkt_gui.core.models import Base
from servicepunkt_gui.core.search import search, search_results
from servicepunkt_gui.core.search_postgres_schema import NOTE_WORDS_TABLE
from servicepunkt_gui.core.server_setup import (
    REFERENCE_TABLES,
    RIGHTS_TABLES,
    RULES,
    group_role,
    set_up_rights,
)
from tests.postgres_fixtures import admin, create_database, drop_database, location
from tests.postgres_server import ThrowawayServer

SORSELE, ARJEPLOG, ANGE = "2422", "2506", "2260"
_numbers = itertools.count(1)


@dataclass
class Shared:
    server: ThrowawayServer
    name: str
    owner: Database  # the admin who ran init (the superuser here)

    def role(self, prefix: str) -> str:
        """A new login role (roles are the whole server's, so every test has its own)."""
        name = f"{prefix}_{next(_numbers)}_{uuid.uuid4().hex[:6]}"
        with admin(self.server) as connection:
            connection.execute(f'CREATE ROLE "{name}" LOGIN')
        return name

    def grant(self, role: str, *codes: str, coordinator: bool = False) -> None:
        with self.owner.engine.begin() as connection:
            rights.grant(connection, self.name, role, codes, coordinator)

    def revoke(self, role: str, *codes: str, coordinator: bool = False, all: bool = False) -> None:
        with self.owner.engine.begin() as connection:
            rights.revoke(connection, self.name, role, codes, coordinator, all)

    def open_as(self, role: str) -> Database:
        database = open_shared_database(location(self.server, self.name, user=role))
        self._opened.append(database)
        return database

    def raw(self, role: str) -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(self.server.conninfo(self.name, role), autocommit=True)

    def __post_init__(self) -> None:
        self._opened: list[Database] = []


@pytest.fixture
def shared(postgres_server: ThrowawayServer) -> Iterator[Shared]:
    name = create_database(postgres_server)
    owner = open_shared_database(location(postgres_server, name))
    with owner.engine.begin() as connection:
        set_up_rights(connection, name)
    made = Shared(postgres_server, name, owner)
    yield made
    for database in made._opened:
        database.close()
    owner.close()
    drop_database(postgres_server, name)


def _note(database: Database, code: str, body: str = "Paketombud") -> str:
    with database.session() as session:
        return notes.create_note(session, code, notes.NoteInput(body=body)).id


def _plan(database: Database, code: str) -> str:
    with database.session() as session:
        return plans.create_plan(
            session, code, plans.PlanInput("Serviceplan", 2025, 2028), "Eva"
        ).id


def _refused(connection: psycopg.Connection[tuple[object, ...]], sql: str, *args: object) -> None:
    with pytest.raises(psycopg.Error) as caught:
        connection.execute(sql, args or None)
    assert caught.value.sqlstate == "42501", caught.value


def _refused_in_core(write: Callable[[], object]) -> None:
    with pytest.raises(StorageError) as caught:
        write()
    assert caught.value.problem is StorageProblem.REFUSED


def test_an_official_changes_her_municipality_and_only_reads_the_others(shared: Shared) -> None:
    anna = shared.role("anna")
    shared.grant(anna, SORSELE)
    theirs = _note(shared.owner, ARJEPLOG, "Arjeplogs anteckning")
    their_plan = _plan(shared.owner, ARJEPLOG)
    with shared.owner.session() as session:
        actions.add_action(session, their_plan, actions.ActionInput(title="Deras åtgärd"))
    as_anna = shared.open_as(anna)

    mine = _note(as_anna, SORSELE)  # allowed, through the core function
    with as_anna.session() as session:
        notes.update_note(session, mine, notes.NoteInput(body="Ändrad"))
        my_plan = plans.create_plan(session, SORSELE, plans.PlanInput("Plan", 2025, 2028), "A")
        actions.add_goal(session, my_plan.id, "Mål")
        assert notes.get_note(session, theirs) is not None  # she reads the others
        assert rights.changeable_municipalities(session) == frozenset({SORSELE})
        assert rights.may_change(session, SORSELE) and not rights.may_change(session, ARJEPLOG)
        assert not rights.may_change_everything(session)

    def update_theirs() -> None:
        with as_anna.session() as session:
            notes.update_note(session, theirs, notes.NoteInput(body="Anna skriver över"))

    def goal_in_their_plan() -> None:
        with as_anna.session() as session:
            actions.add_goal(session, their_plan, "Främmande mål")

    _refused_in_core(lambda: _note(as_anna, ARJEPLOG))
    _refused_in_core(update_theirs)  # refused, not taken for an edit conflict
    _refused_in_core(goal_in_their_plan)
    with shared.raw(anna) as sql:
        _refused(sql, "UPDATE note SET body = 'x' WHERE id = %s", theirs)
        _refused(sql, "DELETE FROM note WHERE id = %s", theirs)
        _refused(sql, "UPDATE note SET municipality_code = %s WHERE id = %s", SORSELE, theirs)
        _refused(sql, "UPDATE note SET municipality_code = %s WHERE id = %s", ARJEPLOG, mine)
        _refused(sql, "UPDATE service_plan SET title = 'x' WHERE id = %s", their_plan)
        _refused(sql, "DELETE FROM plan_action WHERE plan_id = %s", their_plan)
        _refused(
            sql,
            "INSERT INTO note_version (id, created_at, updated_at, note_id, title, body, "
            "category, concerns_date, author, saved_at) "
            "VALUES ('v1', now(), now(), %s, '', 'x', 'other', now(), '', now())",
            theirs,
        )
        _refused(sql, "UPDATE note SET body = 'x'")  # one forbidden row stops the statement
    with shared.owner.read_session() as session:
        assert notes.get_note(session, theirs).body == "Arjeplogs anteckning"
        assert notes.get_note(session, mine).body == "Ändrad"


def test_reference_data_schema_and_rules_are_read_only_for_officials(shared: Shared) -> None:
    anna = shared.role("anna")
    shared.grant(anna, SORSELE)
    with shared.raw(anna) as sql:
        assert sql.execute("SELECT count(*) > 200 FROM municipality").fetchone() == (True,)
        _refused(sql, "UPDATE municipality SET name = 'x' WHERE code = %s", SORSELE)
        _refused(sql, "INSERT INTO meta (key, value) VALUES ('x', 'y')")
        _refused(sql, "DELETE FROM alembic_version")
        _refused(sql, "UPDATE home_delivery_rule SET source = 'x'")
        _refused(sql, "INSERT INTO servicepunkt_grant VALUES (%s, %s)", anna, ARJEPLOG)
        _refused(sql, "TRUNCATE note")
        _refused(sql, "CREATE TABLE mine (x int)")
        _refused(sql, "ALTER TABLE note DISABLE ROW LEVEL SECURITY")
        _refused(sql, "DROP POLICY servicepunkt_insert ON note")
        # A temporary table of the rights' name does not stand in for the real one.
        sql.execute("CREATE TEMP TABLE servicepunkt_grant (role_name text, municipality_code text)")
        sql.execute("INSERT INTO servicepunkt_grant VALUES (%s, %s)", (anna, ARJEPLOG))
        sql.execute("SET search_path = pg_temp, public")
        _refused(
            sql,
            "INSERT INTO public.todo_mark (id, created_at, updated_at, key, municipality_code) "
            "VALUES ('t1', now(), now(), 'k', %s)",
            ARJEPLOG,
        )


def test_the_notes_words_are_kept_by_the_server_and_written_by_no_official(
    shared: Shared,
) -> None:
    """The table search counts notes from: an official's saves keep it (the trigger runs
    as the owner), yet she cannot write it herself, nor divert the trigger into a
    temporary table of hers."""
    anna = shared.role("anna")
    shared.grant(anna, SORSELE)
    theirs = _note(shared.owner, ARJEPLOG, "Arjeplogs paketombud")
    mine = _note(shared.open_as(anna), SORSELE, "Paketombud i Ammarnäs")
    words = NOTE_WORDS_TABLE
    with shared.raw(anna) as sql:
        assert sql.execute(f"SELECT count(*) FROM {words}").fetchone() == (2,)
        _refused(sql, f"DELETE FROM {words} WHERE note_id = %s", theirs)
        _refused(sql, f"UPDATE {words} SET municipality_code = %s", SORSELE)
        _refused(sql, f"INSERT INTO {words} VALUES ('x', %s, 'paketombud')", SORSELE)
        sql.execute(f"CREATE TEMP TABLE {words} (note_id text, municipality_code text, words text)")
        sql.execute("SET search_path = pg_temp, public")
        changed = "UPDATE public.note SET body = 'Apoteksombud i Ammarnäs' WHERE id = %s"
        sql.execute(changed, (mine,))
        assert sql.execute(f"SELECT count(*) FROM pg_temp.{words}").fetchone() == (0,)
    with shared.owner.read_session() as session:
        assert search_results(session, "apoteksombud").counts["note"] == 1
        assert search_results(session, "paketombud").counts["note"] == 1


def test_a_coordinator_changes_everything_and_a_reader_nothing(shared: Shared) -> None:
    bo, cilla = shared.role("bo"), shared.role("cilla")
    shared.grant(bo, coordinator=True)
    shared.grant(cilla)  # member only: reads
    as_bo, as_cilla = shared.open_as(bo), shared.open_as(cilla)
    theirs = _note(as_bo, ARJEPLOG)
    _note(as_bo, ANGE)
    with as_bo.session() as session:
        assert rights.changeable_municipalities(session) is None
        assert rights.may_change_everything(session)
        session.execute(text("UPDATE home_delivery_rule SET source = 'Förordningen'"))
    with as_cilla.read_session() as session:
        assert rights.changeable_municipalities(session) == frozenset()
        assert notes.get_note(session, theirs) is not None
        assert [hit.item_id for hit in search(session, "paketombud")]  # search needs no write
    _refused_in_core(lambda: _note(as_cilla, ANGE))
    shared.revoke(bo, coordinator=True)  # still a reader
    _refused_in_core(lambda: _note(as_bo, ANGE))


def test_deleting_her_own_plan_takes_its_goals_and_actions_along(shared: Shared) -> None:
    anna = shared.role("anna")
    shared.grant(anna, SORSELE)
    as_anna = shared.open_as(anna)
    plan = _plan(as_anna, SORSELE)
    with as_anna.session() as session:
        goal = actions.add_goal(session, plan, "Mål")
        actions.add_goal(session, plan, "Delmål", parent_id=goal.id)
        actions.add_action(session, plan, actions.ActionInput(title="Åtgärd", goal_id=goal.id))
        notes.create_note(session, SORSELE, notes.NoteInput(body="Om planen", plan_id=plan))
    with shared.raw(anna) as sql:  # for good: the cascades run as the tables' owner
        sql.execute("DELETE FROM service_plan WHERE id = %s", (plan,))
        assert sql.execute("SELECT count(*) FROM plan_goal").fetchone() == (0,)


def test_granted_through_a_group_role_and_revoked_again(shared: Shared) -> None:
    team, dora = shared.role("team"), shared.role("dora")
    with admin(shared.server) as connection:
        connection.execute(f'GRANT "{team}" TO "{dora}"')
    shared.grant(team, ANGE)
    as_dora = shared.open_as(dora)
    _note(as_dora, ANGE)
    shared.revoke(team, ANGE)
    _refused_in_core(lambda: _note(as_dora, ANGE))
    shared.revoke(team, all=True)
    # No longer a member: not even reading.
    with pytest.raises(StorageError) as caught, as_dora.read_session() as session:
        session.execute(text("SELECT count(*) FROM note")).scalar()
    assert caught.value.problem is StorageProblem.REFUSED


def test_drafts_belong_to_whoever_wrote_them(shared: Shared) -> None:
    anna, bo = shared.role("anna"), shared.role("bo")
    shared.grant(anna, SORSELE)
    shared.grant(bo, SORSELE)
    as_anna, as_bo = shared.open_as(anna), shared.open_as(bo)
    with as_anna.session() as session:
        save_draft(session, "note:new:2422:anna", SORSELE, {"body": "Annas utkast"})
    with as_bo.session() as session:
        assert list_drafts(session) == []
        session.execute(text("DELETE FROM draft"))
    with as_anna.read_session() as session:
        assert [d.fields["body"] for d in list_drafts(session)] == ["Annas utkast"]


def test_exchange_bookkeeping_follows_the_record(shared: Shared) -> None:
    anna = shared.role("anna")
    shared.grant(anna, SORSELE)
    theirs, mine = _note(shared.owner, ARJEPLOG), _note(shared.owner, SORSELE)
    with shared.raw(anna) as sql:
        sql.execute("INSERT INTO exchange_base VALUES (%s, 'h'), ('unknown', 'h')", (mine,))
        _refused(sql, "INSERT INTO exchange_base VALUES (%s, 'h')", theirs)
    with shared.owner.session() as session:
        session.execute(text("INSERT INTO exchange_base VALUES (:i, 'h')"), {"i": theirs})
    with shared.raw(anna) as sql:
        _refused(sql, "DELETE FROM exchange_base WHERE record_id = %s", theirs)


def _snapshot(database: Database) -> list[object]:
    queries = (
        "SELECT tablename, policyname, cmd, qual, with_check FROM pg_policies ORDER BY 1, 2",
        "SELECT relname, relacl::text, relrowsecurity FROM pg_class "
        "WHERE relnamespace = 'public'::regnamespace ORDER BY 1",
        "SELECT tgrelid::regclass::text, tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1",
        "SELECT proname, prosrc FROM pg_proc WHERE proname LIKE 'servicepunkt%' ORDER BY 1",
        "SELECT datacl::text FROM pg_database WHERE datname = current_database()",
        "SELECT * FROM servicepunkt_grant ORDER BY 1, 2",
    )
    with database.engine.connect() as connection:
        return [list(connection.execute(text(q))) for q in queries]


def test_init_again_changes_nothing_and_restores_what_went_missing(shared: Shared) -> None:
    anna = shared.role("anna")
    shared.grant(anna, SORSELE)
    before = _snapshot(shared.owner)
    with shared.owner.engine.begin() as connection:
        set_up_rights(connection, shared.name)
    assert _snapshot(shared.owner) == before
    with shared.owner.engine.begin() as connection:  # as if an older version had set it up
        connection.execute(text("DROP POLICY servicepunkt_insert ON note"))
        connection.execute(text("DROP TRIGGER servicepunkt_refuse_forbidden ON plan_goal"))
        connection.execute(text("REVOKE DELETE ON note FROM " + f'"{group_role(shared.name)}"'))
        connection.execute(text(f'REVOKE "{group_role(shared.name)}" FROM "{anna}"'))
        set_up_rights(connection, shared.name)
    assert _snapshot(shared.owner) == before
    _note(shared.open_as(anna), SORSELE)


def test_every_table_has_a_decided_rule() -> None:
    decided = set(RULES) | set(REFERENCE_TABLES) | set(RIGHTS_TABLES)
    assert set(Base.metadata.tables) - decided == set()


def test_an_admin_who_is_not_a_superuser_sets_up_a_new_database(
    postgres_server: ThrowawayServer,
) -> None:
    it, name = f"it_{uuid.uuid4().hex[:8]}", f"sp_it_{uuid.uuid4().hex[:8]}"
    with admin(postgres_server) as connection:
        connection.execute(f'CREATE ROLE "{it}" LOGIN CREATEROLE')
        connection.execute(f'CREATE DATABASE "{name}" OWNER "{it}"')
    try:
        database = open_shared_database(location(postgres_server, name, user=it))
        with database.engine.begin() as connection:
            result = set_up_rights(connection, name)
            assert result.unknown == ()
        with admin(postgres_server) as connection:
            connection.execute(f'CREATE ROLE "{name}_eva" LOGIN')
        with database.engine.begin() as connection:
            connection.execute(text("INSERT INTO county VALUES ('25', 'Norrbottens län', 'N')"))
            connection.execute(
                text("INSERT INTO municipality VALUES ('2506', 'Arjeplog', 'Arjeplog', '25')")
            )
            rights.grant(connection, name, f"{name}_eva", ("2506",), False)
        database.close()
        eva = open_shared_database(location(postgres_server, name, user=f"{name}_eva"))
        with eva.session() as session:
            notes.create_note(
                session, "2506", notes.NoteInput(body="Eva", concerns_date=dt.date(2026, 1, 2))
            )
        eva.close()
    finally:
        drop_database(postgres_server, name)


def test_on_a_local_file_everything_may_be_changed(tmp_path: Path) -> None:
    database = open_database(tmp_path / "kommun.sqlite3")
    try:
        with database.read_session() as session:
            assert rights.changeable_municipalities(session) is None
            assert rights.may_change(session, SORSELE)
            assert rights.may_change_everything(session)
    finally:
        database.close()


def test_without_server_init_the_window_changes_everything(
    new_postgres_database: Callable[..., Database],
) -> None:
    database = new_postgres_database()
    with database.read_session() as session:
        assert rights.changeable_municipalities(session) is None
        assert rights.may_change(session, ARJEPLOG)


def test_every_ruled_table_has_row_level_security_and_its_trigger(shared: Shared) -> None:
    with shared.owner.engine.connect() as connection:
        secured = set(
            connection.execute(
                text("SELECT relname FROM pg_class WHERE relrowsecurity AND relkind = 'r'")
            ).scalars()
        )
        triggered = set(
            connection.execute(
                text(
                    "SELECT tgrelid::regclass::text FROM pg_trigger "
                    "WHERE tgname = 'servicepunkt_refuse_forbidden'"
                )
            ).scalars()
        )
        writable = set(
            connection.execute(
                text(
                    "SELECT table_name FROM information_schema.role_table_grants "
                    "WHERE grantee = :g AND privilege_type IN ('INSERT', 'UPDATE', 'DELETE', "
                    "'TRUNCATE')"
                ),
                {"g": group_role(shared.name)},
            ).scalars()
        )
    assert secured == set(RULES)
    assert triggered == set(RULES) - {"draft"}  # a draft is hidden from others instead
    assert writable == set(RULES)
