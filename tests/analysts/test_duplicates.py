"""The same project from two sources is linked by duplicate_of, and nothing is dropped."""
from __future__ import annotations

from datetime import date

import pandas as pd

from pipeline.duplicates import identity_key, link_duplicates


def _p(pid: str, src: str, name: str, start=None, end=None, owner=None, municipality=None, **kw) -> dict:
    return {"project_id": pid, "source_id": src, "name": name, "start_date": start, "end_date": end,
            "owner": owner, "municipality": municipality, **kw}


def test_same_name_overlapping_period_shared_owner_is_linked():
    rows = link_duplicates([
        _p("a", "doc1", "Oikeus oppia -hanke", date(2021, 1, 1), date(2021, 12, 31), "Hämeenlinnan kaupunki"),
        _p("b", "doc2", "Oikeus oppia", "2021-03-01", "2022-06-30", "Hämeenlinnan kaupunki", "Hämeenlinna"),
    ])
    assert len(rows) == 2  # nothing merged away
    by = {r["project_id"]: r for r in rows}
    assert by["a"]["duplicate_of"] == "b" and by["b"]["duplicate_of"] is None  # b is fuller


def test_not_linked_when_periods_owners_or_source_disagree():
    base = _p("a", "doc1", "Kylät kuntoon", date(2015, 1, 1), date(2016, 12, 31), "Oulun kaupunki", "Oulu")
    cases = [
        _p("b", "doc2", "Kylät kuntoon", date(2019, 1, 1), date(2020, 12, 31), "Oulun kaupunki", "Oulu"),
        _p("b", "doc2", "Kylät kuntoon", date(2015, 1, 1), date(2016, 12, 31), "Lahden kaupunki", "Lahti"),
        _p("b", "doc1", "Kylät kuntoon", date(2015, 1, 1), date(2016, 12, 31), "Oulun kaupunki", "Oulu"),
        _p("b", "doc2", "Kylät kuntoon 2", date(2015, 1, 1), date(2016, 12, 31), "Oulun kaupunki", "Oulu"),
    ]
    for other in cases:
        assert all(r["duplicate_of"] is None for r in link_duplicates([base, other])), other


def test_alias_and_spelling_count_as_the_name():
    assert identity_key("Kaupunkiviljely-hanke") == identity_key("Kaupunkiviljely")  # "-hanke" is noise
    assert identity_key("Kylät kuntoon 2") != identity_key("Kylät kuntoon")
    assert identity_key("Älykäs kaupunkiliikenne – hanke") == identity_key("alykas kaupunkiliikenne")
    rows = link_duplicates([_p("a", "d1", "IlmastoPARKKI", aliases="Ilmastoparkki-valmennus"),
                            _p("b", "d2", "Ilmastoparkki-valmennus", owner="HAMK")])
    assert {r["project_id"]: r["duplicate_of"] for r in rows} == {"a": "b", "b": None}


def test_corpus_city_page_and_its_pdf_are_linked(extracted):
    projects = pd.read_parquet(extracted / "projects.parquet")
    dups = projects[projects["duplicate_of"].notna()]
    assert len(dups) >= 10
    ref = projects.set_index("project_id").loc[dups["duplicate_of"]]
    assert (ref["source_id"].to_numpy() != dups["source_id"].to_numpy()).all()
    oulu = projects[projects["name"] == "Kuntalaislähtöinen kaupunkikehittäminen"]
    assert len(oulu) == 2 and oulu["duplicate_of"].notna().sum() == 1
    assert set(projects["project_id"]) >= set(dups["duplicate_of"])  # every link points at a kept row
