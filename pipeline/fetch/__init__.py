"""Fetching sources from the web into the raw store, incrementally and politely.

`crawl.fetch_sources(settings)` fills raw/<host>/... and raw/fetch_log.sqlite;
`documents.fetched_documents` lets the run read URLs and HTTP outcomes from it.
"""
