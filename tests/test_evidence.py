"""An article's text with its evidence sentences marked: pieces that join back into the text."""
from __future__ import annotations

import pytest

from dashboard.evidence import segments


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
