"""A contact section's text as short clauses, and the label a line starts with.

Lines wrapped in PDF cells and narrow columns are re-joined, then split at sentence
ends and semicolons. `_label_match` tells whether a text starts with a contact or a
role label ("Yhteystiedot:", "Projektipäällikkö X") and gives what follows it; a
clause's parts are read without masks, field labels ("Puh.", "Sähköposti"),
conjunctions and contact labels (`_strip_labels`).
"""
from __future__ import annotations

import re
from typing import Iterable

from pipeline.extract.contacts.names import (
    _TOKEN_RE,
    _bare,
    _is_stop_token,
    _singular_title,
)
from pipeline.extract.contacts.vocab import _LO, _MASK, _UP, _vocab
from pipeline.parse.blocks import clean_text


def _label_match(text: str, *, is_label: bool = False) -> tuple[str, str | None, str] | None:
    """(kind, role title, rest) when `text` starts with a contact or role label.

    kind is "contact" or "role"; the rest is what follows the label, its qualifier
    ("i Pargas", "Hämeenlinnassa") and colon on the first line. `is_label`: the text
    is a field label, so a role word followed by a qualifier is still a label.
    """
    v = _vocab()
    m = v.label_re.match(text)
    if not m:
        return None
    label = m.group("label")
    kind = "role" if label.lower() in v.role_labels else "contact"
    first_line, _, more = text.partition("\n")
    colon = first_line.find(":", m.end())
    if colon != -1 and len(first_line[m.end() : colon].split()) <= 3:
        rest_first = first_line[colon + 1 :]
    else:
        rest_first = first_line[m.end() :]
        if kind == "role" and not is_label and not re.match(rf"\s*:?\s*[{_UP}]", rest_first):
            return None  # "Projektipäällikkö vastaa …" is prose, not a role line
    rest = (rest_first.strip() + ("\n" + more if more else "")).strip()
    role = first_line[m.start("label") : m.end("label")] if kind == "role" else None
    if role and _singular_title(role):
        role = _singular_title(role)
    return kind, role, rest


def _continues(prev: str, nxt: str) -> bool:
    """Whether line `nxt` wraps `prev` (PDF cells, narrow columns) rather than starting anew."""
    if not prev or not nxt or prev.endswith(":"):
        return False
    if prev.endswith((",", "-", "–")) and not prev.endswith(" -"):
        return True
    last = prev.split()[-1]
    if nxt[0].islower():
        return True
    if nxt[0] in "0123456789(+" and (last[-1].isdigit() or _bare(last) in _vocab().field_labels):
        return True
    words = prev.split()
    if (
        len(words) >= 2
        and _TOKEN_RE.fullmatch(last)
        and not _is_stop_token(last)
        and (words[-2][0].islower() or words[-2].endswith((":", ",")))
        and _TOKEN_RE.match(nxt)
    ):
        return True  # "projektipäällikkö Aino" / "Virtanen, p. …"
    return False


_SENTENCE_RE = re.compile(rf"(?<=[0-9{_LO})][0-9{_LO})])\.\s+(?=[{_UP}])|;\s*")


def _clauses(text: str) -> list[str]:
    """Lines (wrapped lines re-joined) split further at sentence ends and semicolons."""
    lines: list[str] = []
    for line in clean_text(text).split("\n"):
        line = line.strip()
        if not line:
            continue
        if lines and _continues(lines[-1], line):
            sep = "" if lines[-1].endswith("-") and line[0].islower() and not lines[-1].endswith(" -") else " "
            lines[-1] = lines[-1] + sep + line
        else:
            lines.append(line)
    out: list[str] = []
    for line in lines:
        out.extend(p.strip() for p in _SENTENCE_RE.split(line) if p and p.strip())
    return out


def _mask(text: str, spans: Iterable[tuple[int, int]]) -> str:
    chars = list(text)
    for s, e in spans:
        for k in range(s, min(e, len(chars))):
            chars[k] = _MASK
    return "".join(chars)


def _strip_labels(text: str) -> str:
    """A part of a contact line without masks, field labels, conjunctions and punctuation."""
    v = _vocab()
    words = [w for w in text.replace(_MASK, " ").split()]
    keep = [
        w
        for w in words
        if _bare(w) not in v.field_labels
        and _bare(w) not in v.conjunctions
        and not (_label_match(w) and _label_match(w)[0] == "contact")
    ]
    return " ".join(keep).strip(" .,:;–-")
