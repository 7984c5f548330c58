"""Records to table rows: stable ids, contract types, tidy values.

Ids are hashes of what identifies a thing in its source (the document's URL or
raw/ path; the project's name within it), so a rerun gives the same ids and an
analyst's joins survive new runs.
"""
from __future__ import annotations

import hashlib

from pipeline.language.keys import name_key
from pipeline.parse.blocks import one_line
from pipeline.records import Project


def _digest(text: str, n: int = 16) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:n]


def source_id_for(source_url: str) -> str:
    """Stable id of a document, from its URL or raw/ path."""
    return "doc_" + _digest(source_url.strip())


def project_id_for(source_id: str, name: str, n: int = 0) -> str:
    key = f"{source_id}|{name_key(name)}" + (f"|{n}" if n else "")
    return "prj_" + _digest(key)


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = one_line(value)
    return value or None


def document_row(source_id: str, source_url: str, content_type: str, sha256: str, status: str,
                 error: str | None, n_projects: int, parser: str | None = None,
                 warnings: list[str] | None = None, understanding: str | None = None,
                 confidence: float | None = None) -> dict:
    return {
        "source_id": source_id, "source_url": source_url, "content_type": content_type, "sha256": sha256,
        "status": status, "error": error, "n_projects": n_projects, "parser": parser,
        "warnings": "; ".join(dict.fromkeys(warnings)) if warnings else None, "understanding": understanding,
        "confidence": confidence,
    }


def project_rows(projects: list[Project], source_id: str, source_url: str,
                 confidences: list[float] | None = None) -> dict[str, list[dict]]:
    """One document's projects as rows of every table of the contract (with each
    project's confidence, when it was assessed)."""
    tables: dict[str, list[dict]] = {k: [] for k in ("projects", "contacts", "funding", "organisations", "attachments",
                                                     "evidence")}
    seen: dict[str, int] = {}
    for n_project, p in enumerate(projects):
        key = name_key(p.name)
        n = seen.get(key, 0)
        seen[key] = n + 1
        pid = project_id_for(source_id, p.name, n)
        first_row = {t: len(tables[t]) for t in ("contacts", "funding")}
        per = p.period
        tables["projects"].append({
            "project_id": pid, "name": one_line(p.name), "owner": _clean(p.owner),
            "municipality": _clean(p.municipality), "start_date": per.start, "end_date": per.end,
            "start_precision": per.start_precision if per.start else None,
            "end_precision": per.end_precision if per.end else None,
            "status": p.status, "category": _clean(p.category), "summary": _clean(p.summary),
            "budget_eur": float(p.budget_eur) if p.budget_eur is not None else None,
            "source_id": source_id, "source_url": source_url,
            "aliases": " | ".join(dict.fromkeys(a for a in p.aliases if a and a != p.name)) or None,
            "confidence": confidences[n_project] if confidences else None,
        })
        for c in p.contacts:
            tables["contacts"].append({
                "project_id": pid, "name": one_line(c.name), "title": _clean(c.title),
                "organisation": _clean(c.organisation), "email": c.email.lower() if c.email else None,
                "email_inferred": bool(c.email_inferred), "phone": c.phone, "source_id": source_id,
            })
        for f in p.funding:
            tables["funding"].append({
                "project_id": pid, "funder": one_line(f.funder), "year": f.year, "amount_eur": float(f.amount_eur),
                "share_pct": float(f.share_pct) if f.share_pct is not None else None,
                "is_maximum": bool(f.is_maximum), "source_id": source_id,
            })
        tables["evidence"].extend(evidence_rows(p, pid, source_id, tables, first_row))
        for o in p.organisations:
            tables["organisations"].append({"project_id": pid, "name": one_line(o.name), "role": o.role,
                                            "source_id": source_id})
        for a in p.attachments:
            tables["attachments"].append({"project_id": pid, "title": one_line(a.title) or a.url, "url": a.url,
                                          "source_id": source_id})
    return tables


def evidence_value(value: object) -> str:
    """A table value as the evidence table spells it: ISO dates, floats as 1200000.0."""
    if isinstance(value, float):
        return repr(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()  # type: ignore[union-attr]
    return str(value)


def evidence_rows(p: Project, pid: str, source_id: str, tables: dict[str, list[dict]],
                  first_row: dict[str, int]) -> list[dict]:
    """The project's evidence with each value exactly as its table row holds it (nulls have none)."""
    rows: dict[tuple, dict] = {}
    for ev in p.evidence:
        table, _, column = ev.field.partition(".")
        row = tables[table][-1] if table == "projects" else tables[table][first_row[table] + (ev.item or 0)]
        value = row.get(column)
        if value is None:
            continue
        out = {"project_id": pid, "field": ev.field, "value": evidence_value(value), "source_id": source_id,
               "page": ev.page, "snippet": ev.snippet, "match": ev.match}
        rows.setdefault(tuple(out.values()), out)
    return list(rows.values())
