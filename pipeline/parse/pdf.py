"""PDF to blocks: words with their geometry and typography, laid out in reading order.

pdfplumber gives words with positions, font names and sizes; everything else is
inferred from geometry, never from a file name:

* running headers and footers (the same text in the top or bottom band of several
  pages, page numbers such as "Sivu 1/2" or "1 (2)") are dropped;
* tables, ruled or not, come from `pdf_tables`; a table that runs over a page
  break is stitched back together and its repeated header row dropped;
* columns and the reading order of a page come from `pdf_columns`;
* lines join into paragraphs by vertical pitch; a wrapped line joins with a space,
  a deliberate line break (the next word would have fitted) is kept as "\\n";
* large or bold stand-alone lines become headings (level by size rank); a heading's
  wrapped line joins it even at a looser leading; label/value rows (a label at the
  left, values starting at a common x, see `pdf_fields`), "Label: value" lines and
  bold run-in labels ("Hallinnoija: …") become fields; bullets become list items;
* in a label column, an item number with a heading-styled title beside it ("§ 14
  Title") is a numbered heading, and a reference (a date, a section sign, a diary
  number) is a paragraph of its own, not the label of the text beside it;
* a short label in small or light type above its value ("label above value" boxes
  of form prints, also side by side) is a field, see `pdf_forms`; a ruled grid of
  such boxes is such a form, not a table.

Errors are `ParseError`s with a one-line message: "not a PDF: …", "damaged PDF: …"
(also for a file cut short: no %%EOF in its last 1024 bytes), "encrypted PDF",
"no text layer: needs OCR".
"""
from __future__ import annotations

import io
import logging
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from pipeline.parse.blocks import Block, Document, Link, clean_text, one_line
from pipeline.parse.errors import ParseError
from pipeline.parse.fields import split_fields
from pipeline.parse.ocr import NoTextLayer
from pipeline.parse.pdf_columns import layout
from pipeline.parse.pdf_fields import (FIELD_MAX_LABEL_WORDS, FIELD_X_TOL, field_column, is_item_number, is_reference,
                                       label_start, runin)
from pipeline.parse.pdf_geometry import (BULLETS, HEADING_SIZE_RATIO, SIZE_CHANGE_PT, Line, Segment, TableItem, Word,
                                         build_lines, join_lines, join_words, wrapped)
from pipeline.parse.pdf_forms import find_forms, is_form_grid
from pipeline.parse.pdf_tables import inside, ruled_tables

log = logging.getLogger(__name__)

# -- tunables -------------------------------------------------------------------

# Share of the page height at the top and bottom where running headers/footers live.
FURNITURE_BAND = 0.10
# A band line is a running header/footer when its text (digits ignored) repeats on
# at least this share of the pages (and on two pages at least).
FURNITURE_MIN_SHARE = 0.5
# Consecutive lines further apart (baseline to baseline) than this many font sizes
# start a new paragraph.
PARA_PITCH_EM = 1.55
# Headings are short; longer "large" text is an intro paragraph.
HEADING_MAX_WORDS = 25
# A bold stand-alone paragraph is a heading if it has at most this many words/lines.
BOLD_HEADING_MAX_WORDS = 16
BOLD_HEADING_MAX_LINES = 3
# A heading's wrapped line follows at most this many font sizes below the line before.
HEADING_WRAP_PITCH_EM = 2.0
# A label that wraps ("Lisätietoja / päätöksestä") continues closer than this.
LABEL_WRAP_PITCH_EM = 1.5
# A table whose bottom lies below this share of the page height may continue on
# the next page even when the next part does not repeat the header.
TABLE_CONTINUES_BELOW = 0.75

DASHES = {"–", "-", "—", "*"}
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi|,b$|-b$", re.I)
_CID = re.compile(r"\(cid:\d+\)")
_PAGE_NUMBER = re.compile(
    r"(?:^|\s)(?:(?:sivu|s\.|page|sida|p\.)\s*\d+(?:\s*(?:/|of|av|\()\s*\d+\)?)?"
    r"|\d+\s*\(\s*\d+\s*\)|\d+\s*/\s*\d+|-\s*\d+\s*-|\d{1,3})\s*$",
    re.I,
)


@dataclass
class RawBlock:
    """A block before heading levels and links are settled."""

    kind: str
    text: str
    page: int
    label: str | None = None
    rows: list[list[str]] | None = None
    size: float = 0.0
    heading_by_size: bool = False
    boxes: list[tuple[float, float, float, float]] = field(default_factory=list)
    # for tables: where the (last part of the) table ends, to stitch page breaks
    last_page: int = 0
    last_bottom: float = 0.0
    last_height: float = 0.0


# -- opening --------------------------------------------------------------------

def _open(data: bytes):
    import pdfplumber

    if not data:
        raise ParseError("damaged PDF: empty file")
    if b"%PDF-" not in data[:1024]:
        raise ParseError("not a PDF: no %PDF- header")
    if b"%%EOF" not in data[-1024:]:
        raise ParseError("damaged PDF: truncated (no %%EOF marker at the end)")
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        _ = pdf.pages
    except Exception as e:  # pdfminer raises many kinds of errors on broken files
        raise _error(e) from None
    return pdf


def _error(e: Exception) -> ParseError:
    """A one-line ParseError for whatever pdfminer/pdfplumber raised."""
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    inner = e.args[0] if e.args and isinstance(e.args[0], Exception) else e  # pdfplumber wraps
    if isinstance(inner, (PDFPasswordIncorrect, PDFEncryptionError)) or "password" in str(inner).lower():
        return ParseError("encrypted PDF")
    detail = one_line(str(inner))[:120]
    name = type(inner).__name__
    return ParseError(f"damaged PDF: {name}: {detail}" if detail else f"damaged PDF: {name}")


def _page_words(page) -> list[Word]:
    out: list[Word] = []
    for w in page.extract_words(extra_attrs=["fontname", "size"], return_chars=True, keep_blank_chars=False):
        text = _CID.sub("", w["text"]).strip()
        chars = w.get("chars") or []
        if not text or (chars and not chars[0].get("upright", True)):
            continue
        m = chars[0].get("matrix") if chars else None
        base = page.height - m[5] if m else w["bottom"]
        bold_chars = sum(1 for c in chars if _BOLD_FONT.search(c.get("fontname", "")))
        out.append(Word(
            text=text, x0=float(w["x0"]), x1=float(w["x1"]), top=float(w["top"]), bottom=float(w["bottom"]),
            base=float(base), size=float(w["size"]), bold=bold_chars * 2 > len(chars) if chars else False,
            light=_lightness(chars[0].get("non_stroking_color")) if chars else 0.0,
        ))
    return out


def _lightness(color) -> float:
    """How light a fill colour (grey, RGB or CMYK) is: 0 black, 1 white; 0 for anything else."""
    if not isinstance(color, (tuple, list)) or not all(isinstance(c, (int, float)) for c in color):
        return 0.0
    if len(color) == 1:
        return float(color[0])
    if len(color) == 3:
        return 0.299 * color[0] + 0.587 * color[1] + 0.114 * color[2]
    if len(color) == 4:
        return (1 - color[3]) * (1 - (0.299 * color[0] + 0.587 * color[1] + 0.114 * color[2]))
    return 0.0


# -- running headers and footers ---------------------------------------------------

def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", text.strip().lower()))


def _drop_furniture(pages: list[tuple[float, list[Word]]], body_size: float) -> list[list[Word]]:
    """Remove running headers/footers and page numbers from each page's words."""
    n = len(pages)
    per_page: list[list[tuple[Line, str]]] = []
    counts: Counter[str] = Counter()
    for height, words in pages:
        band_lines = []
        for ln in build_lines(words):
            if ln.bottom <= FURNITURE_BAND * height or ln.top >= (1 - FURNITURE_BAND) * height:
                key = _furniture_key(ln.text)
                band_lines.append((ln, key))
        per_page.append(band_lines)
        counts.update({k for _, k in band_lines})
    out: list[list[Word]] = []
    for (height, words), band_lines in zip(pages, per_page):
        drop: set[int] = set()
        for ln, key in band_lines:
            repeated = n >= 2 and counts[key] >= max(2, FURNITURE_MIN_SHARE * n)
            page_no = bool(_PAGE_NUMBER.search(ln.text)) and ln.size <= body_size
            if repeated or page_no:
                drop.update(id(w) for w in ln.words)
        out.append([w for w in words if id(w) not in drop])
    return out


# -- blocks from a text segment -----------------------------------------------------

def _is_bullet(ln: Line) -> bool:
    first = ln.words[0].text
    return first in BULLETS and len(ln.words) > 1 or (len(first) > 1 and first[0] in "•▪●■◦‣➢►" and first[1] != first[0])


def _strip_bullet(text: str) -> str:
    return re.sub(r"^[•▪●■◦‣➢►▸✓□○∙*—–-]\s*", "", text).strip()


def _blocks_of_segment(seg: Segment, page: int, body: float) -> list[RawBlock]:
    lines = seg.lines
    right = seg.right
    out: list[RawBlock] = []
    forms = find_forms(lines, body, right)
    in_form = {n for start, (_, end) in forms.items() for n in range(start, end)}
    fc = field_column(lines, in_form)
    vx, field_rows = (fc if fc else (0.0, {}))
    label_left = min((lines[n].x0 for n in field_rows), default=0.0)
    first_row = lines[min(field_rows)] if field_rows else None
    label_bold = bool(first_row and first_row.words[0].bold)
    label_size = first_row.words[0].size if first_row else 0.0

    group: list[Line] = []
    gkind = ""
    hang: float | None = None  # where a numbered heading's title starts (its wrapped lines start there too)

    def box(ls: list[Line]) -> list[tuple[float, float, float, float]]:
        return [(w.x0, w.top, w.x1, w.bottom) for ln in ls for w in ln.words]

    def flush() -> None:
        nonlocal group, gkind
        if group:
            out.extend(_classify(group, gkind, right, page, body, box(group)))
        group, gkind = [], ""

    field_label: list[str] = []
    field_value: list[Line] = []
    field_lines: list[Line] = []

    def flush_field() -> None:
        nonlocal field_label, field_value, field_lines
        if field_label:
            text = join_lines(field_value, right) if field_value else ""
            out.append(RawBlock(kind="field", label=" ".join(field_label).rstrip(":").strip(), text=clean_text(text),
                                page=page, boxes=box(field_lines)))
        field_label, field_value, field_lines = [], [], []

    prev: Line | None = None
    for n, ln in enumerate(lines):
        pitch = ln.base - prev.base if prev else 0.0
        tight = prev is not None and 0 < pitch <= PARA_PITCH_EM * max(ln.size, prev.size)
        very_tight = prev is not None and 0 < pitch <= LABEL_WRAP_PITCH_EM * max(ln.size, prev.size)
        if n in in_form:
            if n in forms:
                flush()
                flush_field()
                out.extend(RawBlock(kind="field", label=f.label, page=page, boxes=box(f.lines),
                                    text=clean_text(join_lines(f.value, f.right)) if f.value else "")
                           for f in forms[n][0])
            prev = ln
            continue
        if n in field_rows:
            flush()
            flush_field()
            k = field_rows[n]
            label, rest = join_words(ln.words[:k]), Line(ln.words[k:])
            if is_item_number(label) and _heading_like(rest, body):
                group, gkind, hang = [ln], "para", vx  # "§ 14  Title": a numbered heading, read on below
            elif is_reference(label):
                # "Kh 14.3.2023 § 52  Text …": the reference stands alone, the text is a paragraph
                out.append(RawBlock(kind="paragraph", text=clean_text(label), page=page, size=ln.size,
                                    boxes=box([Line(ln.words[:k])])))
                group, gkind, hang = [rest], "para", None
            else:
                field_label, field_value, field_lines = [label], [rest], [ln]
            prev = ln
            continue
        if field_label:
            if tight and abs(ln.x0 - vx) <= FIELD_X_TOL and not _is_bullet(ln):
                field_value.append(ln)
                field_lines.append(ln)
                prev = ln
                continue
            # a wrapped label continues closely, or in lower case ("Valmistelija ja / lisätiedot")
            if ((very_tight or tight and ln.text[:1].islower()) and ln.x1 < vx
                    and abs(ln.x0 - label_left) <= 3 * FIELD_X_TOL):
                field_label.append(ln.text)
                field_lines.append(ln)
                prev = ln
                continue
            flush_field()
        if (field_rows and ln.x1 < vx and abs(ln.x0 - label_left) <= FIELD_X_TOL and len(ln.words) <= FIELD_MAX_LABEL_WORDS
                and ((n + 1) in field_rows or (n - 1) in field_rows) and not is_reference(ln.text)
                and ln.bold == label_bold and abs(ln.size - label_size) <= SIZE_CHANGE_PT):
            # a label with nothing beside it, between label/value rows ("Liitteet")
            flush()
            field_label, field_value, field_lines = [ln.text], [], [ln]
            prev = ln
            continue
        if group:
            last = group[-1]
            left = min(x.x0 for x in group)
            heading_goes_on = gkind == "para" and _heading_wraps(last, ln, pitch, right, left, body, hang)
            brk = not heading_goes_on and (not tight or abs(ln.size - last.size) > SIZE_CHANGE_PT
                                           or ln.bold != last.bold)
            if not brk and _is_bullet(ln):
                # a dash opening a wrapped line ("… design\n– Pyöräkeskuksesta") is no bullet
                brk = ln.words[0].text not in DASHES or not wrapped(last, ln, right, left)
            if not brk and gkind == "list" and ln.x0 <= group[0].x0 + 2:
                brk = True
            if not brk and gkind == "para" and not heading_goes_on:
                wraps = wrapped(last, ln, right, left)
                # a line opening with "Label:" after a sentence ends starts a field
                if label_start(ln) and (not wraps or re.search(r"[.!?;:]$", last.text)):
                    brk = True
                # after a deliberate break, a change of indent starts a new paragraph
                elif not wraps and abs(ln.x0 - last.x0) > 3 and abs(ln.x0 - group[0].x0) > 3:
                    brk = True
            if brk:
                flush()
        if not group:
            gkind, hang = "list" if _is_bullet(ln) else "para", None
        group.append(ln)
        prev = ln
    flush()
    flush_field()
    return out


def _heading_like(ln: Line, body: float) -> bool:
    return ln.bold or ln.size >= body * HEADING_SIZE_RATIO


def _heading_wraps(last: Line, ln: Line, pitch: float, right: float, left: float, body: float,
                   hang: float | None) -> bool:
    """True when `ln` continues a heading line, whose leading is often looser than the body's: the
    heading wrapped there, or `ln` starts where the title of a numbered heading starts (`hang`)."""
    return (_heading_like(last, body) and ln.bold == last.bold and abs(ln.size - last.size) <= SIZE_CHANGE_PT
            and 0 < pitch <= HEADING_WRAP_PITCH_EM * ln.size
            and (wrapped(last, ln, right, left) or hang is not None and abs(ln.x0 - hang) <= FIELD_X_TOL))


def _classify(group: list[Line], kind: str, right: float, page: int, body: float,
              boxes: list[tuple[float, float, float, float]]) -> list[RawBlock]:
    size = group[0].size
    if kind == "list":
        text = _strip_bullet(join_lines(group, right))
        return [RawBlock(kind="list_item", text=clean_text(text), page=page, size=size, boxes=boxes)]
    text = clean_text(join_lines(group, right))
    words = len(text.split())
    if size >= body * HEADING_SIZE_RATIO and words <= HEADING_MAX_WORDS:
        return [RawBlock(kind="heading", text=one_line(text), page=page, size=size, heading_by_size=True, boxes=boxes)]
    # a bold stand-alone line is a heading unless it reads as a sentence ("Hanke on päättynyt.")
    if (all(ln.bold for ln in group) and words <= BOLD_HEADING_MAX_WORDS and len(group) <= BOLD_HEADING_MAX_LINES
            and not re.search(r"[.;,]$", text)):
        return [RawBlock(kind="heading", text=one_line(text), page=page, size=size, boxes=boxes)]
    k = runin(group[0])
    if k:
        label = join_words(group[0].words[:k]).strip()
        rest_first = Line(group[0].words[k:])
        value = clean_text(join_lines([rest_first, *group[1:]], right))
        label = label.rstrip(":").strip()
        value = value.lstrip(":").strip()
        if label:
            return [RawBlock(kind="field", label=label, text=value, page=page, size=size, boxes=boxes)]
    fields = split_fields(text)
    if fields:
        return [RawBlock(kind="field", label=lab, text=clean_text(val), page=page, size=size, boxes=boxes)
                for lab, val in fields]
    return [RawBlock(kind="paragraph", text=text, page=page, size=size, boxes=boxes)]


# -- document -------------------------------------------------------------------

def _body_size(words: Iterable[Word]) -> float:
    c: Counter[float] = Counter()
    for w in words:
        c[round(w.size * 2) / 2] += len(w.text)
    return c.most_common(1)[0][0] if c else 10.0


def _outside(words: list[Word], tables: list[TableItem]) -> list[Word]:
    return [w for w in words if not any(inside(w, t) for t in tables)]


def _stitch(blocks: list[RawBlock]) -> list[RawBlock]:
    """Join a table continued at the top of the next page; drop its repeated header row.

    The parts must be adjacent in reading order (nothing after the first part on
    its page, nothing before the second on its page) with the same column count,
    and either the second part repeats the header or the first reaches low on its page.
    """
    out: list[RawBlock] = []
    for i, b in enumerate(blocks):
        prev = out[-1] if out else None
        if (b.kind == "table" and prev is not None and prev.kind == "table" and b.rows and prev.rows
                and b.page == prev.last_page + 1 and len(b.rows[0]) == len(prev.rows[0])
                and all(x.page != b.page for x in blocks[:i])):
            same_header = [one_line(c) for c in b.rows[0]] == [one_line(c) for c in prev.rows[0]]
            if same_header or prev.last_bottom >= TABLE_CONTINUES_BELOW * prev.last_height:
                prev.rows = prev.rows + (b.rows[1:] if same_header else b.rows)
                prev.last_page, prev.last_bottom, prev.last_height = b.page, b.last_bottom, b.last_height
                continue
        out.append(b)
    return out


def _links(page, blocks: list[RawBlock]) -> dict[int, list[Link]]:
    """Hyperlink annotations of a page, attached to the block under them."""
    found: dict[int, list[Link]] = defaultdict(list)
    try:
        links = page.hyperlinks
    except Exception:
        return found
    words = None
    for ln in links:
        uri = ln.get("uri")
        if not uri:
            continue
        x0, top, x1, bottom = ln["x0"], ln["top"], ln["x1"], ln["bottom"]
        if words is None:
            words = page.extract_words()
        text = " ".join(w["text"] for w in words
                        if w["x0"] >= x0 - 2 and w["x1"] <= x1 + 2 and w["top"] >= top - 2 and w["bottom"] <= bottom + 2)
        for bi, b in enumerate(blocks):
            if any(bx0 < x1 and bx1 > x0 and bt < bottom and bb > top for bx0, bt, bx1, bb in b.boxes):
                found[bi].append(Link(text=clean_text(text) or uri, href=uri))
                break
    return found


def _pdf_errors() -> tuple[type[BaseException], ...]:
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.pdftypes import PDFException
    from pdfminer.psexceptions import PSException
    from pdfplumber.utils.exceptions import PdfminerException

    return (PdfminerException, PDFException, PSException, PDFSyntaxError)


_PDF_ERRORS = _pdf_errors()


def parse_pdf(data: bytes, source_id: str, source_url: str) -> Document:
    """Parse PDF bytes into blocks in reading order (see the module docstring)."""
    pdf = _open(data)
    try:
        pages = list(pdf.pages)
        raw_pages: list[tuple[float, list[Word]]] = []
        ruled: list[list[TableItem]] = []
        broken: list[str] = []
        first_error: Exception | None = None
        for page in pages:
            try:
                words = _page_words(page)
                tables = ruled_tables(page) if words else []
            except Exception as e:  # one broken page: keep the others, say so in meta
                log.warning("page %s of %s unreadable: %s", page.page_number, source_id, e)
                broken.append(str(page.page_number))
                first_error = first_error or e
                words, tables = [], []
            raw_pages.append((float(page.height), words))
            ruled.append(tables)
        if first_error is not None and len(broken) == len(pages):
            raise _error(first_error)
        # a grid of ruled boxes, each a label over its value, is a form: its words read as text
        body = _body_size(w for (_, ws), ts in zip(raw_pages, ruled) for w in _outside(ws, ts))
        ruled = [[t for t in ts if not is_form_grid([w for w in ws if inside(w, t)], body)]
                 for (_, ws), ts in zip(raw_pages, ruled)]
        raw_pages = [(height, _outside(ws, ts)) for (height, ws), ts in zip(raw_pages, ruled)]
        if not any(ws for _, ws in raw_pages) and not any(ruled):
            raise NoTextLayer()  # the driver reads it by OCR where Tesseract is installed
        body = _body_size(w for _, ws in raw_pages for w in ws)
        clean_pages = _drop_furniture(raw_pages, body)
        laid_out = [layout(build_lines(words), tables) for words, tables in zip(clean_pages, ruled)]
        # the body size is that of running text: table cells are often set smaller
        body = _body_size(w for segs in laid_out for seg in segs for ln in seg.lines for w in ln.words)

        blocks: list[RawBlock] = []
        page_links: list[tuple[int, int, int]] = []  # (page index, first block, end block)
        for pno, segs in enumerate(laid_out, start=1):
            first = len(blocks)
            for seg in segs:
                if seg.table is not None:
                    rows = seg.table.rows
                    t = seg.table
                    blocks.append(RawBlock(kind="table", text="", rows=rows, page=pno,
                                           boxes=[(t.x0, t.top, t.x1, t.bottom)], last_page=pno,
                                           last_bottom=t.bottom, last_height=raw_pages[pno - 1][0]))
                elif seg.lines:
                    blocks.extend(_blocks_of_segment(seg, pno, body))
            page_links.append((pno - 1, first, len(blocks)))
        links: dict[int, list[Link]] = {}
        for idx, a, b in page_links:
            try:
                found = _links(pages[idx], blocks[a:b]) if pages[idx].annots else {}
            except Exception as e:  # links are an extra: a broken annotation loses only them
                log.warning("links of page %s of %s unreadable: %s", idx + 1, source_id, e)
                found = {}
            for k, v in found.items():
                links[id(blocks[a + k])] = v
    except _PDF_ERRORS as e:  # a broken object met late (fonts, streams)
        raise _error(e) from None
    finally:
        pdf.close()

    # heading levels by size rank across the document
    sizes = sorted({b.size for b in blocks if b.kind == "heading" and b.heading_by_size}, reverse=True)
    level_of = {s: min(3, i + 1) for i, s in enumerate(sizes)}
    bold_level = min(3, len(sizes) + 1)

    blocks = _stitch(blocks)
    out: list[Block] = []
    for b in blocks:
        lk = tuple(links.get(id(b), ()))
        if b.kind == "table":
            rows = tuple(tuple(r) for r in b.rows or [])
            width = max(len(r) for r in rows)
            rows = tuple(r + ("",) * (width - len(r)) for r in rows)
            text = "\n".join(" | ".join(r) for r in rows)
            out.append(Block(kind="table", text=text, rows=rows, page=b.page, links=lk))
        elif b.kind == "heading":
            level = level_of.get(b.size, bold_level) if b.heading_by_size else bold_level
            out.append(Block(kind="heading", text=b.text, level=level, page=b.page, links=lk))
        elif b.kind == "field":
            out.append(Block(kind="field", text=b.text, label=b.label, page=b.page, links=lk))
        elif b.text:
            out.append(Block(kind=b.kind, text=b.text, page=b.page, links=lk))  # type: ignore[arg-type]
    title = next((b.text for b in out if b.kind == "heading" and b.level == 1), None)
    if title is None:
        title = next((b.text for b in out if b.kind == "heading"), None)
    return Document(source_id=source_id, source_url=source_url, content_type="pdf", blocks=out, title=title,
                    meta={"pages": str(len(raw_pages)), "body_font_size": f"{body:g}",
                          **({"broken_pages": ",".join(broken)} if broken else {})})
