"""The calendar export: RFC 5545 text escaping, line folding, one all-day event per meeting."""
from __future__ import annotations

from datetime import datetime

import pandas as pd
import pytest

from dashboard.ics import calendar, escape, fold

STAMP = datetime(2021, 10, 1, 8, 30, 0)


@pytest.mark.parametrize(("text", "escaped"), [
    ("Hà Nội, Việt Nam", "Hà Nội\\, Việt Nam"),
    ("a;b", "a\\;b"),
    ("C:\\path", "C:\\\\path"),
    ("line one\nline two", "line one\\nline two"),
    ("crlf\r\nhere", "crlf\\nhere"),
    ("plain", "plain"),
])
def test_text_is_escaped(text, escaped):
    assert escape(text) == escaped


@pytest.mark.parametrize("line", ["x" * 75, "x" * 76, "SUMMARY:" + "Hội nghị Cấp cao ASEAN lần thứ 38 " * 5, "ệ" * 60])
def test_long_lines_are_folded_at_75_octets_never_inside_a_character(line):
    folded = fold(line)
    parts = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in parts)
    assert all(p.startswith(" ") for p in parts[1:])
    assert "".join([parts[0]] + [p[1:] for p in parts[1:]]) == line      # unfolding gives the line back


def _events():
    return pd.DataFrame([{
        "event_id": "asean-summit-38-2021", "name_vi": "Hội nghị Cấp cao ASEAN lần thứ 38", "name_en": "38th ASEAN Summit",
        "forum": "ASEAN", "start_date": pd.Timestamp("2021-10-26"), "end_date": pd.Timestamp("2021-10-28"),
        "date_precision": "day", "location": "Bandar Seri Begawan, Brunei; trực tuyến"}, {
        "event_id": "apec-2021-11", "name_vi": "Tuần lễ Cấp cao APEC", "name_en": "APEC Economic Leaders' Week",
        "forum": "APEC", "start_date": pd.Timestamp("2021-11-01"), "end_date": pd.Timestamp("2021-11-30"),
        "date_precision": "month", "location": None}])


def test_each_meeting_is_an_all_day_event_with_name_place_and_links():
    urls = {"asean-summit-38-2021": ["https://example.vn/a?x=1,2", "https://example.vn/b"]}
    text = calendar(_events(), urls, STAMP, "en").decode("utf-8")
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert "\n" not in text.replace("\r\n", "")                       # every line ends with CRLF
    unfolded = text.replace("\r\n ", "")
    assert unfolded.count("BEGIN:VEVENT") == 2
    assert "DTSTART;VALUE=DATE:20211026\r\nDTEND;VALUE=DATE:20211029\r\n" in unfolded     # the end is exclusive
    assert "SUMMARY:38th ASEAN Summit\r\n" in unfolded
    assert "LOCATION:Bandar Seri Begawan\\, Brunei\\; trực tuyến\r\n" in unfolded
    assert "https://example.vn/a?x=1\\,2\\nhttps://example.vn/b" in unfolded and "URL:https://example.vn/a?x=1,2" in unfolded
    assert "UID:asean-summit-38-2021@diplomacy-timeline" in unfolded and "DTSTAMP:20211001T083000Z" in unfolded
    apec = unfolded.split("BEGIN:VEVENT")[2]
    assert "DTSTART;VALUE=DATE:20211101" in apec and "DTEND;VALUE=DATE:20211201" in apec and "Nov 2021" in apec
    assert "LOCATION" not in apec                                     # no place, no line
