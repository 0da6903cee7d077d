"""Load the ETL's tables: where they are, whether they are stale, check their columns.

`read_tables` and `enrich` are pure (no Streamlit); `load` caches them keyed on the
files' modification times, so a rebuild shows without a restart.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DEFAULT_DATA = ROOT / "data"
ENV_VAR = "DIPLOMACY_DATA_DIR"
TABLES = ("events", "participants", "officials", "articles")
REQUIRED = {
    "events": ["event_id", "forum", "level", "meeting", "name_vi", "name_en", "ordinal", "start_date", "end_date",
               "date_precision", "year_inferred", "status", "location", "host", "mode", "article_ids", "evidence"],
    "participants": ["event_id", "article_id", "official_id", "name", "role", "country", "evidence"],
    "officials": ["official_id", "name", "country", "roles"],
    "articles": ["article_id", "source_path", "title", "url", "published", "outlet", "status", "problem"],
}
LEVEL_ORDER = ["leaders", "ministers", "senior_officials", "other"]


class DataError(Exception):
    """The tables cannot be used; the message says which file and why."""


@dataclass(frozen=True)
class Tables:
    events: pd.DataFrame
    participants: pd.DataFrame
    officials: pd.DataFrame
    articles: pd.DataFrame


def data_dir(secrets: dict | None = None) -> Path:
    """The folder of tables: $DIPLOMACY_DATA_DIR, else the `data_dir` secret, else data/."""
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR]).expanduser()
    if secrets and secrets.get("data_dir"):
        return Path(str(secrets["data_dir"])).expanduser()
    return DEFAULT_DATA


def signature(folder: Path) -> tuple:
    """What the cache is keyed on: each table's modification time and size."""
    out = []
    for name in TABLES:
        p = folder / f"{name}.parquet"
        st = p.stat() if p.exists() else None
        out.append((name, st.st_mtime_ns if st else None, st.st_size if st else None))
    return tuple(out)


def needs_build(folder: Path, seeds: Path = SEEDS, default: Path = DEFAULT_DATA) -> bool:
    """True when the default tables are missing or older than the newest seed article.
    Another folder (a team's corpus) is never rebuilt from the seeds."""
    if folder.resolve() != default.resolve() or not seeds.is_dir():
        return False
    if any(not (folder / f"{n}.parquet").exists() for n in TABLES):
        return True
    newest_seed = max((p.stat().st_mtime for p in seeds.rglob("*") if p.is_file()), default=0)
    oldest_table = min((folder / f"{n}.parquet").stat().st_mtime for n in TABLES)
    return newest_seed > oldest_table


def build(folder: Path, seeds: Path = SEEDS) -> None:
    from etl.pipeline import run
    run(seeds, folder)


def read_tables(folder: Path) -> Tables:
    frames = {}
    for name in TABLES:
        path = folder / f"{name}.parquet"
        if not path.exists():
            raise DataError(f"{path.name} is missing in {folder}: run `python -m etl` to build it.")
        try:
            df = pq.read_table(path).to_pandas()
        except Exception as exc:    # pyarrow raises several kinds for bad bytes
            raise DataError(f"{path.name} cannot be read ({exc.__class__.__name__}: {str(exc)[:120]}).") from exc
        missing = [c for c in REQUIRED[name] if c not in df.columns]
        if missing:
            raise DataError(f"{path.name} lacks the columns {', '.join(missing)}: rebuild it with `python -m etl`.")
        frames[name] = df
    return Tables(**frames)


def fold(text: str) -> str:
    from etl.merge import fold as _fold
    return _fold(text or "")


def enrich(t: Tables) -> Tables:
    """Columns the views need: dates as datetimes, year, the officials of each meeting,
    who led Viet Nam's delegation, and a diacritic-free search key."""
    ev = t.events.copy()
    ev["start_date"] = pd.to_datetime(ev["start_date"])
    ev["end_date"] = pd.to_datetime(ev["end_date"])
    month = ev["date_precision"] == "month"
    ev.loc[month, "end_date"] = ev.loc[month, "start_date"] + pd.offsets.MonthEnd(0)
    ev["year"] = ev["start_date"].dt.year
    ev["ordinal"] = ev["ordinal"].astype("Int64")
    pa = t.participants
    names = pa.groupby("event_id")["name"].agg(lambda s: ", ".join(dict.fromkeys(s)))
    leads = _vn_leads(pa)
    ev["officials"] = [names.get(e, "") for e in ev["event_id"]]
    ev["vn_lead"] = [leads.get(e, "") for e in ev["event_id"]]
    ev["countries"] = ev["event_id"].map(pa.dropna(subset=["country"]).groupby("event_id")["country"]
                                         .agg(lambda s: sorted(set(s)))).apply(lambda v: v if isinstance(v, list) else [])
    cols = ["name_vi", "name_en", "forum", "meeting", "location", "host", "officials", "ordinal", "event_id"]
    ev["search_key"] = [fold(" ".join(str(v) for v in row if v is not None and not pd.isna(v)))
                        for row in ev[cols].itertuples(index=False)]
    ev["level"] = pd.Categorical(ev["level"], categories=LEVEL_ORDER)
    return Tables(ev, pa, t.officials, t.articles)


_RANK = ("Chủ tịch nước", "Tổng Bí thư", "Thủ tướng", "Chủ tịch Quốc hội", "Phó Chủ tịch nước", "Phó Thủ tướng",
         "Bộ trưởng", "Thứ trưởng", "Đại sứ")


def _rank(role: str) -> int:
    return next((i for i, r in enumerate(_RANK) if role and role.startswith(r)), len(_RANK))


def _vn_leads(pa: pd.DataFrame) -> dict[str, str]:
    vn = pa[pa["country"] == "Việt Nam"]
    out = {}
    for eid, rows in vn.groupby("event_id"):
        best = min(rows.itertuples(), key=lambda r: _rank(r.role))
        out[eid] = best.name
    return out


def safe_url(url) -> str | None:
    """Only web addresses become links: a 'javascript:' URL from an article is shown as nothing."""
    if isinstance(url, str) and url.lower().startswith(("http://", "https://")):
        return url
    return None
