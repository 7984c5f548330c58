"""Forms printed as boxes: a short label in small or light type above its value.

Application prints, register extracts and fact boxes set each value under its
label, the label in smaller or lighter type than the value. Boxes often stand
side by side, so that one text line holds several labels and the next line their
values ("Postiosoite  Postinumero" over "Kylätie 1  12345"). Such a pair of lines
gives one field per label, its value the words below it: a label's column runs
from its x to the next label's. The value's further lines follow in the value's
type at the same x's: a wrapped line of a value, or a line that fills only some
of the columns (a name broken over two lines beside a one-line code).

Pitch, type and alignment must all agree, and a region must hold two label lines
at least, so a caption above a paragraph stays a paragraph. A grid of ruled boxes
that reads wholly this way is a form, not a table (`is_form_grid`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.parse.pdf_fields import FIELD_GAP_EM, FIELD_GAP_MIN_PT
from pipeline.parse.pdf_geometry import (HEADING_SIZE_RATIO, SIZE_CHANGE_PT, Line, Word, build_lines, join_words,
                                         word_groups)

# A label has at most this many words; the value's first line follows the label's
# line, and each further line the one above it, at most this many value sizes
# below (baseline to baseline); a value starts within FORM_X_TOL of its label's x.
FORM_LABEL_MAX_WORDS = 8
FORM_PITCH_EM = 1.6
FORM_X_TOL = 3.0
# Label type is smaller than the value's by more than SIZE_CHANGE_PT, or lighter by
# at least FORM_LIGHTER (0 black, 1 white) yet darker than FORM_LIGHT_MAX: white type
# stands on another background than black type, so it is no lighter label.
FORM_LIGHTER = 0.25
FORM_LIGHT_MAX = 0.85
# A region is read as a form when it holds at least this many label lines.
FORM_MIN_ROWS = 2

_NOT_A_LABEL = re.compile(r"[.!?]$|:.")  # a sentence, or a caption ("Kuva: …")


@dataclass
class FormField:
    label: str
    value: list[Line]  # the value's lines, top to bottom
    right: float  # where the label's column ends (to tell a wrapped line from a break)
    lines: list[Line]  # everything the field was read from


def _label_line(head: Line, value: Line, body: float) -> bool:
    """True when `head` is set as labels over `value`: smaller or lighter type, the value not a heading."""
    smaller = max(w.size for w in head.words) <= value.size - SIZE_CHANGE_PT
    lighter = value.light + FORM_LIGHTER <= min(w.light for w in head.words) <= max(w.light for w in head.words) \
        <= FORM_LIGHT_MAX
    return (smaller or lighter) and value.size < body * HEADING_SIZE_RATIO


def _same_type(a: Line, b: Line) -> bool:
    return abs(a.size - b.size) <= SIZE_CHANGE_PT and a.bold == b.bold and abs(a.light - b.light) < FORM_LIGHTER


def _follows(prev: Line, ln: Line) -> bool:
    return 0 < ln.base - prev.base <= FORM_PITCH_EM * ln.size


def _under(starts: list[float], ln: Line) -> list[list[Word]] | None:
    """The line's words in the labels' columns, or None when a value is not aligned to its label."""
    cols: list[list[Word]] = [[] for _ in starts]
    for w in ln.words:
        k = sum(1 for x in starts if x <= w.x0 + FORM_X_TOL) - 1
        if k < 0:
            return None
        cols[k].append(w)
    if any(ws and abs(ws[0].x0 - x) > FORM_X_TOL for ws, x in zip(cols, starts)):
        return None
    return cols


def _continues(cols: list[list[Word]], first: list[list[Word]]) -> bool:
    """A further value line under several labels: wrapped text, or only some columns filled."""
    if len(cols) == 1:
        return True
    if all(ws[0].text[:1].islower() for ws in cols if ws):
        return True
    return any(f and not ws for ws, f in zip(cols, first))


def read_form_row(lines: list[Line], i: int, body: float, right: float) -> tuple[list[FormField], int] | None:
    """The fields of a label line at lines[i] and the value lines under it, and the index after them."""
    if i + 1 >= len(lines):
        return None
    head, first = lines[i], lines[i + 1]
    if not _follows(head, first) or not _label_line(head, first, body):
        return None
    labels = word_groups(head, max(FIELD_GAP_MIN_PT, FIELD_GAP_EM * head.size))
    texts = [join_words(g) for g in labels]
    if any(len(g) > FORM_LABEL_MAX_WORDS or _NOT_A_LABEL.search(t) for g, t in zip(labels, texts)):
        return None
    starts = [g[0].x0 for g in labels]
    first_cols = _under(starts, first)
    if first_cols is None:
        return None
    values: list[list[Line]] = [[Line(ws)] if ws else [] for ws in first_cols]
    j, prev = i + 2, first
    while j < len(lines):
        ln = lines[j]
        cols = _under(starts, ln) if _follows(prev, ln) and _same_type(ln, first) else None
        if cols is None or not _continues(cols, first_cols):
            break
        for v, ws in zip(values, cols):
            if ws:
                v.append(Line(ws))
        prev, j = ln, j + 1
    ends = [*starts[1:], right]
    return [FormField(label=t.rstrip(":").strip(), value=v, right=e, lines=[Line(g), *v])
            for t, g, v, e in zip(texts, labels, values, ends)], j


def find_forms(lines: list[Line], body: float, right: float) -> dict[int, tuple[list[FormField], int]]:
    """Each form row of a region by the index of its label line, with the index after it."""
    found: dict[int, tuple[list[FormField], int]] = {}
    i = 0
    while i < len(lines):
        row = read_form_row(lines, i, body, right)
        if row is None:
            i += 1
            continue
        found[i] = row
        i = row[1]
    return found if len(found) >= FORM_MIN_ROWS else {}


def is_form_grid(words: list[Word], body: float) -> bool:
    """True when the words of a ruled grid read wholly as labels over values."""
    if not words:
        return False
    lines = build_lines(words)
    forms = find_forms(lines, body, max(ln.x1 for ln in lines))
    return sum(end - start for start, (_, end) in forms.items()) == len(lines)
