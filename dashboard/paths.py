"""Addresses nested below a page (`/meetings/extra/path`) load the app like any unknown page.

Streamlit's page names its scripts relatively (`./static/js/…`) and looks for its server at
the page's address or one level up, so under `/meetings/extra/path` neither was found and the
browser showed a blank page. This ASGI middleware (serve.py installs it) redirects such an
address to one path segment (`/meetings%2Fextra%2Fpath`, the query kept), where the app loads,
shows the default view and says the page was not found, as it does for `/x`; and it sends a
script or style asked for below a page to the server's own. Pure path arithmetic.
"""
from __future__ import annotations

from urllib.parse import quote

# The server's own folders and files, which a page may ask for relative to its address.
SERVER_PARTS = frozenset({"static", "_stcore", "favicon.png", "manifest.json", "media", "component", "app"})


def _split(path: str, base: str) -> tuple[str, list[str]] | None:
    base = "/" + base.strip("/") if base.strip("/") else ""
    if base and not (path == base or path.startswith(base + "/")):
        return None
    return base, [p for p in path[len(base):].split("/") if p]


def asset_path(path: str, base: str = "") -> str | None:
    """A static file asked for below a page ("/meetings/extra/static/js/a.js") -> the server's
    own ("/static/js/a.js"); else None. Only `static`: where the browser looks for the server
    (`_stcore`) tells it which part of the address is the page, so that is left alone."""
    split = _split(path, base)
    if split is None:
        return None
    base, parts = split
    if len(parts) > 1 and parts[0] not in SERVER_PARTS and "static" in parts[1:]:
        return base + "/" + "/".join(parts[parts.index("static", 1):])
    return None


def page_redirect(path: str, base: str = "") -> str | None:
    """A page address with more than one segment, none of them the server's ("/meetings/extra/path"),
    -> the same words as one segment ("/meetings%2Fextra%2Fpath"), which is an unknown page; else None."""
    split = _split(path, base)
    if split is None:
        return None
    base, parts = split
    if len(parts) > 1 and not SERVER_PARTS.intersection(parts):
        return base + "/" + quote("/".join(parts), safe="")
    return None


class NestedPages:
    """ASGI middleware: redirect what `page_redirect` names, rewrite what `asset_path` names."""

    def __init__(self, app, base: str | None = None) -> None:
        self.app = app
        self.base = base

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope.get("method") in ("GET", "HEAD"):
            # raw_path keeps "%2F", so the redirected address is one segment here and not redirected again
            raw = scope.get("raw_path", scope["path"].encode()).decode("latin-1")
            target = page_redirect(raw, self._base())
            if target is not None:
                query = scope.get("query_string", b"").decode("latin-1")
                return await _redirect(send, target + (f"?{query}" if query else ""))
            fixed = asset_path(scope["path"], self._base())
            if fixed is not None:
                scope = {**scope, "path": fixed, "raw_path": fixed.encode()}
        await self.app(scope, receive, send)

    def _base(self) -> str:
        if self.base is None:
            from streamlit import config
            return config.get_option("server.baseUrlPath") or ""
        return self.base


async def _redirect(send, location: str) -> None:
    await send({"type": "http.response.start", "status": 302,
                "headers": [(b"location", location.encode("latin-1")), (b"content-length", b"0")]})
    await send({"type": "http.response.body", "body": b""})
