"""The config accepts a source as the issue writes it, and the fetch keys with defaults."""
from __future__ import annotations

import pytest

from pipeline.config import ConfigError, load_config
from pipeline.fetch.http import retry_after_s

ISSUE_SHAPE = r"""
sources:
  - name: hameenlinna
    start_urls:
      - https://www.hameenlinna.fi/hallinto-ja-talous/strategia-ja-kehittaminen/hankkeet/
    allow: ["https://www.hameenlinna.fi/"]
    follow: ['\.pdf$', '/hankkeet/']
    max_depth: 1
    content_selector: null
"""


def test_the_issue_shape_loads_with_polite_defaults(tmp_path):
    cfg = tmp_path / "c.yaml"
    cfg.write_text(ISSUE_SHAPE, encoding="utf-8")
    (src,) = load_config(cfg).sources
    assert src.follow == (r"\.pdf$", "/hankkeet/") and src.max_depth == 1
    assert src.delay_s >= 1 and src.retries >= 1 and src.timeout_s > 0 and src.max_bytes > 0


@pytest.mark.parametrize("extra, key", [("    delay_s: -1\n", "delay_s"), ("    retries: 1.5\n", "retries"),
                                        ("    follow: ['(']\n", "follow")])
def test_bad_fetch_keys_name_the_key(tmp_path, extra, key):
    cfg = tmp_path / "c.yaml"
    cfg.write_text("sources:\n  - name: s\n    start_urls: ['https://a.fi/']\n" + extra, encoding="utf-8")
    with pytest.raises(ConfigError, match=rf"sources\[0\]\.{key}"):
        load_config(cfg)


def test_the_shipped_config_loads():
    from pathlib import Path

    settings = load_config(Path(__file__).resolve().parents[2] / "config.yaml")
    assert {s.name for s in settings.sources} >= {"sitra", "hameenlinna", "digipave", "oulu"}
    assert "hankkeet-pipeline" in settings.user_agent and "+http" in settings.user_agent


def test_retry_after_reads_seconds_and_dates():
    assert retry_after_s("7") == 7.0
    assert retry_after_s("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past: go now
    assert retry_after_s("soon") is None and retry_after_s(None) is None
