"""Read an exchange file without trusting it: nothing is extracted to disk, ever.

Each member is decompressed in memory through a counter, never by the sizes its headers
claim (a zip bomb lies there): past the caps, or past a ratio to the file's own size, it is
refused. Every refusal is an ``ExchangeFileError`` with one Swedish sentence; the content
is then checked field by field (``validate``) before anything may be written.
"""

from __future__ import annotations

import json
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from servicepunkt_gui.core.exchange.errors import ExchangeFileError, ExchangeProblem
from servicepunkt_gui.core.exchange.fileformat import (
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    MEMBERS,
    RECORDS,
    ExchangeFile,
)
from servicepunkt_gui.core.exchange.validate import parse_manifest, parse_records
from servicepunkt_gui.core.progress import NO_PROGRESS, Progress

GIB = 1 << 30
MIB = 1 << 20
_CHUNK = MIB


@dataclass(frozen=True)
class ReadLimits:
    """Caps on what a file may be. Far above any real exchange (a county's notes of ten
    years are some megabytes), low enough that a hostile file cannot fill the memory."""

    max_file_bytes: int = GIB
    max_uncompressed_bytes: int = 2 * GIB
    max_manifest_bytes: int = MIB
    # JSON packs some 5-20 times; a bomb packs thousands of times. Below the floor any
    # ratio is allowed (a tiny file of repeated text is no danger).
    max_ratio: int = 100
    ratio_floor_bytes: int = 64 * MIB


DEFAULT_LIMITS = ReadLimits()


def _size_text(size: int) -> str:
    if size >= GIB:
        return f"{size / GIB:.0f} GB".replace(".", ",")
    return f"{max(1, round(size / MIB))} MB"


def read_exchange_file(
    path: Path, progress: Progress = NO_PROGRESS, *, limits: ReadLimits = DEFAULT_LIMITS
) -> ExchangeFile:
    """The checked content of the exchange file at ``path``; ``ExchangeFileError`` if it is
    not one, is damaged, hostile or holds anything that could not be stored as it is.

    Checks needing the receiving file (do the municipalities and the records referred to
    exist?) are made by ``preview_import``/``apply_import`` before they write.
    """
    try:
        size = path.stat().st_size
        if size > limits.max_file_bytes:
            raise ExchangeFileError(
                ExchangeProblem.TOO_LARGE, f"{size} bytes", limit=_size_text(limits.max_file_bytes)
            )
        with path.open("rb") as handle:
            magic = handle.read(4)
            _few_members(handle, size)
        return _read_zip(path, size, magic, progress, limits)
    except OSError as error:
        raise ExchangeFileError(ExchangeProblem.UNREADABLE, error.strerror or str(error)) from error


_END_OF_DIRECTORY = b"PK\x05\x06"
_MAX_MEMBERS = 16  # two are allowed; a few more get their own message
_MAX_DIRECTORY_BYTES = 64 * 1024


def _few_members(handle: BinaryIO, size: int) -> None:
    """Refuse a zip listing thousands of members before ``zipfile`` makes an object of each
    (a 1 GB file could list millions). Read from the end-of-directory record; without one
    the file is no zip, which ``zipfile`` says next."""
    tail = min(size, 22 + 0xFFFF)  # the record, and the longest comment it may have
    handle.seek(size - tail)
    data = handle.read(tail)
    at = data.rfind(_END_OF_DIRECTORY)
    if at < 0 or len(data) < at + 16:
        return
    entries, directory_bytes = struct.unpack("<HI", data[at + 10 : at + 16])
    if entries > _MAX_MEMBERS or directory_bytes > _MAX_DIRECTORY_BYTES:
        raise ExchangeFileError(ExchangeProblem.UNEXPECTED_CONTENT, f"{entries} delar")


def _read_zip(
    path: Path, size: int, magic: bytes, progress: Progress, limits: ReadLimits
) -> ExchangeFile:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, EOFError, ValueError, struct.error) as error:
        # A zip whose end is cut off (half copied) still starts as one.
        problem = ExchangeProblem.DAMAGED if magic == b"PK\x03\x04" else ExchangeProblem.NOT_A_ZIP
        raise ExchangeFileError(problem, str(error)) from error
    with archive:
        members = _members(archive)
        manifest_bytes = _member(archive, members[MANIFEST], size, progress, limits, manifest=True)
        manifest_json = _json(manifest_bytes, MANIFEST)
        _check_format(manifest_json)
        records_bytes = _member(archive, members[RECORDS], size, progress, limits, manifest=False)
    manifest = parse_manifest(manifest_json)
    return parse_records(manifest, _json(records_bytes, RECORDS), progress)


def _unsafe(name: str) -> bool:
    """A name that would land outside the folder if someone extracted it (zip slip)."""
    if "\\" in name or name.startswith("/") or ":" in name or "\x00" in name:
        return True
    return ".." in PurePosixPath(name).parts


def _members(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    for info in infos:
        if _unsafe(info.filename):
            raise ExchangeFileError(ExchangeProblem.UNSAFE_PATH, info.filename)
    names = [info.filename for info in infos]
    if MANIFEST not in names:
        problem = ExchangeProblem.MISSING_MANIFEST if RECORDS in names else ExchangeProblem.NOT_OURS
        raise ExchangeFileError(problem, ", ".join(names[:5]) or "tom zip-fil")
    extra = [name for name in names if name not in MEMBERS]
    if extra:
        raise ExchangeFileError(ExchangeProblem.UNEXPECTED_CONTENT, extra[0])
    if len(names) != len(set(names)):
        raise ExchangeFileError(ExchangeProblem.UNEXPECTED_CONTENT, "samma namn två gånger")
    if RECORDS not in names:
        raise ExchangeFileError(ExchangeProblem.MISSING_RECORDS, ", ".join(names))
    return {info.filename: info for info in infos}


def _member(
    archive: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    file_size: int,
    progress: Progress,
    limits: ReadLimits,
    manifest: bool,
) -> bytes:
    """The member's bytes, read in chunks through the caps (header sizes are not trusted)."""
    cap = limits.max_manifest_bytes if manifest else limits.max_uncompressed_bytes
    ratio_cap = max(limits.ratio_floor_bytes, limits.max_ratio * max(file_size, 1))
    parts: list[bytes] = []
    read = 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                read += len(chunk)
                if read > ratio_cap:
                    raise ExchangeFileError(ExchangeProblem.ZIP_BOMB, f"{info.filename}: {read}")
                if read > cap:
                    raise ExchangeFileError(
                        ExchangeProblem.TOO_LARGE, f"{info.filename}: {read}", limit=_size_text(cap)
                    )
                parts.append(chunk)
                progress.step(read, max(read, info.file_size))  # the header: a guess only
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError) as error:
        raise ExchangeFileError(ExchangeProblem.DAMAGED, f"{info.filename}: {error}") from error
    except (NotImplementedError, RuntimeError) as error:  # encrypted, unknown compression
        raise ExchangeFileError(ExchangeProblem.NOT_OURS, f"{info.filename}: {error}") from error
    return b"".join(parts)


def _reject_constant(name: str) -> object:
    raise ValueError(f"{name} is not JSON")


def _json(data: bytes, name: str) -> object:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ExchangeFileError(ExchangeProblem.NOT_UTF8, f"{name}: {error}") from error
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except (ValueError, RecursionError) as error:
        raise ExchangeFileError(ExchangeProblem.INVALID_JSON, f"{name}: {error}") from error


def _check_format(manifest: object) -> None:
    """Ours, and a version this app reads: before the (large) records are even opened."""
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise ExchangeFileError(ExchangeProblem.NOT_OURS, "manifest.json: format")
    version = manifest.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ExchangeFileError(ExchangeProblem.WRONG_TYPE, "manifest.json, fältet version")
    if version > FORMAT_VERSION:
        raise ExchangeFileError(
            ExchangeProblem.NEWER_VERSION,
            f"version {version}",
            found=version,
            supported=FORMAT_VERSION,
        )
