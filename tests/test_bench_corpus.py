"""The benchmark's generated corpus (benchmarks/corpus.py) looks like an outlet's output: its
meetings differ from one article to the next as an outlet's do, so no meeting gathers a share
of the corpus that grows with it (which would measure one meeting's size, not the corpus's)."""
from __future__ import annotations

import random
import re
from collections import Counter

from benchmarks.corpus import ROOT, _vary, as_web_page


def _seed(name: str) -> str:
    [path] = (ROOT / "seeds").glob(f"{name}_*.txt")
    return path.read_text(encoding="utf-8")


def test_a_meetings_numbers_move_together_and_differ_between_articles():
    amm = [(m[1], m[2]) for i in range(200)
           for m in [re.search(r"lần thứ (\d+) \(AMM (\d+)\)", _vary(_seed("001"), random.Random(i), i))]]
    assert all(a == b for a, b in amm)                   # "lần thứ 32 (AMM 32)" stays one meeting
    assert len({a for a, _ in amm}) > 20


def test_numbers_in_words_and_in_lists_move_too():
    text = "Hội nghị lần thứ ba các quan chức; Hội nghị cấp cao ASEAN lần thứ 38, 39 và ASEAN 38 và 39; năm 2021."
    varied = _vary(text, random.Random(1), 0)
    [(third, first, second, again, again2)] = re.findall(
        r"lần thứ (\d+) các.*lần thứ (\d+), (\d+) và ASEAN (\d+) và (\d+)", varied)
    step = int(third) - 3
    assert (int(first), int(second), int(again), int(again2)) == (38 + step, 39 + step, 38 + step, 39 + step)


def test_saved_pages_are_dated_in_many_years():
    years = Counter(re.search(r"/(\d{4}) 08:30", as_web_page("Tiêu đề\nĐoạn văn.", i))[1] for i in range(100))
    assert len(years) > 20 and max(years.values()) < 10
