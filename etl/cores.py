"""A pattern searched through its core, the part of it sre can skip ahead to: the same matches, sooner.

sre looks for a pattern position by position, starting its matcher at each, unless the pattern
opens with a character it can look for itself: a literal, or a set without letters read in any
case ("\\d", "[/.-]"). The date shapes open with look-behinds ("(?<![\\d/.,-])") or with words
read in any case ("ngày|từ|hôm"), so they are tried at every position of every sentence with a
digit. `Cored(pattern)` works out from the parsed pattern its core: the rest of the pattern from
its first item that opens with such a character (the day's digits of "(?<![\\d/.,-])(?P<d1>\\d{1,2})
[/.-] …"; a leading "\\d{1,2}" is written "\\d\\d{0,1}", the same matches, so that sre sees the "\\d").
Every match of the pattern holds a match of its core, so
- where the core matches nowhere, neither does the pattern: it is not searched;
- where only look-arounds stand before the core (they take no character), a match of the pattern
  starts where one of its core does: the pattern is tried only there, not at every position.
Like lookahead.ahead it reads the pattern itself, so it follows a rule's change; where it finds
no core it searches the pattern as it is. tests/test_cores.py compares each with its pattern.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from re import _compiler, _parser
from re import _constants as sre

MADE: list[Cored] = []      # every pattern searched so (tests/test_cores.py)
_ONE_CHARACTER = (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY)


class Cored:
    """`pattern`'s finditer, through its core (see above)."""

    __slots__ = ("pattern", "core", "anchored")

    def __init__(self, pattern: re.Pattern[str]):
        self.pattern = pattern
        self.core, self.anchored = _core(pattern)
        MADE.append(self)

    def finditer(self, text: str, pos: int = 0) -> Iterator[re.Match[str]]:
        if self.core is None:
            return self.pattern.finditer(text, pos)
        core = self.core.search(text, pos)
        if core is None:
            return iter(())     # no core, no match
        if not self.anchored:
            return self.pattern.finditer(text, pos)
        return self._tried_where_cores_start(text, core)

    def _tried_where_cores_start(self, text: str, core: re.Match[str] | None) -> Iterator[re.Match[str]]:
        """finditer's matches: the leftmost match from the first core on, then the next from its
        end (a match takes at least the core's first character, so it is never empty)."""
        search, match = self.core.search, self.pattern.match
        while core is not None:
            found = match(text, core.start())
            if found is None:
                core = search(text, core.start() + 1)
            else:
                yield found
                core = search(text, found.end())


def _core(pattern: re.Pattern[str]) -> tuple[re.Pattern[str] | None, bool]:
    """(the core, whether only look-arounds stand before it), or (None, False)."""
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    items, state = parsed.data, parsed.state
    for k in range(len(items)):
        opened = _opened(items[k:], state, pattern.flags)
        if opened is None or _refers_back(opened, items[:k]):
            continue
        anchored = _parser.SubPattern(state, items[:k]).getwidth() == (0, 0)
        return _compiler.compile(_parser.SubPattern(state, opened), pattern.flags), anchored
    return None, False


def _opened(items: list, state: _parser.State, flags: int) -> list | None:
    """The items, the first written so that sre can skip ahead to it, else None."""
    if not items:
        return None
    op, av = items[0]
    if op is sre.SUBPATTERN:
        group, add, delete, sub = av
        inner = _opened(sub.data, state, (flags | add) & ~delete)
        return None if inner is None else [(op, (group, add, delete, _parser.SubPattern(state, inner))), *items[1:]]
    if op is sre.BRANCH:
        alternatives = [_opened(alt.data, state, flags) for alt in av[1]]
        if any(alt is None for alt in alternatives):
            return None
        items = [(op, (av[0], [_parser.SubPattern(state, alt) for alt in _one_character_first(alternatives)])),
                 *items[1:]]
    if op is sre.MAX_REPEAT and av[0] >= 1 and len(av[2].data) == 1 and av[2].data[0][0] in _ONE_CHARACTER:
        low, high, body = av       # "\d{1,2}" -> "\d\d{0,1}": sre skips only to a first single character
        rest = [] if high == 1 else [(op, (low - 1, high if high is sre.MAXREPEAT else high - 1, body))]
        items = [body.data[0], *rest, *items[1:]]
    first = _parser.SubPattern(state, items[:1])
    if _compiler._get_literal_prefix(first, flags)[0] or _skips_to(first, flags):
        return items
    return None


def _one_character_first(alternatives: list[list]) -> list[list]:
    """"[Tt]hứ …|[Cc]hủ …" as "Thứ …|thứ …|Chủ …|chủ …", the same matches: sre skips to a choice
    only when each alternative opens with one character."""
    out = []
    for alt in alternatives:
        op, av = alt[0]
        if op is sre.IN and all(o is sre.LITERAL for o, _ in av):
            out += [[(sre.LITERAL, c), *alt[1:]] for _, c in av]
        else:
            out.append(alt)
    return out


def _skips_to(first: _parser.SubPattern, flags: int) -> bool:
    """Does sre look for this first item's characters itself? Not worth it for a set that holds
    the space: the core would be tried at every word."""
    return bool(_compiler._get_charset_prefix(first, flags)) and not _compiler.compile(first, flags).match(" ")


def _refers_back(core: list, before: list) -> bool:
    """Does the core refer to a group that opens before it ("(?P=sep)")? Then it is no core."""
    opened = {av[0] for op, av in _walk(before) if op is sre.SUBPATTERN and av[0] is not None}
    return any(op in (sre.GROUPREF, sre.GROUPREF_IGNORE, sre.GROUPREF_EXISTS) and
               (av[0] if op is sre.GROUPREF_EXISTS else av) in opened for op, av in _walk(core))


def _walk(items: list) -> Iterator[tuple]:
    """Every item of a parsed sequence, and of the sequences inside it."""
    for op, av in items:
        yield op, av
        for sub in (av if isinstance(av, (tuple, list)) else ()):
            if isinstance(sub, _parser.SubPattern):
                yield from _walk(sub.data)
            elif isinstance(sub, list):         # a branch's alternatives
                for alt in sub:
                    if isinstance(alt, _parser.SubPattern):
                        yield from _walk(alt.data)
