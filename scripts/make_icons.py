#!/usr/bin/env python3
"""Render the app icon's SVG source into the files each platform needs.

    .venv/bin/python scripts/make_icons.py            # writes into resources/icons/
    .venv/bin/python scripts/make_icons.py --out DIR  # somewhere else (tests)

From ``resources/icons/servicepunkt.svg`` (drawn by hand, the only source) it writes:

- ``servicepunkt-<N>.png`` for N in PNG_SIZES: the window icon and the Linux hicolor theme;
- ``servicepunkt.ico`` for Windows (the executable, shortcuts, the installer): 32-bit BMP
  images up to 64 px, which every Windows version and Inno Setup read, and a PNG at 256 px;
- ``servicepunkt.icns`` for the macOS app bundle (PNG images, 16 to 1024 px).

Commit the results: builds and the app use the committed files. Needs PySide6 (QtSvg
renders the SVG) and no display.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS_DIR = ROOT / "resources" / "icons"
SVG_NAME = "servicepunkt.svg"
BASE_NAME = "servicepunkt"

# Sizes of the PNG files: the freedesktop hicolor theme's usual sizes, which also cover
# the window icon at every scale Qt asks for.
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
# Windows: shell, taskbar and Explorer sizes (also at 125 % and 150 % scaling).
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)
ICO_PNG_FROM = 256  # from this size on, entries are PNG-compressed (Windows Vista and later)
# macOS: icon types that hold PNG data, and the pixel size of each.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),  # 16 pt @2x
    (b"icp6", 64),
    (b"ic12", 64),  # 32 pt @2x
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),  # 128 pt @2x
    (b"ic09", 512),
    (b"ic14", 512),  # 256 pt @2x
    (b"ic10", 1024),  # 512 pt @2x
)


def output_names() -> list[str]:
    """Every file this script writes, relative to the output folder."""
    return [
        *(f"{BASE_NAME}-{size}.png" for size in PNG_SIZES),
        f"{BASE_NAME}.ico",
        f"{BASE_NAME}.icns",
    ]


def _qt() -> None:
    """Start a QGuiApplication (needed for painting) without a display."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        app = QGuiApplication([sys.argv[0]])
        app.setObjectName("make_icons")  # kept alive by Qt until the process ends


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn into a transparent size × size square, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QImageWriter, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _qt()
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"PNG"))
    if not writer.write(image.convertToFormat(QImage.Format.Format_ARGB32)):
        raise RuntimeError(f"could not encode the {size} px icon as PNG: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def _bgra_rows(png: bytes) -> tuple[int, list[bytes]]:
    """Decode PNG bytes into (size, rows of non-premultiplied B, G, R, A bytes), top first."""
    from PySide6.QtGui import QImage

    image = QImage.fromData(png).convertToFormat(QImage.Format.Format_ARGB32)
    if image.isNull():
        raise ValueError("not a PNG image")
    width = image.width()
    bits = bytes(image.constBits())
    stride = image.bytesPerLine()
    # Format_ARGB32 is stored as 0xAARRGGBB words, that is B, G, R, A bytes on the
    # little-endian machines this runs on.
    if sys.byteorder != "little":
        raise RuntimeError("writing ICO files needs a little-endian machine")
    return width, [bits[row * stride : row * stride + width * 4] for row in range(image.height())]


def ico_bitmap(png: bytes) -> bytes:
    """One ICO image as a 32-bit DIB: BITMAPINFOHEADER, bottom-up BGRA rows, AND mask."""
    size, rows = _bgra_rows(png)
    mask_stride = ((size + 31) // 32) * 4
    mask_rows = []
    for row in rows:
        bits = bytearray(mask_stride)
        for x in range(size):
            if row[x * 4 + 3] == 0:  # fully transparent: set in the AND mask
                bits[x // 8] |= 0x80 >> (x % 8)
        mask_rows.append(bytes(bits))
    pixels = b"".join(reversed(rows))
    mask = b"".join(reversed(mask_rows))
    header = struct.pack(
        "<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, len(pixels) + len(mask), 0, 0, 0, 0
    )
    return header + pixels + mask


def build_ico(images: Iterable[tuple[int, bytes]]) -> bytes:
    """An ICO file from (size, PNG bytes) pairs, smallest first."""
    entries = []
    for size, png in sorted(images):
        entries.append((size, png if size >= ICO_PNG_FROM else ico_bitmap(png)))
    header = struct.pack("<HHH", 0, 1, len(entries))
    offset = len(header) + 16 * len(entries)
    directory = b""
    for size, data in entries:
        dimension = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        directory += struct.pack("<BBBBHHII", dimension, dimension, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + directory + b"".join(data for _size, data in entries)


def build_icns(images: Iterable[tuple[bytes, bytes]]) -> bytes:
    """An ICNS file from (icon type, PNG bytes) pairs."""
    body = b"".join(struct.pack(">4sI", kind, 8 + len(png)) + png for kind, png in images)
    return struct.pack(">4sI", b"icns", 8 + len(body)) + body


def make_icons(svg: Path, out_dir: Path) -> list[Path]:
    """Write every icon file into out_dir; returns the paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *(size for _kind, size in ICNS_TYPES)})
    png = {size: render_png(svg, size) for size in sizes}
    written = []
    for size in PNG_SIZES:
        path = out_dir / f"{BASE_NAME}-{size}.png"
        path.write_bytes(png[size])
        written.append(path)
    ico = out_dir / f"{BASE_NAME}.ico"
    ico.write_bytes(build_ico((size, png[size]) for size in ICO_SIZES))
    icns = out_dir / f"{BASE_NAME}.icns"
    icns.write_bytes(build_icns((kind, png[size]) for kind, size in ICNS_TYPES))
    return [*written, ico, icns]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--svg", type=Path, default=ICONS_DIR / SVG_NAME, help="source SVG")
    parser.add_argument("--out", type=Path, default=ICONS_DIR, help="output folder")
    args = parser.parse_args(argv)
    for path in make_icons(args.svg, args.out):
        print(f"wrote {path} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
