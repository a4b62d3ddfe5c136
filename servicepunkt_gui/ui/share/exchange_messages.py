"""What the import says, in the window's language: why a file is refused, each conflict, the result.

``core.exchange`` gives the reason as a code (``ExchangeProblem``) with a detail, and the
conflicts as facts; the sentences are made here so they go through Qt's translation (the
command line prints core's Swedish sentences instead).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from servicepunkt_gui.core.exchange import (
    Conflict,
    ExchangeFileError,
    ExchangeProblem,
    ImportResult,
    Kind,
)
from servicepunkt_gui.ui.common.labels import local_time_text


def _ask_again() -> str:
    return QCoreApplication.translate(
        "ExchangeMessages", "Ask the sender to export a new exchange file."
    )


def problem_text(error: ExchangeFileError) -> str:
    """Why the file is refused and what to do; the database was not touched."""
    p = ExchangeProblem
    texts = {
        p.NOT_A_ZIP: QCoreApplication.translate(
            "ExchangeMessages",
            "The file is not an exchange file from Servicepunkt. Choose the file ending in "
            ".servicepunkt that you got from the sender.",
        ),
        p.NOT_OURS: QCoreApplication.translate(
            "ExchangeMessages",
            "The file is a zip file, but not an exchange file from Servicepunkt. Check that "
            "you chose the right file.",
        ),
        p.MISSING_MANIFEST: QCoreApplication.translate(
            "ExchangeMessages", "The exchange file lacks its table of contents (manifest.json)."
        ),
        p.MISSING_RECORDS: QCoreApplication.translate(
            "ExchangeMessages", "The exchange file lacks its records (records.json)."
        ),
        p.NEWER_VERSION: QCoreApplication.translate(
            "ExchangeMessages",
            "The exchange file was made by a newer version of Servicepunkt, in a format this "
            "version cannot read. Update Servicepunkt and open the file again.",
        ),
        p.DAMAGED: QCoreApplication.translate(
            "ExchangeMessages",
            "The exchange file is damaged or incomplete (it may have been copied only half "
            "way). Ask the sender to send it again.",
        ),
        p.TOO_LARGE: QCoreApplication.translate(
            "ExchangeMessages",
            "The exchange file is larger than Servicepunkt accepts. Ask the sender to export "
            "fewer municipalities at a time.",
        ),
        p.ZIP_BOMB: QCoreApplication.translate(
            "ExchangeMessages",
            "The exchange file unpacks to unreasonably much more than its own size, so it is "
            "not read.",
        ),
        p.UNSAFE_PATH: QCoreApplication.translate(
            "ExchangeMessages",
            "The exchange file tries to write outside its folder, so it is not read. Do not "
            "open it again.",
        ),
        p.UNEXPECTED_CONTENT: QCoreApplication.translate(
            "ExchangeMessages", "The exchange file holds more than an exchange file may (%1)."
        ),
        p.NOT_UTF8: QCoreApplication.translate(
            "ExchangeMessages", "The text of the exchange file is not encoded as UTF-8."
        ),
        p.INVALID_JSON: QCoreApplication.translate(
            "ExchangeMessages", "The contents of the exchange file are broken (invalid JSON)."
        ),
        p.WRONG_TYPE: QCoreApplication.translate(
            "ExchangeMessages", "The exchange file has a field of the wrong kind (%1)."
        ),
        p.INVALID_ID: QCoreApplication.translate(
            "ExchangeMessages", "The exchange file has an invalid id (%1)."
        ),
        p.INVALID_DATE: QCoreApplication.translate(
            "ExchangeMessages", "The exchange file has an invalid date or time (%1)."
        ),
        p.UNKNOWN_CODE: QCoreApplication.translate(
            "ExchangeMessages",
            "The exchange file has a value Servicepunkt does not know (%1). Update "
            "Servicepunkt, or ask the sender to export a new exchange file.",
        ),
        p.TEXT_TOO_LONG: QCoreApplication.translate(
            "ExchangeMessages",
            "The exchange file has a text longer than Servicepunkt can store (%1). Ask the "
            "sender to shorten it and export a new exchange file.",
        ),
        p.INVALID_VALUE: QCoreApplication.translate(
            "ExchangeMessages", "The exchange file has a value that cannot be stored (%1)."
        ),
        p.UNKNOWN_MUNICIPALITY: QCoreApplication.translate(
            "ExchangeMessages",
            "The exchange file concerns a municipality with the code %1, which does not "
            "exist here. Update Servicepunkt so that its list of municipalities is current, "
            "and try again.",
        ),
        p.MISSING_REFERENCE: QCoreApplication.translate(
            "ExchangeMessages",
            "The exchange file refers to something that is neither in the file nor here "
            "(%1). Ask the sender to export the whole municipality in a new exchange file.",
        ),
        p.UNREADABLE: QCoreApplication.translate(
            "ExchangeMessages",
            "The exchange file could not be read from the disk (%1). Check that it is still "
            "there and that you may read it, and try again.",
        ),
    }
    text = texts.get(error.problem, error.message).replace("%1", error.detail)
    if error.problem in _ASK_AGAIN:
        text += " " + _ask_again()
    nothing = QCoreApplication.translate("ExchangeMessages", "Nothing was imported.")
    return f"{text}\n\n{nothing}"


# The problems whose text ends by asking the sender for a new file.
_ASK_AGAIN = {
    ExchangeProblem.MISSING_MANIFEST,
    ExchangeProblem.MISSING_RECORDS,
    ExchangeProblem.ZIP_BOMB,
    ExchangeProblem.UNSAFE_PATH,
    ExchangeProblem.UNEXPECTED_CONTENT,
    ExchangeProblem.NOT_UTF8,
    ExchangeProblem.INVALID_JSON,
    ExchangeProblem.WRONG_TYPE,
    ExchangeProblem.INVALID_ID,
    ExchangeProblem.INVALID_DATE,
    ExchangeProblem.INVALID_VALUE,
}


def unreadable(path: Path, error: OSError) -> str:
    return (
        QCoreApplication.translate(
            "ExchangeMessages", "The file %1 cannot be read (%2). Nothing was imported."
        )
        .replace("%1", str(path))
        .replace("%2", error.strerror or str(error))
    )


def kind_word(kind: Kind) -> str:
    """The record as a sentence starts: "The plan", "The note"."""
    words = {
        Kind.PLAN: QCoreApplication.translate("ExchangeMessages", "The plan"),
        Kind.STAGE_CHANGE: QCoreApplication.translate("ExchangeMessages", "The stage change"),
        Kind.GOAL: QCoreApplication.translate("ExchangeMessages", "The goal"),
        Kind.ACTION: QCoreApplication.translate("ExchangeMessages", "The action"),
        Kind.NOTE: QCoreApplication.translate("ExchangeMessages", "The note"),
        Kind.PLACE: QCoreApplication.translate("ExchangeMessages", "The place"),
        Kind.PLACE_STATUS: QCoreApplication.translate("ExchangeMessages", "The status change"),
        Kind.AGREEMENT: QCoreApplication.translate("ExchangeMessages", "The agreement"),
        Kind.PAYMENT: QCoreApplication.translate("ExchangeMessages", "The payment"),
        Kind.GRANT: QCoreApplication.translate("ExchangeMessages", "The grant case"),
        Kind.TODO_MARK: QCoreApplication.translate("ExchangeMessages", "The “To do” mark"),
    }
    return words[kind]


def kinds_text(by_kind: tuple[tuple[Kind, int], ...]) -> str:
    """What would change, by kind: "Places: 2, agreements: 1, payments: 4"."""
    names = {
        Kind.PLAN: QCoreApplication.translate("ExchangeMessages", "plans"),
        Kind.STAGE_CHANGE: QCoreApplication.translate("ExchangeMessages", "stage changes"),
        Kind.GOAL: QCoreApplication.translate("ExchangeMessages", "goals"),
        Kind.ACTION: QCoreApplication.translate("ExchangeMessages", "actions"),
        Kind.NOTE: QCoreApplication.translate("ExchangeMessages", "notes"),
        Kind.PLACE: QCoreApplication.translate("ExchangeMessages", "places"),
        Kind.PLACE_STATUS: QCoreApplication.translate("ExchangeMessages", "status changes"),
        Kind.AGREEMENT: QCoreApplication.translate("ExchangeMessages", "agreements"),
        Kind.PAYMENT: QCoreApplication.translate("ExchangeMessages", "payments"),
        Kind.GRANT: QCoreApplication.translate("ExchangeMessages", "grant cases"),
        Kind.TODO_MARK: QCoreApplication.translate("ExchangeMessages", "“To do” marks"),
    }
    parts = [f"{names[kind]}: {number}" for kind, number in by_kind if number]
    text = ", ".join(parts)
    return text[:1].upper() + text[1:]


def _who_when(name: str, moment: dt.datetime) -> str:
    if not name.strip():
        return local_time_text(moment)
    return (
        QCoreApplication.translate("ExchangeMessages", "by %1, %2")
        .replace("%1", name.strip())
        .replace("%2", local_time_text(moment))
    )


def conflict_sentence(conflict: Conflict) -> str:
    """ "The plan for Sorsele was changed both here (by Eva Lind, 2026-12-02 10:14) and in
    the file from Anna Berg (2026-12-03 09:02)." in the window's language."""
    here = _who_when(conflict.local_name, conflict.local_updated_at)
    sender = conflict.incoming_exported_by.strip() or QCoreApplication.translate(
        "ExchangeMessages", "the sender"
    )
    if conflict.incoming_deleted:
        text = QCoreApplication.translate(
            "ExchangeMessages",
            "%1 for %2 was deleted for good in the file from %3 (%4), but changed here since "
            "(%5), so it is kept here.",
        )
    else:
        text = QCoreApplication.translate(
            "ExchangeMessages",
            "%1 for %2 was changed both here (%5) and in the file from %3 (%4).",
        )
    return (
        text.replace("%1", kind_word(conflict.kind))
        .replace("%2", conflict.municipality_name)
        .replace("%3", sender)
        .replace("%4", local_time_text(conflict.incoming_updated_at))
        .replace("%5", here)
    )


def result_text(result: ImportResult) -> str:
    rows = result.municipalities
    text = (
        QCoreApplication.translate(
            "ExchangeMessages", "Imported: %1 new, %2 changed and %3 deleted records."
        )
        .replace("%1", str(sum(row.new for row in rows)))
        .replace("%2", str(sum(row.changed for row in rows)))
        .replace("%3", str(sum(row.deleted for row in rows)))
    )
    if result.copies:
        text += " " + QCoreApplication.translate(
            "ExchangeMessages",
            "Records changed on both sides and kept in both versions (look for the copies): %1.",
        ).replace("%1", str(len(result.copies)))
    backup = QCoreApplication.translate(
        "ExchangeMessages",
        "A backup of the database as it was before is in the backups folder "
        "(File → Restore from backup…).",
    )
    return f"{text}\n\n{backup}"
