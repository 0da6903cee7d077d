"""What the ETL keeps between runs: one SQLite file beside the tables (`.etl-state.sqlite`).

It holds each input file's size, time and hash, each article's reports of meetings and
participations (what merging reads, so memory stays flat however large the corpus), and each
merged meeting's row keyed on the exact reports it merges. A re-run therefore re-extracts
only new or changed files and rebuilds a meeting's row only when its reports changed.
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
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import NamedTuple

from .merge import official_id
from .publish import storage_fault
from .records import Event, Participation

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
CREATE TABLE IF NOT EXISTS files (rel TEXT PRIMARY KEY, fkey TEXT, size INTEGER, mtime INTEGER, hash TEXT, ids TEXT);
CREATE TABLE IF NOT EXISTS events (fkey TEXT, fhash TEXT, art INTEGER, i INTEGER, forum TEXT, level TEXT,
    meeting TEXT, start TEXT, end TEXT, precision TEXT, ordinal INTEGER, date_role TEXT, label TEXT, body TEXT,
    event_id TEXT, PRIMARY KEY (fkey, art, i));
CREATE INDEX IF NOT EXISTS events_order ON events (forum, level, meeting, start, fkey, art, i);
CREATE TABLE IF NOT EXISTS parts (fkey TEXT, art INTEGER, k INTEGER, ev INTEGER, article_id TEXT,
    official_id TEXT, name TEXT, role TEXT, country TEXT, evidence TEXT, event_start TEXT, level TEXT,
    PRIMARY KEY (fkey, art, k));
CREATE TABLE IF NOT EXISTS clusters (sig TEXT PRIMARY KEY, event_id TEXT, forum TEXT, level TEXT, meeting TEXT,
    pos INTEGER, ordinal INTEGER, start TEXT, row TEXT);
CREATE INDEX IF NOT EXISTS clusters_order ON clusters (forum, level, meeting, pos);
"""


# Reports and rows are stored as JSON, never pickled: a state file is data, and a crafted
# one must not be able to run code. Dates are ISO strings, turned back by field name.
_EVENT_DATES = ("start", "end")
_ROW_DATES = ("start_date", "end_date")


def _dump(record: dict, dates: tuple[str, ...]) -> str:
    return json.dumps({k: (v.isoformat() if k in dates and v is not None else v) for k, v in record.items()},
                      ensure_ascii=False)


class StateError(Exception):
    """The state holds something this version did not write: it cannot be trusted."""


def _load(text: str, dates: tuple[str, ...]) -> dict:
    try:
        record = json.loads(text)
        for k in dates:
            if record.get(k) is not None:
                record[k] = date.fromisoformat(record[k])
    except (TypeError, ValueError, AttributeError) as exc:
        raise StateError(f"a stored record is not what this version writes ({exc})") from None
    return record


def _event(text: str) -> Event:
    try:
        return Event(**_load(text, _EVENT_DATES))
    except TypeError as exc:
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


def file_key(rel: str) -> str:
    """Sorts like the paths iter_files yields (part by part), so the order of reports never
    depends on which run stored them."""
    return "\x00".join(rel.split("/"))


class Report(NamedTuple):
    """The light form of an Event that clustering reads (see merge.stream_clusters)."""

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


Group = tuple[str, str, str]                # (forum, level, kind): reports cluster within one only


class StoredMeeting(NamedTuple):
    """What the last run wrote for one meeting: enough to give it its event_id again."""

    event_id: str
    forum: str
    meeting: str
    ordinal: int | None
    start: date
    sig: str = ""
    pos: int = 0                            # its place among its group's meetings, as clustering yields them


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
        self._bodies: dict[Member, str] = {}
        self._named: dict[Member, str | None] = {}
        self.used: set[str] = set()
        self.touched: set[Group] = set()        # groups whose reports this run adds or removes
        self._renamed: list[tuple[str, str, str, str, str]] = []

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
        for table in ("meta", "files", "events", "parts", "clusters"):
            self.db.execute(f"DROP TABLE IF EXISTS {table}")
        for statement in SCHEMA.split(";"):
            if statement.strip():
                self.db.execute(statement)

    def files(self) -> dict[str, tuple[int, int, str]]:
        """rel -> (size, mtime_ns, hash) as last stored."""
        return {rel: (size, mtime, h) for rel, size, mtime, h in
                self.db.execute("SELECT rel, size, mtime, hash FROM files")}

    def article_ids(self) -> Iterator[tuple[str, list[str]]]:
        for rel, ids in self.db.execute("SELECT rel, ids FROM files"):
            yield rel, json.loads(ids)

    # per file ----------------------------------------------------------------------------
    def forget(self, rel: str) -> None:
        fkey = file_key(rel)
        self.touched.update(self.db.execute("SELECT DISTINCT forum, level, meeting FROM events WHERE fkey = ?", (fkey,)))
        self.db.execute("DELETE FROM files WHERE rel = ?", (rel,))
        self.db.execute("DELETE FROM events WHERE fkey = ?", (fkey,))
        self.db.execute("DELETE FROM parts WHERE fkey = ?", (fkey,))

    def touch(self, rel: str, size: int, mtime: int) -> None:
        self.db.execute("UPDATE files SET size = ?, mtime = ? WHERE rel = ?", (size, mtime, rel))

    def add_file(self, rel: str, size: int, mtime: int, raw_hash: str, ids: list[str]) -> None:
        self.db.execute("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?)",
                        (rel, file_key(rel), size, mtime, raw_hash, json.dumps(ids)))

    def add_article(self, rel: str, raw_hash: str, art: int, events: list[Event],
                    people: list[Participation]) -> None:
        """One article's reports; a participation names its report by position in `events`."""
        fkey = file_key(rel)
        self.touched.update((e.forum, e.level, e.meeting) for e in events)
        self.db.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)", (
            (fkey, raw_hash, art, i, e.forum, e.level, e.meeting, e.start.isoformat(), e.end.isoformat(),
             e.precision, e.ordinal, e.date_role, e.label, _dump(asdict(e), _EVENT_DATES)) for i, e in enumerate(events)))
        self.db.executemany("INSERT INTO parts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (
            (fkey, art, k, p.event_key, p.article_id, official_id(p.name), p.name, p.role, p.country,
             p.evidence, p.event_start.isoformat(), p.level) for k, p in enumerate(people)))

    # merging -----------------------------------------------------------------------------
    def groups(self) -> list[tuple[Group, bool]]:
        """Every group of reports in clustering's order, and whether this run touched it (a re-run
        re-clusters only those; the meetings of the others are as the last run stored them)."""
        stored = set(self.db.execute("SELECT DISTINCT forum, level, meeting FROM clusters"))
        return [(g, g in self.touched) for g in sorted(stored | self.touched)]

    def reports(self, bodies: bool, group: Group | None = None) -> Iterator[tuple[Member, Report]]:
        """Every report (of `group`, or of all) in the order clustering needs (forum, level, kind,
        start, then file order). With `bodies`, each report's full form is held until its meeting
        is built (a full run builds every meeting); without, it is read only for meetings that
        must be rebuilt."""
        self._bodies, self._named = {}, {}
        where, args = ("WHERE forum = ? AND level = ? AND meeting = ? ", group) if group else ("", ())
        rows = self.db.execute(
            "SELECT fkey, fhash, art, i, forum, level, meeting, ordinal, start, end, precision, date_role, label, "
            f"event_id, {'body' if bodies else 'NULL'} FROM events {where}"
            "ORDER BY forum, level, meeting, start, fkey, art, i", args)
        for fkey, fhash, art, i, forum, level, meeting, ordinal, start, end, precision, role, label, eid, body in rows:
            member = (fkey, fhash, art, i)
            if body is not None:
                self._bodies[member] = body
            self._named[member] = eid
            yield member, Report(forum, level, meeting, ordinal, date.fromisoformat(start),
                                 date.fromisoformat(end), precision, role, label or "")

    def events_of(self, members: list[Member]) -> list[Event]:
        """The full reports, in the order given (read in chunks when they were not held)."""
        missing = {(f, a, i): (f, h, a, i) for f, h, a, i in members if (f, h, a, i) not in self._bodies}
        if missing:
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS wanted (fkey TEXT, art INTEGER, i INTEGER)")
            self.db.execute("DELETE FROM wanted")
            self.db.executemany("INSERT INTO wanted VALUES (?, ?, ?)", missing)
            for f, a, i, body in self.db.execute("SELECT e.fkey, e.art, e.i, e.body FROM wanted w JOIN events e "
                                                 "ON e.fkey = w.fkey AND e.art = w.art AND e.i = w.i"):
                self._bodies[missing[(f, a, i)]] = body
        return [_event(self._bodies.pop(m)) for m in members]

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

    def cluster(self, sig: str) -> StoredMeeting | None:
        """The meeting the last run wrote for exactly these reports, if any."""
        row = self.db.execute("SELECT event_id, forum, meeting, ordinal, start, sig, pos FROM clusters WHERE sig = ?",
                              (sig,)).fetchone()
        return None if row is None else StoredMeeting(*row[:4], date.fromisoformat(row[4]), *row[5:])

    def clusters(self, group: Group) -> Iterator[StoredMeeting]:
        """The meetings the last run wrote for one group, in the order clustering made them."""
        for eid, forum, meeting, ordinal, start, sig, pos in self.db.execute(
                "SELECT event_id, forum, meeting, ordinal, start, sig, pos FROM clusters "
                "WHERE forum = ? AND level = ? AND meeting = ? ORDER BY pos", group):
            yield StoredMeeting(eid, forum, meeting, ordinal, date.fromisoformat(start), sig, pos)

    def stored_row(self, sig: str) -> dict:
        return _load(self.db.execute("SELECT row FROM clusters WHERE sig = ?", (sig,)).fetchone()[0], _ROW_DATES)

    def use(self, sig: str, pos: int | None = None) -> None:
        """The meeting stored for these reports is kept (at place `pos` of its group, when given)."""
        self.used.add(sig)
        if pos is not None:
            self.db.execute("UPDATE clusters SET pos = ? WHERE sig = ? AND pos IS NOT ?", (pos, sig, pos))

    def put_cluster(self, sig: str, row: dict, pos: int) -> None:
        """A meeting's row, stored by the signature of its reports, at place `pos` of its group."""
        self.used.add(sig)
        body = {k: v for k, v in row.items() if k != "event_id"}
        self.db.execute("INSERT OR REPLACE INTO clusters VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        (sig, row["event_id"], row["forum"], row["level"], row["meeting"], pos, row["ordinal"],
                         row["start_date"].isoformat(), _dump(body, _ROW_DATES)))

    def rename(self, group: Group, old: str, new: str) -> None:
        """A meeting of an untouched group gets another event_id; its reports follow in apply_renames."""
        self._renamed.append((*group, old, new))

    def apply_renames(self) -> None:
        """Every rename at once (one statement, so that a chain a->b, b->c renames each report once)."""
        if not self._renamed:
            return
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS renamed (forum TEXT, level TEXT, meeting TEXT, "
                        "old TEXT, new TEXT, PRIMARY KEY (forum, level, meeting, old))")
        self.db.execute("DELETE FROM renamed")
        self.db.executemany("INSERT INTO renamed VALUES (?, ?, ?, ?, ?)", self._renamed)
        self.db.execute(
            "UPDATE events SET event_id = (SELECT r.new FROM renamed r WHERE r.forum = events.forum AND "
            "r.level = events.level AND r.meeting = events.meeting AND r.old = events.event_id) "
            "WHERE EXISTS (SELECT 1 FROM renamed r WHERE r.forum = events.forum AND r.level = events.level "
            "AND r.meeting = events.meeting AND r.old = events.event_id)")
        self._renamed = []

    def meeting_rows(self) -> Iterator[dict]:
        """Every stored meeting's row, by start date then event_id (update.EVENT_ORDER)."""
        for eid, body in self.db.execute("SELECT event_id, row FROM clusters ORDER BY start, event_id"):
            yield {"event_id": eid, **_load(body, _ROW_DATES)}

    def keep_used_clusters(self) -> None:
        """Forget the rows of meetings whose reports are gone, so the state does not grow forever."""
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS used (sig TEXT PRIMARY KEY)")
        self.db.execute("DELETE FROM used")
        self.db.executemany("INSERT OR IGNORE INTO used VALUES (?)", ((s,) for s in self.used))
        self.db.execute("DELETE FROM clusters WHERE sig NOT IN (SELECT sig FROM used)")

    def name(self, members: list[Member], event_id: str) -> None:
        """Record the event_id of these reports (written only where it changed)."""
        renamed = [(event_id, f, a, i) for (f, h, a, i) in members if self._named.pop((f, h, a, i), None) != event_id]
        if renamed:
            self.db.executemany("UPDATE events SET event_id = ? WHERE fkey = ? AND art = ? AND i = ?", renamed)

    def participations(self, by: str, only: Iterable[str] | None = None) -> Iterator[tuple[str, Participation]]:
        """(event_id, participation), sorted by meeting ("event") or by person ("official");
        within those, by article, then as the articles give them. `only`: these meetings."""
        order = ("e.event_id, p.official_id, p.article_id" if by == "event"
                 else "p.official_id, e.event_id, p.article_id")
        where = ""
        if only is not None:
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS chosen (event_id TEXT PRIMARY KEY)")
            self.db.execute("DELETE FROM chosen")
            self.db.executemany("INSERT OR IGNORE INTO chosen VALUES (?)", ((e,) for e in only))
            where = "WHERE e.event_id IN (SELECT event_id FROM chosen) "
        rows = self.db.execute(
            "SELECT e.event_id, p.article_id, p.name, p.role, p.country, p.evidence, p.event_start, p.ev, p.level "
            "FROM parts p JOIN events e ON e.fkey = p.fkey AND e.art = p.art AND e.i = p.ev "
            f"{where}ORDER BY {order}, p.fkey, p.art, p.k")
        for event_id, article_id, name, role, country, evidence, start, ev, level in rows:
            yield event_id, Participation(ev, article_id, name, role, country, evidence, date.fromisoformat(start),
                                          level or "")

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
    """Size and modification time of each table: the state is only trusted beside the tables it made."""
    parts = []
    for name in names:
        p = Path(out_dir) / f"{name}.parquet"
        st = p.stat() if p.exists() else None
        parts.append(f"{name}:{st.st_size}:{st.st_mtime_ns}" if st else f"{name}:-")
    return "|".join(parts)
