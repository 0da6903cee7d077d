"""One copy of the tables for every session: the latest version only, the old one let go.

Streamlit runs each session's script in its own thread; all of them read the same prepared
tables, which are never modified after they are made. When the files change (the ETL
published a new set), the first run that sees the new version drops the old copy before
building the new one, so the server never holds more than the copy being replaced (kept alive
only by runs still using it) and the new one. No Streamlit here, so tests can count copies.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

V = TypeVar("V")


class Latest(Generic[V]):
    """make(key, version) computed once per (key, version); only the latest version is kept."""

    def __init__(self, make: Callable[[Hashable, Hashable], V]) -> None:
        self._make = make
        self._lock = threading.Lock()       # one build at a time; the others wait for it, then share it
        self._entries: dict[Hashable, tuple[Hashable, V]] = {}

    def get(self, key: Hashable, version: Hashable) -> V:
        hit = self._entries.get(key)
        if hit is not None and hit[0] == version:
            return hit[1]
        with self._lock:
            hit = self._entries.get(key)
            if hit is not None and hit[0] == version:
                return hit[1]
            self._entries.pop(key, None)            # the old copy goes before the new one is made
            value = self._make(key, version)        # an error leaves nothing behind: the next run tries again
            self._entries[key] = (version, value)
            return value

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)
