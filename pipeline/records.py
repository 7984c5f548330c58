"""What extractors return: plain records, before ids and normalisation.

These mirror the tables of the output contract (`schema.py`) minus the keys the
driver adds (`project_id`, `source_id`). Keeping them as small dataclasses lets the
per-document function return picklable values that a process pool or a cluster can
ship back without knowing anything about pandas.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class Period:
    """A project period; either side may be open. Precision is day | month | year."""

    start: date | None = None
    end: date | None = None
    start_precision: str | None = None
    end_precision: str | None = None
    text: str = ""  # the text it was read from, for evidence and logs
    warnings: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return self.start is None and self.end is None


@dataclass
class Contact:
    name: str
    title: str | None = None
    organisation: str | None = None
    email: str | None = None
    email_inferred: bool = False
    phone: str | None = None


@dataclass
class Funding:
    funder: str
    amount_eur: float
    year: int | None = None
    share_pct: float | None = None
    is_maximum: bool = False


@dataclass
class Organisation:
    name: str
    role: str  # owner | partner | funder | implementer


@dataclass
class Attachment:
    title: str
    url: str


@dataclass
class Evidence:
    """Where a value came from: the text around it and its page (PDFs).

    `field` is "table.column" ("projects.owner", "funding.amount_eur"); `item` is
    the index in Project.contacts / Project.funding for those tables.
    """

    field: str
    snippet: str
    page: int | None = None
    match: str = "exact"  # exact | fuzzy | context
    item: int | None = None


@dataclass
class Project:
    name: str
    aliases: list[str] = field(default_factory=list)
    owner: str | None = None
    municipality: str | None = None
    period: Period = field(default_factory=Period)
    status: str | None = None
    category: str | None = None
    summary: str | None = None
    budget_eur: float | None = None
    contacts: list[Contact] = field(default_factory=list)
    funding: list[Funding] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float | None = None  # the segmentation model's probability for its record
