"""Typed, validated configuration (config.yaml).

A bad value stops the run before any work with a message that names the key and
what was expected, because a nightly job that half-runs on a typo is worse than
one that refuses to start.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml


CSV_DIALECTS = ("default", "excel-fi")  # spelled out in pipeline/datapackage.py


class ConfigError(ValueError):
    """An invalid configuration; the message names the key."""


USER_AGENT = "hankkeet-pipeline/0.1 (+https://github.com/hankkeet-pipeline/hankkeet-pipeline)"


@dataclass(frozen=True)
class Source:
    name: str
    start_urls: tuple[str, ...]
    allow: tuple[str, ...] = ()
    follow: tuple[str, ...] = ()
    max_depth: int = 1
    content_selector: str | None = None
    # fetching (pipeline/fetch/): politeness and limits, per source
    delay_s: float = 1.0  # between two requests to the same host
    timeout_s: float = 30.0  # per request: connect, and each read
    retries: int = 3  # on connection errors, 429 and 5xx
    backoff_s: float = 1.0  # first retry's wait, doubling after, with jitter
    max_bytes: int = 50 * 1024 * 1024  # a larger response is refused


@dataclass(frozen=True)
class Settings:
    raw_dir: Path = Path("raw")
    out_dir: Path = Path("extracted")
    extensions: tuple[str, ...] = (".html", ".htm", ".pdf", ".txt")
    max_file_mb: float = 50.0
    sources: tuple[Source, ...] = ()
    content_selectors: dict[str, str] = field(default_factory=dict)  # raw sub-folder -> CSS selector
    executor: str = "inline"  # inline | processes | dask
    workers: int | None = None  # default: the number of cores
    dask_address: str | None = None  # tcp://host:8786; None starts an in-process cluster
    timeout_s: float = 120.0  # per-document wall-clock limit
    memory_mb: int = 4096  # per-worker address-space cap (processes executor)
    use_cache: bool = True  # reuse the parts of unchanged documents
    ocr: bool = True  # read PDFs without a text layer with Tesseract, where installed
    cache_dir: Path | None = None  # default: <out_dir>/.parts
    user_agent: str = USER_AGENT  # names the project and a contact URL on every request
    log_dir: Path | None = None  # a log file per run; default: logs/ beside out_dir
    fetch: bool = False  # set by --fetch: the documents are the fetch log's, not the whole folder
    csv_dialect: str = "default"  # default | excel-fi (semicolon, decimal comma, UTF-8 with BOM)
    config_hash: str = ""


def _expect(cond: bool, key: str, what: str, got: Any) -> None:
    if not cond:
        raise ConfigError(f"config key '{key}': expected {what}, got {got!r}")


def _str_list(value: Any, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    _expect(isinstance(value, list) and all(isinstance(v, str) for v in value), key, "a list of strings", value)
    return tuple(value)


def _source(raw: Any, i: int) -> Source:
    key = f"sources[{i}]"
    _expect(isinstance(raw, dict), key, "a mapping", raw)
    name = raw.get("name")
    _expect(isinstance(name, str) and name.strip() != "", f"{key}.name", "a non-empty string", name)
    urls = _str_list(raw.get("start_urls"), f"{key}.start_urls")
    _expect(len(urls) > 0, f"{key}.start_urls", "at least one URL", raw.get("start_urls"))
    for u in urls:
        _expect(u.startswith(("http://", "https://")), f"{key}.start_urls", "http(s) URLs", u)
    depth = raw.get("max_depth", 1)
    _expect(isinstance(depth, int) and not isinstance(depth, bool) and 0 <= depth <= 10,
            f"{key}.max_depth", "an integer 0-10", depth)
    sel = raw.get("content_selector")
    _expect(sel is None or isinstance(sel, str), f"{key}.content_selector", "a CSS selector or null", sel)
    for pattern in _str_list(raw.get("follow"), f"{key}.follow"):
        try:
            re.compile(pattern)
        except re.error as e:
            raise ConfigError(f"config key '{key}.follow': {pattern!r} is not a valid regex ({e})") from e
    limits: dict[str, Any] = {}
    for k, lo, typ in (("delay_s", 0, float), ("timeout_s", 0.001, float), ("backoff_s", 0, float),
                       ("retries", 0, int), ("max_bytes", 1, int)):
        if k in raw:
            v = raw[k]
            ok = isinstance(v, (int, float) if typ is float else int) and not isinstance(v, bool) and v >= lo
            _expect(ok, f"{key}.{k}", f"{'an integer' if typ is int else 'a number'} >= {lo}", v)
            limits[k] = typ(v)
    return Source(**limits, name=name, start_urls=urls, allow=_str_list(raw.get("allow"), f"{key}.allow"),
                  follow=_str_list(raw.get("follow"), f"{key}.follow"), max_depth=depth, content_selector=sel)


def load_config(path: Path | None) -> Settings:
    """Read and validate a config file; None gives the defaults."""
    if path is None:
        return Settings()
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as e:
        raise ConfigError(f"cannot read config file {path}: {e.strerror}") from e
    try:
        raw = yaml.safe_load(text) or {}
    except yaml.YAMLError as e:
        raise ConfigError(f"config file {path} is not valid YAML: {str(e).splitlines()[0]}") from e
    _expect(isinstance(raw, dict), "<top level>", "a mapping", type(raw).__name__)
    settings = raw.get("settings", {}) or {}
    _expect(isinstance(settings, dict), "settings", "a mapping", settings)
    kw: dict[str, Any] = {}
    for key in ("raw_dir", "out_dir"):
        if key in settings:
            _expect(isinstance(settings[key], str), f"settings.{key}", "a path string", settings[key])
            kw[key] = Path(settings[key])
    if "extensions" in settings:
        exts = _str_list(settings["extensions"], "settings.extensions")
        _expect(all(e.startswith(".") for e in exts), "settings.extensions", "extensions like '.html'", exts)
        kw["extensions"] = exts
    if "max_file_mb" in settings:
        v = settings["max_file_mb"]
        _expect(isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0, "settings.max_file_mb",
                "a positive number", v)
        kw["max_file_mb"] = float(v)
    if "executor" in settings:
        _expect(settings["executor"] in ("inline", "processes", "dask"), "settings.executor",
                "one of inline, processes, dask", settings["executor"])
        kw["executor"] = settings["executor"]
    for key, lo in (("workers", 1), ("memory_mb", 256)):
        if key in settings and settings[key] is not None:
            v = settings[key]
            _expect(isinstance(v, int) and not isinstance(v, bool) and v >= lo, f"settings.{key}",
                    f"an integer >= {lo}", v)
            kw[key] = v
    if "timeout_s" in settings:
        v = settings["timeout_s"]
        _expect(isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0, "settings.timeout_s",
                "a positive number of seconds", v)
        kw["timeout_s"] = float(v)
    if "dask_address" in settings:
        v = settings["dask_address"]
        _expect(v is None or isinstance(v, str) and v.startswith(("tcp://", "tls://", "inproc://")),
                "settings.dask_address", "null or an address like tcp://host:8786", v)
        kw["dask_address"] = v
    if "use_cache" in settings:
        _expect(isinstance(settings["use_cache"], bool), "settings.use_cache", "true or false", settings["use_cache"])
        kw["use_cache"] = settings["use_cache"]
    if "ocr" in settings:
        _expect(isinstance(settings["ocr"], bool), "settings.ocr", "true or false", settings["ocr"])
        kw["ocr"] = settings["ocr"]
    if settings.get("cache_dir") is not None:
        _expect(isinstance(settings["cache_dir"], str), "settings.cache_dir", "a path string", settings["cache_dir"])
        kw["cache_dir"] = Path(settings["cache_dir"])
    for key in ("user_agent", "log_dir"):
        if settings.get(key) is not None:
            _expect(isinstance(settings[key], str) and settings[key].strip() != "", f"settings.{key}",
                    "a non-empty string", settings[key])
            kw[key] = settings[key] if key == "user_agent" else Path(settings[key])
    known = {"raw_dir", "out_dir", "extensions", "max_file_mb", "content_selectors", "executor", "workers",
             "dask_address", "timeout_s", "memory_mb", "use_cache", "cache_dir", "user_agent", "log_dir", "ocr"}
    if "csv_dialect" in settings:
        _expect(settings["csv_dialect"] in CSV_DIALECTS, "settings.csv_dialect", f"one of {', '.join(CSV_DIALECTS)}",
                settings["csv_dialect"])
        kw["csv_dialect"] = settings["csv_dialect"]
    known = known | {"csv_dialect"}
    unknown = sorted(set(settings) - known)
    _expect(not unknown, f"settings.{unknown[0] if unknown else ''}", f"one of {', '.join(sorted(known))}",
            unknown[0] if unknown else None)
    sel = settings.get("content_selectors", {}) or {}
    _expect(isinstance(sel, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in sel.items()),
            "settings.content_selectors", "a mapping of folder to CSS selector", sel)
    kw["content_selectors"] = dict(sel)
    sources = raw.get("sources", []) or []
    _expect(isinstance(sources, list), "sources", "a list", sources)
    kw["sources"] = tuple(_source(s, i) for i, s in enumerate(sources))
    kw["config_hash"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Settings(**kw)
