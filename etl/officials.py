"""Titled people inside one sentence -> Official.

A title ("Bộ trưởng", "Thủ tướng", ...) is followed by its qualifier (ministry,
country) and then the person's name: the first run of two or more capitalised
words once a leading country or office is taken off. Titles joined by commas
("Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh") make one role.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from .gazetteer import Gazetteer, surface_key
from .lookahead import ahead
from .records import Official
from .sentences import MEETING_NOUN

# Closed list: the family names that start a Vietnamese full name.
VIET_SURNAMES = frozenset(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Vương Trịnh "
    "Trương Lâm Lương Mai Tô Hà Tạ Cao Châu Đinh Quách Thái Kiều Lưu Đàm Tống Triệu Văn Khổng Lại "
    "Chu Doãn Diệp Giang Hứa Kim La Lạc Lục Mạc Mạch Nghiêm Ninh Phí Phùng Quan Thân Thạch Tôn Từ "
    "Ung Vi Y Hàn".split()
)
# Words that start the name of an office, not of a person: "Bộ Công Thương Nguyễn Hồng Diên".
_OFFICE_WORDS = frozenset("Bộ Ủy Uỷ Văn Hội Tổ Cục Vụ Sở Chính Công Nhà Viện Đảng Thành Tỉnh Phòng "
                          "Liên Ngân Tòa Toà Quân Học Thường Thứ Tổng Cơ Đoàn Đại Ngoại Kinh Thương Ban Phó Quỹ Người Chánh Nhóm "
                          "Điện Trưởng".split())     # (a palace: "… trên website chính thức của Điện Kremlin"; a
                                                     # title's head: "…, Trưởng Đại diện khu vực …")
# Words of address before a name, not part of it: "bà Hillary Clinton", "Ngài Antonio Guterres",
# Malaysian and Cambodian honorifics ("Dato Lim Jock Hoi", "Samdech Techo Hun Sen").
# "Tun Mahathir Mohamad", "Samdech Moha Bovor Thipadei Hun Manet". Not "Haji": it is part of the
# name as written ("Sultan Haji Hassanal Bolkiah"); nor "Puan", a given name too ("Puan Maharani").
_HONORIFICS = frozenset("Ông Bà Ngài Đồng chí Cô Anh Chị Dato Dato' Dato’ Datuk Datin Paduka Seri Samdech Xăm-đéc Techo "
                        "Tun Moha Bovor Thipadei".split())
# Lower-case words inside a foreign name: "Thani bin Ahmed Al Zeyoudi", "Ursula von der Leyen", and as the older
# transliteration writes them: "Crít-xti-na Phéc-nan-đết đơ Kiếc-sne" (de), "Bin-gu oa Mu-tha-ri-ca" (wa), "phôn" (von)
# (not "đi", "đa", "đô": Vietnamese words before a place's name)
_PARTICLES = frozenset("bin binti bint ibn al el van von der den de da do dos das del della di du le la ter y "
                       "đơ oa phôn".split())
_VIET_LETTERS = re.compile(r"[ăâêôơưđĂÂÊÔƠƯĐàáảãạầấẩẫậằắẳẵặèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]")
_TOKEN = re.compile(r"[^\s,;:()\[\]“”\"«»…]+|[,;:()…]")
# Not the full stop of an initial, of "TP." or of "Ma." (Maria): "Tổng thống B.J. Ha-bi-bi", "Chủ tịch UBND
# TP. Hồ Chí Minh …", "Ngoại trưởng Philippines Ma. Theresa Lazaro".
# (and a place that is a building or an occasion: "đón các trưởng đoàn khách mời tại khách sạn Grand Prince")
# A verb after a title ends its role: no name follows it ("Tổng thống Mỹ còn nhắc đến Hai Bà Trưng", "Phó Thủ tướng đề
# nghị Malaysia bảo đảm xét xử công bằng đối với công dân Việt Nam Đoàn Thị Hương", "Thủ tướng tiếp ông Tasuo Yasunaga":
# not the title's holder).
_HARD_STOP = re.compile(r"(?<![\s.][A-ZĐ])(?<!\bT[Pp])(?<!\bMa)\.\s|[;:!?]\s|[;:!?]|\s(?:cho\s+biết|nói|phát\s+biểu"
                        r"|nhắc\s+(?:đến|tới)|đề\s+nghị|khẳng\s+định|nhấn\s+mạnh|kêu\s+gọi|cảnh\s+báo|tuyên\s+bố|bày\s+tỏ"
                        r"|cho\s+rằng|yêu\s+cầu|thống\s+nhất|trả\s+lời"     # "… đã trả lời phỏng vấn của Báo Thế giới …"
                        r"|tiếp(?!\s+(?:tục|theo|nối|cận|thu|xúc|đó))|đón|gặp|hội\s+kiến|hội\s+đàm|(?:đã|sẽ|đang|vừa|cùng)\s+họp)\b"   # "Thủ tướng tiếp ông X": X is received
                        # "Tổng thống Biden dự hội nghị diễn ra tại Carbis Bay": Biden, not "Carbis Bay" (not "Ủy viên
                        # dự khuyết …", a title, nor the nouns "dự án", "dự thảo", …)
                        r"|\s(?:tham\s+)?dự(?!\s+(?:khuyết|bị|án|thảo|toán|báo|trữ|luật|thính))\b"
                        r"|\s(?:tại|ở)\s+(?:khách\s+sạn|sân\s+bay|trụ\s+sở|hội\s+trường|nhà\s+khách|phòng|buổi|lễ|cuộc)\b"
                        # a quotation opened: quoted words, not a name ("… công bố chủ đề năm Chủ tịch của Philippines là
                        # "Cùng nhau định hướng tương lai" (Navigating Our Future, Together)")
                        r"|\s[\"“«]")
_HARD_STOP = ahead(_HARD_STOP)      # the same matches, sooner: etl/lookahead.py
_WINDOW = 90
_BEHALF_GOES_ON = re.compile(r"(?i)[^.;:,()]{0,40}?\s+và\s+")     # a name, then "và": the list of those spoken for goes on
_ON_BEHALF = re.compile(r"(?i)(?<!\w)(?:thay\s+mặt|thừa\s+ủy\s+quyền|thừa\s+uỷ\s+quyền|ủy\s+quyền\s+của)(?:\s+cho)?\s*$")
_MEETING_BEFORE = re.compile(rf"(?i)(?<!\w)(?:{MEETING_NOUN})(?:\s+(?:các|liên))?\s*$")     # "Hội nghị liên Bộ trưởng …"


_MANY_BEFORE = re.compile(r"(?i)(?<!\w)(?:các|những|mọi)\s+$")
# A director of an intergovernmental body, not a firm's (titles.toml files "Giám đốc" as a firm's): "Giám đốc WHO khu vực
# Tây Thái Bình Dương Takeshi Kasai", "Giám đốc Văn phòng Nghiên cứu kinh tế vĩ mô ASEAN+3 (AMRO) Li Kouqing", "Quyền
# Giám đốc khu vực … của Cơ quan Liên hợp quốc về …"
_OF_AN_INTERNATIONAL_BODY = re.compile(
    r"(?i)(?<=giám\sđốc)(?:\s+(?:điều\s+hành|khu\s+vực))?(?:(?!công\s+ty|tập\s+đoàn|hãng)[^,.;:()]){0,60}?(?<!\w)"
    r"(?:(?-i:WHO|UNDP|UNICEF|UNESCO|UNEP|FAO|ILO|IMF|OECD|WTO|AMRO|ADB|ASEAN)|Tổ\s+chức\s+Y\s+tế\s+Thế\s+giới"
    r"|Liên\s+(?:hợp|hiệp)\s+quốc|Quỹ\s+Tiền\s+tệ\s+Quốc\s+tế|Ngân\s+hàng\s+Thế\s+giới)(?!\w)")
_INITIALS = re.compile(r"(?:[A-ZĐ]\.){1,3}")     # "B.J. Ha-bi-bi", "George W. Bush"


@lru_cache(maxsize=65536)       # a sentence's words recur across its titles' windows and the article
def is_name_token(tok: str) -> bool:
    if _INITIALS.fullmatch(tok):
        return True
    core = tok.strip("'’.-")
    if not core or not core[0].isupper() or any(ch.isdigit() for ch in core):
        return False
    letters = [ch for ch in core if ch.isalpha()]
    if len(letters) >= 2 and all(ch.isupper() for ch in letters):
        return False        # an acronym: SOM, APEC, TTXVN
    return all(ch.isalpha() or ch in "-'’." for ch in core)


# A Korean given name, hyphenated with a lower-case second syllable: after it, "Ban" is a family
# name ("Ban Ki-moon"), not the office word of "Ban Thư ký".
_KOREAN_GIVEN = re.compile(r"^[A-Z][a-z]+-[a-z]+$")
_PARTICLE_HYPHEN = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|bin|ibn|abu)-[A-Z]\w*$")


def _name_follows(tokens: list[re.Match[str]], i: int) -> bool:
    """A capitalised word follows, perhaps after more particles: "von der Leyen"."""
    while i < len(tokens) and tokens[i].group() in _PARTICLES:
        i += 1
    return i < len(tokens) and is_name_token(tokens[i].group())


# An apostrophe standing alone inside a name, as a text tokenised word by word writes it: "Peter O ' Neill".
_APOSTROPHE = re.compile("['’]")
# A hyphen standing alone between two syllables of a foreign name, as a text tokenised word by
# word writes it: "Jean - Marc Ayrault", "Moon Jae - in", "Prayut Chan - o - cha" (both sides in
# Latin letters without marks: "Phạm Bình Minh - Trưởng đoàn" is a name, then an apposition).
_DASH = re.compile("[-–]")
_PLAIN_SYLLABLE = re.compile(r"[A-Za-z]+")


def _joined_by_dash(before: str, tokens: list[re.Match[str]], i: int) -> bool:
    """Does the lone hyphen before tokens[i] join two syllables of one foreign name?"""
    if i >= len(tokens) or not _PLAIN_SYLLABLE.fullmatch(before):
        return False
    after = tokens[i].group()
    if not _PLAIN_SYLLABLE.fullmatch(after):
        return False
    return is_name_token(after) if after[0].isupper() else i + 1 == len(tokens) or not is_name_token(tokens[i + 1].group())


# A regnal or family number after a name: "Charles III", "Benigno Aquino III".
_REGNAL = frozenset({"II", "III", "IV", "II.", "III.", "IV."})


def _runs(window: str) -> list[list[re.Match[str]]]:
    """Runs of capitalised words; a lower-case particle ("bin", "van") joins a run it sits inside."""
    tokens = list(_TOKEN.finditer(window))
    runs, current = [], []
    for i, m in enumerate(tokens):
        tok = m.group()
        if is_name_token(tok) or tok in _REGNAL or current and (
                _PARTICLE_HYPHEN.match(tok) or tok in _PARTICLES and _name_follows(tokens, i + 1)
                or _APOSTROPHE.fullmatch(tok) and i + 1 < len(tokens) and is_name_token(tokens[i + 1].group())
                or _DASH.fullmatch(tok) and _joined_by_dash(current[-1].group(), tokens, i + 1)
                or _DASH.fullmatch(current[-1].group()) and _PLAIN_SYLLABLE.fullmatch(tok)):
            current.append(m)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _reads_as_viet_name(run: list[re.Match[str]]) -> bool:
    """"Hà Nam Khánh Giao": a surname, then given names (not another surname), all Vietnamese."""
    words = [t.group() for t in run]
    return (words[0] in VIET_SURNAMES and 3 <= len(words) <= 4 and words[1] not in VIET_SURNAMES
            and all(w.isalpha() for w in words) and sum(bool(_VIET_LETTERS.search(w)) for w in words) >= 2
            and not any(w in VIET_SURNAMES for w in words[2:]))


# Roman numbers that tell one of two offices of the same name apart ("Bộ trưởng Tài chính II", Malaysia's second finance
# minister): part of the office, not of the name after it.
_OFFICE_NUMBERS = frozenset({"I", "II", "III"})


def _trim(run: list[re.Match[str]], places: list[tuple[int, int]], countries: list[tuple[int, int]] = ()
          ) -> list[re.Match[str]]:
    """Take leading places, offices and words of address off a run of capitalised words.
    A place is never a person: a run that is only places yields nothing."""
    while run:
        first = run[0]
        inside = max(((a, b) for a, b in places if a <= first.start() < b), default=None, key=lambda p: p[1])
        # a place may start a Vietnamese name ("Hà Nam Khánh Giao"), and a one-word country that is
        # also a family name ("Hàn Trường Phú"); a country of more words starts no one's name
        if inside and (not _reads_as_viet_name(run)
                       or inside in countries and sum(inside[0] <= t.start() < inside[1] for t in run) > 1):
            run = [t for t in run if t.start() >= inside[1]]
        elif _DASH.fullmatch(first.group()):
            run = run[1:]       # what a place before it left: "Nga - Ukraine"
        elif first.group() in _OFFICE_NUMBERS and len(run) > 1:
            run = run[1:]       # the second of two offices of one name: "Bộ trưởng Tài chính II Malaysia Amir Hamzah Azizan"
        elif (first.group() in _OFFICE_WORDS and not _KOREAN_GIVEN.match(run[1].group().rstrip(".") if len(run) > 1 else "")
              and not (len(run) > 1 and _DASH.fullmatch(run[1].group()))      # "Ban - ki - moon", tokenised
              # an office's word that is also a family name opens a Vietnamese name of its own: "Chủ nhiệm Văn
              # phòng Chính phủ Đoàn Mạnh Giao" (not "Đoàn Việt Nam", a delegation and a place)
              and not (first.group() in VIET_SURNAMES and _reads_as_viet_name(run)
                       and not any(a <= t.start() < b for t in run for a, b in places))
              or first.group() in _HONORIFICS):
            run = run[1:]
        else:
            break
    # "Brazil Nguyễn Văn Kiền": what precedes a full Vietnamese name is a place or an office. The
    # name must read as Vietnamese, so that "Kao Kim Hourn" keeps its first word.
    for i in range(1, len(run) - 1):
        rest = [t.group() for t in run[i:]]
        if run[0].group() not in VIET_SURNAMES and rest[0] in VIET_SURNAMES and 2 <= len(rest) <= 4 and all(_VIET_LETTERS.search(t) for t in rest[1:]):
            return run[i:]
    return run


def _country(role: str, before: str, after: str, gaz: Gazetteer) -> str | None:
    """The country the role names ("Thủ tướng Nhật Bản"), else the one its "của" names
    ("Ngoại trưởng của Hàn Quốc"), else the one an apposition writes right before the title
    ("lãnh đạo quân đội Myanmar Thống tướng Min Aung Hlaing")."""
    # not a word the title starts with: "Thái tử Kuwait" is not Thái Lan's ("Chủ tịch Ủy ban châu Âu" is the EU's)
    found = [c for c in gaz.countries_in(role) if c.start() > 0 or not gaz.title_re.match(role)]
    if found:
        return gaz.country(found[0].group())
    m = _OF_AFTER.match(after)
    if m and (c := gaz.country_re.match(m.group(1))):
        return gaz.country(c.group())
    return _country_in_apposition(before, gaz)


_OF_AFTER = re.compile(r"\s*của\s+(.{0,30})")      # "của Hàn Quốc"
# Words that make a country before a title a place, not the person's: "đến Nhật Bản Thủ tướng …",
# "Sau Nhật Bản, Thủ tướng … sẽ thăm Hàn Quốc".
_PLACE_WORD = re.compile(r"(?i)(?<!\w)(?:tại|ở|đến|tới|từ|sang|thăm|về|khỏi|rời|qua|giữa|với|và|sau|trước|"
                         r"ngoài)\s+$")
# What may stand between an apposition's country and the title: nothing, a comma, "là" (is),
# "có" (has), "cử" (sends): "Phía Trung Quốc có Thủ tướng …", "Hàn Quốc cử Tổng thống …".
_APPOSITION_GAP = re.compile(r"\s*(?:,\s*|\s+(?:là|có|cử)\s+)?")
# The word before an apposition's country is a common noun ("quân đội Myanmar", "Chính phủ
# Nhật Bản", "đại diện Hàn Quốc") or starts the sentence ("Phía Trung Quốc có …"): not a
# name, a dash, a plus, a slash or a comma (a pair, a list or an address: "ASEAN - Nhật Bản",
# "Tokyo, Nhật Bản").
_NOUN_BEFORE = re.compile(r"(?:^|(?<![-–+/,])\s)(?:\w*[a-zà-ỹđ]\w*|[A-ZÀ-ỸĐ]\w*(?=\s*$))\s+$")


def _country_in_apposition(before: str, gaz: Gazetteer) -> str | None:
    """A country that ends the words right before a title ("lãnh đạo quân đội Myanmar Thống
    tướng …", "người đứng đầu Chính phủ Nhật Bản, Thủ tướng …", "đại diện Hàn Quốc là Ngoại
    trưởng …"), unless it is where someone goes or is ("tới Nhật Bản") or one of a pair or list."""
    last = next(reversed(list(gaz.country_re.finditer(before))), None)
    if last is None or not _APPOSITION_GAP.fullmatch(before, last.end()):
        return None
    head = before[:last.start()]
    if _PLACE_WORD.search(head) or not _NOUN_BEFORE.search(head) and head.strip():
        return None
    return gaz.country(last.group())


def _without_honorifics(role: str, gaz: Gazetteer) -> str:
    """"Tổng Thư ký ASEAN Dato": words of address that end a role belong to neither it nor the
    name; a word that ends a country stays ("Thủ tướng Anh": Anh is the United Kingdom)."""
    words = role.split()
    while words and words[-1].strip(",").capitalize() in _HONORIFICS:
        rest = " ".join(words)
        if any(m.end() == len(rest) for m in gaz.country_re.finditer(rest)):
            break
        words.pop()
    return " ".join(words) if len(words) < len(role.split()) else role


def _name_after(sentence: str, start: int, limit: int, gaz: Gazetteer):
    """(start, end) of the name that follows a title, else None."""
    window = sentence[start:limit]
    stop = _HARD_STOP.search(window)
    if stop:
        window = window[: stop.start()]
    runs = _runs(window)
    if not _may_name(runs):
        return None     # no need of the window's places
    return _name_in(window, runs, start, gaz)


def _may_name(runs: list[list[re.Match[str]]]) -> bool:
    """False where _name_in finds nothing, whatever the window's places: it takes a full name from
    a run of two words or more, a short one from a word right after the title, and trimming only
    takes words off. Most windows with no name have only single capitalised words ("tham dự Hội
    nghị"). tests/test_people_shortcuts.py checks the shortcut."""
    return any(len(run) >= 2 or run[0].start() <= 2 for run in runs)


def _name_in(window: str, runs: list[list[re.Match[str]]], start: int, gaz: Gazetteer):
    """(start, end) of the name the runs of the window after a title (at `start`) hold, else None."""
    named_places = [m.span() for m in gaz.place_re.finditer(window)]
    # not a country inside a longer place's name: "Thái" of "châu Á - Thái Bình Dương", "Ấn Độ" of "Ấn Độ Dương"
    countries = [(a, b) for a, b in (m.span() for m in gaz.country_re.finditer(window))
                 if not any(x <= a and b <= y and y - x > b - a for x, y in named_places)]
    places = countries + named_places + [
        m.span() for m in _forums_in(window, gaz)]    # "Cấp cao Đông Á" is a forum, not a person
    short = None
    for run in runs:
        if run[0].start() > 60 and not any(not window[b:run[0].start()].strip() for _, b in countries):
            break       # far from the title, unless right after the country that ends its office's
                        # name: "Chủ nhiệm Văn phòng Ủy ban Công tác Đối ngoại Trung ương Đảng Cộng sản
                        # Trung Quốc Vương Nghị"
        trimmed = _trim(run, places, countries)
        if len(run) <= 2 and _A_PLACES_NOUN.search(window, max(0, run[0].start() - 20), run[0].start()):
            continue    # "Chủ tịch nước nêu rõ đồng bằng sông Cửu Long …": a river's name, not a person's
        if _ACRONYM_AFTER.match(window, run[-1].end()):
            continue    # "Hội đồng Hợp tác kinh tế Thái Bình Dương (PECC)": an organisation
        if len(trimmed) >= 2 and not any(b <= trimmed[0].start() and not window[b:trimmed[0].start()].strip()
                                         for _, b in countries) and any(
                a >= run[-1].end() and _name_right_after(window, b)
                and not _NEXT_PERSON.search(window, run[-1].end(), a) for a, b in countries):
            continue    # "Bộ trưởng Nông Lâm Thủy sản Nhật Bản Nomura Tetsuro": a ministry's words, then
                        # the country, then the name (not a name right after its country: "Bộ trưởng
                        # Quốc phòng Mỹ Patrick Shanahan trình bày chiến lược Ấn Độ Dương - …")
        if (len(trimmed) >= 2 and trimmed is not run and run[0].group() in _OFFICE_WORDS
                and trimmed[0].group() not in VIET_SURNAMES and all(_VIET_LETTERS.search(t.group()) for t in trimmed)
                and _LOWER_GOES_ON.match(window, run[-1].end())):
            continue    # "Thứ trưởng Bộ Nông Lâm nghiệp Lào, …": Vietnamese words that start no one's name, the office's
                        # name going on in small letters
        if len(trimmed) >= 2:
            if short is not None and _CLAUSE_VERB.search(window, short[1] - start, trimmed[0].start()):
                return short    # "Tổng thống Trump đã ca ngợi nhà lãnh đạo Tập Cận Bình": Trump, the clause's subject
            return start + trimmed[0].start(), start + trimmed[-1].end()
        if (len(trimmed) == 1 and trimmed is not run and run[0].start() <= 2 and _one_name(trimmed[0].group())
                and not _NAME_GOES_ON.match(window, trimmed[0].end())
                and any(a == run[0].start() and not window[b:trimmed[0].start()].strip() for a, b in countries)):
            # one word right after the country that ends the title: a person known by one name ("Tổng
            # thống Indonesia Suharto", "Tổng thống In-đô-nê-xi-a Xu-hác-tô") or by the last of theirs
            # ("Thủ tướng Nhật Bản Abe"), which people._resolve_names completes where the article
            # gives the longer name
            return start + trimmed[0].start(), start + trimmed[0].end()
        if (short is None and len(run) == 1 and len(trimmed) == 1 and run[0].start() <= 2
                and run[0].group() not in _OFFICE_WORDS and run[0].group() not in _PARTICLES):
            short = (start + run[0].start(), start + run[0].end())
    return short        # "Bộ trưởng Sơn": a short form, resolved against the article's full names


# A word in small letters right after a run of capitalised words (not a particle of a name: "von der Leyen").
_LOWER_GOES_ON = re.compile(r"\s+(?!(?:" + "|".join(sorted(_PARTICLES)) + r")(?!\w))[a-zà-ỹđ]")
# A noun that a place's name follows (two words at most: a person's full name runs longer after a province's,
# "Chủ tịch UBND tỉnh Quảng Ninh Nguyễn Văn Đọc").
_A_PLACES_NOUN = re.compile(r"(?i)(?<!\w)(?:sông|núi|đảo|quần\s+đảo|bán\s+đảo|đồng\s+bằng|vịnh|eo\s+biển|biển|hồ|"
                            r"tỉnh|thành\s+phố|quận|huyện|thị\s+xã|làng|phố|đường|cầu|sân\s+bay|cảng)\s+$")


def _after_a_country(sentence: str, at: int, gaz: Gazetteer) -> bool:
    """Does a country end the words right before `at` (the title's, before a name of one word)?"""
    before = sentence[max(0, at - 40):at].rstrip()
    return any(m.end() == len(before) for m in gaz.country_re.finditer(before))


# A name that goes on past its capitalised words: "Walid al - Moallem", "Mohammed bin Salman".
_NAME_GOES_ON = re.compile(r"\s*[-–]|\s+(?:" + "|".join(sorted(_PARTICLES)) + r")(?!\w)")


def _one_name(word: str) -> bool:
    """Can a word stand for a person: capitalised, then small letters (a syllable or a dash may
    follow: "Xu-hác-tô"), and no office's word or particle ("Bộ", "bin")."""
    return (word[:1].isupper() and word[1:2].islower() and word not in _OFFICE_WORDS and word not in _PARTICLES
            and word not in _HONORIFICS)


# An acronym in brackets after a run of capitalised words: the run names an organisation.
_ACRONYM_AFTER = re.compile(r"\s*\([A-Z]{2,}")


def _forums_in(window: str, gaz: Gazetteer) -> Iterator[re.Match[str]]:
    """gaz.forum_re's matches, searched only in a window that may hold one (etl/forumscan.py:
    a quicker test than the search, and most windows after a title name no forum)."""
    if gaz.forum_literals is None or gaz.forum_literals.may_occur(window):
        return gaz.forum_re.finditer(window)
    return iter(())


def _name_text(span: str, after: str) -> str:
    """A name's words without the marks around them, keeping the full stop of "Jr." and "Sr."
    (the name's span ends before it: `after` is the character that follows)."""
    name = span.strip(" ,.'’")
    ends_abbreviated = re.search(r"(?<!\w)[JS]r$", name) and (span.endswith(".") or after == ".")
    return f"{name}." if ends_abbreviated else name


# What ends one person and starts the next in a list: "Rob Portman và Ủy viên Thương mại châu Âu …".
_NEXT_PERSON = re.compile(r",|\svà\s")


def _name_right_after(window: str, pos: int) -> bool:
    """Two name words right after `pos` (a country's end): "… Nhật Bản Nomura Tetsuro"."""
    tokens = [m.group() for _, m in zip(range(2), _TOKEN.finditer(window, pos))]
    return len(tokens) == 2 and all(is_name_token(t) for t in tokens)


def _inside_place(sentence: str, pos: int, gaz: Gazetteer) -> bool:
    """'Trung Quốc Vương Nghị': 'Quốc Vương' (king) starts inside a country's name, so it is no title."""
    word = _WORD.match(sentence, pos)
    if word is not None and word.group().casefold() not in _inner_words(gaz):
        return False    # a country's name holds no such word after its first: none of them starts here
    return any(m.start() < pos < m.end() for m in gaz.country_re.finditer(sentence, max(0, pos - 24), pos + 24))


_WORD = re.compile(r"\w+")


@lru_cache(maxsize=4)       # a gazetteer is hashed by its identity (gazetteer.Gazetteer)
def _inner_words(gaz: Gazetteer) -> frozenset[str]:
    """The words of the countries' names after their first, case-folded ("quốc" of "Trung Quốc",
    "lan" of "Thái Lan"): a title that starts with another word starts inside no country's name,
    and the search for one around it is spared. tests/test_people_shortcuts.py checks the shortcut."""
    return frozenset(w for key in gaz.country_of for w in _WORD.findall(key)[1:])


# What joins a title to the next into one role: a comma, "kiêm" (and also), a dash.
_JOINED = re.compile(r",|kiêm|[-–]")
# … unless another clause or person comes between: "Chủ tịch ASEAN năm 2010, cùng Tổng thư ký ASEAN
# Surin Pitsuwan", "trưởng đoàn của 27 thành viên ARF, trong đó có Thứ trưởng Ngoại giao Mỹ …".
_NOT_JOINED = re.compile(r"(?i)(?<!\w)(?:cùng|trong\s+đó|với|gồm|do)(?!\w)")
# A title's key in the gazetteer, as written: the titles are few, and each is written again and
# again, so that the key (folding case, dashes and spaces) is worked out once for each.
_title_key = lru_cache(maxsize=4096)(surface_key)


def find_officials(sentence: str, gaz: Gazetteer, titles: list[re.Match[str]] | None = None) -> list[Official]:
    """Every titled person named in one sentence, in order; `titles`: gaz.title_re's matches in
    it, when the caller has them."""
    found = gaz.title_re.finditer(sentence) if titles is None else titles
    titles = [t for t in found if not _inside_place(sentence, t.start(), gaz)]
    out: list[Official] = []
    chain_start: int | None = None
    chain: list[str] = []           # the levels of the titles of the role being read
    consumed = 0
    behalf_end: int | None = None       # the end of the last title read as another's, on whose behalf one speaks
    for i, t in enumerate(titles):
        if t.start() < consumed:
            continue
        before = sentence[max(0, t.start() - 20): t.start()]
        on_behalf = _ON_BEHALF.search(before) or (behalf_end is not None
                                                  and _BEHALF_GOES_ON.fullmatch(sentence, behalf_end, t.start()))
        behalf_end = t.end() if on_behalf else None     # "thay mặt Tổng thống X và Tổng thống Y": both stay home
        if ((gaz.title_kind.get(_title_key(t.group())) == "not_official" and not _OF_AN_INTERNATIONAL_BODY.match(
                sentence, t.end())) or _MEETING_BEFORE.search(before)
                or on_behalf or (t.group()[:1].islower() and _MANY_BEFORE.search(before))):
            # "Hội nghị Bộ trưởng Ngoại giao …" names a meeting, "Thay mặt Bộ trưởng, Thứ trưởng X"
            # speaks for someone else, "đón các trưởng đoàn tại Cung điện Istana Negara" is many
            # people: none of these titles is the next person's
            chain_start, chain = None, []
            consumed = t.end()
            continue
        nxt = titles[i + 1].start() if i + 1 < len(titles) else len(sentence)
        if chain_start is None and (apposed := _apposition(sentence, t, nxt, out, consumed, gaz)):
            # "Đại tướng Sergei Shoigu, Bộ trưởng Quốc phòng Nga", "ông Mark Menezes, Thứ trưởng Bộ
            # Năng lượng Hoa Kỳ": the title after a name, set off by a comma, is that person's
            person, consumed = apposed
            if _A_FIRMS_ROLE.search(_apposed_run(sentence, t)):
                # "Thủ tướng tiếp ông Tasuo Yasunaga, Chủ tịch kiêm Tổng giám đốc điều hành Công ty Mitsui": a
                # firm's head, whose titles run on past the one the apposition reads
                if out and out[-1].pos == person.pos:
                    out.pop()
            elif out and out[-1].pos == person.pos:
                out[-1] = person
            else:
                out.append(person)
            chain = []
            continue
        limit = min(nxt, t.end() + _WINDOW)
        found = _name_after(sentence, t.end(), limit, gaz)
        start = _deputy_start(sentence, t.start()) if chain_start is None else chain_start
        chain.append(_level(gaz, t.group()))
        if found is None:
            gap = sentence[t.end():nxt]
            # (a verb between them ends the first title's clause: "Ngoại trưởng Trung Quốc khẳng định BRI, sáng kiến được
            # Chủ tịch Tập Cận Bình khởi xướng" is no role of Tập Cận Bình's from "Ngoại trưởng" on)
            joined = ((_JOINED.search(gap) or _only_places(gap, gaz)) and not _NOT_JOINED.search(gap)
                      and not _HARD_STOP.search(gap))
            chain_start = start if nxt - t.end() < 45 and joined and "(" not in gap else None   # (no role runs past a bracket)
            chain = chain if chain_start is not None else []
            continue
        a, b = found
        name = unicodedata.normalize("NFC", _name_text(sentence[a:b], sentence[b:b + 1]))
        role = _without_honorifics(sentence[start:a].strip(" ,"), gaz).strip(" ,")
        rule = "short" if " " not in name and not _after_a_country(sentence, a, gaz) else "title+name"
        level = max(chain, key=lambda lv: gaz.levels[lv].rank if lv in gaz.levels else -1)
        if level == "counterpart" and out:
            level = out[-1].level       # "… Donald Trump và người đồng cấp Nga Vladimir Putin": Trump's level
        country = _country(role, sentence[max(consumed, start - 60):start], sentence[b:b + 40], gaz)
        if _ANOTHERS_ROLE.search(role):
            role = _own_title_after(sentence, b, gaz)
            country = _country(role, "", sentence[b:b + 40], gaz) if role else None
        if role and not _AN_ORGANISATION.search(name) and not _A_FIRMS_ROLE.search(role):
            out.append(Official(name, role, country, a, rule, level))
        chain_start, chain = None, []
        consumed = b
    return out


# A role that ends in "và" is the title of the one named before it, not of the next name, whose own title, if any,
# follows it ("Ông Lê Thanh Liêm - Phó chủ tịch UBND TP. HCM và bà Karen Lanyon - Tổng lãnh sự Úc", "…, đại diện
# Chủ tịch luân phiên Liên minh châu Âu, và bà Benita Ferrero-Waldner, Ủy viên phụ trách Quan hệ đối ngoại …"); a
# name that ends in a firm's word is an organisation ("Ian Bremmer, Chủ tịch Eurasia Group", "… Sovico Holdings").
_ANOTHERS_ROLE = re.compile(r"(?i)(?<!\w)(?:và|cùng|với)$")
_APPOSED = re.compile(r"\s*[-–,]\s*")
_ROLE_END = re.compile(r"[,.;:()\[\]]|\s[-–]\s|\s(?:tại|ở|đã|sẽ|đang|cũng|vừa|phát\s+biểu|tham\s+dự|dự|cho\s+biết|nói)(?!\w)")
# A firm's head is no official (the guideline's company chairs), whatever the title's first word: "chủ tịch điều hành
# Tập đoàn Alibaba, tỉ phú Jack Ma", "Chủ tịch Công ty X".
_A_FIRMS_ROLE = re.compile(r"(?i)(?<!\w)(?:tập\s+đoàn|công\s+ty|tỉ\s+phú|tỷ\s+phú|doanh\s+nhân)(?!\w)")
_AN_ORGANISATION = re.compile(r"(?<!\w)(?:Group|Holdings|Corporation|Corp|Inc|Ltd|Company|Bank|Foundation|Institute|"
                              r"University|Agency|Capital|Airlines)\.?$")


def _own_title_after(sentence: str, end: int, gaz: Gazetteer) -> str:
    """The title set after a name ("…, Ủy viên phụ trách …", "… - Tổng lãnh sự Úc tại TP. HCM"), up to the next
    stop, or ""."""
    sep = _APPOSED.match(sentence, end)
    if not sep or not gaz.title_re.match(sentence, sep.end()):
        return ""
    stop = _ROLE_END.search(sentence, sep.end())
    return sentence[sep.end(): stop.start() if stop else len(sentence)].strip()


# A name set off by a comma right before a title, perhaps after a word of address: "ông Kajiyama
# Hiroshi, Bộ trưởng …". The name is read by _runs; this finds where it may start.
_COMMA_BEFORE = re.compile(r",\s*$")
_ONE_WORD_NAME = re.compile(r"[A-Z][a-z]{3,}")
_ADDRESS_WORD = re.compile(r"(?:^|[\s,(])(?:[Ôô]ng|[Bb]à|[Nn]gài|[Đđ]ồng\s+chí)\s+$")
# "…, Ngoại trưởng Hoa Kỳ, và bà Penny Wong": what follows a comma or "và" is the next person.
_LIST_GOES_ON = re.compile(r",|(?<!\w)và(?!\w)")
# Where an apposed title ends when it names no country: the next comma, "và", a verb of the clause.
_APPOSED_END = re.compile(r",|\s(?:và|đã|sẽ|cũng|đang|vừa|có|cùng|là|nhấn|phát|cho)(?!\w)|[.;:()]")
# A verb of the clause, which no title holds: the title ends before it, whatever country follows
# ("…, Bộ trưởng Bộ Quốc phòng dẫn đầu Đoàn đại biểu Bộ Quốc phòng Việt Nam tham dự …").
_CLAUSE_VERB = re.compile(r"\s(?:đã|sẽ|đang|vừa|nhấn|phát\s+biểu|dẫn\s+đầu|chủ\s+trì|đồng\s+chủ\s+trì|tham\s+dự"
                          r"|dự(?!\s+khuyết)|tiếp|gặp|hội\s+đàm)(?!\w)")


def _apposition(sentence: str, t: re.Match[str], nxt: int, out: list[Official], last_end: int, gaz: Gazetteer
                ) -> tuple[Official, int] | None:
    """The person a title set off by a comma right after their name belongs to, with where the
    title's words end; None when the title does not follow a name and a comma, or when a name
    follows the title itself ("Bộ trưởng Bùi Thanh Sơn, Trưởng đoàn …" is read the usual way)."""
    lead = _deputy_start(sentence, t.start())       # (a deputy's: "bà X, Phó Tổng Giám đốc …")
    head = sentence[:lead]
    if not _COMMA_BEFORE.search(head):
        return None
    comma = head.rstrip().rstrip(",").rstrip()
    # the last person read, when this title follows their name or their last apposed title:
    # "đồng chí Phạm Bình Minh, Ủy viên Bộ Chính trị, Phó Thủ tướng Chính phủ, Bộ trưởng …"
    prev = out[-1] if out and len(comma) in (out[-1].pos + len(out[-1].name), last_end) else None
    if prev is None:
        offset = max(0, len(comma) - 60)
        runs = _runs(comma[offset:])
        if not runs or offset + runs[-1][-1].end() != len(comma):
            return None
        run = runs[-1]
        if len(run) > 2 and _ADDRESS_WORD.match(f"{run[0].group()} "):
            run = run[1:]       # "Bà Nguyễn Thị Kim Ngân, Chủ tịch Quốc hội, …" opening the sentence
        a = offset + run[0].start()
        if len(run) < 2 and not _ONE_WORD_NAME.fullmatch(run[0].group()) or not _ADDRESS_WORD.search(
                sentence[max(0, a - 12):a]):
            return None     # (a name of one word, as Indonesians bear, only unaccented: "ông Mahfud, Bộ trưởng …",
                            # not a Vietnamese given name alone, "ông Hùng, …")
        name = unicodedata.normalize("NFC", comma[a:])
        if (gaz.countries_in(name) or gaz.place_re.search(name)) and not _reads_as_viet_name(run):
            return None     # (but a Vietnamese name that holds a place's: "đồng chí Nguyễn Hòa Bình, … Chánh án …")
    # the title's own words, before the next title (at `nxt`): up to its country, else to the clause's next word
    rest = sentence[t.end(): min(nxt, t.end() + _WINDOW)]
    stops = [m.start() for m in (_HARD_STOP.search(rest), _CLAUSE_VERB.search(rest)) if m]
    rest = rest[: min(stops)] if stops else rest
    countries = gaz.countries_in(rest)
    end = t.end() + (countries[0].end() if countries else (m.start() if (m := _APPOSED_END.search(rest)) else len(rest)))
    # a name in the title's words ("Bộ trưởng Sơn"; with a country, only a full one: "Quốc" of
    # "Quốc phòng" is none) or right after its country: the title is that person's
    inside = _name_after(sentence, t.end(), end, gaz)
    if inside is not None and (not countries or " " in sentence[inside[0]:inside[1]].strip()):
        return None
    if not countries and rest[end - t.end():].lstrip().startswith("và ") and (
            own := _name_after(sentence, t.end(), min(nxt, t.end() + _WINDOW), gaz)) is not None and (
            " " in sentence[own[0]:own[1]].strip() and "," not in sentence[end:own[0]]):
        return None     # a ministry's name with "và" and then its own name: "…, Bộ trưởng Bộ Kế hoạch và Đầu tư Võ Hồng Phúc"
    # (or right after its body's short name in brackets: "…, Tổng Giám đốc Quỹ Tiền tệ Quốc tế (IMF) Dominique
    # Strauss-Kahn")
    acronym = _ACRONYM_AFTER.match(sentence, end)
    follows = (_name_after(sentence, acronym.end() if acronym else end, min(nxt, t.end() + _WINDOW), gaz)
               if countries or acronym else None)
    if (follows is not None and " " in sentence[follows[0]:follows[1]].strip()
            and not _LIST_GOES_ON.search(sentence, end, follows[0])):
        return None         # "Đại sứ Việt Nam tại Brazil Nguyễn Văn Kiền": the title has its own name
    if _JOINS_TITLES.search(sentence, t.start(), end) and (t2 := gaz.title_re.match(sentence, end)):
        # two titles joined into one ("bà Aung San Suu Kyi, cố vấn Nhà nước - Bộ trưởng Ngoại giao Myanmar", "…,
        # Cố vấn Nhà nước kiêm Bộ trưởng Ngoại giao …"): the role runs through the second's words
        rest = sentence[t2.end(): t2.end() + _WINDOW]
        stops = [m.start() for m in (_HARD_STOP.search(rest), _CLAUSE_VERB.search(rest), _APPOSED_END.search(rest)) if m]
        countries = gaz.countries_in(rest[: min(stops)] if stops else rest)
        end = t2.end() + (countries[0].end() if countries else min(stops) if stops else len(rest))
        follows = _name_after(sentence, end, t2.end() + _WINDOW, gaz) if countries else None
        if follows is not None and " " in sentence[follows[0]:follows[1]].strip():
            return None     # "…, Phó Thủ tướng kiêm Ngoại trưởng Campuchia Prak Sokhonn": the next person's titles
    words = sentence[lead:end].strip(" ,")
    country = _country(words, "", "", gaz)
    level = _level(gaz, t.group())
    if prev is not None:
        if prev.country is not None:
            return prev, end
        return Official(prev.name, f"{prev.role}, {words}", country, prev.pos, "apposition",
                        max((prev.level, level), key=lambda lv: gaz.levels[lv].rank if lv in gaz.levels else -1)), end
    return Official(name, words, country, a, "apposition", level), end


_JOINS_TITLES = re.compile(r"\s(?:[-–]|kiêm)\s*$")     # what joins a title to the next in one role
_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][A-Za-z0-9&-]{1,9}\)")     # a body's short name: "(IMF)", "(WB)", "(ADB)"


def _apposed_run(sentence: str, t: re.Match[str]) -> str:
    """The words of an apposition from its title `t` on, through the titles it joins ("Chủ tịch kiêm Tổng giám
    đốc …"), to the next comma, stop or verb of the clause."""
    rest = sentence[t.start(): t.end() + _WINDOW]
    stops = [m.start() for m in (_HARD_STOP.search(rest), _CLAUSE_VERB.search(rest)) if m] + [
        comma for comma in (rest.find(","),) if comma >= 0]
    return rest[: min(stops)] if stops else rest


def _only_places(gap: str, gaz: Gazetteer) -> bool:
    """"Quốc vương Malaysia Sultan Ibrahim": a title, its country, and the next title make one role."""
    rest = gaz.place_re.sub("", gaz.country_re.sub("", gap))
    return bool(gap.strip()) and not rest.strip()


def _level(gaz: Gazetteer, title: str) -> str:
    found = gaz.title_of.get(_title_key(title))     # gaz.title(title), with the key worked out once
    return found.level if found else ""


def _deputy_start(sentence: str, pos: int) -> int:
    """"Phó Tổng Thư ký", "Phó chủ nhiệm": a deputy's title is the title it deputises, with "Phó";
    an acting holder's, "Quyền Bộ trưởng Quốc phòng Mỹ", with "Quyền"."""
    before = sentence[max(0, pos - 8):pos]
    m = _DEPUTY.search(before)
    return pos - (len(before) - m.start()) if m else pos


_DEPUTY = re.compile(r"(?<!\w)(?:[Pp]hó|Quyền)\s+$")
