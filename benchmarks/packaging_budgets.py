#!/usr/bin/env python3
"""Measure the packaging budgets of docs/PERFORMANCE.md ("Packaging").

    bash packaging/build-linux.sh                                # builds what is measured
    .venv/bin/python benchmarks/packaging_budgets.py [--runs 9] [--check]

Measures, on this machine:

- the size of the one-folder build dist/Servicepunkt/ (budget: 160 MB),
- the size of the .deb in dist/ (budget: 52 MB),
- the start-up of ``--self-test --db <fresh file>``: the frozen executable against the
  source checkout (``.venv/bin/python -m servicepunkt_gui``), alternating, with one warm-up
  run each that is not counted; the frozen median may be at most 1.5 × the source median.

Every run gets a new database file and a private SERVICEPUNKT_HOME, and no display. Prints
a Markdown report (with the biggest files of the build); --check exits 1 if a budget is
missed. MB here means 10^6 bytes; MiB are given beside them.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FROZEN_DIR = ROOT / "dist" / "Servicepunkt"
FROZEN_EXE = FROZEN_DIR / "servicepunkt"
VENV_PYTHON = ROOT / ".venv" / "bin" / "python"

FOLDER_BUDGET_MB = 160
DEB_BUDGET_MB = 52
START_RATIO_BUDGET = 1.5


@dataclass(frozen=True)
class Timing:
    runs: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.runs)


def folder_size(folder: Path) -> int:
    """Bytes in regular files below folder (symbolic links count as nothing)."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def biggest_files(folder: Path, count: int) -> list[tuple[int, str]]:
    files = [
        (p.stat().st_size, str(p.relative_to(folder)))
        for p in folder.rglob("*")
        if p.is_file() and not p.is_symlink()
    ]
    return sorted(files, reverse=True)[:count]


def find_deb() -> Path:
    with (ROOT / "pyproject.toml").open("rb") as file:
        version = tomllib.load(file)["project"]["version"]
    debs = sorted((ROOT / "dist").glob(f"servicepunkt_{version}_*.deb"))
    if not debs:
        raise SystemExit("No .deb in dist/: run bash packaging/build-linux.sh first.")
    return debs[-1]


def time_self_test(command: list[str]) -> float:
    """Wall-clock seconds of one self-test on a fresh database; fails loudly if it fails."""
    with tempfile.TemporaryDirectory(prefix="servicepunkt-bench-") as scratch:
        env = {
            key: value
            for key, value in os.environ.items()
            if key not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
        }
        env["SERVICEPUNKT_HOME"] = str(Path(scratch) / "home")
        database = Path(scratch) / "fresh.sqlite3"
        started = time.perf_counter()
        result = subprocess.run(
            [*command, "--self-test", "--db", str(database)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} --self-test failed:\n{result.stdout}{result.stderr}")
    return elapsed


def time_both(runs: int) -> tuple[Timing, Timing]:
    frozen_cmd = [str(FROZEN_EXE)]
    source_cmd = [str(VENV_PYTHON), "-m", "servicepunkt_gui"]
    time_self_test(frozen_cmd)  # warm-up: fill the page cache, not counted
    time_self_test(source_cmd)
    frozen: list[float] = []
    source: list[float] = []
    for _ in range(runs):
        frozen.append(time_self_test(frozen_cmd))
        source.append(time_self_test(source_cmd))
    return Timing(frozen), Timing(source)


def megabytes(size: int) -> str:
    return f"{size / 1e6:.1f} MB ({size / 2**20:.1f} MiB)"


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=9, help="timed runs of each (default 9)")
    parser.add_argument("--top", type=int, default=15, help="biggest files to list")
    parser.add_argument("--check", action="store_true", help="exit 1 if a budget is missed")
    args = parser.parse_args(argv)
    if not FROZEN_EXE.is_file():
        raise SystemExit("No frozen build: run bash packaging/build-linux.sh first.")

    folder = folder_size(FROZEN_DIR)
    deb = find_deb()
    deb_size = deb.stat().st_size
    frozen, source = time_both(args.runs)
    ratio = frozen.median / source.median

    folder_ok = folder <= FOLDER_BUDGET_MB * 1e6
    deb_ok = deb_size <= DEB_BUDGET_MB * 1e6
    ratio_ok = ratio <= START_RATIO_BUDGET
    print(
        f"Measured {time.strftime('%Y-%m-%d')} on {os.cpu_count()} cores, {args.runs} runs each.\n"
    )
    print("| what | measured | budget | |")
    print("|---|---|---|---|")
    print(
        f"| one-folder build `dist/Servicepunkt/` | {megabytes(folder)} "
        f"| ≤ {FOLDER_BUDGET_MB} MB | {verdict(folder_ok)} |"
    )
    print(f"| `{deb.name}` | {megabytes(deb_size)} | ≤ {DEB_BUDGET_MB} MB | {verdict(deb_ok)} |")
    print(
        f"| `--self-test` start, frozen / source (medians {frozen.median:.2f} s / "
        f"{source.median:.2f} s) | {ratio:.2f} × | ≤ {START_RATIO_BUDGET} × | {verdict(ratio_ok)} |"
    )
    print()
    print("frozen runs (s): " + " ".join(f"{t:.2f}" for t in frozen.runs))
    print("source runs (s): " + " ".join(f"{t:.2f}" for t in source.runs))
    print(f"\nBiggest files of dist/Servicepunkt/ (top {args.top}):\n")
    for size, name in biggest_files(FROZEN_DIR, args.top):
        print(f"- {size / 1e6:6.1f} MB  `{name}`")
    if args.check and not (folder_ok and deb_ok and ratio_ok):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
