"""HTML to blocks: decode, drop page furniture (`html_dom.py`), walk the content in reading order.

The walk emits the same blocks the PDF parser emits, so extractors never see
markup. Label/value structures that sites build in many ways (a two-column table,
`<dl>`, `<li><span>label</span><span>value</span></li>`, `<strong>Label:</strong>
value<br>`) all become `field` blocks.
"""
from __future__ import annotations

import logging
import re
from collections import Counter
from urllib.parse import urljoin

from bs4 import BeautifulSoup, NavigableString, Tag

from pipeline.hints import NO_HINTS, Hints
from pipeline.labels import is_contact_label, is_label
from pipeline.parse.blocks import Block, Document, Link, clean_text, one_line
from pipeline.parse.encoding import decode_html
from pipeline.parse.errors import ParseError
from pipeline.parse.fields import split_fields
from pipeline.parse.pdf_fields import is_item_number
from pipeline.parse.html_dom import (BLOCK_TAGS, HEADINGS, ancestor, attr_tokens, deeper_than, first, flatten_wrappers, is_block,
                                     is_footer, strip_furniture, tags)

log = logging.getLogger(__name__)

BOLD = {"strong", "b"}
# Inside a data table's cell, none of these: a cell holding one is page layout.
_LAYOUT_INSIDE = ("table", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol")
# A label cell of a label/value table or list is short: longer text is content.
MAX_LABEL_CHARS = 60
# Deeper nesting than this is treated as hostile markup and not walked further.
MAX_DEPTH = 400


class _Walker:
    """Turns a cleaned DOM into blocks in document order."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.blocks: list[Block] = []
        self._alike: dict[int, Counter] = {}  # id(parent) -> its children counted by (tag, class)
        self._leads: set[int] = set()  # ids of the headings made of a paragraph's bold lead

    # -- inline text -------------------------------------------------------
    def inline_text(self, node: Tag | NavigableString, skip_tables: bool = False) -> str:
        parts: list[str] = []

        def rec(n: Tag | NavigableString, depth: int) -> None:
            if isinstance(n, NavigableString):
                parts.append(str(n))
                return
            if depth > MAX_DEPTH:
                return
            if n.name == "br":
                parts.append("\n")
                return
            if n.name == "img":
                return
            if skip_tables and n.name == "table":
                return
            block = n.name in BLOCK_TAGS
            if block:
                parts.append("\n")
            for c in n.children:
                rec(c, depth + 1)
            if block:
                parts.append("\n")

        rec(node, 0)
        return clean_text("".join(parts))

    def links(self, node: Tag) -> tuple[Link, ...]:
        out = []
        for a in tags(node, ("a",)):
            if a.get("href") is None:
                continue
            href = a["href"].strip()
            if href.startswith(("javascript:", "#")):
                continue
            out.append(Link(one_line(a.get_text(" ")), urljoin(self.base_url, href) if self.base_url else href))
        return tuple(out)

    def images(self, node: Tag) -> tuple[str, ...]:
        return tuple(
            one_line(i.get("alt", "")) for i in tags(node, ("img",)) if one_line(i.get("alt", "")) not in ("", "*")
        )

    def region(self, node: Tag) -> str:
        return "aside" if node.name == "aside" or ancestor(node, ("aside",)) is not None else "main"

    def emit(self, kind: str, node: Tag, text: str, **kw) -> None:
        text = clean_text(text)
        imgs = self.images(node) if kind != "table" else ()
        if not text and not imgs:
            return
        self.blocks.append(
            Block(kind=kind, text=text, links=self.links(node), region=self.region(node), images=imgs, **kw)
        )

    # -- structure ---------------------------------------------------------
    def has_block_children(self, node: Tag) -> bool:
        return any(is_block(c) for c in node.children)

    def walk(self, node: Tag, depth: int = 0) -> None:
        if depth > MAX_DEPTH:
            return
        name = node.name
        if name == "hr":
            self.blocks.append(Block(kind="break", text="", region=self.region(node)))
            return
        pair = self.label_and_value(node)
        if pair:
            self.emit("field", node, pair[1], label=pair[0])
            return
        if self.is_card(node):
            # A card or article is a unit of its own: its badge may stand before its
            # heading, so the segmenter needs to see where the card starts and ends.
            # A record_selector's element says so outright: its breaks are labelled.
            mark = "record" if node.has_attr(RECORD_MARK) else None
            self.blocks.append(Block(kind="break", text="", label=mark, region=self.region(node)))
            self.walk_children(node, depth)
            self.blocks.append(Block(kind="break", text="", label=mark, region=self.region(node)))
            return
        if node.has_attr(TITLE_MARK):
            level = 3 if any(a.has_attr(RECORD_MARK) for a in node.parents if isinstance(a, Tag)) else 1
            self.emit("heading", node, one_line(self.inline_text(node)), level=level)
            return
        if name in HEADINGS:
            # a status badge set inside the title ("<h3>X <span class=badge>Valmisteilla</span></h3>")
            # is not part of the name: it follows the heading as a paragraph of its own
            badges = [t for t in tags(node, ("span", "small", "em", "strong", "mark"))
                      if attr_tokens(t) & {"badge", "tag", "label", "status", "tila", "pill", "chip"}]
            badge_texts = [one_line(b.get_text(" ")) for b in badges]
            if " ".join(badge_texts) == one_line(node.get_text(" ")):
                badges, badge_texts = [], []  # a wrapper around the whole title is no badge
            for b in badges:
                b.extract()
            self.emit("heading", node, one_line(self.inline_text(node)), level=HEADINGS[name])
            for text in badge_texts:
                if text:
                    self.blocks.append(Block(kind="paragraph", text=text, region=self.region(node)))
            return
        if name == "summary" and ancestor(node, ("details",)) is not None:
            # an accordion's title: a heading one level below the heading it sits under
            prev = next((h for h in node.find_all_previous(list(HEADINGS)) if h.find_parent("details") is None), None)
            level = HEADINGS[prev.name] + 1 if prev is not None else 2
            self.emit("heading", node, one_line(self.inline_text(node)), level=min(6, level))
            return
        if name == "table":
            self.table(node, depth)
            return
        if name == "dl":
            self.definition_list(node)
            return
        if name == "li" and (lead := self.item_lead(node)):
            # "<li>Kylätalo kuntoon<ul><li>Hallinnoija: X</li>…</ul></li>": the item's
            # own text names the record its nested list of facts describes
            self.lead_heading(lead, node)
            for child in node.children:
                if is_block(child):
                    self.walk(child, depth + 1)
            return
        if name == "li" and not self.has_block_children(node):
            pair = self.label_value(node)
            if pair:
                self.emit("field", node, pair[1], label=pair[0])
            else:
                self.paragraph_or_fields(node, "list_item")
            return
        if name in ("p", "address", "figcaption", "summary", "pre", "dt", "dd", "blockquote") and not self.has_block_children(node):
            self.paragraph_or_fields(node, "paragraph")
            return
        self.walk_children(node, depth)

    def label_and_value(self, node: Tag) -> tuple[str, str] | None:
        """A container of exactly two parts, a label and its value: a CMS's field markup
        ("field__label" + "field__item") or a facts grid's rows ("selite" + "tieto"). The
        first part is a label when the registry knows it (a source's hints included),
        when it ends in a colon, or when its class says so."""
        if node.name not in ("div", "li", "section") or any(
                isinstance(c, NavigableString) and c.strip() for c in node.children):
            return None
        kids = [c for c in node.children if isinstance(c, Tag)]
        if len(kids) != 2 or kids[0].name in HEADINGS or any(self.has_block_children(k) for k in kids):
            return None
        label, value = one_line(kids[0].get_text(" ")), self.inline_text(kids[1])
        if not label or not value or len(label) > MAX_LABEL_CHARS:
            return None
        if attr_tokens(kids[0]) & _LABEL_CLASSES or (
                not label.endswith((".", "!", "?")) and (is_label(label) or label.endswith(":"))):
            return label.rstrip(": "), value
        return None

    def is_card(self, node: Tag) -> bool:
        if node.has_attr(RECORD_MARK) or self.is_repeated_box(node):
            return True
        if node.name == "details":
            return first(node, ("summary",)) is not None
        if node.name == "article":
            return first(node, HEADINGS) is not None
        if node.name in ("div", "li", "section") and first(node, HEADINGS) is not None:
            return bool(attr_tokens(node) & {"card", "kortti", "teaser"})
        return False

    def is_repeated_box(self, node: Tag) -> bool:
        """One of several sibling containers of the same tag and class, each holding
        more than one block: the boxes of a grid or a listing, whatever they are called."""
        if node.name not in ("div", "li", "section") or not node.get("class") or node.parent is None:
            return False
        inner = node
        while True:  # through a lone wrapper ("column > group > p, p, p")
            kids = [c for c in inner.children if isinstance(c, Tag) and c.name in BLOCK_TAGS]
            if len(kids) == 1 and kids[0].name in ("div", "section"):
                inner = kids[0]
                continue
            break
        if len(kids) < 2:
            return False
        return self.siblings_alike(node.parent)[(node.name, tuple(node.get("class")))] >= MIN_REPEATED_BOXES

    def siblings_alike(self, parent: Tag) -> Counter:
        """How many of a parent's children share each (tag, class): counted once per parent."""
        key = id(parent)
        if key not in self._alike:
            self._alike[key] = Counter((c.name, tuple(c.get("class") or ())) for c in parent.children
                                       if isinstance(c, Tag))
        return self._alike[key]

    def walk_children(self, node: Tag, depth: int) -> None:
        """A container: emit loose inline text runs as paragraphs, recurse into blocks."""
        run: list[Tag | NavigableString] = []
        for child in list(node.children):
            if is_block(child):
                self.flush_run(run, node)
                run = []
                self.walk(child, depth + 1)
            else:
                run.append(child)
        self.flush_run(run, node)

    def flush_run(self, run: list, parent: Tag) -> None:
        if not run:
            return
        holder = Tag(name="div")  # a detached container, not a second parse
        for n in run:
            holder.append(n.__copy__() if isinstance(n, Tag) else NavigableString(str(n)))
        if not one_line(self.inline_text(holder)) and not self.images(holder):
            return
        # keep region info: attach the holder to nothing, but compute region from parent
        text = self.inline_text(holder)
        fields = split_fields(text, bold_labels=self.bold_labels(holder))
        region = self.region(parent)
        links = self.links(holder)
        images = self.images(holder)
        if fields:
            for label, value in fields:
                self.blocks.append(Block(kind="field", text=value, label=label, links=links, region=region))
        elif text or images:
            self.blocks.append(Block(kind="paragraph", text=text, links=links, region=region, images=images))

    def bold_labels(self, node: Tag) -> set[str]:
        labels = set()
        for b in tags(node, {*BOLD, "span", "label", "th", "dt"}):
            if b.name == "span" and "label" not in " ".join(b.get("class", [])):
                continue
            t = one_line(b.get_text(" ")).rstrip(":").strip()
            if t and len(t) <= MAX_LABEL_CHARS:
                labels.add(t)
        return labels

    def paragraph_or_fields(self, node: Tag, kind: str) -> None:
        text = self.inline_text(node)
        bold = self.bold_labels(node)
        if kind == "list_item":
            # a list item's bold lead is its name ("**Kyläkoulu kuntoon** (2021–2023)"),
            # unless it is a known label or ends with a colon
            bold = {b for b in bold if is_label(b) or f"{b}:" in text}
        elif (found := _bold_lead(text, self.opening_bold(node))) is not None:
            # "**Kylätalo kuntoon**<br>Hallinnoija: X<br>Toteutusaika: …" or "**Kylätalo
            # kuntoon** Yhdistys korjaa …": a record written as one paragraph; its bold lead
            # titles it as a heading one level below the section it sits in, so its facts
            # and the paragraphs after it stay with it
            lead, text = found
            self.lead_heading(lead, node)
            bold = bold - {lead}
        fields = split_fields(text, bold_labels=bold)
        if kind == "list_item" and len(fields) == 1 and not is_label(fields[0][0]) and "\n" not in text.strip():
            # "Esimerkki ry: Kylätalo kuntoon, 5 000 euroa": a list's line led by an applicant
            # or a name, not a labelled fact; the list reading reads it as one item
            fields = []
        if fields:
            links = self.links(node)
            for label, value in fields:
                self.blocks.append(Block(kind="field", text=value, label=label, links=links, region=self.region(node)))
        else:
            self.emit(kind, node, text)

    def item_lead(self, node: Tag) -> str | None:
        """The text a list item opens with, when a nested list of registry-labelled facts follows it."""
        kids = [c for c in node.children if not (isinstance(c, NavigableString) and not c.strip())]
        cut = next((i for i, c in enumerate(kids) if isinstance(c, Tag) and c.name in BLOCK_TAGS), None)
        if not cut or any(isinstance(c, Tag) and c.name in BLOCK_TAGS and c.name not in ("ul", "ol") for c in kids[cut:]):
            return None
        holder = Tag(name="span")
        for n in kids[:cut]:
            holder.append(n.__copy__() if isinstance(n, Tag) else NavigableString(str(n)))
        lead = one_line(self.inline_text(holder))
        if not lead or len(lead.split()) > 15 or lead.endswith((".", ":")) or is_label(lead):
            return None
        facts = [split_fields(self.inline_text(li)) for li in tags(node, ("li",))]
        return lead if any(is_label(f[0][0]) and not is_contact_label(f[0][0]) for f in facts if f) else None

    def opening_bold(self, node: Tag) -> str | None:
        """The text of the bold element a paragraph opens with."""
        first = next((c for c in node.children if not (isinstance(c, NavigableString) and not c.strip())), None)
        return one_line(first.get_text(" ")) if isinstance(first, Tag) and first.name in BOLD else None

    def lead_heading(self, lead: str, node: Tag) -> None:
        """A record's lead as a heading one level below the section it sits in."""
        above = next((b.level for b in reversed(self.blocks) if b.kind == "heading" and id(b) not in self._leads), 1)
        heading = Block(kind="heading", text=lead, level=min(6, above + 1), region=self.region(node))
        self._leads.add(id(heading))
        self.blocks.append(heading)

    def label_value(self, node: Tag) -> tuple[str, str] | None:
        """`<li><span class=label>X</span> <span>Y</span></li>` and friends."""
        kids = [c for c in node.children if isinstance(c, Tag)]
        if len(kids) < 2:
            return None
        first = kids[0]
        if not (first.name in BOLD | {"dt", "th", "label"} or "label" in " ".join(first.get("class", [])).lower()):
            return None
        raw_label = one_line(first.get_text(" "))
        label = raw_label.rstrip(":").strip()
        if not label or len(label) > MAX_LABEL_CHARS:
            return None
        if first.name in BOLD and not (is_label(label) or raw_label.endswith(":")
                                       or one_line(node.get_text(" "))[len(raw_label):].lstrip().startswith(":")):
            return None  # a bold lead names the item ("**Kyläkoulu kuntoon** (2021–2023) …")
        rest = node.__copy__()
        rest.contents[rest.contents.index(next(c for c in rest.contents if isinstance(c, Tag)))].decompose()
        value = self.inline_text(rest)
        return (label, value) if value else None

    def definition_list(self, node: Tag) -> None:
        label = None
        for c in tags(node, ("dt", "dd")):
            if c.name == "dt":
                label = one_line(c.get_text(" ")).rstrip(":")
            elif label:
                self.emit("field", c, self.inline_text(c), label=label)

    def table(self, node: Tag, depth: int) -> None:
        rows: list[list[Tag]] = []
        for tr in tags(node, ("tr",)):
            if ancestor(tr, ("table",)) is not node:
                continue
            rows.append([c for c in tr.children if isinstance(c, Tag) and c.name in ("td", "th")])
        rows = [r for r in rows if r]
        if not rows:
            return
        if all(self.is_minutes_item(r) for r in rows):
            for number, body in rows:
                self.minutes_item(one_line(number.get_text(" ")), body, depth)
            return
        if self.is_layout_or_fields(rows):
            for cells in rows:
                if len(cells) == 2 and all(c.name == "th" for c in cells):
                    continue  # the header over a label/value table ("Tieto | Arvo")
                texts = [one_line(self.inline_text(c, skip_tables=True)) for c in cells]
                nonempty = [(c, t) for c, t in zip(cells, texts) if t or first(c, ("table", "img"))]
                if len(cells) == 2 and self.is_label_cell(cells[0]):
                    label = texts[0].rstrip(":")
                    value_cell = cells[1]
                    if self.has_block_children(value_cell):
                        first_text = self.inline_text(value_cell, skip_tables=True)
                        self.emit("field", value_cell, first_text, label=label)
                        for t in list(tags(value_cell, ("table",))):
                            if ancestor(t, ("table",)) is ancestor(value_cell, ("table",)):
                                self.table(t, depth + 1)
                    else:
                        self.emit("field", value_cell, self.inline_text(value_cell), label=label)
                else:
                    for c, _ in nonempty:
                        self.walk(c, depth + 1)
            return
        grid = tuple(tuple(clean_text(self.inline_text(c)) for c in r) for r in rows)
        text = "\n".join(" | ".join(r) for r in grid)
        self.blocks.append(Block(kind="table", text=text, rows=grid, links=self.links(node), region=self.region(node)))

    @staticmethod
    def is_minutes_item(cells: list[Tag]) -> bool:
        """"§ 197 | Title, presentation, proposal, decision": old minutes pages lay out each
        item as a row of its number in a narrow cell and the whole item beside it."""
        if len(cells) != 2:
            return False
        number = one_line(cells[0].get_text(" "))
        return "§" in number and is_item_number(number) and len(one_line(cells[1].get_text(" ")).split()) > 12

    def minutes_item(self, number: str, body: Tag, depth: int) -> None:
        """A minutes item laid out in a table row: its number and its first line are its
        heading, one level below the section; the rest of the cell is its text."""
        title = clean_text(self.inline_text(body, skip_tables=True)).split("\n")[0].strip()
        self.lead_heading(f"{number} {title}", body)
        start = len(self.blocks)
        self.walk_children(body, depth + 1)
        opening = self.blocks[start] if start < len(self.blocks) else None
        if opening is not None and opening.label == title and not opening.text.strip():
            del self.blocks[start]  # the title read as a bold label over nothing
        elif opening is not None and opening.text.startswith(title):
            rest = opening.text[len(title):].strip()
            if rest:
                self.blocks[start] = Block(kind=opening.kind, text=rest, label=opening.label,
                                           links=opening.links, region=opening.region)
            else:
                del self.blocks[start]

    def is_label_cell(self, cell: Tag) -> bool:
        text = one_line(cell.get_text(" "))
        if not text or len(text) > MAX_LABEL_CHARS:
            return False
        if cell.name == "th" or is_label(text):
            return True
        bold = first(cell, BOLD)
        if bold is not None and one_line(bold.get_text(" ")) == text:
            return True
        return text.endswith(":")

    def is_layout_or_fields(self, rows: list[list[Tag]]) -> bool:
        """A table used for page layout, or a label/value table, is not data. A layout
        table (old CMS themes) nests tables, or holds headings and lists in its cells."""
        if any(first(c, _LAYOUT_INSIDE) for r in rows for c in r) and not self.is_label_value_table(rows):
            return True
        return self.is_label_value_table(rows)

    def is_label_value_table(self, rows: list[list[Tag]]) -> bool:
        two = [r for r in rows if len(r) == 2]
        if len(two) < max(2, len(rows) // 2 + 1):
            return False
        # the first row of a data table is a header of th cells across the row, unless
        # the cells below it in the first column are labels ("Tieto | Arvo" over
        # "Hallinnoija | …")
        if all(c.name == "th" for c in rows[0]) and len(rows) > 1 and all(c.name == "td" for c in rows[1]):
            body = [r for r in rows[1:] if len(r) == 2]
            return len(body) >= 2 and sum(is_label(one_line(r[0].get_text(" "))) for r in body) >= 0.7 * len(body)
        return sum(self.is_label_cell(r[0]) for r in two) >= max(2, int(0.7 * len(two)))


def parse_html(data: bytes, source_id: str, source_url: str, *, http_content_type: str | None = None,
               hints: Hints = NO_HINTS) -> Document:
    """Parse HTML bytes into a Document of blocks, with a source's hints (pipeline/hints.py)."""
    text, encoding = decode_html(data, http_content_type)
    if "\x00" in text[:4096]:
        raise ParseError("binary content, not HTML")
    if not re.search(r"<\s*(html|body|div|p|h[1-6]|table|head|title)\b", text[:200000], re.I):
        if text.lstrip().startswith("%PDF"):
            raise ParseError("file is a PDF, not HTML")
        raise ParseError("no HTML markup found")
    try:
        soup = BeautifulSoup(text, "lxml")
    except Exception as e:  # lxml refuses some hostile input outright
        raise ParseError(f"unparseable HTML: {type(e).__name__}") from e
    if deeper_than(soup, MAX_DEPTH):  # hostile nesting: every bs4 search is linear in the depth
        flatten_wrappers(soup)
    title_tag = soup.find("title")
    title_text = one_line(title_tag.get_text()) if title_tag else None  # read before the head is dropped
    base = soup.find("base", href=True)
    canonical = soup.find("link", rel="canonical", href=True)
    base_url = (base["href"] if base else None) or (canonical["href"] if canonical else None) or (
        source_url if source_url.startswith("http") else "")
    publisher = _publisher_candidates(soup, title_tag)
    # The footer is furniture, but it is where a site states its address pattern
    # ("etunimi.sukunimi@kunta.fi"); keep its text aside for the contacts.
    footers = [t for t in tags(soup) if is_footer(t)]
    footer = one_line(" ".join(f.get_text(" ") for f in footers))[:5000]
    strip_furniture(soup)
    root: Tag | None = None
    if hints.content_selector:
        root = soup.select_one(hints.content_selector)
        if root is None:
            log.warning("content_selector %r matches nothing: the whole page was read", hints.content_selector)
    root = root or soup.body or soup
    for selector, mark in ((hints.record_selector, RECORD_MARK), (hints.title_selector, TITLE_MARK)):
        found = root.select(selector) if selector else None
        for tag in found or ():
            tag[mark] = ""
        if selector and not found:
            log.warning("%s %r matches nothing", "record_selector" if mark == RECORD_MARK else "title_selector",
                        selector)
    walker = _Walker(base_url)
    walker.walk(root)
    h1 = next((b.text for b in walker.blocks if b.kind == "heading" and b.level == 1), None)
    return Document(
        source_id=source_id,
        source_url=source_url,
        content_type="html",
        blocks=walker.blocks,
        title=h1 or title_text,
        meta={"encoding": encoding, "publisher": "\n".join(publisher), "parser": "html", "footer": footer},
    )


# attributes the hints set on the elements they select (pipeline/hints.py)
RECORD_MARK, TITLE_MARK = "data-hankkeet-record", "data-hankkeet-title"
_LABEL_CLASSES = {"label", "selite", "key", "term"}  # class words of a label beside its value
MIN_REPEATED_BOXES = 2  # sibling containers alike in tag and class that make a grid of boxes


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
RUN_IN_MIN_WORDS = 8  # the prose after a run-in title: a sentence, not an address line


def _bold_lead(text: str, lead: str | None) -> tuple[str, str] | None:
    """(title, the rest) of a paragraph that opens with a bold name (`lead`, not a label)
    followed by facts under registry labels on the next lines ("Toteutusaika: …"), or
    by prose of its own on the same line (a run-in title)."""
    if not lead or lead.endswith((":", ".", "!", "?")) or is_label(lead) or len(lead.split()) > 15 \
            or not text.startswith(lead):
        return None
    rest = text[len(lead):].strip()
    if text[len(lead):len(lead) + 1] == "\n":
        facts = split_fields(rest)
        return (lead, rest) if any(is_label(label) and not is_contact_label(label) for label, _ in facts) else None
    prose = one_line(rest)
    if prose[:1].isupper() and len(prose.split()) >= RUN_IN_MIN_WORDS and _SENTENCE_END.search(prose):
        return lead, rest
    return None


def _publisher_candidates(soup: BeautifulSoup, title_tag: Tag | None) -> list[str]:
    """Who publishes the page: site name, logo text, the title's site suffix.

    Read before the page furniture is dropped, since the logo sits in the header.
    Used only to place a municipality's own project pages, never as an owner.
    """
    out: list[str] = []
    og = soup.find("meta", attrs={"property": "og:site_name"})
    if og and og.get("content"):
        out.append(str(og["content"]))
    for img in soup.find_all("img", alt=True):
        where = " ".join([*img.get("class", []), str(img.get("src", "")), *(img.parent.get("class", []) if img.parent else [])])
        if "logo" in where.lower() and img.find_parent(["header", "footer"]) is not None:
            out.extend(part for part in re.split(r"\s+[–-]\s+", str(img["alt"])) if part.strip())
    if title_tag:
        parts = re.split(r"\s+[|–-]\s+", one_line(title_tag.get_text()))
        if len(parts) > 1:
            out.append(parts[-1])
    return out

