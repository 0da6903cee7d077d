"""Who a sentence names that may have taken part: the titled people of each sentence, less hosts
who only invite, people met in bilateral talks, senders of messages and people who did not come;
short forms, words of address, pronouns and bare titles resolved to the full names the article
gives, and each foreign official's country. participants.py links them to the meetings.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from .gazetteer import Gazetteer
from .lookahead import ahead
from .officials import VIET_SURNAMES, find_officials
from .records import Official
from .sentences import Gated, Sentence, per_article
from .titlescan import titles_in
from .vi import SHOW_WORDS, alt

_EXCLUDE_BEFORE = re.compile(r"(?i)(?:lời\s+mời\s+của|gặp(?:\s+gỡ)?(?:\s+với)?|hội\s+đàm(?:\s+với)?|"
                             # a brief exchange between sessions: "… có cuộc trao đổi ngắn với Tổng thống Mỹ X"
                             r"trao\s+đổi\s+(?:ngắn|nhanh)(?:\s+với)?|"
                             r"hội\s+kiến|tiếp\s+xúc(?:\s+với)?|điện\s+đàm(?:\s+với)?|ra\s+sân\s+bay\s+đón|(?:tiễn|đón)\s+(?:phái\s+)?đoàn|"
                             r"đón\s+tiếp|"
                             # who is not there: "Hội nghị lần này không có sự tham dự của Ngoại trưởng Mỹ X"
                             r"không\s+có\s+(?:sự\s+)?(?:tham\s+dự|có\s+mặt|hiện\s+diện)\s+của|vắng\s+bóng|thiếu\s+vắng|"
                             # one a country called off sending: "Triều Tiên đã hủy kế hoạch cử Ngoại trưởng X tới Bangkok"
                             # (not "không cử": "không cử Tổng thống mà cử Phó Tổng thống Y dự" sends Y)
                             r"(?:hủy|huỷ|hủy\s+bỏ|huỷ\s+bỏ)\s+(?:kế\s+hoạch\s+|việc\s+)?cử)"
                             r"\s(?:[^.;:,]|,\s*(?:trong\s+đó(?:\s+có)?|gồm|như)\s)*$")
# (a list's "…, trong đó có X" goes on: "tiếp xúc với Ngoại trưởng các nước, trong đó có Ngoại trưởng Y")
_EXCLUDE_BEFORE = ahead(_EXCLUDE_BEFORE)      # the same matches, sooner: etl/lookahead.py
# A former office-holder ("nguyên Thứ trưởng Ngoại giao X … nhớ lại", "cựu Tổng thống Y", the late "cố thủ tướng Z")
# or one who runs for the office ("Ứng viên tổng thống đảng Dân chủ Joe Biden"): no public office now, so no official
# of the meeting (the guideline's officials hold one).
_FORMER = re.compile(r"(?i)(?<!\w)(?:nguyên|cựu|cố|ứng\s+(?:cử\s+)?viên)\s+$")
_LATE = re.compile(r"(?i)(?<!\w)cố\s+$")       # "cố thủ tướng Pierre Trudeau": the late
# (not the "cử" of being elected or standing, of voters or of gestures: "người vừa tái đắc cử", "bầu cử", "cử tri")
_APPOINT = re.compile(r"(?i)(?<!\w)(?:(?<!đắc\s)(?<!ứng\s)(?<!bầu\s)(?<!tranh\s)(?<!tuyển\s)(?<!thắng\s)(?<!tái\s)cử(?!\s+(?:tri|chỉ|hành|động)(?!\w))"
                      r"|ủy\s+quyền\s+cho|ủy\s+nhiệm\s+cho)(?!\w)")
_APPOINT = ahead(_APPOINT)      # the same matches, sooner: etl/lookahead.py
_APPOINT = Gated(_APPOINT)      # searched only in sentences that hold its words: sentences.Gated
# One who goes in the place of those named before, the clause ending there: "… nên Ngoại trưởng Y dự thay."
_STANDS_IN = re.compile(r"(?i)(?<!\w)(?:tham\s+)?dự\s+thay(?=\s*(?:[.,;]|$))")
_A_SHOW = rf"(?:{alt(SHOW_WORDS)}|không\s+gian|gian\s+hàng|trưng\s+bày)(?!\w)"     # opened beside a meeting
# A host who only welcomes, invites or gives a banquet, someone who sent a message: "Thủ tướng X chủ
# trì lễ đón Thủ tướng Y", "Tổng thống X và Phu nhân chủ trì tiệc chiêu đãi …", "Tổng thống X gửi thư
# chúc mừng Hội nghị". Not when the same sentence has them open or address the meeting.
_HOST_AFTER = re.compile(r"(?i)^[\s,]*(?:và\s+phu\s+nhân\s+)?(?:(?:đã|sẽ)\s+)?(?:chủ\s+trì\s+)?(?:(?:buổi\s+)?(?:lễ|tiệc)\s+)?"
                         r"(?:nhiệt\s+liệt\s+)?"
                         r"(?:đón|chào\s+đón|đón\s+chào|chào\s+mừng|chiêu\s+đãi|quốc\s+yến|tiếp\s+đón|mời|gửi\s+(?:thư|điện|thông\s+điệp)|"
                         # … or who opens a show beside it: "Phó Chủ tịch UBND thành phố X đã khai mạc triển lãm …"
                         rf"khai\s+mạc\s+{_A_SHOW}|"
                         r"tiếp(?=\s+(?:các|đoàn|những))|(?:nhiệt\s+liệt\s+)?hoan\s+nghênh\s+(?:các|đoàn))(?!\w)")
_OPENS = re.compile(rf"(?i)(?<!\w)(?:khai\s+mạc(?!\s+{_A_SHOW})|phát\s+biểu|chủ\s+trì\s+(?:hội\s+nghị|phiên|cuộc\s+họp))(?!\w)")
_MESSAGE_BEFORE = re.compile(r"(?i)(?:thư|điện|thông\s+điệp|điện\s+mừng)(?:\s+\w+){0,3}\s+của\s[^.;:,]*$")
_MESSAGE_BEFORE = ahead(_MESSAGE_BEFORE)      # the same matches, sooner: etl/lookahead.py
# Whom the news is from, not who is there: "Theo Thứ trưởng Bộ Ngoại giao X, tại các hội nghị, …",
# "Theo đánh giá của Bộ trưởng Y, …".
_ACCORDING_TO = re.compile(r"(?:^|[,;:(]\s*)[Tt]heo\s+(?:(?:đánh\s+giá|nhận\s+định|nhận\s+xét|ý\s+kiến|lời|quan\s+điểm)\s+(?:của\s+)?)?$")
# Who answers a reporter, not who is at the meeting: "Đại sứ X đã dành cho phóng viên cuộc trao đổi",
# "Thứ trưởng Y trả lời phỏng vấn báo chí", and the speaker's label of an interview ("Đại sứ X: …").
_INTERVIEWED_AFTER = re.compile(r"""(?ix)^\s*(?:
      :                                                     # "Đại sứ Vũ Hồ: Hàn Quốc đăng cai …"
    | (?:(?:đã|vừa|có|cũng)\s+)*(?:trả\s+lời\s+(?:phỏng\s+vấn|báo\s+chí|câu\s+hỏi)|dành\s+cho\s+(?:phóng\s+viên|báo|các\s+phóng\s+viên)
      |(?:trao\s+đổi|chia\s+sẻ)\s+với\s+(?:phóng\s+viên|báo\s+chí|các\s+phóng\s+viên|các\s+cơ\s+quan\s+báo\s+chí))(?!\w)
    )""")
# … and who is told answering the press before being named: "Trả lời báo chí về chuyến công tác, Phó Thủ tướng, Bộ
# trưởng Ngoại giao X cho biết, việc Việt Nam được mời tham dự …" (what is told of the meeting is not their being there)
# (not one answering at the meeting: "Trả lời phóng viên bên lề hội nghị, Thứ trưởng …")
_INTERVIEWED_BEFORE = re.compile(r"(?i)(?:^|[.;!?]\s+)\W*(?:trả\s+lời\s+(?:phỏng\s+vấn|báo\s+chí|câu\s+hỏi|phóng\s+viên)"
                                 r"|(?:trao\s+đổi|chia\s+sẻ)\s+với\s+(?:các\s+)?"
                                 r"(?:phóng\s+viên|báo\s+chí|cơ\s+quan\s+báo\s+chí))"
                                 r"(?:(?!bên\s+lề|tại\s+(?:các\s+)?(?:hội\s+nghị|phiên))[^.;:!?]){0,120},\s*(?:(?:ông|bà|ngài)\s+)?$")
# A host or someone met who also chairs: ", người chủ trì hội nghị", ", là người đồng chủ trì".
_CHAIRS_AFTER = re.compile(r"(?i)^\s*,?\s*(?:là\s+)?người\s+(?:đồng\s+)?(?:chủ\s+trì|chủ\s+tọa)(?!\w)"
                           # … or attends it: "… trao đổi ngắn với Thủ tướng Thái Lan X, người lần đầu dự một hội nghị …"
                           r"|^\s*,\s*người\s+(?:(?:lần\s+đầu(?:\s+tiên)?|cũng|đang|đã|sẽ)\s+)*(?:tham\s+)?dự(?!\w)")
# (and the first of two named with one such predicate: "Tổng thống Mỹ X và Tổng thống Nga Y không tham dự"; and
# past an aside set off by commas: "Chủ tịch Cu-ba Phi-đen Ca-xtơ-rô, đang trong thời gian hồi phục sức khỏe sau ca
# phẫu thuật, đã không thể dự các phiên họp")
_ABSENT_AFTER = re.compile(r"(?i)^(?:\s*,\s*(?:là\s+)?người\s+(?:đã\s+|cũng\s+)?(?:không|chưa|vắng)\s+(?:thể\s+)?"
                           # … or told so in an aside: "ông Costa, người không tham dự hội nghị, nói rằng …"
                           r"(?:tham\s+dự|tham\s+gia|dự|có\s+mặt|mặt)(?!\w)"
                           r"|(?:\s+và\s+[^,.;:]{3,60}?|\s*,[^,.;:]{3,90},)?\s*"
                           # … having left first: "Tổng thống Mỹ Donald Trump đã rời Philippines và không tham dự …"
                           r"(?:(?:đã\s+)?(?:rời(?:\s+khỏi)?|bỏ\s+về|về\s+nước)(?:\s+[^,.;:]{2,40}?)?\s+và\s+)?"
                           # (… or said so: "Ngoại trưởng Mỹ X đã tuyên bố không tham dự cuộc họp này")
                           r"(?:(?:đã|sẽ|cũng|vừa|đột\s+ngột|bất\s+ngờ|quyết\s+định|lần\s+đầu(?:\s+tiên)?"
                           r"|(?:tuyên\s+bố|cho\s+biết|thông\s+báo|xác\s+nhận)(?:\s+(?:là|rằng))?(?:\s+(?:ông|bà))?)\s+)*"
                           r"(?:(?:không|chưa|vắng)\s+(?:thể\s+)?(?:(?:sang|tới|đến|qua)\s+)?(?:tham\s+dự|tham\s+gia|dự|đến|(?:có\s+)?mặt)"
                           # "sẽ không sang Nam Phi" (but not "sẽ không tới Nam Phi mà tham dự hội nghị theo hình thức
                           # trực tuyến": there, from afar)
                           r"|(?:không|chưa)\s+(?:thể\s+)?(?:sang|tới|đến|qua)(?!\w)"
                           r"(?![^,.;]{0,40}?\s+mà\s+(?:(?:sẽ|vẫn|chỉ)\s+)*(?:tham\s+dự|tham\s+gia|dự|phát\s+biểu)(?!\w))"
                           # … declining or skipping it: "đã từ chối tham dự …", "sẽ bỏ qua Hội nghị …"
                           r"|từ\s+chối\s+(?:lời\s+mời\s+)?(?:tham\s+dự|tham\s+gia|dự|đến|tới|sang)(?!\w)|bỏ\s+qua(?!\w)"
                           r"|(?:hủy|huỷ|hoãn)(?:\s+bỏ)?\s+(?:chuyến|kế\s+hoạch|việc\s+(?:tham\s+)?dự)))")   # "hủy chuyến đi vào phút chót"
_VIET_ROLE = re.compile(r"(?i)Việt\s+Nam|\bBộ\s(?!trưởng)|Chính\s+phủ|Chủ\s+tịch\s+nước|Thành\s+ủy|Tỉnh\s+ủy|Quốc\s+hội|"
                        r"Văn\s+phòng|Trưởng\s+SOM|Bí\s+thư")



def _resolve_names(found: list[tuple[int, Official]], everyone: list[Official]) -> list[tuple[int, Official]]:
    """Short forms ("Bộ trưởng Sơn") become the full name they refer to; names that
    differ only by a token written without diacritics ("Pham") take the written-out form; the
    last words of a longer name the article gives, anywhere (`everyone`: "theo lời mời của Tổng
    thống Brazil Luiz Inácio Lula da Silva"), become that name."""
    # Full names indexed by their last word and by their folded form (which a variant shares),
    # in order of appearance: each name is compared with its few candidates, not all (linear time).
    by_last: dict[str, set[str]] = {}
    by_fold: dict[str, list[str]] = {}
    for _, o in found:
        if o.rule != "short" and " " in o.name:     # (one name alone, "Tổng thống Nga Putin", completes none)
            by_last.setdefault(o.name.split()[-1], set()).add(o.name)
            by_fold.setdefault(_fold_words(o.name), []).append(o.name)
    longer_of: dict[str, set[str]] = {last: set(names) for last, names in by_last.items()}
    first_of: dict[str, set[str]] = {}
    levels_of: dict[str, set[str]] = {}
    for o in everyone:
        if o.rule != "short" and " " in o.name:
            longer_of.setdefault(o.name.split()[-1], set()).add(o.name)
            first_of.setdefault(o.name.split()[0], set()).add(o.name)
            levels_of.setdefault(o.name, set()).add(o.level)
    out = []
    for idx, o in found:
        if o.rule == "short":
            # the one full name of that last word among those who take part, else among all the article names with
            # a title: "Tổng thống Trump" where "Tổng thống Mỹ Donald Trump" is named only as a letter's sender
            match = by_last.get(o.name) or {n for n in longer_of.get(o.name, ()) if o.level in levels_of.get(n, ())}
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
            longer = {n for n in longer_of.get(words[-1], ()) if len(n.split()) > len(words) and n.split()[-len(words):] == words}
            if len(words) == 1:
                # … or the first word of one, a family name written first: "Thủ tướng Nhật Bản Abe" after
                # "Thủ tướng Nhật Bản Abe Shinzo"; a name alone takes a longer one given with a title of
                # its level ("Tổng thống Ba Lan Duda" is not "Đệ nhất phu nhân … Agata Kornhauser-Duda")
                longer = {n for n in longer or first_of.get(words[0], set()) if o.level in levels_of.get(n, (o.level,))}
            if len(longer) == 1:
                o = replace(o, name=longer.pop())
        out.append((idx, o))
    return out


@per_article        # each name is folded once, not at each of its mentions
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


def country_of(o: Official, gaz: Gazetteer) -> str | None:
    international = _INTERNATIONAL.search(o.role) or (o.level == "secretary_general" and not o.country)
    if o.country and not international:
        return o.country
    if international:
        return "Liên minh châu Âu" if "châu Âu" in o.role else None
    if _VIET_ROLE.search(o.role) or o.name.split()[0] in VIET_SURNAMES:
        return "Việt Nam"
    return None


_A_WORD = re.compile(r"\S+")


def name_end(text: str, o: Official) -> int:
    """Where the person's name ends as the sentence writes it: their full name, or the short form read as it ("ông
    Tillerson", read as Rex Tillerson, whom the article names in full elsewhere), its capitalised words."""
    if text.startswith(o.name, o.pos):
        return o.pos + len(o.name)
    end = o.pos
    for word in _A_WORD.finditer(text, o.pos):
        if word.start() > end + 1 or not word.group()[:1].isupper():
            break
        end = word.start() + len(word.group().rstrip(",.;:)\"”"))
    return end


def _late(text: str, o: Official) -> bool:
    """Is `o` told as the late holder of their title ("cố thủ tướng Pierre Trudeau")?"""
    titled = text.rfind(o.role, 0, o.pos)
    return titled > 0 and bool(_LATE.search(text, max(0, titled - 4), titled))


def officials_by_sentence(sentences: list[Sentence], gaz: Gazetteer) -> dict[int, list[Official]]:
    """The people named with a title in each sentence, minus hosts who only invite, people met
    in bilateral talks and people who did not come; short forms resolved to full names."""
    found: list[tuple[int, Official]] = []
    everyone: list[Official] = []
    since = 0           # where the sentence before's people start in `found`
    for i, s in enumerate(sentences):
        # "Thứ trưởng X là người đến sớm nhất. Ông dự Hội nghị SOM ngày 1/11": the one person the
        # sentence before (in its paragraph) named
        previous = [o for _, o in found[since:]] if i and sentences[i - 1].para == s.para else []
        since = len(found)
        if (he := _PRONOUN.match(s.text)) and len({o.name for o in previous}) == 1:
            found.append((s.index, replace(previous[0], pos=he.start(1), rule="pronoun")))
        titles = titles_in(s.text, gaz)       # read once for find_officials and _titled_again
        if not titles:
            again = _addressed_in_full(s.text, [], everyone)
            found += [(s.index, o) for o in again + _addressed(s.text, again) + _bare_subject(s, everyone)
                      # not one who did not come: "Ông Trump không tham dự Hội nghị Thượng đỉnh Đông Á do …"
                      if not _ABSENT_AFTER.match(s.text[name_end(s.text, o):])]
            continue
        named = find_officials(s.text, gaz, titles)
        # (not the late holder of a title: "Thủ tướng Trudeau" after "cố thủ tướng Pierre Trudeau" is the son, named
        # in full elsewhere, not the late father)
        everyone += [o for o in named if not _late(s.text, o)]
        named += _addressed(s.text, named)
        named += _addressed_in_full(s.text, named, everyone)
        named += _titled_again(s.text, named, everyone, gaz, titles)
        # "cử" parts one who sends from one sent after it: looked for only where there are two
        appoint = _APPOINT.search(s.text) if len(named) > 1 else None
        # "X bận tranh cử trong nước nên Ngoại trưởng Y dự thay.": Y goes in the place of those named before
        stand_in = _STANDS_IN.search(s.text) if len(named) > 1 else None
        goer = max((o.pos for o in named if stand_in and o.pos < stand_in.start()), default=None)
        left_out: list[Official] = []       # excluded by the words before them (_EXCLUDE_BEFORE)
        for o in named:
            before = s.text[max(0, o.pos - 120): o.pos]
            after = s.text[o.pos + len(o.name): o.pos + len(o.name) + 150]
            titled = s.text.rfind(o.role, 0, o.pos)      # before a title with commas in it: "lời mời của
            before_title = s.text[max(0, titled - 120): titled] + " " if titled > 0 else ""   # Phó Thủ tướng, Bộ trưởng …"
            lead = _lead_of(s.text, o, titled)
            met = _EXCLUDE_BEFORE.search(before) or _EXCLUDE_BEFORE.search(before_title)
            excluded = (met
                        or (titled > 0 and _FORMER.search(s.text, max(0, titled - 12), titled))
                        or _ABSENT_AFTER.match(after) or _MESSAGE_BEFORE.search(before)
                        or (titled >= 0 and _ACCORDING_TO.search(s.text, 0, titled))
                        or (_INTERVIEWED_AFTER.match(after) and (after.lstrip()[:1] != ":" or titled <= 3))
                        # (before the title, or before the name that a title set off by commas follows: "Chia sẻ với
                        # phóng viên về …, ông Đào Ngọc Dung, Bộ trưởng Bộ Lao động - Thương binh và Xã hội, cho rằng …")
                        or _INTERVIEWED_BEFORE.search(s.text, 0, lead)
                        or _invited(s.text, lead, after))
            if not excluded and _WITH_OPENS.fullmatch(s.text, 0, lead) and _SET_OFF.match(s.text, name_end(s.text, o)):
                continue        # "Với Thủ tướng Đức Angela Merkel, Thủ tướng cảm ơn …": the counterpart of talks told in turn
            if excluded and not _CHAIRS_AFTER.match(after):
                if met and _BILATERAL.match(met.string, met.start()):
                    left_out.append(o)
                continue        # not "theo lời mời của Tổng thống Nga Vladimir Putin, người chủ trì hội nghị"
            if _listed_after(s.text, o, lead, left_out, named):
                left_out.append(o)
                continue        # "… tiếp xúc song phương với Tổng thống X, Thủ tướng Anh Y và …": the same list
            if _named_as_owner_or_sender(s.text, o):
                continue
            if _HOST_AFTER.match(after) and not _OPENS.search(s.text):
                continue
            if appoint and o.pos < appoint.start() and any(x.pos > appoint.start() for x in named):
                continue        # "Thủ tướng X ký quyết định cử Phó Thủ tướng Y dự …": X sends, Y attends
            if goer is not None and o.pos < goer:
                continue
            found.append((s.index, o))
    out: dict[int, list[Official]] = {}
    found = _resolve_addresses(found, everyone)
    for index, o in _with_countries(_resolve_names(found, everyone), everyone, sentences, gaz):
        out.setdefault(index, []).append(o)
    return out


# Talks of two sides by their words ("hội đàm", "tiếp xúc song phương", one who "gặp" another; not "cuộc gặp cấp cao
# với …", which may be a forum's leaders meeting its partners)
_BILATERAL = re.compile(r"(?i)(?:hội\s+đàm|hội\s+kiến|tiếp\s+xúc|điện\s+đàm|trao\s+đổi\s+(?:ngắn|nhanh)|gặp(?:\s+gỡ)?\s+song\s+phương"
                        r"|(?<!cuộc\s)gặp(?:\s+gỡ)?(?!\s+(?:cấp\s+cao|chung)))")     # (the verb: one meets another)
# A sentence opening on one spoken with, set off by a comma: "Với Tổng thống Nga Vladimir Putin, Chủ tịch nước bày tỏ …"
_WITH_OPENS = re.compile(r"\W*Với\s+")
_SET_OFF = re.compile(r"\s*,")
# The joins of a list of people: "A, B và C"
_AND = re.compile(r"\s*,?\s*và\s+$")
_COMMA = re.compile(r"\s*,\s*$")
_GOES_ON = re.compile(r"\s*(?:,\s*)?(?:và\s+)?$")


def _listed_after(text: str, o: Official, lead: int, left_out: list[Official], named: list[Official]) -> bool:
    """Is `o` an item of the list that the person named right before opens or goes on, one met in talks of two sides
    (_BILATERAL) the words before them left out ("… tiếp xúc song phương với Tổng thống Indonesia X, Thủ tướng Anh Y,
    Tổng thống Hàn Quốc Z và Tổng Giám đốc WTO W")? Joined by "và", or by a comma where the list goes on after `o`
    (not "Sau khi hội đàm với Tổng thống X, Thủ tướng Y đã dự …": a clause of its own)."""
    before = max((p for p in named if p.pos < o.pos), key=lambda p: p.pos, default=None)
    if before is None or not any(p is before for p in left_out) or name_end(text, before) > lead:
        return False
    gap = text[name_end(text, before):lead]
    if _AND.fullmatch(gap):
        return True
    after = min((p for p in named if p.pos > o.pos), key=lambda p: p.pos, default=None)
    return bool(_COMMA.fullmatch(gap) and after is not None
                and _GOES_ON.fullmatch(text, name_end(text, o), _lead_of(text, after, text.rfind(after.role, 0, after.pos))))


# One invited to attend is not told to attend: "Lãnh đạo Việt Nam đã mời Tổng thống Donald Trump dự Hội nghị cấp cao
# APEC …", "… chuyển lời Chủ tịch nước mời Tổng thống Trump tham dự …" (not "nhận lời mời … dự", where the one who
# accepts goes: the inviter is excluded by _EXCLUDE_BEFORE).
_INVITES = re.compile(r"(?i)(?<!lời\s)(?<!\w)mời(?:\s+(?:ông|bà|ngài))?\s+$")
_TO_ATTEND_AFTER = re.compile(r"(?i)^\s*(?:(?:tới|đến|sang)\s+)?(?:tham\s+)?dự(?!\w)")


def _invited(text: str, lead: int, after: str) -> bool:
    return bool(_INVITES.search(text, max(0, lead - 16), lead) and _TO_ATTEND_AFTER.match(after))


def _lead_of(text: str, o: Official, titled: int) -> int:
    """Where the words that name `o` open: their title (`titled`, where the role stands whole before the name), the
    first of the titles the role joins ("Trung tướng, Thứ trưởng Bộ Quốc phòng" with "Trung tướng" before the name),
    else the name (a title set off by commas after it: "ông Đào Ngọc Dung, Bộ trưởng …")."""
    if titled >= 0:
        return titled
    first = o.role.split(",")[0].strip() if o.role else ""
    at = text.rfind(first, max(0, o.pos - len(first) - 2), o.pos) if first else -1
    return at if at >= 0 else o.pos


# Whose government, term or place it is, not who is there: "thời chính quyền Tổng thống Mỹ X",
# "nội các của Thủ tướng X", "nhiệm kỳ của Tổng thống X", "thay Chủ tịch X" (in X's place).
_OWNER_BEFORE = re.compile(r"(?i)(?<!\w)(?:chính\s+quyền|nội\s+các|nhiệm\s+kỳ|(?<!đồng\s)thời|thay(?:\s+cho)?)"
                           r"(?:\s+của)?(?:\s+(?:cựu|tân|ông|bà))?\s*$")
_OWNER_BEFORE = ahead(_OWNER_BEFORE)      # the same matches, sooner: etl/lookahead.py
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


# Every match of _ADDRESS and of _ADDRESS_PLURAL holds a word of address, whole, before white space:
# one scan for it spares both scans in the sentences (nearly all) that hold none. The letter is
# matched first and the look-behind after it, so that sre skips from one of these letters to the
# next (a pattern that opens with a look-behind is tried at every position): twice as quick.
# tests/test_people_shortcuts.py checks that the two patterns find nothing where it finds nothing.
_A_WORD_OF_ADDRESS = re.compile(r"[ÔôOoBbNn](?<!\w.)(?:(?<=[ÔôOo])ng|(?<=[Bb])à|(?<=[Nn])gài)\s")


@per_article
def _may_address(sentence: str) -> bool:
    return _A_WORD_OF_ADDRESS.search(sentence) is not None


def _addressed(sentence: str, named: list[Official]) -> list[Official]:
    """The people a sentence names by "ông/bà/ngài" and one word, outside the titled names."""
    if not _may_address(sentence):
        return []
    taken = [(o.pos, o.pos + len(o.name)) for o in named]
    return [Official(m.group("name"), "", None, m.start("name"), "address")
            for m in _ADDRESS.finditer(sentence) if not any(a <= m.start("name") < b for a, b in taken)]


# A foreign official's surname alone as the subject that opens a sentence, as the press writes it once the
# article has given the name in full with the title: "Trump hạ cánh xuống sân bay … sau khi dự hội nghị thượng
# đỉnh G7 tại Canada", "Putin và Erdogan cũng tham dự …". Only a surname of Latin letters and four or more
# ("Trump", "Putin", "Macron"), the last word of a full name: a Vietnamese or Chinese syllable opens sentences
# as a word of its own ("Tập trung …", "Kim ngạch …").
_BARE_SUBJECT = re.compile(r"^\W{0,3}(?P<name>[A-Z][a-z]{3,})(?=\s+(?:và\s+|[a-zà-ỹđ]))"
                           # … or the speaker after a quote: "'… không quá tốt', Trump nói với các phóng viên khi dự …"
                           r"|[”\"]\s*,?\s*(?P<speaker>[A-Z][a-z]{3,})(?=\s+(?:nói|cho\s+biết|phát\s+biểu|tuyên\s+bố)(?!\w))")


def _bare_subject(s: Sentence, everyone: list[Official]) -> list[Official]:
    """The titled person of the article (`everyone` so far) whose full name ends in the surname that opens
    a sentence naming a meeting as its subject (_BARE_SUBJECT), as an address _resolve_addresses reads; else
    none. Not one who does not come ("Trump cũng huỷ kế hoạch tham dự …")."""
    m = _BARE_SUBJECT.search(s.text) if s.mentions else None     # (its first branch only opens the sentence)
    name = m and (m["name"] or m["speaker"])
    if m is None or _ABSENT_AFTER.match(s.text[m.end():]) or not any(
            o.rule != "short" and " " in o.name and o.name.rsplit(None, 1)[-1] == name for o in everyone):
        return []
    return [Official(name, "", None, m.start("name" if m["name"] else "speaker"), "address")]


_ADDRESS_PLURAL = re.compile(r"(?<!\w)(?:các\s+)?(?:[Ôô]ng|[Bb]à)\s+(?=[A-ZÀ-ỸĐ])")
_ADDRESS_PLURAL = ahead(_ADDRESS_PLURAL)      # the same matches, sooner: etl/lookahead.py


def _addressed_in_full(sentence: str, named: list[Official], everyone: list[Official]) -> list[Official]:
    """The titled people of the article a sentence names again in full after "ông", "bà", "các
    ông": "các ông Lý Khắc Cường, Suga Yoshihide và Moon Jae-in trở lại màn hình tại Hội nghị …"; or
    after "chủ nhà": "Chủ nhà Boris Johnson chủ trì, …" after "Thủ tướng Anh Boris Johnson"."""
    starts = [m.end() for m in _ADDRESS_PLURAL.finditer(sentence)] if _may_address(sentence) else []
    if "hủ nhà" in sentence:
        starts += [m.end() for m in _HOST_WORD.finditer(sentence)]
    taken = {o.name for o in named}
    out: list[Official] = []
    for start in starts:
        window = sentence[start: start + 120]
        for o in everyone:
            if o.rule == "short" or " " not in o.name or o.name in taken:
                continue
            at = window.find(o.name)
            if at >= 0 and _NAME_LIST.fullmatch(window, 0, at):
                out.append(replace(o, pos=start + at, rule="address in full"))
                taken.add(o.name)
    return out


_HOST_WORD = re.compile(r"(?<!\w)(?:nước\s+)?[Cc]hủ\s+nhà\s+(?=[A-ZÀ-ỸĐ])")


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
_NOT_ONE_BEFORE = ahead(_NOT_ONE_BEFORE)      # the same matches, sooner: etl/lookahead.py
# After the title: punctuation, the end, or a word in lower case that is not "các", "hai", "nước" …
_BARE_TITLE_AFTER = re.compile(r"(?:\s+Chính\s+phủ)?(?:\s*[,.;:)]|\s*$"
                               r"|\s+(?!(?:các|hai|ba|những|nước|của|mỗi|từng|đồng)(?!\w))(?P<next>[^\W\d_]))")


def _head_title(title: str) -> str:
    """"Thủ tướng Chính phủ" is "Thủ tướng"; "Chủ tịch" is not "Chủ tịch nước"."""
    return re.sub(r"\s+chính\s+phủ$", "", title.casefold())


def _titled_again(sentence: str, named: list[Official], everyone: list[Official], gaz: Gazetteer,
                  titles: list[re.Match[str]] | None = None) -> list[Official]:
    """The Vietnamese official a bare title names again: the one person of Viet Nam the article
    has named with a role that begins with that title, when there is exactly one."""
    taken = [(sentence.rfind(o.role, 0, o.pos) if o.role else o.pos, o.pos + len(o.name)) for o in named]
    out = []
    for t in gaz.title_re.finditer(sentence) if titles is None else titles:
        if (not t.group()[0].isupper() or any(a <= t.start() < b for a, b in taken)
                or not (after := _BARE_TITLE_AFTER.match(sentence, t.end()))
                or (after.group("next") and not after.group("next").islower())
                or _NOT_ONE_BEFORE.search(sentence, 0, t.start())):
            continue    # (lower-case, "vai trò chủ tịch" is a role, not the person; the search of all
                        # that comes before the title last, as the slowest)
        title = _head_title(t.group())
        holders = {o.name: o for o in everyone if o.rule != "short" and country_of(o, gaz) == "Việt Nam"
                   and (lead := gaz.title_re.match(o.role)) and _head_title(lead.group()) == title}
        if len(holders) == 1:
            out.append(replace(next(iter(holders.values())), country="Việt Nam", pos=t.start(), rule="title->full"))
    return out


# A government, a cabinet or a delegation, named after its leader or its country: "nội các của
# Thủ tướng Abe", "thời chính quyền Hatoyama", "phái đoàn Hàn Quốc gồm …".
# Not "đồng thời" (meanwhile), "thời gian", "thời điểm" (time), nor "Thủ tướng Chính phủ" (a title).
_GOVERNMENT = re.compile(r"(?i)(?<!\w)(?<!đồng\s)(?<!tướng\s)(?:chính\s+quyền|nội\s+các|chính\s+phủ|phái\s+đoàn|"
                         r"đoàn\s+đại\s+biểu|thời(?!\s+(?:gian|điểm|hạn|tiết|sự|cuộc|gian\s+qua))|nhiệm\s+kỳ)(?!\w)")
_GOVERNMENT = ahead(_GOVERNMENT)      # the same matches, sooner: etl/lookahead.py
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
        if o.country is None and country_of(o, gaz) is None:
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
