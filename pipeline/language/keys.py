"""Name keys: one folded form of a name, so that two spellings of the same name compare equal."""
from __future__ import annotations

import re
import unicodedata


def name_key(name: str) -> str:
    """A name folded for identity: case, accents, punctuation and spacing ignored."""
    t = unicodedata.normalize("NFKD", name.lower())
    t = "".join(c for c in t if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", " ", t).strip()
