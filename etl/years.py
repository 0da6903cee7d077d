"""The year of a year-less date: what governs it, recorded on the date as `year_source`.

A date such as "ngày 21/10" takes its year, in this order, from
- a year written next to the meeting's name ("Tuần lễ Cấp cao APEC 2025 … từ 29.10 đến 1.11",
  "Hội nghị G20 năm ngoái … ngày 18-19/11"): "name";
- in an article that states no date of its own, the year the meeting's number fell in
  (etl/data/series.toml: "APEC-14" is 2006), and in any article when an older year of the
  passage would be the anchor: "number";
- a dated anchor earlier in the same passage: a date with its year earlier in the sentence or
  its paragraph ("… họp ngày 16/1/2008, … họp ngày 21/10"), or a year that opens a sentence as its
  frame ("Năm 2020, …"), not a goal's ("Tầm nhìn ASEAN 2045"); earlier in the whole text only
  when nothing tells the article's year: "anchor";
- the article's own date, with the sentence's tense ("sẽ", "tới": the first such day from it on;
  a date followed by "vừa qua" or "tới" takes it before any anchor;
  "vừa", "đã": the last one up to it; no tense: the nearest): "article";
- told without tense in an article whose headline states its year or the year before ("Nhìn lại
  đối ngoại năm 2023", on 30/12/2023): that year, "context";
- else the article's other clues (its title, address, numbered series): "context", as found;
  in an article with no date of its own, a month in which that year's meeting of the series was
  not held (given by those clues or by an anchor) moves to the one nearest year, within two, whose
  meeting was (calendar.toml): "calendar".
Never the most common year of the text, never a site clock (layout keeps those out of the text).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta

from .dates import DateContext, find_dates, month_end, shift_years, year_matches
from .gazetteer import default_gazetteer
from .records import DateSpan, Mention
from .sentences import Sentence
from .series import calendar_of, held_then, held_years, host_years, session_year
from .vi import YEAR_WORDS

_YEAR_IN_NAME = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)(?!\d)")
# … not an instrument's, which its meeting's name may hold: "Hội nghị lần thứ 34 các quốc gia thành viên Công ước Liên hợp
# quốc về Luật Biển năm 1982", "… thành viên UNCLOS 1982" (the convention's short name, as the press writes it with its
# year), "Hội nghị các Bên Hiệp định Paris 2015"
_AN_INSTRUMENTS_YEAR = re.compile(r"(?i)(?<!\w)(?:công\s+ước|hiến\s+chương|nghị\s+định\s+thư|hiệp\s+định|hiệp\s+ước|UNCLOS)(?!\w)"
                                  r"[^()]*?\s(?:năm\s+)?$")
# Used with .match(text, pos), so no "^": it would only match at the text's start.
_YEAR_AFTER_NAME = re.compile(r"\s*[)”\"]?\s*(?:năm\s+)?((?:19|20)\d\d)(?![\d/.-])"
                              rf"|\s*năm\s+({'|'.join(YEAR_WORDS)})(?!\w)",
                              re.IGNORECASE)
# A year that frames the sentence: "Năm 2020, …", "Trong năm 2009, …", "Bước sang năm 2017, …", past a time told before it
# ("Mười năm sau, năm 2012, …"), a chronology's items "Năm 2010: …", "2010 – …" (not a span of years: "Năm 2010 - 2015, …").
_FRAME_YEAR = re.compile(r"""(?ix)^\W*
    (?: (?:[^\W\d][^,.;:()\d]{0,25}?\s(?:sau|trước|tiếp\s+theo)\s*,\s*)?      # "Mười năm sau, "
        (?:(?:trong|vào|từ|(?:bước\s+)?sang|bước\s+vào|đến|hồi|cuối|đầu|giữa)\s+)?năm\s+(?=(?:19|20)\d\d\s*[,:–—])   # "Trong năm 2009,"
      | (?=(?:19|20)\d\d\s*(?:[:–—]\s|:$)) )                                                  # "2010: …", "2010 – …"
    ((?:19|20)\d\d)(?!\s*[-–—]\s*(?:19|20)?\d\d)""")
# "Hội nghị cấp cao APEC 2007", "ASEAN 2020": a forum's year.
_ACRONYM_YEAR = re.compile(r"(?<!\w)(?P<acronym>[A-Z][A-Z0-9+]{1,7})\)?\s+(?P<year>(?:19|20)\d\d)(?![\d/.-])")
# Dates of other things do not anchor a meeting's: "có hiệu lực từ ngày 15-12-2008".
_NOT_AN_ANCHOR = re.compile(r"(?i)(?:hiệu\s+lực|ký\s+kết|được\s+ký|ban\s+hành|nhiệm\s+kỳ|cập\s+nhật|đăng)"
                            r"\s+(?:vào\s+|từ\s+)?(?:ngày\s+)?$")
STAND_IN_YEAR = 2000           # a leap year, so that 29/2 parses before its year is known
NEXT_YEAR_AFTER = timedelta(days=240)   # a day-month this far before its anchor is the next year's
# A sentence that opens by telling what came after the date told before it, or before it.
_TOLD_IN_ORDER = re.compile(r"(?i)\W*(?:(?P<then>tiếp\s+(?:đó|theo|sau\s+đó)|sau\s+đó|kế\s+đến)|(?P<before>trước\s+đó))(?!\w)")
PLANNED_SLACK, HELD_SLACK = timedelta(days=7), timedelta(days=2)


class Anchors:
    """The dated anchors of an article's sentences, found when first asked for."""

    def __init__(self, sentences: list[Sentence], ctx: DateContext, dated: bool, stand_in: bool = False,
                 title_year: int | None = None) -> None:
        self.sentences = sentences
        self.ctx = ctx
        self.dated = dated          # the article states its own date
        self.title_year = title_year    # the one year the headline states, if any ("Nhìn lại … năm 2023")
        self.stand_in = stand_in    # ctx.year is STAND_IN_YEAR: nothing tells the article's year
        # the article's year is known (its date, or its clues: context_year): an anchor is sought in
        # the passage's paragraph only, not in the whole text before, which may be history
        self.year_known = dated or not stand_in
        self._found: dict[int, list[tuple[int, date, str, date]]] = {}
        self._last: dict[int, tuple[date, str, date] | None] = {}
        self._from_now: dict[int, list[tuple[int, date, str, date]]] = {}

    def of(self, index: int) -> list[tuple[int, date, str, date]]:
        """(position, day, precision, last day) of each anchor in one sentence, in order."""
        if index not in self._found:
            text = self.sentences[index].text
            out = []
            frame = _FRAME_YEAR.match(text)
            if frame:
                out.append((0, date(int(frame.group(1)), 1, 1), "year", date(int(frame.group(1)), 1, 1)))
            out += [(m.start(), date(int(m["year"]), 1, 1), "year", date(int(m["year"]), 1, 1))
                    for m in _ACRONYM_YEAR.finditer(text) if not a_goal(text, m.start()) and a_forums_year(m)]
            out += [(sp.pos, sp.start, sp.precision, sp.end) for sp in find_dates(text, DateContext())
                    if not sp.year_inferred and not _NOT_AN_ANCHOR.search(text[max(0, sp.pos - 30):sp.pos])
                    and not since_when(self.sentences[index], sp.pos)]
            self._from_now[index] = self._told_from_now(text)
            self._found[index] = sorted(out + self._from_now[index], key=lambda a: a[0])
        return self._found[index]

    def _told_from_now(self, text: str) -> list[tuple[int, date, str, date]]:
        """The dates told from the article's day ("Mới tháng 9 vừa qua, …", "ngày 15/6 tới"), which anchor what the
        sentence tells after them as written years do: "… ở Tokyo tháng 12/2013 … . Mới tháng 9 vừa qua, tại … , kế
        thừa kết quả mà Hội nghị … hồi tháng 7 đã chuẩn bị" is this year's July (as settle_year reads them, only where
        the article's day is known)."""
        ref = self.ctx.ref
        if ref is None or not (self.dated or not self.ctx.ref_guessed) or not _FROM_NOW_WORDS.search(text):
            return []
        out = []
        for sp in find_dates(text, DateContext(year=STAND_IN_YEAR, stand_in=True)):
            told = FROM_NOW.match(text, sp.pos + len(sp.text)) if sp.year_inferred else None
            if told and (moved := _by_tense(sp, ref, "planned" if told.group("ahead") else "held",
                                            self.ctx.ref_precision == "month")) is not None:
                out.append((sp.pos, moved.start, moved.precision, moved.end))
        return out

    def from_now_before(self, s: Sentence, pos: int) -> bool:
        """Is a date told from the article's day the sentence's anchor before `pos` (_told_from_now)?"""
        self.of(s.index)
        return any(at < pos for at, *_ in self._from_now[s.index])

    def before(self, s: Sentence, pos: int) -> tuple[date, str, date] | None:
        """The last anchor before `pos` in `s`, else in the sentences before it in its paragraph
        (in the whole text before it when nothing tells the article's year): its day, precision and last day."""
        here = [(d, p, last) for at, d, p, last in self.of(s.index) if at < pos]
        if here:
            return here[-1]
        return self._last_up_to(s.index - 1, s.para)

    def _last_up_to(self, i: int, para: int) -> tuple[date, str, date] | None:
        """The last anchor of the sentences up to i (of paragraph `para` when its year is known),
        remembered per sentence so that a long text is walked back once, not once per date."""
        start = i
        while i >= 0 and (self.sentences[i].para == para or not self.year_known):
            if i in self._last:
                found = self._last[i]
                break
            if self.of(i):
                found = self.of(i)[-1][1:]
                break
            i -= 1
        else:
            found = None
        for j in range(max(i, 0), start + 1):
            if self.sentences[j].para == para or not self.year_known:
                self._last[j] = found
        return found


# "kể từ khi": since something else happened, on the day it tells ("lần đầu tiên trong 36 năm tồn tại của Nhóm 77, kể từ
# khi 77 nước … ra Tuyên bố chung ngày 15-6-1964, lãnh đạo các nước thành viên nhóm họp ở cấp cao nhất"): a yardstick, no
# year of the article's meetings nor of its passage
_SINCE_WHEN = re.compile(r"(?i)(?<!\w)kể\s+từ\s+khi(?!\w)")


def since_when(s: Sentence, pos: int) -> bool:
    """Is the date at `pos` told in a "kể từ khi" clause before it that names no meeting up to it?"""
    found = list(_SINCE_WHEN.finditer(s.text, max(0, pos - 100), pos))
    return bool(found) and not any(found[-1].end() <= m.pos < pos for m in s.mentions)


# A year that is a goal, not a time anything happened: "Tầm nhìn Cộng đồng ASEAN 2045", "Tuyên bố
# Kuala Lumpur về ASEAN 2045", "đưa phát thải ròng về 0 vào năm 2050", "hướng tới 'không khói mù' năm 2020",
# a plan's or an agenda's ("kế hoạch tổng thể chính trị - an ninh ASEAN 2025", "Chương trình nghị sự 2030")
# (not a forum's year one prepares for: "Hướng tới Năm APEC 2017").
_GOAL = re.compile(r"(?i)(?:tầm\s+nhìn|phát\s+thải|trung\s+hòa|mục\s+tiêu|lộ\s+trình|"
                   r"kế\s+hoạch\s+(?:tổng\s+thể|hành\s+động)|chương\s+trình\s+nghị\s+sự|"
                   r"hướng\s+(?:tới|đến)(?![^.;:!?]*(?:APEC|ASEAN|G20|hội\s+nghị)))[^.;:!?]{0,50}$"
                   # "mục tiêu … đạt 1.000 tỷ USD và … năm 2020" (a point between digits is no stop)
                   r"|(?<!\w)mục\s+tiêu(?:[^.;:!?]|(?<=\d)\.(?=\d)){0,50}?\sđạt\s(?:[^.;:!?]|(?<=\d)\.(?=\d)){0,50}$"
                   r"|(?<!\w)về\s+$")


def a_goal(text: str, pos: int) -> bool:
    """Is the year written at `pos` (or the name it ends, "ASEAN 2045") a goal (_GOAL)?"""
    return bool(_GOAL.search(text, max(0, pos - 110), pos))


def year_written_in(text: str) -> int | None:
    """A forum's year written in a sentence ("APEC 2025", "Hội nghị … năm 2019"), else None."""
    m = next((m for m in _ACRONYM_YEAR.finditer(text) if a_forums_year(m)), None) or _YEAR_OF.search(text)
    return int(m["year"]) if m else None


def a_forums_year(m: re.Match[str]) -> bool:
    """Is an _ACRONYM_YEAR match the year of a forum, or of a kind of meeting ("APEC 2025", "SOM
    2017"), not of a document or of another body's event ("UNCLOS 1982")?"""
    gaz = default_gazetteer()
    return bool(gaz.forum_re.fullmatch(m["acronym"]) or gaz.acronym_re.fullmatch(m["acronym"]))


# A word after a date that tells it from the article's day: "tháng 8 vừa qua", "ngày 20/11 tới".
FROM_NOW = re.compile(r"(?i)\s*(?:vừa\s+(?:qua|rồi)|(?P<ahead>(?:sắp\s+)?tới(?!\s+(?:nay|đây\s+là))))(?!\w)")
_FROM_NOW_WORDS = re.compile(r"(?i)(?<!\w)(?:vừa|tới)(?!\w)")      # (FROM_NOW's words, searched for first)
_THIS_YEAR_WORD = re.compile(r"(?i)(?<!\w)năm\s+nay(?!\w)")
_YEAR_OF = re.compile(r"(?i)(?<!\w)năm\s+(?P<year>(?:19|20)\d\d)(?![\d/.-])")
# A year told from the article's that opens the sentence: "Năm nay, …", "Năm ngoái, …", "Trong năm tới, …"
_YEAR_WORD_BEFORE = re.compile(rf"(?i)^\W*(?:(?:trong|vào|cũng\s+trong|hồi)\s+)?năm\s+({'|'.join(YEAR_WORDS)})(?!\w)\s*,")


# Meetings that open a host year in the December before it (meetings.toml): "ISOM APEC 2017" met on
# 6-7/12/2016.
_OPENS_HOST_YEAR = frozenset({"ISOM"})


def settle_year(span: DateSpan, s: Sentence, group: list[Mention], tense: str | None,
                anchors: Anchors) -> DateSpan | None:
    """`span` with the year that governs it, when its phrase wrote none. A day told as the one
    told before ("Cùng ngày", "hôm sau") keeps that day's year: a year anchor between the two
    ("Năm 2018, khu vực ASEAN đón …") is not its."""
    settled = _settle_year(span, s, group, tense, anchors)
    if (settled is not None and settled.year_source in ("context", "anchor") and not anchors.dated
            and (settled.precision == "month" or settled.precision == "day" and settled.start == settled.end)):
        # (an anchor too: in an article with no date of its own, an older photo's "ngày 7/8/2018" is no year
        # for "Hội nghị Thượng đỉnh G20 diễn ra cuối tháng 6", which 2018 did not hold in June)
        settled = _when_it_was_held(settled, group) or settled
    elif (settled is not None and settled.year_source in ("context", "anchor") and settled.precision == "day"
          and settled.start < settled.end and not anchors.dated):
        # likewise for the meeting's own days, first and last, where they are the days of its meeting in one year
        # near: "hội nghị thượng đỉnh … NATO vào ngày 11 và 12-7 tại thủ đô Brussels" guessed 2017 is 2018's
        settled = _the_days_it_was_held(settled, group) or settled
    if (settled is not None and settled.start.month == 12 and any(m.meeting in _OPENS_HOST_YEAR for m in group)
            and (settled.year_source in ("name", "context") or settled.year_source == "anchor"
                 and (anchor := anchors.before(s, span.pos)) is not None and anchor[1] == "year")):
        # the host year's own informal meeting of senior officials, told by the host year's name
        # ("Hội nghị Quan chức Cao cấp không chính thức (ISOM) APEC 2017 … ngày 6-7/12")
        return shift_years(settled, -1)
    return settled


_NEAR_HOST = 2       # years between a guessed year and a host's year that may stand for it


def _settle_year(span: DateSpan, s: Sentence, group: list[Mention], tense: str | None,
                 anchors: Anchors) -> DateSpan | None:
    if span.year_source == "article" and not anchors.dated and (anchors.ctx.ref is None or anchors.ctx.ref_guessed):
        # "ngày 16 đến 18-3 tới" in an article with no date of its own: "tới" reads from a year only
        # its clues gave ("Hồi năm 2016, …"), which the year written in the meeting's name ("Tháng 11 năm
        # ngoái, khi phát biểu ở Hội nghị APEC 2018, …") and the place the meeting is held in tell better
        # ("Hội nghị thượng đỉnh Úc - ASEAN … tại thành phố Sydney": 2018)
        written = _name_year(s.text, group, anchors, relative=False)
        if written is not None:
            return _moved(span, written, "name")
        if (numbered := _number_year(group, span.start.month)) is not None:
            # … and the meeting's number: "Hội nghị Cấp cao ASEAN lần thứ 46 tại Kuala Lumpur ngày 26/5 năm nay" (2025)
            return _moved(span, numbered, "number")
        hosted = _hosted_then(span, s, group)
        if len(hosted) == 1:
            return _moved(span, next(iter(hosted)), "host")
        # of a host of several years, one near the year the clues guessed, where that one held no meeting there
        # ("hội nghị APEC ở Việt Nam tháng 11 năm ngoái": 2006 or 2017, and the clues' year is 2016)
        near = min(hosted, key=lambda y: (abs(y - span.start.year), -y)) if hosted else None
        return _moved(span, near, "host") if near is not None and 0 < abs(near - span.start.year) <= _NEAR_HOST else span
    if span.rule == "told-day" and anchors.stand_in and span.start.year == STAND_IN_YEAR:
        return None     # "Ngay hôm sau" after a day told without a year, in an article that tells none
    if span.year_source != "context" or span.rule == "told-day":
        return span
    hosted = frozenset() if anchors.dated else _hosted_then(span, s, group)
    # "năm nay" after the name of an undated article's meeting is the article's year, which its place
    # tells better than its other clues
    named = _name_year(s.text, group, anchors, relative=not hosted)
    ref = anchors.ctx.ref
    if named is not None:
        moved = _moved(span, named, "name")
        if (moved is not None and tense == "held" and anchors.dated and ref is not None
                and anchors.ctx.ref_precision == "day" and moved.start > ref):
            # told as held, so not after its article: the name's year is the one the meeting opens
            # ("Sáng 6/12, ISOM APEC 2017 đã khai mạc", on a page of 7/12/2016)
            return _by_tense(span, ref, tense)
        return moved
    told = FROM_NOW.match(s.text, span.pos + len(span.text))
    if told and ref is not None and (anchors.dated or not anchors.ctx.ref_guessed):
        # "hồi tháng 8 vừa qua", "ngày 15/6 tới": told from the article's day, whatever year the
        # passage named before ("… tháng 11/2014, cũng như … hồi tháng 8 vừa qua"); in an article with no
        # date of its own, from the day its lead writes with its year ("Sáng 8/10/2004, … hồi tháng 4 vừa qua")
        return _by_tense(span, ref, "planned" if told.group("ahead") else "held", anchors.ctx.ref_precision == "month")
    numbered = _number_year(group, span.start.month)
    if not anchors.dated and numbered is not None:
        # an article with no date of its own: "APEC-14 … hôm qua (18/11)" fell in 2006, whatever
        # older meeting the passage dated before
        return _moved(span, numbered, "number")
    near = min(hosted, key=lambda y: (abs(y - anchors.ctx.year), -y)) if hosted and not anchors.stand_in else None
    if len(hosted) == 1 or near is not None and abs(near - anchors.ctx.year) <= _NEAR_HOST:
        # likewise by the place the sentence holds it in: "Hội nghị thượng đỉnh G20 … tại Osaka" (2019); of
        # a host of several years, the one nearest the article's other clues ("hội nghị G7 năm nay ở
        # Canada", 2018 or 2025, in an article that recalls March 2017), within two years of them ("cuộc gặp các
        # nhà lãnh đạo ASEAN ngày 11-10, nhân dịp Hội nghị thường niên IMF - WB tại Bali" in an article of 2018:
        # ASEAN's summits met in Bali in 2003, 2011 and 2023, none of them this gathering)
        return _moved(span, near if len(hosted) > 1 else next(iter(hosted)), "host")
    if (not anchors.dated and not anchors.stand_in and anchors.ctx.year is not None
            and (this := _THIS_YEAR_WORD.search(s.text, 0, span.pos)) and not any(year_matches(s.text[this.end():span.pos]))):
        # "Năm nay, New Zealand … từ Hội nghị Bộ trưởng Thương mại APEC (MRT) lần thứ 27 hồi tháng 6 …": the article's
        # year, not that of a date the sentence before wrote ("Năm ngoái, Malaysia … ngày 20/11/2020")
        return _moved(span, anchors.ctx.year, "context")
    anchor = anchors.before(s, span.pos)
    if numbered is not None and (forum_year := _forums_year_told(s.text, group)) is not None and forum_year != numbered:
        # the year the sentence writes after the meeting's forum, its record over the series': "Tuần lễ Cấp cao APEC
        # 2019 sẽ kéo dài từ ngày 11 đến 17/11, trong đó … (AMM) lần thứ 31 diễn ra vào hai ngày 14 và 15/11" (2019,
        # the year it was planned for, though AMM 31 met in 2020)
        return _moved(span, forum_year, "name")
    if anchor is not None and numbered is not None and numbered != anchor[0].year:
        # the passage's older date is not this numbered meeting's year: "… AIPA-43 tại Phnom Penh tháng
        # 11/2022 … Hội nghị Cấp cao ASEAN lần thứ 42 ở Labuan Bajo hồi tháng 5" (2023)
        return _moved(span, numbered, "number")
    if anchor is not None:
        day, precision, last = anchor
        moved = _moved(span, day.year, "anchor")
        # (what the sentence's opening tells of the date before it is not told of one after a date told from the
        # article's day: "Trước đó, cuối tháng 10 vừa qua, …, và đầu tháng 11 tham dự COP26")
        order = _TOLD_IN_ORDER.match(s.text) if precision != "year" and not anchors.from_now_before(s, span.pos) else None
        if moved is not None and precision != "year" and (moved.start < day - NEXT_YEAR_AFTER
                                                          or order and order.group("then") and moved.start < day):
            # (told as what came next: "… ISOM tại Hà Nội hồi tháng 12/2016. Tiếp đó là … SOM 2 … vào tháng 5": 2017)
            moved = shift_years(moved, 1)
        elif moved is not None and order and order.group("before") and moved.start > last:
            moved = shift_years(moved, -1)     # "… ngày 5/1/2018. Trước đó, hồi tháng 11, …": 2017 (not a day inside the
                                               # days told: "… từ ngày 14 đến 18/1/2019 …. Trước đó, hôm 17/1, …")
        if moved is not None and tense == "planned" and anchors.dated and ref is not None and moved.end < ref:
            return _by_tense(span, ref, tense, anchors.ctx.ref_precision == "month")  # "… hồi tháng 11/2022. … sẽ tổ chức … vào tháng 9": still to come
        if moved is not None and anchors.dated and (hosts := hosted or _hosted_then(span, s, group)) and (
                moved.start.year not in hosts) and (near := _next_host(hosts, moved.start.year, ref)) is not None:
            # the year after the passage's older date, where the place held the meeting then and not in that year: "…
            # tại hội nghị ở Bali ngày 15 và 16-11-2022. Trước đó, ông Putin cũng không trực tiếp tới Nam Phi dự Hội
            # nghị thượng đỉnh BRICS hồi cuối tháng 8" (South Africa held it in 2023, not 2022)
            return _moved(span, near, "host")
        return moved
    if anchors.dated and ref is not None:
        if tense is None and numbered is not None:
            # told without tense, the nearest year is a guess; the number's is the record: "… dự kiến tổ
            # chức Hội nghị … lần thứ 48 tại Cebu vào tháng 5 và Hội nghị … lần thứ 49 tại Manila vào tháng 11"
            return _moved(span, numbered, "number")
        if (said := _YEAR_WORD_BEFORE.search(s.text, 0, span.pos)) and not any(year_matches(s.text[said.end():span.pos])):
            # "Năm nay, các hoạt động của ADMM … được khởi động từ Hội nghị … tổ chức tại Penang ngày 26-2", on a page of
            # 1/11/2025: this year's, not the nearer February still to come
            return _moved(span, ref.year + YEAR_WORDS[said.group(1).lower()], "article")
        if tense is None and len(near := {y for y in _hosted_then(span, s, group) if abs(y - ref.year) <= 1}) == 1:
            # told without tense, the year the place it is held in held it, of the article's and the years either
            # side: "… chỉ ít ngày sau Hội nghị thượng đỉnh G20 tại Bali (Indonesia) ngày 15-16/11", on a page of
            # 3/1/2023 whose headline is about APEC 2023 (Bali held the G20's summit on those days in 2022)
            return _moved(span, next(iter(near)), "host")
        if tense is None and anchors.title_year in (ref.year, ref.year - 1):
            # the year the headline is about, as a frame for the whole text ("Nhìn lại đối ngoại đa
            # phương năm 2023", on 30/12/2023: "Ngày 20-21/5, Thủ tướng dự …" is May 2023, not the
            # nearer May 2024); not a year still to come ("… Chủ tịch ASEAN 2020", in 2019)
            return _moved(span, anchors.title_year, "context")
        if tense is None and _gone_by(span, s.text):
            tense = "held"      # "Hôm 20 và 21/2, Hội nghị … diễn ra khi …", on a page of November: the February before
        return _by_tense(span, ref, tense, anchors.ctx.ref_precision == "month")
    if (ref is not None and not anchors.ctx.ref_guessed and anchors.ctx.ref_precision == "day" and tense != "planned"
            and _gone_by(span, s.text)):
        # a day gone by, in an article with no date of its own whose lead writes its day whole: the last such day
        # before the lead's ("Tại lễ bế mạc … chiều 28/10/2025, … . … khi ông dự Hội nghị Cấp cao ASEAN - Hoa Kỳ lần thứ
        # 13 hôm 26/10", under a headline on the year to come)
        return _by_tense(span, ref, "held")
    return None if anchors.stand_in else span


def _forums_year_told(text: str, group: list[Mention]) -> int | None:
    """The year the sentence writes after the name of the group's forum ("APEC 2019") in the frame that holds the
    meeting, told before it: "Tuần lễ Cấp cao APEC 2019 …, trong đó …" (not "Tầm nhìn Cộng đồng ASEAN 2045")."""
    forums = {m.forum for m in group}
    if len(forums) != 1:
        return None
    told = [m for m in _year_after(next(iter(forums))).finditer(text, 0, group[0].pos)
            if _HOLDS_IT.search(text, m.end(), group[0].pos)]
    return int(told[-1].group(1)) if told else None


@functools.cache
def _year_after(forum: str) -> re.Pattern[str]:
    """A year right after the forum's name: "APEC 2019"."""
    return re.compile(rf"(?<!\w){re.escape(forum)}\s+((?:19|20)\d\d)(?!\d)")


# The words that put a meeting inside the frame named before it: "…, trong đó Hội nghị …", "trong khuôn khổ"
_HOLDS_IT = re.compile(r"(?i)(?<!\w)(?:trong\s+đó|trong\s+khuôn\s+khổ|bao\s+gồm)(?!\w)")


# "hôm" right before a day's number: a day gone by ("hôm 20/2", "Hôm 20 và 21/2"; not "hôm nay", "hôm sau", words)
_GONE_BY = re.compile(r"(?i)(?<!\w)hôm\s+(?=\d)")


def _gone_by(span: DateSpan, text: str) -> bool:
    return bool(_GONE_BY.match(span.text) or _GONE_BY.search(text, max(0, span.pos - 6), span.pos + 1))


def _when_it_was_held(span: DateSpan, group: list[Mention]) -> DateSpan | None:
    """An undated article's meeting dated to a month (or one day) of the year its other clues guess, in which
    that year's meeting of its series was not held (etl/data/calendar.toml), moved to the one nearest year,
    within two, whose meeting was: "Khi cùng tham dự hội nghị thượng đỉnh BRICS hồi tháng 7, …" in an article
    whose clues tell 2017 (that summit met in September) is 2018's. Of a day, the nearest year whose meeting
    held that very day, where one is: "dự hội nghị thượng đỉnh … NATO vào ngày 8/7" guessed 2017 is 2016's
    (2018's met in July too, on the 11th). Else None. (Days told are a trip's as often as the meeting's, so a
    year that held the meeting in the month is kept: "dự Hội nghị thượng đỉnh G20; … tại Rio de Janeiro, Brazil
    từ ngày 16-19/11".)"""
    year, m = span.end.year, group[0]        # (the meetings a date is shared by are told by the first)
    month = span.start.month
    if held_then(m.forum, m.meeting, frozenset({year}), month):
        return None         # held then, or a year the calendar does not know
    near = ((span.precision == "day" and _the_one_nearest(held_years(m.forum, m.meeting, month, span.start.day), year))
            or _the_one_nearest(held_years(m.forum, m.meeting, month), year))
    return None if near is None else _moved(span, near, "calendar")


def _the_days_it_was_held(span: DateSpan, group: list[Mention]) -> DateSpan | None:
    """An undated article's meeting told by its first and last days in the year its clues guess, which that year's
    meeting of its series did not open and close on, moved to the one nearest year, within two, whose meeting did
    (etl/data/calendar.toml). Else None: a trip's days are seldom a meeting's two ends."""
    year, m = span.end.year, group[0]
    told = (span.start.month, span.start.day, span.end.month, span.end.day)
    years = {y for y, start, end in calendar_of(m.forum, m.meeting) if (start.month, start.day, end.month, end.day) == told}
    near = None if year in years else _the_one_nearest(years, year)
    return None if near is None else _moved(span, near, "calendar")


def _the_one_nearest(years: Iterable[int], year: int) -> int | None:
    """Of `years`, the one nearest `year` within two; None where none is that near, or two are as near (a year
    before and a year after): no better guess."""
    near = sorted((abs(y - year), y) for y in years if abs(y - year) <= 2)
    return near[0][1] if near and (len(near) == 1 or near[0][0] < near[1][0]) else None


def _hosted_then(span: DateSpan, s: Sentence, group: list[Mention]) -> frozenset[int]:
    """The years the places the sentence holds the group's meetings in were host to them, of those
    whose meetings were held on the day (or in the month) the span tells, where the data has their days."""
    day = span.start.day if span.precision == "day" else None
    return frozenset(y for m in group
                     for y in held_then(m.forum, m.meeting, host_years(m, s.text), span.start.month, day))


def _next_host(hosts: frozenset[int], year: int, ref: date | None) -> int | None:
    """The one host year a year from `year`, not after the article's day."""
    near = [h for h in hosts if abs(h - year) == 1 and (ref is None or h <= ref.year)]
    return near[0] if len(near) == 1 else None


def _number_year(group: list[Mention], month: int = 12) -> int | None:
    """The year the first of the group's numbered meetings whose series the data knows fell in (a day of `month`, for
    a session that sits into the next year: series.session_year)."""
    return next((year for m in group if (year := session_year(m, month)) is not None), None)


def _moved(span: DateSpan, year: int, source: str) -> DateSpan | None:
    moved = shift_years(span, year - span.end.year)
    return None if moved is None else _with_source(moved, source)


def _with_source(span: DateSpan, source: str) -> DateSpan:
    return replace(span, year_source=source)


def written_name_year(text: str, m: Mention) -> int | None:
    """The year a meeting's name carries or is followed by in `text`, its sentence: "Tuần lễ Cấp
    cao APEC 2017", "Hội nghị Cấp cao đặc biệt ASEAN - Australia năm 2018"."""
    # (not an instrument's year in it, nor a goal's: "Hội nghị thượng đỉnh Đối tác vì tăng trưởng xanh và Mục tiêu toàn
    # cầu 2030 (P4G) lần thứ 2")
    # (a short name told again stands for the name told first, whose words its text holds: the year is in the
    # sentence's words, "… của ALMM 20 năm 2008 là …")
    for name in dict.fromkeys((m.text, text[m.pos:m.end_pos])):
        written = next((y for y in _YEAR_IN_NAME.finditer(name)
                        if not _AN_INSTRUMENTS_YEAR.search(name, max(0, y.start() - 80), y.start())
                        and not a_goal(name, y.start(1))), None)
        if written:
            return int(written.group(1))
    after = _YEAR_AFTER_NAME.match(text, m.end_pos)
    return int(after.group(1)) if after and after.group(1) else None


def _name_year(text: str, group: list[Mention], anchors: Anchors, relative: bool = True) -> int | None:
    """The year written next to a meeting's name, or told by a word ("năm nay", "năm ngoái") unless
    not `relative`."""
    for m in group:
        if (year := written_name_year(text, m)) is not None:
            return year
        after = _YEAR_AFTER_NAME.match(text, m.end_pos) if relative else None
        if after:
            base = anchors.ctx.ref.year if anchors.ctx.ref else (None if anchors.stand_in else anchors.ctx.year)
            return None if base is None else base + YEAR_WORDS[after.group(2).lower()]
    return None


def _by_tense(span: DateSpan, ref: date, tense: str | None, ref_month: bool = False) -> DateSpan | None:
    """The span in the year before, of, or after the article's date that the tense allows. An
    article dated by its month alone (`ref` its last day) may be from any day of it: a meeting
    still to come may lie in that month ("date 1998-11": "sẽ diễn ra … (17 và 18/11)")."""
    # (around the article's year, where the span was read in another: an undated article's clues may tell another)
    base = ref.year - span.end.year
    options = [c for c in (shift_years(span, base + k) for k in (-1, 0, 1)) if c is not None]
    if tense == "planned":
        since = ref.replace(day=1) if ref_month else ref
        # (a month still to come may be the article's own: "sẽ dự … trong chuyến công tác tháng 10", on 14/10)
        later = [c for c in options if (month_end(c.start) if c.precision == "month" else c.start) >= since - PLANNED_SLACK]
        chosen = later[0] if later else None
    elif tense == "held":
        earlier = [c for c in options if c.start <= ref + HELD_SLACK]
        chosen = earlier[-1] if earlier else None
    else:
        chosen = min(options, key=lambda c: abs((c.start - ref).days), default=None)
    return None if chosen is None else _with_source(chosen, "article")
