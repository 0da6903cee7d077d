"""The shortcuts of the dates' stages give the answers of the slow forms they stand for.

Compared on the texts of the seeds, of the written articles and of the dev articles (when
../shared is beside the checkout), and on generated text built from the pieces of the patterns.
"""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl import assemble

from .conftest import article_texts

SETTINGS = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])




TEXTS = article_texts()


def test_forum_years_on_articles():
    assert len(TEXTS) > 30
    assert [assemble._forum_years(t) for t in TEXTS] == [assemble._FORUM_YEAR.findall(t) for t in TEXTS]
    assert sum(bool(assemble._forum_years(t)) for t in TEXTS) >= 3      # not only texts without one


# A forum's year and what may stand around it: the words, marks that end a run, other letters.
FORUM_TEXT = st.lists(st.sampled_from([
    "năm APEC 2017", "Chủ tịch ASEAN 2020", "tuần lễ cấp cao APEC  2006", "năm ASEAN Việt Nam\n2010", "SOM APEC 1998",
    "năm ", "Năm ", "chủ tịch ", "Chủ nhà ", "tuần lễ cấp cao ", "SOM ", "APEC ", "apec ", "ASEAN ", "Việt Nam ",
    "2017", "1999", "20", "2", " ", "\n", "\t", ",", ".", "(", ")", "-", "–", "_", "x", "ă", "ſ", "đ", "9"]),
    max_size=30).map("".join)


@SETTINGS
@given(text=FORUM_TEXT)
def test_forum_years_on_generated_text(text):
    assert assemble._forum_years(text) == assemble._FORUM_YEAR.findall(text)
