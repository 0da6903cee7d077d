"""Dashboard responsiveness on synthetic tables of many meetings, in Debian's Chromium.

    python -m benchmarks.bench_dashboard [--meetings 100000]

Prints, in one run: the first page load of the app (cold: tables read and prepared; warm:
cached), and the time from changing a filter (the forum) to the page showing the new
result, beside the same change in a trivial Streamlit script. Targets: filter change
<= 2x the trivial script; first load <= 3 s.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from etl.merge import official_id  # noqa: E402
from etl.write import AtomicTables  # noqa: E402

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
FORUMS = ["APEC", "ASEAN", "ASEAN+3", "EAS", "ARF", "ASEM", "WTO", "G20", "GMS", "Mekong-Lancang"]
KINDS = [("leaders", "Summit"), ("ministers", "MM"), ("senior_officials", "SOM"), ("other", "Task Force")]
PICKS = ["APEC", "ARF", "ASEM", "G20", "GMS", "WTO"]      # each added forum changes the count
TRIVIAL = '''import streamlit as st
chosen = st.multiselect("Forum", {forums!r})
st.text(f"{{len(chosen)}} chosen")
'''


def synthetic_tables(out: Path, n: int, seed: int = 3) -> None:
    rng = random.Random(seed)
    people = [f"Nguyễn Văn {chr(65 + i % 26)}{i}" for i in range(2000)]
    events, parts, articles = [], [], []
    for i in range(n):
        forum = rng.choice(FORUMS)
        level, code = rng.choice(KINDS)
        start = date(1995, 1, 1) + timedelta(days=rng.randrange(31 * 365))
        month = rng.random() < 0.15
        end = start if month else start + timedelta(days=rng.randrange(3))
        aid = f"a{i:07d}"
        eid = f"{forum.lower()}-{code.lower()}-{i}"
        events.append({"event_id": eid, "forum": forum, "level": level, "meeting": code,
                       "name_vi": f"Hội nghị {code} {forum}", "name_en": f"{forum} {code}", "ordinal": i % 60 + 1,
                       "start_date": start, "end_date": end, "date_precision": "month" if month else "day",
                       "year_inferred": rng.random() < 0.3, "status": rng.choice(["held", "planned"]),
                       "location": rng.choice(["Hà Nội", "Jakarta", "Lima", None]), "host": None,
                       "mode": rng.choice(["in_person", "virtual", None]), "article_ids": [aid], "n_articles": 1,
                       "evidence": [f"Câu số {i}."], "date_text": "", "date_conflicts": [], "rule": "synthetic"})
        articles.append({"article_id": aid, "source_path": f"{aid}.txt", "record": None, "title": f"Bài {i}",
                         "url": f"https://example.vn/{i}", "published": start.isoformat(), "published_precision": "day",
                         "outlet": rng.choice(["baoquocte.vn", "vietnamplus.vn", "vov.vn"]), "text": f"Câu số {i}.",
                         "boilerplate": "", "encoding": "utf-8", "status": "ok", "problem": None, "content_hash": ""})
        for name in rng.sample(people, 2):
            parts.append({"event_id": eid, "article_id": aid, "official_id": official_id(name), "name": name,
                          "role": "Bộ trưởng", "country": "Việt Nam", "evidence": f"Câu số {i}.", "event_start": start})
    officials = [{"official_id": official_id(p), "name": p, "country": "Việt Nam",
                  "roles": [{"role": "Bộ trưởng", "first_seen": date(1995, 1, 1), "last_seen": date(2025, 1, 1), "n_events": 1}],
                  "latest_role": "Bộ trưởng", "first_seen": date(1995, 1, 1), "last_seen": date(2025, 1, 1),
                  "n_events": 1, "n_articles": 1} for p in people]
    tables = AtomicTables(out)
    for name, rows in (("events", events), ("participants", parts), ("officials", officials), ("articles", articles)):
        tables.write(name, rows)
    tables.commit()


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(script: Path, env: dict) -> tuple[subprocess.Popen, str]:
    port = _port()
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(script), "--server.address", "127.0.0.1",
                             "--server.port", str(port), "--server.headless", "true"],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            urllib.request.urlopen(f"{base}/_stcore/health", timeout=1)
            return proc, base
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{script} did not start")


def idle(page) -> None:
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=60000)


def load_time(page, url: str, ready: str) -> float:
    t0 = time.perf_counter()
    page.goto(url)
    page.wait_for_selector(ready, timeout=120000)
    idle(page)
    return time.perf_counter() - t0


def change_filter(page, counter: str, option: str) -> float:
    """Add `option` to the first multiselect (the forum) and time until the counter text changes."""
    before = page.locator(counter).first.inner_text()
    box = page.locator('[data-testid="stMultiSelect"]').first
    box.locator("input").click()
    page.keyboard.type(option)
    page.wait_for_selector('[role="option"]', timeout=10000)
    t0 = time.perf_counter()            # the change starts when the choice is made
    page.keyboard.press("Enter")
    page.wait_for_function("([sel, old]) => { const e = document.querySelector(sel); return e && e.innerText !== old; }",
                           arg=[counter, before], timeout=60000)
    idle(page)
    elapsed = time.perf_counter() - t0
    page.keyboard.press("Escape")
    if os.environ.get("BENCH_DEBUG"):
        print(f"  {option}: {elapsed:.3f} s -> {page.locator(counter).first.inner_text()}")
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--meetings", type=int, default=100_000)
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright
    work = Path(tempfile.mkdtemp(prefix="dash-bench-"))
    procs = []
    try:
        t0 = time.perf_counter()
        synthetic_tables(work / "tables", args.meetings)
        print(f"synthetic tables: {args.meetings} meetings, {2 * args.meetings} participations "
              f"({time.perf_counter() - t0:.1f} s to build)")
        trivial = work / "trivial.py"
        trivial.write_text(TRIVIAL.format(forums=FORUMS), encoding="utf-8")
        env = {**os.environ, "DIPLOMACY_DATA_DIR": str(work / "tables")}
        app, app_url = serve(ROOT / "dashboard" / "serve.py", env)
        triv, triv_url = serve(trivial, env)
        procs += [app, triv]
        counter_app = '[data-testid="stMainBlockContainer"] [data-testid="stText"]'
        counter_triv = '[data-testid="stText"]'
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            drawn = ".density canvas[data-drawn], .js-plotly-plot .main-svg"      # the timeline, either way
            cold = load_time(page, app_url, drawn)
            warm = [load_time(page, app_url, drawn) for _ in range(3)]
            app_changes = [change_filter(page, counter_app, f) for f in PICKS]
            tpage = browser.new_page()
            load_time(tpage, triv_url, counter_triv)
            triv_changes = [change_filter(tpage, counter_triv, f) for f in PICKS]
            page.screenshot(path=str(work / "timeline-100k.png"))
            shots = ROOT / "screenshots"
            shots.mkdir(exist_ok=True)
            shutil.copy(work / "timeline-100k.png", shots / "timeline-100k.png")
            browser.close()
        a, tr = statistics.median(app_changes), statistics.median(triv_changes)
        print(f"first page load, cold (tables read and prepared)   {cold:6.2f} s")
        print(f"first page load, warm (median of 3)                 {statistics.median(warm):6.2f} s   (target <= 3 s)")
        print(f"filter change -> idle, app (median of {len(app_changes)})            {a:6.3f} s")
        print(f"filter change -> idle, trivial script (median)      {tr:6.3f} s")
        print(f"ratio                                               {a / tr:6.1f} x   (target <= 2 x)")
        print("screenshot of the 100k-meeting timeline: screenshots/timeline-100k.png")
    finally:
        for proc in procs:
            proc.terminate()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
