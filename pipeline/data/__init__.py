"""Rules that are data: labels, month names, cue words, gazetteers.

Everything a maintainer may need to extend for a new city's pages lives in the
YAML and TSV files of this folder; code loads them through these helpers, once.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).parent


@cache
def load_yaml(name: str) -> Any:
    with open(DATA_DIR / name, encoding="utf-8") as f:
        return yaml.safe_load(f)


@cache
def load_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    rows = []
    with open(DATA_DIR / name, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                rows.append(tuple(line.split("\t")))
    return tuple(rows)
