"""A re-run: a run beside a usable state, whose work follows what changed. One call, update().

    articles   the new and changed files read and extracted (workers.py), their reports into
               the state; in the articles table only the parts holding those files are rewritten
    meetings   only the keys (forum, level, kind) whose reports changed are merged again
               (keyed.merge); in the events table only the parts holding a meeting built or
               gone are rewritten
    people     the participants of those meetings and the officials they name, likewise

Every other part is linked from the previous tables (parts.py). A re-run writes exactly what
a full run would (tests/test_rerun.py); when the change makes or unmakes a duplicate article
(which changes another file's row) or more than INCREMENTAL_UP_TO files changed, update()
writes nothing and the run is a full one.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from . import keyed
from .gazetteer import default_gazetteer
from .merge import participant_rows
from .parts import file_key, span
from .records import RunReport
from .state import State, StoredMeeting
from .update import Plan
from .workers import FileResult, extract_files
from .write import AtomicTables, article_row

if TYPE_CHECKING:
    from .cluster import Dask

INCREMENTAL_UP_TO = 2000     # more changed files than this: a full run (it streams; a re-run holds them)


def update(plan: Plan, root: Path, out_dir: Path, state: State, tables: AtomicTables, report: RunReport,
           progress: Callable[[int], None] | None, budget: float | None, dask: Dask | None = None) -> bool:
    """Re-extract the changed files only (on the Dask cluster `dask` when given), merge again the keys they reach, and write the four
    tables as the previous ones with the parts those changes reach rewritten. False (nothing
    written) when the change needs a full run."""
    if len(plan.todo) > INCREMENTAL_UP_TO:
        return False
    fresh = list(extract_files(plan.todo, root, budget, dask))
    changed = {rel for rel, _, _ in fresh} | plan.gone
    if _touches_duplicates(state, fresh, changed):
        return False
    for rel in plan.gone:
        state.forget(rel)
    new_rows = []
    for (rel, raw_hash, rows), stat in zip(fresh, plan.stats, strict=True):     # one result per file of todo, in order
        state.put_file(rel, stat, raw_hash, rows, keyed.ids(rows))
        new_rows += [article_row(a) for a, _, _ in rows]
        if progress:
            progress(1)
    tables.update("articles", out_dir / "articles.parquet", state.parts("articles"), "source_path", changed,
                  [span(file_key(rel)) for rel in changed], new_rows)
    _, gone = keyed.merge(state, default_gazetteer(), state.keys(every=False), fresh=False)
    _meetings(out_dir, state, tables, gone)
    report.reused = plan.kept
    if progress:
        progress(plan.kept)
    return True


def _noting(rows: Iterator[dict], officials: set[str]) -> Iterator[dict]:
    """The rows as they come, each one's official_id added to `officials`."""
    for row in rows:
        officials.add(row["official_id"])
        yield row


def _touches_duplicates(state: State, fresh: list[FileResult], changed: set[str]) -> bool:
    """A changed file shares an article (its content hash) with an unchanged one, before or
    after the change, or two changed files share one: then whichever copy comes first decides
    other files' rows, and the run is a full one."""
    new_ids = Counter(i for _, _, rows in fresh for i in keyed.ids(rows))
    if any(n > 1 for n in new_ids.values()):
        return True
    return state.held_elsewhere(state.ids_of(changed) | set(new_ids), changed)


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
