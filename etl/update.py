"""What a re-run reads again and what it keeps (see state.py for what is kept between runs).

A file is unchanged when its size and time are as stored, or when its bytes hash the same;
a meeting is unchanged when its exact reports were merged before and it keeps its event_id.
Unchanged rows are copied from the previous tables, never rebuilt one by one.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from .merge import official_rows, participant_rows
from .read import relative
from .state import RACY_NS, State, file_key, tables_signature
from .write import SCHEMAS, AtomicTables, read_table

EVENT_ORDER = [("start_date", "ascending"), ("event_id", "ascending")]
PARTICIPANT_ORDER = [("event_id", "ascending"), ("official_id", "ascending"), ("article_id", "ascending")]


def file_hash(path: Path) -> str:
    try:
        return hashlib.sha1(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def stat_of(path: Path) -> tuple[int, int]:
    try:
        st = path.stat()
        return st.st_size, st.st_mtime_ns
    except OSError:
        return -1, -1


@dataclass
class Plan:
    """Which files a run reads again; the rest keep their rows from the previous run."""
    paths: list[Path]                       # every file, in order
    rels: list[str]                         # their paths relative to the input folder
    todo: list[Path]
    stats: dict[str, tuple[int, int]]       # rel -> (size, mtime_ns), taken before reading
    kept: set[str]                          # files whose article rows come from the previous tables
    gone: set[str]                          # files the previous run had and this folder has not
    incremental: bool
    unseen: set[str] = field(default_factory=set)   # kept files inside folders that could not be listed

    def order(self) -> dict[str, int]:
        """Each file's place in the tables: the files listed and those kept unseen, in file order."""
        return {rel: n for n, rel in enumerate(sorted({*self.rels, *self.unseen}, key=file_key))}


def inside(rel: str, folders: list[str]) -> bool:
    """rel lies inside one of these folders (as relative() names them; "." is the input folder)."""
    return any(f == "." or rel.startswith(f + "/") for f in folders)


def rows_inside(out_dir: Path, folders: list[str]) -> int:
    """How many rows of the current articles table come from files inside these folders."""
    path = Path(out_dir) / "articles.parquet"
    if not folders or not path.exists():
        return 0
    return sum(inside(rel, folders) for rel in pq.read_table(path, columns=["source_path"])["source_path"].to_pylist())


def published(out_dir: Path) -> tuple[int, list[tuple[str, str, str]], tuple[int, int, int]]:
    """What the published tables hold, for the report of a run that changes nothing: the number
    of article rows, the (source_path, status, problem) of those not ok, and the row counts of
    events, participants and officials (from the files' footers)."""
    arts = pq.read_table(Path(out_dir) / "articles.parquet", columns=["source_path", "status", "problem"])
    bad = arts.filter(pc.not_equal(arts["status"], "ok"))
    problems = list(zip(*(bad[c].to_pylist() for c in bad.column_names))) if bad.num_rows else []
    rows = (pq.ParquetFile(Path(out_dir) / f"{name}.parquet").metadata.num_rows
            for name in ("events", "participants", "officials"))
    return arts.num_rows, [(p, s, m or "") for p, s, m in problems], tuple(rows)


def plan(paths: list[Path], root: Path, state: State, out_dir: Path, unlisted: list[str] = ()) -> Plan:
    """A file is unchanged when its size and time are as stored (and it was not written just
    before that scan, when a time can hide a change) or when its bytes hash the same. A file
    the last run read inside a folder that cannot be listed now is kept as it was, not gone."""
    rels = [relative(p, root) for p in paths]
    stats = {rel: stat_of(p) for rel, p in zip(rels, paths)}
    if not state.usable(tables_signature(out_dir, SCHEMAS)):
        state.reset()
        return Plan(paths, rels, paths, stats, set(), set(), False)
    known = state.files()
    scanned = int(state.meta("scanned") or 0)
    todo, kept = [], set()
    for path, rel in zip(paths, rels):
        size, mtime = stats[rel]
        old = known.get(rel)
        if old and (old[0], old[1]) == (size, mtime) and mtime + RACY_NS < scanned:
            kept.add(rel)
        elif old and old[2] and file_hash(path) == old[2]:
            kept.add(rel)
            state.touch(rel, size, mtime)
        else:
            todo.append(path)
    unseen = {rel for rel in known if inside(rel, list(unlisted))} - set(rels)
    return Plan(paths, rels, todo, stats, kept | unseen, set(known) - set(rels) - unseen, True, unseen)


def carry_meetings(out_dir: Path, state: State, tables: AtomicTables, kept: set[str],
                   rebuilt: list[dict]) -> tuple[int, int, int]:
    """The previous events, participants and officials rows of unchanged meetings and people,
    plus the rows of the meetings built or renamed in this run. Returns the three row counts.
    When no meeting changed, the three tables are the previous ones, linked and not rewritten."""
    if not rebuilt and len(kept) == pq.ParquetFile(out_dir / "events.parquet").metadata.num_rows:
        for name in ("events", "participants", "officials"):
            tables.same_as(name, out_dir / f"{name}.parquet")
        return tuple(pq.ParquetFile(out_dir / f"{name}.parquet").metadata.num_rows
                     for name in ("events", "participants", "officials"))
    events = tables.carried("events", out_dir / "events.parquet", "event_id", kept, rebuilt, EVENT_ORDER)
    before = read_table(out_dir / "participants.parquet")
    new_people = list(participant_rows(state.participations(by="event", only=[r["event_id"] for r in rebuilt])))
    dropped = before.filter(pc.invert(pc.is_in(before["event_id"], pa.array(sorted(kept), pa.string()))))
    people = tables.carried("participants", before, "event_id", kept, new_people, PARTICIPANT_ORDER)
    touched = sorted(set(dropped["official_id"].to_pylist()) | {r["official_id"] for r in new_people})
    mine = people.filter(pc.is_in(people["official_id"], pa.array(touched, pa.string())))
    mine = mine.sort_by([("official_id", "ascending"), ("event_id", "ascending"), ("article_id", "ascending")])
    rows = list(official_rows(mine.to_pylist()))
    previous = read_table(out_dir / "officials.parquet")
    others = set(previous["official_id"].to_pylist()) - set(touched)
    officials = tables.carried("officials", previous, "official_id", others, rows, [("official_id", "ascending")])
    return events.num_rows, people.num_rows, officials.num_rows
