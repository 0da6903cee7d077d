"""Wiring only: read the data flow top to bottom here.

files -> read (decode, layout) -> extract (dates, meetings, officials) per article
      -> merge across articles -> Parquet tables, written atomically.
"""
from __future__ import annotations

import hashlib
import logging
import os
from itertools import groupby
from dataclasses import dataclass, field, fields, replace
from multiprocessing import get_context
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .assemble import extract
from .cache import ResultCache
from .gazetteer import default_gazetteer
from .merge import merge_stream, official_row, participant_rows
from .read import content_id, iter_files, read_article
from .records import Article, Event, Participation
from .spool import Spool
from .write import AtomicTables

log = logging.getLogger(__name__)
PARALLEL_FROM = 400          # below this many files, one process is faster than two
BATCH = 256                  # files handed to the workers at a time


@dataclass
class RunReport:
    files: int = 0
    articles: int = 0
    ok: int = 0
    problems: list[tuple[str, str, str]] = field(default_factory=list)   # (path, status, problem)
    events: int = 0
    participants: int = 0
    officials: int = 0
    reused: int = 0
    tables: list[str] = field(default_factory=list)


FileResult = tuple[str, str, list[tuple[Article, list[Event], list[Participation]]]]


def process_file(path: Path, root: Path) -> FileResult:
    """One file -> (relative path, hash of its bytes, [(article, events, participations)])."""
    rel = path.relative_to(root).as_posix()
    gaz = default_gazetteer()
    rows = read_article(path, root)
    raw_hash = rows[0].content_hash if rows and rows[0].content_hash else ""
    return rel, raw_hash, [(a, *extract(a, gaz)) for a in rows]


def _file_hash(path: Path) -> str:
    try:
        return hashlib.sha1(path.read_bytes()).hexdigest()
    except OSError:
        return ""


def _results(paths: list[Path], root: Path, cache: ResultCache, report: RunReport,
             keys: set[str]) -> Iterable[FileResult]:
    """Cached results where the bytes are unchanged; fresh extraction elsewhere (two processes when large)."""
    todo: list[Path] = []
    hits: dict[Path, str] = {}          # path -> cache key; results are loaded one at a time below
    for path in paths:
        key = cache.key(path.relative_to(root).as_posix(), _file_hash(path)) if cache.db else None
        if key and cache.has(key):
            hits[path] = key
            keys.add(key)
        else:
            todo.append(path)
    report.reused = len(hits)
    pool = None
    if len(todo) >= PARALLEL_FROM and (os.cpu_count() or 1) > 1:
        pool = get_context("spawn" if os.name == "nt" else "fork").Pool(min(2, os.cpu_count() or 1))
        fresh_iter = _in_batches(pool, todo, root)
    else:
        fresh_iter = (process_file(p, root) for p in todo)
    try:
        for path in paths:
            if path in hits:
                yield cache.get(hits[path])
                continue
            result = next(fresh_iter)
            if cache.db is not None:
                key = cache.key(result[0], result[1])
                cache.put(key, result)
                keys.add(key)
            yield result
    finally:
        if pool is not None:
            pool.terminate()


def _in_batches(pool, todo: list[Path], root: Path) -> Iterator[FileResult]:
    """Results in order, the workers at most one batch ahead: memory stays flat however many files."""
    batches = [todo[i:i + BATCH] for i in range(0, len(todo), BATCH)]
    pending = pool.map_async(_process_star, [(p, root) for p in batches[0]], chunksize=16) if batches else None
    for k in range(len(batches)):
        results = pending.get()
        if k + 1 < len(batches):
            pending = pool.map_async(_process_star, [(p, root) for p in batches[k + 1]], chunksize=16)
        yield from results


def _process_star(args: tuple[Path, Path]) -> FileResult:
    return process_file(*args)


def run(input_dir: Path, out_dir: Path, use_cache: bool = True,
        progress: Callable[[int], None] | None = None) -> RunReport:
    """Read every article file under input_dir and write the four tables into out_dir."""
    input_dir, out_dir = Path(input_dir), Path(out_dir)
    gaz = default_gazetteer()
    report = RunReport()
    paths = list(iter_files(input_dir))
    report.files = len(paths)
    out_dir.mkdir(parents=True, exist_ok=True)
    cache = ResultCache(out_dir / ".etl-cache.sqlite" if use_cache else None)
    tables = AtomicTables(out_dir)
    spool = Spool(out_dir)
    seen_ids: dict[str, str] = {}
    keys: set[str] = set()
    try:
        for _, _, rows in _results(paths, input_dir, cache, report, keys):
            for article, evs, ps in rows:
                article, evs, ps = _dedupe(article, evs, ps, seen_ids)
                _count(report, article)
                tables.append("articles", _article_row(article))
                spool.add(evs, ps)
            if progress:
                progress(1)
        for row, members in merge_stream(spool.sorted_events(), gaz):
            tables.append("events", row)
            spool.name(members, row["event_id"])
            report.events += 1
        for row in participant_rows((eid, p) for eid, _, p in spool.participations(by="event")):
            tables.append("participants", row)
            report.participants += 1
        by_person = participant_rows((eid, p) for eid, _, p in spool.participations(by="official"))
        for _, group in groupby(by_person, key=lambda r: r["official_id"]):
            tables.append("officials", official_row(list(group)))
            report.officials += 1
        report.tables = [p.name for p in tables.commit()]
    except BaseException:
        tables.abort()
        raise
    finally:
        spool.close()
        cache.close(keys if use_cache else None)
    return report


def _dedupe(article: Article, evs, ps, seen: dict[str, str]):
    """A second file with the same content is kept as a row but not counted twice."""
    if article.status != "ok":
        return article, evs, ps
    where = article.source_path + (f" line {article.record}" if article.record else "")
    first = seen.setdefault(article.article_id, where)
    if first == where:
        return article, evs, ps
    dup = replace(article, article_id=content_id(article.article_id, where), status="duplicate",
                  problem=f"{where}: same content as {first}")
    return dup, [], []


def _count(report: RunReport, article: Article) -> None:
    report.articles += 1
    if article.status == "ok":
        report.ok += 1
    else:
        report.problems.append((article.source_path, article.status, article.problem or ""))


_ARTICLE_FIELDS = tuple(f.name for f in fields(Article))


def _article_row(article: Article) -> dict:
    return {name: getattr(article, name) for name in _ARTICLE_FIELDS}
