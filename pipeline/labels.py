"""Every field label any extractor understands, in one set.

Brochures and PDFs often set a label as a bold line of its own ("Hallinnoija"
over "Metropolia Ammattikorkeakoulu Oy") that a parser cannot tell from a
heading. A heading that is a known label is read as that field; the vocabulary
comes from the extractors' own data files, so a label added for an extractor is
recognised here too.
"""
from __future__ import annotations

from functools import cache

from pipeline.data import load_yaml


def _flat(value) -> list[str]:
    if isinstance(value, dict):
        return [x for v in value.values() for x in _flat(v)]
    if isinstance(value, list):
        return [x for v in value for x in _flat(v)]
    return [value] if isinstance(value, str) else []


@cache
def known_labels() -> frozenset[str]:
    labels: list[str] = []
    labels += _flat(load_yaml("orgs.yaml")["labels"])
    contacts = load_yaml("contacts.yaml")
    labels += _flat(contacts["contact_labels"]) + _flat(contacts["role_labels"])
    labels += _flat(load_yaml("dates.yaml")["labels"])
    money = load_yaml("money.yaml")
    labels += _flat(money.get("budget_labels", [])) + _flat(money.get("funder_labels", []))
    seg = load_yaml("segment.yaml")
    for key in ("status_labels", "category_labels", "summary_labels", "municipality_labels", "name_labels"):
        labels += _flat(seg[key])
    fields = load_yaml("fields.yaml")
    for key in ("grant_amount_labels", "funder_labels"):
        labels += _flat(fields[key])
    return frozenset(label.lower().rstrip(":").strip() for label in labels)


def is_label(text: str) -> bool:
    return " ".join(text.lower().split()).rstrip(":").strip() in known_labels()


@cache
def _contact_labels() -> frozenset[str]:
    return frozenset(x.lower() for x in _flat(load_yaml("contacts.yaml")["contact_labels"]))


def is_contact_label(text: str) -> bool:
    """Contact headings govern several blocks (cards), so they stay headings."""
    return " ".join(text.lower().split()).rstrip(":").strip() in _contact_labels()
