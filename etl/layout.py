"""Decoded text -> headline, address, date, outlet and clean body.

The layouts seen in real files: headline first; an address line between dashed
rules, or labelled ("URL: …"); a " date YYYY-MM" prefix; a page's date line above or below
the headline; a byline with a time; a date line closing the text over a signer's line; a
"Nguồn …: URL" footer; reader comments and teasers after the body. Date lines, the page's and the lead's, are read with dateline.py. Pure functions only.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlparse

from .dateline import DATELINE_MAX, LEAD, TIME, WEEKDAY, closing_dateline, day_in, lead_day, parse_dateline, valid_day
from .lookahead import ahead
from .records import Published
from .sentences import LIST_ITEM
from .vi import TIMES_OF_DAY, alt

_DATE_PREFIX = re.compile(r"^\s*date\s+(\d{4})-(\d{2})(?:-(\d{2}))?\b\s*")
_URL = re.compile(r"https?://[^\s<>\"']+")
# An address line at the top, bare or after a short label: "URL: https://…", "Link gốc : https://…".
_ADDRESS = re.compile(r"^(?:[^\W\d_][^\d:/]{0,30}?\s*:\s*)?(https?://\S+)$")
_RULE = re.compile(r"^\s*[-=_*]{5,}\s*$")
# "Nguồn TG&VN: URL", "Nguồn: Báo Thế giới và Việt Nam - URL": the outlet before or after the colon.
_FOOTER = re.compile(r"^\s*(?:Nguồn|Theo|Source)\s*(?P<outlet>[^:\n]{0,60}?)\s*:\s*"
                     r"(?:(?P<named>[^:\n]{1,60}?)\s*[-–—]\s*)?(?P<url>https?://\S+)\s*$", re.I)
_LEAD_DASH = re.compile(r"^\s*[-–—]\s+")
_SECTION_END = re.compile(
    r"(?i)^\s*(ý kiến bạn đọc|ý kiến của bạn|bình luận|gửi bình luận|tin liên quan|tin bài liên quan|"
    r"bài liên quan|bài viết liên quan|tin cùng chuyên mục|các tin khác|tin khác|đọc thêm|xem thêm|"
    r"tin mới nhất|tin đọc nhiều|có thể bạn quan tâm|related articles?|comments?)\s*:?\s*(\(\d+\))?\s*$"
)
# A box of related headlines: inside the article, the body goes on after it.
_RELATED = re.compile(r"(?i)^\s*(tin liên quan|tin bài liên quan|bài liên quan|bài viết liên quan|đọc thêm|xem thêm|"
                      r"có thể bạn quan tâm|related articles?)\s*:?\s*$")
_TEASER_LINE = re.compile(r"(?i)^\s*(xem thêm|tin liên quan|đọc thêm|>>+)\s*:?\s+\S")
_SHARE = re.compile(r"(?i)^\s*(chia sẻ|facebook|twitter|zalo|email|in bài|in|lưu|tweet|like|share|"
                    r"\d[\d.,]*\s*(bình luận|lượt xem|lượt thích)|lượt xem:?\s*\d[\d.,]*|\d+)\s*$")
_CAPTION_TAIL = re.compile(r"\((?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Nguồn ảnh|Photo)\b[^()\n]{0,80}\)")
# (not the words "ảnh" makes: "… có ảnh hưởng đến kinh tế khu vực …", "… nâng cao hình ảnh Việt Nam", "bức ảnh",
# which had cut a paragraph of the text ending in them as a caption)
_CAPTION_LINE = re.compile(r"(?i)(?:^|[.\s])(?<!hình\s)(?<!phản\s)(?<!bức\s)(?<!tấm\s)(?<!chụp\s)(?<!nhiếp\s)(?:-\s*)?"
                           r"(ảnh(?!\s+hưởng)|photo|nguồn ảnh)\s*:?\s+[^.\n]{0,80}\.?\s*$")
# A photo credit closing the line: "… - Ảnh: Dương Giang/TTXVN", "… COVID-19. Ảnh: VGP", "… chung
# Ảnh: TTXVN". After a plain space only a capital opens a credit: "Chùm ảnh: …", "Phóng sự ảnh: …"
# open a photo story's headline.
_CREDIT_END = re.compile(r"(?i)(?:^|[.(|–-]|(?<=[.,(|–-])\s|\s(?-i:(?=[ẢPN])))(?:ảnh|photo|nguồn ảnh)\s*:\s*[^:\n]{1,60}$")
_FILE_NAME = re.compile(r"\w_\d+\s*$|\w\.(?:jpe?g|png|gif|webp)\s*$", re.I)   # "…Summit_1", "hoi-nghi.jpg"
_CRUMB = re.compile(r"\s+[>»›]\s+")                                            # "Trang chủ > Thế giới"


def _has_crumb(line: str) -> bool:
    """_CRUMB.search, looked for only where one of its arrows is (the pattern opens with a space,
    so sre tries it at every position of a paragraph-long line)."""
    return (">" in line or "»" in line or "›" in line) and bool(_CRUMB.search(line))
# A lead's opening, never a headline's: "Ngày 22/9/2021, …", "Chiều nay (5/3), …", "Sáng 24-7, …".
_LEAD_OPENER = re.compile(rf"(?i)^(?:(?:rạng\s+)?(?:{alt(TIMES_OF_DAY)})|ngày|hôm\s+nay|hôm\s+qua)?\s*(?:nay\s*)?"
                          r"\(?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\)?\s*,")
_SENTENCE_MARKS = ".,:;!?\"“”()"
# An item of a numbered list ("1. Xuất khẩu gạo …", "2) Hội nghị …"): a digest's body, never its headline.
_LIST_ITEM = re.compile(r"^\d{1,2}[.)]\s")
# A " | " or a " (" before a date line pasted after a headline.
_DATELINE_SEP = re.compile(r"\s+\|\s*|\s+(?=\()")
_BRACKET_TEASER = re.compile(r"\s*\[[^\]\n]{10,200}\]\s*")
_IMAGE_FILE = re.compile(r"(?i)\b[\w-]+\.(?:jpe?g|png|gif|webp)\b")
_BRACKET = re.compile(r"\[[^\]\n]{10,200}\]\s*")       # _BRACKET_TEASER from its bracket on
# The kind of story a headline opens with, in square brackets: "[Photo] Những khoảnh khắc …", "[Video] Thủ tướng …",
# "[Infographics] …" (its first letter after the tag tells a headline).
_KIND_TAG = re.compile(r"\[[^\]\n]{1,20}\]\s*")
# A page's field, one of a line of them set apart by bars: a label and its colon ("Nguồn:", "Chuyên mục:") or a
# video's length ("Thời lượng 02:56").
_PAGE_FIELD = re.compile(r"(?:^|\|)\s*[^\W\d][^|:\d]{0,25}:\s|\d{1,2}:\d{2}(?!\d)")
_END_MARK = re.compile(r"\s*\./\.\s*$|\s*/\.\s*$")
# Literal prefilters: each of these patterns needs its literal somewhere in the line, and
# searching a body line for the pattern itself costs ten times the look for the literal (a
# change to _CAPTION_LINE, _CREDIT_END, _BRACKET_TEASER, _IMAGE_FILE or _END_MARK must keep
# its literal: "ảnh"/"photo", "[", the extension, "/.").
_IMAGE_EXT = re.compile(r"(?i)\.(?:jpe?g|png|gif|webp)")      # what _IMAGE_FILE needs


def _before_end_mark(line: str) -> str | None:
    """The line before its end mark ("… của Việt Nam./."), stripped, where _END_MARK.search
    finds one (then `_END_MARK.sub(".", line).strip()` is this plus "."), else None. Read from
    the line's end: the pattern's leading space made sre try every position of a paragraph."""
    s = line.rstrip()
    if not s.endswith("/."):
        return None
    head = s[:-2]
    return (head[:-1] if head.endswith(".") else head).strip()


def _cut_bracket_teasers(line: str) -> tuple[list[str], str]:
    """(the teasers, stripped; the line with each replaced by a space): what
    _BRACKET_TEASER.findall and .sub(" ", …) give. The search starts at a bracket (a pattern
    that opens with a space is tried at every position of a paragraph), and each match then
    takes in the spaces before it that the previous match left."""
    teasers: list[str] = []
    out: list[str] = []
    last = 0
    for m in _BRACKET.finditer(line):
        start = m.start()
        while start > last and line[start - 1].isspace():
            start -= 1
        teasers.append(m.group().strip())
        out += [line[last:start], " "]
        last = m.end()
    out.append(line[last:])
    return teasers, "".join(out)


def _any_of(*patterns: re.Pattern) -> re.Pattern:
    """One pattern that matches where any of these does: their alternation, each with its own
    flags (a global "(?i)" made a scoped one). Built from the patterns themselves, so that a
    phrase added to one is in it too (tests/test_read_shortcuts.py compares them)."""
    parts = []
    for p in patterns:
        flags = "i" if p.flags & re.IGNORECASE else ""
        parts.append(f"(?{flags}:{p.pattern.removeprefix('(?i)')})")
    return re.compile("|".join(parts))


# The body's lines that open as boilerplate do: a line none of these five matches (most) is
# asked the one question instead of five (one match, a fifth of a paragraph's time in split_layout).
# Each of the five looks ahead for the characters it may open with (lookahead.ahead): sre tries
# the words of a choice one by one, and most lines open with none of a pattern's words' letters
# (a quarter of the match's time; the header asks _RULE and _SHARE of each of its lines).
_RULE, _FOOTER, _SECTION_END, _TEASER_LINE, _SHARE = map(ahead, (_RULE, _FOOTER, _SECTION_END, _TEASER_LINE, _SHARE))
_BOILERPLATE_START = _any_of(_RULE, _FOOTER, _SECTION_END, _TEASER_LINE, _SHARE)


def _may_name_images(text: str) -> bool:
    """Can a line of the body name an image file (_IMAGE_EXT)? Not where the text does not: a
    line loses only pieces that end or start at white space, and the extension's pattern holds
    none, so it is searched for once in the text, not once a paragraph."""
    return _IMAGE_EXT.search(text) is not None


def _may_hold_caption_tail(text: str) -> bool:
    """Can a line of the text hold a _CAPTION_TAIL ("(Ảnh: TTXVN)")? Not where the text does not:
    the pattern has no anchor and no look-around, so a match in a piece of the text is one in
    the text. Six texts in ten hold none; one search of each saves one of each line (4 % of
    split_layout's time)."""
    return _CAPTION_TAIL.search(text) is not None


def _names_file(line: str) -> bool:
    """_FILE_NAME.search, asked only of a line that holds the literal one of its two branches
    needs ("_", or an image's extension): the pattern opens with a letter and is tried at each
    of a headline's positions (two searches of each line of the header)."""
    return ("_" in line or _IMAGE_EXT.search(line) is not None) and _FILE_NAME.search(line) is not None


def _address(line: str) -> re.Match | None:
    """_ADDRESS.match, asked only of a line that holds "http" (every match does): the pattern's
    label, lazy, is tried at up to 30 lengths on a line that holds no address."""
    return _ADDRESS.match(line) if "http" in line else None


def _names_photo(line: str) -> bool:
    """Could _CAPTION_LINE or _CREDIT_END match? Both need "ảnh" or "photo" in any case (lower()
    maps every letter that their IGNORECASE matches onto these)."""
    low = line.lower()
    return "ảnh" in low or "photo" in low
_SIGNATURE = re.compile(r"^(?:\(?(?:Theo|Nguồn)\s+[^\n]{1,40}\)?|[A-ZĐÀ-Ỹ][\w.]*(?:\s+[A-ZĐÀ-Ỹ][\w.]*){0,3})$")


@dataclass(frozen=True, slots=True)
class Layout:
    title: str | None
    url: str | None
    published: Published | None
    outlet: str | None
    body: str
    boilerplate: str


# "Thứ Hai, 20/11/2023 | Hà Nội 24°C": a weekday and a date open a site's clock, never a headline.
_WEEKDAY_START = re.compile(rf"(?i)^\W*(?:{WEEKDAY})\b")


def is_headline(line: str, undated: str | None = None) -> bool:
    """Does the line read as a headline? `undated` is a line the caller found to be no date line
    (parse_dateline gave None): the header asks each line that first, and is not asked again."""
    s = line.strip().rstrip("|").strip()
    if len(s) > 250 or not (2 <= len(s.split()) <= 40):     # the length first: a paragraph is not split
        return False
    # "…, và Hội nghị t...": a headline the page cut short ends in an ellipsis, not a full stop
    if s[-1] in ".:;," and not s.endswith("...") or _URL.search(s) or s != undated and parse_dateline(s):
        return False
    if s[0] == "(" and s[-1] == ")" or _LIST_ITEM.match(s):    # a note in brackets, a list's item
        return False
    if _WEEKDAY_START.match(s) and day_in(s):
        return False
    if (_CAPTION_TAIL.search(s) or (":" in s and _names_photo(s) and _CREDIT_END.search(s)) or _names_file(s)
            or _LEAD_OPENER.match(s)):
        return False
    first = s[tag.end():] if (tag := _KIND_TAG.match(s)) else s
    first = first.lstrip("\"“'«(")[:1]
    return bool(first) and (first.isupper() or first.isdigit())


def is_furniture(line: str, following: str | None | Callable[[], str | None]) -> bool:
    """Page furniture above the headline, by its shape: a lone word (a logo, a menu item), a
    breadcrumb ("Trang chủ > Thế giới"), an image's file name, or a section label (a short line
    with no digit and no sentence punctuation) over a longer headline-like line. `following`
    is the next line, or a function that finds it (called only for a label's shape)."""
    s = line.strip()
    # Split at the first four spaces only: a paragraph is not split to count its words, and one,
    # two or more than four words are told apart as well.
    words = s.split(None, 4)
    if len(words) == 1 and not any(c.isdigit() for c in s):
        return True
    if _names_file(s) or (_has_crumb(s) and all(len(p.split()) <= 4 for p in _CRUMB.split(s))):
        return True
    if len(words) > 4 or len(s) > 30 or any(c.isdigit() or c in _SENTENCE_MARKS for c in s):
        return False
    if len(words) <= 2:
        return True
    if callable(following):
        following = following()
    return bool(following and len(following) > len(s) and is_headline(following))


# The items of a site's menu, set apart by bars, bullets, breadcrumb arrows or runs of spaces.
_MENU_SEP = re.compile(r"\s*[|•·›»]\s*|\s+>\s+|\s{2,}")
# What each match of _MENU_SEP holds: a bar, a bullet or an arrow, or two white spaces in a row
# (the look-behind tells a mark from a space that needs another after it).
_MENU_MARK = re.compile(r"[|•·›»>\s](?:(?<=[|•·›»>])|\s)")
# A decimal digit (str.isdigit holds every one) or a sentence mark: what no menu item holds.
_DIGIT_OR_MARK = re.compile(rf"[\d{re.escape(_SENTENCE_MARKS)}]")


def is_menu(line: str) -> bool:
    """A site's menu: three or more short items (at most five words besides a dash, no digit,
    no sentence punctuation) set apart by bars, bullets, arrows or runs of spaces: "Thời sự |
    Thế giới | Văn hóa - Giải trí", "Xã hội  Thế giới  Bất động sản", "Thế giới › Quân sự | Thời sự"."""
    if _DIGIT_OR_MARK.search(line):
        return False        # it would be in an item (a separator holds neither): no need to split a paragraph
    if not _MENU_MARK.search(line):
        return False        # no separator: one item (splitting a headline was a tenth of the header's time)
    items = [x for x in _MENU_SEP.split(line.strip()) if x]
    return len(items) >= 3 and all(
        len([w for w in x.split() if w not in "-–"]) <= 5 and not any(c.isdigit() or c in _SENTENCE_MARKS for c in x)
        for x in items)


def is_masthead(line: str) -> bool:
    """An outlet's name in capitals over the page ("TUOI TRE ONLINE", "BÁO ĐIỆN TỬ CHÍNH PHỦ"):
    at most five words, every letter upper-case but for a last lower-case word ("NHÂN DÂN điện tử")."""
    words = line.split(None, 5)     # six items: six words or more (a paragraph is not split)
    if not 1 <= len(words) <= 5:
        return False
    caps = [w for w in words if any(c.isalpha() for c in w) and w.upper() == w]
    return len(caps) >= max(1, len(words) - 2) and words[0].upper() == words[0]


def _glue_points(line: str) -> list[int]:
    """Where a lower-case letter or a digit runs straight into a capital ("…Thứ 8Hà Nội")."""
    return [i for i in range(1, len(line))
            if line[i].isupper() and (line[i - 1].islower() or line[i - 1].isdigit())]


def split_glued_dateline(line: str) -> tuple[str, date] | None:
    """'HeadlineHà Nội (TTXVN 25/7/2001)' -> (headline, day): a date line pasted onto the
    headline, where the page set them apart. Cut where the two meet without a space, else at
    a ' | ' or a ' (' that opens the date line; the head must still read as a headline."""
    if len(line) < 12 or not day_in(line[-90:]):
        return None
    cuts = _glue_points(line) + [m.start() for m in _DATELINE_SEP.finditer(line)]
    for cut in cuts:
        head, tail = line[:cut].strip(), line[cut:].strip().lstrip("|").strip()
        day = parse_dateline(tail)
        if day and is_headline(head):
            return head, day
    return None


def outlet_of(url: str | None) -> str | None:
    if not url:
        return None
    host = urlparse(url).netloc.lower()
    return host[4:] if host.startswith("www.") else host or None


def _strip_inline_caption(line: str) -> tuple[str, str]:
    """'Caption sentence. (Ảnh: X) Body...' -> (body, caption)."""
    return _strip_caption_at(line, _CAPTION_TAIL.search(line))


def _strip_caption_at(line: str, m: re.Match | None) -> tuple[str, str]:
    """_strip_inline_caption, given the line's _CAPTION_TAIL.search."""
    if not m or m.start() > 400:
        return line, ""
    before = line[: m.start()].rstrip()
    cut = 0
    for b in re.finditer(r"[.!?…]\s+(?=[A-ZĐÀ-Ỹ\"“])", before[:-1]):
        cut = b.end()
    return (line[:cut] + line[m.end():]).strip(), line[cut: m.end()].strip()


def _is_caption_line(line: str) -> bool:
    s = line.strip()
    return _caption_line(s, _CAPTION_TAIL.search(s))


_CAPTION_MAX = 300     # the longest caption line


def _caption_line(s: str, tail: re.Match | None) -> bool:
    """_is_caption_line of a stripped line, given its _CAPTION_TAIL.search (which split_layout
    asks once a line, for this and for _strip_inline_caption)."""
    if len(s) > _CAPTION_MAX:
        return False
    if tail and tail.end() >= len(s.rstrip(". ")) - 1:
        return True
    return _names_photo(s) and _CAPTION_LINE.search(s, _last_stop(s)) is not None


def _last_stop(line: str) -> int:
    """Where a _CAPTION_LINE match can start at the earliest: at the line's last full stop but a
    closing one (after its word the pattern takes none but that), else 0. The pattern is tried on
    the last sentence only: "ảnh" is in "cảnh" and "ảnh hưởng", and the search went through the
    whole paragraph (3 % of split_layout's time)."""
    end = line.rstrip()
    return max(line.rfind(".", 0, len(end) - end.endswith(".")), 0)


# Where the article's own date came from, strongest first. A date line above the headline is
# the weakest: a page header prints the day it was fetched there (a site clock), so any date
# the page gives under its headline, in its lead or at its end wins over it. A date line that
# closes the text dates the document (a press release); a byline, the page that printed it.
DATE_SOURCES = ("metadata", "date prefix", "byline", "lead", "closing date line", "date line")


def choose_date(candidates: list[Published]) -> Published | None:
    """Candidates in page order -> the article's date, or None. Among date lines above the
    headline, the one nearest the headline wins."""
    if not candidates:
        return None
    def rank(item: tuple[int, Published]) -> tuple[int, int]:
        n, found = item
        return DATE_SOURCES.index(found.source), -n if found.source == "date line" else n
    return min(enumerate(candidates), key=rank)[1]


def _next_content(lines: list[str], i: int) -> str | None:
    """The next line after i that is neither blank nor a date line."""
    for raw in lines[i + 1: i + 6]:
        s = raw.strip()
        if s and not _RULE.match(s) and not parse_dateline(s):
            return s
    return None


def _next_line(lines: list[str], i: int) -> str | None:
    """The next line after i that is not blank."""
    return next((raw.strip() for raw in lines[i + 1: i + 4] if raw.strip()), None)


def _is_byline_name(line: str, following: Callable[[], str | None]) -> bool:
    """An author's line under the headline, over the date line: short, no digit, no full stop."""
    if len(line) > 60 or not (1 <= len(line.split()) <= 8) or any(c.isdigit() for c in line) or line.endswith("."):
        return False
    nxt = following()
    return bool(nxt and parse_dateline(nxt))


def _headline_over_lead(line: str, following: Callable[[], str | None]) -> bool:
    """A headline of five words or more whose next line is no headline (the lead). A line the page
    cut short ("… Đại sứ Nhật Bản tại Việt Nam Umeda,...") is the lead's summary under a byline; a
    line of a page's fields ("Thời lượng: 03:48 | Chuyên mục: Thời sự") is no headline."""
    if len(line.split(None, 4)) < 5 or line.endswith(("...", "…")) or not is_headline(line.rstrip("|").strip()):
        return False
    if "|" in line and _PAGE_FIELD.search(line):
        return False
    nxt = following()
    return bool(nxt and not is_headline(nxt))


def _header(lines: list[str]) -> tuple[dict, int]:
    """Read the top of the file; returns the metadata and the first body line."""
    meta: dict = {"title": None, "url": None, "dates": [], "furniture": [], "no_title": False}
    if lines:
        m = _DATE_PREFIX.match(lines[0])
        if m:
            y, mo, d = int(m.group(1)), int(m.group(2)), m.group(3)
            if d and (day := valid_day(y, mo, int(d))):
                meta["dates"].append(Published(day, "day", "date prefix"))
            elif month := valid_day(y, mo, 1):
                meta["dates"].append(Published(month, "month", "date prefix"))
            lines[0] = lines[0][m.end():]
            # this layout starts straight with the body, on the prefix's line; a prefix alone on its line may stand over
            # a headline (" date 2020-12 " then "Hội nghị ADMM+ lần thứ 7: …"), told as any file's is
            meta["no_title"] = bool(lines[0].strip())
    i, seen, dated_after_title = 0, 0, False
    while i < len(lines) and seen < 8:
        s = lines[i].strip()
        if not s or _RULE.match(s) or _SHARE.match(s):
            i += 1
            continue
        seen += 1
        looking = meta["title"] is None and not meta["no_title"]
        if address := _address(s):
            meta["url"] = meta["url"] or address[1]
        elif day := parse_dateline(s):
            meta["dates"].append(Published(day, "day", "date line" if meta["title"] is None else "byline"))
            dated_after_title = meta["title"] is not None
        elif looking and _WEEKDAY_START.match(s) and (clock := day_in(s)):
            # "Thứ Hai, 20/11/2023 | Hà Nội 24°C": a site clock above the headline, which a byline outranks
            meta["dates"].append(Published(clock[0], "day", "date line"))
        elif is_menu(s) or _has_crumb(s) and is_furniture(s, None):
            # a menu or a breadcrumb under what looked like the headline: that line was the
            # outlet's name or motto over the page ("Cơ quan của Bộ Ngoại giao"), not the headline
            if meta["title"] is not None:
                meta["furniture"].append(meta["title"])
                meta["title"], meta["no_title"] = None, False
            meta["furniture"].append(s)
        elif looking and (is_furniture(s, lambda i=i: _next_content(lines, i)) or is_masthead(s)
                          and not day_in(s)):
            meta["furniture"].append(s)
        elif meta["title"] is not None and _is_byline_name(s, lambda i=i: _next_line(lines, i)):
            meta["furniture"].append(s)     # "Gia Minh, biên tập viên RFA" over "2012-07-13"
        elif meta["title"] is not None and dated_after_title and _headline_over_lead(s, lambda i=i: _next_content(lines, i)):
            # "Cơ quan của Đảng bộ … / Thứ Sáu, 31/8/2012 / Phó Chủ tịch nước … dự Hội nghị …
            # / (SGGP) - Ngày 30-8, …": the first line over the date was the outlet's motto
            meta["furniture"].append(meta["title"])
            meta["title"] = s.rstrip("|").strip()
        elif looking and (glued := split_glued_dateline(s.rstrip("|").strip())):
            meta["title"], meta["no_title"] = glued[0], True
            meta["dates"].append(Published(glued[1], "day", "byline"))
        elif looking and is_headline(s, undated=s):     # (parse_dateline(s) was asked above)
            meta["title"], meta["no_title"] = s.rstrip("|").strip(), True
        else:
            break
        i += 1
    return meta, i


def _body_after_related(lines: list[str], at: int) -> int:
    """"Tin liên quan" in the middle of an article: the index of the line where its body goes on
    after the related headlines (a paragraph: long, ending like a sentence), else 0 (the box
    closes the article, and so does everything after it)."""
    for k in range(at + 1, min(len(lines), at + 12)):
        s = lines[k].strip()
        if not s or is_headline(s) or _LISTED.match(s):
            continue        # a headline, as written or as an item of a list ("- Bộ trưởng … lên đường dự AMM-57")
        return k if len(s) >= 100 and s[-1] in ".!?…\"”)" else 0
    return 0


_LISTED = re.compile(r"^[-–•*+»›]\s+\S.{0,160}$")


def _is_signer(line: str) -> bool:
    """An author's or an organisation's line under a closing date line ("BỘ NGOẠI GIAO", "TS. Lê
    Hải Bình", "Ban Tổ chức Tuần lễ Cấp cao APEC"): short, capitalised, no digit, no sentence's end."""
    if len(line) > 60:
        return False    # the length first: the body's last paragraph is asked, and not split into words
    words = line.split()
    return (1 <= len(words) <= 8 and line[0].isupper() and line[-1] not in ".!?…:;,"
            and not any(c.isdigit() for c in line))


def closing_day(lines: list[str]) -> date | None:
    """The last lines of a text -> the day of the date line that closes it, over at most one
    signer's line ("Hà Nội, ngày 28 tháng 7 năm 2019" / "BỘ NGOẠI GIAO"), else None."""
    if not 1 <= len(lines) <= 2 or len(lines) == 2 and not _is_signer(lines[1]):
        return None
    return closing_dateline(lines[0])


def _closing(body: list[str], after_mark: list[str] | None) -> tuple[date, int] | None:
    """The closing date line's day, and how many of the body's last lines it and its signer (under
    it or above it) take; none after the end mark "./.": the lines after it are cut already."""
    if after_mark is not None:
        day = closing_day(after_mark[:2]) or closing_day(after_mark[:1])
        return (day, 0) if day else None
    if len(body) > 2 and (day := closing_day(body[-2:])):
        return day, 2
    if len(body) > 1 and (day := closing_day(body[-1:])):
        return day, 2 if len(body) > 2 and _is_signer(body[-2]) else 1
    return None


_OPENING = 32
# A short line: casefolded once, counted (printed twice it is a caption) and looked up by its
# casefold; a longer one is a paragraph, casefolded only when it may repeat a line (_repeats).
_SHORT_LINE = 200


def _opening(line: str) -> str:
    """The first _OPENING characters of the line's casefold, from a casefold of its first _OPENING
    characters only (casefold maps each character to one or more): lines whose casefolds are
    equal open alike."""
    return line[:_OPENING].casefold()[:_OPENING]


def _repeats(line: str, title_key: str, seen: dict[str, list[str]], counts: dict[str, int],
             opening: str | None = None, key: str | None = None) -> bool:
    """Is the line, casefolded, the headline, a line kept before (`seen`, by opening) or a short
    line printed twice (`counts`)? A long line is casefolded only when the headline or a kept
    line opens as it does: paragraphs are rarely printed twice, and casefolding each was a
    quarter of split_layout's time. `opening` and `key` are the line's _opening and casefold,
    when the caller has them."""
    if opening is None:
        opening = _opening(line)
    earlier = seen.get(opening, ())
    if not earlier and opening != title_key[:_OPENING] and len(line) > _SHORT_LINE:
        return False    # its casefold is none of them, and too long to be counted
    if key is None:
        key = line.casefold()
    return key == title_key or counts.get(key, 0) > 1 or any(key == e.casefold() for e in earlier)


# A line that ends a sentence or a heading's item, whatever follows it.
_LINE_END = re.compile(r"[.!?…:;][\"”»)\]]?\s*$")
_ITEM_START = re.compile(r"[a-zđ][.)]\s")      # "a) …", "b. …": a list's item, not a wrapped line's rest
WRAP_SHARE = 0.8        # in a hard-wrapped text, a line this long (of the longest wrapped) is a wrapped one
WRAP_MIN = 30           # no text is wrapped narrower: a shorter line is a heading's, a name's ("Thu Trang")


def unwrap(lines: list[str]) -> list[str]:
    """The lines of a text, with those of a hard-wrapped one (a PDF's or a plain-text export's:
    "… Thủ tướng Phan Văn Khải đã tiếp các Bộ" / "trưởng, Trưởng Đoàn 6 nước …") joined back into
    their paragraphs. A line of WRAP_MIN characters or more that ends without a sentence's mark and
    is followed by one that opens in lower case was wrapped; where a text has at least two such
    lines, so was a line about as long as the longest of them that ends without a mark, whatever
    letter the next one opens with ("… Hội nghị cấp cao" / "Đông Á (EAS), …"). Lines split by the
    layout's own rules run before (a headline, a date line) keep their breaks: only the body's
    lines are read here."""
    if len(lines) < 3:
        return lines
    wrapped = [i for i in range(len(lines) - 1)     # the letter first: most lines open in upper case
               if lines[i + 1][:1].islower() and len(lines[i]) >= WRAP_MIN and _continues(lines[i], lines[i + 1])
               and not _ITEM_START.match(lines[i + 1]) and not lines[i + 1].startswith(("http", "www."))]
    if not wrapped:
        return lines
    joined = set(wrapped)
    if len(wrapped) >= 2:
        width = max(len(lines[i].rstrip()) for i in wrapped)
        joined.update(i for i in range(len(lines) - 1) if _continues(lines[i], lines[i + 1])
                      and len(lines[i].rstrip()) >= WRAP_SHARE * width)
    out = [lines[0]]
    for i in range(1, len(lines)):
        if i - 1 in joined:
            out[-1] = f"{out[-1].rstrip()} {lines[i].lstrip()}"
        else:
            out.append(lines[i])
    return out


def _continues(line: str, following: str) -> bool:
    """May `following` go on with `line`'s sentence: both hold text, `line` ends with no mark and
    the two are not items of one list ("- Bộ trưởng …" / "- APEC 2017: …")."""
    return bool(line.strip() and following.strip() and not _LINE_END.search(line)
                and not (LIST_ITEM.match(following) and LIST_ITEM.match(line)))


def split_layout(text: str) -> Layout:
    lines = text.split("\n")
    meta, start = _header(lines)
    body: list[str] = []
    cut: list[str] = []
    outlet = None
    seen: dict[str, list[str]] = {}     # the lines kept, by their opening (see _opening)
    title_key = (meta["title"] or "").casefold()
    rest = unwrap(lines[start:])
    stripped = [raw.strip() for raw in rest]
    filled = [n for n, s in enumerate(stripped) if s]     # the lines that are not blank (about half)
    # A short line printed twice is a photo caption (the page shows it under the photo and in the gallery).
    # (A longer line is not casefolded here: its casefold is as long or longer.)
    counts: dict[str, int] = {}
    folded: dict[str, str] = {}     # the short lines' casefolds, asked again by _repeats
    for n in filled:
        if len(s := stripped[n]) <= _SHORT_LINE and len(k := folded.setdefault(s, s.casefold())) <= _SHORT_LINE:
            counts[k] = counts.get(k, 0) + 1
    resume, after_mark = 0, None
    closing = set(filled[-3:])     # the last lines, for an address
    images = _may_name_images(text)
    tails = _may_hold_caption_tail(text)
    for n in filled:
        if n < resume:
            continue
        s = stripped[n]
        line = s.rstrip("|").strip() if s[-1] == "|" else s
        # can it be a rule, a footer, a section's end, a teaser or a share line? (most cannot)
        opens_as_boilerplate = _BOILERPLATE_START.match(line) is not None
        if not line or opens_as_boilerplate and _RULE.match(line):
            continue
        if opens_as_boilerplate and (f := _FOOTER.match(line)):
            meta["url"] = meta["url"] or f["url"]
            outlet = outlet or (f["outlet"].strip() or (f["named"] or "").strip() or None)
            cut.append(line)
            continue
        if n in closing and (address := _address(line)):
            meta["url"] = meta["url"] or address[1]     # the page's address printed under the article
            cut.append(line)
            continue
        if len(body) <= 2 and len(line) <= DATELINE_MAX and TIME.search(line) and (day := parse_dateline(line)):
            # the page's date line printed under its lead: "Cập nhật lúc 22:30 ngày 19/11/2011",
            # "Thứ Hai, 04/11/2019 21:50" (a time beside it: not a sentence that holds a date).
            # The length first: a paragraph is no date line, and TIME, which opens with a
            # look-behind, is tried at each of its positions (a tenth of split_layout's time).
            meta["dates"].append(Published(day, "day", "byline"))
            cut.append(line)
            continue
        if opens_as_boilerplate and _SECTION_END.match(line):
            resume = _body_after_related(rest, n) if body and _RELATED.match(line) else 0
            cut.extend(x for x in stripped[n:resume or len(rest)] if x)
            if resume:
                continue
            break
        if opens_as_boilerplate and (_TEASER_LINE.match(line) or _SHARE.match(line)):
            cut.append(line)
            continue
        tail = _CAPTION_TAIL.search(line) if tails else None
        if _caption_line(line, tail):
            credit = None if body or meta["title"] else _CREDIT_END.search(line)
            if not credit:
                cut.append(line)
                continue
            # A file with no headline that opens with its photo's caption: the caption is the
            # page's own (often the only place its year is written), so its words stay in the
            # text and only the credit goes.
            cut.append(line[credit.start():].strip())
            line = line[:credit.start()].rstrip(" -–|")
            tail = _CAPTION_TAIL.search(line) if tails else None
        # (a casefold's first characters are its opening: see _opening). Only a short line is in
        # `folded`: a paragraph is not hashed to look it up there (4 % of split_layout's time).
        key = folded.get(line) if len(line) <= _SHORT_LINE else None
        opening = _opening(line) if key is None else key[:_OPENING]
        if _repeats(line, title_key, seen, counts, opening, key):
            cut.append(line)
            continue
        seen.setdefault(opening, []).append(line)
        if tail:
            line, caption = _strip_caption_at(line, tail)
            if caption:
                cut.append(caption)
        if "[" in line:
            teasers, line = _cut_bracket_teasers(line)
            cut.extend(teasers)
        if images and _IMAGE_EXT.search(line):
            line = _IMAGE_FILE.sub("", line)
        line = line.strip()
        if not body:
            lead = LEAD.match(line)
            day = lead and lead_day(lead)
            if day:     # the article's own date; it stays in the text (it may be all that dates a meeting)
                meta["dates"].append(Published(day, "day", "lead"))
                outlet = outlet or (lead["outlet"] or "").strip() or None
            elif lead and not lead["d"]:
                # the outlet's tag alone: "Xin-ga-po (TTXVN 24/7/1993) - …" may carry the day it was filed
                inside = lead["outlet"]
                if filed := day_in(inside):
                    meta["dates"].append(Published(filed[0], "day", "lead"))
                    inside = inside.replace(filed[1], " ")
                outlet = outlet or inside.strip(" ,") or None
                line = line[lead.end():]
            line = _LEAD_DASH.sub("", line)
        # (the line is stripped on its right: only one that ends so can end with the mark)
        if line.endswith("/.") and (ended := _before_end_mark(line)) is not None:
            body.append(ended + ".")
            after_mark = [x for x in stripped[n + 1:] if x]
            cut.extend(after_mark)
            break
        if line:
            body.append(line)
    if closing := _closing(body, after_mark):
        meta["dates"].append(Published(closing[0], "day", "closing date line"))
        cut.extend(body[len(body) - closing[1]:])
        del body[len(body) - closing[1]:]
    elif len(body) > 1 and len(body[-1]) <= 40 and _SIGNATURE.match(body[-1]):
        cut.append(body.pop())
    return Layout(
        title=meta["title"],
        url=meta["url"],
        published=choose_date(meta["dates"]),
        outlet=outlet_of(meta["url"]) or outlet,
        body="\n".join(body),
        boilerplate="\n".join(meta["furniture"] + cut),
    )
