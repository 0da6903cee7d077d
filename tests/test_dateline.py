"""The date line that opens a lead, read in one place (etl/dateline.py) for its two users: the
article's own date and outlet (layout.py) and the day the lead's "sáng nay" means (assemble.py).
Rows are the shapes of wire reports, written for the test."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from etl.assemble import extract
from etl.dateline import LEAD, closing_dateline, lead_dateline, parse_dateline
from etl.read import read_bytes
from etl.records import Published

MEETING = "Sáng nay, Hội nghị Cấp cao ASEAN lần thứ sáu đã khai mạc."

# (date line, the day it names (day, month, year when written), its outlet, whether it is the
# article's own date: a day written in full after its place)
LEADS = [
    ("Hà Nội, 15-12 (TTXVN) - ", (15, 12, None), "TTXVN", False),      # no year: only the day it was filed
    ("Băng Cốc, 31/12 (VNA) - ", (31, 12, None), "VNA", False),        # filed on 31-12, printed on 1-1
    ("Hà Nội, 1/6/2025 - ", (1, 6, 2025), None, True),
    ("Kuala Lumpur, ngày 26/5/2025 (TTXVN) – ", (26, 5, 2025), "TTXVN", True),
    ("HÀ NỘI, 02.10.2024 — ", (2, 10, 2024), None, True),
    ("TP. Hồ Chí Minh, 8/6/2015 (VNA, Hà Nội) - ", (8, 6, 2015), "VNA, Hà Nội", True),
    ("Ngày 1/6/2025 - ", (1, 6, 2025), None, False),                   # no place
    ("Hà Nội, Ngày 1/6/2025 - ", (1, 6, 2025), None, False),           # "ngày" after a comma is lower case
    ("Viêng Chăn, thứ Năm 10/10/2024 – ", (10, 10, 2024), None, True),   # a day of the week before the day
    ("Phnôm Pênh, Chủ nhật, 13/11/2022 (TTXVN) – ", (13, 11, 2022), "TTXVN", True),
    # the place's country in brackets after it, as the older wire bulletins wrote it
    ("Sa-rơm Ên Sếch (Ai Cập), 15-7-2009 (TTXVN) - ", (15, 7, 2009), "TTXVN", True),
    ("Niu Đê-li (Ấn Độ), 12/3 (TTXVN) - ", (12, 3, None), "TTXVN", False),
]


@pytest.mark.parametrize(("line", "named", "outlet", "own"), LEADS)
def test_a_leads_date_line_reads_alike_for_its_two_users(line, named, outlet, own, gaz):
    m = lead_dateline(line + MEETING)
    assert (int(m["d"]), int(m["m"]), m["y"] and int(m["y"]), m["outlet"]) == (*named, outlet)
    d, mo, y = named
    filed = date(y or 1998, mo, d)
    # layout.py: the article's own date and outlet, from a line that writes the day in full after its place
    [a] = read_bytes("a.txt", f"Tiêu đề về ASEAN\n\n{line}{MEETING}".encode("utf-8"))
    assert (a.published, a.outlet) == ((Published(filed, "day", "lead"), outlet) if own else (None, None))
    assert a.text.startswith(line.strip())                 # the line stays in the text
    # assemble.py: on a page printed the next morning, "sáng nay" is the day the line names
    printed = replace(a, published=Published(filed + timedelta(days=1), "day", "metadata"))
    [report], _ = extract(printed, gaz)
    assert report.start == filed


@pytest.mark.parametrize(("text", "outlet"), [
    ("Jakarta (TTXVN) - Sáng nay, …", "TTXVN"),            # the outlet's tag alone, with its place
    ("(Dân trí) - Sáng nay, …", "Dân trí"),
    ("Xin-ga-po (TTXVN 24/7/1993) - Sáng nay, …", "TTXVN 24/7/1993"),
])
def test_an_outlets_tag_alone_is_no_dated_line(text, outlet):
    m = LEAD.match(text)
    assert (m["d"], m["outlet"], text[m.end():]) == (None, outlet, "Sáng nay, …")
    assert lead_dateline(text) is None


@pytest.mark.parametrize("text", [
    "Hà Nội, ngày 08/06/2015, Thủ tướng dự Hội nghị …",      # a lead's opening words, no dash: body
    "Hà Nội, 1/6/2025 -Thủ tướng …",                         # no space after the dash
    "Hội nghị ngày 1/6 - 3/6 …",
])
def test_not_a_leads_date_line(text):
    assert lead_dateline(text) is None


@pytest.mark.parametrize(("line", "day"), [
    # an outlet's or an author's line: the date beside a few capitalised words
    ("Báo Lao Động, thứ Sáu, 5-8-1995", date(1995, 8, 5)),
    ("Tin và ảnh: Minh Châu | Thứ Ba, 12/11/2019", date(2019, 11, 12)),
    ("Phương Linh | 07/05/2024", date(2024, 5, 7)),
    # a section's name beside the date, capitalised as a phrase
    ("Thứ Hai, 9/3/2026 | Thế giới", date(2026, 3, 9)),
    ("Thời sự | 14:20 20/11/2017", date(2017, 11, 20)),
    # the month by its name
    ("Thứ Sáu, ngày 17 tháng Mười một năm 2023", date(2023, 11, 17)),
    ("ngày 3 tháng Giêng năm 2020", date(2020, 1, 3)),
    # a sentence with a date is no date line
    ("Hai nước ký thỏa thuận ngày 5/6/2020", None),
    ("- Thủ tướng dự Hội nghị Cấp cao ASEAN 43 (05/09/2023)", None),
    ("9/3/2026 | các hội nghị trong tuần", None),           # beside a bar, no section's name
])
def test_a_pages_date_line(line, day):
    assert parse_dateline(line) == day


@pytest.mark.parametrize(("line", "day"), [
    ("Bài đăng ngày 14/7/2011", date(2011, 7, 14)),
    ("(Cập nhật lúc 07:15, thứ Tư, 3/3/2021)", date(2021, 3, 3)),
    ("Vientiane, 9/10/2024", date(2024, 10, 9)),
    ("Xin-ga-po, ngày 1 tháng 8 năm 2018", date(2018, 8, 1)),
    # a reporter's signature in capitals, a dash or a bar, and the day (written 14111)
    ("PHAN THÀNH - 19/04/2018", date(2018, 4, 19)),
    ("NGUYỄN HỒNG | 05/9/2023", date(2023, 9, 5)),
    ("THU HÀ – 12.11.2017", date(2017, 11, 12)),
    # a related headline's date, a sentence
    ("Thủ tướng dự Hội nghị Cấp cao ASEAN 43 (05/09/2023)", None),
    ("Hội nghị Cấp cao - 19/04/2018", None),
    ("Hội nghị sẽ họp tại Jakarta ngày 5/9/2023.", None),
])
def test_a_date_line_that_closes_a_text(line, day):
    assert closing_dateline(line) == day
