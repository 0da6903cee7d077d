"""Which files an input folder holds, and their names as the tables store them. Light on
purpose (no decoding libraries): the dashboard asks it which seed files a build reads."""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path


def iter_files(root: Path) -> Iterator[Path]:
    """Every regular file under root, recursively, in a stable order (as sorted paths compare:
    part by part); hidden files and folders skipped, symbolic links to folders not followed."""
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from iter_files(Path(entry.path))
        elif entry.is_file():
            yield Path(entry.path)


def relative(path: Path, root: Path) -> str:
    """path relative to root, with "/" between parts (what tables and the state store)."""
    p, r = os.fspath(path), os.fspath(root)
    if os.sep == "/" and p.startswith(r + "/"):
        return p[len(r) + 1:]
    return path.relative_to(root).as_posix()
