"""seeds/ -> the meetings a careful reader finds in them. The expected file is reviewed like code:
tests/golden/seeds_events.json was checked sentence by sentence against the five articles."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from etl.pipeline import run

from .conftest import SEEDS

GOLDEN = Path(__file__).with_name("golden") / "seeds_events.json"


@pytest.fixture(scope="module")
def seed_tables(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed_tables")
    report = run(SEEDS, out, use_cache=False)
    assert report.files == 5 and report.ok == 5
    return {name: pd.read_parquet(out / f"{name}.parquet") for name in ("articles", "events", "participants")}


def _actual(t) -> list[dict]:
    files = dict(zip(t["articles"].article_id, t["articles"].source_path))
    p = t["participants"]
    rows = []
    for r in t["events"].itertuples():
        rows.append({
            "event_id": r.event_id, "forum": r.forum, "level": r.level, "meeting": r.meeting,
            "ordinal": None if pd.isna(r.ordinal) else int(r.ordinal), "start": str(r.start_date),
            "end": str(r.end_date), "precision": r.date_precision, "status": r.status,
            "location": r.location if isinstance(r.location, str) else None,
            "mode": r.mode if isinstance(r.mode, str) else None,
            "files": sorted(files[a] for a in r.article_ids),
            "officials": sorted(set(p[p.event_id == r.event_id].name)),
            "date_conflicts": list(r.date_conflicts),
        })
    return sorted(rows, key=lambda r: (r["start"], r["event_id"]))


def test_seed_meetings_match_the_reviewed_golden_file(seed_tables):
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert _actual(seed_tables) == expected


def test_seed_articles_metadata(seed_tables):
    a = seed_tables["articles"].set_index("source_path")
    assert a.loc["000_8589eff703247d6a.txt", "url"].startswith("https://baoquocte.vn/")
    assert a.loc["001_7ebd6aafe0aa8c06.txt", "published"] == "2021-11"
    assert a.loc["002_bbc2da17e66adc14.txt", "title"] == "Bế mạc Hội nghị lần thứ hai các quan chức cao cấp APEC 2017"
    assert "Ý kiến bạn đọc" not in a.loc["004_b59e608dfb0a9f3a.txt", "text"]


def test_every_participation_keeps_its_sentence(seed_tables):
    p, a = seed_tables["participants"], seed_tables["articles"].set_index("article_id")
    assert not p.empty
    for row in p.itertuples():
        assert row.evidence in a.loc[row.article_id, "text"]


@pytest.mark.parametrize("at_once", [1, 2])
def test_the_merge_writes_the_same_tables_whatever_its_batches(seed_tables, at_once, tmp_path, monkeypatch):
    """keyed._apply stores the meetings it builds BUILT_AT_ONCE at a time (State.put_built): any
    cut between batches gives the tables one batch gives."""
    from etl import keyed
    monkeypatch.setattr(keyed, "BUILT_AT_ONCE", at_once)
    run(SEEDS, tmp_path, use_cache=False)
    assert len(seed_tables["events"]) > 2 * at_once
    for name, table in seed_tables.items():
        assert pd.read_parquet(tmp_path / f"{name}.parquet").equals(table), name
