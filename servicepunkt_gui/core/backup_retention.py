"""Which automatic backups to keep: generations by day, week and month.

Robust to what goes wrong on real laptops:

- *a wrong clock*: "newest" is the order in which backups were made (their sequence
  number), never the time in their names. The backup just made is always among the kept
  ones, and a time from a clock far ahead takes no week or month for itself.
- *a bad week*: when the file has lost most of its records (replaced by an empty one, or
  mass deletion), the most recent backup that still held them is kept however old it is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from servicepunkt_gui.core.backup_files import BackupFile, contents


@dataclass(frozen=True)
class Generations:
    days: int = 7  # the most recently made automatic backups
    weeks: int = 4  # and the newest of each of the last weeks
    months: int = 12  # and the newest of each of the last months


DEFAULT_GENERATIONS = Generations()
# A time more than this far ahead of the clock now came from a clock that was wrong.
_PLAUSIBLE_AHEAD = dt.timedelta(days=1)
# "Holds much less": under half the records, and at least this many fewer.
_MUCH_LESS_BY = 10


def record_count(path: Path) -> int:
    """How many of the user's records a backup holds (0 if it cannot be read)."""
    held = contents(path)
    return held.records if held is not None else 0


def to_delete(
    backups: list[BackupFile],
    now: dt.datetime,
    keep: Generations = DEFAULT_GENERATIONS,
    count: Callable[[Path], int] = record_count,
) -> list[BackupFile]:
    """The automatic ``backups`` (newest first, as ``list_backups`` gives them) to delete."""
    if not backups:
        return []
    kept = {b.path for b in backups[: keep.days]}
    plausible = sorted(
        (b for b in backups if b.made_at <= now + _PLAUSIBLE_AHEAD),
        key=lambda b: (b.made_at, b.sequence),
        reverse=True,
    )
    for bucket, how_many in (
        (lambda d: d.isocalendar()[:2], keep.weeks),
        (lambda d: (d.year, d.month), keep.months),
    ):
        newest_in: dict[object, BackupFile] = {}
        for backup in plausible:
            newest_in.setdefault(bucket(backup.made_at.date()), backup)
        for backup in list(newest_in.values())[:how_many]:
            kept.add(backup.path)
    candidates = [b for b in backups if b.path not in kept]
    if candidates:
        held = _holding_what_newer_ones_lost(backups[0], candidates, count)
        if held is not None:
            candidates.remove(held)
    return candidates


def _holding_what_newer_ones_lost(
    newest: BackupFile, candidates: list[BackupFile], count: Callable[[Path], int]
) -> BackupFile | None:
    """The most recent candidate holding far more records than the newest backup."""
    newest_count = count(newest.path)
    for candidate in candidates:  # most recently made first
        held = count(candidate.path)
        if held >= 2 * newest_count and held - newest_count >= _MUCH_LESS_BY:
            return candidate
    return None
