"""Contacts of a project: people, titles, organisations, e-mails, phones (CONVENTIONS 8-10).

The extractor works on the blocks of one project's segment. It first finds the
contact *sections* (a field or paragraph led by a contact label, the blocks under a
"Yhteyshenkilöt"/"Ota yhteyttä" heading, a role line "Projektipäällikkö X", a
contact card, a table column "Yhteyshenkilö"), then reads each section as a
sequence of short clauses. In a clause every person name becomes an anchor; the
words right before it may be a title ("teknisen toimen johtaja Pekka Laine"), the
comma parts after it a title, an organisation, a phone, an e-mail. Lines without a
name attach to the person before them (card rows "Puh.", "Sähköposti") or announce
the people after them (a title heading "Projektityöntekijät", an organisation
heading). People quoted in prose are never contacts: only sections produce them,
prose is only used to fill in a missing title.

Names are found with a capitalised-word heuristic and confirmed with spaCy's PERSON
entities on the short clause (never on a whole page). The vocabulary is in
`pipeline/data/contacts.yaml`; contact, role and phone/e-mail labels are the label
registry's (`pipeline/labels.py`).

The modules, in the order they build on each other:

- `vocab`: the YAML vocabulary compiled once (regexes, word sets), and the character
  classes and mask the others share.
- `emails`: e-mail addresses found in text, stated address patterns
  ("etunimi.sukunimi@…"), and the address a pattern gives a name (`infer_email`).
- `phones`: contact phone numbers as E.164 (`normalise_phone`, `find_phones`).
- `names`: who is a person: title, label and organisation words, and name
  candidates confirmed with spaCy.
- `clauses`: a section's text as short clauses, and the contact or role label a
  line starts with.
- `sections`: which blocks of a segment form its contact sections.
- `reading`: sections read clause by clause into people; `contacts_from_blocks`.
"""
from pipeline.extract.contacts.emails import (
    find_email_pattern,
    find_emails,
    infer_email,
)
from pipeline.extract.contacts.phones import find_phones, normalise_phone
from pipeline.extract.contacts.reading import contacts_from_blocks, name_clauses

__all__ = [
    "contacts_from_blocks",
    "find_email_pattern",
    "find_emails",
    "find_phones",
    "infer_email",
    "name_clauses",
    "normalise_phone",
]
