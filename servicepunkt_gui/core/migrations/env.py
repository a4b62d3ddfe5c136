"""Alembic environment.

The app passes an open connection in ``config.attributes["connection"]``. For
``alembic revision --autogenerate`` during development, pass a database file:
``alembic -x db=path/to/file.sqlite3 revision --autogenerate -m "..."``.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from servicepunkt_gui.core.models import Base
from servicepunkt_gui.core.search import is_search_table


def _include_object(obj: object, name: str | None, type_: str, *_args: object) -> bool:
    # Full-text tables and triggers are made by hand in migrations; autogenerate must
    # not try to drop them.
    return not is_search_table(name)


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite alters tables by copying them
        include_object=_include_object,
    )
    context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    db_path = context.get_x_argument(as_dictionary=True).get("db")
    if not db_path:
        raise SystemExit("Pass the database file: alembic -x db=PATH ...")
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:
        _run(conn)
