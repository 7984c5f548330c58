"""Every value in projects, contacts and funding has the text it was read from."""
from __future__ import annotations

import re

import pandas as pd

from pipeline.extract.evidence import (CONTACT_FIELDS, FUNDING_FIELDS, PROJECT_FIELDS, SNIPPET_CHARS, Finder, amount,
                                       inflected, phone)
from pipeline.normalise import evidence_value
from pipeline.parse.blocks import Block

VALUE_FIELDS = {"projects": PROJECT_FIELDS, "contacts": CONTACT_FIELDS, "funding": FUNDING_FIELDS}
# Not values read from a text: keys, flags and what is derived from another column.
NOT_VALUES = {"project_id", "source_id", "source_url", "start_precision", "end_precision", "duplicate_of", "confidence",
              "email_inferred", "is_maximum"}


def test_every_value_has_evidence(extracted):
    evidence = pd.read_parquet(extracted / "evidence.parquet")
    have = set(zip(evidence["project_id"], evidence["field"], evidence["value"]))
    missing, checked = [], 0
    for table, fields in VALUE_FIELDS.items():
        rows = pd.read_parquet(extracted / f"{table}.parquet")
        assert set(rows.columns) - NOT_VALUES == set(fields), f"{table}: a column without evidence rules"
        for row in rows.to_dict("records"):
            for col in fields:
                v = row[col]
                if v is None or (isinstance(v, float) and pd.isna(v)):
                    continue
                v = int(v) if col == "year" else float(v) if isinstance(v, float) else v  # year: nullable int16
                checked += 1
                if (row["project_id"], f"{table}.{col}", evidence_value(v)) not in have:
                    missing.append((table, col, v))
    assert checked > 400
    assert missing == [], missing[:20]


def _fold(text: str) -> str:
    return " ".join(text.lower().split())


def test_exact_snippets_contain_the_value_and_pdfs_give_pages(extracted):
    ev = pd.read_parquet(extracted / "evidence.parquet")
    docs = pd.read_parquet(extracted / "documents.parquet").set_index("source_id")
    text_fields = {"projects.name", "projects.category", "contacts.name", "contacts.title", "funding.funder"}
    exact = ev[(ev["match"] == "exact") & ev["field"].isin(text_fields)]
    assert len(exact) > 100
    for r in exact.itertuples():
        value = _fold(r.value)[:60]
        assert value in _fold(r.snippet.replace("…", " ")), (r.field, r.value, r.snippet)
    kinds = docs.loc[ev["source_id"], "content_type"].to_numpy()
    assert ev.loc[kinds == "pdf", "page"].notna().all() and ev.loc[kinds == "pdf"].shape[0] > 50
    assert ev.loc[kinds != "pdf", "page"].isna().all()
    assert (ev["match"] == "context").mean() < 0.05  # nearly every value is found in the text itself
    assert ev["snippet"].str.len().max() <= SNIPPET_CHARS + 40  # a window, not the whole block


def test_budget_evidence_is_the_sentence_behind_it(extracted):
    ev = pd.read_parquet(extracted / "evidence.parquet")
    budgets = ev[ev["field"] == "projects.budget_eur"]
    assert len(budgets) > 0
    for r in budgets.itertuples():
        digits = re.sub(r"\D", "", r.snippet)
        lead = str(int(float(r.value)))[:2]
        assert lead in digits or "milj" in r.snippet, (r.value, r.snippet)


def test_finder_sees_through_inflection_formatting_and_scale():
    blocks = [Block("heading", "Kaupunkiviljelyhanke"),
              Block("paragraph", "Hanketta hallinnoi Hämeenlinnan kaupungin tilaajayksikkö.", page=2),
              Block("paragraph", "Kokonaisbudjetti on 1,2 milj. € ja ESR:n osuus 70 %.", page=3),
              Block("field", "(03) 621 2555", label="Puhelin", page=3)]
    f = Finder(blocks, [], "Kaupunkiviljelyhanke")
    assert f.find((inflected("Hämeenlinnan kaupunki"), "fuzzy"))[:2] == (
        "Hanketta hallinnoi Hämeenlinnan kaupungin tilaajayksikkö.", 2)
    snippet, page, _ = f.find((amount(1_200_000.0), "exact"))
    assert "1,2 milj" in snippet and page == 3
    assert f.find((amount(70.0, percent=True), "exact")) is not None
    assert f.find((amount(71.0, percent=True), "exact")) is None
    assert f.find((phone("+35836212555"), "exact"))[0] == "Puhelin: (03) 621 2555"
    assert f.find((phone("+35836212556"), "exact")) is None
    derived = f.evidence("projects.municipality", [(inflected("Lahti"), "fuzzy")])
    assert derived.match == "context" and derived.snippet == "Kaupunkiviljelyhanke"
