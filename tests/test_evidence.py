"""An article's text with its evidence sentences marked: pieces that join back into the text."""
from __future__ import annotations

import pytest

from dashboard.evidence import evidence_of, segments


@pytest.mark.parametrize(("text", "sentences", "expected"), [
    ("A. B. C.", ["B."], [("A. ", False), ("B.", True), (" C.", False)]),
    ("A. B.", ["A.", "B."], [("A.", True), (" ", False), ("B.", True)]),
    ("A B C", ["A B", "B C"], [("A B C", True)]),                 # overlapping sentences: one piece
    ("X. X.", ["X."], [("X.", True), (" ", False), ("X.", True)]),  # every occurrence
    ("A.", ["Not here."], [("A.", False)]),
    ("", ["A."], []),
    ("<b>x</b> y", ["<b>x</b>"], [("<b>x</b>", True), (" y", False)]),   # text stays text
])
def test_evidence_segments_join_back_into_the_text(text, sentences, expected):
    got = segments(text, sentences)
    assert got == expected and "".join(p for p, _ in got) == text


MEETING = ["Hội nghị AMM 32 diễn ra ngày 8/11.", "Theo tin, Hội nghị AMM 32 diễn ra ngày 8/11."]
BODY_B = "Tiêu đề. Theo tin, Hội nghị AMM 32 diễn ra ngày 8/11."     # holds a's sentence inside its own


@pytest.mark.parametrize(("article", "sources", "expected"), [
    ("b", [["a"], ["b"]], [MEETING[1]]),            # the events table says who gave what
    ("a", [["a"], ["b"]], [MEETING[0]]),
    ("b", [["a", "b"], ["b"]], MEETING),            # a sentence two outlets printed
    ("c", [["a"], ["b"]], []),
    ("b", None, MEETING),                           # tables made before evidence_article_ids: found in the text
    ("b", float("nan"), MEETING),                   # a null where the column exists
])
def test_an_articles_evidence_is_the_sentences_it_gave(article, sources, expected):
    assert evidence_of(article, MEETING, sources, BODY_B) == expected
