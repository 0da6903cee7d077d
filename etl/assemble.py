"""One article -> its dated events and who took part in them.

Reads sentences top to bottom: each meeting phrase takes the date phrase that
follows it (else the one that opens its sentence); the year of a year-less date
comes from the article's context; officials in a sentence about a meeting are
linked to it. Pure: the article's own date is the only reference time.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta

from .dateline import lead_dateline
from .dates import (
    SAME_DAY,
    SAME_MONTH,
    DateContext,
    days_from_now,
    find_dates,
    month_end,
    month_from_now,
    shift_years,
    spelled_out_day,
    tells_from_now,
    year_matches,
    years_in,
)
from .gazetteer import ACRONYM_SHAPE, Gazetteer
from .lookahead import ahead
from .meetings import (
    ASSEMBLY,
    ASSEMBLY_SESSION,
    EVERY_YEAR,
    GENERAL_DEBATE,
    MAX_ORDINAL,
    THIS_BODY,
    body_kinds,
    find_meetings,
    forum_hits_in,
    last_match,
    may_name_meeting,
    parse_ordinal,
    partners_after,
    starts_with_meeting_word,
)
from .merge import alike
from .participants import link_participants
from .records import Article, DateSpan, Mention, Participation, Report
from .sentences import (
    LIST_ITEM,
    MEETING_NOUN,
    MEETING_WORDS,
    Gated,
    Sentence,
    forget_article,
    per_article,
    split_paragraph_sentences,
)
from .series import (
    days_held,
    held_years,
    host_years,
    in_season,
    mention_year,
    numbered_days,
    office_years,
    series_year,
    summit_held_there,
    within_record,
)
from .vi import (
    CAPITALS,
    FRAME_WORDS,
    HELD_WORDS,
    MEETING_NOUNS,
    PLANNED_WORDS,
    POSTPONED_WORDS,
    SHOW_WORDS,
    TIMES_OF_DAY,
    YEAR_WORDS,
    alt,
    modern_tones,
)
from .years import FROM_NOW, STAND_IN_YEAR, Anchors, a_goal, settle_year, since_when, written_name_year, year_written_in

_FORUM_YEAR = re.compile(
    r"(?i)\b(?:năm|chủ\s+tịch(?:\s+luân\s+phiên)?|chủ\s+nhà|tuần\s+lễ\s+cấp\s+cao|SOM)\s+(?:APEC|ASEAN)(?:\s+Việt\s+Nam)?"
    r"\s+((?:19|20)\d\d)\b")       # ("nước chủ tịch luân phiên ASEAN 2019": the rotating chair's year)
_FORUM_YEAR = ahead(_FORUM_YEAR)      # the same matches, sooner: etl/lookahead.py
# What _FORUM_YEAR needs (keep the two in step), as one quick pattern (it starts with a letter, not with a word boundary
# and a choice of five words, so sre skips ahead to each "a" instead of trying every position).
_FORUM_YEAR_GATE = re.compile(r"(?i)(?:APEC|ASEAN)(?:\s+Việt\s+Nam)?\s+(?:19|20)\d\d")
# A forum's year ("năm APEC 2017") holds only letters, digits and spaces: it lies within one run of
# them, and that run holds what _FORUM_YEAR_GATE matches ("APEC 2017"). _forum_years searches only there.
_NOT_IN_A_NAME = re.compile(r"[^\w\s]")
# A year named as a goal, a deadline or a bound, not the article's: "đến năm 2025", "trước năm 2020", "cao
# nhất kể từ năm 2013", "đã thảo luận … từ năm 2010".
_FUTURE_YEAR = re.compile(r"(?i)(?:đến|tới|hướng\s+tới|sau|tầm\s+nhìn|trước|vào|(?<!\w)từ)\s+(?:năm\s+)?$")
# The status words (etl/vi.py): the one nearest the meeting and its date tells planned or held.
_PLANNED = re.compile(rf"(?<!\w)(?:{alt(PLANNED_WORDS)})(?!\w)", re.IGNORECASE)
_PLANNED = ahead(_PLANNED)      # the same matches, sooner: etl/lookahead.py
_PLANNED = Gated(_PLANNED)      # searched only in sentences that hold its words: sentences.Gated
# (not a ceremony or a session named by it: "- 15h00: Lễ bế mạc Hội nghị …" in a schedule tells nothing done)
_HELD = re.compile(rf"(?<!\w)(?<!lễ\s)(?<!phiên\s)(?<!buổi\s)(?:{alt(HELD_WORDS)})(?!\w)", re.IGNORECASE)
# Not a status word: "vừa" of "doanh nghiệp vừa và nhỏ", "nhỏ và vừa" (small and medium-sized enterprises).
_SMALL_AND_MEDIUM = re.compile(r"(?i)vừa\s+và\s+nhỏ|(?<=nhỏ\svà\s)vừa")
_HELD = ahead(_HELD)      # the same matches, sooner: etl/lookahead.py
_HELD = Gated(_HELD)      # searched only in sentences that hold its words: sentences.Gated
_POSTPONED = re.compile(rf"(?<!\w)(?:{alt(POSTPONED_WORDS)})(?!\w)", re.IGNORECASE)
_POSTPONED = ahead(_POSTPONED)      # the same matches, sooner: etl/lookahead.py
_POSTPONED = Gated(_POSTPONED)      # searched only in sentences that hold its words: sentences.Gated
_REPORTED = re.compile(r"(?i)(?<!\w)(?:cho\s+biết|cho\s+hay|thông\s+báo|công\s+bố|tuyên\s+bố|khẳng\s+định|xác\s+nhận|"
                       r"đưa\s+tin|tiết\s+lộ|nói(?=\s+(?:rằng|với|tại|trong|hôm|ngày|sáng|chiều|tối|trên)(?!\w)))(?!\w)")
_REPORTED = Gated(_REPORTED)      # searched only in sentences that hold its words: sentences.Gated
_MORE_NUMBERS = re.compile(r"(?:\s*(?:,|và)\s*\d{1,3}(?!\d))+")
_CLAUSE_END = re.compile(r"[,;]|\svà\s")
_END_CUE = re.compile(r"(?i)(?<!\w)(?:kết\s+thúc|bế\s+mạc|khép\s+lại)(?!\w)")
# … or its closing ceremony or session, named before it: "Tại lễ bế mạc Hội nghị Cấp cao ASEAN lần thứ 35 tối
# 4/11", "phiên bế mạc của Hội nghị …".
_CLOSING_OF = re.compile(r"(?i)(?<!\w)(?:lễ|phiên(?:\s+họp)?)\s+bế\s+mạc\s+(?:của\s+)?$")
_HAPPEN_WORDS = r"diễn\s+ra|tổ\s+chức|khai\s+mạc|họp|kéo\s+dài"
_HAPPEN = re.compile(rf"(?i)(?<!\w)(?:{_HAPPEN_WORDS})(?!\w)")
# The days a meeting closes, told right after it: "…, khép lại hai ngày làm việc." (not a chain's: "… khép lại bốn ngày làm
# việc dày đặc của các ngoại trưởng")
_CLOSES_ITS_DAYS = re.compile(r"(?i)(?:\s+(?:đã\s+|vừa\s+)?(?:bế\s+mạc|kết\s+thúc|khép\s+lại))?(?:\s*(?:tại|ở)\s+[^,.;]{1,30}?)?"
                              r"\s*,?\s*(?:khép\s+lại|kết\s+thúc)\s+(\d|hai|ba|bốn|năm)\s+"
                              r"ngày\s+làm\s+việc(?=\s*(?:[.,;]|$))")
_DURATION = re.compile(r"(?i)(?:trong|kéo\s+dài(?:\s+trong)?|sau)\s+(?:gần\s+|khoảng\s+)?(\d|hai|ba|bốn|năm|sáu|bảy)\s+ngày"
                       r"(?!\s*\d)")     # ("sau gần sáu ngày đàm phán": nearly six, the sixth the last)
_DURATION = ahead(_DURATION)      # the same matches, sooner: etl/lookahead.py
_DURATION = Gated(_DURATION)      # searched only in sentences that hold its words: sentences.Gated
# (the number in lower case: "ngày thứ Năm" is Thursday)
_NTH_DAY = re.compile(r"(?i)(?<!\w)ngày\s+(?:làm\s+việc\s+)?thứ\s+(?-i:(\d|hai|ba|tư|bốn|năm))(?!\w)")
# ... and of a person's office: "Tân Thủ tướng Nhật Bản, vừa nhậm chức hôm 21/10, sẽ dự …".
_NOT_MEETING_DATE = re.compile(r"(?i)(?:hiệu\s+lực|thành\s+lập|ký\s+kết|được\s+ký|ban\s+hành|ra\s+đời|phê\s+chuẩn|"
                               r"khai\s+trương|khánh\s+thành|khởi\s+công|động\s+thổ|"   # "quần thể … vừa khai trương ngày 15/12"
                               r"nhiệm\s+kỳ|bắt\s+đầu\s+từ|nhậm\s+chức|đắc\s+cử|trúng\s+cử|được\s+bầu|tuyên\s+thệ|"
                               r"họp\s+báo(?:\s+thường\s+kỳ)?(?:\s+của\s+Bộ\s+Ngoại\s+giao)?|"   # "tại cuộc họp báo ngày 14/7"
                               r"thông\s+cáo(?:\s+báo\s+chí)?(?:\s+của\s+[^.,;]{1,30}?)?|"   # "theo thông cáo của Bộ Ngoại giao ngày 22/9"
                               r"(?:bài\s+(?:viết|báo)|số\s+báo)(?:\s+(?:của|trên)\s+[^.,;]{1,20}?)?|"    # "bài viết của Tuổi Trẻ ngày 11-11"
                               # another kind of event, named right before its day: "phán quyết của Tòa Trọng tài
                               # hôm 12/7", "vụ thử tên lửa của Triều Tiên ngày 6/1", "cuộc bầu cử tổng thống ngày 9/5"
                               r"(?:phán\s+quyết|vụ\s+(?:thử|phóng|tấn\s+công|nổ|đánh\s+bom|xả\s+súng|ám\s+sát)|"
                               r"cuộc\s+(?:bầu\s+cử|trưng\s+cầu|đảo\s+chính|biểu\s+tình|tuần\s+hành|tập\s+trận))"
                               rf"(?:\s+(?!(?:{MEETING_NOUN})(?!\w))[^\s.,;\d]+){{0,6}}?)"
                               r"\s+(?:vào\s+|từ\s+)?(?:ngày\s+|hôm\s+)?$")
_STARTS = re.compile(r"(?i)bắt\s+đầu")
# Signed, issued or founded at a meeting, named right after the day: the meeting's day too.
_SIGNED = re.compile(r"(?i)ký\s+kết|được\s+ký|ban\s+hành|thành\s+lập")
_AT_A_MEETING = re.compile(rf"(?i)\s*,?\s*(?:tại|trong|bên\s+lề)\s+(?:các\s+|phiên\s+\w+\s+(?:của\s+)?)?"
                           rf"(?:{MEETING_NOUN}|thượng\s+đỉnh)(?!\w)")
# A chain of meetings told as one: "Chuỗi hội nghị về khoa học … sẽ diễn ra từ 28/6 đến 1/7, với điểm nhấn là …"
_A_CHAIN = re.compile(r"(?i)(?<!\w)chuỗi\s+(?:các\s+)?(?:hội\s+nghị|sự\s+kiện|hoạt\s+động|cuộc\s+họp)(?!\w)")
_AND_RELATED = re.compile(r"(?i)\s*(?:\([^()]{1,15}\)\s*)?,?\s*và\s+(?:(?:các|những)\s+)?(?:hội\s+nghị|cuộc\s+họp|hoạt\s+động|sự\s+kiện)"
                          r"(?:\s+cấp\s+cao)?\s+(?:liên\s+quan|bên\s+lề|song\s+phương)(?!\w)")     # "… (AZEC) và hoạt động song phương"
# A visit dated before any meeting is named after it: "ngay sau chuyến thăm chính thức Việt Nam từ
# ngày 23 - 25/5 của Tổng thống Mỹ, người cũng tham dự Hội nghị thượng đỉnh G7".
_VISIT = r"(?:thăm\s+(?:chính\s+thức|cấp\s+nhà\s+nước|làm\s+việc)|chuyến\s+(?:thăm|công\s+du|công\s+tác|làm\s+việc))"
_VISIT_BEFORE = re.compile(rf"(?i)(?<!\w){_VISIT}(?:\s+[^,.;()\d]{{1,30}}?)?\s+(?:từ\s+)?(?:ngày\s+)?$")
_AND_VISIT = re.compile(r"(?i)(?<!\w)và\s+(?:(?:chuyến|sẽ|đã)\s+)?$")
# A visit, then the meeting it also attends: "chuyến thăm chính thức Úc và tham dự Hội nghị …".
_VISIT_AND_ATTEND = re.compile(rf"(?i)(?<!\w){_VISIT}[^,.;()\d]{{0,40}}?\s+và\s+(?:tham\s+)?dự\s+(?:các\s+)?$")
# A delegation's journey, or a visit, that a range of days spans before the meeting is named.
_DELEGATION = re.compile(rf"(?i)(?<!\w)(?:dẫn\s+đầu\s+(?:đoàn|phái\s+đoàn)|{_VISIT})(?!\w)")
# (… or a debate, a week, a forum or a summit: "phiên thảo luận chung cấp cao Đại hội đồng Liên hợp quốc khóa 78 sẽ bắt
# đầu từ ngày 19/9", "Tuần lễ Cấp cao APEC 2022 đã bắt đầu từ ngày 14/11 tại Bangkok")
_A_GATHERING = re.compile(r"(?i)(?<!\w)(?:phiên\s+thảo\s+luận|tuần\s+lễ|diễn\s+đàn|thượng\s+đỉnh)(?!\w)")
# A gloss in brackets after a meeting's name, before its verb: "Hội nghị Ngoại trưởng ASEAN (Hiệp hội các quốc gia Đông Nam
# Á) bắt đầu từ …" (_meeting_date)
_GLOSS_BEFORE = re.compile(r"\([^()]{1,70}\)\s*(?:(?:đã|sẽ|chính\s+thức)\s+)*$")
# The way a week's or a month's word tells from now: "tuần tới", "tháng trước" (_reports_of)
_ITS_WAY = re.compile(r"(?i)(?<!\w)(tới|sau|trước|qua)$")
_WITH_A_MEETING = re.compile(rf"(?i)\s*,?\s*(?:với|bằng)\s+(?:{MEETING_NOUN})(?!\w)")
_UP_TO_NOW = re.compile(r"(?i)\s*(?:cho\s+)?(?:đến|tới)\s+nay(?!\w)")
# The day a meeting lasts until: "Hội nghị kéo dài đến hết ngày 1-9" tells its last day (_UNTIL, below).
_UNTIL_WORDS = re.compile(r"(?i)kéo\s+dài")
_HEAD_WORD = re.compile(rf"(?i)(?<!\w)(?:{MEETING_NOUN}|cuộc\s+gặp)(?!\w)")
_HEAD_WORD = ahead(_HEAD_WORD)      # the same matches, sooner: etl/lookahead.py
# The gathering another meeting takes place within: "trong khuôn khổ", "bên lề", "nhân dịp".
# Setting off for a meeting: "Sáng 9/5, Thủ tướng rời Hà Nội, lên đường tham dự Hội nghị …".
# Arriving for it: "Chiều nay (7/10), Thủ tướng … đã đến sân bay Haneda … để tham dự Hội nghị …".
# "… đã đến Thủ đô Vientiane, bắt đầu chuyến công tác tham dự Hội nghị …": the journey begins.
# Coming home from it: "Chiều 2-6, Đại tướng … đã về đến Hà Nội, kết thúc chuyến tham dự …". Likewise "chiều 24-1,
# Thủ tướng … đã đến sân bay quân sự Palam, New Delhi, bắt đầu chương trình dự Hội nghị …" (but "…, bắt đầu tham dự
# Hội nghị cấp cao APEC lần 26" the day it opens).
# An arrival: "Tổng thống Trump đến Việt Nam ngày 10/11", "… đã tới thủ đô Viêng Chăn chiều 12/11".
_ARRIVAL = (r"(?:đã\s+)?(?:đến|tới|đáp\s+xuống|hạ\s+cánh\s+(?:xuống|tại))\s+"
            r"(?:sân\s+bay|[Tt]hủ\s+đô|[Tt]hành\s+phố|[A-ZĐ])")
_TRIP = re.compile(r"(?<!\w)(?:lên\s+đường|rời\s+(?:[Tt]hủ\s+đô\s+)?[A-ZĐ]|(?:bắt\s+đầu|kết\s+thúc(?:\s+tốt\s+đẹp)?)\s+"
                   r"(?:chuyến|chương\s+trình)(?!\w)"
                   r"|về\s+(?:đến|tới)\s+(?:sân\s+bay|[Tt]hủ\s+đô|[A-ZĐ])"
                   rf"|{_ARRIVAL}[^.;]{{0,120}}?"
                   r"\s(?:để|nhân\s+dịp)\s+(?:tham\s+)?dự(?!\w)"      # ("… tới Đà Nẵng nhân dịp dự Tuần lễ …")
                   # the occasion of talks held that day, one's coming to the meeting: "Chiều 30/3, … Thủ tướng … đã hội
                   # đàm với Thủ tướng Lào …, nhân dịp Thủ tướng Lào sang Hà Nội dự Hội nghị …"
                   r"|nhân\s+dịp\s+[^,.;]{0,60}?\s(?:sang|đến|tới)\s+[A-ZĐ][^,.;]{0,40}?\s(?:để\s+)?(?:tham\s+)?dự(?!\w))")
_TRIP = ahead(_TRIP)      # the same matches, sooner: etl/lookahead.py
_TRIP = Gated(_TRIP)      # searched only in sentences that hold its words: sentences.Gated
_GOES_TO_ATTEND = re.compile(r"(?<!\w)(?:tham\s+)?dự$")       # a _TRIP that ends in attending: a journey to the meeting
# "nhân dịp dự Hội nghị … AMM-55, Bộ trưởng … đã tham dự Hội nghị X": the occasion frames X too.
_FRAME = re.compile(rf"(?i)(?<!\w)(?:{alt(FRAME_WORDS)})(?:\s+(?:các|của))?\s+$")
# Held at the same time as the meeting named before it: "…, diễn ra cùng thời điểm với Hội nghị …".
_SAME_TIME_AS = re.compile(r"(?i)(?<!\w)(?:cùng\s+(?:thời\s+điểm|lúc|thời\s+gian)|song\s+song|đồng\s+thời)\s+với\s+(?:các\s+)?$")
# A fair, a show or a festival the meeting is held beside, named after it, whose days follow: "ECF-11 được tổ chức
# nhân dịp Hội chợ Trung Quốc - Nam Á lần thứ 5, khai mạc ngày 12/6".
_BESIDE_A_FAIR = re.compile(rf"(?i)(?<!\w)(?:{alt(FRAME_WORDS)}|nhân\s+dịp)\s+(?:các\s+|của\s+)?(?:{alt(SHOW_WORDS)})(?!\w)")
# A sentence opening on the days something is held beside a meeting, its subject after the meeting's name.
_HELD_BESIDE = re.compile(rf"(?i)^\W*(?:được\s+)?(?:diễn\s+ra|tổ\s+chức|khai\s+mạc|kéo\s+dài)(?!\w)[^,;.]*?"
                          rf"(?<!\w)(?:{alt(FRAME_WORDS)})(?:\s+(?:các|của))?\s+$")
# A meeting named as the complement of something else, or as the time another thing comes before
# or after ("… dự kiến họp ngày 3/9, trước thềm Hội nghị Cấp cao ASEAN 43"): the date before it is not its own
# (but "Hội nghị sau Hội nghị Bộ trưởng (PMC)" is a name); what is welcomed ("gửi thư kêu gọi … dọn vệ sinh
# đón chào Tuần lễ cấp cao APEC 2017": the day before is the letter's; "thông xe vào ngày 2-11 để chào mừng …",
# "cắt băng khai trương công viên, nhân sự kiện …": the opening's), or what is submitted to ("… rà soát lần
# cuối các văn kiện trình Hội nghị Cấp cao", the evening before it opened).
# … or a meeting that only says who people are: "tiếp các trưởng đoàn dự ADMM+", "đại biểu dự hội nghị".
# (… but a day given over to a meeting is its own: "Ngày cuối cùng, 27/7, dành cho Hội nghị …")
_COMPLEMENT = re.compile(r"(?i)(?:đối\s+với|(?<!dành\s)(?<!riêng\s)cho|về|lên|phục\s+vụ|hướng\s+tới|tới|trước(?:\s+thềm)?|(?<!nghị\s)sau|ngay\s+sau|"
                         r"(?<!\w)(?:chào\s+đón|đón\s+chào|chào\s+mừng|nhân\s+(?:dịp|sự\s+kiện)|(?<!chương\s)(?:đệ\s+)?trình)|"
                         r"(?:trưởng\s+đoàn|đại\s+biểu|các\s+đoàn)\s+(?:(?:đến|sang|tới)\s+)?(?:tham\s+)?dự|"
                         # the right to host it, given on a day before it: "… tháng 2/2015, Việt Nam được … giao quyền
                         # đăng cai Đại hội lần thứ 14" (not "đăng cai" alone: "Ngày 5/9, Việt Nam đăng cai Hội nghị …")
                         r"(?:quyền|giao|nhận|trao)\s+đăng\s+cai)\s+$")
_OPENS_PREPARING = re.compile(r"(?i)\W*(?:để|nhằm)\s+chuẩn\s+bị(?!\w)")
_WORKED_FOR = re.compile(r"(?i)(?<!\w)để\s+$")
# (… but its own time, told after the comma: "chuẩn bị cho Hội nghị Cấp cao ASEAN lần thứ 48, dự kiến tổ chức vào tháng 5")
_ITS_OWN_TIME = re.compile(rf"(?i)\s*(?:(?:đã|sẽ|dự\s+kiến|được|vẫn|cũng)\s+)*(?:{_HAPPEN_WORDS}|dự\s+kiến)(?!\w)")
_PREPARED_FOR = re.compile(r"(?i)(?<!\w)chuẩn\s+bị(?:\s+cho)?(?:\s+các)?\s+$")
_VIRTUAL = re.compile(r"(?i)trực\s+tuyến|hình\s+thức\s+video|qua\s+video|truyền\s+hình")
_VIRTUAL = Gated(_VIRTUAL)      # searched only in sentences that hold its words: sentences.Gated
_HYBRID = re.compile(r"(?i)trực\s+tiếp\s+(?:kết\s+hợp|và)\s+trực\s+tuyến|kết\s+hợp\s+trực\s+tuyến")
_HYBRID = Gated(_HYBRID)      # searched only in sentences that hold its words: sentences.Gated
# A place after "tại"/"ở" the gazetteer does not list, as written ("TP.HCM", "Tam Á": a word may be one
# letter). [À-Ỹ] also spans small letters ("đến"): _location keeps the words that open in capitals.
_LOCATION = re.compile(r"(?:tại|ở)\s+(?:thành\s+phố\s+|[Tt]hủ\s+đô\s+)?"
                       r"((?:TP(?:\.\s*|\s+))?[A-ZĐÀ-Ỹ][\w’'-]*(?:\s+[A-ZĐÀ-Ỹ][\w’'-]*){0,2})")
# … but not a body or a state's formal name: "tại Bộ Ngoại giao", "tại Liên Hợp Quốc", "tại Cộng hòa Pháp",
# "tại Cung Tauride", "tại Ủy ban …".
_AN_INSTITUTION = re.compile(r"(?i)(?:Bộ|Cộng\s+h(?:òa|oà)|Liên\s+(?:Hợp|Hiệp)\s+Quốc|LHQ|Liên\s+minh|Cung|Ban|"
                             r"[ỦU](?:ỷ|y)\s+ban|Hội\s+đồng|Viện|Quốc\s+hội)(?!\w)")
_HOST = re.compile(r"(?i)(?:nước\s+chủ\s+nhà|chủ\s+nhà|chủ\s+tịch\s+(?:ASEAN|APEC)(?:\s+\d{4})?)\s+(\w+(?:\s+\w+)?)")
_HOST = Gated(_HOST)      # searched only in sentences that hold its words: sentences.Gated
def _mode_year(years: list[int]) -> int | None:
    if not years:
        return None
    counts = Counter(years)
    return max(counts, key=lambda y: (counts[y], y))


def _the_leads_one_year(title: str | None, lead: list[Sentence], year: int) -> bool:
    """Do the headline and the lead's sentences write no year but `year`?"""
    return all(int(m.group(1)) == year for text in [title or "", *(s.text for s in lead)] for m in year_matches(text))


# A year told from now within the clause after a meeting's name: "… tại Argentina hồi đầu tháng 12 năm ngoái"
_LAST_OR_NEXT_YEAR = re.compile(r"(?i)[^.;,]{0,60}?(?<!\w)năm\s+(ngoái|tới)(?!\w)")


def context_year(article: Article, sentences: list[Sentence], gaz: Gazetteer) -> int | None:
    """The year a year-less date takes: the article's own date first, then its other clues."""
    if article.published:
        return article.published.day.year
    text = article.text
    if this_year := _THIS_YEAR.search(text):
        return int(this_year.group(1) or this_year.group(2))    # "Năm nay, với vai trò chủ nhà APEC 2026, …"
    if recent := _recent_host_year(sentences):
        return recent
    # the years the office holders it names held office: a clue outside them tells of an older meeting
    # ("Hội nghị Thượng đỉnh APEC Việt Nam 2006" in an article on "Tổng thống Mỹ Donald Trump" going to APEC)
    office = office_years(text)
    forum_years = [y for y in _forum_years(text) if office is None or int(y) in office]
    numbered = _numbered_year(sentences, article.title, gaz)
    if office is not None and numbered not in office:
        numbered = None
    forum_mode = _mode_year([int(y) for y in forum_years])
    if numbered and (str(numbered) in forum_years or (
            forum_mode and _numbered_count(sentences, numbered) > forum_years.count(str(forum_mode)))):
        # "Chủ tịch ASEAN 2019" and ASEAN 35's year, not the next chair's "ASEAN 2020" told twice; ASEAN 12,
        # ASEAN+3 10 and EAS 2 of 2007, not "Năm APEC 2006" told once
        return numbered
    # (a capitalised name before a headline's year names another event's year, "World Cup 2034", but not a forum's
    # name: "Đối thoại Raisina 2025: …" is the year of the meeting the article tells)
    forum_ends = {m.end() for m in gaz.forum_names(article.title or "")}
    title_years = [m.group(1) for m in year_matches(article.title or "") if not a_goal(article.title, m.start())
                   and not (_AN_EVENTS_YEAR.search(article.title, 0, m.start())
                            and len(article.title[:m.start()].rstrip()) not in forum_ends)]
    for source in (forum_years, years_in(article.url or ""), title_years):
        if (year := _mode_year([int(y) for y in source])):
            return year
    # the year a meeting's name carries: "Hội nghị Cấp cao đặc biệt ASEAN - Australia năm 2018", unless
    # more of its numbered meetings fell in another ("AMM-34", "ARF-8" in 2001, "… Hội nghị cấp cao ASEAN
    # lần thứ sáu mà Hà Nội đăng cai năm 1998")
    named = [y for sent in sentences for m in sent.mentions if (y := written_name_year(sent.text, m)) is not None
             and (office is None or y in office)]
    if named and not (numbered and _numbered_count(sentences, numbered) > named.count(_mode_year(named))):
        return _mode_year(named)
    # the years its numbered meetings fell in, before the years of the older ones it recalls
    if numbered:
        return numbered
    dated = [(span.start.year, _tense(sent.text, span.pos, span.pos + len(span.text), (0, len(sent.text))) == "planned")
             for sent in sentences if sent.mentions
             for span in find_dates(sent.text) if not span.year_inferred and _meeting_date(sent.text, span)
             and not since_when(sent, span.pos)]
    if dated:
        # the latest, of the dates told as no plan where there are any: the article's time is after what it reports
        # held, before what it says is planned ("… ADGMIN 5 … 16-17/1/2025 …", then "… ADGMIN 6, dự kiến tổ chức …
        # vào tháng 1/2026")
        return max([y for y, planned in dated if not planned] or [y for y, _ in dated])
    # the year its meetings' places were host in: "Hội nghị G20 … tại thủ đô Buenos Aires" (2018); of a place
    # host in several years ("hội nghị thượng đỉnh ở Canada": 2018 or 2025), the one nearest its other clues
    places = [(s, m, years) for s in sentences for m in s.mentions if (years := host_years(m, s.text))]
    hosted = [years for _, _, years in places]
    # (a meeting told as last year's, or next year's, puts the article a year after or before the year its place was
    # host: "… bên lề G20 tại Argentina hồi đầu tháng 12 năm ngoái" is in an article of 2019)
    told_from_now = [next(iter(years)) - YEAR_WORDS[w.group(1).lower()] for s, m, years in places
                     if len(years) == 1 and (w := _LAST_OR_NEXT_YEAR.match(s.text, m.end_pos))]
    if told_from_now:
        return _mode_year(told_from_now)
    if one := [next(iter(years)) for years in hosted if len(years) == 1]:
        return _mode_year(one)
    if len(hosted) > 1 and len(common := frozenset.intersection(*hosted)) == 1:
        # the one year its meetings' places, each host in several, were all host in: APEC "tại Việt Nam" (2006,
        # 2017) and the East Asia Summit "tại Philippines" in the same sentence (2017, or Việt Nam's 2010, 2020)
        return _in_office(next(iter(common)), office, sentences, hosted)
    if not hosted:
        # the sentences that name no meeting, and the page's photo captions, cut from the text, still tell
        # where its meetings were held, by a place after "tại" or "ở" (not "Mục tiêu Bogor", a name): "Lãnh
        # đạo các nước G7 họp tại Biarritz, Pháp hôm 25/8." (2019); of several years, the nearest, below
        lines = [s.text for s in sentences] + (article.boilerplate.split("\n") if article.boilerplate else [])
        places = [at.group() for line in lines for at in _AT_A_PLACE.finditer(line)]
        kinds = {(m.forum, m.meeting): m for s in sentences for m in s.mentions}.values()
        # (of the years its office holders were in office: "cuộc khủng hoảng nhân đạo đang diễn ra ở Myanmar" beside
        # Tổng thống Philippines Rodrigo Duterte is no ASEAN summit of Myanmar's 2014)
        told = {y for m in kinds for place in places for y in host_years(m, place) if office is None or y in office}
        if told and (held := _held_year(sentences, [office] if office else [])) is not None and held not in told:
            # the days its meetings were held on tell another year, of those its office holders were in
            # office in: the place is another thing's ("hoạt động quân sự của đế quốc Nhật tại Trung Quốc thời
            # kỳ Thế chiến II" beside "Chủ tịch Trung Quốc Tập Cận Bình ngày 8/7 … bên lề hội nghị thượng đỉnh
            # G20": 2017, the one G20 held on 8 July, not China's 2016; "cuối tháng 6 tới" with Trump: 2019)
            told = set()
        if len(told) == 1:
            return next(iter(told))
        hosted = [frozenset(told)] if told else []
    later = _later_clues(text, sentences, gaz)
    if hosted and later is not None:
        year = min(set().union(*hosted), key=lambda y: (abs(y - later), -y))
    else:
        # the days its meetings were held on, before a year it names in passing ("… kể từ khi Crimea sáp nhập
        # vào Nga năm 2014" beside "Hội nghị Thượng đỉnh G20 hồi tháng 7 vừa qua": 2017)
        year = _held_year(sentences, hosted) or later
    return _in_office(year, office, sentences, hosted)


def _in_office(year: int | None, office: frozenset[int] | None, sentences: list[Sentence],
               hosted: list[frozenset[int]]) -> int | None:
    """The year of these weaker clues, within the years the office holders the text names with their
    titles held office (etl/data/terms.toml): "Bộ trưởng Quốc phòng Trung Quốc Nguỵ Phượng Hoà … tại
    Đối thoại Shangri - La" is no 1960's, whatever "những năm 1960" says. Outside them: the one year of
    those whose meetings were held on the days the text tells, or of those its hosts were in; else
    the latest of them the text names; else the nearest. With no year at all, only the days or the
    hosts. `office`: office_years of the text."""
    if office is None or year in office:
        return year
    hosts = set().union(*hosted) & office
    if held := _held_year(sentences, [frozenset(hosts or office)]):
        return held
    if len(hosts) == 1:
        return next(iter(hosts))
    if year is None:
        return None
    # else the latest year the text names within them ("RIMPAC 2018" beside a Dialogue with Mattis), else the nearest
    named = [y for s in sentences for m in _A_YEAR.finditer(s.text) if (y := int(m.group())) in office]
    return max(named) if named else min(office, key=lambda y: (abs(y - year), -y))


_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _held_year(sentences: list[Sentence], hosted: list[frozenset[int]]) -> int | None:
    """The one year, of those its host was in, whose meetings were held on the days or in the
    months the sentences give with the meetings they name (etl/data/calendar.toml): "Tổng thống Mỹ
    vắng mặt trong các cuộc họp hôm 26/8 … bên lề hội nghị thượng đỉnh G7" (2019, the only G7
    summit held on 26 August), "Hội nghị thượng đỉnh G7 bắt đầu ngày 8/6 và kết thúc ngày 9/6"
    (2018: 8 June was 2015's too, 9 June was not). Each meeting's day narrows the years; none left,
    or more than one, tells none."""
    years = set().union(*hosted) if hosted else None
    stand_in = DateContext(year=STAND_IN_YEAR, stand_in=True)     # the days and months, in a year of none's
    for s in sentences:
        if not s.mentions:
            continue
        for span in find_dates(s.text, stand_in):
            if span.precision not in ("day", "month") or not span.year_inferred or not _meeting_date(s.text, span):
                continue
            day = span.start.day if span.precision == "day" else None
            for m in s.mentions:
                # a day none of its meetings was held on may be a day near one, told for a journey to it or
                # a word on it: its month narrows the years ("Trump ngày 23/8 … khi ông chuẩn bị lên đường tới
                # hội nghị thượng đỉnh G7 ở Pháp": of the G7's years in France, only 2019's was in August)
                on_the_days = (_held_on_days(m, span) if day is not None and span.start < span.end
                               else held_years(m.forum, m.meeting, span.start.month, day))
                if told := (on_the_days or day is not None and years is not None
                            and held_years(m.forum, m.meeting, span.start.month)):
                    if years is not None and not years & told and on_the_days:
                        # a day on which none of the years left held it may be the eve of their meeting, or the
                        # day after, told for a journey to it or a word on it ("… tới Singapore ngày 30/5 để dự
                        # Đối thoại Shangri-La", whose 2019 meeting opened on 31 May): the years it was next to
                        told = _held_next_to(m, span.start)
                    years = set(told) if years is None else years & told
    return next(iter(years)) if years is not None and len(years) == 1 else None


def _held_next_to(m: Mention, day: date) -> frozenset[int]:
    """The years whose meeting of the series was held within two days of `day`, not on it."""
    near = (day + timedelta(days=n) for n in (-2, -1, 1, 2))
    return frozenset(y for d in near for y in held_years(m.forum, m.meeting, d.month, d.day))


_A_WEEK = 7     # days: a range longer than this is a trip's or a season's, and tells the years of its first day alone


def _held_on_days(m: Mention, span: DateSpan) -> frozenset[int]:
    """The years whose meeting of the series was held on one of the days the span tells, first to last (a
    delegation's days hold the meeting's: "từ ngày 10 đến 12-7, ông Pompeo sẽ tháp tùng Tổng thống Trump tham dự
    Hội nghị thượng đỉnh … NATO", whose summits met on 11-12 July 2018 and 2023 and 9-11 July 2024)."""
    if (span.end - span.start).days > _A_WEEK:
        return held_years(m.forum, m.meeting, span.start.month, span.start.day)
    days = (span.start + timedelta(days=n) for n in range((span.end - span.start).days + 1))
    return frozenset(y for d in days for y in held_years(m.forum, m.meeting, d.month, d.day))


# A place where something is told to happen: "tại Biarritz, Pháp", "ở thành phố Osaka".
_AT_A_PLACE = re.compile(r"(?i)(?<!\w)(?:tại|ở)\s+(?:(?:thành\s+phố|thủ\s+đô|tỉnh|đảo|khu\s+nghỉ\s+dưỡng)\s+)?[^,.;:()]{1,30}"
                         r"(?:,\s*[^,.;:()]{1,20})?")


# A meeting told as just held or under way: "bên lề hội nghị G7 cuối tuần qua ở Biarritz, Pháp".
_JUST_NOW = re.compile(r"(?i)(?<!\w)(?:cuối\s+tuần\s+qua|tuần\s+(?:qua|này)|hôm\s+(?:qua|nay)|vừa\s+qua|đang\s+diễn\s+ra)(?!\w)")


def _recent_host_year(sentences: list[Sentence]) -> int | None:
    """The one year the place of a meeting told as just held or under way tells ("… bên lề hội nghị G7
    cuối tuần qua ở Biarritz, Pháp": 2019): the article's, over a later meeting's year it names ("mời
    Putin tới hội nghị G7 năm 2020")."""
    years: set[int] = set()
    for s in sentences:
        for m in s.mentions:
            if _JUST_NOW.search(s.text, m.end_pos, m.end_pos + 20) and len(told := host_years(m, s.text)) == 1:
                years |= told
    return next(iter(years)) if len(years) == 1 else None


def _later_clues(text: str, sentences: list[Sentence], gaz: Gazetteer) -> int | None:
    """context_year's last clues: a series' years by its numbers, then the first date the text
    writes with its year, else the first year it names (never the most common one: a history
    paragraph repeats its years)."""
    by_ordinal = [first + m.ordinal - 1 for s in sentences for m in s.mentions
                  if m.ordinal and (first := _first_year(m, gaz)) and within_record(first + m.ordinal - 1)]
    if by_ordinal:
        return _mode_year(by_ordinal)
    for sent in sentences:
        written = [sp.start.year for sp in find_dates(sent.text) if not sp.year_inferred and _meeting_date(sent.text, sp)
                   and not since_when(sent, sp.pos)]
        if written:
            return written[0]
    plain = [int(m.group(1)) + bool(_SAME_PERIOD.search(text, max(0, m.start() - 12), m.start()))
             for m in re.finditer(r"(?i)năm\s+((?:19|20)\d\d)(?!\d)", text)
             if not _FUTURE_YEAR.search(text[max(0, m.start() - 15): m.start()]) and not a_goal(text, m.start())
             and not _A_DOCUMENTS.search(text, max(0, m.start() - 80), m.start())
             and not _A_BEGINNING.search(text, max(0, m.start() - 60), m.start())
             and not (m.group(1).endswith("0") and _DECADE.search(text, max(0, m.start() - 10), m.start()))]
    return plain[0] if plain else None


# A decade, not a year: "Đầu những năm 1980", "các năm 1960".
_DECADE = re.compile(r"(?i)(?<!\w)(?:những|các)\s+$")


# A year that names an event of another kind in a headline: "ASEAN đồng tình cùng đăng cai World Cup 2034"
# (a forum's year, "Năm APEC 2017", is read before, by _FORUM_YEAR).
_AN_EVENTS_YEAR = re.compile(r"(?<!\w)[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+$")
# A year the text compares with, the one before its own: "tăng 75% so với cùng kỳ năm 2018" (2019).
_SAME_PERIOD = re.compile(r"(?i)(?<!\w)cùng\s+kỳ\s+$")
# The year an undated article says is its own: "Năm nay, với vai trò chủ nhà APEC 2026, …", "trong năm
# nay (2025)".
_THIS_YEAR = re.compile(r"(?i)(?<!\w)năm\s+nay\s*(?:\(\s*((?:19|20)\d\d)\s*\)|,?[^.;()]{0,40}?\b(?:APEC|ASEAN)\s+((?:19|20)\d\d)(?!\d))")
_THIS_YEAR = Gated(_THIS_YEAR)      # tried only where "năm" stands: half the time of its scan of an article
# The year of a document, not of anything the article tells: "Công ước Liên hợp quốc về Luật Biển năm 1982",
# "Thỏa thuận Paris về biến đổi khí hậu năm 2015".
_A_DOCUMENTS = re.compile(r"(?i)(?:công\s+ước|hiệp\s+ước|hiệp\s+định|hiến\s+chương|tuyên\s+bố|luật|"
                          r"th(?:ỏa|oả)\s+thuận)\s+[^.;,]{0,60}$")


# The year something began, not the article's: "Diễn đàn VOF lần đầu tiên được tổ chức tại Malaysia năm 1998",
# "ASEAN được thành lập năm 1967", "APEC ra đời năm 1989", "Đại sứ … sinh năm 1965".
_A_BEGINNING = re.compile(r"(?i)(?<!\w)(?:lần\s+đầu(?:\s+tiên)?|thành\s+lập|ra\s+đời|sáng\s+lập|khởi\s+xướng|sinh)"
                          r"(?!\w)[^.;:!?]{0,50}$")


def _title_year(title: str | None) -> int | None:
    """The one year a headline states, not a goal's ("Tầm nhìn ASEAN 2045"), if it states one."""
    years = {int(m.group(1)) for m in year_matches(title or "") if not a_goal(title, m.start())}
    return years.pop() if len(years) == 1 else None


def _numbered_count(sentences: list[Sentence], year: int) -> int:
    """How many of the article's numbered meetings fell in `year`."""
    return sum(mention_year(m) == year for s in sentences for m in s.mentions)


def _numbered_year(sentences: list[Sentence], title: str | None, gaz: Gazetteer) -> int | None:
    """The year most of the article's numbered meetings fell in (etl/data/series.toml), if any; of years as many fell
    in, the year of a numbered meeting its headline names, then the latest: "Khai mạc Hội nghị Cấp cao Á - Âu lần
    thứ năm tại Hà Nội", over a text that names the fourth, the first and the sixth once each, is 2004, not 2006."""
    years = [y for s in sentences for m in s.mentions if (y := mention_year(m))]
    if not years:
        return None
    counts = Counter(years)
    most = max(counts.values())
    tied = {y for y, n in counts.items() if n == most}
    if len(tied) > 1 and title:
        tied = {y for m in find_meetings(title, gaz) if (y := mention_year(m)) in tied} or tied
    return max(tied)


def _forum_years(text: str) -> list[str]:
    """The years of _FORUM_YEAR's matches that are not history ("sau thành công của Năm APEC 2017")."""
    return [m.group(1) for m in _forum_year_matches(text) if not _AFTER_HISTORY.search(text, max(0, m.start() - 30), m.start())]


# A forum's year told as what came before: "… lớn đầu tiên trong năm 2018, sau thành công của Năm APEC 2017".
_AFTER_HISTORY = re.compile(r"(?i)(?<!\w)(?:sau(?:\s+(?:thành\s+công|kết\s+quả)\s+của)?|kể\s+từ|tiếp\s+nối|"
                            r"(?:thành\s+công|kết\s+quả|thành\s+tựu|dấu\s+ấn)(?:\s+của)?)\s+$")


def _forum_year_matches(text: str) -> list[re.Match[str]]:
    """_FORUM_YEAR.finditer(text), searched only in the runs of letters, digits and spaces that hold
    "APEC 2017" (see _NOT_IN_A_NAME; tests/test_date_shortcuts.py compares the two). A run ends at a
    mark, which neither \\s nor \\b reads otherwise than the end of the text: the same matches."""
    found: list[re.Match[str]] = []
    done, backwards = 0, ""
    for gate in _FORUM_YEAR_GATE.finditer(text):
        if gate.start() < done:
            continue        # in the run searched already
        backwards = backwards or text[::-1]
        before = _NOT_IN_A_NAME.search(backwards, len(text) - gate.start())
        after = _NOT_IN_A_NAME.search(text, gate.end())
        done = after.start() if after else len(text)
        found += _FORUM_YEAR.finditer(text, len(text) - before.start() if before else 0, done)
    return found


def _first_year(m: Mention, gaz: Gazetteer) -> int | None:
    kind = next((k for k in gaz.kinds if k.code == m.meeting and k.level == m.level and k.admits(m.forum)), None)
    return kind.first_year if kind else None


def _meeting_date(text: str, span: DateSpan) -> bool:
    """False for dates of other things: "Hiến chương có hiệu lực ngày 15-12-2008", and for the
    first day of a time up to now: "Từ ngày 20-8 đến nay, thành phố đã đón 2.000 đại biểu". A day told
    as a point ("tại Hội nghị … hồi tháng 12-2005 đến nay vẫn chưa …") is the meeting's still."""
    if _UP_TO_NOW.match(text, span.pos + len(span.text)) and _FROM.search(text, max(0, span.pos - 12), span.pos + 4):
        return False
    if span.year_inferred and EVERY_YEAR.match(text, span.pos + len(span.text)):
        return False    # a time of every year: "Hội nghị … được tổ chức vào tháng 5 hằng năm"
    lead = text[max(0, span.pos - 50):span.pos]
    found = _NOT_MEETING_DATE.search(lead)
    if found and _SIGNED.search(found.group()) and _AT_A_MEETING.match(text, span.pos + len(span.text)):
        return True     # "RCEP được ký kết ngày 15/11/2020 tại Hội nghị Cấp cao RCEP lần thứ 4": signed there, that day
    if found and _STARTS.match(found.group()):
        # a term starts ("nhiệm kỳ bắt đầu từ"), but so does a series of meetings: "Chuỗi hội nghị
        # bắt đầu từ ngày 28/10 với Hội nghị Cấp cao ASEAN lần thứ 17", "chuỗi hoạt động sẽ bắt đầu
        # từ ngày 29/3 với Hội nghị Quan chức cao cấp GMS"
        # (past a gloss in brackets after the meeting's name: "Hội nghị Ngoại trưởng ASEAN (Hiệp hội các quốc gia Đông Nam
        # Á) bắt đầu từ ngày 23/7")
        at = span.pos - len(lead) + found.start()
        gloss = _GLOSS_BEFORE.search(text, max(0, at - 80), at)
        reach = span.pos - 60 - (len(gloss.group()) if gloss else 0)
        return bool(_HEAD_WORD.search(text, max(0, reach), at)
                    or _A_GATHERING.search(text, max(0, span.pos - 100), at)
                    or _WITH_A_MEETING.match(text, span.pos + len(span.text)))
    return not found


def _filed_on(lead: str, pub: date) -> date | None:
    """"Hà Nội, 15-12 (TTXVN) - Sáng nay, …" on a page of 16-12: the day the report was filed,
    which its "sáng nay" means, up to three days before the page's date (a paper prints it the
    next morning)."""
    line = lead_dateline(lead)
    if not line:
        return None
    year = int(line["y"]) if line["y"] else pub.year
    try:
        day = date(year, int(line["m"]), int(line["d"]))
        if day > pub and not line["y"]:
            day = day.replace(year=year - 1)        # filed on 31-12, printed on 1-1
    except ValueError:
        return None
    return day if 0 < (pub - day).days <= 3 else None


def _tells_a_plan(text: str, day_pos: int | None) -> bool:
    """Does the text tell something still to come? Not from "chuẩn bị cho" on, after the day it tells: "Ngày
    6/6, Hội nghị … khai mạc tại Bangkok, thảo luận các nội dung chuẩn bị cho các cuộc họp … sắp tới" (that day's
    meeting prepares the later ones)."""
    prepares = _PREPARES.search(text, day_pos) if day_pos is not None else None
    return bool(_PLANNED.search(text, 0, prepares.start() if prepares else len(text)))


_PREPARES = re.compile(r"(?i)(?<!\w)chuẩn\s+bị\s+cho(?!\w)")


# A day something lasts until or must happen by: "… đình chỉ quốc hội cho đến ngày 14/10", "phải nộp trước ngày
# 1/3", "hạn chót là ngày 31/10".
_A_DEADLINE = re.compile(r"(?i)(?<!\w)(?:(?:cho\s+)?(?:đến|tới)(?:\s+hết)?|trước|hạn(?:\s+chót)?(?:\s+là)?)\s+(?:ngày\s+)?$")


_GLOSS_REACH = 5      # sentences: the first paragraph's, as a bulletin's


def _glossed_day(sentences: list[Sentence], ctx: DateContext) -> tuple[date, str, bool] | None:
    """The article's own day, which a word for a day glosses with its date in its first sentences, where the lead's own
    days are a span: "Tuần lễ Cấp cao APEC 2023 diễn ra từ ngày 11 đến 17/11 … Sáng nay …, Hội nghị … sẽ kết thúc vào ngày
    mai, 15/11" (14/11). Not where the lead's first day is one day, which reference() takes as it did."""
    first = next((sp for s in sentences[:2] for sp in _lead_days(s, ctx)), None)
    if first is None or first.start == first.end:
        return None
    for s in sentences:
        for sp in _lead_days(s, ctx):
            if sp.start == sp.end and (offset := spelled_out_day(s.text, sp.pos)) is not None:
                written = year_written_in(s.text) if sp.year_inferred else None
                day = (shift_years(sp, written - sp.end.year) or sp) if written is not None else sp
                return day.end - timedelta(days=offset), "day", sp.year_inferred and written is None
    return None


def _lead_days(s: Sentence, ctx: DateContext) -> list[DateSpan]:
    """The days a lead sentence tells (a month is no day the article was filed on: "… gặp … vào tháng 1
    hoặc tháng 2 năm sau"), but for one since something happened (`since_when`)."""
    return [sp for sp in find_dates(s.text, ctx) if sp.precision == "day" and not since_when(s, sp.pos)]


def _until(s: Sentence, span: DateSpan) -> bool:
    """Is the day at `span` one something lasts until or must happen by (_A_DEADLINE)?"""
    return bool(_A_DEADLINE.search(s.text, max(0, span.pos - 25), span.pos))


def reference(article: Article, sentences: list[Sentence], year: int | None) -> tuple[date | None, str | None, bool]:
    """The article's own date; without one, the date its lead sentence reports (else the day its
    title carries), and whether that date's year was only guessed from the article's other clues
    (then it tells no status)."""
    pub = article.published
    if pub and pub.precision == "month":
        # Published some day that month: a meeting earlier that month, or on any day of it that
        # the text does not call future, is reported after the fact.
        return month_end(pub.day), "month", False
    if pub:
        filed = _filed_on(sentences[0].text, pub.day) if sentences else None
        return filed or pub.day, pub.precision, False
    ctx = DateContext(year=year)
    # a bulletin's title that carries its day: "VOV1 – Chương trình Thời sự 18 giờ, ngày 15/11/2023",
    # "Họp báo thường kỳ của Bộ Ngoại giao ngày 23/10/2025"
    titled = [sp for sp in find_dates(article.title or "", ctx) if sp.precision == "day" and not sp.year_inferred]
    lead = sentences[:2]
    if not titled and (glossed := _glossed_day(sentences[:_GLOSS_REACH], ctx)) is not None:
        return glossed      # "… kết thúc vào ngày mai, 15/11" in the first paragraph, past a lead whose days are a week's

    for k, s in enumerate(lead):
        spans = _lead_days(s, ctx)
        if any(_until(s, sp) for sp in spans):
            # a day something lasts until is no filing day where the lead tells an earlier day ("… đình chỉ quốc
            # hội cho đến ngày 14/10 … Trump viết trên Twitter ngày 28/8"); alone, it still tells the article is older
            told = [sp.end for x in lead for sp in (spans if x is s else _lead_days(x, ctx)) if not _until(x, sp)]
            spans = [sp for sp in spans if not (_until(s, sp) and any(d < sp.start for d in told))]
        if spans:
            first = spans[0]
            # "sẽ tham dự các hội nghị sau: - Ngày 5/9: …": the lead tells what is to come, up to the day's
            # sentence ("Sáng 17-11, Thủ tướng đến sân bay …, bắt đầu tham dự … . Hôm nay Thủ tướng dự kiến sẽ
            # …": the plans told after the day are that day's)
            planned = any(_tells_a_plan(x.text, first.pos if x is s else None) for x in lead[:k + 1])
            written = year_written_in(s.text) if first.year_inferred else None
            if written is not None:     # "Sáng 29.10, … lên đường dự Tuần lễ Cấp cao APEC 2025"
                first = shift_years(first, written - first.end.year) or first
            guessed = first.year_inferred and written is None
            if guessed and titled:
                break       # the title's day, written whole, before a day of the lead whose year is guessed
            if not first.year_inferred and (ago := _years_ago(s.text[:first.pos])):
                # "Mười năm trước, ngày 23/3/2016, …": a look back, written that many years on
                return (shift_years(first, ago) or first).end, "day", False
            if (offset := spelled_out_day(s.text, first.pos)) is not None:
                # "Sáng nay (11/1), Thủ tướng … lên đường …": the day the article spells out is its own
                # (a day before, after: "hôm qua (10/1)" was filed on 11/1), whatever it says is to come
                return first.end - timedelta(days=offset), "day", guessed
            return (first.start - timedelta(days=1) if planned else first.end), "day", guessed
    if titled:
        return titled[-1].end, "day", False
    if year is not None and (told := _day_by_its_meeting(sentences, year)):
        return told
    return None, None, False


# A meeting's first or last day: "Hội nghị thượng đỉnh G20 khai mạc hôm nay tại Hàng Châu", "… bế mạc chiều qua",
# "… hôm nay bước sang ngày làm việc thứ hai và cũng là ngày cuối cùng".
_OPENS = re.compile(r"(?i)(?<!\w)(?:khai\s+mạc|bắt\s+đầu|mở\s+màn)(?!\w)")
_CLOSES = re.compile(r"(?i)(?<!\w)(?:bế\s+mạc|kết\s+thúc|khép\s+lại|ngày\s+(?:làm\s+việc\s+)?cuối(?:\s+cùng)?)(?!\w)")


def _day_by_its_meeting(sentences: list[Sentence], year: int) -> tuple[date, str, bool] | None:
    """The date of an article that states none, told by a meeting of the year its other clues give whose days
    are known (etl/data/calendar.toml) and which it tells from now: "Hội nghị thượng đỉnh G20 … khai mạc hôm
    nay tại Hàng Châu" (2016) was written on 4 September 2016, the summit's first day; "… bế mạc hôm qua", the
    day after its last; a meeting told from now with neither word is held that day, its first ("Các nhà lãnh
    đạo G20 hôm nay thảo luận …"). A week or a month told so tells the month: "… bên lề hội nghị thượng đỉnh
    G20 ở Argentina cuối tháng này" was written in November 2018. Of a word for a day and one for a week, the
    one nearer the meeting's name tells it ("Trump hôm nay viết: 'Chúng tôi sẽ … vào tuần tới tại hội nghị
    G20 ở Nhật Bản'"). The first such sentence tells it: (the date, its precision, whether it was guessed, as
    `reference` gives them; only an opening or a closing told that day tells the tense of the article's other
    meetings)."""
    for s in sentences:
        if not s.mentions:
            continue
        day, month = days_from_now(s.text), month_from_now(s.text)
        if day is None and month is None:
            continue
        for m in s.mentions:
            if (held := days_held(m.forum, m.meeting, year, m.ordinal)) is None:
                continue
            if month is not None and (day is None or abs(month[1] - m.pos) < abs(day[1] - m.pos)):
                return held[0] - timedelta(days=month[0]), "month", True
            opens, closes = bool(_OPENS.search(s.text)), bool(_CLOSES.search(s.text))
            return (held[1] if closes and not opens else held[0]) - timedelta(days=day[0]), "day", not (opens or closes)
    return None


_NUMBER = r"\d{1,2}|(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín)\s+mươi(?:\s+(?:mốt|một|hai|ba|tư|bốn|lăm|năm|sáu|bảy|tám|chín))?|mười(?:\s+\w+)?|\w+"
# "Mười năm trước, ngày …", "Đúng 20 năm trước, …", "Cách đây tròn 30 năm, vào ngày …"
_AGO = re.compile(rf"""(?ix)(?<!\w)(?:
      (?:(?:đúng|tròn|gần|hơn)\s+)?(?P<a>{_NUMBER})\s+năm\s+(?:về\s+)?trước(?:\s+đây)?
    | cách\s+đây\s+(?:(?:đúng|tròn|gần|hơn)\s+)?(?P<b>{_NUMBER})\s+năm )
    \s*,?\s*(?:vào\s+)?(?:(?:sáng|trưa|chiều|tối)\s+)?(?:ngày\s+)?$""")
_TENS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9}


def _years_ago(before: str) -> int | None:
    """How many years back the look-back that opens a lead goes ("Mười năm trước, ngày …"), else None."""
    m = _AGO.search(before)
    if not m:
        return None
    words = (m.group("a") or m.group("b")).lower().split()
    if len(words) >= 2 and words[1] == "mươi":
        return _TENS[words[0]] * 10 + (parse_ordinal(words[2]) or {"mốt": 1, "lăm": 5, "tư": 4}.get(words[2], 0)
                                       if len(words) > 2 else 0)
    return parse_ordinal(" ".join(words))


def _groups(mentions: list[Mention], spans: list[DateSpan], text: str) -> list[list[Mention]]:
    groups: list[list[Mention]] = []
    for m in mentions:
        if groups:
            prev = groups[-1][-1]
            dated_between = any(prev.end_pos <= s.pos < m.pos for s in spans)
            # "Trước Hội nghị X, Y …" and "Trong khuôn khổ X, Y …": the comma closes the time or the frame
            after_comma = "," in text[prev.end_pos:m.pos] and (
                _AS_A_TIME.search(text, 0, groups[-1][0].pos)
                or _FRAME.search(text, max(0, groups[-1][0].pos - 30), groups[-1][0].pos))
            # an item of a list that shares a head (meetings.py: "…:list") is one with it, past the place the one
            # before was held in: "các hội nghị thượng đỉnh G20 ở Bali (Indonesia) và APEC ở Bangkok"
            if not dated_between and not after_comma and (
                    _CONNECTOR.match(_connector_text(text[prev.end_pos:m.pos])) or m.rule.endswith(":list")):
                groups[-1].append(m)
                continue
        groups.append([m])
    return groups


_CONNECTOR = re.compile(r"^[\s,;]*(?:và|cùng|cùng với|cũng như|hoặc|tiếp theo là)?[\s,;]*"
                        # "… ASEAN+3 lần thứ 12 cùng các Hội nghị Cấp cao ASEAN - Trung Quốc, …": a plural head goes on
                        r"(?:(?<=\s)(?:các|những)\s*$)?"
                        # "AMM 56 và các hội nghị liên quan, gồm (trong đó có) Hội nghị …": one list
                        r"(?:(?:các\s+)?(?:hội\s+nghị|cuộc\s+họp)\s+liên\s+quan[\s,;:]*(?:(?:bao\s+)?gồm|như|là|trong\s+đó\s+có)?[\s,;:]*)?$",
                        re.I)


def _connector_text(between: str) -> str:
    """What joins two meeting names once brackets, numbers and the items of the list read as no meeting are set
    aside: ", 39 và" -> ", và"; ", Hội nghị Hội đồng Khu vực Thương mại tự do ASEAN (Hội đồng AFTA), " -> ", , "."""
    between = re.sub(r"^[^()]*\)", "", between)
    between = re.sub(r"\([^()]*\)", "", between)
    between = _AN_ITEM.sub("", between)
    return re.sub(r"\d+", "", between)


# An item of a list that the rules read as no meeting, between commas: "Hội nghị Hội đồng Khu vực Thương mại tự do ASEAN"
_AN_ITEM = re.compile(r"(?i)(?<=,)\s*(?:hội\s+nghị|cuộc\s+họp)\s[^,;.:]{1,80}?(?=\s*,)")


def _in_parens(text: str, pos: int) -> bool:
    return text.rfind("(", 0, pos) > text.rfind(")", 0, pos)


# What a day in brackets glosses, told just before it: "hôm qua (18/11)", "Chiều nay (28-2)", "thứ Hai
# (5/6)", "11h00 (15/11)", "Ngày hôm sau (31/7)", "sau 3 ngày làm việc (từ 28 đến 30-10)", "Tháng tới
# (tháng 11-2023)".
_GLOSSED = re.compile(r"(?i)(?<!\w)(?:ngày|hôm|sáng|chiều|tối|trưa|đêm|giờ|tuần|tháng|nay|qua|mai|kia|tới|thứ\s+\w+|"
                      r"chủ\s+nhật)(?!\w)|\d\s*[hg]\s*\d*\W*$")
# A dateline's bracket, an agency and its day: "Jakarta (TTXVN 6/9) – …".
_AGENCY_DAY = re.compile(r"\(\s*[A-ZĐ][A-ZĐ/-]{1,9}\s+\d")


def _aside(text: str, pos: int) -> bool:
    """Is the date at pos in brackets after something else than a time it glosses ("bản tin này
    (ngày 29-11)")?"""
    opened = text.rfind("(", 0, pos)
    return (opened > text.rfind(")", 0, pos) and not _GLOSSED.search(text, max(0, opened - 25), opened)
            and not _AGENCY_DAY.match(text, opened))


# "… nơi cách đây 50 năm đã diễn ra Hội nghị …": history told inside a sentence about something else.
_HISTORY_BEFORE = re.compile(r"(?i)cách\s+đây\s+\S+\s+(?:năm|thập\s+kỷ)[^,.;]{0,30}$")


# Speaking "trước" a meeting is speaking to it, not before it: "Ngày 21/9/2022, Tổng thống … phát biểu trước Đại
# hội đồng Liên Hợp Quốc", "… có bài phát biểu trước Hội nghị".
_SPOKEN_TO = re.compile(r"(?i)(?<!\w)(?:phát\s+biểu|diễn\s+văn|bài\s+nói|trình\s+bày)\s+trước\s+$")


def _told_for_another(text: str, at: int) -> bool:
    """Is the meeting whose name starts at `at` named as the complement of something else (one prepared
    for: "Ngày 25/8, Hội nghị Quan chức cao cấp … nhằm chuẩn bị cho các Hội nghị Cấp cao ASEAN+3 và …"),
    or as history (_COMPLEMENT, _PREPARED_FOR, _HISTORY_BEFORE)? A date told before it is not its own."""
    window = text[max(0, at - 20):at]
    return bool(_COMPLEMENT.search(window) and not _SPOKEN_TO.search(window)
                or _PREPARED_FOR.search(text, max(0, at - 24), at)
                or _HISTORY_BEFORE.search(text[max(0, at - 60):at]))
_UNTIL = re.compile(r"(?i)(?:kéo\s+dài\s+)?(?:đến|tới)\s+(?:hết\s+)?(?:ngày\s+)?(?:(?:hôm\s+)?(?:mai|kia)\s*\(\s*)?$")   # ("… kéo
                                                                # dài đến hết ngày mai (8/10)")
MAX_GAP = 160     # characters between a meeting's name and the date phrase that follows it


# A date in a clause of its own after the meeting is that clause's ("… tham dự hội nghị BRICS
# với tư cách nước đối tác, sau khi được BRICS chính thức công nhận vào tháng 6 vừa qua"), and one
# after another gathering the meeting is told at, that one's ("… báo cáo chuẩn bị Tuần lễ cấp cao
# APEC tại cuộc họp ở Hà Nội sáng 20-9"), and one told as the background ("… sau hội nghị G20, trong bối cảnh
# Mỹ phải tập trung cho cuộc bầu cử tổng thống vào tháng 11").
_OWN_CLAUSE = re.compile(r"(?i)(?<!\w)(?:(?:sau|trước|kể\s+từ)\s+khi(?![^,;]*,)|(?:tại|trong)\s+(?:cuộc|buổi)\s+(?:họp|làm\s+việc)|"
                         r"trong\s+bối\s+cảnh)(?!\w)"   # (not an aside the comma closes before the date: "Hội nghị Cấp
                                                        # cao ASEAN 36, sau khi lùi lịch, đã diễn ra … ngày 26/6")
                         # a clause on another act after a comma: "…, và việc Tổng thống … tuyên bố rút Mỹ khỏi Hiệp định
                         # Paris … hôm 1/6/2017 càng cho thấy …"
                         r"|,\s*và\s+việc(?!\w)"
                         # a relative clause on something else told after the meeting: "… đã họp đặc biệt … để bàn cách ứng
                         # phó với các mức thuế quan đối ứng mà Washington công bố hôm 2/4" (not the meeting's own, right
                         # after its name, number or short name: "… ADMM-3 mà Thái Lan đăng cai tại Pattaya hồi tháng 2-2009";
                         # nor "… không chỉ … mà còn …")
                         r"|[^\W\d][^,;.()\d]{8,}?\smà\s+(?!(?:còn|cũng|vẫn|lại|không|chưa|chỉ|là)(?!\w))[^,;.]*$"
                         # another meeting the date's own clause measures from: "… đã họp ở cấp nguyên thủ … - lần thứ hai
                         # trong lịch sử, sau cuộc họp cấp cao đầu tiên vào tháng 1-1992"
                         r"|(?<!\w)(?:sau|trước|kể\s+từ)\s+(?:cuộc\s+họp|hội\s+nghị|phiên\s+họp|cuộc\s+gặp)(?!\w)[^,;.]*$"
                         # a gathering of two sides told after it: "… bên lề Đối thoại Shangri-La cho biết, Singapore sẵn
                         # sàng … hội nghị thượng đỉnh lịch sử giữa Mỹ và Triều Tiên vào ngày 12/6 tới"
                         r"|(?<!\w)(?:cuộc\s+gặp|hội\s+đàm|hội\s+kiến|tiếp\s+xúc|thượng\s+đỉnh|cuộc\s+họp)"
                         r"(?:\s+(?:song\s+phương|riêng|lịch\s+sử|trực\s+tiếp|cấp\s+cao|đầu\s+tiên))*\s+(?:giữa|với)\s"
                         r"[^,;.]*$"        # (in the date's own clause: not "… cuộc gặp với ông Kim, Tổng thống … tối 9/6")
                         # a bulletin's day: "… không tham dự hội nghị cấp cao ASEAN và Đông Á… là những tin nóng sáng ngày 1/9"
                         r"|(?<!\w)(?:điểm\s+tin|bản\s+tin|những\s+tin|tin\s+(?:nóng|chính|đáng\s+chú\s+ý|vắn))(?!\w)"
                         # a quotation closed, then who said it: "… khi dự hội nghị Cấp cao Đông Á (EAS)", Patrick
                         # Murphy … trao đổi … với các phóng viên ngày 16/10"
                         r"|[\"”]\s*,"
                         # another event, whose date it is: an incident ("… để phản đối vụ tấn công ngày 7/10", "sau vụ
                         # việc ngày 12/6"), a deed made a noun after a cause or a reaction ("… bên lề hội nghị thượng đỉnh
                         # G20, nhằm phản ứng trước việc Nga nổ súng bắt tàu chiến … ngày 25/11")
                         r"|(?<!\w)(?<!nhiệm\s)(?<!phục\s)(?<!dịch\s)(?<!nghĩa\s)(?<!thời\s)(?<!mùa\s)(?<!đặc\s)(?-i:vụ)\s+"
                         r"(?!(?:trưởng|phó|mùa)(?!\w))(?-i:[a-zà-ỹđ])"
                         r"|(?<!\w)(?:trước|sau|do|vì|về|phản\s+đối|lên\s+án|phản\s+ứng(?:\s+(?:trước|với))?|đáp\s+trả)\s+"
                         r"(?:việc|sự\s+việc)(?!\w)"
                         r"|(?<!\w)(?:nhằm|để)\s+(?:phản\s+ứng|phản\s+đối|đáp\s+trả|trả\s+đũa|phản\s+kháng)(?!\w)"
                         # ... a cause ("… đã phải hoãn, một phần vì quyết định của chính phủ Thụy Sĩ ngày 26/11"), an
                         # election, an attack, a launch ("bởi kết quả cuộc bầu cử tổng thống Mỹ ngày 3/11")
                         r"|(?<!\w)(?:(?:bởi|một\s+phần|chủ\s+yếu|chính)\s+vì|,\s*vì)(?!\w)"
                         r"|(?<!\w)cuộc\s+(?:bầu\s+cử|tổng\s+tuyển\s+cử|trưng\s+cầu|tấn\s+công|biểu\s+tình|đảo\s+chính|"
                         r"tập\s+trận|thử|phóng|xung\s+đột|chiến\s+tranh|khủng\s+hoảng)(?!\w)"
                         # ... or a ceremony of another kind ("… mời Tổng thống Mỹ đến Moskva dự lễ duyệt binh kỷ niệm …
                         # ngày 7/5/2020"; not the meeting's own opening or closing)
                         r"|(?<!\w)lễ\s+(?:duyệt\s+binh|diễu\s+binh|quốc\s+khánh|nhậm\s+chức|tuyên\s+thệ|tang|quốc\s+tang|"
                         r"tưởng\s+niệm|mít\s+tinh|kỷ\s+niệm|đăng\s+quang|cưới)(?!\w)")


# A meeting named to tell when something else happened, at the head of a clause: "Trước Hội
# nghị Cấp cao, …", "Ngay sau Hội nghị, …".
# A sentence that opens by comparing with a meeting: "So với …", "Khác với …", "Cũng như …", "Không giống như …"
_COMPARED_WITH = re.compile(r"(?i)^\W*(?:so\s+với|khác\s+với|(?:không\s+)?giống\s+(?:như|với)|cũng\s+như|tương\s+tự\s+như)"
                            r"(?:\s+(?:các|những))?\s+$")
_AS_A_TIME = re.compile(r"(?i)(?:^|[,;]\s*)(?:ngay\s+)?(?:trước|sau)"
                        r"(?:\s+thềm|\s+khi(?:\s+(?:(?:tham\s+)?dự|tham\s+gia|kết\s+thúc|rời))?"
                        r"|\s+phiên\s+(?:họp|khai\s+mạc|bế\s+mạc)(?:\s+của)?)?\s+$")
_AS_A_TIME = Gated(_AS_A_TIME)      # searched only in sentences that hold its words: sentences.Gated
# "Ngay sau phiên họp của AMAF 42, Bộ trưởng … chủ trì Hội nghị …": on the day that meeting ended.
_RIGHT_AFTER = re.compile(r"(?i)^\W*ngay\s+sau\s+(?:phiên\s+(?:họp|bế\s+mạc)(?:\s+của)?\s+)?$")


# A comma inside a place ("tại Labuan Bajo, tỉnh Đông Nusa Tenggara", "tại Jakarta, Indonesia") ends no clause.
_PLACE_WORD_AFTER = re.compile(r"\s*(?:tỉnh|thành\s+phố|thủ\s+đô|bang|đảo|thị\s+trấn|quận|huyện)(?!\w)", re.IGNORECASE)


# An aside right after a meeting's name that tells its holding: "trước thềm Hội nghị Cấp cao ASEAN lần
# thứ 34, tổ chức tại Bangkok trong hai ngày 22 và 23-6, các tổ chức …" (the date is the meeting's).
_HOLDING_ASIDE = re.compile(r"\s*(?:(?:sẽ|đã|được|dự\s+kiến)\s+)*(?:tổ\s+chức|diễn\s+ra|khai\s+mạc|kéo\s+dài)(?!\w)",
                            re.IGNORECASE)


def _before_a_comma(text: str, end: int, spans: list[DateSpan], gaz: Gazetteer) -> bool:
    """The clause a name ends goes on to a comma with no date before it (a comma inside a place
    does not end the clause, nor one that opens an aside telling the meeting's holding)."""
    comma = _comma_outside_brackets(text, end)
    aside = comma >= 0 and not text[end:comma].strip() and _HOLDING_ASIDE.match(text, comma + 1)
    if aside:
        comma = _comma_outside_brackets(text, comma + 1)
    while comma >= 0 and (_PLACE_WORD_AFTER.match(text, comma + 1) or _place_at(text, comma + 1, gaz)):
        comma = _comma_outside_brackets(text, comma + 1)
    return comma >= 0 and not any(end <= s.pos < comma for s in spans)


def _comma_outside_brackets(text: str, at: int) -> int:
    """The first comma from `at` on that no bracket opened from `at` on holds ("Sau Hội nghị … (tại
    thành phố Sochi, tháng 5-2016), …": the comma after the bracket), else -1."""
    comma = text.find(",", at)
    while comma >= 0 and (opened := text.rfind("(", at, comma)) >= 0 and text.find(")", opened, comma) < 0:
        closed = text.find(")", comma)
        if closed < 0:
            return comma
        comma = text.find(",", closed)
    return comma


def _place_at(text: str, pos: int, gaz: Gazetteer) -> bool:
    start = len(text) - len(text[pos:].lstrip())
    return any(r.match(text, start) for r in (gaz.country_re, gaz.city_re, gaz.place_re))


# A meeting dated as some days after the day told before it: "… hôm 25/5 và hội nghị thượng đỉnh G7 ở Sicily, Italy sau
# đó một ngày", "… ngày 8/11, và Hội nghị B hai ngày sau đó".
_DAY_COUNTS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4}
_DAYS_LATER = re.compile(r"(?i)[^.;:\d]{0,40}?\s(?:sau\s+đó\s+(?P<n>một|hai|ba|bốn|[1-4])\s+ngày"
                        r"|(?P<m>một|hai|ba|bốn|[1-4])\s+ngày\s+sau(?:\s+đó)?)(?!\w)(?!\s+khi)")   # (not "một ngày sau khi …")


# … or some days before it: "… chiều nay (14/11), một ngày trước khi hội nghị thượng đỉnh G20 khai mạc"
_DAYS_BEFORE = re.compile(r"(?i)(?<!\w)(?P<n>một|hai|ba|bốn|[1-4])\s+ngày\s+trước\s+khi\s+(?:(?:các|những|cuộc)\s+)?$")


def _days_on(span: DateSpan, count: str, words: str) -> DateSpan:
    """The day `count` days ("một", "2") after the span's, told by `words`."""
    n = timedelta(days=_DAY_COUNTS.get(count.lower()) or int(count))
    return replace(span, start=span.start + n, end=span.end + n, text=f"{span.text} {words.strip()}")


def _its_month(span: DateSpan) -> DateSpan | None:
    """The month a date falls in (None for one over two months)."""
    if (span.start.year, span.start.month) != (span.end.year, span.end.month):
        return None
    first = span.start.replace(day=1)
    return replace(span, start=first, end=first, precision="month")


# A time told right before a clause of "khi" that holds the meeting: "… vào cuối tháng 6 khi hai lãnh đạo gặp nhau bên lề hội
# nghị G20 ở Nhật, mở đường cho … cuối tháng 7" (the meeting's June, not the July of the clause after it)
_WHEN_IT = re.compile(r"(?i)(?:\s+(?:năm\s+(?:ngoái|nay|trước|tới|sau)|vừa\s+qua|tới|này))?\s*,?\s*(?:khi|lúc)\s+[^,.;:()]*$")
# … unless the date after it is its own, told taking place right after its name: "…, khi … lên diễn đàn Hội nghị … (CEO
# Summit), diễn ra từ 15 đến 17/11"
_ITS_OWN_DAYS_AFTER = re.compile(r"(?i)\s*(?:\([^()]*\)\s*)?,?\s*(?:(?:đã|sẽ|đang|được|dự\s+kiến)\s+)*"
                                 rf"(?:{_HAPPEN_WORDS})(?!\w)[^,.;]{{0,40}}$")


def _dated_when(text: str, spans: list[DateSpan], prev_end: int, g_start: int, g_end: int, after: DateSpan) -> bool:
    """Is the meeting dated before a clause of "khi" that names it (_WHEN_IT), the date after it being past a comma and
    not its own (_ITS_OWN_DAYS_AFTER)?"""
    return "," in text[g_end:after.pos] and not _ITS_OWN_DAYS_AFTER.match(text, g_end, after.pos) and any(
        prev_end <= b.pos < g_start and _WHEN_IT.match(text, b.pos + len(b.text), g_start) for b in spans)


def _pick_date(group: list[Mention], spans: list[DateSpan], text: str, prev_end: int, next_start: int,
               claimed: set[int], shared: bool = True, compared: bool = False) -> tuple[DateSpan, int] | None:
    g_start, g_end = group[0].pos, group[-1].end_pos
    # "Họp báo về Hội nghị GMS lần 6 và CLV lần 10 tại Hà Nội chiều 15-3": the briefing's day, unless the
    # meeting's own follows a verb of its taking place ("họp báo về Hội nghị … diễn ra ngày 11-14/7")
    briefed = bool(_BRIEFED_ON.search(text, max(0, g_start - 40), g_start))
    for i, s in enumerate(spans):
        if briefed and not (g_end <= s.pos and _HAPPEN.search(text, g_end, s.pos)) or _bound(text, s):
            continue
        # a date far down the sentence dates something else ("… kế hoạch thông qua tháng 6"), and so
        # does one that leads the next meeting's clause when this one has a date before it
        if (g_end <= s.pos < min(next_start, g_end + MAX_GAP) and i not in claimed
                and not (_leads_next(text, g_end, s, next_start) and any(prev_end <= b.pos < g_start for b in spans))
                and not _OWN_CLAUSE.search(text, g_end, s.pos) and not _said_on(text, g_end, s)
                and not _BESIDE_A_FAIR.search(text, g_end, s.pos)
                and not _dated_when(text, spans, prev_end, g_start, g_end, s)
                # (nor the day the person spoke, past the end of a clause on them that names the meeting: "Tổng thống
                # Putin, người chủ trì hội nghị G20 này, hôm qua cho rằng …")
                and not (_WHO_CLAUSE.search(text, max(0, g_start - 70), g_start) and "," in text[g_end:s.pos]
                         and _THEY_SAY.match(text, s.pos + len(s.text)))):
            claimed.add(i)
            opened = [b for b in spans if prev_end <= b.pos < g_start and b.precision == "day" and b.end < s.start]
            if opened and s.precision == "day" and _UNTIL.search(text[g_end:s.pos]):
                # "Hôm nay, Hội nghị … khai mạc, kéo dài đến hết ngày 17/1": opened today, ends on 17/1
                return replace(opened[-1], end=s.end, text=f"{opened[-1].text} … {s.text}"), 3
            closed = [b for b in spans if prev_end <= b.pos < g_start and b.precision == "day" and b.start == b.end
                      and s.end < b.start <= s.end + timedelta(days=_A_WEEK)]
            if closed and s.precision == "day" and s.start == s.end and _FROM_ALONE.search(text, max(0, s.pos - 10), s.pos):
                # "Chiều muộn 22/11, Hội nghị … diễn ra từ ngày 21/11 đã bế mạc": from the day told after it to the day
                # told before
                return replace(s, end=closed[-1].end, text=f"{s.text} … {closed[-1].text}"), 3
            if s.precision == "day" and s.start == s.end and (days := _its_days_after(text, s, spans, next_start)):
                return days, 3      # "…, công bố sáng 24/8 …, trong ngày làm việc cuối cùng của hội nghị kéo dài từ 22
                                    # đến 24/8": the meeting's days, which hold the day of what was done there
            return s, 3 if _HAPPEN.search(text[g_end:s.pos]) else 2
    if briefed:
        return None
    # a date the meeting before has taken is not this one's when another is there: "X khai mạc ngày
    # 20/1 tại Langkawi, ngày 21/1 diễn ra Y"
    # (a date in brackets that another meeting took is that one's own: "Sau Hội nghị thượng đỉnh Nga - ASEAN
    # (tại thành phố Sochi, tháng 5-2016), … Hội nghị EAS")
    # (`shared`: a date the meeting before took may be this one's too; where that one frames it, only its month:
    # "Trong khuôn khổ Tuần lễ cấp cao APEC 2017 diễn ra từ ngày 5 – 11/11, …, đó là cuộc đối thoại …" holds the
    # dialogue in November, on a day it does not tell)
    # (`compared`: the meeting before is one the sentence opens by comparing with, whose date is its own alone)
    before = ([s for i, s in enumerate(spans) if prev_end <= s.pos < g_start and i not in claimed]
              or [s if shared else _its_month(s) for i, s in enumerate(spans) if prev_end <= s.pos < g_start
                  and not (i in claimed and (compared or _in_parens(text, s.pos)))])
    before = [s for s in before if s is not None]
    line = lead_dateline(text) if len(before) > 1 else None
    if line and before[0].pos < line.end():
        before = before[1:]     # "Hà Nội, 1/6/2025 - Đầu tháng 7 tới, Hội nghị …": the page's own date
    # "… hôm 28/11 đi qua eo biển Đài Loan ngay trước thềm cuộc hội đàm … tại hội nghị G20": a day on
    # the eve of the meeting is not its own; nor one in brackets after something else than a day
    # ("bản tin này (ngày 29-11) …, tại Hội nghị G20"; but "Chiều nay (28-2), … khai mạc Hội nghị …")
    before = [s for s in before if not (_EVE.search(text, s.pos, g_start) or _aside(text, s.pos) or _bound(text, s)
                                        or _UNTIL_THE_MEETING.search(text, s.pos, g_start)
                                        or _AN_INTERVIEWS_DAY.search(text, max(0, s.pos - 60), s.pos)
                                        or _in_a_persons_clause(text, s, g_start)
                                        or _CONTRASTED.search(text, s.pos, g_start))]
    if (source := _ATTRIBUTED.match(text)) and prev_end <= source.end() <= g_start:
        before = [s for s in before if s.pos >= source.end()]    # "Theo hãng tin Reuters ngày 5/6, …": the report's day
    said = [r.end() for r in _REPORTED.finditer(text, prev_end, g_start)]
    if said and any(s.pos >= said[-1] for s in before):
        # "Ngày 1/6, Bộ Ngoại giao cho biết, đầu tháng 7 tới, Hội nghị …": 1/6 is the day it was said
        before = [s for s in before if s.pos >= said[-1]]
    elif said and before and (_PLANNED.search(text, said[-1], g_start) or not _HELD.search(text, said[-1]) and (
            _WHAT_WAS_SAID.match(text, said[-1]) or _THAT.search(text, said[-1], g_start)
            or not (_SAID_AT.search(text, said[-1], g_start) or _A_DECLARATION.match(text, said[-1])
                    or _HAPPEN.search(text, said[-1])))):
        # "Tổng thống X ngày 29/11 cho biết ông sẽ dự Hội nghị …": the day it was said, before what will be;
        # "Người phát ngôn X ngày 24/10 cho biết, lịch trình … tại Hội nghị …": before what it said, and
        # "Tại họp báo chiều 18-1, … cho biết Hội nghị … là dịp …": what it said is about (but "Ngày 30-10, Bộ
        # Ngoại giao cho biết, … AMM 36 đã diễn ra": held that day; "khẳng định tại Hội nghị …": said there)
        before = []
    if (before and not _told_for_another(text, g_start)
            and not _THEN.search(text, max(0, g_start - 20), g_start)
            and not _another_year_of_its_own(text, g_end, before[0])):
        outside = [s for s in before if not _in_parens(text, s.pos)] or before
        # a day and the days that hold it: the days ("Chiều nay, sau ba ngày làm việc (từ 14 đến 16-11), Hội nghị …
        # đã bế mạc": 14-16/11, not the closing afternoon alone)
        held = next((b for b in before if b.precision == "day" and b.start < b.end and b.start <= outside[0].start
                     <= b.end), None) if outside[0].precision == "day" and outside[0].start == outside[0].end else None
        return held or outside[0], 1
    if (spans and spans[0].pos < prev_end and _opens_the_sentence(text, spans[0])
            and not _told_for_another(text, g_start)):
        return spans[0], 1      # "Cũng trong tháng 10/2010, Hội nghị X …, và Hội nghị Y …": Y's date too
    return None


# A day in the clause that says who told of the meeting, after it: "Diễn đàn … lần này sẽ có sự tham dự của gần 40 lãnh
# đạo nước ngoài, Uỷ viên Quốc vụ Trung Quốc Dương Khiết Trì hôm 30/3 cho biết", "…, ông X cho biết hôm 30/3."
_SAYING = r"cho\s+biết|cho\s+hay|thông\s+báo|tuyên\s+bố|xác\s+nhận|công\s+bố|tiết\s+lộ|nói|đưa\s+tin"
_SAID_AFTER_THE_DAY = re.compile(rf"(?i)\s*(?:{_SAYING})(?!\w)")
_SAID_BEFORE_THE_DAY = re.compile(rf"(?i)(?<!\w)(?:{_SAYING})\s+(?:vào\s+)?(?:(?:sáng|trưa|chiều|tối)\s+)?(?:hôm|ngày)\s*$")
_SENTENCE_ENDS = re.compile(r"\s*(?:[.!?…]|$)")
_QUOTING_AFTER_THE_DAY = re.compile(r"(?i)\s*(?:dẫn\s+lời|dẫn\s+nguồn\s+tin|trích\s+lời)(?!\w)")


def _said_on(text: str, g_end: int, span: DateSpan) -> bool:
    """Is the date after the meeting the day its teller spoke, in a clause of its own after a comma that ends the
    sentence? (Not a day the main clause tells after the meeting's frame: "Bên lề thượng đỉnh G7, Tổng thống … hôm
    25/8 tuyên bố đạt thỏa thuận …" was said there.)"""
    if "," not in text[g_end:span.pos]:
        return False
    said = _SAID_AFTER_THE_DAY.match(text, span.pos + len(span.text))
    if said:
        return bool(_SENTENCE_ENDS.match(text, said.end()))
    # "…, hãng tin Reuters ngày 10/11 dẫn lời một quan chức chính phủ Indonesia cho hay."
    quoted = _QUOTING_AFTER_THE_DAY.match(text, span.pos + len(span.text))
    if quoted and (said := _SAID_AFTER_THE_DAY.search(text, quoted.end(), quoted.end() + 80)):
        return "," not in text[quoted.end():said.start()] and bool(_SENTENCE_ENDS.match(text, said.end()))
    return bool(_SAID_BEFORE_THE_DAY.search(text, max(0, span.pos - 30), span.pos)
                and _SENTENCE_ENDS.match(text, span.pos + len(span.text)))


# A day in a clause on a person between commas, before the meeting, is that person's: "Ngoại trưởng Mỹ Antony Blinken,
# người có mặt tại Phnom Penh từ tối 3/8, cũng phát biểu tại ARF 29".
_WHO_CLAUSE = re.compile(r"(?i),\s*(?:người|vốn\s+là|là\s+người)\s[^,;.()]{0,60}$")


# A clause set against the one before it, which tells its own time: "… sẽ tổ chức … (ADMM Retreat) vào tháng 2-2020, còn
# ADMM-14 và ADMM+ lần thứ 7 dự kiến diễn ra vào cuối năm" (February is the retreat's alone).
_CONTRASTED = re.compile(r"(?i),\s*(?:còn|trong\s+khi(?:\s+đó)?)\s")
_THEY_SAY = re.compile(rf"(?i)\s*(?:đã\s+)?(?:{_SAYING}|cho\s+rằng|khẳng\s+định|nhấn\s+mạnh|bày\s+tỏ|kêu\s+gọi)(?!\w)")


def _in_a_persons_clause(text: str, span: DateSpan, g_start: int) -> bool:
    """Is the day in a clause on a person (_WHO_CLAUSE) that a comma closes before the meeting at g_start?"""
    return bool(_WHO_CLAUSE.search(text, max(0, span.pos - 70), span.pos)) and "," in text[span.pos:g_start]


# A day that opens a time lasting until the meeting (or its end) is that time's: "… không đưa khách tham quan … từ
# ngày 30-10 đến hết Tuần lễ cấp cao APEC".
_UNTIL_THE_MEETING = re.compile(r"(?i)(?<!\w)(?:đến|tới)\s+(?:hết|khi\s+kết\s+thúc|khi\s+bế\s+mạc)\s+(?:(?:các|những)\s+)?$")


# A meeting a press briefing is about: the sentence's dates are the briefing's.
_BRIEFED_ON = re.compile(r"(?i)(?<!\w)họp\s+báo(?:(?:\s+(?:thông\s+báo|thông\s+tin|công\s+bố|giới\s+thiệu))?(?:\s+(?:kết\s+quả|nội\s+dung|"
                         r"chương\s+trình|công\s+tác\s+chuẩn\s+bị))?\s+(?:về|của|cho)"
                         r"|\s+(?:thông\s+báo|công\s+bố|giới\s+thiệu))\s+(?:các\s+|hai\s+|ba\s+)?$")   # ("họp báo giới thiệu Hội nghị …")
# A day as a bound, before or after which something is done: "ngưng áp dụng các mức thuế mới sau ngày 1-1".
_BOUND = re.compile(r"(?i)(?<!\w)(?:sau|trước)\s+(?:ngày\s+)?$")


def _bound(text: str, span: DateSpan) -> bool:
    """Is the date written in the text ("1-1", not a day told by another meeting) a bound?"""
    return span.text[:1].isdigit() and bool(_BOUND.search(text, max(0, span.pos - 16), span.pos))


# The day of an interview, a phone call or a piece of writing, told right after it: "Trong cuộc phỏng vấn với báo
# Washington Post ngày 14-11, phó tổng thống Mỹ tiết lộ … dự Hội nghị cấp cao Mỹ - ASEAN", "trong bài viết đăng
# trên tờ Nikkei hôm 3/5": not the meeting's.
_AN_INTERVIEWS_DAY = re.compile(r"(?i)(?<!\w)(?:phỏng\s+vấn|điện\s+đàm|bài\s+(?:viết|báo|xã\s+luận))(?!\w)[^,.;:()]{0,45}?"
                                r"(?:(?:vào|trong)\s+)?(?:(?:sáng|trưa|chiều|tối|đêm)\s+)?(?:ngày|hôm)?\s*$")
# "trước thềm": on the eve of what follows.
_EVE = re.compile(r"(?i)(?<!\w)trước\s+thềm(?!\w)")
# A report's source opening the sentence, with the day it reported: "Theo hãng tin Reuters ngày 5/6,",
# "Theo thông báo của Bộ Tài chính Mỹ ngày 14-5," (not a plan's: "Theo kế hoạch, ngày 5/6 …").
_ATTRIBUTED = re.compile(r"(?i)\W*theo\s+(?!(?:kế\s+hoạch|chương\s+trình|lịch\s+trình|dự\s+kiến|đó|như)(?!\w))"
                         r"[^,;:.]{1,80}?(?:ngày|hôm)\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?"
                         r"|\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)(?=\s*,)")
# What opens what was said, after the verb: "cho biết, …", "cho biết rằng …", "tuyên bố: …".
_WHAT_WAS_SAID = re.compile(r"(?i)\s*(?:[,:]|rằng(?!\w))")
# ... past where it was said: "Hôm 3/12, Tổng thống … nói tại một cuộc họp báo rằng ông … tại hội nghị cấp cao ASEAN
# hồi tháng trước": the meeting is in what was said, not where.
_THAT = re.compile(r"(?i)(?<!\w)rằng(?!\w)")
# "tuyên bố chung", a joint declaration, is no saying: "… không thừa nhận tuyên bố chung của hội nghị thượng đỉnh G7".
_A_DECLARATION = re.compile(r"(?i)\s+chung(?!\w)")
# The meeting as where it was said, not what it was said about ("Ngày 8/9, Thủ tướng khẳng định tại Hội nghị Cấp cao
# ASEAN …"; not "Tại họp báo chiều 18-1, Người Phát ngôn … cho biết Hội nghị Cấp cao Kỷ niệm ASEAN - Ấn Độ là dịp …").
_SAID_AT = re.compile(r"(?i)(?<!\w)(?:tại|bên\s+lề|trong\s+khuôn\s+khổ|khi\s+dự|khi\s+tham\s+dự|trước|với)\s+"
                      r"(?:(?:các|những|phiên|buổi)\s+)*$")


# The meeting's days told after a day of something done at it, in the same sentence, by its common noun and a verb of
# lasting: "…, trong ngày làm việc cuối cùng của hội nghị kéo dài từ 22 đến 24/8" (_its_days_after).
_ITS_DAYS_TOLD = re.compile(r"(?i)(?<!\w)(?:hội\s+nghị|thượng\s+đỉnh|cuộc\s+họp)\s+(?:(?:đã|sẽ)\s+)?(?:kéo\s+dài|diễn\s+ra)"
                            r"(?:\s+trong\s+(?:hai|ba|bốn|năm|[2-5])\s+ngày)?\s+(?:từ\s+)?(?:ngày\s+)?$")


def _its_days_after(text: str, day: DateSpan, spans: list[DateSpan], next_start: int) -> DateSpan | None:
    """The days of the meeting told later in its clause, holding `day` (_ITS_DAYS_TOLD), if any; in the day's year
    where only the day writes one."""
    for sp in spans:
        if not (day.pos < sp.pos < next_start and sp.precision == "day" and sp.start < sp.end
                and sp.start.year == sp.end.year and _ITS_DAYS_TOLD.search(text, max(0, sp.pos - 60), sp.pos)):
            continue
        if sp.year_inferred and not day.year_inferred:
            sp = shift_years(sp, day.start.year - sp.start.year) or sp
        if sp.start <= day.start <= sp.end:
            return sp
    return None


# A meeting told with a year of its own right after its name (and its place) takes no day told before it: "Tại phiên bế
# mạc chiều 19/10, … mời lãnh đạo các nước tới Phnom Penh dự ASEM 13 vào năm 2020" (only a year: no event).
_ITS_OWN_YEAR = re.compile(r"(?i)\s*(?:(?:tại|ở)\s+[^,.;]{1,30}?\s+)?(?:vào\s+|trong\s+)?năm\s+(?:(?P<y>(?:19|20)\d\d)|tới|sau)"
                           r"(?!\w)(?!\s*[,(]?\s*(?:vào\s+)?(?:ngày|tháng|từ)\s)")


def _another_year_of_its_own(text: str, g_end: int, day: DateSpan) -> bool:
    """Is the meeting ending at g_end told with a year of its own (_ITS_OWN_YEAR) other than the day's before it?"""
    own = _ITS_OWN_YEAR.match(text, g_end)
    return own is not None and (own["y"] is None or int(own["y"]) != day.start.year)


# What comes after the date told before: "SOM 1 dự kiến diễn ra vào tháng 2/2027, tiếp đó là SOM 2
# và SOM 3" (not in February).
# (not right after it: "Ngay sau đó là Hội nghị …", that day: dates.SAME_DAY)
_THEN = re.compile(r"(?i)(?<!\w)(?:tiếp\s+(?:đó|theo)|(?<!ngay\s)sau\s+đó|kế\s+đến|rồi\s+đến)\s+(?:sẽ\s+)?là\s+$")


# What lies between a date and the next meeting's name when the date is that meeting's: "…, ngày
# 21/1 diễn ra Hội nghị Y", "…, tiếp đó ngày 21/1 là Hội nghị Y".
_TO_NEXT = re.compile(r"\s*(?:(?:sẽ|đã|thì|mới|lại|tiếp\s+tục)\s+)*(?:là|diễn\s+ra|khai\s+mạc|tổ\s+chức|họp|tới\s+lượt"
                      # … or a verb of attending it: "Ngày 26/10, Thủ tướng dự X, và ngày 1/11 tham dự Y"
                      r"|(?:tham\s+)?dự|tham\s+gia|(?:đồng\s+)?chủ\s+trì|phát\s+biểu\s+tại|có\s+mặt\s+tại)\s*")


def _leads_next(text: str, g_end: int, span: DateSpan, next_start: int) -> bool:
    """Is the date after a meeting the next meeting's, in a clause of its own? Past a semicolon
    ("ngày 13/7 sẽ diễn ra Hội nghị X; ngày 14/7 sẽ diễn ra Y"), or after a comma, right before
    the next name ("Ngày 20/1, Hội nghị X khai mạc, ngày 21/1 diễn ra Hội nghị Y")."""
    between = text[g_end:span.pos]
    if ";" in between:
        return True
    return "," in between and bool(_TO_NEXT.fullmatch(text, span.pos + len(span.text), next_start))


# A date that opens the sentence, set off by a comma: it dates every meeting of the sentence that
# has none of its own ("Cũng trong tháng 10/2010, …", "Ngày 5/9, …", "Giữa tháng 11, … dự Tuần lễ Cấp cao APEC … và
# phát biểu tại Hội nghị các Nhà Lãnh đạo Kinh tế APEC lần thứ 30").
_OPENING_WORDS = re.compile(rf"(?i)^\W*(?:(?:cũng|ngay)\s+)?(?:(?:trong|vào|hồi|đến)\s+)?(?:(?:{alt(TIMES_OF_DAY)})\s+)?"
                            r"(?:(?:đầu|giữa|cuối)\s+)?(?:ngày\s+)?$")


def _opens_the_sentence(text: str, span: DateSpan, start: int = 0) -> bool:
    return bool(_OPENING_WORDS.match(text[start:span.pos])) and text[span.pos + len(span.text):].lstrip().startswith(",")


# Days a meeting told as held may start after its page's date (a report filed across midnight, another time zone).
_PAST_ITS_PAGE = timedelta(days=2)


def _status(said: str | None, span: DateSpan, ref: date | None, ref_precision: str | None, dated: bool = False) -> str:
    """'planned' or 'held': the tense the sentence tells of the meeting and its date (`said`, as
    _reports_of reads it), else the article's date (`dated`: the article's own, not a day its lead tells)."""
    if said == "held" and dated and ref is not None and ref_precision == "day" and span.start > ref + _PAST_ITS_PAGE:
        return "planned"    # a past verb of something else, the meeting after the page's day: "Bắc Kinh đã chọn Thâm
                            # Quyến làm nơi tổ chức Hội nghị … APEC tháng 11/2026", on a page of 20/10/2025
    if said is not None:
        return said
    if ref is not None and ref_precision == "day" and span.start <= ref <= span.end:
        return "held"       # under way on the article's own date
    if ref is not None and span.start > ref:
        return "planned"
    return "held"


# On the eve of the meeting, or before it: "… ngay trước thềm Đối thoại Shangri-La", "Đây là cuộc họp lần thứ 3
# trong năm nay, trước khi CLMV 8 và ACMECS 7 diễn ra vào ngày 26/10": the meeting is still to come when what the
# sentence tells happens (not "Việt Nam đã tổ chức thành công ISOM …, trước khi Tuần lễ Cấp cao APEC diễn ra …", a
# look back at what was done before it, told as done).
_ON_ITS_EVE = re.compile(r"(?i)(?<!\w)trước\s+(?:(?P<eve>thềm)|khi)\s+(?:(?:các|những|cuộc)\s+)?$")


def _on_its_eve(text: str, lo: int) -> bool:
    """Is the meeting dated at `lo` named on its eve (_ON_ITS_EVE)? Asked of a dated report only: an
    undated mention's "Trước thềm hội nghị G7 …" tells the background of an article on the summit, no
    tense of the summit's days."""
    eve = _ON_ITS_EVE.search(text, max(0, lo - 20), lo)
    return bool(eve and (eve["eve"] or not _HELD.search(text, 0, eve.start())))


@per_article        # asked again for the same mention: by its report, then by the article's other reports
def _tense(text: str, lo: int, hi: int, clause: tuple[int, int]) -> str | None:
    """'planned' or 'held' by the status word nearest the meeting and its date, else None."""
    more = _MORE_NUMBERS.match(text, hi)      # "lần thứ 44 và 45 sẽ diễn ra": one name, two numbers
    hi = more.end() if more else hi
    related = _AND_RELATED.match(text, hi)    # "(SOM 1) và các cuộc họp liên quan sẽ diễn ra": its tense too
    hi = related.end() if related else hi
    stop = _CLAUSE_END.search(text, hi, clause[1])
    window_end = min(stop.start() if stop else clause[1], hi + 25)
    if put_off := _POSTPONED.search(text, lo, window_end):
        # "…, vốn đã được lùi sang cuối tháng 6": put off, still to come; but "… đã phải lùi lại và diễn ra trực tuyến
        # ngày 26/6": put off, then held (not "… sẽ lùi sang tháng 9 và tổ chức trực tuyến": both still to come)
        then_held = _THEN_HELD.match(text, put_off.end()) and not _PLANNED.search(text, max(0, put_off.start() - 16),
                                                                                  put_off.start())
        return "held" if then_held else "planned"
    best: tuple[int, str, int] | None = None
    # a meeting told about ("… đã chủ trì cuộc họp báo về Tuần lễ Cấp cao APEC 2017, diễn ra … từ ngày 6 đến 11/11"):
    # the tense before it is the telling's, not the meeting's
    about = bool(_ABOUT_IT.search(text, max(0, lo - 8), lo))
    for pattern, status in ((_PLANNED, "planned"), (_HELD, "held")):
        for m in pattern.finditer(text, lo if about else clause[0], window_end):
            if _SMALL_AND_MEDIUM.match(text, m.start()):
                continue
            dist = 0 if lo <= m.start() < hi else min(abs(m.start() - lo), abs(m.start() - hi))
            if best is None or dist < best[0] or (dist == best[0] and status == "planned"):
                best = (dist, status, m.end())
    if best is None or best[0] > 60:
        if about:
            return None
        return _governed(text, lo) or (_main_clauses(text, stop.end()) if stop and _FRAME_OPENS.match(text, 0, lo) else None)
    if best[1] == "held" and best[2] <= lo and _TO_COME.search(text, best[2], lo):
        return "planned"        # "đã mời Tổng thống … dự Hội nghị cấp cao APEC vào tháng 11": invited to it
    return best[1]


_ABOUT_IT = re.compile(r"(?i)(?<!\w)về\s+$")
# (past the name's last words, when its short name in brackets follows them: "… về biến đổi khí hậu (COP26) ngày 1-2/11";
# past its town: "… bên lề Diễn đàn Kinh tế Thế giới ở Davos cuối tháng 1"; past "từ": "Tại Hội nghị các nhà Lãnh đạo
# Kinh tế APEC lần thứ 32 trong khuôn khổ Tuần lễ Cấp cao APEC 2025 ở Gyeongju (Hàn Quốc) từ ngày 31/10 đến 1/11")
_A_NAME = rf"[{CAPITALS}][\w'-]*(?:\s+[{CAPITALS}][\w'-]*){{0,2}}"
_RIGHT_AFTER_ITS_NAME = re.compile(rf"""(?:(?:\s+[^\W\d]+){{0,2}}\s*\([^()]{{1,20}}\))?
    (?:\s*,?\s*(?:ở|tại)\s+{_A_NAME}(?:\s*,\s*{_A_NAME}|\s*\({_A_NAME}\))?\s*,?)?
    [\s)]*(?:(?i:từ|ngày|sáng|chiều|tối|cuối|đầu|giữa|hồi|vào)\s*){{0,2}}""", re.X)


# A meeting that frames the sentence from its start, its clause ended by a comma: "Tại Hội nghị thượng đỉnh G20 bất
# thường tổ chức trực tuyến ngày 26/3, khi dịch bệnh mới bùng phát, Thủ tướng đã kêu gọi …" is held when what the
# sentence tells there was done: the first tense word after the comma (within _MAIN_REACH characters) is a past
# one. (Not a "sẽ": "… tại Vancouver, các nền kinh tế thành viên quyết định sẽ kết nạp thêm 3 thành viên" tells
# what was decided there for later.)
_FRAME_OPENS = re.compile(r"(?i)\W*(?:tại|ở|bên\s+lề)\s+$")
_MAIN_REACH = 60


# What tells a meeting put off was then held, after the word of putting off: "… đã phải lùi lại và diễn ra trực tuyến
# ngày 26/6" (_tense).
_THEN_HELD = re.compile(r"(?i)(?:\s+[^,.;]{0,30}?)?\s+và\s+(?:đã\s+|đã\s+được\s+|được\s+)?(?:diễn\s+ra|tổ\s+chức|khai\s+mạc|họp)(?!\w)")


def _main_clauses(text: str, at: int) -> str | None:
    """'held' where the first status word from `at` on (within _MAIN_REACH) is a past one, else None."""
    found = [(m.start(), status) for pattern, status in ((_PLANNED, "planned"), (_HELD, "held"))
             if (m := pattern.search(text, at, at + _MAIN_REACH)) and not _SMALL_AND_MEDIUM.match(text, m.start())]
    return "held" if found and min(found)[1] == "held" else None


# A tense word and the verb of attending that govern the meetings named after it, as far as the sentence's
# clause goes: "Các lãnh đạo sẽ tham dự Hội nghị Cấp cao ASEAN lần thứ 29, các Cấp cao ASEAN +1 với Trung
# Quốc, …, Cấp cao ASEAN +3 và Cấp cao Mekong - Nhật Bản vào ngày 7/9", "… cũng sẽ gặp các nhà lãnh đạo tham
# dự hội nghị thượng đỉnh ASEAN … đồng thời tham dự hội nghị thượng đỉnh Đông Á (EAS) diễn ra trong hai ngày
# 14 và 15/11": planned, however far the last meeting stands from "sẽ".
# … and a journey so told, with attending joined to it later in the clause: "… sẽ tới Vientiane, trở thành tổng thống Mỹ
# đương nhiệm đầu tiên thăm Lào, đồng thời dự Hội nghị Cấp cao Đông Á (EAS) diễn ra từ ngày 6 đến 8/9" (no tense
# word of its own between the journey and the attending; "trước khi dự" only after a journey still to come: `_governed`).
_GOVERNING = re.compile(r"(?i)(?<!\w)(?:(?P<ahead>sẽ|dự\s+kiến)|đã|vừa)\s+(?:(?:cùng|lần\s+lượt|đồng\s+thời)\s+)?"
                        r"(?:(?:tới|đến|sang|thăm|rời|công\s+du|lên\s+đường(?:\s+(?:tới|đến|sang|đi))?)(?P<trip>[^.;:]{0,150}?"
                        r"(?<!\w)(?:đồng\s+thời|và|rồi|sau\s+đó|tiếp\s+đó|tiếp\s+tục|cũng\s+như|(?P<before>trước\s+khi)))\s+(?:tham\s+)?dự"
                        r"|tham\s+dự|dự|gặp|chủ\s+trì|(?:đến|tới|sang)\s+dự)(?!\w)")
_GOVERNING = Gated(_GOVERNING)      # searched only in sentences that hold its words: sentences.Gated
_CLAUSE_STOP = re.compile(r"[.;:]")


def _governed(text: str, lo: int) -> str | None:
    """The tense of the last tense word and verb of attending before the meeting (_GOVERNING), when no
    stop ends the clause between them and no other tense word stands between."""
    last = last_match(_GOVERNING.finditer(text, 0, lo))
    if last is None or _CLAUSE_STOP.search(text, last.end(), lo) or _PLANNED.search(text, last.end(), lo) or (
            _HELD.search(text, last.end(), lo)):
        return None
    if last["trip"] and (_PLANNED.search(text, last.start("trip"), last.end("trip")) or
                         _HELD.search(text, last.start("trip"), last.end("trip"))):
        return None     # "… sẽ tới Tokyo, sau khi đã dự …": the attending's own tense
    if last["before"] and not last["ahead"]:
        return None     # "… đã tới Vienna, trước khi dự …": done before the meeting, which may still be to come
    return "planned" if last.group("ahead") else "held"


# What puts a meeting after the past deed told before it: an invitation to it, a purpose, a groundwork
# ("đã mời … dự Hội nghị cấp cao APEC", "đã nhất trí với dự thảo … để đưa phê chuẩn tại Hội nghị …", "được kỳ
# vọng đặt nền tảng cho Hội nghị thượng đỉnh G7"); not the verb "để lại" ("đã để lại dấu ấn … tại các kỳ Hội nghị").
_TO_COME = re.compile(r"(?i)(?<!\w)(?:mời(?!\w)[^.;]{0,60}?(?<!\w)(?:tham\s+)?dự|để(?!\s+(?:lại|ý|dành|mất)(?!\w))|nhằm"
                      r"|đặt\s+nền\s+tảng\s+cho)(?!\w)"
                      r"[^.;]*$")


_MORE_PLACES = re.compile(r"\s*(?:,|và)\s*")


# A place someone leaves or takes part from is not where the meeting is: "rời Thủ đô Hà Nội lên
# đường dự …", "dự trực tuyến từ điểm cầu Hà Nội".
_LEFT_FROM = re.compile(r"(?i)(?<!\w)(?:rời|từ)(?:\s+(?:thủ\s+đô|thành\s+phố|điểm\s+cầu|sân\s+bay))?\s+$")
# A city someone goes home to, or whose clock tells the time, is not where the meeting is: "rời Côn Minh, …
# về Hà Nội", "(tức tối cùng ngày giờ Hà Nội)".
_HOME_TO = re.compile(r"(?i)(?<!\w)(?:(?:trở\s+)?về(?:\s+(?:đến|tới))?(?:\s+(?:thủ\s+đô|thành\s+phố))?|giờ)\s+$")


def _another_places_city(text: str, start: int) -> bool:
    """Is the city at `start` one someone leaves, takes part from, goes home to or tells the time by?"""
    return bool(_LEFT_FROM.search(text, max(0, start - 30), start) or _HOME_TO.search(text, max(0, start - 30), start))


def _location(text: str, gaz: Gazetteer) -> str | None:
    m = next((c for c in gaz.city_re.finditer(text) if not _another_places_city(text, c.start())), None)
    if m:
        places, end = [m.group()], m.end()      # as written: the guideline keeps the article's spelling
        while (sep := _MORE_PLACES.match(text, end)) and (more := gaz.city_re.match(text, sep.end())):
            places.append(more.group())         # "tại Kuala Lumpur và Langkawi": a meeting in two cities
            end = more.end()
        return ", ".join(places)
    for m in _LOCATION.finditer(text):
        words = m.group(1).split()
        place = " ".join(words[:next((i for i, w in enumerate(words) if not w[0].isupper()), len(words))])
        if not place or _VENUE.match(text, m.start(1)) or _AN_INSTITUTION.match(text, m.start(1)):
            continue        # "tại đầu cầu …" ([À-Ỹ] also spans small letters); "tại Trung tâm Hội nghị …"
        if not gaz.country_re.fullmatch(place) and not starts_with_meeting_word(text, m.start(1)):
            return place
    return None


# A building, not a city: "tại Trung tâm Hội nghị Quốc gia", "Cung Hội nghị", "Trụ sở Chính phủ".
# (not "Trung Quốc", "Điện Biên", "Phủ Lý": a country, a province, a city)
_VENUES = (r"(?:Trung\s+tâm|Cung\s+(?:[Hh]ội|[Vv]ăn|[Đđ]iện|[Tt]hể)|Trụ\s+sở|Nhà|Khách\s+sạn|Hội\s+trường|Tòa|Toà|"
           r"Phòng|Dinh|Phủ(?!\s+Lý)|Văn\s+phòng|Sân\s+bay|Khu|Bảo\s+tàng|Công\s+viên|Đại\s+sứ\s+quán|"
           r"Điện(?!\s+Biên)|Cảng)(?!\w)")
_VENUE = re.compile(_VENUES)
_AT_VENUE = re.compile(rf"(?<!\w)(?:tại|ở)\s+{_VENUES}")


def _mode(text: str, location: str | None, start: int = 0) -> str | None:
    """The mode told in text from `start` on (neither pattern looks behind, so the same as in text[start:])."""
    if _HYBRID.search(text, start):
        return "hybrid"
    if _VIRTUAL.search(text, start):
        return "virtual"
    # a city, or a venue ("tại Trung tâm Hội nghị Quốc gia"): the guideline's in person
    return "in_person" if location or _AT_VENUE.search(text, start) else None


def _host(text: str, gaz: Gazetteer) -> str | None:
    m = _HOST.search(text)
    if m and (c := gaz.country_re.match(m.group(1))):
        return gaz.country(c.group())
    return None


def _duration(later: list[str], named: frozenset[int] = frozenset()) -> int | None:
    """How many days the text says the meeting lasts ("trong hai ngày", "bế mạc sau ba ngày"): in
    the meeting's own sentence (the first of `later`, where the names of the meetings it names are at `named`), or in
    one after it that speaks of a meeting. Not the days spent at a meeting named right after them, which were before
    the day told ("Sau hai ngày dự Hội nghị X, sáng nay (27/11) … dự Hội nghị Y")."""
    for i, text in enumerate(later):
        m = _DURATION.search(text)
        if m and i == 0 and (spent := _DAYS_SPENT_AT.match(text, m.end())) and spent.end() in named:
            continue
        if m and _SERIES_LENGTH.search(text, max(0, m.start() - 60), m.start()):
            return None     # "…, khép lại chuỗi hội nghị ngoại trưởng kéo dài 5 ngày": the series' length
        if m and (i == 0 or _a_meetings_length(text, m.start())):
            return parse_ordinal(m.group(1))
    return None


# Days spent at a meeting named right after them: "sau hai ngày dự ", "sau ba ngày làm việc tại "
_DAYS_SPENT_AT = re.compile(r"(?i)\s+(?:làm\s+việc\s+tại|(?:tham\s+)?dự)\s+")
# Another gathering a length may be told of: "Bên lề hội nghị, triển lãm ảnh … mở cửa trong sáu ngày"
_OTHER_GATHERING = re.compile(rf"(?i)(?<!\w)(?:{alt(SHOW_WORDS)}|chuyến\s+(?:thăm|công\s+tác|đi)|"
                              r"tuần\s+(?:văn\s+hóa|văn\s+hoá|phim))(?!\w)")
# A meeting word counted or in the plural: "đoàn sẽ tham dự tổng cộng 18 hội nghị", "các hội nghị liên quan"
_COUNTED_BEFORE = re.compile(r"(?i)(?<!\w)(?:\d+|các|những|nhiều|loạt|chuỗi|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|"
                             r"gần|hơn)\s+$")


# The longest a meeting told by its opening and last days lasts: a body's session runs up to six weeks ("Khóa họp
# thường kỳ lần thứ 55 … khai mạc ngày 26/2 … kéo dài tới ngày 5/4", the Human Rights Council's)
_LONGEST = timedelta(days=45)
# A first day told alone, "from" it: "… diễn ra từ ngày 21/11 đã bế mạc" (not a range's: "từ ngày 21 đến 23/11")
_FROM_ALONE = re.compile(r"(?i)(?<!\w)từ\s+(?:ngày\s+)?$")


def _a_meetings_length(text: str, at: int) -> bool:
    """Is the length told at `at`, in a sentence after the meeting's, a meeting's? The sentence speaks of one meeting
    (not only of many, nor of a delegation), and the length's own clause names no other gathering."""
    clause = max(text.rfind(",", 0, at), text.rfind(";", 0, at), text.rfind(":", 0, at)) + 1
    if _OTHER_GATHERING.search(text, clause, at):
        return False
    return any(not w.group().casefold().startswith("đoàn")
               and not _COUNTED_BEFORE.search(text, max(0, w.start() - 12), w.start())
               for w in MEETING_WORDS.finditer(text))


def _last_day_after(opening: DateSpan, later: list[Sentence], para: int, ctx: DateContext) -> date | None:
    """The last day a next sentence of the paragraph that names no meeting of its own gives the
    meeting it speaks of: "… khai mạc sáng 31/8. Các phiên họp kéo dài đến hết ngày 1/9"."""
    for s in later:
        if s.para != para or s.mentions:
            return None
        if not MEETING_WORDS.search(s.text) or not _UNTIL_WORDS.search(s.text):
            continue
        for sp in find_dates(s.text, ctx):
            if sp.precision == "day" and _UNTIL.search(s.text, max(0, sp.pos - 40), sp.pos):
                moved = sp if sp.year_inferred is False else shift_years(sp, opening.end.year - sp.end.year)
                if moved is not None and opening.end < moved.end <= opening.end + _LONGEST:
                    return moved.end
    return None


_SERIES_LENGTH = re.compile(r"(?i)(?<!\w)(?:chuỗi|loạt|tuần\s+lễ)\s+(?:các\s+)?(?:hội\s+nghị|sự\s+kiện|hoạt\s+động|cuộc\s+họp)"
                            r"[^,.;]{0,40}$")


_TOLD_HAPPENS = re.compile(r"""(?ix)^\s*(?:\([^()]*\)\s*)?(?:lần\s+thứ\s+\w+\s*)?
    (?:và\s+các\s+(?:hội\s+nghị|cuộc\s+họp|sự\s+kiện|hoạt\s+động)(?:\s+cấp\s+cao)?\s+liên\s+quan\s*,?\s*)?
    # (not after a comma: "dự X trong khuôn khổ COP26, diễn ra ngày 1 và 2/11" may date X; but after the meetings
    # around it, which its days hold: "… trong khuôn khổ AMM-56 và các hội nghị liên quan, diễn ra từ ngày 11 đến 14/7")
    (?:do\s+[^,.;]{1,60}?\s+(?:chủ\s+trì|đăng\s+cai)\s*,?\s*)?       # "do Tổng thống Putin chủ trì, "
    (?:(?:đã|sẽ|đang|được)\s+)*
    (?: (?:diễn\s+ra|tổ\s+chức|khai\s+mạc|họp|kéo\s+dài)\s+(?:(?:tại|ở)\s+[^,.;]{1,40}?\s+)?(?:vào\s+)?
        (?:trong\s+(?:các|hai|ba|bốn|năm)\s+ngày\s+|từ\s+)?
      | (?:tại\s+[^,.;]{1,40}?\s+)?từ\s+ )                               # "… và các hội nghị liên quan từ ngày 24 đến 27/7"
    (?:ngày\s+)?$""")
# A date right after a meeting's name and its place: "… bên lề hội nghị thượng đỉnh G20 tại Hamburg, Đức
# đầu tháng 7" (not after a comma: "Bên lề X tại Phnom Penh, ngày 12/11, …").
_AT_ITS_PLACE = re.compile(r"""(?ix)^\s*(?:tại|ở)\s+[^,.;]{1,30}?
    (?:,\s*(?=\S)(?!(?:ngày|hôm|sáng|trưa|chiều|tối|đêm|tháng|vào)(?!\w))[^,.;]{1,20}?)?
    \s+(?:vào\s+)?(?:đầu|giữa|cuối)?\s*(?:ngày\s+)?$""")


# "… khai mạc ngày 26/2 tại Lima và kéo dài đến ngày 9/3", "… và bế mạc vào chiều 12/7": the last day.
_CLOSING = re.compile(r"(?i)[^.;]{0,60}?\s(?:kéo\s+dài\s+)?(?:(?:đến|tới)(?:\s+hết)?|bế\s+mạc|kết\s+thúc|khép\s+lại)"
                      r"(?:\s+vào)?(?:\s+(?:sáng|trưa|chiều|tối|đêm))?\s+(?:ngày\s+)?$")     # "… đến hết ngày 8-9"


def _closing_day(opening: DateSpan, spans: list[DateSpan], text: str) -> tuple[DateSpan, date] | None:
    """The opening (in the last day's year where only the last day's is written) and the last day told after it."""
    after = opening.pos + len(opening.text)
    for sp in spans:
        if sp.pos >= after and sp.precision == "day":
            if _CLOSING.fullmatch(text, after, sp.pos):
                moved = sp if sp.year_inferred is False else shift_years(sp, opening.end.year - sp.end.year)
                if moved is not None and opening.end < moved.end <= opening.end + _LONGEST:
                    return opening, moved.end
                # "… khai mạc hôm 28/5 … và sẽ kéo dài đến ngày 13/6/2008": the year written with the last day is the
                # opening's too, where the opening's was only inferred
                shifted = (shift_years(opening, sp.end.year - opening.end.year)
                           if sp.year_inferred is False and opening.year_inferred else None)
                if shifted is not None and shifted.end < sp.end <= shifted.end + _LONGEST:
                    return shifted, sp.end
            return None
    return None


_ASIDE_OPENS = re.compile(rf"(?i),\s*(?:{alt(FRAME_WORDS)})(?:\s+(?:các|của))?\s+$")
_ASIDE_CLOSES = re.compile(r"\s*(?:\([^()]*\)\s*)?,")


# A meeting held inside the one before, in an aside: "Hội nghị Cấp cao ASEAN lần thứ 17 và các hội nghị cấp cao liên quan,
# trong đó có Hội nghị Cấp cao Đông Á (EAS) lần thứ 5, dự kiến được tổ chức … vào tháng 10" (the days after the aside
# are the first's, and the one inside takes them too)
_INSIDE_OPENS = re.compile(r"(?i),\s*trong\s+đó(?:\s+có)?\s+$")


def _held_inside(text: str, group: list[Mention], inside: list[Mention]) -> bool:
    """Is `inside` an aside between commas right after `group` that names a meeting held within it (_INSIDE_OPENS)?"""
    return bool(_INSIDE_OPENS.search(text, group[-1].end_pos, inside[0].pos) and _ASIDE_CLOSES.match(text, inside[-1].end_pos))


def _set_off(text: str, frame: list[Mention]) -> bool:
    """Is the frame an aside between commas ("X, trong khuôn khổ Y, …")?"""
    return bool(_ASIDE_OPENS.search(text, max(0, frame[0].pos - 32), frame[0].pos)
                and _ASIDE_CLOSES.match(text, frame[-1].end_pos))


def _a_visits_days(text: str, span: DateSpan, mentions: list[Mention]) -> bool:
    """Are these a visit's days (_VISIT_BEFORE)? Not those of a journey that also attends a meeting:
    "tham dự Đại hội đồng AIPA 40 tại Bangkok và thăm chính thức Thái Lan từ ngày 25-30/8"."""
    if span.precision != "day":
        return False        # a journey's month is its meeting's: "chuyến công du khi ông tới Singapore tháng 4/2018 để dự …"
    if span.start < span.end and any(m.end_pos <= span.pos and _VISIT_AND_ATTEND.search(text, max(0, m.pos - 90), m.pos)
                                      and not _A_DIGIT.search(text, m.end_pos, span.pos)
                                      and not _HAPPEN.search(text, m.end_pos, span.pos) for m in mentions):
        return True         # "… bắt đầu chuyến thăm chính thức Úc và tham dự Hội nghị … từ ngày 14 đến 18-3": the journey's
    visit = _VISIT_BEFORE.search(text, max(0, span.pos - 60), span.pos)
    return visit is not None and not (any(m.pos < visit.start() for m in mentions)
                                      and _AND_VISIT.search(text, max(0, visit.start() - 16), visit.start()))


def _dated_after(group: list[Mention], spans: list[DateSpan], text: str, limit: int,
                 told: re.Pattern[str] | None = None) -> bool:
    """The group's own date follows its name and a verb of taking place ("… diễn ra từ ngày 26/2") or stands in
    brackets right after it, or what `told` says is between them."""
    end, pattern = group[-1].end_pos, told or _TOLD_HAPPENS
    return any(end <= sp.pos < limit and (pattern.match(text[end:sp.pos])
                                         or told is None and _IN_ITS_BRACKETS.match(text[end:sp.pos])) for sp in spans)


# … or in brackets right after its name: "… bên lề Hội nghị Thượng đỉnh G7 (19-21/5)"
_IN_ITS_BRACKETS = re.compile(r"(?i)^\s*\(\s*(?:ngày\s+|từ\s+(?:ngày\s+)?)?$")


# What a meeting was first planned for, then put off: "vốn dự kiến diễn ra ngày 8/11, … lùi sang …".
_ORIGINALLY = re.compile(r"(?i)(?<!\w)(?:vốn|ban\s+đầu|lúc\s+đầu|theo\s+kế\s+hoạch\s+ban\s+đầu)(?:\s+(?:được|đã))?"
                         r"\s+(?:dự\s+kiến|lên\s+kế\s+hoạch|lên\s+lịch|ấn\s+định|định)(?!\w)")
# ... and the date it was moved to, after the first: "dự kiến … vào tháng 4, đã được hoãn sang cuối tháng 6",
# "… từ ngày 11 đến 13/12, sẽ được tổ chức lại vào tháng 1/2007".
_MOVED_TO = re.compile(rf"(?i)(?<!\w)(?:{alt(POSTPONED_WORDS)}|(?:tổ\s+chức|họp)\s+lại\s+vào|chuyển\s+sang)(?!\w)")
# "… sau khi đã bị lùi lại từ tháng 4": the date it was moved from; "Từ ngày 20-8 đến nay": a time up to now opens
_FROM = re.compile(r"(?i)(?<!\w)từ(?!\w)")
_PUT_OFF_WORDS = r"(?:hoãn|lùi|dời)"       # (vi.POSTPONED_WORDS all start with one of them)
_PUT_OFF = re.compile(rf"(?i)(?<!\w){_PUT_OFF_WORDS}(?!\w)")
_AS_PLANNED = re.compile(r"(?i)(?<!\w)(?:dự\s+kiến|theo\s+kế\s+hoạch|theo\s+lịch(?:\s+trình)?)(?!\w)")
_PUT_OFF_DONE = re.compile(rf"(?i)(?<!có\sthể\s)(?<!khả\snăng\s)(?<!nguy\scơ\s)(?<!\w)(?:(?:đã|phải|bị|buộc)\s+)+{_PUT_OFF_WORDS}(?!\w)")
# A sentence told as the first plan, in its frame: "Theo lịch trình ban đầu, các nhà lãnh đạo ASEAN sẽ họp tại … Cebu …,
# từ ngày 11 đến 13/12." (in an article on the summit put off to January): its dates are no meeting's.
_AS_FIRST_PLANNED = re.compile(r"(?i)^\W*(?:theo\s+(?:lịch\s+trình|kế\s+hoạch|dự\s+kiến|lịch)\s+(?:ban\s+đầu|trước\s+đó)"
                               r"|(?:ban|lúc)\s+đầu)\s*,")
# A day in brackets that spells out a word for a day: "diễn ra hôm qua (16/6)", "sáng nay (7/10)",
# "vào sáng thứ Tư (9/9)".
_SPELLED_OUT_DAY = re.compile(r"(?i)(?<!\w)(?:nay|qua|mai|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*\(\s*$")


def _day_told_before(s: Sentence, at: int, sentences: list[Sentence], ctx: DateContext,
                     not_before: date | None = None, past: bool = False,
                     dated: dict[tuple[int, int], date] | None = None) -> DateSpan | None:
    """The last day the text gives before "cùng ngày" at `at` (in its own sentence, else in the
    few before): a single day told in the running text, before a range or an aside in brackets
    ("… bên lề AMM-56 và các hội nghị liên quan (11-14/7/2023). Cùng ngày, …" is the day before).
    A day before `not_before` (the article's, for a sentence that tells what will be) is not it:
    "Trước đó, Hội nghị Bộ trưởng GMS diễn ra hôm qua (30-3) … Chiều cùng ngày, … sẽ dự …". Nor,
    for a sentence that tells what was (`past`), a day told as still to come ("Indonesia sẽ đảm nhiệm
    vai trò Chủ tịch ASEAN từ ngày 1/1 tới")."""
    texts = [(s.text[:at], s.para)] + [(e.text, e.para) for e in reversed(sentences[max(0, s.index - 8): s.index])
                                       if not (e.para < s.para - 1 and _LOOKING_BACK.match(e.text))]
    # (… nor a look back's day told two paragraphs or more before, the story having gone on in between: "Trước đó, ngày
    # 26/10, … SLOM 18 đã diễn ra …" ¶ "Tại phiên thảo luận, …" ¶ "Chiều cùng ngày, Bộ trưởng … tiếp tục tham dự …")
    # (… nor, for a sentence that tells what was, one after the article's own day: "Tuyên bố dự kiến được ký vào ngày
    # mai. … Chiều cùng ngày, các nhà lãnh đạo đã có cuộc gặp …" is the day of the article; a day guessed from its clues
    # is no bound, since it may come before the days it tells: "… hôm 16-11 …. Trước đó một ngày, tại Hội nghị …")
    after_today = ctx.ref if ctx.ref is not None and ctx.ref_precision == "day" and not ctx.ref_guessed else None
    fallback, looked_back = None, False
    dated = dated or {}
    # (… nor, in a story told on its day, a day a paragraph before recalls from months ago: "Sáng 26/10, … dự Hội nghị
    # Cấp cao ASEAN lần thứ 38 …" ¶ "Đồng thuận 5 điểm đạt được tại … hôm 24/4, …" ¶ "Chiều cùng ngày, Thủ tướng tham dự
    # Hội nghị Cấp cao ASEAN - Trung Quốc …" is 26/10, the story's last day told)
    # (the story's day is looked for once, at the first such day: most sentences that say "cùng ngày" meet none)
    story, looked_for_story, recalled = None, False, False
    for text, para in texts:
        days = []
        for sp in find_dates(text, ctx):
            if sp.precision != "day" or not_before is not None and sp.start < not_before or past and _told_ahead(text, sp):
                continue
            if after_today is not None and para != s.para and abs((sp.start - after_today).days) > _A_RECALLS_DISTANCE:
                if not looked_for_story:
                    story, looked_for_story = _the_storys_day(sentences[:s.index], ctx, after_today), True
                if story is not None:
                    recalled = True
                    continue
            if sp.year_inferred and (on := dated.get((sp.start.month, sp.start.day))) not in (None, sp.start):
                # the day of a meeting told before, in the year that meeting was given: "Trước đó, hôm 17/1, Hội nghị
                # … đã diễn ra …. Cùng ngày, …" in an article of 5/1/2020 on "ATF 2019", whose clues say 2020
                sp = replace(sp, start=on, end=on + (sp.end - sp.start))
            if past and after_today is not None and sp.start > after_today:
                continue
            days.append(sp)
        single = [sp for sp in days if sp.start == sp.end
                  and (not _in_parens(text, sp.pos) or _SPELLED_OUT_DAY.search(text, max(0, sp.pos - 16), sp.pos))]
        if single:
            return single[-1]
        if fallback is None and days:
            fallback, looked_back = days[-1], bool(_LOOKING_BACK.match(text))
    if fallback is None and recalled:
        return story
    if fallback is not None and fallback.start == fallback.end:
        return fallback     # (a single day in brackets: no range to look past)
    further = _the_one_day_told(sentences[:max(0, s.index - 8)], ctx, not_before)
    if fallback is not None and further is not None and fallback.start <= further.start <= fallback.end:
        return further      # "Ngày 1/9, … . … diễn ra trong hai ngày 31/8 và 1/9 … . Cùng ngày, …": the one day, in the days
    if fallback is not None and further is not None and (looked_back or past) and further.start > fallback.end:
        return further      # "Ngày 11/10, … . Trước đó, trong hai ngày 9-10/10, … . Chiều cùng ngày, …": the story's day,
                            # not the days of the look back; nor, for what was, the days of a meeting recalled in between
                            # ("Ngày 21/9, … . … kết quả Hội nghị Cấp cao ASEAN lần thứ 43 tổ chức tại Jakarta hôm 5-7/9
                            # vừa qua … . Cùng ngày, Bộ trưởng … đã dự …")
    return fallback or further


# A sentence that looks back from the story's time: "Trước đó, trong hai ngày 9-10/10, …"
_LOOKING_BACK = re.compile(r"(?i)\W*trước\s+đó(?!\w)")


_STORYS_REACH = 14          # days from the article's a story told on its day tells its own in
_A_RECALLS_DISTANCE = 31    # days from the article's a day recalled lies beyond


def _the_storys_day(before: list[Sentence], ctx: DateContext, today: date) -> DateSpan | None:
    """The last single day the text told before, within two weeks of the article's own (`today`), if it told one."""
    told = [sp for e in before for sp in find_dates(e.text, ctx)
            if sp.precision == "day" and sp.start == sp.end and abs((sp.start - today).days) <= _STORYS_REACH]
    return told[-1] if told else None


def _the_one_day_told(before: list[Sentence], ctx: DateContext, not_before: date | None) -> DateSpan | None:
    """Further back than _day_told_before looks: the single day the text told before, where it told only
    one ("Ngày 15/11 tại Singapore, Thủ tướng … dự EAS-13." nine sentences before "Chiều cùng ngày,
    sau khi dự lễ bế mạc Hội nghị Cấp cao ASEAN lần thứ 33, …")."""
    # (single days: the days a meeting's range holds are its, not a day the story told: "Sáng 11/11, … . Hội nghị …
    # diễn ra từ ngày 10 đến 13/11/2022. … Theo chương trình, chiều cùng ngày, …")
    told = [sp for e in before for sp in find_dates(e.text, ctx) if sp.precision == "day" and sp.start == sp.end]
    days = {sp.start for sp in told}
    if len(days) != 1 or (not_before is not None and told[-1].start < not_before):
        return None
    return told[-1]


def _told_ahead(text: str, span: DateSpan) -> bool:
    """Is the date followed by "tới", "sắp tới" (years.FROM_NOW's days ahead)?"""
    told = FROM_NOW.match(text, span.pos + len(span.text))
    return bool(told and told.group("ahead"))


def _date_told_before(s: Sentence, at: int, sentences: list[Sentence], ctx: DateContext) -> DateSpan | None:
    """The last date the text gives before "cũng trong tháng đó" at `at`: in its own sentence, else
    in the one or two before it in its paragraph."""
    texts = [s.text[:at]] + [e.text for e in reversed(sentences[max(0, s.index - 2): s.index]) if e.para == s.para]
    for text in texts:
        found = [sp for sp in find_dates(text, ctx) if sp.precision in ("day", "month")]
        if found:
            return found[-1]
    return None


# A section's heading that opens with its date: "14/11/1998 – Việt Nam trở thành thành viên APEC", "Ngày 14/7: Diễn đàn
# khu vực ASEAN", "Thứ Hai (12/6): …", "16/11 - Ngày cuối" (a day without its year takes the article's)
_HEADING_DATE = re.compile(r"(?i)^\W*(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d|(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])"
                           r"|chủ\s+nhật)\s*[,(]?\s*)?(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*(?:19|20)\d\d)?\)?)"
                           r"\s*[-–—:]\s+\S")


# Words that move a sentence off its paragraph's day: "Trước đó, …", "năm ngoái", "từng".
_ANOTHER_TIME = re.compile(r"(?i)(?<!\w)(?:trước\s+đó|hôm\s+trước|năm\s+(?:ngoái|trước)|lần\s+trước|kỳ\s+trước|"
                           # … or ahead: "… sẽ được tổ chức tại Phi-líp-pin vào năm tới", "lần tới", "kỳ tới"
                           r"năm\s+(?:tới|sau)|sang\s+năm|(?:lần|kỳ)\s+(?:tới|sau)|"
                           r"từng|hồi|tháng\s+\d|năm\s+\d)(?!\w)")


_DAY_IS = re.compile(r"\s+là\s")      # "Ngày 13/7 là ngày dành cho các đối tác."


def _paragraph_day(s: Sentence, sentences: list[Sentence], ctx: DateContext) -> DateSpan | None:
    """The day a paragraph opens with for the meetings it goes on to name: "Ngày 13/7, Bộ trưởng X
    tham dự liên tiếp các hội nghị Bộ trưởng ASEAN với các đối tác. Tại Hội nghị Bộ trưởng Ngoại
    giao ASEAN - Trung Quốc, …" (when the opening sentence dates no meeting of its own)."""
    first = next((t for t in sentences[:s.index] if t.para == s.para), None)
    if first is None or first.mentions or _ANOTHER_TIME.search(s.text):
        return None
    found = find_dates(first.text, ctx)
    if not found or not (_opens_the_sentence(first.text, found[0]) or _DAY_IS.match(first.text, found[0].pos + len(found[0].text))
                         and _OPENING_WORDS.match(first.text[:found[0].pos])) or found[0].precision != "day":
        return None
    return found[0] if found[0].start == found[0].end else None


def _dated_heading(s: Sentence, sentences: list[Sentence], ctx: DateContext) -> DateSpan | None:
    """The date of the heading line right above the paragraph `s` opens, if `s` opens one."""
    if s.index == 0 or sentences[s.index - 1].para == s.para:
        return None
    above = sentences[s.index - 1]
    alone = s.index < 2 or sentences[s.index - 2].para != above.para
    if not alone or len(above.text) > 120 or not _HEADING_DATE.match(above.text):
        return None
    found = find_dates(above.text, ctx)
    return found[0] if found and found[0].precision == "day" else None


# A live report's entry, opened by its time of day: "8h30: Hội nghị Cấp cao ASEAN – Trung Quốc lần
# thứ 26 khai mạc …", "14h00 - …", "10:15 |".
_TIME_STAMP = re.compile(r"^\W{0,3}(?:[01]?\d|2[0-3])\s*(?:h|giờ|:)\s*[0-5]?\d?\s*(?:phút\s*)?[:|–—-]\s")
# A schedule's day, a line of its own ("THỨ NĂM, NGÀY 12/11", "Ngày 14/11:", "Chủ nhật, ngày 15/11/2020"), and the
# entries under it, each opened by a bullet or its time of day ("- 14h00: Hội nghị Cấp cao ASEAN - Trung Quốc lần thứ
# 23, …", "• 9h00: …").
_DAY_HEADING = re.compile(r"(?i)^\W*(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*[,(-]?\s*(?:ngày\s+)?|ngày\s+)"
                          r"\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*(?:19|20)\d\d)?\W*$")     # ("Thứ Ba (11/7)")
_ENTRY = re.compile(rf"^\s*[-–•+*]|{_TIME_STAMP.pattern}")
_A_SCHEDULES_LENGTH = 40      # sentences an entry may stand below its day's heading


def _schedule_day(s: Sentence, sentences: list[Sentence], ctx: DateContext) -> DateSpan | None:
    """The day of the schedule heading an entry stands under, past the entries before it and the sentences that go on
    with them: "THỨ NĂM, NGÀY 12/11" over "- 8h30: Lễ khai mạc …", "- 14h00: Hội nghị Cấp cao ASEAN - Trung Quốc lần
    thứ 23, …"."""
    if not _ENTRY.match(s.text):
        return None
    for above in reversed(sentences[max(0, s.index - _A_SCHEDULES_LENGTH): s.index]):
        if _DAY_HEADING.match(above.text):
            found = find_dates(above.text, ctx)
            return found[0] if found and found[0].precision == "day" else None
        opens_its_paragraph = above.index == 0 or sentences[above.index - 1].para != above.para
        if opens_its_paragraph and not _ENTRY.match(above.text):
            return None         # a paragraph of prose above: no schedule
    return None


def _live_entry_day(s: Sentence, ctx: DateContext) -> DateSpan | None:
    """The day of a live report (its date, or its lead's "Hôm nay (6/9)"), for an entry opened by
    its time of day that names a meeting and no day of its own."""
    if ctx.ref is None or ctx.ref_precision != "day" or not _TIME_STAMP.match(s.text):
        return None
    return DateSpan(ctx.ref, ctx.ref, "day", True, "", 0, "live-entry", year_source="article")


def _day_of(m: Mention, told: list[tuple[int, Mention, Report]], text: str) -> list[DateSpan]:
    """The last day of the meeting `m` names, as the article has dated it before, as a date at
    the mention: the meetings told right after it take it."""
    key = (m.forum, m.level, m.meeting, m.ordinal)
    known = [ev for _, o, ev in told if (o.forum, o.level, o.meeting, o.ordinal) == key and ev.precision == "day"]
    if not known:
        return []
    ev = known[-1]
    return [DateSpan(ev.end, ev.end, "day", ev.year_inferred, text[m.pos:m.end_pos], m.pos, "right-after",
                     year_source=ev.year_source)]


def _guessed_for_a_body(span: DateSpan, ctx: DateContext, group: list[Mention], gaz: Gazetteer) -> bool:
    """Is the year of a body's meeting only guessed (from the article's clues, or against a date of the article
    that is itself guessed)? A body that meets all year every year, the Security Council (meetings.toml's `body`),
    has no series or host to tell its year by: in the samples' undated articles a guess dated its meetings one or
    two years off."""
    if not span.year_inferred or not (span.year_source == "context" or ctx.ref_guessed):
        return False
    codes = {m.meeting.partition("/")[0] for m in group}
    return any(k.code in codes for k in body_kinds(gaz))


def _reports_of(s: Sentence, ctx: DateContext, sentences: list[Sentence], gaz: Gazetteer,
               article: Article, anchors: Anchors, earlier: list[tuple[int, Mention, Report]]
               ) -> list[tuple[Mention, Report]]:
    text = s.text
    if _AS_FIRST_PLANNED.match(text) and _PUT_OFF.search(article.text):
        return []       # the first plan of a meeting the article says was put off (_AS_FIRST_PLANNED)
    told = SAME_DAY.search(text)
    if told:
        planned, held = bool(_PLANNED.search(text)), bool(_HELD.search(text))
        ahead_only = (ctx.ref is not None and ctx.ref_precision == "day" and not ctx.ref_guessed
                      and not told.group(1).lower().endswith("sau") and planned and not held)
        dated = {(ev.start.month, ev.start.day): ev.start for _, _, ev in earlier if ev.precision == "day"}
        ctx = replace(ctx, same_day=_day_told_before(s, told.start(), sentences, ctx, ctx.ref if ahead_only else None,
                                                     past=held and not planned, dated=dated))
    told = SAME_MONTH.search(text)
    if told:
        ctx = replace(ctx, same_month=_date_told_before(s, told.start(), sentences, ctx))
    spans = [sp for sp in find_dates(text, ctx) if _meeting_date(text, sp)]
    if ctx.ref is None and s.mentions:
        spans = _months_told_from_its_day(text, spans, ctx)
    if not spans and s.mentions and _RIGHT_AFTER.match(text, 0, s.mentions[0].pos):
        spans = _day_of(s.mentions[0], earlier, text)
    heading = (_dated_heading(s, sentences, ctx) or _schedule_day(s, sentences, ctx) or _paragraph_day(s, sentences, ctx)
               or _live_entry_day(s, ctx)
               ) if not spans and s.mentions else None
    trip = _TRIP.search(text)
    journey: list[DateSpan] = []    # the journey's days, for the meeting it goes to (_the_journeys_month)
    if trip and not any(m.pos < trip.start() for m in s.mentions):
        # the day before it is the journey's, and so is a single day inside an arrival's words ("… hạ cánh xuống sân bay
        # Changi chiều 12/11 để dự …"; not its month, the meeting's too: "tới Singapore tháng 4/2018 để dự …")
        goes = _GOES_TO_ATTEND.search(trip.group())
        kept = [sp for sp in spans if (sp.pos > trip.start() or goes and sp.precision == "month") and not (
            sp.pos < trip.end() and sp.precision == "day" and sp.start == sp.end)]
        journey = [sp for sp in spans if sp not in kept and sp.precision == "day" and sp.start == sp.end]
        spans = kept
    # a visit's days, and a day right before "ngay sau khi dự" a meeting, which the meeting came before
    visiting = [sp for sp in spans if _a_visits_days(text, sp, s.mentions) or sp.precision == "day" and any(
        0 <= m.pos - sp.pos - len(sp.text) <= _AFTER_ATTENDING_REACH and _RIGHT_AFTER_ATTENDING.search(text, sp.pos + len(sp.text), m.pos)
        for m in s.mentions)]
    spans = [sp for sp in spans if sp not in visiting]
    # "Để chuẩn bị cho Hội nghị, các quan chức cao cấp Á - Âu sẽ họp … ngày 29/2": the meeting prepared
    # for, named by its bare head, takes none of the day of the one that prepares it (one named in full
    # may take its own month: "… nhằm chuẩn bị cho Hội nghị Cấp cao ASEAN 43 vào tháng 9"), nor does one named in
    # full and set off by a comma, the meeting that prepares it told after: "Để chuẩn bị cho ASEM 5, hôm 6/10, Hội nghị
    # Quan chức cao cấp ASEM (SOM) đã họp …"
    # (nor does a meeting told as what is worked for, directly after "để": "các thành viên APEC đã cam kết phối hợp để
    # MC11 đạt kết quả thực chất", after the MRT "tổ chức ở Hà Nội hồi tháng 5")
    named = [m for m in s.mentions if not (len(s.mentions) > 1 and (
        _PREPARED_FOR.search(text, max(0, m.pos - 24), m.pos)
        and (_bare(m) or (off := _SET_OFF_AFTER.match(text, m.end_pos)) and not _ITS_OWN_TIME.match(text, off.end())
             and any(o.pos > m.end_pos for o in s.mentions)
             and (_OPENS_PREPARING.match(text) or not any(o.pos >= off.end() and not text[off.end():o.pos].strip()
                                                          for o in s.mentions)))    # (no list's item after, but in
        # the clause that opens the sentence: "Để chuẩn bị cho Hội nghị Thượng đỉnh, Hội nghị Bộ trưởng … đã họp …")
        or _WORKED_FOR.search(text, max(0, m.pos - 6), m.pos) and any(o.end_pos <= m.pos for o in s.mentions)))]
    groups = _groups(named, spans, text)
    out: list[tuple[Mention, Report]] = []
    claimed: set[int] = set()
    frames = _frames(groups, spans, text)
    # a meeting named to tell a time takes no date and passes the ones before it on, as a frame
    # does: "Trước Hội nghị Cấp cao, Hội nghị Quan chức cao cấp NAM đã diễn ra trong …",
    # "Ngày 25/2, ngay trước khi MC13 khai mạc, Bộ trưởng sẽ dự Hội nghị …"
    passes = [f or bool(_AS_A_TIME.search(text, 0, g[0].pos) and _before_a_comma(text, g[-1].end_pos, spans, gaz))
              for f, g in zip(frames, groups)]
    for gi, group in enumerate(groups):
        # a date before a frame is the next group's: "Chiều 4/8, …, nhân dịp dự AMM-55, … dự Hội nghị X"
        first = next((k for k in range(gi, 0, -1) if not passes[k - 1]), 0)
        prev_end = groups[first - 1][-1].end_pos if first else 0
        next_start = groups[gi + 1][0].pos if gi + 1 < len(groups) else len(text)
        if gi + 1 < len(groups) and (frames[gi + 1] and (_set_off(text, groups[gi + 1]) or (
                _FRAME.search(text, group[-1].end_pos, groups[gi + 1][0].pos)
                and any(_RIGHT_AFTER_ITS_NAME.fullmatch(text, groups[gi + 1][-1].end_pos, sp.pos) for sp in spans)))
                or _held_inside(text, group, groups[gi + 1])):
            # "X, phần cấp cao của Tuần lễ Cấp cao APEC 2022, đã bế mạc chiều 19/11": past the aside; and past the frame
            # right after the name, dated right after its own name ("dự Hội nghị các nhà lãnh đạo thế giới trong khuôn
            # khổ … (COP26) ngày 1-2/11": the leaders' days; not "… trong khuôn khổ Hội nghị thượng đỉnh BRICS lần thứ
            # 16, diễn ra tại Kazan từ ngày 22 đến 24/10", the frame's own)
            next_start = groups[gi + 2][0].pos if gi + 2 < len(groups) else len(text)
        if passes[gi] and not (len(groups) == 1 and _the_month_before_a_visit(text, visiting, group) is not None):
            # (a meeting that tells the time of what is no meeting takes the month of the day it came right before:
            # "Ngày 6/6, ngay sau khi dự Đối thoại Shangri-La 15, Bộ trưởng … thăm chính thức Việt Nam")
            continue
        in_frame = bool(gi and _FRAME.search(text, max(0, groups[gi - 1][0].pos - 30), groups[gi - 1][0].pos)
                        and not _also_next(text, groups, gi - 1))
        # (a meeting compared with, in the clause that opens the sentence, keeps the date told after it: "So với Hội nghị
        # hẹp … tại Cebu cuối tháng 1 vừa qua, chương trình nghị sự của AMM-59 …")
        compared = bool(gi and _COMPARED_WITH.match(text[:groups[gi - 1][0].pos])
                        and "," in text[groups[gi - 1][-1].end_pos:group[0].pos])
        picked = _pick_date(group, spans, text, prev_end, next_start, claimed, shared=not in_frame, compared=compared)
        if in_frame and out and out[-1][0] in groups[gi - 1] and (
                day := _day_opening_the_frame(text, spans, claimed, groups[gi - 1][0].pos, out[-1][1])) is not None:
            picked = day, 1     # "Chiều 13/7, tại Jakarta, trong khuôn khổ AMM-56 … diễn ra từ ngày 11 đến 14/7, Bộ trưởng …
                                # đã tham dự Hội nghị X": the day the sentence opens on, within the frame's own days
        elif (picked is not None and gi and out and out[-1][0] in groups[gi - 1] and picked[0].pos < group[0].pos
              and (out[-1][1].start, out[-1][1].end) == (picked[0].start, picked[0].end)
              and (day := _day_opening_the_frame(text, spans, claimed, groups[gi - 1][0].pos, out[-1][1])) is not None):
            picked = day, 1     # "Chiều và tối nay, Thủ tướng, … dự Hội nghị Cấp cao ASEAN 44, 45 … diễn ra từ ngày 8-11/10,
                                # đã … dự Hội nghị X, Y và Z": the day the sentence opens on, within the days the meeting
                                # before took, not those days
        trip = _the_trips_month(s, sentences, group, ctx) if picked is None else None
        if trip is not None and gi == 0 and trip.rule == "arrival":
            picked = trip, 1        # (before the paragraph's day, which is the arrival's)
        if picked is None and heading is not None and gi == 0:
            picked = replace(heading, pos=0, text=""), 1     # the section's date, for its first meeting
        if picked is None and (framing := _framing_dates(s, groups, frames, gi, earlier)) is not None:
            picked = framing, 1
        if picked is None and trip is not None:
            picked = trip, 1
        if picked is None and gi and out and out[-1][0] in groups[gi - 1] and _held_inside(text, groups[gi - 1], group):
            picked = _days_of(out[-1][1], "inside"), 1      # the days of the meeting it is held inside (_held_inside)
        if (picked is None and gi and out and out[-1][0] in groups[gi - 1]
                and _SAME_TIME_AS.search(text, groups[gi - 1][-1].end_pos, group[0].pos)):
            # "Sang tháng 5, Hà Nội sẽ đón SOM 2, diễn ra cùng thời điểm với Hội nghị Bộ trưởng … (MRT)": the days of
            # the meeting just dated
            picked = _days_of(out[-1][1], "same-time"), 1
        if picked is None and gi == 0 and (went := _the_journeys_month(text, journey, group)) is not None:
            picked = went, 1
        if picked is None and gi == 0 and (came := _the_month_before_a_visit(text, visiting, group)) is not None:
            picked = came, 1
        if picked is None and gi == 0 and (stay := _the_month_of_a_stay(text, visiting, group)) is not None:
            picked = stay, 1
        if picked is None:
            continue
        span, strength = picked
        if span.pos < group[0].pos and _HELD_BESIDE.match(text[:group[0].pos]):
            continue    # "Diễn ra từ ngày 2 đến 3/11 bên lề Hội nghị Cấp cao ASEAN lần thứ 35, ASEAN-BIS …": the days of
                        # what is held beside it, named after it
        if span.pos < group[0].pos and span.precision == "day" and span.start == span.end:
            later = _DAYS_LATER.match(text, group[-1].end_pos)
            count = later and (later["n"] or later["m"])
            ahead_of = _DAYS_BEFORE.search(text, span.pos + len(span.text), group[0].pos)
            if count and not _A_DIGIT.search(text, group[-1].end_pos, later.start("n" if later["n"] else "m")):
                # "… NATO tại Brussels vào hôm 25/5 và hội nghị thượng đỉnh G7 ở Sicily, Italy sau đó một ngày": the next day
                span = _days_on(span, count, later.group())
            elif ahead_of:
                # "… chiều nay (14/11), một ngày trước khi hội nghị thượng đỉnh G20 khai mạc": the day after
                span = _days_on(span, ahead_of["n"], ahead_of.group())
        told_from = 0
        afterwards = [sp for sp in spans if span.pos < sp.pos < next_start]
        if span.pos > group[-1].end_pos and (
                first := _ORIGINALLY.search(text, group[-1].end_pos, span.pos)
                or _FIRST_PLAN.search(text, group[-1].end_pos, span.pos)) and not _MOVED_TO.search(
                text, first.end(), span.pos) or (
                afterwards and (moved := _MOVED_TO.search(text, span.pos + len(span.text), afterwards[0].pos))
                and not _FROM.search(text, moved.end(), afterwards[0].pos)):
            # "X, vốn dự kiến diễn ra ngày 8/11, sẽ được lùi sang tháng 1/2025", "lùi X, vốn dự kiến
            # … từ ngày 8 đến 10/4, sang cuối tháng 6": the date it was put off to, if the sentence
            # gives one; the date first planned is no meeting's. Also where the sentence says only
            # what happened instead: "X, ban đầu dự kiến tổ chức tại Đà Nẵng vào tháng 4, đã diễn ra
            # trực tuyến ngày 26/6/2020". A date told, then one it was moved to, is moved whatever the
            # words of the first: "X, dự kiến khai mạc tại Cebu tuần tới, đã bị hoãn sang tháng 1 năm sau". (Not a date
            # the words of its move lead to: "X, ban đầu dự kiến tổ chức tại Đà Nẵng, sẽ được lùi sang cuối tháng 6".)
            if afterwards:
                told_from = span.pos + len(span.text)   # the tense of what happened, not of the first plan
                span = afterwards[0]
            elif _PUT_OFF.search(text, prev_end, next_start):
                continue
        elif (span.pos > group[-1].end_pos and not afterwards and _AS_PLANNED.search(text, group[-1].end_pos, span.pos)
              and _PUT_OFF_DONE.search(text, span.pos + len(span.text), next_start)):
            continue    # "Hội nghị …, dự kiến tổ chức ngày 14-3 tại Las Vegas, phải hoãn vô thời hạn": the first plan,
                        # no date it was held on (not "… có thể bị hoãn")
        if span.start < span.end and (span.pos < group[0].pos and (_DELEGATION.search(text, span.pos, group[0].pos)
                                                                    or _A_CHAIN.search(text, 0, group[0].pos))
                                      or _AND_RELATED.match(text, group[-1].end_pos) or len(group) > 2):
            # "Từ ngày 14 đến 17-11, Đại tướng … dẫn đầu Đoàn … tham dự ADMM-17": the journey's days;
            # "… AEM 55 và các hội nghị liên quan": the days of the meeting and those around it; "Chuỗi hội nghị … sẽ
            # diễn ra từ 28/6 đến 1/7, với điểm nhấn là Hội nghị …": the days of the chain that holds it; "Từ ngày 29
            # đến 31/3, … sẽ diễn ra Hội nghị Cấp cao ACMECS 8, … CLMV 9 và … GMS 6": the days of three meetings
            span = replace(span, role="around")
        lo, hi = min(group[0].pos, span.pos), max(group[-1].end_pos, span.pos + len(span.text))
        clause = (max(prev_end, told_from), next_start)
        if prepares := _PREPARES.search(text, hi, clause[1]):
            # "… dự Hội nghị Quan chức cao cấp ASEAN+3, nhằm chuẩn bị cho các Hội nghị Cấp cao … sắp tới": what
            # follows tells the tense of what is prepared for, not this meeting's
            clause = (clause[0], prepares.start())
        lo = max(lo, told_from)
        tense = "planned" if _on_its_eve(text, lo) else _tense(text, lo, hi, clause)
        if span.rule == "journey" and ctx.ref is not None and ctx.ref_precision == "day" and journey[0].end >= ctx.ref:
            tense = "planned"   # "… đã tới Phnôm Pênh chiều nay để dự Cấp cao ASEAN - Ấn Độ": the journey is done, not the meeting
        settled = settle_year(span, s, group, tense, anchors)
        if settled is None or _guessed_for_a_body(settled, ctx, group, gaz):
            continue
        span = settled
        nth = _NTH_DAY.search(text, lo, hi)
        if nth and span.precision == "day" and span.start == span.end:
            # "Hôm nay (23/10), ngày làm việc thứ 2 của Hội nghị …": the meeting opened the day before
            n = parse_ordinal(nth.group(1)) or 1
            span = replace(span, start=span.start - timedelta(days=max(0, n - 1)))
        if (tense is None and ctx.ref_guessed and span.text and span.pos >= lo
                and (told := FROM_NOW.match(text, span.pos + len(span.text)))):
            # "… (MRT) diễn ra tại Arequipa (Peru) vào tháng 5 tới" in an article whose own day is only guessed: the
            # word after the date tells the tense, which the guessed day does not
            tense = "planned" if told["ahead"] else "held"
        if (tense is None and span.rule == "relative" and (ctx.ref is None or ctx.ref_guessed)
                and (way := _ITS_WAY.search(span.text))):
            # "… APEC được tổ chức ở Đà Nẵng vào tuần tới" in an article whose own day is unknown: the week or month the
            # word tells from now, which its place dates, is still to come, or past
            tense = "planned" if way.group(1).lower() in ("tới", "sau") else "held"
        status = _status(tense, span, None if ctx.ref_guessed else ctx.ref, ctx.ref_precision, article.published is not None)
        end = span.end
        if span.start == span.end and span.precision == "day":
            days = _duration([x.text for x in sentences[s.index: s.index + 6]], frozenset(m.pos for m in s.mentions))
            closing = _closing_day(span, spans, text)
            # (past "… và các hội nghị liên quan": "Hội nghị … lần thứ 51 và các hội nghị liên quan đã bế mạc")
            after = related.end() if (related := _AND_RELATED.match(text, hi)) else hi
            if of := _OF_ITS_BODY.match(text, after):
                after = of.end()    # "… lần thứ 12 (MC12) của Tổ chức Thương mại Thế giới (WTO) đã bế mạc sau …"
            if (topic := _ITS_TOPIC.match(text, after)) and (topic["word"] == "về" or _ABOUT.search(text, lo, after)):
                after = topic.end()     # "Đối thoại … về an ninh lương thực và nông nghiệp bền vững đã bế mạc sau …"
            stop = _CLAUSE_END.search(text, after)
            if days is None and (closes := _CLOSES_ITS_DAYS.match(text, after)):
                days = parse_ordinal(closes.group(1))   # "… phiên bế mạc Hội nghị … (AMM 29) tại Đà Nẵng, khép lại hai
                                                        # ngày làm việc" (its own days, not "… bốn ngày làm việc của …")
            if (_END_CUE.search(text, lo, min(stop.start() if stop else len(text), after + 40))
                    or _UNTIL.search(text, max(0, span.pos - 40), span.pos)
                    or _CLOSING_OF.search(text, max(0, group[0].pos - 30), group[0].pos)):
                # "bế mạc sau hai ngày làm việc": the day told is the last one
                span = replace(span, role="end", start=span.end - timedelta(days=max(0, (days or 1) - 1)))
            elif closing is not None:
                span, end = closing     # "khai mạc ngày 6/8 … và kéo dài đến ngày 11/8"
            elif (last := _last_day_after(span, sentences[s.index + 1: s.index + 3], s.para, ctx)) is not None:
                end = last          # "… khai mạc sáng 31/8. Các phiên họp kéo dài đến hết ngày 1/9."
            elif days:
                end = span.start + timedelta(days=max(0, days - 1))
        # Place and mode are told after the meeting's name; before it they may belong to another
        # gathering ("chủ trì cuộc họp trực tuyến tại Hà Nội chuẩn bị cho Hội nghị … tại Vientiane").
        # (up to another meeting the sentence names after it: "… lần thứ 43, dự kiến …, sau Hội nghị lần thứ
        # 42 tại Labuan Bajo" is the 42nd's place)
        own_end = min((m.pos for m in s.mentions if m.pos >= group[-1].end_pos and _another_meeting(m, group)),
                      default=len(text))
        own = text[group[0].pos:own_end]
        location = _location(own, gaz) or _location(text[:own_end], gaz)
        mode = _mode(text, location, group[0].pos) or (None if _HEAD_WORD.search(text[:group[0].pos]) else _mode(text, location))
        if mode is None and _AT_VENUE.search(text) and not _VIRTUAL.search(text):
            mode = "in_person"      # "Sáng 3/11, tại Trung tâm hội nghị IMPACT, … khai mạc Hội nghị …": its venue
        for k, m in enumerate(group):
            # (a list's dates told "lần lượt": the k-th is this meeting's own, _in_turn)
            turn = _in_turn(group, k, span, end, spans, text, next_start)
            own, own_end = (span, end) if turn is None else (turn, turn.end)
            if (m.meeting == GENERAL_DEBATE and m.rule.endswith(f":{ASSEMBLY}")
                    and not in_season(m.forum, m.meeting, own.start, own_end, own.precision)):
                # the General Assembly spoken at outside its general debate's season: its session of that day
                # (meetings.py)
                m = replace(m, level="other", meeting=ASSEMBLY_SESSION)
            if len(group) > 1 and (own_year := written_name_year(text, m)) is not None and not (
                    own.start.year <= own_year <= own_end.year):
                continue    # a meeting of a list with its own year: "… Hội nghị Cấp cao ASEAN lần thứ 6 năm 1998 và
                            # Hội nghị Cấp cao Á - Âu lần thứ 5 (ASEM 5) hồi tháng 10/2004" (the year alone dates no event)
            if m.meeting == "Summit" and own.precision == "day" and (held := summit_held_there(m.forum, text, own.start)):
                m = replace(m, forum=held)      # "… hội nghị thượng đỉnh G7 ở Hamburg" on 7/7/2017: the G20's
            # a name that points back at the meeting just named ("Diễn đàn an ninh thường niên này kéo dài 3 ngày"
            # after "Đối thoại Shangri-La lần thứ 18") is not its own: the merge compares other meetings' names
            label = "" if _POINTS_BACK.match(text, m.end_pos) else m.text
            numbers = (m.ordinal, *m.optional_ordinals)
            # (one name's numbers told their dates in turn: "… lần thứ 36 và 37, lần lượt vào tháng 4 và tháng 11")
            turns = _numbers_in_turn(m, len(numbers), span, spans, text, next_start) if turn is None else None
            for j, ordinal in enumerate(numbers):
                at, at_end = (own, own_end) if turns is None else (turns[j], turns[j].end)
                ev = Report(m.forum, m.level, m.meeting, ordinal, at.start, at_end, at.precision,
                           at.year_inferred, status, location, _host(text, gaz), mode,
                           article.article_id, (text,), at.text, f"{m.rule}|{at.rule}", strength, label,
                           at.year_source, at.role)
                out.append((m, ev))
    return out + _the_frames_month(groups, frames, passes, out, text)


def _the_frames_month(groups: list[list[Mention]], frames: list[bool], passes: list[bool],
                      out: list[tuple[Mention, Report]], text: str) -> list[tuple[Mention, Report]]:
    """A frame's month, where the month the sentence tells before it dates the meeting it frames: "Cuối tháng 5 vừa
    qua, tại Detroit (Mỹ), bên lề Hội nghị Bộ trưởng … APEC (MRT), các Bộ trưởng IPEF đã họp …" (what is held beside
    a meeting is held in its month; not a day, which may be one of several the frame's days hold)."""
    added = []
    for gi, group in enumerate(groups[:-1]):
        if not (frames[gi] and passes[gi]):
            continue
        framed = next((ev for m, ev in out if m in groups[gi + 1]), None)
        if framed is None or framed.precision != "month" or any(m in group for m, _ in out):
            continue
        told = text.find(framed.date_text) if framed.date_text else -1
        if not 0 <= told < group[0].pos:
            continue        # (the month told before the frame, not the framed meeting's own after it)
        added += [(m, replace(framed, forum=m.forum, level=m.level, meeting=m.meeting, ordinal=m.ordinal,
                              rule=f"{m.rule}|frame-month", label=m.text)) for m in group]
    return added


# "lần lượt": each in turn, in the order named.
_IN_TURN = re.compile(r"(?i)(?<!\w)lần\s+lượt(?!\w)")


def _in_turn(group: list[Mention], k: int, span: DateSpan, end: date, spans: list[DateSpan], text: str,
             next_start: int) -> DateSpan | None:
    """The k-th meeting's own date where the sentence tells the list's dates in turn after it: "X và Y đã lần lượt
    diễn ra trong hai ngày 13 và 14/10" (a day each), "… lần lượt diễn ra vào tháng 5 và tháng 9/2023" (a date
    each, as many as the meetings)."""
    if len(group) < 2 or span.pos <= group[-1].end_pos or not _IN_TURN.search(text, group[-1].pos, span.pos):
        return None
    after = [sp for sp in spans if group[-1].end_pos < sp.pos < next_start]
    if len(after) == len(group):
        return _with_the_year_told_after(after)[k]
    if span.precision == "day" and (end - span.start).days == len(group) - 1:
        day = span.start + timedelta(days=k)
        return replace(span, start=day, end=day)
    if span.precision == "day" and len(group) == 2 and span.rule.startswith("days_and"):
        day = span.end if k else span.start     # "lần lượt khai mạc ngày 11/7 và 14/7": the two days told
        return replace(span, start=day, end=day)
    return None


def _with_the_year_told_after(turns: list[DateSpan]) -> list[DateSpan]:
    """The dates of a list told in turn, each whose year was not written in the year written on the next that has one:
    "… lần lượt vào tháng 6 và tháng 7/2020" is June 2020 too."""
    out = list(turns)
    for i, sp in enumerate(out):
        written = next((o for o in out[i + 1:] if not o.year_inferred), None)
        if sp.year_inferred and written is not None and sp.start.year != written.start.year and (
                (sp.start.month, sp.start.day) <= (written.start.month, written.start.day)):
            out[i] = shift_years(sp, written.start.year - sp.start.year) or sp
    return out


def _numbers_in_turn(m: Mention, count: int, span: DateSpan, spans: list[DateSpan], text: str,
                     next_start: int) -> list[DateSpan] | None:
    """The dates of one name's numbers where the sentence tells them in turn after it, as many as the numbers: "Hội
    nghị Cấp cao ASEAN lần thứ 36 và 37, lần lượt vào tháng 4 và tháng 11"."""
    if count < 2 or span.pos <= m.end_pos or not _IN_TURN.search(text, m.pos, span.pos):
        return None
    after = [sp for sp in spans if m.end_pos < sp.pos < next_start]
    if len(after) != count or after[0].pos != span.pos:
        return None
    # (each in the year the first was read in, where the sentence tells none of its own: "Năm 2020, …")
    years = span.start.year - after[0].start.year
    return [span] + [(shift_years(sp, years) or sp) if sp.year_inferred else sp for sp in after[1:]]


# The body a meeting named before belongs to, told after it: "… của Tổ chức Thương mại Thế giới (WTO)".
_OF_ITS_BODY = re.compile(r"\s+của\s+[^,.;()]{1,60}?\s*\([A-Z][A-Za-z0-9+&-]{1,11}\)")
# A meeting's topic after its name, or the rest of one its name began, up to the verb: "… về an ninh lương thực và
# nông nghiệp bền vững (đã) bế mạc"
_ITS_TOPIC = re.compile(r"(?i)\s+(?P<word>về|và)\s+[^,.;()]{1,120}?(?=\s+(?:đã\s+|đang\s+|sẽ\s+)?(?:kết\s+thúc|bế\s+mạc|khép\s+lại)(?!\w))")
_ABOUT = re.compile(r"(?i)\svề\s")
_POINTS_BACK = re.compile(r"\s+(?:này|đó|nói\s+trên|kể\s+trên|nêu\s+trên)(?!\w)")


def _months_told_from_its_day(text: str, spans: list[DateSpan], ctx: DateContext) -> list[DateSpan]:
    """In an article with no date of its own, a month the sentence tells from now ("tháng trước",
    "tuần này") is told from the day the sentence names, which is not long before now: "Hôm 3/12,
    Tổng thống … nói … tại hội nghị cấp cao ASEAN hồi tháng trước ở Singapore" is November's
    meeting, not one of 3/12. (A day's word, "hôm qua", is left unread: a day off would be wrong. So
    is a month the day's own, "cuối tuần qua" said on 10/6: the day keeps its month, and tells the
    year of a host of that month in two years, the G7's in Canada in June 2018 and 2025, better.)"""
    day = next((sp for sp in spans if sp.precision == "day" and sp.start == sp.end), None)
    if day is None or not tells_from_now(text):
        return spans        # (the sentence read again only where it holds such a word)
    # (in the day's year, as sure as the day's: a stand-in year where the article tells none settles as the day's would)
    told = [replace(sp, year_inferred=day.year_inferred, year_source=day.year_source)
            for sp in find_dates(text, replace(ctx, ref=day.end, ref_precision="month"))
            if sp.rule == "relative" and _meeting_date(text, sp)
            and (sp.start.year, sp.start.month) != (day.start.year, day.start.month)]
    return sorted([*spans, *told], key=lambda sp: sp.pos) if told else spans


_THIS_BODY = Gated(THIS_BODY)      # "… của cơ chế này": searched only in sentences that hold its words


def _forum_told_before(text: str, hits: list[re.Match[str]], starts: list[int], found: int,
                       gaz: Gazetteer) -> str | None:
    """The forum a sentence's meetings take when their name says "của cơ chế này": the last one
    the article named before the sentence ("Cơ chế Mekong - Lan Thương … Hội nghị thượng đỉnh
    gần nhất của cơ chế này, lần thứ ba, …"), rather than the one it names most."""
    if found < 0 or not _THIS_BODY.search(text):
        return None
    before = bisect_left(starts, found)
    return gaz.forum(hits[before - 1].group()) if before else None


def extract(article: Article, gaz: Gazetteer) -> tuple[list[Report], list[Participation]]:
    """One clean article -> (its events, its participations). The rules read it with its tone marks
    where the newer style puts them (vi.modern_tones: "Uỷ ban" as "Ủy ban"); what its rows quote
    (sentences, names, titles, places) is as written."""
    if article.status != "ok" or not article.text or not gaz.may_name_forum(article.text):
        return [], []       # may_name_forum: a quicker test than the scan below, which it spares most articles
    text, title = modern_tones(article.text), modern_tones(article.title)
    if text == article.text and title == article.title:
        return _extract(article, gaz)
    events, people = _extract(replace(article, text=text, title=title), gaz)
    written = _AsWritten(article, text, title)
    return ([replace(ev, evidence=tuple(map(written, ev.evidence)), date_text=written(ev.date_text),
                     label=written(ev.label), location=written(ev.location)) for ev in events],
            [replace(p, name=written(p.name, p.evidence), role=written(p.role, p.evidence), evidence=written(p.evidence))
             for p in people])


class _AsWritten:
    """A piece of an article's text with its tone marks moved (modern_tones) -> the same piece as
    written: the letters at its place in the text (or the title); from `within` on, when given."""

    def __init__(self, article: Article, text: str, title: str | None):
        self.pairs = [(text, article.text)] + ([(title, article.title)] if title else [])

    def __call__(self, piece: str | None, within: str | None = None) -> str | None:
        if not piece:
            return piece
        for moved, old in self.pairs:
            at = max(moved.find(within), 0) if within else 0
            found = moved.find(piece, at)
            found = found if found >= 0 or not at else moved.find(piece)      # a name told before its sentence
            if found >= 0:
                return old[found:found + len(piece)]
        return piece


def _extract(article: Article, gaz: Gazetteer) -> tuple[list[Report], list[Participation]]:
    forget_article()
    hits = gaz.forum_names(article.text)     # kept: each sentence's are among them
    forums = gaz.forums_named(article.text, hits)
    if not forums:
        return [], []       # every meeting belongs to a named forum: most of what an outlet publishes
    default_forum = _default_forum(forums, gaz.forum_names(article.title) if article.title else [], gaz)
    starts = [h.start() for h in hits]
    title = article.title or ""
    unknown = _unknown_series(title, find_meetings(title, gaz) if _NUMBERED_BY_ITS_NOUN.search(title) else [])
    sentences = []
    short_names: dict[str, Mention] = {}
    plus_three: dict[str, Mention] = {}     # an ASEAN meeting's short name's letters -> its meeting
    at = 0
    for i, (para, text) in enumerate(split_paragraph_sentences(article.text)):
        found = article.text.find(text, at)         # where the sentence stands, if as written
        at = found + len(text) if found >= 0 else at
        teaser = text.rstrip().endswith((")", "]")) and _TEASER_SHAPE.match(text)     # its shape ends so
        mentions = []
        if not teaser and may_name_meeting(text, gaz):
            own = forum_hits_in(article.text, hits, starts, found, len(text)) if found >= 0 else None
            mentions = find_meetings(text, gaz, _forum_told_before(text, hits, starts, found, gaz) or default_forum, own)
        if mentions and sentences and any(m.ordinal is not None for m in mentions):
            mentions = [_numbered_as_named_before(m, sentences, gaz) for m in mentions]
        if mentions and all(_bare(m) for m in mentions):
            mentions = _the_meeting_named_before(mentions[0], sentences) or mentions
        elif len(mentions) == 1 and _bare_forum(mentions[0], gaz) and not find_dates(text):
            mentions = _the_forums_meeting_named_before(mentions[0], sentences, para) or mentions
        elif mentions and all(_bare_summit(m, own) for m in mentions):
            mentions = _the_summit_named_before(mentions[0], sentences)
        elif mentions and (all(_FRAME.search(text, max(0, m.pos - 30), m.pos) for m in mentions)
                           or _BARE_HEAD.match(text) and _A_DIGIT.search(text, 0, mentions[0].pos)):
            # "Hội nghị diễn ra ngày 4/11 bên lề Hội nghị Cấp cao ASEAN lần thứ 35": the meeting named
            # before, dated before the frame of another (a date after the frame may be the frame's own)
            again = _the_meeting_again(text, sentences, gaz, unknown=unknown)
            if again and again[-1].end_pos <= mentions[0].pos and _A_DIGIT.search(text, again[-1].end_pos, mentions[0].pos):
                mentions = again + mentions
        if len(mentions) > 1 and (told := [m for m in mentions if not _a_yardstick_set_off(text, m)]):
            mentions = told     # "Ngày 9/12, một ngày trước ADMM+ 7, Hội nghị … lần thứ 14 (ADMM-14) cũng được tổ chức"
        if mentions and short_names and not teaser:
            mentions = _as_short_names_say(mentions, _short_name_again(text, short_names))
        mentions = (mentions or _the_meeting_again(text, sentences, gaz, short_names, unknown)
                    or ([] if teaser else _short_name_again(text, short_names)))
        _learn_short_names(text, mentions, short_names, plus_three)
        if not teaser and "+" in text:
            mentions = _with_its_plus_three(text, mentions, {**_asean_short_names(gaz), **plus_three})
        if not teaser and plus_three:
            mentions = _with_its_partner(text, mentions, plus_three, gaz)
        if mentions and _ORGANISERS.search(text):
            mentions = [m for m in mentions if not _its_organisers_meet(text, m)
                        and not _PREPARING_FOR.search(text, max(0, m.pos - 40), m.pos)]
        if not sentences and not mentions:
            unknown |= _unknown_series(text, mentions)      # the first sentence's, as the headline's, where it names
                                                            # no meeting the text knows
        sentences.append(Sentence(text, i, mentions, para))
    year = context_year(article, sentences, gaz)
    ref, ref_precision, ref_guessed = reference(article, sentences, year)
    if year is None and ref is not None and not ref_guessed:
        year = ref.year         # the day a bulletin's title carries
    elif article.published is None and ref is not None and not ref_guessed and year != ref.year and _the_leads_one_year(
            article.title, sentences[:2], ref.year):
        # the year an undated article's lead writes with its day, and the only one it and the headline write, over the
        # years of the numbered meetings it recalls ("Trong hai ngày 29 và 30/11/2014, … Hội nghị Thượng đỉnh Pháp ngữ
        # lần thứ XV …", then COP21 four times); not where they write another ("Khép lại năm 2010, … Hiến chương
        # ASEAN, có hiệu lực từ ngày 15-12-2008, …")
        year = ref.year
    # Without any clue to the year, dates are read in a stand-in year that only a year next to
    # the meeting's name or an anchor may replace (settle_year drops what keeps it).
    ctx = DateContext(year=year or STAND_IN_YEAR, ref=ref, ref_precision=ref_precision,
                      ref_guessed=ref_guessed, stand_in=year is None)
    anchors = Anchors(sentences, ctx, dated=article.published is not None, stand_in=year is None,
                      title_year=_title_year(article.title))
    events: list[tuple[int, Mention, Report]] = []
    for s in sentences:
        if s.mentions:
            events.extend((s.index, m, ev) for m, ev in _reports_of(s, ctx, sentences, gaz, article, anchors, events))
    events = _fill_from_article(events, sentences, gaz, article.title)
    if article.published is None and ref is not None and not ref_guessed:
        events = _past_told_after_lead(events, sentences, ref)
    if ref is None or ref_guessed:
        events = _status_told_elsewhere(events, sentences)
    events = _in_series_order(events)
    events = _past_first_plans(events, sentences)
    events = _in_list_order(events, sentences, ref)
    events = _days_of_a_range(events)
    events = _the_years_of_its_days(events)
    events = _journeys_dated_otherwise(events)
    people = link_participants(sentences, events, gaz, article, ctx)
    return [ev for _, _, ev in events], people


# The committee that prepares a meeting, named after it, meets: "Ban Tổ chức quốc gia ADGMIN 6 đã họp phiên thứ hai",
# "Tiểu ban Nội dung Năm APEC 2017 đã họp ngày …", "Ủy ban Quốc gia ASEAN 2020 họp …": its meeting is no multilateral
# one, and its day is not the meeting's.
_ORGANISERS = re.compile(r"(?i)(?<!\w)(?:ban\s+tổ\s+chức|ban\s+chỉ\s+đạo|[uủ]ỷ?\s+ban\s+quốc\s+gia|tiểu\s+ban)(?!\w)")
_ORGANISERS_BEFORE = re.compile(_ORGANISERS.pattern + r"(?:\s+(?!(?:của|về)\s)[^\W\d]+){0,2}(?:\s+(?:quốc\s+gia|về|của|phục\s+vụ))?"
                                r"\s+$")
_THEY_MEET = re.compile(r"(?i)[^,.;:()]{0,30}?(?<!\w)(?:(?:đã|sẽ|vừa|đang)\s+)?(?:nhóm\s+)?họp(?!\s+(?:báo|bàn\s+với))(?!\w)")


# (or the name runs on past the verb: "… Hội nghị Cấp cao ASEAN lần thứ 37 họp phiên thứ hai")
_THE_VERB_INSIDE = re.compile(r"(?i)(?<!cuộc\s)(?<!phiên\s)(?<!kỳ\s)(?<!\w)(?:nhóm\s+)?họp(?!\s+báo)(?!\w)")


# … or, in a sentence that names such a committee, the meeting it prepares for: "… chủ trì cuộc họp của Ban chỉ đạo APEC
# thành phố để rà soát công tác chuẩn bị đón SOM 2"
_PREPARING_FOR = re.compile(r"(?i)(?<!\w)chuẩn\s+bị(?:\s+(?:cho|đón|tổ\s+chức|phục\s+vụ))?(?:\s+(?:các|công\s+tác))?\s+$")


def _its_organisers_meet(text: str, m: Mention) -> bool:
    """Is the meeting named as what the committee before it prepares, the committee meeting (_ORGANISERS)?"""
    return bool(_ORGANISERS_BEFORE.search(text, max(0, m.pos - 50), m.pos)
                and (_THEY_MEET.match(text, m.end_pos) or _THE_VERB_INSIDE.search(text, m.pos, m.end_pos)
                     or _ITS_HEAD_CHAIRS.match(text, m.end_pos)))


# … or its head, named by a title, chairs its meeting: "Trưởng Ban Chỉ đạo tổ chức ATF 2019 của tỉnh, đã chủ trì cuộc họp
# kiểm tra tiến độ …"
_ITS_HEAD_CHAIRS = re.compile(r"(?i)[^.;:()]{0,40}?(?<!\w)(?:đã\s+|sẽ\s+|vừa\s+)?chủ\s+trì\s+(?:cuộc\s+|buổi\s+|phiên\s+)?họp"
                              r"(?!\s+báo)(?!\w)")


def _default_forum(forums: Counter[str], headline: list[re.Match[str]], gaz: Gazetteer) -> str:
    """The forum of a meeting the text names by no forum: the one named most, the headline's names
    counted too; of two named as often, the headline's (it says what the article is about:
    "Đối thoại Shangri-La 2023: Các nước ASEAN đề cao kiềm chế")."""
    told = [gaz.forum(m.group()) for m in headline]
    counts = forums + Counter(told)
    return max(counts, key=lambda f: (counts[f], f in told))


# A link to another article, known by its shape: a headline with no sentence punctuation that ends
# in its own date in brackets ("- Hội nghị Cấp cao ASEAN+3 lần thứ 13 (07-11-2010)"), or a line
# under a label ("Tin liên quan: …").
# extract tries it only on a sentence that ends in a bracket, as every match does.
_TEASER_SHAPE = re.compile(r"^\s*(?:[-•*>]+\s*)?(?:[^\W\d][^:.!?\n]{0,30}:\s*)?[^.!?\n]{5,250}?"
                           r"[(\[]\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s*[-–,]?\s*\d{1,2}[:h]\d{2})?\s*[)\]]\s*$")


# "Hội nghị diễn ra từ ngày 11 đến 14/7": a sentence that opens with the bare word speaks of
# the meeting named just before. The words: the meeting nouns and an assembly's ("Đại hội đồng
# diễn ra từ ngày 28/3" after "Đại hội đồng IPU lần thứ 132").
_BARE_NOUNS = (*MEETING_NOUNS, "đại hội đồng", "đại hội", "kỳ họp", "khóa họp", "khoá họp", "sự kiện")   # "Kỳ họp sẽ diễn ra từ ngày 25/9 đến 1/10"
_TAKES_PLACE = r"""(?=\s+
        (?:(?:đã|sẽ|dự\s+kiến|chính\s+thức|được|vẫn|cũng)\s+)*          # "đã chính thức", "sẽ được", "vẫn được"
        (?:diễn\s+ra|khai\s+mạc|kéo\s+dài|bế\s+mạc|tổ\s+chức|họp|bắt\s+đầu)(?!\w)   # "diễn ra từ ngày 11 đến 14/7"
      | \s+làm\s+việc(?=\s+(?:trong|từ)\s)                   # "Hội nghị làm việc trong hai ngày 15 và 16-12"
    )"""
# … or by its number alone, a body's session's way: "Khóa họp 58 khai mạc hôm 24/2" (only the one named with that
# number: _the_meeting_again), "Kỳ họp thứ 9 bế mạc …"
_THIS_TIME = (r"(?:\s+(?:lần\s+này|(?:lần\s+thứ\s+(?=\w)|thứ\s+(?=\d)|(?=\d)(?P<alone>))"
              r"(?P<n>\d{1,3}(?![\d/.,-]\d?)|(?<=thứ\s)[^\W\d]+)))?")    # "Hội nghị lần này", "Hội nghị lần thứ 3"
# … or, numbered, held in a place: "Hội nghị lần thứ hai tại Phnom Penh (Campuchia) tháng 1/2018 do …", or by its host:
# "… kể từ Hội nghị lần thứ 19 do Quân đội Hoàng gia Campuchia đăng cai tại Phnôm Pênh hồi tháng 3 năm ngoái"
_THERE = (rf"(?(n)(?=\s+(?:tại|ở)\s+[{CAPITALS}]"
          r"|\s+do\s+[^,.;:()]{1,60}?\s(?:chủ\s+trì|đăng\s+cai|tổ\s+chức)(?!\w))|(?!))")
# … its short name in brackets after its number: "Hội nghị lần thứ 13 (EMM13) được tổ chức …"
_ITS_SHORT_NAME = r"(?:\s*\([^()\n]{1,20}\))?"
_BARE_HEAD = re.compile(rf"""
    (?P<noun>{alt(noun.capitalize() for noun in _BARE_NOUNS)}   # "Hội nghị", opening the sentence (match)
      | (?<=,\s)(?:{alt(_BARE_NOUNS)}|Đại\s+hội\s+đồng) )       # after an opener (see below)
    {_THIS_TIME}{_ITS_SHORT_NAME}(?:{_TAKES_PLACE}|{_THERE})""", re.VERBOSE)
# … or inside the sentence, capitalised as the meeting's own name is: "Các hoạt động của Hội nghị diễn
# ra trong hai ngày 27-28/4".
_BARE_HEAD_INSIDE = re.compile(rf"""(?<=\s)
    (?P<noun>{alt(noun.capitalize() for noun in _BARE_NOUNS)})
    {_THIS_TIME}{_ITS_SHORT_NAME}(?:{_TAKES_PLACE}|{_THERE})""", re.VERBOSE)
# … or in lower case inside it, where it opens or closes: "Tranh chấp … dự kiến bao trùm hội nghị khai mạc
# hôm nay tại Hàng Châu" (after a sentence that named the G20's summit), not "một hội nghị", "các hội nghị".
# (… or "diễn đàn", for a forum named before by a name that opens so: "Hai năm trước, … diễn đàn lần thứ nhất được tổ
# chức hồi tháng 5/2017" after "Diễn đàn cấp cao hợp tác quốc tế "Vành đai và Con đường" lần thứ hai")
_LOWER_HEAD = rf"(?P<noun>hội\s+nghị(?:\s+thượng\s+đỉnh)?|diễn\s+đàn){_THIS_TIME}"     # "hội nghị", "hội nghị thượng đỉnh lần này"
# (… or, numbered, where it takes place: "Chỉ chưa đầy hai năm sau, hội nghị lần thứ hai họp tại Phnom Penh vào tháng
# 1/2018", "hội nghị lần thứ ba vẫn được tổ chức theo hình thức trực tuyến ngày 24/8/2020")
_BARE_HEAD_LOWER = re.compile(rf"""(?<=\s)(?<!một\s)(?<!các\s)(?<!những\s)(?<!mỗi\s)
    {_LOWER_HEAD}(?:(?=\s+(?:(?:đã|sẽ|chính\s+thức)\s+)*(?:khai|bế)\s+mạc(?!\w))|(?(n){_TAKES_PLACE}|(?!))|{_THERE})""",
                              re.VERBOSE)
# … or in lower case after a verb of attending, hosting or being there, where it takes place or is dated: "Tổng thống
# Biden dự hội nghị diễn ra tại Carbis Bay từ ngày 11 đến 13/6/2021", "Indonesia … tổ chức hội nghị trong hai ngày
# 15-16/11", "Ngoại trưởng … sẽ thay mặt Nga tại hội nghị, dự kiến diễn ra vào tháng 8" (right after a sentence that
# named the summit; not "… tiếp các Trưởng đoàn dự hội nghị tại Dinh Thống Nhất", which may mean another meeting than
# the one named last).
# (a day right after the word only after hosting it: "Thủ tướng … phát biểu tại hội nghị ngày 10/1", a photo's caption
# after a sentence that recalls the series' first summit, is the article's meeting)
_ATTENDS_THE_BARE = re.compile(rf"""(?:(?<=dự\s)|(?<=tại\s)|(?<=tổ\schức\s)(?P<hosts>)){_LOWER_HEAD}
    (?=\s*,?\s*(?:(?:đã|sẽ|được|dự\s+kiến)\s+)*(?:diễn\s+ra|tổ\s+chức)(?!\w)
      | (?(hosts)\s+(?:trong\s+(?:hai|ba|bốn|\d)\s+ngày|vào\s+(?:ngày|tháng)|từ\s+ngày|ngày)\s+\d|(?!)))""", re.VERBOSE)
_TAKES_PLACE = re.compile(_TAKES_PLACE, re.VERBOSE)
# What may open such a sentence before the bare word: "Theo chương trình, hội nghị bắt đầu ngày 9-12".
# (… or the source it is told from: "Theo Reuters, hội nghị diễn ra trong hai ngày 9 và 10/9 tại …")
_BARE_OPENER = re.compile(r"(?:Theo\s+[^,.;:]{1,40}?|Dự\s+kiến)\s*,\s")


# A short name given in brackets after a meeting's name: "(AMM-55)", "(EAS 19)", "(ADSOM+)".
_BRACKETED = re.compile(r"\(([A-Z][A-Za-z+]{1,11}(?:[- ]?\d{1,3})?)\)")
# … after the name, a space before it: "… lần thứ 14 (SOMSWD 14)"
_BRACKETED_AFTER = re.compile(r"\s*" + _BRACKETED.pattern)


def _learn_short_names(text: str, mentions: list[Mention], short_names: dict[str, Mention],
                       plus_three: dict[str, Mention]) -> None:
    """The short names a sentence gives its meetings in brackets, right at or after their name; and the letters of an
    ASEAN meeting's short name, numbered or not, which "+3" turns into its meeting with the three partners."""
    for m in mentions:
        if b := _BRACKETED_AFTER.match(text, m.end_pos) or _BRACKETED.search(text, m.pos, m.end_pos):
            if any(c.isdigit() for c in b.group(1)):
                short_names.setdefault(b.group(1), m)
            letters = _letters_of(b.group(1))
            if m.forum == "ASEAN" and len(letters) >= 3 and "+" not in letters:
                plus_three.setdefault(letters, m)


@functools.lru_cache(maxsize=8)      # (a gazetteer hashes by identity)
def _asean_short_names(gaz: Gazetteer) -> dict[str, Mention]:
    """The short names of the kinds of meeting ASEAN holds (meetings.toml: "AEM", "SOM"), each as a meeting of that kind,
    which "+3" turns into its ASEAN+3 meeting as the short names an article gives do ("Hội nghị AEM+3 lần thứ 26")."""
    return {a: Mention("ASEAN", k.level, k.code, None, a, 0, 0, rule=f"{k.code}:{a}")
            for k in gaz.kinds if k.admits("ASEAN") for a in k.acronyms if "+" not in a and len(a) >= 3}


# A meeting's noun right before a short name: "Hội nghị SLOM+3", "Cuộc họp ACW+3".
_HEAD_BEFORE = re.compile(rf"(?i)(?<!\w)(?:{MEETING_NOUN})\s+$")


@functools.cache
def _plus_three_pattern(letters: str) -> re.Pattern[str]:
    """An ASEAN meeting's short name with "+3", and the number after it: "SLOM+3", "SOMY+3 lần thứ 14", "ACW+3 20"."""
    return re.compile(rf"(?<![\w(]){re.escape(letters)}\s?\+\s?3(?![\w+])"
                      rf"(?:\s+lần\s+thứ\s+(?P<nth>\w+)|\s?-?\s?(?P<n>\d{{1,3}})(?![\w/.,]|[/.,]\d))?")


def _with_its_plus_three(text: str, mentions: list[Mention], plus_three: dict[str, Mention]) -> list[Mention]:
    """An ASEAN meeting's short name the article gave it in brackets ("Hội nghị Quan chức Lao động cao cấp ASEAN
    (SLOM)"), written with "+3" ("Hội nghị SLOM+3", "Hội nghị SOMY+3 lần thứ 14"), names its meeting with China,
    Japan and Korea: the ASEAN+3 meeting of that kind, beside the sentence's other meetings."""
    added = []
    for letters, m in plus_three.items():
        if letters not in text:
            continue
        for hit in _plus_three_pattern(letters).finditer(text):
            if any(o.pos < hit.end() and hit.start() < o.end_pos for o in mentions):
                continue    # (named already: "… ASEAN+3 lần thứ 8 (AMMY+3)")
            number = hit.group("nth") or hit.group("n")
            ordinal = parse_ordinal(number) if number else None
            head = _HEAD_BEFORE.search(text, max(0, hit.start() - 12), hit.start())     # "Hội nghị SLOM+3": the name's
            start = head.start() if head else hit.start()
            added.append(replace(m, forum="ASEAN+3", ordinal=ordinal, text=text[start:hit.end()], pos=start,
                                 end_pos=hit.end(), optional_ordinals=(), rule=f"{m.rule}|plus-three"))
    return sorted(mentions + added, key=lambda m: m.pos) if added else mentions


@functools.cache
def _with_a_partner_pattern(letters: str) -> re.Pattern[str]:
    """An ASEAN meeting's short name's letters, a dash or "với" after them: "AMMTC - Trung Quốc", "AMMTC với Trung Quốc"."""
    return re.compile(rf"(?<![\w(+]){re.escape(letters)}(?=\s*(?:[-–]|với)\s)")


def _with_its_partner(text: str, mentions: list[Mention], short_names: dict[str, Mention], gaz: Gazetteer
                      ) -> list[Mention]:
    """An ASEAN meeting's short name the article gave it in brackets ("Hội nghị Bộ trưởng ASEAN về phòng, chống tội phạm
    xuyên quốc gia lần thứ 15 (AMMTC 15)"), joined to a partner ("Hội nghị tham vấn AMMTC - Trung Quốc", "Hội nghị AMMTC
    với Trung Quốc"), names its meeting with that partner, beside the sentence's other meetings."""
    added = []
    for letters, m in short_names.items():
        if letters not in text:
            continue
        for hit in _with_a_partner_pattern(letters).finditer(text):
            partner, end = partners_after(text, hit.end(), gaz)
            if partner is None or any(o.pos < end and hit.start() < o.end_pos for o in mentions):
                continue    # (named already: "Hội nghị Bộ trưởng ASEAN - Trung Quốc (AMMTC - Trung Quốc)")
            head = _PARTNERS_HEAD_BEFORE.search(text, max(0, hit.start() - 24), hit.start())
            start = head.start() if head else hit.start()
            added.append(replace(m, meeting=f"{m.meeting}/{partner}", ordinal=None, text=text[start:end], pos=start,
                                 end_pos=end, optional_ordinals=(), rule=f"{m.rule}|with-partner"))
    return sorted(mentions + added, key=lambda m: m.pos) if added else mentions


# A meeting's noun, and "tham vấn" (a consultation), right before a short name: "Hội nghị tham vấn AMMTC - Trung Quốc"
_PARTNERS_HEAD_BEFORE = re.compile(rf"(?i)(?<!\w)(?:{MEETING_NOUN})(?:\s+tham\s+vấn)?\s+$")


def _short_name_again(text: str, short_names: dict[str, Mention]) -> list[Mention]:
    """"… Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 55 (AMM-55) …", then "AMM-55 và các hội
    nghị liên quan diễn ra từ ngày 3 đến 5/8": a numbered short name the article gave a meeting
    names that meeting again, where no name of a meeting is found."""
    out = []
    for short, m in short_names.items():
        letters = _SHORT_NUMBERED.match(short)
        if _letters_of(short) not in text:
            continue        # (every match holds the short name's letters as written)
        for hit in _short_name_pattern(short).finditer(text):
            out.append(replace(m, pos=hit.start(), end_pos=hit.end(), optional_ordinals=(), rule=f"{m.rule}|short"))
        if letters is not None and int(letters.group(2)) == m.ordinal and len(letters.group(1)) >= 3:
            # … and its series with another number: "AMMTC 17" named, then "Tại AMMTC 16 … hồi tháng 9-2022" (the short
            # name's number its meeting's: not "AFMGM+3" after "… ASEAN+3 lần thứ 23")
            for hit in _series_pattern(letters.group(1)).finditer(text):
                if (n := int(hit.group(1))) != m.ordinal and 0 < n <= MAX_ORDINAL:
                    out.append(replace(m, ordinal=n, text=hit.group(), pos=hit.start(), end_pos=hit.end(),
                                       optional_ordinals=(), rule=f"{m.rule}{_SERIES_RULE}"))
    return sorted(out, key=lambda m: m.pos)


_SERIES_RULE = "|short-series"


@functools.cache
def _series_pattern(letters: str) -> re.Pattern[str]:
    """A short name's letters with any number: "AMMTC 16", "AMMTC-18", "Hội nghị lần trước, AMEM-40, diễn ra …",
    "AMCA lần thứ 7" (not "AMMTC 16/2022", nor a number that goes on: "ASEAN 4.0")."""
    return re.compile(rf"(?<![\w(]){re.escape(letters)}(?:\s?-?\s?|\s+lần\s+thứ\s+)(\d{{1,3}})(?![\w)/]|[.,]\d)")


# A short name's letters and number: "GMS 6", "AMM-55", written again "GMS6" or "AMM 55".
_SHORT_NUMBERED = re.compile(r"([A-Za-z+]+)[- ]?(\d{1,3})$")


def _letters_of(short: str) -> str:
    """A short name's letters, before its number: "SOMY" of "SOMY 16", "SLOM" of "SLOM"."""
    numbered = _SHORT_NUMBERED.match(short)
    return numbered.group(1) if numbered else short


@functools.cache
def _short_name_pattern(short: str) -> re.Pattern[str]:
    """Where `short` is written again, its number joined to its letters by a space, a hyphen or nothing."""
    letters = _SHORT_NUMBERED.match(short)
    if letters is None:
        return re.compile(rf"(?<![\w(]){re.escape(short)}(?![\w)])")
    return re.compile(rf"(?<![\w(]){re.escape(letters.group(1))}\s?-?\s?{letters.group(2)}(?![\w)])")


def _as_short_names_say(mentions: list[Mention], again: list[Mention]) -> list[Mention]:
    """A numbered short name the article gave a meeting in brackets names that meeting, whatever
    another reading of the same words makes of it: "… Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 43
    (AMM 43) …", then "AMM 43 đã diễn ra …" in an article about the ARF is the ASEAN's AMM 43."""
    out = []        # (a short name where none of the sentence's names stands adds nothing: the caller's
    for m in mentions:      # _short_name_again does so only in a sentence that names no meeting)
        told = next((a for a in again if a.pos < m.end_pos and m.pos < a.end_pos
                     and not a.rule.endswith(_SERIES_RULE)), None)     # (a series' other number: only where none is named)
        out.append(m if told is None else replace(told, pos=min(m.pos, told.pos), end_pos=max(m.end_pos, told.end_pos)))
    return out


# A numbered meeting a headline names by a noun and words no forum's ("Khai mạc Hội nghị hợp tác phát triển các tỉnh
# biên giới Việt Nam - Lào - Campuchia lần thứ 11"): _unknown_series
_NUMBERED_BY_ITS_NOUN = re.compile(rf"(?i)(?<!\w)(?P<noun>{alt(MEETING_NOUNS)})\s[^.;:!?]{{3,100}}?\slần\s+thứ\s+\w+")


def _unknown_series(text: str, known: list[Mention]) -> frozenset[str]:
    """The nouns (casefolded) by which the headline or the article's first sentence (`text`, the meetings found in it
    `known`) names a numbered meeting that is no forum's meeting: a bare "Hội nghị lần thứ 12 dự kiến …" in its text
    is that series', not another meeting the text names."""
    return frozenset(" ".join(m.group("noun").casefold().split()) for m in _NUMBERED_BY_ITS_NOUN.finditer(text)
                     if not any(k.pos < m.end() and m.start() < k.end_pos for k in known))


# The bare words that name again only a meeting named with them: "diễn đàn", "đại hội" ("Đại hội lần thứ XXII diễn ra tại
# Abu Dhabi …" after "Đại hội lần thứ XXIII Tổ chức quốc tế các Cơ quan Kiểm toán tối cao"; not a meeting named otherwise)
_ONLY_ITS_OWN = frozenset({"diễn đàn", "đại hội"})


def _the_meeting_again(text: str, before: list[Sentence], gaz: Gazetteer,
                       short_names: dict[str, Mention] | None = None, unknown: frozenset[str] = frozenset()
                       ) -> list[Mention]:
    opener = _BARE_OPENER.match(text)
    if (chain := _CHAIN_HEAD.match(text, opener.end() if opener else 0)) and (m := _a_chains_lead(before)) is not None:
        # "Theo chương trình, chuỗi hội nghị sẽ diễn ra từ ngày 21 đến 24-7": the chain's lead, named with its related
        # meetings, not the last of them named ("… AMM-59 và các hội nghị liên quan … đã khép lại với Diễn đàn Khu vực
        # ASEAN (ARF) lần thứ 33"); else as any sentence
        return [_again(m, chain.start(), chain.end(), m.ordinal)]
    head = (_BARE_HEAD.match(text, opener.end() if opener else 0) or _BARE_HEAD_INSIDE.search(text)
            or _BARE_HEAD_LOWER.search(text)
            # (after a verb of attending, only the meeting the sentence before names: which one "dự hội nghị" means
            # is less sure further on)
            or (before and before[-1].mentions and _ATTENDS_THE_BARE.search(text)))
    named = _last_named(before)
    if not named:
        return []
    if not head:
        return (_its_head_again(text, opener.end() if opener else 0, named) or _its_number_again(text, named)
                or _the_noun_again(text, named) or _the_ones_counted(text, named) or _its_days_told(text, named)
                or _its_outreach(text, before, gaz))
    if head.group("n") and " ".join(head.group("noun").casefold().split()) in unknown:
        return []       # "Hội nghị lần thứ 10 được tổ chức tại tỉnh Ratanakiri …" under a headline's "Hội nghị hợp tác …
                        # các tỉnh biên giới … lần thứ 11": that series' (_unknown_series)
    if head.group("alone") is not None:
        # (a number alone names the meeting named before with it, not another of the series: "Khóa họp 52 diễn ra
        # từ tháng 2 …" after "Khóa họp thứ 77 Đại hội đồng …" is not the Assembly's)
        n = parse_ordinal(head.group("n"))
        m = next((m for s in reversed(before) for m in reversed(s.mentions) if m.ordinal == n), None)
        return [] if m is None else [_again(m, head.start(), head.end(), n)]
    noun = " ".join(head.group("noun").casefold().split())
    # (a numbered one, of the series counted near its number, named since the last named with its noun: _its_neighbour)
    m = (_series_by_its_letters(before[-1], short_names or {})
         or (_its_neighbour(before, noun, parse_ordinal(head.group("n"))) if head.group("n") else None)
         or _last_named_with(before, noun)
         or (named[-1] if noun not in _ONLY_ITS_OWN else None))  # (a forum's or a congress's word names only one named with it)
    if m is None:
        return []
    ordinal = parse_ordinal(head.group("n")) if head.group("n") else m.ordinal     # "Hội nghị lần thứ 3 diễn ra …"
    if head.group("n") and ordinal is None:
        return []
    return [_again(m, head.start(), head.end(), ordinal)]


# "Hai ngày họp 8 và 9/6 tại khách sạn Manoir Richelieu …", "Trong ba ngày làm việc từ 12 đến 14/11, …": the days of
# the one meeting the last sentence that named any named; or "Trong hai ngày 19 và 20/7, Phó Thủ tướng … chủ trì hội
# nghị …", where the sentence speaks of a meeting by its common noun (after a source or a plan: "Theo Bộ Ngoại giao,
# trong hai ngày 26-27/5, Thủ tướng … sẽ dự hội nghị").
_DAYS_HEAD = re.compile(r"(?i)\W*(?:(?:theo|dự\s+kiến)(?:\s+[^,.;]{1,40})?,\s*)?(?:trong\s+)?(?P<count>hai|ba|bốn|năm|[2-5])\s+ngày\s+"
                        r"(?:(?P<noun>họp|làm\s+việc|hội\s+nghị)\s+)?(?=(?:từ\s+)?(?:ngày\s+)?\d)")
# The verbs of taking part in a meeting its common noun follows ("chủ trì hội nghị", "dự cuộc họp"): _A_MEETING_NOUN, _THE_NOUN
_TAKES_PART_IN = r"(?:chủ\s+trì|đồng\s+chủ\s+trì|dự|tham\s+dự|phát\s+biểu\s+tại|khai\s+mạc)"
# (the common noun in lower case after a verb of taking part, no name after it: not "Hội nghị Quốc tế MRC lần thứ 2
# cũng đã diễn ra", nor "… đã chủ trì gần 20 hội nghị trực tuyến", the days of a series)
_A_MEETING_NOUN = re.compile(rf"(?<!\w)(?:{_TAKES_PART_IN}|tại)\s+"
                             rf"(?:hội\s+nghị|cuộc\s+họp|phiên\s+họp)(?!\w)(?!\s+[{CAPITALS}])")


def _its_days_told(text: str, named: list[Mention]) -> list[Mention]:
    head = _DAYS_HEAD.match(text)
    if not head or len({(m.forum, m.level, m.meeting, m.ordinal) for m in named}) != 1:
        return []
    if not head.group("noun") and not _A_MEETING_NOUN.search(text, head.end()):
        return []       # "Trong hai ngày 19 và 20/7, Thủ tướng thăm …": a visit's days
    return [_again(named[-1], head.start("count"), head.end("count"), named[-1].ordinal)]     # (the days: a date)


# "Các phiên mở rộng ngày 12-13/6 có sự tham gia của …" after a summit of a forum that holds one with guests: its
# outreach, a meeting of its own (the guideline's "a summit and its outreach session … are two events").
_OUTREACH_AGAIN = re.compile(r"(?i)\W*(?:(?:tại|trong)\s+)?(?:các\s+|những\s+)?phiên\s+(?:(?:họp|thảo\s+luận|làm\s+việc)\s+)?"
                             r"mở\s+rộng(?!\w)")


def _its_outreach(text: str, before: list[Sentence], gaz: Gazetteer) -> list[Mention]:
    """The outreach of the summit the last sentence that names one (of a forum that holds one) names."""
    head = _OUTREACH_AGAIN.match(text)
    if not head:
        return []
    outreach = next((k for k in gaz.kinds if k.code == "Outreach"), None)
    if outreach is None:
        return []
    told = ([m for m in s.mentions if m.meeting == "Summit" and outreach.admits(m.forum)] for s in reversed(before))
    summits = next((found for found in told if found), [])
    if len({m.forum for m in summits}) != 1:
        return []
    return [replace(summits[-1], meeting="Outreach", ordinal=None, pos=head.start(), end_pos=head.end(),
                    optional_ordinals=(), rule="Outreach:again")]


# "Hai hội nghị nói trên sẽ diễn ra tại Hà Nội từ ngày 29/3 đến 31/3": the meetings the last sentence that
# named any named, as many as it counts.
_COUNTED_HEAD = re.compile(rf"""(?ix)^\W*(?:cả\s+)?(?P<count>hai|ba|bốn)\s+(?:{alt(MEETING_NOUNS)}|sự\s+kiện)
    (?:\s+(?:nói\s+trên|trên|này|kể\s+trên))?{_TAKES_PLACE.pattern}""")


def _the_ones_counted(text: str, named: list[Mention]) -> list[Mention]:
    head = _COUNTED_HEAD.match(text)
    if not head or parse_ordinal(head.group("count")) != len(named):
        return []
    return [_again(m, head.start("count"), head.end(), m.ordinal) for m in named]


# "Lần thứ tư, các nhà lãnh đạo tiếp tục gặp nhau trực tuyến vào ngày 25/12/2023": the series just
# named, by its number alone, opening the sentence.
_NUMBER_OPENS = re.compile(r"(?i)^\W*lần\s+thứ\s+(\d{1,3}|[^\W\d]+)\s*,")
# "Ngày 24/8/2020, … đồng chủ trì hội nghị; …": the meeting just named, as the common noun of a verb
# of taking part, ending its clause.
_THE_NOUN = re.compile(rf"(?<!để\s)(?<!\w){_TAKES_PART_IN}"
                       r"\s+(hội\s+nghị|cuộc\s+họp)(?:\s+(?:này|lần\s+này))?(?=\s*[.;,:]|\s*$|\s+và\s)")
# … in a sentence that opens with the day it tells: "Ngày 24/8/2020, …", "Sáng 5/9, …"
_OPENS_DATED = re.compile(r"(?i)^\W*(?:(?:sáng|trưa|chiều|tối|đêm)\s+)?(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d")


def _its_number_again(text: str, named: list[Mention]) -> list[Mention]:
    opens = _NUMBER_OPENS.match(text)
    ordinal = parse_ordinal(opens.group(1)) if opens else None
    if ordinal is None or named[-1].ordinal is None:
        return []       # (only a numbered series is named again by a number)
    return [_again(named[-1], opens.start(1), opens.end(1), ordinal)]


def _the_noun_again(text: str, named: list[Mention]) -> list[Mention]:
    """Only to date it: a sentence that opens with no day tells who took part, which the paragraph's focus
    does (participants.py); nor the meeting that says who people are ("các trưởng đoàn tham dự hội nghị")."""
    noun = _THE_NOUN.search(text) if _OPENS_DATED.match(text) else None
    if not noun or _COMPLEMENT.search(text, max(0, noun.start() - 20), noun.start(1)):
        return []
    return [_again(named[-1], noun.start(1), noun.end(1), named[-1].ordinal)]


def _its_head_again(text: str, at: int, named: list[Mention]) -> list[Mention]:
    """A meeting just named, named again by the first words of its name before a verb of taking
    place: "… phát biểu tại phiên thảo luận chung cấp cao Khóa họp 63 Đại hội đồng Liên hợp quốc.
    Phiên thảo luận chung khai mạc ngày 23/9 …"."""
    folded = text.casefold()
    for m in reversed(named):
        words = m.text.split()
        for k in range(min(4, len(words) - 1), 1, -1):
            head = " ".join(words[:k]).casefold()
            if folded.startswith(head, at) and _TAKES_PLACE.match(text, at + len(head)):
                return [_again(m, at, at + len(head), m.ordinal)]
    return []


def _series_by_its_letters(above: Sentence, short_names: dict[str, Mention]) -> Mention | None:
    """The meeting whose short name's letters the sentence above, which names no meeting, writes alone: "AHMM là cơ
    chế hợp tác … của ASEAN. Hội nghị lần thứ 13 được tổ chức …" speaks of the series (after "… (AHMM-14) …"). A
    meeting told only by its verb there names none ("AMMW là cơ chế cấp bộ trưởng … của ASEAN, họp ba năm một lần"), nor
    does the series' acronym alone, where the data knows it ("AHMM là cơ chế …": the series, no one meeting)."""
    if any(not m.rule.endswith(":verb") and not (m.ordinal is None and ACRONYM_SHAPE.fullmatch(m.text))
           for m in above.mentions):
        return None
    for short, m in short_names.items():
        letters = _letters_of(short)
        if len(letters) >= 3 and letters in above.text and _letters_alone(letters).search(above.text):
            return m
    return None


@functools.cache
def _letters_alone(letters: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w(]){re.escape(letters)}(?![\w+(-])")


_CHAIN_HEAD = re.compile(rf"(?i)chuỗi\s+(?:các\s+)?(?:hội\s+nghị|sự\s+kiện)(?:\s+(?-i:[A-Z][A-Za-z+]{{1,8}}))?"  # ("Chuỗi các hội nghị ASEAN")
                         rf"{_TAKES_PLACE.pattern}", re.VERBOSE)
# … whose lead is named with its related meetings after it: "X và các hội nghị liên quan", "X cùng các cuộc họp liên quan"
_AND_ITS_RELATED = re.compile(r"(?i)\s*(?:\([^()]{1,20}\)\s*)?(?:(?:,|và)\s*\d{1,3}\s*)?"     # ("… lần thứ 44, 45 và …")
                              r"(?:và|cùng(?:\s+với)?)\s+(?:các|những|chuỗi)\s+"
                              r"(?:hội\s+nghị|cuộc\s+họp|sự\s+kiện)(?:\s+cấp\s+cao)?\s+liên\s+quan(?!\w)")


# … or as the frame of what is held: "… các sự kiện trong khuôn khổ Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 52 (AMM-52)"
_THE_FRAME_OF_EVENTS = re.compile(r"(?i)(?<!\w)(?:sự\s+kiện|hoạt\s+động|hội\s+nghị|cuộc\s+họp)\s+(?:trong|thuộc)\s+khuôn\s+khổ"
                                  r"\s+(?:của\s+)?$")


def _a_chains_lead(before: list[Sentence]) -> Mention | None:
    """The last meeting named with its related meetings after it (_AND_ITS_RELATED) or as the frame of the events held
    (_THE_FRAME_OF_EVENTS), in the last three sentences."""
    return next((m for s in reversed(before[-3:]) for m in reversed(s.mentions)
                 if _AND_ITS_RELATED.match(s.text, m.end_pos)
                 or _THE_FRAME_OF_EVENTS.search(s.text, max(0, m.pos - 40), m.pos)), None)


def _last_named(before: list[Sentence]) -> list[Mention]:
    """The meetings of the last sentence that names any."""
    return next((s.mentions for s in reversed(before) if s.mentions), [])


_NEIGHBOURS = 3     # how far apart two numbers of one series told in an article lie, at most
_SHORT_NAME_FIRST = re.compile(r"[A-Z][A-Z0-9+]{2,}(?!\w)")    # "ACCSM lần thứ 19"


def _its_neighbour(before: list[Sentence], noun: str, n: int | None) -> Mention | None:
    """The last meeting named with a number near `n`, with the same noun or by a short name, the series a bare numbered
    "Hội nghị lần thứ 20" counts on: "… Hội nghị các quan chức cao cấp … . Việt Nam từng đăng cai ACCSM lần thứ 19 tại
    Hà Nội năm 2018. Hội nghị lần thứ 20 do Lào chủ trì …"; not past a meeting with that noun and no number the sentence
    right before names, the one the bare noun speaks of: "Hội nghị Bộ trưởng Tài chính APEC được tổ chức thường niên kể
    từ năm 1994. Hội nghị lần thứ 12 diễn ra …" after the SMEs' ministers' 13th."""
    if n is None:
        return None
    for s in reversed(before):
        for m in reversed(s.mentions):
            if m.ordinal is None and s is before[-1] and m.text.casefold().startswith(noun):
                return None     # (_last_named_with's)
            if (m.ordinal is not None and m.ordinal != n and abs(m.ordinal - n) <= _NEIGHBOURS
                    and (m.text.casefold().startswith(noun) or _SHORT_NAME_FIRST.match(m.text))):
                return m    # (not "Hội nghị bàn tròn … lần thứ hai" for a bare "diễn đàn lần thứ nhất", nor "Diễn đàn
                            # toàn cầu … lần thứ 7" for "Hội nghị lần thứ 8")
    return None


def _last_named_with(before: list[Sentence], noun: str) -> Mention | None:
    """The last meeting named with this noun ("Hội nghị …"), before a bare "Hội nghị diễn ra …" that
    speaks of it: not one named since with another ("Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng …
    Ông Austin từng phát biểu tại Đối thoại Shangri-La. Hội nghị diễn ra ngày 16-11")."""
    return next((m for s in reversed(before) for m in reversed(s.mentions)
                 if m.text.casefold().startswith(noun) and not _a_yardstick(s.text, m.pos)), None)


# A meeting named to measure time from: "… diễn ra đúng 37 năm sau Hội nghị cấp cao đầu tiên … năm 1961", "lần đầu
# tiên kể từ Hội nghị …", "Tiếp nối AMM-56, …". A bare "Hội nghị" after it is the meeting the article is about, not
# that one, and a sentence that names another meeting dates that one.
_YARDSTICK = re.compile(r"(?i)(?:(?<!\w)(?:\d{1,3}|[^\W\d]+)\s+(?:năm|tháng|tuần|ngày)\s+(?:sau|trước)|(?<!\w)kể\s+từ"
                       r"|(?<!\w)tiếp\s+nối(?:\s+thành\s+công\s+của)?)\s+(?:khi\s+)?$")     # ("Tiếp nối AMM-56, …")


def _yardstick(text: str, pos: int) -> re.Match[str] | None:
    return _YARDSTICK.search(text, max(0, pos - 30), pos)


def _a_yardstick(text: str, pos: int) -> bool:
    return _yardstick(text, pos) is not None


_SET_OFF_AFTER = re.compile(r"\s*[,;]")


def _a_yardstick_set_off(text: str, m: Mention) -> bool:
    """A meeting named only to measure time from, set off by a comma, its days not told there: "Tiếp nối AMM-56,
    …", "một ngày trước ADMM+ 7, …" (not "… một ngày trước khi …", whose day _DAYS_BEFORE counts back from, nor
    "kể từ Hội nghị … (ISOM) hồi tháng 12 năm ngoái", nor "tiếp nối SOM 1 tổ chức … hồi đầu tháng 3")."""
    found = _yardstick(text, m.pos)
    off = _SET_OFF_AFTER.match(text, m.end_pos) if found and "khi" not in found.group().casefold() else None
    # (… nor one whose own time the clause after the comma tells: "… chưa đầy năm tháng sau Hội nghị Cấp cao ASEAN lần
    # thứ 46, tổ chức hồi cuối tháng 5 vừa qua")
    return bool(off and not _ITS_OWN_TIME.match(text, off.end()))


def _again(m: Mention, pos: int, end_pos: int, ordinal: int | None) -> Mention:
    """The meeting `m` named again at pos..end_pos."""
    return replace(m, ordinal=ordinal, pos=pos, end_pos=end_pos, optional_ordinals=(), rule=f"{m.rule}|again")


_A_DIGIT = re.compile(r"\d")


def _bare(m: Mention) -> bool:
    """Is the mention the meeting noun alone ("Hội nghị do … chủ trì", "Đối thoại diễn ra từ ngày 2
    đến 4-6" after "Đối thoại Shangri-La"), its forum only guessed?"""
    return m.ordinal is None and (m.text.casefold() in _BARE_NOUNS or m.text.casefold() in _NAME_NOUNS)


# Nouns that open the names of meetings of many forums ("Đối thoại Shangri-La", "Diễn đàn Khu vực
# ASEAN"): alone, the meeting just named with it, where there is one (_the_meeting_named_before).
_NAME_NOUNS = ("đối thoại", "diễn đàn")


# A summit told by its head words alone, its forum only the article's ("Hội nghị thượng đỉnh diễn ra tại
# khu vực phi quân sự liên Triều …"): the forum's summit where the text has named a meeting of the forum
# before it, else none (not the UN's, in an article on a summit of the two Koreas that names the UN).
_SUMMIT_WORDS = ("hội nghị thượng đỉnh", "hội nghị cấp cao", "thượng đỉnh", "cuộc họp thượng đỉnh")


def _bare_summit(m: Mention, own: list | None) -> bool:
    """Also numbered: "Hội nghị Thượng đỉnh lần đầu tiên" (Trump and Kim's, in an article naming the UN)."""
    return _NUMBER_AFTER.sub("", m.text.casefold()) in _SUMMIT_WORDS and not own


_NUMBER_AFTER = re.compile(r"\s+lần\s+(?:thứ\s+\S+|đầu\s+tiên)$")


def _the_summit_named_before(m: Mention, before: list[Sentence]) -> list[Mention]:
    return [m] if any(n.forum == m.forum for s in before for n in s.mentions) else []


# A noun that opens the names of many forums' meetings, and a number alone after it: "Đối thoại lần thứ 20"
_NAME_NOUN_NUMBERED = re.compile(rf"(?i)(?P<noun>{alt(_NAME_NOUNS)})\s+lần\s+thứ\s+\w+")


def _numbered_as_named_before(m: Mention, before: list[Sentence], gaz: Gazetteer) -> Mention:
    """A name noun and a number alone, its forum only the article's, is the meeting last named with that noun: "So với
    Đối thoại lần thứ 20 hồi tháng 6 năm ngoái" after "Đối thoại Shangri-La lần thứ 21", in an article that names ASEAN
    more often (its own number kept)."""
    if m.ordinal is None or not (bare := _NAME_NOUN_NUMBERED.fullmatch(m.text)):
        return m
    named = _last_named_with(before, bare["noun"].casefold())
    if named is None or named.forum == m.forum or not gaz.forum_re.search(named.text):
        return m
    return replace(m, forum=named.forum, level=named.level, meeting=named.meeting, rule=f"{named.rule}|noun-again")


def _the_meeting_named_before(m: Mention, before: list[Sentence]) -> list[Mention]:
    """The meeting a bare "Hội nghị" speaks of: the last "Hội nghị …" named in the last sentence
    before it that names meetings, however far back ("… dự Hội nghị Bộ trưởng Thương mại G20 diễn
    ra … Hội nghị do Bộ trưởng X chủ trì"), not the default kind of a forum named elsewhere."""
    noun = m.text.casefold()
    named = [n for n in _last_named(before) if n.text.casefold().startswith(noun)]
    if not named:
        return []       # not a "Hội nghị" before: "Diễn đàn hợp tác Á – Âu (ASEM)" is no meeting's name
    return [_again(named[-1], m.pos, m.end_pos, named[-1].ordinal)]


_NOUN_AND_NAME = re.compile(r"(?i)(?:hội\s+nghị|cuộc\s+họp)\s+(?P<name>[^\s,.;:()]+)$")


def _bare_forum(m: Mention, gaz: Gazetteer) -> bool:
    """Is the mention its forum's name after the meeting noun alone ("Hội nghị EAS"), no kind nor number told?"""
    if m.ordinal is not None or not (head := _NOUN_AND_NAME.match(m.text)):
        return False
    return gaz.forum(head["name"]) == m.forum


def _the_forums_meeting_named_before(m: Mention, before: list[Sentence], para: int) -> list[Mention]:
    """The forum's one meeting named in the sentence just before, in the same paragraph, that a bare "Hội nghị EAS"
    with no date of its own speaks of again: "Ngay chiều nay sẽ diễn ra … Hội nghị Bộ trưởng Ngoại giao Cấp cao Đông Á
    (EAS) lần thứ 10. … Ngoại trưởng Nga Sergei Lavrov đều sẽ tham dự Hội nghị EAS." (not the forum's default kind)."""
    if not before or before[-1].para != para:
        return []
    named = {(n.forum, n.level, n.meeting, n.ordinal): n for n in before[-1].mentions if n.forum == m.forum}
    if len(named) != 1:
        return []
    (one,) = named.values()
    return [_again(one, m.pos, m.end_pos, one.ordinal)]


def _in_series_order(events: list[tuple[int, Mention, Report]]) -> list[tuple[int, Mention, Report]]:
    """A series' later number cannot come before an earlier one: when it does, a date whose year
    was only guessed from the article's other clues is the wrong one, and is dropped ("Hội nghị
    lần thứ hai … ngày 10-1" read in the year of "Hội nghị đầu tiên … tháng 3-2016"). Two of one kind whose names
    tell two sectors are two series (merge.alike)."""
    def guessed_out_of_order(ev: Report) -> bool:
        return ev.year_source == "context" and ev.ordinal is not None and any(
            o.ordinal is not None and (o.forum, o.level, o.meeting) == (ev.forum, ev.level, ev.meeting)
            and o.year_source != "context" and alike(o, ev)
            and ((o.ordinal < ev.ordinal and ev.start < o.start) or (o.ordinal > ev.ordinal and ev.start > o.start))
            for _, _, o in events)
    return [e for e in events if not guessed_out_of_order(e[2])]


# A date told as a meeting's first plan or its usual time ("ASEM 13 vốn được Campuchia lên kế hoạch tổ chức … vào ngày
# 16-17/11/2020", "AMM-53, vốn thường diễn ra vào cuối tháng 7, …"), or of a meeting called off then ("… buộc nước chủ
# nhà phải hủy Hội nghị Cấp cao Đông Á lần thứ 4"): _past_first_plans
_FIRST_PLAN = re.compile(r"(?i)(?<!\w)(?:vốn|ban\s+đầu|lúc\s+đầu)(?:\s+[^\s,.;]+){0,3}?\s+"
                         r"(?:dự\s+kiến|lên\s+kế\s+hoạch|lên\s+lịch|ấn\s+định|định|thường)(?!\w)")
_CALLED_OFF_BEFORE = re.compile(r"(?i)(?<!\w)(?:hủy|huỷ|hoãn)(?:\s+bỏ)?\s+(?:các\s+)?$")


def _past_first_plans(events: list[tuple[int, Mention, Report]], sentences: list[Sentence]
                      ) -> list[tuple[int, Mention, Report]]:
    """A numbered meeting's date told as its first plan or its usual time, or on a day it was called off, is not its
    date where the article dates the same meeting otherwise: the one it was moved to or held on (the first plan of a
    meeting that never met stays, the only date it has)."""
    def first_plan(index: int, m: Mention, ev: Report) -> bool:
        text = sentences[index].text
        at = text.find(ev.date_text, m.end_pos) if ev.date_text else -1
        return bool(at > m.end_pos and _FIRST_PLAN.search(text, m.end_pos, at)
                    or _CALLED_OFF_BEFORE.search(text, max(0, m.pos - 20), m.pos) or _AS_FIRST_PLANNED.match(text))

    def meeting(ev: Report) -> tuple:
        return ev.forum, ev.level, ev.meeting, ev.ordinal

    plans = {k for k, (i, m, ev) in enumerate(events) if ev.ordinal is not None and first_plan(i, m, ev)}
    if not plans:
        return events
    kept = {meeting(ev): ev for k, (_, _, ev) in enumerate(events) if k not in plans}
    return [e for k, e in enumerate(events) if not (k in plans and (other := kept.get(meeting(e[2]))) is not None
                                                     and (other.start, other.end) != (e[2].start, e[2].end))]


def _in_list_order(events: list[tuple[int, Mention, Report]], sentences: list[Sentence],
                   ref: date | None) -> list[tuple[int, Mention, Report]]:
    """A calendar told as a list runs forward: an item whose year was only inferred and that falls
    before the items above it, which run in order, is in the next year ("- Tháng 7: AMM-59 … -
    10-12/11: Hội nghị Cấp cao ASEAN lần thứ 49", from an article of January)."""
    out = list(events)
    of_sentence: dict[int, list[int]] = {}
    for k, (index, _, _) in enumerate(out):
        of_sentence.setdefault(index, []).append(k)
    last: list[date] = []           # the first start of each item of the run so far
    previous = -1
    for index, mine in sorted(of_sentence.items()):
        if not LIST_ITEM.match(sentences[index].text):
            continue
        if index != previous + 1:
            last = []
        previous = index
        first = out[mine[0]][2]
        if len(last) >= 2 and last == sorted(last) and first.year_inferred and first.start < last[-1]:
            moved = {k: _a_year_later(out[k][2], ref) for k in mine if out[k][2].year_inferred}
            if all(ev is not None and ev.start >= last[-1] for ev in moved.values()):
                for k, ev in moved.items():
                    out[k] = (out[k][0], out[k][1], ev)
        last.append(out[mine[0]][2].start)
    return out


def _days_of_a_range(events: list[tuple[int, Mention, Report]]) -> list[tuple[int, Mention, Report]]:
    """A day of a meeting the article dates over several days is that meeting's session, not
    another meeting: "Hội nghị Thượng đỉnh Doanh nghiệp APEC … diễn ra từ ngày 14 đến 16/11" and
    "sáng 15/11, … phát biểu tại phiên thảo luận của Hội nghị Thượng đỉnh Doanh nghiệp APEC"."""
    def same(a: Report, b: Report) -> bool:      # one meeting, numbered or not ("Đối thoại Shangri-La 2022")
        return ((a.forum, a.level, a.meeting) == (b.forum, b.level, b.meeting)
                and (a.ordinal == b.ordinal or a.ordinal is None or b.ordinal is None))

    # only a range the meeting itself is said to run over ("diễn ra từ ngày 14 đến 16/11"), not the
    # days of a trip or of a series the date opens ("Từ ngày 7-11/6, Malaysia tổ chức SOM …")
    ranges = [ev for _, _, ev in events if ev.precision == "day" and ev.start < ev.end and ev.strength >= 3]
    out = []
    for i, m, ev in events:
        whole = next((r for r in ranges if same(r, ev) and r.start <= ev.start <= r.end), None)
        if whole is not None and ev.precision == "day" and ev.start == ev.end:
            ev = replace(ev, start=whole.start, end=whole.end)     # the same meeting, where the article told it
        out.append((i, m, ev))
    return out


# Where a meeting's year was told by what the meeting is, not guessed: its name, its number, its place
# (years.settle_year); and where it was guessed: the article's other clues, a date told before it. (A year written
# in another meeting's date is not of its kind: a review recalls meetings of many years on the same days.)
_TOLD_YEARS = frozenset({"name", "number", "host"})
_GUESSED_YEARS = frozenset({"context", "anchor"})


def _the_years_of_its_days(events: list[tuple[int, Mention, Report]]) -> list[tuple[int, Mention, Report]]:
    """Days the article's other clues or a date told before gave a year to, within the days of another of its
    meetings whose year was told, or holding them: that meeting's year. "Singapore đang tổ chức Hội nghị hẹp các Bộ
    trưởng Ngoại giao ASEAN … từ ngày 4 đến 6-2" (2018, Singapore's year as ASEAN's chair) and "Sáng 5-2, các quan
    chức cao cấp ASEAN (SOM) đã nhóm họp", in an undated article that recalls the meetings of 2017: 2018 both; "Hội
    nghị Cấp cao ASEAN từ ngày 13 đến 14/11" and "Ngày 14/11, … Hội nghị Cấp cao Đông Á lần thứ 12" (2017, by its
    number)."""
    told = [ev for _, _, ev in events
            if ev.year_source in _TOLD_YEARS and ev.precision == "day" and ev.start.year == ev.end.year]
    if not told:
        return events
    out = []
    for i, m, ev in events:
        if ev.year_source in _GUESSED_YEARS and ev.precision == "day" and ev.start.year == ev.end.year:
            for o in told:
                moved = shift_years(ev, o.start.year - ev.start.year) if o.start.year != ev.start.year else None
                if moved is not None and (o.start <= moved.start and moved.end <= o.end
                                          or moved.start <= o.start and o.end <= moved.end):
                    ev = moved
                    break
        out.append((i, m, ev))
    return out


def _a_year_later(ev: Report, ref: date | None) -> Report | None:
    try:
        start, end = ev.start.replace(year=ev.start.year + 1), ev.end.replace(year=ev.end.year + 1)
    except ValueError:      # 29/2
        return None
    status = "planned" if ref is not None and start > ref else ev.status
    return replace(ev, start=start, end=end, status=status)


# A sentence that opens in the frame of the meetings told before it, by words that point back to them:
# "Trong khuôn khổ các cuộc họp này có Hội nghị cấp cao Đông Á lần thứ 13 …", "Bên lề hội nghị này, …"
# (not "Bên lề Hội nghị, …" alone: the meeting it means may not be the one told last).
_FRAMED_BY_THESE = re.compile(rf"(?i)^\W*(?:{alt(FRAME_WORDS)})\s+(?:các\s+)?(?:hội\s+nghị|cuộc\s+họp|sự\s+kiện)"
                              r"\s+(?:này|trên|nói\s+trên)(?!\w)")
FRAMED_BACK = 3      # sentences back that a frame pointing back may name its meetings in


# A delegation's visit, told with its days: "Thủ tướng … thăm và làm việc tại Liên minh châu Âu từ ngày 14/10 đến 21/10".
# (Not _VISIT's words, which _VISIT_BEFORE and _DELEGATION read: this one also takes "thăm và làm việc" and "công du",
# and not "thăm làm việc" or "chuyến làm việc".)
_VISIT_TOLD = re.compile(r"(?i)(?<!\w)(?:chuyến\s+(?:thăm|công\s+tác|công\s+du)|thăm\s+(?:chính\s+thức|và\s+làm\s+việc|cấp\s+nhà\s+nước)"
                    r"|công\s+du)(?!\w)")
_ATTENDS_IT = re.compile(r"(?i)(?<!\w)(?:đã\s+|sẽ\s+)?(?:tham\s+)?dự\s+(?:các\s+)?$")


def _the_trips_month(s: Sentence, sentences: list[Sentence], group: list[Mention], ctx: DateContext) -> DateSpan | None:
    """The month of a visit the sentence before told with its days (within two weeks), for a meeting the
    sentence, in the same paragraph, says was attended and dates no other way: "Thủ tướng … thăm và làm việc
    tại Liên minh châu Âu từ ngày 14/10 đến 21/10. Thủ tướng đã dự Hội nghị cấp cao Á - Âu (ASEM) lần thứ 12,
    …" (October). Its month only: the visit's days are the journey's."""
    before = sentences[s.index - 1] if s.index else None
    if (before is None or before.para != s.para or before.mentions
            or not _ATTENDS_IT.search(s.text, max(0, group[0].pos - 16), group[0].pos)):
        return None
    rule = "trip"
    if _VISIT_TOLD.search(before.text):
        days = [sp for sp in find_dates(before.text, ctx) if sp.precision == "day" and 0 < (sp.end - sp.start).days <= 14]
    elif _ARRIVES.search(before.text):
        rule = "arrival"
        # "Tổng thống Trump đến Việt Nam ngày 10/11. Ông dự Hội nghị Cấp cao APEC tại Đà Nẵng, …": an arrival's one
        # day, not late in its month (_the_journeys_month)
        days = [sp for sp in find_dates(before.text, ctx) if sp.precision == "day" and sp.start == sp.end
                and sp.start.day <= _LAST_DAYS_IN]
    else:
        return None
    return _month_by_another(days[0], rule) if len(days) == 1 else None


def _month_by_another(day: DateSpan, rule: str) -> DateSpan:
    """The month another thing's day (a journey's, a visit's first) falls in, as the date of the meeting it tells of."""
    return replace(_its_month(replace(day, end=day.start)), text="", pos=0, rule=rule)


_ARRIVES = re.compile(rf"(?<!\w){_ARRIVAL}")


# What a journey's day is followed by when the journey goes to the meeting: "… bay tới Pháp vào ngày 24/8
# để dự hội nghị G7", "… ngày 23/8 … khi ông chuẩn bị lên đường tới hội nghị thượng đỉnh G7 ở Pháp".
# (… or on the occasion of attending it: "… chiều 5/7 đến thành phố Mainz, bắt đầu chuyến thăm chính thức … nhân dịp dự Hội
# nghị Thượng đỉnh G20 tại Hamburg")
_GOES_TO_IT = re.compile(r"(?i)(?:\sđể\s+(?:tham\s+)?dự|lên\s+đường\s+(?:sang\s+|tới\s+|đến\s+|đi\s+)?(?:dự\s+)?"
                         r"|bắt\s+đầu\s+chuyến\s+(?:công\s+tác\s+|thăm\s+và\s+)?(?:tham\s+)?dự"
                         r"|nhân\s+dịp\s+(?:tham\s+)?dự)\s*(?:các\s+)?$")
_LAST_DAYS_IN = 27          # a journey's day after this may go to a meeting of the next month


def _the_journeys_month(text: str, journey: list[DateSpan], group: list[Mention]) -> DateSpan | None:
    """The month of the one day a journey to the meeting was told on (the sentence's _TRIP), where the
    sentence gives the meeting no date of its own: "Tổng thống … dự kiến bay tới Pháp vào ngày 24/8 để dự
    hội nghị G7" is August's, "Thủ tướng đã đến Bangkok chiều 2/11 để dự Hội nghị Cấp cao ASEAN 35" November's.
    Not the day, which is the journey's; not a day late in its month, whose meeting may open in the next."""
    if len(journey) != 1 or journey[0].start.day > _LAST_DAYS_IN or journey[0].pos > group[0].pos:
        return None
    if not _GOES_TO_IT.search(text, journey[0].pos, group[0].pos):
        return None
    return _month_by_another(journey[0], "journey")


_RIGHT_AFTER_ATTENDING = re.compile(r"(?i)(?<!\w)(?:ngay\s+)?sau\s+khi\s+(?:tham\s+)?dự\s+(?:các\s+)?$")
_AFTER_ATTENDING_REACH = 80      # characters from such a day to the meeting ("… tới Hiroshima chiều 20/5 trên một máy bay
                                 # của Chính phủ Pháp, sau khi dự Hội nghị thượng đỉnh Liên đoàn Arab ở Jeddah")
_FIRST_DAYS_IN = 4          # a visit's day before this may follow a meeting of the month before


def _the_month_before_a_visit(text: str, visiting: list[DateSpan], group: list[Mention]) -> DateSpan | None:
    """The month of a visit's one day, for the meeting the visit comes right after, which the sentence dates no
    other way: "… sẽ đến Hà Nội thăm chính thức Việt Nam ngày 11-11 ngay sau khi dự Hội nghị thượng đỉnh APEC ở Đà
    Nẵng" is November's. Not a day early in its month, whose meeting may have been in the month before."""
    days = [sp for sp in visiting if sp.precision == "day" and sp.start == sp.end and sp.pos < group[0].pos]
    if len(days) != 1 or days[0].start.day < _FIRST_DAYS_IN or not _RIGHT_AFTER_ATTENDING.search(text, 0, group[0].pos):
        return None
    return _month_by_another(days[0], "visit-after")


def _the_month_of_a_stay(text: str, visiting: list[DateSpan], group: list[Mention]) -> DateSpan | None:
    """The month of the days of a visit that also attends the meeting, told after it and within one month, for the
    meeting, which the sentence dates no other way: "Chủ tịch … sẽ có chuyến thăm cấp nhà nước tới Việt Nam và tham
    dự Hội nghị Cấp cao … APEC lần thứ 25 tại Đà Nẵng ngày 10 - 13/11" is November's (not the days: the stay's)."""
    stays = [sp for sp in visiting if sp.precision == "day" and sp.start < sp.end
             and (sp.start.year, sp.start.month) == (sp.end.year, sp.end.month)]
    after = [sp for sp in stays if sp.pos > group[-1].end_pos]
    if len(after) == 1 and _VISIT_AND_ATTEND.search(text, max(0, group[0].pos - 90), group[0].pos):
        return _month_by_another(after[0], "stay")
    # (… or told before it, the stay being the occasion of attending it: "… thăm chính thức Việt Nam ngày 17-18/11/2006, nhân
    # dịp dự APEC tại Hà Nội"; not a tour's days: "chuyến công du châu Á từ ngày 3-14/11/2017 để tham dự …")
    before = [sp for sp in stays if sp.pos < group[0].pos and (sp.end - sp.start).days <= _A_WEEK]
    if len(before) == 1 and _STAY_GOES_TO_IT.match(text, before[0].pos + len(before[0].text), group[0].pos):
        return _month_by_another(before[0], "stay")
    return None


# What joins a stay's days to the meeting it attends, told right after them: "… từ ngày 17 đến 18/11, nhân dịp dự …",
# "… ngày 20-22/5 và tham dự …", "… từ 8 đến 10/9 để dự …"
_STAY_GOES_TO_IT = re.compile(r"(?i)\s*,?\s*(?:nhân\s+dịp\s+|để\s+|và\s+)(?:tham\s+)?dự\s+(?:các\s+)?$")


def _journeys_dated_otherwise(events: list[tuple[int, Mention, Report]]) -> list[tuple[int, Mention, Report]]:
    """Without the month a journey or a stay gave a meeting (_the_journeys_month, _the_month_of_a_stay) where the
    article dates that meeting by its days in that month too: "Tối 12/11, Thủ tướng đã đến Thủ đô Viêng Chăn để tham
    dự Hội nghị Cấp cao ASEAN lần thứ 45. Hội nghị … khai mạc ngày 14/11." (the merge would make one row of the two;
    the article says the one)."""
    # (of its forum and level: "lên đường đến Quebec để tham dự cuộc họp G7 …", then "Hội nghị thượng đỉnh G7 mở rộng
    # được tổ chức vào ngày 9/6/2018")
    days = {(ev.forum, ev.level, ev.start.year, ev.start.month) for _, _, ev in events if ev.precision == "day"}
    return [e for e in events if not (e[2].rule.endswith(("|journey", "|stay")) and (
        e[2].forum, e[2].level, e[2].start.year, e[2].start.month) in days)]


# Meetings told to come "trong các ngày tới" after the frame's day (_framing_dates).
_IN_THE_DAYS_TO_COME = re.compile(r"(?i)\s*(?:\([^()]{1,12}\)\s*)?(?:trong|vào)\s+(?:các|những)\s+ngày\s+(?:tới|sắp\s+tới|tiếp\s+theo)(?!\w)")


def _framing_dates(s: Sentence, groups: list[list[Mention]], frames: list[bool], gi: int,
                   earlier: list[tuple[int, Mention, Report]]) -> DateSpan | None:
    """The dates of the meeting that frames an undated group: one this sentence names as a frame,
    dated before ("Bên lề Hội nghị Cấp cao ASEAN lần thứ 43, Thủ tướng dự Hội nghị X", the summit
    dated in an earlier sentence), or the meetings the sentence points back to ("Trong khuôn khổ
    các cuộc họp này có Hội nghị X")."""
    found: Report | None = None
    text, at = s.text, groups[gi][0].pos
    if all(m.level == "other" for m in groups[gi]):
        return None         # "Trong khuôn khổ Hội nghị Cấp cao, … đối thoại với đại diện AIPA": a session of it
    if _told_for_another(text, at):
        return None         # "Bên lề Hội nghị, … trao đổi về công tác chuẩn bị cho Hội nghị X": not held there
    if _IN_THE_DAYS_TO_COME.match(text, groups[gi][-1].end_pos):
        return None         # "… tham dự Hội nghị X, Y và Z trong các ngày tới": later than the frame's day told
    frame = next((groups[k][0] for k in range(gi - 1, -1, -1) if frames[k]), None)
    these = _FRAMED_BY_THESE.match(text)
    if frame is not None:
        found = max((ev for _, m, ev in earlier if (m.forum, m.level, m.meeting, m.ordinal)
                     == (frame.forum, frame.level, frame.meeting, frame.ordinal)),
                    key=lambda ev: ev.strength, default=None)     # (the first of the strongest)
    elif these and at >= these.end() and earlier and s.index - earlier[-1][0] <= FRAMED_BACK:
        found = earlier[-1][2]      # (not the frame's own word, "Bên lề Hội nghị", read as the meeting again)
    if found is None:
        return None
    return _days_of(found, "frame")


def _day_opening_the_frame(text: str, spans: list[DateSpan], claimed: set[int], frame_at: int,
                           frame: Report) -> DateSpan | None:
    """The day a sentence opens on (past a lead's date line) before the frame of what it tells, or before the meeting
    named ahead of the one dated, one of the days that frame or meeting took after its name: the later meeting's, not
    those days (_frames passes on only a frame that takes no date)."""
    line = lead_dateline(text)      # past a lead's date line: "Viêng Chăn (Lào), 10/10 - Chiều và tối nay, …"
    first = next((k for k, sp in enumerate(spans) if not line or sp.pos >= line.end()), None)
    if first is None or first in claimed or frame.precision != "day" or frame.start == frame.end:
        return None
    day = spans[first]
    if (day.pos < frame_at and day.precision == "day" and day.start == day.end
            and _opens_the_sentence(text, day, line.end() if line else 0) and frame.start <= day.start <= frame.end):
        claimed.add(first)
        return day
    return None


def _days_of(ev: Report, rule: str) -> DateSpan:
    """Another meeting's days, as a date this one takes (`rule` says why), told at no place of the sentence."""
    return DateSpan(ev.start, ev.end, ev.precision, ev.year_inferred, "", 0, rule, year_source=ev.year_source)


# What joins a meeting to the next as another thing done at the same time, not one held within it: "… gặp các Bên đối
# thoại trong khuôn khổ Hội nghị … (PMC), đồng thời dự Hội nghị … ASEAN+3 lần thứ 16" (both on the day told).
_ALSO = re.compile(r"(?i)^[^.;:]{0,24}?(?<!\w)đồng\s+thời(?!\w)")


def _also_next(text: str, groups: list[list[Mention]], i: int) -> bool:
    """Is group i followed by "đồng thời" before the next group (_ALSO)?"""
    return i + 1 < len(groups) and bool(_ALSO.match(text[groups[i][-1].end_pos:groups[i + 1][0].pos]))


def _frames(groups: list[list[Mention]], spans: list[DateSpan], text: str) -> list[bool]:
    """Which groups only frame another meeting and take no date of their own: "Trong khuôn khổ
    Hội nghị Cấp cao ASEAN 40, chiều 12/11, … dự Hội nghị X" (12/11 dates X); not "bên lề Hội
    nghị WTO lần thứ 13 diễn ra từ ngày 26/2 đến 1/3", which dates the frame itself."""
    framed = [bool(_FRAME.search(text, max(0, g[0].pos - 30), g[0].pos)) and not _also_next(text, groups, i)
              for i, g in enumerate(groups)]
    if all(framed):
        return [False] * len(groups)
    ends = [g[0].pos for g in groups[1:]] + [len(text)]
    dated = [_dated_after(g, spans, text, end) for g, end in zip(groups, ends)]
    placed = [_dated_after(g, spans, text, end, _AT_ITS_PLACE) for g, end in zip(groups, ends)]
    # a frame dated right after its place keeps that date where the next meeting has its own after its
    # name (it would not take the frame's): "Trong cuộc gặp … bên lề hội nghị thượng đỉnh G20 tại Hamburg,
    # Đức đầu tháng 7, ông Trump cho biết sẽ … dự Hội nghị Cấp cao APEC ở Đà Nẵng vào tháng 11 tới đây"
    # … or has one of its own before its name, past the frame's ("bên lề hội nghị G -20 ở Đức vào tháng
    # 7-2017 và gặp nhau … khi cùng ở Việt Nam vào tháng 11-2017 để dự Hội nghị Cấp cao APEC")
    own_before = [any(g[-1].end_pos < a.pos < b.pos < end for a in spans for b in spans)
                  for g, end in zip(groups[:-1], ends[:-1])]
    return [f and not dated[i] and not (placed[i] and (dated[i + 1] or placed[i + 1] or own_before[i]))
            for i, f in enumerate(framed[:-1])] + [framed[-1] and not dated[-1]]


def _fill_from_article(events: list[tuple[int, Mention, Report]], sentences: list[Sentence], gaz: Gazetteer,
                       title: str | None) -> list[tuple[int, Mention, Report]]:
    """What one sentence leaves out, another may say: a meeting's number stated in an undated
    mention ("Tuần lễ Cấp cao APEC lần thứ 24"), the place of a meeting told earlier whose dates
    hold its own, the city of the series it belongs to. The reports, with these filled in."""
    numbers: dict[tuple, set[int]] = {}
    for s in sentences:
        for m in s.mentions:
            if m.ordinal is not None:
                numbers.setdefault((m.forum, m.level, m.meeting), set()).add(m.ordinal)
    dated: dict[tuple, list[Report]] = {}
    for _, _, ev in events:
        if ev.ordinal is not None:
            dated.setdefault((ev.forum, ev.level, ev.meeting, ev.ordinal), []).append(ev)
    filled: list[tuple[int, Mention, Report]] = []
    for index, m, ev in events:
        known = numbers.get((ev.forum, ev.level, ev.meeting), set())
        if ev.ordinal is None and len(known) > 1 and index < len(sentences):
            # (of several, the one its own sentence tells: "Hội nghị Quan chức cao cấp ASEAN về Phát triển nông thôn
            # và Xóa đói giảm nghèo lần thứ 17", the name cut at "và", where the article also names the 16th)
            known = {n.ordinal for n in sentences[index].mentions
                     if (n.forum, n.level, n.meeting) == (ev.forum, ev.level, ev.meeting) and n.ordinal is not None}
        if ev.ordinal is None and len(known) == 1 and not _elsewhere_in_time(
                ev, dated.get((ev.forum, ev.level, ev.meeting, next(iter(known))), [])) and series_year(
                ev.forum, ev.meeting, next(iter(known))) in (None, ev.start.year) and not _not_its_days(
                ev, next(iter(known))):
            # (not a number its series held in another year: "hội nghị G7 ở Taormina … năm ngoái", 2017, in an
            # article on the 44th, 2018's; nor on other days of that year: the ASEAN leaders' meeting of 24 April 2021
            # is not the 38th summit, of 26-28 October, an article names undated)
            ev = replace(ev, ordinal=next(iter(known)))
        outer = None if ev.location is not None else next(
            (o for _, _, o in filled if (o.location or o.mode == "in_person") and o.start <= ev.start and ev.end <= o.end),
            None)       # (a meeting held in a building the article names, and no city: in person)
        if outer is not None:
            ev = replace(ev, location=outer.location, mode=ev.mode or outer.mode)
        filled.append((index, m, ev))
    wanted = {(m.forum, m.level, m.meeting, m.ordinal) for _, m, ev in filled if ev.location is None}
    if not wanted:
        return filled       # no place to look for elsewhere (spares the headline's scan for meetings)
    places = _places_of_meetings(sentences, gaz, title, wanted)
    filled = [(index, m, replace(ev, location=place, mode=ev.mode or "in_person"))
              if ev.location is None and (place := places.get((m.forum, m.level, m.meeting, m.ordinal)))
              else (index, m, ev) for index, m, ev in filled]
    return _in_the_gatherings_city(filled, gaz)


def _not_its_days(ev: Report, number: int) -> bool:
    """Does the record give the series' meeting of that number days more than a week from the report's?"""
    told = numbered_days(ev.forum, ev.meeting, number)
    if told is None:
        return False
    if ev.precision == "month":     # (a month told holds the days it holds)
        return not (told[0].replace(day=1) <= ev.start <= told[1])
    return ev.end < told[0] - timedelta(days=_A_WEEK) or ev.start > told[1] + timedelta(days=_A_WEEK)


def _another_meeting(m: Mention, group: list[Mention]) -> bool:
    """Does `m` name another meeting than the group's: another kind, or another number ("lần thứ 24" after
    "Hội nghị Bộ trưởng APEC về Doanh nghiệp nhỏ và vừa" is the same one's)?"""
    return all((m.forum, m.meeting) != (g.forum, g.meeting)
               or m.ordinal is not None and g.ordinal is not None and m.ordinal != g.ordinal for g in group)


_GATHERING = timedelta(days=7)      # a summit's or a ministers' week: its meetings' days lie this near


def _in_the_gatherings_city(events: list[tuple[int, Mention, Report]], gaz: Gazetteer) -> list[tuple[int, Mention, Report]]:
    """A meeting the article places nowhere is in the one city it places the meetings of the same
    gathering in: those of its forum, or of the forum its forum meets with (forums.toml `parent`: the
    ASEAN+3, EAS, ARF and RCEP meet at ASEAN's summits and ministers' meetings), held within a week
    of it. "Hội nghị Cấp cao ASEAN lần thứ 43 khai mạc tại Jakarta ngày 5/9" places the ASEAN+3 and
    East Asia summits of 6 and 7/9; two cities, or none, place nothing. Likewise a meeting whose mode
    the article does not tell takes the one mode of its gathering's meetings ("Hội nghị Bộ trưởng Ngoại
    giao ASEAN lần thứ 53 diễn ra theo hình thức trực tuyến" and the ASEAN+3 ministers' meeting two days
    later); a meeting held online stays where it is."""
    def gathering(forum: str) -> str:
        return getattr(gaz.forums.get(forum), "parent", None) or forum

    def near(ev: Report, o: Report) -> bool:
        return gathering(o.forum) == gathering(ev.forum) and o.start - _GATHERING <= ev.end and ev.start <= o.end + _GATHERING
    told = [ev for _, _, ev in events if ev.mode]
    if told and len(told) < len(events):
        events = [(index, m, replace(ev, mode=next(iter(modes))))
                  if ev.mode is None and len(modes := {o.mode for o in told if near(ev, o)}) == 1 else (index, m, ev)
                  for index, m, ev in events]
    # (a city the gazetteer knows: a capitalised word after "tại" alone may be something else's, "tại Liên …")
    located = [ev for _, _, ev in events
               if ev.location and all(gaz.city_re.fullmatch(part) for part in ev.location.split(", "))]
    if not located or len(located) == len(events):
        return events
    out = []
    for index, m, ev in events:
        if ev.location is None and ev.mode in (None, "in_person"):
            cities = {o.location for o in located if near(ev, o)}
            if len(cities) == 1:
                ev = replace(ev, location=next(iter(cities)), mode="in_person")
        out.append((index, m, ev))
    return out


_NEAR = timedelta(days=7)      # a month-precise report of a numbered meeting is still that meeting


def _past_told_after_lead(events: list[tuple[int, Mention, Report]], sentences: list[Sentence],
                          lead_day: date) -> list[tuple[int, Mention, Report]]:
    """An undated article takes its lead's date for its own, but no article tells as past what
    comes after its own date: when a meeting dated later is told as held ("… ngày 25-26/11/2021,
    nước chủ nhà đã phải tổ chức …"), the article was written after it, and the meetings up to
    that day that no word puts in the future were held (a history piece that opens in 1996)."""
    def said(index: int, m: Mention) -> str | None:
        return _tense(sentences[index].text, m.pos, m.end_pos, (0, len(sentences[index].text)))

    def said_after(index: int, m: Mention) -> str | None:     # "…, nước chủ nhà đã phải tổ chức"
        first = min((w for w in (_HELD.search(sentences[index].text, m.end_pos),
                                 _PLANNED.search(sentences[index].text, m.end_pos)) if w), key=lambda w: w.start(),
                    default=None)
        return None if first is None else "held" if _HELD.pattern.fullmatch(first.group()) else "planned"
    told = [ev.end for index, m, ev in events
            if ev.start > lead_day and (said(index, m) or said_after(index, m)) == "held"]
    if not told:
        return events
    written_after = max(told)
    return [(index, m, replace(ev, status="held"))
            if ev.status == "planned" and ev.end <= written_after and said(index, m) is None
            else (index, m, ev) for index, m, ev in events]


def _elsewhere_in_time(ev: Report, numbered: list[Report]) -> bool:
    """Is the numbered meeting dated, in reports of its own, away from this report's dates? Then
    this is another meeting of the series ("Hội nghị … đặc biệt" on 15/4 beside AMAF 42 on 21/10)."""
    def bounds(r: Report) -> tuple[date, date]:
        if r.precision != "month":
            return r.start, r.end
        return r.start.replace(day=1), month_end(r.end)
    lo, hi = bounds(ev)
    return any(b < lo - _NEAR or a > hi + _NEAR for a, b in map(bounds, numbered))


def _status_told_elsewhere(events: list[tuple[int, Mention, Report]],
                           sentences: list[Sentence]) -> list[tuple[int, Mention, Report]]:
    """Without the article's own date, a meeting whose dating sentence says nothing of its tense
    takes the tense the article's other sentences give the same meeting, when they agree ("Chủ
    tịch Quốc hội sẽ dẫn đầu Đoàn … tham dự Đại hội đồng AIPA 40" in the lead, then "Nhận lời
    mời …, Chủ tịch Quốc hội … tham dự Đại hội đồng AIPA 40 … từ ngày 25-30/8")."""
    def key(m: Mention) -> tuple:
        return m.forum, m.level, m.meeting, m.ordinal

    untold = [_said(sentences[index].text, m) is None for index, m, _ in events]
    wanted = {key(m) for (_, m, _), quiet in zip(events, untold) if quiet}     # only these meetings' tenses are asked
    # the years a sentence dates the meeting in, or writes: one of another year tells another meeting's tense
    # ("Hội nghị lần này đã hai lần phải hoãn: theo kế hoạch ban đầu, MC12 … từ 8 đến 11/6/2020", not 2022's)
    years: dict[tuple, set[int]] = {}
    for index, m, ev in events:
        years.setdefault((index, key(m)), set()).add(ev.start.year)
    told: dict[tuple, list[tuple[str, set[int] | None]]] = {}
    for s in sentences:
        for m in s.mentions:
            if key(m) in wanted and (tense := _said(s.text, m)) is not None and not _what_it_will_do(s.text, m, tense):
                dated = years.get((s.index, key(m))) or {int(y) for y in _A_YEAR.findall(s.text)} or None
                told.setdefault(key(m), []).append((tense, dated))
    out = []
    for (index, m, ev), quiet in zip(events, untold):
        said = {tense for tense, dated in told.get(key(m), []) if dated is None or ev.start.year in dated}
        if len(said) == 1 and quiet:
            ev = replace(ev, status=next(iter(said)))
        out.append((index, m, ev))
    return out


# What a meeting will do once it meets ("Hội nghị SDMOF 11 sẽ tập trung vào …", "Lãnh đạo nước tổ chức hội nghị
# G20 sẽ đứng giữa …"): no tense of its taking place, which an opening day's report may tell as under way.
_WILL_DO = re.compile(r"(?i)\s*(?:lần\s+này\s*)?,?\s*(?:[^\W\d]+\s+){0,3}?sẽ\s+(?!(?:được\s+|chính\s+thức\s+)*"
                      r"(?:diễn\s+ra|tổ\s+chức|khai\s+mạc|họp|kéo\s+dài|bế\s+mạc|bắt\s+đầu|tham\s+dự|dự)(?!\w))")


def _what_it_will_do(text: str, m: Mention, tense: str) -> bool:
    """Is the sentence's "planned" only "sẽ" on what the meeting (or someone at it) will do, told
    after its name with no word of the future before it?"""
    return (tense == "planned" and bool(_WILL_DO.match(text, m.end_pos))
            and not _PLANNED.search(text, max(0, m.pos - 60), m.pos))


def _said(text: str, m: Mention) -> str | None:
    """The tense its sentence gives a mention, the whole sentence its clause."""
    return _tense(text, m.pos, m.end_pos, (0, len(text)))


# Arriving somewhere to attend a meeting: "đã đến Bandar Seri Begawan, thủ đô của Brunei để tham dự Hội nghị …".
_ARRIVAL = re.compile(r"(?<!\w)(?:đến|tới)\s+(?P<place>[^.;]{1,80}?)\s+(?:để\s+)?(?:tham\s+)?dự\s+$")


def _places_of_meetings(sentences: list[Sentence], gaz: Gazetteer, title: str | None,
                        wanted: set[tuple]) -> dict[tuple, str]:
    """Where a meeting is, from any sentence of the article (or its headline) that names it with
    its place, dated or not: right after its name ("Hội nghị Cấp cao Pháp ngữ lần thứ 18 tại Djerba
    (Tunisie)"), or as where someone arrives to attend it ("đến sân bay Haneda, Thủ đô Tokyo … để
    tham dự Hội nghị …"). The first place written for each meeting (forum, level, kind, number)
    of those `wanted`."""
    places: dict[tuple, str] = {}
    default_forum = next((m.forum for s in sentences for m in s.mentions), None)
    headline = ([Sentence(title, -1, find_meetings(title, gaz, default_forum), -1)]
                if title and default_forum and _may_tell_a_place(title) else [])
    for s in headline + sentences:
        for m in s.mentions:
            key = (m.forum, m.level, m.meeting, m.ordinal)
            if key in places or key not in wanted:
                continue
            after = s.text[m.end_pos:m.end_pos + 40]
            arrival = _ARRIVAL.search(s.text, max(0, m.pos - 120), m.pos)
            place = (_location(after, gaz) if _PLACE_NEXT.match(after) else None) or (
                _location(arrival.group("place"), gaz) if arrival else None)
            if place:
                places[key] = place
    for s in headline + sentences:
        # … else the one city a sentence that names it, and no other meeting, writes anywhere ("Khép lại ba
        # ngày làm việc tại Bangkok, Đoàn … tham dự Hội nghị Cấp cao ASEAN lần thứ 35")
        keys = {(m.forum, m.level, m.meeting, m.ordinal) for m in s.mentions}
        if len(keys) == 1 and (key := keys.pop()) not in places and key in wanted and len(cities := _cities(s.text, gaz)) == 1:
            places[key] = cities.pop()
    return places


def _cities(text: str, gaz: Gazetteer) -> set[str]:
    """The cities the gazetteer knows that a text names, but one that someone leaves, takes part from or
    goes home to, or a city that is also a country ("Thủ tướng Singapore" names a state)."""
    return {c.group() for c in gaz.city_re.finditer(text)
            if not _another_places_city(text, c.start()) and not gaz.country_re.fullmatch(c.group())}


# The place right after a meeting's name: "… lần thứ 18 tại Djerba", "…, diễn ra tại Hà Nội".
_PLACE_NEXT = re.compile(r"(?i)[\s,]*(?:(?:sẽ\s+|đã\s+)?(?:diễn\s+ra|được\s+tổ\s+chức|khai\s+mạc|họp)\s+)?(?:tại|ở)\s")
# What ends every match of _PLACE_NEXT (keep the two in step), as a quick test: see _may_tell_a_place.
_PLACE_WORD = re.compile(r"(?i)(?:tại|ở)\s")


def _may_tell_a_place(text: str) -> bool:
    """False only where neither _PLACE_NEXT nor _ARRIVAL can match, in `text` or in any piece of it:
    every match of the first holds one of _PLACE_WORD, every match of the second (read in its case)
    "đến" or "tới", and "dự". A headline without them gives _places_of_meetings no place: its scan
    for meetings is spared (tests/test_date_shortcuts.py compares the test with the patterns)."""
    return bool(_PLACE_WORD.search(text)) or ("dự" in text and ("đến" in text or "tới" in text))
