"""Issue 12: article text is data in charts, headings and downloads, and a bad table gets a message.

The real browser shows the same (tests/test_browser_safety.py); here the figures, files and
the app's elements are checked directly.
"""
from __future__ import annotations

import csv
import io
from datetime import date

import pandas as pd
import pyarrow as arrow
import pyarrow.parquet as pq
import pytest
from streamlit.testing.v1 import AppTest

from dashboard import charts, data, export
from dashboard import filters as F
from dashboard.plain import WORD_JOINER, csv_cell, md_text
from dashboard.schema import column_problem

from .conftest import ROOT
from .hostile import BOLD, FORMULA, NAME, hostile_tables

APP = str(ROOT / "dashboard" / "app.py")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    event_id = hostile_tables(folder)
    return data.enrich(data.read_tables(folder)), event_id


def _strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from _strings(v)
    elif isinstance(obj, (list, tuple)):
        for v in obj:
            yield from _strings(v)
    elif hasattr(obj, "tolist"):
        yield from _strings(obj.tolist())


def _figures(tables, event_id):
    ev, parts = F.with_status(tables.events, date(2026, 1, 1)), tables.participants
    mine = parts[parts["event_id"] == event_id]
    return {"timeline": charts.timeline(ev, "en"),
            "timeline_by_level": charts.timeline(ev, "vi", lane="level", color="level"),
            "officials_bar": charts.officials_bar(parts, ev, "en"),
            "heatmap": charts.official_year_heatmap(parts, ev, "en"),
            "official_timeline": charts.official_timeline(mine, ev, "en"),
            "forum_year": charts.forum_year(ev, "en"),
            "per_outlet": charts.articles_per_outlet(tables.articles, "en"),
            "per_year": charts.meetings_per_year(ev, "en")}


@pytest.mark.parametrize("chart", ["timeline", "timeline_by_level", "officials_bar", "heatmap", "official_timeline",
                                   "forum_year", "per_outlet", "per_year"])
def test_no_chart_carries_article_markup(hostile, chart):
    """Labels, legends, hover texts and ticks hold the text escaped: no tag plotly would draw,
    no text plotly would typeset as LaTeX."""
    fig = _figures(*hostile)[chart]
    texts = list(_strings(fig.to_plotly_json()))
    assert not [s for s in texts if "<a " in s or BOLD in s or "<b>Huge" in s]
    assert not [s for s in texts if s.strip().startswith("$")]


def test_the_hostile_texts_are_there_escaped(hostile):
    figs = _figures(*hostile)
    legend = " ".join(t.name for t in figs["official_timeline"].data)
    assert "&lt;a href=\"https://evil.example/\"&gt;click me&lt;/a&gt;" in legend and "&#36;\\alpha&#36;" in legend
    assert "&lt;b&gt;bold&lt;/b&gt; Nguyễn &#36;y&#36;" in list(figs["officials_bar"].data[0].y)
    assert any("&lt;a href" in str(x) for t in figs["per_outlet"].data for x in t.x)


def test_markdown_is_escaped_and_addresses_stay_text():
    shown = md_text(NAME)
    assert "\\*\\*Huge\\*\\*" in shown and "\\:red\\[red\\]" in shown and "\\$x^2\\$".replace("^", "\\^") in shown
    assert "https://" not in shown and "https\\:" + WORD_JOINER + "\\/\\/evil" in shown
    assert shown.replace("\\", "").replace(WORD_JOINER, "") == NAME


@pytest.mark.parametrize(("cell", "expected"), [
    ("=1+2", "'=1+2"), ("+1", "'+1"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"),
    (FORMULA, "'" + FORMULA), ("Hà Nội", "Hà Nội"), ("a=b", "a=b"), (5, 5), (None, None),
])
def test_csv_cells_that_a_spreadsheet_would_run_are_text(cell, expected):
    assert csv_cell(cell) == expected


def test_the_csv_downloads_hold_no_formula(hostile):
    tables, event_id = hostile
    f = F.Filters(forum=("APEC",))
    events = F.apply(tables.events, tables.participants, f, date(2026, 1, 1))
    meetings = export.to_csv(export.meetings_table(events, tables.articles, tables.details))
    people = export.to_csv(export.participants_table(F.participants_of(events, tables.participants, f), tables.articles))
    for blob in (meetings, people):
        rows = list(csv.reader(io.StringIO(blob.decode("utf-8-sig"))))
        assert not [c for r in rows for c in r if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    back = pd.read_csv(io.BytesIO(meetings), encoding="utf-8-sig").set_index("event_id")
    assert back.loc[event_id, "location"] == "'" + FORMULA
    assert back["ordinal"].dtype.kind == "i"              # numbers stay numbers
    parquet = pd.read_parquet(io.BytesIO(export.to_parquet(export.meetings_table(events, tables.articles, tables.details))))
    assert FORMULA in set(parquet["location"])              # Parquet is data for programs: kept as it is


@pytest.mark.parametrize(("kind", "problem"), [
    (arrow.list_(arrow.list_(arrow.string())), None),          # per sentence, the articles that gave it
    (arrow.list_(arrow.list_(arrow.null())), None),            # nothing but empty lists
    (arrow.list_(arrow.string()), "the column evidence_article_ids holds list<item: string>, not a list of lists of text"),
    (arrow.string(), "the column evidence_article_ids holds string, not a list of lists of text"),
])
def test_evidence_article_ids_is_checked_when_present(kind, problem):
    events = arrow.schema([("event_id", arrow.string()), ("evidence_article_ids", kind)])
    assert column_problem("events", events) == problem
    assert column_problem("events", arrow.schema([("event_id", arrow.string())])) is None   # older tables


def _damage(out, table: str, column: str, value) -> None:
    t = pq.read_table(out / f"{table}.parquet")
    i = t.schema.get_field_index(column)
    t = t.set_column(i, column, arrow.array([value] * len(t)))
    pq.write_table(t, out / f"{table}.parquet")


@pytest.mark.parametrize(("table", "column", "value"), [
    ("events", "start_date", 20210101), ("events", "forum", 7), ("events", "article_ids", "a1 a2"),
    ("events", "year_inferred", "no"), ("events", "ordinal", "first"), ("participants", "event_id", 3),
    ("officials", "roles", "Bộ trưởng"), ("articles", "status", 1.5),
])
def test_a_column_of_the_wrong_type_gives_the_bad_table_message(tmp_path, monkeypatch, table, column, value):
    out = tmp_path / "tables"
    out.mkdir()
    for name in data.TABLES:
        (out / f"{name}.parquet").write_bytes((ROOT / "data" / f"{name}.parquet").read_bytes())
    _damage(out, table, column, value)
    monkeypatch.setenv("DIPLOMACY_DATA_DIR", str(out))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception, [e.value for e in at.exception]
    assert [e.value for e in at.error] == [data_bad_message()]
    shown = "\n".join(c.value for c in at.code)
    assert f"{table}.parquet" in shown and column in shown


def data_bad_message() -> str:
    from dashboard.i18n import t
    return t("bad_data", "vi")


def test_a_meeting_heading_is_the_name_as_written(hostile, tmp_path, monkeypatch):
    folder = tmp_path / "t"
    event_id = hostile_tables(folder)
    monkeypatch.setenv("DIPLOMACY_DATA_DIR", str(folder))
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["meeting"] = event_id
    at.run()
    at.switch_page("screens/meetings.py").run()
    assert not at.exception
    [heading] = [h.value for h in at.subheader if "Huge" in h.value]
    assert heading == md_text(NAME) and "**Huge**" not in heading


def test_the_server_answers_this_machine_only_by_default():
    """.streamlit/config.toml, as Streamlit reads it for `streamlit run` from the checkout."""
    import tomllib
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["address"] in ("localhost", "127.0.0.1", "::1")
