"""Date lines: where and when a page or a report says it was written. One home for their patterns.

Two kinds, both read by layout.py, the first also by assemble.py:

    the lead's  "Hà Nội, 15-12 (TTXVN) - Sáng nay, …": the place, day and outlet a report was
                filed with, or the outlet's tag alone ("Jakarta (TTXVN) - …"), opening its
                first paragraph (LEAD). layout.py takes the article's own date and outlet from
                it; assemble.py the day the lead's "hôm nay" means (a page printed the next
                morning) and which date of the lead is the page's own, not a meeting's.
    the page's  "Thứ Năm, 7/11/2019 08:05", "Hà Nội, ngày 20/10/2025": a line above or below
                the headline that holds a date and little else (parse_dateline); a range of
                days ("(21 - 27/8/2023)") is none. Of these, a place, a comma and the day with
                no time may close a text too (closing_dateline: a press release, a signed
                commentary).

Pure functions only.
"""
from __future__ import annotations

import re
from datetime import date

from .lookahead import ahead

# A place as a date line names it: up to four capitalised words ("Hà Nội", "Kuala Lumpur",
# "HÀ NỘI", "Xin-ga-po", "TP. Hồ Chí Minh").
PLACE = r"[A-ZĐÀ-Ỹ][\w.’'-]*(?:\s+[A-ZĐÀ-Ỹ][\w.’'-]*){0,3}"

# The date line that opens a lead, one shape per line with its example. Groups: `place`; `d`,
# `m`, `y` (the year when written); `ngay`, the word "ngày" as written; `outlet`, the tag in
# brackets; `gap`, the space after the dash (none at the end of a line).
LEAD = re.compile(rf"""
    ^\s*
    (?:
        (?: (?P<place>{PLACE} (?: \s* \( [A-ZĐÀ-Ỹ][^()\n\d]{{1,25}} \) )? ) ,\s* )?   # "Hà Nội, ", "Sa-rơm Ên Sếch (Ai Cập), "
        (?: (?i:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật) ,?\s+ )?    # "Hà Nội, thứ Hai 11/10/2010 – "
        (?: (?P<ngay>[Nn]gày) \s+ )?                    # "ngày "
        (?P<d>\d{{1,2}}) [/.-] (?P<m>\d{{1,2}})         # "15-12", "31/12"
        (?: [/.-] (?P<y>\d{{4}}) )?                     # "1/6/2025", "02.10.2024"
        \s*
      | (?: {PLACE} \s+ )? (?=\()                       # "Jakarta (TTXVN) - ", "(Dân trí) - ": the tag alone
    )
    (?: \( (?P<outlet>[^()\n]{{2,25}}) \) \s* )?        # "(TTXVN)", "(VNA, 2/11/2019)"
    [-–—] (?P<gap>\s*)                                  # " - ", " – ", " — "
    """, re.VERBOSE)


def lead_dateline(text: str) -> re.Match[str] | None:
    """The date line opening a lead's sentence, its dash followed by the lead's words ("Hà Nội,
    15-12 (TTXVN) - Sáng nay, …", "Ngày 1/6 - …"), else None."""
    m = LEAD.match(text)
    return m if m and m["d"] and m["gap"] else None


def lead_day(m: re.Match[str]) -> date | None:
    """The day a lead's date line (a match of LEAD) gives as the article's own: one written in
    full after its place ("Hà Nội, 1/6/2025 - ", "Kuala Lumpur, ngày 26/5/2025 (TTXVN) – "),
    "ngày" in lower case as it is after a comma; else None (a day without its year is only
    where the report was filed: "Hà Nội, 15-12 (TTXVN) - ")."""
    if not (m["d"] and m["place"] and m["y"]) or m["ngay"] == "Ngày":
        return None
    return valid_day(int(m["y"]), int(m["m"]), int(m["d"]))


# The page's own date line --------------------------------------------------------------------

_DMY = re.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)")
# "ngày 23 tháng 08 năm 2019": the month in words, as some page headers print it.
# "13 tháng 7 2016": "năm" may be left out.
_DMY_WORDS = re.compile(r"(?i)(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2}|[^\W\d]+(?:\s+(?:một|hai))?)(?:\s*,)?\s+(?:năm\s+)?(\d{4})(?!\d)")
# "ngày 26 tháng Ba năm 2015": the months' names.
MONTH_NAMES = {"giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
                "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12}
_YMD = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_DIGIT = re.compile(r"\d")
TIME = re.compile(r"(?<!\d)\d{1,2}[:h]\d{2}(?!\d)")      # a time of day, as a date line prints it
# The same matches, sooner (etl/lookahead.py): each opens with a look-behind, which sre tries at
# every position of a line; a look-ahead for the digit that opens each match rules most out.
# (1.5-1.9x on the first lines of the benchmark corpus's articles, where the header looks for a date.)
_DMY, _YMD, _DMY_WORDS, TIME = ahead(_DMY), ahead(_YMD), ahead(_DMY_WORDS), ahead(TIME)

# The days of the week, as a page's clock or date line writes them.
WEEKDAY = r"thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật"

# What a page's date line may hold besides its date and a place: taken out before its words are
# counted, one kind per line with its example.
_DATELINE_WORDS = re.compile(rf"""
    \b(?:
        {WEEKDAY}                   # "Thứ Năm", "Thứ 5", "Chủ nhật"
      | cập\s+nhật(?:\s+lúc)?       # "Cập nhật lúc 23:59"
      | đăng(?:\s+lúc)?             # "Đăng lúc 08:05"
      | ngày | lúc                  # "ngày 7 tháng 11 năm 2019", "lúc 08:05"
      | gmt | utc                   # "(GMT+7)"
      | sáng | chiều | tối          # "08:05 sáng"
      | pm | am                     # "8:05 AM"
    )\b
  | [|,()+:–—-]                     # "Thứ Hai, 20/11/2023 | 06:00 (GMT+7)"
  | \d+                             # the date's and the time's numbers
    """, re.VERBOSE | re.IGNORECASE)

# A place opening a page's date line.
_PLACE_DATE = re.compile(r"""
    ^(?P<place> (?:[A-ZĐÀ-Ỹ][^\s,()]*\s*){1,4} )
    (?:
        ,\s*(?:ngày\s+)?\d          # "Hà Nội, ngày 20/10/2025", "Hà Nội, 21/11/2022"
      | \((?=[^()]*\d)              # "Hà Nội (TTXVN, 28/7/2001)"
    )""", re.VERBOSE)


# A day that closes a range of days ("(21 - 27/8/2023)", "Tuần 21 – 27/8"): a week or a
# period, never a page's date line. A time ("09:40 - 21/06/2016") or a weekday's number
# ("Thứ 2 - 21/06/2016") before the dash is no first day.
_RANGE_BEFORE = ahead(re.compile(r"(?i)(?<![\d:h])(?<!thứ\s)\d{1,2}\s*[-–—]\s*$"))     # sooner, as _DMY


def valid_day(y: int, m: int, d: int) -> date | None:
    """The day, or None for one that is not in the calendar ("30/2", the year 0)."""
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _number(text: str) -> int:
    """A date's number, or a month's name: "11", "Ba", "Mười một" (0 for none: no valid day)."""
    return int(text) if text.isdigit() else MONTH_NAMES.get(" ".join(text.lower().split()), 0)


# The patterns of a day, with the order of their year, month and day groups. Each opens with a
# look-ahead for a digit (ahead found one: tests/test_read_shortcuts.py checks it).
DAY_PATTERNS = ((_DMY, (3, 2, 1)), (_YMD, (1, 2, 3)), (_DMY_WORDS, (3, 2, 1)))


def day_in(s: str) -> tuple[date, str] | None:
    """The first valid day written in s (d/m/yyyy, yyyy-mm-dd or in words) and its surface text.
    Each pattern's matches open with a digit (DAY_PATTERNS), so each is searched from the first
    digit on: sre tries a look-ahead at every position before it (two thirds of day_in's time on the
    benchmark corpus's headlines, where the number comes last: "… APEC 2013")."""
    digit = _DIGIT.search(s)
    if digit is None:
        return None
    at = digit.start()
    for pattern, order in DAY_PATTERNS:
        if pattern is _DMY_WORDS and "tháng" not in s.lower():     # literal prefilter
            continue
        m = pattern.search(s, at)      # (its look-behind still sees the characters before `at`)
        found = m and valid_day(*(_number(m.group(g)) for g in order))
        if found:
            return found, m.group(0)
    return None


DATELINE_MAX = 90          # the longest date line read, stripped: a longer line is a sentence


def parse_dateline(line: str) -> date | None:
    """A page's date line or a byline with a time -> its day, else None."""
    s = line.strip()
    if not s or len(s) > DATELINE_MAX or not _DIGIT.search(s):
        return None
    day = day_in(s)
    if not day:
        return None
    found, surface = day
    if _RANGE_BEFORE.search(s[:s.index(surface)]):
        return None
    rest = _DATELINE_WORDS.sub(" ", s.replace(surface, " ")).split()
    if TIME.search(s) and len(rest) <= 6:
        return found
    place = _PLACE_DATE.match(s)        # "Hà Nội, ngày 20/10/2025", "Hà Nội (TTXVN, 28/7/2001)", "Cu-a-la Lăm-pơ, 11/12/2005"
    if place and s.startswith(place["place"]):
        rest = _DATELINE_WORDS.sub(" ", s[len(place["place"]):].replace(surface, " ")).split()
    if len(rest) <= 1:
        return found
    # a byline or an outlet's line: the date beside up to four capitalised words and no sentence
    # ("Báo Nhân Dân, thứ Tư, 16-11-1994", "Đức Anh | 03/03/2024", "Thứ Hai, 9/3/2026 | Thế giới")
    if "|" in s and (surface in (parts := s.split("|"))[0] or surface in parts[-1]):
        # a section's name set off by a bar is capitalised as a phrase: "… | Thế giới", "Thời sự | …"
        rest = _DATELINE_WORDS.sub(" ", next(p for p in parts if surface in p).replace(surface, " ")).split()
        labels = [[w for w in p.split() if w.strip(":,").lower() not in _BYLINE_WORDS] for p in parts if surface not in p]
        if any(len(words) > 4 or not words[0][:1].isupper() for words in labels if words):
            return None
    names = [w for w in rest if w.lower() not in _BYLINE_WORDS]
    return found if len(names) <= 4 and all(w[:1].isupper() for w in names) else None


# Words of a byline that are not names: "Bài và ảnh: Hoàng Long", "Tin, ảnh: …".
_BYLINE_WORDS = frozenset("bài và ảnh tin theo nguồn p/v pv".split())


# A place, a comma and the day, alone on a line: "Hà Nội, ngày 28 tháng 7 năm 2019", "Viêng Chăn,
# 14/7/2005", "(TP. Hồ Chí Minh, 05.06.2021)".
_CLOSING = re.compile(rf"^\(?{PLACE},\s*(?:ngày\s+)?\d")


def closing_dateline(line: str) -> date | None:
    """The day of a date line that may close a text (a press release, a signed commentary):
    a place, a comma and the day, with no time (a time is a byline's or a related headline's)."""
    s = line.strip()
    if len(s) > DATELINE_MAX:
        return None     # (what parse_dateline gives below) the length first: a paragraph closes most texts
    if _PUBLISHED_CUE.match(s):
        return parse_dateline(s)     # "Bài đăng ngày 26/5/2009", "(Đăng lúc 21:05, Chủ nhật, 9/6/2019)"
    if (signed := _CLOSING_BYLINE.match(s)) and signed["name"].isupper():
        return parse_dateline(s)     # "PHAN THÀNH - 19/04/2018"
    if not _CLOSING.match(s) or TIME.search(s):
        return None
    return parse_dateline(s)


# An author's name in capitals, a dash or a bar, and a day with its year, closing a text: "PHAN THÀNH - 19/04/2018",
# "MINH ANH | 5/9/2023" (capitals: a reporter's signature, not a sentence's subject).
_CLOSING_BYLINE = re.compile(r"^(?P<name>[^\W\d_]{1,12}(?:\s+[^\W\d_]{1,12}){0,4})\s*[-–|]\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*"
                             r"(?:19|20)\d\d$")


# A line that says it gives the day the article was put out: "Bài đăng ngày …", "(Đăng lúc …)",
# "Cập nhật: …", "phát ngày …".
_PUBLISHED_CUE = re.compile(r"(?i)^\W*(?:bài\s+)?(?:đăng|cập\s+nhật|phát\s+ngày)(?!\w)")
