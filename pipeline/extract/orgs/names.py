"""Organisation names: legal forms, the nominative, coordinated lists, people.

Names are turned into the nominative at their head word only (the last word):
"Hämeen ammattikorkeakoulun" -> "Hämeen ammattikorkeakoulu"; lemmatising the
whole phrase would wrongly give "Häme ammattikorkeakoulu". A coordinated list is
split on commas and "ja"/"sekä"/"och"; a plural head after a run of genitives is
shared by all of them ("Hattulan ja Janakkalan kunnat"). A person's name in an
organisation's place is told by voikko's first names and spaCy's NER, run on the
short text only.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from pipeline.extract.orgs.rules import (
    _PARENS,
    _PROPER_CLASSES,
    _SPACES,
    _UPPER,
    _analyse,
    _any_of,
    _gazetteer,
    _Head,
    _head_forms,
    _rules,
    _voikko,
    _word_set,
)
from pipeline.language.orgnames import _COLON_SUFFIX
from pipeline.language.orgnames import is_legal as _is_legal
from pipeline.language.orgnames import is_organisation
from pipeline.language.orgnames import legal_suffixes as _legal_suffixes

_ACRONYM_CASE = re.compile(rf"^(?P<stem>[{_UPPER}0-9][{_UPPER}0-9&/-]+)(?:in|n|iin|ille|ilta|iltä|issa|issä|ista|istä|ia|lle|lta|ltä|ssa|ssä|sta|stä|ksi)$")
_ACRONYM = re.compile(r"[A-ZÅÄÖ0-9][A-Za-zÅÄÖåäö0-9+&-]{1,11}")
_SEPARATORS = re.compile(r"\s*(?:,|;|\n|\s(?:ja|sekä|och|samt|and|&)\s)\s*")


@cache
def _country_code() -> re.Pattern[str]:
    codes = "|".join(_rules()["country_codes"])
    return re.compile(rf"(?:,\s*|\s+\()(?:{codes})\)?\s*$")


def _drop_brackets(text: str) -> str:
    """Text without its bracketed asides ("(50 %)", "(hallinnoija)"), but with an
    acronym that is part of a name: "Euroopan aluekehitysrahasto (EAKR)"."""
    def drop(m: re.Match[str]) -> str:
        inner = m.group(0).strip()[1:-1]
        acronym = _ACRONYM.fullmatch(inner) and sum(c.isupper() for c in inner) >= 2
        return m.group(0) if acronym else ""
    return _PARENS.sub(drop, text)


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
    only in the nominative or genitive ("Business Finland", "Kylien Kehittämisen Tuki").
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
    "Esimerkkian" -> "Esimerkkia"). Colon endings go ("ry:n", "Oy:lle"). A single
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
    "Ministry of Economic Affairs and Employment". The "and" joins the complement of
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
    lines = [_country_code().sub("", line) for line in phrase.split("\n")]
    text = _SPACES.sub(" ", _drop_brackets(" , ".join(lines))).strip(" ,.;")
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
    """ "Esimerkkilän kyläyhdistys ry, Exempelby byaförening rf" -> the Finnish form."""
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


def is_named_organisation(name: str) -> bool:
    """A name with a legal form or an organisation's head word at its end ("Esimerkki ry",
    "Esimerkkilän ELY-keskus", "Esimerkkimaan liitto")."""
    words = name.split()
    return is_organisation(name) or (len(words) >= 2 and words[0][:1].isupper() and _head_of(words[-1]) is not None)


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


@cache
def _and_others() -> re.Pattern[str]:
    return re.compile(rf"[\s,]+(?:{'|'.join(_rules()['and_others'])})$", re.I)


_DOTTED_FORMS = ("r.y.", "r.f.")  # legal forms written with their dots keep the last one


def _without_final_dot(name: str) -> str:
    """A name without a sentence's full stop, but "Esimerkki r.y." with its own."""
    return name if name.lower().endswith(_DOTTED_FORMS) else name.rstrip(".")


def _finish(name: str) -> str:
    return _fix_spelling(_without_final_dot(_and_others().sub("", _SPACES.sub(" ", name).strip(" ,;:"))))


def _is_person(name: str) -> bool:
    """A person's name in an organisation's place (spaCy NER, on this short text only)."""
    if not _looks_like_person(name, False, need_ner=False):
        return False
    return _looks_like_person(name, any(label in ("PERSON", "PER") and s == 0 and e >= len(name) - 1
                                        for s, e, label in _entities(name)))


def _looks_like_person(name: str, ner_person: bool, need_ner: bool = True) -> bool:
    """ "Aino Virtanen": two or three capitalised words, the first a first name.

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
