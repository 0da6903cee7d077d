"""Vietnamese date phrases -> DateSpan.

`find_dates(sentence, context)` is pure: the year for phrases that lack one and
the article's own date for relative words ("hôm qua") come in `context`.
Impossible dates (31/2, 29/2/2021) are dropped, never repaired.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .records import DateSpan

MIN_YEAR, MAX_YEAR = 1950, 2100

_D = r"(\d{1,2})"
_Y = r"(\d{4})"
_TO = r"\s*(?:đến|tới|–|—)\s*(?:hết\s+)?(?:ngày\s+)?"
_DASH = r"\s*[-–—]\s*"
_NOT_BEFORE = r"(?<![\d/.,-])"
_NOT_AFTER = r"(?![\d]|[/.-]\d)"

# What stands before a day-month written with a dash or a dot (fixed-width look-behinds).
_DAY_WORD_BEFORE = "|".join(rf"(?<={w}\s)" for w in ("ngày", "sáng", "trưa", "chiều", "tối", "đêm", "nay", "qua",
                                                      "Ngày", "Sáng", "Trưa", "Chiều", "Tối", "Đêm")) + r"|(?<=\()"

_RULES: list[tuple[str, re.Pattern[str]]] = [
    # "31-10 đến 1-11-2025", "từ ngày 9/8 đến ngày 3/9", "28/12/2020 đến 2/1/2021"
    ("range_dm_to_dm", re.compile(
        rf"{_NOT_BEFORE}{_D}[/.-]{_D}(?:[/.-]{_Y})?{_TO}{_D}[/.-]{_D}(?:[/.-]{_Y})?{_NOT_AFTER}", re.I)),
    # "31/10 - 1/11/2025", "ngày 31/10-1/11": a dash between two day/month dates (written with
    # a slash or a dot, so that "31-10-2025" stays one date)
    ("range_dm_dash_dm", re.compile(
        rf"{_NOT_BEFORE}{_D}[/.]{_D}(?:[/.]{_Y})?{_DASH}{_D}[/.]{_D}(?:[/.]{_Y})?{_NOT_AFTER}")),
    # "từ ngày 09 đến 11-11-2014", "từ ngày 12 đến ngày 16/11/2024"
    ("range_d_to_dm", re.compile(
        rf"ngày\s+{_D}{_TO}{_D}[/.-]{_D}(?:[/.-]{_Y})?{_NOT_AFTER}", re.I)),
    # "từ 30 tháng 11 đến 2 tháng 12 năm 2021": two ends in month words
    ("range_month_words", re.compile(
        rf"{_D}\s+tháng\s+{_D}(?:\s*(?:năm|,)\s*{_Y})?(?:{_TO}|{_DASH}){_D}\s+tháng\s+{_D}"
        rf"(?:\s*(?:năm|,)\s*{_Y})?(?!\d)", re.I)),
    # "ngày 20 và 21-5"
    ("days_and", re.compile(rf"ngày\s+{_D}\s+và\s+{_D}[/.-]{_D}(?:[/.-]{_Y})?{_NOT_AFTER}", re.I)),
    # "8-9/11", "8-12/11/2021", "14 – 16.11.2024"
    ("range_days", re.compile(rf"{_NOT_BEFORE}{_D}{_DASH}{_D}[/.]{_D}(?:[/.]{_Y})?{_NOT_AFTER}")),
    # "ngày 16 tháng 11", "ngày 5 đến 7 tháng 6 năm 2010"
    ("day_month_words", re.compile(
        rf"ngày\s+{_D}(?:(?:{_TO}|{_DASH}|\s+và\s+){_D})?\s+tháng\s+{_D}(?:\s*(?:năm|,)\s*{_Y})?(?!\d)", re.I)),
    # "11/11/2017", "06-11-1989", "16.11.2024"
    ("full", re.compile(rf"{_NOT_BEFORE}{_D}([/.-]){_D}\2{_Y}(?!\d)")),
    # "tháng 6/2021", "tháng 3-2019", "tháng 6 năm 2021"
    ("month_year", re.compile(rf"tháng\s+{_D}\s*(?:[/-]|\s+năm\s+)\s*{_Y}(?!\d)", re.I)),
    # "8/11", "18/5"
    ("day_slash", re.compile(rf"{_NOT_BEFORE}{_D}/{_D}{_NOT_AFTER}")),
    # "Ngày 30-10", "(28-2)", "ngày 5-6", "Chiều 13-7", "ngày 24.6": a dash or a dot after "ngày",
    # a time of day or "(" is day-month
    ("day_dash", re.compile(rf"(?:{_DAY_WORD_BEFORE}){_D}[-.]{_D}{_NOT_AFTER}(?!\.\d)", re.I)),
    # "tháng 7", "cuối tháng 4"
    ("month_only", re.compile(rf"(?<!\d\s)(?<!\d)tháng\s+{_D}(?!\d|\s*[/.-]\s*\d)(?!\s*năm\s+\d)", re.I)),
]

_RELATIVE = re.compile(
    r"(?i)\b(hôm nay|sáng nay|trưa nay|chiều nay|tối nay|đêm nay|hôm qua|sáng qua|chiều qua|tối qua|"
    r"đêm qua|ngày mai|sáng mai|trưa mai|chiều mai|tối mai|tuần trước|tuần qua|tháng trước|tuần này|tháng này|"
    r"tháng tới)\b"
)
# The month a week or month word points to, in months from the article's own ("tuần trước" may
# fall in the month before: a week back from the article's date decides).
_REL_MONTH_DAYS = {"tuần trước": -7, "tuần qua": -7, "tháng trước": -28, "tuần này": 0, "tháng này": 0,
                   "tháng tới": 31}
_COUNTED = re.compile(r"(?i)(?:\d|một|hai|ba|bốn|năm|sáu|vài|mấy|các|những)\s+$")      # "3 tháng tới", "những tháng tới": a span, not a date
_REL_DAYS = {"hôm nay": 0, "sáng nay": 0, "trưa nay": 0, "chiều nay": 0, "tối nay": 0, "đêm nay": 0,
             "hôm qua": -1, "sáng qua": -1, "chiều qua": -1, "tối qua": -1, "đêm qua": -1, "ngày mai": 1,
             "sáng mai": 1, "trưa mai": 1, "chiều mai": 1, "tối mai": 1}
_EXPLICIT_AFTER = re.compile(r"^\s*[(,]?\s*(?:ngày\s+)?\d{1,2}[/-]\d{1,2}")


@dataclass(frozen=True, slots=True)
class DateContext:
    year: int | None = None             # the year a year-less phrase takes
    ref: date | None = None             # the article's own date, for "hôm qua"
    ref_precision: str | None = None    # "day" or "month"
    same_day: DateSpan | None = None    # the day told just before, for "cùng ngày", "hôm sau"
    ref_guessed: bool = False           # ref is the lead's date in a year only guessed: it tells no status


def _day(y: int, m: int, d: int) -> date | None:
    if not MIN_YEAR <= y <= MAX_YEAR:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _span(start: date | None, end: date | None, precision: str, inferred: bool,
          m: re.Match[str], rule: str) -> DateSpan | None:
    if start is None or end is None or end < start or (end - start).days > 120:
        return None
    return DateSpan(start, end, precision, inferred, m.group(0).strip(), m.start(), rule,
                    year_source="context" if inferred else "written")


def _year(explicit: str | None, ctx: DateContext) -> tuple[int | None, bool]:
    if explicit:
        return int(explicit), False
    return ctx.year, True


def _range(d1, m1, y1, d2, m2, y2, ctx: DateContext, m, rule) -> DateSpan | None:
    """Two day-month ends; a missing year comes from the other end, then from context."""
    end_year, inferred = _year(y2 or y1, ctx)
    if end_year is None:
        return None
    start_year = int(y1) if y1 else end_year - (1 if int(m1) > int(m2) else 0)
    start = _day(start_year, int(m1), int(d1))
    end = _day(end_year, int(m2), int(d2))
    return _span(start, end, "day", inferred, m, rule)


def _parse(rule: str, m: re.Match[str], ctx: DateContext) -> DateSpan | None:
    g = m.groups()
    if rule == "range_month_words":
        return _range(g[0], g[1], g[2], g[3], g[4], g[5], ctx, m, rule)
    if rule in ("range_dm_to_dm", "range_dm_dash_dm"):
        return _range(g[0], g[1], g[2], g[3], g[4], g[5], ctx, m, rule)
    if rule in ("range_d_to_dm", "days_and", "range_days"):
        return _range(g[0], g[2], None, g[1], g[2], g[3], ctx, m, rule)
    if rule == "day_month_words":
        return _range(g[0], g[2], None, g[1] or g[0], g[2], g[3], ctx, m, rule)
    if rule == "full":
        d = _day(int(g[3]), int(g[2]), int(g[0]))
        return _span(d, d, "day", False, m, rule)
    if rule == "month_year":
        d = _day(int(g[1]), int(g[0]), 1)
        return _span(d, d, "month", False, m, rule)
    if rule in ("day_slash", "day_dash"):
        return _range(g[0], g[1], None, g[0], g[1], None, ctx, m, rule)
    if rule == "month_only":
        year, inferred = _year(None, ctx)
        d = _day(year, int(g[0]), 1) if year else None
        return _span(d, d, "month", inferred, m, rule)
    return None


# "Cùng ngày", "chiều cùng ngày": the day the text has just told; "hôm sau", "sáng ngày hôm sau":
# the day after it.
SAME_DAY = re.compile(r"(?i)(?<!\w)(?:(?:sáng|trưa|chiều|tối|đêm)\s+)?(?:ngày\s+)?(cùng\s+ngày|hôm\s+sau)"
                      r"(?!\w)(?!\s*\d)")


def _relative(sentence: str, ctx: DateContext, taken: list[tuple[int, int]]) -> list[DateSpan]:
    out = []
    if ctx.same_day is not None:
        for m in SAME_DAY.finditer(sentence):
            if not any(a <= m.start() < b for a, b in taken):
                told = ctx.same_day
                d = told.start + timedelta(days=0 if m.group(1).lower().startswith("cùng") else 1)
                out.append(DateSpan(d, d, "day", told.year_inferred, m.group(0), m.start(), "told-day",
                                    year_source=told.year_source))
    if ctx.ref is None:
        return out
    for m in _RELATIVE.finditer(sentence):
        if _EXPLICIT_AFTER.match(sentence[m.end():]) or any(a <= m.start() < b for a, b in taken):
            continue
        word = m.group(1).lower()
        if word in _REL_DAYS:
            if ctx.ref_precision != "day":
                continue
            d = ctx.ref + timedelta(days=_REL_DAYS[word])
            out.append(DateSpan(d, d, "day", True, m.group(0), m.start(), "relative", year_source="article"))
        elif word != "tháng tới" or not _COUNTED.search(sentence[max(0, m.start() - 8): m.start()]):
            d = (ctx.ref + timedelta(days=_REL_MONTH_DAYS[word])).replace(day=1)
            out.append(DateSpan(d, d, "month", True, m.group(0), m.start(), "relative", year_source="article"))
    return out


# "tháng 11 năm ngoái": the year named relative to the article's own year.
_YEAR_WORD = re.compile(r"\s*(?:của\s+)?năm\s+(ngoái|trước|nay|tới|sau)(?!\w)", re.IGNORECASE)
_OPENING_YEAR = re.compile(r"(?i)^\W*(?:(?:vào|trong|hồi)\s+)?năm\s+(ngoái|trước|tới)(?!\w)")
_YEAR_SHIFT = {"ngoái": -1, "trước": -1, "nay": 0, "tới": 1, "sau": 1}


def _shifted(ctx: DateContext, word: str) -> DateContext:
    base = ctx.ref.year if ctx.ref else ctx.year
    if base is None:
        return DateContext(year=None, ref=ctx.ref, ref_precision=ctx.ref_precision)
    return DateContext(year=base + _YEAR_SHIFT[word], ref=ctx.ref, ref_precision=ctx.ref_precision)


# "tháng 1 tới", "ngày 19/1 sắp tới": the first such date from the article's own on, so that in
# December it falls in the next year.
_AHEAD = re.compile(r"(?i)\s*(?:sắp\s+)?tới(?:\s+đây)?(?!\w)")


def _ahead(span: DateSpan, ref: date) -> DateSpan | None:
    first = ref.replace(day=1) if span.precision == "month" else ref
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


def find_dates(sentence: str, ctx: DateContext = DateContext()) -> list[DateSpan]:
    """Every date phrase of one sentence, in order of position."""
    taken: list[tuple[int, int]] = []
    found: list[DateSpan] = []
    opening = _OPENING_YEAR.match(sentence)
    if opening:     # "Năm ngoái, Hội nghị … hồi tháng 11": the whole sentence is last year
        ctx = _shifted(ctx, opening.group(1).lower())
    rules = _RULES if _DIGIT.search(sentence) else ()     # every date shape holds a digit
    for rule, pattern in rules:
        for m in pattern.finditer(sentence):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            taken.append((m.start(), m.end()))   # claimed even when invalid: "31/2" is no "31"
            shift = _YEAR_WORD.match(sentence, m.end())
            span = _parse(rule, m, _shifted(ctx, shift.group(1).lower()) if shift else ctx)
            if span is not None and span.year_inferred and (shift or opening):
                span = replace(span, year_source="article")     # "tháng 11 năm ngoái"
            if span is not None and span.year_inferred and ctx.ref and _AHEAD.match(sentence, m.end()):
                span = _ahead(span, ctx.ref)
            if span is not None:
                found.append(span)
    found.extend(_relative(sentence, ctx, taken))
    return sorted(found, key=lambda s: s.pos)


_YEAR = re.compile(r"(?<![\d/.-])(19[5-9]\d|20\d\d)(?![\d])")


def years_in(text: str) -> list[int]:
    return [int(y) for y in _YEAR.findall(text)]
