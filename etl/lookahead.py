"""A pattern with a look-ahead for the characters its matches can open with: the same matches, sooner.

sre tries a pattern that opens with a look-behind ("(?<!\\w)") or a choice of words at every
position of a text; put before it, a look-ahead for the one character set every match opens with
("(?=[hctđ])") rules out most positions at one character (1.2-2.7x on the hot word patterns of
the extraction, measured on the sentences of the benchmark corpus's articles). `ahead(pattern)`
works the set out from the parsed pattern itself, so that it follows the pattern when a rule
changes; where it cannot (a pattern that may open with any character, or match nothing), it
returns the pattern as it was. tests/test_prefilters.py compares every pattern made here with
the one it stands for.
"""
from __future__ import annotations

import re
from re import _constants as sre
from re import _parser

from .literals import REPEATS, ZERO_WIDTH

MADE: list[tuple[re.Pattern[str], re.Pattern[str]]] = []     # (the pattern, the one ahead made of it)
_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
               sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W"}
_GLOBAL_FLAGS = re.compile(r"^\(\?[aiLmsux]+\)")


class _Unknown(Exception):
    """The pattern may open with a character no set here describes."""


def ahead(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern with a look-ahead for the first character of its matches (see above)."""
    try:
        items, empty = _firsts(_parser.parse(pattern.pattern, pattern.flags).data, pattern.flags)
    except _Unknown:
        return pattern
    if empty or not items:
        return pattern
    body = _GLOBAL_FLAGS.sub("", pattern.pattern)       # its flags are given below
    end = "\n)" if pattern.flags & re.VERBOSE else ")"      # after the pattern's last comment
    made = re.compile(f"(?=[{''.join(dict.fromkeys(items))}])(?:{body}{end}", pattern.flags)
    MADE.append((pattern, made))
    return made


def _firsts(items: list, flags: int) -> tuple[list[str], bool]:
    """(the character-set items one of which opens every match of the sequence, whether the
    sequence can match nothing)."""
    out: list[str] = []
    for op, av in items:
        if op in ZERO_WIDTH:
            continue
        if op is sre.LITERAL:
            return out + [re.escape(chr(av))], False
        if op is sre.IN:
            return out + [_set(av)], False
        if op is sre.SUBPATTERN:
            _, add, _, sub = av
            if add & re.IGNORECASE and not flags & re.IGNORECASE:
                raise _Unknown      # a set written here would be matched in one case only
            firsts, empty = _firsts(sub.data, flags)
        elif op is sre.BRANCH:
            found = [_firsts(alt.data, flags) for alt in av[1]]
            firsts, empty = [x for f, _ in found for x in f], any(e for _, e in found)
        elif op in REPEATS:
            firsts, empty = _firsts(av[2].data, flags)
            empty = empty or av[0] == 0
        else:
            raise _Unknown
        out += firsts
        if not empty:
            return out, False
    return out, True


def _set(items: list) -> str:
    """A character set's items, written again as a set's inside."""
    parts = []
    for op, av in items:
        if op is sre.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is sre.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is sre.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        else:
            raise _Unknown      # a negated set, a locale's category: any character
    return "".join(parts)
