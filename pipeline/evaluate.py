"""Scoring extracted tables against gold answers: precision, recall, F1 per field.

    python -m pipeline.evaluate GOLD_DIR EXTRACTED_DIR [--json] [--details]

Gold files are `{"doc", "expect_error", "projects": [...]}`, one per document
(the format: docs/gold.md; an example: tests/gold). Projects are matched by name
(case, accents and punctuation ignored; gold aliases count). Every field is
scored as a set of facts keyed by the matched project, so a value on an unmatched
project is a false positive and a gold value on a missed project a false negative.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.language.keys import name_key

FIELDS = ("projects", "start_date", "end_date", "owner", "municipality", "status", "category", "budget_eur",
          "contacts", "contact_emails", "contact_phones", "contact_titles", "contact_orgs", "email_inferred", "funding_amounts", "funding_funders",
          "funding_shares", "organisations")
# contact sub-fields scored as (project, person, value) facts; email_inferred
# counts the contacts whose address was built from a pattern
CONTACT_COLUMNS = (("contact_emails", "email"), ("contact_phones", "phone"), ("contact_titles", "title"),
                   ("contact_orgs", "organisation"), ("email_inferred", "email_inferred"))


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    scores: dict[str, Score] = field(default_factory=lambda: {f: Score() for f in FIELDS})
    misses: list[str] = field(default_factory=list)
    documents: int = 0  # gold documents found among the extracted ones
    judged: set[str] = field(default_factory=set)  # the fields some gold document annotates

    def merge(self, other: "Report") -> None:
        """Add another report's counts and misses to this one's (its documents are counted apart)."""
        for name, sc in other.scores.items():
            mine = self.scores[name]
            mine.tp, mine.fp, mine.fn = mine.tp + sc.tp, mine.fp + sc.fp, mine.fn + sc.fn
        self.misses.extend(other.misses)
        self.judged |= other.judged

    def add(self, name: str, gold: set, pred: set, where: str) -> None:
        s = self.scores[name]
        self.judged.add(name)
        s.tp += len(gold & pred)
        s.fp += len(pred - gold)
        s.fn += len(gold - pred)
        for x in sorted(map(str, gold - pred)):
            self.misses.append(f"{where} {name} missed: {x}")
        for x in sorted(map(str, pred - gold)):
            self.misses.append(f"{where} {name} extra: {x}")


def _fold(v: Any) -> Any:
    if v is None or v is pd.NaT or (not isinstance(v, (str, list, tuple)) and pd.isna(v)):
        return None
    if hasattr(v, "isoformat"):
        return v.isoformat()[:10]
    if isinstance(v, str):
        return " ".join(v.split()).casefold()
    if isinstance(v, float):
        return round(v, 2)
    return v


def _load_tables(extracted: Path) -> dict[str, pd.DataFrame]:
    out = {}
    for name in ("documents", "projects", "contacts", "funding", "organisations"):
        df = pd.read_parquet(extracted / f"{name}.parquet")
        out[name] = df.astype(object).where(df.notna(), None)
    return out


def _doc_source_id(docs: pd.DataFrame, gold_doc: str) -> str | None:
    for sid, url in zip(docs["source_id"], docs["source_url"]):
        if str(url).endswith("/" + gold_doc) or str(url) == gold_doc:
            return sid
    return None


def match_projects(gold_projects: list[dict], pred: pd.DataFrame) -> dict[int, str]:
    """Gold project index -> predicted project_id, by folded names and aliases."""
    by_key: dict[str, str] = {}
    for pid, name, aliases in zip(pred["project_id"], pred["name"], pred.get("aliases", [None] * len(pred))):
        by_key.setdefault(name_key(name), pid)
    used: set[str] = set()
    out: dict[int, str] = {}
    for i, g in enumerate(gold_projects):
        for cand in [g["name"], *(g.get("aliases") or [])]:
            pid = by_key.get(name_key(cand))
            if pid and pid not in used:
                out[i] = pid
                used.add(pid)
                break
    return out


def evaluate(gold_dir: Path, extracted: Path, per_document: dict[str, Report] | None = None) -> Report:
    """The scores of every gold document's facts together; `per_document`, when given,
    also gets each document's own report under its source_id."""
    t = _load_tables(extracted)
    report = Report()
    for gold_file in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        sid = _doc_source_id(t["documents"], gold["doc"])
        if sid is None:
            report.misses.append(f"{gold['doc']}: document not in extracted tables")
        else:
            report.documents += 1
        pred = t["projects"][t["projects"]["source_id"] == sid] if sid else t["projects"].iloc[0:0]
        pids = set(pred["project_id"])
        rows = [t[n][t[n]["project_id"].isin(pids)] for n in ("contacts", "funding", "organisations")]
        own = Report()
        score_document(own, gold, pred, *rows)
        report.merge(own)
        if per_document is not None and sid is not None:
            per_document[sid] = own
    return report


def score_rows(report: Report, gold: dict, tables: dict[str, list[dict]]) -> set[str]:
    """Add one document's facts to `report` from its rows as the pipeline made them,
    before any file is written (`process_document`'s tables)."""
    from pipeline.schema import TABLES

    def frame(name: str) -> pd.DataFrame:
        return pd.DataFrame(tables.get(name) or [], columns=TABLES[name].schema.names).astype(object)

    report.documents += 1
    return score_document(report, gold, frame("projects"), frame("contacts"), frame("funding"),
                          frame("organisations"))


def facts_f1(report: Report) -> float:
    """F1 over every fact of every field together."""
    tp, fp, fn = (sum(getattr(s, k) for s in report.scores.values()) for k in ("tp", "fp", "fn"))
    return 2 * tp / (2 * tp + fp + fn) if tp else float(not (fp or fn))


RIGHT_FACTS = 0.9  # the facts F1 at which a document with exactly the gold projects counts as read right


def read_right(report: Report) -> bool:
    """A document is read right when its projects are exactly the gold ones and its facts mostly agree."""
    s = report.scores["projects"]
    return s.fp == s.fn == 0 and facts_f1(report) >= RIGHT_FACTS


def score_document(report: Report, gold: dict, pred: pd.DataFrame, contacts: pd.DataFrame,
                   funding: pd.DataFrame, organisations: pd.DataFrame) -> set[str]:
    """Add one document's facts to `report`: its gold against its rows of each table.
    Returns the project_ids that matched a gold project."""
    where = gold["doc"]
    matched = match_projects(gold["projects"], pred)
    # Facts are keyed by a project label: the gold name for matched projects,
    # the predicted name and id for extra ones, so they can never collide.
    label_of_pid = {pid: gold["projects"][i]["name"] for i, pid in matched.items()}
    for pid, name in zip(pred["project_id"], pred["name"]):
        label_of_pid.setdefault(pid, f"<extra: {name} ({pid})>")
    gset: dict[str, set] = defaultdict(set)
    pset: dict[str, set] = defaultdict(set)
    for g in gold["projects"]:
        lab = g["name"]
        gset["projects"].add(lab)
        for f in ("start_date", "end_date", "owner", "municipality", "status", "category", "budget_eur"):
            if g.get(f) is not None:
                gset[f].add((lab, _fold(g[f])))
        for c in g.get("contacts", []):
            gset["contacts"].add((lab, _fold(c["name"])))
            for key, col in CONTACT_COLUMNS:
                if c.get(col):
                    gset[key].add((lab, _fold(c["name"]), _fold(c[col])))
        for f in g.get("funding", []):
            gset["funding_amounts"].add((lab, f["year"], _fold(float(f["amount_eur"]))))
            gset["funding_funders"].add((lab, _fold(f["funder"]), f["year"], _fold(float(f["amount_eur"]))))
            if f.get("share_pct") is not None:
                gset["funding_shares"].add((lab, _fold(f["funder"]), f["year"], _fold(float(f["share_pct"]))))
        for o in g.get("organisations", []):
            gset["organisations"].add((lab, _fold(o["name"]), o["role"]))
    for _, p in pred.iterrows():
        lab = label_of_pid[p["project_id"]]
        pset["projects"].add(lab)
        for f in ("start_date", "end_date", "owner", "municipality", "status", "category", "budget_eur"):
            v = _fold(p.get(f))
            if v is not None:
                pset[f].add((lab, v))
    for _, c in contacts.iterrows():
        lab = label_of_pid[c["project_id"]]
        pset["contacts"].add((lab, _fold(c["name"])))
        for key, col in CONTACT_COLUMNS:
            if _fold(c.get(col)):
                pset[key].add((lab, _fold(c["name"]), _fold(c[col])))
    for _, f in funding.iterrows():
        lab = label_of_pid[f["project_id"]]
        year = int(f["year"]) if _fold(f["year"]) is not None else None
        pset["funding_amounts"].add((lab, year, _fold(float(f["amount_eur"]))))
        pset["funding_funders"].add((lab, _fold(f["funder"]), year, _fold(float(f["amount_eur"]))))
        if _fold(f["share_pct"]) is not None:
            pset["funding_shares"].add((lab, _fold(f["funder"]), year, _fold(float(f["share_pct"]))))
    for _, o in organisations.iterrows():
        pset["organisations"].add((label_of_pid[o["project_id"]], _fold(o["name"]), o["role"]))
    unannotated = _unannotated(gold)
    for f in FIELDS:
        if f in unannotated or not (gold["projects"] or pset[f]):
            continue  # not judged here: a page without projects judges only what was found on it
        report.add(f, gset[f], pset[f], where)
    return set(matched.values())


def _unannotated(gold: dict) -> set[str]:
    """The fields a gold document does not annotate: a project key none of its projects
    carries, or a contact key none of its contacts carries (an older gold batch has no
    `category` and no contact `organisation` or `email_inferred`). What the gold never
    judged is not scored, neither as found nor as extra."""
    projects = gold["projects"]
    contacts = [c for p in projects for c in p.get("contacts", [])]
    out = {f for f in ("category",) if projects and not any(f in p for p in projects)}
    out |= {key for key, col in CONTACT_COLUMNS if contacts and not any(col in c for c in contacts)}
    return out


def format_report(report: Report) -> str:
    lines = [f"{'field':<18} {'precision':>9} {'recall':>7} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}"]
    for f in FIELDS:
        s = report.scores[f]
        lines.append(f"{f:<18} {s.precision:>9.3f} {s.recall:>7.3f} {s.f1:>6.3f} {s.tp:>4} {s.fp:>4} {s.fn:>4}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m pipeline.evaluate", description=__doc__.split("\n")[0])
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("extracted_dir", type=Path)
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument("--details", action="store_true", help="list every missed and extra fact")
    args = ap.parse_args(argv)
    if not args.gold_dir.is_dir():
        print(f"error: gold folder {args.gold_dir} does not exist", file=sys.stderr)
        return 2
    if not (args.extracted_dir / "projects.parquet").exists():
        print(f"error: no extracted tables in {args.extracted_dir} (projects.parquet is missing)", file=sys.stderr)
        return 2
    report = evaluate(args.gold_dir, args.extracted_dir)
    if report.documents == 0:
        print(f"error: none of the gold documents of {args.gold_dir} is among the documents of {args.extracted_dir} "
              "(a gold file's \"doc\" must end the document's source_url): nothing was scored", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps({f: {"precision": s.precision, "recall": s.recall, "f1": s.f1, "tp": s.tp, "fp": s.fp,
                              "fn": s.fn} for f, s in report.scores.items()}, indent=2))
    else:
        if args.details:
            print("\n".join(report.misses))
        print(format_report(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
