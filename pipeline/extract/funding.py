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
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Sequence

from pipeline.extract.money import Money, find_amounts, money_rules, parse_amount
from pipeline.labels import COLUMNS, is_totals_label, labels_for
from pipeline.records import Funding

__all__ = [
    "FundingTable",
    "funding_from_table",
    "funding_from_text",
    "budget_from_text",
]

log = logging.getLogger("pipeline.extract.funding")

_WS = re.compile(r"[\s\u00a0\u202f\u2007\u2009]+")
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


# -- rules ---------------------------------------------------------------------------


def _norm(text: str | None) -> str:
    """Lower-case one-line form of a label or header, without a trailing colon."""
    return _WS.sub(" ", text or "").strip().rstrip(":").strip().lower()


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(_norm(str(w)) for w in money_rules()[key])


def _is_funder_label(label: str) -> bool:
    return label in labels_for("funder", "funder_or_grant")


def _is_budget_label(label: str) -> bool:
    """A stated budget, or a stated total of funding (the contract's budget_eur is either)."""
    return label in labels_for("budget", "funding_total")


@cache
def _regex(key: str) -> re.Pattern[str]:
    parts = money_rules()[key]["regex"]
    return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)


@cache
def _alternation(key: str) -> str:
    words = sorted({str(w) for w in money_rules()[key]}, key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


@cache
def _verb_re(key: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{_alternation(key)})(?![\w-])", re.IGNORECASE)


@cache
def _max_re() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_alternation('maximum_words')})(?!\w)", re.IGNORECASE)


# -- tables ----------------------------------------------------------------------------


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


# -- prose -------------------------------------------------------------------------------

_TOKEN = re.compile(r"\S+")
_BOUNDARY = re.compile(
    r"[,;()\[\]–—]|:(?=\s|$)|\b(?:jota|joka|jonka|joita|joiden|jolle|jolta|että|kun|mutta|koska|som|which|that)\b",
    re.IGNORECASE,
)
_AUX = {"on", "ovat", "oli", "olivat", "ollut", "olleet", "myös", "jo", "nyt", "har", "hade", "has", "have", "had",
        "also", "toimii", "toimivat", "toimi", "is", "are", "was", "were", "även", "också", "edelleen", "vielä"}
_ORG_SUFFIX = {"ry", "rf", "oy", "oyj", "ab", "r.y.", "ky", "tmi", "ltd", "inc", "säätiö", "sr", "rs"}
_YEAR_FOR = re.compile(
    r"\b(?:vuodelle|vuodeksi|vuoden|för\s+år|för|for\s+the\s+year|for|in)\s+((?:19|20)\d\d)\b(?!\s*[-–])",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'»”]?[A-ZÅÄÖ])")
_ABBREV_END = re.compile(r"\b(?:milj|n|noin|esim|mm|ml|ns|ks|vrt|yht|klo|puh|p|tel|tfn|ca|t|k|s|v|nro|no|jne|mrd|tms|ym|eli)\.$",
                         re.IGNORECASE)
_ABLATIVE = re.compile(r"^(?P<stem>\S+?)(?::?lta|:?ltä)$")
_LABEL_LINE = re.compile(r"^(?P<label>[^:]{1,80}?)\s*:(?:\s+(?P<value>.*))?$")


def _clean_token(tok: str) -> str:
    return tok.strip(",.;:!?\"'»”“()[]")


def _is_name_token(tok: str) -> bool:
    """A token that can be (part of) an organisation's name."""
    t = _clean_token(tok)
    if not t or t.lower() in _words("non_funder_words") or any(ch.isdigit() for ch in t[:1]):
        return False
    if t[0].isupper() or t.isupper():
        return True
    low = t.lower()
    return low in _ORG_SUFFIX or any(stem in low for stem in _words("organisation_stems") if len(stem) > 3)


def _np_left(tokens: list[str]) -> str | None:
    """The organisation name that ends the token list ("… jota Valtiovarainministeriö")."""
    toks = [t for t in tokens if _clean_token(t)]
    while toks and _clean_token(toks[-1]).lower() in _AUX:
        toks.pop()
    if not toks:
        return None
    last = _clean_token(toks[-1])
    if not _is_name_token(toks[-1]):
        return None
    take = [toks[-1]]
    suffix = last.lower() in _ORG_SUFFIX
    i = len(toks) - 2
    while i >= 0 and len(take) < 8:
        t = toks[i]
        ct = _clean_token(t)
        if ct.lower() in ("ja", "och", "and") and i > 0 and toks[i - 1].endswith("-"):
            take.insert(0, t)
            i -= 1
            continue
        if t.endswith("-") or _is_name_token(t):
            if ct.lower() in _words("non_funder_words"):
                break
            take.insert(0, t)
            i -= 1
            continue
        if suffix and ct and ct[0].islower() and len(take) < 4:
            take.insert(0, t)
            i -= 1
            continue
        break
    while take and not (_clean_token(take[0])[:1].isupper() or _is_name_token(take[0]) or take[0].endswith("-")):
        take.pop(0)
    name = " ".join(take).strip(",.;:!?\"'»”“[]")
    if not name or name.lower() in _words("non_funder_words"):
        return None
    if suffix and len(take) == 1:
        return None
    return name


def _np_right(tokens: list[str]) -> str | None:
    """The organisation name that opens the token list ("rahoittaa Euroopan sosiaalirahasto …")."""
    toks = list(tokens)
    while toks and (_clean_token(toks[0]).lower() in _AUX or _clean_token(toks[0]).lower() in _words("non_funder_words")):
        toks.pop(0)
    take: list[str] = []
    for i, t in enumerate(toks):
        ct = _clean_token(t)
        if not ct:
            break
        if ct.lower() in ("ja", "och", "and") and take and take[-1].endswith("-"):
            take.append(t)
            continue
        if _is_name_token(t) or (take and ct.lower() in _ORG_SUFFIX):
            take.append(t)
            if t.endswith((",", ".", ";", ":")) and not t.endswith(("-",)):
                break
            continue
        break
    name = " ".join(take).strip(",.;:!?\"'»”“[]")
    return name or None


def _clause_before(text: str, end: int) -> str:
    """The text from the last clause boundary before `end` up to `end`."""
    seg = text[:end]
    last = 0
    for m in _BOUNDARY.finditer(seg):
        last = m.end()
    return seg[last:]


def _funder_by_verb(text: str) -> str | None:
    for m in _verb_re("funding_verbs").finditer(text):
        before = _clause_before(text, m.start())
        name = _np_left(_TOKEN.findall(before))
        if name:
            return name
        after = re.split(r"[,;:.()]", text[m.end():], maxsplit=1)[0]
        name = _np_right(_TOKEN.findall(after))
        if name:
            return name
    return None


def _funder_by_intro(text: str) -> str | None:
    for m in _regex("funder_intros").finditer(text):
        name = _np_right(_TOKEN.findall(text[m.end():]))
        if name:
            return name
    return None


def _genitive_org(token: str) -> bool:
    """A genitive that can name an organisation: "ESR:n", "ELY-keskuksen", "Traficomin".

    The head of a hyphen compound decides ("ICT-osaamisen" is no organisation).
    """
    t = _clean_token(token)
    if re.match(r"^[A-ZÅÄÖ0-9-]{2,}:n$", t):
        return True
    head = t.rsplit("-", 1)[-1]
    low = head.lower()
    if any(stem in low for stem in _words("organisation_stems") if len(stem) > 3):
        return True
    return head[:1].isupper() and low not in _words("non_funder_words")


def _funder_by_genitive(text: str) -> str | None:
    nouns = "|".join(f"(?:{p})" for p in money_rules()["genitive_funder_nouns"]["regex"])
    for m in re.finditer(rf"(?<!\S)(\S+?(?::n|n))\s+(?:{nouns})\b", text, re.IGNORECASE):
        if not _genitive_org(m.group(1)):
            continue
        before = _clause_before(text, m.end(1))
        name = _np_left(_TOKEN.findall(before))
        if name and name.lower().rstrip(":n") not in _words("non_funder_words"):
            if _clean_token(name.split()[-1]).lower() in _words("non_funder_words"):
                continue
            return name
    return None


def _funder_by_ablative(text: str) -> str | None:
    toks = _TOKEN.findall(text)
    for i, t in enumerate(toks):
        ct = _clean_token(t)
        if _ABLATIVE.match(ct) and (ct[:1].isupper() or _is_name_token(ct)):
            name = _np_left(toks[: i + 1])
            if name:
                return name
    m = re.search(r"\b(?:från|from)\s+(.*)", text, re.IGNORECASE)
    if m:
        return _np_right(_TOKEN.findall(m.group(1)))
    return None


def _funder_by_lead(text: str) -> str | None:
    """ "Opetushallitus, valtionavustus 68 850 €" / "ESR 50 000 €": a name opening a short value."""
    m = re.match(r"^\s*([^,:;]{2,80}?)\s*(?:,|\s(?=\d|€))", text)
    if not m:
        return None
    lead = m.group(1)
    toks = _TOKEN.findall(lead)
    if not toks or len(toks) > 6 or _verb_re("funding_verbs").search(lead) or _verb_re("receiving_verbs").search(lead):
        return None
    if not all(_is_name_token(t) or t.endswith("-") or _clean_token(t).lower() in ("ja", "och", "and") for t in toks):
        return None
    name = _np_left(toks)
    return name if name == " ".join(toks).strip(",.;:") else None


def _funder_in(text: str) -> str | None:
    """The funder a clause names, by the strongest signal it has."""
    if _verb_re("receiving_verbs").search(text):
        found = _funder_by_ablative(text) or _funder_by_genitive(text) or _funder_by_intro(text)
        if found:
            return found
    return (
        _funder_by_intro(text)
        or _funder_by_verb(text)
        or _funder_by_genitive(text)
        or _funder_by_lead(text)
        or (_funder_by_ablative(text) if _regex("funding_cues").search(text) else None)
    )


def _sentences(text: str) -> list[str]:
    """Split prose into sentences without breaking "milj. €" or "n. 500"."""
    parts: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        piece = text[start:m.start()]
        if _ABBREV_END.search(piece):
            continue
        parts.append(piece.strip())
        start = m.end()
    parts.append(text[start:].strip())
    return [p for p in parts if p]


@dataclass
class _Unit:
    """A sentence or a structured line of the input, with what decides its rows."""

    text: str
    kind: str  # prose | heading | item | label
    label: str = ""
    value: str = ""


def _units(text: str) -> list[_Unit | None]:
    """Cut the text into structured lines ("X:", "X: 50 000 €") and prose sentences.

    PDF text wraps sentences over lines, so plain lines are joined before
    splitting into sentences; a blank line (None) ends the context.
    """
    lines = [ln.strip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    out: list[_Unit | None] = []
    prose: list[str] = []

    def flush() -> None:
        if prose:
            for s in _sentences(" ".join(prose)):
                out.append(_Unit(s, "prose"))
            prose.clear()

    for ln in lines:
        if not ln:
            flush()
            out.append(None)
            continue
        m = _LABEL_LINE.match(ln)
        label = m.group("label").strip() if m else ""
        value = (m.group("value") or "").strip() if m else ""
        short_label = bool(m) and len(label.split()) <= 8 and not re.search(r"\d\s*$", label)
        if prose and ln[:1].isupper() and len(prose[-1].split()) <= 6 and not prose[-1].endswith((",", "-")):
            flush()  # a short line before a capitalised one is a heading or a label, not wrapped prose
        if m and short_label and not value:
            flush()
            out.append(_Unit(ln, "heading", label=label))
        elif m and short_label and (find_amounts(value) or _is_funder_label(_norm(label))
                                    or _is_budget_label(_norm(label))):
            flush()
            out.append(_Unit(ln, "label", label=label, value=value))
        else:
            prose.append(ln)
    flush()
    return out


def _excluded(text: str) -> bool:
    return bool(_regex("exclusion_cues").search(text))


def _single_org(value: str) -> bool:
    """True when a funder value names one organisation (not "X, Y" or "X ja Y")."""
    v = value.strip()
    if "," in v or ";" in v or "/" in v:
        return False
    return not re.search(r"(?<!-)\s(?:ja|och|and)\s", v)


# "195 926 euroa (70 %)": a share written right after an amount belongs to it.
_SHARE_AFTER = re.compile(r"^\s*\(\s*(\d{1,3}(?:[,.]\d+)?)\s*(?:%|prosenttia|procent|percent)\s*\)")


def _share_after(text: str, end: int) -> tuple[float | None, int]:
    """The share in brackets after an amount ending at `end`, and where it ends."""
    m = _SHARE_AFTER.match(text[end:])
    if not m:
        return None, end
    value = float(m.group(1).replace(",", "."))
    return (value if 0 < value <= 100 else None), end + m.end()


def _rows_for_amounts(text: str, amounts: list[Money], context_funder: str | None,
                      sentence_funder: str | None) -> list[tuple[str | None, Funding]]:
    rows: list[tuple[str | None, Funding]] = []
    prev_end = 0
    for mo in amounts:
        left = text[prev_end:mo.start]
        share, prev_end = _share_after(text, mo.end)
        if _regex("budget_cues").search(left):
            continue
        # the clause before the amount, with the amount, so "X 36 000 euro" reads as X's
        left = left.strip(" ;,\n")  # "X 120 000 €; Y 125 000 €": the list's separator is not part of Y
        clause = f"{left} {text[mo.start:mo.end]}" if left else ""
        funder = (_funder_in(clause) if clause else None) or sentence_funder or context_funder
        rows.append((funder, Funding(funder=funder or "", amount_eur=mo.amount, is_maximum=mo.is_maximum,
                                     share_pct=share)))
    return rows


def _year_of(text: str) -> int | None:
    years = {int(m.group(1)) for m in _YEAR_FOR.finditer(text)}
    return years.pop() if len(years) == 1 else None


_BRACKETED_GRANT = re.compile(r"\s*\(\s*((?:valtion)?(?:avustus|tuki|rahoitus|grant)\b[^()]*\d[^()]*)\)", re.I)


def funding_from_text(text: str) -> list[tuple[str | None, Funding]]:
    """Funding stated in a sentence, a paragraph or a field value.

    Returns (funder phrase as written or None, Funding with `funder` set to the
    same phrase or ""). Reads "X rahoittaa … N eurolla", "X on myöntänyt …",
    "X:n rahoittama", "rahoittajana X", "X, valtionavustus N €", a "Funder:"
    line followed by "item: amount" lines, and a funder named in the sentence
    before a bare "Myönnetty tuki on N euroa". "vuodelle 2020" sets the year.
    Amounts applied for, wished for, reserved in a budget, bridge financing,
    loans, guarantees, totals of a meeting or call and cost ranges give nothing.
    """
    if not text or not text.strip():
        return []
    # "Opetushallitus (avustus 180 000 €)": the grant in brackets after its funder
    text = _BRACKETED_GRANT.sub(r", \1", text)
    rows: list[tuple[str | None, Funding]] = []
    carry: str | None = None  # funder named just before, without an amount
    carry_left = 0
    heading: str | None = None  # "Valtiovarainministeriö:" over item lines
    items_are_funders = False
    last_rows: list[Funding] = []
    for unit in _units(text):
        if unit is None:
            carry, heading, items_are_funders, carry_left = None, None, False, 0
            continue
        if unit.kind == "heading":
            lab = _norm(unit.label)
            if _is_funder_label(lab):
                heading, items_are_funders = None, True
            elif _np_left(_TOKEN.findall(unit.label)) == unit.label.strip():
                heading, items_are_funders = unit.label.strip(), False
            else:
                heading, items_are_funders = None, False
            continue
        body = unit.value if unit.kind == "label" else unit.text
        if _excluded(unit.text):
            carry, carry_left, last_rows = None, 0, []
            continue
        year = _year_of(unit.text)
        amounts = [m for m in find_amounts(body) if not m.is_range]
        if not amounts:
            if year is not None and last_rows:
                for f in last_rows:
                    if f.year is None:
                        f.year = year
            last_rows = []
            if unit.kind == "label" and _is_funder_label(_norm(unit.label)):
                value = unit.value.strip()
                carry = value if value and _single_org(value) else None
                carry_left = 3
            elif _regex("funding_cues").search(unit.text):
                found = _funder_in(unit.text)
                if found:
                    carry, carry_left = found, 2
            else:
                carry_left -= 1
                if carry_left <= 0:
                    carry = None
            continue
        new: list[tuple[str | None, Funding]] = []
        if unit.kind == "label":
            lab = _norm(unit.label)
            if _regex("budget_cues").search(lab) or (_is_budget_label(lab) and not (
                    carry and _regex("funding_cues").search(lab))):
                last_rows = []
                continue  # a budget; a stated total funding counts only for the one funder named
            if _is_funder_label(lab):
                funder = _funder_in(body) or _funder_by_lead(body)
                new = _rows_for_amounts(body, amounts, None, funder)
            else:
                label_org = _np_left(_TOKEN.findall(unit.label)) == unit.label.strip() and (
                    items_are_funders or not heading)
                if heading and not items_are_funders:
                    funder = heading
                elif label_org or items_are_funders:
                    funder = unit.label.strip()
                elif _regex("funding_cues").search(unit.label) or carry:
                    funder = carry
                else:
                    last_rows = []
                    continue
                if funder and funder == unit.label.strip():
                    funder = _split_share(funder)[0]
                new = [(funder, Funding(funder=funder or "", amount_eur=m.amount, is_maximum=m.is_maximum,
                                        share_pct=_share_after(body, m.end)[0]))
                       for m in amounts]
        else:
            sentence_funder = _funder_in(body)
            context = carry if carry_left > 0 else None
            has_cue = bool(_regex("funding_cues").search(body))
            if not (sentence_funder or context or has_cue):
                last_rows = []
                continue
            new = _rows_for_amounts(body, amounts, context, sentence_funder)
        for _, f in new:
            f.year = year
        rows.extend(new)
        last_rows = [f for _, f in new]
        carry_left -= 1
    return _dedupe(rows)


def _dedupe(rows: list[tuple[str | None, Funding]]) -> list[tuple[str | None, Funding]]:
    """Drop repeats of one grant (a headline and its article; a funder-less copy of a named row)."""
    named = {(round(f.amount_eur, 2)) for p, f in rows if p}
    with_year = {(p, round(f.amount_eur, 2)) for p, f in rows if f.year is not None}
    out: list[tuple[str | None, Funding]] = []
    seen: set[tuple[str | None, float, int | None, bool]] = set()
    for phrase, f in rows:
        amount = round(f.amount_eur, 2)
        if phrase is None and amount in named:
            continue
        if f.year is None and (phrase, amount) in with_year:
            continue
        key = (phrase, amount, f.year, f.is_maximum)
        if key in seen:
            continue
        seen.add(key)
        out.append((phrase, f))
    return out


# -- budget ---------------------------------------------------------------------------------


def _single_amount(text: str) -> float | None:
    """The one euro amount of a value, or None when there is none, a range, or several."""
    value = parse_amount(text)
    if value is not None:
        return value
    found = find_amounts(text)
    if not found or any(m.is_range for m in found):
        return None
    distinct = {m.amount for m in found}
    return found[0].amount if len(distinct) == 1 else None


def budget_from_text(label: str | None, text: str) -> float | None:
    """An explicitly stated total budget: a budget-labelled field value or a budget phrase in prose.

    "Hankkeen budjetti: 21 147,45 euroa", "Totalbudget: Cirka 1,5 miljoner euro",
    "Hankkeen kokonaisbudjetti on 1,2 milj. €". A single grant is not a budget, and
    a cost range ("200 – 4 000 euroa") gives None. "Julkinen rahoitus yhteensä"
    counts as a stated total funding (the contract's budget_eur is "total
    budget or total funding"); callers that also see a budget label prefer it.
    """
    if not text:
        return None
    if label is not None and _norm(label):
        lab = _norm(label)
        if _is_budget_label(lab):
            return _single_amount(text)
        if not _regex("budget_phrases").search(lab):
            return None
        if re.search(r"\b(toimenpiteen|toimenpide|osion|työpaketin)\b", lab):
            return None
        return _single_amount(text)
    for sentence in _sentences(" ".join(text.split())):
        m = _regex("budget_phrases").search(sentence)
        if not m or _excluded(sentence):
            continue
        after = [mo for mo in find_amounts(sentence) if mo.start >= m.end() and mo.start - m.end() <= 80]
        if after and not after[0].is_range:
            return after[0].amount
    return None
