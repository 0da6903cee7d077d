"""Whatever the bytes or text, no stage raises."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl.assemble import extract
from etl.dates import DateContext, find_dates
from etl.meetings import find_meetings
from etl.officials import find_officials
from etl.read import read_bytes

PIECES = (list("aăâeêioôơuưyđAĂÂĐOÔƠUƯàáạảãầấậẩẫềếệìíịòóọồốộờớợùúụừứựỳýỵ0123456789/-–.,;:() \n")
          + ["Hội nghị ", "Cấp cao ", "ASEAN ", "APEC ", "SOM ", "lần thứ ", "ngày ", "tháng ", "Bộ trưởng ",
             "Nguyễn ", "Văn ", " đến ", "sẽ ", "đã ", "hôm qua ", "Ảnh: ", "(Ảnh: X)", "Ý kiến bạn đọc\n",
             " date 2021-11 ", "-----\n", "Nguồn TG: http://a.vn\n", "31/2/2021 ", "8-9/11 ", "29/2 "])
VIET = st.one_of(st.lists(st.sampled_from(PIECES), max_size=120).map("".join), st.text(max_size=300))
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".txt", ".html", ".jsonl", ".htm", ".bin", ""]))
def test_reading_any_bytes_never_raises(data, suffix):
    rows = read_bytes(f"x{suffix}", data)
    assert rows and all(r.status for r in rows)
    assert all(r.problem for r in rows if r.status != "ok")


@SETTINGS
@given(text=VIET)
def test_reading_any_text_never_raises(text):
    assert read_bytes("x.txt", text.encode("utf-8"))


@SETTINGS
@given(text=VIET, year=st.one_of(st.none(), st.integers(1900, 2200)))
def test_stages_never_raise(text, year):
    from etl.gazetteer import default_gazetteer
    g = default_gazetteer()
    find_dates(text, DateContext(year=year))
    find_meetings(text, g, "ASEAN")
    find_officials(text, g)
    for article in read_bytes("x.txt", text.encode("utf-8")):
        extract(article, g)
