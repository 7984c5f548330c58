"""Hints that teach the pipeline a new source's layout without a code change.

A source in config.yaml, or a folder under raw/ (`settings.folders`), may carry:

    content_selector  CSS selector of the page's main content (the rest is chrome)
    record_selector   CSS selector of each project's element on a listing page
    title_selector    CSS selector of the project's name within a record or page
    labels            extra label → field, for this source only ("Kustannukset yht.": budget)
    page_type         single | listing: forces the reading

They are checked with the rest of the config: a selector that does not parse, a
label mapped to an unknown field or an unknown page type stops the run with the key.
"""
from __future__ import annotations

from typing import Annotated, Literal

import soupsieve
from pydantic import AfterValidator, ConfigDict
from pydantic.dataclasses import dataclass

from pipeline.labels import fields


def _selector(value: str | None) -> str | None:
    if value is not None:
        try:
            soupsieve.compile(value)
        except soupsieve.SelectorSyntaxError as e:
            raise ValueError(f"{value!r} is not a CSS selector ({str(e).splitlines()[0]})") from None
    return value


def _labels(value: dict[str, str]) -> dict[str, str]:
    unknown = sorted({f for f in value.values() if f not in fields()})
    if unknown:
        raise ValueError(f"unknown field {', '.join(unknown)}; known: {', '.join(sorted(fields()))}")
    return value


Selector = Annotated[str | None, AfterValidator(_selector)]


@dataclass(config=ConfigDict(extra="forbid", frozen=True), kw_only=True)
class Hints:
    content_selector: Selector = None
    record_selector: Selector = None
    title_selector: Selector = None
    labels: Annotated[dict[str, str], AfterValidator(_labels)] | None = None
    page_type: Literal["single", "listing"] | None = None


NO_HINTS = Hints()
HINT_KEYS = ("content_selector", "record_selector", "title_selector", "labels", "page_type")
