"""Issue 12 in the real browser: odd addresses, and article text that looks like markup.

Uses the servers and browser of test_browser.py (Debian's Chromium; skipped the same way).
"""
from __future__ import annotations

import pytest

from .test_browser import browser, no_errors, page, server, settle  # noqa: F401  (fixtures)

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
