# The two commands: `make run` (the main job on seeds/) and `make test` (the whole suite).
# Both create .venv/ and install graphkit there; nothing is installed by hand.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench calibrate chromium neo4j clean help

help:
	@echo "make run    extract seeds/ into out/ (graph.json, map.html, report.md, graph.cypher)"
	@echo "make test   the whole test suite, with a real Neo4j and headless Chromium"
	@echo "make lint   ruff"
	@echo "make bench  the benchmarks (minutes; never part of make test)"
	@echo "make calibrate  re-measure each relation rule's precision on the development set"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/graphkit run seeds --out out
	@echo "Outputs: out/graph.json, out/map.html (open it in a browser), out/report.md, out/graph.cypher"

# Debian's chromium for the map tests (root installs it; otherwise install it yourself).
chromium:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  { [ "$$(id -u)" = 0 ] && (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null); } || \
	  echo "chromium is not installed: the browser tests will skip (or fail under CI)"

# Neo4j 5.26 Community from Maven Central, cached in ~/.cache/graphkit (skipped if NEO4J_URI is set).
neo4j: $(STAMP)
	@if [ -z "$$NEO4J_URI" ]; then $(PY) tests/neo4j_server.py fetch >/dev/null && echo "Neo4j $$(basename $$(dirname $$($(PY) -c 'import sys; sys.path.insert(0,"tests"); import neo4j_server; print(neo4j_server.cache_dir()/"lib")'))) ready"; fi

test: $(STAMP) chromium neo4j
	$(PY) -m ruff check graphkit tests $(wildcard benchmarks)
	$(PY) -m pytest

lint: $(STAMP)
	$(PY) -m ruff check graphkit tests $(wildcard benchmarks)

# the driver's Rust extension is what a fast load uses; the benchmark also measures without it
# Each relation rule's confidence is its precision on the development set: the seeds and the
# devset of ../shared (when present) and graphkit's own annotated articles.
SHARED ?= ../shared
CALIBRATION_SETS := $(if $(wildcard $(SHARED)/gold),--set seeds $(SHARED)/gold) \
	$(if $(wildcard $(SHARED)/devset/gold),--set $(SHARED)/devset/articles $(SHARED)/devset/gold) \
	--set tests/data/articles tests/data/gold
calibrate: $(STAMP)
	$(VENV)/bin/graphkit calibrate $(CALIBRATION_SETS)

bench: $(STAMP) chromium neo4j
	$(PY) -m pip install --quiet -e '.[fast,test]'
	$(PY) benchmarks/run.py

clean:
	rm -rf out .pytest_cache .ruff_cache
