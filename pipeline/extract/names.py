"""Project names as the analyst writes them (CONVENTIONS section 2).

A heading carries noise around the name: a trailing period ("(2020-2022)"), a type
label joined with a hyphen (" -hanke", " -esiselvityshanke"), quotes. A news
headline carries the name inside a sentence ("… avustuksen Wasa Station
-hankkeeseen"). Everything here works on the text alone.
"""
from __future__ import annotations

import re
from functools import cache

from pipeline.data import load_yaml
from pipeline.extract.dates import split_trailing_period
from pipeline.parse.blocks import one_line
from pipeline.records import Period


@cache
def _type_words() -> tuple[str, ...]:
    return tuple(load_yaml("names.yaml")["type_suffixes"])


@cache
def _suffix_re() -> re.Pattern[str]:
    stems = "|".join(sorted(map(re.escape, _type_words()), key=len, reverse=True))
    # " -hanke", " –hankkeen", " -kehittämishanke", "-projektissa": a type word joined
    # with a hyphen after a space (or a dash glued to a non-letter such as "!").
    return re.compile(rf"(?:\s+[-–]\s?|(?<=[!?\")”])[-–])\w*?(?:{stems})\w*$", re.I)


@cache
def _inline_re() -> re.Pattern[str]:
    stems = "|".join(sorted(map(re.escape, _type_words()), key=len, reverse=True))
    # the words before a " -hanke…" word inside a sentence
    return re.compile(rf"^(.*?)\s+[-–]\s?\w*?(?:{stems})\w*", re.I)


MAX_INLINE_WORDS = 10


QUOTES = "\"“”„«»'’"


def strip_type_suffix(name: str) -> str:
    """"Koti meän perältä -esiselvityshanke" -> "Koti meän perältä"; one-word compounds stay."""
    stripped = _suffix_re().sub("", name).strip()
    return stripped or name


def clean_name(title: str) -> tuple[str, Period | None]:
    """The name in a heading or field, and the period written after it."""
    text = one_line(title).strip(QUOTES + " ")
    text, period = split_trailing_period(text)
    text = text.strip().rstrip(",;:").strip(QUOTES + " ")
    text = strip_type_suffix(text)
    text, later = split_trailing_period(text)  # "X -hanke 2020-2022"
    return text.strip(QUOTES + " "), period or later


def name_in_sentence(sentence: str) -> str | None:
    """The project name a headline or sentence mentions as "X -hankkeeseen"."""
    m = _inline_re().search(one_line(sentence))
    if not m:
        return None
    words = m.group(1).strip(QUOTES + " ").split()
    verbs = set(load_yaml("names.yaml")["sentence_verbs"])
    last_verb = max((i for i, w in enumerate(words) if w.lower() in verbs), default=None)
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


def is_sentence(title: str) -> bool:
    """A headline is a clause: it has a finite verb-like word in lower case after the first."""
    words = one_line(title).split()
    return len(words) >= 6 and any(w in load_yaml("names.yaml")["sentence_verbs"] for w in (x.lower() for x in words))
