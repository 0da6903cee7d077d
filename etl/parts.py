"""Where a table's rows are cut into part files, so that a re-run rewrites only the parts its
changes reach (write.py writes them).

Each table is a folder, NAME.parquet/, of files part-00000.parquet, part-00001.parquet, ...
that pyarrow, pandas and DuckDB read as one table, in name order. The rows are sorted by the
table's sort key (`sort_key`), and a part begins at a row whose boundary value (the article's
file, the meeting, the person: BOUNDARY) differs from the row before and hashes to 0 modulo
SPREAD: the cuts depend on the rows alone, not on which run wrote them, so a full run and a
re-run cut a table alike and a change moves only the cuts around it (content-defined
chunking, as rsync and restic cut files). A part is named by its rank, so a part a re-run
keeps is linked under its new rank, never rewritten.
"""
from __future__ import annotations

import zlib
from bisect import bisect_right
from collections.abc import Iterable
from typing import NamedTuple

BOUNDARY = {"articles": "source_path", "events": "event_id", "participants": "event_id", "officials": "official_id"}
# How many boundary values a part holds on average: small enough that a re-run after a few
# changes rewrites a small share of a table, large enough that a reader opens few files. A part
# costs about 1 ms of pyarrow to write and as much to read again, whatever its rows: the articles
# table cut every 64 files instead of 32 took about 0.3 s less to write at 10,000 articles, and a
# re-run after 1 % of the files changed as long (1.33-1.40 s against 1.36-1.39 s); every 128
# files, 0.3 s more for the re-run, which then rewrote 51 of 73 parts. The events and
# participants tables cut every 256 meetings instead of 64 spared the merge 0.08 s at 10,000
# articles and 0.27 s at 40,000, but a re-run at 40,000 peaked at 191 MB instead of 173.
SPREAD = {"articles": 64, "events": 64, "participants": 64, "officials": 64}

Key = tuple                 # a row's place in its table (strings and numbers, so it survives JSON)


class _Last:
    """Sorts after any value: the upper end of a span."""

    def __lt__(self, other) -> bool:
        return False

    def __le__(self, other) -> bool:
        return self is other

    def __gt__(self, other) -> bool:
        return self is not other

    def __ge__(self, other) -> bool:
        return True


LAST = _Last()


class Part(NamedTuple):
    """A part file as the state remembers it: the sort key of its first row, its number of rows."""

    first: Key
    rows: int


def file_key(rel: str) -> str:
    """Sorts like the paths iter_files yields (part by part), so the order of rows and reports
    never depends on which run stored them."""
    return "\x00".join(rel.split("/"))


def part_name(n: int) -> str:
    return f"part-{n:05d}.parquet"


# The columns that order each table's rows (docs/data-model.md), read into a Key by _key.
KEY_COLUMNS = {"articles": ("source_path", "record"), "events": ("start_date", "event_id"),
               "participants": ("event_id", "official_id", "article_id"), "officials": ("official_id",)}


def _key(name: str, values: tuple) -> Key:
    if name == "articles":          # in file order (as iter_files lists them), then by record
        return file_key(values[0]), values[1] or 0
    if name == "events":
        return values[0].isoformat(), values[1]
    return values


def sort_key(name: str, row: dict) -> Key:
    """A row's place in table `name`."""
    return _key(name, tuple(row[c] for c in KEY_COLUMNS[name]))


def table_keys(name: str, table) -> list[Key]:
    """The places of the rows of a pyarrow table of `name` (only the key columns are read)."""
    return [_key(name, v) for v in zip(*(table[c].to_pylist() for c in KEY_COLUMNS[name]))]


def starts_part(name: str, value: str) -> bool:
    """A row with this boundary value (that differs from the row before) begins a part."""
    return zlib.crc32(value.encode("utf-8", "surrogateescape")) % SPREAD[name] == 0


def span(*prefix) -> tuple[Key, Key]:
    """The sort keys of every row whose key begins with `prefix` (a file's rows, a meeting's)."""
    return tuple(prefix), (*prefix, LAST)


def reached(parts: list[Part], spans: Iterable[tuple[Key, Key]]) -> set[int]:
    """The parts a change reaches: those whose rows may lie between lo and hi of a span (a row
    removed or added there), and the part before one whose first row may go (they then join)."""
    firsts = [p.first for p in parts]
    hit: set[int] = set()
    for lo, hi in spans:
        a, b = max(bisect_right(firsts, lo) - 1, 0), max(bisect_right(firsts, hi) - 1, 0)
        hit.update(range(a, b + 1))
        if a > 0 and lo <= firsts[a] <= hi:
            hit.add(a - 1)
    return {n for n in hit if n < len(parts)}
