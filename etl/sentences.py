"""Sentences of a clean article text, with the meetings each one names."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .records import Mention

_SENTENCE = re.compile(r"(?<=[.!?…])\s+(?=[\"“(«]?[A-ZĐÀ-Ỹ0-9])|(?<=[a-zà-ỹ0-9][.!?])(?=[A-ZĐÀ-Ỹ][a-zà-ỹ])")
# The nouns that head a meeting's name or speak of one (for patterns in several stages).
MEETING_NOUN = r"hội\s+nghị|cuộc\s+họp|phiên\s+họp"
# Words that speak of a meeting without naming it: "Hội nghị", "cuộc họp", "đoàn" (the delegation).
MEETING_WORDS = re.compile(rf"(?i)(?<!\w)(?:{MEETING_NOUN}|tuần\s+lễ|đoàn|thượng\s+đỉnh|đại\s+hội\s+đồng)(?!\w)")


@dataclass(slots=True)
class Sentence:
    text: str
    index: int
    mentions: list[Mention]
    para: int = 0               # the paragraph it stands in (a passage for the year of a date)


def split_sentences(text: str) -> list[str]:
    return [s for _, s in split_paragraph_sentences(text)]


def split_paragraph_sentences(text: str) -> list[tuple[int, str]]:
    """(paragraph number, sentence) for each sentence of a text, in order."""
    out = []
    for n, para in enumerate(text.split("\n")):
        out.extend((n, s.strip()) for s in _SENTENCE.split(para) if s.strip())
    return out
