"""Project periods: read date ranges from field values, headings and prose.

Sources write periods in many ways ("1.2.2020-31.1.2022", "21.2.–30.7.2014",
"2020-2022", "3/2019–11/2020", "tammikuusta 2020 joulukuuhun 2021", "31.08.2019
saakka", "May 2019 – April 2021"). A small grammar of date atoms joined by
connectors reads all of them the same way, so every extractor gets one answer with
the precision the source gave (CONVENTIONS section 3). Words are data: month names,
seasons and cue words live in `pipeline/data/dates.yaml`, the labels of a period
and its ends in the label registry (`pipeline/labels.py`).

Public API:
    parse_period(text, label=None)  a string that IS a period value
    period_label_kind(label)        'period' | 'start' | 'end' | None for a field label
    find_period(text)               the project period in free prose, or None
    split_trailing_period(title)    ("name", period) for a heading with a trailing range
"""
from __future__ import annotations

import calendar
import logging
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from typing import Any

from pipeline.data import load_yaml
from pipeline.labels import field_by_ending, field_of, labels_for
from pipeline.parse.blocks import one_line
from pipeline.records import Period

log = logging.getLogger("pipeline.language.periods")

_DASHES = "-–—‑‒―−"
_YEAR = r"(?:19|20)\d{2}"
_PRECISION = {"dayonly": "day", "day": "day", "month": "month", "season": "month", "stem": "month", "year": "year"}


# --------------------------------------------------------------------------- vocabulary


@cache
def _vocab() -> dict[str, Any]:
    return load_yaml("dates.yaml")


def _alt(words: list[str]) -> str:
    """A regex alternation of literal words, longest first so prefixes do not win."""
    uniq = sorted({w.lower() for w in words if w}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in uniq)


@dataclass(frozen=True)
class _Grammar:
    atom: re.Pattern[str]
    connector: re.Pattern[str]
    weak: frozenset[str]
    start_before: re.Pattern[str]
    end_before: re.Pattern[str]
    range_before: re.Pattern[str]
    start_after: re.Pattern[str]
    end_after: re.Pattern[str]
    month_words: tuple[tuple[str, int], ...]  # (lower-case prefix or word, month), longest first
    fi_stems: tuple[tuple[str, int], ...]
    seasons: dict[str, tuple[int, int, str]]  # word -> (first month, last month, role)
    exclude_before: tuple[str, ...]
    exclude_around: tuple[str, ...]
    name_exclude: tuple[str, ...]
    year_unit_after: tuple[str, ...]
    name_after: tuple[str, ...]
    project_words: tuple[str, ...]


@cache
def _grammar() -> _Grammar:
    """Compile the atom grammar once from the YAML vocabulary."""
    v = _vocab()
    months = v["months"]
    fi = {int(k): s for k, s in months["fi"].items()}
    full: dict[str, int] = {}
    for lang in ("sv", "en"):
        for k, names in months[lang].items():
            for n in names:
                full[n.lower()] = int(k)
    abbr = {a.lower(): int(k) for k, names in months["abbreviations"].items() for a in names}

    fi_word = r"(?:" + _alt(list(fi.values())) + r")kuu[a-zåäö]*"
    month_full = r"(?<![\w])(?:" + fi_word + r"|(?:" + _alt(list(full)) + r")(?![\w]))"
    month_abbr = r"(?<![\w])(?:" + _alt(list(abbr)) + r")(?:\.|(?![\w]))"
    month_any = r"(?:" + month_full + r"|" + month_abbr + r")"

    seasons: dict[str, tuple[int, int, str]] = {}
    for s in v["seasons"]:
        m1, m2 = s["months"]
        for role, key in (("", "words"), ("from", "from"), ("to", "to")):
            for w in s.get(key, []):
                seasons[w.lower()] = (int(m1), int(m2), role)

    atom = re.compile(
        r"""
        (?P<iso>(?<![\w.])(?P<iso_y>""" + _YEAR + r""")-(?P<iso_m>\d{1,2})-(?P<iso_d>\d{1,2})(?![0-9A-SU-Za-su-zåäöÅÄÖ_]))
        | (?P<dmy>(?<![\w.])(?:den\s)?(?P<dmy_d>\d{1,2})\.\s?(?P<dmy_m>\d{1,2})\.\s?(?P<dmy_y>""" + _YEAR + r""")(?![\d]))
        | (?P<d>(?<![\w.])(?P<d_d>\d{1,2})\.(?=\s?[""" + _DASHES + r"""]\s?\d{1,2}\.\d{1,2}\.))
        | (?P<dm>(?<![\w.])(?P<dm_d>\d{1,2})\.(?P<dm_m>\d{1,2})\.(?![\d]))
        | (?P<my>(?<![\w./])(?P<my_m>\d{1,2})\s?/\s?(?P<my_y>""" + _YEAR + r""")(?![\w/]))
        | (?P<dmn>(?<![\w.])(?:den\s)?(?P<dmn_d>\d{1,2})(?:\.|st|nd|rd|th)?\s?(?:of\s)?(?P<dmn_m>""" + month_any + r""")(?:,?\s(?P<dmn_y>""" + _YEAR + r"""))?(?![\d]))
        | (?P<mdy>(?P<mdy_m>""" + month_any + r""")\s(?P<mdy_d>\d{1,2})(?:st|nd|rd|th)?,?\s(?P<mdy_y>""" + _YEAR + r""")(?![\d]))
        | (?P<mny>(?P<mny_m>""" + month_any + r""")\s?(?P<mny_y>""" + _YEAR + r""")(?![\d]))
        | (?P<stem>(?<![\w])(?P<stem_m>""" + _alt(list(fi.values())) + r""")(?=\s?[""" + _DASHES + r"""]\s?""" + fi_word + r"""))
        | (?P<mn>(?P<mn_m>""" + month_full + r"""))
        | (?P<season>(?<![\w])(?P<season_w>""" + _alt(list(seasons)) + r""")\s(?P<season_y>""" + _YEAR + r""")(?![\d]))
        | (?P<yy>(?<![\w.,/])(?P<yy_a>""" + _YEAR + r""")\s?[""" + _DASHES + r"""]\s?(?P<yy_b>\d{2})(?![\w.,/]|\s?[""" + _DASHES + r"""]\s?\d))
        | (?P<year>(?<![\w.,/])(?P<year_y>""" + _YEAR + r""")(?![\w]|[.,]\d))
        """,
        re.IGNORECASE | re.VERBOSE,
    )
    conn_words = v["range_connectors"]
    connector = re.compile(
        r"\s*(?:[" + _DASHES + r"]{1,2}>?|\.{2,3}|…|→|(?P<w>" + _alt(conn_words) + r"))\s*",
        re.IGNORECASE,
    )
    cues = v["cues"]

    def before(words: list[str]) -> re.Pattern[str]:
        return re.compile(r"(?:^|(?<=[\s(,;:]))(?P<c>" + _alt(words) + r")\s*:?\s*$", re.IGNORECASE)

    def after(words: list[str]) -> re.Pattern[str]:
        return re.compile(r"^\s*(?P<c>" + _alt(words) + r")(?![\w])", re.IGNORECASE)

    month_words = sorted(
        [(f"{s}kuu", m) for m, s in fi.items()] + list(full.items()) + list(abbr.items()),
        key=lambda x: len(x[0]),
        reverse=True,
    )
    return _Grammar(
        atom=atom,
        connector=connector,
        weak=frozenset(w.lower() for w in v["weak_connectors"]),
        start_before=before(cues["start_before"]),
        end_before=before(cues["end_before"]),
        range_before=before(cues["range_before"]),
        start_after=after(cues["start_after"]),
        end_after=after(cues["end_after"]),
        month_words=tuple(month_words),
        fi_stems=tuple(sorted(((s, m) for m, s in fi.items()), key=lambda x: len(x[0]), reverse=True)),
        seasons=seasons,
        exclude_before=tuple(w.lower() for w in v["context_exclude"]["before"]),
        exclude_around=tuple(w.lower() for w in v["context_exclude"]["around"]),
        name_exclude=tuple(w.lower() for w in v["name_exclude"]),
        year_unit_after=tuple(w.lower() for w in v["year_unit_after"]),
        name_after=tuple(w.lower() for w in v["name_after"]),
        project_words=tuple(w.lower() for w in v["project_words"]),
    )


# --------------------------------------------------------------------------- atoms


@dataclass(frozen=True)
class _Atom:
    """One date-like token: a day, a month, a season, a year, or a Finnish month stem."""

    start: int
    end: int
    kind: str  # day | month | season | year | stem
    year: int | None
    month: int | None = None
    day: int | None = None
    month_to: int | None = None  # last month of a season
    role: str = ""  # "from" / "to" when the word's case ending says so

    @property
    def precision(self) -> str:
        return _PRECISION[self.kind]


def _month_of(word: str) -> tuple[int | None, str]:
    """Month number of a month word and its role from a Finnish case ending."""
    w = word.lower().rstrip(".")
    g = _grammar()
    ends = _vocab()["month_endings"]
    for prefix, m in g.month_words:
        if prefix.endswith("kuu") and w.startswith(prefix):
            role = "from" if any(w.endswith(e) for e in ends["from"]) else ""
            role = "to" if any(w.endswith(e) for e in ends["to"]) else role
            return m, role
        if w == prefix:
            return m, ""
    return None, ""


def _atoms(text: str) -> list[_Atom]:
    """All date atoms of a normalised text, in order, with impossible fields dropped."""
    g = _grammar()
    out: list[_Atom] = []
    for m in g.atom.finditer(text):
        kind = m.lastgroup
        gd = m.groupdict()
        s, e = m.start(), m.end()
        if gd["iso"]:
            out.append(_Atom(s, e, "day", int(gd["iso_y"]), int(gd["iso_m"]), int(gd["iso_d"])))
        elif gd["dmy"]:
            out.append(_Atom(s, e, "day", int(gd["dmy_y"]), int(gd["dmy_m"]), int(gd["dmy_d"])))
        elif gd["d"]:
            out.append(_Atom(s, e, "dayonly", None, None, int(gd["d_d"])))
        elif gd["dm"]:
            out.append(_Atom(s, e, "day", None, int(gd["dm_m"]), int(gd["dm_d"])))
        elif gd["my"]:
            out.append(_Atom(s, e, "month", int(gd["my_y"]), int(gd["my_m"])))
        elif gd["dmn"]:
            mo, _ = _month_of(gd["dmn_m"])
            y = int(gd["dmn_y"]) if gd["dmn_y"] else None
            out.append(_Atom(s, e, "day", y, mo, int(gd["dmn_d"])))
        elif gd["mdy"]:
            mo, _ = _month_of(gd["mdy_m"])
            out.append(_Atom(s, e, "day", int(gd["mdy_y"]), mo, int(gd["mdy_d"])))
        elif gd["mny"]:
            mo, role = _month_of(gd["mny_m"])
            out.append(_Atom(s, e, "month", int(gd["mny_y"]), mo, role=role))
        elif gd["stem"]:
            stem = gd["stem_m"].lower()
            mo = next((mm for st, mm in g.fi_stems if st == stem), None)
            out.append(_Atom(s, e, "stem", None, mo))
        elif gd["mn"]:
            mo, role = _month_of(gd["mn_m"])
            out.append(_Atom(s, e, "month", None, mo, role=role))
        elif gd["season"]:
            m1, m2, role = g.seasons[gd["season_w"].lower()]
            out.append(_Atom(s, e, "season", int(gd["season_y"]), m1, month_to=m2, role=role))
        elif gd["yy"]:
            a = int(gd["yy_a"])
            b = (a // 100) * 100 + int(gd["yy_b"])
            out.append(_Atom(m.start("yy_a"), m.end("yy_a"), "year", a))
            if b > a:
                out.append(_Atom(m.start("yy_b"), m.end("yy_b"), "year", b))
        elif kind == "year" or gd["year"]:
            out.append(_Atom(s, e, "year", int(gd["year_y"])))
    return [a for a in out if _valid_atom(a, text)]


def _valid_atom(a: _Atom, text: str) -> bool:
    """False for impossible months/days and for years that are decades, ages or amounts."""
    if a.month is not None and not 1 <= a.month <= 12:
        return False
    if a.kind in ("day", "month", "stem") and a.month is None:
        return False
    if a.day is not None and not 1 <= a.day <= 31:
        return False
    if a.kind == "year":
        tail = text[a.end : a.end + 12].lower().lstrip()
        if tail.startswith(_grammar().year_unit_after):
            return False
    return True


# --------------------------------------------------------------------------- dates


def _mk(y: int, m: int, d: int, warnings: list[str]) -> date:
    """A date, clamping an impossible day to the month's last day (CONVENTIONS 3.8)."""
    last = calendar.monthrange(y, m)[1]
    if d > last:
        msg = f"impossible date {d}.{m}.{y} clamped to {last}.{m}.{y}"
        warnings.append(msg)
        log.warning(msg)
        d = last
    return date(y, m, d)


def _first(a: _Atom, w: list[str]) -> date:
    assert a.year is not None
    if a.kind == "day":
        return _mk(a.year, a.month or 1, a.day or 1, w)
    if a.kind in ("month", "season", "stem"):
        return date(a.year, a.month or 1, 1)
    return date(a.year, 1, 1)


def _last(a: _Atom, w: list[str]) -> date:
    assert a.year is not None
    if a.kind == "day":
        return _mk(a.year, a.month or 1, a.day or 1, w)
    if a.kind in ("month", "stem", "season"):
        mo = a.month_to or a.month or 12
        return date(a.year, mo, calendar.monthrange(a.year, mo)[1])
    return date(a.year, 12, 31)


def _fill_years(a: _Atom, b: _Atom) -> tuple[_Atom, _Atom] | None:
    """Give a range end the month or year it omits from the other end.

    "21.2.–30.7.2014" gives both days 2014; "1.–15.3.2021" gives the first day
    March 2021; "marraskuu–helmikuu 2021" starts in the year before.
    """
    if a.kind == "dayonly":
        if b.kind != "day" or b.month is None:
            return None
        a = replace(a, kind="day", month=b.month, year=b.year if a.year is None else a.year)
    if a.year is None and b.year is None:
        return None
    a_key = (a.month or 1, a.day or 1)
    b_key = (b.month_to or b.month or 12, b.day or 31)
    if a.year is None:
        a = replace(a, year=(b.year or 0) - (1 if b.kind != "year" and a_key > b_key else 0))
    elif b.year is None:
        b = replace(b, year=a.year + (1 if a.kind != "year" and b_key < a_key else 0))
    return a, b


# --------------------------------------------------------------------------- candidates


@dataclass
class _Cand:
    a: _Atom
    b: _Atom | None
    side: str  # range | start | end | single
    span: tuple[int, int]
    cue: str = ""  # the cue word that made it one-sided or marked the range


def _connects(text: str, a: _Atom, b: _Atom, value_mode: bool) -> bool:
    g = _grammar()
    between = text[a.end : b.start]
    if a.kind == "dayonly":
        return b.kind == "day" and b.month is not None and bool(re.fullmatch(r"\s?[" + _DASHES + r"]\s?", between))
    if a.kind == "stem":
        return b.kind == "month" and bool(re.fullmatch(r"\s?[" + _DASHES + r"]\s?", between))
    if b.kind in ("stem", "dayonly"):
        return False
    m = g.connector.fullmatch(between)
    if m:
        w = (m.group("w") or "").lower()
        if w in g.weak and a.kind == "year" and b.kind == "year":
            return False
        return True
    if between.strip(" ,") == "":
        if a.role == "from" or b.role == "to":
            return True
        return value_mode and a.kind == "day" and b.kind == "day" and between.strip() == ""
    return False


def _candidates(text: str, atoms: list[_Atom], value_mode: bool) -> list[_Cand]:
    """Join atoms into ranges where a connector links them; the rest are single dates."""
    g = _grammar()
    out: list[_Cand] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        if i + 1 < len(atoms) and _connects(text, a, atoms[i + 1], value_mode):
            b = atoms[i + 1]
            s = a.start
            cue = ""
            rb = g.range_before.search(text[max(0, s - 40) : s])
            if rb:
                cue = rb.group("c").lower()
                s = max(0, s - 40) + rb.start("c")
            out.append(_Cand(a, b, "range", (s, b.end), cue))
            i += 2
            continue
        i += 1
        if a.year is None or a.kind in ("stem", "dayonly"):
            continue
        before = text[max(0, a.start - 40) : a.start]
        after = text[a.end : a.end + 40]
        side, cue, s, e = "single", "", a.start, a.end
        for pat, sd in ((g.start_after, "start"), (g.end_after, "end")):
            m = pat.search(after)
            if m:
                side, cue, e = sd, m.group("c").lower(), a.end + m.end("c")
                break
        if side == "single":
            for pat, sd in ((g.start_before, "start"), (g.end_before, "end")):
                m = pat.search(before)
                if m:
                    side, cue, s = sd, m.group("c").lower(), max(0, a.start - 40) + m.start("c")
                    break
        if side == "single" and a.role:
            side = "start" if a.role == "from" else "end"
            cue = a.role
        out.append(_Cand(a, None, side, (s, e), cue))
    return out


def _period(text: str, c: _Cand, label_kind: str | None = None) -> Period | None:
    """Turn a candidate into a Period; None where it gives no usable date."""
    w: list[str] = []
    snippet = text[c.span[0] : c.span[1]]
    if c.b is not None:
        pair = _fill_years(c.a, c.b)
        if pair is None:
            return None
        a, b = pair
        start, end = _first(a, w), _last(b, w)
        if start > end:
            log.warning("period start after end, ignored: %r", snippet)
            return None
        return Period(start, end, a.precision, b.precision, snippet, w)
    a = c.a
    side = c.side
    if side == "single":
        if label_kind in ("start", "end"):
            side = label_kind
        elif a.kind == "day":
            return None  # a lone day is no period without a label or cue saying which end
        else:
            return Period(_first(a, w), _last(a, w), a.precision, a.precision, snippet, w)
    if side == "start":
        return Period(_first(a, w), None, a.precision, None, snippet, w)
    return Period(None, _last(a, w), None, a.precision, snippet, w)


def _merge(s: Period, e: Period, text: str) -> Period | None:
    """A start-only and an end-only period of the same text make one period."""
    if s.start and e.end and s.start <= e.end:
        return Period(s.start, e.end, s.start_precision, e.end_precision, text, s.warnings + e.warnings)
    return None


# --------------------------------------------------------------------------- public API


# Labels of other dates: a label that contains one of them ("Hakuaika",
# "Rahoituspäätös", "Sivu päivitetty") is never a period label.
_OTHER_DATES = ("application", "decision", "published", "updated")


def leading_period_label(text: str) -> str | None:
    """The period label a line opens with, without a colon ("Toteutusaika 2019–2021",
    "Hankeaika 1.3.2025–28.2.2027. Hallinnoija: …"), or None."""
    words = text.split()
    return next((" ".join(words[:n]) for n in (3, 2, 1) if len(words) > n
                 and period_label_kind(" ".join(words[:n])) == "period"), None)


def period_label_kind(label: str) -> str | None:
    """'period', 'start', 'end' or None: which part of a period a field label gives."""
    if not label:
        return None
    lab = re.sub(r"[\s:：.]+$", "", one_line(label).lower()).strip()
    if not lab:
        return None
    if any(x in lab for x in labels_for(*_OTHER_DATES)):
        return None
    for kind in (field_of(lab), field_by_ending(lab)):
        if kind in ("period", "start", "end"):
            return kind
    return None


def parse_period(text: str, label: str | None = None) -> Period | None:
    """Read a string that is a period value (a field, a cell, a heading suffix)."""
    try:
        t = one_line(text or "")
    except Exception:  # pragma: no cover - defensive; clean_text handles any str
        return None
    if not t:
        return None
    kind = period_label_kind(label) if label else None
    cands = _candidates(t, _atoms(t), value_mode=True)
    ranges = [c for c in cands if c.side == "range"]
    if ranges:
        return _period(t, ranges[0], kind)
    starts = [p for c in cands if c.side == "start" and (p := _period(t, c))]
    ends = [p for c in cands if c.side == "end" and (p := _period(t, c))]
    if starts and ends:
        merged = _merge(starts[0], ends[0], t)
        if merged:
            return merged
    if starts or ends:
        return (starts or ends)[0]
    singles = [c for c in cands if c.side == "single"]
    if kind in ("start", "end") and (not singles or (
        len(singles) == 1 and singles[0].a.kind == "year" and re.search(r"\d", t.replace(str(singles[0].a.year), ""))
    )):
        # A date the grammar could not read ("15.3.21", "maaliskuun 15. päivänä 2021").
        fallback = _dateparser_fallback(t, kind)
        if fallback is not None:
            return fallback
    if len({(c.a.kind, c.a.year, c.a.month, c.a.day) for c in singles}) == 1:
        return _period(t, singles[0], kind)
    return None


def _dateparser_fallback(text: str, kind: str) -> Period | None:
    """One free-form full date the grammar could not read, for a start/end label only."""
    if len(text) > 60 or not re.search(r"\d", text):
        return None
    try:
        import dateparser

        d = dateparser.parse(
            text,
            languages=["fi", "sv", "en"],
            settings={"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"]},
        )
    except Exception:  # dateparser raises on odd input; a missing date is the answer
        return None
    if d is None or not 1900 <= d.year <= 2099:
        return None
    day = d.date()
    if kind == "start":
        return Period(day, None, "day", None, text)
    return Period(None, day, None, "day", text)


def _sentence(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Bounds of the sentence holding span (a dot before a capital ends one)."""
    s = 0
    for m in re.finditer(r"[.!?]\s+(?=[A-ZÅÄÖ\"”])", text[: span[0]]):
        s = m.end()
    m = re.search(r"[.!?](?:\s+(?=[A-ZÅÄÖ])|$)", text[span[1] :])
    e = span[1] + m.start() if m else len(text)
    return s, e


def _words(s: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[\w][\w\-’']*", s)]


def _accept(text: str, c: _Cand) -> int:
    """Score of a prose candidate as the project period; 0 rejects it (CONVENTIONS 3.9)."""
    g = _grammar()
    ss, se = _sentence(text, c.span)
    sentence = text[ss:se].lower()
    before = _words(text[ss : c.span[0]])
    after = _words(text[c.span[1] : se])
    if any(x in w for w in before[-3:] for x in g.exclude_before + g.exclude_around):
        return 0
    if any(x in w for w in after[:2] for x in g.exclude_around):
        return 0
    prev = before[-1:] if before else []
    nxt = text[c.span[1] : c.span[1] + 12].lower()
    if any(x in w for w in prev for x in g.name_exclude):
        return 0
    if nxt.lstrip(" )").startswith(g.name_after):
        return 0
    project = any(w in sentence for w in g.project_words)
    if c.side == "range":
        assert c.b is not None
        if c.a.kind == "year" and c.b.kind == "year":
            opened = text[: c.span[0]].rstrip().endswith("(") and text[c.span[1] :].lstrip().startswith(")")
            named = opened and bool(before) and not before[-1].isdigit()
            near = any(p in w for w in before[-2:] for p in ("hank", "projekt", "project"))
            cued = bool(c.cue) and project
            if not (named or near or cued):
                return 0
            return 4 + int(project)
        return 4 + int(project) + int(c.a.kind == "day")
    if c.side in ("start", "end"):
        if not project or c.a.kind == "year" or c.cue in ("from", "to"):
            return 0
        return 2
    # "vuoden 2022 aikana" in a sentence about the project: the whole year.
    if c.a.kind == "year" and project and prev == ["vuoden"] and after[:1] == ["aikana"]:
        return 1
    return 0


def find_period(text: str) -> Period | None:
    """The project period stated in a paragraph of prose, or None when unsure."""
    try:
        t = one_line(text or "")
    except Exception:  # pragma: no cover
        return None
    if not t:
        return None
    cands = _candidates(t, _atoms(t), value_mode=False)
    scored: list[tuple[int, int, Period, str]] = []
    for c in cands:
        score = _accept(t, c)
        if not score:
            continue
        p = _period(t, c)
        if p is None:
            continue
        scored.append((score, -c.span[0], p, c.side))
    if not scored:
        return None
    if not any(x[3] in ("range", "single") for x in scored):
        s = [x for x in scored if x[3] == "start"]
        e = [x for x in scored if x[3] == "end"]
        if s and e:
            merged = _merge(s[0][2], e[0][2], t)
            if merged:
                lo, hi = -s[0][1], t.find(e[0][2].text, -s[0][1])
                if hi >= lo:
                    merged.text = t[lo : hi + len(e[0][2].text)]
                return merged
    return max(scored, key=lambda x: (x[0], x[1]))[2]


def split_trailing_period(title: str) -> tuple[str, Period | None]:
    """Split a trailing date range off a heading; numbers that belong to the name stay."""
    t = one_line(title or "")
    m = re.search(r"[(\[]\s*([^()\[\]]+?)\s*[)\]][\s.]*$", t)
    if m:
        inner = m.group(1)
        p = parse_period(inner)
        if p is not None and not re.search(r"\w", inner.replace(p.text, "", 1)):
            name = t[: m.start()].rstrip(" ,;:" + _DASHES)
            if name:
                return name, p
    cands = _candidates(t, _atoms(t), value_mode=False)
    if cands:
        c = cands[-1]
        if c.side in ("range", "start", "end") and not t[c.span[1] :].strip(" .") and c.span[0] > 0:
            p = _period(t, c)
            name = t[: c.span[0]].rstrip(" ,;:(" + _DASHES)
            if p is not None and name:
                return name, p
    return t, None
