"""The funding rules compiled once: cue words and labels.

Cue words (exclusions such as "haettu", "väliaikaisrahoitus", "laina"; funding
verbs) are data in `pipeline/data/money.yaml`; labels are the registry's
(`pipeline/labels.py`).
"""
from __future__ import annotations

import re
from functools import cache

from pipeline.extract.money import money_rules
from pipeline.labels import labels_for

_WS = re.compile(r"[\s\u00a0\u202f\u2007\u2009]+")


def _norm(text: str | None) -> str:
    """Lower-case one-line form of a label or header, without a trailing colon."""
    return _WS.sub(" ", text or "").strip().rstrip(":").strip().lower()


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(_norm(str(w)) for w in money_rules()[key])


def _is_funder_label(label: str) -> bool:
    return label in labels_for("funder", "funder_or_grant")


def _is_budget_label(label: str) -> bool:
    """A stated budget, or a stated total of funding (the contract's budget_eur is either)."""
    return label in labels_for("budget", "funding_total")


@cache
def _regex(key: str) -> re.Pattern[str]:
    parts = money_rules()[key]["regex"]
    return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)


@cache
def _alternation(key: str) -> str:
    words = sorted({str(w) for w in money_rules()[key]}, key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


@cache
def _verb_re(key: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{_alternation(key)})(?![\w-])", re.IGNORECASE)


@cache
def _max_re() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_alternation('maximum_words')})(?!\w)", re.IGNORECASE)
