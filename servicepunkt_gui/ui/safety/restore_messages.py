"""What the official is told when a backup is not put back, and when it is."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from servicepunkt_gui.core.backup import UNCHECKED_SUFFIX, Contents, RestoreError, RestoreProblem


def refused_title() -> str:
    return QCoreApplication.translate("RestoreMessages", "The backup was not restored")


def refused_text(error: RestoreError, backup: Path) -> str:
    """Why ``backup`` was not put in place; the database file was left untouched."""
    texts = {
        RestoreProblem.DAMAGED: QCoreApplication.translate(
            "RestoreMessages",
            "The backup %1 is damaged or incomplete, so it was not restored.\n\n"
            "Choose another backup. Your database was not changed.",
        ),
        RestoreProblem.NEWER_VERSION: QCoreApplication.translate(
            "RestoreMessages",
            "The backup %1 was made by a newer version of Servicepunkt than this one.\n\n"
            "Install the newer version to restore it, or choose another backup. "
            "Your database was not changed.",
        ),
        RestoreProblem.NOT_SERVICEPUNKT: QCoreApplication.translate(
            "RestoreMessages",
            "The file %1 is not a Servicepunkt backup, so it was not restored.\n\n"
            "Choose another backup. Your database was not changed.",
        ),
    }
    text = texts.get(error.problem) if error.problem is not None else None
    if text is None:
        text = QCoreApplication.translate(
            "RestoreMessages",
            "The backup %1 could not be read or copied. Check that the disk is not full and "
            "that the folder can be written to, then try again. Your database was not changed.",
        )
    return text.replace("%1", str(backup))


def restored_text(made_at_text: str, kept: Path | None) -> str:
    """After a restore: what came back, and where what was there before went."""
    text = QCoreApplication.translate(
        "RestoreMessages", "The backup from %1 was restored."
    ).replace("%1", made_at_text)
    if kept is not None and kept.name.endswith(UNCHECKED_SUFFIX):
        text += "\n\n" + QCoreApplication.translate(
            "RestoreMessages",
            "What the database held before was damaged; it was kept as it was in %1.",
        ).replace("%1", str(kept))
    elif kept is not None:
        text += "\n\n" + QCoreApplication.translate(
            "RestoreMessages",
            "What the database held before was saved as %1, so this restore can be undone "
            "with File → Restore from backup…",
        ).replace("%1", str(kept))
    return text


def _counts(held: Contents | None) -> str:
    if held is None:
        return QCoreApplication.translate("RestoreMessages", "(could not be counted)")
    return (
        QCoreApplication.translate(
            "RestoreMessages", "notes: %1, plans: %2, goals: %3, actions: %4"
        )
        .replace("%1", str(held.notes))
        .replace("%2", str(held.plans))
        .replace("%3", str(held.goals))
        .replace("%4", str(held.actions))
    )


def replace_question(made_at_text: str, now: Contents | None, backup: Contents | None) -> str:
    """Before a restore: what is there now, what the backup brings, and that now is kept."""
    return (
        QCoreApplication.translate(
            "RestoreMessages",
            "Replace what the database holds now with the backup from %1?\n\n"
            "Now: %2\nThe backup: %3\n\n"
            "What the database holds now is first saved as a backup of its own, so the "
            "restore can be undone.",
        )
        .replace("%1", made_at_text)
        .replace("%2", _counts(now))
        .replace("%3", _counts(backup))
    )


def when(made_at: dt.datetime) -> str:
    """A backup's time as the official reads it, to the second (ISO, as Swedish dates are)."""
    return made_at.strftime("%Y-%m-%d %H:%M:%S")
