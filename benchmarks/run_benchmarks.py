#!/usr/bin/env python3
"""Servicepunkt's speed and memory benchmarks (issue 4): one command, a table of goals.

    .venv/bin/python benchmarks/run_benchmarks.py                 # the real figures
    .venv/bin/python benchmarks/run_benchmarks.py --json out.json # also as JSON
    .venv/bin/python benchmarks/run_benchmarks.py --notes 2000 --quick   # smoke run

1. Databases: an empty one (schema and reference data only) and one with ``--notes``
   generated notes (benchmarks/generate_data.py, fixed seed), cached under ``--cache``
   (default: <temp>/servicepunkt-benchmarks) by note count, seed, generator source and
   migrations, so a new migration means a new file. Every run works on fresh copies.
2. Start-up: whole processes, launch to the line each prints after drawing its window:
   ``python -m servicepunkt_gui --self-test --db FILE`` on both databases, and
   benchmarks/bare_qt.py (a bare PySide6 QMainWindow) as the yardstick; one untimed
   warm-up each, then ``--runs`` rounds, interleaved (order rotating), medians compared.
3. In-process figures (benchmarks/measure.py), each in a child process of its own:
   filter keystrokes, opening a 5,000-note municipality, full-text search, saving a
   note, memory after opening 20 municipalities; UI-thread time including the repaint
   (issue 9) of saving a note with the Save button, emptying the municipality filter and
   opening a 5,000-note municipality; plus diagnostics (core queries).

Every process gets its own SERVICEPUNKT_HOME (a temporary folder), QT_QPA_PLATFORM=
offscreen, and the bytecode cache <temp>/servicepunkt-benchmarks/pycache
(PYTHONPYCACHEPREFIX) in place of any PYTHONDONTWRITEBYTECODE, so that modules load
compiled, as in an installed app, and the source tree gets no __pycache__ folders.
``--quick`` does one round of everything and runs the in-process figures in two child
processes instead of one each: it proves the suite works, its figures mean little.
Exit status: 0 when every figure was measured (met or not; 1 with ``--check`` if a goal
is missed), 2 when a measurement failed.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import hashlib
import json
import os
import platform
import shlex
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

import generate_data
import measure_startup as startup_probe

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
MIGRATIONS = ROOT / "servicepunkt_gui" / "core" / "migrations" / "versions"
DEFAULT_CACHE = Path(tempfile.gettempdir()) / "servicepunkt-benchmarks"
PYCACHE = DEFAULT_CACHE / "pycache"
DEFAULT_RUNS = 7
CHILD_TIMEOUT_S = 900  # a child that hangs (e.g. on a dialog) fails the run instead

# Child processes for the in-process figures, in the order they run (writers last).
FULL_PLAN = (
    ("queries", "empty"),
    ("queries", "notes"),
    ("filter", "notes"),
    ("open", "notes"),
    ("memory", "notes"),
    ("ui_filter", "notes"),
    ("ui_open", "notes"),
    ("search", "notes"),
    ("ui_save", "notes"),
    ("save", "notes"),
)
QUICK_PLAN = (
    ("queries", "empty"),
    ("filter,open,memory,ui_filter,ui_open,ui_save", "notes"),
    ("queries,search,save", "notes"),
)
# Issue 9: what the official waits for on the UI thread, repaint included, at most a frame.
UI_FRAME_MS = 16.0


@dataclass
class Row:
    """One line of the table: a figure against its goal (goal None: for information)."""

    key: str
    label: str
    value: float | None
    unit: str
    goal: float | None = None
    detail: str = ""
    skipped: str = ""

    @property
    def verdict(self) -> str:
        if self.skipped:
            return "not measured"
        if self.goal is None or self.value is None:
            return "info"
        if self.value <= self.goal:
            return "pass"
        return f"miss (+{(self.value / self.goal - 1) * 100:.0f} %)"


# --- Environment and machine ------------------------------------------------------------


def child_env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["SERVICEPUNKT_HOME"] = str(home)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # Shared by every run whatever --cache says: bytecode depends only on the sources.
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    env["PYTHONPATH"] = os.pathsep.join(
        [str(BENCH_DIR), *filter(None, [os.environ.get("PYTHONPATH")])]
    )
    return env


@contextlib.contextmanager
def private_home(parent: Path) -> Iterator[Path]:
    home = Path(tempfile.mkdtemp(prefix="home-", dir=parent))
    try:
        yield home
    finally:
        shutil.rmtree(home, ignore_errors=True)


def machine() -> dict[str, Any]:
    cpu = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory_gb = None
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        for line in meminfo.read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
    from PySide6 import QtCore
    from PySide6 import __version__ as pyside_version

    return {
        "nproc": os.cpu_count(),
        "cpu": cpu or platform.processor() or platform.machine(),
        "memory_gb": memory_gb,
        "os": platform.platform(),
        "python": platform.python_version(),
        "pyside6": pyside_version,
        "qt": QtCore.qVersion(),
        "sqlite": sqlite3.sqlite_version,
        "git": git_revision(),
    }


def git_revision() -> str:
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return f"{head} + uncommitted changes" if dirty else head


def load_average() -> list[float] | None:
    try:
        return [round(value, 2) for value in os.getloadavg()]
    except OSError:
        return None


def say(message: str) -> None:
    print(f"[bench] {message}", file=sys.stderr, flush=True)


# --- Databases --------------------------------------------------------------------------


def schema_fingerprint() -> str:
    """Changes whenever the generator or any migration changes."""
    digest = hashlib.sha256()
    digest.update((BENCH_DIR / "generate_data.py").read_bytes())
    for path in sorted(MIGRATIONS.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def cached_database(cache: Path, notes: int | None, seed: int, env: dict[str, str]) -> Path:
    """The cached file for ``notes`` notes (None: empty), generated first if missing."""
    name = "empty" if notes is None else f"notes{notes}-seed{seed}"
    path = cache / f"{name}-gen{generate_data.GENERATOR_VERSION}-{schema_fingerprint()}.sqlite3"
    if path.exists():
        say(f"reusing {path}")
        return path
    cache.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    say(f"generating {path.name} …")
    if notes is None:
        command = [sys.executable, "-c", _EMPTY_SCRIPT, str(partial)]
    else:
        command = [sys.executable, str(BENCH_DIR / "generate_data.py")]
        command += ["--notes", str(notes), "--seed", str(seed), "--out", str(partial)]
    with private_home(cache) as home:
        completed = subprocess.run(
            command, env={**env, "SERVICEPUNKT_HOME": str(home)}, capture_output=True, text=True
        )
    if completed.returncode != 0:
        raise RuntimeError(f"generating {path.name} failed:\n{completed.stderr[-3000:]}")
    if completed.stdout.strip():
        say(completed.stdout.strip())
    partial.rename(path)
    for stale in cache.glob(f"{name}-*.sqlite3"):  # older generator or schema
        if stale != path:
            say(f"removing the outdated {stale.name}")
            stale.unlink()
    return path


# The empty database: what the app creates on first start, nothing more.
_EMPTY_SCRIPT = """
import sys
from pathlib import Path
from servicepunkt_gui.core.db import open_database
from servicepunkt_gui.core.reference import ensure_reference_data
from servicepunkt_gui.resources import resource_path
database = open_database(Path(sys.argv[1]))
with database.session() as session:
    ensure_reference_data(session, resource_path("data"))
database.close()
"""


def fresh_copy(source: Path, folder: Path) -> Path:
    target = folder / source.name
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, target)
    target.chmod(0o600)
    return target


# --- Start-up ---------------------------------------------------------------------------


def time_to_first_line(command: Sequence[str], env: dict[str, str]) -> tuple[float, str]:
    """Seconds from launching ``command`` to its first line on stdout; waits for exit 0."""
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=errors, env=env, cwd=ROOT, text=True
        )
        assert process.stdout is not None
        killer = threading.Timer(CHILD_TIMEOUT_S, process.kill)  # a hang fails the run
        killer.start()
        try:
            line = process.stdout.readline()
            elapsed = time.perf_counter() - started
            process.stdout.read()
            code = process.wait()
        finally:
            killer.cancel()
        if code != 0 or not line.strip():
            errors.seek(0)
            message = errors.read().decode(errors="replace")[-2000:]
            raise RuntimeError(f"{shlex.join(command)} exited {code}: {line.strip()}\n{message}")
    return elapsed, line.strip()


def measure_startup(
    databases: dict[str, Path], runs: int, warm_up: bool, work: Path
) -> dict[str, Any]:
    app = [sys.executable, "-m", "servicepunkt_gui", "--self-test", "--db"]
    commands = {
        "bare": [sys.executable, str(BENCH_DIR / "bare_qt.py")],
        "empty": [*app, str(databases["empty"])],
        "notes": [*app, str(databases["notes"])],
    }
    kinds = list(commands)
    times: dict[str, list[float]] = {kind: [] for kind in kinds}
    lines: dict[str, str] = {}
    for round_number in range(-1 if warm_up else 0, runs):
        # Rotate the order so no kind always runs right after another.
        shift = max(round_number, 0) % len(kinds)
        for kind in kinds[shift:] + kinds[:shift]:
            with private_home(work) as home:
                elapsed, line = time_to_first_line(commands[kind], child_env(home))
            lines[kind] = line
            if round_number >= 0:
                times[kind].append(elapsed)
        if round_number >= 0:
            say(f"start-up round {round_number + 1}/{runs} done")
    medians = {kind: statistics.median(values) for kind, values in times.items()}
    staged = measure_staged_startup(databases, runs, warm_up, work)
    return {
        "staged": staged,
        "runs": runs,
        "warm_up": warm_up,
        "seconds": times,
        "median_s": medians,
        "lines": lines,
        "ratio_notes_to_bare": medians["notes"] / medians["bare"],
        "ratio_empty_to_bare": medians["empty"] / medians["bare"],
        "ratio_notes_to_empty": medians["notes"] / medians["empty"],
        "commands": {kind: shlex.join(command) for kind, command in commands.items()},
    }


def measure_staged_startup(
    databases: dict[str, Path], runs: int, warm_up: bool, work: Path
) -> dict[str, Any]:
    """The real start (no self-test), as an official starts the app: the first paint, drawn
    from a plain sqlite3 read, and ready for the first click (benchmarks/measure_startup.py
    prints the same on its own)."""
    samples: dict[str, list[float]] = {}
    for round_number in range(-1 if warm_up else 0, runs):
        for kind in ("notes", "empty"):
            command = [sys.executable, "-m", "servicepunkt_gui", "--db", str(databases[kind])]
            with private_home(work) as home:
                env = {**child_env(home), startup_probe.PROBE: "1"}
                found = startup_probe.timed(command, env, ("first-paint", "ready"))
            if round_number >= 0:
                for mark, seconds in found.items():
                    samples.setdefault(f"{kind}:{mark}", []).append(seconds)
    return {"seconds": samples, "median_s": {k: statistics.median(v) for k, v in samples.items()}}


# --- In-process figures -----------------------------------------------------------------


def run_measurements(metrics: str, database: Path, quick: bool, work: Path) -> list[dict[str, Any]]:
    command = [sys.executable, str(BENCH_DIR / "measure.py"), metrics, "--db", str(database)]
    if quick:
        command.append("--quick")
    with private_home(work) as home:
        try:
            completed = subprocess.run(
                command,
                env=child_env(home),
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=CHILD_TIMEOUT_S,
            )
        except subprocess.TimeoutExpired as error:
            raise RuntimeError(f"{shlex.join(command)} took over {CHILD_TIMEOUT_S} s") from error
    if completed.returncode != 0:
        raise RuntimeError(f"{shlex.join(command)} failed:\n{completed.stderr[-3000:]}")
    results = [
        json.loads(line.removeprefix("RESULT "))
        for line in completed.stdout.splitlines()
        if line.startswith("RESULT ")
    ]
    if len(results) != len(metrics.split(",")):
        raise RuntimeError(f"{shlex.join(command)} reported {len(results)} results")
    return results


# --- Report -----------------------------------------------------------------------------


def ui_detail(figures: dict[str, Any], key: str, what: str) -> str:
    """The details of an issue-9 figure: spread, the action's own call, paint events."""
    spread = figures[key]
    return (
        f"p95 {spread['p95']:.1f} ms, max {spread['max']:.1f} ms, {spread['n']} {what}; "
        f"the call alone {figures['action_only_ms']['median']:.1f} ms, "
        f"{figures['paint_events']} paint events"
    )


def rows_from(results: dict[str, Any]) -> list[Row]:
    """The table: the issue's goals first, then figures for information."""
    startup = results["startup"]
    measured = results["measurements"]
    notes = results["config"]["notes"]
    median_s = startup["median_s"]
    staged = startup["staged"]["median_s"]
    bare = median_s["bare"]
    rows = [
        Row(
            "startup_first_paint_notes",
            f"Start-up to the first painted window, {notes:,} notes ÷ bare Qt window",
            staged["notes:first-paint"] / bare,
            "×",
            2.0,
            f"{staged['notes:first-paint']:.3f} s ÷ {bare:.3f} s; empty database "
            f"{staged['empty:first-paint'] / bare:.2f}×",
        ),
        Row(
            "startup_ready_notes",
            f"Start-up until ready for the first click, {notes:,} notes ÷ bare Qt window",
            staged["notes:ready"] / bare,
            "×",
            3.0,
            f"{staged['notes:ready']:.3f} s ÷ {bare:.3f} s; empty database "
            f"{staged['empty:ready'] / bare:.2f}×",
        ),
        Row(
            "startup_notes_vs_bare",
            f"Self-test start (opens, checks, draws everything), {notes:,} notes ÷ bare Qt window",
            startup["ratio_notes_to_bare"],
            "×",
            3.0,
            f"{median_s['notes']:.2f} s ÷ {median_s['bare']:.2f} s",
        ),
        Row(
            "startup_empty_vs_bare",
            "Self-test start, empty database ÷ bare Qt window",
            startup["ratio_empty_to_bare"],
            "×",
            3.0,
            f"{median_s['empty']:.2f} s ÷ {median_s['bare']:.2f} s",
        ),
        Row(
            "startup_notes_vs_empty",
            f"Self-test start, {notes:,} notes ÷ empty database",
            startup["ratio_notes_to_empty"],
            "×",
            1.2,
            f"{median_s['notes']:.2f} s ÷ {median_s['empty']:.2f} s",
        ),
    ]
    filter_ = measured["notes:filter"]
    rows.append(
        Row(
            "filter_keystroke",
            "Filter keystroke in the municipality list (proxy.set_query while typing), median",
            filter_["set_query_ms"]["median"],
            "ms",
            2.0,
            f"p95 {filter_['set_query_ms']['p95']:.2f} ms, {filter_['set_query_ms']['n']} keys",
        )
    )
    opening = measured["notes:open"]
    rows.append(
        Row(
            "open_municipality",
            f"Opening a municipality with {opening['notes_total']:,} notes until its first "
            "notes show, median",
            opening["open_ms"]["median"],
            "ms",
            50.0,
            f"{' and '.join(opening['codes'])} alternately, {opening['open_ms']['n']} opens, "
            f"p95 {opening['open_ms']['p95']:.0f} ms; first {opening['rows_loaded_first']} "
            "notes loaded",
        )
    )
    search = measured["notes:search"]
    if search.get("available"):
        figures = search["search_ms"]
        detail = f"{search['queries']} queries × {search['passes']} passes"
        rows.append(
            Row(
                "search_median",
                f"Full-text search over {notes:,} notes, median",
                figures["median"],
                "ms",
                10.0,
                detail,
            )
        )
        rows.append(
            Row(
                "search_p95",
                f"Full-text search over {notes:,} notes, 95th percentile",
                figures["p95"],
                "ms",
                30.0,
                f"max {figures['max']:.1f} ms",
            )
        )
    else:
        for key, label in (("search_median", "median"), ("search_p95", "95th percentile")):
            rows.append(
                Row(
                    key,
                    f"Full-text search over {notes:,} notes, {label}",
                    None,
                    "ms",
                    10.0 if key == "search_median" else 30.0,
                    skipped=search.get("reason", "search not available yet"),
                )
            )
    save = measured["notes:save"]["save_ms"]
    rows.append(
        Row(
            "save_note",
            "Saving a note (create_note in its own transaction), median",
            save["median"],
            "ms",
            5.0,
            f"p95 {save['p95']:.1f} ms, {save['n']} notes",
        )
    )
    memory = measured["notes:memory"]
    rows.append(
        Row(
            "memory",
            f"Resident memory after opening {memory['municipalities_opened']} municipalities",
            memory["rss_mb"],
            "MB",
            200.0,
            f"{memory['rss_after_start_mb']:.0f} MB after start, peak "
            f"{memory['peak_rss_mb']:.0f} MB",
        )
    )
    ui_save = measured["notes:ui_save"]
    rows.append(
        Row(
            "ui_save_note",
            f"Saving a note with the Save button ({opening['notes_total']:,}-note municipality), "
            "UI thread until repainted, median",
            ui_save["save_ms"]["median"],
            "ms",
            UI_FRAME_MS,
            ui_detail(ui_save, "save_ms", "notes"),
        )
    )
    ui_filter = measured["notes:ui_filter"]
    rows.append(
        Row(
            "ui_filter_clear",
            f"Emptying the municipality search field (all {ui_filter['rows']} back), "
            "UI thread until repainted, median",
            ui_filter["clear_ms"]["median"],
            "ms",
            UI_FRAME_MS,
            ui_detail(ui_filter, "clear_ms", "times"),
        )
    )
    ui_open = measured["notes:ui_open"]
    rows.append(
        Row(
            "ui_open_municipality",
            f"Opening a municipality with {ui_open['notes_total']:,} notes (select_code), "
            "UI thread until shown and repainted, median",
            ui_open["open_ms"]["median"],
            "ms",
            UI_FRAME_MS,
            ui_detail(ui_open, "open_ms", "opens")
            + f"; first two {ui_open['cold_ms'][0]:.0f} and {ui_open['cold_ms'][1]:.0f} ms",
        )
    )
    # For information: figures that explain the ones above.
    rows.append(
        Row(
            "filter_keystroke_whole",
            "Filter keystroke, the search field's whole handling (no painting), median",
            filter_["keystroke_ms"]["median"],
            "ms",
            detail=f"p95 {filter_['keystroke_ms']['p95']:.1f} ms; with repainting the list: "
            f"median {filter_['keystroke_repaint_ms']['median']:.1f} ms, "
            f"p95 {filter_['keystroke_repaint_ms']['p95']:.1f} ms",
        )
    )
    rows.append(
        Row(
            "open_municipality_cold",
            f"Opening a {opening['notes_total']:,}-note municipality the first time "
            "(each of the two)",
            max(opening["cold_ms"]),
            "ms",
            detail=" and ".join(f"{value:.0f} ms" for value in opening["cold_ms"]),
        )
    )
    if search.get("available"):
        slowest = ", ".join(
            f"{item['query']} {item['median_ms']:.0f} ms" for item in search["slowest"][:4]
        )
        rows.append(
            Row(
                "search_first_pass",
                "Full-text search, first pass after opening (untimed above), median",
                search["first_pass_ms"]["median"],
                "ms",
                detail=f"slowest queries: {slowest}",
            )
        )
    for key, label in (
        ("list_municipalities_ms", "list_municipalities (window start)"),
        ("get_municipality_ms", "get_municipality (every open)"),
        ("list_notes_first_page_ms", "list_notes, first page of 100 (every open)"),
    ):
        rows.append(
            Row(
                f"query_{key.removesuffix('_ms')}",
                f"Core query {label}, median",
                measured["notes:queries"][key]["median"],
                "ms",
                detail=f"empty database: {measured['empty:queries'][key]['median']:.1f} ms",
            )
        )
    rows.append(
        Row(
            "startup_seconds",
            "Start-up medians: bare Qt / empty / notes",
            median_s["notes"],
            "s",
            detail=" / ".join(f"{median_s[k]:.2f} s" for k in ("bare", "empty", "notes")),
        )
    )
    return rows


def row_from(item: dict[str, Any]) -> Row:
    return Row(**{field.name: item[field.name] for field in fields(Row) if field.name in item})


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "×":
        return f"{value:.2f}×"
    if unit == "MB":
        return f"{value:.0f} MB"
    if unit == "s":
        return f"{value:.2f} s"
    return (
        f"{value:.2f} ms" if value < 10 else f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"
    )


def goal_text(row: Row) -> str:
    if row.goal is None:
        return "—"
    return "≤ " + fmt(row.goal, row.unit).replace(".00", "").replace(".0 ", " ")


def render(results: dict[str, Any]) -> str:
    """The report as Markdown: the command, the machine, the table."""
    info = results["machine"]
    config = results["config"]
    lines = [
        f"Command: `{results['command']}`",
        "",
        f"- Date: {results['date']} · git {info['git']}",
        f"- Machine: {info['nproc']} CPUs ({info['cpu']}), {info['memory_gb']} GB RAM, "
        f"{info['os']}; Python {info['python']}, PySide6 {info['pyside6']} (Qt {info['qt']}), "
        f"SQLite {info['sqlite']}",
        f"- Load average (1, 5, 15 min) before: {results['load_before']}, "
        f"after: {results['load_after']}",
        f"- Set-up: {config['notes']:,} notes (seed {config['seed']}), start-up runs "
        f"{config['runs']}{' (quick)' if config['quick'] else ''}, "
        f"total {results['seconds']:.0f} s",
    ]
    load = results.get("load_before")
    if load and info.get("nproc") and load[0] >= 0.5 * info["nproc"]:
        lines.append(
            "- Note: the machine was busy before the run (1-minute load average "
            f"{load[0]} on {info['nproc']} CPUs); timings are less reliable than usual."
        )
    lines += [
        "",
        "| Measure | Goal | Figure | Result | Details |",
        "|---|---|---|---|---|",
    ]
    for item in results["rows"]:
        row = row_from(item)
        figure = fmt(row.value, row.unit) if not row.skipped else row.skipped
        lines.append(
            f"| {row.label} | {goal_text(row)} | {figure} | {row.verdict} | {row.detail} |"
        )
    return "\n".join(lines)


# --- Main -------------------------------------------------------------------------------


def run(args: argparse.Namespace) -> dict[str, Any]:
    started = time.perf_counter()
    cache: Path = args.cache
    cache.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {
        "command": shlex.join(sys.orig_argv),
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "machine": machine(),
        "load_before": load_average(),
        "config": {
            "notes": args.notes,
            "seed": args.seed,
            "runs": args.runs,
            "quick": args.quick,
            "cache": str(cache),
        },
    }
    with private_home(cache) as home:
        env = child_env(home)
        sources = {
            "empty": cached_database(cache, None, args.seed, env),
            "notes": cached_database(cache, args.notes, args.seed, env),
        }
    with tempfile.TemporaryDirectory(prefix="servicepunkt-bench-") as scratch:
        work = Path(scratch)
        databases = {}
        for kind, path in sources.items():
            (work / kind).mkdir()
            databases[kind] = fresh_copy(path, work / kind)
        say(f"start-up: {args.runs} rounds of bare Qt, empty and {args.notes:,}-note database")
        results["startup"] = measure_startup(
            databases, args.runs, warm_up=not args.quick, work=work
        )
        measured: dict[str, Any] = {}
        for metrics, kind in QUICK_PLAN if args.quick else FULL_PLAN:
            say(f"measuring {metrics} on the {kind} database")
            for result in run_measurements(metrics, databases[kind], args.quick, work):
                measured[f"{kind}:{result['metric']}"] = result
        results["measurements"] = measured
    results["load_after"] = load_average()
    results["seconds"] = time.perf_counter() - started
    results["rows"] = [{**asdict(row), "verdict": row.verdict} for row in rows_from(results)]
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Servicepunkt's speed and memory benchmarks (issue 4).",
        epilog="See docs/PERFORMANCE.md for the goals and the latest figures.",
    )
    parser.add_argument(
        "--notes", type=int, default=generate_data.DEFAULT_NOTES, help="notes (default 100000)"
    )
    parser.add_argument("--seed", type=int, default=generate_data.DEFAULT_SEED)
    parser.add_argument(
        "--runs", type=int, help=f"start-up rounds (default {DEFAULT_RUNS}, 1 with --quick)"
    )
    parser.add_argument("--quick", action="store_true", help="one round of everything (smoke)")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="generated databases")
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    parser.add_argument(
        "--report", type=Path, metavar="JSON", help="only print the table of an earlier --json"
    )
    parser.add_argument("--check", action="store_true", help="exit 1 if a goal is missed")
    args = parser.parse_args(argv)
    if args.report:
        print(render(json.loads(args.report.read_text(encoding="utf-8"))))
        return 0
    if args.runs is None:
        args.runs = 1 if args.quick else DEFAULT_RUNS
    if args.notes < 1 or args.runs < 1:
        parser.error("--notes and --runs must be at least 1")
    try:
        results = run(args)
    except RuntimeError as error:
        say(f"a measurement failed: {error}")
        return 2
    report = render(results)
    print(report)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", "utf-8")
        say(f"results written to {args.json}")
    missed = [row for row in results["rows"] if row_from(row).verdict.startswith("miss")]
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
