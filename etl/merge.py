"""Events of all articles -> one row per real meeting; participations -> officials.

Two reports are the same meeting when forum, level and kind agree, their numbers
do not disagree, and their dates overlap (a month-precise date covers its whole
month). The merged row keeps every article and sentence; the most precise and
most directly stated dates win, and dates that disagree stay in `date_conflicts`.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from itertools import groupby

from .dates import month_end
from .gazetteer import Gazetteer
from .meetings import RETREAT
from .records import Participation, Report
from .series import own_days

MAX_EVIDENCE = 12


def fold(text: str) -> str:
    """Lower-case ASCII form, for ids and diacritic-free search ("Bùi Thanh Sơn" -> "bui thanh son")."""
    s = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=65536)
def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


@lru_cache(maxsize=65536)
def person_key(name: str) -> str:
    """What one person's name is across spellings: NFC, case, apostrophes and spacing aside
    ("Yeo Han-Koo" / "Yeo Han-koo", "O’Connor" / "O'Connor"). Diacritics stay: "Nguyễn Minh Hằng"
    and "Nguyễn Minh Hùng" are two people."""
    s = re.sub(r"\s+", " ", unicodedata.normalize("NFC", name)).strip()
    # Each word and hyphenated part capitalised: the form most names are written in already, so
    # that the ids (and the links analysts shared) of those names stay what they were.
    s = re.sub(r"[^\W\d_]+", lambda m: m.group()[0].upper() + m.group()[1:].lower(), s)
    return s.replace("’", "'").replace("‘", "'")


@lru_cache(maxsize=65536)
def official_id(name: str) -> str:
    key = person_key(name)
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:6]
    return f"{slug(key)}-{digest}"


def _bounds(ev: Report) -> tuple[date, date]:
    if ev.precision == "month":
        return ev.start.replace(day=1), month_end(ev.end)
    return ev.start, ev.end


def last_day(end: date, precision: str) -> date:
    """The last day a report reaches (the end of _bounds)."""
    return month_end(end) if precision == "month" else end


_GENERIC_WORDS = frozenset("hoi nghi cuoc hop doi thoai dien dan cua cac nha voi lan thu tai lanh dao".split())


@lru_cache(maxsize=65536)
def _words(label: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"\w+", fold(label)) if len(w) > 2 and w not in _GENERIC_WORDS)


# The kinds that name no sector of their own (meetings.toml's default ministers' and senior officials'
# meetings), and the words of their names that tell no sector either.
_SECTORLESS_KINDS = frozenset({"MM", "SOM"})
_KIND_WORDS = frozenset("truong quan chuc cao cap phu trach nganh linh vuc nuoc".split())
_SHORT_NAME = re.compile(r"(?<!\w)[A-Z][A-Za-z0-9+&-]*[A-Z0-9+](?!\w)|\d+")


def _label_words(ev: Report) -> frozenset[str] | None:
    """The words of an 'other' meeting's own name, and the sector of a ministers' or senior officials'
    meeting of a kind that names none ("Hội nghị Bộ trưởng phụ trách Văn hóa và Nghệ thuật ASEAN", "Hội nghị
    Quan chức cao cấp ASEAN về Thông tin": two meetings, whatever their numbers), which its clusters compare
    (_similar). None where the name tells neither ("AMCA 10", "SOM ASEAN")."""
    if not ev.label:
        return None
    if ev.level == "other":
        return _words(ev.label)
    if ev.meeting in _SECTORLESS_KINDS:
        return frozenset(w for w in _words(_SHORT_NAME.sub(" ", ev.label)) if w not in _KIND_WORDS) or None
    return None


def _similar(wa: frozenset[str], wb: frozenset[str]) -> bool:
    return not wa or not wb or len(wa & wb) >= 0.5 * min(len(wa), len(wb))


def alike(a: Report, b: Report) -> bool:
    """Could the two reports be of one series by their names (_label_words, _similar): not "Hội nghị Quan chức cao
    cấp ASEAN về phúc lợi xã hội" and "… về lao động", both kind SOM."""
    wa, wb = _label_words(a), _label_words(b)
    return wa is None or wb is None or _similar(wa, wb)


@dataclass
class _Cluster:
    n: int                            # order of creation: the first compatible cluster wins
    members: list[tuple[object, Report]]
    ordinals: set[int]
    words: frozenset[str] | None      # its name's words or sector (_label_words), from its first report that tells them
    last_start: date                  # reports arrive in order of start date: the latest so far
    last_end: date                    # the latest last day (a month-precise report: its month's end)
    last_day_start: date | None       # the latest start of a day-precise report
    has_end: bool                     # some report gives the day the meeting ended


# No two reports further apart than this can be one meeting (same number: 200 days; overlap: 0;
# an end date: 14), so clusters that ended earlier are complete.
HORIZON = timedelta(days=210)
# A report can join a cluster by its dates only if the cluster ended at most a month before
# the report starts (a month-precise report covers its month; an end date reaches 14 days back).
_REACH = timedelta(days=45)


def _compatible(c: _Cluster, ev: Report, words: frozenset[str] | None) -> bool:
    """Can `ev` be the meeting of cluster `c`? Reports are visited in order of start date, so each
    test needs only the cluster's running summary: O(1) whatever the number of reports."""
    if words is not None and c.words is not None and not _similar(c.words, words):
        return False
    if ev.ordinal is not None and c.ordinals:
        return ev.ordinal in c.ordinals and (ev.start - c.last_start).days <= 200
    lo, _ = _bounds(ev)
    if lo <= c.last_end:
        return True
    # "đã kết thúc ngày 18/11" closes a meeting that opened a few days before
    ends = c.has_end or ev.date_role == "end"
    return (ends and ev.precision == "day" and c.last_day_start is not None
            and (ev.start - c.last_day_start).days <= 14)


def _add(c: _Cluster, i: int, ev: Report, words: frozenset[str] | None) -> None:
    c.members.append((i, ev))
    if c.words is None:
        c.words = words     # the first report that names the meeting ("AMCA 10", then its sector's name)
    if ev.ordinal is not None:
        c.ordinals.add(ev.ordinal)
    c.last_start = max(c.last_start, ev.start)
    c.last_end = max(c.last_end, _bounds(ev)[1])
    if ev.precision == "day":
        c.last_day_start = max(c.last_day_start or ev.start, ev.start)
    c.has_end = c.has_end or ev.date_role == "end"


def sort_key(ev: Report) -> tuple:
    return ev.forum, ev.level, ev.meeting, ev.start


def stream_clusters(events: Iterable[tuple[object, Report]], begun: list[list[tuple[object, Report]]] = (),
                    settled: Callable[[list[_Cluster], date], bool] | None = None,
                    ) -> Iterator[list[tuple[object, Report]]]:
    """Real meetings from reports sorted by sort_key (then index): each cluster is yielded as
    soon as no later report can join it, so only a window of recent reports is ever held.
    A report is tested only against the clusters it could join: those sharing its number and
    those that ended within _REACH; the earliest-made compatible one takes it.

    A re-run resumes a key's stream mid-way (keyed.py): `begun` are the clusters still open
    before the first of `events` (their members so far, in order of creation), and
    `settled(open clusters, day)` is asked on each new day, once the clusters that ended
    before its horizon are yielded; True ends the stream there, the open clusters unyielded."""
    key: tuple | None = sort_key(begun[0][0][1])[:3] if begun else None
    recent: list[_Cluster] = []
    by_ordinal: dict[int, list[_Cluster]] = {}
    for members in begun:
        first = members[0][1]
        c = _Cluster(len(recent), [], set(), _label_words(first), first.start, first.start, None, False)
        for i, ev in members:
            _add(c, i, ev, _label_words(ev))
        recent.append(c)
        for o in c.ordinals:
            by_ordinal.setdefault(o, []).append(c)
    active: list[_Cluster] = list(recent)
    low = min((c.last_end for c in recent), default=date.max)     # no cluster in `recent` ended before this
    made = len(recent)
    day = None
    for i, ev in events:
        if sort_key(ev)[:3] != key:
            yield from (c.members for c in recent)
            key, recent, by_ordinal, active, low = sort_key(ev)[:3], [], {}, [], date.max
        horizon = ev.start - HORIZON
        if low < horizon:
            done = [c for c in recent if c.last_end < horizon]
            if done:
                yield from (c.members for c in done)
                recent = [c for c in recent if c.last_end >= horizon]
                for c in done:
                    for o in c.ordinals:
                        by_ordinal[o].remove(c)
            low = min((c.last_end for c in recent), default=date.max)
        if settled is not None and ev.start != day:
            day = ev.start
            if settled(recent, day):
                return
        reach = ev.start - _REACH
        active = [c for c in active if c.last_end >= reach]
        words = _label_words(ev)
        target = None
        for group in (active, by_ordinal.get(ev.ordinal, ()) if ev.ordinal is not None else ()):
            for c in group:
                if (target is None or c.n < target.n) and _compatible(c, ev, words):
                    target = c
        if target is None:
            target = _Cluster(made, [], set(), words, ev.start, ev.start, None, False)
            made += 1
            recent.append(target)
        was_active = bool(target.members) and target.last_end >= reach
        known = set(target.ordinals)
        _add(target, i, ev, words)
        if not was_active and target.last_end >= reach:
            active.append(target)
        for o in target.ordinals - known:
            by_ordinal.setdefault(o, []).append(target)
        low = min(low, target.last_end)
    yield from (c.members for c in recent)


def cluster_reports(events: list[Report]) -> list[list[int]]:
    """Indices of events grouped into real meetings (the in-memory form of stream_clusters)."""
    ordered = sorted(enumerate(events), key=lambda p: (sort_key(p[1]), p[0]))
    return [[i for i, _ in c] for c in stream_clusters(ordered)]


MAX_NESTING = 40      # distinct date ranges compared for nesting (real meetings have a handful)


# The kinds of meeting that are weeks of other meetings (meetings.toml): "Tuần lễ Cấp cao APEC".
UMBRELLA_WEEKS = frozenset({"AELW", "High-level Week"})


def _best_dates(evs: list[Report]) -> tuple[Report, date, list[str]]:
    is_end = [e.date_role == "end" and e.precision == "day" for e in evs]
    ends = [e for e, end in zip(evs, is_end) if end]
    # the reports that date the meeting's start, unless they only know its month and another
    # knows the day it ended ("bế mạc chiều 7/9 sau ba ngày làm việc" beside "đầu tháng 9 tới")
    starts = [e for e, end in zip(evs, is_end) if not end]
    # a last day told with the meeting's length gives its days whole ("… đã bế mạc chiều 29/6, sau hai ngày làm việc"
    # is 28-29/6) where no other report tells a range and the days the others tell fall inside it ("… gặp nhau bên lề
    # ngày 29/6"); a range told ("từ ngày 26 đến 29/2") or an opening day before it stays the start: a length counted
    # back from the last day is the rougher ("… bế mạc rạng sáng 2/3 sau năm ngày")
    whole = [e for e in ends if e.start < e.end]
    if whole and not any(e.start < e.end for e in starts) and all(
            any(w.start <= e.start <= w.end for w in whole) for e in starts if e.precision == "day"):
        starts = starts + whole
    spans = starts if not ends or any(e.precision == "day" for e in starts) else ends + starts
    ranges = Counter((o.start, o.end) for o in spans)
    told = Counter((o.start, o.end) for o in {(o.start, o.end, o.article_id): o for o in spans}.values())
    # the ranges two articles or more tell: the meeting's own days, whatever single day inside them one tells
    attested = [(a, b) for (a, b), n in told.items() if a < b and n > 1]
    # (an umbrella week's own dates are its range: the days inside it are its meetings')
    nesting = len(ranges) <= MAX_NESTING and not all(e.meeting in UMBRELLA_WEEKS for e in evs)

    # the days inside the range of a numbered report, as runs of days (start, end) in order
    # (the days of what takes the meeting in are no such range but for their first: "Từ ngày 14 đến
    # 17-11, … dẫn đầu Đoàn … tham dự ADMM-17", then "ADMM-17 diễn ra ngày 15-11"; "Từ ngày 17 đến
    # 22/8, … đã diễn ra AEM 55 và các hội nghị liên quan", then "Ngày 20/8, AEM 55 khai mạc")
    numbered = _covering(sorted({(o.start, o.end) for o in spans
                                 if o.ordinal is not None and o.start < o.end and o.date_role != "around"}))
    around_begin = {o.start for o in spans if o.ordinal is not None and o.start < o.end and o.date_role == "around"}

    def containers(e: Report) -> int:
        # a range nested in another report's range is the more precise (a meeting inside the week
        # of meetings an unnumbered range spans), but not the range's first day (its opening) nor,
        # when several reports give the range, its last (its closing: "Hội nghị G20 … 7-8/7" told by
        # four articles, "… hôm 8/7" by one; a trip's range told once may end on its meeting's day) ...
        if not nesting or session(e):
            return 0
        return sum(n for (a, b), n in ranges.items() if a <= e.start and e.end <= b and (a, b) != (e.start, e.end)
                   and not (e.start == e.end and e.precision == "day" and (e.start == a or e.start == b and n > 1)))

    def session(e: Report) -> bool:
        # ... but a single day inside the range of the same numbered meeting is a session, a
        # ceremony or a speech of it, told with the number or without ("ngày 16-10, Chủ tịch
        # Quốc hội phát biểu tại Đại hội đồng" inside IPU-137's 14-18/10)
        if e.start != e.end:
            return False
        if e.start in around_begin or any(a < e.start <= b for a, b in attested):
            # (… or a day inside a range two articles tell: "Đối thoại Shangri-La … từ 31/5 đến 2/6" in two,
            # "… phát biểu sáng 1/6 tại Đối thoại" in a third)
            return True
        at = bisect_right(numbered, (e.start, date.max)) - 1
        return at >= 0 and e.start <= numbered[at][1]

    first_days = {a for a, b in ranges if a < b}

    def opening(e: Report) -> bool:      # a single day that another report's range starts with: its opening day
        return e.precision == "day" and e.start == e.end and e.start in first_days

    # what the dates alone say of a report, worked out once for each (start, end, precision) and kind of
    # name (a session's or not): the reports of a meeting told by hundreds of articles share their dates
    shapes: dict[tuple, tuple] = {}

    # the days the public record gives the meeting (etl/data/calendar.toml), where a report tells them whole:
    # the meeting's own, not a trip's that ends on one of them ("… G20, diễn ra trong hai ngày 30/11 và 1/12"
    # beside "… bữa tối ngày 1/12 bên lề …" told by five)
    first = evs[0]
    recorded = {first.start.year, first.end.year}
    own = {held for year in recorded if (held := own_days(first.forum, first.meeting, year))}

    def shape(e: Report) -> tuple:
        at = (e.start, e.end, e.precision, sessions := _a_sessions(e))
        if at not in shapes:
            shapes[at] = (e.precision == "day" and (e.start, e.end) in own, e.precision == "day",
                          not (sessions or session(e)), containers(e), not opening(e))
        return shapes[at]
    # among dates alike in shape, the one more articles tell: "ngày 28-29/6" told by three, not the 26/6
    # of one whose sentence dates something else (`told`, above)
    # an umbrella week's own dates are a range: a single day told with it is one of its meetings' ("Trong
    # khuôn khổ Tuần lễ Cấp cao APEC 2017, ngày 07/11, … đã diễn ra Hội nghị Thượng đỉnh Kinh doanh")
    week = not nesting and all(e.meeting in UMBRELLA_WEEKS for e in evs)
    best = max(spans, key=lambda e: (*shape(e), week and e.start < e.end, told[e.start, e.end], e.status == "held",
                                     e.strength, -(e.end - e.start).days))
    end = best.end
    if len(own) == 1 and not shape(best)[0]:
        # reports that tell different days, all inside the days the record gives the meeting and none of them whole:
        # the record's days, from the report of its first ("… tại G20 ngày 28/6" in one article, "… bên lề G20 hôm 29/6"
        # in two: Osaka's 28-29/6), not the day most of them happened to tell
        (opens, closes), = own
        days = {(e.start, e.end) for e in spans if e.precision == "day"}
        opener = next((e for e in spans if e.precision == "day" and e.start == opens), None)
        if opener is not None and len(days) > 1 and all(opens <= a and b <= closes for a, b in days):
            best, end = opener, closes
    for e in ends:
        if e is not best and best.precision == "day" and e.start > end and (e.start - best.start).days <= 14:
            end = e.start
    shown = {f"{e.start}..{e.end}" if e.precision == "day" else f"{e.start:%Y-%m}" for e in evs}
    chosen = f"{best.start}..{end}" if best.precision == "day" else f"{best.start:%Y-%m}"
    others = [d for d in sorted(shown) if d != chosen and d != f"{best.start}..{best.end}"]
    nested = [d for d in others if _inside(d, best.start, end)]
    return best, end, [d for d in others if d not in nested]


def _a_sessions(e: Report) -> bool:
    """Is the report a session's of the meeting, named by its noun ("Phiên họp cấp cao từ 2 đến 4-9" of a summit
    held "từ 26-8 đến 4-9-2002")? Its days are a part of the meeting's, never more precise than them."""
    return e.rule.partition("|")[0].partition(":")[2].startswith("phiên")


def _covering(ranges: list[tuple[date, date]]) -> list[tuple[date, date]]:
    """Ranges of days in order -> the fewest ranges covering the same days, in order."""
    runs: list[tuple[date, date]] = []
    for a, b in ranges:
        if runs and a <= runs[-1][1]:
            runs[-1] = (runs[-1][0], max(runs[-1][1], b))
        else:
            runs.append((a, b))
    return runs


def _inside(text: str, start: date, end: date) -> bool:
    """A reported date that the chosen dates cover (a month, a sub-range) is no conflict."""
    if ".." in text:
        a, b = (date.fromisoformat(x) for x in text.split(".."))
        return start <= a and b <= end or (a <= start and end <= b)
    y, m = map(int, text.split("-"))
    return start.year == y and start.month == m or end.year == y and end.month == m


def _common(values) -> object | None:
    counts = Counter(v for v in values if v is not None)
    return counts.most_common(1)[0][0] if counts else None


def _names(gaz: Gazetteer, forum: str, level: str, code: str, ordinal: int | None) -> tuple[str, str]:
    """Readable names; a partner in the code ("Summit/Trung Quốc") joins the forum's name."""
    base, _, partner = code.partition("/")
    base, retreat = base.removesuffix(RETREAT), base.endswith(RETREAT)
    kind = next((k for k in gaz.kinds if k.code == base and k.level == level and k.admits(forum)), None)
    forum_vi = f"{forum} - {partner}" if partner else forum
    forum_en = f"{forum}-{gaz.country_en.get(partner, partner)}" if partner else forum
    vi = (kind.name_vi if kind else "Hội nghị {forum}").format(forum=forum_vi)
    en = (kind.name_en if kind else "{forum} meeting").format(forum=forum_en)
    if retreat:     # "Hội nghị hẹp Bộ trưởng Ngoại giao ASEAN", "ASEAN Foreign Ministers' Meeting Retreat"
        vi, en = re.sub(r"^(Hội nghị|Cuộc họp)", r"\1 hẹp", vi), f"{en} Retreat"
    if ordinal:
        vi = f"{vi} lần thứ {ordinal}"
        suffix = "th" if 10 <= ordinal % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(ordinal % 10, "th")
        en = f"{ordinal}{suffix} {en}"
    return vi, en


def id_base(forum: str, code: str, ordinal: int | None, start: date) -> str:
    """A meeting's event_id before any day or number that tells it from another (event_id)."""
    return slug(f"{forum}-{code}-{ordinal}-{start.year}" if ordinal else f"{forum}-{code}-{start:%Y-%m}")


def tried(forum: str, code: str, ordinal: int | None, start: date, eid: str) -> bool:
    """Whether event_id, for this meeting, looks whether `eid` is taken: its base, the base with
    its day, then with a number (so that a change to the ids taken before it can move its own)."""
    base = id_base(forum, code, ordinal, start)
    day = f"{base}-{start:%d}"
    return eid in (base, day) or eid.startswith(day + "-")


def event_id(forum: str, code: str, ordinal: int | None, start: date, taken: set[str]) -> str:
    """From the meeting's identity; a second meeting with the same one gets its day, then a number.
    `taken` holds the ids of the meetings of the same key (forum, level, kind) clustered before
    it: the base names the forum and the kind, so no two keys share one, and a meeting's id never
    depends on another key's meetings."""
    base = id_base(forum, code, ordinal, start)
    eid = base
    if eid in taken:
        eid = f"{base}-{start:%d}"
    n = 2
    while eid in taken:
        eid = f"{base}-{start:%d}-{n}"
        n += 1
    taken.add(eid)
    return eid


def merged_row(evs: list[Report], gaz: Gazetteer) -> dict:
    """The row of events.parquet for the reports of one real meeting (its event_id comes from
    with_id, once the meetings before it have taken theirs)."""
    best, end, conflicts = _best_dates(evs)
    ordinal = _common(e.ordinal for e in evs)
    name_vi, name_en = _names(gaz, best.forum, best.level, best.meeting, ordinal)
    if best.level == "other" and best.label:
        # Working groups, forums and dialogues are too varied for a template: keep their own name.
        name_vi = re.sub(r"\s+", " ", best.label).strip(" ,;(")
    article_ids = sorted({e.article_id for e in evs})
    return {
        "forum": best.forum, "level": best.level, "meeting": best.meeting,
        "name_vi": name_vi, "name_en": name_en, "ordinal": ordinal,
        "start_date": best.start, "end_date": end, "date_precision": best.precision,
        "year_inferred": best.year_inferred, "year_source": best.year_source,
        "status": "held" if any(e.status == "held" for e in evs) else "planned",
        "location": _common(e.location for e in evs), "host": _common(e.host for e in evs),
        "mode": _common(e.mode for e in evs), "article_ids": article_ids,
        "n_articles": len(article_ids), **_evidence(evs),
        "date_text": best.date_text, "date_conflicts": conflicts, "rule": best.rule,
    }


def _evidence(evs: list[Report]) -> dict[str, list]:
    """The sentences that name and date the meeting, each once and in the reports' order (at most
    MAX_EVIDENCE), and beside each one the articles whose reports give it (several when outlets
    print the same sentence)."""
    given: dict[str, set[str]] = {}
    for e in evs:
        for sentence in e.evidence:
            given.setdefault(sentence, set()).add(e.article_id)
    evidence = list(given)[:MAX_EVIDENCE]
    return {"evidence": evidence, "evidence_article_ids": [sorted(given[s]) for s in evidence]}


def with_id(row: dict, taken: set[str]) -> dict:
    return {"event_id": event_id(row["forum"], row["meeting"], row["ordinal"], row["start_date"], taken), **row}


def merge_key(events: Iterable[tuple[object, Report]], gaz: Gazetteer) -> Iterator[tuple[dict, list]]:
    """The keyed reduce: the reports of one key (forum, level, kind), sorted by start then key,
    -> (row of events.parquet, keys of its reports) per meeting. It reads nothing else, so each
    key can be merged on its own, anywhere (rerun.merge is the same, with the last run's rows)."""
    taken: set[str] = set()
    for cluster in stream_clusters(events):
        yield with_id(merged_row([ev for _, ev in cluster], gaz), taken), [i for i, _ in cluster]


def merge_stream(events: Iterable[tuple[object, Report]], gaz: Gazetteer) -> Iterator[tuple[dict, list]]:
    """merge_key for the reports of many keys, sorted by sort_key (then key)."""
    for _, group in groupby(events, key=lambda p: sort_key(p[1])[:3]):
        yield from merge_key(group, gaz)


def merge_reports(events: list[Report], gaz: Gazetteer) -> tuple[list[dict], dict[int, str]]:
    """Rows of events.parquet (by date), and the event_id of every input event (by index)."""
    rows, id_of = [], {}
    for row, members in merge_stream(sorted(enumerate(events), key=lambda p: (sort_key(p[1]), p[0])), gaz):
        rows.append(row)
        id_of.update((i, row["event_id"]) for i in members)
    rows.sort(key=lambda r: (r["start_date"], r["event_id"]))
    return rows, id_of


def participant_rows(people: Iterable[tuple[str, Participation]]) -> Iterator[dict]:
    """(event_id, participation), grouped by meeting -> rows of participants.parquet,
    one per (meeting, person, article)."""
    seen: set[tuple] = set()
    current = None
    for event_id, p in people:
        if event_id != current:
            seen, current = set(), event_id      # grouped input: a meeting's duplicates are together
        oid = official_id(p.name)
        key = (event_id, oid, p.article_id)
        if key in seen:
            continue
        seen.add(key)
        yield {"event_id": event_id, "article_id": p.article_id, "official_id": oid, "name": p.name,
               "role": p.role, "country": p.country, "evidence": p.evidence, "event_start": p.event_start,
               "level": p.level or None}


def official_row(ps: Iterable[dict]) -> dict:
    """One person's row, with the history of the titles they were reported under. Read once, in
    one pass: a person's rows are not held (a minister is in most of a corpus's meetings), only
    the ids of their meetings and articles, counted."""
    roles: dict[str, list] = {}             # role -> [first seen, last seen, rows, level]
    countries: Counter[str] = Counter()
    events: set[str] = set()
    articles: set[str] = set()
    first = None
    for p in ps:
        first = first or p
        seen = p["event_start"]
        role = roles.get(p["role"])
        if role is None:
            roles[p["role"]] = [seen, seen, 1, p.get("level")]
        else:
            role[0], role[1], role[2] = min(role[0], seen), max(role[1], seen), role[2] + 1
            role[3] = role[3] or p.get("level")
        if p["country"] is not None:
            countries[p["country"]] += 1
        events.add(p["event_id"])
        articles.add(p["article_id"])
    history = sorted(({"role": r, "first_seen": lo, "last_seen": hi, "n_events": n, "level": level}
                      for r, (lo, hi, n, level) in roles.items()), key=lambda h: (h["first_seen"], h["role"]))
    return {
        "official_id": first["official_id"], "name": first["name"], "country": countries.most_common(1)[0][0] if countries else None,
        "roles": history, "latest_role": max(history, key=lambda h: (h["last_seen"], h["first_seen"]))["role"],
        "first_seen": min(h["first_seen"] for h in history), "last_seen": max(h["last_seen"] for h in history),
        "n_events": len(events), "n_articles": len(articles),
    }


def official_rows(participants: Iterable[dict]) -> Iterator[dict]:
    """One row per person; participants in any order (sorted here)."""
    rows = sorted(participants, key=lambda p: p["official_id"])
    for _, group in groupby(rows, key=lambda p: p["official_id"]):
        yield official_row(group)
