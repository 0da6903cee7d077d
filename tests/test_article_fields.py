"""The article's own fields: its headline, its date and the reason the date is its own.

Rows are grouped by the kind of page furniture or date line they show. Every text here is
written for the test, in wordings and layouts of our own.
"""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from etl.dateline import parse_dateline
from etl.layout import choose_date, is_furniture, is_headline
from etl.read import read_bytes
from etl.records import Published
from etl.write import article_row

from .conftest import published_on

HEAD = "Thủ tướng dự Hội nghị Cấp cao Mekong – Lan Thương lần thứ ba"
BODY = ("Sáng 10/1, tại Phnôm Pênh, Thủ tướng Nguyễn Xuân Phúc đã dự Hội nghị Cấp cao Hợp tác "
        "Mekong – Lan Thương lần thứ hai cùng lãnh đạo năm nước.")


def read(text: str, name: str = "a.txt"):
    [a] = read_bytes(name, text.encode("utf-8"))
    assert a.status == "ok", a.problem
    return a


# Headline: furniture above it is known by its shape --------------------------------------------

@pytest.mark.parametrize("furniture", [
    "Quốc tế",                                  # a section label
    "Đối ngoại\n\nChính trị",                   # two of them
    "Trang chủ › Thời sự › Đối ngoại",          # a breadcrumb
    "Trang chủ » Quốc tế",
    "Menu",                                     # a lone word: a menu item, a logo's alt text
    "Bạn đọc\n\nTin tức",
])
def test_furniture_above_the_headline_is_not_the_title(furniture):
    a = read(f"{furniture}\n\n{HEAD}\n\n{BODY}")
    assert a.title == HEAD and a.text.startswith("Sáng 10/1")
    assert furniture.split("\n")[0] in a.boilerplate


@pytest.mark.parametrize(("line", "following", "expected"), [
    ("Kinh tế", None, True),                     # two words, no digit: a label whatever follows
    ("Hội nhập quốc tế", HEAD, True),            # up to four words over a longer headline
    ("Hội nhập quốc tế", BODY, False),           # ... over body text: a short headline
    ("Tin tức hợp tác quốc tế", HEAD, False),    # five words: a headline's length
    ("APEC 2017", HEAD, False),                  # a digit: a headline's words
    ("Việt Nam, Lào", HEAD, False),              # punctuation
    ("anh-hoi-nghi_12", BODY, True),             # an image's file name
    ("Bế mạc Hội nghị Bộ trưởng Ngoại giao ASEAN", BODY, False),
])
def test_furniture_shapes(line, following, expected):
    assert is_furniture(line, following) is expected


def test_an_image_file_name_and_a_section_label_above_a_caption_give_no_title():
    a = read("Đối ngoại\n\n03.04.2019\n\nhoi-nghi-cap-cao_2\n\n"
             "Lãnh đạo các nước chụp ảnh chung tại lễ khai mạc hội nghị ở Viêng Chăn, nơi các bên thông qua "
             "tuyên bố chung về hợp tác tài nguyên nước sông Mekong trong giai đoạn tới và kế hoạch hành động.\n\n"
             f"{BODY}")
    assert a.title is None and a.published == published_on("2019-04-03", "date line")
    assert "hoi-nghi-cap-cao_2" not in a.text


@pytest.mark.parametrize(("line", "expected"), [
    ("Bộ trưởng Quốc phòng phát biểu tại phiên khai mạc - Ảnh: Hải Nguyễn", False),   # a caption's credit
    ("Các trưởng đoàn chụp ảnh chung. Ảnh: TTXVN", False),
    ("Ngày 14/8/2019, Bộ trưởng Kinh tế các nước cho biết hội nghị sẽ …", False),      # a lead's opening
    ("Chiều 5/3, tại Melbourne, lãnh đạo các nước dự lễ đón …", False),
    ("Triển lãm ảnh về 30 năm Việt Nam gia nhập ASEAN", True),                        # "ảnh" is not a credit
    ("Ngày hội ASEAN 2019: hàng nghìn người tham dự", True),
])
def test_headline_shapes(line, expected):
    assert is_headline(line) is expected


def test_a_file_that_opens_with_its_photos_caption_has_no_title_and_keeps_the_caption_words():
    caption = "Đây là lần đầu tiên trong năm 2020 các Bộ trưởng Kinh tế ASEAN họp trực tiếp - Ảnh: Minh Quân"
    a = read(f"{caption}\n\n{BODY}")
    assert a.title is None
    assert a.text.split("\n")[0] == "Đây là lần đầu tiên trong năm 2020 các Bộ trưởng Kinh tế ASEAN họp trực tiếp"
    assert "Ảnh: Minh Quân" in a.boilerplate


# Headline: a date line pasted onto it ----------------------------------------------------------

@pytest.mark.parametrize(("first", "title", "published"), [
    ("Bế Mạc Hội Nghị Bộ Trưởng Kinh Tế Asean Lần Thứ 33Băng Cốc (Ttxvn 9/9/2001)",
     "Bế Mạc Hội Nghị Bộ Trưởng Kinh Tế Asean Lần Thứ 33", "2001-09-09"),
    ("Thủ tướng tới Viêng Chăn dự hội nghịViêng Chăn, ngày 14/7/2005",
     "Thủ tướng tới Viêng Chăn dự hội nghị", "2005-07-14"),
    ("Khai mạc Hội nghị Bộ trưởng ACD lần thứ 14 | 12/03/2016 08:03",
     "Khai mạc Hội nghị Bộ trưởng ACD lần thứ 14", "2016-03-12"),
    ("Bộ trưởng Ngoại giao dự Hội nghị ARF (TTXVN, 23/7/2002)", "Bộ trưởng Ngoại giao dự Hội nghị ARF", "2002-07-23"),
    pytest.param("Khai mạc Hội nghị Cấp cao ASEAN Hà Nội (TTXVN 25/7/2001)", "Khai mạc Hội nghị Cấp cao ASEAN",
                 "2001-07-25", id="spaced-place-stays-in-the-title",
                 marks=pytest.mark.xfail(strict=True, reason="a place after a space cannot be told from the "
                                                             "headline's last words")),
])
def test_a_date_line_glued_to_the_headline_is_cut_off(first, title, published):
    a = read(f"{first}\n{BODY}")
    assert (a.title, a.published) == (title, published_on(published, "byline"))


# The article's date: chosen among candidates, with a reason ------------------------------------

@pytest.mark.parametrize(("above", "below", "published", "source"), [
    # a site clock over the headline, the byline under it: the byline is the article's
    ("Thứ Ba, 12/11/2024, 22:15 (GMT+7)", "PV - 08:30, 10/11/2022", "2022-11-10", "byline"),
    ("Thứ 6, 15/03/2024, 07:02[GMT+7]", "Thứ 2, 11/05/2020 | 16:40:05", "2020-05-11", "byline"),
    ("Thứ Hai, ngày 5 tháng 2 năm 2018, 10:11:12", "Hoàng Linh 03/02/2018 17:46", "2018-02-03", "byline"),
    ("Cập nhật lúc 23:59 ngày 01/01/2025", "Viêng Chăn (TTXVN, 14/7/2005)", "2005-07-14", "byline"),
    # a clock with the city's weather beside it is still a clock, never the headline
    ("Thứ Năm, 04/01/2024 | TP.HCM 31°C", "Thu Trang | 02/01/2024 21:05", "2024-01-02", "byline"),
    # only a date line above the headline: it is all the page gives
    ("09:40 21/06/2016", None, "2016-06-21", "date line"),
    ("Thứ Tư, 22/06/2016 - 09:40", None, "2016-06-22", "date line"),
    # nothing above: the byline alone
    (None, "Chủ Nhật, 14/08/2016, 11:20", "2016-08-14", "byline"),
])
def test_the_byline_under_the_headline_beats_a_date_line_above_it(above, below, published, source):
    lines = [x for x in (above, HEAD, below, BODY) if x]
    a = read("\n\n".join(lines))
    assert (a.title, a.published) == (HEAD, published_on(published, source))
    for furniture in (above, below):
        assert not furniture or furniture not in a.text


def test_a_lead_date_line_beats_a_date_line_above_the_headline():
    a = read(f"Chủ nhật, 01/12/2024 06:00\n\n{HEAD}\n\nPhnôm Pênh, 28/11/2024 (TTXVN) – Các nhà lãnh đạo đã họp.")
    assert a.published == published_on("2024-11-28", "lead")


def test_of_two_date_lines_above_the_headline_the_nearer_wins():
    a = read(f"Thứ Sáu, 09/05/2025 21:00\n\n07:15 02/05/2025\n\n{HEAD}\n\n{BODY}")
    assert a.published == published_on("2025-05-02", "date line")


@pytest.mark.parametrize(("candidates", "expected"), [
    ([], None),
    ([("2024-01-02", "date line"), ("2023-05-06", "byline")], ("2023-05-06", "byline")),
    ([("2023-05-06", "lead"), ("2023-05", "date prefix")], ("2023-05", "date prefix")),
    ([("2023-05-06", "byline"), ("2023-05-07", "byline")], ("2023-05-06", "byline")),
])
def test_choose_date(candidates, expected):
    assert choose_date([published_on(*c) for c in candidates]) == (published_on(*expected) if expected else None)


@pytest.mark.parametrize(("line", "expected"), [
    ("Thứ Năm, ngày 7 tháng 11 năm 2019, 08:05:00", "2019-11-07"),      # the month in words
    ("ngày 30 tháng 4, năm 2021", "2021-04-30"),
    ("Viêng Chăn (TTXVN, 14/7/2005)", "2005-07-14"),                    # place, then (outlet, date)
    ("Băng Cốc (VNA 9/9/2001)", "2001-09-09"),
    ("Hội nghị diễn ra ngày 7 tháng 11 năm 2019 tại Hà Nội", None),     # a sentence, not a date line
    ("Viêng Chăn (TTXVN) các bộ trưởng họp ngày 14/7/2005", None),
])
def test_date_line_shapes(line, expected):
    assert parse_dateline(line) == (date.fromisoformat(expected) if expected else None)


def test_the_sources_of_other_layouts():
    assert read(f" date 2019-06 {BODY}").published == published_on("2019-06", "date prefix")
    assert read(f"{HEAD}\n\n{BODY}").published is None
    line = json.dumps({"title": HEAD, "date": "2019-01-10", "text": BODY}, ensure_ascii=False)
    [row] = read_bytes("x.jsonl", line.encode("utf-8"))
    assert row.published == published_on("2019-01-10", "metadata")


@pytest.mark.parametrize(("published", "row"), [
    (published_on("2021-11-09", "metadata"), ("2021-11-09", "day", "metadata")),
    (published_on("2021-11", "date prefix"), ("2021-11", "month", "date prefix")),
    (Published(date(999, 1, 1), "month", "date prefix"), ("0999-01", "month", "date prefix")),
    (None, (None, None, None)),
])
def test_the_date_is_typed_until_the_articles_table_writes_it(published, row):
    written = article_row(replace(read(f"{HEAD}\n\n{BODY}"), published=published))
    assert (written["published"], written["published_precision"], written["published_source"]) == row


def test_a_month_of_the_year_zero_is_no_date():
    assert read(f" date 0000-05 {BODY}").published is None


def test_a_view_counter_with_a_thousands_separator_is_furniture():
    a = read(f"{HEAD}\n\n1.204 lượt xem\n\n{BODY}\n\n2,048 lượt xem")
    assert a.text == BODY


@pytest.mark.xfail(strict=True, reason="a short headline over a headline-like subtitle reads as a label over a headline")
def test_a_short_headline_over_a_subtitle():
    a = read(f"Khai mạc ARF\n\nCác ngoại trưởng bàn về an ninh khu vực\n\n{BODY}")
    assert a.title == "Khai mạc ARF"


# A saved web page: its metadata or its byline, never a related-article box ---------------------

RELATED = """<aside class="related"><h3>Tin liên quan</h3><ul>
<li><a href="/a">Hội nghị Cấp cao ASEAN lần thứ 97 khai mạc</a> <span class="date">12/03/2019</span></li>
<li><a href="/b">Thủ tướng dự Hội nghị Mekong – Nhật Bản</a> <span class="time">11/03/2019 08:00</span></li>
</ul></aside>"""
PARAS = "".join(f"<p>Đoạn {i}: các Bộ trưởng Kinh tế ASEAN đã thảo luận nhiều vấn đề về hợp tác kinh tế "
                f"khu vực trong bối cảnh mới và thống nhất các bước tiếp theo.</p>" for i in range(4))


def page(head: str = "", byline: str = "", top: str = "") -> bytes:
    return (f"<html><head><title>Hội nghị Bộ trưởng Kinh tế ASEAN bế mạc</title>{head}</head><body>{top}"
            f"<article><h1>Hội nghị Bộ trưởng Kinh tế ASEAN bế mạc</h1>{byline}{PARAS}</article>"
            f"{RELATED}</body></html>").encode("utf-8")


@pytest.mark.parametrize(("head", "byline", "expected"), [
    ("", "", (None, None)),        # only the related box has dates: the page has none of its own
    ("", '<div class="meta"><span>Minh Anh</span> <span>10/09/2021 07:04 GMT+7</span></div>', ("2021-09-10", "byline")),
    ('<meta content="2021-09-10T08:00:00+07:00" property="article:published_time">', "", ("2021-09-10", "metadata")),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2021-09-10T08:00:00+07:00"}'
     "</script>", "", ("2021-09-10", "metadata")),
    ("", '<time itemprop="datePublished" datetime="2021-09-10">10/09/2021</time>', ("2021-09-10", "metadata")),
    ('<meta name="pubdate" content="2021-09-10">', '<p class="byline">01/01/2022 07:04</p>', ("2021-09-10", "metadata")),
])
def test_a_saved_web_pages_date(head, byline, expected):
    [a] = read_bytes("page.html", page(head, byline))
    assert a.status == "ok", a.problem
    assert a.published == (published_on(*expected) if expected[0] else None)
    assert a.title == "Hội nghị Bộ trưởng Kinh tế ASEAN bế mạc" and "lần thứ 97" not in a.text


def test_a_site_clock_beside_a_logo_heading_is_not_the_byline():
    top = '<header><h1 class="logo">Báo Mẫu</h1><div class="clock">Thứ Ba, 12/11/2024 22:15</div></header>'
    byline = '<p class="byline">10/09/2021 07:04</p>'
    assert read_bytes("page.html", page(top=top))[0].published is None
    assert read_bytes("page.html", page(top=top, byline=byline))[0].published == published_on("2021-09-10", "byline")


# Layouts a fresh batch of test articles showed: one table per kind, in wordings of our own ------

END = ("Các bên nhất trí tiếp tục tăng cường hợp tác trong khuôn khổ ASEAN và thúc đẩy kết nối "
       "khu vực trong thời gian tới.")


# A date line that closes the text, over at most an author's or an organisation's line: a press
# release or a signed commentary dates itself at its end.
@pytest.mark.parametrize(("ending", "published"), [
    ("TP. Hồ Chí Minh, ngày 5 tháng 6 năm 2021\nSỞ NGOẠI VỤ", "2021-06-05"),
    ("Viêng Chăn, 14/7/2005", "2005-07-14"),                            # no signature
    ("Hà Nội, ngày 03/12/2018\nTS. Lê Hải Bình", "2018-12-03"),
    ("Đà Nẵng, 09-11-2017\nBan Tổ chức Tuần lễ Cấp cao APEC", "2017-11-09"),
    ("HÀ NỘI, 02.10.2024\n\nNguyễn Minh Châu", "2024-10-02"),
    ("Nguyễn Minh Châu\nHà Nội, ngày 21 tháng 11 năm 2022.", "2022-11-21"),   # the signer above it
    pytest.param("Hà Nội, tháng 11/2022\nNguyễn Minh Châu", "2022-11", id="a-closing-month",
                 marks=pytest.mark.xfail(strict=True, reason="a page's date line is read as a day only")),
    pytest.param("Hà Nội, ngày 5/6/2021\nBỘ NGOẠI GIAO\nVụ Thông tin Báo chí", "2021-06-05",
                 id="a-signature-block-of-two-lines",
                 marks=pytest.mark.xfail(strict=True, reason="at most one signer's line under the date line: "
                                                             "a longer block cannot be told from a related list")),
    # not closing lines: a sentence with a place and a date, a related headline with its date,
    # a date line the body goes on after
    ("Hội nghị lần thứ 57 sẽ diễn ra tại Viêng Chăn, ngày 25/7/2024.", None),
    ("Bài liên quan\nThủ tướng dự Hội nghị Cấp cao ASEAN 42 | 10/05/2023", None),
    ("Khai mạc Hội nghị Cấp cao ASEAN lần thứ 42\n10/05/2023 08:15", None),
    ("Lễ ký kết tại Gia-các-ta, 5/9/2023\nThủ tướng và Tổng thống Indonesia chứng kiến.", None),
    ("Hà Nội, 21/11/2022\nTheo Bộ Ngoại giao, hội nghị lần tới sẽ được tổ chức tại Lào vào năm sau "
     "với chủ đề kết nối và tự cường.", None),
])
def test_a_date_line_closing_the_text_is_the_articles_date(ending, published):
    a = read(f"{HEAD}\n\n{BODY}\n\n{END}\n\n{ending}")
    assert (a.title, a.published) == (HEAD, published_on(published, "closing date line"))
    if published:
        assert a.text.endswith(END) and ending.split("\n")[0] in a.boilerplate


def test_a_closing_date_line_after_the_end_mark():
    a = read(f"{HEAD}\n\n{BODY}\n\n{END[:-1]}./.\n\nHà Nội, ngày 15 tháng 8 năm 2016\nBộ Ngoại giao")
    assert a.published == published_on("2016-08-15", "closing date line")


@pytest.mark.parametrize(("top", "published"), [
    # the page's own dates outrank it: the byline is when the page printed the release
    (f"{HEAD}\nMinh Hằng | 29/07/2019 10:05", ("2019-07-29", "byline")),
    # a site clock above the headline does not
    (f"Thứ Tư, 04/01/2024 08:00\n\n{HEAD}", ("2019-07-28", "closing date line")),
])
def test_a_closing_date_line_among_the_pages_dates(top, published):
    a = read(f"{top}\n\n{BODY}\n\nHà Nội, ngày 28 tháng 7 năm 2019\nBỘ NGOẠI GIAO")
    assert a.published == published_on(*published)


# A byline with a bar between the author and the time, right under the headline.
@pytest.mark.parametrize(("head", "byline", "published"), [
    (HEAD, "Minh Hằng | 05/09/2023 09:12", "2023-09-05"),
    (HEAD, "Nhóm PV | Thứ Ba, 05/09/2023 - 09:12", "2023-09-05"),
    (HEAD, "Bài, ảnh: Quang Vinh | 05/09/2023 09:12", "2023-09-05"),
    (HEAD, "Hồng Nhung (TTXVN) | 06/09/2023 20:30 GMT+7", "2023-09-06"),
    ("Thủ tướng dự Hội nghị Cấp cao ASEAN 43 và các hội nghị...", "Quang Vinh | 05/09/2023 09:12", "2023-09-05"),
    ("Phóng sự ảnh: Lễ đón các Trưởng đoàn dự Hội nghị ASEAN 43", "Quang Vinh|05/09/2023 09:12", "2023-09-05"),
])
def test_a_byline_with_a_bar_under_the_headline(head, byline, published):
    a = read(f"{head}\n{byline}\n\n{BODY}")
    assert (a.title, a.published) == (head, published_on(published, "byline"))
    assert byline not in a.text


# An address line: labelled at the top, or bare under a "Ngày đăng" line below the headline; a
# headline the page cut short ("…", "...") is still the headline.
ADDRESS = "https://baoquocte.vn/thu-tuong-du-hoi-nghi-cap-cao-mekong-lan-thuong-123456.html"


@pytest.mark.parametrize(("text", "fields"), [
    (f"URL: {ADDRESS}\n\n{HEAD}\n\n{BODY}", (HEAD, ADDRESS, None)),
    (f"Link: {ADDRESS}\n\n{HEAD}\n\n{BODY}", (HEAD, ADDRESS, None)),
    (f"Địa chỉ bài viết: {ADDRESS}\n{HEAD}\n{BODY}", (HEAD, ADDRESS, None)),
    (f"Link gốc : {ADDRESS}\n\n{HEAD}\n\nThu Trang | 10/01/2016 14:20\n\n{BODY}", (HEAD, ADDRESS, "2016-01-10")),
    ("Thủ tướng dự Hội nghị Cấp cao Mekong – Lan Thương lần thứ hai và gặp lãnh đạo các nước Campuchia, "
     f"Lào, Myanmar, Thái Lan tại Phnôm Pênh...\n\nNgày đăng: 10/01/2016\n{ADDRESS}\n\n{BODY}",
     ("Thủ tướng dự Hội nghị Cấp cao Mekong – Lan Thương lần thứ hai và gặp lãnh đạo các nước Campuchia, "
      "Lào, Myanmar, Thái Lan tại Phnôm Pênh...", ADDRESS, "2016-01-10")),
    (f"{HEAD} và gặp lãnh đạo các n…\n\nCập nhật: 10/01/2016 14:20\n{ADDRESS}\n\n{BODY}",
     (f"{HEAD} và gặp lãnh đạo các n…", ADDRESS, "2016-01-10")),
    # a sentence that gives an address is no address line, and the file has no headline
    (f"Thông tin chi tiết về hội nghị được đăng tải tại {ADDRESS}\n\n{BODY}", (None, None, None)),
])
def test_an_address_line_at_the_top(text, fields):
    a = read(text)
    assert (a.title, a.url, a.published and a.published.day.isoformat()) == fields


# A photo story: "Chùm ảnh:", "Phóng sự ảnh:" open a headline; only a credit's "Ảnh:" closes a caption.
@pytest.mark.parametrize(("line", "expected"), [
    ("Phóng sự ảnh: Lễ đón chính thức Tổng thống Indonesia tại Phủ Chủ tịch", True),
    ("Bộ ảnh: Các nhà lãnh đạo APEC trong trang phục truyền thống", True),
    ("Toàn cảnh bằng ảnh: Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 56", True),
    ("Triển lãm ảnh: 30 năm Việt Nam gia nhập ASEAN", True),
    ("Các đại biểu chụp ảnh chung Ảnh: TTXVN", False),                 # a credit after a space, in capitals
    ("Thủ tướng phát biểu tại phiên bế mạc | ảnh: Nhật Bắc", False),
    ("(Bản ghi nội dung chính của chương trình)", False),              # a note in brackets
    ("1. Xuất khẩu gạo lập kỷ lục mới trong tuần", False),             # a list's first item
    ("2) Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 55", False),
    ("Thủ tướng dự Hội nghị Cấp cao ASEAN và các hội nghị liên quan...", True),   # cut short by the page
])
def test_more_headline_shapes(line, expected):
    assert is_headline(line) is expected


@pytest.mark.parametrize(("head", "dateline", "published"), [
    ("Phóng sự ảnh: Lễ đón chính thức Tổng thống Indonesia tại Phủ Chủ tịch", "12/09/2022 10:05", "2022-09-12"),
    ("Bộ ảnh: Các nhà lãnh đạo APEC trong trang phục truyền thống", "11/11/2017 18:40", "2017-11-11"),
    ("Toàn cảnh bằng ảnh: Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 56", "Thứ Tư, 12/7/2023", "2023-07-12"),
    ("Chùm ảnh – Tuần lễ Cấp cao APEC 2017 tại Đà Nẵng", "10-11-2017 - 21:03", "2017-11-10"),
])
def test_a_photo_story(head, dateline, published):
    a = read(f"{head}\n{dateline}\n\nNgày 12/9, lễ đón đã diễn ra trọng thể với đầy đủ nghi thức dành cho nguyên thủ.")
    assert (a.title, a.published) == (head, published_on(published, "byline"))


# A story's kind in square brackets before its headline ("[Video]", "[Infographics]"), and a video page's fields
# under the date line ("Thời lượng: 03:48 | Chuyên mục: …"), which are no headline over the lead.
@pytest.mark.parametrize(("text", "title"), [
    ("[Ảnh] Lễ đón các trưởng đoàn dự Hội nghị Bộ trưởng Quốc phòng ASEAN\n09/11/2022 16:20\n\n{body}",
     "[Ảnh] Lễ đón các trưởng đoàn dự Hội nghị Bộ trưởng Quốc phòng ASEAN"),
    ("[Infographics] 30 năm Việt Nam tham gia Diễn đàn khu vực ASEAN\n09/11/2022 16:20\n\n{body}",
     "[Infographics] 30 năm Việt Nam tham gia Diễn đàn khu vực ASEAN"),
    ("Clip: Chủ tịch nước phát biểu tại phiên họp thứ nhất của APEC\n09/11/2022 16:20\n\n"
     "Độ dài: 02:10 | Nguồn: Truyền hình Quốc hội\n\n{body}",
     "Clip: Chủ tịch nước phát biểu tại phiên họp thứ nhất của APEC"),
    ("Video: Bế mạc Hội nghị Bộ trưởng Ngoại giao Mekong - Lan Thương\n09/11/2022 16:20\n\n"
     "Thời lượng 04:12 | Biên tập: Minh Anh | Thể loại: Thời sự\n\n{body}",
     "Video: Bế mạc Hội nghị Bộ trưởng Ngoại giao Mekong - Lan Thương"),
    # guard: the outlet's motto over the date, the headline under it
    ("Cơ quan của Bộ Ngoại giao Việt Nam\nThứ Tư, 9/11/2022\nBộ trưởng Ngoại giao dự Hội nghị Bộ trưởng Mekong - Lan "
     "Thương lần thứ 7\n\n{body}", "Bộ trưởng Ngoại giao dự Hội nghị Bộ trưởng Mekong - Lan Thương lần thứ 7"),
])
def test_a_storys_kind_and_a_video_pages_fields(text, title):
    body = "Ngày 9/11, hội nghị đã diễn ra tại Phnom Penh với sự tham dự của đại diện các nước thành viên."
    assert read(text.format(body=body)).title == title


# A digest or a programme: a headline in capitals or a programme's name with a period in brackets,
# the day it went out, then a numbered list or a note in brackets, never the headline.
@pytest.mark.parametrize(("text", "title", "published"), [
    ("BẢN TIN ĐỐI NGOẠI TUẦN (4 - 10/9/2023)\n\nChủ nhật, 10/9/2023\n\n1. Thủ tướng dự Hội nghị Cấp cao ASEAN 43\n\n"
     f"{BODY}\n\n2. Tổng Bí thư tiếp Tổng thống Hoa Kỳ\n\n{END}",
     "BẢN TIN ĐỐI NGOẠI TUẦN (4 - 10/9/2023)", "2023-09-10"),
    ("TIN KINH TẾ ĐỐI NGOẠI (1 – 7/7/2024)\n\n08/7/2024\n\n1) Hội nghị Bộ trưởng Tài chính ASEAN họp tại Lào\n\n"
     f"{BODY}", "TIN KINH TẾ ĐỐI NGOẠI (1 – 7/7/2024)", "2024-07-08"),
    ("Điểm tin tuần từ 14 đến 20/10/2019\n\nThứ Hai, 21/10/2019\n\n1. Hội nghị Cấp cao ASEAN 35 sắp diễn ra\n\n"
     f"{BODY}", "Điểm tin tuần từ 14 đến 20/10/2019", "2019-10-21"),
    ("Thời sự 12h: Bế mạc Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 53\n\nVOV1 – Bản tin Thời sự 12h00, "
     f"Thứ Tư, 12/9/2020\n\n(Nội dung chính của bản tin)\n\n{BODY}",
     "Thời sự 12h: Bế mạc Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 53", "2020-09-12"),
    ("Diễn đàn ASEAN kỳ 45: Việt Nam và vai trò Chủ tịch ASEAN 2020\n\nVOV5 – Chương trình phát thanh, "
     f"Chủ nhật, 12/1/2020, 20h30\n\n(Bản ghi)\n\n{BODY}",
     "Diễn đàn ASEAN kỳ 45: Việt Nam và vai trò Chủ tịch ASEAN 2020", "2020-01-12"),
    pytest.param("ĐIỂM TIN TUẦN\n\nThứ Hai, 28/8/2023\n\n1. Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 55\n\n"
                 f"{BODY}", "ĐIỂM TIN TUẦN", "2023-08-28", id="short-capitals-headline-reads-as-a-masthead",
                 marks=pytest.mark.xfail(strict=True, reason="up to five words in capitals is an outlet's "
                                                             "masthead by its shape ('BÁO ĐIỆN TỬ CHÍNH PHỦ')")),
])
def test_a_digest_or_a_programme(text, title, published):
    a = read(text)
    assert (a.title, a.published) == (title, published_on(published, "byline"))


@pytest.mark.parametrize(("line", "expected"), [
    ("(21 - 27/8/2023)", None),                      # a week, not a day
    ("Tuần 21 – 27/8/2023", None),
    ("Hà Nội, 21/11/2022", "2022-11-21"),            # a place, a comma, the day
    ("TP. Hồ Chí Minh, 05.06.2021", "2021-06-05"),
    ("09:40 - 21/06/2016", "2016-06-21"),            # a time before the day is no range
    ("Thứ 2 - 21/06/2016", "2016-06-21"),
])
def test_more_date_line_shapes(line, expected):
    assert parse_dateline(line) == (date.fromisoformat(expected) if expected else None)


@pytest.mark.parametrize("summary", [
    "Đón Thủ tướng tại sân bay, về phía nước chủ nhà có Thứ trưởng Ngoại giao, Đại sứ tại Việt Nam,...",
    "Tham dự lễ đón có các quan chức của nước chủ nhà và Đại sứ Việt Nam cùng đông đảo kiều bào…",
])
def test_a_summary_cut_short_under_the_byline_is_not_the_headline(summary):
    a = read(f"{HEAD}\n\nMinh Hằng 07/10/2018 17:46\n\n{summary}\n\n{BODY}")
    assert (a.title, a.published) == (HEAD, published_on("2018-10-07", "byline"))


@pytest.mark.parametrize(("text", "url"), [
    # the page's address printed as the last line, bare or under the author
    (f"{HEAD}\n\n{BODY}\n\n{ADDRESS}", ADDRESS),
    (f"{HEAD}\n\n{BODY}\n\nThu Trang\n{ADDRESS}\n", ADDRESS),
    # a closing sentence that gives an address is no address line
    (f"{HEAD}\n\n{BODY}\n\nXem chi tiết chương trình hội nghị tại {ADDRESS}", None),
])
def test_an_address_line_at_the_end(text, url):
    a = read(text)
    assert a.url == url and (ADDRESS not in a.text) == (url is not None)


@pytest.mark.parametrize("stamp", [
    "Cập nhật lúc 22:30 ngày 19/11/2011",
    "Thứ Hai, 04/11/2019 21:50",
    "Đăng lúc 07:15, 19/11/2011",
])
def test_a_date_line_printed_under_the_lead_dates_the_page(stamp):
    lead = "VOV.VN - Chiều nay, Hội nghị Cấp cao ASEAN lần thứ 19 đã bế mạc tại Bali."
    a = read(f"{HEAD}\n\n{lead}\n\n{stamp}\n\n{BODY}")
    assert a.published is not None and a.published.day in (date(2011, 11, 19), date(2019, 11, 4))
    assert stamp not in a.text


# A date prefix alone on the first line may stand over a headline, read as any file's; on the body's line it opens the body
# (written 17805, 18012, 19301)
MORE = "Các nhà lãnh đạo đã thông qua Tuyên bố chung về hợp tác tài nguyên nước và phát triển bền vững."


@pytest.mark.parametrize(("text", "title"), [
    (f" date 2020-12 \n{HEAD}\n\n{BODY}\n\n{MORE}", HEAD),
    (f" date 2023-10\nASEAN và GCC: Nối dài hợp tác liên khu vực\n\n{BODY}\n\n{MORE}",
     "ASEAN và GCC: Nối dài hợp tác liên khu vực"),
    # (guards: the body on the prefix's line, or on the line after it)
    (f" date 2019-06 {BODY}\n\n{MORE}", None),
    (f" date 2019-06 \n{BODY}\n\n{MORE}", None),
])
def test_a_date_prefix_alone_over_a_headline(text, title):
    assert read(text).title == title
