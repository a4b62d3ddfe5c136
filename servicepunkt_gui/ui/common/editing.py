"""One editing helper for every form: dirty state, drafts, the unsaved question, Ctrl+S.

A form (the note editor, the plan form, the forms later features add) only knows its fields.
It emits ``edited`` on every change and offers ``is_dirty``, ``draft_fields``,
``apply_draft`` and ``revert``. :class:`FormEditing` does the rest, the same way for all:

- a draft is kept within ``DRAFT_DELAY_MS`` of the first unsaved keystroke however steadily
  someone types (the timer is not restarted by further typing), again every
  ``DRAFT_DELAY_MS`` while typing goes on, and at once when focus leaves the form;
- the draft goes when the edits are saved or thrown away;
- before leaving, the official is asked about unsaved edits, naming what is unsaved;
- Ctrl+S saves the form on screen (:class:`FormRegistry`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol, cast

from PySide6.QtCore import QObject, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication, QWidget

from servicepunkt_gui.core import drafts
from servicepunkt_gui.ui.common import dialogs
from servicepunkt_gui.ui.common.write_path import WritePath

log = logging.getLogger(__name__)

DRAFT_DELAY_MS = 2_000


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

    def take_draft(self, draft: drafts.DraftRow) -> None:
        """Put a draft kept before a crash into the form, unsaved; it stays kept until then."""
        self._editable.apply_draft(draft.fields)
        self._kept_key = draft.key

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


class FormRegistry:
    """Every form of the window, so Ctrl+S saves the one on screen."""

    def __init__(self) -> None:
        self._forms: list[FormEditing] = []

    def add(self, editing: FormEditing) -> None:
        self._forms.append(editing)

    def on_screen(self) -> FormEditing | None:
        """The form holding the keyboard focus, else the one form visible (the dirty one first)."""
        shown = [f for f in self._forms if f.form.isVisible()]
        focus = QApplication.focusWidget()
        for editing in shown:
            if focus is not None and editing.form.isAncestorOf(focus):
                return editing
        shown.sort(key=lambda f: not f.is_dirty())
        return shown[0] if shown else None

    def save_on_screen(self) -> bool:
        editing = self.on_screen()
        return True if editing is None else editing.save()

    def resolve_all(self) -> bool:
        """Before the window closes or the file is replaced: every form asks in turn."""
        return all(editing.resolve_unsaved() for editing in self._forms)

    def keep_all_drafts(self) -> None:
        for editing in self._forms:
            editing.keep_draft()
