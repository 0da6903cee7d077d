"""Filters: from and to the URL, applied to tables, and the reason a view is empty."""
from __future__ import annotations

import os
from datetime import date

import pandas as pd
import pytest

from dashboard import data
from dashboard import filters as F

from .conftest import ROOT


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
    f = F.Filters(forum=("ASEAN",), level=("leaders", "ministers"), status=("planned",), start=date(2021, 1, 1), q="ASEAN 38")
    params = F.url_params(f, {"lang": "en", "lane": "level", "meeting": None})
    assert params == {"forum": ["ASEAN"], "level": ["leaders", "ministers"], "status": ["planned"],
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
    (F.Filters(status=("planned",)), lambda ev: set(ev.status) == {"planned"}),
    (F.Filters(start=date(2025, 1, 1)), lambda ev: (ev.end_date >= pd.Timestamp(2025, 1, 1)).all()),
    (F.Filters(end=date(2017, 12, 31)), lambda ev: (ev.start_date.dt.year == 2017).all()),
    (F.Filters(country=("Hàn Quốc",)), lambda ev: list(ev.event_id) == ["apec-amm-36-2025"]),
])
def test_each_filter_narrows(tables, filters, check):
    ev = F.apply(tables.events, tables.participants, filters)
    assert 0 < len(ev) < len(tables.events) and check(ev)


def test_official_filter_and_their_participations(tables):
    son = tables.officials.loc[tables.officials.name == "Bùi Thanh Sơn", "official_id"].iloc[0]
    f = F.Filters(official=(son,))
    ev = F.apply(tables.events, tables.participants, f)
    assert sorted(ev.event_id) == ["apec-amm-32-2021", "apec-som-2-2017"]
    assert set(F.participants_of(ev, tables.participants, f).name) == {"Bùi Thanh Sơn"}


@pytest.mark.parametrize("q", ["Bui Thanh Son", "bùi thanh sơn", "BUI THANH SON"])
def test_search_ignores_diacritics_and_case(tables, q):
    ev = F.apply(tables.events, tables.participants, F.Filters(q=q))
    assert sorted(ev.event_id) == ["apec-amm-32-2021", "apec-som-2-2017"]


def test_empty_reason_names_the_filter(tables):
    f = F.Filters(forum=("ASEAN",), q="Gyeongju")
    assert F.apply(tables.events, tables.participants, f).empty
    assert F.empty_reason(tables.events, tables.participants, f) == "forum+q"
    assert F.empty_reason(tables.events, tables.participants, F.Filters(start=date(2030, 1, 1))) == "start"


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
