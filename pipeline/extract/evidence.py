"""Evidence: for every value of a project, the text it was read from.

An analyst who doubts a budget wants the sentence behind it, not our word for it.
Extractors return values, not positions, so once a project is assembled this
module finds each value again in the blocks it was built from (the segment first,
then the rest of the page), the way an analyst would with Ctrl-F but knowing how
values are rewritten on the way: inflected names ("Oulun kaupungin"), numbers
with spaces or a scale ("1,2 milj. €"), phones in national form, dates as written.
The snippet is a short window of that block around the value, with its page.
A value that is derived rather than written (a municipality read from the
publisher) gets the project's own heading, marked `context`, never a made-up quote.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass
from datetime import date
from typing import Callable, Iterable, Iterator

from pipeline.extract.money import find_amounts, parse_amount
from pipeline.extract.orgs import municipality_from_org, municipality_of
from pipeline.parse.blocks import Block, one_line
from pipeline.records import Evidence, Project
from pipeline.segment import rules as seg_rules, status_of

# The columns whose every value gets evidence; ids, flags and derived precisions do not.
PROJECT_FIELDS = ("name", "aliases", "owner", "municipality", "start_date", "end_date", "status", "category",
                  "summary", "budget_eur")
CONTACT_FIELDS = ("name", "title", "organisation", "email", "phone")
FUNDING_FIELDS = ("funder", "year", "amount_eur", "share_pct")
SNIPPET_CHARS = 160


@dataclass(frozen=True)
class _Text:
    line: str
    page: int | None


Span = tuple[int, int]
Matcher = Callable[[str], "Span | None"]


def _texts(blocks: Iterable[Block]) -> list[_Text]:
    out = []
    for b in blocks:
        line = b.line
        if b.images:
            line = f"{line} {' '.join(b.images)}".strip()
        if line:
            out.append(_Text(line, b.page))
    return out


def snippet_around(text: str, start: int, end: int, width: int = SNIPPET_CHARS) -> str:
    """`text` cut to about `width` characters centred on [start, end), on word boundaries."""
    if len(text) <= width:
        return text
    pad = max(0, (width - (end - start)) // 2)
    a, b = max(0, start - pad), min(len(text), end + pad)
    if a > 0:
        a = text.rfind(" ", 0, a) + 1
    if b < len(text):
        cut = text.find(" ", b)
        b = len(text) if cut < 0 else cut
    return ("…" if a > 0 else "") + text[a:b].strip() + ("…" if b < len(text) else "")


@lru_cache(maxsize=8192)  # values repeat across a page's projects
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


def _regex(pattern: str) -> Matcher:
    """A matcher that compiles its pattern on first use: most attempts after the
    first are never tried, and compiling them dominated the run."""
    def match(text: str) -> Span | None:
        m = _compiled(pattern).search(text)
        return m.span() if m else None
    return match


@lru_cache(maxsize=16384)
def _lower(text: str) -> str:
    return text.lower()


def _guarded(pieces: list[str], pattern: str, phrase: str | None = None) -> Matcher:
    """The regex `pattern`, tried only on a text that holds every one of `pieces`
    (case aside): most texts hold none, and a plain substring test is far cheaper
    than a regex. `phrase`, the pieces as they appear on a one-line text, is found
    without the regex at all. Texts whose lower case changes length fall back to the
    regex alone, so the answer is the regex's either way."""
    rx = _regex(pattern)
    low_pieces = [p.lower() for p in pieces]
    if any(len(a) != len(b) for a, b in zip(pieces, low_pieces)):
        return rx
    low_phrase = phrase.lower() if phrase is not None else None

    def match(text: str) -> Span | None:
        low = _lower(text)
        if len(low) == len(text):
            if any(p not in low for p in low_pieces):
                return None
            if low_phrase is not None and one_line(text) == text:
                i = low.find(low_phrase)
                return (i, i + len(low_phrase)) if i >= 0 else None
        return rx(text)
    return match


def exact(value: str) -> Matcher:
    """The value as written, case and spacing aside."""
    words = value.split()
    return _guarded(words, r"\s+".join(re.escape(w) for w in words), " ".join(words))


def inflected(value: str) -> Matcher:
    """The value's words with any Finnish case ending ("Oulun kaupungin" for "Oulun kaupunki")."""
    stems = [w if len(w) <= 4 else w[:max(4, len(w) - 3)] for w in re.findall(r"\w+", value)]
    if not stems:
        return lambda text: None
    return _guarded(stems, r"\b" + r"\W+".join(re.escape(s) + r"\w*" for s in stems))


def amount(value: float, percent: bool = False) -> Matcher:
    """A number that reads as `value`: "48 250 €", "1,2 milj.", a bare table cell, "70 %"."""
    number = re.compile(r"(?<![\d,.])\d[\d\s.,]*(?:\s*(?:milj\w*\.?|mn|M€|t€|k€|tuhatta))?(?:\s*€)?", re.I)

    def match(text: str) -> Span | None:
        if not percent:
            for m in find_amounts(text):
                if abs(m.amount - value) < 0.01:
                    return m.start, m.end
        for m in number.finditer(text):
            raw = m.group().rstrip(" ,.")
            if percent:
                try:
                    got = float(re.sub(r"\s", "", raw).replace(",", "."))
                except ValueError:
                    continue
                if abs(got - value) < 0.01 and text[m.start() + len(raw):].lstrip().startswith(("%", "pros")):
                    return m.start(), m.start() + len(raw)
            elif (got := parse_amount(raw)) is not None and abs(got - value) < 0.01:
                return m.start(), m.start() + len(raw)
        return None
    return match


def phone(e164: str) -> Matcher:
    """The number as printed: "(03) 621 2555" or "+358 3 621 2555" for +35836212555."""
    digits = e164.lstrip("+")
    forms = [digits]
    if digits.startswith("358"):
        forms.append("0" + digits[3:])
    sep = r"[\s\-()/.]*"
    return _regex("|".join(sep.join(re.escape(c) for c in f) for f in forms))


def email(address: str) -> Matcher:
    """The address, also in its "(at)" / " at " spellings."""
    local, _, domain = address.partition("@")
    at = r"\s*(?:@|\(at\)|\[at\]|\sat\s|\(a\))\s*"
    return _regex(re.escape(local) + at + re.escape(domain).replace(r"\.", r"\s*(?:\.|\(dot\))\s*"))


def email_pattern(address: str) -> Matcher:
    """The stated pattern an inferred address was built from ("etunimi.sukunimi@esimerkkila.fi")."""
    domain = address.partition("@")[2]
    return _regex(r"\S*(?:@|\(at\)|\[at\]|\sat\s)\s*" + re.escape(domain))


def place(municipality: str) -> Matcher:
    """A word naming the municipality in any inflection ("Lahden" for Lahti)."""
    def match(text: str) -> Span | None:
        for m in re.finditer(r"\b[A-ZÅÄÖ][\w-]+(?:\s+(?:kaupunki|kaupungin|kunta|kunnan|stad|kommun))?", text):
            if municipality_of(m.group().split()[0]) == municipality or municipality_from_org(m.group()) == municipality:
                return m.span()
        return None
    return match


def status_word(status: str) -> Matcher:
    """A block whose words say the status ("Päättynyt", "Päättyneet hankkeet", "Tila: Päättynyt")."""
    words = sorted(seg_rules()["status"].get(status, []), key=len, reverse=True)
    phrase = _regex(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)") if words else None

    def match(text: str) -> Span | None:
        if status_of(text) == status:
            return 0, len(text)
        return phrase(text) if phrase else None
    return match


class Finder:
    """Searches the segment's blocks first, then the rest of the page."""

    def __init__(self, segment_blocks: list[Block], page_blocks: Iterable[Block], heading: str) -> None:
        own = {id(b) for b in segment_blocks}
        self.near = _texts(segment_blocks)
        self.far = _texts(b for b in page_blocks if id(b) not in own)
        first = segment_blocks[0] if segment_blocks else None
        self.context = _Text(one_line(heading) or (first.line if first else ""), first.page if first else None)

    def _scan(self, matcher: Matcher, texts: list[_Text]) -> Iterator[tuple[_Text, Span]]:
        for t in texts:
            span = matcher(t.line)
            if span is not None:
                yield t, span

    def find(self, *attempts: tuple[Matcher, str]) -> tuple[str, int | None, str] | None:
        """The first block any attempt matches (near blocks before far ones, attempts in order)."""
        for texts in (self.near, self.far):
            for matcher, kind in attempts:
                for t, (a, b) in self._scan(matcher, texts):
                    return snippet_around(t.line, a, b), t.page, kind
        return None

    def evidence(self, field: str, attempts: list[tuple[Matcher, str]], item: int | None = None) -> Evidence:
        hit = self.find(*attempts)
        if hit is None:
            snippet = snippet_around(self.context.line, 0, 0) or "(no text)"
            return Evidence(field, snippet, self.context.page, "context", item)
        snippet, page, kind = hit
        return Evidence(field, snippet, page, kind, item)


def _text_attempts(value: str) -> list[tuple[Matcher, str]]:
    short = value if len(value) <= 80 else value[:80].rsplit(" ", 1)[0]
    return [(exact(short), "exact"), (inflected(short), "fuzzy")]


def _date_attempts(d: date, period_text: str) -> list[tuple[Matcher, str]]:
    attempts: list[tuple[Matcher, str]] = []
    if period_text:
        attempts.append((exact(one_line(period_text)), "exact"))
    day = rf"0?{d.day}\.\s*0?{d.month}\.\s*{d.year}"
    attempts += [(_regex(day), "exact"), (_regex(rf"(?<!\d){d.year}(?!\d)"), "fuzzy")]
    return attempts


def collect(project: Project, segment_blocks: list[Block], page_blocks: Iterable[Block],
            heading: str) -> list[Evidence]:
    """Evidence for every non-empty value of the project, its contacts and its funding."""
    f = Finder(segment_blocks, page_blocks, heading)
    out: list[Evidence] = []
    per = project.period
    values: dict[str, object] = {
        "name": project.name, "aliases": project.aliases[0] if project.aliases else None,
        "owner": project.owner, "municipality": project.municipality, "start_date": per.start,
        "end_date": per.end, "status": project.status, "category": project.category,
        "summary": project.summary, "budget_eur": project.budget_eur,
    }
    for col, v in values.items():
        if v is None or v == "":
            continue
        if col in ("start_date", "end_date"):
            attempts = _date_attempts(v, per.text)  # type: ignore[arg-type]
        elif col == "budget_eur":
            attempts = [(amount(float(v)), "exact")]  # type: ignore[arg-type]
        elif col == "municipality":
            attempts = _text_attempts(str(v)) + [(place(str(v)), "fuzzy")]
        elif col == "status":
            attempts = [(status_word(str(v)), "exact")]
        else:
            attempts = _text_attempts(str(v))
        out.append(f.evidence(f"projects.{col}", attempts))
    for i, c in enumerate(project.contacts):
        parts = c.name.split()
        name_attempts = _text_attempts(c.name)
        if len(parts) >= 2:
            name_attempts += [(exact(" ".join(reversed(parts))), "fuzzy"), (inflected(parts[-1]), "fuzzy")]
        out.append(f.evidence("contacts.name", name_attempts, i))
        if c.title:
            out.append(f.evidence("contacts.title", _text_attempts(c.title), i))
        if c.organisation:
            out.append(f.evidence("contacts.organisation", _text_attempts(c.organisation), i))
        if c.email:
            attempts = [(email(c.email.lower()), "exact"), (email_pattern(c.email.lower()), "fuzzy")]
            if c.email_inferred:
                attempts.reverse()
            out.append(f.evidence("contacts.email", attempts, i))
        if c.phone:
            out.append(f.evidence("contacts.phone", [(phone(c.phone), "exact")], i))
    for i, fu in enumerate(project.funding):
        out.append(f.evidence("funding.funder", _text_attempts(fu.funder), i))
        out.append(f.evidence("funding.amount_eur", [(amount(fu.amount_eur), "exact")], i))
        if fu.year is not None:
            out.append(f.evidence("funding.year", [(_regex(rf"(?<!\d){fu.year}(?!\d)"), "exact")], i))
        if fu.share_pct is not None:
            out.append(f.evidence("funding.share_pct", [(amount(fu.share_pct, percent=True), "exact")], i))
    return out
