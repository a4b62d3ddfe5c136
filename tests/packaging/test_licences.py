"""The licences: LICENSE, the wheel's metadata, the frozen build's generated file, About."""

from __future__ import annotations

import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from servicepunkt_gui import licences
from servicepunkt_gui.resources import resource_path
from servicepunkt_gui.ui.shell import about
from tests.packaging.conftest import ROOT
from tests.packaging.test_build_spec import run_spec

# What the app needs at run time, so what a frozen build ships (PySide6-Essentials brings
# shiboken6, SQLAlchemy typing_extensions, Alembic Mako, Mako MarkupSafe, python-docx lxml).
RUNTIME = {
    "alembic",
    "et-xmlfile",  # openpyxl's
    "icalendar",
    "lxml",
    "mako",
    "markupsafe",
    "openpyxl",
    "platformdirs",
    "pyside6-essentials",
    "python-dateutil",  # icalendar's
    "python-docx",
    "python-stdnum",
    "shiboken6",
    "sqlalchemy",
    "typing-extensions",
    "tzdata",  # icalendar's time zones
    "utm",
    "xlsxwriter",
    # The shared database (issue 15): psycopg with its own libpq, keyring (on Linux through
    # the Secret Service: secretstorage, jeepney, cryptography with cffi and pycparser).
    "psycopg",
    "psycopg-binary",
    "keyring",
    "jaraco-classes",
    "jaraco-context",
    "jaraco-functools",
    "more-itertools",
    "backports-tarfile",  # jaraco-context's, on Python < 3.12
    "importlib-metadata",  # keyring's, on Python < 3.12
    "lazy-importer",  # importlib-metadata's, on Python < 3.12
    "zipp",
    "secretstorage",
    "jeepney",
    "cryptography",
    "cffi",
    "pycparser",
}
TOOLS = {"pytest", "pytest-qt", "hypothesis", "mypy", "ruff", "pyinstaller", "setuptools"}


def names(distributions: list[metadata.Distribution]) -> set[str]:
    return {licences._normalise(d.metadata["Name"]) for d in distributions}


def test_licence_is_declared_once_and_the_same_everywhere() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT"
    assert project["license-files"] == ["LICENSE"]
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("MIT License\n\nCopyright (c) 2026 Servicepunkt-teamet\n")
    copyright_file = (ROOT / "packaging" / "linux" / "copyright").read_text(encoding="utf-8")
    assert "Files: *\nCopyright: 2026 Servicepunkt-teamet\nLicense: Expat\n" in copyright_file
    metainfo = (ROOT / "packaging/linux/se.servicepunkt.Servicepunkt.metainfo.xml").read_text(
        encoding="utf-8"
    )
    assert "<project_license>MIT</project_license>" in metainfo


def test_gnu_texts_are_shipped_with_the_resources() -> None:
    lgpl = ROOT / "resources" / "licenses" / "LGPL-3.0.txt"
    gpl = ROOT / "resources" / "licenses" / "GPL-3.0.txt"
    assert "GNU LESSER GENERAL PUBLIC LICENSE\n                       Version 3, 29 June 2007" in (
        lgpl.read_text(encoding="utf-8")
    )
    assert "GNU GENERAL PUBLIC LICENSE\n                       Version 3, 29 June 2007" in (
        gpl.read_text(encoding="utf-8")
    )
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"
    ]["package-data"]
    assert package_data["servicepunkt_gui._resources.licenses"] == ["*.txt"]


def test_shipped_distributions_are_the_runtime_dependencies() -> None:
    shipped = names(licences.shipped_distributions())
    assert shipped == RUNTIME
    assert not shipped & TOOLS


def test_every_shipped_distribution_has_its_licence_text_or_is_qt() -> None:
    for distribution in licences.shipped_distributions():
        name = licences._normalise(distribution.metadata["Name"])
        if name in ("pyside6-essentials", "shiboken6"):
            # These wheels carry no licence file; section 3 and the GNU texts cover them.
            assert "LGPL-3.0-only" in licences.licence_name(distribution)
            continue
        files = licences.licence_files(distribution)
        assert files, name
        # A licence is more than a line (an AUTHORS list beside it may be short, and so may a
        # LICENSE that only points to the full texts beside it, as cryptography's does).
        texts = [text for file, text in files if "AUTHORS" not in file]
        full = [text for text in texts if len(text) > 1000]
        assert all(len(text) > 200 for text in texts) or full, name


def test_requirement_names() -> None:
    assert licences._requirement_name("SQLAlchemy>=2.0") == "SQLAlchemy"
    assert licences._requirement_name('tomli; python_version < "3.11"') == "tomli"
    assert licences._requirement_name('tzdata; extra == "tz"') is None
    assert licences._requirement_name("shiboken6==6.11.3") == "shiboken6"


def check_licence_text(text: str) -> None:
    own = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert own.strip() in text
    assert "Swedish Geodata" in text and "Tillväxtverket" in text and "CC0" in text
    # Qt's notice: the licence chosen, the versions, where the source is, the written offer.
    import PySide6

    assert "GNU Lesser General Public License version 3 (LGPL-3.0)" in text
    assert f"Qt for Python {PySide6.__version__}" in text
    assert "https://download.qt.io/official_releases/QtForPython/" in text
    assert "Written offer" in text and "servicepunkt@servicepunkt.se" in text
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in text
    assert "GNU GENERAL PUBLIC LICENSE" in text
    for distribution in licences.shipped_distributions():
        assert f"\n{distribution.metadata['Name']} {distribution.version}\n" in text
        for _name, licence in licences.licence_files(distribution):
            assert licence.strip() in text
    for tool in ("pytest", "hypothesis", "mypy"):
        assert f"\n{tool} " not in text


def test_licence_text_made_from_the_installed_metadata() -> None:
    """A checkout or an installed wheel: no generated file, so the text is made when asked."""
    assert not resource_path(*licences.LICENCE_FILE).exists()
    check_licence_text(licences.licence_text())


def test_frozen_build_carries_the_generated_licences(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    analysis = run_spec(tmp_path, "linux", monkeypatch)["calls"]["Analysis"].kwargs
    licence_datas = [Path(s) for s, target in analysis["datas"] if target == "resources/licenses"]
    generated = tmp_path / "work" / "licenses" / "THIRD-PARTY-LICENSES.txt"
    assert generated in licence_datas
    assert ROOT / "LICENSE" in licence_datas
    assert ROOT / "resources" / "licenses" / "*.txt" in licence_datas
    text = generated.read_text(encoding="utf-8")
    check_licence_text(text)
    # What PyInstaller adds: the interpreter and its own start-up program.
    assert f"Python {sys.version_info[0]}.{sys.version_info[1]}" in text
    assert "PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2" in text or "PSF" in text
    if any(d.metadata["Name"].lower() == "pyinstaller" for d in metadata.distributions()):
        assert "bootloader" in text and "GNU GENERAL PUBLIC LICENSE" in text


def test_bundled_file_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundled = tmp_path / "licenses" / "THIRD-PARTY-LICENSES.txt"
    bundled.parent.mkdir()
    bundled.write_text("the frozen build's text\n", encoding="utf-8")
    monkeypatch.setattr(licences, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    assert licences.licence_text() == "the frozen build's text\n"


def test_about_names_the_licences(tmp_path: Path) -> None:
    text = about.about_text(str(tmp_path / "x.sqlite3"))
    assert "MIT" in text or "MIT-licens" in text
    assert "LGPL" in text


def test_about_box_opens_the_licences_over_itself(qtbot: QtBot, tmp_path: Path) -> None:
    box = about.about_box(None, str(tmp_path / "x.sqlite3"))
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    buttons = [b for b in box.findChildren(QPushButton) if "…" in b.text()]
    assert len(buttons) == 1
    assert box.buttonRole(buttons[0]) == QMessageBox.ButtonRole.ActionRole
    buttons[0].click()
    dialog = box.findChild(about.LicencesDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert box.isVisible()  # the licences open over About, which stays
    view = dialog.text_view
    assert view.isReadOnly()
    assert view.toPlainText() == licences.licence_text()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in view.toPlainText()
    dialog.reject()
    box.accept()
