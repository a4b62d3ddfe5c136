"""The freedesktop menu entry matches the app's desktop file name and validates."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess

import pytest

from tests.packaging.conftest import ROOT

APP_ID = "se.servicepunkt.Servicepunkt"
DESKTOP = ROOT / "packaging" / "linux" / f"{APP_ID}.desktop"


def entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_file_name_is_the_one_the_app_sets() -> None:
    source = (ROOT / "servicepunkt_gui" / "ui" / "shell" / "application.py").read_text(
        encoding="utf-8"
    )
    match = re.search(r'setDesktopFileName\("([^"]+)"\)', source)
    assert match is not None
    assert match.group(1) == APP_ID == DESKTOP.stem


def test_entry_starts_the_launcher_with_our_icon() -> None:
    fields = entry()
    assert fields["Type"] == "Application"
    assert fields["Exec"] == "servicepunkt"
    assert fields["Icon"] == APP_ID
    assert fields["Terminal"] == "false"
    assert "Office;" in fields["Categories"]
    assert fields["Name"] == "Servicepunkt"
    assert fields["Comment[sv]"]


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-validate (Debian: desktop-file-utils) is not installed",
)
def test_desktop_file_validate() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""  # no hints or warnings either
