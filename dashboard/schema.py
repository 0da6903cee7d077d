"""The kind of value each column the dashboard reads must hold, checked on the Arrow schema.

A table written by another tool (or damaged by hand) may have every column but one of the wrong
type, such as a date as a number or a list as a string; the views would fail deep inside pandas.
Checked once when the tables are read, so the page shows the same message as any other bad table.
"""
from __future__ import annotations

import pyarrow as arrow
import pyarrow.types as pt

TEXT, DATE, BOOL, INT, TEXTS, RECORDS = "text", "a date", "true/false", "a whole number", "a list of text", "a list"
TEXT_LISTS = "a list of lists of text"

KINDS: dict[str, dict[str, str]] = {
    "events": {"event_id": TEXT, "forum": TEXT, "level": TEXT, "meeting": TEXT, "name_vi": TEXT, "name_en": TEXT,
               "ordinal": INT, "start_date": DATE, "end_date": DATE, "date_precision": TEXT, "year_inferred": BOOL,
               "status": TEXT, "location": TEXT, "host": TEXT, "mode": TEXT, "article_ids": TEXTS, "evidence": TEXTS,
               "n_articles": INT, "date_conflicts": TEXTS, "evidence_article_ids": TEXT_LISTS},
    "participants": {c: TEXT for c in ("event_id", "article_id", "official_id", "name", "role", "country", "evidence")},
    "officials": {"official_id": TEXT, "name": TEXT, "country": TEXT, "roles": RECORDS},
    "articles": {c: TEXT for c in ("article_id", "source_path", "title", "url", "published", "outlet", "status",
                                   "problem", "text")},
}


def _is_text(t: arrow.DataType) -> bool:
    return pt.is_string(t) or pt.is_large_string(t) or (pt.is_dictionary(t) and _is_text(t.value_type))


def _is_texts(t: arrow.DataType) -> bool:
    return (pt.is_list(t) or pt.is_large_list(t)) and (_is_text(t.value_type) or pt.is_null(t.value_type))


_TESTS = {
    TEXT: _is_text,
    DATE: lambda t: pt.is_date(t) or pt.is_timestamp(t),
    BOOL: pt.is_boolean,
    INT: pt.is_integer,
    TEXTS: _is_texts,
    RECORDS: lambda t: pt.is_list(t) or pt.is_large_list(t),
    TEXT_LISTS: lambda t: (pt.is_list(t) or pt.is_large_list(t)) and (_is_texts(t.value_type) or pt.is_null(t.value_type)),
}


def column_problem(table: str, schema: arrow.Schema) -> str | None:
    """'the column start_date holds int64, not a date', for the first column of the wrong kind;
    None when every column present is of its kind (a column of nulls only fits any kind)."""
    for column, kind in KINDS.get(table, {}).items():
        if column not in schema.names:
            continue            # missing columns are reported by the caller
        t = schema.field(column).type
        if not (pt.is_null(t) or _TESTS[kind](t)):
            return f"the column {column} holds {t}, not {kind}"
    return None
