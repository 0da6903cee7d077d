"""Parquet tables, written atomically. The only module that writes files.

Every table goes into a new generation folder first; only when all four are complete is
the folder published, by one atomic switch of a pointer (see publish.py), so an
interrupted run leaves the previous tables whole and a reader never sees half a run.
"""
from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from . import publish
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
CARRY_BATCH = 1024       # rows of a previous table held at once (articles: about 10 KB of text each)
SCHEMAS = {"articles": ARTICLES, "events": EVENTS, "participants": PARTICIPANTS, "officials": OFFICIALS}


_ARTICLE_FIELDS = tuple(f.name for f in fields(Article))


def article_row(article: Article) -> dict:
    """An article as a row of the articles table."""
    return {name: getattr(article, name) for name in _ARTICLE_FIELDS}


def read_table(path: Path) -> pa.Table:
    """A whole table, read without threads (faster on small machines), in its written schema."""
    return pq.read_table(path, use_threads=False)


def _problems(table: pa.Table) -> list[tuple[str, str, str | None]]:
    bad = table.filter(pc.not_equal(table["status"], "ok")).select(["source_path", "status", "problem"])
    return list(zip(*(bad[c].to_pylist() for c in bad.column_names))) if bad.num_rows else []


class AtomicTables:
    """Collects tables in a new generation folder of out_dir and publishes them all on commit().
    Make it with the folder's lock held (publish.locked)."""

    def __init__(self, out_dir: Path):
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.generation = publish.new_generation(self.out_dir)
        self.pending: dict[str, Path] = {}
        self._writers: dict[str, pq.ParquetWriter] = {}
        self._buffers: dict[str, list[dict]] = {}

    def _temp(self, name: str) -> Path:
        return self.generation / f"{name}.parquet"

    def append(self, name: str, row: dict, batch: int = 512) -> None:
        """Stream rows of a large table (articles) to disk in row groups."""
        buf = self._buffers.setdefault(name, [])
        buf.append(row)
        if len(buf) >= batch:
            self._flush(name)

    def _flush(self, name: str) -> None:
        buf = self._buffers.get(name)
        if name not in self._writers:
            self.pending[name] = self._temp(name)
            self._writers[name] = pq.ParquetWriter(self.pending[name], SCHEMAS[name], compression="zstd")
        if buf:
            self._writers[name].write_table(pa.Table.from_pylist(buf, schema=SCHEMAS[name]))
            buf.clear()

    def carry(self, name: str, previous: Path, new_rows: list[dict], replaced: set[str],
              position: dict[str, int]) -> Iterator[tuple[int, list[tuple[str, str, str | None]]]]:
        """Write table `name` as the previous one, minus the rows of the `replaced` source files,
        plus `new_rows`, in file order (`position[source_path]`, then record). The previous table
        is read a row group at a time and its rows are copied as slices, never one by one.
        Yields, per part written, its number of rows and the (source_path, status, problem) of
        those whose status is not "ok"."""
        schema = SCHEMAS[name]

        def rank(path: str, record) -> tuple[int, int]:
            return position[path], record or 0
        new = sorted(new_rows, key=lambda r: rank(r["source_path"], r["record"]))
        new_ranks = [rank(r["source_path"], r["record"]) for r in new]
        new_table = pa.Table.from_pylist(new, schema=schema)
        j = 0
        for batch in pq.ParquetFile(previous).iter_batches(batch_size=CARRY_BATCH, use_threads=False):
            old = pa.Table.from_batches([batch])
            if old.schema != schema:
                old = old.cast(schema)
            paths, records = old["source_path"].to_pylist(), old["record"].to_pylist()
            pieces, run = [], None          # run: where the current stretch of kept rows began
            for i, (path, record) in enumerate(zip(paths, records)):
                dropped = path in replaced          # (a removed file has no position any more)
                here = None if dropped else rank(path, record)
                if dropped or (j < len(new) and new_ranks[j] < here):
                    if run is not None:
                        pieces.append(old.slice(run, i - run))
                        run = None
                    while here is not None and j < len(new) and new_ranks[j] < here:   # new rows before this one
                        pieces.append(new_table.slice(j, 1))
                        j += 1
                if not dropped and run is None:
                    run = i
            if run is not None:
                pieces.append(old.slice(run, len(paths) - run))
            if pieces:
                part = pa.concat_tables(pieces)
                self._write_table(name, part)
                yield part.num_rows, _problems(part)
        rest = new_table.slice(j)
        self._write_table(name, rest)
        yield rest.num_rows, _problems(rest)

    def carried(self, name: str, previous: Path | pa.Table, key: str, keep: set[str], new_rows: list[dict],
                order: list[tuple[str, str]]) -> pa.Table:
        """Write table `name` as the previous rows whose `key` is in `keep` plus `new_rows`,
        sorted by `order` (a small table: held whole). Returns what was written."""
        before = previous if isinstance(previous, pa.Table) else read_table(previous)
        kept = before.filter(pc.is_in(before[key], pa.array(sorted(keep), pa.string())))
        table = pa.concat_tables([kept, pa.Table.from_pylist(new_rows, schema=SCHEMAS[name])]).sort_by(order)
        self._write_table(name, table)
        return table

    def same_as(self, name: str, previous: Path) -> None:
        """Table `name` is the previous one, unchanged: linked into the new generation, not rewritten."""
        path = self._temp(name)
        try:
            os.link(Path(previous).resolve(), path)
        except OSError:             # a file system without hard links: a copy
            shutil.copyfile(Path(previous).resolve(), path)
        self.pending[name] = path

    def _write_table(self, name: str, table: pa.Table) -> None:
        self._flush(name)
        if table.num_rows:
            self._writers[name].write_table(table)

    def write(self, name: str, rows: list[dict]) -> None:
        path = self._temp(name)
        pq.write_table(pa.Table.from_pylist(rows, schema=SCHEMAS[name]), path, compression="zstd")
        self.pending[name] = path

    def commit(self) -> list[Path]:
        for name in list(self._buffers):
            self._flush(name)
        for name in list(self._writers):       # every table streamed, appended or carried, is closed whole
            self._writers.pop(name).close()
        for name in SCHEMAS:
            if name not in self.pending:        # a table with no rows is still written, empty
                self.write(name, [])
        for path in self.pending.values():
            os.chmod(path, 0o644)       # tables are meant to be shared, whatever the umask
        self.pending.clear()
        return publish.switch(self.out_dir, self.generation, SCHEMAS)

    def abort(self) -> None:
        for writer in self._writers.values():
            writer.close()
        self._writers.clear()
        self.pending.clear()
        publish.discard(self.generation)
