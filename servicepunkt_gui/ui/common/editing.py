"""One editing helper for every form: dirty state, drafts, the unsaved question, Ctrl+S.

A form (the note editor, the plan form, the forms later features add) only knows its fields.
It emits ``edited`` on every change and offers ``is_dirty``, ``draft_fields``,
``apply_draft`` and ``revert``. :class:`FormEditing` does the rest, the same way for all:

- a draft is kept within ``DRAFT_DELAY_MS`` of the first unsaved keystroke however steadily
  someone types (the timer is not restarted by further typing), again every
  ``DRAFT_DELAY_MS`` while typing goes on, and at once when focus leaves the form;
- the draft goes when the edits are saved or thrown away;
- before leaving, the official is asked about unsaved edits, naming what is unsaved;
- Ctrl+S saves the form on screen (``forms.FormRegistry``);
- a save over a record someone else changed since the form read it
  (:meth:`FormEditing.conflict_handling`): the draft is kept while the official looks at
  both versions and after "decide later"; "keep my changes" saves again against the stored
  version (the draft going with it), "use the saved version" drops the draft and reloads.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Protocol, TypeVar, cast

import shiboken6
from PySide6.QtCore import QObject, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication, QWidget

from servicepunkt_gui.core import drafts
from servicepunkt_gui.core.record_versions import EditConflictError
from servicepunkt_gui.ui.common import dialogs
from servicepunkt_gui.ui.common.conflict_dialog import Describe
from servicepunkt_gui.ui.common.write_path import ConflictHandling, Work, WritePath

if TYPE_CHECKING:
    from servicepunkt_gui.core.db import Session

log = logging.getLogger(__name__)

DRAFT_DELAY_MS = 2_000
READ_VERSION_KEY = "_read_version"  # in a kept draft: the version its text was typed over
T = TypeVar("T")
InputT = TypeVar("InputT")  # a form's input (NoteInput, PlanInput…)


class EditableForm(Protocol):
    """What a form offers the helper (it is also a QWidget)."""

    @property
    def edited(self) -> SignalInstance: ...

    def is_dirty(self) -> bool: ...

    def draft_fields(self) -> dict[str, object]: ...

    def apply_draft(self, fields: dict[str, object]) -> None: ...

    def revert(self) -> None: ...


# (draft key, municipality code) of what the form edits now, or None when it edits nothing.
DraftTarget = Callable[[], tuple[str, str] | None]


class FormEditing(QObject):
    def __init__(
        self,
        form: QWidget,
        noun: Callable[[], str],
        save: Callable[[], bool],
        draft_target: DraftTarget,
        write_path: WritePath,
    ) -> None:
        super().__init__(form)
        assert _is_editable(form)
        self.form = form
        self._editable = cast(EditableForm, form)
        self._noun = noun
        self._save = save
        self._draft_target = draft_target
        self._write_path = write_path
        self._kept_key: str | None = None
        # The version of the record the form shows and its fields as read: what a save
        # sends back (core.record_versions). A form re-read under unsaved typing (a
        # colleague's change) keeps these, so the save is checked against what the typing
        # started from.
        self.read_version: int | None = None
        self.read_values: dict[str, object] = {}
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self.keep_draft)
        self._editable.edited.connect(self._on_edited)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    # -- state -------------------------------------------------------------------

    def is_dirty(self) -> bool:
        return self._editable.is_dirty()

    def save(self) -> bool:
        return self._save()

    def _on_edited(self) -> None:
        if self._editable.is_dirty():
            # Not restarted while typing goes on: steady typing is kept every couple of seconds.
            if not self.draft_timer.isActive():
                self.draft_timer.start()
        else:
            self.draft_timer.stop()
            self.drop_draft()

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        # Focus also moves while a window is being destroyed, the form perhaps already gone.
        if not shiboken6.isValid(self.form):
            return
        if old is None or not self.form.isAncestorOf(old):
            return
        if new is not None and self.form.isAncestorOf(new):
            return
        if self._editable.is_dirty():
            self.keep_draft()

    # -- drafts --------------------------------------------------------------------

    def keep_draft(self) -> None:
        self.draft_timer.stop()
        target = self._draft_target()
        if target is None or not self._editable.is_dirty():
            return
        key, municipality_code = target
        fields = self._editable.draft_fields()
        if self.read_version is not None:
            # The version typed over goes with the draft: after a crash, the save is still
            # checked against it, not against whatever is stored when the draft comes back.
            fields = {**fields, READ_VERSION_KEY: self.read_version}
        if self._kept_key is not None and self._kept_key != key:
            self.drop_draft()
        if self._write_path.write_quietly(
            lambda session: drafts.save_draft(session, key, municipality_code, fields)
        ):
            self._kept_key = key

    def drop_draft(self) -> None:
        key, self._kept_key = self._kept_key, None
        if key is not None:
            self._write_path.write_quietly(lambda session: drafts.discard_draft(session, key))

    def with_draft_dropped(self, work: Work[T]) -> Work[T]:
        """``work`` followed by deleting the kept draft, for one transaction: the form's save.

        The edits and their draft go together, in one commit to disk instead of two, and a
        crash cannot leave the draft of something already saved. Once the write succeeded,
        call :meth:`draft_dropped` (before the form is refilled, which would drop it again).
        """
        key = self._kept_key
        if key is None:
            return work

        def work_then_drop(session: Session) -> T:
            result = work(session)
            drafts.discard_draft(session, key)
            return result

        return work_then_drop

    def draft_dropped(self) -> None:
        """The draft went with the save (:meth:`with_draft_dropped`): nothing is kept now."""
        self._kept_key = None

    def take_draft(self, draft: drafts.DraftRow) -> None:
        """Put a draft kept before a crash into the form, unsaved; it stays kept until then."""
        self._editable.apply_draft(draft.fields)
        self._kept_key = draft.key
        version = draft.fields.get(READ_VERSION_KEY)
        if isinstance(version, int):
            self.read_version = version  # (the fields read are those shown now)

    # -- someone else saved first ----------------------------------------------------

    def remember_read(self, version: int | None, values: Mapping[str, object]) -> None:
        """The form now shows the record at ``version`` with ``values`` (None: nothing)."""
        self.read_version = version
        self.read_values = dict(values)

    def read_state(self) -> tuple[int | None, dict[str, object]]:
        """What :meth:`remember_read` was told last, to tell it again after a re-read."""
        return self.read_version, dict(self.read_values)

    def conflict_handling(
        self,
        resave: Callable[[dict[str, object], int], Work[T]],
        reload: Callable[[EditConflictError], None],
        read: Mapping[str, object] | None = None,
        describe: Describe | None = None,
    ) -> ConflictHandling[T]:
        """For ``WritePath.write(..., conflict=...)`` of this form's save.

        ``resave(values, version)``: the form's save of ``values`` (by field name) against
        ``version``; ``reload``: show the stored version in the form; ``read``: the fields
        as the form showed them when it read the record (default: :meth:`remember_read`'s).
        """

        def keep_mine(values: dict[str, object], version: int) -> Work[T]:
            return self.with_draft_dropped(resave(values, version))

        def take_theirs(conflict: EditConflictError) -> None:
            self.draft_timer.stop()
            self.drop_draft()
            reload(conflict)

        def keep_typed(_conflict: EditConflictError) -> None:
            # Kept now, not a few seconds later: the official may close the window while
            # the dialog is open, or decide tomorrow.
            self.keep_draft()

        return ConflictHandling(
            resave=keep_mine,
            take_theirs=take_theirs,
            later=keep_typed,
            opened=keep_typed,
            read=dict(self.read_values if read is None else read),
            describe=describe,
        )

    def write_checked(
        self,
        save_as: Callable[[InputT, int | None], Work[T]],
        values: InputT,
        as_input: Callable[..., InputT],
        reload: Callable[[EditConflictError], None],
        origin: object,
        is_new: bool = False,
    ) -> T | None:
        """The form's save of ``values`` against :attr:`read_version` through the write path,
        its draft dropped in the same transaction, a conflict handled as
        :meth:`conflict_handling` (``as_input`` makes the form's input of kept values)."""
        handling = self.conflict_handling(
            lambda kept, version: save_as(as_input(**kept), version), reload
        )
        work = self.with_draft_dropped(save_as(values, None if is_new else self.read_version))
        return self._write_path.write(self.form, work, origin, None if is_new else handling)

    # -- leaving -----------------------------------------------------------------

    def resolve_unsaved(self) -> bool:
        """Ask about unsaved edits. True when it is fine to move on (saved or thrown away)."""
        if not self._editable.is_dirty():
            return True
        choice = dialogs.ask_unsaved_changes(self.form, self._noun())
        if choice == dialogs.UnsavedChoice.SAVE:
            return self._save()
        if choice == dialogs.UnsavedChoice.DISCARD:
            self._editable.revert()
            self.drop_draft()
            return True
        return False


def _is_editable(form: object) -> bool:
    return all(
        hasattr(form, name) for name in ("edited", "is_dirty", "draft_fields", "apply_draft")
    )
