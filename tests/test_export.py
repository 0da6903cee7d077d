"""Downloads: exactly the filtered meetings and their participants, with source links."""
from __future__ import annotations

import io
from datetime import date

import pandas as pd

from dashboard import data, export
from dashboard import filters as F

from .conftest import ROOT


def test_downloads_hold_exactly_the_filtered_rows_with_links():
    tables = data.enrich(data.read_tables(ROOT / "data"))
    f = F.Filters(forum=("APEC",), status=("held",))
    events = F.apply(tables.events, tables.participants, f, date(2021, 10, 1))
    meetings = export.meetings_table(events, tables.articles, tables.details)
    assert sorted(meetings.event_id) == sorted(events.event_id) and set(meetings.forum) == {"APEC"}
    amm = meetings.set_index("event_id").loc["apec-amm-32-2021"]
    assert amm.source_urls.startswith("https://baoquocte.vn/") and len(amm.article_ids.split()) == 2
    people = export.participants_table(F.participants_of(events, tables.participants, f), tables.articles)
    assert set(people.event_id) <= set(events.event_id) and people.evidence.str.len().min() > 20
    back = pd.read_csv(io.BytesIO(export.to_csv(meetings)), encoding="utf-8-sig")
    assert list(back.event_id) == list(meetings.event_id)
    assert pd.read_parquet(io.BytesIO(export.to_parquet(people))).shape == people.shape


def test_csv_starts_with_a_bom_so_spreadsheets_read_vietnamese():
    raw = export.to_csv(pd.DataFrame({"name": ["Bùi Thanh Sơn"]}))
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw[3:].decode("utf-8").splitlines() == ["name", "Bùi Thanh Sơn"]
