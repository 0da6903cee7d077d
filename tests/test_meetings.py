"""Meeting names -> forum, level, kind and number."""
from __future__ import annotations

import pytest

from etl.meetings import find_meetings, parse_ordinal


def names(sentence, gaz, default=None):
    return [(m.forum, m.level, m.meeting, m.ordinal) for m in find_meetings(sentence, gaz, default)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("đã diễn ra Hội nghị lần thứ ba các quan chức cao cấp Diễn đàn Hợp tác kinh tế châu Á - Thái Bình Dương (APEC)",
     [("APEC", "senior_officials", "SOM", 3)]),
    ("Hội nghị liên Bộ trưởng Ngoại giao-Kinh tế APEC lần thứ 32 (AMM 32) theo hình thức trực tuyến",
     [("APEC", "ministers", "AMM", 32)]),
    ("Hội nghị Bộ trưởng Thương mại APEC lần thứ 27 vào tháng 6/2021", [("APEC", "ministers", "MRT", 27)]),
    # the number after the short name in brackets, in figures without "thứ"
    ("Hội nghị Liên Bộ trưởng Ngoại giao - Kinh tế APEC (AMM) lần 29 khai mạc tại Đà Nẵng",
     [("APEC", "ministers", "AMM", 29)]),
    ("Hội nghị Bộ trưởng Thương mại APEC (MRT) lần 23 tại Hà Nội", [("APEC", "ministers", "MRT", 23)]),
    ("Hội nghị Quan chức cao cấp ASEAN (SOM) lần 5 bàn về", [("ASEAN", "senior_officials", "SOM", 5)]),
    ("Hội nghị Quan chức cao cấp ASEAN (SOM) lần này bàn về", [("ASEAN", "senior_officials", "SOM", None)]),
    # a long name that goes on past "và" to its forum, named unbracketed before its short name in brackets
    ("tại sự kiện Hội nghị cấp cao về kinh doanh và đầu tư ASEAN 2018 (ABIS), một trong các hội nghị",
     [("ASEAN", "other", "CEO Summit", None)]),
    # … of any forum: the business summit beside its leaders' meeting is none
    ("Thủ tướng phát biểu tại Hội nghị Thượng đỉnh Kinh doanh GMS lần thứ 7 diễn ra", [("GMS", "other", "CEO Summit", 7)]),
    ("Hội nghị Thượng đỉnh doanh nghiệp BRICS khai mạc tại Kazan", [("BRICS", "other", "CEO Summit", None)]),
    ("Hội nghị Bộ trưởng Năng lượng và Khoáng sản ASEAN (AMEM) lần thứ 36 diễn ra ngày 7/9",
     [("ASEAN", "ministers", "EMM", 36)]),
    # a summit told by the bare words, dated right after, of the one forum the sentence named before it
    ("Lãnh đạo G7 đang chuẩn bị cho hội nghị thượng đỉnh diễn ra từ ngày 8 đến 9/6 tại Canada.",
     [("G7", "leaders", "Summit", None)]),
    ("Các nhà lãnh đạo APEC sẽ gặp nhau tại hội nghị cấp cao vào ngày 10/11 ở Đà Nẵng.",
     [("APEC", "leaders", "AELM", None)]),
    ("Nguyên thủ các nước BRICS dự cuộc họp thượng đỉnh khai mạc ngày 22/8 tại Johannesburg.",
     [("BRICS", "leaders", "Summit", None)]),
    # … or where the forum's people were, on a day told between the forum and it
    ("Lãnh đạo các quốc gia thuộc G7 ngày 9-6 đã dẹp qua một bên những xích mích tại hội nghị thượng đỉnh ở Canada.",
     [("G7", "leaders", "Summit", None)]),
    ("Các nhà lãnh đạo BRICS hôm 23/8 đã nhất trí mở rộng khối tại hội nghị thượng đỉnh ở Johannesburg.",
     [("BRICS", "leaders", "Summit", None)]),
    # (the ministers' meeting told by its verb; the summit they prepare for is not "at")
    ("Các bộ trưởng G20 ngày 20/3 họp tại Buenos Aires, chuẩn bị cho hội nghị thượng đỉnh cuối năm.",
     [("G20", "ministers", "MM", None)]),
    # … not one that tells a time, one of no forum, one told without a date, nor the related ones
    ("Trump và Putin gặp nhau bên lề G20, lần đầu kể từ hội nghị thượng đỉnh tháng 7 ở Helsinki.", []),
    ("Lãnh đạo Mỹ và Triều Tiên chuẩn bị cho hội nghị thượng đỉnh diễn ra ngày 12/6 tại Singapore.", []),
    ("Lãnh đạo G20 sẽ thảo luận về Hong Kong tại hội nghị thượng đỉnh ở Osaka.", []),
    ("Hội nghị Cấp cao ASEAN lần thứ 33 và các hội nghị cấp cao liên quan từ ngày 13/11 đến 15/11.",
     [("ASEAN", "leaders", "Summit", 33)]),
    ("Tham dự Hội nghị Bộ trưởng APEC lần thứ 29 ngày 8/11 có", [("APEC", "ministers", "AMM", 29)]),   # no sector: AMM
    # a number right after another forum's name is that forum's, not the meeting's named before (the session the
    # meeting is held beside is the General Assembly's, whose debate assemble keeps when dated in its season)
    ("Ông phát biểu tại hội nghị không chính thức của các ngoại trưởng ASEAN bên lề kỳ họp Đại hội đồng Liên hợp "
     "quốc khoá 73 tại New York.", [("ASEAN", "ministers", "AMM", None), ("UN", "leaders", "General Debate", 73)]),
    ("Các bộ trưởng kinh tế APEC gặp nhau bên lề Hội nghị Bộ trưởng WTO lần thứ 11 ở Buenos Aires.",
     [("APEC", "ministers", "MM", None), ("WTO", "ministers", "MC", 11)]),
    ("Hội nghị Cấp cao ASEAN lần thứ 31 và Hội nghị Cấp cao Đông Á lần thứ 12 diễn ra tại Manila.",
     [("ASEAN", "leaders", "Summit", 31), ("EAS", "leaders", "Summit", 12)]),
    ("Việt Nam chủ trì Hội nghị Thượng đỉnh GMS lần thứ 6 và Hội nghị cấp cao về Tam giác phát triển Campuchia, Lào, "
     "Việt Nam (CLV) lần thứ 10 tại Hà Nội.", [("GMS", "leaders", "Summit", 6), ("CLV", "leaders", "Summit", 10)]),
    # a forum that meets as its leaders, named bare where someone is on a day told right after it
    ("21 lãnh đạo tới quốc đảo dự APEC trong hai ngày 18 và 19/11/2015.", [("APEC", "leaders", "AELM", None)]),
    ("Trump trao đổi với Thủ tướng Tây Ban Nha tại G20 ở Nhật ngày 28/6.", [("G20", "leaders", "Summit", None)]),
    ("Ông Putin gặp ông Tập bên lề APEC hôm 11/11.", [("APEC", "leaders", "AELM", None)]),
    ("Tổng thống sẽ dự APEC vào tháng 11 tại Đà Nẵng.", [("APEC", "leaders", "AELM", None)]),
    # … not the forum as a body, nor one told with no day, nor one not where someone is
    ("Việt Nam tham gia APEC từ ngày 14/11/1998.", []),
    ("Mỹ đã dự G20 năm 2019.", []),
    ("Các nước G20 ngày 5/3 ra tuyên bố chung.", []),
    # an event of another kind named with the forum: its number is the event's, not a meeting's of the forum
    ("Đây là nội dung chính trong Hội thảo Diễn đàn Khu vực ASEAN (ARF) lần thứ hai về an ninh biển.", []),
    ("Tọa đàm ASEAN lần thứ 3 về kinh tế số diễn ra tại Hà Nội.", []),
    ("Các phóng viên tham gia chương trình Báo chí ASEAN lần thứ 9 tại Singapore.", []),
    ("Cuộc thi Tìm hiểu về ASEAN lần thứ 4 trao giải tại Hà Nội.", []),
    ("Hội nghị ASEAN lần thứ 9 diễn ra tại Bali.", [("ASEAN", "leaders", "Summit", 9)]),
    ("Các bên thảo luận chương trình nghị sự của ASEAN 36 ngày 26/6.", [("ASEAN", "leaders", "Summit", 36)]),
    ("Hai bên tìm giải pháp tại ASEAN 38 ngày 26/10.", [("ASEAN", "leaders", "Summit", 38)]),
    # a group of countries named by the forum and a number
    ("Thời gian thông quan rút xuống bằng mức trung bình của nhóm nước ASEAN-4.", []),
    ("Năng lực cạnh tranh của Việt Nam vẫn thấp hơn các nước ASEAN 6.", []),
    ("Lãnh đạo các nước dự ASEAN 38 tại Brunei.", [("ASEAN", "leaders", "Summit", 38)]),
    ("Diễn đàn Khu vực ASEAN (ARF) lần thứ 25 diễn ra tại Singapore.", [("ARF", "ministers", "ARF", 25)]),
    # the forum's ministers named with no meeting's noun: the number is their meeting's, not the leaders'
    ("Hội nghị nhằm báo cáo lên các bộ trưởng tài chính APEC lần thứ 24 diễn ra vào ngày 21-10.", []),
    ("Hội nghị Bộ trưởng Tài chính APEC lần thứ 24 diễn ra vào ngày 21-10.", [("APEC", "ministers", "FinMM", 24)]),
    ("APEC lần thứ 25 diễn ra tại Đà Nẵng.", [("APEC", "leaders", "AELM", 25)]),
    # a council or committee of the forum named by its body: the number is its meeting's, which its verb tells
    ("Hội đồng Điều phối ASEAN lần thứ 26 đã họp trực tuyến hôm 24/6.", [("ASEAN", "ministers", "ACC", 26)]),
    ("Sau đó, Hội đồng Cộng đồng Chính trị - An ninh ASEAN lần thứ 22 sẽ họp tại Jakarta.",
     [("ASEAN", "ministers", "APSC", 22)]),
    ("Ủy ban Hợp tác chung ASEAN - Nhật Bản lần thứ 12 nhóm họp tại Jakarta.", [("ASEAN", "other", "Task Force", 12)]),
    ("Ủy ban Thường trực ASEAN lần thứ 5 thông qua báo cáo.", []),
    # a lower-case head named by a kind's acronym
    ("Kết thúc cuộc họp AMM lần thứ 52 tổ chức ở Bangkok chiều 31-7, các bộ trưởng ngoại giao ASEAN ra tuyên bố chung.",
     [("ASEAN", "ministers", "AMM", 52)]),
    # a body's numbered session, "của" or not
    ("Bộ trưởng chủ trì Phiên họp lần thứ 29 Hội đồng Ủy hội sông Mê Công quốc tế tại Viêng Chăn.",
     [("MRC", "ministers", "Council", 29)]),
    ("Phiên họp lần thứ 58 Ủy ban Liên hợp MRC diễn ra tại Phnom Penh.", [("MRC", "senior_officials", "JC", 58)]),
    # the host country's own committee for the forum's year is no body of the forum
    ("Phiên họp lần thứ 9 của Uỷ ban Quốc gia APEC 2017 dự kiến diễn ra vào tháng 9.", []),
    ("Phiên họp lần thứ 9 Uỷ ban Quốc gia APEC 2017 dự kiến diễn ra vào tháng 9.", []),
    ("Phó Thủ tướng chủ trì phiên họp toàn thể lần thứ 8 của Ủy ban quốc gia APEC 2017 tại Hà Nội.", []),
    ("Cuộc họp của Ủy ban Quốc gia ASEAN 2020 ngày 12/3 bàn về dịch bệnh.", []),
    # ... nor its steering committee for one of the forum's works
    ("Phó Thủ tướng phát biểu tại cuộc họp của Ủy ban chỉ đạo quốc gia về cơ chế một cửa ASEAN ngày 31-7 ở Hà Nội.", []),
    ("Ban Chỉ đạo quốc gia về Năm Chủ tịch ASEAN 2020 họp phiên thứ nhất ngày 5/3.", []),
    ("Hội nghị Quan chức cao cấp APEC lần thứ ba (SOM 3) diễn ra ngày 21/8, theo Ủy ban Quốc gia APEC 2017.",
     [("APEC", "senior_officials", "SOM", 3)]),
    ("Hội nghị tham vấn chung ASEAN (JCM) cùng đại diện", [("ASEAN", "senior_officials", "JCM", None)]),
    ("hội nghị thượng đỉnh Diễn đàn Hợp tác Kinh tế châu Á APEC lần thứ 25 đã khai mạc", [("APEC", "leaders", "AELM", 25)]),
    ("Hội nghị Cấp cao Á – Âu lần thứ 12 (ASEM 12) đã khai mạc", [("ASEM", "leaders", "Summit", 12)]),
    ("Hội nghị Quan chức cao cấp Diễn đàn Khu vực ASEAN (SOM ARF) hồi tháng 7", [("ARF", "senior_officials", "SOM", None)]),
    ("Hội nghị Diễn đàn khu vực ASEAN lần thứ 27 diễn ra trực tuyến", [("ARF", "ministers", "ARF", 27)]),
    ("Tuần lễ Cấp cao APEC lần thứ 24 diễn ra", [("APEC", "other", "AELW", 24)]),
    # the UN General Assembly's high-level week, an umbrella week as APEC's (not a summit)
    ("Thủ tướng dự Tuần lễ cấp cao Liên Hợp Quốc tại New York", [("UN", "other", "High-level Week", None)]),
    ("Tuần lễ cấp cao Đại hội đồng Liên hợp quốc khóa 79 diễn ra", [("UN", "other", "High-level Week", 79)]),
    ("Hội nghị các nhà Lãnh đạo kinh tế APEC-14 .", [("APEC", "leaders", "AELM", 14)]),
    ("Hội nghị Bộ trưởng Ngoại giao ASEAN+3 (với Trung Quốc) và Cuộc gặp của Bộ trưởng Ngoại giao các nước "
     "tham gia Cấp cao Đông Á (EAS) đã diễn ra", [("ASEAN+3", "ministers", "FMM", None), ("EAS", "ministers", "FMM", None)]),
    ("bắt đầu bằng SOM ASEAN vào ngày 8/6, tiếp theo là SOM ASEAN+3 và SOM EAS vào ngày 9/6",
     [("ASEAN", "senior_officials", "SOM", None), ("ASEAN+3", "senior_officials", "SOM", None),
      ("EAS", "senior_officials", "SOM", None)]),
])
def test_named_meetings(sentence, expected, gaz):
    assert names(sentence, gaz) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Hội nghị Thượng đỉnh G20 khai mạc tại New Delhi", [("G20", "leaders", "Summit", None)]),   # no number in "G20"
    # the Francophonie's summit by its name of 1997 in Hanoi, the number after it
    ("Hội nghị Cấp cao các nước có sử dụng chung tiếng Pháp lần thứ VII khai mạc", [("Francophonie", "leaders", "Summit", 7)]),
    # a count after the number is no second number
    ("Tại Hội nghị Cấp cao RCEP lần thứ ba, 15 nước tuyên bố hoàn tất đàm phán", [("RCEP", "leaders", "Summit", 3)]),
    # the Non-Aligned Movement by its members, "các nước Không liên kết"
    ("Các Ngoại trưởng dự Hội nghị Bộ trưởng các nước Không liên kết tại Ca-ta-hê-na", [("NAM", "ministers", "MM", None)]),
    ("Hội nghị Thượng đỉnh các nước không liên kết lần thứ 12 bế mạc", [("NAM", "leaders", "Summit", 12)]),
    # the WTO's General Council (its members' ambassadors), not its Ministerial Conference
    ("Đại hội đồng WTO đã nhóm họp phiên đặc biệt tại Geneva", [("WTO", "other", "General Council", None)]),
    ("tại cuộc họp Đại hội đồng Tổ chức Thương mại Thế giới cuối năm", [("WTO", "other", "General Council", None)]),
    ("Hội nghị Bộ trưởng WTO lần thứ 13 (MC13) diễn ra tại Abu Dhabi", [("WTO", "ministers", "MC", 13)]),
    ("Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng (ADMM+) lần thứ 10 diễn ra", [("ASEAN", "ministers", "ADMM-Plus", 10)]),
    ("Hội nghị Bộ trưởng Quốc phòng ASEAN lần thứ 17 diễn ra", [("ASEAN", "ministers", "ADMM", 17)]),
    ("Hội nghị Bộ trưởng Tổ chức Thương mại Thế giới lần thứ 13 (MC13) diễn ra", [("WTO", "ministers", "MC", 13)]),   # "Tổ chức" of a name is no verb
    ("Hội nghị Cấp cao ASEAN - Trung Quốc lần thứ 25 diễn ra", [("ASEAN", "leaders", "Summit/Trung Quốc", 25)]),
    ("Hội nghị Cấp cao ASEAN với Nhật Bản diễn ra", [("ASEAN", "leaders", "Summit/Nhật Bản", None)]),
    # a forum that meets as such, named with its number
    ("Diễn đàn Khu vực ASEAN (ARF) lần thứ 30 diễn ra tại Jakarta", [("ARF", "ministers", "ARF", 30)]),
    ("ARF-31 sẽ diễn ra vào tháng 7/2024", [("ARF", "ministers", "ARF", 31)]),
    ("Hội nghị Cấp cao Đông Á (EAS) lần thứ 18 diễn ra", [("EAS", "leaders", "Summit", 18)]),
    ("ASEAN 2025 và APEC 2017 là những năm quan trọng", []),        # a year is no number
    # partners' summits listed after one head, each with its partner and number
    ("Thủ tướng dự Hội nghị Cấp cao ASEAN - Trung Quốc lần thứ 26, ASEAN - Hàn Quốc lần thứ 24 và ASEAN - Nhật Bản "
     "lần thứ 26 tại Jakarta", [("ASEAN", "leaders", "Summit/Trung Quốc", 26), ("ASEAN", "leaders", "Summit/Hàn Quốc", 24),
                               ("ASEAN", "leaders", "Summit/Nhật Bản", 26)]),
    ("Hội nghị Cấp cao ASEAN - Liên hợp quốc lần thứ 13 diễn ra", [("ASEAN", "leaders", "Summit/UN", 13)]),
    # a ministry's pair of sectors joined by "và" is one name, the forum after it
    ("Hội nghị Bộ trưởng Viễn thông và công nghệ thông tin ASEAN lần thứ 17 (TELMIN 17) đã diễn ra",
     [("ASEAN", "ministers", "MM", 17)]),
    ("Hội nghị Bộ trưởng Nông nghiệp và Lâm nghiệp ASEAN lần thứ 40 khai mạc", [("ASEAN", "ministers", "AgMM", 40)]),
    # … not two meetings, nor what follows a named forum, nor a theme, nor "và các"
    ("trước khi CLMV 8 và ACMECS 7 diễn ra", [("CLMV", "leaders", "Summit", 8), ("ACMECS", "leaders", "Summit", 7)]),
    ("ông bế mạc Hội nghị cấp cao ASEAN lần thứ 31 và chuyển giao chức Chủ tịch ASEAN 2018 cho Singapore",
     [("ASEAN", "leaders", "Summit", 31)]),
    ("Hội nghị Bộ trưởng Ngoại giao ASEM lần thứ 9 với chủ đề đối thoại và hợp tác Á - Âu",
     [("ASEM", "ministers", "FMM", 9)]),
    # a forum's meeting noun and number alone: the forum's numbered series ("APEC 22" likewise)
    ("Hội nghị APEC lần thứ 26 diễn ra hôm 17-18/11", [("APEC", "leaders", "AELM", 26)]),
    ("Cuộc họp ASEAN lần thứ 33 khai mạc", [("ASEAN", "leaders", "Summit", 33)]),
    ("hội nghị ARF lần thứ 25 diễn ra tại Singapore", [("ARF", "ministers", "ARF", 25)]),
    # no number and no other word: the leaders' meeting, as the press names it (forums.toml's bare_level; this was
    # left unread as unsure until samples of real articles showed it is the leaders' they mean)
    ("Hội nghị APEC diễn ra tại Lima", [("APEC", "leaders", "AELM", None)]),
    # … and with the year the name carries (the sample s29: "báo cáo kết quả tham dự Hội nghị APEC 2016")
    ("Chủ tịch nước báo cáo kết quả tham dự Hội nghị APEC 2016 và cuộc gặp cấp cao TPP tại Peru",
     [("APEC", "leaders", "AELM", None), ("TPP", "leaders", "Summit", None)]),
    ("Bên lề Hội nghị APEC năm 2017 ở Đà Nẵng, hai bên đã gặp nhau", [("APEC", "leaders", "AELM", None)]),
    # the partner written first: the partner's summit all the same, not ASEAN's own
    ("Trong khuôn khổ này có Hội nghị Thượng đỉnh Mỹ - ASEAN", [("ASEAN", "leaders", "Summit/Mỹ", None)]),
    ("Tổng thống dự Hội nghị Cấp cao Nga - ASEAN tại Sochi", [("ASEAN", "leaders", "Summit/Nga", None)]),
    ("Hội nghị Bộ trưởng Ngoại giao Nhật Bản-ASEAN diễn ra", [("ASEAN", "ministers", "AMM/Nhật Bản", None)]),
    ("thượng đỉnh Úc – ASEAN ở Sydney", [("ASEAN", "leaders", "Summit/Australia", None)]),
    # a forum of its own is no partner: "Mekong - Nhật Bản" is the Mekong-Japan summit
    ("Hội nghị Cấp cao Mekong - Nhật Bản lần thứ 10 diễn ra", [("Mekong-Japan", "leaders", "Summit", 10)]),
])
def test_more_forums_and_partners(sentence, expected, gaz):
    assert names(sentence, gaz) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Hội nghị Bộ trưởng Tài chính APEC lần thứ 30 diễn ra", [("APEC", "ministers", "FinMM", 30)]),
    ("Hội nghị Bộ trưởng Năng lượng ASEAN lần thứ 41 (AMEM 41) diễn ra", [("ASEAN", "ministers", "EMM", 41)]),
    ("Hội nghị Bộ trưởng Nông nghiệp G20 diễn ra", [("G20", "ministers", "AgMM", None)]),
    ("Hội nghị Bộ trưởng Tài chính APEC và Hội nghị Bộ trưởng Năng lượng APEC cùng diễn ra",
     [("APEC", "ministers", "FinMM", None), ("APEC", "ministers", "EMM", None)]),
    ("Hội nghị Bộ trưởng WTO lần thứ 12 diễn ra", [("WTO", "ministers", "MC", 12)]),     # the WTO's Ministerial Conference
    ("Hội nghị Bộ trưởng Tài chính và Thống đốc Ngân hàng Trung ương ASEAN (AFMGM) lần thứ 11 diễn ra",
     [("ASEAN", "ministers", "FMCBG", 11)]),                  # "và" inside one name
    ("Hội nghị Bộ trưởng Tài chính ASEAN và Hội nghị Bộ trưởng Năng lượng ASEAN diễn ra",
     [("ASEAN", "ministers", "FinMM", None), ("ASEAN", "ministers", "EMM", None)]),
])
def test_a_sectoral_ministers_meeting_is_its_own_series(sentence, expected, gaz):
    assert names(sentence, gaz) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Hội nghị Quan chức kinh tế cao cấp ASEAN (SEOM) diễn ra", [("ASEAN", "senior_officials", "SOM", None)]),
    ("Hội nghị Quan chức Quốc phòng cấp cao ASEAN diễn ra", [("ASEAN", "senior_officials", "ADSOM", None)]),
    ("Hội nghị quan chức lao động cao cấp ASEAN lần thứ 19 diễn ra", [("ASEAN", "senior_officials", "SOM", 19)]),
    ("Hội nghị các quan chức y tế cấp cao ASEAN+3 diễn ra", [("ASEAN+3", "senior_officials", "SOM", None)]),
])
def test_a_sectors_senior_officials_are_no_summit(sentence, expected, gaz):
    assert names(sentence, gaz) == expected


# "SEOM" alone, in an article on ASEAN, is its senior economic officials' meeting
@pytest.mark.parametrize(("sentence", "expected"), [
    ("SEOM diễn ra trong hai ngày 23-24/8 do Thứ trưởng Bộ Công Thương chủ trì", [("ASEAN", "senior_officials", "SOM", None)]),
    ("Các kết quả của SEOM 3 sẽ được trình lên các Bộ trưởng", [("ASEAN", "senior_officials", "SOM", 3)]),
])
def test_the_senior_economic_officials_acronym_alone(sentence, expected, gaz):
    assert names(sentence, gaz, "ASEAN") == expected


def test_forum_comes_from_the_meeting_not_the_sentence(gaz):
    # The headline of one seed says ASEAN about an APEC meeting: the meeting's own name decides.
    assert names("ASEAN: Hội nghị liên Bộ trưởng Ngoại giao – Kinh tế APEC lần thứ 36 (AMM 36)", gaz) == [
        ("APEC", "ministers", "AMM", 36)]


def test_coordinated_names_share_the_forum_that_follows(gaz):
    assert names("chuẩn bị cho Hội nghị Cấp cao và Hội nghị liên Bộ trưởng Ngoại giao - Kinh tế APEC", gaz) == [
        ("APEC", "leaders", "AELM", None), ("APEC", "ministers", "AMM", None)]


def test_two_numbers_of_a_combined_summit(gaz):
    [m] = find_meetings("Hội nghị cấp cao ASEAN lần thứ 38, 39 và Hội nghị cấp cao", gaz)[:1]
    assert (m.ordinal, m.optional_ordinals) == (38, (39,))


@pytest.mark.parametrize("sentence", [
    "Trưởng SOM ASEAN Việt Nam đã phát biểu",                     # part of a title
    "Dự kiến sẽ diễn ra tổng cộng 11 Hội nghị cấp cao ASEAN",     # a count of meetings
    "các Hội nghị Bộ trưởng ASEAN liên quan",                     # plural, generic
    "Tham dự Hội nghị có các Quan chức",                          # anaphora: no kind, no forum
    "Hội nghị Thượng đỉnh kinh doanh Việt Nam",                   # a national event
    "Diễn đàn Hợp tác kinh tế châu Á - Thái Bình Dương (APEC) là diễn đàn kinh tế mở",   # the forum, not a meeting
    "Thủ tướng Anh sẽ trình bày kế hoạch Brexit tại Hội nghị Thượng đỉnh của liên minh vào tháng 12",   # the EU's
])
def test_not_meetings(sentence, gaz):
    assert names(sentence, gaz, default="ASEAN") == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # "cuộc gặp" with no forum of its own is a meeting of people, even opening the sentence, not the forum's
    # meeting named further on
    ("Cuộc gặp ngày 31/7 là lần đầu tiên hai bên đàm phán kể từ khi hai nhà lãnh đạo nhất trí tại hội nghị G20 ở "
     "Nhật Bản hôm 29/6.", [("G20", "leaders", "Summit", None)]),
    ("Cuộc gặp dự kiến diễn ra vào tuần tới tại Washington, sau Hội nghị Cấp cao APEC.", [("APEC", "leaders", "AELM", None)]),
    ("Cuộc gặp kéo dài 40 phút.", []),
    # … but with a forum's people it is theirs
    ("Cuộc gặp của Bộ trưởng Ngoại giao các nước ASEAN diễn ra ngày 5/8.", [("ASEAN", "ministers", "AMM", None)]),
    ("Cuộc gặp các nhà lãnh đạo APEC diễn ra ngày 10/11.", [("APEC", "leaders", "AELM", None)]),
])
def test_a_meeting_of_people_is_no_forums_meeting(sentence, expected, gaz):
    assert names(sentence, gaz, default="ASEAN") == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # "hội nghị APEC", the head and the forum and nothing else: the leaders' meeting (forums.toml's bare_level)
    ("Thủ tướng Canada từng gặp Chủ tịch nước bên lề Hội nghị APEC tháng 11 - 2016.", [("APEC", "leaders", "AELM", None)]),
    ("Các chiến đấu cơ bay theo phi cơ Nga trên đường tới dự hội nghị APEC ở Peru.", [("APEC", "leaders", "AELM", None)]),
    # … not with any other word for it, nor for a forum with no such level
    ("Hội nghị Bộ trưởng Thương mại APEC lần thứ 27 diễn ra vào tháng 6/2021.", [("APEC", "ministers", "MRT", 27)]),
    ("Nhóm Đối tác chính sách về Phụ nữ và Kinh tế APEC đã tiến hành cuộc họp thường niên.", []),
    ("Ngoại trưởng Mỹ dự hội nghị ASEAN ở Bangkok.", []),
    # a meeting named by its topic takes no forum's default kind: "về …"
    ("Việt Nam đăng cai hội nghị APEC về an ninh lương thực vào tháng 8.", []),
    ("Bộ trưởng dự hội nghị G20 về chống tham nhũng tại Rome.", []),
    ("Hội nghị thượng đỉnh G20 về kinh tế số khai mạc.", [("G20", "leaders", "Summit", None)]),
    ("Các nhà lãnh đạo dự hội nghị G20 ở Osaka.", [("G20", "leaders", "Summit", None)]),
])
def test_a_forum_named_alone_after_the_head(sentence, expected, gaz):
    assert names(sentence, gaz) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the G20 described by words the G7's description opens with: the longer name is the G20's
    ("Hai ông gặp nhau tại Hội nghị thượng đỉnh Nhóm các nước công nghiệp phát triển và mới nổi (G 20) ở Hamburg.",
     [("G20", "leaders", "Summit", None)]),
    ("Hai ông gặp nhau tại Hội nghị thượng đỉnh Nhóm các nước công nghiệp phát triển và mới nổi (G 20) lần thứ 12 ở "
     "Hamburg.", [("G20", "leaders", "Summit", 12)]),
    ("Thủ tướng tham dự Hội nghị thượng đỉnh Nhóm các nền kinh tế phát triển và mới nổi hàng đầu thế giới (G20) lần "
     "thứ 15 theo hình thức trực tuyến.", [("G20", "leaders", "Summit", 15)]),
    ("Hội nghị thượng đỉnh Nhóm các nước công nghiệp phát triển (G7) diễn ra tại Biarritz.", [("G7", "leaders", "Summit", None)]),
])
def test_the_g20s_description_is_not_the_g7s(sentence, expected, gaz):
    assert names(sentence, gaz) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # "hàng đầu" (leading) inside a description does not end the name as "đầu tháng 8" does (the sample s24)
    ("Trước thềm hội nghị các nền kinh tế hàng đầu thế giới G20, Tổng thống Mỹ đến Ba Lan.", [("G20", "leaders", "Summit", None)]),
    ("Thủ tướng dự hội nghị các nền kinh tế hàng đầu G20 tại Osaka.", [("G20", "leaders", "Summit", None)]),
    ("Hội nghị Cấp cao ASEAN đầu tháng 8 tại Jakarta.", [("ASEAN", "leaders", "Summit", None)]),
])
def test_a_leading_word_in_a_description_goes_on_with_the_name(sentence, expected, gaz):
    assert names(sentence, gaz) == expected


def test_meeting_told_by_its_verb(gaz):
    assert names("Các Bộ trưởng Thương mại Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương (APEC), ngày 5-6, "
                 "bắt đầu nhóm họp ở Sapporo.", gaz) == [("APEC", "ministers", "MRT", None)]


@pytest.mark.parametrize(("token", "value"), [
    ("32", 32), ("ba", 3), ("tư", 4), ("mười hai", 12), ("XIV", 14), ("IV", 4), ("0", None), ("999", None),
    ("một trăm", None), ("xyz", None),
    # tens in words (written 16301-16312)
    ("ba mươi bảy", 37), ("bốn mươi mốt", 41), ("năm mươi", 50), ("hai mươi lăm", 25), ("bảy mươi tư", 74),
])
def test_parse_ordinal(token, value):
    assert parse_ordinal(token) == value


# A meeting's number in tens of words, whole (written 16306: "lần thứ ba mươi bảy" read as 3)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Hội nghị Cấp cao ASEAN lần thứ ba mươi bảy khai mạc sáng nay.", [("ASEAN", "leaders", "Summit", 37)]),
    ("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ năm mươi ba năm 2020 diễn ra trực tuyến.",
     [("ASEAN", "ministers", "AMM", 53)]),
    ("Hội nghị các nhà Lãnh đạo Kinh tế APEC lần thứ hai mươi lăm tại Đà Nẵng.", [("APEC", "leaders", "AELM", 25)]),
])
def test_a_number_in_tens_of_words(sentence, expected, gaz):
    assert names(sentence, gaz) == expected


def test_absurd_numbers_are_no_ordinal(gaz):
    [m] = find_meetings("Hội nghị Cấp cao ASEAN lần thứ 4000 diễn ra", gaz)
    assert m.ordinal is None


# One meeting, many names: each row is one series (forum, level, kind) and the surface forms of it.
SYNONYMS = [
    (("ASEAN", "ministers", "AMM"), ["Hội nghị Ngoại trưởng ASEAN lần thứ 57", "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57",
                                     "Hội nghị Bộ trưởng Bộ Ngoại giao các nước ASEAN lần thứ 57", "AMM-57 của ASEAN"]),
    (("ASEAN", "leaders", "Summit"), ["Hội nghị Cấp cao ASEAN lần thứ 44", "Hội nghị Thượng đỉnh ASEAN lần thứ 44",
                                      "Hội nghị các nhà Lãnh đạo ASEAN lần thứ 44"]),
    (("APEC", "leaders", "AELM"), ["Hội nghị các Nhà Lãnh đạo Kinh tế APEC lần thứ 31", "Hội nghị Thượng đỉnh APEC lần thứ 31",
                                   "Hội nghị Cấp cao APEC lần thứ 31"]),
    (("APEC", "senior_officials", "SOM"), ["Hội nghị Quan chức Cao cấp APEC lần thứ hai", "Hội nghị các quan chức cấp cao APEC lần thứ hai",
                                           "SOM 2 của APEC"]),
    (("APEC", "ministers", "MRT"), ["Hội nghị Bộ trưởng phụ trách Thương mại APEC", "Hội nghị Bộ trưởng Thương mại APEC"]),
]


@pytest.mark.parametrize(("series", "name"), [(s, n) for s, names in SYNONYMS for n in names])
def test_every_name_of_a_meeting_lands_in_its_series(series, name, gaz):
    found = find_meetings(f"{name} diễn ra ngày 5/9/2024 tại Hà Nội.", gaz)
    assert [(m.forum, m.level, m.meeting) for m in found][:1] == [series]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a body the data does not know keeps its meeting to itself instead of borrowing the sentence's forum
    ("Bên lề Hội nghị Cấp cao ASEAN, Thủ tướng dự Hội nghị Thượng đỉnh Khối Thịnh vượng chung ngày 12/5.",
     [("ASEAN", "leaders", "Summit", None)]),
    ("Sau Hội nghị Bộ trưởng APEC, đoàn dự Diễn đàn Kinh tế Boao ngày 20/1.", [("APEC", "ministers", "AMM", None)]),
    ("Thủ tướng phát biểu tại Diễn đàn Đầu tư Quảng Ninh 2019 ngày 2/7, sau Hội nghị Bộ trưởng APEC.",
     [("APEC", "ministers", "AMM", None)]),           # "Đầu tư" is no "đầu" (the start of a month)
    ("Ông dự Diễn đàn cấp cao hợp tác quốc tế “Con đường Tơ lụa mới” lần thứ hai, sau Hội nghị Cấp cao APEC.",
     [("APEC", "leaders", "AELM", None)]),            # a name in quotes, no forum's: a body of its own
    # … and a bracket after a phrase with no forum may give a kind's short name that names its forum (the sample s29)
    ("Hội nghị khí hậu (gọi tắt là COP 24) tại Katowice có sứ mạng khai thông các bế tắc.", [("UN", "other", "COP", 24)]),
    ("Các bên dự Hội nghị về biến đổi khí hậu (COP26) ở Glasgow.", [("UN", "other", "COP", 26)]),
    # … but a forum's name in quotes is the meeting's, with its number after it (the samples s29, s30)
    ("Ông dự Diễn đàn cấp cao hợp tác quốc tế “Vành đai và Con đường” lần thứ hai, sau Hội nghị Cấp cao APEC.",
     [("Belt and Road Forum", "other", "Meeting", 2), ("APEC", "leaders", "AELM", None)]),
    ("Chủ tịch nước dự Diễn đàn cấp cao \" Vành đai và Con đường \" tại Bắc Kinh.",
     [("Belt and Road Forum", "other", "Meeting", None)]),
    ("Ông dự Hội nghị “Sáng kiến Ba Biển” ở Warsaw, rồi tới Hội nghị Bộ trưởng Ngoại giao ASEAN.",
     [("ASEAN", "ministers", "AMM", None)]),
    # a meeting of a forum's parliaments or their speakers is level other, not its leaders' meeting (ASEAN's and
    # APEC's parliaments meet as forums of their own)
    ("Hội nghị Chủ tịch Quốc hội các nước G20 khai mạc tại Tokyo.", [("G20", "other", "Parliamentary", None)]),
    ("Hội nghị Đối tác Nghị viện Á - Âu (ASEP) lần thứ 10 diễn ra tại Bỉ.", [("ASEM", "other", "Parliamentary", 10)]),
    ("Các nghị sĩ dự Hội nghị nghị viện BRICS lần thứ 5 tại Moskva.", [("BRICS", "other", "Parliamentary", 5)]),
    ("Hội nghị Cấp cao ASEM lần thứ 12 diễn ra tại Brussels.", [("ASEM", "leaders", "Summit", 12)]),
    # AIPA's full name holds ASEAN's spelled out (forums.toml's surfaces)
    ("Đại hội đồng Liên nghị viện Hiệp hội các quốc gia Đông Nam Á lần thứ 42 (AIPA-42) diễn ra trực tuyến.",
     [("AIPA", "other", "Assembly", 42)]),
    # a word of one capital letter is a capitalised word, not an acronym: "châu Á" names a body's region
    ("Sau Hội nghị Cấp cao ASEAN, Bộ trưởng phát biểu tại Diễn đàn an ninh châu Á hồi tháng 6.",
     [("ASEAN", "leaders", "Summit", None)]),
    ("Đoàn dự Hội nghị Bộ trưởng Ngoại giao ASEAN, sau đó tham gia Hội nghị thượng đỉnh y tế châu Á ngày 5/8.",
     [("ASEAN", "ministers", "AMM", None)]),
    # "nhỏ và vừa" (small and medium) does not end a name
    ("Hội nghị Bộ trưởng Doanh nghiệp nhỏ và vừa APEC lần thứ 24 diễn ra tại TP Hồ Chí Minh.",
     [("APEC", "ministers", "MM", 24)]),
    ("Đối thoại Shangri La năm nay diễn ra tại Singapore.", [("Shangri-La Dialogue", "other", "Meeting", None)]),
    # an acronym in a firm's name is no meeting ("PMC": a project's consultant, a company)
    ("Dự án do Tư vấn giám sát PMC đánh giá, hoàn thành trong tháng 6.", []),
    ("Ông là giám đốc Công ty Cổ phần PMC Việt Nam từ năm 2015.", []),
    ("Các ngoại trưởng dự PMC ngày 3/8 tại Bangkok.", [("ASEAN", "ministers", "PMC", None)]),
    # the Shangri-La Dialogue is one meeting, whatever the words around its name
    ("Thủ tướng Ấn Độ phát biểu tại Đối thoại quốc phòng Shangri-La lần thứ 17 ở Singapore.",
     [("Shangri-La Dialogue", "other", "Meeting", 17)]),
    ("Trước thềm diễn đàn an ninh châu Á - Thái Bình Dương Đối thoại Shangri-La lần thứ 15, hai bên đã điện đàm.",
     [("Shangri-La Dialogue", "other", "Meeting", 15)]),
    ("Quyền Bộ trưởng Quốc phòng Mỹ phát biểu tại Diễn đàn Đối thoại Shangri-La.",
     [("Shangri-La Dialogue", "other", "Meeting", None)]),
    # … and so is the Belt and Road Forum of a year, named as a forum; its summit is its leaders' (the sample s29)
    ("Diễn đàn Vành đai và Con đường lần thứ hai khai mạc tại Bắc Kinh.", [("Belt and Road Forum", "other", "Meeting", 2)]),
    ("Tổng thống Nga tới Bắc Kinh dự Diễn đàn Hợp tác quốc tế Vành đai - Con đường.",
     [("Belt and Road Forum", "other", "Meeting", None)]),
    ("Ông Putin sẽ dự hội nghị thượng đỉnh Vành đai và Con đường ở Bắc Kinh.",
     [("Belt and Road Forum", "leaders", "Summit", None)]),
    # … not the initiative itself
    ("Việt Nam ủng hộ sáng kiến Vành đai và Con đường của Trung Quốc.", []),
    pytest.param("Một người đàn ông đi qua tấm biển tại hội nghị Vành đai và Con đường ở Hong Kong vào tháng 5/2016.", [],
                 marks=pytest.mark.xfail(strict=True, reason="Hong Kong's Belt and Road Summit, a trade body's conference "
                                                             "(the sample s29): read as the forum, which meets in Beijing")),
    # "Thái Bình Dương" (the Pacific) is no partner "Thái" (Thailand)
    ("Bên lề Hội nghị Thượng đỉnh về Hợp tác Kinh tế châu Á - Thái Bình Dương (APEC) 2017 tại Đà Nẵng.",
     [("APEC", "leaders", "AELM", None)]),
    # ... but an acronym it does not know is often one of the forum's own bodies
    ("Trong vai trò Chủ tịch nhóm đặc trách sáng kiến liên kết ASEAN (IAI), Đại sứ báo cáo kết quả "
     "Cuộc họp nhóm đặc trách IAI lần thứ 70 ngày 3/3.", [("ASEAN", "other", "Task Force", 70)]),
    # a sector after the title is part of the level, not a forum's name
    ("Hội nghị Thứ trưởng Tài chính và Phó Thống đốc Ngân hàng Trung ương ASEAN diễn ra tại Bali.",
     [("ASEAN", "senior_officials", "SOM", None)]),
    # "đầu tiên" is number 1, unless it is the year's first
    ("Hội nghị đầu tiên của các nhà lãnh đạo Mekong - Lan Thương diễn ra tại Tam Á.", [("Mekong-Lancang", "leaders", "Summit", 1)]),
    ("Hội nghị Bộ trưởng Ngoại giao ASEAN đầu tiên trong năm nay diễn ra tại Lombok.", [("ASEAN", "ministers", "AMM", None)]),
    # the business summit by what it is about
    ("Phó Thủ tướng dự Hội nghị Thượng đỉnh Thương mại - Đầu tư ASEAN - Trung Quốc lần thứ 14 tại Nam Ninh.",
     [("ASEAN", "other", "CEO Summit/Trung Quốc", 14)]),
    ("Hội nghị Thượng đỉnh Kinh doanh và Đầu tư ASEAN diễn ra tại Manila.", [("ASEAN", "other", "CEO Summit", None)]),
    # … nor someone's first: "đầu tiên của Tổng thư ký …", "đầu tiên với ông …", "đầu tiên của tân Thủ tướng"
    ("Đây là hội nghị thượng đỉnh NATO đầu tiên của Tổng thư ký Mark Rutte kể từ khi nhậm chức.",
     [("NATO", "leaders", "Summit", None)]),
    ("Hội nghị thượng đỉnh G20 đầu tiên với ông Joe Biden diễn ra tại Rome.", [("G20", "leaders", "Summit", None)]),
    ("Hội nghị Cấp cao ASEAN đầu tiên của tân Thủ tướng Thái Lan diễn ra tại Jakarta.", [("ASEAN", "leaders", "Summit", None)]),
    # the G20's and the G7's finance ministers meet with their central bank governors (not APEC's)
    ("Hội nghị Bộ trưởng Tài chính G20 diễn ra tại Fukuoka.", [("G20", "ministers", "FMCBG", None)]),
    ("Hội nghị Bộ trưởng Tài chính và Thống đốc Ngân hàng Trung ương G7 diễn ra tại Bari.",
     [("G7", "ministers", "FMCBG", None)]),
    ("Hội nghị Bộ trưởng Tài chính APEC lần thứ 24 diễn ra tại Hội An.", [("APEC", "ministers", "FinMM", 24)]),
    # the Mekong-US Partnership's forerunner, the Lower Mekong Initiative (the written batch 2506)
    ("Hội nghị Bộ trưởng Ngoại giao Mỹ - Hạ nguồn Mekong lần thứ nhất diễn ra tại Phuket.",
     [("Mekong-US", "ministers", "FMM", 1)]),
    ("Hội nghị Bộ trưởng Ngoại giao Sáng kiến Hạ nguồn Mekong (LMI) lần thứ 8 diễn ra tại Kuala Lumpur.",
     [("Mekong-US", "ministers", "FMM", 8)]),
    # the Mekong partnerships' ministers meet as their foreign ministers; a sector named is another series
    ("Hội nghị Bộ trưởng Hợp tác Mekong - Lan Thương lần thứ tư diễn ra tại Luang Prabang.",
     [("Mekong-Lancang", "ministers", "FMM", 4)]),
    ("Phó thủ tướng dự Hội nghị Bộ trưởng hợp tác Mekong - Nhật Bản lần thứ 12.", [("Mekong-Japan", "ministers", "FMM", 12)]),
    ("Hội nghị Bộ trưởng Kinh tế Mekong - Nhật Bản lần thứ 10 diễn ra tại Singapore.",
     [("Mekong-Japan", "ministers", "MM", 10)]),
    # ... and so do the EAS's, ASEAN+3's and the ARF's, each in its own series, in a list too
    ("Các cuộc họp như Hội nghị Ngoại trưởng ASEAN+3, Hội nghị Bộ trưởng Cấp cao Đông Á (EAS) và Diễn đàn Khu vực ASEAN "
     "lần thứ 26 diễn ra tại Bangkok.",
     [("ASEAN+3", "ministers", "FMM", None), ("EAS", "ministers", "FMM", None), ("ARF", "ministers", "ARF", 26)]),
    ("Hội nghị Bộ trưởng Kinh tế Cấp cao Đông Á lần thứ 6 diễn ra tại Manila.", [("EAS", "ministers", "MM", 6)]),
    # a dash inside a forum's own name does not cut the meeting's name
    ("Hội nghị Bộ trưởng Ngoại giao Mê Kông - sông Hằng lần thứ 11 diễn ra trực tuyến.", [("Mekong-Ganga", "ministers", "FMM", 11)]),
    ("Hội nghị Cấp cao Hàn Quốc - Mekong lần thứ nhất diễn ra tại Busan.", [("Mekong-Korea", "leaders", "Summit", 1)]),
    # an acronym is a forum only in capitals: the "Nam" of "Việt Nam" is not the NAM
    ("Hội nghị Cấp cao Việt Nam - Lào diễn ra tại Viêng Chăn.", []),
    # a forum's number after a title is a person's office, not a meeting
    ("Chủ tịch AIPA 44 Puan Maharani phát biểu khai mạc.", []),
    # one head shared by a list of forums
    ("Hội nghị Bộ trưởng Ngoại giao Mekong - Nhật Bản, Mekong - Hàn Quốc và Mekong - Lan Thương đã diễn ra.",
     [("Mekong-Japan", "ministers", "FMM", None), ("Mekong-Korea", "ministers", "FMM", None),
      ("Mekong-Lancang", "ministers", "FMM", None)]),
    # audit institutions, the ASEAN members' mass organisations and the forums of China and Russia are forums of their
    # own, not ASEAN's (written 11501-11712)
    ("Phiên họp lần thứ 56 Hội đồng điều hành ASOSAI diễn ra trực tuyến.", [("ASOSAI", "other", "Meeting", 56)]),
    ("Đại hội INTOSAI lần thứ XXIV được tổ chức tại Rio de Janeiro.", [("INTOSAI", "other", "Meeting", 24)]),
    ("Việt Nam đăng cai Hội nghị Hội đồng điều hành ASEANSAI lần thứ 18.", [("ASEANSAI", "other", "Meeting", 18)]),
    ("Đại hội đồng VECONAC lần thứ 21 khai mạc tại Hà Nội.", [("VECONAC", "other", "Meeting", 21)]),
    ("Hội nghị Ban Chấp hành Liên đoàn Cựu chiến binh các nước ASEAN lần thứ 43 sẽ họp tại Jakarta.",
     [("VECONAC", "other", "Task Force", 43)]),
    ("Đại hội đồng Liên đoàn các tổ chức phụ nữ ASEAN (ACWO) lần thứ 19 diễn ra tại Hà Nội.", [("ACWO", "other", "Meeting", 19)]),
    ("Hội nghị thường niên Hội đồng Công đoàn ASEAN được tổ chức tại Singapore.", [("ATUC", "other", "Meeting", None)]),
    ("Diễn đàn Hòa bình Thế giới lần thứ 12 diễn ra tại Bắc Kinh.", [("World Peace Forum", "other", "Meeting", 12)]),
    ("Phó Thủ tướng dự Diễn đàn Kinh tế Quốc tế St. Petersburg lần thứ 28.", [("SPIEF", "other", "Meeting", 28)]),
    # the UN's bodies of law and of the sea and its regional commission, by their names or acronyms (written 11204-11209)
    ("Khóa họp thứ 75 của Ủy ban Luật pháp quốc tế sẽ khai mạc tại Geneva.", [("UN", "other", "ILC", 75)]),
    ("TS Nguyễn Hồng Thao dự Khóa họp thứ 69 của ILC.", [("UN", "other", "ILC", 69)]),
    ("Hội nghị lần thứ 33 các quốc gia thành viên Công ước Liên hợp quốc về Luật Biển diễn ra tại New York.",
     [("UN", "other", "States Parties", 33)]),
    ("Đại sứ phát biểu tại Hội nghị SPLOS-36.", [("UN", "other", "States Parties", 36)]),
    ("Khóa họp lần thứ 81 của Ủy ban Kinh tế - Xã hội khu vực châu Á - Thái Bình Dương khai mạc tại Bangkok.",
     [("UN", "other", "ESCAP", 81)]),
    # UN agencies' governing bodies (written 12504-12509); an assembly's session numbered with "thường niên" between
    ("Đoàn ba bên Việt Nam dự Hội nghị Lao động quốc tế lần thứ 112 tại Geneva.", [("ILO", "other", "Meeting", 112)]),
    ("Khóa họp thường niên lần thứ 68 Đại hội đồng Cơ quan Năng lượng nguyên tử quốc tế khai mạc tại Vienna.",
     [("IAEA", "other", "Meeting", 68)]),
    ("Khóa họp thứ 21 Đại hội đồng UNIDO diễn ra tại Riyadh.", [("UNIDO", "other", "Meeting", 21)]),
    ("Đại hội Liên minh Bưu chính Thế giới lần thứ 28 sẽ diễn ra tại Dubai.", [("UPU", "other", "Meeting", 28)]),
    # SEAMEO's council with "các nước" in its name (written 11801)
    ("Hội nghị Hội đồng Bộ trưởng Giáo dục các nước Đông Nam Á lần thứ 44 khai mạc tại Hà Nội.",
     [("SEAMEO", "ministers", "SEAMEC", 44)]),
])
def test_forums_named_or_not(sentence, expected, gaz):
    assert names(sentence, gaz) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Thủ tướng Australia sẽ chủ trì Hội nghị cấp cao đầu tiên với các lãnh đạo ASEAN vào tháng 3.",
     [("ASEAN", "leaders", "Summit", None)]),
    ("Nga tổ chức Hội nghị Bộ trưởng Ngoại giao đầu tiên với ASEAN tại Moskva.", [("ASEAN", "ministers", "AMM", None)]),
    ("Hội nghị Cấp cao ASEAN đầu tiên diễn ra tại Bali năm 1976.", [("ASEAN", "leaders", "Summit", 1)]),
    pytest.param("Hội nghị Cấp cao đầu tiên của ASEAN diễn ra tại Bali.", [("ASEAN", "leaders", "Summit", 1)],
                 marks=pytest.mark.xfail(strict=True, reason="'đầu tiên' before the forum's name with 'của' is not read "
                                                             "as the number")),
])
def test_a_partners_first_meeting_with_the_forum_is_not_the_forums_first(sentence, expected, gaz):
    # "đầu tiên với …": the first of a partner's meetings with the forum, not the forum's meeting number 1
    assert names(sentence, gaz, "ASEAN") == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a session is its own meeting only at the leaders' level
    ("Sáng 13/11, Thủ tướng dự Phiên họp cấp cao ASEAN - Nhật Bản lần thứ 26.", [("ASEAN", "leaders", "Summit/Nhật Bản", 26)]),
    ("Phiên họp toàn thể thứ hai của hội nghị bàn về an ninh lương thực.", []),
    ("Phiên thảo luận đầu tiên của G20 tập trung vào khí hậu.", []),
    ("Phó Chủ tịch nước phát biểu tại Phiên thảo luận chung cấp cao Khóa họp thứ 79 Đại hội đồng Liên hợp quốc.",
     [("UN", "leaders", "General Debate", 79)]),
    # a dash inside a compound that the forum or the number follows does not cut the name
    ("Hội nghị Hội đồng Cộng đồng Văn hóa - xã hội ASEAN lần thứ 30 diễn ra trực tuyến.", [("ASEAN", "ministers", "ASCC", 30)]),
])
def test_sessions_and_compounds(sentence, expected, gaz):
    assert names(sentence, gaz) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # an acronym with its number glued on
    ("Trước đó, tại MC12 diễn ra ở Geneva, các thành viên WTO đã thông qua gói thỏa thuận.", [("WTO", "ministers", "MC", 12)]),
    ("Các nước sẽ gặp lại nhau tại SOM3 APEC ở Seattle.", [("APEC", "senior_officials", "SOM", 3)]),
    # a session of a body counted by its number ("Kỳ họp thứ hai … của Hội đồng Tư vấn Kinh doanh APEC")
    ("Kỳ họp thứ ba năm 2024 của Hội đồng Tư vấn Kinh doanh APEC (ABAC) diễn ra tại Lima.", [("APEC", "other", "ABAC", 3)]),
    # a council or committee told by its verb
    ("Hội đồng Cộng đồng Chính trị - An ninh ASEAN đã họp trực tuyến ngày 2/4.", [("ASEAN", "ministers", "APSC", None)]),
    ("Các Quan chức cao cấp ASEAN (SOM) đã họp trù bị tại Viêng Chăn.", [("ASEAN", "senior_officials", "SOM", None)]),
    ("Bộ trưởng Ngoại giao ASEAN đã họp báo sau hội nghị.", []),
    ("Các Bộ trưởng Ngoại giao ASEAN đã họp với Ngoại trưởng Trung Quốc.", []),
])
def test_glued_numbers_sessions_and_verbs(sentence, expected, gaz):
    assert names(sentence, gaz) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # AIPA with ASEAN's name spelled out in its own
    ("Chủ tịch Quốc hội dự Đại hội đồng Liên nghị viện Hiệp hội các quốc gia Đông Nam Á lần thứ 45 tại Viêng Chăn.",
     [("AIPA", "other", "Assembly", 45)]),
    # a summit of parliaments is no leaders' summit (the guideline's parliamentary assemblies: level other)
    ("Hội nghị thượng đỉnh Quốc hội ba nước Campuchia - Lào - Việt Nam lần thứ ba sẽ họp tại Phnom Penh.",
     [("CLV", "other", "Parliamentary Summit", 3)]),
    ("Hội nghị Cấp cao CLV lần thứ 11 đã diễn ra tại Viêng Chăn.", [("CLV", "leaders", "Summit", 11)]),     # guard
    # an ASEAN body's acronym names ASEAN's meeting on its own
    ("Các bộ trưởng đã khẳng định lại điều này tại Hội nghị AMMDM-12 ở Bangkok.", [("ASEAN", "ministers", "AMMDM", 12)]),
    ("Kết quả sẽ được trình lên Hội nghị HAPUA lần thứ 41 tại Manila.", [("ASEAN", "other", "HAPUA", 41)]),
    # an official's title, then a verb of attending, before a forum that meets as such: the forum's meeting
    ("Thứ trưởng dự Đối thoại Shangri-La lần thứ 22 tại Singapore.", [("Shangri-La Dialogue", "other", "Meeting", 22)]),
    ("Bộ trưởng tham dự Diễn đàn Khu vực ASEAN lần thứ 31 tại Viêng Chăn.", [("ARF", "ministers", "ARF", 31)]),
    ("Các bộ trưởng tài chính APEC lần thứ 24 nhất trí.", []),       # guard: their number, no meeting's
    # the UN's Human Rights Council, its high-level segment no summit
    ("Ngoại trưởng phát biểu tại Phiên họp cấp cao Khóa họp thường kỳ lần thứ 58 của Hội đồng Nhân quyền Liên hợp quốc.",
     [("UN", "other", "Human Rights Council", 58)]),
    # security conferences that meet as such, as the Shangri-La Dialogue does (written 9301-9312), and the
    # Dialogue by its own name, the Asia Security Summit
    ("Diễn đàn Hương Sơn Bắc Kinh lần thứ 11 khai mạc tại Bắc Kinh.", [("Xiangshan Forum", "other", "Meeting", 11)]),
    # … the number after its name in another language, in brackets (written 4908), as after a short name
    ("Diễn đàn Hương Sơn Bắc Kinh (Beijing Xiangshan Forum) lần thứ 10 diễn ra từ ngày 29 đến 31/10.",
     [("Xiangshan Forum", "other", "Meeting", 10)]),
    ("Diễn đàn Khu vực ASEAN (ASEAN Regional Forum) lần thứ 30 diễn ra tại Jakarta.", [("ARF", "ministers", "ARF", 30)]),
    ("Đối thoại Shangri-La (IISS Asia Security Summit) lần thứ 20 khai mạc tối 2/6.",
     [("Shangri-La Dialogue", "other", "Meeting", 20)]),
    ("Bộ trưởng phát biểu tại Hội nghị An ninh Munich lần thứ 61.", [("Munich Security Conference", "other", "Meeting", 61)]),
    ("Hội nghị thường niên Diễn đàn châu Á Bác Ngao khai mạc tại Hải Nam.", [("Boao Forum for Asia", "other", "Meeting", None)]),
    ("Thủ tướng có bài phát biểu đề dẫn tại Hội nghị An ninh châu Á lần thứ 12, thường được biết đến với tên gọi Đối "
     "thoại Shangri-La.", [("Shangri-La Dialogue", "other", "Meeting", 12)]),
    # the UN's Universal Periodic Review of a country, numbered by its cycle (written 8501-8512, 10301-10312); not the
    # working group named after it
    ("Đoàn Việt Nam trình bày báo cáo tại phiên rà soát định kỳ phổ quát (UPR) chu kỳ IV ở Geneva.",
     [("UN", "other", "UPR", 4)]),
    ("Việt Nam hoàn thành phiên đối thoại UPR chu kỳ III tại Hội đồng Nhân quyền Liên hợp quốc.",
     [("UN", "other", "UPR", 3)]),
    ("Báo cáo quốc gia theo cơ chế Kiểm điểm định kỳ phổ quát (UPR) chu kỳ thứ hai được trình bày hôm qua.",
     [("UN", "other", "UPR", 2)]),
    ("Phiên rà soát nằm trong Khóa họp thứ 32 của Nhóm công tác UPR thuộc Hội đồng Nhân quyền.",
     [("UN", "other", "Human Rights Council", 32)]),
    # (guard: a cycle of years is no number)
    ("Hội nghị Bộ trưởng ASEAN họp theo chu kỳ hai năm một lần.", [("ASEAN", "ministers", "MM", None)]),
    # APEC's joint ministerial meeting, its two sectors joined by "và"
    ("Hội nghị Bộ trưởng Ngoại giao và Thương mại APEC lần thứ 9 họp tại Vancouver.", [("APEC", "ministers", "AMM", 9)]),
    # … named by its numbered session, "Khóa họp" (written 8511)
    ("Khóa họp thứ 55 Hội đồng Nhân quyền diễn ra tại Geneva.", [("UN", "other", "Human Rights Council", 55)]),
    ("Khóa họp thường kỳ lần thứ 49 của Hội đồng Nhân quyền LHQ bế mạc sau năm tuần làm việc.",
     [("UN", "other", "Human Rights Council", 49)]),
    ("Thứ trưởng phát biểu tại Khoá họp thứ 46 của Hội đồng Nhân quyền Liên hợp quốc.",
     [("UN", "other", "Human Rights Council", 46)]),
    # … and a general assembly's number is its session's, before its name (not only the UN's)
    ("Khóa họp lần thứ 42 Đại hội đồng UNESCO diễn ra tại Paris.", [("UNESCO", "other", "Meeting", 42)]),
    ("Tại kỳ họp thứ 38 của Đại hội đồng UNESCO, Việt Nam trúng cử vào Hội đồng Chấp hành.",
     [("UNESCO", "other", "Meeting", 38)]),
    # (the UN General Assembly's session is one name with it, as before)
    ("Việt Nam tham dự Khóa họp thứ 78 Đại hội đồng Liên hợp quốc.", [("UN", "leaders", "General Debate", 78)]),
    # directors-general meet as senior officials (the guideline)
    ("Hội nghị Tổng cục trưởng Hải quan ASEAN lần thứ 34 sẽ diễn ra tại Hà Nội.",
     [("ASEAN", "senior_officials", "SOM", 34)]),
    ("Hội nghị Cục trưởng Sở hữu trí tuệ ASEAN - Nhật Bản lần thứ 14 đã họp tại Tokyo.",
     [("ASEAN", "senior_officials", "SOM/Nhật Bản", 14)]),
    # a network of cities, no leaders, whatever "cấp cao" says
    ("Cuộc họp cấp cao Mạng lưới Thành phố thông minh ASEAN - Nhật Bản lần thứ 3 diễn ra trực tuyến.",
     [("ASEAN", "other", "ASCN/Nhật Bản", 3)]),
])
def test_bodies_named_by_their_own_words(sentence, expected, gaz):
    assert names(sentence, gaz) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the dialogue of a relation ("quan hệ đối thoại", "đối tác đối thoại") is part of the name, not a new one
    ("Hội nghị Cấp cao kỷ niệm 35 năm quan hệ đối thoại ASEAN - Ấn Độ diễn ra tại New Delhi.",
     [("ASEAN", "leaders", "Special Summit/Ấn Độ", None)]),
    # "trong khuôn khổ kỳ họp" is no verb of meeting
    ("Thứ trưởng phát biểu tại phiên trao đổi giữa các Quan chức cao cấp APEC trong khuôn khổ kỳ họp.", []),
])
def test_relations_and_nouns_of_meeting(sentence, expected, gaz):
    assert names(sentence, gaz) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the outreach named after the forum's acronym in brackets
    ("Thủ tướng dự Hội nghị các Nhà lãnh đạo Nhóm các nền kinh tế mới nổi (BRICS) mở rộng tại Kazan.",
     [("BRICS", "leaders", "Outreach", None)]),
    # the outreach session named as the summit's
    ("Chiều 6/7, Thủ tướng dự phiên họp mở rộng của Hội nghị thượng đỉnh BRICS tại Rio de Janeiro.",
     [("BRICS", "leaders", "Outreach", None)]),
    ("Thủ tướng phát biểu tại phiên thảo luận mở rộng của Hội nghị Thượng đỉnh G7 ở Hiroshima.",
     [("G7", "leaders", "Outreach", None)]),
    # … but not its plenary, which is the summit's own
    ("Tổng thống dự phiên họp toàn thể của Hội nghị thượng đỉnh G20 tại Johannesburg.", [("G20", "leaders", "Summit", None)]),
    # "và là lần thứ hai": the count of a country's visits, not the meeting's number
    ("Đây là lần thứ ba Việt Nam dự Hội nghị Thượng đỉnh G7 mở rộng và là lần thứ hai theo lời mời của Nhật Bản.",
     [("G7", "leaders", "Outreach", None)]),
])
def test_outreach_names_and_counts_of_visits(sentence, expected, gaz):
    assert names(sentence, gaz) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a special or commemorative summit is its own unnumbered meeting, never the series' next number
    ("Hội nghị Cấp cao đặc biệt ASEAN - Hoa Kỳ diễn ra tại Washington.", [("ASEAN", "leaders", "Special Summit/Mỹ", None)]),
    ("Hội nghị Cấp cao ASEAN - Hoa Kỳ lần thứ 11 diễn ra tại Viêng Chăn.", [("ASEAN", "leaders", "Summit/Mỹ", 11)]),
    # a forum listed after a head keeps its own number
    ("Hội nghị Bộ trưởng Ngoại giao ASEAN+3 lần thứ 25 và Diễn đàn Khu vực ASEAN (ARF) lần thứ 31 diễn ra tại Viêng Chăn.",
     [("ASEAN+3", "ministers", "FMM", 25), ("ARF", "ministers", "ARF", 31)]),
    # … and its own short name in brackets after its number, which is no other meeting
    ("Hội nghị Bộ trưởng Ngoại giao ASEAN+3 lần thứ 17, Diễn đàn Khu vực ASEAN lần thứ 21 (ARF 21) họp tại Nay Pyi Taw.",
     [("ASEAN+3", "ministers", "FMM", 17), ("ARF", "ministers", "ARF", 21)]),
    ("Phó Thủ tướng dự Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 54 (AMM-54) và Diễn đàn Khu vực ASEAN lần thứ 28 "
     "(ARF-28) theo hình thức trực tuyến.", [("ASEAN", "ministers", "AMM", 54), ("ARF", "ministers", "ARF", 28)]),
])
def test_special_summits_and_listed_numbers(sentence, expected, gaz):
    assert names(sentence, gaz) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a kind whose cue names its forum ("names_forum") gives the forum to a phrase that names none
    ("Hội nghị ADSOM diễn ra tại Jakarta", [("ASEAN", "senior_officials", "ADSOM", None)]),
    ("Hội nghị Nghị sĩ trẻ toàn cầu lần thứ 9 khai mạc tại Hà Nội", [("IPU", "other", "Young Parliamentarians", 9)]),
    # a kind of one forum whose cue is a common phrase does not: "hội đồng" is the MRC Council's
    ("Hội nghị Hội đồng Bảo an diễn ra tại New York", []),
])
def test_a_kind_that_names_its_forum(sentence, expected, gaz):
    assert names(sentence, gaz) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a meeting "between" parties none of which is a forum is theirs, not the article's forum's
    ("Hội nghị thượng đỉnh giữa Tổng thống Mỹ Donald Trump và Chủ tịch Triều Tiên Kim Jong-un tại Hà Nội ngày 27-28/2 "
     "kết thúc sớm.", []),
    ("Cuộc họp giữa hai bộ trưởng ngoại giao diễn ra chiều 2/8.", []),
    # … not a meeting the sentence names with its forum
    ("Hội nghị Cấp cao ASEAN giữa năm diễn ra tại Bangkok.", [("ASEAN", "leaders", "Summit", None)]),
])
def test_a_meeting_between_two_parties_is_not_the_articles_forums(sentence, expected, gaz):
    assert names(sentence, gaz, default="UN") == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a ceremony's number, or a number before a named day, is not the meeting's named again
    ("Hai sự kiện đó là Hội nghị cấp cao ASEAN – Ấn Độ vào ngày 25/1 và lễ kỷ niệm lần thứ 69 Ngày Cộng hoà Ấn Độ 26/1.",
     [("ASEAN", "leaders", "Summit/Ấn Độ", None)]),
    # … nor the number of a fair, an exhibition or a workshop named between (written 9309)
    ("Trung Quốc sẽ đăng cai Hội nghị thượng đỉnh SCO vào tháng 6 tới, và Hội chợ Nhập khẩu quốc tế Trung Quốc lần đầu "
     "tiên tại Thượng Hải vào tháng 11.", [("SCO", "leaders", "Summit", None)]),
    ("Bên lề Hội nghị Bộ trưởng Kinh tế ASEAN có triển lãm sản phẩm OCOP lần thứ ba.", [("ASEAN", "ministers", "AEM", None)]),
    ("Sau Hội nghị Cấp cao Mekong - Nhật Bản là hội thảo doanh nghiệp lần thứ 5 của hai bên.",
     [("Mekong-Japan", "leaders", "Summit", None)]),
    # … but a second number with its day is
    ("Hội nghị Cấp cao ASEAN lần thứ 37 ngày 12/11 và lần thứ 38 ngày 13/11.",
     [("ASEAN", "leaders", "Summit", 37), ("ASEAN", "leaders", "Summit", 38)]),
])
def test_a_number_named_again_is_the_meetings_only_where_nothing_else_takes_it(sentence, expected, gaz):
    assert names(sentence, gaz) == expected


# A meeting named by a kind's acronym that admits only some forums is of the forum one admits: the nearest the sentence
# names, else the forum that leads it or the article's, else the one forum the kinds admit (written 9801: "AMM-27" beside
# the ARF had been the ARF's ministers)
@pytest.mark.parametrize(("sentence", "default", "expected"), [
    ("Tại AMM-27 ở Băng Cốc tháng 7-1994, các nước đã nhất trí kết nạp Việt Nam vào Diễn đàn Khu vực ASEAN.", "ASEAN",
     [("ASEAN", "ministers", "AMM", 27)]),
    ("Bên lề AMM-56 tại Jakarta, Diễn đàn Khu vực ASEAN đã họp phiên thứ 30.", "ARF",
     [("ASEAN", "ministers", "AMM", 56), ("ARF", "ministers", "ARF", None)]),
    ("Sau AEM-55, các bộ trưởng đã tới dự Hội nghị Cấp cao Đông Á.", "EAS",
     [("ASEAN", "ministers", "AEM", 55), ("EAS", "leaders", "Summit", None)]),
    # (guard: a kind any forum holds keeps the nearest)
    ("Phát biểu tại SOM 3 của APEC, ông nhắc tới ARF.", "ARF", [("APEC", "senior_officials", "SOM", 3)]),
])
def test_an_acronym_is_of_a_forum_its_kinds_admit(sentence, default, expected, gaz):
    assert names(sentence, gaz, default=default) == expected


# Meeting partners named as a forum in brackets is that forum's meeting at the subject's level (written 9805); meeting
# partners alone is none (_VERB_MEETING)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Cũng trong ngày 24/7, các Bộ trưởng Ngoại giao ASEAN đã họp với Bộ trưởng Ngoại giao ba nước Trung Quốc, Nhật Bản, "
     "Hàn Quốc (ASEAN+3).", [("ASEAN+3", "ministers", "FMM", None)]),
    ("Các nhà lãnh đạo ASEAN sẽ họp với lãnh đạo Trung Quốc, Nhật Bản và Hàn Quốc (ASEAN+3) vào ngày mai.",
     [("ASEAN+3", "leaders", "Summit", None)]),
    ("Các Bộ trưởng Kinh tế ASEAN đã họp với Bộ trưởng Thương mại Nhật Bản Nishimura.", []),
])
def test_meeting_partners_named_as_a_forum(sentence, expected, gaz):
    assert names(sentence, gaz) == expected


# A summit's session with guests is the outreach of the summit the sentence named before it, not the article's forum's
# (written 9612); a body told as the one that will decide holds no meeting there (written 9611)
@pytest.mark.parametrize(("sentence", "default", "expected"), [
    ("Ông Trump rời sớm Hội nghị thượng đỉnh G7 tại Kananaskis, bỏ qua phiên họp mở rộng với các nước khách mời.", "G20",
     [("G7", "leaders", "Summit", None), ("G7", "leaders", "Outreach", None)]),
    ("MC13 sẽ được tổ chức không muộn hơn tháng 12/2023; địa điểm sẽ do Đại hội đồng WTO quyết định sau.", "WTO",
     [("WTO", "ministers", "MC", 13)]),
    # (guard: a declaration adopted by a meeting held)
    ("Tuyên bố do Hội nghị Cấp cao ASEAN lần thứ 43 thông qua ngày 5/9.", "ASEAN", [("ASEAN", "leaders", "Summit", 43)]),
])
def test_an_outreach_is_its_summits_and_a_deciding_body_holds_none(sentence, default, expected, gaz):
    assert names(sentence, gaz, default=default) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a meeting told by its verb is its nearest subject's: the leaders, not a minister named before
    ("Tuyên bố của Ngoại trưởng Canada được đưa ra khi lãnh đạo các nước thành viên G7 sắp họp tại Pháp ngày 24 - 26/8.",
     [("G7", "leaders", "Summit", None)]),
    ("Lãnh đạo các nước BRICS họp tại Kazan từ ngày 22 đến 24/10.", [("BRICS", "leaders", "Summit", None)]),
    # … and none where the verb goes on to the named meeting it holds
    ("Hôm thứ Sáu, lãnh đạo ASEAN đã họp Thượng đỉnh ASEAN+3 lần thứ 13 với Trung Quốc, Nhật Bản và Hàn Quốc.",
     [("ASEAN+3", "leaders", "Summit", 13)]),
    # (a meeting named with no forum is no such name)
    ("Các Bộ trưởng Ngoại giao ASEM đã có cuộc họp không chính thức tại Hà Nội.", [("ASEM", "ministers", "FMM", None)]),
    # … and none where they meet "with" others, however they meet: the partners of the meetings named after
    ("Chiều 14/9, các bộ trưởng kinh tế ASEAN họp trực tuyến với các đối tác tại Hội nghị Bộ trưởng Kinh tế ASEAN - "
     "Nhật Bản lần thứ 27.", [("ASEAN", "ministers", "AEM/Nhật Bản", 27)]),
    ("Các bộ trưởng nông nghiệp ASEAN sẽ họp trực tiếp với các đối tác Trung Quốc, Nhật Bản và Hàn Quốc tại Hội nghị "
     "Bộ trưởng Nông lâm ASEAN+3 lần thứ 22.", [("ASEAN+3", "ministers", "AgMM", 22)]),
])
def test_a_meeting_told_by_its_verb_is_its_nearest_subjects(sentence, expected, gaz):
    assert names(sentence, gaz) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a meeting "every year" is the series, no one meeting
    ("Trump hôm 20/8 nói rằng Nga thường là đề tài thảo luận tại hội nghị G7 mỗi năm.", []),
    ("Diễn đàn được đưa vào chương trình Tuần lễ cấp cao APEC hàng năm.", []),
    ("Các bộ trưởng gặp nhau tại Hội nghị Bộ trưởng Ngoại giao ASEAN hằng năm.", []),
    # … but "năm nay" is this year's
    ("Hội nghị G7 năm nay diễn ra tại Biarritz.", [("G7", "leaders", "Summit", None)]),
])
def test_a_meeting_held_every_year_is_the_series(sentence, expected, gaz):
    assert names(sentence, gaz) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the UN General Assembly spoken at or its session attended: its general debate (assemble keeps it only
    # when dated in the debate's season); the words that lead to it name no meeting of their own
    ("Ngoại trưởng Venezuela hôm 25/9 phát biểu tại Đại Hội đồng Liên Hợp Quốc ở New York.",
     [("UN", "leaders", "General Debate", None)]),
    ("Trong bài phát biểu trước Đại hội đồng LHQ, ông kêu gọi các nước đoàn kết.", [("UN", "leaders", "General Debate", None)]),
    ("Tổng thống Brazil sẽ đọc diễn văn khai mạc tại Đại hội đồng Liên hợp quốc.", [("UN", "leaders", "General Debate", None)]),
    ("Bà sẽ phát biểu tại phiên họp của Đại hội đồng Liên Hợp Quốc vào 24/9.", [("UN", "leaders", "General Debate", None)]),
    ("Các nguyên thủ đổ về New York để dự kỳ họp thường niên Đại hội đồng Liên Hợp Quốc.",
     [("UN", "leaders", "General Debate", None)]),
    ("Putin vắng mặt trong phiên họp Đại hội đồng Liên hợp quốc ngày 18-19/9.", [("UN", "leaders", "General Debate", None)]),
    # … or a "cuộc họp" of it, or talks on its sidelines (the samples s19, s22, s28)
    ("Pháp sẽ trình bày ý tưởng này tại cuộc họp của Đại hội đồng Liên Hiệp Quốc vào tháng sau.",
     [("UN", "leaders", "General Debate", None)]),
    ("Ông từ chối gặp Thủ tướng Canada bên lề kỳ họp cấp cao của Đại hội đồng Liên Hợp Quốc ở New York.",
     [("UN", "leaders", "General Debate", None)]),
    ("Bộ trưởng tiếp Thứ trưởng Ngoại giao Mỹ bên lề Đại hội đồng Liên hợp quốc khóa 74.",
     [("UN", "leaders", "General Debate", 74)]),
    # … or its high-level debate, the session's number told before the Assembly's name (the sample s29)
    ("Phó thủ tướng tham dự và phát biểu tại phiên thảo luận cấp cao của Khoá 72 Đại hội đồng Liên Hợp Quốc.",
     [("UN", "leaders", "General Debate", 72)]),
    ("Thủ tướng sẽ dự kỳ họp thứ 74 Đại hội đồng LHQ tại New York.", [("UN", "leaders", "General Debate", 74)]),
    ("Thủ tướng có bài phát biểu trong phiên thảo luận cấp cao của Đại hội đồng Liên Hợp Quốc khoá 73.",
     [("UN", "leaders", "General Debate", 73)]),      # (real set 9; was a strict xfail: read as a Security Council debate)
    ("Ngoại trưởng phát biểu trước phiên họp cấp cao khóa họp thứ 73 của Đại hội đồng Liên hợp quốc.",
     [("UN", "leaders", "General Debate", 73)]),
    # … not the Assembly as a body, nor its resolution, nor a mission to the UN
    ("Đại hội đồng Liên Hợp Quốc ngày 21/12 thông qua nghị quyết về Jerusalem.", []),
    ("Việt Nam được bầu làm Ủy viên không thường trực Hội đồng Bảo an tại Đại hội đồng Liên Hợp Quốc.", []),
    ("Đại sứ Việt Nam tại Liên Hợp Quốc phát biểu về biến đổi khí hậu.", []),
])
def test_the_general_assembly_spoken_at_is_its_debate(sentence, expected, gaz):
    assert names(sentence, gaz) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a meeting named as a country's own, or held by a firm or a newspaper, is no meeting of the article's forum
    # (the fourth random sample: a national children's forum, Nikkei's "Future of Asia")
    ("Trưa nay, Diễn đàn trẻ em quốc gia lần thứ 6 đã khai mạc tại Hà Nội.", []),
    ("Hội nghị xúc tiến đầu tư quốc gia diễn ra tại Đà Nẵng.", []),
    ("Tại Diễn đàn quốc tế về tương lai châu Á do Hãng Nikkei (Nhật Bản) tổ chức, ông Abe công bố kế hoạch mới.", []),
    ("Hội nghị thượng đỉnh kinh tế do Báo Đầu tư đăng cai quy tụ nhiều doanh nghiệp.", []),
    # ... and so is one counted by its sides, with no forum in its name (the fifth sample: Japan, China and Korea)
    ("Cuộc gặp ba bên lần đầu tiên kể từ tháng 3/2015 diễn ra tại Tokyo.", []),
    ("Hội nghị thượng đỉnh tay ba diễn ra ngày 9/5 tại Tokyo.", []),
    ("Hội nghị Bộ trưởng Ngoại giao ASEAN bàn về hợp tác ba bên đã khai mạc.", [("ASEAN", "ministers", "AMM", None)]),
    # … but the forum's members ("các quốc gia thành viên"), a forum named in the meeting's name, and a forum an
    # institute holds stay the forum's
    ("Hội nghị Cấp cao các quốc gia thành viên diễn ra tại Jakarta.", [("ASEAN", "leaders", "Summit", None)]),
    ("Hội nghị Bộ trưởng Ngoại giao ASEAN do Thái Lan tổ chức đã khai mạc.", [("ASEAN", "ministers", "AMM", None)]),
    ("Đối thoại Shangri-La năm nay do Viện Nghiên cứu Chiến lược Quốc tế (IISS) tổ chức tại Singapore.",
     [("Shangri-La Dialogue", "other", "Meeting", None)]),
])
def test_a_countrys_or_a_firms_meeting_is_no_forums(sentence, expected, gaz):
    assert names(sentence, gaz, "ASEAN") == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # ASEAN's leaders meeting China's, Japan's and Korea's leaders before ASEAN+3 had its name (1997-1999,
    # the written batches): "cuộc gặp" names a forum's meeting where the forum's leaders have it with the other
    # members of a forum its members name (it is most often a bilateral meeting)
    ("Ngày 16-12, các nhà lãnh đạo ASEAN đã có cuộc gặp cấp cao với Thủ tướng Trung Quốc Chu Dung Cơ, Thủ tướng Nhật "
     "Bản Kây-dô Ô-bu-chi và Tổng thống Hàn Quốc Kim Tê Chung.", [("ASEAN+3", "leaders", "Summit", None)]),
])
def test_asean_leaders_meeting_the_leaders_of_china_japan_and_korea(sentence, expected, gaz):
    assert names(sentence, gaz) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # "Asean" as some outlets write it (49 articles of the corpus the samples come from, against 1,956 with
    # "ASEAN"), matched as written, as the acronym is: a surface matched in any case would be a branch of the
    # forums' trie of its own, tried before "ASEAN+3"
    ("Hội nghị thượng đỉnh Mỹ - Asean được tổ chức tại Sunnylands.", [("ASEAN", "leaders", "Summit/Mỹ", None)]),
    ("Hội nghị Bộ trưởng Ngoại giao Asean lần thứ 49 khai mạc tại Vientiane.", [("ASEAN", "ministers", "AMM", 49)]),
    ("Phó thủ tướng dự Hội nghị Bộ trưởng Ngoại giao ASEAN +3 lần thứ 17.", [("ASEAN+3", "ministers", "FMM", 17)]),
    # a partner joined by a slash, as by a dash
    ("Hội nghị thượng đỉnh Mỹ / Asean được tổ chức tại Sunnylands, California.", [("ASEAN", "leaders", "Summit/Mỹ", None)]),
    ("Hội nghị Cấp cao ASEAN/Trung Quốc lần thứ 20 diễn ra tại Manila.", [("ASEAN", "leaders", "Summit/Trung Quốc", 20)]),
    # a bare noun, the partner and the forum, and its number: the forum's meeting at its number's level
    ("Busan sẽ là nơi tổ chức hội nghị Hàn Quốc - ASEAN lần thứ 3 vào cuối tháng 11.", [("ASEAN", "leaders", "Summit/Hàn Quốc", 3)]),
    ("Hội nghị ASEAN - Nhật Bản lần thứ 22 diễn ra tại Bangkok.", [("ASEAN", "leaders", "Summit/Nhật Bản", 22)]),
    # "asean" in lower case is no name
    ("Trang web asean.org đăng tải thông báo.", []),
])
def test_a_forum_written_as_a_word_and_partners_by_a_slash(sentence, expected, gaz):
    assert names(sentence, gaz) == expected


@pytest.mark.parametrize(("sides", "expected"), [
    ("Australia và ASEAN", ("ASEAN", "Australia")),
    ("các nhà lãnh đạo APEC và ASEAN", ("APEC", "ASEAN")),
    ("Tổng thống Mỹ và Chủ tịch Triều Tiên", (None, None)),     # no forum: two parties' meeting
    ("ASEAN và ASEAN", (None, None)),                          # one forum twice is no partner
    ("ASEAN, Nhật Bản", (None, None)),                         # not two sides joined
])
def test_the_sides_of_a_meeting_between(sides, expected, gaz):
    from etl.meetings import _forum_and_partner
    sentence = f"Hội nghị giữa {sides} diễn ra ngày 5/3."
    assert _forum_and_partner(sentence, sentence.index(sides), gaz) == expected


@pytest.mark.parametrize(("sentence", "name"), [
    ("Ông đã gặp các đồng nhiệm tại Hội nghị Bộ trưởng Ngoại giao ASEAN tuần trước ở Singapore.",
     "Hội nghị Bộ trưởng Ngoại giao ASEAN"),
    ("Thủ tướng sẽ dự Hội nghị Cấp cao Đông Á tuần tới tại Jakarta.", "Hội nghị Cấp cao Đông Á"),
    ("Tuần lễ Cấp cao APEC tuần sau sẽ khai mạc tại Lima.", "Tuần lễ Cấp cao APEC"),
    ("Các nhà lãnh đạo đã thông qua tuyên bố tại Hội nghị thượng đỉnh G20 tối qua.", "Hội nghị thượng đỉnh G20"),
    ("Đoàn Việt Nam tới Hội nghị Cấp cao ASEAN sáng nay và sẽ phát biểu.", "Hội nghị Cấp cao ASEAN"),
])
def test_a_meetings_name_ends_where_a_time_told_from_now_begins(sentence, name, gaz):
    """… so that the time dates the meeting (assemble.py reads it as a date after the name)."""
    assert [m.text for m in find_meetings(sentence, gaz)] == [name]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a forum that meets at the level the verb tells, not at its default level
    ("Liên đoàn Ả Rập dự kiến họp cấp ngoại trưởng vào ngày mai tại Cairo.", [("Arab League", "ministers", "FMM", None)]),
    ("Các nước G7 sẽ họp cấp ngoại trưởng tại Toronto vào tuần tới.", [("G7", "ministers", "FMM", None)]),
    ("Các nước ASEAN đã họp cấp quan chức cao cấp tại Hà Nội.", [("ASEAN", "senior_officials", "SOM", None)]),
    ("Các nước ASEAN đã họp cấp ngoại trưởng tại Singapore.", [("ASEAN", "ministers", "AMM", None)]),
    # … else at its default level
    ("Diễn đàn Khu vực ASEAN (ARF) đã họp tại Bangkok.", [("ARF", "ministers", "ARF", None)]),
])
def test_a_forum_that_meets_at_the_level_its_verb_tells(sentence, expected, gaz):
    assert names(sentence, gaz) == expected


@pytest.mark.parametrize(("sentence", "default", "expected"), [
    # a bare summit named by the city that held the article's forum's summit (etl/data/hosts.toml's places)
    ("Tại thượng đỉnh Hamburg, Thủ tướng Anh ngồi cạnh Chủ tịch Trung Quốc.", "G20", [("G20", "leaders", "Summit", None)]),
    ("Hai nhà lãnh đạo đã gặp nhau bên lề hội nghị thượng đỉnh ở Osaka.", "G20", [("G20", "leaders", "Summit", None)]),
    ("Tuyên bố chung của hội nghị cấp cao tại thành phố Đà Nẵng được thông qua.", "APEC",
     [("APEC", "leaders", "AELM", None)]),
    # … not a city that never held it, nor a summit of two leaders in another city
    ("Ông Trump và ông Putin gặp nhau tại thượng đỉnh Helsinki.", "G20", []),
    ("Tại thượng đỉnh Hamburg, Thủ tướng Anh ngồi cạnh Chủ tịch Trung Quốc.", "APEC", []),
    # … nor with no forum the article is about
    ("Tại thượng đỉnh Hamburg, Thủ tướng Anh ngồi cạnh Chủ tịch Trung Quốc.", None, []),
])
def test_a_bare_summit_named_by_its_city(sentence, default, expected, gaz):
    assert names(sentence, gaz, default) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the Security Council is the UN's, named or not
    ("Chủ tịch nước phát biểu tại Hội nghị Thượng đỉnh Hội đồng Bảo an về không phổ biến vũ khí hạt nhân.",
     [("UN", "leaders", "Summit", None)]),
    ("Phó Thủ tướng dự phiên thảo luận mở cấp cao của Hội đồng Bảo an tại New York.", [("UN", "leaders", "Open Debate", None)]),
    # an open debate at the ministers' level, which a foreign minister chairs, is a meeting of its own too
    ("Ngoại trưởng Indonesia chủ trì phiên thảo luận mở cấp bộ trưởng của Hội đồng Bảo an về gìn giữ hòa bình.",
     [("UN", "ministers", "Ministerial Open Debate", None)]),
    ("Việt Nam sẽ tổ chức Phiên thảo luận mở cấp Bộ trưởng về bảo vệ hạ tầng thiết yếu của HĐBA.",
     [("UN", "ministers", "Ministerial Open Debate", None)]),
    # (a guard: a minister's speech at a session of another meeting is no meeting of its own)
    ("Bộ trưởng phát biểu tại phiên họp cấp bộ trưởng của Hội nghị COP28 ở Dubai.", [("UN", "other", "COP", 28)]),
])
def test_the_security_council_is_the_uns(sentence, expected, gaz):
    assert names(sentence, gaz) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # bodies beyond the region that the world pages report meeting (forums.toml): the EU's summits and councils …
    ("Các nhà lãnh đạo dự Hội nghị thượng đỉnh Liên minh châu Âu (EU) tại Brussels ngày 17/10.",
     [("EU", "leaders", "Summit", None)]),
    ("Tại hội nghị thượng đỉnh của EU diễn ra ở Brussels hôm 28/6, các lãnh đạo đã nhất trí về di cư.",
     [("EU", "leaders", "Summit", None)]),
    ("Hội nghị Ngoại trưởng EU ngày 20/3 bàn về lệnh trừng phạt.", [("EU", "ministers", "FMM", None)]),
    # … not the union as an actor, nor its meeting with one country, which is the pair's
    ("EU muốn kết nối với châu Á qua chiến lược mới công bố ngày 19/9.", []),
    ("Hội nghị thượng đỉnh EU - Nhật Bản diễn ra tại Tokyo ngày 17/7.", []),
    ("Hội nghị thượng đỉnh Trung Quốc - EU lần thứ 24 diễn ra tại Bắc Kinh.", []),
    # … and with another forum, that forum's, whichever is named first; a guest in another forum's list is no meeting
    ("Hội nghị Cấp cao EU - ASEAN diễn ra tại Brussels ngày 14/12.", [("ASEAN", "leaders", "Summit/Liên minh châu Âu", None)]),
    ("Hội nghị Cấp cao ASEAN - EU diễn ra tại Brussels ngày 14/12.", [("ASEAN", "leaders", "Summit/Liên minh châu Âu", None)]),
    ("Cuộc họp của lãnh đạo các nước G7 và EU hôm 25/8 bàn về cháy rừng.", [("G7", "leaders", "Summit", None)]),
    # the World Economic Forum's meetings: in Davos, in a region, in China in summer
    ("Thủ tướng dự Hội nghị thường niên lần thứ 54 của Diễn đàn Kinh tế Thế giới (WEF) tại Davos.",
     [("WEF", "other", "Meeting", 54)]),
    ("Diễn đàn Kinh tế Thế giới về ASEAN khai mạc tại Hà Nội ngày 11/9.", [("WEF", "other", "Meeting", None)]),
    ("Phó Thủ tướng phát biểu tại phiên bế mạc Diễn đàn Kinh tế Thế giới về Đông Á ở Jakarta.",
     [("WEF", "other", "Meeting", None)]),
    ("Hội nghị thường niên các nhà tiên phong lần thứ 14 diễn ra tại Thiên Tân.", [("WEF", "other", "Meeting", 14)]),
    # … not the forum as the author of a report
    ("Theo báo cáo của Diễn đàn Kinh tế Thế giới, Việt Nam tăng 10 bậc về năng lực cạnh tranh.", []),
    # OPEC's meetings, the IMF's and the World Bank's together, the Gulf's, Russia's forum in the East, TICAD, the Quad
    ("Cuộc họp của OPEC+ ngày 3/4 quyết định tăng sản lượng.", [("OPEC", "ministers", "MM", None)]),
    ("OPEC dự báo nhu cầu dầu tăng trong năm tới.", []),
    ("Bộ trưởng Tài chính dự Hội nghị mùa Xuân của IMF và Ngân hàng Thế giới tại Washington.",
     [("IMF-WB", "other", "Meeting", None)]),
    ("Hội nghị thường niên Quỹ Tiền tệ Quốc tế (IMF) - Ngân hàng Thế giới (WB) diễn ra tại Bali.",
     [("IMF-WB", "other", "Meeting", None)]),
    ("IMF hạ dự báo tăng trưởng toàn cầu trong báo cáo ngày 16/4.", []),
    ("Hội nghị thượng đỉnh Hội đồng Hợp tác vùng Vịnh (GCC) lần thứ 40 diễn ra tại Riyadh.",
     [("GCC", "leaders", "Summit", 40)]),
    ("Tổng thống Nga phát biểu tại Diễn đàn Kinh tế phương Đông (EEF) lần thứ 8 ở Vladivostok.",
     [("EEF", "other", "Meeting", 8)]),
    ("Thủ tướng Nhật Bản khai mạc Hội nghị TICAD lần thứ 7 tại Yokohama.", [("TICAD", "leaders", "Summit", 7)]),
    ("Hội nghị thượng đỉnh Bộ Tứ diễn ra trực tuyến ngày 12/3.", [("Quad", "leaders", "Summit", None)]),
    ("Bộ tứ tiền đạo của đội bóng ghi bàn ngày 12/3.", []),
])
def test_bodies_beyond_the_region(sentence, expected, gaz):
    assert names(sentence, gaz) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a forum named by its meeting's name, told as held by the day right after it
    ("Thủ tướng phát biểu trong phiên khai mạc Diễn đàn Kinh tế Thế giới về ASEAN hôm 11/9.",
     [("WEF", "other", "Meeting", None)]),
    ("Đối thoại Shangri-La ngày 1/6/2019 có sự tham dự của nhiều bộ trưởng quốc phòng.",
     [("Shangri-La Dialogue", "other", "Meeting", None)]),
    ("Bộ trưởng phát biểu tại phiên khai mạc Đối thoại Shangri-La.", [("Shangri-La Dialogue", "other", "Meeting", None)]),
    # … not the organisers speaking on that day
    ("Ban tổ chức Đối thoại Shangri-La ngày 20/5 cho biết, Bộ trưởng sẽ phát biểu.", []),
    ("Việt Nam tham gia Diễn đàn Khu vực ASEAN từ năm 1994.", []),
])
def test_a_forum_named_as_a_meeting_on_a_day(sentence, expected, gaz):
    assert names(sentence, gaz) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the conference after ASEAN's foreign ministers' meeting with their partners, by its names old and new
    ("Các ngoại trưởng dự Hội nghị Sau Bộ trưởng (PMC) với 11 đối tác.", [("ASEAN", "ministers", "PMC", None)]),
    ("Hội nghị sau Bộ trưởng ASEAN diễn ra tại Viêng Chăn.", [("ASEAN", "ministers", "PMC", None)]),
    ("Hội nghị Ngoại trưởng ASEAN mở rộng họp tại Manila với các bên đối thoại.", [("ASEAN", "ministers", "PMC", None)]),
    # … not the defence ministers' "mở rộng" (the ADMM+), nor a meeting told after another
    ("Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng diễn ra tại Hà Nội.", [("ASEAN", "ministers", "ADMM-Plus", None)]),
    ("Hội nghị APEC sau Hội nghị Bộ trưởng Thương mại đã họp.",
     [("APEC", "leaders", "AELM", None), ("APEC", "ministers", "MRT", None)]),
])
def test_the_post_ministerial_conference_by_its_names(sentence, expected, gaz):
    assert names(sentence, gaz) == expected



# A meeting of the UN's Security Council, which articles name as they name the UN ("Hội đồng Bảo an", "HĐBA"):
# the session's words before it, or a verb of meeting after it (the samples s20, s30, s31 and s32 hold 30 of them in
# their gold). The first two rows are a sample's own sentences (s31); the others were written from the guideline for
# this table by a helper who did not see the rules.
@pytest.mark.parametrize("sentence", [
    "Hội đồng Bảo an Liên Hợp Quốc nhóm họp ngày 26/2 theo đề nghị của đại diện Mỹ.",
    "Cũng trong ngày 15-5, Hội đồng Bảo an Liên Hiệp Quốc (HĐBA LHQ) đã tiến hành phiên họp khẩn về xung đột ở Dải Gaza.",
    "Hội đồng Bảo an Liên Hợp Quốc sẽ họp khẩn vào ngày 26/2 để thảo luận về tình hình nhân đạo ngày càng xấu đi tại vùng Đông Ghouta, ngoại ô thủ đô Damascus của Syria.",
    "Theo các nhà ngoại giao, HĐBA LHQ đã nhóm họp kín hôm 8-12 sau khi Triều Tiên tuyên bố tiến hành một \"thử nghiệm rất quan trọng\" tại bãi phóng vệ tinh Sohae.",
    "Nga yêu cầu Hội đồng Bảo an Liên hợp quốc họp khẩn vào ngày 11/1 nhằm thảo luận về việc các nước phương Tây tiếp tục cung cấp vũ khí cho Ukraine.",
    "Ngoại trưởng Mỹ Mike Pompeo ngày 26/1 phát biểu tại phiên họp Hội đồng Bảo an về Venezuela, kêu gọi tất cả các nước ủng hộ thủ lĩnh phe đối lập Juan Guaidó.",
    "Phiên họp khẩn cấp của HĐBA về cuộc xung đột ở Dải Gaza, dự kiến diễn ra vào chiều 13/10 theo giờ New York, được triệu tập theo đề nghị của nhiều nước thành viên.",
    "Anh đã đề nghị Hội đồng Bảo an tổ chức một cuộc họp kín vào ngày 2/2 để thảo luận về cuộc đảo chính quân sự tại Myanmar, trong bối cảnh cộng đồng quốc tế lên án việc bắt giữ bà Aung San Suu Kyi.",
    "Sáng 15/5 (giờ New York), Hội đồng Bảo an Liên Hợp Quốc (HĐBA) tiến hành phiên họp thường kỳ về tình hình Libya, trong đó Công tố viên Tòa án Hình sự Quốc tế báo cáo về các cuộc điều tra đang diễn ra.",
    "Hội đồng Bảo an LHQ dự kiến mở phiên họp vào ngày 14/4 để nghe Đặc phái viên Hans Grundberg báo cáo về tiến trình đàm phán hòa bình và tình hình nhân đạo tại Yemen.",
    "Đại sứ Iran tại Liên Hợp Quốc Amir Saeid Iravani nói trong cuộc họp của Hội đồng Bảo an hôm 20/6 rằng Tehran sẽ đáp trả quyết liệt nếu các cơ sở hạt nhân của nước này tiếp tục bị tấn công.",
    "Trước đó, vào ngày 23/8, HĐBA đã triệu tập phiên họp theo yêu cầu của Nga để thảo luận về các vụ pháo kích nhằm vào nhà máy điện hạt nhân Zaporizhzhia ở miền nam Ukraine.",
    "Cuộc họp kín của Hội đồng Bảo an về vụ Triều Tiên phóng tên lửa đạn đạo xuyên lục địa Hwasong-17 đã diễn ra chiều 4/11 tại trụ sở Liên Hợp Quốc ở New York, song các thành viên không đạt được đồng thuận.",
    "Theo hãng tin Reuters, Hội đồng Bảo an Liên hiệp quốc đã lên lịch họp khẩn vào ngày 9/4 sau các cáo buộc quân đội chính phủ Syria sử dụng vũ khí hóa học tại thị trấn Douma.",
    "Dự thảo nghị quyết về Venezuela do Nga đưa ra đã không được thông qua tại phiên họp Hội đồng Bảo an chiều 28/2 khi chỉ nhận được 4 phiếu thuận, 7 phiếu chống và 4 phiếu trắng.",
    "Ngày 25/3, trong phiên họp tại Hội đồng Bảo an, 14 thành viên đã bỏ phiếu thông qua nghị quyết kêu gọi ngừng bắn ngay lập tức ở Gaza trong tháng lễ Ramadan, còn Mỹ bỏ phiếu trắng.",
    "Theo đề nghị của Israel, Hội đồng Bảo an LHQ đã tổ chức phiên họp khẩn vào chiều 14/4 (giờ địa phương) sau khi Iran phóng hàng trăm máy bay không người lái và tên lửa vào lãnh thổ Israel.",
    "Phát biểu tại phiên thảo luận mở của HĐBA về Libya hôm 24-6, Đại sứ Đặng Đình Quý kêu gọi các bên tuân thủ lệnh cấm vận vũ khí và thúc đẩy tiến trình chính trị do người Libya làm chủ.",
    "Thụy Điển và Anh đã yêu cầu Hội đồng Bảo an nhóm họp vào thứ Hai, ngày 17/12, để xem xét dự thảo nghị quyết ủng hộ thỏa thuận ngừng bắn tại thành phố cảng Hodeidah của Yemen.",
    "Rạng sáng 24/2 theo giờ Việt Nam, đúng lúc Hội đồng Bảo an Liên Hợp Quốc đang họp khẩn lần thứ hai trong tuần về Ukraine, Tổng thống Nga Vladimir Putin tuyên bố mở chiến dịch quân sự đặc biệt.",
    "Mỹ, Nhật Bản và Hàn Quốc đã đề nghị Hội đồng Bảo an LHQ triệu tập một cuộc họp khẩn cấp vào ngày 29/8 sau khi Bình Nhưỡng phóng tên lửa bay qua không phận đảo Hokkaido.",
    "Trong cuộc tham vấn kín của HĐBA ngày 9/12 về Syria, các thành viên đã thảo luận tình hình sau khi chính quyền Tổng thống Bashar al-Assad sụp đổ, theo Đại sứ Nga Vassily Nebenzia.",
    "Tại cuộc bỏ phiếu trong phiên họp HĐBA sáng 18/10 theo giờ New York, Mỹ đã phủ quyết dự thảo nghị quyết do Brazil soạn thảo kêu gọi tạm dừng giao tranh vì mục đích nhân đạo ở Gaza.",
    "Hãng tin AFP dẫn lời một nhà ngoại giao cho biết HĐBA sẽ có cuộc họp khẩn về Libya vào tối 5/4, sau khi lực lượng của tướng Khalifa Haftar phát động chiến dịch tiến về thủ đô Tripoli.",
    "Ngày 12/1, Hội đồng Bảo an Liên Hợp Quốc triệu tập cuộc họp theo yêu cầu của Nga sau khi Mỹ và Anh tiến hành các cuộc không kích nhằm vào lực lượng Houthi ở Yemen.",
    "Nữ diễn viên Cate Blanchett, Đại sứ thiện chí của UNHCR, đã phát biểu tại phiên họp Hội đồng Bảo an Liên Hợp Quốc về Myanmar ngày 28/8, kêu gọi bảo vệ người tị nạn Rohingya.",
    "Đại sứ Đặng Đình Quý, Trưởng Phái đoàn Việt Nam, đã phát biểu tại cuộc họp trực tuyến của Hội đồng Bảo an về vấn đề vũ khí hóa học tại Syria sáng 5/6 theo giờ Việt Nam.",
    "Một phiên họp của Hội đồng Bảo an Liên Hợp Quốc về việc thực thi nghị quyết 2231 liên quan đến thỏa thuận hạt nhân Iran được tiến hành hôm 30/6, trong bối cảnh đàm phán tại Vienna bị đình trệ.",
    "Các nước thành viên HĐBA đã nhóm họp vào ngày 10/10 theo đề nghị của Caracas để thảo luận về việc Mỹ tấn công các tàu bị cáo buộc buôn lậu ma túy ở vùng biển Caribe.",
    "Nghị quyết 2774 do Mỹ soạn thảo, kêu gọi sớm chấm dứt xung đột ở Ukraine, đã được thông qua tại phiên họp của Hội đồng Bảo an hôm 24-2, đúng dịp tròn ba năm chiến sự.",
    "Mở đầu phiên họp của Hội đồng Bảo an Liên Hiệp Quốc về Yemen ngày 15/6, Đặc phái viên Martin Griffiths cảnh báo tiến trình hòa bình đang đứng trước nguy cơ đổ vỡ.",
    # … the Council voting on a resolution, or adopting one, which it sits to do (written batch 13401-13412)
    "Tại phiên họp ngày 19/9, Hội đồng Bảo an Liên Hợp Quốc đã không thông qua dự thảo nghị quyết nhằm tiếp tục dỡ bỏ các lệnh trừng phạt đối với Iran, mở đường cho việc tái áp đặt các biện pháp này.",
    "Hội đồng Bảo an Liên Hợp Quốc đã nhất trí thông qua nghị quyết 2397 tại phiên họp ngày 22/12, cắt giảm gần 90% lượng sản phẩm dầu tinh chế được phép xuất khẩu sang Triều Tiên.",
    # not read yet: the session named apart from the Council (after it, as where it acted, or as a plan's object),
    # and the Council named after a subject that ends at a comma
    *[pytest.param(x, marks=pytest.mark.xfail(strict=True)) for x in [
    "Một cuộc thảo luận kín về thảm họa động đất tại Myanmar đã được đưa vào chương trình nghị sự của Hội đồng Bảo an ngày 4/4, theo nguồn tin từ phái đoàn Anh, nước giữ ghế chủ tịch luân phiên.",
    "Cuộc khủng hoảng nhân đạo ở Venezuela sẽ là chủ đề chính tại phiên họp mà Hội đồng Bảo an lên kế hoạch tổ chức vào ngày 10/4 theo đề nghị của Washington.",
    "Algeria, thành viên Ả Rập duy nhất của Hội đồng, đã yêu cầu HĐBA tổ chức phiên họp khẩn cấp ngày 28/5 sau vụ không kích của Israel vào khu trại người sơ tán ở Rafah.",
    "Lần đầu tiên sau hơn 70 năm, Hội đồng Bảo an Liên hợp quốc đã thông qua một nghị quyết về Myanmar tại phiên họp hôm 21/12, với 12 phiếu thuận và 3 phiếu trắng.",
    ]],
])
def test_a_security_council_meeting(sentence, gaz):
    found = [(m.forum, m.level, m.meeting) for m in find_meetings(sentence, gaz)]
    assert ("UN", "other", "Security Council") in found


# … at the level its verb tells
@pytest.mark.parametrize(("sentence", "level"), [
    ("Cũng trong ngày 7-9, Hội đồng Bảo an Liên hợp quốc đã họp ở cấp nguyên thủ quốc gia và người đứng đầu chính phủ - "
     "lần thứ hai trong lịch sử.", "leaders"),
    ("HĐBA đã họp cấp cao ngày 25/9 về tình hình Ukraine.", "leaders"),
    ("Hội đồng Bảo an đã họp cấp bộ trưởng ngày 25/9 về tình hình Trung Đông.", "ministers"),
])
def test_a_security_council_meeting_at_the_level_its_verb_tells(sentence, level, gaz):
    assert [(m.forum, m.level, m.meeting) for m in find_meetings(sentence, gaz)] == [("UN", level, "Security Council")]


@pytest.mark.parametrize("sentence", [
    # a session of another body, the Council its members' seat: no meeting of the Council
    "Đây là lần đầu tiên Việt Nam tham dự phiên thảo luận chung của Đại hội đồng với tư cách Ủy viên không thường trực "
    "Hội đồng Bảo an.",
    # a summit's session held by its leaders: no body's meeting ("tiến hành phiên họp" is read for a body only)
    "Thủ tướng sẽ có bữa ăn tối làm việc cùng Lãnh đạo các nước ASEAN vào tối nay 24/4 và tiến hành phiên họp hẹp "
    "trong ngày 25/4.",
    "Nghị quyết 2334 của Hội đồng Bảo an Liên Hợp Quốc yêu cầu Israel chấm dứt mọi hoạt động xây dựng khu định cư tại các vùng lãnh thổ Palestine bị chiếm đóng, bao gồm Đông Jerusalem.",
    "Việt Nam là ủy viên không thường trực Hội đồng Bảo an Liên Hợp Quốc nhiệm kỳ 2020-2021, lần thứ hai đảm nhận vị trí này sau nhiệm kỳ 2008-2009.",
    "Các nước nhóm G4 gồm Ấn Độ, Brazil, Đức và Nhật Bản từ lâu đã thúc đẩy cải tổ Hội đồng Bảo an theo hướng mở rộng cả số ủy viên thường trực và không thường trực.",
    "Trong một tuyên bố báo chí được cả 15 thành viên nhất trí, HĐBA lên án mạnh mẽ vụ đánh bom liều chết ở Kabul và bày tỏ chia buồn sâu sắc với gia đình các nạn nhân.",
    "Các lệnh trừng phạt của HĐBA đã hạn chế nghiêm trọng nguồn thu ngoại tệ của Triều Tiên từ xuất khẩu than, sắt, hải sản và hàng dệt may, theo giới phân tích.",
    "Ấn Độ tuyên bố sẽ bỏ phiếu ủng hộ mọi đề xuất tại Đại hội đồng nhằm mở rộng số ghế thường trực của Hội đồng Bảo an, coi đây là ưu tiên hàng đầu trong chính sách đối ngoại.",
    "Tại cuộc họp báo ở New York hôm 3/1, Đại sứ Đặng Đình Quý giới thiệu chương trình công tác của Việt Nam trong tháng đảm nhiệm cương vị Chủ tịch HĐBA.",
    "Ngoại trưởng Trung Quốc Vương Nghị và người đồng cấp Nga Sergei Lavrov hôm 9/4 hội đàm tại Bắc Kinh, nhất trí tăng cường phối hợp với tư cách hai ủy viên thường trực Hội đồng Bảo an.",
    "Việt Nam sẽ đảm nhận vai trò Chủ tịch HĐBA tháng 4/2021, lần thứ hai trong nhiệm kỳ 2020-2021 sau khi giữ cương vị này vào tháng 1/2020.",
    "Ngày 7/6/2019, Đại hội đồng Liên Hợp Quốc đã bầu Việt Nam làm ủy viên không thường trực Hội đồng Bảo an với số phiếu kỷ lục 192/193.",
    "Theo nghị quyết 2231 của Hội đồng Bảo an, các hạn chế đối với chương trình tên lửa đạn đạo của Iran hết hiệu lực vào tháng 10/2023.",
    "Washington cáo buộc Moskva vi phạm các nghị quyết trừng phạt của HĐBA khi mua tên lửa đạn đạo và đạn pháo từ Triều Tiên để sử dụng trên chiến trường Ukraine.",
    "Phát biểu tại Đại hội đồng, Tổng thống Brazil Lula da Silva cho rằng Hội đồng Bảo an đã mất dần tính chính danh và cần được cải tổ để phản ánh thực tế địa chính trị thế kỷ 21.",
    "Là một trong năm ủy viên thường trực HĐBA, Trung Quốc có quyền phủ quyết mọi dự thảo nghị quyết mang tính ràng buộc, kể cả các biện pháp trừng phạt nhằm vào Triều Tiên.",
    "Ngày 6/12, Tổng thư ký LHQ António Guterres gửi thư lên Chủ tịch Hội đồng Bảo an, lần đầu viện dẫn Điều 99 của Hiến chương kể từ khi nhậm chức, cảnh báo thảm họa nhân đạo tại Gaza.",
    "Nhóm chuyên gia của Hội đồng Bảo an về Libya cho biết trong báo cáo mới nhất rằng lệnh cấm vận vũ khí đối với nước này vẫn bị vi phạm một cách tràn lan.",
])
def test_the_security_council_named_without_a_meeting(sentence, gaz):
    assert not [m for m in find_meetings(sentence, gaz) if m.meeting == "Security Council"]




# Not read yet: a bare "hội nghị" placed in a city that held a summit of the article's forum, after the summit it is
# compared with: "Đây là lần thứ hai trong năm nay Thủ tướng … dự Hội nghị Thượng đỉnh G20, sau hội nghị tại Toronto
# (Canada) hồi cuối tháng 6" (written 2603). Reading every bare "hội nghị" in such a city as the summit was tried and
# dropped: "Tại hội nghị ở Thanh Đảo, Bộ trưởng Quốc phòng Ấn Độ …" is the SCO's defence ministers', in a city that
# held its summit of 2018 (written 4009).
@pytest.mark.xfail(strict=True)
def test_a_bare_meeting_after_the_summit_it_is_compared_with(gaz):
    found = find_meetings("Thủ tướng dự Hội nghị Thượng đỉnh G20 tại Seoul, sau hội nghị tại Toronto (Canada) hồi cuối "
                          "tháng 6.", gaz, "G20")
    assert [(m.forum, m.level, m.meeting) for m in found] == [("G20", "leaders", "Summit")] * 2


# The chiefs of the ASEAN members' forces and police meet at the senior officials' level, each service a series
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Hội nghị Tư lệnh Quốc phòng các nước ASEAN lần thứ 19 (ACDFM-19) diễn ra tại Phnom Penh",
     [("ASEAN", "senior_officials", "ACDFM", 19)]),
    ("Đại tướng dự Hội nghị Tư lệnh Lực lượng Quốc phòng ASEAN không chính thức tại Bali",
     [("ASEAN", "senior_officials", "ACDFM", None)]),
    ("Đoàn dự Hội nghị Tư lệnh Hải quân các nước ASEAN lần thứ 16 tại Bangkok",
     [("ASEAN", "senior_officials", "ANCM", 16)]),
    ("Hội nghị Tư lệnh Lục quân các nước ASEAN lần thứ 23 đã khai mạc", [("ASEAN", "senior_officials", "ACAMM", 23)]),
    ("Hội nghị Tư lệnh Không quân các nước ASEAN lần thứ 19 được tổ chức tại Singapore",
     [("ASEAN", "senior_officials", "AACC", 19)]),
    ("Hội nghị Cảnh sát trưởng các nước ASEAN lần thứ 40 (ASEANAPOL 40) khai mạc tại Hà Nội",
     [("ASEAN", "senior_officials", "ASEANAPOL", 40)]),
])
def test_the_chiefs_of_forces_and_police_meet_as_senior_officials(sentence, expected, gaz):
    assert names(sentence, gaz) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Hội nghị ASEANAPOL lần thứ 41 diễn ra tại Bali", [("ASEAN", "senior_officials", "ASEANAPOL", 41)]),
    ("Tại ACDFM-20 diễn ra ở Bali, các nước đã thống nhất nhiều biện pháp", [("ASEAN", "senior_officials", "ACDFM", 20)]),
])
def test_a_chiefs_meeting_by_its_acronym(sentence, expected, gaz):
    assert names(sentence, gaz, "ASEAN") == expected


# A working body named by the meeting or the forum it serves, after its own meeting's head: the body's meeting, not the
# meeting it serves ("Hội nghị Nhóm chuyên gia ADMM+ về an ninh hàng hải lần thứ 15")
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Hội nghị lần thứ 3 Nhóm chuyên gia Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng về gìn giữ hòa bình đã "
     "khai mạc", [("ASEAN", "other", "Task Force", 3)]),
    ("Hội nghị Nhóm chuyên gia ADMM+ về chống khủng bố lần thứ 14 diễn ra tại Nga", [("ASEAN", "other", "Task Force", 14)]),
    ("Cuộc họp Nhóm công tác của Hội nghị Quan chức cao cấp ASEAN đã diễn ra", [("ASEAN", "other", "Task Force", None)]),
])
def test_a_working_bodys_meeting_named_by_what_it_serves(sentence, expected, gaz):
    assert names(sentence, gaz, "ASEAN") == expected


# The country's parliament's session and term are no forum's: "Kỳ họp thứ 8, Quốc hội khóa XV" in an article on AIPA
@pytest.mark.parametrize("sentence", [
    "Chủ tịch Quốc hội sẽ chỉ đạo chuẩn bị cho Kỳ họp thứ 8, Quốc hội khóa XV, dự kiến khai mạc ngày 21/10",
    "Kỳ họp thứ 6 của Quốc hội khóa XV sẽ khai mạc vào ngày 23/10",
])
def test_the_countrys_parliamentary_session_is_no_forums_meeting(sentence, gaz):
    assert names(sentence, gaz, "AIPA") == []


# "phòng, chống" (prevent and combat) is one word of a name, its comma inside it
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Hội nghị Bộ trưởng ASEAN về phòng, chống tội phạm xuyên quốc gia lần thứ 17 (AMMTC 17) đã diễn ra",
     [("ASEAN", "ministers", "MM", 17)]),
    ("Hội nghị Quan chức cấp cao ASEAN về phòng, chống ma túy lần thứ 44 khai mạc", [("ASEAN", "senior_officials", "SOM", 44)]),
])
def test_prevent_and_combat_inside_a_name(sentence, expected, gaz):
    assert names(sentence, gaz) == expected


# A kind whose cue names its one forum names it with a summit's words inside its cue ("Hội nghị thượng đỉnh Nữ Chủ tịch
# Quốc hội thế giới": the IPU's, not a summit that APEC's leaders' meeting also cues)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Phó Chủ tịch Quốc hội đã dự Hội nghị thượng đỉnh Nữ Chủ tịch Quốc hội thế giới lần thứ 14 tại Tashkent",
     [("IPU", "other", "Women Speakers", 14)]),
    ("Hội nghị cấp cao các nữ Chủ tịch Quốc hội thế giới lần thứ 13 khai mạc tại Abu Dhabi",
     [("IPU", "other", "Women Speakers", 13)]),
    ("Hội nghị Thượng đỉnh Tương lai diễn ra tại New York", [("UN", "leaders", "Summit of the Future", None)]),
])
def test_a_kind_that_names_its_forum_beside_a_summits_words(sentence, expected, gaz):
    assert names(sentence, gaz) == expected


# "… của Phong trào", "… của Diễn đàn": the first words of the article's forum's own name, capitalised, name it
@pytest.mark.parametrize(("sentence", "default", "expected"), [
    ("Hội nghị Thượng đỉnh lần thứ 18 của Phong trào diễn ra tại Baku", "NAM", [("NAM", "leaders", "Summit", 18)]),
    ("Hội nghị Bộ trưởng giữa nhiệm kỳ của Phong trào đã được tổ chức tại Caracas", "NAM",
     [("NAM", "ministers", "MM", None)]),
    ("Hội nghị Bộ trưởng giữa nhiệm kỳ Phong trào Không liên kết diễn ra tại Baku", None, [("NAM", "ministers", "MM", None)]),
    ("Hội nghị Bộ trưởng lần thứ 12 của Tổ chức đã bế mạc tại Geneva", "WTO", [("WTO", "ministers", "MC", 12)]),
])
def test_a_meeting_of_the_forum_told_by_its_names_first_words(sentence, default, expected, gaz):
    assert names(sentence, gaz, default) == expected


# An executive committee's meeting is a committee's ("Hội nghị Ban Chấp hành AIPA"), not the assembly's
def test_an_executive_committees_meeting(gaz):
    assert names("Chủ tịch Quốc hội đã dự Hội nghị Ban Chấp hành AIPA, thông qua chương trình nghị sự", gaz) == [
        ("AIPA", "other", "Task Force", None)]


# The ASEAN Tourism Forum by its name or acronym and year, and the meeting of the national tourism organisations' heads
@pytest.mark.parametrize(("sentence", "default", "expected"), [
    ("Diễn đàn Du lịch ASEAN 2023 (ATF 2023) khai mạc tại Yogyakarta", None, [("ASEAN", "other", "ATF", None)]),
    ("ATF 2024 sẽ được tổ chức tại Viêng Chăn vào tháng 1/2024", "ASEAN", [("ASEAN", "other", "ATF", None)]),
    ("Hội nghị các Cơ quan Du lịch quốc gia ASEAN lần thứ 57 diễn ra tại Johor Bahru",
     None, [("ASEAN", "senior_officials", "NTO", 57)]),
    ("Hội nghị Bộ trưởng Du lịch ASEAN lần thứ 26 diễn ra tại Yogyakarta", None, [("ASEAN", "ministers", "TMM", 26)]),
])
def test_the_tourism_forum_and_the_tourism_organisations(sentence, default, expected, gaz):
    assert names(sentence, gaz, default) == expected


# Bodies the guideline's list leaves to "…" whose meetings the press reports (forums.toml): the Asian Development Bank's
# annual meeting, ASEAN members' growth areas, the Pacific Alliance; and the UN's conferences named by their subject
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Thống đốc Ngân hàng Nhà nước dẫn đầu đoàn dự Hội nghị thường niên lần thứ 57 của ADB tại Tbilisi.",
     [("ADB", "other", "Meeting", 57)]),
    ("Hội nghị thường niên Hội đồng Thống đốc Ngân hàng Phát triển châu Á lần thứ 58 khai mạc tại Milan.",
     [("ADB", "other", "Meeting", 58)]),
    ("Hội nghị thường niên lần thứ 56 của Hội đồng Thống đốc Ngân hàng Phát triển châu Á (ADB) diễn ra tại Incheon.",
     [("ADB", "other", "Meeting", 56)]),
    ("Bên lề hội nghị, lãnh đạo ba nước dự Hội nghị Cấp cao IMT-GT lần thứ 16 tại Viêng Chăn.",
     [("IMT-GT", "leaders", "Summit", 16)]),
    ("Hội nghị Cấp cao Khu vực tăng trưởng Đông ASEAN Brunei - Indonesia - Malaysia - Philippines lần thứ 16 cũng diễn ra.",
     [("BIMP-EAGA", "leaders", "Summit", 16)]),
    ("Việt Nam là quan sát viên tại Hội nghị thượng đỉnh Liên minh Thái Bình Dương lần thứ 17 ở Puerto Vallarta.",
     [("Pacific Alliance", "leaders", "Summit", 17)]),
    ("Phó Thủ tướng dự Hội nghị Liên hợp quốc về Đại dương lần thứ 3 tại Nice.", [("UN", "other", "Conference", 3)]),
    ("Đoàn Việt Nam tham dự Hội nghị của Liên Hợp Quốc về các nước kém phát triển lần thứ 5.",
     [("UN", "other", "Conference", 5)]),
    ("Hội nghị Liên hợp quốc về biến đổi khí hậu lần thứ 29 khai mạc tại Baku.", [("UN", "other", "COP", 29)]),
    # (guards: the bank as a lender or a programme's founder, and a UN body's meeting of its own kind)
    ("Dự án được tài trợ bằng vốn vay của Ngân hàng Phát triển châu Á (ADB) từ năm 2019.", []),
    ("Chương trình GMS do ADB khởi xướng từ Hội nghị Bộ trưởng đầu tiên tại Manila.", [("GMS", "ministers", "MM", 1)]),
    ("Phó Thủ tướng dự phiên thảo luận mở cấp cao của Hội đồng Bảo an về an ninh biển.", [("UN", "leaders", "Open Debate", None)]),
])
def test_bodies_the_guidelines_list_leaves_open(sentence, expected, gaz):
    assert names(sentence, gaz) == expected


# A sector's senior officials named by a sector of several words ("Quan chức giao thông vận tải cao cấp ASEAN"), or of
# two joined by "và" ("Quan chức cao cấp Viễn thông và Công nghệ thông tin ASEAN"), as ministers' are
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Hội nghị Quan chức giao thông vận tải cao cấp ASEAN lần thứ 58 diễn ra tại Kuala Lumpur.",
     [("ASEAN", "senior_officials", "SOM", 58)]),
    ("Hội nghị Quan chức nông lâm nghiệp cao cấp ASEAN lần thứ 45 khai mạc tại Kuala Lumpur.",
     [("ASEAN", "senior_officials", "SOM", 45)]),
    ("Hội nghị các Quan chức cao cấp Văn hóa và Nghệ thuật ASEAN lần thứ 19 diễn ra tại Đà Nẵng.",
     [("ASEAN", "senior_officials", "SOM", 19)]),
    # (a guard: two meetings joined by "và")
    ("Hội nghị Quan chức cao cấp ASEAN lần thứ 30 và Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 diễn ra tại Viêng Chăn.",
     [("ASEAN", "senior_officials", "SOM", 30), ("ASEAN", "ministers", "AMM", 57)]),
])
def test_a_sectors_senior_officials(sentence, expected, gaz):
    assert names(sentence, gaz) == expected


# A meeting that is its forum's name, told as taking place with "đang", "vừa" or "dự kiến" before the verb, and its
# session's number before it, where it is attended too (written 13602)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Kỳ họp lần thứ 111 Hội nghị Lao động quốc tế (ILC) đang diễn ra từ ngày 5 đến 16/6 tại Geneva.",
     [("ILO", "other", "Meeting", 111)]),
    ("Hội nghị Lao động quốc tế vừa khai mạc tại Geneva sáng 3/6.", [("ILO", "other", "Meeting", None)]),
    ("Đối thoại Shangri-La dự kiến diễn ra từ ngày 30/5 đến 1/6 tại Singapore.",
     [("Shangri-La Dialogue", "other", "Meeting", None)]),
    ("Thứ trưởng phát biểu tại Khóa họp thứ 112 Hội nghị Lao động quốc tế ở Geneva ngày 10/6.",
     [("ILO", "other", "Meeting", 112)]),
    # (the forum itself, named with no meeting's verb)
    ("Việt Nam là thành viên của Tổ chức Lao động quốc tế từ năm 1992.", []),
])
def test_a_meeting_named_as_its_forum_told_taking_place(sentence, expected, gaz):
    assert names(sentence, gaz) == expected


# A session's number right before any meeting's name is that meeting's: "Kỳ họp thứ 15 Hội nghị …" (written 13602)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Khóa họp lần thứ 110 Hội nghị Lao động quốc tế bế mạc ngày 11/6/2022.", [("ILO", "other", "Meeting", 110)]),
    ("Kỳ họp thứ 56 Hội nghị Bộ trưởng Kinh tế ASEAN khai mạc ngày 3/9.", [("ASEAN", "ministers", "AEM", 56)]),
    # (one set off by a comma is another's: a parliament's session)
    ("Tại kỳ họp thứ 5, Hội nghị Bộ trưởng Kinh tế ASEAN được nhắc đến nhiều lần.", [("ASEAN", "ministers", "AEM", None)]),
])
def test_a_sessions_number_before_a_meetings_name(sentence, expected, gaz):
    assert names(sentence, gaz) == expected


# Police and migration bodies, the UN's bodies on drugs and disaster risk, the AHA Centre's board, the Bandung
# conference's anniversaries (written batches 13601-13612, 13701-13712, 13801-13812, 14001-14012)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Thứ trưởng Bộ Công an dẫn đầu đoàn dự Đại hội đồng Interpol lần thứ 92 tại Glasgow.",
     [("Interpol", "other", "Meeting", 92)]),
    ("Khóa họp thứ 90 Đại hội đồng Tổ chức Cảnh sát hình sự quốc tế (INTERPOL) khai mạc tại New Delhi ngày 18/10/2022.",
     [("Interpol", "other", "Meeting", 90)]),
    ("Hội nghị Quan chức cao cấp của Tiến trình Colombo diễn ra tại Kathmandu ngày 5/9.",
     [("Colombo Process", "senior_officials", "SOM", None)]),
    ("Việt Nam dự Hội nghị tham vấn Bộ trưởng lần thứ bảy của Đối thoại Abu Dhabi tại Dubai.",
     [("Abu Dhabi Dialogue", "ministers", "MM", 7)]),
    ("Hội nghị Bộ trưởng Tiến trình Bali về chống buôn lậu người diễn ra tại Adelaide tháng 2/2023.",
     [("Bali Process", "ministers", "MM", None)]),
    ("Hội nghị thượng đỉnh của Diễn đàn toàn cầu về Di cư và Phát triển (GFMD) lần thứ 14 họp tại Geneva.",
     [("GFMD", "leaders", "Summit", 14)]),
    ("Phiên họp lần thứ 66 của Ủy ban các vấn đề ma túy Liên hợp quốc (CND) khai mạc tại Vienna ngày 13/3.",
     [("UN", "other", "CND", 66)]),
    ("Thứ trưởng dự Hội nghị Bộ trưởng châu Á - Thái Bình Dương về giảm nhẹ rủi ro thiên tai lần thứ 9 tại Brisbane.",
     [("UN", "ministers", "APMCDRR", 9)]),
    ("Diễn đàn toàn cầu về giảm nhẹ rủi ro thiên tai lần thứ 7 khai mạc tại Bali ngày 25/5.",
     [("UN", "other", "GPDRR", 7)]),
    ("Sáng 24/11, Hội nghị Ban Điều hành Trung tâm AHA lần thứ 8 diễn ra trực tuyến.",
     [("ASEAN", "other", "AHA Centre Board", 8)]),
    ("Hội nghị Cấp cao Á - Phi năm 2015 khai mạc tại Jakarta ngày 22/4.", [("Asia-Africa", "leaders", "Summit", None)]),
    ("Hội nghị Bộ trưởng Á - Phi đã thông qua dự thảo các văn kiện ngày 20/4.", [("Asia-Africa", "ministers", "MM", None)]),
    # (guards: the organisation's office, a principle named after the city)
    ("Văn phòng Interpol Việt Nam phối hợp truy bắt đối tượng.", []),
    ("Các nước tái khẳng định các nguyên tắc Bandung về tôn trọng chủ quyền.", []),
])
def test_police_migration_and_disaster_bodies(sentence, expected, gaz):
    assert names(sentence, gaz) == expected


# The Security Council's open debates named without the Council, in an article on the UN, at the level of the one who
# chairs them (written batches 13401-13412, 10301-10312)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ngày 21/1, Đại sứ Đặng Đình Quý chủ trì phiên thảo luận mở về hợp tác giữa Liên hợp quốc và các tổ chức khu vực.",
     [("UN", "other", "Security Council")]),
    ("Phó Thủ tướng Phạm Bình Minh chủ trì phiên thảo luận mở về tôn trọng Hiến chương Liên hợp quốc.",
     [("UN", "ministers", "Ministerial Open Debate")]),
    ("Ngày 8/4, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã chủ trì phiên thảo luận mở trực tuyến cấp Bộ trưởng về khắc phục "
     "hậu quả bom mìn.", [("UN", "ministers", "Ministerial Open Debate")]),
    ("Chủ tịch nước sẽ chủ trì phiên thảo luận mở về hợp tác với các tổ chức khu vực.", [("UN", "leaders", "Open Debate")]),
    # … the one who chairs it named after it (written 14211)
    ("Ngày 27/4, tại phiên thảo luận mở do Bộ trưởng Ngoại giao Bùi Thanh Sơn chủ trì, Hội đồng thông qua một nghị quyết.",
     [("UN", "ministers", "Ministerial Open Debate")]),
    ("Tâm điểm là phiên thảo luận mở về hòa bình và an ninh ở châu Phi, do Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Gia "
     "Khiêm chủ trì.", [("UN", "ministers", "Ministerial Open Debate")]),
    ("Dấu ấn riêng là phiên thảo luận mở về trẻ em và xung đột vũ trang do Đại sứ Lê Lương Minh chủ trì.",
     [("UN", "other", "Security Council")]),
    # … and its members' informal meetings in the Arria formula
    ("Cuối tháng 3, Việt Nam đã tổ chức cuộc họp theo công thức Arria về bảo vệ hạ tầng thiết yếu.",
     [("UN", "other", "Security Council")]),
    ("Ngày 9/12, hai phái đoàn đồng tổ chức cuộc họp theo thể thức Arria của Hội đồng Bảo an về phụ nữ và an ninh.",
     [("UN", "other", "Security Council")]),
    # (guards: a summit's outreach session, a panel in an article on another forum)
    ("Phiên thảo luận mở rộng với các nước khách mời diễn ra chiều 20/5.", []),
])
def test_the_councils_open_debates(sentence, expected, gaz):
    assert [(f, lv, k.split("/")[0]) for f, lv, k, _ in names(sentence, gaz, "UN")] == expected


def test_an_open_debate_in_an_article_on_another_forum_is_a_panel(gaz):
    assert names("Phiên thảo luận mở về kinh tế số diễn ra ngày 5/9.", gaz, "ASEAN") == []



# The general assemblies of la Francophonie's associations and its permanent council are no summit (written 13907, 13901)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Đại hội đồng lần thứ 39 của Hiệp hội Quốc tế các Thị trưởng Pháp ngữ diễn ra tại Phnom Penh từ ngày 26 đến 28/11.",
     [("Francophonie", "other", "Assembly", 39)]),
    ("Trước đó, Đại hội đồng Cơ quan Đại học Pháp ngữ họp tại Cairo hồi tháng 12/2021.",
     [("Francophonie", "other", "Assembly", None)]),
    ("Hội đồng Thường trực Pháp ngữ (CPF) đã nhóm họp phiên trù bị hôm 10/11.", [("Francophonie", "other", "Task Force", None)]),
    # (the summit itself)
    ("Hội nghị Thượng đỉnh Pháp ngữ lần thứ 19 diễn ra tại Villers-Cotterêts ngày 4/10.",
     [("Francophonie", "leaders", "Summit", 19)]),
])
def test_la_francophonies_assemblies_and_council(sentence, expected, gaz):
    assert names(sentence, gaz) == expected


# The Security Council adopting a resolution, or voting on one, sits to do so (written batch 13401-13412)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Chỉ một ngày sau, ngày 10/1, HĐBA đã thông qua Nghị quyết 2504 gia hạn cơ chế viện trợ xuyên biên giới.",
     [("UN", "other", "Security Council", None)]),
    ("Ngày 11/7/2008, Hội đồng Bảo an Liên hợp quốc đã bỏ phiếu về dự thảo nghị quyết trừng phạt Zimbabwe.",
     [("UN", "other", "Security Council", None)]),
    ("Hội đồng Bảo an nhất trí thông qua nghị quyết về Afghanistan hôm 17/3.", [("UN", "other", "Security Council", None)]),
    # (guards: a country's vote, another body's resolution, a time told by the vote)
    ("Việt Nam, cùng Nam Phi và Libya, bỏ phiếu chống dự thảo.", []),
    ("Ngoại trưởng có mặt tại diễn đàn hai ngày sau khi Hội đồng Bảo an thông qua nghị quyết trừng phạt mới.", []),
    ("Quốc hội đã thông qua nghị quyết phê chuẩn hiệp định ngày 5/9.", []),
    ("Các bộ trưởng ASEAN đã thông qua nghị quyết về hợp tác ngày 5/9.", []),
])
def test_the_council_sits_to_adopt_or_vote(sentence, expected, gaz):
    assert names(sentence, gaz) == expected



# Not yet: "Đại hội đồng" named bare, in an article on the UN, as its General Assembly numbered by the session before it
# (written 14301). Read so in every article on the UN, it made more false meetings than it found (five written batches
# on the UN fell).
@pytest.mark.xfail(strict=True, reason="a bare 'Đại hội đồng' is not read as the UN's Assembly")
def test_the_assembly_named_bare_in_an_article_on_the_un(gaz):
    sentence = "Lần đầu tiên, tại phiên bầu cử ngày 12/11/2013 thuộc Khóa họp 68 của Đại hội đồng, Việt Nam trúng cử."
    assert names(sentence, gaz, "UN") == [("UN", "leaders", "General Debate", 68)]


# A council or a committee its members meet, named right after "họp" (written 14509)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ngày 10/5/2023, các bộ trưởng họp Hội đồng Cộng đồng Văn hóa - Xã hội ASEAN lần thứ 29 tại Labuan Bajo.",
     [("ASEAN", "ministers", "ASCC", 29)]),
    ("Ngay sau phiên khai mạc, các bộ trưởng họp Ủy ban Hiệp ước Khu vực Đông Nam Á không có vũ khí hạt nhân.",
     [("ASEAN", "ministers", "SEANWFZ Commission", None)]),
    # (guards: a council named after another verb, a country's council)
    ("Các bộ trưởng đã báo cáo Hội đồng Cộng đồng Văn hóa - Xã hội ASEAN về tiến độ.", []),
    ("Thủ tướng chủ trì họp Hội đồng Quốc gia về phát triển bền vững.", []),
])
def test_a_council_its_members_meet(sentence, expected, gaz):
    assert names(sentence, gaz) == expected


# ASEAN's sectors' ministers and senior officials by their own acronyms, numbered (written batches 13601-13612,
# 13801-13812)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Tại ASOD 44 ở Vientiane hồi tháng 10 năm ngoái, tôi dẫn đầu đoàn Việt Nam.", [("ASEAN", "senior_officials", "SOM", 44)]),
    ("Nội dung đã được chuẩn bị từ Hội nghị SOMTC 24 tổ chức tại Luang Prabang hồi tháng 6.",
     [("ASEAN", "senior_officials", "SOM", 24)]),
    ("Hội nghị AMMSWD 12 sẽ do Malaysia đăng cai vào năm 2027.", [("ASEAN", "ministers", "MM", 12)]),
    ("Thứ trưởng dẫn đầu đoàn dự SLOM 20 tại Vientiane tháng 5.", [("ASEAN", "senior_officials", "SOM", 20)]),
    ("Tại ALMM 28, các bộ trưởng đã thông qua tuyên bố về lao động di cư.", [("ASEAN", "ministers", "LMM", 28)]),
    # energy, health, tourism, science, telecoms (written 18502, 7205, 7002, 15204)
    ("Bộ trưởng Công Thương dẫn đầu đoàn dự AMEM 42 tại Viêng Chăn.", [("ASEAN", "ministers", "EMM", 42)]),
    ("Tại AHMM-15, các bộ trưởng đã thông qua tuyên bố về y tế số.", [("ASEAN", "ministers", "HMM", 15)]),
    ("M-ATM 27 sẽ do Malaysia đăng cai vào tháng 1.", [("ASEAN", "ministers", "TMM", 27)]),
    ("Thứ trưởng thay mặt Bộ trưởng dự TELMIN 19 tại Hà Nội.", [("ASEAN", "ministers", "MM", 19)]),
    ("AMMST-21 thông qua kế hoạch hành động về khoa học, công nghệ.", [("ASEAN", "ministers", "MM", 21)]),
    # (a guard: a title before the acronym)
    ("Chủ tịch ASOD năm nay là Lào.", []),
])
def test_asean_sectors_by_their_acronyms(sentence, expected, gaz):
    assert names(sentence, gaz, "ASEAN") == expected


# The armed forces' intelligence, operations and medical chiefs' meetings, by name and by acronym; P4G's summits; the
# UN's conferences on financing for development (written batches 16101-16112, 15901-15912)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Đoàn Bộ Quốc phòng dự Hội nghị Tình báo quân sự các nước ASEAN lần thứ 21 tại Jakarta.",
     [("ASEAN", "senior_officials", "AMIM", 21)]),
    ("AMIM-22 sẽ do Quân đội Lào đăng cai vào tháng 5.", [("ASEAN", "senior_officials", "AMIM", 22)]),
    ("Hội nghị không chính thức Tác chiến quân sự các nước ASEAN lần thứ 14 bế mạc chiều 12/9.",
     [("ASEAN", "senior_officials", "AMOIM", 14)]),
    ("Cục trưởng Cục Quân y dẫn đầu đoàn dự Hội nghị Quân y các nước ASEAN lần thứ 8 tại Manila.",
     [("ASEAN", "senior_officials", "AMMC", 8)]),
    ("Hội nghị Thượng đỉnh P4G lần thứ 3 do Colombia đăng cai.", [("P4G", "leaders", "Summit", 3)]),
    ("Thủ tướng phát biểu tại Hội nghị thượng đỉnh Đối tác vì tăng trưởng xanh và Mục tiêu toàn cầu 2030 (P4G) lần thứ 2.",
     [("P4G", "leaders", "Summit", 2)]),
    ("Phó Thủ tướng dự Hội nghị quốc tế về Tài trợ cho phát triển lần thứ ba tại Addis Ababa.",
     [("UN", "other", "FfD", 3)]),
    ("FfD4 khai mạc tại Seville chiều 30/6.", [("UN", "other", "FfD", 4)]),
    # (guards: a unit, a training course)
    ("Cục Quân y đã tổ chức lớp tập huấn cho cán bộ các đơn vị.", []),
    ("Ngành tình báo quân sự kỷ niệm 80 năm ngày truyền thống.", []),
])
def test_armed_forces_chiefs_p4g_and_financing_for_development(sentence, expected, gaz):
    assert [(f, lv, k.split("/")[0], n) for f, lv, k, n in names(sentence, gaz, "ASEAN")] == expected



# The ASEAN Free Trade Area's and Investment Area's councils, by their names and short names; a council glossed in
# brackets before its verb, and the number the verb tells (written 225, 4304, 10610, 10704, 16806)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Hội đồng Khu vực Mậu dịch tự do ASEAN (Hội đồng AFTA) lần thứ 38 đã họp tại Viêng Chăn.",
     [("ASEAN", "ministers", "AFTA Council", 38)]),
    ("Bộ trưởng Công Thương dự Hội nghị Hội đồng Khu vực Thương mại tự do ASEAN lần thứ 36 tại Jakarta.",
     [("ASEAN", "ministers", "AFTA Council", 36)]),
    ("Chiều cùng ngày, Hội đồng AFTA đã họp lần thứ 37 để rà soát việc thực thi ATIGA.",
     [("ASEAN", "ministers", "AFTA Council", 37)]),
    ("Trong khuôn khổ AEM-56, Hội đồng Khu vực Đầu tư ASEAN đã họp lần thứ 27.",
     [("ASEAN", "ministers", "AEM", 56), ("ASEAN", "ministers", "AIA Council", 27)]),
    ("Hội nghị Bộ trưởng Kinh tế ASEAN lần thứ 55 (AEM-55) khai mạc; chiều cùng ngày, Hội đồng Cộng đồng Kinh tế ASEAN "
     "đã họp lần thứ 23.", [("ASEAN", "ministers", "AEM", 55), ("ASEAN", "ministers", "AECC", 23)]),
    # (guards: "do" after "tự do" still ends a name; people, not a body, who meet at a meeting named after them)
    ("Hội nghị Bộ trưởng RCEP về thương mại tự do do Indonesia chủ trì đã diễn ra.", [("RCEP", "ministers", "MM", None)]),
    ("Đây là cuộc gặp đầu tiên kể từ khi bộ trưởng quốc phòng hai nước gặp nhau lúc cùng dự Hội nghị Bộ trưởng Quốc phòng "
     "ASEAN mở rộng (ADMM+) ở Siem Reap.", [("ASEAN", "ministers", "ADMM-Plus", None)]),
])
def test_the_free_trade_and_investment_areas_councils(sentence, expected, gaz):
    assert names(sentence, gaz) == expected


# One more side after a side's short name in brackets: the three sides' meeting, not the first two's (written 18012,
# 1128, 4406, 6102)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Hội nghị Cấp cao ASEAN - Hội đồng Hợp tác vùng Vịnh (GCC) - Trung Quốc lần đầu tiên đã diễn ra tại Kuala Lumpur.",
     [("ASEAN", "leaders", "Summit/GCC - Trung Quốc", 1)]),
    ("Các bộ trưởng dự Hội nghị Bộ trưởng Kinh tế ASEAN - Hội đồng Hợp tác vùng Vịnh (GCC) - Trung Quốc lần thứ nhất tại "
     "Kuala Lumpur.", [("ASEAN", "ministers", "AEM/GCC - Trung Quốc", 1)]),
    # (a guard: an aside after the dash)
    ("Hội nghị Cấp cao ASEAN - Hội đồng Hợp tác vùng Vịnh (GCC) - sự kiện lần đầu tiên được tổ chức ở Riyadh - diễn ra "
     "ngày 20/10.", [("ASEAN", "leaders", "Summit/GCC", None)]),
])
def test_a_third_side_after_a_sides_short_name(sentence, expected, gaz):
    assert names(sentence, gaz) == expected


# A council or a committee named with its number and no meeting's noun before it is its meeting, whatever the verb after
# it (written 18801, 10704, 10610)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Cùng ngày, Hội đồng Khu vực Đầu tư ASEAN (Hội đồng AIA) lần thứ 19 đã thông qua báo cáo.",
     [("ASEAN", "ministers", "AIA Council", 19)]),
    ("Hội đồng Cộng đồng Chính trị - An ninh ASEAN lần thứ 27 đã nhất trí trình các văn kiện lên lãnh đạo.",
     [("ASEAN", "ministers", "APSC", 27)]),
    ("Ngày 9/4, Hội đồng Điều phối ASEAN lần thứ 25 đã ra tuyên bố về ứng phó dịch bệnh.", [("ASEAN", "ministers", "ACC", 25)]),
    # (guards: a title before the body; a body of no forum)
    ("Ông là Chủ tịch Hội đồng Điều phối ASEAN lần thứ 25 của năm nay.", []),
    ("Hội đồng Nhân dân tỉnh khóa X đã họp kỳ họp lần thứ 5.", []),
])
def test_a_numbered_council_is_its_meeting(sentence, expected, gaz):
    assert names(sentence, gaz) == expected

# Not yet: a name that goes on past its number with what the meeting is about, where no short name follows ("Hội nghị
# quốc tế lần thứ tư về Tài trợ cho phát triển (FfD4)" is read by its short name: written 15912)
@pytest.mark.xfail(strict=True, reason="a name cut at its number: what follows 'lần thứ ba' is not read as the name's")
def test_a_name_that_goes_on_past_its_number(gaz):
    sentence = "Phó Thủ tướng dự Hội nghị quốc tế lần thứ ba về Tài trợ cho phát triển tại Addis Ababa."
    assert names(sentence, gaz, "ASEAN") == [("UN", "other", "FfD", 3)]


# A forum whose name is a summit's ("Thượng đỉnh Đông Á", "Cấp cao Đông Á") named bare is its meeting where it is held
# or attended, as "Đối thoại Shangri-La" is (real sample r1: "… trong thượng đỉnh Đông Á diễn ra vào ngày hôm nay 15-11")
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Ngày 4/11/2019, Thủ tướng Ấn Độ Narendra Modi tham dự thượng đỉnh Đông Á tại Bangkok, trong khi Mỹ chỉ cử Cố vấn An "
     "ninh Quốc gia Robert O'Brien tới dự.", [("EAS", "leaders", "Summit", None)]),
    ("Thượng đỉnh Đông Á (EAS) diễn ra tại Singapore ngày 15/11/2018 với sự tham gia của lãnh đạo 18 nước.",
     [("EAS", "leaders", "Summit", None)]),
    ("Bài phát biểu của ông tại Cấp cao Đông Á năm nay sẽ tập trung vào an ninh biển.", [("EAS", "leaders", "Summit", None)]),
    # (guards: the forum as a body, and its members who attend it as one)
    ("Các nước Thượng đỉnh Đông Á nhất trí tăng cường hợp tác.", []),
    ("Ngày 2/8, Bộ trưởng đã cùng các Bộ trưởng Ngoại giao các nước tham dự Cấp cao Đông Á (EAS) dự Hội nghị Bộ trưởng Ngoại "
     "giao EAS lần thứ 9.", [("EAS", "ministers", "FMM", 9)]),
    ("Việt Nam tham gia Thượng đỉnh Đông Á từ năm 2005.", []),
])
def test_a_forum_named_as_its_summit_is_its_meeting(sentence, expected, gaz):
    assert names(sentence, gaz) == expected


# A forum named bare after attending it, with a part of a month after it ("hồi đầu tháng 11-2018"), is its leaders'
# meeting, as with the month alone (real sample r1: "… như tại APEC hồi đầu tháng 11-2018 …")
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Chủ tịch Trung Quốc Tập Cận Bình và Phó Tổng thống Mỹ Mike Pence đã có những bài phát biểu đối chọi gay gắt tại APEC "
     "hồi giữa tháng 11/2018, khiến các nhà lãnh đạo không ra được tuyên bố chung.", [("APEC", "leaders", "AELM", None)]),
    ("Ông Trump từng gây sóng gió khi rút lại sự ủng hộ đối với tuyên bố chung ngay sau khi dự G7 hồi đầu tháng 6-2018 tại "
     "Canada.", [("G7", "leaders", "Summit", None)]),
    ("Thủ tướng Ấn Độ Narendra Modi đã có mặt tại Manila dự ASEAN giữa tháng 11-2017.", [("ASEAN", "leaders", "Summit", None)]),
    # … or with the day told right before attending it (real sample r3: "… ngày 20/11 có bài phát biểu tại Diễn đàn Hợp
    # tác Kinh tế châu Á - Thái Bình Dương (APEC) ở thủ đô Lima")
    ("Chủ tịch Trung Quốc Tập Cận Bình hôm 29/6 phát biểu tại G20 ở Osaka về thương mại toàn cầu.",
     [("G20", "leaders", "Summit", None)]),
    ("Thủ tướng Nhật Bản Shinzo Abe ngày 10/11 đã có bài phát biểu tại Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương "
     "ở Đà Nẵng.", [("APEC", "leaders", "AELM", None)]),
    # (guards: joining the forum is no meeting; nor is what is done on a day before being at it)
    ("Việt Nam gia nhập APEC hồi cuối tháng 11/1998.", []),
    ("Ngày 14/11/1998, Việt Nam chính thức gia nhập APEC.", []),
    ("Ngày 20/11, ông Obama gặp các nhà báo trước khi tới APEC.", []),
])
def test_a_bare_forum_attended_in_part_of_a_month_or_on_a_day_told_before(sentence, expected, gaz):
    assert names(sentence, gaz) == expected


# The General Assembly one goes to ("… mang theo con gái tới phiên họp Đại hội đồng Liên Hợp Quốc": real sample r1); the
# Global Environment Facility's Assembly (real samples r1, r3)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Tháng 9/2018, Thủ tướng New Zealand trở thành lãnh đạo đầu tiên đưa con nhỏ tới phiên họp Đại hội đồng Liên Hợp Quốc.",
     [("UN", "leaders", "General Debate", None)]),
    ("Bộ trưởng Bộ Tài nguyên và Môi trường khai mạc Đại hội đồng Quỹ Môi trường toàn cầu (GEF) lần thứ 6 tại Đà Nẵng.",
     [("GEF", "other", "Assembly", 6)]),
    ("Tại Hội nghị đại hội đồng GEF cuối tháng 6, Việt Nam đề xuất dự án về rác thải nhựa.", [("GEF", "other", "Assembly", None)]),
    # (a guard: the Assembly's resolution, no session)
    ("Nghị quyết của Đại hội đồng Liên Hợp Quốc được thông qua năm 2015.", []),
])
def test_the_assembly_gone_to_and_the_gefs(sentence, expected, gaz):
    assert names(sentence, gaz) == expected


# Not yet: a body numbered past MAX_ORDINAL (150), UNESCO's Executive Board, whose sessions are past 200 (real sample r1:
# "khoá họp Hội đồng Chấp hành UNESCO lần thứ 206")
@pytest.mark.xfail(strict=True, reason="numbers above MAX_ORDINAL are read as none")
def test_a_body_numbered_past_150(gaz):
    assert names("Ngày 16/4, khoá họp Hội đồng Chấp hành UNESCO lần thứ 206 tại Paris đã thông qua hồ sơ.", gaz) == [
        ("UNESCO", "other", "Executive Board", 206)]


# A forum that meets as its leaders, attended where it is told held right after its name, is its leaders' meeting
# ("… gặp song phương tại Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương (APEC) được tổ chức ở Đà Nẵng, Việt Nam, vào
# tuần tới": real sample r5)
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Hai nhà lãnh đạo có thể gặp nhau tại Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương (APEC) được tổ chức ở Đà "
     "Nẵng vào tuần tới.", [("APEC", "leaders", "AELM", None)]),
    ("Thủ tướng Nhật Bản sẽ dự G20 diễn ra tại Osaka cuối tháng này.", [("G20", "leaders", "Summit", None)]),
    # (guards: the forum founded; the forum held, unattended, as a body's yearly practice)
    ("Việt Nam tham gia APEC được thành lập năm 1989.", []),
    ("APEC được tổ chức luân phiên giữa các nền kinh tế thành viên.", []),
])
def test_a_bare_forum_attended_where_it_is_held(sentence, expected, gaz):
    assert names(sentence, gaz) == expected
