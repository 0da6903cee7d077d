"""The shortcuts taken for speed give the answers of the patterns they stand in for.

Each quick test (a literal looked for before a slow pattern, a scan for stop marks before the
sentence pattern, one alternation for a kind's cues, one character class for two) must never
change an answer; these tests compare each with the slow form, on the seeds' and the written
articles' sentences and on generated text built from the words the patterns look for.
"""
from __future__ import annotations

import importlib
import json
import re
import sys
from dataclasses import asdict, replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl import dates, encoding, forumscan, layout, literals, lookahead, meetings, sentences
from etl.gazetteer import acronym_gate, default_gazetteer
from etl.records import Report
from etl.sentences import _SENTENCE, _split_at_stops, split_sentences
from etl.state import _COLUMNS, _dump

from .conftest import article_texts

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))
         + sorted((ROOT / "tests" / "data" / "written" / "articles").glob("*.txt"))]
LINES = [line.strip() for t in TEXTS for line in t.split("\n") if line.strip()]
SENTENCES = [s for t in TEXTS for s in split_sentences(t)]
# Pieces of the patterns: stop marks and abbreviations, meeting words, captions, marks and numbers.
PIECES = (list("aAđĐ. !?…\"“(«)[]0123456789\t") + [
    "TP.", "Dr.", "B.", "J.", " W. ", "(T.", "GS.", "Hội nghị ", "họp ", "HỌP ", "nhóm họp ", "họp báo ",
    "bắt đầu ", "lần thứ ", "LẦN THỨ ", "SOM ", "AMM-", "APEC ", "ASEAN ", "Ảnh: ", "ảnh ", "PHOTO: ",
    "(Ảnh: X)", "/.", "./.", "[Tin liên quan: một bài khác]", "hoi-nghi.jpg ", "x.PNG", "Cấp cao "])
TEXT = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_texts_are_there():
    assert len(TEXTS) >= 30 and len(SENTENCES) > 300


@SETTINGS
@given(para=TEXT)
def test_split_at_stops_is_the_sentence_split(para):
    assert _split_at_stops(para) == _SENTENCE.split(para)


def test_split_at_stops_on_articles():
    paras = [p for t in TEXTS for p in t.split("\n")]
    assert [_split_at_stops(p) for p in paras] == [_SENTENCE.split(p) for p in paras]


def _may_name_meeting_slowly(text: str) -> bool:
    gaz = default_gazetteer()
    return bool(meetings._HEAD.search(text) or gaz.acronym_re.search(text) or meetings._VERB_MEETING.search(text)
                or meetings._NUMBERED.search(text) or meetings._ROMAN_NUMBERED.search(text)
                or meetings._body_session_heads(text, list(gaz.forum_re.finditer(text)), gaz))


@SETTINGS
@given(text=TEXT)
def test_may_name_meeting_answers_as_its_patterns(text):
    assert meetings.may_name_meeting(text, default_gazetteer()) == _may_name_meeting_slowly(text)


def test_may_name_meeting_on_articles():
    gaz = default_gazetteer()
    assert [meetings.may_name_meeting(s, gaz) for s in SENTENCES] == [_may_name_meeting_slowly(s) for s in SENTENCES]


@pytest.mark.parametrize("kind", default_gazetteer().kinds, ids=lambda k: f"{k.code}-{k.level}")
def test_a_kinds_alternation_matches_where_a_cue_does(kind):
    texts = [s.casefold() for s in SENTENCES] + [kind.example, kind.example.casefold()]
    assert [kind.cued_in(t) for t in texts] == [any(c.search(t) for c in kind.cues) for t in texts]


def test_the_kinds_cues_are_found_in_the_articles():
    """So that the comparison above is not only of misses."""
    folded = [s.casefold() for s in SENTENCES]
    assert sum(any(k.cued_in(t) for t in folded) for k in default_gazetteer().kinds) >= 10


@SETTINGS
@given(line=TEXT)
def test_layout_prefilters_keep_the_answers(line):
    assert layout._is_caption_line(line) == (not len(line.strip()) > 300 and bool(
        (layout._CAPTION_TAIL.search(line.strip())
         and layout._CAPTION_TAIL.search(line.strip()).end() >= len(line.strip().rstrip(". ")) - 1)
        or layout._CAPTION_LINE.search(line.strip())))
    assert bool(layout._names_photo(line) and layout._CREDIT_END.search(line)) == bool(layout._CREDIT_END.search(line))
    assert ":" in line or not layout._CREDIT_END.search(line)
    assert bool(layout._IMAGE_EXT.search(line)) or not layout._IMAGE_FILE.search(line)
    assert "/." in line or not layout._END_MARK.search(line)
    assert "[" in line or not layout._BRACKET_TEASER.search(line)


def _menu_slowly(line: str) -> bool:
    items = [x for x in layout._MENU_SEP.split(line.strip()) if x]
    return len(items) >= 3 and all(
        len([w for w in x.split() if w not in "-–"]) <= 5
        and not any(c.isdigit() or c in layout._SENTENCE_MARKS for c in x) for x in items)


MENU_TEXT = st.lists(st.sampled_from(list(" |•·›»>-–\t\u2003.,(1²") + ["  ", " > ", "Thế giới", "Văn hóa", "a b c d e f"]),
                     max_size=30).map("".join)
BRACKETS = st.lists(st.sampled_from(list(" []\n\t\u2003\x1ca.") + ["xxxxx", "Tin liên quan: một bài"]),
                    max_size=30).map("".join)


@SETTINGS
@given(line=TEXT | MENU_TEXT | BRACKETS)
def test_layout_shortcuts_give_the_patterns_answers(line):
    ended = layout._END_MARK.sub(".", line).strip() if layout._END_MARK.search(line) else None
    cut = layout._before_end_mark(line)
    assert ended == (None if cut is None else cut + ".")
    assert layout._cut_bracket_teasers(line) == ([t.strip() for t in layout._BRACKET_TEASER.findall(line)],
                                                 layout._BRACKET_TEASER.sub(" ", line))
    assert layout.is_menu(line) == _menu_slowly(line)
    assert layout._has_crumb(line) == bool(layout._CRUMB.search(line))


def test_layout_shortcuts_on_articles():
    for line in LINES:
        test_layout_shortcuts_give_the_patterns_answers.hypothesis.inner_test(line)


def test_layout_prefilters_on_articles():
    for line in LINES:
        assert bool(layout._names_photo(line) and layout._CAPTION_LINE.search(line)) == bool(
            layout._CAPTION_LINE.search(line))
        assert bool(layout._IMAGE_EXT.search(line)) or not layout._IMAGE_FILE.search(line)


def test_one_class_for_stray_letters_and_accents():
    for c in range(0x110000):
        ch = chr(c)
        assert bool(encoding._ODD_OR_COMBINING.match(ch)) == bool(encoding._ODD.match(ch) or encoding._COMBINING.match(ch))


def test_one_class_for_every_character_the_repairs_look_for():
    for c in range(0x110000):
        ch = chr(c)
        assert bool(encoding._SUSPECT.match(ch)) == bool(
            encoding._ODD.match(ch) or encoding._COMBINING.match(ch) or encoding._MOJIBAKE_MARK.match(ch))


# Files whose characters take every path of decode: plain, double-encoded, TCVN3 lines, loose
# accents, characters that NFC turns into ones the readability check looks for.
SUSPECT_TEXT = st.text(alphabet="aăđê ếệ\nÅÃ€»Ä\u0301\u0323\u212b\u2126ªº©®ôõ¸µ·", max_size=80)


def _decoded_both_ways(data: bytes, monkeypatch) -> tuple[encoding.Decoded, encoding.Decoded]:
    quick = encoding.decode(data)
    with monkeypatch.context() as m:
        m.setattr(encoding, "_SUSPECT", re.compile(r"(?s).?"))     # finds something in every text: no shortcut
        slow = encoding.decode(data)
    return quick, slow


@SETTINGS
@given(text=SUSPECT_TEXT | TEXT)
def test_decode_without_its_shortcut_gives_the_same(text):
    with pytest.MonkeyPatch.context() as monkeypatch:
        for data in (text.encode("utf-8"), text.encode("utf-16"), text.encode("cp1258", errors="ignore")):
            quick, slow = _decoded_both_ways(data, monkeypatch)
            assert quick == slow


def test_decode_without_its_shortcut_on_articles(monkeypatch):
    from benchmarks.corpus import double_encoded
    for t in TEXTS + ["Hội nghị \u212b " * 40, "Hội nghị Ho\u0300a Bi\u0300nh " * 40]:
        for data in (t.encode("utf-8"), double_encoded(t), t.encode("utf-16")):
            quick, slow = _decoded_both_ways(data, monkeypatch)
            assert quick == slow


def test_casefold_maps_each_character_to_one_or_more():
    every = [chr(c) for c in range(0x110000)]
    assert all(len(ch.casefold()) >= 1 for ch in every)
    for t in TEXTS:
        assert "".join(ch.casefold() for ch in t) == t.casefold()


def _repeats_slowly(line, title_key, seen, counts, opening=None, key=None):
    key = line.casefold()
    return key == title_key or counts.get(key, 0) > 1 or key in {e.casefold() for kept in seen.values() for e in kept}


LONG = "Hội nghị Cấp cao ASEAN lần thứ 43 diễn ra tại Jakarta, Indonesia, với sự tham dự của lãnh đạo các nước. " * 3
LAYOUT_LINES = st.lists(st.sampled_from([LONG, LONG.upper(), LONG.replace("Hội", "HỘI"), LONG[:-1] + "!", LONG[:150],
                                         "ẞtraße " + LONG, "SSTRASSE " + LONG.upper(), "Ảnh: TTXVN", "ẢNH: TTXVN",
                                         "Tiêu đề bài báo", "TIÊU ĐỀ BÀI BÁO", "APEC-Mekong-ASEAN " * 12,
                                         "apec-mekong-asean " * 12, ""]), max_size=12).map("\n".join)


@SETTINGS
@given(text=LAYOUT_LINES)
def test_layout_finds_repeated_lines_as_by_casefolding_each(text):
    with pytest.MonkeyPatch.context() as m:
        quick = layout.split_layout(text)
        m.setattr(layout, "_repeats", _repeats_slowly)
        assert layout.split_layout(text) == quick


def test_layout_finds_repeated_lines_on_articles(monkeypatch):
    quick = [layout.split_layout(t) for t in TEXTS]
    monkeypatch.setattr(layout, "_repeats", _repeats_slowly)
    assert [layout.split_layout(t) for t in TEXTS] == quick


def test_other_space_is_every_white_space_but_the_space_and_the_line_break():
    for c in range(0x110000):
        ch = chr(c)
        assert bool(forumscan._OTHER_SPACE.match(ch)) == (bool(re.match(r"\s", ch)) and ch not in " \n")


def test_the_forum_test_is_built_from_the_vocabulary():
    literals = default_gazetteer().forum_literals
    assert not literals.always and literals.acronyms is not None and len(literals.automaton) > 100


def _forum_surfaces() -> list[str]:
    import tomllib
    data = tomllib.loads((ROOT / "etl" / "data" / "forums.toml").read_text(encoding="utf-8"))
    return sorted({s for f in data["forum"] for s in f["surface"]} | {s for e in data.get("spelling", []) for s in e.get("surface", [])})


@st.composite
def _forum_name(draw):
    """A forum's surface as a text may write it: any case, any spacing, any dash."""
    pieces = re.split(r"(\s*[-–—]\s*|\s+)", draw(st.sampled_from(_forum_surfaces())))
    case = draw(st.sampled_from([str, str.lower, str.upper, str.title, str.capitalize]))
    out = []
    for piece in pieces:
        if piece.isspace():
            out.append(draw(st.sampled_from([" ", "  ", "\n", "\t", "\xa0", " \n", "\u2009"])))
        elif piece.strip() in ("-", "–", "—") and piece.strip():
            out.append(draw(st.sampled_from(["-", " - ", "–", " — ", "- ", " -", "-\n", " \xa0- "])))
        else:
            out.append(case(piece))
    return "".join(out)


FORUM_TEXT = st.lists(_forum_name() | st.sampled_from(PIECES + [" ", "\n", "x", "(", ")", "+", "-"]), max_size=12).map("".join)


@SETTINGS
@given(text=FORUM_TEXT)
def test_the_forum_test_says_maybe_wherever_the_pattern_finds_a_forum(text):
    gaz = default_gazetteer()
    assert gaz.may_name_forum(text) or not gaz.forum_re.search(text)


def test_the_forum_test_on_articles():
    import random

    from benchmarks.corpus import neutral
    gaz = default_gazetteer()
    for t in TEXTS + SENTENCES + LINES:
        assert gaz.may_name_forum(t) or not gaz.forum_re.search(t)
    others = [neutral(t, random.Random(k)) for k, t in enumerate(TEXTS)]
    assert sum(gaz.may_name_forum(t) for t in others) <= len(others) // 20     # it rules most out ("WAIPA" not)


def _made_ahead() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """Every pattern lookahead.ahead made, once the modules that make them are imported."""
    for module in ("assemble", "dates", "meetings", "officials", "participants"):
        importlib.import_module(f"etl.{module}")
    return list(lookahead.MADE)


def test_the_hot_patterns_look_ahead():
    assert len(_made_ahead()) >= 14 and all(quick.pattern.startswith("(?=[") for _, quick in _made_ahead())


# Words the patterns made by lookahead.ahead look for, in both cases, and what sits beside them.
AHEAD_PIECES = PIECES + ["sẽ ", "Đã ", "đã ", "hôm nay ", "Hôm qua", "lùi sang ", "ông ", "Ông Nguyễn ", "Bà ",
                         "cử ", "ỦY QUYỀN CHO ", "lên đường ", "rời Hà Nội ", "Thứ Hai ", "thứ hai ", "trong 3 ngày ",
                         "lần thứ hai ", "khóa ", "kỳ họp thứ 5 ", "; ", ": ", " cho biết ", "tại ", " và ", "TP. ",
                         "kéo dài 2 ngày ", "sáng nay ", "chiều 5/9 ", "Cấp cao ", "cấp cao ", "Đại hội đồng ",
                         "Tham vấn ", "tham vấn ", "phiên họp thứ 3 của Ủy ban ", "nhóm họp ", "đầu tiên "]
AHEAD_TEXT = st.lists(st.sampled_from(AHEAD_PIECES), max_size=40).map("".join)


@SETTINGS
@given(text=AHEAD_TEXT)
def test_a_pattern_looking_ahead_matches_as_without(text):
    for slow, quick in _made_ahead():
        assert [m.span() for m in quick.finditer(text)] == [m.span() for m in slow.finditer(text)], slow.pattern
        assert [m.groups() for m in quick.finditer(text)] == [m.groups() for m in slow.finditer(text)]


def test_a_pattern_looking_ahead_on_articles():
    for slow, quick in _made_ahead():
        for t in SENTENCES + TEXTS:
            assert [m.span() for m in quick.finditer(t)] == [m.span() for m in slow.finditer(t)], slow.pattern


@pytest.mark.parametrize(("pattern", "ahead"), [
    (r"(?<!\w)(?:sẽ|dự\s+kiến)(?!\w)", "(?=[sd])"),
    (r"(?i)\b(?:x|[a-c\d])?y+", "(?=[xa-c\\dy])"),
    (r"\s*(?:,|và)", "(?=[\\s,v])"),      # what may come before the first thing it needs, and that thing
    (r"(?:\s*,)+", "(?=[\\s,])"),
    (r"[^a]b", None),                     # a negated set: any character
    (r".b", None),
    (r"a?", None),                        # matches nothing too
    (r"(?i:a)b", None),                   # a group in another case than the pattern's
])
def test_ahead_works_out_the_first_characters(pattern, ahead):
    made = lookahead.ahead(re.compile(pattern))
    if ahead is None:
        assert made.pattern == pattern
    else:
        assert made.pattern.startswith(ahead)


def test_control_bytes_counted_as_the_pattern_finds_them():
    every = bytes(range(256))
    assert len(every) - len(every.translate(None, encoding._CONTROL_BYTE_SET)) == len(encoding._CONTROL_BYTES.findall(every))


def test_every_mojibake_hint_holds_a_mark():
    leads = "áÃÄÆâ"
    for a in leads:
        for c in range(0x3000):
            pair = a + chr(c)
            assert not encoding._MOJIBAKE_HINT.search(pair) or encoding._MOJIBAKE_MARK.search(pair)


def test_a_stored_reports_body_is_its_asdict_form():
    report = Report("ASEAN", "leaders", "SUMMIT", 43, date(2023, 9, 5), date(2023, 9, 7), "day", True, "held",
                    "Jakarta", "Indonesia", "in_person", "abc", ["Hội nghị Cấp cao ASEAN 43 …"], "5-7/9",
                    "rule", 3, "Hội nghị Cấp cao ASEAN 43", "article", "span")
    slow = {k: v for k, v in asdict(report).items() if k not in _COLUMNS}
    assert json.loads(_dump(report)) == slow
    assert _dump(report) == json.dumps(slow, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _without_lookahead(pattern: str) -> str:
    for ahead in ("(?=\\d)", "(?=[nthv])", "(?=t)"):
        pattern = pattern.replace(ahead, "")
    return pattern


DATE_TEXT = st.lists(st.sampled_from(list("0123456789/.-–— ,(") + [
    "ngày ", "Ngày ", "NGÀY ", "từ ", "hôm ", "vào ", "tháng ", "THÁNG ", "năm ", "đến ", "và ", "sáng ", "tối ",
    "nay ", "qua ", "2021", "12", "8-9/11", "\u2003"]), max_size=25).map("".join)


@SETTINGS
@given(text=DATE_TEXT)
def test_date_rules_match_as_without_their_lookahead(text):
    for _, pattern, _ in dates._RULES:
        slow = re.compile(_without_lookahead(pattern.pattern), pattern.flags)
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in slow.finditer(text)]


def test_date_rules_on_articles():
    for _, pattern, _ in dates._RULES:
        slow = re.compile(_without_lookahead(pattern.pattern), pattern.flags)
        assert [[m.span() for m in pattern.finditer(s)] for s in SENTENCES] == [
            [m.span() for m in slow.finditer(s)] for s in SENTENCES]


def test_date_rules_need_their_words():
    # the words literals.needs finds for the date shapes: if a rule's change loses them all, the
    # shapes are still right, only searched everywhere again
    assert dates._NEEDS["month_only"] == frozenset({"tháng"})
    assert dates._NEEDS["days_and"] == frozenset({"và"})
    assert dates._NEEDS["day_slash"] == frozenset({"/"})


@SETTINGS
@given(text=DATE_TEXT)
def test_a_date_rule_ruled_out_by_its_words_has_no_match(text):
    for name, pattern, _ in dates._RULES:
        if not literals.may_match(dates._NEEDS[name], text.lower()):
            assert pattern.search(text) is None


def test_date_rules_ruled_out_on_articles_have_no_match():
    for name, pattern, _ in dates._RULES:
        for s in SENTENCES:
            if not literals.may_match(dates._NEEDS[name], s.lower()):
                assert pattern.search(s) is None


@pytest.mark.parametrize(("pattern", "text"), [
    (r"(?i)tháng\s+\d", "THÁNG 5"), (r"(?i)ngày|từ", "Từ"), (r"(?i)si", "ſi"), (r"(?i)ki", "\u212ai"),
    (r"(?i)ix", "İx"), (r"(?-i:Tư)", "Tư"), (r"a[/.]b", "a.b"), (r"(?:xy)+z", "xyxyz"), (r"(?i)σς", "ΣΣ")])
def test_needs_never_rules_out_a_match(pattern, text):
    compiled = re.compile(pattern)
    assert compiled.search(text)
    assert literals.may_match(literals.needs(compiled), text.lower())


def test_needs_of_patterns_that_require_nothing():
    assert literals.needs(re.compile(r"\d+")) is None
    assert literals.needs(re.compile(r"(?:ab)?c*")) is None
    assert literals.needs(re.compile(r"ab|\d")) is None


def _cued_everywhere(text: str) -> list:
    return [kind for kind in default_gazetteer().kinds if kind.cued_in(text)]


# Words of the kinds' cues, in several cases, and what sits beside them.
CUE_TEXT = st.lists(st.sampled_from([
    "hội nghị ", "Hội nghị ", "bộ trưởng ", "BỘ TRƯỞNG ", "ngoại giao ", "kinh tế ", "cấp cao ", "Cấp Cao ",
    "quan chức ", "cao cấp ", "mở rộng ", "AMM ", "amm ", "SOM ", "ADMM+ ", "ADMM-Plus ", "Plus ", "WG ", "DOC ",
    "ủy ban ", "uỷ ban ", "Ủy ban ", "hội đồng ", "đại ", "thượng đỉnh ", "phiên họp thứ ", "đối thoại ",
    "diễn đàn ", "nhóm công tác ", "CEO Summit ", "ABAC ", "(", ")", "-", " ", "x", "İ", "ſ"]), max_size=12).map("".join)


@SETTINGS
@given(text=CUE_TEXT)
def test_cued_kinds_are_the_kinds_cued_everywhere(text):
    gaz = default_gazetteer()
    for t in (text, gaz.fold(text), gaz.fold(text, keep_case=True)):
        assert gaz.cued_kinds(t) == _cued_everywhere(t)


def test_cued_kinds_on_articles():
    gaz = default_gazetteer()
    assert gaz.cue_scan is not None
    for s in SENTENCES:
        for t in (s, gaz.fold(s), gaz.fold(s, keep_case=True)):
            assert gaz.cued_kinds(t) == _cued_everywhere(t)


def test_cued_kinds_of_each_example():
    gaz = default_gazetteer()
    for kind in gaz.kinds:
        for t in (kind.example, gaz.fold(kind.example)):
            assert gaz.cued_kinds(t) == _cued_everywhere(t)


GAZ_PATTERNS = ("forum_re", "title_re", "country_re", "city_re", "place_re", "acronym_re", "synonym_re")


def _without_first(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(re.sub(r"^\(\?=\[[^\]]*\]\)", "", pattern.pattern), pattern.flags)


@pytest.mark.parametrize("name", GAZ_PATTERNS)
def test_vocabularies_match_as_without_their_first_letters(name):
    pattern = getattr(default_gazetteer(), name)
    slow = _without_first(pattern)
    assert slow.pattern != pattern.pattern or name not in ("country_re", "acronym_re")
    texts = TEXTS + SENTENCES + [t.upper() for t in SENTENCES] + [t.lower() for t in SENTENCES]
    assert [[m.span() for m in pattern.finditer(t)] for t in texts] == [[m.span() for m in slow.finditer(t)] for t in texts]


@SETTINGS
@given(text=TEXT)
def test_vocabularies_match_as_without_their_first_letters_on_generated_text(text):
    gaz = default_gazetteer()
    for name in GAZ_PATTERNS:
        pattern = getattr(gaz, name)
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in _without_first(pattern).finditer(text)]


@SETTINGS
@given(text=st.text(alphabet=st.characters(max_codepoint=0x2000), max_size=40) | TEXT)
def test_utf8_holds_a_control_character_where_its_bytes_hold_one(text):
    assert encoding._has_control_bytes(text.encode("utf-8")) == bool(encoding._CONTROL_CHARS.search(text))
    assert encoding._has_control_bytes(b"\xef\xbb\xbf" + text.encode("utf-8")) == bool(encoding._CONTROL_CHARS.search(text))


def _gated() -> list:
    """Every pattern that sentences.Gated searches only where its words are, once the modules that
    make them are imported."""
    for module in ("assemble", "dates", "meetings", "participants", "people"):
        importlib.import_module(f"etl.{module}")
    return list(sentences.GATED)


def _found_by(pattern, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text, pos, endpos)] + [
        pattern.search(text, pos, endpos) and pattern.search(text, pos, endpos).span()]


def test_the_gated_patterns_need_words():
    assert len(_gated()) >= 20 and all(g.need for g in _gated())


@SETTINGS
@given(text=AHEAD_TEXT)
def test_a_gated_pattern_finds_what_the_pattern_finds(text):
    for gated in _gated():
        sentences.forget_article()
        for pos in (0, len(text) // 2):
            assert _found_by(gated, text, pos) == _found_by(gated.pattern, text, pos), gated.pattern.pattern
            # (Gated tries the pattern only where its opening words stand: etl/openings.py)
            end = pos + (len(text) - pos) // 2
            assert _found_by(gated, text, pos, end) == _found_by(gated.pattern, text, pos, end), gated.pattern.pattern


def test_a_gated_pattern_on_articles():
    for gated in _gated():
        sentences.forget_article()
        for t in SENTENCES + [s.upper() for s in SENTENCES]:
            assert _found_by(gated, t) == _found_by(gated.pattern, t), gated.pattern.pattern


def test_a_gates_automaton_answers_as_its_words():
    # a gate of many words looks for them in one automaton pass (sentences._MANY), not one by one
    many = [g for g in _gated() if len(g._words) >= sentences._MANY]
    assert many, "no gate has enough words for the automaton: the shortcut is not tried"
    texts = SENTENCES + [s.upper() for s in SENTENCES] + ["", "hôm nay", "xhôm nayx", "ngày mốt"]
    for gated in many:
        sentences.forget_article()
        assert [gated.may_match(t) for t in texts] == [literals.may_match(gated.need, t.lower()) for t in texts]


def test_a_gated_pattern_on_the_dev_articles():
    dev = ROOT.parent / "shared" / "eval" / "dev" / "articles"
    if not dev.is_dir():
        pytest.skip("../shared/eval/dev is not beside the checkout")
    texts = [s for p in sorted(dev.glob("*.txt")) for s in split_sentences(p.read_text(encoding="utf-8"))]
    for gated in _gated():
        sentences.forget_article()
        for t in texts:
            for pos, end in ((0, sys.maxsize), (len(t) // 3, 2 * len(t) // 3)):
                assert _found_by(gated, t, pos, end) == _found_by(gated.pattern, t, pos, end), gated.pattern.pattern


def test_dates_read_again_from_a_sentences_shapes_are_the_same():
    # dates._shapes keeps a sentence's date shapes for the rest of the article: another context
    # reads them again, and must read them as it would have from scratch
    contexts = [dates.DateContext(), dates.DateContext(year=2019), dates.DateContext(
        year=2020, ref=date(2020, 12, 30), ref_precision="day"), dates.DateContext(year=2021, ref=date(2021, 3, 1),
                                                                                   ref_precision="month")]
    fresh = []
    for ctx in contexts:
        for s in SENTENCES:
            sentences.forget_article()
            fresh.append(dates.find_dates(s, ctx))
    sentences.forget_article()
    assert [dates.find_dates(s, ctx) for ctx in contexts for s in SENTENCES] == fresh


def test_str_split_splits_where_a_pattern_sees_white_space():
    # meetings._phrase_end counts a phrase's words with str.split() before reading them with \S+
    assert all(bool(re.fullmatch(r"\s", chr(c))) == chr(c).isspace() for c in range(0x110000))


def test_a_sentences_forums_read_from_its_articles_are_the_scans():
    gaz = default_gazetteer()
    derived = 0
    for t in TEXTS + [t.replace("\n", " ") for t in TEXTS]:
        hits = list(gaz.forum_re.finditer(t))
        starts = [h.start() for h in hits]
        at = 0
        for s in split_sentences(t) + ["ASEAN", "APEC+", "G20 và APEC"]:
            found = t.find(s, at)
            if found < 0:
                continue
            at = found + len(s)
            own = meetings.forum_hits_in(t, hits, starts, found, len(s))
            if own is not None:
                derived += 1
                assert [(h.span(), h.group()) for h in own] == [(m.span(), m.group()) for m in gaz.forum_re.finditer(s)]
    assert derived > 300


@SETTINGS
@given(text=TEXT, cut=st.integers(0, 60), length=st.integers(0, 60))
def test_a_pieces_forums_read_from_the_text_are_the_scans(text, cut, length):
    gaz = default_gazetteer()
    hits = list(gaz.forum_re.finditer(text))
    at, piece = min(cut, len(text)), text[min(cut, len(text)):min(cut, len(text)) + length]
    own = meetings.forum_hits_in(text, hits, [h.start() for h in hits], at, len(piece))
    if own is not None:
        assert [(h.span(), h.group()) for h in own] == [(m.span(), m.group()) for m in gaz.forum_re.finditer(piece)]


@pytest.mark.parametrize("text", [
    "Hội nghị COP28 khai mạc tại Dubai.", "tại COP 26,", "COP-29", "ADMM+ họp tại Jakarta", "ADMM+8 năm nay",
    "ADSOM+ và ADSOM", "Hiệp ước SEANWFZ", "WCSP lần thứ 3", "(COP27)", "COPE không phải", "cop28", "xADMM", "MCOP",
    "Không có diễn đàn nào ở đây.",
])
def test_the_forum_test_says_maybe_wherever_a_kinds_acronym_names_a_forum(text):
    # an article that names no forum but a kind's acronym ("COP28") is read: the quick test's
    # `in` look for each acronym before kind_forum_re must not rule out a text it matches
    gaz = default_gazetteer()
    assert not gaz.kind_forum_re.flags & re.IGNORECASE      # the `in` test is as case-sensitive
    assert gaz.may_name_forum(text) or not (gaz.kind_forum_re.search(text) or gaz.forum_re.search(text))
    with_literals_off = replace(gaz, forum_literals=forumscan.ForumLiterals(None, []), forum_gate=None)
    assert with_literals_off.may_name_forum(text) == bool(gaz.kind_forum_re.search(text))
    # the acronyms' gate (gazetteer.acronym_gate) finds more: never a text these find nothing in
    with_gate_only = replace(gaz, forum_literals=forumscan.ForumLiterals(None, []))
    assert with_gate_only.may_name_forum(text) or not (gaz.kind_forum_re.search(text) or gaz.forum_re.search(text))


def _may_name_forum_without_the_gate(text: str) -> bool:
    return replace(default_gazetteer(), forum_gate=None).may_name_forum(text)


def test_the_acronyms_gate_is_built():
    gaz = default_gazetteer()
    assert gaz.forum_gate is not None and all(gaz.forum_gate.fullmatch(a) for a in gaz.kind_forum_of)
    assert acronym_gate(["APEC"], ["COP", "not one"]) is None       # it would be matched in capitals only


@SETTINGS
@given(text=FORUM_TEXT | st.lists(st.sampled_from(PIECES + ["COP", "ADMM+", "WCSP", "G - 20", "ASEAN+3"]),
                                  max_size=20).map("".join))
def test_the_acronyms_gate_says_maybe_wherever_the_slow_form_does(text):
    assert default_gazetteer().may_name_forum(text) or not _may_name_forum_without_the_gate(text)


def test_the_acronyms_gate_on_articles():
    import random

    from benchmarks.corpus import neutral
    gaz = default_gazetteer()
    texts = article_texts() + LINES + [neutral(t, random.Random(k)) for k, t in enumerate(TEXTS)]
    quick, slow = [gaz.may_name_forum(t) for t in texts], [_may_name_forum_without_the_gate(t) for t in texts]
    assert all(q or not s for q, s in zip(quick, slow))
    # it finds more only where an acronym stands without its look-around ("SDGs"): rarely
    assert sum(q != s for q, s in zip(quick, slow)) <= len(texts) // 100


def test_isprintable_says_no_to_every_other_space():
    # forumscan._is_flat asks isprintable() before searching for _OTHER_SPACE
    assert not any(chr(c).isprintable() and forumscan._OTHER_SPACE.match(chr(c)) for c in range(0x110000))


def _forum_matches_slowly(text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group()) for m in default_gazetteer().forum_re.finditer(text)]


def _forum_matches(text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group()) for m in default_gazetteer().forum_matches(text)]


@SETTINGS
@given(text=FORUM_TEXT | st.lists(_forum_name() | st.sampled_from(["WAIPA", "Việt Nam", "NAM", "x", "-", "–", " ", "\n"]),
                                  max_size=12).map("".join))
def test_the_forums_found_where_a_name_may_begin_are_the_scans(text):
    assert _forum_matches(text) == _forum_matches_slowly(text)


def test_the_forums_found_where_a_name_may_begin_on_articles():
    gaz = default_gazetteer()
    texts = article_texts() + TEXTS + LINES
    assert [_forum_matches(t) for t in texts] == [_forum_matches_slowly(t) for t in texts]
    assert sum(gaz.forum_literals.starts(t) is not None for t in texts) > len(texts) * 0.9     # (few fall back)
    for text in ("Việt Nam dự APEC và G - 20", "ASEAN-EU", "WAIPA, AIPA", "WASEAN-EU", "İstanbul APEC", "a  APEC"):
        assert _forum_matches(text) == _forum_matches_slowly(text)
    off = replace(gaz, forum_literals=forumscan.ForumLiterals(gaz.forum_literals.acronyms, []))
    assert off.forum_literals.starts("APEC") is None and [m.span() for m in off.forum_matches("APEC")] == [(0, 4)]
