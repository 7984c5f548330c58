"""Organisations in a role, read from a labelled field or from prose.

Labelled fields are the strongest evidence: the label gives the role, the value the
names (split on commas and "ja", turned into the nominative). A field value written
as a sentence is read as prose, and a "Label: value" inside running text as a
field, so the two readers call each other and live together here; what one
sentence's cue phrases give is `prose`'s.
"""
from __future__ import annotations

import re

from pipeline.extract.orgs.names import (
    _drop_brackets,
    _finish,
    _is_org_name,
    _is_person,
    _nameish,
    _strip_punct,
    _without_final_dot,
    split_coordinated,
    to_nominative,
)
from pipeline.extract.orgs.places import (
    _owner_name,
    municipality_from_org,
    municipality_of,
)
from pipeline.extract.orgs.prose import (
    _excluded,
    _lead_owner,
    _orgs_in_sentence,
    _sentences,
)
from pipeline.extract.orgs.results import _dedupe
from pipeline.extract.orgs.rules import (
    _DASH_SPLIT,
    _PARENS,
    _SPACES,
    _UPPER,
    _analyse,
    _rules,
    _word_set,
)
from pipeline.labels import field_of
from pipeline.records import Organisation

# an amount or a bare number, not a digit inside a name's word ("4H-piiri")
_AMOUNT = re.compile(r"(?:\b(?:enintään|noin|n\.|max\.?|maximalt|up to)\s+)?(?<!\w)\d[\d\s\u00a0.,]*\s*"
                     r"(?:%|€|e\b|eur\b|euroa?\b|euron\b|milj\.?\w*|miljoonaa|tuhatta)?(?![^\W\d_])", re.I)
_DATE = re.compile(r"\b\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\b|\b\d{1,2}\.\d{1,2}\.")


# the member of a consortium or partnership that leads it
_LEAD_MARK = re.compile(r"\s*\((?:coordinator|lead partner|lead|koordinaattori|päätoteuttaja|hallinnoija|"
                        r"samordnare|huvudman)\)", re.I)


# -- fields -------------------------------------------------------------------------

# The role each organisation field of the label registry gives: an applicant is the
# owner, "Rahoitus" names the funder (when its value is no amount).
_ROLE_OF_FIELD = {"owner": "owner", "applicant": "owner", "implementer": "implementer", "partner": "partner",
                  "funder": "funder", "funder_or_grant": "funder"}


def _label_role(label: str) -> str | None:
    return _ROLE_OF_FIELD.get(field_of(label or "") or "")


def label_role(label: str) -> str | None:
    """The role a field label or a heading gives the organisations under it."""
    return _label_role(label)


def _clean_item(item: str) -> str:
    """A list item without amounts, dates, brackets and trailing punctuation."""
    s = _drop_brackets(item)
    s = _DATE.sub(" ", s)
    s = _AMOUNT.sub(" ", s)
    s = _SPACES.sub(" ", s).strip(" ,;:–-")
    return _without_final_dot(s)


def orgs_from_field(label: str, value: str) -> list[Organisation]:
    """Organisations of a labelled field, with the label's role.

    "Osatoteuttajat: Vantaan, Helsingin, Kauniaisten ja Espoon kaupungit" gives four
    implementers; "Rahoitus: ESR 70%" the funder "ESR"; a value of the form
    "Oulun kaupungin hanke" an owner whatever the label. A value written as a
    sentence ("Ympäristöministeriö rahoittaa hanketta ...") is read as prose.
    """
    role = _label_role(label)
    text = _SPACES.sub(" ", (value or "").replace("\r", "")).strip()
    if not text:
        return []
    m = re.match(_rules()["owner_value_pattern"], _PARENS.sub("", text).strip(), re.I)
    # ... but not the project's own name: "Hankkeen nimi: Nuorten kesätyöhanke" names no owner
    if m and (role is None or role == "owner") and field_of(label or "") != "name":
        head = m.group("org")
        if _nameish(head.split(" ")[-1]):
            name = _owner_name(to_nominative(head))
            if _is_org_name(name):
                return [Organisation(_finish(name), "owner")]
    if role is None:
        return []
    raw = value.replace("\r", "")
    if role == "funder" and raw.count(":") >= 2:
        raw = raw.split(":", 1)[0]  # "Valtiovarainministeriö: <sub-project>: 246 500 € ..."
    elif _is_prose(text):
        found = orgs_from_text(text)
        return [o for o in found if o.role == role] or found
    out: list[Organisation] = []
    for line in _unwrapped(raw):
        # "Esimerkki University (coordinator), Esimerkkilä": the member that leads a
        # consortium or a partnership is its owner, and the town after it is no member
        lead = role == "partner" and _LEAD_MARK.search(line) is not None
        for n, item in enumerate(split_coordinated(_without_unit(_LEAD_MARK.sub("", line)))):
            name = _field_item_name(item, role)
            if name and _is_org_name(name) and not _is_person(name) and municipality_of(name) != name:
                out.append(Organisation(_finish(name), "owner" if lead and n == 0 else role))
    return _dedupe(out)


# Words inside a name that never end one ("Exempelby bildningsförbund på / Åland")
_NAME_CONNECTORS = frozenset(("på", "i", "för", "vid", "av", "of", "for", "in", "the", "de"))


def _unwrapped(raw: str) -> list[str]:
    """The lines of a value, with a narrow cell's wrapped lines joined again: a line goes
    on when the next one starts in lower case ("Esimerkkilän kunnan / yhteisökehitys",
    "Kylä / ry"), when it ends in a word that joins a name's parts ("… förbund på /
    Åland") or in a genitive that a name follows ("Esimerkkimaan / 4H-piiri ry")."""
    out: list[str] = []
    for line in (x.strip() for x in raw.split("\n")):
        if not line:
            continue
        prev = out[-1] if out else ""
        if prev and not prev.endswith((",", ";", ".", ":")) and (
                line[:1].islower() or prev.split()[-1].lower() in _NAME_CONNECTORS
                or (prev.split()[-1].endswith("n") and prev.split()[-1][:1].isupper()
                    and len(prev.split()) <= 2 and not line[:1].isupper())):
            out[-1] = f"{prev} {line}"
        else:
            out.append(line)
    return out


def _without_unit(line: str) -> str:
    """"Esimerkkilän kunta / Ympäristöosasto": a unit of the organisation after a slash
    is not a name of its own (`unit_words` in orgs.yaml)."""
    head, sep, tail = line.partition(" / ")
    units = tuple(_rules()["unit_words"])
    words = [w.lower().strip(".,") for w in tail.split()]
    if sep and any(w.startswith(units) or w.endswith(units) for w in words[:3]):
        return head
    return line


def _field_item_name(item: str, role: str) -> str | None:
    item = _DASH_SPLIT.split(item)[0]  # "Kurun lähiruoka ry – lähiruokaprojekti ..."
    s = _clean_item(item)
    if not s:
        return None
    words = s.split(" ")
    if role == "funder":
        tails = _word_set("funder_tail_words")
        while len(words) > 1 and words[-1].lower() in tails:
            words = words[:-1]
        if len(words) == 1 and words[0].lower() in tails:
            return None
        s = " ".join(words)
    # field values are nominative; only known inflected heads and colon endings change
    return to_nominative(s, guess=False)


def _is_prose(text: str) -> bool:
    """A field value written as a sentence: six words or more, one of them a finite verb
    (a verb form with a case, "kehittämisen", "rahoittamana", is declined like a noun)."""
    text = _DASH_SPLIT.split(text)[0]
    words = [_strip_punct(w) for w in text.split()]
    if len(words) < 6:
        return False
    for w in words:
        if w.islower() and len(w) > 3:
            analyses = _analyse(w)
            if {a[1] for a in analyses} == {"teonsana"} and any(not a[2] for a in analyses):
                return True
    return False


def orgs_from_text(text: str) -> list[Organisation]:
    """Organisations given a role by the cue phrases of a prose text.

    Coordinated lists are split and names put in the nominative. Sentences about a
    steering group or a target group, bridge financing and awards give no roles; a
    municipality that owns the project is not repeated as its partner.
    """
    found: list[Organisation] = []
    for sentence in _sentences(text):
        found.extend(_orgs_in_sentence(sentence))
        found.extend(_inline_fields(sentence))
    owners = [o.name for o in found if o.role == "owner"]
    if not owners:
        sents = _sentences(text)
        if sents:
            lead = _lead_owner(sents[0])
            if lead and not _excluded(sents[0], "exclude_sentence"):
                found.insert(0, Organisation(_finish(to_nominative(lead)), "owner"))
                owners = [found[0].name]
    if owners:
        owner_munis = {municipality_from_org(o) for o in owners} - {None}
        found = [o for o in found if o.role == "owner" or not (
            o.role == "partner" and (o.name in owners or municipality_of(o.name) in owner_munis
                                     and len(o.name.split()) == 1))]
    return _dedupe(found)


def _inline_fields(sentence: str) -> list[Organisation]:
    """ "Rahoittaja: Helsingin kaupungin innovaatiorahasto." inside running text."""
    out: list[Organisation] = []
    for m in re.finditer(rf"(?:^|(?<=[\s.]))([{_UPPER}][\w ]{{2,30}}?):\s+([^:]+?)(?=\.\s|\.$|$)", sentence):
        if _label_role(m.group(1)):
            out.extend(orgs_from_field(m.group(1), m.group(2)))
    return out
