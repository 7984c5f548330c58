"""Contacts of a project: people, titles, organisations, e-mails, phones (CONVENTIONS 8-10).

The extractor works on the blocks of one project's segment. It first finds the
contact *sections* (a field or paragraph led by a contact label, the blocks under a
"Yhteyshenkilöt"/"Ota yhteyttä" heading, a role line "Projektipäällikkö X", a
contact card, a table column "Yhteyshenkilö"), then reads each section as a
sequence of short clauses. In a clause every person name becomes an anchor; the
words right before it may be a title ("teknisen toimen johtaja Markku Järvelä"), the
comma parts after it a title, an organisation, a phone, an e-mail. Lines without a
name attach to the person before them (card rows "Puh.", "Sähköposti") or announce
the people after them (a title heading "Projektityöntekijät", an organisation
heading). People quoted in prose are never contacts: only sections produce them,
prose is only used to fill in a missing title.

Names are found with a capitalised-word heuristic and confirmed with spaCy's PERSON
entities on the short clause (never on a whole page). The vocabulary is in
`pipeline/data/contacts.yaml`; contact, role and phone/e-mail labels are the label
registry's (`pipeline/labels.py`).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Iterable, Iterator, Sequence

import phonenumbers
from phonenumbers import Leniency, PhoneNumberFormat, PhoneNumberMatcher

from pipeline.data import load_yaml
from pipeline.labels import DETAILS, labels_for
from pipeline.nlp import entities
from pipeline.parse.blocks import Block, clean_text
from pipeline.records import Contact

__all__ = [
    "find_emails",
    "find_email_pattern",
    "infer_email",
    "normalise_phone",
    "find_phones",
    "contacts_from_blocks",
]

_UP = "A-ZÅÄÖÜÉÈÁÍÓÚÑŠŽÆØÇ"
_LO = "a-zåäöüéèáíóúñšžæøçßëïôâêîû"
_NAME_TOKEN = rf"[{_UP}][{_LO}'’]+(?:-[{_UP}{_LO}][{_LO}'’]+)*"
_PARTICLES = ("von", "van", "af", "de", "der", "den", "la", "le", "di", "da", "du")
_SPACE_CHARS = "\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000\t"
_MASK = "\x00"


# --------------------------------------------------------------------------- vocabulary


@dataclass(frozen=True)
class _Vocab:
    contact_labels: tuple[str, ...]
    role_labels: tuple[str, ...]
    title_suffixes: tuple[str, ...]
    title_modifiers: frozenset[str]
    plural_rules: tuple[tuple[str, str], ...]
    plural_titles: dict[str, str]
    field_labels: frozenset[str]
    phone_prefix_re: re.Pattern[str]
    switchboard_re: re.Pattern[str]
    email_re: re.Pattern[str]
    dot_obfuscations: tuple[str, ...]
    pattern_first: frozenset[str]
    pattern_last: frozenset[str]
    role_mailboxes: frozenset[str]
    not_name: frozenset[str]
    org_words: tuple[str, ...]
    org_suffixes: frozenset[str]
    org_connectors: frozenset[str]
    conjunctions: frozenset[str]
    label_re: re.Pattern[str]
    title_labels: frozenset[str]
    contact_genitives: frozenset[str]


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first (so "puh." beats "puh")."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def _vocab() -> _Vocab:
    """The YAML vocabulary compiled once: regexes are built here, not per call."""
    y = load_yaml("contacts.yaml")
    low = lambda xs: tuple(str(x).lower() for x in xs)  # noqa: E731
    contact_labels = tuple(sorted(labels_for("contact")))
    role_labels = tuple(sorted(labels_for("contact_role")))
    details = labels_for("phone", "email", "web", group=DETAILS) | set(low(y["filler_words"]))
    title_labels = frozenset(labels_for("title", group=DETAILS))
    at_alts = [r"\s*@\s*"] + [rf"\s*{re.escape(o)}\s*" for o in y["at_obfuscations"]] + [r"\s+at\s+"]
    dots = tuple(y.get("dot_obfuscations", ()))
    dot_alt = "|".join([r"\."] + [rf"\s*{re.escape(d)}\s*" for d in dots])
    email_re = re.compile(
        rf"(?<![\w.@+-])(?P<local>\w[\w.%+'-]*?)(?P<at>{'|'.join(at_alts)})"
        rf"(?P<domain>[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:(?:{dot_alt})[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"
        rf"(?:{dot_alt})[A-Za-z]{{2,24}})(?![A-Za-z0-9-])",
        re.I,
    )
    prefixes = _alt(labels_for("phone", group=DETAILS))
    labels = contact_labels + role_labels
    return _Vocab(
        contact_labels=contact_labels,
        role_labels=role_labels,
        title_suffixes=low(y["title_suffixes"]),
        title_modifiers=frozenset(low(y["title_modifiers"])),
        plural_rules=tuple((str(a), str(b)) for a, b in y["plural_suffix_rules"]),
        plural_titles={str(k).lower(): str(v) for k, v in (y.get("plural_titles") or {}).items()},
        field_labels=frozenset(details) | {w.strip(".:") for w in details},
        phone_prefix_re=re.compile(rf"^\s*(?:(?:{prefixes})(?![{_LO}])\s*[:.]?\s*)+", re.I),
        switchboard_re=re.compile(rf"(?<![{_LO}])(?:{_alt(low(y['switchboard_words']))})", re.I),
        email_re=email_re,
        dot_obfuscations=dots,
        pattern_first=frozenset(low(y["pattern_first_words"])),
        pattern_last=frozenset(low(y["pattern_last_words"])),
        role_mailboxes=frozenset(low(y["role_mailboxes"])),
        not_name=frozenset(low(y["not_name_words"])),
        org_words=low(y["org_words"]),
        org_suffixes=frozenset(low(y.get("org_legal_suffixes") or ())),
        org_connectors=frozenset(low(y.get("org_name_connectors") or ())),
        conjunctions=frozenset(low(y["conjunctions"])),
        title_labels=title_labels,
        contact_genitives=frozenset(low(y["contact_genitives"])),
        label_re=re.compile(rf"^\s*(?:(?:{_alt(low(y['label_possessors']))})\s+)?(?P<label>{_alt(labels)})(?=$|[\s:,.;–-])",
                            re.I),
    )


# --------------------------------------------------------------------------- e-mails


def _norm_spaces(text: str) -> str:
    """No-break and other odd spaces as plain spaces, keeping every offset."""
    return text.translate({ord(c): " " for c in _SPACE_CHARS})


def _is_pattern_local(local: str) -> bool:
    """True for "etunimi.sukunimi", "förnamn.efternamn", "firstname.lastname"."""
    v = _vocab()
    parts = [p for p in re.split(r"[._\-\s]+", local.lower()) if p]
    return len(parts) == 2 and parts[0] in v.pattern_first and parts[1] in v.pattern_last


@dataclass(frozen=True)
class _EmailHit:
    start: int
    end: int
    address: str  # lower case, repaired; for a pattern: "etunimi.sukunimi@domain"
    domain: str
    is_pattern: bool


def _email_hits(text: str) -> list[_EmailHit]:
    """Every address or pattern in `text`, with spans, obfuscations repaired."""
    v = _vocab()
    text = _norm_spaces(text)
    hits: list[_EmailHit] = []
    for m in v.email_re.finditer(text):
        local, at, domain = m.group("local"), m.group("at"), m.group("domain")
        if at.strip().lower() == "at" and not re.search(r"[._-]", local):
            continue  # plain " at " only counts for a dotted local part ("jari.harvio at x.fi")
        for d in v.dot_obfuscations:
            domain = re.sub(rf"\s*{re.escape(d)}\s*", ".", domain, flags=re.I)
        domain = re.sub(r"\s+", "", domain).lower()
        local_l = local.lower().strip(".")
        pattern = _is_pattern_local(local_l)
        if not pattern and not local_l.isascii():
            continue  # a non-ASCII local part is a word before an "@", not a mailbox
        hits.append(_EmailHit(m.start(), m.end(), f"{local_l}@{domain}", domain, pattern))
    return hits


def find_emails(text: str) -> list[str]:
    """Lower-case e-mail addresses in `text`, "(at)"/"[at]"/"(a)"/" at " repaired.

    Pattern addresses ("etunimi.sukunimi@…") are left out: they describe a rule, not
    a mailbox (see `find_email_pattern`).
    """
    out: list[str] = []
    for h in _email_hits(text):
        if not h.is_pattern and h.address not in out:
            out.append(h.address)
    return out


@lru_cache(maxsize=8192)  # asked of every block of the page for each of its projects
def find_email_pattern(text: str) -> str | None:
    """The domain of a stated address pattern ("etunimi.sukunimi (at) ouka.fi" → "ouka.fi")."""
    for h in _email_hits(text):
        if h.is_pattern:
            return h.domain
    return None


def _fold(text: str) -> str:
    """Lower case ASCII for address building: ä→a, ö→o, å→a, other accents stripped."""
    text = text.lower().replace("ä", "a").replace("ö", "o").replace("å", "a")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def infer_email(name: str, domain: str) -> str:
    """The address the pattern "etunimi.sukunimi@domain" gives for `name`.

    First and last token of the name (middle names dropped), Finnish letters
    folded, hyphens kept: "Heidi Saaristo-Levin" → "heidi.saaristo-levin@domain".
    """
    tokens = [re.sub(r"[^a-z0-9-]", "", _fold(t)) for t in name.split()]
    tokens = [t.strip("-") for t in tokens if t.strip("-")]
    if not tokens:
        raise ValueError(f"no name to build an address from: {name!r}")
    local = tokens[0] if len(tokens) == 1 else f"{tokens[0]}.{tokens[-1]}"
    return f"{local}@{domain.strip().lower()}"


# --------------------------------------------------------------------------- phones

_DATE_RE = re.compile(r"\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{2,4})?")
_YEAR_RANGE_RE = re.compile(r"^\s*(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d\s*$")
_AFTER_AMOUNT_RE = re.compile(r"^\s*(?:€|eur\b|euro|e\b|%|mk\b|kpl\b|m2|m²|km\b|henk|milj|ha\b)", re.I)
_BEFORE_REF_RE = re.compile(r"(?:§|nro\.?|dnro\.?|diaari\w*|nr\.?|no\.?|id)\s*[:.]?\s*$", re.I)


def _phone_shape_ok(raw: str) -> bool:
    """A Finnish contact number is written from "+", "00" or a trunk "0"; dates are not."""
    s = raw.strip()
    if not re.match(r"^(?:\+|00|\(?\s*0)", s):
        return False
    if "/" in s or _DATE_RE.search(s) or _YEAR_RANGE_RE.match(s):
        return False
    return sum(c.isdigit() for c in s) >= 6


def normalise_phone(text: str) -> str | None:
    """E.164 for a written phone number ("(03) 621 2555" → "+35836212555"), else None.

    Prefixes ("p.", "puh.", "tfn", "tel.") and separators are ignored; numbers without
    a country code are Finnish.
    """
    v = _vocab()
    s = _norm_spaces(text).strip()
    s = v.phone_prefix_re.sub("", s).strip().strip(":").strip()
    if not s or not _phone_shape_ok(s) or re.search(rf"[{_LO}{_UP}]", s):
        return None
    try:
        num = phonenumbers.parse(s, "FI")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(num):
        return None
    return phonenumbers.format_number(num, PhoneNumberFormat.E164)


@dataclass(frozen=True)
class _PhoneHit:
    start: int
    end: int
    e164: str


def _phone_hits(text: str) -> list[_PhoneHit]:
    """Contact phones in `text` with spans; switchboards, fax, dates and amounts skipped."""
    v = _vocab()
    norm = _norm_spaces(text)
    hits: list[_PhoneHit] = []
    try:
        matches = list(PhoneNumberMatcher(norm, "FI", leniency=Leniency.VALID))
    except Exception:  # pragma: no cover - the library is defensive, but never let it crash a page
        return []
    for m in matches:
        start, raw = m.start, m.raw_string
        end = start + len(raw)
        # "040 821 6403 1.10.2015": the matcher swallows the day of a following date.
        if end < len(norm) - 1 and norm[end] in ".," and norm[end + 1].isdigit():
            head = raw.rsplit(None, 1)[0] if " " in raw.strip() else ""
            if not head:
                continue
            raw, end = head, start + len(head)
        if start > 0 and (norm[start - 1].isdigit() or norm[start - 1] in "./-" and start > 1 and norm[start - 2].isdigit()):
            continue  # a tail of a diary number or a date
        if not _phone_shape_ok(raw) or _AFTER_AMOUNT_RE.match(norm[end:]):
            continue
        before = norm[max(0, start - 12) : start]
        if _BEFORE_REF_RE.search(before):
            continue
        ctx_start = max(norm.rfind(sep, 0, start) for sep in ("\n", ",", ";", ". ")) + 1
        if v.switchboard_re.search(norm[ctx_start:start]):
            continue
        e164 = normalise_phone(raw)
        if e164 and all(h.e164 != e164 for h in hits):
            hits.append(_PhoneHit(start, end, e164))
    return hits


def find_phones(text: str) -> list[str]:
    """E.164 contact phones in `text`, skipping switchboards ("Vaihde"), fax, dates, amounts."""
    return [h.e164 for h in _phone_hits(text)]


# --------------------------------------------------------------------------- words


def _bare(word: str) -> str:
    return word.strip(".,:;()[]\"'”“").lower()


def _is_title_word(word: str) -> bool:
    """A singular job-title word ("projektipäällikkö", "Projektledare", "kaavoittaja")."""
    w = _bare(word)
    return len(w) >= 4 and any(w.endswith(s) for s in _vocab().title_suffixes)


def _singular_title(word: str) -> str | None:
    """The singular of a plural title word ("Projektityöntekijät" → "projektityöntekijä")."""
    v = _vocab()
    w = _bare(word)
    if w in v.plural_titles:
        return v.plural_titles[w]
    for plural, singular in v.plural_rules:
        if w.endswith(plural) and len(w) > len(plural) + 3:
            cand = w[: len(w) - len(plural)] + singular
            if cand != w and _is_title_word(cand):
                return cand
    return None


def _is_plural_title_phrase(text: str) -> str | None:
    """The singular title when `text` is a plural title ("Projektityöntekijät"), else None."""
    words = text.split()
    if not words or len(words) > 4 or _is_title_word(words[-1]):
        return None
    sing = _singular_title(words[-1])
    if sing is None:
        return None
    return " ".join([w.lower() for w in words[:-1]] + [sing])


def _is_modifier(word: str, *, capital_ok: bool) -> bool:
    """A word that may precede a title word inside the title ("teknisen", "Vastuullinen")."""
    w = _bare(word)
    if not w or w in _vocab().conjunctions or not word[:1].isalpha():
        return False
    if w in _vocab().title_modifiers:
        return True
    genitive = len(w) >= 4 and w.endswith("n") and w.isalpha()
    return genitive and (word[:1].islower() or capital_ok)


def _is_title_phrase(text: str) -> bool:
    """A short phrase ending in a title word whose other words are modifiers."""
    words = text.split()
    if not words or len(words) > 6 or not _is_title_word(words[-1]):
        return False
    if re.search(r"\d", text):
        return False
    return all(_is_title_word(w) or _is_modifier(w, capital_ok=i == 0) or w.lower() in ("ja", "och", "and") for i, w in enumerate(words[:-1]))


def _is_label_word(word: str) -> bool:
    v = _vocab()
    w = _bare(word)
    return w in v.field_labels or w in v.not_name or any(lbl.split()[0] == w for lbl in v.contact_labels + v.role_labels)


def _is_org_word(word: str) -> bool:
    w = _bare(word)
    for o in _vocab().org_words:
        if w == o or (len(o) >= 5 and w.endswith(o)):
            return True
    return False


def _ends_in_org_suffix(text: str) -> bool:
    """Whether `text`, the rest of a comma part after a capitalised run, carries the run
    on to an organisation's legal suffix ("i Raseborg rf", "Matkailu ry"): only
    capitalised words and connectors ("i", "på", "of") may come before the suffix."""
    v = _vocab()
    part = re.split(rf"[,;:\n(){_MASK}]", text, maxsplit=1)[0]
    for k, w in enumerate(part.split()[:6]):
        b = w.strip(".,:;()[]\"'”“").lower()
        if b in v.org_suffixes or w.lower().rstrip(",;:") in v.org_suffixes:
            return True
        if b in v.org_connectors or (w[:1].isupper() and _TOKEN_RE.fullmatch(w.strip(".,;:"))):
            continue
        return False
    return False


def _has_org_word(text: str) -> bool:
    """Whether a phrase holds an organisation head word ("ympäristöministeriö", "Kuntaliitto")."""
    return any(_is_org_word(w) for w in text.split())


def _is_stop_token(tok: str) -> bool:
    """Capitalised words that are never part of a person's name."""
    return (
        _is_label_word(tok)
        or _is_title_word(tok)
        or _singular_title(tok) is not None
        or _bare(tok) in _vocab().title_modifiers
        or _is_org_word(tok)
    )


# --------------------------------------------------------------------------- names

_TOKEN_RE = re.compile(_NAME_TOKEN)
_RUN_RE = re.compile(
    rf"(?<![\w@.-]){_NAME_TOKEN}(?:[ ]+(?:(?:{'|'.join(_PARTICLES)})[ ]+)?{_NAME_TOKEN})*(?![\w@-])"
)


def _name_candidates(masked: str) -> list[tuple[int, int]]:
    """Spans of 2-4 capitalised tokens with labels, titles and org words cut away."""
    out: list[tuple[int, int]] = []
    for run in _RUN_RE.finditer(masked):
        toks = [(m.start() + run.start(), m.end() + run.start(), m.group()) for m in re.finditer(r"\S+", run.group())]
        groups: list[list[tuple[int, int, str]]] = [[]]
        for t in toks:
            if t[2].lower() in _PARTICLES:
                groups[-1].append(t)
            elif _is_stop_token(t[2]):
                groups.append([])
            else:
                groups[-1].append(t)
        for g in groups:
            while g and g[-1][2].lower() in _PARTICLES:
                g.pop()
            caps = [t for t in g if t[2].lower() not in _PARTICLES]
            if 2 <= len(caps) <= 4:
                s, e = g[0][0], g[-1][1]
                after = masked[e:].split()
                if after and _is_org_word(after[0]):
                    continue  # "Tuusulanjärven Matkailu ry"
                if _ends_in_org_suffix(masked[e:]):
                    continue  # "Seniorerna i Raseborg rf"
                out.append((s, e))
    return out


def _accept_name(clause: str, span: tuple[int, int], strong: bool) -> bool:
    """Confirm a candidate with spaCy: a PERSON entity wins; another entity type vetoes
    unless the context is strong and it covers only part of the candidate; with no
    entity the context decides (`strong`: a title, phone or e-mail beside it)."""
    s, e = span
    ents = [x for x in entities(clause) if x[0] < e and x[1] > s]
    if any(lbl in ("PERSON", "PER") for _, _, lbl in ents):
        return True
    others = [x for x in ents if x[2] not in ("CARDINAL", "DATE", "TIME", "QUANTITY", "MONEY", "PERCENT", "ORDINAL")]
    if others and (not strong or any(x[0] <= s and x[1] >= e for x in others)):
        return False  # a place or an organisation, unless only one token was mislabelled beside a phone
    return strong


# --------------------------------------------------------------------------- sections


@dataclass
class _Unit:
    """One piece of a contact section: a block's text or a table cell."""

    text: str
    is_heading: bool = False
    mailtos: tuple[str, ...] = ()


@dataclass
class _Section:
    units: list[_Unit]
    role: str | None = None  # title given by a role label ("Projektledare i Pargas")


@dataclass
class _Person:
    name: str
    title: str | None = None
    organisation: str | None = None
    email: str | None = None
    phone: str | None = None
    clause: int = -1
    last: int = -1  # the last clause attached to the person (a title row under the name)
    from_pattern: str | None = None  # domain of a pattern stated in the person's own section


def _label_match(text: str, *, is_label: bool = False) -> tuple[str, str | None, str] | None:
    """(kind, role title, rest) when `text` starts with a contact or role label.

    kind is "contact" or "role"; the rest is what follows the label, its qualifier
    ("i Pargas", "Hämeenlinnassa") and colon on the first line. `is_label`: the text
    is a field label, so a role word followed by a qualifier is still a label.
    """
    v = _vocab()
    m = v.label_re.match(text)
    if not m:
        return None
    label = m.group("label")
    kind = "role" if label.lower() in v.role_labels else "contact"
    first_line, _, more = text.partition("\n")
    colon = first_line.find(":", m.end())
    if colon != -1 and len(first_line[m.end() : colon].split()) <= 3:
        rest_first = first_line[colon + 1 :]
    else:
        rest_first = first_line[m.end() :]
        if kind == "role" and not is_label and not re.match(rf"\s*:?\s*[{_UP}]", rest_first):
            return None  # "Projektipäällikkö vastaa …" is prose, not a role line
    rest = (rest_first.strip() + ("\n" + more if more else "")).strip()
    role = first_line[m.start("label") : m.end("label")] if kind == "role" else None
    if role and _singular_title(role):
        role = _singular_title(role)
    return kind, role, rest


def _label_only_heading(text: str) -> bool:
    m = _label_match(text.strip().rstrip(":"))
    return m is not None and len(m[2].split()) <= 3 and not _email_hits(m[2])


def _has_contact_data(text: str) -> bool:
    """Cheap test for a block continuing a contact section: a phone, an address or a name."""
    if _phone_hits(text) or _email_hits(text):
        return True
    for clause in _clauses(text):
        masked = clause
        if any(_accept_name(clause, sp, strong=False) for sp in _name_candidates(masked)):
            return True
    return False


def _is_link_only(b: Block) -> bool:
    linked = " ".join(l.text for l in b.links if not l.href.lower().startswith("mailto:"))
    return bool(linked) and len(" ".join(linked.split())) >= len(" ".join(b.text.split())) - 2


def _mailtos(b: Block) -> tuple[str, ...]:
    out = []
    for l in b.links:
        if l.href.lower().startswith("mailto:"):
            addr = l.href[7:].split("?")[0].strip().lower()
            if "@" in addr:
                out.append(addr)
    return tuple(out)


def _unit(b: Block) -> _Unit:
    text = clean_text(b.text)
    if b.kind == "field" and b.label:
        text = f"{clean_text(b.label)}:\n{text}"  # the label on its own line, rows kept apart
    return _Unit(text, is_heading=b.kind == "heading", mailtos=_mailtos(b))


def _is_card(b: Block) -> bool:
    """A contact card outside any labelled section: a name line plus a phone or address."""
    if b.kind not in ("list_item", "paragraph") or b.region != "main":
        return False
    text = clean_text(b.text)
    first, _, rest = text.partition("\n")
    if not rest or not (_phone_hits(rest) or _email_hits(rest)) or len(first.split()) > 4:
        return False
    cands = _name_candidates(first)
    return len(cands) == 1 and cands[0] == (0, len(first)) and _accept_name(first, cands[0], strong=False)


_MAX_CONTACT_BLOCK = 300  # longer blocks after a contact label are prose, not contact lines
_INNER_LABEL_RE = re.compile(r"^([^:\n]{1,60}):\s*(.*)$")


def _is_other_label_line(line: str) -> bool:
    """A "Label: value" line that is not a phone/e-mail row of the same contact."""
    m = _INNER_LABEL_RE.match(line)
    return bool(m) and bool(m.group(1).split()) and _bare(m.group(1).split()[0]) not in _vocab().field_labels


def _inner_label_sections(text: str) -> list[_Section]:
    """Sections led by a "Label: value" line inside a facts paragraph
    ("Projekttid: …<br>Projektledare i Pargas: James Simpson, tfn …")."""
    out: list[_Section] = []
    lines = text.split("\n")
    k = 1
    while k < len(lines):
        m = _INNER_LABEL_RE.match(lines[k])
        lm = _label_match(m.group(1), is_label=True) if m and len(m.group(1).split()) <= 5 else None
        if not (m and lm):
            k += 1
            continue
        body = [m.group(2)] if m.group(2).strip() else []
        k += 1
        while k < len(lines) and not _is_other_label_line(lines[k]):
            body.append(lines[k])
            k += 1
        if body:
            out.append(_Section([_Unit("\n".join(body))], role=lm[1]))
    return out


def _row_kind(label: str) -> str | None:
    """What a field row under a contact gives: "detail" (a phone or address row such as
    "Puhelin", "Yhteyshenkilön sähköpostiosoite"), "title" ("Asema"), or None."""
    v = _vocab()
    words = [_bare(w) for w in label.split()]
    if words and words[0] in v.contact_genitives:
        words = words[1:]
    if not words:
        return None
    if words[0] in v.title_labels:
        return "title"
    return "detail" if words[0] in v.field_labels and len(words) <= 2 else None


def _is_contact_row(nb: Block, b: Block) -> bool:
    """Whether `nb` continues the contact field `b` with the same person's data: a
    "Puhelin"/"Sähköposti" field, or a short line with only a phone or an address
    ("tfn 050 412 7788, emma.sjoholm(at)…" under "Kontaktperson: Emma Sjöholm")."""
    if nb.region != b.region:
        return False
    text = clean_text(nb.text)
    if not text or len(text) > _MAX_CONTACT_BLOCK:
        return False
    if nb.kind == "field":
        return _row_kind(nb.label or "") is not None
    if nb.kind not in ("paragraph", "list_item") or _label_match(text) or _is_link_only(nb):
        return False
    if not (_phone_hits(text) or _email_hits(text)):
        return False
    masked = _mask(text, [(h.start, h.end) for h in _email_hits(text)] + [(h.start, h.end) for h in _phone_hits(text)])
    return not _strip_labels(masked)  # nothing but prefixes, numbers and addresses


def _sections(blocks: Sequence[Block]) -> tuple[list[_Section], set[int]]:
    """The contact sections of a segment, and the indices of the blocks they use."""
    sections: list[_Section] = []
    used: set[int] = set()
    n = len(blocks)
    i = 0
    while i < n:
        b = blocks[i]
        if b.kind == "field" and b.label:
            lm = _label_match(b.label, is_label=True)
            if lm:
                units = [_Unit(clean_text(b.text), mailtos=_mailtos(b))]
                used.add(i)
                j = i + 1
                while j < n and _is_contact_row(blocks[j], b):
                    if blocks[j].kind == "field" and _row_kind(blocks[j].label or "") == "title":
                        units[0] = _Unit(f"{units[0].text}, {clean_text(blocks[j].text)}", mailtos=units[0].mailtos)
                    else:
                        units.append(_unit(blocks[j]))
                    used.add(j)
                    j += 1
                sections.append(_Section(units, role=lm[1]))
                i = j
                continue
            i += 1
            continue
        if b.kind == "table" and b.rows:
            cols = [(j, _label_match(c, is_label=True)) for j, c in enumerate(b.rows[0]) if c and _label_match(c, is_label=True)]
            for j, lm in cols:
                for row in b.rows[1:]:
                    if j < len(row) and row[j].strip():
                        sections.append(_Section([_Unit(clean_text(row[j]))], role=lm[1] if lm else None))
            if cols:
                used.add(i)
            i += 1
            continue
        if b.kind == "heading":
            if _label_only_heading(b.text):
                lm = _label_match(b.text.strip())
                units: list[_Unit] = []
                j = i + 1
                while j < n and not (
                    blocks[j].kind == "heading" and blocks[j].region == b.region and (blocks[j].level or 9) <= (b.level or 9)
                ):
                    if blocks[j].region != b.region:
                        j += 1  # a sidebar beside the section (8.2: a Leader office's staff), not its rows
                        continue
                    if len(blocks[j].text) > _MAX_CONTACT_BLOCK and blocks[j].kind != "field":
                        pass  # running prose under the heading: people there are mentioned, not listed
                    elif blocks[j].kind == "table":
                        units.extend(_Unit(clean_text(c)) for row in blocks[j].rows for c in row if c.strip())
                    else:
                        units.append(_unit(blocks[j]))
                    used.add(j)
                    j += 1
                used.add(i)
                sections.append(_Section(units, role=lm[1] if lm else None))
                i = j
                continue
            i += 1
            continue
        # paragraph / list_item
        text = clean_text(b.text)
        lm = _label_match(text)
        if lm:
            units = [_Unit(lm[2], mailtos=_mailtos(b))] if lm[2] else []
            used.add(i)
            j = i + 1
            while j < n and blocks[j].kind in ("paragraph", "list_item", "field") and blocks[j].region == b.region:
                nb = blocks[j]
                if nb.kind == "field" and nb.label and _label_match(nb.label):
                    break  # its own section
                if len(nb.text) > _MAX_CONTACT_BLOCK or _label_match(clean_text(nb.text)) or _is_link_only(nb):
                    break
                if not _has_contact_data(nb.line):
                    break
                units.append(_unit(nb))
                used.add(j)
                j += 1
            sections.append(_Section(units, role=lm[1]))
            i = j
            continue
        if _is_card(b):
            sections.append(_Section([_unit(b)]))
            used.add(i)
        else:
            inner = _inner_label_sections(text)
            if inner:
                sections.extend(inner)
                used.add(i)
        i += 1
    return sections, used


# --------------------------------------------------------------------------- clauses


def _continues(prev: str, nxt: str) -> bool:
    """Whether line `nxt` wraps `prev` (PDF cells, narrow columns) rather than starting anew."""
    if not prev or not nxt or prev.endswith(":"):
        return False
    if prev.endswith((",", "-", "–")) and not prev.endswith(" -"):
        return True
    last = prev.split()[-1]
    if nxt[0].islower():
        return True
    if nxt[0] in "0123456789(+" and (last[-1].isdigit() or _bare(last) in _vocab().field_labels):
        return True
    words = prev.split()
    if (
        len(words) >= 2
        and _TOKEN_RE.fullmatch(last)
        and not _is_stop_token(last)
        and (words[-2][0].islower() or words[-2].endswith((":", ",")))
        and _TOKEN_RE.match(nxt)
    ):
        return True  # "projektipäällikkö Jaakko" / "Jokipii, p. …"
    return False


_SENTENCE_RE = re.compile(rf"(?<=[0-9{_LO})][0-9{_LO})])\.\s+(?=[{_UP}])|;\s*")


def _clauses(text: str) -> list[str]:
    """Lines (wrapped lines re-joined) split further at sentence ends and semicolons."""
    lines: list[str] = []
    for line in clean_text(text).split("\n"):
        line = line.strip()
        if not line:
            continue
        if lines and _continues(lines[-1], line):
            sep = "" if lines[-1].endswith("-") and line[0].islower() and not lines[-1].endswith(" -") else " "
            lines[-1] = lines[-1] + sep + line
        else:
            lines.append(line)
    out: list[str] = []
    for line in lines:
        out.extend(p.strip() for p in _SENTENCE_RE.split(line) if p and p.strip())
    return out


def _mask(text: str, spans: Iterable[tuple[int, int]]) -> str:
    chars = list(text)
    for s, e in spans:
        for k in range(s, min(e, len(chars))):
            chars[k] = _MASK
    return "".join(chars)


def _strip_labels(text: str) -> str:
    """A part of a contact line without masks, field labels, conjunctions and punctuation."""
    v = _vocab()
    words = [w for w in text.replace(_MASK, " ").split()]
    keep = [
        w
        for w in words
        if _bare(w) not in v.field_labels
        and _bare(w) not in v.conjunctions
        and not (_label_match(w) and _label_match(w)[0] == "contact")
    ]
    return " ".join(keep).strip(" .,:;–-")


def _prefix_title(masked: str, s: int, floor: int) -> tuple[int, str | None]:
    """The title written right before a name, and where it starts.

    "teknisen toimen johtaja Markku", "Vastuullinen johtaja, suunnittelupäällikkö Jarmo":
    read words leftwards while they are title words or (once a title word is found)
    title modifiers; a comma may separate two titles.
    """
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", masked[floor:s])]
    start, have = s, False
    for k in range(len(words) - 1, -1, -1):
        ws, w = words[k]
        ws += floor
        comma = w.endswith(",")
        if _MASK in w or w.endswith(":"):
            break
        if _is_title_word(w):
            if comma and not have:
                break
            have, start = True, ws
            continue
        at_clause_start = k == 0 or words[k - 1][1].endswith(":")
        if have and not comma and _is_modifier(w, capital_ok=at_clause_start):
            start = ws
            continue
        break
    if not have:
        return s, None
    return start, masked[start:s].strip().rstrip(",").strip()


def _split_parts(text: str) -> list[str]:
    conj = "|".join(re.escape(c) for c in _vocab().conjunctions)
    return [p for p in re.split(rf",|\(|\)|\s+(?:{conj})\s+|\s[–-]\s", text) if p is not None]


def _leading_titles(text: str) -> str | None:
    """The comma-separated titles a line starts with ("Vastuullinen johtaja, suunnittelupäällikkö",
    "Johtava asiantuntija" of "Johtava asiantuntija, Reilu datatalous")."""
    parts = [p.strip(" .:;") for p in text.split(",")]
    n = 0
    while n < len(parts) and _is_title_phrase(parts[n]):
        n += 1
    return ", ".join(parts[:n]) if n else None


def _lead(masked: str, first_name: int) -> tuple[int, str, str | None]:
    """A "Lead:" before the first name: (end, kind, value).

    kind: "label" (contact/field label), "role" (value: the role title), "plural"
    (value: the singular title), "title", "org" (value: the organisation), "none".
    """
    colon = masked.find(":", 0, first_name if first_name >= 0 else len(masked))
    if colon <= 0:
        return 0, "none", None
    lead = masked[:colon].strip()
    if not lead or _MASK in lead or len(lead.split()) > 8:
        return 0, "none", None
    lm = _label_match(lead)
    if lm:
        return colon + 1, ("role" if lm[0] == "role" else "label"), lm[1]
    if _bare(lead.split()[0]) in _vocab().field_labels:
        return colon + 1, "label", None
    plural = _is_plural_title_phrase(lead)
    if plural:
        return colon + 1, "plural", plural
    if _is_title_phrase(lead):
        return colon + 1, "title", lead
    if lead[0].isupper() and not re.search(r"\d", lead):
        return colon + 1, "org", lead
    return 0, "none", None


@dataclass(frozen=True)
class _ClauseScan:
    """What a clause holds before any state of the section is applied."""

    emails: tuple[_EmailHit, ...]
    phones: tuple[_PhoneHit, ...]
    masked: str  # the clause with its addresses and numbers masked
    cands: tuple[tuple[int, int], ...]  # name candidates after the lead
    lead: tuple[int, str, str | None]


@lru_cache(maxsize=4096)  # read once to batch the spaCy calls, again to read the people
def _scan_clause(clause: str) -> _ClauseScan:
    emails = _email_hits(clause)
    phones = _phone_hits(clause)
    masked = _mask(clause, [(h.start, h.end) for h in emails] + [(h.start, h.end) for h in phones])
    cands = _name_candidates(masked)
    lead = _lead(masked, cands[0][0] if cands else -1)
    return _ClauseScan(tuple(emails), tuple(phones), masked, tuple(c for c in cands if c[0] >= lead[0]), lead)


def _section_clauses(sec: _Section) -> list[tuple[str, _Unit]]:
    return [(c, u) for u in sec.units for c in _clauses(u.text)]


def _read_section(sec: _Section) -> tuple[list[_Person], str | None]:
    """The people of one section, and the e-mail pattern the section states (if any)."""
    v = _vocab()
    clauses = _section_clauses(sec)
    people: list[_Person] = []
    pool: list[str] = []  # written addresses not placed next to a name
    pattern: str | None = None
    sec_org: str | None = None
    heading_title: str | None = None
    pending_title: str | None = None
    pending_role: str | None = None  # a role label alone on its line ("Projektipäällikkö:" over the name)
    pattern_org: str | None = None  # the organisation whose addresses the pattern describes
    current: _Person | None = None
    for ci, (clause, unit) in enumerate(clauses):
        sc = _scan_clause(clause)
        emails, phones, masked, cands = sc.emails, sc.phones, sc.masked, sc.cands
        floor, lead_kind, lead_val = sc.lead
        for h in emails:
            if h.is_pattern and pattern is None:
                pattern = h.domain
                # 9.4: the pattern belongs to the organisation it is written under.
                pattern_org = current.organisation if current is not None else sec_org
        if lead_kind == "org" and not people:
            sec_org = lead_val
        if lead_kind == "plural":
            heading_title = lead_val
        names: list[tuple[int, int, int, str | None]] = []  # start, end, prefix start, prefix title
        prev_end = floor
        for s, e in cands:
            pstart, ptitle = _prefix_title(masked, s, prev_end)
            tail = masked[e:].lstrip()
            tail = tail[1:] if tail.startswith(",") else tail
            parts = _split_parts(tail)
            first_part = _strip_labels(parts[0]) if parts else ""
            strong = bool(emails or phones or ptitle or sec.role or lead_kind in ("role", "plural", "title"))
            strong = strong or masked[floor:].strip(" :") == masked[s:e]
            strong = strong or bool(first_part and (_is_title_phrase(first_part) or _is_title_word(first_part.split()[0])))
            if _accept_name(clause, (s, e), strong):
                names.append((s, e, pstart, ptitle))
                prev_end = e
        usable = [h for h in emails if not h.is_pattern and h.address.split("@")[0] not in v.role_mailboxes]
        if not names:
            rest = _strip_labels(masked[floor:])
            if not rest and lead_kind in ("role", "title") and lead_val:
                pending_role = lead_val  # "Projektipäällikkö:" / "Puheenjohtaja:" over the name line
            if current is not None:
                if current.phone is None and phones:
                    current.phone = phones[0].e164
                if usable:
                    if current.email is None:
                        current.email = usable[0].address
                    pool.extend(h.address for h in usable[1:])
            else:
                pool.extend(h.address for h in usable)
            if not rest:
                continue
            head = _leading_titles(rest)
            plural = _is_plural_title_phrase(rest)
            if plural:
                heading_title, pending_title = plural, None
            elif head:
                # "erityisasiantuntija, ympäristöministeriö" under the name: the parts after
                # the titles that hold an organisation word are the person's organisation.
                n_head = len(head.split(","))
                tail = [t.strip(" .:;") for t in rest.split(",")[n_head:]]
                org = ", ".join(t for t in tail if t and not re.search(r"\d", t) and len(t.split()) <= 8 and _has_org_word(t))
                if current is not None and current.title is None and current.clause == ci - 1:
                    current.title = head
                    current.last = ci
                    if org and current.organisation is None:
                        current.organisation = org
                else:
                    pending_title = head
            elif rest[0].isupper() and not re.search(r"\d", rest) and len(rest.split()) <= 8:
                if current is None or unit.is_heading:
                    sec_org = rest
                elif current.organisation is None and max(current.clause, current.last) == ci - 1 and any(_is_org_word(w) for w in rest.split()):
                    current.organisation = rest
            continue
        for k, (s, e, pstart, ptitle) in enumerate(names):
            chunk_end = names[k + 1][2] if k + 1 < len(names) else len(masked)
            chunk_start = floor if k == 0 else pstart
            title, org_parts = None, []
            for part in _split_parts(masked[e:chunk_end]):
                p = _strip_labels(part)
                if not p:
                    continue
                if title is None and _is_title_phrase(p):
                    title = p
                elif (p[0].isupper() or _has_org_word(p)) and not re.search(r"\d", p) and len(p.split()) <= 8 and not _is_title_phrase(p):
                    org_parts.append(p)
            person = _Person(name=" ".join(masked[s:e].split()), clause=ci)
            person.title = sec.role or (lead_val if lead_kind == "role" else None) or pending_role or ptitle or title
            person.title = person.title or (lead_val if lead_kind == "title" else None) or pending_title or heading_title
            person.organisation = ", ".join(org_parts) or (lead_val if lead_kind == "org" else None) or sec_org
            mine = [h for h in usable if chunk_start <= h.start < chunk_end]
            person.email = mine[0].address if mine else None
            pool.extend(h.address for h in mine[1:])
            ph = [h for h in phones if chunk_start <= h.start < chunk_end]
            person.phone = ph[0].e164 if ph else None
            pending_title = pending_role = None
            people.append(person)
            current = person
        pool.extend(h.address for h in usable if h.start < floor)
    # Addresses written apart from the names (cards, mailto links): match them by surname.
    for u in sec.units:
        pool.extend(a for a in u.mailtos if a.split("@")[0] not in v.role_mailboxes)
    taken = {p.email for p in people if p.email}
    for p in people:
        if p.email is None:
            last = re.sub(r"[^a-z0-9-]", "", _fold(p.name.split()[-1]))
            for addr in pool:
                if addr not in taken and last and last in addr.split("@")[0]:
                    p.email = addr
                    taken.add(addr)
                    break
    if pattern:
        for p in people:
            if p.email is None and (pattern_org is None or p.organisation in (None, pattern_org)):
                p.from_pattern = pattern
    return people, pattern


def _title_from_mentions(name: str, blocks: Iterable[Block]) -> str | None:
    """The title a page gives `name` outside contact sections ("Valmistelija talousjohtaja X")."""
    for b in blocks:
        texts = [b.text] if b.kind != "table" else [c for row in b.rows for c in row]
        for text in texts:
            for clause in _clauses(text):
                pos = clause.find(name)
                while pos != -1:
                    _, t = _prefix_title(clause, pos, 0)
                    if t:
                        return t
                    after = clause[pos + len(name) :]
                    if after.startswith(","):
                        part = _strip_labels(_split_parts(after[1:])[0]) if _split_parts(after[1:]) else ""
                        if _is_title_phrase(part):
                            return part
                    pos = clause.find(name, pos + 1)
    return None


def _org_matches_domain(org: str | None, domain: str) -> bool:
    """Whether a pattern's domain may apply to a person of `org` (9.4: not across organisations)."""
    if not org:
        return True
    stem = _fold(domain.split(".")[0])
    return len(stem) >= 3 and stem[: max(4, len(stem) - 2)] in _fold(org).replace(" ", "")


def name_clauses(blocks: Sequence[Block]) -> Iterator[str]:
    """The contact clauses of these blocks that hold a candidate name, each of which
    spaCy will be asked about: a caller reading several segments hands them all to
    `pipeline.nlp.prefetch_entities` first, so the model runs once per page."""
    for sec in _sections(blocks)[0]:
        for clause, _ in _section_clauses(sec):
            if _scan_clause(clause).cands:
                yield clause


def contacts_from_blocks(
    blocks: Sequence[Block],
    *,
    email_pattern: str | None = None,
    page_blocks: Sequence[Block] | None = None,
) -> list[Contact]:
    """The contacts of one project, read from the blocks of its segment.

    `email_pattern` is the domain of an "etunimi.sukunimi@…" pattern the page states
    for its own staff; a pattern stated inside the segment outside the contact lines
    is detected too. `page_blocks` (optional, the whole document) lets a contact
    without a title take the title the same page gives that person in prose, and
    supplies a page-level pattern when `email_pattern` is not given. Patterns never
    override a written address and are not applied to people of another organisation.
    """
    sections, used = _sections(blocks)
    merged: dict[str, _Person] = {}
    section_patterns: set[str] = set()
    for sec in sections:
        people, pattern = _read_section(sec)
        if pattern:
            section_patterns.add(pattern)
        for p in people:
            key = p.name.casefold()
            if key not in merged:
                merged[key] = p
                continue
            old = merged[key]
            for attr in ("title", "organisation", "email", "phone", "from_pattern"):
                if getattr(old, attr) is None:
                    setattr(old, attr, getattr(p, attr))
    free_blocks = [b for k, b in enumerate(blocks) if k not in used]
    page_free: list[Block] = []
    if page_blocks is not None:
        _, page_used = _sections(page_blocks)
        page_free = [b for k, b in enumerate(page_blocks) if k not in page_used]
    # A pattern stated outside the contact lines applies to the page's staff.
    general = email_pattern
    if general is None:
        general = next((d for b in free_blocks if (d := find_email_pattern(b.line))), None)
    if general is None and page_free:
        general = next((d for b in page_free if (d := find_email_pattern(b.line))), None)
    if general in section_patterns and email_pattern is not None:
        general = None  # the caller's pattern is the one written beside this segment's people
    out: list[Contact] = []
    for p in merged.values():
        if p.title is None:
            p.title = _title_from_mentions(p.name, free_blocks) or (
                _title_from_mentions(p.name, page_free) if page_free else None
            )
        email, inferred = p.email, False
        if email is None:
            if p.from_pattern:
                email, inferred = infer_email(p.name, p.from_pattern), True
            elif general and _org_matches_domain(p.organisation, general):
                email, inferred = infer_email(p.name, general), True
        out.append(
            Contact(
                name=p.name,
                title=p.title,
                organisation=p.organisation,
                email=email,
                email_inferred=inferred,
                phone=p.phone,
            )
        )
    return out
