"""Shared test fixtures: paths to the committed corpus and the gold answers."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "raw"
# The gold answers: shared/corpus/gold beside the repo when it is there (the
# source of truth), else the copy committed in tests/gold for a lone clone.
SHARED_GOLD = ROOT.parent / "shared" / "corpus" / "gold"
GOLD = SHARED_GOLD if SHARED_GOLD.is_dir() else ROOT / "tests" / "gold"


@pytest.fixture(scope="session")
def raw_dir() -> Path:
    return RAW


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    return GOLD
