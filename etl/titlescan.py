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
from functools import lru_cache

from .gazetteer import Gazetteer, forum_literals
from .openings import matched_at
from .sentences import lowered


@lru_cache(maxsize=4)       # a gazetteer is hashed by its identity (gazetteer.Gazetteer)
def _automaton(gaz: Gazetteer):
    """The automaton of gaz's titles, built once (None: some title cannot be spelt so, or is an
    acronym, matched in capitals only: then title_re searches every text)."""
    literals = forum_literals(list(gaz.title_of))
    return None if literals.always or literals.acronyms else literals.automaton


def titles_in(text: str, gaz: Gazetteer) -> list[re.Match[str]]:
    """list(gaz.title_re.finditer(text)), sooner."""
    automaton = _automaton(gaz)
    low = lowered(text)
    if automaton is None or len(low) != len(text) or "  " in text or not text.isprintable():
        return list(gaz.title_re.finditer(text))
    if "–" in low or "—" in low:
        low = low.replace("–", "-").replace("—", "-")
    return matched_at(gaz.title_re, text, sorted({end - len(spelling) + 1 for end, spelling in automaton.iter(low)}))
