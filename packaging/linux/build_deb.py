#!/usr/bin/env python3
"""Build the Debian package of Servicepunkt from the one-folder PyInstaller build.

    .venv/bin/pyinstaller --noconfirm build.spec        # makes dist/Servicepunkt/
    .venv/bin/python packaging/linux/build_deb.py       # makes dist/servicepunkt_<v>_<arch>.deb

(packaging/build-linux.sh runs both, with checks.) What the package installs:

    /opt/servicepunkt/                     the frozen app (executable + _internal/)
    /usr/bin/servicepunkt                  a launcher script
    /usr/share/applications/se.servicepunkt.Servicepunkt.desktop
    /usr/share/metainfo/se.servicepunkt.Servicepunkt.metainfo.xml   AppStream (software centres)
    /usr/share/icons/hicolor/*/apps/se.servicepunkt.Servicepunkt.{png,svg}
    /usr/share/doc/servicepunkt/           copyright, changelog.gz (the licence texts of
                                           everything bundled are in the frozen app:
                                           _internal/resources/licenses/, see build.spec)
    /usr/share/man/man1/servicepunkt.1.gz
    /usr/share/lintian/overrides/servicepunkt

The system libraries the app needs (X11/xcb, Wayland, fontconfig, D-Bus, OpenGL ...) are
not bundled (build.spec leaves them out); Depends lists the packages that provide them,
as computed by dpkg-shlibdeps from the bundled programs and libraries. The package is
never installed here: CI unpacks it with ``dpkg-deb -x`` and runs its self-test.

Standard library only; needs dpkg-deb, dpkg-shlibdeps (dpkg-dev), readelf (binutils),
patchelf and ldconfig.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Iterable, Iterator, Sequence
from email.utils import formatdate
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
PACKAGE = "servicepunkt"
APP_ID = "se.servicepunkt.Servicepunkt"
INSTALL_DIR = Path("opt") / PACKAGE
EXECUTABLE = "servicepunkt"
DEFAULT_FROZEN = ROOT / "dist" / "Servicepunkt"
DEFAULT_OUT = ROOT / "dist"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
# Override with DEB_MAINTAINER="Name <address>" for builds that IT signs or publishes.
DEFAULT_MAINTAINER = "Servicepunkt-teamet <servicepunkt@servicepunkt.se>"
SUMMARY = "service planning for Swedish municipalities"
DESCRIPTION = """\
Servicepunkt is a desktop app for Swedish municipal officials who work on
commercial and public service in rural and sparsely populated areas. It keeps
notes on all 290 municipalities, with their county and their part in
Tillväxtverket's programmes, in one SQLite file per user, and works offline.
The user interface is in Swedish, with English available.
.
This package holds the app frozen with PyInstaller, including its own Python
and Qt libraries, in /opt/servicepunkt."""
ELF_MAGIC = b"\x7fELF"
LAUNCHER = f"""\
#!/bin/sh
# Servicepunkt lives in /{INSTALL_DIR}; see /usr/share/doc/{PACKAGE}/.
exec /{INSTALL_DIR}/{EXECUTABLE} "$@"
"""


class BuildError(RuntimeError):
    """The package cannot be built; the message says what to do."""


# --- facts ------------------------------------------------------------------------------------


def project_version(pyproject: Path = ROOT / "pyproject.toml") -> str:
    """The version in pyproject.toml's [project] table (the only place it is kept)."""
    with pyproject.open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def debian_version(version: str) -> str:
    """A PEP 440 version as a Debian version: pre-releases sort before the release."""
    return re.sub(r"(\d)(a|b|rc)(\d+)$", r"\1~\2\3", version).replace(".dev", "~dev")


def architecture() -> str:
    return _run(["dpkg", "--print-architecture"]).strip()


def build_time() -> int:
    """SOURCE_DATE_EPOCH, else the time of the last commit, else now (reproducible builds)."""
    if value := os.environ.get("SOURCE_DATE_EPOCH"):
        return int(value)
    try:
        return int(_run(["git", "-C", str(ROOT), "log", "-1", "--format=%ct"]).strip())
    except (BuildError, ValueError):
        return int(time.time())


def _run(command: Sequence[str], cwd: Path | None = None) -> str:
    try:
        result = subprocess.run(list(command), cwd=cwd, capture_output=True, text=True, check=False)
    except FileNotFoundError as error:
        raise BuildError(f"{command[0]} is not installed ({error})") from error
    if result.returncode != 0:
        raise BuildError(
            f"{' '.join(command)} failed with exit code {result.returncode}:\n"
            f"{result.stderr.strip() or result.stdout.strip()}"
        )
    return result.stdout


# --- ELF files and their dependencies ---------------------------------------------------------


def is_elf(path: Path) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as file:
        return file.read(4) == ELF_MAGIC


def elf_files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*") if is_elf(path))


_NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]")


def needed_libraries(path: Path) -> list[str]:
    """The sonames an ELF file asks the dynamic loader for (readelf -d)."""
    return _NEEDED.findall(_run(["readelf", "-d", str(path)]))


def system_libraries() -> set[str]:
    """Sonames the dynamic loader of this machine knows (ldconfig -p)."""
    output = _run(["/sbin/ldconfig", "-p"])
    return {line.split()[0] for line in output.splitlines()[1:] if line.strip()}


def unresolved_libraries(frozen: Path) -> dict[str, list[str]]:
    """Libraries needed by the bundle that neither the bundle nor this machine provides.

    dpkg-shlibdeps can only name the package of a library that is installed here, so
    these must be installed before building. Maps soname -> files that need it.
    """
    bundled = {path.name for path in frozen.rglob("*") if ".so" in path.name}
    known = system_libraries()
    missing: dict[str, list[str]] = {}
    for path in elf_files(frozen):
        for soname in needed_libraries(path):
            if soname not in bundled and soname not in known:
                missing.setdefault(soname, []).append(str(path.relative_to(frozen)))
    return missing


def debian_packages_for(sonames: Iterable[str]) -> list[str]:
    """Debian packages for sonames, from scripts/bootstrap.py's table where it knows them."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from bootstrap import SONAME_TO_DEBIAN_PACKAGE
    finally:
        sys.path.pop(0)
    return sorted(
        {SONAME_TO_DEBIAN_PACKAGE.get(name, f"<package with {name}>") for name in sonames}
    )


def shlibs_depends(staging: Path) -> str:
    """The Depends line dpkg-shlibdeps computes for every ELF file below staging/opt."""
    frozen = staging / INSTALL_DIR
    files = elf_files(frozen)
    library_dirs = sorted({str(path.parent) for path in files if ".so" in path.name})
    with tempfile.TemporaryDirectory(prefix="servicepunkt-shlibdeps-") as scratch:
        # dpkg-shlibdeps wants to run in a source tree with debian/control.
        (Path(scratch) / "debian").mkdir()
        (Path(scratch) / "debian" / "control").write_text(
            f"Source: {PACKAGE}\n\nPackage: {PACKAGE}\nArchitecture: any\n", encoding="utf-8"
        )
        output = _run(
            [
                "dpkg-shlibdeps",
                "-O",
                # Bundled libraries belong to no package; their own needs are still followed.
                "--ignore-missing-info",
                *(f"-l{folder}" for folder in library_dirs),
                *(f"-e{path}" for path in files),
            ],
            cwd=Path(scratch),
        )
    for line in output.splitlines():
        if line.startswith("shlibs:Depends="):
            return line.split("=", 1)[1].strip()
    raise BuildError(f"dpkg-shlibdeps printed no shlibs:Depends line:\n{output}")


def clean_runpaths(tree: Path) -> list[Path]:
    """Drop RUNPATH/RPATH entries that point outside the bundle (patchelf).

    A Python built into its own prefix (pyenv, /opt/python ...) leaves that build folder
    in libpython and its extension modules; in the package it would make the loader look
    in a folder of the build machine. Entries relative to $ORIGIN (Qt's) stay. Returns
    the files changed.
    """
    changed = []
    for path in elf_files(tree):
        current = _run(["patchelf", "--print-rpath", str(path)]).strip()
        if not current:
            continue
        kept = [entry for entry in current.split(":") if entry.startswith("$ORIGIN")]
        if len(kept) == len(current.split(":")):
            continue
        if kept:
            _run(["patchelf", "--set-rpath", ":".join(kept), str(path)])
        else:
            _run(["patchelf", "--remove-rpath", str(path)])
        changed.append(path)
    return changed


# --- the package tree -------------------------------------------------------------------------


def _gzip(data: bytes, mtime: int) -> bytes:
    """gzip -9n: no file name, fixed time, so the result is reproducible."""
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=mtime) as gz:
        gz.write(data)
    return buffer.getvalue()


def _write(path: Path, data: bytes | str, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    path.chmod(mode)


def changelog(version: str, maintainer: str, when: int) -> str:
    return (
        f"{PACKAGE} ({version}) stable; urgency=medium\n\n"
        f"  * Servicepunkt {version}: see the project's repository for the changes.\n\n"
        f" -- {maintainer}  {formatdate(when, usegmt=False)}\n"
    )


def normalise_permissions(tree: Path) -> None:
    """Folders 755; files 644, except programs (ELF executables, scripts) 755.

    Shared libraries are 644 as Debian's policy asks; the wheel ships them executable.
    """
    for path in [tree, *tree.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
            continue
        with path.open("rb") as file:
            head = file.read(20)
        executable = head.startswith(b"#!") or (
            head.startswith(ELF_MAGIC) and len(head) >= 18 and head[16] == 2  # ET_EXEC
        )
        if path.name == EXECUTABLE and head.startswith(ELF_MAGIC):
            executable = True  # a position-independent executable says ET_DYN
        path.chmod(0o755 if executable else 0o644)


def installed_size_kib(tree: Path) -> int:
    total = 0
    for path in tree.rglob("*"):
        if "DEBIAN" in path.relative_to(tree).parts:
            continue
        total += 1 if path.is_symlink() or path.is_dir() else -(-path.stat().st_size // 1024)
    return total


def md5sums(tree: Path) -> str:
    lines = []
    for path in sorted(tree.rglob("*")):
        relative = path.relative_to(tree)
        if relative.parts[0] == "DEBIAN" or path.is_symlink() or not path.is_file():
            continue
        lines.append(f"{hashlib.md5(path.read_bytes()).hexdigest()}  {relative.as_posix()}")
    return "\n".join(lines) + "\n"


def control(fields: dict[str, str]) -> str:
    lines = []
    for key, value in fields.items():
        if key == "Description":
            summary, _, body = value.partition("\n")
            lines.append(f"Description: {summary}")
            lines.extend(f" {line}" if line.strip() else " ." for line in body.splitlines())
        else:
            lines.append(f"{key}: {value}")
    return "\n".join(lines) + "\n"


def stage(frozen: Path, staging: Path, version: str, maintainer: str, when: int) -> None:
    """Lay out the package's files below staging (without DEBIAN/)."""
    if staging.exists():
        shutil.rmtree(staging)
    shutil.copytree(frozen, staging / INSTALL_DIR, symlinks=True)
    clean_runpaths(staging / INSTALL_DIR)
    usr = staging / "usr"
    _write(usr / "bin" / PACKAGE, LAUNCHER, 0o755)
    desktop = (HERE / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    _write(usr / "share" / "applications" / f"{APP_ID}.desktop", desktop)
    metainfo = (HERE / f"{APP_ID}.metainfo.xml").read_bytes()
    _write(usr / "share" / "metainfo" / f"{APP_ID}.metainfo.xml", metainfo)
    icons = ROOT / "resources" / "icons"
    for size in ICON_SIZES:
        target = usr / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        _write(target, (icons / f"servicepunkt-{size}.png").read_bytes())
    scalable = usr / "share" / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    _write(scalable, (icons / "servicepunkt.svg").read_bytes())
    doc = usr / "share" / "doc" / PACKAGE
    _write(doc / "copyright", (HERE / "copyright").read_bytes())
    _write(doc / "changelog.gz", _gzip(changelog(version, maintainer, when).encode(), when))
    overrides = (HERE / "lintian-overrides").read_bytes()
    _write(usr / "share" / "lintian" / "overrides" / PACKAGE, overrides)
    man = (HERE / "servicepunkt.1").read_bytes()
    _write(usr / "share" / "man" / "man1" / f"{PACKAGE}.1.gz", _gzip(man, when))
    normalise_permissions(staging)


def build_deb(frozen: Path, out_dir: Path, work_dir: Path) -> Path:
    """Build the .deb from the frozen folder; returns its path."""
    executable = frozen / EXECUTABLE
    if not executable.is_file():
        raise BuildError(
            f"{executable} not found: build the app first "
            "(.venv/bin/pyinstaller --noconfirm build.spec, or bash packaging/build-linux.sh)"
        )
    missing = unresolved_libraries(frozen)
    if missing:
        details = "\n".join(
            f"  {name} (needed by {', '.join(files[:3])})" for name, files in missing.items()
        )
        raise BuildError(
            "The bundle needs system libraries that are not installed here, so their "
            f"packages cannot be named in Depends:\n{details}\n"
            f"Install them, then build again: apt install {' '.join(debian_packages_for(missing))}"
        )
    version = debian_version(project_version())
    arch = architecture()
    maintainer = os.environ.get("DEB_MAINTAINER", DEFAULT_MAINTAINER)
    when = build_time()
    staging = work_dir / f"{PACKAGE}_{version}_{arch}"
    stage(frozen, staging, version, maintainer, when)
    fields = {
        "Package": PACKAGE,
        "Version": version,
        "Architecture": arch,
        "Maintainer": maintainer,
        "Installed-Size": str(installed_size_kib(staging)),
        "Depends": shlibs_depends(staging),
        "Section": "misc",
        "Priority": "optional",
        "Description": f"{SUMMARY}\n{DESCRIPTION}",
    }
    _write(staging / "DEBIAN" / "control", control(fields))
    _write(staging / "DEBIAN" / "md5sums", md5sums(staging))
    out_dir.mkdir(parents=True, exist_ok=True)
    deb = out_dir / f"{PACKAGE}_{version}_{arch}.deb"
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(when))
    result = subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(staging), str(deb)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if result.returncode != 0:
        raise BuildError(f"dpkg-deb failed:\n{result.stderr.strip()}")
    return deb


def iter_lines(deb: Path) -> Iterator[str]:
    """The package's control fields (dpkg-deb -f), for the summary."""
    yield from _run(["dpkg-deb", "-f", str(deb)]).splitlines()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--frozen", type=Path, default=DEFAULT_FROZEN, help="one-folder build")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for the .deb")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "deb", help="staging folder (recreated)"
    )
    args = parser.parse_args(argv)
    try:
        deb = build_deb(args.frozen.resolve(), args.out.resolve(), args.work.resolve())
    except BuildError as error:
        print(f"build_deb: {error}", file=sys.stderr)
        return 1
    size = deb.stat().st_size
    print(f"built {deb} ({size / 2**20:.1f} MiB)")
    for line in iter_lines(deb):
        if line.startswith(("Version", "Installed-Size", "Depends")):
            print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
