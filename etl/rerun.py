"""The stages of a run that use the state: full runs and re-runs share them (see state.py).

    read_articles    the files the plan names, read and extracted (workers.py), their reports
                     into the state and their rows into the articles table; on a re-run the
                     other articles' rows are carried over from the previous table
    merge_meetings   reports -> meetings; a re-run clusters again only the groups (forum,
                     level, kind) whose reports changed and keeps the rows of unchanged meetings
    write_people     participants and officials; a re-run rebuilds only those of changed
                     meetings (and links the previous tables when no meeting changed)

A re-run writes exactly what a full run would (tests/test_rerun.py); when a change makes or
unmakes a duplicate article, or more than INCREMENTAL_UP_TO files changed, it runs in full.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from itertools import groupby
from pathlib import Path
from typing import TYPE_CHECKING

from . import update
from .gazetteer import default_gazetteer
from .merge import event_id, merged_row, official_row, participant_rows, stream_clusters, with_id
from .read import content_id
from .records import Article, Event, Participation, RunReport
from .state import State
from .workers import extract_files

if TYPE_CHECKING:
    from .cluster import Dask
from .write import AtomicTables, article_row

INCREMENTAL_UP_TO = 2000     # more changed files than this: a full run (it streams; an update holds them)


class WouldLoseRows(Exception):
    """A full run cannot read folders whose articles the current tables hold: nothing is written."""


def read_articles(plan: update.Plan, all_paths: list, unlisted: list[str], root: Path, out_dir: Path, state: State,
                  tables: AtomicTables, report: RunReport, progress: Callable[[int], None] | None,
                  budget: float | None, dask: Dask | None = None) -> update.Plan:
    """Read and extract the files the plan names, into the state and the articles table (on the
    Dask cluster `dask` when given). Returns the plan followed: a full one when a re-run had to become one."""
    if plan.incremental and not _update(plan, root, out_dir, state, tables, report, progress, budget, dask):
        state.reset()           # a change touches duplicate articles: everything is read again
        plan = update.Plan(all_paths, plan.rels, all_paths, plan.stats, set(), set(), False)
    if not plan.incremental:
        _refuse_to_lose(out_dir, unlisted)
        _extract_all(plan, root, state, tables, report, progress, budget, dask)
    return plan


def merge_meetings(state: State, tables: AtomicTables, report: RunReport,
                   incremental: bool) -> tuple[set[str], list[dict]]:
    """Reports -> meetings (see _merge): the event_ids of the meetings kept as they were, and
    the rows built or renamed by a re-run."""
    return _merge(state, default_gazetteer(), tables, report, incremental)


def write_people(out_dir: Path, state: State, tables: AtomicTables, report: RunReport, incremental: bool,
                 kept: set[str], rebuilt: list[dict]) -> None:
    """participants and officials (and, on a re-run, the events table of kept and rebuilt meetings)."""
    if incremental:
        report.events, report.participants, report.officials = update.carry_meetings(
            out_dir, state, tables, kept, rebuilt)
    else:
        _write_people(state, tables, report)


def _refuse_to_lose(out_dir: Path, unlisted: list[str]) -> None:
    """A full run rebuilds every row from the files it reads: with folders it cannot list, it
    would drop their articles' rows as if the files had been deleted. It stops instead."""
    at_risk = update.rows_inside(out_dir, unlisted)
    if at_risk:
        raise WouldLoseRows(
            f"{', '.join(unlisted)}: cannot list the folder, and a full run (no usable state, or "
            f"--no-cache) would drop the {at_risk} rows of its articles in {out_dir}; nothing was "
            "written. Make the folder readable, or move it out of the input folder, and run again.")


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
                 progress: Callable[[int], None] | None, budget: float | None, dask: Dask | None) -> None:
    """Every file read and extracted, streamed in order into the state and the articles table."""
    seen_ids: dict[str, str] = {}
    for rel, raw_hash, rows in extract_files(plan.todo, root, budget, dask):
        deduped = [_dedupe(a, evs, ps, seen_ids) for a, evs, ps in rows]
        _store(state, rel, plan.stats[rel], raw_hash, deduped, _ids(rows))
        for article, _, _ in deduped:
            _count(report, article.source_path, article.status, article.problem)
            tables.append("articles", article_row(article))
        if progress:
            progress(1)


def _update(plan: update.Plan, root: Path, out_dir: Path, state: State, tables: AtomicTables, report: RunReport,
            progress: Callable[[int], None] | None, budget: float | None, dask: Dask | None) -> bool:
    """Re-extract the changed files only and carry every other article row over from the
    previous table. False (nothing written) when a change makes or unmakes a duplicate, which
    can change other files' rows: the caller then runs in full."""
    if len(plan.todo) > INCREMENTAL_UP_TO:
        return False
    fresh = list(extract_files(plan.todo, root, budget, dask))
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
        new_rows += [article_row(a) for a, _, _ in rows]
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
