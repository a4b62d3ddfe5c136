"""What identifies a Servicepunkt file and its contents, without importing SQLAlchemy.

Read by ``db.py`` and ``reference.py`` when they open and fill a file, and by
``first_screen.py``, which draws the first window from a plain ``sqlite3`` read.
"""

from __future__ import annotations

from pathlib import Path

# Stored in the SQLite header (offset 68) so a Servicepunkt file is recognised
# without running a query. "SPKT" in ASCII.
APPLICATION_ID = 0x53504B54
SQLITE_HEADER = b"SQLite format 3\x00"

# The newest migration. Checked against the migrations folder by a test; lets a
# start-up on an up-to-date file skip importing Alembic (and, for the first window,
# SQLAlchemy) at all.
HEAD_REVISION = "0011_shared_database"

# The meta row that says which version of the shipped reference data the file holds.
REFERENCE_VERSION_KEY = "reference_data_version"
PILOT_PROGRAMME_ID = "pilotkommuner-2012-2015"


def data_version(data_dir: Path) -> str:
    """The version of the reference data shipped in ``data_dir`` (resources/data)."""
    return (data_dir / "version.txt").read_text(encoding="utf-8").strip()
