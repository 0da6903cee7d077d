"""Both styles of placing Vietnamese tone marks read alike (etl/vi.py, modern_tones): an outlet that
writes "Uỷ ban", "hoà bình", "Thuỵ Sĩ" gets the meetings and people of one that writes "Ủy ban",
"hòa bình", "Thụy Sĩ", and its rows quote it as it wrote (README, "What it reads")."""
from __future__ import annotations

import re

import pytest

from etl.assemble import extract
from etl.records import Article
from etl.vi import modern_tones

from .conftest import data_rows, published_on


@pytest.mark.parametrize(("written", "read"), [
    ("Uỷ ban", "Ủy ban"),
    ("UỶ BAN", "ỦY BAN"),
    ("hoà bình", "hòa bình"),
    ("Văn hoá - Xã hội.", "Văn hóa - Xã hội."),
    ("khoẻ mạnh", "khỏe mạnh"),
    ("Thuỵ Sĩ, Thuỵ Điển", "Thụy Sĩ, Thụy Điển"),
    ("Tỉnh uỷ", "Tỉnh ủy"),
    ("Oà", "Òa"),
    ("tuỳ", "tùy"),
    # not after q, whose u is no vowel; not a closed syllable, marked on its second vowel in both styles
    ("quý, quỹ, Quý", "quý, quỹ, Quý"),
    ("hoàng, toán, thuyết, ngoài, khuyến", "hoàng, toán, thuyết, ngoài, khuyến"),
    # the newer style and other text are left as they are
    ("Ủy ban, hòa bình", "Ủy ban, hòa bình"),
    ("", ""),
])
def test_modern_tones_moves_the_mark_to_the_first_vowel(written, read):
    assert modern_tones(written) == read
    assert len(modern_tones(written)) == len(written)      # each letter keeps its place


_FIRST = {"ò": "oà", "ó": "oá", "ỏ": "oả", "õ": "oã", "ọ": "oạ", "ù": "uỳ", "ú": "uý", "ủ": "uỷ", "ũ": "uỹ", "ụ": "uỵ"}
_NEWER = re.compile(r"(?<![qQ])([òóỏõọ]a|[òóỏõọ]e|[ùúủũụ]y)(?![^\W\d_])", re.IGNORECASE)


def _older(text: str) -> str:
    """The text in the older style: the mark of an open "oa", "oe", "uy" on its second vowel."""
    def move(m: re.Match[str]) -> str:
        first, second = m.group()
        base, marked = _FIRST[first.lower()][0], _FIRST[first.lower()][1]
        tone = {"a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ"}[second.lower()]
        mark = "àáảãạ".index(marked) if marked in "àáảãạ" else "ỳýỷỹỵ".index(marked)
        out_first = base.upper() if first.isupper() else base
        out_second = tone[mark].upper() if second.isupper() else tone[mark]
        return out_first + out_second
    return _NEWER.sub(move, text)


def _rows_in_the_newer_style() -> list:
    rows = [(name, row) for name in ("sentences_meetings.jsonl", "passages_meetings.jsonl",
                                     "passages_participants.jsonl", "officials_countries.jsonl",
                                     "passages_places.jsonl")
            for row in data_rows(name)]
    return [pytest.param(row, id=f"{name.split('.')[0]}-{i}") for i, (name, row) in enumerate(rows)
            if _older(_text(row)) != _text(row)]


def _text(row: dict) -> str:
    return row.get("text") or row.get("passage") or row.get("sentence") or ""


def _article(text: str, row: dict) -> Article:
    return Article("t", "t.txt", None, row.get("title"), None, published_on(row.get("article_date")), None,
                   text, "", None, "ok", None)


def test_the_older_style_is_written_for_the_rows():
    assert _older("Ủy ban hòa bình Thụy Sĩ khỏe") == "Uỷ ban hoà bình Thuỵ Sĩ khoẻ"
    assert len(_rows_in_the_newer_style()) >= 20


@pytest.mark.parametrize("row", _rows_in_the_newer_style())
def test_a_row_in_the_older_style_gives_the_same_meetings_and_people(row, gaz):
    newer, older = _text(row), _older(_text(row))
    ev_new, people_new = extract(_article(newer, row), gaz)
    ev_old, people_old = extract(_article(older, row), gaz)
    assert [(e.forum, e.level, e.meeting, e.ordinal, e.start, e.end, e.status) for e in ev_old] == \
           [(e.forum, e.level, e.meeting, e.ordinal, e.start, e.end, e.status) for e in ev_new]
    assert [(e.location, e.mode) for e in ev_old] == [(e.location and _older(e.location), e.mode) for e in ev_new]
    assert [(p.event_key, p.name, p.role, p.country) for p in people_old] == \
           [(p.event_key, _older(p.name), _older(p.role), p.country) for p in people_new]
    # what the rows quote is the text as written
    for e in ev_old:
        assert all(sentence in older for sentence in e.evidence)
    for p in people_old:
        assert p.evidence in older and p.name in older
