"""Faults and hostile input, continued (issue 12): time near-linear in a text's length, a time
budget per file, a read-only or full output folder, runs with nothing changed, --out inside
the input folder. Maintainer notes: docs/reliability.md."""
from __future__ import annotations

import os
import re
import signal

import pandas as pd
import pytest

from etl import assemble, cli, participants, pipeline
from etl.gazetteer import default_gazetteer
from etl.records import Article, Official
from etl.sentences import MAX_SENTENCE, split_paragraph_sentences

WORDS = "Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao ASEAN lần thứ 38 ngày 26/10/2021 tại Hà Nội và "


def unpunctuated(n_chars: int) -> str:
    return (WORDS * (n_chars // len(WORDS) + 1))[:n_chars]


# time near-linear in the text's length -----------------------------------------------------

def test_text_without_sentence_punctuation_is_cut_into_bounded_pieces():
    text = unpunctuated(50_000)
    pieces = [s for _, s in split_paragraph_sentences(text)]
    assert max(map(len, pieces)) <= MAX_SENTENCE
    assert " ".join(pieces).split() == text.split()          # nothing lost, nothing added


def test_no_stage_sees_a_sentence_longer_than_the_cap(monkeypatch):
    """Each stage looks at a sentence once per thing in it: a sentence of the whole text made
    their time grow with the square of its length (or worse). Counts what they are given."""
    seen: list[int] = []
    find = assemble.find_meetings

    def counting(text, *args, **kwargs):
        seen.append(len(text))
        return find(text, *args, **kwargs)
    monkeypatch.setattr(assemble, "find_meetings", counting)
    text = unpunctuated(30_000)
    art = Article(article_id="x", source_path="x.txt", record=None, title="T", url=None, published="2021-10-26",
                  published_precision="day", outlet=None, text=text, boilerplate="", encoding="utf-8",
                  status="ok", problem=None, content_hash="")
    events, _ = assemble.extract(art, default_gazetteer())
    assert seen and max(seen) <= MAX_SENTENCE and sum(seen) <= len(text)
    assert events


def test_names_are_resolved_against_their_few_candidates_not_every_name(monkeypatch):
    """An article naming n people compared each name with every other (n²)."""
    calls = []
    variant = participants._ascii_variant
    monkeypatch.setattr(participants, "_ascii_variant", lambda a, b: calls.append(1) or variant(a, b))
    names = [f"Nguyễn Văn {chr(0x41 + i % 26)}{chr(0x61 + i // 26 % 26)}{i}" for i in range(2000)]
    found = [(i, Official(name=n, role="Bộ trưởng", country=None, pos=0, rule="title"))
             for i, n in enumerate(names + ["Nguyen Van Aa0"])]
    out = participants._resolve_names(found)
    assert len(calls) <= 2 * len(found)
    assert out[-1][1].name == "Nguyễn Văn Aa0"             # the written-out form still wins


# a time budget per file ----------------------------------------------------------------------

GOOD = "Tiêu đề về ASEAN\n\nHội nghị Cấp cao ASEAN lần thứ {n} đã diễn ra ngày 26/10/2021 với sự tham dự của " \
       "Thủ tướng Phạm Minh Chính.\n"
STUCK = "Tiêu đề\n\nCHẬM: Hội nghị Cấp cao ASEAN lần thứ 40 đã diễn ra ngày 26/10/2021.\n"


def stuck_stage(monkeypatch):
    """An extraction that never ends on one file: a regular expression that backtracks for ever
    (the kind of spot the budget is for), then a pure-Python loop."""
    extract = pipeline.extract

    def slow(article, gaz):
        if "CHẬM" in article.text:
            re.match(r"(a+)+$", "a" * 64 + "b")
            while True:
                pass
        return extract(article, gaz)
    monkeypatch.setattr(pipeline, "extract", slow)


@pytest.mark.parametrize("workers", [False, True], ids=["one-process", "workers"])
def test_a_file_over_its_time_budget_is_a_problem_and_the_run_goes_on(write, tmp_path, monkeypatch, workers):
    stuck_stage(monkeypatch)
    if workers:                                     # the workers are forked: they run the patched stage
        monkeypatch.setattr(pipeline, "PARALLEL_FROM", 1)
        monkeypatch.setattr(os, "cpu_count", lambda: 2)
    for n in range(3):
        write(f"a{n}.txt", GOOD.format(n=30 + n))
    write("b.txt", STUCK)
    out = tmp_path / "out"
    report = pipeline.run(write.root, out, budget=0.3)
    assert report.ok == 3 and [(p, s) for p, s, _ in report.problems] == [("b.txt", "too_slow")]
    arts = pd.read_parquet(out / "articles.parquet").set_index("source_path")
    assert arts.loc["b.txt", "status"] == "too_slow" and "time budget" in arts.loc["b.txt", "problem"]
    assert report.events == 3
    # the slow file is remembered like any problem: an unchanged re-run does not read it again
    again = pipeline.run(write.root, out, budget=0.3)
    assert again.reused == 4 and len(again.problems) == 1


def test_the_budget_is_an_option_and_a_slow_file_means_exit_1(write, tmp_path, monkeypatch, capsys):
    stuck_stage(monkeypatch)
    write("a.txt", GOOD.format(n=30))
    write("b.txt", STUCK)
    code = cli.main([str(write.root), "--out", str(tmp_path / "out"), "--file-budget", "0.2"])
    assert code == cli.EXIT_PROBLEMS
    assert "too_slow: b.txt: reading and extracting it took more than 0.2 s" in capsys.readouterr().err


def test_the_budget_s_timer_is_gone_after_each_file(write, tmp_path):
    before = signal.getsignal(signal.SIGALRM)
    write("a.txt", GOOD.format(n=30))
    pipeline.run(write.root, tmp_path / "out", budget=5)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0) and signal.getsignal(signal.SIGALRM) == before
