#!/usr/bin/env python3
"""Many officials on one shared PostgreSQL database at once: throughput, save latency, no loss.

    .venv/bin/python benchmarks/measure_shared_load.py --json /tmp/sp-load.json   # 20 × 60 s
    .venv/bin/python benchmarks/measure_shared_load.py --processes 3 --seconds 5 --notes 2000

Issue 15, point 10: ``--processes`` simulated officials (default 20), each a process of its
own (multiprocessing, spawn) with its own connection, work for ``--seconds`` (default 60)
against a throwaway local PostgreSQL server (``tests.postgres_server``) holding the suite's
generated data (``generate_data.py --notes N``, copied in by ``postgres_data.py``). What each
does is in ``shared_load_worker.py``: open municipalities, page through notes, search,
write notes, edit their own notes, and edit a few hot notes and plan actions that all of
them edit, through the core functions the window uses, with the version check
(``expected_version``) the window's forms use.

Reported: operations done, save latency (each save's whole unit of work, committed)
median / 95th percentile / max, the expected conflicts (a save over a version someone else
saved since it was read) and errors of any other kind (must be 0). At the end, the
lost-update check: every hot edit whose save succeeded appended a token of its own, and
each must be in the final text; the versions the saves produced must all differ and add up
to the final ``row_version``; and every note written must be there. Exit status 1 if an
error or a lost update was found.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing
import os
import shlex
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
for _folder in (str(ROOT), str(BENCH_DIR)):
    if _folder not in sys.path:  # also in the spawned officials, which import this file
        sys.path.insert(0, _folder)

from shared_load_worker import SAVES, WorkerLog, WorkerPlan  # noqa: E402

READY_TIMEOUT_S = 180.0


def pick_records(database: Any, hot_codes_wanted: int, per_code: int) -> dict[str, Any]:
    """Which municipalities the officials work on, and the hot records they all edit."""
    from sqlalchemy import func, select

    from servicepunkt_gui.core.models import Note, PlanAction, ServicePlan

    with database.read_session() as session:
        counts = session.execute(
            select(Note.municipality_code, func.count())
            .where(Note.deleted_at.is_(None))
            .group_by(Note.municipality_code)
            .order_by(func.count().desc(), Note.municipality_code)
        ).all()
        with_actions = set(
            session.scalars(
                select(ServicePlan.municipality_code)
                .join(PlanAction, PlanAction.plan_id == ServicePlan.id)
                .where(ServicePlan.deleted_at.is_(None), PlanAction.deleted_at.is_(None))
                .group_by(ServicePlan.municipality_code)
                .having(func.count() >= per_code)
            )
        )
        busiest = [str(code) for code, _n in counts]
        hot_codes = [code for code in busiest if code in with_actions][:hot_codes_wanted]
        notes: list[str] = []
        actions: list[str] = []
        for code in hot_codes:
            notes += session.scalars(
                select(Note.id)
                .where(Note.municipality_code == code, Note.deleted_at.is_(None))
                .order_by(Note.concerns_date.desc(), Note.id)
                .limit(per_code)
            ).all()
            actions += session.scalars(
                select(PlanAction.id)
                .join(ServicePlan, PlanAction.plan_id == ServicePlan.id)
                .where(ServicePlan.municipality_code == code, PlanAction.deleted_at.is_(None))
                .order_by(ServicePlan.is_current.desc(), PlanAction.position, PlanAction.id)
                .limit(per_code)
            ).all()
    return {
        "hot_codes": hot_codes,
        "open_codes": list(dict.fromkeys([*hot_codes, *busiest[:6]])),
        "hot_notes": notes,
        "hot_actions": actions,
    }


def hot_state(database: Any, records: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each hot record's text and version now, by id."""
    from servicepunkt_gui.core.models import Note, PlanAction

    state: dict[str, dict[str, Any]] = {}
    with database.read_session() as session:
        for model, ids, column in (
            (Note, records["hot_notes"], "body"),
            (PlanAction, records["hot_actions"], "description"),
        ):
            for record_id in ids:
                row = session.get(model, record_id)
                state[record_id] = {"text": getattr(row, column), "version": row.row_version}
    return state


def search_problem(database: Any) -> str | None:
    """None if core.search works on this database, else what went wrong (first line)."""
    try:
        from servicepunkt_gui.core.search import search

        with database.read_session() as session:
            search(session, "hemsändning")
    except Exception as error:
        lines = str(error).strip().splitlines()
        return f"{type(error).__name__}: {lines[0] if lines else ''}"[:300]
    return None


def run_officials(plans: list[WorkerPlan]) -> tuple[list[WorkerLog], float]:
    """Spawn one process per plan, start them together, collect their logs."""
    import shared_load_worker

    context = multiprocessing.get_context("spawn")
    ready, results = context.Queue(), context.Queue()
    start = context.Event()
    processes = [
        context.Process(
            target=shared_load_worker.main,
            args=(plan, ready, start, results),
            name=f"official-{plan.number}",
        )
        for plan in plans
    ]
    for process in processes:
        process.start()
    try:
        for _ in plans:
            ready.get(timeout=READY_TIMEOUT_S)
        started = time.perf_counter()
        start.set()
        logs = [
            results.get(timeout=plans[0].seconds + READY_TIMEOUT_S) for _ in plans
        ]  # before join: a child cannot exit while its log is still in the pipe
        elapsed = time.perf_counter() - started
    finally:
        for process in processes:
            process.join(timeout=30)
            if process.is_alive():
                process.terminate()
    return sorted(logs, key=lambda log: log.number), elapsed


def lost_updates(
    logs: list[WorkerLog], before: dict[str, Any], after: dict[str, Any], database: Any
) -> dict[str, Any]:
    """Every saved edit must still be there; list whatever is not."""
    from sqlalchemy import func, select

    from servicepunkt_gui.core.models import Note

    missing = []
    versions: dict[str, list[int]] = {record_id: [] for record_id in before}
    for log in logs:
        for kind, record_id, token, version in log.saved_edits:
            versions[record_id].append(version)
            if token not in after[record_id]["text"]:
                missing.append(f"{kind} {record_id}: {token} (saved as version {version})")
    problems = []
    for record_id, saved in versions.items():
        if len(set(saved)) != len(saved):
            problems.append(f"{record_id}: two saves produced the same version")
        if after[record_id]["version"] - before[record_id]["version"] != len(saved):
            problems.append(
                f"{record_id}: {len(saved)} saves but version "
                f"{before[record_id]['version']} → {after[record_id]['version']}"
            )
    created = [note_id for log in logs for note_id in log.created_notes]
    with database.read_session() as session:
        found = session.scalar(select(func.count()).where(Note.id.in_(created))) if created else 0
    if found != len(created):
        problems.append(f"{len(created) - int(found or 0)} of {len(created)} new notes missing")
    return {
        "saved_hot_edits": sum(len(v) for v in versions.values()),
        "missing_tokens": missing,
        "version_problems": problems,
        "notes_written": len(created),
        "lost": len(missing) + len(problems),
    }


def summarize(logs: list[WorkerLog], elapsed: float) -> dict[str, Any]:
    import measure  # stats(): median, p95, min, max, n

    operations: Counter[str] = Counter()
    conflicts: Counter[str] = Counter()
    reads: dict[str, list[float]] = {}
    for log in logs:
        operations.update(log.operations)
        conflicts.update(log.conflicts)
        for name, values in log.read_ms.items():
            reads.setdefault(name, []).extend(values)
    saves = [value for log in logs for value in log.save_ms]
    total = sum(operations.values())
    return {
        "operations": dict(sorted(operations.items())),
        "operations_total": total,
        "operations_per_s": total / elapsed if elapsed else 0.0,
        "saves_total": sum(operations[name] for name in SAVES),
        "save_ms": measure.stats(saves) if saves else None,
        "read_ms": {name: measure.stats(values) for name, values in sorted(reads.items())},
        "conflicts": dict(conflicts),
        "conflicts_total": sum(conflicts.values()),
        "given_up": sum(log.given_up for log in logs),
        "errors_total": sum(log.error_count for log in logs),
        "errors": [error for log in logs for error in log.errors][:20],
        "elapsed_s": elapsed,
    }


def measure_load(args: argparse.Namespace) -> dict[str, Any]:
    import generate_data
    import measure
    import postgres_data
    import run_benchmarks as suite

    from servicepunkt_gui.core.db import open_shared_database

    started, load_before = time.perf_counter(), suite.load_average()
    with tempfile.TemporaryDirectory(prefix="servicepunkt-load-") as scratch:
        home = Path(scratch) / "home"
        home.mkdir()
        os.environ["SERVICEPUNKT_HOME"] = str(home)  # inherited by the officials
        env = suite.child_env(home)
        source = suite.cached_database(args.cache, args.notes, generate_data.DEFAULT_SEED, env)
        server = postgres_data.start()
        try:
            where, load_s = postgres_data.load(server, "servicepunkt_load", source)
            database = open_shared_database(where)
            try:
                records = pick_records(database, args.hot_municipalities, args.hot_records)
                problem = search_problem(database)
                before = hot_state(database, records)
                plans = [
                    WorkerPlan(
                        number=number,
                        host=where.host,
                        database=where.database,
                        user=where.user,
                        seconds=args.seconds,
                        seed=args.seed,
                        think_ms=args.think_ms,
                        edit_ms=args.edit_ms,
                        home_codes=(records["hot_codes"][number % len(records["hot_codes"])],),
                        open_codes=tuple(records["open_codes"]),
                        hot_notes=tuple(records["hot_notes"]),
                        hot_actions=tuple(records["hot_actions"]),
                        queries=() if problem else tuple(measure.SEARCH_QUERIES),
                        check_versions=not args.unchecked,
                    )
                    for number in range(args.processes)
                ]
                suite.say(f"{args.processes} officials for {args.seconds:g} s …")
                logs, elapsed = run_officials(plans)
                check = lost_updates(logs, before, hot_state(database, records), database)
            finally:
                database.close()
            version = postgres_data.server_version(server)
        finally:
            server.stop()
    return {
        "command": shlex.join(
            [".venv/bin/python", "benchmarks/measure_shared_load.py", *sys.argv[1:]]
        ),
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": suite.machine(),
        "postgres_version": version,
        "load_average": {"before": load_before, "after": suite.load_average()},
        "settings": {
            "processes": args.processes,
            "seconds": args.seconds,
            "notes": args.notes,
            "think_ms": args.think_ms,
            "edit_ms": args.edit_ms,
            "seed": args.seed,
            "version_check": not args.unchecked,
        },
        "postgres_load_s": load_s,
        "records": records,
        "search_left_out": problem,
        **summarize(logs, elapsed),
        "lost_update_check": check,
        "seconds_total": time.perf_counter() - started,
    }


def render(result: dict[str, Any]) -> str:
    machine, settings, check = result["machine"], result["settings"], result["lost_update_check"]
    save = result["save_ms"] or {"median": 0.0, "p95": 0.0, "max": 0.0, "n": 0}
    ops = ", ".join(f"{name} {count:,}" for name, count in result["operations"].items())
    conflicts = ", ".join(f"{k} {v}" for k, v in result["conflicts"].items()) or "none"
    lines = [
        f"Command: `{result['command']}`",
        "",
        f"- Date: {result['date']} · git {machine['git']}",
        f"- Machine: {machine['nproc']} CPUs ({machine['cpu']}), {machine['memory_gb']} GB RAM, "
        f"{machine['os']}; Python {machine['python']}; PostgreSQL {result['postgres_version']} "
        "(local socket, fsync off)",
        f"- Load average before: {result['load_average']['before']}, "
        f"after: {result['load_average']['after']}",
        f"- {settings['processes']} officials × {settings['seconds']:g} s on {settings['notes']:,} "
        f"notes; pause between operations {settings['think_ms']:g} ms, form open before a save "
        f"{settings['edit_ms']:g} ms (means); hot records: {len(result['records']['hot_notes'])} "
        f"notes and {len(result['records']['hot_actions'])} actions in "
        f"{', '.join(result['records']['hot_codes'])}",
        "",
        "| Figure | Value |",
        "|---|---|",
        f"| Operations done | {result['operations_total']:,} "
        f"({result['operations_per_s']:.0f}/s) |",
        f"| Saves | {result['saves_total']:,} |",
        f"| Save latency p50 / p95 / max | {save['median']:.1f} / {save['p95']:.1f} / "
        f"{save['max']:.1f} ms |",
        f"| Expected conflicts (re-read and saved again) | {result['conflicts_total']:,} "
        f"({conflicts}); given up after 25 tries: {result['given_up']} |",
        f"| Other errors | {result['errors_total']} |",
        f"| Lost updates | {check['lost']} (of {check['saved_hot_edits']:,} saved hot edits; "
        f"{check['notes_written']:,} notes written) |",
        "",
        f"Operations: {ops}",
    ]
    reads = result["read_ms"]
    lines.append(
        "Reads, median / p95 ms: "
        + ", ".join(f"{n} {v['median']:.1f} / {v['p95']:.1f}" for n, v in reads.items())
    )
    if result["search_left_out"]:
        lines.append(f"Search left out (fails on PostgreSQL): {result['search_left_out']}")
    for error in result["errors"]:
        lines.append(f"ERROR {error}")
    for problem in [*check["missing_tokens"][:20], *check["version_problems"]]:
        lines.append(f"LOST {problem}")
    return "\n".join(lines)


def main() -> int:
    import run_benchmarks as suite

    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--processes", type=int, default=20, help="simulated officials")
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--notes", type=int, default=10_000, help="generated notes in the db")
    parser.add_argument("--think-ms", type=float, default=100.0, help="mean pause between ops")
    parser.add_argument("--edit-ms", type=float, default=50.0, help="mean time a form is open")
    parser.add_argument("--hot-municipalities", type=int, default=2)
    parser.add_argument("--hot-records", type=int, default=2, help="hot notes and actions each")
    parser.add_argument("--seed", type=int, default=15)
    # Saves without the version check: proves that the lost-update check finds lost edits.
    parser.add_argument("--unchecked", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--cache", type=Path, default=suite.DEFAULT_CACHE)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    result = measure_load(args)
    print(render(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    failed = result["errors_total"] or result["lost_update_check"]["lost"]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
