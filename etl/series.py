"""The year in which number N of a numbered series of meetings fell (etl/data/series.toml): what
dates "Hội nghị các nhà Lãnh đạo kinh tế APEC-14 … hôm qua (18/11)" in an article that states no
date of its own, rather than the years of the older meetings it recalls; and the years in which a
place held a series' meeting (etl/data/hosts.toml): what dates "Hội nghị thượng đỉnh G20 … tại
Buenos Aires" there; and the days each year's meeting was held on (etl/data/calendar.toml): what
dates "… hôm 26/8 … bên lề hội nghị thượng đỉnh G7" where nothing else does."""
from __future__ import annotations

import functools
import re
import tomllib
from datetime import date, timedelta
from pathlib import Path

from .gazetteer import default_gazetteer
from .openings import Openings
from .records import Mention
from .vi import alt

_DATA = Path(__file__).parent / "data"
Segment = tuple[int, int, int, int]      # first number, its year, years per step, numbers per step


@functools.cache
def _toml(file: str) -> dict:
    """One of the data files (etl/data/`file`), read once."""
    return tomllib.loads((_DATA / file).read_text(encoding="utf-8"))


@functools.cache
def _table(file: str, key: str) -> tuple[dict, ...]:
    """The entries of one of the data files (etl/data/`file`, its [[`key`]] tables)."""
    return tuple(_toml(file)[key])


def _entries() -> tuple[dict, ...]:
    return _table("series.toml", "series")


@functools.cache
def _series() -> dict[tuple[str, str], tuple[tuple[Segment, ...], int | None]]:
    out = {}
    for entry in _entries():
        segments = tuple(sorted(tuple([*seg, 1, 1][:4]) for seg in entry["from"]))
        out[entry["forum"], entry["meeting"]] = segments, entry.get("last")
    return out


@functools.cache
def _opens() -> dict[tuple[str, str], int]:
    return {(e["forum"], e["meeting"]): e["opens"] for e in _entries() if "opens" in e}


def session_year(m: Mention, month: int) -> int | None:
    """The year a day of `month` fell in, told with the session's number `m` names: its number's year, or the next
    for a session that sits into the next year (`opens`) and a month before its opening (series.toml)."""
    year = mention_year(m)
    opens = _opens().get((m.forum, m.meeting))
    return year + 1 if year is not None and opens is not None and month < opens else year


@functools.cache
def _informal_apart() -> frozenset[tuple[str, str]]:
    return frozenset((e["forum"], e["meeting"]) for e in _entries() if e.get("informal_apart"))


def examples() -> list[tuple[str, str, int, int]]:
    """(forum, meeting, number, year) of every entry's examples, for the tests."""
    return [(e["forum"], e["meeting"], n, year) for e in _entries() for n, year in e["example"]]


def series_year(forum: str, meeting: str, number: int | None) -> int | None:
    """The year number `number` of the forum's series of `meeting` fell in, where the data knows it."""
    found = _series().get((forum, meeting)) if number is not None else None
    if found is None:
        return None
    segments, last = found
    if last is not None and number > last:
        return None
    start = None
    for segment in segments:
        if segment[0] > number:
            break
        start = segment
    if start is None:
        return None
    first, year, years, per = start
    found = year + (number - first) // per * years
    return found if within_record(found) else None


def within_record(year: int) -> bool:
    """Is a year a meeting's number points to at most two past the last year etl/data/calendar.toml
    records a meeting in? A number far past them is a slip, not a meeting of 2038 ("Hội nghị Cấp cao
    Đông Á lần thứ 33", for ASEAN's 33rd summit)."""
    return year <= _last_recorded() + 2


@functools.cache
def _last_recorded() -> int:
    return max(year for days in _calendar().values() for year, _, _ in days)


# An informal meeting of a series whose informal meetings count their own numbers (series.toml's
# `informal_apart`), and two acronyms joined, a joint series ("AEM-METI 29", not AEM 29).
_INFORMAL = re.compile(r"(?i)(?<!\w)không\s+chính\s+thức(?!\w)")
_JOINT = re.compile(r"(?<![\w-])[A-Z]{2,}\s*[-–]\s*[A-Z]{2,}(?![\w-])")


def mention_year(m: Mention) -> int | None:
    """The year the meeting a mention names by its number fell in, unless the name says the number
    is another series' ("Hội nghị cấp cao không chính thức lần thứ hai của ASEAN", 1997, is not its
    second summit, 1977)."""
    if m.ordinal is None or _JOINT.search(m.text) or (
            (m.forum, m.meeting) in _informal_apart() and _INFORMAL.search(m.text)):
        return None
    return series_year(m.forum, m.meeting, m.ordinal)


def _host_entries() -> tuple[dict, ...]:
    return _table("hosts.toml", "host")


@functools.cache
def _asean_chairs() -> tuple[tuple[int, str], ...]:
    """hosts.toml's `asean_chairs`: the countries that chaired ASEAN, year by year, which the entries that say
    `chairs = true` share."""
    return tuple(map(tuple, _toml("hosts.toml")["asean_chairs"]))


@functools.cache
def _hosts() -> dict[tuple[str, str], tuple[re.Pattern[str] | None, dict[str, frozenset[int]],
                                            dict[str, frozenset[int]], frozenset[str]]]:
    """(forum, meeting) -> a pattern of its places (None: countries only), the years each place was
    host in, the years each host country was (by the gazetteer's name of the country), and its seats."""
    out = {}
    for entry in _host_entries():
        years: dict[str, set[int]] = {}
        for year, *surfaces in entry["places"]:
            for surface in surfaces:
                years.setdefault(_spelling(surface), set()).add(year)
        by_country: dict[str, set[int]] = {}
        for year, country in [*entry.get("countries", []), *(_asean_chairs() if entry.get("chairs") else ())]:
            by_country.setdefault(country, set()).add(year)
        words = sorted(years, key=len, reverse=True)
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w).replace(r"\-", r"\s*-\s*") for w in words)
                             + r")(?![\w-])") if words else None      # (countries only: no place)
        for meeting in entry["meetings"]:
            out[entry["forum"], meeting] = (pattern, {w: frozenset(ys) for w, ys in years.items()},
                                            {c: frozenset(ys) for c, ys in by_country.items()},
                                            frozenset(entry.get("seats", ())))
    return out


def _spelling(place: str) -> str:
    """A place as the table keys it: a hyphen without the spaces around it."""
    return re.sub(r"\s*-\s*", "-", place)


def host_examples() -> list[tuple[str, str, str, int]]:
    """(forum, first meeting, sentence, year or 0) of every host entry's examples, for the tests."""
    return [(e["forum"], e["meetings"][0], text, year) for e in _host_entries() for text, year in e["example"]]


# What tells that a country is where a meeting is held: "tại Canada", "ở Nhật Bản", "nước chủ nhà Argentina"
# (a country named otherwise is most often a member: "Mỹ và Trung Quốc … tại G20").
_AT_HOST = re.compile(r"(?i)(?<!\w)(?:tại|ở|chủ\s+nhà|(?P<to>tới|đến|sang))\s+$")
# … a journey's one country, not one of a tour's ("sẽ tới Việt Nam, Hong Kong và Philippines để dự …")
_ANOTHER_AFTER = re.compile(r"\s*(?:,|và)\s*")
_HOST_WORDS = ("tại", "ở", "chủ nhà", "tới", "đến", "sang", "tổ chức", "đăng cai")     # what the two need
# … or that the country holds it: "Singapore đang tổ chức Hội nghị hẹp …", "Thái Lan sẽ đăng cai …".
_HOSTS_AFTER = re.compile(r"(?i)\s+(?:(?:đang|sẽ|đã|vừa)\s+)?(?:tổ\s+chức|đăng\s+cai)(?!\w)")
# … or after the city the sentence holds the meeting in: "tại Bangkok, Thái Lan", "ở Chiang Rai (Thái Lan)",
# "tại thủ đô Kuala Lumpur của Malaysia" (the city's words capitalised, as a name's are; "của" only after
# a word for a city: "ở Trường Sa của Việt Nam" is no city). Not a city its series meets in whatever the
# year (its `seats`: "tại Jakarta, Indonesia", ASEAN's secretariat); and a city the series' table names
# tells its own years, which its country would only blur ("tại Melbourne (Australia)": 2024, not 2018).
_AT_A_CITY_OF = re.compile(r"(?<!\w)(?i:tại|ở)\s+(?:(?:(?i:thành\s+phố|thủ\s+đô|tỉnh|đảo)\s+)(?P<named>{city})\s*"
                           r"(?:,|\(|(?i:của|thuộc))|(?P<city>{city})\s*(?:,|\())"
                           r"(?:\s*(?i:tỉnh|bang)\s+{city}\s*,)?\s*$"       # "tại thành phố Clark, tỉnh Pampanga, Philippines"
                           .format(city=r"[A-ZÀ-Ỹ][\w'’.-]*(?:\s+[A-ZÀ-Ỹ][\w'’.-]*){0,3}"))


def host_years(m: Mention, sentence: str) -> frozenset[int]:
    """The years in which the places `sentence` names were host to the mention's series
    (etl/data/hosts.toml): its cities as written, its countries after "tại", "ở" or "chủ nhà", or
    before "tổ chức" or "đăng cai", or after the city it is held in, or the one country a journey goes to
    ("tới", "đến", "sang"). A summit or a ministers' meeting with a partner ("Summit/Mỹ") that its own table
    (a special summit's, in the partner's country) does not place is where the forum's own is held, in the
    country that chairs it: "Hội nghị cấp cao ASEAN - Mỹ lần 6 tại Singapore" is 2018's or 2007's."""
    told = _host_years(_hosts().get((m.forum, m.meeting)), sentence, m.pos)
    base, partner, _ = m.meeting.partition("/")
    if told or not partner or _SPECIAL.search(m.text):
        return told     # (a special meeting is held where it is called, not where the chair holds the forum's own)
    return _host_years(_hosts().get((m.forum, base)), sentence, m.pos)


# A meeting called for an occasion: "Hội nghị Bộ trưởng Ngoại giao ASEAN - Trung Quốc đặc biệt về COVID-19 tại Vientiane"
# (2020, Việt Nam's chair year, not Laos's 2024).
_SPECIAL = re.compile(r"(?i)(?<!\w)(?:đặc\s+biệt|bất\s+thường|khẩn\s+cấp)(?!\w)")


def _host_years(found: tuple | None, sentence: str, at: int) -> frozenset[int]:
    if found is None:
        return frozenset()
    pattern, years, by_country, seats = found
    found = [(place.start(), years[_spelling(place.group())]) for place in pattern.finditer(sentence)] if pattern else []
    told = {year for _, held in found for year in held}
    cities = {year for start, held in found if start > at for year in held}
    by_city = set()     # a country after the city the meeting is held in
    if by_country and any(word in sentence for word in _HOST_WORDS):
        gaz = default_gazetteer()       # the countries' names as the ETL reads them
        for c in gaz.country_re.finditer(sentence):
            at = _AT_HOST.search(sentence, max(0, c.start() - 20), c.start())
            if at and at.group("to") and (more := _ANOTHER_AFTER.match(sentence, c.end())) and gaz.country_re.match(
                    sentence, more.end()):
                continue
            if at or _HOSTS_AFTER.match(sentence, c.end()):
                told |= by_country.get(gaz.country(c.group()), frozenset())
            elif (at_city := _AT_A_CITY_OF.search(sentence, max(0, c.start() - 50), c.start())):
                if (at_city["named"] or at_city["city"]) not in seats:
                    by_city |= by_country.get(gaz.country(c.group()), frozenset())
    if cities and (both := cities & (told | by_city)) and both != told:
        # a city after the meeting's name, and a country: the city's years ("… tại Việt Nam …, dự Hội nghị cấp
        # cao APEC tại Đà Nẵng" is 2017's, not 2006's too); a city before it may be a visit's ("… thăm thành phố
        # Hiroshima … khi đến Nhật Bản dự hội nghị thượng đỉnh G7"), and where the two share no year, each
        # may be another gathering's: all are kept
        return frozenset(both)
    return frozenset(told or by_city)


def hosted_at(forum: str, text: str, pos: int) -> bool:
    """Does a city that held one of the forum's meetings (hosts.toml's `places`) open `text` at `pos`?"""
    return any(f == forum and pattern is not None and pattern.match(text, pos) for (f, _), (pattern, *_) in _hosts().items())


def host_year(m: Mention, sentence: str) -> int | None:
    """The one year the places `sentence` names were host to the mention's series in, if they
    tell one: "Hội nghị thượng đỉnh G20 … tại Buenos Aires" fell in 2018."""
    told = host_years(m, sentence)
    return next(iter(told)) if len(told) == 1 else None


Days = tuple[int, date, date]           # a meeting's year, first and last day


def _calendar_entries() -> tuple[dict, ...]:
    return _table("calendar.toml", "series")


def calendar_of(forum: str, meeting: str) -> tuple[Days, ...]:
    """(year, first day, last day) of each of the series' meetings the calendar records."""
    return _calendar().get((forum, meeting), ())


@functools.cache
def _calendar() -> dict[tuple[str, str], tuple[Days, ...]]:
    """(forum, meeting) -> the days each of its meetings was held on."""
    out = {}
    for entry in _calendar_entries():
        held = []
        for year, first, last in entry["days"]:
            start, end = date(year, *_month_day(first)), date(year, *_month_day(last))
            held.append((year, start, end if end >= start else end.replace(year=year + 1)))
        for meeting in entry["meetings"]:
            out[entry["forum"], meeting] = tuple(held)
    return out


def _month_day(text: str) -> tuple[int, int]:
    month, day = text.split("-")
    return int(month), int(day)


def calendar_examples() -> list[tuple[str, str, str, int]]:
    """(forum, first meeting, "MM-DD" or "MM", year or 0) of every calendar entry's examples, for the tests."""
    return [(e["forum"], e["meetings"][0], when, year) for e in _calendar_entries() for when, year in e["example"]]


def held_years(forum: str, meeting: str, month: int, day: int | None = None) -> frozenset[int]:
    """The years in which the series' meeting (etl/data/calendar.toml) was held on that day of that
    month, or (no day) in that month: "hội nghị thượng đỉnh G7 … hôm 26/8" fell in 2019."""
    out = set()
    for year, start, end in _calendar().get((forum, meeting), ()):
        for y in {start.year, end.year}:
            if day is None:
                if (start.year, start.month) <= (y, month) <= (end.year, end.month):
                    out.add(year)
            else:
                try:
                    if start <= date(y, month, day) <= end:
                        out.add(year)
                except ValueError:      # 29 February of another year
                    continue
    return frozenset(out)


def days_held(forum: str, meeting: str, year: int, number: int | None = None) -> tuple[date, date] | None:
    """The first and last day of the series' meeting of that year (etl/data/calendar.toml), if the
    year held one and only one (2016's G20 summit, 4-5 September), or of the meeting of that number
    held that year (ASEAN's 34th summit, 22-23 June 2019)."""
    if number is not None and (told := _numbered().get((forum, meeting, number))) is not None:
        return told[1:] if told[0] == year else None
    held = [(start, end) for y, start, end in _calendar().get((forum, meeting), ()) if y == year]
    return held[0] if len(held) == 1 else None


def numbered_days(forum: str, meeting: str, number: int) -> tuple[date, date] | None:
    """The first and last day of the series' meeting of that number, where calendar.toml's [[numbered]] gives them."""
    told = _numbered().get((forum, meeting, number))
    return None if told is None else told[1:]


def own_days(forum: str, meeting: str, year: int) -> tuple[date, date] | None:
    """The days calendar.toml's [[series]] give the meeting of that year, for the meeting whose days they are:
    not one that shares its series' year ("Outreach", the G7's session with its guests, is held within the
    summit's days, not over all of them). (Not the [[numbered]] days of ASEAN's summits, which take in their
    related meetings: "Hội nghị Cấp cao ASEAN lần thứ 44 diễn ra ngày 9/10" within 8-11/10.)"""
    own = any(e["forum"] == forum and e["meetings"][0] == meeting for e in _calendar_entries())
    return days_held(forum, meeting, year) if own else None


@functools.cache
def _numbered() -> dict[tuple[str, str, int], Days]:
    """(forum, meeting, number) -> the year and days of that meeting (calendar.toml's [[numbered]])."""
    out = {}
    for entry in _table("calendar.toml", "numbered"):
        for number, year, first, last in entry["days"]:
            out[entry["forum"], entry["meeting"], number] = (year, date(year, *_month_day(first)), date(year, *_month_day(last)))
    return out


def numbered_examples() -> list[tuple[str, str, int, str]]:
    """(forum, meeting, number, "MM-DD" of its first day) of every [[numbered]] entry's examples, for the tests."""
    return [(e["forum"], e["meeting"], n, when) for e in _table("calendar.toml", "numbered") for n, when in e["example"]]


def summit_held_there(forum: str, sentence: str, day: date) -> str | None:
    """The one other forum whose summit a city the sentence names held on that day, where that city never held
    `forum`'s summit: "Hai nhà lãnh đạo Nga, Mỹ gặp lần đầu tiên hôm 7/7, tại hội nghị thượng đỉnh G7 ở Hamburg,
    Đức" (a syndicated slip for the G20's summit of 2017: no G7 ever met in Hamburg). None where the city is the
    forum's own, where the data places no summit of the forum at all, or where the day fits no other or two."""
    own = _hosts().get((forum, "Summit"))
    if own is None or own[0] is None or own[0].search(sentence) or any(seat in sentence for seat in own[3]):
        return None     # (nor where it names the forum's seat: "Rời Cornwall, ông Biden tới Brussels dự Hội nghị thượng
                        # đỉnh NATO ngày 14/6", the day after the G7's in Cornwall)
    found = set()
    for (other, meeting), (pattern, years, _, _) in _hosts().items():
        if meeting != "Summit" or other == forum or pattern is None:
            continue
        there = {y for place in pattern.finditer(sentence) for y in years[_spelling(place.group())]}
        if (day.year in there and _calendar().get((other, "Summit"))     # (a series with no days tells no day)
                and held_then(other, "Summit", frozenset({day.year}), day.month, day.day)):
            found.add(other)
    return next(iter(found)) if len(found) == 1 else None


def held_then(forum: str, meeting: str, years: frozenset[int], month: int, day: int | None = None) -> frozenset[int]:
    """Those of `years` whose meeting of the series (etl/data/calendar.toml) was held within a day of
    that day, or in that month, and those within the record whose days it lacks (a meeting called off,
    as APEC's in Chile in 2019); all of them for a series with no days. A G7 summit "hôm 7/7 … ở Hamburg,
    Đức" fell in none of Germany's years (the article misnames the G20 of 2017: summit_held_there). A year
    after the record tells nothing until the calendar has its days."""
    recorded = {year for year, _, _ in _calendar().get((forum, meeting), ())}
    if not recorded:
        return years
    if day is None:
        held = held_years(forum, meeting, month)
    else:
        told = date(2001, month, min(day, 28 if month == 2 else day))
        near = {(d.month, d.day) for d in (told - timedelta(days=1), told, told + timedelta(days=1))}
        held = frozenset(y for m, d in near for y in held_years(forum, meeting, m, d))
    return frozenset(y for y in years if y in held or y not in recorded and min(recorded) < y < max(recorded))


def in_season(forum: str, meeting: str, start: date, end: date, precision: str = "day") -> bool:
    """Do the days start..end meet the season the series' meetings (etl/data/calendar.toml) were held
    in, whatever the year: from the earliest first day to the latest last day of any year, a day wider
    on each side (Viet Nam's day against the host's)? The UN General Assembly's general debate: 18
    September to 4 October. Of precision "month", a month of them must hold a week of the season. A
    series with no days recorded has no season: any day meets it."""
    held = _calendar().get((forum, meeting))
    if not held:
        return True
    lo = date(2001, *min((s.month, s.day) for _, s, _ in held)) - timedelta(days=1)   # a year with no 29 February
    hi = date(2001, *max((e.month, e.day) for _, _, e in held)) + timedelta(days=1)
    if precision == "month":       # a month that holds a week of it ("tháng 9", not "tháng 10-2007")
        return any(_days_shared(month, lo, hi) >= 7 for month in range(start.month, end.month + 1))
    return (start.month, start.day) <= (hi.month, hi.day) and (end.month, end.day) >= (lo.month, lo.day)


def _days_shared(month: int, lo: date, hi: date) -> int:
    """How many days of the month (of the year `lo` and `hi` are in) lie within lo..hi."""
    first = date(lo.year, month, 1)
    last = (date(lo.year + 1, 1, 1) if month == 12 else date(lo.year, month + 1, 1)) - timedelta(days=1)
    return max(0, (min(last, hi) - max(first, lo)).days + 1)


def _term_entries() -> tuple[dict, ...]:
    return _table("terms.toml", "term")


@functools.cache
def _terms() -> tuple[Openings, dict[str, list[tuple[re.Pattern[str], frozenset[int]]]]]:
    """A pattern of every holder's names (searched only where a name's first word stands: a third
    of the time of the pattern's own scan of an article), and by name, for each office they held: a
    pattern of its titles (ending where the name begins) and the years they held it."""
    by_name: dict[str, list] = {}
    for entry in _term_entries():
        years = frozenset(y for first, last in entry["years"] for y in range(first, last + 1))
        titles = alt(entry["titles"])
        # the title, then the country or body, up to three capitalised words ("Tổng thống Mỹ", "Thủ tướng Nhật
        # Bản", "Tổng Thư ký Liên hợp quốc")
        title = re.compile(rf"(?<![\w])(?<!Phó\s)(?:{titles})(?:\s+(?i:Liên\s+h(?:ợ|iệ)p\s+quốc)|(?:\s+[A-ZĐÀ-Ỹ][\w-]*){{0,3}})\s+$")
        for surface in entry["surface"]:
            by_name.setdefault(surface, []).append((title, years))     # one name, several offices
    names = sorted(by_name, key=len, reverse=True)
    pattern = re.compile(rf"(?<![\w-])(?:{alt(names)})(?![\w-])")
    return Openings(pattern), by_name


# (and an era named by its office holder, "Dưới thời Tổng thống Barack Obama, …", "thời cựu Thủ tướng …": a time
# before the article's)
_FORMER = re.compile(r"(?i)(?<!\w)(?:cựu|nguyên|cố|(?<!đồng\s)thời(?:\s+kỳ)?|nhiệm\s+kỳ\s+của)\s+$")   # (not "đồng thời")
_ELECT = re.compile(r"(?i)\s+đắc\s+cử(?!\w)")


def office_years(text: str) -> frozenset[int] | None:
    """The years every office holder the text names with their title ("Tổng thống Mỹ Donald Trump";
    not "cựu Tổng thống", "Tổng thống đắc cử") was in office, taken together; None when it names
    none, or holders who never held their offices in one year (a title the table mistakes)."""
    pattern, by_name = _terms()
    years = None
    for m in pattern.finditer(text):
        before = text[max(0, m.start() - 60):m.start()]
        for title, held in by_name[re.sub(r"\s+", " ", m.group())]:
            told = title.search(before)
            if told is None or _FORMER.search(before, 0, told.start()) or _ELECT.match(text, m.end()):
                continue
            years = held if years is None else years & held
            break
    return years or None


def term_examples() -> list[tuple[str, str]]:
    """(name, example) of every entry of terms.toml, for the tests."""
    return [(e["name"], e["example"]) for e in _term_entries()]
