"""What an exchange file ("utbytesfil") holds, once read and checked.

A zip (``.servicepunkt``) of exactly two members: ``manifest.json`` (who wrote it, when,
for which municipalities) and ``records.json`` (one list per kind of record, the
"Mina kommuner" marks and the tombstones of what was deleted for good).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from servicepunkt_gui.core.exchange.fields import Kind, Values, deleted_hash

FORMAT = "servicepunkt-exchange"
# The version this app writes and the newest it reads. 2 added the register of
# serviceställen (places, their status history, agreements, payments, grant cases, "Att
# göra" marks) and note.place_id: a reader of 1 would refuse a note's place_id and miss
# the new lists, so it says "newer format" instead. Files of 1 are still read.
FORMAT_VERSION = 2
SUFFIX = ".servicepunkt"
MANIFEST = "manifest.json"
RECORDS = "records.json"
MEMBERS = (MANIFEST, RECORDS)
MINE = "mine"
TOMBSTONES = "tombstones"


@dataclass(frozen=True)
class Manifest:
    created_at: dt.datetime  # naive UTC, as stored
    exported_by: str
    installation_id: str
    app_version: str
    municipalities: tuple[str, ...]
    counts: dict[str, int] = field(default_factory=dict)
    version: int = FORMAT_VERSION


@dataclass(frozen=True)
class IncomingRecord:
    kind: Kind
    id: str
    values: Values  # every exchanged field, parsed (dates as dt.date, times naive UTC)
    content_hash: str
    base: str | None  # the hash the sender had last received for it

    @property
    def updated_at(self) -> dt.datetime:
        value = self.values["updated_at"]
        assert isinstance(value, dt.datetime)
        return value


@dataclass(frozen=True)
class IncomingTombstone:
    record_id: str
    kind: Kind
    municipality_code: str
    deleted_at: dt.datetime
    content_hash: str | None  # of what was deleted (``fields.deleted_hash``)
    base: str | None  # the version the deleting installation had last received

    def saw(self, full_hash: str, values: Values) -> bool:
        """True if the deleting installation had seen this version before deleting it."""
        return full_hash == self.base or deleted_hash(values) == self.content_hash


@dataclass(frozen=True)
class ExchangeFile:
    manifest: Manifest
    records: tuple[IncomingRecord, ...]
    mine: tuple[str, ...]
    tombstones: tuple[IncomingTombstone, ...]

    def of_kind(self, kind: Kind) -> list[IncomingRecord]:
        return [record for record in self.records if record.kind == kind]


@dataclass(frozen=True)
class ExchangeSummary:
    """What a written file holds: the number of records per list of records.json."""

    path: Path
    municipalities: tuple[str, ...]
    counts: dict[str, int]  # per list of records.json: plans, …, mine, tombstones

    @property
    def total(self) -> int:
        """The records written (not counting the "Mina kommuner" marks)."""
        return sum(count for name, count in self.counts.items() if name != MINE)
