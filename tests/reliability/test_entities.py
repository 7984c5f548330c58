"""No parser resolves external entities: a document cannot make the pipeline read a local
file (or fetch a URL) by declaring an entity that points at it."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.run import DocInput, process_document

SECRET = "SALAINEN-7f3a9c"


def hostile(secret: Path) -> dict[str, bytes]:
    uri = secret.as_uri()
    dtd = (f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "{uri}"><!ENTITY % pe SYSTEM "{uri}"> %pe;'
           f'<!ENTITY lol "&xxe;&xxe;">]>')
    body = ("<html><head><title>Hanke &xxe;</title></head><body><h1>Kylätalon energiaremontti &xxe;</h1>"
            "<p>Hankeaika: 1.3.2021–31.12.2022 &lol;</p><svg><text>&xxe;</text></svg></body></html>")
    return {
        "xhtml.html": f'<?xml version="1.0" encoding="utf-8"?>{dtd}{body}'.encode("utf-8"),
        "doctype.html": f"{dtd}{body}".encode("utf-8"),
        "entities.txt": f'{dtd}\nHanke: Kylätalo &xxe;\nHankeaika: 2021-2022'.encode("utf-8"),
    }


@pytest.mark.parametrize("name", ["xhtml.html", "doctype.html", "entities.txt"])
def test_external_entities_are_never_read(tmp_path: Path, name: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    data = hostile(secret)[name]
    result = process_document(data, DocInput(f"raw/{name}", Path(name).suffix))
    assert result.document["status"] == ("ok" if name.endswith(".html") else "error")  # the .txt is no HTML
    everything = repr(result)
    assert SECRET not in everything


def test_crawler_links_never_carry_entity_text(tmp_path: Path) -> None:
    """The crawler reads pages with lxml.html: a link built from an entity stays unresolved."""
    crawl = pytest.importorskip("pipeline.fetch.crawl")
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    page = hostile(secret)["xhtml.html"].replace(b"</h1>", b'<a href="/x?q=&xxe;">linkki</a></h1>')
    links = crawl.extract_links(page, "https://example.fi/")
    assert links and not any(SECRET in link for link in links)
