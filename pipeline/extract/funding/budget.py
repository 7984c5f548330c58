"""Budgets: an explicitly stated total budget, in a labelled value or in prose."""
from __future__ import annotations

import re

from pipeline.extract.funding.prose import _excluded, _sentences
from pipeline.extract.funding.rules import _is_budget_label, _norm, _regex
from pipeline.extract.money import find_amounts, parse_amount


_BREAKDOWN = re.compile(r"\s*[,;(]?\s*(?:josta|joista|varav|varifrån|of which)\b", re.I)


def _single_amount(text: str) -> float | None:
    """The one euro amount of a value, or None when there is none, a range, or several."""
    value = parse_amount(text)
    if value is not None:
        return value
    found = find_amounts(text)
    if not found or any(m.is_range for m in found):
        return None
    distinct = {m.amount for m in found}
    if len(distinct) > 1 and _BREAKDOWN.match(text[found[0].end:]):
        return found[0].amount  # "100 000 €, josta EU:n osuus 70 000 €": the total, then a part of it
    return found[0].amount if len(distinct) == 1 else None


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
