#!/usr/bin/env python3
"""Opening a municipality and searching, on PostgreSQL and on SQLite in the same run.

    .venv/bin/python benchmarks/measure_postgres.py --json /tmp/sp-postgres.json
    .venv/bin/python benchmarks/measure_postgres.py --notes 2000 --rounds 1   # smoke run

Issue 15 asks that opening a municipality with 5,000 notes and searching 100,000 notes on
PostgreSQL each take at most twice what they take on SQLite. The data is the suite's
(``generate_data.py --notes N``, fixed seed, cached by run_benchmarks.py): a fresh copy
of the SQLite file, and a throwaway PostgreSQL server (``tests.postgres_server``) with
the same rows copied in (``postgres_data.py``). Both engines are timed in this one
process, round by round in alternating order, so other load on the machine falls on both:

- *open*: ``core.pages.municipality_page`` in its own read session, as the window reads a
  municipality's page, for 2284 and 2482 (5,000 notes each) alternately;
- *search*: ``core.search.search`` in its own read session for each of the suite's 50
  queries (``measure.SEARCH_QUERIES``).

One untimed pass of both first (a warm cache, as in a window that has been open a while).
Medians and 95th percentiles, and the ratio PostgreSQL ÷ SQLite of each (goal ≤ 2×).
If search fails on PostgreSQL, the run says so and still reports the opening figures.
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
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
sys.path[:0] = [str(BENCH_DIR), str(ROOT)]

import generate_data  # noqa: E402
import measure  # noqa: E402  # its SEARCH_QUERIES, HEAVY and stats, no Qt at import
import postgres_data  # noqa: E402
import run_benchmarks as suite  # noqa: E402

from servicepunkt_gui.core.db import Database, open_shared_database  # noqa: E402

GOAL_RATIO = 2.0
ENGINES = ("sqlite", "postgresql")
OPEN_CODES = ("2284", "2482")  # 5,000 notes each at 100,000 notes


def _timed(database: Database, read: Callable[[Any], object]) -> float:
    """Milliseconds for one read session doing ``read``, as the window runs each read."""
    started = time.perf_counter()
    with database.read_session() as session:
        read(session)
    return (time.perf_counter() - started) * 1000.0


def _open_pass(database: Database, opens: int) -> list[float]:
    from servicepunkt_gui.core.pages import municipality_page

    return [
        _timed(database, partial(municipality_page, code=OPEN_CODES[i % 2])) for i in range(opens)
    ]


def _search_pass(database: Database, queries: tuple[str, ...]) -> dict[str, float]:
    from servicepunkt_gui.core.search import search

    return {query: _timed(database, partial(search, query=query)) for query in queries}


def _hit_counts(database: Database, queries: tuple[str, ...]) -> dict[str, int]:
    from servicepunkt_gui.core.search import search

    with database.read_session() as session:
        return {query: len(search(session, query)) for query in queries}


def _first_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return f"{type(error).__name__}: {text[0] if text else ''}"[:300]


def run_rounds(
    databases: dict[str, Database], rounds: int, opens: int, queries: tuple[str, ...]
) -> dict[str, Any]:
    """Untimed warm-up, then ``rounds`` rounds of both engines, the order alternating."""
    opened: dict[str, list[float]] = {name: [] for name in databases}
    searched: dict[str, dict[str, list[float]]] = {
        name: {query: [] for query in queries} for name in databases
    }
    search_error: dict[str, str] = {}
    hits: dict[str, dict[str, int]] = {}
    for name, database in databases.items():  # warm-up, not counted
        _open_pass(database, 2)
        try:
            hits[name] = _hit_counts(database, queries)
        except Exception as error:  # e.g. search not yet written for this engine
            search_error[name] = _first_line(error)
    for number in range(rounds):
        order = list(databases) if number % 2 == 0 else list(reversed(databases))
        for name in order:
            opened[name].extend(_open_pass(databases[name], opens))
            if name in search_error:
                continue
            for query, value in _search_pass(databases[name], queries).items():
                searched[name][query].append(value)
        suite.say(f"round {number + 1}/{rounds} done")
    result: dict[str, Any] = {"engines": {}, "search_errors": search_error}
    for name in databases:
        samples = [v for values in searched[name].values() for v in values]
        result["engines"][name] = {
            "open_ms": measure.stats(opened[name]),
            "search_ms": measure.stats(samples) if samples else None,
            "search_median_by_query": {
                q: statistics.median(v) for q, v in searched[name].items() if v
            },
            "hits": hits.get(name, {}),
        }
    return result


def ratios(result: dict[str, Any]) -> dict[str, float | None]:
    """PostgreSQL ÷ SQLite of each median and 95th percentile (None where not measured)."""
    sqlite, pg = result["engines"]["sqlite"], result["engines"]["postgresql"]
    out: dict[str, float | None] = {}
    for figure in ("open_ms", "search_ms"):
        for key in ("median", "p95"):
            a, b = sqlite.get(figure), pg.get(figure)
            out[f"{figure}_{key}"] = b[key] / a[key] if a and b and a[key] else None
    return out


def measure_both(args: argparse.Namespace) -> dict[str, Any]:
    queries = measure.SEARCH_QUERIES[:10] if args.quick else measure.SEARCH_QUERIES
    started, load_before = time.perf_counter(), suite.load_average()
    with tempfile.TemporaryDirectory(prefix="servicepunkt-pgbench-") as scratch:
        work = Path(scratch)
        home = work / "home"
        home.mkdir()
        os.environ["SERVICEPUNKT_HOME"] = str(home)  # nothing of the user's is touched
        env = suite.child_env(home)
        source = suite.cached_database(args.cache, args.notes, generate_data.DEFAULT_SEED, env)
        copy = suite.fresh_copy(source, work)
        server = postgres_data.start()
        try:
            where, load_s = postgres_data.load(server, "servicepunkt_bench", source)
            suite.say(f"PostgreSQL filled in {load_s:.1f} s")
            databases = {
                "sqlite": measure.open_store(copy),
                "postgresql": open_shared_database(where),
            }
            try:
                result = run_rounds(databases, args.rounds, args.opens, queries)
            finally:
                for database in databases.values():
                    database.close()
            result["postgres_version"] = postgres_data.server_version(server)
        finally:
            server.stop()
    engines = result["engines"]
    result.update(
        command=shlex.join([".venv/bin/python", "benchmarks/measure_postgres.py", *sys.argv[1:]]),
        date=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        machine=suite.machine(),
        load_average={"before": load_before, "after": suite.load_average()},
        notes=args.notes,
        rounds=args.rounds,
        opens_per_round=args.opens,
        queries=len(queries),
        postgres_load_s=load_s,
        ratios=ratios(result),
        hit_count_differences={
            q: [engines["sqlite"]["hits"].get(q), n]
            for q, n in engines["postgresql"]["hits"].items()
            if engines["sqlite"]["hits"].get(q) != n
        },
        seconds=time.perf_counter() - started,
    )
    return result


def _verdict(ratio: float | None) -> str:
    if ratio is None:
        return "not measured"
    return "pass" if ratio <= GOAL_RATIO else f"miss (+{(ratio / GOAL_RATIO - 1) * 100:.0f} %)"


def render(result: dict[str, Any]) -> str:
    machine, eng, r = result["machine"], result["engines"], result["ratios"]

    def cell(figure: str, name: str, key: str) -> str:
        values = eng[name].get(figure)
        return f"{values[key]:.1f} ms" if values else "—"

    lines = [
        f"Command: `{result['command']}`",
        "",
        f"- Date: {result['date']} · git {machine['git']}",
        f"- Machine: {machine['nproc']} CPUs ({machine['cpu']}), {machine['memory_gb']} GB RAM, "
        f"{machine['os']}; Python {machine['python']}, SQLite {machine['sqlite']}, "
        f"PostgreSQL {result['postgres_version']} (local socket)",
        f"- Load average before: {result['load_average']['before']}, "
        f"after: {result['load_average']['after']}",
        f"- {result['notes']:,} notes; {result['rounds']} rounds of {result['opens_per_round']} "
        f"opens and {result['queries']} searches per engine; PostgreSQL filled in "
        f"{result['postgres_load_s']:.0f} s; total {result['seconds']:.0f} s",
        "",
        "| Measure | SQLite | PostgreSQL | PG ÷ SQLite | Goal | Result |",
        "|---|---|---|---|---|---|",
    ]
    for figure, what in (("open_ms", "Opening a municipality"), ("search_ms", "Search")):
        for key, label in (("median", "median"), ("p95", "95th percentile")):
            ratio = r[f"{figure}_{key}"]
            shown = f"{ratio:.2f}×" if ratio is not None else "—"
            goal = f"≤ {GOAL_RATIO:.0f}×" if key == "median" else "—"
            verdict = _verdict(ratio) if key == "median" else "info"
            lines.append(
                f"| {what}, {label} | {cell(figure, 'sqlite', key)} "
                f"| {cell(figure, 'postgresql', key)} | {shown} | {goal} | {verdict} |"
            )
    pg_queries = eng["postgresql"]["search_median_by_query"]
    sqlite_queries = eng["sqlite"]["search_median_by_query"]
    slowest = sorted(pg_queries, key=lambda q: -pg_queries[q])[:6]
    if slowest:
        each = (f"{q} {pg_queries[q]:.0f} ({sqlite_queries.get(q, 0):.0f})" for q in slowest)
        lines.append("\nSlowest searches on PostgreSQL, median ms (SQLite): " + ", ".join(each))
    for name, error in result["search_errors"].items():
        lines.append(f"\nSearch failed on {name}: {error}")
    if result["hit_count_differences"]:
        lines.append(f"\nHit counts differ (SQLite, PG): {result['hit_count_differences']}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds per engine")
    parser.add_argument("--opens", type=int, default=20, help="opens per round and engine")
    parser.add_argument("--quick", action="store_true", help="10 queries instead of 50")
    parser.add_argument("--cache", type=Path, default=suite.DEFAULT_CACHE)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--check", action="store_true", help="exit 1 if a goal is missed")
    args = parser.parse_args()
    result = measure_both(args)
    print(render(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    medians = [result["ratios"]["open_ms_median"], result["ratios"]["search_ms_median"]]
    if args.check and any(r is None or r > GOAL_RATIO for r in medians):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
