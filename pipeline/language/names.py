"""Project names as the analyst writes them (CONVENTIONS section 2).

A heading carries noise around the name: a trailing period ("(2020-2022)"), a type
label joined with a hyphen (" -hanke", " -esiselvityshanke"), quotes. A news
headline carries the name inside a sentence ("… avustuksen Wasa Station
-hankkeeseen"). Everything here works on the text alone.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from pipeline.data import load_yaml
from pipeline.language.orgnames import is_legal
from pipeline.language.periods import split_trailing_period
from pipeline.parse.blocks import one_line
from pipeline.records import Period


@cache
def _type_words() -> tuple[str, ...]:
    return tuple(load_yaml("names.yaml")["type_suffixes"])


@cache
def _sentence_verbs() -> frozenset[str]:
    return frozenset(load_yaml("names.yaml")["sentence_verbs"])


# "hanke", "projekti", "project" anywhere in a text, in any form or compound
PROJECT_STEM = re.compile(r"hank|projekt|project", re.I)


@cache
def _suffix_re() -> re.Pattern[str]:
    stems = "|".join(sorted(map(re.escape, _type_words()), key=len, reverse=True))
    # " -hanke", " –hankkeen", " -kehittämishanke", "-projektissa": a type word joined
    # with a hyphen after a space (or a dash glued to a non-letter such as "!").
    return re.compile(rf"(?:\s+[-–]\s?|(?<=[!?\")”])[-–])\w*?(?:{stems})\w*$", re.I)


@cache
def _inline_re() -> re.Pattern[str]:
    stems = "|".join(sorted(map(re.escape, _type_words()), key=len, reverse=True))
    # the words before a " -hanke…" word inside a sentence, or before a type word
    # glued to an acronym ("DUDE-hankkeelle")
    return re.compile(rf"^(.*?)(?:\s+[-–]\s?|(?<=[A-ZÅÄÖ0-9])-)\w*?(?:{stems})\w*", re.I)


MAX_INLINE_WORDS = 10


QUOTES = "\"“”„«»'’"


def strip_type_suffix(name: str) -> str:
    """"Koti meän perältä -esiselvityshanke" -> "Koti meän perältä"; one-word compounds stay."""
    stripped = _suffix_re().sub("", name).strip()
    return stripped or name


def _strip_course_verb(text: str) -> str:
    """"Kylätalon korjaushanke käynnistyy" -> "Kylätalon korjaushanke"."""
    head, _, last = text.rpartition(" ")
    if head and last.lower().rstrip("!.") in load_yaml("names.yaml")["course_verbs"] \
            and any(head.lower().endswith(t) for t in _type_words()):
        return head
    return text


def clean_name(title: str) -> tuple[str, Period | None]:
    """The name in a heading or field, and the period written after it."""
    text = one_line(title).strip(QUOTES + " ")
    text, period = split_trailing_period(text)
    text = text.strip().rstrip(",;:").strip(QUOTES + " ")
    text = _strip_course_verb(text)
    text = strip_type_suffix(text)
    text, later = split_trailing_period(text)  # "X -hanke 2020-2022"
    return text.strip(QUOTES + " "), period or later


# "the consortium Reliable Knowledge for X (RELKNOW)", "konsortio Esimerkkitutkimus (ESTU)":
# a type noun, then a capitalised name that ends with its acronym in brackets
_ACRONYM_NAMED = re.compile(r"\b(?i:the\s+)?(?i:consortium|konsortio|konsortiet|project|projekti|projektet|hanke)\s+"
                           r"(?P<name>[A-ZÅÄÖ0-9][^,;()]{2,160}?\s\((?P<acr>[A-ZÅÄÖ0-9][A-Za-zÅÄÖ0-9-]{1,15})\))")


def _named_with_acronym(sentence: str) -> str | None:
    m = _ACRONYM_NAMED.search(one_line(sentence))
    if not m or not any(c.isupper() for c in m.group("acr")):
        return None
    return m.group("name").strip()


def name_in_sentence(sentence: str) -> str | None:
    """The project name a headline or sentence mentions as "X -hankkeeseen"."""
    m = _inline_re().search(one_line(sentence))
    if not m:
        return _named_with_acronym(sentence)
    words = m.group(1).strip(QUOTES + " ").split()
    # "… Esimerkkilän Tanssi ry:n Kesäkuva-hankkeelle": the owner's genitive ends before the name
    owner_end = max((i for i, w in enumerate(words[:-1]) if ":" in w and is_legal(w)), default=None)
    if owner_end is not None:
        words = words[owner_end + 1:]
    rules = load_yaml("names.yaml")
    verbs = _sentence_verbs()
    objects = tuple(rules["object_stems"])
    # The name follows the clause's verb and, in "sai … euron avustuksen X -hankkeeseen",
    # the money words that stand between the verb and the name.
    last_verb = max((i for i, w in enumerate(words)
                     if w.lower() in verbs or w.lower().startswith(objects)), default=None)
    if last_verb is not None:
        # The name is the run from the first capitalised word after the clause's verb
        # ("Työ jatkuu Liikkuvaa arjen design – … -projektissa").
        head = next((i for i in range(last_verb + 1, len(words)) if words[i].strip(QUOTES)[:1].isupper()), None)
        if head is not None and len(words) - head <= MAX_INLINE_WORDS:
            return " ".join(words[head:]).strip(QUOTES + " –-") or None
    # Walk back from the type word: through the name's lower-case tail to its
    # capitalised head, and stop at the first lower-case word before the head
    # ("… avustuksen Wasa Station", "… rahoitusta Opitaan luonnossa").
    start = None
    for i in range(len(words) - 1, max(-1, len(words) - 1 - MAX_INLINE_WORDS), -1):
        w = words[i].strip(QUOTES)
        if w[:1].isupper() or w[:1].isdigit():
            start = i
        elif start is not None:
            break
    if start is None:
        return None
    return " ".join(words[start:]).strip(QUOTES + " –-") or None


# The number of an item of minutes, before its title or after it ("§ 38 …", "… 146 §")
ITEM_NUMBER = re.compile(r"^\s*(?:§\s*\d+|\d+\s*§)\s*|\s*(?:§\s*\d+|\d+\s*§)\s*$")


def name_from_item_title(title: str) -> str | None:
    """The project an item of minutes is about: "§ 38 Kuntarahoitus IndusTryWINS
    -hankkeelle" -> "IndusTryWINS" (the decision word in front is not the name)."""
    rest = ITEM_NUMBER.sub("", one_line(title))
    if rest == one_line(title):
        return None
    nouns = set(load_yaml("names.yaml")["item_title_nouns"])
    decision, colon, subject = rest.partition(": ")
    if colon and decision.lower() in nouns and subject.strip():
        return subject.strip()  # "§ 204 Kuntarahoitus: kylätalon korjaus"
    name = name_in_sentence(rest)
    if not name:
        return _compound_after_decision(rest, nouns)
    words = name.split()
    # "Rautavaaran Urheilijat ry:n Kuntosali kuntoon": the applicant's genitive is not the name
    owner_end = max((i for i, w in enumerate(words[:-1]) if re.search(r":n$", w)), default=None)
    if owner_end is not None:
        words = words[owner_end + 1:]
    while len(words) > 1 and words[0].lower() in nouns:
        words.pop(0)
    return " ".join(words)


# the inflected forms of a type word that ends a compound name ("kehittämishankkeeseen")
_COMPOUND_CASE = re.compile(r"(hank|projekt)(?:keeseen|keelle|keen|keesta|keessa|keella|ille|iin|in|ista|issa)$", re.I)


def _compound_after_decision(rest: str, nouns: set[str]) -> str | None:
    """"Esimerkkilän kunnan osallistuminen Kylätien kunnostushankkeeseen" -> "Kylätien
    kunnostushanke": the words after the decision word, the compound back in the nominative."""
    words = split_trailing_period(rest)[0].split()  # "… kehittämishankkeeseen vuosina 2024–2025"
    at = next((i for i, w in enumerate(words) if w.lower().strip(",:") in nouns), None)
    if at is None or at == len(words) - 1 or not _COMPOUND_CASE.search(words[-1]):
        return None
    tail = words[at + 1:]
    tail[-1] = _COMPOUND_CASE.sub(lambda m: m.group(1) + ("e" if m.group(1).lower() == "hank" else "i"), tail[-1])
    return " ".join(tail) if len(tail) <= MAX_INLINE_WORDS and tail[0][:1].isupper() else None


def name_after_type_word(sentence: str) -> str | None:
    """The name a sentence opens with after a type word and before its verb:
    "Projektet Levande hamnar i Ekenäs genomförs av …" -> "Levande hamnar i Ekenäs"."""
    rules = load_yaml("names.yaml")
    words = one_line(sentence).split()
    if len(words) < 3 or words[0].lower() not in rules["opening_type_words"] or not words[1][:1].isupper():
        return None
    verbs = _sentence_verbs()
    end = next((i for i in range(2, min(len(words), MAX_INLINE_WORDS + 2)) if words[i].lower() in verbs), None)
    return " ".join(words[1:end]).strip(QUOTES + " ,") or None if end else None


# "Määrärahan myöntäminen … hankkeelle ”Kylät verkkoon”", "Bidrag till projektet Hamnar i Finland":
# a decision's title names the project after the word for it, at the end.
_AFTER_TYPE_WORD = re.compile(r"\b(?:\w*hankkeelle|\w*hankkeeseen|\w*projektille|\w*projektiin|projektet|"
                              r"the project)\s+(?P<name>[" + QUOTES + r"]?[A-ZÅÄÖ0-9][^.!?]{1,80})$")


def name_at_title_end(title: str) -> str | None:
    """The name a decision's title gives after "hankkeelle" or "projektet", at its end."""
    m = _AFTER_TYPE_WORD.search(one_line(title))
    return m.group("name").strip(QUOTES + " ") or None if m else None


@cache
def _naming_re() -> re.Pattern[str]:
    words = "|".join(load_yaml("names.yaml")["naming_words"])
    return re.compile(rf"\b(?:{words})\s+[{QUOTES}]?(?P<name>[A-ZÅÄÖ0-9][^.,;:!?{QUOTES}]*?)[{QUOTES}]?(?=[.,;:!?]|\s*$)")


def name_called(sentence: str) -> str | None:
    """The name a sentence introduces with a naming word: "Hanke on nimeltään Kylätalo
    kuntoon." -> "Kylätalo kuntoon"; "Projektet heter X", "the project, called X, …"."""
    m = _naming_re().search(one_line(sentence))
    if not m or not PROJECT_STEM.search(sentence[:m.start()]):
        return None  # a person or a place may be called something too
    verbs = _sentence_verbs()
    words = m.group("name").split()
    end = next((i for i, w in enumerate(words) if w.lower() in verbs), len(words))
    words = words[:end]
    while words and words[-1].lower() in ("ja", "och", "and"):
        words.pop()
    return " ".join(words) if 0 < len(words) <= MAX_INLINE_WORDS else None


@cache
def _quoted_re() -> re.Pattern[str]:
    return re.compile(rf"\b(?:hank|projekt|project)\w*\s+[{QUOTES}](?P<name>[A-ZÅÄÖ0-9][^{QUOTES}]{{2,120}}?)[{QUOTES}]", re.I)


def name_quoted(sentence: str) -> str | None:
    """The name a word for a project introduces in quotes: "… myönsi hankkeelle
    ”Kylätalo kuntoon” 5 000 euroa" -> "Kylätalo kuntoon"; "för projektet ”X”", "the
    project “X”". A quote names one thing, so the quoted words are the whole name."""
    m = _quoted_re().search(one_line(sentence))
    if not m or not m.group("name")[0].isupper() and not m.group("name")[0].isdigit():
        return None
    name = m.group("name").strip()
    return name if len(name.split()) <= MAX_INLINE_WORDS else None


def told_name(texts: list[str]) -> str | None:
    """The one project a text names: with a naming word ("on nimeltään X"), in quotes
    after a word for a project ("hankkeelle ”X”"), or as the
    subject a sentence opens with ("X-hanke toteutetaan …", not a link's "X -hanke");
    None when it names none or several."""
    found: list[str] = []
    for text in texts:
        n = _told_in(text)
        if n and not any(_same_project(n, f) for f in found):
            found.append(n)
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=8192)
def _told_in(text: str) -> str | None:
    n = name_called(text) or name_quoted(text)
    if n is None and (m := name_in_sentence(text)) and one_line(text).startswith(m) and is_clause(text):
        n = m
    return n


def _same_project(a: str, b: str) -> bool:
    ka, kb = (re.sub(r"\W+", " ", x.lower()).strip() for x in (a, b))
    return bool(ka and kb) and (ka.startswith(kb) or kb.startswith(ka))


def fuller_name(name: str, texts: list[str]) -> str | None:
    """A fuller form of a short name the same document writes out, such as
    "DUDE – Do yoUr own DiligencE -hanketta" for the headline's "DUDE"."""
    stems = "|".join(sorted(map(re.escape, _type_words()), key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w){re.escape(name)}\s+[–—-]\s+(.{{3,120}}?)\s+[-–]\w*?(?:{stems})\w*", re.I)
    for text in texts:
        m = pattern.search(one_line(text))
        if m and not re.search(r"[.!?]\s", m.group(1)):
            return f"{name} – {m.group(1).strip()}"
    return None


def is_clause(text: str) -> bool:
    """Five words or more with a verb of the names data ("X -hanke toteutetaan ajalla …")."""
    words = [w.lower().strip(".,;:") for w in one_line(text).split()]
    return len(words) >= 5 and any(w in _sentence_verbs() for w in words)


def is_sentence(title: str) -> bool:
    """A headline is a clause: it has a finite verb-like word in lower case after the first."""
    words = one_line(title).split()
    return len(words) >= 6 and any(w in _sentence_verbs() for w in (x.lower() for x in words))
