"""The worker pool: files -> (relative path, hash of its bytes, [(article, reports, participations)]),
in input order, in two processes when there are many files, or on a Dask cluster (cluster.py).
In a full run the two processes also write the articles table, a part each (extract_into):
the texts, most of what is read, then never travel to the parent, which took a third of its
CPU to take them in, convert and compress them while the workers waited for the cores.

Each file is read and extracted whole in one process (see read.read_article and
assemble.extract), under a time budget (budget.py). The workers run at most WINDOW chunks
ahead of the caller, so memory stays flat however many files there are. A file that ends a
worker process (a crash in a C library, the kernel's out-of-memory killer) is a problem row.
"""
from __future__ import annotations

import importlib
import os
import signal
import threading
import traceback
from collections import deque
from collections.abc import Iterator
from dataclasses import replace
from multiprocessing import get_context
from multiprocessing.connection import wait
from pathlib import Path
from typing import TYPE_CHECKING

from . import budget as budgets
from . import update
from .assemble import extract
from .gazetteer import default_gazetteer
from .lean import spared
from .parts import Part, part_name, starts_part
from .read import HTML_SUFFIXES, problem_row, read_article, relative
from .records import Article, Participation, Report
from .write import article_row, write_part

if TYPE_CHECKING:
    from .cluster import Dask

# Below this many files one process takes about as long as two, and less CPU: starting the
# workers (forking the parent, with its vocabularies) costs about 0.1 s of CPU each. Measured on
# the benchmark corpus (2 cores): 100 files 0.21 s in one process against 0.17-0.19 s wall and
# 0.30-0.33 s CPU in two; 400 files 0.67-0.89 s against 0.48-0.52 s wall, 0.92-0.98 s CPU.
PARALLEL_FROM = 150
CHUNK = 16                   # files per message to a worker
# A run of files that make one part of the articles table (64 on average: parts.SPREAD) is one
# message, whose worker writes the part, when it is at most this long (a longer one, 1 % of
# parts, goes as CHUNK-file messages whose results the parent writes).
PART_FILES = 256
HELD = 4                     # chunks a worker holds at a time: one it reads, the others waiting
WINDOW = 32                  # chunks handed out past the first whose results are not yet taken

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
    return _unread(path, root, "too_slow", f"reading and extracting it took more than {budget:g} s, the "
                   "time budget per file (--file-budget); its text was not used")


def _unread(path: str | Path, root: Path, status: str, problem: str) -> FileResult:
    """A file whose text was not used: one problem row, with the hash of its bytes."""
    rel = relative(Path(path), root)
    raw_hash = update.file_hash(path)
    return rel, raw_hash, [(problem_row(rel, status, problem, raw_hash), [], [])]


def extract_files(todo: list[str] | list[Path], root: Path, budget: float | None,
                  dask: Dask | None = None) -> Iterator[FileResult]:
    """Extraction of these files, in order: on the Dask cluster `dask` (a cluster.Dask) when
    given, else in this process, or two when there are many."""
    for _, _, results in extract_into(todo, root, budget, dask):
        yield from results


# (the articles' part the worker wrote for these files, its rank, the files' results): with a
# part, the results' articles are without their text (_textless); without, the caller writes them
Chunk = tuple["Part | None", "int | None", list[FileResult]]


def extract_into(todo: list[str] | list[Path], root: Path, budget: float | None, dask: Dask | None = None,
                 articles: Path | None = None) -> Iterator[Chunk]:
    """extract_files by chunks of files, in order. Given the folder of the articles table being
    written (`articles`, a full run's), the worker processes also write the articles' rows, a
    part each: a chunk is then the files of one part (parts.starts_part cuts the files alone,
    every file giving at least one row), and its results come back without the articles' texts,
    which thus never travel to this process. A chunk that is not (one process, the Dask cluster,
    a part of more than PART_FILES files, a worker's death) comes back whole for the caller to write."""
    if dask is not None:
        yield from ((None, None, [r]) for r in dask.extract(todo, root, budget))
        return
    if len(todo) < PARALLEL_FROM or (os.cpu_count() or 1) < 2:
        yield from ((None, None, [process_file(Path(p), root, budget)]) for p in todo)
        return
    # What every worker needs is loaded once, before the fork, rather than in each worker.
    default_gazetteer()
    if any(os.path.splitext(p)[1].lower() in HTML_SUFFIXES for p in todo):
        importlib.import_module("trafilatura")
    importlib.import_module("ftfy")     # the repair of double-encoded files: among this many, some are
    pool = _Pool(min(2, os.cpu_count() or 1), root, budget)
    # pyarrow imports pandas the first time it converts Python values (writing the tables),
    # unless the process spared it (lean.spare, the command line); done here, after the
    # fork, it overlaps with the workers instead of following them.
    if not spared():
        threading.Thread(target=importlib.import_module, args=("pandas",), daemon=True).start()
    paths = [str(p) for p in todo]
    try:
        yield from pool.results(_part_chunks(paths, root, articles) if articles is not None else
                                [(paths[i:i + CHUNK], None) for i in range(0, len(paths), CHUNK)])
    finally:
        pool.close()


def _part_chunks(paths: list[str], root: Path, folder: Path) -> list[tuple[list[str], tuple[str, int] | None]]:
    """The files as chunks, each the files of one part of the articles table with where its worker
    writes it (folder, rank); a part of more than PART_FILES files is cut into chunks of CHUNK
    files that the caller writes."""
    starts = [i for i, p in enumerate(paths) if i == 0 or starts_part("articles", relative(Path(p), root))]
    chunks = []
    for rank, (a, b) in enumerate(zip(starts, [*starts[1:], len(paths)])):
        if b - a <= PART_FILES:
            chunks.append((paths[a:b], (str(folder), rank)))
        else:
            chunks += [(paths[i:min(i + CHUNK, b)], None) for i in range(a, b, CHUNK)]
    return chunks


def _written(paths: list[str], root: Path, budget: float | None, target: tuple[str, int]) -> Chunk:
    """A chunk's files read and extracted, their articles' rows written as part `rank` of the
    articles table in `folder` (write.write_part); the results without the articles' texts."""
    folder, rank = target
    results = [process_file(Path(p), root, budget) for p in paths]
    part = write_part(Path(folder) / part_name(rank), "articles",
                      (article_row(a) for _, _, rows in results for a, _, _ in rows))
    return part, rank, [(rel, raw_hash, [(_textless(a), evs, ps) for a, evs, ps in rows])
                        for rel, raw_hash, rows in results]


def _textless(article: Article) -> Article:
    """An article whose row a worker wrote, as it goes to the parent: without its text and
    boilerplate, which the row holds (the parent reads neither: dedupe, the state)."""
    return replace(article, text="", boilerplate="")


def _worker_signals() -> None:
    """Workers leave stopping to the parent: Ctrl-C (sent to the whole process group) is the
    parent's to handle, SIGTERM (the parent's _Worker.stop) ends them at once, without a
    traceback; on Linux they also end when the parent dies."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        import ctypes
        ctypes.CDLL(None).prctl(1, signal.SIGTERM)      # PR_SET_PDEATHSIG
    except (OSError, AttributeError):                   # not Linux: _Worker.stop still ends them
        pass


class _Pool:
    """Worker processes (forked, with the parent's vocabularies) that read and extract chunks of
    files, each through its own pipe, the parent's thread handing out and taking back.

    multiprocessing.Pool kept three threads in the parent, one of which woke whenever a result
    waited in the pipe and spun until another thread took it: 0.75 s of CPU in a 10,000-file
    run, plus 0.5 s for the thread that took the results, on the two cores the workers need.
    A worker that dies (killed, or a crash inside a C library) is replaced, and the files it held
    are read again one at a time: a file that ends a worker on its own is a problem row."""

    def __init__(self, n: int, root: Path, budget: float | None):
        self.root, self.budget = root, budget
        self.ctx = get_context("spawn" if os.name == "nt" else "fork")
        self.workers = [_Worker(self.ctx, root, budget) for _ in range(n)]

    def results(self, given: list[tuple[list[str], tuple[str, int] | None]]) -> Iterator[Chunk]:
        """One Chunk per chunk of files (with where its worker writes its articles' part, or
        None), in order. Each worker holds HELD chunks (one it reads, the others waiting, so that
        it does not wait for the parent on a busy machine) and no more than HELD * CHUNK files
        past its first two chunks, and no chunk is handed out more than WINDOW chunks past the
        first whose results are not yet taken: memory stays flat."""
        chunks = deque(enumerate(given))
        total, done, first = len(chunks), {}, 0
        while first < total:
            for w in sorted(self.workers, key=lambda w: len(w.held)):
                while (chunks and chunks[0][0] < first + WINDOW and len(w.held) < HELD
                       and (len(w.held) < 2 or sum(len(c[0]) for _, c in w.held) < HELD * CHUNK)):
                    if not self._give(w, *chunks.popleft(), done):
                        break
            while first in done:
                yield done.pop(first)
                first += 1
            busy = [w for w in self.workers if w.held]
            for conn in wait([w.conn for w in busy]) if busy and first < total else ():
                self._take(next(w for w in busy if w.conn is conn), done)

    def close(self) -> None:
        for w in self.workers:
            w.stop()

    def _give(self, w: _Worker, index: int, chunk: tuple[list[str], tuple[str, int] | None],
              done: dict[int, Chunk]) -> bool:
        """Hands a chunk to a worker; False if the worker had died (it is replaced)."""
        w.held.append((index, chunk))
        try:
            w.conn.send(chunk)
            return True
        except OSError:                 # it died: the pipe is closed
            self._replace(w, done)
            return False

    def _take(self, w: _Worker, done: dict[int, Chunk]) -> None:
        try:
            results = w.conn.recv()
        except (EOFError, OSError):
            self._replace(w, done)
            return
        if isinstance(results, _Raised):
            raise results.exc from RuntimeError(f"in the worker process:\n{results.text}")
        index, _ = w.held.popleft()
        done[index] = results

    def _replace(self, w: _Worker, done: dict[int, Chunk]) -> None:
        """A worker died: a new one in its place, and what it held read one file at a time (the
        results whole, for the parent to write: a part the dead worker began is written again)."""
        held, why = list(w.held), w.stop()
        w.held.clear()
        self.workers[self.workers.index(w)] = _Worker(self.ctx, self.root, self.budget)
        for index, (paths, _) in held:
            done[index] = (None, None, [self._alone(p, why) for p in paths] if len(paths) > 1
                           else [_ended_worker(paths[0], self.root, why)])

    def _alone(self, path: str, why: str) -> FileResult:
        """One file in a worker of its own, or a problem row if it ends that worker too."""
        w = _Worker(self.ctx, self.root, self.budget)
        try:
            w.conn.send(([path], None))
            return w.conn.recv()[2][0]
        except (EOFError, OSError):
            return _ended_worker(path, self.root, w.stop())
        finally:
            w.stop()


class _Worker:
    def __init__(self, ctx, root: Path, budget: float | None):
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(child, root, budget), daemon=True)
        self.process.start()
        child.close()
        # (index, (files, where their part is written or None)) handed out, in order
        self.held: deque[tuple[int, tuple[list[str], tuple[str, int] | None]]] = deque()

    def stop(self) -> str:
        """Ends it (at once: SIGTERM, see _worker_signals); how it ended, for a problem row."""
        if self.process.exitcode is None:
            self.process.terminate()
        self.process.join()
        self.conn.close()
        code = self.process.exitcode or 0
        if code >= 0:
            return f"exit code {code}"
        try:
            return f"signal {signal.Signals(-code).name}"
        except ValueError:
            return f"signal {-code}"


class _Raised:
    """An exception a worker's extraction raised, sent to the parent to raise there, as it would
    in one process (a rule's bug stops the run; it is not one file's problem)."""

    def __init__(self, exc: Exception):
        self.exc = exc
        self.text = "".join(traceback.format_exception(exc))


def _serve(conn, root: Path, budget: float | None) -> None:
    """A worker's loop: a chunk of files in, their results out, until the pipe closes."""
    _worker_signals()
    while True:
        try:
            paths, target = conn.recv()
        except EOFError:
            return
        try:
            results: Chunk | _Raised = (_written(paths, root, budget, target) if target is not None else
                                        (None, None, [process_file(Path(p), root, budget) for p in paths]))
        except Exception as exc:
            results = _Raised(exc)
        try:
            conn.send(results)
        except Exception:           # an exception that does not pickle: its text
            conn.send(_Raised(RuntimeError(results.text if isinstance(results, _Raised) else "unpicklable result")))


def _ended_worker(path: str, root: Path, why: str) -> FileResult:
    return _unread(path, root, "unreadable", f"reading it ended the worker process ({why}); its text was not used")
