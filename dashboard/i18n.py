"""Labels in Vietnamese and English, and dates written the way each language writes them."""
from __future__ import annotations

from datetime import date

LANGS = ("vi", "en")

LABELS: dict[str, tuple[str, str]] = {
    "app_title": ("Dòng thời gian ngoại giao khu vực", "Regional diplomacy timeline"),
    "timeline": ("Dòng thời gian", "Timeline"),
    "officials": ("Quan chức", "Officials"),
    "forums": ("Diễn đàn", "Forums"),
    "meetings": ("Hội nghị", "Meetings"),
    "data": ("Dữ liệu", "Data"),
    "filters": ("Bộ lọc", "Filters"),
    "forum": ("Diễn đàn", "Forum"),
    "level": ("Cấp", "Level"),
    "official": ("Quan chức", "Official"),
    "country": ("Quốc gia", "Country"),
    "country_not_stated": ("không nêu (người đứng đầu tổ chức quốc tế, hoặc bài không ghi)",
                           "not stated (head of an international organisation, or not in the articles)"),
    "from": ("Từ ngày", "From"),
    "to": ("Đến ngày", "To"),
    "status": ("Tình trạng", "Status"),
    "not_understood": ("Một phần của đường dẫn không có trong dữ liệu hoặc không đọc được, nên bị bỏ qua:",
                       "Part of this link is not in the data or cannot be read, so it was left out:"),
    "date_help": ("Ngày/tháng/năm (26/10/2021), tháng (10/2021) hoặc năm (2021); Enter hoặc Tab để áp dụng. Dữ liệu: {span}.",
                  "Day/month/year (26/10/2021), a month (10/2021) or a year (2021); Enter or Tab applies it. The data: {span}."),
    "bad_date": ("Không đọc được ngày ở ô “{box}”, nên bỏ qua: hãy viết ngày/tháng/năm, ví dụ 26/10/2021.",
                 "The “{box}” date cannot be read and is ignored: write day/month/year, e.g. 26/10/2021."),
    "search": ("Tìm kiếm", "Search"),
    "search_help": ("Không phân biệt dấu: “Bui Thanh Son” tìm thấy “Bùi Thanh Sơn”.",
                    "Ignores diacritics: “Bui Thanh Son” finds “Bùi Thanh Sơn”."),
    "language": ("Ngôn ngữ", "Language"),
    "lane": ("Làn theo", "Lanes by"),
    "reset": ("Xoá bộ lọc", "Clear filters"),
    "share": ("Chia sẻ đường dẫn", "Share this view"),
    "share_help": ("Sao chép đường dẫn này: người nhận sẽ thấy đúng chế độ xem hiện tại.",
                   "Copy this link: whoever opens it sees exactly this view."),
    "meetings_count": ("hội nghị", "meetings"),
    "held": ("đã diễn ra", "held"),
    "upcoming": ("sắp diễn ra", "upcoming"),
    "unconfirmed": ("đã qua ngày, chưa có tin đã diễn ra", "date passed, not reported held"),
    "today": ("hôm nay", "today"),
    "leaders": ("Cấp cao", "Leaders"),
    "ministers": ("Bộ trưởng", "Ministers"),
    "senior_officials": ("Quan chức cao cấp", "Senior officials"),
    "other": ("Khác", "Other"),
    "virtual": ("trực tuyến", "virtual"),
    "hybrid": ("kết hợp", "hybrid"),
    "in_person": ("trực tiếp", "in person"),
    "name": ("Tên", "Name"),
    "number": ("Lần thứ", "Number"),
    "dates": ("Thời gian", "Dates"),
    "place": ("Địa điểm", "Place"),
    "host": ("Chủ nhà", "Host"),
    "mode": ("Hình thức", "Mode"),
    "articles": ("Bài báo", "Articles"),
    "participants": ("Người tham dự", "Participants"),
    "role": ("Chức vụ", "Role"),
    "evidence": ("Câu trích dẫn", "Evidence"),
    "source": ("Nguồn", "Source"),
    "vn_lead": ("Trưởng đoàn Việt Nam", "Head of Viet Nam's delegation"),
    "year": ("Năm", "Year"),
    "count": ("Số hội nghị", "Meetings"),
    "detail": ("Chi tiết hội nghị", "Meeting detail"),
    "pick_meeting": ("Chọn một hội nghị", "Choose a meeting"),
    "download_csv": ("Tải CSV", "Download CSV"),
    "download_parquet": ("Tải Parquet", "Download Parquet"),
    "role_history": ("Lịch sử chức vụ", "Role history"),
    "their_meetings": ("Các hội nghị đã dự và chức vụ khi đó", "Meetings attended, with the title held then"),
    "first_seen": ("Lần đầu", "First seen"),
    "last_seen": ("Lần cuối", "Last seen"),
    "no_official": ("Chọn một quan chức trong bộ lọc để xem dòng thời gian và lịch sử chức vụ.",
                    "Pick one official in the filters to see their timeline and role history."),
    "empty": ("Không có hội nghị nào khớp: bộ lọc {what} đã loại tất cả.",
              "No meeting matches: the {what} filter excluded everything."),
    "empty_data": ("Chưa có dữ liệu hội nghị.", "There are no meetings in the data yet."),
    "aggregated": ("Quá nhiều để vẽ từng hội nghị (trên {n}): hiển thị số hội nghị mỗi tháng. Bấm vào một ô, hoặc thu hẹp bộ lọc, để thấy từng hội nghị.",
                   "Too many to draw one by one (over {n}): showing meetings per month. Click a cell, or narrow the filters, to see each meeting."),
    "click_hint": ("Chọn một thanh để mở chi tiết hội nghị.", "Select a bar to open the meeting's detail."),
    "problems": ("Tệp có vấn đề", "Files with problems"),
    "month_only": ("Chỉ rõ tháng", "Month only"),
    "day_precise": ("Rõ ngày", "Exact day"),
    "year_inferred": ("Năm suy ra từ ngữ cảnh", "Year from context"),
    "year_from": ("Năm của ngày", "Year of the date"),
    "title_level": ("Cấp", "Level of the title"),
    "list_latest": ("{n} hội nghị gần nhất; dùng bộ lọc để xem các hội nghị khác.",
                    "The latest {n} meetings; narrow the filters to see the others."),
    "year_source_written": ("ghi trong ngày", "written in the date"),
    "year_source_name": ("ghi cạnh tên hội nghị", "written next to the meeting's name"),
    "year_source_anchor": ("suy từ một ngày có năm trước đó trong đoạn", "from a dated phrase earlier in the passage"),
    "year_source_number": ("suy từ số thứ tự của hội nghị", "from the meeting's number in its series"),
    "year_source_host": ("suy từ nơi hội nghị được tổ chức", "from the place the meeting was held in"),
    "year_source_article": ("suy từ ngày đăng bài", "from the article's date"),
    "year_source_context": ("suy từ ngữ cảnh khác của bài", "from the article's other clues"),
    "year_source_calendar": ("suy từ lịch họp của chuỗi hội nghị", "from the days its series met on"),
    "per_outlet": ("Bài theo báo và năm", "Articles per outlet and year"),
    "per_year": ("Hội nghị theo năm", "Meetings per year"),
    "bad_data": ("Không đọc được bảng dữ liệu. Hãy xây dựng lại bằng `python -m etl`.",
                 "The data tables cannot be read. Rebuild them with `python -m etl`."),
    "building": ("Đang xây dựng bảng dữ liệu từ các bài mẫu…", "Building the tables from the seed articles…"),
    "conflicts": ("Ngày không khớp giữa các bài", "Dates that disagree between articles"),
    "all": ("tất cả", "all"),
    "first_rows": ("Hiển thị {n} hội nghị đầu tiên; thu hẹp bộ lọc hoặc tải xuống để xem tất cả.",
                   "Showing the first {n} meetings; narrow the filters or download to see them all."),
    "per_official": ("Số hội nghị theo quan chức", "Meetings per official"),
    "heatmap": ("Quan chức × năm", "Official × year"),
    "forum_year": ("Hội nghị theo diễn đàn và năm", "Meetings per forum and year"),
    "pick_placeholder": ("Chọn trong danh sách hoặc bấm một dòng bên dưới", "Choose here or click a row below"),
    "fact": ("Thông tin", "Fact"),
    "value": ("Giá trị", "Value"),
    "outlet": ("Báo", "Outlet"),
    "published": ("Ngày đăng", "Published"),
    "article_text": ("Toàn văn bài báo, câu trích dẫn được tô sáng", "The article's text, evidence highlighted"),
    "no_participants": ("Bài báo không nêu ai tham dự hội nghị này.", "The articles name no participants for this meeting."),
    "month": ("Tháng", "Month"),
    "list_hint": ("Hội nghị theo tháng, mới nhất trước. Chọn một dòng để mở chi tiết.",
                  "Meetings by month, the latest first. Select a row to open the meeting."),
    "no_participants_any": ("Các bài báo không nêu ai tham dự {n} hội nghị đang được lọc.",
                            "The articles name no participants for the {n} meetings the filters leave."),
    "data_unfiltered": ("Trang này mô tả toàn bộ dữ liệu: các bộ lọc không áp dụng ở đây.",
                        "This page describes all the data: the filters do not apply here."),
    "file": ("Tệp", "File"),
    "file_status": ("Tình trạng tệp", "File status"),
    "problem": ("Vấn đề", "Problem"),
}

MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


CODES = frozenset({"leaders", "ministers", "senior_officials", "other", "held", "upcoming", "unconfirmed", "virtual", "hybrid",
                   "in_person"})


def label(value, lang: str):
    """A code from the data (level, status, mode) in the reader's language; anything else as it is."""
    return t(value, lang) if value in CODES else value


def t(key: str, lang: str, **kw) -> str:
    vi, en = LABELS.get(key, (key, key))
    text = en if lang == "en" else vi
    return text.format(**kw) if kw else text


def fmt_day(d: date, lang: str) -> str:
    return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}" if lang == "en" else f"{d.day}/{d.month}/{d.year}"


def fmt_month(d: date, lang: str) -> str:
    return f"{MONTHS_EN[d.month - 1]} {d.year}" if lang == "en" else f"tháng {d.month}/{d.year}"


def fmt_span(start: date, end: date, precision: str, lang: str) -> str:
    """'8–9/11/2021' or '8–9 Nov 2021'; a month-precise date as the month only."""
    if precision == "month":
        return f"{MONTHS_EN[start.month - 1]} {start.year}" if lang == "en" else f"tháng {start.month}/{start.year}"
    if start == end:
        return fmt_day(start, lang)
    if (start.year, start.month) == (end.year, end.month):
        if lang == "en":
            return f"{start.day}–{end.day} {MONTHS_EN[start.month - 1]} {start.year}"
        return f"{start.day}–{end.day}/{start.month}/{start.year}"
    return f"{fmt_day(start, lang)} – {fmt_day(end, lang)}"

LABELS.update({
    "delegation": ("Ai dẫn đầu đoàn Việt Nam", "Who led Viet Nam's delegation"),
    "and_more": ("… và {n} hội nghị khác", "… and {n} more meetings"),
    "delegation_help": ("Mỗi ô: một diễn đàn trong một năm, màu theo chức vụ cao nhất trong đoàn Việt Nam; di chuột để xem tên.",
                        "Each mark: a forum in a year, coloured by the highest title in Viet Nam's delegation; hover for the names."),
    "lead_head_of_state": ("Nguyên thủ, Tổng Bí thư, Chủ tịch Quốc hội", "Head of state, party leader, legislature chair"),
    "lead_head_of_government": ("Thủ tướng", "Head of government"),
    "lead_deputy_head": ("Phó Chủ tịch nước, Phó Thủ tướng", "Deputy head of state or government"),
    "lead_minister": ("Bộ trưởng", "Minister"),
    "lead_deputy_minister": ("Thứ trưởng", "Deputy minister"),
    "lead_other": ("Khác", "Other"),
    "calendar": ("Lịch các hội nghị sắp diễn ra (.ics)", "Upcoming meetings as a calendar (.ics)"),
})
