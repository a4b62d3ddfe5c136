"""Rights on a shared PostgreSQL database, enforced by the server: roles, grants, policies.

``servicepunkt server init`` (``cli_server``) runs ``set_up_rights`` as the IT department's
admin role, the owner of the tables (row-level security does not apply to the owner, so
officials must never own them). What it makes, all idempotent:

- one NOLOGIN group role per database (``group_role``), holding CONNECT and the table
  privileges: SELECT everywhere, INSERT/UPDATE/DELETE on user data only, no TRUNCATE, no
  DDL. ``grant`` makes a login role a member; a member with no rights only reads.
- two tables of rights in the database itself (not an Alembic migration: a SQLite file
  has no roles, and the schema stays the same on both engines): ``servicepunkt_grant``
  (role, municipality) and ``servicepunkt_coordinator`` (role). Kept in the database, not
  as role memberships, so they are per database and survive ``pg_dump``/``pg_restore``
  into a database of another name (``init`` there re-admits everyone they name).
- ``servicepunkt_may_change(code)``: coordinator (or owner), or granted the municipality,
  directly or through a role the user is a member of.
- per table (``RULES``): RLS policies (read all; INSERT and the new row of an UPDATE
  checked), and a BEFORE UPDATE OR DELETE trigger that raises 42501 on the OLD row's
  municipality. Without it a forbidden UPDATE would change "0 rows", which SQLAlchemy's
  version check would take for an edit conflict; it also stops moving a row out of a
  municipality the user may not change.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import Connection, text

from servicepunkt_gui.core.search_postgres_schema import NOTE_WORDS_TABLE

GRANT_TABLE = "servicepunkt_grant"
COORDINATOR_TABLE = "servicepunkt_coordinator"
RIGHTS_TABLES = (GRANT_TABLE, COORDINATOR_TABLE)
POLICY_PREFIX = "servicepunkt_"
TRIGGER_NAME = "servicepunkt_refuse_forbidden"
DRAFT_OWNER_COLUMN = "written_by"
_SETUP_LOCK = 0x53504B52  # advisory lock key while rights are set up

# Read by everyone, written only by the admin (server init loads the reference data).
REFERENCE_TABLES = (
    "alembic_version",
    "meta",
    "county",
    "municipality",
    "programme",
    "programme_participation",
)
# Kept by the server itself, by a trigger that runs as the owner: only read by the group.
DERIVED_TABLES = (NOTE_WORDS_TABLE,)


@dataclass(frozen=True)
class Rule:
    """Who may write a table's rows: ``kind`` names how its municipality is found.

    "municipality": its own ``column``; "plan"/"note"/"place"/"agreement": the parent row
    that ``column`` points to; "record": whatever record ``column`` names (exchange
    bookkeeping; an unknown record is anyone's); "coordinator": national data, only
    coordinators; "own": rows belong to the role that wrote them (drafts).
    """

    kind: str
    column: str = ""


RULES: dict[str, Rule] = {
    "note": Rule("municipality", "municipality_code"),
    "service_plan": Rule("municipality", "municipality_code"),
    "service_place": Rule("municipality", "municipality_code"),
    "agreement": Rule("municipality", "municipality_code"),
    "grant_case": Rule("municipality", "municipality_code"),
    "todo_mark": Rule("municipality", "municipality_code"),
    "tombstone": Rule("municipality", "municipality_code"),
    # "Mina kommuner" is one list for the whole database: marked by those who may change it.
    "my_municipality": Rule("municipality", "municipality_code"),
    "plan_goal": Rule("plan", "plan_id"),
    "plan_action": Rule("plan", "plan_id"),
    "plan_stage_change": Rule("plan", "plan_id"),
    "note_version": Rule("note", "note_id"),
    "place_status_change": Rule("place", "place_id"),
    "agreement_payment": Rule("agreement", "agreement_id"),
    "exchange_base": Rule("record", "record_id"),
    # The ordinance's figures (prisbasbelopp, shares) are the same for every municipality.
    "home_delivery_rule": Rule("coordinator"),
    "draft": Rule("own", DRAFT_OWNER_COLUMN),
}

# The parents a child's municipality is read from (kind -> table).
PARENTS = {
    "plan": "service_plan",
    "note": "note",
    "place": "service_place",
    "agreement": "agreement",
}
# Where a record named by id in exchange_base may be, and how to reach its municipality.
_RECORD_LOOKUPS = (
    "SELECT municipality_code FROM {s}.note WHERE id = $2",
    "SELECT municipality_code FROM {s}.service_plan WHERE id = $2",
    "SELECT p.municipality_code FROM {s}.plan_goal c JOIN {s}.service_plan p ON p.id = c.plan_id "
    "WHERE c.id = $2",
    "SELECT p.municipality_code FROM {s}.plan_action c JOIN {s}.service_plan p "
    "ON p.id = c.plan_id WHERE c.id = $2",
    "SELECT p.municipality_code FROM {s}.plan_stage_change c JOIN {s}.service_plan p "
    "ON p.id = c.plan_id WHERE c.id = $2",
    "SELECT municipality_code FROM {s}.service_place WHERE id = $2",
    "SELECT p.municipality_code FROM {s}.place_status_change c JOIN {s}.service_place p "
    "ON p.id = c.place_id WHERE c.id = $2",
    "SELECT municipality_code FROM {s}.agreement WHERE id = $2",
    "SELECT a.municipality_code FROM {s}.agreement_payment c JOIN {s}.agreement a "
    "ON a.id = c.agreement_id WHERE c.id = $2",
    "SELECT municipality_code FROM {s}.grant_case WHERE id = $2",
    "SELECT municipality_code FROM {s}.tombstone WHERE record_id = $2",
)


class SetupError(Exception):
    """The admin cannot set up rights here; ``reason`` says why (cli_server explains)."""

    NOT_OWNER = "not_owner"  # the connected role does not own the tables
    NO_CREATEROLE = "no_createrole"  # it may not create or administer the group role
    NOT_SET_UP = "not_set_up"  # server init has not run on this database
    NO_SUCH_ROLE = "no_such_role"
    NO_SUCH_MUNICIPALITY = "no_such_municipality"

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def group_role(database: str) -> str:
    """The group role of ``database``'s users: ``servicepunkt_<database>``, at most 63
    bytes (PostgreSQL cuts longer names), so a long name is shortened with a hash."""
    name = f"servicepunkt_{database}"
    if len(name.encode()) <= 63:
        return name
    digest = hashlib.sha256(database.encode()).hexdigest()[:12]
    return f"servicepunkt_{database.encode()[:30].decode(errors='ignore')}_{digest}"


def _functions(s: str) -> list[str]:
    grants = f"{s}.{GRANT_TABLE}"
    record = "\n      ".join(f"({q.format(s=s)})," for q in _RECORD_LOOKUPS).rstrip(",")
    parents = "\n".join(
        f"    WHEN '{kind}' THEN (SELECT municipality_code FROM {s}.{table} WHERE id = $2)"
        for kind, table in PARENTS.items()
    )
    # Not SECURITY DEFINER: the rights are the CALLER's (current_user), and a definer
    # function would only see its owner. Inside a foreign key's cascade PostgreSQL runs as
    # the table owner, who may change everything, so a cascade is never refused halfway.
    # Names are schema-qualified and pg_temp searched last: a temporary table of the same
    # name cannot stand in for the rights tables.
    header = "RETURNS {} LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$"
    return [
        f"CREATE OR REPLACE FUNCTION {s}.servicepunkt_is_coordinator() {header.format('boolean')}"
        f" SELECT pg_has_role(current_user, c.relowner, 'USAGE') OR EXISTS ("
        f"SELECT 1 FROM {s}.{COORDINATOR_TABLE} k JOIN pg_roles r ON r.rolname = k.role_name "
        f"WHERE pg_has_role(current_user, r.oid, 'USAGE')) "
        f"FROM pg_class c WHERE c.oid = '{s}.{GRANT_TABLE}'::regclass $$",
        f"CREATE OR REPLACE FUNCTION {s}.servicepunkt_may_change(code text) "
        f"{header.format('boolean')} SELECT {s}.servicepunkt_is_coordinator() OR EXISTS ("
        f"SELECT 1 FROM {grants} g JOIN pg_roles r ON r.rolname = g.role_name "
        f"WHERE g.municipality_code = $1 AND pg_has_role(current_user, r.oid, 'USAGE')) $$",
        f"CREATE OR REPLACE FUNCTION {s}.servicepunkt_municipality_of(kind text, id text) "
        f"{header.format('text')}\n  SELECT CASE $1\n{parents}\n"
        f"    WHEN 'record' THEN coalesce(\n      {record})\n  END $$",
        f"""CREATE OR REPLACE FUNCTION {s}.{TRIGGER_NAME}() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  kind text := TG_ARGV[0];
  value text := to_jsonb(OLD) ->> TG_ARGV[1];
  code text;
  allowed boolean;
BEGIN
  IF kind = 'municipality' THEN
    code := value;
    allowed := {s}.servicepunkt_may_change(code);
  ELSIF kind = 'coordinator' THEN
    allowed := {s}.servicepunkt_is_coordinator();
  ELSE
    code := {s}.servicepunkt_municipality_of(kind, value);
    -- A child without a parent: only inside a cascade, which runs as the owner (allowed).
    -- A merge base of a record not here: anyone's, it changes no one's data.
    allowed := (code IS NULL AND kind = 'record') OR {s}.servicepunkt_may_change(code);
  END IF;
  IF NOT allowed THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
      MESSAGE = 'servicepunkt: ' || current_user || ' may not change ' || TG_TABLE_NAME
        || coalesce(' of municipality ' || code, ''),
      HINT = 'Ask the coordinator or the IT department: servicepunkt server grant';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END $$""",
    ]


def _check_sql(s: str, rule: Rule) -> str:
    """The policy condition a new row must meet."""
    if rule.kind == "municipality":
        return f"{s}.servicepunkt_may_change({rule.column})"
    if rule.kind == "coordinator":
        return f"{s}.servicepunkt_is_coordinator()"
    if rule.kind == "own":
        return f"{rule.column} = current_user"
    lookup = f"{s}.servicepunkt_municipality_of('{rule.kind}', {rule.column})"
    if rule.kind == "record":
        return f"({lookup} IS NULL OR {s}.servicepunkt_may_change({lookup}))"
    return f"{s}.servicepunkt_may_change({lookup})"


def _table_statements(s: str, table: str, rule: Rule, existing: set[str]) -> list[str]:
    t = f"{s}.{table}"
    statements = [f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY"]
    statements += [f"DROP POLICY {quote_ident(name)} ON {t}" for name in sorted(existing)]
    check = _check_sql(s, rule)
    p = POLICY_PREFIX
    if rule.kind == "own":
        # A draft is its writer's alone: others neither see nor touch it.
        statements.append(
            f"ALTER TABLE {t} ADD COLUMN IF NOT EXISTS {rule.column} text NOT NULL "
            "DEFAULT current_user"
        )
        statements.append(f"CREATE POLICY {p}own ON {t} USING ({check}) WITH CHECK ({check})")
        return statements
    statements += [
        f"CREATE POLICY {p}read ON {t} FOR SELECT USING (true)",
        f"CREATE POLICY {p}insert ON {t} FOR INSERT WITH CHECK ({check})",
        # USING (true): the OLD row is judged by the trigger, which raises 42501 instead
        # of letting the row quietly drop out of the UPDATE or DELETE.
        f"CREATE POLICY {p}update ON {t} FOR UPDATE USING (true) WITH CHECK ({check})",
        f"CREATE POLICY {p}delete ON {t} FOR DELETE USING (true)",
        f"DROP TRIGGER IF EXISTS {TRIGGER_NAME} ON {t}",
        f"CREATE TRIGGER {TRIGGER_NAME} BEFORE UPDATE OR DELETE ON {t} FOR EACH ROW "
        f"EXECUTE FUNCTION {s}.{TRIGGER_NAME}('{rule.kind}', '{rule.column}')",
    ]
    return statements


@dataclass(frozen=True)
class SetupResult:
    group: str
    tables: int  # tables with policies
    read_only: tuple[str, ...]  # tables only read by the group
    unknown: tuple[str, ...]  # tables of no rule: read only, and worth a look


def set_up_rights(connection: Connection, database: str) -> SetupResult:
    """Create or refresh roles, rights tables, functions, privileges and policies.

    Run in one transaction by the owner of the tables; running it again changes nothing,
    and after an upgrade it brings the policies to this version's.
    """
    # Two admins running init at once wait for each other instead of failing halfway.
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _SETUP_LOCK})
    s = quote_ident(str(connection.execute(text("SELECT current_schema()")).scalar_one()))
    group = group_role(database)
    g = quote_ident(group)
    _check_owner(connection)
    ensure_group(connection, group)
    run = connection.exec_driver_sql
    tables = set(
        connection.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        ).scalars()
    )
    run(
        f"CREATE TABLE IF NOT EXISTS {s}.{GRANT_TABLE} (role_name text NOT NULL, "
        f"municipality_code varchar(4) NOT NULL REFERENCES {s}.municipality(code) "
        "ON DELETE CASCADE, granted_at timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'UTC'), "
        "granted_by text NOT NULL DEFAULT current_user, PRIMARY KEY (role_name, municipality_code))"
    )
    run(
        f"CREATE TABLE IF NOT EXISTS {s}.{COORDINATOR_TABLE} (role_name text PRIMARY KEY, "
        "granted_at timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'UTC'), "
        "granted_by text NOT NULL DEFAULT current_user)"
    )
    for statement in _functions(s):
        run(statement)
    policies: dict[str, set[str]] = {}
    for table, name in connection.execute(
        text(
            "SELECT tablename, policyname FROM pg_policies WHERE schemaname = current_schema() "
            "AND policyname LIKE 'servicepunkt\\_%'"
        )
    ):
        policies.setdefault(table, set()).add(name)
    run(f"REVOKE ALL ON ALL TABLES IN SCHEMA {s} FROM PUBLIC")
    run(f"REVOKE ALL ON ALL TABLES IN SCHEMA {s} FROM {g}")
    run(f"GRANT SELECT ON ALL TABLES IN SCHEMA {s} TO {g}")
    run(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {s} TO {g}")
    run(f"GRANT USAGE ON SCHEMA {s} TO {g}")
    # PostgreSQL 15 and later already keep PUBLIC from creating tables in "public"; before
    # that only the schema's owner can take it away (anyone else gets a mere warning).
    run(f"REVOKE CREATE ON SCHEMA {s} FROM PUBLIC")
    ruled = sorted(table for table in RULES if table in tables)
    for table in ruled:
        for statement in _table_statements(s, table, RULES[table], policies.get(table, set())):
            run(statement)
        run(f"GRANT INSERT, UPDATE, DELETE ON {s}.{table} TO {g}")
    database_name = quote_ident(database)
    run(f"REVOKE CONNECT, TEMPORARY ON DATABASE {database_name} FROM PUBLIC")
    run(f"GRANT CONNECT, TEMPORARY ON DATABASE {database_name} TO {g}")
    _readmit(connection, group)
    known = set(RULES) | set(REFERENCE_TABLES) | set(RIGHTS_TABLES) | set(DERIVED_TABLES)
    return SetupResult(
        group=group,
        tables=len(ruled),
        read_only=tuple(sorted(t for t in tables | set(RIGHTS_TABLES) if t not in RULES)),
        unknown=tuple(sorted(tables - known)),
    )


def _check_owner(connection: Connection) -> None:
    owner = connection.execute(
        text(
            "SELECT pg_has_role(current_user, c.relowner, 'USAGE') FROM pg_class c "
            "WHERE c.oid = to_regclass('alembic_version')"
        )
    ).scalar()
    if not owner:
        raise SetupError(SetupError.NOT_OWNER)


def ensure_group(connection: Connection, group: str) -> None:
    exists = connection.execute(
        text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": group}
    ).first()
    may = connection.execute(
        text("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")
    ).scalar()
    if not may:
        raise SetupError(SetupError.NO_CREATEROLE)
    if not exists:
        connection.exec_driver_sql(f"CREATE ROLE {quote_ident(group)} NOLOGIN")


def _readmit(connection: Connection, group: str) -> None:
    """Make everyone the rights tables name a member (after a restore, the group may be new)."""
    names = connection.execute(
        text(f"SELECT role_name FROM {GRANT_TABLE} UNION SELECT role_name FROM {COORDINATOR_TABLE}")
    ).scalars()
    for name in names:
        if role_exists(connection, name):
            admit(connection, group, name)


def role_exists(connection: Connection, name: str) -> bool:
    found = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name})
    return found.first() is not None


def admit(connection: Connection, group: str, role: str) -> None:
    member = connection.execute(
        text("SELECT pg_has_role(:role, :group, 'MEMBER')"), {"role": role, "group": group}
    ).scalar()
    if not member:
        connection.exec_driver_sql(f"GRANT {quote_ident(group)} TO {quote_ident(role)}")
