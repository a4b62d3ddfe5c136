"""The one way the window writes: a unit of work, one message per storage problem, one announcement.

Every write site calls :meth:`WritePath.write` with a function of a session that calls
``core``. The function runs in one unit of work (committed on success, rolled back on
failure). A storage failure arrives from ``core`` as a typed ``StorageError``; the official
sees the one Swedish message for its kind, and the caller gets ``None`` back and leaves what
was typed where it is. On success, what ``core`` recorded as changed goes to the change hub.

A save over a record someone else changed since the form read it comes back as
``EditConflictError``: the official sees both versions (``conflict_dialog``) and chooses; a
caller that passes :class:`ConflictHandling` is told the choice (and "keep my changes" is
saved again at once), the others only get ``None``, the text staying where it is.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from servicepunkt_gui.core.changes import Changes, collected
from servicepunkt_gui.core.errors import StorageError, StorageProblem, ValidationError
from servicepunkt_gui.core.progress import Cancelled, Progress
from servicepunkt_gui.ui.common import conflict_dialog, dialogs
from servicepunkt_gui.ui.common.change_hub import ChangeHub
from servicepunkt_gui.ui.common.conflict_dialog import ConflictChoice, Describe
from servicepunkt_gui.ui.common.progress import run_cancellable

if TYPE_CHECKING:
    from servicepunkt_gui.core.db import Database, Session
    from servicepunkt_gui.core.record_versions import EditConflictError

log = logging.getLogger(__name__)
T = TypeVar("T")
# A unit of work: a function of the session that calls ``core``.
Work = Callable[["Session"], T]


def _nothing(_conflict: EditConflictError) -> None:
    return None


@dataclass(frozen=True)
class ConflictHandling(Generic[T]):
    """What a form does when its save meets a newer version (see ``FormEditing``).

    ``resave(values, version)`` gives the save again with ``values`` (by field name, as in
    ``conflict.mine``) against the stored ``version``: "keep my changes" passes the fields
    the official changed since ``read`` and the stored values of the others
    (``record_versions.merged``). ``take_theirs`` shows the stored version in the form;
    ``later`` runs when the official closes the dialog to decide later, ``opened`` before it
    is shown (keep the draft). ``read`` is what the form showed when it was opened, so the
    dialog can say who changed which field; ``describe`` names values it cannot (a goal).
    ``can_wait`` False: no "decide later" (a table cell keeps no draft).
    """

    resave: Callable[[dict[str, object], int], Work[T]]
    take_theirs: Callable[[EditConflictError], None]
    later: Callable[[EditConflictError], None] = _nothing
    opened: Callable[[EditConflictError], None] = _nothing
    read: Mapping[str, object] = field(default_factory=dict)
    describe: Describe | None = None
    can_wait: bool = True


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
        conflict: ConflictHandling[T] | None = None,
    ) -> T | None:
        """Run ``work`` in one unit of work. Returns its result, or None after telling why.

        ``ValidationError`` from ``core`` is the caller's to explain beside the field, so it
        passes through unchanged. An edit conflict shows both versions; with ``conflict``
        the official chooses, and "keep my changes" returns the result of saving again.
        """
        try:
            with self._db.session() as session:
                result = work(session)
                changes = collected(session)
        except ValidationError:
            raise
        except Exception as error:
            # record_versions brings SQLAlchemy: not before the first paint (test_first_paint).
            from servicepunkt_gui.core.record_versions import conflict_from, is_stale

            edit_conflict = conflict_from(error)
            if edit_conflict is not None:
                return self._resolve_conflict(parent, edit_conflict, origin, conflict)
            if is_stale(error):  # a save that raced another one at the same moment
                log.info("write raced another connection: %s", error)
                dialogs.show_error(parent, *conflict_dialog.raced_message())
                return None
            self._explain_failure(parent, error)
            return None
        self.hub.announce(changes, origin)
        return result

    def _resolve_conflict(
        self,
        parent: QWidget | None,
        error: EditConflictError,
        origin: object | None,
        handling: ConflictHandling[T] | None,
    ) -> T | None:
        from servicepunkt_gui.core.record_versions import merged, stored_version

        log.info("edit conflict: %s", error)
        if error.stored is None:  # raised by the failed unit of work: read it now
            kind, record_id, names = error.kind, error.record_id, list(error.mine)
            error = error.with_stored(
                self.read(lambda s: stored_version(s, kind, record_id, names))
            )
        if error.stored is None:
            dialogs.show_error(parent, *conflict_dialog.gone_message())
            return None
        if handling is None:
            conflict_dialog.ask_conflict(parent, error, choices=False)
            return None
        handling.opened(error)
        choice = conflict_dialog.ask_conflict(
            parent, error, handling.read, handling.describe, can_wait=handling.can_wait
        )
        if choice is ConflictChoice.KEEP_MINE:
            stored = error.stored
            kept = merged(handling.read, error.mine, stored.values)
            # Saved against the stored version, which is now what the official's changes
            # were made to; a third save in between asks again.
            again = replace(handling, read=dict(stored.values))
            return self.write(parent, handling.resave(kept, stored.version), origin, again)
        if choice is ConflictChoice.TAKE_THEIRS:
            handling.take_theirs(error)
        else:
            handling.later(error)
        return None

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
        """Like :meth:`write` for work that returns nothing: True when it was saved.

        An edit conflict is shown (both versions) and counts as not saved.
        """
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
