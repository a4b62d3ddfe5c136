#!/usr/bin/env python3
"""Export to Excel and CSV at scale: every municipality and all notes, timed.

    .venv/bin/python benchmarks/measure_export.py                  # 100,000 notes, 3 runs
    .venv/bin/python benchmarks/measure_export.py --notes 2000 --runs 1   # smoke run

The database is the suite's (run_benchmarks.py): ``generate_data.py --notes N`` with the
fixed seed, cached under ``--cache`` by note count, seed, generator and migrations, and
copied fresh for every run. Each run is a child process of its own (a private
SERVICEPUNKT_HOME, bytecode cache as in run_benchmarks.py) that opens the copy as the app
does (``store.open_store``, not timed) and then times what "Exportera" does:

- *xlsx*: ``core.tables.export_sheets`` for the whole country (all tables) in one read
  session, then ``export.xlsx_file.write_xlsx`` to a new file (synced to disk, renamed);
- *csv*: the notes table only (``kinds={TableKind.NOTES}``), then ``export.csv_file.write_csv``.

Both pass a real ``Progress`` that counts its steps, as the window's busy dialog does. The
figures are medians over ``--runs``; peak resident memory (VmHWM) is the child's. The goal
(xlsx within 15 s) is from the export work; ``--check`` exits 1 when it is missed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shlex
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import child_process  # benchmarks/child_process.py, beside this script

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
GOAL_XLSX_S = 15.0
TODAY = dt.date(2026, 11, 27)  # the generator's data ends in October 2026


def child(kind: str, db: Path, out: Path) -> dict[str, Any]:
    """One export in this process: timed phases, file size, memory."""
    from servicepunkt_gui.core.export_scope import ExportScope
    from servicepunkt_gui.core.progress import Progress
    from servicepunkt_gui.core.tables import TableKind, export_sheets, sheet_by_kind
    from servicepunkt_gui.export.csv_file import write_csv
    from servicepunkt_gui.export.xlsx_file import write_xlsx
    from servicepunkt_gui.store import open_store

    database = open_store(db)
    steps = [0]
    progress = Progress(lambda _done, _total: steps.__setitem__(0, steps[0] + 1))
    started = time.perf_counter()
    with database.read_session() as session:
        kinds = None if kind == "xlsx" else {TableKind.NOTES}
        sheets = export_sheets(session, ExportScope(), TODAY, progress, kinds=kinds)
    read = time.perf_counter()
    if kind == "xlsx":
        write_xlsx(out, sheets, progress)
    else:
        write_csv(out, sheet_by_kind(sheets, TableKind.NOTES), progress)
    done = time.perf_counter()
    database.close()
    return {
        "kind": kind,
        "read_s": read - started,
        "write_s": done - read,
        "total_s": done - started,
        "rows": {sheet.name: len(sheet.rows) for sheet in sheets},
        "bytes": out.stat().st_size,
        "progress_steps": steps[0],
        "peak_rss_mb": child_process.peak_rss_mb(),
    }


def run_child(kind: str, db: Path, work: Path) -> dict[str, Any]:
    import run_benchmarks as suite

    copy = suite.fresh_copy(db, work)
    out = work / ("Servicepunkt.xlsx" if kind == "xlsx" else "Anteckningar.csv")
    result = child_process.run_child(__file__, [kind, "--db", str(copy), "--out", str(out)], work)
    out.unlink(missing_ok=True)
    return result


def measure(args: argparse.Namespace) -> dict[str, Any]:
    sys.path.insert(0, str(BENCH_DIR))
    import generate_data
    import run_benchmarks as suite

    started, load_before = time.perf_counter(), suite.load_average()
    with tempfile.TemporaryDirectory(prefix="servicepunkt-export-") as scratch:
        work = Path(scratch)
        with suite.private_home(work) as home:
            env = suite.child_env(home)
        db = suite.cached_database(args.cache, args.notes, generate_data.DEFAULT_SEED, env)
        runs: dict[str, list[dict[str, Any]]] = {"xlsx": [], "csv": []}
        for number in range(args.runs):
            for kind in ("xlsx", "csv") if number % 2 == 0 else ("csv", "xlsx"):
                runs[kind].append(run_child(kind, db, work))
                suite.say(f"{kind} run {number + 1}/{args.runs}: {runs[kind][-1]['total_s']:.2f} s")
    medians = {
        kind: {
            key: statistics.median(r[key] for r in results)
            for key in ("read_s", "write_s", "total_s", "peak_rss_mb")
            if all(r[key] is not None for r in results)
        }
        for kind, results in runs.items()
    }
    return {
        "command": shlex.join([".venv/bin/python", "benchmarks/measure_export.py", *sys.argv[1:]]),
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": suite.machine(),
        "load_average": {"before": load_before, "after": suite.load_average()},
        "notes": args.notes,
        "runs": runs,
        "median": medians,
        "seconds": time.perf_counter() - started,
    }


def render(result: dict[str, Any]) -> str:
    m, runs = result["median"], result["runs"]
    xlsx, csv = runs["xlsx"][0], runs["csv"][0]
    machine = result["machine"]
    lines = [
        f"Command: `{result['command']}`",
        "",
        f"- Date: {result['date']} · git {machine['git']}",
        f"- Machine: {machine['nproc']} CPUs ({machine['cpu']}), {machine['memory_gb']} GB RAM, "
        f"{machine['os']}; Python {machine['python']}, SQLite {machine['sqlite']}",
        f"- Load average (1, 5, 15 min) before: {result['load_average']['before']}, "
        f"after: {result['load_average']['after']}",
        f"- {result['notes']:,} notes, {len(runs['xlsx'])} runs of each, medians",
        "",
        "| Export | Goal | Total | Reading (export_sheets) | Writing | Peak memory | File |",
        "|---|---|---|---|---|---|---|",
    ]
    rows = ", ".join(f"{name} {count:,}" for name, count in xlsx["rows"].items())
    verdict = "pass" if m["xlsx"]["total_s"] <= GOAL_XLSX_S else "miss"
    lines.append(
        f"| .xlsx, all tables ({rows}) | ≤ {GOAL_XLSX_S:.0f} s ({verdict}) "
        f"| {m['xlsx']['total_s']:.2f} s | {m['xlsx']['read_s']:.2f} s "
        f"| {m['xlsx']['write_s']:.2f} s | {m['xlsx'].get('peak_rss_mb', 0):.0f} MB "
        f"| {xlsx['bytes'] / 1e6:.1f} MB |"
    )
    lines.append(
        f"| .csv, notes table ({csv['rows']['Anteckningar']:,} rows) | — "
        f"| {m['csv']['total_s']:.2f} s | {m['csv']['read_s']:.2f} s "
        f"| {m['csv']['write_s']:.2f} s | {m['csv'].get('peak_rss_mb', 0):.0f} MB "
        f"| {csv['bytes'] / 1e6:.1f} MB |"
    )
    for kind in ("xlsx", "csv"):
        totals = " ".join(f"{r['total_s']:.2f}" for r in runs[kind])
        lines.append(f"\n{kind} runs, total (s): {totals}")
    return "\n".join(lines)


def main() -> int:
    import run_benchmarks as suite

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cache", type=Path, default=suite.DEFAULT_CACHE)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--check", action="store_true", help="exit 1 if the goal is missed")
    parser.add_argument("--child", choices=("xlsx", "csv"), help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print("RESULT " + json.dumps(child(args.child, args.db, args.out)), flush=True)
        return 0
    result = measure(args)
    print(render(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 1 if args.check and result["median"]["xlsx"]["total_s"] > GOAL_XLSX_S else 0


if __name__ == "__main__":
    sys.path.insert(0, str(BENCH_DIR))
    os.chdir(ROOT)
    sys.exit(main())
