"""Check every field of a read exchange file against what the models can store.

Types, ids (canonical UUIDs), dates and times, codes of the vocabularies, lengths of the
columns and the rules the CHECK constraints hold: a file that passes can be written
without the database refusing a row half-way (the import is one transaction either way).
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Mapping

from servicepunkt_gui.core.exchange.errors import ExchangeFileError, ExchangeProblem
from servicepunkt_gui.core.exchange.fields import (
    ADDED_FIELDS,
    EMPTY_ALLOWED,
    FIELDS,
    ID_FIELDS,
    KINDS,
    KINDS_OF_VERSION_1,
    LIST_NAMES,
    VOCABULARIES,
    Field,
    FieldType,
    Kind,
    Values,
    content_hash,
    parents_first,
    parse_date,
    parse_datetime,
)
from servicepunkt_gui.core.exchange.fileformat import (
    FORMAT_VERSION,
    MINE,
    TOMBSTONES,
    ExchangeFile,
    IncomingRecord,
    IncomingTombstone,
    Manifest,
)
from servicepunkt_gui.core.exchange.place_rules import code_list_problem, place_rule_problem
from servicepunkt_gui.core.models import FIRST_PLAN_YEAR, LAST_PLAN_YEAR
from servicepunkt_gui.core.progress import Progress
from servicepunkt_gui.core.validation import case_number_problem
from servicepunkt_gui.core.vocabulary import is_one_of

KIND_WORDS: dict[Kind, str] = {
    Kind.PLAN: "plan",
    Kind.STAGE_CHANGE: "stegändring",
    Kind.GOAL: "mål",
    Kind.ACTION: "åtgärd",
    Kind.NOTE: "anteckning",
    Kind.PLACE: "serviceställe",
    Kind.PLACE_STATUS: "statusändring",
    Kind.AGREEMENT: "avtal",
    Kind.PAYMENT: "utbetalning",
    Kind.GRANT: "stödärende",
    Kind.TODO_MARK: "markering i Att göra",
}
_HASH_CHARS = frozenset("0123456789abcdef")


def _fail(problem: ExchangeProblem, where: str) -> ExchangeFileError:
    return ExchangeFileError(problem, where)


def _text(value: object, where: str, max_length: int) -> str:
    if not isinstance(value, str):
        raise _fail(ExchangeProblem.WRONG_TYPE, where)
    if len(value) > max_length:
        raise _fail(ExchangeProblem.TEXT_TOO_LONG, where)
    return value


def _uuid(value: object, where: str) -> str:
    if not isinstance(value, str):
        raise _fail(ExchangeProblem.WRONG_TYPE, where)
    try:
        canonical = str(uuid.UUID(value))
    except ValueError:
        raise _fail(ExchangeProblem.INVALID_ID, where) from None
    if canonical != value:  # ids are compared as text: one spelling only
        raise _fail(ExchangeProblem.INVALID_ID, where)
    return value


def _hash_or_none(value: object, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or len(value) != 64 or not set(value) <= _HASH_CHARS:
        raise _fail(ExchangeProblem.WRONG_TYPE, where)
    return value


def _integer(value: object, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise _fail(ExchangeProblem.WRONG_TYPE, where)
    if not -(2**63) <= value < 2**63:  # SQLite's INTEGER
        raise _fail(ExchangeProblem.INVALID_VALUE, where)
    return value


def _value(kind: Kind, field: Field, value: object, where: str) -> object:
    if value is None:
        if not field.nullable:
            raise _fail(ExchangeProblem.WRONG_TYPE, where)
        return None
    if field.name in ID_FIELDS:
        return _uuid(value, where)
    if field.type is FieldType.TEXT:
        text = _text(value, where, field.max_length)
        vocabulary = VOCABULARIES.get((kind, field.name))
        empty_ok = (kind, field.name) in EMPTY_ALLOWED and text == ""
        if vocabulary is not None and not empty_ok and not is_one_of(vocabulary, text):
            raise _fail(ExchangeProblem.UNKNOWN_CODE, where)
        return text
    if field.type is FieldType.INTEGER:
        return _integer(value, where)
    if field.type is FieldType.NUMBER:
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise _fail(ExchangeProblem.WRONG_TYPE, where)
        number = float(value)  # 62 and 62.0 are one value, stored (and hashed) as a float
        if not math.isfinite(number):  # 1e999 reads as infinity
            raise _fail(ExchangeProblem.INVALID_VALUE, where)
        return number
    if field.type is FieldType.BOOLEAN:
        if not isinstance(value, bool):
            raise _fail(ExchangeProblem.WRONG_TYPE, where)
        return value
    if not isinstance(value, str):
        raise _fail(ExchangeProblem.WRONG_TYPE, where)
    try:
        return parse_date(value) if field.type is FieldType.DATE else parse_datetime(value)
    except ValueError:
        raise _fail(ExchangeProblem.INVALID_DATE, where) from None


def _rules(kind: Kind, values: Values, where: str) -> None:
    """What the CHECK constraints of the models hold, so no row is refused half-way."""

    def refuse(field: str) -> ExchangeFileError:
        return _fail(ExchangeProblem.INVALID_VALUE, f"{where}, fältet {field}")

    title = values.get("title")
    if kind in (Kind.PLAN, Kind.GOAL, Kind.ACTION) and not str(title).strip():
        raise refuse("title")
    if kind is Kind.NOTE and not str(values["body"]).strip(" \t\n\r"):
        raise refuse("body")
    if kind is Kind.NOTE and "\x00" in str(values["body"]):
        raise refuse("body")
    if kind is Kind.PLAN:
        first, last = values["first_year"], values["last_year"]
        assert isinstance(first, int) and isinstance(last, int)
        if not FIRST_PLAN_YEAR <= first <= LAST_PLAN_YEAR:
            raise refuse("first_year")
        if not FIRST_PLAN_YEAR <= last <= LAST_PLAN_YEAR or last < first:
            raise refuse("last_year")
        case_number = str(values["case_number"])
        if case_number != case_number.strip() or case_number_problem(case_number) is not None:
            raise refuse("case_number")
    if kind is Kind.ACTION:
        cost = values["cost_sek"]
        if isinstance(cost, int) and cost < 0:
            raise refuse("cost_sek")
    if kind is Kind.GOAL and values["parent_id"] == values["id"]:
        raise refuse("parent_id")
    unknown = code_list_problem(kind, values)
    if unknown is not None:
        raise _fail(ExchangeProblem.UNKNOWN_CODE, f"{where}, fältet {unknown}")
    broken = place_rule_problem(kind, values)
    if broken is not None:
        raise refuse(broken)


def parse_record(
    kind: Kind, raw: object, where: str, version: int = FORMAT_VERSION
) -> IncomingRecord:
    if not isinstance(raw, dict):
        raise _fail(ExchangeProblem.WRONG_TYPE, where)
    fields = FIELDS[kind]
    # A file of format 1 has no fields added since: they read as None (none was set).
    absent = {name for owner, name in ADDED_FIELDS if owner is kind} if version < 2 else set()
    expected = {field.name for field in fields if field.name not in absent} | {"base"}
    unknown = sorted(set(raw) - expected)
    missing = sorted(expected - set(raw))
    if unknown or missing:
        raise _fail(ExchangeProblem.WRONG_TYPE, f"{where}, fältet {(unknown or missing)[0]}")
    values: Values = {}
    for field in fields:
        where_field = f"{where}, fältet {field.name}"
        raw_value = None if field.name in absent else raw[field.name]
        values[field.name] = _value(kind, field, raw_value, where_field)
    _rules(kind, values, where)
    record_id = str(values["id"])
    base = _hash_or_none(raw["base"], f"{where}, fältet base")
    return IncomingRecord(kind, record_id, values, content_hash(values), base)


def _code(value: object, where: str) -> str:
    code = _text(value, where, 4)
    if not code.isascii() or not code.isdigit() or len(code) != 4:
        raise _fail(ExchangeProblem.UNKNOWN_MUNICIPALITY, code)
    return code


def parse_manifest(raw: object) -> Manifest:
    where = "manifest.json"
    assert isinstance(raw, dict)  # the reader checked the format first
    try:
        created = parse_datetime(_text(raw.get("created_at"), f"{where}, created_at", 40))
    except ValueError:
        raise _fail(ExchangeProblem.INVALID_DATE, f"{where}, created_at") from None
    codes = raw.get("municipalities")
    counts = raw.get("counts", {})
    if not isinstance(codes, list) or not isinstance(counts, dict):
        raise _fail(ExchangeProblem.WRONG_TYPE, f"{where}, municipalities")
    return Manifest(
        created_at=created,
        exported_by=_text(raw.get("exported_by"), f"{where}, exported_by", 200),
        installation_id=_uuid(raw.get("installation_id"), f"{where}, installation_id"),
        app_version=_text(raw.get("app_version"), f"{where}, app_version", 40),
        municipalities=tuple(_code(code, f"{where}, municipalities") for code in codes),
        counts={str(name): _integer(count, f"{where}, counts") for name, count in counts.items()},
        version=int(raw["version"]),
    )


def _tombstone(raw: object, where: str, kinds: tuple[Kind, ...]) -> IncomingTombstone:
    if not isinstance(raw, dict):
        raise _fail(ExchangeProblem.WRONG_TYPE, where)
    kind_text = _text(raw.get("kind"), f"{where}, fältet kind", 20)
    if kind_text not in kinds:
        raise _fail(ExchangeProblem.UNKNOWN_CODE, f"{where}, fältet kind")
    deleted = _text(raw.get("deleted_at"), f"{where}, fältet deleted_at", 40)
    try:
        deleted_at = parse_datetime(deleted)
    except ValueError:
        raise _fail(ExchangeProblem.INVALID_DATE, f"{where}, fältet deleted_at") from None
    return IncomingTombstone(
        record_id=_uuid(raw.get("record_id"), f"{where}, fältet record_id"),
        kind=Kind(kind_text),
        municipality_code=_code(raw.get("municipality_code"), f"{where}, municipality_code"),
        deleted_at=deleted_at,
        content_hash=_hash_or_none(raw.get("content_hash"), f"{where}, fältet content_hash"),
        base=_hash_or_none(raw.get("base"), f"{where}, fältet base"),
    )


def _list(raw: Mapping[str, object], name: str) -> list[object]:
    value = raw.get(name)
    if not isinstance(value, list):
        raise _fail(ExchangeProblem.WRONG_TYPE, f"records.json, listan {name}")
    return value


def parse_records(manifest: Manifest, raw: object, progress: Progress) -> ExchangeFile:
    """Every list of records.json checked, with the manifest: the file as it can be merged."""
    if not isinstance(raw, dict):
        raise _fail(ExchangeProblem.WRONG_TYPE, "records.json")
    records: list[IncomingRecord] = []
    seen: set[str] = set()
    # A file of format 1 has no lists of the kinds added since (any such list is no part
    # of that format and is not read).
    kinds = KINDS_OF_VERSION_1 if manifest.version < 2 else KINDS
    for kind in kinds:
        for number, item in enumerate(_list(raw, LIST_NAMES[kind]), start=1):
            where = f"{KIND_WORDS[kind]} nr {number}"
            record = parse_record(kind, item, where, manifest.version)
            if record.id in seen:
                raise _fail(ExchangeProblem.INVALID_ID, f"{record.id} finns två gånger")
            seen.add(record.id)
            records.append(record)
            if number % 1000 == 0:
                progress.step(len(records), len(records))  # a cancel point, no total yet
    mine = tuple(_code(code, "records.json, listan mine") for code in _list(raw, MINE))
    tombstones = tuple(
        _tombstone(item, f"borttagning nr {number}", kinds)
        for number, item in enumerate(_list(raw, TOMBSTONES), start=1)
    )
    for tomb in tombstones:
        if tomb.record_id in seen:
            raise _fail(ExchangeProblem.INVALID_ID, f"{tomb.record_id} finns två gånger")
        seen.add(tomb.record_id)
    _no_goal_cycles(records)
    _unique_keys(records)
    return ExchangeFile(manifest, tuple(records), tuple(dict.fromkeys(mine)), tombstones)


def _no_goal_cycles(records: list[IncomingRecord]) -> None:
    """Sub-goals under sub-goals must end at a goal: a ring could never be stored."""
    try:
        parents_first({r.id: r.values["parent_id"] for r in records if r.kind is Kind.GOAL})
    except ValueError:
        raise _fail(ExchangeProblem.INVALID_VALUE, "mål under sina egna delmål") from None


def _unique_keys(records: list[IncomingRecord]) -> None:
    """What the file may hold once only besides ids: a place's id in the source it was
    imported from (per municipality), the key of an "Att göra" mark."""
    seen: set[tuple[object, ...]] = set()
    for record in records:
        if record.kind is Kind.PLACE and record.values["source_id"] != "":
            key: tuple[object, ...] = (
                Kind.PLACE,
                record.values["municipality_code"],
                record.values["source"],
                record.values["source_id"],
            )
        elif record.kind is Kind.TODO_MARK:
            key = (Kind.TODO_MARK, record.values["key"])
        else:
            continue
        if key in seen:
            where = f"{KIND_WORDS[record.kind]} {record.id}: samma nyckel två gånger"
            raise _fail(ExchangeProblem.INVALID_VALUE, where)
        seen.add(key)
