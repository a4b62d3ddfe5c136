"""requirements.lock: pinned with hashes, satisfies pyproject.toml, and is what gets installed."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.packaging.conftest import ROOT, load_script

LOCK = ROOT / "requirements.lock"
bootstrap = load_script("scripts/bootstrap.py")


def locked() -> dict[str, tuple[str, Marker | None, list[str]]]:
    """name -> (version, marker, hashes), from the lock's "name==version ; marker \\" blocks."""
    text = LOCK.read_text(encoding="utf-8")
    entries: dict[str, tuple[str, Marker | None, list[str]]] = {}
    for block in re.split(r"\n(?=[A-Za-z0-9])", "\n" + text):
        lines = [line.strip().rstrip("\\").strip() for line in block.strip().splitlines()]
        lines = [line for line in lines if line and not line.startswith("#")]
        if not lines:
            continue
        requirement = Requirement(lines[0])
        specifiers = list(requirement.specifier)
        assert len(specifiers) == 1 and specifiers[0].operator == "==", lines[0]
        hashes = [line.removeprefix("--hash=") for line in lines[1:]]
        assert all(line.startswith("--hash=sha256:") for line in lines[1:]), block
        name = canonicalize_name(requirement.name)
        assert name not in entries, f"{name} is pinned twice"
        entries[name] = (specifiers[0].version, requirement.marker, hashes)
    return entries


def pyproject_requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    return [Requirement(r) for r in [*project["dependencies"], *extras["dev"], *extras["build"]]]


def test_every_pin_has_hashes() -> None:
    entries = locked()
    assert len(entries) > 20
    for name, (_version, _marker, hashes) in entries.items():
        assert hashes, f"{name} has no hash"
        assert all(re.fullmatch(r"sha256:[0-9a-f]{64}", h) for h in hashes), name


def test_lock_satisfies_pyproject() -> None:
    """Changed a dependency in pyproject.toml? Regenerate the lock (its header says how)."""
    entries = locked()
    for requirement in pyproject_requirements():
        name = canonicalize_name(requirement.name)
        assert name in entries, f"{requirement} is not in requirements.lock"
        version = entries[name][0]
        assert requirement.specifier.contains(version, prereleases=True), (
            f"requirements.lock pins {name}=={version}, pyproject.toml asks for {requirement}"
        )


def test_lock_covers_windows_and_macos_builds() -> None:
    """Resolved for every platform: PyInstaller's Windows and macOS helpers are in it too."""
    entries = locked()
    for name, platform in (
        ("pefile", "win32"),
        ("pywin32-ctypes", "win32"),
        ("macholib", "darwin"),
    ):
        assert name in entries
        marker = entries[name][1]
        assert marker is not None and marker.evaluate({"sys_platform": platform})
    # PySide6: a wheel for each of Linux, Windows and macOS (x86-64 and arm64) at least.
    assert len(entries["pyside6-essentials"][2]) >= 3


def test_this_environment_is_the_locked_one() -> None:
    """CI and bootstrap.py install exactly the lock; a drifted .venv tests other libraries."""
    for name, (version, marker, _hashes) in locked().items():
        if marker is not None and not marker.evaluate():
            continue
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            raise AssertionError(
                f"{name} is locked but not installed: python3 scripts/bootstrap.py setup"
            ) from None
        assert installed == version, (
            f"{name} {installed} is installed, the lock says {version}: "
            "python3 scripts/bootstrap.py setup (or delete .venv/.servicepunkt-installed first)"
        )


def test_bootstrap_installs_from_the_lock_with_hashes() -> None:
    first, second = bootstrap.install_commands(Path("/venv/bin/python"))
    assert first[-3:] == ["--require-hashes", "-r", str(bootstrap.LOCK_FILE)]
    assert bootstrap.LOCK_FILE == LOCK
    assert second[-4:] == ["--no-deps", "--no-build-isolation", "-e", "."]


def test_install_stamp_follows_the_lock() -> None:
    """bootstrap.py reinstalls when the lock changes, not only when pyproject.toml does."""
    source = (ROOT / "scripts" / "bootstrap.py").read_text(encoding="utf-8")
    assert "digest.update(LOCK_FILE.read_bytes())" in source


def test_installer_builds_install_nothing_without_hashes() -> None:
    """Every pip install in the build scripts and recipes goes through the lock."""
    files = [
        ROOT / "packaging" / "build-linux.sh",
        ROOT / "packaging" / "macos" / "README.md",
        ROOT / "packaging" / "macos" / "make_dmg.sh",
        ROOT / "packaging" / "windows" / "servicepunkt.iss",
        ROOT / "build.spec",
    ]
    for path in files:
        for line in path.read_text(encoding="utf-8-sig").splitlines():
            if "pip install" in line and "--no-deps" not in line:
                assert "--require-hashes" in line, f"{path.name}: {line.strip()}"
    assert "bootstrap.py setup" in (ROOT / "packaging" / "build-linux.sh").read_text()
