"""Contact sections read into people, and the contacts of one project.

Each section is read as a sequence of short clauses. In a clause every person name
becomes an anchor; the words right before it may be a title ("teknisen toimen
johtaja Pekka Laine"), the comma parts after it a title, an organisation, a
phone, an e-mail. Lines without a name attach to the person before them (card rows
"Puh.", "Sähköposti") or announce the people after them (a title heading
"Projektityöntekijät", an organisation heading). People quoted in prose are never
contacts: only sections produce them, prose is only used to fill in a missing title.
Addresses written apart from the names are matched by surname; a stated pattern
("etunimi.sukunimi@…") gives the others an inferred address, never across
organisations.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator, Sequence

from pipeline.extract.contacts.clauses import (
    _clauses,
    _label_match,
    _mask,
    _strip_labels,
)
from pipeline.extract.contacts.emails import (
    _email_hits,
    _EmailHit,
    _fold,
    find_email_pattern,
    infer_email,
)
from pipeline.extract.contacts.names import (
    _accept_name,
    _bare,
    _has_org_word,
    _is_modifier,
    _is_org_word,
    _is_plural_title_phrase,
    _is_title_phrase,
    _is_title_word,
    _name_candidates,
)
from pipeline.extract.contacts.phones import _phone_hits, _PhoneHit
from pipeline.extract.contacts.sections import _Section, _sections, _Unit
from pipeline.extract.contacts.vocab import _MASK, _vocab
from pipeline.parse.blocks import Block
from pipeline.records import Contact


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


def _prefix_title(masked: str, s: int, floor: int) -> tuple[int, str | None]:
    """The title written right before a name, and where it starts.

    "teknisen toimen johtaja Pekka", "Vastuullinen johtaja, suunnittelupäällikkö Liisa":
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
    "Johtava asiantuntija" of "Johtava asiantuntija, Hyvinvointipalvelut")."""
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
                # "erityisasiantuntija, opetus- ja kulttuuriministeriö" under the name: the parts after
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
