"""Compiled regular expressions kept between runs of the command line, as Python keeps compiled
bytecode, in the user's cache folder.

A run of `python -m etl` compiles about 760 patterns before it reads an article: its rules', its
vocabularies' (alternations of several hundred names each) and those of the libraries it reads
pages with. That was 0.15-0.2 s of CPU in every process, a seventh of a re-run after 1 % of
10,000 files changed. `kept_patterns()` wraps `re`'s compiler for the process: a pattern compiled in an earlier
run is rebuilt from its stored program instead of being parsed and compiled again.

What is stored is what `re` itself would build, and is checked to be: when the run ends, each
pattern compiled anew is compiled again the way `re._compiler.compile` does it, step by step, and
is stored only if the pattern rebuilt from that program equals the one `re` made (patterns compare
equal when their text, flags and program are the same) with the same groups. The file holds the
interpreter's version and regex engine's magic number and a hash of its content; a file that does
not match them, or cannot be read, is not used and is written anew. The wrapper hands anything but
a plain pattern text (bytes, parsed patterns, the DEBUG flag) to `re` as it is, and it is not
installed at all where `re`'s internals are not the ones it was written for.
"""
from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import re
import sys
import tempfile
from array import array
from collections.abc import Iterator
from pathlib import Path

try:
    import _sre
    from re import _compiler, _parser
    _CODE = next((t for t in "ILQ" if array(t).itemsize == _sre.CODESIZE), None)     # a program's unit
    _TAG = f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}".replace("\n", " ").encode()
except (ImportError, AttributeError):       # another implementation, or another re
    _CODE = None

MAX_KEPT = 4096             # patterns in the file; past this, only those of the last run are kept
Entry = tuple[int, bytes, int, dict, tuple]      # flags, program, groups, group index, group names
Key = tuple[str, int]


def cache_path() -> Path | None:
    """Where the patterns are kept: the user's cache folder ($XDG_CACHE_HOME, else ~/.cache), one
    file per Python version; None where there is no such folder."""
    try:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    except RuntimeError:                    # no home folder
        return None
    return base / "diplomacy-timeline" / f"patterns.{sys.implementation.cache_tag}"


class PatternCache:
    """The stored patterns (read once), and what this process compiled anew."""

    def __init__(self, path: Path | None):
        self.path = path
        self.stored: dict[Key, Entry] = load(path) if path else {}
        self.used: set[Key] = set()
        self.missed: dict[Key, re.Pattern] = {}
        self.original = _compiler.compile

    def compile(self, p, flags=0):
        """re._compiler.compile, served from the stored programs where it can be."""
        if type(p) is not str or flags & re.DEBUG:
            return self.original(p, flags)
        key = (p, int(flags))
        entry = self.stored.get(key)
        if entry is not None:
            try:
                pattern = rebuilt(p, entry)
                self.used.add(key)
                return pattern
            except Exception:               # not a program this engine takes: compiled as usual
                del self.stored[key]
        pattern = self.missed[key] = self.original(p, flags)
        return pattern

    def save(self) -> int:
        """Stores the patterns compiled anew (each checked against re's own), beside those kept;
        how many were added. Nothing is raised: a cache that cannot be written is not kept."""
        new = {}
        for key, pattern in self.missed.items():
            try:
                entry = program(*key)
                if same(rebuilt(key[0], entry), pattern):
                    new[key] = entry
            except Exception:               # a pattern re compiled that this cannot: not kept
                continue
        if not new or self.path is None:
            return 0
        kept = self.stored if len(self.stored) + len(new) <= MAX_KEPT else {k: self.stored[k] for k in self.used}
        try:
            write(self.path, {**kept, **new})
        except (OSError, ValueError):       # a folder that cannot be written; a value marshal cannot
            return 0
        return len(new)


def program(pattern: str, flags: int) -> Entry:
    """What re._compiler.compile(pattern, flags) hands the regex engine, step by step."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (int(flags | parsed.state.flags), array(_CODE, code).tobytes(), parsed.state.groups - 1,
            groupindex, tuple(indexgroup))


def rebuilt(pattern: str, entry: Entry) -> re.Pattern:
    flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, flags, array(_CODE, code).tolist(), groups, groupindex, indexgroup)


def same(a: re.Pattern, b: re.Pattern) -> bool:
    """Equal patterns (text, flags and program) with the same groups."""
    return a == b and a.groups == b.groups and dict(a.groupindex) == dict(b.groupindex)


def load(path: Path) -> dict[Key, Entry]:
    """The stored patterns, or none if the file is missing, damaged or another Python's."""
    try:
        data = path.read_bytes()
        tag, digest, body = data.split(b"\n", 2)
        if tag != _TAG or digest != hashlib.sha256(body).hexdigest().encode():
            return {}
        stored = marshal.loads(body)
        return stored if isinstance(stored, dict) else {}
    except (OSError, ValueError, EOFError, TypeError):
        return {}


def write(path: Path, stored: dict[Key, Entry]) -> None:
    """The file written whole or not at all (a temporary file renamed over it)."""
    body = marshal.dumps(stored)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(b"\n".join([_TAG, hashlib.sha256(body).hexdigest().encode(), body]))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def kept_patterns(path: Path | None = None) -> Iterator[PatternCache | None]:
    """Within the block, re compiles through the stored patterns (`path`, default cache_path());
    at its end, the patterns compiled anew are stored and re is as it was. For a process's own
    run (the command line): patterns compiled before the block are not stored."""
    if _CODE is None or not hasattr(_compiler, "_code") or not hasattr(_parser, "parse"):
        yield None
        return
    cache = PatternCache(path or cache_path())
    _compiler.compile = cache.compile
    try:
        yield cache
    finally:
        _compiler.compile = cache.original
    cache.save()
