"""Plain text (register exports, e-mail newsletters, saved pages) to blocks.

Paragraphs are separated by blank lines and "Label: value" lines become fields.
Plain text marks its structure with characters, and each mark has its block:

* a line of dashes or equals signs is a break between records, unless it frames
  or underlines a title ("=====" / "TITLE" / "=====", or "Title" over "-----"):
  then that title is a heading;
* a line opened by a bullet ("-", "*", "•", ">>", "1.") is a list item, with the
  indented lines that follow it;
* lines that split into the same number of cells at ";", a tab or "|" are a
  table (a register or CSV export), the first of them its header;
* a header over a rule of dash runs ("-----  ------  ----") is a fixed-width table
  (a printout, `psql`, `column -t`): each run spans a column, down to the next blank line;
* a saved e-mail's header lines ("From:", "Subject:", … before the first blank line,
  RFC 5322) are no content: its subject is the document's title; "-- " opens the
  signature (RFC 3676), a break;
* a short line over labelled lines ("Kylätalo kuntoon -hanke" / "Hallinnoija: X" /
  "Hankeaika: …", a signature's project card) is the title of those fields: a heading.
"""
from __future__ import annotations

import re
import unicodedata

from pipeline.parse.blocks import Block, Document, clean_text
from pipeline.parse.encoding import decode_bytes
from pipeline.parse.errors import ParseError
from pipeline.parse.fields import split_fields

_RULE = re.compile(r"^\s*([-=_*~#])\1{5,}\s*$")
_UNDERLINE = re.compile(r"^\s*([-=~])\1{2,}\s*$")
_BULLET = re.compile(r"^(?:[-*•·▪–]|>>|\d{1,2}[.)])\s+(\S.*)$")
_DELIMITERS = (";", "\t", "|")
_MAIL_HEADER = re.compile(r"^(From|To|Cc|Subject|Date|Reply-To|Sender|Message-ID|MIME-Version|Content-[\w-]+|"
                          r"X-[\w-]+|Lähettäjä|Vastaanottaja|Aihe|Päivämäärä|Från|Till|Ämne|Datum):\s*(.*)$", re.I)
_SIGNATURE = re.compile(r"^--\s*$")
_COLUMN_RULE = re.compile(r"^\s*[-=]{2,}(?:[ +|]+[-=]{2,})+\s*$")


def _cells(line: str) -> tuple[str, int]:
    """The delimiter a line splits at, and how many cells it gives (0: none)."""
    best = max(_DELIMITERS, key=line.count)
    return best, (line.count(best) + 1 if line.count(best) >= 2 else 0)


def _columns(rule: str) -> list[tuple[int, int]]:
    """The column spans of a rule of dash runs; the last column runs to the line's end."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"[-=]+", rule)]
    return [(a, spans[n + 1][0] if n + 1 < len(spans) else 10_000) for n, (a, _) in enumerate(spans)]


def _fixed_width_rows(raw: list[str], i: int) -> tuple[list[tuple[str, ...]], int]:
    """The rows of a fixed-width table whose header is raw[i] and rule raw[i + 1]
    (header first), and the index of the line after the table."""
    spans = _columns(raw[i + 1].expandtabs(4))
    rows, j = [], i + 2
    for k in [i, *range(i + 2, len(raw))]:
        line = raw[k].expandtabs(4)
        if k > i and not line.strip():
            break
        rows.append(tuple(clean_text(line[a:b]) for a, b in spans))
        j = k + 1
    return rows, max(j, i + 2)


def _lines(raw: list[str]) -> list[tuple[int, str]]:
    """(indent, cleaned text) of every line: the indent marks an item's continuation."""
    return [(len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip()), _clean(line)) for line in raw]


def _clean(line: str) -> str:
    """The line's text with its spacing normalised; a tab between cells stays a tab, so
    that a tab-separated export is still seen as a table."""
    if line.strip().count("\t") >= 2:
        return "\t".join(clean_text(cell) for cell in line.strip().split("\t"))
    return clean_text(line) if line.strip() else ""


def parse_text(data: bytes, source_id: str, source_url: str) -> Document:
    text, encoding = decode_bytes(data)
    if "\x00" in text[:4096]:
        raise ParseError("binary content, not text")
    raw = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    raw, title = _mail_header(raw)
    lines = _lines(raw)
    blocks: list[Block] = []
    para: list[str] = []

    def flush() -> None:
        if not para:
            return
        chunk = "\n".join(para)
        para.clear()
        fields = split_fields(chunk)
        lead, rest = chunk.split("\n", 1) if "\n" in chunk else (chunk, "")
        titled = [] if fields else split_fields(rest)
        if len(titled) >= 2 and len(lead.split()) <= 10 and not lead.rstrip().endswith((".", ":", "!", "?")):
            blocks.append(heading(lead))
            fields = titled
        if fields:
            blocks.extend(Block(kind="field", label=label, text=value) for label, value in fields)
        else:
            blocks.append(Block(kind="paragraph", text=chunk))

    def heading(title: str) -> Block:
        return Block(kind="heading", level=1 if not any(b.kind == "heading" for b in blocks) else 2, text=title)

    def content(j: int) -> str:
        return lines[j][1] if 0 <= j < len(lines) else ""

    i = 0
    while i < len(lines):
        indent, line = lines[i]
        if line and _COLUMN_RULE.match(content(i + 1)) and len(_columns(raw[i + 1].expandtabs(4))) >= 2:
            flush()
            rows, i = _fixed_width_rows(raw, i)
            blocks.append(Block(kind="table", text="\n".join(" | ".join(r) for r in rows), rows=tuple(rows)))
            continue
        if _RULE.match(line) and content(i + 1) and not _RULE.match(content(i + 1)) and _RULE.match(content(i + 2)):
            flush()
            blocks.append(heading(content(i + 1)))  # a framed title
            i += 3
            continue
        if line and not para and _UNDERLINE.match(content(i + 1)) and not _BULLET.match(line):
            flush()
            blocks.append(heading(line))  # an underlined title
            i += 2
            continue
        if _RULE.match(line) or _SIGNATURE.match(raw[i]):
            flush()
            blocks.append(Block(kind="break", text=""))
            i += 1
            continue
        if not line:
            flush()
            i += 1
            continue
        delimiter, n = _cells(line)
        if n and _cells(content(i + 1)) == (delimiter, n):
            flush()
            rows = []
            while i < len(lines) and _cells(content(i)) == (delimiter, n):
                rows.append(tuple(c.strip() for c in content(i).split(delimiter)))
                i += 1
            blocks.append(Block(kind="table", text="\n".join(" | ".join(r) for r in rows), rows=tuple(rows)))
            continue
        bullet = _BULLET.match(line)
        if bullet and not para:
            item = [bullet.group(1)]
            i += 1
            while i < len(lines) and content(i) and lines[i][0] > indent and not _BULLET.match(content(i)):
                item.append(content(i))
                i += 1
            blocks.append(Block(kind="list_item", text="\n".join(item)))
            continue
        para.append(line)
        i += 1
    flush()
    return Document(source_id=source_id, source_url=source_url, content_type="text", blocks=blocks,
                    title=title, meta={"encoding": encoding})


def _mail_header(raw: list[str]) -> tuple[list[str], str | None]:
    """A saved e-mail's lines without its header, and its subject; other text as it is.
    A header is two or more header lines ("From: …", "Subject: …") up to the first blank line."""
    end = next((i for i, line in enumerate(raw) if not line.strip()), len(raw))
    found = [_MAIL_HEADER.match(line.strip()) for line in raw[:end] if not line[:1].isspace()]
    if end < 2 or not all(found) or len(found) < 2:
        return raw, None
    subject = next((m.group(2).strip() for m in found if m and m.group(1).lower() in ("subject", "aihe", "ämne")), None)
    return raw[end + 1:], subject or None
