"""A deterministic corpus of N documents in the layouts of the sample corpus.

    python -m benchmarks.generate N OUT_DIR

Document i is a pure function of (seed, i): the same N gives the same bytes, and
the first 200 documents of a 2,000-document corpus are the 200-document corpus,
so sizes compare like for like. Layouts follow raw/: a city's list page of
headed projects with contact lines (Hämeenlinna), a single project page with a
status badge, label fields and contact cards (Parainen), a list of projects with
"facts" lines (Pargas), a Leader board's table of grants (Oulun Seudun Leader),
a project plan PDF with label fields and a ruled funding table (Tuusula), and
minutes with one § per project (Ylöjärvi). Every fourth document is a PDF.
PDFs are written by reportlab in invariant mode, like the corpus's own PDFs.
"""
from __future__ import annotations

import argparse
import html
import io
import json
import random
from dataclasses import dataclass
from pathlib import Path

FIRST = ["Aino", "Eero", "Helmi", "Juha", "Kaisa", "Lauri", "Marja", "Niko", "Outi", "Pekka", "Riikka",
         "Sami", "Tiina", "Ville", "Anna-Liisa", "Jukka-Pekka", "Sanna", "Mikko", "Hilkka", "Ilkka"]
LAST = ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hämäläinen", "Laine", "Heikkinen", "Koskinen",
        "Järvinen", "Lehtonen", "Saarinen", "Salminen", "Rantanen", "Karjalainen", "Lindqvist", "Öhman"]
# (nominative, genitive, kaupunki|kunta, e-mail domain)
PLACES = [("Hämeenlinna", "Hämeenlinnan", "kaupunki", "hameenlinna.fi"), ("Oulu", "Oulun", "kaupunki", "ouka.fi"),
          ("Tampere", "Tampereen", "kaupunki", "tampere.fi"), ("Lahti", "Lahden", "kaupunki", "lahti.fi"),
          ("Kuopio", "Kuopion", "kaupunki", "kuopio.fi"), ("Jyväskylä", "Jyväskylän", "kaupunki", "jyvaskyla.fi"),
          ("Joensuu", "Joensuun", "kaupunki", "joensuu.fi"), ("Seinäjoki", "Seinäjoen", "kaupunki", "seinajoki.fi"),
          ("Rovaniemi", "Rovaniemen", "kaupunki", "rovaniemi.fi"), ("Vaasa", "Vaasan", "kaupunki", "vaasa.fi"),
          ("Mikkeli", "Mikkelin", "kaupunki", "mikkeli.fi"), ("Porvoo", "Porvoon", "kaupunki", "porvoo.fi"),
          ("Tuusula", "Tuusulan", "kunta", "tuusula.fi"), ("Kempele", "Kempeleen", "kunta", "kempele.fi"),
          ("Muhos", "Muhoksen", "kunta", "muhos.fi"), ("Juuka", "Juuan", "kunta", "juuka.fi")]
FUNDERS = ["Euroopan sosiaalirahasto (ESR)", "Euroopan aluekehitysrahasto (EAKR)", "Opetushallitus",
           "Valtiovarainministeriö", "Ympäristöministeriö", "Sitra", "Business Finland", "ELY-keskus",
           "Sosiaali- ja terveysministeriö", "Oulun Seudun Leader"]
PARTNERS = ["Hämeen ammattikorkeakoulu", "Oulun yliopisto", "Tampereen yliopisto", "Metropolia Ammattikorkeakoulu",
            "Kylätoimikunta ry", "Pohjois-Pohjanmaan Liikunta ry", "Suomen Punainen Risti", "TE-toimisto"]
TOPIC = ["Kestävä", "Digitaalinen", "Yhteisöllinen", "Vihreä", "Osallistava", "Älykäs", "Elinvoimainen", "Turvallinen"]
THEME = ["liikkuminen", "asuminen", "kylätoiminta", "hulevesien hallinta", "ruokamatkailu", "työllisyys",
         "nuorten hyvinvointi", "kiertotalous", "palveluverkko", "kulttuuriperintö", "energiaremontti", "lähiruoka"]
SUFFIX = ["-hanke", " – kokeilu", " 2.0", "", "", " – pilotti alueella"]
TITLES = ["projektipäällikkö", "projektikoordinaattori", "kehittämispäällikkö", "hankeasiantuntija", "tilaajajohtaja"]
CATEGORIES = ["Elinvoimainen asumiskaupunki", "Hyvinvointia edistävä kaupunki", "Resurssiviisas kaupunki"]
FILLER = ("Hankkeessa kehitetään uusia toimintamalleja yhdessä asukkaiden, yritysten ja järjestöjen kanssa. "
          "Tavoitteena on vahvistaa alueen elinvoimaa ja parantaa palvelujen saavutettavuutta. "
          "Kokeiluista saatuja kokemuksia hyödynnetään kaupungin muussa kehittämistyössä.")


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    title: str
    phone: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    def email(self, domain: str) -> str:
        fold = str.maketrans("äöåÄÖÅ", "aoaAOA")
        return f"{self.first}.{self.last}@{domain}".lower().translate(fold)


@dataclass(frozen=True)
class Project:
    name: str
    start: tuple[int, int, int]
    end: tuple[int, int, int]
    budget: int
    funders: tuple[tuple[str, int], ...]
    partners: tuple[str, ...]
    contact: Person
    category: str

    def period(self) -> str:
        (d1, m1, y1), (d2, m2, y2) = self.start, self.end
        return f"{d1}.{m1}.{y1}–{d2}.{m2}.{y2}"


def money(amount: int) -> str:
    """Finnish thousands grouping with a space: '48 760'."""
    return f"{amount:,}".replace(",", " ")


def _person(rng: random.Random) -> Person:
    return Person(rng.choice(FIRST), rng.choice(LAST), rng.choice(TITLES),
                  f"040 {rng.randint(100, 999)} {rng.randint(1000, 9999)}")


def _project(rng: random.Random) -> Project:
    y1 = rng.randint(2015, 2026)
    y2 = y1 + rng.randint(0, 3)
    start = (1, rng.choice([1, 3, 5, 8, 9]), y1)
    end = (31, 12, y2) if rng.random() < 0.5 else (30, 6, y2 + 1)
    budget = rng.randint(20, 3000) * 1000 + rng.choice([0, 0, 500, 850])
    share = rng.choice([60, 70, 75, 80])
    main = rng.choice(FUNDERS)
    funders = ((main, budget * share // 100), (f"{rng.choice(PLACES)[1]} {rng.choice(['kaupunki', 'kunta'])}",
                                                budget - budget * share // 100))
    name = f"{rng.choice(TOPIC)} {rng.choice(THEME)}{rng.choice(SUFFIX)}"
    name = name[0].upper() + name[1:]
    return Project(name, start, end, budget, funders, tuple(rng.sample(PARTNERS, rng.randint(0, 3))),
                   _person(rng), rng.choice(CATEGORIES))


# -- HTML -----------------------------------------------------------------------------

def _page(title: str, place: tuple[str, str, str, str], main: str) -> str:
    """The page furniture every city site wraps its content in: a cookie notice,
    navigation, a news box and a footer, which the parser must drop."""
    nom, gen, kind, domain = place
    esc = html.escape
    nav = "".join(f'<li><a href="https://www.{domain}/{s}">{s.capitalize()}</a></li>'
                  for s in ("asuminen", "kasvatus", "kulttuuri", "liikenne", "hallinto", "palaute"))
    return f"""<!DOCTYPE html>
<html lang="fi"><head><meta charset="UTF-8"><title>{esc(title)} - {gen} {kind}</title>
<meta name="description" content="{esc(title)}"><meta property="og:site_name" content="{gen} {kind}">
<link rel="stylesheet" href="https://www.{domain}/theme.css"></head>
<body>
<div class="cookie-notice" role="dialog"><p>Käytämme evästeitä sivuston toiminnan varmistamiseen.</p>
<button>Hyväksy kaikki</button></div>
<header class="site-header"><a class="logo" href="https://www.{domain}/">{gen} {kind}</a>
<nav class="main-nav" aria-label="Päävalikko"><ul>{nav}</ul></nav></header>
<div class="container">{main}
<aside class="sidebar"><section class="box box--news"><h2>Ajankohtaista</h2><ul>
<li><a href="https://www.{domain}/uutiset/1">Valtuuston kokous katsottavissa verkossa</a></li>
<li><a href="https://www.{domain}/uutiset/2">Kirjaston aukioloajat muuttuvat</a></li></ul></section></aside></div>
<footer class="site-footer"><p><strong>{gen} {kind}</strong></p><p><a href="https://www.{domain}/tietosuoja">Tietosuoja</a>
· <a href="https://www.{domain}/saavutettavuus">Saavutettavuusseloste</a></p><p>© {gen} {kind}</p></footer>
</body></html>
"""


def html_list(rng: random.Random, place: tuple[str, str, str, str]) -> str:
    """Hämeenlinna: category headings, one accordion section per project."""
    nom, gen, kind, domain = place
    parts = [f'<main><h1>Hankkeet</h1><p class="lead">{gen} {kind} kehittää palveluja hankkeiden avulla.</p>']
    for c in range(rng.randint(1, 3)):
        parts.append(f"<h2>{CATEGORIES[c]}</h2>")
        for _ in range(rng.randint(1, 3)):
            p = _project(rng)
            e = html.escape
            partners = f"<p>Hankkeessa ovat mukana myös {e(', '.join(p.partners))}.</p>" if p.partners else ""
            parts.append(
                f'<div class="accordion"><h3>{e(p.name)} ({p.period()})</h3><div class="accordion__panel">'
                f"<p>{gen} {kind}n hallinnoimassa {e(p.name)} -hankkeessa {e(p.name.lower())} on keskiössä. {FILLER}</p>"
                f"{partners}<p>Hankkeen kokonaisbudjetti on {money(p.budget)} euroa, josta {e(p.funders[0][0])} "
                f"rahoittaa {money(p.funders[0][1])} euroa.</p>"
                f"<p><strong>Yhteyshenkilö:</strong><br>{p.contact.title.capitalize()} {p.contact.name}<br>"
                f'<a href="mailto:{p.contact.email(domain)}">{p.contact.email(domain)}</a></p></div></div>')
    parts.append("</main>")
    return _page("Hankkeet", place, "".join(parts))


def html_project(rng: random.Random, place: tuple[str, str, str, str]) -> str:
    """Parainen: one project, a status badge, label fields, contact cards."""
    nom, gen, kind, domain = place
    p, e = _project(rng), html.escape
    status = rng.choice(["Käynnissä", "Päättynyt", "Suunnitteilla"])
    cards = "".join(
        f'<li class="contact-card"><p class="contact-card__name">{c.name}</p><p class="contact-card__title">{c.title}</p>'
        f'<p><span class="contact-card__label">Puh.</span> {c.phone}</p>'
        f'<p><span class="contact-card__label">Sähköposti</span> {c.email(domain).replace("@", " [at] ")}</p></li>'
        for c in (p.contact, _person(rng)))
    main = (f'<main><article class="project"><p class="project-tag"><span class="badge">{status}</span></p>'
            f"<h1>{e(p.name)}</h1><p>{gen} {kind} kehittää {e(p.name.lower())} -toimintaa. {FILLER}</p><p>{FILLER}</p>"
            f'<div class="project-meta"><p><strong>Hankeaika</strong><br>{p.period()}</p>'
            f"<p><strong>Rahoitus</strong><br>{e(p.funders[0][0])} rahoittaa hanketta {money(p.funders[0][1])} eurolla.</p>"
            f"<p><strong>Kokonaisbudjetti</strong><br>{money(p.budget)} €</p></div>"
            f'<h2>Yhteyshenkilöt</h2><ul class="contact-cards">{cards}</ul>'
            f'<p class="last-modified">Päivitetty {rng.randint(1, 28)}.{rng.randint(1, 12)}.2024</p></article></main>')
    return _page(p.name, place, main)


def html_facts(rng: random.Random, place: tuple[str, str, str, str]) -> str:
    """Pargas: projects separated by rules, each closed by a facts paragraph."""
    nom, gen, kind, domain = place
    parts = ['<main><h1>Päättyneet hankkeet</h1><div class="info-box"><p>Kaupunki osallistuu hankkeisiin, '
             "jotka saavat ulkopuolista rahoitusta.</p></div>"]
    for _ in range(rng.randint(2, 5)):
        p, e = _project(rng), html.escape
        parts.append(
            f"<hr><h2>{e(p.name)}</h2><p>{FILLER}</p>"
            f"<p>Hankkeen päätoteuttaja on {gen} {kind}"
            + (f", ja kumppaneina ovat {e(' ja '.join(p.partners))}" if p.partners else "") + ".</p>"
            f'<p class="project-facts"><strong>Hankeaika:</strong> {p.period()}<br>'
            f"<strong>Kokonaisbudjetti:</strong> {money(p.budget)} euroa<br>"
            f"<strong>Rahoittaja:</strong> {e(p.funders[0][0])}<br>"
            f"<strong>Yhteyshenkilö:</strong> {p.contact.name}, puh. {p.contact.phone}</p>")
    parts.append("</main>")
    return _page("Päättyneet hankkeet", place, "".join(parts))


def html_table(rng: random.Random, place: tuple[str, str, str, str]) -> str:
    """Oulun Seudun Leader: a board meeting's grants as a table, then descriptions."""
    nom, gen, kind, domain = place
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2015, 2025)
    rows, descs = [], []
    for _ in range(rng.randint(2, 6)):
        p, e = _project(rng), html.escape
        applicant = rng.choice(PARTNERS[4:] + [f"{gen} {kind}"])
        rows.append(f"<tr><td>{e(p.name)}</td><td>{e(applicant)}</td><td>{nom}</td>"
                    f"<td>{p.start[2]}–{p.end[2]}</td><td>{money(p.funders[0][1])} €</td><td>Oulun Seudun Leader</td></tr>")
        descs.append(f"<p><strong>{e(p.name)}.</strong> {e(applicant)} toteuttaa hankkeen. {FILLER}</p>")
    main = (f"<main><h1>Rahoitetut hankkeet</h1><section><h2>Hallituksen kokous {day}.{month}.{year}, {nom}</h2>"
            f'<table><caption>Yleishyödylliset hankkeet</caption><thead><tr><th>Hanke</th><th>Hakija</th><th>Kunta</th>'
            f"<th>Aika</th><th>Tuki €</th><th>Rahoittaja</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
            f"<h3>Hankkeiden kuvaukset</h3>{''.join(descs)}</section></main>")
    return _page("Rahoitetut hankkeet", place, main)


# -- PDF ------------------------------------------------------------------------------

def _pdf(title: str, author: str, story_fn) -> tuple[bytes, int]:
    """Render a platypus story; return the bytes and the number of pages."""
    from reportlab import rl_config

    rl_config.invariant = 1  # reproducible bytes: no timestamp, no random id
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, title=title, author=author, creator=author)
    doc.build(story_fn())
    return buf.getvalue(), doc.page


def _styles():
    from reportlab.lib.styles import getSampleStyleSheet

    return getSampleStyleSheet()


def _ruled(rows: list[list[str]], widths: list[float]):
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    t = Table(rows, colWidths=widths)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTSIZE", (0, 0), (-1, -1), 9)]))
    return t


def pdf_plan(rng: random.Random, place: tuple[str, str, str, str]) -> tuple[bytes, int]:
    """Tuusula: a project plan, label fields, numbered sections, a ruled funding table."""
    nom, gen, kind, domain = place
    p = _project(rng)
    owner = f"{gen} {kind}"

    def story():
        from reportlab.platypus import Paragraph, Spacer

        st = _styles()
        fields = [["Hakija", owner], ["Hankkeen nimi", p.name], ["Hankeaika", p.period()],
                  ["Yhteyshenkilö", f"{p.contact.name}, {p.contact.title}, {p.contact.phone}, {p.contact.email(domain)}"]]
        out = [Paragraph("HANKESUUNNITELMA", st["Title"]), Paragraph(html.escape(p.name), st["Heading1"]),
               _ruled(fields, [120, 330]), Spacer(1, 12), Paragraph("1 Tausta ja tavoitteet", st["Heading2"])]
        out += [Paragraph(FILLER, st["BodyText"]) for _ in range(rng.randint(2, 14))]
        if p.partners:
            out.append(Paragraph(f"Hankkeen kumppaneita ovat {html.escape(', '.join(p.partners))}.", st["BodyText"]))
        out.append(Paragraph("2 Rahoitussuunnitelma", st["Heading2"]))
        rows = [["Rahoittaja", "€", "Osuus"]] + [[f, money(a), f"{round(100 * a / p.budget)} %"] for f, a in p.funders]
        rows.append(["Yhteensä", money(p.budget), "100 %"])
        out.append(_ruled(rows, [250, 100, 80]))
        return out

    return _pdf(f"Hankesuunnitelma – {p.name}", owner, story)


def pdf_minutes(rng: random.Random, place: tuple[str, str, str, str]) -> tuple[bytes, int]:
    """Ylöjärvi: board minutes, one § per project with Hakija / Valmistelija fields."""
    nom, gen, kind, domain = place
    owner = f"{gen} {kind}"
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2018, 2025)
    items = [(_project(rng), rng.choice(PARTNERS[4:]), rng.randint(200, 300)) for _ in range(rng.randint(1, 4))]

    def story():
        from reportlab.platypus import Paragraph

        st = _styles()
        out = [Paragraph(f"{owner.upper()} PÖYTÄKIRJA", st["Title"]),
               Paragraph(f"Kaupunginhallitus {day}.{month}.{year}", st["BodyText"])]
        for p, applicant, par in items:
            out += [Paragraph(f"§ {par} Rahoitus: {html.escape(p.name)}", st["Heading2"]),
                    Paragraph(f"Hakija {html.escape(applicant)} – {html.escape(p.name)}", st["BodyText"]),
                    Paragraph(f"Valmistelija {p.contact.title} {p.contact.name}", st["BodyText"]),
                    Paragraph(f"{html.escape(applicant)} on saanut {html.escape(p.funders[0][0])}:lta myönteisen "
                              f"rahoituspäätöksen. Myönnetty tuki on {money(p.funders[0][1])} euroa. Hankkeen "
                              f"toteutusaika on {p.period()}. {FILLER}", st["BodyText"]),
                    Paragraph(f"Lisätietoja {p.contact.name}, {p.contact.phone}, etunimi.sukunimi@{domain}",
                              st["BodyText"]),
                    Paragraph("Päätös Hyväksyttiin.", st["BodyText"])]
            out += [Paragraph(FILLER, st["BodyText"]) for _ in range(rng.randint(0, 6))]
        return out

    return _pdf(f"Pöytäkirja {day}.{month}.{year}", owner, story)


HTML_LAYOUTS = (html_list, html_project, html_facts, html_table)
PDF_LAYOUTS = (pdf_plan, pdf_minutes)


def render(i: int, seed: int = 5) -> tuple[str, bytes, int]:
    """Document i: (relative path, bytes, PDF pages or 0)."""
    rng = random.Random(f"{seed}:{i}")
    place = rng.choice(PLACES)
    if i % 4 == 3:
        fn = PDF_LAYOUTS[(i // 4) % len(PDF_LAYOUTS)]
        data, pages = fn(rng, place)
        return f"pdf/{i // 1000:03d}/g{i:06d}_{fn.__name__}.pdf", data, pages
    fn = HTML_LAYOUTS[i % len(HTML_LAYOUTS)]
    return f"html/{i // 1000:03d}/g{i:06d}_{fn.__name__}.html", fn(rng, place).encode("utf-8"), 0


def generate(n: int, out: Path, seed: int = 5) -> dict:
    """Write documents 0..n-1 under out/ (skipping files already there from the same
    seed) and out/corpus.json: the file list with PDF page counts."""
    index_path = out / "corpus.json"
    try:
        index = json.loads(index_path.read_text())
        if index["seed"] == seed and index["n"] == n:
            return index
    except (OSError, ValueError, KeyError):
        pass
    files = []
    for i in range(n):
        rel, data, pages = render(i, seed)
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        files.append({"path": rel, "pages": pages})
    index = {"seed": seed, "n": n, "files": files}
    index_path.write_text(json.dumps(index))
    return index


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args()
    index = generate(args.n, args.out, args.seed)
    pdfs = [f for f in index["files"] if f["pages"]]
    print(f"{args.n} documents in {args.out}: {args.n - len(pdfs)} HTML, {len(pdfs)} PDF "
          f"({sum(f['pages'] for f in pdfs)} pages)")


if __name__ == "__main__":
    main()
