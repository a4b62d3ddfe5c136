"""The backup made before an import (an exchange file, a service table) can be found again."""

from __future__ import annotations

import pytest

from servicepunkt_gui.core.backup import make_backup
from servicepunkt_gui.core.backup_files import list_backups
from servicepunkt_gui.core.db import Database

# About what only a SQLite file has (tests/core/conftest.py runs the rest on both engines).
pytestmark = pytest.mark.sqlite_only


def test_a_backup_before_an_import_is_listed_for_restoring(database: Database) -> None:
    made = make_backup(database.file, kind="import")
    listed = list_backups(database.file)
    assert [(b.path, b.kind) for b in listed] == [(made, "import")]
