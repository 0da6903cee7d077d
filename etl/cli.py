"""Command line: arguments, progress, summary and exit codes only.

    python -m etl [INPUT_DIR] [--out OUT_DIR] [--no-cache] [--file-budget SECONDS]
                  [--scheduler ADDRESS|local] [--quiet]

With no INPUT_DIR it rebuilds data/ from seeds/.

Exit codes: 0 every file was read; 1 the tables were written but some files
have problems (listed in the summary and in articles.parquet); 2 bad arguments
or the run itself failed (the previous tables are left as they were), among them an
output folder that cannot be written (a full disk, a read-only file system, no
permission), named in one line, or a Dask cluster that cannot do the work; 130 stopped
by Ctrl-C (SIGINT), 143 stopped by SIGTERM: nothing written, the previous tables
and state left as they were, no worker left running.
"""
from __future__ import annotations

import argparse
import logging
import os
import signal
import sqlite3
import sys
from pathlib import Path

from . import budget, publish
from .cluster import LOCAL, ClusterError
from .gazetteer import GazetteerError
from .lean import spare
from .read import iter_files
from .state import STATE_NAME, busy

ROOT = Path(__file__).resolve().parent.parent
EXIT_OK, EXIT_PROBLEMS, EXIT_FAILED = 0, 1, 2
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143        # 128 + the signal's number, as shells report it


class Terminated(BaseException):
    """SIGTERM, raised where the run is, so that it stops as Ctrl-C does: cleaning up."""


def _terminate(signum, frame) -> None:
    raise Terminated


def _seconds(value: str) -> float:
    seconds = float(value)
    if seconds < 0:
        raise argparse.ArgumentTypeError(f"{value}: a number of seconds, 0 or more")
    return seconds


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m etl", description="Turn a folder of articles into Parquet tables.")
    p.add_argument("input_dir", nargs="?", type=Path, default=ROOT / "seeds",
                   help="folder of article files (.txt, .html, .htm, .jsonl), read recursively; default seeds/")
    p.add_argument("--out", type=Path, default=ROOT / "data", help="folder for the tables; default data/")
    p.add_argument("--no-cache", action="store_true", help="re-extract every file")
    p.add_argument("--file-budget", type=_seconds, default=budget.FILE_BUDGET, metavar="SECONDS",
                   help="seconds one file may take to read and extract; a slower file is listed as a "
                        f"problem (too_slow) and the run goes on; 0: no limit (default {budget.FILE_BUDGET:g})")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="read and extract on a Dask cluster: its scheduler's address (tcp://HOST:8786), or "
                        f"'{LOCAL}' for a cluster of two worker processes on this machine, started for the run; "
                        "needs pip install \".[dask]\"")
    p.add_argument("--quiet", action="store_true", help="print only problems")
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if argv is None and not args.scheduler:
        # the program's own process (python -m etl, diplomacy-etl), which ends with the run, not a
        # caller's (tests pass argv): pyarrow need not import numpy nor pandas. Dask's client uses
        # them. (Nothing this module imports at its top imports pyarrow: see _main.)
        spare()
    try:
        before = signal.signal(signal.SIGTERM, _terminate)
    except ValueError:          # not the main thread (an embedding program): it handles signals itself
        before = None
    try:
        return _main(args)
    except (KeyboardInterrupt, Terminated) as exc:
        how = "Ctrl-C" if isinstance(exc, KeyboardInterrupt) else "SIGTERM"
        print(f"stopped by {how} before the run finished; the tables in {args.out} are a complete set, "
              "as the last completed run left them", file=sys.stderr)
        return EXIT_INTERRUPTED if isinstance(exc, KeyboardInterrupt) else EXIT_TERMINATED
    finally:
        if before is not None:
            signal.signal(signal.SIGTERM, before)


def _main(args: argparse.Namespace) -> int:
    from .pipeline import CannotWrite, WouldLoseRows, run  # pyarrow, after main's spare()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.scheduler:
        # Dask sets its own loggers to INFO as it is imported (each worker and task); set before
        # that import, its configuration keeps them at warnings, like ours. A user's setting wins.
        os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")
    if not args.input_dir.is_dir():
        print(f"error: {args.input_dir} is not a folder", file=sys.stderr)
        return EXIT_FAILED
    bar = None
    try:
        if not args.quiet:          # counted for the progress bar only (a listing of the folder)
            from tqdm import tqdm
            count = sum(1 for _ in iter_files(args.input_dir, out=args.out))
            if count >= 200:
                bar = tqdm(total=count, unit="file", desc="reading", file=sys.stderr)
        report = run(args.input_dir, args.out, use_cache=not args.no_cache,
                     progress=bar.update if bar else None, wait=publish.LOCK_WAIT,
                     budget=args.file_budget or None, scheduler=args.scheduler)
    except (publish.FolderBusy, WouldLoseRows, CannotWrite, ClusterError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except GazetteerError as exc:
        print(f"error: vocabulary file is invalid: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except sqlite3.DatabaseError as exc:
        hint = f" (is another run, of an older version, writing to {args.out}?)" if busy(exc) else ""
        print(f"error: {args.out / STATE_NAME}: {exc}{hint}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        if bar is not None:
            bar.close()
    if not args.quiet:
        print(f"{report.files} files, {report.articles} articles: {report.ok} ok, "
              f"{len(report.problems)} with problems; {report.events} events, "
              f"{report.participants} participations of {report.officials} officials "
              f"({report.reused} files unchanged since the last run)"
              + (f"; {len(report.skipped)} not read (links not followed, special files)" if report.skipped else "")
              + ("; the output folder is inside the input folder and is not read" if report.output else "")
              + f" -> {args.out}")
    for _, status, problem in report.problems:
        print(f"  {status}: {problem}", file=sys.stderr)
    for path, why in report.skipped + report.output:
        print(f"  not read: {path}: {why}", file=sys.stderr)
    return EXIT_PROBLEMS if report.problems else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
