"""The read stage's shortcuts give the answers of the slow forms they stand in for.

Each quick test (a length looked at before a pattern, a step of a library's repair known to change nothing)
must never change a row: these tests turn each shortcut off and compare, on the seeds' and the
written articles' texts, on the benchmark corpus's outlet files and on lines made to sit at the
shortcut's edge. (tests/test_prefilters.py holds the older shortcuts, of every stage.)
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl import layout
from etl.dateline import DATELINE_MAX, parse_dateline

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))
         + sorted((ROOT / "tests" / "data" / "written" / "articles").glob("*.txt"))]
HEADLINE = "Bế mạc Hội nghị SOM 2 APEC 2017"
LEAD = "Ngày 18/5, tại Hà Nội, Hội nghị lần thứ hai các quan chức cao cấp APEC (SOM 2) đã kết thúc."
MORE = "Hội nghị thảo luận định hướng hợp tác dài hạn của APEC và những đề xuất cải cách bộ máy APEC."


def _padded(line: str, length: int) -> str:
    return line + " " + "x" * (length - len(line) - 1)


# Date lines with a time under the lead, at the length a date line may have and one over it.
DATELINES = [_padded("Cập nhật lúc 22:30 ngày 19/11/2011 | Hà Nội", n) for n in (DATELINE_MAX, DATELINE_MAX + 1)]
EDGE_TEXTS = [f"{HEADLINE}\n{LEAD}\n{line}\n{MORE}" for line in DATELINES]


def test_a_date_line_is_never_longer_than_its_limit():
    assert [bool(parse_dateline(line)) for line in DATELINES] == [True, False]
    assert all(not parse_dateline(" " + line + " ") or len(line.strip()) <= DATELINE_MAX
               for t in TEXTS for line in t.split("\n"))


@pytest.mark.parametrize("texts", [TEXTS, EDGE_TEXTS], ids=["articles", "edge"])
def test_layout_reads_the_time_only_on_a_line_short_enough(texts, monkeypatch):
    quick = [layout.split_layout(t) for t in texts]
    if texts is EDGE_TEXTS:     # the first is cut as the page's date line, the second stays in the body
        assert [q.published and q.published.source for q in quick] == ["byline", None]
    monkeypatch.setattr(layout, "DATELINE_MAX", 10**9)
    assert [layout.split_layout(t) for t in texts] == quick


# ftfy's repair of double-encoded text, without the badness scan of a last step that changes nothing

def _mojibake(text: str) -> str:
    from benchmarks.corpus import double_encoded
    return double_encoded(text).decode("utf-8")


def _partly(text: str) -> str:
    """Every other line double-encoded: mojibake embedded in good text."""
    return "\n".join(_mojibake(line) if n % 2 else line for n, line in enumerate(text.split("\n")))


MOJIBAKE = ([_mojibake(t) for t in TEXTS[:40]] + [_mojibake(_mojibake(t)) for t in TEXTS[:5]]
            + [_partly(t) for t in TEXTS[:10]] + [
                "", "Hội nghị", "cafÃ© crÃ¨me", "Há»™i nghá»‹\x81 APEC", "Há»™i nghá»‹ Â APEC", "Ã\xa0 Hà Nội",
                "Hội nghị — Há»™i nghá»‹", "HÃ¡Â»â„¢i nghÃ¡Â»â€¹", "\x80\x93 Hội nghị", "Ð¡Ð¾Ð²ÐµÑ‚"]
            # once repaired, Vietnamese that still holds mojibake or C1 controls: a further step changes it
            + [_mojibake(t) for t in ("Hội nghị " + _mojibake("Hội nghị APEC") + " bế mạc", "Hội nghị \x85 APEC",
                                      "Hội nghị ấ\x80 APEC", "Hội nghị \x9d\x80\x85 Ã© APEC", "Ã©", "Há»™i")])
# Pieces of Vietnamese, of its mojibake and of what ftfy looks for (C1 controls, a lone "Â", Cyrillic).
FTFY_PIECES = list("aHội ngịẠư\n") + ["á»™", "á»‹", "Ã¡", "Ã", "Â", "â€", "™", "\x81", "\x9d", "Ð", "Ñ", "é", " ",
                                         "?", "\ufffd", "â€œ", "â€\ufffd", "Ã?", "\x1a"]


def test_fix_encoding_is_ftfys():
    import ftfy

    from etl.encoding import fix_encoding
    assert [fix_encoding(t) for t in MOJIBAKE] == [ftfy.fix_encoding(t) for t in MOJIBAKE]


def test_fix_encoding_is_ftfys_where_bytes_were_lost():
    import ftfy

    from etl.encoding import fix_encoding
    # each fails with either byte left out of LOSSY_BYTES
    lost = ["â€œ like this â€\ufffd", "Há»™i Ã? nghá»‹", "Há»™i nghá»‹ â€?", "Há»™i nghá»? APEC", "Ã? Ã\ufffd"]
    assert [fix_encoding(t) for t in lost] == [ftfy.fix_encoding(t) for t in lost]


def test_every_lossy_sequence_holds_a_byte_that_marks_it():
    """fix_encoding leaves replace_lossy_sequences out for a text that no sloppy encoding turns into
    a byte of encoding.LOSSY_BYTES: each branch of ftfy's pattern must need one of them."""
    from re import _parser

    from ftfy.chardata import LOSSY_UTF8_RE

    from etl.encoding import LOSSY_BYTES

    def only_lossy(op, av) -> bool:
        if op is _parser.LITERAL:
            return av in LOSSY_BYTES
        return op is _parser.IN and all(o is _parser.LITERAL and a in LOSSY_BYTES for o, a in av)

    (op, (_, branches)), = _parser.parse(LOSSY_UTF8_RE.pattern).data
    assert op is _parser.BRANCH and len(branches) > 5
    assert all(any(only_lossy(o, a) for o, a in branch.data) for branch in branches)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.lists(st.sampled_from(FTFY_PIECES), max_size=40).map("".join))
def test_fix_encoding_is_ftfys_on_generated_text(text):
    import ftfy

    from etl.encoding import fix_encoding
    assert fix_encoding(text) == ftfy.fix_encoding(text)
    assert fix_encoding(_mojibake(text)) == ftfy.fix_encoding(_mojibake(text))


# The header's shape tests: a paragraph's length looked at, or its words counted only as far as needed

def _is_headline_slowly(line: str) -> bool:
    s = line.strip().rstrip("|").strip()
    words = s.split()
    if not (2 <= len(words) <= 40) or len(s) > 250:
        return False
    return layout.is_headline(line)     # the rest is as it was


def _is_furniture_slowly(line: str, following: str | None) -> bool:
    s = line.strip()
    words = s.split()
    if len(words) == 1 and not any(c.isdigit() for c in s):
        return True
    if layout._FILE_NAME.search(s) or (layout._has_crumb(s) and all(len(p.split()) <= 4 for p in layout._CRUMB.split(s))):
        return True
    if len(words) > 4 or len(s) > 30 or any(c.isdigit() or c in layout._SENTENCE_MARKS for c in s):
        return False
    if len(words) <= 2:
        return True
    return bool(following and len(following) > len(s) and layout.is_headline(following))


def _is_masthead_slowly(line: str) -> bool:
    words = line.split()
    caps = [w for w in words if any(c.isalpha() for c in w) and w.upper() == w]
    return 1 <= len(words) <= 5 and len(caps) >= max(1, len(words) - 2) and words[0].upper() == words[0]


def _is_byline_name_slowly(line: str, following: str | None) -> bool:
    words = line.split()
    if not (1 <= len(words) <= 8) or len(line) > 60 or any(c.isdigit() for c in line) or line.endswith("."):
        return False
    return bool(following and parse_dateline(following))


def _headline_over_lead_slowly(line: str, following: str | None) -> bool:
    if len(line.split()) < 5 or line.endswith(("...", "…")) or not layout.is_headline(line.rstrip("|").strip()):
        return False
    if any(layout._PAGE_FIELD.search(field if i == 0 else "|" + field) for i, field in enumerate(line.split("|"))
           ) and "|" in line:
        return False        # a line of a page's fields
    return bool(following and not layout.is_headline(following))


def _shapes_agree(line: str, following: str) -> None:
    assert layout.is_headline(line) == _is_headline_slowly(line)
    if not parse_dateline(line.strip()):     # what the header knows of a line it asks is_headline
        assert layout.is_headline(line, undated=line.strip()) == layout.is_headline(line)
    assert layout.is_furniture(line, following) == _is_furniture_slowly(line, following)
    assert layout.is_masthead(line) == _is_masthead_slowly(line)
    assert layout._is_byline_name(line, lambda: following) == _is_byline_name_slowly(line, following)
    assert layout._headline_over_lead(line, lambda: following) == _headline_over_lead_slowly(line, following)


# Words of a header's lines in every case, the white space str.split cuts at, and lengths about the limits.
HEADER_PIECES = ["Bế mạc", "HỘI NGHỊ", "APEC", "điện tử", "NHÂN DÂN", "Trang chủ", ">", "|", "-", "x" * 25, " ", "  ",
                 "\t", "\u2003", "\u00a0", "\n", "2017", "18/5/2017", "08:30", ".", ",", "...", "…", "(", ")", "a.jpg"]
HEADER_LINE = st.lists(st.sampled_from(HEADER_PIECES), max_size=70).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(line=HEADER_LINE, following=HEADER_LINE)
def test_header_shapes_answer_as_counting_every_word(line, following):
    _shapes_agree(line, following)


def test_header_shapes_on_articles():
    lines = [line for t in TEXTS for line in t.split("\n")]
    for line, following in zip(lines, lines[1:] + [""]):
        _shapes_agree(line, following.strip())


# The date line's patterns look ahead for a digit (etl/lookahead.py): the same matches as without.

DATE_PIECES = ["18/5/2017", "18-5-2017", "18.05.2017", "2017-05-18", "ngày 18 tháng 5 năm 2017", "18 tháng Năm 2017",
               "08:30", "8h30", "123", "1", "/", "-", " - ", "–", "thứ ", "Thứ Hai, ", "Hà Nội, ", "(TTXVN)", " ", "a"]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.lists(st.sampled_from(DATE_PIECES), max_size=20).map("".join))
def test_date_line_patterns_match_as_without_their_look_ahead(text):
    _date_patterns_agree([text])


def test_date_line_patterns_on_articles():
    _date_patterns_agree([line for t in TEXTS for line in t.split("\n")])


def _date_patterns_agree(texts: list[str]) -> None:
    from etl import dateline, lookahead
    made = [(slow, quick) for slow, quick in lookahead.MADE
            if quick in (dateline._DMY, dateline._YMD, dateline._DMY_WORDS, dateline.TIME, dateline._RANGE_BEFORE)]
    assert len(made) == 5
    for slow, quick in made:
        for t in texts:
            assert [(m.span(), m.groups()) for m in quick.finditer(t)] == [(m.span(), m.groups()) for m in slow.finditer(t)]


# Decoding: a file with no NUL or control byte is not counted for them, nor its text scanned

def _utf16_guess_slowly(data: bytes) -> str | None:
    head = data[:4096]
    if len(head) < 4:
        return None
    even_nul, odd_nul, half = head[0::2].count(0), head[1::2].count(0), len(head) // 2
    if odd_nul > half * 0.3 and even_nul < half * 0.05:
        return "utf-16-le"
    if even_nul > half * 0.3 and odd_nul < half * 0.05:
        return "utf-16-be"
    return None


def _decoded_both_ways(data: bytes) -> tuple:
    from etl import encoding
    quick = encoding.decode(data)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(encoding, "_has_control_bytes", lambda data: True)    # as if every file held one
        m.setattr(encoding, "_utf16_guess", _utf16_guess_slowly)
        slow = encoding.decode(data)
    return quick, slow


def _forms(text: str) -> list[bytes]:
    from benchmarks.corpus import double_encoded

    from .conftest import cp1258_bytes
    return [text.encode("utf-8"), b"\xef\xbb\xbf" + text.encode("utf-8"), text.encode("utf-16"),
            text.encode("utf-16-le"), text.encode("utf-16-be"), double_encoded(text), cp1258_bytes(text)]


def test_decode_without_its_shortcuts_on_articles():
    for t in TEXTS[:60] + ["Hội nghị\x00 APEC", "Hội nghị\x07 APEC " * 3, "Hội\x1b\x1b\x1b\x1b\x1b\x1b\x1b\x1b\x1b nghị",
                           "a\x0cb", "ab", "\x00\x00\x00\x00"]:
        for data in _forms(t):
            quick, slow = _decoded_both_ways(data)
            assert quick == slow


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=200) | st.text(alphabet="aăđ ếệ\n\x00\x01\x07\x0b\x1b\x1fÃ»", max_size=100).map(
    lambda t: t.encode("utf-8")))
def test_decode_without_its_shortcuts_on_generated_bytes(data):
    from etl import encoding
    assert encoding._utf16_guess(data) == _utf16_guess_slowly(data)
    quick, slow = _decoded_both_ways(data)
    assert quick == slow


# The body's lines: one pattern for the five a line may open as, the image search once a text

FIVE = ("_RULE", "_FOOTER", "_SECTION_END", "_TEASER_LINE", "_SHARE")


def _opens_as_boilerplate_slowly(line: str) -> bool:
    return any(getattr(layout, name).match(line) for name in FIVE)


# Pieces of each of the five's phrases (in both cases), of captions, image names, end marks and brackets.
LINE_PIECES = ["Nguồn", "Theo", "Source", "TTXVN", ":", " : ", "https://a.vn/b", " - ", "Tin liên quan", "XEM THÊM",
               "Bình luận", "(3)", "Đọc thêm", ">>", "Chia sẻ", "Facebook", "12", "1.200 lượt xem", "Lượt xem: 3",
               "-----", "=====", "*", " ", "\u2003", "\t", "Hội nghị APEC", ".", "(Ảnh: TTXVN)", "Ảnh:", "photo",
               "hinh.JPG", "a_1", "./.", "/.", "[Tin bài: Hội nghị SOM 2 APEC]", "|", "–", "\n", "\n\n"]
LINE_TEXT = st.lists(st.sampled_from(LINE_PIECES), max_size=30).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(line=LINE_TEXT)
def test_one_pattern_for_the_five_a_line_may_open_as(line):
    for s in (line, line.strip()):
        assert bool(layout._BOILERPLATE_START.match(s)) == _opens_as_boilerplate_slowly(s)


def test_one_pattern_for_the_five_on_articles():
    lines = [line.strip() for t in TEXTS for line in t.split("\n")] + [
        p.strip() for p in LINE_PIECES] + ["Nguồn TG&VN: https://a.vn/b", "Xem thêm: Hội nghị", "Ý kiến bạn đọc (3)"]
    assert sum(map(_opens_as_boilerplate_slowly, lines)) >= 10
    assert [bool(layout._BOILERPLATE_START.match(s)) for s in lines] == list(map(_opens_as_boilerplate_slowly, lines))


def _layout_both_ways(texts: list[str]) -> None:
    quick = [layout.split_layout(t) for t in texts]
    with pytest.MonkeyPatch.context() as m:
        m.setattr(layout, "_BOILERPLATE_START", re.compile(""))     # every line asked the five
        m.setattr(layout, "_may_name_images", lambda text: True)    # every line searched for an image
        m.setattr(layout, "_may_hold_caption_tail", lambda text: True)     # and for a caption in brackets
        assert [layout.split_layout(t) for t in texts] == quick


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.lists(LINE_TEXT, max_size=8).map("\n".join))
def test_layout_gives_the_same_with_its_line_shortcuts_off(text):
    _layout_both_ways([text, f"{HEADLINE}\n{LEAD}\n{text}", f"{HEADLINE}\n{text}\n{MORE}"])


def test_layout_gives_the_same_with_its_line_shortcuts_off_on_articles():
    _layout_both_ways(TEXTS)


# The header's literal prefilters: each pattern needs its literal in every match

HEADER_TEXT = st.lists(st.sampled_from(HEADER_PIECES + ["http", "https://a.vn/b c", "URL: ", "Link gốc : ", "_", "_12",
                                                        "hinh_1", ".JPG", ".webp", "a.png ", "x"]), max_size=30).map("".join)


def _header_prefilters_agree(line: str) -> None:
    assert layout._names_file(line) == bool(layout._FILE_NAME.search(line))
    quick, slow = layout._address(line), layout._ADDRESS.match(line)
    assert (quick and quick.span()) == (slow and slow.span())


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(line=HEADER_TEXT)
def test_header_prefilters_answer_as_their_patterns(line):
    _header_prefilters_agree(line)
    _header_prefilters_agree(line.strip())


def test_header_prefilters_on_articles():
    lines = [line for t in TEXTS for line in t.split("\n")] + ["URL: https://a.vn/b", "hoi-nghi.jpg", "Summit_1"]
    assert sum(bool(layout._ADDRESS.match(x)) for x in lines) >= 1 and sum(layout._names_file(x) for x in lines) >= 2
    for line in lines:
        _header_prefilters_agree(line)


def test_embedded_utf8_is_ftfys_pattern_with_a_look_ahead():
    from ftfy.chardata import UTF8_DETECTOR_RE

    from etl.encoding import _embedded_utf8, fix_encoding
    quick = _embedded_utf8()
    assert quick is not UTF8_DETECTOR_RE and quick.pattern.startswith("(?=[")
    texts = MOJIBAKE + [fix_encoding(t) for t in MOJIBAKE] + TEXTS[:40] + ["Ý kiến", "Ä‘ Đ Ă ", "á»± Há»™i"]
    assert sum(bool(UTF8_DETECTOR_RE.search(t)) for t in texts) >= 10
    for t in texts:
        assert [(m.span(), m.groups()) for m in quick.finditer(t)] == [(m.span(), m.groups()) for m in UTF8_DETECTOR_RE.finditer(t)]


# Reading a text file: the file's suffix without a Path, no carriage return to replace, the row
# made with its hash

@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rel=st.lists(st.sampled_from(["a", "b.txt", ".", "..", "/", "//", ".TXT", "x.", "é", " "]), max_size=6).map("".join))
def test_a_files_suffix_is_its_paths(rel):
    from etl.read import _suffix
    assert _suffix(rel) == Path(rel).suffix


def test_a_files_suffix_on_the_tests_files():
    from etl.read import _suffix
    rels = [p.relative_to(ROOT).as_posix() for p in (ROOT / "tests" / "data").rglob("*")] + [
        "a/b.txt/", "a/b.txt/.", ".txt", "a/.txt", "a/b.", "a.b/c", "a/b.tar.gz", "", "."]
    assert [_suffix(r) for r in rels] == [Path(r).suffix for r in rels]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(alphabet="a\r\n\u2028 ", max_size=30))
def test_unix_lines_replaces_as_both_replacements(text):
    from etl.encoding import unix_lines
    assert unix_lines(text) == text.replace("\r\n", "\n").replace("\r", "\n")


def _text_files() -> list[Path]:
    from .conftest import SHARED_DEV
    folders = [ROOT / "seeds", ROOT / "tests" / "data", SHARED_DEV / "articles"]
    return [p for folder in folders if folder.is_dir() for p in sorted(folder.rglob("*.txt"))]


def test_a_text_files_row_is_made_with_its_hash_as_replace_gives_it():
    import hashlib

    from etl import read
    from etl.encoding import decode
    checked = 0
    for path in _text_files():
        data = path.read_bytes()
        decoded = decode(data)
        if decoded.text is None or len(data) > read.MAX_BYTES:
            continue
        raw_hash = hashlib.sha1(data).hexdigest()
        slow = read._with_hash(read._article(path.name, decoded.text, decoded.encoding), raw_hash)
        assert read.read_bytes(path.name, data) == [slow]
        checked += 1
    assert checked > 30


# The header's and the closing lines' shapes with their lengths first; a day searched for from
# the first digit on; a menu split only where a separator may be

def _closing_dateline_slowly(line: str):
    from etl.dateline import _CLOSING, _CLOSING_BYLINE, _PUBLISHED_CUE, TIME
    s = line.strip()
    if _PUBLISHED_CUE.match(s):
        return parse_dateline(s)
    if (signed := _CLOSING_BYLINE.match(s)) and signed["name"].isupper():
        return parse_dateline(s)
    if not _CLOSING.match(s) or TIME.search(s):
        return None
    return parse_dateline(s)


def _is_signer_slowly(line: str) -> bool:
    words = line.split()
    return (1 <= len(words) <= 8 and len(line) <= 60 and line[0].isupper() and line[-1] not in ".!?…:;,"
            and not any(c.isdigit() for c in line))


def _day_in_slowly(s: str):
    from etl.dateline import _DMY_WORDS, DAY_PATTERNS, _number, valid_day
    for pattern, order in DAY_PATTERNS:
        if pattern is _DMY_WORDS and "tháng" not in s.lower():
            continue
        m = pattern.search(s)
        found = m and valid_day(*(_number(m.group(g)) for g in order))
        if found:
            return found, m.group(0)
    return None


def _closing_shapes_agree(line: str) -> None:
    from etl.dateline import closing_dateline, day_in
    assert closing_dateline(line) == _closing_dateline_slowly(line)
    assert layout._is_signer(line) == _is_signer_slowly(line)
    assert day_in(line) == _day_in_slowly(line)


CLOSING_PIECES = DATE_PIECES + ["Bài đăng ngày ", "(Đăng lúc 21:05, ", "Cập nhật: ", "BỘ NGOẠI GIAO", "TS. Lê Hải Bình",
                                "PHAN THÀNH - ", "Phan Thành | ",
                                "Viêng Chăn, ", "ngày 28 tháng 7 năm 2019", "x" * 30, "\u0661\u0662/5/2017", "٣"]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(line=st.lists(st.sampled_from(CLOSING_PIECES), max_size=20).map("".join))
def test_closing_shapes_answer_as_without_their_length_first(line):
    _closing_shapes_agree(line)


def test_closing_shapes_on_articles():
    lines = [line for t in TEXTS for line in t.split("\n")]
    lines += [_padded("Hà Nội, ngày 28 tháng 7 năm 2019", n) for n in (DATELINE_MAX, DATELINE_MAX + 1)]
    assert sum(_closing_dateline_slowly(x) is not None for x in lines) >= 3
    for line in lines:
        _closing_shapes_agree(line)


def test_the_day_patterns_open_with_a_digit():
    """day_in searches them from the first digit on: each must look ahead for one (lookahead.ahead)."""
    from etl.dateline import DAY_PATTERNS
    assert all(pattern.pattern.startswith("(?=[\\d])") for pattern, _ in DAY_PATTERNS)


def test_a_menus_separator_holds_a_mark_or_two_spaces():
    """is_menu splits only a line where _MENU_MARK finds something; every match of _MENU_SEP holds
    what it looks for."""
    chars = [chr(c) for c in range(0x3000) if chr(c).isspace() or chr(c) in "|•·›»>-a. "] + ["\u3000", "\u2028"]
    for a in chars:
        for b in chars:
            assert bool(layout._MENU_MARK.search(a + b)) == bool(re.search(r"[|•·›»>]|\s\s", a + b))
    for text in [line for t in TEXTS for line in t.split("\n")] + ["Thời sự | Thế giới", "a  b  c", "a > b > c"]:
        assert bool(layout._MENU_MARK.search(text)) or len([m for m in layout._MENU_SEP.finditer(text)]) == 0


# The five a body's line may open as, each looking ahead for the characters it opens with

def _boilerplate_five() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    from etl import lookahead
    five = [getattr(layout, name) for name in FIVE]
    return [(slow, quick) for slow, quick in lookahead.MADE if any(quick is p for p in five)]


def test_the_five_look_ahead_as_without():
    made = _boilerplate_five()
    assert len(made) == 5
    lines = [line for t in TEXTS for line in t.split("\n")] + LINE_PIECES + ["Nguồn TG&VN: https://a.vn/b", "Ý kiến (3)"]
    for slow, quick in made:
        assert [bool(quick.match(x)) for x in lines] == [bool(slow.match(x)) for x in lines]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(line=LINE_TEXT)
def test_the_five_look_ahead_as_without_on_generated_lines(line):
    for slow, quick in _boilerplate_five():
        for s in (line, line.strip()):
            found, expected = quick.match(s), slow.match(s)
            assert (found and (found.span(), found.groupdict())) == (expected and (expected.span(), expected.groupdict()))


# The body's captions: "ảnh" looked for in a line's last sentence only

def _caption_line_slowly(s: str, tail: re.Match | None) -> bool:
    if len(s) > 300:
        return False
    if tail and tail.end() >= len(s.rstrip(". ")) - 1:
        return True
    return layout._names_photo(s) and bool(layout._CAPTION_LINE.search(s))


# Captions' words in every case, beside full stops, spaces and line breaks of several kinds.
CAPTION_PIECES = LINE_PIECES + ["Ảnh minh họa: TTXVN", "ảnh hưởng", "cảnh", "NGUỒN ẢNH: VGP", "Photo", " - ", "-",
                                ". ", "..", "./", "\x85", "\u2028", " \n", "Hội nghị APEC " * 8]
CAPTION_TEXT = st.lists(st.sampled_from(CAPTION_PIECES), max_size=30).map("".join)


def _captions_agree(line: str) -> None:
    for s in (line, line.strip()):
        tail = layout._CAPTION_TAIL.search(s)
        assert layout._caption_line(s, tail) == _caption_line_slowly(s, tail)
        # no longer line is a caption (_caption_line says no at once)
        assert len(s) <= layout._CAPTION_MAX or not _caption_line_slowly(s, tail)
        assert (layout._CAPTION_LINE.search(s, layout._last_stop(s)) is None) == (layout._CAPTION_LINE.search(s) is None)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(line=CAPTION_TEXT)
def test_a_caption_line_is_found_in_its_last_sentence(line):
    _captions_agree(line)


def test_a_caption_line_is_found_in_its_last_sentence_on_articles():
    lines = [line for t in TEXTS for line in t.split("\n")] + [
        "Toàn cảnh buổi làm việc. Ảnh: Bộ Ngoại giao", "Hai bên ký kết. - Ảnh: TTXVN.", "Ảnh: VGP. ", "a. b. Photo: X.\n"]
    assert sum(bool(layout._CAPTION_LINE.search(x)) for x in lines) >= 5
    for line in lines:
        _captions_agree(line)
