"""Plain text (register exports, saved pages) to blocks.

Paragraphs are separated by blank lines, "Label: value" lines become fields and
a line of dashes or equals signs is a break between records.
"""
from __future__ import annotations

import re

from pipeline.parse.blocks import Block, Document, clean_text
from pipeline.parse.encoding import decode_bytes
from pipeline.parse.errors import ParseError
from pipeline.parse.fields import split_fields

_RULE = re.compile(r"^\s*([-=_*~#])\1{5,}\s*$")


def parse_text(data: bytes, source_id: str, source_url: str) -> Document:
    text, encoding = decode_bytes(data)
    if "\x00" in text[:4096]:
        raise ParseError("binary content, not text")
    text = clean_text(text)
    blocks: list[Block] = []
    para: list[str] = []

    def flush() -> None:
        if not para:
            return
        chunk = "\n".join(para)
        para.clear()
        fields = split_fields(chunk)
        if fields:
            blocks.extend(Block(kind="field", label=label, text=value) for label, value in fields)
        else:
            blocks.append(Block(kind="paragraph", text=chunk))

    for line in text.split("\n"):
        if _RULE.match(line):
            flush()
            blocks.append(Block(kind="break", text=""))
        elif not line.strip():
            flush()
        else:
            para.append(line)
    flush()
    return Document(source_id=source_id, source_url=source_url, content_type="text", blocks=blocks,
                    title=None, meta={"encoding": encoding})
