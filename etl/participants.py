"""Who took part in an article's meetings: the titled people named in sentences about them.

Counts (after the guideline): attending, chairing, co-chairing, leading or joining a delegation,
speaking. Not: hosts who only invite, people met in bilateral talks or at the airport, people
who did not come. Short forms ("Bộ trưởng Sơn") become the full name the article gave before.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import timedelta

from .dates import DateContext, find_dates
from .gazetteer import Gazetteer
from .lookahead import ahead
from .officials import VIET_SURNAMES, find_officials
from .records import Article, Mention, Official, Participation, Report
from .sentences import MEETING_NOUN, MEETING_WORDS, Sentence
from .vi import FRAME_WORDS, alt

# Taking part: attending, chairing, leading or joining the delegation, standing in for someone ...
_TAKE_PART = (r"tham\s+dự|dự(?!\s+(?:kiến|thảo|án|báo|định|trù|toán|phòng|bị)(?!\w))|chủ\s+trì|đồng\s+chủ\s+trì|dẫn\s+đầu|trưởng\s+đoàn|tham\s+gia|đại\s+diện(?!\s+(?:thường\s+trực|cá\s+nhân|thương\s+mại))|"
              r"dự\s+họp|hiện\s+diện|có\s+mặt|tháp\s+tùng|đi\s+cùng|cùng\s+đi|điều\s+hành")
# ... or speaking at the meeting.
_SPEAK = (r"phát\s+biểu|diễn\s+văn|chủ\s+tọa|báo\s+cáo|đề\s+xuất|đề\s+nghị|nhấn\s+mạnh|khẳng\s+định|"
          r"hoan\s+nghênh|cho\s+biết|chia\s+sẻ|thảo\s+luận|tham\s+luận|trình\s+bày|khai\s+mạc\s+(?:hội\s+nghị|phiên|cuộc\s+họp)|"
          r"kêu\s+gọi|cảnh\s+báo")
_ATTEND = re.compile(rf"(?i)(?<!\w)(?:{_TAKE_PART}|{_SPEAK})(?!\w)")
_STRONG = re.compile(rf"(?i)(?<!\w)(?:{_TAKE_PART})(?!\w)")
_EXCLUDE_BEFORE = re.compile(r"(?i)(?:lời\s+mời\s+của|gặp(?:\s+gỡ)?(?:\s+với)?|hội\s+đàm(?:\s+với)?|"
                             r"hội\s+kiến|tiếp\s+xúc(?:\s+với)?|điện\s+đàm(?:\s+với)?|ra\s+sân\s+bay\s+đón|"
                             r"đón\s+tiếp)\s(?:[^.;:,]|,\s*(?:trong\s+đó(?:\s+có)?|gồm|như)\s)*$")
# (a list's "…, trong đó có X" goes on: "tiếp xúc với Ngoại trưởng các nước, trong đó có Ngoại trưởng Y")
# Several meetings at once: "dự các hội nghị trên", "các cuộc họp này".
_SEVERAL = re.compile(rf"(?i)(?<!\w)(?:các\s+(?:{MEETING_NOUN})|tất\s+cả\s+các\s+phiên)(?!\s+(?:lần|thứ|cấp\s+cao|bộ\s+trưởng))")
# "cả hai hội nghị", "ba hội nghị này": the meetings the paragraph has just told of, all of them.
_COUNTED_MEETINGS = re.compile(rf"(?i)(?<!\w)(?:cả\s+)?(?:hai|ba|bốn)\s+(?:{MEETING_NOUN})(?!\s+(?:lần|thứ|cấp\s+cao|bộ\s+trưởng))")
_JOINED = re.compile(r"\s*(?:,\s*)?(?:và\s+)?")       # what joins two meetings' names into one list
_RESULTS_OF = re.compile(r"(?i)(?<!\w)(?:kết\s+quả(?:\s+(?:của|tại))?|về)(?:\s+các)?\s+$")
# "một cuộc họp trực tuyến cấp Bộ trưởng": some other meeting, not the article's.
# (Not "một phiên họp": a session of the meeting told, "Phát biểu tại một phiên họp, Tổng thống …".)
_ANOTHER_MEETING = re.compile(rf"(?i)(?<!\w)một\s+(?!phiên\s)(?:{MEETING_NOUN})(?!\w)")
# The opening or closing speech, the chair's seat: said of the meeting the article is about.
_OPENING = re.compile(r"(?i)(?<!\w)(?:khai\s+mạc|bế\s+mạc|diễn\s+văn|chủ\s+tọa|đồng\s+chủ\s+tọa)(?!\w)")
_PREPARES = re.compile(r"(?i)(?<!\w)chuẩn\s+bị(?:\s+cho)?(?!\w)")
_APPOINT = re.compile(r"(?i)(?<!\w)(?:cử|ủy\s+quyền\s+cho|ủy\s+nhiệm\s+cho)(?!\w)")
_APPOINT = ahead(_APPOINT)      # the same matches, sooner: etl/lookahead.py
# A host who only welcomes or invites, someone who sent a message: "Thủ tướng X chủ trì lễ đón
# Thủ tướng Y", "Tổng thống X gửi thư chúc mừng Hội nghị". Not when the same sentence has them
# open or address the meeting.
_HOST_AFTER = re.compile(r"(?i)^[\s,]*(?:và\s+phu\s+nhân\s+)?(?:(?:đã|sẽ)\s+)?(?:chủ\s+trì\s+)?(?:(?:lễ|tiệc)\s+)?"
                         r"(?:đón|chào\s+đón|đón\s+chào|chào\s+mừng|tiếp\s+đón|mời|gửi\s+(?:thư|điện|thông\s+điệp)|"
                         r"tiếp(?=\s+(?:các|đoàn|những))|(?:nhiệt\s+liệt\s+)?hoan\s+nghênh\s+(?:các|đoàn))(?!\w)")
_OPENS = re.compile(r"(?i)(?<!\w)(?:khai\s+mạc|phát\s+biểu|chủ\s+trì\s+(?:hội\s+nghị|phiên|cuộc\s+họp))(?!\w)")
_MESSAGE_BEFORE = re.compile(r"(?i)(?:thư|điện|thông\s+điệp|điện\s+mừng)(?:\s+\w+){0,3}\s+của\s[^.;:,]*$")
# Whom the news is from, not who is there: "Theo Thứ trưởng Bộ Ngoại giao X, tại các hội nghị, …".
_ACCORDING_TO = re.compile(r"(?:^|[,;:(]\s*)[Tt]heo\s+$")
# A sentence that goes on with the list of the one before: "Từ trái sang: …", "Đó là …", "Gồm …".
_LIST_GOES_ON = re.compile(r"(?i)^[\s(“\"]*(?:từ\s+(?:trái|phải)\s+sang(?:\s+(?:phải|trái))?|đó\s+là|gồm(?:\s+có)?|"
                           r"bao\s+gồm|cùng\s+(?:tham\s+)?dự\s+có|trong\s+đó\s+có)(?!\w)")
# An item of a list: "* Brunei: Quốc vương Hassanal Bolkiah", "- Thủ tướng Hun Sen", "2. Tổng thống …".
_LIST_ITEM = re.compile(r"^\s*(?:[*•▪◦+–-]|\d{1,2}[.)])\s+")
_A_MEETING_NOUN = re.compile(rf"(?i)(?<!\w)(?:{MEETING_NOUN}|thượng\s+đỉnh)(?!\w)")
_TOLD = re.compile(r"(?i)(?<!\w)cho\s+biết(?!\w)")


def _opens_at_meeting(s: Sentence) -> bool:
    """"Tại Hội nghị Cấp cao CLV 10, …", "Tại hội nghị, …": the sentence tells what its people do at
    that meeting."""
    at = _AT_THE_MEETING.match(s.text)
    return bool(at and s.mentions and s.mentions[0].pos == at.end()) or _at_the_bare_meeting(s)


def _at_the_bare_meeting(s: Sentence) -> bool:
    """"Tại hội nghị, …", "Ở cuộc họp này, …": the meeting just told, whatever the sentence names later."""
    at = _AT_THE_MEETING.match(s.text)
    return bool(at and _THE_MEETING.match(s.text, at.end()))


def _tells_of(text: str) -> bool:
    """"Đại sứ X cho biết tại Hội nghị … Indonesia sẽ …": telling what a meeting will do is not
    taking part in it, when telling is the only cue and the meeting comes after it."""
    told = _TOLD.search(text)
    if not told or any(m.start() < told.start() or not _TOLD.fullmatch(m.group()) for m in _ATTEND.finditer(text)):
        return False
    first_meeting = _A_MEETING_NOUN.search(text)
    return first_meeting is None or first_meeting.start() > told.start()


# A host or someone met who also chairs: ", người chủ trì hội nghị", ", là người đồng chủ trì".
_CHAIRS_AFTER = re.compile(r"(?i)^\s*,?\s*(?:là\s+)?người\s+(?:đồng\s+)?(?:chủ\s+trì|chủ\s+tọa)(?!\w)")
# Being at the meeting the sentence opens with: "Tại Hội nghị Cấp cao CLV 10, Thủ tướng … sẽ cùng đánh giá …".
_AT_THE_MEETING = re.compile(r"(?i)^\W*(?:tại|ở)\s+(?=\S)")
# ... or with the bare word: "Tại hội nghị, Đại diện Thương mại Hoa Kỳ Rob Portman …"
_THE_MEETING = re.compile(rf"(?i)(?:{MEETING_NOUN})(?:\s+(?:này|lần\s+này))?\s*,")
_ABSENT_AFTER = re.compile(r"(?i)^\s*(?:(?:đã|sẽ)\s+)?(?:không|chưa|vắng)\s+(?:(?:sang|tới|đến|qua)\s+)?(?:tham\s+dự|dự|đến|mặt)")
_VIET_ROLE = re.compile(r"(?i)Việt\s+Nam|\bBộ\s(?!trưởng)|Chính\s+phủ|Chủ\s+tịch\s+nước|Thành\s+ủy|Tỉnh\s+ủy|Quốc\s+hội|"
                        r"Văn\s+phòng|Trưởng\s+SOM|Bí\s+thư")



def _resolve_names(found: list[tuple[int, Official]]) -> list[tuple[int, Official]]:
    """Short forms ("Bộ trưởng Sơn") become the full name they refer to; names that
    differ only by a token written without diacritics ("Pham") take the written-out form."""
    # Full names indexed by their last word and by their folded form (which a variant shares),
    # in order of appearance: each name is compared with its few candidates, not all (linear time).
    by_last: dict[str, set[str]] = {}
    by_fold: dict[str, list[str]] = {}
    for _, o in found:
        if o.rule != "short":
            by_last.setdefault(o.name.split()[-1], set()).add(o.name)
            by_fold.setdefault(_fold_words(o.name), []).append(o.name)
    out = []
    for idx, o in found:
        if o.rule == "short":
            match = by_last.get(o.name, set())
            if len(match) != 1:
                continue
            o = replace(o, name=next(iter(match)), rule="short->full")
        else:
            for n in by_fold.get(_fold_words(o.name), ()):
                if n != o.name and _ascii_variant(o.name, n):
                    o = replace(o, name=n)
                    break
            # the last words of one longer name the article gives: "bà Theresa Lazaro" after
            # "Ngoại trưởng Philippines Ma. Theresa Lazaro", "Lula da Silva" after "Luiz Inácio Lula da Silva"
            words = o.name.split()
            longer = {n for n in by_last.get(words[-1], ()) if len(n.split()) > len(words) and n.split()[-len(words):] == words}
            if len(longer) == 1:
                o = replace(o, name=longer.pop())
        out.append((idx, o))
    return out


def _fold_words(name: str) -> str:
    return " ".join(_fold(t) for t in name.split())


def _fold(t: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", t) if not unicodedata.combining(c)).replace("đ", "d")


def _ascii_variant(a: str, b: str) -> bool:
    ta, tb = a.split(), b.split()
    if len(ta) != len(tb):
        return False
    return all(x == y or (x.isascii() and _fold(x) == _fold(y)) for x, y in zip(ta, tb)) and any(
        x != y for x, y in zip(ta, tb))


# Heads of international organisations speak for no country (the guideline: country null).
_INTERNATIONAL = re.compile(r"(?i)^(?:tổng\s+thư\s+ký|tổng\s+giám\s+đốc|giám\s+đốc\s+điều\s+hành|chủ\s+tịch)\s+"
                            r"(?:ủy\s+ban\s+|hội\s+đồng\s+|ban\s+thư\s+ký\s+)?(?:ASEAN|APEC|WTO|Liên\s+hợp\s+quốc|LHQ|"
                            r"Tổ\s+chức\s+Thương\s+mại\s+Thế\s+giới|IMF|Ngân\s+hàng\s+Thế\s+giới|WB|ADB|OECD|"
                            r"châu\s+Âu)\b")


def _country_of(o: Official, gaz: Gazetteer) -> str | None:
    international = _INTERNATIONAL.search(o.role) or (o.level == "secretary_general" and not o.country)
    if o.country and not international:
        return o.country
    if international:
        return "Liên minh châu Âu" if "châu Âu" in o.role else None
    if _VIET_ROLE.search(o.role) or o.name.split()[0] in VIET_SURNAMES:
        return "Việt Nam"
    return None


def _officials_by_sentence(sentences: list[Sentence], gaz: Gazetteer) -> dict[int, list[Official]]:
    """The people named with a title in each sentence, minus hosts who only invite, people met
    in bilateral talks and people who did not come; short forms resolved to full names."""
    found: list[tuple[int, Official]] = []
    everyone: list[Official] = []
    for i, s in enumerate(sentences):
        # "Thứ trưởng X là người đến sớm nhất. Ông dự Hội nghị SOM ngày 1/11": the one person the
        # sentence before (in its paragraph) named
        before = [o for k, o in found if i and k == sentences[i - 1].index and sentences[i - 1].para == s.para]
        if (he := _PRONOUN.match(s.text)) and len({o.name for o in before}) == 1:
            found.append((s.index, replace(before[0], pos=he.start(1), rule="pronoun")))
        if not gaz.title_re.search(s.text):
            again = _addressed_in_full(s.text, [], everyone)
            found += [(s.index, o) for o in again + _addressed(s.text, again)]
            continue
        named = find_officials(s.text, gaz)
        everyone += named
        named += _addressed(s.text, named)
        named += _addressed_in_full(s.text, named, everyone)
        named += _titled_again(s.text, named, everyone, gaz)
        appoint = _APPOINT.search(s.text)
        for o in named:
            before = s.text[max(0, o.pos - 120): o.pos]
            after = s.text[o.pos + len(o.name): o.pos + len(o.name) + 60]
            titled = s.text.rfind(o.role, 0, o.pos)      # before a title with commas in it: "lời mời của
            before_title = s.text[max(0, titled - 120): titled] + " " if titled > 0 else ""   # Phó Thủ tướng, Bộ trưởng …"
            excluded = (_EXCLUDE_BEFORE.search(before) or _EXCLUDE_BEFORE.search(before_title)
                        or _ABSENT_AFTER.match(after) or _MESSAGE_BEFORE.search(before)
                        or (titled >= 0 and _ACCORDING_TO.search(s.text, 0, titled)))
            if excluded and not _CHAIRS_AFTER.match(after):
                continue        # not "theo lời mời của Tổng thống Nga Vladimir Putin, người chủ trì hội nghị"
            if _named_as_owner_or_sender(s.text, o):
                continue
            if _HOST_AFTER.match(after) and not _OPENS.search(s.text):
                continue
            if appoint and o.pos < appoint.start() and any(x.pos > appoint.start() for x in named):
                continue        # "Thủ tướng X ký quyết định cử Phó Thủ tướng Y dự …": X sends, Y attends
            found.append((s.index, o))
    out: dict[int, list[Official]] = {}
    found = _resolve_addresses(found, everyone)
    for index, o in _with_countries(_resolve_names(found), everyone, sentences, gaz):
        out.setdefault(index, []).append(o)
    return out


# Whose government, term or place it is, not who is there: "thời chính quyền Tổng thống Mỹ X",
# "nội các của Thủ tướng X", "nhiệm kỳ của Tổng thống X", "thay Chủ tịch X" (in X's place).
_OWNER_BEFORE = re.compile(r"(?i)(?<!\w)(?:chính\s+quyền|nội\s+các|nhiệm\s+kỳ|(?<!đồng\s)thời|thay(?:\s+cho)?)"
                           r"(?:\s+của)?(?:\s+(?:cựu|tân|ông|bà))?\s*$")
# "Được Thủ tướng X giao dẫn đầu đoàn": X sends someone, in the passive.
_PASSIVE_SENDER = re.compile(r"(?i)(?:^|[\s,(])được\s*$")
_SENDS = re.compile(r"(?i)^[^.;:,]{0,40}?(?<!\w)(?:giao|cử|ủy\s+quyền|uỷ\s+quyền|phân\s+công|chỉ\s+định)(?!\w)")


def _named_as_owner_or_sender(sentence: str, o: Official) -> bool:
    head = sentence[:o.pos]
    at = head.rfind(o.role) if o.role else -1
    lead = head[:at] if at >= 0 else head
    after = sentence[o.pos + len(o.name):]
    return bool(_OWNER_BEFORE.search(lead) or (_PASSIVE_SENDER.search(lead) and _SENDS.match(after)))


# A person named again by a word of address and one word of their name: "ông Blinken", "bà
# Retno", "ông Vương" (a Chinese, Korean or Japanese family name comes first). Not "ông Antony
# Blinken" (a full name without a title is not resolved against titled ones).
_ADDRESS = re.compile(r"(?<!\w)(?:[ÔôOo]ng|[Bb]à|[Nn]gài)\s+(?P<name>[A-ZÀ-ỸĐ][\w'’-]+)(?![\w'’-]|\s+[A-ZÀ-ỸĐ])")
_ADDRESS = ahead(_ADDRESS)      # the same matches, sooner: etl/lookahead.py


# A sentence whose subject is "Ông" or "Bà" alone, followed by what they did.
_PRONOUN = re.compile(r"^\W*(Ông|Bà)\s+(?:cũng\s+|đã\s+|sẽ\s+)*(?=(?:tham\s+)?dự|chủ\s+trì|phát\s+biểu|dẫn\s+đầu|"
                      r"đồng\s+chủ\s+trì|có\s+mặt|tham\s+gia)")


def _addressed(sentence: str, named: list[Official]) -> list[Official]:
    """The people a sentence names by "ông/bà/ngài" and one word, outside the titled names."""
    taken = [(o.pos, o.pos + len(o.name)) for o in named]
    return [Official(m.group("name"), "", None, m.start("name"), "address")
            for m in _ADDRESS.finditer(sentence) if not any(a <= m.start("name") < b for a, b in taken)]


_ADDRESS_PLURAL = re.compile(r"(?<!\w)(?:các\s+)?(?:[Ôô]ng|[Bb]à)\s+(?=[A-ZÀ-ỸĐ])")


def _addressed_in_full(sentence: str, named: list[Official], everyone: list[Official]) -> list[Official]:
    """The titled people of the article a sentence names again in full after "ông", "bà", "các
    ông": "các ông Lý Khắc Cường, Suga Yoshihide và Moon Jae-in trở lại màn hình tại Hội nghị …"."""
    taken = {o.name for o in named}
    out: list[Official] = []
    for m in _ADDRESS_PLURAL.finditer(sentence):
        window = sentence[m.end(): m.end() + 120]
        for o in everyone:
            if o.rule == "short" or " " not in o.name or o.name in taken:
                continue
            at = window.find(o.name)
            if at >= 0 and _NAME_LIST.fullmatch(window, 0, at):
                out.append(replace(o, pos=m.end() + at, rule="address in full"))
                taken.add(o.name)
    return out


# What may come before a name in a list after "các ông": other names, commas, "và".
_NAME_LIST = re.compile(r"(?:[\w'’.-]+\s*(?:,\s*|\s+và\s+|\s+))*")


def _resolve_addresses(found: list[tuple[int, Official]], everyone: list[Official]) -> list[tuple[int, Official]]:
    """"ông Blinken" is the titled person of the article whose name begins or ends with that word,
    when there is exactly one; they keep the role, level and country written with their title."""
    by_word: dict[str, dict[str, Official]] = {}
    for o in everyone:
        if o.rule != "short" and " " in o.name:
            for w in {o.name.split()[0], o.name.split()[-1]}:
                by_word.setdefault(w, {}).setdefault(o.name, o)
    out = []
    for index, o in found:
        if o.rule == "address":
            match = by_word.get(o.name, {})
            if len(match) != 1:
                continue
            full = next(iter(match.values()))
            o = replace(full, pos=o.pos, rule="address->full")
        out.append((index, o))
    return out


# Viet Nam's own leader named again by the title alone, as Vietnamese news does: "Thủ tướng sẽ
# dự các hội nghị …", "Chủ tịch nước nhấn mạnh …", "Theo Phó Thủ tướng, …". Not a title with a
# country, a name or an office after it ("Thủ tướng Lào", "Bộ trưởng Bộ Công Thương"), nor one
# of several or of the past ("các Bộ trưởng", "Thủ tướng hai nước", "nguyên Thủ tướng").
_NOT_ONE_BEFORE = re.compile(r"(?i)(?<!\w)(?:các|những|nguyên|cựu|vị|tân|hai|ba|người|với|và|"
                             r"(?:đại\s+diện|đặc\s+phái\s+viên|thay\s+mặt|ủy\s+quyền)(?:\s+(?:cá\s+nhân|đặc\s+biệt))?"
                             r"(?:\s+của)?)\s+$")       # (and not the one someone stands in for)
# After the title: punctuation, the end, or a word in lower case that is not "các", "hai", "nước" …
_BARE_TITLE_AFTER = re.compile(r"(?:\s+Chính\s+phủ)?(?:\s*[,.;:)]|\s*$"
                               r"|\s+(?!(?:các|hai|ba|những|nước|của|mỗi|từng|đồng)(?!\w))(?P<next>[^\W\d_]))")


def _head_title(title: str) -> str:
    """"Thủ tướng Chính phủ" is "Thủ tướng"; "Chủ tịch" is not "Chủ tịch nước"."""
    return re.sub(r"\s+chính\s+phủ$", "", title.casefold())


def _titled_again(sentence: str, named: list[Official], everyone: list[Official], gaz: Gazetteer) -> list[Official]:
    """The Vietnamese official a bare title names again: the one person of Viet Nam the article
    has named with a role that begins with that title, when there is exactly one."""
    taken = [(sentence.rfind(o.role, 0, o.pos) if o.role else o.pos, o.pos + len(o.name)) for o in named]
    out = []
    for t in gaz.title_re.finditer(sentence):
        if (not t.group()[0].isupper() or any(a <= t.start() < b for a, b in taken)
                or _NOT_ONE_BEFORE.search(sentence, 0, t.start())
                or not (after := _BARE_TITLE_AFTER.match(sentence, t.end()))
                or (after.group("next") and not after.group("next").islower())):
            continue    # (lower-case, "vai trò chủ tịch" is a role, not the person)
        title = _head_title(t.group())
        holders = {o.name: o for o in everyone if o.rule != "short" and _country_of(o, gaz) == "Việt Nam"
                   and (lead := gaz.title_re.match(o.role)) and _head_title(lead.group()) == title}
        if len(holders) == 1:
            out.append(replace(next(iter(holders.values())), country="Việt Nam", pos=t.start(), rule="title->full"))
    return out


# A government, a cabinet or a delegation, named after its leader or its country: "nội các của
# Thủ tướng Abe", "thời chính quyền Hatoyama", "phái đoàn Hàn Quốc gồm …".
# Not "đồng thời" (meanwhile), "thời gian", "thời điểm" (time), nor "Thủ tướng Chính phủ" (a title).
_GOVERNMENT = re.compile(r"(?i)(?<!\w)(?<!đồng\s)(?<!tướng\s)(?:chính\s+quyền|nội\s+các|chính\s+phủ|phái\s+đoàn|"
                         r"đoàn\s+đại\s+biểu|thời(?!\s+(?:gian|điểm|hạn|tiết|sự|cuộc|gian\s+qua))|nhiệm\s+kỳ)(?!\w)")
_GOVERNMENT_REACH = 6       # words after "nội các" in which its leader's name or country is read


def _with_countries(found: list[tuple[int, Official]], everyone: list[Official], sentences: list[Sentence],
                    gaz: Gazetteer) -> list[tuple[int, Official]]:
    """A foreign official whose sentence writes no country takes the one the article writes for
    them elsewhere ("Thủ tướng Nhật Bản Shinzo Abe" … "Thủ tướng Abe dự …"), else that of the
    government or delegation their sentence names ("các bộ trưởng thời chính quyền Hatoyama
    gồm Bộ trưởng Ngoại giao Katsuya Okada"), when it names only one."""
    by_name: dict[str, set[str]] = {}
    for o in everyone:
        if o.country and o.rule != "short":
            for key in (o.name, *(w for w in o.name.split() if len(w) > 2)):
                by_name.setdefault(key, set()).add(o.country)
    text = {s.index: s.text for s in sentences}
    out = []
    for index, o in found:
        if o.country is None and _country_of(o, gaz) is None:
            countries = by_name.get(o.name) or _governments_in(text[index], o, by_name, gaz)
            if len(countries) == 1:
                o = replace(o, country=next(iter(countries)))
        out.append((index, o))
    return out


def _governments_in(sentence: str, o: Official, by_name: dict[str, set[str]], gaz: Gazetteer) -> set[str]:
    """The countries of the governments and delegations a sentence names, by their country or by
    the name of a leader whose country the article writes; not the official's own name."""
    countries: set[str] = set()
    own = set(o.name.split())
    for m in _GOVERNMENT.finditer(sentence):
        words = sentence[m.end():].split()[:_GOVERNMENT_REACH]
        reach = " ".join(words)
        if (c := gaz.country_re.match(reach.lstrip())) or (c := gaz.country_re.match(" ".join(words[1:]))):
            countries.add(gaz.country(c.group()))
            continue
        for w in words:
            w = w.strip(",.;:()")
            if w not in own and len(by_name.get(w, ())) == 1:
                countries |= by_name[w]
                break
    return countries


def _kind_of(m: Mention) -> tuple[str, str, str]:
    return m.forum, m.level, m.meeting


def _on_the_day(s: Sentence, events: list[tuple[int, Mention, Report]], ctx: DateContext | None) -> list[int]:
    """The one meeting the article dates over the day a sentence names ("Bộ trưởng Quốc phòng Mỹ
    Lloyd Austin phát biểu tại phiên toàn thể sáng 1/6" in the three days of the Dialogue)."""
    days = find_dates(s.text, ctx) if ctx is not None else []
    day = next((sp.start for sp in days if sp.precision == "day" and sp.start == sp.end), None)
    if day is None:
        return []
    hits = [k for k, (_, _, ev) in enumerate(events) if ev.precision == "day" and ev.start <= day <= ev.end]
    return hits[:1] if len({_kind_of(events[k][1]) + (events[k][1].ordinal,) for k in hits}) == 1 else []


def _targets(s: Sentence, dated_here: list[int], first_of: dict[tuple, int],
             events: list[tuple[int, Mention, Report]], focus: list[int], ctx: DateContext | None = None) -> list[int]:
    """The events a sentence's officials took part in: the meetings it dates; else the first
    dated meeting it names; else, when it speaks of "các hội nghị" (several), the series the
    article is about; else, when it speaks of "Hội nghị", of attending or of speaking, the meeting its
    paragraph has just told of (`focus`, the last it told; all of them for "cả hai hội nghị"), or
    the one the article is about (its first)."""
    # a meeting whose results are told, or that is told about, is not where the sentence's people
    # are: "Thứ trưởng đã báo cáo Hội nghị về kết quả của Cuộc họp nhóm đặc trách IAI lần thứ 65
    # (08/9/2021)", "Bộ trưởng chủ trì buổi họp báo thông tin về Hội nghị Cấp cao GMS 6"
    mentions = [m for m in s.mentions if not _RESULTS_OF.search(s.text, max(0, m.pos - 30), m.pos)]
    dated_here = [k for k in dated_here if events[k][1] in mentions]
    if s.mentions and not mentions:
        rest = "".join(ch if not any(m.pos <= i < m.end_pos for m in s.mentions) else " " for i, ch in enumerate(s.text))
        if not MEETING_WORDS.search(rest):
            return []       # only meetings told about: no meeting the sentence's people are at
    if _at_the_bare_meeting(s):
        # the meeting just told, else the article's: "Tại hội nghị, X và Y bất đồng về …, vấn đề từng
        # khiến Hội nghị lần thứ năm thất bại"
        return focus[-1:] or [0]
    if dated_here:
        return dated_here
    named = [(m, ks) for m in mentions if (ks := _named([m], first_of))]
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
    unnumbered = [next((k for k in reversed(focus) if _kind_of(events[k][1]) == key), first_of[key])
                  for m in mentions if m.ordinal is None and (key := _kind_of(m)) in first_of]
    if unnumbered:
        return unnumbered[:1]
    if mentions or _ANOTHER_MEETING.search(s.text):
        return []       # a meeting the article does not date, or "một cuộc họp": not the one it is about
    if len(focus) > 1 and _COUNTED_MEETINGS.search(s.text):
        return focus
    if _SEVERAL.search(s.text):
        return _series(events)
    # the meeting the paragraph has just told, else the one the article dates over the day it names
    if MEETING_WORDS.search(s.text) or _STRONG.search(s.text) or _OPENING.search(s.text):
        return focus[-1:] or _on_the_day(s, events, ctx) or [0]
    if not _A_DAY.search(s.text):   # speaking, on no day of its own: at the meeting the article is about
        return focus[-1:] or [0]
    return focus[-1:] or _on_the_day(s, events, ctx)   # "… cũng lần lượt phát biểu" in the paragraph of the meeting it has just told


def _told_of(s: Sentence, dated_here: list[int], first_of: dict[tuple, int],
             events: list[tuple[int, Mention, Report]]) -> list[int]:
    """The meetings a sentence tells of, for the sentences after it in its paragraph: those it
    dates, else those it names that the article dates ("Hội nghị … lần thứ 6 tại Hà Nội …
    Hội nghị do Thủ tướng X chủ trì")."""
    if dated_here:
        return [k for k in dated_here if not _framed(s.text, events[k][1])]
    return _named([m for m in s.mentions if not _framed(s.text, m)], first_of)


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


def _in_own_clause(s: Sentence, o: Official, officials: list[Official], targets: list[int], dated_here: list[int],
                   first_of: dict[tuple, int], events: list[tuple[int, Mention, Report]]) -> list[int] | None:
    """The meetings named in one person's own clause, when the sentence's people stand in clauses
    of their own and that clause names any ("X dự Hội nghị A, trong khi Y dự Hội nghị B"; not one
    person's list of activities: "Thủ tướng sẽ dự A; …; dự Diễn đàn B")."""
    if len(s.mentions) < 2:
        return None
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(s.text)]
    if not breaks:
        return None

    def clause(pos: int) -> tuple[int, int]:
        return max([b for b in breaks if b <= pos], default=0), min([b for b in breaks if b > pos], default=len(s.text))

    lo, hi = clause(o.pos)
    if all(clause(x.pos) == (lo, hi) for x in officials):
        return None
    mine = [m for m in s.mentions if lo <= m.pos < hi]
    if not mine:
        return None
    ks = [k for k in dated_here if events[k][1] in mine] or _named(mine, first_of)
    return [k for k in ks if k in targets] or ks or None


def _chaired(o: Official, events: list[tuple[int, Mention, Report]], gaz: Gazetteer) -> list[int]:
    m = _CHAIR_OF.search(o.role)
    forum = gaz.forum(m.group("forum")) if m else None
    if forum is None:
        return []
    return [k for k, (_, _, ev) in enumerate(events) if ev.forum == forum and ev.ordinal == int(m.group("n"))][:1]


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
    people = _officials_by_sentence(sentences, gaz)
    out: list[Participation] = []
    previous: list[int] = []        # the meetings the sentence before says people took part in
    focus: list[int] = []           # the meetings the paragraph last told of
    listing: list[int] = []         # the meetings of a list's items: who took part, after "… gồm:"
    for i, s in enumerate(sentences):
        told = _told_of(s, dated.get(s.index, []), first_of, events)
        if (i and s.para != sentences[i - 1].para) or (not told and _A_DAY.search(s.text)):
            focus = []      # a new paragraph, or the day of something unnamed: the meeting in focus is unknown
        officials = people.get(s.index)
        # a sentence's targets serve its own officials and the next sentence's (a list that goes on)
        needed = officials or (i + 1 < len(sentences) and people.get(sentences[i + 1].index))
        if not needed:
            targets = []
        elif (_ATTEND.search(s.text) and not _tells_of(s.text)) or _opens_at_meeting(s):
            targets = _targets(s, dated.get(s.index, []), first_of, events, focus, ctx)
        elif previous and officials and _LIST_GOES_ON.match(s.text):
            targets = previous      # "Từ trái sang: Thủ tướng Lào X, Thủ tướng Thái Lan Y, …" after who took part
        elif listing and _LIST_ITEM.match(s.text):
            targets = listing       # "Các nhà lãnh đạo dự hội nghị gồm:" then "* Campuchia: Thủ tướng Hun Sen"
        else:
            targets = []
        if s.text.rstrip().endswith(":"):
            listing = targets
        elif not _LIST_ITEM.match(s.text):
            listing = []
        previous = targets
        focus = told or (targets if officials else []) or focus
        if not officials:
            continue
        for o in officials:
            own = _in_own_clause(s, o, officials, targets, dated.get(s.index, []), first_of, events) if targets else None
            for k in own or targets or _chaired(o, events, gaz):
                index, m, ev = events[k]
                if index == s.index and _PREPARES.search(s.text, o.pos, max(o.pos, m.pos)):
                    continue    # "chủ trì cuộc họp chuẩn bị cho Hội nghị X": preparing X is not attending it
                out.append(Participation(k, article.article_id, o.name, o.role, _country_of(o, gaz), s.text,
                                         ev.start, o.level))
    return out
