"""The command line: summary, exit codes, every file accounted for, atomic writes, the cache."""
from __future__ import annotations

import os
import subprocess
import sys

import pandas as pd
import pytest

from etl import cli, keyed, pipeline, workers
from etl.state import STATE_NAME

from .conftest import ROOT

GOOD = "Tiêu đề về ASEAN\n\nHội nghị Cấp cao ASEAN lần thứ 38 đã diễn ra ngày 26/10/2021 với sự tham dự của " \
       "Thủ tướng Phạm Minh Chính.\n"


def test_python_dash_m_with_a_folder(write, tmp_path):
    write("a.txt", GOOD)
    write("sub/b.txt", GOOD.replace("38", "39").replace("26/10", "27/10"))
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "etl", str(write.root), "--out", str(out)],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert "2 files, 2 articles: 2 ok, 0 with problems; 2 events" in done.stdout
    arts = pd.read_parquet(out / "articles.parquet")
    assert sorted(arts.source_path) == ["a.txt", "sub/b.txt"]
    assert set(pd.read_parquet(out / "participants.parquet").name) == {"Phạm Minh Chính"}
    assert {"events.parquet", "participants.parquet", "officials.parquet"} <= {p.name for p in out.iterdir()}


def _main_in_its_own_process(write, tmp_path, before: str, after: str) -> list[str]:
    """What a fresh Python process prints that runs `before`, then cli.main() as the program does
    (code: its exit code; events: the path of the events table it wrote), then `after`."""
    write("a.txt", GOOD)
    out = tmp_path / "out"
    script = (f"import sys\n{before}from etl.cli import main\n"
              f"sys.argv = ['etl', {str(write.root)!r}, '--out', {str(out)!r}, '--quiet']\n"
              f"code = main()\nevents = {str(out / 'events.parquet')!r}\n{after}")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_the_command_line_imports_neither_numpy_nor_pandas(write, tmp_path):
    # lean.spare: pyarrow would import numpy (a sixth of a second) and pandas (a quarter) only to
    # recognise their objects, and cloudpickle where Dask is installed; the tables are the same.
    # (Nor pyarrow.compute: etl/write.py edits parts by slices.) Afterwards numpy is refused with a
    # message: a pyarrow set up without it would crash the process on numpy's arrays rather than raise
    printed = _main_in_its_own_process(write, tmp_path, "", (
        "spared = not {'numpy', 'pandas', 'cloudpickle', 'pyarrow.compute'} & set(sys.modules)\n"
        "import pyarrow.parquet as pq\n"
        "rows = pq.read_table(events).num_rows\n"
        "try:\n    import pandas\nexcept ModuleNotFoundError as exc:\n    refused = 'etl.lean.spare' in str(exc)\n"
        "import pyarrow\nprint(code, spared, rows, refused, pyarrow.default_memory_pool().backend_name)\n"))
    assert printed == ["0", "True", "1", "True", "system"]     # and the C library's allocator


def test_a_caller_that_imported_pyarrow_first_keeps_numpy_and_pandas(write, tmp_path):
    # too late to spare numpy: only pandas is spared, and to_pandas still works
    printed = _main_in_its_own_process(write, tmp_path, "import pyarrow\n", (
        "spared = 'pandas' not in sys.modules\nimport pyarrow.parquet as pq\n"
        "print(code, spared, len(pq.read_table(events).to_pandas()))\n"))
    assert printed == ["0", "True", "1"]


def test_problems_are_listed_and_change_the_exit_code(write, tmp_path, capsys):
    write("a.txt", GOOD)
    write("empty.txt", b"")
    write("bin.txt", b"\x00\x01\x02" * 100)
    write("x.pdf", b"%PDF-1.4")
    code = cli.main([str(write.root), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == cli.EXIT_PROBLEMS
    for name in ("empty.txt", "bin.txt", "x.pdf"):
        assert name in err
    arts = pd.read_parquet(tmp_path / "out" / "articles.parquet")
    assert len(arts) == 4 and set(arts.status) == {"ok", "empty", "binary", "unsupported"}


def test_missing_input_folder(tmp_path, capsys):
    assert cli.main([str(tmp_path / "nope"), "--out", str(tmp_path / "out")]) == cli.EXIT_FAILED
    assert "is not a folder" in capsys.readouterr().err


def test_duplicate_content_is_kept_but_not_counted_twice(write, tmp_path):
    write("a.txt", GOOD)
    write("copy/a.txt", GOOD)
    pipeline.run(write.root, tmp_path)
    arts = pd.read_parquet(tmp_path / "articles.parquet")
    assert sorted(arts.status) == ["duplicate", "ok"] and arts.article_id.is_unique
    assert pd.read_parquet(tmp_path / "events.parquet").n_articles.tolist() == [1]


def test_an_interrupted_run_leaves_the_previous_tables_whole(write, tmp_path, monkeypatch):
    write("a.txt", GOOD)
    pipeline.run(write.root, tmp_path)
    before = {str(p.relative_to(tmp_path)): p.read_bytes() for p in tmp_path.glob("*.parquet/*.parquet")}
    write("b.txt", GOOD.replace("38", "40"))

    def crash(*args, **kwargs):
        raise KeyboardInterrupt
    monkeypatch.setattr(keyed, "stream_clusters", crash)
    with pytest.raises(KeyboardInterrupt):
        pipeline.run(write.root, tmp_path)
    after = {str(p.relative_to(tmp_path)): p.read_bytes() for p in tmp_path.glob("*.parquet/*.parquet")}
    assert len(before) >= 4
    assert after == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp") or p.name.startswith(".etl-state-")]


def test_unchanged_files_come_from_the_cache(write, tmp_path, monkeypatch):
    for i in range(3):
        write(f"a{i}.txt", GOOD.replace("38", str(40 + i)))
    first = pipeline.run(write.root, tmp_path)
    write("a1.txt", GOOD.replace("38", "50"))
    calls = []
    real = workers.process_file
    monkeypatch.setattr(workers, "process_file", lambda p, r, *b: calls.append(p.name) or real(p, r, *b))
    second = pipeline.run(write.root, tmp_path)
    assert (first.reused, second.reused, calls) == (0, 2, ["a1.txt"])
    assert sorted(pd.read_parquet(tmp_path / "events.parquet").ordinal) == [40, 42, 50]


def test_a_new_extractor_version_ignores_the_old_cache(write, tmp_path, monkeypatch):
    write("a.txt", GOOD)
    pipeline.run(write.root, tmp_path)
    monkeypatch.setattr("etl.state.EXTRACTOR_VERSION", "next")
    assert pipeline.run(write.root, tmp_path).reused == 0


@pytest.mark.parametrize(("chunk", "window"), [(16, 32), (1, 32), (2, 1)])  # one chunk; many; one out at a time
def test_large_inputs_use_two_processes_and_keep_order(write, tmp_path, monkeypatch, chunk, window):
    monkeypatch.setattr(workers, "PARALLEL_FROM", 4)
    monkeypatch.setattr(workers, "CHUNK", chunk)
    monkeypatch.setattr(workers, "WINDOW", window)
    for i in range(9):
        write(f"f{i}.txt", GOOD.replace("38", str(10 + i)))
    report = pipeline.run(write.root, tmp_path, use_cache=False)
    assert report.ok == 9
    assert pd.read_parquet(tmp_path / "articles.parquet").source_path.tolist() == [f"f{i}.txt" for i in range(9)]
    assert sorted(pd.read_parquet(tmp_path / "events.parquet").ordinal) == [10 + i for i in range(9)]


@pytest.mark.parametrize("part_files", [256, 3])     # every part written by a worker; the long ones by the parent
def test_workers_write_the_articles_parts_the_parent_would(write, tmp_path, monkeypatch, part_files):
    """In a full run the workers write the articles table, a part each (workers.extract_into):
    the same part files, row groups and all, as the parent writes in one process, with
    duplicates found across parts and workers (the part holding one is patched), an export's
    records, a page and a file that cannot be read."""
    import json

    import pyarrow.parquet as pq

    from etl.parts import SPREAD
    monkeypatch.setitem(SPREAD, "articles", 4)          # many parts from few files
    monkeypatch.setattr(workers, "PART_FILES", part_files)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    for i in range(40):
        write(f"f{i:02d}.txt", GOOD.replace("38", str(10 + i % 7)) if i % 9 else GOOD)   # copies of GOOD
    write("g.jsonl", "\n".join(json.dumps({"title": "Bài", "text": GOOD}, ensure_ascii=False) for _ in range(2)))
    write("h.html", f"<html><head><title>Bài</title></head><body><article><p>{GOOD}</p></article></body></html>")
    write("i.txt", b"\xff\xfe\x00\xd8")            # UTF-16 that breaks off: a problem row
    from etl.write import AtomicTables
    appended, append = [], AtomicTables.append              # the rows this process writes
    monkeypatch.setattr(AtomicTables, "append", lambda self, name, row: appended.append(name) or append(self, name, row))
    tables = {}
    for parallel_from in (10**6, 1):
        monkeypatch.setattr(workers, "PARALLEL_FROM", parallel_from)
        out = tmp_path / f"out{parallel_from}"
        appended.clear()
        report = pipeline.run(write.root, out, use_cache=False)
        assert report.articles == 44
        tables[parallel_from] = sorted((out / "articles.parquet").iterdir()), report.problems, appended.count("articles")
    (one, problems, here), (two, again, there) = tables.values()
    # with the workers, this process writes no article row (the texts stay with them) but those
    # of the parts of more than PART_FILES files
    long = [pq.read_table(p, columns=["source_path"])["source_path"].to_pylist() for p in one]
    assert here == 44 and there == sum(len(rows) for rows in long if len(set(rows)) > part_files)
    assert (there == 0) == (part_files == 256) and there < 44
    assert problems == again and sum(s == "duplicate" for _, s, _ in problems) > 20
    assert {s for _, s, _ in problems} == {"duplicate", "undecodable"}
    assert len(one) == len(two) > 5
    for a, b in zip(one, two, strict=True):
        ma, mb = pq.ParquetFile(a).metadata, pq.ParquetFile(b).metadata
        assert [ma.row_group(i).num_rows for i in range(ma.num_row_groups)] == [
            mb.row_group(i).num_rows for i in range(mb.num_row_groups)]
        assert pq.read_table(a).equals(pq.read_table(b))
    for name in ("events", "participants", "officials"):
        assert pd.read_parquet(tmp_path / "out1000000" / f"{name}.parquet").equals(
            pd.read_parquet(tmp_path / "out1" / f"{name}.parquet"))


def test_tables_are_readable_by_others(write, tmp_path):
    write("a.txt", GOOD)
    pipeline.run(write.root, tmp_path)
    table = tmp_path / "events.parquet"         # a folder of part files
    assert oct(table.stat().st_mode & 0o777) == "0o755"
    assert {oct(p.stat().st_mode & 0o777) for p in table.iterdir()} == {"0o644"}


def test_the_state_is_one_sqlite_file_and_no_cache_leaves_none(write, tmp_path):
    write("a.txt", GOOD)
    pipeline.run(write.root, tmp_path / "cached")
    assert (tmp_path / "cached" / STATE_NAME).read_bytes()[:16] == b"SQLite format 3\x00"
    pipeline.run(write.root, tmp_path / "plain", use_cache=False)
    assert sorted(p.name for p in (tmp_path / "plain").iterdir()) == [
        ".etl.lock", ".tables", "articles.parquet", "events.parquet", "officials.parquet", "participants.parquet"]


def test_the_console_script_runs_what_python_m_etl_runs():
    # README: "the console script diplomacy-etl is the same command" (with its patterns kept:
    # etl/__main__.py, etl/regexcache.py)
    import importlib
    import tomllib

    import etl.__main__ as entry
    target = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]["diplomacy-etl"]
    module, _, name = target.partition(":")
    assert getattr(importlib.import_module(module), name) is entry.command
