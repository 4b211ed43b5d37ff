# One entry point. Only python3 and make are needed: the first target bootstraps uv into
# .tools/ and creates .venv from uv.lock (never resolving anew).
SHELL := /bin/bash
UV_VERSION := 0.13.9
UV := .tools/bin/uv
export UV_PYTHON_DOWNLOADS := never
export UV_PYTHON := python3
RUN := $(UV) run --frozen --no-sync
ARGS ?=
# Optional parts for `make run` / `make install`, e.g. EXTRAS="plots postgres".
EXTRAS ?=
EXTRA_FLAGS := $(foreach e,$(EXTRAS),--extra $(e))
comma := ,
empty :=
space := $(empty) $(empty)
EXTRA_LIST := $(subst $(space),$(comma),$(strip $(EXTRAS)))

.PHONY: help venv venv-runtime run install test test-fast lint typecheck bench eval docs i18n check-links clean

help:
	@echo "make run        start askback (web app on http://127.0.0.1:8765, SQLite in your data dir)"
	@echo "                ARGS='--port 9000' or ARGS=--demo pass options to askback serve"
	@echo "make install    put the askback command on your PATH (uv tool install, pinned by uv.lock)"
	@echo "make test       the whole test suite (SQLite, PostgreSQL, browser)"
	@echo "make lint       ruff and mypy --strict"
	@echo "make bench      benchmarks, printed as one table"
	@echo "make eval       precision/recall of the text checks and the evidence simulation"
	@echo "make docs       regenerate docs/cli.md, docs/facts.md and docs/api.md from the code"
	@echo "make i18n       extract messages, update every catalog (.po), compile them (.mo)"
	@echo "make check-links  request every resource URL (needs internet; not in CI)"

$(UV):
	python3 -m venv .tools
	.tools/bin/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

# The runtime environment: what `make run` needs and nothing else. Bytecode is compiled at
# install, so the first command is as fast as the later ones.
.venv/.synced-runtime: $(UV) uv.lock pyproject.toml
	$(UV) sync --frozen --no-dev --inexact --compile-bytecode $(EXTRA_FLAGS)
	@touch $@

# The development environment adds the test, lint and benchmark tools.
.venv/.synced: $(UV) uv.lock pyproject.toml
	$(UV) sync --frozen --all-groups --all-extras --compile-bytecode
	@touch $@ .venv/.synced-runtime

venv-runtime: .venv/.synced-runtime

venv: .venv/.synced

run: venv-runtime
	$(if $(EXTRAS),$(UV) sync --frozen --no-dev --inexact --compile-bytecode $(EXTRA_FLAGS))
	$(RUN) askback serve $(ARGS)

install: $(UV)
	$(UV) export --frozen --no-dev --all-extras --no-emit-project --no-hashes --quiet -o .tools/constraints.txt
	$(UV) tool install --force --compile-bytecode --constraints .tools/constraints.txt ".$(if $(EXTRA_LIST),[$(EXTRA_LIST)])"
	@echo "askback is installed; if your shell does not find it, run: $(UV) tool update-shell"

# Two workers; worksteal lets the one that finishes first take over the other's queue, so both
# end together (the slow modules run first: tests/conftest.py). Bytecode is written even where
# PYTHONDONTWRITEBYTECODE is set: otherwise each worker rewrites every test module's asserts
# and each `askback` subprocess compiles the sources again (caches are gitignored).
PYTEST := env -u PYTHONDONTWRITEBYTECODE $(RUN) pytest -n 2 --dist worksteal

test: venv
	$(PYTEST) $(ARGS)

test-fast: venv
	$(PYTEST) -m "not e2e and not slow" $(ARGS)

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
	$(RUN) python -m askback.apidoc > docs/api.md

# Messages: extract from the code and templates (settings in pyproject.toml and babel.cfg), merge
# into every language's catalog, compile. Translate the new entries, then run it again.
LOCALES := src/askback/locale
POT := build/askback.pot
i18n: venv
	@mkdir -p build
	$(RUN) pybabel extract -o $(POT) src
	$(RUN) pybabel update -i $(POT) -d $(LOCALES) -D askback --ignore-obsolete --ignore-pot-creation-date
	$(RUN) pybabel compile -d $(LOCALES) -D askback --statistics

# Not run in CI (no internet there): writes docs/link-report.md; ARGS=--update refreshes dates.
check-links: venv
	$(RUN) python scripts/check_links.py $(ARGS)

clean:
	rm -rf .venv .tools .pytest_cache .mypy_cache .ruff_cache
