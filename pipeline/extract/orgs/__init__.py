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
  people ("toteuttajana Aino Virtanen").
- Names are turned into the nominative at their head word only (the last word):
  "Hämeen ammattikorkeakoulun" -> "Hämeen ammattikorkeakoulu"; lemmatising the
  whole phrase would wrongly give "Häme ammattikorkeakoulu".

The modules, in the order they build on each other:

- `rules`: the data (orgs.yaml, the gazetteer) loaded and compiled once, and
  libvoikko's word analyses.
- `names`: organisation names: legal forms, the nominative (`to_nominative`),
  coordinated lists (`split_coordinated`), and people in an organisation's place.
- `places`: municipalities (`municipality_of`, `municipality_from_org`).
- `prose`: the roles the cue phrases of one sentence give.
- `roles`: the entry points `orgs_from_field` and `orgs_from_text`, which hand
  text to each other (a field written as a sentence, a "Label: value" in prose).
- `results`: lists merged and deduplicated, the owner, partners from logos.
"""
from pipeline.extract.orgs.names import is_named_organisation, split_coordinated, to_nominative
from pipeline.extract.orgs.places import municipality_from_org, municipality_of
from pipeline.extract.orgs.results import merge_orgs, orgs_from_logos, owner_of
from pipeline.extract.orgs.roles import label_role, orgs_from_field, orgs_from_text
from pipeline.extract.orgs.rules import ROLES
from pipeline.language.orgnames import is_organisation

# Private, re-exported for the unit tests, which look into the gazetteer.
from pipeline.extract.orgs.rules import _gazetteer as _gazetteer

__all__ = [
    "ROLES",
    "is_named_organisation",
    "is_organisation",
    "label_role",
    "merge_orgs",
    "municipality_from_org",
    "municipality_of",
    "orgs_from_field",
    "orgs_from_logos",
    "orgs_from_text",
    "owner_of",
    "split_coordinated",
    "to_nominative",
]
