"""Per-document parts: the incremental cache and the writer's input in one.

Each processed document's rows are stored as one small JSON part keyed by the
sha256 of its bytes, its source id and the extractor version. A rerun reuses the
part of every document whose bytes did not change, and the tables are rebuilt
from parts, so memory in the driver does not grow with what the workers return.
The extractor version is a hash of the package's own code and data files: any
change to an extractor invalidates every part by itself.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from functools import cache
from pathlib import Path
from typing import Any

import pipeline
from pipeline.write import atomic_write

PACKAGE_DIR = Path(pipeline.__file__).parent
_CODE_SUFFIXES = {".py", ".yaml", ".yml", ".tsv", ".txt", ".json"}


@cache
def extractor_version() -> str:
    """A hash of every source and data file of the package."""
    h = hashlib.sha256()
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.is_file() and path.suffix in _CODE_SUFFIXES and "__pycache__" not in path.parts:
            h.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
            h.update(b"\0")
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


def _default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__}")


class PartStore:
    """Parts under `root/<extractor version>/<sha[:2]>/<sha>-<source id>.json`."""

    def __init__(self, root: Path, version: str | None = None) -> None:
        self.root = Path(root)
        self.version = version or extractor_version()

    def path(self, sha256: str, source_id: str) -> Path:
        return self.root / self.version / sha256[:2] / f"{sha256}-{source_id}.json"

    def get(self, sha256: str, source_id: str) -> dict | None:
        p = self.path(sha256, source_id)
        try:
            return json.loads(p.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def put(self, sha256: str, source_id: str, part: dict) -> None:
        data = json.dumps(part, default=_default, ensure_ascii=False, sort_keys=True).encode("utf-8")
        # not synced: a part lost in a power cut is unreadable JSON, read as a miss
        atomic_write(self.path(sha256, source_id), data, durable=False)
