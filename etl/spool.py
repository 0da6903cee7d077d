"""A scratch SQLite file that holds every article's events and participations during a run,
so that merging reads them back sorted without keeping them in memory: the ETL's peak memory
does not grow with the corpus. Removed when the run ends."""
from __future__ import annotations

import os
import pickle
import sqlite3
import tempfile
from pathlib import Path
from typing import Iterator

from .merge import official_id
from .records import Event, Participation


class Spool:
    def __init__(self, folder: Path):
        fd, name = tempfile.mkstemp(prefix=".etl-spool-", suffix=".sqlite", dir=folder)
        os.close(fd)
        self.path = Path(name)
        self.db = sqlite3.connect(name)
        self.db.executescript("""
            PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA temp_store = FILE;
            CREATE TABLE events (idx INTEGER PRIMARY KEY, forum TEXT, level TEXT, meeting TEXT, start TEXT, body BLOB);
            CREATE TABLE parts (idx INTEGER, official_id TEXT, article_id TEXT, body BLOB);
            CREATE TABLE ids (idx INTEGER PRIMARY KEY, event_id TEXT);
        """)
        self.events = 0

    def add(self, events: list[Event], people: list[Participation]) -> None:
        """One article's events and participations (a participation names its event by position)."""
        base = self.events
        self.db.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?)", (
            (base + i, e.forum, e.level, e.meeting, e.start.isoformat(), pickle.dumps(e)) for i, e in enumerate(events)))
        self.db.executemany("INSERT INTO parts VALUES (?, ?, ?, ?)", (
            (base + p.event_key, official_id(p.name), p.article_id, pickle.dumps(p)) for p in people))
        self.events += len(events)

    def sorted_events(self) -> Iterator[tuple[int, Event]]:
        rows = self.db.execute("SELECT idx, body FROM events ORDER BY forum, level, meeting, start, idx")
        for idx, body in rows:
            yield idx, pickle.loads(body)

    def name(self, members: list[int], event_id: str) -> None:
        self.db.executemany("INSERT INTO ids VALUES (?, ?)", ((i, event_id) for i in members))

    def participations(self, by: str) -> Iterator[tuple[str, str, Participation]]:
        """(event_id, official_id, participation), sorted by meeting ("event") or by person ("official")."""
        order = "i.event_id, p.official_id, p.article_id" if by == "event" else "p.official_id, i.event_id, p.article_id"
        rows = self.db.execute(f"SELECT i.event_id, p.official_id, p.body FROM parts p JOIN ids i USING (idx) "
                               f"ORDER BY {order}, p.rowid")
        for event_id, oid, body in rows:
            yield event_id, oid, pickle.loads(body)

    def close(self) -> None:
        self.db.close()
        self.path.unlink(missing_ok=True)
