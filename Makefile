# The two commands a newcomer runs: `make run` and `make test`. Both set everything up first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: run test test-slow setup sysdeps lint typecheck contracts bench screenshots translations schema package clean

$(BIN)/python:
	@$(PYTHON) -c 'import ensurepip' 2>/dev/null || sh packaging/system-deps.sh venv
	$(PYTHON) -m venv $(VENV)

$(INSTALLED): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $@

setup: $(INSTALLED) translations

sysdeps:
	@sh packaging/system-deps.sh test

run: setup
	@sh packaging/system-deps.sh run
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ] && [ -z "$$QT_QPA_PLATFORM" ]; then \
	  echo "Geen beeldscherm gevonden (DISPLAY is leeg). Start Intake Desk op een bureaublad," \
	       "of probeer: xvfb-run make run"; exit 1; fi
	$(BIN)/intake-desk

test: setup sysdeps
	$(BIN)/ruff check intake_desk ui tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

test-slow: setup sysdeps
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -m slow

lint: setup
	$(BIN)/ruff check intake_desk ui tests bench

typecheck: setup
	$(BIN)/mypy

contracts: setup
	$(BIN)/lint-imports

bench: setup sysdeps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

# Four passes (ui/screenshots): Dutch, en/, pseudo/ (every text 40% longer) and tekst-200/ (text at 200%).
screenshots: setup sysdeps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m ui.screenshots build/screenshots

# .ts files are committed; .qm files are built here.
translations: $(INSTALLED)
	@for ts in resources/translations/*.ts; do \
	  [ -e "$$ts" ] || continue; \
	  $(BIN)/pyside6-lrelease -silent "$$ts" -qm "$${ts%.ts}.qm"; \
	done

# Regenerates the documented JSON Schema of the intake exchange format.
schema: $(INSTALLED)
	$(BIN)/python -c "import json; from intake_desk.intake_format import schema; \
	  open('resources/intake-format.schema.json','w').write(json.dumps(schema(), indent=2, ensure_ascii=False) + '\n')"

package: setup
	$(BIN)/python -m pip install --quiet 'pyinstaller>=6.10,<7'
	$(BIN)/pyinstaller --noconfirm packaging/intake-desk.spec

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
