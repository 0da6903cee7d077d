"""Merging reports of the same meeting across articles."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from etl.merge import cluster_reports, merge_reports, official_rows, participant_rows
from etl.records import Participation, Report


def ev(start, end=None, *, ordinal=None, status="held", article="a1", precision="day", meeting="AMM",
       forum="APEC", level="ministers", strength=2, label="", rule="x",
       date_role="span"):
    s = date.fromisoformat(start)
    return Report(forum, level, meeting, ordinal, s, date.fromisoformat(end) if end else s, precision, False, status,
                 None, None, None, article, (f"câu {article} {start}",), start, rule, strength, label,
                 date_role=date_role)


def test_planned_and_held_reports_become_one_held_meeting(gaz):
    rows, ids = merge_reports([ev("2021-11-08", "2021-11-12", status="planned", article="a1", strength=3),
                              ev("2021-11-08", "2021-11-09", ordinal=32, article="a2", strength=1)], gaz)
    assert len(rows) == 1
    r = rows[0]
    assert (r["status"], r["ordinal"], r["start_date"], r["end_date"]) == ("held", 32, date(2021, 11, 8), date(2021, 11, 9))
    assert r["article_ids"] == ["a1", "a2"] and r["n_articles"] == 2 and len(r["evidence"]) == 2
    assert r["name_en"] == "32nd APEC Ministerial Meeting" and r["name_vi"].endswith("lần thứ 32")
    assert ids == {0: r["event_id"], 1: r["event_id"]}


def test_each_evidence_sentence_names_the_articles_that_gave_it(gaz):
    one, shared = "Hội nghị AMM 32 diễn ra ngày 8/11.", "AMM 32 khai mạc ngày 8/11 tại Auckland."
    a1 = ev("2021-11-08", ordinal=32, article="a1")
    a2 = replace(ev("2021-11-08", ordinal=32, article="a2"), evidence=(shared, one))
    a0 = replace(ev("2021-11-08", ordinal=32, article="a0"), evidence=(shared,))   # another outlet's print of it
    [r], _ = merge_reports([a1, a2, a0], gaz)
    assert r["evidence"] == ["câu a1 2021-11-08", shared, one]
    assert r["evidence_article_ids"] == [["a1"], ["a0", "a2"], ["a2"]]


def test_partner_meetings_are_named_after_the_partner(gaz):
    [r], _ = merge_reports([ev("2022-11-12", ordinal=25, meeting="Summit/Trung Quốc", forum="ASEAN", level="leaders")], gaz)
    assert (r["name_vi"], r["name_en"]) == ("Hội nghị Cấp cao ASEAN - Trung Quốc lần thứ 25", "25th ASEAN-China Summit")
    assert r["event_id"] == "asean-summit-trung-quoc-25-2022"


def test_day_beats_month(gaz):
    [r], _ = merge_reports([ev("2021-06-01", precision="month", ordinal=27, meeting="MRT"),
                           ev("2021-06-04", "2021-06-05", ordinal=27, meeting="MRT", article="a2")], gaz)
    assert (r["date_precision"], r["start_date"]) == ("day", date(2021, 6, 4))


def test_disagreeing_dates_stay_visible(gaz):
    [r], _ = merge_reports([ev("2021-11-08", "2021-11-09", ordinal=32), ev("2021-11-10", "2021-11-11", ordinal=32, article="a2")], gaz)
    assert r["date_conflicts"] == ["2021-11-10..2021-11-11"] or r["date_conflicts"] == ["2021-11-08..2021-11-09"]


def test_different_numbers_never_merge(gaz):
    rows, _ = merge_reports([ev("2021-10-26", "2021-10-28", ordinal=38, meeting="Summit", forum="ASEAN", level="leaders"),
                            ev("2021-10-26", "2021-10-28", ordinal=39, meeting="Summit", forum="ASEAN", level="leaders")], gaz)
    assert sorted(r["ordinal"] for r in rows) == [38, 39] and len({r["event_id"] for r in rows}) == 2


@pytest.mark.parametrize("day_number", [137, None])
def test_a_day_inside_a_numbered_meetings_range_is_a_session_of_it(day_number, gaz):
    [r], _ = merge_reports([ev("2017-10-14", "2017-10-18", ordinal=137, meeting="Assembly", forum="IPU", level="other"),
                           ev("2017-10-16", ordinal=day_number, meeting="Assembly", forum="IPU", level="other",
                              status="planned", article="a2", strength=3)], gaz)
    assert (r["start_date"], r["end_date"]) == (date(2017, 10, 14), date(2017, 10, 18))


def test_same_kind_different_dates_stay_apart(gaz):
    rows, _ = merge_reports([ev("2021-03-01"), ev("2021-09-01", article="a2")], gaz)
    assert len(rows) == 2


def test_other_meetings_need_matching_names(gaz):
    kw = dict(meeting="Dialogue", level="other")
    clusters = cluster_reports([ev("2017-11-10", label="Đối thoại của các nhà lãnh đạo với Hội đồng tư vấn doanh nghiệp APEC", **kw),
                               ev("2017-11-10", label="Đối thoại không chính thức với các nhà lãnh đạo ASEAN", **kw),
                               ev("2017-11-10", label="Đối thoại với Hội đồng tư vấn doanh nghiệp", article="a2", **kw)])
    assert sorted(map(sorted, clusters)) == [[0, 2], [1]]


# A ministers' or senior officials' meeting of a kind that names no sector of its own is told apart by the sector its
# name gives ("… Quan chức cao cấp ASEAN về Thông tin", "… phụ trách Văn hóa và Nghệ thuật ASEAN"): two sectors'
# meetings of one number and year are two meetings; a short name alone names no sector and joins either
@pytest.mark.parametrize(("level", "meeting", "labels", "clusters"), [
    ("senior_officials", "SOM", ["Hội nghị Quan chức cao cấp ASEAN về Thông tin (SOMRI) lần thứ 19",
                                 "Hội nghị Quan chức cao cấp phụ trách Văn hóa và Nghệ thuật ASEAN (SOMCA) lần thứ 19",
                                 "Hội nghị Quan chức văn hóa cao cấp ASEAN lần thứ 19"], [[0], [1, 2]]),
    ("ministers", "MM", ["Hội nghị Bộ trưởng Thanh niên ASEAN lần thứ 13", "Hội nghị Bộ trưởng phụ trách Thanh niên ASEAN",
                         "Hội nghị Bộ trưởng Môi trường ASEAN lần thứ 13 (AMME 13)"], [[0, 1], [2]]),
    # (guards: names that tell no sector, a short name among them, are one meeting, whatever their dates)
    ("senior_officials", "SOM", ["Hội nghị Quan chức cao cấp ASEAN (SOM ASEAN)", "SOM ASEAN lần thứ 19", "SOMCA 19",
                                 "Hội nghị các quan chức cao cấp ASEAN"], [[0, 1, 2, 3]]),
])
def test_sectors_of_a_kind_that_names_none_are_two_meetings(level, meeting, labels, clusters):
    days = ["2024-06-04", "2024-08-22", "2024-08-22", "2024-08-23"]
    found = cluster_reports([ev(day, ordinal=19, label=label, article=f"a{n}", forum="ASEAN", level=level, meeting=meeting)
                             for n, (day, label) in enumerate(zip(days, labels))])
    assert sorted(map(sorted, found)) == clusters


def test_an_end_date_closes_an_opening(gaz):
    [r], _ = merge_reports([ev("2018-11-16", meeting="AELM", level="leaders"),
                           ev("2018-11-18", meeting="AELM", level="leaders", date_role="end")], gaz)
    assert (r["start_date"], r["end_date"]) == (date(2018, 11, 16), date(2018, 11, 18))


def test_event_id_is_stable_whatever_the_order(gaz):
    events = [ev("2021-11-08", ordinal=32), ev("2017-05-17", "2017-05-18", meeting="SOM", level="senior_officials", ordinal=2)]
    a, _ = merge_reports(events, gaz)
    b, _ = merge_reports(list(reversed(events)), gaz)
    assert sorted(r["event_id"] for r in a) == sorted(r["event_id"] for r in b) == ["apec-amm-32-2021", "apec-som-2-2017"]


def test_role_history_across_years():
    p = [("apec-som-2-2017", Participation(0, "a1", "Bùi Thanh Sơn", "Thứ trưởng", "Việt Nam", "…", date(2017, 5, 17))),
         ("apec-amm-32-2021", Participation(0, "a2", "Bùi Thanh Sơn", "Bộ trưởng", "Việt Nam", "…", date(2021, 11, 8))),
         ("apec-amm-32-2021", Participation(0, "a2", "Bùi Thanh Sơn", "Bộ trưởng", "Việt Nam", "…", date(2021, 11, 8)))]
    parts = list(participant_rows(p))
    assert len(parts) == 2
    [o] = list(official_rows(parts))
    assert [h["role"] for h in o["roles"]] == ["Thứ trưởng", "Bộ trưởng"] and o["latest_role"] == "Bộ trưởng"
    assert (o["first_seen"], o["last_seen"], o["n_events"]) == (date(2017, 5, 17), date(2021, 11, 8), 2)


def reference_clusters(events):
    """The plain form of stream_clusters (every report tested against every open cluster,
    first made first), which the indexed one must match exactly."""
    from etl.merge import HORIZON, _add, _Cluster, _compatible, _label_words, sort_key
    out, key, recent, made = [], None, [], 0
    for i, e in events:
        if sort_key(e)[:3] != key:
            out += [c.members for c in recent]
            key, recent = sort_key(e)[:3], []
        out += [c.members for c in recent if c.last_end < e.start - HORIZON]
        recent = [c for c in recent if c.last_end >= e.start - HORIZON]
        words = _label_words(e)
        target = next((c for c in recent if _compatible(c, e, words)), None)
        if target is None:
            target = _Cluster(made, [], set(), words, e.start, e.start, None, False)
            made += 1
            recent.append(target)
        _add(target, i, e, words)
    return out + [c.members for c in recent]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.one_of(st.integers(0, 120), st.integers(0, 1500)), st.integers(0, 3), st.sampled_from([None, None, 1, 2, 3]),
                          st.booleans(), st.booleans(), st.sampled_from(["AMM", "SOM", "MM"]),
                          st.sampled_from(["", "nhóm công tác thương mại", "đối thoại biển", "SOMY 16"])), max_size=60))
def test_indexed_clustering_equals_the_plain_one(specs):
    from datetime import timedelta

    from etl.merge import sort_key, stream_clusters
    events = []
    for n, (day, length, ordinal, month, ends, meeting, label) in enumerate(specs):
        start = date(2020, 1, 1) + timedelta(days=day)
        if month:
            start = start.replace(day=1)
        e = ev(start.isoformat(), (start + timedelta(days=0 if month else length)).isoformat(), ordinal=ordinal,
               precision="month" if month else "day", meeting=meeting, article=f"a{n}",
               level="other" if label and meeting == "AMM" else "ministers", label=label,
               date_role="end" if ends else "span")     # (an SOM's or MM's label is its sector, or none)
        events.append(e)
    ordered = sorted(enumerate(events), key=lambda p: (sort_key(p[1]), p[0]))
    got = [[i for i, _ in c] for c in stream_clusters(ordered)]
    assert got == [[i for i, _ in c] for c in reference_clusters(ordered)]


def test_an_opening_day_gives_way_to_the_range_it_opens(gaz):
    [r], _ = merge_reports([ev("2023-07-11", ordinal=56), ev("2023-07-11", "2023-07-14", ordinal=56, article="a2")], gaz)
    assert (r["start_date"].isoformat(), r["end_date"].isoformat(), r["date_conflicts"]) == ("2023-07-11", "2023-07-14", [])


def test_a_closing_day_gives_way_to_the_range_several_reports_give(gaz):
    # "Hội nghị thượng đỉnh G20 diễn ra từ 7 đến 8/7" in two articles beside "… bế mạc hôm 8/7" in a third
    reports = [ev("2017-07-07", "2017-07-08", forum="G20", level="leaders", meeting="Summit", article=a, strength=3)
               for a in ("a1", "a2")] + [ev("2017-07-08", forum="G20", level="leaders", meeting="Summit", article="a3")]
    [r], _ = merge_reports(reports, gaz)
    assert (r["start_date"], r["end_date"]) == (date(2017, 7, 7), date(2017, 7, 8))
    # a range told once may be a trip's that ends on the meeting's day: "Từ 15 đến 18/12, Thủ tướng thăm Nhật Bản và
    # dự Hội nghị …", "Hội nghị … ngày 18/12"
    [r], _ = merge_reports([ev("2023-12-15", "2023-12-18", forum="AZEC", level="leaders", meeting="Summit"),
                           ev("2023-12-18", forum="AZEC", level="leaders", meeting="Summit", article="a2")], gaz)
    assert (r["start_date"], r["end_date"]) == (date(2023, 12, 18), date(2023, 12, 18))


@pytest.mark.parametrize(("reports", "dates"), [
    # "… G20, diễn ra trong hai ngày 30/11 và 1/12" told once, "… bữa tối ngày 1/12 bên lề G20" by three: the
    # range is the summit's own days (calendar.toml), not a trip's that ends on the day the others tell
    ([ev("2018-11-30", "2018-12-01", forum="G20", level="leaders", meeting="Summit")]
     + [ev("2018-12-01", forum="G20", level="leaders", meeting="Summit", article=a) for a in ("a2", "a3", "a4")],
     ("2018-11-30", "2018-12-01")),
    # the G7 of 2018 "từ 8 đến 9/6" once, "hôm 9/6" twice
    ([ev("2018-06-09", forum="G7", level="leaders", meeting="Summit", article=a) for a in ("a1", "a2")]
     + [ev("2018-06-08", "2018-06-09", forum="G7", level="leaders", meeting="Summit", article="a3")],
     ("2018-06-08", "2018-06-09")),
    # the summit's days are not its outreach session's: "… dự Hội nghị thượng đỉnh G7 mở rộng … từ ngày 19-21/5"
    # (the trip) once, "phiên G7 mở rộng ngày 20/5" twice
    ([ev("2023-05-19", "2023-05-21", forum="G7", level="leaders", meeting="Outreach")]
     + [ev("2023-05-20", forum="G7", level="leaders", meeting="Outreach", article=a) for a in ("a2", "a3")],
     ("2023-05-20", "2023-05-20")),
    # a range the record does not give stays a trip's: "Từ 28/11 đến 1/12, Thủ tướng … dự Hội nghị G20"
    ([ev("2018-11-28", "2018-12-01", forum="G20", level="leaders", meeting="Summit"),
      ev("2018-12-01", forum="G20", level="leaders", meeting="Summit", article="a2")],
     ("2018-12-01", "2018-12-01")),
])
def test_the_days_the_record_gives_a_meeting_win_where_a_report_tells_them(reports, dates, gaz):
    [r], _ = merge_reports(reports, gaz)
    assert (r["start_date"].isoformat(), r["end_date"].isoformat()) == dates


# Reports that tell different single days of a meeting, all inside the days the record gives it and none of them whole:
# the record's days, from the report of its first, not the day most of them happened to tell (real sample r3: the G20
# at Osaka told as 28/6 by one article, "bên lề … hôm 29/6" by two, "cuối tháng 6" by one, which makes them one meeting)
def _g(start, article, forum="G20", precision="day"):
    return ev(start, forum=forum, level="leaders", meeting="Summit", article=article, precision=precision)


@pytest.mark.parametrize(("reports", "dates"), [
    ([_g("2019-06-28", "a1"), _g("2019-06-29", "a2"), _g("2019-06-29", "a3"), _g("2019-06-01", "a4", precision="month")],
     ("2019-06-28", "2019-06-29")),
    ([_g("2018-06-09", a, "G7") for a in ("a1", "a2", "a3")]
     + [_g("2018-06-08", "a4", "G7"), _g("2018-06-01", "a5", "G7", "month")], ("2018-06-08", "2018-06-09")),
    ([_g("2019-08-26", a, "G7") for a in ("a1", "a2")] + [_g("2019-08-25", "a3", "G7"), _g("2019-08-24", "a4", "G7"),
                                                           _g("2019-08-01", "a5", "G7", "month")], ("2019-08-24", "2019-08-26")),
    # (guards: one day told by all; a day outside the record's)
    ([_g("2019-06-29", "a1"), _g("2019-06-29", "a2"), _g("2019-06-01", "a3", precision="month")],
     ("2019-06-29", "2019-06-29")),
    ([_g("2019-06-29", "a1"), _g("2019-06-29", "a2"), _g("2019-06-28", "a3"), _g("2019-06-27", "a4"),
      _g("2019-06-01", "a5", precision="month")], ("2019-06-29", "2019-06-29")),
])
def test_days_told_apart_inside_the_records_days_are_the_records(reports, dates, gaz):
    [r], _ = merge_reports(reports, gaz)
    assert (r["start_date"].isoformat(), r["end_date"].isoformat()) == dates


@pytest.mark.parametrize(("reports", "dates"), [
    # "Hội nghị thượng đỉnh G20 … vào ngày 28-29/6" in three articles, "… ngày 26-6 cho biết … dự thượng đỉnh
    # G20" in a fourth, "… cuối tháng 6" in a fifth (which makes them one meeting): the day a sentence gives
    # something else does not outweigh three reports, held or not
    ([ev("2019-06-28", "2019-06-29", forum="G20", level="leaders", meeting="Summit", status="planned", article=a)
      for a in ("a1", "a2", "a3")] + [ev("2019-06-26", forum="G20", level="leaders", meeting="Summit", article="a4",
                                         strength=3),
                                      ev("2019-06-01", forum="G20", level="leaders", meeting="Summit", article="a5",
                                         precision="month")],
     ("2019-06-28", "2019-06-29")),
    # two single days: the one two articles give ("khai mạc ngày 12/11") over one article's 13/11
    ([ev("2020-11-12", meeting="Summit", level="leaders", forum="ASEAN", status="planned", article=a)
      for a in ("a1", "a2")] + [ev("2020-11-13", meeting="Summit", level="leaders", forum="ASEAN", article="a3"),
                                ev("2020-11-01", meeting="Summit", level="leaders", forum="ASEAN", article="a4",
                                   precision="month")],
     ("2020-11-12", "2020-11-12")),
    # articles are counted, not sentences: one article telling 13/11 twice is one report against another's 12/11,
    # and the held one wins as before
    ([ev("2020-11-13", meeting="Summit", level="leaders", forum="ASEAN", status="planned", article="a1")] * 2
     + [ev("2020-11-12", meeting="Summit", level="leaders", forum="ASEAN", article="a2"),
        ev("2020-11-01", meeting="Summit", level="leaders", forum="ASEAN", article="a4", precision="month")],
     ("2020-11-12", "2020-11-12")),
])
def test_of_dates_alike_the_one_more_articles_tell_wins(reports, dates, gaz):
    [r], _ = merge_reports(reports, gaz)
    assert (r["start_date"].isoformat(), r["end_date"].isoformat()) == dates


@pytest.mark.parametrize("reports", [
    # "Tuần lễ Cấp cao APEC diễn ra từ ngày 6 đến 11/11" beside "… trong Tuần lễ Cấp cao APEC, ngày 7/11, …"
    [ev("2017-11-06", "2017-11-11", meeting="AELW", level="other", strength=3),
     ev("2017-11-07", meeting="AELW", level="other", article="a2")],
    # … also where the range is told as still to come, weaker, and the day as held
    [ev("2017-11-06", "2017-11-11", meeting="AELW", level="other", status="planned", strength=1),
     ev("2017-11-07", meeting="AELW", level="other", article="a2", strength=3)],
])
def test_an_umbrella_week_keeps_its_range(reports, gaz):
    [r], _ = merge_reports(reports, gaz)
    assert (r["start_date"], r["end_date"], r["status"]) == (date(2017, 11, 6), date(2017, 11, 11), "held")


def test_a_day_inside_a_numbered_meetings_range_is_one_of_its_sessions(gaz):
    # "dự Lễ khai mạc Đại hội đồng AIPA-44 sáng 7/8" beside "AIPA-44 diễn ra từ ngày 5 đến 11/8"
    [r], _ = merge_reports([ev("2023-08-07", ordinal=44, forum="AIPA", level="other", meeting="Assembly", strength=3),
                           ev("2023-08-05", "2023-08-11", ordinal=44, forum="AIPA", level="other", meeting="Assembly",
                              article="a2")], gaz)
    assert (r["start_date"], r["end_date"]) == (date(2023, 8, 5), date(2023, 8, 11))


def test_a_meeting_inside_an_unnumbered_week_keeps_its_own_day(gaz):
    # "SOM ASEAN ngày 8/6" beside "các Hội nghị Quan chức cao cấp từ 7-11/6"
    [r], _ = merge_reports([ev("2015-06-07", "2015-06-11", meeting="SOM", level="senior_officials", forum="ASEAN"),
                           ev("2015-06-08", meeting="SOM", level="senior_officials", forum="ASEAN", article="a2")], gaz)
    assert (r["start_date"], r["end_date"]) == (date(2015, 6, 8), date(2015, 6, 8))


# the keyed reduce: a key is (forum, level, kind) -----------------------------------------

def test_one_meeting_can_span_two_years_so_the_key_holds_no_year(gaz):
    """A plan reported in December and the meeting reported in January (same number) are one
    meeting: a key with the report's year would merge them apart (etl/keyed.py says why)."""
    reports = [ev("2022-12-01", precision="month", ordinal=42, meeting="Summit", forum="ASEAN", level="leaders",
                  status="planned"),
               ev("2023-01-10", "2023-01-11", ordinal=42, meeting="Summit", forum="ASEAN", level="leaders",
                  article="a2")]
    assert {e.start.year for e in reports} == {2022, 2023}
    [r], _ = merge_reports(reports, gaz)
    assert (r["n_articles"], r["start_date"]) == (2, date(2023, 1, 10))


def test_a_keys_meetings_and_ids_do_not_depend_on_other_keys(gaz):
    """Each key is merged alone: another key's reports change neither its meetings nor their ids."""
    apec = [ev("2021-11-08"), ev("2021-11-20", article="a2"), ev("2021-11-08", meeting="SOM", level="senior_officials")]
    others = [ev("2021-11-08", forum="ASEAN", meeting="Summit", level="leaders"), ev("2021-11-09", meeting="MRT")]
    alone, _ = merge_reports(apec, gaz)
    together, _ = merge_reports(others + apec, gaz)
    assert [r["event_id"] for r in alone] == ["apec-amm-2021-11", "apec-som-2021-11", "apec-amm-2021-11-20"]
    assert [r for r in together if r["meeting"] in ("AMM", "SOM")] == alone


def test_no_kind_code_serves_two_levels(gaz):
    """An event_id names the forum and the kind's code, not the level: a code used at two levels
    would let two keys draw the same id."""
    levels: dict[str, set[str]] = {}
    for kind in gaz.kinds:
        levels.setdefault(kind.code, set()).add(kind.level)
    assert all(len(v) == 1 for v in levels.values()), {c: v for c, v in levels.items() if len(v) > 1}


def test_a_closing_day_with_its_length_beats_a_month(gaz):
    # "bế mạc chiều 7/9 sau ba ngày làm việc" in one article, "vào đầu tháng 9 tới" in another
    [r], _ = merge_reports([ev("2023-09-01", precision="month", ordinal=43, meeting="Summit", level="leaders",
                               forum="ASEAN", status="planned"),
                            ev("2023-09-05", "2023-09-07", ordinal=43, meeting="Summit", level="leaders", forum="ASEAN",
                               article="a2", date_role="end")], gaz)
    assert (r["date_precision"], r["start_date"], r["end_date"]) == ("day", date(2023, 9, 5), date(2023, 9, 7))


@pytest.mark.parametrize("single", ["2019-06-29", "2019-06-28"])
def test_a_closing_day_with_its_length_beats_a_day_inside_it(gaz, single):
    # "… đã bế mạc chiều 29/6, sau hai ngày làm việc" beside "… gặp nhau bên lề ngày 29/6" (or "sáng 28/6")
    kw = dict(ordinal=14, meeting="Summit", level="leaders", forum="G20")
    [r], _ = merge_reports([ev("2019-06-28", "2019-06-29", date_role="end", **kw), ev(single, **kw)], gaz)
    assert (r["start_date"], r["end_date"]) == (date(2019, 6, 28), date(2019, 6, 29))


def test_a_length_counted_back_does_not_beat_a_range_told(gaz):
    # "… sẽ diễn ra từ ngày 26 đến 29/2", "Chiều 26/2, … đã khai mạc", "… bế mạc rạng sáng 2/3 sau năm ngày"
    kw = dict(ordinal=13, meeting="MC", level="ministers", forum="WTO")
    [r], _ = merge_reports([ev("2024-02-26", "2024-02-29", status="planned", **kw), ev("2024-02-26", article="a2", **kw),
                            ev("2024-02-27", "2024-03-02", date_role="end", article="a3", **kw)], gaz)
    assert r["start_date"] == date(2024, 2, 26)


def test_a_closing_day_alone_does_not_beat_the_opening(gaz):
    # "… khai mạc ngày 28/6" beside "… bế mạc chiều 29/6" with no length: the opening, closed by the last day
    kw = dict(ordinal=14, meeting="Summit", level="leaders", forum="G20")
    [r], _ = merge_reports([ev("2019-06-29", date_role="end", **kw), ev("2019-06-28", **kw)], gaz)
    assert (r["start_date"], r["end_date"]) == (date(2019, 6, 28), date(2019, 6, 29))


@pytest.mark.xfail(strict=True, reason="a meeting of several days told day by day (real set 2: speeches 'ngày 8/11' and "
                   "'ngày 10/11' at the APEC CEO Summit of 8-10/11/2017) stays two meetings: joining single days "
                   "two days apart was tried in the nineteenth session and split or joined others wrongly")
def test_known_miss_a_meeting_told_day_by_day(gaz):
    rows, _ = merge_reports([ev("2017-11-08", meeting="CEO Summit", level="other", article="a1"),
                             ev("2017-11-10", meeting="CEO Summit", level="other", article="a1")], gaz)
    assert len(rows) == 1


@pytest.mark.parametrize(("reports", "dates"), [
    # "Đối thoại Shangri-La … từ 31/5 đến 2/6" in two articles, "… phát biểu sáng 1/6 tại Đối thoại" in three: a day
    # inside a range two articles tell is one of its days, whatever more articles tell it
    ([ev("2019-05-31", "2019-06-02", forum="Shangri-La Dialogue", level="other", meeting="Meeting", article=a)
      for a in ("a1", "a2")] + [ev("2019-06-01", forum="Shangri-La Dialogue", level="other", meeting="Meeting",
                                   article=a) for a in ("a3", "a4", "a5")], ("2019-05-31", "2019-06-02")),
    # ... and so is its last day ("… từ ngày 30/11 đến 1/12" in two, "ngày 1/12 … bên lề hội nghị G20" in one)
    ([ev("2018-11-30", "2018-12-01", forum="G20", level="leaders", meeting="Summit", article=a) for a in ("a1", "a2")]
     + [ev("2018-12-01", forum="G20", level="leaders", meeting="Summit", article="a3", strength=3)],
     ("2018-11-30", "2018-12-01")),
    # a range one article tells may be a journey's: the day inside it is the meeting's ("Từ 15 đến 18/12, Thủ tướng thăm
    # Nhật Bản và dự Hội nghị …", "Hội nghị … ngày 17/12")
    ([ev("2023-12-15", "2023-12-18", forum="AZEC", level="leaders", meeting="Summit"),
      ev("2023-12-17", forum="AZEC", level="leaders", meeting="Summit", article="a2")], ("2023-12-17", "2023-12-17")),
])
def test_a_day_inside_a_range_two_articles_tell_is_one_of_its_days(reports, dates, gaz):
    [r], _ = merge_reports(reports, gaz)
    assert (r["start_date"].isoformat(), r["end_date"].isoformat()) == dates
