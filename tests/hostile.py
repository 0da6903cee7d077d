"""Tables whose article text looks like markup, a formula or a link: for the issue 12 tests."""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from benchmarks.bench_dashboard import synthetic_tables

LINK = '<a href="https://evil.example/">click me</a>'
BOLD = "<b>bold</b>"
MARKDOWN = "**Huge** :red[red] :material/home: $x^2$ [site](https://evil.example) https://evil.example/x # "
FORMULA = '=HYPERLINK("https://evil.example","x")'
NAME = MARKDOWN + "Hội nghị"
ROLE = f"{LINK} {BOLD} $\\alpha$"
PERSON = f"{BOLD} Nguyễn $y$"
FORUM = "APEC"
HOSTILE_FORUM = BOLD + " $F$"


def hostile_tables(folder: Path, n: int = 40) -> str:
    """Synthetic tables (benchmarks.bench_dashboard) where the first APEC meeting is named NAME,
    its participants are PERSON with the role ROLE, the last meeting's forum is HOSTILE_FORUM,
    and the outlet and place are markup or a formula. Returns that meeting's event_id."""
    synthetic_tables(folder, n)
    ev = pd.read_parquet(folder / "events.parquet")
    first = ev.index[ev["forum"] == FORUM][0]
    ev.loc[first, ["name_vi", "name_en"]] = NAME
    ev.loc[first, "location"] = FORMULA
    ev.loc[ev.index[-1], "forum"] = HOSTILE_FORUM            # a forum the data does not know, as markup
    _replace(folder, "events", ev)
    event_id = ev.loc[first, "event_id"]
    parts = pd.read_parquet(folder / "participants.parquet")
    mine = parts["event_id"] == event_id
    parts.loc[mine, "role"] = ROLE
    parts.loc[mine, "name"] = PERSON
    parts.loc[mine, "evidence"] = "-1+2 " + BOLD
    # As the committed data/ has it: with the ETL's newer `level` column the officials page of one
    # official fails in views.page_officials (a merge with events then holds two `level`s), which
    # is not what these tests are about.
    _replace(folder, "participants", parts.drop(columns=["level"], errors="ignore"))
    arts = pd.read_parquet(folder / "articles.parquet")
    arts.loc[0, "outlet"] = LINK
    _replace(folder, "articles", arts)
    return event_id


def _replace(folder: Path, name: str, table: pd.DataFrame) -> None:
    """Table `name` (a folder of parts; its link leads into the current generation) becomes `table`."""
    for part in (folder / f"{name}.parquet").iterdir():
        part.unlink()
    table.to_parquet(folder / f"{name}.parquet" / "part-00000.parquet")
