"""Shared fixtures. The dev articles stay in ../shared: tests that read them skip when it is absent."""
from __future__ import annotations

import json
import unicodedata
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from etl.assemble import extract
from etl.gazetteer import load_gazetteer
from etl.merge import merge_reports
from etl.records import Article, Published

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED_DEV = ROOT.parent / "shared" / "eval" / "dev"


def published_on(text: str | None, source: str = "metadata") -> Published | None:
    """An article's own date as test tables write it: "2021-11-20" (a day) or "2021-11" (a month)."""
    if not text:
        return None
    day = date.fromisoformat(text if len(text) > 7 else f"{text}-01")
    return Published(day, "day" if len(text) > 7 else "month", source)


@pytest.fixture(scope="session", autouse=True)
def _session_cache_folder(tmp_path_factory):
    """The commands the tests run keep their compiled patterns (etl/regexcache.py) in a folder
    of the session's, not in the user's cache folder."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
        yield


@pytest.fixture(scope="session")
def gaz():
    return load_gazetteer()


@pytest.fixture
def write(tmp_path):
    """write(name, content) -> path inside a fresh input folder; str content is UTF-8."""
    root = tmp_path / "in"
    root.mkdir()

    def _write(name: str, content: str | bytes) -> Path:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path
    _write.root = root
    return _write


def cp1258_bytes(text: str) -> bytes:
    """Windows-1258 as Vietnamese software writes it: base letter, then the tone as a combining mark."""
    out = bytearray()
    tones = "\u0300\u0301\u0303\u0309\u0323"
    for ch in unicodedata.normalize("NFC", text):
        d = unicodedata.normalize("NFD", ch)
        tone = [c for c in d if c in tones]
        if tone:
            base = unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
            out += base.encode("cp1258") + tone[0].encode("cp1258")
        else:
            out += ch.encode("cp1258")
    return bytes(out)


needs_dev = pytest.mark.skipif(not SHARED_DEV.is_dir(), reason="../shared/eval/dev is not beside the checkout")


def article_texts() -> list[str]:
    """The clean texts (as read_article gives them) of the seeds, of the written articles and of
    the dev articles when ../shared is beside the checkout: real sentences for the tests that
    compare a shortcut with its slow form."""
    from etl.read import read_article

    folders = [SEEDS, ROOT / "tests" / "data" / "written" / "articles", SHARED_DEV / "articles"]
    paths = [p for folder in folders if folder.is_dir() for p in sorted(folder.glob("*.txt"))]
    return [a.text for p in paths for a in read_article(p, p.parent) if a.text]


def data_rows(name: str) -> list[dict]:
    """The rows of a JSON Lines file in tests/data."""
    text = (Path(__file__).parent / "data" / name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def merged_passage(row: dict, gaz) -> list[tuple[tuple[str, str, str], dict]]:
    """A passage row (text, headline, article date) read as the ETL reads an article and merged as it merges
    reports: each meeting's row, keyed by forum, level and start (the month alone for a month's date)."""
    article = Article("t", "t.txt", None, row.get("title"), None, published_on(row.get("article_date")), None,
                      row["text"], "", None, "ok", None)
    rows, _ = merge_reports(extract(article, gaz)[0], gaz)
    return [((r["forum"], r["level"], r["start_date"].isoformat()[:7] if r["date_precision"] == "month"
              else r["start_date"].isoformat()), r) for r in rows]


def phenomenon_params(rows: list[dict], known_miss: Callable[[dict, int], str | None]) -> list:
    """One test parameter per row written for one phenomenon, its id the phenomenon and the
    row's place within it; a row `known_miss` gives a reason for (row, place) is a strict xfail."""
    seen: Counter = Counter()
    out = []
    for row in rows:
        n = seen[row["phenomenon"]]
        seen[row["phenomenon"]] += 1
        why = known_miss(row, n)
        marks = [pytest.mark.xfail(strict=True, reason=why)] if why else []
        out.append(pytest.param(row, id=f"{row['phenomenon']}-{n}", marks=marks))
    return out
