"""The shortcuts of etl/meetings.py give the answers of the patterns they stand in for.

Each is compared with the slow form on the sentences of the seeds, of the written articles and of
the dev articles (when ../shared is there), and on text generated from the words the patterns
look for, cases and the characters that lower-case oddly ("İ", "ı") included.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl import meetings, openings
from etl.sentences import forget_article, split_sentences

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "dev" / "articles"
TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))
         + sorted((ROOT / "tests" / "data" / "written" / "articles").glob("*.txt"))]
SENTENCES = [s for t in TEXTS for s in split_sentences(t)]
PIECES = [" ", ", ", ". ", "x", "Hội nghị ", "HỘI NGHỊ ", "hội nghị", "Cuộc họp ", "cuộc gặp ", "Tuần lễ ", "đối thoại ",
          "Diễn đàn ", "họp thượng đỉnh ", "Thượng đỉnh ", "Cấp cao ", "cấp cao ", "CẤP CAO ", "Đại hội đồng ",
          "đại hội đồng ", "Tham vấn ", "tham vấn ", "kỳ họp thứ hai ", "Kỳ Họp ", "phiên họp ", "Phiên thảo luận ",
          "thứ 6 của ", "mở rộng ", "G7 ", "toàn thể ", "ASEAN ", "hộı nghị ", "HİỘI ", "İ", "ı", "ſ", "Σ", "quan hệ ",
          "đối tác ", "nhóm họp ", "họp báo ", "SOM ", "lần thứ 3 "]
TEXT = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
SETTINGS = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _spans(matches) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in matches]


def _dev_sentences() -> list[str]:
    if not DEV.is_dir():
        pytest.skip("../shared/eval/dev is not beside the checkout")
    return [s for p in sorted(DEV.glob("*.txt")) for s in split_sentences(p.read_text(encoding="utf-8"))]


def test_the_heads_are_found_from_their_opening_words():
    # a head word that opens with no literal would turn the shortcut off without a failure
    assert meetings._HEAD_OPENINGS.automaton is not None
    assert {"hội", "cuộc", "cấp", "phiên"} <= meetings._HEAD_OPENINGS.words


def test_head_words_are_the_patterns_matches_on_articles():
    assert len(SENTENCES) > 500
    for s in SENTENCES:
        forget_article()
        assert _spans(meetings._head_words(s)) == _spans(meetings._HEAD.finditer(s)), s


def test_head_words_are_the_patterns_matches_on_the_dev_articles():
    for s in _dev_sentences():
        forget_article()
        assert _spans(meetings._head_words(s)) == _spans(meetings._HEAD.finditer(s)), s


@SETTINGS
@given(text=TEXT)
def test_head_words_are_the_patterns_matches(text):
    forget_article()
    assert _spans(meetings._HEAD_OPENINGS.finditer(text)) == _spans(meetings._HEAD.finditer(text))


@pytest.mark.parametrize(("pattern", "words"), [
    (r"(?<!\w)(?:hội\s+nghị|cuộc\s+họp)(?!\w)", {"hội", "cuộc"}),
    (r"(?=[ab])(?:ab|(?-i:Ac)d)", {"ab", "ac"}),     # a word ends with the group it opens in
    (r"x(?:yy|zz)w", {"xyy", "xzz"}),
    (r"x(?:y|z)w", {"x"}),              # sre reads (?:y|z) as a set: no literal
    (r"x(?:y|\d)", {"x"}),
    (r"(?:lần\s+)?đầu", None),          # an optional opening: any place may open a match
    (r"\bSOM|AMM", {"som", "amm"}),
    (r"σx|y", None),                    # "Σ" lower-cases by what follows it: no word known
])
def test_openings_are_read_from_the_pattern(pattern, words):
    assert openings.openings(re.compile(pattern, re.IGNORECASE)) == (frozenset(words) if words else None)


@SETTINGS
@given(text=st.text(alphabet="abcdxyzAB İıſ\u0130-", max_size=30))
def test_openings_find_the_patterns_matches(text):
    forget_article()
    for pattern in (r"(?<!\w)(?:ab|c[ıi]d|x\s+y)(?!\w)", r"(?-i:AB)|ii|ss|abab|b"):
        compiled = re.compile(pattern, re.IGNORECASE)
        assert _spans(openings.Openings(compiled).finditer(text)) == _spans(compiled.finditer(text))
