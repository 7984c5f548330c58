"""Config validation: the whole file against one schema; a bad value or an unknown key anywhere is
refused with one line naming the key and its path."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import ConfigError, load_config

ROOT = Path(__file__).resolve().parents[2]


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "config.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def test_shipped_config_is_valid():
    settings = load_config(ROOT / "config.yaml")
    assert settings.raw_dir == Path("raw")
    assert {s.name for s in settings.sources} >= {"hameenlinna", "sitra"}
    assert len(settings.config_hash) == 64


def test_minimum_source_shape_from_the_issue(tmp_path):
    settings = load_config(write(tmp_path, """
sources:
  - name: hameenlinna
    start_urls:
      - https://www.hameenlinna.fi/hallinto-ja-talous/strategia-ja-kehittaminen/hankkeet/
    allow: ["https://www.hameenlinna.fi/"]
    follow: ['\\.pdf$', '/hankkeet/']
    max_depth: 1
    content_selector: null
"""))
    (src,) = settings.sources
    assert src.follow == (r"\.pdf$", "/hankkeet/") and src.max_depth == 1


@pytest.mark.parametrize("text,key", [
    ("sources:\n  - name: x\n    start_urls: [ftp://example.fi/]\n", "sources[0].start_urls[0]"),
    ("sources:\n  - name: x\n    start_urls: [https://example.fi/]\n    max_depth: many\n", "sources[0].max_depth"),
    ("sources:\n  - start_urls: [https://example.fi/]\n", "sources[0].name"),
    ("settings:\n  executor: threads\n", "settings.executor"),
    ("settings:\n  workers: 0\n", "settings.workers"),
    ("settings:\n  timeout_s: -1\n", "settings.timeout_s"),
    ("settings:\n  raw_dri: raw\n", "settings.raw_dri"),
    ("- just\n- a list\n", "<top level>"),
])
def test_invalid_values_name_the_key(tmp_path, text, key):
    with pytest.raises(ConfigError) as e:
        load_config(write(tmp_path, text))
    assert f"'{key}'" in str(e.value)
    assert "\n" not in str(e.value)


SOURCE = "sources:\n  - name: x\n    start_urls: [https://example.fi/]\n"


@pytest.mark.parametrize("text,key,suggestion", [
    ("setings:\n  raw_dir: raw\n", "setings", "settings"),
    ("settings:\n  raw_dri: raw\n", "settings.raw_dri", "raw_dir"),
    (SOURCE + "    delay: 5\n", "sources[0].delay", "delay_s"),
    (SOURCE + "    max_dept: 2\n", "sources[0].max_dept", "max_depth"),
])
def test_unknown_keys_anywhere_are_refused_with_a_suggestion(tmp_path, text, key, suggestion):
    with pytest.raises(ConfigError) as e:
        load_config(write(tmp_path, text))
    assert str(e.value) == f"config key '{key}': unknown key; did you mean '{suggestion}'?"


def test_an_unknown_key_without_a_near_miss_lists_the_known_ones(tmp_path):
    with pytest.raises(ConfigError, match=r"'sources\[0\]\.colour': unknown key; known keys: name, start_urls, "):
        load_config(write(tmp_path, SOURCE + "    colour: red\n"))


def test_yaml_syntax_error_gives_line_and_column(tmp_path):
    with pytest.raises(ConfigError) as e:
        load_config(write(tmp_path, "settings:\n  raw_dir: raw\n   out_dir: out\n"))
    assert "not valid YAML: line 3, column 11: mapping values are not allowed here" in str(e.value)
    assert "\n" not in str(e.value)
