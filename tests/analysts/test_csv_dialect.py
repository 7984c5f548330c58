"""--csv-dialect excel-fi: what Finnish Excel opens directly."""
from __future__ import annotations

import csv
import io

import pandas as pd


def test_excel_fi_is_semicolon_decimal_comma_utf8_bom(extracted, extracted_excel_fi):
    raw = (extracted_excel_fi / "funding.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    parquet = pd.read_parquet(extracted_excel_fi / "funding.parquet")
    assert len(rows) == len(parquet) > 0
    assert any("," in r["amount_eur"] for r in rows) or all(float(r["amount_eur"]).is_integer() for r in rows)
    assert all("." not in r["amount_eur"] for r in rows)
    # Parquet keeps the numbers and is the same as in the default dialect
    assert parquet.equals(pd.read_parquet(extracted / "funding.parquet"))
    back = pd.read_csv(extracted_excel_fi / "funding.csv", sep=";", decimal=",", encoding="utf-8-sig")
    assert back["amount_eur"].tolist() == parquet["amount_eur"].tolist()
    assert back["share_pct"].dropna().tolist() == parquet["share_pct"].dropna().tolist()


def test_excel_fi_keeps_finnish_letters_and_fractions(extracted_excel_fi):
    text = (extracted_excel_fi / "projects.csv").read_text(encoding="utf-8-sig")
    assert "ä" in text and text.splitlines()[0].startswith('"project_id";"name"')
    from pipeline.write import _fi_number

    assert _fi_number(1200000.0) == "1200000" and _fi_number(68850.5) == "68850,5"


def test_default_dialect_stays_comma_without_bom(extracted):
    raw = (extracted / "funding.csv").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and raw.split(b"\n")[0].count(b",") == 6
