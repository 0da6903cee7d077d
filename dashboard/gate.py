"""At most a few sessions' scripts run at once; the others wait their turn, idle.

Python runs one thread at a time, so 30 scripts computing together are no faster than two, but
each holds its own copies of the filtered tables, and the server's event loop (the health check,
every websocket) must win the interpreter from all of them: under 50 sessions it stopped
answering for more than 10 s. A waiting script holds nothing and takes no turn.
DIPLOMACY_CONCURRENT_RUNS sets how many run at once (default 2).
"""
from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager


def _limit() -> int:
    try:
        return max(1, int(os.environ.get("DIPLOMACY_CONCURRENT_RUNS", "2")))
    except ValueError:
        return 2


RUNS = threading.BoundedSemaphore(_limit())


@contextmanager
def turn() -> Iterator[None]:
    """Hold one of the places for a script run (released however the run ends: st.rerun, st.stop)."""
    with RUNS:
        yield
