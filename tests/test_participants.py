"""Who took part (participants.py), in wordings written for issue 11: delegation lists, hosts,
messages, lists that go on in the next sentence, levels and countries of the participations."""
from __future__ import annotations

import pytest

from etl.assemble import extract
from etl.read import read_bytes
from etl.records import Article

from .conftest import data_rows, phenomenon_params, published_on

MEETING = "Hội nghị Cấp cao ASEAN lần thứ 46 diễn ra ngày 26-27/5/2025 tại Kuala Lumpur."


def people(text: str, gaz) -> dict[str, tuple]:
    [a] = read_bytes("a.txt", text.encode("utf-8"))
    _, found = extract(a, gaz)
    return {p.name: (p.country, p.level) for p in found}


def test_a_delegation_list_counts_everyone_in_it(gaz):
    text = (f"{MEETING} Tháp tùng Thủ tướng Phạm Minh Chính dự Hội nghị có Phó Thủ tướng, Bộ trưởng Ngoại giao "
            "Bùi Thanh Sơn; Bộ trưởng Công Thương Nguyễn Hồng Diên; Thứ trưởng Ngoại giao Đặng Hoàng Giang; "
            "Chủ tịch UBND thành phố Hải Phòng Nguyễn Văn Tùng và Đại sứ Việt Nam tại Malaysia Đinh Ngọc Linh.")
    found = people(text, gaz)
    assert set(found) == {"Phạm Minh Chính", "Bùi Thanh Sơn", "Nguyễn Hồng Diên", "Đặng Hoàng Giang",
                          "Nguyễn Văn Tùng", "Đinh Ngọc Linh"}
    assert found["Bùi Thanh Sơn"] == ("Việt Nam", "deputy_head")
    assert found["Đặng Hoàng Giang"] == ("Việt Nam", "deputy_minister")
    assert found["Đinh Ngọc Linh"] == ("Việt Nam", "ambassador")


def test_a_list_that_goes_on_in_the_next_sentence(gaz):
    text = (f"{MEETING} Các nhà lãnh đạo ASEAN đã tham dự phiên khai mạc Hội nghị. Từ trái sang: Thủ tướng "
            "Campuchia Hun Manet, Tổng thống Indonesia Prabowo Subianto và Thủ tướng Việt Nam Phạm Minh Chính.")
    found = people(text, gaz)
    assert found == {"Hun Manet": ("Campuchia", "head_of_government"),
                     "Prabowo Subianto": ("Indonesia", "head_of_state"),
                     "Phạm Minh Chính": ("Việt Nam", "head_of_government")}


@pytest.mark.parametrize("opening", ["Danh sách gồm", "Thành phần tham dự gồm có", "Danh sách khách mời bao gồm"])
def test_a_list_named_as_such_goes_on_in_the_next_sentence(opening, gaz):
    text = (f"{MEETING} Nước chủ nhà Malaysia mời lãnh đạo ba nước tham dự phiên họp mở rộng của Hội nghị. "
            f"{opening} Thủ tướng Ấn Độ Narendra Modi, Tổng thống Brazil Luiz Inácio Lula da Silva và Thủ tướng "
            "Australia Anthony Albanese.")
    assert set(people(text, gaz)) == {"Narendra Modi", "Luiz Inácio Lula da Silva", "Anthony Albanese"}


@pytest.mark.parametrize(("sentence", "place"), [
    ("Tối cùng ngày, Quốc vương Sultan Ibrahim chủ trì tiệc chiêu đãi các trưởng đoàn tại Cung điện Istana Negara.",
     "Istana Negara"),
    ("Chủ tịch nước và Phu nhân đón các trưởng đoàn tại khu nghỉ dưỡng trên bán đảo Sơn Trà.", "Sơn Trà"),
    ("Lãnh đạo tỉnh trực tiếp đón những trưởng đoàn ở cảng tàu khách quốc tế Hạ Long.", "Hạ Long"),
])
def test_a_title_in_the_plural_names_no_one(sentence, place, gaz):
    from etl.officials import find_officials
    assert place not in {o.name for o in find_officials(sentence, gaz)}


@pytest.mark.parametrize("sentence", [
    "Trước đó, Thủ tướng Kishida đã đón các trưởng đoàn khách mời tại khách sạn Grand Prince.",
    "Các bộ trưởng đã gặp nhau tại sân bay Changi trước khi vào phiên họp.",
    "Ông đã tiếp đại sứ các nước ở trụ sở Ban Thư ký ASEAN.",
])
def test_a_building_after_a_title_ends_the_search_for_a_name(sentence, gaz):
    from etl.officials import find_officials
    names = {o.name for o in find_officials(sentence, gaz)}
    assert not names & {"Grand Prince", "Changi", "Ban Thư ký ASEAN"}


@pytest.mark.parametrize("clause", [
    "Thủ tướng Malaysia Anwar Ibrahim chủ trì lễ đón các trưởng đoàn, trong đó có Thủ tướng Phạm Minh Chính.",
    "Thủ tướng Malaysia Anwar Ibrahim đã tiếp các trưởng đoàn; Thủ tướng Phạm Minh Chính dự Hội nghị.",
    "Nhân dịp này, Tổng thống Nga Vladimir Putin gửi thư chúc mừng; Thủ tướng Phạm Minh Chính dự Hội nghị.",
    "Thủ tướng Phạm Minh Chính dự Hội nghị và đọc thư chúc mừng của Tổng thống Nga Vladimir Putin.",
    # an inviting host whose title holds a comma; people met in bilateral contacts, a list that goes on
    "Theo lời mời của Thủ tướng, Bộ trưởng Tài chính Malaysia Anwar Ibrahim, Thủ tướng Phạm Minh Chính dự Hội nghị.",
    "Thủ tướng Phạm Minh Chính dự Hội nghị; ông cũng tiếp xúc với lãnh đạo các nước, trong đó có Tổng thống "
    "Indonesia Prabowo Subianto.",
    "Thủ tướng Malaysia Anwar Ibrahim chủ trì tiệc chào mừng các trưởng đoàn; Thủ tướng Phạm Minh Chính dự Hội nghị.",
    # a banquet told with "buổi", and a show opened beside the meeting
    "Tối cùng ngày, Chủ tịch UBND tỉnh Quảng Ninh Nguyễn Văn Thắng chủ trì buổi tiệc chiêu đãi các đoàn; Thủ tướng "
    "Phạm Minh Chính dự Hội nghị.",
    "Phó Chủ tịch UBND thành phố Trần Chí Cường đã khai mạc không gian trưng bày sản phẩm bên lề hội nghị; Thủ tướng "
    "Phạm Minh Chính dự Hội nghị.",
    "Bí thư Thành ủy Nguyễn Văn Quảng khai mạc hội chợ sản phẩm địa phương bên lề hội nghị; Thủ tướng Phạm Minh Chính "
    "dự Hội nghị.",
    # "dự kiến" (expected) is not "dự" (attend)
    "Thủ tướng Phạm Minh Chính dự Hội nghị. Bên cạnh đó, Tổng thống Philippines Ferdinand Marcos Jr. dự kiến "
    "có chuyến thăm Hà Nội.",
])
def test_hosts_who_only_welcome_and_senders_of_messages_are_not_participants(clause, gaz):
    assert set(people(f"{MEETING} {clause}", gaz)) == {"Phạm Minh Chính"}


@pytest.mark.parametrize("clause", [
    "Nhận lời mời của Thủ tướng Malaysia Anwar Ibrahim, người chủ trì Hội nghị, Tổng thống Philippines Ferdinand "
    "Marcos Jr. đã tới Kuala Lumpur.",
    "Theo lời mời của Thủ tướng Malaysia Anwar Ibrahim, là người đồng chủ trì, Tổng thống Philippines Ferdinand "
    "Marcos Jr. dự Hội nghị.",
])
def test_a_host_who_invites_and_chairs_takes_part(clause, gaz):
    assert "Anwar Ibrahim" in people(f"{MEETING} {clause}", gaz)


def test_who_opens_the_meeting_itself_takes_part(gaz):
    """(a guard: "khai mạc" of the meeting, not of a show)"""
    assert "Nguyễn Văn Thắng" in people(f"{MEETING} Chủ tịch UBND tỉnh Quảng Ninh Nguyễn Văn Thắng khai mạc hội nghị.", gaz)


@pytest.mark.parametrize("clause", [
    "Tại Hội nghị Cấp cao ASEAN lần thứ 46, Tổng thống Indonesia Prabowo Subianto sẽ trình bày sáng kiến về an ninh "
    "lương thực.",
    "Ở Hội nghị Cấp cao ASEAN lần thứ 46, Thủ tướng Thái Lan Paetongtarn Shinawatra kêu gọi tăng cường kết nối.",
])
def test_what_people_do_at_the_meeting_a_sentence_opens_with_is_taking_part(clause, gaz):
    assert len(people(f"{MEETING} {clause}", gaz)) == 1


def test_a_host_who_also_opens_the_meeting_takes_part(gaz):
    text = f"{MEETING} Thủ tướng Malaysia Anwar Ibrahim chủ trì lễ đón và phát biểu khai mạc Hội nghị."
    assert set(people(text, gaz)) == {"Anwar Ibrahim"}


def test_an_opening_speech_is_the_meetings(gaz):
    text = f"{MEETING} Ngoại trưởng Malaysia Mohamad Hasan đọc diễn văn khai mạc."
    assert people(text, gaz) == {"Mohamad Hasan": ("Malaysia", "foreign_minister")}


@pytest.mark.parametrize("clause", [
    "Bộ trưởng Thương mại Malaysia Tengku Zafrul, người chủ trì một cuộc họp trực tuyến cấp Bộ trưởng tuần trước, nhận định",
    "Trong thời gian dự Hội nghị Cấp cao APEC, Thủ tướng Phạm Minh Chính sẽ gặp lãnh đạo các nước",
    "Đại sứ Malaysia tại ASEAN Dato Ahmad Hasan cho biết tại Hội nghị các nước sẽ thông qua tuyên bố chung",
])
def test_other_meetings_and_reports_about_the_meeting_are_not_taking_part_in_it(clause, gaz):
    assert people(f"{MEETING} {clause}.", gaz) == {}


def test_a_permanent_representative_is_a_title_not_a_participation(gaz):
    text = (f"{MEETING} Đại sứ Nguyễn Hải Bằng, Trưởng phái đoàn Đại diện Thường trực Việt Nam tại ASEAN "
            "cho biết các nước sẽ thông qua Tầm nhìn Cộng đồng ASEAN 2045.")
    assert people(text, gaz) == {}


def test_heads_of_international_organisations_have_no_country(gaz):
    text = f"{MEETING} Tham dự Hội nghị có Phó Tổng Thư ký ASEAN Nguyễn Hùng Sơn và Chủ tịch Ngân hàng Thế giới Ajay Banga."
    assert people(text, gaz) == {"Nguyễn Hùng Sơn": (None, "secretary_general"),
                                 "Ajay Banga": (None, "secretary_general")}


KNOWN_MISSES = [
    # a caption that only lists titled people, without a verb, after a paragraph about the meeting
    pytest.param("Phó Tổng Thư ký ASEAN Nguyễn Hùng Sơn và Trưởng SOM ASEAN Việt Nam Đỗ Hùng Việt.",
                 {"Nguyễn Hùng Sơn", "Đỗ Hùng Việt"}, marks=pytest.mark.xfail(strict=True)),
    # the chair of an assembly named by its title only ("Chủ tịch AIPA 44"), in a sentence about something else
    pytest.param("Chủ tịch Quốc hội, Chủ tịch AIPA 46 Trần Thanh Mẫn có bài viết về Hội nghị.",
                 {"Trần Thanh Mẫn"}, marks=pytest.mark.xfail(strict=True)),
    # a foreign leader titled once, then named by the surname alone (real set 1: "Trump và lãnh đạo các quốc
    # gia đang tham dự thượng đỉnh G7 lần thứ 45"); tried in the nineteenth session, no net gain
    pytest.param("Tổng thống Mỹ Donald Trump nói về báo chí. Trump và lãnh đạo các nước đang dự hội nghị.",
                 {"Donald Trump"}, marks=pytest.mark.xfail(strict=True)),
]


@pytest.mark.parametrize(("clause", "expected"), KNOWN_MISSES)
def test_known_misses(clause, expected, gaz):
    assert set(people(f"{MEETING} {clause}", gaz)) == expected


@pytest.mark.xfail(strict=True, reason="the country is world knowledge: the text never writes Trump's country; "
                   "a list of heads of state by year from a well-kept source would carry it to his deputy")
def test_known_miss_a_deputy_whose_leaders_country_is_not_written(gaz):
    text = f"{MEETING} Tổng thống Trump không tham dự và phó tổng thống Mike Pence đã đại diện dự Hội nghị."
    assert people(text, gaz)["Mike Pence"][0] == "Mỹ"


@pytest.mark.parametrize(("a", "b", "same"), [
    ("Yeo Han-Koo", "Yeo Han-koo", True),               # case of a syllable
    ("Damien O’Connor", "Damien O'Connor", True),       # the apostrophe
    ("Lý  Hiển Long", "Lý Hiển Long", True),            # spacing
    ("Nguyễn Minh Hằng", "Nguyễn Minh Hùng", False),    # one letter apart: two people
    ("Phạm Bình Minh", "Phạm Minh", False),
])
def test_one_person_one_id(a, b, same):
    from etl.merge import official_id
    assert (official_id(a) == official_id(b)) is same


def test_the_chair_of_a_numbered_meeting_takes_part_in_it(gaz):
    # a title that names the meeting its holder chairs, with no verb of attending
    text = ("Đại hội đồng AIPA lần thứ 45 diễn ra từ ngày 17-21/9/2024 tại Viêng Chăn. Chủ tịch Quốc hội Lào – "
            "Chủ tịch AIPA 45 Saysomphone Phomvihane có bài viết về chủ đề của kỳ họp.")
    assert set(people(text, gaz)) == {"Saysomphone Phomvihane"}


def test_the_chair_of_another_meeting_does_not(gaz):
    text = ("Đại hội đồng AIPA lần thứ 45 diễn ra từ ngày 17-21/9/2024 tại Viêng Chăn. Chủ tịch AIPA 44 "
            "Puan Maharani có bài viết về hợp tác nghị viện.")
    assert set(people(text, gaz)) == set()


# Texts written from the guideline alone for issue 11, four phenomena of a foreign official's
# country: written before the title (A), in another sentence (B), through a government or a
# delegation (C), behind a word of address (D). A row with "known_miss" is a strict xfail.
COUNTRY_ROWS = data_rows("officials_countries.jsonl")


@pytest.mark.parametrize("row", phenomenon_params(COUNTRY_ROWS, lambda row, n: row.get("known_miss")))
def test_foreign_officials_carry_their_country(row, gaz):
    expected = {e["name"]: e["country"] and gaz.country(e["country"]) for e in row["expected"]}
    found = {name: country for name, (country, _) in people(row["text"], gaz).items()}
    assert found == expected


def test_a_person_named_again_by_a_word_of_address_takes_part(gaz):
    text = ("Ngoại trưởng Hoa Kỳ Antony Blinken đến Viêng Chăn tối 25/7/2024. Sáng 27/7/2024, ông Blinken "
            "tham dự Diễn đàn Khu vực ASEAN (ARF) lần thứ 31.")
    assert people(text, gaz) == {"Antony Blinken": ("Mỹ", "foreign_minister")}


def test_a_time_word_is_no_government(gaz):
    text = (f"{MEETING} Thủ tướng Nhật Bản Ishiba Shigeru phát biểu. Thời gian Ishiba dành cho hội nghị rất ngắn, "
            "và Ngoại trưởng Cho Tae-yul tham dự Hội nghị.")
    assert people(text, gaz)["Cho Tae-yul"][0] is None      # "Thời gian" names no government


def test_a_word_of_address_that_fits_two_people_names_nobody(gaz):
    text = ("Thủ tướng Nhật Bản Kishida Fumio và Ngoại trưởng Nhật Bản Kishida Taro đến Jakarta ngày 5/9/2023. "
            "Hôm sau, ông Kishida dự Hội nghị Cấp cao ASEAN - Nhật Bản lần thứ 26.")
    assert people(text, gaz) == {}


@pytest.mark.parametrize(("clause", "expected"), [
    ("Dưới thời chính quyền Tổng thống Mỹ Joe Biden, Ngoại trưởng Mỹ Antony Blinken dự Hội nghị.", "Antony Blinken"),
    ("Các bộ trưởng trong nội các của Thủ tướng Nhật Bản Kishida Fumio, gồm Ngoại trưởng Nhật Bản Kamikawa Yoko, "
     "dự Hội nghị.", "Kamikawa Yoko"),
    ("Ngoại trưởng Mỹ Antony Blinken dự Hội nghị thay Tổng thống Mỹ Joe Biden.", "Antony Blinken"),
    ("Được Tổng thống Mỹ Joe Biden giao dẫn đầu đoàn, Ngoại trưởng Mỹ Antony Blinken dự Hội nghị.", "Antony Blinken"),
])
def test_a_leader_named_for_their_government_or_as_sender_is_not_there(clause, expected, gaz):
    assert set(people(f"{MEETING} {clause}", gaz)) == {expected}


def linked(text: str, gaz) -> dict[str, set[str]]:
    """Each participant -> the start dates of the meetings they are linked to."""
    [a] = read_bytes("a.txt", text.encode("utf-8"))
    events, found = extract(a, gaz)
    return {p.name: {events[q.event_key].start.isoformat() for q in found if q.name == p.name} for p in found}


@pytest.mark.parametrize("text", [
    "Sáng 6/9/2023, Tổng thống Joko Widodo lần lượt chủ trì Hội nghị Cấp cao ASEAN – Trung Quốc lần thứ 26 với sự "
    "tham dự của Thủ tướng Lý Cường, Hội nghị Cấp cao ASEAN – Hàn Quốc lần thứ 24 với Tổng thống Yoon Suk Yeol và "
    "Hội nghị Cấp cao ASEAN – Nhật Bản lần thứ 26 với Thủ tướng Kishida Fumio.",
    "Ngày 6/9/2023, Hội nghị Cấp cao ASEAN – Trung Quốc lần thứ 26 có sự tham gia của Thủ tướng Lý Cường; Hội nghị Cấp "
    "cao ASEAN – Hàn Quốc lần thứ 24 có sự có mặt của Tổng thống Yoon Suk Yeol; Hội nghị Cấp cao ASEAN – Nhật Bản lần "
    "thứ 26 với Thủ tướng Kishida Fumio. Tổng thống Joko Widodo chủ trì cả ba hội nghị.",
])
def test_a_guest_named_after_one_of_several_meetings_is_at_that_one(text, gaz):
    [a] = read_bytes("a.txt", text.encode("utf-8"))
    events, found = extract(a, gaz)
    at = {p.name: {events[q.event_key].meeting for q in found if q.name == p.name} for p in found}
    assert (at["Lý Cường"], at["Yoon Suk Yeol"], at["Kishida Fumio"]) == (
        {"Summit/Trung Quốc"}, {"Summit/Hàn Quốc"}, {"Summit/Nhật Bản"})


@pytest.mark.parametrize(("text", "expected"), [
    # a meeting's guests listed one after another, each with a title, are all its own
    ("Ngày 27/10/2025, Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao ASEAN+3 lần thứ 28 với sự tham dự của Thủ "
     "tướng Trung Quốc Lý Cường, Thủ tướng Nhật Bản Takaichi Sanae và Tổng thống Hàn Quốc Lee Jae-myung, cùng Hội "
     "nghị Cấp cao Đông Á lần thứ 20.",
     {"Lý Cường": {"ASEAN+3 Summit"}, "Takaichi Sanae": {"ASEAN+3 Summit"}, "Lee Jae-myung": {"ASEAN+3 Summit"}}),
    ("Ngày 30/11/2004, lãnh đạo ASEAN dự Hội nghị Cấp cao ASEAN - Ấn Độ lần thứ ba với Thủ tướng Ấn Độ Man-mô-han "
     "Xinh, và Hội nghị Cấp cao ASEAN - Ô-xtrây-li-a - Niu Di-lân với sự tham dự của Thủ tướng Ô-xtrây-li-a Giôn "
     "Hô-oát và Thủ tướng Niu Di-lân Hê-len Clác.",
     {"Man-mô-han Xinh": {"ASEAN Summit/Ấn Độ"}, "Giôn Hô-oát": {"ASEAN Summit/Australia - New Zealand"},
      "Hê-len Clác": {"ASEAN Summit/Australia - New Zealand"}}),
    # a meeting's chair, named right after it ("do … chủ trì", "dưới sự chủ trì của"), chairs that one …
    ("Mở đầu là Hội nghị quan chức cao cấp cuối kỳ (CSOM) APEC ngày 6 và 7/11/2017, tiếp đó là Hội nghị liên Bộ "
     "trưởng Ngoại giao - Kinh tế APEC lần thứ 29 (AMM) ngày 8/11/2017 do Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm "
     "Bình Minh và Bộ trưởng Công Thương Trần Tuấn Anh đồng chủ trì.",
     {"Phạm Bình Minh": {"APEC AMM"}, "Trần Tuấn Anh": {"APEC AMM"}}),
    ("Thủ tướng dự Hội nghị Cấp cao kỷ niệm 50 năm quan hệ ASEAN – Nhật Bản ngày 17/12/2023 tại Tokyo do Thủ tướng "
     "Kishida Fumio chủ trì, và Hội nghị Cấp cao AZEC ngày 18/12/2023.",
     {"Kishida Fumio": {"ASEAN Special Summit/Nhật Bản"}}),
    ("Ngày 20/8/2023, Bộ trưởng dự Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 55, rồi Hội nghị Bộ trưởng Kinh tế "
     "ASEAN+3 lần thứ 26 dưới sự chủ trì của Bộ trưởng Thương mại Indonesia Zulkifli Hasan.",
     {"Zulkifli Hasan": {"ASEAN+3 MM"}}),
    # … also past its own day and a comma
    ("Cao điểm là Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 55 ngày 20-21/8/2023, do Bộ trưởng Thương mại Indonesia "
     "Zulkifli Hasan chủ trì; tiếp đó là Hội nghị Cấp cao ASEAN lần thứ 43 ngày 5-7/9/2023 tại Jakarta.",
     {"Zulkifli Hasan": {"ASEAN AEM"}}),
    # … and the meetings joined to it, but not after a comma or "đều do" (all the meetings told)
    ("Chiều 9/5/2023, Bộ trưởng dự Hội nghị Hội đồng Cộng đồng Chính trị - An ninh ASEAN và Hội nghị Hội đồng Điều "
     "phối ASEAN do Bộ trưởng Ngoại giao Indonesia Retno Marsudi chủ trì.",
     {"Retno Marsudi": {"ASEAN APSC", "ASEAN ACC"}}),
    ("Hội nghị Cấp cao ASEAN lần thứ 16 (tháng 4/2010) và lần thứ 17 (tháng 10/2010) tại Hà Nội đều do Thủ tướng "
     "Nguyễn Tấn Dũng chủ trì.", {"Nguyễn Tấn Dũng": {"ASEAN Summit"}}),
    # "trong đó có" names who of the sentence's subject takes part, in all its meetings
    ("Ngày 25/7/2001, ngoại trưởng nhiều nước sẽ tham dự ARF-8 và PMC, trong đó có Ngoại trưởng Mỹ Cô-lin Pao-ơn, "
     "Ngoại trưởng Nga I-gô I-va-nốp.",
     {"Cô-lin Pao-ơn": {"ARF ARF", "ASEAN PMC"}, "I-gô I-va-nốp": {"ARF ARF", "ASEAN PMC"}}),
])
def test_a_list_of_guests_goes_with_its_meeting(text, expected, gaz):
    [a] = read_bytes("a.txt", text.encode("utf-8"))
    events, found = extract(a, gaz)
    at = {p.name: {f"{events[q.event_key].forum} {events[q.event_key].meeting}" for q in found if q.name == p.name}
          for p in found}
    assert {name: at.get(name) for name in expected} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a paragraph tells of a past meeting; the sentence after it speaks of "Hội nghị" without its name
    ("Hội nghị Cấp cao APEC lần thứ 31 diễn ra ngày 15-16/11/2024 tại Lima.\n"
     "Năm 2006, Hội nghị các nhà Lãnh đạo kinh tế APEC lần thứ 14 họp tại Hà Nội ngày 18-19/11/2006. "
     "Hội nghị do Chủ tịch nước Nguyễn Minh Triết chủ trì.",
     {"Nguyễn Minh Triết": {"2006-11-18"}}),
    ("Ngày 10/10/2024, Hội nghị Cấp cao ASEAN lần thứ 44 khai mạc tại Viêng Chăn.\n"
     "Mười năm trước, Myanmar lần đầu đăng cai Hội nghị Cấp cao ASEAN lần thứ 25 tại Nay Pyi Taw ngày 12/11/2014; "
     "chủ tọa phiên họp là Tổng thống Myanmar Thein Sein.",
     {"Thein Sein": {"2014-11-12"}}),
    # a new paragraph speaks of the meeting the article is about again
    ("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 diễn ra ngày 25/7/2024 tại Viêng Chăn.\n"
     "Hội nghị lần thứ 56 đã họp tại Jakarta ngày 11/7/2023.\n"
     "Tại hội nghị năm nay, Bộ trưởng Ngoại giao Bùi Thanh Sơn phát biểu về Biển Đông.",
     {"Bùi Thanh Sơn": {"2024-07-25"}}),
    # a meeting named as a frame is not the one the next sentence speaks of
    ("Hội nghị Bộ trưởng Kinh tế CLMV lần thứ 12 diễn ra sáng 24/8/2020 tại Hà Nội. "
     "Hội nghị nằm trong khuôn khổ chương trình Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 52 diễn ra từ 22-30/8/2020. "
     "Tham dự hội nghị có Bộ trưởng Thương mại Campuchia Pan Sorasak.",
     {"Pan Sorasak": {"2020-08-24"}}),
    # speaking, in the paragraph of the meeting it has just told, without naming any
    ("Hội nghị Bộ trưởng Quốc phòng ASEAN lần thứ 17 diễn ra sáng 16/11/2023 tại Jakarta.\n"
     "Chiều cùng ngày, Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng lần thứ 10 khai mạc. Bộ trưởng Quốc phòng "
     "Australia Richard Marles và Bộ trưởng Quốc phòng Mỹ Lloyd Austin lần lượt phát biểu.",
     {"Richard Marles": {"2023-11-16"}, "Lloyd Austin": {"2023-11-16"}}),
    # a sentence with a day of something it does not name leaves the meeting in focus unknown
    ("Hội nghị các nhà lãnh đạo BRICS mở rộng diễn ra ngày 24/10/2024 tại Kazan. Hội nghị Thượng đỉnh BRICS "
     "lần thứ 16 diễn ra từ ngày 22 đến 24/10. Phiên mở rộng kéo dài trong ngày 24/10, với sự tham gia của "
     "Tổng Thư ký Liên hợp quốc António Guterres.",
     {"António Guterres": {"2024-10-24"}}),
    # of two meetings a sentence told, the one told last is in focus; "cả hai hội nghị" is both
    ("Sáng 5/9/2023, Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 55 khai mạc tại Semarang; ngày 6/9 diễn ra "
     "Hội nghị Bộ trưởng Kinh tế ASEAN+3 lần thứ 26. Bộ trưởng Kinh tế Nhật Bản Nishimura Yasutoshi tham dự hội nghị.",
     {"Nishimura Yasutoshi": {"2023-09-06"}}),
    ("Ngày 20/1/2025, Hội nghị Bộ trưởng Ngoại giao ASEAN hẹp khai mạc tại Langkawi, tiếp đó ngày 21/1 là "
     "Hội nghị Bộ trưởng Ngoại giao ASEAN – Nhật Bản. Ngoại trưởng Nhật Bản Iwaya Takeshi phát biểu tại hội nghị.",
     {"Iwaya Takeshi": {"2025-01-21"}}),
    ("Hội nghị Cấp cao ASEAN lần thứ 38 diễn ra ngày 26/10/2021 và Hội nghị Cấp cao ASEAN lần thứ 39 ngày "
     "27/10/2021, theo hình thức trực tuyến. Thủ tướng Phạm Minh Chính dự cả hai hội nghị từ Hà Nội.",
     {"Phạm Minh Chính": {"2021-10-26", "2021-10-27"}}),
    ("Ngày 12/11/2022, Hội nghị Cấp cao ASEAN – Hàn Quốc lần thứ 23 diễn ra tại Phnom Penh; ngày 13/11 là "
     "Hội nghị Cấp cao Đông Á lần thứ 17. Tổng thống Hàn Quốc Yoon Suk-yeol tham dự hai hội nghị này.",
     {"Yoon Suk-yeol": {"2022-11-12", "2022-11-13"}}),
    # a bare "Hội nghị" is the meeting named just before, not its forum's default kind (a summit)
    ("Hội nghị Bộ trưởng Tài chính ASEAN lần thứ 28 diễn ra ngày 4/4/2024 tại Luang Prabang. Hội nghị do Bộ "
     "trưởng Tài chính Lào Santiphab Phomvihane chủ trì, với sự tham dự của bộ trưởng các nước ASEAN.",
     {"Santiphab Phomvihane": {"2024-04-04"}}),
    ("Hội nghị Bộ trưởng Y tế G20 diễn ra ngày 10-11/9/2022 tại Bali, Indonesia. Hội nghị do Bộ trưởng Y tế "
     "Indonesia Budi Gunadi Sadikin chủ trì, với sự tham gia của bộ trưởng các nền kinh tế G20.",
     {"Budi Gunadi Sadikin": {"2022-09-10"}}),
    # a meeting named without its number is the one of its kind the paragraph told, not the article's first
    ("Hội nghị các nhà Lãnh đạo kinh tế APEC lần thứ nhất diễn ra tại đảo Blake (Mỹ) ngày 20/11/1993.\n"
     "Hội nghị các nhà Lãnh đạo kinh tế APEC lần thứ 30 sẽ diễn ra tại San Francisco ngày 16-17/11/2023. Chủ tịch "
     "nước Võ Văn Thưởng sẽ dẫn đầu đoàn Việt Nam dự một hội nghị các nhà lãnh đạo kinh tế APEC trên cương vị mới.",
     {"Võ Văn Thưởng": {"2023-11-16"}}),
    # the items of a list after "… gồm:" took part in the meeting its header says they attended
    ("Hội nghị Cấp cao Mekong – Lan Thương lần thứ tư diễn ra trực tuyến ngày 25/12/2023.\n"
     "Các nhà lãnh đạo tham dự hội nghị gồm:\n- Thủ tướng Campuchia Hun Manet\n- Thủ tướng Lào Sonexay Siphandone\n"
     "- Thủ tướng Trung Quốc Lý Cường",
     {"Hun Manet": {"2023-12-25"}, "Sonexay Siphandone": {"2023-12-25"}, "Lý Cường": {"2023-12-25"}}),
    # … or under a heading with no colon, each item's country before its colon (written 9710)
    ("Hội nghị Cấp cao ASEAN lần thứ 45 diễn ra tại Viêng Chăn ngày 10/10/2024.\n\nTRƯỞNG ĐOÀN DỰ HỘI NGHỊ\n"
     "- Malaysia: Thủ tướng Anwar Ibrahim\n- Myanmar: Thư ký thường trực Bộ Ngoại giao Aung Kyaw Moe\n"
     "- Brunei: Quốc vương Hassanal Bolkiah",
     {"Anwar Ibrahim": {"2024-10-10"}, "Aung Kyaw Moe": {"2024-10-10"}, "Hassanal Bolkiah": {"2024-10-10"}}),
    ("Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 56 diễn ra ngày 18/9/2024 tại Viêng Chăn.\n\nThành phần tham dự\n"
     "* Thứ trưởng Công Thương Nguyễn Sinh Nhật Tân\n* Bộ trưởng Thương mại Singapore Gan Kim Yong",
     {"Nguyễn Sinh Nhật Tân": {"2024-09-18"}, "Gan Kim Yong": {"2024-09-18"}}),
    ("Ngày 9/7/2025, Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58 khai mạc tại Kuala Lumpur.\n\n"
     "Thành phần đoàn Việt Nam dự hội nghị:\n\n1. Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn\n\n"
     "2. Thứ trưởng Ngoại giao Đỗ Hùng Việt\n\nBên lề hội nghị, Bộ trưởng Ngoại giao Nhật Bản Iwaya Takeshi "
     "đã gặp nhiều người.",
     {"Bùi Thanh Sơn": {"2025-07-09"}, "Đỗ Hùng Việt": {"2025-07-09"}}),
    # a day named without a meeting: the one meeting the article dates over that day, if any
    ("Đối thoại Shangri-La lần thứ 21 diễn ra từ ngày 31/5 đến 2/6/2024 tại Singapore.\n"
     "Bộ trưởng Quốc phòng Mỹ Lloyd Austin phát biểu tại phiên toàn thể sáng 1/6.",
     {"Lloyd Austin": {"2024-05-31"}}),
    ("Hội nghị Bộ trưởng Quốc phòng ASEAN lần thứ 18 diễn ra ngày 26-27/2/2024 tại Luang Prabang.\n"
     "Ngày 20/3, Bộ trưởng Quốc phòng Lào Chansamone Chanyalath phát biểu tại Viêng Chăn.",
     {}),
    # the meeting a sentence's people were linked to stays the paragraph's for the next sentence
    ("Hội nghị Thượng đỉnh Pháp ngữ lần thứ 19 diễn ra ngày 4-5/10/2024 tại Villers-Cotterêts.\n"
     "Chủ trì hội nghị, Tổng thống Pháp Emmanuel Macron kêu gọi đổi mới. Tổng Thư ký OIF Louise Mushikiwabo nhấn "
     "mạnh vai trò của tiếng Pháp.",
     {"Emmanuel Macron": {"2024-10-04"}, "Louise Mushikiwabo": {"2024-10-04"}}),
    # "Phát biểu tại hội nghị, …" is the meeting just told, not one the sentence recalls with its date …
    ("Hội nghị Cấp cao Mekong - Lan Thương lần thứ ba diễn ra trực tuyến ngày 24/8/2020.\n"
     "Phát biểu tại hội nghị, Thủ tướng Nguyễn Xuân Phúc đánh giá cao kết quả đạt được kể từ Hội nghị Cấp cao lần "
     "thứ hai tổ chức tại Phnom Penh vào tháng 1/2018.",
     {"Nguyễn Xuân Phúc": {"2020-08-24"}}),
    ("Hội nghị Bộ trưởng WTO lần thứ sáu khai mạc ngày 13/12/2005 tại Hồng Kông.\n"
     "Phát biểu tại phiên toàn thể, Tổng Giám đốc WTO Pascal Lamy nhắc lại thất bại của Hội nghị Bộ trưởng lần "
     "thứ năm ở Cancún vào tháng 9/2003.",
     {"Pascal Lamy": {"2005-12-13"}}),
    ("Hội nghị Cấp cao ASEAN lần thứ 17 khai mạc ngày 28/10/2010 tại Hà Nội.\n"
     "Phát biểu khai mạc, Thủ tướng Nguyễn Tấn Dũng nêu rõ: Sau Hội nghị Cấp cao ASEAN lần thứ 16 tại Hà Nội hồi "
     "tháng 4/2010, ASEAN đã đạt nhiều tiến bộ.",
     {"Nguyễn Tấn Dũng": {"2010-10-28"}}),
    ("Hội nghị Bộ trưởng WTO lần thứ sáu khai mạc ngày 13/12/2005 tại Hồng Kông.\n"
     "Diễn văn bế mạc hội nghị, Bộ trưởng Hồng Kông John Tsang nhắc tới Hội nghị Bộ trưởng lần thứ năm ở Cancún "
     "tháng 9/2003.",
     {"John Tsang": {"2005-12-13"}}),
    # … but the one it names without a date: "… cho rằng ADMM+ là diễn đàn quan trọng", at ADMM+
    ("Hội nghị Bộ trưởng Quốc phòng ASEAN lần thứ 14 diễn ra ngày 9/12/2020. Hội nghị Bộ trưởng Quốc phòng ASEAN "
     "mở rộng lần thứ 7 diễn ra ngày 10/12/2020.\n"
     "Hội nghị ADMM lần thứ 14 thông qua tuyên bố chung. Phát biểu tại Hội nghị, Bộ trưởng Quốc phòng Nhật Bản Kishi "
     "Nobuo cho rằng Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng là diễn đàn quan trọng.",
     {"Kishi Nobuo": {"2020-12-10"}}),
    # a leader's delegation in an article about an umbrella week goes to the leaders' meeting it dates
    ("Tuần lễ Cấp cao APEC 2023 diễn ra từ ngày 11 đến 17/11/2023 tại San Francisco. Hội nghị các nhà Lãnh đạo "
     "Kinh tế APEC lần thứ 30 diễn ra ngày 16/11/2023.\n"
     "Chủ tịch nước Võ Văn Thưởng dẫn đầu đoàn dự Tuần lễ Cấp cao APEC. Tham gia đoàn có Bộ trưởng Công Thương "
     "Nguyễn Hồng Diên và Thứ trưởng Kế hoạch và Đầu tư Trần Duy Đông.",
     {"Võ Văn Thưởng": {"2023-11-11"}, "Nguyễn Hồng Diên": {"2023-11-16"}, "Trần Duy Đông": {"2023-11-16"}}),
    ("Tuần lễ Cấp cao APEC 2013 diễn ra từ ngày 1 đến 8/10/2013 tại Bali. Hội nghị các nhà Lãnh đạo Kinh tế APEC "
     "lần thứ 21 diễn ra ngày 7-8/10/2013.\n"
     "Chủ tịch nước Trương Tấn Sang dự Tuần lễ Cấp cao APEC. Cùng đi với Chủ tịch nước có Chủ nhiệm Văn phòng Chủ "
     "tịch nước Đào Việt Trung.",
     {"Trương Tấn Sang": {"2013-10-01"}, "Đào Việt Trung": {"2013-10-07"}}),
    # "Tại hội nghị, …" is the meeting just told (else the article's), whatever the sentence names later
    ("Hội nghị Bộ trưởng WTO lần thứ sáu khai mạc ngày 13/12/2005 tại Hồng Kông.\n"
     "Tại hội nghị, Ủy viên Thương mại châu Âu Peter Mandelson phản đối đề xuất cắt giảm thuế, vấn đề từng khiến "
     "Hội nghị Bộ trưởng WTO lần thứ năm ở Cancún thất bại vào tháng 9/2003.",
     {"Peter Mandelson": {"2005-12-13"}}),
    # being there ("có mặt") is taking part, in a paragraph that names no meeting
    ("Hội nghị Thượng đỉnh Pháp ngữ lần thứ 19 diễn ra ngày 4-5/10/2024 tại Villers-Cotterêts.\n"
     "Khoảng 30 nguyên thủ có mặt, trong đó có Thủ tướng Canada Justin Trudeau.",
     {"Justin Trudeau": {"2024-10-04"}}),
    # a day inside the meeting the paragraph told of keeps it in focus ...
    ("Tuần lễ Cấp cao APEC 2017 diễn ra từ ngày 6 đến 11/11/2017 tại Đà Nẵng.\n"
     "Song song, Hội nghị Thượng đỉnh Doanh nghiệp APEC (CEO Summit) diễn ra từ 8 đến 10/11/2017. Chủ tịch nước "
     "Trần Đại Quang phát biểu khai mạc sáng 8/11.",
     {"Trần Đại Quang": {"2017-11-08"}}),
    ("Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 55 diễn ra từ ngày 19 đến 21/8/2023 tại Semarang.\n"
     "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 56 diễn ra từ ngày 11 đến 14/7/2023 tại Jakarta. Chiều 12/7, "
     "Bộ trưởng Ngoại giao Bùi Thanh Sơn phát biểu tại phiên họp về Biển Đông.",
     {"Bùi Thanh Sơn": {"2023-07-11"}}),
    # a meeting of a kind the article dates none of, where it dates one of the forum's at that level: that one
    ("Thủ tướng Nguyễn Xuân Phúc tối 7/6/2018 lên đường đến Quebec để tham dự cuộc họp G7 với tư cách khách mời. "
     "Hội nghị thượng đỉnh G7 mở rộng được tổ chức vào ngày 9/6/2018 tại Charlevoix.",
     {"Nguyễn Xuân Phúc": {"2018-06-09"}}),
    ("Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 55 diễn ra ngày 20/8/2023 tại Semarang. Bộ trưởng Công Thương "
     "Nguyễn Hồng Diên dự Hội nghị Bộ trưởng ASEAN tại Semarang.",
     {"Nguyễn Hồng Diên": {"2023-08-20"}}),
    # … but not where it dates two kinds at that level: which one is unsure
    ("Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 55 diễn ra ngày 20/8/2023. Hội nghị Bộ trưởng Ngoại giao ASEAN lần "
     "thứ 56 diễn ra ngày 11/7/2023. Bộ trưởng Công Thương Nguyễn Hồng Diên dự Hội nghị Bộ trưởng ASEAN.", {}),
    # … nor where it writes a time with its year that none of the meetings it could speak of was held in: another time
    ("Hội nghị thượng đỉnh G7 mở rộng diễn ra tại Hiroshima ngày 20/5/2023. Đây là lần thứ hai Việt Nam được mời. "
     "Lần đầu là hồi tháng 5/2016, khi Thủ tướng Nguyễn Xuân Phúc tham dự các phiên thảo luận với lãnh đạo G7.", {}),
    ("Thượng đỉnh G20 diễn ra ngày 9-10/9/2023 tại New Delhi. Hồi tháng 7/2017, Thủ tướng Anh Theresa May tham dự "
     "phiên thảo luận cùng Chủ tịch Trung Quốc Tập Cận Bình.", {}),
    # a meeting named without its number is the one of its kind the paragraph tells of, not an older one dated before
    ("Hội nghị Cấp cao ASEAN ở Hà Nội tháng 12/1998 đã thông qua Chương trình Hành động.\nHội nghị Cấp cao ASEAN lần "
     "thứ 7 sẽ họp tại Bandar Seri Begawan ngày 5-6/11/2001. Thủ tướng Phan Văn Khải sẽ dự hội nghị cấp cao ASEAN.",
     {"Phan Văn Khải": {"2001-11-05"}}),
    # a sentence that opens on the year before the article's tells of another year's meeting (written 9312)
    ("Khai mạc Đối thoại Shangri-La\n30/5/2025 20:00\n\nĐối thoại Shangri-La lần thứ 22 diễn ra từ ngày 30/5 đến "
     "1/6/2025 tại Singapore. Năm ngoái, Bộ trưởng Quốc phòng Trung Quốc Đổng Quân đã có bài phát biểu tại phiên toàn "
     "thể của diễn đàn.", {}),
    # a session of the meeting the article tells, in a paragraph of its own (written 9302)
    ("Việt Nam kiên trì giải quyết tranh chấp bằng biện pháp hòa bình\n01/06/2019 16:20\n\nChiều 1/6, tại Đối thoại "
     "Shangri-La lần thứ 18 diễn ra từ ngày 31/5 đến 2/6 tại Singapore, Đại tướng Ngô Xuân Lịch đã phát biểu.\n\nCùng "
     "phát biểu tại phiên toàn thể thứ tư có Bộ trưởng Quốc phòng Canada Harjit Sajjan.",
     {"Ngô Xuân Lịch": {"2019-05-31"}, "Harjit Sajjan": {"2019-05-31"}}),
    ("Lào kêu gọi đoàn kết trong khu vực\n25/7/2024 18:00\n\nSáng 25/7, Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ "
     "57 đã diễn ra tại Viêng Chăn.\n\nTại phiên bế mạc, Bộ trưởng Ngoại giao Lào Saleumxay Kommasith đã phát biểu.",
     {"Saleumxay Kommasith": {"2024-07-25"}}),
    # the outreach sessions told after a summit of a forum that holds them: a meeting of their own, with its guests
    ("Hội nghị thượng đỉnh G7 lần thứ 49 diễn ra tại Hiroshima ngày 19-21/5/2023. Các phiên mở rộng ngày 20-21/5 có sự "
     "tham dự của Thủ tướng Phạm Minh Chính và Thủ tướng Ấn Độ Narendra Modi.",
     {"Phạm Minh Chính": {"2023-05-20"}, "Narendra Modi": {"2023-05-20"}}),
    ("Hội nghị thượng đỉnh BRICS lần thứ 15 diễn ra tại Johannesburg từ ngày 22 đến 24/8/2023. Trước đó, Hội nghị Bộ "
     "trưởng Ngoại giao BRICS họp tại Cape Town ngày 1-2/6/2023. Phiên mở rộng ngày 24/8 có sự tham dự của Tổng thống "
     "Indonesia Joko Widodo.", {"Joko Widodo": {"2023-08-24"}}),
    # the host named again in full ("Chủ nhà X") after the article named them with their title
    ("Ngày 18/5/2023, Thủ tướng Nhật Bản Kishida Fumio gặp Tổng thống Mỹ. Hội nghị thượng đỉnh G7 diễn ra tại Hiroshima "
     "ngày 19-21/5/2023. Chủ nhà Kishida Fumio chủ trì phiên khai mạc.", {"Kishida Fumio": {"2023-05-19"}}),
    # … but a time of the meeting's own month is its own
    ("Hội nghị thượng đỉnh G7 mở rộng diễn ra tại Hiroshima ngày 20-21/5/2023. Trong tháng 5/2023, Thủ tướng Phạm "
     "Minh Chính tham dự các phiên thảo luận với lãnh đạo G7.", {"Phạm Minh Chính": {"2023-05-20"}}),
])
def test_a_sentence_without_a_meeting_name_speaks_of_the_one_its_paragraph_told(text, expected, gaz):
    assert linked(text, gaz) == expected


@pytest.mark.parametrize("clause", [
    "Bộ trưởng Ngoại giao Indonesia Retno Marsudi, Chủ tịch AMM-56, đã khai mạc hội nghị, kêu gọi đoàn kết.",
    "Chiều cùng ngày, Thủ tướng Lào Sonexay Siphandone khai mạc phiên họp toàn thể.",
    "Người khai mạc cuộc họp là Bộ trưởng Quốc phòng Malaysia Mohamed Khaled Nordin.",
])
def test_whoever_opens_the_meeting_takes_part(clause, gaz):
    assert len(people(f"{MEETING} {clause}", gaz)) == 1


@pytest.mark.parametrize(("clause", "expected"), [
    # someone who will not come
    ("Điện Kremlin cho biết Tổng thống Nga Vladimir Putin sẽ không tham dự hội nghị; Ngoại trưởng Nga Sergei "
     "Lavrov dẫn đầu phái đoàn.", {"Sergei Lavrov"}),
    ("Thủ tướng Ấn Độ Narendra Modi sẽ không dự hội nghị, Ngoại trưởng Ấn Độ Subrahmanyam Jaishankar dự thay.",
     {"Subrahmanyam Jaishankar"}),
    ("Thủ tướng Anh Tony Blair không sang dự hội nghị; Ngoại trưởng Anh Jack Straw dẫn đầu đoàn Anh.", {"Jack Straw"}),
    ("Bộ Ngoại giao Trung Quốc cho biết Ngoại trưởng Trung Quốc Tần Cương không thể đến hội nghị vì lý do sức "
     "khỏe; Chủ nhiệm Văn phòng Ủy ban Công tác đối ngoại Trung ương Vương Nghị dẫn đầu đoàn.", {"Vương Nghị"}),
    ("Theo Điện Kremlin, Tổng thống Nga Vladimir Putin sẽ không sang Nam Phi dự hội nghị; Ngoại trưởng Nga Sergei "
     "Lavrov dẫn đầu đoàn Nga.", {"Sergei Lavrov"}),
    ("Chủ tịch Trung Quốc Tập Cận Bình lần đầu tiên vắng mặt tại hội nghị; Thủ tướng Trung Quốc Lý Cường dẫn đầu "
     "đoàn.", {"Lý Cường"}),
    ("Thủ tướng Thái Lan Srettha Thavisin không có mặt tại Kuala Lumpur; Phó Thủ tướng Thái Lan Parnpree Bahiddha-Nukara "
     "dẫn đầu đoàn dự hội nghị.", {"Parnpree Bahiddha-Nukara"}),
    # (but one who will not travel and takes part from afar)
    ("Tổng thống Nga Vladimir Putin sẽ không tới Kuala Lumpur mà tham dự hội nghị theo hình thức trực tuyến.",
     {"Vladimir Putin"}),
    ("Chủ tịch Trung Quốc Tập Cận Bình không sang Kuala Lumpur mà sẽ phát biểu tại hội nghị qua video.", {"Tập Cận Bình"}),
    # ... who declined or will skip it
    ("Chủ tịch Trung Quốc Tập Cận Bình đã từ chối tham dự hội nghị; Thủ tướng Trung Quốc Lý Cường dẫn đầu đoàn.",
     {"Lý Cường"}),
    ("Thủ tướng Ấn Độ Narendra Modi từ chối lời mời dự hội nghị; Ngoại trưởng Ấn Độ Subrahmanyam Jaishankar dự thay.",
     {"Subrahmanyam Jaishankar"}),
    ("Tổng thống Mỹ Joe Biden sẽ bỏ qua hội nghị năm nay; Phó Tổng thống Mỹ Kamala Harris dẫn đầu phái đoàn Mỹ.",
     {"Kamala Harris"}),
    # ... or said they will not come (written 9310)
    ("Ngoại trưởng Mỹ Marco Rubio đã tuyên bố không tham dự hội nghị; Đại sứ Mỹ dẫn đầu đoàn Mỹ.", set()),
    ("Thủ tướng Canada Mark Carney cho biết sẽ không dự hội nghị; Ngoại trưởng Canada Anita Anand dẫn đầu đoàn.",
     {"Anita Anand"}),
    # ... having left first (the sample s21)
    ("Tổng thống Mỹ Donald Trump đã rời Philippines và không tham dự hội nghị; Ngoại trưởng Mỹ Rex Tillerson dự "
     "thay.", {"Rex Tillerson"}),
    ("Thủ tướng Australia Kevin Rudd rời khỏi Copenhagen và sẽ không tham dự hội nghị; Bộ trưởng Penny Wong dẫn đầu "
     "đoàn.", {"Penny Wong"}),
    # ... named again by a word of address, in a sentence that names no title (the sample s21)
    ("Thủ tướng Nhật Bản Shigeru Ishiba đã tới Malaysia. Ông Ishiba không tham dự hội nghị do lịch trình thay đổi.",
     set()),
    ("Tổng thống Philippines Ferdinand Marcos Jr. vừa trở về từ Nhật Bản. Ông Marcos sẽ không dự hội nghị vì lý do "
     "sức khỏe.", set()),
    # ... two of them with one predicate
    ("Tổng thống Mỹ Barack Obama và Tổng thống Nga Dmitry Medvedev không tham dự hội nghị năm nay; Ngoại trưởng Mỹ "
     "Hillary Clinton dự thay.", {"Hillary Clinton"}),
    # ... told so in an aside after the name
    ("Thủ tướng Nhật Bản Fumio Kishida, người không tham dự hội nghị năm nay, cho biết Tokyo vẫn ủng hộ tuyên bố; Ngoại "
     "trưởng Nhật Bản Yoko Kamikawa dẫn đầu đoàn.", {"Yoko Kamikawa"}),
    ("Chủ tịch Trung Quốc Tập Cận Bình, người vắng mặt tại hội nghị, gửi thư chúc mừng; Thủ tướng Trung Quốc Lý Cường "
     "phát biểu tại hội nghị.", {"Lý Cường"}),
    # a guess that someone may come (the sample s29); but one told to come, where the guess is of what they may do
    ("Giới quan sát cho rằng Tổng thống Nga Vladimir Putin và Thủ tướng Pakistan Imran Khan có thể tham gia hội nghị.",
     set()),
    ("Truyền thông Nhật Bản cho biết Thủ tướng Nhật Bản Shinzo Abe nhiều khả năng sẽ không dự hội nghị.", set()),
    ("Theo các nguồn tin, Tổng thống Brazil Lula da Silva có khả năng sẽ phát biểu tại hội nghị.", set()),
    ("Thủ tướng Ấn Độ Narendra Modi sẽ dự hội nghị, nơi ông có thể gặp các nhà đầu tư.", {"Narendra Modi"}),
    # people who see the delegation off or welcome it at the airport
    ("Tiễn Đoàn tại sân bay quốc tế Nội Bài có Phó Thủ tướng Trần Hồng Hà; Thủ tướng Phạm Minh Chính dẫn đầu đoàn "
     "dự hội nghị.", {"Phạm Minh Chính"}),
    ("Đón phái đoàn tại sân bay có Thứ trưởng Ngoại giao Indonesia Pahala Mansury; Thủ tướng Phạm Minh Chính dẫn "
     "đầu đoàn dự hội nghị.", {"Phạm Minh Chính"}),
    # a former office-holder holds no office now
    ("\"Đó là lần đầu tiên thế giới thấy một Việt Nam tự tin\", nguyên Thứ trưởng Ngoại giao Lê Công Phụng phát biểu "
     "tại hội nghị. Thủ tướng Phan Văn Khải dự hội nghị.", {"Phan Văn Khải"}),
    ("Cựu Tổng thống Mỹ Bill Clinton và Tổng thống Mỹ Joe Biden dự hội nghị.", {"Joe Biden"}),
    # ... nor does the late one, whose family name a short form of the living holder shares (the sample s29)
    ("Thủ tướng Canada Justin Trudeau là con trai cố thủ tướng Pierre Trudeau. Thủ tướng Trudeau sẽ dự hội nghị.",
     {"Justin Trudeau"}),
    ("Cố Tổng thống Hàn Quốc Park Chung-hee từng dự nhiều hội nghị. Tổng thống Hàn Quốc Park Geun-hye dự hội nghị.",
     {"Park Geun-hye"}),
    # who is told answering the press, before being named, about the meeting; not one answering at the meeting
    ("Trả lời báo chí về chuyến công tác, Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn cho biết việc Việt Nam được "
     "mời tham dự hội nghị thể hiện sự coi trọng; Thủ tướng Phạm Minh Chính dẫn đầu đoàn dự hội nghị.", {"Phạm Minh Chính"}),
    ("Trao đổi với phóng viên trước hội nghị, Thứ trưởng Ngoại giao Đỗ Hùng Việt cho biết các nhà lãnh đạo sẽ tham dự "
     "hội nghị và thông qua nhiều văn kiện.", set()),
    ("Trả lời phóng viên bên lề hội nghị, Thứ trưởng Công Thương Nguyễn Hoàng Long, thành viên Đoàn Việt Nam dự hội "
     "nghị, cho biết Việt Nam đã đóng góp nhiều sáng kiến.", {"Nguyễn Hoàng Long"}),
    # a spokesperson who tells who comes
    ("Người phát ngôn Bộ Ngoại giao Trung Quốc Mao Ninh xác nhận Thủ tướng Trung Quốc Lý Cường sẽ dẫn đầu phái "
     "đoàn dự hội nghị.", {"Lý Cường"}),
    ("Phát ngôn viên Nhà Trắng Karine Jean-Pierre cho biết Phó Tổng thống Mỹ Kamala Harris sẽ tham dự hội nghị.",
     {"Kamala Harris"}),
])
def test_who_will_not_come_and_who_speaks_for_a_government_are_not_there(clause, expected, gaz):
    assert set(people(f"{MEETING} {clause}", gaz)) == expected


@pytest.mark.parametrize(("clause", "expected"), [
    # bilateral talks on the meeting's sidelines, told as activities, a dialogue or talks one joins (samples s24-s26)
    ("Tổng thống Mỹ Donald Trump tham dự các hoạt động song phương bên lề hội nghị.", set()),
    ("Thủ tướng Nhật Bản Shigeru Ishiba có cuộc đối thoại với Thủ tướng Malaysia Anwar Ibrahim tại hội nghị.",
     set()),
    ("Ngoại trưởng Mỹ Marco Rubio cùng Bộ trưởng Quốc phòng Mỹ Pete Hegseth tham gia cuộc gặp với Thủ tướng Malaysia "
     "Anwar Ibrahim bên lề hội nghị.", set()),
    # … one who receives another, and what is said "Tại cuộc gặp," after talks (the sample s28)
    ("Phó Thủ tướng Phạm Bình Minh tiếp Thứ trưởng Ngoại giao Mỹ Thomas Shannon bên lề hội nghị.", set()),
    ("Thủ tướng Nhật Bản Shigeru Ishiba có cuộc gặp với Thủ tướng Anwar Ibrahim. Tại cuộc gặp, Thủ tướng Nhật Bản "
     "Shigeru Ishiba đề nghị tăng cường hợp tác.", set()),
    # … but one who also takes part in the meeting does, and one who chairs "cuộc gặp" chairs the meeting (the written
    # article 2108: "Tổng thống Phi-líp-pin Giô-xép Ê-xtra-đa chủ trì cuộc gặp")
    ("Thủ tướng Phạm Minh Chính dự hội nghị và có cuộc gặp với Thủ tướng Malaysia Anwar Ibrahim bên lề hội nghị.",
     {"Phạm Minh Chính"}),
    ("Thủ tướng Malaysia Anwar Ibrahim chủ trì cuộc gặp.", {"Anwar Ibrahim"}),
    # … and talks told as discussions with someone (the sample s29)
    ("Tổng thống Mỹ Donald Trump đã có các cuộc thảo luận với Tổng thống Thổ Nhĩ Kỳ Tayyip Erdogan bên lề hội nghị.",
     set()),
    # … not a discussion at the meeting itself (the dev set: "… đã thảo luận với các lãnh đạo doanh nghiệp")
    ("Tại hội nghị, Thủ tướng Malaysia Muhyiddin Yassin đã thảo luận với các lãnh đạo doanh nghiệp về phục hồi kinh tế.",
     {"Muhyiddin Yassin"}),
])
def test_who_only_holds_talks_on_the_sidelines_is_not_there(clause, expected, gaz):
    assert set(people(f"{MEETING} {clause}", gaz)) == expected


@pytest.mark.parametrize("second", [
    "Trong phát biểu, Tổng thống Indonesia Joko Widodo chào mừng các nhà lãnh đạo tới tham dự cuộc gặp.",
    # ... with the preposition before the talks' word ("có mặt tại cuộc gặp", "tham gia vào cuộc gặp")
    "Tổng thống Indonesia Joko Widodo cũng có mặt tại cuộc gặp và phát biểu chào mừng.",
    "Tổng thống Indonesia Joko Widodo tham gia vào cuộc gặp với tư cách chủ nhà.",
])
def test_a_meeting_called_talks_is_taken_part_in(second, gaz):
    """Where the article's meeting is itself called "cuộc gặp", taking part in "cuộc gặp" is taking part in it."""
    text = f"Thủ tướng Nguyễn Xuân Phúc dự cuộc gặp các nhà lãnh đạo ASEAN ngày 11/10/2018 tại Bali. {second}"
    assert set(people(text, gaz)) == {"Nguyễn Xuân Phúc", "Joko Widodo"}


@pytest.mark.parametrize("second", [
    "Tổng thống Pháp Emmanuel Macron và Thủ tướng Đức Angela Merkel cũng tham dự buổi tiệc.",
    "Thủ tướng Anh Theresa May dự tiệc chiêu đãi do Nhà vua tổ chức.",
])
def test_who_attends_a_dinner_in_the_next_sentence_is_not_there(second, gaz):
    """A dinner told in a sentence that names no meeting is not the meeting told before (the sample s29: a dinner after
    the NATO summit's caption)."""
    assert set(people(f"{MEETING} {second}", gaz)) == set()


@pytest.mark.parametrize(("clause", "expected"), [
    # at the meeting told with the bare word
    ("Tại hội nghị, Đại diện Thương mại Hoa Kỳ Rob Portman và Ủy viên Thương mại châu Âu Peter Mandelson tiếp tục "
     "bất đồng.", {"Rob Portman", "Peter Mandelson"}),
    ("Ở cuộc họp này, Bộ trưởng Ngoại giao Úc Penny Wong đã giới thiệu sáng kiến mới.", {"Penny Wong"}),
    # ... or in it ("trong"), named bare or in full
    ("Trong hội nghị, Chủ tịch Trung Quốc Tập Cận Bình đã công kích chủ nghĩa bảo hộ thương mại.", {"Tập Cận Bình"}),
    ("Trong phiên họp này, Ngoại trưởng Nga Sergei Lavrov bác bỏ các cáo buộc.", {"Sergei Lavrov"}),
    ("Cũng trong phiên khai mạc, Thủ tướng Ấn Độ Narendra Modi kêu gọi cải cách.", {"Narendra Modi"}),
    # ... or in its debate or a session of it named by its kind ("Trong phiên thảo luận, …")
    ("Trong phiên thảo luận, Bộ trưởng Quốc phòng Mỹ Robert Gates cho rằng các tranh chấp cần được giải quyết hòa bình.",
     {"Robert Gates"}),
    ("Tại phiên thảo luận chung, Ngoại trưởng Úc Penny Wong nhấn mạnh vai trò của luật pháp quốc tế.", {"Penny Wong"}),
    ("Tại phiên họp hẹp, Thủ tướng Singapore Lý Hiển Long đề nghị tăng cường đoàn kết.", {"Lý Hiển Long"}),
    # ... but not in a press conference or talks held inside its frame
    ("Trong cuộc họp báo, Ngoại trưởng Nga Sergei Lavrov bác bỏ các cáo buộc.", set()),
    ("Trong khuôn khổ hội nghị, Ngoại trưởng Nga Sergei Lavrov gặp người đồng cấp Ấn Độ.", set()),
    # calling and warning at the meeting (not "tuyên bố", "cam kết": as often the nouns of a text adopted)
    ("Tổng Thư ký Liên hợp quốc António Guterres kêu gọi hành động khẩn cấp tại hội nghị.", {"António Guterres"}),
    ("Tổng thống Mỹ Joe Biden cảnh báo về biến đổi khí hậu tại phiên khai mạc.", {"Joe Biden"}),
    # "một phiên họp" is a session of the meeting told, not some other meeting
    ("Phát biểu tại một phiên họp, Thủ tướng Canada Mark Carney kêu gọi giảm thuế quan.", {"Mark Carney"}),
    # saying something at the meeting ("nói tại hội nghị"), not saying something of it elsewhere
    ("Thủ tướng Đức Angela Merkel nói tại hội nghị rằng châu Âu phải tự lo cho mình.", {"Angela Merkel"}),
    ("Tổng thống Indonesia Joko Widodo nói trong phiên toàn thể rằng khu vực cần hòa bình.", {"Joko Widodo"}),
    ("Sau đó, Tổng thống Pháp Emmanuel Macron nói với báo giới rằng hội nghị đã thành công.", set()),
])
def test_at_the_meeting_and_speaking_there(clause, expected, gaz):
    assert set(people(f"{MEETING} {clause}", gaz)) == expected


@pytest.mark.parametrize(("clause", "expected"), [
    # the owner of what someone at the meeting speaks of is not there
    ("Phát biểu tại hội nghị, Thủ tướng Canada Justin Trudeau chỉ trích chính sách thương mại của Tổng thống Mỹ "
     "Donald Trump.", {"Justin Trudeau"}),
    ("Tại hội nghị, Chủ tịch Trung Quốc Tập Cận Bình cảnh báo chính sách \"Nước Mỹ trước tiên\" của Tổng thống "
     "Donald Trump.", {"Tập Cận Bình"}),
    ("Phó Thủ tướng Phạm Bình Minh dự hội nghị và chuyển lời thăm hỏi của Thủ tướng Nguyễn Xuân Phúc tới các "
     "trưởng đoàn.", {"Phạm Bình Minh"}),
    # ... but a speech, an attendance or a delegation owned is taking part
    ("Hội nghị do Thủ tướng Anh Boris Johnson chủ trì, với bài phát biểu mở đầu của Tổng Thư ký Liên hợp quốc "
     "António Guterres.", {"Boris Johnson", "António Guterres"}),
    ("Thủ tướng Nguyễn Xuân Phúc dự hội nghị, với sự tham dự dự kiến của Thủ tướng Ấn Độ Narendra Modi.",
     {"Nguyễn Xuân Phúc", "Narendra Modi"}),
    # ... and so is one whose own clause says so, after a date
    ("Thủ tướng Nguyễn Xuân Phúc dự hội nghị ngay sau chuyến thăm Việt Nam từ ngày 23-25/5 của Tổng thống Mỹ "
     "Barack Obama, người cũng tham dự hội nghị.", {"Nguyễn Xuân Phúc", "Barack Obama"}),
])
def test_the_owner_of_what_is_spoken_of_is_not_there(clause, expected, gaz):
    assert set(people(f"{MEETING} {clause}", gaz)) == expected


@pytest.mark.parametrize(("clause", "expected"), [
    # a diplomatic mission ("cơ quan đại diện") is no one representing a country at the meeting
    ("Thư kiến nghị hối thúc cơ quan đại diện ngoại giao các nước gây sức ép với Chủ tịch Trung Quốc Tập Cận Bình "
     "tại hội nghị.", set()),
    ("Các cơ quan đại diện Việt Nam ở nước ngoài theo dõi phát ngôn của Ngoại trưởng Mỹ Mike Pompeo tại hội nghị.",
     set()),
    # ... but the word is a representative's
    ("Đại diện Thương mại Mỹ Robert Lighthizer dự hội nghị.", {"Robert Lighthizer"}),
    ("Thứ trưởng Ngoại giao Đỗ Hùng Việt đại diện Việt Nam tại hội nghị.", {"Đỗ Hùng Việt"}),
])
def test_a_mission_is_not_a_representative(clause, expected, gaz):
    assert set(people(f"{MEETING} {clause}", gaz)) == expected


def _at(text: str, gaz) -> dict[str, set[tuple]]:
    [a] = read_bytes("a.txt", text.encode("utf-8"))
    events, found = extract(a, gaz)
    out: dict[str, set[tuple]] = {}
    for p in found:
        out.setdefault(p.name, set()).add((events[p.event_key].ordinal, events[p.event_key].start.isoformat()))
    return out


@pytest.mark.parametrize(("text", "expected"), [
    # Viet Nam's leader named again by the title alone, in a sentence that tells of the meeting
    ("Chiều 25/5/2025, Thủ tướng Phạm Minh Chính đến Kuala Lumpur. Sáng 26/5/2025, Hội nghị Cấp cao ASEAN lần "
     "thứ 46 khai mạc. Tại phiên toàn thể, Thủ tướng nhấn mạnh vai trò trung tâm của ASEAN.",
     {"Phạm Minh Chính": {(46, "2025-05-26")}}),
    ("Chủ tịch nước Lương Cường rời Hà Nội ngày 14/11/2024. Ngày 15/11/2024, Chủ tịch nước dự Hội nghị các nhà "
     "Lãnh đạo Kinh tế APEC lần thứ 31 tại Lima.", {"Lương Cường": {(31, "2024-11-15")}}),
    ("Phó Thủ tướng Chính phủ Trần Hồng Hà sang Baku ngày 10/11/2024. Hội nghị COP29 khai mạc ngày 11/11/2024; "
     "Phó Thủ tướng phát biểu tại phiên cấp cao.", {"Trần Hồng Hà": {(29, "2024-11-11")}}),
    # "theo" a person: whom the news is from, not who is there
    ("Hội nghị Cấp cao ASEAN lần thứ 46 diễn ra ngày 26/5/2025. Theo Thứ trưởng Ngoại giao Đỗ Hùng Việt, tại hội "
     "nghị, Thủ tướng Phạm Minh Chính sẽ phát biểu.", {"Phạm Minh Chính": {(46, "2025-05-26")}}),
    # a meeting whose results are told is not where the teller is
    ("Hội nghị Quan chức cao cấp ASEAN diễn ra ngày 12/6/2024 tại Viêng Chăn. Thứ trưởng Đỗ Hùng Việt đã báo cáo "
     "Hội nghị về kết quả của Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 55 (20/8/2023) tại Semarang.",
     {"Đỗ Hùng Việt": {(None, "2024-06-12")}}),
    # two numbers of one meeting: the delegation takes part in both
    ("Hội nghị Cấp cao ASEAN lần thứ 44 và 45 diễn ra từ ngày 8 đến 11/10/2024 tại Viêng Chăn. Cùng dự Hội nghị "
     "Cấp cao ASEAN lần thứ 44, 45 có Bộ trưởng Ngoại giao Bùi Thanh Sơn.",
     {"Bùi Thanh Sơn": {(44, "2024-10-08"), (45, "2024-10-08")}}),
])
def test_a_title_alone_a_source_and_two_numbers(text, expected, gaz):
    assert _at(text, gaz) == expected


@pytest.mark.parametrize("clause", [
    # a title with its country is someone else
    "Thủ tướng Lào phát biểu khai mạc hội nghị.",
    # several, or of the past
    "Các Bộ trưởng dự hội nghị đã thông qua tuyên bố chung.",
    "Nguyên Thủ tướng dự hội nghị với tư cách khách mời.",
    # the chair of the meeting is not the President ("Chủ tịch" is not "Chủ tịch nước")
    "Các nhà lãnh đạo dự hội nghị với tư cách khách mời của Chủ tịch.",
    # a role in lower case
    "Trong vai trò chủ tịch nhóm công tác, Việt Nam đã dự hội nghị.",
])
def test_a_title_alone_that_names_nobody_of_the_article(clause, gaz):
    text = f"Chủ tịch nước Lương Cường đến Viêng Chăn ngày 7/10/2024. {MEETING} {clause}"
    assert people(text, gaz) == {}


def test_a_title_alone_held_by_two_people_names_nobody(gaz):
    text = (f"Bộ trưởng Công Thương Nguyễn Hồng Diên và Bộ trưởng Tài chính Nguyễn Văn Thắng đến Kuala Lumpur. "
            f"{MEETING} Bộ trưởng phát biểu tại hội nghị.")
    assert people(text, gaz) == {}


@pytest.mark.parametrize(("clause", "expected"), [
    # people going with the head of delegation
    ("Đi cùng Thủ tướng Phạm Minh Chính có Bộ trưởng Công Thương Nguyễn Hồng Diên.",
     {"Phạm Minh Chính", "Nguyễn Hồng Diên"}),
    ("Cùng đi với Chủ tịch nước Lương Cường có Phó Thủ tướng Bùi Thanh Sơn và Bí thư Tỉnh ủy Lào Cai Đặng Xuân Phong.",
     {"Lương Cường", "Bùi Thanh Sơn", "Đặng Xuân Phong"}),
    # speaking, in a paragraph of its own that names no meeting: at the meeting the article is about
    ("\nNgoại trưởng Indonesia Retno Marsudi và Bộ trưởng Ngoại giao Malaysia Mohamad Hasan lần lượt phát biểu, "
     "đề cao vai trò trung tâm của ASEAN.", {"Retno Marsudi", "Mohamad Hasan"}),
    ("\nBộ trưởng Thương mại Campuchia Cham Nimul đề nghị các nước sớm hoàn tất đàm phán.", {"Cham Nimul"}),
])
def test_going_with_the_delegation_and_speaking_in_a_paragraph_of_its_own(clause, expected, gaz):
    assert set(people(f"{MEETING} {clause}", gaz)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # meetings joined by "và" or a comma: the sentence's people took part in each
    ("Hội nghị SOM 1 APEC họp ngày 26/2/2006 tại Hà Nội. Hội nghị SOM 2 APEC họp ngày 20/5/2006 tại TP Hồ Chí "
     "Minh. Cả SOM 1 và SOM 2 đều do Thứ trưởng Ngoại giao Lê Công Phụng chủ trì.",
     {"Lê Công Phụng": {(1, "2006-02-26"), (2, "2006-05-20")}}),
    # a meeting told about at a press briefing is not where the briefer is
    ("Hội nghị Cấp cao GMS lần thứ 6 diễn ra ngày 31/3/2018 tại Hà Nội. Chiều 30/3/2018, Bộ trưởng Kế hoạch và "
     "Đầu tư Nguyễn Chí Dũng chủ trì họp báo thông tin về Hội nghị Cấp cao GMS lần thứ 6.", {}),
    # nor is a meeting reported or submitted to ("báo cáo lên", "trình lên")
    ("Hội nghị Bộ trưởng Nông Lâm nghiệp ASEAN lần thứ 42 diễn ra ngày 21/10/2020. Hội nghị Cấp cao ASEAN lần thứ 37 "
     "diễn ra ngày 12/11/2020. Bộ trưởng Nguyễn Xuân Cường cho biết kết quả sẽ được báo cáo lên Hội nghị Cấp cao "
     "ASEAN lần thứ 37.", {}),
    ("Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 55 diễn ra ngày 20/8/2023. Hội nghị Cấp cao ASEAN lần thứ 43 diễn ra "
     "ngày 5/9/2023. Bộ trưởng Nguyễn Hồng Diên phát biểu, đề nghị các văn kiện sớm được trình lên Hội nghị Cấp cao "
     "ASEAN lần thứ 43.", {}),
    # … nor the frame named after a meeting reported to
    ("Hội nghị các Nhà lãnh đạo kinh tế APEC lần thứ 25 diễn ra ngày 10-11/11/2017. Tuần lễ Cấp cao APEC diễn ra "
     "từ ngày 6 đến 11/11/2017. Bộ trưởng Tài chính Đinh Tiến Dũng cho biết kết quả sẽ được báo cáo lên Hội nghị "
     "các Nhà lãnh đạo kinh tế APEC lần thứ 25, diễn ra ngày 10-11/11, trong khuôn khổ Tuần lễ Cấp cao APEC.", {}),
])
def test_meetings_joined_in_a_list_and_meetings_told_about(text, expected, gaz):
    assert _at(text, gaz) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # each person in a clause of their own takes part in the meeting their clause names
    ("Hội nghị Hội đồng Cộng đồng Chính trị - An ninh ASEAN lần thứ 20 và Hội nghị Bộ trưởng RCEP lần thứ 8 cùng "
     "diễn ra ngày 2/11/2019. Ngày 2/11/2019, Phó Thủ tướng Phạm Bình Minh dự Hội nghị Hội đồng Cộng đồng Chính trị - "
     "An ninh ASEAN lần thứ 20, trong khi Bộ trưởng Công Thương Trần Tuấn Anh dự Hội nghị Bộ trưởng RCEP lần thứ 8.",
     {"Phạm Bình Minh": {(20, "2019-11-02")}, "Trần Tuấn Anh": {(8, "2019-11-02")}}),
    # one person's list of activities is not split
    ("Ngày 9/10/2018, Thủ tướng Nguyễn Xuân Phúc sẽ dự Hội nghị Cấp cao Mekong - Nhật Bản lần thứ 10; gặp các "
     "doanh nghiệp; dự Diễn đàn Đầu tư Mekong - Nhật Bản lần thứ 2.",
     {"Nguyễn Xuân Phúc": {(10, "2018-10-09"), (2, "2018-10-09")}}),
    # "Ông …" opening a sentence is the one person the sentence before named
    ("Hội nghị Quan chức cao cấp ASEAN họp ngày 1/11/2019 tại Bangkok. Thứ trưởng Ngoại giao Nguyễn Quốc Dũng đến "
     "Bangkok sớm nhất. Ông dự Hội nghị Quan chức cao cấp ASEAN để hoàn tất các văn kiện.",
     {"Nguyễn Quốc Dũng": {(None, "2019-11-01")}}),
    # the last words of a longer name the article gives are that person
    ("Hội nghị Bộ trưởng Ngoại giao ASEAN hẹp diễn ra ngày 29/1/2026 tại Cebu do Ngoại trưởng Philippines Ma. Theresa "
     "Lazaro chủ trì. Phát biểu khai mạc hội nghị, bà Theresa Lazaro nêu các ưu tiên của Philippines.",
     {"Ma. Theresa Lazaro": {(None, "2026-01-29")}}),
])
def test_clauses_pronouns_and_longer_names(text, expected, gaz):
    assert _at(text, gaz) == expected


def test_a_title_alone_after_a_representative_is_not_there(gaz):
    text = ("Tổng Bí thư Tô Lâm dự Hội nghị Cấp cao Pháp ngữ lần thứ 19 ngày 4/10/2024. Ngày 2/10/2024, Thứ trưởng "
            "Lê Thị Thu Hằng, Đại diện cá nhân của Tổng Bí thư, dự Hội nghị Bộ trưởng Pháp ngữ lần thứ 45.")
    assert _at(text, gaz) == {"Tô Lâm": {(19, "2024-10-04")}, "Lê Thị Thu Hằng": {(45, "2024-10-02")}}


@pytest.mark.parametrize(("text", "expected"), [
    # people named again in full after "các ông", without their titles
    ("Hội nghị Cấp cao ASEAN - Trung Quốc lần thứ 23 họp trực tuyến sáng 12/11/2020 với sự tham dự của Thủ tướng "
     "Trung Quốc Lý Khắc Cường. Chiều 14/11/2020, các ông Lý Khắc Cường và Moon Jae-in tiếp tục tham dự Hội nghị Cấp "
     "cao ASEAN+3 lần thứ 23. Tổng thống Hàn Quốc Moon Jae-in phát biểu tại hội nghị này.",
     {"Lý Khắc Cường": {(23, "2020-11-12"), (23, "2020-11-14")}, "Moon Jae-in": {(23, "2020-11-14")}}),
    # "tất cả các phiên": every meeting of the series
    ("Hội nghị Cấp cao ASEAN lần thứ 37 khai mạc ngày 12/11/2020. Hội nghị Cấp cao ASEAN - Hoa Kỳ lần thứ 8 họp ngày "
     "14/11/2020. Phó Thủ tướng Phạm Bình Minh tham dự tất cả các phiên cùng Thủ tướng.",
     {"Phạm Bình Minh": {(37, "2020-11-12"), (8, "2020-11-14")}}),
])
def test_named_again_in_full_and_at_every_session(text, expected, gaz):
    assert _at(text, gaz) == expected


def test_a_person_named_once_with_a_country_keeps_it_with_a_bare_title(gaz):
    from etl.records import Article
    text = ("Hội nghị Bộ trưởng Ngoại giao Mekong - Lan Thương lần thứ nhất họp ngày 12/11/2015, Thủ tướng Trung Quốc "
            "Lý Khắc Cường phát biểu khai mạc. Hội nghị Cấp cao Mekong - Lan Thương lần thứ ba diễn ra ngày 24/8/2020, "
            "do Thủ tướng Lý Khắc Cường và Thủ tướng Lào Thongloun Sisoulith đồng chủ trì.")
    _, people = extract(Article("t", "t.txt", None, None, None, None, None, text, "", None, "ok", None), gaz)
    assert {(p.name, p.country) for p in people} == {("Lý Khắc Cường", "Trung Quốc"), ("Thongloun Sisoulith", "Lào")}


PASSAGES = data_rows("passages_participants.jsonl")

# (phenomenon, place) -> why it is missed today
KNOWN_PASSAGE_MISSES = {
    ("address_then_a_word_in_another_letter", 0): "a word of address and a name followed by a word that opens in a small "
                                                  "accented letter ('ông Kritenbrink đã …'): people._ADDRESS reads 'đ' as a "
                                                  "capital going on with the name ([À-Ỹ] spans small letters too). Reading "
                                                  "capitals only linked more people the paragraph's focus does not own "
                                                  "(officials on the samples s21, s23-s25 down by 0.002-0.004), so it waits",
    ("address_then_a_word_in_another_letter", 1): "the same: 'bà Payne đồng chủ trì …'",
    ("banquet_host", 3): "the day of a banquet for the heads of delegation ('Tối 9/10, … chủ trì tiệc chiêu đãi … các "
                         "trưởng đoàn dự Hội nghị … lần thứ 44 và 45') dates no meeting, and nothing else dates it",
    ("banquet_host", 4): "being at the opening session with no verb of attending ('Tại phiên khai mạc sáng 26/10, Thủ "
                         "tướng Timor-Leste … lần đầu ngồi vào vị trí …')",
    ("meeting_in_passing", 2): "who speaks right after a sentence that names a meeting in passing, in its paragraph, is "
                               "taken to speak there ('… được bàn tại hội nghị thượng đỉnh G20 ở Osaka … cuối tháng này. "
                               "Thủ tướng Nhật Bản Shinzo Abe khẳng định …')",
    ("may_attend", 3): "a belief told after 'cho rằng' ('nhiều nguồn tin cho rằng ông Zelensky chỉ tham gia theo hình "
                       "thức trực tuyến'), after a sentence that guessed he may come: read as told",
    ("told_by_a_minister", 4): "presiding over a meeting told as a role taken ('sẽ đảm nhiệm vai trò Chủ tịch Đại hội đồng "
                               "Liên minh Nghị viện thế giới lần thứ 132'): the role reads as a title, and no verb of "
                               "taking part is there",
    ("speech_beside_talks", 0): "a speech told beside talks on the meeting's sidelines ('… đáp lại bằng một bài phát "
                                "biểu cứng rắn …, dù trước đó hai ông đã có cuộc gặp … bên lề hội nghị', the written "
                                "article 317): the sentence reads as talks only; taking 'bài phát biểu' for taking part "
                                "linked a speech given elsewhere ('Bài phát biểu của ông X tại Singapore … trước cuộc "
                                "hội đàm … tại Hội nghị thượng đỉnh G20', s24)",
    ("surname_as_subject", 5): "one who tells something at the meeting ('\"…\", Merkel cho biết tại Hội nghị thượng "
                               "đỉnh G20 ở Hamburg ngày 8/7'): 'cho biết tại Hội nghị …' is read as telling what a "
                               "meeting will do ('Đại sứ X cho biết tại Hội nghị … Indonesia sẽ …', _tells_of); only "
                               "what follows tells the two apart",
    ("tells_of_another_by_address", 0): "a bare lower-case 'hội nghị' after a verb of attending and 'tại' ('… ông Putin sẽ "
                                        "tham dự hội nghị tại thành phố Brisbane trong hai ngày 15-16/11/2014'): which "
                                        "meeting it means is unsure ('… tiếp các Trưởng đoàn dự hội nghị tại Dinh Thống "
                                        "Nhất' meant the article's meeting, not the one named last), so it names none",
    ("tells_of_another_by_address", 4): "a day told as the opening's inside a clause about sessions ('… ông Trump sẽ dự "
                                        "các phiên họp từ ngày khai mạc 8/6 nhưng sẽ lên đường vào sáng 9/6'): the "
                                        "meeting takes the day of leaving",
    ("visit_before_meeting", 5): "a bare title ('Chủ tịch Quốc hội sẽ tới Vienna dự …') that two people of the "
                                 "article hold, the Vietnamese one meant",
}


@pytest.mark.parametrize("row", phenomenon_params(PASSAGES, lambda row, n: KNOWN_PASSAGE_MISSES.get((row["phenomenon"], n))))
def test_passage_gives_its_participants(row, gaz):
    """Who took part in which meeting (by its forum and first day), and who is named without taking
    part (a host who only gives a banquet, the partner of a bilateral visit, someone who speaks
    to the press or before the meeting), in passages written from the guideline."""
    article = Article("t", "t.txt", None, row.get("title"), None, published_on(row.get("article_date")), None,
                      row["text"], "", None, "ok", None)
    events, people = extract(article, gaz)
    got = {(p.name, events[p.event_key].forum, events[p.event_key].start.isoformat()) for p in people}
    assert {(p["name"], p["forum"], p["start"]) for p in row["participants"]} <= got
    assert not set(row["not_participants"]) & {p.name for p in people}


@pytest.mark.parametrize(("text", "expected"), [
    # who went to another year's meeting of the forum, named by the forum and its year
    (f"{MEETING} Đại diện các nước tham gia ASEAN 2024 có Thủ tướng Lào Sonexay Siphandone.", set()),
    (f"{MEETING} Năm ngoái, tại ASEAN 2024, Thủ tướng Malaysia Anwar Ibrahim đã phát biểu.", set()),
    # … the same year's, and a title that carries a year, are not
    (f"{MEETING} Tham dự ASEAN 2025 có Thủ tướng Lào Sonexay Siphandone.", {"Sonexay Siphandone"}),
    (f"{MEETING} Chủ tịch ASEAN 2025, Thủ tướng Malaysia Anwar Ibrahim chủ trì hội nghị.", {"Anwar Ibrahim"}),
])
def test_who_went_to_another_years_meeting_is_not_at_this_one(text, expected, gaz):
    assert set(people(text, gaz)) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a word made with "dự" is no attending: a reserve, a forecast, a tender, a plan
    ("Kho dự trữ dầu chiến lược mà Bộ trưởng Năng lượng Mỹ Rick Perry quản lý vẫn còn hơn 600 triệu thùng.", set()),
    ("Giới quan sát dự đoán Tổng thống Philippines Rodrigo Duterte sẽ cải tổ nội các.", set()),
    ("Gói thầu do Bộ trưởng Giao thông Vận tải Nguyễn Văn Thể phê duyệt có năm nhà thầu dự thầu.", set()),
    ("Thủ tướng Úc Scott Morrison dự tính công bố ngân sách mới.", set()),
    ("Dự luật do Thượng nghị sĩ Mỹ Marco Rubio đệ trình đã được Thượng viện thông qua.", set()),
    # … while "dự" itself is
    ("Bộ trưởng Ngoại giao Úc Marise Payne dự phiên khai mạc.", {"Marise Payne"}),
])
def test_a_word_made_with_du_is_no_attending(sentence, expected, gaz):
    assert set(people(f"{MEETING} {sentence}", gaz)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # who the sentence says is not there, and who comes instead
    (f"{MEETING} Hội nghị lần này không có sự tham dự của Ngoại trưởng Mỹ Marco Rubio, thay vào đó là Thứ trưởng "
     "Ngoại giao Mỹ Christopher Landau.", {"Christopher Landau"}),
    (f"{MEETING} Hội nghị thiếu vắng Tổng thống Nga Vladimir Putin.", set()),
    (f"{MEETING} Không có sự hiện diện của Thủ tướng Australia Anthony Albanese tại hội nghị.", set()),
])
def test_who_the_sentence_says_is_not_there(text, expected, gaz):
    assert set(people(text, gaz)) == expected


@pytest.mark.xfail(strict=True, reason="a paragraph on last year's meeting ('EAS năm ngoái') does not yet move "
                                       "the focus off the article's meeting, and 'khi đó' does not yet tell another time")
def test_who_went_to_last_years_meeting_told_in_the_paragraph_on_it(gaz):
    text = ("Hội nghị Cấp cao Đông Á (EAS) lần thứ 13 sẽ diễn ra tại Singapore ngày 15/11/2018. Tại EAS năm ngoái "
            "ở Manila, Tổng thống Mỹ không dự phiên toàn thể. Ngoại trưởng Mỹ khi đó là Rex Tillerson dự hội nghị thay ông.")
    assert set(people(text, gaz)) == set()


@pytest.mark.parametrize(("text", "expected"), [
    # at one of the meeting's sessions, named before the people: what they do there is taking part
    (f"{MEETING} Tại một phiên họp của Hội nghị Cấp cao ASEAN lần thứ 46 ở Kuala Lumpur hôm 26/5, Thủ tướng Thái Lan "
     "Paetongtarn Shinawatra được xếp ngồi cạnh Tổng thống Indonesia Prabowo Subianto.",
     {"Paetongtarn Shinawatra", "Prabowo Subianto"}),
    (f"{MEETING} Trong phiên khai mạc của hội nghị, Quốc vương Brunei Hassanal Bolkiah ngồi cạnh Thủ tướng Lào "
     "Sonexay Siphandone.", {"Hassanal Bolkiah", "Sonexay Siphandone"}),
    (f"{MEETING} Ở phiên họp hẹp thuộc Hội nghị Cấp cao ASEAN lần thứ 46, Thủ tướng Singapore Lawrence Wong "
     "lắng nghe các đồng nghiệp.", {"Lawrence Wong"}),
    # ... or at "the summit", named by its bare head
    (f"{MEETING} Tại hội nghị thượng đỉnh, Thủ tướng Thái Lan Paetongtarn Shinawatra ngồi cạnh Tổng thống Indonesia "
     "Prabowo Subianto.", {"Paetongtarn Shinawatra", "Prabowo Subianto"}),
    (f"{MEETING} Tại hội nghị cấp cao này, Thủ tướng Malaysia Anwar Ibrahim kêu gọi các nước đoàn kết.", {"Anwar Ibrahim"}),
    # ... not at a session of something else (a seminar's, before the meeting)
    (f"{MEETING} Tại một phiên của hội thảo bên lề, Giáo sư Carlyle Thayer phân tích về Biển Đông.", set()),
])
def test_what_people_do_at_a_session_of_the_meeting_is_taking_part(text, expected, gaz):
    assert set(people(text, gaz)) == expected


# In a text whose paragraphs are not marked (a wire's body as one block), the meeting in focus lapses after three
# sentences that tell no meeting, name no one at it, use no meeting's word and name not its forum: who speaks after
# them speaks of something else (the samples s19-s29 lost 10 extra names, 2 found ones, to this)
@pytest.mark.parametrize(("text", "name", "at_it"), [
    ("Thị trường lo ngại chiến tranh thương mại\n\nHội nghị thượng đỉnh G20 diễn ra tại Osaka, Nhật Bản ngày 28-29/6/2019, "
     "khi căng thẳng thương mại chưa hạ nhiệt. Giá dầu thế giới tăng mạnh trong tuần qua. Các nhà đầu tư lo ngại về triển "
     "vọng tăng trưởng. Chỉ số chứng khoán châu Á giảm điểm phiên thứ ba liên tiếp. Bộ trưởng Tài chính Nhật Bản Taro Aso "
     "kêu gọi các nhà đầu tư bình tĩnh trước biến động của thị trường.", "Taro Aso", False),
    ("Biển Đông trong quan hệ Mỹ - Trung\n\nNgày 13/11/2017, Hội nghị Cấp cao ASEAN lần thứ 31 khai mạc tại Manila. "
     "Tàu hải giám Trung Quốc tiếp tục hoạt động gần bãi cạn Scarborough. Ngư dân Philippines phản ánh bị xua đuổi. "
     "Giới phân tích cho rằng tình hình khó sớm lắng dịu. Ngoại trưởng Mỹ Rex Tillerson nhấn mạnh Washington phản đối "
     "mọi hành động đơn phương.", "Rex Tillerson", False),
    # a sentence that names the forum of the meeting in focus keeps it
    ("Tìm vốn cho hạ tầng khu vực\n\nHội nghị Cấp cao GMS lần thứ 6 diễn ra tại Hà Nội ngày 31/3/2018. "
     "Ngân hàng Phát triển châu Á ước tính nhu cầu vốn khoảng 66 tỷ USD. Khu vực tư nhân được kỳ vọng đóng góp phần lớn. "
     "Nhiều dự án giao thông đã sẵn sàng triển khai. Thủ tướng Campuchia Hun Sen kêu gọi các nước GMS lập đặc khu kinh tế "
     "dọc biên giới.", "Hun Sen", True),
    # … and so does a sentence that tells the meeting again
    ("Tìm vốn cho hạ tầng khu vực\n\nHội nghị Cấp cao GMS lần thứ 6 diễn ra tại Hà Nội ngày 31/3/2018. "
     "Ngân hàng Phát triển châu Á ước tính nhu cầu vốn khoảng 66 tỷ USD. Khu vực tư nhân được kỳ vọng đóng góp phần lớn. "
     "Tại hội nghị, nhiều dự án giao thông được giới thiệu. Thủ tướng Lào Thongloun Sisoulith đề nghị ưu tiên kết nối "
     "đường sắt.", "Thongloun Sisoulith", True),
])
def test_the_meeting_in_focus_lapses_after_three_quiet_sentences(text, name, at_it, gaz):
    assert bool(linked(text, gaz).get(name)) == at_it


@pytest.mark.parametrize(("clause", "expected"), [
    ("Trong phiên đối thoại, Bộ trưởng Quốc phòng Nhật Bản Toshimi Kitazawa nêu quan ngại về an ninh hàng hải.",
     {"Toshimi Kitazawa"}),
    ("Tại phiên đối thoại, Bộ trưởng Quốc phòng Hàn Quốc Kim Tae-young đề nghị tăng cường hợp tác.", {"Kim Tae-young"}),
    # (a guard: a press conference is no session of it)
    ("Trong cuộc họp báo, Bộ trưởng Quốc phòng Nhật Bản Toshimi Kitazawa nêu quan ngại.", set()),
])
def test_who_speaks_in_a_session_of_the_meeting_named_by_its_kind(clause, expected, gaz):
    """A session named by its kind alone ("Trong phiên đối thoại, …"), in a paragraph after the one that names the
    meeting, is the meeting's."""
    text = ("Tin\nThứ ba, 12/10/2010, 18:42\n\nHội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng (ADMM+) khai mạc sáng "
            f"nay ở Hà Nội.\n\n{clause}")
    assert set(people(text, gaz)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bare "Hội nghị EAS" with no date of its own is the forum's one meeting the sentence before names
    ("Ngoại trưởng\n\nHà Nội, 9/9/2020 - Chiều nay diễn ra Hội nghị Bộ trưởng Ngoại giao Cấp cao Đông Á (EAS) lần thứ 10. "
     "Ngoại trưởng Mỹ Mike Pompeo và Ngoại trưởng Nga Sergei Lavrov đều sẽ tham dự Hội nghị EAS.",
     {("Mike Pompeo", "ministers"), ("Sergei Lavrov", "ministers")}),
    ("Kinh tế\n\nHà Nội, 20/8/2019 - Sáng mai khai mạc Hội nghị Bộ trưởng Kinh tế ASEAN+3 lần thứ 22 tại Bangkok. Bộ "
     "trưởng Thương mại Nhật Bản Hiroshige Seko sẽ dự Hội nghị ASEAN+3.", {("Hiroshige Seko", "ministers")}),
])
def test_a_bare_forums_meeting_is_the_one_named_just_before(text, expected, gaz):
    [a] = read_bytes("a.txt", text.encode("utf-8"))
    events, found = extract(a, gaz)
    assert {(p.name, events[p.event_key].level) for p in found} == expected


# Who chairs it "làm Chủ tịch", who addresses it ("phát biểu qua video trước hội nghị, …"), its speakers ("các diễn
# giả"), a chief of staff's office; and the number of one of two offices of a name ("Bộ trưởng Tài chính II") is no name
@pytest.mark.parametrize(("clause", "expected"), [
    ("Hội nghị do ông Kim Dae-ki, Chánh Văn phòng Tổng thống Hàn Quốc, chủ trì.", {"Kim Dae-ki"}),
    ("Phiên họp do Bộ trưởng Ngoại giao Peru Javier González-Olaechea làm Chủ tịch.", {"Javier González-Olaechea"}),
    ("Thủ tướng Canada Justin Trudeau phát biểu qua video trước hội nghị, kêu gọi tăng cường hợp tác.", {"Justin Trudeau"}),
    ("Các diễn giả của phiên khai mạc gồm Tổng thống Indonesia Joko Widodo và Thủ tướng Malaysia Anwar Ibrahim.",
     {"Joko Widodo", "Anwar Ibrahim"}),
    ("Bộ trưởng Tài chính II Malaysia Amir Hamzah Azizan dự hội nghị.", {"Amir Hamzah Azizan"}),
    # (guards: a committee's chair, a country's chair of the forum, the time before the meeting, a seminar's speakers)
    ("Ủy ban Quốc gia ASEAN 2025 đã được thành lập do Phó Thủ tướng Trần Hồng Hà làm Chủ tịch.", set()),
    # (… but the chair of that committee who comes to the meeting)
    ("Phó Thủ tướng Trần Hồng Hà, Chủ tịch Ủy ban Quốc gia ASEAN 2025, đã tới dự và phát biểu khai mạc.", {"Trần Hồng Hà"}),
    ("Thủ tướng Lào Sonexay Siphandone, nước làm Chủ tịch ASEAN năm nay, cho biết Lào đã sẵn sàng.", set()),
    ("Trước hội nghị, Ngoại trưởng Mỹ Antony Blinken cho biết Mỹ ủng hộ vai trò trung tâm của ASEAN.", set()),
    ("Các diễn giả tại hội thảo gồm Bộ trưởng Ngoại giao Estonia Urmas Reinsalu.", set()),
])
def test_who_chairs_addresses_or_speaks_at_it(clause, expected, gaz):
    assert set(people(f"{MEETING} {clause}", gaz)) == expected


# A director of an intergovernmental body holds a public office ("Giám đốc" alone is a firm's in titles.toml)
@pytest.mark.parametrize(("clause", "expected"), [
    ("Giám đốc khu vực Tây Thái Bình Dương của Tổ chức Y tế Thế giới Saia Ma'u Piukala phát biểu tại hội nghị.",
     {"Saia Ma'u Piukala"}),
    ("Giám đốc điều hành Quỹ Tiền tệ Quốc tế Kristalina Georgieva cũng dự hội nghị.", {"Kristalina Georgieva"}),
    ("Giám đốc Văn phòng Nghiên cứu kinh tế vĩ mô ASEAN+3 (AMRO) Kouqing Li trình bày báo cáo tại hội nghị.",
     {"Kouqing Li"}),
    # (guards: a firm's director, whatever its name holds)
    ("Giám đốc Công ty ASEAN Logistics Trần Văn Nam cũng dự hội nghị.", set()),
    ("Giám đốc Tập đoàn Vingroup Lê Thị Thu Thủy dự hội nghị.", set()),
])
def test_a_director_of_an_intergovernmental_body(clause, expected, gaz):
    assert set(people(f"{MEETING} {clause}", gaz)) == expected


# Everyone of a list of people met in talks of two sides is left out, not its first alone (written 11303); a clause of
# its own after the comma, or the leaders of a forum meeting its partners ("cuộc gặp cấp cao với"), keeps them
@pytest.mark.parametrize(("clause", "expected"), [
    ("Thủ tướng Phạm Minh Chính dự Hội nghị và có các cuộc tiếp xúc song phương với Tổng thống Indonesia Prabowo "
     "Subianto, Thủ tướng Anh Keir Starmer, Tổng thống Hàn Quốc Yoon Suk Yeol và Tổng Giám đốc WTO Ngozi Okonjo-Iweala.",
     {"Phạm Minh Chính"}),
    # (guard: joined by "và" alone, as before)
    ("Thủ tướng Phạm Minh Chính dự Hội nghị và hội đàm với Thủ tướng Thái Lan Paetongtarn Shinawatra và Tổng thống "
     "Philippines Ferdinand Marcos Jr.", {"Phạm Minh Chính"}),
    ("Thủ tướng Phạm Minh Chính dự Hội nghị, hội kiến Thủ tướng Singapore Lawrence Wong, Quốc vương Brunei Hassanal "
     "Bolkiah, Thủ tướng Campuchia Hun Manet và Tổng thống Indonesia Prabowo Subianto.", {"Phạm Minh Chính"}),
    # (guards: the clause after the comma is its own; the forum's leaders meeting partners)
    ("Sau khi hội đàm với Tổng thống Indonesia Prabowo Subianto, Thủ tướng Phạm Minh Chính dự Hội nghị.",
     {"Phạm Minh Chính"}),
])
def test_a_list_of_people_met_in_talks_is_left_out_whole(clause, expected, gaz):
    assert set(people(f"{MEETING} {clause}", gaz)) == expected


def test_a_forums_leaders_meeting_its_partners_is_no_talks_of_two(gaz):
    """(a guard of the rule above: the list after "cuộc gặp cấp cao với" goes on being read, written 602)"""
    found = people("Ngày 16/12/1998, các nhà lãnh đạo ASEAN có cuộc gặp cấp cao với Thủ tướng Nhật Bản Keizo Obuchi, "
                   "Thủ tướng Trung Quốc Chu Dung Cơ và Tổng thống Hàn Quốc Kim Dae-jung (cuộc gặp ASEAN+3) do Thủ tướng "
                   "Phan Văn Khải chủ trì.", gaz)
    assert {"Chu Dung Cơ", "Kim Dae-jung"} <= set(found)
    # … nor "cuộc gặp không chính thức giữa lãnh đạo ASEAN với …" (written 6307)
    found = people("Ngày 16/12/1998, Thủ tướng Phan Văn Khải chủ trì cuộc gặp không chính thức giữa lãnh đạo ASEAN với "
                   "Thủ tướng Nhật Bản Keizo Obuchi, Tổng thống Hàn Quốc Kim Dae-jung và Phó Chủ tịch nước Trung Quốc Hồ "
                   "Cẩm Đào tại Hội nghị Cấp cao ASEAN lần thứ 6.", gaz)
    assert {"Kim Dae-jung", "Hồ Cẩm Đào"} <= set(found)


# One met, or spoken with briefly, in a list of contacts: the verb "gặp" of one person, a brief exchange, a sentence that
# opens on the one spoken with (written 12301-12308)
@pytest.mark.parametrize(("clause", "expected"), [
    ("Thủ tướng Phạm Minh Chính dự Hội nghị; ông cũng gặp Thủ tướng Ấn Độ Narendra Modi, Tổng thống Brazil Luiz Inácio "
     "Lula da Silva và Tổng thống Indonesia Joko Widodo.", {"Phạm Minh Chính"}),
    ("Thủ tướng Phạm Minh Chính dự Hội nghị và có cuộc trao đổi ngắn với Tổng thống Mỹ Joe Biden.", {"Phạm Minh Chính"}),
    ("Thủ tướng Phạm Minh Chính dự Hội nghị. Với Thủ tướng Đức Olaf Scholz, Thủ tướng đề nghị hai bên sớm phê chuẩn hiệp "
     "định.", {"Phạm Minh Chính"}),
    # (guards: "Với sự tham dự của …" tells who attends; one spoken with who is told to attend it)
    ("Với sự tham dự của Thủ tướng Phạm Minh Chính, Hội nghị đã thông qua tuyên bố chung.", {"Phạm Minh Chính"}),
    ("Bên lề, Thủ tướng Phạm Minh Chính dự Hội nghị và trao đổi ngắn với Thủ tướng Thái Lan Srettha Thavisin, người lần "
     "đầu dự một hội nghị cấp cao ASEAN.", {"Phạm Minh Chính", "Srettha Thavisin"}),
])
def test_contacts_on_a_meetings_sidelines_are_not_its_participants(clause, expected, gaz):
    assert set(people(f"{MEETING} {clause}", gaz)) == expected


# One who chairs a meeting of their own to prepare the one named, or hosts a banquet, in a sentence that tells nothing
# else they do, is not at the meeting; their name, which holds a city's or a country's ("Vinh", "Anh"), is still read
# whole (written 321, 511, 5208)
@pytest.mark.parametrize(("clause", "expected"), [
    ("Chiều 9/2, ông Lê Đức Vinh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Khánh Hòa đã chủ trì cuộc họp Ban Chỉ đạo phục vụ "
     "hội nghị để rà soát lần cuối công tác chuẩn bị.", set()),
    ("Sáng 14/2, ông Lê Đức Vinh, Chủ tịch UBND tỉnh Khánh Hòa, chủ trì cuộc họp rà soát công tác chuẩn bị phục vụ Hội "
     "nghị.", set()),
    ("Tối 25/5, ông Phạm Anh Tuấn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, chủ trì tiệc chiêu đãi các đoàn đại biểu.", set()),
    # (guard: a verb of taking part in the meeting too)
    ("Ông Lê Đức Vinh, Chủ tịch UBND tỉnh Khánh Hòa, chủ trì cuộc họp Ban Chỉ đạo rồi dự phiên khai mạc Hội nghị.",
     {"Lê Đức Vinh"}),
])
def test_a_meeting_that_prepares_it_or_a_banquet_is_not_the_meeting(clause, expected, gaz):
    assert set(people(f"{MEETING} {clause}", gaz)) == expected


# Two leaders told greeting or talking to each other at the meeting, as a caption tells them, are both there ("… trò
# chuyện tại Hội nghị …", "… tươi cười chào hỏi nhau tại buổi khai mạc …": real sample r1), as they are when one shakes
# the other's hand there; not where they meet for talks on its sidelines
@pytest.mark.parametrize(("text", "expected"), [
    ("Tổng thống Nga Vladimir Putin và Thủ tướng Anh Theresa May chào hỏi nhau tại hội nghị thượng đỉnh G20 ở Argentina "
     "ngày 30/11/2018.", {"Vladimir Putin", "Theresa May"}),
    ("Thủ tướng Nhật Bản Shinzo Abe và Tổng thống Hàn Quốc Moon Jae-in trò chuyện tại Hội nghị Cấp cao Đông Á lần thứ 13 ở "
     "Singapore ngày 15/11/2018.", {"Shinzo Abe", "Moon Jae-in"}),
    # (guards: a hand shaken there, read before; talks on the sidelines)
    ("Tổng thống Mỹ Barack Obama và Chủ tịch Trung Quốc Tập Cận Bình đã tươi cười bắt tay nhau tại buổi khai mạc Hội nghị "
     "thượng đỉnh G20 ở Hàng Châu ngày 4/9/2016.", {"Barack Obama", "Tập Cận Bình"}),
    ("Tổng thống Mỹ Donald Trump và Chủ tịch Trung Quốc Tập Cận Bình gặp nhau bên lề Hội nghị thượng đỉnh G20 ở Osaka ngày "
     "29/6/2019.", set()),
])
def test_leaders_greeting_each_other_at_the_meeting(text, expected, gaz):
    assert set(people(text, gaz)) == expected


# Who is about to attend ("chuẩn bị tham dự") takes part: they do not prepare the meeting (real sample r1); one who chairs
# a meeting held to prepare it still does not
@pytest.mark.parametrize(("text", "expected"), [
    ("Tổng thống Mỹ Joe Biden và Thủ tướng Anh Boris Johnson chuẩn bị tham dự một phiên họp trong khuôn khổ Hội nghị thượng "
     "đỉnh G7 tại Carbis Bay, Cornwall, ngày 12/6/2021.", {"Joe Biden", "Boris Johnson"}),
    ("Chiều 9/5/2023, Thủ tướng Phạm Minh Chính cùng đoàn đại biểu cấp cao Việt Nam đã tới Labuan Bajo, chuẩn bị tham dự Hội "
     "nghị Cấp cao ASEAN lần thứ 42 diễn ra trong hai ngày 10-11/5.", {"Phạm Minh Chính"}),
    ("Chủ tịch nước Trần Đại Quang chuẩn bị dự Hội nghị các nhà Lãnh đạo Kinh tế APEC lần thứ 25 tại Đà Nẵng ngày 10/11/2017.",
     {"Trần Đại Quang"}),
    # (a guard: one who chairs a meeting to prepare it)
    ("Phó Thủ tướng Phạm Bình Minh chủ trì cuộc họp chuẩn bị cho Hội nghị các nhà Lãnh đạo Kinh tế APEC lần thứ 25 tại Đà "
     "Nẵng ngày 10/11/2017.", set()),
])
def test_one_about_to_attend_takes_part(text, expected, gaz):
    assert set(people(text, gaz)) == expected


# One who reads out the meeting's declaration takes part ("Thủ tướng Shinzo Abe ngày 29/6 đọc tuyên bố chung kết thúc hai
# ngày làm việc của các lãnh đạo G20": real sample r3), and so does one who speaks to the press at it or on its sidelines
# ("Trao đổi với báo chí bên lề Hội nghị …, Bộ trưởng …": real sample r1); not one interviewed elsewhere
@pytest.mark.parametrize(("text", "expected"), [
    ("Hội nghị Cấp cao ASEAN lần thứ 35 diễn ra tại Bangkok ngày 3/11/2019. Thủ tướng Thái Lan Prayut Chan-o-cha đọc bản "
     "tuyên bố của Chủ tịch khép lại hội nghị.", {"Prayut Chan-o-cha"}),
    ("Trao đổi với phóng viên bên lề Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 51 tại Bangkok ngày 7/9/2019, Bộ trưởng Bộ Công "
     "Thương Trần Tuấn Anh tin rằng RCEP sẽ sớm kết thúc đàm phán.", {"Trần Tuấn Anh"}),
    # (a guard: an interview elsewhere, about the meeting)
    ("Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 51 diễn ra tại Bangkok ngày 7/9/2019. Trả lời phỏng vấn báo chí tại Hà Nội, "
     "Thứ trưởng Bộ Công Thương Trần Quốc Khánh tin rằng RCEP sẽ sớm kết thúc đàm phán.", set()),
])
def test_reading_its_declaration_or_speaking_to_the_press_there(text, expected, gaz):
    assert set(people(text, gaz)) == expected


# A member of a delegation at the meeting takes part ("Thượng tướng Võ Tiến Trung, thành viên phái đoàn Việt Nam tại
# Shangri-la, cho biết …": real sample r2), as its head does; not a member of a delegation sent somewhere else
@pytest.mark.parametrize(("text", "expected"), [
    ("Đối thoại Shangri-La lần thứ 17 diễn ra tại Singapore ngày 1-3/6/2018. Thượng tướng Nguyễn Chí Vịnh, thành viên phái "
     "đoàn Việt Nam tại Đối thoại Shangri-La, cho biết các nước quan tâm tới Biển Đông.", {"Nguyễn Chí Vịnh"}),
    ("Đối thoại Shangri-La lần thứ 18 diễn ra tại Singapore ngày 31/5-2/6/2019. Thiếu tướng Vũ Văn Hiển, thành viên đoàn "
     "Việt Nam tại Shangri-La, nhận định các nước đều muốn giữ ổn định.", {"Vũ Văn Hiển"}),
    # (a guard: a delegation that went elsewhere)
    ("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 51 diễn ra tại Singapore ngày 2/8/2018. Thứ trưởng Ngoại giao Lê Hoài "
     "Trung, thành viên đoàn công tác của Bộ Ngoại giao tới Ấn Độ tuần trước, cho biết giá gạo tăng.", set()),
])
def test_a_member_of_the_delegation_at_it_takes_part(text, expected, gaz):
    assert set(people(text, gaz)) == expected
