"""The server: `streamlit run dashboard/serve.py` serves the app of app.py.

It also starts reading the tables into the shared cache as soon as the server is up, while
the first visitor's browser is still loading, instead of when that visitor's page first runs.
"""
from __future__ import annotations

import sys
import threading
from contextlib import asynccontextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402
from starlette.middleware import Middleware  # noqa: E402

from dashboard.paths import NestedPages  # noqa: E402


@asynccontextmanager
async def _warm(_app):
    from dashboard.loading import warm
    threading.Thread(target=warm, name="warm-tables", daemon=True).start()
    yield


# NestedPages: an address below a page ("/meetings/extra/path") loads the app as "/x" does.
app = st.App("app.py", lifespan=_warm, middleware=[Middleware(NestedPages)])
