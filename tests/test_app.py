"""The app driven through Streamlit's AppTest: every page, every filter, the URL both ways, bad data."""
from __future__ import annotations

import json

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from benchmarks.bench_dashboard import synthetic_tables
from etl.pipeline import run

from .conftest import ROOT

APP = str(ROOT / "dashboard" / "app.py")
PAGES = {"timeline": ("Dòng thời gian", "Timeline"), "officials": ("Quan chức", "Officials"),
         "forums": ("Diễn đàn", "Forums"), "meetings": ("Hội nghị", "Meetings"), "data": ("Dữ liệu", "Data")}
SON = "bui-thanh-son-7facf0"


def app(page: str | None = None, **params) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    if page:
        at.switch_page(f"screens/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def texts(at) -> str:
    return "\n".join(str(x.value) for x in list(at.text) + list(at.code) + list(at.info) + list(at.header) + list(at.subheader))


@pytest.fixture(autouse=True)
def default_data(monkeypatch):
    monkeypatch.delenv("DIPLOMACY_DATA_DIR", raising=False)
    monkeypatch.setenv("DIPLOMACY_TODAY", "2021-10-01")     # statuses are told against this day


@pytest.mark.parametrize("page", list(PAGES))
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_page_renders_in_both_languages(page, lang):
    at = app(page, lang=lang)
    assert PAGES[page][lang == "en"] in [h.value for h in at.header]
    assert not at.error


def test_timeline_counts_and_draws(monkeypatch):
    at = app("timeline")
    assert "15 hội nghị" in texts(at)
    assert len(at.get("plotly_chart")) == 1


def test_many_meetings_are_drawn_as_counts_per_month(tmp_path, monkeypatch):
    synthetic_tables(tmp_path, 2000)
    monkeypatch.setenv("DIPLOMACY_DATA_DIR", str(tmp_path))
    at = app("timeline", lang="en")
    assert "2000 meetings" in texts(at) and not at.get("plotly_chart")
    [drawn] = [e.proto for e in at.main if getattr(e.proto, "component_name", "") == "diplomacy.density"]
    counts = json.loads(drawn.json)
    assert sum(counts["z"]) == 2000 and len(counts["z"]) == len(counts["lanes"]) * counts["width"]
    at.multiselect(key="forum").set_value(["APEC"]).run()          # a few hundred: drawn one by one
    assert len(at.get("plotly_chart")) == 1
    assert not [e for e in at.main if getattr(e.proto, "component_name", "") == "diplomacy.density"]


@pytest.mark.parametrize(("key", "value", "count"), [
    ("forum", ["ASEAN"], 6), ("level", ["leaders"], 4), ("status", ["upcoming"], 5), ("country", ["Hàn Quốc"], 1),
    ("official", [SON], 2), ("q", "Bui Thanh Son", 2), ("start", "1/1/2025", 2), ("end", "31/12/2017", 3), ("end", "2017", 3), ("start", "10/2025", 2),
    ("start", "01/01/1990", 15),
])
def test_each_filter_widget_narrows_the_meetings(key, value, count):
    at = app("meetings")
    text = key in ("q", "start", "end")
    widget = at.text_input(key=key) if text else at.multiselect(key=key)
    (widget.input(value) if text else widget.set_value(value)).run()
    assert f"{count} hội nghị" in texts(at)


def test_url_to_widgets():
    at = app("meetings", forum=["APEC"], level=["ministers", "bogus"], status="held", start="2021-01-01",
             q="AMM", lang="en", official=SON)
    assert at.multiselect(key="forum").value == ["APEC"]
    assert at.multiselect(key="level").value == ["ministers"]          # the unknown value is dropped
    assert at.multiselect(key="status").value == ["held"]
    assert at.multiselect(key="official").value == [SON]
    assert at.text_input(key="start").value == "01/01/2021"
    assert at.text_input(key="q").value == "AMM" and at.segmented_control(key="lang").value == "en"
    assert "1 meetings" in texts(at)


def test_a_forums_list_is_sent_only_when_opened():
    at = app("forums", lang="en")
    assert [e.label for e in at.expander][:2] == ["APEC · 9 meetings", "ASEAN · 6 meetings"] and not at.dataframe
    for key in [k for k in at.session_state.keys() if k.startswith("forum_list_")]:      # open both
        at.session_state[key] = True
    at.run()
    assert sorted((len(d.value), *set(d.value["Forum"])) for d in at.dataframe) == [(6, "ASEAN"), (9, "APEC")]


def test_widgets_to_url():
    at = app("timeline")
    at.multiselect(key="forum").set_value(["ASEAN"]).run()
    at.multiselect(key="status").set_value(["upcoming"]).run()
    at.segmented_control(key="lane").set_value("level").run()
    at.segmented_control(key="lang").set_value("en").run()
    assert dict(at.query_params) == {"forum": "ASEAN", "status": "upcoming", "lang": "en", "lane": "level"}
    assert "forum=ASEAN" not in texts(at)           # the share box is filled only when opened
    at.session_state["share_open"] = True
    at.run()
    assert ":8501?forum=ASEAN&status=upcoming&lang=en&lane=level" in texts(at)    # the share box: "/" is the timeline


def test_a_copied_link_reproduces_the_view():
    first = app("officials")
    first.multiselect(key="official").set_value([SON]).run()
    first.segmented_control(key="lang").set_value("en").run()
    params = {k: first.query_params.get_all(k) if hasattr(first.query_params, "get_all") else first.query_params[k]
              for k in first.query_params}
    second = app("officials", **params)
    assert second.multiselect(key="official").value == [SON]
    assert "Role history" in texts(second) and "Bùi Thanh Sơn" in texts(second)


@pytest.mark.parametrize("params", [
    {"forum": "NATO"}, {"start": "yesterday"}, {"lang": "fr"}, {"meeting": "no-such-meeting"}, {"lane": "x"},
    {"official": ""}, {"q": "x" * 5000}, {"unknown": "1"},
])
def test_malformed_parameters_fall_back_to_the_default_view(params):
    at = app("meetings", **params)
    assert not at.error and "hội nghị" in texts(at)


def test_meeting_detail_lists_sources_and_participants():
    at = app("meetings", meeting="apec-amm-32-2021", lang="en")
    assert at.selectbox(key="meeting").value == "apec-amm-32-2021"
    frames = [df.value for df in at.dataframe]
    sources = next(f for f in frames if "url" in f.columns)
    assert len(sources) == 2 and sources["url"].str.startswith("https://").sum() == 1
    # one article has no headline: its file stands for it, never "None" or "nan"
    assert sorted(sources["Nguồn" if "Nguồn" in sources else "Source"]) == [
        "001_7ebd6aafe0aa8c06.txt",
        "Các quan chức cao cấp tích cực phối hợp, chuẩn bị cho Tuần lễ cấp cao APEC vào tháng 11"]
    assert sorted(sources["Published"]) == ["2021-11", "—"] and sources["Evidence"].str.len().min() > 20
    people = next(f for f in frames if "Role" in f.columns)
    assert set(people["Name"]) == {"Bùi Thanh Sơn", "Nguyễn Hồng Diên", "Nanaia Mahuta", "Damien O’Connor"}
    assert people["Evidence"].str.len().min() > 20


def test_empty_state_names_the_filter():
    at = app("timeline", forum="ASEAN", q="Gyeongju")
    assert "Diễn đàn + Tìm kiếm" in texts(at)


def test_officials_page_role_history():
    at = app("officials", official=SON)
    meetings = at.dataframe[-1].value
    assert list(meetings.columns) == ["Tên", "Chức vụ", "Diễn đàn", "Thời gian", "Địa điểm"]
    assert list(meetings.iloc[:, 1]) == ["Chủ tịch SOM APEC 2017, Thứ trưởng Thường trực Bộ Ngoại giao",
                                         "Bộ trưởng Bộ Ngoại giao"]     # the title held at each meeting
    assert list(meetings.iloc[:, 0]) == ["Hội nghị Quan chức Cao cấp APEC lần thứ 2",
                                         "Hội nghị liên Bộ trưởng Ngoại giao - Kinh tế APEC lần thứ 32"]
    history = at.dataframe[-2].value
    assert list(history.iloc[:, 0]) == ["Chủ tịch SOM APEC 2017, Thứ trưởng Thường trực Bộ Ngoại giao", "Bộ trưởng Bộ Ngoại giao"]
    assert "Quốc gia: Việt Nam" in [c.value.replace("\\", "") for c in at.caption]   # the country, under the name (escaped Markdown)


def test_data_page_lists_problem_files(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text("Tiêu đề\n\nHội nghị Cấp cao ASEAN lần thứ 38 diễn ra ngày 26/10/2021.", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    run(folder, tmp_path / "out")
    monkeypatch.setenv("DIPLOMACY_DATA_DIR", str(tmp_path / "out"))
    at = app("data")
    problems = at.dataframe[-1].value
    assert list(problems["source_path"]) == ["empty.txt"] and "empty" in problems["problem"].iloc[0]


def test_downloads_are_offered():
    at = app("meetings", forum="ASEAN")
    assert len(at.get("download_button")) == 0      # made only when the downloads box is opened
    at.session_state["downloads_open"] = True
    at.run()
    assert len(at.get("download_button")) == 5                 # CSV and Parquet twice, and the calendar
    shown = int(texts(at).split(" hội nghị")[0].split()[-1])
    assert f"Hội nghị: {shown}" in texts(at)        # the download holds exactly the listed meetings


@pytest.mark.parametrize("damage", ["missing_column", "garbage", "missing_file"])
def test_bad_tables_give_a_message_not_a_traceback(tmp_path, monkeypatch, damage):
    out = tmp_path / "tables"
    for name in ("events", "participants", "officials", "articles"):
        out.mkdir(exist_ok=True)
        (out / f"{name}.parquet").write_bytes((ROOT / "data" / f"{name}.parquet").read_bytes())
    if damage == "missing_column":
        pd.read_parquet(out / "events.parquet").drop(columns=["forum"]).to_parquet(out / "events.parquet")
    elif damage == "garbage":
        (out / "events.parquet").write_bytes(b"not parquet at all")
    else:
        (out / "officials.parquet").unlink()
    monkeypatch.setenv("DIPLOMACY_DATA_DIR", str(out))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert at.error and "events.parquet" in texts(at) or "officials.parquet" in texts(at)


def test_article_text_is_never_markup(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    record = {"url": "javascript:alert(1)", "title": "<script>alert(1)</script> [x](javascript:alert(2))",
              "date": "2021-10-20", "text": "Hội nghị Cấp cao ASEAN lần thứ 38 sẽ diễn ra ngày 26/10/2021 tại "
                                            "<b>Hà Nội</b> với Thủ tướng Phạm Minh Chính tham dự."}
    (folder / "x.jsonl").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    run(folder, tmp_path / "out")
    monkeypatch.setenv("DIPLOMACY_DATA_DIR", str(tmp_path / "out"))
    event_id = pd.read_parquet(tmp_path / "out" / "events.parquet").event_id.iloc[0]
    at = app("meetings", meeting=event_id)
    markup = [m.value for m in at.markdown] + [h.value for h in at.get("html")]
    assert not any("<script>" in m or "javascript:" in m for m in markup)
    sources = next(df.value for df in at.dataframe if "url" in df.value.columns)
    assert (sources["url"].fillna("") == "").all()           # the javascript: address is not a link
    assert "<script>alert(1)</script>" in sources.iloc[0, 0]  # the title is shown as it is, as text


@pytest.mark.parametrize(("today", "upcoming", "unconfirmed"), [("2021-10-01", 5, 1), ("2026-12-02", 0, 6)])
def test_status_is_told_against_the_reference_date(monkeypatch, today, upcoming, unconfirmed):
    monkeypatch.setenv("DIPLOMACY_TODAY", today)
    at = app("meetings", lang="en")
    shown = at.dataframe[0].value["Status"].value_counts().to_dict()
    assert shown == {"held": 9, **({"upcoming": upcoming} if upcoming else {}),
                     "date passed, not reported held": unconfirmed}
    assert "planned" not in at.dataframe[0].value["Status"].tolist()
    at.multiselect(key="status").set_value(["unconfirmed"]).run()
    assert f"{unconfirmed} meetings" in texts(at)


@pytest.mark.parametrize(("params", "shown"), [
    ({"level": "ministers"}, ["32nd APEC Ministerial Meeting"]),
    ({"start": "2020-01-01"}, ["32nd APEC Ministerial Meeting"]),
    ({"end": "2018-01-01", "forum": "APEC"}, ["2nd APEC Senior Officials' Meeting"]),
])
def test_one_officials_meetings_obey_the_sidebar_filters(params, shown):
    at = app("officials", official=SON, lang="en", **params)
    meetings = at.dataframe[-1].value
    assert list(meetings["Name"]) == shown and set(meetings["Forum"]) == {"APEC"}
    [chart] = [c for c in at.get("plotly_chart") if "official_timeline" in c.proto.id]
    assert len(json.loads(chart.proto.spec)["data"]) == 1     # one marker: the meeting within the filters


def test_a_date_that_cannot_be_read_says_so_and_is_ignored():
    at = app("meetings", lang="en")
    at.text_input(key="end").input("31/02/2021").run()
    assert "15 meetings" in texts(at) and "end" not in dict(at.query_params)
    assert [w.value for w in at.warning] == [
        "The “To” date cannot be read and is ignored: write day/month/year, e.g. 26/10/2021."]


def test_a_link_says_which_part_was_not_understood():
    at = app("meetings", lang="en", forum=["APEC", "NATO"], official="bui-thanh-son-000000", start="soon",
             status="held", utm_source="chat")
    assert [w.value for w in at.warning] == ["Part of this link is not in the data or cannot be read, so it was left out:"]
    assert at.code[0].value.splitlines() == ["forum=NATO", "official=bui-thanh-son-000000", "start=soon"]
    assert at.multiselect(key="forum").value == ["APEC"] and "6 meetings" in texts(at)     # the rest applies
    at.multiselect(key="level").set_value(["leaders"]).run()
    assert not at.warning                                                   # gone once the view changes


def test_a_link_fully_understood_gives_no_notice():
    at = app("meetings", forum="ASEAN", status="planned", meeting="asean-summit-38-2021", lang="en")
    assert not at.warning


@pytest.mark.parametrize(("source", "inferred", "lang", "shown"), [
    ("article", True, "en", "from the article's date"), ("anchor", True, "vi", "suy từ một ngày có năm trước đó trong đoạn"),
    ("written", False, "en", "written in the date"), (None, True, "en", "Year from context"),   # tables made before the column
    ("number", True, "en", "from the meeting's number in its series"),
    ("host", True, "en", "from the place the meeting was held in"),
    ("calendar", True, "en", "from the days its series met on"),
])
def test_a_meeting_says_where_its_year_came_from(source, inferred, lang, shown):
    from dashboard.views import year_source_text
    assert year_source_text(pd.Series({"year_source": source, "year_inferred": inferred}), lang) == shown


def test_the_meeting_detail_shows_the_year_source():
    at = app("meetings", meeting="apec-amm-32-2021", lang="en")
    cells = [v for d in at.dataframe for col in d.value.columns for v in d.value[col].astype(str).tolist()]
    assert "from the article's date" in cells


@pytest.mark.parametrize(("level", "lang", "shown"), [
    ("foreign_minister", "en", "Foreign minister"), ("deputy_minister", "vi", "Thứ trưởng"), (None, "en", "—"),
    ("a_level_the_data_does_not_know", "en", "a_level_the_data_does_not_know"),
])
def test_a_titles_level_is_shown_in_words(level, lang, shown):
    from dashboard.views import level_name
    assert level_name(level, lang) == shown


def _walk(node):
    for child in getattr(node, "children", {}).values():
        yield child
        yield from _walk(child)


def test_the_chosen_meeting_is_shown_at_the_top_with_its_evidence_in_full():
    at = app("meetings", meeting="apec-amm-32-2021", lang="en")
    order = [e for e in _walk(at.main) if getattr(e, "type", "") in ("subheader", "text", "dataframe")]
    first_sub = next(i for i, e in enumerate(order) if e.type == "subheader")
    count = next(i for i, e in enumerate(order) if e.type == "text" and str(e.value).endswith("meetings"))
    assert "32nd APEC Ministerial Meeting" in order[first_sub].value and first_sub < count   # the detail first
    evidence = _evidence("apec-amm-32-2021")
    shown = [str(x.value) for x in at.text]
    assert evidence and all(s in shown for s in evidence)           # each sentence whole, as text
    [body] = [e for e in at.expander if e.label == "The article's text, evidence highlighted"][:1]
    pieces = [str(x.value) for x in body.text]
    assert any(p in evidence for p in pieces) and any(p not in evidence for p in pieces)
    assert not [m for m in at.markdown if any(s in m.value for s in evidence)]     # never as Markdown


def _evidence(event_id: str) -> list[str]:
    ev = pd.read_parquet(ROOT / "data" / "events.parquet").set_index("event_id")
    return list(ev.loc[event_id, "evidence"])


def _one_meeting_without_participants(tmp_path, monkeypatch) -> str:
    """The app on the tables of one article naming one meeting and nobody; its event_id."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Tiêu đề\n\nHội nghị Cấp cao ASEAN lần thứ 38 diễn ra ngày 26/10/2021.", encoding="utf-8")
    run(folder, tmp_path / "out")
    monkeypatch.setenv("DIPLOMACY_DATA_DIR", str(tmp_path / "out"))
    return pd.read_parquet(tmp_path / "out" / "events.parquet").event_id.iloc[0]


OWN, QUOTING = ("Hội nghị Cấp cao ASEAN lần thứ 38 diễn ra ngày 26/10/2021.",
                "Theo tin mới, Hội nghị Cấp cao ASEAN lần thứ 38 diễn ra ngày 26/10/2021.")


@pytest.mark.parametrize("typed", [True, False])
def test_each_source_shows_the_evidence_it_gave(tmp_path, monkeypatch, typed):
    """The second article's sentence holds the first's: the events table says which article gave
    which sentence (evidence_article_ids), so the second shows its own alone. Tables made before
    that column show what each article's text holds."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(f"Tin thứ nhất\n\n{OWN}", encoding="utf-8")
    (folder / "b.txt").write_text(f"Tin thứ hai\n\n{QUOTING}", encoding="utf-8")
    run(folder, tmp_path / "out")
    tables = tmp_path / "tables"
    tables.mkdir()
    for name in ("events", "participants", "officials", "articles"):
        df = pd.read_parquet(tmp_path / "out" / f"{name}.parquet")
        if name == "events" and not typed:
            df = df.drop(columns=["evidence_article_ids"])
        df.to_parquet(tables / f"{name}.parquet")
    monkeypatch.setenv("DIPLOMACY_DATA_DIR", str(tables))
    at = app("meetings", meeting="asean-summit-38-2021", lang="en")
    sources = next(df.value for df in at.dataframe if "url" in df.value.columns)
    shown = dict(zip(sources["Source"], sources["Evidence"]))
    assert shown == {"Tin thứ nhất": OWN, "Tin thứ hai": QUOTING if typed else f"{OWN}\n{QUOTING}"}


def test_a_meeting_without_participants_says_so(tmp_path, monkeypatch):
    event_id = _one_meeting_without_participants(tmp_path, monkeypatch)
    at = app("meetings", meeting=event_id, lang="en")
    assert "The articles name no participants for this meeting." in [i.value for i in at.info]


def test_the_data_page_says_it_ignores_the_filters():
    at = app("data", forum="ASEAN")
    assert "Trang này mô tả toàn bộ dữ liệu: các bộ lọc không áp dụng ở đây." in [i.value for i in at.info]


def test_officials_page_when_the_meetings_have_no_participants(tmp_path, monkeypatch):
    _one_meeting_without_participants(tmp_path, monkeypatch)
    at = app("officials", lang="en")
    assert [i.value for i in at.info] == ["The articles name no participants for the 1 meetings the filters leave."]


def test_the_calendar_holds_the_filtered_upcoming_meetings():
    from datetime import date, datetime

    from dashboard import data as D
    from dashboard import export, ics
    from dashboard import filters as F
    t = D.enrich(D.read_tables(ROOT / "data"))
    f = F.Filters(forum=("APEC",))
    events = F.apply(t.events, t.participants, f, date(2021, 10, 1))
    upcoming = events[events["status_now"] == "upcoming"]
    assert 0 < len(upcoming) < len(events)
    text = ics.calendar(upcoming, export.source_urls(upcoming, t.articles, t.details), datetime(2021, 10, 1),
                        "vi").decode().replace("\r\n ", "")
    assert text.count("BEGIN:VEVENT") == len(upcoming) and "ASEAN" not in text
    assert "https://" in text
    at = app("meetings", forum="APEC")
    at.session_state["downloads_open"] = True
    at.run()
    assert f"Lịch các hội nghị sắp diễn ra (.ics): {len(upcoming)}" in texts(at)


def test_a_source_without_an_address_shows_no_none():
    # 001_… in the seeds has no address line: its URL cell is empty, not Streamlit's grey "None"
    at = app("meetings", meeting="apec-amm-32-2021", lang="en")
    frames = [d.value for d in at.dataframe if "url" in d.value.columns]
    assert frames and all(v is not None and str(v) != "None" for v in frames[0]["url"])
    assert "" in frames[0]["url"].tolist()


def test_a_phone_gets_a_list_by_month_even_past_the_bars_limit(tmp_path, monkeypatch):
    # the density grid is for a wide screen; the phone's list (shown by CSS under 640 px) is sent too
    synthetic_tables(tmp_path, 2000)
    monkeypatch.setenv("DIPLOMACY_DATA_DIR", str(tmp_path))
    at = app("timeline", lang="en")
    lists = [d.value for d in at.dataframe]
    assert lists and len(lists[0]) == 1500 and "The latest 1500 meetings" in texts(at)
