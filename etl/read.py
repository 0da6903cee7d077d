"""Files -> Article records. The only module that reads article files.

Every file yields at least one row; a file that cannot be used yields a row with
a status other than "ok" and a problem that says why. Nothing here raises.
"""
from __future__ import annotations

import functools
import hashlib
import json
import logging
import re
import unicodedata
from dataclasses import replace
from html import unescape
from itertools import islice
from pathlib import Path

from .dateline import parse_dateline, valid_day
from .encoding import MAX_BYTES, decode
from .files import iter_files, relative
from .layout import outlet_of, split_layout
from .records import Article, Published

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

_TEXT_KEYS = ("text", "content", "body", "article", "html")
_TITLE_KEYS = ("title", "headline")
_URL_KEYS = ("url", "link", "source_url")
_DATE_KEYS = ("published", "date", "publish_date", "pubdate", "time", "datetime")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})(?:-(\d{2}))?")
_DATE_TAG = re.compile(r"<(?:meta|time)\b[^>]*(?:publish|pubdate)[^>]*>", re.I)
_ATTR = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_PUBLISHED_NAMES = {"article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
                    "publish_date", "publish-date", "dc.date.issued", "dcterms.issued"}
_JSONLD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]{4,40})"')
_TAGS = re.compile(r"<[^>]*>")
_H1 = re.compile(r"<h1\b", re.I)


def content_id(*parts: str | None) -> str:
    digest = hashlib.sha1()
    for part in parts:
        digest.update(unicodedata.normalize("NFC", part or "").encode("utf-8"))
        digest.update(b"\x1f")
    return digest.hexdigest()[:16]


def _problem_row(rel: str, status: str, problem: str, record: int | None = None,
                 encoding: str | None = None, raw_hash: str = "") -> Article:
    return Article(
        article_id=content_id("problem", rel, str(record), status),
        source_path=rel, record=record, title=None, url=None, published=None, outlet=None, text="", boilerplate="",
        encoding=encoding, status=status, problem=f"{rel}: {problem}", content_hash=raw_hash,
    )


def problem_row(rel: str, status: str, problem: str, raw_hash: str = "") -> Article:
    """The row of a file that yields no article, for a problem found outside this module."""
    return _problem_row(rel, status, problem, raw_hash=raw_hash)


# Spaces of other widths are spaces ("ngày\u00a012/11" from a page's "&nbsp;": a rule's "\s" matches
# them, a literal " " does not), and zero-width marks are nothing.
_SPACES = [(chr(c), " ") for c in (0xA0, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A,
                                   0x202F, 0x205F, 0x3000)] + [(chr(c), "") for c in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF)]


def _plain_spaces(text: str) -> str:
    """`text` with _SPACES replaced: one `in` test and str.replace per character, many times
    quicker than str.translate with a table or a search for a class of them (most texts hold none)."""
    for odd, plain in _SPACES:
        if odd in text:
            text = text.replace(odd, plain)
    return text


def _article(rel: str, text: str, encoding: str | None, record: int | None = None,
             title: str | None = None, url: str | None = None,
             published: Published | None = None, fallback: Published | None = None,
             content_hash: str = "") -> Article:
    """`published` is a date the file's metadata gives (it wins); `fallback` one to use only
    when neither the metadata nor the text's own layout dates the article. `content_hash`: the
    file's, where the caller has it (read_bytes gives it to each row)."""
    text = _plain_spaces(text)
    lay = split_layout(text)
    title = _plain_spaces(title) if title else lay.title
    url = url or lay.url
    body = lay.body
    if not body.strip():
        return _problem_row(rel, "empty", "no article text after removing boilerplate", record, encoding)
    return Article(
        article_id=content_id(title, url, body),
        source_path=rel, record=record, title=title, url=url, published=published or lay.published or fallback,
        # (the layout's outlet is its address's host, when it has one: not worked out again)
        outlet=lay.outlet if url == lay.url else outlet_of(url) or lay.outlet, text=body, boilerplate=lay.boilerplate, encoding=encoding, status="ok",
        problem=None, content_hash=content_hash,
    )


def _html_to_article(rel: str, html: str, encoding: str | None, record: int | None = None,
                     url: str | None = None) -> Article:
    try:
        found = _extract_page(html)
    except Exception as exc:  # the extractor is third-party: its failure is this file's problem
        return _problem_row(rel, "malformed", f"HTML could not be parsed ({exc.__class__.__name__})", record, encoding)
    if found is None:
        return _problem_row(rel, "empty", "no article text found in the HTML page", record, encoding)
    text, title, address = found
    text = unicodedata.normalize("NFC", text or "")
    # The extractor's own date is not used: with no date in the metadata it takes one from
    # anywhere in the markup, a related-article box's included.
    title = _clean(title)
    return _article(rel, text, encoding, record, title=title, url=url or address,
                    published=page_date(html), fallback=byline_date(html, title))


def _extract_page(html: str) -> tuple[str | None, str | None, str | None] | None:
    """A page's (text, title, address) as trafilatura's bare_extraction with its metadata gives
    them, else None (no article found). The page is parsed once, here: the extractor works on a
    copy of the tree (it prunes it), and the title and address are read from the tree itself."""
    import trafilatura  # imported here: only HTML needs it, and it is slow to import
    from trafilatura.utils import load_html

    try:
        tree = load_html(html)
        if tree is None:
            return None
        title, address = page_title_and_address(tree)
    except (TypeError, ValueError):     # what bare_extraction takes for no document
        return None
    # fast: no second extraction by a fallback extractor to compare with (a fifth of the time
    # here); the text, title and URL are the same with and without it on the benchmark
    # corpus's pages and the tests' (compared when this was set).
    doc = trafilatura.bare_extraction(tree, options=_page_options())
    return None if doc is None else (doc.text, title, address)


@functools.cache
def _page_options():
    """The extraction options, as bare_extraction turns its arguments (fast, favor_precision, no
    comments, no tables) into options. Built once: building them reads trafilatura's
    configuration again each time (a twentieth of a page's time); trafilatura leaves shared
    options as they were (its recall retry works on a copy). Without metadata: the page's title
    and address are read by page_title_and_address, and a page's address (given with a JSON
    export's record) serves the extractor only to resolve the links and images it leaves out."""
    from trafilatura.settings import Extractor
    return Extractor(output_format="python", fast=True, precision=True, comments=False, tables=False)


def page_title_and_address(tree) -> tuple[str | None, str | None]:
    """The title and address trafilatura's extract_metadata gives a page, by its own steps for
    these two alone (meta tags, JSON-LD, then the headings; the canonical link): its other
    fields (author, date, site name, categories, tags, licence), which the reader does not use,
    were a third of a page's time. tests/test_read.py compares the two on the tests' pages."""
    from trafilatura.metadata import examine_meta, extract_meta_json, extract_title, extract_url

    meta = examine_meta(tree)
    if meta.author and " " not in meta.author:
        meta.author = None          # as extract_metadata does before JSON-LD, which adds to the author
    try:
        meta = extract_meta_json(tree, meta)
    except Exception as exc:        # as extract_metadata does: a bug in its JSON-LD reader
        log.debug("JSON-LD metadata not read: %s", exc)
    title = meta.title or extract_title(tree)
    address = meta.url or extract_url(tree)
    return _trimmed(title), _trimmed(address)


def _trimmed(value):
    """A metadata field as extract_metadata leaves it (trafilatura's Document.clean_and_trim)."""
    from trafilatura.utils import line_processing

    if not isinstance(value, str):
        return value
    return line_processing(unescape(value[:9999] + "…" if len(value) > 10000 else value))


def byline_date(html: str, title: str | None) -> Published | None:
    """A date line between the article's headline (an <h1> that reads as the page's title; a
    site's logo is an <h1> too, with its clock beside it) and its first long paragraph: the
    byline, which the extracted text usually leaves out."""
    for h1 in islice(_H1.finditer(html), 4):
        chunks = (c for c in map(str.strip, _TAGS.split(html[h1.start(): h1.start() + 4000])) if c)
        heading = unicodedata.normalize("NFC", unescape(next(chunks, ""))).casefold()
        if not heading or (title and heading not in title.casefold()):
            continue
        for chunk in islice(chunks, 9):
            text = unicodedata.normalize("NFC", unescape(chunk))
            if len(text) > 90:      # the body has begun
                return None
            if day := parse_dateline(text):
                return Published(day, "day", "byline")
        return None
    return None


def page_date(html: str) -> Published | None:
    """The date a web page's metadata gives as its own: a published-time <meta> or <time>
    (article:published_time, itemprop="datePublished", pubdate), else JSON-LD datePublished.
    Dates anywhere else on the page (related-article boxes, teasers) are not the page's."""
    for tag in _DATE_TAG.finditer(html):
        attrs = {k.lower(): (v or w) for k, v, w in _ATTR.findall(tag.group(0))}
        names = {attrs.get(k, "").lower() for k in ("property", "name", "itemprop")}
        if names & _PUBLISHED_NAMES or " pubdate" in tag.group(0).lower():     # <time pubdate datetime=…>
            found = _published(attrs.get("content") or attrs.get("datetime"), "metadata")
            if found:
                return found
    ld = _JSONLD_PUBLISHED.search(html)
    return _published(ld.group(1), "metadata") if ld else None


def _clean(value) -> str | None:
    if value is None:
        return None
    s = unicodedata.normalize("NFC", str(value)).strip()
    return s or None


def _published(value, source: str = "metadata") -> Published | None:
    s = _clean(value)
    if not s:
        return None
    m = _ISO.match(s)
    if m:
        day = m.group(3) and valid_day(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if day:
            return Published(day, "day", source)
        month = valid_day(int(m.group(1)), int(m.group(2)), 1)
        return Published(month, "month", source) if month else None
    day = parse_dateline(s)
    return Published(day, "day", source) if day else None


def _first(record: dict, keys: tuple[str, ...]):
    for key in keys:
        if record.get(key) not in (None, ""):
            return record[key]
    return None


def _jsonl_rows(rel: str, text: str, encoding: str | None) -> list[Article]:
    rows: list[Article] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            rows.append(_problem_row(rel, "malformed", f"line {number}: invalid JSON ({exc.msg})", number, encoding))
            continue
        if not isinstance(record, dict):
            rows.append(_problem_row(rel, "malformed", f"line {number}: not a JSON object", number, encoding))
            continue
        body = _first(record, _TEXT_KEYS)
        if not isinstance(body, str) or not body.strip():
            rows.append(_problem_row(rel, "empty", f"line {number}: no text or content field", number, encoding))
            continue
        body = unicodedata.normalize("NFC", body)
        url = _clean(_first(record, _URL_KEYS))
        if re.search(r"(?is)<(html|body|p|div|article)\b", body[:2000]):
            rows.append(_html_to_article(rel, body, encoding, number, url=url))
            continue
        title = _clean(_first(record, _TITLE_KEYS))
        rows.append(_article(rel, body, encoding, number, title=title, url=url,
                             published=_published(_first(record, _DATE_KEYS))))
    return rows or [_problem_row(rel, "empty", "the export holds no records", None, encoding)]


def read_bytes(rel: str, data: bytes) -> list[Article]:
    """Bytes of one file (named by its path relative to the input folder) -> rows."""
    suffix = _suffix(rel).lower()
    raw_hash = hashlib.sha1(data).hexdigest()
    if suffix not in SUFFIXES:
        return [_problem_row(rel, "unsupported", f"unsupported file type {suffix or '(none)'}; "
                             f"expected one of {', '.join(sorted(SUFFIXES))}", raw_hash=raw_hash)]
    if len(data) > MAX_BYTES:
        return [_problem_row(rel, "too_large", f"{len(data):,} bytes is over the {MAX_BYTES:,}-byte limit",
                             raw_hash=raw_hash)]
    decoded = decode(data)
    if decoded.text is None:
        return [_problem_row(rel, decoded.status, decoded.problem or "unreadable", None, decoded.encoding, raw_hash)]
    if suffix in JSONL_SUFFIXES:
        rows = _jsonl_rows(rel, decoded.text, decoded.encoding)
    elif suffix in HTML_SUFFIXES:
        rows = [_html_to_article(rel, decoded.text, decoded.encoding)]
    else:
        rows = [_article(rel, decoded.text, decoded.encoding, content_hash=raw_hash)]
    # (a text file's article row has its hash already: dataclasses.replace is 2 % of its reading)
    return [r if r.content_hash == raw_hash else _with_hash(r, raw_hash) for r in rows]


def _with_hash(row: Article, raw_hash: str) -> Article:
    return replace(row, content_hash=raw_hash)


def _suffix(rel: str) -> str:
    """Path(rel).suffix, without making a Path (3 % of a text file's reading): the last part's,
    as pathlib finds it, where that part is plainly the name (not empty, not ".")."""
    name = rel[rel.rfind("/") + 1:]
    if name in ("", "."):
        return Path(rel).suffix         # pathlib drops an empty or "." last part
    i = name.rfind(".")
    return name[i:] if 0 < i < len(name) - 1 else ""


def read_article(path: Path, root: Path) -> list[Article]:
    """One file -> its article rows (several for a .jsonl export)."""
    rel = relative(path, root)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES and path.suffix.lower() in SUFFIXES:
            return [_problem_row(rel, "too_large", f"{size:,} bytes is over the {MAX_BYTES:,}-byte limit")]
        data = path.read_bytes()
    except OSError as exc:
        return [_problem_row(rel, "unreadable", f"cannot read the file ({exc.strerror or exc})")]
    return read_bytes(rel, data)


__all__ = ["read_article", "read_bytes", "iter_files", "relative", "content_id", "problem_row"]
