"""Reading "Label: value" lines, the layout register exports and fact boxes share.

A block of lines becomes fields when its lines start with short labels: either a
label the markup set in bold, or a short capitalised phrase ending in a colon. A
label line with no value on it ("Yhteyshenkilö:") takes the lines that follow
until the next label, as a contact block or a wrapped value does.
"""
from __future__ import annotations

import re

from pipeline.labels import is_label
from pipeline.parse.blocks import one_line

MAX_LABEL_WORDS = 6
MAX_LABEL_CHARS = 60
# the colon of a label is followed by a space or the end of the line: "ry:n",
# "EU:lta" and "S:t" are case endings and abbreviations, not labels
_COLON_LABEL = re.compile(r"^([A-ZÅÄÖÜ](?:[^:\n]|:(?=\S)){0,58}?)\s*:(?:\s+|$)(.*)$")
# "Puh: 040 …", "klo 10.12" and URLs must not be read as labels
_NOT_LABEL = re.compile(r"https?$|^\d|[.!?]\s", re.I)


def _label_of(line: str, bold_labels: set[str]) -> tuple[str, str] | None:
    for label in bold_labels:
        if line == label or line.startswith(label) and line[len(label):len(label) + 1] in (":", " ", ""):
            rest = line[len(label):].lstrip(" :").strip()
            if label.endswith(":"):
                label = label[:-1]
            return label.strip(), rest
    m = _COLON_LABEL.match(line)
    if not m:
        return None
    label, value = m.group(1).strip(), m.group(2).strip()
    if len(label.split()) > MAX_LABEL_WORDS or len(label) > MAX_LABEL_CHARS or _NOT_LABEL.search(label):
        return None
    return label, value


def split_fields(text: str, bold_labels: set[str] | frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """Fields of a block's text, or [] when the block is prose.

    The block counts as fields only if its first line starts with a label, so a
    paragraph that merely contains a colon stays a paragraph.
    """
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if not lines:
        return []
    bold = {b for b in bold_labels if len(b.split()) <= MAX_LABEL_WORDS}
    first = _label_of(lines[0], bold)
    if first is None:
        return []
    if len(lines) == 1 and not first[1]:
        return []  # a lone "Label:" line is a lead-in, not a field
    # Prose that merely opens with "Huom: …" is not a fact box: demand a short
    # value or more than one label unless the label was set in bold.
    fields: list[list[str]] = []
    for line in lines:
        lv = _label_of(line, bold)
        if lv is not None and (lv[0] in bold or not fields or not fields[-1][1] or len(lv[0].split()) <= 4):
            fields.append([lv[0], lv[1]])
        elif fields:
            fields[-1][1] = (fields[-1][1] + "\n" + line).strip()
    if len(fields) == 1 and fields[0][0] not in bold and len(one_line(fields[0][1])) > 300:
        return []
    return [(label, value) for label, value in fields]



# A known label opening a line, a sentence or a list part: "… . Hallinnoija: X"
_LABEL_AT = re.compile(r"(?:^|(?<=[.;]\s))([A-ZÅÄÖ][\w\- ]{1,40}?)\s*:\s+")


def inline_fields(line: str) -> tuple[str, list[tuple[str, str]]]:
    """A line's prose and the labelled facts run together in it ("Hallinnoija: X. Kumppanit: Y.")."""
    cuts = [m for m in _LABEL_AT.finditer(line) if is_label(m.group(1))]
    fields = []
    for m, nxt in zip(cuts, [*cuts[1:], None]):
        value = line[m.end():nxt.start() if nxt else len(line)].strip().rstrip(".;").strip()
        if value:
            fields.append((m.group(1).strip(), value))
    return (line[:cuts[0].start()] if cuts else line).strip(), fields


def record_text(text: str) -> tuple[str, list[tuple[str, str]], str]:
    """(title, fields, prose) of a record written in one cell or list item: the name
    on the first line (wrapped lines that go on in lower case belong to it), then
    "Label: value" lines or sentences among the description. A value goes on over
    the lines that continue it in lower case, as a wrapped table cell does.

    Only labels of the registry count, so "Huom: …" or a name with a colon stays prose.
    """
    lines = [one_line(ln) for ln in text.split("\n") if ln.strip()]
    if not lines:
        return "", [], ""
    n = 1
    while n < len(lines) and not (inline_fields(lines[n])[1] or _COLON_LABEL.match(lines[n])):
        # a name wraps: the next line goes on in lower case, or no sentence follows it
        if not lines[n][:1].islower() and (any(ln.endswith(".") for ln in lines[n:])
                                           or len(" ".join(lines[:n + 1]).split()) > 15):
            break
        n += 1
    title = " ".join(lines[:n])
    fields: list[list[str]] = []
    prose: list[str] = []
    open_field = False
    for line in lines[n:]:
        lead, found = inline_fields(line)
        if open_field and not found and line[:1].islower():
            fields[-1][1] += " " + line
            continue
        if lead:
            prose.append(lead)
        fields.extend([label, value] for label, value in found)
        open_field = bool(found) and not line.rstrip().endswith(".")
    return title, [(label, value) for label, value in fields], "\n".join(prose)
