"""Reading order of a PDF page: tables, columns, then plain top-to-bottom text.

A page with a vertical gutter that no words cross over most of its height is read
column by column; text crossing the gutter, like a masthead or a title band,
splits the page into bands read top to bottom. The gutter is found from the
x-positions of the words: the least-crossed strip at least GUTTER_MIN_PT wide, so
that a title ending inside it does not hide it. A band is read as columns only
where both sides carry text; a band with one side empty (the last line of a
wrapped title) reads with the spanning text around it.
"""
from __future__ import annotations

import statistics

from pipeline.parse.pdf_geometry import Line, Segment, TableItem
from pipeline.parse.pdf_tables import find_whitespace_tables

# Column gutters: at least this wide, crossed by words of at most this share of the
# text height; each column at least this share of the region's width (median line
# width) and of its text height; lines on the two sides share baselines at most this
# often (label/value rows and table rows always share them).
GUTTER_MIN_PT = 10.0
GUTTER_MAX_CROSS = 0.2
COLUMN_MIN_WIDTH = 0.2
COLUMN_MIN_HEIGHT = 0.2
COLUMN_MAX_SHARED_BASELINES = 0.85
COLUMN_MAX_DEPTH = 3


def _find_gutter(lines: list[Line], tables: list[TableItem]) -> tuple[float, float] | None:
    """A vertical strip that (almost) no words cross, with real columns on both sides."""
    if len(lines) < 6:
        return None
    lo = min([ln.x0 for ln in lines] + [t.x0 for t in tables])
    hi = max([ln.x1 for ln in lines] + [t.x1 for t in tables])
    width = int(hi - lo) + 2
    if width < 4 * GUTTER_MIN_PT:
        return None
    cover = [0.0] * width
    total = 0.0
    for ln in lines:
        h = ln.size
        total += h
        mask = bytearray(width)
        for w in ln.words:
            for x in range(max(0, int(w.x0 - lo)), min(width, int(w.x1 - lo) + 1)):
                mask[x] = 1
        for x in range(width):
            if mask[x]:
                cover[x] += h
    for t in tables:
        h = t.bottom - t.top
        total += h
        for x in range(max(0, int(t.x0 - lo)), min(width, int(t.x1 - lo) + 1)):
            cover[x] += h
    limit = GUTTER_MAX_CROSS * total
    margin = int(COLUMN_MIN_WIDTH * width)
    runs: list[tuple[float, int, int]] = []
    x = margin
    while x < width - margin:
        if cover[x] <= limit:
            s = x
            while x < width - margin and cover[x] <= limit:
                x += 1
            if x - s >= GUTTER_MIN_PT:
                # narrow the run to its least-crossed stretch of gutter width: a ragged
                # column edge next to the gutter is covered by some lines, the gutter by
                # none but the lines spanning the columns (a masthead, a title that
                # ends inside the gutter)
                span = int(GUTTER_MIN_PT)
                m = min(max(cover[y:y + span]) for y in range(s, x - span + 1))
                best = (0, s, s)
                y = s
                while y < x:
                    if cover[y] <= m:
                        t = y
                        while y < x and cover[y] <= m:
                            y += 1
                        best = max(best, (y - t, t, y))
                    y += 1
                if best[0] >= GUTTER_MIN_PT:
                    runs.append((m, -best[0], best[1]))
        x += 1
    for _, neg_w, s in sorted(runs):
        g0, g1 = lo + s + 1, lo + s - neg_w - 1
        if _valid_columns(lines, (g0, g1), hi - lo):
            return g0, g1
    return None


def _split_line(ln: Line, mid: float) -> tuple[Line | None, Line | None]:
    left = [w for w in ln.words if w.cx < mid]
    right = [w for w in ln.words if w.cx >= mid]
    return (Line(left) if left else None), (Line(right) if right else None)


def _crosses_gutter(ln: Line, gutter: tuple[float, float]) -> bool:
    return any(w.x0 < gutter[1] and w.x1 > gutter[0] for w in ln.words)


def _valid_columns(lines: list[Line], gutter: tuple[float, float], width: float) -> bool:
    mid = (gutter[0] + gutter[1]) / 2
    left: list[Line] = []
    right: list[Line] = []
    for ln in lines:
        if _crosses_gutter(ln, gutter):
            continue
        a, b = _split_line(ln, mid)
        if a:
            left.append(a)
        if b:
            right.append(b)
    if not left or not right:
        return False
    total = sum(ln.size for ln in lines)
    for side in (left, right):
        if sum(ln.size for ln in side) < COLUMN_MIN_HEIGHT * total:
            return False
        if statistics.median(ln.x1 - ln.x0 for ln in side) < COLUMN_MIN_WIDTH * width:
            return False
    bases = [ln.base for ln in right]
    shared = sum(1 for ln in left if any(abs(ln.base - b) <= 1.0 for b in bases))
    return shared / len(left) <= COLUMN_MAX_SHARED_BASELINES


def layout(lines: list[Line], tables: list[TableItem], depth: int = 0) -> list[Segment]:
    """Reading order of a region: tables, columns, then plain top-to-bottom text."""
    if not lines and not tables:
        return []
    ws_tables, lines = find_whitespace_tables(lines)
    tables = tables + ws_tables
    gutter = _find_gutter(lines, tables) if depth < COLUMN_MAX_DEPTH else None
    if gutter is None:
        return _flow(lines, tables)
    mid = (gutter[0] + gutter[1]) / 2
    spanning: list[tuple[float, Line | TableItem]] = []
    sides: list[tuple[Line | TableItem, int]] = []  # (item, 0 left / 1 right)
    for ln in lines:
        if _crosses_gutter(ln, gutter):
            spanning.append((ln.top, ln))
            continue
        a, b = _split_line(ln, mid)
        if a:
            sides.append((a, 0))
        if b:
            sides.append((b, 1))
    for t in tables:
        if t.x0 < gutter[1] and t.x1 > gutter[0]:
            spanning.append((t.top, t))
        else:
            sides.append((t, 0 if t.x1 <= mid else 1))
    spanning.sort(key=lambda p: p[0])
    cuts = [top for top, _ in spanning]
    bands: dict[int, tuple[list, list]] = {}
    for item, side in sides:
        band = sum(1 for c in cuts if c <= item.top)
        bands.setdefault(band, ([], []))[side].append(item)
    out: list[Segment] = []
    flow: list[Line | TableItem] = []  # the spanning items and one-sided bands, top to bottom

    def emit(items: list[Line | TableItem]) -> None:
        ls = [x for x in items if isinstance(x, Line)]
        ts = [x for x in items if isinstance(x, TableItem)]
        out.extend(layout(ls, ts, depth + 1))

    for k in range(len(spanning) + 1):
        left, right = bands.get(k, ([], []))
        if left and right:  # columns only where both sides carry text
            if flow:
                emit(flow)
                flow = []
            emit(left)
            emit(right)
        else:  # a band with one side empty (a title's last line) reads with the spanning text
            flow += left + right
        if k < len(spanning):
            flow.append(spanning[k][1])
    if flow:
        emit(flow)
    return out


def _flow(lines: list[Line], tables: list[TableItem]) -> list[Segment]:
    """Single-column reading: lines top to bottom, broken into segments by tables."""
    items: list[tuple[float, int, Line | TableItem]] = [(ln.base, 0, ln) for ln in lines]
    items += [(t.top, 1, t) for t in tables]
    items.sort(key=lambda p: (p[0], p[1]))
    left = min((ln.x0 for ln in lines), default=0.0)
    right = max((ln.x1 for ln in lines), default=0.0)
    out: list[Segment] = []
    cur: Segment | None = None
    for _, _, it in items:
        if isinstance(it, TableItem):
            out.append(Segment(table=it))
            cur = None
        else:
            if cur is None:
                cur = Segment(left=left, right=right)
                out.append(cur)
            cur.lines.append(it)
    return out
