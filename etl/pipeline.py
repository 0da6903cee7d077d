"""Wiring only: read the data flow top to bottom here.

files -> read (decode, layout) -> extract (dates, meetings, officials) per article
      -> the state (every report, on disk) -> merge across articles
      -> Parquet tables, written atomically.

A re-run beside a usable state (see state.py) reads only new and changed files and keeps
the rows of unchanged articles, meetings and people from the previous tables; it writes
exactly what a full run would (tests/test_rerun.py).
"""
from __future__ import annotations

import importlib
import logging
import os
import signal
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, fields, replace
from itertools import groupby
from multiprocessing import get_context
from pathlib import Path

from . import budget as budgets
from . import publish, update
from .assemble import extract
from .files import Skipped
from .gazetteer import default_gazetteer
from .merge import event_id, merged_row, official_row, participant_rows, stream_clusters, with_id
from .read import HTML_SUFFIXES, content_id, iter_files, problem_row, read_article, relative
from .records import Article, Event, Participation
from .state import STATE_NAME, State, StateError, not_damage, set_aside, tables_signature
from .write import SCHEMAS, AtomicTables

log = logging.getLogger(__name__)
PARALLEL_FROM = 64           # below this many files, one process is as fast as two
BATCH = 256                  # files handed to the workers at a time
INCREMENTAL_UP_TO = 2000     # more changed files than this: a full run (it streams; an update holds them)
LEFTOVERS = (".etl-state-*.sqlite", ".*.parquet.tmp")    # scratch files of killed runs (this and older versions)


@dataclass
class RunReport:
    files: int = 0
    articles: int = 0
    ok: int = 0
    problems: list[tuple[str, str, str]] = field(default_factory=list)   # (path, status, problem)
    events: int = 0
    participants: int = 0
    officials: int = 0
    reused: int = 0
    tables: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)        # (path, why): links not followed, ...
    output: list[tuple[str, str]] = field(default_factory=list)         # (path, why): the output folder inside the input


class WouldLoseRows(Exception):
    """A full run cannot read folders whose articles the current tables hold: nothing is written."""


class CannotWrite(Exception):
    """The output folder's storage refuses to write (full, read-only, no permission): nothing
    was published, the previous tables and state are as they were."""


FileResult = tuple[str, str, list[tuple[Article, list[Event], list[Participation]]]]


def process_file(path: Path, root: Path, budget: float | None = budgets.FILE_BUDGET) -> FileResult:
    """One file -> (relative path, hash of its bytes, [(article, events, participations)]).
    A file that takes more than `budget` seconds is one problem row instead (status too_slow)."""
    rel = relative(path, root)
    gaz = default_gazetteer()
    try:
        with budgets.deadline(budget):
            rows = read_article(path, root)
            raw_hash = rows[0].content_hash if rows and rows[0].content_hash else ""
            return rel, raw_hash, [(a, *extract(a, gaz)) for a in rows]
    except budgets.OverBudget:
        pass
    # Kept in the state like any problem (an unchanged file is not read again): a larger budget
    # with --no-cache, or a change to the file, reads it again.
    raw_hash = update.file_hash(path)
    problem = (f"reading and extracting it took more than {budget:g} s, the time budget per file "
               "(--file-budget); its text was not used")
    return rel, raw_hash, [(problem_row(rel, "too_slow", problem, raw_hash), [], [])]


def _fresh(todo: list[Path], root: Path, budget: float | None) -> Iterator[FileResult]:
    """Extraction of these files, in order (two processes when there are many)."""
    if len(todo) < PARALLEL_FROM or (os.cpu_count() or 1) < 2:
        yield from (process_file(p, root, budget) for p in todo)
        return
    # What every worker needs is loaded once, before the fork, rather than in each worker.
    default_gazetteer()
    if any(p.suffix.lower() in HTML_SUFFIXES for p in todo):
        importlib.import_module("trafilatura")
    pool = get_context("spawn" if os.name == "nt" else "fork").Pool(min(2, os.cpu_count() or 1),
                                                                   initializer=_worker_signals)
    # pyarrow imports pandas the first time it converts Python values (writing the tables);
    # done here, after the fork, it overlaps with the workers instead of following them.
    threading.Thread(target=importlib.import_module, args=("pandas",), daemon=True).start()
    try:
        yield from _in_batches(pool, todo, root, budget)
    finally:
        pool.terminate()


def _worker_signals() -> None:
    """Workers leave stopping to the parent: Ctrl-C (sent to the whole process group) is the
    parent's to handle, SIGTERM (the parent's pool.terminate) ends them at once, without a
    traceback; on Linux they also end when the parent dies."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        import ctypes
        ctypes.CDLL(None).prctl(1, signal.SIGTERM)      # PR_SET_PDEATHSIG
    except (OSError, AttributeError):                   # not Linux: pool.terminate() still ends them
        pass


def _in_batches(pool, todo: list[Path], root: Path, budget: float | None) -> Iterator[FileResult]:
    """Results in order, the workers at most one batch ahead: memory stays flat however many files."""
    batches = [todo[i:i + BATCH] for i in range(0, len(todo), BATCH)]
    pending = pool.map_async(_process_star, [(p, root, budget) for p in batches[0]], chunksize=16) if batches else None
    for k in range(len(batches)):
        results = pending.get()
        if k + 1 < len(batches):
            pending = pool.map_async(_process_star, [(p, root, budget) for p in batches[k + 1]], chunksize=16)
        yield from results


def _process_star(args: tuple[Path, Path, float | None]) -> FileResult:
    return process_file(*args)


def run(input_dir: Path, out_dir: Path, use_cache: bool = True,
        progress: Callable[[int], None] | None = None, wait: float = publish.LOCK_WAIT,
        budget: float | None = budgets.FILE_BUDGET) -> RunReport:
    """Read every article file under input_dir and write the four tables into out_dir.
    Every run, with or without the cache, holds out_dir's lock (waiting up to `wait` seconds
    for another run, else publish.FolderBusy). A file that takes more than `budget` seconds
    (None: no limit) is a problem row (status too_slow) and the run goes on."""
    input_dir, out_dir = Path(input_dir), Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        with publish.locked(out_dir, wait):
            publish.tidy(out_dir, LEFTOVERS)
            try:
                return _run(input_dir, out_dir, use_cache, progress, budget)
            except (sqlite3.DatabaseError, StateError) as exc:
                if not use_cache or not_damage(exc):
                    raise
                # damage found inside the state (its pages, or records this version did not write):
                # the run wrote nothing, so it is set aside and the run starts again, in full
                set_aside(out_dir / STATE_NAME, str(exc))
                return _run(input_dir, out_dir, use_cache, progress, budget)
    except (OSError, sqlite3.Error) as exc:
        cause = publish.storage_fault(exc)
        if cause is None:
            raise
        detail = " ".join(str(exc).split())
        raise CannotWrite(f"cannot write to {out_dir}: {cause} ({detail}); nothing was published, the "
                          "previous tables and state are as they were") from None


def _run(input_dir: Path, out_dir: Path, use_cache: bool, progress: Callable[[int], None] | None,
         budget: float | None) -> RunReport:
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
        _write(scan, plan, input_dir, out_dir, state, report, progress, budget)
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
           progress: Callable[[int], None] | None, budget: float | None) -> None:
    """Extract what the plan says, merge, and publish the four tables as a new generation."""
    tables = AtomicTables(out_dir)
    try:
        if plan.incremental and not _update(plan, input_dir, out_dir, state, tables, report, progress, budget):
            state.reset()           # a change touches duplicate articles: everything is read again
            plan = update.Plan(scan.paths, plan.rels, scan.paths, plan.stats, set(), set(), False)
        if not plan.incremental:
            _refuse_to_lose(out_dir, scan.unlisted)
            _extract_all(plan, input_dir, state, tables, report, progress, budget)
        report.problems += [_unlisted(rel, scan.skipped, plan) for rel in scan.unlisted]
        kept, rebuilt = _merge(state, default_gazetteer(), tables, report, plan.incremental)
        if plan.incremental:
            report.events, report.participants, report.officials = update.carry_meetings(
                out_dir, state, tables, kept, rebuilt)
        else:
            _write_people(state, tables, report)
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


def _refuse_to_lose(out_dir: Path, unlisted: list[str]) -> None:
    """A full run rebuilds every row from the files it reads: with folders it cannot list, it
    would drop their articles' rows as if the files had been deleted. It stops instead."""
    at_risk = update.rows_inside(out_dir, unlisted)
    if at_risk:
        raise WouldLoseRows(
            f"{', '.join(unlisted)}: cannot list the folder, and a full run (no usable state, or "
            f"--no-cache) would drop the {at_risk} rows of its articles in {out_dir}; nothing was "
            "written. Make the folder readable, or move it out of the input folder, and run again.")


def _unlisted(rel: str, skipped: list[Skipped], plan: update.Plan) -> tuple[str, str, str]:
    """The problem listed for a folder that cannot be listed (like a bad file's)."""
    why = next(s.why for s in skipped if s.rel == rel and s.kind == "unlistable")
    n = sum(update.inside(r, [rel]) for r in plan.unseen)
    kept = f"the rows of its {n} files from the last run are kept" if n else "none of its files are in the tables"
    return rel, "unreadable", f"{rel}: {why}; {kept}"


def _merge(state: State, gaz, tables: AtomicTables, report: RunReport, incremental: bool) -> tuple[set[str], list[dict]]:
    """Cluster the reports into meetings and name them in order. A full run clusters every
    report; an update only the groups (forum, level, kind) whose reports changed, while the
    meetings of the other groups are taken as the last run stored them. A meeting whose exact
    reports the last run already merged, and which gets the same event_id again, keeps its row
    in the previous table (returned in `kept`); every other meeting's row is built or renamed
    here. A full run writes every row (in update.EVENT_ORDER); an update returns the rebuilt
    ones (few)."""
    taken: set[str] = set()
    kept: set[str] = set()
    rebuilt: list[dict] = []
    for group, touched in (state.groups() if incremental else [(None, True)]):
        if touched:
            _recluster(state, gaz, group, incremental, taken, kept, rebuilt)
        else:
            _rename_kept(state, group, taken, kept, rebuilt)
    state.apply_renames()
    state.keep_used_clusters()
    if not incremental:         # every row was built: stream them back from the state, in order
        for row in state.meeting_rows():
            tables.append("events", row)
            report.events += 1
    return kept, rebuilt


def _recluster(state: State, gaz, group, incremental: bool, taken: set[str], kept: set[str],
               rebuilt: list[dict]) -> None:
    """Cluster the reports of one group (None: of all) and name their meetings."""
    places: Counter = Counter()             # each meeting's place in its group
    for cluster in stream_clusters(state.reports(bodies=not incremental, group=group)):
        members = [m for m, _ in cluster]
        first = cluster[0][1]
        pos = places[first.forum, first.level, first.meeting]
        places[first.forum, first.level, first.meeting] += 1
        sig = state.signature(members)
        old = state.cluster(sig) if incremental else None
        if old is not None:
            eid = event_id(old.forum, old.meeting, old.ordinal, old.start, taken)
            if eid == old.event_id:
                kept.add(eid)
                state.use(sig, pos)
                state.release(members)
                continue
            row = {"event_id": eid, **state.stored_row(sig)}
        else:
            row = with_id(merged_row(state.events_of(members), gaz), taken)
        state.put_cluster(sig, row, pos)
        state.name(members, row["event_id"])
        if incremental:
            rebuilt.append(row)


def _rename_kept(state: State, group, taken: set[str], kept: set[str], rebuilt: list[dict]) -> None:
    """The meetings of a group no report of which changed: the same clusters as the last run,
    so only their event_ids are drawn again (one taken by a meeting before them renames them)."""
    renamed = []
    for old in state.clusters(group):
        eid = event_id(old.forum, old.meeting, old.ordinal, old.start, taken)
        state.use(old.sig)
        if eid == old.event_id:
            kept.add(eid)
        else:
            renamed.append((old, eid))
    for old, eid in renamed:                # (not while reading the stored meetings)
        row = {"event_id": eid, **state.stored_row(old.sig)}
        state.put_cluster(old.sig, row, old.pos)
        state.rename(group, old.event_id, eid)
        rebuilt.append(row)


def _write_people(state: State, tables: AtomicTables, report: RunReport) -> None:
    """participants and officials of a full run, streamed from the state in their order."""
    for row in participant_rows(state.participations(by="event")):
        tables.append("participants", row)
        report.participants += 1
    by_person = participant_rows(state.participations(by="official"))
    for _, group in groupby(by_person, key=lambda r: r["official_id"]):
        tables.append("officials", official_row(list(group)))
        report.officials += 1


def _store(state: State, rel: str, stat: tuple[int, int], raw_hash: str,
           rows: list[tuple[Article, list[Event], list[Participation]]], ids: list[str]) -> None:
    """One file's results into the state; `ids` are its articles' own ids, duplicates included
    (a later change to either copy must then re-read both)."""
    state.forget(rel)
    state.add_file(rel, *stat, raw_hash, ids)
    for n, (_, evs, ps) in enumerate(rows):
        state.add_article(rel, raw_hash, n, evs, ps)


def _ids(rows) -> list[str]:
    return [a.article_id for a, _, _ in rows if a.status == "ok"]


def _extract_all(plan: update.Plan, root: Path, state: State, tables: AtomicTables, report: RunReport,
                 progress: Callable[[int], None] | None, budget: float | None) -> None:
    """Every file read and extracted, streamed in order into the state and the articles table."""
    seen_ids: dict[str, str] = {}
    for rel, raw_hash, rows in _fresh(plan.todo, root, budget):
        deduped = [_dedupe(a, evs, ps, seen_ids) for a, evs, ps in rows]
        _store(state, rel, plan.stats[rel], raw_hash, deduped, _ids(rows))
        for article, _, _ in deduped:
            _count(report, article.source_path, article.status, article.problem)
            tables.append("articles", _article_row(article))
        if progress:
            progress(1)


def _update(plan: update.Plan, root: Path, out_dir: Path, state: State, tables: AtomicTables, report: RunReport,
            progress: Callable[[int], None] | None, budget: float | None) -> bool:
    """Re-extract the changed files only and carry every other article row over from the
    previous table. False (nothing written) when a change makes or unmakes a duplicate, which
    can change other files' rows: the caller then runs in full."""
    if len(plan.todo) > INCREMENTAL_UP_TO:
        return False
    fresh = list(_fresh(plan.todo, root, budget))
    changed = {rel for rel, _, _ in fresh} | plan.gone
    kept_ids: Counter[str] = Counter()
    old_ids: set[str] = set()
    for rel, ids in state.article_ids():
        if rel in changed:
            old_ids.update(ids)
        else:
            kept_ids.update(ids)
    new_ids = Counter(a.article_id for _, _, rows in fresh for a, _, _ in rows if a.status == "ok")
    if any(kept_ids[i] for i in old_ids | set(new_ids)) or any(n > 1 for n in new_ids.values()):
        return False
    for rel in plan.gone:
        state.forget(rel)
    new_rows = []
    for rel, raw_hash, rows in fresh:
        _store(state, rel, plan.stats[rel], raw_hash, rows, _ids(rows))
        new_rows += [_article_row(a) for a, _, _ in rows]
        if progress:
            progress(1)
    position = plan.order()
    for n, problems in tables.carry("articles", out_dir / "articles.parquet", new_rows, changed, position):
        report.articles += n
        report.ok += n - len(problems)
        report.problems += problems
    report.reused = len(plan.kept)
    if progress:
        progress(len(plan.kept))
    return True


def _dedupe(article: Article, evs, ps, seen: dict[str, str]):
    """A second file with the same content is kept as a row but not counted twice."""
    if article.status != "ok":
        return article, evs, ps
    where = article.source_path + (f" line {article.record}" if article.record else "")
    first = seen.setdefault(article.article_id, where)
    if first == where:
        return article, evs, ps
    dup = replace(article, article_id=content_id(article.article_id, where), status="duplicate",
                  problem=f"{where}: same content as {first}")
    return dup, [], []


def _count(report: RunReport, source_path: str, status: str, problem: str | None) -> None:
    report.articles += 1
    if status == "ok":
        report.ok += 1
    else:
        report.problems.append((source_path, status, problem or ""))


_ARTICLE_FIELDS = tuple(f.name for f in fields(Article))


def _article_row(article: Article) -> dict:
    return {name: getattr(article, name) for name in _ARTICLE_FIELDS}
