"""Someone else saved the record first: both versions side by side, and the official chooses.

The dialog shows, field by field, what the official wants to save and what is stored now
(who saved it and when), marks who changed each field since the form was opened, and offers
three ways on: keep my changes (saved again over the stored version; fields only the other
person changed keep theirs), take the stored version (the form shows it), or decide later
(close: what was typed stays on screen and as a draft). Everything is plain text.
Tests replace :func:`ask_conflict` instead of clicking, as they do with ``dialogs``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from servicepunkt_gui.ui.common.labels import (
    action_status_label,
    adopting_body_label,
    category_label,
    financing_label,
    local_time_text,
)

if TYPE_CHECKING:
    from servicepunkt_gui.core.record_versions import EditConflictError

# Names a field's value the dialog cannot name itself (a goal's title for ``goal_id``…):
# (field, value) -> text, or None to let the dialog say it.
Describe = Callable[[str, object], str | None]
LONG_TEXT = 80  # longer values (or any with a line break) get a scrollable text box


class ConflictChoice(Enum):
    KEEP_MINE = "keep_mine"
    TAKE_THEIRS = "take_theirs"
    LATER = "later"


class ConflictDialog(QDialog):
    """``read``: the values the form showed when it was opened (who changed what); may be
    empty. ``choices`` False: only a Close button (the caller cannot save again).
    ``can_wait`` False (a table cell, which keeps no draft): no "decide later", and Escape
    means using the saved version."""

    def __init__(
        self,
        parent: QWidget | None,
        conflict: EditConflictError,
        read: Mapping[str, object] | None = None,
        describe: Describe | None = None,
        choices: bool = True,
        can_wait: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        can_wait = can_wait or not choices
        self.choice = ConflictChoice.LATER if can_wait else ConflictChoice.TAKE_THEIRS
        self._conflict = conflict
        self._read = dict(read or {})
        self._describe = describe
        stored = conflict.stored
        who = (stored.saved_by if stored else "") or self.tr("someone else")
        when = local_time_text(stored.updated_at) if stored else ""
        self.setWindowTitle(self.tr("Someone else changed this"))

        self.summary = QLabel(
            self.tr(
                "%1 saved a newer version at %2, after you opened it. Nothing of yours has been "
                "saved yet: what you wrote is kept until you choose."
            )
            .replace("%1", who)
            .replace("%2", when)
        )
        self.summary.setObjectName("conflictSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)

        self.fields = self._field_grid(who, when)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.fields)

        buttons = QDialogButtonBox()
        self.keep_button: QPushButton | None = None
        self.take_button: QPushButton | None = None
        if choices:
            self.keep_button = buttons.addButton(
                self.tr("&Keep my changes"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.keep_button.setObjectName("conflictKeepMine")
            self.keep_button.setToolTip(
                self.tr(
                    "Save your version again. Fields only the other person changed keep "
                    "their values."
                )
            )
            self.take_button = buttons.addButton(
                self.tr("&Use the saved version"), QDialogButtonBox.ButtonRole.DestructiveRole
            )
            self.take_button.setObjectName("conflictTakeTheirs")
            self.take_button.setToolTip(
                self.tr("Show the saved version; your changes are dropped.")
            )
            self.keep_button.clicked.connect(lambda: self._choose(ConflictChoice.KEEP_MINE))
            self.take_button.clicked.connect(lambda: self._choose(ConflictChoice.TAKE_THEIRS))
        self.later_button: QPushButton | None = None
        if can_wait:
            later_text = self.tr("Decide &later") if choices else self.tr("&Close")
            self.later_button = buttons.addButton(
                later_text, QDialogButtonBox.ButtonRole.RejectRole
            )
            self.later_button.setObjectName("conflictLater")
            self.later_button.clicked.connect(lambda: self._choose(ConflictChoice.LATER))
        # Enter must not throw anyone's text away: it decides later or, for one field the
        # official just typed (no draft), keeps it.
        default = self.later_button or self.keep_button

        if not choices:
            hint = self.tr("Your text stays in the form. Copy what you need, then reload.")
        elif can_wait:
            hint = self.tr(
                "Decide later closes this window: your text stays in the form and is kept as a "
                "draft; save again when you have decided."
            )
        else:
            hint = self.tr("Escape uses the saved version.")
        self.hint = QLabel(hint)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(button is default)
        if default is not None:
            default.setDefault(True)  # once in the dialog: Qt ignores it before
        self._fit_screen()

    # -- the fields --------------------------------------------------------------------

    def _field_grid(self, who: str, when: str) -> QWidget:
        box = QWidget()
        box.setObjectName("conflictFields")
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setColumnMinimumWidth(0, 160)
        grid.setVerticalSpacing(10)
        bold = QFont(self.font())
        bold.setBold(True)
        headings = (
            self.tr("Field"),
            self.tr("Your version"),
            self.tr("Saved by %1, %2").replace("%1", who).replace("%2", when),
        )
        for column, text in enumerate(headings):
            heading = self._label(text)
            heading.setFont(bold)
            grid.addWidget(heading, 0, column)
        stored = self._conflict.stored.values if self._conflict.stored else {}
        self.rows: list[str] = []
        shown = [name for name in self._conflict.changed_fields() if name in self._conflict.mine]
        for row, name in enumerate(shown, start=1):
            self.rows.append(name)
            title = self._label(f"{self.field_label(name)}\n{self.who_changed(name)}")
            title.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(title, row, 0)
            texts = [self.value_text(name, self._conflict.mine.get(name))]
            texts.append(self.value_text(name, stored.get(name)))
            # Both sides alike: two text boxes side by side when either is long.
            long = any("\n" in text or len(text) > LONG_TEXT for text in texts)
            grid.addWidget(self._value(texts[0], long), row, 1)
            grid.addWidget(self._value(texts[1], long), row, 2)
        same = len(self._conflict.mine) - len(shown)
        if same:
            note = self._label(self.tr("The other fields are the same in both versions."))
            grid.addWidget(note, len(shown) + 1, 0, 1, 3)
        grid.setRowStretch(len(shown) + 2, 1)
        return box

    def changed_by(self, name: str) -> str:
        """Who changed the field since the form was opened: "mine", "theirs", "both" or ""
        (not known: the form did not say what it read)."""
        if name not in self._read:
            return ""
        read = self._read[name]
        mine = self._conflict.mine.get(name) != read
        stored = self._conflict.stored
        theirs = stored is not None and stored.values.get(name) != read
        return {(True, True): "both", (True, False): "mine", (False, True): "theirs"}.get(
            (mine, theirs), ""
        )

    def who_changed(self, name: str) -> str:
        """The same, as the dialog says it beside the field's name."""
        return {
            "both": self.tr("(you both changed it)"),
            "mine": self.tr("(you changed it)"),
            "theirs": self.tr("(the other person changed it)"),
        }.get(self.changed_by(name), "")

    def _label(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _value(self, text: str, long: bool) -> QWidget:
        if long:
            box = QPlainTextEdit(text)  # plain text by nature: user text never as HTML
            box.setReadOnly(True)
            box.setTabChangesFocus(True)
            box.setMinimumHeight(90)
            return box
        label = self._label(text)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        return label

    def value_text(self, name: str, value: object) -> str:
        if self._describe is not None and (text := self._describe(name, value)) is not None:
            return text
        if value is None or value == "":
            return self.tr("(empty)")
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if isinstance(value, dt.date):
            return value.isoformat()  # the Swedish way of writing a date
        codes: dict[str, Callable[[str], str]] = {
            "category": category_label,
            "status": action_status_label,
            "financing": financing_label,
            "adopted_by": adopting_body_label,
        }
        if name in codes:
            return codes[name](str(value))
        if name == "cost_sek" and isinstance(value, int):
            return self.tr("%1 kr").replace("%1", f"{value:,}".replace(",", "\u00a0"))
        if name.endswith("_id"):
            return self.tr("(chosen)")
        return str(value)

    def field_label(self, name: str) -> str:
        labels = {
            "title": self.tr("Title"),
            "body": self.tr("Text"),
            "category": self.tr("Category"),
            "concerns_date": self.tr("Date"),
            "author": self.tr("Written by"),
            "plan_id": self.tr("Plan"),
            "action_id": self.tr("Action"),
            "place_id": self.tr("Place"),
            "first_year": self.tr("First year"),
            "last_year": self.tr("Last year"),
            "adopted_by": self.tr("Adopted by"),
            "adopted_on": self.tr("Adopted on"),
            "paragraph": self.tr("Paragraph (§)"),
            "case_number": self.tr("Case number"),
            "revise_by": self.tr("Revise by"),
            "next_follow_up": self.tr("Next follow-up"),
            "document": self.tr("Document"),
            "description": self.tr("Description"),
            "responsible": self.tr("Responsible"),
            "deadline": self.tr("Deadline"),
            "cost_sek": self.tr("Cost"),
            "financing": self.tr("Financing"),
            "status": self.tr("Status"),
            "goal_id": self.tr("Goal"),
        }
        return labels.get(name, name)

    # -- choosing ------------------------------------------------------------------------

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        if choice is ConflictChoice.KEEP_MINE:
            self.accept()
        else:
            self.reject()

    def _fit_screen(self) -> None:
        """Wide enough for two columns of text, never taller than a 1366×768 screen allows."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        width, height = 900, 560
        if room is not None:
            width = min(width, room.width() - 40)
            height = min(height, room.height() - 80)
        self.resize(width, height)


def ask_conflict(
    parent: QWidget | None,
    conflict: EditConflictError,
    read: Mapping[str, object] | None = None,
    describe: Describe | None = None,
    choices: bool = True,
    can_wait: bool = True,
) -> ConflictChoice:
    """Show the conflict and return what the official chose (Escape: decide later, or use
    the saved version when ``can_wait`` is False)."""
    dialog = ConflictDialog(parent, conflict, read, describe, choices, can_wait)
    dialog.exec()
    choice = dialog.choice
    dialog.deleteLater()
    return choice


def gone_message() -> tuple[str, str]:
    """Title and text when the record was deleted for good while it was being edited."""
    return (
        QCoreApplication.translate("ConflictDialog", "Someone else removed this"),
        QCoreApplication.translate(
            "ConflictDialog",
            "The record you were editing was removed by someone else after you opened it, so "
            "your changes could not be saved. What you wrote is still on the screen: copy what "
            "you need.",
        ),
    )


def raced_message() -> tuple[str, str]:
    """Title and text when a save met another one saved at the same moment."""
    return (
        QCoreApplication.translate("ConflictDialog", "Someone else saved at the same moment"),
        QCoreApplication.translate(
            "ConflictDialog",
            "Someone else saved the same record at the same moment, so nothing was saved. "
            "What you did is still on the screen: look at what is saved now and try again.",
        ),
    )
