"""Meeting names inside one sentence -> Mention.

A meeting phrase starts at a head word ("Hội nghị", "Tuần lễ", "SOM", ...) and
runs to the first stop word or punctuation. Its forum comes from the phrase
itself, else from the sentence, else from the article; its level and code from
the first kind of meeting (etl/data/meetings.toml) whose cue it holds.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from .gazetteer import Gazetteer
from .lookahead import ahead
from .openings import Openings
from .records import Mention
from .sentences import Gated, per_article
from .series import hosted_at
from .vi import CAPITALS, MEETING_NOUNS, NUMBERED_NAMES, TIMES_OF_DAY, alt

# The capitals of Vietnamese, for a name that must start with one.
_CAPITAL = CAPITALS
# The words that open a meeting's name, tried in this order; the kinds' acronyms ("SOM", "AMM")
# open one too, and live with their kinds in etl/data/meetings.toml.
_HEAD = re.compile(rf"""
    (?<!\w)(?:
        hội\s+nghị                  # "Hội nghị Bộ trưởng Ngoại giao ASEAN"
      | cuộc\s+họp\s+theo\s+(?:công|thể)\s+thức\s+Arria   # the Security Council members' informal meetings
      | (?<=họp\s)(?-i:Ủy\s+ban|Uỷ\s+ban|Hội\s+đồng)(?=\s+(?-i:[{_CAPITAL}]))   # a council met by its members: "các bộ
                                    # trưởng họp Hội đồng Cộng đồng Chính trị - An ninh ASEAN (APSC)"
      | cuộc\s+họp                  # "Cuộc họp các Quan chức cao cấp ASEAN"
      | cuộc\s+gặp(?!\s+(?:song\s+phương|riêng|tay\s+đôi)(?!\w))   # "Cuộc gặp của Bộ trưởng Ngoại giao các nước …" (not
                                    # a bilateral one: "cuộc gặp song phương với Phó Tổng Thư ký ASEAN phụ trách Cộng đồng …")
      | tuần\s+lễ                   # "Tuần lễ Cấp cao APEC lần thứ 24"
      | đối\s+thoại                 # "Đối thoại ASEAN - Ấn Độ"
      | (?:rà\s+soát|kiểm\s+điểm)\s+định\s+kỳ\s+phổ\s+quát   # the UN's Universal Periodic Review: "phiên rà soát định kỳ
                                    # phổ quát (UPR)", "cơ chế Kiểm điểm định kỳ phổ quát"
      | diễn\s+đàn                  # "Diễn đàn Khu vực ASEAN"
      | họp\s+thượng\s+đỉnh         # "… Mê Kông đã họp thượng đỉnh tại Tokyo" (before "thượng đỉnh")
      | thượng\s+đỉnh               # "Thượng đỉnh ASEAN - Nhật Bản"
      | (?-i:Cấp\s+cao)             # "Cấp cao ASEAN 43", capitalised only
      | (?-i:Đại\s+hội\s+đồng)       # "Đại hội đồng Liên hợp quốc", capitalised only
      | (?-i:Tham\s+vấn)             # "Tham vấn Bộ trưởng Kinh tế ASEAN - Trung Quốc", capitalised only
                                    # (not the verb: "tham vấn ý kiến các nước")
      | kỳ\s+họp(?=\s+thứ\s)         # "Kỳ họp thứ hai … của ABAC"
        (?![^,.;]{{0,16}}?,?\s+(?:của\s+)?quốc\s+hội\s+(?:khóa|khoá|việt\s+nam)(?!\w))  # (not the country's parliament's:
                                    # "Kỳ họp thứ 8, Quốc hội khóa XV")
        # a session is a meeting of its own only at the leaders' level (not "phiên họp toàn thể"):
        # "Phiên họp cấp cao ASEAN - Nhật Bản lần thứ 26", "Phiên thảo luận chung cấp cao …",
        # "phiên họp của các nhà lãnh đạo kinh tế APEC"; and an open debate at the ministers' too ("phiên thảo
        # luận mở cấp bộ trưởng của Hội đồng Bảo an", which a minister chairs)
      | phiên\s+(?:họp|thảo\s+luận)
        (?=\s+(?:mở\s+|chung\s+|toàn\s+thể\s+)?(?:cấp\s+cao|thượng\s+đỉnh)(?!\w)
           |\s+mở\s+cấp\s+bộ\s+trưởng(?!\w)
           |\s+mở(?!\s+rộng)(?!\w)       # … and the Security Council's open debates (_COUNCILS_SESSION)
           |\s+(?:của\s+)?(?:các\s+)?nhà\s+lãnh\s+đạo(?!\w))
        # a summit's session with its guests is a meeting of its own (the guideline's outreach):
        # "Phiên họp G7 mở rộng với các nước khách mời", "phiên thảo luận mở rộng"
      | phiên\s+(?:họp|thảo\s+luận)(?=(?:\s+[A-Z][\w+]*)?\s+mở\s+rộng(?!\w))
        # a body's numbered session, not a session of a meeting: "phiên họp thứ 6, nhiệm kỳ thứ 10
        # của ACP", "Phiên họp lần thứ 31 Hội đồng MRC" (not "phiên họp thứ hai của Hội nghị …")
      # … and a body's numbered session named "Khóa họp": "Khóa họp thứ 55 Hội đồng Nhân quyền", "Khóa họp thường
        # kỳ lần thứ 49 của Hội đồng …" (not the General Assembly's, one name with it: "Khóa họp thứ 78 Đại hội đồng")
      | kh(?:óa|oá)\s+họp
        (?=(?:\s+(?:thường\s+kỳ|thường\s+niên|đặc\s+biệt))?\s+(?:lần\s+)?thứ\s+\w+(?:\s+của)?\s+
           (?!(?:các\s+)?(?:hội\s+nghị|cuộc\s+họp|kỳ\s+họp|đại\s+hội|khóa\s+họp|khoá\s+họp|phiên)(?!\w))
           (?-i:[{_CAPITAL}]))
      # … and an organisation's numbered congress, capitalised: "Đại hội lần thứ 14 Tổ chức các cơ quan kiểm toán tối cao
        # châu Á (ASOSAI)" (not a bare "Đại hội", which may be games: "Đại hội Thể thao …")
      | (?-i:Đại\s+hội)
        (?=\s+(?:lần\s+)?thứ\s+\w+(?:\s+của)?\s+(?-i:[{_CAPITAL}]))
      | phiên\s+họp
        (?=\s+(?:lần\s+)?thứ\s+\w+(?:(?:,[^,.;]{{0,30}})?\s+của)?\s+
           (?!(?:các\s+)?(?:hội\s+nghị|cuộc\s+họp|kỳ\s+họp|đại\s+hội|khóa\s+họp|khoá\s+họp|phiên)(?!\w))
           (?-i:[{_CAPITAL}]))
    )(?!\w)""", re.VERBOSE | re.IGNORECASE)
_HEAD = ahead(_HEAD)      # the same matches, sooner: etl/lookahead.py
_HEAD_OPENINGS = Openings(_HEAD)      # tried only where its words stand: etl/openings.py
# "Hội nghị sau Hội nghị Bộ trưởng (PMC)": the meeting after the ministers', named by the second head.
_POST_MEETING = re.compile(r"(?i)\s+sau\s+hội\s+nghị\s")
# Heads that continue a phrase rather than cut it: "Hội nghị thượng đỉnh Diễn đàn ... APEC".
_NOT_A_CUT = re.compile(r"^(?:diễn\s+đàn|thượng\s+đỉnh|họp\s+thượng\s+đỉnh|cấp\s+cao)$", re.IGNORECASE)
# A summit's sessions with its guests, plural or not, are its outreach: "các phiên họp G7 mở rộng".
_OUTREACH = re.compile(r"(?i)phiên\s+(?:họp|thảo\s+luận)(?:\s+[A-Z][\w+]*)?\s+mở\s+rộng(?!\w)")
# (… not one of its sessions by number: "phiên họp mở rộng thứ hai sẽ bàn về …")
_NTH_SESSION = re.compile(r"(?i)mở\s+rộng\s+(?:thứ|lần\s+thứ)\s+\w+")
_BODY_SESSION = re.compile(r"(?i)phiên\s+họp\s+(?:lần\s+)?thứ\s")
# The Security Council's sessions named by their own words, in an article on the UN: its open debates ("phiên thảo luận
# mở cấp Bộ trưởng ngày 9/1 về tuân thủ Hiến chương"; not a summit's outreach, "mở rộng") and its members' informal
# meetings in the Arria formula ("cuộc họp theo công thức Arria")
_COUNCILS_SESSION = re.compile(r"(?i)(?:phiên|cuộc)\s+(?:thảo\s+luận\s+mở(?!\s+rộng)|họp\s+(?:theo\s+)?(?:công\s+thức|thể\s+thức)"
                               r"\s+Arria)(?!\w)")
COUNCILS_FORUM, _THE_COUNCIL = "UN", "hội đồng bảo an"        # (the Council's kind by its cue: meetings.toml)
# … chaired by a minister or a leader, named right before: "Bộ trưởng Ngoại giao Bùi Thanh Sơn đã chủ trì phiên thảo luận
# mở …" (the first word of the title tells the level's words: _CHAIRS_LEVEL)
_CHAIR_TITLES = r"(phó\s+thủ\s+tướng|bộ\s+trưởng|ngoại\s+trưởng|chủ\s+tịch\s+nước|thủ\s+tướng|tổng\s+thống)"
_CHAIRS_BEFORE = re.compile(rf"(?i)(?<!\w){_CHAIR_TITLES}(?:\s+[^\W\d][\w-]*){{0,8}}?\s+(?:(?:đã|sẽ|vừa|tiếp\s+tục)\s+)*"
                            r"chủ\s+trì\s+$")
# … or after it: "… phiên thảo luận mở về bảo vệ cơ sở hạ tầng thiết yếu, do Bộ trưởng Ngoại giao Bùi Thanh Sơn chủ trì"
_CHAIRED_AFTER = re.compile(rf"(?i)[^.;:()]{{0,80}}?(?<!\w)do\s+{_CHAIR_TITLES}(?:[\s,]+[^\W\d][\w-]*){{0,10}}?\s+chủ\s+trì(?!\w)")
_CHAIRS_LEVEL = {"phó": "bộ trưởng", "bộ": "bộ trưởng", "ngoại": "bộ trưởng", "chủ": "cao", "thủ": "cao", "tổng": "cao"}
# ... and so is one named as the summit's: "phiên họp mở rộng của Hội nghị thượng đỉnh BRICS" (the summit's name
# goes on the session's phrase, which then names its forum)
# … and a session of the General Assembly, or its debate, named before the Assembly: "phiên thảo luận chung cấp cao kỳ
# họp thứ 77 Đại hội đồng LHQ" is one name, not three
_NUMBERED_SESSION = (r"(?:kỳ|khóa|khoá)(?:\s+họp)?(?:\s+thường\s+(?:niên|kỳ))?\s+(?:(?:lần\s+)?thứ\s+)?\d{1,3}"
                     r"(?:\s+của)?")     # "kỳ họp thứ 77", "Khoá 72 của", "Khóa họp thường niên lần thứ 67"
_SESSION_OF = re.compile(rf"(?i)(?:phiên\s+(?:họp|thảo\s+luận)\s+mở\s+rộng\s+của"
                         rf"|phiên\s+thảo\s+luận(?:\s+chung)?(?:\s+cấp\s+cao)?(?:\s+của)?"
                         rf"|(?<!\w){_NUMBERED_SESSION})\s+$")
# "quan hệ đối thoại ASEAN - Hàn Quốc", "đối tác đối thoại": the dialogue of a relation, not a meeting.
_NOT_A_HEAD_BEFORE = re.compile(r"(?i)(?:quan\s+hệ|đối\s+tác|bên)\s+$")
# The forum's ministers or officials, named with no meeting's noun before them: "báo cáo lên các bộ trưởng tài
# chính APEC lần thứ 24 diễn ra vào ngày 21-10".
_OFFICIALS_BEFORE = re.compile(r"(?i)(?<!\w)(?<!nghị\s)(?<!họp\s)(?:các\s+)?(?:bộ\s+trưởng|thứ\s+trưởng|quan\s+chức|chưởng\s+lý)"
                               r"(?:\s+(?!(?:dự|tham|tới|đến|sang|tại|ở|phát|chủ|dẫn|đã|sẽ|đang|vừa)(?!\w))[^\W\d]+){0,4}"
                               r"(?:\s+-)?\s+$")    # ("… Tổng Chưởng lý Trung Quốc - ASEAN lần thứ 13"; not a verb between:
                                                    # "Thứ trưởng dự Đối thoại Shangri-La lần thứ 21" is the Dialogue's)
# A council, a committee or a working group of the forum, named by its body: the number is its meeting's, not the
# leaders' ("Hội đồng Điều phối ASEAN lần thứ 26 đã họp", "Ủy ban Hợp tác chung ASEAN - Nhật Bản lần thứ 12"),
# which a meeting's noun names ("Hội nghị Hội đồng Điều phối ASEAN lần thứ 26") or the body's verb tells.
_BODY_WORDS = r"Hội\s+đồng|Ủy\s+ban|Uỷ\s+ban|Nhóm\s+công\s+tác"     # a council, a committee, a working group
_BODY_BEFORE = re.compile(rf"(?<!\w)(?:{_BODY_WORDS})(?:\s+(?:[^\W\d]+|[-–])){{0,8}}\s+$")
# An event of another kind named with the forum: its number is the event's ("Hội thảo ARF lần thứ 5").
# ... or a programme, a contest or a festival, whose capitalised name may run on to the forum's ("chương trình Báo
# chí ASEAN lần thứ 9": the journalists' programme's number, not a summit's; not "chương trình nghị sự của ASEAN 36")
# (the nouns of such events, shared with _ANOTHER_EVENT)
_EVENT_NOUNS = r"hội\s+thảo|t[ọo]a\s+đàm|toạ\s+đàm|triển\s+lãm|khóa\s+học|khoá\s+học|diễn\s+tập"
_SHOW_NOUNS = r"cuộc\s+thi|giải\s+(?:thưởng|đấu)|liên\s+hoan|lễ\s+hội"
_EVENT_BEFORE = re.compile(rf"(?i)(?<!\w)(?:{_EVENT_NOUNS}"
                           rf"|(?:chương\s+trình|{_SHOW_NOUNS})"
                           rf"(?:(?-i:\s+[{_CAPITAL}])[^\s,.;:()]*(?:\s+[^\s,.;:()]+){{0,3}})?)\s+$")
# A group of countries named by the forum and a number: "nhóm nước ASEAN-4", "các nước ASEAN 6", not a meeting.
_GROUP_BEFORE = re.compile(r"(?i)(?<!\w)(?:nhóm(?:\s+(?:các\s+)?(?:nước|quốc\s+gia|nền\s+kinh\s+tế))?"
                           r"|các\s+(?:nước|quốc\s+gia|nền\s+kinh\s+tế))\s+$")
# "Trưởng SOM ASEAN", "Quan chức Cấp cao": part of a title or of another name, not a meeting.
_TITLE_BEFORE = re.compile(r"(?i)(?:trưởng|chủ\s+tịch|phó|quan\s+chức|đoàn|đại\s+biểu|lãnh\s+đạo)\s+$")
_PARTNER = re.compile(r"(?i)\bvới\s+(?:các\s+)?(?:nhà\s+)?(?:lãnh\s+đạo\s+)?$")
_AFTER_HEAD = re.compile(r"(?:hội\s+nghị|cuộc\s+họp)\s+$", re.IGNORECASE)
# "SOM-AMAF": the senior officials of the ministers' meeting the second acronym names (_SENIOR_OFFICIALS_OF)
_SOM_OF = r"(?<![\w-])(?P<som>SOM|SEOM)\s*-\s*"
_SOM_OF_BEFORE = re.compile(rf"{_SOM_OF}$")
# searched before every head word: the same matches, sooner (etl/lookahead.py)
_NOT_A_HEAD_BEFORE, _TITLE_BEFORE, _PARTNER, _AFTER_HEAD = map(ahead, (_NOT_A_HEAD_BEFORE, _TITLE_BEFORE, _PARTNER,
                                                                     _AFTER_HEAD))
# Words before which a meeting's name has ended: it runs from its head to the first of them.
_NAME_ENDS = (
    "đã", "sẽ", "đang", "vừa", "dự kiến", "hồi",                    # "Hội nghị Cấp cao ASEAN đã diễn ra"
    "diễn ra", "khai mạc", "kết thúc", "bế mạc", "kéo dài",           # "Hội nghị SOM APEC khai mạc sáng nay"
    "được", "do", "có", "là", "nhằm", "gồm", "bao gồm",              # "Hội nghị AMM do Indonesia chủ trì"
    "chủ trì", "tham dự", "thông qua",                               # "Hội nghị AEM thông qua …"
    "tại", "ở", "dưới",                                              # "Hội nghị ARF tại Jakarta"
    "vào", "từ", "ngày", "hôm", "tháng", "đến",                      # "Hội nghị EAS vào ngày 5/9"
    "sau", "trước", "qua", "trong", "năm nay", "lần này", "này",     # "Hội nghị APEC năm nay"
    "tiếp theo", "theo", "với sự", "với chủ đề", "nhân dịp",         # "Hội nghị … với chủ đề …"
    "bên lề", "cùng", "và các", "và nhiều",                          # "Hội nghị AMM và các hội nghị liên quan"
    "ban đầu", "lúc đầu", "vốn", "đều",                              # "ASEM 13 ban đầu dự kiến …"
    "mỗi năm", "hằng năm", "hàng năm",                               # "tại hội nghị G7 mỗi năm" (EVERY_YEAR)
)


def _by_first_letter(phrases: tuple[str, ...]) -> str:
    """alt(phrases) with the phrases grouped by their first letter ("đ(?:ã|ang|…)|s(?:ẽ|au)|…"): sre
    tries each alternative of an IGNORECASE alternation in turn, so that a space before a word is
    tried against a score of letters instead of 60 phrases. The same matches inside a look-ahead,
    which asks only whether one of them is there (tests/test_meeting_shortcuts.py compares them)."""
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        first, *others = phrase.split()
        groups.setdefault(first[0], []).append(re.escape(first[1:]) + "".join(rf"\s+{re.escape(w)}" for w in others))
    return "|".join(f"{re.escape(letter)}(?:{'|'.join(rests)})" for letter, rests in groups.items())


def _stop_pattern(name_ends: str) -> re.Pattern[str]:
    """_STOP, with `name_ends` an alternation of _NAME_ENDS."""
    return re.compile(rf"""
      [.;:!?“”"«»(]                                     # punctuation
    | ,(?:(?<!phòng,)|(?!\s*chống(?!\w)))              # (but "phòng, chống", prevent and combat, inside a name: "Hội
                                                        # nghị Bộ trưởng ASEAN về phòng, chống tội phạm xuyên quốc gia")
    | \s[-–—]\s(?-i:(?=[a-zà-ỹđ]))                      # a dash before a lower-case word: "ASEAN - tổ chức …"
    | (?<!không)(?<!nhỏ\svà)(?<!hàng)(?<!tự)\s(?=(?:{name_ends}|đầu(?!\s+(?:tiên|tư))|(?:cuối|giữa)(?!\s+(?:nhiệm\s+)?kỳ))(?!\w))  # "… đã
                                                        # diễn ra", "đầu tháng 8", "cuối tháng", "giữa tháng" (not
                                                        # "lần đầu tiên", "Diễn đàn Đầu tư …", "Quan chức cao cấp
                                                        # cuối kỳ", "Hội nghị giữa kỳ ARF", "… Bộ trưởng giữa nhiệm
                                                        # kỳ", nor "… không có vũ khí hạt nhân": free of; nor
                                                        # "Doanh nghiệp nhỏ và vừa": small and medium; nor "các nền
                                                        # kinh tế hàng đầu": leading; nor "Khu vực Mậu dịch tự do
                                                        # ASEAN": free, not by)
    | \s(?=(?-i:tổ\s+chức)(?!\w))                      # "… lần thứ 28 tổ chức trực tuyến" (lower case: "Tổ chức
                                                        # Thương mại Thế giới" is a name)
    | \s(?=(?-i:chuẩn\s+bị)(?!\w))                      # "Hội nghị Hội đồng Điều phối ASEAN chuẩn bị cho Hội nghị
                                                        # Cấp cao": what it prepares for (not "Ủy ban Chuẩn bị", a name)
    | \s(?=(?:{alt(TIMES_OF_DAY)})\s+(?:\d|(?:nay|qua|mai)(?!\w)))   # a time of day before a date: "… trực tuyến
                                                        # tối 12/11", or told from now: "… tối qua", "… sáng nay"
    | \s(?=tuần\s+(?:trước|này|tới|qua|sau)(?!\w))     # a week told from now: "… ASEAN tuần trước ở Singapore"
    | \s(?=và\s(?!(?:phó\s+)?thống\s+đốc|kinh\s+tế\s+APEC))   # "và" starts another name, except between the
                                                        # members of one: "Bộ trưởng Tài chính và Thống đốc Ngân
                                                        # hàng …", "Bộ trưởng Ngoại giao và Kinh tế APEC"
    """, re.VERBOSE | re.IGNORECASE)


_STOP = ahead(_stop_pattern(_by_first_letter(_NAME_ENDS)))      # the same matches, sooner: etl/lookahead.py
# (a number is a count, not a session's: "Khoá 72 Đại hội đồng Liên Hợp Quốc")
_GENERIC_BEFORE = re.compile(
    r"(?:\b(?:các|những|nhiều|mọi|mỗi|hai|ba|tổng\s+cộng|gần|khoảng|hơn|chuỗi|loạt)"
    r"|(?<!kh[oó]a\s)(?<!kho[aá]\s)(?<!thứ\s)(?<!\d)\d+)\s+(?:cuộc\s+|đợt\s+)?$",
    re.IGNORECASE)
_GENERIC_BEFORE = ahead(_GENERIC_BEFORE)      # the same matches, sooner: etl/lookahead.py
_ORDINAL_WORDS = {
    "nhất": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
    "tám": 8, "chín": 9, "mười": 10,
}
# A number of tens in words: "ba mươi bảy", "năm mươi", "bốn mươi mốt" (before "mười …" and a single word, in the
# patterns that read a meeting's number)
TENS_IN_WORDS = (r"(?:hai|ba|bốn|năm|sáu|bảy|tám|chín)\s+mươi"
                 r"(?:\s+(?:mốt|một|hai|ba|tư|bốn|lăm|năm|sáu|bảy|tám|chín))?")
_ROMAN = re.compile(r"^(?=[MDCLXVI])M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_ORD_PHRASE = re.compile(
    r"(?:lần|kh[oó]a\s+họp|kho[aá]\s+họp|kỳ\s+họp)\s+thứ\s+(\d{1,3}|[IVXLC]+|" + TENS_IN_WORDS + r"|mười\s+\w+|\w+)(?!\w)|(?:lần\s+|(?<!trực\s)(?<!tiếp\s)(?<!tuyến\s)(?<!thức\s))(đầu\s+tiên)(?!\w)(?!\s+(?:của|trong)(?:\s+năm|\s*$))(?!\s+(?:của|với)\s+(?:ông|bà|tân|(?-i:Tổng\s+[Tt]hư\s+ký|Tổng\s+[Tt]hống|Thủ\s+[Tt]ướng|Bộ\s+[Tt]rưởng|Ngoại\s+[Tt]rưởng))(?!\w))|(?-i:(?<=[A-Z]))"
    + "".join(f"(?<!{re.escape(n)})" for n in NUMBERED_NAMES)     # "về COVID-19": no meeting's number
    + r"\s*[-–]?\s*(\d{1,3})(?![\d/.,]\d|\d)"
    # "Hội nghị các Quan chức Cao cấp APEC lần 3", "Khóa họp 78 Đại hội đồng", "Đại hội đồng khóa 78"
    r"|(?<!\w)(?:lần|kh[oó]a(?:\s+họp)?|kho[aá](?:\s+họp)?)\s+(\d{1,3})(?![\d/.,]\d|\d)"
    # an acronym's number in Roman numerals: "SOM I", "SOM III" (upper case only)
    r"|(?-i:(?<=[A-Z])\s(I{1,3}|IV|VI{0,3}|IX|X))(?![\w'’-])"
    # a review's cycle: "UPR chu kỳ IV", "chu kỳ thứ ba" (not "chu kỳ 5 năm", a span)
    r"|(?<!\w)chu\s+kỳ\s+(?:thứ\s+(\w+)|(?-i:(I{1,3}|IV|VI{0,3}|IX|X))(?![\w'’-]))",
    re.IGNORECASE)
# … or the first held in a new way or a new part of the world: "… lần đầu tiên được tổ chức theo hình thức trực
# tuyến", "… lần đầu tiên được tổ chức tại châu Phi" (not "… lần đầu tiên được tổ chức tại Hà Nội", its city)
_FIRST_OF_YEAR = re.compile(r"(?i)đầu\s+tiên\s+(?:(?:của\s+[^,.;]{0,30}?)?(?:trong|của)\s+năm(?!\s+\d)"
                            r"|(?:trong\s+lịch\s+sử\s+)?(?:có\s+sự|kể\s+từ|sau\s+khi|mà|với\s|được\s+tổ\s+chức\s+(?:ở|tại)\s+(?:nước|khu\s+vực|"
                            r"châu\s+(?:lục|Phi|Á|Âu|Mỹ|Đại\s+Dương)|lục\s+địa|Nam\s+Mỹ|Mỹ\s+La(?:\s*-\s*|\s+)tinh|"
                            r"Trung\s+Đông)|(?:được\s+tổ\s+chức\s+|diễn\s+ra\s+|họp\s+)?(?:theo\s+|dưới\s+)?"
                            r"(?:hình\s+thức\s+)?trực\s+tuyến))")
_ORD_PHRASE, _FIRST_OF_YEAR = ahead(_ORD_PHRASE), ahead(_FIRST_OF_YEAR)      # the same matches, sooner
_FIRST = re.compile(r"(?i)đầu\s+tiên")
# The words of a count or a length after a number (_COUNT_UNIT, below)
_COUNT_NOUNS = r"tháng|năm|ngày|tuần|giờ|phút|nước|nền|thành\s+viên"
# (not a count, of those or of people: "lần thứ ba, 15 nước tuyên bố …")
_MORE_ORDINALS = re.compile(rf"^\s*(?:,|và|&)\s*(\d{{1,3}})(?![\d/])(?!\s*(?:{_COUNT_NOUNS}|"
                            r"đoàn|người|đại\s+biểu|quốc\s+gia|bộ\s+trưởng|nhà\s+lãnh\s+đạo|lãnh\s+đạo)(?!\w))")
MAX_ORDINAL = 150


def parse_ordinal(token: str) -> int | None:
    """'32' -> 32, 'ba' -> 3, 'XIV' -> 14, 'mười hai' -> 12, 'ba mươi bảy' -> 37; absurd numbers -> None."""
    t = token.strip()
    if _FIRST.fullmatch(t):
        return 1
    value: int | None = None
    if t.isdigit():
        value = int(t)
    elif _ROMAN.match(t.upper()) and t.isupper():
        value = _roman(t.upper())
    else:
        words = t.lower().split()
        if len(words) == 1:
            value = _ORDINAL_WORDS.get(words[0])
        elif len(words) == 2 and words[0] == "mười":
            unit = {"một": 1, "mốt": 1, "lăm": 5, "năm": 5}.get(words[1], _ORDINAL_WORDS.get(words[1]))
            value = 10 + unit if unit and unit < 10 else None
        elif 2 <= len(words) <= 3 and words[1] == "mươi" and 2 <= (tens := _ORDINAL_WORDS.get(words[0], 0)) < 10:
            # "ba mươi bảy" 37, "bốn mươi mốt" 41, "năm mươi" 50
            unit = {"mốt": 1, "lăm": 5}.get(words[2], _ORDINAL_WORDS.get(words[2])) if len(words) == 3 else 0
            value = 10 * tens + unit if unit is not None and unit < 10 else None
    return value if value and 0 < value <= MAX_ORDINAL else None


def _roman(s: str) -> int:
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = vals[a]
        total += -v if b != " " and vals.get(b, 0) > v else v
    return total


@dataclass(slots=True)      # not frozen: a frozen dataclass is made slower, and a head is never changed
class _Head:
    start: int
    end: int
    word: str
    cuts: bool = True       # a forum's own name inside a meeting's name does not end that name
    numbered: bool = False  # the forum's name and a number: "ARF-31", "APEC 22"
    assembly: bool = False  # the UN General Assembly spoken at (_assembly_heads)
    body: bool = False      # a session of a body its forum's names name (_body_session_heads)


# A count or a length after a number, which is then no meeting's number: "APEC 2 tháng sau đó", "ASEAN 10
# nước" (not a date: "ASEAN 43 tháng 9/2023").
_COUNT_UNIT = rf"\s*(?:{_COUNT_NOUNS})(?!\w)(?!\s*\d)"
# (a bracket between: a short name, "(SLD)", or a name in another language, "(Beijing Xiangshan Forum)", with no digit)
_A_NAMES_BRACKET = r"\((?:[^()]{1,12}|[^()\d]{13,40})\)"
_FORUM_NUMBER = re.compile(r"\s*(?:" + _A_NAMES_BRACKET + r"\s*)?(?:lần\s+thứ\s+\w+|[-–]\s*\d{1,3}|\s\d{1,3}|\s(?-i:[IVX]{1,5}))(?![\d/]|\.\d|\w)"
                           rf"(?!{_COUNT_UNIT})", re.IGNORECASE)     # "ARF-31", "APEC 22", "ASEM V" (upper case only)


# A firm an acronym names: "Công ty Cổ phần PMC …", "Tư vấn giám sát PMC" (a project's consultant), "nhà thầu …".
_A_FIRM_BEFORE = re.compile(r"(?i)(?<!\w)(?:công\s+ty|tập\s+đoàn|tổng\s+thầu|nhà\s+thầu|tư\s+vấn\s+giám\s+sát)"
                            r"(?:\s+[^\s,.;:()]+){0,3}\s+$")


# A working group named by what it works on, whose meeting a head before it names: "Khóa họp thứ 32 của Nhóm công tác
# UPR" (_heads; not "Nhóm làm việc ADSOM (ADSOM WG) đã họp", the group's own meeting by the acronym)
_WORKING_GROUP = r"nhóm\s+(?:chuyên\s+gia|công\s+tác|làm\s+việc|đặc\s+trách)"    # (and _A_WORKING_BODY)
_A_GROUP_OF = re.compile(rf"(?i)(?<!\w)(?:của|thuộc)\s+{_WORKING_GROUP}(?:\s+(?:về|của))?\s+$")
# The meeting of a working body of a meeting or a forum, the body named by the meeting's name: "Hội nghị Nhóm chuyên
# gia ADMM+", "Hội nghị lần thứ 3 Nhóm chuyên gia Hội nghị Bộ trưởng …" (the meeting's head before the body's).
_A_WORKING_BODY = ahead(re.compile(r"(?i)(?<!\w)(?:hội\s+nghị|cuộc\s+họp|phiên\s+họp)(?:\s+lần\s+thứ\s+\w+)?(?:\s+(?:các|của))?\s+"
                                   rf"(?:{_WORKING_GROUP}|tiểu\s+ban)(?:\s+của)?\s+$"))


def _heads(sentence: str, forum_hits: list[re.Match[str]] | list[ForumHit], gaz: Gazetteer) -> list[_Head]:
    """Where meeting phrases open: head words that are not the start of a forum's own name
    ("Diễn đàn Khu vực ASEAN") nor an acronym inside brackets ("(SOM 2)"), and the names of
    forums that meet as such followed by a number ("Diễn đàn Khu vực ASEAN lần thứ 30", "ARF-31")."""
    forum_starts = {m.start() for m in forum_hits}
    heads = []
    words = _head_words(sentence) + _acronyms(sentence, gaz)
    for m in sorted(words, key=lambda m: m.start()):
        acronym = bool(gaz.acronym_re.fullmatch(m.group()))
        if (m.start() in forum_starts or _NOT_A_HEAD_BEFORE.search(sentence, max(0, m.start() - 10), m.start())
                or _POST_MEETING.match(sentence, m.end())):
            continue
        if (acronym or m.group().startswith("Cấp")) and _TITLE_BEFORE.search(
                sentence[max(0, m.start() - 16): m.start()]):
            continue
        if acronym and (
                sentence.rfind("(", 0, m.start()) > sentence.rfind(")", 0, m.start())
                or _AFTER_HEAD.search(sentence[max(0, m.start() - 12): m.start()])):
            continue
        if _A_WORKING_BODY.search(sentence, max(0, m.start() - 60), m.start()):
            continue        # "Hội nghị Nhóm chuyên gia ADMM+ về an ninh hàng hải", "Nhóm chuyên gia Hội nghị Bộ trưởng Quốc
                            # phòng các nước ASEAN mở rộng": a part of the body's name, not a meeting of its own
        if acronym and _SOM_OF_BEFORE.search(sentence, max(0, m.start() - 8), m.start()):
            continue        # "SOM-AMAF": the ministers' meeting whose senior officials meet, not a meeting of its own
        if acronym and _A_FIRM_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
            continue        # "Công ty Cổ phần PMC Community", "Tư vấn giám sát PMC": a firm, not a meeting
        if acronym and _A_GROUP_OF.search(sentence, max(0, m.start() - 30), m.start()):
            continue        # "Khóa họp thứ 32 của Nhóm công tác UPR": the working group's name, not a review of its own
        heads.append(_Head(m.start(), m.end(), m.group()))
    for m in forum_hits:
        forum = gaz.forums.get(gaz.forum(m.group()))
        if not (forum and (forum.number_level and (_FORUM_NUMBER.match(sentence, m.end())
                                                   or _meets_as_named(sentence, m, forum))
                           or _attended_on_a_day(sentence, m, forum))):
            continue
        if _TITLE_BEFORE.search(sentence[max(0, m.start() - 16): m.start()]):
            continue        # "Chủ tịch AIPA 41 Nguyễn Thị Kim Ngân": a title, not a meeting
        if _EVENT_BEFORE.search(sentence, max(0, m.start() - 50), m.start()):
            continue        # "Hội thảo Diễn đàn Khu vực ASEAN (ARF) lần thứ hai": the seminar's number
        if _GROUP_BEFORE.search(sentence, max(0, m.start() - 30), m.start()):
            continue        # "… mức trung bình của nhóm nước ASEAN-4": a group of countries
        if _BODY_BEFORE.search(sentence, max(0, m.start() - 60), m.start()):
            continue        # "Hội đồng Điều phối ASEAN lần thứ 26": the council's meeting, not the leaders'
        if _OFFICIALS_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
            continue        # "các bộ trưởng tài chính APEC lần thứ 24": their meeting's number, not the leaders'
                            # (which a phrase with a meeting's noun names: "Hội nghị Bộ trưởng Tài chính APEC lần thứ 24")
        heads.append(_Head(m.start(), m.end(), m.group(), cuts=False, numbered=True))
    for m in _NUMBERED_BODY.finditer(sentence) if "lần" in sentence else ():
        # a council named with its number, no meeting's noun before it: its meeting ("Cùng ngày, Hội đồng Khu vực Đầu tư
        # ASEAN (Hội đồng AIA) lần thứ 18 đã rà soát …"), not inside another name ("Hội nghị Hội đồng …")
        if not any(h.start == m.start() for h in heads) and not _IN_A_NAME_BEFORE.search(
                sentence, max(0, m.start() - 12), m.start()):
            heads.append(_Head(m.start(), m.end(), m.group(), cuts=False))
    if council := _body_session_heads(sentence, forum_hits, gaz):
        # "phiên họp khẩn cấp tại Hội đồng Bảo an …": the session's words lead to the body, one name
        heads = [h for h in heads if not any(lead <= h.start < c.end for lead, c in council)]
        heads += [c for _, c in council]
    if assembly := _assembly_heads(sentence, forum_hits, gaz):
        # "dự phiên họp Đại hội đồng …": the session's words lead to the Assembly, and "Đại hội đồng" is its
        # name, no heads of their own
        heads = [h for h in heads if not any(lead <= h.start < a.end for lead, a in assembly)]
        heads += [a for _, a in assembly]
    return sorted(heads, key=lambda h: h.start)


# The UN General Assembly spoken at, attended or electing: "Vương Nghị phát biểu tại Đại hội đồng Liên Hợp Quốc hôm
# 28/9", "Trong bài phát biểu trước Đại hội đồng LHQ hôm 19/9", "sẽ phát biểu tại phiên họp của Đại hội
# đồng …", "chuẩn bị dự phiên họp Đại Hội đồng Liên Hợp Quốc, diễn ra từ ngày 19 đến 25/9", "tại phiên bỏ phiếu
# trong khuôn khổ Khóa họp 73 …", "Việt Nam được Đại hội đồng Liên hợp quốc khóa 62 bầu làm …". The body
# meets as its sessions all year; spoken at in the season of its general debate (late September), it is
# that debate, whose level is the leaders' (the guideline's "UN General Assembly high-level debate");
# dated in another season (series.in_season), assemble makes it the Assembly's session of that day, level other
# (a plenary that elects, an emergency session: ASSEMBLY_SESSION).
GENERAL_DEBATE = "General Debate"      # the UN General Assembly's (meetings.toml)
ASSEMBLY_SESSION = "Assembly Session"  # … and its other sessions (meetings.toml)
ASSEMBLY = "assembly"                   # its rule's name: "General Debate:assembly"
_ASSEMBLY_BEFORE = re.compile(r"(?i)(?<!\w)đại\s+hội\s+đồng\s+(?:của\s+)?$")        # "Đại hội đồng LHQ"
# (a debate is a session too, and the session's number may follow "của": "phiên thảo luận cấp cao của Khoá 72 Đại
# hội đồng Liên Hợp Quốc")
_SESSION_WORDS = (r"(?:phiên|kỳ|khóa|khoá|cuộc)\s+(?:họp|thảo\s+luận(?!\s+chung)|bỏ\s+phiếu|bầu\s+cử)"
                  r"(?:\s+(?:chung|thường\s+niên|cấp\s+cao|toàn\s+thể|đặc\s+biệt|khẩn\s+cấp|trong\s+khuôn\s+khổ"
                  rf"|(?:lần\s+)?thứ\s+\d{{1,3}}|(?:khóa|khoá)\s+\d{{1,3}}))*(?:\s+của)?(?:\s+{_NUMBERED_SESSION})?")
_SPOKEN_AT = re.compile(rf"""(?ix)(?<!\w)(?:
      (?:phát\s+biểu|diễn\s+văn|bài\s+nói)(?:\s+[\w-]+){{0,3}}?\s+(?:tại|trước)(?:\s+{_SESSION_WORDS})?
    | (?:tham\s+)?dự(?:\s+{_SESSION_WORDS})?
    | (?:tại|trước|trong|tới)\s+{_SESSION_WORDS}       # ("… mang theo con gái tới phiên họp Đại hội đồng …")
    | bên\s+lề(?:\s+{_SESSION_WORDS})?                # "… bên lề kỳ họp cấp cao của Đại hội đồng Liên Hợp Quốc"
    )\s+$""")


# The General Assembly's session told by its number before its name (_named_meetings)
_ASSEMBLY_HEAD = re.compile(r"(?i)đại\s+hội\s+đồng$")
_SESSION_NUMBER = re.compile(rf"(?i)(?<!\w){_NUMBERED_SESSION}\s+$")
# A retreat of a kind's members, told by the word right after the meeting's noun or the kind's acronym: "Hội nghị hẹp Bộ
# trưởng Ngoại giao ASEAN (AMM Retreat)", "AEM Retreat 32". A series of its own, which its code's suffix keeps apart
# from the kind's numbered meetings (a leaders' retreat is a session of their summit: "phiên họp hẹp")
RETREAT = " Retreat"
_RETREAT = re.compile(r"(?i)\s+(?:hẹp|retreat)(?!\w)")
# An emergency special session of the Assembly (and its number), in the words that lead to its name
_SPECIAL_SESSION = re.compile(r"(?i)(?<!\w)(?:phiên|khóa|khoá|kỳ)\s+họp\s+đặc\s+biệt\s+khẩn\s+cấp(?:\s+lần\s+thứ\s+(\d{1,3}))?"
                              r"(?:\s+của)?\s+(?:đại\s+hội\s+đồng\s+(?:của\s+)?)?$")
# The Assembly's short name in brackets, then its session's number, after its name: "Đại hội đồng Liên hợp quốc (LHQ)
# khóa 62" (_SESSION_AFTER, _ELECTS)
_SHORT_NAME_BETWEEN = r"(?:\s*\([^()]{1,12}\))?"
_ITS_SESSION_AFTER = r"\s+(?:khóa|khoá)\s+(\d{1,3})"
_SESSION_AFTER = re.compile(rf"(?i){_SHORT_NAME_BETWEEN}{_ITS_SESSION_AFTER}(?!\w)")
_A_NUMBER = re.compile(r"\d{1,3}")


def _assembly_heads(sentence: str, forum_hits, gaz: Gazetteer) -> list[tuple[int, _Head]]:
    """The General Assembly spoken at (above): (where the words that lead to it start, its head)."""
    out = []
    for m in forum_hits:
        if gaz.forum(m.group()) != "UN":
            continue
        start = m.start()
        if not m.group().casefold().startswith("đại hội đồng"):
            before = _ASSEMBLY_BEFORE.search(sentence, max(0, start - 24), start)
            if not before:
                continue
            start = before.start()
        if lead := _SPOKEN_AT.search(sentence, max(0, start - 60), start):
            out.append((lead.start(), _Head(start, m.end(), sentence[start:m.end()], cuts=False, assembly=True)))
        elif _ELECTS.match(sentence, m.end()):
            out.append((start, _Head(start, m.end(), sentence[start:m.end()], cuts=False, assembly=True)))
    return out


# The Assembly electing, after its name (and its session's number): "Việt Nam được Đại hội đồng Liên hợp quốc khóa 62
# bầu làm Ủy viên không thường trực …", "Đại hội đồng LHQ đã bỏ phiếu bầu …"
# (or about to: "Đại hội đồng Liên hợp quốc khóa 73 đã tiến hành bỏ phiếu bầu …", "… sẽ tiến hành bầu cử 14 thành viên …")
# (its short name in brackets between: "Đại hội đồng Liên hợp quốc (LHQ) khóa 62 đã tiến hành bỏ phiếu kín bầu …")
_ELECTS = re.compile(rf"(?i){_SHORT_NAME_BETWEEN}(?:{_ITS_SESSION_AFTER})?\s+(?:(?:đã|sẽ|vừa|chính\s+thức|tiến\s+hành)\s+)*"
                     r"(?:bỏ\s+phiếu(?:\s+kín)?\s+)?bầu(?:\s+cử)?(?!\w)")


# A session of a body that one of its forum's names names (the Security Council among the UN's: meetings.toml's
# `body`), told by the session's words before it: "phiên họp khẩn cấp tại Hội đồng Bảo an Liên Hợp Quốc", "cuộc
# họp kín của HĐBA", "phiên thảo luận mở của HĐBA", "cuộc tham vấn kín của HĐBA" (not "nghị quyết của Hội đồng Bảo
# an": no session).
_BODY_SESSION_BEFORE = re.compile(r"(?i)(?<!\w)((?:phiên|cuộc)\s+(?:họp|thảo\s+luận|tham\s+vấn))(?:\s+(?:khẩn(?:\s+cấp)?|bất\s+thường|đặc\s+biệt|kín|"
                                  r"công\s+khai|mở|mới|thường\s+kỳ|thường\s+lệ|định\s+kỳ|trực\s+tuyến|"
                                  r"theo\s+(?:công|thể)\s+thức\s+Arria))*(?:\s+(?:của|tại))?\s+$")
# The body told meeting, its name the subject, its day between: "Hội đồng Bảo an ngày 29/8 họp khẩn, …", "Hội đồng Bảo an
# Liên Hiệp Quốc (HĐBA LHQ) đã chọn cách nhóm họp không chính thức trong ngày 21-4 …" (real samples r2, r4); not where its
# summit or a ministers' session is named after the verb ("… đã họp cấp cao lần thứ hai", "… họp phiên thảo luận mở cấp bộ
# trưởng")
_BODY_MEETS_AFTER = re.compile(r"(?i)(?:\s*\([^()]{1,15}\))?(?:\s+(?:Liên\s+(?:Hợp|Hiệp)\s+Quốc|LHQ))?\s*(?:\([^()]{1,15}\)\s*)?"
                               r"(?:(?:ngày|hôm)\s+\d{1,2}\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*(?:19|20)\d\d)?\s+"
                               r"|cùng\s+ngày\s+|(?:đã|sẽ|vừa|đang|chọn\s+cách|tiến\s+hành)\s+)*(?:nhóm\s+)?họp"
                               r"(?:\s+(?:khẩn(?:\s+cấp)?|kín|bất\s+thường|không\s+chính\s+thức))?(?!\w)"
                               r"(?!\s+(?:phiên\s+[^,.;]{0,30}?\s+)?(?:ở\s+)?(?:cấp|thượng\s+đỉnh))")


def _body_session_heads(sentence: str, forum_hits, gaz: Gazetteer) -> list[tuple[int, _Head]]:
    """The sessions of a body its forum's names name (above), or told meeting after its name (_BODY_MEETS_AFTER): (where
    the session's words start, its head)."""
    out = []
    for m in forum_hits:
        if _named_body(m.group(), gaz.forum(m.group()), gaz) is None:
            continue
        if lead := _BODY_SESSION_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
            out.append((lead.start(), _Head(lead.start(), m.end(), lead.group(1), cuts=False, body=True)))
        elif _BODY_MEETS_AFTER.match(sentence, m.end()):
            out.append((m.start(), _Head(m.start(), m.end(), "phiên họp", cuts=False, body=True)))
    return out


# A forum named by a meeting's name of its own ("Đối thoại Shangri-La", "Diễn đàn Khu vực ASEAN", "Thượng đỉnh Đông
# Á"), told as held: with its year, its verb of taking place, or after attending it.
_NAMED_AS_MEETING = re.compile(r"(?i)(?:diễn\s+đàn|đối\s+thoại|hội\s+nghị|thượng\s+đỉnh|cấp\s+cao)\s")
_HELD_AFTER_NAME = re.compile(r"""(?ix)
    (?:\s+về\s+\w+(?:\s+\w+)?)?                                 # "Diễn đàn Kinh tế Thế giới về ASEAN"
    \s*(?:\((?:\w{2,8}\s)?\w{2,8}\)\s*)?(?:                       # "(WEF)", "(WEF ASEAN)"
      (?:19|20)\d\d(?![\d/.-]\d)                               # "Đối thoại Shangri-La 2023"
    | (?:năm\s+nay|lần\s+này)(?!\w)                            # "Đối thoại Shangri-La năm nay do IISS …"
    | (?:(?:vào|hôm|ngày|sáng|chiều|tối)\s+)+\d{1,2}\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*(?:19|20)\d\d)?(?![\d/-])   # "… về ASEAN hôm 11/9"
      (?!\s*,?\s*(?:đã\s+)?(?:cho\s+biết|thông\s+báo|tuyên\s+bố|công\s+bố))       # (not the organisers' "… ngày 20/5 cho biết")
    | (?:(?:đã|sẽ|đang|vừa|được|chính\s+thức|dự\s+kiến)\s+)*
      (?:diễn\s+ra|khai\s+mạc|bế\s+mạc|tổ\s+chức|họp|kết\s+thúc)(?!\w)   # "… năm nay diễn ra từ ngày 31-5"
    )""")
_ATTENDED_BEFORE = re.compile(rf"(?i)(?<!\w)(?:dự|tham\s+dự|tại|bên\s+lề|phiên\s+(?:khai|bế)\s+mạc(?:\s+của)?)"
                             rf"(?:\s+{_NUMBERED_SESSION})?\s+$")     # "tại Kỳ họp lần thứ 111 Hội nghị Lao động quốc tế"


def _meets_as_named(sentence: str, m, forum) -> bool:
    """A forum whose name is a meeting's, named as a meeting being held or attended: "Đối thoại
    Shangri-La năm nay diễn ra từ ngày 31-5 đến 2-6", "phát biểu tại Đối thoại Shangri-La", "Diễn
    đàn Khu vực ASEAN 2019" (not the forum as a body: "Việt Nam tham gia Diễn đàn Khu vực ASEAN từ
    năm 1994" names it without a meeting's verb; "Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình
    Dương" meets as its leaders' and ministers' meetings, and has no level of its own)."""
    return bool(forum.default_level and _NAMED_AS_MEETING.match(m.group())
                and (_HELD_AFTER_NAME.match(sentence, m.end())
                     or _ATTENDED_BEFORE.search(sentence, max(0, m.start() - 24), m.start())
                     and not _ITS_MEMBERS_BEFORE.search(sentence, max(0, m.start() - 40), m.start())))


# The forum's members, who take part in it as a body: "… cùng các Bộ trưởng Ngoại giao các nước tham dự Cấp cao Đông Á (EAS)
# tham dự Hội nghị Bộ trưởng Ngoại giao EAS lần thứ 9" (a sample of real articles)
# (the members in the plural: not "Chủ tịch nước dự Diễn đàn …")
_ITS_MEMBERS_BEFORE = re.compile(r"(?i)(?<!\w)(?:các|những)\s+(?:nước|quốc\s+gia|thành\s+viên|nền\s+kinh\s+tế)\s+"
                                 r"(?:tham\s+dự|tham\s+gia|dự)\s+$")


# A day or month right after a forum's bare name, past the place it met in: "tại G20 ở Nhật ngày
# 28/6", "tại G20 Nhật Bản ngày 28/6", "dự APEC vào tháng 11", "bên lề APEC hôm 11/11", "dự APEC
# trong hai ngày 18 và 19/11/2015", "tại APEC hồi đầu tháng 11-2018".
_ON_A_DAY_AFTER = re.compile(rf"""(?x)
    (?:\s*,?\s*(?:ở|tại)\s+[{_CAPITAL}][\w'-]*(?:\s+[{_CAPITAL}][\w'-]*){{0,2}}  # "ở Nhật", "tại Buenos Aires"
      | \s+[{_CAPITAL}][\w'-]*(?:\s+[{_CAPITAL}][\w'-]*)?)?                    # "Nhật Bản"
    \s*,?\s*(?:(?:vào|hôm|hồi|trong)\s+)?(?:(?:các|hai|ba|\d)\s+)?(?:ngày\s+)?
    (?:\d{{1,2}}(?:\s*(?:[-–]|đến|và)\s*\d{{1,2}})?\s*[/-]\s*\d{{1,2}}(?:\s*/\s*(?:19|20)\d\d)?(?![\d/-]\d)   # "28/6", "28-29/6"
      | (?:(?:đầu|giữa|cuối)\s+)?tháng\s+\d{{1,2}}(?!\d))(?!\w)                  # "tháng 11", "hồi đầu tháng 11-2018"
    """)


_ATTENDED_WORDS = re.compile(r"(?<!\w)(?:dự|tại|bên\s+lề)\s")     # what _ATTENDED_BEFORE needs, lower-cased


# … or on a day told right before attending it: "Tổng thống Mỹ Barack Obama ngày 20/11 có bài phát biểu tại Diễn đàn Hợp
# tác Kinh tế châu Á - Thái Bình Dương (APEC) ở thủ đô Lima"
# (… or a stay's or a journey's days told as the occasion or the end of attending it: "… thăm chính thức Việt Nam ngày
# 17-18/11/2006, nhân dịp dự APEC tại Hà Nội", "… sẽ tới thành phố Đà Nẵng vào ngày 10/11 để tham dự Diễn đàn … (APEC)")
_ON_A_DAY_BEFORE = re.compile(r"(?i)(?<!\w)(?:ngày|hôm|sáng|chiều|tối)\s+\d{1,2}(?:\s*(?:[-–]|đến)\s*\d{1,2})?\s*[/-]\s*\d{1,2}"
                              r"(?:\s*[/-]\s*(?:19|20)\d\d)?\s*,?\s+"
                              r"(?:(?:đã|sẽ|có|bài|phát\s+biểu|nhân\s+dịp|để)\s+)*(?:tham\s+dự|dự|tại|bên\s+lề)\s+$")


def _attended_on_a_day(sentence: str, m, forum) -> bool:
    """A forum that meets as its leaders, named bare where someone is on a day told right after it
    (or the place it met in) or right before attending it: "Trump trao đổi với Thủ tướng Tây Ban Nha tại G20 ở Nhật
    ngày 28/6", "ông Trump sẽ dự APEC vào tháng 11", "Tổng thống … ngày 20/11 có bài phát biểu tại Diễn đàn Hợp tác Kinh
    tế châu Á - Thái Bình Dương (APEC)". The bare name is then its leaders' meeting, as "APEC 22" is."""
    return bool(forum and "leaders" in (forum.default_level, forum.number_level)
                and _ATTENDED_BEFORE.search(sentence, max(0, m.start() - 12), m.start())
                and (_ON_A_DAY_AFTER.match(sentence, m.end()) or _HELD_RIGHT_AFTER.match(sentence, m.end())
                     or _ON_A_DAY_BEFORE.search(sentence, max(0, m.start() - 70), m.start())))


# … or told as held right after its name: "… gặp song phương tại Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương (APEC)
# được tổ chức ở Đà Nẵng, Việt Nam, vào tuần tới"
_HELD_RIGHT_AFTER = re.compile(r"(?i)\s*(?:\([^()]{1,12}\)\s*)?,?\s*(?:(?:sẽ|đã|đang|sắp)\s+)?(?:được\s+tổ\s+chức|diễn\s+ra)(?!\w)")


class ForumHit:
    """A forum's name that gaz.forum_re found in an article, as its match in one sentence: what
    find_meetings reads of a match (start, end, span, group)."""

    __slots__ = ("_start", "_end", "_text")

    def __init__(self, start: int, end: int, text: str):
        self._start, self._end, self._text = start, end, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def group(self) -> str:
        return self._text


_WORD_OR_PLUS = re.compile(r"[\w+]")


def forum_hits_in(text: str, hits: list[re.Match[str]], starts: list[int], at: int, length: int
                  ) -> list[ForumHit] | None:
    """gaz.forum_re's matches in the sentence text[at:at + length], from its matches in the whole
    text (`hits`, their starts in `starts`), which assemble.extract has already found: the same as
    scanning the sentence again, since the pattern reads nothing past a match but its look-behind
    and look-ahead for a word character (or "+"). None where they may differ and the sentence must
    be scanned: a match across the sentence's edge, or such a character just outside it."""
    end = at + length
    if (at > 0 and _WORD_OR_PLUS.match(text, at - 1)) or _WORD_OR_PLUS.match(text, end):
        return None
    k = bisect_left(starts, at)
    if k and hits[k - 1].end() > at:
        return None
    out = []
    while k < len(hits) and hits[k].start() < end:
        if hits[k].end() > end:
            return None
        out.append(ForumHit(hits[k].start() - at, hits[k].end() - at, hits[k].group()))
        k += 1
    return out


MAX_NAME_WORDS = 16      # "Diễn đàn cấp cao ASEAN về Hợp tác tiểu vùng hướng tới phát triển bền vững" is 14
_ITS_NUMBER_GOES_ON = re.compile(r"(?i)(?<=lần)\s+thứ\s+\w+|(?<=lần\sthứ)\s+\w+|\s+lần\s+thứ\s+\w+")


def _phrase_end(sentence: str, head_end: int, next_head: int, forum_spans: list[tuple[int, int]] = ()) -> int:
    end = _first_stop(sentence, head_end, next_head, forum_spans)
    # Past MAX_NAME_WORDS the phrase is a sentence, not a name; a forum's own name counts as one word.
    # (counted only when the phrase has that many words at all: str.split() splits where \s matches;
    # and only when it is long enough to hold them: n words take 2n - 1 characters at least)
    if end - head_end > 2 * MAX_NAME_WORDS and len(sentence[head_end:end].split()) > MAX_NAME_WORDS:
        words = [w for w in re.finditer(r"\S+", sentence[head_end:end])
                 if not any(a < head_end + w.start() < b for a, b in forum_spans)]
        if len(words) > MAX_NAME_WORDS:
            end = head_end + words[MAX_NAME_WORDS - 1].end()
            if number := _ITS_NUMBER_GOES_ON.match(sentence, end):
                end = number.end()  # (its number is no word of the name: "… về giảm nhẹ rủi ro thiên tai lần thứ 9")
    bracketed = _bracketed_forum_after(sentence, head_end, end, next_head, forum_spans)
    paren = _PAREN_AFTER.match(sentence, bracketed)
    if paren and _SHORT_NAME.fullmatch(paren.group(1).strip()):
        bracketed = paren.end()
    if bracketed > end:     # the phrase goes on to a short name in brackets, and to what follows it
        end = bracketed
        if (paren and _PAIRED.search(sentence, head_end, paren.start())
                and (partner := _ONE_MORE_PARTNER.match(sentence, end))):
            end = partner.end()     # one more side after a side's short name: "Hội nghị Cấp cao ASEAN - Hội đồng Hợp
                                    # tác vùng Vịnh (GCC) - Trung Quốc lần đầu tiên" (the three sides' summit)
        number = _NUMBER_AFTER.match(sentence, end)
        if number:      # "nhóm đặc trách Sáng kiến liên kết ASEAN (IAI) lần thứ 65", "… (EAS) lần đầu tiên"
            end = number.end()
        wider = _WIDER_AFTER.match(sentence, end)
        if wider:       # "Hội nghị các Nhà lãnh đạo Nhóm các nền kinh tế mới nổi (BRICS) mở rộng"
            end = wider.end()
    return end


def _bracketed_forum_after(sentence: str, head_end: int, end: int, next_head: int,
                           forum_spans: list[tuple[int, int]]) -> int:
    """A phrase that names no forum goes on to the forum's acronym in brackets when its long name,
    which the forums' list does not hold, runs past a stop word: "Hội nghị Thượng đỉnh Nhóm các
    nền kinh tế phát triển và mới nổi hàng đầu thế giới (G20)" (the phrase stopped at "và")."""
    if _PAREN_AFTER.match(sentence, end) or any(a < end and b > head_end for a, b in forum_spans):
        return end      # the brackets follow the phrase (read below), or it names its forum
    for a, b in forum_spans:
        if a < end:
            continue
        if a >= next_head or a - end > _LONG_NAME_REST:
            break
        close = _CLOSE_AFTER.match(sentence, b)
        if close and _OPEN_BEFORE.search(sentence, end, a) and not _HARD_BREAK.search(sentence, end, a - 1):
            return close.end()
        # likewise to the forum named unbracketed, when its short name in brackets follows it (after
        # the name's year, if any): "Hội nghị cấp cao về kinh doanh và đầu tư ASEAN 2018 (ABIS)"
        short = _SHORT_NAME_NEXT.match(sentence, b)
        if short and a - end <= _SHORT_NAME_REST and not _HARD_BREAK.search(sentence, end, a):
            return short.end(1) if short.group(1) else b
        break
    return end


_SHORT_NAME_REST = 30       # characters from where the phrase stopped to the forum
_SHORT_NAME_NEXT = re.compile(r"(\s+(?:19|20)\d\d)?(?=\s*\(\s*[A-Z][A-Za-z0-9+-]{1,11}\s*\))")


_LONG_NAME_REST = 80        # characters from where the phrase stopped to the acronym
_OPEN_BEFORE = re.compile(r"\(\s*$")
_CLOSE_AFTER = re.compile(r"\s*\)")
_HARD_BREAK = re.compile(r"[,.;:!?“”\"«»()]")
_PAREN_AFTER = re.compile(r"\s*\(([^()]{1,40})\)")
# A body the text has just named: "… của cơ chế này", "… của diễn đàn đó" (the caller's default forum).
THIS_BODY = re.compile(r"(?i)(?<!\w)(?:của|thuộc)\s+(?:cơ\s+chế|diễn\s+đàn|nhóm|tổ\s+chức|khối|hiệp\s+hội)"
                       r"\s+(?:này|đó|trên)(?!\w)")
_THIS_BODY = ahead(THIS_BODY)      # the same matches, sooner: etl/lookahead.py
_SHORT_NAME = re.compile(r"[A-Z][A-Za-z+&\s-]*\d{0,3}")
_NUMBER_AFTER = re.compile(r"\s*(?:lần\s+thứ\s+\w+|lần\s+\d{1,3}(?!\d)|(?:lần|phiên|kỳ)\s+đầu\s+tiên(?!\w))", re.IGNORECASE)
_WIDER_AFTER = re.compile(r"\s*(?:mở\s+rộng|Plus|\+)(?!\w)", re.IGNORECASE)
_PAIRED = re.compile(r"\s[-–]\s")
# (a council's name runs to its number with no verb between: not "Hội đồng AFTA đã họp lần thứ 37", which its verb tells;
# committees are left out: "Ủy ban Thường trực ASEAN lần thứ 5 thông qua …" is the standing committee's fifth term)
_NUMBERED_BODY = re.compile(r"(?<!\w)Hội\s+đồng(?=(?:(?!\s(?:đã|sẽ|vừa|được|đang|họp|nhóm)\s)[^,.;:()]){3,80}?"
                            r"(?:\s*\([^()]{1,20}\))?\s+lần\s+thứ\s+\w+)")
_IN_A_NAME_BEFORE = re.compile(r"(?i)(?:của|thuộc|họp|nghị|chủ\s+tịch|thành\s+viên|với)\s+$")
_ONE_MORE_PARTNER = re.compile(rf"\s+[-–]\s+[{_CAPITAL}][\w'-]*(?:\s+[{_CAPITAL}][\w'-]*){{0,3}}")


def _first_stop(sentence: str, head_end: int, next_head: int, forum_spans: list[tuple[int, int]]) -> int:
    """Where the phrase from head_end stops: at the first stop (_STOP) that counts, else at the
    next head. A stop inside a forum's own name does not count ("Mekong - sông Hằng"), nor a dash
    inside a compound that the forum's name or the number follows ("Chính trị - an ninh ASEAN"),
    nor one before a capital ("ASEAN - Ấn Độ": [à-ỹ] in _STOP also spans capitals such as "Ấ").
    The stops from the next head on are not looked at: the phrase ends there in any case."""
    for m in _STOP.finditer(sentence, head_end):
        if m.start() >= next_head:
            break
        if any(a < m.start() < b for a, b in forum_spans):
            continue
        if m.group().strip() in ("-", "–", "—") and (_compound_goes_on(sentence, m.end(), forum_spans)
                                                   or sentence[m.end():m.end() + 1].isupper()):
            continue
        if _a_sector_pair(sentence, head_end, m.start(), forum_spans) or _a_sector_list(sentence, head_end, m, forum_spans):
            continue
        if m.group() == "," and _OFFICE_BEFORE.search(sentence, head_end, m.start()) and _OFFICE_AFTER.match(sentence, m.end()):
            continue    # two offices of one meeting: "Hội nghị Thống đốc, Thị trưởng các thủ đô ASEAN lần thứ 11"
        if not sentence[head_end:m.start()].strip() and _AFTER_THE_MINISTERS.match(sentence, m.start()):
            continue    # "Hội nghị Sau Bộ trưởng (PMC)": the conference after the ministers', its name
        return m.start()
    return next_head


# Two offices whose holders meet, set apart by a comma (_first_stop)
_OFFICES = r"(?:Thống\s+đốc|Thị\s+trưởng|Đô\s+trưởng|Tỉnh\s+trưởng|Chủ\s+tịch|Bộ\s+trưởng|Thứ\s+trưởng)"
_OFFICE_BEFORE = re.compile(rf"(?<!\w){_OFFICES}$")
_OFFICE_AFTER = re.compile(rf"\s*{_OFFICES}(?=\s+(?-i:[a-zà-ỹđ]))")     # (not a person: "…, Thứ trưởng Nguyễn Quốc Dũng")
_AFTER_THE_MINISTERS = re.compile(r"(?i)\s*sau\s+(?:hội\s+nghị\s+)?bộ\s+trưởng(?!\w)")


# "và" and a word that is no meeting's head nor a forum's name: the second of a pair of sectors
_SECTOR_AND = re.compile(r"\svà\s+(?!(?:các|những|nhiều|mọi|một)\s)[^\W\d]+", re.IGNORECASE)
_SECTOR_REACH = 40      # characters from "và" to the forum's name
_MINISTERS = re.compile(r"(?i)bộ\s+trưởng|quan\s+chức")     # ministers or their senior officials


def _a_sector_pair(sentence: str, head_end: int, at: int, forum_spans) -> bool:
    """Is the "và" at `at` inside a ministry's pair of sectors, the forum's name soon after it and none
    before it: "Hội nghị Bộ trưởng Viễn thông và Công nghệ thông tin ASEAN (TELMIN) lần thứ 17", "Hội nghị các Quan
    chức cao cấp Viễn thông và Công nghệ thông tin ASEAN lần thứ 19 (TELSOM 19)",
    "Bộ trưởng Viễn thông và công nghệ thông tin ASEAN" (not "… ASEAN lần thứ 31 và chuyển giao …", nor
    "Hội nghị Cấp cao ASEAN và Hội nghị Cấp cao Đông Á")?"""
    pair = _SECTOR_AND.match(sentence, at)
    if (pair is None or not _MINISTERS.search(sentence, max(0, head_end - 30), at)
            or starts_with_meeting_word(sentence, at + 4) or any(head_end <= a < at for a, _ in forum_spans)):
        return False        # (not the theme "đối thoại và hợp tác Á - Âu": only ministries have sectors)
    forum = next((a for a, _ in forum_spans if a > at), None)
    return (forum is not None and pair.end() <= forum <= at + _SECTOR_REACH     # (not "CLMV 8 và ACMECS 7")
            and not _STOP.search(sentence, pair.end(), forum))


# … or a comma inside a ministry's list of sectors, each capitalised, the last after "và": "Hội nghị Bộ trưởng Khoa học,
# Công nghệ và Đổi mới sáng tạo ASEAN lần thứ 22", "… Bộ trưởng Văn hóa, Thể thao và Du lịch …"
_SECTOR_ITEMS = re.compile(rf",(?:\s+[{CAPITALS}][^\W\d]*(?:\s+[^\W\d]+){{0,3}}?\s*,)*\s+[{CAPITALS}][^\W\d]*"
                           rf"(?:\s+[^\W\d]+){{0,3}}?(?=\s+và\s)")


def _a_sector_list(sentence: str, head_end: int, stop: re.Match[str], forum_spans) -> bool:
    """Is the stop a comma of a ministry's list of sectors whose "và" pair _a_sector_pair reads (_SECTOR_ITEMS)?"""
    if stop.group() != ",":
        return False
    items = _SECTOR_ITEMS.match(sentence, stop.start())
    return bool(items) and _a_sector_pair(sentence, head_end, items.end(), forum_spans)


_COMPOUND_TAIL = re.compile(r"[^\W\d]+(?:\s+[^\W\d]+){0,2}\s+(?=lần\s+thứ\s)", re.IGNORECASE)


def _compound_goes_on(sentence: str, pos: int, forum_spans) -> bool:
    """After a dash, two or three words and then the forum's name or the meeting's number."""
    words = re.match(r"[^\W\d]+(?:\s+[^\W\d]+){0,2}\s+", sentence[pos:pos + 40])
    if words is None:
        return False
    return any(pos < a <= pos + words.end() + 1 for a, _ in forum_spans) or bool(_COMPOUND_TAIL.match(sentence, pos))


# the number after the forum's name: "APEC-14", "ASEM 5", and in Roman numerals "ASEM V" (upper case only)
_AFTER_FORUM = re.compile(r"\s*[-–]?\s*(\d{1,3}(?![\d/.,]\d|\d)|(?<=\s)[IVX]{1,5}(?![\w'’-]))")
_A_COUNT_AFTER = re.compile(_COUNT_UNIT, re.IGNORECASE)


def _ordinals(phrase: str, after: str, forum_spans: list[tuple[int, int]] = ()
              ) -> tuple[int | None, tuple[int, ...], list[tuple[int, int]]]:
    """The meeting's number(s): "lần thứ 32", "SOM 2", "AMM 36", "APEC-14", "38, 39". The forum's own
    name is blanked first, so that "G20" holds no number."""
    blanked = _blank(phrase, forum_spans)
    spans: list[tuple[int, int]] = []
    found: list[tuple[int, int]] = []       # (position, value)
    for m in _ORD_PHRASE.finditer(blanked):
        if m.group(2) and found:
            continue        # "EAS lần thứ sáu lần đầu tiên có đủ 18 thành viên": for the first time, no number
        value = parse_ordinal(m.group(1) or m.group(2) or m.group(3) or m.group(4) or m.group(5) or m.group(6)
                              or m.group(7))
        if value is not None:
            found.append((m.start(), value))
            spans.append(m.span())
    for _, b in forum_spans:
        m = _AFTER_FORUM.match(phrase, b)
        if m and _A_COUNT_AFTER.match(phrase[m.end():] + after):
            continue        # "APEC 2 tháng sau đó" (two months later), "ASEAN 10 nước" (ten countries): no number
        if m and not phrase[b - 1].isdigit() and (value := parse_ordinal(m.group(1))):
            found.append((m.start(1), value))
            spans.append((b, m.end()))
    if not found:
        return None, (), spans
    values = [v for _, v in sorted(found)]
    more = _MORE_ORDINALS.match(after)
    extra = [v for v in [parse_ordinal(more.group(1))] if v] if more else []
    others = tuple(dict.fromkeys(v for v in values[1:] + extra if v != values[0]))
    return values[0], others, spans


def _blank(phrase: str, spans: list[tuple[int, int]]) -> str:
    """The phrase with the given spans replaced by spaces (offsets unchanged)."""
    if not spans:
        return phrase       # most phrases: nothing to blank
    chars = list(phrase)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


def _strip(phrase: str, spans: list[tuple[int, int]]) -> str:
    out, last = [], 0
    for a, b in sorted(spans):
        out.append(phrase[last:a])
        last = max(last, b)
    out.append(phrase[last:])
    return " ".join(out).replace("(", " ").replace(")", " ")


def _default_kind(level: str | None, forum: str, gaz: Gazetteer):
    return next((k for k in gaz.kinds if k.level == level and k.default and k.admits(forum)), None)


_ON_A_TOPIC = re.compile(r"(?i)^\W*(?:\w+\W+){0,3}?về\s+\w")      # "hội nghị (APEC) về an ninh lương thực"


# The senior officials of a ministers' meeting, named by both acronyms: "SOM-AMAF" is a SOM, its sector the ministers'
# ("SEOM" likewise), where the whole names no kind of senior officials' meeting of its own ("SOM-DOC").
_SENIOR_OFFICIALS_OF = re.compile(rf"{_SOM_OF}[A-Z][A-Za-z]*[A-Z](?![\w-])")


@per_article        # a forum's article names its meetings again and again: a third of its phrases recur
def _kind(content: str, forum: str, gaz: Gazetteer):
    """The first kind whose cue the phrase holds once its synonyms are folded, else the
    forum's default kind, unless the phrase names the meeting by its topic."""
    folded = gaz.fold(content)
    for kind in gaz.candidate_kinds(folded):
        if kind.admits(forum) and kind.cued_in(folded):      # the first cued that admits it: no search past it
            if kind.level != "senior_officials" and _SENIOR_OFFICIALS_OF.search(content):
                return _kind(_SENIOR_OFFICIALS_OF.sub(r"\g<som>", content), forum, gaz)     # (but "SOM-DOC" is its own)
            return kind
    default = gaz.forums[forum].default_level if forum in gaz.forums else None
    if default and not _ON_A_TOPIC.search(folded):     # "hội nghị APEC về an ninh lương thực": a topic's meeting
        for kind in gaz.kinds:
            if kind.level == default and kind.default and kind.admits(forum):
                return kind
    return None


def _body_kind(phrase: str, spans: list[tuple[int, int]], forum: str, gaz: Gazetteer):
    """The kind of a body that one of the forum's names in the phrase names ("Hội đồng Bảo an", "HĐBA": the UN's
    Security Council, meetings.toml's `body`), else None."""
    return next((kind for a, b in spans if (kind := _named_body(phrase[a:b], forum, gaz)) is not None), None)


def _named_body(name: str, forum: str, gaz: Gazetteer):
    """The body kind that this name of the forum names ("Hội đồng Bảo an" of the UN), else None."""
    return next((k for k in body_kinds(gaz) if k.admits(forum) and k.cued_in(name)), None)


@lru_cache(maxsize=4)       # a gazetteer is hashed by its identity (gazetteer.Gazetteer)
def body_kinds(gaz: Gazetteer) -> tuple:
    """The kinds whose cue is a body its forum's names name (meetings.toml's `body`)."""
    return tuple(k for k in gaz.kinds if k.body)


@per_article        # as _kind
def _forum_of_kind(phrase: str, gaz: Gazetteer) -> str | None:
    """The forum a phrase that names none implies by its kind, when it cues a kind whose cue names
    its one forum (meetings.toml's `names_forum`) and every kind it cues admits that forum:
    "Hội nghị toàn cầu các Chủ tịch Quốc hội lần thứ năm" is the IPU's, "Hội nghị Thượng đỉnh
    Tương lai" the UN's (a summit of any forum, and the UN's summit of the future)."""
    folded = gaz.fold(phrase)
    if not any(kind.names_forum for kind in gaz.candidate_kinds(folded)):
        return None     # most phrases: no kind that names its forum can be cued, and no cue is searched
    cued = gaz.cued_kinds(folded)
    naming = [kind for kind in cued if kind.names_forum]
    if len({kind.forums[0] for kind in naming}) != 1:
        return None
    forum = naming[0].forums[0]
    # a kind cued only inside the naming kind's cue does not count ("cấp cao" in "cấp cao tương lai")
    inside = [m.span() for kind in naming for cue in kind.cues for m in cue.finditer(folded)]
    others = [kind for kind in cued if not kind.names_forum
              and any(not any(a <= m.start() and m.end() <= b for a, b in inside)
                      for cue in kind.cues for m in cue.finditer(folded))]
    return forum if all(kind.admits(forum) for kind in others) else None


def _forums_outside(sentence: str, heads: list[_Head], forums: list[tuple[int, str | None]], head: _Head,
                    end: int) -> list[tuple[int, str | None]]:
    """The sentence's forums (position, forum) that may be the forum of the phrase from `head` to
    `end`: those outside it, but not a forum inside a later meeting's own name, which is that
    meeting's: "Ngay sau phiên họp của AMAF 42, … chủ trì Hội nghị Bộ trưởng … ASEAN và Trung
    Quốc, Nhật Bản, Hàn Quốc (AMAF+3)"."""
    later = [h.start for h in heads if h.start >= end and h.cuts
             and not _LIST_SEP.fullmatch(sentence, end, h.start)]     # "Hội nghị Cấp cao và Hội nghị … APEC": shared
    return [(p, f) for p, f in forums if not head.start <= p < end
            and not any(a <= p < a + 120 and not _NAME_BREAK.search(sentence, a, p) for a in later)]


def _admitted_by_its_acronym(phrase: str, head: _Head, outside: list[tuple[int, str | None]], default_forum: str | None,
                             gaz: Gazetteer) -> str | None:
    """For a meeting named by a kind's acronym alone ("AMM-27"), whose kinds admit only some forums: the nearest of
    the sentence's forums outside it that one of them admits, else (below) a forum they admit; None where its kinds
    admit any forum or none of those, or it is no acronym."""
    if not gaz.acronym_re.match(head.word):
        return None
    kinds = gaz.cued_kinds(gaz.fold(phrase))
    if not kinds or any(not k.forums for k in kinds):
        return None
    near = _nearest_forum([(p, f) for p, f in outside if f and any(k.admits(f) for k in kinds)],
                          head.start, head.start + len(phrase))
    if near:
        return near
    # … else the forum that leads the nearest or the article's ("Bên lề AMM-56, Diễn đàn Khu vực ASEAN …": ASEAN's), or
    # the article's own, or the one forum the kinds admit ("Sau AEM-55, … Hội nghị Cấp cao Đông Á")
    nearest = _nearest_forum(outside, head.start, head.start + len(phrase))
    tried = [gaz.forums[f].parent for f in (nearest, default_forum) if f in gaz.forums] + [default_forum]
    admitted = {f for k in kinds for f in k.forums}
    return next((f for f in tried if f in admitted), next(iter(admitted)) if len(admitted) == 1 else None)


def _nearest_forum(forums: list[tuple[int, str]], a: int, b: int) -> str | None:
    outside = [(min(abs(p - a), abs(p - b)), f) for p, f in forums if not a <= p < b]
    return min(outside)[1] if outside else None


# "… bắt đầu nhóm họp", "… đã họp trù bị", "… dự kiến họp ngày 3/9" (not "họp báo", nor "họp với"
# someone, a bilateral meeting or the partners of a meeting named after it, however they meet: "… sẽ họp trực
# tuyến với các đối tác tại Hội nghị Bộ trưởng Năng lượng ASEAN+3 …", "lãnh đạo ASEAN lần lượt họp cấp cao với
# các đối tác", the summits with each partner, not ASEAN's own)
# may_name_meeting searches it only in a sentence with "họp" or "gặp nhau": every alternative must hold one.
_VERB_MEETING = re.compile(r"(?i)(?<!\w)(?<!kỳ\s)(?<!cuộc\s)(?<!phiên\s)(?:bắt\s+đầu\s+|đã\s+|sẽ\s+|dự\s+kiến\s+)?(?:nhóm\s+họp|họp\s+thượng\s+đỉnh(?!\s+với)|"
                           r"bắt\s+đầu\s+họp|họp(?!\s+(?:(?:trực\s+tuyến|trực\s+tiếp|cấp\s+cao|thượng\s+đỉnh)\s+)?(?:báo|với|bàn\s+với|mặt|riêng))(?!\w)"
                           # "các Bộ trưởng Ngoại giao ASEM đã có cuộc họp không chính thức …"
                           r"|(?:có|tiến\s+hành|tổ\s+chức|triệu\s+tập|mở)\s+(?:một\s+)?(?:cuộc|phiên)\s+họp(?!\s+(?:báo|với|bàn\s+với|riêng|song\s+phương))(?!\w)"
                           # "các bộ trưởng thuộc Nhóm Cairns sẽ gặp nhau tại Xin-ga-po ngày 8-12"
                           r"|gặp\s+nhau(?!\w)"
                           # a body that adopts a resolution sits to vote on it: "HĐBA đã thông qua Nghị quyết 2504 …"
                           r"|(?:nhất\s+trí\s+)?thông\s+qua\s+(?:dự\s+thảo\s+)?nghị\s+quyết(?!\w)|bỏ\s+phiếu(?!\w))")
_VERB_MEETING = ahead(_VERB_MEETING)      # the same matches, sooner: etl/lookahead.py
_VERB_MEETING = Gated(_VERB_MEETING)      # searched only in sentences that hold its words: sentences.Gated
# … of which these tell only a body's meeting (_body_kind: "HĐBA đã triệu tập phiên họp"), not a session of a meeting
# ("… tiến hành phiên họp hẹp trong ngày 25/4" at a summit), nor every holder of a meeting ("tổ chức cuộc họp")
_BODYS_VERB = re.compile(r"(?i)tổ\s+chức|triệu\s+tập|mở|phiên|nghị\s+quyết|bỏ\s+phiếu")
# Who meets: ministers, leaders, senior officials, or a council or committee of the forum.
_SUBJECT_WORD = re.compile(r"(?i)(?<!\w)(?:các\s+)?(?:bộ\s+trưởng|ngoại\s+trưởng|(?:nhà\s+)?lãnh\s+đạo|quan\s+chức\s+cao\s+cấp|sherpa|"
                           rf"(?-i:{_BODY_WORDS}))(?!\w)"
                           r"(?!\s+[Qq]uốc\s+gia(?!\w))")     # (not a country's own: "Ủy ban Quốc gia ASEAN 2020 họp …")
_SUBJECT = re.compile(_SUBJECT_WORD.pattern + r"[^,.;:]{0,100}")
_A_BODY = re.compile(rf"(?:{_BODY_WORDS})(?!\w)")


# Meeting others, who are named as a forum in brackets after them: "các Bộ trưởng Ngoại giao ASEAN đã họp với Bộ trưởng
# Ngoại giao ba nước Trung Quốc, Nhật Bản, Hàn Quốc (ASEAN+3)"
_MET_WITH = re.compile(r"(?i)(?<!\w)(?:đã\s+|sẽ\s+|cũng\s+)*(?:họp|gặp)\s+(?:(?:trực\s+tuyến|trực\s+tiếp)\s+)?với\s+[^.;:()]{3,120}?"
                       r"\((?P<forum>[^()]{2,16})\)")


def _subject_before(sentence: str, at: int) -> re.Match[str] | None:
    """Who meets, the subject nearest before `at` (_SUBJECT_WORD and what follows it up to `at`), else None; not a
    word in brackets that close before `at`, which gloss the subject's name: "Hội đồng Khu vực Mậu dịch tự do ASEAN
    (Hội đồng AFTA) lần thứ 39 đã họp" is the Council's, named before them."""
    word = last_match(w for w in _SUBJECT_WORD.finditer(sentence, 0, at) if not _glossing(sentence, w.start(), at))
    return _SUBJECT.match(sentence, word.start(), at) if word else None


def _glossing(sentence: str, pos: int, at: int) -> bool:
    """Is pos inside brackets that close before at?"""
    return sentence.rfind("(", 0, pos) > sentence.rfind(")", 0, pos) and ")" in sentence[pos:at]


def _met_as_a_forum(sentence: str, gaz: Gazetteer) -> list[Mention]:
    """The meeting of the forum whose name a subject's partners are given in brackets (_MET_WITH), at the subject's
    level; not a meeting of the two sides otherwise (_VERB_MEETING leaves out "họp với")."""
    met = _MET_WITH.search(sentence)
    if not met or not (named := gaz.forum_re.fullmatch(met.group("forum").strip())):
        return []
    subject = _subject_before(sentence, met.start())
    if not subject:
        return []
    forum = gaz.forum(named.group())
    phrase = subject.group()
    hits = [h.span() for h in gaz.forum_re.finditer(phrase)]
    kind = _kind("hội nghị " + _strip(phrase, hits), forum, gaz)
    if kind is None or kind.body or not hits:
        return []
    return [Mention(forum, kind.level, kind.code, None, sentence[subject.start():met.end()].strip(), subject.start(),
                    met.end(), (), f"{kind.code}:verb")]


def _verb_meeting(sentence: str, gaz: Gazetteer) -> list[Mention]:
    """'Các Bộ trưởng Thương mại APEC, ngày 5-6, bắt đầu nhóm họp': a meeting told by its verb."""
    if "với" in sentence and (met := _met_as_a_forum(sentence, gaz)):
        return met
    verb = _VERB_MEETING.search(sentence)
    if verb and _names_what_it_holds(sentence, verb, gaz):
        return []       # "lãnh đạo ASEAN đã họp Thượng đỉnh ASEAN+3 lần thứ 13": the meeting named is the one held
    # the subject nearest the verb: "Tuyên bố của Ngoại trưởng Canada được đưa ra khi lãnh đạo các nước thành
    # viên G7 … sắp họp tại Pháp" (the leaders meet, not the minister)
    subject = _subject_before(sentence, verb.start()) if verb else None
    if not subject:
        return _body_meets(sentence, verb, gaz) if verb else []
    if _a_vote_told_as_a_time(sentence, verb, subject.start()):
        return []
    phrase = subject.group()
    hits = list(gaz.forum_re.finditer(phrase))
    # (or a body whose name names its forum: "Hội đồng AFTA đã họp lần thứ 37", ASEAN's: _forum_of_kind; not people,
    # whose title may cue a kind: "bộ trưởng quốc phòng hai nước … gặp nhau")
    forum = (gaz.forum(hits[0].group()) if hits else
             _forum_of_kind("hội nghị " + phrase, gaz) if _A_BODY.match(phrase) else None)
    if forum is None:
        return []
    ordinal, _, ord_spans = _ordinals(phrase, "", [h.span() for h in hits])   # "(ACJCC) lần thứ 25 đã họp"
    content = "hội nghị " + _strip(phrase, [h.span() for h in hits] + ord_spans)
    kind = _kind(content, forum, gaz) or _body_kind(phrase, [h.span() for h in hits], forum, gaz)
    if kind is None or not kind.body and _BODYS_VERB.search(verb.group()):
        return []
    # (a body's meeting at the level the verb tells: "Hội đồng Bảo an … đã họp ở cấp nguyên thủ quốc gia", its summit)
    level = _told_level(told) if kind.body and (told := _LEVEL_TOLD.match(sentence, verb.end())) else kind.level
    # (the number the verb right after the subject tells is the meeting's: "Hội đồng AFTA đã họp lần thứ 39", not the
    # last series named again)
    end = subject.end()
    if ordinal is None and not sentence[end:verb.start()].strip() and (number := _NUMBER_MET.match(sentence, verb.end())):
        ordinal, end = parse_ordinal(number.group(1)), number.end()
    return [Mention(forum, level, kind.code, ordinal, phrase.strip(), subject.start(), end,
                    (), f"{kind.code}:verb")]


_NUMBER_MET = re.compile(r"(?i)\s+(?:phiên\s+)?lần\s+thứ\s+(\d{1,3}|\w+)(?!\w)")


_OBJECT_REACH = re.compile(r"[^,.;:()]{0,40}")


def _names_what_it_holds(sentence: str, verb: re.Match[str], gaz: Gazetteer) -> bool:
    """Does the verb go on to a meeting's name with its forum ("đã họp Thượng đỉnh ASEAN+3 lần thứ 13",
    "họp Hội nghị Cấp cao ASEAN")? Not "đã có cuộc họp không chính thức", which names no forum."""
    at = verb.end() + len(sentence[verb.end():]) - len(sentence[verb.end():].lstrip())
    if not (_HEAD.search(sentence, verb.start(), verb.end()) or starts_with_meeting_word(sentence, at)):
        return False
    return bool(gaz.forum_re.search(sentence, verb.start(), _OBJECT_REACH.match(sentence, at).end()))


def last_match(found: Iterable[re.Match[str]]) -> re.Match[str] | None:
    """The last of the matches, else None."""
    kept = deque(found, maxlen=1)
    return kept[0] if kept else None


def _body_meets(sentence: str, verb: re.Match[str], gaz: Gazetteer) -> list[Mention]:
    """"Diễn đàn khu vực ASEAN (ARF) đã họp phiên đầu tiên tại Băng Cốc": a forum that is itself a
    meeting (one with a default level: the ARF, the EAS, ASEM), the verb's subject, meets."""
    hit = next((h for h in gaz.forum_re.finditer(sentence, max(0, verb.start() - 60), verb.start())
                if _ONLY_BRACKETS.fullmatch(sentence, h.end(), verb.start())), None)
    forum = gaz.forum(hit.group()) if hit else None
    told = _LEVEL_TOLD.match(sentence, verb.end())
    if forum is not None and _a_vote_told_as_a_time(sentence, verb, hit.start()):
        return []
    if forum is not None:
        # a body its forum's names name, the subject, at the level the verb tells if it tells one: "HĐBA LHQ đã nhóm
        # họp kín hôm 8-12", "HĐBA đã họp cấp cao ngày 25/9" (_body_kind; as _verb_meeting reads "Hội đồng Bảo an …")
        near = [h.span() for h in gaz.forum_re.finditer(sentence, max(0, hit.start() - 30), hit.end())
                if gaz.forum(h.group()) == forum]
        if (body := _body_kind(sentence, near, forum, gaz)) is not None:
            level = _told_level(told) if told else body.level
            return [Mention(forum, level, body.code, None, hit.group(), hit.start(), hit.end(), (), f"{body.code}:verb")]
    if _BODYS_VERB.search(verb.group()):
        return []
    if forum is None or forum not in gaz.forums or not (
            level := _told_level(told) if told else gaz.forums[forum].default_level):
        return []
    # (the kind the level's words cue, of that level: "cấp ngoại trưởng", its foreign ministers')
    cued = _kind(f"hội nghị {told.group(1)}", forum, gaz) if told else None
    kind = cued if cued is not None and cued.level == level else _default_kind(level, forum, gaz)
    if kind is None:
        return []
    first = _FIRST_SESSION.match(sentence, verb.end())
    return [Mention(forum, kind.level, kind.code, 1 if first else None, hit.group(), hit.start(), hit.end(), (),
                    f"{kind.code}:verb")]


_ONLY_BRACKETS = re.compile(r"\s*(?:\([^()]{1,12}\)\s*)?")
_A_VOTE = re.compile(r"(?i)nghị\s+quyết|bỏ\s+phiếu")
_WHEN_BEFORE = re.compile(r"(?i)(?<!\w)(?:sau|trước)\s+khi\s+$")


def _a_vote_told_as_a_time(sentence: str, verb: re.Match[str], subject_at: int) -> bool:
    """Is the verb a body's vote whose subject, at `subject_at`, follows "sau khi" or "trước khi": "… chỉ hai ngày sau khi
    Hội đồng Bảo an … thông qua nghị quyết trừng phạt mới", a time told by it, no meeting told?"""
    return bool(_A_VOTE.search(verb.group()) and _WHEN_BEFORE.search(sentence, max(0, subject_at - 16), subject_at))
# The level the verb tells: "Liên đoàn Ả Rập dự kiến họp cấp ngoại trưởng vào ngày mai" (its ministers, not the
# forum's leaders), "BRICS sẽ họp cấp cao"
_LEVEL_TOLD = re.compile(r"(?i)\s+(?:ở\s+)?cấp\s+(ngoại\s+trưởng|bộ\s+trưởng|cao|thượng\s+đỉnh|nguyên\s+thủ|"
                         r"quan\s+chức\s+cao\s+cấp)(?!\w)")
_LEVELS_TOLD = {"ngoại": "ministers", "bộ": "ministers", "cao": "leaders", "thượng": "leaders", "nguyên": "leaders",
                "quan": "senior_officials"}


def _told_level(told: re.Match[str]) -> str:
    """The level _LEVEL_TOLD's words tell: "cấp ngoại trưởng", the ministers'."""
    return _LEVELS_TOLD[told.group(1).lower().split()[0]]


_FIRST_SESSION = re.compile(r"(?i)\s+(?:phiên|lần|kỳ)\s+(?:họp\s+)?đầu\s+tiên(?!\w)")      # "đã họp phiên đầu tiên"


# may_name_meeting searches it only in a sentence with a digit or "lần": keep every alternative so.
_NUMBERED = re.compile(r"\b[A-Z]{2,6}\s*[-–]?\s*\d{1,3}\b|lần\s+thứ", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_ROMAN_NUMBERED = re.compile(r"\b[A-Z]{2,6}\s(?:[IVX]{1,5})\b")      # "ASEM V": _FORUM_NUMBER's Roman numbers


def may_name_meeting(text: str, gaz: Gazetteer) -> bool:
    """A cheap test: could find_meetings find anything here? The two costliest patterns are
    searched only when the words they need are there (the verbs' words, which their gate works out:
    sentences.Gated; a digit or "lần"): lower() maps every letter that their IGNORECASE matches onto
    those words."""
    if _head_words(text) or _acronyms(text, gaz):
        return True
    low = text.lower()
    return bool(_VERB_MEETING.search(text)
                or (("lần" in low or _DIGIT.search(text)) and _NUMBERED.search(text))
                or _ROMAN_NUMBERED.search(text)
                or "đại hội đồng" in low and bool(_assembly_heads(text, gaz.forum_matches(text), gaz))
                or ("họp" in low or "thảo luận" in low or "tham vấn" in low)
                and bool(_body_session_heads(text, gaz.forum_matches(text), gaz))
                or _DIGIT.search(text) and _ATTENDED_WORDS.search(low) and any(
                    _attended_on_a_day(text, m, gaz.forums.get(gaz.forum(m.group()))) for m in gaz.forum_matches(text)))


@per_article        # may_name_meeting asks for a sentence's head words, and _heads reads them all
def _head_words(sentence: str) -> list[re.Match[str]]:
    return _HEAD_OPENINGS.finditer(sentence)


@per_article        # may_name_meeting asks whether a sentence holds one, _heads reads them all
def _acronyms(sentence: str, gaz: Gazetteer) -> list[re.Match[str]]:
    return _acronym_openings(gaz).finditer(sentence)


@lru_cache(maxsize=4)       # a gazetteer is hashed by its identity (gazetteer.Gazetteer), not by its patterns' text
def _acronym_openings(gaz: Gazetteer) -> Openings:
    """gaz.acronym_re, tried only where its words stand (etl/openings.py)."""
    return Openings(gaz.acronym_re)


def starts_with_meeting_word(text: str, pos: int) -> bool:
    return bool(_HEAD.match(text, pos))


def find_meetings(sentence: str, gaz: Gazetteer, default_forum: str | None = None,
                  forum_hits: list[ForumHit] | None = None) -> list[Mention]:
    """Every named meeting in one sentence, in order; `forum_hits`: gaz.forum_re's matches in it,
    when the caller has them (forum_hits_in)."""
    found = _named_meetings(sentence, gaz, default_forum, forum_hits)
    # a meeting told by its verb is not another one when the sentence names one of its forum and kind:
    # "các nhà lãnh đạo ASEAN đã họp trực tuyến tại các Hội nghị Cấp cao ASEAN - Australia và …"
    verbs = _verb_meeting(sentence, gaz)
    # (a number the verb tells is its meeting's, not the last series' named again: _verb_meeting's _NUMBER_MET)
    found = [n for n in found if not (n.rule.endswith(":again")
                                      and any(m.pos + len(m.text) <= n.pos < m.end_pos for m in verbs))]
    told = [m for m in verbs
            if not any(n.pos < m.end_pos and m.pos < n.end_pos
                       or (n.forum, n.meeting.partition("/")[0]) == (m.forum, m.meeting) for n in found)]
    return sorted(found + told, key=lambda m: m.pos)


def _named_meetings(sentence: str, gaz: Gazetteer, default_forum: str | None,
                    forum_hits: list[ForumHit] | None = None) -> list[Mention]:
    if forum_hits is None:
        forum_hits = gaz.forum_names(sentence)
    forums = [(m.start(), gaz.forum(m.group())) for m in forum_hits]
    starts, spans = [m.start() for m in forum_hits], [m.span() for m in forum_hits]
    heads = _heads(sentence, forum_hits, gaz)
    cuts = [h.start for h in heads if h.cuts and not _NOT_A_CUT.match(h.word)
            and not _SESSION_OF.search(sentence, max(0, h.start - 40), h.start)]
    out: list[Mention] = []
    last_end = 0
    for head in heads:
        if head.start < last_end:
            continue
        after = bisect_right(cuts, head.start)      # the first cut after the head (cuts are in order)
        next_head = cuts[after] if after < len(cuts) else len(sentence)
        end = _phrase_end(sentence, head.end, next_head, spans)
        if (quoted := _QUOTED.match(sentence, end)) and any(quoted.start(1) == a and b <= quoted.end(1) for a, b in spans):
            # "Diễn đàn cấp cao hợp tác quốc tế “Vành đai và Con đường” lần thứ hai": a forum's name in quotes goes
            # on the phrase, as it does unquoted
            end = _phrase_end(sentence, quoted.end(), next_head, spans)
        last_end = end
        # "các hội nghị của ASEAN"; not "Các Hội nghị Quan chức cao cấp ASEAN (SOM ASEAN), SOM …", nor
        # numbered meetings ("chuỗi Hội nghị … lần thứ 53 (AMM 53) và các hội nghị liên quan"): decided
        # once the phrase's number is read
        generic = (_GENERIC_BEFORE.search(sentence[max(0, head.start - 24): head.start])
                   and not _first_of_a_list(sentence, end) and not _OUTREACH.match(sentence, head.start))
        # the forums in the phrase: read from the sentence's where forum_hits_in can, else scanned
        inside = forum_hits_in(sentence, forum_hits, starts, head.start, end - head.start)
        if (not (inside if inside is not None else gaz.forum_re.search(sentence, head.start, end))
                and (bracket := _forum_in_brackets(sentence, end, gaz))):
            end = last_end = bracket    # "Hội nghị Cấp cao Cộng đồng các nước sử dụng tiếng Pháp (Pháp ngữ) lần thứ 19"
            inside = None
        phrase = sentence[head.start: end]
        in_phrase = [(m.span(), gaz.forum(m.group())) for m in (gaz.forum_re.finditer(phrase) if inside is None
                                                                 else inside)]
        own = [f for (a, _), f in in_phrase if not _PARTNER.search(phrase[max(0, a - 30):a])]
        if _FOUNDED_BEFORE.search(sentence, max(0, head.start - 24), head.start):
            continue    # "… đã nhất trí thành lập ADMM mở rộng": a body founded, not a meeting held
        if _BY_BEFORE.search(sentence, max(0, head.start - 12), head.start) and _DECIDES.search(sentence, head.end, end + 16):
            continue    # "… địa điểm sẽ do Đại hội đồng WTO quyết định sau": the body that will decide, no meeting
        if _PLAYED.search(sentence, max(0, head.start - 30), head.start):
            continue    # "Phần thi mô phỏng Hội nghị Cấp cao ASEAN": a meeting played by students, none held
        if EVERY_YEAR.match(sentence, end):
            continue    # "Nga thường là đề tài thảo luận tại hội nghị G7 mỗi năm": the series, no one meeting
        if own and (about := _ABOUT.search(phrase)) and about.start() < in_phrase[0][0][0] and _names_unknown_body(
                phrase[:about.start()], gaz):
            continue    # "Diễn đàn Kinh tế thế giới về ASEAN": another body's meeting about the forum
        # "Thượng đỉnh đầu tiên giữa Australia và ASEAN": a forum and its partner, where "giữa" names them
        between = _BETWEEN.match(sentence, end)
        sides = _forum_and_partner(sentence, between.end(), gaz) if between else (None, None)
        # "các nhà lãnh đạo ASEAN sẽ có cuộc gặp không chính thức với Thủ tướng Nhật Bản …, Tổng thống Hàn Quốc … và
        # Phó Chủ tịch nước Trung Quốc …": the forum's meeting with its guests, its leaders the subject
        hosts = (not between and not in_phrase and _A_MEETING_OF_PEOPLE.match(head.word)
                 and (subject := _ITS_LEADERS_HAVE.search(sentence, max(0, head.start - 60), head.start))
                 and (named := gaz.forum_re.fullmatch(subject.group("forum")))
                 and (w := _WITH.search(sentence, head.end, end + 6)))
        if hosts:
            sides = _forum_with(gaz.forum(named.group()), _guests(sentence, w.end(), gaz), gaz)
            if sides[0]:
                end = last_end = w.start()
                phrase = sentence[head.start:end]
        # "tại thượng đỉnh Hamburg", "hội nghị thượng đỉnh ở Osaka": a summit named by the city of the article's
        # forum that held it
        by_host = (not in_phrase and default_forum is not None and (city := _BARE_SUMMIT_AT.match(sentence, head.start))
                   and hosted_at(default_forum, sentence, city.end()))
        # the summit's sessions with its guests, in an article on a forum that holds them: "phiên thảo luận mở rộng với
        # các nước khách mời" (not one of them by number or by its title: "phiên họp mở rộng thứ hai", "phiên thảo luận
        # mở rộng “Hướng tới một thế giới hòa bình …”")
        # (the summit named before it in the sentence, of a forum that holds one, is its: "… rời sớm Hội nghị thượng đỉnh
        # G7 tại Kananaskis …, bỏ qua phiên họp mở rộng với các nước khách mời" in an article on the G20)
        outreach = (not in_phrase and _OUTREACH.match(sentence, head.start) is not None
                    and not _NTH_SESSION.search(sentence, head.start, end + 12) and not _quoted_name(sentence, end, forums))
        hosting = next((f for at, f in reversed(forums) if at < head.start and _admits(gaz, "Outreach", f)),
                       None) if outreach else None
        outreach = outreach and (hosting is not None or _admits(gaz, "Outreach", default_forum))
        if (not in_phrase and phrase[:1].islower() and not _BODY_SESSION.match(phrase)
                and not (default_forum == COUNCILS_FORUM and _COUNCILS_SESSION.match(phrase))
                and not gaz.acronym_re.search(phrase)       # "cuộc họp AMM lần thứ 52": named by its acronym
                and not _the_forums_summit(sentence, phrase, head.start, end, forums)
                and not sides[0] and not by_host and not outreach):
            continue    # "hội nghị quan chức cao cấp quan trọng nhất": a common noun, not a name (but "cuộc
                        # đối thoại không chính thức giữa các nhà lãnh đạo APEC và ASEAN" names its sides)
        if not in_phrase and default_forum != COUNCILS_FORUM and _COUNCILS_SESSION.match(phrase):
            continue    # "Phiên thảo luận mở về kinh tế số" in an article on ASEAN: a panel, no Council's debate
        if (not in_phrase and _A_MEETING_OF_PEOPLE.match(head.word) and not sides[0]
                and not gaz.acronym_re.search(phrase) and _forum_of_kind(phrase, gaz) is None):
            continue    # "Cuộc gặp ngày 31/7 là lần đầu tiên hai bên đàm phán … kể từ … tại hội nghị G20": a
                        # meeting of people, whatever forum the sentence names elsewhere, even opening it
        if not in_phrase and _LETTERS_AROUND_A_DIGIT.search(phrase):
            continue    # "Hội nghị Thượng đỉnh P4G lần thứ nhất": another body's
        if not in_phrase and gaz.country_re.search(phrase) and not outreach:
            continue    # "Hội nghị Thượng đỉnh kinh doanh Việt Nam": a national or bilateral meeting (its guests are
                        # an outreach session's: "phiên họp mở rộng với lãnh đạo các nước châu Phi")
        if _NATIONAL_BODY.search(phrase):
            continue    # "Phiên họp lần thứ 9 của Uỷ ban Quốc gia APEC 2017": the host's own committee
        if not in_phrase and (_NATIONAL.search(phrase) or _SIDES.search(phrase) or _ORGANISED_BY.match(sentence, end)):
            continue    # "Diễn đàn trẻ em quốc gia lần thứ 6", "Diễn đàn quốc tế về tương lai châu Á do Hãng Nikkei
                        # (Nhật Bản) tổ chức": a country's own or a firm's, no forum's (the fourth random sample);
                        # "Cuộc gặp ba bên" (Japan, China, Korea), a meeting of its sides (the fifth)
        if not in_phrase and _AN_ALLIANCE.search(phrase):
            continue    # "Hội nghị Thượng đỉnh của liên minh vào tháng 12": the EU's or NATO's, no forum's here
        # ("… lần thứ 17 của Phong trào" after the Non-Aligned Movement: the caller's forum, by its name's first word)
        implied = None if own else (hosting if outreach and hosting else
                                    default_forum if by_host or outreach or _of_its_names_head(phrase, default_forum, gaz)
                                    else _forum_of_kind(phrase, gaz) or _framed_by(sentence, end, forums))
        if not in_phrase and implied is None and (_names_unknown_body(phrase, gaz) or _quoted_name(sentence, end, forums)):
            continue    # "Hội nghị Cấp cao Pháp ngữ" with no such forum known: not another forum's meeting
                        # (but "Ủy ban Hiệp ước … không có vũ khí hạt nhân" is a kind that names ASEAN); nor
                        # "Diễn đàn cấp cao hợp tác quốc tế “Vành đai và Con đường”"
        if not own and not implied and default_forum and (
                _THIS_BODY.search(sentence, head.start, min(len(sentence), end + 20))
                or _names_the_forum(phrase, default_forum, gaz)):
            # "Hội nghị Cấp cao lần thứ năm của diễn đàn này", "Tham dự Diễn đàn có ngoại trưởng các nước
            # ASEAN …" after the ARF: the caller's forum, not one the sentence names elsewhere
            implied = default_forum
        between = None if own or implied else between
        if between and not any(between.end() <= at < between.end() + _BETWEEN_REACH for at, _ in forums):
            continue    # "Hội nghị thượng đỉnh giữa Tổng thống Mỹ … và Chủ tịch Triều Tiên …": two parties' meeting
        between_partner = None
        if between or hosts and sides[0]:     # the forum's meeting with its partner
            implied, between_partner = sides
        outside = [] if own or implied else _forums_outside(sentence, heads, forums, head, end)
        forum = own[0] if own else (implied or _nearest_forum(outside, head.start, end) or default_forum)
        if not own and not implied and forum is not None and (admitted := _admitted_by_its_acronym(
                phrase, head, outside, default_forum, gaz)) not in (None, forum):
            forum = admitted    # "… tại AMM-27 ở Băng Cốc …, … kết nạp Việt Nam vào Diễn đàn Khu vực ASEAN": ASEAN's
                                # ministers, whose kind the acronym names, not the ARF named after it
        if forum is None:
            continue
        led_by = None
        if own and gaz.forums[forum].pairs_bilateral and (pair := _partner(phrase, in_phrase, gaz)):
            if pair not in gaz.forums:
                continue    # "Hội nghị thượng đỉnh EU - Trung Quốc": the pair's, bilateral
            led_by, forum = forum, pair     # "Hội nghị Cấp cao EU - ASEAN": ASEAN's with the EU
        ordinal, extra, ord_spans = _ordinals(phrase, sentence[end:end + 12], [s for s, _ in in_phrase])
        if ordinal is None and (numbered := _LISTED_NUMBER.match(sentence, end)):
            # "Ủy ban Hợp tác chung ASEAN - Trung Quốc (ACJCC) lần thứ 25", "… phổ quát (UPR) chu kỳ IV"
            ordinal = parse_ordinal(numbered.group(1) or numbered.group(2) or numbered.group(3) or numbered.group(4))
        if ordinal is None and (
                session := _SESSION_NUMBER.search(sentence, max(0, head.start - 45), head.start)):
            # "phiên thảo luận cấp cao của Khoá 72 Đại hội đồng Liên Hợp Quốc", "Khóa họp lần thứ 42 Đại hội đồng
            # UNESCO", "Kỳ họp lần thứ 111 Hội nghị Lao động quốc tế": a session's number right before any meeting's name
            ordinal = int(_A_NUMBER.search(session.group()).group())
        if ordinal is None and head.assembly and (session := _SESSION_AFTER.match(sentence, end)):
            ordinal = int(session.group(1))     # "Đại hội đồng Liên hợp quốc khóa 62 bầu …"
        if ordinal == 1 and _FIRST_OF_YEAR.search(sentence, head.start, end + 50):
            # "Hội nghị … đầu tiên của Hiệp hội trong năm nay", "Hội nghị cấp cao đầu tiên có sự tham dự đầy
            # đủ của mười nước": the first of a kind, not number 1
            ordinal = None
        # "các Hội nghị Cấp cao ASEAN với Trung Quốc, Nhật Bản, Hàn Quốc": a plural head, its forum and a list of
        # partners, one meeting with each
        partners = _more_partners(sentence, end, gaz) if generic and own and _partner(phrase, in_phrase, gaz) else []
        split = _by_its_members(phrase, in_phrase, gaz) if generic and len(own) == 1 and not partners else None
        sittings = [] if partners else _sittings(sentence, end, gaz)
        if generic and ordinal is None and not (own and next(_forum_list(sentence, end, gaz), None)) and not (
                (_ITS_SHORT_NAME.match(sentence, end) or _ITS_SHORT_NAME_ENDS.search(sentence, head.start, end))
                and (_TAKE_PLACE_BEFORE.search(sentence, max(0, head.start - 40), head.start)
                     or _DATED_NEXT.match(sentence, end))) and not (
                in_phrase and head.word[0].isupper() and _DATED_NEXT.match(sentence, end)) and not (
                partners or split or sittings):
            # "các hội nghị của ASEAN": the forum's meetings in general; but a list of forums after it names
            # each one's ("các Hội nghị Cấp cao ASEAN - Trung Quốc, ASEAN - Nhật Bản và …", "các Hội nghị Bộ
            # trưởng Ngoại giao ASEAN+3 và EAS ngày 26/7"), and so does "các Hội nghị Cấp cao APEC vào tháng 11
            # tới đây tại Đà Nẵng": the forum's meetings, dated (not "… và các Hội nghị Cấp cao liên quan từ
            # ngày 8-11/10")
            continue
        content = _strip(phrase, [s for s, _ in in_phrase] + ord_spans)
        kind = (_default_kind(gaz.forums[forum].default_level, forum, gaz)
                if not in_phrase and _names_the_forum(content, forum, gaz) else None) or _kind(content, forum, gaz)
        if kind is None and head.numbered and not _A_TOPIC.sub("", content).strip(" -–()"):
            # "APEC 22": its leaders' meeting; "Diễn đàn Kinh tế Thế giới về Đông Á": the forum's, on a region
            kind = _default_kind(gaz.forums[forum].number_level, forum, gaz)
        if (kind is None and ordinal is None and own and (bare := gaz.forums[forum].bare_level)
                and head.word.lower() == "hội nghị" and _NOTHING_BUT_THE_FORUM.fullmatch(content)):
            kind = _default_kind(bare, forum, gaz)      # "Hội nghị APEC" alone: its leaders' (forums.toml)
        if kind is None and ordinal is not None and own and (
                _BARE_NOUN_LEFT.fullmatch(content) or _BARE_NOUN_LEFT.fullmatch(_without_partners(content, gaz))
                and _partner(phrase, in_phrase, gaz)):
            # "Hội nghị APEC lần thứ 26": likewise; and with a partner ("hội nghị Hàn Quốc - ASEAN lần thứ 3")
            kind = _default_kind(gaz.forums[forum].number_level, forum, gaz)
        if kind is None and head.body:
            kind = _body_kind(phrase, [s for s, _ in in_phrase], forum, gaz)     # "cuộc họp khẩn của Hội đồng Bảo an"
        council = forum == COUNCILS_FORUM and _COUNCILS_SESSION.match(phrase)
        if kind is None and council:
            kind = _kind(_THE_COUNCIL, forum, gaz)      # "phiên thảo luận mở về …" in an article on the UN
        if head.assembly:
            # (the session's words before the name may name its kind: an emergency special session's, by its cue)
            special = _SPECIAL_SESSION.search(sentence, max(0, head.start - 60), head.start)
            kind = (special and _kind(special.group(), forum, gaz)
                    or next((k for k in gaz.kinds if k.code == GENERAL_DEBATE and k.admits(forum)), None))
            if special and special.group(1):
                ordinal = int(special.group(1))     # "phiên họp đặc biệt khẩn cấp lần thứ 11 của Đại hội đồng LHQ"
        if (kind is None and forum == sides[0] and _A_MEETING_OF_PEOPLE.match(head.word)
                and (hosts or between and _BY_LEADERS.match(sentence, between.end()))):
            kind = _default_kind("leaders", forum, gaz)     # "cuộc gặp giữa các nhà lãnh đạo ASEAN với …"
        if kind is None:
            continue
        if council and kind is _kind(_THE_COUNCIL, forum, gaz) and (
                chair := _CHAIRS_BEFORE.search(sentence, max(0, head.start - 80), head.start)
                or _CHAIRED_AFTER.match(sentence, end)):
            # the Council's open debate at the level of the one who chairs it: "Phó Thủ tướng Phạm Bình Minh chủ trì
            # phiên thảo luận mở về …", its ministers' (an ambassador's is the Council's own, level other)
            kind = _kind(f"thảo luận mở cấp {_CHAIRS_LEVEL[chair.group(1).lower().split()[0]]}", forum, gaz) or kind
        if split:
            # "các Hội nghị Cấp cao ASEAN với Trung Quốc, Nhật Bản, Hàn Quốc": not ASEAN+3's summit, which its
            # members name in the singular, but the lead forum's with each of them
            lead, members = split
            lead_kind = _kind(content, lead, gaz) or kind
            out.extend(Mention(lead, lead_kind.level, f"{lead_kind.code}/{country}", None, text, head.start + a,
                               head.start + b, extra, f"{lead_kind.code}:members") for country, text, a, b in members)
            continue
        code = kind.code
        if kind.level != "leaders" and _RETREAT.match(sentence, head.end):
            code += RETREAT     # "Hội nghị hẹp Bộ trưởng Kinh tế ASEAN lần thứ 32": a series of its own, numbered apart
        if led_by:
            code = f"{code}/{gaz.country(led_by) or led_by}"
        elif own and (partner := _partner(phrase, in_phrase, gaz)):
            code = f"{code}/{partner}"          # "Hội nghị Cấp cao ASEAN - Trung Quốc": not the ASEAN Summit
        elif between_partner:
            code = f"{code}/{between_partner}"
        out.append(Mention(forum, kind.level, code, ordinal, phrase.strip(), head.start, end,
                           extra, f"{kind.code}:{ASSEMBLY if head.assembly else head.word.lower()}"))
        for partner, a, b in partners:
            out.append(replace(out[-1], meeting=f"{kind.code}/{partner}", text=sentence[a:b], pos=a, end_pos=b,
                               optional_ordinals=(), rule=f"{kind.code}:list"))
            last_end = b
        if sittings:
            for a, b in sittings:
                out.append(replace(out[-1], ordinal=None, text=sentence[a:b], pos=a, end_pos=b, optional_ordinals=(),
                                   rule=f"{kind.code}:sittings"))
            last_end = max(last_end, sittings[-1][1])
        if own:
            # (a forum that meets others as one side is the lead meeting's guest: "lãnh đạo các nước G7 và EU")
            listed = [item for item in _forum_list(sentence, end, gaz) if not gaz.forums[item[0]].pairs_bilateral]
            for f, a, b, n, partner in listed:      # each forum's own kind of the same meeting ("ARF" for the ARF)
                own_kind = _kind(content, f, gaz) or kind
                out.append(replace(out[-1], forum=f, level=own_kind.level,
                                   meeting=f"{own_kind.code}/{partner}" if partner else own_kind.code, ordinal=n,
                                   text=sentence[a:b], pos=a, end_pos=b, optional_ordinals=(),
                                   rule=f"{own_kind.code}:list"))
            last_end = max([last_end] + [item[2] for item in listed])
    return _numbered_again(sentence, out, [(span, forum) for span, (_, forum) in zip(spans, forums)])


# A series' sittings told by their place and time, one after the other, after the series' name: "các Hội nghị thượng
# đỉnh G20 tại Hamburg (Đức) tháng 7/2017 và tại Osaka (Nhật Bản) tháng 6/2019", "… Bộ trưởng Ngoại giao ASEAN tại Hà
# Nội (tháng 7/2010) và tại Bali (tháng 7/2011)": one meeting for each place after the first, with its own month or day.
_SITTING_TIME = re.compile(r"""(?ix)\s*,?\s*(?:(?:hồi|vào)\s+)?(?P<open>\(\s*)?(?:(?:cuối|đầu|giữa)\s+)?
    (?:tháng\s+\d{1,2}(?:\s*[/-]\s*(?:19|20)\d\d)?|ngày\s+\d{1,2}(?:\s*(?:[-–]|và)\s*\d{1,2})?\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*(?:19|20)\d\d)?)
    (?(open)\s*\))(?![\w/])""")
_SITTING_NEXT = re.compile(r"(?i)\s*(?:,|;|và)\s*(?:(?:tại|ở)\s+)?")
_SITTING_FIRST = re.compile(r"(?i)\s*,?\s*(?:(?:được\s+)?(?:tổ\s+chức|diễn\s+ra)\s+)?(?:tại|ở)\s+")
_IN_A_COUNTRY = re.compile(r"\s*\(([^()\d]{2,30})\)")
_A_PROPER_NAME = re.compile(r"(?:[A-ZĐÀ-Ỹ][\w’'-]*)(?:\s+[A-ZĐÀ-Ỹ][\w’'-]*){0,2}")


def _sitting_at(sentence: str, at: int, gaz: Gazetteer) -> tuple[int, int] | None:
    """The ends of the place and of the time of "PLACE (COUNTRY) TIME" at `at` (a place known, or any proper name
    with its country in brackets: "Hamburg (Đức)"), else None."""
    place = gaz.city_re.match(sentence, at) or gaz.country_re.match(sentence, at) or gaz.place_re.match(sentence, at)
    name = place or _A_PROPER_NAME.match(sentence, at)
    country = name and _IN_A_COUNTRY.match(sentence, name.end())
    if not place and not (country and gaz.country_re.fullmatch(country.group(1).strip())):
        return None
    place_end = country.end() if country else place.end()
    time = _SITTING_TIME.match(sentence, place_end)
    return (place_end, time.end()) if time else None


def _sittings(sentence: str, end: int, gaz: Gazetteer) -> list[tuple[int, int]]:
    """(start, end) of the place of each place and time after the first that follow a meeting's name ending at
    `end` (its time right after it)."""
    first = _SITTING_FIRST.match(sentence, end)
    at = first and _sitting_at(sentence, first.end(), gaz)
    found = []
    while at and (step := _SITTING_NEXT.match(sentence, at[1])) and (after := _sitting_at(sentence, step.end(), gaz)):
        found.append((step.end(), after[0]))
        at = after
    return found


# A summit told by the bare words, the one forum named before it in the sentence its own, and dated
# right after: "Lãnh đạo G7 … đang chuẩn bị cho cuộc họp thượng đỉnh diễn ra từ ngày 8 đến 9/6 tại
# Canada" (not "các hội nghị cấp cao liên quan", nor one told without a date, nor one that tells a time).
_BARE_SUMMIT = re.compile(r"(?i)(?:hội\s+nghị|cuộc\s+họp)\s+(?:thượng\s+đỉnh|cấp\s+cao)")
# … or by its city after the bare words (series.hosted_at): "thượng đỉnh Hamburg", "hội nghị thượng đỉnh ở Osaka".
_BARE_SUMMIT_AT = re.compile(r"(?i)(?:(?:hội\s+nghị|cuộc\s+họp)\s+)?(?:thượng\s+đỉnh|cấp\s+cao)\s+(?:(?:ở|tại)\s+(?:thành\s+phố\s+)?)?")


def _admits(gaz: Gazetteer, code: str, forum: str | None) -> bool:
    """Does the kind `code` admit `forum` (meetings.toml's `forums`)?"""
    return forum is not None and any(k.code == code and k.admits(forum) for k in gaz.kinds)


def _the_forums_summit(sentence: str, phrase: str, start: int, end: int, forums: list[tuple[int, str | None]]) -> bool:
    named = {f for at, f in forums if at < start and f is not None}
    return (len(named) == 1 and bool(_BARE_SUMMIT.fullmatch(phrase.strip()))
            and not _GENERIC_BEFORE.search(sentence[max(0, start - 24): start])
            and not _SINCE.search(sentence, max(0, start - 16), start)
            and bool(_DATED_NEXT.match(sentence, end) or _AT_BEFORE.search(sentence, max(0, start - 8), start)
                     and _A_DAY.search(sentence, min(at for at, f in forums if f in named), start)))


# … or where the forum's people were, on a day told between them: "Lãnh đạo các quốc gia thuộc G7 ngày
# 9-6 đã dẹp qua một bên những xích mích tại hội nghị thượng đỉnh ở Canada".
_AT_BEFORE = re.compile(r"(?i)(?<!\w)(?:tại|dự)\s+$")
_A_DAY = re.compile(r"(?<![\d/.-])\d{1,2}\s*[/-]\s*\d{1,2}(?![\d])")


# What a forum named by its meeting's name meets about, after its name: "… về Đông Á", "… về ASEAN".
_A_TOPIC = re.compile(r"(?i)(?<!\w)về\s[^()]*")


# A meeting that tells a time, not the one the sentence is about: "kể từ hội nghị thượng đỉnh tháng 7 ở
# Helsinki" (Trump and Putin's, in a sentence on the G20).
_SINCE = re.compile(r"(?i)(?<!\w)(?:kể\s+từ(?:\s+sau)?|từ\s+sau|sau|trước)\s+$")


# A country's own committee for a forum's year or one of its works: "Ủy ban Quốc gia APEC 2017", "Ủy ban Quốc gia
# ASEAN 2020", "Ủy ban chỉ đạo quốc gia về cơ chế một cửa ASEAN", "Ban Chỉ đạo quốc gia …".
_NATIONAL_BODY = re.compile(r"(?i)(?<!\w)(?:(?:ủy|uỷ)\s+ban|ban)(?:\s+chỉ\s+đạo)?\s+quốc\s+gia(?!\w)")
# A meeting named as a country's own, "quốc gia" after a noun (not "các quốc gia", a count, or "quốc gia thành viên").
_NATIONAL = re.compile(r"(?i)(?<!\w)(?!(?:các|những|nhiều|mọi|giữa|hai|ba|bốn|năm|mười|\d+)\s)\w+\s+quốc\s+gia(?!\w)"
                       r"(?!\s+(?:thành\s+viên|đối\s+tác))")
# A meeting counted by its sides, with no forum named: "cuộc gặp ba bên", "hội nghị tay ba", "đối thoại bốn bên".
_SIDES = re.compile(r"(?i)(?<!\w)(?:(?:hai|ba|bốn|năm|song|tam|tứ)\s+(?:bên|phương)|tay\s+(?:đôi|ba|tư))(?!\w)")
# A meeting organised by a firm or a newspaper named right after it: theirs, no forum's
# (not an institute's: the IISS holds the Shangri-La Dialogue)
# A body told as the one that will decide: "sẽ do Đại hội đồng WTO quyết định" (not "Tuyên bố do Hội nghị … thông qua
# ngày 5/9", adopted by a meeting held)
_BY_BEFORE = re.compile(r"(?i)(?<!\w)sẽ\s+(?:được\s+)?do\s+$")
_DECIDES = re.compile(r"(?i)(?<!\w)(?:quyết\s+định|xem\s+xét|phê\s+duyệt|lựa\s+chọn)(?!\w)")
_ORGANISED_BY = re.compile(r"(?i)\s*,?\s*do\s+(?:hãng|báo|tập\s+đoàn|công\s+ty|tạp\s+chí|đài)(?!\w)[^,.;]{0,80}?"
                           r"(?<!\w)(?:tổ\s+chức|đăng\s+cai)(?!\w)")
# An alliance or a union, named by the common noun (the EU, NATO): none of the forums is one.
_AN_ALLIANCE = re.compile(r"(?<!\w)của\s+liên\s+minh(?!\w)")
# A meeting "between" parties none of which is a forum is theirs, not a forum's (a forum named there makes it the
# forum's with a partner: "hội nghị giữa ASEAN và Trung Quốc").
_BETWEEN = re.compile(r"(?i)\s*giữa\s")
_BETWEEN_REACH = 80
# Who a "giữa" names, one side of a meeting: its leaders or ministers, or itself.
_SIDE = re.compile(r"(?i)\s*(?:(?:các\s+)?(?:nhà\s+)?(?:lãnh\s+đạo|bộ\s+trưởng|ngoại\s+trưởng)(?:\s+(?:các\s+nước|của))?\s+)?")
_AND = re.compile(r"(?i)\s+(?:và|với)\s+")


def _forum_and_partner(sentence: str, at: int, gaz: Gazetteer) -> tuple[str | None, str | None]:
    """The two sides after "giữa" (at `at`), when one is a forum and the other a country or another
    forum: (that forum, its partner), "Thượng đỉnh đầu tiên giữa Australia và ASEAN" (ASEAN, Australia);
    a forum and the other members of a forum named by its members: (that forum, None), "cuộc gặp giữa các nhà lãnh
    đạo ASEAN với Thủ tướng Nhật Bản …, Tổng thống Hàn Quốc … và Phó Chủ tịch nước Trung Quốc …" (ASEAN+3);
    else (None, None)."""
    at = _SIDE.match(sentence, at).end()
    found = gaz.forum_re.match(sentence, at) or gaz.country_re.match(sentence, at)
    if not found or not (join := _AND.match(sentence, found.end())):
        return None, None
    first = gaz.forum(found.group()) or gaz.country(found.group())
    if first in gaz.forums and (guests := _guests(sentence, join.end(), gaz)):
        return _forum_with(first, guests, gaz)
    at = _SIDE.match(sentence, join.end()).end()
    found = gaz.forum_re.match(sentence, at) or gaz.country_re.match(sentence, at)
    second = found and (gaz.forum(found.group()) or gaz.country(found.group()))
    if not first or not second or first == second or not (first in gaz.forums or second in gaz.forums):
        return None, None
    return (first, second) if first in gaz.forums else (second, first)


def _forum_with(forum: str, guests: list[str], gaz: Gazetteer) -> tuple[str | None, str | None]:
    """(forum, its one guest country), or (the forum its members name, None), else (None, None)."""
    if len(guests) == 1:
        return forum, guests[0]
    named = next((f for f, entry in gaz.forums.items() if entry.members and entry.members[0] == forum
                  and sorted(entry.members[1:]) == sorted(guests)), None)
    return (named, None) if named else (None, None)


# A forum's leaders who have a meeting (meetings._named_meetings), and who they have it with.
_ITS_LEADERS_HAVE = re.compile(r"(?i)(?<!\w)(?:các\s+)?(?:nhà\s+)?lãnh\s+đạo\s+(?:các\s+nước\s+)?(?P<forum>[A-Z]\w+(?:\s*\+\s*\d)?)"
                               r"\s+(?:(?:sẽ|đã|cũng|vừa|còn|tiếp\s+tục)\s+)*có\s+(?:các\s+|một\s+)?$")
_WITH = re.compile(r"(?i)(?<!\w)với\s+")
_BY_LEADERS = re.compile(r"(?i)\s*(?:các\s+)?(?:nhà\s+)?lãnh\s+đạo(?!\w)")
# A guest side, a country or its leader: "Trung Quốc", "Thủ tướng Nhật Bản Keizo Obuchi", "lãnh đạo Trung Quốc".
_A_LEADER_OF = re.compile(r"(?i)\s*(?:(?:các\s+)?(?:nhà\s+)?lãnh\s+đạo\s+)?")
_PERSONS_NAME = re.compile(r"(?:\s+[A-ZĐÀ-Ỹ][\w’'-]*)*")
_GUEST_SEP = re.compile(r"(?i)\s*,\s*(?:và\s+)?|\s+và\s+")
_THE_COUNTRY_WORD = re.compile(r"\s*(?:nước\s+)?")       # "Phó Chủ tịch nước Trung Quốc": after the title


def _guests(sentence: str, at: int, gaz: Gazetteer) -> list[str]:
    """The countries of a list of guests at `at`, each named alone ("với Trung Quốc, Nhật Bản và Hàn Quốc", "lãnh đạo
    Trung Quốc") or after its leader's title ("Thủ tướng Nhật Bản Keizo Obuchi"); [] where an item is neither."""
    found = []
    while True:
        at = _A_LEADER_OF.match(sentence, at).end()
        title = gaz.title_re.match(sentence, at)
        start = title.end() if title else at
        start = _THE_COUNTRY_WORD.match(sentence, start).end()
        country = gaz.country_re.match(sentence, start)
        if not country or not (name := gaz.country(country.group())):
            return []
        found.append(name)
        at = _PERSONS_NAME.match(sentence, country.end()).end() if title else country.end()
        if not (sep := _GUEST_SEP.match(sentence, at)):
            return found
        at = sep.end()


EVERY_YEAR = re.compile(r"(?i)\s*(?:mỗi|hằng|hàng)\s+năm(?!\w)")     # (assemble._meeting_date too)


# The head of a meeting of people ("cuộc gặp"), which names a forum's meeting only with the forum in it.
_A_MEETING_OF_PEOPLE = re.compile(r"(?i)cuộc\s+gặp$")
# What is left of "Hội nghị APEC" once its forum is set aside: the head alone (forums.toml's bare_level), or with
# the year the name carries ("Hội nghị APEC 2016").
_NOTHING_BUT_THE_FORUM = re.compile(r"(?i)\s*hội\s+nghị[\s()]*(?:(?:năm\s+)?(?:19|20)\d\d[\s()]*)?")
# What is left of "Hội nghị APEC lần thứ 26" once its forum and number are set aside: a meeting noun alone.
_BARE_NOUN_LEFT = re.compile(rf"(?i)[\s()–-]*(?:{alt(MEETING_NOUNS)})[\s()–-]*(?:lần\s+thứ)?[\s()–-]*")


def _without_partners(content: str, gaz: Gazetteer) -> str:
    """A meeting's name with the countries in it blanked: what is left of "hội nghị Hàn Quốc - ASEAN lần thứ 3"
    once its forum and number are taken out is the bare noun, its partner aside."""
    return gaz.country_re.sub(" ", content)


# A date right after a meeting's name: "… vào tháng 11 tới", "… sẽ diễn ra từ ngày 8 đến 12/11".
# A short name in brackets after a plural head's name, which names a series of its own, told as taking place: "sẽ diễn
# ra các Hội nghị Bộ trưởng Ngoại giao ASEAN với các đối tác (PMC)" (not "sau loạt cuộc họp quan chức quốc phòng cấp cao
# (ADSOM) trong năm")
_TAKE_PLACE_BEFORE = re.compile(r"(?i)(?<!\w)(?:diễn\s+ra|tổ\s+chức|khai\s+mạc|họp)\s+(?:các|những|chuỗi|loạt)\s+$")
_ITS_SHORT_NAME = re.compile(r"\s*\((?:[A-Z][A-Za-z]*[A-Z])(?:[- ]?\d{1,3})?\)")
_ITS_SHORT_NAME_ENDS = re.compile(_ITS_SHORT_NAME.pattern + r"\s*$")       # (… the phrase's own end)
_DATED_NEXT = re.compile(r"(?i)\s*,?\s*(?:(?:(?:sẽ|đã|sắp)\s+)?(?:diễn\s+ra|được\s+tổ\s+chức|tổ\s+chức|khai\s+mạc|họp)\s+)?"
                         r"(?:(?:vào|từ|trong)\s+)?(?:ngày|tháng)\s+\d")


# A meeting named again by its number alone, later in the sentence that named its series:
# "… lần thứ 16 (tháng 4/2010) và lần thứ 17 (tháng 10/2010)", "…; trước đó, lần thứ 13 đã được tổ
# chức ở Bangkok", "các kỳ Hội nghị Cấp cao Á - Âu, nổi bật là lần thứ năm (Hà Nội, 8-9/10/2004)",
# "khóa 76 … còn ở khóa 77". Not a count of times: "đây là lần thứ hai Việt Nam đăng cai".
_AGAIN = re.compile(r"""(?ix)(?<!\w)
    (?:lần\s+thứ|kh[oó]a|kho[aá]|kỳ\s+họp\s+thứ)\s+(?P<n>\d{1,3}|[IVXLC]+|""" + TENS_IN_WORDS + r"""|mười\s+\w+|\w+)(?!\w)
  | (?:lần\s+)?(?P<first>đầu\s+tiên)(?!\w)
""")
_AGAIN = ahead(_AGAIN)      # the same matches, sooner: etl/lookahead.py
# What may follow the number of a meeting named again: a place, a date, its verb, the next item.
_AGAIN_AFTER = re.compile(r"""(?ix)\s*(?:$|[(,;.:–-]|(?:tại|ở|và|diễn|được|đã|sẽ|nhóm|họp|do|thì|kéo|
    phiên|vào|hôm|ngày(?=\s+\d)|từ|tổ|cũng|đều|tháng|dự\s+kiến|khai|bế|chính\s+thức)(?!\w))""")   # ("Ngày Cộng hoà" is a name)
_FIRST_AFTER = re.compile(r"\s*(?:\(|(?:tại|ở)(?!\w))")     # "lần đầu tiên tại Cảnh Hồng", not "… trong lịch sử"
_A_COUNT = ahead(re.compile(r"(?i)(?<!\w)(?:là|lần\s+này|đây|thêm)\s+$"))      # etl/lookahead.py
_ONLY_JOINED = re.compile(r"\s*(?:,|và|&)\s*")
_A_CEREMONY = ahead(re.compile(r"(?i)(?<!\w)(?:lễ|kỷ\s+niệm)\s+$"))      # etl/lookahead.py
# An event of another kind named between a meeting and a number (_numbered_again): "hội chợ", "triển lãm", "hội thảo" …
_ANOTHER_EVENT = re.compile(rf"(?i)(?<!\w)(?:hội\s+chợ|{_EVENT_NOUNS}|{_SHOW_NOUNS})(?!\w)")
_A_PARLIAMENT = ahead(re.compile(r"(?i)(?<!\w)quốc\s+hội\s+$"))      # etl/lookahead.py


def _numbered_again(sentence: str, found: list[Mention], forums: list[tuple[tuple[int, int], str | None]]
                    ) -> list[Mention]:
    """`found` with the meetings its series are named again by number (see _AGAIN); `forums`: the
    sentence's forum names (span, forum). A number right after another forum's name is that
    forum's ("… bên lề kỳ họp Đại hội đồng Liên hợp quốc khoá 73", the UN's, not the ASEAN ministers';
    "… GMS lần thứ 6 và Hội nghị cấp cao về Tam giác phát triển Campuchia, Lào, Việt Nam (CLV) lần thứ 10")."""
    if not found:
        return found
    out = list(found)
    for m in _AGAIN.finditer(sentence, found[0].end_pos):
        follows = _FIRST_AFTER if m.group("first") else _AGAIN_AFTER
        if any(x.pos <= m.start() < x.end_pos for x in out) or not follows.match(sentence, m.end()):
            continue
        if _A_COUNT.search(sentence, max(0, m.start() - 12), m.start()) or _A_CEREMONY.search(
                sentence, max(0, m.start() - 16), m.start()):
            continue        # "… vào ngày 25/1 và lễ kỷ niệm lần thứ 69 Ngày Cộng hoà Ấn Độ": a ceremony's number
        if _A_PARLIAMENT.search(sentence, max(0, m.start() - 12), m.start()):
            continue        # "… Kỳ họp thứ 8, Quốc hội khóa XV": the country's parliament's term
        n = 1 if m.group("first") else parse_ordinal(m.group("n"))
        before = [x for x in out if x.end_pos <= m.start()]
        if n is None or not before:
            continue
        prev = max(before, key=lambda x: x.end_pos)
        if any(f != prev.forum and b <= m.start() and not sentence[b:m.start()].strip(" )") for (_, b), f in forums):
            continue
        if prev.ordinal in (None, n) and (prev.text.endswith(")") or "(" in sentence[prev.end_pos:m.start()]) and (
                _ITS_ASIDE.fullmatch(sentence, prev.end_pos, m.start())):
            # "Đại hội đồng Tổ chức các quốc gia châu Mỹ (OAS) khóa 54", "Cuộc họp Sherpa G20 (đại diện cá nhân …) lần
            # thứ tư": the number of the name before its bracket
            out[out.index(prev)] = replace(prev, ordinal=n, end_pos=m.end())
            continue
        if _ANOTHER_EVENT.search(sentence, prev.end_pos, m.start()):
            continue        # "… Hội nghị thượng đỉnh SCO … vào tháng 6 tới, và Hội chợ Nhập khẩu quốc tế Trung Quốc lần đầu
                            # tiên …": the fair's number, named between
        if _LETTERS_AROUND_A_DIGIT.search(sentence, prev.end_pos, m.start()) or _PLUS_PARTNERS.search(
                sentence, prev.end_pos, m.start()):
            continue        # "… ASEM 12 …, rồi dự Hội nghị Thượng đỉnh P4G lần thứ nhất": the other body's number; and
                            # "… ASEAN lần thứ 55, Hội nghị AEM+3 lần thứ 26": the ASEAN+3's
        if prev.ordinal is not None and _ONLY_JOINED.fullmatch(sentence, prev.end_pos, m.start()):
            # "lần thứ 44 và lần thứ 45": one combined meeting, its second number
            out[out.index(prev)] = replace(prev, end_pos=m.end(),
                                           optional_ordinals=tuple(dict.fromkeys((*prev.optional_ordinals, n))))
            continue
        out.append(replace(prev, ordinal=n, text=m.group(), pos=m.start(), end_pos=m.end(), optional_ordinals=(),
                           rule=f"{prev.rule.split(':')[0]}:again"))
    return sorted(out, key=lambda x: x.pos)


_ITS_ASIDE = re.compile(r"\s*(?:\([^()]{1,60}\)\s*)?")
_LIST_SEP = re.compile(r"\s*(?:,\s*và|,|và)\s*")
_LIST_END = re.compile(r"\s*(?:$|[,.;:(]|và\s|(?:đã|sẽ|đang|vừa|diễn|được|tại|ở|vào|từ|ngày|lần|cùng|lần\s+lượt|theo|trong|"
                       r"hôm|nhằm|sắp)(?!\w))")
# What may stand between an item of a list and the next: its short name in brackets ("Cấp cao Đông Á (EAS) và
# Diễn đàn Khu vực ASEAN (ARF)"), the place it was held in ("các hội nghị thượng đỉnh G20 ở Bali (Indonesia) và
# APEC ở Bangkok", "các hội nghị cấp cao APEC tại Đà Nẵng và ASEAN tại Manila").
_ITEMS_ASIDE = re.compile(rf"(?:\s*\([^()]{{1,12}}\))?"
                          rf"(?:\s*(?:tại|ở)\s+[{_CAPITAL}][\w'-]*(?:\s+[{_CAPITAL}][\w'-]*){{0,3}}(?:\s*\([^()]{{1,30}}\))?)?"
                          r"(?=\s*(?:,\s*và|,|và)\s)")


# "(ACJCC) lần thứ 25", "(AMM) lần 29": a number after the name (in figures where "thứ" is left out)
_LISTED_NUMBER = re.compile(r"\s*(?:" + _A_NAMES_BRACKET + r"\s*)?(?:lần\s+(?:thứ\s+(\w+)|(\d{1,3})(?![\d/.,]\d|\d))"
                            r"|chu\s+kỳ\s+(?:thứ\s+(\w+)|(?-i:(I{1,3}|IV|VI{0,3}|IX|X))(?![\w'’-])))", re.IGNORECASE)


_NAME_BREAK = re.compile(r"[.;:,]")
# A plural head's first item, its short name in brackets and the list going on: "(SOM ASEAN), SOM …".
_SHORT_NAME_END = re.compile(r"\([A-Z][^()]{1,20}\)\s*$")
_NEXT_ITEM = re.compile(r"\s*,\s*(?:[A-Z]|Hội\s+nghị)")


def _first_of_a_list(sentence: str, end: int) -> bool:
    """"Các Hội nghị Quan chức cao cấp ASEAN (SOM ASEAN), SOM ASEAN+3, …": a list of named meetings."""
    return bool(_SHORT_NAME_END.search(sentence, max(0, end - 24), end) and _NEXT_ITEM.match(sentence, end))


def _forum_list(sentence: str, end: int, gaz: Gazetteer):
    """(forum, start, end, number, partner) of each forum named after a meeting's name, sharing its head:
    "Hội nghị Bộ trưởng Ngoại giao Mekong - Nhật Bản, Mekong - Hàn Quốc và Mekong - Hoa Kỳ"."""
    pos = end
    while ((sep := _LIST_SEP.match(sentence, (aside.end() if (aside := _ITEMS_ASIDE.match(sentence, pos)) else pos)))
           and (hit := gaz.forum_re.match(sentence, sep.end()))):
        # "… ASEAN - Trung Quốc lần thứ 15, ASEAN - Nhật Bản lần thứ 15": each with its partner
        partner, named_end = partners_after(sentence, hit.end(), gaz)
        if not _LIST_END.match(sentence, named_end) or not (forum := gaz.forum(hit.group())):
            return
        number = _LISTED_NUMBER.match(sentence, named_end)
        end = number.end() if number else named_end
        if (paren := _PAREN_AFTER.match(sentence, end)) and _SHORT_NAME.fullmatch(paren.group(1).strip()):
            end = paren.end()       # "…, Diễn đàn Khu vực ASEAN lần thứ 23 (ARF 23) và …": its short name, not another
        yield (forum, hit.start(), end, parse_ordinal(number.group(1) or number.group(2) or number.group(3)
                                                      or number.group(4)) if number else None, partner)
        pos = end


def _by_its_members(phrase: str, in_phrase: list, gaz: Gazetteer) -> tuple[str, list] | None:
    """The lead forum and (country, text, start, end in the phrase) of each other member, where the phrase names its one
    forum by its members (forums.toml `members`: "ASEAN với Trung Quốc, Nhật Bản và Hàn Quốc" is ASEAN+3), else None."""
    (a, b), forum = in_phrase[0]
    lead, *others = gaz.forums[forum].members or (None,)
    if not others:
        return None
    found = [(gaz.country(hit.group()), hit.group(), hit.start(), hit.end())
             for hit in gaz.country_re.finditer(phrase, a, b)]
    return (lead, found) if [c for c, *_ in found] == others else None


def _more_partners(sentence: str, end: int, gaz: Gazetteer) -> list[tuple[str, int, int]]:
    """(partner, start, end) of each more country listed after a meeting's name that ends in its forum and a partner:
    "các Hội nghị Cấp cao ASEAN với Trung Quốc, Nhật Bản và Hàn Quốc" (Japan, then Korea). None at all where the list
    does not end there ("… với Trung Quốc, Nhật Bản và các nước đối tác")."""
    found, pos = [], end
    while (sep := _LIST_SEP.match(sentence, pos)) and (hit := gaz.country_re.match(sentence, sep.end())):
        if not (country := gaz.country(hit.group())):
            return []
        found.append((country, hit.start(), hit.end()))
        pos = hit.end()
    return found if found and _LIST_END.match(sentence, pos) else []


_WORD = re.compile(r"(?<![\w-])\w[\w’'-]*")
_NUMBER_WORDS = re.compile(
    # the sector after a title is part of the level: "Thứ trưởng Tài chính và Phó Thống đốc"
    r"(?:(?:bộ|thứ|vụ|phó)\s+trưởng|thống\s+đốc)(?:\s+(?:phụ\s+trách\s+|và\s+|[-–—&,]\s*)?\w+){0,6}"
    r"|(?<!\w)(?:lần\s+thứ\s+\w+|kh[oó]a(?:\s+họp)?(?:\s+thứ)?\s+\d+|lần|thứ|các|những|đặc\s+biệt|hẹp|toàn\s+thể|thường\s+niên|"
    r"trực\s+tuyến|kỷ\s+niệm|nhà|liên|cấp)(?!\w)", re.IGNORECASE)


_BRACKETED = re.compile(r"\s*\(([^()]{2,24})\)(?:\s*(?:lần|kh[oó]a|kho[aá])\s+thứ\s+\w+)?")


def _forum_in_brackets(sentence: str, end: int, gaz: Gazetteer) -> int | None:
    """Where a meeting's phrase ends that spells a forum's long name out and then gives its
    short one in a bracket holding nothing else ("Cộng đồng các nước sử dụng tiếng Pháp (Pháp
    ngữ) lần thứ 19"): after the bracket and the number that follows it; None if no such bracket."""
    m = _BRACKETED.match(sentence, end)
    if not m:
        return None
    short = _CALLED.sub("", m.group(1).strip())
    # (or the short name of a kind that names its forum: "Hội nghị khí hậu (gọi tắt là COP 24)")
    return m.end() if gaz.forum(short) or gaz.kind_forum_re is not None and gaz.kind_forum_re.match(short) else None


# "gọi tắt là", "viết tắt là": what opens a short name in a bracket
_CALLED = re.compile(r"(?i)^(?:(?:gọi|viết)\s+tắt\s+là|tức)\s+")


_ABOUT = re.compile(r"\svề\s")
# A meeting played, not held: "cuộc thi mô phỏng Hội nghị Cấp cao ASEAN", "mô hình Đại hội đồng Liên hợp quốc".
_PLAYED = re.compile(r"(?i)(?<!\w)(?:mô\s+phỏng|mô\s+hình|giả\s+lập|đóng\s+vai)(?:\s+(?:các|một|phiên\s+họp(?:\s+của)?))?\s+$")
_FOUNDED_BEFORE = re.compile(r"(?i)(?<!\w)(?:thành\s+lập|sáng\s+lập|ra\s+đời|khởi\s+xướng)(?:\s+(?:ra|nên))?\s+$")


# "… Hội nghị thượng đỉnh Hành động khí hậu thế giới ngày 1-2/12 trong khuôn khổ Hội nghị lần thứ 28
# các Bên … (COP28)": a meeting held within another is of that one's forum.
_WITHIN_AFTER = re.compile(r"(?i)\s*,?\s*(?:(?:ngày|từ|vào)\s+[\d\s/.–-]{1,14}(?:đến\s+[\d\s/.–-]{1,8})?\s*,?\s*)?"
                           r"(?:trong\s+khuôn\s+khổ|thuộc\s+khuôn\s+khổ|nằm\s+trong\s+chương\s+trình|là\s+một\s+phần\s+của|"
                           r"phần\s+cấp\s+cao\s+của)\s")
_WITHIN_REACH = 160     # characters after the frame word in which the frame's forum is named


def _framed_by(sentence: str, end: int, forums: list[tuple[int, str | None]]) -> str | None:
    """The forum of the meeting a phrase with no forum of its own is held within, when the frame
    follows it (past its date): "Hội nghị Thượng đỉnh Hành động khí hậu thế giới ngày 1-2/12 trong
    khuôn khổ COP28" is the UN's."""
    within = _WITHIN_AFTER.match(sentence, end)
    if not within:
        return None
    return next((f for at, f in forums if within.end() <= at < within.end() + _WITHIN_REACH and f), None)


def _names_the_forum(content: str, forum: str, gaz: Gazetteer) -> bool:
    """Is a bare head the first word of the forum's own name, so that it names the forum's
    meeting again? "Tham dự Diễn đàn có …" after "Diễn đàn Khu vực ASEAN lần thứ 26" is the ARF,
    not a high-level forum of it; "Đối thoại" after "Đối thoại Shangri-La" is the Dialogue."""
    name = _name_words(gaz.forums[forum].name_vi) if forum in gaz.forums else ()
    if not name or not content.lstrip()[:len(name[0])].casefold() == name[0]:
        return False        # most phrases: not even the name's first word
    words = content.casefold().split()
    return 0 < len(words) < len(name) and tuple(words) == name[:len(words)]


_OF_A_HEAD = re.compile(r"(?<!\w)của\s+(?-i:([A-ZĐ]\w*(?:\s+\w+){0,2}))\s*$", re.IGNORECASE)


def _of_its_names_head(phrase: str, forum: str | None, gaz: Gazetteer) -> bool:
    """Does the phrase end in "của" and the first words of the forum's own name, capitalised as a name is ("… lần thứ
    17 của Phong trào", the Non-Aligned Movement's; "… của Diễn đàn", APEC's)?"""
    return forum is not None and (m := _OF_A_HEAD.search(phrase)) is not None and _names_the_forum(m.group(1), forum, gaz)


@functools.cache
def _name_words(name: str) -> tuple[str, ...]:
    return tuple(name.casefold().split())


# A name in quotes right after a meeting's phrase: "Diễn đàn … “Vành đai và Con đường”".
_QUOTED = re.compile(r"\s*[“\"]\s*([A-ZĐÀ-Ỹ][^“”\"]{0,80})[”\"]")


def _quoted_name(sentence: str, end: int, forums: list[tuple[int, str | None]]) -> bool:
    """Does a name in quotes that names no known forum follow the phrase ending at `end`?"""
    quoted = _QUOTED.match(sentence, end)
    return quoted is not None and not any(quoted.start(1) <= at < quoted.end(1) for at, _ in forums)


@per_article        # as _kind
def _names_unknown_body(phrase: str, gaz: Gazetteer) -> bool:
    """Does a phrase with no known forum name a body of its own ("Hội nghị Cấp cao Pháp ngữ",
    "Diễn đàn Kinh tế Thế giới")? What is left once its head, the kinds' cues and acronyms, the
    synonyms and the number are taken out holds a capitalised word."""
    rest = gaz.fold(_HEAD.sub(" ", phrase, count=1), keep_case=True)
    # what a summit is about is no body: "Hội nghị Thượng đỉnh về các Mục tiêu phát triển bền vững"
    rest = _ABOUT.split(rest, maxsplit=1)[0]
    # a kind none of whose cues is in the phrase is passed over with one search (most are)
    spans = [m.span() for kind in gaz.cued_kinds(rest) for cue in kind.cues if "^" not in cue.pattern
             for m in cue.finditer(rest)] + [m.span() for m in _NUMBER_WORDS.finditer(rest)]
    rest = _blank(rest, spans)
    # an acronym the data does not know ("IAI", "ACP") is often a body of the forum the article
    # has just named in full, so only a capitalised word counts (a word of one letter is one: "châu Á")
    return any(w.group()[0].isupper() and (len(w.group()) == 1 or not w.group().isupper()) for w in _WORD.finditer(rest))


# A name with a digit between its letters: another body's ("Hội nghị Thượng đỉnh P4G lần thứ nhất"), not a forum's
# meeting named by its number ("P4" is no meeting 4 of the article's forum)
_LETTERS_AROUND_A_DIGIT = re.compile(r"(?<![\w-])[A-Z]+\d+[A-Z]+(?![\w-])")
# A short name with its partners' count: "AEM+3", "SOM+3", "PMC+1" (another series than the one named before it)
_PLUS_PARTNERS = re.compile(r"(?<![\w-])[A-Z]{2,}\s?\+\s?\d(?!\w)")


# (a slash joins a partner country too, as some outlets write the pair: "Hội nghị thượng đỉnh Mỹ / Asean")
_PARTNER_JOIN = re.compile(r"\s*(?:[-–—/]|với)\s*")


def _partner(phrase: str, in_phrase: list, gaz: Gazetteer) -> str | None:
    """The partner countries (or groups, as the EU or the GCC, or bodies, as the UN) that follow the
    forum's name: "ASEAN - Trung Quốc", "ASEAN với Nhật Bản", "ASEAN - GCC - Trung Quốc" (not the
    ASEAN - GCC summit), "ASEAN - Liên hợp quốc" (not the ASEAN Summit); else a country joined
    before it ("Nga - ASEAN", "Mỹ / ASEAN")."""
    (before, at), _ = in_phrase[0]
    return partners_after(phrase, at, gaz)[0] or _partner_before(phrase, before, gaz)


_DASH_BEFORE = re.compile(r"\s*[-–—/]\s*")


def _partner_before(phrase: str, at: int, gaz: Gazetteer) -> str | None:
    """The partner country written before the forum's name it is joined to by a dash: "Hội nghị Cấp
    cao Nga - ASEAN", "Hội nghị Thượng đỉnh Mỹ - ASEAN" (the ASEAN - Russia and ASEAN - US summits)."""
    for found in gaz.country_re.finditer(phrase, 0, at):
        if _DASH_BEFORE.fullmatch(phrase, found.end(), at):
            return gaz.country(found.group())
    return None


def partners_after(text: str, at: int, gaz: Gazetteer) -> tuple[str | None, int]:
    """The partners joined to a forum's name ending at `at` (" - ".join, or None), and where they end."""
    partners = []
    while (join := _PARTNER_JOIN.match(text, at)) and (
            (found := gaz.country_re.match(text, join.end()))
            or "/" not in join.group() and (found := gaz.forum_re.match(text, join.end()))):    # not "APEC/ASEAN"
        partners.append(gaz.country(found.group()) or gaz.forum(found.group()))
        at = _BRACKETED_AFTER.match(text, found.end()).end()      # "Hội đồng Hợp tác vùng Vịnh (GCC)"
    return " - ".join(p for p in partners if p) or None, at


_BRACKETED_AFTER = re.compile(r"(?:\s*\([^()]{1,12}\))?")
