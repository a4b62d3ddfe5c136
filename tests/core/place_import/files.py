"""Service tables built by the tests in the documented shape (docs/servicetabell.md)."""

from __future__ import annotations

import csv
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path

import openpyxl
import pyproj
from sqlalchemy import func, select

from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.place_import import (
    ColumnMapping,
    ImportPreview,
    ImportResult,
    apply_import,
    parse_servicetabell,
    parse_table,
    preview_import,
    read_table,
)
from servicepunkt_gui.core.place_import.generic import GENERIC_SOURCE
from servicepunkt_gui.core.place_models import ServicePlace

ORNSKOLDSVIK = "2284"
PIPOS_HEADER = [
    "Objekt-id",
    "Namn",
    "Servicetyp",
    "Gatuadress",
    "Postort",
    "Kommunkod",
    "X",
    "Y",
    "Bemannad",
    "Öppettimmar",
]
_TO_SWEREF = pyproj.Transformer.from_crs(4326, 3006, always_xy=True)

Cell = str | int | float | None


def sweref(latitude: float, longitude: float) -> tuple[float, float]:
    """SWEREF 99 TM (easting, northing) of a WGS84 position, by PROJ."""
    x, y = _TO_SWEREF.transform(longitude, latitude)
    return round(x, 2), round(y, 2)


def pipos_row(
    source_id: str,
    name: str,
    kind: str,
    locality: str,
    position: tuple[float, float] | None,
    municipality: Cell = ORNSKOLDSVIK,
    address: str = "",
    staffed: str = "Ja",
    hours: Cell = 60,
) -> list[Cell]:
    x, y = sweref(*position) if position else (None, None)
    return [source_id, name, kind, address, locality, municipality, x, y, staffed, hours]


def servicetabell_rows() -> list[list[Cell]]:
    """Five service points of Örnsköldsvik, one without coordinates, one of Kramfors."""
    return [
        pipos_row("P-101", "ICA Nära Bredbyn", "Dagligvarubutik", "Bredbyn", (63.4466, 18.1045)),
        pipos_row("P-102", "OKQ8 Husum", "Drivmedel", "Husum", (63.3379, 19.1567)),
        pipos_row("P-103", "Björna Lanthandel", "Apoteksombud", "Björna", (63.5489, 18.5983)),
        pipos_row("P-104", "Trehörningsjö Paketombud", "Paketombud", "Trehörningsjö", None),
        pipos_row("P-105", "Bankomat Centrum", "Uttagsautomat", "Örnsköldsvik", (63.2909, 18.7153)),
        pipos_row(
            "K-900", "Nordingrå Handel", "Dagligvarubutik", "Nordingrå", (62.93, 18.28), "2282"
        ),
    ]


def write_xlsx(path: Path, header: Sequence[Cell], rows: Sequence[Sequence[Cell]]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Servicetabell"
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def write_csv(
    path: Path,
    header: Sequence[Cell],
    rows: Sequence[Sequence[Cell]],
    separator: str = ";",
    encoding: str = "utf-8-sig",
) -> Path:
    with path.open("w", encoding=encoding, newline="") as file:
        writer = csv.writer(file, delimiter=separator)
        writer.writerow(header)
        for row in rows:
            writer.writerow(["" if cell is None else cell for cell in row])
    return path


def servicetabell(path: Path, rows: Sequence[Sequence[Cell]] | None = None) -> Path:
    return write_xlsx(path, PIPOS_HEADER, servicetabell_rows() if rows is None else rows)


def workbook_without_sheets(path: Path) -> Path:
    """A workbook whose list of sheets is empty (Excel never writes one, a tool may)."""
    write_xlsx(path, ["Namn"], [["A"]])
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["xl/workbook.xml"] = re.sub(
        rb"<sheets>.*</sheets>", b"<sheets/>", parts["xl/workbook.xml"]
    )
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def preview_file(
    database: Database, path: Path, mapping: ColumnMapping | None = None
) -> ImportPreview:
    table = read_table(path)
    parsed = (
        parse_servicetabell(table)
        if mapping is None
        else parse_table(table, mapping, GENERIC_SOURCE)
    )
    with database.read_session() as session:
        return preview_import(session, ORNSKOLDSVIK, parsed)


def import_file(
    database: Database,
    path: Path,
    mapping: ColumnMapping | None = None,
    trash_unlisted: bool = False,
) -> ImportResult:
    """Read, preview and apply as the dialog does (the preview accepted as shown)."""
    preview = preview_file(database, path, mapping)
    with database.session() as session:
        return apply_import(session, ORNSKOLDSVIK, preview, trash_unlisted=trash_unlisted)


def places(database: Database) -> dict[str, ServicePlace]:
    """Every place of Örnsköldsvik by name, in the trash or not (detached, read only)."""
    with database.read_session() as session:
        found = session.scalars(
            select(ServicePlace).where(ServicePlace.municipality_code == ORNSKOLDSVIK)
        ).all()
        session.expunge_all()
        return {place.name: place for place in found}


def place_count(database: Database) -> int:
    with database.read_session() as session:
        return session.scalar(select(func.count()).select_from(ServicePlace)) or 0
