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
210 days (merge._HORIZON), so a large key costs time, not memory.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import groupby

from .gazetteer import Gazetteer
from .merge import event_id, merged_row, official_row, participant_rows, stream_clusters, with_id
from .read import content_id
from .records import Article, Participation, Report
from .state import Key, State, StoredMeeting


def dedupe(article: Article, evs: list[Report], ps: list[Participation], seen: dict[str, str]):
    """An article whose content hash an earlier file (in file order) already gave is kept as a
    row but not counted twice: its status is `duplicate` and it has no reports. `seen` maps each
    hash to its first copy: the decision for a hash depends on its own copies only."""
    if article.status != "ok":
        return article, evs, ps
    where = article.source_path + (f" line {article.record}" if article.record else "")
    first = seen.setdefault(article.article_id, where)
    if first == where:
        return article, evs, ps
    dup = replace(article, article_id=content_id(article.article_id, where), status="duplicate",
                  problem=f"{where}: same content as {first}")
    return dup, [], []


def ids(rows: list[tuple[Article, list[Report], list[Participation]]]) -> list[str]:
    """The content hashes of a file's articles (duplicates included: a later change to either
    copy must re-read both)."""
    return [a.article_id for a, _, _ in rows if a.status == "ok"]


def merge(state: State, gaz: Gazetteer, keys: list[Key], fresh: bool) -> tuple[set[str], list[StoredMeeting]]:
    """Cluster and name the meetings of each key, one key at a time. A meeting whose exact
    reports the last run merged, and which gets the same event_id again, is kept as written
    (its id is returned in the first set); every other meeting's row is built and staged in the
    state (State.staged). Returns also the last run's meetings of these keys that are gone or
    built again (their rows must go). `fresh`: no meeting of the last run is kept (a full run)."""
    kept: set[str] = set()
    gone: list[StoredMeeting] = []
    for key in keys:
        old = {} if fresh else state.meetings(key)
        if fresh:
            state.drop_meetings(key)
        _merge_key(state, gaz, key, fresh, old, kept, gone)
        state.drop_signatures(old)      # what is left of the last run's meetings is gone
        gone.extend(old.values())
    return kept, gone


def _merge_key(state: State, gaz: Gazetteer, key: Key, fresh: bool, old: dict[str, StoredMeeting],
               kept: set[str], gone: list[StoredMeeting]) -> None:
    """One key: merge.merge_key, except that a meeting of the same reports as last time is
    named from what the state remembers and its row is not built again."""
    taken: set[str] = set()             # the ids of this key's meetings so far: no other key's
    for cluster in stream_clusters(state.reports(key, bodies=fresh)):
        members = [m for m, _ in cluster]
        sig = state.signature(members)
        prev = old.pop(sig, None)
        if prev is not None:
            eid = event_id(key[0], key[2], prev.ordinal, prev.start, taken)
            if eid == prev.event_id:
                kept.add(eid)           # its stored meeting stays as it is
                state.release(members)
                continue
            gone.append(prev)
            row = {"event_id": eid, **merged_row(state.events_of(members), gaz)}
        else:
            row = with_id(merged_row(state.events_of(members), gaz), taken)
        state.put_meeting(sig, key, row["event_id"], row["ordinal"], row["start_date"])
        state.name(members, row["event_id"])
        state.stage(row)


def officials(participations: Iterable[tuple[str, Participation]]) -> Iterator[dict]:
    """Rows of officials.parquet from (event_id, participation) sorted by person, one person at a time."""
    for _, group in groupby(participant_rows(participations), key=lambda r: r["official_id"]):
        yield official_row(list(group))
