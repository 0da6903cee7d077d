"""The shortcuts of the dates' stages give the answers of the slow forms they stand for.

Compared on the texts of the seeds, of the written articles and of the dev articles (when
../shared is beside the checkout), and on generated text built from the pieces of the patterns.
"""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl import assemble, dates
from etl.sentences import split_sentences

from .conftest import article_texts

SETTINGS = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])




TEXTS = article_texts()


def test_forum_years_on_articles():
    assert len(TEXTS) > 30
    assert [_spans(assemble._forum_year_matches(t)) for t in TEXTS] == [_spans(assemble._FORUM_YEAR.finditer(t))
                                                                         for t in TEXTS]
    assert sum(bool(assemble._forum_year_matches(t)) for t in TEXTS) >= 3      # not only texts without one


def _spans(matches):
    return [(m.span(), m.group(1)) for m in matches]


# A forum's year and what may stand around it: the words, marks that end a run, other letters.
FORUM_TEXT = st.lists(st.sampled_from([
    "năm APEC 2017", "Chủ tịch ASEAN 2020", "tuần lễ cấp cao APEC  2006", "năm ASEAN Việt Nam\n2010", "SOM APEC 1998",
    "năm ", "Năm ", "chủ tịch ", "Chủ nhà ", "tuần lễ cấp cao ", "SOM ", "APEC ", "apec ", "ASEAN ", "Việt Nam ",
    "2017", "1999", "20", "2", " ", "\n", "\t", ",", ".", "(", ")", "-", "–", "_", "x", "ă", "ſ", "đ", "9"]),
    max_size=30).map("".join)


@SETTINGS
@given(text=FORUM_TEXT)
def test_forum_years_on_generated_text(text):
    assert _spans(assemble._forum_year_matches(text)) == _spans(assemble._FORUM_YEAR.finditer(text))


# --- assemble._may_tell_a_place: where it says no, neither _PLACE_NEXT nor _ARRIVAL matches

def _tells_a_place(text: str) -> bool:
    """The slow form: either pattern matches somewhere in text, or in a piece of it that ends anywhere."""
    return any(assemble._PLACE_NEXT.match(text, i) or assemble._ARRIVAL.search(text, 0, i) for i in range(len(text) + 1))


SENTENCES = [s for t in TEXTS for s in split_sentences(t)]


def test_may_tell_a_place_on_articles():
    told = [s for s in SENTENCES if _tells_a_place(s)]
    assert len(told) >= 20         # not only sentences without a place
    assert all(assemble._may_tell_a_place(s) for s in told)
    assert sum(not assemble._may_tell_a_place(s) for s in SENTENCES) >= 100      # and it rules out some


PLACE_TEXT = st.lists(st.sampled_from([
    "tại ", "Tại ", "TẠI ", "ở ", "Ở ", "tại", "ở", "diễn ra ", "được tổ chức ", "đến ", "tới ", "Đến ", "dự ",
    "tham dự ", "để ", "Dự ", "Hà Nội ", "sân bay Haneda ", "Hội nghị ", ", ", ".", ";", " ", "\n", "x", "ı", "İ"]),
    max_size=14).map("".join)


@SETTINGS
@given(text=PLACE_TEXT)
def test_may_tell_a_place_on_generated_text(text):
    assert assemble._may_tell_a_place(text) or not _tells_a_place(text)


# --- dates._present: a mark counts only between two digits, where every shape that needs one holds it

def _ruled_out_yet_found(text: str) -> list[str]:
    present = dates._present(text)
    return [name for name, pattern, _ in dates._RULES
            if dates._NEEDS[name] is not None and dates._NEEDS[name].isdisjoint(present) and pattern.search(text)]


def test_present_on_articles():
    assert [s for s in SENTENCES if _ruled_out_yet_found(s)] == []
    # the marks rule shapes out: the sentences with a digit and a full stop but no day-month
    assert sum(dates._present(s).isdisjoint("/.-") for s in SENTENCES if "." in s and dates._DIGIT.search(s)) >= 100


MARK_TEXT = st.lists(st.sampled_from(list("0123456789/.-–— ,()") + [
    "ngày ", "từ ", "tháng ", "Tháng ", "năm ", "đến ", "và ", "2021", "12", "8-9/11", "16.11.2024", "Tư", "a"]),
    max_size=24).map("".join)


@SETTINGS
@given(text=MARK_TEXT)
def test_present_on_generated_text(text):
    assert _ruled_out_yet_found(text) == []
