"""docs/dataset.md is generated from pipeline/schema.py: stale is a failure, and it covers everything."""
from __future__ import annotations

from pipeline.dataset_doc import PATH, render
from pipeline.schema import CONTRACT_1_0, DOC_STATUSES, TABLES


def test_docs_dataset_md_is_not_stale():
    assert PATH.read_text(encoding="utf-8") == render(), "docs/dataset.md is stale: run python -m pipeline.dataset_doc"


def test_every_table_column_extension_and_status_is_documented():
    text = render()
    sections = {s.split("\n", 1)[0].split(" — ", 1)[0]: s for s in text.split("\n## ")[1:]}
    for name, spec in TABLES.items():
        for field in spec.schema:
            assert f"\n| {field.name} | " in sections[name], (name, field.name)
    extensions = sections["Extensions"]
    for name, spec in TABLES.items():
        added = [c for c in spec.schema.names if c not in CONTRACT_1_0.get(name, spec.schema.names)]
        for column in added:
            assert f"\n| {name} | {column} | {spec.describe(column)}" in extensions.replace("\\|", "|")
        assert (f"\n| {name} | the whole table |" in extensions) == (name not in CONTRACT_1_0)
    assert "aliases" in extensions and "fetch_error" in extensions
    for status in DOC_STATUSES:
        assert f"\n| `{status}` | " in sections["Document statuses"]


def test_the_first_contract_keeps_every_column():
    for name, columns in CONTRACT_1_0.items():
        assert set(columns) <= set(TABLES[name].schema.names), name
