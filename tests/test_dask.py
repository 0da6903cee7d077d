"""The ETL on a Dask cluster (etl/cluster.py, docs/dask.md): the tables of one process, the same
problem rows and time budget, a clean stop, and a clear message where Dask is not installed.

One local cluster serves the module: two worker processes of one thread. Starting it costs a
few seconds (each worker is a fresh Python that imports Dask, then the ETL on its first task),
which is why the tests share it; the stop test starts its own through `--scheduler local`.
"""
from __future__ import annotations

import importlib.util
import os
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import pandas as pd
import pytest

from etl import cli, cluster, pipeline, publish, workers

from .conftest import SEEDS
from .test_faults import unpunctuated
from .test_reliability import _alive, article, stopped_run

TABLES = ("articles", "events", "participants", "officials")
needs_dask = pytest.mark.skipif(importlib.util.find_spec("distributed") is None,
                                reason="Dask is not installed (pip install \".[dask]\")")


@pytest.fixture(scope="module")
def scheduler():
    """The address of a local cluster of two worker processes, for the whole module."""
    import distributed
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, memory_limit="1GiB",
                                  dashboard_address="localhost:0") as local:
        yield local.scheduler_address


@pytest.fixture(autouse=True)
def dask_logging_restored(monkeypatch):
    """The CLI sets DASK_LOGGING__DISTRIBUTED when given --scheduler; this test's changes are undone."""


def _read_here(*args):
    raise AssertionError("a file was read in the client, not on the cluster")


@contextmanager
def on_the_cluster_only() -> Iterator[None]:
    """Reading a file in this process fails the test: a run on the cluster must not fall back to it."""
    with pytest.MonkeyPatch.context() as m:
        m.setattr(workers, "process_file", _read_here)
        m.setattr(cluster, "BATCH", 2)          # many batches, on both workers at once
        yield


def corpus(root) -> None:
    """The seeds and a file of each kind a run must list as a problem."""
    shutil.copytree(SEEDS, root)
    first = sorted(SEEDS.iterdir())[0]
    shutil.copy(first, root / "000_copy.txt")           # a duplicate, next to its first: the order of results matters
    (root / "empty.txt").write_bytes(b"")
    (root / "noise.txt").write_bytes(bytes([0x80 + (i * 7) % 0x7f for i in range(2000)]))   # undecodable
    (root / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (root / "feed.jsonl").write_text('{"title": "ASEAN", "text": "' + article(40).replace("\n", " ") + '"}\n{oops\n',
                                     encoding="utf-8")                            # one good record, one malformed
    with open(os.path.join(os.fsencode(root), b"b\xe9-\xff.txt"), "wb") as f:       # a name that is not UTF-8
        f.write(article(39).encode("utf-8"))


def tables(out) -> dict[str, pd.DataFrame]:
    """The four tables, rows sorted (by every column, as written by repr), so that two runs compare row for row."""
    frames = {}
    for name in TABLES:
        df = pd.read_parquet(out / f"{name}.parquet")
        keys = [repr(row) for row in df.itertuples(index=False)]
        frames[name] = df.iloc[sorted(range(len(df)), key=keys.__getitem__)].reset_index(drop=True)
    return frames


def assert_same_tables(a, b) -> None:
    ta, tb = tables(a), tables(b)
    for name in TABLES:
        pd.testing.assert_frame_equal(ta[name], tb[name], obj=name)


@needs_dask
def test_a_dask_cluster_writes_the_tables_of_one_process(tmp_path, scheduler):
    corpus(tmp_path / "in")
    alone = pipeline.run(tmp_path / "in", tmp_path / "alone")
    with on_the_cluster_only():
        on_dask = pipeline.run(tmp_path / "in", tmp_path / "dask", scheduler=scheduler)
    assert_same_tables(tmp_path / "alone", tmp_path / "dask")
    assert sorted(on_dask.problems) == sorted(alone.problems)
    assert {s for _, s, _ in on_dask.problems} == {"duplicate", "empty", "undecodable", "binary", "malformed"}
    assert (on_dask.articles, on_dask.ok, on_dask.events) == (alone.articles, alone.ok, alone.events)


@needs_dask
def test_a_re_run_on_dask_reads_the_changed_files_there_and_writes_the_same_tables(tmp_path, scheduler):
    corpus(tmp_path / "in")
    pipeline.run(tmp_path / "in", tmp_path / "alone")
    with on_the_cluster_only():
        pipeline.run(tmp_path / "in", tmp_path / "dask", scheduler=scheduler)
    (tmp_path / "in" / "new.txt").write_text(article(41), encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_text(article(42), encoding="utf-8")
    pipeline.run(tmp_path / "in", tmp_path / "alone")
    with on_the_cluster_only():
        again = pipeline.run(tmp_path / "in", tmp_path / "dask", scheduler=scheduler)
    assert again.reused == again.files - 2
    assert_same_tables(tmp_path / "alone", tmp_path / "dask")


@needs_dask
def test_the_time_budget_holds_on_the_workers(tmp_path, scheduler, capsys):
    """Dask runs tasks in threads, where the budget's timer is a thread (budget.py), not SIGALRM."""
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text(article(38), encoding="utf-8")
    (root / "slow.txt").write_text("Tiêu đề\n\n" + unpunctuated(400_000), encoding="utf-8")    # about 8 s
    with on_the_cluster_only():
        code = cli.main([str(root), "--out", str(tmp_path / "out"), "--file-budget", "1.5", "--scheduler", scheduler])
    assert code == cli.EXIT_PROBLEMS
    assert "too_slow: slow.txt: reading and extracting it took more than 1.5 s" in capsys.readouterr().err
    arts = pd.read_parquet(tmp_path / "out" / "articles.parquet").set_index("source_path")
    assert arts.status.to_dict() == {"a.txt": "ok", "slow.txt": "too_slow"}


@needs_dask
def test_a_worker_with_another_version_of_the_etl_is_refused(tmp_path, scheduler, monkeypatch, capsys):
    monkeypatch.setattr(cluster, "EXTRACTOR_VERSION", "another")   # the client's; the workers keep theirs
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(article(38), encoding="utf-8")
    code = cli.main([str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--scheduler", scheduler])
    err = capsys.readouterr().err
    assert code == cli.EXIT_FAILED and "a worker runs another version of the ETL" in err and "Traceback" not in err
    assert not (tmp_path / "out" / "articles.parquet").exists()


def test_a_worker_that_does_not_see_the_input_folder_refuses_rather_than_list_every_file_as_a_problem(tmp_path):
    with pytest.raises(cluster.WorkerUnfit, match="does not see the input folder"):
        cluster.extract_batch([tmp_path / "gone" / "a.txt"], tmp_path / "gone", None, cluster.EXTRACTOR_VERSION)


@needs_dask
def test_no_scheduler_at_the_address_is_a_clear_error(tmp_path, capsys):
    import dask
    import distributed  # noqa: F401  (its defaults join Dask's config now, not inside the block, which would drop them)
    (tmp_path / "in").mkdir()
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        code = cli.main([str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--scheduler", "tcp://127.0.0.1:9"])
    err = capsys.readouterr().err
    assert code == cli.EXIT_FAILED and err.startswith("error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert not (tmp_path / "out").exists()


def test_without_dask_the_scheduler_option_is_a_clear_error(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)      # as if it were not installed
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(article(38), encoding="utf-8")
    code = cli.main([str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--scheduler", "local"])
    assert code == cli.EXIT_FAILED
    err = capsys.readouterr().err
    assert err.startswith("error: --scheduler needs Dask") and 'pip install ".[dask]"' in err
    assert "Traceback" not in err and not (tmp_path / "out").exists()


def test_a_run_without_a_scheduler_needs_no_dask(tmp_path, monkeypatch):
    for name in ("dask", "distributed"):
        monkeypatch.setitem(sys.modules, name, None)     # any import of them raises ImportError
    assert cli.main([str(SEEDS), "--out", str(tmp_path / "out"), "--quiet"]) == cli.EXIT_OK


STOPPER = """
import os, signal, sys
from etl import cli, cluster

how, pids = sys.argv[1], sys.argv[2]
extract = cluster.Dask.extract


def stop_after_the_first_file(self, todo, root, budget):
    for n, result in enumerate(extract(self, todo, root, budget)):
        if n == 0:
            with open(pids, "w") as f:
                f.write(" ".join(str(p) for p in self.client().run(os.getpid).values()))
            if how == "ctrl-c":         # a terminal sends SIGINT to the whole process group, workers too
                os.killpg(os.getpgid(0), signal.SIGINT)
            else:
                os.kill(os.getpid(), signal.SIGTERM)
        yield result


cluster.Dask.extract = stop_after_the_first_file
cluster.BATCH = 2
cluster.LOCAL_WORKERS = 1         # starting a worker costs seconds; one shows the same
sys.exit(cli.main(sys.argv[3:]))
"""


@needs_dask
@pytest.mark.skipif(not os.path.isdir("/proc") or os.name != "posix", reason="needs /proc and process groups")
@pytest.mark.parametrize(("how", "code"), [("ctrl-c", 130), ("sigterm", 143)])
def test_ctrl_c_and_sigterm_stop_a_run_on_a_local_cluster_cleanly(write, tmp_path, how, code):
    done, out, before, pids = stopped_run(write, tmp_path, STOPPER, how, "--scheduler", "local")
    assert done.returncode == code, done.stderr
    assert "Traceback" not in done.stderr and "stopped by" in done.stderr
    dask_workers = [int(p) for p in pids.read_text().split()]
    assert len(dask_workers) == 1 and not [p for p in dask_workers if _alive(p)]
    pd.testing.assert_frame_equal(pd.read_parquet(out / "events.parquet"), before)
    assert sorted(p.name for p in (out / publish.GENERATIONS).iterdir()) == ["000001", "current"]
    assert not list(out.glob(".etl-state-*"))
