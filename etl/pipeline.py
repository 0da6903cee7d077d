"""The ETL's flow: read the data top to bottom here, one call per stage.

    files      iter_files: every article file under the input folder (the tables never)
    plan       update.plan: which files changed since the last run (all of them without a state)
    read       rerun.read_articles: each file read (decode, layout) and extracted (dates,
               meetings, officials: assemble.extract) in the worker pool (workers.py), or on
               a Dask cluster (cluster.py); its reports into the state (state.py), its
               article rows into the articles table
    merge      rerun.merge_meetings: reports of all articles -> meetings (merge.py)
    people     rerun.write_people: participants and officials
    publish    AtomicTables.commit: the four tables as one new generation (publish.py), then
               the state's transaction

A re-run beside a usable state reads only new and changed files and keeps the rows of
unchanged articles, meetings and people from the previous tables; it writes exactly what a
full run would (tests/test_rerun.py). How, is in rerun.py.
"""
from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import budget as budgets
from . import cluster, publish, rerun, update
from .cluster import Dask
from .files import Skipped
from .read import iter_files
from .records import RunReport
from .rerun import INCREMENTAL_UP_TO, WouldLoseRows
from .state import STATE_NAME, State, StateError, not_damage, set_aside, tables_signature
from .workers import process_file
from .write import SCHEMAS, AtomicTables

__all__ = ["INCREMENTAL_UP_TO", "CannotWrite", "RunReport", "WouldLoseRows", "process_file", "run"]
log = logging.getLogger(__name__)
LEFTOVERS = (".etl-state-*.sqlite", ".*.parquet.tmp")    # scratch files of killed runs (this and older versions)


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
    report = RunReport()
    skipped: list[Skipped] = []
    paths = list(iter_files(input_dir, skipped, out=out_dir))     # the tables are never input
    scan = _Scan(paths, skipped, [s.rel for s in skipped if s.kind == "unlistable"], time.time_ns())
    report.skipped = [(s.rel, s.why) for s in skipped if s.kind not in ("unlistable", "output")]
    report.output = [(s.rel, s.why) for s in skipped if s.kind == "output"]
    report.files = len(paths)
    state = State(out_dir / STATE_NAME if use_cache else None, out_dir)
    try:
        plan = update.plan(paths, input_dir, state, out_dir, scan.unlisted)
        if plan.incremental and not plan.todo and not plan.gone:
            # nothing changed: the published tables are already what this run would write, so
            # they stay as they are (not rewritten, no new generation); only the state's scan time moves
            _count_published(out_dir, report, len(plan.kept))
            report.problems += [_unlisted(rel, skipped, plan) for rel in scan.unlisted]
            _commit_scan(state, out_dir, scan.time)
            return report
        _write(scan, plan, input_dir, out_dir, state, report, progress, budget, dask)
    finally:
        state.close()
    return report


@dataclass
class _Scan:
    """What the listing of the input folder found, and when."""
    paths: list[Path]
    skipped: list[Skipped]
    unlisted: list[str]         # folders that cannot be listed
    time: int


def _write(scan: _Scan, plan: update.Plan, input_dir: Path, out_dir: Path, state: State, report: RunReport,
           progress: Callable[[int], None] | None, budget: float | None, dask: Dask | None) -> None:
    """Extract what the plan says, merge, and publish the four tables as a new generation."""
    tables = AtomicTables(out_dir)
    try:
        plan = rerun.read_articles(plan, scan.paths, scan.unlisted, input_dir, out_dir, state, tables, report,
                                   progress, budget, dask)
        report.problems += [_unlisted(rel, scan.skipped, plan) for rel in scan.unlisted]
        kept, rebuilt = rerun.merge_meetings(state, tables, report, plan.incremental)
        rerun.write_people(out_dir, state, tables, report, plan.incremental, kept, rebuilt)
        report.tables = [p.name for p in tables.commit()]
        state.commit(tables_signature(out_dir, SCHEMAS), scan.time)
    except BaseException:
        tables.abort()
        raise


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


def _count_published(out_dir: Path, report: RunReport, reused: int) -> None:
    """The report of a run that changes nothing, read from the tables published before."""
    report.articles, problems, (report.events, report.participants, report.officials) = update.published(out_dir)
    report.ok = report.articles - len(problems)
    report.problems += problems
    report.reused = reused
    report.tables = [f"{name}.parquet" for name in SCHEMAS]


def _unlisted(rel: str, skipped: list[Skipped], plan: update.Plan) -> tuple[str, str, str]:
    """The problem listed for a folder that cannot be listed (like a bad file's)."""
    why = next(s.why for s in skipped if s.rel == rel and s.kind == "unlistable")
    n = sum(update.inside(r, [rel]) for r in plan.unseen)
    kept = f"the rows of its {n} files from the last run are kept" if n else "none of its files are in the tables"
    return rel, "unreadable", f"{rel}: {why}; {kept}"
