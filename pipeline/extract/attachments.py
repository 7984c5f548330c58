"""Linked documents of a project: reports, plans, brochures.

A link counts when its target is a document file or its text says it is one
("loppuraportti (pdf)"). Navigation links, mail and phone links are not
attachments.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Sequence

from pipeline.data import load_yaml
from pipeline.parse.blocks import Block
from pipeline.records import Attachment


@cache
def _rules() -> dict:
    return load_yaml("attachments.yaml")


def _is_document(text: str, href: str) -> bool:
    r = _rules()
    path = re.sub(r"[?#].*$", "", href.lower())
    if any(path.endswith("." + ext) for ext in r["extensions"]):
        return True
    t = text.lower()
    return any(w in t for w in r["text_words"])


def attachments_from_blocks(blocks: Sequence[Block]) -> list[Attachment]:
    out: list[Attachment] = []
    seen: set[str] = set()
    for b in blocks:
        for link in b.links:
            href = link.href
            if not href.startswith(("http://", "https://", "/")) or href in seen:
                continue
            if _is_document(link.text, href):
                seen.add(href)
                out.append(Attachment(title=link.text or href.rsplit("/", 1)[-1], url=href))
    return out
