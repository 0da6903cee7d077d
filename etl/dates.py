"""Vietnamese date phrases -> DateSpan.

`find_dates(sentence, context)` is pure: the year for phrases that lack one and
the article's own date for relative words ("hôm qua") come in `context`.
Impossible dates (31/2, 29/2/2021) are dropped, never repaired.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .cores import Cored
from .dateline import MONTH_NAMES
from .literals import Need, needs
from .lookahead import ahead
from .records import DateSpan, Precision
from .sentences import Gated, per_article
from .vi import HELD_WORDS, PLANNED_WORDS, TIMES_OF_DAY, YEAR_WORDS, alt

MIN_YEAR, MAX_YEAR = 1950, 2100

# Pieces the rules are built from. Each rule names its own groups: d1, m1, y1 (the first end),
# d2, m2, y2 (the last end), or d, m, y for a single date.
_D = r"\d{1,2}"
_Y = r"\d{4}"
_TO = r"\s*(?:đến|tới|–|—)\s*(?:hết\s+)?(?:ngày\s+)?"
_DASH = r"\s*[-–—]\s*"
# Each rule that opens with look-behinds first looks ahead for the character its match begins
# with ("(?=\d)", "(?=t)"): sre then rules out most positions of a sentence at one character
# instead of trying every look-behind there (the same matches, 2-7x faster on those rules).
_NOT_BEFORE = r"(?=\d)(?<![\d/.,-])"
_NOT_AFTER = r"(?![\d]|[/.-]\d)"

# A fraction's whole after it: "đánh dấu 2/3 quãng đường", "hơn 1/3 số thành viên", "3/4 thời gian"
_NOT_A_FRACTION = (r"(?!\s+(?:quãng|chặng|số|dân\s+số|tổng\s+số|diện\s+tích|thời\s+gian|lượng|khối\s+lượng|nhiệm\s+kỳ"
                   r"|trong\s+số)(?!\w))")

# What stands before a day-month written with a dash or a dot: fixed-width look-behinds, read
# without regard to case like the rule that uses them.
_DAY_NAMES = ("hai", "ba", "tư", "năm", "sáu", "bảy")     # "thứ hai" … "thứ bảy", Monday to Saturday
_DAY_WORD_BEFORE = ("|".join(rf"(?<={w}\s)" for w in ("ngày", "hôm", *TIMES_OF_DAY, "nay", "qua", "mai")) + r"|(?<=\()"
                    # … or a day's name, with a comma or not: "vào thứ sáu 26-6", "Chủ nhật, 9-7"
                    + "".join(rf"|(?<={w}\s)|(?<={w},\s)" for w in (*(rf"thứ\s{d}" for d in _DAY_NAMES),
                                                                  r"chủ\snhật")))
# ... or a day's word and a comma, the day told between commas: "Theo kế hoạch, hôm nay, 29-6, ông Trump …"
_DAY_WORD_AND_COMMA = "|".join(rf"(?<={w}\s{x},\s)" for w in ("hôm", *TIMES_OF_DAY) for x in ("nay", "qua", "mai"))


@dataclass(frozen=True, slots=True)
class DateContext:
    year: int | None = None             # the year a year-less phrase takes
    ref: date | None = None             # the article's own date, for "hôm qua"
    ref_precision: str | None = None    # "day" or "month"
    same_day: DateSpan | None = None    # the day told just before, for "cùng ngày", "hôm sau"
    same_month: DateSpan | None = None  # the date told just before, for "cũng trong tháng đó"
    ref_guessed: bool = False           # ref is the lead's date in a year only guessed: it tells no status
    stand_in: bool = False              # year is years.STAND_IN_YEAR: nothing tells the article's year


# What a rule reads from its match: start, end, precision, whether the year came from the context.
Reading = tuple[date | None, date | None, Precision, bool]
Reader = Callable[[re.Match[str], DateContext], Reading | None]

# Every date shape, in the order they are tried: an earlier rule claims its text first, and a
# claimed text is not matched again.
_RULES: list[tuple[str, re.Pattern[str], Reader]] = []


_NEEDS: dict[str, Need | None] = {}      # a shape's name -> the words one of which its every match holds
_CORED: dict[str, Cored] = {}       # a shape's name -> its pattern, searched through its digits (etl/cores.py)
_NEED_WORDS: set[str] = set()       # the words of all the shapes' needs: each looked for once per sentence


def rule(pattern: str, flags: int = 0) -> Callable[[Reader], Reader]:
    """Registers a date shape: its pattern (verbose, named groups) and the function that reads it,
    under the function's name (the `rule` of the spans it gives)."""
    def register(read: Reader) -> Reader:
        _RULES.append((read.__name__, re.compile(pattern, re.VERBOSE | flags), read))
        _NEEDS[read.__name__] = needs(_RULES[-1][1])     # etl/literals.py: "tháng", "/", "và", …
        _CORED[read.__name__] = Cored(_RULES[-1][1])
        _NEED_WORDS.update(_NEEDS[read.__name__] or ())
        return read
    return register


def _day(y: int, m: int, d: int) -> date | None:
    if not MIN_YEAR <= y <= MAX_YEAR:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _year(explicit: str | None, ctx: DateContext) -> tuple[int | None, bool]:
    if explicit:
        return int(explicit), False
    return ctx.year, True


def days(ctx: DateContext, d1: str, m1: str, y1: str | None, d2: str, m2: str, y2: str | None) -> Reading | None:
    """Two day-month ends; a missing year comes from the other end, then from the context (the
    start falls in the year before when its month is later: "28/12 đến 2/1/2022")."""
    end_year, inferred = _year(y2 or y1, ctx)
    if end_year is None:
        return None
    start_year = int(y1) if y1 else end_year - (1 if int(m1) > int(m2) else 0)
    return _day(start_year, int(m1), int(d1)), _day(end_year, int(m2), int(d2)), "day", inferred


def one_day(ctx: DateContext, d: str, m: str, y: str | None) -> Reading | None:
    return days(ctx, d, m, y, d, m, y)


def month(ctx: DateContext, m: str, y: str | None) -> Reading | None:
    year, inferred = _year(y, ctx)
    first = _day(year, int(m), 1) if year else None
    return first, first, "month", inferred


@rule(rf"""
    (?=t) tháng\s+ (?P<m1>{_D}) \s*[-–]\s* (?P<m2>{_D})
    (?: \s*[/.-]\s* (?P<y>{_Y}) | \s+năm\s+ (?P<y2>{_Y}) )? (?![\d/-]|\.\d)
    """, re.IGNORECASE)
def month_range(g: re.Match[str], ctx: DateContext) -> Reading | None:
    # "hồi tháng 8-9", "tháng 2-3/2017": a meeting over two months in a row
    m1, m2 = int(g["m1"]), int(g["m2"])
    if not 1 <= m1 < m2 <= min(12, m1 + 2):
        return None
    year, inferred = _year(g["y"] or g["y2"], ctx)
    start, end = (_day(year, m1, 1), _day(year, m2, 1)) if year else (None, None)
    return start, end, "month", inferred


@rule(rf"""
    (?=t) tháng\s+ (?P<m1>{_D}) (?: \s*[/.-]\s* (?P<y1>{_Y}) )? {_TO} (?:(?:đầu|giữa|cuối)\s+)?
    tháng\s+ (?P<m2>{_D}) (?: \s*[/.-]\s* (?P<y>{_Y}) | \s+năm\s+ (?P<y2>{_Y}) )? (?![\d/-]|\.\d)
    """, re.IGNORECASE)
def month_to_month(g: re.Match[str], ctx: DateContext) -> Reading | None:
    # "từ cuối tháng 2 đến đầu tháng 3/2017", "từ tháng 10 đến tháng 11 năm 2025", "tháng 12/2019 đến tháng 1/2020":
    # a meeting over two months or three (_months_apart: longer is a term, each month read alone)
    m1, m2 = int(g["m1"]), int(g["m2"])
    end_year, inferred = _year(g["y"] or g["y2"] or g["y1"], ctx)
    if end_year is None:
        return None
    start_year = int(g["y1"]) if g["y1"] else end_year - (1 if m1 > m2 else 0)
    return _day(start_year, m1, 1), _day(end_year, m2, 1), "month", inferred


@rule(rf"""
    {_NOT_BEFORE}(?P<d1>{_D}) [/.-] (?P<m1>{_D}) (?: [/.-] (?P<y1>{_Y}) )?
    {_TO}
    (?P<d2>{_D}) [/.-] (?P<m2>{_D}) (?: [/.-] (?P<y2>{_Y}) )? {_NOT_AFTER}
    """, re.IGNORECASE)
def range_dm_to_dm(g: re.Match[str], ctx: DateContext) -> Reading | None:
    # "31-10 đến 1-11-2025", "từ ngày 9/8 đến ngày 3/9", "28/12/2020 đến 2/1/2021"
    return days(ctx, g["d1"], g["m1"], g["y1"], g["d2"], g["m2"], g["y2"])


@rule(rf"""
    {_NOT_BEFORE}(?P<d1>{_D}) [/.] (?P<m1>{_D}) (?: [/.] (?P<y1>{_Y}) )?
    {_DASH}
    (?P<d2>{_D}) [/.] (?P<m2>{_D}) (?: [/.] (?P<y2>{_Y}) )? {_NOT_AFTER}
    """)
def range_dm_dash_dm(g: re.Match[str], ctx: DateContext) -> Reading | None:
    # "31/10 - 1/11/2025", "ngày 31/10-1/11": a dash between two day/month dates, written with a
    # slash or a dot (so that "31-10-2025" stays one date)
    return days(ctx, g["d1"], g["m1"], g["y1"], g["d2"], g["m2"], g["y2"])


# A word that says the bare number after it is a day: "ngày 15", "từ 26 đến 27-5", "hôm 10 và 11/11".
_DAY_WORD = r"(?=[nthv])(?:ngày(?:\s+(?:họp|làm\s+việc))?|từ|hôm|vào)\s+"       # the look-ahead: the words' first letters; "hai ngày họp 8 và 9/6"
# The start of a sentence or of a list's item, where a chronology opens each entry with its days: "* 1 và 2-3-1996,
# Băng Cốc (Thái Lan): Hội nghị Cấp cao ASEM lần thứ nhất …", "22 đến 24-9-2002: ASEM 4 …"
_ITEM_START = r"(?<![\s\S]) | (?<=^[*•+\-–—]\s)"


@rule(rf"""
    (?: {_DAY_WORD} | (?<=\() | {_ITEM_START} )     # "từ 26 đến 27-5", "kết thúc tại Phnom Penh (10 đến 13-11)"
    (?P<d1>{_D})
    {_TO}
    (?P<d2>{_D}) [/.-] (?P<m>{_D}) (?: [/.-] (?P<y>{_Y}) )? {_NOT_AFTER}
    """, re.IGNORECASE)
def range_d_to_dm(g: re.Match[str], ctx: DateContext) -> Reading | None:
    # "từ ngày 09 đến 11-11-2014", "từ ngày 12 đến ngày 16/11/2024", "từ 26 đến 27-5"
    return days(ctx, g["d1"], g["m"], None, g["d2"], g["m"], g["y"])


# A month by its name, capitalised ("tháng Mười một", "tháng Tư"; "tháng năm" in lower case is
# no month), or by its number.
# ("Mười một" first; its second word in either case: "tháng Mười Một")
_MONTH_NAME = "(?-i:{})".format("|".join(
    n.capitalize().replace(" m", r"\s+[Mm]").replace(" h", r"\s+[Hh]")
    for n in sorted(MONTH_NAMES, key=len, reverse=True)))
_MONTH = rf"(?:{_D}|{_MONTH_NAME}(?!\w))"


def _month_number(m: str) -> str:
    return m if m.isdigit() else str(MONTH_NAMES[" ".join(m.lower().split())])


@rule(rf"""
    (?P<d1>{_D}) \s+tháng\s+ (?P<m1>{_MONTH}) (?: \s*(?:năm|,)\s* (?P<y1>{_Y}) )?
    (?: {_TO} | {_DASH} )
    (?P<d2>{_D}) \s+tháng\s+ (?P<m2>{_MONTH}) (?: \s*(?:năm|,)\s* (?P<y2>{_Y}) )? (?!\d)
    """, re.IGNORECASE)
def range_month_words(g: re.Match[str], ctx: DateContext) -> Reading | None:
    # "từ 30 tháng 11 đến 2 tháng 12 năm 2021", "từ ngày 28 tháng Ba đến ngày 1 tháng Tư": two
    # ends in month words
    return days(ctx, g["d1"], _month_number(g["m1"]), g["y1"], g["d2"], _month_number(g["m2"]), g["y2"])


@rule(rf"""
    (?: {_DAY_WORD} | (?<=\() | {_ITEM_START} )     # "hai ngày 18 và 19/11", "lần thứ năm (8 và 9/10)"
    (?P<d1>{_D}) \s+và\s+ (?P<d2>{_D}) [/.-] (?P<m>{_D}) (?: [/.-] (?P<y>{_Y}) )? {_NOT_AFTER}
    """, re.IGNORECASE)
def days_and(g: re.Match[str], ctx: DateContext) -> Reading | None:
    # "ngày 20 và 21-5", "hôm 10 và 11/11"
    return days(ctx, g["d1"], g["m"], None, g["d2"], g["m"], g["y"])


@rule(rf"""
    (?: {_DAY_WORD} | (?<=\() )        # "trong hai ngày 28/4 và 29/4", "ngày 30/11 và 1/12/2018", "(30-11 và 1-12)"
    (?P<d1>{_D}) [/.-] (?P<m1>{_D}) \s+và\s+ (?:ngày\s+)? (?P<d2>{_D}) [/.-] (?P<m2>{_D}) (?: [/.-] (?P<y>{_Y}) )?
    {_NOT_AFTER}
    """, re.IGNORECASE)
def days_and_full(g: re.Match[str], ctx: DateContext) -> Reading | None:
    # two whole days joined by "và", the second within a week of the first (_a_week_apart): the two
    return days(ctx, g["d1"], g["m1"], None, g["d2"], g["m2"], g["y"])


def _a_week_apart(m: re.Match[str]) -> bool:
    """Is the second day of "ngày 28/4 và 29/4" at most a week after the first? Else the two are
    dates of their own ("ngày 5/6 và 20/7"), which the other shapes read."""
    try:
        first = date(2001, int(m["m1"]), int(m["d1"]))
        second = date(2001 if int(m["m2"]) >= int(m["m1"]) else 2002, int(m["m2"]), int(m["d2"]))
    except ValueError:
        return False
    return 0 < (second - first).days <= 7


def _days_in_order(m: re.Match[str]) -> bool:
    """Do the days of "các ngày 8, 9 và 10/11" run forward, a week at most from first to last?"""
    return 0 < int(m["d2"]) - int(m["d1"]) <= 7


def _months_apart(m: re.Match[str]) -> bool:
    """Does "tháng 2 đến tháng 3/2017" run forward two months at most? Else the months are dates of their own ("từ
    tháng 6/2019 đến tháng 3/2020": a term), which the other shapes read."""
    m1, m2 = int(m["m1"]), int(m["m2"])
    end_year = m["y"] or m["y2"]
    months = (int(end_year) - int(m["y1"])) * 12 + m2 - m1 if m["y1"] and end_year else (m2 - m1) % 12
    return 1 <= m1 <= 12 and 1 <= m2 <= 12 and 0 < months <= 2


# Shapes that match only where their reading makes sense, checked before they claim their text.
_ONLY_WHERE = {"days_and_full": _a_week_apart, "days_listed": _days_in_order, "month_to_month": _months_apart}


@rule(rf"""
    {_DAY_WORD}                         # "hai ngày 21, 22-9", "các ngày 8, 9 và 10/11"
    (?P<d1>{_D}) (?: \s*,\s* {_D} )* (?: \s*,\s* | \s+và\s+ ) (?P<d2>{_D}) [/.-] (?P<m>{_D}) (?: [/.-] (?P<y>{_Y}) )?
    {_NOT_AFTER}
    """, re.IGNORECASE)
def days_listed(g: re.Match[str], ctx: DateContext) -> Reading | None:
    # days told one by one, the month after the last: the first to the last
    return days(ctx, g["d1"], g["m"], None, g["d2"], g["m"], g["y"])


@rule(rf"""
    {_NOT_BEFORE}(?P<d1>{_D}) {_DASH} (?P<d2>{_D}) [/.] (?P<m>{_D}) (?: [/.] (?P<y>{_Y}) )? {_NOT_AFTER}
    """)
def range_days(g: re.Match[str], ctx: DateContext) -> Reading | None:
    # "8-9/11", "8-12/11/2021", "14 – 16.11.2024"
    return days(ctx, g["d1"], g["m"], None, g["d2"], g["m"], g["y"])


@rule(rf"""
    ngày\s+ (?P<d1>{_D})
    (?: (?: {_TO} | {_DASH} | \s+và\s+ ) (?P<d2>{_D}) )?     # "ngày 5 đến 7 tháng 6"
    \s+tháng\s+ (?P<m>{_MONTH}) (?: \s*(?:năm|,)\s* (?P<y>{_Y}) )? (?!\d)
    """, re.IGNORECASE)
def day_month_words(g: re.Match[str], ctx: DateContext) -> Reading | None:
    # "ngày 16 tháng 11", "ngày 5 đến 7 tháng 6 năm 2010", "ngày 23 đến ngày 27 tháng Mười"
    m = _month_number(g["m"])
    return days(ctx, g["d1"], m, None, g["d2"] or g["d1"], m, g["y"])


@rule(rf"""
    {_NOT_BEFORE} (?P<d1>{_D}) (?: {_TO} | {_DASH} ) (?P<d2>{_D})
    \s+tháng\s+ (?P<m>{_MONTH}) (?: \s*(?:năm|,)\s* (?P<y>{_Y}) )? (?!\d)
    """, re.IGNORECASE)
def days_month_words(g: re.Match[str], ctx: DateContext) -> Reading | None:
    # a range of days with the month in words and no "ngày" before it: "từ 28 đến 30 tháng Mười", "28-30 tháng 10"
    m = _month_number(g["m"])
    return days(ctx, g["d1"], m, None, g["d2"], m, g["y"])


# "chiều 26 tháng Năm", "ngày 1 tháng Mười một năm 2019": the month by its name (_MONTH_NAME).
# Right after a day of the week too (a look-behind for each: they must be of fixed width).
_AFTER_WEEKDAY = "|".join(rf"(?<=(?-i:[Tt]hứ\s{n})\s)" for n in ("Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy")) + r"|(?<=(?-i:[Cc]hủ\s[Nn]hật)\s)"


@rule(rf"""
    (?: (?:ngày|hôm|vào|từ|đến|tới|{'|'.join(TIMES_OF_DAY)})\s+ | (?<=,\s)        # "hôm Thứ Năm, 18 Tháng Giêng"
      | {_AFTER_WEEKDAY} )                                                  # "hôm thứ Bảy 27 tháng Bảy"
    (?P<d>{_D}) \s+tháng\s+ (?P<m>{_MONTH_NAME}) (?!\w)
    (?: (?:\s*(?:năm|,)\s*|\s+) (?P<y>{_Y}) )? (?!\d)                             # "19 Tháng Giêng 2018"
    """, re.IGNORECASE)
def day_month_name(g: re.Match[str], ctx: DateContext) -> Reading | None:
    return one_day(ctx, g["d"], _month_number(g["m"]), g["y"])


@rule(rf"""
    {_NOT_BEFORE}(?P<d>{_D}) (?P<sep>[/.-]) (?P<m>{_D}) (?P=sep) (?P<y>{_Y}) (?!\d)
    """)
def full(g: re.Match[str], ctx: DateContext) -> Reading | None:
    # "11/11/2017", "06-11-1989", "16.11.2024": the same mark twice
    return one_day(ctx, g["d"], g["m"], g["y"])


@rule(rf"""
    tháng\s+ (?: (?P<m>{_D}) \s* (?: [/.-] | \s+năm\s+ ) | (?P<name>{_MONTH_NAME}) \s+(?:năm\s+)? )
    \s* (?P<y>{_Y}) (?!\d)                     # "tháng 7/2017", "tháng 7.2017", "Tháng Giêng năm 2019"
    """, re.IGNORECASE)
def month_year(g: re.Match[str], ctx: DateContext) -> Reading | None:
    # "tháng 6/2021", "tháng 3-2019", "tháng 6 năm 2021", "tháng Mười 2019"
    return month(ctx, g["m"] or _month_number(g["name"]), g["y"])


@rule(rf"""
    {_NOT_BEFORE}(?P<d>{_D}) / (?P<m>{_D}) {_NOT_AFTER} {_NOT_A_FRACTION}
    """)
def day_slash(g: re.Match[str], ctx: DateContext) -> Reading | None:
    # "8/11", "18/5" (not a fraction of a whole: "2/3 quãng đường", "1/3 số phiếu")
    return one_day(ctx, g["d"], g["m"], None)


@rule(rf"""
    (?=\d)(?:{_DAY_WORD_BEFORE} | (?:{_DAY_WORD_AND_COMMA}) (?=\d{{1,2}}[-.]\d{{1,2}}\s*,)) (?P<d>{_D}) [-.] (?P<m>{_D})
    {_NOT_AFTER} (?!\.\d)
    """, re.IGNORECASE)
def day_dash(g: re.Match[str], ctx: DateContext) -> Reading | None:
    # "Ngày 30-10", "(28-2)", "ngày 5-6", "Chiều 13-7", "ngày 24.6", "hôm 29-6": a dash or a dot
    # is a day-month only after "ngày", "hôm", a time of day or "("
    return one_day(ctx, g["d"], g["m"], None)


@rule(rf"""
    (?=t)(?<!\d\s)(?<!\d) tháng\s+ (?P<m>{_D})
    (?!\d|\s*[/.-]\s*\d)        # not "tháng 6/2021", read above
    (?!\s*năm\s+\d)             # nor "tháng 6 năm 2021"
    """, re.IGNORECASE)
def month_only(g: re.Match[str], ctx: DateContext) -> Reading | None:
    # "tháng 7", "cuối tháng 4"
    return month(ctx, g["m"], None)


@rule(rf"""
    (?=t)(?<!mạng\s) tháng\s+ (?P<name>{_MONTH_NAME})(?!\w)
    (?!\s*(?:năm\s+)?\d)         # not "tháng Mười 2019", read above
    """, re.IGNORECASE)
def month_name_only(g: re.Match[str], ctx: DateContext) -> Reading | None:
    # "hồi tháng Bảy", "vào đầu tháng Ba tới" (not the "Cách mạng tháng Tám")
    return month(ctx, _month_number(g["name"]), None)


# A month by its name in lower case, as world news writes it, told as a time after a word that tells one: "vào tháng sáu
# vừa qua", "hồi tháng ba", "đầu tháng mười năm 2018" (not "tháng một"; nor a count: "mỗi tháng hai lần"; "tháng năm" only
# after a word that tells a point of time, and not before a word of the year: "những tháng năm qua" is months and years).
# The words are dateline.MONTH_NAMES', as the capitalised _MONTH_NAME's are.
_TIME_WORDS_BEFORE = "|".join(f"(?<={w}\\s)" for word in ("vào", "hồi", "trong", "đầu", "giữa", "cuối", "từ", "đến", "sang", "tới")
                              for w in (word, word.capitalize()))
_LOWER_MONTH_NAME = ("|".join(n.replace(" ", r"\s+") for n in sorted(set(MONTH_NAMES) - {"một", "bốn", "năm"},
                                                                      key=lambda n: (-len(n), n)))    # ("mười một" first)
                     + r"|(?:(?<=vào\stháng\s)|(?<=hồi\stháng\s)|(?<=đầu\stháng\s)|(?<=giữa\stháng\s)|(?<=cuối\stháng\s))"
                     r"năm(?!\s+(?:nay|qua|ngoái|trước|sau|tới|đó|ấy|\d))")


@rule(rf"""
    (?:{_TIME_WORDS_BEFORE}) tháng\s+ (?P<name>{_LOWER_MONTH_NAME})(?!\w)
    (?: \s+năm\s+ (?P<y>{_Y}) )? (?!\s*(?:năm\s+)?\d) (?!\s+lần)
    """)
def month_name_lower(g: re.Match[str], ctx: DateContext) -> Reading | None:
    # "hồi tháng ba", "vào tháng sáu vừa qua", "cuối tháng mười năm 2018"
    return month(ctx, _month_number(g["name"]), g["y"])


def _span(reading: Reading | None, m: re.Match[str], name: str) -> DateSpan | None:
    """The span a rule read, if it is a real one: impossible days and backward or too long
    ranges give None, never a repaired date."""
    if reading is None:
        return None
    start, end, precision, inferred = reading
    if start is None or end is None or end < start or (end - start).days > 120:
        return None
    return DateSpan(start, end, precision, inferred, m.group(0).strip(), m.start(), name,
                    year_source="context" if inferred else "written")


# Words for a day, in days from the article's own date.
_REL_DAYS = {"hôm nay": 0, "sáng nay": 0, "trưa nay": 0, "chiều nay": 0, "tối nay": 0, "đêm nay": 0,
             "hôm qua": -1, "sáng qua": -1, "chiều qua": -1, "tối qua": -1, "đêm qua": -1, "ngày mai": 1,
             "sáng mai": 1, "trưa mai": 1, "chiều mai": 1, "tối mai": 1,
             "ngày kia": 2, "ngày mốt": 2, "hôm kia": -2}     # the day after tomorrow, the day before yesterday
# … and two times of one day: "chiều và tối nay", "sáng và trưa mai"
_REL_DAYS.update({f"{a} và {b} {w}": _REL_DAYS[f"hôm {w}" if w != "mai" else "ngày mai"]
                  for i, a in enumerate(TIMES_OF_DAY) for b in TIMES_OF_DAY[i + 1:] for w in ("nay", "qua", "mai")})
# Words for a month: the days from the article's date to a day of that month ("tuần trước" may
# fall in the month before: a week back from the article's date decides).
_REL_MONTH_DAYS = {"tuần trước": -7, "tuần qua": -7, "tháng trước": -28, "tuần này": 0, "tháng này": 0,
                   "tháng tới": 31, "tháng sau": 31, "tuần tới": 7, "tuần sau": 7,
                   # "hồi đầu tuần", earlier this week; "đầu tuần tới", early next week
                   "đầu tuần": -3, "đầu tuần tới": 7, "đầu tuần sau": 7}
# (the longer words first: "đầu tuần tới" before "đầu tuần"; not the noun "tuần lễ": "… khai mạc, mở đầu tuần lễ các
# hội nghị kinh tế ASEAN" opens a week of meetings)
_RELATIVE = re.compile(rf"(?i)\b({'|'.join(map(re.escape, sorted((*_REL_DAYS, *_REL_MONTH_DAYS), key=len, reverse=True)))})\b"
                       r"(?!\s+lễ(?!\w))")
_RELATIVE = ahead(_RELATIVE)      # the same matches, sooner: etl/lookahead.py
_RELATIVE = Gated(_RELATIVE)      # searched only in sentences that hold its words: sentences.Gated


def tells_from_now(sentence: str) -> bool:
    """Does the sentence hold a word for a day, a week or a month told from now ("hôm qua", "tháng trước")?"""
    return bool(_RELATIVE.search(sentence))
# "3 tháng tới", "những tháng tới": a span, not a date (a number of its own: not "G20 tuần trước", "APEC 2017 tháng tới")
_COUNTED = re.compile(r"(?i)(?<![\w.,/])(\d{1,2}|một|hai|ba|bốn|năm|sáu|vài|mấy|các|những)\s+$")
# … and a week or a month before or after another time than now: "đúng một tuần trước khi OPEC họp", "tháng trước đó"
_ANOTHER_TIMES = re.compile(r"(?i)\s+(?:khi|đó)(?!\w)")
_EXPLICIT_AFTER = re.compile(r"(?i)^\s*[(,]?\s*(?:ngày\s+)?\d{1,2}(?:[/-]\d{1,2}|\s+tháng\s)")
# A week or a month told from now whose days follow: "vào thứ Ba và thứ Tư tuần tới (17 và 18/11)", "vào tuần
# tới, trong hai ngày 28-29/1": the days date it (and a day of the week: "vào thứ Hai và thứ Ba (ngày 6 - 7/11)").
_DAYS_SOON_AFTER = re.compile(r"(?i)\s*[(,]?[^.;:!?\d()]{0,25}?\(?\s*(?:ngày\s+)?\d{1,2}(?:\s*(?:và|,|-|–)\s*\d{1,2})*"
                              r"(?:\s*[/-]\s*\d{1,2}|\s+tháng\s)")


def _not_from_now(sentence: str, end: int) -> bool:
    """Is the week or month word ending at `end` told from another time (_ANOTHER_TIMES), or dated by the days
    that follow it (_DAYS_SOON_AFTER), rather than from the article's own date?"""
    return bool(_ANOTHER_TIMES.match(sentence, end) or _DAYS_SOON_AFTER.match(sentence, end))
# The same pair read from the date: a word for a day right before the explicit date it spells out.
_REL_DAY_BEFORE = re.compile(rf"(?i)(?<!\w)({'|'.join(map(re.escape, _REL_DAYS))})\s*[(,]?\s*(?:ngày\s+)?$")


_REL_DAY = re.compile(rf"(?i)(?<!\w)({'|'.join(map(re.escape, _REL_DAYS))})(?!\w)")


def month_end(day: date) -> date:
    """The last day of the day's month."""
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def days_from_now(sentence: str) -> tuple[int, int] | None:
    """The days from the article's own date that the sentence's first word for a day tells ("hôm qua":
    -1), and where the word stands, unless an explicit date follows it ("hôm nay (4/9)"), else None."""
    m = _REL_DAY.search(sentence)
    return None if m is None or _EXPLICIT_AFTER.match(sentence[m.end():]) else (_REL_DAYS[m.group(1).lower()], m.start())


_REL_MONTH = re.compile(rf"(?i)(?<!\w)({'|'.join(map(re.escape, sorted(_REL_MONTH_DAYS, key=len, reverse=True)))})(?!\w)")


def month_from_now(sentence: str) -> tuple[int, int] | None:
    """The days from the article's own date to a day of the month the sentence's first word for a week or a
    month told from now tells ("tuần trước": -7; _REL_MONTH_DAYS), and where the word stands; not a counted one
    ("hai tuần trước") nor one told from another time ("tháng trước đó"), else None."""
    for m in _REL_MONTH.finditer(sentence):
        if not (_not_from_now(sentence, m.end()) or _COUNTED.search(sentence, max(0, m.start() - 8), m.start())):
            return _REL_MONTH_DAYS[m.group(1).lower()], m.start()
    return None


def spelled_out_day(text: str, pos: int) -> int | None:
    """The days from the article's own date to the explicit date at `pos` that a word for a day
    right before it spells out ("Sáng nay (11/1)": 0, "hôm qua 23.7": -1; _REL_DAYS), else None."""
    m = _REL_DAY_BEFORE.search(text, max(0, pos - 24), pos)
    return _REL_DAYS[m.group(1).lower()] if m else None


# "Cùng ngày", "chiều cùng ngày", "hôm ấy", "ngày hôm đó", "ngay sau đó", "Buổi chiều, …": the day the text has just told; "hôm sau",
# "sáng ngày hôm sau": the day after it. Not when a day word follows ("Cùng ngày hôm nay": today).
SAME_DAY = re.compile(rf"(?i)(?<!\w)(?:(?:{'|'.join(TIMES_OF_DAY)})\s+)?(?:ngày\s+)?(cùng\s+ngày|hôm\s+(?:sau|ấy|đó)|ngay\s+sau\s+đó"
                      r"|(?:trước|sau)\s+đó\s+(?:một|hai|ba|[1-3])\s+ngày|(?:một|hai|ba|[1-3])\s+ngày\s+(?:trước|sau)\s+đó"  # "Trước đó một ngày, …"
                      r"|(?:cùng\s+)?buổi\s+(?:sáng|trưa|chiều|tối)(?=\s*,)"     # "Buổi chiều, …", "Cùng buổi sáng, …"
                      r"|(?:cũng\s+)?trong\s+(?:cùng\s+)?ngày(?=\s*,)"       # "Cũng trong ngày, Diễn đàn Khu vực ASEAN …"
                      # "Mở đầu ngày làm việc, Thủ tướng dự …", "Khép lại ngày làm việc, tại …"
                      r"|(?:mở\s+đầu|khép\s+lại|kết\s+thúc)\s+ngày\s+làm\s+việc(?:\s+(?:này|đó))?(?=\s*,)"
                      # "Ngay sau phiên khai mạc, Bộ trưởng … chủ trì Hội nghị …": the day the opening was told on
                      r"|(?:ngay\s+)?sau\s+(?:lễ|phiên(?:\s+họp)?)\s+khai\s+mạc(?=\s*,))"
                      r"(?!\w)(?!\s*[(,]?\s*(?:ngày\s+)?\d)(?!\s+hôm\s+(?:nay|qua|kia)(?!\w))")   # "Ngay sau đó, ngày 27/11": that day
SAME_DAY = ahead(SAME_DAY)      # the same matches, sooner: etl/lookahead.py
# "Cũng trong tháng đó", "cùng tháng", "tháng ấy": the month of the date the text has just told.
# (and "ngay sau hội nghị đó", right after the meeting told before: "… lần thứ 27 ở Băng Cốc tháng 7-1994. Cũng tại Băng
# Cốc, ngay sau hội nghị đó, Diễn đàn khu vực ASEAN lần thứ nhất đã họp": that month; not a day, which may be the next)
# (and "Cũng trong dịp này, tại Hội nghị Cấp cao Đông Á lần thứ 5, …" after "… vào cuối tháng 10 tới": that month, on
# the occasion just told, whose day it does not tell)
SAME_MONTH = Gated(re.compile(r"(?i)(?<!\w)(?:cùng\s+tháng(?:\s+(?:đó|ấy))?|tháng\s+(?:đó|ấy)"
                              r"|ngay\s+sau\s+(?:hội\s+nghị|cuộc\s+họp|phiên\s+họp|sự\s+kiện)\s+(?:đó|này|ấy|trên)"
                              r"|(?:trong|nhân)\s+dịp\s+(?:này|đó|ấy))(?!\w)(?!\s*\d)"))
SAME_DAY = Gated(SAME_DAY)      # searched only in sentences that hold its words: sentences.Gated


# A day of the week, told from the article's date: "tối thứ Sáu tuần trước", "Chủ nhật tuần tới",
# "sáng thứ Bảy" (the last one up to the article's date). Day names capitalised: "thứ hai" is also "second".
_WEEKDAY_NUMBER = {name: i for i, name in enumerate(_DAY_NAMES)}
_WEEK_SHIFT = {"trước": -7, "qua": -7, "này": 0, "tới": 7, "sau": 7}
_WEEKDAY_TIMES = (*TIMES_OF_DAY, "hôm", "vào", "ngày")
_WEEKDAY = re.compile(rf"""(?<!\w)
    (?P<time>(?:{alt((*_WEEKDAY_TIMES, *(w.capitalize() for w in _WEEKDAY_TIMES)))})\s+)?   # "tối thứ Sáu", "Hôm thứ Ba", "ngày thứ Năm"
    (?:[Tt]hứ\s+(?P<n>Hai|Ba|Tư|Năm|Sáu|Bảy)|[Cc]hủ\s+[Nn]hật)(?!\w)
    (?:\s+tuần\s+(?P<week>trước|qua|này|tới|sau)(?!\w))?            # "… tuần trước"
""", re.VERBOSE)
# … and a day's name after the words that move a story on to it: "Đến thứ Năm, Hội nghị Cấp cao Đông Á …", "Sang thứ
# Sáu, …", "từ thứ Hai" (the day's name capitalised, as _WEEKDAY reads it: "thứ hai" alone may be "second")
_WEEKDAY_LEAD = re.compile(r"(?i)(?<!\w)(?:đến|tới|sang|từ)\s+$")
_WEEKDAY = ahead(_WEEKDAY)      # the same matches, sooner: etl/lookahead.py
_WEEKDAY = Gated(_WEEKDAY)      # searched only in sentences that hold its words: sentences.Gated
_WEEKDAY_NAMED = Cored(_WEEKDAY.pattern)    # … and there only where a day's name is written: etl/cores.py


def _weekday(ref: date, m: re.Match[str], ahead: bool = False) -> date:
    """The day a day of the week names, told from the article's: in the week its words name, else the last one on or
    before the article's day, or, told of what is still to come (`ahead`), the next one on or after it ("… sẽ dự Hội nghị
    Cấp cao ASEAN - Mỹ vào thứ Tư", said on a Tuesday)."""
    wd = _WEEKDAY_NUMBER[m.group("n").lower()] if m.group("n") else 6
    if m.group("week"):
        return ref - timedelta(days=ref.weekday()) + timedelta(days=_WEEK_SHIFT[m.group("week")] + wd)
    if ahead:
        return ref + timedelta(days=(wd - ref.weekday()) % 7)
    return ref - timedelta(days=(ref.weekday() - wd) % 7)


# What tells a sentence speaks of what is still to come, and of what was (vi.PLANNED_WORDS, vi.HELD_WORDS).
_TO_COME = re.compile(rf"(?i)(?<!\w)(?:{alt(PLANNED_WORDS)})(?!\w)")
_WAS = re.compile(rf"(?i)(?<!\w)(?:{alt(HELD_WORDS)})(?!\w)")


def _told_to_come(sentence: str, at: int) -> bool:
    """Is the status word nearest before `at` (else the first after it) one of what is still to come ("Thủ tướng …, đã
    tới Jakarta từ tối qua, sẽ dự … vào thứ Tư")?"""
    to_come = max((m.start() for m in _TO_COME.finditer(sentence, 0, at)), default=-1)
    was = max((m.start() for m in _WAS.finditer(sentence, 0, at)), default=-1)
    if to_come == was == -1:
        # none before: the first after, of a clause told alongside ("Hội nghị … ASEAN+3 được tổ chức vào thứ Năm, còn
        # Hội nghị … EAS … sẽ cùng diễn ra vào ngày 14/7")
        to_come = min((m.start() for m in _TO_COME.finditer(sentence, at)), default=len(sentence))
        was = min((m.start() for m in _WAS.finditer(sentence, at)), default=len(sentence))
        return to_come < was
    return to_come > was


@per_article        # a sentence's dates are read again under other contexts (as _shapes)
def _matches(pattern: Gated, sentence: str) -> tuple[re.Match[str], ...]:
    """The pattern's matches in a sentence, whatever the context."""
    return tuple(pattern.finditer(sentence))


@per_article
def _weekdays(sentence: str) -> tuple[re.Match[str], ...]:
    """_WEEKDAY's matches in a sentence."""
    return tuple(_WEEKDAY_NAMED.finditer(sentence)) if _WEEKDAY.may_match(sentence) else ()


def _days_from_told(said: str) -> int:
    """The days from the day told before to SAME_DAY's day: "hôm sau" 1, "trước đó hai ngày" -2, "cùng ngày" 0."""
    words = said.lower().split()
    count = next((int(w) if w.isdigit() else _COUNTS[w] for w in words if w.isdigit() or w in _COUNTS), 1)
    if "trước" in words:
        return -count
    return count if "sau" in words and "ngay" not in words and "khai" not in words else 0    # ("sau lễ khai mạc": that day)


def _relative(sentence: str, ctx: DateContext, taken: list[tuple[int, int]]) -> list[DateSpan]:
    out = []
    if ctx.same_day is not None:
        for m in _matches(SAME_DAY, sentence):
            if not any(a <= m.start() < b for a, b in taken):
                told = ctx.same_day
                d = told.start + timedelta(days=_days_from_told(m.group(1)))
                out.append(DateSpan(d, d, "day", told.year_inferred, m.group(0), m.start(), "told-day",
                                    year_source=told.year_source))
    if ctx.same_month is not None:
        for m in _matches(SAME_MONTH, sentence):
            if not any(a <= m.start() < b for a, b in taken):
                told = ctx.same_month
                d = told.start.replace(day=1)
                out.append(DateSpan(d, d, "month", told.year_inferred, m.group(0), m.start(), "told-month",
                                    year_source=told.year_source))
    if ctx.ref is None:
        return out
    if ctx.ref_precision == "day":
        for m in _weekdays(sentence):
            lead = _WEEKDAY_LEAD.search(sentence, max(0, m.start() - 10), m.start())
            if (not (m.group("time") or m.group("week") or lead) or _EXPLICIT_AFTER.match(sentence[m.end():])
                    or _DAYS_SOON_AFTER.match(sentence, m.end())):
                continue        # "Thứ Hai, 13/6/2022" is the date itself, and so are the days after "vào thứ Hai và thứ
                                # Ba (ngày 6 - 7/11)"; "thứ hai" alone may be "second"
            if any(a <= m.start() < b for a, b in taken):
                continue
            d = _weekday(ctx.ref, m, ahead=_told_to_come(sentence, m.start()))
            # (a story moved on to the day is no last day: "Đến thứ Năm, …" is the day, "… kéo dài đến thứ Năm" its end)
            at = lead.start() if lead and not m.group("time") and lead.group()[0].isupper() else m.start()
            out.append(DateSpan(d, d, "day", True, sentence[at:m.end()], at, "weekday", year_source="article"))
            taken = [*taken, m.span()]
    for m in _matches(_RELATIVE, sentence):
        if _EXPLICIT_AFTER.match(sentence[m.end():]) or any(a <= m.start() < b for a, b in taken):
            continue
        word = m.group(1).lower()
        if word in _REL_DAYS:
            if ctx.ref_precision != "day":
                continue
            d = ctx.ref + timedelta(days=_REL_DAYS[word])
            out.append(DateSpan(d, d, "day", True, m.group(0), m.start(), "relative", year_source="article"))
        elif _not_from_now(sentence, m.end()):
            continue
        elif counted := _COUNTED.search(sentence, max(0, m.start() - 8), m.start()):
            # "hai tuần trước tại hội nghị G20", "ba tháng trước,": that many weeks or months ago (not "một tuần
            # trước cuộc gặp …", a week before something else; nor "3 tháng tới", a span)
            n = _COUNTS.get(counted.group(1).lower()) or (int(counted.group(1)) if counted.group(1).isdigit() else 0)
            if n and word in _AGO_UNITS and _AGO.match(sentence, m.end()):
                d = _months_back(ctx.ref, n) if word == "tháng trước" else (ctx.ref - timedelta(days=7 * n)).replace(day=1)
                out.append(DateSpan(d, d, "month", True, counted.group(1) + sentence[counted.end(1):m.end()], counted.start(1),
                                    "relative", year_source="article"))
        else:
            d = (ctx.ref + timedelta(days=_REL_MONTH_DAYS[word])).replace(day=1)
            out.append(DateSpan(d, d, "month", True, m.group(0), m.start(), "relative", year_source="article"))
    if ctx.ref_precision == "day" and "tới" in sentence.lower():      # (the word it needs, before the scan)
        for m in _NEXT_DAYS.finditer(sentence):
            # "… trước khi Hội nghị thượng đỉnh EU diễn ra trong 10 ngày tới": the month those days fall in, where they
            # all fall in one, told for what takes place (not "Những gì chúng ta hoàn tất trong hai ngày tới …")
            if not _TAKING_PLACE_BEFORE.search(sentence, max(0, m.start() - 20), m.start()):
                continue
            n = _COUNTS.get(m.group(1).lower()) or (int(m.group(1)) if m.group(1).isdigit() else 3)
            first, last = ctx.ref + timedelta(days=1), ctx.ref + timedelta(days=n)
            if (first.year, first.month) == (last.year, last.month) and not any(a <= m.start() < b for a, b in taken):
                d = first.replace(day=1)
                out.append(DateSpan(d, d, "month", True, m.group(0), m.start(), "relative", year_source="article"))
    return out


# The next few days from now: "trong 10 ngày tới", "trong vài ngày tới" (a few: three), "trong hai ngày tới".
_TAKING_PLACE_BEFORE = re.compile(r"(?i)(?<!\w)(?:diễn\s+ra|khai\s+mạc|tổ\s+chức|họp|bắt\s+đầu)\s+$")
_NEXT_DAYS = re.compile(r"(?i)(?<!\w)trong\s+(\d{1,2}|một|hai|ba|bốn|năm|sáu|vài)\s+ngày\s+(?:tới|sắp\s+tới)(?!\w)")


_COUNTS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6}
_AGO_UNITS = ("tuần trước", "tháng trước")
# What follows "N tuần trước" when it is that long ago: the sentence's punctuation or end, where or when something
# was done ("hai tuần trước tại hội nghị G20", "ba tháng trước, …"), not what it was before ("một tuần trước cuộc gặp")
_AGO = re.compile(r"(?i)\s*(?:[,.;:!?)]|$|(?:tại|ở|đã|vừa)(?!\w))")


def _months_back(day: date, n: int) -> date:
    """The first day of the month n months before day's."""
    months = day.year * 12 + day.month - 1 - n
    return date(months // 12, months % 12 + 1, 1)


# "tháng 11 năm ngoái": the year named relative to the article's own year.
_YEAR_WORD = re.compile(rf"\s*(?:của\s+)?năm\s+({'|'.join(YEAR_WORDS)})(?!\w)", re.IGNORECASE)
_OPENING_YEAR = re.compile(r"(?i)^\W*(?:(?:vào|trong|hồi)\s+)?năm\s+(ngoái|trước|tới)(?!\w)")


def _shifted(ctx: DateContext, word: str) -> DateContext:
    base = ctx.ref.year if ctx.ref else (None if ctx.stand_in else ctx.year)
    if base is None:
        if ctx.stand_in and YEAR_WORDS[word] == 0:
            return ctx      # "tháng 11 năm nay" in an article whose year nothing tells yet: the context's
        return DateContext(year=None, ref=ctx.ref, ref_precision=ctx.ref_precision)
    return DateContext(year=base + YEAR_WORDS[word], ref=ctx.ref, ref_precision=ctx.ref_precision)


# "tháng 1 tới", "ngày 19/1 sắp tới": the first such date from the article's own on, so that in
# December it falls in the next year.
_AHEAD = re.compile(r"(?i)\s*(?:sắp\s+)?tới(?:\s+đây)?(?!\w)")


def _ahead(span: DateSpan, ref: date, ref_month: bool = False) -> DateSpan | None:
    """(read from the article's own year, not from one its other clues gave: an article of 12/9/2024 that recalls
    meetings of 2005 and 2015 holds "vào tháng 10 tới" in October 2024; an article dated by its month alone, `ref` its
    last day, may be from any day of it: " date 2025-10 " holds "ngày 27/10 tới" in 2025)"""
    if span.start.year != ref.year:
        span = shift_years(span, ref.year - span.start.year) or span
    first = ref.replace(day=1) if span.precision == "month" or ref_month else ref
    if span.start >= first:
        return replace(span, year_source="article")
    return shift_years(replace(span, year_source="article"), 1)


def shift_years(span: DateSpan, years: int) -> DateSpan | None:
    """The same day-month span `years` later (earlier when negative); None for 29/2 in a common year."""
    if years == 0:
        return span
    try:
        return replace(span, start=span.start.replace(year=span.start.year + years),
                       end=span.end.replace(year=span.end.year + years))
    except ValueError:
        return None


_DIGIT = re.compile(r"\d")
# "ngày mồng 1 tháng Tư", "mùng 5/9": the word that marks days 1 to 10. The shapes read it as
# "ngày" (or as nothing after "ngày"), the same length, so that every position holds.
_MONG_WORD = re.compile(r"(?i)m[ồù]ng")
_MONG = re.compile(r"(?i)(?<!\w)(?P<day>ngày\s+)?m[ồù]ng(?=\s+(?:0?[1-9]|10)(?!\d))")


# A day written in words, after "ngày" and before "tháng": "ngày hai mươi sáu tháng Sáu", "trong hai ngày mười lăm và
# mười sáu tháng Mười hai năm 1998". Read as its digits, padded with spaces to the words' length, so that every
# position holds (as "mồng" above).
_UNIT_WORDS = {"một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "sáu": 6, "bảy": 7,
               "tám": 8, "chín": 9}
_DAY_IN_WORDS = (r"(?:(?:hai|ba)\s+mươi(?:\s+(?:mốt|hai|ba|bốn|tư|lăm|sáu|bảy|tám|chín))?"
                 r"|mười(?:\s+(?:một|hai|ba|bốn|lăm|sáu|bảy|tám|chín))?|một|hai|ba|bốn|năm|sáu|bảy|tám|chín)")
_DAYS_IN_WORDS = re.compile(rf"(?i)(?<=ngày\s){_DAY_IN_WORDS}(?:\s+(?:và|đến|-|–)\s+{_DAY_IN_WORDS})*(?=\s+tháng\s)")
_ONE_DAY_IN_WORDS = re.compile(rf"(?i){_DAY_IN_WORDS}")


def _may_hold_days_in_words(lowered: str) -> bool:
    """Does the lower-cased sentence hold both words every match of _DAYS_IN_WORDS holds? (The pattern opens with a
    look-behind, which sre tries at every position: asked only where it may match.)"""
    return "tháng" in lowered and "ngày" in lowered


def _day_number(words: str) -> int:
    """The number a day's words write: "mười lăm" 15, "hai mươi mốt" 21, "ba mươi" 30, "sáu" 6."""
    parts = words.lower().split()
    if parts[0] == "mười":
        return 10 + (_UNIT_WORDS[parts[1]] if len(parts) > 1 else 0)
    if len(parts) > 1 and parts[1] == "mươi":
        return 10 * _UNIT_WORDS[parts[0]] + (_UNIT_WORDS[parts[2]] if len(parts) > 2 else 0)
    return _UNIT_WORDS[parts[0]]


def _as_digits(m: re.Match) -> str:
    """The days of a match of _DAYS_IN_WORDS in digits, each padded to its words' length."""
    return _ONE_DAY_IN_WORDS.sub(lambda d: str(_day_number(d.group())).ljust(len(d.group())), m.group())


def _as_day_word(m: re.Match) -> str:
    return m.group("day") + "    " if m.group("day") else ("Ngày" if m.group()[0].isupper() else "ngày")


def find_dates(sentence: str, ctx: DateContext = DateContext()) -> list[DateSpan]:
    """Every date phrase of one sentence, in order of position."""
    found: list[DateSpan] = []
    opening = _OPENING_YEAR.match(sentence)
    if opening:     # "Năm ngoái, Hội nghị … hồi tháng 11": the whole sentence is last year
        ctx = _shifted(ctx, opening.group(1).lower())
    shapes, taken = _shapes(sentence)
    for name, m, read, shift, ahead_word, text in shapes:
        span = _span(read(m, _shifted(ctx, shift) if shift else ctx), m, name)
        if span is not None and span.year_inferred and (shift or opening) and (ctx.ref or not ctx.stand_in):
            span = replace(span, year_source="article")     # "tháng 11 năm ngoái"
        if span is not None and span.year_inferred and ctx.ref and ahead_word:
            span = _ahead(span, ctx.ref, ctx.ref_precision == "month")
        if span is not None:
            found.append(span if text is None else replace(span, text=text))
    found.extend(_relative(sentence, ctx, taken))
    return sorted(found, key=lambda s: s.pos)


# The marks a day and its month are written with: a shape whose need holds one holds it between
# two digits ("8/11", "30-10", "16.11.2024"), so it is looked for only there, not in the full stop
# that ends nearly every sentence (tests/test_date_shortcuts.py checks each shape on the articles).
_MARKS = frozenset("/.-")
_MARK_BETWEEN_DIGITS = re.compile(r"\d([/.-])(?=\d)")
_WORDS_NEEDED = frozenset(_NEED_WORDS - _MARKS)      # (every shape is registered by now)


def _present(scanned: str) -> set[str]:
    """The words of the shapes' needs that a sentence holds, a mark only between two digits."""
    lowered = scanned.lower()
    return {word for word in _WORDS_NEEDED if word in lowered} | set(_MARK_BETWEEN_DIGITS.findall(scanned))


# A shape's match in a sentence: (rule, match, reader, the year word after it, whether "tới"
# follows it, its text as written when the shapes read a rewritten sentence).
_Shape = tuple[str, re.Match[str], Reader, str | None, bool, str | None]


_NAMED_MONTH = re.compile(rf"(?i:tháng)\s+(?:{_MONTH_NAME}|{_LOWER_MONTH_NAME})(?!\w)")


@per_article        # a sentence's dates are read again under other contexts (the year, the day told)
def _shapes(sentence: str) -> tuple[tuple[_Shape, ...], list[tuple[int, int]]]:
    """The date shapes' matches in a sentence, whatever the context, and the spans they claim."""
    taken: list[tuple[int, int]] = []
    out: list[_Shape] = []
    # every date shape holds a digit, but for a month by its name alone ("hồi tháng Bảy", "hồi tháng ba")
    rules = _RULES if _DIGIT.search(sentence) or _NAMED_MONTH.search(sentence) else ()
    scanned = _MONG.sub(_as_day_word, sentence) if rules and _MONG_WORD.search(sentence) else sentence
    if rules and _may_hold_days_in_words(scanned.lower()) and _DAYS_IN_WORDS.search(scanned):
        scanned = _DAYS_IN_WORDS.sub(_as_digits, scanned)
    present = _present(scanned) if rules else set()
    for name, _, read in rules:
        need = _NEEDS[name]
        if need is not None and need.isdisjoint(present):
            continue        # the sentence holds none of the words every match of this shape holds (literals.may_match)
        for m in _CORED[name].finditer(scanned):      # pattern.finditer's matches, sooner
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            if name in _ONLY_WHERE and not _ONLY_WHERE[name](m):
                continue
            taken.append((m.start(), m.end()))   # claimed even when invalid: "31/2" is no "31"
            shift = _YEAR_WORD.match(sentence, m.end())
            out.append((name, m, read, shift.group(1).lower() if shift else None,
                        bool(_AHEAD.match(sentence, m.end())),
                        None if scanned is sentence else sentence[m.start():m.end()]))
    return tuple(out), taken


_YEAR = re.compile(r"(?<![\d/.-])(19[5-9]\d|20\d\d)(?![\d])")


def year_matches(text: str) -> Iterator[re.Match[str]]:
    """Each year written in a text (group 1), not one inside a date."""
    return _YEAR.finditer(text)


def years_in(text: str) -> list[int]:
    return [int(m.group(1)) for m in year_matches(text)]
