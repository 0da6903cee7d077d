"""The reduce after the per-file map, key by key: each key is decided from its own records alone,
so keys are independent (a re-run redoes only the keys its changes reach, and a cluster could
reduce them on several machines).

    duplicates  keyed by content hash (the article's id, a hash of its headline, address and
                clean text): the first copy in file order is the article, every other copy a
                row with status `duplicate` (dedupe)
    meetings    keyed by (forum, level, kind): the key's reports are clustered and named alone
                (merge.merge_key is the pure form; merge() here is the same reading the state,
                and keeps the meetings the last run wrote for the same reports)
    people      participants per meeting, officials per person (merge.participant_rows, official_rows)

The meeting key has no year, though the issue suggested one: clustering joins reports of one
meeting that are up to 200 days apart when they share its number, or whose dates overlap, so
a meeting that spans New Year, or whose reports disagree on the year (a plan in December, the
meeting in January), would be split by a year in the key (tests/test_merge.py shows one).
A key holds many years, but clustering streams it holding only the meetings of the last
210 days (merge.HORIZON), so a large key costs time, not memory.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from itertools import groupby
from pathlib import Path

from .gazetteer import Gazetteer
from .merge import (
    HORIZON,
    event_id,
    last_day,
    merged_row,
    official_row,
    stream_clusters,
    tried,
    with_id,
)
from .read import content_id, relative
from .records import Article, Participation, Report
from .state import Dirty, Key, Member, ReportSummary, State, StoredMeeting

# A re-run holds the meetings of the stretch it clusters again until it knows their ids cannot
# move another meeting's; past this many reports it clusters the whole key instead, streaming.
RESUME_UP_TO = 20_000
# Resumed only when the stretches the changes reach span less than 1/RESUME_SHARE of the key's days.
RESUME_SHARE = 2


class FirstCopies:
    """Where each content hash was first seen, in file order (dedupe), held compactly: the hash's
    64 bits as an integer -> the file's position in the run's list of files and the record's
    line. A hex string and a path per article took about 180 bytes: 7 MB of a 40,000-article run."""

    def __init__(self, files: list[str], root: Path):
        self.files, self.root = files, root
        self._first: dict[int, int] = {}

    def elsewhere(self, article_id: str, file: int, record: int | None) -> str | None:
        """None for the first copy of a hash (remembered); else where that first copy is."""
        here = file << 32 | (record or 0)
        there = self._first.setdefault(int(article_id, 16), here)
        if there == here:
            return None
        line = there & 0xFFFFFFFF
        return relative(Path(self.files[there >> 32]), self.root) + (f" line {line}" if line else "")


def dedupe(article: Article, evs: list[Report], ps: list[Participation], seen: FirstCopies, file: int):
    """An article whose content hash an earlier file (in file order) already gave is kept as a
    row but not counted twice: its status is `duplicate` and it has no reports. `seen` knows each
    hash's first copy (`file`: this file's position in seen's list): the decision for a hash
    depends on its own copies only."""
    if article.status != "ok":
        return article, evs, ps
    first = seen.elsewhere(article.article_id, file, article.record)
    if first is None:
        return article, evs, ps
    where = article.source_path + (f" line {article.record}" if article.record else "")
    dup = replace(article, article_id=content_id(article.article_id, where), status="duplicate",
                  problem=f"{where}: same content as {first}")
    return dup, [], []


def ids(rows: list[tuple[Article, list[Report], list[Participation]]]) -> list[str]:
    """The content hashes of a file's articles (duplicates included: a later change to either
    copy must re-read both)."""
    return [a.article_id for a, _, _ in rows if a.status == "ok"]


# The meetings built that are stored at once (State.put_built): a key may have thousands, and
# their rows are held until stored (512 held 3 MB more at the peak of a 40,000-article re-run).
BUILT_AT_ONCE = 64


def merge(state: State, gaz: Gazetteer, keys: list[Key], fresh: bool) -> tuple[set[str], list[StoredMeeting]]:
    """Cluster and name the meetings of each key, one key at a time. A meeting whose exact
    reports the last run merged, and which gets the same event_id again, is kept as written
    (its id is returned in the first set); every other meeting's row is built and staged in the
    state (State.staged). Returns also the last run's meetings of these keys that are gone or
    built again (their rows must go). `fresh`: no meeting of the last run is kept (a full run).
    A re-run clusters again only the stretch of each key's stream that its changes reach
    (_resumed), or the whole key when that stretch cannot be told apart."""
    kept: set[str] = set()
    gone: list[StoredMeeting] = []
    for key in keys:
        if fresh:
            state.drop_meetings(key)
        old = {} if fresh else state.meetings(key)
        plan = None if fresh else _resumed(state, gaz, key, old)
        if plan is None:            # the whole key; `old` loses the meetings kept or built again as it goes
            decisions, goes = _decided(state, gaz, key, stream_clusters(state.reports(key, bodies=fresh)), old, set()), old
        else:
            decisions, goes = plan
        built = _apply(state, key, decisions, kept, gone)
        # what is left of the last run's meetings is gone (but for one built again from the same
        # reports, an unchanged copy of a changed file's article read again: rerun._copies)
        state.drop_signatures(sig for sig in goes if sig not in built)
        gone.extend(goes.values())
    return kept, gone


# (signature, members, the stored meeting of the same reports or None, its event_id, its row or
# None when the stored meeting stays as it is, where its reports lie when it is built: StoredMeeting's
# first, last, reach)
Decision = tuple[str, list[Member], "StoredMeeting | None", str, "dict | None", "tuple[date, date, date] | None"]


def _decided(state: State, gaz: Gazetteer, key: Key, clusters: Iterable[list], old: dict[str, StoredMeeting],
             taken: set[str]) -> Iterator[Decision]:
    """Each cluster's meeting: a meeting of the same reports as last time, which gets the same
    event_id again, stays as stored; any other is built. `old` loses the meetings matched;
    `taken` gains the event_ids given (merge.event_id)."""
    for cluster in clusters:
        members = [m for m, _ in cluster]
        sig = state.signature(members)
        prev = old.pop(sig, None)
        if prev is not None:
            eid = event_id(key[0], key[2], prev.ordinal, prev.start, taken)
            if eid == prev.event_id:
                yield sig, members, prev, eid, None, None
                continue
            row = {"event_id": eid, **merged_row(state.events_of(members), gaz)}
        else:
            row = with_id(merged_row(state.events_of(members), gaz), taken)
        yield sig, members, prev, row["event_id"], row, _span(cluster)


def _span(cluster: list[tuple[Member, ReportSummary]]) -> tuple[date, date, date]:
    """Where a meeting's reports (in stream order) lie: StoredMeeting's first, last and reach."""
    return cluster[0][1].start, cluster[-1][1].start, max(last_day(s.end, s.precision) for _, s in cluster)


def _apply(state: State, key: Key, decisions: Iterable[Decision], kept: set[str],
           gone: list[StoredMeeting]) -> set[str]:
    """Each decision stored: its meeting kept, or built (and the meeting it replaces gone).
    Returns the signatures of the meetings built."""
    built, sigs = [], set()
    for sig, members, prev, eid, row, span in decisions:
        if row is None:
            kept.add(eid)           # its stored meeting stays as it is
            state.release(members)
            continue
        if prev is not None:
            gone.append(prev)
        built.append((sig, members, row, span))
        sigs.add(sig)
        if len(built) == BUILT_AT_ONCE:
            state.put_built(key, built)
            built = []
    state.put_built(key, built)
    return sigs


def _resumed(state: State, gaz: Gazetteer, key: Key, old: dict[str, StoredMeeting]
             ) -> tuple[list[Decision], dict[str, StoredMeeting]] | None:
    """A re-run's meetings of one key, from the key's stream resumed where its changes begin
    (State.touched) and ended once it runs as the last run's did, again at each stretch of
    changes. Clustering reads the reports in order and each step depends on the reports before
    it only, so:

    - before a change the stream is as the last run's: the meetings it had open there (their
      reports so far) are where it resumes, and those it had closed stay as stored;
    - past the last day the changes so far reach (and the horizon after it), the stream is as
      the last run's again as soon as every open cluster holds exactly the reports, all
      unchanged, of one meeting the last run had open at that point; up to the next change,
      all stays as stored;
    - a meeting none of those stretches reaches, some of whose reports changed in what
      clustering does not read (Dirty.renewed), keeps its reports and is only built again.

    Returns the decisions (_decided) for the meetings of those stretches and the stored meetings
    that are gone; None when the whole key must be clustered again: a change on its first day,
    stretches too long to hold (RESUME_UP_TO), or an event_id given that differs from the last
    run's in a way that could move the id of a meeting after it (merge.event_id), or a meeting
    built again without clustering whose number or start moved."""
    dirty: Dirty = state.touched[key]
    spans = sorted(dirty.spans)
    if not _worth_resuming(state, key, spans):
        return None
    stored = list(old.values())
    rest = dict(old)                        # `old` stays whole should the whole key be clustered again
    decisions: list[Decision] = []
    given: set[str] = set()                 # the event_ids given so far
    was: set[str] = set(dirty.lost)         # the stored meetings built again or gone
    before_all: set[str] | None = None      # the stored meetings closed before the first change (None: no change)
    passed = 0
    k = 0
    while k < len(spans):
        day = spans[k][0]
        before = state.last_start_before(key, day)
        if before is None:
            return None
        horizon = before - HORIZON          # the last check before `day` closed the clusters ending earlier
        opened = {m.event_id for m in stored if m.first < day and (m.last >= day or m.reach >= horizon)}
        closed = {m.event_id for m in stored if m.first < day} - opened - was | given
        if before_all is None:
            before_all = set(closed)
        begun: dict[str, list] = {}
        for member, summary in state.begun(opened, day):
            begun.setdefault(state.named(member), []).append((member, summary))
        run = _Stretch(state, dirty, spans, k, begun, passed)
        clusters = stream_clusters(run.fed(state.reports(key, bodies=False, since=day)), begun=list(begun.values()),
                                   settled=run.settled)
        try:
            stretch = list(_decided(state, gaz, key, clusters, rest, closed))
        except _TooLong:
            return None
        passed = run.passed
        decisions += stretch
        given.update(d[3] for d in stretch)
        was.update((opened | set(run.count)) - run.still)
        k = run.next if run.ended else len(spans)
    renewed = {m.event_id: m for m in rest.values() if m.event_id in dirty.renewed - was}
    if len(renewed) < len(dirty.renewed - was):
        return None
    held: dict[str, list] = {}                  # same stream, a report changed in what clustering does not read
    for member, summary in state.begun(renewed, date.max):
        held.setdefault(state.named(member), []).append((member, summary))
    for eid, cluster in held.items():
        decision = _renewed(state, gaz, renewed[eid], cluster)
        if decision is None:
            return None
        decisions.append(decision)
        given.add(eid)
        was.add(eid)
    goes = {sig: m for sig, m in rest.items() if m.event_id in was}
    moved = given ^ was
    # the meetings after the first change whose id was not given again in a stretch (those built
    # again without clustering keep theirs): a moved id must not be one each of them tried
    later = [m for m in stored if (m.event_id not in was or m.event_id in renewed)
             and m.event_id not in (before_all or ())]
    if moved and any(tried(key[0], key[2], m.ordinal, m.start, eid) for m in later for eid in moved):
        return None
    # and no id given twice, nor one a stored meeting that stays as it is still holds (a stretch's meeting can
    # take the id of a meeting past it that the checks above did not foresee): the whole key, then
    ids = [d[3] for d in decisions]
    matched = {d[2].event_id for d in decisions if d[2] is not None}
    staying = {m.event_id for sig, m in old.items() if sig not in goes and m.event_id not in matched}
    if len(set(ids)) < len(ids) or staying.intersection(ids):
        return None
    return decisions, goes


def _renewed(state: State, gaz: Gazetteer, meeting: StoredMeeting, cluster: list) -> Decision | None:
    """A stored meeting whose reports (`cluster`, in stream order) are the same to clustering, some
    of them changed in what it does not read: built again from them, under its own event_id (None
    should its number or start move, which could move its id: merge.event_id)."""
    members = [m for m, _ in cluster]
    row = merged_row(state.events_of(members), gaz)
    if (row["ordinal"], row["start_date"]) != (meeting.ordinal, meeting.start):
        return None
    return state.signature(members), members, None, meeting.event_id, {"event_id": meeting.event_id, **row}, _span(cluster)


def _worth_resuming(state: State, key: Key, spans: list[tuple[date, date]]) -> bool:
    """Whether the stretches the changes reach are a small part of the key's stream: each lasts
    at least the horizon past the last day its changes reach, so changes spread over all of a
    key's years (a re-run that touches every year) leave little to skip, and resuming a stream
    costs more per report than running it whole. A choice of speed only: either way gives the
    same meetings."""
    first, last = state.key_days(key)
    if first is None:
        return False
    covered, end = 0, date.min
    for start, reach in spans:
        lo, hi = max(start, end), reach + 2 * HORIZON
        if hi > lo:
            covered += (hi - lo).days
            end = hi
    return covered * RESUME_SHARE < (last - first).days


class _Stretch:
    """One stretch of a resumed stream (_resumed): what it has passed of each stored meeting,
    and whether it now runs as the last run's did."""

    def __init__(self, state: State, dirty: Dirty, spans: list[tuple[date, date]], k: int,
                 begun: dict[str, list], passed: int):
        self.state, self.dirty, self.spans, self.k, self.passed = state, dirty, spans, k, passed
        self.count = Counter({eid: len(members) for eid, members in begun.items()})
        self.reach = {eid: max(last_day(s.end, s.precision) for _, s in members) for eid, members in begun.items()}
        self.still: set[str] = set()        # the stored meetings open where the stretch ended
        self.ended = False                  # it ended there (else it ran to the key's end)
        self.next = k                       # the first change not yet passed
        self.reached = date.min             # the last day the changes passed reach

    def fed(self, stream: Iterable[tuple[Member, ReportSummary]]) -> Iterator[tuple[Member, ReportSummary]]:
        """The stream, counting each stored meeting's reports once clustering has taken them."""
        for member, summary in stream:
            yield member, summary
            eid = self.state.named(member)
            if eid is not None:
                self.count[eid] += 1
                self.reach[eid] = max(self.reach.get(eid, date.min), last_day(summary.end, summary.precision))
            self.passed += 1
            if self.passed > RESUME_UP_TO:
                raise _TooLong

    def settled(self, open_clusters: list, today: date) -> bool:
        """merge.stream_clusters' question: from `today` on, does the stream run as the last run's?"""
        spans = self.spans
        while self.next < len(spans) and spans[self.next][0] <= today:
            self.reached = max(self.reached, spans[self.next][1])
            self.next += 1
        if today - HORIZON <= self.reached:
            return False
        for eid in [eid for eid, end in self.reach.items() if end < today - HORIZON]:
            del self.reach[eid]             # closed in the last run's stream: never open again
        was_open = set(self.reach)
        if len(was_open) != len(open_clusters):
            return False
        named = self.state.named
        for c in open_clusters:             # the cheap tests first: this is asked each day
            eid = named(c.members[0][0])
            if eid not in was_open or self.dirty.lost[eid] or self.count[eid] != len(c.members):
                return False
        for c in open_clusters:
            eid = named(c.members[0][0])
            if any(named(m) != eid for m, _ in c.members):
                return False
        self.still, self.ended = was_open, True
        return True


class _TooLong(Exception):
    pass


def officials(people: Iterable[dict]) -> Iterator[dict]:
    """Rows of officials.parquet from participants' rows sorted by person (State.people), one
    person at a time."""
    for _, group in groupby(people, key=lambda r: r["official_id"]):
        yield official_row(group)
