"""Write a file so that it is either complete or absent: never half a report on disk.

The content goes to ``<name>.partial`` beside the target and is flushed to disk; only then
is it renamed over the target. Any exception (a full disk, a cancel) removes the partial
file and leaves an earlier file of the same name untouched.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

PARTIAL_SUFFIX = ".partial"


def partial_path(target: Path) -> Path:
    return target.with_name(target.name + PARTIAL_SUFFIX)


@contextlib.contextmanager
def written_atomically(target: Path) -> Iterator[Path]:
    """Yield the path to write to; on success it becomes ``target``, on failure it is removed.

    The writer may open the yielded path itself (libraries that want a file name) and must
    have closed it when the block ends.
    """
    partial = partial_path(target)
    try:
        yield partial
        _flush_to_disk(partial)
        partial.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise


def _flush_to_disk(path: Path) -> None:
    """fsync so a power cut after "Exporterad" does not leave an empty file behind."""
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())
