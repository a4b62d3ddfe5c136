"""The app icon: every platform's file is generated from the SVG, and the committed
files are what the script makes from the committed SVG."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtWidgets import QApplication

from servicepunkt_gui.resources import resource_path
from servicepunkt_gui.ui.shell.application import app_icon
from tests.packaging.conftest import ROOT, load_script

make_icons = load_script("scripts/make_icons.py")
ICONS = ROOT / "resources" / "icons"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory, qapp: QApplication) -> Path:
    """Icons made from the committed SVG into a fresh folder (qapp: painting needs Qt)."""
    out = tmp_path_factory.mktemp("icons")
    make_icons.make_icons(ICONS / "servicepunkt.svg", out)
    return out


def _icns_entries(data: bytes) -> list[tuple[bytes, QImage]]:
    magic, length = struct.unpack(">4sI", data[:8])
    assert magic == b"icns"
    assert length == len(data)
    entries = []
    offset = 8
    while offset < len(data):
        kind, size = struct.unpack(">4sI", data[offset : offset + 8])
        entries.append((kind, QImage.fromData(data[offset + 8 : offset + size])))
        offset += size
    assert offset == len(data)
    return entries


def test_script_writes_every_file(generated: Path) -> None:
    assert sorted(p.name for p in generated.iterdir()) == sorted(make_icons.output_names())


@pytest.mark.parametrize("size", [16, 22, 24, 32, 48, 64, 128, 256, 512])
def test_png_sizes(generated: Path, size: int) -> None:
    image = QImage(str(generated / f"servicepunkt-{size}.png"))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    # Transparent corners, an opaque middle: the pin, not a filled square.
    assert image.pixelColor(0, 0).alpha() == 0
    assert image.pixelColor(size // 2, size // 2).alpha() == 255


def test_ico_holds_every_windows_size(generated: Path) -> None:
    reader = QImageReader(str(generated / "servicepunkt.ico"))
    sizes = []
    for index in range(reader.imageCount()):
        assert reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        assert image.pixelColor(0, 0).alpha() == 0
        assert image.pixelColor(image.width() // 2, image.height() // 2).alpha() == 255
        sizes.append(image.width())
    assert sizes == list(make_icons.ICO_SIZES)


def test_icns_holds_every_macos_size(generated: Path) -> None:
    entries = _icns_entries((generated / "servicepunkt.icns").read_bytes())
    assert [kind for kind, _image in entries] == [kind for kind, _size in make_icons.ICNS_TYPES]
    for (_kind, image), (_same, size) in zip(entries, make_icons.ICNS_TYPES, strict=True):
        assert (image.width(), image.height()) == (size, size)


def _max_difference(first: QImage, second: QImage) -> int:
    first = first.convertToFormat(QImage.Format.Format_ARGB32)
    second = second.convertToFormat(QImage.Format.Format_ARGB32)
    assert first.size() == second.size()
    worst = 0
    for y in range(first.height()):
        for x in range(first.width()):
            a, b = first.pixelColor(x, y), second.pixelColor(x, y)
            worst = max(
                worst,
                abs(a.red() - b.red()),
                abs(a.green() - b.green()),
                abs(a.blue() - b.blue()),
                abs(a.alpha() - b.alpha()),
            )
    return worst


@pytest.mark.parametrize("size", [16, 32, 48, 128])
def test_committed_pngs_match_the_svg(generated: Path, size: int) -> None:
    """Edited the SVG? Run scripts/make_icons.py and commit its output."""
    name = f"servicepunkt-{size}.png"
    committed = QImage(str(ICONS / name))
    assert not committed.isNull(), f"{name} is missing: run scripts/make_icons.py"
    # A small tolerance: another Qt version may round antialiased edges differently.
    assert _max_difference(committed, QImage(str(generated / name))) <= 24, (
        f"{name} is out of date: run .venv/bin/python scripts/make_icons.py"
    )


def test_committed_ico_and_icns_exist() -> None:
    assert (ICONS / "servicepunkt.ico").stat().st_size > 1000
    assert (ICONS / "servicepunkt.icns").read_bytes()[:4] == b"icns"


def test_window_icon_has_every_size(qapp: QApplication) -> None:
    icon = app_icon()
    assert not icon.isNull()
    sizes = sorted(size.width() for size in icon.availableSizes())
    assert sizes == list(make_icons.PNG_SIZES)
    assert resource_path("icons", "servicepunkt-48.png").is_file()
