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

(gazetteer.may_name_forum gives the first pass a pattern that finds the kinds' acronyms too:
gazetteer.acronym_gate.)

An article that may name a forum is then scanned by forum_re only where a name may begin
(starts, gazetteer.forum_matches): a second automaton holds every surface's flat spelling, the
acronyms' lower-cased too, and where the text is flat but for its line breaks and dashes it
reports every place one begins; forum_re is matched there, as finditer would.

gazetteer.forum_literals builds it from the same trie as forum_re; tests/test_prefilters.py
checks it against forum_re on articles and on generated text.
"""
from __future__ import annotations

import re

from .literals import automaton

# The white space of `\s` besides the space and the line break: every character for which
# str.isspace() holds (a test checks the list against all of Unicode).
_OTHER_SPACE = re.compile("[\t\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")
_SPACE_RUN = re.compile(r"\s{2,}|[^\S ]")     # what is not a single space in a flat text


class ForumLiterals:
    """`acronyms`: a pattern for the acronyms; `spellings`: every other surface as it reads in a
    flat text (None when some surface cannot be spelt so: then any text may name a forum)."""

    def __init__(self, acronyms: re.Pattern[str] | None, spellings: list[str] | None,
                 every: list[str] | None = None):
        self.acronyms = acronyms
        self.always = spellings is None
        self.automaton = automaton({s: s for s in spellings}) if spellings else None
        # every surface as it reads in a flat text, the acronyms lower-cased too (for starts):
        # "nam" is not NAM, but where NAM stands its flat text reads "nam"
        self.every = automaton({s: s for s in every}) if every and not self.always else None

    def may_occur(self, text: str, acronyms: re.Pattern[str] | None = None) -> bool:
        """False only where forum_re finds no surface in text. `acronyms`: a pattern to look for
        the acronyms by instead of self.acronyms, one that finds them wherever it does."""
        acronyms = self.acronyms if acronyms is None else acronyms
        if self.always or (acronyms is not None and any(_word_starts(text, m.start()) for m in acronyms.finditer(text))):
            return True
        if self.automaton is None:
            return False
        flat = text.replace("\n", " ")
        if not _is_flat(flat):
            flat = _SPACE_RUN.sub(" ", flat)
        flat = flat.replace("–", "-").replace("—", "-").lower()
        return next(self.automaton.iter(flat), None) is not None

    def starts(self, text: str) -> list[int] | None:
        """Every position of text where a match of forum_re may begin, in order (more than
        where one does); None when the flat text's positions are not the text's.

        Where the text is already flat but for its line breaks and dashes, and lower-casing keeps
        its length, each of its characters stands at the same place in the flat text: a match
        of forum_re at p is then one of the spellings of `every` at p (the automaton reports
        every one, overlapping ones too)."""
        if self.every is None:
            return None
        flat = text.replace("\n", " ").replace("–", "-").replace("—", "-").lower()
        if len(flat) != len(text) or not _is_flat(flat):
            return None         # runs of white space, or a letter that lower-cases to two
        return sorted({end + 1 - len(spelling) for end, spelling in self.every.iter(flat)})


def _word_starts(text: str, at: int) -> bool:
    r"""Does a word start at `at`, as forum_re's and kind_forum_re's look-behind `(?<!\w)` asks of an acronym? The
    acronyms' pattern has no look-behind (sre skips ahead to its capitals the quicker); a hit inside a word ("AIPA" of
    "WAIPA", "ASEAN" of "ASEANSAI") is no acronym of theirs."""
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_")


def _is_flat(text: str) -> bool:
    """No run of white space, and no white space but the space. isprintable() is the quicker
    test, and says no to each of _OTHER_SPACE's characters (all are Unicode's "Other" or
    "Separator"), so the pattern is searched only in a text that holds some other such character."""
    return "  " not in text and (text.isprintable() or not _OTHER_SPACE.search(text))
