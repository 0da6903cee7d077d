"""Filters: from and to the URL, applied to tables, and the reason a view is empty."""
from __future__ import annotations

import os
from datetime import date

import numpy as np
import pandas as pd
import pytest

from dashboard import data
from dashboard import filters as F

from .conftest import ROOT

DAY = date(2021, 10, 1)       # the reference date of these tests: some meetings ahead, some past


@pytest.fixture(scope="module")
def tables():
    return data.enrich(data.read_tables(ROOT / "data"))


@pytest.fixture(scope="module")
def options(tables):
    return F.Options.of(tables.events, tables.officials)


def test_query_params_to_filters_drop_what_is_unknown(options):
    f = F.from_query_params({"forum": ["APEC", "NATO"], "level": "leaders", "status": ["held", "maybe"],
                             "start": "2021-13-40", "end": "2021-12-31", "q": "  Sơn ", "official": "nobody"}, options)
    assert (f.forum, f.level, f.status, f.start, f.end, f.q, f.official) == (
        ("APEC",), ("leaders",), ("held",), None, date(2021, 12, 31), "Sơn", ())


def test_reversed_dates_are_swapped(options):
    f = F.from_query_params({"start": "2022-01-01", "end": "2021-01-01"}, options)
    assert (f.start, f.end) == (date(2021, 1, 1), date(2022, 1, 1))


def test_round_trip_through_the_url(options):
    f = F.Filters(forum=("ASEAN",), level=("leaders", "ministers"), status=("upcoming",), start=date(2021, 1, 1), q="ASEAN 38")
    params = F.url_params(f, {"lang": "en", "lane": "level", "meeting": None})
    assert params == {"forum": ["ASEAN"], "level": ["leaders", "ministers"], "status": ["upcoming"],
                      "start": "2021-01-01", "q": "ASEAN 38", "lang": "en", "lane": "level"}
    assert F.from_query_params(params, options) == f
    assert F.view_from_query_params(params) == {"lang": "en", "lane": "level", "meeting": None}


def test_view_defaults_for_anything_unknown():
    assert F.view_from_query_params({"lang": "fr", "lane": "x", "meeting": "no-such"}, ["apec-amm-32-2021"]) == F.VIEW_DEFAULTS


def test_share_url_is_language_independent():
    url = F.share_url("http://h:8501", "officials", F.Filters(official=("bui-thanh-son-7facf0",)), {"lang": "en"})
    assert url == "http://h:8501/officials?official=bui-thanh-son-7facf0&lang=en"


@pytest.mark.parametrize(("filters", "check"), [
    (F.Filters(forum=("ASEAN",)), lambda ev: set(ev.forum) == {"ASEAN"}),
    (F.Filters(level=("leaders",)), lambda ev: set(ev.level.astype(str)) == {"leaders"}),
    (F.Filters(status=("upcoming",)), lambda ev: set(ev.status_now) == {"upcoming"}),
    (F.Filters(status=("unconfirmed",)), lambda ev: list(ev.event_id) == ["apec-mrt-2017-05"]),
    (F.Filters(start=date(2025, 1, 1)), lambda ev: (ev.end_date >= pd.Timestamp(2025, 1, 1)).all()),
    (F.Filters(end=date(2017, 12, 31)), lambda ev: (ev.start_date.dt.year == 2017).all()),
    (F.Filters(country=("Hàn Quốc",)), lambda ev: list(ev.event_id) == ["apec-amm-36-2025"]),
])
def test_each_filter_narrows(tables, filters, check):
    ev = F.apply(tables.events, tables.participants, filters, DAY)
    assert 0 < len(ev) < len(tables.events) and check(ev)


def test_no_filter_is_every_meeting_without_a_copy(tables):
    ev = F.apply(tables.events, tables.participants, F.Filters(), DAY)
    assert list(ev.event_id) == list(tables.events.event_id) and "status_now" in ev
    assert np.shares_memory(ev["start_date"].to_numpy(), tables.events["start_date"].to_numpy())    # a view
    assert "status_now" not in tables.events                                                      # untouched


def test_official_filter_and_their_participations(tables):
    son = tables.officials.loc[tables.officials.name == "Bùi Thanh Sơn", "official_id"].iloc[0]
    f = F.Filters(official=(son,))
    ev = F.apply(tables.events, tables.participants, f, DAY)
    assert sorted(ev.event_id) == ["apec-amm-32-2021", "apec-som-2-2017"]
    assert set(F.participants_of(ev, tables.participants, f).name) == {"Bùi Thanh Sơn"}


@pytest.mark.parametrize("q", ["Bui Thanh Son", "bùi thanh sơn", "BUI THANH SON"])
def test_search_ignores_diacritics_and_case(tables, q):
    ev = F.apply(tables.events, tables.participants, F.Filters(q=q), DAY)
    assert sorted(ev.event_id) == ["apec-amm-32-2021", "apec-som-2-2017"]


def test_empty_reason_names_the_filter(tables):
    f = F.Filters(forum=("ASEAN",), q="Gyeongju")
    assert F.apply(tables.events, tables.participants, f, DAY).empty
    assert F.empty_reason(tables.events, tables.participants, f, DAY) == "forum+q"
    assert F.empty_reason(tables.events, tables.participants, F.Filters(start=date(2030, 1, 1)), DAY) == "start"


def test_needs_build_compares_content_not_file_times(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Hội nghị Cấp cao ASEAN lần thứ 38 diễn ra ngày 26/10/2021.", encoding="utf-8")
    folder = tmp_path / "data"
    assert data.needs_build(folder, seeds, default=folder)                       # missing
    from etl.pipeline import run
    run(seeds, folder)
    assert not data.needs_build(folder, seeds, default=folder)
    os.utime(seeds / "a.txt")                                                    # newer, same content
    assert not data.needs_build(folder, seeds, default=folder)
    (seeds / "b.txt").write_text("Bài mới.", encoding="utf-8")
    assert data.needs_build(folder, seeds, default=folder)                       # a new seed
    assert not data.needs_build(folder, seeds, default=tmp_path / "elsewhere")   # a team's folder is never rebuilt


def test_bad_tables_give_a_clear_message(tmp_path):
    with pytest.raises(data.DataError, match="events.parquet is missing"):
        data.read_tables(tmp_path)


def test_data_dir_setting(monkeypatch, tmp_path):
    monkeypatch.delenv(data.ENV_VAR, raising=False)
    assert data.data_dir() == data.DEFAULT_DATA
    assert data.data_dir({"data_dir": str(tmp_path)}) == tmp_path
    monkeypatch.setenv(data.ENV_VAR, str(tmp_path / "x"))
    assert data.data_dir({"data_dir": "ignored"}) == tmp_path / "x"


def test_search_finds_a_meeting_without_a_number(tables):
    unnumbered = tables.events[tables.events.ordinal.isna()]
    assert len(unnumbered)
    for _, row in unnumbered.iterrows():
        ev = F.apply(tables.events, tables.participants, F.Filters(q=f"{row.event_id}"), DAY)
        assert list(ev.event_id) == [row.event_id]
        words = data.fold(row.name_vi).split()[:6]
        assert row.event_id in set(F.apply(tables.events, tables.participants, F.Filters(q=" ".join(words)), DAY).event_id)


def _raw(events: list[dict], people: list[dict]) -> data.Tables:
    base = {"forum": "ASEAN", "level": "leaders", "meeting": "Summit", "name_vi": "Hội nghị Cấp cao ASEAN",
            "name_en": "ASEAN Summit", "ordinal": None, "start_date": date(2021, 10, 26), "end_date": date(2021, 10, 28),
            "date_precision": "day", "year_inferred": False, "status": "held", "location": None, "host": None,
            "mode": None, "article_ids": ["a"], "evidence": ["x"]}
    ev = pd.DataFrame([{**base, **e} for e in events])
    pa = pd.DataFrame([{"article_id": "a", "official_id": p["name"], "evidence": "x", **p} for p in people],
                      columns=["event_id", "article_id", "official_id", "name", "role", "country", "evidence"])
    return data.Tables(ev, pa, pd.DataFrame(columns=["official_id", "name", "country", "roles"]), pd.DataFrame())


def test_each_meeting_lists_its_officials_once_in_order_and_who_led_viet_nam():
    t = data.enrich(_raw(
        [{"event_id": "m1"}, {"event_id": "m2", "location": "Đà Nẵng"}, {"event_id": "m3"}],
        [{"event_id": "m2", "name": "Lê Văn B", "role": "Thứ trưởng Ngoại giao", "country": "Việt Nam"},
         {"event_id": "m1", "name": "Wang Yi", "role": "Bộ trưởng Ngoại giao", "country": "Trung Quốc"},
         {"event_id": "m2", "name": "Phạm Minh Chính", "role": "Thủ tướng", "country": "Việt Nam"},
         {"event_id": "m2", "name": "Lê Văn B", "role": "Thứ trưởng", "country": "Việt Nam"},
         {"event_id": "gone", "name": "Nobody", "role": "Bộ trưởng", "country": "Việt Nam"},
         {"event_id": "m1", "name": "Bùi Thanh Sơn", "role": "Bộ trưởng Ngoại giao", "country": "Việt Nam"}]))
    ev = t.events.set_index("event_id")
    assert list(ev.officials) == ["Wang Yi, Bùi Thanh Sơn", "Lê Văn B, Phạm Minh Chính", ""]
    assert list(ev.vn_lead) == ["Bùi Thanh Sơn", "Phạm Minh Chính", ""]
    assert "pham minh chinh" in ev.loc["m2", "search_key"] and "da nang" in ev.loc["m2", "search_key"]
    assert list(t.participants.event_row) == [1, 0, 1, 1, -1, 0]
    assert ev.location.map(type).tolist()[1] is str and pd.isna(ev.location["m1"])


def test_warm_fills_the_shared_cache_once(monkeypatch, tmp_path):
    from dashboard import loading
    for name in data.TABLES:
        (tmp_path / f"{name}.parquet").write_bytes((ROOT / "data" / f"{name}.parquet").read_bytes())
    monkeypatch.setenv(data.ENV_VAR, str(tmp_path))
    reads = []
    monkeypatch.setattr(data, "read_tables", lambda folder, real=data.read_tables: reads.append(folder) or real(folder))
    loading._load.clear()
    loading.warm()
    assert reads == [tmp_path]
    tables, options = loading._load(str(tmp_path), data.signature(tmp_path))
    assert reads == [tmp_path] and len(tables.events) and options.forums
    (tmp_path / "events.parquet").write_bytes(b"not parquet")     # a bad table: warm() leaves it to the page
    loading.warm()
    assert len(reads) == 2


@pytest.mark.parametrize(("month", "start", "end"), [
    (2021 * 12 + 5, date(2021, 6, 1), date(2021, 6, 30)),
    (2024 * 12 + 1, date(2024, 2, 1), date(2024, 2, 29)),
    (2025 * 12 + 11, date(2025, 12, 1), date(2025, 12, 31)),
])
def test_a_density_cell_narrows_to_its_lane_and_month(tables, options, month, start, end):
    values = F.drill_values("forum", "ASEAN", month)
    assert values == {"forum": ["ASEAN"], "start": F.fmt_day_input(start), "end": F.fmt_day_input(end)}
    f = F.from_query_params(values, options)
    shown = F.apply(tables.events, tables.participants, f, DAY)
    assert (shown["forum"] == "ASEAN").all()
    assert ((shown["start_date"] <= pd.Timestamp(end)) & (shown["end_date"] >= pd.Timestamp(start))).all()


def test_search_is_cut_to_200_characters(options):
    # from the link and from the sidebar's box alike (both go through from_query_params)
    f = F.from_query_params({"q": "Sơn " * 100}, options)
    assert len(f.q) <= 200 and f.q == ("Sơn " * 100)[:200].strip()
    assert len(F.from_query_params({"q": "x" * 10_000}, options).q) == 200


@pytest.mark.parametrize(("status", "end", "today", "now"), [
    ("held", "2021-11-09", date(2021, 10, 1), "held"),              # reported held, even before its date
    ("planned", "2021-11-09", date(2021, 10, 1), "upcoming"),
    ("planned", "2021-10-01", date(2021, 10, 1), "upcoming"),       # its last day is today
    ("planned", "2021-09-30", date(2021, 10, 1), "unconfirmed"),    # date passed, no report it was held
    ("planned", "2017-05-21", date(2026, 12, 2), "unconfirmed"),
])
def test_status_is_told_against_the_reference_date(status, end, today, now):
    got = F.status_on(pd.Series([status]), pd.Series([pd.Timestamp(end)]), today)
    assert list(got) == [now]


def test_the_same_filter_on_another_day(tables):
    ahead = F.Filters(status=("upcoming",))
    assert len(F.apply(tables.events, tables.participants, ahead, DAY)) == 5
    assert F.apply(tables.events, tables.participants, ahead, date(2026, 1, 1)).empty
    passed = F.apply(tables.events, tables.participants, F.Filters(status=("unconfirmed",)), date(2026, 1, 1))
    assert len(passed) == 6 and set(passed.status) == {"planned"}


def test_an_old_link_asking_for_planned_gets_both_kinds_of_not_held(options):
    f = F.from_query_params({"status": "planned"}, options)
    assert f.status == ("upcoming", "unconfirmed")


@pytest.mark.parametrize(("environ", "today"), [
    ({}, date(2026, 12, 2)), ({"DIPLOMACY_TODAY": "2021-10-01"}, date(2021, 10, 1)),
    ({"DIPLOMACY_TODAY": "soon"}, date(2026, 12, 2)),
])
def test_reference_date(environ, today):
    assert data.reference_date(environ, date(2026, 12, 2)) == today


@pytest.mark.parametrize(("value", "shown"), [
    ("Bài báo", "Bài báo"), (None, "—"), (float("nan"), "—"), (pd.NA, "—"), ("", "—"), ("  ", "—"),
])
def test_a_missing_value_is_never_shown_as_none_or_nan(value, shown):
    """pandas 2 gives None in object columns, pandas 3 NaN (truthy) in string columns."""
    assert data.text_or(value, "—") == shown
    assert data.present(value) == (shown != "—")


@pytest.mark.parametrize(("text", "first", "last"), [
    ("26/10/2021", date(2021, 10, 26), date(2021, 10, 26)),
    ("6/1/1989", date(1989, 1, 6), date(1989, 1, 6)),          # before any ten-year window
    ("26-10-2021", date(2021, 10, 26), date(2021, 10, 26)),
    ("26.10.2021", date(2021, 10, 26), date(2021, 10, 26)),
    ("2021-10-26", date(2021, 10, 26), date(2021, 10, 26)),     # the links' form
    ("10/2021", date(2021, 10, 1), date(2021, 10, 31)),
    ("tháng 2/2024", date(2024, 2, 1), date(2024, 2, 29)),
    ("2021", date(2021, 1, 1), date(2021, 12, 31)),
    ("năm 2021", date(2021, 1, 1), date(2021, 12, 31)),
    ("31/02/2021", None, None), ("13/2021", None, None), ("yesterday", None, None), ("", None, None),
])
def test_typed_dates(text, first, last):
    assert (F.parse_day(text), F.parse_day(text, last=True)) == (first, last)


@pytest.mark.parametrize(("name", "shown"), [
    ("Bùi Thanh Sơn", "Bùi Thanh Sơn · Bui Thanh Son"), ("Đặng Hoàng Giang", "Đặng Hoàng Giang · Dang Hoang Giang"),
    ("Nanaia Mahuta", "Nanaia Mahuta"), ("Damien O’Connor", "Damien O’Connor"),
])
def test_an_officials_name_can_be_found_without_diacritics(name, shown):
    assert data.searchable_name(name) == shown


def test_what_a_link_names_that_the_data_does_not_hold(options):
    params = {"forum": ["APEC", "NATO"], "level": "leaders", "official": ["nobody", ""], "country": "Atlantis",
              "status": ["planned", "maybe"], "start": "2021-13-40", "end": "2021", "lang": "fr", "lane": "forum",
              "meeting": "gone-2020", "fbclid": "x"}
    assert F.not_understood(params, options, ["apec-amm-32-2021"]) == [
        "forum=NATO", "official=nobody", "country=Atlantis", "status=maybe", "lang=fr", "meeting=gone-2020",
        "start=2021-13-40"]


@pytest.mark.parametrize(("url", "page", "base"), [
    ("http://h:8501/officials?forum=APEC", "officials", "http://h:8501"),
    ("http://h:8501/?forum=APEC", "", "http://h:8501"),
    ("https://intra.example/tools/diplomacy/meetings?meeting=x", "meetings", "https://intra.example/tools/diplomacy"),
    ("https://intra.example/tools/diplomacy/", "", "https://intra.example/tools/diplomacy"),
    ("https://intra.example/meetings-app/forums", "forums", "https://intra.example/meetings-app"),
    ("", "meetings", "http://localhost:8501"),
])
def test_the_shared_link_keeps_the_apps_base_path(url, page, base):
    assert F.app_base(url, page) == base
    assert F.share_url(F.app_base(url, page), page, F.Filters(forum=("APEC",))).startswith(f"{base}/{page}".rstrip("/"))
