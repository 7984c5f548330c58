"""Fixtures of the fetch tests: a live copy of the corpus served on 127.0.0.1."""
from __future__ import annotations

import shutil
from typing import Iterator

import pytest

from fetch_server import CORPUS, Site, corpus_files, start


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """A per-module server over a private copy of the corpus, so a test may change or delete pages."""
    root = tmp_path_factory.mktemp("site")
    for rel in corpus_files():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(CORPUS / rel, root / rel)
    server, site = start(root)
    yield site
    server.shutdown()
    server.server_close()
