"""A pattern's matches, tried only where one of the words they open with stands: the same matches, sooner.

meetings._HEAD opens every match with one of a dozen words ("hội nghị", "cuộc họp", "Cấp cao",
…) but starts with a look-behind, so sre tries it at every position of every sentence of a
forum's article, and the word letters it opens with (h, c, t, đ, …) are among the commonest.
`Openings(pattern)` works out from the parsed pattern the literal words every match opens with
("hội", "cuộc", "cấp", …, lower-cased), finds where they stand in the sentence's lower-cased
text in one Aho-Corasick pass (pyahocorasick), and tries the pattern only there, left to right
as finditer does: about three places in a sentence instead of its 265 or so. Like
lookahead.ahead it reads the pattern itself, so that it follows a rule's change; where it cannot
(an alternative that opens with no literal), every text is scanned by the pattern as before.

Lower-casing finds every place sre's IGNORECASE matches the words at, but for a text that is
longer once lower-cased ("İ") or holds a character sre matches to a word's letter besides its
own cases ("ı" for "i": re._casefix): such a text is scanned by the pattern. A case-sensitive
part ("(?-i:Cấp cao)") is looked for in any case, which finds more places, not fewer.
tests/test_meeting_shortcuts.py compares it with the pattern on articles and on generated text.
"""
from __future__ import annotations

import re
import string
import sys
from collections.abc import Iterable
from re import _constants as sre
from re import _parser
from re._casefix import _EXTRA_CASES

from .literals import REPEATS, ZERO_WIDTH, automaton
from .sentences import lowered, per_article

_CONTEXTUAL = frozenset("σς")       # str.lower() writes "Σ" as either, by what follows it


class Openings:
    """`pattern`'s finditer, tried only where one of its opening words (`words`) stands."""

    def __init__(self, pattern: re.Pattern[str]):
        self.pattern = pattern
        self.words = openings(pattern)
        self.automaton = _Places.of(self.words)
        # the characters sre matches to a word's letter that lower-casing does not make that letter
        self.strays = frozenset(chr(x) for w in self.words or () for c in w for x in _EXTRA_CASES.get(ord(c), ()))
        self._stray = re.compile(f"[{re.escape(''.join(sorted(self.strays)))}]") if self.strays else None
        self.latin = self.strays <= _LATIN_STRAYS

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[re.Match[str]]:
        """list(pattern.finditer(text, pos, endpos)) (a whole sentence: its lower-cased text is kept
        per article)."""
        low = lowered(text)
        places = self._places(text, low)
        if places is None:
            return list(self.pattern.finditer(text, pos, endpos))
        return matched_at(self.pattern, text, places.starts(low, pos, endpos), endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """pattern.search(text, pos, endpos): the leftmost match is the first one that a place
        where an opening word stands opens, the places tried left to right (as finditer's)."""
        low = lowered(text)
        places = self._places(text, low)
        if places is None:
            return self.pattern.search(text, pos, endpos)
        match = self.pattern.match
        for start in places.starts(low, pos, endpos):
            if m := match(text, start, endpos):
                return m
        return None

    def _places(self, text: str, low: str) -> _Places | None:
        """The words, when their places in `low` are every place a match may start in `text`."""
        if self.automaton is None:
            return None
        if self.latin:
            return self.automaton if _plain(text) else None      # (once per sentence for all such patterns)
        return self.automaton if len(low) == len(text) and not (self._stray and self._stray.search(text)) else None


class _Places:
    """An automaton of words, and whether it gives their places in order."""

    __slots__ = ("automaton", "in_order")

    @staticmethod
    def of(words: frozenset[str] | None) -> _Places | None:
        return None if not words else _Places(words)

    def __init__(self, words: frozenset[str]):
        self.automaton = automaton({word: len(word) for word in words})
        # where no word holds another, the automaton gives their places in the order of their starts,
        # each once (it gives them by their ends: of two places, the one that starts later and ends
        # sooner lies inside the other); else they are sorted
        self.in_order = not any(a != b and a in b for a in words for b in words)

    def starts(self, low: str, pos: int, endpos: int) -> Iterable[int]:
        """The places in low[pos:endpos] where a word stands whole (a match inside the range holds
        its opening word there), in order."""
        starts = (end - n + 1 for end, n in self.automaton.iter(low, pos, min(endpos, len(low))))
        return starts if self.in_order else sorted(set(starts))


# The characters sre matches to an ASCII letter besides its own cases: "ı" to "i", "ſ" to "s".
_LATIN_STRAYS = frozenset(chr(x) for c in string.ascii_lowercase for x in _EXTRA_CASES.get(ord(c), ()))
_LATIN_STRAY = re.compile(f"[{''.join(sorted(_LATIN_STRAYS))}]")


@per_article        # asked by each pattern searched so in the sentence
def _plain(text: str) -> bool:
    """Does lower-casing keep the text's length, and does it hold no stray of a Latin letter?
    Then for words whose letters have no other strays (Vietnamese words: their letters beyond
    ASCII have none) the places of the words in the lower-cased text are every place a match may
    start."""
    return len(lowered(text)) == len(text) and not _LATIN_STRAY.search(text)


def matched_at(pattern: re.Pattern[str], text: str, starts: Iterable[int], endpos: int = sys.maxsize
               ) -> list[re.Match[str]]:
    """The pattern's matches that start at these places (in order), as finditer finds them: each
    match goes on to its end before the next place is tried. finditer's matches when every one of
    them starts at one of the places (Openings; titlescan.titles_in)."""
    out: list[re.Match[str]] = []
    last = 0
    for start in starts:
        if start >= last and (m := pattern.match(text, start, endpos)):
            out.append(m)
            last = m.end()
    return out


def openings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-cased words one of which every match of the pattern opens with; None if unknown."""
    found = _sequence(_parser.parse(pattern.pattern, pattern.flags).data)
    return frozenset(found) if found else None


def _sequence(items: list) -> set[str] | None:
    """The words that open every match of a sequence of the parsed pattern (None: unknown)."""
    run = ""                        # the literal characters that open it so far
    for k, (op, av) in enumerate(items):
        if op in ZERO_WIDTH:
            continue
        if op is sre.LITERAL and (low := _lower(chr(av))) is not None:
            run += low
            continue
        then = None
        if op is sre.SUBPATTERN:
            then = _sequence(av[3].data)
        elif op is sre.BRANCH:
            each = [_sequence(alt.data) for alt in av[1]]
            then = set().union(*each) if all(each) else None
        elif op in REPEATS:
            # a repeat opens with its body's words, or, when it may be skipped ("(?:đã\s+)?họp"), the
            # match opens with the words of what follows it instead
            each = [_sequence(av[2].data)] + ([_sequence(items[k + 1:])] if av[0] == 0 else [])
            then = set().union(*each) if all(each) else None
        if then is None:
            return {run} if run else None
        return {run + word for word in then}
    return {run} if run else None


def _lower(c: str) -> str | None:
    low = c.lower()
    return low if len(low) == 1 and low not in _CONTEXTUAL else None
