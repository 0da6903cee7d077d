"""Faults and hostile input, continued (issue 12): time near-linear in a text's length, a time
budget per file, a read-only or full output folder, runs with nothing changed, --out inside
the input folder. Maintainer notes: docs/reliability.md."""
from __future__ import annotations

import errno
import os
import re
import signal
import sqlite3
import threading
import time

import pandas as pd
import pyarrow.parquet as pq
import pytest

from etl import assemble, budget, cli, people, pipeline, publish, state, workers
from etl.gazetteer import default_gazetteer
from etl.records import Article, Official
from etl.sentences import MAX_SENTENCE, split_paragraph_sentences

from .conftest import published_on

WORDS = "Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao ASEAN lần thứ 38 ngày 26/10/2021 tại Hà Nội và "


def unpunctuated(n_chars: int) -> str:
    return (WORDS * (n_chars // len(WORDS) + 1))[:n_chars]


# time near-linear in the text's length -----------------------------------------------------

def test_text_without_sentence_punctuation_is_cut_into_bounded_pieces():
    text = unpunctuated(50_000)
    pieces = [s for _, s in split_paragraph_sentences(text)]
    assert max(map(len, pieces)) <= MAX_SENTENCE
    assert " ".join(pieces).split() == text.split()          # nothing lost, nothing added


def test_no_stage_sees_a_sentence_longer_than_the_cap(monkeypatch):
    """Each stage looks at a sentence once per thing in it: a sentence of the whole text made
    their time grow with the square of its length (or worse). Counts what they are given."""
    seen: list[int] = []
    find = assemble.find_meetings

    def counting(text, *args, **kwargs):
        seen.append(len(text))
        return find(text, *args, **kwargs)
    monkeypatch.setattr(assemble, "find_meetings", counting)
    text = unpunctuated(30_000)
    art = Article(article_id="x", source_path="x.txt", record=None, title="T", url=None,
                  published=published_on("2021-10-26"), outlet=None, text=text, boilerplate="", encoding="utf-8",
                  status="ok", problem=None, content_hash="")
    events, _ = assemble.extract(art, default_gazetteer())
    assert seen and max(seen) <= MAX_SENTENCE and sum(seen) <= len(text)
    assert events


def test_names_are_resolved_against_their_few_candidates_not_every_name(monkeypatch):
    """An article naming n people compared each name with every other (n²)."""
    calls = []
    variant = people._ascii_variant
    monkeypatch.setattr(people, "_ascii_variant", lambda a, b: calls.append(1) or variant(a, b))
    names = [f"Nguyễn Văn {chr(0x41 + i % 26)}{chr(0x61 + i // 26 % 26)}{i}" for i in range(2000)]
    found = [(i, Official(name=n, role="Bộ trưởng", country=None, pos=0, rule="title"))
             for i, n in enumerate(names + ["Nguyen Van Aa0"])]
    out = people._resolve_names(found, [o for _, o in found])
    assert len(calls) <= 2 * len(found)
    assert out[-1][1].name == "Nguyễn Văn Aa0"             # the written-out form still wins


# a time budget per file ----------------------------------------------------------------------

GOOD = "Tiêu đề về ASEAN\n\nHội nghị Cấp cao ASEAN lần thứ {n} đã diễn ra ngày 26/10/2021 với sự tham dự của " \
       "Thủ tướng Phạm Minh Chính.\n"
STUCK = "Tiêu đề\n\nCHẬM: Hội nghị Cấp cao ASEAN lần thứ 40 đã diễn ra ngày 26/10/2021.\n"


def stuck_stage(monkeypatch):
    """An extraction that never ends on one file: a regular expression that backtracks for ever
    (the kind of spot the budget is for), then a pure-Python loop."""
    extract = workers.extract

    def slow(article, gaz):
        if "CHẬM" in article.text:
            re.match(r"(a+)+$", "a" * 64 + "b")
            while True:
                pass
        return extract(article, gaz)
    monkeypatch.setattr(workers, "extract", slow)


@pytest.mark.parametrize("workers", [False, True], ids=["one-process", "workers"])
def test_a_file_over_its_time_budget_is_a_problem_and_the_run_goes_on(write, tmp_path, monkeypatch, workers):
    stuck_stage(monkeypatch)
    if workers:                                     # the workers are forked: they run the patched stage
        monkeypatch.setattr("etl.workers.PARALLEL_FROM", 1)
        monkeypatch.setattr(os, "cpu_count", lambda: 2)
    for n in range(3):
        write(f"a{n}.txt", GOOD.format(n=30 + n))
    write("b.txt", STUCK)
    out = tmp_path / "out"
    report = pipeline.run(write.root, out, budget=0.3)
    assert report.ok == 3 and [(p, s) for p, s, _ in report.problems] == [("b.txt", "too_slow")]
    arts = pd.read_parquet(out / "articles.parquet").set_index("source_path")
    assert arts.loc["b.txt", "status"] == "too_slow" and "time budget" in arts.loc["b.txt", "problem"]
    assert report.events == 3
    # the slow file is remembered like any problem: an unchanged re-run does not read it again
    again = pipeline.run(write.root, out, budget=0.3)
    assert again.reused == 4 and len(again.problems) == 1


@pytest.mark.skipif(os.name != "posix", reason="forked workers")
@pytest.mark.parametrize("chunk", [16, 1])      # the crash in a chunk of several files, or alone
def test_a_file_that_ends_its_worker_process_is_a_problem_and_the_run_goes_on(write, tmp_path, monkeypatch, chunk):
    """A crash inside a C library (or the kernel's out-of-memory killer) ends the worker reading
    the file: the worker is replaced, the other files of its chunk are read again, and that file
    is a problem row (multiprocessing.Pool, used before, waited for the lost result for ever)."""
    real = workers.process_file

    def crashing(path, root, *budget):
        if path.name == "b.txt":
            os.kill(os.getpid(), signal.SIGKILL)
        return real(path, root, *budget)
    monkeypatch.setattr(workers, "process_file", crashing)      # the workers are forked: they run it
    monkeypatch.setattr(workers, "PARALLEL_FROM", 1)
    monkeypatch.setattr(workers, "CHUNK", chunk)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    for n in range(5):
        write(f"a{n}.txt", GOOD.format(n=30 + n))
    write("b.txt", STUCK)
    report = pipeline.run(write.root, tmp_path / "out", use_cache=False)
    assert report.ok == 5 and report.events == 5
    assert [(p, s) for p, s, _ in report.problems] == [("b.txt", "unreadable")]
    assert "ended the worker process (signal SIGKILL)" in report.problems[0][2]


@pytest.mark.parametrize("workers_on", [False, True], ids=["one-process", "workers"])
def test_a_rules_bug_stops_the_run_in_a_worker_as_in_one_process(write, tmp_path, monkeypatch, workers_on):
    """An exception raised by extraction is a bug in the rules, not one file's problem: it stops
    the run with nothing published, whether the file was read in a worker or not."""
    extract = workers.extract

    def buggy(article, gaz):
        if "CHẬM" in article.text:
            raise ValueError("a rule's bug")
        return extract(article, gaz)
    monkeypatch.setattr(workers, "extract", buggy)
    if workers_on:
        monkeypatch.setattr(workers, "PARALLEL_FROM", 1)
        monkeypatch.setattr(os, "cpu_count", lambda: 2)
    for n in range(3):
        write(f"a{n}.txt", GOOD.format(n=30 + n))
    write("b.txt", STUCK)
    with pytest.raises(ValueError, match="a rule's bug"):
        pipeline.run(write.root, tmp_path / "out")
    assert not (tmp_path / "out" / "events.parquet").exists()


def test_the_budget_is_an_option_and_a_slow_file_means_exit_1(write, tmp_path, monkeypatch, capsys):
    stuck_stage(monkeypatch)
    write("a.txt", GOOD.format(n=30))
    write("b.txt", STUCK)
    code = cli.main([str(write.root), "--out", str(tmp_path / "out"), "--file-budget", "0.2"])
    assert code == cli.EXIT_PROBLEMS
    assert "too_slow: b.txt: reading and extracting it took more than 0.2 s" in capsys.readouterr().err


def test_outside_the_main_thread_the_budget_holds_too(write, tmp_path, monkeypatch):
    """As in a Dask worker's thread or the dashboard's rebuild: the timer is a thread (budget.py)."""
    extract = workers.extract

    def slow(article, gaz):
        while "CHẬM" in article.text:           # pure Python: interrupted between two steps
            pass
        return extract(article, gaz)
    monkeypatch.setattr(workers, "extract", slow)
    write("a.txt", GOOD.format(n=30))
    write("b.txt", STUCK)
    done = []
    reader = threading.Thread(target=lambda: done.append(pipeline.run(write.root, tmp_path / "out", budget=0.3)))
    reader.start()
    reader.join(timeout=60)
    assert done and [(p, s) for p, s, _ in done[0].problems] == [("b.txt", "too_slow")]
    assert done[0].ok == 1 and done[0].events == 1


def test_a_ring_that_something_swallows_is_not_the_last():
    """Outside the main thread the timer rings again until the block ends: a ring that lands in code
    that swallows it (a garbage collector's callback, which Python only reports as "Exception
    ignored") does not let the file run on. Once the block is over, no ring comes."""
    seen = []

    def read():
        try:
            with budget.deadline(0.2):
                try:
                    while True:
                        pass
                except budget.OverBudget:
                    seen.append("swallowed")        # as such a callback does
                while True:
                    pass
        except budget.OverBudget:
            seen.append("over")
        end = time.monotonic() + 3 * budget.RING_AGAIN
        while time.monotonic() < end:               # no late ring after the block
            pass
        seen.append("quiet")
    reader = threading.Thread(target=read, daemon=True)     # (a reader never stopped must not hold the tests up)
    reader.start()
    reader.join(timeout=10)
    assert seen == ["swallowed", "over", "quiet"]


def test_the_budget_s_timer_is_gone_after_each_file(write, tmp_path):
    before = signal.getsignal(signal.SIGALRM)
    write("a.txt", GOOD.format(n=30))
    pipeline.run(write.root, tmp_path / "out", budget=5)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0) and signal.getsignal(signal.SIGALRM) == before


# a full disk, a read-only folder ---------------------------------------------------------------

def published(out) -> dict:
    """Each published table file's identity: (inode, mtime) through the fixed links."""
    return {name: (os.stat(out / f"{name}.parquet").st_ino, os.stat(out / f"{name}.parquet").st_mtime_ns)
            for name in ("articles", "events", "participants", "officials")}


def full_disk_at_parquet(monkeypatch):
    """pyarrow writing a table on a full disk."""
    def refuse(self, *args, **kwargs):
        raise OSError(errno.ENOSPC, "Error writing bytes to file. Detail: [errno 28] No space left on device")
    monkeypatch.setattr(pq.ParquetWriter, "write_table", refuse)


def full_disk_at_state(monkeypatch):
    """SQLite's own 'database or disk is full' (SQLITE_FULL), for real: the state may not grow."""
    open_ = state.State._open

    def small(self):
        db = open_(self)
        db.execute(f"PRAGMA max_page_count = {db.execute('PRAGMA page_count').fetchone()[0]}")
        return db
    monkeypatch.setattr(state.State, "_open", small)


def read_only(monkeypatch):
    """A read-only file system: the lock file cannot even be opened for writing."""
    real = os.open

    def refuse(path, flags, *args, **kwargs):
        if str(path).endswith(publish.LOCK_NAME):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return real(path, flags, *args, **kwargs)
    monkeypatch.setattr(os, "open", refuse)


@pytest.mark.parametrize(("fault", "cause"), [
    (full_disk_at_parquet, "the disk is full"),
    (full_disk_at_state, "the disk is full"),
    (read_only, "the file system is read-only"),
], ids=["full-disk-parquet", "full-disk-sqlite", "read-only"])
@pytest.mark.parametrize("no_cache", [False, True], ids=["cached", "no-cache"])
def test_a_full_disk_or_read_only_folder_is_named_in_one_line(write, tmp_path, capsys, monkeypatch, fault, cause,
                                                              no_cache):
    write("a.txt", GOOD.format(n=30))
    out = tmp_path / "out"
    pipeline.run(write.root, out)
    before, listing = published(out), sorted(p.name for p in out.iterdir())
    write("b.txt", "Tiêu đề\n\n" + unpunctuated(20_000))    # something to write: some 20 meetings
    fault(monkeypatch)
    code = cli.main([str(write.root), "--out", str(out)] + (["--no-cache"] if no_cache else []))
    err = capsys.readouterr().err
    assert code == cli.EXIT_FAILED
    assert err.startswith(f"error: cannot write to {out}: {cause} (") and err.count("\n") == 1, err
    assert "Traceback" not in err and "set aside" not in err
    monkeypatch.undo()
    assert published(out) == before and sorted(p.name for p in out.iterdir()) == listing    # nothing set aside
    again = pipeline.run(write.root, out)            # the state was kept: only the new file is read
    assert again.articles == 2 and again.reused == 1


# a run with nothing changed ------------------------------------------------------------------

def test_a_run_with_nothing_changed_does_not_rewrite_the_tables(write, tmp_path):
    write("a.txt", GOOD.format(n=30))
    write("b.txt", STUCK.replace("CHẬM: ", ""))
    write("c.bin", b"\x00\x01")                       # a problem row, kept in the report
    out = tmp_path / "out"
    first = pipeline.run(write.root, out)
    before, current = published(out), os.readlink(out / publish.GENERATIONS / publish.POINTER)
    again = pipeline.run(write.root, out)
    assert published(out) == before
    assert os.readlink(out / publish.GENERATIONS / publish.POINTER) == current
    assert [p.name for p in (out / publish.GENERATIONS).iterdir() if p.name.isdigit()] == [current]
    assert (again.articles, again.ok, again.problems, again.events, again.participants, again.officials) == \
           (first.articles, first.ok, first.problems, first.events, first.participants, first.officials)
    assert again.reused == 3
    write("a.txt", GOOD.format(n=32))                 # a change is published as before
    pipeline.run(write.root, out)
    assert os.readlink(out / publish.GENERATIONS / publish.POINTER) != current


def test_nothing_changed_on_a_full_disk_is_a_run_that_succeeds(write, tmp_path, monkeypatch, caplog):
    write("a.txt", GOOD.format(n=30))
    out = tmp_path / "out"
    pipeline.run(write.root, out)
    before = published(out)

    def full(self, *args):
        raise sqlite3.OperationalError("database or disk is full")
    monkeypatch.setattr(state.State, "commit", full)
    monkeypatch.setattr(publish, "storage_fault", lambda exc: "the disk is full")
    assert pipeline.run(write.root, out).reused == 1
    assert published(out) == before and "nothing changed" in caplog.text


# --out inside the input folder -----------------------------------------------------------------

@pytest.mark.parametrize("where", ["tables", "deep/er/tables", "."])
def test_the_output_folder_inside_the_input_folder_is_not_read(write, tmp_path, capsys, where):
    write("a.txt", GOOD.format(n=30))
    out = write.root / where
    for _ in range(2):
        assert cli.main([str(write.root), "--out", str(out)]) == cli.EXIT_OK
    std = capsys.readouterr()
    arts = pd.read_parquet(out / "articles.parquet")
    assert list(arts.source_path) == ["a.txt"]
    assert "; the output folder is inside the input folder and is not read -> " in std.out
    assert (f"  not read: {where}: the output folder (--out); not read as input" in std.err if where != "."
            else "  not read: articles.parquet: the tables of this run; not read as input" in std.err)


def test_a_files_rows_cross_the_pipe_to_the_parent_unchanged(write):
    """The records a worker sends are pickled as their fields' values (records._pickled_by_fields):
    every record of a file, its nested date included, comes back equal and of its class."""
    import pickle

    write("a.txt", GOOD.format(n=38).replace("\n\n", "\n\nHà Nội, 27/10/2021\n\n", 1))   # a date line
    result = workers.process_file(write.root / "a.txt", write.root)
    (article, events, people), = result[2]
    assert article.published is not None and events and people
    assert pickle.loads(pickle.dumps(result)) == result
    for record in (article, article.published, *events, *people):
        back = pickle.loads(pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL))
        assert type(back) is type(record) and back == record
        assert record.__reduce__()[0] is type(record)


@pytest.mark.parametrize("workers_on", [False, True], ids=["one-process", "workers"])
def test_a_duplicate_names_its_first_copy(write, tmp_path, monkeypatch, workers_on):
    """keyed.dedupe with FirstCopies: a copy of an earlier file's article, or of an earlier record
    of the same export, is a duplicate row naming where the first copy is (file, and line)."""
    import json

    if workers_on:
        monkeypatch.setattr(workers, "PARALLEL_FROM", 1)
        monkeypatch.setattr(os, "cpu_count", lambda: 2)
    text = GOOD.format(n=38)
    record = json.dumps({"title": "Bài", "text": GOOD.format(n=39)}, ensure_ascii=False)
    write("a.txt", text)
    write("b/copy.txt", text)
    write("c.jsonl", "\n".join([json.dumps({"title": "Khác", "text": GOOD.format(n=40)}, ensure_ascii=False),
                                record, record]))
    report = pipeline.run(write.root, tmp_path / "out", use_cache=False)
    assert sorted((p, why) for p, s, why in report.problems if s == "duplicate") == [
        ("b/copy.txt", "b/copy.txt: same content as a.txt"),
        ("c.jsonl", "c.jsonl line 3: same content as c.jsonl line 2")]
    assert report.events == 3
