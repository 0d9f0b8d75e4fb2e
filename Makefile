# unfog: the two commands of the README, and the developer targets.
#   make demo   set up, then analyse the bundled example article
#   make test   set up, then lint, type-check and run the tests (with the evaluation gate
#               when ../shared/eval exists)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup demo test lint eval bench bench-ingest bench-scale clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/unfog gazetteer build
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	$(BIN)/unfog analyze examples/kharkiv-offensive.txt --published 2024-05-13

lint: $(STAMP)
	$(BIN)/ruff check src tests scripts
	$(BIN)/mypy

test: lint
	$(BIN)/pytest -q

eval: $(STAMP)
	$(BIN)/python scripts/evaluate.py

bench: $(STAMP)
	$(BIN)/python scripts/benchmark.py

bench-ingest: $(STAMP)
	$(BIN)/python scripts/bench_ingest.py

bench-scale: $(STAMP)
	$(BIN)/python scripts/bench_scale.py --limit 200 --memory 50,500 --pool 50

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
