"""The one way the window writes: a unit of work, one message per storage problem, one announcement.

Every write site calls :meth:`WritePath.write` with a function of a session that calls
``core``. The function runs in one unit of work (committed on success, rolled back on
failure). A storage failure arrives from ``core`` as a typed ``StorageError``; the official
sees the one Swedish message for its kind, and the caller gets ``None`` back and leaves what
was typed where it is. On success, what ``core`` recorded as changed goes to the change hub.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from servicepunkt_gui.core.changes import Changes, collected
from servicepunkt_gui.core.errors import StorageError, StorageProblem, ValidationError
from servicepunkt_gui.core.progress import Cancelled, Progress
from servicepunkt_gui.ui.common import dialogs
from servicepunkt_gui.ui.common.change_hub import ChangeHub
from servicepunkt_gui.ui.common.progress import run_cancellable

if TYPE_CHECKING:
    from servicepunkt_gui.core.db import Database, Session

log = logging.getLogger(__name__)
T = TypeVar("T")
# A unit of work: a function of the session that calls ``core``.
Work = Callable[["Session"], T]


def problem_title(problem: StorageProblem) -> str:
    return {
        StorageProblem.DISK_FULL: QCoreApplication.translate("WritePath", "The disk is full"),
        StorageProblem.READ_ONLY: QCoreApplication.translate(
            "WritePath", "The database file cannot be written to"
        ),
        StorageProblem.LOCKED: QCoreApplication.translate(
            "WritePath", "The database file is in use"
        ),
        StorageProblem.DAMAGED: QCoreApplication.translate(
            "WritePath", "The database file is damaged"
        ),
        StorageProblem.IO: QCoreApplication.translate(
            "WritePath", "The database file could not be reached"
        ),
        StorageProblem.UNREACHABLE: QCoreApplication.translate(
            "WritePath", "The shared database cannot be reached"
        ),
        StorageProblem.REFUSED: QCoreApplication.translate("WritePath", "You may not change this"),
    }[problem]


def problem_message(problem: StorageProblem, path: str) -> str:
    """What happened and what to do, for each kind of storage problem; nothing is lost."""
    kept = QCoreApplication.translate(
        "WritePath", "Nothing was saved, and what you wrote is still on the screen."
    )
    text = {
        StorageProblem.DISK_FULL: QCoreApplication.translate(
            "WritePath",
            "There is no room left on the disk that holds %1. Free some space (empty the "
            "recycle bin, remove large files you do not need), then save again.",
        ),
        StorageProblem.READ_ONLY: QCoreApplication.translate(
            "WritePath",
            "Servicepunkt may not write to %1: the file, its folder or the drive is read-only. "
            "Ask your IT department for write permission, or copy the file to a folder of "
            "your own and open it from there.",
        ),
        StorageProblem.LOCKED: QCoreApplication.translate(
            "WritePath",
            "Another program is using %1 right now (for example a backup or synchronisation "
            "program). Wait a moment and save again.",
        ),
        StorageProblem.DAMAGED: QCoreApplication.translate(
            "WritePath",
            "SQLite found damage in %1. Copy what you wrote somewhere safe, then restore the "
            "latest backup with File → Restore from backup…",
        ),
        StorageProblem.IO: QCoreApplication.translate(
            "WritePath",
            "The computer could not read or write %1. If the file is on a USB stick or a "
            "network drive, check that it is connected, then save again.",
        ),
        StorageProblem.UNREACHABLE: QCoreApplication.translate(
            "WritePath",
            "Servicepunkt has no connection to the shared database %1 (the network, the VPN "
            "or the server is down). Check that you are connected, then save again; "
            "Servicepunkt also tries again by itself.",
        ),
        StorageProblem.REFUSED: QCoreApplication.translate(
            "WritePath",
            "The shared database %1 refused the change: you may read this municipality's "
            "records but not change them. Ask your coordinator for the right to change them.",
        ),
    }[problem]
    return text.replace("%1", path) + " " + kept


def unexpected_failure_message(path: str) -> str:
    kept = QCoreApplication.translate(
        "WritePath", "Nothing was saved, and what you wrote is still on the screen."
    )
    text = QCoreApplication.translate(
        "WritePath",
        "Servicepunkt could not save because of an unexpected problem with %1. It now "
        "checks the file and its search index, and says what it finds and mends.",
    )
    return text.replace("%1", path) + " " + kept


class WritePath:
    """Shared by every view; holds the database and the hub, nothing else."""

    def __init__(self, database: Database | None, hub: ChangeHub) -> None:
        self._database = database  # None while the first window is drawn (core/first_screen)
        self.hub = hub
        # Called after a write failed for a reason that is neither the disk's nor the
        # input's (e.g. a search index table gone): the window checks the file at once.
        self.after_unexpected_failure: list[Callable[[], None]] = []
        # Called with the problem after any write (also a quiet one) failed for a storage
        # problem, e.g. so the window can say in one line that the server is unreachable.
        self.after_storage_problem: list[Callable[[StorageProblem], None]] = []

    def attach(self, database: Database) -> None:
        self._database = database

    @property
    def _db(self) -> Database:
        assert self._database is not None, "the database is attached right after the first paint"
        return self._database

    @property
    def database(self) -> Database:
        return self._db

    def write(
        self,
        parent: QWidget | None,
        work: Work[T],
        origin: object | None = None,
    ) -> T | None:
        """Run ``work`` in one unit of work. Returns its result, or None after telling why.

        ``ValidationError`` from ``core`` is the caller's to explain beside the field, so it
        passes through unchanged.
        """
        try:
            with self._db.session() as session:
                result = work(session)
                changes = collected(session)
        except ValidationError:
            raise
        except Exception as error:
            self._explain_failure(parent, error)
            return None
        self.hub.announce(changes, origin)
        return result

    def write_with_progress(
        self,
        parent: QWidget | None,
        text: str,
        work: Callable[[Session, Progress], T],
        origin: object | None = None,
    ) -> T | None:
        """Like :meth:`write`, on a worker thread with a progress bar and Cancel (an import).

        Cancel rolls the unit of work back: nothing is written, and None comes back.
        """

        def unit(progress: Progress) -> tuple[T, Changes]:
            with self._db.session() as session:
                result = work(session, progress)
                return result, collected(session)

        try:
            result, changes = run_cancellable(parent, text, unit)
        except Cancelled:
            return None
        except ValidationError:
            raise
        except Exception as error:
            self._explain_failure(parent, error)
            return None
        self.hub.announce(changes, origin)
        return result

    def _explain_failure(self, parent: QWidget | None, error: Exception) -> None:
        if isinstance(error, StorageError):
            log.error("write failed: %s (%s)", error.problem, error.__cause__)
            dialogs.show_error(
                parent,
                problem_title(error.problem),
                problem_message(error.problem, self._db.display_name()),
            )
            self._tell_storage_problem(error.problem)
            return
        # Not the disk, not the input: the file's schema or a bug. Never a traceback
        # for the official, never lost text; the file is checked at once.
        log.error("write failed unexpectedly", exc_info=error)
        dialogs.show_error(
            parent,
            QCoreApplication.translate("WritePath", "Saving failed"),
            unexpected_failure_message(self._db.display_name()),
        )
        for check in self.after_unexpected_failure:
            check()

    def _tell_storage_problem(self, problem: StorageProblem) -> None:
        for listener in self.after_storage_problem:
            listener(problem)

    def write_done(
        self, parent: QWidget | None, work: Work[object], origin: object | None = None
    ) -> bool:
        """Like :meth:`write` for work that returns nothing: True when it was saved."""
        return self.write(parent, lambda session: (work(session), True)[1], origin) is not None

    def write_quietly(self, work: Work[object]) -> bool:
        """For writes the official did not ask for (drafts): a failure is only logged.

        The text stays in its editor either way, and the next save says what is wrong.
        """
        try:
            with self._db.session() as session:
                work(session)
        except StorageError as error:
            log.warning("background write failed: %s (%s)", error.problem, error.__cause__)
            self._tell_storage_problem(error.problem)
            return False
        except Exception:
            log.exception("background write failed unexpectedly")
            return False
        return True

    def read_with_progress(
        self, parent: QWidget | None, text: str, work: Callable[[Session, Progress], T]
    ) -> T:
        """A long read (an export) on a worker thread with progress and Cancel.

        Raises ``Cancelled`` when cancelled, and whatever the work raised.
        """

        def unit(progress: Progress) -> T:
            with self._db.read_session() as session:
                return work(session, progress)

        return run_cancellable(parent, text, unit)

    def read(self, work: Work[T]) -> T:
        """One read in its own short session (the caller shows the result).

        A read session begins DEFERRED: it neither waits for nor blocks a writer. ``work``
        must not write; writes go through :meth:`write`.
        """
        with self._db.read_session() as session:
            return work(session)
