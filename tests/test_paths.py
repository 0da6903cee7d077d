"""dashboard/paths.py: which addresses are redirected or rewritten (the browser test shows the effect)."""
from __future__ import annotations

import pytest

from dashboard.paths import asset_path, page_redirect


@pytest.mark.parametrize(("path", "base", "expected"), [
    ("/meetings/extra/path", "", "/meetings%2Fextra%2Fpath"),
    ("/meetings/extra/", "", "/meetings%2Fextra"),
    ("/app/meetings/extra", "app", "/app/meetings%2Fextra"),
    ("/meetings", "", None), ("/", "", None), ("/x", "", None),
    ("/meetings%2Fextra%2Fpath", "", None),             # already one segment: no loop
    ("/_stcore/health", "", None), ("/static/js/a.js", "", None), ("/media/abc.png", "", None),
    ("/_stcore/bidi-components/x/y.js", "", None), ("/other/a/b", "app", None),
])
def test_page_redirect(path, base, expected):
    assert page_redirect(path, base) == expected


@pytest.mark.parametrize(("path", "expected"), [
    ("/meetings/extra/static/js/a.js", "/static/js/a.js"), ("/meetings/static/css/b.css", "/static/css/b.css"),
    ("/static/js/a.js", None), ("/meetings/_stcore/health", None), ("/meetings", None),
])
def test_asset_path(path, expected):
    assert asset_path(path) == expected
