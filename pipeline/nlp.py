"""The one place that loads the Finnish spaCy model.

Loading costs time and about 200 MB, so it happens lazily, once
per process, and only the components named-entity recognition needs are kept: the
extractors ask for PERSON entities on short contact lines, never for parses.
"""
from __future__ import annotations

from collections import OrderedDict
from functools import cache
from typing import Any, Iterable

MODEL = "spacy_fi_experimental_web_md"
# "tok2vec" feeds only the excluded components: the NER has its own embedded
# tok2vec, so dropping the shared one gives the same entities in a third of the time.
_UNUSED = ("tok2vec", "tagger", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "senter")
# The vocabulary's lookup tables hold only word probabilities (half a million of
# them), which the NER never reads (its features are norm, affixes, shape and the
# vectors); skipping them cuts loading from about 3 s to 0.6 s in every worker.
_UNUSED_DATA = ("lookups",)


@cache
def get_nlp() -> Any:
    """The loaded pipeline (ner only), or None when spaCy or the model is missing.

    Returning None instead of raising keeps the extractors usable (they fall back to
    their heuristics) on a machine without the model.
    """
    try:
        import spacy

        return spacy.load(MODEL, exclude=[*_UNUSED, *_UNUSED_DATA])
    except (ImportError, OSError):  # pragma: no cover - depends on the install
        return None


# Entities of texts already seen, oldest first: the same contact line is often looked
# at more than once, and pages of one site repeat their footers.
_SEEN: OrderedDict[str, tuple[tuple[int, int, str], ...]] = OrderedDict()
_SEEN_MAX = 4096
MAX_CHARS = 2000  # longer texts are cut: only short lines are ever asked about


def prefetch_entities(texts: Iterable[str]) -> dict[str, tuple[tuple[int, int, str], ...]]:
    """Run NER over the texts not seen yet, in one batch, and return what it found.

    `nlp.pipe` over a handful of texts costs about half as much per text as a call
    each, so an extractor that knows which lines it will ask about hands them over
    first; `entities` then answers from what this stored.
    """
    todo = list(dict.fromkeys(t for t in texts if t not in _SEEN))
    if not todo:
        return {}
    nlp = get_nlp()
    readable = [t for t in todo if t.strip()] if nlp is not None else []
    docs = dict(zip(readable, nlp.pipe([t[:MAX_CHARS] for t in readable], batch_size=64))) if readable else {}
    found = {t: tuple((e.start_char, e.end_char, e.label_) for e in docs[t].ents) if t in docs else ()
             for t in todo}
    _SEEN.update(found)
    while len(_SEEN) > _SEEN_MAX:
        _SEEN.popitem(last=False)
    return found


def entities(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, label) character spans of the entities spaCy finds in `text`."""
    ents = _SEEN.get(text)
    if ents is None:  # another thread may store it between the lookup and the batch
        ents = prefetch_entities([text]).get(text)
    return ents if ents is not None else _SEEN.get(text, ())
