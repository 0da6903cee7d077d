"""A quick test that a text may name a forum, tried before the forum pattern scans it.

Three articles in four that an outlet publishes name no forum, and extraction stops there
(assemble.extract); for them the scan of the whole text by gazetteer.forum_re was the costliest
step of extraction, since sre tries that pattern at every position of the text. This test says
"no" only where forum_re finds nothing, in two quicker passes:

- the acronyms (matched as written, "APEC", "G-20") by the acronyms' branches of forum_re's trie
  without its look-behind: a pattern that opens with a capital letter, which sre looks for before
  trying anything else (it also finds "AIPA" in "WAIPA");
- every other surface as literals in the text made flat (one space for each run of white space,
  hyphens for en and em dashes, lower-cased), in one Aho-Corasick pass (pyahocorasick): each
  surface in each spacing forum_re allows around its dashes ("á-âu", "á -âu", "á- âu", "á - âu").
  An article's text has its lines stripped and joined by single line breaks, so that it is
  usually flat once its line breaks are spaces; a text that holds other white space is flattened
  by a pattern (slower, and rare).

gazetteer.forum_literals builds it from the same trie as forum_re; tests/test_prefilters.py
checks it against forum_re on articles and on generated text.
"""
from __future__ import annotations

import re

import ahocorasick

# The white space of `\s` besides the space and the line break: every character for which
# str.isspace() holds (a test checks the list against all of Unicode).
_OTHER_SPACE = re.compile("[\t\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")
_SPACE_RUN = re.compile(r"\s{2,}|[^\S ]")     # what is not a single space in a flat text


class ForumLiterals:
    """`acronyms`: a pattern for the acronyms; `spellings`: every other surface as it reads in a
    flat text (None when some surface cannot be spelt so: then any text may name a forum)."""

    def __init__(self, acronyms: re.Pattern[str] | None, spellings: list[str] | None):
        self.acronyms = acronyms
        self.automaton: ahocorasick.Automaton | None = None
        self.always = spellings is None
        if spellings:
            self.automaton = ahocorasick.Automaton()
            for s in spellings:
                self.automaton.add_word(s, s)
            self.automaton.make_automaton()

    def may_occur(self, text: str) -> bool:
        """False only where forum_re finds no surface in text."""
        if self.always or (self.acronyms is not None and self.acronyms.search(text)):
            return True
        if self.automaton is None:
            return False
        flat = text.replace("\n", " ")
        if "  " in flat or _OTHER_SPACE.search(flat):
            flat = _SPACE_RUN.sub(" ", flat)
        flat = flat.replace("–", "-").replace("—", "-").lower()
        return next(self.automaton.iter(flat), None) is not None
