"""The README's promise: the tables in data/ (the dashboard's default data) are what the ETL of
this version builds from seeds/. A rule change that changes them must rebuild them
(`python -m etl`, written back as plain files)."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from etl import pipeline

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed-tables")
    pipeline.run(ROOT / "seeds", out, use_cache=False)
    return out


@pytest.mark.parametrize("name", ["articles", "events", "participants", "officials"])
def test_the_committed_seed_tables_are_what_this_etl_builds(built, name):
    pd.testing.assert_frame_equal(pd.read_parquet(ROOT / "data" / f"{name}.parquet"),
                                  pd.read_parquet(built / f"{name}.parquet"), obj=name)
