"""The contacts extractor's vocabulary, compiled once.

The vocabulary is in `pipeline/data/contacts.yaml`; contact, role and phone/e-mail
labels are the label registry's (`pipeline/labels.py`). The regexes are built here
once, not per call. The character classes of names, the odd spaces and the mask
that hides addresses and numbers in a clause are shared by the other modules.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from pipeline.data import load_yaml
from pipeline.labels import DETAILS, Registry, labels_for, registry

_UP = "A-ZÅÄÖÜÉÈÁÍÓÚÑŠŽÆØÇ"
_LO = "a-zåäöüéèáíóúñšžæøçßëïôâêîû"
_NAME_TOKEN = rf"[{_UP}][{_LO}'’]+(?:-[{_UP}{_LO}][{_LO}'’]+)*"
_PARTICLES = ("von", "van", "af", "de", "der", "den", "la", "le", "di", "da", "du")
_SPACE_CHARS = "\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000\t"
_MASK = "\x00"


# --------------------------------------------------------------------------- vocabulary


@dataclass(frozen=True)
class _Vocab:
    contact_labels: tuple[str, ...]
    role_labels: tuple[str, ...]
    title_suffixes: tuple[str, ...]
    title_modifiers: frozenset[str]
    plural_rules: tuple[tuple[str, str], ...]
    plural_titles: dict[str, str]
    field_labels: frozenset[str]
    phone_prefix_re: re.Pattern[str]
    switchboard_re: re.Pattern[str]
    email_re: re.Pattern[str]
    dot_obfuscations: tuple[str, ...]
    pattern_first: frozenset[str]
    pattern_last: frozenset[str]
    role_mailboxes: frozenset[str]
    not_name: frozenset[str]
    org_words: tuple[str, ...]
    org_suffixes: frozenset[str]
    org_connectors: frozenset[str]
    conjunctions: frozenset[str]
    label_re: re.Pattern[str]
    title_labels: frozenset[str]
    contact_genitives: frozenset[str]


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first (so "puh." beats "puh")."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _vocab() -> _Vocab:
    """The vocabulary of the labels in force (a source's `labels:` hint adds its own)."""
    return _compiled(registry())


@lru_cache(maxsize=16)
def _compiled(_: Registry) -> _Vocab:
    """The YAML vocabulary compiled once per registry: regexes are built here, not per call."""
    y = load_yaml("contacts.yaml")
    low = lambda xs: tuple(str(x).lower() for x in xs)  # noqa: E731
    contact_labels = tuple(sorted(labels_for("contact")))
    role_labels = tuple(sorted(labels_for("contact_role")))
    details = labels_for("phone", "email", "web", group=DETAILS) | set(low(y["filler_words"]))
    title_labels = frozenset(labels_for("title", group=DETAILS))
    at_alts = [r"\s*@\s*"] + [rf"\s*{re.escape(o)}\s*" for o in y["at_obfuscations"]] + [r"\s+at\s+"]
    dots = tuple(y.get("dot_obfuscations", ()))
    dot_alt = "|".join([r"\."] + [rf"\s*{re.escape(d)}\s*" for d in dots])
    email_re = re.compile(
        rf"(?<![\w.@+-])(?P<local>\w[\w.%+'-]*?)(?P<at>{'|'.join(at_alts)})"
        rf"(?P<domain>[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:(?:{dot_alt})[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"
        rf"(?:{dot_alt})[A-Za-z]{{2,24}})(?![A-Za-z0-9-])",
        re.I,
    )
    prefixes = _alt(labels_for("phone", group=DETAILS))
    labels = contact_labels + role_labels
    return _Vocab(
        contact_labels=contact_labels,
        role_labels=role_labels,
        title_suffixes=low(y["title_suffixes"]),
        title_modifiers=frozenset(low(y["title_modifiers"])),
        plural_rules=tuple((str(a), str(b)) for a, b in y["plural_suffix_rules"]),
        plural_titles={str(k).lower(): str(v) for k, v in (y.get("plural_titles") or {}).items()},
        field_labels=frozenset(details) | {w.strip(".:") for w in details},
        phone_prefix_re=re.compile(rf"^\s*(?:(?:{prefixes})(?![{_LO}])\s*[:.]?\s*)+", re.I),
        switchboard_re=re.compile(rf"(?<![{_LO}])(?:{_alt(low(y['switchboard_words']))})", re.I),
        email_re=email_re,
        dot_obfuscations=dots,
        pattern_first=frozenset(low(y["pattern_first_words"])),
        pattern_last=frozenset(low(y["pattern_last_words"])),
        role_mailboxes=frozenset(low(y["role_mailboxes"])),
        not_name=frozenset(low(y["not_name_words"])),
        org_words=low(y["org_words"]),
        org_suffixes=frozenset(low(y.get("org_legal_suffixes") or ())),
        org_connectors=frozenset(low(y.get("org_name_connectors") or ())),
        conjunctions=frozenset(low(y["conjunctions"])),
        title_labels=title_labels,
        contact_genitives=frozenset(low(y["contact_genitives"])),
        label_re=re.compile(rf"^\s*(?:(?:{_alt(low(y['label_possessors']))})\s+)?(?P<label>{_alt(labels)})(?=$|[\s:,.;–-])",
                            re.I),
    )


def _norm_spaces(text: str) -> str:
    """No-break and other odd spaces as plain spaces, keeping every offset."""
    return text.translate({ord(c): " " for c in _SPACE_CHARS})
