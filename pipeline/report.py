"""extracted/report.html: what a run found, on one page an analyst can open.

One self-contained file (no scripts, no network: charts are inline SVG drawn by
matplotlib) so it can be mailed, archived next to the tables, or opened from a
file share. It carries no run time and matplotlib's SVG ids are salted with a
constant, so an unchanged run rewrites it byte for byte like the tables.
"""
from __future__ import annotations

import html
import io
import re

import pandas as pd
import pyarrow as pa

MAX_TIMELINE_ROWS = 120  # beyond this the chart stops being readable; the rest is listed as left out
TOP_FUNDERS = 8
COVERAGE = (("dates", "share of projects with a start or end date"), ("owner", "with an owner"),
            ("budget", "with a budget"), ("contacts", "with at least one contact"),
            ("funding", "with at least one funding row"))


def _e(value: object) -> str:
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else html.escape(str(value))


def _svg(fig) -> str:
    """The figure as an inline <svg> element (no XML prolog, no date)."""
    import matplotlib.pyplot as plt

    buf = io.StringIO()
    fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None}, bbox_inches="tight")
    plt.close(fig)
    text = buf.getvalue()
    return re.sub(r"<metadata>.*?</metadata>\s*", "", text[text.index("<svg"):], flags=re.S)


def _matplotlib():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams.update({"svg.hashsalt": "hankkeet-report", "svg.fonttype": "none", "font.size": 9,
                         "font.family": "DejaVu Sans", "axes.spines.top": False, "axes.spines.right": False})
    return plt


# -- charts ----------------------------------------------------------------------------

def timeline_svg(projects: pd.DataFrame) -> tuple[str, int]:
    """One bar per project from start to end, grouped by municipality; returns (svg, projects left out)."""
    dated = projects[projects["start_date"].notna() | projects["end_date"].notna()].copy()
    if dated.empty:
        return "", 0
    dated["start"] = pd.to_datetime(dated["start_date"].fillna(dated["end_date"]))
    dated["end"] = pd.to_datetime(dated["end_date"].fillna(dated["start_date"]))
    dated["group"] = dated["municipality"].fillna("(no municipality)")
    dated = dated.sort_values(["group", "start", "end", "name", "project_id"])
    left_out = max(0, len(dated) - MAX_TIMELINE_ROWS)
    dated = dated.head(MAX_TIMELINE_ROWS)
    plt = _matplotlib()
    groups = list(dict.fromkeys(dated["group"]))
    colours = plt.get_cmap("tab10")
    fig, ax = plt.subplots(figsize=(10, 0.8 + 0.24 * len(dated)))
    dup = dated["duplicate_of"].notna().tolist() if "duplicate_of" in dated else [False] * len(dated)
    for y, ((_, r), is_dup) in enumerate(zip(dated.iterrows(), dup)):
        colour = colours(groups.index(r["group"]) % 10)
        width = max((r["end"] - r["start"]).days, 20)
        ax.barh(y, width, left=r["start"], height=0.7, color=colour, alpha=0.4 if is_dup else 1.0, edgecolor="none")
    labels = [(n if len(n) <= 48 else n[:46] + "…") + ("  (dup.)" if d else "") for n, d in zip(dated["name"], dup)]
    ax.set_yticks(range(len(dated)), labels)
    ax.invert_yaxis()
    # group labels and separators
    prev = None
    for y, g in enumerate(dated["group"]):
        if g != prev:
            if y:
                ax.axhline(y - 0.5, color="#999", linewidth=0.6)
            ax.annotate(g, xy=(1.0, y - 0.35), xycoords=("axes fraction", "data"), ha="right", va="top",
                        fontsize=8, fontweight="bold", color=colours(groups.index(g) % 10))
            prev = g
    ax.xaxis_date()
    ax.grid(axis="x", color="#ddd", linewidth=0.5)
    ax.set_axisbelow(True)
    ax.set_title("Projects by municipality, start to end")
    return _svg(fig), left_out


def funding_svg(funding: pd.DataFrame) -> str:
    """Euros per year stacked by funder; the whole-period amounts get a bar of their own."""
    if funding.empty:
        return ""
    f = funding.copy()
    # one funder however its case is written ("Opetus- ja kulttuuriministeriö" / "opetus- ja ...")
    spelling = f.groupby(f["funder"].str.casefold())["funder"].agg(lambda s: sorted(s)[0])
    f["funder"] = f["funder"].str.casefold().map(spelling)
    totals = f.groupby("funder")["amount_eur"].sum().sort_values(ascending=False)
    top = list(totals.index[:TOP_FUNDERS])
    f["funder"] = f["funder"].where(f["funder"].isin(top), "other funders")
    f["period"] = f["year"].map(lambda y: "whole period" if pd.isna(y) else str(int(y)))
    table = f.pivot_table(index="period", columns="funder", values="amount_eur", aggfunc="sum", fill_value=0.0)
    order = sorted(p for p in table.index if p != "whole period") + (["whole period"] if "whole period" in
                                                                      table.index else [])
    table = table.loc[order, [c for c in top + ["other funders"] if c in table.columns]]
    plt = _matplotlib()
    fig, ax = plt.subplots(figsize=(10, 4.2))
    bottom = [0.0] * len(table)
    colours = plt.get_cmap("tab10")
    for i, funder in enumerate(table.columns):
        values = (table[funder] / 1000).tolist()
        ax.bar(table.index, values, bottom=bottom, label=funder, color=colours(i % 10))
        bottom = [b + v for b, v in zip(bottom, values)]
    ax.set_ylabel("thousand €")
    ax.set_title("Funding by year and funder")
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=8)
    ax.grid(axis="y", color="#ddd", linewidth=0.5)
    ax.set_axisbelow(True)
    return _svg(fig)


# -- tables ----------------------------------------------------------------------------

def coverage(projects: pd.DataFrame, contacts: pd.DataFrame, funding: pd.DataFrame) -> pd.DataFrame:
    """Per source: projects and the share of them with dates, owner, budget, contacts, funding."""
    p = projects.copy()
    p["dates"] = p["start_date"].notna() | p["end_date"].notna()
    p["owner"] = p["owner"].notna()
    p["budget"] = p["budget_eur"].notna()
    p["contacts"] = p["project_id"].isin(set(contacts["project_id"]))
    p["funding"] = p["project_id"].isin(set(funding["project_id"]))
    cols = [c for c, _ in COVERAGE]
    out = p.groupby("source_url")[cols].mean()
    out.insert(0, "projects", p.groupby("source_url").size())
    return out.sort_index()


def _table(headers: list[str], rows: list[list[str]], cls: str = "") -> str:
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _share_cell(share: float) -> str:
    hue = int(share * 120)  # red (0) to green (120)
    return f'<span class="share" style="background:hsl({hue},65%,85%)">{share:.0%}</span>'


def _reason(doc) -> str:
    """Why a document is not plainly read: its error, or the fetch's outcome and when it last answered."""
    parts = [doc.error if isinstance(doc.error, str) else doc.fetch_error if isinstance(doc.fetch_error, str) else None]
    if isinstance(doc.last_seen, str):
        parts.append(f"last seen {doc.last_seen}")
    return _e("; ".join(p for p in parts if p))


def _warnings(documents: pd.DataFrame) -> list[tuple[str, str]]:
    out = []
    for url, text in zip(documents["source_url"], documents["warnings"]):
        if isinstance(text, str) and text:
            out.extend((url, w) for w in text.split("; ") if w)
    return out


CHECK_LIMIT = 25  # documents listed under "Documents to check"


def documents_to_check(docs: pd.DataFrame) -> list[tuple[str, str, float]]:
    """(source_url, why, confidence) of the documents read weakly (their confidence fell
    below the fitted threshold), lowest confidence first. Documents that could not be
    read are listed under Sources with their reason."""
    out = []
    for r in docs[docs["status"] == "ok"].itertuples():
        weak = [w[len("weak: "):] for w in str(r.understanding or "").split("; ") if w.startswith("weak: ")]
        if weak:
            conf = r.confidence if r.confidence == r.confidence and r.confidence is not None else 0.0
            out.append((r.source_url, "; ".join(weak), float(conf)))
    out.sort(key=lambda x: (x[2], x[0]))
    return out


CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:1100px;color:#222;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2.2rem;border-bottom:1px solid #ddd}
.cards{display:flex;flex-wrap:wrap;gap:.8rem;margin:1rem 0}.card{border:1px solid #ddd;border-radius:6px;padding:.5rem .9rem;min-width:7rem}
.card b{display:block;font-size:1.4rem}.muted{color:#666}table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border-bottom:1px solid #eee;padding:.25rem .4rem;text-align:left;vertical-align:top}th{background:#f6f6f6}
td.num,th.num{text-align:right}.share{display:inline-block;min-width:3rem;text-align:right;padding:0 .3rem;border-radius:3px}
.status-error{color:#b00;font-weight:bold}.chart svg{max-width:100%;height:auto}code{font-size:12px}
"""


def render(tables: dict[str, pa.Table]) -> str:
    """The report page for one run's tables."""
    df = {name: t.to_pandas() for name, t in tables.items()}
    projects, docs = df["projects"], df["documents"]
    contacts, funding = df["contacts"], df["funding"]
    failed = docs[docs["status"] == "error"]
    dup_col = projects["duplicate_of"] if "duplicate_of" in projects else pd.Series([None] * len(projects))
    n_dup = int(dup_col.notna().sum())
    cards = [("documents", len(docs)), ("failed", len(failed)), ("projects", len(projects)),
             ("of them reported twice", n_dup)] + [(n, len(t)) for n, t in df.items() if n not in ("projects",
                                                                                                  "documents")]
    parts = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">', '<link rel="icon" href="data:,">',
             "<title>Hankkeet: run report</title>", f"<style>{CSS}</style></head><body>",
             "<h1>Hankkeet: run report</h1>",
             '<p class="muted">What this run extracted. Run time, configuration and package versions are in '
             "<code>manifest.json</code>; column meanings in <code>datapackage.json</code>.</p>",
             '<div class="cards" id="counts">' + "".join(f'<div class="card"><b>{v}</b>{_e(k)}</div>' for k, v in cards)
             + "</div>"]

    check = documents_to_check(docs)
    parts.append(f'<h2 id="check">Documents to check ({len(check)})</h2>')
    parts.append('<p class="muted">Pages whose reading is probably wrong (confidence below the fitted threshold), '
                 "lowest first, with what is odd about each: no project on a page that looks like one, two "
                 "readings almost alike, projects without facts. The command beside each shows how it was "
                 "read.</p>")
    parts.append(_table(["document", "confidence", "why", "command"], [
        [_e(u), f"{conf:.2f}", _e(why), f"<code>python run_pipeline.py --explain {_e(u)}</code>"]
        for u, why, conf in check[:CHECK_LIMIT]]) if check else "<p>None: every page was read with confidence.</p>")
    if len(check) > CHECK_LIMIT:
        parts.append(f'<p class="muted">{len(check) - CHECK_LIMIT} more: sort documents.confidence ascending.</p>')

    parts.append('<h2 id="sources">Sources</h2>')
    rows = [[_e(r.source_url), _e(r.content_type), _e(r.parser),
             f'<span class="status-{_e(r.status)}">{_e(r.status)}</span>', f"{int(r.n_projects)}", _reason(r)]
            for r in docs.sort_values("source_url").itertuples()]
    parts.append(_table(["document", "type", "read by", "status", "projects", "reason"], rows))
    if len(failed):
        parts.append(f"<h3>Failed documents ({len(failed)})</h3><ul>" + "".join(
            f"<li><code>{_e(r.source_url)}</code>: {_e(r.error)}</li>" for r in failed.itertuples()) + "</ul>")
    else:
        parts.append("<p>Every document was read.</p>")

    parts.append('<h2 id="coverage">Field coverage per source</h2>'
                 '<p class="muted">Share of each source\'s projects that have the field.</p>')
    cov = coverage(projects, contacts, funding)
    rows = [[_e(url), f"{int(r['projects'])}"] + [_share_cell(r[c]) for c, _ in COVERAGE] for url, r in cov.iterrows()]
    if len(projects):
        total = coverage(projects.assign(source_url="all sources"), contacts, funding).iloc[0]
        rows.append(["<b>all sources</b>", f"<b>{int(total['projects'])}</b>"] + [_share_cell(total[c]) for c, _ in COVERAGE])
    parts.append(_table(["source", "projects"] + [f'<span title="{t}">{c}</span>' for c, t in COVERAGE], rows))

    parts.append('<h2 id="timeline">Projects over time</h2>')
    svg, left_out = timeline_svg(projects.assign(duplicate_of=dup_col.values))
    undated = int((projects["start_date"].isna() & projects["end_date"].isna()).sum())
    parts.append(f'<div class="chart">{svg}</div>' if svg else "<p>No project has a date.</p>")
    parts.append(f'<p class="muted">{undated} project(s) without dates are not shown'
                 + (f"; {left_out} more were left out to keep the chart readable" if left_out else "")
                 + ". Pale bars marked (dup.) are second reports of a project another source also reports.</p>")

    parts.append('<h2 id="funding">Funding by funder and year</h2>')
    dup_ids = set(projects.loc[dup_col.notna().values, "project_id"])
    fsvg = funding_svg(funding[~funding["project_id"].isin(dup_ids)])
    parts.append(f'<div class="chart">{fsvg}</div>' if fsvg else "<p>No funding rows.</p>")
    parts.append('<p class="muted">Rows with no year are amounts for the whole project period. Second reports of '
                 "the same project are left out so nothing is counted twice.</p>")

    warnings = _warnings(docs)
    parts.append(f'<h2 id="warnings">Warnings ({len(warnings)})</h2>')
    parts.append('<p class="muted">Sums that did not add up, impossible dates that were clamped, contacts '
                 "without a project: values worth checking against the source.</p>")
    parts.append("<ul>" + "".join(f"<li><code>{_e(u)}</code>: {_e(w)}</li>" for u, w in warnings) + "</ul>"
                 if warnings else "<p>None.</p>")
    parts.append("</body></html>\n")
    return "\n".join(parts)
