# frontload — two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint install bench bench-scale fuzz clean system-deps

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,lint,charts,web,spark]'
	touch $(STAMP)

install: $(STAMP)

## Load the bundled real data into the local store and print the flagship brief.
demo: $(STAMP)
	$(BIN)/frontload load
	$(BIN)/frontload brief

## Run the whole test suite (never touches the network). Installs Chromium and Java when missing, and
## fails rather than skip a test whose system dependency is absent (FRONTLOAD_REQUIRE_ALL).
test: $(STAMP) system-deps
	FRONTLOAD_REQUIRE_ALL=1 $(BIN)/pytest -q -p no:cacheprovider

system-deps:
	@bash scripts/system-deps.sh

## Fuzz every file reader and the claim reader with the long profile (over 10,000 generated inputs; a tally at the end).
fuzz: $(STAMP)
	FRONTLOAD_FUZZ=full $(BIN)/pytest tests/fuzz -q -p no:cacheprovider

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python -m benchmarks

## Scale benchmarks on 10M synthetic rows (data generated under benchmarks/.data/); appends to RESULTS.md.
bench-scale: $(STAMP)
	$(BIN)/pip install --quiet -e '.[polars]'
	$(BIN)/python -m benchmarks.scale --rows 10000000 --out benchmarks/RESULTS.md

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
