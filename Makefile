# The two commands a newcomer runs: `make run` and `make test`. Both set everything up first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: run test test-slow setup sysdeps lint typecheck contracts bench screenshots translations schema package package-build package-check deb deb-check deb-check-fresh clean

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

# Installers (packaging/README.md). The bundle carries the newest Python the stack supports (3.13, else
# 3.12: None/True/False are immortal there, so PySide6 6.12.0's reference bug cannot abort the app),
# built in its own venv; `make run` keeps .venv (3.11). `package` builds dist/intake-desk and runs the
# smoke test on it (window shown with an empty home, database with the sample catalog, a plan printed
# by the bundled command line): the build fails when the app it made does not start.
PKG_PYTHON ?= $(shell sh packaging/find-python.sh)
PKG_VENV := build/pkg-venv
DIST ?= dist/intake-desk

$(PKG_VENV)/.installed: pyproject.toml
	$(PKG_PYTHON) -m venv $(PKG_VENV)
	$(PKG_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -e . 'pyinstaller>=6.10,<7'
	@touch $@

package: package-build package-check

package-build: translations $(PKG_VENV)/.installed
	$(PKG_VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
	  packaging/intake-desk.spec
	@du -sh $(DIST)

# The smoke test alone, on dist/ or on another bundle: `make package-check DIST=/opt/intake-desk`.
package-check: sysdeps
	@test -e $(DIST) || { echo "package-check: $(DIST) does not exist; run make package" >&2; exit 1; }
	python3 packaging/smoke_test.py $(DIST)

# The Debian package of dist/intake-desk (packaging/deb/build-deb.sh), into dist/; builds the bundle first
# when there is none.
deb:
	@test -e $(DIST) || $(MAKE) package
	sh packaging/deb/build-deb.sh $(DIST) dist

# Root only: installs dist/intake-desk_*.deb with apt, starts it from its desktop entry on a virtual X
# display with an empty home, prints a plan, and removes it again.
deb-check:
	sh packaging/deb/check-deb.sh dist

# Root only, with network: the same on a fresh, minimal Debian 12 (debootstrap), where no library of
# this machine can hide a missing Depends; ~3 minutes.
deb-check-fresh:
	sh packaging/deb/check-fresh-debian.sh dist

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache
