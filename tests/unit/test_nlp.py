"""The spaCy loader: what it leaves out must not change the entities it finds."""
from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.lookups import Lookups

from pipeline import nlp

# Contact lines as pages write them (test data: the model decides, nothing here knows them).
LINES = [
    "Projektipäällikkö Hilkka Luukkonen, puh. (03) 621 2555",
    "Lisätietoja antaa hankekoordinaattori Matti Virtanen, Oulun kaupunki",
    "Yhteyshenkilö: Anna-Liisa Korhonen, Hämeenlinnan kaupunki",
    "Projektledare Johanna Lindholm, Pargas stad",
    "Hankkeen toteuttaa Sitra yhdessä Kuntaliiton kanssa.",
]


@pytest.fixture(scope="module")
def model_dir() -> Path:
    return Path(spacy.util.get_package_path(nlp.MODEL))


def test_skipped_lookups_hold_nothing_the_ner_reads(model_dir: Path) -> None:
    """A lexeme_norm table would feed the NER's NORM feature: skipping it would change
    entities. Only the probability tables may be skipped; a new model version that
    ships another table fails here first."""
    vocab_dir = next(model_dir.glob("*/vocab"))
    tables = set(Lookups().from_disk(vocab_dir).tables)
    assert tables <= {"lexeme_prob", "lexeme_settings", "lexeme_cluster"}


def test_loader_keeps_ner_and_vectors_only() -> None:
    loaded = nlp.get_nlp()
    assert loaded.pipe_names == ["ner"]
    assert loaded.vocab.vectors.shape[0] > 0  # the NER embeds the static vectors
    assert not loaded.vocab.lookups.tables


def test_entities_match_the_full_model_batched_or_not() -> None:
    full = spacy.load(nlp.MODEL)
    expected = {t: tuple((e.start_char, e.end_char, e.label_) for e in full(t).ents) for t in LINES}
    nlp._SEEN.clear()
    assert nlp.prefetch_entities(LINES) == expected  # one batch through the trimmed model
    nlp._SEEN.clear()
    assert {t: nlp.entities(t) for t in LINES} == expected  # one text at a time
    assert any(lbl in ("PERSON", "PER") for ents in expected.values() for *_, lbl in ents)
