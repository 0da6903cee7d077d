"""etl/cores.py: a pattern searched through its core finds what the pattern finds.

Compared on the sentences of the seeds, of the written articles and of the dev articles (when
../shared is beside the checkout), and on generated text built from the pieces of the patterns.
"""
from __future__ import annotations

import importlib
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl import cores, dates, literals
from etl.sentences import forget_article, split_sentences

from .conftest import SHARED_DEV, article_texts

SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])




SENTENCES = [s for t in article_texts() for s in split_sentences(t)]


def _made() -> list[cores.Cored]:
    """Every pattern searched through its core, once the modules that make them are imported."""
    for module in ("assemble", "dates", "participants"):
        importlib.import_module(f"etl.{module}")
    return list(cores.MADE)


def _found(pattern, text: str, pos: int = 0) -> list:
    return [(m.span(), m.groupdict() or m.groups()) for m in pattern.finditer(text, pos)]


def test_sentences_are_there():
    assert len(SENTENCES) > 300


def test_on_articles():
    for cored in _made():
        for s in SENTENCES:
            for pos in (0, len(s) // 2):
                assert _found(cored, s, pos) == _found(cored.pattern, s, pos), (cored.pattern.pattern, s)


def test_on_the_dev_articles():
    if not SHARED_DEV.is_dir():
        pytest.skip("../shared/eval/dev is not beside the checkout")
    assert len(SENTENCES) > 2000         # the dev articles are among the sentences compared above


# Pieces of the date shapes: digits and marks, the words around them, months by name.
DATE_TEXT = st.lists(st.sampled_from(list("0123456789/.-–— ,()") + [
    "ngày ", "Ngày ", "NGÀY ", "từ ", "hôm ", "vào ", "tháng ", "THÁNG ", "Tháng ", "năm ", "đến ", "tới ", "và ",
    "sáng ", "Chiều ", "nay ", "qua ", "2021", "1998", "12", "31", "8-9/11", "mồng ", "Tư", "Mười một", "Giêng",
    "thứ Năm ", "Chủ nhật ", "hết ", ", ", "\u2003", "a", "Đ"]), max_size=30).map("".join)


@SETTINGS
@given(text=DATE_TEXT)
def test_on_generated_text(text):
    for cored in _made():
        for pos in (0, len(text) // 3):
            assert _found(cored, text, pos) == _found(cored.pattern, text, pos), cored.pattern.pattern


def test_every_date_shape_has_a_core():
    # if a rule's change leaves it none, the shapes are still right, only slower again
    assert all(dates._CORED[name].core is not None for name, _, _ in dates._RULES)
    anchored = {name for name, _, _ in dates._RULES if dates._CORED[name].anchored}
    assert {"range_dm_to_dm", "range_days", "full", "day_slash", "day_dash"} <= anchored


@pytest.mark.parametrize(("pattern", "anchored"), [
    (r"(?<!\d)(?P<d>\d{1,2})/(?P<m>\d{1,2})", True),     # the day's digits, after a look-behind
    (r"(?=\d)(?:(?<=a\s)|(?<=\())\d+x", True),            # a choice of look-behinds takes no character
    (r"(?i)ngày\s+(\d{1,2})", False),                     # a word in any case, then the day
    (r"(?i)(?:từ|đến)\s+\d", False),
    (r"tháng\s+\d", True),                                # a literal opens it: sre skips to it
])
def test_the_core_found(pattern, anchored):
    cored = cores.Cored(re.compile(pattern))
    assert cored.core is not None and cored.anchored is anchored
    cores.MADE.remove(cored)


@pytest.mark.parametrize("pattern", [
    r"(?i)ngày|từ",                  # words in any case only
    r"(?i)(?<!\w)(?:sẽ|đã)(?!\w)",
    r"\s+(?i:x)",                    # a set that holds the space would start at every word
])
def test_no_core(pattern):
    cored = cores.Cored(re.compile(pattern))
    assert cored.core is None
    cores.MADE.remove(cored)


def test_a_core_never_refers_back_to_a_group_before_it():
    # "(?P<x>…)" opens before the digit: a core from "\d" on would refer to a group it has not
    cored = cores.Cored(re.compile(r"(?i)(?P<x>a|b)\d(?P=x)"))
    text = "a1a b2a B2b"
    assert cored.core is None
    assert _found(cored, text) == _found(cored.pattern, text) == [((0, 3), {"x": "a"}), ((8, 11), {"x": "B"})]
    cores.MADE.remove(cored)


def test_a_match_that_failed_where_a_core_starts_is_tried_again_after_it():
    cored = cores.Cored(re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}"))
    text = "1/2/3 12/5, 7/8"
    assert cored.anchored
    assert _found(cored, text) == _found(cored.pattern, text) == [((0, 3), ()), ((6, 10), ()), ((12, 15), ())]
    cores.MADE.remove(cored)


def _shapes_slowly(sentence: str) -> list:
    """dates._shapes as it was before its shortcuts: every shape's pattern searched through the
    whole sentence where the sentence holds one of its words (a shape that matches only where its
    reading makes sense, dates._ONLY_WHERE, claims nothing elsewhere)."""
    taken: list[tuple[int, int]] = []
    out = []
    scanned = dates._DAYS_IN_WORDS.sub(dates._as_digits, dates._MONG.sub(dates._as_day_word, sentence))
    for name, pattern, _ in dates._RULES:
        if not literals.may_match(dates._NEEDS[name], scanned.lower()):
            continue
        for m in pattern.finditer(scanned):
            if name in dates._ONLY_WHERE and not dates._ONLY_WHERE[name](m):
                continue
            if not any(m.start() < b and a < m.end() for a, b in taken):
                taken.append(m.span())
                out.append((name, m.span(), m.groupdict()))
    return out


def test_the_date_shapes_as_found_slowly():
    for s in SENTENCES + ["Ngày mồng 5 tháng Tư và ngày 6-7/5/2021", "từ 26 đến 27-5, hôm 10 và 11/11"]:
        forget_article()
        assert [(name, m.span(), m.groupdict()) for name, m, *_ in dates._shapes(s)[0]] == _shapes_slowly(s), s
