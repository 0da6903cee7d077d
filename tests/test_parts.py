"""Where tables are cut into parts, and which parts a change reaches (etl/parts.py)."""
from __future__ import annotations

import pytest

from etl.parts import LAST, Part, reached, span, starts_part

PARTS = [Part(("b",), 3), Part(("d",), 3), Part(("f",), 3)]     # rows b.. | d.. | f..


@pytest.mark.parametrize(("spans", "expected"), [
    ([span("c")], {0}),                      # inside the first part
    ([span("a")], {0}),                      # before every part: the first takes it
    ([span("e"), span("g")], {1, 2}),
    ([span("d")], {0, 1}),                   # a part's first row may go: the part before joins it
    ([(("c",), ("e",))], {0, 1}),            # a span across a cut
    ([(("z",), ("z",))], {2}),               # after every part: the last takes it
    ([], set()),
])
def test_a_change_reaches_the_parts_that_may_hold_its_rows(spans, expected):
    assert reached(PARTS, spans) == expected


def test_a_span_holds_every_key_with_its_prefix():
    lo, hi = span("a/b.txt")
    assert lo <= ("a/b.txt", 0) <= hi and lo <= ("a/b.txt", 10**9) <= hi
    assert not ("a/b.txt0",) <= hi and ("a/b.txt", LAST) <= hi


def test_a_cut_depends_on_its_row_alone():
    """Removing files moves no other cut: a re-run and a full run cut alike."""
    names = [f"batch{i // 200:03d}/article{i:06d}.txt" for i in range(2000)]
    cuts = [n for n in names if starts_part("articles", n)]
    fewer = names[::3]
    assert [n for n in fewer if starts_part("articles", n)] == [n for n in cuts if n in set(fewer)]
    assert 2000 / 32 / 2 < len(cuts) < 2000 / 32 * 2            # about one file in 32 begins a part
