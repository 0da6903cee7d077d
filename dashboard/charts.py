"""DataFrame in, plotly Figure out. Never imports streamlit.

Every text from the data (names, roles, forums, places, outlets) is escaped before it reaches
a figure (plain.chart_text): plotly would draw its HTML and LaTeX. Article text is data.
"""
from __future__ import annotations

import tomllib
import zlib
from datetime import date
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

from .data import LEVEL_ORDER, present
from .i18n import fmt_span, label, t
from .plain import chart_column
from .plain import chart_text as _esc

MAX_BARS = 1500          # above this the timeline page shows counts per month instead of bars
PALETTE = px.colors.qualitative.Safe
MIN_BAR = 0.004          # the narrowest bar, as a share of the time axis (about 4 px at 1000 px)
PATTERNS = {"held": "", "upcoming": "/", "unconfirmed": "."}     # by status_now (filters.status_on)
LEVEL_COLORS = {"leaders": "#1f4e79", "ministers": "#2e86c1", "senior_officials": "#76b7b2", "other": "#b8b8b8"}


def _hover(row, lang: str) -> str:
    name = row.name_en if lang == "en" else row.name_vi
    parts = [f"<b>{_esc(name)}</b>", _esc(fmt_span(row.start_date.date(), row.end_date.date(), row.date_precision, lang))]
    if present(row.location):
        parts.append(f"{t('place', lang)}: {_esc(row.location)}")
    if present(row.mode):
        parts.append(f"{t('mode', lang)}: {_esc(label(row.mode, lang))}")
    parts.append(f"{t('status', lang)}: {_esc(label(row.status_now, lang))}")
    if present(row.officials):
        names = row.officials if len(row.officials) < 160 else row.officials[:157] + "…"
        parts.append(f"{t('participants', lang)}: {_esc(names)}")
    return "<br>".join(parts)


FORUM_PALETTE = PALETTE + px.colors.qualitative.Vivid + px.colors.qualitative.Bold
FORUMS_TOML = Path(__file__).resolve().parent.parent / "etl" / "data" / "forums.toml"


@lru_cache(maxsize=1)
def _known_forums() -> tuple[str, ...]:
    """The forums of the ETL's vocabulary, in its order (the main ones first)."""
    with open(FORUMS_TOML, "rb") as fh:
        return tuple(f["id"] for f in tomllib.load(fh).get("forum", []))


def forum_color(forum: str) -> str:
    """One colour per forum on every page and under any filter: its place in the vocabulary,
    or for a forum outside it a colour taken from its name."""
    known = _known_forums()
    index = known.index(forum) if forum in known else zlib.crc32(str(forum).encode()) + len(known)
    return FORUM_PALETTE[index % len(FORUM_PALETTE)]


def _colors(values: list[str], by: str) -> dict[str, str]:
    if by == "level":
        return {v: LEVEL_COLORS.get(v, "#999") for v in values}
    return {v: forum_color(v) for v in values}


ROW_PX = 26              # one sub-row of a lane
KEY_COLOR = "#7f7f7f"    # the status and precision key is grey: colour belongs to the forum
KEY_LIGHT = "#cfcfcf"     # the key's month-only entry
UNKNOWN_COLOR = "#b0b0b0"    # an unknown value ("?") is grey on every chart


def lane_order(values: pd.Series, lane: str) -> list[str]:
    """The lanes top to bottom: the busiest first (ties by name); levels in their own order."""
    if lane == "level":
        present_ = set(values)
        return [v for v in LEVEL_ORDER if v in present_] + sorted(present_ - set(LEVEL_ORDER))
    counts = values.value_counts()
    return sorted(counts.index, key=lambda v: (-counts[v], v))


def stack_rows(starts: list, finishes: list) -> list[int]:
    """The sub-row of each interval within its lane, as vis-timeline stacks items: in order of
    start, each goes to the first row where it overlaps nothing already placed (touching is
    not overlapping), else to a new row below."""
    row_end: list = []
    rows = [0] * len(starts)
    for i in sorted(range(len(starts)), key=lambda i: (starts[i], finishes[i])):
        row = next((r for r, end in enumerate(row_end) if end <= starts[i]), len(row_end))
        if row == len(row_end):
            row_end.append(None)
        row_end[row] = finishes[i]
        rows[i] = row
    return rows


def _place(ev: pd.DataFrame, order: list[str], shortest: float) -> tuple[pd.Series, list[float], list[int]]:
    """Each meeting's y (lane offset + sub-row, 0 at the top) from its drawn extent (a one-day
    meeting is drawn `shortest` ms wide, with a gap after it), and each lane's top and row count."""
    drawn = np.maximum((ev["finish"] - ev["start_date"]).dt.total_seconds() * 1000, shortest) + shortest / 2
    starts = (ev["start_date"] - pd.Timestamp(0)).dt.total_seconds() * 1000     # any datetime unit
    y = pd.Series(0.0, index=ev.index)
    tops, heights, offset = [], [], 0
    for value in order:
        mask = (ev["lane_value"] == value).to_numpy()
        s = starts[mask].tolist()
        rows = stack_rows(s, [a + b for a, b in zip(s, drawn[mask].tolist())])
        y[mask] = [offset + r for r in rows]
        tops.append(offset)
        heights.append(max(rows) + 1)
        offset += heights[-1]
    return y, tops, heights


def timeline(events: pd.DataFrame, lang: str = "vi", lane: str = "forum", color: str = "forum",
             today: date | None = None) -> go.Figure:
    """Meetings on a time axis, a lane per forum (or level), the busiest lane on top; meetings
    whose drawn bars would overlap are stacked in sub-rows of their lane. The colour is the
    forum (one per forum, forum_color); a small grey key tells the status (upcoming hatched,
    date passed with no report that it was held dotted) and the precision (month-precise
    meetings span their month, lighter). A dashed line marks `today`. `events` carry
    `status_now` (filters.with_status). Past MAX_BARS meetings the page draws density_counts
    instead (dashboard/density.py)."""
    fig = go.Figure()
    if events.empty:
        return _empty(fig, lang)
    ev = events.assign(lane_value=events[lane].astype(str), color_value=events[color].astype(str))
    ev = ev.assign(finish=ev["end_date"] + pd.Timedelta(days=1))
    lo, hi = _x_range(ev["start_date"].min(), ev["finish"].max(), today)
    shortest = (hi - lo).total_seconds() * 1000 * MIN_BAR     # a one-day meeting stays a mark you can click
    order = lane_order(ev["lane_value"], lane)
    ev["y"], tops, heights = _place(ev, order, shortest)
    colors = _colors(list(ev["color_value"].unique()), color)
    for (value, status, precision), rows in ev.groupby(["color_value", "status_now", "date_precision"], sort=True):
        fig.add_trace(go.Bar(
            base=rows["start_date"], x=((rows["finish"] - rows["start_date"]).dt.total_seconds() * 1000).clip(lower=shortest),
            y=rows["y"], width=0.8, orientation="h", name=_esc(label(value, lang)),
            marker=dict(color=colors[value], opacity=0.45 if precision == "month" else 0.95,
                        pattern=dict(shape=PATTERNS.get(status, ""), fillmode="overlay", size=6),
                        line=dict(color=colors[value], width=1)),
            customdata=rows[["event_id"]].to_numpy(), meta={"status": status, "precision": precision},
            hovertext=[_hover(r, lang) for r in rows.itertuples()], hoverinfo="text",
            legendgroup=_esc(value), showlegend=False,
        ))
    for value in sorted(ev["color_value"].unique(), key=lambda v: order.index(v) if v in order else len(order)):
        fig.add_trace(go.Bar(x=[None], y=[None], orientation="h", name=_esc(label(value, lang)), legendgroup=_esc(value),
                             marker=dict(color=colors[value]), hoverinfo="skip"))     # its legend entry, plain
    _key(fig, set(ev["status_now"]), (ev["date_precision"] == "month").any(), lang)
    for top in tops[1:]:        # a thin rule between lanes
        fig.add_shape(type="line", xref="paper", x0=0, x1=1, y0=top - 0.5, y1=top - 0.5,
                      line=dict(color="#d0d0d0", width=1), name="lane")
    total = sum(heights)
    fig.update_layout(
        barmode="overlay", xaxis=dict(type="date", title=None, range=[lo, hi]),
        yaxis=dict(title=None, range=[total - 0.5, -0.5], tickmode="array", showgrid=False, zeroline=False,
                   tickvals=[top + (h - 1) / 2 for top, h in zip(tops, heights)],
                   ticktext=[_esc(label(v, lang)) for v in order]),
        height=max(260, ROW_PX * total + 12 * len(order) + 150), legend_title_text=None,
        legend=dict(orientation="h", x=0, y=1.0, yanchor="bottom"),
        # the key sits in the bottom margin, under the dates
        legend2=dict(orientation="h", x=0, y=0, yanchor="bottom", yref="container", itemclick=False,
                     itemdoubleclick=False, font=dict(size=11)),
        margin=dict(l=10, r=10, t=40, b=64), clickmode="event+select")
    if today is not None:
        _today_line(fig, today, lang)
    return fig


def _key(fig: go.Figure, statuses: set[str], month: bool, lang: str) -> None:
    """The key of what is not colour: one grey entry per status present, and for month-only dates."""
    entries = [(label(s, lang), PATTERNS[s], 0.95) for s in ("held", "upcoming", "unconfirmed") if s in statuses]
    if month:
        entries.append((t("month_only", lang), "", 0.45))
    for name, shape, opacity in entries:
        # a legend ignores opacity: a lighter grey stands for the lighter bars
        color = KEY_COLOR if opacity > 0.9 else KEY_LIGHT
        fig.add_trace(go.Bar(x=[None], y=[None], orientation="h", name=_esc(name), legend="legend2", hoverinfo="skip",
                             marker=dict(color=color, line=dict(color=KEY_COLOR, width=1),
                                         pattern=dict(shape=shape, fillmode="overlay", size=6))))


def _x_range(first: pd.Timestamp, last: pd.Timestamp, today: date | None) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The meetings' span with a margin, stretched to take in `today` only when it lies within
    a quarter of that span: a reference date years after the data would squeeze every meeting
    into a corner (the line is still drawn; zooming out shows it)."""
    span = max(last - first, pd.Timedelta(days=30))
    if today is not None and first - span / 4 <= pd.Timestamp(today) <= last + span / 4:
        first, last = min(first, pd.Timestamp(today)), max(last, pd.Timestamp(today))
    pad = max((last - first) * 0.02, pd.Timedelta(days=10))
    return first - pad, last + pad


def _today_line(fig: go.Figure, today: date, lang: str) -> None:
    """A dashed vertical line at the reference date, labelled at the top."""
    day = pd.Timestamp(today)
    fig.add_shape(type="line", x0=day, x1=day, y0=0, y1=1, xref="x", yref="paper",
                  line=dict(color="#c0392b", width=1.5, dash="dash"), name="today")
    fig.add_annotation(x=day, y=1, xref="x", yref="paper", yanchor="bottom", showarrow=False,
                       text=t("today", lang), font=dict(color="#c0392b", size=11))


def density_counts(events: pd.DataFrame, lang: str = "vi", lane: str = "forum") -> dict:
    """Meetings per month per lane, counted with numpy (a few milliseconds at 100,000 meetings):
    `lanes` (the values) and `labels`, `first` (months since year 0, data.enrich's `month`),
    `width` (months), `z` (row-major counts, a row per lane), `planned` (of them, those
    upcoming: `status_now`), `max`."""
    months = events["month"].to_numpy(dtype="int64")
    values = events[lane].astype(str)
    lanes = lane_order(values, lane)        # the busiest on top, as in the timeline
    codes = pd.Categorical(values, categories=lanes).codes.astype("int64")
    first = int(months.min())
    width = int(months.max()) - first + 1
    cells = codes * width + (months - first)
    z = np.bincount(cells, minlength=len(lanes) * width)
    planned = np.bincount(cells[(events["status_now"] == "upcoming").to_numpy()], minlength=len(z))
    return {"lanes": lanes, "labels": [label(v, lang) for v in lanes], "first": first, "width": width,
            "z": z.tolist(), "planned": planned.tolist(), "max": int(z.max()), "legend": t("count", lang),
            "planned_word": label("upcoming", lang)}


def count_step(most: float, ticks: int = 6) -> int:
    """A whole step for a count axis whose largest value is `most`: about `ticks` ticks, never
    a half meeting."""
    return max(1, int(np.ceil(most / ticks))) if most == most else 1


def year_step(first: int, last: int, ticks: int = 8) -> int:
    """A whole number of years between labels, so that a facet's labels do not overlap."""
    return max(1, int(np.ceil((last - first + 1) / ticks)))


def _count_axis(fig: go.Figure, axis: str, most: float) -> None:
    update = fig.update_xaxes if axis == "x" else fig.update_yaxes
    update(tickmode="linear", tick0=0, dtick=count_step(most), tickformat="d", rangemode="tozero")


def _empty(fig: go.Figure, lang: str) -> go.Figure:
    fig.update_layout(annotations=[dict(text=t("empty_data", lang), showarrow=False, x=0.5, y=0.5,
                                        xref="paper", yref="paper")], height=240)
    return fig


def _per_official(participants: pd.DataFrame, events: pd.DataFrame, by: str, top: int) -> tuple[pd.DataFrame, list[str]]:
    """Meetings per (official, `by`) for the `top` officials with most meetings, and their order."""
    rows = participants.merge(events[["event_id", by]], on="event_id").drop_duplicates(["event_id", "official_id"])
    counts = rows.groupby(["name", by]).size().rename("n").reset_index()
    counts = counts.assign(name=chart_column(counts["name"]), **({by: chart_column(counts[by])} if by == "forum" else {}))
    order = counts.groupby("name")["n"].sum().sort_values(ascending=False).head(top).index.tolist()
    return counts[counts["name"].isin(order)], order


def officials_bar(participants: pd.DataFrame, events: pd.DataFrame, lang: str = "vi", top: int = 30) -> go.Figure:
    """Meetings per official, stacked by forum."""
    counts, order = _per_official(participants, events, "forum", top)
    if counts.empty:
        return _empty(go.Figure(), lang)
    fig = px.bar(counts, x="n", y="name", color="forum", orientation="h",
                 category_orders={"name": order}, color_discrete_map=_colors(list(counts["forum"].unique()), "forum"),
                 labels={"n": t("count", lang), "name": "", "forum": t("forum", lang)})
    fig.update_layout(height=max(260, 28 * len(order) + 120), margin=dict(l=10, r=10, t=30, b=10))
    _count_axis(fig, "x", counts.groupby("name")["n"].sum().max())
    return fig


def official_year_heatmap(participants: pd.DataFrame, events: pd.DataFrame, lang: str = "vi", top: int = 30) -> go.Figure:
    counts, order = _per_official(participants, events, "year", top)
    if counts.empty:
        return _empty(go.Figure(), lang)
    pivot = counts.pivot(index="name", columns="year", values="n").reindex(order).fillna(0)
    years = range(int(pivot.columns.min()), int(pivot.columns.max()) + 1)     # every year, empty ones too
    pivot = pivot.reindex(columns=list(years), fill_value=0)
    fig = go.Figure(go.Heatmap(z=pivot.to_numpy(), x=list(years), y=pivot.index,
                               colorscale="Blues", hovertemplate="%{y} · %{x}: %{z}<extra></extra>",
                               colorbar=dict(title=t("count", lang), tickmode="linear", tick0=0,
                                             dtick=count_step(pivot.to_numpy().max()), tickformat="d")))
    fig.update_layout(height=max(240, 26 * len(order) + 120), margin=dict(l=10, r=10, t=30, b=10),
                      yaxis=dict(autorange="reversed"),
                      xaxis=dict(type="linear", tickmode="linear", dtick=year_step(years[0], years[-1]),
                                 tickformat="d"))
    return fig


def official_timeline(rows: pd.DataFrame, events: pd.DataFrame, lang: str = "vi") -> go.Figure:
    """One official's meetings over time, coloured by the title held at each."""
    data = rows.merge(events, on="event_id", suffixes=("", "_event")).drop_duplicates("event_id")
    if data.empty:
        return _empty(go.Figure(), lang)
    data = data.assign(meeting_name=data["name_en"] if lang == "en" else data["name_vi"],
                       status_label=data["status_now"].map(lambda v: label(v, lang)),
                       **{c: chart_column(data[c].astype(object)) for c in ("forum", "role")})
    data["status_label"] = chart_column(data["status_label"].astype(object))
    fig = px.scatter(data, x="start_date", y="forum", color="role", symbol="status_label",
                     hover_name=data["meeting_name"].map(_esc), custom_data=["event_id"],
                     labels={"start_date": "", "forum": t("forum", lang), "role": t("role", lang),
                             "status_label": t("status", lang)})
    fig.update_traces(marker=dict(size=13, line=dict(width=1, color="#333")))
    fig.update_layout(height=320, margin=dict(l=10, r=10, t=30, b=10), legend=dict(orientation="h", y=-0.25))
    first, last = pd.to_datetime(data["start_date"]).min(), pd.to_datetime(data["start_date"]).max()
    if last - first < pd.Timedelta(days=90):
        # one meeting (or a few close together): a quarter around them, not an axis of milliseconds
        middle = first + (last - first) / 2
        fig.update_xaxes(range=[middle - pd.Timedelta(days=60), middle + pd.Timedelta(days=60)])
    return fig


def forum_year(events: pd.DataFrame, lang: str = "vi") -> go.Figure:
    """Meetings per forum per year, by level."""
    if events.empty:
        return _empty(go.Figure(), lang)
    counts = events.groupby(["forum", "year", events["level"].astype(str)]).size().rename("n").reset_index()
    counts["level_label"] = counts["level"].map(lambda v: _esc(label(v, lang)))
    counts["forum"] = chart_column(counts["forum"])
    fig = px.bar(counts, x="year", y="n", color="level_label", facet_col="forum", facet_col_wrap=3,
                 color_discrete_map={label(k, lang): v for k, v in LEVEL_COLORS.items()},
                 labels={"n": t("count", lang), "year": t("year", lang), "level_label": t("level", lang)})
    fig.for_each_annotation(lambda a: a.update(text=a.text.split("=", 1)[-1]))     # "forum=X": a forum may hold "="
    # each facet is a third of the width (a hundred pixels on a phone): a label every few years,
    # upright, so that they never overlap; under every facet, not the last row only
    fig.update_xaxes(tickmode="linear", dtick=year_step(int(counts["year"].min()), int(counts["year"].max()), 5),
                     tickformat="d", tickangle=-90, tickfont=dict(size=10), showticklabels=True, title=None)
    _count_axis(fig, "y", counts.groupby(["forum", "year"])["n"].sum().max())
    rows = (counts["forum"].nunique() + 2) // 3
    # the legend across the top leaves the whole width to the facets
    fig.update_layout(height=260 * rows + 110, margin=dict(l=10, r=10, t=80, b=10),
                      legend=dict(orientation="h", x=0, y=1.0, yanchor="top", yref="container", title_text=None))
    return fig


def articles_per_outlet(articles: pd.DataFrame, lang: str = "vi") -> go.Figure:
    ok = articles[articles["status"] == "ok"].copy()
    if ok.empty:
        return _empty(go.Figure(), lang)
    ok["year"] = ok["published"].fillna("").str[:4].replace("", "?")
    ok["outlet"] = ok["outlet"].fillna("?")
    counts = ok.groupby(["outlet", "year"]).size().rename("n").reset_index()
    counts = counts.assign(outlet=chart_column(counts["outlet"]), year=chart_column(counts["year"]))
    years = sorted(counts["year"].unique(), key=lambda y: (y == "?", y))      # the unknown year last
    palette = px.colors.sequential.Viridis
    colors = {y: palette[i * (len(palette) - 1) // max(1, len(years) - 1)] for i, y in enumerate(years)}
    colors["?"] = UNKNOWN_COLOR          # grey: no year, not one more year
    fig = px.bar(counts, x="outlet", y="n", color="year", category_orders={"year": years}, color_discrete_map=colors,
                 labels={"n": t("articles", lang), "outlet": t("source", lang), "year": t("year", lang)})
    fig.update_layout(height=320, margin=dict(l=10, r=10, t=30, b=10))
    _count_axis(fig, "y", counts.groupby("outlet")["n"].sum().max())
    return fig


def meetings_per_year(events: pd.DataFrame, lang: str = "vi") -> go.Figure:
    if events.empty:
        return _empty(go.Figure(), lang)
    counts = events.groupby(["year", "date_precision"]).size().rename("n").reset_index()
    counts["precision"] = counts["date_precision"].map({"day": t("day_precise", lang), "month": t("month_only", lang)})
    fig = px.bar(counts, x="year", y="n", color="precision",
                 labels={"n": t("count", lang), "year": t("year", lang), "precision": t("dates", lang)})
    fig.update_xaxes(dtick=year_step(int(counts["year"].min()), int(counts["year"].max()), 12), tickformat="d")
    fig.update_layout(height=320, margin=dict(l=10, r=10, t=30, b=10))
    _count_axis(fig, "y", counts.groupby("year")["n"].sum().max())
    return fig


TITLES_TOML = FORUMS_TOML.parent / "titles.toml"
VIET_NAM = "Việt Nam"
# The title levels of the ETL's vocabulary, grouped as an analyst reads a delegation, top first.
DELEGATION_GROUPS = {
    "head_of_state": ("head_of_state", "party_leader", "legislature_chair"),
    "head_of_government": ("head_of_government",),
    "deputy_head": ("deputy_head",),
    "minister": ("foreign_minister", "minister"),
    "deputy_minister": ("deputy_minister",),
}
HOVER_MEETINGS = 12      # meetings listed in a forum-year's hover; the rest are counted (a box, not a page)
DELEGATION_COLORS = {"head_of_state": "#08306b", "head_of_government": "#2171b5", "deputy_head": "#6baed6",
                     "minister": "#41ab5d", "deputy_minister": "#a1d99b", "other": "#bdbdbd"}


@lru_cache(maxsize=1)
def _title_ranks() -> dict[str, int]:
    """Each title level's rank in the ETL's vocabulary (higher leads)."""
    with open(TITLES_TOML, "rb") as fh:
        return {lv["id"]: int(lv.get("rank", 0)) for lv in tomllib.load(fh).get("level", [])}


def delegation_group(level) -> str:
    return next((g for g, levels in DELEGATION_GROUPS.items() if level in levels), "other")


def delegation_leads(events: pd.DataFrame, participants: pd.DataFrame, lang: str = "vi") -> pd.DataFrame:
    """Per forum and year: the group of the highest title among Viet Nam's participants (by the
    ETL's rank), and per meeting who led, for the hover (the first HOVER_MEETINGS, then how
    many more). Meetings with no Vietnamese participant are left out: nobody is known to have led."""
    cols = ["forum", "year", "group", "rank", "names"]
    if "title_level" not in participants.columns:       # tables made before the column
        participants = participants.assign(title_level=None)
    vn = participants[participants["country"] == VIET_NAM]
    rows = vn.merge(events[["event_id", "forum", "year", "name_vi", "name_en", "start_date"]], on="event_id")
    if rows.empty:
        return pd.DataFrame(columns=cols)
    ranks = _title_ranks()
    rows = rows.assign(rank=rows["title_level"].map(lambda v: ranks.get(v, 0) if isinstance(v, str) else 0))
    leads = rows.sort_values(["rank", "start_date"], ascending=[False, True]).drop_duplicates("event_id")
    leads = leads.sort_values("start_date", kind="stable").reset_index(drop=True)
    by = leads.groupby(["forum", "year"], sort=True)
    top = leads.loc[by["rank"].idxmax()]            # the first of the highest, in date order
    shown = leads[(by.cumcount() < HOVER_MEETINGS).to_numpy()]
    meeting = shown["name_en" if lang == "en" else "name_vi"]
    shown = shown.assign(line=[f"{_esc(n)} ({_esc(r)}): {_esc(m)}" for n, r, m in zip(shown["name"], shown["role"], meeting)])
    names = shown.groupby(["forum", "year"], sort=True)["line"].agg("<br>".join).to_numpy()
    more = by.size().to_numpy() - HOVER_MEETINGS
    return pd.DataFrame({
        "forum": top["forum"].to_numpy(), "year": top["year"].astype(int).to_numpy(),
        "group": [delegation_group(v) for v in top["title_level"]], "rank": top["rank"].astype(int).to_numpy(),
        "names": [n + ("<br>" + _esc(t("and_more", lang, n=k)) if k > 0 else "") for n, k in zip(names, more)],
    }, columns=cols)


def delegation(events: pd.DataFrame, participants: pd.DataFrame, lang: str = "vi") -> go.Figure:
    """Who led Viet Nam's delegation, per forum and year: a mark per forum-year coloured by the
    level of the highest title, the names and titles on hover."""
    leads = delegation_leads(events, participants, lang)
    if leads.empty:
        return _empty(go.Figure(), lang)
    fig = go.Figure()
    for group, color in DELEGATION_COLORS.items():
        rows = leads[leads["group"] == group]
        if rows.empty:
            continue
        fig.add_trace(go.Scatter(
            x=rows["year"], y=chart_column(rows["forum"]), mode="markers", name=t(f"lead_{group}", lang),
            marker=dict(symbol="square", size=14, color=color, line=dict(color="#333", width=0.5)),
            hovertext=[f"<b>{_esc(f)} · {y}</b><br>{n}" for f, y, n in zip(rows["forum"], rows["year"], rows["names"])],
            hoverinfo="text", meta={"group": group}))
    forums = leads.groupby("forum").size().sort_values(ascending=False).index
    first, last = int(leads["year"].min()), int(leads["year"].max())
    fig.update_layout(
        height=max(220, 34 * len(forums) + 140), margin=dict(l=10, r=10, t=30, b=10),
        xaxis=dict(tickmode="linear", dtick=year_step(first, last, 12), tickformat="d", range=[first - 0.7, last + 0.7]),
        yaxis=dict(type="category", categoryorder="array", categoryarray=list(chart_column(pd.Series(forums)))[::-1]),
        legend=dict(orientation="h", y=1.02, yanchor="bottom", x=0))
    return fig
