# One entry point. Only python3 and make are needed: the first target bootstraps uv into
# .tools/ and creates .venv from uv.lock (never resolving anew).
SHELL := /bin/bash
UV_VERSION := 0.13.9
UV := .tools/bin/uv
export UV_PYTHON_DOWNLOADS := never
export UV_PYTHON := python3
RUN := $(UV) run --frozen --no-sync
ARGS ?=

.PHONY: help venv run test test-fast lint typecheck bench eval docs check-links clean

help:
	@echo "make run        start askback (web app on http://127.0.0.1:8765, SQLite in your data dir)"
	@echo "make test       the whole test suite (SQLite, PostgreSQL, browser)"
	@echo "make lint       ruff and mypy --strict"
	@echo "make bench      benchmarks, printed as one table"
	@echo "make eval       precision/recall of the text checks and the evidence simulation"
	@echo "make docs       regenerate docs/cli.md and docs/facts.md from the code"
	@echo "make check-links  request every resource URL (needs internet; not in CI)"

$(UV):
	python3 -m venv .tools
	.tools/bin/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

.venv/.synced: $(UV) uv.lock pyproject.toml
	$(UV) sync --frozen --all-groups
	@touch $@

venv: .venv/.synced

run: venv
	$(RUN) askback serve $(ARGS)

test: venv
	$(RUN) pytest $(ARGS)

test-fast: venv
	$(RUN) pytest -m "not e2e and not slow" $(ARGS)

lint: venv
	$(RUN) ruff check src tests benchmarks
	$(RUN) ruff format --check src tests benchmarks
	$(RUN) mypy

bench: venv
	$(RUN) python -m benchmarks.run $(ARGS)

eval: venv
	$(RUN) python -m benchmarks.eval $(ARGS)

docs: venv
	$(RUN) python -m askback.cli.reference > docs/cli.md
	$(RUN) python -m askback.bank.facts > docs/facts.md

# Not run in CI (no internet there): writes docs/link-report.md; ARGS=--update refreshes dates.
check-links: venv
	$(RUN) python scripts/check_links.py $(ARGS)

clean:
	rm -rf .venv .tools .pytest_cache .mypy_cache .ruff_cache
