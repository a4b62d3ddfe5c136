"""Importing places from any table: which column holds which field, and the rows read so.

The official maps the file's columns to the fields of a place (:class:`ColumnMapping`,
guessed from the header by :func:`guess_mapping`); :func:`parse_table` then turns every
row into the values of a place, or into problems of that row (codes, not text). An empty
cell means "not in the file": it never empties what the register already holds.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from stdnum.exceptions import ValidationError as NumberError
from stdnum.se import orgnr

from servicepunkt_gui.core.place_import import servicetabell
from servicepunkt_gui.core.place_import.table_file import (
    ImportProblem,
    ImportProblemCode,
    Table,
    TableRow,
    refuse,
    shown,
)
from servicepunkt_gui.core.place_models import SWEDEN_LATITUDE, SWEDEN_LONGITUDE
from servicepunkt_gui.core.place_validation import email_problem
from servicepunkt_gui.core.vocabulary import PlaceKind, PlaceService

GENERIC_SOURCE = "import"
MAX_PROBLEMS = 200  # enough to mend a file by; the first is the one the message names

Value = str | float | bool | None
_Code = ImportProblemCode


class PlaceField(StrEnum):
    """A field of a place a column can hold."""

    NAME = "name"
    KIND = "kind"  # a kind, or a type of service as Pipos names it
    LOCALITY = "locality"
    ADDRESS = "address"
    LATITUDE = "latitude"  # WGS84 decimal degrees, decimal comma accepted
    LONGITUDE = "longitude"
    SWEREF_X = "sweref_x"  # SWEREF 99 TM easting
    SWEREF_Y = "sweref_y"  # SWEREF 99 TM northing
    OPERATOR_NAME = "operator_name"
    ORG_NUMBER = "org_number"
    PHONE = "phone"
    EMAIL = "email"
    SOURCE_ID = "source_id"  # the file's own id of the place
    MUNICIPALITY = "municipality"  # code or name: rows of another one are skipped
    STAFFED = "staffed"
    HOURS_PER_WEEK = "hours_per_week"


# The longest text the register keeps per field (service_place's column sizes).
_LONGEST = {
    PlaceField.NAME: 200,
    PlaceField.LOCALITY: 200,
    PlaceField.ADDRESS: 300,
    PlaceField.OPERATOR_NAME: 200,
    PlaceField.PHONE: 40,
    PlaceField.EMAIL: 200,
    PlaceField.SOURCE_ID: 100,
}
# Header names guessed beyond those of a Servicetabell.
_MORE_HEADERS: dict[PlaceField, tuple[str, ...]] = {
    PlaceField.KIND: ("Sort", "Slag", "Kind"),
    PlaceField.NAME: ("Name", "Ställe", "Serviceställe"),
    PlaceField.LOCALITY: ("Locality", "By"),
    PlaceField.ADDRESS: ("Address",),
    PlaceField.LATITUDE: ("Latitud", "Lat", "Latitude", "WGS84 lat"),
    PlaceField.LONGITUDE: ("Longitud", "Lon", "Long", "Lng", "Longitude", "WGS84 lon"),
    PlaceField.OPERATOR_NAME: ("Utförare", "Operator", "Bolag"),
    PlaceField.ORG_NUMBER: ("Org.nr", "Org nr", "Organisationsnr"),
    PlaceField.PHONE: ("Telefon", "Tel", "Telefonnummer", "Phone"),
    PlaceField.EMAIL: ("E-post", "Epost", "Mejl", "Email", "E-mail"),
}
_YES = {"ja", "j", "x", "1", "true", "yes", "sant"}
_NO = {"nej", "n", "0", "false", "no", "falskt", "-"}


@dataclass(frozen=True)
class ColumnMapping:
    """Which field each mapped column of the file holds (column index → field)."""

    columns: Mapping[int, PlaceField] = field(default_factory=dict)

    def column_of(self, place_field: PlaceField) -> int | None:
        return next((i for i, f in self.columns.items() if f == place_field), None)


@dataclass(frozen=True)
class ImportRow:
    """One row read: the values it gives a place (field → value; only what it holds)."""

    row: int
    name: str
    source_id: str
    municipality: str  # as the file writes it; "" when it does not say
    values: Mapping[str, Value]  # ServicePlace attribute → value, only those the row gives
    position: tuple[float, float] | None


@dataclass(frozen=True)
class ParsedImport:
    source: str  # "pipos" or "import": new places carry it, later files match by it
    rows: tuple[ImportRow, ...]
    problems: tuple[ImportProblem, ...]


def guess_mapping(header: tuple[str, ...]) -> ColumnMapping:
    """The mapping the header names suggest; a field is guessed for one column only."""
    known: dict[str, PlaceField] = {}
    for name, aliases in servicetabell.PIPOS_HEADERS.items():
        for alias in aliases:
            known[servicetabell.normalise(alias)] = PlaceField(name)
    for place_field, aliases in _MORE_HEADERS.items():
        for alias in aliases:
            known.setdefault(servicetabell.normalise(alias), place_field)
    for place_field in PlaceField:
        known.setdefault(servicetabell.normalise(place_field.value), place_field)
    found: dict[int, PlaceField] = {}
    for index, name in enumerate(header):
        guess = known.get(servicetabell.normalise(name))
        if guess is not None and guess not in found.values():
            found[index] = guess
    return ColumnMapping(found)


def mapping_problems(mapping: ColumnMapping) -> list[ImportProblemCode]:
    """What keeps the mapping from being read: a name column, both halves of a position."""
    mapped = set(mapping.columns.values())
    problems: list[ImportProblemCode] = []
    if PlaceField.NAME not in mapped:
        problems.append(_Code.NO_NAME_COLUMN)
    pairs = (
        (PlaceField.LATITUDE, PlaceField.LONGITUDE),
        (PlaceField.SWEREF_X, PlaceField.SWEREF_Y),
    )
    if any((a in mapped) != (b in mapped) for a, b in pairs):
        problems.append(_Code.COORDINATE_INCOMPLETE)
    return problems


def parse_table(table: Table, mapping: ColumnMapping, source: str) -> ParsedImport:
    """Every row as the values of a place, and every problem found (nothing written)."""
    if mapping.column_of(PlaceField.NAME) is None:
        refuse(_Code.NO_NAME_COLUMN, 1)
    rows: list[ImportRow] = []
    problems: list[ImportProblem] = []
    seen_ids: set[str] = set()
    for table_row in table.rows:
        reader = _RowReader(table, mapping, table_row)
        row = reader.read()
        if row is not None and row.source_id:
            if row.source_id in seen_ids:
                reader.problem(PlaceField.SOURCE_ID, _Code.DUPLICATE_ID, row.source_id)
            seen_ids.add(row.source_id)
        if reader.problems:
            problems.extend(reader.problems)
        elif row is not None:
            rows.append(row)
        if len(problems) >= MAX_PROBLEMS:
            break
    return ParsedImport(source, tuple(rows), tuple(problems[:MAX_PROBLEMS]))


def parse_number(text: str) -> float | None:
    """A number as Swedish files write it ("6 580 824,5"); None when it is not one."""
    cleaned = text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    cleaned = cleaned.replace("−", "-").replace(",", ".")
    try:
        number = float(cleaned)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


class _RowReader:
    def __init__(self, table: Table, mapping: ColumnMapping, row: TableRow) -> None:
        self._table = table
        self._mapping = mapping
        self._row = row
        self.problems: list[ImportProblem] = []

    def cell(self, place_field: PlaceField) -> str:
        index = self._mapping.column_of(place_field)
        return "" if index is None else self._row.cells[index]

    def problem(self, place_field: PlaceField, code: ImportProblemCode, value: str) -> None:
        index = self._mapping.column_of(place_field)
        column = "" if index is None else self._table.column_name(index)
        self.problems.append(ImportProblem(code, self._row.number, column, shown(value)))

    def read(self) -> ImportRow | None:
        if not any(self.cell(place_field) for place_field in self._mapping.columns.values()):
            return None  # nothing in the mapped columns: a row of other things
        values: dict[str, Value] = {}
        for place_field in (
            PlaceField.NAME,
            PlaceField.LOCALITY,
            PlaceField.ADDRESS,
            PlaceField.OPERATOR_NAME,
            PlaceField.PHONE,
            PlaceField.EMAIL,
            PlaceField.SOURCE_ID,
        ):
            text = self.cell(place_field)
            if len(text) > _LONGEST[place_field]:
                self.problem(place_field, _Code.TOO_LONG, text)
            elif text and place_field != PlaceField.SOURCE_ID:
                values[place_field.value] = text
        name = self.cell(PlaceField.NAME)
        if not name:
            self.problem(PlaceField.NAME, _Code.NAME_MISSING, "")
        self._kind(values)
        self._org_number(values)
        email = self.cell(PlaceField.EMAIL)
        if len(email) <= _LONGEST[PlaceField.EMAIL] and email_problem(email) is not None:
            # The register's own rule (core.place_validation), so the form agrees later.
            self.problem(PlaceField.EMAIL, _Code.BAD_EMAIL, email)
        self._staffed(values)
        self._hours(values)
        position = self._position()
        return ImportRow(
            row=self._row.number,
            name=name,
            source_id=self.cell(PlaceField.SOURCE_ID),
            municipality=self.cell(PlaceField.MUNICIPALITY),
            values=values,
            position=position,
        )

    def _kind(self, values: dict[str, Value]) -> None:
        text = self.cell(PlaceField.KIND)
        if not text:
            return
        known = servicetabell.service_type(text)
        if known is None:
            # A type we do not know: kept as the place's own service, so nothing is lost.
            values["kind"] = PlaceKind.OTHER.value
            values["other_service"] = text[:200]
            return
        kind, services = known
        values["kind"] = kind.value
        if services:
            values["services"] = join_services(services)

    def _org_number(self, values: dict[str, Value]) -> None:
        text = self.cell(PlaceField.ORG_NUMBER)
        if not text:
            return
        try:
            values["org_number"] = orgnr.format(orgnr.validate(text))
        except NumberError:
            self.problem(PlaceField.ORG_NUMBER, _Code.BAD_ORG_NUMBER, text)

    def _staffed(self, values: dict[str, Value]) -> None:
        text = self.cell(PlaceField.STAFFED)
        if not text:
            return
        word = servicetabell.normalise(text) or text.strip()
        if word in _YES:
            values["staffed"] = True
        elif word in _NO:
            values["staffed"] = False
        else:
            self.problem(PlaceField.STAFFED, _Code.BAD_YES_NO, text)

    def _hours(self, values: dict[str, Value]) -> None:
        text = self.cell(PlaceField.HOURS_PER_WEEK)
        if not text:
            return
        hours = parse_number(text)
        if hours is None:
            self.problem(PlaceField.HOURS_PER_WEEK, _Code.BAD_NUMBER, text)
        elif not 0 <= hours <= 168:
            self.problem(PlaceField.HOURS_PER_WEEK, _Code.BAD_HOURS, text)
        else:
            values["hours_per_week"] = hours

    def _position(self) -> tuple[float, float] | None:
        degrees = self._pair(PlaceField.LATITUDE, PlaceField.LONGITUDE)
        metres = self._pair(PlaceField.SWEREF_X, PlaceField.SWEREF_Y)
        shown_as, first = "", PlaceField.LATITUDE
        if metres is not None:
            x, y = metres
            if servicetabell.swapped(x, y):
                self.problem(PlaceField.SWEREF_X, _Code.SWAPPED_XY, f"{x:g} {y:g}")
                return None
            degrees = servicetabell.sweref_to_wgs84(x, y)
            shown_as, first = f"{x:g} {y:g}", PlaceField.SWEREF_X
        elif degrees is not None:
            shown_as = f"{degrees[0]:g} {degrees[1]:g}"
        if degrees is None:
            return None
        latitude, longitude = degrees
        if not (
            SWEDEN_LATITUDE[0] <= latitude <= SWEDEN_LATITUDE[1]
            and SWEDEN_LONGITUDE[0] <= longitude <= SWEDEN_LONGITUDE[1]
        ):
            self.problem(first, _Code.OUTSIDE_SWEDEN, shown_as)
            return None
        return latitude, longitude

    def _pair(self, first: PlaceField, second: PlaceField) -> tuple[float, float] | None:
        texts = self.cell(first), self.cell(second)
        if not any(texts):
            return None
        if not all(texts):
            missing = second if texts[0] else first
            self.problem(missing, _Code.COORDINATE_INCOMPLETE, "")
            return None
        numbers = parse_number(texts[0]), parse_number(texts[1])
        for place_field, text, number in zip((first, second), texts, numbers, strict=True):
            if number is None:
                self.problem(place_field, _Code.BAD_NUMBER, text)
        if numbers[0] is None or numbers[1] is None:
            return None
        return numbers[0], numbers[1]


def join_services(services: tuple[PlaceService, ...] | set[PlaceService]) -> str:
    """Services as stored: space-separated codes in vocabulary order."""
    return " ".join(service.value for service in PlaceService if service in services)


def split_services(stored: str) -> set[PlaceService]:
    known = {service.value for service in PlaceService}
    return {PlaceService(code) for code in stored.split() if code in known}
