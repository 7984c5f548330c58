"""The output contract, defined once.

Every table's columns, Arrow types, descriptions and sort keys live here; the
writer, the validation before writing, datapackage.json, docs/dataset.md
(`python -m pipeline.dataset_doc`) and the tests read them from this module, so
the contract cannot drift between places. Extend it by adding columns; renaming
or dropping one needs a SCHEMA_VERSION bump, recorded in the manifest.
"""
from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

SCHEMA_VERSION = "1.3.0"  # 1.1: additive columns and the evidence table; 1.2: confidence, understanding;
# 1.3: documents.confidence, and both confidences fitted


@dataclass(frozen=True)
class Table:
    name: str
    schema: pa.Schema
    sort_by: tuple[str, ...]
    description: str
    primary_key: tuple[str, ...] = ()
    # (local columns, other table, its columns): joins an analyst can rely on
    foreign_keys: tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...] = ()
    notes: str = ""  # what the columns alone do not say (docs/dataset.md)

    def describe(self, column: str) -> str:
        """The column's description, kept in the Arrow field metadata (and so in the Parquet)."""
        meta = self.schema.field(column).metadata or {}
        return meta.get(b"description", b"").decode("utf-8")


def _s(*fields: tuple[str, pa.DataType, bool, str]) -> pa.Schema:
    return pa.schema([pa.field(n, t, nullable=nullable, metadata={"description": d}) for n, t, nullable, d in fields])


_TO_PROJECT = ((("project_id",), "projects", ("project_id",)),)
_TO_DOCUMENT = ((("source_id",), "documents", ("source_id",)),)


# documents.status -> what it means; only `error` is a failure of the run (exit status 1)
DOC_STATUSES: dict[str, str] = {
    "ok": "Read: parsed this run, or its stored rows reused because its bytes did not change.",
    "error": "Could not be read: the one-line reason is in `error`. No rows.",
    "unchanged": "A fetched document that could not be fetched this time (timeout, server error): "
                 "its rows are those of its last good bytes; `fetch_error` says why.",
    "gone": "A fetched document that now answers 404 or 410 after having been seen: its rows are those of "
            "its last good bytes; `http_status`, `last_seen` and `fetch_error` say when and why.",
    "not_found": "A linked URL that answers 404 or 410 and never gave a document. No rows.",
    "skipped": "Not asked for: robots.txt disallows it, or it redirects out of the source's allow list "
               "(`fetch_error` says which). Rows only if it was read before.",
}

STR, F64, BOOL = pa.string(), pa.float64(), pa.bool_()
# the key columns most tables share
_PROJECT_REF = ("project_id", STR, False, "The project (projects.project_id).")
_SOURCE_REF = ("source_id", STR, False, "The document it came from (documents.source_id).")

TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        Table(
            "projects",
            _s(
                ("project_id", STR, False, "Stable id: the same project from the same source keeps it across reruns."),
                ("name", STR, False, "The project's name as written, without a trailing date range or '-hanke' noise "
                                     "that is not part of the name."),
                ("owner", STR, True, "The organisation that runs or administers it, as written in nominative form "
                                     "('Hämeenlinnan kaupunki', 'Oulun kaupunki', 'Sitra')."),
                ("municipality", STR, True, "The Finnish municipality it belongs to, nominative ('Hämeenlinna', "
                                            "'Oulu', 'Lahti')."),
                ("start_date", pa.date32(), True, "First day of the project (year precision gives 1 January)."),
                ("end_date", pa.date32(), True, "Last day of the project (year precision gives 31 December)."),
                ("start_precision", STR, True, "How much of the start date the source gave: day, month or year "
                                               "('2020-2022' gives year precision, start 2020-01-01)."),
                ("end_precision", STR, True, "How much of the end date the source gave: day, month or year "
                                             "('2020-2022' gives year precision, end 2022-12-31)."),
                ("status", STR, True, "ongoing, ended or planned, only where the source says so (a 'Päättynyt' "
                                      "label, a 'Päättyneet hankkeet' heading, 'saakka' in the past)."),
                ("category", STR, True, "The theme, portfolio or programme heading the source files it under."),
                ("summary", STR, True, "The first descriptive paragraph, whitespace normalised."),
                ("budget_eur", F64, True, "Total budget or total funding in euros, where the source states one."),
                _SOURCE_REF,
                ("source_url", STR, False, "Where that document lives: a URL, or a raw/ path for local files."),
                # extensions (additive): other names the document uses for the project
                ("aliases", STR, True, "Other names the document uses for the project, ' | '-joined."),
                # extension: the project_id of the same project reported by another source (nothing merged away)
                ("duplicate_of", STR, True, "project_id of the same project as reported by another source, if any."),
                # extension: how sure the reading is (docs/segmentation.md)
                ("confidence", F64, True, "0–1: how likely this row is a real project of its document, fitted on "
                                          "the gold from the segmentation model's probability and which of "
                                          "period, owner, status, money and contacts were found. Sort ascending "
                                          "to see what to check first."),
            ),
            ("source_id", "project_id"),
            "One row per project found in a document.",
            primary_key=("project_id",),
            foreign_keys=_TO_DOCUMENT + ((("duplicate_of",), "projects", ("project_id",)),),
        ),
        Table(
            "contacts",
            _s(
                _PROJECT_REF,
                ("name", STR, False, "The person, 'Etunimi Sukunimi', as written."),
                ("title", STR, True, "Role or job title ('projektipäällikkö', 'tilaajajohtaja')."),
                ("organisation", STR, True, "Employer or unit as written."),
                ("email", STR, True, "Lower-case address; '(at)' and ' at ' forms repaired."),
                ("email_inferred", BOOL, False, "True where the address was built from a pattern the page gives "
                                                "('etunimi.sukunimi@hameenlinna.fi'), with Finnish letters folded "
                                                "(ä→a, ö→o, å→a)."),
                ("phone", STR, True, "E.164 ('(03) 621 2555' gives '+35836212555'); Finnish numbers without a "
                                     "country code are +358."),
                _SOURCE_REF,
            ),
            ("source_id", "project_id", "name", "email"),
            "One row per person named as a contact of a project.",
            foreign_keys=_TO_PROJECT + _TO_DOCUMENT,
        ),
        Table(
            "funding",
            _s(
                _PROJECT_REF,
                ("funder", STR, False, "The funder as written ('ESR', 'Opetushallitus', 'Valtiovarainministeriö', "
                                       "'Oulun kaupunki')."),
                ("year", pa.int16(), True, "The year of the amount; empty means the whole project period."),
                ("amount_eur", F64, False, "Euros ('68 850€', '246 500 euroa', '1,2 milj. €' gives 1200000.0)."),
                ("share_pct", F64, True, "The funder's share in percent where given ('ESR 70%')."),
                ("is_maximum", BOOL, False, "True for 'enintään' / 'up to' amounts."),
                _SOURCE_REF,
            ),
            ("source_id", "project_id", "funder", "year", "amount_eur"),
            "One row per funder, per year where the source splits by year.",
            foreign_keys=_TO_PROJECT + _TO_DOCUMENT,
            notes="Totals rows of a funding table ('YHTEENSÄ', 'Yht.') are not funders: a table's grand total goes "
                  "to projects.budget_eur, and per-funder totals are the year = null rows.",
        ),
        Table(
            "organisations",
            _s(_PROJECT_REF,
               ("name", STR, False, "The organisation, nominative, as the source names it."),
               ("role", STR, False, "owner, partner, funder or implementer."),
               _SOURCE_REF),
            ("source_id", "project_id", "role", "name"),
            "One row per organisation named in a role.",
            foreign_keys=_TO_PROJECT + _TO_DOCUMENT,
        ),
        Table(
            "attachments",
            _s(_PROJECT_REF,
               ("title", STR, False, "The link text."),
               ("url", STR, False, "Absolute URL or raw/ path."),
               _SOURCE_REF),
            ("source_id", "project_id", "url", "title"),
            "Linked documents of a project (reports, PDFs).",
            foreign_keys=_TO_PROJECT + _TO_DOCUMENT,
        ),
        Table(
            "documents",
            _s(
                ("source_id", STR, False, "Stable id of the document, derived from its URL or raw/ path."),
                ("source_url", STR, False, "A URL, or a raw/ path for local files."),
                ("content_type", STR, False, "html, pdf, text, or what was detected."),
                ("sha256", STR, False, "Of the raw bytes."),
                ("status", STR, False, f"What became of it: {', '.join(DOC_STATUSES)} (docs/dataset.md, "
                                       "'Document statuses')."),
                ("error", STR, True, "A one-line, human-readable reason where status is error."),
                ("n_projects", pa.int32(), False, "Projects extracted from it."),
                # extensions: how the text was read and what was logged about it
                ("parser", STR, True, "How the text was read (html, pdf text layer, OCR...)."),
                ("warnings", STR, True, "What was logged about it (sums that did not add up, clamped dates), '; '-joined."),
                ("understanding", STR, True, "How it was read: the page type (single project, listing, table of "
                                             "projects, minutes, no project...) and, for a weak reading, why "
                                             "('weak: ambiguous: …', 'weak: project without any fact'). "
                                             "`run_pipeline.py --explain` shows the whole decision."),
                # extensions: the HTTP outcome of fetched documents (empty for local files)
                ("http_status", pa.int32(), True, "Last HTTP status of a fetched document (a 304 shows as 200)."),
                ("last_seen", STR, True, "ISO time the server last gave the document, set when it no longer does "
                                         "(gone, or this fetch failed), its rows then being the last good ones; "
                                         "empty while it answers, so an unchanged rerun stays byte-identical (the "
                                         "fetch log has every URL's last_seen)."),
                ("fetch_error", STR, True, "Why the last fetch gave nothing new ('gone: HTTP 404', 'disallowed by "
                                           "robots.txt', a timeout...)."),
                # extension (1.3): how likely the whole reading is right
                ("confidence", F64, True, "0–1: how likely the document was read right (every project found, none "
                                          "extra, most facts right), fitted on the gold. Below the fitted "
                                          "threshold the reading is weak: see `understanding`."),
            ),
            ("source_id",),
            "One row per raw document the run looked at, failures included.",
            primary_key=("source_id",),
        ),
        Table(
            "evidence",
            _s(
                _PROJECT_REF,
                ("field", STR, False, "Table and column of the value, e.g. 'projects.budget_eur', 'funding.funder'."),
                ("value", STR, False, "The value as it stands in that table (dates ISO, numbers as 1200000.0)."),
                _SOURCE_REF,
                ("page", pa.int32(), True, "1-based page of a PDF; empty for HTML and text."),
                ("snippet", STR, False, "The text the value was read from, trimmed to a short window around it."),
                ("match", STR, False, "How the snippet was found: exact, fuzzy (inflected or reformatted), "
                                      "or context (only the project's own heading; the value was derived)."),
            ),
            ("source_id", "project_id", "field", "value", "snippet", "page", "match"),
            "The text behind every value of projects, contacts and funding: filter by project_id and field.",
            foreign_keys=_TO_PROJECT + _TO_DOCUMENT,
        ),
    )
}

# The columns of the first contract (schema 1.0). Every other column, and every other table, is an
# extension added as the contract allows; none of these may be renamed or dropped without a version bump.
CONTRACT_1_0: dict[str, tuple[str, ...]] = {
    "projects": ("project_id", "name", "owner", "municipality", "start_date", "end_date", "start_precision",
                 "end_precision", "status", "category", "summary", "budget_eur", "source_id", "source_url"),
    "contacts": ("project_id", "name", "title", "organisation", "email", "email_inferred", "phone", "source_id"),
    "funding": ("project_id", "funder", "year", "amount_eur", "share_pct", "is_maximum", "source_id"),
    "organisations": ("project_id", "name", "role", "source_id"),
    "attachments": ("project_id", "title", "url", "source_id"),
    "documents": ("source_id", "source_url", "content_type", "sha256", "status", "error", "n_projects"),
}
ROLES = ("owner", "partner", "funder", "implementer")
STATUSES = ("ongoing", "ended", "planned")
PRECISIONS = ("day", "month", "year")
# (table, column) -> the only values allowed; the datapackage and the validation read this
ENUMS: dict[tuple[str, str], tuple[str, ...]] = {
    ("projects", "status"): STATUSES, ("projects", "start_precision"): PRECISIONS,
    ("projects", "end_precision"): PRECISIONS, ("organisations", "role"): ROLES,
    ("documents", "status"): tuple(DOC_STATUSES), ("evidence", "match"): ("exact", "fuzzy", "context"),
}
