"""Parquet tables, written atomically. The only module that writes files.

Every table goes into a new generation folder first, as a folder of part files (parts.py
says where rows are cut); only when all four are complete is the generation published, by
one atomic switch of a pointer (see publish.py), so an interrupted run leaves the previous
tables whole and a reader never sees half a run. A re-run links the parts its changes do
not reach from the previous generation.
"""
from __future__ import annotations

import os
import shutil
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import fields
from itertools import islice
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from . import publish
from .parts import BOUNDARY, Key, Part, part_name, reached, sort_key, starts_part, table_keys
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
    ("n_articles", pa.int32()), ("evidence", pa.list_(pa.string())),
    ("evidence_article_ids", pa.list_(pa.list_(pa.string()))), ("date_text", pa.string()),
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
# A part's min/max statistics for the columns a reader may filter on (ids, names, dates, numbers),
# not for the texts and lists: the statistics of an article's text are two whole texts, which made
# an articles part half as large again, and no reader filters on them.
_STATISTICS = {name: [f.name for f in schema if not (pa.types.is_large_string(f.type) or pa.types.is_list(f.type))]
               for name, schema in SCHEMAS.items()}


_ARTICLE_FIELDS = tuple(f.name for f in fields(Article) if f.name != "published")


def article_row(article: Article) -> dict:
    """An article as a row of the articles table: its own date becomes text here, and only here
    (`published`, with its `published_precision` and `published_source`)."""
    pub = article.published
    return {**{name: getattr(article, name) for name in _ARTICLE_FIELDS}, "published": pub.text if pub else None,
            "published_precision": pub.precision if pub else None, "published_source": pub.source if pub else None}


def from_rows(rows: list[dict], schema: pa.Schema) -> pa.Table:
    """pa.Table.from_pylist(rows, schema), built column by column: the same table, ten times
    faster (from_pylist looks up every field of every row on its own)."""
    return pa.Table.from_pydict({name: [row.get(name) for row in rows] for name in schema.names}, schema=schema)


def _merged(name: str, kept: pa.Table, extra: pa.Table, extra_keys: list[Key]) -> pa.Table:
    """Two tables of rows in order, as one in order (only their key columns are read; a row of
    `extra` goes after the rows of `kept` with an equal key). Made of runs of the two, not copied
    row by row: a re-run adds a few rows to a part, or a meeting's rows together."""
    if not extra.num_rows:
        return kept
    kept_keys = table_keys(name, kept)
    n, pieces, start, row = len(kept_keys), [], 0, 0
    while row < len(extra_keys):
        at = bisect_right(kept_keys, extra_keys[row], start)
        end = row + 1           # the rows of extra that go before the same row of kept
        while end < len(extra_keys) and (at == n or extra_keys[end] < kept_keys[at]):
            end += 1
        pieces += [kept.slice(start, at - start), extra.slice(row, end - row)]
        start, row = at, end
    return _joined([*pieces, kept.slice(start)])


def _rows_in(table: pa.Table, column: str, values: set[str]) -> list[int]:
    """The rows whose `column` is one of `values`, in order. Read as Python values: a part holds
    a few hundred rows at most, and pyarrow's compute functions (is_in, filter, take) would
    import pyarrow.compute, 0.04 s of every re-run's start."""
    return [i for i, value in enumerate(table.column(column).to_pylist()) if value in values]


def _without(table: pa.Table, going: list[int]) -> pa.Table:
    """The table less the rows `going` (in order), as runs of the rows that stay."""
    pieces, start = [], 0
    for i in going:
        pieces.append(table.slice(start, i - start))
        start = i + 1
    return _joined([*pieces, table.slice(start)]) if pieces else table


def _only(table: pa.Table, rows: list[int]) -> pa.Table:
    """The rows `rows` of the table in that order (table.take), as runs of consecutive rows: a
    re-run's rows come nearly in order, in a few runs (10,000 rows shuffled took 0.05 s)."""
    pieces, start = [], 0
    for n in range(1, len(rows) + 1):
        if n == len(rows) or rows[n] != rows[n - 1] + 1:
            pieces.append(table.slice(rows[start], n - start))
            start = n
    return _joined(pieces) if pieces else table.slice(0, 0)


_FEW_RUNS = 16              # more runs than this are copied into one (writing many small chunks costs more)


def _joined(pieces: list[pa.Table]) -> pa.Table:
    table = pa.concat_tables([p for p in pieces if p.num_rows] or pieces[:1])
    return table.combine_chunks() if table.num_columns and table.column(0).num_chunks > _FEW_RUNS else table


_ROWS_AT_A_TIME = 1024


def _in_order(name: str, rows: Iterable[dict]) -> tuple[pa.Table, list[Key]]:
    """Rows as one pyarrow table in table `name`'s order, and their keys. The rows are turned into
    pyarrow a thousand at a time, never all held as Python dicts: a re-run at 40,000 articles
    built 5,715 participant rows, 25 MB as dicts."""
    keys: list[Key] = []
    pieces, batch = [SCHEMAS[name].empty_table()], []
    for row in rows:
        keys.append(sort_key(name, row))
        batch.append(row)
        if len(batch) == _ROWS_AT_A_TIME:
            pieces.append(from_rows(batch, SCHEMAS[name]))
            batch = []
    pieces.append(from_rows(batch, SCHEMAS[name]))
    table = pa.concat_tables(pieces)
    order = sorted(range(len(keys)), key=keys.__getitem__)      # stable, as sorting the rows was
    if order != list(range(len(keys))):
        table, keys = _only(table, order), [keys[i] for i in order]
    return table, keys


def read_part(path: Path, columns: list[str] | None = None) -> pa.Table:
    """One part file, read without threads (faster on small machines) nor the dataset machinery,
    and without pre-buffering its column chunks (about 0.05 ms less a part, and 4 MB less held
    after the first parts a re-run rewrites)."""
    return pq.ParquetFile(path, pre_buffer=False).read(columns=columns, use_threads=False)


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

    def append_table(self, table: pa.Table) -> None:
        """Rows in a pyarrow table (the table's order), cut as append() cuts them but written
        as slices, never turned into Python rows (only the boundary column is read)."""
        self._flush()
        values = table[BOUNDARY[self.name]].to_pylist()
        start = 0
        for i, value in enumerate(values):
            if self._open and value != self._last and starts_part(self.name, value):
                self._write(table.slice(start, i - start))
                start = i
                self._close()
            if not self._open:
                self._open = True
                self.parts.append(Part(sort_key(self.name, table.slice(i, 1).to_pylist()[0]), 0))
            self._last = value
            self.parts[-1] = self.parts[-1]._replace(rows=self.parts[-1].rows + 1)
        self._write(table.slice(start))

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
        if self._rows:
            self._write(from_rows(self._rows, SCHEMAS[self.name]))
            self._rows.clear()

    def _write(self, table: pa.Table) -> None:
        """Rows of the open part, to its file."""
        if not table.num_rows:
            return
        if self._writer is None:
            self._writer = _part_writer(self.folder / part_name(len(self.parts) - 1), self.name)
        self._writer.write_table(table if table.schema == SCHEMAS[self.name] else table.cast(SCHEMAS[self.name]))

    def _close(self) -> None:
        if self._open:
            self._flush()
            if self._writer is not None:
                self._writer.close()
            self._writer, self._open, self._last = None, False, None

    def adopt(self, rank: int, part: Part) -> None:
        """Part number `rank`, written whole by another process (write_part) into this folder."""
        self._close()
        if rank != len(self.parts) or not (self.folder / part_name(rank)).is_file():
            raise RuntimeError(f"{self.name}: part {rank} adopted where part {len(self.parts)} is due, or not written")
        self.parts.append(part)


def _part_writer(path: Path, name: str) -> pq.ParquetWriter:
    # no dictionary pages: zstd finds the repeated values anyway, and trying a dictionary
    # for every column (most hold one value per row: texts, ids) cost a fifth of the
    # writing time; the parts are as small (a little smaller) and read as fast
    return pq.ParquetWriter(path, SCHEMAS[name], compression="zstd", use_dictionary=False,
                            write_statistics=_STATISTICS[name])


def write_part(path: Path, name: str, rows: Iterable[dict]) -> Part | None:
    """Rows of table `name` (in its order) as one whole part file, written as _Parts writes a
    part (FLUSH rows at a time): what a worker process does for the articles of a run of files
    that make one part (workers.py). Its Part (None and no file: no rows)."""
    writer, first, n, rows = None, None, 0, iter(rows)
    try:
        while batch := list(islice(rows, FLUSH)):
            first = first or sort_key(name, batch[0])
            writer = writer or _part_writer(path, name)
            writer.write_table(from_rows(batch, SCHEMAS[name]))
            n += len(batch)
    finally:
        if writer is not None:
            writer.close()
    return None if first is None else Part(first, n)


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

    def folder(self, name: str) -> Path:
        """Table `name`'s folder in the new generation, where another process may write a part."""
        return self._table(name).folder

    def adopt(self, name: str, rank: int, part: Part) -> None:
        """The next part of table `name` is number `rank`, which another process wrote whole
        (write_part) into folder(name)."""
        self._table(name).adopt(rank, part)

    def patch(self, name: str, rank: int, changes: dict[int, dict]) -> None:
        """Part `rank` of table `name`, written and adopted, with some of its rows' fields changed
        ({row within the part: {column: value}}): rewritten whole, cut as before."""
        path = self.folder(name) / part_name(rank)
        rows = read_part(path).to_pylist()
        for i, values in changes.items():
            rows[i].update(values)
        write_part(path, name, rows)

    def write(self, name: str, rows: list[dict]) -> None:
        for row in rows:
            self.append(name, row)

    def same_as(self, name: str, previous: Path, old: list[Part]) -> None:
        """Table `name` is the previous one (folder `previous`, parts `old`): every part linked."""
        for n, part in enumerate(old):
            self._table(name).link(Path(previous) / part_name(n), part)

    def update(self, name: str, previous: Path, old: list[Part], column: str, gone: set[str],
               spans: list[tuple[Key, Key]], added: Iterable[dict], keep: tuple[str, ...] = ()) -> pa.Table:
        """Table `name` as the previous one (folder `previous`, parts `old`) less the rows whose
        `column` is in `gone`, plus the rows `added` (in any order, taken as they come). The parts
        that no change reaches (the `spans` of the rows that may go, the keys of the rows added)
        are linked; the others are read one at a time, edited and cut again, as pyarrow tables,
        and linked too when the edit leaves their rows as they were.
        Returns the `keep` columns of the rows dropped (only those are held: the articles' texts
        that a re-run at 40,000 articles drops are 5 MB)."""
        new, keys = _in_order(name, added)
        hit = reached(old, [*spans, *((k, k) for k in keys)])
        dropped = [SCHEMAS[name].empty_table().select(list(keep))]
        j = 0
        for n, part in enumerate(old):
            path = Path(previous) / part_name(n)
            if n not in hit:
                self._table(name).link(path, part)
                continue
            table = read_part(path)
            going = _rows_in(table, column, gone)
            if keep:
                dropped.append(_only(table.select(list(keep)), going))
            end = j
            while end < len(keys) and (n + 1 == len(old) or keys[end] < old[n + 1].first):
                end += 1
            edited = _merged(name, _without(table, going), new.slice(j, end - j), keys[j:end])
            if edited.equals(table):        # the same rows again (a meeting built again as it was)
                self._table(name).link(path, part)
            else:
                self._table(name).append_table(edited)
            j = end
        if j < len(keys):                   # a table that had no rows
            self._table(name).append_table(new.slice(j))
        return pa.concat_tables(dropped)

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
