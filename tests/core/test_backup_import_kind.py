"""The backup made before an import (an exchange file, a service table) can be found again."""

from __future__ import annotations

from servicepunkt_gui.core.backup import make_backup
from servicepunkt_gui.core.backup_files import list_backups
from servicepunkt_gui.core.db import Database


def test_a_backup_before_an_import_is_listed_for_restoring(database: Database) -> None:
    made = make_backup(database.path, kind="import")
    listed = list_backups(database.path)
    assert [(b.path, b.kind) for b in listed] == [(made, "import")]
