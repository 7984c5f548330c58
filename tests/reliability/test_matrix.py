"""The bad-input matrix: each kind of broken or hostile document, and exactly what the
pipeline makes of it (the documents-table row, and the project where one should be read).

The slow cases (a 30 MB page, a 500-page PDF) run once, inside the mixed-folder run
of test_mixed_run.py; here are the ones a single call answers quickly.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import pytest

from pipeline.parse.ocr import tesseract
from pipeline.run import DocInput, DocResult, process_document, process_with_limit
from reliability import inputs as I


@dataclass(frozen=True)
class Case:
    make: Callable[[], bytes]
    suffix: str
    status: str
    error: str | None
    content_type: str
    parser: str | None
    n_projects: int


READ = dict(status="ok", error=None, n_projects=1)
CASES: dict[str, Case] = {
    "truncated.pdf": Case(I.pdf_truncated, ".pdf", "error", "damaged PDF: truncated (no %%EOF marker at the end)",
                          "pdf", None, 0),
    "encrypted.pdf": Case(I.pdf_encrypted, ".pdf", "error", "encrypted PDF", "pdf", None, 0),
    "zero-byte.html": Case(lambda: b"", ".html", "error", "empty file (0 bytes)", "unknown", None, 0),
    "binary.html": Case(I.binary_named_html, ".html", "error", "binary content, not HTML", "html", None, 0),
    "html-named.pdf": Case(lambda: I.project_page().encode("utf-8"), ".pdf", content_type="html", parser="html",
                           **READ),
    "latin1-meta.html": Case(I.html_latin1_meta, ".html", content_type="html", parser="html", **READ),
    "cp1252-meta.html": Case(I.html_cp1252_meta, ".html", content_type="html", parser="html", **READ),
    "undeclared-utf8.html": Case(I.html_undeclared_utf8, ".html", content_type="html", parser="html", **READ),
    "undeclared-cp1252.html": Case(I.html_undeclared_cp1252, ".html", content_type="html", parser="html", **READ),
    "nested-10000.html": Case(I.html_deep, ".html", content_type="html", parser="html", **READ),
    "merged-cells.pdf": Case(I.pdf_merged_cells, ".pdf", content_type="pdf", parser="pdf", **READ),
    "not-found-200.html": Case(I.html_not_found, ".html", "ok", None, "html", "html", 0),
    "control-chars.html": Case(I.html_control_chars, ".html", content_type="html", parser="html", **READ),
    "control-chars.txt": Case(I.text_control_chars, ".txt", content_type="text", parser="text", **READ),
}


def run_case(name: str, case: Case, **kw) -> DocResult:
    return process_document(case.make(), DocInput(source_url=f"raw/bad/{name}", suffix=case.suffix, **kw))


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_input_outcome(name: str) -> None:
    case = CASES[name]
    result = run_case(name, case)
    doc = result.document
    assert (doc["status"], doc["error"], doc["content_type"], doc["parser"], doc["n_projects"]) == (
        case.status, case.error, case.content_type, case.parser, case.n_projects)
    if case.n_projects:
        (project,) = result.tables["projects"]
        assert project["owner"] == I.OWNER and project["municipality"] == "Äänekoski"
        assert (str(project["start_date"]), str(project["end_date"])) == ("2021-03-01", "2022-12-31")
        assert project["name"].startswith(I.PROJECT)
    elif case.status == "ok":
        assert not any(result.tables.values())


def test_single_byte_pages_keep_their_letters() -> None:
    """ISO-8859-1 and windows-1252 decoded right: no mojibake in what is extracted."""
    latin = run_case("l.html", CASES["latin1-meta.html"])
    assert latin.tables["projects"][0]["name"] == "Kylätalon energiaremontti Ähtärissä"
    for name in ("cp1252-meta.html", "undeclared-cp1252.html"):
        project = run_case(name, CASES[name]).tables["projects"][0]
        assert "”Energiaviisas kylä” –ohjelma" in project["summary"]
        assert "Ã" not in project["summary"]


def test_control_characters_and_surrogates_never_reach_the_tables() -> None:
    for name in ("control-chars.html", "control-chars.txt"):
        tables = run_case(name, CASES[name]).tables
        assert tables["projects"][0]["name"] == I.PROJECT
        for rows in tables.values():
            for row in rows:
                for value in row.values():
                    if isinstance(value, str):
                        value.encode("utf-8")  # a lone surrogate would raise here
                        assert not any(ord(c) < 32 and c not in "\n\t" for c in value), (name, value)


def test_merged_and_empty_cells_give_one_row_per_funder() -> None:
    funding = run_case("m.pdf", CASES["merged-cells.pdf"]).tables["funding"]
    rows = sorted((f["funder"], f["year"], f["amount_eur"]) for f in funding)
    assert ("Maaseuturahasto", None, 20000.0) in rows
    assert all(f["funder"] and f["amount_eur"] > 0 for f in funding)


def test_scanned_pdf_without_ocr_says_it_needs_ocr(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    """OCR off by config, or Tesseract not on PATH: the clear error, not a crash."""
    scan = I.pdf_scanned()
    off = process_document(scan, DocInput("raw/bad/scan.pdf", ".pdf", ocr=False)).document
    assert (off["status"], off["error"]) == ("error", "no text layer: needs OCR")
    monkeypatch.setenv("PATH", str(tmp_path))  # an empty folder: no tesseract to be found
    missing = process_document(scan, DocInput("raw/bad/scan.pdf", ".pdf")).document
    assert (missing["status"], missing["error"], missing["parser"]) == ("error", "no text layer: needs OCR", None)


@pytest.mark.skipif(tesseract() is None or not I.has_finnish_font(),
                    reason="tesseract-ocr, tesseract-ocr-fin or fonts-dejavu-core missing (make test installs them "
                           "when run as root)")
def test_scanned_pdf_is_read_by_ocr() -> None:
    result = process_document(I.pdf_scanned(), DocInput("raw/bad/scan.pdf", ".pdf"))
    doc = result.document
    assert (doc["status"], doc["parser"], doc["n_projects"]) == ("ok", "pdf+ocr", 1)
    (project,) = result.tables["projects"]
    assert project["name"] == I.PROJECT and project["owner"] == I.OWNER
    assert (str(project["start_date"]), str(project["end_date"])) == ("2021-03-01", "2022-12-31")


def test_time_limit_turns_a_slow_document_into_an_error_row() -> None:
    result = process_with_limit(I.pdf_500_pages(), DocInput("raw/bad/500.pdf", ".pdf"), 0.5)
    assert (result.document["status"], result.document["error"]) == (
        "error", "timed out after 0.5 s (per-document limit)")

