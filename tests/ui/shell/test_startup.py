"""Starting the app: entry points, the self-test, unusable database files, crashes."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from servicepunkt_gui.logging_setup import configure_logging
from servicepunkt_gui.ui.shell import crash_handler
from servicepunkt_gui.ui.shell.application import run_window
from tests.ui.conftest import DialogRecorder, OpenWindow

ROOT = Path(__file__).resolve().parents[3]


def _run_app(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SERVICEPUNKT_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "servicepunkt_gui", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def test_self_test_passes_on_a_temporary_database(private_home: Path) -> None:
    result = _run_app("--self-test", home=private_home)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("Självtestet lyckades: 290 kommuner, 21 län")


def test_self_test_in_english_on_a_given_file(private_home: Path, tmp_path: Path) -> None:
    path = tmp_path / "chosen.sqlite3"
    result = _run_app("--self-test", "--db", str(path), "--lang", "en", home=private_home)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("Self-test passed: 290 municipalities, 21 counties")
    assert path.is_file()


def test_self_test_fails_clearly_on_a_foreign_file(private_home: Path, tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE budget (year INTEGER, amount INTEGER)")
    before = path.read_bytes()
    result = _run_app("--self-test", "--db", str(path), home=private_home)
    assert result.returncode != 0
    assert result.stdout.startswith("Självtestet misslyckades: Filen")
    assert "Traceback" not in result.stdout + result.stderr
    assert path.read_bytes() == before


def test_entry_points_exist() -> None:
    script = Path(sys.executable).parent / (
        "servicepunkt.exe" if os.name == "nt" else "servicepunkt"
    )
    assert script.exists(), "pip install -e . creates the servicepunkt launcher"
    result = subprocess.run(
        [sys.executable, "-m", "servicepunkt_gui", "--version"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert result.stdout.startswith("Servicepunkt ")


@pytest.mark.parametrize("kind", ["foreign", "random", "empty"])
def test_unusable_file_gives_swedish_dialog_and_is_left_alone(
    qapp: QApplication, answers: DialogRecorder, tmp_path: Path, kind: str
) -> None:
    path = tmp_path / "x.sqlite3"
    if kind == "foreign":
        with sqlite3.connect(path) as connection:
            connection.execute("CREATE TABLE t (x)")
    elif kind == "random":
        path.write_bytes(os.urandom(8192))
    else:
        path.write_bytes(b"")
    before = path.read_bytes()
    assert run_window(qapp, path) == 2
    [(title, text)] = answers.errors
    assert title == "Servicepunkt kan inte öppna databasen"
    assert text.startswith(f"Filen {path} är inte en databas från Servicepunkt")
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "x.sqlite3"] or sorted(
        p.name for p in tmp_path.iterdir()
    ) == ["x.sqlite3"]


def test_unwritable_location_gives_swedish_dialog(
    qapp: QApplication, answers: DialogRecorder, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    path = blocker / "servicepunkt.sqlite3"
    assert run_window(qapp, path) == 2
    [(_title, text)] = answers.errors
    assert text.startswith(f"Servicepunkt kan inte skriva till databasfilen {path}")
    assert blocker.read_text() == "a file where a folder should be"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_read_only_folder_gives_swedish_dialog(
    qapp: QApplication, answers: DialogRecorder, tmp_path: Path
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as root: permissions do not stop writes")
        assert run_window(qapp, folder / "db.sqlite3") == 2
        assert answers.errors[0][1].startswith("Servicepunkt kan inte skriva till databasfilen")
    finally:
        folder.chmod(0o700)


def test_uncaught_exception_is_logged_and_shown_briefly(
    qapp: QApplication, answers: DialogRecorder, private_home: Path
) -> None:
    root = logging.getLogger()
    handlers_before = list(root.handlers)
    log_file = configure_logging()
    try:
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError as error:
            crash_handler.handle_exception(type(error), error, error.__traceback__)
    finally:
        for handler in root.handlers[:]:
            if handler not in handlers_before:
                handler.close()
                root.removeHandler(handler)
    assert log_file is not None and log_file.parent == private_home / "logs"
    logged = log_file.read_text(encoding="utf-8")
    assert "uncaught exception" in logged and "RuntimeError: boom in a slot" in logged
    [(title, text)] = answers.errors
    assert title == "Något gick fel"
    assert "Det du har sparat finns kvar" in text
    assert "Traceback" not in text


def test_resources_are_found_in_an_installed_wheel(tmp_path: Path) -> None:
    """The same resource function finds data and translations in a wheel install."""
    if shutil.which("git") is None:
        pytest.skip("needs git for a clean copy")
    wheel_dir = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(wheel_dir),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    [wheel] = wheel_dir.glob("servicepunkt-*.whl")
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    probe = (
        "from servicepunkt_gui.resources import resource_path as r;"
        "print(r('data', 'municipalities.csv'));"
        "print(r('translations', 'servicepunkt_sv.qm').is_file())"
    )
    result = subprocess.run(
        [sys.executable, "-S", "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(target)},
    )
    csv_path, qm_exists = result.stdout.split()
    assert Path(csv_path).is_relative_to(target)
    assert qm_exists == "True"


def test_about_dialog_names_the_data_and_says_so_in_portable_mode(
    qtbot: QtBot, open_window: OpenWindow, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from servicepunkt_gui.ui.shell import about

    window = open_window(db_path)
    text = about.about_text(str(db_path))
    assert str(db_path) in text and "Statistiska centralbyrån (SCB)" in text
    assert "Portabelt läge" not in text
    monkeypatch.setattr(about, "is_portable", lambda: True)
    monkeypatch.setattr(about, "portable_home", lambda: Path("/media/usb/ServicepunktData"))
    assert about.about_text(window.context.writes.database.display_name()).endswith(
        "Portabelt läge: databasen, dess säkerhetskopior, inställningarna och loggfilerna "
        "sparas i /media/usb/ServicepunktData."
    )


@pytest.mark.skipif(sys.platform != "linux", reason="Linux file names are bytes")
def test_a_file_name_that_is_not_utf8_starts(private_home: Path, tmp_path: Path) -> None:
    """Bytes that are not UTF-8 in the name (an old archive, another system's copy)."""
    path = tmp_path / os.fsdecode(b"caf\xe9 \xff kopia.sqlite3")
    env = {**os.environ, "SERVICEPUNKT_HOME": str(private_home), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "servicepunkt_gui", "--self-test", "--db", str(path)],
        capture_output=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    stdout = result.stdout.decode("utf-8", errors="replace")
    assert result.returncode == 0, stdout + result.stderr.decode("utf-8", errors="replace")
    assert stdout.startswith("Självtestet lyckades: 290 kommuner")
    assert path.is_file()


def test_qt_options_still_reach_qt(private_home: Path, tmp_path: Path) -> None:
    result = _run_app("--self-test", "-style", "Fusion", home=private_home)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_nothing_the_app_writes_is_readable_by_other_users(
    private_home: Path, tmp_path: Path
) -> None:
    """With the common umask 022 the database, settings and logs used to be world-readable."""
    path = tmp_path / "delad dator" / "kommun.sqlite3"
    previous = os.umask(0o022)
    try:  # the real window, which quits once it is ready (the benchmarks' start-up probe)
        env = {
            **os.environ,
            "SERVICEPUNKT_HOME": str(private_home),
            "QT_QPA_PLATFORM": "offscreen",
            "SERVICEPUNKT_STARTUP_PROBE": "1",
        }
        result = subprocess.run(
            [sys.executable, "-m", "servicepunkt_gui", "--db", str(path)],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=120,
            check=False,
        )
    finally:
        os.umask(previous)
    assert result.returncode == 0, result.stdout + result.stderr
    written = [p for p in (*private_home.rglob("*"), *path.parent.rglob("*")) if p.is_file()]
    assert path in written and any(p.suffix == ".log" for p in written)
    readable = [str(p) for p in written if p.stat().st_mode & 0o077]
    assert readable == []


def test_the_self_test_never_waits_on_a_failure_at_start(
    private_home: Path, tmp_path: Path
) -> None:
    """An upgrade that cannot make its copy (``backups`` is a file): one Swedish line, exit 1."""
    old = Path(__file__).resolve().parents[2] / "data" / "schema_versions"
    path = tmp_path / "gammal.sqlite3"
    path.write_bytes((old / "0004_trash_versions_drafts.sqlite3").read_bytes())
    (tmp_path / "backups").write_text("en fil där mappen skulle vara")
    result = _run_app("--self-test", "--db", str(path), home=private_home)
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout.startswith("Självtestet misslyckades: Innan databasfilen")
    assert "Traceback" not in result.stdout + result.stderr
