"""The label registry: which field (or organisation role) a label names.

Every label the pipeline reads lives in `pipeline/data/labels.yaml`, in groups:
`fields` (the labels of a project's fields: "Hallinnoija: X", a bold
"Toteutusaika" over its value), `details` (labels inside a contact's lines:
"puh.", "sähköposti"), `columns` (table headers) and `totals` (words that make a
row or column a total). Within a group each label names one field. This module is
the file's only reader: parse, segment and the extractors ask it, so a label
added there is recognised everywhere.

A `Registry` is built from the data; the module-level functions use the default
one. `Registry.with_extra` gives a registry with a source's own labels on top.
"""
from __future__ import annotations

import copy
import re
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from typing import Iterable, Iterator, Mapping

from pipeline.data import load_yaml

FIELDS = "fields"
DETAILS = "details"
COLUMNS = "columns"
TOTALS = "totals"
_GROUPS = (FIELDS, DETAILS, COLUMNS, TOTALS)

_CONJUNCTION = re.compile(r"\s+(?:ja|och|and|&)\s+")
_UNIT = re.compile(r"[\s(]*(?:€|eur|euroa|%)[)\s]*$")


def label_key(text: str) -> str:
    """A label as the registry compares it: lower case, single spaces, no trailing colon."""
    return " ".join(text.lower().split()).rstrip(":").strip()


class Registry:
    """Labels mapped to fields, per group, and the endings that also mark a field."""

    def __init__(self, groups: Mapping[str, Mapping[str, Iterable[str]]], endings: Iterable[str] = ()):
        self._field: dict[str, dict[str, str]] = {group: {} for group in _GROUPS}
        for group, fields in groups.items():
            if group not in self._field:
                raise ValueError(f"labels: unknown group {group!r}")
            for field, labels in fields.items():
                for label in labels:
                    self._add(group, label_key(str(label)), field)
        self._endings = tuple(label_key(e) for e in endings)
        unknown = [e for e in self._endings if e not in self._field[FIELDS]]
        if unknown:
            raise ValueError(f"labels: endings that are no field label: {unknown}")
        self._cache: dict[tuple[str, tuple[str, ...]], frozenset[str]] = {}

    def _add(self, group: str, key: str, field: str) -> None:
        known = self._field[group].setdefault(key, field)
        if known != field:
            raise ValueError(f"labels: {key!r} in {group} is listed as {known!r} and as {field!r}")

    @classmethod
    def from_data(cls, name: str = "labels.yaml") -> Registry:
        data = load_yaml(name)
        return cls({g: data.get(g) or {} for g in _GROUPS}, data.get("endings") or ())

    def with_extra(self, mapping: Mapping[str, str], group: str = FIELDS) -> Registry:
        """This registry with more labels ({"Vastuuorganisaatio": "owner"}); they win over the data's."""
        out = copy.copy(self)
        out._field = {g: dict(labels) for g, labels in self._field.items()}
        out._field[group].update({label_key(label): field for label, field in mapping.items()})
        out._cache = {}
        return out

    def field_of(self, label: str, group: str = FIELDS) -> str | None:
        """The field a label names ("Hallinnoija:" -> "owner"), or None. A label of
        alternatives ("Hallinnoija / Huvudman", "Hakija / hallinnoija") names what its
        first known part names. So does a label of two known labels joined by a
        conjunction ("Hallinnoija ja toteuttaja", "Huvudman och kontaktperson")."""
        key = label_key(label)
        found = self._field[group].get(key)
        if found is None and "/" in key:
            found = next((f for part in key.split("/") if (f := self._field[group].get(part.strip()))), None)
        if found is None and len(parts := _CONJUNCTION.split(key)) == 2:
            both = [self._field[group].get(part.strip()) for part in parts]
            found = both[0] if all(both) else None
        return found

    def field_by_ending(self, label: str) -> str | None:
        """The field of the first ending the label's last word ends with ("Hankkeen toteutusaika" -> "period")."""
        words = label_key(label).split()
        return next((self._field[FIELDS][e] for e in self._endings if words and words[-1].endswith(e)), None)

    def labels_for(self, *fields: str, group: str = FIELDS) -> frozenset[str]:
        """Every label (in registry form) of the given fields."""
        key = (group, fields)
        if key not in self._cache:
            self._cache[key] = frozenset(lab for lab, f in self._field[group].items() if f in fields)
        return self._cache[key]

    def is_label(self, text: str) -> bool:
        """A known field label ("Toteutusaika", "Hallinnoija:")."""
        return self.field_of(text) is not None

    def is_contact_label(self, text: str) -> bool:
        """Contact headings govern several blocks (cards), so they stay headings."""
        return self.field_of(text) == "contact"

    def is_totals_label(self, text: str) -> bool:
        """A totals row or column label ("YHTEENSÄ", "Yht.", "Julkinen tuki yhteensä", "Total").

        A label counts when its first or last word is a totals word, so
        "Kustannukset yhteensä" and "Yhteensä €" are totals but "Totalbudget" is not.
        """
        s = _UNIT.sub("", label_key(text)).strip()
        if not s:
            return False
        words = self.labels_for("total", group=TOTALS)
        if s in words:
            return True
        toks = s.split()
        return any(t in words or t.rstrip(".") in words for t in (toks[-1], toks[0]))


@cache
def _default() -> Registry:
    return Registry.from_data()


_active: ContextVar[Registry | None] = ContextVar("labels", default=None)


@cache
def _with_extra(items: tuple[tuple[str, str], ...]) -> Registry:
    """One registry per set of extra labels, so what is compiled from it is compiled once."""
    return _default().with_extra(dict(items))


def registry() -> Registry:
    """The registry of `pipeline/data/labels.yaml`, with a source's own labels while one is read."""
    return _active.get() or _default()


@contextmanager
def extra_labels(mapping: Mapping[str, str]) -> Iterator[None]:
    """Read with a source's own labels added ({"Vastuuorganisaatio": "owner"}, from its `labels:` hint)."""
    if not mapping:
        yield
        return
    token = _active.set(_with_extra(tuple(sorted(mapping.items()))))
    try:
        yield
    finally:
        _active.reset(token)


def fields() -> frozenset[str]:
    """Every field a label may name (what a `labels:` hint may map to)."""
    return frozenset(_default()._field[FIELDS].values())


def field_of(label: str, group: str = FIELDS) -> str | None:
    return registry().field_of(label, group)


def field_by_ending(label: str) -> str | None:
    return registry().field_by_ending(label)


def labels_for(*fields: str, group: str = FIELDS) -> frozenset[str]:
    return registry().labels_for(*fields, group=group)


def is_label(text: str) -> bool:
    return registry().is_label(text)


def is_contact_label(text: str) -> bool:
    return registry().is_contact_label(text)


def is_totals_label(text: str) -> bool:
    return registry().is_totals_label(text)
