"""The map in the reports: a follow-up of Sorsele and a status report of Västerbotten, in
PDF and Word, written through the functions the command line uses and read back (pypdf,
python-docx); and the command line itself, in a process without a display."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from PySide6.QtGui import QColor, QImage

from servicepunkt_gui import palette as colours
from servicepunkt_gui.core import places
from servicepunkt_gui.core.db import Database
from servicepunkt_gui.core.export_scope import ExportScope, resolve_codes
from servicepunkt_gui.core.vocabulary import NO_PLAN, PlaceKind
from servicepunkt_gui.export.report_layout import Picture, ReportDocument
from servicepunkt_gui.export.reports import report_document, write_report
from tests.export.test_report_data import SORSELE, TODAY, fill_sorsele

pytestmark = pytest.mark.usefixtures("qapp")

AMMARNAS = (65.9589, 16.2075)  # a place inside Sorsele, WGS84


def _filled(store: Database) -> None:
    fill_sorsele(store, count=6, odd=False)
    with store.session() as session:
        latitude, longitude = AMMARNAS
        places.create_place(
            session,
            SORSELE,
            places.PlaceInput(
                "Ammarnäs servicepunkt",
                PlaceKind.SERVICE_POINT,
                latitude=latitude,
                longitude=longitude,
            ),
        )


def _document(store: Database, scope: ExportScope, follow_up: bool) -> ReportDocument:
    with store.session() as session:
        return report_document(
            session,
            scope,
            resolve_codes(session, scope),
            follow_up=follow_up,
            today=TODAY,
            written_by="Maria Lindqvist",
            title="Västerbottens län",
        )


def _pdf_images(path: Path, pages: int = 2) -> list[tuple[int, int]]:
    """(width, height) of every image XObject in the first ``pages`` pages' resources (and
    in the forms they use); read without pypdf's image decoding, which needs Pillow."""
    found: list[tuple[int, int]] = []

    def walk(resources: DictionaryObject | None) -> None:
        objects = (resources or DictionaryObject()).get("/XObject")
        for reference in (objects.get_object() if objects else {}).values():
            item = reference.get_object()
            if item.get("/Subtype") == "/Image":
                found.append((int(item["/Width"]), int(item["/Height"])))
            elif item.get("/Subtype") == "/Form":
                inner = item.get("/Resources")
                walk(inner.get_object() if inner else None)

    for page in PdfReader(path).pages[:pages]:
        resources = page.get("/Resources")
        walk(resources.get_object() if resources else None)
    return found


def _word_pictures(path: Path) -> list[bytes]:
    """The inline pictures of the Word file, as the image parts they point at."""
    document = docx.Document(str(path))
    blobs = []
    for shape in document.inline_shapes:
        blip = shape._inline.graphic.graphicData.pic.blipFill.blip
        blobs.append(document.part.related_parts[blip.embed].blob)
    return blobs


def _colours(png: bytes) -> set[str]:
    image = QImage.fromData(png)
    assert not image.isNull()
    step = max(1, image.width() // 200)
    return {
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    }


def test_the_follow_up_holds_the_map_in_pdf_and_word(store: Database, tmp_path: Path) -> None:
    _filled(store)
    document = _document(store, ExportScope(municipality_codes=(SORSELE,)), follow_up=True)
    pictures = [block for block in document.blocks if isinstance(block, Picture)]
    assert len(pictures) == 1
    assert "Sorsele kommun" in pictures[0].description
    # Sorsele's plan is to be revised by June 2027, within a year of TODAY: its colour is
    # on the map, as is the place.
    seen = _colours(pictures[0].png)
    assert colours.MAP_VALIDITY_FILLS["revision_due"].light in seen
    assert QColor(colours.MAP_PLACE_INK.light).name() in seen

    pdf = tmp_path / "Årlig uppföljning Sorsele.pdf"
    write_report(document, pdf, as_pdf=True)
    # The map's own pixels (480 × 480), not the thumbnail of some other drawing.
    assert (480, 480) in _pdf_images(pdf)
    word = tmp_path / "Årlig uppföljning Sorsele.docx"
    write_report(document, word, as_pdf=False)
    (blob,) = _word_pictures(word)
    assert blob == pictures[0].png
    assert "Sorsele" in docx.Document(str(word)).inline_shapes[0]._inline.docPr.get("descr")


def test_the_status_report_of_a_county_holds_its_map(store: Database, tmp_path: Path) -> None:
    _filled(store)
    document = _document(store, ExportScope(county_code="24"), follow_up=False)
    pictures = [block for block in document.blocks if isinstance(block, Picture)]
    assert len(pictures) == 1
    # Västerbotten's other 14 municipalities have no plan: grey, beside Sorsele's colour.
    seen = _colours(pictures[0].png)
    assert colours.MAP_VALIDITY_FILLS[NO_PLAN].light in seen
    assert colours.MAP_VALIDITY_FILLS["revision_due"].light in seen
    pdf = tmp_path / "Västerbottens län.pdf"
    write_report(document, pdf, as_pdf=True)
    assert _pdf_images(pdf)
    word = tmp_path / "Västerbottens län.docx"
    write_report(document, word, as_pdf=False)
    assert len(_word_pictures(word)) == 1


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_the_command_line_writes_the_map_without_a_display(
    store: Database, tmp_path: Path, kind: str
) -> None:
    """As a script runs it: a process of its own, no DISPLAY (Word: no Qt application)."""
    _filled(store)
    db = store.path
    store.close()  # written and closed, as a script finds the file
    out = tmp_path / f"sorsele.{kind}"
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    done = subprocess.run(
        [sys.executable, "-m", "servicepunkt_gui", "export", "--db", str(db), "--format", kind,
         "--municipality", SORSELE, "--out", str(out)],
        capture_output=True, text=True, env=env, timeout=180, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert _pdf_images(out) if kind == "pdf" else _word_pictures(out)
