# Two commands matter: `make run` and `make test`. Both work on a fresh clone: they create .venv,
# install the project from pyproject.toml, and install the few system packages they need (as root,
# through apt-get) or say exactly which ones are missing.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP_RUN := $(VENV)/.stamp-run
STAMP_TEST := $(VENV)/.stamp-test
PYTEST_ARGS ?=

export QT_API := pyside6

.PHONY: run test lint typecheck pytest sysdeps-test sysdeps-run devnet clean bench

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP_RUN)

sysdeps-test:
	@tools/sysdeps.sh test

sysdeps-run:
	@tools/sysdeps.sh run

lint: $(STAMP_TEST)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: $(STAMP_TEST)
	$(VENV)/bin/mypy

pytest: $(STAMP_TEST) sysdeps-test
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

test: lint typecheck pytest

# Until the desktop app lands (issue 7), `make run` starts the local devnet that the app will embed.
run: $(STAMP_RUN) sysdeps-run
	@echo "Starting the local ExC devnet (4 validators on 127.0.0.1); the desktop app is not built yet. Ctrl-C stops it."
	$(VENV)/bin/etalonium-devnet --validators 4

bench: $(STAMP_TEST)
	@for b in benchmarks/*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

devnet: $(STAMP_RUN)
	$(VENV)/bin/etalonium-devnet --validators 4

clean:
	rm -rf $(VENV) dist .mypy_cache .ruff_cache .pytest_cache .hypothesis
