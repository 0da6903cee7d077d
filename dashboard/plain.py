"""Article text is data: how it is made inert for each place that would otherwise interpret it.

- `chart_text`: plotly draws a subset of HTML (`<b>`, `<a href>`, `<br>`) in labels, legends,
  hover and ticks, and LaTeX in a text wrapped in `$`; escaped, it is drawn as written.
- `md_text`: Streamlit renders Markdown, LaTeX, colour and icon directives and bare web
  addresses in headings and widget labels; escaped, the text shows as written.
- `csv_cell`: a spreadsheet runs a cell that starts with = + - @ (or a tab or CR) as a formula;
  prefixed with an apostrophe, as OWASP recommends, it is text.

Pure: no Streamlit, no plotly.
"""
from __future__ import annotations

import html
import re
import string

import numpy as np
import pandas as pd

_PUNCTUATION = frozenset(string.punctuation)
# GFM turns a bare address into a link even when every punctuation mark is escaped: an
# invisible WORD JOINER (U+2060) inside "://", "www." and "@" keeps it text.
_AUTOLINK = re.compile(r"(?<=\\:)(?=\\/\\/)|(?<=www)(?=\\\.)|(?=\\@)", re.IGNORECASE)     # on the escaped text
WORD_JOINER = "\u2060"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def chart_text(value) -> str:
    """Text for a plotly label, legend, hover or tick: HTML-escaped, and "$" as an entity so that
    no text is taken for LaTeX (plotly turns entities back into the characters when drawing)."""
    if value is None or value != value:         # None, NaN
        return ""
    # quote=False: plotly knows &lt; &gt; &amp; and numeric entities, not &quot;, which it would show as written
    return html.escape(str(value), quote=False).replace("$", "&#36;")


def chart_column(values: pd.Series) -> pd.Series:
    """chart_text of each value, computed once per distinct value (names repeat)."""
    codes, distinct = pd.factorize(values, use_na_sentinel=True)     # a missing value: code -1
    escaped = np.array([chart_text(v) for v in distinct] + [""], dtype=object)
    return pd.Series(escaped[codes], index=values.index, name=values.name, dtype=object)


def md_text(value) -> str:
    """Text for an element that renders Markdown (a heading, an expander's label): every ASCII
    punctuation mark backslash-escaped, and bare web addresses kept from becoming links."""
    if value is None or value != value:
        return ""
    escaped = "".join("\\" + c if c in _PUNCTUATION else c for c in str(value))
    return _AUTOLINK.sub(WORD_JOINER, escaped)


def csv_cell(value):
    """A cell for a CSV file: text starting with = + - @ tab or CR gets a leading apostrophe
    (OWASP, CSV injection); anything else, and anything not text, as it is."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_frame(df: pd.DataFrame) -> pd.DataFrame:
    """csv_cell on every text cell (columns of numbers and dates are left alone)."""
    out = df.copy()
    for column in out.columns:
        if out[column].dtype == object or isinstance(out[column].dtype, pd.StringDtype):
            out[column] = out[column].map(csv_cell)
    return out
