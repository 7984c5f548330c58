# Every target creates or reuses .venv/ in the repo root, so `make run` and
# `make test` are all the set-up a fresh machine needs.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test sysdeps ocrdeps clean bench quality fit

run: $(STAMP)
	$(PY) run_pipeline.py --config config.yaml

test: $(STAMP) ocrdeps
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

# Optional: Tesseract with Finnish reads PDFs that have no text layer (scans), and
# DejaVu draws the test scan's Finnish letters. Installed when running as root;
# otherwise such PDFs get "no text layer: needs OCR" and the OCR test is skipped.
ocrdeps:
	@if command -v tesseract >/dev/null && tesseract --list-langs 2>/dev/null | grep -qx fin && [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then \
	  :; \
	elif [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
	  echo "installing tesseract-ocr, tesseract-ocr-fin and fonts-dejavu-core with apt-get"; \
	  (apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-fin fonts-dejavu-core >/dev/null 2>&1 || \
	   (apt-get update >/dev/null && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-fin fonts-dejavu-core >/dev/null) || \
	   echo "could not install Tesseract: OCR stays off and its test is skipped" >&2); \
	else \
	  echo "OCR off: 'sudo apt-get install tesseract-ocr tesseract-ocr-fin' reads scanned PDFs." >&2; \
	fi

$(STAMP): pyproject.toml | sysdeps
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test,dask]'
	touch $(STAMP)

# Leave one corpus out: fit the segmentation model without each corpus, score that corpus.
quality: $(STAMP) ocrdeps
	$(PY) -m pipeline.quality loco

# Refit the segmentation model on every corpus (pipeline/data/segment_model.json), then the
# confidence models on readings by models that left each corpus out (confidence_model.json).
fit: $(STAMP) ocrdeps
	$(PY) -m pipeline.quality fit

bench: $(STAMP)
	$(PY) -m pip install -q -e '.[bench,dask]'
	$(PY) -m benchmarks.run $(BENCH_ARGS)

clean:
	rm -rf $(VENV) extracted/*.tmp
