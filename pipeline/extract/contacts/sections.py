"""Which blocks of a segment form its contact sections.

A section is a field or paragraph led by a contact label, the blocks under a
"Yhteyshenkilöt"/"Ota yhteyttä" heading, a role line "Projektipäällikkö X", a
contact card (a name line with a phone or an address), a table column
"Yhteyshenkilö", or a "Label: value" line inside a facts paragraph. Rows that
continue a contact field with the same person's data ("Puhelin", "Sähköposti",
"Asema") join its section; running prose under a contact heading does not.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from pipeline.extract.contacts.clauses import (
    _clauses,
    _label_match,
    _mask,
    _strip_labels,
)
from pipeline.extract.contacts.emails import _email_hits
from pipeline.extract.contacts.names import _accept_name, _bare, _name_candidates
from pipeline.extract.contacts.phones import _phone_hits
from pipeline.extract.contacts.vocab import _vocab
from pipeline.parse.blocks import Block, clean_text


@dataclass
class _Unit:
    """One piece of a contact section: a block's text or a table cell."""

    text: str
    is_heading: bool = False
    mailtos: tuple[str, ...] = ()


@dataclass
class _Section:
    units: list[_Unit]
    role: str | None = None  # title given by a role label ("Projektledare i Exempelby")


def _label_only_heading(text: str) -> bool:
    m = _label_match(text.strip().rstrip(":"))
    return m is not None and len(m[2].split()) <= 3 and not _email_hits(m[2])


def _has_contact_data(text: str) -> bool:
    """Cheap test for a block continuing a contact section: a phone, an address or a name."""
    if _phone_hits(text) or _email_hits(text):
        return True
    for clause in _clauses(text):
        masked = clause
        if any(_accept_name(clause, sp, strong=False) for sp in _name_candidates(masked)):
            return True
    return False


def _closing_contact(text: str):
    """The label match of a paragraph's closing sentence that names its contact (a press
    release's or a news story's "… . Lisätietoja antaa puheenjohtaja X, puh. …"), when that
    sentence, to the paragraph's end, is short and holds a phone or an address. One who
    tells about several projects ("Lisätietoja hankkeista antaa …") speaks for a programme."""
    for m in re.finditer(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", text):
        tail = text[m.end():]
        if len(tail) <= _MAX_CONTACT_BLOCK and (_phone_hits(tail) or _email_hits(tail)) \
                and not _ABOUT_SEVERAL.search(tail[:40]) and (lm := _label_match(tail)):
            return lm
    return None


_ABOUT_SEVERAL = re.compile(r"\b(?:hankkeista|projekteista|hankkeiden|projektien|projekten|projects)\b", re.I)


def _is_link_only(b: Block) -> bool:
    linked = " ".join(l.text for l in b.links if not l.href.lower().startswith("mailto:"))
    return bool(linked) and len(" ".join(linked.split())) >= len(" ".join(b.text.split())) - 2


def _mailtos(b: Block) -> tuple[str, ...]:
    out = []
    for l in b.links:
        if l.href.lower().startswith("mailto:"):
            addr = l.href[7:].split("?")[0].strip().lower()
            if "@" in addr:
                out.append(addr)
    return tuple(out)


def _unit(b: Block) -> _Unit:
    text = clean_text(b.text)
    if b.kind == "field" and b.label:
        text = f"{clean_text(b.label)}:\n{text}"  # the label on its own line, rows kept apart
    return _Unit(text, is_heading=b.kind == "heading", mailtos=_mailtos(b))


def _is_card(b: Block) -> bool:
    """A contact card outside any labelled section: a name line plus a phone or address."""
    if b.kind not in ("list_item", "paragraph") or b.region != "main":
        return False
    text = clean_text(b.text)
    first, _, rest = text.partition("\n")
    if not rest or not (_phone_hits(rest) or _email_hits(rest)) or len(first.split()) > 4:
        return False
    cands = _name_candidates(first)
    return len(cands) == 1 and cands[0] == (0, len(first)) and _accept_name(first, cands[0], strong=False)


_MAX_CONTACT_BLOCK = 300  # longer blocks after a contact label are prose, not contact lines
_INNER_LABEL_RE = re.compile(r"^([^:\n]{1,60}):\s*(.*)$")


def _is_other_label_line(line: str) -> bool:
    """A "Label: value" line that is not a phone/e-mail row of the same contact."""
    m = _INNER_LABEL_RE.match(line)
    return bool(m) and bool(m.group(1).split()) and _bare(m.group(1).split()[0]) not in _vocab().field_labels


def _inner_label_sections(text: str) -> list[_Section]:
    """Sections led by a "Label: value" line inside a facts paragraph
    ("Projekttid: …<br>Projektledare i Exempelby: Anna Berg, tfn …")."""
    out: list[_Section] = []
    lines = text.split("\n")
    k = 1
    while k < len(lines):
        m = _INNER_LABEL_RE.match(lines[k])
        lm = _label_match(m.group(1), is_label=True) if m and len(m.group(1).split()) <= 5 else None
        if not (m and lm):
            k += 1
            continue
        body = [m.group(2)] if m.group(2).strip() else []
        k += 1
        while k < len(lines) and not _is_other_label_line(lines[k]):
            body.append(lines[k])
            k += 1
        if body:
            out.append(_Section([_Unit("\n".join(body))], role=lm[1]))
    return out


def _row_kind(label: str) -> str | None:
    """What a field row under a contact gives: "detail" (a phone or address row such as
    "Puhelin", "Yhteyshenkilön sähköpostiosoite"), "title" ("Asema"), or None."""
    v = _vocab()
    words = [_bare(w) for w in label.split()]
    if words and words[0] in v.contact_genitives:
        words = words[1:]
    if not words:
        return None
    if words[0] in v.title_labels:
        return "title"
    return "detail" if words[0] in v.field_labels and len(words) <= 2 else None


def _is_contact_row(nb: Block, b: Block) -> bool:
    """Whether `nb` continues the contact field `b` with the same person's data: a
    "Puhelin"/"Sähköposti" field, or a short line with only a phone or an address
    ("tfn 050 412 7788, emma.sjoholm(at)…" under "Kontaktperson: Emma Sjöholm")."""
    if nb.region != b.region:
        return False
    text = clean_text(nb.text)
    if not text or len(text) > _MAX_CONTACT_BLOCK:
        return False
    if nb.kind == "field":
        return _row_kind(nb.label or "") is not None
    if nb.kind not in ("paragraph", "list_item") or _label_match(text) or _is_link_only(nb):
        return False
    if not (_phone_hits(text) or _email_hits(text)):
        return False
    masked = _mask(text, [(h.start, h.end) for h in _email_hits(text)] + [(h.start, h.end) for h in _phone_hits(text)])
    return not _strip_labels(masked)  # nothing but prefixes, numbers and addresses


def _sections(blocks: Sequence[Block]) -> tuple[list[_Section], set[int]]:
    """The contact sections of a segment, and the indices of the blocks they use."""
    sections: list[_Section] = []
    used: set[int] = set()
    n = len(blocks)
    i = 0
    while i < n:
        b = blocks[i]
        if b.kind == "field" and b.label:
            lm = _label_match(b.label, is_label=True)
            if lm:
                units = [_Unit(clean_text(b.text), mailtos=_mailtos(b))]
                used.add(i)
                j = i + 1
                while j < n and _is_contact_row(blocks[j], b):
                    if blocks[j].kind == "field" and _row_kind(blocks[j].label or "") == "title":
                        units[0] = _Unit(f"{units[0].text}, {clean_text(blocks[j].text)}", mailtos=units[0].mailtos)
                    else:
                        units.append(_unit(blocks[j]))
                    used.add(j)
                    j += 1
                sections.append(_Section(units, role=lm[1]))
                i = j
                continue
            i += 1
            continue
        if b.kind == "table" and b.rows:
            cols = [(j, _label_match(c, is_label=True)) for j, c in enumerate(b.rows[0]) if c and _label_match(c, is_label=True)]
            for j, lm in cols:
                for row in b.rows[1:]:
                    if j < len(row) and row[j].strip():
                        sections.append(_Section([_Unit(clean_text(row[j]))], role=lm[1] if lm else None))
            if cols:
                used.add(i)
            i += 1
            continue
        if b.kind == "heading":
            if _label_only_heading(b.text):
                lm = _label_match(b.text.strip())
                units: list[_Unit] = []
                j = i + 1
                while j < n and not (
                    blocks[j].kind == "heading" and blocks[j].region == b.region and (blocks[j].level or 9) <= (b.level or 9)
                ):
                    if blocks[j].region != b.region:
                        j += 1  # a sidebar beside the section (8.2: a Leader office's staff), not its rows
                        continue
                    if len(blocks[j].text) > _MAX_CONTACT_BLOCK and blocks[j].kind != "field":
                        pass  # running prose under the heading: people there are mentioned, not listed
                    elif blocks[j].kind == "table":
                        units.extend(_Unit(clean_text(c)) for row in blocks[j].rows for c in row if c.strip())
                    else:
                        units.append(_unit(blocks[j]))
                    used.add(j)
                    j += 1
                used.add(i)
                sections.append(_Section(units, role=lm[1] if lm else None))
                i = j
                continue
            i += 1
            continue
        # paragraph / list_item
        text = clean_text(b.text)
        lm = _label_match(text) or _closing_contact(text)
        if lm:
            units = [_Unit(lm[2], mailtos=_mailtos(b))] if lm[2] else []
            used.add(i)
            j = i + 1
            while j < n and blocks[j].kind in ("paragraph", "list_item", "field") and blocks[j].region == b.region:
                nb = blocks[j]
                if nb.kind == "field" and nb.label and _label_match(nb.label):
                    break  # its own section
                if len(nb.text) > _MAX_CONTACT_BLOCK or _label_match(clean_text(nb.text)) or _is_link_only(nb):
                    break
                if not _has_contact_data(nb.line):
                    break
                units.append(_unit(nb))
                used.add(j)
                j += 1
            sections.append(_Section(units, role=lm[1]))
            i = j
            continue
        if _is_card(b):
            sections.append(_Section([_unit(b)]))
            used.add(i)
        else:
            inner = _inner_label_sections(text)
            if inner:
                sections.extend(inner)
                used.add(i)
        i += 1
    return sections, used
