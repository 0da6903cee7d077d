"""Reading files the way real files come: layouts, encodings, boilerplate, bad input."""
from __future__ import annotations

import json
import unicodedata

import pytest

from etl.read import read_article, read_bytes

from .conftest import ROOT, cp1258_bytes, published_on

BODY = ("Ngày 18/5, tại Hà Nội, Hội nghị lần thứ hai các quan chức cao cấp APEC (SOM 2) đã kết thúc "
        "hai ngày làm việc (17-18/5) dưới sự chủ trì của Thứ trưởng Bùi Thanh Sơn.")


def one(write, name, content):
    rows = read_article(write(name, content), write.root)
    assert len(rows) == 1
    return rows[0]


# Layouts ---------------------------------------------------------------------------------------

def test_headline_first(write):
    a = one(write, "a.txt", f"Bế mạc Hội nghị SOM 2 APEC 2017\n\n{BODY}\n")
    assert a.status == "ok" and a.title == "Bế mạc Hội nghị SOM 2 APEC 2017"
    assert a.text.startswith("Ngày 18/5") and a.url is None and a.published is None


def test_address_between_dashed_rules(write):
    url = "http://www.vietnamplus.vn/be-mac-hoi-nghi/446966.vnp"
    a = one(write, "a.txt", f"{url}\n-----------------\nBế mạc Hội nghị SOM 2\n-----------------\n{BODY}\n-----------------\n")
    assert (a.url, a.title, a.outlet) == (url, "Bế mạc Hội nghị SOM 2", "vietnamplus.vn")
    assert "-----" not in a.text


def test_date_prefix_means_no_headline(write):
    a = one(write, "a.txt", f" date 2021-11 Trong hai ngày 8-9/11, Bộ trưởng đã dự Hội nghị.\n\n{BODY}")
    assert (a.published, a.title) == (published_on("2021-11", "date prefix"), None)
    assert a.text.startswith("Trong hai ngày 8-9/11")


@pytest.mark.parametrize("footer", ["Nguồn TG&VN: {url}", "Nguồn: Báo Thế giới và Việt Nam - {url}", "Theo: {url}",
                                    "Source: The Gioi & Viet Nam – {url}"])
def test_source_footer_gives_url_and_outlet(write, footer):
    url = "https://baoquocte.vn/cac-quan-chuc-157716.html"
    a = one(write, "a.txt", f"Tiêu đề bài báo về APEC\n\n{BODY}\n\n{footer.format(url=url)}\n")
    assert a.url == url and a.outlet == "baoquocte.vn" and "Nguồn" not in a.text and url not in a.text


@pytest.mark.parametrize("dateline", ["06:11 08/06/2015", "08/06/2015 06:11", "Thứ Hai, 08/06/2015 - 06:11 (GMT+7)",
                                      "Hà Nội, ngày 08/06/2015", "TP Hồ Chí Minh, ngày 8/6/2015"])
def test_date_line_above_headline(write, dateline):
    a = one(write, "a.txt", f"{dateline}\n\nMalaysia tổ chức Hội nghị SOM ASEAN\n\n{BODY}")
    assert a.published == published_on("2015-06-08", "date line")
    assert a.title == "Malaysia tổ chức Hội nghị SOM ASEAN"


# A web page copied as text: the outlet's name, its motto, menus and breadcrumbs over the
# headline, an author's line over the date. Other outlets' shapes than the ones that showed it.
@pytest.mark.parametrize("top", [
    "LAO ĐỘNG\nTrang chủ | Thời sự | Công đoàn | Xã hội - Việc làm | Quốc tế\n",
    "TIỀN PHONG\nCơ quan Trung ương của Đoàn TNCS Hồ Chí Minh\nThời sự  Kinh doanh  Địa ốc  Thế giới  Giới trẻ\n",
    "Báo Thanh Hóa\nChính trị • Xã hội • Kinh tế • Văn hóa - Thể thao\nQuốc tế › Châu Á | Thời sự › Đối ngoại\n",
    "VTV.VN\nTin tức | Chính trị | Thế giới | Kinh tế\nThế giới > Điểm nóng\n",
])
@pytest.mark.parametrize("dateline", ["08/06/2015 06:11", "Thứ Hai, 08/06/2015, 06:11 (GMT+7)", "8 tháng 6 2015",
                                      "Minh Anh, phóng viên thường trú\n08/06/2015"])
def test_mastheads_mottos_and_menus_are_not_the_headline(write, top, dateline):
    a = one(write, "a.txt", f"{top}\nMalaysia tổ chức Hội nghị SOM ASEAN tại Kuching\n\n{dateline}\n\n{BODY}")
    assert a.title == "Malaysia tổ chức Hội nghị SOM ASEAN tại Kuching"
    assert a.published == published_on("2015-06-08", "byline")
    assert a.text.startswith("Ngày 18/5")


@pytest.mark.parametrize("motto", ["Cơ quan của Hội Nhà báo Việt Nam", "Báo điện tử của Bộ Công Thương - Tiếng nói của ngành"])
def test_a_motto_over_the_date_line_gives_way_to_the_headline_under_it(write, motto):
    a = one(write, "a.txt", f"{motto}\nThứ Hai, 08/06/2015\n\nMalaysia tổ chức Hội nghị SOM ASEAN tại Kuching\n\n{BODY}")
    assert a.title == "Malaysia tổ chức Hội nghị SOM ASEAN tại Kuching" and a.published == published_on("2015-06-08", "byline")


def test_a_headline_over_its_date_and_a_short_lead_line_stays_the_headline(write):
    a = one(write, "a.txt", f"Malaysia tổ chức Hội nghị SOM ASEAN\n08/06/2015 06:11\n\n{BODY}")
    assert a.title == "Malaysia tổ chức Hội nghị SOM ASEAN"


LATER = ("Hội nghị Cấp cao ASEAN lần thứ 26 diễn ra trong hai ngày 26-27/4/2015 tại Kuala Lumpur và Langkawi, "
         "dưới sự chủ trì của Thủ tướng Malaysia, với sự tham dự của lãnh đạo mười nước thành viên.")


@pytest.mark.parametrize("box", ["Tin liên quan", "BÀI LIÊN QUAN:", "Đọc thêm", "Có thể bạn quan tâm"])
def test_a_box_of_related_headlines_inside_the_article(write, box):
    a = one(write, "a.txt", f"Tiêu đề về ASEAN\n\n{BODY}\n{box}\nThủ tướng dự Hội nghị Cấp cao ASEAN 43\n"
                            f"ASEAN: 56 năm một chặng đường\n\n{LATER}\n")
    assert a.text.endswith(LATER) and "56 năm" not in a.text and "56 năm" in a.boilerplate


@pytest.mark.parametrize("item", ["- ", "• ", "» "])
def test_a_box_of_related_headlines_as_a_list_inside_the_article(write, item):
    a = one(write, "a.txt", f"Tiêu đề về ASEAN\n\n{BODY}\n\nTin liên quan\n{item}Bộ trưởng lên đường dự AMM-57\n"
                            f"{item}Thủ tướng Lào: ASEAN cần đoàn kết trước những biến động khó lường\n\n{LATER}\n")
    assert a.text.endswith(LATER) and "lên đường" not in a.text and "lên đường" in a.boilerplate


def test_related_headlines_that_close_the_article_take_what_follows(write):
    a = one(write, "a.txt", f"Tiêu đề về ASEAN\n\n{BODY}\nTin liên quan\nThủ tướng dự Hội nghị Cấp cao ASEAN 43\n"
                            "Bản quyền thuộc về báo\n")
    assert a.text == BODY


# Hard-wrapped texts (a PDF's, a plain-text export's): each paragraph cut into lines of a width.
WRAPPED = [
    "Sáng 28/7/2001, Thủ tướng Phan Văn Khải đã tiếp các Bộ trưởng, Trưởng Đoàn 6 nước tham dự Hội nghị Bộ "
    "trưởng về hợp tác sông Mê Kông - sông Hằng lần thứ 2, đến chào Thủ tướng ngay trước giờ khai mạc Hội nghị. "
    "Thủ tướng nhiệt liệt hoan nghênh các Bộ trưởng, Trưởng Đoàn các nước đến Hà Nội.",
    "Vai trò trung tâm của ASEAN được thể hiện trong các cơ chế do ASEAN dẫn dắt như Diễn đàn khu vực ASEAN "
    "(ARF), Hội nghị cấp cao Đông Á (EAS), Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng (ADMM+), Diễn đàn biển "
    "ASEAN mở rộng (EAMF), với các thuật ngữ khác nhau như “động lực chính” (primary driving force).",
]


@pytest.mark.parametrize("width", [40, 60, 76])
def test_a_hard_wrapped_paragraph_is_one_line_again(write, width):
    import textwrap
    text = "\n\n".join("\n".join(textwrap.wrap(p, width)) for p in WRAPPED)
    a = one(write, "a.txt", f"Tiêu đề về ASEAN\n\n{text}\n")
    assert [line for line in a.text.split("\n") if line] == WRAPPED


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009", "\u3000"])
def test_spaces_of_other_widths_are_spaces(write, space, gaz):
    """A page's "&nbsp;" ("ngày\u00a012/11", "Thủ tướng\u00a0Phạm Minh Chính") and other widths read as
    spaces, zero-width marks as nothing: the same text, meetings and people as with plain spaces."""
    from etl.assemble import extract
    body = BODY.replace("Ngày 18/5,", "Ngày 18/5/2017,")
    plain = one(write, "plain.txt", f"Tiêu đề về ASEAN\n\n{body}\n")
    odd = body.replace("ngày ", f"ngày{space}").replace("Thứ trưởng ", f"Thứ trưởng{space}").replace("APEC", "AP\u200bEC")
    spaced = one(write, "odd.txt", f"Tiêu đề về{space}ASEAN\n\n{odd}\n")
    assert (spaced.title, spaced.text) == (plain.title, plain.text)
    events, people = extract(spaced, gaz)
    assert [(e.forum, e.start) for e in events] == [(e.forum, e.start) for e in extract(plain, gaz)[0]] != []
    assert {p.name for p in people} == {"Bùi Thanh Sơn"}


@pytest.mark.parametrize("text", [
    # a list's items, the lines of a box of related headlines, an enumerated list in lower case
    f"{BODY}\nTin liên quan\n- Khai mạc Hội nghị Bộ trưởng Thương mại APEC tại thủ đô Hà Nội sáng nay\n"
    "- Bộ trưởng Trần Tuấn Anh: APEC cần tái khẳng định cam kết với thương mại tự do và mở\n- APEC 2017: họp tại Hà Nội",
    f"{BODY}\nCác nội dung chính:\na) hợp tác kinh tế\nb) kết nối",
    # lines that end their sentences
    f"{BODY}\nHội nghị đã thông qua Tuyên bố chung.\nngày mai các bộ trưởng tiếp tục làm việc.",
])
def test_lines_that_are_not_wrapped_keep_their_breaks(text):
    from etl.layout import unwrap
    assert unwrap(text.split("\n")) == text.split("\n")


@pytest.mark.parametrize("seed", sorted((ROOT / "seeds").glob("*.txt")), ids=lambda p: p.name)
def test_a_seed_hard_wrapped_gives_its_meetings_and_people(seed, gaz, tmp_path):
    """Each seed with its body's long lines cut at 76 characters, as a PDF's text comes: the same
    meetings and participants as the seed."""
    import textwrap

    from etl.assemble import extract
    lines = seed.read_text(encoding="utf-8").split("\n")
    wrapped = lines[:3] + [part for line in lines[3:] for part in (textwrap.wrap(line, 76) or [line])]
    (tmp_path / "w.txt").write_text("\n".join(wrapped), encoding="utf-8")

    def found(path):
        events, people = extract(read_article(path, path.parent)[0], gaz)
        return (sorted((e.forum, e.meeting, e.ordinal, e.start, e.end) for e in events),
                sorted((p.name, events[p.event_key].forum) for p in people))
    assert found(tmp_path / "w.txt") == found(seed)


@pytest.mark.parametrize(("lead", "published", "outlet"), [
    ("Xin-ga-po (TTXVN 24/7/1993) - ", "1993-07-24", "TTXVN"),
    ("Băng Cốc (VNA, 2/11/2019) – ", "2019-11-02", "VNA"),
    ("Hà Nội (TTXVN) - ", None, "TTXVN"),
])
def test_an_outlets_tag_before_the_lead_may_carry_its_day(write, lead, published, outlet):
    a = one(write, "a.txt", f"Tiêu đề về ASEAN\n\n{lead}{BODY}")
    assert (a.published, a.outlet) == (published_on(published, "lead"), outlet) and a.text.startswith("Ngày 18/5")


def test_a_lead_that_opens_with_place_and_date_is_body_not_date_line(write):
    a = one(write, "a.txt", f"Tiêu đề về ASEAN\n\nHà Nội, ngày 08/06/2015, Thủ tướng dự Hội nghị SOM ASEAN.\n\n{BODY}")
    assert a.published is None and a.text.startswith("Hà Nội, ngày 08/06/2015, Thủ tướng")


@pytest.mark.parametrize(("lead", "published", "outlet"), [
    ("Hà Nội, 1/6/2025 - ", "2025-06-01", None),
    ("Kuala Lumpur, ngày 26/5/2025 (TTXVN) – ", "2025-05-26", "TTXVN"),
    ("HÀ NỘI, 02.10.2024 — ", "2024-10-02", None),
])
def test_a_lead_opening_with_place_date_and_dash_gives_the_articles_date(write, lead, published, outlet):
    a = one(write, "a.txt", f"Tiêu đề về ASEAN\n\n{lead}Cuối tháng này, Hội nghị Cấp cao ASEAN sẽ diễn ra.\n\n{BODY}")
    assert (a.published, a.outlet) == (published_on(published, "lead"), outlet)
    assert a.text.startswith(lead.strip())      # kept: it may be all that dates a meeting


def test_byline_with_time_below_headline(write):
    a = one(write, "a.txt", f"Thủ tướng dự Hội nghị ASEM 12\n\n19/10/2018 10:56\n\n{BODY}")
    assert (a.title, a.published) == ("Thủ tướng dự Hội nghị ASEM 12", published_on("2018-10-19", "byline"))


@pytest.mark.parametrize("first", [
    "Đây là hội nghị cấp Bộ trưởng đầu tiên của APEC được tổ chức trong năm 2010.",   # a sentence
    "nghiên cứu - trao đổi",                                                            # lower case
])
def test_body_text_first_has_no_title(write, first):
    assert one(write, "a.txt", f"{first}\n{BODY}").title is None


# Encodings -------------------------------------------------------------------------------------

TEXT = f"Hội nghị Cấp cao ASEAN\n\n{BODY}\n"


@pytest.mark.parametrize("encode", [
    lambda s: s.encode("utf-8"),
    lambda s: b"\xef\xbb\xbf" + s.encode("utf-8"),
    lambda s: s.encode("utf-16"),                       # with BOM
    lambda s: s.encode("utf-16-le"),                    # without BOM
    lambda s: s.encode("utf-16-be"),
    lambda s: s.replace("\n", "\r\n").encode("utf-8"),
    lambda s: cp1258_bytes(s),
    lambda s: s.encode("utf-8").decode("cp1252").encode("utf-8"),    # double-encoded
    lambda s: unicodedata.normalize("NFD", s).encode("utf-8"),
], ids=["utf8", "utf8-bom", "utf16-bom", "utf16le", "utf16be", "crlf", "cp1258", "double", "nfd"])
def test_encodings_give_the_same_row(write, encode):
    expected = one(write, "ref.txt", TEXT)
    got = one(write, "x.txt", encode(TEXT))
    assert got.status == "ok", got.problem
    assert (got.title, got.text, got.article_id) == (expected.title, expected.text, expected.article_id)
    assert unicodedata.is_normalized("NFC", got.text)


def test_tcvn3_bytes(write):
    # Byte values as they stand in a real TCVN3 ("ABC") document.
    data = b"nghi\xaan c\xf8u - trao \xae\xe6i\nt\xb9p ch\xdd lu\xcbt h\xe4c s\xe8 9/2007\n"
    a = one(write, "old.txt", data)
    assert a.status == "ok" and a.encoding == "tcvn3"
    assert a.text.split("\n")[:2] == ["nghiên cứu - trao đổi", "tạp chí luật học số 9/2007"]


def test_tcvn3_lines_inside_unicode_text(write):
    a = one(write, "mixed.txt", "nghiªn cøu - trao ®æi\nTS. Lª Mai Anh\nHội nghị « ASEAN » ở Hà Nội.\n")
    assert a.text.split("\n") == ["nghiên cứu - trao đổi", "TS. Lê Mai Anh", "Hội nghị « ASEAN » ở Hà Nội."]


# Body versus boilerplate -----------------------------------------------------------------------

def test_captions_counters_comments_and_teasers_are_cut(write):
    content = "\n".join([
        "Thứ trưởng Nguyễn Quốc Dũng chủ trì Hội nghị tham vấn chung ASEAN", "", "0", "0", "Chia sẻ",
        " - Ngày 22/9, Thứ trưởng Nguyễn Quốc Dũng đã chủ trì Hội nghị tham vấn chung ASEAN (JCM).",
        "Thứ trưởng Nguyễn Quốc Dũng", "Thứ trưởng Nguyễn Quốc Dũng",
        "Toàn cảnh buổi làm việc. Ảnh: Bộ Ngoại giao",
        "Bộ trưởng Bùi Thanh Sơn dự Hội nghị. (Ảnh: Lâm Khánh/TTXVN)",
        "Hội nghị thảo luận [APEC đang đạt được tiến triển tốt trong bốn ưu tiên] nhiều vấn đề.",
        "Kiệt Linh", "Ý kiến bạn đọc", "Hội nghị Cấp cao ASEAN lần thứ 99 ngày 1/1/2030 (bài khác)",
        "Tin liên quan", "Hội nghị Bộ trưởng lần thứ 88 ngày 2/2/2031",
    ])
    a = one(write, "a.txt", content)
    assert a.text.split("\n") == [
        "Ngày 22/9, Thứ trưởng Nguyễn Quốc Dũng đã chủ trì Hội nghị tham vấn chung ASEAN (JCM).",
        "Hội nghị thảo luận nhiều vấn đề.",
    ]
    for cut in ("Ảnh: Bộ Ngoại giao", "Lâm Khánh/TTXVN", "bốn ưu tiên", "Kiệt Linh", "lần thứ 99", "lần thứ 88"):
        assert cut in a.boilerplate


@pytest.mark.parametrize("last", [
    "Kết quả cuộc gặp đó có ảnh hưởng đến kinh tế khu vực hơn mọi tuyên bố.",
    "Sự kiện góp phần nâng cao hình ảnh Việt Nam trên trường quốc tế.",
    "Bức ảnh chụp các nhà lãnh đạo được chia sẻ rộng rãi trên mạng xã hội.",
])
def test_a_paragraph_ending_in_a_word_made_with_anh_is_no_caption(write, last):
    # "ảnh hưởng", "hình ảnh", "bức ảnh" in the last sentence of a short paragraph before the author's line
    body = f"Hội nghị thượng đỉnh G20 tại Buenos Aires từ 30/11 đến 1/12/2018 là nơi hai nhà lãnh đạo gặp nhau. {last}"
    a = one(write, "a.txt", f"Tiêu đề về G20\n\nCác nước đã chuẩn bị kỹ.\n\n{body}\n\nHoàng Thanh")
    assert body in a.text


def test_inline_caption_before_body(write):
    a = one(write, "a.txt", "Tiêu đề ngắn về SOM\n\nThứ trưởng phát biểu tại họp báo. (Ảnh: An Đăng/TTXVN) "
                            "Ngày 18/5, tại Hà Nội, hội nghị đã kết thúc.")
    assert a.text == "Ngày 18/5, tại Hà Nội, hội nghị đã kết thúc."


@pytest.mark.parametrize(("lead", "outlet"), [("(Dân trí) - ", "Dân trí"), ("Jakarta (TTXVN) - ", "TTXVN"),
                                              ("(VOV5)- ", "VOV5")])
def test_outlet_tag_before_the_lead(write, lead, outlet):
    a = one(write, "a.txt", f"Tiêu đề về ASEAN\n\n{lead}Chiều 5/9/2023, Hội nghị Cấp cao ASEAN lần thứ 43 khai mạc.")
    assert a.outlet == outlet and a.text.startswith("Chiều 5/9/2023")


def test_end_mark_closes_the_body(write):
    a = one(write, "a.txt", "Tiêu đề về APEC\n\nHội nghị đã kết thúc tốt đẹp./.\nBài khác: Hội nghị ngày 1/1/2030")
    assert a.text == "Hội nghị đã kết thúc tốt đẹp." and "Bài khác" in a.boilerplate


# HTML and JSONL --------------------------------------------------------------------------------

HTML = """<html><head><title>Hội nghị SOM APEC bế mạc | Báo X</title>
<meta property="article:published_time" content="2017-05-18T10:00:00+07:00">
<script>var tracking = "Hội nghị giả ngày 1/1/2030";</script></head>
<body><nav><a href="/">Trang chủ</a> <a href="/the-gioi">Thế giới</a></nav>
<article><h1>Hội nghị SOM APEC bế mạc</h1>
<p>Ngày 18/5, tại Hà Nội, Hội nghị lần thứ hai các quan chức cao cấp APEC (SOM 2) đã kết thúc hai ngày làm việc.</p>
<p>Hội nghị thảo luận định hướng hợp tác dài hạn của APEC và những đề xuất cải cách bộ máy APEC.</p>
<p>Các thành viên nhất trí tiếp tục thúc đẩy việc hoàn tất Mục tiêu Bogor về thương mại và đầu tư.</p>
</article>
<aside class="related"><h3>Tin liên quan</h3><ul><li><a href="/x">Hội nghị Cấp cao ASEAN lần thứ 99 khai mạc</a></li></ul></aside>
<div class="comments" id="comments"><p>Bạn đọc A: bài viết rất hay về hội nghị ngày 3/3/2031!</p></div>
<footer>© Báo X</footer></body></html>"""


def test_saved_web_page(write):
    a = one(write, "page.html", HTML)
    assert a.status == "ok", a.problem
    assert "SOM APEC bế mạc" in a.title and a.published == published_on("2017-05-18", "metadata")
    assert "Ngày 18/5, tại Hà Nội" in a.text
    for noise in ("Trang chủ", "lần thứ 99", "Bạn đọc A", "tracking", "© Báo X"):
        assert noise not in a.text


def test_jsonl_export_one_row_per_record_and_bad_lines_reported(write):
    lines = [json.dumps({"url": "https://a.vn/1", "title": "Bài một", "date": "2021-11-09", "text": BODY}, ensure_ascii=False),
             "{not json", json.dumps({"title": "Không có nội dung"}),
             json.dumps({"link": "https://b.vn/2", "headline": "Bài hai", "content": BODY + " Thêm."}, ensure_ascii=False)]
    rows = read_article(write("export.jsonl", "\n".join(lines)), write.root)
    assert [(r.record, r.status) for r in rows] == [(1, "ok"), (2, "malformed"), (3, "empty"), (4, "ok")]
    assert (rows[0].url, rows[0].title, rows[0].published) == ("https://a.vn/1", "Bài một", published_on("2021-11-09"))
    assert rows[3].url == "https://b.vn/2" and "line 2" in rows[1].problem and "export.jsonl" in rows[1].problem


# Bad input -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "content", "status"), [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\t\r\n  ", "empty"),
    ("binary.txt", bytes(range(256)) * 4, "binary"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 50, "binary"),
    ("bad16.txt", b"\xff\xfe" + "Hội nghị".encode("utf-16-le") + b"\x00\xd8", "undecodable"),
    ("noise.txt", bytes([0x80 + (i * 7) % 0x7f for i in range(2000)]), "undecodable"),
    ("notes.docx", b"PK\x03\x04 something", "unsupported"),
    ("broken.jsonl", b"{\"text\": ", "malformed"),
])
def test_bad_files_get_a_row_that_says_why(write, name, content, status):
    a = one(write, name, content)
    assert a.status == status, a.problem
    assert a.problem and name in a.problem and a.text == ""


def test_oversized_file(write):
    a = one(write, "huge.txt", b"a" * (5 * 1024 * 1024 + 1))
    assert a.status == "too_large" and "huge.txt" in a.problem


def test_article_id_is_stable_and_content_based(write):
    a = one(write, "a.txt", TEXT)
    b = one(write, "sub/b.txt", TEXT)
    c = one(write, "c.txt", TEXT + "Một câu nữa.")
    assert a.article_id == b.article_id != c.article_id
    assert read_bytes("x.txt", TEXT.encode())[0].article_id == a.article_id


# A page's title and address: trafilatura's metadata steps for these two alone -------------------

def _head(extra: str, title: str = "Hội nghị SOM APEC bế mạc | Báo X") -> str:
    return (f"<html><head><title>{title}</title>{extra}</head><body><article><h1>Hội nghị SOM APEC bế mạc</h1>"
            f"<p>{BODY}</p><p>{BODY}</p></article></body></html>")


LD = '<script type="application/ld+json">{}</script>'
CTX = '"@context": "https://schema.org", '
# One page per way a title or an address is found, and per step extract_metadata takes on the way.
PAGES = {
    "the tests' page": HTML,
    "open graph": _head('<meta property="og:title" content="Tiêu đề OG"><meta property="og:url" content="https://baoquocte.vn/og-1.html">'),
    "meta title": _head('<meta name="title" content="Tiêu đề meta">'),
    "itemprop headline": _head('<meta itemprop="headline" content="Tiêu đề itemprop">'),
    "twitter url": _head('<meta name="twitter:url" content="https://baoquocte.vn/tw-2.html">'),
    "json-ld headline": _head(LD.format(f'{{{CTX}"@type": "NewsArticle", "headline": "Tiêu đề JSON"}}')),
    "json-ld name": _head(LD.format(f'{{{CTX}"@type": "Article", "name": "Tên bài"}}')),
    "json-ld name as a list": _head(LD.format(f'{{{CTX}"@type": "Article", "name": ["Một", "Hai"]}}')),
    "json-ld broken": _head(LD.format(f'{{{CTX}"@type": "NewsArticle", "headline": "Tiêu đề hỏng", "author": {{"name": "Lan Anh"}},')),
    "json-ld author beside a one-word author": _head(
        '<meta name="author" content="Minh">' + LD.format(f'{{{CTX}"@type": "NewsArticle", "author": {{"name": "Lan Anh"}}}}')),
    "two headings, a title with a bar": _head("", "Bế mạc SOM | Báo X").replace("</article>", "<h1>Tin khác</h1></article>"),
    "two headings, a title with a dot": _head("", "Báo X.vn - Bế mạc").replace("</article>", "<h1>Tin khác</h1></article>"),
    "no title, an h2": _head("", "").replace("<h1>", "<h2>").replace("</h1>", "</h2>").replace("</article>", "<h1></h1><h1></h1></article>"),
    "canonical link": _head('<link rel="canonical" href="https://www.baoquocte.vn/bai/1.html">'),
    "relative canonical link": _head('<link rel="canonical" href="/bai/2.html"><meta property="og:image" content="https://baoquocte.vn/anh/1.jpg">'),
    "protocol-relative canonical link": _head('<link rel="canonical" href="//baoquocte.vn/bai/3.html">'),
    "invalid canonical link": _head('<link rel="canonical" href="không phải địa chỉ">'),
    "entities and spaces in the title": _head('<meta property="og:title" content="Hội nghị &amp; Diễn đàn\n\t  APEC &nbsp;2017">'),
    "a title of over 10,000 characters": _head(f'<meta name="title" content="{"Hội nghị " * 1300}">'),
    "nothing at all": "<html><body><p>" + BODY + "</p></body></html>",
}


def _outlet_pages() -> list[str]:
    from benchmarks.corpus import ROOT, as_web_page
    seeds = sorted((ROOT / "seeds").glob("*.txt"))[:5]
    return [as_web_page(p.read_text(encoding="utf-8"), i) for i, p in enumerate(seeds)]


@pytest.mark.parametrize("page", list(PAGES.values()) + _outlet_pages(), ids=list(PAGES) + ["outlet page"] * 5)
def test_a_pages_text_title_and_address_are_trafilaturas(page):
    """read.py asks trafilatura for the text without its metadata and reads the title and address
    by extract_metadata's own steps for these two (page_title_and_address): the same three as one
    call with the metadata, as read.py made it before (the pages of trafilatura's own tests gave
    the same too, when this was written)."""
    import trafilatura

    from etl.read import _extract_page
    doc = trafilatura.bare_extraction(page, fast=True, favor_precision=True, include_comments=False,
                                      include_tables=False, with_metadata=True,
                                      date_extraction_params={"original_date": True, "extensive_search": False})
    assert _extract_page(page) == (None if doc is None else (doc.text, doc.title, doc.url))
