"""One document's bytes to blocks, whatever its type: the parse layer's entry point."""
from __future__ import annotations

from dataclasses import dataclass

from pipeline.hints import NO_HINTS, Hints
from pipeline.parse.blocks import Document
from pipeline.parse.errors import ParseError
from pipeline.parse.html import parse_html
from pipeline.parse.ocr import NoTextLayer, ocr_pdf
from pipeline.parse.pdf import parse_pdf
from pipeline.parse.sniff import sniff_type
from pipeline.parse.text import parse_text


@dataclass(frozen=True)
class DocInput:
    """Everything the per-document function needs besides the bytes."""

    source_url: str  # URL, or the raw/ path of a local file
    suffix: str  # ".html", ".pdf", ".txt" ...
    http_content_type: str | None = None
    hints: Hints = NO_HINTS  # how to read its source's layout (pipeline/hints.py)
    ocr: bool = True  # read a PDF without a text layer by OCR where Tesseract is installed


def parse_document(data: bytes, source_id: str, inp: DocInput) -> Document:
    """The document's blocks; a `page_type` hint rides along in its meta for segmentation."""
    doc = _parse(data, source_id, inp)
    if inp.hints.page_type:
        doc.meta["page_type"] = inp.hints.page_type
    return doc


def _parse(data: bytes, source_id: str, inp: DocInput) -> Document:
    if not data:
        raise ParseError("empty file (0 bytes)")
    kind = sniff_type(data, inp.suffix, inp.http_content_type)
    if kind == "pdf":
        try:
            return parse_pdf(data, source_id, inp.source_url)
        except NoTextLayer:
            if not inp.ocr:
                raise
            return ocr_pdf(data, source_id, inp.source_url)
    if kind == "html":
        return parse_html(data, source_id, inp.source_url, http_content_type=inp.http_content_type,
                          hints=inp.hints)
    return parse_text(data, source_id, inp.source_url)
