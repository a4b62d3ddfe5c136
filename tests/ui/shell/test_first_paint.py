"""Start-up draws the municipality list before SQLAlchemy is imported, then attaches the rest.

Each test runs the app in a process of its own: this test process has SQLAlchemy loaded
already, so only a fresh interpreter can show what the first window needs.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from servicepunkt_gui.core import notes
from servicepunkt_gui.store import open_store

ROOT = Path(__file__).resolve().parents[3]

FIRST_WINDOW = """
import sys
from pathlib import Path
from servicepunkt_gui.ui.shell.application import _draw_first_screen, create_application

app = create_application([sys.argv[0]], "sv")
quick = _draw_first_screen(Path(sys.argv[1]))
instance, window = quick
window.show()
app.processEvents()
loaded = sorted({m.split(".")[0] for m in sys.modules if m.startswith(("sqlalchemy", "alembic"))})
print("before attach:", loaded, window.master.total_count(), window.grab().width() > 200)

from servicepunkt_gui.store import open_store
window.attach(open_store(Path(sys.argv[1])))
print("after attach:", window.is_ready, window.detail.municipality.name,
      window.detail.notes.model.rowCount())
instance.release()
"""


def _environment(home: Path) -> dict[str, str]:
    return {**os.environ, "SERVICEPUNKT_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}


def _ready_file(tmp_path: Path) -> Path:
    path = tmp_path / "servicepunkt.sqlite3"
    database = open_store(path)
    with database.session() as session:
        notes.create_note(session, "2284", notes.NoteInput("Möte i Bjästa"))
    database.close()
    return path


def test_the_list_is_drawn_without_sqlalchemy_then_the_rest_attached(
    tmp_path: Path, private_home: Path
) -> None:
    from servicepunkt_gui.ui.shell.preferences import Preferences

    path = _ready_file(tmp_path)
    preferences = Preferences()
    preferences.last_municipality = "2284"
    preferences.sync()
    result = subprocess.run(
        [sys.executable, "-c", FIRST_WINDOW, str(path)],
        capture_output=True,
        text=True,
        env=_environment(private_home),
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "before attach: [] 290 True"
    assert lines[1] == "after attach: True Örnsköldsvik 1"


def test_the_real_start_paints_first_and_is_then_ready(tmp_path: Path, private_home: Path) -> None:
    for path in (_ready_file(tmp_path), tmp_path / "new" / "servicepunkt.sqlite3"):
        # An up-to-date file takes the first-screen path; a new one the ordinary path.
        result = subprocess.run(
            [sys.executable, "-m", "servicepunkt_gui", "--db", str(path)],
            capture_output=True,
            text=True,
            env={**_environment(private_home), "SERVICEPUNKT_STARTUP_PROBE": "1"},
            cwd=ROOT,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        words = [line.split(" ", 1)[0] for line in result.stdout.splitlines()]
        assert words == ["first-paint", "ready"], result.stdout
