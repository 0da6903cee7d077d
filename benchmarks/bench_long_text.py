"""Seconds to read and extract one long article, at 10, 20 and 40 KB (and more): text without
sentence punctuation (issue 12: it grew about cubically, 10 KB 7 s, 40 KB 279 s) and the same
text with it. Near-linear time means each doubling of the size about doubles the seconds.

    python -m benchmarks.bench_long_text [--sizes 10 20 40 160] [--workdir DIR]

Each size runs in a fresh process (benchmarks.bench_etl's way), with no time budget.
"""
from __future__ import annotations

import argparse
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.corpus import ROOT
from etl.layout import split_layout

CHILD = r"""
import sys, time
from pathlib import Path
from etl.pipeline import process_file
path = Path(sys.argv[1])
t0 = time.perf_counter()
rel, _, rows = process_file(path, path.parent, budget=None)
print(time.perf_counter() - t0, len(rows[0][0].text), sum(len(evs) for _, evs, _ in rows))
"""


def long_text(kb: int, punctuated: bool, seed: int = 5) -> str:
    """A headline, then the seeds' sentences in random order with their dates varied, until
    `kb` KB: in paragraphs of four sentences, or (unpunctuated) one line with no . ! ? …"""
    rng = random.Random(seed)
    sentences = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines()[2:]:
            sentences += [s.strip() for s in re.split(r"(?<=[.!?])\s+", line) if len(s.strip()) > 40]
    # only sentences the layout keeps as body (not a teaser, caption or end mark that cuts the rest)
    sentences = [s for s in sentences if split_layout(f"Tiêu đề\n\n{s}").body.strip() == s]
    parts, size = [], 0
    while size < kb * 1024:
        s = re.sub(r"\b(\d{1,2})/(\d{1,2})\b", lambda m: f"{rng.randint(1, 28)}/{rng.randint(1, 12)}",
                   rng.choice(sentences))
        if not punctuated:
            s = re.sub(r"[.!?…]+", " ", s)
        parts.append(s)
        size += len(s.encode("utf-8")) + 1
    if punctuated:
        body = "\n\n".join(" ".join(parts[i:i + 4]) for i in range(0, len(parts), 4))
    else:
        body = " ".join(parts)
    return "Hội nghị Cấp cao APEC\n\n" + body + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10, 20, 40])
    ap.add_argument("--workdir", type=Path)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        for punctuated in (False, True):
            label = "with punctuation" if punctuated else "without sentence punctuation"
            for kb in args.sizes:
                path = Path(tmp) / f"{kb}kb-{int(punctuated)}.txt"
                path.write_text(long_text(kb, punctuated), encoding="utf-8")
                out = subprocess.run([sys.executable, "-c", CHILD, str(path)], cwd=ROOT, check=True,
                                     capture_output=True, text=True).stdout.split()
                secs, chars, events = float(out[0]), int(out[1]), int(out[2])
                print(f"{label:<30} {kb:>6} KB  {chars:>9} characters of text  {events:>5} events  {secs:7.2f} s")


if __name__ == "__main__":
    main()
