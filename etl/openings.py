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
from collections.abc import Iterable
from re import _constants as sre
from re import _parser
from re._casefix import _EXTRA_CASES

import ahocorasick

from .sentences import lowered

_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)      # take no character: the next item opens the match
_CONTEXTUAL = frozenset("σς")       # str.lower() writes "Σ" as either, by what follows it


class Openings:
    """`pattern`'s finditer, tried only where one of its opening words (`words`) stands."""

    def __init__(self, pattern: re.Pattern[str]):
        self.pattern = pattern
        self.words = openings(pattern)
        self.automaton: ahocorasick.Automaton | None = None
        # the characters sre matches to a word's letter that lower-casing does not make that letter
        self.strays = frozenset(chr(x) for w in self.words or () for c in w for x in _EXTRA_CASES.get(ord(c), ()))
        self._stray = re.compile(f"[{re.escape(''.join(sorted(self.strays)))}]") if self.strays else None
        # where no word holds another, the automaton gives their places in the order of their starts,
        # each once (it gives them by their ends: of two places, the one that starts later and ends
        # sooner lies inside the other); else they are sorted
        self.in_order = not any(a != b and a in b for a in self.words or () for b in self.words or ())
        if self.words:
            self.automaton = ahocorasick.Automaton()
            for word in self.words:
                self.automaton.add_word(word, len(word))
            self.automaton.make_automaton()

    def finditer(self, text: str) -> list[re.Match[str]]:
        """list(pattern.finditer(text)) (a whole sentence: its lower-cased text is kept per article)."""
        low = lowered(text)
        if self.automaton is None or len(low) != len(text) or (self._stray and self._stray.search(text)):
            return list(self.pattern.finditer(text))
        starts = (end - n + 1 for end, n in self.automaton.iter(low))
        return matched_at(self.pattern, text, starts if self.in_order else sorted(set(starts)))


def matched_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> list[re.Match[str]]:
    """The pattern's matches that start at these places (in order), as finditer finds them: each
    match goes on to its end before the next place is tried. finditer's matches when every one of
    them starts at one of the places (Openings; titlescan.titles_in)."""
    out: list[re.Match[str]] = []
    last = 0
    for start in starts:
        if start >= last and (m := pattern.match(text, start)):
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
    for op, av in items:
        if op in _ZERO_WIDTH:
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
        if then is None:
            return {run} if run else None
        return {run + word for word in then}
    return {run} if run else None


def _lower(c: str) -> str | None:
    low = c.lower()
    return low if len(low) == 1 and low not in _CONTEXTUAL else None
