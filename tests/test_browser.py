"""The real thing: `streamlit run` on 127.0.0.1 driven by Debian's Chromium through Playwright.

Screenshots go to screenshots/ (ignored by git). Outside CI the test skips when Chromium is
not installed; in CI (CI=true) a missing browser is a failure, since .ci/run installs it.
"""
from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from benchmarks.bench_dashboard import synthetic_tables

from .conftest import ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = ROOT / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

if not Path(CHROMIUM).exists():
    if os.environ.get("CI"):
        raise RuntimeError("Chromium is not installed: .ci/run should have installed Debian's chromium")
    pytest.skip("Debian's chromium is not installed (apt-get install chromium)", allow_module_level=True)

pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(data_dir: Path, **extra_env: str):
    port = _free_port()
    env = {**os.environ, "DIPLOMACY_DATA_DIR": str(data_dir), **extra_env}
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard" / "serve.py"),
                             "--server.address", "127.0.0.1", "--server.port", str(port), "--server.headless", "true"],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    for _ in range(120):
        try:
            urllib.request.urlopen(f"{base}/_stcore/health", timeout=1)
            break
        except OSError:
            time.sleep(0.25)
    else:
        proc.kill()
        raise RuntimeError("streamlit did not start: " + proc.stdout.read().decode(errors="replace")[-2000:])
    return proc, base


@pytest.fixture(scope="module")
def server():
    proc, base = _serve(ROOT / "data")
    yield base
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def server_2021():
    """The seed tables as on 1 October 2021, when some of their meetings were upcoming."""
    proc, base = _serve(ROOT / "data", DIPLOMACY_TODAY="2021-10-01")
    yield base
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def big_server(tmp_path_factory):
    """The app over 3,000 synthetic meetings: more than the timeline draws one by one."""
    folder = tmp_path_factory.mktemp("big")
    synthetic_tables(folder, 3000)
    proc, base = _serve(folder)
    yield base
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = ctx.new_page()
    yield pg
    ctx.close()


def settle(pg) -> None:
    """Wait until the app has finished running (no spinner, no 'running' status)."""
    pg.wait_for_selector('[data-testid="stSidebar"]', timeout=30000, state="attached")     # hidden on a phone
    pg.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=30000)
    pg.wait_for_timeout(400)


def choose(pg, box, typed: str, label: str) -> None:
    """Type `typed` into a multiselect and click its option `label` (shown alone or before " · ").

    On a loaded machine (CI) a rerun still under way may redraw the box while typing and drop
    what was typed, so the option is waited for, and the typing tried again if it never shows.
    """
    option = pg.get_by_role("option", name=re.compile(rf"^{re.escape(label)}( · .*)?$"))
    for _ in range(3):
        box.locator("input").click()
        pg.keyboard.type(typed)
        try:
            option.wait_for(timeout=5000)
        except PlaywrightTimeout:
            pg.keyboard.press("Escape")
            settle(pg)
            continue
        option.click()
        pg.keyboard.press("Escape")
        return
    raise AssertionError(f"the option {label!r} never showed after typing {typed!r}")


def no_errors(pg) -> None:
    assert pg.locator('[data-testid="stException"]').count() == 0
    assert pg.locator('[data-testid="stAlertContentError"]').count() == 0


@pytest.mark.parametrize(("path", "charts"), [("", 1), ("officials", 2), ("forums", 2), ("meetings", 0), ("data", 2)])
def test_each_page_renders_its_charts(server, page, path, charts):
    page.goto(f"{server}/{path}")
    settle(page)
    if charts:
        page.wait_for_selector(".js-plotly-plot .main-svg", timeout=30000)
    assert page.locator(".js-plotly-plot").count() >= charts
    no_errors(page)
    SHOTS.mkdir(exist_ok=True)
    assert page.locator('[data-testid="stDialog"]').count() == 0        # no "page not found"
    page.screenshot(path=str(SHOTS / f"{path or 'timeline'}.png"), full_page=True)


def test_a_shared_link_opens_the_filtered_view(server, page):
    page.goto(f"{server}/meetings?forum=ASEAN&status=planned&lang=en")
    settle(page)
    body = page.inner_text("body")
    assert "3 meetings" in body and "Regional diplomacy timeline" in body
    no_errors(page)
    page.screenshot(path=str(SHOTS / "shared-link.png"), full_page=True)


def test_changing_a_filter_updates_the_address(server, page):
    page.goto(f"{server}/")
    settle(page)
    page.locator("[data-testid=stSidebar]").get_by_text("English", exact=True).click()
    settle(page)
    page.wait_for_function("() => location.search.includes('lang=en')", timeout=15000)
    assert "lang=en" in page.url and "Timeline" in page.inner_text("body")
    no_errors(page)


def test_a_filter_chosen_in_the_sidebar_stays_on_another_page(server, page):
    page.goto(f"{server}/")
    settle(page)
    choose(page, page.locator('[data-testid="stMultiSelect"]').first, "ASEAN", "ASEAN")      # the forum
    page.wait_for_function("() => location.search.includes('forum=ASEAN')", timeout=15000)
    settle(page)
    page.locator('[data-testid="stSidebarNav"] a[href$="/meetings"]').click()
    page.wait_for_function("() => location.pathname.endsWith('/meetings')", timeout=15000)
    settle(page)
    # on a loaded machine the new page's count may come a moment after the page settles
    page.wait_for_function("() => document.body.innerText.includes('6 hội nghị')", timeout=20000)
    assert "forum=ASEAN" in page.url and "6 hội nghị" in page.inner_text("body")
    assert "ASEAN" in page.locator('[data-testid="stMultiSelect"]').first.inner_text()
    no_errors(page)


def test_selecting_a_bar_opens_the_meeting(server, page):
    page.goto(f"{server}/?forum=ASEAN")
    settle(page)
    page.wait_for_selector(".js-plotly-plot .bars .point path", timeout=30000)
    page.locator(".js-plotly-plot .bars .point path").first.click(force=True)
    page.wait_for_function("() => location.pathname.endsWith('/meetings') && location.search.includes('meeting=')",
                           timeout=20000)
    settle(page)
    assert "forum=ASEAN" in page.url                        # the filters travel with the selection
    # list, facts, sources (and participants); on a loaded machine the detail may need a moment more
    page.wait_for_function("() => document.querySelectorAll('[data-testid=\"stDataFrame\"]').length >= 3",
                           timeout=20000)
    detail = page.locator(".st-key-meeting_detail h3").first.bounding_box()
    assert detail and detail["y"] < page.viewport_size["height"] / 2          # at the top, where the eye is
    no_errors(page)
    page.screenshot(path=str(SHOTS / "meeting-detail.png"), full_page=True)


def test_many_meetings_show_counts_and_a_cell_opens_its_month(big_server, page):
    page.goto(f"{big_server}/?lang=en")
    settle(page)
    canvas = page.locator(".density canvas[data-drawn]")
    canvas.wait_for(timeout=30000)
    assert "3000 meetings" in page.inner_text("body") and page.locator(".js-plotly-plot").count() == 0
    box = canvas.bounding_box()
    tip = page.locator(".density .tip")
    y = box["y"] + 28 + 20                                   # the middle of the first lane
    for x in range(int(box["x"]) + 200, int(box["x"] + box["width"]) - 20, 3):
        page.mouse.move(x, y)
        text = tip.inner_text() if tip.is_visible() else ""
        if text and not text.endswith(": 0"):
            break
    else:
        pytest.fail("no month with meetings in the first lane")
    forum, rest = text.split(" · ")
    month, count = rest.split(": ")
    count = count.split()[0]                  # "12 (3 planned)": all of them, then those planned
    page.mouse.click(x, y)
    page.wait_for_function("() => location.search.includes('start=') && location.search.includes('end=')",
                           timeout=20000)
    settle(page)
    page.wait_for_selector(".js-plotly-plot .bars .point path", timeout=30000)
    mm, yyyy = month.split("/")
    query = parse_qs(urlsplit(page.url).query)
    assert query["forum"] == [forum] and query["start"] == [f"{yyyy}-{mm}-01"]
    shown = int(page.locator('[data-testid="stMainBlockContainer"] [data-testid="stText"]').first.inner_text().split()[0])
    assert shown >= int(count)           # the month's meetings, and those running into it
    no_errors(page)
    page.screenshot(path=str(SHOTS / "timeline-drill.png"), full_page=True)


def _sidebar_box(pg, label: str):
    return pg.locator("[data-testid=stSidebar] [data-testid=stMultiSelect]").filter(has_text=label)


def _query(pg) -> dict:
    return parse_qs(urlsplit(pg.url).query)


def test_switching_language_keeps_level_status_and_meeting(server, page):
    page.goto(f"{server}/meetings?level=ministers&status=held&meeting=apec-amm-32-2021")
    settle(page)
    sidebar = page.locator("[data-testid=stSidebar]")
    for lang, level, held, name in (("English", "Ministers", "held", "32nd APEC Ministerial Meeting"),
                                    ("Tiếng Việt", "Bộ trưởng", "đã diễn ra", "Kinh tế APEC lần thứ 32")):
        sidebar.get_by_text(lang, exact=True).click()
        settle(page)
        page.locator("[data-testid=stSidebar] input[type=text]").last.fill("APEC")    # another rerun
        page.keyboard.press("Enter")
        page.wait_for_function("() => location.search.includes('q=APEC')", timeout=15000)
        settle(page)
        query = _query(page)
        assert (query["level"], query["status"], query["meeting"]) == (["ministers"], ["held"], ["apec-amm-32-2021"])
        boxes = sidebar.locator("[data-testid=stMultiSelect]")
        assert level in boxes.nth(1).inner_text() and held in boxes.nth(4).inner_text()
        detail = page.locator('[data-testid="stMainBlockContainer"] h3').first.inner_text()
        assert name in detail                                   # the chosen meeting's detail is still open
        page.locator("[data-testid=stSidebar] input[type=text]").last.fill("")
        page.keyboard.press("Enter")
        page.wait_for_function("() => !location.search.includes('q=')", timeout=15000)
        settle(page)
    no_errors(page)


@pytest.mark.parametrize(("key", "typed", "param"), [("Enter", "01/01/1990", "start=1990-01-01"),
                                                    ("Tab", "2021", "start=2021-01-01")])
def test_a_typed_date_applies_on_enter_or_tab(server, page, key, typed, param):
    page.goto(f"{server}/meetings?end=2021-12-31")
    settle(page)
    # the box is found by its label and typed into, and the key pressed, on the box itself: on a
    # loaded machine (CI) a rerun still under way may redraw the sidebar, and keys sent to whatever
    # had the focus once went to the search box ("q=01/01/1990") as well
    box = page.locator('[data-testid=stSidebar] input[aria-label="Từ ngày"]')
    box.fill(typed)
    if box.input_value() != typed:      # the rerun redrew the box and dropped what was typed
        box.fill(typed)
    box.press(key)
    page.wait_for_function(f"() => location.search.includes('{param}')", timeout=30000)
    settle(page)
    shown = page.locator('[data-testid="stMainBlockContainer"] [data-testid="stText"]').first.inner_text()
    assert shown == ("13 hội nghị" if typed == "01/01/1990" else "10 hội nghị")
    assert page.locator("[data-testid=stSidebar] [data-testid=stAlertContentWarning]").count() == 0
    no_errors(page)


def test_the_official_filter_ignores_diacritics(server, page):
    page.goto(f"{server}/officials")
    settle(page)
    box = page.locator("[data-testid=stSidebar] [data-testid=stMultiSelect]").nth(2)       # "Quan chức"
    choose(page, box, "Bui Thanh Son", "Bùi Thanh Sơn")
    page.wait_for_function("() => location.search.includes('official=bui-thanh-son')", timeout=15000)
    settle(page)
    headings = page.locator('[data-testid="stMainBlockContainer"] h3').all_inner_texts()
    assert "Bùi Thanh Sơn" in headings and "Lịch sử chức vụ" in headings        # his own section
    no_errors(page)


def test_back_undoes_a_filter_change(server, page):
    page.goto(f"{server}/meetings?forum=ASEAN")
    settle(page)
    level = page.locator("[data-testid=stSidebar] [data-testid=stMultiSelect]").nth(1)
    choose(page, level, "Cấp cao", "Cấp cao")
    page.wait_for_function("() => location.search.includes('level=leaders')", timeout=15000)
    settle(page)
    assert page.locator('[data-testid="stMainBlockContainer"] [data-testid="stText"]').first.inner_text() == "2 hội nghị"
    page.go_back()
    page.wait_for_function("() => !location.search.includes('level=')", timeout=15000)
    settle(page)
    page.wait_for_timeout(500)
    assert "level=" not in page.url and "forum=ASEAN" in page.url          # and it stays so
    assert "Cấp cao" not in level.inner_text()
    assert page.locator('[data-testid="stMainBlockContainer"] [data-testid="stText"]').first.inner_text() == "6 hội nghị"
    page.go_forward()
    page.wait_for_function("() => location.search.includes('level=leaders')", timeout=15000)
    settle(page)
    assert "Cấp cao" in level.inner_text()
    no_errors(page)


def test_a_phone_gets_a_list_by_month_and_a_wide_screen_the_chart(server, browser):
    for width, height in ((390, 844), (1400, 1000)):
        ctx = browser.new_context(viewport={"width": width, "height": height})
        pg = ctx.new_page()
        pg.goto(f"{server}/?lang=en")
        settle(pg)
        phone = width < 640
        chart, listed = pg.locator(".st-key-timeline_wide"), pg.locator(".st-key-timeline_list [data-testid=stDataFrame]")
        if phone:
            listed.wait_for(state="visible", timeout=30000)
            # the page's style, which hides the chart on a narrow screen, can come a moment after
            # the list: the chart must be gone, and stay gone
            chart.wait_for(state="hidden", timeout=15000)
            pg.wait_for_timeout(300)
            assert not chart.is_visible()
            assert pg.get_by_text("Select a row to open the meeting", exact=False).is_visible()
            box = listed.bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= width            # fits the screen
            pg.screenshot(path=str(SHOTS / "timeline-phone.png"))
            pg.mouse.click(box["x"] + 16, box["y"] + 36 + 18)          # the first row's selection box
            pg.wait_for_function("() => location.pathname.endsWith('/meetings') && location.search.includes('meeting=')",
                                 timeout=20000)
            settle(pg)
            pg.locator(".st-key-meeting_detail h3").first.wait_for(state="visible", timeout=15000)
        else:
            pg.wait_for_selector(".st-key-timeline_wide .js-plotly-plot .main-svg", timeout=30000)
            assert not listed.is_visible()
        no_errors(pg)
        ctx.close()


def test_the_article_text_marks_the_evidence_as_text(server, page):
    page.goto(f"{server}/meetings?meeting=apec-amm-32-2021&lang=en")
    settle(page)
    page.locator('[data-testid="stExpander"] summary').filter(has_text="evidence highlighted").first.click()
    marked = page.locator("[class*='st-key-evmark_t']").first
    marked.wait_for(state="visible", timeout=15000)
    # highlighted (the rule arrives with the page's elements, possibly a moment after them)
    page.wait_for_function("""() => { const e = document.querySelector("[class*='st-key-evmark_t']");
        return e && !['rgba(0, 0, 0, 0)', 'transparent'].includes(getComputedStyle(e).backgroundColor); }""",
                           timeout=15000)
    assert len(marked.inner_text()) > 20 and marked.locator("a, b, script").count() == 0
    no_errors(page)
    page.screenshot(path=str(SHOTS / "meeting-evidence.png"), full_page=True)


def test_the_calendar_download_is_an_ics_file(server_2021, browser):
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    pg = ctx.new_page()
    pg.goto(f"{server_2021}/?forum=APEC&lang=en")
    settle(pg)
    pg.locator("[data-testid=stSidebar] summary").filter(has_text="Download").click()
    button = pg.locator("[data-testid=stSidebar] button").filter(has_text=".ics")
    button.wait_for(timeout=15000)
    with pg.expect_download() as download:
        button.click()
    body = Path(download.value.path()).read_bytes().decode("utf-8")
    assert body.startswith("BEGIN:VCALENDAR\r\n") and body.count("BEGIN:VEVENT") == 2 and "ASEAN" not in body
    assert "SUMMARY:APEC Economic Leaders' Meeting\r\n" in body and "URL:https://" in body
    no_errors(pg)
    ctx.close()
