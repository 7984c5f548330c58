"""Generators for the bad-input matrix: every hostile file is built here, none is committed.

Each builder returns the bytes of one kind of broken or hostile document. The
good page and PDF they start from are small Finnish project documents whose
project the pipeline finds, so a case that should still be read can be checked
for its content and not only for "no error".
"""
from __future__ import annotations

import io
import random
from datetime import datetime, timezone
from functools import cache

from fpdf import FPDF
from fpdf.fonts import FontFace

PROJECT = "Kylätalon energiaremontti"
OWNER = "Äänekosken kaupunki"

PAGE = """<!DOCTYPE html>
<html lang="fi"><head>{head}<title>{title} – {owner}</title></head>
<body>{before}<main><h1>{title}</h1>
<p>Hankkeessa kunnostetaan Mäntylän kylätalo ja vähennetään sen lämmitysenergian kulutusta{extra}.</p>
<ul><li><strong>Hankeaika:</strong> 1.3.2021–31.12.2022</li>
<li><strong>Hallinnoija:</strong> {owner}</li>
<li><strong>Kokonaisbudjetti:</strong> 45 000 €</li></ul>
<h2>Yhteystiedot</h2>
<p>Projektipäällikkö Päivi Mäkelä, puh. 040 123 4567, paivi.makela@aanekoski.fi</p>
</main>{after}</body></html>
"""


def project_page(head: str = '<meta charset="utf-8">', before: str = "", after: str = "", extra: str = "",
                 title: str = PROJECT) -> str:
    """The good project page, with room for hostile additions around its content."""
    return PAGE.format(head=head, before=before, after=after, extra=extra, title=title, owner=OWNER)


# -- HTML cases ----------------------------------------------------------------------

def html_latin1_meta() -> bytes:
    """ISO-8859-1 bytes, declared only in <meta http-equiv>."""
    head = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
    page = project_page(head=head, title="Kylätalon energiaremontti Ähtärissä")
    return page.replace("–", "-").replace("€", "euroa").encode("iso-8859-1")  # ISO-8859-1 has neither


def html_cp1252_meta() -> bytes:
    """windows-1252 bytes (€ and curly quotes, which ISO-8859-1 lacks), declared only in <meta>."""
    page = project_page(head='<meta charset="windows-1252">', extra=" (”Energiaviisas kylä” –ohjelma)")
    return page.encode("cp1252")


def html_undeclared_utf8() -> bytes:
    """UTF-8 without any declaration (no BOM, no meta, no HTTP header)."""
    return project_page(head="").encode("utf-8")


def html_undeclared_cp1252() -> bytes:
    """Single-byte Finnish with no declaration: detection has to guess it."""
    return project_page(head="", extra=" (”Energiaviisas kylä” –ohjelma)").encode("cp1252")


def html_huge(mb: int = 30) -> bytes:
    """A 30 MB page: the project, then a huge archive list of news teasers, as CMS pages grow."""
    item = ("<li><a href='/uutiset/{i}'>Tiedote {i}: kaupunginhallituksen päätökset ja "
            "kuulutukset ({i})</a></li>\n")
    head = project_page(after="<section class='arkisto'><ul>").encode("utf-8")
    parts, size, i = [head], len(head), 0
    while size < mb * 1024 * 1024:
        chunk = "".join(item.format(i=j) for j in range(i, i + 1000)).encode("utf-8")
        parts.append(chunk)
        size += len(chunk)
        i += 1000
    parts.append(b"</ul></section>")
    return b"".join(parts)


def html_deep(depth: int = 10_000) -> bytes:
    """The project page with its content wrapped in 10,000 nested <div>s."""
    return project_page(before="<div>" * depth, after="</div>" * depth).encode("utf-8")


def html_not_found() -> bytes:
    """A "page not found" served with status 200: a normal page that names no project."""
    return ("<!DOCTYPE html><html lang='fi'><head><meta charset='utf-8'><title>Sivua ei löytynyt – "
            "Äänekosken kaupunki</title></head><body><main><h1>Sivua ei löytynyt</h1>"
            "<p>Hakemaasi sivua ei löytynyt. Se on ehkä poistettu tai siirretty.</p>"
            "<p><a href='/'>Palaa etusivulle</a></p></main></body></html>").encode("utf-8")


def html_control_chars() -> bytes:
    """Control characters and lone surrogates (raw and as character references) in the text."""
    junk = "\x01\x02\x07\x0b\x0c\x1b\x7f\u200b\ufeff"
    page = project_page(extra=f" {junk}&#xD800;&#55296;\udfff{junk}", title=f"Kylätalon{junk}\ud800 energiaremontti")
    return page.encode("utf-8", "surrogatepass")


def binary_named_html() -> bytes:
    """Random bytes (a ZIP-like header, NULs) saved under a .html name."""
    rng = random.Random(4)
    return b"PK\x03\x04\x14\x00\x00\x00" + bytes(rng.randrange(256) for _ in range(20_000))


# -- PDF cases -----------------------------------------------------------------------

def _pdf() -> FPDF:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_creator("tests/reliability")
    pdf.set_creation_date(datetime(2024, 1, 1, tzinfo=timezone.utc))  # the same bytes every time
    return pdf


def _project_text(pdf: FPDF) -> None:
    pdf.set_font("Helvetica", "B", 18)
    pdf.multi_cell(0, 10, PROJECT, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    for line in ("Hankeaika: 1.3.2021-31.12.2022", f"Hallinnoija: {OWNER}",
                 "Hankkeessa kunnostetaan Mäntylän kylätalo ja vähennetään sen lämmitysenergian kulutusta."):
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)


def project_pdf() -> bytes:
    pdf = _pdf()
    pdf.add_page()
    _project_text(pdf)
    return bytes(pdf.output())


def pdf_truncated() -> bytes:
    """A download cut off half-way."""
    data = project_pdf()
    return data[: len(data) // 2]


def pdf_encrypted() -> bytes:
    """Opening it needs a user password."""
    pdf = _pdf()
    pdf.set_encryption(owner_password="omistaja", user_password="salasana")
    pdf.add_page()
    _project_text(pdf)
    return bytes(pdf.output())


def has_finnish_font() -> bool:
    """DejaVu (Debian's fonts-dejavu-core) draws ä and ö; Pillow's own font does not."""
    from PIL import ImageFont

    try:
        ImageFont.truetype("DejaVuSans.ttf", 10)
    except OSError:
        return False
    return True


def _scan_image(lines: list[str]):
    """A page image of text, as a scanner makes it: white A4 at 150 dpi, black type."""
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(img)
    y = 150
    for text, size in lines:
        try:  # Pillow's own font has no Finnish letters; DejaVu (fonts-dejavu-core) has
            font = ImageFont.truetype("DejaVuSans.ttf", size)
        except OSError:
            font = ImageFont.load_default(size=size)
        draw.text((120, y), text, fill=0, font=font)
        y += int(size * 1.9)
    return img


def pdf_scanned() -> bytes:
    """An image-only PDF (no text layer) of a short project description."""
    img = _scan_image([(PROJECT, 44), ("Hankeaika: 1.3.2021-31.12.2022", 32), (f"Hallinnoija: {OWNER}", 32),
                       ("Hankkeessa kunnostetaan kylätalo.", 32)])
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    pdf = _pdf()
    pdf.add_page()
    pdf.image(buf, x=0, y=0, w=210, h=297)
    return bytes(pdf.output())


@cache
def pdf_500_pages() -> bytes:
    """A 500-page project plan: the project on page 1, then 499 pages of running text."""
    pdf = _pdf()
    pdf.add_page()
    _project_text(pdf)
    pdf.set_font("Helvetica", "", 11)
    body = ("Toimenpiteet etenevät suunnitelman mukaisesti. Kylätalon käyttäjät osallistuvat "
            "suunnitteluun ja seurantaan koko hankkeen ajan. ") * 6
    for n in range(2, 501):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 13)
        pdf.cell(0, 8, f"Liite {n}: Toimenpidesuunnitelma", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 11)
        pdf.multi_cell(0, 6, body, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def pdf_merged_cells() -> bytes:
    """A ruled funding table with a header cell spanning two columns and empty cells."""
    pdf = _pdf()
    pdf.add_page()
    _project_text(pdf)
    pdf.set_font("Helvetica", "", 10)
    bold = FontFace(emphasis="BOLD")
    with pdf.table(col_widths=(60, 40, 40, 40), text_align="LEFT") as table:
        row = table.row()
        row.cell("Rahoittaja", style=bold)
        row.cell("Rahoitus vuosittain (euroa)", colspan=2, style=bold)
        row.cell("Yhteensä", style=bold)
        row = table.row()
        for text in ("", "2021", "2022", ""):
            row.cell(text)
        for funder, a, b, total in (("Maaseuturahasto", "20 000", "", "20 000"),
                                    ("Äänekosken kaupunki", "", "5 000", "5 000"),
                                    ("", "", "", "")):
            row = table.row()
            for text in (funder, a, b, total):
                row.cell(text)
    return bytes(pdf.output())


def text_control_chars() -> bytes:
    """A register export whose text is full of control characters and a lone surrogate."""
    text = ("Hanke: Kylätalon\x01 energiaremontti\x1b\n"
            "Hankeaika: 1.3.2021\x08–31.12.2022\n"
            "Hallinnoija: Äänekosken\x7f kaupunki\ud800\n"
            "Kuvaus: Mäntylän kylätalon\x0c kunnostus.\x07\n")
    return text.encode("utf-8", "surrogatepass")
