"""The worker pool: files -> (relative path, hash of its bytes, [(article, reports, participations)]),
in input order, in two processes when there are many files, or on a Dask cluster (cluster.py).

Each file is read and extracted whole in one process (see read.read_article and
assemble.extract), under a time budget (budget.py). The workers run at most one batch
ahead of the caller, so memory stays flat however many files there are.
"""
from __future__ import annotations

import importlib
import os
import signal
import threading
from collections import deque
from collections.abc import Iterator
from multiprocessing import get_context
from pathlib import Path
from typing import TYPE_CHECKING

from . import budget as budgets
from . import update
from .assemble import extract
from .gazetteer import default_gazetteer
from .lean import spared
from .read import HTML_SUFFIXES, problem_row, read_article, relative
from .records import Article, Participation, Report

if TYPE_CHECKING:
    from .cluster import Dask

# Below this many files one process takes about as long as two, and less CPU: starting the
# workers (forking the parent, with its vocabularies) costs about 0.1 s of CPU each. Measured on
# the benchmark corpus (2 cores): 100 files 0.21 s in one process against 0.17-0.19 s wall and
# 0.30-0.33 s CPU in two; 400 files 0.67-0.89 s against 0.48-0.52 s wall, 0.92-0.98 s CPU.
PARALLEL_FROM = 150
BATCH = 256                  # files handed to the workers at a time
AHEAD = 2                    # batches handed out before the first of them is taken back

FileResult = tuple[str, str, list[tuple[Article, list[Report], list[Participation]]]]


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


def extract_files(todo: list[str] | list[Path], root: Path, budget: float | None,
                  dask: Dask | None = None) -> Iterator[FileResult]:
    """Extraction of these files, in order: on the Dask cluster `dask` (a cluster.Dask) when
    given, else in this process, or two when there are many."""
    if dask is not None:
        yield from dask.extract(todo, root, budget)
        return
    if len(todo) < PARALLEL_FROM or (os.cpu_count() or 1) < 2:
        yield from (process_file(Path(p), root, budget) for p in todo)
        return
    # What every worker needs is loaded once, before the fork, rather than in each worker.
    default_gazetteer()
    if any(os.path.splitext(p)[1].lower() in HTML_SUFFIXES for p in todo):
        importlib.import_module("trafilatura")
    importlib.import_module("ftfy")     # the repair of double-encoded files: among this many, some are
    pool = get_context("spawn" if os.name == "nt" else "fork").Pool(min(2, os.cpu_count() or 1),
                                                                   initializer=_worker_signals)
    # pyarrow imports pandas the first time it converts Python values (writing the tables),
    # unless the process spared it (lean.spare, the command line); done here, after the
    # fork, it overlaps with the workers instead of following them.
    if not spared():
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


def _in_batches(pool, todo: list[str] | list[Path], root: Path, budget: float | None) -> Iterator[FileResult]:
    """Results in order, the workers at most AHEAD batches ahead: memory stays flat however many
    files. Two batches are handed out at a time, so that a worker that ends its share of one
    starts on the next while the other ends the last chunk (one batch at a time left a core idle
    at each batch's end)."""
    batches = iter([todo[i:i + BATCH] for i in range(0, len(todo), BATCH)])
    pending: deque = deque()
    for batch in batches:
        pending.append(pool.map_async(_process_star, [(Path(p), root, budget) for p in batch], chunksize=16))
        if len(pending) == AHEAD:
            yield from pending.popleft().get()
    while pending:
        yield from pending.popleft().get()


def _process_star(args: tuple[Path, Path, float | None]) -> FileResult:
    return process_file(*args)
