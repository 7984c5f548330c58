"""Who is a person: title words, label and organisation words, and person names.

Job titles are recognised by their suffix ("projektipäällikkö", "Projektledare"),
plural titles ("Projektityöntekijät") by the vocabulary's plural rules, and a title
may be led by modifiers ("teknisen toimen johtaja"). Names are found with a
capitalised-word heuristic (runs of 2-4 capitalised tokens with labels, titles and
organisation words cut away) and confirmed with spaCy's PERSON entities on the
short clause (never on a whole page).
"""
from __future__ import annotations

import re

from pipeline.extract.contacts.vocab import _MASK, _NAME_TOKEN, _PARTICLES, _vocab
from pipeline.nlp import entities

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
    on to an organisation's legal suffix ("i Exempelby rf", "Matkailu ry"): only
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
                    continue  # "Esimerkkilän Matkailu ry"
                if _ends_in_org_suffix(masked[e:]):
                    continue  # "Seniorerna i Exempelby rf"
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
