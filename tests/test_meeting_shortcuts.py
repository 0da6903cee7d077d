"""The shortcuts of etl/meetings.py give the answers of the patterns they stand in for.

Each is compared with the slow form on the sentences of the seeds, of the written articles and of
the dev articles (when ../shared is there), and on text generated from the words the patterns
look for, cases and the characters that lower-case oddly ("İ", "ı") included.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl import meetings, openings
from etl.sentences import forget_article, split_sentences
from etl.vi import alt

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "dev" / "articles"
TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))
         + sorted((ROOT / "tests" / "data" / "written" / "articles").glob("*.txt"))]
SENTENCES = [s for t in TEXTS for s in split_sentences(t)]
PIECES = [" ", ", ", ". ", "x", "Hội nghị ", "HỘI NGHỊ ", "hội nghị", "Cuộc họp ", "cuộc gặp ", "Tuần lễ ", "đối thoại ",
          "Diễn đàn ", "họp thượng đỉnh ", "Thượng đỉnh ", "Cấp cao ", "cấp cao ", "CẤP CAO ", "Đại hội đồng ",
          "đại hội đồng ", "Tham vấn ", "tham vấn ", "kỳ họp thứ hai ", "Kỳ Họp ", "phiên họp ", "Phiên thảo luận ",
          "thứ 6 của ", "mở rộng ", "G7 ", "toàn thể ", "ASEAN ", "hộı nghị ", "HİỘI ", "İ", "ı", "ſ", "Σ", "quan hệ ",
          "đối tác ", "nhóm họp ", "họp báo ", "SOM ", "lần thứ 3 "]
TEXT = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
SETTINGS = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _spans(matches) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in matches]


def _dev_sentences() -> list[str]:
    if not DEV.is_dir():
        pytest.skip("../shared/eval/dev is not beside the checkout")
    return [s for p in sorted(DEV.glob("*.txt")) for s in split_sentences(p.read_text(encoding="utf-8"))]


def test_the_heads_are_found_from_their_opening_words():
    # a head word that opens with no literal would turn the shortcut off without a failure
    assert meetings._HEAD_OPENINGS.automaton is not None
    assert {"hội", "cuộc", "cấp", "phiên"} <= meetings._HEAD_OPENINGS.words


def test_head_words_are_the_patterns_matches_on_articles():
    assert len(SENTENCES) > 500
    for s in SENTENCES:
        forget_article()
        assert _spans(meetings._head_words(s)) == _spans(meetings._HEAD.finditer(s)), s


def test_head_words_are_the_patterns_matches_on_the_dev_articles():
    for s in _dev_sentences():
        forget_article()
        assert _spans(meetings._head_words(s)) == _spans(meetings._HEAD.finditer(s)), s


@SETTINGS
@given(text=TEXT)
def test_head_words_are_the_patterns_matches(text):
    forget_article()
    assert _spans(meetings._HEAD_OPENINGS.finditer(text)) == _spans(meetings._HEAD.finditer(text))


@pytest.mark.parametrize(("pattern", "words"), [
    (r"(?<!\w)(?:hội\s+nghị|cuộc\s+họp)(?!\w)", {"hội", "cuộc"}),
    (r"(?=[ab])(?:ab|(?-i:Ac)d)", {"ab", "ac"}),     # a word ends with the group it opens in
    (r"x(?:yy|zz)w", {"xyy", "xzz"}),
    (r"x(?:y|z)w", {"x"}),              # sre reads (?:y|z) as a set: no literal
    (r"x(?:y|\d)", {"x"}),
    (r"(?:lần\s+)?đầu", {"lần", "đầu"}),   # an optional opening: its words, or those after it
    (r"(?<!\w)(?:đã\s+|sẽ\s+)?họp", {"đã", "sẽ", "họp"}),
    (r"x(?:ab)*c", {"xab", "xc"}),
    (r"x(?:ab)+c", {"xab"}),             # a repeat taken at least once opens with its own words
    (r"(?:ab)?", None),                 # a match may be empty
    (r"(?:ab)?\d", None),
    (r"\bSOM|AMM", {"som", "amm"}),
    (r"σx|y", None),                    # "Σ" lower-cases by what follows it: no word known
])
def test_openings_are_read_from_the_pattern(pattern, words):
    assert openings.openings(re.compile(pattern, re.IGNORECASE)) == (frozenset(words) if words else None)


_OPENING_PATTERNS = (r"(?<!\w)(?:ab|c[ıi]d|x\s+y)(?!\w)", r"(?-i:AB)|ii|ss|abab|b", r"(?-i:Ab)c|abd|(?-i:a)B|(?i:dA)x",
                     r"(?<![a-z])(?:ab\s+|s\s+)?(?:cd|x)(?!y)", r"x(?:ab)*(?:c|d)", r"(?:si)+\s*(?:a|ı)")


@SETTINGS
@given(text=st.text(alphabet="abcdxyzABD İıſ\u0130-", max_size=30), data=st.data())
def test_openings_find_the_patterns_matches(text, data):
    forget_article()
    pos = data.draw(st.integers(0, len(text)))
    endpos = data.draw(st.integers(pos, len(text) + 1))
    for pattern in _OPENING_PATTERNS:
        for flags in (re.IGNORECASE, 0):
            compiled = re.compile(pattern, flags)
            opened = openings.Openings(compiled)
            assert _spans(opened.finditer(text)) == _spans(compiled.finditer(text))
            assert _spans(opened.finditer(text, pos, endpos)) == _spans(compiled.finditer(text, pos, endpos))
            assert _spans(filter(None, [opened.search(text, pos, endpos)])) == _spans(
                filter(None, [compiled.search(text, pos, endpos)])), (pattern, flags)


def _phrases() -> list[str]:
    """Pieces of the articles' sentences that open at a head word, as find_meetings reads them."""
    out = []
    for s in SENTENCES:
        forget_article()
        out += [s[m.start():m.start() + 80] for m in meetings._head_words(s)]
    return out


def _kind_slowly(content, forum, gaz):
    folded = gaz.fold(content)
    for kind in gaz.cued_kinds(folded):
        if kind.admits(forum):
            return kind
    default = gaz.forums[forum].default_level if forum in gaz.forums else None
    if re.match(r"(?i)\W*(?:\w+\W+){0,3}?về\s+\w", folded):     # a meeting named by its topic takes no default kind
        return None
    return next((k for k in gaz.kinds if default and k.level == default and k.default and k.admits(forum)), None)


def test_the_candidate_kinds_hold_the_cued_ones_in_order(gaz):
    for phrase in _phrases()[:3000] + [""]:
        folded = gaz.fold(phrase)
        candidates = gaz.candidate_kinds(folded)
        assert [k for k in candidates if k.cued_in(folded)] == [k for k in gaz.kinds if k.cued_in(folded)]


def test_a_phrases_kind_is_the_first_cued_that_admits_its_forum(gaz):
    forums = sorted({f for kind in gaz.kinds for f in kind.forums} | {"ASEAN", "APEC", "nowhere"})
    phrases = _phrases()
    assert len(phrases) > 1000
    for phrase in phrases[:1500]:
        for forum in forums:
            assert meetings._kind(phrase, forum, gaz) == _kind_slowly(phrase, forum, gaz), (phrase, forum)


def _forum_of_kind_slowly(phrase, gaz):
    folded = gaz.fold(phrase)
    cued = gaz.cued_kinds(folded)
    naming = [kind for kind in cued if kind.names_forum]
    if len({kind.forums[0] for kind in naming}) != 1:
        return None
    forum = naming[0].forums[0]
    inside = [m.span() for kind in naming for cue in kind.cues for m in cue.finditer(folded)]
    others = [kind for kind in cued if not kind.names_forum
              and any(not any(a <= m.start() and m.end() <= b for a, b in inside)
                      for cue in kind.cues for m in cue.finditer(folded))]
    return forum if all(kind.admits(forum) for kind in others) else None


def test_a_forum_implied_by_a_kind_is_found_as_without_the_gate(gaz):
    phrases = _phrases() + [k.example for k in gaz.kinds]
    assert any(meetings._forum_of_kind(p, gaz) for p in phrases)
    for phrase in phrases:
        assert meetings._forum_of_kind(phrase, gaz) == _forum_of_kind_slowly(phrase, gaz), phrase


def test_acronyms_are_the_patterns_matches_on_articles(gaz):
    assert meetings._acronym_openings(gaz).automaton is not None
    texts = SENTENCES + ["SOM 2", "som", "ADMM+ và ADSOM+", "xSOM", "AMM-55", "ADMM-Plus", "ſom", "İ SOM"]
    for s in texts:
        forget_article()
        assert _spans(meetings._acronyms(s, gaz)) == _spans(gaz.acronym_re.finditer(s)), s


STOP_PIECES = PIECES + [w + " " for w in meetings._NAME_ENDS] + [w.upper() + " " for w in meetings._NAME_ENDS] + [
    "đầu tiên ", "không ", " - ", "tổ chức ", "Tổ chức ", "tối 12/11 ", "tối qua ", "tuần trước ", "tuần lễ ", "và Thống đốc ",
    "đầu ", "đãx "]


def _stop_slowly():
    return meetings._stop_pattern(alt(meetings._NAME_ENDS))


def test_the_stops_by_first_letter_are_the_stops_of_the_words_as_listed():
    slow = _stop_slowly()
    for s in SENTENCES:
        assert _spans(meetings._STOP.finditer(s)) == _spans(slow.finditer(s)), s


@SETTINGS
@given(text=st.lists(st.sampled_from(STOP_PIECES), max_size=30).map("".join))
def test_the_stops_by_first_letter_on_generated_text(text):
    assert _spans(meetings._STOP.finditer(text)) == _spans(_stop_slowly().finditer(text))
