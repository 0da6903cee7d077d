"""A synthetic corpus for the benchmarks: the seed articles varied in numbers, dates, layout
and encoding, so that every file is distinct and exercises the same code as real input.

`make_corpus(folder, n)` writes the seeds' variations only (every article reports meetings;
the re-run tests use it). `make_corpus(folder, n, outlet=True)` writes what an outlet
publishes instead (see OUTLET_MIX): most articles about other things than meetings (a seed
with every forum name and meeting word replaced by neutral words, checked with the
gazetteer to name no forum), some saved web pages and some double-encoded files, each as
long as the seed it comes from.
"""
from __future__ import annotations

import html
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORUMS = ["APEC", "ASEAN", "ASEAN+3", "ARF", "ASEM"]

# Of an outlet's articles: the share about meetings of a forum (the rest is other news), and
# the share of files in each form besides plain UTF-8 (applied to both kinds of article).
OUTLET_MIX = {"meetings": 0.25, "html": 0.10, "double_encoded": 0.05, "utf16": 0.03, "bom_crlf": 0.03}

# Words that make a sentence about a meeting, replaced in the "other news" articles (the
# forum names come from the gazetteer itself).
_MEETING_WORDS = re.compile(
    r"(?i)\b(?:hội nghị|hội đàm|cuộc họp|phiên họp|họp|tuần lễ cấp cao|thượng đỉnh|cấp cao|"
    r"đối thoại|diễn đàn|hội thảo|bộ trưởng|quan chức cao cấp|lãnh đạo|summit|meeting|SOM|AMM|"
    r"lần thứ(?: \w+)?)\b")
_NEUTRAL = ["mùa vụ", "hợp tác xã", "công trình", "triển lãm", "dự án", "lễ hội", "thị trường"]


# Meetings' numbers, in figures or words, after "lần thứ" or an acronym, alone or in a list
# ("lần thứ 32", "lần thứ ba", "AMM 32", "SOM 3", "lần thứ 38, 39", "ASEAN 38 và 39").
_WORDS = {"nhất": 1, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
_ONE = rf"(?:\d{{1,2}}|{'|'.join(_WORDS)})\b"
_NUMBERS = re.compile(rf"(?:lần thứ |\b[A-Z]{{3,5}} )({_ONE}(?:(?:, | và ){_ONE})*)")


def _moved(numbers: str, step: int) -> str:
    """A list of meetings' numbers ("38, 39", "ba"), each moved by `step`, in figures."""
    return re.sub(_ONE, lambda m: str((_WORDS.get(m.group()) or int(m.group())) + step), numbers)


def _vary(text: str, rng: random.Random, i: int) -> str:
    year = str(rng.randint(2000, 2025))
    text = re.sub(r"\b20[12]\d\b", year, text)
    # every number of a meeting moved by the same step, so that "lần thứ 32 (AMM 32)" stays one
    # meeting and the same seed's meetings differ from one article to the next, as an outlet's
    # do (moving only "lần thứ" left "AMM 32" in every copy: a seventh of the meeting articles
    # of 40,000 became one meeting, which no outlet publishes)
    step = rng.randint(0, 40)
    text = _NUMBERS.sub(lambda m: m.group().replace(m[1], _moved(m[1], step)), text)
    text = re.sub(r"\b(\d{1,2})/(\d{1,2})\b", lambda m: f"{rng.randint(1, 28)}/{rng.randint(1, 12)}", text)
    return text + f"\n\nBài số {i}: {rng.choice(FORUMS)} tiếp tục thúc đẩy hợp tác khu vực."


def neutral(text: str, rng: random.Random) -> str:
    """The seed's text about something else: forum names and meeting words replaced by neutral
    words of about their length. Raises if the gazetteer still finds a forum in it."""
    from etl.gazetteer import default_gazetteer
    gaz = default_gazetteer()
    for _ in range(3):       # a replacement may join words into a forum's name: replace again
        text = gaz.forum_re.sub(lambda m: rng.choice(_NEUTRAL), text)
        if gaz.kind_forum_re is not None:       # "ADMM", "COP26": a kind that names its forum
            text = gaz.kind_forum_re.sub(lambda m: rng.choice(_NEUTRAL), text)
        text = _MEETING_WORDS.sub(lambda m: rng.choice(_NEUTRAL), text)
        if not gaz.forums_named(text):
            return text
    raise ValueError("a neutral article still names a forum")


def as_web_page(text: str, i: int) -> str:
    """The article as a saved web page: a title, a byline date, paragraphs, a menu and a footer."""
    title, _, body = text.partition("\n")
    paras = "\n".join(f"<p>{html.escape(p.strip())}</p>" for p in body.split("\n") if p.strip())
    return (f"<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title>"
            "</head><body><nav><a href=\"/\">Trang chủ</a> | <a href=\"/the-gioi\">Thế giới</a></nav>"
            f"<article><h1>{html.escape(title)}</h1><div class=\"date\">{1 + i % 28:02d}/{1 + i % 12:02d}/{2000 + i % 26} 08:30</div>"
            f"{paras}</article><footer>Bản quyền thuộc về tòa soạn. Bài {i}.</footer></body></html>")


def double_encoded(text: str) -> bytes:
    """UTF-8 read as Windows-1252 (bytes it leaves undefined read as Latin-1) and saved again as UTF-8."""
    data = text.encode("utf-8")
    chars = []
    for b in data:
        try:
            chars.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            chars.append(chr(b))
    return "".join(chars).encode("utf-8")


def _form(rng: random.Random) -> str:
    x, acc = rng.random(), 0.0
    for form in ("html", "double_encoded", "utf16", "bom_crlf"):
        acc += OUTLET_MIX[form]
        if x < acc:
            return form
    return "utf8"


def _outlet_file(seeds: list[str], others: list[str], rng: random.Random, i: int) -> tuple[str, bytes]:
    meetings = rng.random() < OUTLET_MIX["meetings"]
    if meetings:
        text = _vary(seeds[i % len(seeds)], rng, i)
    else:
        text = _vary(others[i % len(others)], rng, i).rsplit("\n\nBài số", 1)[0] + f"\n\nBài số {i}."
    form = _form(rng)
    if form == "html":
        return ".html", as_web_page(text, i).encode("utf-8")
    if form == "double_encoded":
        return ".txt", double_encoded(text)
    if form == "utf16":
        return ".txt", text.encode("utf-16")
    if form == "bom_crlf":
        return ".txt", b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8")
    return ".txt", text.encode("utf-8")


def make_corpus(folder: Path, n: int, seed: int = 7, outlet: bool = False) -> list[Path]:
    """Write n article files into folder (nested 200 per sub-folder); return their paths."""
    rng = random.Random(seed)
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    others = [neutral(s, random.Random(k)) for k, s in enumerate(seeds)] if outlet else []
    paths = []
    for i in range(n):
        stem = folder / f"batch{i // 200:03d}" / f"article{i:06d}"
        stem.parent.mkdir(parents=True, exist_ok=True)
        if outlet:
            suffix, data = _outlet_file(seeds, others, rng, i)
        else:
            suffix, data = ".txt", _seed_file(_vary(seeds[i % len(seeds)], rng, i), i)
        path = stem.with_suffix(suffix)
        path.write_bytes(data)
        paths.append(path)
    return paths


def _seed_file(text: str, i: int) -> bytes:
    kind = i % 20
    if kind == 0:
        return text.encode("utf-16")
    if kind == 1:
        return b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8")
    return text.encode("utf-8")


def touch_some(paths: list[Path], share: float, seed: int = 11) -> int:
    """Change `share` of the files (a new closing sentence), as a day's new reports would: each
    in its own form (a page's paragraph, UTF-16, a double-encoded file's mojibake, CRLF)."""
    rng = random.Random(seed)
    chosen = rng.sample(paths, max(1, int(len(paths) * share)))
    for p in chosen:
        data = p.read_bytes()
        if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
            p.write_bytes(data + "\nCập nhật.".encode("utf-16-le"))
        elif p.suffix == ".html":
            p.write_bytes(data.replace(b"</article>", "<p>Cập nhật.</p></article>".encode("utf-8")))
        elif _is_double_encoded(data):
            p.write_bytes(data + double_encoded("\nCập nhật."))
        else:
            p.write_bytes(data + ("\r\n" if b"\r\n" in data else "\n").encode() + "Cập nhật.".encode("utf-8"))
    return len(chosen)


def _is_double_encoded(data: bytes) -> bool:
    """Is data what double_encoded makes of some text? (Its characters taken back to the bytes
    Windows-1252 or Latin-1 read them from must be that text's UTF-8.)"""
    try:
        chars = data.decode("utf-8")
        raw = bytes(b for c in chars for b in (c.encode("cp1252") if c.encode("cp1252", "ignore") else [ord(c)]))
        return double_encoded(raw.decode("utf-8")) == data and raw != data
    except (UnicodeError, ValueError):
        return False
