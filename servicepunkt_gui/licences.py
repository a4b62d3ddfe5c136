"""The licences of Servicepunkt and of everything its bundles ship, as one plain text.

Used by Hjälp → Om Servicepunkt → Licenser… (``ui/shell/about.py``) and written into every
frozen build by ``build.spec`` (``write_licence_file``). Made from the installed packages'
metadata, so it never falls behind the lock file. Needs no Qt widgets (only Qt's version).
"""

from __future__ import annotations

import re
import sys
import textwrap
from collections.abc import Iterable, Sequence
from importlib import metadata
from pathlib import Path

from servicepunkt_gui import APP_NAME, __version__
from servicepunkt_gui.resources import resource_path

DIST_NAME = "servicepunkt"
# Below resources/: the generated file of a frozen build, and the GNU texts shipped everywhere.
LICENCE_FILE = ("licenses", "THIRD-PARTY-LICENSES.txt")
LGPL_FILE = ("licenses", "LGPL-3.0.txt")
GPL_FILE = ("licenses", "GPL-3.0.txt")
# Who answers the written offer for Qt's source code (also the .deb's maintainer address).
SOURCE_OFFER_CONTACT = "Servicepunkt-teamet <servicepunkt@servicepunkt.se>"
_CHECKOUT_LICENSE = Path(__file__).resolve().parents[1] / "LICENSE"
_RULE = "=" * 78
_LINE = "-" * 78


def licence_text() -> str:
    """The frozen build's generated file if there is one, else made from the installed metadata."""
    bundled = resource_path(*LICENCE_FILE)
    if bundled.is_file():
        return bundled.read_text(encoding="utf-8")
    return build_licence_text()


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_name(requirement: str) -> str | None:
    """The name in a Requires-Dist entry, or None for one that only an extra asks for."""
    name, _, marker = requirement.partition(";")
    if "extra" in marker:
        return None
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", name)
    return match.group(1) if match else None


def shipped_distributions(root: str = DIST_NAME) -> list[metadata.Distribution]:
    """root's run-time dependencies as installed, recursively and without extras, by name.

    A dependency whose environment marker does not apply here is not installed, so it is
    left out as well (``tomli; python_version < "3.11"``).
    """
    found: dict[str, metadata.Distribution] = {}
    todo, seen = [root], set()
    while todo:
        name = _normalise(todo.pop())
        if name in seen:
            continue
        seen.add(name)
        try:
            distribution = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        if name != _normalise(root):
            found[name] = distribution
        for requirement in distribution.requires or []:
            dependency = _requirement_name(requirement)
            if dependency:
                todo.append(dependency)
    return sorted(found.values(), key=lambda d: _normalise(d.metadata["Name"]))


_LICENCE_NAME = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)


def licence_files(distribution: metadata.Distribution) -> list[tuple[str, str]]:
    """(name, text) of each licence file in a distribution's metadata folder.

    The License-File entries first (PEP 639 puts them in ``licenses/``, older tools beside
    METADATA); without any, files of the metadata folder named like a licence.
    """
    texts: list[tuple[str, str]] = []
    for name in distribution.metadata.get_all("License-File") or []:
        text = distribution.read_text(f"licenses/{name}") or distribution.read_text(name)
        if text:
            texts.append((name, text))
    if texts:
        return texts
    for path in distribution.files or []:
        if ".dist-info" in str(path) and _LICENCE_NAME.search(path.name):
            text = path.read_text(encoding="utf-8")
            texts.append((path.name, text))
    return texts


def _field(distribution: metadata.Distribution, key: str) -> str:
    meta = distribution.metadata
    return str(meta[key] or "") if key in meta else ""


def licence_name(distribution: metadata.Distribution) -> str:
    """The SPDX expression, else the License field if it is a name, else the classifiers."""
    meta = distribution.metadata
    expression = _field(distribution, "License-Expression")
    if expression:
        return expression
    field = _field(distribution, "License").strip()
    if field and "\n" not in field and len(field) <= 100:
        return field
    classifiers = [
        c.split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::")
    ]
    return ", ".join(classifiers) or "see the licence text below"


def _homepage(distribution: metadata.Distribution) -> str:
    meta = distribution.metadata
    for url in meta.get_all("Project-URL") or []:
        label, _, address = url.partition(",")
        if label.strip().lower() in ("homepage", "home", "source", "repository"):
            return str(address).strip()
    return _field(distribution, "Home-page")


def _heading(title: str) -> str:
    return f"{_RULE}\n{title}\n{_RULE}\n"


def _own_licence() -> str:
    try:
        texts = licence_files(metadata.distribution(DIST_NAME))
    except metadata.PackageNotFoundError:
        texts = []
    if texts:
        return texts[0][1]
    if _CHECKOUT_LICENSE.is_file():
        return _CHECKOUT_LICENSE.read_text(encoding="utf-8")
    return "MIT License, Copyright (c) 2026 Servicepunkt-teamet\n"


REFERENCE_DATA = """\
The reference data in resources/data/ comes from these sources:

- counties.csv and municipalities.csv: the county (län) and municipality (kommun) codes
  and names of Statistics Sweden (SCB), taken from the public dataset "Swedish Geodata"
  (https://github.com/sjbrg/swedish-geodata), released under CC0 1.0 Universal
  (public domain dedication, https://creativecommons.org/publicdomain/zero/1.0/).
- municipalities.geojson (and map-*.json, the same outlines projected to SWEREF 99 TM):
  simplified outlines of the 290 municipalities from the public dataset okfse/sweden-geojson
  (https://github.com/okfse/sweden-geojson), simplified from the Swedish Election
  Authority's (Valmyndigheten) open municipality borders, published for free reuse.
- programmes.json: facts about Tillväxtverket's programmes "Pilotkommuner för
  serviceutveckling" (2012-2015) and "Lokala servicelösningar" (2010-2013), from
  Tillväxtverket's public page on the pilot municipalities and its final report
  (rapport 0196, 2016).
"""


def qt_notice(pyside_version: str, qt_version: str) -> str:
    """Qt's LGPL-3.0 notice: what is used, how it can be replaced, where its source is."""
    return f"""\
Servicepunkt uses the Qt {qt_version} libraries and Qt for Python {pyside_version}
(PySide6 and Shiboken6) of The Qt Company Ltd. and other contributors, from the
PySide6-Essentials and shiboken6 distributions on PyPI, unmodified. They are
licensed under LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only; Servicepunkt uses
them under the GNU Lesser General Public License version 3 (LGPL-3.0), whose
text, with the GNU General Public License version 3 it adds to, ends this file.

Qt and PySide6 are separate shared libraries: in the installed app they are the
files below _internal/PySide6/ (Qt's in _internal/PySide6/Qt/lib, or
Contents/Frameworks/PySide6 on macOS) and, on Linux, the links to them at the
top of _internal/. You may replace them with your own build of the same Qt
{qt_version} and Qt for Python {pyside_version}, modified or not, and you may
reverse-engineer the app as far as needed to debug such modifications.

Source code of exactly these versions:
- Qt {qt_version}: https://download.qt.io/official_releases/qt/
  and https://code.qt.io/cgit/qt/qt5.git/ (tag v{qt_version});
- Qt for Python {pyside_version}: https://download.qt.io/official_releases/QtForPython/
  and https://code.qt.io/cgit/pyside/pyside-setup.git/ (tag v{pyside_version}).

Written offer: for at least three years after we last distribute this version of
Servicepunkt, {SOURCE_OFFER_CONTACT} gives anyone who asks
a copy of the complete corresponding source code of the Qt and Qt for Python
versions named above, on a medium customarily used for software interchange, for
no more than the cost of physically performing that distribution.
"""


def _qt_versions() -> tuple[str, str]:
    import PySide6
    from PySide6.QtCore import qVersion

    return str(PySide6.__version__), str(qVersion())


def _resource_text(parts: Sequence[str]) -> str:
    return resource_path(*parts).read_text(encoding="utf-8")


def build_licence_text(
    distributions: Iterable[metadata.Distribution] | None = None,
    extra_sections: Sequence[tuple[str, str]] = (),
) -> str:
    """The whole licence text: Servicepunkt, its data, Qt, each library, then the GNU texts.

    distributions defaults to :func:`shipped_distributions`; extra_sections are (title,
    text) pairs for what a frozen build adds (the Python interpreter and so on).
    """
    if distributions is None:
        distributions = shipped_distributions()
    distributions = list(distributions)
    pyside_version, qt_version = _qt_versions()
    names = [f"{d.metadata['Name']} {d.version}" for d in distributions]
    names += [title for title, _text in extra_sections]
    intro = (
        "Servicepunkt's own licence, where its reference data comes from, the notice for Qt "
        "and Qt for Python (LGPL-3.0), the licences of what comes with it "
        f"({', '.join(names)}) and at the end the full texts of the GNU LGPL and GPL version 3."
    )
    parts = [
        f"{APP_NAME} {__version__}: licences\n\n" + textwrap.fill(intro, 78) + "\n",
        _heading(f"1. {APP_NAME} {__version__}") + "\n" + _own_licence(),
        _heading("2. Reference data") + "\n" + REFERENCE_DATA,
        _heading("3. Qt and Qt for Python (LGPL-3.0)")
        + "\n"
        + qt_notice(pyside_version, qt_version),
        _heading("4. Python libraries"),
    ]
    for distribution in distributions:
        meta = distribution.metadata
        block = f"{_LINE}\n{meta['Name']} {distribution.version}\n"
        block += f"Licence: {licence_name(distribution)}\n"
        if home := _homepage(distribution):
            block += f"Home: {home}\n"
        files = licence_files(distribution)
        if not files:
            block += (
                "\nNo licence file comes with it: its licence is the one named above\n"
                "(for Qt and Qt for Python: section 3 and the texts at the end of this file).\n"
            )
        for name, text in files:
            block += f"\n--- {name} ---\n\n{text.rstrip()}\n"
        parts.append(block)
    for number, (title, text) in enumerate(extra_sections, start=5):
        parts.append(_heading(f"{number}. {title}") + "\n" + text.rstrip() + "\n")
    parts.append(
        _heading("GNU Lesser General Public License, version 3") + "\n" + _resource_text(LGPL_FILE)
    )
    parts.append(
        _heading("GNU General Public License, version 3") + "\n" + _resource_text(GPL_FILE)
    )
    return "\n\n".join(part.rstrip("\n") for part in parts) + "\n"


# --- what a frozen build adds (build.spec) ----------------------------------------------------

PYTHON_FALLBACK = """\
Python {version}, Copyright (c) 2001 Python Software Foundation; All Rights Reserved.
Licensed under the Python Software Foundation License Version 2 (PSF-2.0):
https://docs.python.org/{major_minor}/license.html
"""

UNICODE_LICENCE = """\
ICU (International Components for Unicode), bundled with Qt on Linux as
libicudata, libicuuc and libicui18n. Copyright (c) 2016 and later Unicode, Inc.
and others. Licensed under the Unicode License v3 (Unicode-3.0),
https://www.unicode.org/license.txt:

Permission is hereby granted, free of charge, to any person obtaining a copy of
data files and any associated documentation (the "Data Files") or software and
any associated documentation (the "Software") to deal in the Data Files or
Software without restriction, including without limitation the rights to use,
copy, modify, merge, publish, distribute, and/or sell copies of the Data Files
or Software, and to permit persons to whom the Data Files or Software are
furnished to do so, provided that either (a) this copyright and permission
notice appear with all copies of the Data Files or Software, or (b) this
copyright and permission notice appear in associated Documentation.

THE DATA FILES AND SOFTWARE ARE PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND,
EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF
MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT OF THIRD
PARTY RIGHTS. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR HOLDERS INCLUDED IN THIS
NOTICE BE LIABLE FOR ANY CLAIM, OR ANY SPECIAL INDIRECT OR CONSEQUENTIAL
DAMAGES, OR ANY DAMAGES WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS,
WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING
OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THE DATA FILES OR
SOFTWARE.

Except as contained in this notice, the name of a copyright holder shall not be
used in advertising or otherwise to promote the sale, use or other dealings in
these Data Files or Software without prior written authorization of the
copyright holder.
"""


def python_licence() -> str:
    """The licence of the interpreter that runs this (a frozen build bundles it)."""
    major_minor = f"{sys.version_info[0]}.{sys.version_info[1]}"
    base = Path(sys.base_prefix)
    for candidate in (base / "lib" / f"python{major_minor}" / "LICENSE.txt", base / "LICENSE.txt"):
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8")
    version = ".".join(str(part) for part in sys.version_info[:3])
    return PYTHON_FALLBACK.format(version=version, major_minor=major_minor)


def bundle_sections() -> list[tuple[str, str]]:
    """What PyInstaller adds to a frozen build besides the Python libraries."""
    version = ".".join(str(part) for part in sys.version_info[:3])
    sections = [(f"Python {version}", python_licence())]
    try:
        pyinstaller = metadata.distribution("pyinstaller")
    except metadata.PackageNotFoundError:
        pass
    else:
        text = "\n\n".join(text.rstrip() for _name, text in licence_files(pyinstaller))
        sections.append(
            (
                f"PyInstaller {pyinstaller.version} bootloader",
                "The program that starts the frozen app (servicepunkt, Servicepunkt.exe) is\n"
                "PyInstaller's bootloader, under the GPL-2.0-or-later with the PyInstaller\n"
                "exception, which allows it to run and distribute programs under any licence.\n\n"
                + text,
            )
        )
    import PySide6

    qt_lib = Path(PySide6.__file__).parent / "Qt" / "lib"
    if any(qt_lib.glob("libicu*")):
        sections.append(("ICU", UNICODE_LICENCE))
    return sections


def write_licence_file(path: Path, *, frozen: bool = True) -> Path:
    """Write the licence text to path (build.spec: the frozen build's file)."""
    text = build_licence_text(extra_sections=bundle_sections() if frozen else ())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
