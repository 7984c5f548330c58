"""The one place that loads the Finnish spaCy model.

Loading takes a couple of seconds and a few hundred MB, so it happens lazily, once
per process, and only the components named-entity recognition needs are kept: the
extractors ask for PERSON entities on short contact lines, never for parses.
"""
from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

MODEL = "spacy_fi_experimental_web_md"
# "tok2vec" feeds only the excluded components: the NER has its own embedded
# tok2vec, so dropping the shared one gives the same entities in a third of the time.
_UNUSED = ("tok2vec", "tagger", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "senter")


@cache
def get_nlp() -> Any:
    """The loaded pipeline (ner only), or None when spaCy or the model is missing.

    Returning None instead of raising keeps the extractors usable (they fall back to
    their heuristics) on a machine without the model.
    """
    try:
        import spacy

        return spacy.load(MODEL, exclude=list(_UNUSED))
    except (ImportError, OSError):  # pragma: no cover - depends on the install
        return None


@lru_cache(maxsize=4096)
def entities(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, label) character spans of the entities spaCy finds in `text`.

    Cached because the same contact line is often looked at more than once.
    """
    nlp = get_nlp()
    if nlp is None or not text.strip():
        return ()
    doc = nlp(text[:2000])
    return tuple((e.start_char, e.end_char, e.label_) for e in doc.ents)
