"""What the pages derive from the shared tables, computed once for every session that asks.

Many readers open the same view (the default page, the same link), and Python runs one
script at a time: a filtered list or a chart made for one session is kept for the next. Each
loaded set of tables has its own memo (`of(tables)`), which goes with those tables when the
ETL publishes a new set (store.Latest lets the old set go; this holds it only weakly). A memo
is bounded by the bytes of the frames it keeps and by its number of entries, the least
recently used going first. Kept values are shared between threads: never modify one.
No Streamlit here, so tests can count entries.
"""
from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

import pandas as pd

V = TypeVar("V")
MAX_ENTRIES = 256
MAX_BYTES = 150 * 2**20         # frames' own arrays (strings shared with the tables are not counted)
SMALL = 2**14                   # what a value that is not a frame is counted as (a figure, a dict of counts)


def weight(value: object) -> int:
    """The bytes a kept value is counted for: a frame's arrays (shallow: its strings are
    mostly the tables' own objects), a tuple's parts, anything else SMALL."""
    if isinstance(value, (pd.DataFrame, pd.Series)):
        used = value.memory_usage(index=True, deep=False)
        return int(used.sum() if isinstance(used, pd.Series) else used)
    if isinstance(value, tuple):
        return sum(weight(v) for v in value)
    return SMALL


class Memo:
    """make() computed once per key while the key is kept; the least recently used go first."""

    def __init__(self, max_entries: int = MAX_ENTRIES, max_bytes: int = MAX_BYTES) -> None:
        self.max_entries, self.max_bytes = max_entries, max_bytes
        self._lock = threading.Lock()
        self._entries: OrderedDict[Hashable, tuple[object, int]] = OrderedDict()
        self._bytes = 0

    def get(self, key: Hashable, make: Callable[[], V]) -> V:
        with self._lock:
            hit = self._entries.get(key)
            if hit is not None:
                self._entries.move_to_end(key)
                return hit[0]           # type: ignore[return-value]
        # Made outside the lock: two sessions asking at once may both make it (the same
        # value); a lock held while making would make every other view wait for this one.
        value = make()
        self._keep(key, value)
        return value

    def _keep(self, key: Hashable, value: object) -> None:
        size = weight(value)
        if size > self.max_bytes:
            return
        with self._lock:
            old = self._entries.pop(key, None)
            self._bytes -= old[1] if old else 0
            self._entries[key] = (value, size)
            self._bytes += size
            while len(self._entries) > self.max_entries or self._bytes > self.max_bytes:
                _, (_, dropped) = self._entries.popitem(last=False)
                self._bytes -= dropped

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def bytes(self) -> int:
        return self._bytes


_OF: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_OF_LOCK = threading.Lock()


def of(tables: object) -> Memo:
    """The memo of one loaded set of tables, made on first use, gone when the tables go."""
    with _OF_LOCK:
        memo = _OF.get(tables)
        if memo is None:
            memo = _OF[tables] = Memo()
        return memo
