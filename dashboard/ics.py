"""The filtered upcoming meetings as an iCalendar file (RFC 5545) an analyst adds to a calendar.
Pure: the time stamp is an argument, never the clock."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pandas as pd

from .data import present
from .i18n import fmt_span

PRODID = "-//diplomacy-timeline//dashboard//EN"
LINE_OCTETS = 75        # RFC 5545 §3.1: a content line longer than this is folded


def escape(value: str) -> str:
    """TEXT as RFC 5545 §3.3.11 wants it: backslash, semicolon and comma escaped, a newline as \\n."""
    text = str(value).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """One content line cut into pieces of at most 75 octets (never inside a UTF-8 character),
    each after the first starting with a space, joined by CRLF."""
    pieces, piece, size = [], "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        limit = LINE_OCTETS - (1 if pieces else 0)      # a continuation line starts with a space
        if size + n > limit:
            pieces.append(piece)
            piece, size = "", 0
        piece += ch
        size += n
    pieces.append(piece)
    return "\r\n ".join(pieces)


def _day(d: date) -> str:
    return f"{d:%Y%m%d}"


def calendar(events: pd.DataFrame, urls: dict[str, list[str]], stamp: datetime, lang: str = "vi") -> bytes:
    """A VCALENDAR with a VEVENT per meeting of `events` (all-day, its whole span; a month-precise
    meeting spans its month and says so): its name, place, and source links. `urls` maps an
    event_id to its sources' web addresses; `stamp` (UTC) is DTSTAMP."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    for ev in events.sort_values("start_date").itertuples():
        start, end = ev.start_date.date(), ev.end_date.date()
        name = ev.name_en if lang == "en" else ev.name_vi
        links = urls.get(ev.event_id, [])
        about = [fmt_span(start, end, ev.date_precision, lang), str(ev.forum), *links]
        lines += ["BEGIN:VEVENT", f"UID:{ev.event_id}@diplomacy-timeline", f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}",
                  f"DTSTART;VALUE=DATE:{_day(start)}", f"DTEND;VALUE=DATE:{_day(end + timedelta(days=1))}",
                  f"SUMMARY:{escape(name)}"]
        if present(ev.location):
            lines.append(f"LOCATION:{escape(ev.location)}")
        lines.append(f"DESCRIPTION:{escape(chr(10).join(about))}")
        if links:
            lines.append(f"URL:{links[0]}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return ("\r\n".join(fold(x) for x in lines) + "\r\n").encode("utf-8")
