"""A re-run: a run beside a usable state, whose work follows what changed. One call, update().

    articles   the new and changed files read and extracted (workers.py), their reports into
               the state; in the articles table only the parts holding those files are rewritten
    meetings   only the keys (forum, level, kind) whose reports changed are merged again
               (keyed.merge); in the events table only the parts holding a meeting built or
               gone are rewritten
    people     the participants of those meetings and the officials they name, likewise

Every other part is linked from the previous tables (parts.py). A re-run writes exactly what
a full run would (tests/test_rerun.py). A change that makes or unmakes a duplicate article
changes another file's row: the unchanged copies of the changed files' articles are read again
with them, and which copy comes first is decided among them (update, _copies). When more than
INCREMENTAL_UP_TO files are to be read, update() writes nothing and the run is a full one.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from . import keyed
from .files import relative
from .gazetteer import default_gazetteer
from .merge import participant_rows
from .parts import file_key, span
from .records import RunReport
from .state import State, StoredMeeting
from .update import Plan, stat_of
from .workers import FileResult, extract_files
from .write import AtomicTables, article_row

if TYPE_CHECKING:
    from .cluster import Dask

INCREMENTAL_UP_TO = 2000     # more changed files than this: a full run (it streams; a re-run holds them)


def update(plan: Plan, root: Path, out_dir: Path, state: State, tables: AtomicTables, report: RunReport,
           progress: Callable[[int], None] | None, budget: float | None, dask: Dask | None = None) -> bool:
    """Re-extract the changed files only (on the Dask cluster `dask` when given), with the unchanged
    copies of their articles, merge again the keys they reach, and write the four tables as the
    previous ones with the parts those changes reach rewritten. False (nothing written) when the
    change needs a full run."""
    if len(plan.todo) > INCREMENTAL_UP_TO:
        return False
    fresh = list(extract_files(plan.todo, root, budget, dask))
    stats = {rel: stat for (rel, _, _), stat in zip(fresh, plan.stats, strict=True)}  # one result per file of todo
    where = {rel: path for (rel, _, _), path in zip(fresh, plan.todo)}
    changed = set(stats) | plan.gone
    copies = _copies(state, fresh, changed)
    if copies is None or copies & plan.unseen:
        return False
    if copies:
        # the copies' paths as listed (a name that is not UTF-8 is stored escaped: relative())
        where |= {rel: path for path in plan.paths if (rel := relative(path, root)) in copies}
        if copies - where.keys():
            return False
        again = sorted(copies, key=file_key)
        stats |= {rel: stat_of(where[rel]) for rel in again}    # taken before reading, as the plan's are
        fresh += extract_files([where[rel] for rel in again], root, budget, dask)
    for rel in plan.gone:
        state.forget(rel)
    # which copy of an article comes first is decided among these files alone: every copy of their
    # articles is one of them (_copies)
    fresh.sort(key=lambda result: file_key(result[0]))
    seen = keyed.FirstCopies([where[rel] for rel, _, _ in fresh], root)
    new_rows = []
    for n, (rel, raw_hash, rows) in enumerate(fresh):
        deduped = [keyed.dedupe(a, evs, ps, seen, n) for a, evs, ps in rows]
        state.put_file(rel, stats[rel], raw_hash, deduped, keyed.ids(rows))
        new_rows += [article_row(a) for a, _, _ in deduped]
        if progress:
            progress(1)
    read = changed | copies
    tables.update("articles", out_dir / "articles.parquet", state.parts("articles"), "source_path", read,
                  [span(file_key(rel)) for rel in read], new_rows)
    _, gone = keyed.merge(state, default_gazetteer(), state.keys(every=False), fresh=False)
    _meetings(out_dir, state, tables, gone)
    report.reused = plan.kept - len(copies)
    if progress:
        progress(report.reused)
    return True


def _copies(state: State, fresh: list[FileResult], changed: set[str]) -> set[str] | None:
    """The unchanged files that hold an article with the content hash of a changed file's article
    (before or after the change), and those that share a hash with these, and so on: every copy of
    every article of the changed files and of these, so that which copy comes first (keyed.dedupe)
    can be decided among them alone. None when the files to read are more than a re-run takes."""
    ids = state.ids_of(changed) | {i for _, _, rows in fresh for i in keyed.ids(rows)}
    group = set(changed)
    while more := state.holders(ids) - group:
        group |= more
        if len(group) > INCREMENTAL_UP_TO:
            return None
        ids = state.ids_of(more)
    return group - changed


def _noting(rows: Iterator[dict], officials: set[str]) -> Iterator[dict]:
    """The rows as they come, each one's official_id added to `officials`."""
    for row in rows:
        officials.add(row["official_id"])
        yield row


def _meetings(out_dir: Path, state: State, tables: AtomicTables, gone: list[StoredMeeting]) -> None:
    """events, participants and officials: the rows of the meetings gone or built again go, the
    rows built come in, and the officials those rows name are summed up again."""
    built = list(state.staged())
    gone_ids = {m.event_id for m in gone}
    tables.update("events", out_dir / "events.parquet", state.parts("events"), "event_id", gone_ids,
                  [span(m.start.isoformat(), m.event_id) for m in gone], built)
    named: set[str] = set()             # the officials of the rows built, noted as they stream by
    people = participant_rows(state.participations(only=[r["event_id"] for r in built]))
    dropped = tables.update("participants", out_dir / "participants.parquet", state.parts("participants"),
                            "event_id", gone_ids, [span(e) for e in gone_ids], _noting(people, named),
                            keep=("official_id",))
    touched = set(dropped["official_id"].to_pylist()) | named
    officials = list(keyed.officials(state.people(only=touched)))
    tables.update("officials", out_dir / "officials.parquet", state.parts("officials"), "official_id", touched,
                  [span(o) for o in touched], officials)
