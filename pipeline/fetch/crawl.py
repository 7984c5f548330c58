"""The crawl: from each source's start URLs, follow matching links to max_depth.

Every URL is asked for conditionally when its bytes are already in the store, so
a nightly run costs one 304 per unchanged document. Links are read from the
stored bytes on a 304 too, so the crawl reaches the same pages either way.
Outcomes go to the fetch log (`status`: ok, gone, not_found, skipped, error),
where the run turns them into document rows.
"""
from __future__ import annotations

import hashlib
import logging
import re
from collections import deque
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from urllib.parse import urldefrag, urljoin, urlsplit

import lxml.html
from lxml.etree import ParserError

from pipeline.config import Settings, Source
from pipeline.fetch.http import Client, FetchError, Policy, within
from pipeline.fetch.robots import Robots
from pipeline.fetch.store import FetchEntry, RawStore, UnsafePath, now_iso
from pipeline.parse.sniff import sniff_type

log = logging.getLogger(__name__)
GONE = (404, 410)


@dataclass
class FetchReport:
    """What a fetch did, for the summary line and the tests; (url, reason) where nothing new came."""

    fetched: list[str] = field(default_factory=list)  # 200: new or changed bytes
    not_modified: list[str] = field(default_factory=list)  # 304
    gone: list[tuple[str, str]] = field(default_factory=list)  # 404 / 410 of a URL that gave bytes before
    not_found: list[tuple[str, str]] = field(default_factory=list)  # 404 / 410 of a URL that never did
    skipped: list[tuple[str, str]] = field(default_factory=list)  # not asked: robots.txt, a redirect out of allow
    failed: list[tuple[str, str]] = field(default_factory=list)  # no usable answer
    refused: list[tuple[str, str]] = field(default_factory=list)  # links outside the allow list: not documents
    unreachable: list[tuple[str, str]] = field(default_factory=list)  # (source name, host: reason)
    requests: int = 0


def policy_for(source: Source) -> Policy:
    return Policy(timeout_s=source.timeout_s, retries=source.retries, backoff_s=source.backoff_s,
                  delay_s=source.delay_s, max_bytes=source.max_bytes, give_up_after=source.give_up_after)


def extract_links(data: bytes, base_url: str) -> list[str]:
    """Absolute http(s) links of an HTML page, without fragments, in page order."""
    try:
        root = lxml.html.fromstring(data)
    except (ParserError, ValueError):
        return []
    base = root.find(".//base[@href]")
    base_url = urljoin(base_url, base.get("href")) if base is not None else base_url
    out = []
    for href in root.xpath("//a/@href | //area/@href | //iframe/@src | //embed/@src"):
        url = urldefrag(urljoin(base_url, str(href).strip()))[0]
        if urlsplit(url).scheme in ("http", "https"):
            out.append(url)
    return list(dict.fromkeys(out))


def _conditional(entry: FetchEntry | None, store: RawStore) -> dict[str, str]:
    if entry is None or store.file(entry) is None:
        return {}
    headers = {}
    if entry.etag:
        headers["If-None-Match"] = entry.etag
    if entry.last_modified:
        headers["If-Modified-Since"] = entry.last_modified
    return headers


def fetch_one(url: str, source: Source, policy: Policy, client: Client, robots: Robots, store: RawStore,
              report: FetchReport) -> bytes | None:
    """Fetch one URL into the store and the log; return its bytes when it is an HTML page to read links from."""
    now = now_iso()
    old = store.get(url)
    entry = old or FetchEntry(url=url, first_seen=None)
    entry.source, entry.fetched_at = source.name, now
    try:
        if not robots.can_fetch(url, policy):
            raise FetchError("disallowed by robots.txt", outcome="skipped")
        resp = client.get(url, policy, allow=source.allow, headers=_conditional(old, store))
    except FetchError as e:
        entry.http_status = e.status
        return _nothing_new(entry, e.outcome, str(e), store, report)
    entry.http_status, entry.final_url = resp.status, resp.final_url
    data: bytes | None = None
    if resp.status == 200:
        data = resp.content
        kind = sniff_type(data, PurePosixPath(urlsplit(url).path).suffix.lower(), resp.headers.get("content-type"))
        try:
            entry.path = store.save(url, data, kind, previous=entry.path)
        except UnsafePath as e:  # cannot happen for a sanitised name; refuse rather than write outside raw/
            return _nothing_new(entry, "error", str(e), store, report)
        entry.sha256 = hashlib.sha256(data).hexdigest()
        entry.etag, entry.last_modified = resp.headers.get("etag"), resp.headers.get("last-modified")
        entry.content_type, entry.kind = resp.headers.get("content-type"), kind
        entry.first_seen = entry.first_seen or now
        report.fetched.append(url)
    elif resp.status == 304 and (stored := store.file(entry)) is not None:
        data = stored.read_bytes()
        report.not_modified.append(url)
    elif resp.status in GONE and entry.first_seen:
        return _nothing_new(entry, "gone", f"gone: HTTP {resp.status}", store, report)
    elif resp.status in GONE:
        return _nothing_new(entry, "not_found", f"not found: HTTP {resp.status}", store, report)
    else:
        return _nothing_new(entry, "error", f"HTTP {resp.status}", store, report)
    entry.last_seen, entry.error, entry.status = now, None, "ok"
    store.put(entry)
    return data if data is not None and entry.kind == "html" else None


def _nothing_new(entry: FetchEntry, status: str, reason: str, store: RawStore, report: FetchReport) -> None:
    """Record a fetch that gave nothing new: in the fetch log, the report and the run log."""
    entry.status, entry.error = status, reason
    store.put(entry)
    getattr(report, "failed" if status == "error" else status).append((entry.url, reason))
    log.log(logging.WARNING if status == "error" else logging.INFO, "%s %s: %s", status, entry.url, reason)


def crawl(source: Source, client: Client, robots: Robots, store: RawStore, report: FetchReport) -> None:
    """Breadth-first from the start URLs; links must match `follow` and lie within `allow`.

    URLs fetched before but not linked any more are asked for again (conditionally),
    so a page that vanished from its listing is still found gone rather than kept as live.
    """
    policy = policy_for(source)
    follow = [re.compile(f) for f in source.follow]
    queue = deque((u, 0) for u in source.start_urls)
    seen = set(source.start_urls)
    while queue:
        url, depth = queue.popleft()
        if not within(url, source.allow):
            report.refused.append((url, "outside the source's allow list"))
            continue
        page = fetch_one(url, source, policy, client, robots, store, report)
        if page is None or depth >= source.max_depth:
            continue
        base = (store.get(url) or FetchEntry(url)).final_url or url
        for link in extract_links(page, base):
            if link in seen or not any(f.search(link) for f in follow):
                continue
            seen.add(link)
            if not within(link, source.allow):
                report.refused.append((link, "outside the source's allow list"))
                log.info("not following %s: outside the allow list of %s", link, source.name)
                continue
            queue.append((link, depth + 1))
    for entry in store.entries():
        if entry.source == source.name and entry.url not in seen and within(entry.url, source.allow):
            fetch_one(entry.url, source, policy, client, robots, store, report)
    dead = sorted({why for url in source.start_urls if (why := client.unreachable(url, policy))})
    if dead:
        report.unreachable.append((source.name, "; ".join(dead)))


def fetch_sources(settings: Settings) -> FetchReport:
    """Crawl every configured source into settings.raw_dir."""
    report = FetchReport()
    with RawStore(settings.raw_dir) as store, closing(Client(settings.user_agent)) as client:
        robots = Robots(client, store)
        for source in settings.sources:
            crawl(source, client, robots, store, report)
        report.requests = client.requests
    return report
