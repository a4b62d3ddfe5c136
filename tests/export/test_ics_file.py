"""The .ics calendar of Att göra, read back with icalendar as Outlook and Thunderbird read it."""

from __future__ import annotations

import datetime as dt
import errno
import os
from pathlib import Path

import pytest
from icalendar import Calendar

from servicepunkt_gui.core.atomic_file import partial_path
from servicepunkt_gui.core.todo import TodoItem, TodoKind, todo_key
from servicepunkt_gui.export.ics_file import write_ics

DUE = dt.date(2026, 4, 30)


def item(kind: TodoKind, record_id: str, due: dt.date = DUE, **values: object) -> TodoItem:
    fields: dict[str, object] = {
        "key": todo_key(kind, record_id, due),
        "kind": kind,
        "due": due,
        "municipality_code": "2284",
        "municipality_name": "Örnsköldsvik",
        "title": "Handlar'n i Trehörningsjö",
        "detail": "10\u00a0000\u00a0kr",
        "owner": "Åsa Öberg",
        "record_kind": "agreement",
        "record_id": record_id,
    }
    return TodoItem(**(fields | values))  # type: ignore[arg-type]


def events(path: Path) -> list:  # type: ignore[type-arg]
    calendar = Calendar.from_ical(path.read_bytes())
    return list(calendar.walk("VEVENT"))


def test_every_row_is_an_all_day_event(tmp_path: Path) -> None:
    rows = [
        item(TodoKind.AGREEMENT_PAYMENT, "a1"),
        item(TodoKind.AGREEMENT_PAYMENT, "a1", dt.date(2026, 7, 31)),
        item(
            TodoKind.PLAN_REVISION,
            "p1",
            dt.date(2026, 12, 31),
            title="Serviceplan 2026–2029",
            detail="",
            owner="",
            record_kind="plan",
        ),
    ]
    path = tmp_path / "att-göra.ics"
    write_ics(rows, path, calendar_name="Att göra – Örnsköldsvik")
    calendar = Calendar.from_ical(path.read_bytes())
    assert str(calendar["VERSION"]) == "2.0"
    assert "Servicepunkt" in str(calendar["PRODID"])
    assert str(calendar["X-WR-CALNAME"]) == "Att göra – Örnsköldsvik"
    found = events(path)
    assert len(found) == 3
    for event, row in zip(found, rows, strict=True):
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert type(start) is dt.date and start == row.due  # all day, not a time
        assert end == row.due + dt.timedelta(days=1)
        assert event["DTSTART"].params.get("VALUE") == "DATE"
        assert isinstance(event.decoded("DTSTAMP"), dt.datetime)
        assert str(event["TRANSP"]) == "TRANSPARENT"
    first, _second, plan = found
    assert str(first["SUMMARY"]) == (
        "Utbetalning enligt avtal: Handlar'n i Trehörningsjö (Örnsköldsvik)"
    )
    assert str(first["DESCRIPTION"]).splitlines() == [
        "Kommun: Örnsköldsvik",
        "Ansvarig: Åsa Öberg",
        "10\u00a0000\u00a0kr",
    ]
    categories = [str(c) for c in first["CATEGORIES"].cats]
    assert categories == ["Utbetalning enligt avtal", "Örnsköldsvik"]
    assert str(plan["SUMMARY"]) == "Planen ska revideras: Serviceplan 2026–2029 (Örnsköldsvik)"
    assert str(plan["DESCRIPTION"]) == "Kommun: Örnsköldsvik"
    # Each payment is an event of its own; a plan's revision keeps its UID when it moves.
    uids = [str(event["UID"]) for event in found]
    assert len(set(uids)) == 3


def test_a_moved_date_keeps_the_uid_so_importing_again_updates(tmp_path: Path) -> None:
    before, after = tmp_path / "före.ics", tmp_path / "efter.ics"
    write_ics([item(TodoKind.AGREEMENT_END, "a1")], before, calendar_name="Att göra")
    moved = item(TodoKind.AGREEMENT_END, "a1", dt.date(2027, 4, 30))
    write_ics([moved], after, calendar_name="Att göra")
    (old,), (new,) = events(before), events(after)
    assert str(old["UID"]) == str(new["UID"])
    assert new.decoded("DTSTART") == dt.date(2027, 4, 30)


def test_text_that_needs_escaping_comes_back_as_typed(tmp_path: Path) -> None:
    odd = "Affär; med, komma\\ och\nny rad"
    path = tmp_path / "udda.ics"
    write_ics([item(TodoKind.GRANT_DEADLINE, "g1", title=odd)], path, calendar_name="Att göra")
    (event,) = events(path)
    assert str(event["SUMMARY"]) == f"Sista dag för ansökan: {odd} (Örnsköldsvik)"


def test_an_empty_list_is_a_calendar_without_events(tmp_path: Path) -> None:
    path = tmp_path / "tom.ics"
    write_ics([], path, calendar_name="Att göra")
    assert events(path) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_folder_raises_os_error_and_leaves_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "låst"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(OSError):
            write_ics([item(TodoKind.AGREEMENT_END, "a1")], folder / "x.ics", calendar_name="A")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_a_full_disk_raises_os_error_and_keeps_the_earlier_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "att-göra.ics"
    path.write_bytes(b"earlier")
    real_write = Path.write_bytes

    def full(self: Path, data: bytes) -> int:  # the disk fills as the file is written
        if self == partial_path(path):
            real_write(self, data[:10])
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(self, data)

    monkeypatch.setattr(Path, "write_bytes", full)
    with pytest.raises(OSError) as failed:
        write_ics([item(TodoKind.AGREEMENT_END, "a1")], path, calendar_name="Att göra")
    assert failed.value.errno == errno.ENOSPC
    assert path.read_bytes() == b"earlier"
    assert not partial_path(path).exists()


def test_a_missing_folder_raises_os_error(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_ics(
            [item(TodoKind.AGREEMENT_END, "a1")],
            tmp_path / "saknas" / "x.ics",
            calendar_name="Att göra",
        )
    assert not (tmp_path / "saknas").exists()
