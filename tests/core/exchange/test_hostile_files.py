"""Files that are not exchange files, damaged ones and hostile ones are refused whole.

Each is refused with one plain Swedish sentence naming what is wrong, before anything is
written: the receiving file is the same, row for row and byte for byte.
"""

from __future__ import annotations

import json
import re
import uuid
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from servicepunkt_gui.core import actions, notes, plans
from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.exchange import (
    ExchangeFileError,
    ExchangeProblem,
    Kind,
    ReadLimits,
    apply_import,
    read_exchange_file,
)
from servicepunkt_gui.core.exchange.fileformat import MANIFEST, RECORDS

from .conftest import MakeInstallation
from .helpers import SORSELE, all_rows, export

Json = dict[str, object]


@pytest.fixture
def valid(installation: MakeInstallation, tmp_path: Path) -> Path:
    """A genuine file from another installation: a plan with a goal, and a note."""
    anna = installation("anna")
    with anna.session() as session:
        plan = plans.create_plan(session, SORSELE, plans.PlanInput("Serviceplan", 2026, 2030), "A")
        actions.add_goal(session, plan.id, "Post och paket i Ammarnäs")
        notes.create_note(session, SORSELE, notes.NoteInput("Möte i Sorsele", title="Möte"))
    return export(anna, tmp_path, "Anna Berg")


@pytest.fixture
def receiver(installation: MakeInstallation) -> Database:
    bertil = installation("bertil")
    with bertil.session() as session:
        notes.create_note(session, SORSELE, notes.NoteInput("Bertils egen anteckning"))
    return bertil


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _zip(target: Path, members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(target, "w", compression=method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return target


def _edited(
    valid: Path,
    tmp_path: Path,
    records: Callable[[Json], None] | None = None,
    manifest: Callable[[Json], None] | None = None,
) -> Path:
    members = _members(valid)
    parsed = {name: json.loads(data) for name, data in members.items()}
    if records is not None:
        records(parsed[RECORDS])
    if manifest is not None:
        manifest(parsed[MANIFEST])
    encoded = {name: json.dumps(value).encode() for name, value in parsed.items()}
    return _zip(tmp_path / "edited.servicepunkt", encoded)


def _snapshot(database: Database) -> tuple[object, ...]:
    if database.path is None:  # PostgreSQL: the rows are what there is
        return all_rows(database), {}
    files = sorted(database.file.parent.glob(database.file.name + "*"))
    return all_rows(database), {p.name: p.read_bytes() for p in files}


def _refused(
    receiver: Database, path: Path, problem: ExchangeProblem, *words: str, **limits: int
) -> ExchangeFileError:
    """Read and import ``path`` as the app does; it must be refused for ``problem``."""
    before = _snapshot(receiver)
    with pytest.raises(ExchangeFileError) as caught:
        exchange = read_exchange_file(path, limits=ReadLimits(**limits))
        with receiver.session() as session:
            apply_import(session, exchange, "Bertil")
    error = caught.value
    assert error.problem is problem, error.detail
    message = str(error)
    assert message == error.message
    # One plain sentence: a capital first, a full stop last, no second sentence between.
    assert message[0].isupper() and message.endswith(".")
    assert re.search(r"[.!?] [A-ZÅÄÖ]", message) is None, message
    for word in words:
        assert word in message, message
    assert _snapshot(receiver) == before
    return error


def test_a_file_that_is_no_zip(receiver: Database, tmp_path: Path) -> None:
    path = tmp_path / "anteckningar.servicepunkt"
    path.write_text("Möte i Sorsele 2 december\n", encoding="utf-8")
    _refused(receiver, path, ExchangeProblem.NOT_A_ZIP, "ingen utbytesfil", ".servicepunkt")


def test_a_zip_that_is_not_ours(receiver: Database, tmp_path: Path) -> None:
    path = _zip(tmp_path / "rapport.servicepunkt", {"word/document.xml": b"<w:document/>"})
    _refused(receiver, path, ExchangeProblem.NOT_OURS, "ingen utbytesfil", "rätt fil")


def test_a_manifest_of_another_format(receiver: Database, valid: Path, tmp_path: Path) -> None:
    path = _edited(valid, tmp_path, manifest=lambda m: m.update(format="something-else"))
    _refused(receiver, path, ExchangeProblem.NOT_OURS, "ingen utbytesfil")


def test_a_missing_manifest(receiver: Database, valid: Path, tmp_path: Path) -> None:
    members = _members(valid)
    path = _zip(tmp_path / "utan.servicepunkt", {RECORDS: members[RECORDS]})
    _refused(receiver, path, ExchangeProblem.MISSING_MANIFEST, "manifest.json", "ny utbytesfil")


def test_a_newer_format_version(receiver: Database, valid: Path, tmp_path: Path) -> None:
    path = _edited(valid, tmp_path, manifest=lambda m: m.update(version=3))
    _refused(receiver, path, ExchangeProblem.NEWER_VERSION, "format 3", "format 2", "uppdatera")


def test_a_truncated_file(receiver: Database, valid: Path, tmp_path: Path) -> None:
    data = valid.read_bytes()
    path = tmp_path / "halv.servicepunkt"
    path.write_bytes(data[: len(data) // 2])
    _refused(receiver, path, ExchangeProblem.DAMAGED, "skadad eller ofullständig")


def test_a_damaged_member(receiver: Database, valid: Path, tmp_path: Path) -> None:
    big = {MANIFEST: _members(valid)[MANIFEST], RECORDS: _members(valid)[RECORDS]}
    path = _zip(tmp_path / "skadad.servicepunkt", big, method=zipfile.ZIP_STORED)
    data = bytearray(path.read_bytes())
    at = data.index(b'"plans"')  # a character of records.json, stored as it is
    data[at + 1] ^= 0x20  # "Plans": the CRC no longer matches
    path.write_bytes(bytes(data))
    _refused(receiver, path, ExchangeProblem.DAMAGED, "skadad")


def test_a_file_too_large_to_take(receiver: Database, valid: Path) -> None:
    _refused(receiver, valid, ExchangeProblem.TOO_LARGE, "större än", max_file_bytes=100)


def test_content_too_large_when_unpacked(receiver: Database, valid: Path) -> None:
    _refused(receiver, valid, ExchangeProblem.TOO_LARGE, "större än", max_uncompressed_bytes=200)


def test_a_zip_bomb(receiver: Database, valid: Path, tmp_path: Path) -> None:
    members = _members(valid)
    # Valid JSON that packs a thousand times: 100 MB of spaces after the records.
    members[RECORDS] = members[RECORDS] + b" " * (100 << 20)
    path = _zip(tmp_path / "bomb.servicepunkt", members)
    assert path.stat().st_size < 1 << 20
    _refused(receiver, path, ExchangeProblem.ZIP_BOMB, "packas upp")


@pytest.mark.parametrize(
    "name", ["../../.bashrc", "/etc/passwd", "..\\..\\Autostart\\x.bat", "C:/Windows/x.dll"]
)
def test_a_member_that_would_write_outside_its_folder(
    receiver: Database, valid: Path, tmp_path: Path, name: str
) -> None:
    members = {**_members(valid), name: b"echo hej"}
    path = _zip(tmp_path / "slip.servicepunkt", members)
    _refused(receiver, path, ExchangeProblem.UNSAFE_PATH, "utanför sin mapp")
    assert not (tmp_path.parent / ".bashrc").exists()


def test_a_member_besides_the_two(receiver: Database, valid: Path, tmp_path: Path) -> None:
    members = {**_members(valid), "setup.exe": b"MZ"}
    path = _zip(tmp_path / "extra.servicepunkt", members)
    _refused(receiver, path, ExchangeProblem.UNEXPECTED_CONTENT, "setup.exe")


def test_text_that_is_not_utf8(receiver: Database, valid: Path, tmp_path: Path) -> None:
    members = _members(valid)
    members[RECORDS] = members[RECORDS].replace(b"Sorsele", "Malå".encode("latin-1"))
    path = _zip(tmp_path / "latin1.servicepunkt", members)
    _refused(receiver, path, ExchangeProblem.NOT_UTF8, "UTF-8")


def test_records_that_are_not_json(receiver: Database, valid: Path, tmp_path: Path) -> None:
    members = _members(valid)
    members[RECORDS] = members[RECORDS][:-20]
    path = _zip(tmp_path / "trasig.servicepunkt", members)
    _refused(receiver, path, ExchangeProblem.INVALID_JSON, "JSON")


def _first(kind: str, field: str, value: object) -> Callable[[Json], None]:
    def edit(records: Json) -> None:
        listed = records[kind]
        assert isinstance(listed, list) and listed
        listed[0][field] = value

    return edit


def test_an_invalid_uuid(receiver: Database, valid: Path, tmp_path: Path) -> None:
    path = _edited(valid, tmp_path, records=_first("notes", "id", "not-a-uuid"))
    _refused(receiver, path, ExchangeProblem.INVALID_ID, "ogiltigt id", "anteckning nr 1")


def test_an_id_in_another_spelling(receiver: Database, valid: Path, tmp_path: Path) -> None:
    path = _edited(valid, tmp_path, records=_first("notes", "id", str(uuid.uuid4()).upper()))
    _refused(receiver, path, ExchangeProblem.INVALID_ID, "ogiltigt id")


@pytest.mark.parametrize(
    ("kind", "field", "value"),
    [
        ("notes", "concerns_date", "2026-02-30"),
        ("notes", "concerns_date", "2 december"),
        ("notes", "updated_at", "2026-12-02T10:14:00"),  # no time zone: not UTC
        ("plans", "created_at", "igår"),
    ],
)
def test_an_invalid_date_or_time(
    receiver: Database, valid: Path, tmp_path: Path, kind: str, field: str, value: str
) -> None:
    path = _edited(valid, tmp_path, records=_first(kind, field, value))
    _refused(receiver, path, ExchangeProblem.INVALID_DATE, "datum", field)


@pytest.mark.parametrize(
    ("kind", "field"),
    [
        ("plans", "stage"),
        ("plans", "adopted_by"),
        ("stage_changes", "stage"),
        ("notes", "category"),
    ],
)
def test_an_unknown_code(
    receiver: Database, valid: Path, tmp_path: Path, kind: str, field: str
) -> None:
    path = _edited(valid, tmp_path, records=_first(kind, field, "nästan_klar"))
    _refused(receiver, path, ExchangeProblem.UNKNOWN_CODE, "känner till", field)


@pytest.mark.parametrize("field", ["status", "financing"])
def test_an_unknown_code_of_an_action(
    installation: MakeInstallation, receiver: Database, tmp_path: Path, field: str
) -> None:
    anna = installation("anna2")
    with anna.session() as session:
        plan = plans.create_plan(session, SORSELE, plans.PlanInput("Plan", 2026, 2030), "A")
        actions.add_action(session, plan.id, actions.ActionInput("Hemsändning"))
    path = _edited(export(anna, tmp_path, "Anna"), tmp_path, _first("actions", field, "gratis"))
    _refused(receiver, path, ExchangeProblem.UNKNOWN_CODE, field)


@pytest.mark.parametrize(
    ("kind", "field", "value"),
    [
        ("plans", "first_year", "2026"),
        ("plans", "is_current", 1),
        ("notes", "body", None),
        ("notes", "title", ["Möte"]),
    ],
)
def test_a_field_of_the_wrong_type(
    receiver: Database, valid: Path, tmp_path: Path, kind: str, field: str, value: object
) -> None:
    path = _edited(valid, tmp_path, records=_first(kind, field, value))
    _refused(receiver, path, ExchangeProblem.WRONG_TYPE, "fel slag", field)


@pytest.mark.parametrize(
    ("kind", "field", "length"), [("notes", "title", 501), ("plans", "title", 301)]
)
def test_text_longer_than_its_column(
    receiver: Database, valid: Path, tmp_path: Path, kind: str, field: str, length: int
) -> None:
    path = _edited(valid, tmp_path, records=_first(kind, field, "å" * length))
    _refused(receiver, path, ExchangeProblem.TEXT_TOO_LONG, "längre än", field)


def test_a_municipality_that_does_not_exist(
    receiver: Database, valid: Path, tmp_path: Path
) -> None:
    path = _edited(valid, tmp_path, records=_first("notes", "municipality_code", "9999"))
    _refused(receiver, path, ExchangeProblem.UNKNOWN_MUNICIPALITY, "koden 9999")


@pytest.mark.parametrize(("kind", "field"), [("goals", "plan_id"), ("notes", "plan_id")])
def test_a_reference_to_a_record_nowhere(
    receiver: Database, valid: Path, tmp_path: Path, kind: str, field: str
) -> None:
    path = _edited(valid, tmp_path, records=_first(kind, field, str(uuid.uuid4())))
    _refused(receiver, path, ExchangeProblem.MISSING_REFERENCE, "varken finns i filen eller här")


def test_a_zip_listing_thousands_of_members(receiver: Database, tmp_path: Path) -> None:
    members = {f"part{number}.json": b"{}" for number in range(5000)}
    path = _zip(tmp_path / "many.servicepunkt", members, method=zipfile.ZIP_STORED)
    _refused(receiver, path, ExchangeProblem.UNEXPECTED_CONTENT, "innehåller annat")


def test_sizes_claimed_in_the_headers_are_not_believed(
    receiver: Database, valid: Path, tmp_path: Path
) -> None:
    members = _members(valid)
    members[RECORDS] = members[RECORDS] + b" " * (100 << 20)
    path = _zip(tmp_path / "liar.servicepunkt", members)
    data = bytearray(path.read_bytes())
    # Make every header of records.json claim it unpacks to 1 000 bytes.
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(signature)
        while at >= 0:
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at : name_at + len(RECORDS)] == RECORDS.encode():
                data[at + offset : at + offset + 4] = (1000).to_bytes(4, "little")
            at = data.find(signature, at + 4)
    path.write_bytes(bytes(data))
    error = _refused(receiver, path, ExchangeProblem.DAMAGED)
    assert "records.json" in error.detail


def test_a_goal_under_its_own_sub_goal(receiver: Database, valid: Path, tmp_path: Path) -> None:
    def ring(records: Json) -> None:
        goals = records["goals"]
        assert isinstance(goals, list)
        first = goals[0]
        second = {**first, "id": str(uuid.uuid4()), "parent_id": first["id"]}
        first["parent_id"] = second["id"]
        goals.append(second)

    path = _edited(valid, tmp_path, records=ring)
    _refused(receiver, path, ExchangeProblem.INVALID_VALUE, "inte kan sparas")


def test_the_same_id_twice(receiver: Database, valid: Path, tmp_path: Path) -> None:
    def twice(records: Json) -> None:
        listed = records["notes"]
        assert isinstance(listed, list)
        listed.append(dict(listed[0]))

    path = _edited(valid, tmp_path, records=twice)
    _refused(receiver, path, ExchangeProblem.INVALID_ID, "ogiltigt id")


def test_goals_nested_thousands_deep_are_no_danger(
    receiver: Database, valid: Path, tmp_path: Path
) -> None:
    def deep(records: Json) -> None:
        goals = records["goals"]
        assert isinstance(goals, list)
        parent = goals[0]
        for _level in range(3000):
            parent = {**parent, "id": str(uuid.uuid4()), "parent_id": parent["id"]}
            goals.append(parent)

    exchange = read_exchange_file(_edited(valid, tmp_path, records=deep))
    with receiver.session() as session:
        apply_import(session, exchange, "Bertil")
    with receiver.session() as session:
        plan_id = exchange.of_kind(Kind.PLAN)[0].id
        assert len(actions.list_goals(session, plan_id)) == 3001
