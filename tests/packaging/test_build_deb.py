"""packaging/linux/build_deb.py: control data, and a small package built for real."""

from __future__ import annotations

import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from tests.packaging.conftest import ROOT, load_script

build_deb = load_script("packaging/linux/build_deb.py")
TOOLS = ("dpkg-deb", "dpkg-shlibdeps", "readelf", "patchelf")
MISSING_TOOLS = [tool for tool in TOOLS if shutil.which(tool) is None]


@pytest.mark.parametrize(
    ("pep440", "debian"),
    [("0.1.0", "0.1.0"), ("1.2.0rc1", "1.2.0~rc1"), ("2.0b3", "2.0~b3"), ("1.0.dev4", "1.0~dev4")],
)
def test_debian_version(pep440: str, debian: str) -> None:
    assert build_deb.debian_version(pep440) == debian


def test_control_description_is_folded() -> None:
    text = build_deb.control({"Package": "x", "Description": "summary\nline one\n.\nline two"})
    assert text == "Package: x\nDescription: summary\n line one\n .\n line two\n"


def test_changelog_entry() -> None:
    text = build_deb.changelog("0.1.0", "A <a@example.org>", 0)
    assert text.startswith("servicepunkt (0.1.0) stable; urgency=medium\n")
    assert " -- A <a@example.org>  Thu, 01 Jan 1970 00:00:00 " in text


def test_version_is_read_from_pyproject() -> None:
    assert build_deb.project_version() == build_deb.project_version(ROOT / "pyproject.toml")
    assert build_deb.project_version()[0].isdigit()


@pytest.fixture
def fake_frozen(tmp_path: Path) -> Path:
    """A stand-in for dist/Servicepunkt: any ELF program as the executable, one data file."""
    frozen = tmp_path / "Servicepunkt"
    (frozen / "_internal" / "resources").mkdir(parents=True)
    program = shutil.which("true")
    assert program is not None
    shutil.copy(program, frozen / "servicepunkt")
    (frozen / "_internal" / "resources" / "note.txt").write_text("x", encoding="utf-8")
    (frozen / "_internal" / "resources" / "note.txt").chmod(0o755)
    return frozen


@pytest.mark.skipif(bool(MISSING_TOOLS), reason=f"not installed: {' '.join(MISSING_TOOLS)}")
def test_package_layout_and_fields(fake_frozen: Path, tmp_path: Path) -> None:
    deb = build_deb.build_deb(fake_frozen, tmp_path / "out", tmp_path / "work")
    assert deb.name == f"servicepunkt_{build_deb.project_version()}_{build_deb.architecture()}.deb"

    fields = subprocess.run(
        ["dpkg-deb", "-f", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    assert "Package: servicepunkt\n" in fields
    assert "Depends: libc6" in fields
    assert "Maintainer: " in fields

    unpacked = tmp_path / "unpacked"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(unpacked)], check=True)
    app_id = "se.servicepunkt.Servicepunkt"
    expected = [
        "opt/servicepunkt/servicepunkt",
        "opt/servicepunkt/_internal/resources/note.txt",
        "usr/bin/servicepunkt",
        f"usr/share/applications/{app_id}.desktop",
        f"usr/share/metainfo/{app_id}.metainfo.xml",
        f"usr/share/icons/hicolor/48x48/apps/{app_id}.png",
        f"usr/share/icons/hicolor/scalable/apps/{app_id}.svg",
        "usr/share/doc/servicepunkt/copyright",
        "usr/share/doc/servicepunkt/changelog.gz",
        "usr/share/man/man1/servicepunkt.1.gz",
        "usr/share/lintian/overrides/servicepunkt",
    ]
    for relative in expected:
        assert (unpacked / relative).is_file(), relative

    def mode(relative: str) -> int:
        return stat.S_IMODE((unpacked / relative).stat().st_mode)

    assert mode("opt/servicepunkt/servicepunkt") == 0o755
    assert mode("usr/bin/servicepunkt") == 0o755
    assert mode("opt/servicepunkt/_internal/resources/note.txt") == 0o644
    launcher = (unpacked / "usr/bin/servicepunkt").read_text(encoding="utf-8")
    assert 'exec /opt/servicepunkt/servicepunkt "$@"' in launcher

    listing = subprocess.run(
        ["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    assert all(" root/root " in line for line in listing.splitlines())


def test_missing_frozen_build_is_explained(tmp_path: Path) -> None:
    with pytest.raises(build_deb.BuildError, match="build the app first"):
        build_deb.build_deb(tmp_path / "nothing", tmp_path / "out", tmp_path / "work")
