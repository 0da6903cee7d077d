"""Closed word lists of Vietnamese grammar that several rules share: one home each.

Open vocabularies (forums, kinds of meeting, titles, places) are data in etl/data/*.toml; the
short closed lists below are grammar, and stay code. Each is a tuple of phrases written with
single spaces, in the order a pattern tries them; `alt` turns one into a regular expression.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

# The nouns that name a meeting of any kind, where the rules look for one.
MEETING_NOUNS = (
    "hội nghị",         # "Hội nghị Bộ trưởng Ngoại giao ASEAN"
    "cuộc họp",         # "cuộc họp các Quan chức cao cấp"
    "phiên họp",        # "Phiên họp cấp cao Mekong - Nhật Bản"
)

# Words that tell a meeting is still to come; the nearest status word to the meeting and its
# date gives the report's status, and the sentence's tense (etl/assemble.py, etl/years.py).
PLANNED_WORDS = (
    "sẽ",                   # "Hội nghị sẽ diễn ra ngày 5/9"
    "dự kiến",              # "dự kiến tổ chức vào tháng 11"
    "sắp",                  # "sắp khai mạc", "Hội nghị sắp tới"
    "theo kế hoạch",        # "theo kế hoạch, Hội nghị …"
    "kế hoạch tổ chức",     # "kế hoạch tổ chức Hội nghị"
    "chuẩn bị cho",         # "chuẩn bị cho Hội nghị Cấp cao ASEAN 43"
    "tới đây",              # "ngày 19/1 tới đây"
    "lên đường",            # "lên đường tham dự Hội nghị"
    "theo chương trình",    # "theo chương trình, Hội nghị …"
    "theo lịch",            # "Theo lịch, Hội nghị … diễn ra tại Singapore từ ngày 11 đến 15/11", "theo lịch trình"
    "dự định",              # "dự định họp vào tháng 7"
    "đề xuất tổ chức",      # "Hội nghị đã thống nhất đề xuất tổ chức Hội nghị Cấp cao đặc biệt … vào ngày 14/4"
    "nhất trí tổ chức",     # "các Bộ trưởng nhất trí tổ chức Hội nghị … vào tháng 11"
    "quyết định tổ chức",   # "ASEAN quyết định tổ chức Hội nghị Cấp cao trực tuyến ngày 26/6"
    "muốn",                 # "tuyên bố ý muốn đưa vấn đề Triều Tiên ra Hội nghị Thượng đỉnh G7 … trong tháng Năm này"
    "có ý định",            # "có ý định tham dự diễn đàn biến đổi khí hậu COP25 … vào tháng 12"
)

# Words that put a meeting off to a later date: it is still to come, whatever "đã" says of the
# putting off ("Hội nghị …, vốn đã được lùi sang cuối tháng 6, …").
POSTPONED_WORDS = (
    "lùi sang",         # "đã được lùi sang cuối tháng 6"
    "lùi lại",          # "lùi lại đến tháng 11"
    "lùi đến",
    "hoãn sang",        # "hoãn sang năm sau"
    "hoãn đến",
    "hoãn tới",
    "dời sang",         # "dời sang tháng 8"
    "dời lại",
    "dời đến",
)

# Words that tell a meeting has taken place.
HELD_WORDS = (
    "đã",           # "Hội nghị đã diễn ra"
    "vừa qua",      # "tháng 11 vừa qua"
    "vừa",          # "vừa bế mạc"
    "hôm qua",      # "Hội nghị hôm qua"
    "khép lại",     # "khép lại hai ngày làm việc"
    "bế mạc",       # "Hội nghị bế mạc ngày 18/11"
    "hồi",          # "Hội nghị SOM ARF hồi tháng 7"
)

# Vietnam's capital letters, for a character class: a name's words open with one ("ở Davos", "tại Buenos Aires")
CAPITALS = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"

# Times of day that stand for a day: "sáng nay", "chiều cùng ngày", "Chiều 13-7".
TIMES_OF_DAY = ("sáng", "trưa", "chiều", "tối", "đêm")

# "năm ngoái", "năm tới": a year named from the article's own, in years from it.
YEAR_WORDS = {"ngoái": -1, "trước": -1, "nay": 0, "tới": 1, "sau": 1}


def alt(words: Iterable[str]) -> str:
    """The phrases as one alternation, any white space between their words: ("dự kiến", "sẽ") ->
    r"dự\\s+kiến|sẽ". Kept in the order given, which is the order the pattern tries them."""
    return "|".join(r"\s+".join(re.escape(w) for w in phrase.split()) for phrase in words)


# Gatherings of another kind held beside a meeting: a show, a festival, a fair (etl/assemble.py for the days and
# lengths told of them, etl/people.py for who opens one).
SHOW_WORDS = ("triển lãm", "lễ hội", "hội chợ")

# The gathering another meeting or a person's doings take place within: "Trong khuôn khổ Hội nghị
# Cấp cao ASEAN 40, …", "bên lề Hội nghị …", "nhân dịp dự AMM-55, …" (etl/assemble.py for dates,
# etl/participants.py for who took part).
FRAME_WORDS = (
    "trong khuôn khổ",      # "Trong khuôn khổ Hội nghị Cấp cao ASEAN 40, chiều 12/11, …"
    "bên lề",               # "Bên lề Hội nghị, Thủ tướng đã gặp …"
    "nhân dịp tham dự",     # "Nhân dịp tham dự Hội nghị …"
    "nhân dịp dự",          # "nhân dịp dự Hội nghị … AMM-55, …"
    "nhân dịp",             # "Nhân dịp Hội nghị …"
    "phần cấp cao",         # "Hội nghị thượng đỉnh …, phần cấp cao của COP26, diễn ra …"
    "một phần",             # "…, một phần của Tuần lễ Cấp cao APEC, …"
)


# Names written with a number that is not a meeting's: "Hội nghị … đặc biệt về COVID-19", "SARS-CoV-2".
NUMBERED_NAMES = ("COVID", "SARS-CoV", "MERS-CoV", "H5N1", "H1N1")       # matched in any case


# Where a syllable's tone mark stands. Vietnamese is written in two styles: the older puts the mark of
# an open "oa", "oe" or "uy" on its second vowel ("hoà", "khoẻ", "Uỷ ban", "Thuỵ Sĩ"), the newer on its
# first ("hòa", "khỏe", "Ủy ban", "Thụy Sĩ"). An outlet keeps to one; the rules and vocabularies are
# written in the newer, which modern_tones gives any text, letter for letter in place. (Not "quý": after
# q the u is no vowel; not "hoàng", "toán", "thuyết": a closed syllable marks its second vowel in both.)
_MARKED = {"a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ"}
_ON_FIRST = {"o": "òóỏõọ", "u": "ùúủũụ"}
_PAIRS = {("o", "a"), ("o", "e"), ("u", "y")}
_MOVED = {first + marked[k]: _ON_FIRST[first][k] + second
          for first, second in _PAIRS for marked in [_MARKED[second]] for k in range(5)}
_MOVED |= {a.upper() + b.upper(): c.upper() + d.upper() for (a, b), (c, d) in list(_MOVED.items())}
_MOVED |= {a.upper() + b: c.upper() + d for (a, b), (c, d) in list(_MOVED.items()) if a.islower() and b.islower()}
_OLD_STYLE = re.compile(rf"(?<![qQ])[oOuU][{''.join(sorted({k[1] for k in _MOVED}))}](?![^\W\d_])")


def modern_tones(text: str) -> str:
    """`text` with the tone marks of its open "oa", "oe", "uy" on their first vowel (same length:
    each offset keeps its letter's place)."""
    return _OLD_STYLE.sub(_moved, text) if text else text


def _moved(m: re.Match[str]) -> str:
    return _MOVED.get(m.group(), m.group())
