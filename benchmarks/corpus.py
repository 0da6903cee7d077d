"""A synthetic corpus for the benchmarks: the seed articles varied in numbers, dates, layout
and encoding, so that every file is distinct and exercises the same code as real input."""
from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORUMS = ["APEC", "ASEAN", "ASEAN+3", "ARF", "ASEM"]


def _vary(text: str, rng: random.Random, i: int) -> str:
    year = str(rng.randint(2000, 2025))
    text = re.sub(r"\b20[12]\d\b", year, text)
    text = re.sub(r"lần thứ (\d+)", lambda m: f"lần thứ {rng.randint(1, 60)}", text)
    text = re.sub(r"\b(\d{1,2})/(\d{1,2})\b", lambda m: f"{rng.randint(1, 28)}/{rng.randint(1, 12)}", text)
    return text + f"\n\nBài số {i}: {rng.choice(FORUMS)} tiếp tục thúc đẩy hợp tác khu vực."


def make_corpus(folder: Path, n: int, seed: int = 7) -> list[Path]:
    """Write n article files into folder (nested 200 per sub-folder); return their paths."""
    rng = random.Random(seed)
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    paths = []
    for i in range(n):
        text = _vary(seeds[i % len(seeds)], rng, i)
        path = folder / f"batch{i // 200:03d}" / f"article{i:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        kind = i % 20
        if kind == 0:
            data = text.encode("utf-16")
        elif kind == 1:
            data = b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8")
        else:
            data = text.encode("utf-8")
        path.write_bytes(data)
        paths.append(path)
    return paths


def touch_some(paths: list[Path], share: float, seed: int = 11) -> int:
    """Change `share` of the files (a new closing sentence), as a day's new reports would."""
    rng = random.Random(seed)
    chosen = rng.sample(paths, max(1, int(len(paths) * share)))
    for p in chosen:
        data = p.read_bytes()
        if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
            p.write_bytes(data + "\nCập nhật.".encode("utf-16-le"))
        else:
            p.write_bytes(data + "\nCập nhật.".encode("utf-8"))
    return len(chosen)
