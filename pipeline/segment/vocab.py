"""What a heading's words say: a status, a facet of a project, a listing, a
programme, a minutes item. The words are data (`pipeline/data/segment.yaml`);
these predicates become named features of the candidates, never decisions."""
from __future__ import annotations

import re
from functools import cache

from pipeline.data import load_yaml
from pipeline.labels import is_contact_label, is_label, labels_for
from pipeline.language.names import ITEM_NUMBER
from pipeline.language.periods import split_trailing_period
from pipeline.parse.blocks import one_line


@cache
def rules() -> dict:
    return load_yaml("segment.yaml")


def norm(text: str) -> str:
    return one_line(text).lower().rstrip(":.").strip()


def words(text: str) -> list[str]:
    return re.findall(r"\w+", norm(text))


def status_of(text: str) -> str | None:
    """The status a label, badge or heading states, or None. A row of tags set as
    lines of one block ("Energia" / "Käynnissä") states it on a line."""
    lines = [norm(line) for line in text.split("\n") if line.strip()]
    if len(lines) > 1 and any(len(line.split()) > 4 for line in lines):
        lines = []
    for t in [norm(text), *lines]:
        for status, ws in rules()["status"].items():
            if t in ws:
                return status
    return None


# A numbered section of a form or report ("2. Projektin toteuttaja", "3.1 Tavoitteet").
_NUMBERED = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+\S")


def is_facet(title: str) -> bool:
    """A heading that names a part of one project (contacts, funding, goals, period,
    a numbered section, a question), not a project of its own."""
    t = ITEM_NUMBER.sub("", one_line(title))  # "§ 12 Kokouksen laillisuus": an item of minutes
    if norm(t) in rules()["section_headings"] or is_label(t) or is_contact_label(t):
        return True
    first = words(t)[:2]
    if first and (first[0] in rules()["facet_openings"] or " ".join(first) in rules()["facet_openings"]
                  or re.fullmatch(r"wp\d+", first[0])):
        return True
    return t.endswith("?") or bool(_NUMBERED.match(t))


def has_type_word(title: str) -> bool:
    """"Hanke", "projekti", "project" inside a word of the title, in the singular."""
    return any(stem in w for w in words(title) if not _plural(w) for stem in rules()["title_type_words"] + ["hank"])


def _plural(word: str) -> bool:
    return any(word.endswith(p) for p in rules()["plural_type_words"])


# "kolme uutta hanketta", "5 projektia", "two new projects", "tre projekt": a count of projects
_COUNTED = re.compile(r"\b(?:\d+|kaksi|kolme|neljä|viisi|kuusi|seitsemän|kahdeksan|yhdeksän|kymmenen|two|three|"
                      r"four|five|six|två|tre|fyra|fem|sex)\s+(?:\w+\s+){0,2}\w*(?:hanketta|projektia|projects?|projekt)\b")


def has_plural_type_word(title: str) -> bool:
    """"Hankkeet", "kehittämishankkeita", "kolme uutta hanketta": the title names several projects."""
    return any(_plural(w) for w in words(title)) or bool(_COUNTED.search(norm(title)))


def ends_with_type_word(title: str) -> bool:
    """"Kylätalon korjaushanke", also with its acronym after it ("… suunnitteluprojekti (ABC)")."""
    ws = words(re.sub(r"\s*\([A-ZÅÄÖ0-9][\w-]{1,14}\)\s*$", "", split_trailing_period(title)[0]))
    return bool(ws) and any(ws[-1].endswith(w) for w in rules()["title_type_words"])


def is_not_project_title(title: str) -> bool:
    """Programmes, strategies, calls and statements are not projects (CONVENTIONS 1.4)."""
    if norm(title).startswith(tuple(rules()["not_project_title_openings"])):
        return True
    ws = words(split_trailing_period(title)[0])
    if not ws or any(stem in w for w in ws for stem in rules()["title_type_words"]):
        return False
    if ws[-1] in rules()["not_project_title_endings"]:
        return True
    return any(w.startswith(stem) or stem in w for w in ws for stem in rules()["not_project_stems"])


def is_listing_title(title: str) -> bool:
    t = norm(title)
    return any(t == w or t.endswith(" " + w) for w in rules()["listing_words"])


def is_name_label(label: str | None) -> bool:
    return bool(label) and norm(label) in labels_for("name")


def is_project_word(word: str) -> bool:
    """"Hanke", "hankkeessa", "projektet", "hankkeet": a word about projects."""
    return word.lower() in rules()["project_words"] or _plural(word.lower())


def is_error_title(title: str) -> bool:
    t = norm(title)
    return any(t == w or t.startswith(w + " ") or t.endswith(" " + w) for w in rules()["error_titles"])


def is_decision_body(title: str) -> bool:
    """"Kaupunginhallitus", "Tekninen lautakunta", "Kommunstyrelsen": a body that decides, named alone."""
    ws = words(title)
    return 0 < len(ws) <= 4 and ws[-1].endswith(tuple(rules()["decision_body_endings"]))


def is_company_aid(title: str, text: str, theme: str | None) -> bool:
    """Aid to one company for its own business, by its words or by a title "X Oy, hankinta"."""
    r = rules()
    said = " ".join([text, theme or ""]).lower()
    if any(stem in said for stem in r["company_aid_stems"]):
        return True
    head = one_line(title).split(", ", 1)[0].split()
    return len(head) >= 2 and ", " in title and head[-1].lower().rstrip(".") in r["company_forms"]


def content_type(blocks: list) -> str | None:
    """"project" or "other" when a short line at the head of a record names its content
    type, as a teaser card's kicker above its title does ("Hanke Päättynyt", "Uutinen
    12.4.2024"; a section's blocks put it right after the title's heading)."""
    start = 1 if blocks and blocks[0].kind == "heading" else 0
    for b in blocks[start:start + 2]:
        if b.kind == "heading":
            return None
        ws = b.text.lower().split()
        rest = " ".join(ws[1:])
        # the type alone, or with the card's status or date: no sentence ("Hanke toteutettiin …")
        if b.kind == "paragraph" and 1 <= len(ws) <= 4 and (
                not rest or status_of(rest) is not None or not re.search(r"[^\W\d_]", rest)):
            first = ws[0].strip(".:|·")
            if first in rules()["title_type_words"]:
                return "project"
            if first in rules()["other_content_types"]:
                return "other"
    return None
