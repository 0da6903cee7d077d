"""A re-run reads only what changed and writes exactly the tables a full run would write."""
from __future__ import annotations

import os
import random
import shutil

import pandas as pd
import pyarrow.parquet as pq
import pytest

from benchmarks.corpus import make_corpus
from etl import parts, pipeline, rerun
from etl.state import STATE_NAME

TABLES = ("articles", "events", "participants", "officials")


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "in"
    make_corpus(folder, 40)        # the seeds varied in dates, numbers, layout and encoding
    return folder


def same_as_full_run(folder, out, tmp_path) -> None:
    full = tmp_path / "full"
    shutil.rmtree(full, ignore_errors=True)
    pipeline.run(folder, full, use_cache=False)
    for name in TABLES:
        a, b = pd.read_parquet(out / f"{name}.parquet"), pd.read_parquet(full / f"{name}.parquet")
        pd.testing.assert_frame_equal(a, b, obj=name)       # same rows, same order
        assert part_rows(out, name) == part_rows(full, name), name      # cut into the same parts


def part_rows(out, name) -> list[int]:
    return [pq.read_metadata(p).num_rows for p in sorted((out / f"{name}.parquet").iterdir())]


def inodes(out, name) -> list[int]:
    return [p.stat().st_ino for p in sorted((out / f"{name}.parquet").iterdir())]


def snapshot(out) -> dict:
    """Every file under out with its bytes, every link with its target (what a reader can see)."""
    seen = {}
    for folder, dirs, files in os.walk(out):
        for name in dirs + files:
            p = os.path.join(folder, name)
            rel = os.path.relpath(p, out)
            if os.path.islink(p):
                seen[rel] = "-> " + os.readlink(p)
            elif os.path.isfile(p) and name != ".etl.lock":
                seen[rel] = open(p, "rb").read()
    return seen


def edit(path, old: str, new: str) -> None:
    data = path.read_text(encoding="utf-8")
    assert old in data
    path.write_text(data.replace(old, new, 1), encoding="utf-8")


def utf8_files(folder):
    """The generated files that are plain UTF-8 (a few are UTF-16 or carry a BOM)."""
    return [p for p in sorted(folder.rglob("*.txt")) if not p.read_bytes().startswith((b"\xff\xfe", b"\xef\xbb\xbf"))]


def test_rerun_after_edits_additions_and_removals(corpus, tmp_path):
    out = tmp_path / "out"
    first = pipeline.run(corpus, out)
    assert first.reused == 0 and first.events > 10
    files = utf8_files(corpus)

    for p in files[:3]:                           # three reports change their meeting's number
        edit(p, "lần thứ", "lần thứ 1")
    second = pipeline.run(corpus, out)
    assert second.reused == first.files - 3
    same_as_full_run(corpus, out, tmp_path)

    (corpus / "new").mkdir()                      # two new files, one removed
    for n, p in enumerate(files[3:5]):
        text = p.read_text(encoding="utf-8").replace("lần thứ", f"lần thứ {n + 7}", 1)
        (corpus / "new" / f"x{n}.txt").write_text(text, encoding="utf-8")
    files[6].unlink()
    text = files[7].read_text(encoding="utf-8").replace("lần thứ", "lần thứ 9", 1)
    (files[7].parent / (files[7].stem + "b.txt")).write_text(text, encoding="utf-8")    # one in the middle
    third = pipeline.run(corpus, out)
    assert third.reused == first.files - 1 and third.files == first.files + 2
    same_as_full_run(corpus, out, tmp_path)


def test_a_change_that_makes_or_unmakes_a_duplicate_reads_the_copies_again_not_everything(corpus, tmp_path):
    """Which copy of an article is the duplicate depends on its other copies: a re-run reads the
    changed files and the unchanged copies of their articles (before and after the change), and
    no other file."""
    out = tmp_path / "out"
    files = utf8_files(corpus)
    pipeline.run(corpus, out)

    def read() -> int:
        """A re-run; the files it read again."""
        report = pipeline.run(corpus, out)
        return report.files - report.reused

    def statuses() -> dict[str, str]:
        return dict(pd.read_parquet(out / "articles.parquet")[["source_path", "status"]].values)

    original = files[2].relative_to(corpus).as_posix()

    shutil.copy(files[2], corpus / "zz-copy.txt")             # a copy after the original: the original read again
    assert read() == 2
    assert statuses()["zz-copy.txt"] == "duplicate" and statuses()[original] == "ok"
    same_as_full_run(corpus, out, tmp_path)

    shutil.copy(files[2], corpus / "aa-copy.txt")             # one before it: the first copy now
    assert read() == 3
    assert [statuses()[p] for p in ("aa-copy.txt", original, "zz-copy.txt")] == ["ok", "duplicate", "duplicate"]
    same_as_full_run(corpus, out, tmp_path)

    (corpus / "aa-copy.txt").unlink()                         # the first copy goes: the original counts again
    assert read() == 2
    assert statuses()[original] == "ok" and statuses()["zz-copy.txt"] == "duplicate"
    same_as_full_run(corpus, out, tmp_path)

    edit(files[2], "lần thứ", "lần thứ 1")                    # the first copy changed: the copy counts now
    assert read() == 2
    assert statuses()[original] == "ok" and statuses()["zz-copy.txt"] == "ok"
    same_as_full_run(corpus, out, tmp_path)

    shutil.copy(files[5], files[4])                           # an edit that makes a copy of another file
    shutil.copy(files[5], files[6])                           # two changed files, copies of one another
    assert read() == 3
    assert [statuses()[p.relative_to(corpus).as_posix()] for p in files[4:7]] == ["ok", "duplicate", "duplicate"]
    same_as_full_run(corpus, out, tmp_path)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_copies_made_moved_and_changed_at_random_give_a_full_runs_tables(corpus, tmp_path, seed):
    """Rounds of changes among copies of a few articles (a copy made, a file made a copy of
    another, a copy changed, a copy removed), a re-run after each: the tables a full run writes."""
    rng = random.Random(seed)
    out = tmp_path / "out"
    pipeline.run(corpus, out)
    sources = utf8_files(corpus)[:4]
    made = []
    for round_ in range(4):
        for _ in range(3):
            action = rng.choice(("copy", "become", "change", "remove"))
            if action == "copy" or not made:
                made.append(corpus / f"{rng.choice('amz')}-{round_}-{len(made)}.txt")
                shutil.copy(rng.choice(sources), made[-1])
            elif action == "become":
                shutil.copy(rng.choice(sources), rng.choice(made))
            elif action == "change":
                p = rng.choice(made)
                p.write_text(p.read_text(encoding="utf-8") + f"\nCập nhật {round_}.", encoding="utf-8")
            else:
                made.pop(rng.randrange(len(made))).unlink()
        report = pipeline.run(corpus, out)
        assert report.reused > len(sources)         # a re-run, not a full run
        same_as_full_run(corpus, out, tmp_path)


def test_unchanged_bytes_with_a_new_time_are_not_read_again(corpus, tmp_path):
    out = tmp_path / "out"
    first = pipeline.run(corpus, out)
    p = utf8_files(corpus)[0]
    os.utime(p, ns=(p.stat().st_atime_ns, p.stat().st_mtime_ns + 10_000_000_000))
    assert pipeline.run(corpus, out).reused == first.files


def test_a_same_size_change_right_after_a_run_is_seen(corpus, tmp_path):
    """A file's time alone cannot prove it unchanged when it was written just before the scan."""
    out = tmp_path / "out"
    pipeline.run(corpus, out)
    p = utf8_files(corpus)[0]
    stat = p.stat()
    edit(p, "lần thứ", "lần THỨ")                              # same length in bytes
    os.utime(p, ns=(stat.st_atime_ns, stat.st_mtime_ns))       # and the same time
    assert p.stat().st_size == stat.st_size
    assert pipeline.run(corpus, out).reused == len(list(corpus.rglob("*.txt"))) - 1
    same_as_full_run(corpus, out, tmp_path)


def test_tables_changed_by_someone_else_mean_a_full_run(corpus, tmp_path):
    out = tmp_path / "out"
    pipeline.run(corpus, out)
    first_part = sorted((out / "events.parquet").iterdir())[0]       # the table is a folder of parts
    pd.read_parquet(out / "events.parquet").head(1).to_parquet(first_part)
    assert pipeline.run(corpus, out).reused == 0
    same_as_full_run(corpus, out, tmp_path)


def test_a_failed_rerun_leaves_tables_and_state_as_they_were(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    pipeline.run(corpus, out)
    before = snapshot(out)
    edit(utf8_files(corpus)[0], "lần thứ", "lần thứ 1")

    def crash(*args, **kwargs):
        raise KeyboardInterrupt
    monkeypatch.setattr(rerun, "_meetings", crash)     # after the state took the new files
    with pytest.raises(KeyboardInterrupt):
        pipeline.run(corpus, out)
    assert snapshot(out) == before
    assert (out / STATE_NAME).exists()
    monkeypatch.undo()
    assert pipeline.run(corpus, out).reused == len(list(corpus.rglob("*.txt"))) - 1
    same_as_full_run(corpus, out, tmp_path)


def test_exports_and_problem_files_are_carried_over_and_reported(corpus, tmp_path):
    import json
    texts = [p.read_text(encoding="utf-8") for p in utf8_files(corpus)[:3]]
    export = corpus / "batch000" / "export.jsonl"
    export.write_text("\n".join(json.dumps({"title": f"Bài {n}", "date": "2021-11-20", "text": t})
                                for n, t in enumerate(texts)) + "\n{broken\n", encoding="utf-8")
    (corpus / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    first = pipeline.run(corpus, out)
    lines = export.read_text(encoding="utf-8").splitlines()
    lines[1] = json.dumps({"title": "Bài 1", "date": "2021-11-20", "text": texts[1].replace("lần thứ", "lần thứ 9", 1)})
    export.write_text("\n".join(lines) + "\n", encoding="utf-8")
    second = pipeline.run(corpus, out)
    assert second.reused == first.files - 1
    assert sorted(second.problems) == sorted(first.problems) and len(second.problems) == 2   # empty + broken line
    assert (second.articles, second.ok) == (first.articles, first.ok)
    same_as_full_run(corpus, out, tmp_path)


def test_a_damaged_state_is_rebuilt_not_fatal(corpus, tmp_path):
    out = tmp_path / "out"
    pipeline.run(corpus, out)
    (out / STATE_NAME).write_bytes(b"not a database" * 100)
    assert pipeline.run(corpus, out).reused == 0          # everything read again, no traceback
    assert pipeline.run(corpus, out).reused == len(list(corpus.rglob("*.txt")))
    same_as_full_run(corpus, out, tmp_path)


def test_a_second_run_on_the_same_folder_is_told_to_wait(corpus, tmp_path, capsys, monkeypatch):
    import sqlite3

    from etl import cli, state
    out = tmp_path / "out"
    pipeline.run(corpus, out)
    holder = sqlite3.connect(out / STATE_NAME, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")                     # another run is writing
    real = sqlite3.connect
    monkeypatch.setattr(state.sqlite3, "connect", lambda *a, **k: real(*a, **{**k, "timeout": 0.2}))
    try:
        assert cli.main([str(corpus), "--out", str(out), "--quiet"]) == cli.EXIT_FAILED
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "another run" in capsys.readouterr().err
    assert (out / STATE_NAME).exists()
    assert pipeline.run(corpus, out).reused == len(list(corpus.rglob("*.txt")))


def test_a_rerun_merges_again_only_the_keys_that_changed(corpus, tmp_path, monkeypatch):
    """Only the keys (forum, level, kind) whose reports changed are clustered again; the meetings
    of every other key keep their rows and ids as written (an id depends on its key alone)."""
    from etl.state import State
    merged = []
    reports = State.reports
    monkeypatch.setattr(State, "reports", lambda self, key, bodies, since=None: merged.append(key) or reports(self, key, bodies, since))
    out = tmp_path / "out"
    pipeline.run(corpus, out)
    before = pd.read_parquet(out / "events.parquet")
    apec = [p for p in utf8_files(corpus) if "ASEAN" not in p.read_text(encoding="utf-8").split("Bài số")[0]]
    for n, p in enumerate(apec[:4]):                    # four APEC files lose their reports
        p.write_text(f"Tin vắn số {n} không nói về hội nghị nào.", encoding="utf-8")
    merged.clear()
    pipeline.run(corpus, out)
    again = set(merged)
    same_as_full_run(corpus, out, tmp_path)
    after = pd.read_parquet(out / "events.parquet")
    keys = ["forum", "level", "meeting"]
    every = set(before[keys].itertuples(index=False, name=None))
    assert 0 < len(again) < len(every)
    assert {k[0] for k in again} == {"APEC"}

    def others(table):
        return table[[k not in again for k in table[keys].itertuples(index=False, name=None)]].reset_index(drop=True)
    pd.testing.assert_frame_equal(others(after), others(before))


def test_parts_a_change_does_not_reach_are_linked_not_rewritten(corpus, tmp_path):
    out = tmp_path / "out"
    pipeline.run(corpus, out)
    before = {name: inodes(out, name) for name in TABLES}
    (corpus / "brief.txt").write_text("Tin vắn: hôm nay trời nắng đẹp.", encoding="utf-8")    # no meeting in it
    pipeline.run(corpus, out)
    after = {name: inodes(out, name) for name in TABLES}
    assert [after[n] == before[n] for n in ("events", "participants", "officials")] == [True] * 3
    assert after["articles"] != before["articles"]
    same_as_full_run(corpus, out, tmp_path)


def test_a_rerun_rewrites_only_the_parts_holding_what_changed(corpus, tmp_path, monkeypatch):
    """With small parts (about four files each), editing one file rewrites the part that holds
    it (two, should the edit move a cut) and links every other."""
    monkeypatch.setitem(parts.SPREAD, "articles", 4)
    out = tmp_path / "out"
    pipeline.run(corpus, out)
    before = inodes(out, "articles")
    assert len(before) >= 5
    edit(utf8_files(corpus)[20], "lần thứ", "lần thứ 1")
    pipeline.run(corpus, out)
    after = inodes(out, "articles")
    assert 1 <= len(set(after) - set(before)) <= 2
    assert len(set(after) & set(before)) >= len(before) - 2
    same_as_full_run(corpus, out, tmp_path)


def test_the_plans_file_stats_are_held_as_pairs_of_integers():
    """update.Stats: each file's (size, mtime_ns) in order, a missing file's (-1, -1) included,
    as two 64-bit integers a file rather than a tuple of two Python ints."""
    from etl.update import Stats
    pairs = [(0, 0), (123, 1_764_633_600_123_456_789), (-1, -1), (2**40, 5)]
    stats = Stats(pairs[:2])
    for pair in pairs[2:]:
        stats.append(pair)
    assert list(stats) == pairs and len(stats) == 4
    assert list(zip("abcd", stats, strict=True))[2] == ("c", (-1, -1))
    assert stats._flat.itemsize * len(stats._flat) == 16 * len(pairs)
