"""Labels in PDF text: label/value rows beside a label column, and run-in labels.

A label column holds short labels at a common x with their values starting at
another common x ("Hakija      Esimerkkikylän kyläyhdistys ry"); a run-in label opens a line
in bold and ends with a colon ("Hallinnoija: Metropolia …").

Not everything in a label column is a label. Minutes, decisions and reports put
item numbers there ("§ 14", "3.2") beside the item's title, and references that
cite a record rather than name a field: dates, section signs and diary numbers
("Kh 14.3.2023 § 52", "123/02.05.00/2024", "VN/1234/2024").
"""
from __future__ import annotations

import re
import statistics

from pipeline.parse.pdf_geometry import Line

# Label/value rows: the gap between label and value is at least this wide (pt and
# font sizes, the larger wins), the label has at most this many words, and at least
# this many rows share the value's x (within the tolerance).
FIELD_GAP_MIN_PT = 5.0
FIELD_GAP_EM = 0.7
FIELD_MAX_LABEL_WORDS = 6
FIELD_MIN_ROWS = 2
FIELD_X_TOL = 2.5
# A bold run-in label ("Hallinnoija: Metropolia …") has at most this many words
# and ends with a colon.
RUNIN_MAX_WORDS = 5

_ITEM_NUMBER = re.compile(r"^(?:§\s*\d+[a-z]?|\d+[a-z]?\s*§|\d+(?:\.\d+)*\.?)$")
_REFERENCE = re.compile(r"\b\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})\b|§\s*\d|\d\s*§|\w/\d|\d/\w")


def field_column(lines: list[Line], skip: set[int]) -> tuple[float, dict[int, int]] | None:
    """The x where values of label/value rows start, and each row line's value index (lines in `skip` aside)."""
    cands: dict[int, tuple[float, int]] = {}
    for n, ln in enumerate(lines):
        if n in skip or len(ln.words) < 2:
            continue
        gap_min = max(FIELD_GAP_MIN_PT, FIELD_GAP_EM * ln.size)
        for k in range(1, min(len(ln.words), FIELD_MAX_LABEL_WORDS + 1)):
            gap = ln.words[k].x0 - ln.words[k - 1].x1
            if gap >= gap_min:
                # wider than the label's own word gaps, and than the value's (a justified
                # line stretches all its gaps alike)
                inner = [ln.words[m].x0 - ln.words[m - 1].x1 for m in range(1, k)]
                after = [ln.words[m].x0 - ln.words[m - 1].x1 for m in range(k + 1, len(ln.words))]
                if (not inner or gap >= 1.8 * max(inner)) and (not after or gap >= 1.8 * statistics.median(after)):
                    cands[n] = (ln.words[k].x0, k)
                break
    if len(cands) < FIELD_MIN_ROWS:
        return None
    xs = [x for x, _ in cands.values()]
    best_x, best_n = 0.0, 0
    for x in xs:
        c = sum(1 for y in xs if abs(x - y) <= FIELD_X_TOL)
        if c > best_n:
            best_x, best_n = x, c
    if best_n < FIELD_MIN_ROWS:
        return None
    rows = {n: k for n, (x, k) in cands.items() if abs(x - best_x) <= FIELD_X_TOL}
    label_x = [lines[n].x0 for n in rows]
    if max(label_x) - min(label_x) > 3 * FIELD_X_TOL:
        return None
    return best_x, rows


def label_start(ln: Line) -> bool:
    """A line opening with a short "Label:" or a bold run-in label."""
    if runin(ln):
        return True
    m = re.match(r"^([A-ZÅÄÖÜ][^:]{0,58}?):(\s|$)", ln.text)
    return bool(m and len(m.group(1).split()) <= RUNIN_MAX_WORDS)


def runin(ln: Line) -> int:
    """Number of leading bold words forming a run-in label, or 0."""
    k = 0
    while k < len(ln.words) and ln.words[k].bold:
        k += 1
    colon = 0 < k < len(ln.words) and (ln.words[k - 1].text.endswith(":") or ln.words[k].text.startswith(":"))
    if colon and k <= RUNIN_MAX_WORDS and ln.words[0].text[:1].isupper():
        return k
    return 0


def is_item_number(text: str) -> bool:
    """A label-column entry that numbers an item or a section ("§ 14", "14 §", "3.2")."""
    return bool(_ITEM_NUMBER.match(text.strip()))


def is_reference(text: str) -> bool:
    """A label-column entry that cites a date, a section or a diary number: no field's label."""
    return bool(_REFERENCE.search(text))
