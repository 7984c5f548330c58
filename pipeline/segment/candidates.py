"""Every plausible reading of a document.

A reading is one way to cut the document into project records: the whole page as
one project, the sections of one heading level, the rows of the tables that list
projects, the items of a list, or "label: value" records. Readings are only
proposals: `features` describes each record, the fitted model scores it, and
`select` keeps the best reading. Nothing here decides what is a project.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.labels import COLUMNS, is_contact_label, is_label, is_totals_label, labels_for
from pipeline.language.keys import name_key
from pipeline.language.names import ITEM_NUMBER, name_in_sentence
from pipeline.language.periods import parse_period
from pipeline.parse.blocks import Block, Document, one_line
from pipeline.parse.fields import inline_fields, record_text
from pipeline.segment.vocab import is_error_title, is_name_label, norm, rules, status_of


@dataclass
class Segment:
    """One project record: its title, its blocks, and what the structure around it says."""

    title: str
    blocks: list[Block]
    category: str | None = None
    status: str | None = None
    aliases: list[str] = field(default_factory=list)
    kind: str = "page"  # page | section | row | item | record | box | mention
    level: int = 0  # the heading level of a section
    lead: str = ""  # what introduces a list's items or a table's rows: the heading and lead-in above
    confidence: float | None = None  # the model's probability that this is a project


@dataclass
class Reading:
    """One way to cut a document into records."""

    name: str  # "page", "h2", "table rows" ...
    records: list[Segment]


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


# -- table rows -------------------------------------------------------------------

def _name_column(header: tuple[str, ...]) -> int | None:
    names = labels_for("name", group=COLUMNS)
    return next((i for i, h in enumerate(header) if norm(h) in names), None)


def _lead_in(blocks: list[Block], i: int) -> list[Block]:
    """The paragraphs just above block `i`, a table of projects or a list ("X on myöntänyt
    tukea seuraaville hankkeille"), marked as context: they may name the funder of every
    row, but their dates and people belong to no single row."""
    out: list[Block] = []
    for b in reversed(blocks[max(0, i - 3):i]):
        if b.kind != "paragraph":
            break
        out.insert(0, Block(kind="paragraph", text=b.text, links=b.links, page=b.page, region="context"))
    return out


def leads(blocks: list[Block]) -> list[str]:
    """For every block, what introduces it when it is a list item or a table: the heading
    above and the paragraph just before its list ("Rahoitusta myönnettiin seuraaville
    hankkeille:"). One pass over the blocks."""
    out: list[str] = []
    heading = paragraph = ""
    for b in blocks:
        out.append(one_line(f"{heading} {paragraph[-300:]}"))
        if b.kind == "heading":
            heading, paragraph = b.text, ""
        elif b.kind == "paragraph":
            paragraph = b.text
        elif b.kind != "list_item":
            paragraph = ""
    return out


def _table_rows(blocks: list[Block], at: int, lead: str) -> list[Segment]:
    """The rows of the table at `at` that a name column titles, introduced by `lead`."""
    table = blocks[at]
    header, *body = table.rows
    col = _name_column(header)
    if col is None or not body:
        return []
    context = _lead_in(blocks, at)
    out = []
    for row in body:
        if len(row) != len(header):
            continue
        name, facts, prose = record_text(row[col])
        if not name or name == one_line(header[col]) or status_of(name) or is_totals_label(name):
            continue
        fields = [Block(kind="field", label=one_line(h), text=cell, page=table.page, region=table.region)
                  for i, (h, cell) in enumerate(zip(header, row))
                  if i != col and cell.strip() and cell.strip() not in ("–", "-", "—")]
        out.append(Segment(title=name, blocks=_record_blocks(name, facts, prose, table, 3) + fields + context,
                           kind="row", lead=lead))
    return out


def _record_blocks(title: str, facts: list[tuple[str, str]], prose: str, where: Block, level: int) -> list[Block]:
    """The blocks of a record written in one cell or item: its title as a heading, its
    labelled facts as fields, the rest as a paragraph."""
    out = [Block(kind="heading", level=level, text=title, page=where.page, region=where.region)]
    out += [Block(kind="field", label=label, text=value, page=where.page, region=where.region) for label, value in facts]
    if prose:
        out.append(Block(kind="paragraph", text=prose, links=where.links, page=where.page, region=where.region))
    return out


def listing_status(blocks: list[Block]) -> str | None:
    """A status the whole list states ("saapuneet hakemukset", "Avslutade projekt")."""
    for b in blocks:
        if b.kind == "heading" and status_of(b.text):
            return status_of(b.text)
        if b.kind == "paragraph":
            t = norm(b.text)
            for status, ws in rules()["status"].items():
                if status == "planned" and any(w in t for w in ws if len(w.split()) > 1):
                    return status
    return None


def _table_reading(blocks: list[Block]) -> Reading | None:
    introduced = leads(blocks)
    rows = [s for i, t in enumerate(blocks) if t.kind == "table" and t.rows
            for s in _table_rows(blocks, i, introduced[i])]
    if not rows:
        return None
    status = listing_status(blocks)
    for s in rows:
        s.status = s.status or status
    return Reading("table rows", rows)


# -- heading sections ---------------------------------------------------------------

def _breaks_opening_titled_boxes(blocks: list[Block]) -> set[int]:
    """The indices of the breaks after which a heading comes before the next break."""
    out: set[int] = set()
    last_break = None
    for i, b in enumerate(blocks):
        if b.kind == "break":
            last_break = i
        elif b.kind == "heading" and last_break is not None:
            out.add(last_break)
            last_break = None
    return out


def split_by_level(blocks: list[Block], level: int) -> list[tuple[int, list[Block]]]:
    """Indices of the headings at `level` with the blocks each one governs.

    A break that opens a box with a heading (the edge of a card) ends a section;
    what stands between it and the box's heading (a card's badge above its title)
    belongs to that heading's section. Boxes without headings (contact cards, the
    cells of a facts grid) stay in the section around them.
    """
    out: list[tuple[int, list[Block]]] = []
    current: list[Block] | None = None
    pending: list[Block] | None = None
    titled = _breaks_opening_titled_boxes(blocks)
    for i, b in enumerate(blocks):
        if b.kind == "break" and i not in titled:
            continue
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


def context_above(blocks: list[Block], index: int, level: int) -> tuple[str | None, str | None]:
    """The theme (category) and status headings above a heading at `level`."""
    category = status = None
    want = level
    for b in reversed(blocks[:index]):
        if b.kind == "heading" and b.level < want:
            want = b.level
            st = status_of(b.text)
            if st:
                status = status or st
                category = category or ""  # a status heading hides older themes
            elif category is None and b.level > 1 and norm(b.text) not in rules()["section_headings"]:
                category = b.text
    return (category or None), status


def _heading_readings(blocks: list[Block]) -> list[Reading]:
    main = [b for b in blocks if b.region == "main"]
    out = []
    for level in sorted({b.level for b in main if b.kind == "heading"}):
        records = []
        for i, body in split_by_level(main, level):
            category, status = context_above(main, i, level)
            records.append(Segment(title=main[i].text, blocks=[main[i], *body], category=category, status=status,
                                   kind="section", level=level))
        if records:
            out.append(Reading(f"h{level} sections", records))
    return out


# -- list items and label records ------------------------------------------------------

# "Name (2023–2025) – what it does, rahoittaja X": a list item that is a project
_LIST_PROJECT = re.compile(r"^(?P<name>.+?)\s*\((?P<period>[^()]*\d{4}[^()]*)\)\s*[–—-]\s+(?P<rest>.+)$")
_CELL_BAR = re.compile(r"\s+\|\s+")
_TRAILING_BRACKET = re.compile(r"\s*\(([^()]*)\)\s*$")


def _item(b: Block) -> tuple[str, list[tuple[str, str]], str]:
    """(title, facts, prose) of a list item: "Name (period) – description, rahoittaja X",
    or a name line over "Label: value" lines. A bracket after the name stays in the
    title only when it holds the period ("(3/2021 - 8/2022)", not "(hankenumero 1234)")."""
    m = _LIST_PROJECT.match(one_line(b.text))
    if m:
        facts, prose = [], []
        for part in re.split(r",\s+", m.group("rest")):
            ws = part.split()
            label = next((" ".join(ws[:n]) for n in (2, 1) if len(ws) > n and is_label(" ".join(ws[:n]))), None)
            if label:
                facts.append((label, part[len(label):].strip()))
            else:
                prose.append(part)
        return f"{m.group('name')} ({m.group('period')})", facts, ", ".join(prose)
    cells = [c.strip() for c in _CELL_BAR.split(one_line(b.text))]
    if len(cells) >= 3 and all(cells):
        # "Name | Esimerkkilän kaupunki | 2023–2025 | Rahoitus: X": a teaser's cells. A
        # cell that is wholly a period dates the name, as "Name (2023–2025)" does
        title, facts, prose = cells[0], [], []
        for cell in cells[1:]:
            period = parse_period(cell)
            if period is not None and period.text == cell and "(" not in title:
                title = f"{title} ({cell})"
                continue
            lead, found = inline_fields(cell)
            facts += found
            if lead:
                prose.append(lead)
        return title, facts, "\n".join(prose)
    title, facts, prose = record_text(b.text)
    bracket = _TRAILING_BRACKET.search(title)
    if bracket and parse_period(bracket.group(1)) is None:
        title, prose = title[:bracket.start()], f"{bracket.group(1)}\n{prose}".strip()
    return title, facts, prose


_APPLICANT_FIRST = re.compile(r"\b(?:hakija|hakijat|sökande|applicant)\W{1,3}(?:(?:ja|och|and)\s+)?(?:hanke|projekt|project)",
                              re.I)
_TRAILING_AMOUNT = re.compile(r",\s*(\d{1,3}(?:[\s\u00a0]\d{3})*(?:,\d+)?\s*(?:€|euroa|euro|eur))\.?\s*$", re.I)


def _list_reading(blocks: list[Block]) -> Reading | None:
    """Every list item of the main text as a record: its lead names it, its labelled
    facts become fields."""
    records = []
    introduced = leads(blocks)
    for i, b in enumerate(blocks):
        if b.kind != "list_item" or b.region != "main":
            continue
        title, facts, prose = _item(b)
        if not title:
            continue
        context: list[Block] = []
        lead_at = next((n for n in range(i - 1, max(-1, i - 16), -1) if blocks[n].kind in ("paragraph", "heading")
                        and _APPLICANT_FIRST.search(blocks[n].text)), None) if ": " in title else None
        if lead_at is not None:
            # a lead above says each line gives the applicant, then the project ("Rahoitetut
            # hankkeet (hakija: hanke)", "hakija, hanke ja myönnetty tuki:"), also over theme
            # headings; the lead-in may name the funder of every line, as above a table
            applicant, _, title = title.partition(": ")
            facts = [("Hakija", applicant), *facts]
            amount = _TRAILING_AMOUNT.search(title)
            if amount:
                title, facts = title[:amount.start()], [*facts, ("Myönnetty", amount.group(1))]
            context = _lead_in(blocks, lead_at + 1) if blocks[lead_at].kind == "paragraph" else []
        category, status = context_above(blocks, i, 6)
        records.append(Segment(title=title, blocks=_record_blocks(title, facts, prose, b, 6) + context,
                               category=category, status=status, kind="item", lead=introduced[i]))
    return Reading("list items", records) if records else None


def _record_reading(blocks: list[Block]) -> Reading | None:
    starts = [i for i, b in enumerate(blocks) if b.kind == "field" and is_name_label(b.label)]
    if len(starts) < 2:
        return None
    records = []
    for n, s in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(blocks)
        body = blocks[s:end]
        for j, b in enumerate(body):
            if b.kind == "break" and j > 0:
                body = body[:j]
                break
        records.append(Segment(title=one_line(blocks[s].text), blocks=body, kind="record"))
    return Reading("label records", records)


def _overlap(a: str, b: str) -> bool:
    """Two name keys of which one holds the other: one project's name, or a part of it."""
    return bool(a and b) and (a in b or b in a)


def _mention_reading(doc: Document, blocks: list[Block]) -> Reading | None:
    """A press release or a news story that names several projects in its prose
    ("… myönsi X ry:n Kylätalo kuntoon -hankkeelle 5 500 euroa"): each paragraph that
    names a project of its own opens a record, which runs to the next one or to the
    next heading. Two names at least, and none a part of the page's own title: that
    project is the page's reading."""
    titles = [name_key(t) for _, t in page_titles(doc, blocks)]
    starts: list[tuple[int, str]] = []
    for i, b in enumerate(blocks):
        if b.kind == "paragraph" and b.region == "main" and (name := name_in_sentence(b.text)):
            key = name_key(name)
            if key and not any(_overlap(key, k) for k in [*titles, *(name_key(n) for _, n in starts)]):
                starts.append((i, name))
    if len(starts) < 2:
        return None
    records = []
    for n, (s, name) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(blocks)
        body = []
        for b in blocks[s:end]:
            if b.kind in ("heading", "break") or b.region != "main":
                break
            body.append(b)
        heading = Block(kind="heading", level=6, text=name, page=body[0].page, region="main")
        records.append(Segment(title=name, blocks=[heading, *body], kind="mention"))
    return Reading("projects named in the text", records)


# -- the whole page ------------------------------------------------------------------

def _applicant_project(blocks: list[Block]) -> str | None:
    """"Hakija: Esimerkkilän kyläyhdistys ry – kylätaloprojekti …": the part after the dash."""
    for b in blocks:
        if b.kind == "field" and norm(b.label or "") in labels_for("applicant"):
            parts = re.split(r"\s+[–—-]\s+", one_line(b.text), maxsplit=1)
            if len(parts) == 2 and re.search(r"(hank|projekt)", parts[1], re.I):
                return parts[1]
    return None


def page_titles(doc: Document, blocks: list[Block]) -> list[tuple[str, str]]:
    """(source, title) for every title the page offers, best first: a name field, the
    h1, the first heading, the document's own title (<title>, og:title, PDF metadata)."""
    out = []
    name = next((one_line(b.text) for b in blocks if b.kind == "field" and is_name_label(b.label)), None)
    if name:
        out.append(("name label", name))
    h1 = next((b.text for b in blocks if b.kind == "heading" and b.level == 1), None)
    if h1:
        out.append(("h1", h1))
    first = next((b.text for b in blocks if b.kind == "heading"), None)
    if first and first != h1:
        out.append(("first heading", first))
    if doc.title:
        out.append(("document title", doc.title))
    return out


def _page_reading(doc: Document, blocks: list[Block]) -> Reading | None:
    offered = page_titles(doc, blocks)
    titles = [t for src, t in offered if src != "document title"]
    if not titles:
        return None
    title = titles[0]
    first_level = next((b.level for b in blocks if b.kind == "heading"), 0)
    if offered[0][0] == "first heading" and offered[-1][0] == "document title" and sum(
            b.kind == "heading" and b.level == first_level for b in blocks) >= 2:
        # no h1 and no name field, and the first heading is one of several alike (a blog's
        # posts, a news list): the page is named by its <title>, whose first part is its own
        title = re.split(r"\s+[|–—-]\s+", offered[-1][1])[0]
    if ITEM_NUMBER.search(title):
        title = _applicant_project(blocks) or title
    status = next((status_of(b.text) for b in blocks if b.kind in ("paragraph", "heading") and status_of(b.text)),
                  None)
    return Reading("page", [Segment(title=title, blocks=list(blocks), status=status, kind="page")])


HINTED = "record_selector"  # the reading a source's record_selector hint makes


def _box_title(blocks: list[Block]) -> str:
    """A box's title: its heading, else its first line when that is short and no sentence."""
    heading = next((b.text for b in blocks if b.kind == "heading"), None)
    first = one_line(blocks[0].text.split("\n")[0]) if blocks else ""
    return heading or (first if len(first.split()) <= 12 and not first.endswith(".") else "")


def _boxes(blocks: list[Block], label: str | None) -> list[Segment]:
    """The groups of blocks between breaks (the edges of cards, boxes, rules); with a
    label, only between breaks of that label (the elements a record_selector picked)."""
    out, current, start, inside = [], [], 0, False
    for i, b in enumerate([*blocks, Block(kind="break", text="", label=label)]):
        if b.kind == "break" and (label is None or b.label == label):
            inside = not inside  # a labelled element opens and closes with a break of its own
            if current and _box_title(current) and (label is None or not inside):
                level = next((x.level for x in current if x.kind == "heading"), 7)
                category, status = context_above(blocks, start, level)
                out.append(Segment(title=_box_title(current), blocks=current, category=category, status=status,
                                   kind="box", level=level))
            current, start = [], i + 1
        elif b.kind != "break":
            current.append(b)
    return out


def _box_readings(blocks: list[Block]) -> list[Reading]:
    """Boxes as records: the cards or grid cells of a listing, and the elements of a
    record_selector hint (pipeline/hints.py)."""
    out = []
    hinted = _boxes(blocks, "record") if any(b.kind == "break" and b.label == "record" for b in blocks) else []
    if hinted:
        out.append(Reading(HINTED, hinted))
    # boxes with headings are the heading readings' sections already; boxes without are not
    # and boxes opened by a name label are the label records
    boxes = [s for s in _boxes([b for b in blocks if b.region == "main"], None)
             if s.level == 7 and not (s.blocks[0].kind == "field" and is_name_label(s.blocks[0].label))]
    if len(boxes) >= 2:
        out.append(Reading("boxes", boxes))
    return out


def readings(doc: Document) -> tuple[list[Block], list[Reading]]:
    """The document's blocks (label headings promoted to fields) and every reading of
    them. An error page ("Sivua ei löytynyt", "404") describes no project: it has none."""
    blocks = promote_label_headings(doc.blocks)
    if any(is_error_title(t) for _, t in page_titles(doc, blocks)):
        return blocks, []
    found = [_page_reading(doc, blocks), _table_reading(blocks), _record_reading(blocks), _list_reading(blocks),
             *_heading_readings(blocks), *_box_readings(blocks), _mention_reading(doc, blocks)]
    return blocks, [r for r in found if r is not None]


# -- projects named in passing ----------------------------------------------------------

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
        while j < len(blocks) and blocks[j].kind == "field" and norm(blocks[j].label or "") in funder_labels:
            taken.append(blocks[j])
            j += 1
        heading = Block(kind="heading", level=max(b.level, 3), text=f"{name} ({m.group(1)})", page=b.page,
                        region=b.region)
        out.append(Segment(title=heading.text, blocks=[heading, *taken], kind="mention"))
        del blocks[i:j]
    seg.blocks = blocks
    return out

