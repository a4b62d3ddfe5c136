"""Every malformed file is refused with the problem's code and row, and nothing is written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.place_import import (
    ColumnMapping,
    ImportFileError,
    ImportProblem,
    ImportProblemCode,
    PlaceField,
)

from .files import (
    PIPOS_HEADER,
    import_file,
    pipos_row,
    place_count,
    servicetabell,
    servicetabell_rows,
    workbook_without_sheets,
    write_csv,
    write_xlsx,
)

Code = ImportProblemCode


def refused(database: Database, path: Path, mapping: ColumnMapping | None = None) -> ImportProblem:
    """The problem the import of ``path`` is refused with; the register stays as it was."""
    import_file(database, servicetabell(path.parent / "earlier.xlsx"))
    before = place_count(database)
    with pytest.raises(ImportFileError) as refusal:
        import_file(database, path, mapping)
    assert place_count(database) == before
    return refusal.value.problem


def test_not_a_spreadsheet(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "rapport.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj\n")
    assert refused(database, path).code == Code.NOT_A_SPREADSHEET


def test_a_zip_that_is_not_a_workbook(database: Database, tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "servicetabell.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<document/>")
    assert refused(database, path).code == Code.NOT_A_SPREADSHEET


def test_text_named_xlsx(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "servicetabell.xlsx"
    path.write_text("Namn;Typ\nA;B\n", encoding="utf-8")
    assert refused(database, path).code == Code.NOT_A_SPREADSHEET


def test_password_protected(database: Database, tmp_path: Path) -> None:
    # Excel saves a workbook with a password as an OLE container with these streams.
    path = tmp_path / "skyddad.xlsx"
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    path.write_bytes(
        ole
        + "EncryptionInfo".encode("utf-16-le")
        + bytes(64)
        + "EncryptedPackage".encode("utf-16-le")
        + bytes(1024)
    )
    assert refused(database, path).code == Code.ENCRYPTED


def test_old_excel_format(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "gammal.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2048))
    assert refused(database, path).code == Code.OLD_EXCEL


def test_no_sheet(database: Database, tmp_path: Path) -> None:
    assert refused(database, workbook_without_sheets(tmp_path / "tom.xlsx")).code == Code.NO_SHEET


def test_empty_file(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "tom.csv"
    path.write_bytes(b"")
    assert refused(database, path) == ImportProblem(Code.EMPTY, 0)


def test_empty_sheet(database: Database, tmp_path: Path) -> None:
    assert refused(database, write_xlsx(tmp_path / "tom.xlsx", [], [])) == ImportProblem(
        Code.EMPTY, 0
    )


def test_a_header_and_no_rows(database: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "tom.xlsx", PIPOS_HEADER, [])
    assert refused(database, path) == ImportProblem(Code.EMPTY, 1)


def test_no_header(database: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "data.xlsx", [1, 2, 3], [[4, 5, 6]])
    problem = refused(database, path)
    assert (problem.code, problem.row) == (Code.NO_HEADER, 1)


def test_a_header_without_a_name_column(database: Database, tmp_path: Path) -> None:
    header = ["Objekt-id", "Servicetyp", "X", "Y"]
    path = write_xlsx(tmp_path / "utan-namn.xlsx", header, [["1", "Drivmedel", 700000, 7000000]])
    assert refused(database, path) == ImportProblem(Code.NO_NAME_COLUMN, 1)
    mapping = ColumnMapping({0: PlaceField.SOURCE_ID})
    assert refused(database, path, mapping) == ImportProblem(Code.NO_NAME_COLUMN, 1)


def test_too_many_rows(database: Database, tmp_path: Path) -> None:
    rows = [[f"Butik {n}", "Bredbyn"] for n in range(20_001)]
    path = write_csv(tmp_path / "stor.csv", ["Namn", "Ort"], rows)
    mapping = ColumnMapping({0: PlaceField.NAME, 1: PlaceField.LOCALITY})
    assert refused(database, path, mapping) == ImportProblem(Code.TOO_MANY_ROWS, 20_002)


def test_a_cell_too_long(database: Database, tmp_path: Path) -> None:
    rows = servicetabell_rows()
    rows[2][3] = "x" * 10_001
    problem = refused(database, servicetabell(tmp_path / "lang.xlsx", rows))
    assert (problem.code, problem.row, problem.column) == (Code.CELL_TOO_LONG, 4, "Gatuadress")


def test_binary_junk(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "skräp.csv"
    path.write_bytes(b"Namn;Ort\n" + os.urandom(4096) + b"\x00")
    assert refused(database, path).code == Code.BINARY


def test_control_characters_in_a_csv(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "konstig.csv"
    path.write_text("Namn;Ort\nA;B\nC\x07;D\n", encoding="utf-8")
    mapping = ColumnMapping({0: PlaceField.NAME})
    assert refused(database, path, mapping) == ImportProblem(Code.BINARY, 3, "Namn")


@pytest.mark.parametrize(
    ("row", "code", "column", "value"),
    [
        # X and Y the wrong way round
        (
            ["1", "A", "Drivmedel", "", "Husum", "2284", 7024000, 742000, "", ""],
            Code.SWAPPED_XY,
            "X",
            "7.024e+06 742000",
        ),
        # a pair that lands in Norway's sea
        (
            ["1", "A", "Drivmedel", "", "Husum", "2284", 150500, 6400000, "", ""],
            Code.OUTSIDE_SWEDEN,
            "X",
            "150500 6.4e+06",
        ),
        (
            ["1", "A", "Drivmedel", "", "Husum", "2284", 742000, "", "", ""],
            Code.COORDINATE_INCOMPLETE,
            "Y",
            "",
        ),
        (
            ["1", "A", "Drivmedel", "", "Husum", "2284", "742 000,5", "sju", "", ""],
            Code.BAD_NUMBER,
            "Y",
            "sju",
        ),
        (
            ["1", "", "Drivmedel", "", "Husum", "2284", "", "", "", ""],
            Code.NAME_MISSING,
            "Namn",
            "",
        ),
        (
            ["1", "A", "Drivmedel", "", "Husum", "2284", "", "", "kanske", ""],
            Code.BAD_YES_NO,
            "Bemannad",
            "kanske",
        ),
        (
            ["1", "A", "Drivmedel", "", "Husum", "2284", "", "", "", 200],
            Code.BAD_HOURS,
            "Öppettimmar",
            "200",
        ),
        (
            ["P-101", "A", "Drivmedel", "", "Husum", "2284", "", "", "", ""],
            Code.DUPLICATE_ID,
            "Objekt-id",
            "P-101",
        ),
    ],
)
def test_row_problems(
    database: Database,
    tmp_path: Path,
    row: list[str | int | float | None],
    code: ImportProblemCode,
    column: str,
    value: str,
) -> None:
    rows = [*servicetabell_rows()[:3], row]
    problem = refused(database, servicetabell(tmp_path / "fel.xlsx", rows))
    assert problem == ImportProblem(code, 5, column, value)


def test_a_wrong_organisation_number(database: Database, tmp_path: Path) -> None:
    header = ["Namn", "Organisationsnummer"]
    path = write_csv(tmp_path / "orgnr.csv", header, [["A", "556036-0793"], ["B", "556036-0794"]])
    mapping = ColumnMapping({0: PlaceField.NAME, 1: PlaceField.ORG_NUMBER})
    assert refused(database, path, mapping) == ImportProblem(
        Code.BAD_ORG_NUMBER, 3, "Organisationsnummer", "556036-0794"
    )


def test_a_wrong_email_address(database: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "epost.csv", ["Namn", "E-post"], [["A", "butik at example.se"]])
    mapping = ColumnMapping({0: PlaceField.NAME, 1: PlaceField.EMAIL})
    assert refused(database, path, mapping) == ImportProblem(
        Code.BAD_EMAIL, 2, "E-post", "butik at example.se"
    )


def test_a_problem_in_one_row_keeps_every_row_out(database: Database, tmp_path: Path) -> None:
    rows = servicetabell_rows()
    rows.append(pipos_row("P-200", "", "Drivmedel", "Husum", None))
    path = servicetabell(tmp_path / "fel.xlsx", rows)
    before = place_count(database)
    with pytest.raises(ImportFileError):
        import_file(database, path)
    assert place_count(database) == before == 0
