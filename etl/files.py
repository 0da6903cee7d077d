"""Which files an input folder holds, and their names as the tables store them. Light on
purpose (no decoding libraries): the dashboard asks it which seed files a build reads."""
from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple


class Skipped(NamedTuple):
    """Something under the input folder that yields no file, and why."""

    rel: str            # as relative() names it; "." for the input folder itself
    kind: str           # "unlistable" (a folder that cannot be listed), "link" (not followed), "special", "output"
    why: str


TABLE_NAMES = ("articles", "events", "participants", "officials")


def iter_files(root: Path, skipped: list[Skipped] | None = None, out: Path | None = None) -> Iterator[Path]:
    """Every regular file under root, recursively, in a stable order (as sorted paths compare:
    part by part, names as relative() shows them); hidden files and folders skipped. A symbolic
    link is followed only to a file inside root; links to folders, links leading outside root,
    broken or looping links, folders that cannot be listed and special files (pipes, devices)
    yield nothing and are added to `skipped`. When the ETL's output folder `out` lies inside
    root, it is not read (its tables are no input), and it is added to `skipped` too."""
    return map(Path, file_names(root, skipped, out))


def file_names(root: Path, skipped: list[Skipped] | None = None, out: Path | None = None) -> Iterator[str]:
    """iter_files' files as the paths' strings: what a run holds for every file of its input (a
    Path object takes three times the memory: 15 MB for 40,000 files, against 4 MB)."""
    top = Path(root)
    skipped = [] if skipped is None else skipped
    yield from _walk(top, top, os.path.realpath(top), skipped, _outputs(top, out))


def _outputs(top: Path, out: Path | None) -> frozenset[str]:
    """What iter_files must not read of the output folder, as the walk spells its paths: the
    folder itself when it lies below root, its tables when it is root."""
    if out is None:
        return frozenset()
    inside, real = os.path.realpath(top), os.path.realpath(out)
    if real == inside:
        return frozenset(os.path.join(top, f"{name}.parquet") for name in TABLE_NAMES)
    if os.path.commonpath([inside, real]) != inside:
        return frozenset()
    return frozenset({os.path.join(top, os.path.relpath(real, inside))})


def _walk(folder: Path, top: Path, inside: str, skipped: list[Skipped], outputs: frozenset[str]) -> Iterator[str]:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: shown(e.name))
    except OSError as exc:
        skipped.append(Skipped(relative(folder, top), "unlistable",
                               f"cannot list the folder ({exc.strerror or exc})"))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.path in outputs:
            what = "the tables of this run" if entry.is_symlink() or entry.is_file() else "the output folder (--out)"
            skipped.append(Skipped(relative(Path(entry.path), top), "output", f"{what}; not read as input"))
            continue
        if entry.is_symlink():
            if _followed(entry, top, inside, skipped):
                yield entry.path
        elif entry.is_dir(follow_symlinks=False):
            yield from _walk(Path(entry.path), top, inside, skipped, outputs)
        elif entry.is_file(follow_symlinks=False):
            yield entry.path
        else:
            skipped.append(Skipped(relative(Path(entry.path), top), "special",
                                   "not a regular file (a pipe, socket or device); skipped"))


def _followed(entry: os.DirEntry, top: Path, inside: str, skipped: list[Skipped]) -> bool:
    """True for a link to a file inside the input folder; anything else is noted in `skipped`."""
    try:
        target = os.path.realpath(entry.path, strict=True)
    except OSError as exc:
        why = "loops" if exc.errno == errno.ELOOP else "is broken (its target does not exist)"
    else:
        if os.path.commonpath([inside, target]) != inside:
            why = "leads outside the input folder"
        elif os.path.isdir(target):
            why = "leads to a folder (its files are read where they are)"
        elif os.path.isfile(target):
            return True
        else:
            why = "leads to a special file"
    skipped.append(Skipped(relative(Path(entry.path), top), "link", f"symbolic link {why}; not followed"))
    return False


def shown(name: str) -> str:
    """A name as the tables show it: one that is not valid UTF-8 (which Python keeps as lone
    surrogates) has its bad bytes written as \\xNN, so it can be stored, printed and compared."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        try:
            return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        except UnicodeEncodeError:
            return name.encode("utf-8", "backslashreplace").decode("utf-8")


def relative(path: Path, root: Path) -> str:
    """path relative to root, with "/" between parts (what tables and the state store); "." for
    root itself. A name that is not valid UTF-8 is shown with \\xNN escapes (see shown())."""
    p, r = os.fspath(path), os.fspath(root)
    if os.sep == "/" and p.startswith(r + "/"):
        return shown(p[len(r) + 1:])
    return shown(Path(path).relative_to(root).as_posix())
