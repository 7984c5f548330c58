"""Budgets: an explicitly stated total budget, in a labelled value or in prose."""
from __future__ import annotations

import re

from pipeline.extract.funding.prose import _excluded, _sentences
from pipeline.extract.funding.rules import _is_budget_label, _norm, _regex
from pipeline.extract.money import find_amounts, parse_amount
from pipeline.parse.blocks import one_line


_BREAKDOWN = re.compile(r"\s*[,;(]?\s*(?:josta|joista|varav|varifrån|of which)\b", re.I)


def _single_amount(text: str) -> float | None:
    """The one euro amount of a value, or None when there is none, a range, or several."""
    value = parse_amount(text)
    if value is not None:
        return value
    found = find_amounts(text)
    if not found or any(m.is_range for m in found):
        return None
    if (broken_down := total_and_parts(text)) is not None:
        return broken_down[0]
    distinct = {m.amount for m in found}
    if len(distinct) > 1 and _BREAKDOWN.match(text[found[0].end:]):
        return found[0].amount  # "100 000 €, josta EU:n osuus 70 000 €": the total, then a part of it
    return found[0].amount if len(distinct) == 1 else None


_PART_LINE = re.compile(r"^(?P<name>[A-ZÅÄÖ][^\d€]{1,80}?)[\s:]*$")


def total_and_parts(text: str) -> tuple[float, list[tuple[str, float]]] | None:
    """A value written as a total over its parts, one per line, that add up to it:
    "241 612,50 €\nMaaseuturahasto (EU) 101 477,25 €\nKansallinen julkinen rahoitus
    140 135,25 €" -> (241612.5, [("Maaseuturahasto (EU)", 101477.25), …]). The sum is
    what tells a breakdown from a list of unrelated amounts."""
    lines = [one_line(x) for x in text.split("\n") if x.strip()]
    if len(lines) < 3:
        return None
    first = find_amounts(lines[0])
    if len(first) != 1 or first[0].is_range:
        return None
    parts = []
    for line in lines[1:]:
        found = find_amounts(line)
        m = _PART_LINE.match(line[:found[0].start]) if len(found) == 1 and not found[0].is_range else None
        if not m or line[found[0].end:].strip(" .,;"):
            return None
        parts.append((m.group("name").strip(" :–-"), found[0].amount))
    if abs(sum(a for _, a in parts) - first[0].amount) > 1:
        return None
    return first[0].amount, parts


def budget_from_text(label: str | None, text: str) -> float | None:
    """An explicitly stated total budget: a budget-labelled field value or a budget phrase in prose.

    "Hankkeen budjetti: 34 512,80 euroa", "Totalbudget: Cirka 1,5 miljoner euro",
    "Hankkeen kokonaisbudjetti on 1,2 milj. €". A single grant is not a budget, and
    a cost range ("200 – 4 000 euroa") gives None. "Julkinen rahoitus yhteensä"
    counts as a stated total funding (the contract's budget_eur is "total
    budget or total funding"); callers that also see a budget label prefer it.
    """
    if not text:
        return None
    if label is not None and _norm(label):
        lab = _norm(label)
        if _is_budget_label(lab):
            return _single_amount(text)
        if not _regex("budget_phrases").search(lab):
            return None
        if re.search(r"\b(toimenpiteen|toimenpide|osion|työpaketin)\b", lab):
            return None
        return _single_amount(text)
    for sentence in _sentences(" ".join(text.split())):
        m = _regex("budget_phrases").search(sentence)
        if not m or _excluded(sentence):
            continue
        after = [mo for mo in find_amounts(sentence) if mo.start >= m.end() and mo.start - m.end() <= 80]
        if after and not after[0].is_range:
            return after[0].amount
    return None
