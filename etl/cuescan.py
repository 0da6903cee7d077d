"""Which kinds of meeting a phrase may cue, in one pass, before their cues are searched.

Reading a meeting's name asks which of the 45 kinds' cues (gazetteer.Kind.any_cue) a phrase
holds, three times per phrase (meetings._kind, _forum_of_kind, _names_unknown_body): half a
million searches on the forum articles of a 2,000-article corpus. Every match of a kind's cue
holds one of a few words (etl/literals.py: "bộ trưởng", "cấp cao", "amm", …), so one
Aho-Corasick pass (pyahocorasick) over the lower-cased phrase finds the kinds whose words are
there, and only their cues are searched: the same kinds, in the same order. A kind whose cue
requires no word is always searched. tests/test_prefilters.py compares it with searching every
kind.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import ahocorasick

from .literals import automaton, needs

if TYPE_CHECKING:
    from .gazetteer import Kind


class CueScan:
    """Built from the kinds in their order; `candidates` names them by position (bits of an int)."""

    def __init__(self, kinds: Sequence[Kind]):
        self.always = 0                     # kinds whose cue requires no word
        by_word: dict[str, int] = {}
        for i, kind in enumerate(kinds):
            if kind.any_cue is None:
                continue                    # cued by nothing: never a candidate
            need = needs(kind.any_cue)
            if need is None:
                self.always |= 1 << i
            for word in need or ():
                by_word[word] = by_word.get(word, 0) | 1 << i
        self.automaton: ahocorasick.Automaton | None = automaton(by_word) if by_word else None

    def candidates(self, text: str) -> int:
        """The kinds (bit i for the i-th) whose cue may match in text: the others cannot."""
        found = self.always
        if self.automaton is not None:
            for _, mask in self.automaton.iter(text.lower()):
                found |= mask
        return found
