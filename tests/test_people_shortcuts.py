"""The shortcuts taken for speed in reading people (officials.py, people.py, participants.py)
give the answers of the slower forms they stand for: compared on the sentences of the seeds, the
written articles and the dev articles (when ../shared is there), and on text generated from the
words the rules look for."""
from __future__ import annotations

import re
from re import _constants as sre
from re import _parser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl import officials, people
from etl.gazetteer import default_gazetteer
from etl.sentences import split_sentences
from etl.titlescan import titles_in

from .conftest import ROOT, SHARED_DEV

_FOLDERS = [ROOT / "seeds", ROOT / "tests" / "data" / "written" / "articles", SHARED_DEV / "articles"]
TEXTS = [p.read_text(encoding="utf-8") for folder in _FOLDERS for p in sorted(folder.glob("*.txt"))]
SENTENCES = [s for t in TEXTS for s in split_sentences(t)]
SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_texts_are_there():
    assert len(SENTENCES) > 300


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


# --- titlescan.titles_in: gaz.title_re's matches, tried only where the automaton finds a title

def _spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def test_titles_in_the_articles(gaz):
    assert [_spans(titles_in(s, gaz)) for s in SENTENCES] == [_spans(gaz.title_re.finditer(s)) for s in SENTENCES]
    assert sum(bool(titles_in(s, gaz)) for s in SENTENCES) > 100     # not a comparison of misses only


def test_white_space_other_than_a_space_is_not_printable():
    """titles_in takes a printable text without two spaces in a row for one whose only white space is single spaces."""
    assert all(not chr(c).isprintable() for c in range(0x110000) if chr(c).isspace() and chr(c) != " ")


def _title_pieces() -> list[str]:
    surfaces = sorted(default_gazetteer().title_of)
    return ([s for t in surfaces for s in (t, t.upper(), t.title(), t.replace(" ", "  "), t.replace(" ", "\t"))]
            + ["Phó ", "Bộ ", "x", " ", "  ", "-", " – ", "—", "İ", "ẞ", "\u00a0", "\n", ",", "Nguyễn Văn A", "của "])


TITLE_TEXT = st.lists(st.sampled_from(_title_pieces()), max_size=12).map("".join)


@SETTINGS
@given(text=TITLE_TEXT)
def test_titles_in_generated_text(text):
    gaz = default_gazetteer()
    assert _spans(titles_in(text, gaz)) == _spans(gaz.title_re.finditer(text))


# --- officials._inside_place: the search is spared where a word starts that no country's name
# holds after its first

def _inside_place_slowly(sentence: str, pos: int, gaz) -> bool:
    return any(m.start() < pos < m.end() for m in gaz.country_re.finditer(sentence, max(0, pos - 24), pos + 24))


def _word_starts(text: str) -> list[int]:
    return [m.start() for m in re.finditer(r"(?<!\w)\w", text)]


def test_inside_a_country_at_every_word_of_the_articles(gaz):
    pairs = [(s, pos) for s in SENTENCES for pos in _word_starts(s)]
    assert [officials._inside_place(s, pos, gaz) for s, pos in pairs] == [
        _inside_place_slowly(s, pos, gaz) for s, pos in pairs]
    assert any(_inside_place_slowly(s, pos, gaz) for s, pos in pairs)     # not a comparison of misses only


def _country_pieces() -> list[str]:
    gaz = default_gazetteer()
    names = sorted(gaz.country_of)[::3]
    return ([n for name in names for n in (name, name.title(), name.upper(), name.replace(" ", "-"))]
            + ["Quốc vương", "Thủ tướng", "Vương", "Lan", " ", "  ", "-", ", ", "x", "(", "\t"])


COUNTRY_TEXT = st.lists(st.sampled_from(_country_pieces()), max_size=10).map(" ".join)


@SETTINGS
@given(text=COUNTRY_TEXT)
def test_inside_a_country_in_generated_text(text):
    gaz = default_gazetteer()
    assert [officials._inside_place(text, p, gaz) for p in _word_starts(text)] == [
        _inside_place_slowly(text, p, gaz) for p in _word_starts(text)]


# --- officials._may_name: where it says no, _name_in finds no name in the window, whatever its places

def _windows(text: str, gaz) -> list[str]:
    """The text after each title, cut as find_officials cuts it at the next title or further."""
    ends = [t.end() for t in gaz.title_re.finditer(text)]
    return [text[end:end + width] for end in ends for width in (12, 40, 90)]


def _no_name_where_none_may_be(window: str, gaz) -> bool:
    runs = officials._runs(window)
    return officials._may_name(runs) or officials._name_in(window, runs, 0, gaz) is None


def test_no_name_where_none_may_be_in_the_articles(gaz):
    windows = [w for s in SENTENCES for w in _windows(s, gaz)]
    assert all(_no_name_where_none_may_be(w, gaz) for w in windows)
    assert sum(bool(runs) and not officials._may_name(runs) for runs in map(officials._runs, windows)) > 20
    assert any(officials._name_in(w, officials._runs(w), 0, gaz) for w in windows)     # names are found there


NAME_PIECES = (["Hội", "Nghị", "Nguyễn", "Văn", "An", "Sơn", "Bộ", "Quốc", "Hàn Quốc", "Trung Quốc", "Hà Nội",
                "Hà Nam", "Lào Cai", "Cấp cao Đông Á", "ASEAN", "APEC", "(PECC)", "ông", "Bà", "Dato", "bin", "von",
                "der", "al-Sabah", "III", "B.J.", "Jr.", "và", "của", "dự", "tại", ",", ".", "-"])
NAME_TEXT = st.lists(st.sampled_from(NAME_PIECES), max_size=12).map(" ".join)


@SETTINGS
@given(text=NAME_TEXT, lead=st.sampled_from(["", " ", "  ", " xx "]))
def test_no_name_where_none_may_be_in_generated_text(text, lead):
    assert _no_name_where_none_may_be(lead + text, default_gazetteer())
