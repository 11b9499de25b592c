# Samenwerk — every target sets itself up: only Python 3.11+ and make are needed.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run compile test bench lint dist dist-test clean screenshot tr-update tr-check

# An editable install writes no bytecode of our own modules (and PYTHONDONTWRITEBYTECODE forbids it at run time):
# compile it here, so the program starts from .pyc (`compile` again after editing the sources; run and bench do).
COMPILE := $(BIN)/python -m compileall -q -j 0 samenwerk_desktop

$(VENV)/.run-stamp: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade pip
	$(PIP) install -e .
	$(COMPILE)
	touch $@

compile: $(VENV)/.run-stamp
	$(COMPILE)

$(VENV)/.test-stamp: pyproject.toml $(VENV)/.run-stamp
	$(PIP) install -e '.[test]'
	touch $@

run: compile
	env -u QT_QPA_PLATFORM $(BIN)/python -m samenwerk_desktop --demo

test: $(VENV)/.test-stamp
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/python -m pytest

bench: $(VENV)/.test-stamp compile
	$(BIN)/python -m bench

$(VENV)/.dist-stamp: pyproject.toml $(VENV)/.test-stamp
	$(PIP) install -e '.[test,dist]'
	touch $@

# A one-folder build in dist/samenwerk, from build.spec, with desktop integration.
dist: $(VENV)/.dist-stamp
	rm -rf build/samenwerk dist/samenwerk
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN build.spec
	$(BIN)/python -m tools.dist_finish

# Build from a clean tree, then run the built program headless and check what it makes.
dist-test: dist
	$(BIN)/python -m tools.dist_smoke

# The screenshots in docs/images, made headless from a fresh copy of the demo.
screenshot: $(VENV)/.run-stamp
	mkdir -p docs/images
	$(BIN)/python -m samenwerk_desktop --demo --screenshot docs/images/window.png --size 1600x1000
	$(BIN)/python -m samenwerk_desktop --demo --screenshot docs/images/presentation.png --size 1600x1000 --presentation
	$(BIN)/python -m samenwerk_desktop --demo --screenshot docs/images/window-en.png --size 1600x1000 --lang en
	$(BIN)/python -m samenwerk_desktop --demo --room-screenshot docs/images/room-decisions.png --room-view decisions --size 1280x720 --force

# Collect the user-visible strings into resources/translations/samenwerk_en.ts (and the Dutch plural forms
# into samenwerk_nl.ts), then compile both with pyside6-lrelease into the .qm files committed beside them;
# tr-check lists the strings without English.
tr-update: $(VENV)/.run-stamp
	$(BIN)/python tools/update_translations.py
tr-check: $(VENV)/.run-stamp
	$(BIN)/python tools/update_translations.py --check

lint: $(VENV)/.test-stamp
	$(BIN)/ruff check .
	$(BIN)/lint-imports

clean:
	rm -rf $(VENV) build dist .pytest_cache .hypothesis
