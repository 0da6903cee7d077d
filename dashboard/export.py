"""The filtered meetings and participants as downloadable files, with their source links. Pure."""
from __future__ import annotations

import io

import pandas as pd

from .data import safe_url
from .plain import csv_frame

MEETING_COLUMNS = ["event_id", "forum", "level", "meeting", "name_vi", "name_en", "ordinal", "start_date", "end_date",
                   "date_precision", "year_inferred", "status", "location", "host", "mode", "officials",
                   "n_articles", "source_urls", "article_ids"]
PARTICIPANT_COLUMNS = ["event_id", "official_id", "name", "role", "country", "article_id", "source_url", "evidence"]


def _urls(articles: pd.DataFrame) -> dict[str, str]:
    return {a: u for a, u in zip(articles["article_id"], (safe_url(x) for x in articles["url"])) if isinstance(u, str)}


def source_urls(events: pd.DataFrame, articles: pd.DataFrame, details: pd.DataFrame) -> dict[str, list[str]]:
    """Per meeting, its source articles' web addresses (only http and https ones)."""
    urls = _urls(articles)
    ids = details.loc[events["event_id"], "article_ids"] if len(events) else []
    return {e: [urls[a] for a in arts if a in urls] for e, arts in zip(events["event_id"], ids)}


def meetings_table(events: pd.DataFrame, articles: pd.DataFrame, details: pd.DataFrame | None = None) -> pd.DataFrame:
    urls = _urls(articles)
    out = events.copy()
    if "article_ids" not in out.columns and details is not None:
        out["article_ids"] = details.loc[out["event_id"], "article_ids"].to_numpy()
    out["article_ids"] = out["article_ids"].map(lambda ids: " ".join(ids))
    out["source_urls"] = out["article_ids"].map(lambda ids: " ".join(urls[a] for a in ids.split() if a in urls))
    out["level"] = out["level"].astype(str)
    out["start_date"] = out["start_date"].dt.date
    out["end_date"] = out["end_date"].dt.date
    return out[MEETING_COLUMNS].reset_index(drop=True)


def participants_table(participants: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    urls = _urls(articles)
    out = participants.assign(source_url=participants["article_id"].map(urls))
    return out[PARTICIPANT_COLUMNS].reset_index(drop=True)


def to_csv(df: pd.DataFrame) -> bytes:
    """UTF-8 with a BOM (spreadsheet programs then read Vietnamese); a text cell that a spreadsheet
    would run as a formula starts with an apostrophe (plain.csv_cell). Parquet keeps the text as is."""
    return csv_frame(df).to_csv(index=False).encode("utf-8-sig")


def to_parquet(df: pd.DataFrame) -> bytes:
    buf = io.BytesIO()
    df.to_parquet(buf, index=False)
    return buf.getvalue()
