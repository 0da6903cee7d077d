"""What the ETL keeps between runs: one SQLite file beside the tables (`.etl-state.sqlite`).

It holds each input file's size, time and hash, each article's reports of meetings (the
columns clustering reads, and the rest as compressed JSON) and participations (what merging
reads, so memory stays flat however large the corpus), each merged meeting's event_id keyed
on the exact reports it merges, and where each table's parts begin (parts.py). A re-run
therefore re-extracts only new or changed files, clusters again only the keys they reach
and builds a meeting's row only when its reports changed.
Without the cache the same file is scratch space, removed when the run ends: both kinds of
run share one code path. Everything a run changes is one transaction, committed only after
the tables are in place, so the state always describes the tables beside it.
"""
from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import shutil
import sqlite3
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import fields
from datetime import date
from pathlib import Path
from typing import NamedTuple

from .merge import last_day, official_id
from .parts import Part, file_key
from .publish import storage_fault
from .records import Article, Participation, Report

log = logging.getLogger(__name__)
STATE_NAME = ".etl-state.sqlite"
RACY_NS = 2_000_000_000     # a file changed this close to the last scan is hashed, not trusted by its time


def _extractor_version() -> str:
    """A hash of the ETL's own code and vocabularies: any change to the rules invalidates the
    state by itself, so no one has to remember to bump a number."""
    here = Path(__file__).resolve().parent
    digest = hashlib.sha1()
    for path in sorted([*here.glob("*.py"), *here.glob("data/*.toml")]):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


EXTRACTOR_VERSION = _extractor_version()

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS files (rel TEXT PRIMARY KEY, fkey TEXT, size INTEGER, mtime INTEGER, hash TEXT, ids TEXT,
    problems TEXT);
CREATE TABLE IF NOT EXISTS reports (fkey TEXT, fhash TEXT, art INTEGER, i INTEGER, forum TEXT, level TEXT,
    meeting TEXT, start TEXT, end TEXT, precision TEXT, ordinal INTEGER, date_role TEXT, label TEXT, body BLOB,
    event_id TEXT, PRIMARY KEY (fkey, art, i));
CREATE INDEX IF NOT EXISTS reports_order ON reports (forum, level, meeting, start, fkey, art, i);
CREATE INDEX IF NOT EXISTS reports_meeting ON reports (event_id);
CREATE TABLE IF NOT EXISTS participations (fkey TEXT, art INTEGER, k INTEGER, ev INTEGER, article_id TEXT,
    official_id TEXT, name TEXT, role TEXT, country TEXT, evidence TEXT, event_start TEXT, level TEXT,
    PRIMARY KEY (fkey, art, k));
CREATE INDEX IF NOT EXISTS participations_person ON participations (official_id);
CREATE TABLE IF NOT EXISTS meetings (sig TEXT PRIMARY KEY, event_id TEXT, forum TEXT, level TEXT, meeting TEXT,
    ordinal INTEGER, start TEXT, first TEXT, last TEXT, reach TEXT);
CREATE INDEX IF NOT EXISTS meetings_key ON meetings (forum, level, meeting);
CREATE TABLE IF NOT EXISTS parts (tbl TEXT, n INTEGER, first TEXT, rows INTEGER, PRIMARY KEY (tbl, n));
"""
TABLES = ("meta", "files", "reports", "participations", "meetings", "parts")


# Reports are stored as JSON, never pickled: a state file is data, and a crafted
# one must not be able to run code. Dates are ISO strings, turned back by field name; the
# fields clustering reads have their own columns and are not repeated in the body.
_EVENT_DATES = ("start", "end")
_ROW_DATES = ("start_date", "end_date")
_COLUMNS = ("forum", "level", "meeting", "start", "end", "precision", "ordinal", "date_role", "label")


# A report's other fields, in their order. Each is a plain value (its evidence a list of strings),
# so reading them is what dataclasses.asdict gives, without its deep copy (a third of the time
# the state took per file).
_BODY = tuple(f.name for f in fields(Report) if f.name not in _COLUMNS)


def _columns(event: Report) -> tuple:
    """A report's columns of the reports table that clustering reads (_COLUMNS' order), as stored."""
    return (event.forum, event.level, event.meeting, event.start.isoformat(), event.end.isoformat(),
            event.precision, event.ordinal, event.date_role, event.label)


def _dump(event: Report) -> bytes:
    """A report's body as stored: JSON, not compressed. zlib made it a quarter smaller (577 -> 415
    bytes on average) for 20 us to pack and 8 to unpack each: 0.2 s of a 10,000-article run's
    CPU, most of it in the process that merges alone; the state is a tenth larger."""
    body = {k: getattr(event, k) for k in _BODY}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# The reports table's columns that clustering reads, in _COLUMNS' order (what _columns gives).
_COLUMN_LIST = ", ".join(_COLUMNS)
# What reports() and begun() read of a report, before its body: who it is, the columns clustering
# reads, and the event_id the last run gave it (State._summaries).
_SUMMARY = f"fkey, fhash, art, i, {_COLUMN_LIST}, event_id"


def _row_text(row: dict) -> str:
    """A meeting's row as staged: JSON, its dates as ISO strings (_row_of reads it back)."""
    return json.dumps({k: (v.isoformat() if k in _ROW_DATES else v) for k, v in row.items()}, ensure_ascii=False)


def _row_of(text: str) -> dict:
    row = json.loads(text)
    return {k: (date.fromisoformat(v) if k in _ROW_DATES else v) for k, v in row.items()}


# A file's results as the state takes them: (relative path, (size, mtime_ns), hash of its bytes,
# [(article, its reports, its participations)], its articles' content hashes)
NewFile = tuple[str, tuple[int, int], str, list[tuple[Article, list[Report], list[Participation]]], list[str]]


def _problems(rows: list[tuple[Article, list[Report], list[Participation]]]) -> str | None:
    """A file's articles that are not ok, as stored: (source_path, status, problem), or None."""
    bad = [(a.source_path, a.status, a.problem or "") for a, _, _ in rows if a.status != "ok"]
    return json.dumps(bad, ensure_ascii=False) if bad else None


class StateError(Exception):
    """The state holds something this version did not write: it cannot be trusted."""


def _event(columns: tuple, body: bytes) -> Report:
    """A report from its columns (in _COLUMNS' order) and its body (JSON)."""
    try:
        record = dict(zip(_COLUMNS, columns), **json.loads(body))
        for k in _EVENT_DATES:
            record[k] = date.fromisoformat(record[k])
        return Report(**{**record, "evidence": tuple(record["evidence"])})
    except (TypeError, ValueError, AttributeError) as exc:
        raise StateError(f"a stored report is not what this version writes ({exc})") from None


def busy(exc: BaseException) -> bool:
    """The error says another process holds the state (an older ETL without the folder's lock)."""
    return isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc)


def not_damage(exc: BaseException) -> bool:
    """The error says nothing about the state's contents (another process holds it, or the
    disk is full or read-only): the state is not set aside for it."""
    return busy(exc) or storage_fault(exc) is not None


def set_aside(path: Path, why: str) -> Path:
    """Move a state that cannot be trusted (and its journal) out of the way, replacing what an
    earlier run set aside: it is kept only for a look at what went wrong."""
    aside = path.with_name(path.name + ".bad")
    for src, dst in ((path, aside), (path.with_name(path.name + "-journal"), aside.with_name(aside.name + "-journal"))):
        if dst.is_dir() and not dst.is_symlink():
            shutil.rmtree(dst)
        if src.exists() or src.is_symlink():
            os.replace(src, dst)
    log.warning("%s cannot be trusted (%s); set aside as %s, every file is read again", path, why, aside.name)
    return aside


@functools.cache
def _layout() -> frozenset:
    db = sqlite3.connect(":memory:")
    db.executescript(SCHEMA)
    return frozenset(db.execute("SELECT type, name, sql FROM sqlite_master"))


class ReportSummary(NamedTuple):
    """What clustering reads of a report (see merge.stream_clusters): its full form, an Report,
    is read only for the meetings that are built."""

    forum: str
    level: str
    meeting: str
    ordinal: int | None
    start: date
    end: date
    precision: str
    date_role: str
    label: str


Member = tuple[str, str, int, int]          # (fkey, file hash, article, index): one report


Key = tuple[str, str, str]                  # (forum, level, kind): reports cluster within one only


class StoredMeeting(NamedTuple):
    """What the last run wrote for one meeting: enough to give it its event_id again, and where
    its reports lie in its key's stream (the first and last report's start, the latest day they
    reach: merge._bounds), so that a re-run can resume the stream mid-way (keyed.py)."""

    event_id: str
    ordinal: int | None
    start: date
    first: date
    last: date
    reach: date


class Dirty:
    """Where a run's changes lie in one key's stream: the start and the last day reached
    (merge._bounds) of each report it adds or removes, the meetings that lose reports (their
    event_ids, with how many each loses), and the meetings that hold a report changed in what
    clustering does not read (State.put_file): their stream is as it was, their rows are not."""

    def __init__(self):
        self.spans: list[tuple[date, date]] = []
        self.lost: Counter[str] = Counter()
        self.renewed: set[str] = set()

    def add(self, start: date, reach: date) -> None:
        self.spans.append((start, reach))


class State:
    def __init__(self, path: Path | None, scratch_dir: Path):
        self.scratch = path is None
        if path is None:
            fd, name = tempfile.mkstemp(prefix=".etl-state-", suffix=".sqlite", dir=scratch_dir)
            os.close(fd)
            path = Path(name)
        self.path = path
        if not self.scratch and (path.is_symlink() or path.exists() and not path.is_file()):
            set_aside(path, "it is not a file")
        try:
            self.db = self._open()
        except (sqlite3.DatabaseError, StateError) as exc:
            if not_damage(exc):         # locked by another process, or a full or read-only disk
                if self.scratch:
                    path.unlink(missing_ok=True)
                raise
            set_aside(path, str(exc))   # damaged or foreign: it is only a lost cache, start afresh
            self.db = self._open()
        self._bodies: dict[Member, tuple] = {}
        self._named: dict[Member, str | None] = {}
        self.touched: defaultdict[Key, Dirty] = defaultdict(Dirty)     # keys whose reports this run adds or removes

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(str(self.path), isolation_level=None, timeout=30)
        try:
            db.execute("PRAGMA journal_mode = " + ("OFF" if self.scratch else "DELETE"))
            db.execute("PRAGMA synchronous = " + ("OFF" if self.scratch else "NORMAL"))
            db.executescript(SCHEMA)
            db.execute("BEGIN IMMEDIATE")       # (the folder's lock already keeps other runs out)
            found = frozenset(db.execute("SELECT type, name, sql FROM sqlite_master"))
            if found != _layout():
                raise StateError("its tables are not the ones this version writes")
        except (sqlite3.DatabaseError, StateError):
            db.close()
            raise
        return db

    # bookkeeping -------------------------------------------------------------------------
    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def usable(self, tables_signature: str) -> bool:
        """The state describes the tables in the folder, made by this version of the rules."""
        return (not self.scratch and self.meta("version") == EXTRACTOR_VERSION
                and self.meta("tables") == tables_signature)

    def reset(self) -> None:
        """Start empty (with the current layout: an older run may have stored another)."""
        for table in TABLES:
            self.db.execute(f"DROP TABLE IF EXISTS {table}")
        for statement in SCHEMA.split(";"):
            if statement.strip():
                self.db.execute(statement)

    def files_in_order(self) -> Iterator[tuple[str, str, int, int, str]]:
        """(rel, its file_key, size, mtime_ns, hash) of every file as last stored, in file order."""
        yield from self.db.execute("SELECT rel, fkey, size, mtime, hash FROM files ORDER BY fkey")

    def ids_of(self, rels: Iterable[str]) -> set[str]:
        """The content hashes of these files' articles, as last stored."""
        return {i for rel in rels for (ids,) in self.db.execute("SELECT ids FROM files WHERE rel = ?", (rel,))
                for i in json.loads(ids)}

    def holders(self, ids: Iterable[str]) -> set[str]:
        """The files holding an article with one of these content hashes (the search runs inside
        SQLite: no list of every file's ids is held)."""
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS sought (id TEXT PRIMARY KEY)")
        self.db.execute("DELETE FROM sought")
        self.db.executemany("INSERT OR IGNORE INTO sought VALUES (?)", ((i,) for i in ids))
        return {rel for (rel,) in self.db.execute(
            "SELECT DISTINCT f.rel FROM files f, json_each(f.ids) j WHERE j.value IN (SELECT id FROM sought)")}

    # per file ----------------------------------------------------------------------------
    def forget(self, rel: str) -> None:
        """A file gone: its reports leave their meetings."""
        for columns, eid in self._drop(rel).values():
            self._lose(columns, eid)

    def _drop(self, rel: str) -> dict[tuple[int, int], tuple[tuple, str | None]]:
        """What the state held of a file, removed; its reports' columns (as _columns gives
        them) and event_id, by (article, index)."""
        fkey = file_key(rel)
        held = {(art, i): (tuple(columns), eid) for art, i, *columns, eid in self.db.execute(
            f"SELECT art, i, {_COLUMN_LIST}, event_id FROM reports WHERE fkey = ?", (fkey,))}
        self.db.execute("DELETE FROM files WHERE rel = ?", (rel,))
        self.db.execute("DELETE FROM reports WHERE fkey = ?", (fkey,))
        self.db.execute("DELETE FROM participations WHERE fkey = ?", (fkey,))
        return held

    def _lose(self, columns: tuple, eid: str | None) -> None:
        """A report removed: a change to its key's stream, and its meeting loses it."""
        forum, level, meeting, start, end, precision = columns[:6]
        dirty = self.touched[forum, level, meeting]
        dirty.add(date.fromisoformat(start), last_day(date.fromisoformat(end), precision))
        if eid is not None:
            dirty.lost[eid] += 1

    def touch(self, rel: str, size: int, mtime: int) -> None:
        self.db.execute("UPDATE files SET size = ?, mtime = ? WHERE rel = ?", (size, mtime, rel))

    def problems(self) -> list[tuple[str, str, str]]:
        """(source_path, status, problem) of every article row whose status is not ok, in the
        articles table's order: what a run reports without reading the table."""
        try:
            return [tuple(p) for (found,) in self.db.execute(
                "SELECT problems FROM files WHERE problems IS NOT NULL ORDER BY fkey") for p in json.loads(found)]
        except (TypeError, ValueError) as exc:
            raise StateError(f"a stored problem is not what this version writes ({exc})") from None

    def put_file(self, rel: str, stat: tuple[int, int], raw_hash: str,
                 rows: list[tuple[Article, list[Report], list[Participation]]], ids: list[str]) -> None:
        """One file's results, in place of what the state held for it (a re-run's; a full run
        fills an emptied state with put_new); `ids` are its articles' content hashes, duplicates
        included.
        A report in the same place of the file (article, index) with the same columns as before
        (what clustering reads) changes nothing in its key's stream: it takes its predecessor's
        event_id, and only that meeting is built again (Dirty.renewed). Any other report added
        or removed is a change to the stream (Dirty.add)."""
        held = self._drop(rel)
        names: dict[tuple[int, int], str] = {}      # (article, index): the event_id a report keeps
        for n, (_, evs, _) in enumerate(rows):
            for i, e in enumerate(evs):
                columns, eid = held.get((n, i), (None, None))
                dirty = self.touched[e.forum, e.level, e.meeting]
                if eid is not None and columns == _columns(e):
                    del held[n, i]
                    names[n, i] = eid
                    dirty.renewed.add(eid)
                else:
                    dirty.add(e.start, last_day(e.end, e.precision))
        self._insert([(rel, stat, raw_hash, rows, ids)], names)
        for columns, eid in held.values():
            self._lose(columns, eid)

    def put_new(self, files: list[NewFile]) -> None:
        """Files the state holds nothing of (a full run fills an emptied state), each as
        put_file takes it, a chunk of them at a time."""
        self._insert(files, {})

    def _insert(self, files: list[NewFile], names: dict[tuple[int, int], str]) -> None:
        """Files' rows, reports and participations, one statement of each kind for them all, not
        three a file (a fifth of what the inserts cost a full run's main process, 0.07 s at 10,000
        articles, while the workers read). A
        participation names its report by position in its article's reports; `names`: the
        event_ids some reports already have (a single file's, put_file)."""
        self.db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?, ?)", (
            (rel, file_key(rel), *stat, raw_hash, json.dumps(ids), _problems(rows))
            for rel, stat, raw_hash, rows, ids in files))
        self.db.executemany("INSERT INTO reports VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (
            (file_key(rel), raw_hash, n, i, *_columns(e), _dump(e), names.get((n, i)))
            for rel, _, raw_hash, rows, _ in files for n, (_, evs, _) in enumerate(rows) for i, e in enumerate(evs)))
        self.db.executemany("INSERT INTO participations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (
            (file_key(rel), n, k, p.event_key, p.article_id, official_id(p.name), p.name, p.role, p.country,
             p.evidence, p.event_start.isoformat(), p.level)
            for rel, _, _, rows, _ in files for n, (_, _, ps) in enumerate(rows) for k, p in enumerate(ps)))

    # merging -----------------------------------------------------------------------------
    def keys(self, every: bool) -> list[Key]:
        """The keys to merge, in order: every key (a full run), or those whose reports this run
        added or removed (a re-run; every other key's meetings are as the last run wrote them)."""
        if every:
            return [tuple(k) for k in self.db.execute("SELECT DISTINCT forum, level, meeting FROM reports "
                                                      "ORDER BY forum, level, meeting")]
        return sorted(self.touched)

    def reports(self, key: Key, bodies: bool, since: date | None = None) -> Iterator[tuple[Member, ReportSummary]]:
        """The reports of one key in the order clustering needs (start, then file order); `since`:
        those that start on that day or later (and what the state holds of the key's other
        reports stays held). With `bodies`, each report's full form is held until its meeting
        is built (a full run builds every meeting); without, it is read only for the meetings
        that must be built."""
        if since is None:
            self._bodies, self._named = {}, {}
        return self._summaries(self.db.execute(
            f"SELECT {_SUMMARY}, {'body' if bodies else 'NULL'} FROM reports WHERE forum = ? AND level = ? AND meeting = ? "
            "AND start >= ? ORDER BY start, fkey, art, i", (*key, (since or date.min).isoformat())))

    def key_days(self, key: Key) -> tuple[date | None, date | None]:
        """The first and last start of the key's reports."""
        lo, hi = self.db.execute("SELECT MIN(start), MAX(start) FROM reports WHERE forum = ? AND level = ? "
                                 "AND meeting = ?", key).fetchone()
        return (date.fromisoformat(lo), date.fromisoformat(hi)) if lo else (None, None)

    def last_start_before(self, key: Key, day: date) -> date | None:
        """The latest start of a report of the key before a day."""
        (found,) = self.db.execute("SELECT MAX(start) FROM reports WHERE forum = ? AND level = ? AND meeting = ? "
                                   "AND start < ?", (*key, day.isoformat())).fetchone()
        return date.fromisoformat(found) if found else None

    def begun(self, meetings: Iterable[str], before: date) -> list[tuple[Member, ReportSummary]]:
        """The reports of these meetings (by event_id) that start before a day, in stream order
        (as reports() gives them, and held likewise): a stream resumed on that day starts from them.
        The few meetings are the outer loop (CROSS JOIN: see _joined())."""
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS opened (id TEXT PRIMARY KEY)")
        self.db.execute("DELETE FROM opened")
        self.db.executemany("INSERT OR IGNORE INTO opened VALUES (?)", ((x,) for x in meetings))
        return list(self._summaries(self.db.execute(
            f"SELECT {_SUMMARY}, NULL FROM opened o CROSS JOIN reports ON event_id = o.id WHERE start < ? "
            "ORDER BY start, fkey, art, i", (before.isoformat(),))))

    def _summaries(self, rows) -> Iterator[tuple[Member, ReportSummary]]:
        """(member, summary) of rows of _SUMMARY and a body (or NULL), each held (_bodies, _named)."""
        for fkey, fhash, art, i, forum, level, meeting, start, end, precision, ordinal, role, label, eid, body in rows:
            member = (fkey, fhash, art, i)
            columns = (forum, level, meeting, start, end, precision, ordinal, role, label)
            if body is not None:
                self._bodies[member] = (columns, body)
            self._named[member] = eid
            yield member, ReportSummary(forum, level, meeting, ordinal, date.fromisoformat(start),
                                 date.fromisoformat(end), precision, role, label or "")

    def named(self, member: Member) -> str | None:
        """The event_id the last run gave a report that reports() or begun() gave (None: a new one)."""
        return self._named.get(member)

    def events_of(self, members: list[Member]) -> list[Report]:
        """The full reports, in the order given (read from the state when they were not held)."""
        missing = {(f, a, i): (f, h, a, i) for f, h, a, i in members if (f, h, a, i) not in self._bodies}
        if missing:
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS wanted (fkey TEXT, art INTEGER, i INTEGER)")
            self.db.execute("DELETE FROM wanted")
            self.db.executemany("INSERT INTO wanted VALUES (?, ?, ?)", missing)
            for f, a, i, *columns, body in self.db.execute(
                    f"SELECT w.fkey, w.art, w.i, {_COLUMN_LIST}, body FROM wanted w JOIN reports e "
                    "ON e.fkey = w.fkey AND e.art = w.art AND e.i = w.i"):
                self._bodies[missing[(f, a, i)]] = (tuple(columns), body)
        return [_event(*self._bodies.pop(m)) for m in members]

    def release(self, members: list[Member]) -> None:
        """Forget what reports() held for a meeting that needs nothing more."""
        for m in members:
            self._bodies.pop(m, None)
            self._named.pop(m, None)

    @staticmethod
    def signature(members: Iterable[Member]) -> str:
        digest = hashlib.sha1()
        for fkey, fhash, art, i in members:
            digest.update(f"{fkey}\x1f{fhash}\x1f{art}\x1f{i}\x1e".encode())
        return digest.hexdigest()

    def meetings(self, key: Key) -> dict[str, StoredMeeting]:
        """The meetings the last run wrote for one key, by the signature of their reports."""
        day = date.fromisoformat
        return {sig: StoredMeeting(eid, ordinal, day(start), day(first), day(last), day(reach))
                for sig, eid, ordinal, start, first, last, reach in self.db.execute(
                    "SELECT sig, event_id, ordinal, start, first, last, reach FROM meetings "
                    "WHERE forum = ? AND level = ? AND meeting = ?", key)}

    def drop_signatures(self, sigs: Iterable[str]) -> None:
        """These meetings (by the signature of their reports) are gone."""
        self.db.executemany("DELETE FROM meetings WHERE sig = ?", ((sig,) for sig in sigs))

    def drop_meetings(self, key: Key) -> None:
        """The key is merged afresh: its meetings are stored anew (put_built)."""
        self.db.execute("DELETE FROM meetings WHERE forum = ? AND level = ? AND meeting = ?", key)

    def put_built(self, key: Key, built: list[tuple[str, list[Member], dict, tuple[date, date, date]]]) -> None:
        """Meetings of one key that this run built: (signature of their reports, the reports,
        the row, where the reports lie: StoredMeeting's first, last and reach). Each is stored,
        its reports get its event_id (written only where it changed) and its row is staged
        (staged()). One statement of each kind for them all: three statements a meeting were a
        quarter of a full run's merge, in its single process."""
        self.db.executemany("INSERT OR REPLACE INTO meetings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (
            (sig, row["event_id"], *key, row["ordinal"], row["start_date"].isoformat(), first.isoformat(),
             last.isoformat(), reach.isoformat()) for sig, _, row, (first, last, reach) in built))
        self.db.executemany("UPDATE reports SET event_id = ? WHERE fkey = ? AND art = ? AND i = ?", (
            (row["event_id"], f, a, i) for _, members, row, _ in built for f, h, a, i in members
            if self._named.pop((f, h, a, i), None) != row["event_id"]))
        self._staging()
        self.db.executemany("INSERT INTO built VALUES (?, ?, ?)", (
            (row["start_date"].isoformat(), row["event_id"], _row_text(row)) for _, _, row, _ in built))

    def participations(self, only: Iterable[str] | None = None) -> Iterator[tuple[str, Participation]]:
        """(event_id, participation), sorted by meeting, then by article, then as the articles give
        them (officials are summed from people()). `only`: these meetings."""
        rows = self._joined("event", only, "e.event_id, p.article_id, p.name, p.role, p.country, p.evidence, p.event_start, "
                                      "p.ev, p.level")
        for event_id, article_id, name, role, country, evidence, start, ev, level in rows:
            yield event_id, Participation(ev, article_id, name, role, country, evidence, date.fromisoformat(start),
                                          level or "")

    def people(self, only: Iterable[str] | None = None) -> Iterator[dict]:
        """The rows of participants.parquet an official's row is summed from (merge.official_row),
        sorted by person, then meeting and article: one per (person, meeting, article), the first
        the articles give, as participant_rows keeps it, without its sentence (an official's row
        holds none, and SQLite then sorts a fifth of the bytes). `only`: these people."""
        last = None
        for oid, event_id, article_id, name, role, country, start, level in self._joined(
                "official", only, "p.official_id, e.event_id, p.article_id, p.name, p.role, p.country, p.event_start, "
                                  "p.level"):
            if (oid, event_id, article_id) != last:
                last = oid, event_id, article_id
                yield {"event_id": event_id, "article_id": article_id, "official_id": oid, "name": name, "role": role,
                       "country": country, "event_start": date.fromisoformat(start), "level": level or None}

    def _joined(self, by: str, only: Iterable[str] | None, columns: str) -> sqlite3.Cursor:
        """`columns` of each participation and its report, sorted by meeting ("event") or by person
        ("official"); within those, by article, then as the articles give them. `only`: these
        meetings (by "event") or these people (by "official")."""
        order = ("e.event_id, p.official_id, p.article_id" if by == "event"
                 else "p.official_id, e.event_id, p.article_id")
        source = "participations p JOIN reports e"
        if only is not None:
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS chosen (id TEXT PRIMARY KEY)")
            self.db.execute("DELETE FROM chosen")
            self.db.executemany("INSERT OR IGNORE INTO chosen VALUES (?)", ((x,) for x in only))
            # CROSS JOIN keeps the chosen few as the outer loop: the planner knows nothing of a
            # temp table's size and would scan every participation (SQLite's documented way to fix
            # the order of a join)
            source = ("chosen c CROSS JOIN reports e ON e.event_id = c.id CROSS JOIN participations p" if by == "event"
                      else "chosen c CROSS JOIN participations p ON p.official_id = c.id CROSS JOIN reports e")
        return self.db.execute(f"SELECT {columns} FROM {source} ON e.fkey = p.fkey AND e.art = p.art AND e.i = p.ev "
                               f"WHERE e.event_id IS NOT NULL ORDER BY {order}, p.fkey, p.art, p.k")

    def _staging(self) -> None:
        """The built rows are held on disk (not in memory) until written in order, as JSON text:
        compressing it (to a third) took two thirds of the time, in the merge's single process,
        for a temporary table that SQLite keeps in a file of its own."""
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS built (start TEXT, event_id TEXT PRIMARY KEY, row TEXT)")

    def staged(self) -> Iterator[dict]:
        """The rows put_built() held, by start date then event_id (the events table's order)."""
        self._staging()
        for (body,) in self.db.execute("SELECT row FROM built ORDER BY start, event_id"):
            yield _row_of(body)

    # the tables' parts -------------------------------------------------------------------
    def parts(self, table: str) -> list[Part]:
        """How the last run cut a table into part files (parts.py)."""
        try:
            return [Part(tuple(json.loads(first)), rows) for first, rows in
                    self.db.execute("SELECT first, rows FROM parts WHERE tbl = ? ORDER BY n", (table,))]
        except (TypeError, ValueError) as exc:
            raise StateError(f"a stored part is not what this version writes ({exc})") from None

    def put_parts(self, cut: dict[str, list[Part]]) -> None:
        self.db.execute("DELETE FROM parts")
        self.db.executemany("INSERT INTO parts VALUES (?, ?, ?, ?)", (
            (table, n, json.dumps(part.first, ensure_ascii=False), part.rows)
            for table, parts in cut.items() for n, part in enumerate(parts)))

    # ending ------------------------------------------------------------------------------
    def commit(self, tables_signature: str, scan_time: int) -> None:
        self.set_meta("version", EXTRACTOR_VERSION)
        self.set_meta("tables", tables_signature)
        self.set_meta("scanned", str(scan_time))
        self.db.execute("COMMIT")

    def close(self) -> None:
        if self.db.in_transaction:
            self.db.execute("ROLLBACK")      # a failed run leaves the state as it was
        self.db.close()
        if self.scratch:
            self.path.unlink(missing_ok=True)


def tables_signature(out_dir: Path, names: Iterable[str]) -> str:
    """Name, size and modification time of each table's files: the state is only trusted beside
    the tables it made."""
    digest = hashlib.sha1()
    for name in names:
        table = Path(out_dir) / f"{name}.parquet"
        files = sorted(table.iterdir()) if table.is_dir() else [table]
        for p in files:
            st = p.stat() if p.exists() else None
            digest.update((f"{name}/{p.name}:{st.st_size}:{st.st_mtime_ns}|" if st else f"{name}:-|").encode())
    return digest.hexdigest()
