"""Plain text: the characters that mark structure become blocks."""
from __future__ import annotations

from pipeline.parse.text import parse_text


def _blocks(text: str):
    return parse_text(text.encode("utf-8"), "sid", "raw/x.txt").blocks


def test_tab_and_semicolon_exports_are_tables():
    for sep in ("\t", ";"):
        rows = [["Hanke", "Hakija", "Tuki €"], ["Kylätalo kuntoon", "Kyläyhdistys ry", "5 000"],
                ["Rantareitti", "Esimerkkilän kunta", "7 000"]]
        blocks = _blocks("Poiminta rekisteristä\n\n" + "\n".join(sep.join(r) for r in rows) + "\n")
        assert [b.kind for b in blocks] == ["paragraph", "table"]
        assert [list(r) for r in blocks[1].rows] == rows


def test_framed_title_is_a_heading_and_bullets_keep_their_indented_lines():
    blocks = _blocks("=======\nHANKEUUTISET 1/2026\n=======\n\n"
                     "- Kylätalo kuntoon\n  Hakija: Kyläyhdistys ry\n  Tuki 5 000 euroa.\n"
                     "- Rantareitin kunnostus\n")
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "HANKEUUTISET 1/2026"),
        ("list_item", "Kylätalo kuntoon\nHakija: Kyläyhdistys ry\nTuki 5 000 euroa."),
        ("list_item", "Rantareitin kunnostus")]


def test_fixed_width_printout_under_a_rule_of_dash_runs_is_a_table():
    text = ("ESIMERKKILÄN KAUPUNKI                 Tuloste 14.11.2025\n\n"
            "Hanke                   Hakija / hallinnoija        Toteutusaika          Kaupungin osuus\n"
            "----------------------  --------------------------  --------------------  ---------------\n"
            "Kylätalo kuntoon        Esimerkkilän kyläyhdistys   1.3.2024-31.12.2025   12 000 EUR\n"
            "Rantareitti             -                           -                     8 500 EUR\n"
            "\nHuomautukset\n")
    blocks = _blocks(text)
    assert [b.kind for b in blocks] == ["paragraph", "table", "paragraph"]
    assert [list(r) for r in blocks[1].rows] == [
        ["Hanke", "Hakija / hallinnoija", "Toteutusaika", "Kaupungin osuus"],
        ["Kylätalo kuntoon", "Esimerkkilän kyläyhdistys", "1.3.2024-31.12.2025", "12 000 EUR"],
        ["Rantareitti", "-", "-", "8 500 EUR"],
    ]


def test_a_saved_email_gives_its_subject_as_title_and_its_signature_card_as_fields():
    text = ("From: Kylähanke <info@kyla.example.fi>\nTo: lista@kyla.example.fi\n"
            "Subject: Kylähankkeen uutiskirje 2/2024\nDate: Mon, 3 Jun 2024 10:00:00 +0300\n\n"
            "Hei kaikki!\n\nKesän talkoot alkavat.\n\nTerveisin\nMaija Esimerkki\n\n"
            "-- \nKylätalo kuntoon -hanke\nHallinnoija: Esimerkin kyläyhdistys ry\nHankeaika: 1.1.2024–31.12.2025\n")
    doc = parse_text(text.encode("utf-8"), "sid", "file:///uutiskirje.txt")
    assert doc.title == "Kylähankkeen uutiskirje 2/2024"
    assert not any(b.label in ("From", "To", "Subject", "Date") for b in doc.blocks)
    kinds = [(b.kind, b.label, b.text) for b in doc.blocks]
    i = kinds.index(("heading", None, "Kylätalo kuntoon -hanke"))
    assert kinds[i - 1][0] == "break"  # "-- " opens the signature
    assert kinds[i + 1:i + 3] == [("field", "Hallinnoija", "Esimerkin kyläyhdistys ry"),
                                  ("field", "Hankeaika", "1.1.2024–31.12.2025")]


def test_text_that_only_looks_like_a_header_is_read_as_it_is():
    doc = parse_text("Huom: talkoot siirtyvät.\n\nTervetuloa!\n".encode("utf-8"), "sid", "file:///a.txt")
    assert doc.title is None and [b.text for b in doc.blocks][-1] == "Tervetuloa!"
