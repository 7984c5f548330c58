"""Names in the raw store can never leave raw/, whatever the URL says."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.fetch.store import MAX_TOTAL, FetchEntry, RawStore, UnsafePath, resolve_inside, safe_relpath


@pytest.mark.parametrize("url", [
    "http://h/../../etc/passwd", "http://h/%2e%2e/%2e%2e/etc/passwd", "http://h/a/..%2f..%2f..%2fetc",
    "http://h//etc/passwd", "http://h/a\\..\\..\\b", "http://h/.hidden", "http://h/%00evil",
    "http://../x", "http://h/" + "a" * 5000, "http://h/" + "/".join(["d"] * 100),
])
def test_hostile_urls_stay_inside_raw(tmp_path, url):
    rel = safe_relpath(url, "html")
    assert not rel.is_absolute() and ".." not in rel.parts and len(str(rel)) <= MAX_TOTAL + 80
    assert all(not p.startswith(".") for p in rel.parts)
    assert tmp_path.resolve() in resolve_inside(tmp_path, rel).parents


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=0, max_size=300), st.sampled_from(["html", "pdf", "text"]))
def test_any_path_and_query_stays_inside_raw(tmp_path_factory, path, kind):
    root = tmp_path_factory.getbasetemp()
    rel = safe_relpath("https://example.fi/" + path, kind)
    assert root.resolve() in resolve_inside(root, rel).parents


def test_names_keep_the_url_shape_and_get_the_suffix_of_their_bytes():
    assert str(safe_relpath("https://www.sitra.fi/hankkeet/uusvanha-kylayhteiso/", "html")) == \
        "www.sitra.fi/hankkeet/uusvanha-kylayhteiso/index.html"
    assert str(safe_relpath("http://127.0.0.1:8000/doc", "pdf")) == "127.0.0.1_8000/doc.pdf"
    assert str(safe_relpath("https://h.fi/a.pdf", "pdf")) == "h.fi/a.pdf"
    a, b = safe_relpath("https://h.fi/list?page=1", "html"), safe_relpath("https://h.fi/list?page=2", "html")
    assert a != b and a.parent == b.parent


@pytest.mark.parametrize("rel", ["/etc/passwd", "../outside.html", "a/../../outside.html"])
def test_resolve_inside_refuses_escapes(tmp_path, rel):
    with pytest.raises(UnsafePath):
        resolve_inside(tmp_path, rel)


def test_a_symlink_out_of_raw_is_refused(tmp_path):
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "h.fi").symlink_to(tmp_path)
    with pytest.raises(UnsafePath):
        resolve_inside(tmp_path / "raw", "h.fi/x.html")


def test_a_file_where_a_folder_is_needed_falls_back_to_a_hashed_name(tmp_path):
    with RawStore(tmp_path) as store:
        first = store.save("https://h.fi/a.html", b"<html>1</html>", "html")
        second = store.save("https://h.fi/a.html/b", b"<html>2</html>", "html")
    assert first == "h.fi/a.html" and second.startswith("h.fi/_/")
    assert (tmp_path / second).read_bytes() == b"<html>2</html>"


def test_the_fetch_log_round_trips(tmp_path: Path):
    with RawStore(tmp_path) as store:
        store.put(FetchEntry(url="https://h.fi/", source="s", http_status=200, etag='"x"', sha256="ab",
                             first_seen="2024-01-01T00:00:00+00:00"))
    with RawStore(tmp_path) as store:
        entry = store.get("https://h.fi/")
    assert entry.etag == '"x"' and entry.http_status == 200 and entry.first_seen.startswith("2024")
