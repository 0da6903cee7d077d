"""Who took part in an article's meetings: the titled people named in sentences about them.

Counts (after the guideline): attending, chairing, co-chairing, leading or joining a delegation,
speaking. Who each sentence names, and who is no participant whatever the meeting (hosts who
only invite, people met in bilateral talks, people who did not come), is people.py's; this
module says which of the article's meetings each of them took part in.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from .dates import DateContext, find_dates
from .gazetteer import Gazetteer, place_key
from .lookahead import ahead
from .meetings import find_meetings, may_name_meeting
from .merge import UMBRELLA_WEEKS
from .people import country_of, name_end, officials_by_sentence
from .records import Article, Mention, Official, Participation, Report
from .sentences import LIST_ITEM, MEETING_NOUN, MEETING_WORDS, Gated, Sentence
from .vi import FRAME_WORDS, PLANNED_WORDS, alt

# Taking part: attending, chairing, leading or joining the delegation, standing in for someone ...
_TAKE_PART = (r"tham\s+dự|dự(?!\s+(?:kiến|thảo|án|báo|định|trù|toán|phòng|bị|trữ|luật|đoán|thầu|tính|khuyết|liệu|cảm)(?!\w))|chủ\s+trì|đồng\s+chủ\s+trì|dẫn\s+đầu|trưởng\s+đoàn|tham\s+gia|(?<!quan\s)đại\s+diện(?!\s+(?:thường\s+trực|cá\s+nhân|thương\s+mại))|"
              r"dự\s+họp|hiện\s+diện|có\s+mặt|tháp\s+tùng|đi\s+cùng|cùng\s+đi|điều\s+hành|"
              # a member of the delegation at it, named right after: "Thượng tướng X, thành viên phái đoàn Việt Nam tại
              # Shangri-la, cho biết …" (real sample r2; not a delegation sent elsewhere: "thành viên đoàn công tác … tới Ấn Độ")
              r"thành\s+viên\s+(?:của\s+)?(?:phái\s+)?đoàn(?:\s+[^\s,.;()]+){0,3}?\s+tại|"
              # chairing it: "Hội nghị do ông X, Phó Chánh Văn phòng …, làm Chủ tịch" (not "làm Chủ tịch ASEAN 2020")
              r"làm\s+chủ\s+tịch(?=\s*[,.;]|\s*$|\s+(?:hội\s+nghị|phiên|cuộc\s+họp)(?!\w))|"
              # its speakers: "Trong số các diễn giả có Ngoại trưởng Indonesia X và …"
              r"diễn\s+giả|"
              # the meeting gathering them: "Hội nghị quy tụ lãnh đạo các nền kinh tế lớn, trong đó có …"
              r"quy\s+tụ|"
              # … or them coming: "… khi có sự xuất hiện của Ngoại trưởng Mỹ X, Ngoại trưởng Trung Quốc Y" (not what is
              # asked or said about it: "hỏi về sự xuất hiện của ông Zarif")
              r"(?<!về\s)sự\s+xuất\s+hiện\s+của|"
              # meeting as its members: "lãnh đạo 7 nước … gồm Tổng thống Mỹ Joe Biden, … đã họp bàn về …"
              r"(?:đã|cùng)\s+họp(?:\s+bàn)?(?!\s+(?:báo|mặt|riêng|song\s+phương))|họp\s+bàn|"
              # handing over or taking the chair, at the closing: "nhận búa Chủ tịch ASEAN từ Thủ tướng X"
              r"(?:trao(?:\s+lại)?|nhận|tiếp\s+nhận|chuyển\s+giao|bàn\s+giao)\s+(?:chiếc\s+)?(?:búa|vai\s+trò)\s+chủ\s+tịch")
# ... or speaking at the meeting.
_NOT_A_NOUN = "".join(rf"(?<!{w}\s)" for w in ("nhận", "lại", "lời", "các", "những", "một", "theo", "bản", "với", "về"))
_SPEAK = (r"phát\s+biểu|diễn\s+văn|chủ\s+tọa|báo\s+cáo|"
          # (the verbs, not the nouns: "chấp nhận đề nghị của Trung Quốc", "nhắc lại đề nghị mà …", "văn bản đề nghị")
          rf"{_NOT_A_NOUN}(?:đề\s+xuất|đề\s+nghị)(?!\s+(?:của|mà|này|đó|trên|ấy)(?!\w))|nhấn\s+mạnh|khẳng\s+định|"
          r"hoan\s+nghênh|cho\s+biết|chia\s+sẻ|thảo\s+luận|tham\s+luận|trình\s+bày|(?:khai|bế)\s+mạc\s+(?:hội\s+nghị|phiên|cuộc\s+họp)|"
          r"(?<!các\s)(?<!những\s)(?<!lời\s)khuyến\s+nghị|"      # the verb, not "các khuyến nghị"
          r"kêu\s+gọi|cảnh\s+báo|nêu\s+(?:rõ|bật|quan\s+điểm|tầm\s+nhìn|ý\s+kiến|đề\s+xuất)|"
          # reading out its declaration: "Thủ tướng Shinzo Abe ngày 29/6 đọc tuyên bố chung kết thúc hai ngày làm việc …"
          r"đọc\s+(?:bản\s+)?tuyên\s+bố(?:\s+chung)?|"
          # speaking to the press at it, or on its sidelines: "Trao đổi với báo chí bên lề Hội nghị …, Bộ trưởng … tự tin
          # dự đoán …" (not an interview elsewhere: "trả lời phỏng vấn báo chí tại Yokohama")
          r"(?:trao\s+đổi\s+với|trả\s+lời(?:\s+phỏng\s+vấn)?)\s+(?:báo\s+chí|phóng\s+viên|báo\s+giới)"
          r"(?=\s+(?:bên\s+lề|tại|trong)\s+(?:các\s+)?(?:hội\s+nghị|diễn\s+đàn|thượng\s+đỉnh|cuộc\s+họp|phiên|kỳ\s+họp)(?!\w))|"
          # saying at the meeting: "Thủ tướng Đức Angela Merkel nói tại hội nghị rằng …"
          r"nói(?=\s+(?:tại|trong)\s+(?:các\s+|một\s+)?(?:hội\s+nghị|cuộc\s+họp|phiên|thượng\s+đỉnh)(?!\w))")
_ATTEND = re.compile(rf"(?i)(?<!\w)(?:{_TAKE_PART}|{_SPEAK})(?!\w)")
_ATTEND = ahead(_ATTEND)      # the same matches, sooner: etl/lookahead.py
_STRONG = re.compile(rf"(?i)(?<!\w)(?:{_TAKE_PART})(?!\w)")
_STRONG = ahead(_STRONG)      # the same matches, sooner: etl/lookahead.py
_STRONG = Gated(_STRONG)      # searched only in sentences that hold its words: sentences.Gated
_MEETING_WORDS = Gated(MEETING_WORDS)      # searched only in sentences that hold its words: sentences.Gated
# Several meetings at once: "dự các hội nghị trên", "các cuộc họp này".
_SEVERAL = re.compile(rf"(?i)(?<!\w)(?:các\s+(?:{MEETING_NOUN})|tất\s+cả\s+các\s+phiên)(?!\s+(?:lần|thứ|cấp\s+cao|bộ\s+trưởng))")
_SEVERAL = Gated(_SEVERAL)      # searched only in sentences that hold its words: sentences.Gated
# "cả hai hội nghị", "ba hội nghị này": the meetings the paragraph has just told of, all of them.
_COUNTED_MEETINGS = re.compile(rf"(?i)(?<!\w)(?:cả\s+)?(?:hai|ba|bốn)\s+(?:{MEETING_NOUN})(?!\s+(?:lần|thứ|cấp\s+cao|bộ\s+trưởng))")
_JOINED = re.compile(r"\s*(?:,\s*)?(?:và\s+)?")       # what joins two meetings' names into one list
# (… or prepared for: "Hội nghị Bộ trưởng NAM chuẩn bị cho Thượng đỉnh đã diễn ra dưới sự chủ trì của …")
_RESULTS_OF = re.compile(r"(?i)(?<!\w)(?:kết\s+quả(?:\s+(?:của|tại))?|về|(?:báo\s+cáo|trình)\s+lên|chuẩn\s+bị(?:\s+cho)?)"
                         r"(?:\s+các)?\s+$")


def _items_country(text: str, gaz: Gazetteer) -> str | None:
    """The country a list's item opens with before a colon: "- Malaysia: Thủ tướng Anwar Ibrahim"."""
    item = LIST_ITEM.match(text)
    if not item or not (named := gaz.country_re.match(text, item.end())) or not _ITEMS_COLON.match(text, named.end()):
        return None
    return gaz.country_of.get(place_key(named.group()))


_ITEMS_COLON = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?:")
# A session of the meeting told: "tại phiên toàn thể thứ tư", "phiên khai mạc", "phiên thảo luận chung"
_A_SESSION = re.compile(r"(?i)(?<!\w)phiên\s+(?:toàn\s+thể|khai\s+mạc|bế\s+mạc|thảo\s+luận|làm\s+việc|đối\s+thoại)(?!\w)")
_A_SESSION = Gated(_A_SESSION)      # searched only in sentences that hold its words: sentences.Gated
# A line with no mark at its end, a heading: "TRƯỞNG ĐOÀN DỰ HỘI NGHỊ", "Thành phần tham dự"
_A_HEADING = re.compile(r"[^\W\d]\s*$")


def _told_about(text: str, m: Mention) -> bool:
    """Is the meeting one whose results are told, that is told about or prepared for (_RESULTS_OF)?"""
    return bool(_RESULTS_OF.search(text, max(0, m.pos - 30), m.pos))


# "một cuộc họp trực tuyến cấp Bộ trưởng": some other meeting, not the article's.
# (Not "một phiên họp": a session of the meeting told, "Phát biểu tại một phiên họp, Tổng thống …".)
_ANOTHER_MEETING = re.compile(rf"(?i)(?<!\w)một\s+(?!phiên\s)(?:{MEETING_NOUN})(?!\w)")
_ANOTHER_MEETING = Gated(_ANOTHER_MEETING)      # searched only in sentences that hold its words: sentences.Gated
# The opening or closing speech, the chair's seat: said of the meeting the article is about.
_OPENING = re.compile(r"(?i)(?<!\w)(?:khai\s+mạc|bế\s+mạc|diễn\s+văn|chủ\s+tọa|đồng\s+chủ\s+tọa)(?!\w)")
_OPENING = Gated(_OPENING)      # searched only in sentences that hold its words: sentences.Gated
# (not one about to attend: "… chuẩn bị tham dự …")
_PREPARES = re.compile(r"(?i)(?<!\w)chuẩn\s+bị(?!\s+(?:tham\s+)?dự(?!\w))(?:\s+cho)?(?!\w)")
_PREPARES = Gated(_PREPARES)      # searched only in sentences that hold its words: sentences.Gated
# A sentence that goes on with the list of the one before: "Từ trái sang: …", "Đó là …", "Gồm …".
_LIST_GOES_ON = re.compile(r"(?i)^[\s(“\"]*(?:từ\s+(?:trái|phải)\s+sang(?:\s+(?:phải|trái))?|đó\s+là|"
                           r"(?:(?:danh\s+sách|thành\s+phần)(?:\s+(?:khách\s+mời|đại\s+biểu|tham\s+dự))?\s+)?"
                           r"(?:gồm(?:\s+có)?|bao\s+gồm)|cùng\s+(?:tham\s+)?dự\s+có|trong\s+(?:số\s+)?(?:đó|này)\s+có)(?!\w)")
# Where or when a sentence with no meeting's name puts its people, other than at the meeting: at
# the banquet or the welcome, or before the meeting ("Trước hội nghị, Đại sứ X cho biết …").
_ELSEWHERE = re.compile(r"""(?ix)(?<!\w)(?:
      tại\s+(?:buổi|bữa|lễ)?\s*(?:tiệc|chiêu\s+đãi|quốc\s+yến|lễ\s+đón|đón\s+tiếp)
    | (?:tham\s+)?dự\s+(?:buổi|bữa)?\s*(?:tiệc|chiêu\s+đãi|quốc\s+yến)   # "… cũng tham dự buổi tiệc" (the sample s29)
    | tại\s+(?:buổi\s+)?(?:hội\s+thảo|t[ọo]a\s+đàm|toạ\s+đàm)      # a seminar is not the meeting
    # nor is a country's own committee for the forum, founded with its chair ("Ủy ban Quốc gia ASEAN 2020 đã được thành
    # lập do Phó Thủ tướng … làm Chủ tịch"; but "Phó Thủ tướng X, Chủ tịch Ủy ban quốc gia APEC 2006, đã tới dự")
    | (?:(?:ủy|uỷ)\s+ban|ban\s+chỉ\s+đạo)\s+quốc\s+gia[^.;]{0,40}?\s(?:được\s+)?thành\s+lập
    # (not one who addresses it: "… phát biểu trực tuyến trước hội nghị, đề xuất …")
    | (?<!phát\sbiểu\s)(?<!phát\sbiểu\strực\stuyến\s)(?<!phát\sbiểu\squa\svideo\s)
      trước\s+(?:thềm\s+)?(?:hội\s+nghị|cuộc\s+họp|diễn\s+đàn|phiên\s+họp)(?:\s+(?:này|lần\s+này))?\s*,
    | (?:bài\s+viết|bài\s+báo|trả\s+lời\s+phỏng\s+vấn)\s+(?:đăng\s+)?trước\s+(?:thềm\s+)?(?:hội\s+nghị|cuộc\s+họp)
    )(?!\w)""")
_ELSEWHERE = Gated(_ELSEWHERE)      # searched only in sentences that hold its words: sentences.Gated
# A meeting of the host's own to prepare the one named, which one chairs or attends: "… chủ trì cuộc họp Ban Chỉ đạo phục vụ
# hội nghị để rà soát lần cuối …", "… chủ trì cuộc họp rà soát công tác chuẩn bị phục vụ chuỗi hội nghị APEC …"
# (… or a banquet one hosts: "… Chủ tịch UBND tỉnh, chủ trì tiệc chiêu đãi các đoàn đại biểu", written 5208)
_ITS_PREPARATION = re.compile(r"(?i)(?<!\w)(?:(?:chủ\s+trì|đồng\s+chủ\s+trì|tham\s+dự|dự)\s+(?:cuộc|buổi|phiên)\s+(?:họp|làm\s+việc)\s+"
                              r"(?:của\s+)?(?:ban\s+chỉ\s+đạo|ban\s+tổ\s+chức|tiểu\s+ban|rà\s+soát|kiểm\s+tra|triển\s+khai|"
                              r"sơ\s+kết|tổng\s+kết)"
                              r"|chủ\s+trì\s+(?:buổi\s+|bữa\s+)?(?:tiệc|chiêu\s+đãi|quốc\s+yến))(?!\w)")


def _at_its_preparation(text: str) -> bool:
    """Does the sentence's one verb of taking part govern a meeting that prepares the one named, or a banquet
    (_ITS_PREPARATION)?"""
    prep = _ITS_PREPARATION.search(text)
    return bool(prep) and not any(not prep.start() <= v.start() < prep.end() for v in _STRONG.finditer(text))


_A_MEETING_NOUN = re.compile(rf"(?i)(?<!\w)(?:{MEETING_NOUN}|thượng\s+đỉnh)(?!\w)")
_TOLD = re.compile(r"(?i)(?<!\w)cho\s+biết(?!\w)")
_TOLD = Gated(_TOLD)      # searched only in sentences that hold its words: sentences.Gated


def _opens_at_meeting(s: Sentence) -> bool:
    """"Tại Hội nghị Cấp cao CLV 10, …", "Tại hội nghị, …": the sentence tells what its people do at
    that meeting."""
    at = _AT_THE_MEETING.match(s.text)
    return bool(at and s.mentions and s.mentions[0].pos == at.end()) or _at_the_bare_meeting(s)


def _bare_opening(s: Sentence) -> re.Match[str] | None:
    """The bare meeting the sentence opens at ("Tại hội nghị, …", "Tại Hội nghị ASEAN+3, …"), if it opens so."""
    at = _AT_THE_MEETING.match(s.text)
    return _THE_MEETING.match(s.text, at.end()) if at else None


def _at_the_bare_meeting(s: Sentence) -> bool:
    """"Tại hội nghị, …", "Ở cuộc họp này, …": the meeting just told, whatever the sentence names later."""
    the = _bare_opening(s)
    if the and the["forum"] and s.mentions and s.mentions[0].pos == the.start():
        return False        # "Tại Hội nghị Cấp cao ASEAN, …" names a meeting of its own, read as named
    return the is not None or _SPEECH_OPENS.match(s.text) is not None


def _forum_at_the_bare_meeting(s: Sentence) -> str | None:
    """The forum of "Tại Hội nghị ASEAN+3, …" (as the data writes it), where the sentence opens so."""
    the = _bare_opening(s)
    return re.sub(r"\s+", "", the["forum"]) if the and the["forum"] else None


def _opens_with_a_speech(s: Sentence) -> bool:
    """"Phát biểu tại hội nghị, …", "Phát biểu khai mạc, …"."""
    at = _AT_THE_MEETING.match(s.text)
    return bool(at and at["speech"]) or _SPEECH_OPENS.match(s.text) is not None


def _tells_of(text: str) -> bool:
    """"Đại sứ X cho biết tại Hội nghị … Indonesia sẽ …": telling what a meeting will do is not
    taking part in it, when telling is the only cue and the meeting comes after it."""
    told = _TOLD.search(text)
    if not told or any(m.start() < told.start() or not _TOLD.pattern.fullmatch(m.group()) for m in _ATTEND.finditer(text)):
        return False
    first_meeting = _A_MEETING_NOUN.search(text)
    return first_meeting is None or first_meeting.start() > told.start()


# Being at the meeting the sentence opens with: "Tại Hội nghị Cấp cao CLV 10, Thủ tướng … sẽ cùng đánh giá …",
# or in it: "Trong hội nghị, Chủ tịch Trung Quốc … đã công kích …".
_AT_THE_MEETING = re.compile(r"(?i)^\W*"
                             # (after the day it tells: "Trước đó, ngày 2-8, tại hội nghị Ngoại trưởng ASEAN lần 52 …, Bộ
                             # trưởng Ngoại giao Mỹ Mike Pompeo đã lên tiếng …", "Sáng 10/11, tại …")
                             r"(?:(?:(?:trước|sau)\s+đó|cùng\s+ngày)\s*,\s*)?"
                             r"(?:(?:(?:sáng|trưa|chiều|tối)\s+)?(?:ngày\s+)?\d{1,2}\s*[-/.]\s*\d{1,2}(?:\s*[-/.]\s*\d{4})?\s*,\s*)?"
                             r"(?:cũng\s+)?(?P<speech>phát\s+biểu\s+)?(?:tại|ở|trong)\s+"
                             # ... or at one of its sessions: "Tại một phiên họp của hội nghị thượng đỉnh G20 …, Thủ tướng
                             # Canada … được xếp ngồi giữa …", "Trong phiên khai mạc của Hội nghị …, …"
                             r"(?:(?:một\s+|các\s+)?phiên(?:\s+(?:họp|toàn\s+thể|khai\s+mạc|bế\s+mạc|thảo\s+luận|đối\s+thoại))?"
                             r"(?:\s+(?:hẹp|mở\s+rộng|chung|thứ\s+\w+))?\s+(?:của|thuộc)\s+)?(?=\S)")
# ... or with the bare word: "Tại hội nghị, Đại diện Thương mại Hoa Kỳ Rob Portman …", "Cũng tại phiên toàn thể, …",
# "Phát biểu tại hội nghị, Thủ tướng … đánh giá cao … kể từ Hội nghị Cấp cao lần thứ hai … tháng 1/2018"
# ... or the opening or closing speech: "Phát biểu khai mạc, Thủ tướng … nêu rõ: Sau Hội nghị Cấp cao ASEAN lần
# thứ 16 tại Hà Nội hồi tháng 4, …"
_SPEECH_OPENS = re.compile(r"(?i)^\W*(?:phát\s+biểu|diễn\s+văn)\s+(?:khai|bế)\s+mạc(?:\s+(?:hội\s+nghị|phiên\s+họp|cuộc\s+họp))?\s*,")
_THE_MEETING = re.compile(rf"(?i)(?:(?:{MEETING_NOUN})(?:\s+(?:thượng\s+đỉnh|cấp\s+cao))?|phiên\s+(?:toàn\s+thể|khai\s+mạc|bế\s+mạc"
                          # (… or its debate: "Trong phiên thảo luận, Bộ trưởng Quốc phòng Mỹ Robert Gates cho rằng …")
                          r"|thảo\s+luận(?:\s+(?:chung|toàn\s+thể))?|họp\s+(?:toàn\s+thể|hẹp|chung)|đối\s+thoại))"
                          # (… or by its forum alone, which names no kind of meeting: "Tại Hội nghị ASEAN+3, …")
                          r"(?:\s+(?P<forum>(?-i:[A-Z][A-Z0-9]{1,7}(?:\s*\+\s*\d)?)))?"
                          r"(?:\s+(?:này|lần\s+này))?\s*,")      # "Tại hội nghị thượng đỉnh, …"

def _kind_of(m: Mention) -> tuple[str, str, str]:
    return m.forum, m.level, m.meeting


def _single_day(s: Sentence, ctx: DateContext | None) -> date | None:
    """The first single day a sentence names (read under `ctx`), if any."""
    days = find_dates(s.text, ctx) if ctx is not None else []
    return next((sp.start for sp in days if sp.precision == "day" and sp.start == sp.end), None)


def _inside_focus(s: Sentence, focus: list[int], events: list[tuple[int, Mention, Report]],
                  ctx: DateContext | None) -> bool:
    """The single day a sentence names lies within a meeting in focus that runs over several days,
    and is no other meeting's own day."""
    if not focus:
        return False
    day = _single_day(s, ctx)
    if day is None or any(ev.precision == "day" and ev.start == ev.end == day for _, _, ev in events):
        return False
    return any(events[k][2].precision == "day" and events[k][2].start <= day <= events[k][2].end
               and events[k][2].start < events[k][2].end for k in focus)


def _on_the_day(s: Sentence, events: list[tuple[int, Mention, Report]], ctx: DateContext | None) -> list[int]:
    """The one meeting the article dates over the day a sentence names ("Bộ trưởng Quốc phòng Mỹ
    Lloyd Austin phát biểu tại phiên toàn thể sáng 1/6" in the three days of the Dialogue)."""
    day = _single_day(s, ctx)
    if day is None:
        return []
    hits = [k for k, (_, _, ev) in enumerate(events) if ev.precision == "day" and ev.start <= day <= ev.end]
    one = (len({_kind_of(events[k][1]) for k in hits}) == 1        # one meeting, its number told or not
           and len({events[k][1].ordinal for k in hits} - {None}) <= 1)
    return hits[:1] if one else []


def _targets(s: Sentence, dated_here: list[int], first_of: dict[tuple, int],
             events: list[tuple[int, Mention, Report]], focus: list[int], ctx: DateContext | None = None,
             article_meeting: tuple[int, ...] = (0,), headlined: bool = True) -> list[int]:
    """_told_targets, less the meetings of another year than the one a sentence that names no meeting
    writes after a forum's name: "đại diện các nước khác tham gia EAS 2017 có …" in an article on the
    EAS of 2018 names who went the year before."""
    targets = _told_targets(s, dated_here, first_of, events, focus, ctx, article_meeting, headlined)
    edition = _EDITION.search(s.text) if targets and not s.mentions else None
    if edition:
        return [k for k in targets if events[k][2].start.year == int(edition.group(1))]
    if targets and not s.mentions and ctx is not None and ctx.ref is not None and not ctx.ref_guessed and (
            before := _YEARS_BEFORE.match(s.text)):
        # a sentence that opens on a year before the article's names another year's meeting: "Năm ngoái, ông Đổng
        # Quân đã có bài phát biểu tại phiên toàn thể của diễn đàn"
        year = ctx.ref.year - (2 if before.group(1).casefold() == "kia" else 1)
        return [k for k in targets if events[k][2].start.year == year]
    if targets and not s.mentions and ctx is not None and _A_YEAR.search(s.text):
        # a sentence that names no meeting and writes a time with its year, none of its meetings' months, tells
        # of another time: "Tổng thống Mỹ Obama, Tổng thống Mexico … hồi tháng 6/2016 gặp nhau tại Ottawa" in an
        # article on the ASEAN summit of 2017
        written = [(sp.start, sp.end) for sp in find_dates(s.text, ctx) if not sp.year_inferred]
        if written and not any(_same_months(a, b, events[k][2]) for a, b in written for k in targets):
            return []
    return targets


_YEARS_BEFORE = re.compile(r"(?i)\W*(?:(?:vào|trong|hồi)\s+)?năm\s+(ngoái|trước|kia)(?!\w)")
_A_YEAR = re.compile(r"(?:19|20)\d\d")      # what a time written with its year holds (read before the time is)


def _same_months(start: date, end: date, ev: Report) -> bool:
    """Do the months from start to end meet the months of the report's days?"""
    return (start.year, start.month) <= (ev.end.year, ev.end.month) and (ev.start.year, ev.start.month) <= (end.year, end.month)


# A forum's meeting of one year, named by the forum and the year where someone attends ("tham gia EAS
# 2017", "tại APEC 2016"), not a title that carries a year ("Chủ tịch SOM APEC 2017").
_EDITION = re.compile(r"(?i)(?<!\w)(?:tham\s+gia|tham\s+dự|dự|tại)\s+(?-i:[A-Z][A-Z0-9+]{1,7})\s+((?:19|20)\d\d)(?![\d/.-])")


def _told_targets(s: Sentence, dated_here: list[int], first_of: dict[tuple, int],
                  events: list[tuple[int, Mention, Report]], focus: list[int], ctx: DateContext | None = None,
                  article_meeting: tuple[int, ...] = (0,), headlined: bool = True) -> list[int]:
    """The events a sentence's officials took part in: the meetings it dates; else the first
    dated meeting it names; else, when it speaks of "các hội nghị" (several), the series the
    article is about; else, when it speaks of "Hội nghị", of attending or of speaking, the meeting its
    paragraph has just told of (`focus`, the last it told; all of them for "cả hai hội nghị"), or
    the one the article is about (`article_meeting`: _meeting_told_so_far; its first when the
    sentence speaks of "hội nghị" before the article names any). A sentence that only speaks, on no
    day, names no meeting and follows no paragraph on one, is at that meeting only where the headline
    names a forum or a meeting (`headlined`): "Bộ trưởng Kinh tế Pháp Bruno Le Maire khẳng định EU sẽ
    đáp trả …" under "Châu Âu tìm cách đáp trả thuế thép của Mỹ" speaks of the duties, not at the G7
    summit the lead names."""
    # a meeting whose results are told, or that is told about, is not where the sentence's people
    # are: "Thứ trưởng đã báo cáo Hội nghị về kết quả của Cuộc họp nhóm đặc trách IAI lần thứ 65
    # (08/9/2021)", "Bộ trưởng chủ trì buổi họp báo thông tin về Hội nghị Cấp cao GMS 6"
    told_about = [m for m in s.mentions if _told_about(s.text, m)]
    # ... and so is the frame named after one: "… sẽ được báo cáo lên Hội nghị các Nhà lãnh đạo kinh tế APEC,
    # diễn ra ngày 10-11/11, trong khuôn khổ Tuần lễ Cấp cao APEC 2017"
    mentions = [m for m in s.mentions if m not in told_about
                and not (_framed(s.text, m) and any(t.pos < m.pos for t in told_about))]
    dated_here = [k for k in dated_here if events[k][1] in mentions]
    if s.mentions and not mentions and not any(not any(m.pos <= w.start() < m.end_pos for m in s.mentions)
                                               for w in _MEETING_WORDS.finditer(s.text)):
        return []       # only meetings told about, and no bare "hội nghị": no meeting the sentence's people are at
    if _at_the_bare_meeting(s) and (not _opens_with_a_speech(s)
                                    or {id(events[k][1]) for k in dated_here} == {id(m) for m in mentions}):
        # ("Phát biểu tại hội nghị, …" only where what else the sentence names it dates, as history: "…
        # kể từ Hội nghị Cấp cao lần thứ hai tổ chức tại Phnom Penh vào tháng 1/2018"; not "… cho rằng
        # ADMM+ là diễn đàn quan trọng …", the meeting it speaks at)
        # the meeting just told, else the article's: "Tại hội nghị, X và Y bất đồng về …, vấn đề từng
        # khiến Hội nghị lần thứ năm thất bại"; of the forum it names, where it names one ("Tại Hội nghị ASEAN+3, …"
        # after the special summits of ASEAN and ASEAN+3): the one in focus, else the article's first
        if (forum := _forum_at_the_bare_meeting(s)) is not None:
            of_it = [k for k in focus if events[k][2].forum == forum]
            return of_it[-1:] or next(([k] for k, (_, _, ev) in enumerate(events) if ev.forum == forum), [])
        return focus[-1:] or list(article_meeting) or [0]
    if dated_here:
        return dated_here
    # (a meeting named without its number is the one of its kind in focus, where there is one: "Thủ tướng … sẽ dẫn
    # đầu đoàn … dự hội nghị cấp cao APEC" after the sixth's days, not an older one the article dated before)
    named = [(m, [k] if m.ordinal is None and (k := _of_its_kind_in_focus(m, focus, events)) is not None else ks)
             for m in mentions if (ks := _named([m], first_of))]
    if named:
        # the first meeting named, with all its numbers ("lần thứ 44, 45") and the ones joined to
        # it by "và" or a comma ("Cả hai kỳ SOM I và SOM II đều do Thứ trưởng X điều hành")
        out, last = list(named[0][1]), named[0][0]
        for m, ks in named[1:]:
            if not _JOINED.fullmatch(s.text, last.end_pos, m.pos):
                break
            out += [k for k in ks if k not in out]
            last = m
        return out
    # a meeting named without its number: the one of its kind in focus, else the article's first
    unnumbered = [k if (k := _of_its_kind_in_focus(m, focus, events)) is not None else first_of[key]
                  for m in mentions if m.ordinal is None and (key := _kind_of(m)) in first_of]
    if unnumbered:
        return unnumbered[:1]
    # a meeting of a kind the article dates none of, where it dates one kind of the forum at that level:
    # that one ("… để tham dự cuộc họp G7 với tư cách khách mời", the article dating the outreach summit)
    for m in mentions:
        alike = {key for key in first_of if len(key) == 3 and key[:2] == (m.forum, m.level)}
        if m.ordinal is None and len(alike) == 1:
            return [first_of[alike.pop()]]
    if mentions or _ANOTHER_MEETING.search(s.text):
        return []       # a meeting the article does not date, or "một cuộc họp": not the one it is about
    if len(focus) > 1 and _COUNTED_MEETINGS.search(s.text):
        return focus
    if _SEVERAL.search(s.text):
        return _series(events)
    # the meeting the paragraph has just told, else the one the article dates over the day it names
    if _MEETING_WORDS.search(s.text) or _A_SESSION.search(s.text):   # "dẫn đầu đoàn dự hội nghị": the meeting told
        # next, if none yet; and a session of it, "Cùng phát biểu tại phiên toàn thể thứ tư có …"
        return focus[-1:] or _on_the_day(s, events, ctx) or list(article_meeting) or [0]
    if _STRONG.search(s.text) or _OPENING.search(s.text):
        return focus[-1:] or _on_the_day(s, events, ctx) or list(article_meeting)
    if not _A_DAY.search(s.text):   # speaking, on no day of its own: at the meeting the article is about
        return focus[-1:] or (list(article_meeting) if headlined else [])
    return focus[-1:] or _on_the_day(s, events, ctx)   # "… cũng lần lượt phát biểu" in the paragraph of the meeting it has just told


def _headline_meetings(title: str | None, gaz: Gazetteer) -> list[Mention]:
    return find_meetings(title, gaz) if title and may_name_meeting(title, gaz) else []


def _meeting_told_so_far(sentences: list[Sentence], events: list[tuple[int, Mention, Report]],
                         first_of: dict[tuple, int], headline: Callable[[], list[Mention]]) -> list[tuple[int, ...]]:
    """For each sentence, the meeting a bare "dự", "phát biểu" in it refers to when its paragraph
    told of none: the article's first meeting from where the headline or text names it on; before
    that, the first of the article's meetings named so far ("… kết thúc chuyến công tác dự Hội nghị
    Cấp cao GMS-8" before the ministers' meeting dated first), else none ("Tổng thống X và Phu nhân
    chủ trì tiệc chiêu đãi …" in a state visit's report, before the summit it leads to)."""
    index, m, _ = events[0]
    kind = _kind_of(m)

    def told(so_far: tuple[int, ...], mentions: list[Mention], dates_it: bool = False) -> tuple[int, ...]:
        if dates_it or any(_kind_of(n) == kind for n in mentions):
            return (0,)
        return so_far or next(((first_of[key],) for n in mentions if (key := _key_of(n)) in first_of), ())

    out: list[tuple[int, ...]] = []
    so_far: tuple[int, ...] = ()
    for i, s in enumerate(sentences):
        if i == 0 and told((), s.mentions, s.index == index) != (0,):
            so_far = told((), headline())       # the headline, read only when the text does not open with the meeting
        so_far = told(so_far, s.mentions, s.index == index)
        out.append(so_far)
    return out


def _key_of(m: Mention) -> tuple:
    return (m.forum, m.level, m.meeting, m.ordinal) if m.ordinal is not None else _kind_of(m)


def _told_of(s: Sentence, dated_here: list[int], first_of: dict[tuple, int],
             events: list[tuple[int, Mention, Report]]) -> list[int]:
    """The meetings a sentence tells of, for the sentences after it in its paragraph: those it
    dates, else those it names that the article dates ("Hội nghị … lần thứ 6 tại Hà Nội …
    Hội nghị do Thủ tướng X chủ trì"); never a frame, even one it dates ("Đây là một sự kiện
    nằm trong khuôn khổ chương trình … AEM 52 … từ ngày 22-30/8/2020. Tham dự hội nghị có …"
    speaks of the meeting told before)."""
    if dated_here:
        return [k for k in dated_here if not _framed(s.text, events[k][1])]
    return _named([m for m in s.mentions if not _framed(s.text, m)], first_of)


def _of_its_kind_in_focus(m: Mention, focus: list[int], events: list[tuple[int, Mention, Report]]) -> int | None:
    """The last meeting in focus of the mention's kind, if any."""
    return next((k for k in reversed(focus) if _kind_of(events[k][1]) == _kind_of(m)), None)


def _named(mentions: list[Mention], first_of: dict[tuple, int]) -> list[int]:
    """The dated meetings the mentions name with their numbers (or with none, as they were dated)."""
    return [first_of[key] for m in mentions for n in (m.ordinal, *m.optional_ordinals)
            if (key := (m.forum, m.level, m.meeting, n)) in first_of]


# A meeting named as the frame of what the sentence tells (vi.FRAME_WORDS, and a programme's:
# "nằm trong khuôn khổ chương trình Hội nghị AEM 52", "thuộc chương trình …"): the people after
# it are not said to be there.
_FRAMED = re.compile(rf"""(?ix)(?<!\w)(?:
      {alt(FRAME_WORDS)}
    | trong\s+khuôn\s+khổ\s+(?:chương\s+trình|các\s+hoạt\s+động|chuỗi)   # "trong khuôn khổ chương trình"
    | thuộc\s+(?:chương\s+trình|khuôn\s+khổ)
    )(?:\s+(?:các|của))?\s+$""")


# A day in a sentence: "20-21/5", "ngày 24/10", "ngày 5".
_A_DAY = re.compile(r"(?<![\d/])\d{1,2}\s*[/-]\s*\d{1,2}(?!\d)|(?i:ngày)\s+\d{1,2}(?!\d)")
_A_DAY = Gated(_A_DAY)      # searched only in sentences that hold its words: sentences.Gated


def _framed(text: str, m: Mention) -> bool:
    return bool(_FRAMED.search(text, max(0, m.pos - 45), m.pos))


def _series(events: list[tuple[int, Mention, Report]]) -> list[int]:
    """The article's first meeting and those of its level held alongside it (from three days
    before to a week after): "dẫn đầu đoàn dự các hội nghị trên" after SOM ASEAN, SOM ASEAN+3 …"""
    first = events[0][2]
    lo, hi = first.start - timedelta(days=3), first.end + timedelta(days=7)
    return [k for k, (_, _, ev) in enumerate(events) if ev.level == first.level and lo <= ev.start <= hi]


# "Chủ tịch AIPA 41 Nguyễn Thị Kim Ngân": a title that names the meeting its holder chairs.
_CHAIR_OF = re.compile(r"(?i)(?<!\w)chủ\s+tịch\s+(?P<forum>\S+(?:\s+\S+){0,3}?)\s*[-–]?\s*(?P<n>\d{1,3})\s*$")


# Where one clause of a sentence ends and another, with its own subject, begins: "Phó Thủ tướng X dự
# Hội nghị A, trong khi Bộ trưởng Y dự Hội nghị B", "…, còn Tổng thống Z dự …", "; ".
_CLAUSE_BREAK = re.compile(r"(?i);|,\s*(?:trong\s+khi|còn|trong\s+lúc|đồng\s+thời|tiếp\s+đó|sau\s+đó)\s")


def _own_clauses(s: Sentence, officials: list[Official], targets: list[int], dated_here: list[int],
                 first_of: dict[tuple, int], events: list[tuple[int, Mention, Report]]) -> dict[int, list[int]]:
    """Each person's meetings by their own clause (by their position), when the sentence's people
    stand in clauses of their own and a clause names meetings ("X dự Hội nghị A, trong khi Y dự
    Hội nghị B"; not one person's list of activities: "Thủ tướng sẽ dự A; …; dự Diễn đàn B")."""
    if len(s.mentions) < 2:
        return {}
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(s.text)]
    if not breaks:
        return {}

    def clause(pos: int) -> tuple[int, int]:
        return max([b for b in breaks if b <= pos], default=0), min([b for b in breaks if b > pos], default=len(s.text))

    of = {o.pos: clause(o.pos) for o in officials}
    if len(set(of.values())) < 2:
        return {}
    out: dict[int, list[int]] = {}
    for pos, (lo, hi) in of.items():
        mine = [m for m in s.mentions if lo <= m.pos < hi]
        ks = ([k for k in dated_here if events[k][1] in mine] or _named(mine, first_of)) if mine else []
        if ks:
            out[pos] = [k for k in ks if k in targets] or ks
    return out


# A meeting's guest, named right after it: "… chủ trì Hội nghị A với sự tham dự của X, Hội nghị B với Y".
# (not "trong đó có": who of the sentence's subject, at all its meetings)
_WITH_GUEST = re.compile(r"(?i)(?<!\w)(?:với|(?<!đó\s)có)\s+(?:sự\s+(?:tham\s+dự|tham\s+gia|có\s+mặt)\s+của\s+)?")
_GUEST_BREAK = re.compile(r"[,;]|\svà\s")
# ... or its chair, named right after it: "… tiếp đó là Hội nghị B ngày 8/11 do Phó Thủ tướng X và Bộ
# trưởng Y đồng chủ trì", "Hội nghị A ngày 17/12 tại Tokyo do Thủ tướng Z chủ trì, và Hội nghị B …",
# "… dưới sự chủ trì của …" ("do" only where the chairing follows the names: "do dịch bệnh" is a cause), right
# after the meeting's name, date and place (not "…, dưới sự chủ trì của", after a frame or a list)
_CHAIRED_BY = re.compile(r"(?i)(?<!\w)(?:(?P<do>do)|dưới\s+sự\s+(?:đồng\s+)?chủ\s+(?:trì|tọa)\s+của)\s+")
_ALL_OF_THEM = re.compile(r"(?i)(?<!\w)(?:đều|cùng)\s+$")      # "… lần thứ 16 và lần thứ 17, đều do X chủ trì": both
# … past its own day and place and a comma: "Hội nghị liên Bộ trưởng … lần thứ 18 ngày 15-16/11, do Bộ trưởng X và Bộ trưởng
# Y đồng chủ trì; tiếp đó là Hội nghị …" (_guests)
_ITS_DAY_AND_A_COMMA = re.compile(r"(?i)\s*(?:(?:vào\s+)?(?:ngày|hôm|sáng|chiều|tối|từ)\s+)?\d{1,2}(?:\s*[-–/.]\s*\d{1,4}){1,3}"
                                  r"(?:\s+(?:tại|ở)\s+[^,;]{1,40})?\s*,\s*")
_CHAIRS_NEXT = re.compile(r"(?i)(?:,[^,;.]{0,60},|\s+và\s+[^,;.]{0,90}?)?\s*(?:cùng\s+)?(?:đồng\s+)?(?:chủ\s+trì|chủ\s+tọa|điều\s+hành)(?!\w)")


def _guests(s: Sentence, officials: list[Official], dated_here: list[int], first_of: dict[tuple, int],
            events: list[tuple[int, Mention, Report]]) -> dict[int, list[int]]:
    """Each person a sentence of several meetings names right after one of them, with "với", as
    that meeting's alone: "Tổng thống Joko Widodo lần lượt chủ trì Hội nghị Cấp cao ASEAN – Trung
    Quốc với sự tham dự của Thủ tướng Lý Cường, Hội nghị Cấp cao ASEAN – Hàn Quốc với Tổng thống
    Yoon Suk Yeol và …" (not Lý Cường at the ASEAN – Korea summit)."""
    if len(s.mentions) < 2:
        return {}
    out: dict[int, list[int]] = {}
    previous: Official | None = None       # the last guest, whose list a next name may go on
    for o in sorted(officials, key=lambda o: o.pos):
        # (not a meeting told about: "Hội nghị Bộ trưởng NAM chuẩn bị cho Thượng đỉnh đã diễn ra dưới sự chủ trì của X")
        m = next((m for m in reversed(s.mentions) if m.pos < o.pos and not _told_about(s.text, m)), None)
        if m is None:
            continue
        joins = list(_WITH_GUEST.finditer(s.text, m.pos, o.pos)) or [
            j for j in _CHAIRED_BY.finditer(s.text, m.end_pos, o.pos)
            if (not _GUEST_BREAK.search(s.text, m.end_pos, j.start()) or _ITS_DAY_AND_A_COMMA.fullmatch(s.text, m.end_pos, j.start()))
            and not _ALL_OF_THEM.search(s.text, m.end_pos, j.start())
            and (not j["do"] or _CHAIRS_NEXT.match(s.text, name_end(s.text, o)))]
        title = s.text.rfind(o.role, joins[-1].end(), o.pos) if joins and o.role else -1     # "Phó Thủ tướng, Bộ trưởng …"
        if not joins or _GUEST_BREAK.search(s.text, joins[-1].end(), title if title >= 0 else o.pos) and not _goes_on(
                s.text, previous, o):
            previous = None
            continue
        shared = [m]
        if not _WITH_GUEST.match(s.text, joins[-1].start()):
            # the meetings joined to the one chaired share its chair: "Hội nghị APSC và Hội nghị ACC do Bộ
            # trưởng X chủ trì"
            for n in reversed([n for n in s.mentions if n.pos < m.pos]):
                if not _JOINED.fullmatch(s.text, n.end_pos, shared[-1].pos):
                    break
                shared.append(n)
        ks = [k for k in dated_here if events[k][1] in shared] or _named(shared, first_of)
        if ks:
            out[o.pos] = ks
            previous = o
    return out


# Between two guests of one list: a comma, "và", or both ("… của Thủ tướng Trung Quốc X, Thủ tướng
# Nhật Bản Y và Tổng thống Hàn Quốc Z, cùng Hội nghị …").
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:và\s+)?|và\s+)")


def _goes_on(text: str, previous: Official | None, o: Official) -> bool:
    """Does `o` follow the guest `previous` in one list of names, titled each?"""
    if previous is None:
        return False
    title = text.rfind(o.role, previous.pos + len(previous.name), o.pos) if o.role else -1
    return title >= 0 and _LIST_JOIN.fullmatch(text, previous.pos + len(previous.name), title) is not None


def _chaired(o: Official, events: list[tuple[int, Mention, Report]], gaz: Gazetteer) -> list[int]:
    m = _CHAIR_OF.search(o.role)
    forum = gaz.forum(m.group("forum")) if m else None
    if forum is None:
        return []
    return [k for k, (_, _, ev) in enumerate(events) if ev.forum == forum and ev.ordinal == int(m.group("n"))][:1]


# Someone named as the owner of what another person speaks of: "Chủ tịch Trung Quốc Tập Cận Bình đã đưa ra lời
# cảnh báo nhắm đến chính sách "Nước Mỹ trước tiên" của Tổng thống Donald Trump" (but "bài phát biểu của …",
# "sự tham dự của …", "đoàn của …" tell the owner took part).
# (the owned is the four words before "của": "bài phát biểu mở đầu của", "sự tham dự dự kiến của" took part;
# not a date: "chuyến thăm … từ ngày 23 - 25/5 của Tổng thống Mỹ Barack Obama, người cũng tham dự …")
_OWNED_BY = re.compile(r"(?i)(?<!\w)([^\W\d_]+(?:\s+[^\W\d_]+){0,3})[”\"’']?\s+của\s+(?:(?:ông|bà|ngài)\s+)?$")
_TAKING_PART_NOUN = re.compile(rf"(?i)(?<!\w)(?:{_TAKE_PART}|{_SPEAK}|có\s+mặt|đoàn|bài\s+nói|lời\s+mời)(?!\w)")


def _anothers_possessor(text: str, o: Official, officials: list[Official]) -> bool:
    """Is `o` named after "của", as the owner of something that is not a taking part, with
    another official named before it in the sentence?"""
    before = text[:o.pos].rstrip()
    at = len(before) - len(o.role) if before.endswith(o.role) else o.pos     # where the title opens
    owned = _OWNED_BY.search(text, max(0, at - 40), at)
    return bool(owned and not _TAKING_PART_NOUN.search(owned.group(1))
                and any(other.pos < owned.start() for other in officials if other is not o))


# Leaders met in bilateral talks on a meeting's sidelines are not told to attend it (the guideline: "people met only
# … in bilateral talks are not participants"): a sentence of talks with no verb of taking part links no one.
# (not "Trước đó trong cuộc gặp, Bộ trưởng Ngoại giao Lào … khẳng định …": the meeting itself, not talks between two)
# ("tiếp" only before a capital, a title or a name: "… tiếp Thứ trưởng Bộ Ngoại giao Mỹ … bên lề phiên họp …")
_TALKS = re.compile(r"(?i)(?<!\w)(?:(?<!cuộc\s)gặp(?:\s+(?:gỡ|mặt|nhau|riêng))?|hội\s+đàm|hội\s+kiến|tiếp\s+xúc|điện\s+đàm"
                    r"|tiếp(?=\s+(?-i:[A-ZĐ]))"
                    r"|cuộc\s+gặp(?:\s+(?:song\s+phương|riêng|trực\s+tiếp))?\s+(?:giữa|với)|(?:cuộc\s+)?thảo\s+luận\s+giữa"
                    # "… đã có cuộc gặp trực tiếp đầu tiên tại Hamburg, bên lề …", "Ông có cuộc đối thoại với Ngoại trưởng …",
                    # "… đã có các cuộc thảo luận với người đồng cấp Thổ Nhĩ Kỳ …" (the sample s29)
                    r"|có\s+(?:một\s+|các\s+|những\s+)?cuộc\s+(?:gặp|đối\s+thoại|trao\s+đổi|hội\s+đàm|thảo\s+luận))(?!\w)")
_TALKS = Gated(_TALKS)      # searched only in sentences that hold its words: sentences.Gated


def _only_met(text: str, talks_are_a_meeting: bool = False) -> bool:
    """Does the sentence tell of talks (_TALKS), or of taking part in them only (_AT_THE_TALKS), and of no other
    taking part (_STRONG)? "Tổng thống Mỹ Donald Trump và Chủ tịch Trung Quốc Tập Cận Bình có khả năng sẽ gặp mặt tại
    hội nghị thượng đỉnh G20 …", "… cuộc thảo luận giữa Tổng thống Mỹ Donald Trump và Chủ tịch Trung Quốc Tập Cận
    Bình bên lề hội nghị thượng đỉnh G20 ở Osaka"."""
    taking_part = list(_STRONG.finditer(text))
    at_the_talks = [m for m in taking_part if (talks := _AT_THE_TALKS.match(text, m.end()))
                    and not (talks_are_a_meeting and _A_MEETING_CALLED_TALKS.match(text, talks.start("talks")))
                    and not _CHAIRS.match(m.group())]
    talks = at_the_talks or _TALKS.search(text) or (not talks_are_a_meeting and _OPENS_AT_THE_TALKS.match(text))
    return bool(talks) and len(at_the_talks) == len(taking_part) and _CHAIRS_OR_SPEAKS.search(text) is None


# A guess that someone may take part: "Giới quan sát cho rằng Tổng thống Nga Vladimir Putin … có thể tham gia sự kiện",
# "… nhiều khả năng sẽ không dự" (not "… sẽ dự hội nghị, nơi ông có thể gặp …": what may happen there)
_SPEAKS_THERE = re.compile(r"(?i)(?<!\w)(?:phát\s+biểu|diễn\s+văn|chủ\s+tọa|góp\s+mặt)(?!\w)")
# (a guess, a report of one, or a condition: "được cho là sẽ thay ông dẫn đầu phái đoàn", "Nếu tham dự, ông …")
_MAY = re.compile(r"(?i)(?<!\w)(?:có\s+thể|có\s+khả\s+năng|nhiều\s+khả\s+năng|được\s+cho\s+là|nếu)"
                  r"(?:\s+(?:sẽ|cũng|không|được|trực\s+tiếp|đích\s+thân|vẫn|thay\s+(?:ông|bà)))*\s+$")
_IF = re.compile(r"(?i)\W*nếu(?!\w)")        # a sentence told as a condition: "Nếu tham dự, ông Ngụy sẽ là …"
# … and the noun of a verb that speaks of the one guessed at again: "dù sự hiện diện của ông vấp phải phản đối"
_OF_THE_SAME = re.compile(r"(?i)(?<!\w)sự\s+$")
_OF_HIM = re.compile(r"(?i)\s+của\s+(?:ông|bà|ngài)(?!\w)")


def _only_maybe(s: Sentence) -> bool:
    """Is every verb of taking part or speaking at the meeting in the sentence one that it may do (_MAY), leaving out
    those inside a meeting's name ("Hội nghị lần thứ 15 các bên tham gia Công ước khung …") and those that speak of the
    one guessed at again (_OF_THE_SAME)? Not a verb of telling: "Truyền thông Nhật Bản cho biết Thủ tướng … nhiều khả
    năng sẽ không dự hội nghị"."""
    text = s.text
    verbs = [v for v in _verbs_of_taking_part(s, 0, len(text))
             if not (_OF_THE_SAME.search(text, max(0, v.start() - 4), v.start()) and _OF_HIM.match(text, v.end()))]
    return bool(verbs) and (bool(_IF.match(text)) or all(_may(text, v) for v in verbs))


def _verbs_of_taking_part(s: Sentence, start: int, stop: int) -> list[re.Match[str]]:
    """The verbs of taking part or speaking at the meeting between start and stop, in order, outside the names of
    meetings ("Hội nghị lần thứ 15 các bên tham gia Công ước khung …")."""
    return sorted((v for v in (*_STRONG.finditer(s.text, start, stop), *_SPEAKS_THERE.finditer(s.text, start, stop))
                   if not any(m.pos <= v.start() < m.end_pos for m in s.mentions)), key=lambda v: v.start())


def _may(text: str, verb: re.Match[str]) -> bool:
    """Does a guess or a condition (_MAY) lead to the verb?"""
    return bool(_MAY.search(text, max(0, verb.start() - 40), verb.start()))


def _may_only(s: Sentence, o: Official, officials: list[Official]) -> bool:
    """Is the first verb of taking part or speaking after `o` (before the next person named) one that they may do
    (_MAY)? "Trong khi Thủ tướng … lên đường … dự Hội nghị …, Tổng thống Ukraine Volodymyr Zelensky được cho là có thể
    trực tiếp có mặt tại hội nghị": Zelensky is only guessed at."""
    stop = min((p.pos for p in officials if p.pos > o.pos), default=len(s.text))
    verbs = _verbs_of_taking_part(s, name_end(s.text, o), stop)
    return bool(verbs) and _may(s.text, verbs[0])


# "Tại cuộc gặp, Phó thủ tướng đã trao đổi …" after the talks told before
_OPENS_AT_THE_TALKS = re.compile(r"(?i)^\W*(?:tại|trong)\s+(?:cuộc|buổi)\s+(?:gặp|hội\s+đàm|hội\s+kiến|tiếp)"
                                 r"(?:\s+(?:này|đó|trên|ấy))?\s*,")


# … of taking part in the talks themselves: "… người cùng Ngoại trưởng Nga Sergei Lavrov có mặt trong cuộc gặp, …", "ông
# Trump cùng vợ tham gia cuộc gặp này", "… nơi ông tham dự các hoạt động song phương bên lề Thượng đỉnh ASEAN"
_AT_THE_TALKS = re.compile(r"(?i)\s+(?:(?:trong|tại|vào)\s+)?(?P<talks>(?:(?:cuộc|buổi)\s+(?:gặp|hội\s+đàm|hội\s+kiến|tiếp\s+xúc)(?!\w)"
                           r"|(?:các\s+|những\s+)?(?:hoạt\s+động|cuộc\s+gặp|cuộc\s+tiếp\s+xúc)\s+song\s+phương))")
# … where no meeting the article dates is itself called "cuộc gặp" ("Thủ tướng … dự cuộc gặp các nhà lãnh đạo ASEAN
# ngày 11-10"): then "tham dự cuộc gặp" is taking part in it
_A_MEETING_CALLED_TALKS = re.compile(r"(?i)(?:cuộc|buổi)\s+(?:gặp|hội\s+đàm|hội\s+kiến|tiếp\s+xúc)")
_CHAIRS = re.compile(r"(?i)(?:đồng\s+)?chủ\s+trì")     # who chairs "cuộc gặp" chairs a meeting (_only_met)


# "… nơi ông giữ vai trò chủ tọa"
_CHAIRS_OR_SPEAKS = re.compile(r"(?i)(?<!\w)(?:chủ\s+tọa|phát\s+biểu\s+(?:tại|trước)|diễn\s+văn)(?!\w)")


# Whose spouse or child someone is: "Đệ nhất phu nhân Melania Trump, vợ Tổng thống Mỹ Donald Trump, sẽ không
# tham dự …", "bà X, phu nhân Thủ tướng Y, …" (not "Vợ chồng Tổng thống Y dự …": the couple).
_KIN_BEFORE = re.compile(r"(?i)(?<!\w)(?:vợ(?!\s+chồng)|(?<!vợ\s)chồng|phu\s+nhân|phu\s+quân|con\s+(?:trai|gái|rể|dâu)"
                         r"|(?:cha|mẹ|bố)\s+(?:đẻ\s+)?của)(?:\s+của)?\s+$")


def _named_as_kin(text: str, o: Official) -> bool:
    """Is `o` named, title and all, only to say whose spouse or child someone is?"""
    before = text[:o.pos].rstrip()
    at = len(before) - len(o.role) if o.role and before.endswith(o.role) else o.pos     # where the title opens
    return bool(_KIN_BEFORE.search(text, max(0, at - 24), at))


# What someone tells, right after their name (past who they are and the time they told it: ", Trưởng Phái
# đoàn thường trực …,", "hôm nay", "hôm 19/1", "tháng trước"): "Phó tổng thống Mỹ Mike Pence hôm nay xác nhận
# …", "Đại sứ Nga … tháng trước xác nhận với VnExpress …".
_TELLS = re.compile(r"(?i)\s*(?:,[^,;.:]{1,90},\s*)?(?:[^\W\d_]+\s+){0,2}?"
                    r"(?:(?:hôm|ngày|sáng|chiều|tối)\s+(?:nay|qua|\d{1,2}(?:\s*/\s*\d{1,2})?)\s+)?"
                    r"(?:đã\s+|cũng\s+)?(?:xác\s+nhận|cho\s+biết|cho\s+hay|khẳng\s+định|nói(?!\s+chuyện)|tuyên\s+bố|thông\s+báo"
                    r"|tiết\s+lộ|công\s+bố|nhắc\s+lại)(?!\w)")
_SUBJECT_NEXT = re.compile(r"(?i)\s*,?\s*(?:rằng\s+)?")
_BESIDE_IT = re.compile(rf"(?i)(?<!\w)bên\s+lề\s+(?:các\s+)?(?:{MEETING_NOUN}|thượng\s+đỉnh)(?!\w)")
# ... of themselves among others: "… cho biết ông và Tổng thống Joe Biden sẽ cùng dự …"
_OF_THEMSELVES = re.compile(r"(?i)\s*(?:,\s*)?(?:rằng\s+)?(?:ông|bà|mình)\s+(?:và|cùng|sẽ|đã)(?!\w)")
_TAKES_PART = re.compile(rf"(?i)(?<!\w)(?:{_TAKE_PART}|phát\s+biểu|diễn\s+văn|chủ\s+tọa)(?!\w)")
# ... or by a word of address and a name ("… thông báo ông Trump sẽ đến Việt Nam dự …"; the name's capital is
# checked in code: sre's IGNORECASE would take any letter)
_ADDRESSED = re.compile(r"(?i)(?<!\w)(?:ông|bà|ngài)\s+(\w)")


# Attending told as a noun, its goer named after the meeting: "… chuyến thăm chính thức Việt Nam và dự Hội nghị cấp
# cao APEC của Tổng thống Donald Trump vào đầu tháng 11 …", "Việc tham dự Hội nghị … ngày 13/11 của Thủ tướng X …".
_ATTENDING_BEFORE = re.compile(r"(?i)(?<!\w)(?:tham\s+)?dự\s+$")
_OF_WHOM = re.compile(r"(?i)(?<!\w)của\s+$")
_NO_STOP = re.compile(r"[^,;:()]*")     # (a meeting's name may run on to the goer's: "… APEC của Tổng thống X")
# … not one who invites or chairs, or in whose place one goes: "dự Hội nghị … theo lời mời của Thủ tướng X"
_NOT_THE_GOER = re.compile(r"(?i)(?<!\w)(?:theo|thay|mời|đề\s+nghị|sáng\s+kiến|chủ\s+trì|chủ\s+tọa)(?!\w)")


def _goers_named_after(s: Sentence, officials: list[Official]) -> set[int]:
    """Where the sentence's one verb of attending is told as a noun, the people named after the meeting by "của"
    (_OF_WHOM): the ones who attend, by the place of their names; else none."""
    attended = [m for m in s.mentions if _ATTENDING_BEFORE.search(s.text, max(0, m.pos - 12), m.pos)]
    if not attended or sum(1 for _ in _STRONG.finditer(s.text)) != 1:
        return set()
    out = set()
    for m in attended:
        for o in officials:
            at = s.text.rfind(o.role, m.pos, o.pos) if o.role else -1
            at = at if at >= 0 and not s.text[at + len(o.role):o.pos].strip(" ,") else o.pos     # the title opens it
            if (m.pos < at <= m.end_pos + 60 and _OF_WHOM.search(s.text, max(m.pos, at - 8), at)
                    and _NO_STOP.fullmatch(s.text, m.pos, at) and not _NOT_THE_GOER.search(s.text, m.pos, at)):
                out.add(o.pos)
    return out


# A caption's people at the meeting, with no verb: "Tổng thống Mỹ Donald Trump (trái) và Thủ tướng Canada Justin
# Trudeau tại hội nghị thượng đỉnh G7 ở Quebec", "Thủ tướng Nguyễn Xuân Phúc tại Hội nghị Cấp cao ASEAN lần thứ 33",
# "… Phạm Bình Minh và Ngoại trưởng Trung Quốc Vương Nghị (thứ 4 và 5 từ trái sang) trong cuộc họp cấp ngoại trưởng
# ASEAN - Trung Quốc", "Chủ tịch nước Trần Đại Quang (phải) bắt tay Tổng thống Mỹ Donald Trump tại hội nghị APEC".
# (or at its opening: "… chào hỏi nhau tại buổi khai mạc hội nghị thượng đỉnh G20")
_AT_BEFORE = re.compile(r"(?i)(?<!\w)(?:tại|ở|trong)\s+(?:(?:buổi|lễ|phiên)\s+(?:khai|bế)\s+mạc\s+)?$")
_ONLY_PEOPLE_LEFT = re.compile(r"(?i)[\s,()]*(?:(?:trái|phải|giữa|thứ\s+\w+(?:\s+và\s+\w+)?\s+từ\s+(?:trái|phải)(?:\s+sang)?"
                               r"|và|cùng"
                               # (people greeting each other there: "Chủ tịch nước … (phải) bắt tay Tổng thống Mỹ … tại hội nghị
                               # APEC", "Tổng thống X và Thủ tướng Y trò chuyện tại …", "… đã tươi cười chào hỏi nhau tại …")
                               r"|(?:đã\s+)?(?:tươi\s+cười\s+)?(?:bắt\s+tay|trò\s+chuyện|nói\s+chuyện|chào\s+hỏi)"
                               r"(?:\s+(?:với\s+nhau|nhau|với))?)[\s,()]*)*")


def _pictured_at(s: Sentence, officials: list[Official] | None) -> bool:
    """Does the sentence name only people, then "tại" or "ở" and the meeting (_AT_BEFORE), as a caption does?"""
    if not s.mentions or not officials or not (at := _AT_BEFORE.search(s.text, max(0, s.mentions[0].pos - 8),
                                                                         s.mentions[0].pos)):
        return False
    left, end = [], 0
    for o in sorted(officials, key=lambda o: o.pos):
        if o.pos >= at.start():
            break
        title = s.text.rfind(o.role, end, o.pos) if o.role else -1
        left.append(s.text[end:title if title >= 0 else o.pos])
        end = name_end(s.text, o)
    left.append(s.text[end:at.start()])
    return end > 0 and all(_ONLY_PEOPLE_LEFT.fullmatch(piece) for piece in left)


def _tells_of_another(text: str, o: Official, gaz: Gazetteer, by_country: bool = True) -> bool:
    """Does `o` only tell that someone else takes part? "Phó tổng thống Mỹ Mike Pence hôm nay xác nhận Tổng
    thống Mỹ Donald Trump tháng 11 tới đây sẽ tham dự …": who attends is the one named after the telling, before
    the verb of attending, by a title or a country (not "Thủ tướng X cho biết sẽ dự …", who tells of himself, nor "… cho
    biết ông và Tổng thống Y sẽ cùng dự …")."""
    told = _TELLS.match(text, name_end(text, o))
    if not told or _OF_THEMSELVES.match(text, told.end()):
        return False
    attends = _TAKES_PART.search(text, told.end())
    return bool(attends and (gaz.title_re.search(text, told.end(), attends.start())
                             or any(a.group(1).isupper() for a in _ADDRESSED.finditer(text, told.end(), attends.start()))
                             # … or by a country, right after the telling: "Thứ trưởng X nhắc lại, Việt Nam đã đề xuất
                             # và chủ trì Hội nghị …" (not "… khẳng định sẽ thăm Việt Nam và dự …")
                             or by_country and gaz.country_re.match(text, _SUBJECT_NEXT.match(text, told.end()).end())))


# A word of what is to come: one who "sẽ phát biểu" at a meeting still to come takes part in it.
_TO_COME = re.compile(rf"(?i)(?<!\w)(?:{alt(PLANNED_WORDS)})(?!\w)")
_TO_COME = Gated(_TO_COME)      # searched only in sentences that hold its words: sentences.Gated


# Who put the meeting forward is not told to attend it: "Hội nghị này do Tổng thống Mỹ Donald Trump đề xuất trong lá
# thư mời …", "Diễn đàn do Thủ tướng X khởi xướng năm 2018 …" (not "do Thủ tướng X chủ trì", who chairs it).
_BY_BEFORE = re.compile(r"(?i)(?<!\w)do\s+$")
_PUT_FORWARD = re.compile(r"(?i)\s*(?:đã\s+)?(?:đề\s+xuất|đề\s+nghị|khởi\s+xướng|sáng\s+lập|gợi\s+ý|đưa\s+ra\s+ý\s+tưởng)(?!\w)")


def _proposed_by(text: str, o: Official) -> bool:
    at = text.rfind(o.role, 0, o.pos) if o.role else -1
    at = at if at >= 0 else o.pos       # where the title opens, else the name
    return bool(_BY_BEFORE.search(text, max(0, at - 6), at) and _PUT_FORWARD.match(text, name_end(text, o)))


# Who hosts a banquet for those at the meeting only welcomes them (the guideline's hosts): "Nhà vua Nhật Bản
# Naruhito và Hoàng hậu Masako đã chiêu đãi trọng thể các trưởng đoàn dự hội nghị", "Tổng thống X mở tiệc
# chiêu đãi …" (past a spouse or a companion named after the host, and the time).
_HOSTS_A_BANQUET = re.compile(r"(?i)\s*(?:(?:và|cùng)\s+(?:[^\W\d_]+\s+){1,6}?)?(?:,[^,;.:]{1,60},\s*)?"
                              r"(?:(?:hôm|ngày|sáng|chiều|tối|trưa)\s+(?:nay|qua|\d{1,2}(?:\s*/\s*\d{1,2})?)\s+)?"
                              r"(?:đã\s+|sẽ\s+)?(?:mở\s+tiệc\s+|chủ\s+trì\s+(?:tiệc|buổi)\s+)?chiêu\s+đãi(?!\w)")


# Who goes with a leader: "Cùng đi với Chủ tịch nước có …", "Tháp tùng Thủ tướng có …", "Tham gia đoàn có …".
_DELEGATION = re.compile(r"(?i)(?<!\w)(?:cùng\s+đi|đi\s+cùng|tháp\s+tùng|tham\s+gia\s+đoàn|thành\s+phần\s+đoàn|"
                         r"đồng\s+hành\s+cùng)(?!\w)")
_DELEGATION = Gated(_DELEGATION)      # searched only in sentences that hold its words: sentences.Gated


# The leader a delegation goes with, by their title (and name): "Cùng đi với Thủ tướng có …", "Tháp tùng Chủ tịch
# nước có …", "Đi cùng Tổng thống Joe Biden dự hội nghị có …".
_WITH_THE_LEADER = re.compile(r"(?i)(?<!\w)(?:cùng\s+đi\s+với|đi\s+cùng(?:\s+với)?|tháp\s+tùng|đồng\s+hành\s+cùng)\s+"
                              r"(?P<title>(?-i:[A-ZĐ])[^,;:()]{1,60}?)\s+(?:(?:dự|tham\s+dự)\s+[^,;:]{1,80}?\s+)?có(?!\w)")


def _the_leaders_meetings(text: str, linked: list[Participation], paragraph: set[str]) -> list[int]:
    """The meetings a delegation's members go to, told in a sentence that names none: all those a sentence told the
    leader they go with to attend ("Thủ tướng … dự Hội nghị Cấp cao ACMECS 8 và CLMV 9", then "Cùng đi với Thủ tướng
    có Bộ trưởng X …": both), the sentence earlier in `paragraph` (the texts before it in its paragraph) that linked
    the leader, else the first that did. The leader is known by the title (and name) after "cùng đi với", "tháp
    tùng". Empty when no one linked so far is so named or titled."""
    told = _WITH_THE_LEADER.search(text)
    if told is None:
        return []
    title = told.group("title").casefold()
    named = [p for p in linked if p.name.casefold() in title]
    # a bare title is the home country's leader's, as a Vietnamese outlet writes "Thủ tướng" for Việt Nam's: the
    # first so titled, whom the article reports (not "Thủ tướng Lý Cường sẽ dẫn đầu đoàn Trung Quốc" told after)
    titled = [p for p in linked if p.role and (title == p.role.casefold() or p.role.casefold().startswith(title + " "))]
    leader = named[-1] if named else next(iter([p for p in titled if p.country == "Việt Nam"] or titled), None)
    if leader is None:
        return []
    # the meetings of the sentence that linked the leader earlier in the paragraph, else of the one that first linked
    # the leader: the trip's (not those the leader's later days add: "Tháp tùng Thủ tướng có …" after the paragraphs on
    # each day's summits; but "… ngày 5/4 tới, Thủ tướng sẽ dự Hội nghị Cấp cao MRC … Tháp tùng Thủ tướng có …")
    theirs = [p.evidence for p in linked if p.name == leader.name]
    telling = next((e for e in reversed(theirs) if e in paragraph), theirs[0])
    return list(dict.fromkeys(p.event_key for p in linked if p.name == leader.name and p.evidence == telling))


def _past_the_week(targets: list[int], events: list[tuple[int, Mention, Report]]) -> list[int]:
    """A leader's delegation told in an article about an umbrella week (merge.UMBRELLA_WEEKS: "Tuần lễ
    Cấp cao APEC") goes with its leader to the forum's leaders' meeting that the article dates, when it
    dates one: the week is the frame of the meetings, not one of its own."""
    if not all(events[k][2].meeting in UMBRELLA_WEEKS for k in targets):
        return targets
    forums = {events[k][2].forum for k in targets}
    leaders: dict[tuple, int] = {}
    for k, (_, _, ev) in enumerate(events):
        if ev.level == "leaders" and ev.forum in forums:
            leaders.setdefault((ev.forum, ev.meeting, ev.ordinal, ev.start), k)
    return list(leaders.values()) if len(leaders) == 1 else targets


_LEAD = 3       # the sentences that open an article: what it is about


# Sentences in a row that tell no meeting, link no one, use no meeting's word and name not the forum in focus, after
# which the meeting in focus lapses as at a new paragraph (link_participants): a wire's body given as one block names
# a meeting in passing, then goes on to other news and who speaks of it.
_FOCUS_LAPSES = 3


def link_participants(sentences: list[Sentence], events: list[tuple[int, Mention, Report]],
                  gaz: Gazetteer, article: Article, ctx: DateContext | None = None) -> list[Participation]:
    """Who took part in which of the article's meetings; `ctx` reads the days sentences name."""
    if not events:
        return []
    dated: dict[int, list[int]] = {}
    first_of: dict[tuple, int] = {}
    for k, (index, m, ev) in enumerate(events):
        dated.setdefault(index, []).append(k)
        first_of.setdefault((m.forum, m.level, m.meeting, m.ordinal), k)
        first_of.setdefault((m.forum, m.level, m.meeting, ev.ordinal), k)     # "lần thứ 44, 45": the 45th
        first_of.setdefault((m.forum, m.level, m.meeting), k)      # for a mention without its number
    people = officials_by_sentence(sentences, gaz)
    # a person the article names once with their country ("Thủ tướng Trung Quốc Lý Khắc Cường") keeps it
    # where it names them with a bare title ("Thủ tướng Lý Khắc Cường", a surname Vietnamese names share)
    told_country = {o.name: o.country for found in people.values() for o in found if o.country}
    out: list[Participation] = []
    previous: list[int] = []        # the meetings the sentence before says people took part in
    focus: list[int] = []           # the meetings the paragraph last told of
    listing: list[int] = []         # the meetings of a list's items: who took part, after "… gồm:"
    quiet = 0
    last = max((i for i, s in enumerate(sentences) if s.index in people), default=-1)
    # a headline that names a forum or a meeting: the article reports it, and who speaks where no day or other
    # meeting is told speaks there (not in a piece on something else that names a meeting in passing)
    headlined = not article.title or bool(gaz.forums_named(article.title) or MEETING_WORDS.search(article.title))
    talks_are_a_meeting = any(_A_MEETING_CALLED_TALKS.match(m.text) for _, m, _ in events)   # (_only_met)
    if any(s.mentions for s in sentences[:_LEAD]) or article.title and gaz.forum_names(article.title):
        told_so_far = _meeting_told_so_far(sentences, events, first_of, lambda: _headline_meetings(article.title, gaz))
    else:
        # an article about something else, whose headline names no forum and whose lead no meeting: who
        # speaks or attends where it names none is not at the meeting it names in passing ("Chủ tịch nước
        # Trần Đại Quang sau đó phát biểu, chào mừng Tổng thống Trump …" in a report of a state visit that
        # recalls the APEC week)
        told_so_far = [()] * len(sentences)
    for i, s in enumerate(sentences):
        if i > last:
            break       # no one named from here on: what the sentences left tell links nobody
        told = _told_of(s, dated.get(s.index, []), first_of, events)
        # (a sentence that names the forum of the meeting in focus keeps it: "… lãnh đạo các nước thành viên GMS đã nêu …")
        names_focus = bool(focus) and not gaz.forums_named(s.text, gaz.forum_matches(s.text)).keys().isdisjoint(
            {events[k][2].forum for k in focus})
        if (i and s.para != sentences[i - 1].para) or (quiet >= _FOCUS_LAPSES and not names_focus) or (
                not told and _A_DAY.search(s.text) and not _inside_focus(s, focus, events, ctx)):
            focus = []      # a new paragraph, or the day of something unnamed (not one of the meeting's
                            # own days: "… diễn ra từ 8 đến 10/11. Chủ tịch nước phát biểu khai mạc sáng
                            # 8/11."): the meeting in focus is unknown
        officials = people.get(s.index)
        by_speech = False
        # a sentence's targets serve its own officials and the next sentence's (a list that goes on)
        needed = officials or (i + 1 < len(sentences) and people.get(sentences[i + 1].index))
        if not needed or (not s.mentions and _ELSEWHERE.search(s.text)) or _at_its_preparation(s.text):
            targets = []    # "Phát biểu tại buổi chiêu đãi, ông X …", "Trước hội nghị, Đại sứ Y cho biết …",
                            # "Tại hội thảo, Phó Trợ lý Ngoại trưởng X khẳng định …"
        elif (_ATTEND.search(s.text) and not _tells_of(s.text)) or _opens_at_meeting(s) or _pictured_at(s, officials):
            targets = _targets(s, dated.get(s.index, []), first_of, events, focus, ctx, told_so_far[i], headlined)
            # (linked by speaking alone: no attending, opening or being at the meeting told, nor a word of what is to come)
            by_speech = not (_STRONG.search(s.text) or _OPENING.search(s.text) or _opens_at_meeting(s)
                             or _pictured_at(s, officials) or _TO_COME.search(s.text) or _CHAIRS_OR_SPEAKS.search(s.text))
            if targets and _DELEGATION.search(s.text):
                if not s.mentions:
                    paragraph = {x.text for x in sentences[:i] if x.para == s.para}
                    targets = _the_leaders_meetings(s.text, out, paragraph) or targets
                targets = _past_the_week(targets, events)
        elif previous and officials and _LIST_GOES_ON.match(s.text):
            targets = previous      # "Từ trái sang: Thủ tướng Lào X, Thủ tướng Thái Lan Y, …" after who took part
        elif listing and LIST_ITEM.match(s.text):
            targets = listing       # "Các nhà lãnh đạo dự hội nghị gồm:" then "* Campuchia: Thủ tướng Hun Sen"
        else:
            targets = []
        if s.text.rstrip().endswith(":") or (_A_HEADING.search(s.text) and i + 1 < len(sentences)
                                             and LIST_ITEM.match(sentences[i + 1].text)):
            listing = targets       # (or a heading over the list, with no colon: "TRƯỞNG ĐOÀN DỰ HỘI NGHỊ")
        elif not LIST_ITEM.match(s.text):
            listing = []
        previous = targets
        focus = told or (targets if officials else []) or focus
        quiet = 0 if told or names_focus or (targets and officials) or _MEETING_WORDS.search(s.text) else quiet + 1
        if not officials:
            continue
        own = _own_clauses(s, officials, targets, dated.get(s.index, []), first_of, events) if targets else {}
        if targets:
            own.update(_guests(s, officials, dated.get(s.index, []), first_of, events))
        goers = _goers_named_after(s, officials) if targets else set()
        # (the sentence puts its people at the meeting: "Tại Hội nghị … , Phó Tổng thống X khẳng định Hoa Kỳ sẽ …",
        # "Trả lời báo chí bên lề hội nghị, Thủ tướng X khẳng định Việt Nam đã …": what a country does is what they say)
        at_it = bool(targets) and (_opens_at_meeting(s) or bool(_BESIDE_IT.search(s.text)))
        if _only_met(s.text, talks_are_a_meeting):
            continue        # "Trump và Tập sẽ gặp nhau bên lề hội nghị thượng đỉnh G20": met, not told to attend
        if _only_maybe(s):
            continue        # "… cho rằng Tổng thống Nga Vladimir Putin … có thể tham gia sự kiện": a guess, not told
        for o in officials:
            if goers and o.pos not in goers:
                continue        # "X hi vọng chuyến … dự Hội nghị cấp cao APEC của Tổng thống Y …": Y goes, not X
            if o.pos not in goers and (_anothers_possessor(s.text, o, officials) or _tells_of_another(s.text, o, gaz, not at_it)
                                       or _named_as_kin(s.text, o) or _may_only(s, o, officials)
                                       or _HOSTS_A_BANQUET.match(s.text, name_end(s.text, o))
                                       or _proposed_by(s.text, o)):
                continue
            for k in own.get(o.pos) or targets or _chaired(o, events, gaz):
                index, m, ev = events[k]
                if (by_speech and o.pos not in own and ctx is not None and ctx.ref is not None and not ctx.ref_guessed
                        and ev.start > ctx.ref):
                    continue    # what one says now is not said at a meeting still to come: "Thứ trưởng cho biết các nhà
                                # lãnh đạo sẽ trao đổi …" at a briefing before the summit
                if index == s.index and _PREPARES.search(s.text, o.pos, max(o.pos, m.pos)):
                    continue    # "chủ trì cuộc họp chuẩn bị cho Hội nghị X": preparing X is not attending it
                # (a list's item may say the country before a colon: "- Myanmar: Thư ký thường trực Bộ Ngoại giao X")
                country = (None if o.country else _items_country(s.text, gaz)) or country_of(o, gaz)
                if country == "Việt Nam" and not o.country and told_country.get(o.name, country) != country:
                    country = told_country[o.name]
                out.append(Participation(k, article.article_id, o.name, o.role, country, s.text, ev.start, o.level))
    return out

