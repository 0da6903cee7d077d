"""A cache of per-file results keyed on the file's bytes, its path and the extractor's version.

Re-running on a folder where few files changed re-reads every file (to hash it)
but re-extracts only the changed ones. SQLite keeps it in one file, safely.
"""
from __future__ import annotations

import hashlib
import pickle
import sqlite3
from pathlib import Path

def _extractor_version() -> str:
    """A hash of the ETL's own code and vocabularies: any change to the rules invalidates the
    cache by itself, so no one has to remember to bump a number."""
    here = Path(__file__).resolve().parent
    digest = hashlib.sha1()
    for path in sorted([*here.glob("*.py"), *here.glob("data/*.toml")]):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


EXTRACTOR_VERSION = _extractor_version()


class ResultCache:
    def __init__(self, path: Path | None):
        self.db = None
        if path is not None:
            self.db = sqlite3.connect(str(path))
            self.db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, value BLOB)")

    @staticmethod
    def key(rel: str, raw_hash: str) -> str:
        return f"{EXTRACTOR_VERSION}|{rel}|{raw_hash}"

    def has(self, key: str) -> bool:
        return self.db is not None and self.db.execute("SELECT 1 FROM results WHERE key = ?", (key,)).fetchone() is not None

    def get(self, key: str):
        if self.db is None:
            return None
        row = self.db.execute("SELECT value FROM results WHERE key = ?", (key,)).fetchone()
        return pickle.loads(row[0]) if row else None

    def put(self, key: str, value) -> None:
        if self.db is not None:
            self.db.execute("INSERT OR REPLACE INTO results VALUES (?, ?)", (key, pickle.dumps(value)))

    def close(self, keep: set[str] | None = None) -> None:
        if self.db is None:
            return
        if keep is not None:   # forget files that are gone or changed, so the cache does not grow forever
            self.db.execute("CREATE TEMP TABLE keep (key TEXT PRIMARY KEY)")
            self.db.executemany("INSERT OR IGNORE INTO keep VALUES (?)", ((k,) for k in keep))
            self.db.execute("DELETE FROM results WHERE key NOT IN (SELECT key FROM keep)")
        self.db.commit()
        self.db.close()
        self.db = None
