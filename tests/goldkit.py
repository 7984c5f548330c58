"""Helpers the held-out corpora's tools/make_gold.py scripts write their gold with,
in the format of shared/corpus/gold (one JSON per document)."""
from __future__ import annotations

import json
import os


def P(name, owner=None, municipality=None, start=None, end=None, status=None, budget=None,
      contacts=(), funding=(), orgs=(), category=None, sp=None, ep=None, aliases=()):
    """A project."""
    return {"name": name, "owner": owner, "municipality": municipality, "start_date": start,
            "end_date": end, "status": status, "budget_eur": budget, "contacts": list(contacts),
            "funding": list(funding), "organisations": [{"name": n, "role": r} for n, r in orgs],
            "category": category, "start_precision": sp, "end_precision": ep, "aliases": list(aliases)}


def C(name, title=None, email=None, phone=None, org=None, inferred=False):
    """A contact."""
    return {"name": name, "title": title, "email": email, "phone": phone,
            "organisation": org, "email_inferred": inferred}


def F(funder, amount, year=None, share=None, maximum=False):
    """A funding row."""
    return {"funder": funder, "year": year, "amount_eur": float(amount),
            "share_pct": None if share is None else float(share), "is_maximum": maximum}


def write_gold(docs: dict, gold_dir: str) -> None:
    """One gold file per document: {"doc", "expect_error", "projects"}."""
    os.makedirs(gold_dir, exist_ok=True)
    for doc, projects in docs.items():
        out = {"doc": doc, "expect_error": False, "projects": projects}
        with open(os.path.join(gold_dir, os.path.basename(doc) + ".json"), "w", encoding="utf-8") as fh:
            json.dump(out, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print(len(docs), "gold files")
