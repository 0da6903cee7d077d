"""Load the ETL's tables: where they are, whether they are stale, check their columns.

`read_tables` and `enrich` are pure (no Streamlit); loading.py caches their result keyed
on the files' modification times, so a rebuild shows without a restart.
"""
from __future__ import annotations

import hashlib
import os
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as arrow
import pyarrow.compute as pc
import pyarrow.parquet as pq

from dashboard.schema import column_problem
from etl.files import iter_files, relative
from etl.gazetteer import LEVELS
from etl.publish import tables_dir

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DEFAULT_DATA = ROOT / "data"
ENV_VAR = "DIPLOMACY_DATA_DIR"
TODAY_VAR = "DIPLOMACY_TODAY"       # the reference date, to see the data as on another day
TABLES = ("events", "participants", "officials", "articles")
REQUIRED = {
    "events": ["event_id", "forum", "level", "meeting", "name_vi", "name_en", "ordinal", "start_date", "end_date",
               "date_precision", "year_inferred", "status", "location", "host", "mode", "article_ids", "evidence"],
    "participants": ["event_id", "article_id", "official_id", "name", "role", "country", "evidence"],
    "officials": ["official_id", "name", "country", "roles"],
    "articles": ["article_id", "source_path", "title", "url", "published", "outlet", "status", "problem"],
}
LEVEL_ORDER = list(LEVELS)      # the ETL's order of meeting levels, highest first


class DataError(Exception):
    """The tables cannot be used; the message says which file and why."""


@dataclass(frozen=True, eq=False)       # equal only to itself: hashable, so derived views can be kept per set (memo.py)
class Tables:
    events: pd.DataFrame            # what filters, charts and lists need: one light row per meeting
    participants: pd.DataFrame
    officials: pd.DataFrame
    articles: pd.DataFrame
    # per event_id: article_ids, evidence, evidence_article_ids (tables since it exists), date_conflicts (heavy lists)
    details: pd.DataFrame | None = None


def data_dir(secrets: dict | None = None) -> Path:
    """The folder of tables: $DIPLOMACY_DATA_DIR, else the `data_dir` secret, else data/."""
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR]).expanduser()
    if secrets and secrets.get("data_dir"):
        return Path(str(secrets["data_dir"])).expanduser()
    return DEFAULT_DATA


def reference_date(environ: Mapping[str, str], clock: date) -> date:
    """The day statuses are told against: $DIPLOMACY_TODAY (YYYY-MM-DD) when set and valid,
    else `clock` (the caller's date.today())."""
    try:
        return date.fromisoformat(environ.get(TODAY_VAR, "").strip()[:10])
    except ValueError:
        return clock


def signature(folder: Path) -> tuple:
    """What the cache is keyed on: the folder of the current tables (the ETL publishes each run
    as a new one) and each table's modification time and size."""
    where = tables_dir(folder)
    out = [str(where)]
    for name in TABLES:
        p = where / f"{name}.parquet"
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
    now = {relative(p, seeds): hashlib.sha1(p.read_bytes()).hexdigest() for p in iter_files(seeds)}
    return {r["source_path"]: r["content_hash"] for r in built} != now


def build(folder: Path, seeds: Path = SEEDS) -> None:
    from etl.pipeline import run
    run(seeds, folder)


def read_tables(folder: Path) -> Tables:
    """The four tables of one ETL run: the folder the ETL's pointer names is resolved once and
    all four are read from it, so a run publishing meanwhile is seen whole or not at all. (The
    ETL keeps the set it replaced until its next run; should even that go while being read,
    the new set is read.)"""
    where = tables_dir(folder)
    try:
        return _read_set(folder, where)
    except DataError:
        if tables_dir(folder) == where:
            raise
        return _read_set(folder, tables_dir(folder))


def _read_set(folder: Path, where: Path) -> Tables:
    frames = {}
    for name in TABLES:
        path = where / f"{name}.parquet"
        if not path.exists():
            raise DataError(f"{path.name} is missing in {folder}: run `python -m etl` to build it.")
        try:
            table = pq.read_table(path)
            df = table.to_pandas()
        except Exception as exc:    # pyarrow raises several kinds for bad bytes
            raise DataError(f"{path.name} cannot be read ({exc.__class__.__name__}: {str(exc)[:120]}).") from exc
        missing = [c for c in REQUIRED[name] if c not in df.columns]
        if missing:
            raise DataError(f"{path.name} lacks the columns {', '.join(missing)}: rebuild it with `python -m etl`.")
        if problem := column_problem(name, table.schema):
            raise DataError(f"{path.name}: {problem}: rebuild it with `python -m etl`.")
        if name == "participants" and "level" in df.columns:
            # the level of a person's title, not the meeting's: kept apart from events' "level"
            df = df.rename(columns={"level": "title_level"})
        frames[name] = df
    return Tables(**frames)


def fold(text: str) -> str:
    from etl.merge import fold as _fold
    return _fold(text or "")


def unmarked(text: str) -> str:
    """The text without diacritics, case kept ("Bùi Thanh Sơn" -> "Bui Thanh Son")."""
    s = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(c for c in s if not unicodedata.combining(c)))


def searchable_name(name: str) -> str:
    """A name as a pick list shows it: with its diacritic-free form beside it when that differs,
    because the list's own search compares letters exactly ("Bui Thanh Son" finds "Bùi Thanh Sơn")."""
    plain = unmarked(name)
    return name if plain == name else f"{name} · {plain}"


def _folded(values: arrow.Array | arrow.ChunkedArray) -> arrow.Array:
    """fold() of each value (nulls become ""), computed once per distinct value: names,
    forums and places repeat, so 100,000 rows hold a few thousand distinct strings."""
    if not len(values):
        return arrow.array([], arrow.string())
    values = pc.fill_null(values, "")
    coded = (values.combine_chunks() if isinstance(values, arrow.ChunkedArray) else values).dictionary_encode()
    words = coded.dictionary
    ascii_ = pc.string_is_ascii(words)       # fold() of ASCII text is its lower case (ids, English names)
    if pc.all(ascii_).as_py():
        return pc.utf8_lower(words).take(coded.indices)
    rest = arrow.array([fold(v) if not a else None for v, a in zip(words.to_pylist(), ascii_.to_pylist())],
                       arrow.string())
    return pc.if_else(ascii_, pc.utf8_lower(words), rest).take(coded.indices)


def enrich(t: Tables) -> Tables:
    """Columns the views need: dates as datetimes, year, the officials of each meeting,
    who led Viet Nam's delegation, and a diacritic-free search key. Computed column-wise
    in Arrow (100,000 meetings and 200,000 participations in a fraction of a second)."""
    ev = t.events.copy()
    ev["start_date"] = pd.to_datetime(ev["start_date"])
    ev["end_date"] = pd.to_datetime(ev["end_date"])
    month = ev["date_precision"] == "month"
    ev.loc[month, "end_date"] = ev.loc[month, "start_date"] + pd.offsets.MonthEnd(0)
    ev["year"] = ev["start_date"].dt.year
    ev["ordinal"] = ev["ordinal"].astype("Int64")
    meetings = _arrow(ev, ["event_id", "name_vi", "name_en", "forum", "meeting", "location", "host"])
    people = _arrow(t.participants, ["event_id", "name", "role", "country"])
    # Each participation's meeting as a row number (-1: none): filtering 200,000 participations
    # by the chosen meetings is then a fast integer test instead of a string hash per row.
    at = pc.fill_null(pc.index_in(people["event_id"], meetings["event_id"]), -1).to_numpy().astype("int64")
    names, folded_names = _names_per_event(people, at, len(ev))
    ev["officials"] = pd.Series(_objects(names), index=ev.index, dtype=object)
    ev["vn_lead"] = pd.Series(_vn_leads(people, at, len(ev)), index=ev.index, dtype=object)
    parts = [_folded(meetings[c]) for c in ("name_vi", "name_en", "forum", "meeting", "location", "host")]
    ordinal = pc.fill_null(pc.cast(arrow.array(ev["ordinal"].to_numpy(dtype="float64", na_value=float("nan")),
                                               from_pandas=True).cast(arrow.int64()), arrow.string()), "")
    parts += [folded_names, _folded(meetings["event_id"]), ordinal]
    key = pc.binary_join_element_wise(arrow.array([""] * len(ev), arrow.string()), *parts, " ")
    ev["search_key"] = pd.Series(key.to_numpy(zero_copy_only=False), index=ev.index, dtype=object)
    ev["level"] = pd.Categorical(ev["level"], categories=LEVEL_ORDER)
    ev["row"] = range(len(ev))
    ev["month"] = (ev["start_date"].dt.year * 12 + ev["start_date"].dt.month - 1).astype("int32")
    pa_ = t.participants.assign(event_row=at)
    # The list columns stay out of the frame every filter copies; a meeting's detail looks them up.
    heavy = [c for c in ("article_ids", "evidence", "evidence_article_ids", "date_conflicts", "date_text", "rule")
             if c in ev.columns]
    details = ev[["event_id", *heavy]].set_index("event_id")
    return Tables(_plain(ev.drop(columns=heavy)), _plain(pa_), t.officials, t.articles, details)


def _arrow(df: pd.DataFrame, columns: list[str]) -> arrow.Table:
    """These columns as Arrow strings (no copy for pandas' Arrow-backed text)."""
    return arrow.table({c: _strings(df[c]) for c in columns})


def _strings(column: pd.Series) -> arrow.Array:
    """A text column as an Arrow array: the array itself when pandas holds it in Arrow."""
    return arrow.array(column.array if isinstance(column.dtype, pd.StringDtype) else column,
                       type=arrow.string(), from_pandas=True)


def _plain(df: pd.DataFrame) -> pd.DataFrame:
    """Text columns as plain Python strings: every filter change copies the chosen rows, and
    taking rows of object arrays is several times faster than of Arrow-backed strings."""
    text = [c for c in df.columns if isinstance(df[c].dtype, pd.StringDtype)]
    if not text:
        return df
    plain = {c: pd.Series(_objects(_strings(df[c])), index=df.index, dtype=object) for c in text}
    return pd.DataFrame({c: plain.get(c, df[c]) for c in df.columns}, index=df.index)


def _objects(values: arrow.Array | arrow.ChunkedArray) -> np.ndarray:
    """Arrow strings as a numpy array of Python strings (NaN where missing, as pandas has it),
    one string object per distinct value: most columns repeat a few values many times."""
    if isinstance(values, arrow.ChunkedArray):
        values = values.combine_chunks()
    coded = values.dictionary_encode()
    words = np.append(coded.dictionary.to_numpy(zero_copy_only=False), np.nan).astype(object)
    return words[pc.fill_null(coded.indices, len(coded.dictionary)).to_numpy(zero_copy_only=False)]


def _per_meeting(values: arrow.Array, at: np.ndarray, n: int, sep: str) -> arrow.Array:
    """values[i] belongs to meeting row at[i] (in the order wanted): per meeting, its values
    joined with `sep` ("" for none), as one array of n strings."""
    order = np.argsort(at, kind="stable")
    offsets = np.concatenate([[0], np.cumsum(np.bincount(at, minlength=n))]).astype("int32")
    lists = arrow.ListArray.from_arrays(arrow.array(offsets), values.take(arrow.array(order)))
    return pc.binary_join(lists, sep)


def _names_per_event(people: arrow.Table, at: np.ndarray, n: int) -> tuple[arrow.Array, arrow.Array]:
    """Per meeting row: "Name A, Name B" in the order the participations first give them, and
    the same names folded for search."""
    names = pc.fill_null(people["name"], "").combine_chunks().dictionary_encode()
    code = names.indices.to_numpy(zero_copy_only=False).astype("int64")
    known = np.flatnonzero(at >= 0)
    _, first = np.unique(at[known] * (len(names.dictionary) + 1) + code[known], return_index=True)
    keep = known[np.sort(first)]            # each (meeting, name) once, at its first appearance
    picked = arrow.array(code[keep])
    shown = names.dictionary.take(picked)
    folded = _folded(names.dictionary).take(picked)
    return _per_meeting(shown, at[keep], n, ", "), _per_meeting(folded, at[keep], n, ", ")


_RANK = ("Chủ tịch nước", "Tổng Bí thư", "Thủ tướng", "Chủ tịch Quốc hội", "Phó Chủ tịch nước", "Phó Thủ tướng",
         "Bộ trưởng", "Thứ trưởng", "Đại sứ")


def _rank(role: str) -> int:
    return next((i for i, r in enumerate(_RANK) if isinstance(role, str) and role.startswith(r)), len(_RANK))


def _vn_leads(people: arrow.Table, at: np.ndarray, n: int) -> np.ndarray:
    """Per meeting row: the highest-ranking Vietnamese participant (by the title held then;
    the first given among equals), else "", as Python strings."""
    vn = np.flatnonzero(pc.fill_null(pc.equal(people["country"], "Việt Nam"), False).to_numpy(zero_copy_only=False)
                        & (at >= 0))
    lead = np.full(n, "", dtype=object)
    if not len(vn):
        return lead
    roles = pc.fill_null(people["role"].take(arrow.array(vn)), "").combine_chunks().dictionary_encode()
    rank = np.array([_rank(r) for r in roles.dictionary.to_pylist()])[roles.indices.to_numpy(zero_copy_only=False)]
    order = vn[np.lexsort((vn, rank, at[vn]))]      # by meeting, then rank, then as given
    meeting, first = np.unique(at[order], return_index=True)
    lead[meeting] = people["name"].take(arrow.array(order[first])).to_numpy(zero_copy_only=False)
    return lead


def present(value) -> bool:
    """A table value that holds text. Not `bool(value)`: a missing value is None in object
    columns but NaN (which is truthy) in pandas 3's string columns, and pd.NA refuses bool()."""
    return isinstance(value, str) and value.strip() != ""


def text_or(value, fallback: str) -> str:
    """The value when it holds text, else `fallback` (never "None" or "nan")."""
    return value if present(value) else fallback


def safe_url(url) -> str | None:
    """Only web addresses become links: a 'javascript:' URL from an article is shown as nothing."""
    if isinstance(url, str) and url.lower().startswith(("http://", "https://")):
        return url
    return None
