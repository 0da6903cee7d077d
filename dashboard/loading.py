"""The tables every session shares: read once per version of the files, one copy in memory.

`warm()` fills that cache without a session (serve.py calls it when the server starts), so
the first visitor does not wait for the tables to be read and prepared.
"""
from __future__ import annotations

import logging
from pathlib import Path

import streamlit as st

from dashboard import data
from dashboard import filters as F
from dashboard.i18n import t
from dashboard.store import Latest

log = logging.getLogger(__name__)


def secrets() -> dict:
    try:
        return dict(st.secrets)
    except Exception:       # no secrets.toml: that is the normal local case
        return {}


def _prepare(folder: str, signature: tuple) -> tuple[data.Tables, F.Options]:
    tables = data.read_tables(Path(folder))
    try:
        tables = data.enrich(tables)
    except Exception as exc:        # passed the checks of data.schema and still cannot be prepared
        raise data.DataError(f"the tables cannot be prepared ({exc.__class__.__name__}: {str(exc)[:120]}).") from exc
    return tables, F.Options.of(tables.events, tables.officials)


# Shared by every session, never copied (cache_data would unpickle 100,000 rows on each rerun);
# the tables are only read. A new `signature` (the ETL published another set, or a file changed)
# replaces the copy: the old one is let go, not kept beside it (store.Latest).
_SHARED = Latest(_prepare)


def _load(folder: str, signature: tuple) -> tuple[data.Tables, F.Options]:
    return _SHARED.get(folder, signature)


_load.clear = _SHARED.clear     # as st.cache_resource's function had it (tests start from an empty cache)


def load_tables(lang: str) -> tuple[data.Tables, F.Options]:
    """For a page run: builds the default tables first when they are missing or stale."""
    folder = data.data_dir(secrets())
    if data.needs_build(folder):
        with st.spinner(t("building", lang)):
            data.build(folder)
    try:
        return _load(str(folder), data.signature(folder))
    except data.DataError as exc:
        st.error(t("bad_data", lang), icon=":material/error:")
        st.code(f"{folder}\n{exc}", language=None)     # a file name or message is shown, never rendered
        st.stop()


def warm() -> None:
    """Read the tables into the cache now. Tables that must be built first, or cannot be read,
    are left to the first page run, which shows a spinner or the problem."""
    try:
        from dashboard import views  # noqa: F401  (the pages' modules: pandas, plotly)
        folder = data.data_dir(secrets())
        if not data.needs_build(folder):
            _load(str(folder), data.signature(folder))
    except Exception as exc:        # the page run reports it properly; here it is only logged
        log.info("tables not loaded at start: %s", exc)
