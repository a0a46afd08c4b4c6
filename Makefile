# One entry point. `make run` serves the demo site on SQLite; `make test` runs the tests on PostgreSQL.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
export DATABASE_URL_TEST ?= postgres://postgres@127.0.0.1:5432/clarinet

.PHONY: run install install-demo install-test messages migrate demo test lint check-deploy browser-deps node-deps fonts screenshots clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

## The product plus the demo content's extra (fpdf2 for its PDF documents)
install-demo: $(BIN)/python
	$(BIN)/pip install --quiet -e ".[demo]"

install-test: $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test]"

messages:
	$(BIN)/python manage.py compilemessages --ignore "$(VENV)/*" -v 0

migrate:
	$(BIN)/python manage.py migrate --noinput

demo:
	$(BIN)/python manage.py load_demo_content

## Install, migrate, compile translations, load the demo content and serve http://127.0.0.1:8000/
## with the background task worker (contact e-mails) beside it; both stop together. Absolute URLs
## (sitemap, canonical, feeds) follow HOST and PORT (`make run PORT=8123`) unless SITE_URL is set.
run: export SITE_URL ?= http://$(HOST):$(PORT)
run: install-demo messages migrate demo
	$(BIN)/python manage.py db_worker & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

## Debian's Chromium for the browser tests (Playwright drives it; no browser download); Debian's
## redis-server, which the resilience tests start and stop on their own port; nginx and Varnish for the
## scale-out test (scripts/scale-out) and the page cache's Varnish test (tests/test_varnish.py); Java and
## npm for the W3C Nu HTML Checker (vnu-jar) that the browser tests run on every page
browser-deps:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -q && apt-get install -y -q chromium)
	@command -v redis-server >/dev/null 2>&1 || (apt-get update -q && apt-get install -y -q redis-server)
	@command -v nginx >/dev/null 2>&1 && command -v varnishd >/dev/null 2>&1 || (apt-get update -q && apt-get install -y -q nginx varnish)
	@command -v java >/dev/null 2>&1 || (apt-get update -q && apt-get install -y -q default-jre-headless)
	@command -v npm >/dev/null 2>&1 || (apt-get update -q && apt-get install -y -q npm)

## The pinned npm packages (package-lock.json): the HTML checker and the web font's source. Install scripts
## are skipped: vnu-jar's would download a Java runtime, and Debian's is used instead.
node-deps:
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error

## Rebuild the subset web font in static/fonts/ from the npm package (the output is committed)
fonts: install-test node-deps
	$(BIN)/python scripts/build_fonts

## Take the README's screenshots (docs/screenshots/) from a demo served at SCREENSHOT_URL (default make run's)
screenshots: install-test
	$(BIN)/python scripts/screenshots

## Install everything and run the whole test suite on PostgreSQL (DATABASE_URL, default the local server)
test: install-test browser-deps node-deps messages
	DATABASE_URL=$${DATABASE_URL:-$(DATABASE_URL_TEST)} $(BIN)/pytest

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/djhtml --check templates
	# An in-memory database: the check compares models with migration files and needs no server.
	DJANGO_SETTINGS_MODULE=clarinet_site.settings.dev DATABASE_URL=sqlite://:memory: $(BIN)/python manage.py makemigrations --check --dry-run

check-deploy: install
	DJANGO_SETTINGS_MODULE=clarinet_site.settings.production SECRET_KEY=$$($(BIN)/python -c "import secrets; print(secrets.token_urlsafe(60))") \
	ALLOWED_HOSTS=clarinet.example.org DATABASE_URL=$${DATABASE_URL:-$(DATABASE_URL_TEST)} \
	$(BIN)/python manage.py check --deploy --fail-level WARNING

clean:
	rm -rf $(VENV) db.sqlite3 media private-media staticfiles
