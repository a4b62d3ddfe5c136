"""Who may change what: asked by the window for the current user, set by ``server grant``.

On a local SQLite file the user may change everything. On a shared PostgreSQL database
the server decides (``core.server_setup``: row-level security and triggers); the window
asks the same function the server's policies use, ``servicepunkt_may_change``, so what it
shows as read-only is exactly what the server would refuse. A database where ``server
init`` never ran has no such function and no policies: there, too, everything.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from servicepunkt_gui.core.server_setup import (
    COORDINATOR_TABLE,
    GRANT_TABLE,
    SetupError,
    admit,
    ensure_group,
    group_role,
    quote_ident,
    role_exists,
)


def _has_rights(session: Session) -> bool:
    if session.get_bind().dialect.name != "postgresql":
        return False
    found = session.execute(text("SELECT to_regprocedure('servicepunkt_may_change(text)')"))
    return found.scalar() is not None


def changeable_municipalities(session: Session) -> frozenset[str] | None:
    """The codes of the municipalities the current user may change; None: all of them
    (a local file, a coordinator, the owner, or a database without rights set up)."""
    if not _has_rights(session) or may_change_everything(session):
        return None
    codes = session.execute(
        text("SELECT code FROM municipality WHERE servicepunkt_may_change(code)")
    ).scalars()
    return frozenset(codes)


def may_change(session: Session, code: str) -> bool:
    """Whether the current user may change the municipality ``code``'s records."""
    if not _has_rights(session):
        return True
    allowed = session.execute(text("SELECT servicepunkt_may_change(:code)"), {"code": code})
    return bool(allowed.scalar())


def may_change_everything(session: Session) -> bool:
    """Coordinator (or owner, or a local file): every municipality, and the national
    home-delivery rules, which only coordinators change."""
    if not _has_rights(session):
        return True
    return bool(session.execute(text("SELECT servicepunkt_is_coordinator()")).scalar())


# -- grants (servicepunkt server grant/revoke/rights, as the admin) ----------------------


@dataclass(frozen=True)
class RoleRights:
    """What one role may do in this database."""

    role: str
    coordinator: bool
    municipalities: tuple[str, ...]  # codes, sorted
    member: bool  # may connect and read (a member of the group role)
    exists: bool = True  # False: named in the rights tables, but the role was dropped


def require_set_up(connection: Connection) -> None:
    found = connection.execute(text(f"SELECT to_regclass('{GRANT_TABLE}')")).scalar()
    if found is None:
        raise SetupError(SetupError.NOT_SET_UP)


def grant(
    connection: Connection, database: str, role: str, codes: tuple[str, ...], coordinator: bool
) -> RoleRights:
    """Let ``role`` connect and read, change ``codes``' municipalities, or (coordinator) all."""
    require_set_up(connection)
    if not role_exists(connection, role):
        raise SetupError(SetupError.NO_SUCH_ROLE, role)
    known = set(
        connection.execute(
            text("SELECT code FROM municipality WHERE code = ANY(:codes)"), {"codes": list(codes)}
        ).scalars()
    )
    missing = [code for code in codes if code not in known]
    if missing:
        raise SetupError(SetupError.NO_SUCH_MUNICIPALITY, ", ".join(missing))
    ensure_group(connection, group_role(database))
    admit(connection, group_role(database), role)
    for code in codes:
        connection.execute(
            text(
                f"INSERT INTO {GRANT_TABLE} (role_name, municipality_code) VALUES (:r, :c) "
                "ON CONFLICT DO NOTHING"
            ),
            {"r": role, "c": code},
        )
    if coordinator:
        connection.execute(
            text(f"INSERT INTO {COORDINATOR_TABLE} (role_name) VALUES (:r) ON CONFLICT DO NOTHING"),
            {"r": role},
        )
    return rights_of(connection, database, role)


def revoke(
    connection: Connection,
    database: str,
    role: str,
    codes: tuple[str, ...],
    coordinator: bool,
    everything: bool,
) -> RoleRights:
    """Take rights back; ``everything`` also takes away reading (the group membership)."""
    require_set_up(connection)
    if everything:
        connection.execute(text(f"DELETE FROM {GRANT_TABLE} WHERE role_name = :r"), {"r": role})
    elif codes:
        connection.execute(
            text(f"DELETE FROM {GRANT_TABLE} WHERE role_name = :r AND municipality_code = ANY(:c)"),
            {"r": role, "c": list(codes)},
        )
    if everything or coordinator:
        connection.execute(
            text(f"DELETE FROM {COORDINATOR_TABLE} WHERE role_name = :r"), {"r": role}
        )
    group = group_role(database)
    if everything and role_exists(connection, role) and role_exists(connection, group):
        direct = connection.execute(
            text(
                "SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                "JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = :g AND u.rolname = :u"
            ),
            {"g": group, "u": role},
        ).first()
        if direct:
            connection.exec_driver_sql(f"REVOKE {quote_ident(group)} FROM {quote_ident(role)}")
    return rights_of(connection, database, role)


def rights_of(connection: Connection, database: str, role: str) -> RoleRights:
    for rights in list_rights(connection, database):
        if rights.role == role:
            return rights
    return RoleRights(role, False, (), False, role_exists(connection, role))


def list_rights(connection: Connection, database: str) -> list[RoleRights]:
    """Everyone who may use the database or is named in its rights, by name."""
    require_set_up(connection)
    group = group_role(database)
    members = set(
        connection.execute(
            text(
                "SELECT u.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                "JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = :g"
            ),
            {"g": group},
        ).scalars()
    )
    granted: dict[str, list[str]] = {}
    for name, code in connection.execute(
        text(f"SELECT role_name, municipality_code FROM {GRANT_TABLE} ORDER BY 1, 2")
    ):
        granted.setdefault(name, []).append(code)
    coordinators = set(
        connection.execute(text(f"SELECT role_name FROM {COORDINATOR_TABLE}")).scalars()
    )
    existing = set(connection.execute(text("SELECT rolname FROM pg_roles")).scalars())
    return [
        RoleRights(
            role=name,
            coordinator=name in coordinators,
            municipalities=tuple(granted.get(name, ())),
            member=name in members,
            exists=name in existing,
        )
        for name in sorted(members | set(granted) | coordinators)
    ]
