"""The geometry model of a PDF page: words with their position and type, and lines of words.

Every PDF module reads these: a `Word` is what pdfplumber gives (position, size,
weight), a `Line` the words sharing a baseline, a `TableItem` a table found on the
page, and a `Segment` a run of lines (or one table) in reading order. Lines join
into text by `join_lines`: a wrapped line with a space, a deliberate break as "\\n".
"""
from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

# Words whose baselines differ by at most this share of the font size share a line.
BASELINE_TOL_EM = 0.25
# Two words closer than this share of the font size are one token (no space between).
NO_SPACE_GAP_EM = 0.12
# A font-size change larger than this (pt) between two lines starts a new block.
SIZE_CHANGE_PT = 0.6
# Text at least this much larger than the body size is a heading.
HEADING_SIZE_RATIO = 1.12
# A line that wraps fills at least this share of its column, or the second share
# once the block has a deliberate line break (see wrapped).
WRAP_MIN_FILL = 0.6
WRAP_MIN_FILL_AFTER_BREAK = 0.85

BULLETS = {"•", "–", "-", "▪", "◦", "●", "○", "■", "□", "‣", "∙", "*", "—", "►", "▸", "➢", "✓"}


@dataclass
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    base: float
    size: float
    bold: bool
    light: float = 0.0  # how light the type is: 0 black, 1 white

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass
class Line:
    words: list[Word]

    def __post_init__(self) -> None:
        self.words.sort(key=lambda w: w.x0)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def base(self) -> float:
        return statistics.median(w.base for w in self.words)

    @property
    def size(self) -> float:
        """The size most of the line's characters are set in."""
        c: Counter[float] = Counter()
        for w in self.words:
            c[round(w.size * 2) / 2] += len(w.text)
        return c.most_common(1)[0][0]

    @property
    def bold(self) -> bool:
        chars = sum(len(w.text) for w in self.words if w.text not in BULLETS)
        bold = sum(len(w.text) for w in self.words if w.bold and w.text not in BULLETS)
        return chars > 0 and bold >= 0.9 * chars

    @property
    def light(self) -> float:
        return statistics.median(w.light for w in self.words)

    @property
    def text(self) -> str:
        return join_words(self.words)


@dataclass
class TableItem:
    rows: list[list[str]]
    x0: float
    x1: float
    top: float
    bottom: float


@dataclass
class Segment:
    """Consecutive lines of one column region (or a table), in reading order."""

    lines: list[Line] = field(default_factory=list)
    table: TableItem | None = None
    left: float = 0.0
    right: float = 0.0


def join_words(words: list[Word]) -> str:
    out = ""
    prev: Word | None = None
    for w in words:
        if prev is not None:
            gap = w.x0 - prev.x1
            out += "" if gap < NO_SPACE_GAP_EM * min(w.size, prev.size) else " "
        out += w.text
        prev = w
    return out


def build_lines(words: Iterable[Word]) -> list[Line]:
    """Group words sharing a baseline into lines, top to bottom."""
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: (w.base, w.x0)):
        if lines:
            cur = lines[-1]
            ref = statistics.median(x.base for x in cur)
            if abs(w.base - ref) <= BASELINE_TOL_EM * max(w.size, cur[0].size):
                cur.append(w)
                continue
        lines.append([w])
    return [Line(ws) for ws in lines]


def word_groups(line: Line, min_gap: float) -> list[list[Word]]:
    """The line's words in groups separated by gaps of at least `min_gap`."""
    groups: list[list[Word]] = [[line.words[0]]]
    for w in line.words[1:]:
        if w.x0 - groups[-1][-1].x1 >= min_gap:
            groups.append([w])
        else:
            groups[-1].append(w)
    return groups


def wrapped(prev: Line, nxt: Line, right: float, left: float | None = None, after_break: bool = False) -> bool:
    """True when `nxt` continues `prev` only because its first word did not fit.

    The line must also be fairly full: a short line followed by a long word is
    more often a deliberate break (a list of names, one per line) than a wrap,
    the more so once the block has shown a deliberate break already.
    """
    first = nxt.words[0]
    if first.text in BULLETS and len(nxt.words) > 1:
        return False
    need = (first.x1 - first.x0) + 0.3 * first.size
    if prev.x1 + need <= right - 1.0:
        return False
    left = prev.x0 if left is None else left
    fill = WRAP_MIN_FILL_AFTER_BREAK if after_break else WRAP_MIN_FILL
    return right - left <= 0 or (prev.x1 - left) >= fill * (right - left)


def join_lines(lines: list[Line], right: float) -> str:
    """The lines' text: a wrapped line joins with a space, a deliberate break stays "\\n"."""
    left = min(ln.x0 for ln in lines)
    out = lines[0].text
    broke = False
    for a, b in zip(lines, lines[1:]):
        wrap = wrapped(a, b, right, left, broke)
        broke = broke or not wrap
        out += (" " if wrap else "\n") + b.text
    return out
