# Lapwing: the two quick-start commands are `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install demo test bench schema train-base clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip==24.3.1
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

## install: create .venv and install Lapwing with pinned dependencies
install: $(STAMP)

## demo: install, ingest and extract the bundled sample corpus, print a summary, serve the UI
demo: install
	$(BIN)/lapwing demo --serve

## test: install and run the whole test suite
test: install
	$(BIN)/python -m pytest

## bench: ingest/export throughput on a generated 10,000-document corpus
bench: install
	$(BIN)/python benchmarks/ingest.py

DATA ?= ../shared/data
TIME_BUDGET ?= 0

## train-base: convert UD/UNER/MEANTIME, train, evaluate, package lapwing/models/en_lapwing and rewrite its card (never CI)
train-base: install
	nice -n 19 $(BIN)/python training/train_base.py all --data $(DATA) --time-budget $(TIME_BUDGET)

## schema: regenerate docs/schema.json from lapwing/records.py
schema: install
	$(BIN)/lapwing schema > docs/schema.json

clean:
	rm -rf $(VENV) .lapwing .pytest_cache build *.egg-info
