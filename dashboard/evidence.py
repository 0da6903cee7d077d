"""A meeting's evidence sentences per article, and an article's text cut into pieces, each marked
as evidence or not, so that the page can show the whole text with the evidence sentences marked,
as text. Pure."""
from __future__ import annotations

from collections.abc import Sequence


def evidence_of(article_id: str, evidence: Sequence[str], sources: Sequence[Sequence[str]] | None,
                body: str) -> list[str]:
    """The sentences of a meeting's `evidence` that one article gave: those whose entry in
    `sources` (the events table's `evidence_article_ids`, aligned with `evidence`) names it.
    Tables made before that column (`sources` None, or NaN for a null): the sentences found in
    the article's `body`."""
    if sources is None or isinstance(sources, float) or len(sources) != len(evidence):
        return [s for s in evidence if s in body]
    return [s for s, ids in zip(evidence, sources) if article_id in list(ids)]


def segments(text: str, sentences: list[str]) -> list[tuple[str, bool]]:
    """`text` as consecutive (piece, is_evidence) pairs whose pieces join back into `text`; each
    evidence sentence is marked where it occurs (every occurrence), overlapping ones as one piece.
    A sentence not in the text marks nothing."""
    spans = []
    for sentence in {s for s in sentences if s}:
        at = text.find(sentence)
        while at >= 0:
            spans.append((at, at + len(sentence)))
            at = text.find(sentence, at + len(sentence))
    merged: list[list[int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    out, pos = [], 0
    for a, b in merged:
        if a > pos:
            out.append((text[pos:a], False))
        out.append((text[a:b], True))
        pos = b
    if pos < len(text):
        out.append((text[pos:], False))
    return out
