"""Reading a scanned PDF (no text layer) with Tesseract OCR.

Scanned minutes and signed decisions are common among municipal PDFs. Where
Debian's `tesseract-ocr` and `tesseract-ocr-fin` are installed, each page is
rendered with pdfium (already a pdfplumber dependency) and read by the
`tesseract` command; the text then goes through the plain-text parser, so the
same fields and paragraphs come out as for a text export. Where Tesseract or its
Finnish data is missing, the document keeps the clear error "no text layer:
needs OCR" and the run goes on.

The command is run as a child process (no Python binding needed): it inherits the
worker's memory cap, and the per-document time limit kills it with the document.
"""
from __future__ import annotations

import dataclasses
import io
import shutil
import subprocess
from functools import cache

from pipeline.parse.blocks import Block, Document
from pipeline.parse.errors import ParseError

# Rendering resolution: Tesseract reads body text best at about 300 dpi.
DPI = 300
LANGUAGES = ("fin", "eng")
NO_TEXT_LAYER = "no text layer: needs OCR"


class NoTextLayer(ParseError):
    """A PDF whose pages carry no text: only OCR can read it."""

    def __init__(self, message: str = NO_TEXT_LAYER) -> None:
        super().__init__(message)


@cache
def _languages(exe: str) -> frozenset[str]:
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    return frozenset(line.strip() for line in out.splitlines()[1:] if line.strip())


def tesseract() -> str | None:
    """The tesseract executable when it can read Finnish, else None (looked up per call:
    PATH decides, so an install between runs is picked up)."""
    exe = shutil.which("tesseract")
    if exe is None or "fin" not in _languages(exe):
        return None
    return exe


def _render(data: bytes) -> list[bytes]:
    """Each page as a PNG image."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        raise ParseError(f"damaged PDF: cannot render for OCR: {e}") from None
    pages: list[bytes] = []
    try:
        for i in range(len(pdf)):
            image = pdf[i].render(scale=DPI / 72, grayscale=True).to_pil()
            buf = io.BytesIO()
            image.save(buf, format="PNG")
            pages.append(buf.getvalue())
    finally:
        pdf.close()
    return pages


@dataclasses.dataclass
class _Line:
    text: str
    height: int
    paragraph: tuple[int, int]  # (block, paragraph) of Tesseract's layout


def _read_page(exe: str, png: bytes, languages: str) -> list[_Line]:
    """The page's lines with their heights, from Tesseract's TSV output."""
    proc = subprocess.run([exe, "stdin", "stdout", "-l", languages, "--psm", "3", "tsv"], input=png,
                          capture_output=True, check=False)
    if proc.returncode != 0:
        detail = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ParseError(f"OCR failed: {detail[-1] if detail else f'tesseract exit {proc.returncode}'}")
    lines: dict[tuple[int, int, int], _Line] = {}
    for row in proc.stdout.decode("utf-8", "replace").splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue  # level 5 is a word
        key = (int(cols[2]), int(cols[3]), int(cols[4]))  # block, paragraph, line
        line = lines.setdefault(key, _Line("", 0, key[:2]))
        line.text = f"{line.text} {cols[11].strip()}".strip()
        line.height = max(line.height, int(cols[9]))
    return list(lines.values())


def _page_text(lines: list[_Line]) -> str:
    """Lines as plain text, a blank line between Tesseract's paragraphs."""
    out: list[str] = []
    for prev, line in zip([None, *lines], lines):
        if prev is not None and prev.paragraph != line.paragraph:
            out.append("")
        out.append(line.text)
    return "\n".join(out)


# A scan's title: the tallest short line among its first lines, and no sentence.
TITLE_MAX_WORDS = 12
TITLE_SEARCH_LINES = 6


def _title_line(lines: list[_Line]) -> str | None:
    """OCR text has no font sizes, but its line heights show the title, as a text
    layer's largest first-page line does: the tallest of the first lines, if it
    stands out from the body text."""
    top = [ln for ln in lines[:TITLE_SEARCH_LINES] if len(ln.text.split()) <= TITLE_MAX_WORDS
           and not ln.text.rstrip().endswith((".", ":", ";", ","))]
    if not top or len(lines) < 2:
        return None
    body = sorted(ln.height for ln in lines)[len(lines) // 2]
    best = max(top, key=lambda ln: ln.height)
    return best.text if best.height >= 1.2 * body else None


def _with_title(blocks: list[Block], title: str) -> list[Block]:
    """The title line as a level-1 heading, split out of the block that holds it."""
    for i, b in enumerate(blocks):
        lines = b.text.split("\n")
        if b.kind == "paragraph" and title in lines:
            n = lines.index(title)
            parts = [dataclasses.replace(b, text="\n".join(lines[:n])),
                     dataclasses.replace(b, kind="heading", level=1, text=title),
                     dataclasses.replace(b, text="\n".join(lines[n + 1:]))]
            return blocks[:i] + [p for p in parts if p.text] + blocks[i + 1:]
    return blocks


def ocr_pdf(data: bytes, source_id: str, source_url: str) -> Document:
    """Blocks of a scanned PDF, read page by page; meta["parser"] = "pdf+ocr"."""
    from pipeline.parse.text import parse_text

    exe = tesseract()
    if exe is None:
        raise NoTextLayer()
    languages = "+".join(lang for lang in LANGUAGES if lang in _languages(exe))
    blocks: list[Block] = []
    pngs = _render(data)
    title = None
    for pno, png in enumerate(pngs, start=1):
        lines = _read_page(exe, png, languages)
        page = parse_text(_page_text(lines).encode("utf-8"), source_id, source_url)
        blocks.extend(dataclasses.replace(b, page=pno) for b in page.blocks)
        if pno == 1:
            title = _title_line(lines)
    if not any(b.text for b in blocks):
        raise ParseError("no text layer, and OCR found no text")
    if title:
        blocks = _with_title(blocks, title)
    return Document(source_id=source_id, source_url=source_url, content_type="pdf", blocks=blocks, title=title,
                    meta={"pages": str(len(pngs)), "parser": "pdf+ocr", "ocr_languages": languages})
