"""Organisations in a role, the owner and the municipality of a project.

Conventions: shared/corpus/CONVENTIONS.md sections 5-7. The rules that are data
(cue phrases, head words, the municipality gazetteer) live in
`pipeline/data/orgs.yaml` and `pipeline/data/municipalities.tsv`; the labels that
give a role are the registry's (`pipeline/labels.py`).

How it works, and why:
- Labelled fields are the strongest evidence: the label gives the role, the value
  the names (split on commas and "ja", turned into the nominative).
- In prose, a cue phrase ("X:n hallinnoimassa", "yhteistyössä X:n kanssa") fixes
  the role and says on which side the organisation stands; the noun phrase there
  is read with a word-level analysis (libvoikko, the lemmatiser spaCy's Finnish
  model uses) rather than a parse, which is fast and does not need the sentence to
  be grammatical. spaCy's NER runs only on sentences that have a cue, to drop
  people ("toteuttajana Janina Tihinen").
- Names are turned into the nominative at their head word only (the last word):
  "Hämeen ammattikorkeakoulun" -> "Hämeen ammattikorkeakoulu"; lemmatising the
  whole phrase would wrongly give "Häme ammattikorkeakoulu".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, Iterable

from pipeline.data import load_tsv, load_yaml
from pipeline.labels import field_of
from pipeline.records import Organisation

ROLES = ("owner", "implementer", "partner", "funder")
_UPPER = "A-ZÅÄÖÜÉ"
_PROPER_CLASSES = {"nimi", "etunimi", "sukunimi", "paikannimi"}
_COLON_SUFFIX = re.compile(r"^(?P<stem>.+?):(?:n|lle|lta|ltä|lla|llä|ssa|ssä|sta|stä|ta|tä|a|ä|na|nä|ksi|iin|hin|een|aan|ään|in|ihin|ien|t)$")
_ACRONYM_CASE = re.compile(rf"^(?P<stem>[{_UPPER}0-9][{_UPPER}0-9&/-]+)(?:in|n|iin|ille|ilta|iltä|issa|issä|ista|istä|ia|lle|lta|ltä|ssa|ssä|sta|stä|ksi)$")
_AMOUNT = re.compile(r"(?:\b(?:enintään|noin|n\.|max\.?|maximalt|up to)\s+)?\d[\d\s\u00a0.,]*\s*(?:%|€|e\b|eur\b|euroa?\b|euron\b|milj\.?\w*|miljoonaa|tuhatta)?", re.I)
_DATE = re.compile(r"\b\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\b|\b\d{1,2}\.\d{1,2}\.")
_PARENS = re.compile(r"\s*\([^()]*\)")
_ACRONYM = re.compile(r"[A-ZÅÄÖ0-9][A-Za-zÅÄÖåäö0-9+&-]{1,11}")


def _drop_brackets(text: str) -> str:
    """Text without its bracketed asides ("(50 %)", "(hallinnoija)"), but with an
    acronym that is part of a name: "Euroopan aluekehitysrahasto (EAKR)"."""
    def drop(m: re.Match[str]) -> str:
        inner = m.group(0).strip()[1:-1]
        acronym = _ACRONYM.fullmatch(inner) and sum(c.isupper() for c in inner) >= 2
        return m.group(0) if acronym else ""
    return _PARENS.sub(drop, text)
_SPACES = re.compile(r"\s+")
_SENT_SPLIT = re.compile(rf"(?<=[.!?])\s+(?=[{_UPPER}0-9\"”])")
_ABBREV_END = re.compile(r"\b(?:ry|r\.y|oy|mm|esim|n|ns|yms|jne|ks|vrt|ts|puh|p|tel|tfn|nro|s)\.$", re.I)
_SEPARATORS = re.compile(r"\s*(?:,|;|\n|\s(?:ja|sekä|och|samt|and|&)\s)\s*")
_DASH_SPLIT = re.compile(r"\s+[–—-]\s+")


# -- data -------------------------------------------------------------------------

@cache
def _rules() -> dict[str, Any]:
    return load_yaml("orgs.yaml")


@dataclass(frozen=True)
class _Head:
    nom: str
    compound: bool
    capitalise: bool
    municipal: bool


@cache
def _head_forms() -> tuple[dict[str, _Head], list[tuple[str, _Head]]]:
    """Exact forms -> head, and (suffix, head) pairs for compounds, longest first."""
    exact: dict[str, _Head] = {}
    suffixes: list[tuple[str, _Head]] = []
    for h in _rules()["heads"]:
        head = _Head(h["nom"], bool(h.get("compound")), bool(h.get("capitalise")), bool(h.get("municipal")))
        for form in [h["nom"], *h.get("forms", [])]:
            exact[form] = head
            if head.compound:
                suffixes.append((form, head))
    suffixes.sort(key=lambda p: -len(p[0]))
    return exact, suffixes


@cache
def _legal_suffixes() -> dict[str, str]:
    """Legal-form and type suffix (lower-case) -> language ("fi" / "sv")."""
    out: dict[str, str] = {}
    for lang, words in _rules()["legal_suffixes"].items():
        for w in words:
            out.setdefault(w.lower(), lang)
    return out


@dataclass(frozen=True)
class _Cue:
    role: str
    side: str
    regex: re.Pattern[str]
    gap: int
    genitive: bool
    recipient: bool


@cache
def _cues() -> tuple[_Cue, ...]:
    out = []
    for c in _rules()["cues"]:
        flags = 0 if c["side"] == "group" and "A-Z" in c["pattern"] else re.I
        out.append(_Cue(c["role"], c["side"], re.compile(c["pattern"], flags), int(c.get("gap", 0)),
                        bool(c.get("genitive")), bool(c.get("recipient"))))
    return tuple(out)


@cache
def _any_of(key: str) -> re.Pattern[str]:
    """One pattern matching wherever any of the key's patterns does (one scan, not n)."""
    return re.compile("|".join(f"(?:{p})" for p in _rules()[key]), re.I)


@cache
def _word_set(key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _rules()[key])


@dataclass(frozen=True)
class _Place:
    name: str          # nominative Finnish name of today's municipality
    kind: str          # kaupunki | kunta
    genitive: str      # genitive of the municipality (for "<gen> kaupunki")


@cache
def _gazetteer() -> tuple[dict[str, _Place], dict[str, _Place]]:
    """(form -> municipality) for names, Swedish names, genitives and locative forms;
    and (nominative Finnish name -> municipality) for the municipalities themselves."""
    forms: dict[str, _Place] = {}
    munis: dict[str, _Place] = {}
    villages: list[tuple[str, str, str]] = []
    for row in load_tsv("municipalities.tsv"):
        row = tuple(row) + ("",) * (4 - len(row))
        name, sv, gen, kind = row[:4]
        if name == "name":
            continue
        if kind.startswith("village:"):
            villages.append((name, gen, kind.split(":", 1)[1]))
            continue
        place = _Place(name, kind or "kunta", gen or name + "n")
        munis[name] = place
        for f in (name, sv, gen, *_case_forms(gen)):
            if f:
                forms.setdefault(f.lower(), place)
        if sv and not sv.endswith("s"):
            forms.setdefault((sv + "s").lower(), place)  # Swedish genitive: "Raseborgs stad"
    for name, gen, muni in villages:
        place = munis.get(muni)
        if place is None:
            continue
        for f in (name, gen, *_case_forms(gen)):
            if f:
                forms.setdefault(f.lower(), place)
    return forms, munis


def _case_forms(genitive: str) -> list[str]:
    """Locative forms built on a singular genitive stem ("Oulun" -> "Oulussa").

    Plural-looking genitives ("Paraisten") and irregular stems are left to voikko.
    """
    if not genitive.endswith("n") or genitive.endswith("ten") or " " in genitive:
        return []
    stem = genitive[:-1]
    back = not re.search(r"[äöy]", stem.split("-")[-1].lower()) or re.search(r"[aou]", stem.split("-")[-1].lower())
    a = "a" if back else "ä"
    return [stem + e for e in (f"ss{a}", f"st{a}", f"ll{a}", f"lt{a}", "lle", f"n{a}", "ksi")]


@cache
def _voikko() -> Any:
    """libvoikko's Finnish analyser, or None when it is not installed."""
    try:
        import libvoikko

        return libvoikko.Voikko("fi")
    except Exception:  # pragma: no cover - depends on the install
        return None


@cache
def _analyse(word: str) -> tuple[tuple[str, str, str, str], ...]:
    """(baseform, class, case, number) analyses of one word, proper nouns first."""
    v = _voikko()
    if v is None or not word:
        return ()
    out = []
    for a in v.analyze(word):
        out.append((a.get("BASEFORM") or "", a.get("CLASS") or "", a.get("SIJAMUOTO") or "", a.get("NUMBER") or ""))
    out.sort(key=lambda a: a[1] not in _PROPER_CLASSES)
    return tuple(out)


# -- small word helpers --------------------------------------------------------------

def _strip_punct(word: str) -> str:
    return word.strip(" \t.,;:!?\"'”“»«()[]")


def _is_capitalised(word: str) -> bool:
    w = word.lstrip("\"'”“«(")
    return bool(w) and (w[0].isupper() or (any(c.isupper() for c in w) and not w.islower()))


@cache
def _suffix_index() -> tuple[dict[str, _Head], tuple[int, ...]]:
    """The compound suffixes by form, and their lengths longest first: a word's
    longest matching suffix is found by a few lookups, not a scan of every suffix."""
    index: dict[str, _Head] = {}
    for form, head in _head_forms()[1]:
        index.setdefault(form, head)
    return index, tuple(sorted({len(f) for f in index}, reverse=True))


@lru_cache(maxsize=65536)  # the same words recur on every page
def _head_of(word: str) -> tuple[_Head, str] | None:
    """The head entry for a word and the word's nominative, or None."""
    low = word.lower()
    exact = _head_forms()[0]
    if low in exact:
        return exact[low], _keep_case(word, exact[low].nom)
    index, lengths = _suffix_index()
    for k in lengths:
        if len(low) > k and (head := index.get(low[-k:])) is not None:
            return head, word[: len(word) - k] + head.nom
    return None


def _keep_case(original: str, new: str) -> str:
    """The new word with the original's capital initial."""
    if original[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def _is_legal(word: str) -> bool:
    w = word.lower().rstrip(".,")
    m = _COLON_SUFFIX.match(w)
    if m:
        w = m.group("stem")
    return w in _legal_suffixes()


def is_organisation(name: str) -> bool:
    """A name that ends in a legal or municipal form ("Esimerkkilän kaupunki", "Rakennus Virta Oy", "Kylätoimikunta ry")."""
    words = name.split()
    return len(words) >= 2 and _is_legal(words[-1])


def _nameish(word: str, sentence_start: bool = False) -> bool:
    """Can this token be part of an organisation's name?"""
    w = _strip_punct(word)
    if not w:
        return False
    if _is_legal(w) or _head_of(w.split(":")[0]) is not None:
        return True
    if not _is_capitalised(w):
        return False
    if w.endswith("-"):
        return True  # "Opetus- ja kulttuuriministeriö"
    if w.lower() in _word_set("not_names"):
        return False
    if sentence_start and not w.isupper() and _is_function_word(w):
        return False
    return True


_FUNCTION_CLASSES = {"asemosana", "seikkasana", "sidesana", "suhdesana", "kieltosana", "teonsana", "huudahdussana"}


def _is_function_word(word: str) -> bool:
    """A capitalised word at a sentence start that is not a name ("Tässä", "Hankkeessa").

    Pronouns, adverbs, verbs and conjunctions never open a name; a common noun does
    only in the nominative or genitive ("Business Finland", "Lasten Liikunnan Tuki").
    """
    analyses = _analyse(word)
    if not analyses or any(a[1] in _PROPER_CLASSES for a in analyses):
        return False
    if any(a[1] in _FUNCTION_CLASSES for a in analyses):
        return True
    return all(a[2] not in ("nimento", "omanto") for a in analyses)


@cache
def _is_finite_verb(word: str) -> bool:
    v = _voikko()
    if v is None:
        return False
    analyses = v.analyze(_strip_punct(word))
    return bool(analyses) and all(a.get("CLASS") == "teonsana" and a.get("MOOD") in ("indicative", "conditional", "imperative")
                                  for a in analyses)


def _bridge(word: str) -> bool:
    """A lower-case word that can sit inside a name ("Kurun lähiruoka ry", "City of Espoo")."""
    w = _strip_punct(word)
    if w in ("of", "for", "för", "de", "af"):
        return True
    if not w or not w.islower() or len(w) < 3:
        return False
    analyses = _analyse(w)
    return bool(analyses) and all(a[1] in ("nimisana", "laatusana", "nimisana_laatusana") for a in analyses)


# -- nominative -------------------------------------------------------------------

def _fix_spelling(name: str) -> str:
    fixes = _rules().get("spelling_fixes") or {}
    return fixes.get(name, name)


def to_nominative(phrase: str, guess: bool = True) -> str:
    """An organisation phrase from running text, in the nominative singular.

    Only the head (the last word) changes: its inflected form is looked up in the
    head-word table, then in voikko (proper-noun analysis preferred), then, with
    `guess`, unknown names lose a genitive ending ("Traficomin" -> "Traficom",
    "Metropolian" -> "Metropolia"). Colon endings go ("ry:n", "Oy:lle"). A single
    lower-case word for a ministry or agency gets a capital ("Valtiovarainministeriö").
    """
    text = _SPACES.sub(" ", _PARENS.sub("", phrase)).strip(" \t,;:.")
    text = text.strip("\"'”“«»")
    if not text:
        return text
    words = text.split(" ")
    last = words[-1]
    m = _COLON_SUFFIX.match(last)
    if m:
        words[-1] = m.group("stem")
        return _fix_spelling(" ".join(words))
    if _is_swedish_or_foreign(words):
        return _fix_spelling(text)
    head = _head_of(last)
    if head is not None:
        h, nom = head
        words[-1] = nom
        out = " ".join(words)
        if len(words) == 1 and h.capitalise:
            out = out[:1].upper() + out[1:]
        return _fix_spelling(out)
    if last.lower() in _legal_suffixes():
        return _fix_spelling(text)
    words[-1] = _lemma(last, guess)
    return _fix_spelling(" ".join(words))


def _is_swedish_or_foreign(words: list[str]) -> bool:
    """Swedish or English names keep their form ("Kimitoöns kommun", "Region Stockholm")."""
    last = words[-1].lower().rstrip(".")
    return _legal_suffixes().get(last) == "sv" or last in ("university", "city", "ltd", "inc", "gmbh")


def _lemma(word: str, guess: bool) -> str:
    """Nominative singular of one name word; unknown forms stay as written unless guessing."""
    m = _ACRONYM_CASE.match(word)
    if m and sum(c.isupper() for c in m.group("stem")) >= 2:
        return m.group("stem")
    analyses = _analyse(word)
    if analyses:
        base, cls, case, number = analyses[0]
        if case == "nimento" and (number != "plural" or word[:1].isupper()):
            return word
        if case in ("", None):
            return word
        if word[:1].isupper() and cls not in _PROPER_CLASSES and case == "osanto":
            return word  # "Novia" is a name, not the partitive of "nova"
        if word[:1].isupper():
            base = base[:1].upper() + base[1:]
        return base
    if guess and word[:1].isupper() and len(word) > 4:
        if re.search(r"[bcdfghjklmnpqrstvwxz]in$", word.lower()) and not word.lower().endswith(("lin", "kin")):
            return word[:-2]
        if re.search(r"[aeiouyäö]n$", word.lower()) and not word.lower().endswith(("son", "sen", "man", "ton", "ään", "een")):
            return word[:-1]
    return word


# -- coordination ---------------------------------------------------------------------

def _plural_head(word: str) -> str | None:
    """Singular nominative of a plural head ("kunnat" -> "kunta"), else None."""
    w = _strip_punct(word)
    low = w.lower()
    exact, suffixes = _head_forms()
    head = exact.get(low)
    if head is None:
        for form, h in suffixes:
            if low.endswith(form) and len(low) > len(form):
                head, prefix = h, w[: len(w) - len(form)]
                break
        else:
            prefix = ""
    else:
        prefix = ""
    if head is not None and low.endswith("t") and low != head.nom:
        return prefix + head.nom
    if head is None:
        for base, cls, case, number in _analyse(w):
            if number == "plural" and case == "nimento" and _head_of(base):
                return base
    return None


def _english_inner_and(text: str) -> str:
    """Protect an "and" inside one English name: "Ministry of Education and Culture",
    "Finnish Institute for Health and Welfare (THL)". The "and" joins the complement of
    "of"/"for" unless what follows it has a head of its own ("… of Helsinki and Aalto
    University")."""
    heads = _word_set("english_org_heads")

    def keep(m: re.Match[str]) -> str:
        before = _SEPARATORS.split(text[:m.start()])[-1]
        after = _SEPARATORS.split(text[m.end():])[0]
        own_head = any(w.strip("().,").lower() in heads for w in after.split())
        if re.search(r"\b(?:of|for)\s+[A-Z]", before) and after[:1].isupper() and not own_head:
            return "\x00and\x00"
        return m.group(0)

    return re.sub(r"\s+and\s+", keep, text)


def _split_items(text: str) -> list[str]:
    """Split on commas, "ja", "sekä", "och" ... but keep "Sivistys- ja kulttuuripalvelut"."""
    protected = re.sub(r"(\w-)\s+(ja|och|and|sekä|eller|tai)\s+", lambda m: m.group(1) + "\x00" + m.group(2) + "\x00", text)
    protected = _english_inner_and(protected)
    parts = _SEPARATORS.split(protected)
    return [p.replace("\x00", " ").strip(" .") for p in parts if p and p.strip(" .")]


def split_coordinated(phrase: str) -> list[str]:
    """A coordinated list of organisations as separate singular names.

    "Hattulan ja Janakkalan kunnat" -> ["Hattulan kunta", "Janakkalan kunta"]: a
    plural head after a run of genitives is shared by all of them. A two-item list
    that names one organisation in Finnish and Swedish keeps the first form.
    """
    text = _SPACES.sub(" ", _drop_brackets(phrase.replace("\n", " , "))).strip(" ,.;")
    if not text:
        return []
    bilingual = _bilingual_first(text)
    if bilingual:
        return [bilingual]
    items = _split_items(text)
    out: list[str] = []
    pending: list[str] = []  # head-less genitives waiting for a plural head
    for item in items:
        words = item.split(" ")
        sg = _plural_head(words[-1]) if len(words) >= 2 else None
        if sg is not None:
            out.extend(f"{p} {sg}" for p in pending)
            pending = []
            out.append(" ".join(words[:-1] + [sg]))
            continue
        if _looks_genitive_modifier(item):
            pending.append(item)
            continue
        out.extend(pending)
        pending = []
        out.append(item)
    out.extend(pending)
    return [o for o in (x.strip(" .") for x in out) if o]


def _looks_genitive_modifier(item: str) -> bool:
    """ "Vantaan" in "Vantaan, Helsingin ja Espoon kaupungit": one genitive word, no head."""
    words = item.split(" ")
    if len(words) != 1:
        return False
    w = words[0]
    if _head_of(w) is not None or _is_legal(w):
        return False
    if not w.endswith("n"):
        return False
    return any(a[2] == "omanto" for a in _analyse(w)) or w.lower() in _gazetteer()[0]


def _bilingual_first(text: str) -> str | None:
    """ "Pohjois-Suomen rakennusklusteri ry, Norra Finlands byggkluster rf" -> the Finnish form."""
    parts = [p.strip() for p in re.split(r"\s*,\s*|\s+[–—]\s+|\s+/\s+", text) if p.strip()]
    if len(parts) != 2:
        return None
    a, b = parts
    la = _legal_suffixes().get(a.split(" ")[-1].lower().rstrip("."))
    lb = _legal_suffixes().get(b.split(" ")[-1].lower().rstrip("."))
    if la == "fi" and lb == "sv":
        return a
    if la == "sv" and lb == "fi":
        return a
    return None


# -- municipalities ------------------------------------------------------------------

def _titlecase(word: str) -> str:
    if word.isupper() and len(word) > 2:
        return "-".join(p[:1] + p[1:].lower() for p in word.split("-"))
    return word


def _municipality_word(word: str) -> _Place | None:
    w = _strip_punct(_titlecase(word))
    if not w:
        return None
    if not w[:1].isupper():
        return None  # "lahden" is a bay, "Lahden" the town
    forms, munis = _gazetteer()
    place = forms.get(w.lower())
    if place is not None:
        return place
    for base, cls, case, number in _analyse(w):
        if cls in _PROPER_CLASSES:
            p = forms.get(base.lower())
            if p is not None:
                return p
    return None


def municipality_of(name: str) -> str | None:
    """The nominative Finnish municipality a name in any form refers to.

    "Hämeenlinnan" / "Hämeenlinnassa" -> "Hämeenlinna", "Pargas" -> "Parainen",
    "Kuivaniemi" -> "Ii" (a village of Ii). A text of several words gives the one
    municipality it names, or None when it names none or several.
    """
    text = _SPACES.sub(" ", name or "").strip(" \t.,;:")
    if not text:
        return None
    forms, _ = _gazetteer()
    whole = forms.get(_titlecase(text).lower()) if _titlecase(text)[:1].isupper() else None
    if whole is not None:
        return whole.name
    words = text.split(" ")
    if len(words) == 1:
        p = _municipality_word(words[0])
        return p.name if p else None
    found = {p.name for w in re.split(r"[\s,;/]+", text) if _is_capitalised(w) and (p := _municipality_word(w))}
    return found.pop() if len(found) == 1 else None


def municipality_from_org(org: str) -> str | None:
    """The municipality whose own organisation this is ("Raahen kaupunki" -> "Raahe").

    Only a municipality's own name with a municipal head (kaupunki, kunta, stad,
    kommun) counts: "Hämeen ammattikorkeakoulu" or a hospital district gives None.
    """
    text = _SPACES.sub(" ", org or "").strip()
    if not text:
        return None
    text = _DASH_SPLIT.split(text)[0]
    text = to_nominative(_titlecase_words(text), guess=False)
    words = text.split(" ")
    if len(words) != 2:
        return None
    modifier, head = words
    sv_heads = {w.lower() for w in _rules()["municipal_heads_sv"]}
    h = _head_of(head)
    if h is not None and h[0].municipal and h[1].lower() == h[0].nom:
        p = _municipality_word(modifier)
        if p is not None and modifier.lower() != p.name.lower():  # a genitive, not "Oulu kaupunki"
            return p.name
        return None
    if head.lower() in sv_heads:
        p = _municipality_word(modifier)
        if p is None and modifier.endswith("s"):
            p = _municipality_word(modifier[:-1])
        return p.name if p else None
    return None


def _titlecase_words(text: str) -> str:
    if text.isupper():
        words = text.split(" ")
        return " ".join([_titlecase(words[0])] + [w.lower() if _head_of(w.lower()) else _titlecase(w) for w in words[1:]])
    return text


def _owner_name(name: str) -> str:
    """A bare municipality as owner is its organisation: "Hämeenlinna" -> "Hämeenlinnan kaupunki"."""
    forms, munis = _gazetteer()
    p = munis.get(name)
    if p is None:
        return name
    return f"{p.genitive} {p.kind}"


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
    s = _SPACES.sub(" ", s).strip(" ,.;:–-")
    return s


def _is_org_name(name: str) -> bool:
    """Worth a row: has a capital letter, is not a generic word, a programme or a group."""
    if not name or len(name) < 2:
        return False
    low = name.lower()
    if low in _word_set("non_orgs"):
        return False
    if _any_of("exclude_item").search(low):
        return False
    if not any(c.isupper() for c in name):
        return False
    return True


def _finish(name: str) -> str:
    return _fix_spelling(_SPACES.sub(" ", name).strip(" ,.;:"))


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
    if m and (role is None or role == "owner"):
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
    for line in [raw] if "\n" not in raw else raw.split("\n"):
        for item in split_coordinated(line):
            name = _field_item_name(item, role)
            if name and _is_org_name(name) and not _is_person(name):
                out.append(Organisation(_finish(name), role))
    return _dedupe(out)


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
    """A field value written as a sentence: six words or more, one of them a verb."""
    text = _DASH_SPLIT.split(text)[0]
    words = [_strip_punct(w) for w in text.split()]
    if len(words) < 6:
        return False
    for w in words:
        if w.islower() and len(w) > 3:
            classes = {a[1] for a in _analyse(w)}
            if classes == {"teonsana"}:
                return True
    return False


def _is_person(name: str) -> bool:
    """A person's name in an organisation's place (spaCy NER, on this short text only)."""
    if not _looks_like_person(name, False, need_ner=False):
        return False
    return _looks_like_person(name, any(label in ("PERSON", "PER") and s == 0 and e >= len(name) - 1
                                        for s, e, label in _entities(name)))


def _looks_like_person(name: str, ner_person: bool, need_ner: bool = True) -> bool:
    """ "Janina Tihinen": two or three capitalised words, the first a first name.

    spaCy alone tags single place names ("Loppi") and Swedish names as people, and
    voikko alone knows first names that are also words; either one is not enough.
    """
    words = name.split(" ")
    if len(words) not in (2, 3) or _head_of(words[-1]) or _is_legal(words[-1]):
        return False
    if not all(w[:1].isupper() for w in words):
        return False
    first = any(a[1] == "etunimi" for a in _analyse(words[0]))
    if not need_ner:
        return first
    return first and (ner_person or any(a[1] == "sukunimi" for a in _analyse(words[-1])))


def _entities(text: str) -> tuple[tuple[int, int, str], ...]:
    try:
        from pipeline.nlp import entities
    except ImportError:  # pragma: no cover
        return ()
    return entities(text)


# -- prose --------------------------------------------------------------------------

def _sentences(text: str) -> list[str]:
    """Sentences of a text; abbreviations such as "ry." and "mm." do not end one."""
    text = _SPACES.sub(" ", text or "").strip()
    if not text:
        return []
    out: list[str] = []
    buf = ""
    for piece in _SENT_SPLIT.split(text):
        buf = f"{buf} {piece}".strip() if buf else piece
        if _ABBREV_END.search(buf):
            continue
        out.append(buf)
        buf = ""
    if buf:
        out.append(buf)
    return out


@dataclass
class _Hit:
    role: str
    start: int
    end: int
    cue: _Cue


def _tokens(s: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"\S+", s)]


def _core_backward(sentence: str, end: int, gap: int, genitive: bool) -> tuple[int, int] | None:
    """The organisation noun phrase ending right before `end` (character offsets)."""
    toks = [t for t in _tokens(sentence) if t[1] <= end]
    if not toks:
        return None
    i = len(toks) - 1
    skipped = 0
    while gap and i >= 0 and skipped < gap and not _nameish(toks[i][2], toks[i][0] == 0) \
            and _strip_punct(toks[i][2]).islower() and _strip_punct(toks[i][2]).endswith("n") \
            and not re.search(r"[,.;:]$", toks[i][2]):
        i -= 1
        skipped += 1
    if i < 0:
        return None
    # "Hämeenlinnan kaupungin ”Uudistuva kylä …” -hanke": skip a quoted name
    if genitive and re.search(r"[”\"»]$", toks[i][2]):
        j = i
        while j >= 0 and not re.match(r"^[”\"«“]", toks[j][2]):
            j -= 1
        if j < 0:
            return None
        i = j - 1
        if i < 0:
            return None
    last = _strip_punct(toks[i][2])
    if re.search(r"[,;:.!?]$", toks[i][2]) and not _is_legal(toks[i][2]):
        return None
    if not _nameish(toks[i][2], toks[i][0] == 0):
        return None
    if genitive and not (last.endswith("n") or last.endswith(":n")):
        return None
    j = i
    k = i - 1
    while k >= 0:
        tok = toks[k][2]
        if re.search(r"[,;:.!?)]$", tok):
            break
        if _nameish(tok, toks[k][0] == 0):
            j = k
            k -= 1
            continue
        if _bridge(tok) and k - 1 >= 0 and _nameish(toks[k - 1][2], toks[k - 1][0] == 0) \
                and not re.search(r"[,;:.!?)]$", toks[k - 1][2]):
            k -= 1
            continue
        if tok.lower() in ("ja", "sekä", "och", "and", "samt", "&") and k - 1 >= 0 \
                and _nameish(toks[k - 1][2].rstrip(","), toks[k - 1][0] == 0):
            j = k - 1
            k -= 2
            continue
        break
    # a list "A, B ja C" before the cue: extend over comma-separated names
    while j - 1 >= 0 and toks[j - 1][2].endswith(",") and _nameish(toks[j - 1][2], toks[j - 1][0] == 0):
        j -= 1
        while j - 1 >= 0 and not re.search(r"[,;:.!?)]$", toks[j - 1][2]) and _nameish(toks[j - 1][2], toks[j - 1][0] == 0):
            j -= 1
    return toks[j][0], toks[i][1]


def _after_span(sentence: str, start: int, stop: int) -> str:
    """The text after a cue up to the next cue or the end of the clause."""
    s = sentence[start:stop]
    s = re.split(r"\s*(?:;|\.\s|\.$|\bjonka\b|\bjoka\b|\bjota\b|\bjossa\b|\bsom\b|\bwhich\b|\bwho\b|\bmutta\b|\bkun\b|\bkoska\b)", s)[0]
    if ":" in s:
        s = s.split(":", 1)[1]
    return s


def _items_from_after(span: str) -> list[tuple[str, bool]]:
    """Names at the start of each coordinated item after a cue, plus whether it was a list."""
    span = _PARENS.sub("", span)
    items = split_coordinated(span)
    out = []
    for it in items:
        toks = it.split(" ")
        i = 0
        while i < len(toks) and not _nameish(toks[i]):
            if _is_finite_verb(toks[i]):
                return out  # "X ja sitä rahoittaa Y": a new clause, not the list
            i += 1
        if i == len(toks):
            # a lower-case generic item still counts towards "several"
            out.append(("", True))
            continue
        j = i
        k = i + 1
        while k < len(toks):
            if _nameish(toks[k]):
                j = k
                k += 1
            elif _bridge(toks[k]) and k + 1 < len(toks) and _nameish(toks[k + 1]):
                k += 1
            else:
                break
        out.append((" ".join(toks[i: j + 1]), True))
    return out


def _excluded(sentence: str, key: str) -> bool:
    return _any_of(key).search(sentence) is not None


def _names(raw: list[str], sentence: str) -> list[str]:
    """Nominative names of raw phrases, without people and generic words."""
    out = []
    persons: list[tuple[int, int]] | None = None  # spaCy runs only when its answer decides
    for r in raw:
        if not r:
            out.append("")
            continue
        in_person = False
        if _looks_like_person(r, False, need_ner=False) and not _looks_like_person(r, False):
            if persons is None:
                persons = [(s, e) for s, e, lab in _entities(sentence) if lab in ("PERSON", "PER")]
            pos = sentence.find(r)
            in_person = pos >= 0 and any(s <= pos and pos + len(r) <= e + 1 for s, e in persons)
        if _looks_like_person(r, in_person):
            out.append("")
            continue
        name = to_nominative(r)
        out.append(name if _is_org_name(name) else "")
    return out


def _recipient_after(sentence: str, start: int) -> list[str]:
    """Allative names right after "myönsi": "myöntänyt Vaasan kaupungille" -> the recipient."""
    toks = [t for t in _tokens(sentence) if t[0] >= start][:8]
    allative = next((t for t in toks if re.search(r"(?:lle|:lle)[,.;]?$", t[2])), None)
    if allative is None:
        return []
    core = _core_backward(sentence, allative[1], 0, False)
    if core is None or core[0] < start:
        return []
    span = sentence[core[0]: core[1]]
    out = []
    for item in split_coordinated(span):
        words = item.split(" ")
        if not words or not _nameish(words[0]) and not _nameish(words[-1]):
            continue
        out.append(item)
    return out


def _grant_received(sentence: str) -> tuple[list[str], list[str]]:
    """ "X sai / on saanut (Y:ltä) ... avustuksen": recipients X and funders Y."""
    m = re.search(_rules()["grant_received_pattern"], sentence, re.I)
    if not m:
        return [], []
    aux = re.search(r"\s+(?:on|ovat|oli|olivat)\s*$", sentence[: m.start()])
    end = aux.start() if aux else m.start()
    recipients: list[str] = []
    span = _core_backward(sentence, end, 0, False)
    if span:
        recipients = split_coordinated(sentence[span[0]: span[1]])
    funders: list[str] = []
    rest = sentence[m.end():]
    fm = re.match(r"\s+((?:\S+\s+){0,2}?\S+?(?:lta|ltä|:lta|:ltä))\b", rest)
    if fm:
        cand = fm.group(1).split(" ")
        k = len(cand) - 1
        j = k
        while j - 1 >= 0 and _nameish(cand[j - 1]):
            j -= 1
        phrase = " ".join(cand[j: k + 1])
        if _nameish(cand[k]):
            funders.append(phrase)
    return recipients, funders


def _lead_owner(sentence: str) -> str | None:
    """ "Paraisten kaupunki kehittää ...": an organisation opening a project text."""
    verbs = _word_set("lead_verbs")
    toks = _tokens(sentence)
    for i, (s, e, w) in enumerate(toks[1:6], start=1):
        if _strip_punct(w).lower() in verbs:
            if not (_head_of(toks[i - 1][2]) or _is_legal(toks[i - 1][2])):
                return None
            span = _core_backward(sentence, toks[i - 1][1], 0, False)
            if not span or span[0] != 0:
                return None
            phrase = sentence[span[0]: span[1]]
            if len(split_coordinated(phrase)) != 1 or to_nominative(phrase, guess=False) != _strip_punct(phrase):
                return None
            return phrase
    return None


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


def _orgs_in_sentence(sentence: str) -> list[Organisation]:
    if _excluded(sentence, "exclude_sentence"):
        return []
    no_funding = _excluded(sentence, "exclude_funding_sentence")
    hits: list[_Hit] = []
    for cue in _cues():
        for m in cue.regex.finditer(sentence):
            hits.append(_Hit(cue.role, m.start(), m.end(), cue))
    hits.sort(key=lambda h: h.start)
    out: list[Organisation] = []
    claimed: list[tuple[int, int]] = []
    for n, hit in enumerate(hits):
        cue = hit.cue
        if no_funding and hit.role in ("funder", "shared") and cue.side != "group":
            continue
        role = hit.role
        raw: list[str] = []
        if cue.side == "group":
            m = cue.regex.search(sentence, hit.start)
            if not m:
                continue
            if no_funding and role == "funder":
                continue
            raw = [name for name, _ in _items_from_after(m.group("org"))]
            claimed.append((m.start("org"), m.end("org")))
        elif cue.side == "after":
            stop = next((h.start for h in hits[n + 1:] if h.start >= hit.end), len(sentence))
            span = _after_span(sentence, hit.end, stop)
            raw = [name for name, _ in _items_from_after(span)]
            claimed.append((hit.end, hit.end + len(span)))
        else:
            span = _core_backward(sentence, hit.start, cue.gap, cue.genitive)
            if span is None or any(a <= span[0] < b for a, b in claimed):
                span = None
            if span is not None:
                before = sentence[: span[0]]
                if role == "owner" and re.search(r"\bmukana\b", before) and not re.search(r"[.;]", before[before.rfind("mukana"):]):
                    span = None  # "A on mukana X:n hallinnoimassa hankkeessa": X runs another project
            if span is not None:
                raw = split_coordinated(sentence[span[0]: span[1]])
                claimed.append(span)
            if cue.recipient and not no_funding:
                rec = _names(_recipient_after(sentence, hit.end), sentence)
                rec = [r for r in rec if r]
                rec_role = "owner" if len(rec) == 1 else "partner"
                out.extend(Organisation(_finish(_owner_name(r) if rec_role == "owner" else r), rec_role) for r in rec)
        names = _names(raw, sentence)
        several = len([r for r in raw]) > 1
        if role == "shared":
            role = "partner" if several else "owner"
        for name in names:
            if not name:
                continue
            if role == "owner":
                name = _owner_name(name)
            out.append(Organisation(_finish(name), role))
    if not no_funding and re.search(_rules()["funding_words"], sentence, re.I):
        recipients, funders = _grant_received(sentence)
        rec = [r for r in _names(recipients, sentence) if r]
        if rec:
            rec_role = "owner" if len(recipients) == 1 else "partner"
            out.extend(Organisation(_finish(_owner_name(r) if rec_role == "owner" else r), rec_role) for r in rec)
        out.extend(Organisation(_finish(f), "funder") for f in _names(funders, sentence) if f)
    return out


# -- results ------------------------------------------------------------------------

def _dedupe(orgs: Iterable[Organisation]) -> list[Organisation]:
    seen: set[tuple[str, str]] = set()
    out: list[Organisation] = []
    for o in orgs:
        key = (o.name.lower(), o.role)
        if o.name and key not in seen:
            seen.add(key)
            out.append(o)
    return out


def merge_orgs(*lists: Iterable[Organisation]) -> list[Organisation]:
    """Several sources of organisations as one list, the earlier (stronger) first.

    A later name that is a shorter form of an earlier one in the same role
    ("Metropolia" beside "Metropolia Ammattikorkeakoulu Oy") is dropped.
    """
    out: list[Organisation] = []
    for lst in lists:
        for o in lst:
            if any(p.role == o.role and (p.name.lower() == o.name.lower()
                                         or p.name.lower().startswith(o.name.lower() + " ")) for p in out):
                continue
            out.append(o)
    return out


def owner_of(orgs: list[Organisation]) -> str | None:
    """The first organisation with the role owner, or None."""
    return next((o.name for o in orgs if o.role == "owner"), None)


def orgs_from_logos(alt_texts: list[str]) -> list[Organisation]:
    """Partners from a partner logo row's alt texts ("Helsinki logo" -> Helsinki).

    A name one letter away from a municipality of the gazetteer is taken to be that
    municipality ("Kuopia" -> "Kuopio"); names a logo writes without spaces come from
    the small map in orgs.yaml. Fund and EU logos are skipped.
    """
    rules = _rules()
    strip = {w.lower() for w in rules["logo_strip_words"]}
    ignore = [re.compile(p, re.I) for p in rules["logo_ignore"]]
    mapped = {k.lower(): v for k, v in (rules.get("logo_names") or {}).items()}
    out: list[Organisation] = []
    for alt in alt_texts:
        words = [w for w in re.split(r"[\s_]+", (alt or "").strip()) if w and w.lower().strip(".,:-") not in strip]
        name = " ".join(words).strip(" -–,.:")
        if not name or any(p.search(name) for p in ignore):
            continue
        name = mapped.get(name.lower().replace(" ", ""), name)
        name = _gazetteer_spelling(name)
        out.append(Organisation(name, "partner"))
    return _dedupe(out)


def _gazetteer_spelling(name: str) -> str:
    """A one-edit typo of a municipality's name, corrected; anything else as written."""
    if " " in name or len(name) < 5 or municipality_of(name):
        return name
    _, munis = _gazetteer()
    close = [m for m in munis if len(m) >= 5 and _one_edit(name.lower(), m.lower())]
    return close[0] if len(close) == 1 else name


def _one_edit(a: str, b: str) -> bool:
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1:] == a for i in range(len(b)))

