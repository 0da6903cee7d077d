"""Compiled patterns kept between runs of the command line (etl/regexcache.py): a pattern rebuilt
from the file is the one re builds, a damaged or foreign file is not used, re is left as it was,
and the command's tables are the same with the file, without it and with a damaged one."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from re import _compiler

import pyarrow.parquet as pq
import pytest

from etl import regexcache
from etl.gazetteer import alternation, place_alternation
from etl.regexcache import PatternCache, kept_patterns, load, same

ROOT = Path(__file__).resolve().parent.parent
RE_COMPILE = _compiler.compile      # re's own, as imported before any test wraps it

PATTERNS = [
    (r"(?<!\w)(?:APEC|ASEAN|ASEM)(?![\w+])", 0),
    (r"(?P<day>\d{1,2})\s*[-–]\s*(?P<end>\d{1,2})/(?P<month>\d{1,2})(?:/(?P<year>\d{4}))?", 0),
    (r"hội nghị\s+(?:cấp\s+cao|bộ trưởng)", re.IGNORECASE),
    (r"^\s*(?:Hà Nội|TP\.HCM|Jakarta)\s*[,(–-]", re.MULTILINE),
    (r"(\()?\d+(?(1)\))", 0),
    (r"[^\W\d_]+", re.ASCII),
    (r"(?s:.*?)(?=\n\n)|\Z", 0),
    (r"(?i:lần thứ)\s+(\d+|[IVXLC]+)\b", 0),
    (alternation(["Hội nghị Cấp cao ASEAN", "Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương", "APEC",
                  "Cộng đồng ASEAN", "ASEAN+3"]).pattern, 0),
    (place_alternation(["Việt Nam", "Thái Lan", "Mỹ", "UAE", "Hàn Quốc", "Hàn"]).pattern, 0),
]
TEXT = ("Hội nghị Cấp cao ASEAN lần thứ 43 (8-9/11/2023) tại Jakarta, APEC (2) ở Hà Nội; ASEAN+3 và Mỹ,\n\n"
        "Hàn Quốc, UAE. HỘI NGHỊ BỘ TRƯỞNG ngày 12 – 14/7 lần thứ XXV")


def compile_all(cache: PatternCache) -> list[re.Pattern]:
    return [cache.compile(p, f) for p, f in PATTERNS]


def test_a_pattern_rebuilt_from_the_file_is_the_one_re_builds(tmp_path):
    path = tmp_path / "patterns"
    with kept_patterns(path) as cache:
        first = compile_all(cache)
    assert set(cache.missed) == {(p, f) for p, f in PATTERNS} and path.exists()
    with kept_patterns(path) as cache:
        again = compile_all(cache)
    assert set(cache.used) == {(p, f) for p, f in PATTERNS} and not cache.missed
    for (p, f), a, b in zip(PATTERNS, first, again, strict=True):
        assert same(b, RE_COMPILE(p, f)), p
        assert [m.group(0) for m in b.finditer(TEXT)] == [m.group(0) for m in re.compile(p, f).finditer(TEXT)]
        assert b.groupindex == a.groupindex and b.groups == a.groups


def test_within_the_block_re_compiles_through_the_file_and_after_it_as_before(tmp_path):
    path = tmp_path / "patterns"
    fresh = rf"kept pattern {os.getpid()} \d+ (?P<n>\w+)"      # in no cache of re's yet
    with kept_patterns(path) as cache:
        assert _compiler.compile == cache.compile
        assert re.compile(fresh).match(f"kept pattern {os.getpid()} 12 x").group("n") == "x"
    assert _compiler.compile is RE_COMPILE
    assert (fresh, 0) in load(path)


def test_a_block_that_raises_leaves_re_as_it_was_and_stores_nothing(tmp_path):
    path = tmp_path / "patterns"
    with pytest.raises(KeyError), kept_patterns(path) as cache:
        compile_all(cache)
        raise KeyError("a run that fails")
    assert _compiler.compile is RE_COMPILE and not path.exists()


@pytest.mark.parametrize("damage", [
    lambda data: data[: len(data) // 2],                                # cut short
    lambda data: data[:-10] + bytes([data[-10] ^ 1]) + data[-9:],         # one bit of the body
    lambda data: b"3.9.0 (another Python)" + data[data.index(b"\n"):],     # another interpreter's
    lambda data: b"",
    lambda data: os.urandom(200),
])
def test_a_damaged_or_foreign_file_is_not_used_and_is_written_anew(tmp_path, damage):
    path = tmp_path / "patterns"
    with kept_patterns(path) as cache:
        compile_all(cache)
    path.write_bytes(damage(path.read_bytes()))
    assert load(path) == {}
    with kept_patterns(path) as cache:
        patterns = compile_all(cache)
    assert not cache.used and all(same(p, RE_COMPILE(*pf)) for p, pf in zip(patterns, PATTERNS, strict=True))
    assert set(load(path)) == {(p, f) for p, f in PATTERNS}


def test_a_program_the_engine_refuses_is_compiled_as_usual(tmp_path):
    path = tmp_path / "patterns"
    key = PATTERNS[1]
    flags, code, *rest = regexcache.program(*key)
    regexcache.write(path, {key: (flags, bytes(len(code)), *rest)})     # a program of zeros
    with kept_patterns(path) as cache:
        pattern = cache.compile(*key)
    assert same(pattern, RE_COMPILE(*key)) and key in cache.missed
    assert regexcache.rebuilt(key[0], load(path)[key]) == RE_COMPILE(*key)


def test_a_program_that_would_not_be_res_is_not_stored(tmp_path, monkeypatch):
    path = tmp_path / "patterns"
    real = regexcache.program
    monkeypatch.setattr(regexcache, "program", lambda p, f: (lambda e: (int(e[0] ^ re.DOTALL), *e[1:]))(real(p, f)))
    with kept_patterns(path) as cache:
        compile_all(cache)
    assert cache.save() == 0 and not path.exists()


def test_what_is_not_a_pattern_text_goes_to_re_as_it_is(tmp_path):
    with kept_patterns(tmp_path / "patterns") as cache:
        assert same(cache.compile(b"\\d+ ASEAN", 0), RE_COMPILE(b"\\d+ ASEAN", 0))
    assert not cache.missed and not (tmp_path / "patterns").exists()


def test_a_folder_that_cannot_be_written_keeps_no_file_and_raises_nothing(tmp_path):
    blocker = tmp_path / "a file"
    blocker.write_text("")
    with kept_patterns(blocker / "patterns") as cache:
        patterns = compile_all(cache)
    assert cache.save() == 0 and all(same(p, RE_COMPILE(*pf)) for p, pf in zip(patterns, PATTERNS, strict=True))


def test_past_the_limit_only_the_last_runs_patterns_are_kept(tmp_path, monkeypatch):
    path = tmp_path / "patterns"
    with kept_patterns(path) as cache:
        compile_all(cache)
    monkeypatch.setattr(regexcache, "MAX_KEPT", len(PATTERNS))
    with kept_patterns(path) as cache:
        cache.compile(*PATTERNS[0])
        cache.compile(r"a pattern of this run only \d", 0)
    assert set(load(path)) == {PATTERNS[0], (r"a pattern of this run only \d", 0)}


def test_the_file_is_in_the_users_cache_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert regexcache.cache_path() == tmp_path / "diplomacy-timeline" / f"patterns.{sys.implementation.cache_tag}"


def tables(out: Path) -> dict[str, list[dict]]:
    return {name: pq.read_table(out / f"{name}.parquet").to_pylist()
            for name in ("articles", "events", "participants", "officials")}


def test_the_commands_tables_are_the_same_with_the_file_without_it_and_with_it_damaged(tmp_path):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    stored = tmp_path / "cache" / "diplomacy-timeline" / f"patterns.{sys.implementation.cache_tag}"

    def run(out: str) -> dict[str, list[dict]]:
        subprocess.run([sys.executable, "-m", "etl", str(ROOT / "seeds"), "--out", str(tmp_path / out), "--quiet"],
                       cwd=ROOT, env=env, check=True, capture_output=True)
        return tables(tmp_path / out)

    cold = run("cold")
    assert len(load(stored)) > 300          # the rules' patterns and the vocabularies'
    assert run("warm") == cold
    stored.write_bytes(stored.read_bytes()[:1000])
    assert run("damaged") == cold and len(load(stored)) > 300
