"""One article -> its events and participants: years, status, linking, exclusions."""
from __future__ import annotations

from dataclasses import FrozenInstanceError, replace
from pathlib import Path

import pytest

from etl.assemble import extract
from etl.merge import merge_reports
from etl.people import officials_by_sentence
from etl.read import read_bytes
from etl.sentences import Sentence, split_sentences

from .conftest import data_rows, merged_passage, phenomenon_params, published_on


def article(text: str, name: str = "a.txt"):
    [a] = read_bytes(name, text.encode("utf-8"))
    assert a.status == "ok", a.problem
    return a


def events(text: str, gaz, **meta):
    a = article(text)
    if meta:
        a = replace(a, **meta)
    evs, people = extract(a, gaz)
    return [(e.forum, e.level, e.meeting, e.ordinal, e.start.isoformat(), e.end.isoformat(), e.status) for e in evs], people


@pytest.mark.parametrize(("text", "meta", "expected_year"), [
    ("Tiêu đề APEC\n\nNgày 18/5, Hội nghị SOM 2 APEC đã kết thúc. Năm APEC 2017 có nhiều sự kiện.", {}, 2017),
    ("Ngày 22/9, Hội nghị tham vấn chung ASEAN (JCM) đã diễn ra. Hội nghị cấp cao ASEAN lần thứ 38 diễn ra ngày "
     "26-28/10/2021.", {}, 2021),
    ("Ngày 30-10, Hội nghị liên Bộ trưởng Ngoại giao – Kinh tế APEC lần thứ 36 (AMM 36) đã diễn ra.", {}, 2025),
    ("Ngày 22/9, Hội nghị tham vấn chung ASEAN (JCM) đã diễn ra.", {"published": published_on("2019-09")}, 2019),
    # the rotating chair's year ("nước chủ tịch luân phiên ASEAN 2019")
    ("Tin tức\n\nHội nghị cấp cao ASEAN đã khai mạc tại Bangkok ngày 22-6. Thái Lan, nước chủ tịch luân phiên ASEAN "
     "2019, đưa Biển Đông vào chương trình nghị sự.", {}, 2019),
    # the forum's year its numbered meetings agree with, not the next chair's told more often
    ("ASEAN 35 khai mạc\n\nNgày 2.11, Hội nghị Bộ trưởng Ngoại giao ASEAN đã họp tại Bangkok. Sáng 3.11, Hội nghị Cấp "
     "cao ASEAN lần thứ 35 khai mạc, do Thủ tướng Thái Lan, Chủ tịch ASEAN 2019, chủ trì. Việt Nam sẽ đảm nhận cương vị "
     "Chủ tịch ASEAN 2020. Việt Nam sẵn sàng cho năm Chủ tịch ASEAN 2020.", {}, 2019),
    # "năm nay" with a year: the article's own
    ("Việt Nam chuẩn bị cho APEC 2027\n\nNăm nay, với vai trò chủ nhà APEC 2026, Trung Quốc tổ chức Tuần lễ Cấp cao "
     "APEC tại Thâm Quyến vào tháng 11. Hội nghị Quan chức Cao cấp không chính thức của Năm APEC 2027 sẽ diễn ra vào "
     "tháng 12 tới.", {}, 2026),
    # a document's year is no time anything happened ("Công ước … năm 1982")
    ("Tin tức\n\nNgày 18/5, Hội nghị Quan chức Cao cấp ASEAN - Trung Quốc về DOC diễn ra tại Hàng Châu, trên cơ sở "
     "Công ước Liên hợp quốc về Luật Biển năm 1982. Hội nghị Bộ trưởng Ngoại giao ASEAN sẽ họp trong năm 2019.", {}, 2019),
    ("Tin tức\n\nNgày 10/4, Hội nghị Bộ trưởng Năng lượng G7 bàn việc thực hiện Thoả thuận Paris về biến đổi khí "
     "hậu năm 2015. Hội nghị Bộ trưởng Ngoại giao G7 sẽ họp trong năm 2017.", {}, 2017),
    ("Tin tức\n\nNgày 5/6, Hội nghị Bộ trưởng Năng lượng G20 bàn cách thực hiện Thỏa thuận Paris về biến đổi khí "
     "hậu năm 2015. Nhật Bản giữ vai trò Chủ tịch G20 trong năm 2019.", {}, 2019),
    ("Tin tức\n\nNgày 27/4, Hội nghị Cấp cao ASEAN khai mạc tại Manila. Hai bên thảo luận bộ quy tắc ứng xử từ năm "
     "2010. Philippines giữ vai trò Chủ tịch ASEAN trong năm 2017.", {}, 2017),
    # nor a year aimed at in the headline ("hướng đến … năm 2025")
    ("ASEAN hướng đến 'không rác thải nhựa' năm 2025\n\nNgày 10/9, Hội nghị Bộ trưởng Môi trường ASEAN đã họp. Các bộ "
     "trưởng nhắc lại cam kết đưa ra tháng 10/2019.", {}, 2019),
    # a year counted from ("kể từ năm 2013") is not the article's
    ("Tin tức\n\nNgày 12/5, Hội nghị Bộ trưởng Môi trường G7 bàn về nạn cháy rừng, nghiêm trọng nhất kể từ năm 2013. "
     "Italy giữ vai trò Chủ tịch G7 trong năm 2017.", {}, 2017),
    # a goal's year is no time anything happened: the meeting's number tells it
    ("Việt Nam cam kết đưa phát thải ròng về 0 vào năm 2050\n\nChiều 1/11, Thủ tướng phát biểu tại Hội nghị COP26 "
     "ở Glasgow.", {}, 2021),
    ("Bàn cách thực hiện Tầm nhìn 2045\n\nNgày 8/3, Hội nghị Quan chức cao cấp ASEAN (SOM ASEAN) bàn việc triển khai "
     "Tầm nhìn Cộng đồng ASEAN 2045. Malaysia giữ vai trò Chủ tịch ASEAN trong năm 2025.", {}, 2025),
    # a target's year, the figures told between ("mục tiêu … đạt 1.000 tỷ USD … năm 2020")
    ("Tin tức\n\nHai bên nhắm tới mục tiêu kim ngạch thương mại đạt 1.000 tỷ USD và đầu tư đạt 150 tỷ USD năm 2020. "
     "Ngày 18/5, Hội nghị Quan chức cao cấp ASEAN - Trung Quốc họp tại Quý Dương. Philippines giữ vai trò Chủ tịch "
     "ASEAN trong năm 2017.", {}, 2017),
])
def test_year_from_context(text, meta, expected_year, gaz):
    evs, _ = events(text, gaz, **meta)
    assert evs and evs[0][4].startswith(str(expected_year))


def test_no_year_anywhere_means_no_event(gaz):
    assert events("Ngày 22/9, Hội nghị tham vấn chung ASEAN (JCM) đã diễn ra.", gaz)[0] == []
    # the year something began is none: a first meeting's, a founding's, a birth's
    assert events("Diễn đàn Tiếng nói tương lai APEC sẽ diễn ra từ ngày 5 đến 11-11. Diễn đàn lần đầu tiên được tổ "
                  "chức tại Malaysia năm 1998.", gaz)[0] == []
    assert events("Hội nghị Bộ trưởng Ngoại giao ASEAN họp ngày 2/8. ASEAN được thành lập năm 1967.", gaz)[0] == []
    assert events("Hội đồng Điều phối ASEAN họp ngày 12-11. Đại sứ Hoàng Anh Tuấn sinh năm 1965 tại Hà Nội.",
                  gaz)[0] == []
    # a decade is none ("những năm 1980", "các năm 1960"), though a year at a decade's start is one
    assert events("Ủy ban Di sản Thế giới của UNESCO họp tại Azerbaijan ngày 5-7. Di tích bị hư hại từ đầu những năm "
                  "1980.", gaz)[0] == []
    assert events("Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng diễn ra ngày 24/10. Khu vực đã trải qua các năm 1960 "
                  "đầy biến động.", gaz)[0] == []
    assert events("Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng diễn ra ngày 24/10. Dự án khởi động cuối năm 2020.",
                  gaz)[0]
    # a target's year is none
    assert events("Hội nghị Bộ trưởng ASEAN - Trung Quốc vào tháng 8 sẽ bàn mục tiêu thương mại hai chiều đạt "
                  "1.000 tỷ USD năm 2020.", gaz)[0] == []


def test_several_meetings_share_one_date(gaz):
    evs, _ = events("Đây là bước chuẩn bị cho Hội nghị Cấp cao và Hội nghị liên Bộ trưởng Ngoại giao - Kinh tế APEC, "
                    "dự kiến sẽ diễn ra từ ngày 8-12/11/2021.", gaz)
    assert evs == [("APEC", "leaders", "AELM", None, "2021-11-08", "2021-11-12", "planned"),
                   ("APEC", "ministers", "AMM", None, "2021-11-08", "2021-11-12", "planned")]


@pytest.mark.parametrize(("text", "expected"), [
    # "Ngay sau đó là X": right after the meeting told before, that day
    ("Tiêu đề\n\nChiều 5/9/2023, Hội nghị Cấp cao ASEAN - Trung Quốc lần thứ 26 diễn ra. Ngay sau đó là Hội nghị Cấp cao "
     "ASEAN - Hàn Quốc lần thứ 24.", [(26, "2023-09-05"), (24, "2023-09-05")]),
    # … not "sau đó là", later
    ("Tiêu đề\n\nHội nghị Quan chức cao cấp APEC lần thứ nhất (SOM 1) dự kiến diễn ra vào tháng 2/2027, sau đó là SOM 2 "
     "tại Thâm Quyến.", [(1, "2027-02-01")]),
    # "Cũng trong dịp này": on the occasion just told, its month
    ("Tiêu đề\n\nĐầu tháng 9/2023, Thủ tướng sẽ dự Hội nghị Cấp cao ASEAN lần thứ 43 tại Jakarta. Nhân dịp này, Hội nghị "
     "Cấp cao ASEAN - Nhật Bản lần thứ 26 kỷ niệm 50 năm quan hệ đối tác.", [(43, "2023-09-01"), (26, "2023-09-01")]),
])
def test_a_meeting_told_right_after_another_takes_its_day(text, expected, gaz):
    assert [(e[3], e[4]) for e in events(text, gaz)[0]] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the meeting named again by its common noun after the source that tells it ("Theo TTXVN, hội nghị …")
    ("Tiêu đề\n\nHội nghị Cấp cao ASEAN lần thứ 44 đã khai mạc tại Vientiane. Theo TTXVN, hội nghị diễn ra trong hai ngày "
     "8 và 9/10/2024 tại Trung tâm Hội nghị Quốc gia Lào.", [(44, "2024-10-08", "2024-10-09")]),
    ("Tiêu đề\n\nHội nghị Bộ trưởng Ngoại giao G20 khai mạc tại Rio de Janeiro. Theo hãng tin AFP, hội nghị kéo dài đến "
     "ngày 22/2/2024.", [(None, "2024-02-22", "2024-02-22")]),
])
def test_the_meeting_named_again_after_its_source(text, expected, gaz):
    assert [(e[3], e[4], e[5]) for e in events(text, gaz)[0]] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a day of something done at the meeting, then the meeting's days told in the same sentence: its days
    ("Tiêu đề\n\nCác nhà lãnh đạo dự Hội nghị Cấp cao đặc biệt ASEAN - Australia đã thông qua Tuyên bố Melbourne chiều "
     "6/3/2024, trong ngày cuối của hội nghị kéo dài từ 4 đến 6/3.", [("2024-03-04", "2024-03-06")]),
    # … not another thing's days
    ("Tiêu đề\n\nHội nghị Cấp cao ASEAN lần thứ 43 khai mạc ngày 5/9/2023, trong khi hội chợ thương mại kéo dài từ 1 đến "
     "10/9.", [("2023-09-05", "2023-09-05")]),
])
def test_the_meetings_days_told_after_a_day_at_it(text, expected, gaz):
    assert [(e[4], e[5]) for e in events(text, gaz)[0]] == expected


def test_a_natos_summit_named_by_its_host_city(gaz):
    # NATO's hosts are known (etl/data/hosts.toml): "hội nghị thượng đỉnh ở Madrid" is its summit of 2022
    text = ("Tiêu đề\n\nHội nghị thượng đỉnh NATO khai mạc tại Vilnius ngày 11/7/2023. Một năm trước, tại hội nghị thượng "
            "đỉnh ở Madrid cuối tháng 6/2022, các đồng minh NATO thông qua Khái niệm chiến lược mới.")
    assert [(e[0], e[4]) for e in events(text, gaz)[0]] == [("NATO", "2023-07-11"), ("NATO", "2022-06-01")]


@pytest.mark.parametrize(("text", "expected"), [
    # a bare summit in a sentence that names its forum as its leaders' or members' ("EU" alone names no meeting)
    ("Tiêu đề\n\nTại Hội nghị thượng đỉnh ở Brussels ngày 21-22/3/2024, lãnh đạo các nước EU thảo luận về viện trợ quân "
     "sự cho Ukraine.", [("EU", "leaders", "2024-03-21", "2024-03-22")]),
    ("Tiêu đề\n\nHội nghị thượng đỉnh kéo dài hai ngày 26-27/10/2023, khi nguyên thủ 27 quốc gia thành viên Liên minh châu "
     "Âu bàn về tình hình Trung Đông.", [("EU", "leaders", "2023-10-26", "2023-10-27")]),
    # … not the union as an actor
    ("Tiêu đề\n\nEU muốn kết nối với châu Á. Hội nghị diễn ra ngày 27/6/2024 tại Tokyo.", []),
])
def test_a_forum_named_as_its_members_is_its_bare_summits(text, expected, gaz):
    assert [(e[0], e[1], e[4], e[5]) for e in events(text, gaz)[0]] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the summit's sessions with its guests, in lower case, in an article on a forum that holds them: its outreach
    ("Tiêu đề\n\nHội nghị thượng đỉnh BRICS lần thứ 15 diễn ra tại Johannesburg từ ngày 22 đến 24/8/2023. Ngày 24/8, "
     "phiên họp mở rộng với lãnh đạo hơn 60 nước châu Phi và Nam bán cầu bàn về hợp tác phát triển.",
     [("BRICS", "Summit", "2023-08-22"), ("BRICS", "Outreach", "2023-08-24")]),
    ("Tiêu đề\n\nHội nghị thượng đỉnh G20 diễn ra tại Rio de Janeiro ngày 18-19/11/2024. Các nước khách mời dự phiên thảo "
     "luận mở rộng chiều 19/11.", [("G20", "Summit", "2024-11-18"), ("G20", "Outreach", "2024-11-19")]),
    # … not of a forum that holds none, nor one of its sessions by number
    ("Tiêu đề\n\nHội nghị Cấp cao ASEAN lần thứ 43 diễn ra từ ngày 5 đến 7/9/2023. Sáng 6/9, phiên họp mở rộng bàn về "
     "Biển Đông.", [("ASEAN", "Summit", "2023-09-05")]),
    ("Tiêu đề\n\nChiều 20/5/2023, Thủ tướng dự phiên họp thứ nhất của Hội nghị thượng đỉnh G7 mở rộng. Ngày mai (21/5), "
     "phiên họp mở rộng thứ hai sẽ bàn về hòa bình.", [("G7", "Outreach", "2023-05-20")]),
    ("Tiêu đề\n\nHội nghị thượng đỉnh G7 diễn ra tại Hiroshima từ ngày 19 đến 21/5/2023. Ngày 21/5, Tổng thống tham gia "
     "phiên thảo luận mở rộng “Hướng tới một thế giới ổn định” cùng các nước khách mời.", [("G7", "Summit", "2023-05-19")]),
])
def test_a_summits_sessions_with_its_guests_in_lower_case(text, expected, gaz):
    assert [(e[0], e[2], e[4]) for e in events(text, gaz)[0]] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name with a digit between its letters is another body's, not the article's forum's meeting by number
    # (P4G, a forum of its own since the forty-eighth session, keeps its own days)
    ("Tiêu đề\n\nThủ tướng dự ASEM 12 tại Brussels ngày 18-19/10/2018, rồi tới Copenhagen dự Hội nghị Thượng đỉnh P4G lần "
     "thứ nhất ngày 19-20/10.", [("ASEM", 12, "2018-10-18"), ("P4G", 1, "2018-10-19")]),
    pytest.param("Tiêu đề\n\nHội nghị Cấp cao APEC lần thứ 27 bị hủy. Ngày 10/10/2019, Hội nghị thượng đỉnh C40 lần thứ "
                 "bảy của các thị trưởng khai mạc tại Copenhagen.", [],
                 marks=pytest.mark.xfail(strict=True, reason="a one-letter name before its digits ('C40') reads as the "
                                                             "article's forum's meeting number 40")),
    # a meeting told with a year of its own after its name takes no day told before it (a year alone: no event)
    ("Tiêu đề\n\nTại lễ bế mạc tối 14/11/2020, Thủ tướng trao búa chủ tịch cho Brunei, nước sẽ đăng cai Hội nghị Cấp cao "
     "ASEAN lần thứ 38 vào năm 2021.", []),
    ("Tiêu đề\n\nChiều 12/11/2024, Bộ trưởng khẳng định Việt Nam sẽ tham dự đầy đủ Hội nghị Cấp cao APEC tại Hàn Quốc năm "
     "tới.", []),
    # … the day's own year is no other
    ("Tiêu đề\n\nChiều 5/11/2025, các nhà lãnh đạo dự Hội nghị Cấp cao APEC tại Gyeongju năm 2025.",
     [("APEC", None, "2025-11-05")]),
])
def test_another_bodys_name_and_a_year_of_its_own(text, expected, gaz):
    assert [(e[0], e[3], e[4]) for e in events(text, gaz)[0]] == expected






def test_each_meeting_takes_its_own_date(gaz):
    evs, _ = events("Các cuộc họp sẽ bắt đầu bằng SOM ASEAN vào ngày 8/6/2015, tiếp theo là SOM ASEAN+3 và SOM EAS "
                    "vào ngày 9/6/2015, và kết thúc bằng SOM ARF vào ngày 10/6/2015.", gaz)
    assert [(e[0], e[4]) for e in evs] == [("ASEAN", "2015-06-08"), ("ASEAN+3", "2015-06-09"), ("EAS", "2015-06-09"),
                                           ("ARF", "2015-06-10")]


@pytest.mark.parametrize(("text", "status"), [
    ("Hội nghị Cấp cao ASEAN lần thứ 40 sẽ diễn ra ngày 10/11/2022.", "planned"),
    ("Hội nghị Cấp cao ASEAN lần thứ 40 dự kiến diễn ra ngày 10/11/2022.", "planned"),
    ("Chủ tịch nước sắp dự Hội nghị Cấp cao ASEAN lần thứ 40 ngày 10/11/2022.", "planned"),
    ("Hội nghị Cấp cao ASEAN lần thứ 40 đã diễn ra ngày 10/11/2022.", "held"),
    ("Hội nghị Cấp cao ASEAN lần thứ 26 được tổ chức tại Kuala Lumpur cuối tháng 4/2015 vừa qua.", "held"),
    # a past deed's tense is not that of the meeting it invites to, aims at or lays the ground for
    ("Lãnh đạo Việt Nam đã mời Tổng thống Donald Trump dự Hội nghị cấp cao APEC vào tháng 11/2017.", "planned"),
    ("Các ngoại trưởng đã nhất trí với dự thảo khung COC để đưa phê chuẩn tại Hội nghị Bộ trưởng Ngoại giao ASEAN - "
     "Trung Quốc diễn ra vào ngày 6/8/2017.", "planned"),
    ("Hội nghị đã đặt nền tảng cho Hội nghị thượng đỉnh G7 diễn ra ngày 24-26/8/2019 tại Biarritz.", "planned"),
    # … not the verb "để lại" (left a mark at it)
    ("Việt Nam đã để lại dấu ấn tại Hội nghị Cấp cao Á - Âu lần thứ năm (Hà Nội, 8-9/10/2004).", "held"),
    # what someone wants to do at a meeting is still to come
    ("Thủ tướng Nhật Bản tuyên bố ý muốn đưa vấn đề Triều Tiên ra Hội nghị Thượng đỉnh G7 tại Italy trong tháng 5/2017.",
     "planned"),
    ("Bắc Kinh muốn phá băng với Washington trước hội nghị thượng đỉnh G20 ở Osaka vào cuối tháng 6/2019.", "planned"),
    ("Nhà hoạt động trẻ có ý định tham dự hội nghị COP25 ở Santiago, Chile vào tháng 12/2019.", "planned"),
    ("Bộ trưởng có ý định nêu vấn đề này tại Hội nghị Bộ trưởng Ngoại giao ASEAN ngày 2/8/2019.", "planned"),
    # … but the meeting's own word wins: "đã diễn ra" after it
    ("Thủ tướng đã mời các nhà lãnh đạo dự Hội nghị Cấp cao ASEAN lần thứ 37 đã diễn ra ngày 12/11/2020.", "held"),
])
def test_status_from_words(text, status, gaz):
    assert events(text, gaz)[0][0][6] == status


# An undated article's two first sentences, which tell neither a day nor a plan (an undated lead that tells a
# plan makes its days still to come: reference())
_LEAD = "Thủ tướng kêu gọi các nước tăng cường đoàn kết. Các nước cần đẩy mạnh hợp tác về kinh tế và văn hóa.\n"


@pytest.mark.parametrize(("text", "expected"), [
    # a tense word and a verb of attending govern every meeting named after them in the clause, however far
    ("Các nhà lãnh đạo sẽ tham dự Hội nghị Cấp cao ASEAN lần thứ 29, các Hội nghị Cấp cao ASEAN với Trung Quốc, Nhật "
     "Bản, Hàn Quốc, Ấn Độ và Liên Hợp Quốc, Hội nghị Cấp cao ASEAN+3 và Hội nghị Cấp cao Mekong - Nhật Bản vào ngày "
     "7/9/2016.", {"ASEAN+3": "planned", "Mekong-Japan": "planned"}),
    ("Trong chuyến đi này, Tổng thống Nga cũng sẽ gặp các nhà lãnh đạo khu vực tham dự hội nghị thượng đỉnh ASEAN "
     "diễn ra từ ngày 11 đến 15/11/2018, đồng thời tham dự hội nghị thượng đỉnh Đông Á (EAS) diễn ra trong hai ngày "
     "14 và 15/11.", {"EAS": "planned"}),
    # … not past a stop
    ("Thủ tướng sẽ tham dự lễ kỷ niệm 50 năm thành lập Hiệp hội tại thủ đô Jakarta của Indonesia; Hội nghị Cấp cao "
     "Mekong - Nhật Bản diễn ra ngày 9/10/2018 tại Tokyo.", {"Mekong-Japan": "held"}),
    # a journey told with the tense, the attending joined to it later in the clause ("rồi", "trước khi" after one
    # still to come), however far
    ("Tổng thống Pháp Emmanuel Macron sẽ sang Nhật Bản, thăm cố đô Kyoto và gặp gỡ cộng đồng doanh nghiệp Pháp tại "
     "Osaka, rồi dự Hội nghị Thượng đỉnh G7 tại Hiroshima ngày 19-21/5/2023.", {"G7": "planned"}),
    ("Ngoại trưởng Mỹ dự kiến công du Trung Đông, dừng chân tại Riyadh và Abu Dhabi để bàn về an ninh khu vực, rồi tiếp "
     "tục dự Hội nghị Bộ trưởng Ngoại giao G20 tại New Delhi ngày 1-2/3/2023.", {"G20": "planned"}),
    ("Thủ tướng Australia sẽ lên đường tới Jakarta vào cuối tuần, gặp Tổng thống Indonesia để bàn về hợp tác năng "
     "lượng, trước khi dự Hội nghị Cấp cao Đông Á lần thứ 18 ngày 7/9/2023.", {"EAS": "planned"}),
    # … not the attending's own tense
    ("Tổng thống Hàn Quốc sẽ tới Phnom Penh, thủ đô Campuchia, nơi ông có cuộc gặp với Thủ tướng Hun Sen, sau khi đã "
     "dự Hội nghị Cấp cao ASEAN - Hàn Quốc ngày 11/11/2022.", {"ASEAN": "held"}),
])
def test_a_tense_word_and_its_verb_govern_the_meetings_listed_after_them(text, expected, gaz):
    got = {e[0]: e[6] for e in events(_LEAD + text, gaz)[0]}
    assert {forum: got.get(forum) for forum in expected} == expected


# Passages a helper wrote from the guideline alone (tests/data/passages_tenses.jsonl), in undated articles: a journey
# told with its tense, the attending joined to it later ("sẽ tới Osaka, …, đồng thời dự …"), and contrasts where the
# attending has a tense or a time of its own.
TENSES = data_rows("passages_tenses.jsonl")


@pytest.mark.parametrize("row", phenomenon_params(TENSES, lambda row, n: None))
def test_a_passage_tells_its_meetings_tense(row, gaz):
    got = {(e[0], e[1], e[4]): e[6] for e in reversed(events(_LEAD + row["text"], gaz)[0])}
    assert {(m["forum"], m["level"], m["start"] if len(m["start"]) == 10 else f"{m['start']}-01"): m["status"]
            for m in row["meetings"]} == {k: got.get(k) for k in
                                          [(m["forum"], m["level"], m["start"] if len(m["start"]) == 10 else
                                            f"{m['start']}-01") for m in row["meetings"]]}


@pytest.mark.parametrize(("text", "expected"), [
    # a closing ceremony or session named in a schedule tells nothing done: the lead's plan holds
    ("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 56 sẽ diễn ra tại Jakarta từ ngày 11 đến 14/7/2023.\n\nNGÀY 14/7\n\n"
     "- 16h00: Phiên bế mạc Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 56.", {"planned"}),
    ("Tiêu đề\n\nChương trình Hội nghị Cấp cao APEC năm 2017 dự kiến như sau.\n\n- Sáng 11/11/2017: Lễ bế mạc Hội nghị "
     "các Nhà lãnh đạo Kinh tế APEC.", {"planned"}),
    # … the verb does
    ("Tiêu đề\n\nHội nghị Cấp cao ASEAN lần thứ 43 đã bế mạc chiều 7/9/2023 tại Jakarta.", {"held"}),
    # "theo lịch (trình)": the schedule's, still to come where nothing is told as done
    ("Tiêu đề\n\nTheo lịch trình của nước chủ nhà, Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng diễn ra tại Kuala Lumpur "
     "ngày 1/11/2025.", {"planned"}),
    ("Tiêu đề\n\nTheo lịch, Hội nghị Thượng đỉnh G20 họp tại Rio de Janeiro trong hai ngày 18-19/11/2024.", {"planned"}),
    ("Tiêu đề\n\nTheo lịch trình, Hội nghị Cấp cao ASEAN lần thứ 37 đã khai mạc sáng 12/11/2020.", {"held"}),
])
def test_a_ceremony_and_a_schedule_tell_the_tense(text, expected, gaz):
    assert {e[6] for e in events(text, gaz)[0]} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a meeting's name ends before what it prepares for: the meeting it is, told as done, and no date for the other
    ("Tiêu đề\n\nTrước đó, ngày 4/9/2023, Bộ trưởng Bùi Thanh Sơn đã dự Hội nghị Hội đồng Cộng đồng Chính trị - An ninh "
     "ASEAN chuẩn bị cho Hội nghị Cấp cao.", [("ASEAN", "ministers", "2023-09-04", "held"),
                                                ("Bùi Thanh Sơn", "2023-09-04")]),
    ("Tiêu đề\n\nNgày 6-7/11/2017, Hội nghị Quan chức Cao cấp cuối kỳ APEC chuẩn bị cho Tuần lễ Cấp cao đã họp tại Đà "
     "Nẵng.", [("APEC", "senior_officials", "2017-11-06", "held")]),
    # … and its chair is its own, not the prepared meeting's
    ("Tiêu đề\n\nHội nghị Thượng đỉnh Phong trào Không liên kết lần thứ 18 diễn ra tại Baku ngày 25-26/10/2019. Trước đó, "
     "trong hai ngày 21-22/10, Hội nghị Quan chức cao cấp NAM chuẩn bị cho Thượng đỉnh đã diễn ra dưới sự chủ trì của "
     "Thứ trưởng Ngoại giao Azerbaijan Mahmud Mammad-Guliyev.",
     [("NAM", "leaders", "2019-10-25", "held"), ("NAM", "senior_officials", "2019-10-21", "held"),
      ("Mahmud Mammad-Guliyev", "2019-10-21")]),
])
def test_a_meeting_that_prepares_another(text, expected, gaz):
    evs, people = events(text, gaz)
    assert [(e[0], e[1], e[4], e[6]) for e in evs] + sorted({(p.name, str(p.event_start)) for p in people}) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the page's date line in the lead, then the meeting's own month
    ("Hà Nội, 1/6/2025 - Đầu tháng 7 tới, Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58 sẽ được tổ chức "
     "tại Kuala Lumpur.", [("AMM", 58, "2025-07-01", "planned")]),
    # the day it was said, then the meeting's own month
    ("Tiêu đề\n\nNgày 1/6/2025, Bộ Ngoại giao cho biết, đầu tháng 7 tới, Hội nghị Bộ trưởng Ngoại giao ASEAN "
     "lần thứ 58 sẽ được tổ chức tại Kuala Lumpur.", [("AMM", 58, "2025-07-01", "planned")]),
    # one name, two numbers, then "sẽ": both planned
    ("Hà Nội, 2/10/2024 - Cuối tháng này, Hội nghị Cấp cao ASEAN lần thứ 44 và 45 sẽ diễn ra tại Vientiane.",
     [("Summit", 44, "2024-10-01", "planned"), ("Summit", 45, "2024-10-01", "planned")]),
    # on the meeting's eve, or before it where nothing is told as done: still to come
    ("Tiêu đề\n\nÔng phát biểu hôm 28/5/2016, ngay trước thềm Đối thoại Shangri-La khai mạc ngày 3/6/2016.",
     [("Meeting", None, "2016-06-03", "planned")]),
    ("Tiêu đề\n\nĐây là cuộc họp lần thứ 3 trong năm nay, trước khi Hội nghị Cấp cao CLMV lần thứ 8 diễn ra vào ngày "
     "26/10/2016.", [("Summit", 8, "2016-10-26", "planned")]),
    ("Tiêu đề\n\nViệt Nam đã tổ chức thành công các hội nghị quan chức cao cấp, trước khi Hội nghị Cấp cao CLMV lần thứ 8 "
     "diễn ra vào ngày 26/10/2016.", [("Summit", 8, "2016-10-26", "held")]),
    # the meeting "và các cuộc họp liên quan", then "sẽ": its tense too, whatever the article's day
    ("Tiêu đề\n\nTháng 3/2017, Hội nghị các quan chức cao cấp APEC lần thứ nhất (SOM 1) và các cuộc họp liên quan sẽ "
     "diễn ra tại Nha Trang.", [("SOM", 1, "2017-03-01", "planned")]),
    ("Tiêu đề\n\nTừ ngày 21 đến 27/7/2024, Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 và những hội nghị liên quan "
     "sẽ được tổ chức tại Viêng Chăn.", [("AMM", 57, "2024-07-21", "planned")]),
    # "tháng 1 tới" said in December is next January
    ("Tiêu đề\n\nNgày 20/12/2024, Bộ Ngoại giao cho biết Hội nghị Bộ trưởng Ngoại giao ASEAN hẹp sẽ diễn ra "
     "vào tháng 1 tới tại Langkawi.", [("AMM", None, "2025-01-01", "planned")]),
    # the date line alone dates the meeting
    ("Jakarta, 5/9/2023 (TTXVN) - Hội nghị Cấp cao ASEAN lần thứ 43 khai mạc tại Jakarta.",
     [("Summit", 43, "2023-09-05", "held")]),
    # said at the meeting: the date is the meeting's
    ("Tiêu đề\n\nNgày 22/9/2021, Bộ trưởng cho biết tại Hội nghị tham vấn chung ASEAN (JCM) rằng …",
     [("JCM", None, "2021-09-22", "held")]),
    # a meeting some days after the day told before it ("sau đó một ngày", "hai ngày sau đó"; not "một ngày sau khi …")
    ("Tiêu đề\n\nChuyến đi sẽ kết thúc bằng cuộc họp của NATO tại Brussels vào hôm 25/5/2017 và hội nghị thượng đỉnh G7 "
     "ở Sicily, Italy sau đó một ngày.", [("Summit", None, "2017-05-25", "planned"),       # (NATO's, then the G7's)
                                             ("Summit", None, "2017-05-26", "planned")]),
    # … or some days before it ("một ngày trước khi … khai mạc"): the day after
    ("Tiêu đề\n\nHai nhà lãnh đạo gặp nhau tại Nusa Dua chiều 14/11/2022, một ngày trước khi hội nghị thượng đỉnh G20 "
     "khai mạc.", [("Summit", None, "2022-11-15", "planned")]),
    ("Tiêu đề\n\nThủ tướng tới Jakarta ngày 3/9/2023, hai ngày trước khi Hội nghị Cấp cao ASEAN lần thứ 43 bắt đầu.",
     [("Summit", 43, "2023-09-05", "planned")]),
    ("Tiêu đề\n\nNgoại trưởng Mỹ hôm 27/7/2024 tham dự Hội nghị Bộ trưởng Ngoại giao ASEAN - Hoa Kỳ, một ngày sau khi "
     "ông gặp Ngoại trưởng Trung Quốc.", [("AMM/Mỹ", None, "2024-07-27", "held")]),
    # a frame's own days hold a meeting told in it to their month, not to their range
    ("Tiêu đề\n\nTrong khuôn khổ Tuần lễ Cấp cao APEC 2017 diễn ra từ ngày 5 – 11/11/2017 tại Đà Nẵng, có một sự kiện "
     "đáng chú ý là Đối thoại cấp cao không chính thức lần đầu tiên giữa APEC và ASEAN.",
     [("AELW", None, "2017-11-05", "held"), ("Dialogue/ASEAN", 1, "2017-11-01", "held")]),
    ("Tiêu đề\n\nBên lề Hội nghị Cấp cao ASEAN lần thứ 43 diễn ra từ ngày 5 đến 7/9/2023, Hội nghị Cấp cao ASEAN - "
     "Canada đã được tổ chức.", [("Summit", 43, "2023-09-05", "held"), ("Summit/Canada", None, "2023-09-01", "held")]),
    # a day and, before the meeting too, the days that hold it: the days
    ("Singapore, 15/11/2018 - Chiều 15/11, sau ba ngày làm việc (từ 13 đến 15/11), Hội nghị Cấp cao ASEAN lần thứ 33 "
     "đã bế mạc.", [("Summit", 33, "2018-11-13", "held")]),
    ("Hà Nội, 20/11/2006 - Sáng 19/11, sau hai ngày họp (18-19/11), Hội nghị các nhà lãnh đạo kinh tế APEC lần thứ 14 "
     "đã kết thúc tốt đẹp.", [("AELM", 14, "2006-11-18", "held")]),
    # the day of an interview, a phone call or a piece of writing, told right after it: not the meeting's
    ("Tiêu đề\n\nTrong cuộc phỏng vấn với báo Washington Post ngày 14-11-2018, phó tổng thống Mỹ tiết lộ trên đường từ "
     "Nhật Bản sang Singapore dự Hội nghị cấp cao Mỹ - ASEAN, chuyên cơ chở ông đã bay qua Biển Đông.", []),
    ("Tiêu đề\n\nTrong bài viết đăng trên tờ Nikkei hôm 3/5/2019, Thủ tướng Nhật Bản cho biết ông sẽ chủ trì Hội nghị "
     "thượng đỉnh G20 ở Osaka.", []),
    ("Tiêu đề\n\nTrả lời phỏng vấn báo chí, Thứ trưởng cho biết ngày 5/9/2023 Hội nghị Cấp cao ASEAN lần thứ 43 sẽ khai "
     "mạc.", [("Summit", 43, "2023-09-05", "planned")]),
    # the day it was said, of what was said "rằng" about the meeting, even said "tại" the meeting's place
    ("Tiêu đề\n\nHôm 3/12/2018, Tổng thống Philippines nói tại một cuộc họp báo rằng ông từng dùng cần sa để giữ "
     "tỉnh táo tại hội nghị cấp cao ASEAN ở Singapore.", []),
    ("Tiêu đề\n\nNgày 14/11/2018, Thủ tướng nói tại Hội nghị Cấp cao ASEAN lần thứ 33 rằng ASEAN cần đoàn kết.",
     [("Summit", 33, "2018-11-14", "held")]),
    # the day it was said, of what will be, and nothing else: no date of the meeting's
    ("Tiêu đề\n\nTổng thống Mỹ Donald Trump ngày 29/11/2018 cho biết ông sẽ dự Hội nghị thượng đỉnh G20.", []),
    ("Tiêu đề\n\nHôm 29/11/2018, Nhà Trắng thông báo Tổng thống sẽ hủy cuộc gặp với Tổng thống Nga bên lề Hội nghị "
     "thượng đỉnh G20.", []),
    ("Tiêu đề\n\nNgày 3/3/2025, Bộ Ngoại giao xác nhận Thủ tướng sẽ dẫn đầu đoàn dự Hội nghị Cấp cao ASEAN lần thứ "
     "46 ngày 26/5.", [("Summit", 46, "2025-05-26", "planned")]),
    # … and the day of who told of the meeting, in a clause of its own after it (the sample s29)
    ("Tiêu đề\n\nDiễn đàn cấp cao Vành đai và Con đường lần này sẽ có sự tham dự của gần 40 lãnh đạo nước ngoài, Uỷ "
     "viên Quốc vụ Trung Quốc hôm 30/3/2019 cho biết.", []),
    ("Tiêu đề\n\nHội nghị Cấp cao APEC sẽ có sự tham gia của 21 nhà lãnh đạo, Thứ trưởng Ngoại giao Peru cho biết hôm "
     "12/4/2016.", []),
    ("Tiêu đề\n\nHội nghị thượng đỉnh G20 sẽ diễn ra tại Osaka ngày 28/6/2019, Bộ Ngoại giao Nhật Bản ngày 2/5/2019 "
     "thông báo.", [("Summit", None, "2019-06-28", "planned")]),
    # … nor of what it said, untensed ("cho biết, …", "cho biết rằng …"), but of a meeting told as held that day
    ("Tiêu đề\n\nNgười phát ngôn Điện Kremlin ngày 24/10/2017 cho biết, lịch trình của Tổng thống chưa có cuộc gặp "
     "song phương tại Hội nghị Thượng đỉnh APEC.", []),
    ("Tiêu đề\n\nNhà Trắng hôm 2/11/2018 cho biết rằng chương trình làm việc của Tổng thống tại Hội nghị thượng đỉnh "
     "G20 vẫn đang được thảo luận.", []),
    ("Tiêu đề\n\nNgày 30-10-2025, Bộ Ngoại giao cho biết, Hội nghị liên Bộ trưởng Ngoại giao – Kinh tế APEC lần thứ 36 "
     "(AMM 36) đã diễn ra tại thành phố Gyeongju.", [("AMM", 36, "2025-10-30", "held")]),
    # a day of another kind of event (an opening of a resort, an inauguration, a ratification)
    ("Tiêu đề\n\nQuảng Ninh chọn quần thể nghỉ dưỡng vừa khai trương ngày 15/12/2018 để tổ chức Diễn đàn Du lịch "
     "ASEAN.", []),
    ("Tiêu đề\n\nBên lề Hội nghị Cấp cao ASEAN, Thủ tướng nhắc tới việc Quốc hội phê chuẩn ngày 12/11/2018 một hiệp "
     "định thương mại.", []),
    # … a ruling, a missile test, an election, named right before their days (but not a meeting between them)
    ("Tiêu đề\n\nTuyên bố chung của Hội nghị Bộ trưởng Ngoại giao ASEAN không nhắc đến phán quyết của Tòa Trọng tài "
     "ngày 12/7/2016.", []),
    ("Tiêu đề\n\nHội nghị Bộ trưởng Ngoại giao ASEAN ra tuyên bố về vụ thử tên lửa của Triều Tiên hôm 29/11/2017.", []),
    ("Tiêu đề\n\nHội nghị thượng đỉnh G7 bày tỏ quan ngại về cuộc biểu tình ở Hong Kong hôm 18/8/2019.", []),
    ("Tiêu đề\n\nHội nghị Cấp cao ASEAN không ra tuyên bố về cuộc đảo chính ở Myanmar hôm 1/2/2021.", []),
    # … or told in a clause on another act after a comma ("…, và việc …")
    ("Tiêu đề\n\nHội nghị Cấp cao ASEAN lần thứ 34 ở Bangkok đã bàn về Biển Đông, và việc tàu Trung Quốc xâm phạm bãi Tư "
     "Chính ngày 3/7/2019 làm căng thẳng gia tăng.", []),
    ("Tiêu đề\n\nCác bộ trưởng bàn về phán quyết tại Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 49 ngày 24/7/2016.",
     [("AMM", 49, "2016-07-24", "held")]),
    # a day as a bound, before or after which something is done, is not the meeting's
    ("Tiêu đề\n\nBên lề Hội nghị thượng đỉnh G20 ở Argentina, hai nhà lãnh đạo nhất trí sẽ ngưng áp dụng các mức "
     "thuế mới sau ngày 1/1/2019.", []),
    ("Tiêu đề\n\nTại Hội nghị Cấp cao ASEAN ở Singapore, các nước cam kết hoàn tất đàm phán RCEP trước ngày 31/12/2019.",
     []),
    ("Tiêu đề\n\nCác nước thành viên phải gửi đề xuất trước ngày 5/6/2023 cho Hội nghị Bộ trưởng Ngoại giao ASEAN lần "
     "thứ 56 diễn ra ngày 11/7.", [("AMM", 56, "2023-07-11", "planned")]),
])
def test_which_date_is_the_meetings(text, expected, gaz):
    evs, _ = events(text, gaz)
    assert [(e[2], e[3], e[4], e[6]) for e in evs] == expected


# An article with no date of its own whose lead tells no day: a month told from now in a later
# sentence is told from the day that sentence names, not replaced by that day.
_UNDATED_LEAD = "Tiêu đề\n\nMột phát ngôn gây tranh cãi.\n\nNhiều người phản đối.\n\nCâu chuyện chưa dừng lại.\n\n"


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Hôm 3/12, Tổng thống Philippines Rodrigo Duterte nói tại một cuộc họp báo rằng ông từng dùng cần sa để giữ tỉnh "
     "táo tại hội nghị cấp cao ASEAN hồi tháng trước ở Singapore.", [("Summit", None, "2018-11-01", "month")]),
    ("Ngày 5/9, Ngoại trưởng Mỹ Mike Pompeo cho biết ông đã trao đổi thẳng thắn với các đồng nhiệm tại Hội nghị Bộ "
     "trưởng Ngoại giao ASEAN tháng trước ở Singapore.", [("AMM", None, "2018-08-01", "month")]),
    ("Chiều 2/7, Thủ tướng Nhật Bản nói với báo giới rằng hội nghị thượng đỉnh G20 tuần trước ở Osaka đã đạt "
     "được đồng thuận về thương mại điện tử.", [("Summit", None, "2019-06-01", "month")]),
    # a month the day's own: the day stays, and tells which of a host's two Junes (the G7 in Canada: 8-9/6/2018)
    ("Ngày 10/6, Điện Élysée chỉ trích Tổng thống Mỹ từ chối ủng hộ tuyên bố chung của hội nghị thượng đỉnh G7 tại "
     "Canada cuối tuần qua.", [("Summit", None, "2018-06-10", "day")]),
])
def test_a_month_told_from_now_is_told_from_its_sentences_day(sentence, expected, gaz):
    evs, _ = extract(article(_UNDATED_LEAD + sentence), gaz)
    assert [(e.meeting, e.ordinal, e.start.isoformat(), e.precision) for e in evs] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Tiêu đề\n\nHội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 40 diễn ra tại Manila ngày 29/7/2007. Ngay sau hội nghị "
     "này, Diễn đàn Khu vực ASEAN lần thứ 14 đã họp tại đó.", [("AMM", 40, "2007-07-29", "day"), ("ARF", 14, "2007-07-01", "month")]),
    ("Tiêu đề\n\nCác nhà lãnh đạo APEC họp tại Bangkok tháng 10/2003. Ngay sau cuộc họp đó, Hội nghị Thượng đỉnh Doanh "
     "nghiệp APEC bế mạc.", [("AELM", None, "2003-10-01", "month"), ("CEO Summit", None, "2003-10-01", "month")]),
])
def test_a_meeting_right_after_the_one_told_before_is_in_its_month(text, expected, gaz):
    evs, _ = extract(article(text), gaz)
    assert [(e.meeting, e.ordinal, e.start.isoformat(), e.precision) for e in evs] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Tiêu đề\n\nNgày 5/9/2023, Hội nghị Cấp cao ASEAN lần thứ 43 khai mạc tại Jakarta. Đây là lần đầu tiên Indonesia "
     "đăng cai kể từ Hội nghị Cấp cao ASEAN lần thứ 18 năm 2011. Hội nghị diễn ra trong ba ngày 5, 6 và 7/9.",
     [(43, "2023-09-05", "2023-09-07"), (43, "2023-09-05", "2023-09-07")]),
    ("Tiêu đề\n\nHội nghị các nhà lãnh đạo kinh tế APEC lần thứ 14 khai mạc tại Hà Nội ngày 18/11/2006, đúng 13 năm sau "
     "Hội nghị các nhà lãnh đạo kinh tế APEC lần thứ nhất ở Blake Island năm 1993. Hội nghị kéo dài hai ngày 18 và 19/11.",
     [(14, "2006-11-18", "2006-11-19"), (14, "2006-11-18", "2006-11-19")]),
])
def test_a_meeting_named_to_measure_time_from_is_not_the_one_named_again(text, expected, gaz):
    evs, _ = extract(article(text), gaz)
    assert [(e.ordinal, e.start.isoformat(), e.end.isoformat()) for e in evs] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "kể từ khi …": since something else happened, on a day that is no year of the article's nor its meetings'
    ("Tiêu đề\n\nLần đầu tiên kể từ khi gia nhập tổ chức ngày 15-7-1995, Việt Nam cử Thủ tướng dự Hội nghị thượng đỉnh "
     "G20 ngày 28-6.", [("Summit", None, "2019-06-28")]),     # (the G20 held on 28 June: Osaka's)
    ("Tiêu đề\n\nĐây là lần đầu tiên kể từ khi hai nước thiết lập quan hệ ngoại giao ngày 21-1-1973, lãnh đạo hai nước "
     "gặp nhau.\n\nHai bên sẽ cùng dự Hội nghị thượng đỉnh Đông Á vào tháng 11.", []),
    # … unless the clause names a meeting before its day: that meeting's
    ("Tiêu đề\n\nĐây là lần đầu tiên các bộ trưởng gặp nhau kể từ khi Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 52 "
     "diễn ra ngày 31-7-2019.", [("AMM", 52, "2019-07-31")]),
])
def test_a_day_told_since_when_is_no_year_of_the_article(text, expected, gaz):
    evs, _ = extract(article(text), gaz)
    assert [(e.meeting, e.ordinal, e.start.isoformat()) for e in evs] == expected


# A ministry's list of sectors inside a meeting's name, set apart by commas: the name goes on to its forum and number
@pytest.mark.parametrize(("text", "expected"), [
    ("Văn hóa\n\nNgày 24/8/2022, Hội nghị Bộ trưởng Văn hóa, Thể thao và Du lịch ASEAN lần thứ 3 đã khai mạc tại Huế.",
     [("ministers", 3, "2022-08-24")]),
    ("Văn hóa\n\nHội nghị Quan chức cao cấp Văn hóa, Nghệ thuật và Thông tin ASEAN lần thứ 5 diễn ra ngày 2/3/2024 tại "
     "Hà Nội.", [("senior_officials", 5, "2024-03-02")]),
    ("Lao động\n\nChiều 5/10/2023, Hội nghị Bộ trưởng Lao động, Việc làm, An sinh và Xã hội ASEAN lần thứ 2 bế mạc "
     "tại Jakarta.", [("ministers", 2, "2023-10-05")]),
    # guard: a comma after the forum ends the name
    ("Kinh tế\n\nNgày 20/8/2023, Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 55, Hội nghị Bộ trưởng Kinh tế ASEAN+3 lần "
     "thứ 26 và các hội nghị liên quan đã diễn ra.", [("ministers", 55, "2023-08-20"), ("ministers", 26, "2023-08-20")]),
])
def test_a_ministrys_list_of_sectors_in_a_name(text, expected, gaz):
    found, _ = events(text, gaz)
    assert [(e[1], e[3], e[4]) for e in found] == expected


# The days of a chain of meetings that holds the meeting are not its own: its own day, told later, dates it
@pytest.mark.parametrize(("text", "dated"), [
    ("Lao động\n\nChuỗi hội nghị về lao động của ASEAN diễn ra từ ngày 24 đến 26/10/2022 tại Hà Nội, trong đó có Hội "
     "nghị Bộ trưởng Lao động ASEAN lần thứ 27. Hội nghị Bộ trưởng Lao động ASEAN lần thứ 27 họp phiên toàn thể ngày "
     "26/10.", ["2022-10-26"]),
    ("Thanh niên\n\nTrong ba ngày 3-5/9/2024, tại Viêng Chăn đã diễn ra chuỗi các sự kiện về hợp tác thanh niên, gồm "
     "Hội nghị Bộ trưởng Thanh niên ASEAN lần thứ 13. Sang ngày 5/9, Hội nghị Bộ trưởng Thanh niên ASEAN lần thứ 13 "
     "chính thức khai mạc.", ["2024-09-05"]),
    # guard: told only with the chain's days, the meeting takes them
    ("Lao động\n\nChuỗi hội nghị về lao động của ASEAN diễn ra từ ngày 24 đến 26/10/2022 tại Hà Nội, trong đó có Hội "
     "nghị Bộ trưởng Lao động ASEAN lần thứ 27.", ["2022-10-24"]),
])
def test_the_days_of_a_chain_that_holds_the_meeting(text, dated, gaz):
    rows, _ = merge_reports(extract(article(text), gaz)[0], gaz)
    assert [r["start_date"].isoformat() for r in rows] == dated


# A frame's own date in brackets right after its name is its own, not passed on to the meeting it frames
@pytest.mark.parametrize(("text", "expected"), [
    ("Canada\n\nChiều 6/9/2023, Thủ tướng dự Hội nghị Cấp cao ASEAN - Canada, bên lề Hội nghị Cấp cao ASEAN lần thứ 43 "
     "(5-7/9) tại Jakarta.", [(None, "2023-09-06", "2023-09-06"), (43, "2023-09-05", "2023-09-07")]),
    ("EAS\n\nTrong khuôn khổ Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 (ngày 24-27/7/2024), sáng 26/7 đã diễn ra "
     "Hội nghị Bộ trưởng Ngoại giao Cấp cao Đông Á lần thứ 14.", [(57, "2024-07-24", "2024-07-27"), (14, "2024-07-26", "2024-07-26")]),
    # guard: a frame with no date of its own passes the sentence's on
    ("EAS\n\nTrong khuôn khổ Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57, sáng 26/7/2024 đã diễn ra Hội nghị Bộ trưởng "
     "Ngoại giao Cấp cao Đông Á lần thứ 14.", [(14, "2024-07-26", "2024-07-26")]),
])
def test_a_frames_own_date_in_brackets(text, expected, gaz):
    found, _ = events(text, gaz)
    assert [(e[3], e[4], e[5]) for e in found] == expected


# A short name given in brackets a space after the number ("… lần thứ 14 (SOMSWD 14)") is learnt as one given right
# after the name: its letters with "+3" name the ASEAN+3 meeting
@pytest.mark.parametrize(("text", "expected"), [
    ("Lao động\n\nNgày 12/5/2022, Hội nghị Quan chức Lao động cao cấp ASEAN về an sinh và việc làm lần thứ 17 (SLOM 17) "
     "đã diễn ra. Chiều cùng ngày, các quan chức đã họp với đối tác tại Hội nghị SLOM+3 lần thứ 19.",
     [("ASEAN", 17), ("ASEAN+3", 19)]),
])
def test_a_short_name_a_space_after_the_number(text, expected, gaz):
    found, _ = events(text, gaz)
    assert sorted({(e[0], e[3]) for e in found if e[3] is not None}) == expected


# "Cùng ngày" far after the story's one day, past a look back's days ("Trước đó, trong hai ngày 9-10/10, …"): the story's
def test_the_same_day_past_a_look_back(gaz):
    filler = " ".join(f"Các nước nhất trí về điểm thứ {k} của kế hoạch." for k in range(1, 9))
    text = ("Xã hội\n\nNgày 11/10/2023, tại Jakarta, Hội nghị Bộ trưởng ASEAN về Phúc lợi xã hội lần thứ 11 đã diễn ra. "
            + filler + "\n\nTrước đó, trong hai ngày 9-10/10, Hội nghị Quan chức cao cấp ASEAN về Phúc lợi xã hội đã họp "
            "trù bị.\n\nChiều cùng ngày, các bộ trưởng tiếp tục Hội nghị Bộ trưởng ASEAN+3 về Phúc lợi xã hội lần thứ 9.")
    found, _ = events(text, gaz)
    assert [(e[0], e[4]) for e in found if e[0] == "ASEAN+3"] == [("ASEAN+3", "2023-10-11")]


# … and, for what was, past the days of a meeting recalled in between (written 12104)
def test_the_same_day_past_a_meeting_recalled(gaz):
    filler = " ".join(f"Các bộ trưởng nhất trí về điểm thứ {k} của kế hoạch." for k in range(1, 9))
    text = ("Ngoại giao\n\nNgày 21/9/2023, tại New York, Bộ trưởng Ngoại giao dự Hội nghị không chính thức Bộ trưởng Ngoại "
            "giao ASEAN. " + filler + "\n\nCác bộ trưởng trao đổi về kết quả Hội nghị Cấp cao ASEAN lần thứ 43 tổ chức tại "
            "Jakarta hôm 5-7/9 vừa qua.\n\nCùng ngày, các Bộ trưởng Ngoại giao ASEAN đã dự Hội nghị Bộ trưởng ASEAN - Liên "
            "hợp quốc.")
    found, _ = events(text, gaz)
    assert [e[4] for e in found if e[2].endswith("Liên hợp quốc") or "/" in e[2]] == ["2023-09-21"]


# The days that three meetings or more share in one sentence are the days around them: each one's own day told later
# dates it
@pytest.mark.parametrize(("text", "dated"), [
    ("Tiểu vùng\n\nTừ ngày 29 đến 31/3/2018, tại Hà Nội sẽ diễn ra Hội nghị Cấp cao ACMECS lần thứ 8, Hội nghị Cấp cao "
     "CLMV lần thứ 9 và Hội nghị Cấp cao GMS lần thứ 6. Hội nghị Cấp cao GMS lần thứ 6 sẽ khai mạc ngày 31/3.",
     {"ACMECS": "2018-03-29", "CLMV": "2018-03-29", "GMS": "2018-03-31"}),
    # guard: two meetings keep the days they share
    ("Ngoại giao\n\nHội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 56 và Hội nghị Bộ trưởng Ngoại giao ASEAN+3 lần thứ 24 "
     "diễn ra từ ngày 11 đến 14/7/2023 tại Jakarta. Hội nghị Bộ trưởng Ngoại giao ASEAN+3 lần thứ 24 họp ngày 13/7.",
     {"ASEAN": "2023-07-11", "ASEAN+3": "2023-07-11"}),
])
def test_the_days_three_meetings_share(text, dated, gaz):
    rows, _ = merge_reports(extract(article(text), gaz)[0], gaz)
    assert {r["forum"]: r["start_date"].isoformat() for r in rows} == dated


# A name cut at "và" takes the number its own sentence tells, where the article names the series with another number too
def test_a_cut_name_takes_its_own_sentences_number(gaz):
    text = ("Nông thôn\n\nTrong hai ngày 5 và 6/9/2023, tại Quy Nhơn đã diễn ra Hội nghị Quan chức cao cấp ASEAN về Phát "
            "triển nông thôn và Xóa đói giảm nghèo lần thứ 17. Tại Hội nghị Quan chức cao cấp ASEAN về Phát triển nông "
            "thôn lần thứ 16 ở Jakarta, các nước đã thông qua kế hoạch.")
    rows, _ = merge_reports(extract(article(text), gaz)[0], gaz)
    assert [(r["ordinal"], r["start_date"].isoformat()) for r in rows] == [(17, "2023-09-05")]


# A day of the week alone, told of what is still to come, is the next one on or after the article's day; told of what
# was, the last one on or before it
@pytest.mark.parametrize(("text", "published", "dated"), [
    ("Jakarta\n\nThủ tướng Nhật Bản đã tới Jakarta từ tối qua, sẽ dự Hội nghị Cấp cao ASEAN - Nhật Bản lần thứ 26 vào "
     "thứ Tư.", "2023-09-05", ["2023-09-06"]),
    ("Lima\n\nChủ tịch nước dự kiến phát biểu tại Hội nghị các Nhà Lãnh đạo Kinh tế APEC lần thứ 31 vào sáng thứ Sáu.",
     "2024-11-12", ["2024-11-15"]),
    # guard: what was, the day before
    ("Viêng Chăn\n\nHội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 đã khai mạc vào sáng thứ Năm.", "2024-07-26",
     ["2024-07-25"]),
])
def test_a_day_of_the_week_told_of_what_is_to_come(text, published, dated, gaz):
    found, _ = events(text, gaz, published=published_on(published))
    assert [e[4] for e in found] == dated


# A day written in words, after "ngày" and before "tháng"
@pytest.mark.parametrize(("text", "dated"), [
    ("Hà Nội 1998\n\nHà Nội đăng cai Hội nghị Cấp cao ASEAN lần thứ sáu trong hai ngày mười lăm và mười sáu tháng Mười "
     "hai năm 1998.", [("1998-12-15", "1998-12-16")]),
    ("Trực tuyến\n\nHội nghị Cấp cao ASEAN lần thứ 36 diễn ra trực tuyến vào ngày hai mươi sáu tháng Sáu năm 2020.",
     [("2020-06-26", "2020-06-26")]),
    ("Quốc khánh\n\nHội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 38 khai mạc ngày hai mươi tám tháng Bảy năm 2005 tại "
     "Viêng Chăn.", [("2005-07-28", "2005-07-28")]),
])
def test_a_day_written_in_words(text, dated, gaz):
    found, _ = events(text, gaz)
    assert [(e[4], e[5]) for e in found] == dated


# Two series of one kind whose names tell two sectors are not one series out of order: a number whose year was only
# guessed is not dropped for coming after a higher number of another sector (assemble._in_series_order, merge.alike)
def test_two_sectors_of_one_kind_are_two_series(gaz):
    from etl.assemble import _in_series_order
    text = ("Lịch năm\n\nHội nghị Quan chức Lao động cao cấp ASEAN lần thứ 16 diễn ra tại Hà Nội vào tháng 5/2020. Hội nghị "
            "Quan chức cao cấp ASEAN về phúc lợi xã hội lần thứ 15 diễn ra tại Quảng Ninh vào tháng 6/2020. Hội nghị Quan "
            "chức Lao động cao cấp ASEAN lần thứ 15 đã họp vào tháng 6/2019.")
    labour, welfare, older = extract(article(text), gaz)[0]
    guessed = replace(welfare, year_source="context")
    assert [e[2] for e in _in_series_order([(1, None, labour), (2, None, guessed)])] == [labour, guessed]
    # guard: of one sector, the guessed number out of order is dropped
    later = replace(older, start=welfare.start, end=welfare.end, year_source="context")
    assert [e[2] for e in _in_series_order([(1, None, labour), (2, None, later)])] == [labour]


# A name noun and a number alone is the meeting last named with that noun, whatever forum the article names most
def test_a_name_noun_and_a_number_alone(gaz):
    text = ("Quốc phòng\n\nThứ trưởng dự Đối thoại Shangri-La lần thứ 21 tại Singapore từ ngày 31/5 đến 2/6/2024. Các nước "
            "ASEAN và Hội nghị Bộ trưởng Quốc phòng ASEAN được nhắc tới nhiều; ASEAN giữ vai trò trung tâm.\n\nSo với Đối "
            "thoại lần thứ 20 hồi tháng 6 năm ngoái, sự quan tâm tới ASEAN nhiều hơn.")
    found, _ = events(text, gaz)
    assert [(e[0], e[3], e[4]) for e in found if e[3] == 20] == [("Shangri-La Dialogue", 20, "2023-06-01")]


# A frame's month, where the month told before it dates the meeting it frames: what is held beside a meeting is held in
# its month (a day is not passed on: the frame's days may hold several)
@pytest.mark.parametrize(("text", "expected"), [
    ("IPEF\n\nTháng 11/2022, bên lề Hội nghị Bộ trưởng APEC tại Bangkok, Hội nghị Bộ trưởng IPEF đã diễn ra.",
     [("IPEF", "2022-11-01", "month"), ("APEC", "2022-11-01", "month")]),
    ("Mekong\n\nHồi tháng 8/2019, trong khuôn khổ Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 52, Hội nghị Bộ trưởng "
     "Ngoại giao Mekong - Nhật Bản lần thứ 12 đã họp tại Bangkok.",
     [("Mekong-Japan", "2019-08-01", "month"), ("ASEAN", "2019-08-01", "month")]),
    # guard: a day is the framed meeting's alone
    ("Mekong\n\nNgày 26/7/2024, bên lề Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57, Hội nghị Bộ trưởng Ngoại giao "
     "Mekong - Lan Thương lần thứ 9 đã diễn ra.", [("Mekong-Lancang", "2024-07-26", "day")]),
])
def test_a_frames_month(text, expected, gaz):
    evs, _ = extract(article(text), gaz)
    assert [(e.forum, e.start.isoformat(), e.precision) for e in evs] == expected


# A list told its dates in turn, the year written on the last: each in that year ("… lần lượt vào tháng 6 và tháng
# 7/2020"), and the ARF's inter-sessional support group is a group of its, no ministers' meeting
@pytest.mark.parametrize(("text", "expected"), [
    ("ASEAN\n\nKết quả sẽ được báo cáo lên Hội nghị Quan chức cao cấp ASEAN và Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ "
     "53, dự kiến tổ chức lần lượt vào tháng 6 và tháng 7/2020 tại Việt Nam.",
     [("ASEAN", "senior_officials", "2020-06-01"), ("ASEAN", "ministers", "2020-07-01")]),
    ("ARF\n\nCuộc họp Nhóm hỗ trợ giữa kỳ ARF tiếp theo dự kiến diễn ra tại Canberra vào tháng 4/2020.",
     [("ARF", "other", "2020-04-01")]),
    # not yet (written 8805): the ARF named by its own noun after a list's head is another meeting, not the head's kind;
    # "tiếp theo của …" ends the name before the group it names
    pytest.param("ARF\n\nKết quả sẽ được báo cáo lên Hội nghị Quan chức cao cấp ARF (ARF SOM) và Diễn đàn Khu vực ASEAN "
                 "lần thứ 27 (ARF-27), dự kiến tổ chức lần lượt vào tháng 6 và tháng 7/2020 tại Việt Nam.",
                 [("ARF", "senior_officials", "2020-06-01"), ("ARF", "ministers", "2020-07-01")],
                 marks=pytest.mark.xfail(strict=True)),
    pytest.param("ARF\n\nCuộc họp tiếp theo của Nhóm hỗ trợ giữa kỳ dự kiến diễn ra tại Canberra (Australia) vào tháng "
                 "4/2020, do ARF chủ trì.", [("ARF", "other", "2020-04-01")], marks=pytest.mark.xfail(strict=True)),
])
def test_a_list_in_turn_and_the_year_told_last(text, expected, gaz):
    found, _ = events(text, gaz, published=published_on("2019-12-13"))
    assert [(e[0], e[1], e[4]) for e in found] == expected


# One name's numbers told their dates in turn ("lần lượt"): each number its own
@pytest.mark.parametrize(("text", "expected"), [
    ("Chủ tịch ASEAN\n\nNăm 2020, Việt Nam đăng cai Hội nghị Cấp cao ASEAN lần thứ 36 và 37, lần lượt vào tháng 6 và "
     "tháng 11.", [(36, "2020-06-01"), (37, "2020-11-01")]),
    ("AMM\n\nHội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 55 và 56 đã lần lượt diễn ra tại Phnom Penh tháng 8/2022 và tại "
     "Jakarta tháng 7/2023.", [(55, "2022-08-01"), (56, "2023-07-01")]),
    # guard: without "lần lượt", one date for both
    ("Trực tuyến\n\nHội nghị Cấp cao ASEAN lần thứ 38 và 39 diễn ra trực tuyến từ ngày 26 đến 28/10/2021.",
     [(38, "2021-10-26"), (39, "2021-10-26")]),
])
def test_one_names_numbers_dated_in_turn(text, expected, gaz):
    found, _ = events(text, gaz, published=published_on("2024-12-01"))
    assert [(e[3], e[4]) for e in found] == expected


# The committee that prepares a meeting, named after it, meets: no meeting of the forum, and its day is not the meeting's
@pytest.mark.parametrize(("text", "expected"), [
    ("Hậu cần\n\nNgày 3/3/2017, Ban Tổ chức Hội nghị Bộ trưởng Thương mại APEC đã họp với thành phố Hà Nội về công tác "
     "hậu cần.", []),
    ("Chuẩn bị\n\nChiều 10/10/2020, Ban Tổ chức quốc gia Hội nghị Cấp cao ASEAN lần thứ 37 họp phiên thứ hai tại Bộ "
     "Ngoại giao.", []),
    ("Chuẩn bị\n\nHội nghị Bộ trưởng Số ASEAN lần thứ 6 (ADGMIN 6) dự kiến diễn ra tại Hà Nội vào tháng 1/2026. Hôm "
     "10/12/2025, Tiểu ban Hậu cần ADGMIN 6 đã họp để rà soát công tác đón tiếp.", [(6, "2026-01-01")]),
    # … and the meeting it prepares for, in a sentence that names the committee
    ("Chuẩn bị\n\nChiều 25/2/2006, Bí thư Thành ủy chủ trì cuộc họp của Ban chỉ đạo APEC thành phố để rà soát công tác "
     "chuẩn bị đón Hội nghị Quan chức cao cấp APEC lần thứ hai.", []),
    ("Chuẩn bị\n\nNgày 3/10/2019, Ủy ban Quốc gia ASEAN 2020 họp phiên thứ nhất nhằm chuẩn bị cho Hội nghị Cấp cao ASEAN "
     "lần thứ 36.", []),
    # guard: the committee that tells the meeting's days
    ("Chuẩn bị\n\nTheo Ban Tổ chức Hội nghị Cấp cao ASEAN lần thứ 37, hội nghị sẽ diễn ra từ ngày 12 đến 15/11/2020.",
     [(37, "2020-11-12")]),
])
def test_a_committee_that_prepares_a_meeting_meets(text, expected, gaz):
    found, _ = events(text, gaz)
    assert [(e[3], e[4]) for e in found] == expected


# An undated article's year, of the dates it writes with theirs, is the latest of those it tells as held, not a later
# one it tells as planned: its time is after what it reports, before what is to come.
@pytest.mark.parametrize(("text", "expected"), [
    ("Tiêu đề\n\nHội nghị Bộ trưởng Kinh tế Mekong - Nhật Bản đã diễn ra ngày 20/8/2023 tại Semarang. Trước đó, ngày "
     "18/8, Hội nghị Quan chức kinh tế cao cấp Mekong - Nhật Bản đã họp trù bị. Hội nghị Bộ trưởng Kinh tế Mekong - Nhật "
     "Bản tiếp theo dự kiến được tổ chức tại Viêng Chăn vào tháng 9/2024.",
     [("2023-08-20", "held"), ("2023-08-18", "held"), ("2024-09-01", "planned")]),
    ("Tiêu đề\n\nCác bộ trưởng sẽ gặp lại nhau tại Hội nghị Bộ trưởng Nông nghiệp G20 dự kiến họp vào tháng 6/2025. "
     "Hội nghị Bộ trưởng Nông nghiệp G20 năm nay được tổ chức tại Hyderabad ngày 16/6/2024, bên lề đó, ngày 15/6, "
     "Hội nghị Bộ trưởng Tài chính G20 cũng đã họp.",
     [("2025-06-01", "planned"), ("2024-06-16", "held"), ("2024-06-15", "held")]),
    ("Tiêu đề\n\nNgày 4/10/2022, Hội nghị Bộ trưởng Môi trường ASEAN không chính thức đã họp tại Phnom Penh. Hôm 3/10, "
     "Hội nghị Quan chức cao cấp về môi trường ASEAN đã diễn ra. Theo kế hoạch, Hội nghị Bộ trưởng Môi trường ASEAN "
     "sẽ họp tại Viêng Chăn vào tháng 10/2023.", [("2022-10-04", "held"), ("2022-10-03", "held"), ("2023-10-01", "planned")]),
    # guard: where all it dates is to come, the latest still
    ("Tiêu đề\n\nHội nghị Bộ trưởng Kinh tế Mekong - Nhật Bản sẽ diễn ra ngày 20/1/2024 tại Tokyo, và ngày 19/1, Hội "
     "nghị Quan chức kinh tế cao cấp Mekong - Nhật Bản sẽ họp trù bị.", [("2024-01-20", "planned"), ("2024-01-19", "planned")]),
])
def test_an_undated_articles_year_is_of_what_it_tells_held(text, expected, gaz):
    evs, _ = extract(article(text), gaz)
    assert [(e.start.isoformat(), e.status) for e in evs] == expected


@pytest.mark.parametrize(("spelled", "day"), [("Sáng nay (11/1)", "2007-01-11"), ("Sáng qua (10/1)", "2007-01-11"),
                                             ("Hôm qua 10.1", "2007-01-11")])
def test_a_day_the_lead_spells_out_is_the_articles_whatever_it_says_is_to_come(spelled, day, gaz):
    # "lên đường" (setting off) is a word of what is to come, but "Sáng nay (11/1)" is the article's own day
    text = (f"Tin tức\n\n{spelled}, Thủ tướng đã rời Hà Nội lên đường đi Xê-bu dự Hội nghị Cấp cao ASEAN lần thứ 12. "
            "Chiều nay, Phó Thủ tướng sẽ dự Hội nghị Bộ trưởng Ngoại giao ASEAN để chuẩn bị cho các hội nghị cấp cao.")
    assert [e[4] for e in events(text, gaz)[0] if e[2] == "AMM"] == [day]


@pytest.mark.parametrize(("order", "day"), [("after", "2018-11-17"), ("before", "2018-11-16")])
def test_plans_told_after_the_leads_day_are_that_days(order, day, gaz):
    # an undated article: the lead's day, then what is planned "hôm nay", is that day's programme (fourth random
    # sample); a plan told before the day ("sẽ tham dự các hội nghị sau: …") makes the day one still to come
    dated = "Sáng 17-11-2018, Thủ tướng đến sân bay quốc tế Jackson, bắt đầu tham dự Hội nghị cấp cao APEC lần thứ 26."
    plan = "Hôm nay, Thủ tướng dự kiến sẽ dự Đối thoại giữa các nhà lãnh đạo APEC với ABAC."
    text = "Tin tức\n\n" + (f"{dated} {plan}" if order == "after" else f"{plan} {dated}")
    assert [e[4] for e in events(text, gaz)[0] if e[2] == "ABAC"] == [day]


def test_a_month_in_the_lead_is_no_day_the_article_was_filed_on(gaz):
    # "hôm qua" needs the article's day: a month its lead names is none ("vào tháng 1 hoặc tháng 2 năm sau")
    text = ("Tin tức\n\nTổng thống Mỹ hôm qua tiết lộ ông có thể gặp lãnh đạo Triều Tiên vào tháng 1 hoặc tháng 2 năm "
            "sau. Sau cuộc gặp bên lề hội nghị Bộ trưởng APEC hôm qua, Nhà Trắng ra tuyên bố. Năm 2018 là một năm bận rộn.")
    assert events(text, gaz)[0] == []
    # a day its lead names still is ("Sáng 3/11, …")
    dated = text.replace("Tổng thống Mỹ hôm qua", "Sáng 2/12, Tổng thống Mỹ")
    assert [e[4] for e in events(dated, gaz)[0]] == ["2018-12-01"]


def test_status_from_the_articles_own_date(gaz):
    text = "Hội nghị Cấp cao ASEAN lần thứ 40 diễn ra ngày 10/11/2022 tại Phnom Penh."
    before = events(text, gaz, published=published_on("2022-10-01"))[0]
    after = events(text, gaz, published=published_on("2022-11-20"))[0]
    assert (before[0][6], after[0][6]) == ("planned", "held")


def test_a_month_precise_article_date_covers_its_month(gaz):
    text = "Sáng 12/11, tại Phnom Penh, Thủ tướng dự Hội nghị Cấp cao ASEAN lần thứ 41."
    assert events(text, gaz, published=published_on("2022-11"))[0][0][6] == "held"


def test_opening_day_and_length(gaz):
    evs, _ = events("Ngày 5/6/2010, Hội nghị Bộ trưởng Thương mại APEC đã khai mạc tại Sapporo. "
                    "Trong hai ngày diễn ra hội nghị, các bộ trưởng thảo luận.", gaz)
    assert evs[0][4:6] == ("2010-06-05", "2010-06-06")


@pytest.mark.parametrize("text", [
    "Ngày 23/7/2016, Phó Thủ tướng Phạm Bình Minh đã có cuộc gặp với Bộ trưởng Ngoại giao Lào.",   # bilateral
    "Hội nghị Bộ trưởng WTO sẽ diễn ra vào cuối năm nay.",                                           # vague date
    "Hội nghị Cấp cao ASEAN lần thứ 37 là sự kiện lớn của năm 2020.",                                 # year only
    "Hiến chương ASEAN chính thức có hiệu lực ngày 15-12-2008.",                                      # no meeting
    # the day a paper printed what it tells of a meeting
    "Bài viết của Tuổi Trẻ ngày 11-11-2017 thuật lại bài phát biểu tại Hội nghị thượng đỉnh doanh nghiệp APEC.",
    "Theo bài báo trên Nikkei ngày 3/9/2019, Hội nghị Bộ trưởng Kinh tế ASEAN đã bàn về RCEP.",
    "Số báo ngày 20/6/2019 dành hai trang cho Hội nghị thượng đỉnh G20.",
])
def test_not_events(text, gaz):
    assert events(text, gaz)[0] == []


def test_a_date_far_down_the_sentence_dates_something_else(gaz):
    text = ("Hội nghị Cấp cao ASEAN lần thứ 42 nhấn mạnh tầm quan trọng của việc triển khai hiệu quả Tầm nhìn Cộng "
            "đồng ASEAN, thúc đẩy kết nối khu vực, phục hồi kinh tế bền vững và bao trùm, cũng như Kế hoạch tổng thể "
            "về kết nối mà các nước đã nhất trí thông qua trong tháng 6/2020.")
    assert events(text, gaz)[0] == []


def test_nothing_from_boilerplate(gaz):
    text = ("Tiêu đề về ASEAN\n\nHội nghị Cấp cao ASEAN lần thứ 38 diễn ra ngày 26/10/2021.\n"
            "Ý kiến bạn đọc\nHội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 99 diễn ra ngày 1/1/2030.\n"
            "Tin liên quan\nThủ tướng Nguyễn Văn A dự Hội nghị Cấp cao ASEAN ngày 2/2/2031.")
    evs, people = events(text, gaz)
    assert [e[3] for e in evs] == [38] and people == []


def _names(people):
    return sorted({p.name for p in people})


def test_who_took_part(gaz):
    text = ("Trong hai ngày 8-9/11/2021, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn đã tham dự Hội nghị liên Bộ trưởng "
            "Ngoại giao-Kinh tế APEC lần thứ 32 (AMM 32). Hội nghị do Ngoại trưởng New Zealand Nanaia Mahuta chủ trì. "
            "Phát biểu tại Hội nghị, Bộ trưởng Sơn nhấn mạnh vai trò của APEC.")
    evs, people = events(text, gaz)
    assert _names(people) == ["Bùi Thanh Sơn", "Nanaia Mahuta"]
    countries = {p.name: p.country for p in people}
    assert countries == {"Bùi Thanh Sơn": "Việt Nam", "Nanaia Mahuta": "New Zealand"}


def test_heads_of_international_organisations_have_no_country(gaz):
    text = ("Ngày 10/10/2024, Hội nghị Cấp cao ASEAN lần thứ 44 khai mạc với sự tham dự của Tổng Thư ký ASEAN "
            "Kao Kim Hourn, Tổng Thư ký Liên hợp quốc António Guterres và Thủ tướng Phạm Minh Chính.")
    countries = {p.name: p.country for p in events(text, gaz)[1]}
    assert countries == {"Kao Kim Hourn": None, "António Guterres": None, "Phạm Minh Chính": "Việt Nam"}


@pytest.mark.parametrize("clause", [
    "Nhận lời mời của Tổng thống Peru Dina Boluarte, Chủ tịch nước Lương Cường sẽ tham dự",     # host who invites
    "Tổng thống Mỹ Donald Trump không tham dự và Chủ tịch nước Lương Cường sẽ tham dự",         # did not come
    "Chủ tịch nước Lương Cường sẽ tham dự sau khi gặp Thủ tướng Peru Gustavo Adrianzén tại sân bay,",
    # did not come, past an aside
    "Tổng thống Mỹ Joe Biden, đang bận giải quyết khủng hoảng ngân sách ở Washington, đã không thể tham dự và Chủ tịch "
    "nước Lương Cường sẽ tham dự",
    "Thủ tướng Nhật Bản Fumio Kishida, người vừa từ chức, không tới dự còn Chủ tịch nước Lương Cường sẽ tham dự",
    "Ông Donald Trump, tổng thống Mỹ, không tham gia còn Chủ tịch nước Lương Cường sẽ tham dự",
    # one a country called off sending
    "Mỹ đã hủy kế hoạch cử Ngoại trưởng Antony Blinken tới Lima, còn Chủ tịch nước Lương Cường sẽ tham dự",
])
def test_who_does_not_count(clause, gaz):
    evs, people = events(f"{clause} Hội nghị các nhà lãnh đạo kinh tế APEC lần thứ 31 từ ngày 15-16/11/2024.", gaz)
    assert _names(people) == ["Lương Cường"]


def test_who_is_sent_instead_of_another_counts(gaz):
    evs, people = events("Mỹ không cử Tổng thống mà cử Phó Tổng thống Kamala Harris dự Hội nghị các nhà lãnh đạo kinh "
                         "tế APEC lần thứ 29 ngày 18-19/11/2022.", gaz)
    assert _names(people) == ["Kamala Harris"]


def test_who_sends_a_delegation_does_not_attend(gaz):
    text = ("Thủ tướng Chính phủ Phạm Minh Chính vừa ký quyết định cử Phó Thủ tướng Trần Hồng Hà dự Hội nghị "
            "Thượng đỉnh G20 từ ngày 18-19/11/2024 tại Rio de Janeiro, Brazil.")
    evs, people = events(text, gaz)
    assert _names(people) == ["Trần Hồng Hà"] and evs[0][:3] == ("G20", "leaders", "Summit")


def test_preparing_a_meeting_is_not_attending_it(gaz):
    text = ("Sáng 26/6/2024, tại Hà Nội, Thứ trưởng Ngoại giao Đỗ Hùng Việt chủ trì cuộc họp trực tuyến chuẩn bị cho "
            "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 (AMM-57) dự kiến diễn ra từ ngày 21-27/7/2024 tại Vientiane.")
    evs, people = events(text, gaz)
    assert people == []
    assert [(e[3], e[6]) for e in evs] == [(57, "planned")]


def test_place_and_mode_are_the_meetings_own(gaz):
    text = ("Sáng 26/6/2024, tại Hà Nội, Thứ trưởng chủ trì cuộc họp trực tuyến chuẩn bị cho Hội nghị Bộ trưởng "
            "Ngoại giao ASEAN lần thứ 57 dự kiến diễn ra từ ngày 21-27/7/2024 tại Vientiane.")
    [ev], _ = extract(article(text), gaz)
    assert (ev.location, ev.mode) == ("Vientiane", "in_person")
    [ev], _ = extract(article("Ngày 18/5/2017, tại Hà Nội, Hội nghị SOM 2 APEC đã kết thúc."), gaz)
    assert (ev.location, ev.mode) == ("Hà Nội", "in_person")


@pytest.mark.parametrize(("where", "place"), [
    ("tại Kuala Lumpur và Langkawi", "Kuala Lumpur, Langkawi"),
    ("tại Hà Nội, Đà Nẵng", "Hà Nội, Đà Nẵng"),
    ("tại Hà Nội và trực tuyến", "Hà Nội"),
    ("tại Hà Nội, với sự tham dự của 21 nền kinh tế", "Hà Nội"),
])
def test_a_meeting_held_in_several_cities_keeps_them_all(gaz, where, place):
    [ev], _ = extract(article(f"Hội nghị Cấp cao ASEAN lần thứ 26 diễn ra ngày 26-27/4/2015 {where}."), gaz)
    assert ev.location == place


@pytest.mark.parametrize(("text", "place"), [
    # a city the gazetteer does not list, after "thành phố"
    ("Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 55 diễn ra ngày 20-21/8/2023 tại thành phố Semarang, Indonesia.",
     "Semarang"),
    ("Ngày 9/11/2019, Hội nghị Bộ trưởng Ngoại giao Mekong - Lan Thương lần thứ 5 họp ở thành phố Bagan.", "Bagan"),
    # the place someone leaves or takes part from is not the meeting's
    ("Sáng 4/9/2023, Thủ tướng rời Thủ đô Hà Nội lên đường dự Hội nghị Cấp cao ASEAN lần thứ 43 diễn ra từ "
     "ngày 5-7/9/2023 tại Jakarta.", "Jakarta"),
    ("Chiều 24/11/2021, Thủ tướng rời Hà Nội, lên đường dự Hội nghị Cấp cao ASEM lần thứ 13 diễn ra ngày "
     "25-26/11/2021.", None),
    # the place is written in another sentence that names the same meeting, dated or not
    ("Sáng 4/9/2023, Thủ tướng đã đến sân bay quốc tế Soekarno-Hatta, thủ đô Jakarta để tham dự Hội nghị Cấp "
     "cao ASEAN lần thứ 43. Hội nghị Cấp cao ASEAN lần thứ 43 diễn ra ngày 5-7/9/2023.", "Jakarta"),
    ("Khai mạc Hội nghị Cấp cao Mekong - Lan Thương lần thứ 4 tại Nay Pyi Taw\n\nSáng 10/1/2018, Hội nghị "
     "Cấp cao Mekong - Lan Thương lần thứ 4 đã khai mạc với sự tham dự của lãnh đạo sáu nước.", "Nay Pyi Taw"),
])
def test_a_meetings_place_wherever_the_article_writes_it(text, place, gaz):
    found, _ = extract(article(text), gaz)
    assert {ev.location for ev in found} == {place}


@pytest.mark.parametrize(("text", "place"), [
    # a place the gazetteer does not list, as written: a word of one letter, a city's "TP."
    ("Hội nghị Ngoại trưởng Hợp tác Mekong - Lan Thương lần thứ nhất diễn ra tại Tam Á, Trung Quốc ngày 12/11/2015.",
     "Tam Á"),
    ("Hội nghị Quan chức cao cấp APEC lần thứ ba (SOM 3) khai mạc tại TP.HCM ngày 29/8/2017.", "TP.HCM"),
    # … not a state's formal name, a ministry or an organisation
    ("Ngày 4/10/2024, Hội nghị Cấp cao Pháp ngữ lần thứ 19 khai mạc tại Cộng hòa Pháp.", None),
    ("Hội nghị Quan chức cao cấp ASEAN diễn ra tại Bộ Ngoại giao ngày 5/6/2023.", None),
    ("Ngày 19/9/2023, Đại hội đồng Liên Hợp Quốc khóa 78 khai mạc Phiên thảo luận chung cấp cao tại Liên Hợp Quốc.",
     None),
])
def test_a_place_the_gazetteer_does_not_list_is_taken_as_written(text, place, gaz):
    found, _ = extract(article(text), gaz)
    assert [ev.location for ev in found] == [place]


@pytest.mark.parametrize(("text", "expected"), [
    # the one city a sentence that names the meeting, and no other, writes anywhere
    ("Khép lại ba ngày làm việc tại Bangkok, đoàn Việt Nam đã hoàn thành chương trình tham dự Hội nghị Cấp cao "
     "ASEAN lần thứ 35. Hội nghị Cấp cao ASEAN lần thứ 35 diễn ra từ ngày 2 đến 4/11/2019.", {(35, "Bangkok")}),
    # … not another meeting's city, nor one someone goes home to, nor a clock's
    ("Hội nghị Cấp cao ASEAN lần thứ 43 diễn ra ngày 5/9/2023. Đây là hội nghị thứ hai trong năm, sau Hội nghị "
     "Cấp cao ASEAN lần thứ 42 tại Labuan Bajo hồi tháng 5/2023.", {(42, "Labuan Bajo"), (43, None)}),
    # … nor the place of another meeting named after it in the sentence
    ("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 khai mạc ngày 25/7/2024, đúng một năm sau Hội nghị Bộ trưởng "
     "Ngoại giao ASEAN lần thứ 56 tại Jakarta.", {(57, None)}),
    ("Chiều 8/11/2024, Thủ tướng rời Côn Minh về Hà Nội, kết thúc chuyến công tác dự Hội nghị Cấp cao GMS lần "
     "thứ 8. Hội nghị Cấp cao GMS lần thứ 8 diễn ra ngày 7/11/2024.", {(8, None)}),
    ("Hội nghị Thượng đỉnh Thiên niên kỷ của Liên hợp quốc khai mạc sáng 6/9/2000 theo giờ địa phương (tức tối "
     "cùng ngày giờ Hà Nội).", {(None, None)}),
])
def test_a_meetings_one_city_anywhere_in_a_sentence_that_names_it(text, expected, gaz):
    found, _ = extract(article(text), gaz)
    assert {(ev.ordinal, ev.location) for ev in found} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a meeting placed nowhere is in the one city of its gathering's meetings, within a week: its forum's,
    # or those of the forum it meets with (the ASEAN+3 and the EAS at ASEAN's summits)
    ("Hội nghị Cấp cao ASEAN lần thứ 43 khai mạc tại Jakarta ngày 5/9/2023. Ngày 6/9/2023, Hội nghị Cấp cao "
     "ASEAN+3 lần thứ 26 diễn ra với sự tham dự của lãnh đạo Trung Quốc, Nhật Bản và Hàn Quốc.",
     {("ASEAN", "Jakarta", "in_person"), ("ASEAN+3", "Jakarta", "in_person")}),
    ("Các Bộ trưởng Ngoại giao ASEAN đã họp tại Viêng Chăn từ ngày 24/7/2024. Hội nghị Bộ trưởng Ngoại giao "
     "Cấp cao Đông Á lần thứ 14 diễn ra ngày 27/7/2024.",
     {("ASEAN", "Viêng Chăn", "in_person"), ("EAS", "Viêng Chăn", "in_person")}),
    # not another forum's meeting, nor one more than a week away, nor one the article holds online
    ("Hội nghị Cấp cao ASEAN lần thứ 43 khai mạc tại Jakarta ngày 5/9/2023. Ngày 9/9/2023, Hội nghị thượng "
     "đỉnh G20 khai mạc.", {("ASEAN", "Jakarta", "in_person"), ("G20", None, None)}),
    ("Hội nghị Quan chức cao cấp ASEAN diễn ra ngày 1/3/2024. Hội nghị Cấp cao ASEAN lần thứ 44 khai mạc tại "
     "Vientiane ngày 8/10/2024.", {("ASEAN", None, None), ("ASEAN", "Vientiane", "in_person")}),
    ("Hội nghị Cấp cao ASEAN lần thứ 37 diễn ra tại Hà Nội ngày 12/11/2020. Ngày 14/11/2020, Hội nghị Cấp cao "
     "ASEAN+3 lần thứ 23 diễn ra theo hình thức trực tuyến.",
     {("ASEAN", "Hà Nội", "in_person"), ("ASEAN+3", None, "virtual")}),
    # two cities in the week place nothing (the meeting still takes the mode they share)
    ("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 56 diễn ra tại Jakarta ngày 11/7/2023. Hội nghị Bộ trưởng "
     "Kinh tế ASEAN diễn ra ngày 12/7/2023 tại Semarang. Ngày 13/7/2023, Hội nghị Bộ trưởng Ngoại giao Cấp "
     "cao Đông Á diễn ra.",
     {("ASEAN", "Jakarta", "in_person"), ("ASEAN", "Semarang", "in_person"), ("EAS", None, "in_person")}),
    # a meeting whose mode the article does not tell takes its gathering's one mode, not another forum's
    ("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 53 diễn ra ngày 9/9/2020 theo hình thức trực tuyến. Ngày "
     "10/9/2020, Hội nghị Bộ trưởng Ngoại giao ASEAN+3 lần thứ 21 diễn ra.",
     {("ASEAN", None, "virtual"), ("ASEAN+3", None, "virtual")}),
    ("Hội nghị Cấp cao ASEAN lần thứ 37 diễn ra trực tuyến ngày 12/11/2020. Ngày 17/11/2020, Hội nghị các Nhà "
     "Lãnh đạo Kinh tế APEC lần thứ 27 diễn ra.", {("ASEAN", None, "virtual"), ("APEC", None, None)}),
])
def test_a_meeting_placed_nowhere_is_in_its_gatherings_city(text, expected, gaz):
    found, _ = extract(article(text), gaz)
    assert {(ev.forum, ev.location, ev.mode) for ev in found} == expected


WEEK = ("Tin APEC\n\nTuần lễ Cấp cao APEC 2016 diễn ra từ ngày 14-20/11/2016 tại Lima, Peru. Hội nghị Bộ trưởng "
        "APEC lần thứ 28 diễn ra ngày 17-18/11/2016. Hội nghị các Nhà Lãnh đạo Kinh tế APEC lần thứ 24 là sự kiện "
        "chính của năm. Hội nghị các Nhà Lãnh đạo Kinh tế APEC sẽ diễn ra ngày 19-20/11/2016.")


def test_what_other_sentences_tell_makes_new_reports(gaz):
    """The place of the week of meetings whose dates hold a meeting's, the number an undated
    mention gives: filled in from the article's other sentences into new reports, never by
    changing one."""
    found, _ = extract(article(WEEK), gaz)
    assert [(e.meeting, e.ordinal, e.location, e.mode) for e in found] == [
        ("AELW", None, "Lima", "in_person"), ("AMM", 28, "Lima", "in_person"), ("AELM", 24, "Lima", "in_person")]
    with pytest.raises(FrozenInstanceError):
        found[1].location = "Hà Nội"


LEAD_SAYS_PLANNED = ("Chủ tịch Quốc hội sẽ dẫn đầu Đoàn đại biểu Quốc hội Việt Nam tham dự Đại hội đồng AIPA lần thứ 44. "
                     "Theo lời mời của Chủ tịch Hạ viện Indonesia, Chủ tịch Quốc hội dẫn đầu Đoàn tham dự Đại hội đồng "
                     "AIPA lần thứ 44 tại Jakarta từ ngày 5-11/8/2023.")


def test_an_undated_article_tells_the_tense_in_another_sentence(gaz):
    [ev], _ = events(LEAD_SAYS_PLANNED, gaz)
    assert ev[6] == "planned"
    mixed = LEAD_SAYS_PLANNED.replace("Theo lời mời", "Đại hội đồng AIPA lần thứ 44 đã thông qua tuyên bố chung. Theo lời mời")
    [ev], _ = events(mixed, gaz)
    assert ev[6] == "held"      # the article's sentences disagree: the calendar's default


@pytest.mark.parametrize(("later", "status"), [
    # "sẽ" on what the meeting or someone at it will do is no tense of its taking place
    ("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 50 sẽ tập trung vào vấn đề Biển Đông.", "held"),
    ("Nước chủ nhà Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 50 sẽ phát biểu đầu tiên.", "held"),
    # … but it is where it says the meeting takes place, or where a word of the future comes before
    ("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 50 sẽ diễn ra trong ba ngày.", "planned"),
    ("Theo kế hoạch, Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 50 sẽ bàn về Biển Đông.", "planned"),
])
def test_what_a_meeting_will_do_tells_no_tense_of_its_taking_place(later, status, gaz):
    text = ("Tin tức\n\nCác ngoại trưởng đã có mặt tại Manila. Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 50 khai "
            f"mạc tại Manila ngày 5/8. {later}")
    [ev], _ = events(text, gaz)
    assert ev[6] == status


def test_a_dated_article_keeps_the_calendars_tense(gaz):
    [ev], _ = events(LEAD_SAYS_PLANNED, gaz, published=published_on("2023-08-20"))
    assert ev[6] == "held"


@pytest.mark.parametrize(("lead", "published", "start"), [
    ("Hà Nội, 15-12 (TTXVN) - Sáng nay, Hội nghị Cấp cao ASEAN lần thứ sáu đã khai mạc.", "1998-12-16", "1998-12-15"),
    ("Băng Cốc, 31/12 (VNA) - Hôm nay, Hội nghị Bộ trưởng Ngoại giao ASEAN hẹp đã họp.", "2019-01-02", "2018-12-31"),
    # the page's own day when the lead is filed that day, or long before (not a filing date)
    ("Hà Nội, 16-12 (TTXVN) - Sáng nay, Hội nghị Cấp cao ASEAN lần thứ sáu đã khai mạc.", "1998-12-16", "1998-12-16"),
    ("Hà Nội, 2-12 (TTXVN) - Sáng nay, Hội nghị Cấp cao ASEAN lần thứ sáu đã khai mạc.", "1998-12-16", "1998-12-16"),
])
def test_today_in_a_lead_is_the_day_its_dateline_was_filed(lead, published, start, gaz):
    [ev], _ = events(lead, gaz, published=published_on(published))
    assert ev[4] == start


@pytest.mark.parametrize(("text", "expected"), [
    ("Sáng 10/11/2023, nhân dịp dự Hội nghị Bộ trưởng APEC lần thứ 34, Bộ trưởng đã tham dự Hội nghị Bộ trưởng "
     "Thương mại APEC.", [("APEC", "ministers", "MRT", None, "2023-11-10", "2023-11-10", "held")]),
    ("Chiều 27/7/2024, bên lề Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57, Bộ trưởng dự Hội nghị Bộ trưởng "
     "Ngoại giao Mekong - Nhật Bản lần thứ 17.", [("Mekong-Japan", "ministers", "FMM", 17, "2024-07-27", "2024-07-27", "held")]),
])
def test_a_date_before_the_occasion_dates_the_meeting_after_it(text, expected, gaz):
    assert events(text, gaz)[0] == expected


@pytest.mark.parametrize("later", [
    "AMM-55 và các hội nghị liên quan diễn ra từ ngày 3 đến 5/8/2022 tại Phnom Penh.",
    "Theo kế hoạch, AMM-55 sẽ khai mạc ngày 3/8/2022.",
])
def test_a_short_name_in_brackets_names_its_meeting_again(later, gaz):
    text = f"Bộ trưởng sẽ dự Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 55 (AMM-55) tại Campuchia. {later}"
    assert [e[:5] for e in events(text, gaz)[0]] == [("ASEAN", "ministers", "AMM", 55, "2022-08-03")]


@pytest.mark.parametrize("later", ["Ông sẽ dự GMS6 tại Trung tâm Hội nghị Quốc gia từ ngày 30 đến 31-3-2018.",
                                   "GMS-6 diễn ra từ ngày 30 đến 31-3-2018.",
                                   "Ông sẽ dự GMS 6 từ ngày 30 đến 31-3-2018."])
def test_a_short_name_is_its_meeting_however_its_number_is_joined(later, gaz):
    # "(GMS 6)" written again "GMS6" or "GMS-6" (the sample s24); the forum's acronym with a number is no name of its own
    text = f"Ngoại trưởng sẽ dự Hội nghị thượng đỉnh Tiểu vùng Mekong mở rộng lần 6 (GMS 6) tại Hà Nội. {later}"
    assert [e[:5] for e in events(text, gaz)[0]] == [("GMS", "leaders", "Summit", 6, "2018-03-30")]


def test_a_short_name_without_its_definition_names_nothing(gaz):
    assert events("AMM-55 diễn ra ngày 3/8/2022 tại Phnom Penh.", gaz)[0] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Trước Hội nghị Cấp cao, Hội nghị Quan chức cao cấp ASEAN đã diễn ra trong hai ngày 3-4/9/2023.",
     [("ASEAN", "senior_officials", "SOM", "2023-09-03")]),
    ("Ngay sau Hội nghị Bộ trưởng Ngoại giao ASEAN, Diễn đàn Khu vực ASEAN lần thứ 30 họp ngày 14/7/2023.",
     [("ARF", "ministers", "ARF", "2023-07-14")]),
    # a date of its own before the comma: the meeting's
    ("Sau Hội nghị Cấp cao ASEAN lần thứ 43 diễn ra ngày 5-7/9/2023, Thủ tướng thăm Indonesia.",
     [("ASEAN", "leaders", "Summit", "2023-09-05")]),
    # … or in brackets after its name, a comma inside them ending no clause; the date is its own, not a
    # later meeting's
    ("Sau Hội nghị thượng đỉnh Nga - ASEAN (tại thành phố Sochi, tháng 5/2016), Tổng thống Putin không dự "
     "Hội nghị Cấp cao Đông Á.", [("ASEAN", "leaders", "Summit/Nga", "2016-05-01")]),
    ("Trước Hội nghị Bộ trưởng Ngoại giao ASEAN (Viêng Chăn, 24/7/2016), các quan chức đã họp trù bị.",
     [("ASEAN", "ministers", "AMM", "2016-07-24")]),
])
def test_a_meeting_that_tells_when_something_else_happened_takes_no_date(text, expected, gaz):
    assert [(e[0], e[1], e[2], e[4]) for e in events(text, gaz)[0]] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the meetings the sentence points back to
    ("Thủ tướng sẽ dự Hội nghị Cấp cao ASEAN lần thứ 33 và các hội nghị cấp cao liên quan từ ngày 13/11 đến "
     "15/11/2018 tại Singapore. Trong khuôn khổ các cuộc họp này có Hội nghị cấp cao Đông Á lần thứ 13.",
     [("ASEAN", "Summit", "2018-11-13", "2018-11-15"), ("EAS", "Summit", "2018-11-13", "2018-11-15")]),
    ("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 52 diễn ra ngày 31/7/2019 tại Bangkok. Nhân dịp hội nghị này, "
     "các bộ trưởng dự Hội nghị Bộ trưởng Ngoại giao Mekong - Nhật Bản lần thứ 12.",
     [("ASEAN", "AMM", "2019-07-31", "2019-07-31"), ("Mekong-Japan", "FMM", "2019-07-31", "2019-07-31")]),
    # a frame this sentence names, dated in an earlier one
    ("Hội nghị Cấp cao ASEAN lần thứ 43 diễn ra từ ngày 5 đến 7/9/2023 tại Jakarta. Bên lề Hội nghị Cấp cao ASEAN "
     "lần thứ 43, Thủ tướng dự Hội nghị Cấp cao ASEAN - Canada.",
     [("ASEAN", "Summit", "2023-09-05", "2023-09-07"), ("ASEAN", "Summit/Canada", "2023-09-05", "2023-09-07")]),
    # not what is prepared for there, nor a dialogue that is a session of it, nor what "Bên lề Hội nghị," may mean
    ("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 52 diễn ra ngày 31/7/2019. Bên lề hội nghị này, hai bộ trưởng "
     "bàn công tác chuẩn bị cho Hội nghị Cấp cao ASEAN lần thứ 35.", [("ASEAN", "AMM", "2019-07-31", "2019-07-31")]),
    ("Hội nghị Cấp cao ASEAN lần thứ 36 diễn ra ngày 26/6/2020. Trong khuôn khổ Hội nghị Cấp cao ASEAN lần thứ 36, "
     "các nhà lãnh đạo đối thoại với đại diện Đại hội đồng Liên nghị viện ASEAN (AIPA).",
     [("ASEAN", "Summit", "2020-06-26", "2020-06-26")]),
    ("Hội nghị Cấp cao đặc biệt ASEAN diễn ra ngày 14/4/2020. Bên lề Hội nghị, Thủ tướng dự Hội nghị Cấp cao "
     "ASEAN - Nhật Bản.", [("ASEAN", "Special Summit", "2020-04-14", "2020-04-14")]),
    # nor meetings told to come in the days after the frame's day ("trong các ngày tới")
    ("Sáng 2/8/2018, Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 51 khai mạc tại Singapore. Trong khuôn khổ hội nghị "
     "này, các bộ trưởng sẽ dự Hội nghị Bộ trưởng Ngoại giao Cấp cao Đông Á và Diễn đàn Khu vực ASEAN trong những ngày "
     "tới.", [("ASEAN", "AMM", "2018-08-02", "2018-08-02")]),
])
def test_a_meeting_in_the_frame_of_one_dated_before_takes_its_dates(text, expected, gaz):
    assert [(e[0], e[2], e[4], e[5]) for e in events(text, gaz)[0]] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a plural head before a list of forums names each forum's meeting, and takes the day told after it
    ("Các Hội nghị Bộ trưởng Ngoại giao ASEAN+3 và EAS sẽ diễn ra ngày 26/7/2016 tại Vientiane.",
     [("ASEAN+3", "FMM", "2016-07-26"), ("EAS", "FMM", "2016-07-26")]),
    ("Các hội nghị cấp cao ASEAN và APEC sẽ được tổ chức vào tháng 11/2017.",
     [("ASEAN", "Summit", "2017-11-01"), ("APEC", "AELM", "2017-11-01")]),
    ("Ngày 24/7/2016, các quan chức cao cấp họp để chuẩn bị cho các Hội nghị Bộ trưởng Ngoại giao ASEAN+3 và EAS "
     "ngày 26/7.", [("ASEAN+3", "FMM", "2016-07-26"), ("EAS", "FMM", "2016-07-26")]),
    # … but none of the day told before it, which is the meeting's that prepares it (written batch 20)
    ("Ngày 25/8/2023, Hội nghị Quan chức cao cấp ASEAN+3 sẽ diễn ra tại Jakarta, nhằm chuẩn bị cho các Hội nghị "
     "Cấp cao ASEAN+3 và Cấp cao Đông Á.", [("ASEAN+3", "SOM", "2023-08-25")]),
    ("Sáng 3/9/2023, các Bộ trưởng Ngoại giao ASEAN họp tại Jakarta để chuẩn bị cho Hội nghị Cấp cao ASEAN lần thứ 43.",
     [("ASEAN", "AMM", "2023-09-03")]),
    # a plural head with no list after it is still the forum's meetings in general
    ("Việt Nam luôn tích cực tham gia các hội nghị của ASEAN.", []),
])
def test_a_plural_head_names_each_listed_forums_meeting(text, expected, gaz):
    assert [(e[0], e[2], e[4]) for e in events(text, gaz)[0]] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Trước thềm Hội nghị Cấp cao ASEAN lần thứ 34, tổ chức tại Bangkok trong hai ngày 22 và 23/6/2019, các tổ "
     "chức môi trường đã lên tiếng.", [("ASEAN", "leaders", "Summit", "2019-06-22")]),
    ("Sau Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 52, diễn ra tại Bangkok từ ngày 29/7 đến 3/8/2019, các nước "
     "sẽ trình báo cáo lên lãnh đạo.", [("ASEAN", "ministers", "AMM", "2019-07-29")]),
    ("Trước Hội nghị thượng đỉnh G20, dự kiến khai mạc tại Osaka ngày 28/6/2019, hai bên đã điện đàm.",
     [("G20", "leaders", "Summit", "2019-06-28")]),
    # an aside that is not its holding still closes the time: the date is another's
    ("Trước thềm Hội nghị Cấp cao ASEAN lần thứ 34, nhóm vận động ngày 20/6/2019 đã ra tuyên bố.", []),
])
def test_an_aside_telling_a_meetings_holding_dates_the_meeting_named_as_a_time(text, expected, gaz):
    assert [(e[0], e[1], e[2], e[4]) for e in events(text, gaz)[0]] == expected


@pytest.mark.parametrize("text", [
    "Việt Nam lần đầu dự Hội nghị Cấp cao BRICS lần thứ 17 với tư cách đối tác, sau khi được công nhận vào tháng 6/2025.",
    "Đoàn sẽ dự Hội nghị Bộ trưởng APEC lần thứ 35, trước khi trở về nước ngày 17/11/2024.",
    "Ông dự Hội nghị Cấp cao ASEAN lần thứ 44 lần đầu kể từ khi nhậm chức ngày 22/8/2024.",
    # the day of a briefing, and the day a quotation about the meeting was said
    "Phái đoàn sẽ dự Hội nghị Cấp cao Đông Á, quan chức Mỹ cho biết trong cuộc họp qua điện thoại với phóng viên "
    "ngày 16/10/2018.",
    "\"Phó tổng thống sẽ nêu rõ quan điểm của Mỹ khi dự Hội nghị Cấp cao Đông Á (EAS)\", Phó trợ lý Ngoại trưởng "
    "trao đổi với các phóng viên ngày 16/10/2018.",
    "“Chúng tôi mong chờ Hội nghị Cấp cao APEC”, Bộ trưởng nói hôm 2/11/2017.",
    # the day it was said, where the meeting is what was said about, not where it was said
    "Tại họp báo chiều 18-1-2018, người phát ngôn Bộ Ngoại giao cho biết Hội nghị Cấp cao Kỷ niệm ASEAN - Ấn Độ là dịp "
    "để Việt Nam khẳng định vai trò.",
    "Bộ trưởng Thương mại Mỹ ngày 11-6-2019 cho biết hội nghị thượng đỉnh G20 có thể mang lại tiến triển cho đàm phán.",
    # a day that opens a time lasting until the meeting or its end
    "Thành phố cấm xe tải vào trung tâm từ ngày 30-10-2017 đến hết Tuần lễ cấp cao APEC.",
    "Khu vực này được bảo vệ nghiêm ngặt từ ngày 5/11/2017 cho đến khi kết thúc Hội nghị Cấp cao APEC.",
    # a bulletin's day after the meeting
    "Tổng thống Mỹ không dự hội nghị cấp cao ASEAN và Đông Á... là những tin nóng sáng ngày 1/9/2018.",
    "Ông Putin sẽ tới hội nghị G20, theo điểm tin chiều 20/11/2018 của hãng TASS.",
    # the day of a gathering of two sides told after the meeting
    "Bên lề Hội nghị Cấp cao ASEAN, ông cho biết Singapore sẵn sàng tổ chức hội nghị thượng đỉnh lịch sử giữa Mỹ và "
    "Triều Tiên vào ngày 12/6/2018.",
    "Thông báo được đưa ra tại hội nghị G20 ở Hamburg, sau cuộc gặp giữa Tổng thống Mỹ và Tổng thống Nga hôm 7/7/2017.",
    "Bộ trưởng trao thư mời dự Hội nghị cấp cao APEC 2017 trong cuộc hội đàm với Ngoại trưởng Mỹ ngày 20/4/2017.",
])
def test_a_date_in_a_clause_of_its_own_is_not_the_meetings(text, gaz):
    assert events(text, gaz)[0] == []


@pytest.mark.parametrize(("text", "expected"), [
    # ... but said at the meeting, or saying it opened, or a joint declaration ("tuyên bố chung") of it
    ("Ngày 8/9/2016, Thủ tướng khẳng định tại Hội nghị Cấp cao ASEAN rằng Việt Nam ủng hộ.", "2016-09-08"),
    ("Ngày 30/11/2018, Tổng thống Argentina tuyên bố chính thức khai mạc Hội nghị thượng đỉnh G20.", "2018-11-30"),
    ("Hồi tháng 6/2018, ông không thừa nhận tuyên bố chung của hội nghị thượng đỉnh G7.", "2018-06-01"),
])
def test_a_day_said_at_the_meeting_or_of_its_holding_is_the_meetings(text, expected, gaz):
    assert [e[4] for e in events(text, gaz)[0]] == [expected]


def test_a_date_before_a_meeting_named_as_a_time_is_the_next_meetings(gaz):
    text = ("Ngày 14/11/2023, ngay trước khi Hội nghị Cấp cao APEC khai mạc, Bộ trưởng sẽ dự Hội nghị Bộ trưởng "
            "Thương mại APEC.")
    assert [(e[2], e[4]) for e in events(text, gaz)[0]] == [("MRT", "2023-11-14")]


def test_the_same_day_is_a_day_told_not_a_range_in_brackets(gaz):
    text = ("Chiều 13/7/2023, Bộ trưởng dự Hội nghị Bộ trưởng Ngoại giao Mekong - Nhật Bản lần thứ 16. Hội nghị diễn ra "
            "bên lề Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 56 và các hội nghị liên quan (11-14/7/2023). Cùng ngày, "
            "Bộ trưởng dự Hội nghị Bộ trưởng Ngoại giao Mekong - Hàn Quốc lần thứ 13.")
    found = {(e[0], e[4]) for e in events(text, gaz)[0]}
    assert ("Mekong-Korea", "2023-07-13") in found


def test_near_identical_names_stay_apart(gaz):
    text = ("Ngày 30/10/2025, Hội nghị liên Bộ trưởng Ngoại giao – Kinh tế APEC lần thứ 36 (AMM 36) đã diễn ra. "
            "Đoàn Việt Nam do Thứ trưởng Bộ Ngoại giao Nguyễn Minh Hằng và Thứ trưởng Bộ Công Thương "
            "Nguyễn Minh Hùng tham dự Hội nghị.")
    assert _names(events(text, gaz)[1]) == ["Nguyễn Minh Hùng", "Nguyễn Minh Hằng"]


def test_name_written_without_diacritics_is_the_same_person(gaz):
    text = ("Ngày 27/4/2017, Đại sứ Phạm Việt Hùng đã chủ trì Hội nghị Ủy ban ASEAN tại Bình Nhưỡng. "
            "Kết thúc Hội nghị, Đại sứ Pham Việt Hùng đã phát biểu cảm ơn.")
    assert _names(events(text, gaz)[1]) == ["Phạm Việt Hùng"]


@pytest.mark.parametrize("opening", ["Cùng ngày", "Chiều cùng ngày", "Cũng trong chiều cùng ngày",
                                     # the day's work opened or closed: that day
                                     "Mở đầu ngày làm việc", "Khép lại ngày làm việc", "Kết thúc ngày làm việc này"])
def test_same_day_takes_the_day_told_before(opening, gaz):
    text = ("Tin ASEAN\n\nNgày 13/7/2023, tại Jakarta, Bộ trưởng Ngoại giao Bùi Thanh Sơn tham dự Hội nghị Bộ "
            "trưởng Ngoại giao ASEAN+3 lần thứ 24. Các nước đã thảo luận nhiều vấn đề. "
            f"{opening}, Bộ trưởng tham dự Hội nghị Bộ trưởng Ngoại giao Cấp cao Đông Á lần thứ 13.\n")
    found, _ = events(text, gaz)
    assert ("EAS", "ministers", "FMM", 13, "2023-07-13", "2023-07-13", "held") in found


_FILLER = " ".join(f"Các nhà lãnh đạo trao đổi về vấn đề thứ {n} của khu vực." for n in range(1, 10))


@pytest.mark.parametrize(("first", "expected"), [
    # far back, the one day the text told is the day "cùng ngày" means
    ("Ngày 15/11/2018 tại Singapore, Thủ tướng dự Hội nghị Cấp cao Đông Á lần thứ 13.",
     [("EAS", 13, "2018-11-15"), ("ASEAN", 33, "2018-11-15")]),
    # … but not where it told two
    ("Ngày 14/11/2018 và ngày 15/11/2018 tại Singapore, Thủ tướng dự Hội nghị Cấp cao Đông Á lần thứ 13.",
     [("EAS", 13, "2018-11-14")]),
])
def test_same_day_far_after_the_one_day_told(first, expected, gaz):
    text = (f"Tin ASEAN\n\n{first} {_FILLER} Chiều cùng ngày, sau khi dự lễ bế mạc Hội nghị Cấp cao ASEAN lần thứ 33, "
            "Thủ tướng lên đường về nước.\n")
    found, _ = events(text, gaz)
    assert [(e[0], e[3], e[4]) for e in found] == expected


def test_same_day_with_no_day_before_dates_nothing(gaz):
    text = ("Tin ASEAN\n\nCác bộ trưởng ASEAN đã có nhiều cuộc gặp trong năm 2023. Cùng ngày, Hội nghị Bộ "
            "trưởng Ngoại giao Cấp cao Đông Á lần thứ 13 diễn ra tại Jakarta.\n")
    found, _ = events(text, gaz)
    assert found == []


def test_the_day_after_the_day_told(gaz):
    text = ("Tin APEC\n\nNgày 8/11/2017, Hội nghị Bộ trưởng APEC lần thứ 29 khai mạc tại Đà Nẵng. "
            "Ngày hôm sau, Hội nghị các Nhà Lãnh đạo Kinh tế APEC lần thứ 25 đã diễn ra.\n")
    found, _ = events(text, gaz)
    assert ("APEC", "leaders", "AELM", 25, "2017-11-09", "2017-11-09", "held") in found


SERIES = ("Tin ASEAN\n\nThứ trưởng Ngoại giao Lê Hoài Trung dẫn đầu đoàn Việt Nam dự {what}. Các cuộc họp "
          "bắt đầu bằng SOM ASEAN vào ngày 8/6/2015, tiếp theo là SOM ASEAN+3 và SOM EAS vào ngày 9/6. Đây là bước "
          "chuẩn bị cho Hội nghị Bộ trưởng Ngoại giao ASEAN (AMM) sẽ diễn ra vào tháng 8/2015.\n")


def test_several_meetings_at_once_link_the_series(gaz):
    found, people = events(SERIES.format(what="các hội nghị này"), gaz)
    linked = {(found[p.event_key][0], found[p.event_key][2]) for p in people if p.name == "Lê Hoài Trung"}
    assert linked == {("ASEAN", "SOM"), ("ASEAN+3", "SOM"), ("EAS", "SOM")}      # not the AMM two months on


def test_one_meeting_links_the_first(gaz):
    found, people = events(SERIES.format(what="hội nghị"), gaz)
    assert [(found[p.event_key][0], found[p.event_key][2]) for p in people] == [("ASEAN", "SOM")]


def test_a_meeting_named_without_its_number_is_the_dated_one_of_its_kind(gaz):
    text = ("Tin ASEAN\n\nHội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 54 đã diễn ra ngày 2/8/2021. Hội nghị Cấp cao "
            "ASEAN lần thứ 38 đã diễn ra ngày 26/10/2021. Phát biểu tại Hội nghị Cấp cao ASEAN, Thủ tướng Phạm Minh "
            "Chính nhấn mạnh vai trò của đoàn kết.\n")
    found, people = events(text, gaz)
    assert [(found[p.event_key][2], found[p.event_key][3]) for p in people] == [("Summit", 38)]


def test_the_verb_and_a_time_of_day_end_a_meetings_name(gaz):
    text = ("Tin APEC\n\nPhát biểu tại Hội nghị các Nhà Lãnh đạo Kinh tế APEC lần thứ 28 tổ chức trực tuyến tối "
            "12/11/2021, Chủ tịch nước Nguyễn Xuân Phúc đề nghị các thành viên APEC tăng cường hợp tác.\n")
    found, people = events(text, gaz)
    assert found == [("APEC", "leaders", "AELM", 28, "2021-11-12", "2021-11-12", "held")]
    assert [p.name for p in people] == ["Nguyễn Xuân Phúc"]


@pytest.mark.parametrize("frame", ["Trong khuôn khổ", "Bên lề", "Nhân dịp"])
def test_a_date_after_the_frame_dates_the_meeting_inside_it(frame, gaz):
    text = (f"Tin ASEAN\n\n{frame} Hội nghị Cấp cao ASEAN lần thứ 40, 41 tại Phnom Penh, chiều 12/11/2022, Thủ tướng "
            "Phạm Minh Chính dự Hội nghị Cấp cao ASEAN - Hàn Quốc lần thứ 23.\n")
    found, people = events(text, gaz)
    assert [(e[2], e[3], e[4]) for e in found] == [("Summit/Hàn Quốc", 23, "2022-11-12")]
    assert [found[p.event_key][2] for p in people] == ["Summit/Hàn Quốc"]


@pytest.mark.parametrize(("text", "expected"), [
    # the frame's date right after its place, where the next meeting has its own after its name
    ("Trong cuộc gặp giữa Thủ tướng Nguyễn Xuân Phúc và Tổng thống Mỹ Donald Trump bên lề hội nghị thượng đỉnh G20 "
     "tại Hamburg, Đức đầu tháng 7/2017, ông Trump cho biết sẽ dự Hội nghị Cấp cao APEC ở Đà Nẵng vào tháng 11 tới.",
     [("Summit", None, "2017-07-01"), ("AELM", None, "2017-11-01")]),
    ("Gặp Tổng thống Putin bên lề Hội nghị thượng đỉnh G20 ở Osaka hôm 29/6/2019, Thủ tướng Abe nói hai bên sẽ gặp lại "
     "tại Hội nghị Cấp cao APEC ở Santiago vào tháng 11.", [("Summit", None, "2019-06-29"), ("AELM", None, "2019-11-01")]),
    # … not where the next one would take it: a date after a comma, or the next meeting undated
    ("Bên lề Hội nghị Cấp cao ASEAN lần thứ 40 tại Phnom Penh, Campuchia chiều 12/11/2022, Thủ tướng dự Hội nghị Cấp "
     "cao ASEAN - Nhật Bản.", [("Summit/Nhật Bản", None, "2022-11-12")]),
])
def test_a_frame_dated_at_its_place_keeps_its_date_when_the_next_meeting_has_its_own(text, expected, gaz):
    found, _ = events(f"Tin quốc tế\n\n{text}\n", gaz)
    assert [(e[2], e[3], e[4]) for e in found] == expected


def test_a_frame_alone_keeps_its_date(gaz):
    found, _ = events("Tin ASEAN\n\nBên lề Hội nghị Cấp cao ASEAN lần thứ 40 ngày 11/11/2022, hai nhà lãnh đạo "
                      "đã gặp nhau.\n", gaz)
    assert [(e[2], e[3], e[4]) for e in found] == [("Summit", 40, "2022-11-11")]


def test_the_bare_word_speaks_of_the_meeting_named_just_before(gaz):
    text = ("Tin ASEAN\n\nChiều 11/7/2023, tại Jakarta, Bộ trưởng Ngoại giao Bùi Thanh Sơn dẫn đầu đoàn Việt Nam tham "
            "dự Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 56 (AMM-56). Hội nghị diễn ra từ ngày 11 đến 14/7 với nhiều "
            "phiên họp quan trọng.\n")
    found, _ = events(text, gaz)
    assert ("ASEAN", "ministers", "AMM", 56, "2023-07-11", "2023-07-14", "held") in found


@pytest.mark.parametrize(("text", "expected"), [
    # the bare word (or "Sự kiện") opening a sentence whose date comes before the meetings it names
    ("Thứ trưởng Bùi Thanh Sơn chủ trì Hội nghị tổng kết quan chức cao cấp (CSOM) APEC tại Đà Nẵng. Sự kiện kéo dài "
     "trong hai ngày 6 và 7/11/2017, là hội nghị mở đầu cho các hoạt động của Tuần lễ Cấp cao APEC 2017.",
     ("APEC", "senior_officials", "CSOM", None, "2017-11-06", "2017-11-07", "held")),
    ("Bộ trưởng Ngoại giao dẫn đầu đoàn dự Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 56 tại Jakarta. Hội nghị diễn ra "
     "từ ngày 11 đến 14/7/2023, hai tháng trước Hội nghị Cấp cao ASEAN lần thứ 43.",
     ("ASEAN", "ministers", "AMM", 56, "2023-07-11", "2023-07-14", "held")),
])
def test_the_bare_word_dated_before_the_meetings_it_names_is_the_one_named_before(text, expected, gaz):
    found, _ = events(f"Tin APEC\n\n{text}\n", gaz)
    assert expected in found


@pytest.mark.parametrize(("text", "expected"), [
    # in lower case after a verb of attending, where it takes place, right after the sentence that named it
    ("Hội nghị thượng đỉnh G7 lần thứ 47 thu hút sự chú ý của dư luận. Tổng thống Biden dự hội nghị diễn ra tại "
     "Carbis Bay từ ngày 11 đến 13/6/2021.", ("G7", "leaders", "Summit", 47, "2021-06-11", "2021-06-13", "held")),
    ("Thủ tướng sẽ sang Jakarta dự Hội nghị Cấp cao ASEAN lần thứ 43. Đoàn Việt Nam tham dự hội nghị được tổ chức từ "
     "ngày 5 đến 7/9/2023.", ("ASEAN", "leaders", "Summit", 43, "2023-09-05", "2023-09-07", "planned")),
    # … or after hosting it or being there, dated right after it (passages written for the thirty-second session)
    ("Tổng thống Nga sẽ không tới dự Hội nghị thượng đỉnh G20 tại Bali. Indonesia tổ chức hội nghị trong hai ngày "
     "15-16/11/2022 tại Nusa Dua.", ("G20", "leaders", "Summit", None, "2022-11-15", "2022-11-16", "planned")),
    ("Tổng thống Nga sẽ không có mặt tại Hội nghị thượng đỉnh BRICS ở Johannesburg. Ngoại trưởng sẽ thay mặt Nga tại hội "
     "nghị, dự kiến diễn ra vào tháng 8/2023.", ("BRICS", "leaders", "Summit", None, "2023-08-01", "2023-08-01", "planned")),
])
def test_the_bare_word_after_a_verb_of_attending_is_the_one_named_right_before(text, expected, gaz):
    found, _ = events(f"Tin\n\n{text}\n", gaz)
    assert expected in found


@pytest.mark.parametrize("text", [
    # not further on, nor "dự hội nghị tại …", which may mean the article's meeting rather than the one named last
    "Hội nghị Bộ trưởng Thương mại APEC khai mạc. Các bộ trưởng thảo luận nhiều vấn đề. Thủ tướng tiếp các Trưởng đoàn "
    "dự hội nghị diễn ra ngày 2/6/2006.",
    "Hội nghị Bộ trưởng Thương mại APEC khai mạc. Thủ tướng tiếp các Trưởng đoàn dự hội nghị tại Dinh Thống Nhất chiều "
    "2/6/2006.",
    # nor a day right after "tại hội nghị" (only after hosting it): a caption after a sentence that recalls an older
    # meeting is the article's (the sample s28)
    "Hội nghị Cấp cao APEC đầu tiên được tổ chức vào năm 1993 tại Seattle. Thủ tướng phát biểu tại hội nghị ngày 10/11.",
])
def test_the_bare_word_after_a_verb_of_attending_further_on_is_none(text, gaz):
    found, _ = events(f"Tin\n\n{text}\n", gaz)
    assert found == []


def test_the_bare_word_with_nothing_named_before_is_no_meeting(gaz):
    found, _ = events("Tin ASEAN\n\nHội nghị diễn ra từ ngày 11 đến 14/7/2023 với nhiều phiên họp.\n", gaz)
    assert found == []


def test_the_day_of_setting_off_does_not_date_the_meeting(gaz):
    text = ("Sáng 9/5/2023, Thủ tướng Phạm Minh Chính rời Hà Nội, lên đường tham dự Hội nghị Cấp cao ASEAN "
            "lần thứ 42 tại Labuan Bajo, Indonesia. Hội nghị Cấp cao ASEAN lần thứ 42 diễn ra từ ngày 10-11/5.")
    evs, people = events(text, gaz, published=published_on("2023-05-09"))
    assert evs == [("ASEAN", "leaders", "Summit", 42, "2023-05-10", "2023-05-11", "planned")]
    assert _names(people) == ["Phạm Minh Chính"] and people[0].event_key == 0
    # a meeting named before the journey keeps the day it is given
    evs, _ = events("Hội nghị Cấp cao ASEAN lần thứ 42 bế mạc ngày 11/5/2023, sau đó Thủ tướng rời Labuan Bajo về nước.", gaz)
    assert [e[4] for e in evs] == ["2023-05-11"]


@pytest.mark.parametrize("text", [
    "Sáng 31-8-2017, Hội nghị lần thứ ba các Quan chức cao cấp APEC (SOM 3) đã khai mạc tại TPHCM. Hội nghị kéo dài "
    "đến hết ngày 1-9.",
    "Ngày 31/8/2017, SOM 3 APEC khai mạc tại TPHCM. Hội nghị sẽ kéo dài tới ngày 1/9.",
    "Hội nghị Quan chức cao cấp APEC lần thứ ba (SOM 3) khai mạc sáng 31/8/2017 tại TPHCM, với sự tham dự của 21 nền "
    "kinh tế. Các phiên họp kéo dài cho đến hết ngày 1/9.",
])
def test_the_day_a_meeting_lasts_until_is_its_last(text, gaz):
    from etl.merge import merge_reports
    found, _ = extract(article(text), gaz)
    found = [replace(e, status="held") for e in found]
    [row], _ = merge_reports(found, gaz)
    assert (row["ordinal"], row["start_date"].isoformat(), row["end_date"].isoformat()) == (3, "2017-08-31", "2017-09-01")


@pytest.mark.parametrize(("text", "days"), [
    ("Tiêu đề\n\nSau mười ngày làm việc, từ 26-8 đến 4-9-2002, Hội nghị Thượng đỉnh thế giới về Phát triển bền vững của "
     "Liên hợp quốc đã bế mạc tại Giô-han-nét-xbua. Phiên họp cấp cao từ 2 đến 4-9 chứng kiến nhiều tranh luận.",
     ("2002-08-26", "2002-09-04")),
    ("Tiêu đề\n\nHội nghị Cấp cao ASEAN lần thứ 33 diễn ra từ ngày 11 đến 15/11/2018 tại Singapore. Phiên họp cấp cao "
     "ASEAN lần thứ 33 diễn ra trong hai ngày 13 và 14/11.", ("2018-11-11", "2018-11-15")),
])
def test_a_sessions_days_are_no_more_precise_than_its_meetings(text, days, gaz):
    """The days a session of the meeting is told on, inside the meeting's own, are a part of them (merge.py)."""
    [row], _ = merge_reports([replace(e, status="held") for e in extract(article(text), gaz)[0]], gaz)
    assert (row["start_date"].isoformat(), row["end_date"].isoformat()) == days


@pytest.mark.parametrize("text", [
    "Từ ngày 20-8 đến nay, TPHCM đã đón khoảng 2.000 đại biểu dự hơn 50 cuộc họp thuộc đợt SOM 3 APEC 2017.",
    "Kể từ ngày 3/5/2023 tới nay, Indonesia đã tổ chức hàng chục cuộc họp chuẩn bị cho Hội nghị Cấp cao ASEAN lần thứ 42.",
    "Từ tháng 1/2020 cho đến nay, Việt Nam đã chủ trì hơn 200 hội nghị, trong đó có Hội nghị Cấp cao ASEAN lần thứ 36.",
])
def test_the_first_day_of_a_time_up_to_now_dates_no_meeting(text, gaz):
    assert events(text, gaz)[0] == []


def test_an_informal_meeting_of_senior_officials_is_not_a_numbered_one(gaz):
    from etl.merge import merge_reports
    text = ("Hội nghị Quan chức Cao cấp không chính thức (ISOM) APEC diễn ra tại Hà Nội ngày 6-7/12/2016. Hội nghị "
            "Quan chức cao cấp APEC lần thứ nhất (SOM 1) diễn ra tại Nha Trang từ ngày 18/2 đến 3/3/2017.")
    found, _ = extract(article(text), gaz)
    rows, _ = merge_reports(found, gaz)
    assert sorted((r["meeting"], r["ordinal"], r["start_date"].isoformat()) for r in rows) == [
        ("ISOM", None, "2016-12-06"), ("SOM", 1, "2017-02-18")]


@pytest.mark.parametrize(("text", "expected"), [
    # the delegation's days take in two meetings, each then given its own day
    ("Từ ngày 8 đến 11/10/2024, Thủ tướng Phạm Minh Chính dẫn đầu Đoàn đại biểu cấp cao Việt Nam tham dự Hội nghị "
     "Cấp cao ASEAN lần thứ 44 và các hội nghị liên quan tại Viêng Chăn. Hội nghị Cấp cao ASEAN lần thứ 44 diễn ra "
     "ngày 9/10.", [(44, "2024-10-09", "2024-10-09")]),
    ("Từ ngày 14 đến 17-11-2023, Bộ trưởng Quốc phòng dẫn đầu Đoàn Bộ Quốc phòng Việt Nam tham dự Hội nghị Bộ trưởng "
     "Quốc phòng các nước ASEAN lần thứ 17 (ADMM-17) tại Jakarta. Theo chương trình, ADMM-17 diễn ra ngày 15-11.",
     [(17, "2023-11-15", "2023-11-15")]),
    # … but a day that opens the delegation's days is the meeting's first, the days its own
    ("Trong hai ngày 20-21/8/2023, Bộ trưởng Công Thương dẫn đầu Đoàn Việt Nam tham dự Hội nghị Bộ trưởng Kinh tế "
     "ASEAN lần thứ 55 (AEM 55) tại Semarang. Sáng 20/8, AEM 55 khai mạc.", [(55, "2023-08-20", "2023-08-21")]),
    # … and with no day of its own the meeting keeps the delegation's days
    ("Từ ngày 8 đến 11/10/2024, Thủ tướng dẫn đầu Đoàn đại biểu cấp cao Việt Nam tham dự Hội nghị Cấp cao ASEAN "
     "lần thứ 44 tại Viêng Chăn.", [(44, "2024-10-08", "2024-10-11")]),
    # the days of a meeting and those related to it, as a delegation's
    ("Từ ngày 17 đến 22/8/2023, tại Semarang đã diễn ra Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 55 (AEM 55) và "
     "các hội nghị liên quan với các đối tác. Ngày 20/8, Hội nghị AEM 55 chính thức khai mạc.",
     [(55, "2023-08-20", "2023-08-20")]),
    ("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 56 và các hoạt động liên quan diễn ra từ ngày 11 đến 14/7/2023 "
     "tại Jakarta. Sáng 11/7, AMM-56 khai mạc.", [(56, "2023-07-11", "2023-07-14")]),
])
def test_a_delegations_days_give_way_to_the_meetings_own(text, expected, gaz):
    from etl.merge import merge_reports
    found, _ = extract(article(text), gaz)
    rows, _ = merge_reports([replace(e, status="held") for e in found], gaz)
    assert [(r["ordinal"], r["start_date"].isoformat(), r["end_date"].isoformat()) for r in rows] == expected


def test_an_article_that_names_the_host_country_gives_the_meetings_host(gaz):
    from etl.merge import merge_reports
    text = "Hội nghị Cấp cao ASEAN lần thứ 42 diễn ra ngày 10-11/5/2023 tại Labuan Bajo, nước chủ nhà Indonesia."
    found, _ = extract(article(text), gaz)
    assert [e.host for e in found] == ["Indonesia"]
    [row], _ = merge_reports(found, gaz)
    assert row["host"] == "Indonesia"        # the `host` column of events.parquet
    [ev], _ = extract(article("Hội nghị Cấp cao ASEAN lần thứ 42 diễn ra ngày 10-11/5/2023 tại Labuan Bajo."), gaz)
    assert ev.host is None                   # not named: unknown, never guessed from the place


@pytest.mark.parametrize(("text", "location", "mode"), [
    # a building is no city, but it is a venue: in person
    ("Hội nghị Cấp cao ASEAN lần thứ 35 khai mạc ngày 3/11/2019 tại Trung tâm hội nghị IMPACT.", None, "in_person"),
    ("Hội nghị các Nhà Lãnh đạo Kinh tế APEC lần thứ 25 diễn ra ngày 11/11/2017 tại Cung Hội nghị Quốc tế Ariyana.",
     None, "in_person"),
    ("Hội nghị Cấp cao ASEAN lần thứ 35 khai mạc ngày 3/11/2019 tại Trung tâm hội nghị IMPACT ở Băng Cốc.",
     "Băng Cốc", "in_person"),
    # a country is no venue, nor a province whose name begins as one
    ("Hội nghị Bộ trưởng ASEAN - Trung Quốc diễn ra ngày 5/9/2023 tại Trung Quốc.", None, None),
    ("Hội nghị Bộ trưởng Kinh tế ASEAN diễn ra ngày 5/9/2023 tại Điện Biên.", "Điện Biên", "in_person"),
    # "TPHCM" written as one word keeps its "TP"
    ("Hội nghị Quan chức cao cấp APEC lần thứ 3 khai mạc ngày 31/8/2017 tại TPHCM.", "TPHCM", "in_person"),
    # a small letter after "tại" starts no place ([À-Ỹ] spans small letters)
    ("Hội nghị Cấp cao ASEAN lần thứ 37 diễn ra trực tuyến ngày 12/11/2020, Thủ tướng dự tại đầu cầu chính.",
     None, "virtual"),
])
def test_a_venue_is_no_city_but_a_meeting_in_person(text, location, mode, gaz):
    [ev], _ = extract(article(text), gaz)
    assert (ev.location, ev.mode) == (location, mode)


@pytest.mark.parametrize("how", ["trực tiếp kết hợp trực tuyến", "trực tiếp và trực tuyến", "kết hợp trực tuyến"])
def test_in_person_with_online_is_hybrid(how, gaz):
    [ev], _ = extract(article("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 55 diễn ra ngày 3/8/2022 tại Phnom Penh "
                              f"theo hình thức {how}."), gaz)
    assert ev.mode == "hybrid"


def test_hoi_tells_a_meeting_that_was_held(gaz):
    # "hồi tháng 3" is last March: without the word, March is nearer ahead of a November article's date
    text = "Hội nghị Bộ trưởng Kinh tế ASEAN hồi tháng 3 thông qua kế hoạch."
    found, _ = events(text, gaz, published=published_on("2022-11-15"))
    assert [(e[4], e[6]) for e in found] == [("2022-03-01", "held")]


@pytest.mark.parametrize(("text", "n"), [
    ("Tổng thống In-đô-nê-xi-a B.J. Ha-bi-bi dự Hội nghị. Thủ tướng phát biểu.", 2),
    ("Hội nghị diễn ra tại TP. Hồ Chí Minh. Tp. Đà Nẵng đăng cai năm sau.", 2),
    ("Ông George W. Bush và GS. Nguyễn Văn A dự. Hội nghị bế mạc.", 2),
    ("Hội nghị có 21 nền kinh tế. APEC thành lập năm 1989.", 2),
    # a list item's number or letter
    ("1. Phó Thủ tướng Bùi Thanh Sơn", 1),
    ("II. Thành phần đoàn. Đoàn gồm ba người.", 2),
    ("b. Thứ trưởng Đỗ Hùng Việt dự họp.", 1),
])
def test_initials_and_abbreviations_end_no_sentence(text, n):
    assert len(split_sentences(text)) == n


@pytest.mark.parametrize("text", [
    "Khi Hà Nội đón các nhà lãnh đạo ASEAN ngày 15/12/1998, ít ai nghĩ rằng 22 năm sau nước chủ nhà sẽ chủ trì "
    "các hội nghị qua màn hình. Hội nghị Cấp cao ASEAN lần thứ 6 họp tại Hà Nội ngày 15-16/12/1998. Đến Hội nghị "
    "Cấp cao ASEAN lần thứ 37 ngày 12-15/11/2020, Việt Nam đã chủ trì theo hình thức trực tuyến.",
    "Sáng 12/11/2006, các quan chức sẽ bắt đầu chuỗi họp chuẩn bị. Hội nghị Cấp cao APEC lần thứ 14 diễn ra tại Hà Nội "
    "ngày 18-19/11/2006. Mười một năm sau, Hội nghị Cấp cao APEC lần thứ 25 ngày 10-11/11/2017 đã được tổ chức tại Đà Nẵng.",
])
def test_an_undated_piece_that_tells_a_later_meeting_as_past_was_written_after_it(text, gaz):
    found = events(text, gaz)[0]
    assert found and all(e[6] == "held" for e in found)


@pytest.mark.parametrize(("text", "expected"), [
    # a chronology's sections, each under a heading that opens with its date
    ("Những dấu mốc của Việt Nam trong ASEAN\n\nChuyên mục điểm lại một số sự kiện đáng nhớ.\n\n"
     "8/8/2017 – Kỷ niệm 50 năm ASEAN\n\nHội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 50 bế mạc tại "
     "Manila.\n\n12/11/2020 – Năm Chủ tịch của Việt Nam\n\nHội nghị Cấp cao ASEAN lần thứ 37 khai mạc trực tuyến.",
     [("ASEAN", "ministers", "2017-08-08"), ("ASEAN", "leaders", "2020-11-12")]),
    # a paragraph with a date of its own keeps it
    ("6/9/2023: Ngày thứ hai\n\nHội nghị Cấp cao ASEAN - Trung Quốc lần thứ 26 diễn ra ngày 6/9/2023.",
     [("ASEAN", "leaders", "2023-09-06")]),
    # … a day without its year, after "Ngày" or a weekday, or alone, the year the article's
    ("Tiêu đề\n\nNăm 2023, Indonesia giữ vai trò Chủ tịch ASEAN.\n\nThứ Tư (6/9): Ngày của các đối tác\n\nHội nghị Cấp "
     "cao ASEAN - Nhật Bản lần thứ 26 khai mạc tại Jakarta với sự tham dự của Thủ tướng Kishida Fumio.",
     [("ASEAN", "leaders", "2023-09-06")]),
    ("Tiêu đề\n\nNăm APEC 2024 do Peru đăng cai.\n\nNgày 16/11: Khép lại Tuần lễ\n\nHội nghị các Nhà Lãnh đạo Kinh tế "
     "APEC lần thứ 31 thông qua Tuyên bố Machu Picchu.", [("APEC", "leaders", "2024-11-16")]),
    ("Tiêu đề\n\nNăm APEC 2024 do Peru đăng cai.\n\n16/11 - Ngày cuối\n\nHội nghị các Nhà Lãnh đạo Kinh tế APEC lần "
     "thứ 31 thông qua Tuyên bố Machu Picchu.", [("APEC", "leaders", "2024-11-16")]),
])
def test_a_section_heading_that_opens_with_its_date_dates_the_first_meeting_below(text, expected, gaz):
    found = events(text, gaz)[0]
    assert [(e[0], e[1], e[4]) for e in found] == expected


@pytest.mark.xfail(strict=True, reason="an undated history piece: its lead's date (1996, with a 'sẽ' about the "
                   "forum's future) is taken as the article's, so the later meetings read as planned")
def test_known_miss_an_undated_history_piece_tells_later_meetings_as_past(gaz):
    text = ("Khi các nhà lãnh đạo lần đầu họp tại Bangkok trong hai ngày 1 và 2/3/1996, ít ai nghĩ rằng Diễn đàn "
            "Hợp tác Á - Âu (ASEM) sẽ tồn tại lâu. Tám năm sau, Hà Nội là chủ nhà của Hội nghị Cấp cao ASEM lần thứ 5, "
            "diễn ra ngày 8-9/10/2004.")
    assert {e[3]: e[6] for e in events(text, gaz)[0]}.get(5) == "held"


# A bulletin without a date line whose title carries its day: the day is the one "sáng nay",
# "hôm qua" and "ngày mai" count from, and its year the one dates without a year take.
@pytest.mark.parametrize(("text", "expected"), [
    ("Bản tin Thời sự 19 giờ, ngày 5/9/2023\n\nThưa quý vị, sáng nay, Hội nghị Cấp cao ASEAN lần thứ 43 đã khai mạc "
     "tại Jakarta. Trước đó, hôm qua, 4/9, Hội nghị Bộ trưởng Ngoại giao ASEAN đã họp để chuẩn bị.",
     {("ASEAN", 43, "2023-09-05", "held"), ("ASEAN", None, "2023-09-04", "held")}),
    ("Họp báo thường kỳ của Bộ Ngoại giao ngày 23/10/2025\n\nNgười Phát ngôn cho biết ngày 26/10, Hội nghị Cấp cao "
     "ASEAN lần thứ 47 sẽ khai mạc tại Kuala Lumpur.",
     {("ASEAN", 47, "2025-10-26", "planned")}),
])
def test_a_bulletins_title_gives_the_day_it_speaks_from(text, expected, gaz):
    evs, _ = events(text, gaz)
    assert {(forum, ordinal, start, status) for forum, _, _, ordinal, start, _, status in evs} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # no forum named, but a kind whose acronym names its forum: the UN's climate conference, ASEAN's
    # defence ministers
    ("Thủ tướng tới Dubai\n\nThủ tướng Phạm Minh Chính dự Hội nghị COP28 khai mạc ngày 1/12/2023 tại Dubai.",
     [("UN", "other", "COP", 28, "2023-12-01")]),
    ("Bộ trưởng tới Viêng Chăn\n\nHội nghị ADMM lần thứ 18 diễn ra ngày 21/11/2024 tại Viêng Chăn.",
     [("ASEAN", "ministers", "ADMM", 18, "2024-11-21")]),
    # a meeting named to tell when something else happened takes none of its dates
    ("Thủ tướng thăm Pháp\n\nCOP26 diễn ra tại Glasgow từ ngày 31/10 đến 12/11/2021. Sau khi dự COP26, Thủ tướng "
     "sẽ thăm chính thức Pháp từ ngày 2 đến 4/11/2021.", [("UN", "other", "COP", 26, "2021-10-31")]),
    ("Bộ trưởng về nước\n\nADMM+ lần thứ 10 họp ngày 16/11/2023. Trước khi tham dự ADMM+, Bộ trưởng đã thăm "
     "Indonesia ngày 14/11/2023.", [("ASEAN", "ministers", "ADMM-Plus", 10, "2023-11-16")]),
])
def test_an_article_that_names_a_forum_only_by_a_kind(text, expected, gaz):
    evs, _ = events(text, gaz)
    assert [e[:5] for e in evs] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a day of a meeting said to run over several days is a session of it, not another meeting: both
    # sentences report the meeting's days (and the merge makes them one)
    ("Doanh nghiệp APEC\n\nHội nghị Thượng đỉnh Doanh nghiệp APEC diễn ra từ ngày 14 đến 16/11/2023 tại San Francisco. "
     "Sáng 15/11/2023, Chủ tịch nước phát biểu tại phiên thảo luận của Hội nghị Thượng đỉnh Doanh nghiệp APEC.",
     [("APEC", "other", "CEO Summit", None, "2023-11-14", "2023-11-16"),
      ("APEC", "other", "CEO Summit", None, "2023-11-14", "2023-11-16")]),
    # not the days a sentence opens with for a series, nor a trip's: the day told is the meeting's own
    ("SOM\n\nTừ ngày 7 đến 11/6/2015, Malaysia tổ chức Hội nghị Quan chức cấp cao ASEAN và các hội nghị liên quan. "
     "Hội nghị Quan chức cấp cao ASEAN họp ngày 8/6/2015.",
     [("ASEAN", "senior_officials", "SOM", None, "2015-06-07", "2015-06-11"),
      ("ASEAN", "senior_officials", "SOM", None, "2015-06-08", "2015-06-08")]),
])
def test_a_day_inside_the_meetings_own_range_is_a_session(text, expected, gaz):
    """(The article's first meeting stays first: a sentence that speaks of "hội nghị" later may mean it.)"""
    evs, _ = events(text, gaz)
    assert [e[:6] for e in evs] == expected


def test_every_postponement_word_is_a_put_off_verb():
    """assemble._PUT_OFF names the verbs alone: each of vi.POSTPONED_WORDS must start with one."""
    from etl.assemble import _PUT_OFF
    from etl.vi import POSTPONED_WORDS
    assert all(_PUT_OFF.match(w) for w in POSTPONED_WORDS)


@pytest.mark.parametrize(("text", "days"), [
    # the day of a meeting's closing ceremony or session, named before it, is its last day: with its
    # opening day told elsewhere, the meeting's days
    ("Sáng 10/11/2017, Hội nghị các Nhà Lãnh đạo Kinh tế APEC lần thứ 25 khai mạc tại Đà Nẵng. Tại phiên bế mạc "
     "của Hội nghị các Nhà Lãnh đạo Kinh tế APEC lần thứ 25 chiều 11/11/2017, Chủ tịch nước trao quyền chủ nhà năm "
     "2018 cho Papua New Guinea.", ("2017-11-10", "2017-11-11")),
    ("Hội nghị Cấp cao ASEAN lần thứ 35 khai mạc sáng 2/11/2019 tại Bangkok. Tại lễ bế mạc Hội nghị Cấp cao ASEAN "
     "lần thứ 35 tối 4/11/2019, Thái Lan trao quyền Chủ tịch ASEAN cho Việt Nam.", ("2019-11-02", "2019-11-04")),
])
def test_a_closing_ceremonys_day_is_the_meetings_last(text, days, gaz):
    [row], _ = merge_reports(extract(article(text), gaz)[0], gaz)
    assert (row["start_date"].isoformat(), row["end_date"].isoformat()) == days


@pytest.mark.parametrize(("text", "names"), [
    # one name after the title's country is the longer name the article gives, by its last word or, written
    # family name first, by its first
    ("Thủ tướng Nhật Bản Shinzo Abe tới Đà Nẵng. Ngày 10/11/2017, Thủ tướng Nhật Bản Abe dự Hội nghị các Nhà Lãnh "
     "đạo Kinh tế APEC lần thứ 25.", {"Shinzo Abe"}),
    ("Thủ tướng hoan nghênh sáng kiến của Thủ tướng Nhật Bản Abe Shinzo. Ngày 28/6/2019, Thủ tướng Nhật Bản Abe "
     "phát biểu khai mạc Hội nghị thượng đỉnh G20.", {"Abe Shinzo"}),
    # … else it stands as written, also where the longer name is another person's of another rank
    ("Ngày 14/12/1995, Tổng thống In-đô-nê-xi-a Xu-hác-tô phát biểu tại Hội nghị Cấp cao ASEAN lần thứ năm.",
     {"Xu-hác-tô"}),
    ("Đệ nhất phu nhân Ba Lan Agata Kornhauser-Duda dự tiệc. Ngày 28/6/2019, Tổng thống Ba Lan Duda dự Hội nghị "
     "thượng đỉnh G20.", {"Duda"}),
    # a name alone completes no short form: "Tổng thống Putin" is the Vladimir Putin the article names
    ("Ngày 5/9/2017, Tổng thống Nga Vladimir Putin dự Hội nghị thượng đỉnh BRICS lần thứ 9. Tại hội nghị, Tổng "
     "thống Nga Putin và Thủ tướng Ấn Độ Narendra Modi trao đổi; Tổng thống Putin phát biểu.",
     {"Vladimir Putin", "Narendra Modi"}),
])
def test_one_name_after_a_country_is_the_articles_longer_name(text, names, gaz):
    _, people = extract(article(text), gaz)
    assert {p.name for p in people} == names


PLACES = data_rows("passages_places.jsonl")
# Passages on where meetings are held (tests/data/passages_places.jsonl, written from the guideline by a helper
# who never saw the rules): each meeting the ETL finds has the place and mode of the row's gold.
KNOWN_PLACE_MISSES = {
    ("gathering", 0): "a lead that places the whole stay and names no meeting ('Khép lại ba ngày làm việc tại Bangkok "
                      "…, Thủ tướng … đã tham dự hơn 10 hội nghị') places none of the meetings told after it",
    ("virtual_gathering", 2): "a doubt of the guideline: the gold leaves the mode of meetings not restated as online "
                              "null; the ETL gives them the mode of their gathering's other meetings (virtual)",
    ("virtual_gathering", 3): "the same doubt: the ASEAN+3 and East Asia summits of an online ASEAN week, not restated",
    ("written_as_is", 2): "two cities written 'Cha-am và Hua Hin': the gazetteer knows Hua Hin only, so one is kept",
}


@pytest.mark.parametrize("row", phenomenon_params(PLACES, lambda row, n: KNOWN_PLACE_MISSES.get((row["phenomenon"], n))))
def test_passage_places_its_meetings(row, gaz):
    got = {key: (r["location"] or None, r["mode"] or None) for key, r in merged_passage(row, gaz)}
    wanted = {(e["forum"], e["level"], e["start"]): (e["location"], e["mode"]) for e in row["events"]}
    shared = got.keys() & wanted.keys()
    assert shared, "no meeting of the row found"
    assert {k: got[k] for k in shared} == {k: wanted[k] for k in shared}


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a meeting that frames the sentence from its start ("Tại …, ") takes the tense of what the sentence tells there:
    # a day eight months before the page's is no day to come
    ("Hội nghị thượng đỉnh G20 đã bế mạc tối 22/11. Tại Hội nghị thượng đỉnh G20 bất thường ngày 26/3, Thủ tướng đã "
     "kêu gọi hỗ trợ các nước đang phát triển.", "2020-11-23",
     [("Summit", None, "2020-11-22", "held"), ("Summit", None, "2020-03-26", "held")]),
    ("Ở Hội nghị Bộ trưởng Kinh tế ASEAN ngày 29/8, các bộ trưởng đã thông qua kế hoạch phục hồi.", "2021-03-10",
     [("AEM", None, "2020-08-29", "held")]),
    ("Tại Hội nghị Cấp cao ASEAN ngày 12/11, các nhà lãnh đạo sẽ ký Hiệp định RCEP.", "2020-06-02",
     [("Summit", None, "2020-11-12", "planned")]),
    # … a past one only: what was decided there for later tells no tense of the meeting
    ("Tại Hội nghị cấp cao APEC lần thứ 5 tháng 11-1997 tại Vancouver, các nền kinh tế thành viên quyết định sẽ kết "
     "nạp thêm 3 thành viên.", None, [("AELM", 5, "1997-11-01", "held")]),
    # a meeting put off, then held: held on its new day
    ("Hội nghị Cấp cao ASEAN lần thứ 36, ban đầu dự kiến tổ chức tại Đà Nẵng vào tháng 4, đã phải lùi lại và diễn ra "
     "trực tuyến ngày 26/6.", "2020-11-20", [("Summit", 36, "2020-06-26", "held")]),
    ("Hội nghị Bộ trưởng Ngoại giao ASEAN đã được hoãn lại và được tổ chức trực tuyến ngày 9/9.", "2020-12-01",
     [("AMM", None, "2020-09-09", "held")]),
    # … but put off alone, still to come
    ("Hội nghị Cấp cao ASEAN lần thứ 36 đã được lùi sang cuối tháng 6.", "2020-03-20", [("Summit", 36, "2020-06-01", "planned")]),
])
def test_the_tense_of_a_framing_meeting_and_of_one_put_off(text, published, expected, gaz):
    evs, _ = events("Tiêu đề\n\n" + text, gaz, published=published_on(published) if published else None)
    assert [(e[2], e[3], e[4], e[6]) for e in evs] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "Hai ngày họp 8 và 9/6": the days of the one meeting the sentence before named
    ("Hội nghị thượng đỉnh G7 lần thứ 44 ở Charlevoix khép lại trong căng thẳng. Hai ngày họp 8 và 9/6/2018 diễn ra "
     "trong bầu không khí nặng nề.", [("Summit", 44, "2018-06-08", "2018-06-09")]),
    ("Hội nghị Cấp cao ASEAN lần thứ 31 khai mạc tại Manila. Trong ba ngày làm việc từ 12 đến 14/11/2017, các nhà lãnh "
     "đạo thảo luận nhiều vấn đề.", [("Summit", 31, "2017-11-12", "2017-11-14")]),
    # … not where the sentence before named two
    ("Hội nghị Cấp cao ASEAN lần thứ 31 và Hội nghị Cấp cao Đông Á lần thứ 12 khai mạc tại Manila. Hai ngày họp 13 và "
     "14/11/2017 diễn ra sôi nổi.", []),
    # a meeting named without its number is not the number the article names once where its series held that one in
    # another year
    ("Hội nghị thượng đỉnh G7 lần thứ 45 ở Biarritz khép lại trong chia rẽ. Tại hội nghị G7 ở Charlevoix tháng 6/2018, "
     "các nhà lãnh đạo cũng bất đồng về thương mại.", [("Summit", None, "2018-06-01", "2018-06-01")]),
])
def test_the_days_of_the_meeting_named_before_and_a_number_of_another_year(text, expected, gaz):
    evs, _ = events("Tiêu đề\n\n" + text, gaz)
    assert [(e[2], e[3], e[4], e[5]) for e in evs] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an item of the list the rules read as no meeting does not break it: the date is every named item's
    ("Chuỗi hội nghị gồm Hội nghị Bộ trưởng Nông Lâm ASEAN lần thứ 41 (AMAF 41), Hội nghị Hội đồng Quỹ Dự trữ lương thực "
     "khẩn cấp, Hội nghị Bộ trưởng Nông Lâm ASEAN+3 lần thứ 19 diễn ra từ ngày 7 đến 9/10/2019 tại Hà Nội.",
     [(41, "2019-10-07", "2019-10-09"), (19, "2019-10-07", "2019-10-09")]),
    # the day a meeting "và các hội nghị liên quan" closed on, after its days: the last of them
    ("Sáng 14/11/2018, Hội nghị Cấp cao ASEAN lần thứ 33 và các hội nghị liên quan đã khép lại tại Singapore sau ba "
     "ngày làm việc.", [(33, "2018-11-12", "2018-11-14")]),
])
def test_a_list_past_an_unread_item_and_the_close_of_related_meetings(text, expected, gaz):
    evs, _ = events("Tiêu đề\n\n" + text, gaz)
    assert [(e[3], e[4], e[5]) for e in evs] == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # who answers the press before being named, the title set off after the name or joined to a rank before it
    ("Chia sẻ với phóng viên về kết quả của năm, ông Đào Ngọc Dung, Bộ trưởng Bộ Lao động - Thương binh và Xã hội, cho "
     "rằng các sáng kiến được đánh giá cao tại hội nghị.", []),
    ("Trả lời phỏng vấn phóng viên Báo Quân đội nhân dân trước thềm hội nghị, Trung tướng Nguyễn Chí Vịnh, Thứ trưởng Bộ "
     "Quốc phòng, cho biết: \"Việc Việt Nam đăng cai ADMM+ đầu tiên thể hiện sự tin cậy.\"", []),
    ("Trả lời phỏng vấn bên lề hội nghị, ông Đào Ngọc Dung, Bộ trưởng Bộ Lao động - Thương binh và Xã hội, cho rằng các "
     "sáng kiến được đánh giá cao.", ["Đào Ngọc Dung"]),
    # being elected or standing is no sending ("cử"): the one named before stays
    ("Tổng thống Mỹ Barack Obama, người vừa tái đắc cử, sẽ tới Phnom Penh để dự hội nghị cùng Thủ tướng Nhật Bản "
     "Yoshihiko Noda.", ["Barack Obama", "Yoshihiko Noda"]),
    ("Tổng thống Indonesia Joko Widodo, người vừa thắng cử, cùng Thủ tướng Malaysia Najib Razak dự hội nghị.",
     ["Joko Widodo", "Najib Razak"]),
    ("Thủ tướng Nguyễn Tấn Dũng cử Phó Thủ tướng Phạm Bình Minh dự hội nghị.", ["Phạm Bình Minh"]),
    # one invited to attend is not told to attend (the one who accepts an invitation is)
    ("Lãnh đạo Việt Nam đã mời Tổng thống Donald Trump dự Hội nghị cấp cao APEC vào tháng 11.", []),
    ("Singapore đã chính thức mời Thủ tướng Ấn Độ Narendra Modi tới dự Hội nghị Cấp cao ASEAN - Ấn Độ.", []),
    ("Nhận lời mời của Tổng thống Peru Dina Boluarte, Chủ tịch nước Lương Cường sẽ tham dự Hội nghị.", ["Lương Cường"]),
    ("Chủ tịch hội nghị mời Tổng thống Indonesia Joko Widodo phát biểu khai mạc.", ["Joko Widodo"]),
    # who goes in another's place: "… nên Ngoại trưởng Y dự thay"
    ("Thủ tướng Úc Julia Gillard bận việc trong nước nên Ngoại trưởng Kevin Rudd dự thay.", ["Kevin Rudd"]),
    ("Tổng thống Mỹ Barack Obama ở lại Washington, và Ngoại trưởng John Kerry tham dự thay.", ["John Kerry"]),
])
def test_who_a_sentence_names_as_taking_part(sentence, expected, gaz):
    found = officials_by_sentence([Sentence(sentence, 0, [], 0)], gaz)
    assert [o.name for o in found.get(0, [])] == expected


# A meeting of a body that meets all year every year (the Security Council) is dated only by a year the article states
# or the article's own date: a year guessed from the article's clues dated the samples' meetings of it one or two years
# off
@pytest.mark.parametrize(("text", "dated"), [
    ("Hội đồng Bảo an họp về Jerusalem\n\nHà Nội, 9/12/2017 (TTXVN) - Hội đồng Bảo an Liên Hợp Quốc đã họp khẩn ngày 8/12 "
     "về quyết định của Mỹ công nhận Jerusalem.", "2017-12-08"),
    ("Nga yêu cầu HĐBA họp khẩn\n\nNga ngày 17/9/2016 triệu tập phiên họp khẩn cấp tại Hội đồng Bảo an Liên Hợp Quốc yêu cầu "
     "Mỹ giải trình về vụ không kích ở Deir Ezzor.", "2016-09-17"),
    # the year guessed from a history the article recalls, or from an office holder's term
    ("Căng thẳng ở Dải Gaza\n\nCuộc biểu tình là đợt bạo lực tồi tệ nhất kể từ cuộc chiến năm 2014. Cũng trong ngày 15-5, "
     "Hội đồng Bảo an Liên Hiệp Quốc đã tiến hành phiên họp khẩn về xung đột ở Dải Gaza.", None),
    ("Venezuela trước Hội đồng Bảo an\n\nTổng thống Maduro tái đắc cử năm 2018. Hội đồng Bảo an Liên Hợp Quốc nhóm họp "
     "ngày 26/2 theo đề nghị của Mỹ.", None),
])
def test_a_security_council_meeting_takes_no_guessed_year(text, dated, gaz):
    found, _ = events(text, gaz)
    assert [e[4] for e in found if e[0] == "UN"] == ([dated] if dated else [])


# A date in its own clause after "sau", "trước" or "kể từ" and another meeting is that meeting's: "… lần thứ hai trong
# lịch sử, sau cuộc họp cấp cao đầu tiên vào tháng 1-1992" (the first is not told as an event of the article)
@pytest.mark.parametrize(("text", "dated"), [
    ("Hội đồng Bảo an họp cấp cao\n\nHà Nội, 8/9/2000 (TTXVN) - Cũng trong ngày 7-9, Hội đồng Bảo an Liên hợp quốc đã họp "
     "ở cấp nguyên thủ quốc gia - lần thứ hai trong lịch sử, sau cuộc họp cấp cao đầu tiên vào tháng 1-1992.",
     "2000-09-07"),
    ("Cấp cao Mekong - Lan Thương\n\nPhnom Penh, 11/1/2018 (TTXVN) - Ngày 10/1, Hội nghị Cấp cao Hợp tác Mekong - Lan "
     "Thương đã diễn ra tại Phnom Penh, hơn hai năm kể từ hội nghị đầu tiên vào tháng 3/2016 tại Tam Á.", "2018-01-10"),
])
def test_a_date_after_another_meeting_is_that_ones(text, dated, gaz):
    found, _ = events(text, gaz)
    assert [e[4] for e in found][:1] == [dated]


# A meeting opened on a day and lasting "đến hết ngày" another ends that day (as "kéo dài đến ngày 11/8" does)
@pytest.mark.parametrize(("text", "days"), [
    ("Thượng đỉnh Thiên niên kỷ\n\nNiu Oóc, 7-9-2000 (TTXVN) - Hội nghị Thượng đỉnh Thiên niên kỷ của Liên hợp quốc khai mạc "
     "ngày 6-9 và kéo dài đến hết ngày 8-9, với sự tham dự của khoảng 150 nguyên thủ quốc gia.", ("2000-09-06", "2000-09-08")),
    ("Hội nghị Bộ trưởng APEC\n\nLima, 15/11/2016 (TTXVN) - Hội nghị Bộ trưởng APEC lần thứ 28 khai mạc sáng 17/11 và làm "
     "việc tới hết ngày 18/11 tại Lima.", ("2016-11-17", "2016-11-18")),
])
def test_a_meeting_that_lasts_to_the_end_of_a_day(text, days, gaz):
    found, _ = events(text, gaz)
    assert [(e[4], e[5]) for e in found][:1] == [days]


# A day told as a point ("hồi", "vào") before "đến nay" is the meeting's; only one after "từ" starts a time up to now
@pytest.mark.parametrize(("text", "dated"), [
    ("Vòng Doha bế tắc\n\nNhững cam kết đưa ra tại Hội nghị Bộ trưởng WTO lần thứ 9 ở Bali hồi tháng 12/2013 đến nay mới "
     "được thực hiện một phần.", "2013-12-01"),
    ("Sáng kiến kết nối\n\nCác sáng kiến được thông qua tại Hội nghị Cấp cao ASEAN lần thứ 30 vào tháng 4/2017 tới nay vẫn "
     "còn nguyên giá trị.", "2017-04-01"),
])
def test_a_day_told_as_a_point_before_up_to_now_is_the_meetings(text, dated, gaz):
    found, _ = events(text, gaz)
    assert [e[4] for e in found] == [dated]


# A meeting's topic after its name ("… về an ninh lương thực và nông nghiệp bền vững") runs up to its verb: a closing
# day told before it is the last of the days it lasted
@pytest.mark.parametrize(("text", "days"), [
    ("Bế mạc đối thoại\n\nChiều 19-8-2017, tại Cần Thơ, Đối thoại chính sách cấp cao APEC về an ninh lương thực và nông "
     "nghiệp bền vững thích ứng với biến đổi khí hậu đã bế mạc sau hai ngày làm việc.", ("2017-08-18", "2017-08-19")),
    ("Hợp tác chống ma túy\n\nNgày 12/10/2022, Hội nghị Bộ trưởng ASEAN về phòng chống ma túy và tội phạm xuyên quốc gia "
     "lần thứ 7 bế mạc sau ba ngày làm việc tại Kuala Lumpur.", ("2022-10-10", "2022-10-12")),
    ("Môi trường ASEAN\n\nSáng 5/6/2023, Hội nghị Bộ trưởng Môi trường ASEAN về biến đổi khí hậu và đa dạng sinh học đã "
     "khép lại sau hai ngày thảo luận.", ("2023-06-04", "2023-06-05")),
    # (a guard: the day it opened, and a length after)
    ("Môi trường ASEAN\n\nSáng 5/6/2023, Hội nghị Bộ trưởng Môi trường ASEAN khai mạc và sẽ bế mạc sau hai ngày thảo "
     "luận.", ("2023-06-05", "2023-06-06")),
])
def test_a_closing_day_after_a_meetings_topic(text, days, gaz):
    found, _ = events(text, gaz)
    assert [(e[4], e[5]) for e in found][:1] == [days]


# A sentence opening on the days something is held beside a meeting ("Diễn ra từ ngày 2 đến 3/11 bên lề Hội nghị …,
# ASEAN-BIS …") tells the days of what it is about, named after the meeting; a fair the meeting is held beside,
# named after it, has the days that follow ("… nhân dịp Hội chợ …, khai mạc ngày 12/6")
@pytest.mark.parametrize(("text", "dated"), [
    ("Diễn đàn doanh nghiệp\n\nDiễn ra từ ngày 2 đến 3/11/2019 bên lề Hội nghị Cấp cao ASEAN lần thứ 35, diễn đàn năm nay "
     "có chủ đề về kinh tế số.", []),
    ("Diễn đàn thanh niên\n\nĐược tổ chức ngày 12/5/2023 trong khuôn khổ Hội nghị Cấp cao ASEAN lần thứ 42, diễn đàn thanh "
     "niên thu hút 300 đại biểu.", []),
    ("Du lịch ASEAN\n\nHội nghị Bộ trưởng Du lịch ASEAN lần thứ 22 diễn ra bên lề Hội chợ Du lịch ASEAN (TRAVEX), khai mạc "
     "ngày 17/1/2019 tại Hạ Long.", []),
    # (guards: the meeting is what the opener is about; its own day before the fair; a day before "bên lề" and a comma)
    ("Cấp cao ASEAN\n\nDiễn ra từ ngày 2 đến 3/11/2019 tại Bangkok, Hội nghị Cấp cao ASEAN lần thứ 35 có chủ đề về "
     "quan hệ đối tác.", ["2019-11-02"]),
    ("Du lịch ASEAN\n\nHội nghị Bộ trưởng Du lịch ASEAN lần thứ 22 diễn ra ngày 17/1/2019 tại Hạ Long, bên lề Hội chợ Du "
     "lịch ASEAN.", ["2019-01-17"]),
    ("Bên lề cấp cao\n\nNgày 9/5/2023, bên lề Hội nghị Cấp cao ASEAN lần thứ 42, Thủ tướng đã gặp Tổng thống Indonesia.",
     ["2023-05-09"]),
])
def test_days_of_what_is_held_beside_a_meeting(text, dated, gaz):
    found, _ = events(text, gaz)
    assert [e[4] for e in found] == dated


# "tuần lễ" is a week as a noun, not a week told from now: "…, mở đầu tuần lễ các hội nghị kinh tế ASEAN"
def test_a_week_of_meetings_is_no_week_told_from_now(gaz):
    text = ("Tuần lễ kinh tế\n\nĐà Nẵng, 23/8/2010 - Sáng nay, Hội nghị Quan chức kinh tế cao cấp ASEAN khai mạc, mở đầu "
            "tuần lễ các hội nghị kinh tế ASEAN tại Đà Nẵng.")
    found, _ = events(text, gaz)
    assert [(e[4], e[5]) for e in found] == [("2010-08-23", "2010-08-23")]


# A short name the article gave a numbered meeting ("(AMMTC 17)") names its series with another number later
# ("Tại AMMTC 16 … hồi tháng 9-2022"); a number after "+" is no meeting's ("AFMGM+3" of "… ASEAN+3 lần thứ 23")
@pytest.mark.parametrize(("text", "expected"), [
    ("Chống tội phạm\n\nNgày 22-8-2023, tại Labuan Bajo đã diễn ra Hội nghị Bộ trưởng ASEAN về tội phạm xuyên quốc gia lần "
     "thứ 17 (AMMTC 17). Tại AMMTC 16 do Campuchia đăng cai hồi tháng 9-2022, các nước đã thông qua Lộ trình.",
     [(17, "2023-08-22"), (16, "2022-09-01")]),
    ("Ma túy\n\nHội nghị Bộ trưởng ASEAN về vấn đề ma túy lần thứ 8 (AMMD-8) diễn ra ngày 23/10/2024 tại Viêng Chăn. "
     "Tại AMMD-7 diễn ra trực tuyến hồi tháng 10/2022, các bộ trưởng đã nhất trí.", [(8, "2024-10-23"), (7, "2022-10-01")]),
    # (a guard: "+3" is the partners' number, no meeting's)
    ("Tài chính ASEAN+3\n\nChiều 18/9/2020, Hội nghị Bộ trưởng Tài chính và Thống đốc Ngân hàng Trung ương ASEAN+3 lần "
     "thứ 23 (AFMGM+3) đã diễn ra trực tuyến. Hội nghị AFMGM+3 được tổ chức vào tháng 5 hằng năm.", [(23, "2020-09-18")]),
])
def test_a_short_names_series_with_another_number(text, expected, gaz):
    found, _ = events(text, gaz)
    numbered = {(e[3], e[4]) for e in found}
    assert set(expected) <= numbered and {n for n, _ in numbered} == {n for n, _ in expected}


# The series again, by its short name between commas ("Hội nghị lần trước, AMEM-40, …"), by a bare "Hội nghị lần thứ N"
# with its short name in brackets, or by a bare "Hội nghị lần thứ N" after a sentence that writes the series' letters
# alone ("SOMTC là cơ chế …"): each with its own number and date.
@pytest.mark.parametrize(("text", "expected"), [
    ("Giao thông\n\nNgày 9/11/2023, Hội nghị Bộ trưởng Giao thông vận tải ASEAN lần thứ 29 (ATM-29) đã khai mạc tại Luang "
     "Prabang. Kỳ họp trước, ATM-28, được tổ chức tại Bali vào tháng 11/2022.",
     [(29, "2023-11-09", "ministers"), (28, "2022-11-01", "ministers")]),
    ("Lao động\n\nHội nghị Bộ trưởng Lao động ASEAN lần thứ 27 (ALMM 27) diễn ra ngày 26/10/2022 tại Hà Nội. Hai năm "
     "trước đó, ALMM 26 họp trực tuyến hồi tháng 10/2020.",
     [(27, "2022-10-26", "ministers"), (26, "2020-10-01", "ministers")]),
    ("Môi trường\n\nNgày 5/10/2023, Hội nghị Bộ trưởng Môi trường ASEAN lần thứ 17 (AMME-17) khai mạc tại Viêng Chăn. "
     "Hội nghị lần thứ 16 (AMME-16) được tổ chức tại Phnom Penh tháng 9/2021.",
     [(17, "2023-10-05", "ministers"), (16, "2021-09-01", "ministers")]),
    ("Phụ nữ\n\nNgày 12/10/2022, Hội nghị Bộ trưởng ASEAN về Phụ nữ lần thứ 4 (AMMW-4) diễn ra tại Kuala Lumpur. Các "
     "nhà lãnh đạo đã thông qua tuyên bố về bình đẳng giới tại Hội nghị Cấp cao ASEAN lần thứ 37 hồi tháng 11/2020.\n\n"
     "AMMW là cơ chế cấp bộ trưởng về phụ nữ của ASEAN, họp ba năm một lần. Hội nghị lần thứ 3 diễn ra tại Hà Nội vào "
     "tháng 10/2018.",
     [(4, "2022-10-12", "ministers"), (37, "2020-11-01", "leaders"), (3, "2018-10-01", "ministers")]),
    # guard: where the sentence above names a meeting, the bare head is that one's
    ("Phụ nữ\n\nNgày 12/10/2022, Hội nghị Bộ trưởng ASEAN về Phụ nữ lần thứ 4 (AMMW-4) diễn ra tại Kuala Lumpur. Các "
     "đề xuất của AMMW được trình lên Hội nghị Cấp cao ASEAN, dự kiến diễn ra vào tháng 11/2022. Hội nghị lần thứ 41 "
     "sẽ họp tại Phnom Penh.",
     [(4, "2022-10-12", "ministers"), (41, "2022-11-01", "leaders")]),
])
def test_a_series_again_by_its_short_name(text, expected, gaz):
    found, _ = events(text, gaz)
    assert [(e[3], e[4], e[1]) for e in found] == expected


# The day of a briefing that introduces or announces the meeting ("họp báo giới thiệu Hội nghị …") is not the meeting's
@pytest.mark.parametrize(("text", "published"), [
    ("Họp báo\n\nSáng 12/9, tại Nhà Quốc hội, Văn phòng Quốc hội tổ chức họp báo giới thiệu Hội nghị Nghị sĩ trẻ toàn cầu "
     "lần thứ 9 do Quốc hội Việt Nam phối hợp với IPU tổ chức.", "2023-09-12"),
    ("Họp báo\n\nChiều 20/10, tại Trung tâm Báo chí, Bộ Ngoại giao tổ chức họp báo giới thiệu Hội nghị Cấp cao ASEAN lần "
     "thứ 37 do Việt Nam chủ trì.", "2020-10-21"),
])
def test_the_day_of_a_briefing_that_introduces_the_meeting(text, published, gaz):
    assert events(text, gaz, published=published_on(published))[0] == []


# A meeting held at the same time as the one named and dated just before it takes its days ("…, diễn ra cùng thời
# điểm với Hội nghị Bộ trưởng …")
@pytest.mark.parametrize(("text", "expected"), [
    ("Năm APEC\n\nSang tháng 5/2017, Hà Nội sẽ đón SOM 2 APEC, diễn ra cùng thời điểm với Hội nghị Bộ trưởng phụ trách "
     "Thương mại APEC (MRT).", [("SOM", "2017-05-01"), ("MRT", "2017-05-01")]),
    ("Kinh tế ASEAN\n\nHội nghị Quan chức Kinh tế cao cấp ASEAN diễn ra ngày 5/9/2022 tại Siem Reap, cùng lúc với Hội nghị "
     "Bộ trưởng Năng lượng ASEAN.", [("SOM", "2022-09-05"), ("EMM", "2022-09-05")]),
])
def test_a_meeting_held_at_the_same_time_as_the_one_just_dated(text, expected, gaz):
    found, _ = events(text, gaz)
    assert [(e[2], e[4]) for e in found] == expected


# A lower-case "hội nghị lần thứ N" where it takes place names the series just told again with that number
def test_a_lower_case_numbered_meeting_named_again(gaz):
    text = ("Mekong - Lan Thương\n\nHội nghị Lãnh đạo Hợp tác Mekong - Lan Thương lần thứ nhất diễn ra tại Tam Á ngày "
            "23/3/2016. Chưa đầy hai năm sau, hội nghị lần thứ hai họp tại Phnom Penh vào tháng 1/2018. Khi đại dịch "
            "bùng phát, hội nghị lần thứ ba vẫn được tổ chức trực tuyến ngày 24/8/2020.")
    found, _ = events(text, gaz)
    assert [(e[0], e[3], e[4]) for e in found] == [("Mekong-Lancang", 1, "2016-03-23"), ("Mekong-Lancang", 2, "2018-01-01"),
                                                   ("Mekong-Lancang", 3, "2020-08-24")]


# A debate that "bắt đầu từ ngày …" starts that day (not a term that starts: "nhiệm kỳ bắt đầu từ")
def test_a_debate_that_starts_on_a_day(gaz):
    text = ("Liên hợp quốc\n\nNew York, 10/9/2023 - Chỉ hơn một tuần nữa, phiên thảo luận chung cấp cao Đại hội đồng Liên "
            "hợp quốc khóa 78 sẽ bắt đầu từ ngày 19/9 tại New York.")
    found, _ = events(text, gaz)
    assert [(e[0], e[1], e[3], e[4]) for e in found] == [("UN", "leaders", 78, "2023-09-19")]


# In an article whose own day is only guessed, "tới" or "vừa qua" after a meeting's date tells its tense
@pytest.mark.parametrize(("later", "status"), [
    ("Hội nghị Bộ trưởng Phụ trách Thương mại APEC (MRT) diễn ra tại Arequipa vào tháng 5 tới cũng được kỳ vọng tạo "
     "thêm động lực.", "planned"),
    ("Hội nghị Bộ trưởng Kinh tế ASEAN (AEM) tổ chức ở Jakarta vào tháng 9 sắp tới là dịp rà soát các cam kết.",
     "planned"),
    ("Hội nghị Bộ trưởng Phụ trách Thương mại APEC (MRT) diễn ra tại Arequipa hồi tháng 1 vừa qua cũng đã bàn việc này.",
     "held"),
])
def test_a_word_told_from_now_after_a_date_tells_its_tense_where_the_articles_day_is_guessed(later, status, gaz):
    text = ("MC13 khép lại\n\nMC13 khai mạc ngày 26/2 tại Abu Dhabi, theo kế hoạch kéo dài bốn ngày. Hội nghị chỉ bế mạc "
            f"vào rạng sáng 2/3/2024.\n\n{later}")
    found, _ = events(text, gaz)
    assert [e[6] for e in found if e[0] != "WTO"] == [status]


# A day something was signed, issued or founded at a meeting named right after it is the meeting's day too
@pytest.mark.parametrize(("text", "dated"), [
    ("Hiến chương\n\nHiến chương ASEAN được ký kết ngày 20/11/2007 tại Hội nghị Cấp cao ASEAN lần thứ 13 ở Singapore.",
     ["2007-11-20"]),
    ("Tuyên bố\n\nTuyên bố Kuala Lumpur về Tầm nhìn Cộng đồng ASEAN 2045 được ký ngày 26/5/2025 tại Hội nghị Cấp cao ASEAN "
     "lần thứ 46.", ["2025-05-26"]),
    # (a guard: a day of its coming into force, and the meeting named as a time before it)
    ("Hiến chương\n\nHiến chương ASEAN có hiệu lực ngày 15/12/2008, một năm sau Hội nghị Cấp cao ASEAN lần thứ 13.", []),
])
def test_a_day_signed_at_a_meeting_is_the_meetings(text, dated, gaz):
    found, _ = events(text, gaz)
    assert [e[4] for e in found] == dated


# A day the sentence opens on, before the frame of what it tells, is the framed meeting's when it falls within the
# days the frame took after its name ("Chiều 13/7, …, trong khuôn khổ AMM-56 … diễn ra từ ngày 11 đến 14/7, Bộ
# trưởng … đã tham dự Hội nghị X"): not the frame's month
@pytest.mark.parametrize(("text", "dated"), [
    ("Cấp cao\n\nSáng 5/9/2023, tại Jakarta, trong khuôn khổ Hội nghị Cấp cao ASEAN lần thứ 43 và các hội nghị liên quan "
     "diễn ra từ ngày 4 đến 7/9, Thủ tướng Phạm Minh Chính đã dự Hội nghị Cấp cao ASEAN - Nhật Bản lần thứ 26.",
     {43: "2023-09-04", 26: "2023-09-05"}),
    ("Mekong\n\nChiều 26/7/2024, tại Viêng Chăn, nhân dịp dự Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 (AMM-57) "
     "diễn ra từ ngày 24 đến 27/7, Bộ trưởng Bùi Thanh Sơn đã tham dự Hội nghị Bộ trưởng Ngoại giao Mekong - Lan Thương "
     "lần thứ 9.", {57: "2024-07-24", 9: "2024-07-26"}),
    # … and the meeting before is no frame, but the days it took after its name hold the day the sentence opens on,
    # past a lead's date line (written 9111)
    ("Cấp cao\n\nViêng Chăn, 10/10/2024 - Chiều và tối nay, Thủ tướng, người dẫn đầu đoàn Việt Nam dự Hội nghị Cấp cao "
     "ASEAN lần thứ 44 diễn ra từ ngày 8-11/10, đã lần lượt dự Hội nghị Cấp cao ASEAN - Trung Quốc lần thứ 27, Hội nghị "
     "Cấp cao ASEAN - Hàn Quốc lần thứ 25 và Hội nghị Cấp cao ASEAN - Nhật Bản lần thứ 26.",
     {44: "2024-10-08", 27: "2024-10-10", 25: "2024-10-10", 26: "2024-10-10"}),
    ("Kinh tế\n\nSáng 18/9/2024, các bộ trưởng dự Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 56 kéo dài từ ngày 17 đến "
     "21/9, rồi cùng dự Hội nghị Bộ trưởng Kinh tế ASEAN - Nhật Bản lần thứ 30.", {56: "2024-09-17", 30: "2024-09-18"}),
    # (guards: no day before the frame; a day outside the frame's days, which is the day it was told)
    ("Mekong\n\nTrong khuôn khổ Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 (AMM-57) diễn ra từ ngày 24 đến 27/7/2024 "
     "tại Viêng Chăn, Bộ trưởng Bùi Thanh Sơn đã tham dự Hội nghị Bộ trưởng Ngoại giao Mekong - Lan Thương lần thứ 9.",
     {57: "2024-07-24", 9: "2024-07-01"}),
    ("Mekong\n\nNgày 20/7/2024, trong khuôn khổ Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 (AMM-57) diễn ra từ ngày 24 "
     "đến 27/7 tại Viêng Chăn, Bộ trưởng Bùi Thanh Sơn sẽ tham dự Hội nghị Bộ trưởng Ngoại giao Mekong - Lan Thương lần "
     "thứ 9.", {57: "2024-07-24", 9: "2024-07-01"}),
])
def test_a_day_opening_the_sentence_before_a_dated_frame_is_the_framed_meetings(text, dated, gaz):
    found, _ = events(text, gaz)
    assert {e[3]: e[4] for e in found} == dated


# A meeting prepared for, set off by a comma before the day and the meeting that prepares it, takes none of that day
# (written 9806: "Để chuẩn bị cho ASEM 5, hôm 6/10, Hội nghị Quan chức cao cấp ASEM (SOM) đã họp …"), nor does one told
# right after "để" as what is worked for (written 1302: "… để MC11 đạt kết quả thực chất"); its own time told after
# the comma is its own (written 9512)
@pytest.mark.parametrize(("text", "dated"), [
    ("ASEM\n\nĐể chuẩn bị cho ASEM 5, hôm 6/10/2004, Hội nghị Quan chức cao cấp ASEM (SOM) đã họp tại Hà Nội.",
     {("SOM", None): "2004-10-06"}),
    ("Pháp ngữ\n\nNhằm chuẩn bị cho Hội nghị Thượng đỉnh Pháp ngữ lần thứ 7, trong hai ngày 11 và 12/11/1997, Hội nghị Bộ "
     "trưởng Pháp ngữ đã họp tại Hà Nội.", {("MM", None): "1997-11-11"}),
    ("Nhật Bản\n\nĐể chuẩn bị cho Hội nghị Cấp cao ASEAN - Nhật Bản, Hội nghị Quan chức cao cấp ASEAN - Nhật Bản đã họp "
     "tại Tokyo ngày 10/12/2023.", {("SOM/Nhật Bản", None): "2023-12-10"}),
    ("APEC\n\nTại Hội nghị Bộ trưởng Thương mại APEC tổ chức ở Hà Nội hồi tháng 5/2017, các thành viên đã cam kết phối "
     "hợp để MC11 đạt kết quả thực chất.", {("MRT", None): "2017-05-01"}),
    # (guards: its own time after the comma; a date right after its name)
    ("ASEAN\n\nCác Trưởng SOM ASEAN đã thảo luận công tác chuẩn bị cho Hội nghị Cấp cao ASEAN lần thứ 48, dự kiến tổ chức "
     "vào tháng 5/2026, và Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 59 vào tháng 7.",
     {("Summit", 48): "2026-05-01", ("AMM", 59): "2026-07-01"}),
    ("ASEAN\n\nCác quan chức họp nhằm chuẩn bị cho Hội nghị Cấp cao ASEAN 43 vào tháng 9/2023.",
     {("Summit", 43): "2023-09-01"}),
])
def test_a_meeting_prepared_or_worked_for_takes_no_day_of_the_one_before(text, dated, gaz):
    found, _ = events(text, gaz)
    assert {(e[2], e[3]): e[4] for e in found} == dated


# The days of a meeting "và các hội nghị liên quan" hold the days the article tells of the meeting alone: the day it
# opens on, and a day inside them, which is most often a session's or another meeting's ("AMM-57 và ARF-31 ngày 27/7")
@pytest.mark.parametrize(("text", "days"), [
    ("Kinh tế ASEAN\n\nSáng 17/9/2024, Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 56 khai mạc tại Viêng Chăn. AEM 56 và các "
     "hội nghị liên quan diễn ra từ ngày 17 đến 21/9.", {("2024-09-17", "2024-09-21")}),
    ("Kinh tế ASEAN\n\nHội nghị Bộ trưởng Kinh tế ASEAN lần thứ 56 diễn ra từ ngày 17 đến 21/9/2024 tại Viêng Chăn. Sáng "
     "18/9, Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 56 đã khai mạc.", {("2024-09-17", "2024-09-21")}),
    # Not yet: the day of the ministers' own meeting within the days of it and those around it (written 5408's AMCA 10
    # "Sáng 24/8 … chủ trì AMCA 10", "chuỗi hoạt động AMCA 10 và các hội nghị liên quan … từ ngày 21 đến 25/8"). Keeping it
    # apart loses the days that other articles' gold gives such a pair (1222's AEM 56, 1319's, 1503's AMM-57).
    pytest.param("Văn hóa ASEAN\n\nSáng 24/8/2024, tại Đà Nẵng, Bộ trưởng Nguyễn Văn Hùng đã chủ trì Hội nghị Bộ trưởng phụ "
                 "trách Văn hóa và Nghệ thuật ASEAN lần thứ 10 (AMCA 10). Hội nghị nằm trong chuỗi hoạt động AMCA 10 và các "
                 "hội nghị liên quan, diễn ra từ ngày 21 đến 25/8.", {("2024-08-24", "2024-08-24"), ("2024-08-21", "2024-08-25")},
                 marks=pytest.mark.xfail(strict=True, reason="a meeting's own day within its days and those around it")),
])
def test_the_days_of_a_meeting_and_those_around_it(text, days, gaz):
    found, _ = events(text, gaz)
    assert {(e[4], e[5]) for e in found} == days


# An ASEAN meeting's short name the article gave it in brackets, written again with "+3" ("Hội nghị SLOM+3", "Cuộc họp
# ACW+3 lần thứ 20"), names that kind's meeting of ASEAN with China, Japan and Korea
@pytest.mark.parametrize(("text", "expected"), [
    ("Văn hóa\n\nHội nghị Bộ trưởng phụ trách Văn hóa và Nghệ thuật ASEAN (AMCA) lần thứ 10 diễn ra ngày 24/8/2024 tại Đà "
     "Nẵng. Chiều cùng ngày, Hội nghị AMCA+3 lần thứ 10 đã thông qua tuyên bố chung.",
     [("ASEAN", "ministers", 10, "2024-08-24"), ("ASEAN+3", "ministers", 10, "2024-08-24")]),
    ("Y tế\n\nNgày 14/5/2022, Hội nghị Quan chức cao cấp ASEAN về Y tế (SOMHD) lần thứ 17 diễn ra trực tuyến, tiếp theo là "
     "Hội nghị SOMHD+3 ngày 15/5.", [("ASEAN", "senior_officials", 17, "2022-05-14"), ("ASEAN+3", "senior_officials", None,
                                                                                   "2022-05-15")]),
    ("Lao động\n\nHội nghị Quan chức Lao động cao cấp ASEAN (SLOM) lần thứ 16 và Hội nghị SLOM+3 đã diễn ra trực tuyến "
     "ngày 13/10/2020.", [("ASEAN", "senior_officials", 16, "2020-10-13"), ("ASEAN+3", "senior_officials", None, "2020-10-13")]),
    # … and a short name of a kind ASEAN holds ("AEM", "SOM"), not the number of the meeting named before it
    ("Kinh tế ASEAN\n\nHội nghị Bộ trưởng Kinh tế ASEAN lần thứ 56, Hội nghị AEM+3 lần thứ 27 và Hội nghị Bộ trưởng Kinh "
     "tế Cấp cao Đông Á lần thứ 12 diễn ra ngày 21/9/2024 tại Viêng Chăn.",
     [("ASEAN", "ministers", 56, "2024-09-21"), ("ASEAN+3", "ministers", 27, "2024-09-21"), ("EAS", "ministers", 12,
                                                                                           "2024-09-21")]),
    ("Quan chức\n\nChiều 9/6/2024, các quan chức cao cấp ASEAN dự Hội nghị SOM+3 tại Viêng Chăn.",
     [("ASEAN+3", "senior_officials", None, "2024-06-09")]),
    # (guards: a "+3" meeting named in full is not named twice; "+3" after letters no ASEAN meeting was given names none)
    ("Thanh niên\n\nHội nghị Bộ trưởng Thanh niên ASEAN (AMMY) lần thứ 13 diễn ra sáng 30/6/2023. Buổi chiều cùng ngày là "
     "Hội nghị Bộ trưởng Thanh niên ASEAN+3 lần thứ 8 (AMMY+3).",
     [("ASEAN", "ministers", 13, "2023-06-30"), ("ASEAN+3", "ministers", 8, "2023-06-30")]),
    ("Tin\n\nHội nghị XYZ+3 diễn ra ngày 5/5/2022 tại Jakarta.", []),
])
def test_an_asean_meetings_short_name_with_plus_three(text, expected, gaz):
    found, _ = events(text, gaz)
    assert [(e[0], e[1], e[3], e[4]) for e in found] == expected


# "bắt đầu từ ngày …" starts a week, a forum or a summit named before it, as it starts a meeting (not a term)
@pytest.mark.parametrize(("text", "days"), [
    ("Điểm tin\n\nTuần lễ Cấp cao APEC 2022 đã bắt đầu từ ngày 14/11 tại Bangkok và kéo dài đến 19/11.",
     [("2022-11-14", "2022-11-19")]),
    ("Diễn đàn\n\nDiễn đàn Khu vực ASEAN lần thứ 31 sẽ bắt đầu từ ngày 27/7/2024 tại Viêng Chăn.",
     [("2024-07-27", "2024-07-27")]),
    # (a guard: a term that starts, a meeting named after it as a time)
    ("Chủ tịch ASEAN\n\nNhiệm kỳ Chủ tịch ASEAN của Lào bắt đầu từ ngày 1/1/2024, trước Hội nghị Cấp cao ASEAN lần thứ 44.",
     []),
])
def test_a_week_forum_or_summit_that_starts_from_a_day(text, days, gaz):
    found, _ = events(text, gaz)
    assert [(e[4], e[5]) for e in found] == days



# A month or a day of every year ("vào tháng 5 hằng năm", "ngày 8/8 hàng năm") dates no one meeting
@pytest.mark.parametrize(("text", "dated"), [
    ("ASEAN+3\n\nTheo thông lệ, Hội nghị Bộ trưởng Tài chính ASEAN+3 được tổ chức vào tháng 5 hằng năm bên lề Hội nghị "
     "thường niên của ADB.", []),
    ("ASEAN\n\nHội nghị Quan chức cao cấp ASEAN thường họp vào tháng 6 hàng năm tại nước Chủ tịch.", []),
    # (a guard: the year's own date, "năm nay")
    ("ASEAN\n\nHội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 diễn ra vào tháng 7/2024, như mọi năm.", ["2024-07-01"]),
])
def test_a_time_of_every_year_dates_no_meeting(text, dated, gaz):
    found, _ = events(text, gaz, published=published_on("2024-09-18"))
    assert [e[4] for e in found] == dated


# Meetings named in a list whose dates follow "lần lượt" take them in turn, in the order named
@pytest.mark.parametrize(("text", "dated"), [
    ("Lao động\n\nHội nghị Quan chức Lao động cao cấp ASEAN lần thứ 16 và Hội nghị Bộ trưởng Lao động ASEAN lần thứ 26 đã "
     "lần lượt diễn ra trong hai ngày 13 và 14/10/2020.", {16: ("2020-10-13", "2020-10-13"), 26: ("2020-10-14", "2020-10-14")}),
    ("Cấp cao\n\nHội nghị Cấp cao ASEAN lần thứ 42 và Hội nghị Cấp cao ASEAN lần thứ 43 lần lượt diễn ra vào tháng 5 và "
     "tháng 9/2023.", {42: ("2023-05-01", "2023-05-01"), 43: ("2023-09-01", "2023-09-01")}),
    ("Ngoại giao\n\nHội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 56 và Diễn đàn Khu vực ASEAN lần thứ 30 lần lượt khai mạc "
     "ngày 11/7 và 14/7/2023 tại Jakarta.", {56: ("2023-07-11", "2023-07-11"), 30: ("2023-07-14", "2023-07-14")}),
    # (guards: without "lần lượt" the days are shared; more days than meetings are the list's days)
    ("Ngoại giao\n\nHội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 56 và Diễn đàn Khu vực ASEAN lần thứ 30 diễn ra ngày 11 và "
     "14/7/2023 tại Jakarta.", {56: ("2023-07-11", "2023-07-14"), 30: ("2023-07-11", "2023-07-14")}),
    ("Ngoại giao\n\nHội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 56 và Diễn đàn Khu vực ASEAN lần thứ 30 lần lượt diễn ra "
     "tại Jakarta từ ngày 11 đến 14/7/2023.", {56: ("2023-07-11", "2023-07-14"), 30: ("2023-07-11", "2023-07-14")}),
])
def test_a_lists_dates_told_in_turn(text, dated, gaz):
    found, _ = events(text, gaz, published=published_on("2023-10-20"))
    assert {e[3]: (e[4], e[5]) for e in found} == dated


# "hôm" before a day's number tells a day gone by: untensed otherwise, the meeting is the one before the article's day,
# not the nearer one still to come
@pytest.mark.parametrize(("text", "dated"), [
    ("G20\n\nHôm 20 và 21/2, Hội nghị Bộ trưởng Ngoại giao G20 tại Johannesburg diễn ra khi Ngoại trưởng Mỹ từ chối tham "
     "dự.", [("2025-02-20", "held")]),
    ("APEC\n\nHội nghị Bộ trưởng Thương mại APEC hôm 15/5 ở Jeju tập trung vào chuỗi cung ứng.", [("2025-05-15", "held")]),
    # (guards: a day without "hôm", the nearest; "hôm … tới", still to come)
    ("G20\n\nHội nghị Bộ trưởng Tài chính G20 ngày 26/2 tại Cape Town bàn về nợ công.", [("2026-02-26", "planned")]),
    ("G20\n\nHội nghị Bộ trưởng Tài chính G20 sẽ diễn ra hôm 26/2 tới tại Cape Town.", [("2026-02-26", "planned")]),
])
def test_a_day_after_hom_is_gone_by(text, dated, gaz):
    found, _ = events(text, gaz, published=published_on("2025-11-17"))
    assert [(e[4], e[6]) for e in found] == dated


# A meeting told with a past verb but dated after its page's day is still to come: the verb is of something else
@pytest.mark.parametrize(("text", "status"), [
    ("APEC\n\nBắc Kinh đã chọn thành phố Thâm Quyến làm nơi tổ chức Hội nghị các Nhà Lãnh đạo Kinh tế APEC lần thứ 33 vào "
     "tháng 11/2026.", "planned"),
    ("ASEAN\n\nMalaysia đã chốt Hội nghị Cấp cao ASEAN lần thứ 47 diễn ra ngày 26-28/10/2025 tại Kuala Lumpur.", "planned"),
    # (guards: a past meeting; one dated a day after the page, filed across midnight or from another time zone)
    ("APEC\n\nHội nghị Bộ trưởng Thương mại APEC đã diễn ra ngày 15-16/5/2025 tại Jeju.", "held"),
    ("APEC\n\nHội nghị Quan chức cao cấp APEC đã khai mạc ngày 21/10/2025 tại Gyeongju.", "held"),
])
def test_a_meeting_told_as_done_but_dated_after_its_page(text, status, gaz):
    found, _ = events(text, gaz, published=published_on("2025-10-20"))
    assert [e[6] for e in found] == [status]


def test_a_meeting_told_as_done_after_the_day_an_undated_articles_lead_tells(gaz):
    # (a guard: an undated article's lead tells a day of history, no page's day)
    text = ("ASEAN\n\nNgày 28/7/1995, Việt Nam chính thức trở thành thành viên thứ bảy của ASEAN. Hội nghị Cấp cao ASEAN lần "
            "thứ 46 đã diễn ra ngày 26-27/5/2025 tại Kuala Lumpur.")
    found, _ = events(text, gaz)
    assert [(e[3], e[6]) for e in found] == [(46, "held")]


@pytest.mark.parametrize(("text", "dated"), [
    # a series' sittings told by their place and time one after another: a meeting for each
    ("Tin tức\n\nThủ tướng từng dự Hội nghị Cấp cao APEC ở Đà Nẵng (Việt Nam) tháng 11/2017, ở Port Moresby (Papua New "
     "Guinea) tháng 11/2018 và ở San Francisco (Mỹ) tháng 11/2023.",
     [("AELM", "2017-11-01"), ("AELM", "2018-11-01"), ("AELM", "2023-11-01")]),
    ("Tin tức\n\nViệt Nam đã được mời dự các Hội nghị Thượng đỉnh G7 mở rộng tại Ise-Shima (Nhật Bản) tháng 5/2016 và "
     "tại Hiroshima (Nhật Bản) tháng 5/2023.", [("Outreach", "2016-05-01"), ("Outreach", "2023-05-01")]),
    ("Tin tức\n\nÔng đã tham gia các Hội nghị Bộ trưởng Ngoại giao ASEAN tại Hà Nội (tháng 7/2010) và tại Bali (tháng "
     "7/2011).", [("AMM", "2010-07-01"), ("AMM", "2011-07-01")]),
    ("Tin tức\n\nCác Hội nghị Bộ trưởng Năng lượng APEC được tổ chức tại Đà Nẵng hồi tháng 9/2017, tại Seattle (Mỹ) vào "
     "tháng 8/2023 và tại Lima (Peru) vào tháng 8/2024.", [("EMM", "2017-09-01"), ("EMM", "2023-08-01"),
                                                           ("EMM", "2024-08-01")]),
    # guards: one place and time; a visit's after it
    ("Tin tức\n\nHội nghị Cấp cao G20 tại Osaka (Nhật Bản) tháng 6/2019 đã thông qua tuyên bố về thương mại điện tử.",
     [("Summit", "2019-06-01")]),
    ("Tin tức\n\nThủ tướng dự Hội nghị Cấp cao G20 tại Osaka (Nhật Bản) tháng 6/2019, thăm Tokyo tháng 7/2019.",
     [("Summit", "2019-06-01")]),
])
def test_a_series_sittings_told_by_place_and_time(text, dated, gaz):
    assert [(e[2], e[4]) for e in events(text, gaz, published=published_on("2024-12-01"))[0]] == dated


@pytest.mark.parametrize(("text", "expected"), [
    # regional organisations of other continents (forums.toml)
    ("Tin tức\n\nHội nghị Hội đồng Điều hành Liên minh châu Phi họp tại Malabo ngày 12/7/2024, trước thềm cuộc họp giữa "
     "năm của khối.", "AU"),
    ("Tin tức\n\nCác nhà lãnh đạo Diễn đàn Quần đảo Thái Bình Dương sẽ nhóm họp thượng đỉnh tại Tonga vào cuối tháng "
     "8/2024.", "PIF"),
    ("Tin tức\n\nĐại hội đồng Tổ chức các quốc gia châu Mỹ (OAS) khóa 54 khai mạc tại Asunción ngày 26/6/2024.", "OAS"),
    ("Tin tức\n\nHội nghị thượng đỉnh Khối Thị trường chung Nam Mỹ lần thứ 64 diễn ra tại Asunción ngày 8/7/2024.",
     "Mercosur"),
    ("Tin tức\n\nNgày 1/3/2024, Hội nghị thượng đỉnh CELAC lần thứ 8 được tổ chức tại Kingstown.", "CELAC"),
    ("Tin tức\n\nHội nghị thượng đỉnh Nhóm Đối thoại An ninh Bốn bên (Quad) diễn ra tại Wilmington ngày 21/9/2024.",
     "Quad"),
])
def test_regional_organisations_of_other_continents(text, expected, gaz):
    assert [e[0] for e in events(text, gaz)[0]] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # the number after a name's short name in brackets is the name's own, not the series named again
    ("Tin tức\n\nĐại hội đồng Liên minh Nghị viện thế giới (IPU) khóa 148 khai mạc tại Geneva ngày 23/3/2024.",
     [("IPU", 148)]),
    ("Tin tức\n\nĐại hội đồng Liên minh Nghị viện thế giới (IPU) khóa 148 và Hội nghị Bộ trưởng Ngoại giao ASEAN lần "
     "thứ 57 diễn ra ngày 23/3/2024.", [("IPU", 148), ("ASEAN", 57)]),
    # … and so is the number after a bracket that says who meets
    ("Tin tức\n\nHội nghị Bộ trưởng Kinh tế ASEAN (bộ trưởng phụ trách thương mại của mười nước) lần thứ 56 diễn ra "
     "ngày 3/9/2024.", [("ASEAN", 56)]),
    # guard: a number named again later still is one
    ("Tin tức\n\nHội nghị Cấp cao ASEAN (ASEAN Summit) lần thứ 43 diễn ra tháng 9/2023, lần thứ 44 vào tháng 10/2024.",
     [("ASEAN", 43), ("ASEAN", 44)]),
])
def test_the_number_after_a_names_short_name(text, expected, gaz):
    assert [(e[0], e[3]) for e in events(text, gaz, published=published_on("2024-12-01"))[0]] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a forum's leaders' meeting with the leaders of its partners: with one, the forum's meeting with that partner;
    # with the other members of a forum its members name (ASEAN+3), that forum's
    ("Tin tức\n\nChiều 13/11/2017, các nhà lãnh đạo ASEAN đã có cuộc gặp với Tổng thống Mỹ Donald Trump tại Manila.",
     [("ASEAN", "leaders", "Summit/Mỹ")]),
    ("Tin tức\n\nNgày 8/10/2016, đã diễn ra cuộc gặp giữa các nhà lãnh đạo ASEAN với Thủ tướng Ấn Độ Narendra Modi.",
     [("ASEAN", "leaders", "Summit/Ấn Độ")]),
    ("Tin tức\n\nTối 19/11/2007, lãnh đạo các nước ASEAN sẽ có cuộc gặp không chính thức với Thủ tướng Nhật Bản Yasuo "
     "Fukuda, Thủ tướng Trung Quốc Ôn Gia Bảo và Tổng thống Hàn Quốc Roh Moo-hyun.", [("ASEAN+3", "leaders", "Summit")]),
    ("Tin tức\n\nSáng 16/12/1998, Thủ tướng chủ trì cuộc gặp giữa lãnh đạo ASEAN và lãnh đạo Trung Quốc, Nhật Bản, Hàn "
     "Quốc.", [("ASEAN+3", "leaders", "Summit")]),
    # guards: two partners that name no forum; a leader's own talks with another
    ("Tin tức\n\nNgày 5/9/2023, các nhà lãnh đạo ASEAN sẽ có cuộc gặp với Thủ tướng Australia và Tổng thống Mỹ.", []),
    ("Tin tức\n\nSáng 7/10/2024, Thủ tướng đã có cuộc gặp với Thủ tướng Nhật Bản bên lề Hội nghị Cấp cao ASEAN.",
     [("ASEAN", "leaders", "Summit")]),
])
def test_a_forums_leaders_meeting_with_its_partners_leaders(text, expected, gaz):
    assert [e[:3] for e in events(text, gaz)[0]] == expected


@pytest.mark.parametrize(("text", "published", "dated"), [
    # a date after a meeting that opens the next one's clause with a verb of attending it is that one's, where the
    # first has a date before it
    ("Tin tức\n\nNgày 26/10, Thủ tướng đã dự Hội nghị Cấp cao ASEAN lần thứ 38, và ngày 1/11 tham dự Hội nghị COP26 tại "
     "Glasgow.", "2021-11-20", [(38, "2021-10-26"), (26, "2021-11-01")]),
    ("Tin tức\n\nCuối tháng 10 vừa qua, Chủ tịch nước đã dự Hội nghị Cấp cao APEC, và đầu tháng 11 tham gia Hội nghị Cấp "
     "cao G20.", "2021-11-20", [(None, "2021-10-01"), (None, "2021-11-01")]),
    ("Tin tức\n\nSáng 5/9, Bộ trưởng chủ trì Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 55, chiều 6/9 đồng chủ trì Hội nghị "
     "AEM+3 lần thứ 26.", "2023-09-07", [(55, "2023-09-05"), (26, "2023-09-06")]),
    # guard: the date after the meeting is its own where none comes before it
    ("Tin tức\n\nThủ tướng đã dự Hội nghị Cấp cao ASEAN lần thứ 38 ngày 26/10, và ngày 1/11 tham dự Hội nghị COP26 tại "
     "Glasgow.", "2021-11-20", [(38, "2021-10-26"), (26, "2021-11-01")]),
])
def test_a_date_that_opens_the_next_meetings_clause_with_a_verb_of_attending(text, published, dated, gaz):
    assert [(e[3], e[4]) for e in events(text, gaz, published=published_on(published))[0]] == dated


@pytest.mark.parametrize(("text", "expected"), [
    # the leaders' personal representatives meet as senior officials (meetings.toml "Sherpa"), though the words that
    # say who they are name the leaders
    ("Tin tức\n\nHội nghị Sherpa BRICS lần thứ ba đã khai mạc tại Kazan ngày 10/9/2024.",
     [("BRICS", "senior_officials", "Sherpa")]),
    ("Tin tức\n\nCác Sherpa G7 đã họp tại Bari từ ngày 9 đến 11/6/2024 để hoàn tất dự thảo tuyên bố.",
     [("G7", "senior_officials", "Sherpa")]),
    ("Tin tức\n\nCuộc họp Sherpa G20 (đại diện cá nhân của các nhà lãnh đạo) lần thứ tư diễn ra tại Rio de Janeiro ngày "
     "8/11/2024.", [("G20", "senior_officials", "Sherpa")]),
    # guard: the summit they prepared
    ("Tin tức\n\nHội nghị thượng đỉnh G20, được các Sherpa chuẩn bị suốt một năm, diễn ra ngày 18/11/2024 tại Rio de "
     "Janeiro.", [("G20", "leaders", "Summit")]),
    # not yet: their meeting named by the common noun, the sherpas after it ("cuộc họp cuối cùng của các Sherpa")
    pytest.param("Tin tức\n\nTrước thềm thượng đỉnh G20, cuộc họp cuối cùng của các Sherpa (đại diện cá nhân của lãnh "
                 "đạo) diễn ra từ 18 đến 21/11/2025 tại Johannesburg.", [("G20", "senior_officials", "Sherpa")],
                 marks=pytest.mark.xfail(strict=True)),
])
def test_the_sherpas_meeting(text, expected, gaz):
    assert [e[:3] for e in events(text, gaz)[0]] == expected


@pytest.mark.parametrize(("text", "dated"), [
    # not yet: "năm sau" told after a past year is the year after that one, not after the article's
    pytest.param("Tin tức\n\nNgày 30/10/2010, Hội nghị Cấp cao ASEAN lần thứ 17 bế mạc tại Hà Nội.\n\nTháng 11 năm sau, "
                 "các nhà lãnh đạo lại gặp nhau tại Hội nghị Cấp cao ASEAN ở Bali.", ["2010-10-30", "2011-11-01"],
                 marks=pytest.mark.xfail(strict=True)),
])
def test_known_miss_the_year_after_a_past_year(text, dated, gaz):
    assert [e[4] for e in events(text, gaz, published=published_on("2025-10-25"))[0]] == dated


@pytest.mark.parametrize(("text", "expected"), [
    # a meeting played, not held: students' contests and models
    ("Tin tức\n\nPhần thi mô phỏng Hội nghị Cấp cao ASEAN sẽ diễn ra vào sáng 15/4/2023 tại Trường THPT Chuyên Hà Nội - "
     "Amsterdam.", []),
    ("Tin tức\n\nSáng 9/11/2022, các học sinh đóng vai Hội nghị Bộ trưởng Ngoại giao ASEAN để thảo luận về Biển Đông.", []),
    ("Tin tức\n\nNgày 2/12/2024, sinh viên Học viện Ngoại giao tham gia giả lập phiên họp của Hội đồng Bảo an Liên hợp quốc.",
     []),
    # guard: a model the meeting adopts
    ("Tin tức\n\nNgày 10/11/2023, Hội nghị Cấp cao ASEAN lần thứ 43 thông qua mô hình hợp tác mới.",
     [("ASEAN", "leaders", "Summit")]),
])
def test_a_meeting_played_is_none(text, expected, gaz):
    assert [e[:3] for e in events(text, gaz)[0]] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # bodies of the agriculture, fisheries and justice desks
    ("Tin tức\n\nHội nghị khu vực châu Á - Thái Bình Dương lần thứ 37 của Tổ chức Lương thực và Nông nghiệp Liên hợp quốc "
     "diễn ra tại Colombo từ ngày 19 đến 22/2/2024.", [("FAO", "ministers")]),
    ("Tin tức\n\nNgày 3/4/2024, Thứ trưởng Bộ Nông nghiệp chủ trì Hội nghị Hội đồng SEAFDEC lần thứ 56 tại Đà Nẵng.",
     [("SEAFDEC", "senior_officials")]),
    ("Tin tức\n\nChánh án Tòa án nhân dân tối cao dự Hội nghị Hội đồng Chánh án các nước ASEAN lần thứ 11 tại Manila ngày "
     "13/11/2023.", [("ASEAN", "other")]),
])
def test_bodies_of_the_agriculture_fisheries_and_justice_desks(text, expected, gaz):
    assert [e[:2] for e in events(text, gaz)[0]] == expected



@pytest.mark.parametrize(("text", "published", "forum", "dated"), [
    # "cùng ngày" far down the article is the one single day told before it, whatever ranges of other things were told
    # (assemble._the_one_day_told; strict-xfail rows until the forty-eighth session, when it dated written 16509's
    # partner summits: it dated two meetings misread otherwise in written 3909 and 6503 then, and it does in 6503 and
    # 11001 now, where twelve batches gained)
    pytest.param("Tin tức\n\nSáng 5/9, Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 55 đã khai mạc tại Semarang. Tuần "
     "lễ các sự kiện kinh tế kéo dài từ ngày 2 đến 8/9. Các bộ trưởng bàn về thương mại nội khối.\n\nBộ "
     "trưởng Công Thương dẫn đầu đoàn Việt Nam. Ông phát biểu về chuỗi cung ứng. Các nước đánh giá "
     "cao đề xuất này.\n\nHội nghị thông qua nhiều văn kiện. Các bộ trưởng cũng bàn về kinh tế số. Họ "
     "nhất trí thúc đẩy hiệp định mới.\n\nĐại diện Ban Thư ký báo cáo tiến độ. Các nước ghi nhận kết "
     "quả. Nhiều ý kiến được nêu ra.\n\nChiều cùng ngày, Hội nghị Bộ trưởng Kinh tế ASEAN+3 lần thứ 26 "
     "đã diễn ra.",
     "2023-09-05", "ASEAN+3", ["2023-09-05"]),
    pytest.param("Tin tức\n\nNgày 18/11, Hội nghị thượng đỉnh G20 khai mạc tại Rio de Janeiro, giữa lúc Lễ hội G20 "
     "Xã hội diễn ra từ 14 đến 16/11.\n\nChủ tịch nước dẫn đầu đoàn Việt Nam. Ông phát biểu tại phiên "
     "thảo luận. Các nước đánh giá cao đề xuất này.\n\nHội nghị bàn về chống đói nghèo. Các nhà lãnh "
     "đạo cũng bàn về khí hậu. Họ nhất trí lập liên minh mới.\n\nNhiều ý kiến được nêu ra. Các nước ghi "
     "nhận kết quả. Tuyên bố chung sẽ được công bố.\n\nTối cùng ngày, Hội nghị Bộ trưởng Tài chính G20 "
     "đã họp bàn về thuế tối thiểu toàn cầu.",
     "2024-11-19", "G20", ["2024-11-18"]),
    # guard: two single days told before it, neither sure
    ("Tin tức\n\nSáng 5/9, Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 55 đã khai mạc tại Semarang, sau "
     "phiên trù bị hôm 4/9. Tuần lễ các sự kiện kinh tế kéo dài từ ngày 2 đến 8/9. Các bộ trưởng bàn "
     "về thương mại nội khối.\n\nBộ trưởng Công Thương dẫn đầu đoàn Việt Nam. Ông phát biểu về chuỗi "
     "cung ứng. Các nước đánh giá cao đề xuất này.\n\nHội nghị thông qua nhiều văn kiện. Các bộ trưởng "
     "cũng bàn về kinh tế số. Họ nhất trí thúc đẩy hiệp định mới.\n\nĐại diện Ban Thư ký báo cáo tiến "
     "độ. Các nước ghi nhận kết quả. Nhiều ý kiến được nêu ra.\n\nChiều cùng ngày, Hội nghị Bộ trưởng "
     "Kinh tế ASEAN+3 lần thứ 26 đã diễn ra.",
     "2023-09-05", "ASEAN+3", []),
])
def test_the_same_day_told_far_after_the_one_day(text, published, forum, dated, gaz):
    evs = events(text, gaz, published=published_on(published))[0]
    assert [e[4] for e in evs if e[0] == forum and e[1] == "ministers"] == dated


@pytest.mark.parametrize(("text", "expected"), [
    # a forum's name with a "+" that counts no partners is its wider format, with guests ("BRICS+", "SCO+")
    ("Tin tức\n\nNgày 24/10/2024, Thủ tướng dự Hội nghị BRICS+ tại Kazan.", [("BRICS", "leaders", "Outreach")]),
    ("Tin tức\n\nHội nghị thượng đỉnh SCO+ diễn ra tại Thiên Tân ngày 1/9/2025 với lãnh đạo hơn 20 nước khách mời.",
     [("SCO", "leaders", "Outreach")]),
    # guard: a "+" that counts partners
    ("Tin tức\n\nHội nghị Bộ trưởng Kinh tế ASEAN+3 lần thứ 26 diễn ra ngày 21/8/2023 tại Semarang.",
     [("ASEAN+3", "ministers", "MM")]),
    # not yet: the format named after a session's common noun ("phiên họp theo định dạng “SCO+”", "phiên họp BRICS Plus")
    pytest.param("Tin tức\n\nSáng 4/7/2024, hội nghị cũng tổ chức phiên họp theo định dạng \"SCO+\" với sự tham gia của "
                 "các nước đối tác.", [("SCO", "leaders", "Outreach")], marks=pytest.mark.xfail(strict=True)),
])
def test_a_forums_wider_format_written_with_a_plus(text, expected, gaz):
    assert [e[:3] for e in events(text, gaz)[0]] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "SOM-AMAF": the senior officials of the ministers' meeting the second acronym names, one meeting, not the
    # ministers' too
    ("Tin tức\n\nNgày 5/6/2023, các quan chức cấp cao ASEAN họp Hội nghị SOM-AMAF của ASEAN lần thứ 45 tại Bali.",
     [("ASEAN", "senior_officials", 45)]),
    ("Tin tức\n\nHội nghị SOM-AMAF lần thứ 46 của ASEAN dự kiến tổ chức vào tháng 8/2024, trước Hội nghị AMAF lần thứ 46 "
     "vào tháng 10/2024.", [("ASEAN", "senior_officials", 46), ("ASEAN", "ministers", 46)]),
    # guard: the ministers' acronym alone
    ("Tin tức\n\nHội nghị AMAF lần thứ 46 của ASEAN diễn ra tháng 10/2024.", [("ASEAN", "ministers", 46)]),
    # … and a senior officials' kind of its own, named by both ("SOM-DOC", ASEAN and China's on the DOC)
    ("Tin tức\n\nNgày 17/5/2019, Hội nghị SOM-DOC lần thứ 17 giữa ASEAN và Trung Quốc diễn ra tại Hàng Châu.",
     [("ASEAN", "senior_officials", 17)]),
])
def test_the_senior_officials_of_a_ministers_meeting_named_by_both_acronyms(text, expected, gaz):
    evs = events(text, gaz)[0]
    assert [(e[0], e[1], e[3]) for e in evs] == expected
    assert "SOM-DOC" not in text or [e[2].split("/")[0] for e in evs] == ["SOM-DOC"]


@pytest.mark.parametrize(("text", "expected"), [
    # "cùng ngày" after a range of days that holds the one day told further back: that day
    ("Tin tức\n\nNgày 1/9/2025, tại Thiên Tân, Hội nghị thượng đỉnh SCO lần thứ 25 đã diễn ra. Hội nghị kéo dài trong "
     "hai ngày 31/8 và 1/9. Các nhà lãnh đạo bàn về an ninh khu vực. Họ thông qua nhiều văn kiện. Chủ tịch nước chủ nhà "
     "phát biểu. Các nước đánh giá cao công tác tổ chức. Nhiều ý kiến được nêu ra. Các văn kiện được ký kết. Kết thúc "
     "hội nghị, các nhà lãnh đạo chụp ảnh chung. Cùng ngày, Hội nghị BRICS+ đã diễn ra tại Kazan.",
     [("Outreach", "2025-09-01")]),
])
def test_the_same_day_after_a_range_that_holds_the_day_told_before(text, expected, gaz):
    assert [(e[2], e[4]) for e in events(text, gaz)[0] if e[2] == "Outreach"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the prosecutors-general and attorneys-general meet below the ministers (meetings.toml "Prosecutors"), and their
    # meeting with a partner is no summit ("… Tổng Chưởng lý Trung Quốc - ASEAN lần thứ 13")
    ("Tin tức\n\nNgày 20/9/2018, Viện trưởng Viện Kiểm sát nhân dân tối cao dự Hội nghị Viện trưởng Viện Kiểm sát các "
     "nước ASEAN tại Singapore.", {("ASEAN", "other", None)}),
    ("Tin tức\n\nNgày 15-16/11/2023, tại Hải Khẩu, Hội nghị Viện trưởng Viện Kiểm sát tối cao, Tổng Chưởng lý Trung Quốc "
     "- ASEAN lần thứ 13 đã diễn ra.", {("ASEAN", "other", 13)}),
    # guard: the justice ministers
    ("Tin tức\n\nHội nghị Bộ trưởng Tư pháp ASEAN lần thứ 13 khai mạc tại Viêng Chăn ngày 20/10/2024.",
     {("ASEAN", "ministers", 13)}),
])
def test_the_prosecutors_meeting(text, expected, gaz):
    assert {(e[0], e[1], e[3]) for e in events(text, gaz)[0]} == expected


# The UN General Assembly spoken at, or electing, outside its general debate's season is its session of that day, level
# other (meetings.toml's "Assembly Session"); in the season it is still the debate, the leaders'
@pytest.mark.parametrize(("text", "expected"), [
    ("Ngày 12/11/2021 (giờ New York), tại phiên họp toàn thể Khóa họp 76 Đại hội đồng Liên hợp quốc, các nước thành viên "
     "đã bỏ phiếu bầu 34 thành viên Ủy ban Luật pháp quốc tế.", [("other", "Assembly Session", 76, "2021-11-12")]),
    ("Hôm 3/6/2025, Đại hội đồng Liên hợp quốc khóa 79 đã bầu năm ủy viên không thường trực mới của Hội đồng Bảo an.",
     [("other", "Assembly Session", 79, "2025-06-03")]),
    ("Philippines được Đại hội đồng LHQ bầu vào Hội đồng Nhân quyền ngày 9/10/2024 với 160 phiếu thuận.",
     [("other", "Assembly Session", None, "2024-10-09")]),
    ("Việt Nam trúng cử tại phiên bỏ phiếu của Khóa họp 77 Đại hội đồng Liên hợp quốc hồi tháng 10/2022.",
     [("other", "Assembly Session", 77, "2022-10")]),
    # an emergency special session, by its own number
    ("Đại sứ Đặng Hoàng Giang phát biểu tại phiên họp đặc biệt khẩn cấp lần thứ 10 của Đại hội đồng Liên hợp quốc ngày "
     "12/12/2023.", [("other", "Assembly Session", 10, "2023-12-12")]),
    # in the season: the general debate
    ("Thủ tướng phát biểu trước Đại hội đồng Liên hợp quốc ngày 23/9/2025.", [("leaders", "General Debate", None, "2025-09-23")]),
    # (guards: no session, nor the word of an election that is not the Assembly electing)
    ("Ngày 2/3/2022, Việt Nam ủng hộ nghị quyết của Đại hội đồng Liên hợp quốc về nhân đạo.", []),
    ("Ngày 2/3/2022, Việt Nam công bố ứng cử vào Hội đồng Nhân quyền, cơ quan do Đại hội đồng Liên hợp quốc lập ra.", []),
    # … its short name in brackets between, a secret ballot (written 12001, 12006)
    ("Vào lúc 10 giờ sáng 16/10/2007 theo giờ New York, Đại hội đồng Liên hợp quốc (LHQ) khóa 62 đã tiến hành bỏ phiếu "
     "bầu 5 ủy viên không thường trực Hội đồng Bảo an.", [("other", "Assembly Session", 62, "2007-10-16")]),
    ("Chiều 11/10/2022 giờ New York, Đại hội đồng Liên Hợp Quốc khóa 77 đã tiến hành bỏ phiếu kín bầu 14 thành viên Hội "
     "đồng Nhân quyền.", [("other", "Assembly Session", 77, "2022-10-11")]),
    # (about to elect: the session that will)
    ("Ngày 14/10/2025, Đại hội đồng Liên hợp quốc khóa 80 sẽ tiến hành bầu cử 14 thành viên Hội đồng Nhân quyền.",
     [("other", "Assembly Session", 80, "2025-10-14")]),
])
def test_the_general_assembly_outside_its_debates_season_is_its_session(text, expected, gaz):
    found, _ = extract(article(text), gaz)
    assert [(e.level, e.meeting, e.ordinal, e.start.isoformat() if e.precision == "day" else e.start.isoformat()[:7])
            for e in found] == expected


# A body's session named again by its number alone is the one named before with that number, not another of the
# series; its opening and last days may be six weeks apart
@pytest.mark.parametrize(("text", "expected"), [
    ("Bộ trưởng phát biểu tại Khóa họp thường kỳ lần thứ 57 của Hội đồng Nhân quyền Liên hợp quốc ở Geneva ngày 10/9/2024. "
     "Khóa họp 57 khai mạc hôm 9/9 và sẽ kéo dài đến ngày 11/10.", {(57, "2024-09-09", "2024-10-11")}),
    ("Kỳ họp thứ 45 của Ủy ban kinh tế và xã hội Liên hợp quốc khu vực châu Á - Thái Bình Dương (ESCAP) diễn ra tại Bangkok. "
     "Kỳ họp 45 khai mạc ngày 5/4/2024.", {(45, "2024-04-05", "2024-04-05")}),
    # (guard: a number no meeting named before has)
    ("Thủ tướng phát biểu tại Khóa họp thứ 79 Đại hội đồng Liên hợp quốc ngày 24/9/2024. Khóa họp 58 diễn ra từ tháng 2 "
     "đến tháng 4/2025.", {(79, "2024-09-24", "2024-09-24")}),
])
def test_a_sessions_number_alone_names_the_one_named_with_it(text, expected, gaz):
    found, _ = extract(article(text), gaz)
    assert {(e.ordinal, e.start.isoformat(), e.end.isoformat()) for e in found} == expected


# A ministers' retreat ("Hội nghị hẹp", "Retreat") is a series of its own: not the kind's numbered meeting of that year,
# nor numbered in its series (written 11406, 11410, 11411)
@pytest.mark.parametrize(("text", "expected"), [
    ("Hội nghị hẹp Bộ trưởng Kinh tế ASEAN lần thứ 32 (AEM Retreat 32) đã diễn ra ngày 5 và 6/3 tại Manila, hoạt động "
     "đầu tiên trong Năm Chủ tịch ASEAN 2026 của Philippines.", {("AEM Retreat", 32, "2026-03-05")}),
    ("Ngày 19/1/2025, tại Langkawi, Hội nghị hẹp Bộ trưởng Ngoại giao ASEAN đã thảo luận về Myanmar. Hội nghị Bộ trưởng "
     "Ngoại giao ASEAN lần thứ 58 sẽ diễn ra tại Kuala Lumpur vào tháng 7/2025.",
     {("AMM Retreat", None, "2025-01-19"), ("AMM", 58, "2025-07-01")}),
    ("Hội nghị hẹp các Bộ trưởng Quốc phòng ASEAN (ADMM Retreat) diễn ra tại Penang ngày 25/2/2025.",
     {("ADMM Retreat", None, "2025-02-25")}),
    # (guard: a leaders' retreat session is their summit's)
    ("Ngày 27/5/2025, các nhà lãnh đạo dự phiên họp hẹp của Hội nghị Cấp cao ASEAN lần thứ 46.", {("Summit", 46, "2025-05-27")}),
])
def test_a_retreat_is_a_series_of_its_own(text, expected, gaz):
    found, _ = extract(article(text), gaz)
    assert {(e.meeting, e.ordinal, e.start.isoformat()) for e in found} == expected


# A meeting the sentence opens by comparing with keeps the date told after it; the one after the comma does not take it
@pytest.mark.parametrize(("text", "expected"), [
    ("So với Hội nghị hẹp Bộ trưởng Ngoại giao ASEAN tại Cebu cuối tháng 1/2026 vừa qua, chương trình nghị sự của AMM-59 "
     "được mở rộng đáng kể.", {(None, "2026-01-01")}),
    ("Khác với Hội nghị Cấp cao ASEAN lần thứ 42 hồi tháng 5/2023, Hội nghị Cấp cao ASEAN lần thứ 43 có thêm nhiều đối tác.",
     {(42, "2023-05-01")}),
    ("Cũng như Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 55 tại Semarang tháng 8/2023, AEM-56 tập trung vào kinh tế số.",
     {(55, "2023-08-01")}),
    # (guard: a date that opens the sentence is still everyone's)
    ("Tháng 9/2023, giống như Hội nghị Cấp cao ASEAN lần thứ 43, Hội nghị Cấp cao Đông Á lần thứ 18 cũng diễn ra tại "
     "Jakarta.", {(43, "2023-09-01"), (18, "2023-09-01")}),
])
def test_a_meeting_compared_with_keeps_its_date(text, expected, gaz):
    found, _ = extract(article(text), gaz)
    assert {(e.ordinal, e.start.isoformat()) for e in found} == expected


# "diễn đàn" in lower case, numbered where it takes place, is the forum named before with that word, not another meeting
@pytest.mark.parametrize(("text", "expected"), [
    ('Thủ tướng dự Diễn đàn cấp cao hợp tác quốc tế "Vành đai và Con đường" lần thứ hai tại Bắc Kinh ngày 26/4/2019. '
     "Hai năm trước, diễn đàn lần thứ nhất được tổ chức hồi tháng 5/2017.", {(2, "2019-04-26"), (1, "2017-05-01")}),
    ("Diễn đàn Hòa bình Thế giới lần thứ 11 khai mạc tại Bắc Kinh ngày 3/7/2023. Năm ngoái, diễn đàn lần thứ 10 diễn ra "
     "trực tuyến vào tháng 7/2022.", {(11, "2023-07-03"), (10, "2022-07-01")}),
    # (guard: no forum named with the word before it)
    ("Hội nghị Cấp cao ASEAN lần thứ 43 khai mạc ngày 5/9/2023. Các doanh nghiệp cho biết diễn đàn lần thứ hai sẽ diễn "
     "ra vào tháng 10/2023.", {(43, "2023-09-05")}),
    # … and one named so before is that one: "Diễn đàn Doanh nghiệp ASEAN" here
    ("Hội nghị Cấp cao ASEAN lần thứ 43 khai mạc ngày 5/9/2023. Diễn đàn Doanh nghiệp ASEAN cũng họp; diễn đàn lần thứ "
     "hai sẽ diễn ra vào tháng 10/2023.", {(43, "2023-09-05"), (2, "2023-10-01")}),
])
def test_a_forums_word_in_lower_case_names_the_forum_named_with_it(text, expected, gaz):
    found, _ = extract(article(text), gaz)
    assert {(e.ordinal, e.start.isoformat()) for e in found} == expected


# The day of talks held on the occasion of one's coming to a meeting ("nhân dịp … sang Hà Nội dự …") is the talks', not
# the meeting's (written 11305)
@pytest.mark.parametrize(("text", "expected"), [
    ("Chiều 30/3/2018, tại Trụ sở Chính phủ, Thủ tướng Nguyễn Xuân Phúc đã hội đàm với Thủ tướng Lào Thongloun Sisoulith, "
     "nhân dịp Thủ tướng Lào sang Hà Nội dự Hội nghị Cấp cao Tam giác phát triển Campuchia - Lào - Việt Nam lần thứ 10.",
     set()),
    # (… as an arrival "để tham dự" was before: the journey's month)
    ("Tối 8/10/2024, Thủ tướng Phạm Minh Chính hội kiến Thủ tướng Thái Lan, nhân dịp hai nhà lãnh đạo tới Viêng Chăn để "
     "tham dự Hội nghị Cấp cao ASEAN lần thứ 44.", {(44, "2024-10")}),
    # (guard: talks on the meeting's sidelines, its day)
    ("Chiều 10/10/2024, bên lề Hội nghị Cấp cao ASEAN lần thứ 44, Thủ tướng Phạm Minh Chính hội kiến Thủ tướng Thái Lan.",
     {(44, "2024-10-10")}),
])
def test_the_day_of_talks_on_ones_coming_to_a_meeting_is_not_its(text, expected, gaz):
    found, _ = extract(article(text), gaz)
    assert {(e.ordinal, e.start.isoformat() if e.precision == "day" else e.start.isoformat()[:7]) for e in found} == expected


# A weekday with no word of tense before it in its sentence takes the tense of the first one after it (written 12601)
@pytest.mark.parametrize(("text", "expected"), [
    ("Hà Nội, 11/7/2023 - Hội nghị Bộ trưởng Ngoại giao ASEAN+3 được tổ chức vào thứ Năm, còn Hội nghị Bộ trưởng Ngoại giao "
     "Cấp cao Đông Á sẽ diễn ra vào ngày 14/7.", {("ASEAN+3", "2023-07-13"), ("EAS", "2023-07-14")}),
    ("Hà Nội, 11/7/2023 - Hội nghị Bộ trưởng Kinh tế ASEAN họp vào thứ Sáu và các bộ trưởng sẽ ra tuyên bố chung.",
     {("ASEAN", "2023-07-14")}),
    # (guard: a word of what was, after it)
    ("Hà Nội, 11/7/2023 - Hội nghị Bộ trưởng Kinh tế ASEAN họp vào thứ Sáu và các bộ trưởng đã ra tuyên bố chung.",
     {("ASEAN", "2023-07-07")}),
])
def test_a_weekday_takes_the_tense_told_after_it_where_none_is_before(text, expected, gaz):
    found, _ = extract(article(text), gaz)
    assert {(e.forum, e.start.isoformat()) for e in found} == expected


# A plural head whose name ends in a short name in brackets names that series ("các Hội nghị … với các đối tác (PMC)")
@pytest.mark.parametrize(("text", "expected"), [
    ("Trong hai ngày 12 và 13/7/2023, sẽ diễn ra các Hội nghị Bộ trưởng Ngoại giao ASEAN với các đối tác (PMC).",
     [("PMC", "2023-07-12", "2023-07-13")]),
    ("Từ 28/6 đến 1/7/2023, tại Hội An, Ủy ban Cạnh tranh Quốc gia tổ chức chuỗi hội nghị của Nhóm chuyên gia ASEAN về "
     "cạnh tranh (AEGC).", [("Task Force", "2023-06-28", "2023-07-01")]),
    # (guard: a series through the year, not told as taking place)
    ("Hội nghị Bộ trưởng Quốc phòng các nước ASEAN lần thứ 17 dự kiến diễn ra vào tháng 11/2023, sau loạt cuộc họp quan "
     "chức quốc phòng cấp cao (ADSOM) trong năm.", [("ADMM", "2023-11-01", "2023-11-01")]),
])
def test_a_plural_head_with_its_short_name_names_its_series(text, expected, gaz):
    found, _ = extract(article(text), gaz)
    assert [(e.meeting, e.start.isoformat(), e.end.isoformat()) for e in found] == expected


# The days spent at a meeting named right after them were before the day told, not after it (written 12711)
@pytest.mark.parametrize(("text", "expected"), [
    ("Chiều 12/11/2023, sau hai ngày tham dự Hội nghị Cấp cao APEC, Chủ tịch nước về Hà Nội.", {("2023-11-12", "2023-11-12")}),
    ("Sáng 28/10/2025, sau ba ngày dự Hội nghị Cấp cao ASEAN lần thứ 47, Thủ tướng lên đường về nước.",
     {("2025-10-28", "2025-10-28")}),
    # (guard: the days of the meeting that closes, spent in a city)
    ("Hội nghị Cấp cao ASEAN lần thứ 47 bế mạc chiều 28/10/2025 sau ba ngày làm việc tại Kuala Lumpur.",
     {("2025-10-26", "2025-10-28")}),
])
def test_days_spent_at_a_meeting_named_after_them_are_no_length_ahead(text, expected, gaz):
    found, _ = extract(article(text), gaz)
    assert {(e.start.isoformat(), e.end.isoformat()) for e in found} == expected


# An instrument's year in a meeting's name is not the meeting's (written 11208)
def test_a_conventions_year_in_a_meetings_name_is_not_its_year(gaz):
    found, _ = extract(article("Hà Nội, 14/6/2024 - Từ ngày 10 đến 14/6, Hội nghị lần thứ 34 các quốc gia thành viên Công ước "
                               "Liên hợp quốc về Luật Biển năm 1982 đã diễn ra tại New York."), gaz)
    assert [(e.ordinal, e.start.isoformat()) for e in found] == [(34, "2024-06-10")]


# An organisation's numbered congress, "Đại hội lần thứ N" before its name (written 12407); the right to host a meeting
# given on a day before it dates it not
@pytest.mark.parametrize(("text", "expected"), [
    ("Sáng 20/9/2018, Kiểm toán Nhà nước Việt Nam khai mạc Đại hội lần thứ 14 Tổ chức các cơ quan kiểm toán tối cao châu Á "
     "(ASOSAI).", {("ASOSAI", 14, "2018-09-20")}),
    ("Đại hội lần thứ 20 của Liên đoàn Cựu chiến binh các nước ASEAN diễn ra tại Viêng Chăn từ ngày 14 đến 17/11/2022.",
     {("VECONAC", 20, "2022-11-14")}),
    ("Tại Hội nghị Cấp cao ASEAN lần thứ 47 tháng 10/2025, Philippines được trao quyền đăng cai Hội nghị Cấp cao ASEAN lần "
     "thứ 48.", {("ASEAN", 47, "2025-10-01")}),
    # … named again bare, by its number, and by its acronym (written 11502)
    ("Đoàn Kiểm toán Nhà nước dự Đại hội lần thứ XXIII Tổ chức quốc tế các Cơ quan Kiểm toán tối cao tại Moscow từ ngày 25 "
     "đến 27/9/2019. Đại hội lần thứ XXII diễn ra tại Abu Dhabi vào tháng 12/2016.",
     {("INTOSAI", 23, "2019-09-25"), ("INTOSAI", 22, "2016-12-01")}),
    ("Tổng Kiểm toán Nhà nước dự INCOSAI lần thứ 25 tại Sharm El-Sheikh ngày 26/10/2025.", {("INTOSAI", 25, "2025-10-26")}),
    # (guards: a party's congress, games; a bare congress after a meeting named otherwise)
    ("Đại hội lần thứ XIII của Đảng diễn ra tại Hà Nội từ ngày 25/1 đến 1/2/2021.", set()),
    ("Hội nghị Cấp cao ASEAN lần thứ 37 diễn ra ngày 12/11/2020. Đại hội lần thứ XIII diễn ra tại Hà Nội vào tháng 1/2021.",
     {("ASEAN", 37, "2020-11-12")}),
    ("Đại hội Thể thao Đông Nam Á lần thứ 31 khai mạc ngày 12/5/2022 tại Hà Nội.", set()),
])
def test_an_organisations_numbered_congress(text, expected, gaz):
    found, _ = extract(article(text), gaz)
    assert {(e.forum, e.ordinal, e.start.isoformat()) for e in found} == expected


# The year written with a meeting's last day is its opening day's too, where the opening's was only inferred
# (written 12512)
def test_the_year_of_the_last_day_is_the_openings(gaz):
    # (the whole written article: its other clues guess another year for the year-less days)
    text = (Path(__file__).parent / "data" / "written" / "articles" / "12512.txt").read_text(encoding="utf-8")
    found, _ = events(text, gaz)
    assert [(e[3], e[4], e[5]) for e in found if e[3] == 97] == [(97, "2008-05-28", "2008-06-13")]


# A meeting named to measure time from keeps the time its own clause after the comma tells (written 12711)
@pytest.mark.parametrize(("text", "expected"), [
    ("Hà Nội, 27/10/2025 - Hội nghị Cấp cao ASEAN 47 diễn ra chưa đầy năm tháng sau Hội nghị Cấp cao ASEAN lần thứ 46, "
     "tổ chức hồi cuối tháng 5 vừa qua, cũng tại Kuala Lumpur.", {(46, "2025-05-01"), (47, "2025-10-27")}),
    ("Diễn đàn được tổ chức hai tháng sau Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 55, diễn ra tại Semarang vào tháng "
     "8/2023.", {(55, "2023-08-01")}),
])
def test_a_meeting_measured_from_keeps_its_own_time(text, expected, gaz):
    found, _ = extract(article(text), gaz)
    assert {(e.ordinal, e.start.isoformat()) for e in found} == expected


# An undated bulletin's own day, glossed in its first paragraph past a lead whose days are a week's (written 12602)
def test_an_undated_bulletins_day_glossed_in_its_first_paragraph(gaz):
    text = ("Thời sự: Tuần lễ Cấp cao APEC 2023 bước vào giai đoạn then chốt\n\nThưa quý vị, Tuần lễ Cấp cao APEC 2023 diễn "
            "ra từ ngày 11 đến 17/11 tại San Francisco. Sáng nay theo giờ địa phương, Hội nghị Bộ trưởng Ngoại giao - Kinh tế "
            "APEC lần thứ 34 đã khai mạc. Hội nghị làm việc trong hai ngày và sẽ kết thúc vào ngày mai, 15/11.")
    found, _ = events(text, gaz)
    assert {(e[4], e[5]) for e in found if e[2] == "AMM"} == {("2023-11-14", "2023-11-15")}


# A short name's letters numbered again with "lần thứ": the series' other meeting (written 14111); not inside the name
# of another kind of the forum (written 108)
@pytest.mark.parametrize(("text", "expected"), [
    ("Hội nghị Bộ trưởng phụ trách Văn hóa và Nghệ thuật ASEAN lần thứ 8 (AMCA 8) khai mạc ngày 18/4/2018 tại Huế. "
     "Trước đó, AMCA lần thứ 7 được tổ chức tại Bandar Seri Begawan vào tháng 8/2016.",
     {(8, "2018-04-18"), (7, "2016-08-01")}),
    ("Ngày 5/10/2023, Hội nghị Bộ trưởng Môi trường ASEAN lần thứ 17 (AMME 17) diễn ra tại Semarang. AMME lần thứ 16 "
     "đã họp tại Phnom Penh hồi tháng 9/2022.", {(17, "2023-10-05"), (16, "2022-09-01")}),
    ("Hội nghị Cấp cao Chiến lược hợp tác kinh tế Ayeyawady - Chao Phraya - Mekong lần thứ 8 (ACMECS 8) diễn ra ngày "
     "16/6/2018 tại Bangkok. Trước đó, ngày 14/6, Hội nghị Bộ trưởng Ngoại giao ACMECS lần thứ 8 đã diễn ra.",
     {(8, "2018-06-16"), (8, "2018-06-14")}),
])
def test_a_short_names_series_numbered_with_lan_thu(text, expected, gaz):
    found, _ = extract(article(text), gaz)
    assert {(e.ordinal, e.start.isoformat()) for e in found} == expected


# "Cùng ngày" after a meeting told on a day is that meeting's day, in the year it was given, though the article's
# clues give the day another year (written 14112)
@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Diễn đàn Du lịch ASEAN 2019 (ATF 2019) được tổ chức từ ngày 14 đến 18/1/2019 tại TP Hạ Long, lễ khai mạc vào "
     "tối 18/1. Trước đó, hôm 17/1, Hội nghị Bộ trưởng Du lịch ASEAN lần thứ 22 đã diễn ra. Cùng ngày, các bộ trưởng đã "
     "họp với các đối tác tại Hội nghị Bộ trưởng Du lịch ASEAN+3 lần thứ 18.", "2020-01-05",
     ("ASEAN+3", "2019-01-17", "held")),
    ("Năm APEC 2006 khép lại với Tuần lễ Cấp cao từ 12 đến 19/11/2006 tại Hà Nội. Ngày 15/11, Hội nghị liên Bộ trưởng "
     "Ngoại giao - Kinh tế APEC lần thứ 18 đã họp. Tối cùng ngày, Bộ trưởng đã dự Hội nghị Bộ trưởng Thương mại ASEAN+3 "
     "không chính thức.", "2007-01-03", ("ASEAN+3", "2006-11-15", "held")),
])
def test_the_same_day_as_a_meeting_told_before_in_its_year(text, published, expected, gaz):
    found, _ = events(text, gaz, published=published_on(published, "byline"))
    assert expected in {(e[0], e[4], e[6]) for e in found}


# A look back's day, told two paragraphs or more before "cùng ngày" with the story gone on in between, is not that
# day; one in the same paragraph is (written 13601)
@pytest.mark.parametrize(("text", "expected"), [
    ("Ngày 27/10/2022, tại Singapore, Bộ trưởng dự Hội nghị Bộ trưởng Lao động ASEAN lần thứ 27.\n\nTrước đó, ngày 26/10, "
     "Hội nghị Quan chức Lao động cao cấp ASEAN lần thứ 18 đã diễn ra.\n\nTại phiên thảo luận, Bộ trưởng chia sẻ kinh "
     "nghiệm của Việt Nam.\n\nChiều cùng ngày, Bộ trưởng tiếp tục tham dự Hội nghị Bộ trưởng Lao động ASEAN+3 lần thứ 12.",
     "2022-10-27"),
    ("Sáng 9/9/2023, Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 55 đã bế mạc.\n\nTrước đó, hôm 7/9, các quan chức kinh tế "
     "cao cấp đã họp trù bị.\n\nCác bộ trưởng đã thông qua nhiều văn kiện.\n\nChiều cùng ngày, các bộ trưởng đã họp Hội "
     "nghị Bộ trưởng Kinh tế ASEAN+3 lần thứ 26.", "2023-09-09"),
    # (the look back goes on in its own paragraph)
    ("Ngày 27/10/2022, Bộ trưởng dự Hội nghị Bộ trưởng Lao động ASEAN lần thứ 27.\n\nTrước đó, ngày 26/10, Hội nghị Quan "
     "chức Lao động cao cấp ASEAN lần thứ 18 đã diễn ra. Cùng ngày, các quan chức đã họp Hội nghị Quan chức Lao động cao "
     "cấp ASEAN+3 lần thứ 19.", "2022-10-26"),
])
def test_a_look_backs_day_ends_with_its_paragraphs(text, expected, gaz):
    found, _ = events(text, gaz)
    assert [e[4] for e in found if e[0] == "ASEAN+3"] == [expected]


# The committee that prepares a meeting meets where its head, named by a title, chairs its meeting (written 14101)
@pytest.mark.parametrize(("text", "published"), [
    ("Sáng 3/1, bà Nguyễn Thị Hạnh, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo tổ chức Hội nghị SOM 1 APEC 2017 tại địa "
     "phương, đã chủ trì cuộc họp bàn phương án đón tiếp các đoàn.", "2017-01-03"),
    ("Sáng 10/1/2017, Thứ trưởng Bùi Thanh Sơn, Trưởng Ban Tổ chức SOM 1 APEC 2017, chủ trì phiên họp rà soát công tác "
     "chuẩn bị.", "2017-01-10"),
])
def test_the_organisers_head_chairs_their_meeting(text, published, gaz):
    found, _ = events(text, gaz, published=published_on(published))
    assert found == []


# "Trước đó" after a range of days: a day inside the range is that year's, one after its last day the year before
@pytest.mark.parametrize(("text", "expected"), [
    ("Diễn đàn Du lịch ASEAN 2019 diễn ra từ ngày 14 đến 18/1/2019 tại Hạ Long. Trước đó, hôm 17/1, Hội nghị Bộ trưởng "
     "Du lịch ASEAN lần thứ 22 đã diễn ra.", "2019-01-17"),
    ("Tuần lễ Cấp cao APEC diễn ra từ ngày 11 đến 17/11/2023 tại San Francisco. Trước đó, ngày 15/11, Hội nghị Bộ trưởng "
     "APEC lần thứ 34 đã bế mạc.", "2023-11-15"),
    ("Hội nghị Cấp cao ASEAN lần thứ 34 diễn ra từ ngày 20 đến 23/6/2019 tại Bangkok. Trước đó, hôm 28/12, Hội nghị Bộ "
     "trưởng Ngoại giao ASEAN hẹp đã diễn ra.", "2018-12-28"),
])
def test_before_that_after_a_range_of_days(text, expected, gaz):
    found, _ = events(text, gaz, published=published_on("2024-03-01"))
    assert expected in {e[4] for e in found}


# An ASEAN meeting's short name the article gave it, joined to a partner, names its meeting with that partner
# (written 13807, 13810)
@pytest.mark.parametrize(("text", "expected"), [
    ("Ngày 29/11/2021, Hội nghị Bộ trưởng ASEAN về phòng, chống tội phạm xuyên quốc gia lần thứ 15 (AMMTC 15) diễn ra "
     "trực tuyến. Ngày 30/11/2021, các bộ trưởng dự Hội nghị tham vấn AMMTC với Trung Quốc.",
     {("ASEAN", "2021-11-29", 15), ("ASEAN", "2021-11-30", None)}),
    ("Hội nghị Bộ trưởng Thông tin ASEAN lần thứ 16 (AMRI 16) khai mạc ngày 27/9/2023 tại Đà Nẵng. Sáng 28/9/2023, Hội "
     "nghị AMRI - Nhật Bản đã diễn ra.", {("ASEAN", "2023-09-27", 16), ("ASEAN", "2023-09-28", None)}),
    # (a guard: the letters with no partner after them)
    ("Hội nghị Bộ trưởng Thông tin ASEAN lần thứ 16 (AMRI 16) khai mạc ngày 27/9/2023. AMRI - một cơ chế quan trọng - "
     "họp hai năm một lần.", {("ASEAN", "2023-09-27", 16)}),
])
def test_a_short_name_joined_to_a_partner(text, expected, gaz):
    found, _ = extract(article(text), gaz)
    assert {(e.forum, e.start.isoformat(), e.ordinal) for e in found} == expected


# The year an undated article's lead writes with its day, the only one it and the headline write, over the years of the
# numbered meetings it recalls (written 13912: COP21 named four times); not where they write another (written 3503,
# 3304)
def test_the_year_an_undated_leads_day_writes(gaz):
    text = ("Việt Nam dự Hội nghị Thượng đỉnh Pháp ngữ\n\nTrong hai ngày 29 và 30/11/2014, tại Dakar, Phó Chủ tịch nước dự "
            "Hội nghị Thượng đỉnh Pháp ngữ lần thứ XV.\n\nCác nhà lãnh đạo kêu gọi thành công cho Hội nghị COP21, cũng "
            "như COP21 sẽ là dịp các nước cam kết; COP21 diễn ra tại Paris và COP21 rất quan trọng.\n\nTrước Hội nghị "
            "Thượng đỉnh, ngày 26-27/11, Hội nghị Bộ trưởng Pháp ngữ lần thứ 30 đã họp tại Dakar.")
    found, _ = events(text, gaz)
    assert [e[4] for e in found if e[2] == "MM"] == ["2014-11-26"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Năm Chủ tịch ASEAN 2010: Lịch hội nghị dày đặc\n\nViệt Nam nhận vai trò Chủ tịch ASEAN tại Hội nghị Cấp cao ASEAN "
     "lần thứ 15, diễn ra từ ngày 23 đến ngày 25/10/2009. Thủ tướng công bố chủ đề năm 2010.\n\nHội nghị Bộ trưởng "
     "Ngoại giao ASEAN không chính thức đã diễn ra tại Đà Nẵng ngày 14/1.", "2010-01-14"),
    ("Dấu ấn Việt Nam\n\nKhép lại năm 2010, năm Việt Nam làm Chủ tịch ASEAN khi Hiến chương ASEAN, có hiệu lực từ ngày "
     "15-12-2008, mới đi vào cuộc sống.\n\nNgày 24-9, bên lề khóa họp Đại hội đồng Liên hợp quốc, Thủ tướng dự Hội "
     "nghị Bộ trưởng Ngoại giao ASEAN.", "2010-09-24"),
])
def test_an_undated_leads_day_beside_another_year_is_no_years_clue(text, expected, gaz):
    found, _ = events(text, gaz)
    assert expected in {e[4] for e in found}


# A day given over to a meeting is its own: not one "for" it (written 14509)
@pytest.mark.parametrize(("text", "expected"), [
    ("Ngày cuối cùng, 27/7/2024, dành cho Hội nghị Bộ trưởng Ngoại giao Cấp cao Đông Á lần thứ 14.", ["2024-07-27"]),
    ("Sáng 8/9/2023 được dành riêng cho Hội nghị Cấp cao ASEAN - Nhật Bản lần thứ 26.", ["2023-09-08"]),
    # (a guard: a day that prepares for it)
    ("Ngày 3/9/2023, các quan chức họp trù bị chuẩn bị cho Hội nghị Cấp cao ASEAN lần thứ 43.", []),
])
def test_a_day_given_over_to_a_meeting(text, expected, gaz):
    found, _ = events(text, gaz)
    assert [e[4] for e in found if e[1] in ("ministers", "leaders")] == expected


# ASEAN's leaders meeting their partners at summit level hold the summits with each partner, not ASEAN's own: the verb
# "họp cấp cao với …" names no ASEAN Summit (written 14807)
@pytest.mark.parametrize("text", [
    "Trong hai ngày 6 và 7/9/2023, lãnh đạo ASEAN lần lượt họp cấp cao với hầu hết các đối tác quan trọng.",
    "Ngày 13/11/2020, các nhà lãnh đạo ASEAN đã họp thượng đỉnh với Thủ tướng Ấn Độ theo hình thức trực tuyến.",
    "Chiều 26/10/2022, lãnh đạo ASEAN sẽ họp cấp cao với Tổng thống Hàn Quốc tại Phnom Penh.",
])
def test_leaders_meeting_their_partners_hold_no_summit_of_their_own(text, gaz):
    found, _ = events(text, gaz)
    assert [e for e in found if e[2] == "Summit"] == []


def test_leaders_meeting_at_summit_level_hold_their_summit(gaz):   # (a guard: no partner after the verb)
    found, _ = events("Ngày 25/9/2020, các nhà lãnh đạo ASEAN đã họp cấp cao trực tuyến.", gaz)
    assert [(e[0], e[2], e[4]) for e in found] == [("ASEAN", "Summit", "2020-09-25")]


# A day of the week the story moves on to, named without a time of day: "Đến thứ Năm, …" (written 12610)
@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Đến thứ Năm, Hội nghị Cấp cao Đông Á lần thứ 18 quy tụ lãnh đạo 18 nước.", "2023-09-10", ("2023-09-07", "2023-09-07")),
    ("Sang thứ Sáu, Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 56 thông qua thông cáo chung.", "2023-07-16",
     ("2023-07-14", "2023-07-14")),
    ("Từ thứ Hai, các bộ trưởng kinh tế dự Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 55.", "2023-08-23",
     ("2023-08-21", "2023-08-21")),
    # (… and after "kéo dài đến", the last day)
    ("Hội nghị Cấp cao ASEAN lần thứ 43 khai mạc hôm thứ Ba và kéo dài đến thứ Năm.", "2023-09-08",
     ("2023-09-05", "2023-09-07")),
])
def test_a_day_of_the_week_the_story_moves_on_to(text, published, expected, gaz):
    found, _ = events(text, gaz, published=published_on(published))
    assert [(e[4], e[5]) for e in found] == [expected]


# "Cùng ngày" after a paragraph that recalls a day months before the article's: the story's day, told in its lead
# (written 14804)
@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Sáng 12/11, Thủ tướng chủ trì Hội nghị Cấp cao ASEAN lần thứ 37 theo hình thức trực tuyến.\n\nTrước đại dịch, "
     "ASEAN từng họp cấp cao đặc biệt hôm 14/4 để bàn ứng phó COVID-19.\n\nChiều cùng ngày, Thủ tướng chủ trì Hội nghị "
     "Cấp cao ASEAN - Trung Quốc lần thứ 23.", "2020-11-12", "2020-11-12"),
    ("Ngày 11/7, tại Jakarta, Bộ trưởng Bùi Thanh Sơn dự Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 56.\n\nHồi tháng 2, "
     "các ngoại trưởng đã gặp nhau tại Hội nghị hẹp ngày 3/2.\n\nCùng ngày, Bộ trưởng dự Hội nghị Bộ trưởng Ngoại giao "
     "Mekong - Nhật Bản.", "2023-07-11", "2023-07-11"),
    # (a guard: the day recalled in the paragraph that says "cùng ngày")
    ("Ngày 12/11, Thủ tướng dự Hội nghị Cấp cao ASEAN lần thứ 37.\n\nHội nghị đặc biệt diễn ra hôm 14/4. Cùng ngày, "
     "Hội nghị Cấp cao đặc biệt ASEAN+3 cũng đã diễn ra.", "2020-11-12", "2020-04-14"),
])
def test_the_same_day_past_a_paragraph_that_recalls_another(text, published, expected, gaz):
    found, _ = events(text, gaz, published=published_on(published))
    assert found[-1][4] == expected


# A month that opens the sentence dates every meeting in it, as a day does ("Giữa tháng 11, … dự Tuần lễ Cấp cao APEC …
# và phát biểu tại Hội nghị các Nhà Lãnh đạo Kinh tế APEC lần thứ 30": written 14612)
@pytest.mark.parametrize(("text", "expected"), [
    ("Giữa tháng 11/2023, Chủ tịch nước dự Tuần lễ Cấp cao APEC tại San Francisco và phát biểu tại Hội nghị các Nhà Lãnh "
     "đạo Kinh tế APEC lần thứ 30.", {("AELW", "2023-11-01"), ("AELM", "2023-11-01")}),
    ("Cuối tháng 7/2024, Bộ trưởng dự Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 tại Viêng Chăn và đồng chủ trì Hội "
     "nghị Bộ trưởng Ngoại giao Mekong - Nhật Bản lần thứ 17.", {("AMM", "2024-07-01"), ("FMM", "2024-07-01")}),
    ("Giữa tháng 11, Thủ tướng chủ trì Hội nghị Cấp cao ASEAN lần thứ 37 tại Hà Nội và phát biểu tại Hội nghị Cấp cao "
     "Đông Á lần thứ 15.",
     {("Summit", "2020-11-01")}),
])
def test_a_month_opening_the_sentence_dates_all_its_meetings(text, expected, gaz):
    found, _ = events(text, gaz, published=published_on("2020-12-01"))
    assert {(e[2].split("/")[0], e[4]) for e in found} == expected
    assert len(found) == 2


# Frames: a meeting named with the frame it is held in, the frame's place and then "từ" its days, takes them ("Tại Hội
# nghị các nhà Lãnh đạo Kinh tế APEC lần thứ 32 trong khuôn khổ Tuần lễ Cấp cao APEC 2025 ở Gyeongju (Hàn Quốc) từ ngày
# 31/10 đến 1/11": written 1502); a frame named with "và các hội nghị liên quan, diễn ra …" is dated by its own days
# (written 11101)
@pytest.mark.parametrize(("text", "expected"), [
    ("Tại Hội nghị các nhà Lãnh đạo Kinh tế APEC lần thứ 29 trong khuôn khổ Tuần lễ Cấp cao APEC 2022 ở Bangkok (Thái "
     "Lan) từ ngày 18 đến 19/11, Chủ tịch nước đã phát biểu.", ("AELM", "2022-11-18", "2022-11-19")),
    ("ARF-31 khép lại chuỗi hội nghị trong khuôn khổ Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 (AMM-57) và các hội "
     "nghị liên quan, diễn ra từ ngày 24 đến 27/7/2024.", ("AMM", "2024-07-24", "2024-07-27")),
    ("Diễn đàn lần này nằm trong khuôn khổ Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 56 và các cuộc họp liên quan, "
     "diễn ra từ 2 đến 6/9/2024 tại Viêng Chăn.", ("AEM", "2024-09-02", "2024-09-06")),
])
def test_a_meeting_and_its_frames_days(text, expected, gaz):
    found, _ = events(text, gaz)
    assert expected in {(e[2], e[4], e[5]) for e in found}


# A goal's year in a forum's own name is no meeting's year ("… Mục tiêu toàn cầu 2030 (P4G) lần thứ 2": written 15905)
def test_a_goals_year_in_a_forums_name_is_no_meetings_year(gaz):
    found, _ = events("Tối 31/5, Thủ tướng phát biểu tại Hội nghị thượng đỉnh Đối tác vì tăng trưởng xanh và Mục tiêu toàn "
                      "cầu 2030 (P4G) lần thứ 2.", gaz, published=published_on("2021-06-01"))
    assert [(e[0], e[3], e[4]) for e in found] == [("P4G", 2, "2021-05-31")]


# A bare numbered "Hội nghị" told by its host, in an article on a numbered meeting, is that series' meeting of that
# number (written 16101, 16112)
@pytest.mark.parametrize(("text", "expected"), [
    ("Ngày 7/6/2023, Hội nghị Tư lệnh Quốc phòng các nước ASEAN lần thứ 20 khai mạc tại Bali.\n\nCác đại biểu đánh giá "
     "kết quả hợp tác kể từ Hội nghị lần thứ 19 do Quân đội Hoàng gia Campuchia đăng cai hồi tháng 3/2022.",
     ("ACDFM", 19, "2022-03-01")),
    ("Ngày 20/9/2024, Hội nghị Bộ trưởng Nông Lâm nghiệp ASEAN lần thứ 46 diễn ra tại Viêng Chăn.\n\nBộ trưởng nhắc lại "
     "cam kết tại Hội nghị lần thứ 45 do Indonesia chủ trì tháng 10/2023.", ("AgMM", 45, "2023-10-01")),
])
def test_a_bare_numbered_meeting_told_by_its_host(text, expected, gaz):
    found, _ = events(text, gaz)
    assert expected in {(e[2], e[3], e[4]) for e in found}


# Told without tense, in a dated article, a meeting held where the record says it met in one of the article's year and
# the years either side takes that year, before the headline's ("… chỉ ít ngày sau Hội nghị thượng đỉnh G20 tại Bali
# (Indonesia) ngày 15-16/11", on a page of 3/1/2023 about APEC 2023: written 15505)
@pytest.mark.parametrize(("title", "text", "published", "expected"), [
    ("APEC 2023: Mỹ khởi động năm chủ nhà", "Tuần lễ cấp cao APEC diễn ra chỉ ít ngày sau Hội nghị thượng đỉnh G20 tại "
     "Bali (Indonesia) ngày 15-16/11.", "2023-01-03", "2022-11-15"),
    ("Năm 2025 của ngoại giao đa phương", "Hai ông gặp nhau bên lề Hội nghị thượng đỉnh G20 ở Rio de Janeiro ngày "
     "18-19/11.", "2025-01-05", "2024-11-18"),
])
def test_the_year_its_place_held_it_told_without_tense(title, text, published, expected, gaz):
    found, _ = events(f"{title}\n\n{text}", gaz, published=published_on(published))
    assert [e[4] for e in found if e[0] == "G20"] == [expected]


# A meeting held inside the one before, named in an aside ("…, trong đó có …,"), takes the days told after the aside,
# and so does the one it is held in (written 15509)
@pytest.mark.parametrize(("text", "expected"), [
    ("Hội nghị Cấp cao ASEAN lần thứ 17 và các hội nghị cấp cao liên quan, trong đó có Hội nghị Cấp cao Đông Á (EAS) "
     "lần thứ 5, dự kiến được tổ chức tại Hà Nội vào tháng 10/2010.", {("ASEAN", "2010-10-01"), ("EAS", "2010-10-01")}),
    ("Tuần lễ Cấp cao APEC 2017, trong đó có Hội nghị các nhà Lãnh đạo Kinh tế APEC lần thứ 25, diễn ra tại Đà Nẵng "
     "từ ngày 6 đến 11/11/2017.", {("APEC", "2017-11-06")}),
])
def test_a_meeting_held_inside_another_in_an_aside(text, expected, gaz):
    found, _ = events(text, gaz)
    assert {(e[0], e[4]) for e in found} == expected
    assert len(found) == 2


# Not yet: a meeting's number its series holds years before the article, over the tense, which places it within a year
# of the article (written 16009 is read by the year framing the sentence before). Tried: the number then outweighed a
# misread one (a retreat's number read as its ministers' series', "lần thứ ba mươi bảy" read as 3) in four batches.
@pytest.mark.xfail(strict=True, reason="the tense's year, not the number's, where no year is written near")
def test_a_numbers_year_outweighs_the_tense(gaz):
    text = ("Campuchia làm Chủ tịch ASEAN lần thứ hai. Hội nghị Cấp cao ASEAN lần thứ 20 diễn ra tại Phnom Penh ngày 3-4/4, "
            "tiếp đó là Hội nghị Cấp cao ASEAN lần thứ 21 hồi tháng 11.")
    found, _ = events(text, gaz, published=published_on("2023-01-12"))
    assert {(e[3], e[4]) for e in found} == {(20, "2012-04-03"), (21, "2012-11-01")}


# A year that frames the sentence past the words that move the story on to it: "Bước sang năm 2017, …", "Mười năm sau,
# năm 2012, …" (written 16004, 16009)
@pytest.mark.parametrize(("text", "expected"), [
    ("Ông chủ trì Hội nghị ISOM tại Hà Nội ngày 6-7/12/2016. Bước sang năm 2017, ông chủ trì SOM 2 APEC tại Hà Nội vào "
     "tháng 5 và SOM 3 APEC cuối tháng 8.", {("SOM", 2, "2017-05-01"), ("SOM", 3, "2017-08-01")}),
    ("Năm 2002, Campuchia lần đầu làm Chủ tịch ASEAN. Mười năm sau, năm 2012, Campuchia đăng cai Hội nghị Bộ trưởng "
     "Ngoại giao ASEAN hồi tháng 7.", {("AMM", None, "2012-07-01")}),
    ("Mười năm sau, năm 2012, Campuchia lần thứ hai làm Chủ tịch ASEAN. Hội nghị Cấp cao ASEAN lần thứ 20 diễn ra tại "
     "Phnom Penh ngày 3-4/4, tiếp đó là Hội nghị Cấp cao lần thứ 21 cũng tại Phnom Penh hồi tháng 11.",
     {("Summit", 20, "2012-04-03"), ("Summit", 21, "2012-11-01")}),
])
def test_a_year_framing_the_sentence_past_what_moves_the_story_on(text, expected, gaz):
    found, _ = events(text, gaz, published=published_on("2021-04-08"))
    assert {(e[2], e[3], e[4]) for e in found if e[2] != "ISOM"} == expected


# A bare numbered "Hội nghị" is the series of the last meeting named with a number near it, with the same noun or by a
# short name (written 11504, 10110, 12409), past meetings named since with another number; not past one with that noun
# and no number the sentence right before names (written 9002), nor a forum's numbered near it (written 1422)
@pytest.mark.parametrize(("text", "expected"), [
    ("Ngày 15/9/2022, Hội nghị Bộ trưởng ASEAN phụ trách công vụ lần thứ 21 (ACCSM 21) khai mạc. Trước đó, ngày 14/9, "
     "Thứ trưởng dự Hội nghị các quan chức cao cấp ASEAN về công vụ.\n\nViệt Nam từng đăng "
     "cai ACCSM lần thứ 19 tại Hà Nội năm 2018. Hội nghị lần thứ 20 do Lào chủ trì diễn ra trực tuyến hồi tháng 11/2020.",
     ("ministers", 20, "2020-11-01")),
    ("Diễn đàn cấp cao GMS lần thứ 6 diễn ra năm 2013 tại Hà Nội.\n\nHội nghị Thượng đỉnh GMS được tổ chức ba năm một "
     "lần. Hội nghị lần thứ 5 đã diễn ra tại Bangkok, Thái Lan vào tháng 12/2014.", ("leaders", 5, "2014-12-01")),
    ("Ngày 10/11/2010, Hội nghị Thống đốc, Thị trưởng các thủ đô ASEAN lần thứ 11 khai mạc tại Hà Nội.\n\nHội nghị Cấp "
     "cao ASEAN lần thứ 17 vừa diễn ra tại Hà Nội. Hội nghị lần thứ 10 đã được tổ chức tại Bangkok vào tháng 6/2008.",
     ("other", 10, "2008-06-01")),
    ("Ngày 5/9/2006, Hội nghị Bộ trưởng phụ trách Doanh nghiệp vừa và nhỏ APEC lần thứ 13 đã diễn ra tại Hà Nội.\n\n"
     "Hội nghị Bộ trưởng Tài chính APEC được tổ chức thường niên kể từ năm 1994. Hội nghị lần thứ 12 diễn ra tại Jeju hồi "
     "tháng 9/2005.", ("ministers", 12, "2005-09-01")),
])
def test_a_bare_number_near_a_series_number_told_just_before(text, expected, gaz):
    found, _ = events(text, gaz)
    assert expected in {(e[1], e[3], e[4]) for e in found}


def test_a_bare_number_after_its_series_named_just_before(gaz):
    # (a guard, by kind: the 12th is the finance ministers', not the SMEs' ministers')
    found, _ = events("Ngày 5/9/2006, Hội nghị Bộ trưởng phụ trách Doanh nghiệp vừa và nhỏ APEC lần thứ 13 đã diễn ra tại Hà "
                      "Nội.\n\nHội nghị Bộ trưởng Tài chính APEC được tổ chức thường niên kể từ năm 1994. Hội nghị lần thứ 12 "
                      "diễn ra tại Jeju hồi tháng 9/2005.", gaz)
    assert [(e[2], e[3]) for e in found if e[4].startswith("2005")] == [("FinMM", 12)]


# "Cùng ngày" far down a story that told one single day, and a range of days of the meeting, is that day (written 16509)
def test_the_same_day_far_down_is_the_one_single_day_told(gaz):
    text = ("Sáng 11/11, Thủ tướng cùng các nhà lãnh đạo ASEAN đã gặp đại diện thanh niên. Hội nghị Cấp cao ASEAN lần thứ "
            "40, 41 diễn ra từ ngày 10 đến 13/11/2022.\n\nThủ tướng đề nghị thanh niên phát huy vai trò. Các đại biểu "
            "chia sẻ nhiều ý tưởng. Thủ tướng khuyến khích đổi mới sáng tạo. Đại diện thanh niên cảm ơn Thủ tướng.\n\n"
            "Ảnh: TTXVN\n\nThủ tướng nêu ba đề xuất. Các nước hoan nghênh. Nhiều đại biểu tán thành. Thanh niên ASEAN "
            "cam kết hành động. Buổi đối thoại kết thúc trong không khí cởi mở.\n\nTheo chương "
            "trình, chiều cùng ngày, Thủ tướng dự kiến tham dự Hội nghị Cấp cao ASEAN - Trung Quốc lần thứ 25.")
    found, _ = events(text, gaz, published=published_on("2022-11-11"))
    assert [e[4] for e in found if e[3] == 25] == ["2022-11-11"]


# A day gone by ("hôm 26/10"), in an article with no date of its own whose lead writes its day whole, is the last such
# day before the lead's, whatever year the headline is about (written 16512)
def test_a_day_gone_by_before_an_undated_articles_lead(gaz):
    text = ("Philippines và năm Chủ tịch ASEAN 2026\n\nTại lễ bế mạc Hội nghị Cấp cao ASEAN lần thứ 47 ở Kuala Lumpur chiều "
            "28/10/2025, Malaysia trao búa Chủ tịch ASEAN cho Philippines.\n\nKuala Lumpur cũng là nơi Tổng thống Mỹ trở "
            "lại, khi ông dự Hội nghị Cấp cao ASEAN - Hoa Kỳ lần thứ 13 hôm 26/10.")
    found, _ = events(text, gaz)
    assert [e[4] for e in found if e[3] == 13] == ["2025-10-26"]


# A date in a relative clause on something else than the meeting is that thing's ("… đã họp đặc biệt … để bàn cách ứng
# phó với các mức thuế quan đối ứng mà Washington công bố hôm 2/4": written 16802); a year told from the article's that
# opens the sentence dates what it tells ("Năm nay, … Hội nghị … tổ chức tại Penang ngày 26-2", on a page of 1/11/2025:
# written 16810); a bilateral meeting is none ("cuộc gặp song phương với Phó Tổng Thư ký ASEAN phụ trách Cộng đồng …":
# written 13306)
@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Tối 10/4, các Bộ trưởng Kinh tế ASEAN đã họp đặc biệt để bàn cách ứng phó với các mức thuế mà Washington công bố "
     "hôm 2/4.", "2025-04-10", [("AEM", "2025-04-10")]),
    ("Sáng 12/6, các Bộ trưởng Ngoại giao G7 đã họp trực tuyến về lệnh trừng phạt mà Liên minh châu Âu thông qua ngày 3/6.",
     "2022-06-13", [("FMM", "2022-06-12")]),
    # (a guard: the meeting's own relative clause, right after its short name: written 15202)
    ("Đại tướng Prawit đã điểm lại những cam kết từ Hội nghị Bộ trưởng Quốc phòng ASEAN lần thứ 3 mà Thái Lan đăng cai "
     "tại Pattaya hồi tháng 2-2009.",
     "2015-06-01", [("ADMM", "2009-02-01")]),
    ("Năm nay, các hoạt động của ADMM được khởi động từ Hội nghị Bộ trưởng Quốc phòng các nước ASEAN hẹp tổ chức tại "
     "Penang ngày 26-2.", "2025-11-01", [("ADMM", "2025-02-26")]),
    ("Năm nay, Hội nghị Bộ trưởng Kinh tế ASEAN diễn ra ngày 10/12.", "2025-01-20", [("AEM", "2025-12-10")]),
    ("Cùng ngày 11/1/2024, Đại sứ đã có cuộc gặp song phương với Phó Tổng Thư ký ASEAN phụ trách Cộng đồng Văn hóa - Xã "
     "hội.", "2024-01-12", []),
])
def test_a_relative_clauses_day_a_year_word_and_a_bilateral_meeting(text, published, expected, gaz):
    found, _ = events(text, gaz, published=published_on(published))
    assert [(e[2], e[4]) for e in found] == expected


# A first day told alone after the meeting ("diễn ra từ ngày 21/11"), in a sentence that opens on its last day, gives the
# days between (written 17409)
@pytest.mark.parametrize(("text", "expected"), [
    ("Chiều muộn 22/11/2015, Hội nghị Cấp cao ASEAN lần thứ 27 và các hội nghị liên quan diễn ra từ ngày 21/11 đã bế mạc.",
     ("2015-11-21", "2015-11-22")),
    ("Tối 14/7/2023, Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 56 khai mạc từ ngày 11/7 đã khép lại tại Jakarta.",
     ("2023-07-11", "2023-07-14")),
])
def test_a_first_day_told_alone_after_the_last(text, expected, gaz):
    found, _ = events(text, gaz)
    assert [(e[4], e[5]) for e in found] == [expected]


# A short name told again carries the year written after it ("… của ALMM 20 năm 2008 …"), which outweighs the number's
# year of another meeting the article names (written 18510); a chain of meetings told by "chuỗi hội nghị" is its lead's,
# named with its related meetings (written 18110, 16510, 17006); a date told from the article's day anchors what the
# sentence tells after it, not the year the sentence before wrote (written 18212, and the guard of 6509)
@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Hội nghị Bộ trưởng Lao động ASEAN lần thứ 20 (ALMM 20) khai mạc ngày 9/10 tại Singapore. Điểm nhấn của ALMM 20 năm "
     "2008 là an sinh xã hội. Hội nghị Cấp cao ASEAN lần thứ 14 sẽ thông qua kết quả.",
     None, [("LMM", "2008-10-09", "2008-10-09")]),
    ("Sáng 7/10, Thủ tướng lên đường dự Hội nghị Cấp cao ASEAN lần thứ 44 và các hội nghị cấp cao liên quan tại Viêng "
     "Chăn. Theo chương trình, chuỗi hội nghị diễn ra từ ngày 8 đến 11/10.",
     "2024-10-07", [("Summit", "2024-10-08", "2024-10-11")]),
    ("Tối 11/7, Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 56 (AEM-56) và các cuộc họp liên quan đã khép lại với Hội nghị "
     "Bộ trưởng RCEP lần thứ 3. Chuỗi hội nghị kéo dài từ ngày 8 đến 11/7.",
     "2024-07-12", [("AEM", "2024-07-08", "2024-07-11"), ("MM", "2024-07-11", "2024-07-11"), ("AEM", "2024-07-08", "2024-07-11")]),
    ("Hai năm trước, tại Hội nghị Cấp cao kỷ niệm 50 năm quan hệ ASEAN - Nhật Bản ở Tokyo tháng 12/2023, hai bên nâng cấp "
     "quan hệ. Mới tháng 10 vừa qua, tại Hội nghị Cấp cao ASEAN - Nhật Bản lần thứ 28 ở Kuala Lumpur, các nhà lãnh đạo đã kế "
     "thừa kết quả mà Hội nghị Bộ trưởng Ngoại giao ASEAN - Nhật Bản hồi tháng 7 chuẩn bị.",
     "2025-11-20", [("Special Summit/Nhật Bản", "2023-12-01", "2023-12-01"), ("Summit/Nhật Bản", "2025-10-01", "2025-10-01"),
                    ("AMM/Nhật Bản", "2025-07-01", "2025-07-01")]),
    # (a guard: the sentence's opening tells of its first date, not of one after a date told from the article's day)
    ("Trước đó, cuối tháng 10 vừa qua, Thủ tướng dự Hội nghị Cấp cao ASEAN lần thứ 47, và đầu tháng 11 dự Hội nghị thượng "
     "đỉnh G20 tại Nam Phi.", "2025-11-25", [("Summit", "2025-10-01", "2025-10-01"), ("Summit", "2025-11-01", "2025-11-01")]),
])
def test_a_short_names_year_a_chains_lead_and_a_date_told_from_now(text, published, expected, gaz):
    found, _ = events(text, gaz, **({"published": published_on(published)} if published else {}))
    assert [(e[2], e[4], e[5]) for e in found] == expected


# Not yet: a summit planned for "tháng 12 tới" in an undated article of a year its number does not tell (the 14th ASEAN
# summit, planned for December 2008, met in 2009): the number's year outweighs the tense (written 18510)
@pytest.mark.xfail(strict=True, reason="an undated article's numbered meeting takes its number's year before the tense")
def test_a_planned_month_over_its_numbers_year(gaz):
    found, _ = events("Hội nghị Bộ trưởng Lao động ASEAN lần thứ 20 (ALMM 20) khai mạc ngày 8/5 tại Bangkok. Chủ đề của ALMM "
                      "20 năm 2008 là lao động di cư. Kết quả sẽ được báo cáo lên Hội nghị Cấp cao ASEAN lần thứ 14 dự kiến "
                      "diễn ra tại Thái Lan vào tháng 12 tới.", gaz)
    assert [(e[2], e[4]) for e in found] == [("LMM", "2008-05-08"), ("Summit", "2008-12-01")]


# A day in a clause on a person between commas, before the meeting, is that person's (written 18306)
@pytest.mark.parametrize(("text", "expected"), [
    ("Chiều 10/10, Hội nghị Cấp cao ASEAN - Hàn Quốc lần thứ 25 đã diễn ra tại Viêng Chăn. Tổng thống Hàn Quốc Yoon Suk Yeol, "
     "người tới Viêng Chăn từ tối 8/10, đã phát biểu tại Hội nghị Cấp cao ASEAN - Hàn Quốc lần thứ 25.",
     [("Summit/Hàn Quốc", "2024-10-10")]),
    ("Ngoại trưởng Nga Sergei Lavrov, vốn là người đến Kuala Lumpur từ ngày 9/7, cũng dự Diễn đàn Khu vực ASEAN lần thứ 32.",
     []),
    # (a guard: the day before the clause is the meeting's)
    ("Ngày 11/7, Ngoại trưởng Nga, người đứng đầu phái đoàn, đã phát biểu tại Diễn đàn Khu vực ASEAN lần thứ 32.",
     [("ARF", "2025-07-11")]),
])
def test_a_day_in_a_clause_on_a_person(text, expected, gaz):
    found, _ = events(text, gaz, published=published_on("2025-07-12" if "32" in text else "2024-10-11"))
    assert [(e[2], e[4]) for e in found] == expected


# The days a meeting closes, told right after it ("…, khép lại hai ngày làm việc."), end on the day told (written 18403)
@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Chiều 14/7, Bộ trưởng Ngoại giao Indonesia chủ trì phiên bế mạc Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 56 (AMM-56) "
     "tại Jakarta, khép lại hai ngày làm việc.", "2023-07-14", [("AMM", "2023-07-13", "2023-07-14")]),
    ("Tối 22/11, Hội nghị Bộ trưởng Quốc phòng ASEAN lần thứ 16 đã bế mạc tại Jakarta, kết thúc ba ngày làm việc.",
     "2023-11-23", [("ADMM", "2023-11-20", "2023-11-22")]),
    # (a guard: the days of a chain of meetings, of which the meeting is the last)
    ("Chiều 12/9, Phó Thủ tướng chủ trì Diễn đàn Khu vực ASEAN lần thứ 27 theo hình thức trực tuyến, khép lại bốn ngày làm "
     "việc dày đặc của các ngoại trưởng.", "2020-09-12", [("ARF", "2020-09-12", "2020-09-12")]),
])
def test_the_days_a_meeting_closes(text, published, expected, gaz):
    found, _ = events(text, gaz, published=published_on(published))
    assert [(e[2], e[4], e[5]) for e in found] == expected


# A series named by its acronym alone in the sentence before ("AHMM là cơ chế …") is the one a bare numbered meeting
# continues, now that the acronym names a meeting there too (a guard: written 7205 fell when AHMM became ASEAN's)
def test_a_series_named_by_its_acronym_alone_before_a_bare_number(gaz):
    found, _ = events("Hội nghị Bộ trưởng Y tế ASEAN lần thứ 15 (AHMM-15) diễn ra tại Bali ngày 14/5/2022. AHMM là cơ chế hợp "
                      "tác cấp bộ trưởng về y tế, họp hai năm một lần. Hội nghị lần thứ 14 được tổ chức tại Siem Reap vào "
                      "tháng 8/2019.", gaz)
    assert [(e[2], e[3], e[4]) for e in found] == [("HMM", 15, "2022-05-14"), ("HMM", 14, "2019-08-01")]


# An aside the comma closes before the date ("…, sau khi lùi lịch, đã diễn ra … ngày 26/6") is no clause of the date's own;
# a date the words of a meeting's move lead to is where it was moved, after the words of its first plan (written 17807,
# 17801)
@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 53, sau khi hoãn một tháng, đã khai mạc trực tuyến ngày 9/9.", "2020-09-10",
     [("AMM", "2020-09-09", "held")]),
    ("Hội nghị Cấp cao ASEAN lần thứ 36, ban đầu dự kiến tổ chức tại Đà Nẵng, sẽ được lùi sang cuối tháng 6.", "2020-04-14",
     [("Summit", "2020-06-01", "planned")]),
    ("Hội nghị Bộ trưởng Kinh tế ASEAN, lúc đầu định tổ chức tại Đà Nẵng, đã được dời sang ngày 25/8.", "2020-04-14",
     [("AEM", "2020-08-25", "planned")]),
    # (guards: a clause still open at the date; the first plan's date, then the one it was moved to)
    ("Ấn Độ dự Hội nghị Cấp cao BRICS với tư cách thành viên sáng lập, sau khi hội nghị được ấn định vào ngày 22/10.", "2020-04-14", []),
    ("Hội nghị Cấp cao ASEAN lần thứ 36, vốn dự kiến diễn ra ngày 8/4, sẽ được lùi sang cuối tháng 6.", "2020-04-01",
     [("Summit", "2020-06-01", "planned")]),
])
def test_an_aside_closed_before_the_date_and_the_date_a_move_leads_to(text, published, expected, gaz):
    found, _ = events(text, gaz, published=published_on(published))
    assert [(e[2], e[4], e[6]) for e in found] == expected


# A meeting joined to the next by "đồng thời" frames no meeting: both are held on the day told (written 18606, 18607,
# 18611)
@pytest.mark.parametrize(("text", "expected"), [
    ("Sáng 24/7, Bộ trưởng Ngoại giao đã tiếp xúc các đối tác trong khuôn khổ Hội nghị Bộ trưởng ASEAN với các Đối tác (PMC), "
     "đồng thời tham dự Hội nghị Bộ trưởng Ngoại giao Cấp cao Đông Á (EAS) lần thứ 8.",
     [("PMC", "2025-07-24"), ("FMM", "2025-07-24")]),
    # (a guard: a frame of the meeting after it)
    ("Trong khuôn khổ Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 58, chiều 10/7, Bộ trưởng dự Hội nghị Bộ trưởng Ngoại "
     "giao ASEAN+3 lần thứ 26.", [("FMM", "2025-07-10")]),
])
def test_a_meeting_joined_by_at_the_same_time_frames_none(text, expected, gaz):
    found, _ = events(text, gaz, published=published_on("2025-07-25"))
    assert [(e[2], e[4]) for e in found] == expected


# (guards of the chain's lead: a chain with no lead named is the meeting named last, and a chain's last day the days of the
# meeting it opened with; written 19005, 16901)
@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 45 (AMM 45) bế mạc chiều nay tại Phnom Penh. Chuỗi hội nghị khai mạc hôm "
     "thứ Hai (9/7).", "2012-07-13", [("AMM", "2012-07-13", "2012-07-13"), ("AMM", "2012-07-09", "2012-07-09")]),
    ("Sáng 18-8, Hội nghị Quan chức cao cấp lần thứ ba (SOM 3) của Diễn đàn Hợp tác kinh tế châu Á - Thái Bình Dương (APEC) "
     "cùng các cuộc họp liên quan đã khai mạc. Chuỗi hội nghị kéo dài đến ngày 1-9.", "2017-08-18",
     [("SOM", "2017-08-18", "2017-09-01")]),
])
def test_a_chain_with_no_lead_and_a_chains_last_day(text, published, expected, gaz):
    found, _ = events(text, gaz, published=published_on(published))
    assert [(e[2], e[4], e[5]) for e in found] == expected


# The day a person spoke, past the end of a clause on them that names a meeting, is not the meeting's; a last day glossed
# after "ngày mai" ("kéo dài đến hết ngày mai (8/10)") ends the meeting opened the day before (written 19006)
@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Thủ tướng Anwar Ibrahim, người chủ trì Hội nghị Cấp cao ASEAN lần thứ 47, hôm qua khẳng định ASEAN sẽ đoàn kết.",
     "2025-11-02", []),
    ("Sáng nay (14/11), Hội nghị Bộ trưởng APEC lần thứ 35 khai mạc tại San Francisco. Hội nghị kéo dài đến hết ngày mai "
     "(15/11).", "2024-11-14", [("APEC", "ministers", "2024-11-14", "2024-11-15")]),
    # (a guard: the clause goes on past the meeting's place to its date)
    ("Thứ trưởng Nguyễn Minh Hằng, người đã dẫn đầu đoàn dự Hội nghị các quan chức cao cấp không chính thức (ISOM) APEC 2026 "
     "tại Quảng Châu, Trung Quốc, hồi đầu tháng 12/2025, cho biết Việt Nam sẽ đóng góp tích cực.", "2026-01-10",
     [("APEC", "senior_officials", "2025-12-01", "2025-12-01")]),
])
def test_a_persons_clause_and_a_last_day_told_tomorrow(text, published, expected, gaz):
    rows = merged_passage({"text": text, "article_date": published}, gaz)
    assert [(r["forum"], r["level"], r["start_date"].isoformat(), r["end_date"].isoformat()) for _, r in rows] == expected


# A clause set against the one before it ("…, còn …", "…, trong khi …") does not take the time told before it; an undated
# numbered meeting's number is not that of a dated meeting of its series held on other days than the record gives it
# (written 13001, 18906)
@pytest.mark.parametrize(("text", "expected"), [
    ("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 54 dự kiến diễn ra vào đầu tháng 8, trong khi Hội nghị Cấp cao ASEAN lần "
     "thứ 38 được lên kế hoạch tổ chức vào cuối năm nay.", [("AMM", 54, "2021-08-01")]),
    ("Phiên họp trù bị sẽ diễn ra vào tháng 6, còn Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 53 dự kiến họp vào cuối năm.",
     []),
    ("Ngày 24/4, Hội nghị các nhà lãnh đạo ASEAN đã diễn ra tại Jakarta. Hội nghị Cấp cao ASEAN lần thứ 38 sẽ được tổ chức "
     "vào cuối năm nay.", [("Summit", None, "2021-04-24")]),
])
def test_a_clause_set_against_the_one_before_and_a_number_of_other_days(text, expected, gaz):
    found, _ = events(text, gaz, published=published_on("2021-04-25"))
    assert [(e[2], e[3], e[4]) for e in found] == expected


# A meeting that tells the time of what is no meeting takes the month of the day it came right before ("Ngày 6/6, ngay
# sau khi dự Đối thoại Shangri-La 15, Bộ trưởng … thăm chính thức Việt Nam": real sample r1), as it does told after the
# visit; not a day early in its month, whose meeting may have been in the month before
@pytest.mark.parametrize(("text", "expected"), [
    ("Chiều 12/11/2017, ngay sau khi dự Hội nghị các nhà Lãnh đạo Kinh tế APEC lần thứ 25 tại Đà Nẵng, Tổng Bí thư, Chủ "
     "tịch Trung Quốc Tập Cận Bình đã tới Hà Nội, bắt đầu chuyến thăm cấp Nhà nước tới Việt Nam.",
     [("AELM", 25, "2017-11-01", "held")]),
    ("Ngày 6/6/2016, ngay sau khi dự Đối thoại Shangri-La lần thứ 15, Bộ trưởng Quốc phòng Pháp Jean-Yves Le Drian thăm "
     "chính thức Việt Nam.", [("Meeting", 15, "2016-06-01", "held")]),
    # (guards: a day early in its month; a meeting after the one that tells the time takes the day)
    ("Ngày 2/12/2019, ngay sau khi dự Hội nghị thượng đỉnh G20, Thủ tướng Nhật Bản thăm chính thức Ấn Độ.", []),
    ("Ngày 25/2/2024, ngay trước khi MC13 khai mạc, Bộ trưởng dự Hội nghị Bộ trưởng Kinh tế ASEAN.",
     [("AEM", None, "2024-02-25", "held")]),
])
def test_a_meeting_that_tells_the_time_of_a_visit(text, expected, gaz):
    found, _ = events(text, gaz)
    assert [(e[2], e[3], e[4], e[6]) for e in found] == expected


# A year written after a convention's short name in a meeting's name is the convention's ("… các quốc gia thành viên
# UNCLOS 1982", as "Công ước … năm 1982" was), not the meeting's (real sample r1)
@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Đại sứ phát biểu nhân Hội nghị lần thứ 29 các quốc gia thành viên UNCLOS 1982, khai mạc sáng 17-6 tại trụ sở Liên "
     "hợp quốc ở New York.", "2019-06-20", [("States Parties", 29, "2019-06-17")]),
    ("Đại sứ phát biểu nhân Hội nghị lần thứ 29 các quốc gia thành viên UNCLOS 1982, khai mạc sáng 17-6 tại trụ sở Liên "
     "hợp quốc ở New York.", None, []),
])
def test_a_conventions_year_in_a_meetings_name(text, published, expected, gaz):
    found, _ = events(text, gaz, **({"published": published_on(published)} if published else {}))
    assert [(e[2], e[3], e[4]) for e in found] == expected


# A chain of meetings told with its days ("Chuỗi các hội nghị ASEAN diễn ra … từ ngày 29/7 đến ngày 3/8") is its lead's
# where the lead is named as the frame of what is held ("… các sự kiện trong khuôn khổ Hội nghị … lần thứ 52 (AMM-52)":
# real sample r3), as where it is named with its related meetings
@pytest.mark.parametrize(("text", "expected"), [
    ("Lực lượng an ninh được tăng cường quanh các hoạt động trong khuôn khổ Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 56 "
     "(AMM-56). Chuỗi các hội nghị ASEAN diễn ra tại Jakarta từ ngày 11 đến 14/7.", [("AMM", 56, "2023-07-11", "2023-07-14")]),
    ("Nhiều nước cử đoàn tới các sự kiện thuộc khuôn khổ Hội nghị Cấp cao ASEAN lần thứ 43. Chuỗi hội nghị diễn ra từ ngày "
     "5 đến 7/9.", [("Summit", 43, "2023-09-05", "2023-09-07")]),
    # (a guard: a meeting named otherwise keeps its own day)
    ("Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 55 khai mạc ngày 20/8/2023. Chuỗi các hội nghị ASEAN diễn ra từ ngày 17 đến "
     "22/8.", [("AEM", 55, "2023-08-20", "2023-08-20")]),
])
def test_a_chains_lead_named_as_the_frame_of_its_events(text, expected, gaz):
    found, _ = events(text, gaz)
    assert [(e[2], e[3], e[4], e[5]) for e in found] == expected


# A journey to the meeting told "nhân dịp dự" it ("… chiều 5/7 đến thành phố Mainz, bắt đầu chuyến thăm chính thức … nhân
# dịp dự Hội nghị Thượng đỉnh G20 tại Hamburg": real sample r1) gives the meeting its month, as "để dự" does, not the
# journey's day; a month told before a journey to attend it is the meeting's ("Cuối tháng 11, ông sẽ tới Buenos Aires …
# để dự Hội nghị thượng đỉnh G20": real sample r1)
@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Thủ tướng Nguyễn Xuân Phúc chiều 5/7 đến thành phố Mainz, bắt đầu chuyến thăm chính thức Đức nhân dịp dự Hội nghị "
     "Thượng đỉnh G20 tại Hamburg.", "2017-07-10", [("Summit", "2017-07-01", "held")]),
    ("Tối 14/11, Tổng thống Mỹ Barack Obama đã tới Lima nhân dịp tham dự Hội nghị các nhà Lãnh đạo Kinh tế APEC lần thứ 24.",
     "2016-11-17", [("AELM", "2016-11-01", "held")]),
    ("Cuối tháng 11/2018, Phó Tổng thống sẽ tới Buenos Aires, thủ đô Argentina, để dự Hội nghị thượng đỉnh G20.", None,
     [("Summit", "2018-11-01", "planned")]),
    ("Tháng 9/2019, Thủ tướng Nhật Bản đã tới New York để dự phiên thảo luận chung cấp cao Đại hội đồng Liên hợp quốc khóa 74.",
     None, [("General Debate", "2019-09-01", "held")]),
    # (guards: a day late in its month, whose meeting may open in the next; a visit on its own)
    ("Ngày 28/11/2018, Tổng thống đã tới Buenos Aires để dự Hội nghị thượng đỉnh G20.", None, []),
    ("Tháng 11/2018, Thủ tướng thăm chính thức Argentina.", None, []),
])
def test_a_journey_to_attend_gives_its_month(text, published, expected, gaz):
    found, _ = events(text, gaz, **({"published": published_on(published)} if published else {}))
    assert [(e[2], e[4], e[6]) for e in found] == expected


# "bắt đầu từ ngày …" is the meeting's start where the meeting's name is its subject, past a gloss in brackets after it
# ("Tại Hội nghị Ngoại trưởng ASEAN (Hiệp hội các quốc gia Đông Nam Á) bắt đầu từ ngày 23/7, …": real sample r1), not a
# term's
@pytest.mark.parametrize(("text", "expected"), [
    ("Tại Hội nghị Ngoại trưởng ASEAN (Hiệp hội các quốc gia Đông Nam Á) bắt đầu từ ngày 23/7, các bên không ra được tuyên bố "
     "chung.", [("AMM", "2016-07-23")]),
    ("Hội nghị Cấp cao Đông Á (EAS, gồm 18 nước thành viên) đã bắt đầu từ ngày 14/11 tại Manila.", [("Summit", "2016-11-14")]),
    # (a guard: a term that starts)
    ("Tại Hội nghị Cấp cao ASEAN, Tổng thống cho biết nhiệm kỳ thứ hai (kéo dài bốn năm) bắt đầu từ ngày 20/1.", []),
])
def test_a_start_told_past_a_gloss(text, expected, gaz):
    found, _ = events(text, gaz, published=published_on("2016-11-30"))
    assert [(e[2], e[4]) for e in found] == expected


# A meeting that takes place "trong N ngày tới" is in the month those days fall in, where they all fall in one ("… trước
# khi Hội nghị thượng đỉnh EU diễn ra trong 10 ngày tới": real sample r3); not what is done in those days
@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Thủ tướng Anh nỗ lực đạt thỏa thuận trước khi Hội nghị thượng đỉnh EU diễn ra trong 10 ngày tới.", "2017-12-04",
     [("EU", "2017-12-01", "planned")]),
    ("Hội nghị Bộ trưởng Ngoại giao ASEAN sẽ khai mạc trong vài ngày tới tại Manila.", "2017-08-02",
     [("ASEAN", "2017-08-01", "planned")]),
    # (guards: days that run into the next month; what is done in those days)
    ("Hội nghị Bộ trưởng Ngoại giao ASEAN sẽ khai mạc trong 10 ngày tới tại Manila.", "2017-07-28", []),
    ("Những gì chúng ta hoàn tất trong hai ngày tới sẽ quyết định thành công của Tuần lễ Cấp cao APEC.", "2017-11-06", []),
])
def test_a_meeting_in_the_next_days(text, published, expected, gaz):
    found, _ = events(text, gaz, published=published_on(published))
    assert [(e[0], e[4], e[6]) for e in found] == expected


# A meeting its place dates, told as last year's ("… bên lề G20 tại Argentina hồi đầu tháng 12 năm ngoái": real
# sample pool), puts an undated article a year after it, and a day the article tells with no year in that year
def test_a_hosted_meeting_told_as_last_years_dates_the_article(gaz):
    found, _ = events("Trong cuộc họp giữa Chủ tịch Trung Quốc và Tổng thống Mỹ bên lề G20 tại Argentina hồi đầu tháng 12 năm "
                      "ngoái, hai bên đồng ý ngừng áp thuế. Tổng thống Mỹ dự kiến dự Diễn đàn Kinh tế Thế giới ngày 23-26/1 "
                      "tại Davos.", gaz)
    assert [(e[0], e[4], e[6]) for e in found] == [("G20", "2018-12-01", "held"), ("WEF", "2019-01-23", "planned")]


# Not yet: a date told as last year's anchors the dates told after it in last year, not in the article's year (a sample
# of real articles: "… vào tháng 6 năm ngoái. … sẽ khai mạc ngày 29/7" took last year's July)
@pytest.mark.xfail(strict=True, reason="a date told 'năm ngoái' anchors the year-less dates after it")
def test_a_date_told_as_last_years_does_not_anchor_the_next(gaz):
    found, _ = events("Hội nghị thượng đỉnh G7 tại Charlevoix, Canada diễn ra vào tháng 6 năm ngoái. Hội nghị Bộ trưởng Ngoại "
                      "giao ASEAN sẽ khai mạc ngày 29/7 tại Bangkok.", gaz)
    assert [(e[0], e[4]) for e in found] == [("G7", "2018-06-01"), ("ASEAN", "2019-07-29")]


# A week or a month told from now in an article whose own day is unknown, dated by the meeting's place, is still to come
# or past as its word says ("… APEC được tổ chức ở Đà Nẵng, Việt Nam, vào tuần tới": real sample r5)
@pytest.mark.parametrize(("text", "expected"), [
    ("Hai nhà lãnh đạo có thể gặp nhau tại Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương (APEC) được tổ chức ở Đà Nẵng, "
     "Việt Nam, vào tuần tới.", [("APEC", "2017-11-01", "planned")]),
    # (a guard: past, as read before)
    ("Các nhà lãnh đạo G7 đã họp tại Biarritz, Pháp tuần trước.", [("G7", "2019-08-01", "held")]),
])
def test_a_week_told_from_now_in_an_undated_article_tells_its_status(text, expected, gaz):
    found, _ = events(text, gaz)
    assert [(e[0], e[4], e[6]) for e in found] == expected


# A stay's days told as the occasion of attending a meeting ("… thăm chính thức Việt Nam ngày 17-18/11/2006, nhân dịp dự
# APEC tại Hà Nội": real sample r2) give the meeting their month, as days told after it do ("… thăm … và tham dự Hội nghị …
# ngày 10 - 13/11"), not their days; the forum named bare there is its leaders' meeting
@pytest.mark.parametrize(("text", "expected"), [
    ("Tổng thống Chile Michelle Bachelet thăm chính thức Việt Nam ngày 17-18/11/2006, nhân dịp dự APEC tại Hà Nội.",
     [("APEC", "AELM", "2006-11-01", "2006-11-01")]),
    ("Tổng thống Nga có chuyến thăm chính thức Peru từ ngày 18 đến 20/11/2016 để dự APEC ở Lima.",
     [("APEC", "AELM", "2016-11-01", "2016-11-01")]),
    ("Chủ tịch nước Trương Tấn Sang có chuyến thăm chính thức Peru từ ngày 17 đến 21/11/2008 và tham dự Tuần lễ Cấp cao "
     "APEC tại Lima.", [("APEC", "AELW", "2008-11-01", "2008-11-01")]),
    ("Thủ tướng Nhật Bản Shinzo Abe có chuyến thăm chính thức Philippines từ ngày 12-14/11/2017 để dự Hội nghị Cấp cao ASEAN.",
     [("ASEAN", "Summit", "2017-11-01", "2017-11-01")]),
    # (a helper's sentences, written from the guideline)
    ("Chủ tịch nước Trương Tấn Sang đã thăm chính thức Liên bang Nga từ ngày 6 đến 9/9/2012 nhân dịp dự Hội nghị các Nhà Lãnh "
     "đạo Kinh tế APEC lần thứ 20 tại Vladivostok.", [("APEC", "AELM", "2012-09-01", "2012-09-01")]),
    ("Chủ tịch Quốc hội đã kết thúc tốt đẹp chuyến thăm chính thức Indonesia từ ngày 5 đến 8/8/2023 và tham dự Đại hội đồng "
     "Liên nghị viện Hiệp hội các quốc gia Đông Nam Á lần thứ 44 (AIPA-44) tại Jakarta.",
     [("AIPA", "Assembly", "2023-08-01", "2023-08-01")]),
    # (a gap, kept visible: a trip told "công tác tại", no word of a visit, gives the meeting its first day, not its month)
    pytest.param("Chủ tịch nước sẽ công tác tại Hoa Kỳ từ ngày 14 đến 17/11/2023 để dự Hội nghị các Nhà Lãnh đạo Kinh tế APEC "
                 "lần thứ 30 ở San Francisco.", [("APEC", "AELM", "2023-11-01", "2023-11-01")],
                 marks=pytest.mark.xfail(strict=True, reason="a trip told 'công tác tại' is no visit's stay: the meeting "
                                                             "takes the trip's days")),
    # (guards: a stay across two months; a stay told far from the meeting, past what else was done)
    ("Thủ tướng có chuyến thăm chính thức Peru từ ngày 28/11 đến 2/12/2016 để dự Hội nghị Cấp cao APEC.", []),
    ("Thủ tướng có chuyến thăm chính thức Peru từ ngày 17 đến 20/11/2016, ký nhiều thỏa thuận thương mại và gặp gỡ cộng "
     "đồng người Việt, trước khi dự Hội nghị Cấp cao APEC.", []),
])
def test_a_stay_told_as_the_occasion_of_attending(text, expected, gaz):
    found, _ = events(text, gaz)
    assert [(e[0], e[2], e[4], e[5]) for e in found] == expected


# A time told right before a clause of "khi" that holds the meeting is the meeting's, not a time told past a comma after
# it ("… thoả thuận vào cuối tháng 6 khi hai lãnh đạo gặp nhau bên lề hội nghị G20 ở Nhật, mở đường cho … cuối tháng 7":
# real sample r2); the meeting's own days told after it still win ("… diễn ra từ 15 đến 17/11")
@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Lệnh đình chiến được hai bên thoả thuận vào cuối tháng 6 khi hai lãnh đạo gặp nhau bên lề hội nghị G20 ở Nhật, mở "
     "đường cho đoàn đàm phán gặp nhau ở Thượng Hải cuối tháng 7.", "2019-08-15", [("G20", "2019-06-01", "2019-06-01")]),
    ("Hai bên đạt thỏa thuận hôm 1/12 khi Tổng thống Mỹ và Chủ tịch Trung Quốc ăn tối bên lề Hội nghị thượng đỉnh G20 ở "
     "Buenos Aires, sau đó đàm phán được nối lại ở Bắc Kinh ngày 7/1.", "2018-12-20", [("G20", "2018-12-01", "2018-12-01")]),
    ("Ông Abe gặp ông Putin hồi tháng 9 khi cả hai dự Diễn đàn Kinh tế phương Đông ở Vladivostok, rồi gặp lại ở Singapore "
     "ngày 14/11.", "2018-12-20", [("EEF", "2018-09-01", "2018-09-01")]),
    # (a helper's sentences, written from the guideline)
    ("Vào tháng 9 năm ngoái, khi các ngoại trưởng ASEAN họp trực tuyến tại Hội nghị AMM 53 do Việt Nam chủ trì, ít ai dự "
     "đoán được biến cố tại Myanmar, nơi quân đội tiếp quản quyền lực ngày 1/2.", "2021-03-15",
     [("ASEAN", "2020-09-01", "2020-09-01")]),
    ("Đầu tháng 9, lúc các nhà lãnh đạo BRICS nhóm họp thượng đỉnh tại Hạ Môn (Trung Quốc), New Delhi và Bắc Kinh vừa chấm "
     "dứt cuộc đối đầu quân sự ở cao nguyên Doklam, diễn ra từ ngày 16/6 đến 28/8.", "2017-10-02",
     [("BRICS", "2017-09-01", "2017-09-01")]),
    ("Hồi tháng 4/2021, khi các nhà lãnh đạo ASEAN họp tại Jakarta và đạt Đồng thuận 5 điểm, nhiều người kỳ vọng bạo lực sẽ "
     "sớm chấm dứt, nhưng ngày 25/7, Naypyidaw tuyên bố đã thi hành án tử hình bốn nhà hoạt động.", "2022-07-26",
     [("ASEAN", "2021-04-01", "2021-04-01")]),
    # (guards: the meeting's own days told after it)
    ("Vào đầu tháng 9, khi Hội nghị Cấp cao ASEAN lần thứ 43 diễn ra từ ngày 5 đến 7/9 tại Jakarta, Tổng thống Joko Widodo "
     "đã trao búa Chủ tịch ASEAN cho Lào.", "2023-10-02", [("ASEAN", "2023-09-05", "2023-09-07")]),
    ("Căng thẳng lộ rõ từ hôm 17/11, khi hai ông lần lượt lên diễn đàn Hội nghị Thượng đỉnh Doanh nghiệp APEC (CEO Summit), "
     "diễn ra từ 15 đến 17/11.", "2018-12-20", [("APEC", "2018-11-15", "2018-11-17")]),
])
def test_a_time_told_before_a_clause_of_when(text, published, expected, gaz):
    found, _ = events(text, gaz, published=published_on(published))
    assert [(e[0], e[4], e[5]) for e in found] == expected


# A body told meeting after its name, with the day between ("Hội đồng Bảo an ngày 29/8 họp khẩn, …", "Hội đồng Bảo an Liên
# Hợp Quốc hôm 14/4 đã họp khẩn …": the shape of real samples r2 and r4) is dated by that day, which is no part of its name;
# its summit named after it stays its summit
@pytest.mark.parametrize(("text", "expected"), [
    ("Hội đồng Bảo an ngày 29/8 họp khẩn, ra tuyên bố lên án Triều Tiên phóng tên lửa qua Nhật Bản.",
     [("other", "2017-08-29", "held")]),
    ("Hội đồng Bảo an Liên Hợp Quốc hôm 14/4 đã họp khẩn theo đề nghị của Nga.", [("other", "2017-04-14", "held")]),
    ("Hội đồng Bảo an LHQ ngày 5/9 sẽ họp kín để bàn về tình hình Myanmar.", [("other", "2017-09-05", "planned")]),
    ("Hội đồng Bảo an (HĐBA) Liên Hợp Quốc hôm 2/8 đã họp kín về tình hình Myanmar với sự tham gia của Đặc phái viên.",
     [("other", "2017-08-02", "held")]),
    # (gaps seen in real samples r2 and r4, kept visible: the session's day between its words and the body; a sitting told
    # "cùng ngày" after a day of something else; a vote)
    pytest.param("Trong phiên họp khẩn ngày 8/8 (giờ địa phương) của Hội đồng Bảo an Liên Hợp Quốc tại New York, nước Mỹ đã "
                 "bị cô lập.", [("other", "2017-08-08", "held")],
                 marks=pytest.mark.xfail(strict=True, reason="a day between the session's words and the body is read as "
                                                             "part of the name")),
    pytest.param("Ngày 29/8, Triều Tiên phóng tên lửa qua Nhật Bản. Hội đồng Bảo an cùng ngày họp khẩn, ra tuyên bố lên án.",
                 [("other", "2017-08-29", "held")],
                 marks=pytest.mark.xfail(strict=True, reason="'cùng ngày' after a day of no meeting does not date the "
                                                             "Council's sitting")),
    pytest.param("Sau cuộc bỏ phiếu thất bại tại Hội đồng Bảo an LHQ ngày 16-8, đại sứ Mỹ cảnh báo sẽ làm lại.",
                 [("other", "2017-08-16", "held")],
                 marks=pytest.mark.xfail(strict=True, reason="a vote at the Council is not read as its sitting")),
    # (guards: its summit; a resolution)
    ("Ngày 28/8, Hội đồng Bảo an Liên hợp quốc đã họp cấp cao lần thứ hai trong lịch sử.",
     [("leaders", "2017-08-28", "held")]),
    ("Nghị quyết của Hội đồng Bảo an ngày 22/8 yêu cầu Triều Tiên ngừng thử tên lửa.", []),
])
def test_a_body_told_meeting_after_its_name_and_its_day(text, expected, gaz):
    found, _ = events(text, gaz, published=published_on("2017-09-01"))
    assert [(e[1], e[4], e[6]) for e in found] == expected
