"""The linter (ruff, configured in pyproject.toml) finds nothing, so that the README's test command,
which CI runs, runs it too."""
from __future__ import annotations

import subprocess
import sys

from .conftest import ROOT


def test_ruff_finds_nothing():
    proc = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "--output-format", "concise", "."],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, (
        f"{proc.stdout}{proc.stderr}\nrun `python -m ruff check .` (`--fix` sorts imports); "
        "without ruff, install the test extra: pip install -e \".[test]\"")
