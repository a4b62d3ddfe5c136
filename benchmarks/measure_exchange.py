#!/usr/bin/env python3
"""Exchange files at scale: all 290 municipalities with every note, out and into an empty file.

    .venv/bin/python benchmarks/measure_exchange.py                 # 100,000 notes, 3 runs
    .venv/bin/python benchmarks/measure_exchange.py --notes 2000 --runs 1   # smoke run

The database is the suite's (run_benchmarks.py, ``generate_data.py --notes N``, fixed seed,
cached); each run is a child process of its own on a fresh copy, which times what
"Exportera för kollega / region" and "Importera…" do:

- *export*: ``core.exchange.write_exchange_file`` for the whole country, in one read session;
- *read*: ``read_exchange_file`` (unzip with its limits, parse, check every record);
- *preview*: ``preview_import`` against a new, empty database (made with ``open_store``,
  not timed);
- *import*: ``apply_import`` in one unit of work, committed.

All pass a real ``Progress``. Medians over ``--runs``; peak memory is the child's VmHWM.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
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
PHASES = ("export_s", "read_s", "preview_s", "import_s")


def child(db: Path, work: Path) -> dict[str, Any]:
    """One export and import in this process: timed phases, file size, memory."""
    from servicepunkt_gui import __version__
    from servicepunkt_gui.core.exchange import (
        apply_import,
        preview_import,
        read_exchange_file,
        write_exchange_file,
    )
    from servicepunkt_gui.core.export_scope import ExportScope
    from servicepunkt_gui.core.progress import Progress
    from servicepunkt_gui.store import open_store

    steps = [0]
    progress = Progress(lambda _done, _total: steps.__setitem__(0, steps[0] + 1))
    exchange_path = work / "utbyte.servicepunkt"
    source = open_store(db)
    started = time.perf_counter()
    with source.read_session() as session:
        summary = write_exchange_file(
            session, ExportScope(), exchange_path, "Benchmark", __version__, progress
        )
    exported = time.perf_counter()
    source.close()
    target = open_store(work / "tom.sqlite3")
    read_started = time.perf_counter()
    exchange = read_exchange_file(exchange_path, progress)
    read = time.perf_counter()
    with target.read_session() as session:
        preview = preview_import(session, exchange, "Benchmark")
    previewed = time.perf_counter()
    with target.session() as session:
        result = apply_import(session, exchange, "Benchmark", progress=progress)
    imported = time.perf_counter()
    target.close()
    return {
        "export_s": exported - started,
        "read_s": read - read_started,
        "preview_s": previewed - read,
        "import_s": imported - previewed,
        "records": summary.total,
        "new": sum(row.new for row in result.municipalities),
        "conflicts": len(preview.conflicts),
        "bytes": exchange_path.stat().st_size,
        "progress_steps": steps[0],
        "peak_rss_mb": child_process.peak_rss_mb(),
    }


def run_child(db: Path, work: Path) -> dict[str, Any]:
    import run_benchmarks as suite

    copy = suite.fresh_copy(db, work)
    result = child_process.run_child(__file__, ["--db", str(copy), "--work", str(work)], work)
    for name in ("utbyte.servicepunkt", "tom.sqlite3", "tom.sqlite3-wal", "tom.sqlite3-shm"):
        (work / name).unlink(missing_ok=True)
    return result


def measure(args: argparse.Namespace) -> dict[str, Any]:
    sys.path.insert(0, str(BENCH_DIR))
    import generate_data
    import run_benchmarks as suite

    started, load_before = time.perf_counter(), suite.load_average()
    with tempfile.TemporaryDirectory(prefix="servicepunkt-exchange-") as scratch:
        work = Path(scratch)
        with suite.private_home(work) as home:
            env = suite.child_env(home)
        db = suite.cached_database(args.cache, args.notes, generate_data.DEFAULT_SEED, env)
        runs = []
        for number in range(args.runs):
            runs.append(run_child(db, work))
            total = sum(runs[-1][phase] for phase in PHASES)
            suite.say(f"run {number + 1}/{args.runs}: {total:.2f} s")
    return {
        "command": shlex.join(
            [".venv/bin/python", "benchmarks/measure_exchange.py", *sys.argv[1:]]
        ),
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": suite.machine(),
        "load_average": {"before": load_before, "after": suite.load_average()},
        "notes": args.notes,
        "runs": runs,
        "median": {
            key: statistics.median(r[key] for r in runs) for key in (*PHASES, "peak_rss_mb")
        },
        "seconds": time.perf_counter() - started,
    }


def render(result: dict[str, Any]) -> str:
    m, first, machine = result["median"], result["runs"][0], result["machine"]
    lines = [
        f"Command: `{result['command']}`",
        "",
        f"- Date: {result['date']} · git {machine['git']}",
        f"- Machine: {machine['nproc']} CPUs ({machine['cpu']}), {machine['memory_gb']} GB RAM, "
        f"{machine['os']}; Python {machine['python']}, SQLite {machine['sqlite']}",
        f"- Load average before: {result['load_average']['before']}, "
        f"after: {result['load_average']['after']}",
        f"- {result['notes']:,} notes; {first['records']:,} records in the file "
        f"({first['bytes'] / 1e6:.1f} MB); {len(result['runs'])} runs, medians",
        "",
        "| Export | Read and check | Preview | Import (one transaction) | Peak memory |",
        "|---|---|---|---|---|",
        f"| {m['export_s']:.2f} s | {m['read_s']:.2f} s | {m['preview_s']:.2f} s "
        f"| {m['import_s']:.2f} s | {m['peak_rss_mb']:.0f} MB |",
    ]
    return "\n".join(lines)


def main() -> int:
    sys.path.insert(0, str(BENCH_DIR))
    import run_benchmarks as suite

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cache", type=Path, default=suite.DEFAULT_CACHE)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print("RESULT " + json.dumps(child(args.db, args.work)), flush=True)
        return 0
    result = measure(args)
    print(render(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
