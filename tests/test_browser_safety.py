"""Issue 12 in the real browser: odd addresses, and article text that looks like markup.

Uses the servers and browser of test_browser.py (Debian's Chromium; skipped the same way).
"""
from __future__ import annotations

import pandas as pd
import pytest

from dashboard.plain import WORD_JOINER

from .hostile import BOLD, LINK, NAME, PERSON, hostile_tables
from .test_browser import _serve, browser, no_errors, page, server, settle  # noqa: F401  (fixtures)

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("path", ["/x", "/meetings/extra/path", "/meetings/extra"])
def test_an_unknown_or_nested_address_shows_the_default_view_and_says_so(server, page, path):
    page.goto(f"{server}{path}?forum=ASEAN&lang=en")
    settle(page)
    dialog = page.locator('[data-testid="stDialog"]')
    dialog.wait_for(timeout=15000)
    assert "not found" in dialog.inner_text().lower()
    assert "Timeline" in page.inner_text('[data-testid="stMainBlockContainer"]')
    page.wait_for_function("() => location.pathname === '/'", timeout=15000)
    assert "forum=ASEAN" in page.url                        # the filters of the link are kept
    no_errors(page)


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory):
    """The app over tables whose names, roles and outlets look like markup (tests/hostile.py)."""
    folder = tmp_path_factory.mktemp("hostile")
    event_id = hostile_tables(folder)
    person = pd.read_parquet(folder / "participants.parquet").query("event_id == @event_id")["official_id"].iloc[0]
    proc, base = _serve(folder)
    yield base, event_id, person
    proc.terminate()
    proc.wait(timeout=10)


def test_a_meeting_name_in_markdown_is_shown_as_written(hostile_server, page):
    base, event_id, _ = hostile_server
    page.goto(f"{base}/meetings?meeting={event_id}&lang=en")
    settle(page)
    heading = page.locator("h3", has_text="Huge").first
    heading.wait_for(timeout=15000)
    assert heading.inner_text().replace(WORD_JOINER, "").strip() == NAME.strip()
    inside = heading.locator("[data-heading-text]")
    for markup in ("a", "strong", ".katex", "[data-testid=stIconMaterial]", "span[class*=red]", "span[style*=color]"):
        assert inside.locator(markup).count() == 0, markup
    no_errors(page)


def test_markup_in_a_role_is_drawn_as_text_in_the_legend(hostile_server, page):
    base, _, person = hostile_server
    page.goto(f"{base}/officials?official={person}&lang=en")
    settle(page)
    page.wait_for_selector(".js-plotly-plot .legend", timeout=30000)
    charts = page.locator(".js-plotly-plot")
    assert charts.locator("a").count() == 0                 # no link, in any chart
    assert charts.locator('tspan[style*="bold"]').count() == 0
    legends = " ".join(page.locator(".js-plotly-plot .legend").all_text_contents())
    assert LINK in legends and BOLD in legends
    ticks = " ".join(page.locator(".js-plotly-plot .ytick").all_text_contents())
    assert PERSON in ticks                                   # a name with markup, as written, on the axis
    no_errors(page)
