"""Typed, validated configuration (config.yaml), the whole file against one schema.

The schema is the dataclasses below (pydantic dataclasses: plain dataclasses that
check their fields). A bad value or an unknown key anywhere stops the run before
any work with one line that names the key and its path, because a nightly job
that half-runs on a typo, or silently drops an operator's politeness setting, is
worse than one that refuses to start. A new key is one annotated field.
"""
from __future__ import annotations

import dataclasses
import difflib
import hashlib
import re
import typing
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import AfterValidator, ConfigDict, Field, StrictBool, StringConstraints, TypeAdapter
from pydantic import ValidationError as _SchemaError
from pydantic.dataclasses import dataclass

from pipeline.hints import Hints

CSV_DIALECTS = ("default", "excel-fi")  # spelled out in pipeline/datapackage.py
USER_AGENT = "hankkeet-pipeline/0.1 (+https://github.com/hankkeet-pipeline/hankkeet-pipeline)"


class ConfigError(ValueError):
    """An invalid configuration or command line; the message names the key."""


def _prefixed(*prefixes: str) -> AfterValidator:
    def check(value: str) -> str:
        if not value.startswith(prefixes):
            raise ValueError(f"expected a value starting with {' or '.join(prefixes)}")
        return value
    return AfterValidator(check)


def _regex(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as e:
        raise ValueError(f"{pattern!r} is not a valid regex ({e})") from e
    return pattern


# A frozen dataclass that refuses unknown keys; ints and floats are not read from strings or booleans.
_SCHEMA = ConfigDict(extra="forbid", frozen=True)
NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Int = Annotated[int, Field(strict=True)]
Number = Annotated[float, Field(strict=True)]


@dataclass(config=_SCHEMA)
class Source(Hints):
    """One entry of `sources:`: where a fetch starts, how politely it asks, and the
    hints that teach its layout (pipeline/hints.py)."""

    name: NonEmpty
    start_urls: Annotated[tuple[Annotated[str, _prefixed("http://", "https://")], ...], Field(min_length=1)]
    allow: tuple[str, ...] = ()
    follow: tuple[Annotated[str, AfterValidator(_regex)], ...] = ()
    max_depth: Annotated[Int, Field(ge=0, le=10)] = 1
    # fetching (pipeline/fetch/): politeness and limits, per source
    delay_s: Annotated[Number, Field(ge=0)] = 1.0  # between two requests to the same host
    timeout_s: Annotated[Number, Field(gt=0)] = 30.0  # per request: connect, and each read
    retries: Annotated[Int, Field(ge=0)] = 3  # on connection errors, 429 and 5xx
    backoff_s: Annotated[Number, Field(ge=0)] = 1.0  # first retry's wait, doubling after, with jitter
    max_bytes: Annotated[Int, Field(ge=1)] = 50 * 1024 * 1024  # a larger response is refused
    give_up_after: Annotated[Int, Field(ge=1)] = 3  # consecutive connection failures before a host is given up


@dataclass(config=_SCHEMA)
class FileSettings:
    """The `settings:` block of config.yaml."""

    raw_dir: Path = Path("raw")
    out_dir: Path = Path("extracted")
    extensions: tuple[Annotated[str, _prefixed(".")], ...] = (".html", ".htm", ".pdf", ".txt")
    max_file_mb: Annotated[Number, Field(gt=0)] = 50.0
    content_selectors: dict[str, str] = dataclasses.field(default_factory=dict)  # raw sub-folder -> CSS selector
    folders: dict[str, Hints] = dataclasses.field(default_factory=dict)  # raw sub-folder -> its hints
    executor: Literal["inline", "processes", "dask"] = "inline"
    workers: Annotated[Int, Field(ge=1)] | None = None  # default: the number of cores
    dask_address: Annotated[str, _prefixed("tcp://", "tls://", "inproc://")] | None = None  # None: in-process
    timeout_s: Annotated[Number, Field(gt=0)] = 120.0  # per-document wall-clock limit
    memory_mb: Annotated[Int, Field(ge=256)] = 4096  # per-worker address-space cap (processes executor)
    use_cache: StrictBool = True  # reuse the parts of unchanged documents
    ocr: StrictBool = True  # read PDFs without a text layer with Tesseract, where installed
    cache_dir: Path | None = None  # default: <out_dir>/.parts
    user_agent: NonEmpty = USER_AGENT  # names the project and a contact URL on every request
    log_dir: Path | None = None  # a log file per run; default: logs/ beside out_dir
    csv_dialect: Literal[CSV_DIALECTS] = "default"  # default | excel-fi (semicolon, decimal comma, UTF-8 with BOM)


@dataclass(config=_SCHEMA)
class Settings(FileSettings):
    """What a run uses: the settings block, the sources, and what the command line sets."""

    sources: tuple[Source, ...] = ()
    fetch: bool = False  # set by --fetch: the documents are the fetch log's, not the whole folder
    config_hash: str = ""


@dataclass(config=_SCHEMA)
class ConfigFile:
    """The whole of config.yaml."""

    settings: FileSettings = FileSettings()
    sources: tuple[Source, ...] = ()


def _key_path(loc: tuple) -> str:
    path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in loc).lstrip(".")
    return path or "<top level>"


def _known_keys(loc: tuple) -> list[str]:
    """The keys allowed where `loc` points, by walking the schema's annotations."""
    cls: Any = ConfigFile
    for part in loc:
        if isinstance(part, str) and cls is not None and part in typing.get_type_hints(cls):
            hint = typing.get_type_hints(cls)[part]
            cls = next((a for a in (hint, *typing.get_args(hint)) if dataclasses.is_dataclass(a)), None)
    return [f.name for f in sorted(dataclasses.fields(cls), key=lambda f: f.kw_only)] if cls else []  # hints last


def _one_line(error: dict) -> str:
    loc = error["loc"]
    if error["type"] == "unexpected_keyword_argument":
        known = _known_keys(loc[:-1])
        close = difflib.get_close_matches(str(loc[-1]), known, n=1)
        hint = f"did you mean '{close[0]}'?" if close else f"known keys: {', '.join(known)}"
        return f"config key '{_key_path(loc)}': unknown key; {hint}"
    if error["type"] == "missing":
        return f"config key '{_key_path(loc)}': missing"
    if error["type"] in ("dataclass_type", "tuple_type"):
        what = "a mapping of keys" if error["type"] == "dataclass_type" else "a list"
        return f"config key '{_key_path(loc)}': expected {what}, got {error['input']!r}"
    return f"config key '{_key_path(loc)}': {error['msg'].removeprefix('Value error, ')}, got {error['input']!r}"


def load_config(path: Path | None) -> Settings:
    """Read and validate a config file; None gives the defaults."""
    if path is None:
        return Settings()
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as e:
        raise ConfigError(f"cannot read config file {path}: {e.strerror}") from e
    try:
        raw = yaml.safe_load(text)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark
        raise ConfigError(f"config file {path} is not valid YAML: line {mark.line + 1}, column {mark.column + 1}: "
                          f"{e.problem}") from e
    except yaml.YAMLError as e:
        raise ConfigError(f"config file {path} is not valid YAML: {str(e).splitlines()[0]}") from e
    if isinstance(raw, dict):  # an empty block (`sources:` alone) means its defaults
        raw = {k: v for k, v in raw.items() if v is not None}
    try:
        config = TypeAdapter(ConfigFile).validate_python({} if raw is None else raw)
    except _SchemaError as e:
        first, *rest = e.errors()
        rest = [r for r in rest if first["loc"][:len(r["loc"])] != r["loc"]]  # not the same problem seen from above
        raise ConfigError(_one_line(first) + (f" (and {len(rest)} more)" if rest else "")) from None
    block = {f.name: getattr(config.settings, f.name) for f in dataclasses.fields(FileSettings)}
    return Settings(**block, sources=config.sources, config_hash=hashlib.sha256(text.encode("utf-8")).hexdigest())
