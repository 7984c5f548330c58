"""Finding the projects in a document.

A document is one of three shapes, recognised from its structure alone:

* a table that lists one project per row (a grant list, a register export in a
  table): each row becomes a segment whose cells are fields labelled by the header;
* a run of records or headed sections, each naming a project (a register export of
  "Hankkeen nimi: …" records, a city's list of accordions under theme headings);
* a page about one project: the whole document is one segment.

A segment carries the blocks that belong to its project plus what the structure
around it says: the theme heading it sits under (category) and a status heading
("Päättyneet hankkeet") or badge.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from pipeline.data import load_yaml
from pipeline.language.periods import find_period, split_trailing_period
from pipeline.labels import COLUMNS, is_contact_label, is_label, is_totals_label, labels_for
from pipeline.language.names import name_in_sentence
from pipeline.language.keys import name_key
from pipeline.parse.blocks import Block, Document, one_line


@dataclass
class Segment:
    title: str
    blocks: list[Block]
    category: str | None = None
    status: str | None = None
    aliases: list[str] = field(default_factory=list)
    kind: str = "page"  # page | section | record | row


@cache
def rules() -> dict:
    return load_yaml("segment.yaml")


def _norm(text: str) -> str:
    return one_line(text).lower().rstrip(":.").strip()


def status_of(text: str) -> str | None:
    """The status a label, badge or heading states, or None."""
    t = _norm(text)
    for status, words in rules()["status"].items():
        if t in words:
            return status
    return None


def is_section_heading(text: str) -> bool:
    return _norm(text) in rules()["section_headings"]


def is_not_project_title(title: str) -> bool:
    """Programmes, strategies, calls and statements are not projects (CONVENTIONS 1.4)."""
    name, _ = split_trailing_period(title)
    words = re.findall(r"\w+", _norm(name))
    if not words:
        return False
    if any(stem in w for w in words for stem in rules()["title_type_words"]):
        return False
    if words[-1] in rules()["not_project_title_endings"]:
        return True
    return any(w.startswith(stem) or stem in w for w in words for stem in rules()["not_project_stems"])


def is_listing_title(title: str) -> bool:
    t = _norm(title)
    return any(t == w or t.endswith(" " + w) for w in rules()["listing_words"])


def _is_name_label(label: str | None) -> bool:
    return bool(label) and _norm(label) in labels_for("name")


# -- tables of projects -------------------------------------------------------

def _name_column(header: tuple[str, ...]) -> int | None:
    names = labels_for("name", group=COLUMNS)
    for i, h in enumerate(header):
        if _norm(h) in names:
            return i
    return None


def _lead_in(blocks: list[Block], table: Block) -> list[Block]:
    """The paragraphs just above a table of projects ("X on myöntänyt tukea
    seuraaville hankkeille"), marked as context: they may name the funder of
    every row, but their dates and people belong to no single row."""
    i = next(n for n, b in enumerate(blocks) if b is table)
    out: list[Block] = []
    for b in reversed(blocks[max(0, i - 3):i]):
        if b.kind != "paragraph":
            break
        out.insert(0, Block(kind="paragraph", text=b.text, links=b.links, page=b.page, region="context"))
    return out


def _table_segments(block: Block, context: list[Block]) -> list[Segment]:
    header, *body = block.rows
    col = _name_column(header)
    if col is None or not body:
        return []
    segments = []
    for row in body:
        if len(row) != len(header):
            continue
        name = one_line(row[col])
        if not name or name == header[col] or status_of(name) or is_totals_label(name):
            continue
        fields = [
            Block(kind="field", label=one_line(h), text=cell, page=block.page, region=block.region)
            for i, (h, cell) in enumerate(zip(header, row))
            if i != col and cell.strip() and cell.strip() not in ("–", "-", "—")
        ]
        heading = Block(kind="heading", level=3, text=name, page=block.page, region=block.region)
        segments.append(Segment(title=name, blocks=[heading, *fields, *context], kind="row"))
    return segments


# -- headed sections ------------------------------------------------------------

def _looks_like_project_section(title: str, blocks: list[Block]) -> bool:
    """A heading opens a project when its section carries facts of a project."""
    if is_section_heading(title) or status_of(title) or is_not_project_title(title):
        return False
    if _ITEM_TITLE.match(title) and not any(stem in w for w in _norm(title).split()
                                            for stem in rules()["title_type_words"] + ["hank"]):
        return False  # an item of minutes about something else ("§ 46 Edustajan nimeäminen …")
    _, period = split_trailing_period(title)
    if period is not None:
        return True
    facts = sum(1 for b in blocks if b.kind == "field" or b.kind == "heading" and is_contact_label(b.text))
    # a period or a labelled fact stated in prose ("Toteutusaika 1.1.2024–31.12.2025. …")
    facts += any(b.kind == "paragraph" and (_leads_with_label(b.text) or find_period(b.text)) for b in blocks[:8])
    words = {w.lower() for b in blocks[:6] for w in re.findall(r"\w+", b.text)}
    project_words = set(rules()["project_words"])
    title_words = _norm(title).split()
    if title_words and any(title_words[-1].endswith(w) for w in rules()["title_type_words"]):
        return True
    return facts >= 2 or (facts >= 1 and bool(words & project_words))


def _leads_with_label(text: str) -> bool:
    words = one_line(text).split()
    return any(is_label(" ".join(words[:n])) for n in (1, 2, 3) if len(words) > n)


def _split_by_level(blocks: list[Block], level: int) -> list[tuple[int, list[Block]]]:
    """Indices of the headings at `level` with the blocks each one governs.

    A break (a rule, the edge of a card) ends a section; what stands between a
    break and the next heading (a card's badge above its title) belongs to that
    heading's section.
    """
    out: list[tuple[int, list[Block]]] = []
    current: list[Block] | None = None
    pending: list[Block] | None = None
    for i, b in enumerate(blocks):
        if b.kind == "heading" and b.level <= level:
            if b.level == level:
                current = list(pending or [])
                out.append((i, current))
            else:
                current = None
            pending = None
            continue
        if b.kind == "break":
            current, pending = None, []
            continue
        if current is not None:
            current.append(b)
        elif pending is not None:
            pending.append(b)
    return out


def _context_above(blocks: list[Block], index: int, level: int) -> tuple[str | None, str | None]:
    """The theme (category) and status headings above a project heading."""
    category = status = None
    want = level
    for b in reversed(blocks[:index]):
        if b.kind == "heading" and b.level < want:
            want = b.level
            st = status_of(b.text)
            if st:
                status = status or st
                category = category or ""  # a status heading hides older themes
            elif category is None and b.level > 1 and not is_section_heading(b.text):
                category = b.text
    return (category or None), status


def _heading_segments(doc: Document) -> list[Segment]:
    blocks = [b for b in doc.blocks if b.region == "main"]
    levels = sorted({b.level for b in blocks if b.kind == "heading"})
    h1 = next((b for b in blocks if b.kind == "heading" and b.level == 1), None)
    # A page titled by its own h1 is about one project unless it lists several; a
    # page without one (minutes, a list) may hold a single project among other items.
    need = 2 if h1 is not None and not is_listing_title(h1.text) else 1
    best: list[Segment] = []
    for level in levels:
        sections = _split_by_level(blocks, level)
        candidates = [(i, body) for i, body in sections if _looks_like_project_section(blocks[i].text, body)]
        # minutes: the h1 names the board, and one item may be the only project
        minutes = any(_ITEM_TITLE.match(blocks[i].text) for i, _ in sections)
        if len(candidates) < (1 if minutes else need) or len(sections) < 2:
            continue
        segs = []
        for i, body in sections:
            title = blocks[i].text
            if (i, body) not in candidates:
                continue
            category, status = _context_above(blocks, i, level)
            segs.append(Segment(title=title, blocks=[blocks[i], *body], category=category, status=status,
                                kind="section"))
        if len(segs) > len(best):
            best = segs
    return best


# "Name (2023–2025) – what it does, rahoittaja X": a list item that is a project
_LIST_PROJECT = re.compile(r"^(?P<name>.+?)\s*\((?P<period>[^()]*\d{4}[^()]*)\)\s*[–—-]\s+(?P<rest>.+)$")


def _list_segments(doc: Document) -> list[Segment]:
    """A list whose items each name a project with its period, then describe it.

    The description's comma-separated facts that open with a label ("rahoittaja
    X", "hallinnoija Y", "avustus 85 000 €") become fields."""
    items = [(i, m) for i, b in enumerate(doc.blocks)
             if b.kind == "list_item" and b.region == "main" and (m := _LIST_PROJECT.match(one_line(b.text)))]
    if len(items) < 2:
        return []
    segs = []
    for i, m in items:
        b = doc.blocks[i]
        title = f"{m.group('name')} ({m.group('period')})"
        heading = Block(kind="heading", level=6, text=title, page=b.page, region=b.region)
        facts: list[Block] = []
        prose: list[str] = []
        for part in re.split(r",\s+", m.group("rest")):
            words = part.split()
            label = next((" ".join(words[:n]) for n in (2, 1) if len(words) > n and is_label(" ".join(words[:n]))), None)
            if label:
                facts.append(Block(kind="field", label=label, text=part[len(label):].strip(), page=b.page,
                                   region=b.region))
            else:
                prose.append(part)
        body = [Block(kind="paragraph", text=", ".join(prose), links=b.links, page=b.page, region=b.region)]
        category, status = _context_above(doc.blocks, i, 6)
        segs.append(Segment(title=title, blocks=[heading, *body, *facts], category=category, status=status,
                            kind="row"))
    return segs


def _record_segments(doc: Document) -> list[Segment]:
    starts = [i for i, b in enumerate(doc.blocks) if b.kind == "field" and _is_name_label(b.label)]
    if len(starts) < 2:
        return []
    segs = []
    for n, s in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(doc.blocks)
        body = doc.blocks[s:end]
        for j, b in enumerate(body):
            if b.kind == "break" and j > 0:
                body = body[:j]
                break
        segs.append(Segment(title=one_line(doc.blocks[s].text), blocks=body, kind="record"))
    return segs


def promote_label_headings(blocks: list[Block]) -> list[Block]:
    """A heading that is a known field label, over one paragraph, is that field."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if (b.kind == "heading" and b.level >= 2 and nxt is not None and nxt.kind == "paragraph"
                and nxt.region == b.region and len(b.text.split()) <= 4 and is_label(b.text)
                and not is_contact_label(b.text)):
            out.append(Block(kind="field", label=b.text.rstrip(":"), text=nxt.text, links=nxt.links, page=b.page,
                             region=b.region, images=nxt.images))
            i += 2
            continue
        out.append(b)
        i += 1
    return out


def segment(doc: Document) -> list[Segment]:
    """Split a document into project segments (possibly none)."""
    doc = Document(doc.source_id, doc.source_url, doc.content_type, promote_label_headings(doc.blocks),
                   doc.title, doc.meta)
    tables = [b for b in doc.blocks if b.kind == "table" and b.rows]
    row_segments: list[Segment] = []
    for t in tables:
        row_segments.extend(_table_segments(t, _lead_in(doc.blocks, t)))
    if row_segments:
        status = _listing_status(doc)
        for s in row_segments:
            s.status = s.status or status
        return row_segments
    records = _record_segments(doc) or _list_segments(doc)
    if records:
        return records
    segments = _heading_segments(doc) or _page_segment(doc)
    return [part for seg in segments for part in split_mentioned_projects(seg)]


# "… jatkuu X -projektissa 2013–2016": a project named with a period of its own.
_MENTION = re.compile(r"\s[-–]\s?\w*(?:hank|projekt)\w*\s+\(?(\d{4}\s*[–-]\s*\d{4}|"
                      r"\d{1,2}\.\d{1,2}\.\d{4}\s*[–-]\s*\d{1,2}\.\d{1,2}\.\d{4})\)?", re.I)


def split_mentioned_projects(seg: Segment) -> list[Segment]:
    """A follow-up or sister project named in passing with its own facts is a project
    of its own (CONVENTIONS 1.3); its sentence and funder line leave the parent."""
    out = [seg]
    funder_labels = labels_for("funder", "funder_or_grant")
    i = 0
    blocks = list(seg.blocks)
    while i < len(blocks):
        b = blocks[i]
        m = _MENTION.search(b.text) if b.kind in ("paragraph", "field", "list_item") else None
        name = name_in_sentence(b.text) if m else None
        if not m or not name or name_key(name) in (name_key(seg.title), ""):
            i += 1
            continue
        taken = [b]
        j = i + 1
        while j < len(blocks) and blocks[j].kind == "field" and _norm(blocks[j].label or "") in funder_labels:
            taken.append(blocks[j])
            j += 1
        heading = Block(kind="heading", level=max(b.level, 3), text=f"{name} ({m.group(1)})", page=b.page,
                        region=b.region)
        out.append(Segment(title=heading.text, blocks=[heading, *taken], kind="mention"))
        del blocks[i:j]
    seg.blocks = blocks
    return out


def _listing_status(doc: Document) -> str | None:
    """A status the whole list states ("saapuneet hakemukset", "Avslutade projekt")."""
    for b in doc.blocks:
        if b.kind == "heading" and status_of(b.text):
            return status_of(b.text)
        if b.kind == "paragraph":
            t = _norm(b.text)
            for status, words in rules()["status"].items():
                if status == "planned" and any(w in t for w in words if len(w.split()) > 1):
                    return status
    return None


# A numbered item of minutes ("§ 226 Väliaikaisrahoitus …") is about a decision,
# not a project name: the project is named in the applicant field.
_ITEM_TITLE = re.compile(r"^\s*(§\s*\d+|\d+\s*§)")


def _applicant_project(doc: Document) -> str | None:
    """"Hakija: Kurun lähiruoka ry – lähiruokaprojekti …": the part after the dash."""
    for b in doc.blocks:
        if b.kind == "field" and _norm(b.label or "") in labels_for("applicant"):
            parts = re.split(r"\s+[–—-]\s+", one_line(b.text), maxsplit=1)
            if len(parts) == 2 and re.search(r"(hank|projekt)", parts[1], re.I):
                return parts[1]
    return None


def _mentions_a_project(blocks: list[Block]) -> bool:
    """An error page or a news list names no project: a project page uses the word
    (hanke, projekti, -hankkeessa …) or gives a project's labelled facts."""
    stems = tuple(rules()["title_type_words"])
    fields = 0
    for b in blocks:
        if b.kind == "field" and is_label(b.label or ""):
            fields += 1
        words = re.findall(r"\w+", ((b.label or "") + " " + b.text).lower())
        if any(stem in w for w in words for stem in stems):
            return True
    return fields >= 2


def _page_segment(doc: Document) -> list[Segment]:
    """A page about one project: its title is the h1, a name field, or the headline's project."""
    title = None
    for b in doc.blocks:
        if b.kind == "field" and _is_name_label(b.label):
            title = one_line(b.text)
            break
    h1 = next((b for b in doc.blocks if b.kind == "heading" and b.level == 1), None)
    if h1 is None:
        h1 = next((b for b in doc.blocks if b.kind == "heading"), None)
    if title is None and h1 is not None:
        title = h1.text
    if title is None:
        return []
    if _ITEM_TITLE.match(title):
        title = _applicant_project(doc) or title
    if is_listing_title(title) or is_not_project_title(title) or not _mentions_a_project(doc.blocks):
        return []
    status = None
    for b in doc.blocks:
        if b.kind in ("paragraph", "heading") and status_of(b.text):
            status = status_of(b.text)
            break
    return [Segment(title=title, blocks=list(doc.blocks), status=status, kind="page")]
