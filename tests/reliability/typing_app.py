"""The real main window in its own process, typing a note until its draft is kept.

Run as ``python -m tests.reliability.typing_app DB_PATH``. Prints ``DRAFTED`` once the
draft is in the database, then goes on running (and typing) until it is killed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from servicepunkt_gui.core import drafts
from servicepunkt_gui.store import open_store
from servicepunkt_gui.ui.shell.application import create_application
from servicepunkt_gui.ui.shell.main_window import MainWindow
from servicepunkt_gui.ui.shell.preferences import Preferences

TYPED = "Mötet i Bredbyn: handlaren vill bli paketombud från 1 mars. Åäö 🚚"


def _type(widget: object, text: str) -> None:
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)  # type: ignore[arg-type]


def main() -> int:
    app = create_application(["typing"], "sv")
    database = open_store(Path(sys.argv[1]))
    window = MainWindow(database, Preferences())
    window.show()
    window.open_municipality("2284")
    editor = window.detail.notes.editor.body_edit
    editor.setFocus()
    _type(editor, TYPED)

    def wait_for_draft() -> None:
        with database.session() as session:
            if drafts.list_drafts(session):
                print("DRAFTED", flush=True)
                QTimer.singleShot(10, lambda: _type(editor, " och mer text"))
                return
        QTimer.singleShot(50, wait_for_draft)

    QTimer.singleShot(50, wait_for_draft)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
