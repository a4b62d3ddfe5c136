"""``servicepunkt export --format ics``: Att göra as a calendar file, without a window."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from icalendar import Calendar

from servicepunkt_gui.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, main
from servicepunkt_gui.core import actions, plans
from servicepunkt_gui.core.municipalities import set_mine
from servicepunkt_gui.store import open_store

SORSELE, ARJEPLOG = "2422", "2506"


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    today = dt.date.today()
    path = tmp_path / "kommun.sqlite3"
    database = open_store(path)
    with database.session() as session:
        sorsele = plans.create_plan(
            session,
            SORSELE,
            plans.PlanInput(
                "Serviceplan Sorsele", 2025, 2028, next_follow_up=today + dt.timedelta(days=10)
            ),
            "Eva",
        )
        actions.add_action(
            session,
            sorsele.id,
            actions.ActionInput(
                "Paketombud i Ammarnäs", responsible="Per", deadline=today - dt.timedelta(days=3)
            ),
        )
        actions.add_action(
            session,
            sorsele.id,
            actions.ActionInput("Långt fram", deadline=today + dt.timedelta(days=200)),
        )
        plans.create_plan(
            session,
            ARJEPLOG,
            plans.PlanInput("Plan Arjeplog", 2024, 2027, revise_by=today + dt.timedelta(days=1)),
            "Olle",
        )
        set_mine(session, SORSELE, True)
    database.close()
    return path


def _run(*args: str) -> tuple[int, list[str]]:
    printed: list[str] = []
    return main(list(args), printed.append), printed


def _summaries(path: Path) -> list[str]:
    calendar = Calendar.from_ical(path.read_bytes())
    return [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")]


def test_mine_as_a_calendar(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "att-göra.ics"
    code, printed = _run(
        "export", "--db", str(filled), "--format", "ics", "--mine", "--out", str(out)
    )
    assert code == EXIT_OK, printed
    assert printed == [f"Skrev {out} (kalender, 1 kommun, 2 händelser)."]
    calendar = Calendar.from_ical(out.read_bytes())
    assert str(calendar["X-WR-CALNAME"]) == "Att göra – Sorsele"
    assert _summaries(out) == [
        "Åtgärdens slutdatum: Paketombud i Ammarnäs (Sorsele)",
        "Årlig uppföljning av planen: Serviceplan Sorsele (Sorsele)",
    ]


def test_municipalities_and_days(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "båda.ics"
    code, printed = _run(
        "export", "--db", str(filled), "--format", "ics", "--municipality", SORSELE,
        "--municipality", ARJEPLOG, "--days", "365", "--out", str(out),
    )  # fmt: skip
    assert code == EXIT_OK, printed
    assert len(_summaries(out)) == 4
    assert str(Calendar.from_ical(out.read_bytes())["X-WR-CALNAME"]) == "Att göra – 2 kommuner"
    everything = tmp_path / "alla.ics"
    code, _ = _run("export", "--db", str(filled), "--format", "ics", "--out", str(everything))
    assert code == EXIT_OK
    assert len(_summaries(everything)) == 3  # within 90 days, every municipality


def test_mistakes_get_one_swedish_line(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(filled)
    cases = [
        (["--municipality", "9999"], EXIT_FAILED, "ingen kommun med koden 9999"),
        (["--days", "många"], EXIT_USAGE, "inget antal dagar"),
        (["--out", str(tmp_path / "saknas" / "x.ics")], EXIT_FAILED, "finns inte"),
    ]
    for extra, expected_code, expected in cases:
        args = ["export", "--db", db, "--format", "ics", "--out", str(tmp_path / "x.ics")]
        code, _ = _run(*args, *extra)
        err = capsys.readouterr().err
        assert code == expected_code, extra
        assert expected in err, err
        assert len(err.strip().splitlines()) == 1
    assert not list(tmp_path.glob("*.ics"))


def test_no_mine_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "tom.sqlite3"
    open_store(path).close()
    code, _ = _run(
        "export", "--db", str(path), "--format", "ics", "--mine", "--out", str(tmp_path / "x.ics")
    )
    assert code == EXIT_FAILED
    assert "inga kommuner" in capsys.readouterr().err
    assert not (tmp_path / "x.ics").exists()


def test_the_installed_command_writes_a_calendar_without_a_display(
    filled: Path, tmp_path: Path
) -> None:
    out = tmp_path / "sorsele.ics"
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    done = subprocess.run(
        [sys.executable, "-m", "servicepunkt_gui", "export", "--db", str(filled), "--format", "ics",
         "--municipality", SORSELE, "--out", str(out)],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == EXIT_OK, done.stderr
    assert "kalender" in done.stdout
    assert len(_summaries(out)) == 2
