"""The DOM side of reading HTML: walking the tree, and dropping page furniture
(navigation, cookie notices, footers, boxes of other news) before the content is read.

A footer goes, but a paragraph of it that states the project and its funding stays.
The rules are data in `pipeline/data/boilerplate.yaml`.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Collection, Iterator

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from pipeline.data import load_yaml
from pipeline.parse.blocks import one_line

HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "aside", "header", "footer", "ul", "ol", "li",
    "table", "dl", "dt", "dd", "blockquote", "figure", "figcaption", "body", "html", "address",
    "tr", "td", "th", "tbody", "thead", "tfoot", "center", "details", "summary", "pre", "hr",
    *HEADINGS,
}
_BLOCK_LIST = sorted(BLOCK_TAGS)
WRAPPERS = ("div", "span", "font", "center", "section")


def is_block(node: object) -> bool:
    """A block of the page: a block element, or a link around blocks (a card made
    clickable whole, `<a href><h3>…</h3><p>…</p></a>`: HTML lets a link hold what its
    parent may hold), whose headings and paragraphs stay apart."""
    return isinstance(node, Tag) and (node.name in BLOCK_TAGS
                                      or node.name == "a" and node.find(_BLOCK_LIST) is not None)


@cache
def rules() -> dict:
    return load_yaml("boilerplate.yaml")


# bs4's find/find_all/find_parent build a matcher object per call, which made up a
# third of parsing; these plain walks over the tree give the same tags in the same order.
def tags(node: Tag, names: Collection[str] | None = None) -> Iterator[Tag]:
    """The elements under `node` (named one of `names`, if given), in document order."""
    for d in node.descendants:
        if isinstance(d, Tag) and (names is None or d.name in names):
            yield d


def first(node: Tag, names: Collection[str]) -> Tag | None:
    return next(tags(node, names), None)


def ancestor(node: Tag, names: Collection[str]) -> Tag | None:
    p = node.parent
    while p is not None:
        if p.name in names:
            return p
        p = p.parent
    return None


def attr_tokens(tag: Tag) -> set[str]:
    values: list[str] = []
    for attr in ("class", "id", "role", "aria-label"):
        v = tag.get(attr)
        if isinstance(v, list):
            values.extend(v)
        elif v:
            values.append(str(v))
    tokens: set[str] = set()
    for v in values:
        v = v.lower()
        tokens.add(v)
        tokens.update(t for t in re.split(r"[-_\s]+", v) if t)
    return tokens


def disclosure_panel(tag: Tag) -> bool:
    """A closed accordion panel or an inactive tab: hidden until the reader opens it,
    but part of the page (WAI-ARIA marks it as a tabpanel or a labelled region)."""
    return tag.get("role") in ("tabpanel", "region") or tag.get("aria-labelledby") is not None


def is_furniture(tag: Tag) -> bool:
    r = rules()
    if tag.name in r["drop_tags"]:
        return True
    if tag.get("role") in r["drop_roles"]:
        return True
    if tag.name == "footer":
        return True
    if tag.name == "header" and not first(tag, ("h1",)) and not (
            first(tag, HEADINGS) and ancestor(tag, ("article", "section", "main")) is not None):
        return True  # the page's banner; an article's own header holds the article's title
    if tag.name == "button" and not ancestor(tag, HEADINGS):
        return True
    if (tag.get("hidden") is not None or "display:none" in str(tag.get("style", "")).replace(" ", "")) \
            and not disclosure_panel(tag):
        return True
    if tag.name in ("html", "body", "main") or tag.get("role") == "main":
        return False  # a page template's classes ("elementor_header_footer") do not make the page furniture
    tokens = attr_tokens(tag)
    # a wrapper around the page's own title is no furniture, whatever its class says
    return bool(tokens & set(r["drop_attr_tokens"])) and first(tag, ("h1",)) is None


def drop_news_boxes(soup: BeautifulSoup) -> None:
    """Remove teaser boxes ("Ajankohtaista", "Muut uutiset") with their heading."""
    news = {h.lower() for h in rules()["news_headings"]}
    box_tags = set(rules()["box_tags"])
    for h in list(tags(soup, {*HEADINGS, "div", "span", "strong"})):
        if h.parent is None:
            continue
        if h.name in ("div", "span", "strong") and first(h, BLOCK_TAGS):
            continue
        if one_line(h.get_text(" ")).lower().rstrip(":") not in news:
            continue
        box = h.parent
        while box is not None and box.name not in box_tags and box.name not in ("body", "main", "article"):
            box = box.parent
        if box is None or box.name in ("body", "main", "article") or first(box, ("h1",)):
            h.decompose()
            continue
        box.decompose()


@cache
def footer_statement() -> re.Pattern[str]:
    rule = rules()["footer_statement"]
    stems = [r"\b(?:" + "|".join(map(re.escape, rule[k])) + ")" for k in ("project", "funding")]
    return re.compile(rf"(?=.*{stems[0]})(?=.*{stems[1]})", re.I | re.S)


def keep_footer_statements(footer: Tag, soup: BeautifulSoup) -> None:
    """Move the paragraphs of a footer that state a project and its funding to the end
    of the page's text, before the footer goes."""
    keep = [p for p in tags(footer, ("p",)) if footer_statement().match(p.get_text(" "))]
    home = first(soup, ("main",)) or soup.body or soup
    for p in keep:
        home.append(p.extract())


def is_footer(tag: Tag) -> bool:
    """A page's footer: `<footer>`, the contentinfo landmark, or a footer by its class."""
    return tag.name == "footer" or tag.get("role") == "contentinfo" \
        or bool(attr_tokens(tag) & {"footer", "alatunniste", "colophon"})


def strip_furniture(soup: BeautifulSoup) -> None:
    for c in [d for d in soup.descendants if isinstance(d, Comment)]:
        c.extract()
    for tag in list(tags(soup)):
        # (a decomposed tag has lost its parent; bs4's `.decomposed` would search the subtree)
        if tag.parent is not None and is_furniture(tag):
            if is_footer(tag):
                keep_footer_statements(tag, soup)
            tag.decompose()
    drop_news_boxes(soup)


def flatten_wrappers(root: Tag) -> None:
    """Collapse each chain of plain wrappers (one element inside, no attributes) to one.

    Pages nested thousands of levels deep (broken templates, hostile markup) keep
    their content at the bottom of the chain; without the chain it is read like
    any page. Wrappers with attributes stay: they may mark page furniture. The
    content is moved once per chain, not once per level: bs4's insert walks up the
    ancestors, so unwrapping level by level would be quadratic in the depth.
    """
    removed: set[int] = set()
    for top in root.find_all(WRAPPERS):
        if id(top) in removed or top.attrs:
            continue
        chain: list[Tag] = []
        inner = top
        while (child := sole_child(inner)) is not None and child.name in WRAPPERS and not child.attrs:
            chain.append(child)
            inner = child
        if not chain:
            continue
        removed.update(map(id, chain))
        kids = [k.extract() for k in list(inner.contents)]
        chain[0].extract()
        top.extend(kids)


def sole_child(tag: Tag) -> Tag | None:
    """The only element inside tag when nothing but whitespace surrounds it."""
    kids = [c for c in tag.contents if not (isinstance(c, NavigableString) and not c.strip())]
    return kids[0] if len(kids) == 1 and isinstance(kids[0], Tag) else None


def deeper_than(root: Tag, limit: int) -> bool:
    """Whether any element lies more than `limit` levels down (one linear pass)."""
    stack = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            return True
        stack.extend((c, depth + 1) for c in node.contents if isinstance(c, Tag))
    return False
