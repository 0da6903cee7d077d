"""Which files a run reads again (see state.py for what is kept between runs, rerun.py for
what a re-run does with them).

A file is unchanged when its size and time are as stored, or when its bytes hash the same.
"""
from __future__ import annotations

import hashlib
import os
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.parquet as pq

from .parts import file_key
from .read import relative
from .state import RACY_NS, State, tables_signature
from .write import SCHEMAS


def file_hash(path: str | Path) -> str:
    try:
        with open(path, "rb") as f:
            return hashlib.sha1(f.read()).hexdigest()
    except OSError:
        return ""


def stat_of(path: str | Path) -> tuple[int, int]:
    try:
        st = os.stat(path)
        return st.st_size, st.st_mtime_ns
    except OSError:
        return -1, -1


class Stats:
    """Files' (size, mtime_ns) in order, as two 64-bit integers a file: a list of tuples took
    about 120 bytes a file (4.6 MB of a 40,000-file run's memory, held through the run)."""

    def __init__(self, pairs: Iterable[tuple[int, int]] = ()):
        self._flat = array("q")
        for pair in pairs:
            self._flat.extend(pair)

    def append(self, pair: tuple[int, int]) -> None:
        self._flat.extend(pair)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        values = iter(self._flat)
        return zip(values, values)

    def __len__(self) -> int:
        return len(self._flat) // 2


@dataclass
class Plan:
    """Which files a run reads again; the rest keep their rows from the previous run."""
    paths: list[str]                        # every file, in order (files.file_names)
    todo: list[str]
    # each file of todo's (size, mtime_ns), in todo's order, taken before reading (not a table of
    # every file: a listing of 40,000 files by name took 13 MB for the whole run)
    stats: Stats
    kept: int                               # how many files keep their article rows from the previous tables
    gone: set[str]                          # files the previous run had and this folder has not
    incremental: bool
    unseen: set[str] = field(default_factory=set)   # kept files inside folders that could not be listed

    @property
    def unchanged(self) -> bool:
        """A re-run that finds no file new, changed or gone."""
        return self.incremental and not self.todo and not self.gone

    def full(self) -> Plan:
        """The plan of a full run over the same files (their sizes and times taken again: a re-run
        that turns into a full one has read some of them since)."""
        return Plan(self.paths, self.paths, Stats(stat_of(p) for p in self.paths), 0, set(), False)


def inside(rel: str, folders: list[str]) -> bool:
    """rel lies inside one of these folders (as relative() names them; "." is the input folder)."""
    return any(f == "." or rel.startswith(f + "/") for f in folders)


def rows_inside(out_dir: Path, folders: list[str]) -> int:
    """How many rows of the current articles table come from files inside these folders."""
    path = Path(out_dir) / "articles.parquet"
    if not folders or not path.exists():
        return 0
    return sum(inside(rel, folders) for rel in pq.read_table(path, columns=["source_path"])["source_path"].to_pylist())


def plan(paths: list[str], root: Path, state: State, out_dir: Path, unlisted: list[str] = ()) -> Plan:
    """A file is unchanged when its size and time are as stored (and it was not written just
    before that scan, when a time can hide a change) or when its bytes hash the same. A file
    the last run read inside a folder that cannot be listed now is kept as it was, not gone.
    The listing and the stored files are both in file order and are compared as a merge, so
    neither is held as a lookup table."""
    if not state.usable(tables_signature(out_dir, SCHEMAS)):
        state.reset()
        return Plan(paths, paths, Stats(stat_of(p) for p in paths), 0, set(), False)
    scanned = int(state.meta("scanned") or 0)
    todo, stats, kept, touched = [], Stats(), 0, []
    missing: list[str] = []                 # stored, and not listed now
    stored = state.files_in_order()
    old = next(stored, None)
    for path in paths:
        rel = relative(path, root)
        key = file_key(rel)                 # (the stored files' keys are stored)
        while old is not None and old[1] < key:
            missing.append(old[0])
            old = next(stored, None)
        mine, old = (old, next(stored, None)) if old is not None and old[0] == rel else (None, old)
        size, mtime = stat_of(path)
        if mine and (mine[2], mine[3]) == (size, mtime) and mtime + RACY_NS < scanned:
            kept += 1
        elif mine and mine[4] and file_hash(path) == mine[4]:
            kept += 1
            touched.append((rel, size, mtime))
        else:
            todo.append(path)
            stats.append((size, mtime))
    missing += [rel for rel, *_ in ([old] if old else [])] + [rel for rel, *_ in stored]
    for rel, size, mtime in touched:        # (not while the stored files are being read)
        state.touch(rel, size, mtime)
    unseen = {rel for rel in missing if inside(rel, list(unlisted))}
    return Plan(paths, todo, stats, kept + len(unseen), set(missing) - unseen, True, unseen)
