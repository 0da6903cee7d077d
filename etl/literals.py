"""The literal words a pattern's every match holds: a quick `in` test that spares the search.

A date shape's pattern is searched through every sentence that holds a digit; most of them hold
no "tháng", no "/" and no "và", so most shapes cannot match there. `needs(pattern)` works out
from the parsed pattern a few literals (lower-cased) one of which every match holds, so that
`may_match(need, lowered)` can rule a pattern out with an `in` test on the lower-cased text
before any search (the same matches: it says False only where the pattern cannot match). Like
lookahead.ahead it reads the pattern itself, so it follows a rule's change; where it finds
nothing to require it returns None (always search). tests/test_prefilters.py checks it on the
patterns it serves.
"""
from __future__ import annotations

import re
from re import _constants as sre
from re import _parser
from re._casefix import _EXTRA_CASES

import ahocorasick

# Characters whose case sre and str.lower() do not see alike: sre matches "İ" as "i" and "ſ" as
# "s", but "İ".lower() is two characters and "ſ".lower() is "ſ". A literal is cut at them.
_UNSAFE = frozenset({chr(c) for c in _EXTRA_CASES} | {"i", "σ", "ς", "İ"})
REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)      # take no character: the next item opens the match
_FEWEST_CHARS = 4           # a set of at most this many characters is a requirement of its own

Need = frozenset[str]


def automaton(values: dict[str, object]) -> ahocorasick.Automaton:
    """One Aho-Corasick automaton of these words (pyahocorasick), each found with its value: the
    one pass over a text that stands in for an `in` test or a search per word."""
    found = ahocorasick.Automaton()
    for word, value in values.items():
        found.add_word(word, value)
    found.make_automaton()
    return found


def needs(pattern: re.Pattern[str]) -> Need | None:
    """Lower-cased literals one of which every match of the pattern holds; None if none is known."""
    return _best(_sequence(_parser.parse(pattern.pattern, pattern.flags).data))


def may_match(need: Need | None, lowered: str) -> bool:
    """False only when the pattern of `need` cannot match a text whose lower-cased form is `lowered`."""
    return need is None or any(word in lowered for word in need)


def _lower(c: str) -> str | None:
    low = c.lower()
    return low if len(low) == 1 and c not in _UNSAFE and low not in _UNSAFE else None


def _best(found: list[Need | None]) -> Need | None:
    """Of several requirements that all hold, the one an `in` test rules out most with: the
    longest shortest literal, then the fewest literals."""
    return max((f for f in found if f), key=lambda f: (min(map(len, f)), -len(f)), default=None)


def _sequence(items: list) -> list[Need | None]:
    """The requirements of a sequence of the parsed pattern: each holds for every match."""
    found: list[Need | None] = []
    run = ""                    # consecutive literal characters
    for op, av in items:
        if op is sre.LITERAL and (low := _lower(chr(av))) is not None:
            run += low
            continue
        if run:
            found.append(frozenset([run]))
            run = ""
        if op is sre.SUBPATTERN:
            found.append(_best(_sequence(av[3].data)))
        elif op is sre.BRANCH:
            each = [_best(_sequence(alt.data)) for alt in av[1]]
            if all(each):
                found.append(frozenset().union(*each))
        elif op in REPEATS and av[0] >= 1:
            found.append(_best(_sequence(av[2].data)))
        elif op is sre.IN and len(av) <= _FEWEST_CHARS and all(o is sre.LITERAL for o, _ in av):
            chars = [_lower(chr(a)) for _, a in av]
            if all(chars):
                found.append(frozenset(chars))
        # anything else (a look-around, a class, an optional part) requires nothing
    if run:
        found.append(frozenset([run]))
    return found
