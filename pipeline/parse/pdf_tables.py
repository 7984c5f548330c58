"""Tables on a PDF page: ruled ones (pdfplumber's line strategy) and ones without rules.

Tables without rules are found from a header line whose words form three or more
separated groups, followed by lines aligned to them; column edges come from the
empty vertical strips between the header and row words, so right-aligned amounts
and space-separated thousands ("220 231") stay in one cell; a wrapped cell's lines
join the row whose main line (two or more cells) they follow or, in rows centred
vertically, precede closely.
"""
from __future__ import annotations

import logging
import re

from pipeline.parse.blocks import clean_text
from pipeline.parse.pdf_geometry import Line, TableItem, Word, join_words, word_groups

log = logging.getLogger(__name__)

# Tables without rules: header groups are separated by at least this gap (pt and
# font sizes, the larger wins); each group has at most this many words; rows follow
# at most this many font sizes apart; a wrapped line follows closer than
# WS_WRAP_PITCH_EM; the strip separating two columns is at least WS_SEP_MIN_PT wide.
WS_HEADER_GAP_PT = 12.0
WS_HEADER_GAP_EM = 1.5
WS_HEADER_MAX_GROUP_WORDS = 5
WS_MIN_COLUMNS = 3
WS_MIN_ROWS = 2
WS_ROW_MAX_PITCH_EM = 3.2
WS_WRAP_PITCH_EM = 1.6
WS_SEP_MIN_PT = 4.0
WS_SIZE_TOL_PT = 1.0
# Ruled tables need at least this many rows and columns (a framed box is not a table).
RULED_MIN_ROWS = 2
RULED_MIN_COLS = 2

_LOWER_START = re.compile(r"^[a-zåäöüéè(]")


def ruled_tables(page) -> list[TableItem]:
    """The page's tables drawn with rules, with at least two rows and two columns."""
    out: list[TableItem] = []
    try:
        found = [(t.bbox, t.extract()) for t in page.find_tables()]
    except Exception as e:  # a broken drawing must not lose the page's text
        log.warning("table finder failed on page %s: %s", page.page_number, e)
        return out
    for bbox, extracted in found:
        rows = [[clean_text(c or "") for c in row] for row in extracted]
        rows = [r for r in rows if any(r)]
        if len(rows) < RULED_MIN_ROWS or max((len(r) for r in rows), default=0) < RULED_MIN_COLS:
            continue
        # drop columns that are empty in every row (split cells of a drawn grid)
        keep = [i for i in range(len(rows[0])) if any(i < len(r) and r[i] for r in rows)]
        rows = [[r[i] for i in keep if i < len(r)] for r in rows]
        if len(keep) < RULED_MIN_COLS or sum(1 for r in rows for c in r if c) < 2:
            continue
        x0, top, x1, bottom = bbox
        out.append(TableItem(rows=rows, x0=x0, x1=x1, top=top, bottom=bottom))
    return out


def inside(w: Word, t: TableItem) -> bool:
    """True when the word's centre lies in the table (its text is the table's, not the page's)."""
    cy = (w.top + w.bottom) / 2
    return t.x0 - 1 <= w.cx <= t.x1 + 1 and t.top - 1 <= cy <= t.bottom + 1


def _separators(header: list[list[Word]], words: list[Word]) -> list[float] | None:
    """The x of each column boundary: the widest word-free strip between two header groups."""
    lo = min(w.x0 for w in words)
    hi = max(w.x1 for w in words)
    width = int(hi - lo) + 2
    covered = bytearray(width)
    for w in words:
        for x in range(max(0, int(w.x0 - lo)), min(width, int(w.x1 - lo) + 1)):
            covered[x] = 1
    seps: list[float] = []
    for g, h in zip(header, header[1:]):
        a, b = int(g[0].x0 - lo), int(h[-1].x1 - lo)
        best: tuple[int, int] | None = None
        x = a
        while x <= b:
            if not covered[x]:
                s = x
                while x <= b and not covered[x]:
                    x += 1
                if best is None or x - s > best[1] - best[0]:
                    best = (s, x)
            x += 1
        if best is None or best[1] - best[0] < WS_SEP_MIN_PT:
            return None
        seps.append(lo + (best[0] + best[1]) / 2)
    return seps


def _cells(line: Line, seps: list[float]) -> list[list[Word]]:
    cells: list[list[Word]] = [[] for _ in range(len(seps) + 1)]
    for w in line.words:
        i = sum(1 for s in seps if w.cx > s)
        cells[i].append(w)
    return cells


def _crosses(line: Line, seps: list[float]) -> bool:
    return any(w.x0 < s < w.x1 for w in line.words for s in seps)


def _whitespace_table(lines: list[Line], i: int) -> tuple[TableItem, int] | None:
    """A table without rules whose header is lines[i]; returns it and the index after it."""
    head = lines[i]
    gap = max(WS_HEADER_GAP_PT, WS_HEADER_GAP_EM * head.size)
    groups = word_groups(head, gap)
    if len(groups) < WS_MIN_COLUMNS or any(len(g) > WS_HEADER_MAX_GROUP_WORDS for g in groups):
        return None
    words = list(head.words)
    seps = _separators(groups, words)
    if seps is None:
        return None
    rows: list[list[Line]] = []  # the lines of each row, top to bottom
    last_cells: list[list[Word]] = []
    # lines set above their row's main line (rows centred vertically): held until
    # the main line below them opens the row, dropped again if none does
    pending: list[Line] = []
    held: tuple[int, list[float], Line] | None = None  # (len(words), seps, prev) before them
    prev = head
    j = i + 1
    while j < len(lines):
        ln = lines[j]
        pitch = ln.base - prev.base
        if pitch <= 0 or pitch > WS_ROW_MAX_PITCH_EM * max(ln.size, prev.size):
            break
        if abs(ln.size - head.size) > WS_SIZE_TOL_PT or ln.x0 < head.x0 - 3:
            break
        trial = _separators(groups, words + ln.words)
        if trial is None or _crosses(ln, trial):
            break
        cells = _cells(ln, trial)
        filled = [bool(c) for c in cells]
        wrap_close = pitch <= WS_WRAP_PITCH_EM * max(ln.size, prev.size)
        nxt = lines[j + 1] if j + 1 < len(lines) else None
        if nxt is not None and abs(nxt.size - head.size) > WS_SIZE_TOL_PT:
            nxt = None  # text in another size is no line of the table
        pitch_next = nxt.base - ln.base if nxt is not None else float("inf")
        next_close = nxt is not None and 0 < pitch_next <= WS_WRAP_PITCH_EM * max(ln.size, nxt.size)
        last_missing = bool(rows) and not filled[-1] and bool(last_cells[-1])
        # a wrapped line belongs to the nearer of the row above and the line below
        continuation = bool(rows) and not pending and wrap_close and pitch <= pitch_next + 0.5 and (
            not filled[0] or bool(_LOWER_START.match(ln.words[0].text)) or last_missing
        )
        if not continuation and sum(filled) < 2:
            # a lone cell line right above another line may lead into the row below
            if not next_close or (pending and not wrap_close):
                break
            if not pending:
                held = (len(words), seps, prev)
            pending.append(ln)
        elif continuation:
            rows[-1].append(ln)
        else:
            rows.append([*pending, ln])
            pending = []
            held = None
            last_cells = cells
        words += ln.words
        seps = trial
        prev = ln
        j += 1
    if pending and held is not None:  # no row took the lines held for it
        j -= len(pending)
        del words[held[0]:]
        seps, prev = held[1], held[2]
    if len(rows) < WS_MIN_ROWS:
        return None
    table: list[list[str]] = [[clean_text(join_words(c)) for c in _cells(head, seps)]]
    for row in rows:
        texts = [""] * (len(seps) + 1)
        for ln in row:  # wrapped lines of a row continue its cells
            for k, c in enumerate(_cells(ln, seps)):
                if c:
                    texts[k] = f"{texts[k]} {join_words(c)}".strip()
        table.append([clean_text(t) for t in texts])
    member = [head, *(ln for row in rows for ln in row)]
    return TableItem(rows=table, x0=min(ln.x0 for ln in member), x1=max(ln.x1 for ln in member),
                     top=head.top, bottom=member[-1].bottom), j


def find_whitespace_tables(lines: list[Line]) -> tuple[list[TableItem], list[Line]]:
    tables: list[TableItem] = []
    rest: list[Line] = []
    i = 0
    while i < len(lines):
        found = _whitespace_table(lines, i)
        if found:
            tables.append(found[0])
            i = found[1]
        else:
            rest.append(lines[i])
            i += 1
    return tables, rest
