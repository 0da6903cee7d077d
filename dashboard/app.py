"""Streamlit app: navigation, page layout and widgets. No pandas logic lives here.

    streamlit run dashboard/serve.py     (this app, with the tables read at server start)
    streamlit run dashboard/app.py       (the same app alone)

Every filter, the language, the lanes and the chosen meeting are widgets bound to
the URL's query parameters, and each page has its own path, so a copied link
reproduces the view. Article text is only ever shown as plain text or in tables.
"""
from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:       # Community Cloud runs the file without the repo on the path
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402

from dashboard import data, gate, views  # noqa: E402
from dashboard import filters as F  # noqa: E402
from dashboard.i18n import t  # noqa: E402
from dashboard.loading import load_tables  # noqa: E402

# A local icon: a ":material/…:" page icon makes the browser fetch the favicon from Google's
# servers, which a firewalled office may block and which tells a third party who opened the app.
st.set_page_config(page_title="Diplomacy timeline", page_icon=str(ROOT / "dashboard" / "icon.png"), layout="wide")


PAGES = ("timeline", "officials", "forums", "meetings", "data")
ICONS = {"timeline": ":material/timeline:", "officials": ":material/person:", "forums": ":material/account_balance:",
         "meetings": ":material/table_view:", "data": ":material/fact_check:"}


def main() -> None:
    if "lang" not in st.session_state:
        st.session_state["lang"] = F.view_from_query_params({"lang": st.query_params.get_all("lang")})["lang"]
    lang = st.session_state["lang"]
    tables, options = load_tables(lang)
    views.seed_from_url(options, tables.events["event_id"])
    lang = st.sidebar.segmented_control("Ngôn ngữ · Language", list(F.LANGS), key="lang", required=True,
                                        format_func=lambda v: {"vi": "Tiếng Việt", "en": "English"}[v],
                                        on_change=views.keep_translated_choices) or "vi"
    f = views.sidebar(tables, options, lang)
    today = data.reference_date(os.environ, date.today())     # the one clock reading of a run
    pages = {name: st.Page(f"screens/{name}.py", title=t(name, lang), icon=ICONS[name], url_path=name,
                           default=name == "timeline") for name in PAGES}
    ctx = views.PageContext(tables=tables, filters=f, lang=lang, events=views.filtered_events(tables, f, today),
                            today=today, pages=pages)
    views.set_context(ctx)
    page = st.navigation(list(pages.values()))
    st.title(t("app_title", lang))
    path = page.url_path or "timeline"      # the default page lives at "/", not "/timeline"
    views.link_notice(f, path, lang)
    views.share_box(f, path, lang, link_path=page.url_path)
    views.downloads(ctx)
    page.run()
    views.sync_url(f, path)


with gate.turn():           # a few sessions compute at once, the others wait idle (dashboard/gate.py)
    main()
