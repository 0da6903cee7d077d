"""Issue 12, under load: one shared copy of the tables, the old one let go, a bounded number of runs.

Speed is measured by benchmarks/load_dashboard.py, never here.
"""
from __future__ import annotations

import gc
import threading
import weakref

import pandas as pd
from streamlit.runtime import Runtime
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.util import patch_config_options

from benchmarks.bench_dashboard import synthetic_tables
from dashboard import data, gate, loading, memo

from .conftest import ROOT


def test_sessions_share_one_copy_and_a_new_publish_replaces_it(tmp_path):
    synthetic_tables(tmp_path, 30)
    loading._load.clear()
    first, _ = loading._load(str(tmp_path), data.signature(tmp_path))
    again, _ = loading._load(str(tmp_path), data.signature(tmp_path))
    assert again is first                                   # every session, the same object
    old = weakref.ref(first)
    del first, again
    synthetic_tables(tmp_path, 50, seed=4)                  # the ETL publishes a new generation
    new, _ = loading._load(str(tmp_path), data.signature(tmp_path))
    gc.collect()
    assert len(new.events) == 50 and old() is None          # the old copy is gone, not cached beside the new
    loading._load.clear()


class _Counting:
    """A one-place gate that records how many runs held it at once."""

    def __init__(self) -> None:
        self.lock, self.inside, self.most, self.entered = threading.Semaphore(1), 0, 0, 0
        self.count = threading.Lock()

    def __enter__(self):
        self.lock.acquire()
        with self.count:
            self.inside += 1
            self.entered += 1
            self.most = max(self.most, self.inside)

    def __exit__(self, *exc):
        with self.count:
            self.inside -= 1
        self.lock.release()


def _keep_the_test_runtime(monkeypatch) -> None:
    """AppTest sets two of streamlit's globals for each run and puts them back when the run ends:
    a mock Runtime (Runtime._instance) and the option that has widgets record themselves for the
    test (global.appTest). With runs in threads, the first to end takes them from the others
    mid-run ("Runtime hasn't been created!"; a KeyError reading a widget). That is the test
    harness's race, not the dashboard's: while the test runs, the last Runtime a run set stays,
    and the option is set around all the runs (test_script_runs_take_turns)."""
    kept: list[Runtime] = []

    def instance(cls) -> Runtime:
        if cls._instance is not None:
            kept[:] = [cls._instance]
        if not kept:
            raise RuntimeError("Runtime hasn't been created!")
        return kept[0]

    monkeypatch.setattr(Runtime, "instance", classmethod(instance))
    monkeypatch.setattr(Runtime, "exists", classmethod(lambda cls: cls._instance is not None or bool(kept)))


def test_script_runs_take_turns(monkeypatch):
    _keep_the_test_runtime(monkeypatch)
    counting = _Counting()
    monkeypatch.setattr(gate, "RUNS", counting)
    results = []

    def one(page):
        at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=120).run()
        at.switch_page(f"screens/{page}.py").run()
        results.append(at)

    threads = [threading.Thread(target=one, args=(p,)) for p in ("officials", "forums", "meetings")]
    with patch_config_options({"global.appTest": True}):     # see _keep_the_test_runtime
        for th in threads:
            th.start()
        for th in threads:
            th.join()
    assert counting.entered >= 3 and counting.most == 1     # the runs went through the gate, one at a time
    assert len(results) == 3 and all(not at.exception and at.header for at in results)     # no run's thread died


def test_a_derived_view_is_made_once_and_goes_with_its_tables(tmp_path):
    synthetic_tables(tmp_path, 30)
    loading._load.clear()
    tables, _ = loading._load(str(tmp_path), data.signature(tmp_path))
    made = []
    first = memo.of(tables).get("view", lambda: made.append(1) or object())
    assert memo.of(tables).get("view", lambda: made.append(1) or object()) is first and made == [1]
    kept = weakref.ref(memo.of(tables))
    del tables, first
    synthetic_tables(tmp_path, 50, seed=4)                  # a new publish: the old set and its memo go
    new, _ = loading._load(str(tmp_path), data.signature(tmp_path))
    gc.collect()
    assert kept() is None and len(memo.of(new)) == 0
    loading._load.clear()


def test_the_memo_is_bounded_and_lets_the_least_recently_used_go():
    m = memo.Memo(max_entries=3, max_bytes=10**9)
    for key in "abc":
        m.get(key, lambda k=key: k)
    m.get("a", lambda: "again")                             # used: "b" is now the oldest
    m.get("d", lambda: "d")
    assert len(m) == 3 and m.get("b", lambda: "made anew") == "made anew" and m.get("a", lambda: "x") == "a"
    frame = pd.DataFrame({"n": range(1000)})                # 8,000 bytes of numbers, and its index
    small = memo.Memo(max_entries=100, max_bytes=2 * memo.weight(frame))
    for i in range(5):
        small.get(i, lambda: frame.copy())
    assert len(small) == 2 and small.bytes <= small.max_bytes
    assert small.get("too big", lambda: pd.concat([frame] * 3)) is not None and "too big" not in small._entries
