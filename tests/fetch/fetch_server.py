"""A real HTTP server on 127.0.0.1 that serves a copy of the corpus, with faults.

Files under `root` are served with ETag and Last-Modified and answer conditional
requests with 304, like a well-behaved CMS. `/` lists every file (plus one link
to another host, outside any allow list built on this one). Under /faults/ live
the misbehaviours the fetcher must survive. Every request is logged with its
headers and time so the tests can assert what was asked, how and when.
"""
from __future__ import annotations

import email.utils
import hashlib
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from pipeline.config import Settings, Source

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "raw"
KINDS = (".html", ".pdf", ".txt")


def corpus_files() -> list[str]:
    return sorted(p.relative_to(CORPUS).as_posix() for p in CORPUS.rglob("*") if p.is_file() and p.suffix in KINDS)


def fetch_settings(work: Path, *sources: Source) -> Settings:
    return Settings(raw_dir=work / "raw", out_dir=work / "out", sources=sources, fetch=True, executor="inline")


TYPES = {".html": "text/html; charset=utf-8", ".pdf": "application/pdf", ".txt": "text/plain; charset=utf-8"}
ROBOTS = b"User-agent: *\nDisallow: /private/\n"
PAGE = "html/d05_parainen_hulevesihanke_yhteystiedot.html"  # what the recovering faults serve
PDF = "pdf/d08_metropolia_hanke_esite.pdf"
FAULTS = ("flaky.html", "ratelimited.html", "moved.html", "moved-out.html", "slow.html", "huge.html",
          "pdf-as-html", "../private/secret.html", "missing.html")
SLOW_S = 2.0
HUGE_BYTES = 400_000


@dataclass
class Hit:
    path: str
    headers: dict[str, str]
    at: float
    status: int = 0


@dataclass
class Site:
    root: Path
    port: int = 0
    hits: list[Hit] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def requests_to(self, path: str) -> list[Hit]:
        return [h for h in self.hits if h.path == path]

    def clear(self) -> None:
        self.hits.clear()
        self.counts.clear()


def _index(site: Site) -> bytes:
    files = sorted(p.relative_to(site.root).as_posix() for p in site.root.rglob("*") if p.is_file())
    links = "".join(f'<li><a href="/{f}">{f}</a></li>' for f in files)
    outside = f'<li><a href="http://localhost:{site.port}/{PAGE}">elsewhere</a></li>'
    return (f"<!doctype html><html><head><title>Hankkeet</title></head><body><h1>Aineistot</h1><ul>{links}"
            f"{outside}<li><a href='mailto:x@example.org'>mail</a></li></ul></body></html>").encode()


def _faults_index() -> bytes:
    links = "".join(f'<li><a href="{f}">{f}</a></li>' for f in FAULTS)
    return f"<!doctype html><html><body><h1>Virheet</h1><ul>{links}</ul></body></html>".encode()


class Handler(BaseHTTPRequestHandler):
    site: Site  # set on the subclass made per server

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - keep pytest output clean
        pass

    def _send(self, status: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8",
              headers: dict[str, str] | None = None, length: bool = True) -> None:
        self.site.hits[-1].status = status
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if length:
            self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _nth(self, key: str) -> int:
        n = self.site.counts.get(key, 0) + 1
        self.site.counts[key] = n
        return n

    def _cached(self, data: bytes, ctype: str, mtime: float | None = None) -> None:
        """200 with an ETag (and Last-Modified), or 304 when the client's ETag still matches."""
        etag = '"' + hashlib.sha256(data).hexdigest()[:20] + '"'
        if self.headers.get("If-None-Match") == etag:
            return self._send(304, headers={"ETag": etag}, length=False)
        extra = {"ETag": etag}
        if mtime is not None:
            extra["Last-Modified"] = email.utils.formatdate(mtime, usegmt=True)
        self._send(200, data, ctype, extra)

    def _file(self, rel: str, ctype: str | None = None) -> None:
        path = (self.site.root / rel).resolve()
        if self.site.root.resolve() not in path.parents or not path.is_file():
            return self._send(404, b"not found")
        self._cached(path.read_bytes(), ctype or TYPES.get(path.suffix, "application/octet-stream"), path.stat().st_mtime)

    def do_GET(self) -> None:  # noqa: N802 - the http.server API
        path = self.path.split("?")[0]
        self.site.hits.append(Hit(path, {k: v for k, v in self.headers.items()}, time.monotonic()))
        if self.headers.get("Host", "").startswith("localhost"):
            return self._send(200, b"<html><body>should never be asked</body></html>")
        if path == "/robots.txt":
            return self._cached(ROBOTS, "text/plain")
        if path == "/":
            return self._cached(_index(self.site), TYPES[".html"])
        if path == "/faults/":
            return self._cached(_faults_index(), TYPES[".html"])
        if path == "/faults/flaky.html":
            return self._send(500, b"oops") if self._nth(path) == 1 else self._file(PAGE)
        if path == "/faults/ratelimited.html":
            if self._nth(path) == 1:
                return self._send(429, b"slow down", headers={"Retry-After": "1"})
            return self._file(PAGE)
        if path == "/faults/moved.html":
            return self._send(302, headers={"Location": "/" + PAGE})
        if path == "/faults/moved-out.html":
            return self._send(302, headers={"Location": f"http://localhost:{self.site.port}/{PAGE}"})
        if path == "/faults/slow.html":
            time.sleep(SLOW_S)
            return self._file(PAGE)
        if path == "/faults/huge.html":
            chunk = b"<p>" + b"x" * 9_996 + b"</p>"
            return self._send(200, b"<html><body>" + chunk * (HUGE_BYTES // len(chunk)), length=False)
        if path == "/faults/pdf-as-html":
            return self._file(PDF, ctype="text/html; charset=utf-8")
        self._file(path.lstrip("/"))


def start(root: Path) -> tuple[ThreadingHTTPServer, Site]:
    """Serve root on a free port of 127.0.0.1 in a daemon thread."""
    site = Site(root)
    handler = type("SiteHandler", (Handler,), {"site": site})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    site.port = server.server_address[1]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, site
