"""AppStream metainfo of the .deb, and the version it, CHANGELOG.md and pyproject.toml share."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET

import pytest

from tests.packaging.conftest import ROOT

APP_ID = "se.servicepunkt.Servicepunkt"
METAINFO = ROOT / "packaging" / "linux" / f"{APP_ID}.metainfo.xml"
DESKTOP = ROOT / "packaging" / "linux" / f"{APP_ID}.desktop"
CHANGELOG = ROOT / "CHANGELOG.md"


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def test_metainfo_names_the_desktop_entry_and_the_licences() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    launchable = component.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    assert component.findtext("metadata_license") == "CC0-1.0"
    assert component.findtext("project_license") == "MIT"
    assert component.findtext("provides/binary") == "servicepunkt"
    summaries = {
        s.get("{http://www.w3.org/XML/1998/namespace}lang"): s.text
        for s in component.iter("summary")
    }
    desktop = DESKTOP.read_text(encoding="utf-8")
    assert f"Comment={summaries[None]}\n" in desktop
    assert f"Comment[sv]={summaries['sv']}\n" in desktop


def test_newest_release_is_the_project_version() -> None:
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases, "the metainfo lists no release"
    assert releases[0].get("version") == project_version()
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", releases[0].get("date") or "")


def test_changelog_keeps_a_changelog_with_the_project_version_on_top() -> None:
    text = CHANGELOG.read_text(encoding="utf-8")
    assert text.startswith("# Changelog\n")
    assert "keepachangelog.com" in text
    versions = re.findall(r"^## \[([^\]]+)\]", text, re.MULTILINE)
    released = [v for v in versions if v != "Unreleased"]
    assert released and released[0] == project_version()
    headings = set(re.findall(r"^### (.+)$", text, re.MULTILINE))
    assert headings <= {"Added", "Changed", "Deprecated", "Removed", "Fixed", "Security"}


APPSTREAMCLI = shutil.which("appstreamcli")


@pytest.mark.skipif(
    APPSTREAMCLI is None and not os.environ.get("CI"),
    reason="appstreamcli (Debian: appstream) is not installed; .ci/run installs it",
)
def test_appstreamcli_validates_the_metainfo() -> None:
    assert APPSTREAMCLI is not None, "CI must install appstream (.ci/run's packaging tools)"
    result = subprocess.run(
        [APPSTREAMCLI, "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # No warnings either (W:), nor errors (E:); infos and pedantic hints are allowed.
    assert not re.search(r"^[EW]: ", result.stdout, re.MULTILINE), result.stdout
