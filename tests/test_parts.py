"""Where tables are cut into parts, and which parts a change reaches (etl/parts.py)."""
from __future__ import annotations

import pytest

from etl.parts import LAST, SPREAD, Part, reached, span, starts_part

PARTS = [Part(("b",), 3), Part(("d",), 3), Part(("f",), 3)]     # rows b.. | d.. | f..


@pytest.mark.parametrize(("spans", "expected"), [
    ([span("c")], {0}),                      # inside the first part
    ([span("a")], {0}),                      # before every part: the first takes it
    ([span("e"), span("g")], {1, 2}),
    ([span("d")], {0, 1}),                   # a part's first row may go: the part before joins it
    ([(("c",), ("e",))], {0, 1}),            # a span across a cut
    ([(("z",), ("z",))], {2}),               # after every part: the last takes it
    ([], set()),
])
def test_a_change_reaches_the_parts_that_may_hold_its_rows(spans, expected):
    assert reached(PARTS, spans) == expected


def test_a_span_holds_every_key_with_its_prefix():
    lo, hi = span("a/b.txt")
    assert lo <= ("a/b.txt", 0) <= hi and lo <= ("a/b.txt", 10**9) <= hi
    assert not ("a/b.txt0",) <= hi and ("a/b.txt", LAST) <= hi


def test_a_cut_depends_on_its_row_alone():
    """Removing files moves no other cut: a re-run and a full run cut alike."""
    names = [f"batch{i // 200:03d}/article{i:06d}.txt" for i in range(8000)]
    cuts = [n for n in names if starts_part("articles", n)]
    fewer = names[::3]
    assert [n for n in fewer if starts_part("articles", n)] == [n for n in cuts if n in set(fewer)]
    spread = SPREAD["articles"]                                  # about one file in SPREAD begins a part
    assert 8000 / spread / 2 < len(cuts) < 8000 / spread * 2


def test_rows_become_the_table_from_pylist_makes():
    # write.from_rows builds a part column by column; from_pylist is the reference it must equal,
    # for every table's schema (nested lists and structs, nulls, a row that lacks a field)
    from datetime import date

    import pyarrow as pa

    from etl.write import SCHEMAS, from_rows
    rows = {
        "events": [{"event_id": "asean-summit-43-2023", "forum": "ASEAN", "start_date": date(2023, 9, 5),
                    "article_ids": ["a", "b"], "evidence": ["Câu “một”.", "=1+1"], "ordinal": 43,
                    "evidence_article_ids": [["a"], ["a", "b"]], "date_conflicts": []},
                   {"event_id": "x", "ordinal": None}],
        "officials": [{"official_id": "o-1", "name": "Phạm Minh Chính", "first_seen": date(2023, 1, 1),
                       "roles": [{"role": "Thủ tướng", "first_seen": date(2023, 1, 1), "last_seen": date(2023, 9, 5),
                                  "n_events": 2, "level": "head_of_government"}]}],
        "participants": [{"event_id": "x", "name": "A", "event_start": date(2020, 2, 29)}],
        "articles": [{"article_id": "1", "source_path": "a.txt", "record": 0, "text": "…"}, {}],
    }
    for name, these in rows.items():
        assert from_rows(these, SCHEMAS[name]).equals(pa.Table.from_pylist(these, schema=SCHEMAS[name]))
    assert from_rows([], SCHEMAS["events"]).equals(SCHEMAS["events"].empty_table())


def test_parts_keep_statistics_for_keys_and_dates_not_for_texts(tmp_path):
    import pyarrow.parquet as pq

    from etl.pipeline import run
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Hội nghị Cấp cao ASEAN lần thứ 43 khai mạc ngày 5/9/2023 tại Jakarta.\n"
                                           "Thủ tướng Phạm Minh Chính dự hội nghị.", encoding="utf-8")
    run(tmp_path / "in", tmp_path / "out", use_cache=False)
    for name, kept, dropped in [("articles", "source_path", "text"), ("events", "start_date", "evidence")]:
        meta = pq.ParquetFile(next((tmp_path / "out" / f"{name}.parquet").iterdir())).metadata.row_group(0)
        columns = {meta.column(i).path_in_schema.split(".")[0]: meta.column(i) for i in range(meta.num_columns)}
        assert columns[kept].is_stats_set and not columns[dropped].is_stats_set


def test_rows_added_by_a_rerun_are_put_in_order_a_thousand_at_a_time():
    """write._in_order: rows in any order (more than one batch of them) -> the table and keys that
    sorting the rows first gives, ties kept in the order they came."""
    import random

    from etl.parts import sort_key
    from etl.write import SCHEMAS, _in_order, from_rows
    rng = random.Random(5)
    rows = [{"event_id": f"e{rng.randrange(300):03d}", "official_id": f"o{rng.randrange(5)}",
             "article_id": "a", "name": str(i)} for i in range(2500)]     # ties: same key, other names
    table, keys = _in_order("participants", iter(rows))
    slow = sorted(rows, key=lambda r: sort_key("participants", r))
    assert table.equals(from_rows(slow, SCHEMAS["participants"]))
    assert keys == [sort_key("participants", r) for r in slow]
    ordered, _ = _in_order("participants", iter(slow))
    assert ordered.equals(table) and _in_order("participants", iter([]))[0].num_rows == 0


def test_an_update_links_parts_it_does_not_reach_and_returns_only_the_kept_columns_of_what_it_drops(tmp_path):
    from etl.write import AtomicTables, read_part
    rows = [{"event_id": f"e{i:03d}", "official_id": f"o-{i % 3}", "article_id": f"a{i}", "name": "A",
             "evidence": "Câu dài " * 50} for i in range(400)]
    first = AtomicTables(tmp_path / "one")
    first.write("participants", rows)
    first.commit()
    old = first.parts["participants"]
    assert len(old) > 2
    previous = tmp_path / "one" / "participants.parquet"
    gone = {"e010", "e011"}
    second = AtomicTables(tmp_path / "two")
    dropped = second.update("participants", previous, old, "event_id", gone, [span(e) for e in gone],
                            [{**rows[10], "article_id": "a-new"}], keep=("official_id",))
    assert dropped.column_names == ["official_id"] and sorted(dropped["official_id"].to_pylist()) == ["o-1", "o-2"]
    assert second.update("events", tmp_path, [], "event_id", set(), [], []).column_names == []
    second.commit()
    table = [r for n in range(len(second.parts["participants"]))
             for r in read_part(tmp_path / "two" / "participants.parquet" / f"part-{n:05d}.parquet").to_pylist()]
    assert [r["article_id"] for r in table] == [r["article_id"] for r in rows[:10]] + ["a-new"] + [
        r["article_id"] for r in rows[12:]]
    linked = {p.stat().st_ino for p in previous.iterdir()} & {
        p.stat().st_ino for p in (tmp_path / "two" / "participants.parquet").iterdir()}
    assert 0 < len(linked) < len(old)                     # the parts the change did not reach are the same files


def test_an_update_that_gives_a_part_its_rows_again_links_it(tmp_path):
    """A meeting built again as it was (its rows dropped and added again, the same): no part is
    rewritten, and the one it reached is the same file; a change to one of its rows rewrites it."""
    from etl.write import AtomicTables, read_part
    rows = [{"event_id": f"e{i:03d}", "official_id": f"o-{i % 3}", "article_id": f"a{i}", "name": "A"}
            for i in range(400)]
    first = AtomicTables(tmp_path / "one")
    first.write("participants", rows)
    first.commit()
    old, previous = first.parts["participants"], tmp_path / "one" / "participants.parquet"
    before = {p.stat().st_ino for p in previous.iterdir()}
    gone = {"e010", "e011"}

    def update(folder: str, added: list[dict]) -> tuple[list[str], set[int]]:
        tables = AtomicTables(tmp_path / folder)
        tables.update("participants", previous, old, "event_id", gone, [span(e) for e in gone], added)
        tables.commit()
        out = tmp_path / folder / "participants.parquet"
        names = [r["name"] for n in range(len(tables.parts["participants"]))
                 for r in read_part(out / f"part-{n:05d}.parquet").to_pylist()]
        return names, {p.stat().st_ino for p in out.iterdir()}

    assert update("same", rows[10:12]) == (["A"] * 400, before)
    names, files = update("other", [rows[10], {**rows[11], "name": "B"}])
    assert names == ["A"] * 11 + ["B"] + ["A"] * 388 and len(files - before) == 1


def test_rows_picked_and_dropped_without_pyarrow_compute_are_what_its_functions_give():
    """write._only is table.take, write._rows_in with write._without are filtering by is_in: the
    same tables, for tables of one chunk and of several, any rows, none and all."""
    import random

    import pyarrow as pa
    import pyarrow.compute as pc

    from etl.write import _only, _rows_in, _without
    rng = random.Random(3)
    for n in (0, 1, 7, 40, 300):
        rows = [{"event_id": f"e{rng.randrange(20)}", "n": i} for i in range(n)]
        one = pa.Table.from_pylist(rows, schema=pa.schema([("event_id", pa.string()), ("n", pa.int64())]))
        for table in (one, pa.concat_tables([one.slice(0, n // 3), one.slice(n // 3)])):
            for order in ([], list(range(n)), rng.sample(range(n), n), sorted(rng.sample(range(n), n // 2))):
                assert _only(table, order).equals(table.take(pa.array(order, pa.int64())))
            for gone in (set(), {"e1", "e2", "e3"}, {f"e{i}" for i in range(20)}, {"nowhere"}):
                mask = pc.is_in(table["event_id"], value_set=pa.array(sorted(gone), pa.string()))
                going = _rows_in(table, "event_id", gone)
                assert going == pc.indices_nonzero(mask).to_pylist()
                assert _without(table, going).equals(table.filter(pc.invert(mask)))
                assert _only(table, going).equals(table.filter(mask))


def test_a_part_written_whole_is_the_part_rows_appended_one_by_one_make(tmp_path, monkeypatch):
    """write.write_part (a worker writing a run of files' articles) and _Parts.append (the parent)
    write the same file: the same rows in the same row groups (FLUSH rows each); an adopted part
    takes its place among the parts the parent writes, and patch changes some of its rows' fields."""
    import pyarrow.parquet as pq

    from etl import write
    from etl.write import AtomicTables, read_part, write_part
    monkeypatch.setattr(write, "FLUSH", 3)
    monkeypatch.setitem(SPREAD, "articles", 10**9)          # no cut but the first row's
    rows = [{"article_id": f"h{i}", "source_path": f"f{i // 2}.txt", "record": i % 2 or None, "text": "Câu. " * i,
             "status": "ok"} for i in range(8)]
    one = AtomicTables(tmp_path / "one")
    one.write("articles", rows)
    one.commit()
    (tmp_path / "two").mkdir()
    assert write_part(tmp_path / "two" / "part.parquet", "articles", iter(rows)) == one.parts["articles"][0]
    assert write_part(tmp_path / "two" / "none.parquet", "articles", iter([])) is None
    assert not (tmp_path / "two" / "none.parquet").exists()
    made, appended = (pq.ParquetFile(p).metadata for p in (tmp_path / "two" / "part.parquet",
                                                           tmp_path / "one" / "articles.parquet" / "part-00000.parquet"))
    assert [made.row_group(i).num_rows for i in range(made.num_row_groups)] == [3, 3, 2] == [
        appended.row_group(i).num_rows for i in range(appended.num_row_groups)]
    assert read_part(tmp_path / "two" / "part.parquet").equals(read_part(tmp_path / "one" / "articles.parquet" /
                                                                          "part-00000.parquet"))

    three = AtomicTables(tmp_path / "three")
    three.append("articles", rows[0])                                   # part 0, the parent's
    part = write_part(three.folder("articles") / "part-00001.parquet", "articles", iter(rows[1:5]))
    with pytest.raises(RuntimeError, match="part 2 adopted where part 1 is due"):
        three.adopt("articles", 2, part)
    three.adopt("articles", 1, part)
    three.patch("articles", 1, {2: {"status": "duplicate", "problem": "f1.txt line 1: same content as f0.txt"}})
    for row in rows[5:]:
        three.append("articles", row)                                   # part 2, the parent's again
    three.commit()
    assert three.parts["articles"] == [Part(("f0.txt", 0), 1), Part(("f0.txt", 1), 4), Part(("f2.txt", 1), 3)]
    table = [read_part(tmp_path / "three" / "articles.parquet" / f"part-{n:05d}.parquet").to_pylist() for n in range(3)]
    assert [r["article_id"] for part in table for r in part] == [r["article_id"] for r in rows]
    assert [(r["status"], r["problem"]) for r in table[1]] == [("ok", None), ("ok", None), (
        "duplicate", "f1.txt line 1: same content as f0.txt"), ("ok", None)]
    assert [r["text"] for r in table[1]] == [r["text"] for r in rows[1:5]]
