# Two commands matter: `make run` and `make test`. Both work on a fresh clone: they create .venv,
# install the project from pyproject.toml, and install the few system packages they need (as root,
# through apt-get) or say exactly which ones are missing.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP_RUN := $(VENV)/.stamp-run
STAMP_TEST := $(VENV)/.stamp-test
STAMP_BUNDLE := $(VENV)/.stamp-bundle
PYTEST_ARGS ?=

export QT_API := pyside6

.PHONY: run test lint typecheck pytest sysdeps-test sysdeps-run sysdeps-bundle bundle test-bundle devnet clean bench

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP_RUN)

$(STAMP_BUNDLE): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test,bundle]'
	touch $@ $(STAMP_TEST) $(STAMP_RUN)

sysdeps-bundle:
	@tools/sysdeps.sh bundle

# One-folder bundle dist/etalonium/ and, on Linux, dist/etalonium-VERSION-linux-ARCH.tar.gz (docs/INSTALL.md).
# sysdeps-run first: the X11 libraries present at build time are packed into the bundle.
bundle: $(STAMP_BUNDLE) sysdeps-run
	tools/bundle.sh

# Builds bundle + tarball, installs into a throwaway HOME, runs the installed app's self-test with no Python.
test-bundle: $(STAMP_BUNDLE) sysdeps-run sysdeps-bundle
	ETALONIUM_TEST_BUNDLE=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m slow tests/bundle $(PYTEST_ARGS)

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

# The app with its embedded local devnet (4 validators and a simulated community on 127.0.0.1).
run: $(STAMP_RUN) sysdeps-run
	@tools/run.sh $(ARGS)

bench: $(STAMP_TEST)
	@for b in benchmarks/*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

devnet: $(STAMP_RUN)
	$(VENV)/bin/etalonium-devnet --validators 4

clean:
	rm -rf $(VENV) dist .mypy_cache .ruff_cache .pytest_cache .hypothesis
