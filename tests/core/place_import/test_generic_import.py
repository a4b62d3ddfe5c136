"""Any table of places, its columns mapped by the official (a guess offered first)."""

from __future__ import annotations

from pathlib import Path

import pytest

from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.place_import import (
    ColumnMapping,
    ImportProblemCode,
    PlaceField,
    guess_mapping,
    mapping_problems,
    read_table,
)

from .files import import_file, places, preview_file, sweref, write_csv

HEADER = ["Butik", "Ort", "Lat", "Long", "Telefon", "Org.nr", "Nummer", "Anteckning"]
ROWS = [
    [
        "Lanthandeln i Mellansel",
        "Mellansel",
        "63,4287",
        "18,3189",
        "0660-500 00",
        "5560360793",
        "7",
    ],
    ["Bjästa Livs", "Bjästa", "", "", "", "", "8", "ring först"],
]


def test_the_guess_from_the_header_names() -> None:
    header = ("Namn", "Postort", "Latitud", "Longitud", "E-post", "Telefon", "Organisationsnummer")
    assert guess_mapping(header).columns == {
        0: PlaceField.NAME,
        1: PlaceField.LOCALITY,
        2: PlaceField.LATITUDE,
        3: PlaceField.LONGITUDE,
        4: PlaceField.EMAIL,
        5: PlaceField.PHONE,
        6: PlaceField.ORG_NUMBER,
    }


def test_a_mapping_needs_a_name_and_both_halves_of_a_position() -> None:
    assert mapping_problems(ColumnMapping({1: PlaceField.LATITUDE})) == [
        ImportProblemCode.NO_NAME_COLUMN,
        ImportProblemCode.COORDINATE_INCOMPLETE,
    ]
    assert mapping_problems(ColumnMapping({0: PlaceField.NAME})) == []


@pytest.mark.parametrize(
    ("separator", "encoding"), [(";", "cp1252"), (",", "utf-8"), ("\t", "utf-8-sig")]
)
def test_a_csv_with_a_mapping(
    database: Database, tmp_path: Path, separator: str, encoding: str
) -> None:
    path = write_csv(tmp_path / "ställen.csv", HEADER, ROWS, separator, encoding)
    table = read_table(path)
    assert table.header == tuple(HEADER)
    mapping = ColumnMapping(
        {
            0: PlaceField.NAME,
            1: PlaceField.LOCALITY,
            2: PlaceField.LATITUDE,
            3: PlaceField.LONGITUDE,
            4: PlaceField.PHONE,
            5: PlaceField.ORG_NUMBER,
            6: PlaceField.SOURCE_ID,
        }
    )

    result = import_file(database, path, mapping)

    assert result.created == 2
    shop = places(database)["Lanthandeln i Mellansel"]
    assert shop.latitude == pytest.approx(63.4287)
    assert shop.longitude == pytest.approx(18.3189)
    assert (shop.org_number, shop.phone, shop.source, shop.source_id) == (
        "556036-0793",
        "0660-500 00",
        "import",
        "7",
    )
    assert shop.kind == "other"
    assert places(database)["Bjästa Livs"].latitude is None
    assert preview_file(database, path, mapping).is_empty


def test_sweref_columns_and_rows_without_ids_matched_by_name(
    database: Database, tmp_path: Path
) -> None:
    x, y = sweref(63.2909, 18.7153)
    path = write_csv(
        tmp_path / "egen.csv",
        ["Namn", "Ort", "Sort", "Ost", "Nord"],
        [["Torget", "Örnsköldsvik", "Servicepunkt", str(x).replace(".", ","), str(y)]],
    )
    mapping = ColumnMapping(
        {
            0: PlaceField.NAME,
            1: PlaceField.LOCALITY,
            2: PlaceField.KIND,
            3: PlaceField.SWEREF_X,
            4: PlaceField.SWEREF_Y,
        }
    )
    import_file(database, path, mapping)
    place = places(database)["Torget"]
    assert place.kind == "service_point"
    assert place.latitude == pytest.approx(63.2909, abs=1e-6)

    again = write_csv(
        tmp_path / "igen.csv", ["Namn", "Ort", "Telefon"], [["TORGET", "örnsköldsvik", "0660-1"]]
    )
    preview = preview_file(
        database,
        again,
        ColumnMapping({0: PlaceField.NAME, 1: PlaceField.LOCALITY, 2: PlaceField.PHONE}),
    )
    assert not preview.new
    assert [(c.field, c.new) for c in preview.changed[0].changes] == [
        ("name", "TORGET"),
        ("locality", "örnsköldsvik"),
        ("phone", "0660-1"),
    ]
    assert preview.unlisted == ()  # a file without ids cannot say what is gone
