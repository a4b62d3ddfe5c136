#!/usr/bin/env python3
"""In-process measurements; run_benchmarks.py starts one child process per measurement.

    python benchmarks/measure.py METRIC[,METRIC...] --db PATH [--quick]

METRIC is one of: filter, open, memory, ui_save, ui_filter, ui_open (the real main window,
off screen), search, save, queries (core only, no Qt). Each prints one line
``RESULT {json}`` on stdout. Expects SERVICEPUNKT_HOME and QT_QPA_PLATFORM to be set by the
caller.

The ``ui_*`` figures (issue 9) are UI-thread time including the repaint: from the action
until the UI thread has nothing left to do for it (:func:`until_painted`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import generate_data

from servicepunkt_gui import __version__
from servicepunkt_gui.core.db import Database, open_database
from servicepunkt_gui.core.notes import NoteInput
from servicepunkt_gui.core.reference import ensure_reference_data
from servicepunkt_gui.resources import resource_path

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from servicepunkt_gui.ui.shell.main_window import MainWindow

Result = dict[str, Any]

HEAVY = list(generate_data.HEAVY_MUNICIPALITIES)
# Typed one letter at a time into the municipality search field.
FILTER_NAMES = ("Örnsköldsvik", "Stockholm", "Kalmar", "Umeå", "Vilhelmina", "Ängelholm", "2284")

# What officials type into the global search: whole words, words still being typed,
# words without å/ä/ö, a quoted phrase, names of people and villages, two-word queries,
# and a few very common words that match a large part of all notes.
SEARCH_QUERIES = (
    "hemsändning",
    "hemsandning",
    "hems",
    "hemsä",
    "drivmedel",
    "drivm",
    "paketombud",
    "paketomb",
    "apoteksombud",
    "kontantuttag",
    "kontant",
    "laddstolpe",
    "ladd",
    "byalag",
    "byalaget",
    "servicepunkt",
    "servicebidrag",
    "hemsändningsbidrag",
    "särskilt driftstöd",
    '"särskilt driftstöd"',
    '"kommunstyrelsen beslutade"',
    '"ansökan om servicebidrag"',
    "investeringsstöd",
    "kommunstyrelsen",
    "Tillväxtverket",
    "Länsstyrelsen",
    "lanthandel",
    "dagligvarubutik",
    "tankautomat diesel",
    "Lindqvist",
    "Anna Lindqvist",
    "Åström",
    "astrom",
    "Bredbyn",
    "Trehörningsjö",
    "trehorningsjo",
    "Junsele butik",
    "Postnord ombud",
    "bredband mobiltäckning",
    "anropsstyrd trafik",
    "pension efterträdare",
    "namnunderskrifter",
    "frysdiskar kassasystem",
    "serviceplan",
    "möte",
    "butiken",
    "kommun",
    "Preem",
    "ICA Nära",
    "trygghetspunkt elavbrott",
)


def stats(samples: list[float]) -> dict[str, float | int]:
    """Median, 95th percentile, min, max (in the samples' unit) and count."""
    ordered = sorted(samples)
    if len(ordered) >= 2:
        p95 = statistics.quantiles(ordered, n=20, method="inclusive")[18]
    else:
        p95 = ordered[0]
    return {
        "median": statistics.median(ordered),
        "p95": p95,
        "min": ordered[0],
        "max": ordered[-1],
        "n": len(ordered),
    }


def rss_mb() -> dict[str, float]:
    """Resident memory now (VmRSS) and at its peak (VmHWM) in MB (10^6 bytes), Linux only."""
    values: dict[str, float] = {}
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0]) * 1024 / 1e6
    return values


def ms(seconds: float) -> float:
    return seconds * 1000.0


# --- Set-up -----------------------------------------------------------------------------


def open_store(db: Path) -> Database:
    """Open the file as the app does at start: migrate, then bring reference data up to date."""
    database = open_database(db, app_version=__version__)
    with database.session() as session:
        ensure_reference_data(session, resource_path("data"))
    return database


@contextmanager
def real_window(db: Path) -> Iterator[tuple[QApplication, Database, MainWindow]]:
    """The app's main window on ``db``, set up as ``app.run_window`` does, shown off screen.

    A dialog would wait for an answer for ever off screen: any that opens is closed and
    reported as an error instead.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from servicepunkt_gui.ui.shell.application import create_application
    from servicepunkt_gui.ui.shell.main_window import MainWindow
    from servicepunkt_gui.ui.shell.preferences import Preferences

    app = create_application([sys.argv[0]], "sv")
    unexpected: list[str] = []

    def close_dialogs() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            unexpected.append(f"{type(dialog).__name__} {dialog.windowTitle()!r}")
            dialog.close()

    watchdog = QTimer()
    watchdog.timeout.connect(close_dialogs)
    watchdog.start(250)
    database = open_store(db)
    window = MainWindow(database, Preferences())
    window.show()
    settle(app)
    try:
        yield app, database, window
    finally:
        window.close()
        window.deleteLater()
        settle(app)
        watchdog.stop()
        database.close()
    if unexpected:
        raise RuntimeError(f"unexpected dialog(s) during the measurement: {unexpected}")


def settle(app: QApplication, rounds: int = 3) -> None:
    for _ in range(rounds):
        app.processEvents()


# Safety net: an action whose events keep posting more events would otherwise never end.
MAX_ROUNDS = 500
# Without the GLib event dispatcher (Linux's default) a round cannot tell whether it found
# anything to do; then this many rounds are run in each phase instead.
FIXED_ROUNDS = 10


def until_painted(app: QApplication, window: QWidget) -> int:
    """Let the UI thread finish what an action started, painting included; returns the rounds.

    Rounds of the event loop (``QAbstractEventDispatcher.processEvents``, which with the GLib
    dispatcher says whether it found anything: posted events, queued signals, layout
    requests, the update request that repaints, timers already due) until one finds nothing;
    then a synchronous ``UpdateRequest`` to the window, which paints whatever is still
    marked dirty at once (nothing, if Qt already painted it), and rounds until idle again.
    Time taken to the end of this is what the official waits before the window shows the
    result; the work is only what the action caused, not a repaint of the whole window.
    """
    from PySide6.QtCore import QAbstractEventDispatcher, QEvent, QEventLoop

    dispatcher = QAbstractEventDispatcher.instance()
    assert dispatcher is not None
    reports_work = "Glib" in dispatcher.metaObject().className()
    flags = QEventLoop.ProcessEventsFlag.AllEvents
    rounds = 0
    for phase in ("pending", "forced paint"):
        if phase == "forced paint":
            app.sendEvent(window, QEvent(QEvent.Type.UpdateRequest))
        if reports_work:
            while rounds < MAX_ROUNDS and dispatcher.processEvents(flags):
                rounds += 1
        else:
            for _ in range(FIXED_ROUNDS):
                dispatcher.processEvents(flags)
                rounds += 1
    return rounds


def dispatcher_name() -> str:
    from PySide6.QtCore import QAbstractEventDispatcher

    dispatcher = QAbstractEventDispatcher.instance()
    return dispatcher.metaObject().className() if dispatcher is not None else ""


class PaintCounter:
    """Counts the paint events of the window's widgets while ``counting`` (for the details)."""

    def __init__(self, app: QApplication) -> None:
        from PySide6.QtCore import QEvent, QObject

        paint = QEvent.Type.Paint
        counter = self

        class _Filter(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if counter.counting and event.type() == paint:
                    counter.paints += 1
                return False

        self.counting = False
        self.paints = 0
        self._filter = _Filter()
        self._app = app
        app.installEventFilter(self._filter)

    def close(self) -> None:
        self._app.removeEventFilter(self._filter)


def open_and_show(app: QApplication, window: MainWindow, code: str) -> float:
    """Choose ``code`` in the list; seconds until its first notes are listed and painted."""
    started = time.perf_counter()
    if not window.master.select_code(code):
        raise RuntimeError(f"municipality {code} is not in the list")
    deadline = started + 30
    while not _shows(window, code):
        if time.perf_counter() > deadline:
            raise RuntimeError(f"municipality {code} did not show its notes within 30 s")
        app.processEvents()
    app.processEvents()  # paints the detail side with its notes
    return time.perf_counter() - started


def _shows(window: MainWindow, code: str) -> bool:
    shown = window.detail.municipality
    return (
        shown is not None
        and shown.code == code
        and (window.detail.notes.model.rowCount() > 0 or shown.note_count == 0)
    )


# --- Measurements -----------------------------------------------------------------------


def measure_filter(db: Path, quick: bool) -> Result:
    """Typing municipality names into the search field of the list, one letter at a time.

    - ``set_query_ms``: MasterPanel.proxy.set_query alone, timed inside the real keystroke
      (called bare, outside the panel's handler, the proxy would move the selection when
      the chosen row is filtered out and so open another municipality: no keystroke does);
    - ``keystroke_ms``: the field's whole handling of the change (filter, keep the chosen
      municipality, status line), without painting;
    - ``keystroke_repaint_ms``: the same until the list has been repainted;
    - ``clear_ms``: emptying the field again (all 290 rows come back), not in the above.
    """
    names = FILTER_NAMES[:2] if quick else FILTER_NAMES
    rounds = 1 if quick else 5
    with real_window(db) as (app, _database, window):
        open_and_show(app, window, HEAVY[0])  # as in real use, one municipality on show
        proxy = window.master.proxy
        set_query = proxy.set_query
        inner: list[float] = []
        recording = [True]

        def timed_set_query(text: str) -> None:
            started = time.perf_counter()
            set_query(text)
            if recording[0]:
                inner.append(ms(time.perf_counter() - started))

        proxy.set_query = timed_set_query  # type: ignore[method-assign]
        edit = window.master.search_edit
        handler: list[float] = []
        painted: list[float] = []
        cleared: list[float] = []
        for _ in range(rounds):
            for name in names:
                for length in range(1, len(name) + 1):
                    started = time.perf_counter()
                    edit.setText(name[:length])
                    handler.append(ms(time.perf_counter() - started))
                    app.processEvents()
                    painted.append(ms(time.perf_counter() - started))
                recording[0] = False
                started = time.perf_counter()
                edit.clear()
                app.processEvents()
                cleared.append(ms(time.perf_counter() - started))
                recording[0] = True
                settle(app)
        if window.detail.municipality is None or window.detail.municipality.code != HEAVY[0]:
            raise RuntimeError("typing in the search field changed the chosen municipality")
    return {
        "set_query_ms": stats(inner),
        "keystroke_ms": stats(handler),
        "keystroke_repaint_ms": stats(painted),
        "clear_ms": stats(cleared),
    }


def measure_open(db: Path, quick: bool) -> Result:
    """Open two 5,000-note municipalities alternately until their first notes show."""
    first, second = HEAVY[0], HEAVY[1]
    opens = 4 if quick else 20
    with real_window(db) as (app, _database, window):
        open_and_show(app, window, "0114")  # start elsewhere (Upplands Väsby)
        samples = []
        for number in range(opens):
            samples.append(ms(open_and_show(app, window, (first, second)[number % 2])))
        model = window.detail.notes.model
        loaded, total = model.rowCount(), model.total()
    return {
        "codes": [first, second],
        "open_ms": stats(samples),
        "cold_ms": samples[:2],
        "rows_loaded_first": loaded,
        "notes_total": total,
    }


def measure_memory(db: Path, quick: bool) -> Result:
    """Resident memory after opening 20 municipalities (the five 5,000-note ones first)."""
    from servicepunkt_gui.core.municipalities import list_municipalities

    with real_window(db) as (app, database, window):
        after_start = rss_mb()
        with database.session() as session:
            rows = list_municipalities(session)
        busiest = [r.code for r in sorted(rows, key=lambda r: -r.note_count) if r.code not in HEAVY]
        codes = HEAVY[:2] + busiest[:2] if quick else HEAVY + busiest[:15]
        for code in codes:
            open_and_show(app, window, code)
        settle(app)
        after_opening = rss_mb()
    return {
        "municipalities_opened": len(codes),
        "codes": codes,
        "rss_after_start_mb": after_start.get("VmRSS"),
        "rss_mb": after_opening.get("VmRSS"),
        "peak_rss_mb": after_opening.get("VmHWM"),
    }


def _note_inputs(count: int) -> list[NoteInput]:
    """Realistic notes to save, composed like the generated ones (fixed seed)."""
    rng = random.Random(4)
    place = generate_data._Municipality(
        code=HEAVY[0], villages=["Bredbyn", "Björna", "Husum"], authors=["Anna Lindqvist"]
    )
    notes = []
    for _ in range(count):
        category = rng.choice(generate_data.CATEGORIES)
        notes.append(
            NoteInput(
                body=generate_data._body(rng, category, place),
                title=generate_data._title(rng, category, place),
                category=category,
                concerns_date=dt.date(2026, 11, rng.randint(1, 27)),
                author="Anna Lindqvist",
            )
        )
    return notes


def measure_save(db: Path, quick: bool) -> Result:
    """create_note in its own session and transaction, as the window saves a note."""
    from servicepunkt_gui.core.notes import create_note

    count = 5 if quick else 40
    database = open_store(db)
    try:
        samples = []
        for number, note in enumerate(_note_inputs(count)):
            code = HEAVY[number % len(HEAVY)] if number % 2 == 0 else "0114"
            started = time.perf_counter()
            with database.session() as session:
                create_note(session, code, note)
            samples.append(ms(time.perf_counter() - started))
    finally:
        database.close()
    return {"save_ms": stats(samples)}


def _timed_ui(
    app: QApplication, window: QWidget, action: Callable[[], object]
) -> tuple[float, float, int]:
    """(ms until painted, ms of the action's own call, event-loop rounds) for one action."""
    started = time.perf_counter()
    action()
    called = time.perf_counter()
    rounds = until_painted(app, window)
    return ms(time.perf_counter() - started), ms(called - started), rounds


def _ui_result(
    key: str, samples: list[tuple[float, float, int]], paints: int, **extra: Any
) -> Result:
    return {
        key: stats([sample[0] for sample in samples]),
        "action_only_ms": stats([sample[1] for sample in samples]),
        "rounds": stats([float(sample[2]) for sample in samples]),
        "paint_events": paints,
        "dispatcher": dispatcher_name(),
        **extra,
    }


def _count_paints(app: QApplication, window: QWidget, action: Callable[[], object]) -> int:
    """Paint events of one more, untimed, repetition (the counting filter costs time)."""
    counter = PaintCounter(app)
    try:
        counter.counting = True
        action()
        until_painted(app, window)
        counter.counting = False
    finally:
        counter.close()
    return counter.paints


def measure_ui_save(db: Path, quick: bool) -> Result:
    """Saving a new note with the Save button, until the window has repainted (issue 9).

    Örnsköldsvik (5,000 notes) on show; each note typed into the editor beforehand and its
    draft kept, as after two seconds of typing (untimed), then ``save_button.click()``:
    NotesTab.save writes the note (and drops the draft) and puts its row into the list, the
    change hub has the master list re-read that municipality's row.
    """
    count = 3 if quick else 15
    with real_window(db) as (app, _database, window):
        open_and_show(app, window, HEAVY[0])
        notes_tab = window.detail.notes
        editor = notes_tab.editor
        inputs = _note_inputs(count + 1)
        before = notes_tab.model.total()

        def type_note(note: NoteInput) -> None:
            notes_tab.new_note()
            editor.title_edit.setText(note.title)
            editor.body_edit.setPlainText(note.body)
            notes_tab.editing.keep_draft()  # as after two seconds of typing
            until_painted(app, window)

        samples = []
        for note in inputs[:count]:
            type_note(note)
            samples.append(_timed_ui(app, window, editor.save_button.click))
        type_note(inputs[count])
        paints = _count_paints(app, window, editor.save_button.click)
        if notes_tab.model.total() != before + count + 1 or editor.note is None:
            raise RuntimeError("the Save button did not save every note")
    return _ui_result("save_ms", samples, paints, notes=count)


def measure_ui_filter(db: Path, quick: bool) -> Result:
    """Emptying the municipality search field, until all 290 rows are back and painted.

    Örnsköldsvik on show; each of FILTER_NAMES typed letter by letter (untimed, each
    keystroke let finish), then ``search_edit.clear()`` (what the field's clear button does).
    """
    names = FILTER_NAMES[:2] if quick else FILTER_NAMES
    rounds = 1 if quick else 5
    with real_window(db) as (app, _database, window):
        open_and_show(app, window, HEAVY[0])
        until_painted(app, window)
        edit = window.master.search_edit
        total = window.master.total_count()

        def type_name(name: str) -> None:
            for length in range(1, len(name) + 1):
                edit.setText(name[:length])
                until_painted(app, window)

        samples = []
        for _ in range(rounds):
            for name in names:
                type_name(name)
                samples.append(_timed_ui(app, window, edit.clear))
                if window.master.shown_count() != total:
                    raise RuntimeError("emptying the search field did not bring every row back")
        type_name(names[0])
        paints = _count_paints(app, window, edit.clear)
        if window.detail.municipality is None or window.detail.municipality.code != HEAVY[0]:
            raise RuntimeError("the search field changed the chosen municipality")
    return _ui_result("clear_ms", samples, paints, rows=total)


def measure_ui_open(db: Path, quick: bool) -> Result:
    """``master.select_code`` for 2284 and 2482 alternately, until shown and painted (issue 9)."""
    first, second = HEAVY[0], HEAVY[1]
    opens = 4 if quick else 20
    with real_window(db) as (app, _database, window):
        open_and_show(app, window, "0114")  # start elsewhere (Upplands Väsby)
        until_painted(app, window)
        samples = []
        for number in range(opens):
            code = (first, second)[number % 2]
            samples.append(
                _timed_ui(app, window, lambda code=code: window.master.select_code(code))
            )
            if not _shows(window, code):
                raise RuntimeError(f"municipality {code} did not show its notes")
        code = (first, second)[opens % 2]
        paints = _count_paints(app, window, lambda: window.master.select_code(code))
        model = window.detail.notes.model
        loaded, total = model.rowCount(), model.total()
    return _ui_result(
        "open_ms",
        samples,
        paints,
        codes=[first, second],
        cold_ms=[sample[0] for sample in samples[:2]],
        rows_loaded_first=loaded,
        notes_total=total,
    )


def measure_search(db: Path, quick: bool) -> Result:
    """core.search.search over SEARCH_QUERIES: one untimed pass, then timed passes."""
    try:
        from servicepunkt_gui.core.search import search
    except ImportError as error:
        return {"available": False, "reason": f"search not available yet ({error})"}

    queries = SEARCH_QUERIES[:10] if quick else SEARCH_QUERIES
    passes = 1 if quick else 3
    database = open_store(db)
    try:
        cold: dict[str, float] = {}
        hits: dict[str, int] = {}
        for query in queries:
            started = time.perf_counter()
            with database.session() as session:
                hits[query] = len(search(session, query))
            cold[query] = ms(time.perf_counter() - started)
        per_query: dict[str, list[float]] = {query: [] for query in queries}
        for _ in range(passes):
            for query in queries:
                started = time.perf_counter()
                with database.session() as session:
                    search(session, query)
                per_query[query].append(ms(time.perf_counter() - started))
    finally:
        database.close()
    samples = [value for values in per_query.values() for value in values]
    medians = {query: statistics.median(values) for query, values in per_query.items()}
    slowest = sorted(medians, key=lambda q: -medians[q])[:6]
    return {
        "available": True,
        "queries": len(queries),
        "passes": passes,
        "search_ms": stats(samples),
        "first_pass_ms": stats(list(cold.values())),
        "slowest": [{"query": q, "median_ms": medians[q], "hits": hits[q]} for q in slowest],
        "per_query_median_ms": medians,
        "queries_without_hits": [q for q, n in hits.items() if n == 0],
    }


def measure_queries(db: Path, quick: bool) -> Result:
    """Core queries the window runs at start and on every open, for finding slow spots."""
    from servicepunkt_gui.core.municipalities import get_municipality, list_municipalities
    from servicepunkt_gui.core.notes import count_notes, list_notes

    repeat = 2 if quick else 7

    def timed(action: Callable[[Any], object]) -> dict[str, float | int]:
        samples = []
        for _ in range(repeat):
            started = time.perf_counter()
            with database.session() as session:
                action(session)
            samples.append(ms(time.perf_counter() - started))
        return stats(samples)

    started = time.perf_counter()
    database = open_store(db)
    open_ms = ms(time.perf_counter() - started)
    try:
        return {
            "open_store_ms": open_ms,
            "list_municipalities_ms": timed(list_municipalities),
            "get_municipality_ms": timed(lambda s: get_municipality(s, HEAVY[0])),
            "count_notes_ms": timed(lambda s: count_notes(s, HEAVY[0])),
            "list_notes_first_page_ms": timed(lambda s: list_notes(s, HEAVY[0], 0, 100)),
        }
    finally:
        database.close()


MEASUREMENTS: dict[str, Callable[[Path, bool], Result]] = {
    "filter": measure_filter,
    "open": measure_open,
    "memory": measure_memory,
    "ui_save": measure_ui_save,
    "ui_filter": measure_ui_filter,
    "ui_open": measure_ui_open,
    "search": measure_search,
    "save": measure_save,
    "queries": measure_queries,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("metrics", help="comma-separated: " + ", ".join(MEASUREMENTS))
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (smoke test)")
    args = parser.parse_args(argv)
    names = [name.strip() for name in args.metrics.split(",") if name.strip()]
    unknown = [name for name in names if name not in MEASUREMENTS]
    if unknown:
        parser.error(f"unknown metric(s): {', '.join(unknown)}")
    for name in names:
        result = MEASUREMENTS[name](args.db, args.quick)
        print("RESULT " + json.dumps({"metric": name, **result}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
