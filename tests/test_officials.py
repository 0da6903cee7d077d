"""Titled people -> name, role, country."""
from __future__ import annotations

import pytest

from etl.officials import find_officials


def people(sentence, gaz):
    return [(o.name, o.country) for o in find_officials(sentence, gaz)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn và Bộ trưởng Công Thương Nguyễn Hồng Diên đã tham dự",
     [("Bùi Thanh Sơn", None), ("Nguyễn Hồng Diên", None)]),
    ("Hội nghị do Ngoại trưởng New Zealand Nanaia Mahuta và Bộ trưởng Thương mại và Tăng trưởng xuất khẩu "
     "New Zealand Damien O’Connor đồng chủ trì", [("Nanaia Mahuta", "New Zealand"), ("Damien O’Connor", "New Zealand")]),
    ("do Bộ trưởng Ngoại giao Hàn Quốc Cho Hyun và Bộ trưởng Thương mại Hàn Quốc Yeo Han-Koo đồng chủ trì",
     [("Cho Hyun", "Hàn Quốc"), ("Yeo Han-Koo", "Hàn Quốc")]),
    ("Trưởng đặc khu hành chính Hồng Kông, Trung Quốc Tăng Âm Quyền; Thủ tướng Thái Lan Surayud Chulanont",
     [("Tăng Âm Quyền", "Hồng Kông (Trung Quốc)"), ("Surayud Chulanont", "Thái Lan")]),
    ("như chủ tịch Trung quốc Tập Cận Bình, hay thủ tướng Canada Justin Trudeau… Chủ tịch nước Trần Đại Quang",
     [("Tập Cận Bình", "Trung Quốc"), ("Justin Trudeau", "Canada"), ("Trần Đại Quang", None)]),
    ("Tham gia đoàn có Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Phạm Bình Minh, Bí thư Thành ủy Hà Nội Hoàng Trung Hải",
     [("Phạm Bình Minh", None), ("Hoàng Trung Hải", None)]),
    ("Tổng thống Mỹ George W.Bush đến dự họp", [("George W.Bush", "Mỹ")]),
    ("có thủ tướng Justin Trudeau của Canada", [("Justin Trudeau", "Canada")]),
    ("Thống đốc Ngân hàng Nhà nước Nguyễn Thị Hồng và Phó Thống đốc Đào Minh Tú dự hội nghị",
     [("Nguyễn Thị Hồng", None), ("Đào Minh Tú", None)]),
    ("dự Hội nghị Bộ trưởng Tài chính và Thống đốc Ngân hàng Trung ương ASEAN lần thứ 11", []),    # a meeting's name
])
def test_names_after_titles(sentence, expected, gaz):
    assert people(sentence, gaz) == expected


def test_a_title_inside_a_countrys_name_is_no_title(gaz):
    found = find_officials("Ngoại trưởng Trung Quốc Vương Nghị và Bộ trưởng Ngoại giao Nga Sergey Lavrov dự họp", gaz)
    assert [(o.name, o.role, o.country) for o in found] == [
        ("Vương Nghị", "Ngoại trưởng Trung Quốc", "Trung Quốc"), ("Sergey Lavrov", "Bộ trưởng Ngoại giao Nga", "Nga")]


def test_speaking_on_behalf_of_a_title_is_not_holding_it(gaz):
    [o] = find_officials("Thay mặt Bộ trưởng, Thứ trưởng Ngoại giao Đỗ Hùng Việt phát biểu tại hội nghị", gaz)
    assert (o.name, o.role) == ("Đỗ Hùng Việt", "Thứ trưởng Ngoại giao")


def test_chained_titles_make_one_role(gaz):
    [o] = find_officials("Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Phạm Bình Minh phát biểu", gaz)
    assert o.role == "Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao"


@pytest.mark.parametrize("sentence", [
    "Chủ tịch Công ty Sản xuất thiết bị bán dẫn Đài Bắc, Trung Quốc Morris Chang",     # company chair
    "Tổng Thư ký Hội đồng Hợp tác kinh tế Thái Bình Dương (PECC)",                      # an organisation
    "với sự tham dự của Bộ trưởng Ngoại giao, Bộ trưởng Kinh tế - Thương mại",          # no names
    "Chủ tịch SOM APEC 2017 phát biểu",                                                 # acronyms, no person
    "Hội nghị Bộ trưởng Ngoại giao Cấp cao Đông Á lần thứ 13 diễn ra cùng ngày",         # a meeting's name
    "tham dự Hội nghị các Nhà Lãnh đạo Kinh tế APEC lần thứ 30",                         # a meeting's name
])
def test_no_person(sentence, gaz):
    assert [o for o in find_officials(sentence, gaz) if o.rule != "short"] == []


def test_short_form_is_marked(gaz):
    [o] = find_officials("Bộ trưởng Sơn nhấn mạnh", gaz)
    assert (o.name, o.rule) == ("Sơn", "short")
