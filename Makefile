# aistats — every entry point sets up what it needs (.venv, node_modules) by itself.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
PYTHON := $(BIN)/python
STAMP := $(VENV)/.installed
DEMO_STAMP := $(VENV)/.installed-demo
NODE_STAMP := node_modules/.installed
CHECKED := aistats scripts tests benchmarks examples

.DEFAULT_GOAL := help
.PHONY: help setup generate check-generated lint lint-spec lint-workflows typecheck test ci demo bench bench-quick fuzz soak spec-diff docs docs-serve api-check clean

help:
	@echo "make demo             stream a chat completion from the built-in local gateway"
	@echo "make test             run the test suite"
	@echo "make ci               lint, typecheck, check-generated, test (what CI runs)"
	@echo "make generate         regenerate generated/ from openapi.yaml"
	@echo "make check-generated  fail if generated/ differs from openapi.yaml"
	@echo "make bench            benchmarks against raw httpx, the OpenAI SDK and phaseo (bench-quick: < 1 min)"
	@echo "make spec-diff        report spec changes since BASE (default: merge base with main)"
	@echo "make docs             build the documentation site into site/ (strict, offline; docs-serve: preview)"
	@echo "make api-check        fail on a breaking change to aistats' Python API not named in the CHANGELOG"
	@echo "make conformance      replay every real wire transcript (tests/fixtures/wire, wire3) through the SDK"
	@echo "make spec-upstream    what the gateway's published document has that openapi.yaml lacks (UPSTREAM=path or URL)"

setup: $(STAMP)

# Re-installs only when pyproject.toml changes; quick when up to date.
$(STAMP): pyproject.toml
	@test -x $(PYTHON) || $(PY) -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PYTHON) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $@

# The demo needs only the runtime (httpx, attrs) and jsonschema for aistats.testing: not the
# ~75 development packages. A later `make setup` adds [dev] to the same .venv; when it is up
# to date, it already has what the demo needs.
$(DEMO_STAMP): pyproject.toml
	@test -x $(PYTHON) || $(PY) -m venv $(VENV)
	@if [ $(STAMP) -nt pyproject.toml ]; then :; else \
		echo "$(PYTHON) -m pip install -e '.[testing]'"; \
		$(PYTHON) -m pip install --quiet --disable-pip-version-check -e '.[testing]'; fi
	@touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

generate: $(STAMP)
	$(PYTHON) scripts/check_templates.py
	$(PYTHON) scripts/generate.py

check-generated: $(STAMP)
	$(PYTHON) scripts/check_templates.py
	$(PYTHON) scripts/check_generated.py

lint: $(STAMP) lint-spec lint-workflows
	$(BIN)/ruff check $(CHECKED)
	$(BIN)/ruff format --check $(CHECKED)

lint-spec: $(STAMP) $(NODE_STAMP)
	$(PYTHON) -m openapi_spec_validator openapi.yaml
	npx --no-install spectral lint --fail-severity=hint --ruleset .spectral.yaml openapi.yaml

# GitHub Actions workflows against SchemaStore's workflow schema (vendored by check-jsonschema: offline).
lint-workflows: $(STAMP)
	$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows $(wildcard .github/workflows/*.yml .github/workflows/*.yaml)

typecheck: $(STAMP)
	$(BIN)/mypy $(CHECKED)

test: $(STAMP) $(NODE_STAMP)
	$(BIN)/pytest

ci: lint typecheck check-generated docs test

# Every transcript of tests/fixtures/wire and wire3 replayed through real calls, sync and async
# (also part of `make test`); `python -m tests.test_conformance` prints the outcome table.
.PHONY: conformance
conformance: $(STAMP)
	$(BIN)/pytest -q tests/test_conformance.py tests/test_conformance_wire3.py

demo: $(DEMO_STAMP)
	$(PYTHON) -m aistats demo

bench: $(STAMP)
	$(PYTHON) benchmarks/run.py

bench-quick: $(STAMP)
	$(PYTHON) benchmarks/run.py --quick

fuzz: $(STAMP)
	AISTATS_FUZZ_EXAMPLES=5000 $(BIN)/pytest -m fuzz tests

soak: $(STAMP)
	$(PYTHON) benchmarks/soak.py

# BASE: a git revision (default: the merge base with main, or origin/main; on main itself, HEAD).
# Exits 1 on breaking changes; SPEC_DIFF_FLAGS="--allow-breaking --output FILE" to always pass.
BASE ?= $(shell git merge-base HEAD main 2>/dev/null || git merge-base HEAD origin/main 2>/dev/null || echo HEAD)
SPEC_DIFF_FLAGS ?=
spec-diff: $(STAMP)
	$(PYTHON) scripts/spec_diff.py --git $(BASE) openapi.yaml $(SPEC_DIFF_FLAGS)

# UPSTREAM: the gateway's published OpenAPI document, a path or a URL. Exits 1 on a difference
# not reviewed in spec-upstream-allowlist.yaml; SPEC_UPSTREAM_FLAGS="--output FILE --verbose".
UPSTREAM ?= https://raw.githubusercontent.com/phaseoteam/Phaseo/main/apps/docs/openapi/v1/openapi.yaml
SPEC_UPSTREAM_FLAGS ?=
.PHONY: spec-upstream
spec-upstream: $(STAMP)
	$(PYTHON) scripts/spec_upstream.py $(UPSTREAM) $(SPEC_UPSTREAM_FLAGS)

# The documentation site: strict (a warning, a broken link or an unresolved reference fails) and
# offline (theme.font: false; no plugin fetches). Reference pages come from scripts/docs_reference.py
# A documented object without a docstring fails the build (`scripts/docs_reference.py --missing --strict`).
DOCS_ENV := NO_MKDOCS_2_WARNING=1 DISABLE_MKDOCS_2_WARNING=true
docs: $(STAMP)
	$(PYTHON) scripts/docs_reference.py --missing --strict
	$(DOCS_ENV) $(BIN)/mkdocs build --strict

docs-serve: $(STAMP)
	$(DOCS_ENV) $(BIN)/mkdocs serve

# The public Python API of aistats against the last release's snapshot (api/<version>.json);
# a breaking change passes only when the CHANGELOG's Unreleased "### Breaking" names it.
api-check: $(STAMP)
	$(PYTHON) scripts/api_check.py

clean:
	rm -rf site $(VENV) node_modules .mypy_cache .ruff_cache .pytest_cache
