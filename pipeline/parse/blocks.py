"""The one document model shared by every parser and every extractor.

HTML, PDF and plain text all become a flat, ordered list of `Block`s. Extractors
never see markup or page geometry, so a new input format only needs a parser that
emits blocks, and a new extractor works on every format at once.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

BlockKind = Literal["heading", "paragraph", "list_item", "table", "field", "break"]

_SPACES = re.compile(r"[ \t\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200c\u200d\u2060\ufeff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Normalise whitespace the way every extractor expects it.

    Sources use no-break and narrow no-break spaces as thousands separators and as
    padding; turning them into plain spaces here means no pattern downstream has to
    know about them. Newlines are kept (they separate lines in a cell), but runs of
    spaces collapse and each line is stripped.
    """
    text = unicodedata.normalize("NFC", text)
    text = _SURROGATE.sub("", _CONTROL.sub("", text))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


@lru_cache(maxsize=16384)  # extractors ask for the same block's line many times
def one_line(text: str) -> str:
    """The text with all line breaks folded into single spaces."""
    return " ".join(clean_text(text).split())


@dataclass(frozen=True)
class Link:
    """A hyperlink: `href` is absolute where the base URL was known."""

    text: str
    href: str


@dataclass(frozen=True)
class Block:
    """One unit of content in reading order.

    kind      heading | paragraph | list_item | table | field | break
              (a break is a thematic separator: <hr>, a dashed line)
    text      the visible text (for a table: the cells joined row by row;
              for a field: the value)
    level     heading level 1-6 (0 for other kinds)
    label     for a field: its label without the trailing colon ("Hankeaika")
    rows      for a table: the cell texts, row by row (header row first)
    links     the links inside the block
    page      1-based page number for PDFs, None for HTML and text
    region    a hint from the parser about where the block sat: "main" or
              "aside" (a sidebar or a card beside the main content)
    """

    kind: BlockKind
    text: str
    level: int = 0
    label: str | None = None
    rows: tuple[tuple[str, ...], ...] = ()
    links: tuple[Link, ...] = ()
    page: int | None = None
    region: str = "main"
    images: tuple[str, ...] = field(default=())  # alt texts of images inside the block

    @property
    def line(self) -> str:
        """The block's text on one line (labels included for fields)."""
        if self.kind == "field" and self.label:
            return f"{self.label}: {one_line(self.text)}"
        return one_line(self.text)


@dataclass
class Document:
    """A parsed document: what every extractor receives.

    `meta` carries what the parser learned about the source that is not content
    (the declared title, the encoding used, the OCR path), for the documents table.
    """

    source_id: str
    source_url: str
    content_type: str
    blocks: list[Block]
    title: str | None = None
    meta: dict[str, str] = field(default_factory=dict)

    def text(self) -> str:
        return "\n".join(b.line for b in self.blocks)
