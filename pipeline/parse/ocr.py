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


def _read_page(exe: str, png: bytes, languages: str) -> str:
    proc = subprocess.run([exe, "stdin", "stdout", "-l", languages, "--psm", "3"], input=png,
                          capture_output=True, check=False)
    if proc.returncode != 0:
        detail = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ParseError(f"OCR failed: {detail[-1] if detail else f'tesseract exit {proc.returncode}'}")
    return proc.stdout.decode("utf-8", "replace")


# A scan's first line is its title when it is this short and no sentence.
TITLE_MAX_WORDS = 12


def _title(blocks: list[Block]) -> str | None:
    """Make a short first line the level-1 heading: OCR text has no font sizes, and
    segmentation needs a heading to name the project."""
    first = blocks[0] if blocks else None
    if (first is None or first.kind != "paragraph" or "\n" in first.text
            or len(first.text.split()) > TITLE_MAX_WORDS or first.text.rstrip().endswith((".", ":", ";", ","))):
        return None
    blocks[0] = dataclasses.replace(first, kind="heading", level=1)
    return first.text


def ocr_pdf(data: bytes, source_id: str, source_url: str) -> Document:
    """Blocks of a scanned PDF, read page by page; meta["parser"] = "pdf+ocr"."""
    from pipeline.parse.text import parse_text

    exe = tesseract()
    if exe is None:
        raise NoTextLayer()
    languages = "+".join(lang for lang in LANGUAGES if lang in _languages(exe))
    blocks: list[Block] = []
    pngs = _render(data)
    for pno, png in enumerate(pngs, start=1):
        text = _read_page(exe, png, languages)
        page = parse_text(text.encode("utf-8"), source_id, source_url)
        blocks.extend(dataclasses.replace(b, page=pno) for b in page.blocks)
    if not any(b.text for b in blocks):
        raise ParseError("no text layer, and OCR found no text")
    title = _title(blocks)
    return Document(source_id=source_id, source_url=source_url, content_type="pdf", blocks=blocks, title=title,
                    meta={"pages": str(len(pngs)), "parser": "pdf+ocr", "ocr_languages": languages})
