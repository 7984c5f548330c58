# Every target creates or reuses .venv/ in the repo root, so `make run` and
# `make test` are all the set-up a fresh machine needs.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test sysdeps clean bench

run: $(STAMP)
	$(PY) run_pipeline.py --config config.yaml

test: $(STAMP)
	$(PY) -m pytest -q

# The Finnish lemmatizer of the spaCy model needs Debian's libvoikko1 and voikko-fi.
sysdeps:
	@if ldconfig -p 2>/dev/null | grep -q 'libvoikko.so.1' && { [ -d /usr/lib/voikko ] || [ -d /usr/share/voikko ]; }; then \
	  :; \
	elif [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
	  echo "installing libvoikko1 and voikko-fi with apt-get"; \
	  (apt-get install -y --no-install-recommends libvoikko1 voikko-fi >/dev/null 2>&1 || \
	   (apt-get update >/dev/null && apt-get install -y --no-install-recommends libvoikko1 voikko-fi >/dev/null)); \
	else \
	  echo "Missing system packages: install them with 'sudo apt-get install libvoikko1 voikko-fi' and rerun." >&2; \
	  exit 1; \
	fi

$(STAMP): pyproject.toml | sysdeps
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

bench: $(STAMP)
	$(PY) -m benchmarks.run

clean:
	rm -rf $(VENV) extracted/*.tmp
