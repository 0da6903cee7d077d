"""Faults and hostile input (issue 12): no rows lost or mixed while a run reports success,
and no one input or state file stops every run."""
from __future__ import annotations

import os
import shutil

import pandas as pd
import pytest

from dashboard import data
from etl import cli, pipeline, publish

GOOD = "Tiêu đề về ASEAN\n\nHội nghị Cấp cao ASEAN lần thứ {n} đã diễn ra ngày 26/10/20{y} với sự tham dự của " \
       "Thủ tướng Phạm Minh Chính.\n"


def article(n: int, y: int = 21) -> str:
    return GOOD.format(n=n, y=y)


def ids(path, column: str) -> set:
    return set(pd.read_parquet(path, columns=[column])[column])


# one writer per folder --------------------------------------------------------------------

@pytest.mark.parametrize("use_cache", [True, False], ids=["cached", "no-cache"])
def test_every_run_waits_for_the_folder_s_lock(write, tmp_path, use_cache):
    write("a.txt", article(38))
    out = tmp_path / "out"
    pipeline.run(write.root, out)
    before = ids(out / "articles.parquet", "article_id")
    write("b.txt", article(39))
    with publish.locked(out):                           # another run is writing this folder
        with pytest.raises(publish.FolderBusy, match=r"\.etl\.lock: another run is writing"):
            pipeline.run(write.root, out, use_cache=use_cache, wait=0)
        assert ids(out / "articles.parquet", "article_id") == before
    assert pipeline.run(write.root, out, use_cache=use_cache, wait=0).articles == 2


def test_a_busy_folder_is_exit_code_2_naming_the_lock(write, tmp_path, capsys, monkeypatch):
    write("a.txt", article(38))
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(publish, "LOCK_WAIT", 0)
    with publish.locked(out):
        assert cli.main([str(write.root), "--out", str(out), "--no-cache"]) == cli.EXIT_FAILED
    assert f"{out / publish.LOCK_NAME}: another run is writing to {out}" in capsys.readouterr().err


# the four tables as one unit ----------------------------------------------------------------

def consistent(out) -> None:
    """What the scorer reads (OUT_DIR/NAME.parquet, each opened on its own) is one run's set."""
    art = ids(out / "articles.parquet", "article_id")
    events = pd.read_parquet(out / "events.parquet", columns=["event_id", "article_ids"])
    people = pd.read_parquet(out / "participants.parquet", columns=["event_id", "article_id"])
    assert {a for lst in events.article_ids for a in lst} <= art
    assert set(people.event_id) <= set(events.event_id) and set(people.article_id) <= art


def test_readers_of_the_table_paths_never_see_two_runs_mixed(write, tmp_path, monkeypatch):
    """Every rename a run makes is watched: before and after it, the paths the scorer reads
    name one complete set (the tables used to be renamed one by one)."""
    for i in range(3):
        write(f"a{i}.txt", article(30 + i))
    out = tmp_path / "out"
    pipeline.run(write.root, out)
    for i in range(3):
        write(f"a{i}.txt", article(40 + i, 22))         # every article, meeting and id changes
    real, checked = os.replace, []

    def watched(src, dst, *args, **kwargs):
        consistent(out)
        real(src, dst, *args, **kwargs)
        consistent(out)
        checked.append(os.path.basename(dst))
    monkeypatch.setattr(os, "replace", watched)
    pipeline.run(write.root, out)
    monkeypatch.undo()
    assert checked and {2022} == {d.year for d in pd.read_parquet(out / "events.parquet").start_date}


def test_the_dashboard_reads_the_four_tables_of_one_run(write, tmp_path, monkeypatch):
    """A run published while the dashboard reads: it still gets the four tables of one run."""
    write("a.txt", article(38))
    out = tmp_path / "out"
    pipeline.run(write.root, out)
    first = publish.tables_dir(out)
    write("a.txt", article(45, 23))
    pipeline.run(write.root, out)
    real, reads = data.pq.read_table, []

    def publish_meanwhile(path, *args, **kwargs):
        reads.append(path)
        if len(reads) == 2:                     # as if a run switched the pointer between two reads
            publish._replace_link(out / publish.GENERATIONS / publish.POINTER, first.name)
        return real(path, *args, **kwargs)
    monkeypatch.setattr(data.pq, "read_table", publish_meanwhile)
    tables = data.read_tables(out)
    assert list(tables.events.ordinal) == [45]
    assert set(tables.participants.event_id) <= set(tables.events.event_id)
    assert set(tables.articles.article_id) >= {a for lst in tables.events.article_ids for a in lst}


def test_tables_copied_with_their_links_load_and_plain_tables_too(write, tmp_path):
    """A git checkout keeps the links (the committed seed tables are plain files: both load)."""
    write("a.txt", article(38))
    pipeline.run(write.root, tmp_path / "out")
    shutil.copytree(tmp_path / "out", tmp_path / "copy", symlinks=True)
    assert list(data.read_tables(tmp_path / "copy").events.ordinal) == [38]
    plain = tmp_path / "plain"
    plain.mkdir()
    for name in data.TABLES:
        shutil.copytree(tmp_path / "out" / f"{name}.parquet", plain / f"{name}.parquet")
    assert list(data.read_tables(plain).events.ordinal) == [38]
    pipeline.run(write.root, plain)                 # a folder of plain tables becomes the new layout
    assert (plain / "events.parquet").is_symlink() and list(data.read_tables(plain).events.ordinal) == [38]


def test_what_killed_runs_left_is_removed_by_the_next_run(write, tmp_path):
    out = tmp_path / "out"
    for n in range(3):                                          # (a run with nothing changed publishes nothing)
        write("a.txt", article(38 + n))
        pipeline.run(write.root, out)
    gens = out / publish.GENERATIONS
    assert sorted(p.name for p in gens.iterdir()) == ["000002", "000003", "current"]
    (gens / "000009").mkdir()                                   # a run killed while writing
    (gens / "000009" / "events.parquet").write_bytes(b"half")
    (gens / "000001").mkdir()                                   # an old set, long replaced
    (out / ".etl-state-x1y2.sqlite").write_bytes(b"")           # a killed --no-cache run's scratch state
    (out / ".events.abc.parquet.tmp").write_bytes(b"")          # an older version's temporary table
    (gens / ".current.new").symlink_to("000009")                # a pointer never switched
    write("a.txt", article(41))
    pipeline.run(write.root, out)
    assert sorted(p.name for p in gens.iterdir()) == ["000003", "000004", "current"]
    assert sorted(p.name for p in out.iterdir()) == [
        ".etl-state.sqlite", ".etl.lock", ".tables", "articles.parquet", "events.parquet",
        "officials.parquet", "participants.parquet"]
    consistent(out)


def test_a_failed_run_leaves_no_folder_behind(write, tmp_path, monkeypatch):
    write("a.txt", article(38))
    out = tmp_path / "out"
    pipeline.run(write.root, out)
    write("b.txt", article(39))

    def crash(*args, **kwargs):
        raise KeyboardInterrupt
    monkeypatch.setattr(pipeline, "_people", crash)
    with pytest.raises(KeyboardInterrupt):
        pipeline.run(write.root, out, use_cache=False)
    assert sorted(p.name for p in (out / publish.GENERATIONS).iterdir()) == ["000001", "current"]


# folders that cannot be listed -----------------------------------------------------------

@pytest.fixture
def unlistable(monkeypatch):
    """unlistable(path): listing that folder fails as it does without permission (the tests
    may run as root, who can list anything)."""
    from etl import files
    real, blocked = files.os.scandir, set()

    def scandir(path):
        if not isinstance(path, int) and os.fspath(path) in blocked:
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)
    monkeypatch.setattr(files.os, "scandir", scandir)
    return lambda path: blocked.add(os.fspath(path))


def test_a_folder_that_cannot_be_listed_keeps_its_rows_and_is_a_problem(write, tmp_path, unlistable, capsys):
    write("a.txt", article(38))
    write("sub/b.txt", article(39))
    write("sub/deeper/c.txt", article(40))
    out = tmp_path / "out"
    assert cli.main([str(write.root), "--out", str(out), "--quiet"]) == cli.EXIT_OK
    before = {n: pd.read_parquet(out / f"{n}.parquet") for n in data.TABLES}
    unlistable(write.root / "sub")
    assert cli.main([str(write.root), "--out", str(out), "--quiet"]) == cli.EXIT_PROBLEMS
    err = capsys.readouterr().err
    assert "unreadable: sub: cannot list the folder (Permission denied); the rows of its 2 files" in err
    for name, table in before.items():
        pd.testing.assert_frame_equal(pd.read_parquet(out / f"{name}.parquet"), table, obj=name)


def test_a_full_run_that_would_drop_an_unlistable_folder_s_rows_writes_nothing(write, tmp_path, unlistable, capsys):
    write("a.txt", article(38))
    write("sub/b.txt", article(39))
    out = tmp_path / "out"
    pipeline.run(write.root, out)
    unlistable(write.root / "sub")
    assert cli.main([str(write.root), "--out", str(out), "--no-cache"]) == cli.EXIT_FAILED
    assert "sub: cannot list the folder, and a full run" in capsys.readouterr().err
    assert sorted(pd.read_parquet(out / "events.parquet").ordinal) == [38, 39]


def test_a_folder_never_read_that_cannot_be_listed_is_a_problem(write, tmp_path, unlistable):
    write("a.txt", article(38))
    write("sub/b.txt", article(39))
    unlistable(write.root / "sub")
    report = pipeline.run(write.root, tmp_path / "out", use_cache=False)
    assert report.problems == [("sub", "unreadable", "sub: cannot list the folder (Permission denied); "
                                                     "none of its files are in the tables")]
    assert report.ok == 1


# links and names -----------------------------------------------------------------------

@pytest.mark.parametrize(("make", "why"), [
    (lambda root, away: (root / "loop.txt").symlink_to("loop.txt"), "loop.txt: symbolic link loops"),
    (lambda root, away: (root / "x.txt").symlink_to(away / "secret.txt"), "x.txt: symbolic link leads outside"),
    (lambda root, away: (root / "d").symlink_to(away), "d: symbolic link leads outside"),
    (lambda root, away: (root / "d").symlink_to(root / "sub"), "d: symbolic link leads to a folder"),
    (lambda root, away: (root / "gone.txt").symlink_to(root / "nothing.txt"), "gone.txt: symbolic link is broken"),
    (lambda root, away: os.mkfifo(root / "pipe.txt"), "pipe.txt: not a regular file"),
], ids=["loop", "file-outside", "folder-outside", "folder-inside", "broken", "fifo"])
def test_links_that_are_not_followed_are_said_in_the_summary(write, tmp_path, capsys, make, why):
    write("a.txt", article(38))
    write("sub/b.txt", article(39))
    away = tmp_path / "elsewhere"
    away.mkdir()
    (away / "secret.txt").write_text(article(50), encoding="utf-8")
    make(write.root, away)
    out = tmp_path / "out"
    assert cli.main([str(write.root), "--out", str(out)]) == cli.EXIT_OK
    std = capsys.readouterr()
    assert "; 1 not read (links not followed, special files)" in std.out
    assert f"  not read: {why}" in std.err
    assert sorted(pd.read_parquet(out / "articles.parquet").source_path) == ["a.txt", "sub/b.txt"]


def test_a_link_to_a_file_inside_the_input_folder_is_read(write, tmp_path):
    write("sub/b.txt", article(39))
    (write.root / "a.txt").symlink_to(write.root / "sub" / "b.txt")
    report = pipeline.run(write.root, tmp_path / "out")
    assert report.files == 2 and report.skipped == [] and [p[1] for p in report.problems] == ["duplicate"]


def test_the_run_lists_the_files_iter_files_lists_as_strings(write, tmp_path):
    """A run holds its listing as strings (files.file_names): the same files in the same order,
    and the same things skipped, as the Paths of iter_files, which the dashboard uses."""
    from etl.files import file_names, iter_files
    for rel in ("b.txt", "a/z.txt", "a/b/c.txt", ".hidden/x.txt", "A.txt", "a b.txt"):
        write(rel, article(38))
    (write.root / "link.txt").symlink_to(write.root / "a" / "z.txt")
    (write.root / "away.txt").symlink_to(tmp_path)
    os.mkfifo(write.root / "pipe.txt")
    with open(os.path.join(os.fsencode(write.root), b"n\xe9.txt"), "wb") as f:
        f.write(article(39).encode("utf-8"))
    as_paths, as_strings = [], []
    paths, names = list(iter_files(write.root, as_paths)), list(file_names(write.root, as_strings))
    assert names == [str(p) for p in paths] and len(names) == 7
    assert as_strings == as_paths and {s.kind for s in as_paths} == {"link", "special"}


def test_a_file_name_that_is_not_utf8_is_read_and_shown_escaped(write, tmp_path):
    write("a.txt", article(38))
    with open(os.path.join(os.fsencode(write.root), b"b\xe9-\xff.txt"), "wb") as f:
        f.write(article(39).encode("utf-8"))
    out = tmp_path / "out"
    assert cli.main([str(write.root), "--out", str(out), "--quiet"]) == cli.EXIT_OK
    assert pd.read_parquet(out / "articles.parquet").source_path.tolist() == ["a.txt", "b\\xe9-\\xff.txt"]
    assert pipeline.run(write.root, out).reused == 2
    assert sorted(pd.read_parquet(out / "events.parquet").ordinal) == [38, 39]


# a state that cannot be trusted --------------------------------------------------------

def _garbage(path):
    path.write_bytes(b"not a database" * 100)


def _folder(path):
    path.unlink()
    (path / "inside").mkdir(parents=True)


def _wrong_layout(path):
    import sqlite3
    path.unlink()
    db = sqlite3.connect(path)
    db.executescript("CREATE TABLE files (rel TEXT); CREATE TABLE meta (k TEXT, v TEXT);")
    db.close()


def _damaged_pages(path):
    """Page 1 (the list of tables) intact, inner pages overwritten: found only by a query."""
    size = path.stat().st_size
    with open(path, "r+b") as f:
        for offset in range(8192, size, 8192):
            f.seek(offset)
            f.write(b"\xa5" * 2048)


@pytest.mark.parametrize("damage", [_garbage, _folder, _wrong_layout, _damaged_pages],
                         ids=["garbage", "folder", "wrong-layout", "damaged-pages"])
def test_a_state_that_cannot_be_trusted_is_set_aside_and_the_run_goes_on(tmp_path, caplog, capsys, damage):
    from benchmarks.corpus import make_corpus
    from etl.state import STATE_NAME
    corpus, out = tmp_path / "in", tmp_path / "out"
    make_corpus(corpus, 40)
    first = pipeline.run(corpus, out)
    damage(out / STATE_NAME)
    assert cli.main([str(corpus), "--out", str(out), "--quiet"]) == cli.EXIT_OK
    assert "set aside as .etl-state.sqlite.bad, every file is read again" in caplog.text
    assert (out / (STATE_NAME + ".bad")).exists()
    assert pipeline.run(corpus, out).reused == first.files           # a good state again
    full = tmp_path / "full"
    pipeline.run(corpus, full, use_cache=False)
    for name in data.TABLES:
        pd.testing.assert_frame_equal(pd.read_parquet(out / f"{name}.parquet"),
                                      pd.read_parquet(full / f"{name}.parquet"), obj=name)


class _Payload:
    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return open, (str(self.marker), "w")


def test_the_state_is_plain_data_and_a_crafted_one_runs_no_code(write, tmp_path):
    import json
    import pickle
    import sqlite3

    from etl.state import STATE_NAME
    for i in range(3):
        write(f"a{i}.txt", article(38))                  # three reports of one meeting
    out = tmp_path / "out"
    pipeline.run(write.root, out)
    db = sqlite3.connect(out / STATE_NAME)
    stored = [r for (r,) in db.execute("SELECT body FROM reports")]
    assert stored and all(isinstance(json.loads(r), dict) for r in stored)    # JSON
    marker = tmp_path / "code-ran"
    payload = pickle.dumps(_Payload(marker))
    db.execute("UPDATE reports SET body = ?", (payload,))
    db.commit()
    db.close()
    write("a0.txt", article(38).replace("Thủ tướng", "Thủ tướng Chính phủ"))   # its meeting is rebuilt
    report = pipeline.run(write.root, out)
    assert not marker.exists()
    assert report.reused == 0 and report.events == 1


# stopping ----------------------------------------------------------------------------

STOPPER = """
import os, signal, sys
from etl import cli, workers

how, pids = sys.argv[1], sys.argv[2]
real = workers.process_file


def process_file(path, root, *budget):     # runs in the workers (forked after this patch)
    with open(pids, "a") as f:
        f.write(f"{os.getpid()}\\n")
    if path.name == "f05.txt":
        if how == "ctrl-c":                 # a terminal sends SIGINT to the whole process group
            os.killpg(os.getpgid(0), signal.SIGINT)
        else:
            os.kill(os.getppid(), signal.SIGTERM)
    return real(path, root, *budget)


workers.process_file = process_file
workers.PARALLEL_FROM = 4
sys.exit(cli.main(sys.argv[3:]))
"""


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ", 1)[1][0] != "Z"
    except OSError:
        return False


def stopped_run(write, tmp_path, stopper: str, how: str, *options: str):
    """A published run of one file, then eleven more files and a run (`stopper`, a script that
    stops itself `how`) in its own process group: (that run, the output folder, the events
    table the first run published, the file where the stopper wrote its workers' pids)."""
    import subprocess
    import sys

    from .conftest import ROOT
    write("f00.txt", article(20))
    out = tmp_path / "out"
    pipeline.run(write.root, out)
    before = pd.read_parquet(out / "events.parquet")
    for i in range(1, 12):
        write(f"f{i:02d}.txt", article(20 + i))
    pids = tmp_path / "pids"
    done = subprocess.run([sys.executable, "-c", stopper, how, str(pids), str(write.root), "--out", str(out),
                           "--no-cache", *options], capture_output=True, text=True, cwd=ROOT,
                          start_new_session=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    return done, out, before, pids


@pytest.mark.skipif(not os.path.isdir("/proc") or os.name != "posix", reason="needs /proc and process groups")
@pytest.mark.parametrize(("how", "code"), [("ctrl-c", 130), ("sigterm", 143)])
def test_ctrl_c_and_sigterm_stop_cleanly_with_their_exit_codes(write, tmp_path, how, code):
    done, out, before, pids = stopped_run(write, tmp_path, STOPPER, how)
    assert done.returncode == code, done.stderr
    assert "Traceback" not in done.stderr and "stopped by" in done.stderr
    workers = {int(p) for p in pids.read_text().split()}
    assert workers and not [p for p in workers if _alive(p)]
    pd.testing.assert_frame_equal(pd.read_parquet(out / "events.parquet"), before)
    assert sorted(p.name for p in (out / publish.GENERATIONS).iterdir()) == ["000001", "current"]
    assert not list(out.glob(".etl-state-*"))
