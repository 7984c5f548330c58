"""Reading "Label: value" lines: labels, multi-line values, case endings after a colon."""
from __future__ import annotations

from pipeline.parse.fields import split_fields


def test_labels_and_a_label_line_that_takes_the_next_lines():
    assert split_fields("Hankeaika: 1.12.2022–30.6.2024\nYhteyshenkilö:\nProjektipäällikkö Hilkka Luukkonen\n"
                        "hilkka.luukkonen@hameenlinna.fi") == [
        ("Hankeaika", "1.12.2022–30.6.2024"),
        ("Yhteyshenkilö", "Projektipäällikkö Hilkka Luukkonen\nhilkka.luukkonen@hameenlinna.fi")]


def test_a_colon_inside_a_word_is_a_case_ending_not_a_label():
    assert split_fields("Ruonan Kyläyhdistys ry:n puheenjohtaja Ville Ruona, p. 040 123 4567") == []
    assert split_fields("Vipuvoimaa EU:lta 2021–2027") == []


def test_prose_with_a_colon_stays_prose():
    assert split_fields("Hankkeen aikana Lahden alueella tuotettiin lähipalveluja uudella tavalla: "
                        "yhteisöllisesti ja yhteiskuntavastuullisesti.") == []
