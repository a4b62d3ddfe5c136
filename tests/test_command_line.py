"""``servicepunkt export`` and ``servicepunkt import``: the same files without a window.

Exit code 0 on success; a bad file or argument gives one Swedish line on stderr, a non-zero
exit code, and leaves the database as it was.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import docx
import openpyxl
import pytest
from pypdf import PdfReader

from servicepunkt_gui.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, main
from servicepunkt_gui.core import actions, notes, plans
from servicepunkt_gui.store import open_store

SORSELE, ARJEPLOG = "2422", "2506"


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    path = tmp_path / "kommun.sqlite3"
    database = open_store(path)
    with database.session() as session:
        plan = plans.create_plan(
            session, SORSELE, plans.PlanInput("Serviceplan Sorsele", 2025, 2028), "Eva"
        )
        actions.add_action(
            session,
            plan.id,
            actions.ActionInput(
                title="Paketombud i Ammarnäs", deadline=dt.date(2026, 3, 1), cost_sek=40_000
            ),
        )
        notes.create_note(
            session,
            SORSELE,
            notes.NoteInput(body="Åsa; Ärlig\nÖversyn", concerns_date=dt.date(2026, 5, 4)),
        )
        notes.create_note(session, ARJEPLOG, notes.NoteInput(body="Arjeplog i Norrbotten"))
    database.close()
    return path


def _counts(path: Path) -> list[int]:
    """How many notes, plans and actions the file holds, read from outside the app."""
    import sqlite3

    with closing(sqlite3.connect(path)) as connection:
        return [
            connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("note", "service_plan", "plan_action")
        ]


def _run(*args: str) -> tuple[int, list[str]]:
    printed: list[str] = []
    return main(list(args), printed.append), printed


def test_xlsx_and_csv_exports(filled: Path, tmp_path: Path) -> None:
    book_path = tmp_path / "alla.xlsx"
    code, printed = _run("export", "--db", str(filled), "--format", "xlsx", "--out", str(book_path))
    assert code == EXIT_OK, printed
    book = openpyxl.load_workbook(book_path)
    assert "Åtgärder" in book.sheetnames
    notes_csv = tmp_path / "anteckningar.csv"
    code, _ = _run(
        "export", "--db", str(filled), "--format", "csv", "--table", "notes",
        "--municipality", SORSELE, "--from", "2026-01-01", "--to", "2026-12-31",
        "--out", str(notes_csv),
    )  # fmt: skip
    assert code == EXIT_OK
    rows = list(
        csv.reader(notes_csv.read_text(encoding="utf-8-sig").splitlines(True), delimiter=";")
    )
    assert any("Åsa; Ärlig\nÖversyn" in row for row in rows)
    assert not any("Arjeplog i Norrbotten" in row for row in rows)


def test_pdf_and_docx_reports(filled: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "sorsele.pdf"
    code, _ = _run(
        "export",
        "--db",
        str(filled),
        "--format",
        "pdf",
        "--municipality",
        SORSELE,
        "--out",
        str(pdf),
    )
    assert code == EXIT_OK
    text = " ".join(PdfReader(pdf).pages[0].extract_text().split())
    assert "Sorsele" in text and "Paketombud i Ammarnäs" in text
    word = tmp_path / "län.docx"
    code, _ = _run(
        "export", "--db", str(filled), "--format", "docx", "--county", "24", "--out", str(word)
    )
    assert code == EXIT_OK
    cells = [c.text for t in docx.Document(str(word)).tables for r in t.rows for c in r.cells]
    assert "Sorsele" in cells and "Arjeplog" not in cells  # Arjeplog is in Norrbotten (25)


def test_exchange_export_then_import_and_dry_run(filled: Path, tmp_path: Path) -> None:
    exchange = tmp_path / "utbyte.servicepunkt"
    code, _ = _run("export", "--db", str(filled), "--format", "exchange", "--out", str(exchange))
    assert code == EXIT_OK
    other = tmp_path / "kollega.sqlite3"
    open_store(other).close()
    before = _counts(other)
    code, printed = _run("import", "--db", str(other), str(exchange), "--dry-run")
    assert code == EXIT_OK
    assert any("Sorsele" in line for line in printed)
    assert _counts(other) == before
    code, printed = _run("import", "--db", str(other), str(exchange))
    assert code == EXIT_OK, printed
    assert _counts(other) == _counts(filled)
    # Twice changes nothing.
    code, printed = _run("import", "--db", str(other), str(exchange))
    assert code == EXIT_OK
    assert _counts(other) == _counts(filled)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["export", "--format", "xlsx", "--out", "x.xlsx"], "det saknas --db"),
        (["export", "--db", "{db}", "--format", "odt", "--out", "x.odt"], "--format kan inte vara"),
        (
            ["export", "--db", "{db}", "--format", "csv", "--from", "2026-02-30", "--out", "x.csv"],
            "ÅÅÅÅ-MM-DD",
        ),
    ],
)
def test_bad_arguments_get_one_swedish_line(
    filled: Path, args: list[str], expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _ = _run(*[a.replace("{db}", str(filled)) for a in args])
    err = capsys.readouterr().err
    assert code == EXIT_USAGE
    assert expected in err
    assert len(err.strip().splitlines()) == 1


def test_bad_choices_and_files_fail_without_touching_the_database(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _counts(filled)
    db, out = str(filled), str(tmp_path / "out")
    missing = str(tmp_path / "saknas.sqlite3")
    cases = [
        (["export", "--db", db, "--format", "csv", "--municipality", "9999", "--out", out + ".csv"],
         "ingen kommun med koden 9999"),
        (["export", "--db", missing, "--format", "csv", "--out", out + ".csv"], "finns inte"),
        (["export", "--db", db, "--format", "pdf", "--county", "24", "--report", "followup",
          "--out", out + ".pdf"], "en kommun"),
        (["import", "--db", db, db], "ingen utbytesfil"),
    ]  # fmt: skip
    for args, expected in cases:
        code, _ = _run(*args)
        err = capsys.readouterr().err
        assert code == EXIT_FAILED, args
        assert expected in err, err
        assert len(err.strip().splitlines()) == 1
    assert _counts(filled) == before
    assert not list(tmp_path.glob("*.csv")) and not list(tmp_path.glob("*.pdf"))


def test_the_installed_command_runs_without_a_display(filled: Path, tmp_path: Path) -> None:
    """As an IT department's script runs it: a separate process, no DISPLAY."""
    out = tmp_path / "sorsele.pdf"
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    done = subprocess.run(
        [sys.executable, "-m", "servicepunkt_gui", "export", "--db", str(filled), "--format", "pdf",
         "--municipality", SORSELE, "--out", str(out)],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == EXIT_OK, done.stderr
    assert PdfReader(out).pages
    bad = subprocess.run(
        [sys.executable, "-m", "servicepunkt_gui", "import", "--db", str(filled), str(out)],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert bad.returncode == EXIT_FAILED
    assert len(bad.stderr.strip().splitlines()) == 1
