# Two entry points: `make demo` and `make test`. Both build .venv themselves.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLE := samples/lkjip-2018-biro-humas-jambi.pdf

.PHONY: demo test lint system-deps bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dask,dev]'
	$(BIN)/pip install --quiet --no-deps 'rapidocr-onnxruntime==1.4.4'
	touch $(STAMP)

# OCR (Tesseract + Indonesian data), page rendering and a browser for the HTML test.
# Best effort: where apt is missing or we are not root, lkjip says what to install and
# the tests that need them skip with that reason.
system-deps:
	@if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	  missing=""; \
	  command -v tesseract >/dev/null 2>&1 || missing="$$missing tesseract-ocr tesseract-ocr-ind"; \
	  [ -f /usr/share/tesseract-ocr/5/tessdata/ind.traineddata ] || missing="$$missing tesseract-ocr-ind"; \
	  command -v pdftoppm >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	  command -v gs >/dev/null 2>&1 || missing="$$missing ghostscript"; \
	  command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	  if [ -n "$$missing" ]; then \
	    echo "installing system packages:$$missing"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null) \
	      || echo "warning: could not install$$missing; OCR/browser tests will skip"; \
	  fi; \
	else echo "note: apt-get not available (or not root); OCR and browser tests skip where tools are missing"; fi

demo: $(STAMP)
	@# Exit code 1 means "findings were reported", which is the point of the demo.
	$(BIN)/lkjip check --lang en $(SAMPLE) || [ $$? -eq 1 ]

test: $(STAMP) system-deps
	$(BIN)/ruff check lkjip tests $(wildcard bench)
	$(BIN)/pytest -q -n 2 --dist loadfile -m "not serial"
	$(BIN)/pytest -q -m serial

lint: $(STAMP)
	$(BIN)/ruff check lkjip tests $(wildcard bench)

bench: $(STAMP)
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
