# Strategy Lineage: the two commands a fresh clone needs are `make serve` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STORE  ?= var/store
HOST   ?= 127.0.0.1
PORT   ?= 8000
export STRATEGY_LINEAGE_STORE ?= $(STORE)

.PHONY: help install serve load check docs test test-fast screenshots system-packages bench bench-tools vendor-refresh clean docs-rules

help:
	@echo "make serve   - set up, load data/ into $(STORE) if needed, and serve on http://$(HOST):$(PORT)"
	@echo "make check   - lint, format check and type check (fast; make test runs it first)"
	@echo "make test    - set up (including headless Chromium where possible), make check, and the whole suite"
	@echo "make bench   - national-scale benchmarks (writes bench/results.json)"
	@echo "make docs    - the documentation site from docs/, built offline into var/site (open var/site/index.html)"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Reinstall whenever the project's dependencies change.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

# Loading is idempotent: unchanged sources are skipped, so this is cheap after the first time.
load: install
	$(BIN)/strategy-lineage load data/

serve: load
	$(BIN)/strategy-lineage serve --host $(HOST) --port $(PORT)

# docs/rules.md is generated from the rule and kind registry (a test fails when it is stale).
docs-rules: install
	$(BIN)/strategy-lineage rules --markdown > docs/rules.md

# Debian packages the tests use: Chromium (browser tests), rapper (a second, independent
# Turtle parser for ontology.ttl) and Virtuoso 7 (the remote-store runs of the graph and API
# tests, started by scripts/virtuoso.sh). Best effort: without them those tests skip with a
# reason, except in CI (CI set), where they must run.
system-packages:
	@missing=""; command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v rapper >/dev/null 2>&1 || missing="$$missing raptor2-utils"; \
	command -v virtuoso-t >/dev/null 2>&1 || missing="$$missing virtuoso-opensource"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing$$missing (Debian packages)"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null) \
	      || echo "warning: could not install$$missing; the tests that need them will skip"; \
	  else echo "warning:$$missing not installed and not root; the tests that need them will skip"; fi; \
	fi

# The static checks CI runs before the suite (configured in pyproject.toml): fast, no tests.
check: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# The documentation site (mkdocs.yml): --strict fails on a broken link or a page left out of the nav.
docs: install
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet
	@echo "built var/site/index.html"

test: check system-packages
	$(BIN)/python -m pytest

# Refresh the screenshots in docs/img from a real browser run (tests never change tracked files otherwise).
screenshots: install system-packages
	STRATEGY_LINEAGE_PUBLISH_SCREENSHOTS=1 $(BIN)/python -m pytest -m browser tests/browser/test_pages_at_two_widths.py

test-fast: install
	$(BIN)/python -m pytest -m "not browser and not server"

# wrk is the load generator (Debian's package); without it bench falls back to an httpx loop.
bench-tools:
	@command -v wrk >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null) \
	      || echo "warning: could not install wrk; bench uses its httpx load generator"; \
	  else echo "warning: wrk not installed; bench uses its httpx load generator"; fi; }

# STORE=sparql+http://... measures that SPARQL engine instead of the embedded store (docs/bench.md).
# Then each figure against the committed run (bench/results.json at HEAD): better, same or worse.
bench: install bench-tools
	@mkdir -p var/bench && git show HEAD:bench/results.json > var/bench/previous.json 2>/dev/null || rm -f var/bench/previous.json
	$(BIN)/python -m bench.run $(if $(filter sparql+%,$(STORE)),--store $(STORE))
	@if [ -f var/bench/previous.json ]; then $(BIN)/python -m bench.compare var/bench/previous.json bench/results.json; fi

clean:
	rm -rf $(VENV) var .pytest_cache .hypothesis

# Browser assets are committed and served by us, never fetched from a CDN: YASGUI for /sparql,
# Swagger UI for /docs, ReDoc for /redoc (under api/static/vendor/), and axe-core, which the browser
# tests inject (under tests/browser/vendor/). `make vendor-refresh` fetches them again from the npm
# registry at the pinned versions below; `npm pack` needs no node_modules.
YASGUI_VERSION  := 4.6.2
SWAGGER_VERSION := 5.35.0
REDOC_VERSION   := 2.5.4
AXE_VERSION     := 4.11.0
VENDORED := api/static/vendor/yasgui/yasgui.min.js api/static/vendor/swagger-ui/swagger-ui-bundle.js \
            api/static/vendor/redoc/redoc.standalone.js tests/browser/vendor/axe-core/axe.min.js
vendor-refresh:
	rm -f $(VENDORED)
	$(MAKE) $(VENDORED)

# $(call npm-unpack,package@version,destination,files inside the package)
define npm-unpack
mkdir -p $(2)
tmp=$$(mktemp -d) && cd $$tmp && tgz=$$(npm pack --silent $(1)) && tar xzf $$tgz \
  && cd package && cp $(3) package.json $(CURDIR)/$(2)/ && rm -rf $$tmp
endef

api/static/vendor/yasgui/yasgui.min.js:
	$(call npm-unpack,@zazuko/yasgui@$(YASGUI_VERSION),api/static/vendor/yasgui,build/yasgui.min.js build/yasgui.min.css)

api/static/vendor/swagger-ui/swagger-ui-bundle.js:
	$(call npm-unpack,swagger-ui-dist@$(SWAGGER_VERSION),api/static/vendor/swagger-ui,swagger-ui-bundle.js swagger-ui.css LICENSE)

api/static/vendor/redoc/redoc.standalone.js:
	$(call npm-unpack,redoc@$(REDOC_VERSION),api/static/vendor/redoc,bundles/redoc.standalone.js LICENSE)

tests/browser/vendor/axe-core/axe.min.js:
	$(call npm-unpack,axe-core@$(AXE_VERSION),tests/browser/vendor/axe-core,axe.min.js LICENSE)
