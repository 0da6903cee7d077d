"""The shortcuts taken for speed in reading people (officials.py, people.py, participants.py)
give the answers of the slower forms they stand for: compared on the sentences of the seeds, the
written articles and the dev articles (when ../shared is there), on windows cut out of them as
the name reader cuts them, and on text generated from the words the rules look for."""
from __future__ import annotations

import re
from re import _constants as sre
from re import _parser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl import officials, people
from etl.sentences import split_sentences

from .conftest import ROOT, SHARED_DEV

_FOLDERS = [ROOT / "seeds", ROOT / "tests" / "data" / "written" / "articles", SHARED_DEV / "articles"]
TEXTS = [p.read_text(encoding="utf-8") for folder in _FOLDERS for p in sorted(folder.glob("*.txt"))]
SENTENCES = [s for t in TEXTS for s in split_sentences(t)]
# Windows as _name_after reads them: what follows a position, up to 90 characters.
WINDOWS = [s[i:i + 90] for s in SENTENCES for i in range(0, len(s), 30)]
SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_texts_are_there():
    assert len(SENTENCES) > 300 and len(WINDOWS) > 3000


# --- officials._runs: one scan of the tokens' kinds for the test of each token in turn

def _name_follows(tokens: list[re.Match[str]], i: int) -> bool:
    while i < len(tokens) and tokens[i].group() in officials._PARTICLES:
        i += 1
    return i < len(tokens) and officials.is_name_token(tokens[i].group())


def _runs_token_by_token(window: str) -> list[list[re.Match[str]]]:
    """The runs as they were read before _RUN: a token joins the run being read if it is a name
    word or a regnal number, or, inside a run, a particle with a hyphen or a particle a name
    word follows."""
    tokens = list(officials._TOKEN.finditer(window))
    runs, current = [], []
    for i, m in enumerate(tokens):
        w = m.group()
        if officials.is_name_token(w) or (current and officials._PARTICLE_HYPHEN.match(w) or w in officials._REGNAL) or (
                current and w in officials._PARTICLES and _name_follows(tokens, i + 1)):
            current.append(m)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _spans(runs: list[list[re.Match[str]]]) -> list[list[tuple[int, int]]]:
    return [[m.span() for m in run] for run in runs]


def test_runs_on_windows_of_the_articles():
    assert [_spans(officials._runs(w)) for w in WINDOWS] == [_spans(_runs_token_by_token(w)) for w in WINDOWS]


NAME_PIECES = (sorted(officials._PARTICLES) + sorted(officials._REGNAL) + [
    "Ursula", "Leyen", "Abe", "Ki-moon", "al-Sabah", "bin-Ali", "B.J.", "W.", "APEC", "Jr.", "Ha-bi-bi", "x",
    "và", "Bộ", "Nguyễn", "3", "'", ".", "-"]) + list(" ,;:()[]“”\"«»…\t")
NAME_TEXT = st.lists(st.sampled_from(NAME_PIECES), max_size=25).map(" ".join) | st.lists(
    st.sampled_from(NAME_PIECES), max_size=25).map("".join)


@SETTINGS
@given(window=NAME_TEXT)
def test_runs_on_generated_text(window):
    assert _spans(officials._runs(window)) == _spans(_runs_token_by_token(window))


# --- people._A_WORD_OF_ADDRESS: where it finds nothing, neither _ADDRESS nor _ADDRESS_PLURAL does

def _addresses_found(text: str) -> bool:
    return bool(people._ADDRESS.search(text) or people._ADDRESS_PLURAL.search(text))


def test_no_word_of_address_means_no_address_in_the_articles():
    assert all(people._A_WORD_OF_ADDRESS.search(s) for s in SENTENCES if _addresses_found(s))


def _spellings(items) -> tuple[list[str], bool]:
    """(the strings a parsed pattern's opening literals, letter sets and alternations spell, up
    to its first other item; whether they are all of it). A look-behind is passed over, an
    optional part taken or left (left only, when it is not all literal: "(?:các\\s+)?")."""
    out = [""]
    for op, av in items:
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            continue
        whole = True
        if op is sre.LITERAL:
            heads = [chr(av)]
        elif op is sre.IN and all(o is sre.LITERAL for o, _ in av):
            heads = [chr(a) for _, a in av]
        elif op is sre.SUBPATTERN:
            heads, whole = _spellings(av[3].data)
        elif op is sre.BRANCH:
            found = [_spellings(alt.data) for alt in av[1]]
            heads, whole = [x for f, _ in found for x in f], all(w for _, w in found)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
            inner, complete = _spellings(av[2].data)
            heads = ["", *inner] if complete else [""]
        else:
            return out, False
        out = [o + h for o in out for h in heads]
        if not whole:
            return out, False
    return out, True


# The words of address the two patterns open with, read from the patterns themselves: a word a
# rule gains later is checked too ("ông", "Ngài", "các bà", …).
WORDS_OF_ADDRESS = sorted({w for p in (people._ADDRESS, people._ADDRESS_PLURAL)
                           for w in _spellings(_parser.parse(p.pattern, p.flags).data)[0]} - {""})


@pytest.mark.parametrize("word", WORDS_OF_ADDRESS)
def test_every_word_of_address_the_patterns_know_is_found(word):
    texts = [f"{before}{word}{space}{name}" for before in ("", "(", "x ", "x-", "các ", "“")
             for space in (" ", "\t", "  ") for name in ("Blinken", "Lý Khắc Cường", "Retno.")]
    assert any(_addresses_found(t) for t in texts)      # the texts do hold addresses
    assert all(people._A_WORD_OF_ADDRESS.search(t) for t in texts if _addresses_found(t))


ADDRESS_PIECES = WORDS_OF_ADDRESS + ["các ", "không ", "trong ", "Blinken", "Lý Khắc Cường", "Retno", "x", "_", "1",
                                     "(", "-", "’", "\n"] + list(" \t")
ADDRESS_TEXT = st.lists(st.sampled_from(ADDRESS_PIECES), max_size=20).map("".join)


@SETTINGS
@given(text=ADDRESS_TEXT)
def test_no_word_of_address_means_no_address_in_generated_text(text):
    assert people._A_WORD_OF_ADDRESS.search(text) or not _addresses_found(text)
