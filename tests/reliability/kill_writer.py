"""A writer process for the kill test: saves notes as the app does and acknowledges each.

Run as ``python -m tests.reliability.kill_writer DB_PATH COUNT``. After every commit it
prints ``ACK <note id>`` and flushes, which is the moment the UI would report "saved".
"""

from __future__ import annotations

import sys
from pathlib import Path

from servicepunkt_gui.core import notes
from servicepunkt_gui.core.db import open_database


def main() -> int:
    path, count = Path(sys.argv[1]), int(sys.argv[2])
    database = open_database(path)
    print("READY", flush=True)
    for number in range(count):
        # Varied sizes, so kills land in small and multi-page writes alike.
        body = f"Anteckning {number} " + "hemsändning åäö 🚚 " * (1 + (number * 37) % 400)
        with database.session() as session:
            saved = notes.create_note(session, "2284", notes.NoteInput(body))
        print(f"ACK {saved.id}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
