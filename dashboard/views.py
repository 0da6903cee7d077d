"""The five pages and the pieces they share. Layout only: the data work is in filters, charts, export."""
from __future__ import annotations

import threading
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import TYPE_CHECKING, TypeVar

import pandas as pd
import streamlit as st
from streamlit.navigation.page import StreamlitPage
from streamlit.runtime.scriptrunner import get_script_run_ctx

from dashboard import charts, data, export, ics, memo
from dashboard import filters as F
from dashboard.density import density
from dashboard.evidence import evidence_of, segments
from dashboard.i18n import fmt_month, fmt_span, label, t
from dashboard.plain import md_text

if TYPE_CHECKING:
    import plotly.graph_objects as go

MAX_ROWS = 2000        # rows a page lists at once; the filters and the downloads reach the rest
FILTER_KEYS = ("forum", "level", "official", "country", "start", "end", "status", "q")
V = TypeVar("V")


@dataclass(frozen=True)
class PageContext:
    """What the main script computed for this run, handed to the page script it runs next."""
    tables: data.Tables
    filters: F.Filters
    lang: str
    events: pd.DataFrame                # the meetings that pass the filters, with `status_now` on `today`
    today: date                         # the reference date of statuses: the run's one clock reading
    pages: Mapping[str, StreamlitPage]  # by name, for st.switch_page

    def derived(self, name: str, make: Callable[[], V], *, filtered: bool = True) -> V:
        """make(), once for every session showing the same view: kept with the tables
        (dashboard/memo.py), keyed on the language and, unless it reads only the whole
        tables, on the filters and the reference date."""
        key = (name, self.lang, self.filters, self.today) if filtered else (name, self.lang)
        return memo.of(self.tables).get(key, make)


# Each session's script runs in its own thread, and st.navigation runs the page's file after
# the main script: a thread-local hands the page its run's context and keeps sessions apart.
_RUN = threading.local()


def set_context(ctx: PageContext) -> None:
    _RUN.ctx = ctx


def context() -> PageContext:
    return _RUN.ctx


def filtered_events(tables: data.Tables, f: F.Filters, today: date) -> pd.DataFrame:
    """The meetings that pass the filters, made once per filter state for every session."""
    return memo.of(tables).get(("events", f, today),
                               lambda: F.apply(tables.events, tables.participants, f, today))


def _history_navigation() -> bool:
    """This run comes from the browser's Back or Forward button (Streamlit reruns the page with
    the address it went back to)."""
    return bool(getattr(get_script_run_ctx(), "is_history_navigation", False))


def seed_from_url(options: F.Options, meeting_ids) -> None:
    """On a session's first run, and when Back or Forward brings an earlier address, the URL
    sets the widgets; otherwise the widgets are the truth and are written back to the URL (see
    sync_url), each change a new entry in the browser's history. Unknown values fall back to
    the defaults."""
    if st.session_state.get("_seeded") and not _history_navigation():
        return
    st.session_state.pop("_first_view", None)
    raw = {k: st.query_params.get_all(k) for k in st.query_params}
    meeting_ids = set(meeting_ids) if "meeting" in raw else ()
    st.session_state.update(F.widget_values(F.from_query_params(raw, options)))
    st.session_state.update(F.view_from_query_params(raw, meeting_ids))
    st.session_state["_not_understood"] = F.not_understood(raw, options, meeting_ids)
    st.session_state["_seeded"] = True


def link_notice(f: F.Filters, page: str, lang: str) -> None:
    """Which parts of the opening link were not understood, until the view is changed."""
    view = F.url_params(f, view_state(page))
    if view != st.session_state.setdefault("_first_view", view):
        st.session_state.pop("_not_understood", None)
    parts = st.session_state.get("_not_understood")
    if parts:
        st.warning(t("not_understood", lang), icon=":material/link_off:")
        st.code("\n".join(parts), language=None)       # the link's own text, shown as text


# Widgets whose options are shown in the reader's language. The browser holds a widget's
# choice as the shown label, so after a language switch it would send back labels that no
# longer exist and the choice would be dropped on the next run.
TRANSLATED = ("level", "status", "meeting", "lane")


def keep_translated_choices() -> None:
    """On a language switch, set the translated widgets' values again: the browser is then
    sent each choice under its new label."""
    for key in TRANSLATED:
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]


def _sidebar_facts(tables: data.Tables) -> tuple[dict[str, str], str]:
    """The officials' names as the pick list shows them, by id, and the span of the data."""
    names = {i: data.searchable_name(n) for i, n in zip(tables.officials["official_id"], tables.officials["name"])}
    ev = tables.events
    span = f"{ev['start_date'].min():%d/%m/%Y} – {ev['end_date'].max():%d/%m/%Y}" if len(ev) else "—"
    return names, span


def sidebar(tables: data.Tables, options: F.Options, lang: str) -> F.Filters:
    names, span = memo.of(tables).get("sidebar", lambda: _sidebar_facts(tables))
    allowed = {"forum": options.forums, "level": options.levels, "official": options.officials,
               "country": options.countries, "status": F.STATUSES}
    # Switching pages drops the widgets' values (a widget's identity includes its page), so the
    # last run's filters are kept aside and put back only then: setting a widget's value on
    # every run would make the browser redraw every widget on each change.
    kept = st.session_state.get("_filters", {})
    for key in FILTER_KEYS:
        if key not in st.session_state and key in kept:
            st.session_state[key] = kept[key]
    for key, values in allowed.items():       # a reload may have removed an option that was chosen
        chosen = st.session_state.get(key) or []
        present = [v for v in chosen if v in values]
        if present != chosen:
            st.session_state[key] = present
    sb = st.sidebar
    sb.header(t("filters", lang))
    ph = t("all", lang)
    sb.multiselect(t("forum", lang), options.forums, key="forum", placeholder=ph)
    sb.multiselect(t("level", lang), options.levels, key="level", placeholder=ph, format_func=lambda v: label(v, lang))
    sb.multiselect(t("official", lang), options.officials, key="official", placeholder=ph,
                   format_func=lambda v: names.get(v, v))
    sb.multiselect(t("country", lang), options.countries, key="country", placeholder=ph)
    # Text boxes, not st.date_input: its calendar refuses dates more than ten years back unless
    # bounded, and a date typed into it applies only when the focus leaves the calendar too;
    # a text box applies on Enter or Tab and takes "2021" or "10/2021" as well.
    c1, c2 = sb.columns(2)
    c1.text_input(t("from", lang), key="start", placeholder="dd/mm/yyyy", help=t("date_help", lang, span=span))
    c2.text_input(t("to", lang), key="end", placeholder="dd/mm/yyyy", help=t("date_help", lang, span=span))
    for key in ("start", "end"):
        typed = st.session_state.get(key) or ""
        if typed.strip() and F.parse_day(typed) is None:
            sb.warning(t("bad_date", lang, box=t("from" if key == "start" else "to", lang)), icon=":material/event_busy:")
    sb.multiselect(t("status", lang), list(F.STATUSES), key="status", placeholder=ph,
                   format_func=lambda v: label(v, lang))
    sb.text_input(t("search", lang), key="q", help=t("search_help", lang))
    sb.button(t("reset", lang), on_click=_clear, width="stretch")
    st.session_state["_filters"] = {k: st.session_state.get(k) for k in FILTER_KEYS}
    return F.from_query_params(st.session_state["_filters"], options)


def _clear() -> None:
    st.session_state.update(F.widget_values(F.Filters()))


def view_state(page: str) -> dict:
    """The parts of the view that belong in the link besides the filters."""
    return {"lang": st.session_state.get("lang"),
            "lane": st.session_state.get("lane") if page == "timeline" else None,
            "meeting": st.session_state.get("meeting") if page == "meetings" else None}


def sync_url(f: F.Filters, page: str) -> None:
    """Write the current view to the address bar, so that copying it shares the view."""
    target = F.url_params(f, view_state(page))
    current = {k: st.query_params.get_all(k) for k in st.query_params}
    as_lists = {k: v if isinstance(v, list) else [v] for k, v in target.items()}
    if current != as_lists:
        st.query_params.from_dict(target)


def share_box(f: F.Filters, page: str, lang: str, link_path: str) -> None:
    base = F.app_base(st.context.url or "", link_path or "")
    # Filled only while open: a filter change then redraws nothing here (the address bar
    # already holds the same link).
    with st.sidebar.expander(t("share", lang), icon=":material/link:", key="share_open", on_change="rerun") as box:
        if box.open:
            st.code(F.share_url(base, link_path, f, view_state(page)), language=None, wrap_lines=True)
            st.text(t("share_help", lang))


def downloads(ctx: PageContext) -> None:
    """The files are made only when a button is pressed: a rerun never pays for them."""
    tables, events, f, lang = ctx.tables, ctx.events, ctx.filters, ctx.lang
    makers = {"meetings": lambda: export.meetings_table(events, tables.articles, tables.details),
              "participants": lambda: export.participants_table(
                  F.participants_of(events, tables.participants, f), tables.articles)}
    with st.sidebar.expander(t("download_csv", lang).split()[0], icon=":material/download:",
                             key="downloads_open", on_change="rerun") as box:
        if not box.open:        # counted and offered only while open
            return
        for stem, count in (("meetings", len(events)),
                            ("participants", F.count_participants(events, tables.participants, f))):
            st.text(f"{t(stem, lang)}: {count}")
            a, b = st.columns(2)
            a.download_button("CSV", lambda m=makers[stem]: export.to_csv(m()), f"{stem}.csv", "text/csv",
                              key=f"csv_{stem}", on_click="ignore")
            b.download_button("Parquet", lambda m=makers[stem]: export.to_parquet(m()), f"{stem}.parquet",
                              "application/octet-stream", key=f"pq_{stem}", on_click="ignore")
        upcoming = events[events["status_now"] == "upcoming"]
        st.text(f"{t('calendar', lang)}: {len(upcoming)}")
        st.download_button(".ics", lambda: _calendar(upcoming, tables, lang, ctx.today), "meetings.ics", "text/calendar",
                           key="ics_upcoming", on_click="ignore", disabled=upcoming.empty, icon=":material/event:")


def _calendar(upcoming: pd.DataFrame, tables: data.Tables, lang: str, day) -> bytes:
    """The upcoming meetings as an .ics file, each with its sources' links; stamped with the
    reference date (the one clock reading of the run)."""
    urls = export.source_urls(upcoming, tables.articles, tables.details)
    return ics.calendar(upcoming, urls, datetime.combine(day, time()), lang)


def empty_state(ctx: PageContext) -> None:
    reason = F.empty_reason(ctx.tables.events, ctx.tables.participants, ctx.filters, ctx.today)
    if reason is None:
        st.info(t("empty_data", ctx.lang))
    else:
        what = " + ".join(t("search" if r == "q" else r, ctx.lang) for r in reason.split("+"))
        st.info(t("empty", ctx.lang, what=what))


def _text(value) -> str:
    return data.text_or(value, "—")


def meeting_rows(events: pd.DataFrame, lang: str) -> pd.DataFrame:
    return pd.DataFrame({
        "event_id": events["event_id"],
        t("name", lang): events["name_en" if lang == "en" else "name_vi"],
        t("forum", lang): events["forum"],
        t("level", lang): events["level"].astype(str).map(lambda v: label(v, lang)),
        t("dates", lang): [fmt_span(a.date(), b.date(), p, lang) for a, b, p in
                           zip(events["start_date"], events["end_date"], events["date_precision"])],
        t("status", lang): events["status_now"].map(lambda v: label(v, lang)),
        t("place", lang): events["location"].map(_text),
        t("mode", lang): events["mode"].map(lambda v: t(v, lang) if isinstance(v, str) else "—"),
        t("participants", lang): events["officials"],
        t("articles", lang): events["n_articles"],
    })


# Pages ---------------------------------------------------------------------------------------

def page_timeline(ctx: PageContext) -> None:
    lang, events = ctx.lang, ctx.events
    st.header(t("timeline", lang))
    lane = st.segmented_control(t("lane", lang), list(F.LANES), key="lane", format_func=lambda v: t(v, lang),
                                required=True) or "forum"
    if events.empty:
        return empty_state(ctx)
    st.text(f"{len(events)} {t('meetings_count', lang)}")
    aggregated = len(events) > charts.MAX_BARS
    # The chart for a wide screen, a list by month for a phone: both are sent, a static CSS rule
    # shows one (Streamlit does not tell the script how wide the screen is).
    st.html(PHONE_CSS)
    ids: list = []
    with st.container(key="timeline_wide"):
        if aggregated:
            st.text(t("aggregated", lang, n=charts.MAX_BARS))
            counts = ctx.derived(f"density/{lane}", lambda: charts.density_counts(events, lang, lane))
            density(counts, t("aggregated", lang, n=charts.MAX_BARS), key="timeline_density",
                    on_cell=lambda: _drill(counts["lanes"], lane))
        else:
            st.text(t("click_hint", lang))
            fig = ctx.derived(f"timeline/{lane}",
                              lambda: charts.timeline(events, lang, lane=lane, color=lane, today=ctx.today))
            state = st.plotly_chart(fig, key="timeline_chart", on_select="rerun", selection_mode="points")
            points = (state or {}).get("selection", {}).get("points", []) if state else []
            ids = [p.get("customdata", [None])[0] for p in points if p.get("customdata")]
    with st.container(key="timeline_list"):
        st.text(t("list_hint", lang))
        if aggregated:      # a phone gets the latest meetings; the filters narrow to the rest
            st.text(t("list_latest", lang, n=charts.MAX_BARS))
        rows = ctx.derived("month_rows", lambda: month_rows(events, lang, charts.MAX_BARS))
        listed = st.dataframe(rows.drop(columns=["event_id"]), hide_index=True, key="timeline_month_list",
                              on_select="rerun", selection_mode="single-row",
                              height=min(36 * (len(rows) + 1) + 4, 600))
    picked = (listed or {}).get("selection", {}).get("rows", []) if listed else []
    ids += [rows["event_id"].iloc[picked[0]]] if picked else []
    if ids:
        st.session_state["meeting"] = ids[0]
        st.switch_page(ctx.pages["meetings"],
                       query_params=F.url_params(ctx.filters, {**view_state("timeline"), "meeting": ids[0]}))


PHONE_WIDTH = 640       # px: below it the timeline is a list by month
PHONE_CSS = (f"<style>@media (max-width: {PHONE_WIDTH}px) {{.st-key-timeline_wide {{display: none;}}}}"
             f"@media (min-width: {PHONE_WIDTH + 1}px) {{.st-key-timeline_list {{display: none;}}}}</style>")


def month_rows(events: pd.DataFrame, lang: str, limit: int | None = None) -> pd.DataFrame:
    """The meetings as a list by month, the latest first: month, name, dates, forum, status;
    the latest `limit` only, when given (only those are formatted)."""
    ev = events.sort_values(["start_date", "end_date"], ascending=False).head(limit)
    return pd.DataFrame({
        "event_id": ev["event_id"].to_numpy(),
        t("month", lang): [fmt_month(d.date(), lang) for d in ev["start_date"]],
        t("name", lang): ev["name_en" if lang == "en" else "name_vi"].to_numpy(),      # visible on a phone
        t("dates", lang): [fmt_span(a.date(), b.date(), p, lang) for a, b, p in
                           zip(ev["start_date"], ev["end_date"], ev["date_precision"])],
        t("forum", lang): ev["forum"].to_numpy(),
        t("status", lang): ev["status_now"].map(lambda v: label(v, lang)).to_numpy(),
    })


def _drill(lanes: list[str], lane: str) -> None:
    """A clicked cell of the density view narrows the filters to its lane and month."""
    cell = st.session_state["timeline_density"].get("cell") or {}
    index, month = cell.get("lane"), cell.get("month")
    if isinstance(index, int) and isinstance(month, int) and 0 <= index < len(lanes) and 1 <= month // 12 <= 9999:
        st.session_state.update(F.drill_values(lane, lanes[index], month))


def page_officials(ctx: PageContext) -> None:
    tables, f, lang, events = ctx.tables, ctx.filters, ctx.lang, ctx.events
    st.header(t("officials", lang))
    if events.empty:
        return empty_state(ctx)
    parts = ctx.derived("participants", lambda: F.participants_of(events, tables.participants, f))
    if parts.empty:             # meetings, none of them with a named participant
        st.info(t("no_participants_any", lang, n=len(events)))
        return
    a, b = st.columns(2)
    a.subheader(t("per_official", lang))
    a.plotly_chart(ctx.derived("officials_bar", lambda: charts.officials_bar(parts, events, lang)), key="officials_bar")
    b.subheader(t("heatmap", lang))
    b.plotly_chart(ctx.derived("officials_heatmap", lambda: charts.official_year_heatmap(parts, events, lang)),
                   key="officials_heatmap")
    if len(f.official) != 1:
        st.info(t("no_official", lang))
        return
    person = tables.officials[tables.officials["official_id"] == f.official[0]].iloc[0]
    st.subheader(md_text(person["name"]))       # headings render Markdown: the name is escaped
    country = person["country"] if isinstance(person["country"], str) and person["country"] else None
    st.caption(md_text(f"{t('country', lang)}: {country or t('country_not_stated', lang)}"))
    rows = parts[parts["official_id"] == person["official_id"]]     # within the sidebar's filters
    st.plotly_chart(charts.official_timeline(rows, events, lang), key="official_timeline")
    st.subheader(t("role_history", lang))
    history = pd.DataFrame(list(person["roles"]))
    if "level" in history.columns:
        history["level"] = history["level"].map(lambda v: level_name(v, lang))
    st.dataframe(history.rename(columns={"role": t("role", lang), "first_seen": t("first_seen", lang),
                                         "last_seen": t("last_seen", lang), "n_events": t("count", lang),
                                         "level": t("title_level", lang)}),
                 hide_index=True)
    st.subheader(t("their_meetings", lang))
    mine = rows.drop_duplicates(["event_id", "role"]).merge(events, on="event_id").sort_values("start_date")
    table = meeting_rows(mine, lang)[[t("name", lang), t("forum", lang), t("dates", lang), t("place", lang)]]
    table.insert(1, t("role", lang), mine["role"].to_numpy())       # the title held at that meeting
    st.dataframe(table, hide_index=True)


def page_forums(ctx: PageContext) -> None:
    tables, lang, events = ctx.tables, ctx.lang, ctx.events
    st.header(t("forums", lang))
    if events.empty:
        return empty_state(ctx)
    st.plotly_chart(ctx.derived("forum_year", lambda: charts.forum_year(events, lang)), key="forum_year")
    st.subheader(t("delegation", lang))
    st.caption(t("delegation_help", lang))
    st.plotly_chart(ctx.derived("delegation", lambda: _delegation(tables, events, lang)), key="delegation")
    for forum, count in ctx.derived("forum_counts", lambda: list(events.groupby("forum", sort=True).size().items())):
        # Filled only while open: ten closed lists of 2,000 meetings each were 4 MB on every view.
        with st.expander(f"{md_text(forum)} · {count} {t('meetings_count', lang)}", on_change="rerun",
                         key=f"forum_list_{zlib.crc32(str(forum).encode()):08x}") as box:
            if not box.open:
                continue
            if count > MAX_ROWS:
                st.text(t("first_rows", lang, n=MAX_ROWS))
            st.dataframe(ctx.derived(f"forum_list/{forum}", lambda forum=forum: forum_list(events, forum, lang)),
                         hide_index=True)


def _delegation(tables: data.Tables, events: pd.DataFrame, lang: str) -> go.Figure:
    """Who led Viet Nam's delegation, from everyone in the filtered meetings, not only the
    chosen officials: the lead is the delegation's."""
    everyone = tables.participants[tables.participants["event_id"].isin(events["event_id"])]
    return charts.delegation(events, everyone, lang)


def forum_list(events: pd.DataFrame, forum: str, lang: str) -> pd.DataFrame:
    """A forum's first MAX_ROWS meetings by date, as its list on the forums page shows them."""
    shown = events[(events["forum"] == forum).to_numpy()].sort_values("start_date").head(MAX_ROWS)
    table = meeting_rows(shown, lang).drop(columns=["event_id", t("participants", lang)])
    table.insert(0, t("year", lang), shown["year"].to_numpy())
    table.insert(2, t("number", lang), shown["ordinal"].to_numpy())
    table[t("host", lang)] = shown["host"].to_numpy()
    table[t("vn_lead", lang)] = shown["vn_lead"].to_numpy()
    return table


def page_meetings(ctx: PageContext) -> None:
    """The chosen meeting's detail first (a bar clicked on the timeline lands here, at the top),
    then the list, whose rows choose a meeting too."""
    tables, lang, events = ctx.tables, ctx.lang, ctx.events
    st.header(t("meetings", lang))
    names = ctx.derived("meeting_names", lambda: _meeting_names(tables.events, lang), filtered=False)
    table, ids = ctx.derived("meeting_list", lambda: _meeting_list(events, lang))
    choices = list(ids)
    chosen = st.session_state.get("meeting")
    if chosen is not None and chosen not in names:
        st.session_state["meeting"] = chosen = None
    if chosen and chosen not in choices:
        choices = [chosen] + choices
    st.selectbox(t("pick_meeting", lang), choices, key="meeting", index=None, placeholder=t("pick_placeholder", lang),
                 format_func=lambda v: f"{names.get(v, v)} · {v}")
    if st.session_state.get("meeting"):
        with st.container(border=True, key="meeting_detail"):
            meeting_detail(tables, st.session_state["meeting"], lang, ctx.today)
    if events.empty:
        return empty_state(ctx)
    st.text(f"{len(events)} {t('meetings_count', lang)}")
    if len(events) > MAX_ROWS:
        st.text(t("first_rows", lang, n=MAX_ROWS))
    st.dataframe(table, hide_index=True, height=min(36 * (len(table) + 1) + 4, 420), key="meeting_list",
                 on_select=lambda: _pick_row(ids), selection_mode="single-row")


def _meeting_names(events: pd.DataFrame, lang: str) -> dict[str, str]:
    """Every meeting's name in the reader's language, by event_id."""
    return dict(zip(events["event_id"], events["name_en" if lang == "en" else "name_vi"]))


def _meeting_list(events: pd.DataFrame, lang: str) -> tuple[pd.DataFrame, tuple[str, ...]]:
    """The first MAX_ROWS meetings as the list shows them, and their ids in the list's order."""
    shown = events.head(MAX_ROWS)
    return meeting_rows(shown, lang).drop(columns=["event_id"]), tuple(shown["event_id"])


def _pick_row(ids: Sequence[str]) -> None:
    """A row clicked in the list opens its meeting (a callback: it runs once per click, so the
    picker above can choose another meeting afterwards)."""
    rows = st.session_state["meeting_list"]["selection"]["rows"]
    if rows and rows[0] < len(ids):
        st.session_state["meeting"] = ids[rows[0]]


def level_name(level: object, lang: str) -> str:
    """A title's level in words ("Foreign minister" / "Bộ trưởng Ngoại giao"), from etl/data/titles.toml."""
    from etl.gazetteer import default_gazetteer
    found = default_gazetteer().levels.get(level) if isinstance(level, str) else None
    if found is None:
        return "—" if not isinstance(level, str) or not level else level
    return found.en if lang == "en" else found.vi


def year_source_text(ev: pd.Series, lang: str) -> str:
    """Where the meeting's year came from ("from the article's date"); tables made before the
    column existed only say whether it was inferred."""
    source = ev.get("year_source")
    if isinstance(source, str) and source:
        return t(f"year_source_{source}", lang)
    return t("year_inferred", lang) if ev["year_inferred"] else t("year_source_written", lang)


# The marked evidence in an article's text: a static rule for the containers' keys, never data.
EVIDENCE_CSS = ("<style>[class*='st-key-evmark'] {background: #fff3b0; border-left: 3px solid #d4a000;"
                " padding: 0.2rem 0.5rem; margin: 0.15rem 0;}</style>")


def meeting_detail(tables: data.Tables, event_id: str, lang: str, today: date) -> None:
    ev = F.with_status(tables.events[tables.events["event_id"] == event_id], today).iloc[0]
    detail = tables.details.loc[event_id]
    st.subheader(md_text(ev["name_en"] if lang == "en" else ev["name_vi"]))
    facts = {
        t("dates", lang): fmt_span(ev["start_date"].date(), ev["end_date"].date(), ev["date_precision"], lang),
        t("status", lang): label(ev["status_now"], lang),
        t("place", lang): _text(ev["location"]),
        t("mode", lang): t(ev["mode"], lang) if isinstance(ev["mode"], str) else "—",
        t("host", lang): _text(ev["host"]),
        t("year_from", lang): year_source_text(ev, lang),
    }
    if len(detail["date_conflicts"]):
        facts[t("conflicts", lang)] = ", ".join(detail["date_conflicts"])
    st.dataframe(pd.DataFrame({t("fact", lang): list(facts), t("value", lang): list(facts.values())}), hide_index=True)
    st.subheader(t("articles", lang))
    # by id, made once per set of tables: a copy of every article's text on each run was the page's main cost
    arts = memo.of(tables).get("articles_by_id", lambda: tables.articles.set_index("article_id"))
    sources, texts = [], []
    for aid in detail["article_ids"]:
        if aid not in arts.index:
            continue
        a = arts.loc[aid]
        body = data.text_or(a["text"], "")
        evidence = evidence_of(aid, detail["evidence"], detail.get("evidence_article_ids"), body)
        title = data.text_or(a["title"], a["source_path"])
        sources.append({t("source", lang): title, "url": data.safe_url(a["url"]) or "",   # no grey "None"
                        t("outlet", lang): _text(a["outlet"]), t("published", lang): _text(a["published"]),
                        t("evidence", lang): "\n".join(evidence)})
        texts.append((aid, title, body, evidence))
    st.dataframe(pd.DataFrame(sources), hide_index=True,
                 column_config={"url": st.column_config.LinkColumn("URL"), t("evidence", lang): None})
    st.html(EVIDENCE_CSS)
    for n, (_aid, title, body, evidence) in enumerate(texts):
        st.caption(md_text(title))
        for j, sentence in enumerate(evidence):       # wrapped, in full
            with st.container(key=f"evmark_s{n}_{j}"):
                st.text(sentence)
        with st.expander(t("article_text", lang), icon=":material/article:"):
            for i, (piece, marked) in enumerate(segments(body, evidence)):
                if marked:
                    with st.container(key=f"evmark_t{n}_{i}"):
                        st.text(piece.strip())
                elif piece.strip():
                    st.text(piece.strip())
    st.subheader(t("participants", lang))
    people = tables.participants[tables.participants["event_id"] == event_id]
    if people.empty:
        st.info(t("no_participants", lang))
        return
    st.dataframe(people[["name", "role", "country", "evidence"]].rename(columns={
        "name": t("name", lang), "role": t("role", lang), "country": t("country", lang),
        "evidence": t("evidence", lang)}), hide_index=True)


def page_data(ctx: PageContext) -> None:
    """The whole data set, whatever the filters: its figures are made once per set of tables."""
    tables, lang = ctx.tables, ctx.lang
    st.header(t("data", lang))
    st.info(t("data_unfiltered", lang), icon=":material/filter_alt_off:")
    ev, arts = tables.events, tables.articles
    counts = ctx.derived("data_counts", lambda: _data_counts(tables), filtered=False)
    cols = st.columns(4)
    for col, key in zip(cols, ("articles", "meetings", "month_only", "year_inferred")):
        col.metric(t(key, lang), counts[key])
    a, b = st.columns(2)
    a.subheader(t("per_outlet", lang))
    a.plotly_chart(ctx.derived("per_outlet", lambda: charts.articles_per_outlet(arts, lang), filtered=False),
                   key="per_outlet")
    b.subheader(t("per_year", lang))
    b.plotly_chart(ctx.derived("per_year", lambda: charts.meetings_per_year(ev, lang), filtered=False),
                   key="per_year")
    st.subheader(t("problems", lang))
    problems = ctx.derived("problems", lambda: arts[arts["status"] != "ok"][["source_path", "status", "problem"]],
                           filtered=False)
    st.dataframe(problems, hide_index=True, column_config={
        "source_path": t("file", lang), "status": t("file_status", lang), "problem": t("problem", lang)})


def _data_counts(tables: data.Tables) -> dict[str, int]:
    ev, arts = tables.events, tables.articles
    return {"articles": int((arts["status"] == "ok").sum()), "meetings": len(ev),
            "month_only": int((ev["date_precision"] == "month").sum()), "year_inferred": int(ev["year_inferred"].sum())}
