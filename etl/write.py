"""Parquet tables, written atomically. The only module that writes files.

Every table goes into a new generation folder first, as a folder of part files (parts.py
says where rows are cut); only when all four are complete is the generation published, by
one atomic switch of a pointer (see publish.py), so an interrupted run leaves the previous
tables whole and a reader never sees half a run. A re-run links the parts its changes do
not reach from the previous generation.
"""
from __future__ import annotations

import heapq
import os
import shutil
from collections.abc import Callable
from dataclasses import fields
from functools import partial
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from . import publish
from .parts import BOUNDARY, Key, Part, part_name, reached, sort_key, starts_part
from .records import Article

ARTICLES = pa.schema([
    ("article_id", pa.string()), ("source_path", pa.string()), ("record", pa.int32()),
    ("title", pa.string()), ("url", pa.string()), ("published", pa.string()),
    ("published_precision", pa.string()), ("outlet", pa.string()), ("text", pa.large_string()),
    ("boilerplate", pa.large_string()), ("encoding", pa.string()), ("status", pa.string()),
    ("problem", pa.string()), ("content_hash", pa.string()), ("published_source", pa.string()),
])
EVENTS = pa.schema([
    ("event_id", pa.string()), ("forum", pa.string()), ("level", pa.string()), ("meeting", pa.string()),
    ("name_vi", pa.string()), ("name_en", pa.string()), ("ordinal", pa.int32()),
    ("start_date", pa.date32()), ("end_date", pa.date32()), ("date_precision", pa.string()),
    ("year_inferred", pa.bool_()), ("year_source", pa.string()), ("status", pa.string()), ("location", pa.string()),
    ("host", pa.string()), ("mode", pa.string()), ("article_ids", pa.list_(pa.string())),
    ("n_articles", pa.int32()), ("evidence", pa.list_(pa.string())), ("date_text", pa.string()),
    ("date_conflicts", pa.list_(pa.string())), ("rule", pa.string()),
])
PARTICIPANTS = pa.schema([
    ("event_id", pa.string()), ("article_id", pa.string()), ("official_id", pa.string()),
    ("name", pa.string()), ("role", pa.string()), ("country", pa.string()), ("evidence", pa.string()),
    ("event_start", pa.date32()), ("level", pa.string()),
])
OFFICIALS = pa.schema([
    ("official_id", pa.string()), ("name", pa.string()), ("country", pa.string()),
    ("roles", pa.list_(pa.struct([("role", pa.string()), ("first_seen", pa.date32()),
                                  ("last_seen", pa.date32()), ("n_events", pa.int32()), ("level", pa.string())]))),
    ("latest_role", pa.string()), ("first_seen", pa.date32()), ("last_seen", pa.date32()),
    ("n_events", pa.int32()), ("n_articles", pa.int32()),
])
SCHEMAS = {"articles": ARTICLES, "events": EVENTS, "participants": PARTICIPANTS, "officials": OFFICIALS}
FLUSH = 512              # rows of a part held before they go to disk


_ARTICLE_FIELDS = tuple(f.name for f in fields(Article))


def article_row(article: Article) -> dict:
    """An article as a row of the articles table."""
    return {name: getattr(article, name) for name in _ARTICLE_FIELDS}


def part_files(table: Path) -> list[Path]:
    """A table's files in order: the parts in its folder (a table written before parts: itself)."""
    table = Path(table)
    if not table.is_dir():
        return [table]
    return sorted(p for p in table.iterdir() if p.suffix == ".parquet" and not p.name.startswith((".", "_")))


def count_rows(table: Path) -> int:
    """The number of rows of a table, from its files' footers."""
    return sum(pq.read_metadata(p).num_rows for p in part_files(table))


def problems(table: Path) -> list[tuple[str, str, str]]:
    """(source_path, status, problem) of the rows of an articles table whose status is not ok."""
    found = []
    for path in part_files(table):
        part = read_part(path, ["source_path", "status", "problem"])
        bad = part.filter(pc.not_equal(part["status"], "ok"))
        found += [(p, s, m or "") for p, s, m in zip(*(bad[c].to_pylist() for c in bad.column_names))]
    return found


def read_part(path: Path, columns: list[str] | None = None) -> pa.Table:
    """One part file, read without threads (faster on small machines) nor the dataset machinery."""
    return pq.ParquetFile(path).read(columns=columns, use_threads=False)


class _Parts:
    """One table's folder in the new generation, written in order: rows are cut into parts where
    parts.starts_part says; a part kept from the previous run is linked, not rewritten."""

    def __init__(self, folder: Path, name: str):
        self.folder, self.name = folder, name
        folder.mkdir()
        self.parts: list[Part] = []
        self._open = False
        self._rows: list[dict] = []
        self._writer: pq.ParquetWriter | None = None
        self._last: str | None = None           # the boundary value of the row written last

    def append(self, row: dict) -> None:
        value = row[BOUNDARY[self.name]]
        if self._open and value != self._last and starts_part(self.name, value):
            self._close()
        if not self._open:
            self._open = True
            self.parts.append(Part(sort_key(self.name, row), 0))
        self._rows.append(row)
        self._last = value
        self.parts[-1] = self.parts[-1]._replace(rows=self.parts[-1].rows + 1)
        if len(self._rows) >= FLUSH:
            self._flush()

    def link(self, previous: Path, part: Part) -> None:
        self._close()
        path = self.folder / part_name(len(self.parts))
        try:
            os.link(previous, path)
        except OSError:             # a file system without hard links: a copy
            shutil.copyfile(previous, path)
        self.parts.append(part)

    def close(self) -> list[Part]:
        self._close()
        if not self.parts:          # no rows: one empty part, so that a reader still finds the columns
            pq.write_table(SCHEMAS[self.name].empty_table(), self.folder / part_name(0), compression="zstd")
        return self.parts

    def abort(self) -> None:
        if self._writer is not None:
            self._writer.close()

    def _flush(self) -> None:
        if self._writer is None:
            path = self.folder / part_name(len(self.parts) - 1)
            self._writer = pq.ParquetWriter(path, SCHEMAS[self.name], compression="zstd")
        self._writer.write_table(pa.Table.from_pylist(self._rows, schema=SCHEMAS[self.name]))
        self._rows.clear()

    def _close(self) -> None:
        if self._open:
            self._flush()
            self._writer.close()
            self._writer, self._open, self._last = None, False, None


class AtomicTables:
    """Collects tables in a new generation folder of out_dir and publishes them all on commit().
    Make it with the folder's lock held (publish.locked). Rows are given in each table's order
    (parts.sort_key); after commit, `parts` says how each table was cut (the state keeps it)."""

    def __init__(self, out_dir: Path):
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.generation = publish.new_generation(self.out_dir)
        self._tables: dict[str, _Parts] = {}
        self.parts: dict[str, list[Part]] = {}

    def _table(self, name: str) -> _Parts:
        if name not in self._tables:
            self._tables[name] = _Parts(self.generation / f"{name}.parquet", name)
        return self._tables[name]

    def append(self, name: str, row: dict) -> None:
        """The next row of table `name`, streamed to disk part by part."""
        self._table(name).append(row)

    def write(self, name: str, rows: list[dict]) -> None:
        for row in rows:
            self.append(name, row)

    def same_as(self, name: str, previous: Path, old: list[Part]) -> None:
        """Table `name` is the previous one (folder `previous`, parts `old`): every part linked."""
        for n, part in enumerate(old):
            self._table(name).link(Path(previous) / part_name(n), part)

    def update(self, name: str, previous: Path, old: list[Part], drop: Callable[[dict], bool],
               spans: list[tuple[Key, Key]], added: list[dict]) -> list[dict]:
        """Table `name` as the previous one (folder `previous`, parts `old`) less the rows `drop`
        picks, plus `added`. The parts that no change reaches (the `spans` of the rows that may
        go, the keys of the rows added) are linked; the others are read one at a time, edited
        and cut again. Returns the rows dropped."""
        key = partial(sort_key, name)
        added = sorted(added, key=key)
        keys = [key(r) for r in added]
        hit = reached(old, [*spans, *((k, k) for k in keys)])
        dropped: list[dict] = []
        j = 0
        for n, part in enumerate(old):
            path = Path(previous) / part_name(n)
            if n not in hit:
                self._table(name).link(path, part)
                continue
            kept = []
            for row in read_part(path).to_pylist():
                (dropped if drop(row) else kept).append(row)
            end = j
            while end < len(added) and (n + 1 == len(old) or keys[end] < old[n + 1].first):
                end += 1
            for row in heapq.merge(kept, added[j:end], key=key):
                self.append(name, row)
            j = end
        for row in added[j:]:               # a table that had no rows
            self.append(name, row)
        return dropped

    def commit(self) -> list[Path]:
        for name in SCHEMAS:
            self.parts[name] = self._table(name).close()
        for folder in self._tables.values():        # tables are meant to be shared, whatever the umask
            os.chmod(folder.folder, 0o755)
            for path in folder.folder.iterdir():
                os.chmod(path, 0o644)
        return publish.switch(self.out_dir, self.generation, SCHEMAS)

    def abort(self) -> None:
        for table in self._tables.values():
            table.abort()
        publish.discard(self.generation)
