"""Funding rows and budgets: from funding tables, from prose, from labelled totals.

Three shapes of funding table are read, decided by headers and cell content
only: funder-by-year ("Rahoitus | 2015 | 2016 | Yht."), funder | amount | share
("Rahoittaja | € | Osuus"), and funder | amount. A totals row is never a funder:
its grand total becomes `FundingTable.total` (the project's budget). Tables that
list projects, label/value tables and tables without money are not funding
tables. Cue words (exclusions such as "haettu", "väliaikaisrahoitus", "laina";
funding verbs) are data in `pipeline/data/money.yaml`; labels and table headers are
the registry's (`pipeline/labels.py`).

Funder names are returned as the source writes them (a prose funder may be
inflected: "ELY-keskukselta"); turning them into the nominative is the caller's
job.

The modules:

- `rules`: money.yaml's cue words compiled once, and the funder and budget labels.
- `tables`: funding tables (`FundingTable`, `funding_from_table`).
- `funders`: the funder a clause of prose names.
- `prose`: funding stated in prose, field values and lines (`funding_from_text`).
- `budget`: an explicitly stated total budget (`budget_from_text`), or one written over
  its parts (`total_and_parts`).
"""
from pipeline.extract.funding.budget import budget_from_text, total_and_parts
from pipeline.extract.funding.prose import funding_from_text
from pipeline.extract.funding.tables import FundingTable, funding_from_table

__all__ = [
    "FundingTable",
    "budget_from_text",
    "total_and_parts",
    "funding_from_table",
    "funding_from_text",
]
