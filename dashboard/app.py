"""Streamlit app: navigation, page layout and widgets. No pandas logic lives here.

    streamlit run dashboard/app.py

Every filter, the language, the lanes and the chosen meeting are widgets bound to
the URL's query parameters, and each page has its own path, so a copied link
reproduces the view. Article text is only ever shown as plain text or in tables.
"""
from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:       # Community Cloud runs the file without the repo on the path
    sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402
import streamlit as st  # noqa: E402

from dashboard import charts, data, export  # noqa: E402
from dashboard import filters as F  # noqa: E402
from dashboard.i18n import fmt_span, t  # noqa: E402

st.set_page_config(page_title="Diplomacy timeline", page_icon=":material/timeline:", layout="wide")

FILTER_KEYS = ("forum", "level", "official", "country", "start", "end", "status", "q")


def _secrets() -> dict:
    try:
        return dict(st.secrets)
    except Exception:       # no secrets.toml: that is the normal local case
        return {}


@st.cache_data(show_spinner=False, max_entries=4)
def _load(folder: str, signature: tuple) -> data.Tables:
    return data.enrich(data.read_tables(Path(folder)))


def load_tables(lang: str) -> data.Tables:
    folder = data.data_dir(_secrets())
    if folder.resolve() == data.DEFAULT_DATA.resolve() and data.needs_build(folder):
        with st.spinner(t("building", lang)):
            data.build(folder)
    try:
        return _load(str(folder), data.signature(folder))
    except data.DataError as exc:
        st.error(f"{folder}: {exc}", icon="⚠️")
        st.stop()


def _label(value: str, lang: str) -> str:
    return t(value, lang) if value in ("leaders", "ministers", "senior_officials", "other", "held", "planned") else value


def sidebar(tables: data.Tables, lang: str) -> F.Filters:
    options = F.Options.of(tables.events, tables.officials)
    names = dict(zip(tables.officials["official_id"], tables.officials["name"]))
    sb = st.sidebar
    sb.header(t("filters", lang))
    ph = t("all", lang)
    sb.multiselect(t("forum", lang), options.forums, key="forum", bind="query-params", placeholder=ph)
    sb.multiselect(t("level", lang), options.levels, key="level", bind="query-params", placeholder=ph,
                   format_func=lambda v: _label(v, lang))
    sb.multiselect(t("official", lang), options.officials, key="official", bind="query-params", placeholder=ph,
                   format_func=lambda v: names.get(v, v))
    sb.multiselect(t("country", lang), options.countries, key="country", bind="query-params", placeholder=ph)
    c1, c2 = sb.columns(2)
    c1.date_input(t("from", lang), value=None, key="start", bind="query-params", format="DD/MM/YYYY")
    c2.date_input(t("to", lang), value=None, key="end", bind="query-params", format="DD/MM/YYYY")
    sb.multiselect(t("status", lang), list(F.STATUSES), key="status", bind="query-params", placeholder=ph,
                   format_func=lambda v: _label(v, lang))
    sb.text_input(t("search", lang), key="q", bind="query-params", help=t("search_help", lang))
    sb.button(t("reset", lang), on_click=_clear, width="stretch")
    return F.from_query_params({k: st.session_state.get(k) for k in FILTER_KEYS}, options)


def _clear() -> None:
    for key in FILTER_KEYS:
        st.session_state[key] = None if key in ("start", "end") else ("" if key == "q" else [])


def share_box(f: F.Filters, page: str, lang: str, extra: dict | None = None) -> None:
    parts = urlsplit(st.context.url or "")
    base = f"{parts.scheme}://{parts.netloc}" if parts.netloc else "http://localhost:8501"
    extra = {k: v for k, v in (extra or {}).items() if v}
    if st.session_state.get("lang") == "en":
        extra["lang"] = "en"
    with st.sidebar.expander(t("share", lang), icon=":material/link:"):
        st.code(F.share_url(base, page, f, extra), language=None, wrap_lines=True)
        st.text(t("share_help", lang))


def downloads(events: pd.DataFrame, parts: pd.DataFrame, articles: pd.DataFrame, lang: str) -> None:
    meetings = export.meetings_table(events, articles)
    people = export.participants_table(parts, articles)
    with st.sidebar.expander(t("download_csv", lang).split()[0], icon=":material/download:"):
        for label, df, stem in ((t("meetings", lang), meetings, "meetings"), (t("participants", lang), people, "participants")):
            st.text(f"{label}: {len(df)}")
            a, b = st.columns(2)
            a.download_button("CSV", lambda df=df: export.to_csv(df), f"{stem}.csv", "text/csv",
                              key=f"csv_{stem}", on_click="ignore")
            b.download_button("Parquet", lambda df=df: export.to_parquet(df), f"{stem}.parquet",
                              "application/octet-stream", key=f"pq_{stem}", on_click="ignore")


def empty_state(tables: data.Tables, f: F.Filters, lang: str) -> None:
    reason = F.empty_reason(tables.events, tables.participants, f)
    if reason is None:
        st.info(t("empty_data", lang))
    else:
        what = " + ".join(t("search" if r == "q" else r, lang) for r in reason.split("+"))
        st.info(t("empty", lang, what=what))


def meeting_rows(events: pd.DataFrame, lang: str) -> pd.DataFrame:
    return pd.DataFrame({
        "event_id": events["event_id"],
        t("name", lang): events["name_en" if lang == "en" else "name_vi"],
        t("forum", lang): events["forum"],
        t("level", lang): events["level"].astype(str).map(lambda v: _label(v, lang)),
        t("dates", lang): [fmt_span(a.date(), b.date(), p, lang) for a, b, p in
                           zip(events["start_date"], events["end_date"], events["date_precision"])],
        t("status", lang): events["status"].map(lambda v: _label(v, lang)),
        t("place", lang): events["location"],
        t("mode", lang): events["mode"].map(lambda v: t(v, lang) if isinstance(v, str) else None),
        t("participants", lang): events["officials"],
        t("articles", lang): events["n_articles"],
    })


# Pages ---------------------------------------------------------------------------------------

def page_timeline(ctx) -> None:
    tables, f, lang, events = ctx
    st.header(t("timeline", lang))
    lane = st.segmented_control(t("lane", lang), list(F.LANES), key="lane", bind="query-params", default="forum",
                                format_func=lambda v: t(v, lang), required=True) or "forum"
    if events.empty:
        return empty_state(tables, f, lang)
    st.text(f"{len(events)} {t('meetings_count', lang)}")
    if len(events) > charts.MAX_BARS:
        st.text(t("aggregated", lang, n=len(events)))
    fig = charts.timeline(events, lang, lane=lane, color=lane)
    state = st.plotly_chart(fig, key="timeline_chart", on_select="rerun", selection_mode="points")
    st.text(t("click_hint", lang))
    points = (state or {}).get("selection", {}).get("points", []) if state else []
    ids = [p.get("customdata", [None])[0] for p in points if p.get("customdata")]
    if ids:
        st.session_state["meeting"] = ids[0]
        st.switch_page(PAGES["meetings"], query_params={"meeting": ids[0], **F.to_query_params(f)})


def page_officials(ctx) -> None:
    tables, f, lang, events = ctx
    st.header(t("officials", lang))
    parts = F.participants_of(events, tables.participants, f)
    if events.empty or parts.empty:
        return empty_state(tables, f, lang) if events.empty else st.info(t("empty_data", lang))
    a, b = st.columns(2)
    a.subheader(t("per_official", lang))
    a.plotly_chart(charts.officials_bar(parts, events, lang), key="officials_bar")
    b.subheader(t("heatmap", lang))
    b.plotly_chart(charts.official_year_heatmap(parts, events, lang), key="officials_heatmap")
    if len(f.official) != 1:
        st.info(t("no_official", lang))
        return
    person = tables.officials[tables.officials["official_id"] == f.official[0]].iloc[0]
    st.subheader(person["name"])
    rows = tables.participants[tables.participants["official_id"] == person["official_id"]]
    st.plotly_chart(charts.official_timeline(rows, tables.events, lang), key="official_timeline")
    st.subheader(t("role_history", lang))
    history = pd.DataFrame(list(person["roles"]))
    st.dataframe(history.rename(columns={"role": t("role", lang), "first_seen": t("first_seen", lang),
                                         "last_seen": t("last_seen", lang), "n_events": t("count", lang)}),
                 hide_index=True)


def page_forums(ctx) -> None:
    tables, f, lang, events = ctx
    st.header(t("forums", lang))
    if events.empty:
        return empty_state(tables, f, lang)
    st.plotly_chart(charts.forum_year(events, lang), key="forum_year")
    for forum, rows in events.groupby("forum", sort=True):
        with st.expander(f"{forum} · {len(rows)} {t('meetings_count', lang)}"):
            for year, yr in rows.sort_values("start_date").groupby("year", sort=False):
                st.text(str(year))
                table = meeting_rows(yr, lang).drop(columns=["event_id", t("participants", lang)])
                table.insert(1, t("number", lang), yr["ordinal"].to_numpy())
                table[t("host", lang)] = yr["host"].to_numpy()
                table[t("vn_lead", lang)] = yr["vn_lead"].to_numpy()
                st.dataframe(table, hide_index=True)


def page_meetings(ctx) -> None:
    tables, f, lang, events = ctx
    st.header(t("meetings", lang))
    if events.empty:
        empty_state(tables, f, lang)
    else:
        st.text(f"{len(events)} {t('meetings_count', lang)}")
        st.dataframe(meeting_rows(events, lang).drop(columns=["event_id"]), hide_index=True, height=320)
    labels = dict(zip(tables.events["event_id"], tables.events["name_en" if lang == "en" else "name_vi"]))
    choices = list(events["event_id"]) or list(tables.events["event_id"])
    chosen = st.session_state.get("meeting")
    if chosen and chosen in labels and chosen not in choices:
        choices = [chosen] + choices
    st.selectbox(t("pick_meeting", lang), choices, index=None, key="meeting", bind="query-params",
                 format_func=lambda v: f"{labels.get(v, v)} · {v}")
    if st.session_state.get("meeting") in labels:
        meeting_detail(tables, st.session_state["meeting"], lang)


def meeting_detail(tables: data.Tables, event_id: str, lang: str) -> None:
    ev = tables.events[tables.events["event_id"] == event_id].iloc[0]
    st.subheader(ev["name_en"] if lang == "en" else ev["name_vi"])
    facts = {
        t("dates", lang): fmt_span(ev["start_date"].date(), ev["end_date"].date(), ev["date_precision"], lang),
        t("status", lang): _label(ev["status"], lang),
        t("place", lang): ev["location"] or "—",
        t("mode", lang): t(ev["mode"], lang) if ev["mode"] else "—",
        t("host", lang): ev["host"] or "—",
        t("year_inferred", lang): "✓" if ev["year_inferred"] else "—",
    }
    if len(ev["date_conflicts"]):
        facts[t("conflicts", lang)] = ", ".join(ev["date_conflicts"])
    st.dataframe(pd.DataFrame({"": list(facts), " ": list(facts.values())}), hide_index=True)
    st.subheader(t("articles", lang))
    arts = tables.articles.set_index("article_id")
    sources = []
    for aid in ev["article_ids"]:
        if aid not in arts.index:
            continue
        a = arts.loc[aid]
        evidence = [s for s in ev["evidence"] if s in (a["text"] or "")] if "text" in arts.columns else list(ev["evidence"])
        sources.append({t("source", lang): a["title"] or a["source_path"], "url": data.safe_url(a["url"]),
                        "outlet": a["outlet"], "published": a["published"],
                        t("evidence", lang): "\n".join(evidence)})
    st.dataframe(pd.DataFrame(sources), hide_index=True,
                 column_config={"url": st.column_config.LinkColumn("URL")})
    st.subheader(t("participants", lang))
    people = tables.participants[tables.participants["event_id"] == event_id]
    st.dataframe(people[["name", "role", "country", "evidence"]].rename(columns={
        "name": t("name", lang), "role": t("role", lang), "country": t("country", lang),
        "evidence": t("evidence", lang)}), hide_index=True)


def page_data(ctx) -> None:
    tables, f, lang, events = ctx
    st.header(t("data", lang))
    ev, arts = tables.events, tables.articles
    cols = st.columns(4)
    cols[0].metric(t("articles", lang), int((arts["status"] == "ok").sum()))
    cols[1].metric(t("meetings", lang), len(ev))
    cols[2].metric(t("month_only", lang), int((ev["date_precision"] == "month").sum()))
    cols[3].metric(t("year_inferred", lang), int(ev["year_inferred"].sum()))
    a, b = st.columns(2)
    a.subheader(t("per_outlet", lang))
    a.plotly_chart(charts.articles_per_outlet(arts, lang), key="per_outlet")
    b.subheader(t("per_year", lang))
    b.plotly_chart(charts.meetings_per_year(ev, lang), key="per_year")
    st.subheader(t("problems", lang))
    problems = arts[arts["status"] != "ok"][["source_path", "status", "problem"]]
    st.dataframe(problems, hide_index=True)


PAGES: dict[str, st.Page] = {}


def main() -> None:
    lang = st.sidebar.segmented_control("Ngôn ngữ · Language", ["vi", "en"], key="lang", bind="query-params",
                                        default="vi", required=True, format_func=lambda v: {"vi": "Tiếng Việt", "en": "English"}[v]) or "vi"
    tables = load_tables(lang)
    f = sidebar(tables, lang)
    events = F.apply(tables.events, tables.participants, f)
    ctx = (tables, f, lang, events)
    specs = [("timeline", page_timeline, ":material/timeline:"), ("officials", page_officials, ":material/person:"),
             ("forums", page_forums, ":material/account_balance:"), ("meetings", page_meetings, ":material/table_view:"),
             ("data", page_data, ":material/fact_check:")]
    for i, (path, fn, icon) in enumerate(specs):
        PAGES[path] = st.Page(lambda fn=fn: fn(ctx), title=t(path, lang), icon=icon, url_path=path, default=i == 0)
    page = st.navigation(list(PAGES.values()))
    st.title(t("app_title", lang))
    path = page.url_path or "timeline"
    share_box(f, path, lang, {"meeting": st.session_state.get("meeting") if path == "meetings" else None,
                              "lane": st.session_state.get("lane") if path == "timeline" and st.session_state.get("lane") != "forum" else None})
    downloads(events, F.participants_of(events, tables.participants, f), tables.articles, lang)
    page.run()


main()
