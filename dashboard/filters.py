"""The sidebar's filters as one value: read from the URL, written to the URL, applied to tables.

Pure: no Streamlit. Unknown or malformed parameters fall back to the default.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from datetime import date, timedelta
from urllib.parse import urlencode, urlsplit

import numpy as np
import pandas as pd

from .data import LEVEL_ORDER, fold

# A meeting's status as of the reference date ("today", always passed in): the tables only
# say "held" (an article reported it held) or "planned" (announced, and no article in the
# data said it was held), which for a date long past is not a plan any more.
STATUSES = ("upcoming", "unconfirmed", "held")
LEGACY_STATUS = {"planned": ("upcoming", "unconfirmed")}      # links made before the split
LANES = ("forum", "level")
LANGS = ("vi", "en")
VIEW_DEFAULTS = {"lang": "vi", "lane": "forum", "meeting": None}


@dataclass(frozen=True)
class Options:
    """The values a filter may take, from the data."""
    forums: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()
    officials: tuple[str, ...] = ()     # official_id
    countries: tuple[str, ...] = ()

    @classmethod
    def of(cls, events: pd.DataFrame, officials: pd.DataFrame) -> Options:
        return cls(
            forums=tuple(sorted(events["forum"].dropna().unique())),
            levels=tuple(v for v in LEVEL_ORDER if v in set(events["level"].dropna().unique())),
            officials=tuple(officials.sort_values("name")["official_id"]),
            countries=tuple(sorted(officials["country"].dropna().unique())),
        )


@dataclass(frozen=True)
class Filters:
    forum: tuple[str, ...] = ()
    level: tuple[str, ...] = ()
    official: tuple[str, ...] = ()
    country: tuple[str, ...] = ()
    start: date | None = None
    end: date | None = None
    status: tuple[str, ...] = ()
    q: str = ""

    def active(self) -> list[str]:
        return [f.name for f in fields(self) if getattr(self, f.name) not in ((), None, "")]


def _values(raw) -> list[str]:
    if raw is None:
        return []
    if isinstance(raw, (list, tuple)):
        return [str(v) for v in raw]
    return [str(raw)]


# What the date boxes and links accept, day first as Vietnamese writes dates. A month or a
# year alone means its first day in "from" and its last day in "to".
_DAY_SHAPES = (
    re.compile(r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})"),    # 26/10/2021
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"),                          # 2021-10-26 (links)
    re.compile(r"(?:tháng\s*)?(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})"),                 # 10/2021, tháng 10/2021
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})"),                                          # 2021-10
    re.compile(r"(?:năm\s*)?(?P<y>\d{4})"),                                              # 2021, năm 2021
)


def parse_day(text: str, last: bool = False) -> date | None:
    """A typed or linked date -> a day (the last one of a month or year when `last`), else None."""
    text = (text or "").strip().lower()
    for shape in _DAY_SHAPES:
        m = shape.fullmatch(text)
        if not m:
            continue
        g = m.groupdict()
        year, month = int(g["y"]), int(g.get("m") or (12 if last else 1))
        try:
            if g.get("d"):
                return date(year, month, int(g["d"]))
            first = date(year, month, 1)
        except ValueError:
            return None
        return (first + timedelta(days=31)).replace(day=1) - timedelta(days=1) if last else first
    return None


def fmt_day_input(d: date | None) -> str:
    """A day as the date boxes show it."""
    return f"{d.day:02d}/{d.month:02d}/{d.year}" if d else ""


def _date(raw, last: bool = False) -> date | None:
    if isinstance(raw, date):
        return raw
    vals = _values(raw)
    return parse_day(vals[0][:40], last) if vals else None


def status_on(status: pd.Series, end_date: pd.Series, today: date) -> np.ndarray:
    """Each meeting's status on `today`: "held" when an article reported it held; otherwise
    "upcoming" while its last day is today or later, else "unconfirmed" (its date has passed
    and no article in the data says it was held)."""
    held = status.to_numpy() == "held"
    ahead = (end_date >= pd.Timestamp(today)).to_numpy()
    return np.where(held, "held", np.where(ahead, "upcoming", "unconfirmed")).astype(object)


def with_status(events: pd.DataFrame, today: date) -> pd.DataFrame:
    """The meetings with `status_now`, their status on `today`."""
    return events.assign(status_now=status_on(events["status"], events["end_date"], today))


def _statuses(raw) -> list[str]:
    return [s for v in _values(raw) for s in LEGACY_STATUS.get(v, (v,))]


def from_query_params(params: Mapping, options: Options) -> Filters:
    """Query parameters (one value or a list each) -> Filters; what is unknown is dropped."""
    def pick(key: str, allowed) -> tuple[str, ...]:
        raw = _statuses(params.get(key)) if key == "status" else _values(params.get(key))
        return tuple(dict.fromkeys(v for v in raw if v in allowed))
    start, end = _date(params.get("start")), _date(params.get("end"), last=True)
    if start and end and start > end:
        start, end = end, start
    q = _values(params.get("q"))
    return Filters(
        forum=pick("forum", options.forums), level=pick("level", options.levels),
        official=pick("official", options.officials), country=pick("country", options.countries),
        start=start, end=end, status=pick("status", STATUSES), q=(q[0] if q else "")[:200].strip(),
    )


def not_understood(params: Mapping, options: Options, meeting_ids=()) -> list[str]:
    """The parts of a link that name something the data does not hold (a stale official's id,
    a forum no meeting has) or cannot be read (a date, a language), as "key=value"; parameters
    this app does not use (a messenger's tracking tag) are left out."""
    allowed = {"forum": options.forums, "level": options.levels, "official": options.officials,
               "country": options.countries, "status": (*STATUSES, *LEGACY_STATUS), "lang": LANGS, "lane": LANES,
               "meeting": set(meeting_ids)}
    bad = [f"{key}={v}" for key, values in allowed.items() for v in _values(params.get(key))
           if v.strip() and v not in values]
    bad += [f"{key}={v}" for key in ("start", "end") for v in _values(params.get(key))[:1]
            if v.strip() and _date(v) is None]
    return [b if len(b) <= 80 else b[:79] + "…" for b in bad]


def to_query_params(f: Filters) -> dict[str, list[str] | str]:
    out: dict[str, list[str] | str] = {}
    for key in ("forum", "level", "official", "country", "status"):
        if getattr(f, key):
            out[key] = list(getattr(f, key))
    if f.start:
        out["start"] = f.start.isoformat()
    if f.end:
        out["end"] = f.end.isoformat()
    if f.q:
        out["q"] = f.q
    return out


def view_from_query_params(params: Mapping, meeting_ids=()) -> dict:
    """The language, the timeline's lanes and the chosen meeting; anything unknown is the default."""
    def one(key):
        vals = _values(params.get(key))
        return vals[0] if vals else None
    return {
        "lang": one("lang") if one("lang") in LANGS else VIEW_DEFAULTS["lang"],
        "lane": one("lane") if one("lane") in LANES else VIEW_DEFAULTS["lane"],
        "meeting": one("meeting") if one("meeting") in set(meeting_ids) else None,
    }


def view_to_query_params(view: Mapping) -> dict[str, str]:
    return {k: str(v) for k, v in view.items() if v not in (None, "") and v != VIEW_DEFAULTS.get(k)}


def url_params(f: Filters, view: Mapping) -> dict[str, list[str] | str]:
    """Everything a link needs to reproduce the view, with language-independent values."""
    return {**to_query_params(f), **view_to_query_params(view)}


def widget_values(f: Filters) -> dict:
    """Filters -> the values the sidebar's widgets hold."""
    return {"forum": list(f.forum), "level": list(f.level), "official": list(f.official),
            "country": list(f.country), "start": fmt_day_input(f.start), "end": fmt_day_input(f.end),
            "status": list(f.status), "q": f.q}


def drill_values(lane: str, value: str, month: int) -> dict:
    """The widget values that narrow the view to one lane (a forum or a level) and one month
    (counted in months since year 0, as the timeline's density cells are)."""
    year, index = divmod(month, 12)
    start = date(year, index + 1, 1)
    following = date(year + 1, 1, 1) if index == 11 else date(year, index + 2, 1)
    return {lane: [value], "start": fmt_day_input(start), "end": fmt_day_input(following - timedelta(days=1))}


def app_base(url: str, page: str) -> str:
    """The app's own address from the page's address: scheme, host and the path the app is
    served under (server.baseUrlPath, or a proxy's prefix), without the page and the query."""
    parts = urlsplit(url)
    if not parts.netloc:
        return "http://localhost:8501"
    path = parts.path.rstrip("/")
    if page and path.endswith(f"/{page}"):
        path = path[: -len(page) - 1]
    return f"{parts.scheme}://{parts.netloc}{path}"


def share_url(base: str, page: str, f: Filters, view: Mapping | None = None) -> str:
    """The link to a page showing these filters and this view (language, lanes, meeting)."""
    query = urlencode(url_params(f, view or {}), doseq=True)
    return f"{base.rstrip('/')}/{page}".rstrip("/") + (f"?{query}" if query else "")


def _mask(events: pd.DataFrame, participants: pd.DataFrame, f: Filters, today: date,
          only: str | None = None) -> np.ndarray:
    """Which meetings pass the filters, as a numpy array (no index alignment on each test)."""
    keep = np.ones(len(events), dtype=bool)

    def on(name: str) -> bool:
        return (only is None or only == name) and bool(getattr(f, name))
    if on("forum"):
        keep &= events["forum"].isin(f.forum).to_numpy()
    if on("level"):
        keep &= events["level"].astype(str).isin(f.level).to_numpy()
    if on("status"):
        keep &= np.isin(status_on(events["status"], events["end_date"], today), f.status)
    if on("start"):
        keep &= (events["end_date"] >= pd.Timestamp(f.start)).to_numpy()
    if on("end"):
        keep &= (events["start_date"] <= pd.Timestamp(f.end)).to_numpy()
    for name, column, values in (("official", "official_id", f.official), ("country", "country", f.country)):
        if on(name):
            ids = participants.loc[participants[column].isin(values), "event_id"]
            keep &= events["event_id"].isin(set(ids)).to_numpy()
    if on("q"):
        for w in fold(f.q).split():
            keep &= events["search_key"].str.contains(w, regex=False).to_numpy(dtype=bool)
    return keep


def apply(events: pd.DataFrame, participants: pd.DataFrame, f: Filters, today: date) -> pd.DataFrame:
    """The meetings that pass every filter, with their status on `today` (`status_now`)."""
    return with_status(events[_mask(events, participants, f, today)], today)


def _participant_mask(events: pd.DataFrame, participants: pd.DataFrame, f: Filters) -> np.ndarray:
    if "event_row" in participants.columns and "row" in events.columns:
        rows_of = events["row"].to_numpy()
        top = max(int(participants["event_row"].max()) if len(participants) else 0, int(rows_of.max()) if len(rows_of) else 0)
        chosen = np.zeros(top + 2, dtype=bool)      # the last slot stays False: row -1 is "no such meeting"
        chosen[rows_of] = True
        mask = chosen[participants["event_row"].to_numpy()]
    else:
        mask = participants["event_id"].isin(set(events["event_id"])).to_numpy()
    if f.official:
        mask &= participants["official_id"].isin(f.official).to_numpy()
    if f.country:
        mask &= participants["country"].isin(f.country).to_numpy()
    return mask


def participants_of(events: pd.DataFrame, participants: pd.DataFrame, f: Filters) -> pd.DataFrame:
    """The participations in the filtered meetings (restricted to the chosen officials/countries)."""
    return participants[_participant_mask(events, participants, f)]


def count_participants(events: pd.DataFrame, participants: pd.DataFrame, f: Filters) -> int:
    return int(_participant_mask(events, participants, f).sum())


def empty_reason(events: pd.DataFrame, participants: pd.DataFrame, f: Filters, today: date) -> str | None:
    """Which filter, on its own, leaves nothing (the first one), else the combination."""
    if events.empty:
        return None
    for name in f.active():
        if not _mask(events, participants, f, today, only=name).any():
            return name
    return "+".join(f.active()) or None


def cleared(f: Filters) -> Filters:
    return replace(f, **{fl.name: fl.default for fl in fields(f)})
