"""The ETL's flow: read the data top to bottom here, one call per stage (_run).

    files      file_names: every article file under the input folder (the tables never)
    plan       update.plan: which files changed since the last run (all of them without a state)
    re-run     rerun.update: beside a usable state, the work of the stages below for what
               changed only (or nothing, and the run goes on in full)
    read       each file read (decode, layout: read.py) and extracted (dates, meetings,
               officials: assemble.extract) in the worker pool (workers.py), or on a Dask
               cluster (cluster.py); duplicates by
               content hash (keyed.dedupe); reports into the state (state.py), article rows
               into the articles table (in a full run the pool's workers write them, a part
               each, and only the parts holding a duplicate are written again here)
    merge      keyed.merge: the reports of each key (forum, level, kind) -> its meetings (merge.py)
    people     participants per meeting, officials per person
    publish    AtomicTables.commit: the four tables as one new generation (publish.py), then
               the state's transaction

Without a cache the same stages run, with the state as scratch space.
"""
from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from . import budget as budgets
from . import cluster, keyed, publish, rerun, update
from .cluster import Dask
from .files import Skipped, file_names
from .gazetteer import default_gazetteer
from .merge import participant_rows
from .records import RunReport
from .rerun import INCREMENTAL_UP_TO
from .state import STATE_NAME, State, StateError, not_damage, set_aside, tables_signature
from .workers import extract_into, process_file
from .write import SCHEMAS, AtomicTables, article_row

__all__ = ["INCREMENTAL_UP_TO", "CannotWrite", "RunReport", "WouldLoseRows", "process_file", "run"]
log = logging.getLogger(__name__)
LEFTOVERS = (".etl-state-*.sqlite", ".*.parquet.tmp")    # scratch files of killed runs (this and older versions)


class WouldLoseRows(Exception):
    """A full run cannot read folders whose articles the current tables hold: nothing is written."""


class CannotWrite(Exception):
    """The output folder's storage refuses to write (full, read-only, no permission): nothing
    was published, the previous tables and state are as they were."""


def run(input_dir: Path, out_dir: Path, use_cache: bool = True,
        progress: Callable[[int], None] | None = None, wait: float = publish.LOCK_WAIT,
        budget: float | None = budgets.FILE_BUDGET, scheduler: str | None = None) -> RunReport:
    """Read every article file under input_dir and write the four tables into out_dir.
    Every run, with or without the cache, holds out_dir's lock (waiting up to `wait` seconds
    for another run, else publish.FolderBusy). A file that takes more than `budget` seconds
    (None: no limit) is a problem row (status too_slow) and the run goes on. With a
    `scheduler` (a Dask scheduler's address, or "local" for a cluster started for the run;
    cluster.py) files are read and extracted on that cluster, else in this process and a local pool."""
    input_dir, out_dir = Path(input_dir), Path(out_dir)
    with cluster.connect(scheduler) as dask:
        return _locked_run(input_dir, out_dir, use_cache, progress, wait, budget, dask)


def _locked_run(input_dir: Path, out_dir: Path, use_cache: bool, progress: Callable[[int], None] | None,
                wait: float, budget: float | None, dask: Dask | None) -> RunReport:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        with publish.locked(out_dir, wait):
            publish.tidy(out_dir, LEFTOVERS)
            try:
                return _run(input_dir, out_dir, use_cache, progress, budget, dask)
            except (sqlite3.DatabaseError, StateError) as exc:
                if not use_cache or not_damage(exc):
                    raise
                # damage found inside the state (its pages, or records this version did not write):
                # the run wrote nothing, so it is set aside and the run starts again, in full
                set_aside(out_dir / STATE_NAME, str(exc))
                return _run(input_dir, out_dir, use_cache, progress, budget, dask)
    except (OSError, sqlite3.Error) as exc:
        cause = publish.storage_fault(exc)
        if cause is None:
            raise
        detail = " ".join(str(exc).split())
        raise CannotWrite(f"cannot write to {out_dir}: {cause} ({detail}); nothing was published, the "
                          "previous tables and state are as they were") from None


def _run(input_dir: Path, out_dir: Path, use_cache: bool, progress: Callable[[int], None] | None,
         budget: float | None, dask: Dask | None) -> RunReport:
    """One run, stage by stage (the module's docstring says what each does)."""
    report = RunReport()
    scan = _files(input_dir, out_dir, report)                                       # files
    state = State(out_dir / STATE_NAME if use_cache else None, out_dir)
    try:
        plan = update.plan(scan.paths, input_dir, state, out_dir, scan.unlisted)    # plan
        if plan.unchanged:
            _keep_published(out_dir, state, scan, plan, report)
            return report
        tables = AtomicTables(out_dir)
        try:
            if not (plan.incremental and rerun.update(plan, input_dir, out_dir, state, tables, report,  # re-run
                                                      progress, budget, dask)):
                plan = _full(plan, state, out_dir, scan.unlisted)
                _read(plan, input_dir, state, tables, progress, budget, dask)      # read
                _merge(state, tables)                                               # merge
                _people(state, tables)                                              # people
            _publish(tables, state, out_dir, scan, plan, report)                    # publish
        except BaseException:
            tables.abort()
            raise
    finally:
        state.close()
    return report


@dataclass
class _Scan:
    """What the listing of the input folder found, and when."""
    paths: list[str]            # as files.file_names gives them
    skipped: list[Skipped]
    unlisted: list[str]         # folders that cannot be listed
    time: int


def _files(input_dir: Path, out_dir: Path, report: RunReport) -> _Scan:
    """Every article file under the input folder (the output folder never), and what was not read."""
    skipped: list[Skipped] = []
    paths = list(file_names(input_dir, skipped, out=out_dir))
    report.skipped = [(s.rel, s.why) for s in skipped if s.kind not in ("unlistable", "output")]
    report.output = [(s.rel, s.why) for s in skipped if s.kind == "output"]
    report.files = len(paths)
    return _Scan(paths, skipped, [s.rel for s in skipped if s.kind == "unlistable"], time.time_ns())


def _full(plan: update.Plan, state: State, out_dir: Path, unlisted: list[str]) -> update.Plan:
    """A full run: every file read again, from an empty state (refused when it would lose the
    rows of folders it cannot list)."""
    if plan.incremental:
        state.reset()
        plan = plan.full()
    at_risk = update.rows_inside(out_dir, unlisted)
    if at_risk:
        raise WouldLoseRows(
            f"{', '.join(unlisted)}: cannot list the folder, and a full run (no usable state, or "
            f"--no-cache) would drop the {at_risk} rows of its articles in {out_dir}; nothing was "
            "written. Make the folder readable, or move it out of the input folder, and run again.")
    return plan


def _read(plan: update.Plan, root: Path, state: State, tables: AtomicTables,
          progress: Callable[[int], None] | None, budget: float | None, dask: Dask | None) -> None:
    """Every file read and extracted (on the Dask cluster `dask` when given), streamed in order
    into the state and the articles table."""
    seen = keyed.FirstCopies(plan.todo, root)
    stats, n = iter(plan.stats), 0      # each file's size and time, in todo's order
    # the results of todo's files in order, by chunks; a chunk's articles are written here, or
    # were written by a worker as part `rank` (workers.extract_into)
    for part, rank, results in extract_into(plan.todo, root, budget, dask, tables.folder("articles")):
        if part is not None:
            tables.adopt("articles", rank, part)
        changed: dict[int, dict] = {}           # the rows of a written part that dedupe changes
        row = 0
        files = []                              # the chunk's files, for the state (emptied by _full)
        for (rel, raw_hash, rows), stat in zip(results, islice(stats, len(results)), strict=True):
            deduped = [keyed.dedupe(a, evs, ps, seen, n) for a, evs, ps in rows]
            files.append((rel, stat, raw_hash, deduped, keyed.ids(rows)))
            for (article, _, _), (was, _, _) in zip(deduped, rows):
                if part is None:
                    tables.append("articles", article_row(article))
                elif article is not was:
                    changed[row] = _changed_fields(article_row(was), article_row(article))
                row += 1
            n += 1
            if progress:
                progress(1)
        state.put_new(files)
        if changed:
            tables.patch("articles", rank, changed)
    if next(stats, None) is not None:
        raise ValueError(f"{n} results for {len(plan.todo)} files")      # as zip(strict=True) says more


def _changed_fields(before: dict, after: dict) -> dict:
    """The fields of an article's row that differ after dedupe (its id, status and problem)."""
    return {k: v for k, v in after.items() if before[k] != v}


def _merge(state: State, tables: AtomicTables) -> None:
    """Every key's meetings, written by start date."""
    keyed.merge(state, default_gazetteer(), state.keys(every=True), fresh=True)
    for row in state.staged():
        tables.append("events", row)


def _people(state: State, tables: AtomicTables) -> None:
    """participants per meeting, officials per person, streamed from the state in their order."""
    for row in participant_rows(state.participations()):
        tables.append("participants", row)
    for row in keyed.officials(state.people()):
        tables.append("officials", row)


def _publish(tables: AtomicTables, state: State, out_dir: Path, scan: _Scan, plan: update.Plan,
             report: RunReport) -> None:
    """The four tables as one new generation, then the state that describes them."""
    report.tables = [p.name for p in tables.commit()]
    report.articles, report.events, report.participants, report.officials = (
        sum(part.rows for part in tables.parts[name]) for name in SCHEMAS)
    bad = state.problems()
    report.ok = report.articles - len(bad)
    report.problems += bad + [_unlisted(rel, scan.skipped, plan) for rel in scan.unlisted]
    state.put_parts(tables.parts)
    state.commit(tables_signature(out_dir, SCHEMAS), scan.time)


def _keep_published(out_dir: Path, state: State, scan: _Scan, plan: update.Plan, report: RunReport) -> None:
    """Nothing changed: the published tables are already what this run would write, so they stay
    as they are (not rewritten, no new generation); only the state's scan time moves. The
    report is the state's account of those tables."""
    report.articles, report.events, report.participants, report.officials = (
        sum(part.rows for part in state.parts(name)) for name in SCHEMAS)
    bad = state.problems()
    report.ok = report.articles - len(bad)
    report.problems += bad + [_unlisted(rel, scan.skipped, plan) for rel in scan.unlisted]
    report.reused = plan.kept
    report.tables = [f"{name}.parquet" for name in SCHEMAS]
    _commit_scan(state, out_dir, scan.time)


def _commit_scan(state: State, out_dir: Path, scan_time: int) -> None:
    """A run that changes nothing records its scan time; on a full disk it does without (the
    state still describes the tables, and the next run hashes a few recent files again)."""
    try:
        state.commit(tables_signature(out_dir, SCHEMAS), scan_time)
    except sqlite3.Error as exc:
        cause = publish.storage_fault(exc)
        if cause is None:
            raise
        log.warning("%s: %s (%s); nothing changed, so the tables and the state stay as they were",
                    out_dir / STATE_NAME, cause, exc)


def _unlisted(rel: str, skipped: list[Skipped], plan: update.Plan) -> tuple[str, str, str]:
    """The problem listed for a folder that cannot be listed (like a bad file's)."""
    why = next(s.why for s in skipped if s.rel == rel and s.kind == "unlistable")
    n = sum(update.inside(r, [rel]) for r in plan.unseen)
    kept = f"the rows of its {n} files from the last run are kept" if n else "none of its files are in the tables"
    return rel, "unreadable", f"{rel}: {why}; {kept}"
