"""Load and validate the vocabularies in etl/data/*.toml into one Gazetteer.

Open vocabularies (forums, kinds of meeting, titles, countries, cities) live in
data files; loading rejects duplicates, missing fields and bad patterns.
"""
from __future__ import annotations

import re
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from .cuescan import CueScan
from .forumscan import ForumLiterals
from .openings import matched_at
from .vi import alt

DATA = Path(__file__).with_name("data")
LEVELS = ("leaders", "ministers", "senior_officials", "other")


class GazetteerError(ValueError):
    """A vocabulary file is malformed; the message names the file and the entry."""


@lru_cache(maxsize=65536)
def surface_key(text: str) -> str:
    """The comparison key of a surface form: NFC, casefolded, dashes and spaces collapsed."""
    s = unicodedata.normalize("NFC", text).casefold()
    s = re.sub(r"\s*[-–—]\s*", "-", s)
    return re.sub(r"\s+", " ", s).strip()


def surface_pattern(text: str) -> str:
    """A regex for a surface form that tolerates any dash and spacing."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in "-–—":
            out.append(r"\s*[-–—]\s*")
        elif ch.isspace():
            out.append(r"\s+")
        else:
            out.append(re.escape(ch))
    return "".join(out).replace(r"\s+\s*[-–—]\s*\s+", r"\s*[-–—]\s*")


# (a small letter inside one: "FfD", the UN's financing for development conferences, written "FfD4")
ACRONYM_SHAPE = re.compile(r"[A-Z][A-Za-z0-9+&-]*[A-Z0-9+]")


_SPACE, _DASH = ("space",), ("dash",)


# The word of a building before a name (Gazetteer.forum_names).
_BUILDING_BEFORE = re.compile(r"(?i)(?<!\w)(?:khách\s+sạn|nhà\s+hàng|t(?:òa|oà)\s+nhà|hotel)\s+$")
# A meeting's word that opens a name, or leads to it within a few words and a quote (Gazetteer.forum_names); not "cấp
# cao" alone, as often a leader's ("lãnh đạo cấp cao Trung Quốc nói về sáng kiến Vành đai và Con đường")
_MEETING_WORDS = r"diễn\s+đàn|hội\s+nghị|thượng\s+đỉnh"
_MEETING_WORD = re.compile(rf"(?i)(?:{_MEETING_WORDS})(?!\w)")
# (its number among the words: "Hội nghị thường niên lần thứ 56 của ADB")
_MEETING_WORD_BEFORE = re.compile(rf"(?i)(?<!\w)(?:{_MEETING_WORDS})(?:\s+(?:[^\W\d_]+|\d{{1,3}}))"
                                  rf"{{0,7}}\s*[“\"«]?\s*$")
# … or its leaders or members, named before it: "lãnh đạo 27 nước thành viên Liên minh châu Âu (EU)", "Lãnh đạo EU chốt
# …", "các nước thành viên EU" (the forum an article's bare "Hội nghị thượng đỉnh" is of; no meeting of its own)
_MEMBERS_BEFORE = re.compile(r"(?i)(?<!\w)(?:(?:(?:các\s+)?(?:nhà\s+)?lãnh\s+đạo|nguyên\s+thủ)"
                             r"(?:\s+(?:(?:các|\d+)\s+)?(?:nước|quốc\s+gia)(?:\s+thành\s+viên)?)?"
                             r"|(?:(?:các|\d+)\s+)?(?:nước|quốc\s+gia)\s+thành\s+viên)\s+$")


def alternation(surfaces: list[str]) -> re.Pattern[str]:
    """One pattern for many surfaces, the longest that matches at a place wins; any dash and
    spacing match. An acronym matches only in capitals, so that "NAM" is not the "Nam" of "Việt
    Nam" nor "ACD" any word; other surfaces in any case. Built as a trie (shared prefixes written
    once), so a text is not tried against each of several hundred surfaces at every position."""
    # (a "+" after a name is the name's wider format, "BRICS+", "SCO+"; not a count of partners, "ASEAN+1")
    return re.compile(rf"(?<!\w)(?:{_surface_trie(_surface_tree(surfaces), top=True)})(?!\w)(?!\+\s*\d)")


def _surface_tree(surfaces: list[str]) -> dict:
    """The surfaces as a trie of alternation's keys: ("s", a character matched as written), ("i",
    a casefolded character matched in either case), _SPACE, _DASH; "" marks an end."""
    root: dict = {}
    written = {unicodedata.normalize("NFC", x) for x in surfaces}
    acronyms = {s for s in written if ACRONYM_SHAPE.fullmatch(s)}
    for s in written:
        # "G 20" too, as a tokenised text writes "G20"; and an acronym's spelling as a word ("Asean"), matched as
        # written too: in either case it would be a branch of its own, tried before the acronym's longer names
        exact = bool(ACRONYM_SHAPE.fullmatch(s.replace(" ", ""))) or s[:1].isupper() and s.upper() in acronyms
        node = root
        for piece in re.split(r"(\s*[-–—]\s*|\s+)", s):
            if not piece:
                continue
            if piece.isspace():
                node = node.setdefault(_SPACE, {})
            elif piece.strip() in "-–—" and piece.strip():
                node = node.setdefault(_DASH, {})
            else:
                for ch in piece:
                    node = node.setdefault(("s" if exact else "i", ch if exact else ch.casefold()), {})
        node[""] = {}
    return root


def _first_of(chars: set[str] | None) -> str:
    """A look-ahead for the first character of every match, put before a pattern's look-behind:
    sre then rules out most positions of a text at that one character instead of trying the
    look-behind and the branches there (the same matches; 1.5-2x on the place names and the
    acronyms, which open with capitals; none on the forums, titles and synonyms, whose names
    open with common lower-case letters too, so they go without)."""
    return f"(?=[{''.join(re.escape(c) for c in sorted(chars))}])" if chars else ""


def _surface_trie(node: dict, top: bool = False) -> str:
    """The trie as a regex. At the top, a letter of either case is two branches ("a…|A…"), not
    one set ("[aA]…"): sre tries a text position against each top branch, and skips a branch
    that opens with a single letter at a glance, where a set has to be looked into (1.1-1.3x
    on whole articles; the same matches)."""
    branches = []
    for key in sorted((k for k in node if k), key=str):
        rest = _surface_trie(node[key])
        if key == _SPACE:
            branches.append(r"\s+" + rest)
        elif key == _DASH:
            branches.append(r"\s*[-–—]\s*" + rest)
        elif key[0] == "i" and key[1].upper() != key[1] and len(key[1].upper()) == 1:
            cases = (key[1], key[1].upper())
            branches += ([re.escape(c) + rest for c in cases] if top
                         else [f"[{re.escape(cases[0])}{re.escape(cases[1])}]{rest}"])
        else:
            branches.append(re.escape(key[1]) + rest)
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body


def forum_literals(surfaces: list[str]) -> ForumLiterals:
    """The quick test that a text may name one of the surfaces (etl/forumscan.py), made from the
    trie of alternation(surfaces): its acronyms' branches as a pattern without the look-behind,
    and every other surface spelt out in each form it can take once the text is made flat
    (ForumLiterals.may_occur)."""
    root = _surface_tree(surfaces)
    exact = {k: v for k, v in root.items() if k[0] == "s"}
    spellings = _spellings({k: v for k, v in root.items() if k[0] == "i"})
    return ForumLiterals(re.compile(rf"(?:{_surface_trie(exact, top=True)})(?![\w+])") if exact else None, spellings,
                         _spellings(root))


def acronym_gate(surfaces: list[str], also: list[str]) -> re.Pattern[str] | None:
    """A pattern that finds the surfaces' acronyms wherever alternation(surfaces) matches one, and
    the acronyms `also` (the kinds' that name a forum) wherever they stand as written: the trie
    of both, without look-behind or look-ahead (so it finds more). One search instead of the
    acronyms' pattern and an `in` test for each kind's acronym: 17 against 37 µs on an article
    of the benchmark corpus, since sre still skips ahead to its capitals. None if one of `also`
    is no acronym (it would be matched in any case)."""
    if not all(ACRONYM_SHAPE.fullmatch(a) for a in also):
        return None
    exact = {k: v for k, v in _surface_tree(surfaces + also).items() if k[0] == "s"}
    return re.compile(f"(?:{_surface_trie(exact, top=True)})") if exact else None


def _spellings(node: dict) -> list[str] | None:
    """Every string a trie's branches match in a flat text (lower-cased, one space between words,
    hyphens for dashes); None if a letter's two cases lower-case to two letters."""
    out = []
    for key, rest in node.items():
        heads = [""] if not key else _flat_forms(key)
        tails = _spellings(rest) if key else [""]
        if heads is None or tails is None:
            return None
        out += [h + t for h in heads for t in tails]
    return out


def _flat_forms(key: tuple) -> list[str] | None:
    """What one key of the trie matches in a flat text (see _spellings)."""
    if key == _SPACE:
        return [" "]
    if key == _DASH:
        return ["-", " -", "- ", " - "]
    kind, c = key
    cases = {c, c.upper()} if kind == "i" and c.upper() != c and len(c.upper()) == 1 else {c}
    lowered = {x.lower() for x in cases}
    return list(lowered) if len(lowered) == 1 else None


@lru_cache(maxsize=65536)
def place_key(text: str) -> str:
    """The comparison key of a place name: as surface_key, and a dash counts as a space
    ("Thái-lan" is "Thái Lan", "Timor-Leste" is "Timor Leste")."""
    return surface_key(text).replace("-", " ")


_BREAK = " "           # in the trie: a space or a dash between syllables


def _trie_pattern(node: dict) -> str:
    """A regex for the words of a trie (nested dicts, "" marking an end): shared prefixes are
    written once, which keeps several hundred names quick to compile and to match."""
    ends = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        piece = r"[-–—\s]+" if ch == _BREAK else re.escape(ch)
        branches.append(piece + _trie_pattern(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if ends else body


def _trie_add(root: dict, text: str) -> None:
    node = root
    for ch in re.sub(r"\s*[-–—]\s*|\s+", _BREAK, text):
        node = node.setdefault(ch, {})
    node[""] = {}


def place_alternation(surfaces: list[str], not_at: list[str] = ()) -> re.Pattern[str]:
    """A regex for place names. A place is a proper noun: its first letter is a capital where
    the surface has one (so "cập nhật" holds no "Nhật", "biện pháp" no "Pháp"), later letters
    may be lower case and syllables joined by a dash ("Thái-lan", "Trung quốc"); names of three
    letters or fewer and acronyms match as written ("Mỹ", "UAE"). Built as a trie, so a sentence
    is not tried against each of several hundred names at every position. `not_at`: names that
    begin with a place's and name something else, where no place is read ("Thái Bình Dương" is
    no "Thái", Thailand; "Lào Cai" no "Lào")."""
    exact: dict = {}
    heads: dict[str, dict] = {}
    for s in {unicodedata.normalize("NFC", x) for x in surfaces}:
        if len(s) <= 3 or s.isupper():
            _trie_add(exact, s)
        else:
            _trie_add(heads.setdefault(s[0], {}), s[1:].casefold())
    branches = []
    for head, tail in sorted(heads.items()):
        first = re.escape(head) if head.isupper() else f"[{re.escape(head)}{re.escape(head.upper())}]"
        branches.append(f"{first}(?i:{_trie_pattern(tail)})")
    if exact:
        branches.append(_trie_pattern(exact))       # last: "Hàn Quốc" before "Hàn"
    firsts = {c for head in heads for c in (head, head.upper())} | set(exact) - {""}
    ahead = _first_of(firsts) if _BREAK not in firsts else ""
    others = rf"(?!(?:{alt(not_at)})(?!\w))" if not_at else ""
    return re.compile(rf"{ahead}(?<!\w){others}(?:{'|'.join(branches)})(?![\w+])(?![-–—][{_LOWER}])")


# Lower-case letters, Vietnamese ones too: a place that a dash and one of them follow is the first syllables
# of a longer transliterated word ("Ma-li" in "Nu-ri An Ma-li-ki"; not "Mỹ" in "Hội nghị Cấp cao Mỹ-ASEAN").
_LOWER = "a-z" + "".join(c for c in map(chr, range(0xC0, 0x1F00)) if c.islower() and c.isalpha())


@dataclass(frozen=True, slots=True)
class Forum:
    id: str
    name_vi: str
    name_en: str
    default_level: str | None
    parent: str | None
    example: str
    number_level: str | None = None     # "APEC 22" alone: the level of the forum's numbered series
    bare_level: str | None = None       # "hội nghị APEC" alone: the level of the meeting the press names so
    after_meeting_word: bool = False    # its name is the forum's only after a meeting's word (Gazetteer.forum_names)
    # the forum named by its members, a forum and countries: "ASEAN với Trung Quốc, Nhật Bản và Hàn Quốc" (ASEAN+3)
    members: tuple[str, ...] = ()
    # its meeting with one country is the pair's, bilateral ("Hội nghị thượng đỉnh EU - Trung Quốc"), and with
    # another forum that forum's ("Hội nghị Cấp cao EU - ASEAN": ASEAN's with the EU)
    pairs_bilateral: bool = False


@dataclass(frozen=True, slots=True)
class Kind:
    code: str
    level: str
    cues: tuple[re.Pattern[str], ...]
    forums: tuple[str, ...]
    name_vi: str
    name_en: str
    first_year: int | None
    example: str
    acronyms: tuple[str, ...] = ()
    default: bool = False
    any_cue: re.Pattern[str] | None = None    # the cues as one alternation: one search instead of several
    names_forum: bool = False   # its cue alone names its one forum ("Hội nghị Chủ tịch Quốc hội thế giới": IPU)
    body: bool = False          # its cue is a body the forum's own names hold ("Hội đồng Bảo an": the UN's council)

    def admits(self, forum: str) -> bool:
        return not self.forums or forum in self.forums

    def cued_in(self, text: str) -> bool:
        """Does any of the kind's cues match in text?"""
        return bool(self.any_cue and self.any_cue.search(text))


@dataclass(frozen=True, slots=True)
class Level:
    id: str                 # "foreign_minister"
    en: str                 # "Foreign minister"
    rank: int               # higher outranks: a chain of titles takes its highest level
    vi: str = ""            # "Bộ trưởng Ngoại giao"


@dataclass(frozen=True, slots=True)
class Title:
    id: str                 # "foreign_minister_vi"
    level: str              # a Level id
    en: str                 # the title in English, for the dashboard
    official: bool          # False for company and business-council chairs


# eq=False: a gazetteer is itself (hashed by identity), so that the stages' per-article caches can
# key on it (sentences.per_article); comparing two field by field was never asked for
@dataclass(frozen=True, slots=True, eq=False)
class Gazetteer:
    forums: dict[str, Forum]
    forum_re: re.Pattern[str]
    forum_of: dict[str, str]            # surface key -> forum id
    kinds: tuple[Kind, ...]
    title_re: re.Pattern[str]
    title_kind: dict[str, str]          # surface key -> "official" | "not_official"
    title_of: dict[str, Title]          # surface key -> its title
    levels: dict[str, Level]            # level id -> level
    country_re: re.Pattern[str]
    country_of: dict[str, str]
    country_en: dict[str, str]          # country id -> English name, where given (meeting names)
    country_name_en: dict[str, str]     # country id -> English name (CLDR's where not given)
    city_re: re.Pattern[str]
    city_of: dict[str, str]
    synonym_re: re.Pattern[str]
    synonym_of: dict[str, str]          # surface key -> canonical words
    acronym_re: re.Pattern[str]         # every kind's acronym, case-sensitive: "SOM", "AMM"
    place_re: re.Pattern[str]           # the places that are not countries: cities, provinces, capitals, regions
    place_of: dict[str, str]            # surface key -> [[place]] entry id
    examples: tuple[tuple[str, str, str], ...]   # (file, entry id, example)
    forum_literals: ForumLiterals | None = None     # a quick test before forum_re (etl/forumscan.py)
    cue_scan: CueScan | None = None     # which kinds' cues a text may hold (etl/cuescan.py), kinds by position
    # the acronyms of the kinds that name their forum ("COP29" is the UN's), case-sensitive, and
    # each one's forum: an article that names no forum but one of these is about that forum
    kind_forum_re: re.Pattern[str] | None = None
    kind_forum_of: dict[str, str] = field(default_factory=dict)
    forum_gate: re.Pattern[str] | None = None       # the forums' and kinds' acronyms (acronym_gate)

    def may_name_forum(self, text: str) -> bool:
        """A quick test: False only where forum_re and kind_forum_re find nothing (etl/forumscan.py)."""
        if self.forum_literals is not None and self.forum_gate is not None:
            return self.forum_literals.may_occur(text, self.forum_gate)     # (see acronym_gate)
        # every match of kind_forum_re is one of the acronyms as written (it is case-sensitive):
        # an `in` test for each rules out most texts before the pattern's search of the whole text
        return (self.forum_literals is None or self.forum_literals.may_occur(text)
                or bool(self.kind_forum_re and any(acronym in text for acronym in self.kind_forum_of)
                        and self.kind_forum_re.search(text)))

    def forum_matches(self, text: str) -> list[re.Match[str]]:
        """list(forum_re.finditer(text)), with forum_re tried only where the forum test
        (etl/forumscan.py) finds a name may begin: finditer tries it at every position. The same
        matches: every one begins at one of those places (ForumLiterals.starts)."""
        starts = self.forum_literals.starts(text) if self.forum_literals is not None else None
        return list(self.forum_re.finditer(text)) if starts is None else matched_at(self.forum_re, text, starts)

    def forum_names(self, text: str) -> list[re.Match[str]]:
        """forum_matches less the names of buildings: "tại khách sạn Shangri-La" names the hotel (where
        the Dialogue meets, and where anyone may stay), not the forum; and less the names of a forum whose
        name is also another thing's (forums.toml's after_meeting_word), where no meeting's word leads to it
        and it is not named as its leaders' or members' ("lãnh đạo các nước EU"): "sáng kiến Vành đai và Con đường"
        is China's initiative, "Diễn đàn cấp cao " Vành đai và Con đường "" its forum."""
        return [m for m in self.forum_matches(text) if not _BUILDING_BEFORE.search(text, max(0, m.start() - 16), m.start())
                and not (self.forums[self.forum(m.group())].after_meeting_word
                         and not _MEETING_WORD.match(m.group())
                         and not _MEETING_WORD_BEFORE.search(text, max(0, m.start() - 60), m.start())
                         and not _MEMBERS_BEFORE.search(text, max(0, m.start() - 50), m.start()))]

    def forums_named(self, text: str, hits: list[re.Match[str]] | None = None) -> Counter[str]:
        """How often a text names each forum: by its names, else by the acronyms of kinds that name it.
        `hits`: forum_re's matches in text, when the caller has them."""
        found = Counter(self.forum(m.group()) for m in (self.forum_re.finditer(text) if hits is None else hits))
        if not found and self.kind_forum_re is not None:
            found = Counter(self.kind_forum_of[m.group()] for m in self.kind_forum_re.finditer(text))
        return found

    def cued_kinds(self, text: str) -> list[Kind]:
        """The kinds whose cue matches in text (Kind.cued_in), in their order; only those whose
        words the text holds are searched (etl/cuescan.py)."""
        return [kind for kind in self.candidate_kinds(text) if kind.cued_in(text)]

    def candidate_kinds(self, text: str) -> list[Kind]:
        """The kinds whose cue may match in text, in their order: every kind cued there, and
        others whose words the text holds (etl/cuescan.py). A reader that needs only some cued
        kinds (the first that admits a forum) tests cued_in on these itself, and searches fewer."""
        if self.cue_scan is None:
            return list(self.kinds)
        found = self.cue_scan.candidates(text)
        out = []
        while found:
            bit = found & -found
            found ^= bit
            out.append(self.kinds[bit.bit_length() - 1])
        return out

    def forum(self, surface: str) -> str | None:
        return self.forum_of.get(surface_key(surface))

    def country(self, surface: str) -> str | None:
        return self.country_of.get(place_key(surface))

    def city(self, surface: str) -> str | None:
        return self.city_of.get(place_key(surface))

    def place(self, surface: str) -> str | None:
        return self.place_of.get(place_key(surface))

    def countries_in(self, text: str) -> list[re.Match[str]]:
        """The countries named in a text, less those inside a longer place name ("Lào" in "Lào Cai")."""
        found = list(self.country_re.finditer(text))
        if not found:
            return found
        others = [m.span() for m in self.place_re.finditer(text)]
        return [m for m in found if not any(a <= m.start() and m.end() <= b and b - a > m.end() - m.start()
                                            for a, b in others)]

    def title(self, surface: str) -> Title | None:
        return self.title_of.get(surface_key(surface))

    def fold(self, text: str, keep_case: bool = False) -> str:
        """Lower-cased text (unless keep_case) with every synonym replaced by its canonical words."""
        return self.synonym_re.sub(lambda m: self.synonym_of[surface_key(m.group())],
                                   text if keep_case else text.casefold())


def _require(entry: dict, keys: tuple[str, ...], where: str) -> None:
    missing = [k for k in keys if not entry.get(k)]
    if missing:
        raise GazetteerError(f"{where}: missing {', '.join(missing)}")


def _surfaces(entries: list[dict], file: str, table: str,
              key_of: Callable[[str], str] = surface_key) -> dict[str, str]:
    """surface key -> id, rejecting a surface claimed by two entries and duplicate ids.
    Entries taken from CLDR (`cldr = true`) carry no example sentence."""
    seen_ids: set[str] = set()
    owner: dict[str, str] = {}
    for entry in entries:
        where = f"{file} [{table}] {entry.get('id', '?')}"
        _require(entry, ("id", "surface") if entry.get("cldr") else ("id", "surface", "example"), where)
        if entry["id"] in seen_ids:
            raise GazetteerError(f"{where}: duplicate id")
        seen_ids.add(entry["id"])
        for surface in entry["surface"]:
            key = key_of(surface)
            if key in owner and owner[key] != entry["id"]:
                raise GazetteerError(f"{where}: surface {surface!r} already belongs to {owner[key]}")
            owner[key] = entry["id"]
    return owner


def _kinds(entries: list[dict], forums: dict[str, Forum], file: str) -> tuple[Kind, ...]:
    kinds = []
    for entry in entries:
        where = f"{file} [meeting] {entry.get('code', '?')}"
        # a default kind may have no cue: it is only ever taken by default
        _require(entry, ("code", "level", "name_vi", "name_en", "example"), where)
        if not entry.get("cues") and not entry.get("acronyms") and not entry.get("default"):
            raise GazetteerError(f"{where}: missing cues")
        if entry["level"] not in LEVELS:
            raise GazetteerError(f"{where}: level {entry['level']!r} is not one of {LEVELS}")
        unknown = [f for f in entry.get("forums", []) if f not in forums]
        if unknown:
            raise GazetteerError(f"{where}: unknown forums {unknown}")
        if entry.get("names_forum") and len(entry.get("forums", [])) != 1:
            raise GazetteerError(f"{where}: names_forum needs exactly one forum")
        acronyms = tuple(entry.get("acronyms", []))
        try:
            cues = tuple(re.compile(c, re.IGNORECASE) for c in entry.get("cues", [])) + tuple(
                re.compile(rf"(?<!\w){re.escape(a)}(?![^\W\d]|\+)", re.IGNORECASE) for a in acronyms)
        except re.error as exc:
            raise GazetteerError(f"{where}: bad cue pattern ({exc})") from exc
        # the cues have no groups to refer back to nor flags of their own, so their alternation
        # matches exactly where one of them does
        any_cue = re.compile("|".join(f"(?:{c.pattern})" for c in cues), re.IGNORECASE) if cues else None
        kinds.append(Kind(entry["code"], entry["level"], cues, tuple(entry.get("forums", [])),
                          entry["name_vi"], entry["name_en"], entry.get("first_year"), entry["example"],
                          acronyms, bool(entry.get("default")), any_cue, bool(entry.get("names_forum")),
                          bool(entry.get("body"))))
    return tuple(kinds)


def _synonyms(entries: list[dict], file: str) -> dict[str, str]:
    """surface key -> canonical words; a surface folded two ways is rejected."""
    out: dict[str, str] = {}
    for entry in entries:
        where = f"{file} [synonym] {entry.get('canonical', '?')}"
        _require(entry, ("canonical", "surface", "example"), where)
        for surface in entry["surface"]:
            key = surface_key(surface)
            if key in out and out[key] != entry["canonical"]:
                raise GazetteerError(f"{where}: surface {surface!r} already folds to {out[key]!r}")
            out[key] = entry["canonical"].casefold()
    return out


_MEMBERS_JOIN = ("và", "với", "-", "và các nước", "với các nước")


def _by_members(entries: list[dict]) -> list[dict]:
    """Each entry with `members` also named by them, the first joined to the others as a list:
    ["ASEAN", "Trung Quốc", "Nhật Bản", "Hàn Quốc"] -> "ASEAN và Trung Quốc, Nhật Bản, Hàn Quốc",
    "ASEAN với Trung Quốc, Nhật Bản và Hàn Quốc", "ASEAN - Trung Quốc, Nhật Bản, và Hàn Quốc", …"""
    out = []
    for entry in entries:
        lead, *rest = entry.get("members") or [None]
        if not rest:
            out.append(entry)
            continue
        lists = [", ".join(rest), f"{', '.join(rest[:-1])} và {rest[-1]}", f"{', '.join(rest[:-1])}, và {rest[-1]}"]
        named = [f"{lead} {join} {names}" for join in _MEMBERS_JOIN for names in lists]
        out.append({**entry, "surface": list(dict.fromkeys([*entry.get("surface", []), *named]))})
    return out


def _spelled(entries: list[dict], spellings: list[dict]) -> list[dict]:
    """Each entry with its surfaces also written in every other spelling of a word they hold
    ("Mekong - Nhật Bản" -> "Mê Kông - Nhật Bản", …)."""
    out = []
    for entry in entries:
        surfaces = list(entry.get("surface", []))
        for sp in spellings:
            word = re.compile(re.escape(sp["word"]), re.IGNORECASE)
            surfaces += [word.sub(form, s) for s in list(surfaces) if word.search(s) for form in sp["forms"]]
        out.append({**entry, "surface": list(dict.fromkeys(surfaces))})
    return out


def _load(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise GazetteerError(f"{path.name}: {exc}") from exc


def _countries(hand: list[dict], cldr: list[dict]) -> list[dict]:
    """The hand-kept countries (short forms, older spellings, an example) joined by ISO code with
    CLDR's name of every territory; a territory nobody wrote an entry for gets CLDR's name as id."""
    by_code = {c["code"]: c for c in hand if c.get("code")}
    out = [dict(c, surface=list(c["surface"])) for c in hand]
    for t in cldr:
        entry = by_code.get(t["code"])
        if entry is None:
            out.append({"id": t["vi"], "surface": [t["vi"]], "en_name": t["en"], "code": t["code"], "cldr": True})
            continue
        mine = next(c for c in out if c["id"] == entry["id"])
        mine["en_name"] = t["en"]
        if place_key(t["vi"]) not in {place_key(x) for x in mine["surface"]}:
            mine["surface"].append(t["vi"])
    for c in out:
        # an older spelling's syllables written together as well as hyphenated: "Bru-nây" and "Brunây",
        # "Ca-na-đa" and "Canađa", as the papers of those years wrote both
        known = {place_key(x) for x in c["surface"]}
        c["surface"] += [joined for x in list(c["surface"]) if (joined := _JOINED_SYLLABLES.sub("", x)) != x
                         and place_key(joined) not in known]
    return out


_JOINED_SYLLABLES = re.compile(r"(?<=\w)-(?=\w)")


def _titles(raw: dict, file: str) -> tuple[dict[str, Level], dict[str, Title], list[dict]]:
    levels = {}
    for lv in raw.get("level", []):
        _require(lv, ("id", "en"), f"{file} [level] {lv.get('id', '?')}")
        if not isinstance(lv.get("rank"), int):
            raise GazetteerError(f"{file} [level] {lv['id']}: rank must be an integer")
        if lv["id"] in levels:
            raise GazetteerError(f"{file} [level] {lv['id']}: duplicate id")
        levels[lv["id"]] = Level(lv["id"], lv["en"], lv["rank"], lv.get("vi", lv["en"]))
    titles_raw = raw.get("title", [])
    owner = _surfaces(titles_raw, file, "title")
    by_id = {}
    for t in titles_raw:
        where = f"{file} [title] {t['id']}"
        _require(t, ("level", "en"), where)
        if t["level"] not in levels:
            raise GazetteerError(f"{where}: level {t['level']!r} is not one of the [[level]] ids")
        by_id[t["id"]] = Title(t["id"], t["level"], t["en"], t.get("kind", "official") != "not_official")
    return levels, {k: by_id[v] for k, v in owner.items()}, titles_raw


def load_gazetteer(folder: Path = DATA) -> Gazetteer:
    forum_data = _load(folder / "forums.toml")
    forums_raw = _spelled(_by_members(forum_data.get("forum", [])), forum_data.get("spelling", []))
    forum_of = _surfaces(forums_raw, "forums.toml", "forum")
    forums = {}
    for f in forums_raw:
        for key in ("default_level", "number_level", "bare_level"):
            if f.get(key) and f[key] not in LEVELS:
                raise GazetteerError(f"forums.toml [forum] {f['id']}: bad {key}")
        forums[f["id"]] = Forum(f["id"], f.get("name_vi", f["id"]), f.get("name_en", f["id"]),
                                f.get("default_level"), f.get("parent"), f["example"],
                                f.get("number_level") or f.get("default_level"), f.get("bare_level"),
                                bool(f.get("after_meeting_word")), tuple(f.get("members", ())),
                                bool(f.get("pairs_bilateral")))
    meeting_data = _load(folder / "meetings.toml")
    kinds = _kinds(meeting_data.get("meeting", []), forums, "meetings.toml")
    synonyms_raw = meeting_data.get("synonym", [])
    synonym_of = _synonyms(synonyms_raw, "meetings.toml")
    acronyms = sorted({a for k in kinds for a in k.acronyms}, key=lambda a: (-len(a), a))
    levels, title_of, titles_raw = _titles(_load(folder / "titles.toml"), "titles.toml")
    places = _load(folder / "places.toml")
    countries = _countries(places.get("country", []), _load(folder / "territories.toml").get("territory", []))
    country_of = _surfaces(countries, "places.toml", "country", place_key)
    city_of = _surfaces(places.get("city", []), "places.toml", "city", place_key)
    place_of = _surfaces(places.get("place", []), "places.toml", "place", place_key)
    not_places = [s for n in places.get("not_place", []) for s in n["surface"]]
    other_places = [s for table in (places.get("city", []), places.get("place", [])) for c in table
                    for s in c["surface"]]
    examples = tuple(
        [("forums.toml", f["id"], f["example"]) for f in forums_raw]
        + [("meetings.toml", k.code, k.example) for k in kinds]
        + [("synonyms", e["canonical"], e["example"]) for e in synonyms_raw]
        + [("titles.toml", t["id"], t["example"]) for t in titles_raw]
        + [("places.toml", c["id"], c["example"])
           for c in places.get("country", []) + places.get("city", []) + places.get("place", [])]
    )
    kind_forum_of = {a: k.forums[0] for k in kinds if k.names_forum for a in k.acronyms}
    gaz = Gazetteer(
        forums=forums,
        forum_re=alternation([s for f in forums_raw for s in f["surface"]]),
        forum_literals=forum_literals([s for f in forums_raw for s in f["surface"]]),
        cue_scan=CueScan(kinds),
        forum_of=forum_of,
        kinds=kinds,
        # (not a mission's building: "Đại sứ quán", "Tổng Lãnh sự quán" are the embassy, the consulate)
        title_re=re.compile(alternation([s for t in titles_raw for s in t["surface"]]).pattern + r"(?!\s+quán(?!\w))"),
        title_kind={k: "official" if t.official else "not_official" for k, t in title_of.items()},
        title_of=title_of,
        levels=levels,
        country_re=place_alternation([s for c in countries for s in c["surface"]], not_places),
        country_of=country_of,
        country_en={c["id"]: c["en"] for c in countries if c.get("en")},
        country_name_en={c["id"]: c.get("en") or c["en_name"] for c in countries if c.get("en") or c.get("en_name")},
        city_re=place_alternation([s for c in places.get("city", []) for s in c["surface"]], not_places),
        city_of=city_of,
        synonym_re=alternation([s for e in synonyms_raw for s in e["surface"]]),
        synonym_of=synonym_of,
        # an acronym may carry its number glued on: "MC12", "SOM3"
        acronym_re=re.compile(rf"{_first_of({a[0] for a in acronyms})}(?<!\w)"
                              rf"(?:{'|'.join(re.escape(a) for a in acronyms)})(?![^\W\d]|\+)"),
        place_re=place_alternation(other_places),
        place_of=place_of,
        examples=examples,
        kind_forum_re=re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(a) for a in kind_forum_of)})(?![^\W\d]|\+)")
        if kind_forum_of else None,
        kind_forum_of=kind_forum_of,
        forum_gate=acronym_gate([s for f in forums_raw for s in f["surface"]], list(kind_forum_of)),
    )
    _check_kind_examples(gaz, "meetings.toml")
    return gaz


def _check_kind_examples(gaz: Gazetteer, file: str) -> None:
    """Each kind's example names a meeting of that very kind, not only of another kind with the
    same code: kinds are tried in file order, and one placed after a kind that claims its
    wording would never be chosen. The kinds are numbered for the check, so each meeting found
    says which kind claimed it."""
    # imported here: the reader of meeting names itself needs a gazetteer
    from .meetings import find_meetings
    numbered = replace(gaz, kinds=tuple(replace(k, code=str(i)) for i, k in enumerate(gaz.kinds)))
    for i, kind in enumerate(gaz.kinds):
        claimed = {int(m.meeting.split("/")[0]) for m in find_meetings(kind.example, numbered)}
        if i not in claimed:
            named = ", ".join(_described(gaz.kinds[c]) for c in sorted(claimed)) or "no meeting"
            raise GazetteerError(f"{file} [meeting] {kind.code}: its example names no meeting of this kind "
                                 f"(it names {named}): {kind.example!r}")


def _described(kind: Kind) -> str:
    """A kind as an error names it: "AMM (ministers, ASEAN)"."""
    return f"{kind.code} ({kind.level}, {'/'.join(kind.forums) or 'any forum'})"


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    return load_gazetteer()
