"""The README's "Using the data" snippets run as written against a real run's tables."""
from __future__ import annotations

import contextlib
import io
import os
import re
from pathlib import Path

import duckdb

README = Path(__file__).resolve().parents[2] / "README.md"


def _snippets() -> list[tuple[str, str]]:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Using the data", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```(python|sql)\n(.*?)```", section, flags=re.S)


@contextlib.contextmanager
def _in_folder_with_extracted(tmp_path: Path, extracted: Path):
    (tmp_path / "extracted").symlink_to(extracted, target_is_directory=True)
    old = os.getcwd()
    os.chdir(tmp_path)
    try:
        yield
    finally:
        os.chdir(old)


def test_readme_has_pandas_duckdb_and_polars_snippets():
    snippets = _snippets()
    langs = [lang for lang, _ in snippets]
    code = "\n".join(c for _, c in snippets)
    assert langs.count("sql") == 1 and langs.count("python") >= 2
    assert "import pandas" in code and "import polars" in code and "JOIN" in code


def test_readme_snippets_run(tmp_path, extracted):
    with _in_folder_with_extracted(tmp_path, extracted):
        for lang, code in _snippets():
            if lang == "sql":
                rows = duckdb.sql(code).fetchall()
                assert rows and all(r[2] > 0 for r in rows), code  # funders with euros
                continue
            scope: dict = {}
            with contextlib.redirect_stdout(io.StringIO()) as out:
                exec(compile(code, "README.md", "exec"), scope)  # noqa: S102 - our own README
            assert out.getvalue().strip(), code
            for name in ("budgets", "per_town"):
                if name in scope:
                    assert len(scope[name]) > 0, name
