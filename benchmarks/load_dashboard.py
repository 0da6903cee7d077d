"""Many sessions at once: the dashboard under load, on synthetic tables, on this machine only.

    python -m benchmarks.load_dashboard [--meetings 100000] [--sessions 30] [--rounds 3] [--views 5] [--think 0]

Starts `streamlit run dashboard/serve.py` on 127.0.0.1 (a free port) over synthetic tables
(benchmarks.bench_dashboard), then, for each round, opens N sessions at once. Each session is
a websocket client speaking Streamlit's protocol (what a browser tab sends, without drawing):
it asks for pages in turn (timeline, officials, forums, meetings, data; half of the sessions
with a forum filter in the link) and waits for each run to finish. Meanwhile the health check
(`/_stcore/health`) is asked every 0.25 s and the server's memory is sampled.

Prints per-page latency percentiles (request to "script finished"), the health check's answers
(slowest, longest silence, failures), the server's memory after start, after each round and at
its peak, and the server's CPU time beside the wall time. The first round is the warm-up.
Bounded: at most 200 sessions, 20 views each, 60 s per view, and the server is stopped at the end.
Target (issue 12): 30 sessions on 100,000 meetings, page p90 under 3 s, health answering
throughout, memory flat after warm-up.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from benchmarks.bench_dashboard import ROOT, serve, synthetic_tables

PAGES = ("", "officials", "forums", "meetings", "data")
MAX_SESSIONS, MAX_VIEWS, VIEW_TIMEOUT = 200, 20, 60.0


def rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def cpu_s(pid: int) -> float:
    """The process's user + system CPU time (Linux /proc)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Watch(threading.Thread):
    """Asks the health check every 0.25 s and samples the server's memory, until stopped."""

    def __init__(self, base: str, pid: int) -> None:
        super().__init__(daemon=True)
        self.base, self.pid = base, pid
        self.health: list[float] = []       # seconds per answer
        self.failures = 0
        self.longest_silence = 0.0
        self.peak = 0.0
        self.stop = threading.Event()

    def run(self) -> None:
        last_ok = time.perf_counter()
        while not self.stop.is_set():
            t0 = time.perf_counter()
            try:
                urllib.request.urlopen(f"{self.base}/_stcore/health", timeout=5).read()
                self.health.append(time.perf_counter() - t0)
                last_ok = time.perf_counter()
            except OSError:
                self.failures += 1
            self.longest_silence = max(self.longest_silence, time.perf_counter() - last_ok)
            self.peak = max(self.peak, rss_mb(self.pid))
            self.stop.wait(max(0.0, 0.25 - (time.perf_counter() - t0)))


async def session(base: str, index: int, views: int, out: dict[str, list[float]], errors: list[str],
                  think: float = 0.0) -> None:
    import websockets
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
    query = "forum=APEC&forum=ASEAN" if index % 2 else ""
    url = base.replace("http://", "ws://") + "/_stcore/stream"
    async with websockets.connect(url, subprotocols=["streamlit"], origin=base, max_size=None,
                                  open_timeout=VIEW_TIMEOUT, ping_interval=None) as ws:
        for v in range(views):
            if think:           # a reader looks at the page before the next: 0.5x to 1.5x `think`, fixed per session
                await asyncio.sleep(think * (0.5 + ((index * 7 + v * 3) % 11) / 10))
            page = PAGES[(index + v) % len(PAGES)]
            msg = BackMsg()
            msg.rerun_script.query_string = query
            msg.rerun_script.page_name = page
            t0 = time.perf_counter()
            await ws.send(msg.SerializeToString())
            while True:
                fwd = ForwardMsg()
                fwd.ParseFromString(await asyncio.wait_for(ws.recv(), VIEW_TIMEOUT))
                if fwd.WhichOneof("type") == "delta" and fwd.delta.new_element.WhichOneof("type") == "exception":
                    errors.append(f"{page or 'timeline'}: {fwd.delta.new_element.exception.message[:200]}")
                if fwd.WhichOneof("type") == "script_finished":
                    break
            out.setdefault(page or "timeline", []).append(time.perf_counter() - t0)


async def one_round(base: str, sessions: int, views: int, think: float = 0.0
                    ) -> tuple[dict[str, list[float]], list[str], float]:
    out: dict[str, list[float]] = {}
    errors: list[str] = []
    t0 = time.perf_counter()
    results = await asyncio.gather(*(session(base, i, views, out, errors, think) for i in range(sessions)),
                                   return_exceptions=True)
    errors += [f"session: {r!r}" for r in results if isinstance(r, BaseException)]
    return out, errors, time.perf_counter() - t0


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(q * (len(values) - 1))))] if values else float("nan")


def report(times: dict[str, list[float]]) -> None:
    print(f"  {'page':10} {'views':>5} {'p50 s':>7} {'p90 s':>7} {'p99 s':>7} {'max s':>7}")
    every = [x for v in times.values() for x in v]
    for page, values in [*sorted(times.items()), ("all", every)]:
        print(f"  {page:10} {len(values):5d} {pct(values, .5):7.2f} {pct(values, .9):7.2f} {pct(values, .99):7.2f} "
              f"{max(values):7.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--meetings", type=int, default=100_000)
    ap.add_argument("--sessions", type=int, default=30)
    ap.add_argument("--rounds", type=int, default=3, help="the first is the warm-up")
    ap.add_argument("--views", type=int, default=5, help="pages each session asks for, in turn")
    ap.add_argument("--think", type=float, default=0.0,
                    help="seconds a session waits before each page (0.5x-1.5x); 0: back to back, the worst case")
    args = ap.parse_args()
    sessions, views = min(args.sessions, MAX_SESSIONS), min(args.views, MAX_VIEWS)
    work = Path(tempfile.mkdtemp(prefix="dash-load-"))
    proc = None
    try:
        synthetic_tables(work / "tables", args.meetings)
        proc, base = serve(ROOT / "dashboard" / "serve.py", {**os.environ, "DIPLOMACY_DATA_DIR": str(work / "tables")})
        asyncio.run(one_round(base, 1, 1))          # the tables are read (serve.py starts that at once)
        print(f"{args.meetings} meetings, {sessions} sessions x {views} pages per round, {args.rounds} rounds "
              f"(round 1 warms up), think time {args.think:g} s; server memory after the first page: {rss_mb(proc.pid):.0f} MB")
        watch = Watch(base, proc.pid)
        watch.start()
        measured: dict[str, list[float]] = {}
        wall = cpu = 0.0
        for r in range(1, args.rounds + 1):
            c0 = cpu_s(proc.pid)
            times, errors, took = asyncio.run(one_round(base, sessions, views, min(args.think, 30.0)))
            c1 = cpu_s(proc.pid)
            print(f"round {r}: {took:.1f} s wall, server CPU {c1 - c0:.1f} s ({(c1 - c0) / took:.2f} of a core), "
                  f"memory {rss_mb(proc.pid):.0f} MB, errors {len(errors)}")
            for e in errors[:3]:
                print("   ", e)
            if r > 1 or args.rounds == 1:
                for k, v in times.items():
                    measured.setdefault(k, []).extend(v)
                wall, cpu = wall + took, cpu + c1 - c0
        watch.stop.set()
        watch.join()
        print(f"pages after warm-up ({sessions} concurrent sessions; seconds from request to the run's end):")
        report(measured)
        print(f"  server CPU {cpu:.1f} s over {wall:.1f} s wall ({cpu / wall:.2f} of a core; the machine has "
              f"{os.cpu_count()})")
        h = watch.health
        print(f"health check: {len(h)} answers, median {pct(h, .5) * 1000:.0f} ms, slowest {max(h) * 1000:.0f} ms, "
              f"longest without an answer {watch.longest_silence:.2f} s, failures {watch.failures}")
        print(f"server memory: peak {watch.peak:.0f} MB, at the end {rss_mb(proc.pid):.0f} MB")
    finally:
        if proc:
            proc.terminate()
            proc.wait(timeout=15)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
