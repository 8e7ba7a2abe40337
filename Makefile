# Pejling: `make demo` sets up and runs the main job; `make test` sets up and passes the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | sha1sum | cut -c1-12)
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install demo test lint bench clean lock serve

VENDOR := pejling/dashboard/static/vendor/.built-$(shell cat frontend/package-lock.json frontend/build.sh | sha1sum | cut -c1-12)
MESSAGES := pejling/locale/en/LC_MESSAGES/django.mo

install: $(STAMP) $(VENDOR) $(MESSAGES)

$(VENDOR): frontend/package.json frontend/package-lock.json frontend/build.sh
	bash frontend/build.sh
	touch $@

$(MESSAGES): pejling/locale/en/LC_MESSAGES/django.po $(STAMP)
	cd pejling && ../$(BIN)/pejling compilemessages --verbosity 0

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	rm -f $(VENV)/.installed-*
	touch $@

demo: install
	$(BIN)/pejling migrate --no-input
	$(BIN)/pejling plan load plans/randers.yaml --commit
	$(BIN)/pejling sync --offline-fallback || echo "Nogle bindinger fejlede (se ovenfor) / some bindings failed (see above)"
	$(BIN)/pejling assess
	mkdir -p var && $(BIN)/pejling report build --format pdf --out var/byraadsrapport.pdf || echo "Rapporten kunne ikke dannes (se ovenfor) / the report could not be built (see above)"
	@echo "Pejling kører på / is running at http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/ — opret bruger / create a user: $(BIN)/pejling createsuperuser)"
	$(BIN)/pejling serve --bind $(HOST):$(PORT)

test: install
	bash scripts/ensure-test-packages.sh
	$(BIN)/pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy pejling tests bench

bench: install
	@for script in bench/*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

lock:
	$(BIN)/uv pip compile pyproject.toml --extra dev --python-version 3.11 -o requirements.lock

clean:
	rm -rf $(VENV) build *.egg-info .mypy_cache .pytest_cache .ruff_cache frontend/node_modules pejling/dashboard/static/vendor
