"""Chart builders are pure: DataFrame in, Figure out."""
from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest

from dashboard import charts, data
from dashboard import filters as F
from dashboard.i18n import label
from etl.gazetteer import LEVELS

from .conftest import ROOT


@pytest.fixture(scope="module")
def tables():
    t = data.enrich(data.read_tables(ROOT / "data"))
    return data.Tables(F.with_status(t.events, DAY), t.participants, t.officials, t.articles, t.details)


DAY = date(2021, 10, 1)


def _bars(fig):
    """The meetings' bars (not the key's entries, which draw nothing)."""
    return [t for t in fig.data if isinstance(t, go.Bar) and t.customdata is not None]


def _lanes(fig) -> list[str]:
    return list(fig.layout.yaxis.ticktext)


def test_timeline_has_a_bar_per_meeting_with_its_id(tables):
    fig = charts.timeline(tables.events, "en")
    ids = [row[0] for t in _bars(fig) for row in t.customdata]
    assert sorted(ids) == sorted(tables.events.event_id)
    assert set(_lanes(fig)) <= {"APEC", "ASEAN"}


def test_upcoming_meetings_are_hatched_and_months_span_the_month(tables):
    fig = charts.timeline(tables.events, "en")
    shapes = {t.meta["status"]: t.marker.pattern.shape for t in _bars(fig)}
    assert shapes == {"held": "", "upcoming": "/", "unconfirmed": "."}
    for t in _bars(fig):
        if t.meta["precision"] == "month":
            ms = 1000 * 86400
            assert all(d >= 28 * ms for d in t.x)          # the whole month, never a made-up day
            assert t.marker.opacity < 0.9


def test_lanes_by_level(tables):
    fig = charts.timeline(tables.events, "vi", lane="level", color="level")
    assert set(_lanes(fig)) <= {"Cấp cao", "Bộ trưởng", "Quan chức cao cấp", "Khác"}


def test_every_meeting_level_has_its_colour_and_its_labels():
    # the dashboard's level order is the ETL's: a new level needs a colour and a label in each language
    assert data.LEVEL_ORDER == list(LEVELS)
    for level in LEVELS:
        assert level in charts.LEVEL_COLORS
        assert label(level, "vi") != level and label(level, "en") != level


def test_hover_text_is_escaped(tables):
    ev = tables.events.head(1).assign(location="<script>alert(1)</script>", officials="<b>x</b>")
    [trace] = _bars(charts.timeline(ev, "en"))
    assert "<script>" not in trace.hovertext[0] and "&lt;script&gt;" in trace.hovertext[0]
    assert "&lt;b&gt;x" in trace.hovertext[0]


def test_density_counts_every_meeting_in_its_lane_and_month(tables):
    many = pd.concat([tables.events] * (charts.MAX_BARS // len(tables.events) + 1), ignore_index=True)
    c = charts.density_counts(many, "en", lane="forum")
    assert c["lanes"] == charts.lane_order(many["forum"], "forum") and len(c["z"]) == len(c["lanes"]) * c["width"]
    assert sum(c["z"]) == len(many) and c["max"] == max(c["z"])
    assert sum(c["planned"]) == (many["status_now"] == "upcoming").sum() > 0
    assert all(p <= n for p, n in zip(c["planned"], c["z"]))
    starts = many["start_date"]
    assert c["first"] == (starts.dt.year * 12 + starts.dt.month - 1).min()
    one = many.iloc[0]
    month = one["start_date"].year * 12 + one["start_date"].month - 1
    same = ((many["forum"] == one["forum"]) & (many["start_date"].dt.year * 12 + many["start_date"].dt.month - 1 == month)).sum()
    assert c["z"][c["lanes"].index(one["forum"]) * c["width"] + month - c["first"]] == same


def test_density_lanes_by_level_are_labelled(tables):
    c = charts.density_counts(tables.events, "vi", lane="level")
    order = ["leaders", "ministers", "senior_officials", "other"]
    assert c["lanes"] == [v for v in order if v in c["lanes"]] and len(c["lanes"]) > 1
    assert "Cấp cao" in c["labels"] and sum(c["z"]) == len(tables.events)


def test_officials_bar_stacks_by_forum(tables):
    fig = charts.officials_bar(tables.participants, tables.events, "en")
    assert {t.name for t in fig.data} == {"APEC", "ASEAN"}
    son = sum(x for t in fig.data for x, y in zip(t.x, t.y) if y == "Bùi Thanh Sơn")
    assert son == 2


def test_official_year_heatmap(tables):
    fig = charts.official_year_heatmap(tables.participants, tables.events, "en")
    hm = fig.data[0]
    assert "Bùi Thanh Sơn" in list(hm.y) and {2017, 2021} <= set(hm.x)


def test_official_timeline_colours_by_role(tables):
    rows = tables.participants[tables.participants.name == "Bùi Thanh Sơn"]
    fig = charts.official_timeline(rows, tables.events, "en")
    names = " ".join(t.name for t in fig.data)
    assert "Bộ trưởng Bộ Ngoại giao" in names and "Thứ trưởng" in names


def test_official_timeline_names_its_status_and_shows_one_meeting_on_a_readable_axis(tables):
    one = tables.participants[tables.participants.event_id == tables.participants.event_id.iloc[0]].head(1)
    fig = charts.official_timeline(one, tables.events, "vi")
    assert fig.layout.legend.title.text == "Chức vụ, Tình trạng" and "status_now" not in fig.to_json()
    start, end = (pd.Timestamp(x) for x in fig.layout.xaxis.range)
    assert pd.Timedelta(days=90) <= end - start <= pd.Timedelta(days=150)


def test_forum_year_counts(tables):
    fig = charts.forum_year(tables.events, "en")
    assert sum(sum(t.y) for t in fig.data) == len(tables.events)


def test_coverage_charts(tables):
    assert sum(sum(t.y) for t in charts.articles_per_outlet(tables.articles).data) == 5
    assert sum(sum(t.y) for t in charts.meetings_per_year(tables.events).data) == len(tables.events)


def test_empty_frames_draw_an_explanation(tables):
    for fig in (charts.timeline(tables.events.head(0)), charts.forum_year(tables.events.head(0)),
                charts.officials_bar(tables.participants.head(0), tables.events)):
        assert fig.layout.annotations and not fig.data


def test_the_timeline_marks_today(tables):
    fig = charts.timeline(tables.events, "vi", today=DAY)
    [line] = [s for s in fig.layout.shapes if s.name == "today"]
    assert pd.Timestamp(line.x0) == pd.Timestamp(DAY) and line.yref == "paper"
    assert [a.text for a in fig.layout.annotations] == ["hôm nay"]
    assert not [s for s in charts.timeline(tables.events, "vi").layout.shapes if s.name == "today"]   # no date, no line


@pytest.mark.parametrize("missing", [None, float("nan")])
def test_hover_leaves_out_what_is_missing(tables, missing):
    ev = tables.events.head(1).astype({"location": object, "mode": object}).assign(location=missing, mode=missing)
    [trace] = _bars(charts.timeline(ev, "en"))
    assert "Place" not in trace.hovertext[0] and "Mode" not in trace.hovertext[0]
    assert "nan" not in trace.hovertext[0] and "None" not in trace.hovertext[0]


def test_a_forum_keeps_its_colour_under_any_filter_and_on_every_chart(tables):
    def colours(fig):
        return {t.name: t.marker.color for t in fig.data if t.legend in (None, "legend") and t.showlegend is not False}
    everything = colours(charts.timeline(tables.events, "en"))
    asean_only = colours(charts.timeline(tables.events[tables.events.forum == "ASEAN"], "en"))
    assert everything["ASEAN"] == asean_only["ASEAN"] != everything["APEC"]
    assert colours(charts.officials_bar(tables.participants, tables.events, "en"))["ASEAN"] == everything["ASEAN"]
    assert len({charts.forum_color(f) for f in ("APEC", "ASEAN", "ASEAN+3", "EAS", "ARF", "ASEM", "WTO")}) == 7
    assert charts.forum_color("A forum nobody knows") == charts.forum_color("A forum nobody knows")


@pytest.mark.parametrize(("today", "shown"), [(date(2021, 10, 1), True), (date(2026, 1, 1), True),
                                              (date(2040, 1, 1), False)])
def test_the_axis_takes_in_today_only_near_the_data(tables, today, shown):
    lo, hi = (pd.Timestamp(x) for x in charts.timeline(tables.events, "en", today=today).layout.xaxis.range)
    assert lo <= tables.events.start_date.min() and hi >= tables.events.end_date.max()
    assert (lo <= pd.Timestamp(today) <= hi) == shown


def test_a_one_day_meeting_is_wide_enough_to_click(tables):
    fig = charts.timeline(tables.events, "en", today=date(2040, 1, 1))
    lo, hi = (pd.Timestamp(x) for x in fig.layout.xaxis.range)
    axis_ms = (hi - lo).total_seconds() * 1000
    assert min(w for t in _bars(fig) for w in t.x) >= 0.004 * axis_ms * 0.999


def _at(fig) -> dict[str, float]:
    """Each meeting's y position (0 is the top row)."""
    return {row[0]: y for t in _bars(fig) for row, y in zip(t.customdata, t.y)}


@pytest.mark.parametrize(("spans", "rows"), [
    ([(0, 2), (0, 2)], [0, 1]),                      # the same dates: one under the other
    ([(0, 2), (2, 4)], [0, 0]),                      # touching is not overlapping
    ([(0, 5), (1, 2), (3, 4), (1, 4)], [0, 1, 1, 2]),  # the first free row, top down
    ([(5, 6), (0, 9)], [1, 0]),                      # placed in order of start, whatever the input order
    ([], []),
])
def test_stack_rows_puts_overlapping_meetings_in_sub_rows(spans, rows):
    assert charts.stack_rows([a for a, _ in spans], [b for _, b in spans]) == rows


def test_meetings_on_the_same_dates_are_stacked_in_their_lane(tables):
    ev = tables.events[tables.events.forum == "ASEAN"].head(1)
    twin = ev.assign(event_id="twin", name_en="Twin")
    fig = charts.timeline(pd.concat([ev, twin], ignore_index=True), "en")
    at = _at(fig)
    assert sorted(at.values()) == [0, 1]                # two sub-rows, not one bar over the other
    assert _lanes(fig) == ["ASEAN"] and list(fig.layout.yaxis.tickvals) == [0.5]


def test_the_busiest_lane_is_on_top(tables):
    ev = tables.events
    counts = ev.forum.value_counts()
    fig = charts.timeline(ev, "en")
    assert _lanes(fig) == sorted(counts.index, key=lambda f: (-counts[f], f))
    at = _at(fig)
    busiest = ev[ev.forum == _lanes(fig)[0]].event_id
    assert max(at[i] for i in busiest) < min(y for i, y in at.items() if i not in set(busiest))


def test_the_legend_is_one_entry_per_forum_and_a_small_key(tables):
    fig = charts.timeline(tables.events, "en", today=DAY)
    forums = [t.name for t in fig.data if t.showlegend is not False and t.legend in (None, "legend")]
    assert forums == _lanes(fig)                          # in the lanes' order, busiest first
    assert all(not t.marker.pattern.shape for t in fig.data if t.name in forums and t.showlegend is not False)
    key = [t.name for t in fig.data if t.legend == "legend2"]
    assert key == ["held", "upcoming", "date passed, not reported held", "Month only"]
    assert [t.marker.color for t in fig.data if t.legend == "legend2"] == [charts.KEY_COLOR] * 3 + [charts.KEY_LIGHT]



@pytest.mark.parametrize(("most", "step"), [(1, 1), (3, 1), (6, 1), (7, 2), (40, 7), (float("nan"), 1)])
def test_count_steps_are_whole(most, step):
    assert charts.count_step(most) == step


def test_count_axes_tick_whole_meetings(tables):
    for fig, axis in ((charts.officials_bar(tables.participants, tables.events), "xaxis"),
                      (charts.forum_year(tables.events), "yaxis"),
                      (charts.articles_per_outlet(tables.articles), "yaxis"),
                      (charts.meetings_per_year(tables.events), "yaxis")):
        ax = fig.layout[axis]
        assert ax.tickmode == "linear" and ax.dtick >= 1 and float(ax.dtick).is_integer() and ax.tick0 == 0


def test_the_heatmap_has_every_year_between_the_first_and_the_last(tables):
    ev = tables.events.copy()
    first = ev.index[ev.event_id.isin(tables.participants.event_id)][0]     # a meeting with participants
    ev.loc[first, ["start_date", "year"]] = [pd.Timestamp("1989-05-01"), 1989]
    hm = charts.official_year_heatmap(tables.participants, ev).data[0]
    years = [int(x) for x in hm.x]
    assert years == list(range(min(years), max(years) + 1)) and 2000 in years


def test_forum_facets_label_a_few_years_each(tables):
    ev = tables.events.copy()
    ev.loc[ev.index[0], "year"] = 1989
    fig = charts.forum_year(ev)
    assert fig.layout.xaxis.dtick >= 5 and fig.layout.xaxis.tickangle == -90     # 1989–2022 in a third of the width
    assert all(fig.layout[a].showticklabels for a in fig.layout if a.startswith("xaxis"))   # under every facet
    assert fig.layout.legend.orientation == "h"          # across the top: the facets keep the width (a phone)


def test_the_unknown_year_is_grey(tables):
    arts = tables.articles.copy()
    arts.loc[arts.index[0], "published"] = None
    colours = {t.name: t.marker.color for t in charts.articles_per_outlet(arts).data}
    assert colours["?"] == charts.UNKNOWN_COLOR and list(colours.values()).count(charts.UNKNOWN_COLOR) == 1


def _meeting(event_id, forum, day):
    return {"event_id": event_id, "forum": forum, "year": int(day[:4]), "name_vi": f"HN {event_id}",
            "name_en": f"M {event_id}", "start_date": pd.Timestamp(day)}


def _person(event_id, name, role, level, country="Việt Nam"):
    return {"event_id": event_id, "name": name, "role": role, "title_level": level, "country": country}


@pytest.mark.parametrize(("people", "group"), [
    ([_person("a", "Phạm Minh Chính", "Thủ tướng", "head_of_government"),
      _person("a", "Bùi Thanh Sơn", "Bộ trưởng Bộ Ngoại giao", "foreign_minister")], "head_of_government"),
    ([_person("a", "Đỗ Hùng Việt", "Thứ trưởng", "deputy_minister")], "deputy_minister"),
    ([_person("a", "Bùi Thanh Sơn", "Bộ trưởng Bộ Ngoại giao", "foreign_minister"),
      _person("a", "Joe Biden", "Tổng thống", "head_of_state", country="Hoa Kỳ")], "minister"),   # Viet Nam's only
    ([_person("a", "Nguyễn Văn A", "Đại sứ", "ambassador")], "other"),
    ([_person("a", "Nguyễn Văn A", "Đại sứ", None)], "other"),                       # a title without a level
    ([_person("a", "Nguyễn Văn A", "Bộ trưởng", "minister"),
      _person("b", "Võ Văn Thưởng", "Chủ tịch nước", "head_of_state")], "head_of_state"),   # the year's highest
])
def test_the_delegation_lead_is_viet_nams_highest_title(people, group):
    events = pd.DataFrame([_meeting("a", "ASEAN", "2023-05-10"), _meeting("b", "ASEAN", "2023-09-05")])
    leads = charts.delegation_leads(events, pd.DataFrame(people), "en")
    assert list(leads["group"]) == [group] and list(leads["year"]) == [2023]
    assert people[0]["name"] in leads["names"].iloc[0]          # each meeting's lead on hover
    assert "Joe Biden" not in leads["names"].iloc[0]


def test_a_forum_years_hover_lists_its_first_meetings_and_counts_the_rest():
    events = pd.DataFrame([_meeting(f"m{i:02d}", "ASEAN", f"2023-01-{i + 1:02d}") for i in range(15)])
    people = pd.DataFrame([_person(f"m{i:02d}", f"Người {i}", "Bộ trưởng", "minister") for i in range(15)])
    [names] = charts.delegation_leads(events, people, "en")["names"]
    lines = names.split("<br>")
    assert len(lines) == charts.HOVER_MEETINGS + 1 and lines[0].startswith("Người 0 (")     # by date
    assert lines[-1] == f"… and {15 - charts.HOVER_MEETINGS} more meetings"


def test_the_delegation_chart_marks_each_forum_year_with_names_on_hover(tables):
    fig = charts.delegation(tables.events, tables.participants, "en")
    marks = [(x, y, t.meta["group"], h) for t in fig.data for x, y, h in zip(t.x, t.y, t.hovertext)]
    assert marks and all(isinstance(x, (int, np.integer)) for x, *_ in marks)
    assert any("Bùi Thanh Sơn" in h for *_, h in marks)
    assert charts.delegation(tables.events.head(0), tables.participants, "en").layout.annotations     # nothing: says so
