"""Sentences of a clean article text, with the meetings each one names."""
from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from .literals import Need, automaton, needs
from .lookahead import ahead
from .records import Mention
from .vi import MEETING_NOUNS, alt

# A full stop that ends no sentence: an initial ("Tổng thống B.J. Ha-bi-bi", "George W. Bush")
# and the abbreviations of titles, places and names ("TP. Hồ Chí Minh", "GS. Nguyễn …", "Dr. Mahathir",
# "Ma. Theresa Lazaro").
_NOT_AN_END = (r"(?<![\s.(][A-ZĐ]\.)(?<!\bTP\.)(?<!\bTp\.)(?<!\bGS\.)(?<!\bTS\.)(?<!\bPGS\.)(?<!\bThS\.)"
               r"(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)(?<!\bSt\.)(?<!\bMa\.)")
_SENTENCE = re.compile(rf"(?<=[.!?…]){_NOT_AN_END}\s+(?=[\"“(«]?[A-ZĐÀ-Ỹ0-9])|(?<=[a-zà-ỹ0-9][.!?])(?=[A-ZĐÀ-Ỹ][a-zà-ỹ])")
# The nouns that head a meeting's name or speak of one (for patterns in several stages).
MEETING_NOUN = alt(MEETING_NOUNS)
# An item of a list, at a sentence's (or a line's) start: "* Brunei: Quốc vương Hassanal Bolkiah", "- Thủ
# tướng Hun Sen", "2. Tổng thống …", "- 10-12/11: Hội nghị Cấp cao ASEAN lần thứ 49", "— …".
LIST_ITEM = re.compile(r"^\s*(?:[*•▪◦+–—-]|\d{1,2}[.)])\s+")
# Words that speak of a meeting without naming it: "Hội nghị", "cuộc họp", "đoàn" (the delegation).
MEETING_WORDS = re.compile(rf"(?i)(?<!\w)(?:{MEETING_NOUN}|tuần\s+lễ|đoàn|thượng\s+đỉnh|đại\s+hội\s+đồng)(?!\w)")
MEETING_WORDS = ahead(MEETING_WORDS)      # the same matches, sooner: etl/lookahead.py
# Longer than this, a "sentence" is text without sentence punctuation (the longest in the dev
# set and the seeds is about 1,100 characters). The stages look at a sentence once per meeting,
# date or name in it, so their time grows with the square of its length or worse: such a run
# is cut into pieces of at most this length, which keeps every stage linear in the text's.
MAX_SENTENCE = 2000
_BREAK = re.compile(r"[,;:]\s|\s")


@dataclass(slots=True)
class Sentence:
    text: str
    index: int
    mentions: list[Mention]
    para: int = 0               # the paragraph it stands in (a passage for the year of a date)


def split_sentences(text: str) -> list[str]:
    return [s for _, s in split_paragraph_sentences(text)]


def split_paragraph_sentences(text: str) -> list[tuple[int, str]]:
    """(paragraph number, sentence) for each sentence of a text, in order."""
    out = []
    for n, para in enumerate(text.split("\n")):
        out.extend((n, piece) for s in _items_joined(_split_at_stops(para)) for piece in cut_long(s.strip()) if piece)
    return out


_STOP_MARK = re.compile(r"[.!?…]")
# The number or letter of a list's item, whose full stop ends no sentence: "1. Phó Thủ tướng …",
# "II. Thành phần", "b. Thứ trưởng …".
_ENUMERATOR = re.compile(r"\s*(?:\d{1,2}|[IVX]{1,4}|[a-zđ])\.\s*")


def _items_joined(pieces: list[str]) -> list[str]:
    """The pieces with a list item's number joined to the text it numbers."""
    out: list[str] = []
    for piece in pieces:
        if out and _ENUMERATOR.fullmatch(out[-1]):
            out[-1] = f"{out[-1].strip()} {piece}"
        else:
            out.append(piece)
    return out


def _split_at_stops(para: str) -> list[str]:
    """_SENTENCE.split(para), tried only just after each stop mark (where both of its
    alternatives must start): a quick scan for the marks instead of the pattern's own at every
    position, which starts with a look-behind and so cannot skip ahead."""
    pieces, last = [], 0
    for mark in _STOP_MARK.finditer(para):
        cut = _SENTENCE.match(para, mark.end())
        if cut:
            pieces.append(para[last:cut.start()])
            last = cut.end()
    pieces.append(para[last:])
    return pieces


def cut_long(sentence: str, limit: int = MAX_SENTENCE) -> list[str]:
    """A sentence as is, or, past `limit` characters, cut into pieces of at most `limit`: after
    the last comma, semicolon or colon in the second half of each window, else at its last
    space, else (no space at all) at the limit."""
    if len(sentence) <= limit:
        return [sentence]
    pieces, start = [], 0
    while len(sentence) - start > limit:
        marks = [m.end() for m in _BREAK.finditer(sentence, start + limit // 2, start + limit + 1)]
        clause = [e for e in marks if sentence[e - 2] in ",;:"]
        at = (clause or marks or [start + limit])[-1]
        pieces.append(sentence[start:at].strip())
        start = at
    pieces.append(sentence[start:].strip())
    return [p for p in pieces if p]


# Per-article caches: what the stages work out once per sentence (its lower-cased text, its date
# shapes, …) and ask again from several places. Cleared at each article's start (forget_article),
# so that memory stays bounded and an article costs the same whatever articles came before it.
_PER_ARTICLE: list = []
_F = TypeVar("_F", bound=Callable)


def per_article(fn: _F) -> _F:
    """`fn` (pure, on a sentence) remembered until the next article (see _PER_ARTICLE)."""
    cached = lru_cache(maxsize=1024)(fn)
    _PER_ARTICLE.append(cached)
    return cached       # type: ignore[return-value]


def forget_article() -> None:
    for cached in _PER_ARTICLE:
        cached.cache_clear()


@per_article
def lowered(text: str) -> str:
    return text.lower()


GATED: list[Gated] = []      # every pattern gated so (tests/test_prefilters.py)
_MANY = 8       # from this many words on, one automaton pass is quicker than an `in` test for each


class Gated:
    """A pattern searched only in a text that holds one of the words its every match holds
    (etl/literals.py: worked out from the pattern, so it follows a rule's change): most
    sentences hold none of a cue's words, and an `in` test on the sentence's lower-cased text
    (computed once per sentence) is quicker than the search. The same answers as the pattern:
    tests/test_prefilters.py compares them. Meant for whole sentences (with pos and endpos as
    needed), not for pieces cut out of them, each of which would be lower-cased anew."""

    __slots__ = ("pattern", "need", "_words", "opened", "_many")

    def __init__(self, pattern: re.Pattern[str]):
        from .openings import Openings  # (it reads this module's `lowered`: imported once both are loaded)
        self.pattern = pattern
        self.need: Need | None = needs(pattern)
        self._words = tuple(self.need or ())
        # many words are looked for in one pass of an automaton, not one `in` test each
        self._many = automaton({w: w for w in self._words}) if len(self._words) >= _MANY else None
        # where it passes the gate, a pattern that opens with look-behinds or with words read in any
        # case is tried by sre at every position: it is tried only where its opening words stand
        opened = Openings(pattern)
        self.opened: Openings | None = opened if opened.automaton is not None else None
        GATED.append(self)

    def may_match(self, text: str) -> bool:
        """literals.may_match, written out: it is asked tens of thousands of times per corpus."""
        if self.need is None:
            return True
        low = lowered(text)
        if self._many is not None:
            return next(self._many.iter(low), None) is not None
        for word in self._words:
            if word in low:
                return True
        return False

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self.need is not None:       # may_match, written out: the commonest call of the extraction
            if self._many is not None:
                if next(self._many.iter(lowered(text)), None) is None:
                    return None
            else:
                low = lowered(text)
                for word in self._words:
                    if word in low:
                        break
                else:
                    return None
        return self.pattern.search(text, pos, endpos) if self.opened is None else self.opened.search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if not self.may_match(text):
            return iter(())
        return self.pattern.finditer(text, pos, endpos) if self.opened is None else iter(
            self.opened.finditer(text, pos, endpos))
