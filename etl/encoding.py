"""Bytes -> NFC text: BOMs, UTF-16, Windows-1258, TCVN3 (ABC), double-encoded UTF-8.

Every function here is pure; `decode` never raises, it returns a problem instead.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

# TCVN3 (TCVN 5712:1993, "ABC") puts precomposed Vietnamese letters in 0xA1-0xFE.
# Bytes not listed here read as in Windows-1252.
_TCVN3 = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}
# The same table seen through Latin-1: how TCVN3 bytes look once wrongly decoded.
_TCVN3_FROM_LATIN1 = {chr(b): ch for b, ch in _TCVN3.items()}

# Latin-1 letters that Vietnamese really uses; any other Latin-1 letter in a
# Vietnamese text is a sign of a wrong decoding.
_VIET_LATIN1 = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
# Latin-1 letters and signs that Vietnamese does not use ("«" and "»" included: they sit
# outside words, so only the in-word test below treats them as TCVN3).
_ODD_CHARS = "".join(re.escape(chr(c)) for c in range(0xA1, 0x100) if chr(c) not in _VIET_LATIN1)
_ODD = re.compile(f"[{_ODD_CHARS}]")
_COMBINING = re.compile(r"[\u0300-\u036f]")
_LETTER = re.compile(r"[^\W\d_]")
_MOJIBAKE_HINT = re.compile(r"á»|áº|Ã[\u00a0-\u00bf\u0152-\u2122]|Ä[\u2018\u2019\u0090-\u00bf]|Æ[°¡]|â€")
# One of these characters is in every _MOJIBAKE_HINT; they are rare in Vietnamese, where "á" and
# "â" (which the hint's search stops at) are everywhere, so the hint is searched only after them.
_MOJIBAKE_MARK = re.compile("[»ºÃÄÆ€]")
# _ODD or _COMBINING, in one scan.
_ODD_OR_COMBINING = re.compile(rf"[{_ODD_CHARS}\u0300-\u036f]")
# Every character that the repairs (_MOJIBAKE_MARK, _ODD) and the readability check (_ODD_OR_COMBINING)
# look for, in one scan: a text that holds none (most files) needs none of their scans.
_SUSPECT = re.compile(rf"[{_ODD_CHARS}\u0300-\u036f{_MOJIBAKE_MARK.pattern[1:-1]}]")

MAX_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str | None
    encoding: str | None
    problem: str | None         # None when the text is usable
    status: str = "ok"


def _odd_count(text: str) -> int:
    return len(_ODD.findall(text))


def _badness(text: str) -> int:
    """How un-Vietnamese a decoding looks: stray Latin-1 letters, loose accents."""
    nfc = unicodedata.normalize("NFC", text)
    return _odd_count(nfc) + 2 * len(_COMBINING.findall(nfc)) + 5 * nfc.count("\ufffd")


def tcvn3_to_unicode(text: str) -> str:
    """Map text that holds TCVN3 bytes read as Latin-1 to real Vietnamese."""
    return "".join(_TCVN3_FROM_LATIN1.get(ch, ch) for ch in text)


_IN_WORD = re.compile(rf"(?<=[A-Za-z\u00c0-\u1ef9]){_ODD.pattern}|{_ODD.pattern}(?=[A-Za-z\u00c0-\u1ef9])")


def _odd_in_words(text: str) -> int:
    """Stray Latin-1 letters inside words: TCVN3 read as Latin-1 ("nghiªn")."""
    return len(_IN_WORD.findall(text)) if _ODD.search(text) else 0


def repair_tcvn3_lines(text: str) -> str:
    """Fix the lines of a mostly Unicode text that still carry TCVN3 letters.

    A line is converted when its stray letters sit inside words and converting
    removes most of them; once one line was TCVN3, a single stray letter is enough.
    """
    if _odd_in_words(text) < 2:
        return text
    lines = text.split("\n")
    threshold = 2
    for i, line in enumerate(lines):
        odd = _odd_in_words(line)
        if odd >= threshold:
            fixed = tcvn3_to_unicode(line)
            if _odd_count(fixed) < _odd_count(line) / 2:
                lines[i] = fixed
                threshold = 1
    return "\n".join(lines)


_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f]")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
_CONTROL_BYTE_SET = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20)])


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTE_SET))     # as _CONTROL_BYTES.findall, in C
    return controls > max(8, len(head) // 50)


def _utf16_guess(data: bytes) -> str | None:
    head = data[:4096]
    if len(head) < 4 or b"\x00" not in head:     # no NUL byte: neither half holds any (most files; a look in C)
        return None
    even_nul = head[0::2].count(0)
    odd_nul = head[1::2].count(0)
    half = len(head) // 2
    if odd_nul > half * 0.3 and even_nul < half * 0.05:
        return "utf-16-le"
    if even_nul > half * 0.3 and odd_nul < half * 0.05:
        return "utf-16-be"
    return None


def _by_bom(data: bytes) -> str | None:
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "utf-32"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    return None


def _single_byte(data: bytes) -> tuple[str, str]:
    """Pick Windows-1258 or TCVN3 for bytes that are not UTF-8."""
    candidates = []
    try:
        candidates.append((data.decode("cp1258"), "windows-1258"))
    except UnicodeDecodeError:
        pass
    latin = data.decode("latin-1")
    candidates.append((tcvn3_to_unicode(latin), "tcvn3"))
    candidates.append((data.decode("cp1252", errors="replace"), "windows-1252"))
    return min(candidates, key=lambda c: _badness(c[0]))


def _fix_double_encoding(text: str) -> tuple[str, bool]:
    """UTF-8 that was read as Windows-1252 and saved again ("Há»™i nghá»‹")."""
    if not (_MOJIBAKE_MARK.search(text) and _MOJIBAKE_HINT.search(text)):
        return text, False
    fixed = fix_encoding(text)
    return fixed, fixed != text


def fix_encoding(text: str) -> str:
    """ftfy.fix_encoding(text), without the scan that opens its last step where that step cannot
    change the text. fix_encoding repeats one step until the text stays as it is, and the step
    opens with ftfy's badness scan (1.4 ms on an article's text, over half the time of a
    double-encoded file). A step leaves a text as it is, bad or not, when no single-byte
    encoding ftfy tries can hold it (no Vietnamese text: "ộ", "ư" are in none), it holds no C1
    control character and ftfy's repair of UTF-8 sequences embedded in it changes nothing: such
    a text is returned at once. tests/test_read_shortcuts.py compares this with ftfy.fix_encoding."""
    # imported here: only a double-encoded file needs ftfy, and a run's start-up is spared it
    import ftfy
    try:        # ftfy 6's own step and tables, not public (pinned below 7): without them, ftfy's whole call
        from ftfy import TextFixerConfig, _fix_encoding_one_step_and_explain
        from ftfy.chardata import C1_CONTROL_RE, CHARMAP_ENCODINGS, possible_encoding
        from ftfy.fixes import decode_inconsistent_utf8
    except ImportError:
        return ftfy.fix_encoding(text)

    def settled(text: str) -> bool:
        # does the step leave this text as it is, whatever its badness scan says? (each branch
        # of the step that could change it, in ftfy 6's order)
        return (not any(possible_encoding(text, encoding) for encoding in CHARMAP_ENCODINGS)
                and not C1_CONTROL_RE.search(text)
                and (not _embedded_utf8().search(text) or decode_inconsistent_utf8(text) == text))

    config = TextFixerConfig(explain=False)     # as ftfy.fix_encoding makes it
    lossless = config._replace(replace_lossy_sequences=False)
    while True:
        # replace_lossy_sequences looks for byte 1A or "?" in the text's bytes; where no character
        # encodes to either, it cannot change them, and its search is a third of the step's time
        may_be_lossy = any(c in text for c in _lossy_chars())
        fixed = _fix_encoding_one_step_and_explain(text, config if may_be_lossy else lossless).text
        if fixed == text or settled(fixed):
            return fixed
        text = fixed


@functools.cache
def _embedded_utf8() -> re.Pattern:
    """ftfy's UTF8_DETECTOR_RE with a look-ahead for the characters its matches open with
    (lookahead.ahead): the same matches, five times sooner on a repaired text, where the
    pattern's look-behind was tried at every position. decode_inconsistent_utf8 repairs its
    matches only: a text with none it returns as it is."""
    from ftfy.chardata import UTF8_DETECTOR_RE

    from .lookahead import ahead
    return ahead(UTF8_DETECTOR_RE)


@functools.cache
def _lossy_chars() -> frozenset[str]:
    """The characters that ftfy's sloppy encodings encode to byte 1A or "?" (U+FFFD and "?"): each
    sequence that ftfy's replace_lossy_sequences replaces holds one of these two bytes
    (tests/test_read_shortcuts.py reads its pattern for them)."""
    from ftfy.chardata import CHARMAP_ENCODINGS
    return frozenset(bytes([byte]).decode(encoding) for encoding in CHARMAP_ENCODINGS
                     if encoding.startswith("sloppy") for byte in LOSSY_BYTES)


LOSSY_BYTES = b"\x1a?"


def _has_control_bytes(data: bytes) -> bool:
    """Does data hold a byte of _CONTROL_BYTE_SET (NUL included)? Counted in C, as looks_binary does."""
    return len(data.translate(None, _CONTROL_BYTE_SET)) != len(data)


def unix_lines(text: str) -> str:
    """text.replace("\r\n", "\n").replace("\r", "\n"): one look for a carriage return first,
    which most texts do not hold (2 % of a text file's reading: each replace scans the text)."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def decode(data: bytes) -> Decoded:
    """Decode a file's bytes to NFC text, or say why it cannot be read as text."""
    if not data.strip():
        return Decoded(None, None, "the file is empty or holds only whitespace", "empty")
    # Does the file hold a NUL or control byte? Most do not: then looks_binary, which counts them
    # in the head, is not asked, nor is the decoded text scanned for control characters below.
    controls = _has_control_bytes(data)
    encoding = _by_bom(data) or _utf16_guess(data)
    if encoding:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            return Decoded(None, encoding, f"invalid {encoding} at byte {exc.start}", "undecodable")
    elif controls and looks_binary(data):
        return Decoded(None, None, "binary content (NUL or control bytes), not text", "binary")
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding = _single_byte(data)
    head = text[:8192]
    # UTF-8 text holds a control character only where its bytes hold that byte (no byte of a
    # longer character is below 0x20): when its bytes hold none, the scan of the text is skipped.
    utf8 = encoding in ("utf-8", "utf-8-sig")
    if (not utf8 or controls) and (
            "\x00" in head or (_CONTROL_CHARS.search(head) and len(_CONTROL_CHARS.findall(head)) > max(8, len(head) // 50))):
        return Decoded(None, encoding, "binary content after decoding, not text", "binary")
    suspect = bool(_SUSPECT.search(text))
    if suspect:
        text, doubled = _fix_double_encoding(text)
        if doubled:
            encoding = f"{encoding}+double-encoded"
        text = repair_tcvn3_lines(text)
    lines = unix_lines(text)
    text = unicodedata.normalize("NFC", lines)
    if not text.strip():
        return Decoded(None, encoding, "no text after decoding", "empty")
    sample = text[:20000]
    # NFC may make a character the check looks for out of one it does not (the angstrom sign "\u212b"
    # becomes the letter "Å"): then it looks
    if (suspect or text != lines) and _ODD_OR_COMBINING.search(sample) and _badness(sample) > max(
            20, len(_LETTER.findall(sample)) // 10):
        return Decoded(None, encoding, "undecodable: no encoding gives readable Vietnamese", "undecodable")
    return Decoded(text, encoding, None)
