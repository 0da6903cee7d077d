"""ETL speed and memory on a generated corpus, beside a bare read + decode + NFC pass.

    python -m benchmarks.bench_etl [--articles 10000] [--workdir DIR] [--repeat 3] [--corpus DIR]

Prints, in one run: the bare pass (articles/s), the ETL end to end (articles/s, ratio to the
bare pass; target <= 20x), peak memory of the full run and of the re-run at two corpus sizes (target: flat;
the re-run's both with 1 % of the files changed and with as many files changed at both sizes), a re-run
after 1% of the files changed (cache; target <= 5% of a full run), and the state's size. Every figure is
given in wall time and in CPU time (the process's own and its workers', which a loaded
machine does not inflate); ratios are taken within this one run. The bare pass and the re-run,
short enough to vary by a fifth from one run to the next on a shared machine, are each the
median of --repeat runs (each re-run from the same state, copied aside).
Each measurement runs in a fresh process so that peak memory (max RSS) is its own, as `python -m etl`
runs (the compiled patterns kept between runs, as etl/__main__.py does, and etl.lean.spare first, as
etl/cli.py does; a run on the seeds first stores those patterns, as any first run does).
The corpus is an outlet's output (benchmarks.corpus.make_corpus(outlet=True)), or with --corpus the
first --articles files of a folder of real articles (docs/benchmarks.md: a sample of a real outlet's).
"""
from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.corpus import OUTLET_MIX, ROOT, make_corpus, touch_some

CHILD = r"""
import json, resource, sys, time, unicodedata
from pathlib import Path
mode, folder, out = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
def cpu():
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime
t0, c0 = time.perf_counter(), cpu()
if mode == "bare":
    n = 0
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            data = p.read_bytes()
            if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
                text = data.decode("utf-16")
            else:
                text = data.decode("utf-8-sig", errors="replace")
            unicodedata.normalize("NFC", text)
            n += 1
elif mode == "read":
    from etl.read import iter_files, read_article
    n = sum(len(read_article(p, folder)) for p in iter_files(folder))
else:
    from etl.regexcache import kept_patterns
    with kept_patterns():       # as `python -m etl` does (etl/__main__.py)
        from etl.lean import spare
        spare()                 # as etl/cli.py does, before pyarrow is imported
        from etl.pipeline import run
        n = run(folder, Path(out), use_cache=(mode == "etl-cached")).articles
secs, cpu_secs = time.perf_counter() - t0, cpu() - c0     # workers count once reaped (pool.terminate)
peak_kb = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(json.dumps({"n": n, "secs": secs, "cpu": cpu_secs, "peak_mb": peak_kb / 1024}))
"""


# The short measurements (the bare pass, the re-run) are taken this many times and their median
# given: on a shared machine one run of a second or two varies by a fifth from the next.
REPEAT = 3


def measure(mode: str, folder: Path, out: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", CHILD, mode, str(folder), str(out)], cwd=ROOT,
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def median(runs: list[dict]) -> dict:
    """Each time's median over the runs; the peak, the largest."""
    return {"n": runs[0]["n"], "secs": statistics.median(r["secs"] for r in runs),
            "cpu": statistics.median(r["cpu"] for r in runs), "peak_mb": max(r["peak_mb"] for r in runs)}


def bare(folder: Path, out: Path, repeat: int) -> dict:
    return median([measure("bare", folder, out) for _ in range(repeat)])


def rerun(folder: Path, out: Path, repeat: int) -> tuple[dict, str]:
    """A re-run of the changed corpus, `repeat` times, each from the same state (`out` as the
    changes found it, copied aside first): the median, and what the re-run rewrote."""
    before_run = out.with_name(f"{out.name}-before-rerun")
    shutil.rmtree(before_run, ignore_errors=True)
    shutil.copytree(out, before_run, symlinks=True)
    runs, wrote = [], ""
    for _ in range(repeat):
        shutil.rmtree(out)
        shutil.copytree(before_run, out, symlinks=True)
        before = inodes(out)
        runs.append(measure("etl-cached", folder, out))
        wrote = rewritten(before, out)
    shutil.rmtree(before_run)
    return median(runs), wrote


def line(label: str, r: dict, base: dict | None = None) -> str:
    rate = r["n"] / r["secs"] if r["secs"] else float("inf")
    extra = f"  ({ratio(r, base, 'x')} the bare pass)" if base else ""
    return (f"{label:<38} {r['n']:>7} articles {r['secs']:8.2f} s wall {r['cpu']:8.2f} s CPU {rate:8.0f} articles/s"
            f"  peak {r['peak_mb']:7.1f} MB{extra}")


TABLES = ("articles", "events", "participants", "officials")


def table_files(out: Path, name: str) -> list[Path]:
    """A table's files: the parts in its folder (or the table itself, written before parts)."""
    table = (out / f"{name}.parquet").resolve()
    return sorted(table.iterdir()) if table.is_dir() else [table]


def state_size(out: Path, articles: int) -> str:
    """The state's size per article and against the four tables it describes."""
    state = (out / ".etl-state.sqlite").stat().st_size
    tables = sum(p.stat().st_size for name in TABLES for p in table_files(out, name))
    return (f"{'state':<38} {state / articles / 1024:.2f} KB per article, {state / tables:.1f}x the tables "
            f"({tables / articles / 1024:.2f} KB per article)")


def inodes(out: Path) -> dict[str, set[int]]:
    return {name: {p.stat().st_ino for p in table_files(out, name)} for name in TABLES}


def rewritten(before: dict[str, set[int]], out: Path) -> str:
    """How many of each table's files a run wrote anew (the others are the previous ones, linked)."""
    after = inodes(out)
    shares = ", ".join(f"{name} {len(after[name] - before[name])}/{len(after[name])}" for name in TABLES)
    return f"{'files rewritten by the re-run':<38} {shares}"


def ratio(r: dict, base: dict, unit: str) -> str:
    """r against base, in wall time and in CPU time ("x" as a factor, "%" as a share)."""
    if unit == "%":
        return f"{100 * r['secs'] / base['secs']:.1f} % wall, {100 * r['cpu'] / base['cpu']:.1f} % CPU"
    return f"{r['secs'] / base['secs']:.1f}x wall, {r['cpu'] / base['cpu']:.1f}x CPU"


def copy_corpus(source: Path, folder: Path, n: int) -> list[Path]:
    """The first n files of source (by path), copied into folder where they stood in source."""
    paths = []
    for p in sorted(p for p in source.rglob("*") if p.is_file())[:n]:
        to = folder / p.relative_to(source)
        to.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(p, to)
        paths.append(to)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--workdir", type=Path, default=None)
    ap.add_argument("--corpus", type=Path, default=None,
                    help="measure on the first --articles files of this folder of real articles (copied "
                         "in) instead of the generated corpus")
    ap.add_argument("--repeat", type=int, default=REPEAT,
                    help=f"times the bare pass and each re-run are measured, their median given (default {REPEAT})")
    args = ap.parse_args()
    work = args.workdir or Path(tempfile.mkdtemp(prefix="etl-bench-"))
    times = f"median of {args.repeat}" if args.repeat > 1 else "one run"
    try:
        small, large = work / "small", work / "large"
        if args.corpus:
            small_paths = copy_corpus(args.corpus, small, args.articles // 4)
            paths = copy_corpus(args.corpus, large, args.articles)
            print(f"corpus: the first {len(paths)} files of {args.corpus}, copied to {work}")
        else:
            small_paths = make_corpus(small, args.articles // 4, outlet=True)
            paths = make_corpus(large, args.articles, outlet=True)
            print(f"corpus: {args.articles} generated articles in {work}, an outlet's mix {OUTLET_MIX}")
        # a first run on this machine stores the compiled patterns (etl/regexcache.py) that every
        # later run reuses: done here, on the seeds, so that no measured run is the first
        measure("etl", ROOT / "seeds", work / "warm-up")
        base = bare(large, work / "o", args.repeat)
        print(line(f"bare read + decode + NFC ({times})", base))
        print(line("read stage (etl.read)", measure("read", large, work / "o"), base))
        full = measure("etl", large, work / "out")
        print(line("ETL end to end (no cache)", full, base))
        quarter = measure("etl", small, work / "out-small")
        print(line(f"ETL on {args.articles // 4} articles (memory check)", quarter))
        print(f"{'peak memory growth, 4x the articles':<38} {full['peak_mb'] - quarter['peak_mb']:+.1f} MB")
        measure("etl-cached", large, work / "out-cache")           # fills the cache
        print(state_size(work / "out-cache", args.articles))
        changed = touch_some(paths, 0.01)
        again, wrote = rerun(large, work / "out-cache", args.repeat)
        print(line(f"re-run, {changed} files changed ({times})", again))
        print(wrote)
        measure("etl-cached", small, work / "out-small-cache")
        touch_some(small_paths, 0.01)
        again_small, _ = rerun(small, work / "out-small-cache", 1)
        print(line(f"re-run on {args.articles // 4} articles (memory check)", again_small))
        print(f"{'re-run peak memory growth, 4x':<38} {again['peak_mb'] - again_small['peak_mb']:+.1f} MB")
        # the same work on a quarter of the corpus: as many files changed as in the large re-run
        same = touch_some(small_paths, changed / len(small_paths))
        again_same, _ = rerun(small, work / "out-small-cache", 1)
        print(line(f"re-run, {same} changed, {args.articles // 4} articles", again_same))
        print(f"{'re-run peak growth, 4x, same changes':<38} {again['peak_mb'] - again_same['peak_mb']:+.1f} MB")
        print(f"{'re-run / full run':<38} {ratio(again, full, '%')}  (target <= 5 %)")
        print(f"{'ETL / bare pass':<38} {ratio(full, base, 'x')}  (target <= 20x)")
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
