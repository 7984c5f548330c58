"""robots.txt, read once per host per run and revalidated with its ETag.

The rules are kept in the fetch log's `robots` table, so a nightly run asks for
robots.txt conditionally like everything else. Following RFC 9309: a missing
robots.txt (4xx) allows everything; an unreachable one (5xx, network failure)
means the host is not asked this run rather than guessed at: each of its URLs
fails with the reason (yesterday's rules are used instead where they were kept).
"""
from __future__ import annotations

from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from pipeline.fetch.http import Client, FetchError, Policy
from pipeline.fetch.store import RawStore

AGENT_TOKEN = "hankkeet-pipeline"


class Robots:
    """can_fetch(url) per host, fetched lazily through the polite client."""

    def __init__(self, client: Client, store: RawStore) -> None:
        self.client, self.store = client, store
        self._rules: dict[str, RobotFileParser | FetchError] = {}  # a FetchError: robots.txt unreadable

    def can_fetch(self, url: str, policy: Policy) -> bool:
        """True when robots.txt allows the URL; FetchError when robots.txt could not be read."""
        parts = urlsplit(url)
        host = f"{parts.scheme}://{parts.netloc}"
        if host not in self._rules:
            try:
                self._rules[host] = self._load(host, policy)
            except FetchError as e:
                self._rules[host] = e
        rules = self._rules[host]
        if isinstance(rules, FetchError):
            raise FetchError(str(rules), rules.status)
        return rules.can_fetch(AGENT_TOKEN, url)

    def _load(self, host: str, policy: Policy) -> RobotFileParser:
        cached = self.store.robots_get(host)
        headers = {}
        if cached:
            if cached[1]:
                headers["If-None-Match"] = cached[1]
            if cached[2]:
                headers["If-Modified-Since"] = cached[2]
        try:
            resp = self.client.get(f"{host}/robots.txt", policy, allow=(host + "/",), headers=headers)
        except FetchError as e:
            if e.status is not None and 400 <= e.status < 500:
                body = ""
            elif cached:
                body = cached[0]  # keep yesterday's rules rather than stop
            else:
                raise FetchError(f"robots.txt could not be read: {e}", e.status) from None
        else:
            if resp.status == 304 and cached:
                body = cached[0]
            elif resp.status == 200:
                body = resp.content.decode("utf-8", "replace")
                self.store.robots_put(host, body, resp.headers.get("etag"), resp.headers.get("last-modified"), 200)
            elif 400 <= resp.status < 500:
                body = ""
            else:
                raise FetchError(f"robots.txt could not be read: HTTP {resp.status}", resp.status)
        parser = RobotFileParser()
        parser.parse(body.splitlines())
        return parser
