"""The records that flow through the ETL: one frozen dataclass per stage's output."""
from __future__ import annotations

import operator
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Literal

Precision = Literal["day", "month"]
# What a date phrase tells of its meeting: its whole span, or only its last day ("bế mạc ngày
# 18/11"), which may close a meeting that opened some days before, or the days around it (a
# delegation's journey, the meeting and its related meetings), which a day of its own inside gives way to.
DateRole = Literal["span", "start", "end", "around"]


def _pickled_by_fields(cls):
    """Pickled as its class and its fields' values: a worker sends each file's rows to the parent,
    and a frozen slotted dataclass is otherwise rebuilt by setting each field through Python
    (dataclasses._dataclass_setstate); 0.045 -> 0.032 ms a file, both ends."""
    get = operator.attrgetter(*(f.name for f in fields(cls)))
    cls.__reduce__ = lambda self: (cls, get(self))
    return cls


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Published:
    """The date an article gives as its own: a day, or only a month (then `day` is its first day),
    and why it is the article's (one of layout.DATE_SOURCES: "metadata", "lead", …)."""

    day: date
    precision: Precision
    source: str

    @property
    def text(self) -> str:
        """As the articles table writes it: "YYYY-MM-DD", or "YYYY-MM" for a month."""
        return self.day.isoformat() if self.precision == "day" else self.day.isoformat()[:7]


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Article:
    """One article as read from a file: clean body text plus its metadata."""

    article_id: str
    source_path: str
    record: int | None          # line number inside a .jsonl export, else None
    title: str | None
    url: str | None
    published: Published | None     # the article's own date (the table writes it as text)
    outlet: str | None
    text: str                   # the clean body, NFC
    boilerplate: str            # what was cut from the body (captions, teasers, comments)
    encoding: str | None
    status: str                 # "ok" or the kind of problem
    problem: str | None
    content_hash: str = ""


@dataclass(frozen=True, slots=True)
class DateSpan:
    start: date
    end: date
    precision: Precision
    year_inferred: bool         # the year came from context, not this phrase
    text: str                   # "8-9/11"
    pos: int                    # offset of the phrase in its sentence
    rule: str                   # which pattern produced it
    role: DateRole = "span"
    # Where the year came from: "written" in the phrase; "name" next to the meeting's name
    # ("APEC 2025", "năm ngoái"); "number", the year its number fell in (etl/data/series.toml:
    # "APEC-14" is 2006), in an article that states no date of its own; "host", likewise the year
    # the place it names held the series' meeting (etl/data/hosts.toml); "anchor", a dated phrase
    # earlier in the passage; "article", the article's own date with the sentence's tense;
    # "context", the article's other clues.
    year_source: str = "written"


@dataclass(frozen=True, slots=True)
class Mention:
    """A named meeting inside one sentence."""

    forum: str
    level: str
    meeting: str
    ordinal: int | None
    text: str
    pos: int
    end_pos: int
    optional_ordinals: tuple[int, ...] = ()   # "38 và 39": the second number
    rule: str = ""


@dataclass(frozen=True, slots=True)
class Official:
    """A titled person named in one sentence."""

    name: str
    role: str
    country: str | None
    pos: int
    rule: str = ""
    level: str = ""             # the level of the highest title in `role` (titles.toml), "" if none


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Report:
    """One dated meeting as one article reports it (before merging across articles). Made once
    its values are known; what the article's other sentences add makes a new one (replace)."""

    forum: str
    level: str
    meeting: str
    ordinal: int | None
    start: date
    end: date
    precision: Precision
    year_inferred: bool
    status: str
    location: str | None
    host: str | None
    mode: str | None
    article_id: str
    evidence: tuple[str, ...] = ()
    date_text: str = ""
    rule: str = ""
    strength: int = 0           # how directly the date is tied to the meeting
    label: str = ""             # the meeting's name as written
    year_source: str = "written"  # see DateSpan.year_source
    date_role: DateRole = "span"  # "end": the date is the meeting's last day (see DateSpan.role); "around":
    # the days of what takes the meeting in (a delegation's journey, the meeting and its related
    # meetings), not the meeting's own


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Participation:
    event_key: int              # index of the Report inside its article's list
    article_id: str
    name: str
    role: str
    country: str | None
    evidence: str
    event_start: date
    level: str = ""             # the level of the title (titles.toml): "foreign_minister", ...


@dataclass
class RunReport:
    """What one run read, found and wrote (cli.py prints it)."""

    files: int = 0
    articles: int = 0
    ok: int = 0
    problems: list[tuple[str, str, str]] = field(default_factory=list)   # (path, status, problem)
    events: int = 0
    participants: int = 0
    officials: int = 0
    reused: int = 0
    tables: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)        # (path, why): links not followed, ...
    output: list[tuple[str, str]] = field(default_factory=list)         # (path, why): the output folder inside the input
