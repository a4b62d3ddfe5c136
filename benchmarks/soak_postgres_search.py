#!/usr/bin/env python3
"""A day of searching a shared database in one process: the same answers, no growth.

    .venv/bin/python benchmarks/soak_postgres_search.py --json /tmp/sp-soak-postgres.json
    .venv/bin/python benchmarks/soak_postgres_search.py --notes 2000 --rounds 3   # smoke run

An official's window searches hundreds of times a day over one pool of connections, whose
statements psycopg prepares and whose searches of everything PostgreSQL plans once
(``core.search_postgres``). This runs the suite's 50 queries (``measure.SEARCH_QUERIES``)
``--rounds`` times (default 60: 3,000 searches) on the suite's generated notes copied to a
throwaway server (``postgres_data.py``), one in five narrowed to 2284 Örnsköldsvik, each in a
read session of its own as the window runs it. It checks that:

- every search gives the same counts and the same hits, in the same order, in every round
  (a plan made once must not change an answer);
- the process's resident memory ends within ``--rss-growth-mib`` of where it was after the
  first round, and so does the server's memory for the connection (its memory contexts);
- the statements the connection keeps prepared stay within psycopg's limit (100).

It prints the figures after every tenth round and exits 1 if a check fails. No timing is
checked; the median search of each reported round is there to compare runs by.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
sys.path[:0] = [str(BENCH_DIR), str(ROOT)]

import generate_data  # noqa: E402
import measure  # noqa: E402
import postgres_data  # noqa: E402
import run_benchmarks as suite  # noqa: E402
from sqlalchemy import text  # noqa: E402

from servicepunkt_gui.core.db import Database, open_shared_database  # noqa: E402
from servicepunkt_gui.core.search import SearchScope, search_results  # noqa: E402

NARROWED_TO = "2284"
PREPARED_LIMIT = 100  # psycopg's Connection.prepared_max


def _resident_mib() -> float:
    pages = int(Path("/proc/self/statm").read_text(encoding="ascii").split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def _server_side(database: Database) -> tuple[int, float]:
    """The connection's prepared statements and its memory contexts (MiB). The pool hands
    a read session the connection the searches used (one thread, one connection)."""
    with database.read_session() as session:
        prepared = session.execute(text("SELECT count(*) FROM pg_prepared_statements")).scalar()
        memory = session.execute(
            text("SELECT sum(total_bytes) FROM pg_backend_memory_contexts")
        ).scalar()
    return int(prepared or 0), float(memory or 0) / 2**20


def soak(database: Database, rounds: int) -> dict[str, Any]:
    answers: dict[tuple[str, bool], object] = {}
    changed: list[str] = []
    reports: list[dict[str, Any]] = []
    for number in range(rounds):
        timings = []
        for position, query in enumerate(measure.SEARCH_QUERIES):
            narrowed = position % 5 == 0
            scope = SearchScope(municipality_code=NARROWED_TO) if narrowed else None
            started = time.perf_counter()
            with database.read_session() as session:
                found = search_results(session, query, scope=scope)
            timings.append((time.perf_counter() - started) * 1000.0)
            answer = (found.counts, [(hit.kind, hit.item_id) for hit in found.hits])
            if answers.setdefault((query, narrowed), answer) != answer:
                changed.append(f"round {number + 1}: {query!r}{' (2284)' if narrowed else ''}")
        prepared, server_mib = _server_side(database)
        report = {
            "round": number + 1,
            "searches": (number + 1) * len(measure.SEARCH_QUERIES),
            "median_ms": statistics.median(timings),
            "resident_mib": _resident_mib(),
            "prepared": prepared,
            "server_mib": server_mib,
        }
        reports.append(report)
        if number == 0 or (number + 1) % 10 == 0 or number == rounds - 1:
            suite.say(
                f"round {report['round']}: {report['searches']} searches, median "
                f"{report['median_ms']:.1f} ms, {report['resident_mib']:.0f} MiB here, "
                f"{report['server_mib']:.1f} MiB on the server, {prepared} prepared"
            )
    return {"rounds": reports, "changed_answers": changed}


def verdicts(result: dict[str, Any], growth_mib: float) -> list[str]:
    """What failed (empty: every check passed)."""
    first, last = result["rounds"][0], result["rounds"][-1]
    failed = [f"a different answer in {where}" for where in result["changed_answers"][:10]]
    for key, what in (("resident_mib", "this process"), ("server_mib", "the server")):
        grown = last[key] - first[key]
        if grown > growth_mib:
            failed.append(f"{what} grew by {grown:.1f} MiB (at most {growth_mib})")
    most = max(report["prepared"] for report in result["rounds"])
    if most > PREPARED_LIMIT:
        failed.append(f"{most} statements prepared (psycopg keeps at most {PREPARED_LIMIT})")
    return failed


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--notes", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=60, help="passes over the 50 queries")
    parser.add_argument("--rss-growth-mib", type=float, default=8.0)
    parser.add_argument("--cache", type=Path, default=suite.DEFAULT_CACHE)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="servicepunkt-pgsoak-") as scratch:
        home = Path(scratch) / "home"
        home.mkdir()
        os.environ["SERVICEPUNKT_HOME"] = str(home)  # nothing of the user's is touched
        env = suite.child_env(home)
        source = suite.cached_database(args.cache, args.notes, generate_data.DEFAULT_SEED, env)
        server = postgres_data.start()
        try:
            where, _load_s = postgres_data.load(server, "servicepunkt_soak", source)
            database = open_shared_database(where)
            try:
                result = soak(database, args.rounds)
            finally:
                database.close()
        finally:
            server.stop()
    failed = verdicts(result, args.rss_growth_mib)
    result.update(notes=args.notes, seconds=time.perf_counter() - started, failed=failed)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    print("\n".join(failed) if failed else "All checks passed: same answers, no growth.")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
