# RCI Intake — set-up, run, test, build. Every target creates what it needs.
PYTHON ?= python3
VENV   ?= .venv
PY      = $(VENV)/bin/python
PIP     = $(PY) -m pip
STAMP_RUN  = $(VENV)/.installed-run
STAMP_TEST = $(VENV)/.installed-test
STAMP_BUILD = $(VENV)/.installed-build

.PHONY: run test lint typecheck pytest pytest-server bench installer translations clean help

help:
	@echo "make run        — создать окружение, установить и запустить программу"
	@echo "make test       — установить тестовые зависимости и выполнить все проверки"
	@echo "                  (тесты — дважды: на SQLite и на временном сервере PostgreSQL)"
	@echo "make bench      — замеры производительности"
	@echo "make installer  — собрать программу установки (PyInstaller, одна папка)"

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(VENV)/bin/python
	$(PIP) install --quiet -e .
	@touch $@

$(STAMP_TEST): pyproject.toml | $(VENV)/bin/python
	$(PIP) install --quiet -e ".[test]"
	@touch $@ $(STAMP_RUN)

$(STAMP_BUILD): pyproject.toml | $(VENV)/bin/python
	$(PIP) install --quiet -e ".[build]"
	@touch $@

translations: $(STAMP_RUN)
	$(PY) -m desktop_app.ui.i18n_build

run: $(STAMP_RUN) translations
	$(PY) -m desktop_app.ui.syscheck && $(PY) -m desktop_app

lint: $(STAMP_TEST)
	$(VENV)/bin/ruff check desktop_app tests

typecheck: $(STAMP_TEST)
	$(VENV)/bin/mypy desktop_app

pytest: $(STAMP_TEST) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m desktop_app.ui.syscheck
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest

# The same tests on the centre's server engine: a throwaway PostgreSQL cluster in a
# temporary folder on a loopback port (PostgreSQL is installed if missing).
pytest-server: $(STAMP_TEST) translations
	QT_QPA_PLATFORM=offscreen tests/with-server $(VENV)/bin/pytest

test: lint typecheck pytest pytest-server

# The large benchmark database (50 000 enterprises, 1 000 000 consultations) is
# built once into .bench/ (ignored by git) and reused.
BENCH_DB ?= .bench/bench-1m.sqlite3

$(BENCH_DB): | $(STAMP_RUN)
	mkdir -p $(dir $(BENCH_DB))
	time $(PY) -m desktop_app --db $(BENCH_DB) demo --enterprises 50000 --consultations 1000000 --dossiers 500 --quiet

# `sync` before each benchmark: the files the previous one wrote (an export leaves
# hundreds of megabytes) are on disk, not written back during the next one's timing.
bench: $(STAMP_TEST) translations $(BENCH_DB)
	@for f in tests/bench/bench_*.py; do \
		echo "== $$f"; \
		sync; \
		if [ "$$f" = tests/bench/bench_gui.py ]; then \
			QT_QPA_PLATFORM=offscreen $(PY) $$f $(BENCH_DB) || exit 1; \
		else \
			QT_QPA_PLATFORM=offscreen $(PY) $$f || exit 1; \
		fi; \
	done

# The bundle is checked where it was built: its size (at most 200 MB), its start
# (`--version`, timed) and a headless self-test in a temporary data folder that
# opens the main window, builds a package, previews it and prints it to PDF.
BUNDLE_MAX_MB ?= 200

installer: $(STAMP_BUILD) translations
	$(VENV)/bin/pyinstaller --noconfirm --clean build_installer.spec
	@size=$$(du -sm dist/rci-intake | cut -f1); echo "Размер папки программы: $$size МБ"; \
		if [ $$size -gt $(BUNDLE_MAX_MB) ]; then \
			echo "больше $(BUNDLE_MAX_MB) МБ"; exit 1; fi
	time ./dist/rci-intake/rci-intake --version
	QT_QPA_PLATFORM=offscreen ./dist/rci-intake/rci-intake --self-test

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
