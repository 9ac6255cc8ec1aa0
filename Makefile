# Two commands: `make run` (the pipeline on the bundled snapshot) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Prefect's settings (a local home under data/, no telemetry, a patient ephemeral server) are the CLI's
# defaults (kzelect/cli.py) and the tests' (tests/conftest.py).

.PHONY: fonts run test lint bench lock dictionary dashboard chromium clean

$(STAMP): requirements-pip.lock requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements-pip.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

run: $(STAMP)
	@mkdir -p data
	time $(BIN)/kzelect run --snapshot snapshot --warehouse data/kzelect.duckdb --archive data/archive

# The browser test (tests/dashboard) drives Debian's chromium through Playwright: no browser download.
chromium:
	@command -v chromium >/dev/null || (apt-get update -qq >/dev/null && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null)

# The Russian ODIHR PDFs of tests/osce are typeset in DejaVu Sans (Cyrillic): Debian's font, no download.
DEJAVU := /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
fonts:
	@test -f $(DEJAVU) || (apt-get update -qq >/dev/null && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-dejavu-core >/dev/null)

test: $(STAMP) chromium fonts
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

# The analysts' dashboard on the warehouse `make run` builds: http://127.0.0.1:8501 (KZELECT_DASHBOARD_PORT).
dashboard: $(STAMP)
	$(BIN)/kzelect dashboard --warehouse data/kzelect.duckdb --archive data/archive

lint: $(STAMP)
	$(BIN)/ruff check .

bench: $(STAMP)
	$(BIN)/python -m bench

dictionary: $(STAMP)
	$(BIN)/python -m warehouse.dictionary > docs/data_dictionary.md

# Re-pin dependencies (needs uv: `pip install uv`); the lock records hashes, no download addresses.
lock:
	uv pip compile --generate-hashes --python-version 3.11 requirements.in -o requirements.lock

clean:
	rm -rf data $(VENV)
