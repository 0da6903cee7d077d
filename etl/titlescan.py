"""The titles of a sentence (gazetteer.title_re's matches), found by one Aho-Corasick pass.

title_re is tried by sre at every position of every sentence of an article, though fewer than
half of them hold a title. Every match of it is one of the titles' surfaces in some case and
spacing; in a text whose only white space is single spaces, lower-cased (en and em dashes made
hyphens), each reads as one of the spellings forumscan reads a trie's surfaces as
(gazetteer.forum_literals, built here from the titles' keys, gaz.title_of: a key is its surface
case-folded with its spaces and dashes made one, which spells the same). One pass of their
automaton over the sentence's lower-cased text finds every place a title may start, and title_re
is tried there only, in order, each match going on to its end before the next start is tried, as
finditer does: the same matches (about 1.4x quicker on the benchmark's sentences). A text with
other white space, or whose lower-casing changes its length (so that positions would move), is
searched the usual way. tests/test_people_shortcuts.py compares it with title_re.finditer.
"""
from __future__ import annotations

import re

from .gazetteer import Gazetteer, forum_literals
from .sentences import lowered

_SCANS: dict[int, tuple] = {}      # id of a title_re -> (it, its automaton or None: always search)


def _automaton(gaz: Gazetteer):
    """The automaton of gaz's titles, built once (None: some title cannot be spelt so, or is an
    acronym, matched in capitals only: then title_re searches every text). Kept by the pattern's
    identity: its hash would be worked out from its 10,000 characters at each call."""
    found = _SCANS.get(id(gaz.title_re))
    if found is None or found[0] is not gaz.title_re:
        literals = forum_literals(list(gaz.title_of))
        found = _SCANS[id(gaz.title_re)] = (gaz.title_re, None if literals.always or literals.acronyms
                                            else literals.automaton)
    return found[1]


def titles_in(text: str, gaz: Gazetteer) -> list[re.Match[str]]:
    """list(gaz.title_re.finditer(text)), sooner."""
    automaton = _automaton(gaz)
    low = lowered(text)
    if automaton is None or len(low) != len(text) or "  " in text or not text.isprintable():
        return list(gaz.title_re.finditer(text))
    if "–" in low or "—" in low:
        low = low.replace("–", "-").replace("—", "-")
    found, pos = [], 0
    for start in sorted({end - len(spelling) + 1 for end, spelling in automaton.iter(low)}):
        if start >= pos and (m := gaz.title_re.match(text, start)):
            found.append(m)
            pos = m.end()
    return found
