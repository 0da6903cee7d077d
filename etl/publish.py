"""How a run publishes its tables: one writer per output folder, the four tables as one unit.

    OUT_DIR/.etl.lock                      held (flock) by the run writing this folder
    OUT_DIR/.tables/000007/*.parquet       one folder per run (a "generation")
    OUT_DIR/.tables/current -> 000007      the pointer, swapped by one atomic rename
    OUT_DIR/articles.parquet -> .tables/current/articles.parquet     (and the other three)

A run writes its tables into a new generation folder, then renames a new pointer over the
old one: a reader that resolves the pointer once (`tables_dir`) reads four tables of one
run, and the fixed links `OUT_DIR/NAME.parquet` always lead through the pointer, so at any
moment they name one complete set. The generation just replaced is kept until the next
publish (a reader may still be opening it); anything else in `.tables` (what a killed run
left) is removed by the next run. Light on purpose: the dashboard imports it to read.
"""
from __future__ import annotations

import errno
import os
import shutil
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

GENERATIONS = ".tables"
POINTER = "current"
LOCK_NAME = ".etl.lock"
LOCK_WAIT = 30.0             # seconds a second run waits for the first before giving up


class FolderBusy(Exception):
    """Another run holds the output folder's lock."""


# What the storage under the output folder refuses, in a word: (errno of an OSError, or the
# prefix of an SQLite error's name) -> the cause as the one-line message names it.
_FAULTS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the file system is read-only",
    errno.EACCES: "no permission to write there",
    errno.EPERM: "no permission to write there",
    errno.EIO: "the disk reports an input/output error",
}
_SQLITE_FAULTS = {
    "SQLITE_FULL": "the disk is full",
    "SQLITE_READONLY": "the state file or its folder is read-only",
    "SQLITE_CANTOPEN": "a file cannot be created there (read-only or no permission)",
    "SQLITE_IOERR": "the disk reports an input/output error (or is full)",
}


def storage_fault(exc: BaseException) -> str | None:
    """The cause, when an error is the storage refusing to write (a full disk, a read-only
    folder, no permission): not a bug, and not a damaged state to be set aside."""
    name = getattr(exc, "sqlite_errorname", None)
    if name:
        return next((cause for prefix, cause in _SQLITE_FAULTS.items() if name.startswith(prefix)), None)
    return _FAULTS.get(exc.errno) if isinstance(exc, OSError) else None


@contextmanager
def locked(out_dir: Path, wait: float = LOCK_WAIT) -> Iterator[None]:
    """Hold the folder's lock while writing it; waits up to `wait` seconds for another run.
    The lock is the kernel's (flock), so a killed run never leaves it held."""
    path = Path(out_dir) / LOCK_NAME
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        _acquire(fd, path, Path(out_dir), wait)
        yield
    finally:
        os.close(fd)            # releases the lock


def _acquire(fd: int, path: Path, out_dir: Path, wait: float) -> None:
    try:
        import fcntl
    except ImportError:         # Windows: one byte locked with msvcrt instead
        import msvcrt

        def attempt() -> None:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        def attempt() -> None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    deadline = time.monotonic() + wait
    while True:
        try:
            attempt()
            return
        except OSError:
            if time.monotonic() >= deadline:
                raise FolderBusy(f"{path}: another run is writing to {out_dir} "
                                 f"(waited {wait:g} s); try again when it has finished") from None
            time.sleep(0.1)


def tables_dir(out_dir: Path) -> Path:
    """The folder holding out_dir's current tables: the generation the pointer names, read
    once, so the four tables read from it belong together. A plain folder of tables (the
    committed seed tables, or tables written before generations) is its own."""
    pointer = Path(out_dir) / GENERATIONS / POINTER
    try:
        return pointer.parent / os.readlink(pointer)
    except OSError:
        return Path(out_dir)


def new_generation(out_dir: Path) -> Path:
    """An empty folder for this run's tables, numbered after every folder there (call with the lock held)."""
    root = Path(out_dir) / GENERATIONS
    root.mkdir(parents=True, exist_ok=True)
    numbers = [int(p.name) for p in root.iterdir() if p.name.isdigit()]
    gen = root / f"{max(numbers, default=0) + 1:06d}"
    gen.mkdir()
    os.chmod(gen, 0o755)        # tables are meant to be shared
    return gen


def switch(out_dir: Path, gen: Path, names: Iterable[str]) -> list[Path]:
    """Publish generation `gen`: one atomic rename of the pointer, then make sure each
    OUT_DIR/NAME.parquet is the fixed link through it. Returns those paths."""
    out_dir, root = Path(out_dir), gen.parent
    before = _current_name(out_dir)
    _replace_link(root / POINTER, gen.name)
    paths = []
    for name in names:
        link = out_dir / f"{name}.parquet"
        target = f"{GENERATIONS}/{POINTER}/{name}.parquet"
        if not (link.is_symlink() and os.readlink(link) == target):
            # a folder written before generations: each plain table becomes a link, one by one
            _replace_link(link, target)
        paths.append(link)
    _prune(root, keep={gen.name, before})
    return paths


def _replace_link(link: Path, target: str) -> None:
    tmp = link.with_name(f".{link.name}.new")
    tmp.unlink(missing_ok=True)
    os.symlink(target, tmp)
    if link.is_dir() and not link.is_symlink():     # a plain table folder (copied): a link cannot replace it in one step
        aside = link.with_name(f".{link.name}.old")
        _remove(aside)
        os.replace(link, aside)
        os.replace(tmp, link)
        _remove(aside)
        return
    os.replace(tmp, link)


def _current_name(out_dir: Path) -> str | None:
    try:
        return os.readlink(Path(out_dir) / GENERATIONS / POINTER)
    except OSError:
        return None


def tidy(out_dir: Path, leftovers: Iterable[str] = ()) -> None:
    """What killed runs left (call with the lock held): generations never published or long
    replaced (the current one and the one before it stay), and the files matching `leftovers`
    (glob patterns in out_dir, e.g. a scratch state)."""
    out_dir = Path(out_dir)
    root = out_dir / GENERATIONS
    current = _current_name(out_dir)
    if root.is_dir():
        numbers = [int(p.name) for p in root.iterdir() if p.name.isdigit()]
        below = [n for n in numbers if current and current.isdigit() and n < int(current)]
        _prune(root, keep={current, f"{max(below):06d}" if below else None})
    for pattern in leftovers:
        for path in out_dir.glob(pattern):
            _remove(path)


def _prune(root: Path, keep: set[str | None]) -> None:
    for path in root.iterdir():
        if path.name != POINTER and path.name not in keep:
            _remove(path)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def discard(gen: Path) -> None:
    """A generation that will not be published (the run failed)."""
    shutil.rmtree(gen, ignore_errors=True)
