"""Read and extract on a Dask cluster: the per-article work (workers.process_file) as a map.

    python -m etl IN --out OUT --scheduler tcp://HOST:8786    a cluster that is already running
    python -m etl IN --out OUT --scheduler local              two worker processes started for the run

Only reading and extracting run on the workers, in batches of BATCH files, at most a few
batches ahead of the client: results come back in input order and memory stays flat. Every
other stage stays on the client (listing, plan, state, duplicates, merge, tables, the lock);
see docs/dask.md. Dask is an optional extra (`pip install ".[dask]"`): nothing imports it
until a scheduler is given.
"""
from __future__ import annotations

import logging
import os
import signal
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from .state import EXTRACTOR_VERSION

if TYPE_CHECKING:
    from .workers import FileResult

log = logging.getLogger(__name__)
LOCAL = "local"             # --scheduler local: a cluster on this machine for the run
LOCAL_WORKERS = 2           # processes (the work holds the GIL: threads would not run in parallel)
LOCAL_MEMORY = "2GiB"       # per worker; Dask restarts a worker above it (one holds about 0.12 GiB after 600 articles)
BATCH = 32                  # files per task: about 0.2 s of work, so the scheduler's cost per task is small
AHEAD_PER_THREAD = 2        # batches in flight per worker thread: one running, one waiting


class ClusterError(Exception):
    """The cluster cannot do the work (Dask missing, no scheduler at that address, a worker lost
    again and again, a worker unfit for the work): the run stops and nothing is published."""


class WorkerUnfit(Exception):
    """A worker cannot do the work as the client would: it runs another version of the ETL, or
    does not see the input folder."""


def extract_batch(paths: list[Path], root: Path, budget: float | None, version: str) -> list[FileResult]:
    """The task a worker runs: process_file on each file. Refused by a worker that would write
    other rows than the client's own process: with another version of the ETL, or without the
    input folder (every file would become a problem row, and the state would keep them)."""
    if version != EXTRACTOR_VERSION:
        raise WorkerUnfit(f"a worker runs another version of the ETL ({EXTRACTOR_VERSION}; the client "
                          f"{version}): install the same code and vocabularies on every worker")
    if not os.path.isdir(root):
        raise WorkerUnfit(f"a worker does not see the input folder {root}: the workers read the files "
                          "themselves, so it must be at that path on every worker (a shared file system)")
    # imported here, not at the top: the command line imports this module before it spares
    # numpy (lean.spare), and workers.py imports pyarrow
    from .workers import process_file
    return [process_file(p, root, budget) for p in paths]


@contextmanager
def connect(address: str | None) -> Iterator[Dask | None]:
    """A Dask connection for one run (None: no scheduler, the local process pool). A remote
    scheduler is reached at once, so a wrong address fails before anything is read; the local
    cluster starts when the first file needs it (a run with nothing changed starts none)."""
    if address is None:
        yield None
        return
    dask = Dask(address)
    try:
        if address != LOCAL:
            dask.client()
        yield dask
    finally:
        dask.close()


class Dask:
    """The client side of a run on a cluster: a Client, and the LocalCluster it started, if any."""

    def __init__(self, address: str) -> None:
        self.address = address
        self._distributed = _import_distributed()
        self._client = None
        self._cluster = None

    def client(self):
        """The Client, connected (or the local cluster started) on first use."""
        if self._client is not None:
            return self._client
        if self.address == LOCAL:
            try:
                self._cluster = _start_local(self._distributed)
            except (OSError, RuntimeError) as exc:
                raise ClusterError(f"cannot start a local Dask cluster: {exc}") from None
        try:
            self._client = self._distributed.Client(self._cluster or self.address)
        except (OSError, ValueError) as exc:        # no scheduler there (a timeout is an OSError too)
            raise ClusterError(f"cannot reach the Dask scheduler at {self.address}: {exc}") from None
        return self._client

    def extract(self, todo: list[str] | list[Path], root: Path, budget: float | None) -> Iterator[FileResult]:
        """process_file on every file, on the workers, results in input order; at most
        AHEAD_PER_THREAD batches per worker thread are in flight or waiting to be taken."""
        if not todo:
            return
        client = self.client()
        root = Path(os.path.abspath(root))      # the workers' current folder is not the client's
        paths = [Path(os.path.abspath(p)) for p in todo]
        batches = iter([paths[i:i + BATCH] for i in range(0, len(paths), BATCH)])
        ahead = max(2, AHEAD_PER_THREAD * sum(client.nthreads().values()))
        pending: deque = deque()

        def submit() -> None:
            batch = next(batches, None)
            if batch is not None:
                pending.append(client.submit(extract_batch, batch, root, budget, EXTRACTOR_VERSION, pure=False))
        try:
            for _ in range(ahead):
                submit()
            while pending:
                results = self._result(pending.popleft())
                submit()
                yield from results
        finally:
            if pending:                 # stopped, failed or abandoned: nothing more is computed
                client.cancel(list(pending))

    def _result(self, future) -> list[FileResult]:
        try:
            return future.result()
        except (self._distributed.KilledWorker, WorkerUnfit) as exc:
            raise ClusterError(f"the Dask workers could not read the files: {exc}") from None
        finally:
            future.release()

    def close(self) -> None:
        """Disconnect; a cluster this run started is stopped with its workers."""
        client, cluster, self._client, self._cluster = self._client, self._cluster, None, None
        try:
            if client is not None:
                client.close()
        finally:
            if cluster is not None:
                cluster.close()


def _import_distributed():
    try:
        import distributed
    except ImportError:
        raise ClusterError("--scheduler needs Dask, which is not installed: pip install \".[dask]\" "
                           "(or pip install \"dask[distributed]\")") from None
    return distributed


def _start_local(distributed):
    """LOCAL_WORKERS worker processes of one thread each, LOCAL_MEMORY each; the scheduler's web
    pages on a free port of this machine only (several runs at once do not compete for 8787).
    Each worker runs dask_setup below as it starts (Dask's preload)."""
    return distributed.LocalCluster(n_workers=LOCAL_WORKERS, threads_per_worker=1, processes=True,
                                    memory_limit=LOCAL_MEMORY, dashboard_address="localhost:0",
                                    preload=[__name__])


def dask_setup(worker) -> None:
    """A worker of the local cluster ignores Ctrl-C: the terminal sends it to the whole process
    group, and stopping is the client's to do (it closes the cluster, which ends the workers)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
