"""Polite HTTP: one httpx client with retries, per-host delay and hard limits.

Servers of small municipalities are slow and fragile, so every request waits its
turn per host, failures back off exponentially with jitter (honouring
Retry-After), and a response can neither hang the run (timeouts) nor fill the
disk (max bytes). Redirects are followed by hand so that each hop is checked
against the source's `allow` prefixes before it is requested. A host that fails
to connect `give_up_after` times in a row is not asked again this run.
"""
from __future__ import annotations

import email.utils
import logging
import random
import time
from dataclasses import dataclass, field
from typing import Callable
from urllib.parse import urljoin, urlsplit

import httpx

import pipeline

DEFAULT_USER_AGENT = (f"hankkeet-pipeline/{getattr(pipeline, '__version__', '0.1.0')} "
                      "(+https://github.com/hankkeet-pipeline/hankkeet-pipeline)")
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_REDIRECTS = 5
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Policy:
    """How hard and how fast to ask one source's hosts."""

    timeout_s: float = 30.0
    retries: int = 3
    backoff_s: float = 1.0  # first retry waits about this long, doubling after
    delay_s: float = 1.0  # between two requests to the same host
    max_bytes: int = 50 * 1024 * 1024
    max_retry_after_s: float = 120.0  # a longer Retry-After is a refusal for this run
    give_up_after: int = 3  # consecutive connection failures before the host is not asked again this run


class FetchError(Exception):
    """A fetch that failed for good; the message is the one-line reason.

    `outcome` is "skipped" when we refused to ask (robots.txt, a redirect out of
    the allow list), "error" when asking failed."""

    def __init__(self, reason: str, status: int | None = None, outcome: str = "error") -> None:
        super().__init__(reason)
        self.status, self.outcome = status, outcome


@dataclass
class Host:
    """What this run learnt about one host."""

    answered: bool = False  # it gave an HTTP answer
    failures: int = 0  # connection failures in a row
    error: str | None = None  # the last connection failure


@dataclass
class Response:
    url: str
    final_url: str
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    content: bytes = b""
    attempts: int = 1


def retry_after_s(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def within(url: str, allow: tuple[str, ...]) -> bool:
    """True when the URL starts with one of the allowed prefixes (empty = anything)."""
    return not allow or any(url.startswith(p) for p in allow)


class Client:
    """GETs with conditional headers, retries, per-host pacing and size limits."""

    def __init__(self, user_agent: str = DEFAULT_USER_AGENT, sleep: Callable[[float], None] = time.sleep) -> None:
        self.user_agent = user_agent
        self._http = httpx.Client(headers={"User-Agent": user_agent}, follow_redirects=False)
        self._last: dict[str, float] = {}  # host -> monotonic time of the last request
        self._hosts: dict[str, Host] = {}
        self._sleep = sleep
        self.requests = 0

    def unreachable(self, url: str, policy: Policy) -> str | None:
        """Why the URL's host counts as unreachable this run: it never answered, or it was given up."""
        name = urlsplit(url).netloc
        host = self._hosts.get(name)
        if host is None or host.error is None or (host.answered and host.failures < policy.give_up_after):
            return None
        return f"{name}: {host.error}"

    def close(self) -> None:
        self._http.close()

    def _pace(self, url: str, delay_s: float) -> None:
        host = urlsplit(url).netloc
        wait = self._last.get(host, -1e9) + delay_s - time.monotonic()
        if wait > 0:
            self._sleep(wait)
        self._last[host] = time.monotonic()

    def get(self, url: str, policy: Policy, allow: tuple[str, ...] = (), headers: dict[str, str] | None = None) -> Response:
        """GET url, following redirects inside `allow`; FetchError says why it failed for good."""
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            resp = self._get_with_retries(current, policy, headers or {})
            if resp.status not in (301, 302, 303, 307, 308):
                resp.url = url
                return resp
            location = resp.headers.get("location")
            if not location:
                raise FetchError(f"HTTP {resp.status} redirect without a Location", resp.status)
            target = urljoin(current, location)
            if urlsplit(target).scheme not in ("http", "https"):
                raise FetchError(f"redirect to a non-HTTP URL refused: {target}", resp.status, "skipped")
            if not within(target, allow):
                raise FetchError(f"redirect to {target} refused: outside the source's allow list", resp.status,
                                 "skipped")
            current = target
        raise FetchError(f"more than {MAX_REDIRECTS} redirects", None)

    def _get_with_retries(self, url: str, policy: Policy, headers: dict[str, str]) -> Response:
        name = urlsplit(url).netloc
        host = self._hosts.setdefault(name, Host())
        if host.failures >= policy.give_up_after:
            raise FetchError(f"not asked: {name} was given up after {host.failures} connection failures in a row")
        attempt = 0
        while True:
            attempt += 1
            self._pace(url, policy.delay_s)
            self.requests += 1
            try:
                resp = self._get_once(url, policy, headers)
            except httpx.TransportError as e:
                status, wait = None, None
                if isinstance(e, httpx.TimeoutException):
                    reason = f"timed out after {policy.timeout_s:g} s ({type(e).__name__})"
                else:
                    reason = f"connection failed: {type(e).__name__}: {e}".rstrip(": ")
                if isinstance(e, (httpx.ConnectError, httpx.ConnectTimeout)):  # not even a connection
                    host.failures, host.error = host.failures + 1, reason
                    if host.failures >= policy.give_up_after:
                        log.warning("giving up on %s for this run: %d connection failures in a row (%s)",
                                    name, host.failures, reason)
                        raise FetchError(f"{reason}; {name} given up after {host.failures} connection failures "
                                         "in a row") from None
            else:
                host.answered, host.failures = True, 0
                if resp.status not in RETRY_STATUSES:
                    resp.attempts = attempt
                    return resp
                reason, status = f"HTTP {resp.status}", resp.status
                wait = retry_after_s(resp.headers.get("retry-after"))
                if wait is not None and wait > policy.max_retry_after_s:
                    raise FetchError(f"HTTP {resp.status}: Retry-After {wait:.0f} s exceeds the "
                                     f"{policy.max_retry_after_s:g} s limit", resp.status)
            if attempt > policy.retries:
                raise FetchError(f"{reason} after {attempt} attempts", status)
            if wait is None:
                wait = policy.backoff_s * 2 ** (attempt - 1) * random.uniform(1.0, 1.5)
            self._sleep(wait)

    def _get_once(self, url: str, policy: Policy, headers: dict[str, str]) -> Response:
        with self._http.stream("GET", url, headers=headers, timeout=httpx.Timeout(policy.timeout_s)) as r:
            hdrs = {k.lower(): v for k, v in r.headers.items()}
            if r.status_code != 200:
                return Response(url, str(r.url), r.status_code, hdrs)
            declared = hdrs.get("content-length", "")
            if declared.isdigit() and int(declared) > policy.max_bytes:
                raise FetchError(f"response of {int(declared)} bytes is over the {policy.max_bytes} byte limit", 200)
            deadline = time.monotonic() + 10 * policy.timeout_s  # a trickling body cannot hold the run forever
            chunks, size = [], 0
            for chunk in r.iter_bytes():
                size += len(chunk)
                if size > policy.max_bytes:
                    raise FetchError(f"response larger than the {policy.max_bytes} byte limit; download stopped", 200)
                if time.monotonic() > deadline:
                    raise httpx.ReadTimeout("body too slow", request=r.request)
                chunks.append(chunk)
            return Response(url, str(r.url), 200, hdrs, b"".join(chunks))
