"""What a document is (html | pdf | text), from its bytes first."""
from __future__ import annotations


def sniff_type(data: bytes, suffix: str, http_content_type: str | None = None) -> str:
    """html | pdf | text, from the bytes first: servers and file names lie."""
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF"):
        return "pdf"
    low = head[:512].lower()
    if low.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in low or b"<body" in low:
        return "html"
    if suffix in (".html", ".htm") or (http_content_type or "").startswith("text/html"):
        return "html"
    if suffix == ".pdf" or (http_content_type or "").startswith("application/pdf"):
        return "pdf"
    return "text"
