"""The vocabularies: loadable, without duplicates, and each example matching its own entry."""
from __future__ import annotations

import shutil
import tomllib

import pytest

from etl.gazetteer import DATA, GazetteerError, load_gazetteer, surface_key
from etl.meetings import find_meetings


def test_every_forum_example_names_its_forum(gaz):
    for file, entry, example in gaz.examples:
        if file == "forums.toml":
            found = {gaz.forum(m.group()) for m in gaz.forum_re.finditer(example)}
            assert entry in found, f"{entry}: {example}"


def test_every_spelling_example_names_a_forum_in_another_spelling(gaz):
    spellings = tomllib.loads((DATA / "forums.toml").read_text(encoding="utf-8"))["spelling"]
    for sp in spellings:
        assert any(form in sp["example"] for form in sp["forms"]), sp["word"]
        assert gaz.forum_names(sp["example"]), f"{sp['word']}: {sp['example']}"


def test_every_meeting_example_is_found_with_its_kind(gaz):
    for file, code, example in gaz.examples:
        if file == "meetings.toml":
            assert code in {m.meeting.split("/")[0] for m in find_meetings(example, gaz)}, f"{code}: {example}"


def test_every_title_and_place_example_names_its_own_entry(gaz):
    for file, entry, example in gaz.examples:
        if file == "titles.toml":
            assert entry in {gaz.title(m.group()).id for m in gaz.title_re.finditer(example)}, f"{entry}: {example}"
        if file == "places.toml":
            found = {gaz.country(m.group()) for m in gaz.countries_in(example)} | {
                gaz.city(m.group()) for m in gaz.city_re.finditer(example)} | {
                gaz.place(m.group()) for m in gaz.place_re.finditer(example)}
            assert entry in found, f"{entry}: {example}"


def test_a_name_that_begins_with_a_countrys_is_no_country(gaz):
    """places.toml's not_place entries: each example names no country."""
    import tomllib
    from pathlib import Path
    data = tomllib.loads((Path(__file__).parent.parent / "etl" / "data" / "places.toml").read_text(encoding="utf-8"))
    for entry in data["not_place"]:
        assert not gaz.country_re.search(entry["example"]), entry["id"]
    assert [gaz.country(m.group()) for m in gaz.countries_in("Thủ tướng Thái dự họp ở Lào, không phải Lào Cai")] == [
        "Thái Lan", "Lào"]


def test_surfaces_compare_across_dashes_and_case():
    assert surface_key("châu Á – Thái  Bình Dương") == surface_key("Châu Á-Thái Bình Dương")


@pytest.mark.parametrize(("file", "old", "new", "message"), [
    ("forums.toml", 'id = "WTO"', 'id = "APEC"', "duplicate id"),
    ("forums.toml", 'surface = ["WTO",', 'surface = ["APEC",', "already belongs to APEC"),
    ("meetings.toml", 'level = "other"', 'level = "minister"', "level"),
    ("meetings.toml", 'cues = ["tham vấn chung"', 'cues = ["(tham vấn"', "bad cue pattern"),
    ("places.toml", 'example = "Hội nghị SOM 1 tháng 3/2017 ở Nha Trang."', '', "missing example"),
    # APEC's AMM with an example of ASEAN's AMM: the same code, but another kind claims it
    ("meetings.toml", 'example = "Hội nghị liên Bộ trưởng Ngoại giao – Kinh tế APEC lần thứ 36 (AMM 36) đã diễn ra tại Gyeongju."',
     'example = "Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 54 đã diễn ra tại Gyeongju."',
     "AMM: its example names no meeting of this kind (it names AMM (ministers, ASEAN))"),
    ("meetings.toml", 'example = "Hội nghị Bộ trưởng Thương mại APEC lần thứ 27 vào tháng 6/2021."',
     'example = "Bộ trưởng Thương mại APEC phát biểu tại Hà Nội."', "MRT: its example names no meeting of this kind (it names no meeting)"),
    # a cue that names a forum needs exactly one forum to name
    ("meetings.toml", 'forums = ["IPU"]\nnames_forum = true', 'forums = ["IPU", "AIPA"]\nnames_forum = true',
     "names_forum needs exactly one forum"),
])
def test_bad_vocabularies_are_rejected_with_the_file_named(tmp_path, file, old, new, message):
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    text = (folder / file).read_text(encoding="utf-8")
    assert old in text
    (folder / file).write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(GazetteerError) as err:
        load_gazetteer(folder)
    assert file in str(err.value) and message in str(err.value)


def test_territories_are_cldrs(gaz):
    """etl/data/territories.toml is what `python -m etl.territories` makes from Babel's CLDR: every
    territory, so a country nobody wrote an entry for is still a place, never a person."""
    from etl.territories import TERRITORIES, cldr_territories
    text = TERRITORIES.read_text(encoding="utf-8")
    for code, name_vi, name_en in cldr_territories():
        assert f'code = "{code}"\nvi = "{name_vi}"\nen = "{name_en}"' in text, code
    assert gaz.country("Ai Cập") == "Ai Cập" and gaz.country("Hoa Kỳ") == "Mỹ" and gaz.country("Thái-lan") == "Thái Lan"


@pytest.mark.parametrize(("text", "found"), [
    ("cập nhật các biện pháp", []),                       # a place is a proper noun
    ("Ô-xtrây-li-a và Hàn Quốc", ["Ô-xtrây-li-a", "Hàn Quốc"]),
    ("Trung quốc, Thái-lan", ["Trung quốc", "Thái-lan"]),  # older spellings
])
def test_places_match_as_proper_nouns(gaz, text, found):
    assert [m.group() for m in gaz.country_re.finditer(text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # a forum's name that is a building's names the building: where the Dialogue meets, anyone may stay
    ("Phái đoàn Mỹ nghỉ tại khách sạn Shangri - La, gần nơi diễn ra cuộc gặp.", []),
    ("Tiệc cưới được tổ chức ở Khách sạn Shangri-La Kuala Lumpur.", []),
    ("Đối thoại Shangri-La lần thứ 18 khai mạc tối 31/5 tại khách sạn Shangri-La, Singapore.", ["Đối thoại Shangri-La"]),
    ("Cuộc gặp diễn ra ở nhà hàng APEC bên bờ sông Hàn.", []),
    # the building's name is another's ("tòa nhà Ban Thư ký ASEAN"): the forum stands
    ("Các bộ trưởng ASEAN họp tại tòa nhà Ban Thư ký ASEAN ở Jakarta.", ["ASEAN", "ASEAN"]),
    ("Thủ tướng dự Hội nghị Cấp cao ASEAN tại Trung tâm Hội nghị Quốc gia.", ["ASEAN"]),
    # the World Bank Group as the press names it beside the IMF (forums.toml's [[spelling]])
    ("Hội nghị thường niên của Quỹ Tiền tệ Quốc tế (IMF) và Nhóm Ngân hàng Thế giới (WB) khai mạc tại Bali.",
     ["Quỹ Tiền tệ Quốc tế (IMF) và Nhóm Ngân hàng Thế giới (WB)"]),
])
def test_forum_names_leave_out_buildings(gaz, text, found):
    assert [m.group() for m in gaz.forum_names(text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # a forum whose name is also another thing's (forums.toml's after_meeting_word) is named only after a meeting's word
    ("Việt Nam ủng hộ sáng kiến Vành đai và Con đường.", []),
    ("Việt - Trung nêu trở ngại về lòng tin khi hợp tác Vành đai Con đường", []),
    ("Các dự án BRI ở châu Phi chậm tiến độ.", []),
    ("Các lãnh đạo cấp cao Trung Quốc nói về sáng kiến Vành đai và Con đường.", []),     # "cấp cao" is a leader's here
    ("Chủ tịch nước dự Diễn đàn cấp cao \" Vành đai và Con đường \" tại Bắc Kinh.", ["Belt and Road Forum"]),
    ("Hội nghị thượng đỉnh BRI lần 2 diễn ra ở Bắc Kinh.", ["Belt and Road Forum"]),
    ("Diễn đàn Vành đai và Con đường lần thứ ba khai mạc.", ["Belt and Road Forum"]),
    # … or named as its leaders' or members': the forum an article's bare "hội nghị thượng đỉnh" is of
    ("EU muốn tăng cường kết nối với châu Á.", []),
    ("Lãnh đạo các nước EU nhất trí gói viện trợ mới.", ["EU"]),
    ("Nguyên thủ 27 quốc gia thành viên Liên minh châu Âu đã thông qua văn kiện.", ["EU"]),
    ("Các nước thành viên EU chưa đạt đồng thuận.", ["EU"]),
    ("Các nhà lãnh đạo nhóm Bộ tứ cam kết hợp tác.", ["Quad"]),
])
def test_a_name_that_is_also_anothers_is_the_forums_after_a_meeting_word(gaz, text, found):
    assert [gaz.forum(m.group()) for m in gaz.forum_names(text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # an acronym as a text tokenised word by word writes it, still in capitals only
    ("Thủ tướng Anh Theresa May tới Osaka dự hội nghị G 20.", ["G20"]),
    ("Lãnh đạo G 7 họp tại Biarritz.", ["G7"]),
    ("Hội nghị thượng đỉnh nhóm các nước có nền công nghiệp phát triển (G 8) tháng 5/2012.", ["G8"]),
    ("Tàu cập cảng lúc 9 g 20 sáng.", []),
    ("Hội nghị Cấp cao ASEAN +3 lần thứ 19 diễn ra tại Viêng Chăn.", ["ASEAN+3"]),
])
def test_forum_acronyms_tokenised(gaz, text, found):
    assert [gaz.forum(m.group()) for m in gaz.forum_names(text)] == found
