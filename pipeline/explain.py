"""How one document was read, for a person deciding whether to trust it.

    python run_pipeline.py --explain FILE [--html OUT.html]

In order: the blocks the parser made (region, kind, label); the page type and every
candidate reading with its score and the features that weighed most; the records
chosen; and for every value of every project, the text it came from and how it was
matched. `--html` writes the same as one self-contained page with the blocks
coloured by the record that took them; hovering a block shows why.
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from pipeline.hints import NO_HINTS, Hints
from pipeline.labels import extra_labels
from pipeline.extract.project import attach_labelled_contacts, build_projects, document_context
from pipeline.normalise import source_id_for
from pipeline.parse.blocks import Block, Document, one_line
from pipeline.parse.document import DocInput, parse_document
from pipeline.records import Project
from pipeline.segment import ScoredReading, Segment, explain, page_type, records
from pipeline.segment.model import current
from pipeline.understanding import Assessment, assess, committed

TOP_FEATURES = 4


@dataclass
class Explanation:
    doc: Document
    readings: list[ScoredReading]
    chosen: ScoredReading | None
    segments: list[Segment]
    projects: list[Project]

    @property
    def page_type(self) -> str:
        return page_type(self.chosen)

    @cached_property
    def assessment(self) -> Assessment:
        """The projects' and the document's confidence, and why a weak reading is weak."""
        return assess(self.doc, self.readings, self.chosen, self.projects)


def read(data: bytes, source_id: str, inp: DocInput) -> Explanation:
    """Read one document as the pipeline does, keeping every decision (the driver's
    per-document function and `--explain` both read through here)."""
    doc = parse_document(data, source_id, inp)
    scored, chosen = explain(doc)
    segments = records(chosen)
    ctx = document_context(doc)
    projects = build_projects(segments, ctx)
    attach_labelled_contacts(projects, doc.blocks, ctx)
    return Explanation(doc, scored, chosen, segments, projects)


def explain_file(path: Path, hints: Hints = NO_HINTS) -> Explanation:
    inp = DocInput(path.as_posix(), path.suffix.lower(), hints=hints)
    with extra_labels(hints.labels or {}):
        return read(path.read_bytes(), source_id_for(inp.source_url), inp)


def _why(features: dict[str, float], n: int = TOP_FEATURES) -> str:
    return ", ".join(f"{name} {value:+.2f}" for name, value in current().contributions(features)[:n])


def _block_line(b: Block) -> str:
    where = f"p{b.page} " if b.page else ""
    label = f"[{b.label}] " if b.label else ""
    level = f"h{b.level} " if b.kind == "heading" else ""
    return f"{where}{b.region:<7} {b.kind:<9} {level}{label}{one_line(b.text)[:100]}"


def as_text(ex: Explanation) -> str:
    model = current()
    out = [f"# {ex.doc.source_url}", "", f"## 1. Blocks ({len(ex.doc.blocks)})"]
    out += [f"{i:4} {_block_line(b)}" for i, b in enumerate(ex.doc.blocks)]
    out += ["", f"## 2. Page type: {ex.page_type}",
            f"Candidate readings (a record counts when p ≥ {model.threshold}; a reading scores Σ(p − threshold)):"]
    for s in sorted(ex.readings, key=lambda s: -s.score):
        mark = "chosen" if s is ex.chosen else ""
        out.append(f"- {s.reading.name}: score {s.score:.2f}, {len(s.kept)} of {len(s.reading.records)} records "
                   f"kept {mark}".rstrip())
        for rec, p, f in zip(s.reading.records, s.probabilities, s.features):
            out.append(f"    {p:.2f} {'+' if p >= model.threshold else '-'} {one_line(rec.title)[:70]!r}: {_why(f)}")
    out += ["", f"## 3. Records chosen ({len(ex.segments)})"]
    for seg in ex.segments:
        conf = f"{seg.confidence:.2f}" if seg.confidence is not None else "–"
        out.append(f"- {one_line(seg.title)[:90]!r} ({seg.kind}, confidence {conf}, {len(seg.blocks)} blocks"
                   + (f", category {seg.category!r}" if seg.category else "")
                   + (f", status {seg.status}" if seg.status else "") + ")")
    a = ex.assessment
    out += ["", f"## 4. Projects and where each value came from ({len(ex.projects)})",
            f"Document confidence {a.document:.2f} (weak below {committed().document.threshold}): "
            + (a.understanding(ex.chosen) if a.weak else "not weak")
            + (f"; observed: {'; '.join(a.reasons)}" if a.reasons and not a.weak else "")]
    for p, conf in zip(ex.projects, a.projects):
        out += [f"### {p.name}", f"- confidence: {conf:.2f}"]
        for e in p.evidence:
            item = f"[{e.item}]" if e.item is not None else ""
            page = f" (page {e.page})" if e.page else ""
            out.append(f"- {e.field}{item}: {e.match} match{page}: {e.snippet!r}")
        for w in p.warnings:
            out.append(f"- warning: {w}")
    if not ex.projects:
        out.append("(none)")
    return "\n".join(out) + "\n"


_COLOURS = ("#fde68a", "#bfdbfe", "#bbf7d0", "#fecaca", "#ddd6fe", "#fed7aa", "#a5f3fc", "#f5d0fe")


def _owner_of(ex: Explanation) -> dict[int, tuple[int, Segment]]:
    """id(block) -> (record number, record) for the blocks a chosen record took. A row
    or an item record built its own blocks: its table or list item is marked instead."""
    out: dict[int, tuple[int, Segment]] = {}
    for n, seg in enumerate(ex.segments):
        ids = {id(b) for b in seg.blocks}
        for b in ex.doc.blocks:
            if id(b) in ids or (seg.kind in ("row", "item") and b.kind in ("table", "list_item")
                                and one_line(seg.title)[:40] in one_line(b.text)):
                out.setdefault(id(b), (n, seg))
    return out


def as_html(ex: Explanation) -> str:
    owner = _owner_of(ex)
    esc = html.escape
    rows = []
    for i, b in enumerate(ex.doc.blocks):
        hit = owner.get(id(b))
        if hit:
            n, seg = hit
            colour = _COLOURS[n % len(_COLOURS)]
            why = f"record {n + 1}: {seg.title} (confidence {seg.confidence or 0:.2f})"
        else:
            colour, why = "#ffffff", "not in any project record"
        label = f"<b>{esc(b.label)}:</b> " if b.label else ""
        rows.append(f'<div class="b {esc(b.kind)} {esc(b.region)}" style="background:{colour}" title="{esc(why)}">'
                    f'<span class="k">{i} {esc(b.kind)}{" h" + str(b.level) if b.kind == "heading" else ""} · '
                    f'{esc(b.region)}</span>{label}{esc(one_line(b.text)[:400])}</div>')
    legend = "".join(f'<li style="background:{_COLOURS[n % len(_COLOURS)]}">{esc(p.name)}</li>'
                     for n, p in enumerate(ex.projects))
    text = esc(as_text(ex))
    return f"""<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Explain: {esc(ex.doc.source_url)}</title>
<style>body{{font:14px/1.4 system-ui,sans-serif;margin:1.5em;max-width:70em}}.b{{border:1px solid #ddd;margin:2px 0;
padding:3px 6px;border-radius:3px}}.b.aside,.b.context{{opacity:.6}}.k{{color:#555;font-size:11px;margin-right:.6em}}
.heading{{font-weight:600}}ul.legend li{{display:inline-block;padding:2px 8px;margin:2px;border-radius:3px}}
pre{{background:#f6f6f6;padding:1em;overflow:auto;font-size:12px}}</style></head><body>
<h1>How {esc(Path(ex.doc.source_url).name)} was read</h1>
<p>Page type: <b>{esc(ex.page_type)}</b>. {len(ex.projects)} project(s). Hover a block to see which record took it.</p>
<ul class="legend">{legend}</ul>
<h2>Blocks</h2>{''.join(rows)}
<h2>Readings, records and evidence</h2><pre>{text}</pre></body></html>
"""
