"""The ETL on a local Dask cluster beside the local process pool, on the same generated corpus.

    python -m benchmarks.bench_dask [--articles 2000] [--outlet] [--workdir DIR]

Prints, in one run, for the seeds (the fixed cost of a cluster) and for the corpus: a full run
(no cache) with the local pool, then with `--scheduler local` (a LocalCluster of two worker
processes, started and closed by the run), in wall time and in CPU time (the run's process and
its workers, which are its children either way), and the cluster's cost as a ratio.
The corpus is the seeds' variations (benchmarks.corpus.make_corpus), or an outlet's output with
--outlet. Each run is a fresh process, as in benchmarks.bench_etl. Needs `pip install ".[dask]"`.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.bench_etl import line, ratio
from benchmarks.corpus import ROOT, make_corpus

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
folder, out, scheduler = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3] or None
def cpu():
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime
t0, c0 = time.perf_counter(), cpu()
from etl.pipeline import run
n = run(folder, out, use_cache=False, scheduler=scheduler).articles
secs, cpu_secs = time.perf_counter() - t0, cpu() - c0     # workers count once reaped (pool or cluster closed)
peak_kb = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(json.dumps({"n": n, "secs": secs, "cpu": cpu_secs, "peak_mb": peak_kb / 1024}))
"""


def measure(folder: Path, out: Path, scheduler: str | None) -> dict:
    """One full run in a fresh process; wall and CPU include the imports (Dask's too)."""
    shutil.rmtree(out, ignore_errors=True)
    done = subprocess.run([sys.executable, "-c", CHILD, str(folder), str(out), scheduler or ""], cwd=ROOT,
                          capture_output=True, text=True, check=True,
                          env={**os.environ, "DASK_LOGGING__DISTRIBUTED": "warning"})
    return json.loads(done.stdout.strip().splitlines()[-1])


def compare(label: str, folder: Path, work: Path) -> None:
    pool = measure(folder, work / "out-pool", None)
    print(line(f"{label}: local pool", pool))
    dask = measure(folder, work / "out-dask", "local")
    print(line(f"{label}: --scheduler local", dask))
    print(f"{label + ': Dask / local pool':<38} {ratio(dask, pool, 'x')}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2_000)
    ap.add_argument("--outlet", action="store_true", help="an outlet's mix instead of the seeds' variations")
    ap.add_argument("--workdir", type=Path, default=None)
    args = ap.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="etl-bench-dask-"))
    try:
        make_corpus(work / "corpus", args.articles, outlet=args.outlet)
        kind = "an outlet's mix" if args.outlet else "the seeds' variations"
        print(f"corpus: {args.articles} generated articles ({kind}) in {work}")
        compare("seeds", ROOT / "seeds", work)
        compare("corpus", work / "corpus", work)
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
