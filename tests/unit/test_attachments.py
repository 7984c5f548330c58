"""Linked documents of a project: reports and PDFs, not navigation or mail links."""
from __future__ import annotations

from pipeline.extract.attachments import attachments_from_blocks
from pipeline.parse.blocks import Block, Link


def test_reports_and_pdfs_are_attachments():
    blocks = [
        Block("paragraph", "International Talents –hankkeen loppuraportti (pdf)", links=(
            Link("International Talents –hankkeen loppuraportti (pdf)",
                 "https://www.hameenlinna.fi/wp-content/uploads/2020/08/International-Talents-loppuraportti.pdf"),)),
        Block("paragraph", "Väliraportti", links=(Link("Väliraportti 1 Mitä tiedetään asiakkaista", "https://media.example.fi/raportti"),)),
        Block("field", "hilkka.luukkonen@hameenlinna.fi", label="Yhteyshenkilö",
              links=(Link("hilkka.luukkonen@hameenlinna.fi", "mailto:hilkka.luukkonen@hameenlinna.fi"),)),
        Block("paragraph", "Etusivu", links=(Link("Materiaalit", "https://www.digipave.fi/materiaalit/"),)),
    ]
    got = [(a.title, a.url) for a in attachments_from_blocks(blocks)]
    assert got == [
        ("International Talents –hankkeen loppuraportti (pdf)",
         "https://www.hameenlinna.fi/wp-content/uploads/2020/08/International-Talents-loppuraportti.pdf"),
        ("Väliraportti 1 Mitä tiedetään asiakkaista", "https://media.example.fi/raportti"),
    ]


def test_the_same_link_twice_is_one_attachment():
    link = Link("Esite (pdf)", "https://example.fi/esite.pdf")
    blocks = [Block("paragraph", "a", links=(link,)), Block("paragraph", "b", links=(link,))]
    assert len(attachments_from_blocks(blocks)) == 1
