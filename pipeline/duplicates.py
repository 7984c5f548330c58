"""The same project reported by two sources, linked and never merged.

A Sitra page and a city's list, or a city's page and its PDF print, describe the
same project. Analysts counting projects need to know; analysts checking a value
need both rows. So nothing is dropped: each later report gets `duplicate_of`, the
project_id of the one report kept as the reference, and counts can filter on
`duplicate_of IS NULL`.

Two reports are the same project when their names agree once case, accents,
punctuation and "-hanke" noise are ignored (an alias counts as a name), their
periods overlap (or one has none), and they share an owner or a municipality
(or one names neither). Reports from the same document are never linked: a
document naming a project twice means two projects.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Iterable

from pipeline.language.keys import name_key

_NOISE = re.compile(r"\b(?:hanke|hankkeen|hankkeessa|projekti|projekt|project|kehittamishanke)\b")


def identity_key(name: str) -> str:
    """A name folded for matching across sources ("Oikeus oppia -hanke" == "oikeus oppia")."""
    return " ".join(_NOISE.sub(" ", name_key(name)).split())


def _names(row: dict) -> set[str]:
    names = [row["name"]] + [a for a in (row.get("aliases") or "").split(" | ") if a]
    return {k for k in (identity_key(n) for n in names) if k}


def _day(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _overlap(a: dict, b: dict) -> bool:
    """Periods overlap, or at least one side gives no period to compare."""
    a0, a1, b0, b1 = (_day(a.get("start_date")), _day(a.get("end_date")),
                      _day(b.get("start_date")), _day(b.get("end_date")))
    if (a0 is None and a1 is None) or (b0 is None and b1 is None):
        return True
    return (a0 or date.min) <= (b1 or date.max) and (b0 or date.min) <= (a1 or date.max)


def _same_party(a: dict, b: dict) -> bool:
    """A shared owner or municipality, or one side names neither."""
    if not (a.get("owner") or a.get("municipality")) or not (b.get("owner") or b.get("municipality")):
        return True
    if a.get("owner") and b.get("owner") and name_key(a["owner"]) == name_key(b["owner"]):
        return True
    return bool(a.get("municipality")) and a.get("municipality") == b.get("municipality")


def _richness(row: dict) -> int:
    return sum(row.get(c) not in (None, "") for c in ("owner", "municipality", "start_date", "end_date", "status",
                                                       "category", "summary", "budget_eur"))


def link_duplicates(rows: Iterable[dict]) -> list[dict]:
    """The project rows with `duplicate_of` set on every report but one of each project.

    The reference is the fullest report (most fields filled), ties broken by
    project_id, so the choice is the same on every run.
    """
    rows = [dict(r, duplicate_of=None) for r in rows]
    by_name: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        for k in _names(r):
            by_name.setdefault(k, []).append(i)
    parent = list(range(len(rows)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for members in by_name.values():
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                a, b = rows[i], rows[j]
                if a["source_id"] != b["source_id"] and _overlap(a, b) and _same_party(a, b):
                    parent[find(i)] = find(j)
    groups: dict[int, list[int]] = {}
    for i in range(len(rows)):
        groups.setdefault(find(i), []).append(i)
    for members in groups.values():
        if len(members) < 2:
            continue
        ref = min(members, key=lambda i: (-_richness(rows[i]), rows[i]["project_id"]))
        for i in members:
            if i != ref:
                rows[i]["duplicate_of"] = rows[ref]["project_id"]
    return rows
