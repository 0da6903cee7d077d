"""Load the ETL's tables: where they are, whether they are stale, check their columns.

`read_tables` and `enrich` are pure (no Streamlit); `load` caches them keyed on the
files' modification times, so a rebuild shows without a restart.
"""
from __future__ import annotations

import hashlib
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
    events: pd.DataFrame            # what filters, charts and lists need: one light row per meeting
    participants: pd.DataFrame
    officials: pd.DataFrame
    articles: pd.DataFrame
    details: pd.DataFrame | None = None     # per event_id: article_ids, evidence, date_conflicts (heavy lists)


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
    """True when the default tables are missing, unreadable or not built from the seed articles
    as they are now (compared by content, so a fresh checkout's file times do not matter).
    Another folder (a team's corpus) is never rebuilt from the seeds."""
    if folder.resolve() != default.resolve() or not seeds.is_dir():
        return False
    if any(not (folder / f"{n}.parquet").exists() for n in TABLES):
        return True
    try:
        built = pq.read_table(folder / "articles.parquet", columns=["source_path", "content_hash"]).to_pylist()
    except Exception:       # unreadable: rebuilding is the fix
        return True
    now = {p.relative_to(seeds).as_posix(): hashlib.sha1(p.read_bytes()).hexdigest()
           for p in seeds.rglob("*") if p.is_file() and not p.name.startswith(".")}
    return {r["source_path"]: r["content_hash"] for r in built} != now


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


def fold_series(values: pd.Series) -> pd.Series:
    """fold() for a whole column at once, in pyarrow (100,000 rows in a small fraction of a second)."""
    import pyarrow as arrow
    import pyarrow.compute as pc
    arr = arrow.array(values.fillna("").astype(str).tolist(), type=arrow.string())
    arr = pc.replace_substring(pc.replace_substring(arr, "đ", "d"), "Đ", "D")
    arr = pc.replace_substring_regex(pc.utf8_normalize(arr, "NFD"), "[\\x{0300}-\\x{036f}]", "")
    return pd.Series(pc.utf8_lower(arr).to_pandas(), index=values.index)


def enrich(t: Tables) -> Tables:
    """Columns the views need: dates as datetimes, year, the officials of each meeting,
    who led Viet Nam's delegation, and a diacritic-free search key. Vectorised throughout."""
    ev = t.events.copy()
    ev["start_date"] = pd.to_datetime(ev["start_date"])
    ev["end_date"] = pd.to_datetime(ev["end_date"])
    month = ev["date_precision"] == "month"
    ev.loc[month, "end_date"] = ev.loc[month, "start_date"] + pd.offsets.MonthEnd(0)
    ev["year"] = ev["start_date"].dt.year
    ev["ordinal"] = ev["ordinal"].astype("Int64")
    pa = t.participants
    names = _names_per_event(pa)
    ev["officials"] = ev["event_id"].map(names).astype(object).where(lambda v: v.notna(), "")
    ev["vn_lead"] = ev["event_id"].map(_vn_leads(pa)).astype(object).where(lambda v: v.notna(), "")
    key = pd.Series("", index=ev.index, dtype=object)
    for col in ("name_vi", "name_en", "forum", "meeting", "location", "host", "officials", "event_id"):
        key = key + " " + ev[col].fillna("").astype(str)
    ev["search_key"] = fold_series(key + " " + ev["ordinal"].astype(str).replace("<NA>", ""))
    ev["level"] = pd.Categorical(ev["level"], categories=LEVEL_ORDER)
    ev["row"] = range(len(ev))
    ev["month"] = (ev["start_date"].dt.year * 12 + ev["start_date"].dt.month - 1).astype("int32")
    # Each participation's meeting as a row number: filtering 200,000 participations by the
    # chosen meetings is then a fast integer test instead of a string hash per row.
    pa = pa.assign(event_row=pd.Index(ev["event_id"]).get_indexer(pa["event_id"]))
    # The list columns stay out of the frame every filter copies; a meeting's detail looks them up.
    heavy = [c for c in ("article_ids", "evidence", "date_conflicts", "date_text", "rule") if c in ev.columns]
    details = ev[["event_id", *heavy]].set_index("event_id")
    return Tables(_plain(ev.drop(columns=heavy)), _plain(pa), t.officials, t.articles, details)


def _plain(df: pd.DataFrame) -> pd.DataFrame:
    """Text columns as plain Python strings: every filter change copies the chosen rows, and
    taking rows of object arrays is several times faster than of Arrow-backed strings."""
    text = [c for c in df.columns if isinstance(df[c].dtype, pd.StringDtype)]
    return df.astype({c: object for c in text}) if text else df


def _names_per_event(pa: pd.DataFrame) -> pd.Series:
    """event_id -> "Name A, Name B" in the order the articles give them (pyarrow: a groupby
    with a Python join per meeting takes seconds at 100,000 meetings)."""
    import pyarrow as arrow
    import pyarrow.compute as pc
    people = pa.drop_duplicates(["event_id", "name"])[["event_id", "name"]]
    table = arrow.Table.from_pandas(people, preserve_index=False).cast(
        arrow.schema([("event_id", arrow.string()), ("name", arrow.string())]))
    grouped = table.group_by("event_id", use_threads=False).aggregate([("name", "list")])
    joined = pc.binary_join(grouped["name_list"], ", ")
    return pd.Series(joined.to_pandas().to_numpy(), index=grouped["event_id"].to_pandas().to_numpy())


_RANK = ("Chủ tịch nước", "Tổng Bí thư", "Thủ tướng", "Chủ tịch Quốc hội", "Phó Chủ tịch nước", "Phó Thủ tướng",
         "Bộ trưởng", "Thứ trưởng", "Đại sứ")


def _rank(role: str) -> int:
    return next((i for i, r in enumerate(_RANK) if isinstance(role, str) and role.startswith(r)), len(_RANK))


def _vn_leads(pa: pd.DataFrame) -> pd.Series:
    """event_id -> the highest-ranking Vietnamese participant (by the title held then)."""
    vn = pa[pa["country"] == "Việt Nam"]
    if vn.empty:
        return pd.Series(dtype=object)
    ranks = {role: _rank(role) for role in vn["role"].unique()}
    vn = vn.assign(rank=vn["role"].map(ranks)).sort_values(["event_id", "rank"], kind="stable")
    first = vn.drop_duplicates("event_id")
    return pd.Series(first["name"].to_numpy(), index=first["event_id"].to_numpy())


def safe_url(url) -> str | None:
    """Only web addresses become links: a 'javascript:' URL from an article is shown as nothing."""
    if isinstance(url, str) and url.lower().startswith(("http://", "https://")):
        return url
    return None
