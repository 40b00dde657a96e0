# clientsmith developer entry points. Every target bootstraps what it needs.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
PROVIDERS := $(notdir $(patsubst %/,%,$(dir $(wildcard specs/*/clientsmith.toml))))
PYTEST_ARGS ?=

.PHONY: all setup generate check test lint bench packages clean

all: generate

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

setup: $(VENV)/.installed node_modules/.installed

## generate: regenerate every provider package into generated/
generate: $(VENV)/.installed
	$(BIN)/clientsmith generate

## check: fail with a diff when generated/ is not what the generator emits now
check: $(VENV)/.installed
	$(BIN)/clientsmith check

## test: the whole suite (unit, snapshot, package installs, Prism over HTTP)
test: $(VENV)/.installed node_modules/.installed
	$(BIN)/pytest -n 2 $(PYTEST_ARGS)

## lint: the generator's own code, and the committed packages
lint: $(VENV)/.installed
	$(BIN)/ruff check generator tests
	$(BIN)/ruff format --check generator tests
	$(BIN)/mypy
	cd generated && for p in $(PROVIDERS); do \
		(cd $$p && ../../$(BIN)/ruff check --no-cache . && ../../$(BIN)/black --check -q . \
			&& ../../$(BIN)/mypy --strict .) || exit 1; done

clean:
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache
