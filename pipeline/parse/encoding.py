"""Decoding bytes to text: BOM, then the HTTP header, then `<meta>`, else detected.

Finnish pages still arrive in ISO-8859-1 and windows-1252; a wrong guess turns
"ä" into mojibake that no extractor recovers from, so the order is the one a
browser uses and detection is the last resort.
"""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.I)
_HEADER = re.compile(r"charset\s*=\s*[\"']?([a-zA-Z0-9_.:-]+)", re.I)


def _known(name: str | None) -> str | None:
    if not name:
        return None
    try:
        enc = codecs.lookup(name).name
    except LookupError:
        return None
    # Browsers read latin-1 labels as windows-1252; so do we (it is a superset).
    return "cp1252" if enc in ("latin-1", "iso8859-1", "ascii") else enc


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Text and the encoding used, for any text-like document."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(enc, errors="replace"), enc
    enc = _known(declared)
    if enc:
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data[:200_000]):  # a few broken sequences (lone surrogates, a cut character)
        return data.decode("utf-8", errors="ignore"), "utf-8"
    best = from_bytes(data[:200_000]).best()
    candidates = dict.fromkeys(["cp1252", "iso8859-15", _known(best.encoding if best else None) or "cp1252"])
    enc = max(candidates, key=lambda e: _plausibility(data[:200_000].decode(e, errors="replace")))
    return data.decode(enc, errors="replace"), enc


def _mostly_utf8(sample: bytes) -> bool:
    """Valid multi-byte UTF-8 characters outnumber the broken sequences four to one:
    a single-byte code page almost never forms a valid sequence, so this is UTF-8
    with some damage, and dropping the damage beats reading every letter wrong."""
    text = sample.decode("utf-8", errors="replace")
    bad = len(_BROKEN.findall(text))
    good = len(_NON_ASCII.findall(text)) - text.count("\ufffd")
    return good >= 4 * bad


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_BROKEN = re.compile("\ufffd+")
_EXPECTED = set("äöåÄÖÅéüÉÜ€–—“”„’‘«»§½°±×·…")


def _plausibility(text: str) -> int:
    """How much a decoding looks like Finnish or Swedish text: detectors confuse
    the single-byte code pages, and a wrong one gives letters no Nordic page uses."""
    score = 0
    for ch in text:
        if ch.isascii():
            continue
        score += 1 if ch in _EXPECTED else -3
    return score


def decode_html(data: bytes, http_content_type: str | None = None) -> tuple[str, str]:
    """Text of an HTML document: the HTTP charset wins over `<meta>`."""
    declared = None
    if http_content_type:
        m = _HEADER.search(http_content_type)
        declared = m.group(1) if m else None
    if not declared:
        m = _META.search(data[:4096])
        declared = m.group(1).decode("ascii", "ignore") if m else None
    return decode_bytes(data, declared)
