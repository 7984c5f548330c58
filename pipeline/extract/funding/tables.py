"""Funding tables: funder rows, the grand total, and check warnings.

Three shapes of funding table are read, decided by headers and cell content
only: funder-by-year ("Rahoitus | 2015 | 2016 | Yht."), funder | amount | share
("Rahoittaja | € | Osuus"), and funder | amount. A totals row is never a funder:
its grand total becomes `FundingTable.total` (the project's budget). Tables that
list projects, label/value tables and tables without money are not funding
tables. Table headers are the label registry's (`pipeline/labels.py`).
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Sequence

from pipeline.extract.funding.rules import _WS, _max_re, _norm, _regex
from pipeline.extract.money import find_amounts, parse_amount
from pipeline.labels import COLUMNS, is_totals_label, labels_for
from pipeline.records import Funding

log = logging.getLogger("pipeline.extract.funding")  # the package's name, as before the split: tests listen to it


_YEAR = re.compile(r"^(?:v\.?|vuosi|vuonna|år|year)?\s*((?:19|20)\d\d)\s*\*?$", re.IGNORECASE)
_SHARE_IN_LABEL = re.compile(r"^(?P<name>.*?)[\s,:]*\(?\s*(?P<pct>\d{1,3}(?:[.,]\d+)?)\s*%\s*\)?\s*$")
_PERCENT = re.compile(r"^\s*(?P<pct>\d{1,3}(?:[.,]\d+)?)\s*%\s*$")
_SUM_TOLERANCE = 0.005


@dataclass
class FundingTable:
    """A recognised funding table: its funder rows, its grand total, and check warnings."""

    rows: list[Funding]
    total: float | None = None
    warnings: list[str] = field(default_factory=list)


def _cell(value: object) -> str:
    return "" if value is None else str(value)


def _one_line(text: str) -> str:
    return _WS.sub(" ", text).strip()


def _header_text(cell: str) -> str:
    """A header cell's own text: its last non-empty line.

    A flattened rich-text cell can carry the paragraphs above the table in its
    first cell ("...Toimenpiteet ... Rahoitus"); only the last line is the header.
    """
    lines = [ln for ln in cell.splitlines() if ln.strip()]
    return _norm(lines[-1]) if lines else ""


def _has_word(header: str, words: frozenset[str]) -> bool:
    """The header equals one of the words or has one as a separate token."""
    if header in words:
        return True
    toks = re.findall(r"[\w.%€-]+|%|€", header)
    return any(t in words or t.strip(".") in words for t in toks)


def _column_kind(header: str, has_years: bool, first: bool = False) -> str:
    """Classify a header cell: year | total | share | amount | funder | cost | project | other.

    A budget column is the cost lines when it comes `first`, their amounts otherwise.
    """
    h = _norm(header)
    if not h:
        return "other"
    if _YEAR.match(h):
        return "year"
    if h in labels_for("name", "item", group=COLUMNS):
        return "project"
    if _regex("applied_headers").search(h):
        return "applied"
    amount = labels_for("amount", group=COLUMNS)
    if is_totals_label(h) and (has_years or h not in amount):
        return "total"
    if h in labels_for("share", group=COLUMNS) or h.startswith(("osuus", "andel", "share")) or h.endswith("%"):
        return "share"
    funder, cost = labels_for("funder", group=COLUMNS), labels_for("cost", group=COLUMNS)
    if h in funder:
        return "funder"
    if h in cost or first and h in labels_for("budget", group=COLUMNS):
        return "cost"
    if _has_word(h, labels_for("amount", "budget", group=COLUMNS)):
        return "amount"
    word = h.split()[0]
    if word in funder:
        return "funder"
    if word in cost:
        return "cost"
    return "other"


def _split_share(label: str) -> tuple[str, float | None]:
    """ "ESR 70%" -> ("ESR", 70.0); a label without a percentage is returned as is."""
    m = _SHARE_IN_LABEL.match(label)
    if m and m.group("name").strip():
        return m.group("name").strip(" ,:-(").strip(), float(m.group("pct").replace(",", "."))
    return label, None


def _share(cell: str) -> float | None:
    m = _PERCENT.match(_one_line(cell))
    return float(m.group("pct").replace(",", ".")) if m else None


def _is_max(cell: str) -> bool:
    return bool(_max_re().search(cell))


def _transpose_if_years_down(rows: list[list[str]]) -> list[list[str]]:
    """Turn a years-down table ("Vuosi | ESR | Kunta") into the funder-by-year shape."""
    body = rows[1:]
    header_years = sum(1 for c in rows[0] if _YEAR.match(_norm(c)))
    first_col_years = sum(1 for r in body if r and _YEAR.match(_norm(r[0])))
    if header_years == 0 and first_col_years >= 2:
        width = max(len(r) for r in rows)
        padded = [r + [""] * (width - len(r)) for r in rows]
        out = [list(col) for col in zip(*padded)]
        out[0][0] = "rahoitus" if any(_column_kind(c, True) != "other" for c in rows[0][1:]) else ""
        return out
    return rows


def _warn(warnings: list[str], message: str) -> None:
    warnings.append(message)
    log.warning(message)


def funding_from_table(rows: Sequence[Sequence[str]]) -> FundingTable | None:
    """Read a funding table (funder-by-year, funder|amount|share, funder|amount), or None.

    Repeated header rows (a table continued over a page break) are skipped,
    totals rows give `total`, empty and "–" cells give no row. Sums that do not
    match the stated totals add a warning but the cells are kept as written.
    """
    table = [[_cell(c) for c in r] for r in rows if r is not None]
    table = [r for r in table if any(c.strip() for c in r)]
    if len(table) < 2:
        return None
    table = _transpose_if_years_down(table)
    header = table[0]
    has_years = any(_YEAR.match(_header_text(c)) for c in header)
    kinds = [_column_kind(_header_text(c) if i == 0 else c, has_years, i == 0) for i, c in enumerate(header)]
    if "project" in kinds:
        return None
    if has_years:
        return _year_table(table, kinds)
    if "applied" in kinds:
        return None
    if "amount" in kinds and ("funder" in kinds or kinds[0] == "cost"):
        return _amount_table(table, kinds)
    return _headerless_table(table)


def _is_header_repeat(row: list[str], header: list[str]) -> bool:
    return [_norm(c) for c in row] == [_norm(c) for c in header] or (
        bool(_norm(row[0])) and _norm(row[0]) == _header_text(header[0]) and all(
            _norm(a) == _norm(b) for a, b in zip(row[1:], header[1:])
        )
    )


def _year_table(table: list[list[str]], kinds: list[str]) -> FundingTable | None:
    """Funder-by-year table: one row per funder and year, the totals column as year None."""
    header = table[0]
    label_kind = kinds[0]
    if label_kind not in ("funder", "cost", "other"):
        return None
    years = {i: int(_YEAR.match(_norm(header[i])).group(1)) for i, k in enumerate(kinds) if k == "year"}
    total_cols = [i for i, k in enumerate(kinds) if k == "total" and i > 0]
    share_cols = [i for i, k in enumerate(kinds) if k == "share" and i > 0]
    total_col = total_cols[-1] if total_cols else None
    out: list[Funding] = []
    warnings: list[str] = []
    totals_row: dict[int | None, float] = {}
    per_funder: list[tuple[str, dict[int | None, float]]] = []
    any_share = False
    for row in table[1:]:
        row = row + [""] * (len(header) - len(row))
        if _is_header_repeat(row, header):
            continue
        label = _one_line(row[0])
        if not label:
            continue
        values: dict[int | None, float] = {}
        maxima: dict[int | None, bool] = {}
        for i, year in years.items():
            amount = parse_amount(row[i])
            if amount is not None:
                values[year] = amount
                maxima[year] = _is_max(row[i])
        if total_col is not None:
            amount = parse_amount(row[total_col])
            if amount is not None:
                values[None] = amount
                maxima[None] = _is_max(row[total_col])
        if is_totals_label(label):
            totals_row = values
            continue
        if label_kind == "cost":
            continue  # a cost line is no funder; only the totals row matters
        name, share = _split_share(label)
        if share is None:
            for i in share_cols:
                share = _share(row[i])
                if share is not None:
                    break
        any_share = any_share or share is not None
        if not values:
            continue
        per_funder.append((name, values))
        for year in ([None] if None in values else []) + [y for y in values if y is not None]:
            out.append(Funding(funder=name, amount_eur=values[year], year=year, share_pct=share, is_maximum=maxima[year]))
    if label_kind == "other" and not any_share:
        return None  # an unlabelled year table is funding only when its rows carry shares
    total = totals_row.get(None)
    if total is None and totals_row and not set(years.values()) - totals_row.keys() and total_col is None:
        total = round(sum(v for k, v in totals_row.items() if k is not None), 2)
    if not out and total is None:
        return None
    for name, values in per_funder:
        year_values = [v for k, v in values.items() if k is not None]
        if None in values and year_values and abs(sum(year_values) - values[None]) > _SUM_TOLERANCE:
            _warn(warnings, f"funding table: years of {name!r} sum to {sum(year_values):.2f}, "
                            f"the totals column says {values[None]:.2f}")
    if totals_row and label_kind != "cost":
        for key, stated in totals_row.items():
            parts = [vals[key] for _, vals in per_funder if key in vals]
            if parts and abs(sum(parts) - stated) > _SUM_TOLERANCE:
                col = "total" if key is None else str(key)
                _warn(warnings, f"funding table: funders of column {col} sum to {sum(parts):.2f}, "
                                f"the totals row says {stated:.2f}")
    return FundingTable(rows=out, total=total, warnings=warnings)


def _amount_table(table: list[list[str]], kinds: list[str]) -> FundingTable | None:
    """Funder | amount [| share] table."""
    header = table[0]
    funder_cols = [i for i, k in enumerate(kinds) if k == "funder"]
    amount_cols = [i for i, k in enumerate(kinds) if k == "amount"]
    share_cols = [i for i, k in enumerate(kinds) if k == "share"]
    cost = not funder_cols and kinds[0] == "cost"
    if not funder_cols and not cost:
        return None
    label_col = funder_cols[0] if funder_cols else 0
    amount_col = next((i for i in amount_cols if i != label_col), None)
    if amount_col is None:
        return None
    out: list[Funding] = []
    warnings: list[str] = []
    total: float | None = None
    for row in table[1:]:
        row = row + [""] * (len(header) - len(row))
        if _is_header_repeat(row, header):
            continue
        label = _one_line(row[label_col])
        amount = parse_amount(row[amount_col])
        if not label:
            continue
        if is_totals_label(label):
            if amount is not None:
                total = amount
            continue
        if amount is None or cost:
            continue
        name, share = _split_share(label)
        for i in share_cols:
            share = _share(row[i]) if _share(row[i]) is not None else share
        out.append(Funding(funder=name, amount_eur=amount, share_pct=share, is_maximum=_is_max(row[amount_col])))
    if not out and total is None:
        return None
    if total is not None and out and abs(sum(f.amount_eur for f in out) - total) > _SUM_TOLERANCE:
        _warn(warnings, f"funding table: funders sum to {sum(f.amount_eur for f in out):.2f}, "
                        f"the totals row says {total:.2f}")
    return FundingTable(rows=out, total=total, warnings=warnings)


def _headerless_table(table: list[list[str]]) -> FundingTable | None:
    """A two-column funder | "N €" table without headers, with a totals row.

    Every value must be marked as euros and one row must be a total; a plain
    label/value table never qualifies.
    """
    if any(len([c for c in r if c.strip()]) != 2 for r in table) or not any(is_totals_label(r[0]) for r in table):
        return None
    rows: list[Funding] = []
    total = None
    for r in table:
        cells = [c for c in r if c.strip()]
        label, value = _one_line(cells[0]), cells[1]
        if not find_amounts(value):
            return None
        amount = parse_amount(value)
        if amount is None:
            return None
        if is_totals_label(label):
            total = amount
            continue
        name, share = _split_share(label)
        rows.append(Funding(funder=name, amount_eur=amount, share_pct=share, is_maximum=_is_max(value)))
    return FundingTable(rows=rows, total=total, warnings=[])
