# Samenwerk — every target sets itself up: only Python 3.11+ and make are needed.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test bench lint dist dist-test clean screenshot

$(VENV)/.run-stamp: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip
	$(PIP) install -e .
	touch $@

$(VENV)/.test-stamp: pyproject.toml $(VENV)/.run-stamp
	$(PIP) install -e '.[test]'
	touch $@

run: $(VENV)/.run-stamp
	env -u QT_QPA_PLATFORM $(BIN)/python -m samenwerk_desktop --demo

test: $(VENV)/.test-stamp
	$(BIN)/lint-imports
	$(BIN)/python -m pytest

bench: $(VENV)/.test-stamp
	$(BIN)/python -m bench

lint: $(VENV)/.test-stamp
	$(BIN)/ruff check .
	$(BIN)/lint-imports

clean:
	rm -rf $(VENV) build dist .pytest_cache .hypothesis
