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


def test_a_changed_file_keeps_its_form_and_reads_with_the_new_sentence(tmp_path):
    # a file saved double-encoded, in UTF-16 or with CRLF gets its new sentence in the same form,
    # as the outlet's software saves it again: not a file of two encodings, which ftfy repairs
    # piece by piece, ten times slower than a whole double-encoded file
    from benchmarks.corpus import _is_double_encoded, make_corpus, touch_some
    from etl.read import read_article
    paths = make_corpus(tmp_path, 200, outlet=True)
    raw = {p: p.read_bytes() for p in paths}
    before = {p: read_article(p, tmp_path)[0] for p in paths}
    touch_some(paths, 0.5)
    after = {p: read_article(p, tmp_path)[0] for p in paths}
    changed = [p for p in paths if after[p].content_hash != before[p].content_hash]
    assert len(changed) == 100
    doubled = [p for p in changed if _is_double_encoded(raw[p])]
    crlf = [p for p in changed if b"\r\n" in raw[p] and not raw[p].startswith((b"\xff\xfe", b"\xfe\xff"))]
    assert doubled and crlf
    assert all(_is_double_encoded(p.read_bytes()) for p in doubled)
    assert all(p.read_bytes().count(b"\n") == p.read_bytes().count(b"\r\n") for p in crlf)
    for p in changed:
        # the sentence is read as written (in the text, or in the boilerplate after a closing line)
        assert after[p].encoding == before[p].encoding and after[p].status == "ok"
        assert "Cập nhật." in f"{after[p].text}\n{after[p].boilerplate}".replace(before[p].text, "")


def test_a_folder_of_real_articles_is_copied_as_it_stands(tmp_path):
    """bench_etl --corpus: the first n files of a folder (in path order), where they stood."""
    from benchmarks.bench_etl import copy_corpus
    source = tmp_path / "real"
    for rel in ("b/2.txt", "a/1.txt", "a/3.html", "c/4.txt"):
        (source / rel).parent.mkdir(parents=True, exist_ok=True)
        (source / rel).write_text(rel, encoding="utf-8")
    copied = copy_corpus(source, tmp_path / "large", 3)
    assert [p.relative_to(tmp_path / "large").as_posix() for p in copied] == ["a/1.txt", "a/3.html", "b/2.txt"]
    assert [p.read_text(encoding="utf-8") for p in copied] == ["a/1.txt", "a/3.html", "b/2.txt"]
