# Two commands for a newcomer: `make run` and `make test` (see README.md).
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
MANAGE := $(PY) manage.py
# How often `make run` publishes pages whose scheduled go-live time has come.
SCHEDULE_INTERVAL ?= 60

.PHONY: run test serve worker check lint format bench bench-http bench-import soak screenshots clean

$(VENV)/bin/activate:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed ($(PYTHON) not found); set PYTHON=... to point at it."; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(VENV)/bin/activate
	$(PIP) install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(VENV)/bin/activate
	$(PIP) install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.installed

# axe-core for the accessibility checks in the browser tests; skipped (and
# those checks skip) where npm is not installed.
node_modules/axe-core/axe.min.js: package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund --loglevel=error; else echo "npm not found: accessibility checks will be skipped"; fi

run: $(VENV)/.installed
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo
	@echo "Serving on http://127.0.0.1:8000/ (admin at /admin/). Ctrl-C stops it."
	@trap 'kill 0' EXIT INT TERM; \
	  while true; do $(MANAGE) publish_scheduled >/dev/null; sleep $(SCHEDULE_INTERVAL); done & \
	  $(MANAGE) runserver 127.0.0.1:8000

test: $(VENV)/.installed-dev node_modules/axe-core/axe.min.js check lint
	$(VENV)/bin/pytest

check: $(VENV)/.installed-dev
	DJANGO_SETTINGS_MODULE=website.settings.test $(MANAGE) check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=website.settings.test $(MANAGE) makemigrations --check --dry-run

lint: $(VENV)/.installed-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(VENV)/.installed-dev
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Production-like: gunicorn, whitenoise serving collected static files.
# Needs SECRET_KEY and ALLOWED_HOSTS in the environment (see README.md).
serve: $(VENV)/.installed
	DJANGO_SETTINGS_MODULE=website.settings.production $(MANAGE) collectstatic --no-input -v0
	DJANGO_SETTINGS_MODULE=website.settings.production $(MANAGE) migrate --no-input
	@# Pages cached by the previous release were built from its templates.
	DJANGO_SETTINGS_MODULE=website.settings.production $(MANAGE) clear_page_cache
	DJANGO_SETTINGS_MODULE=website.settings.production $(VENV)/bin/gunicorn website.wsgi --bind 127.0.0.1:8000 --workers 2

# The background worker production runs beside gunicorn (tasks and scheduled publishing).
# It first queues again what it was running when it last died (reclaim_stuck_tasks).
WORKER_ID ?= commonroom-$(shell hostname)
worker: $(VENV)/.installed
	DJANGO_SETTINGS_MODULE=website.settings.production $(MANAGE) reclaim_stuck_tasks --worker-id $(WORKER_ID)
	DJANGO_SETTINGS_MODULE=website.settings.production $(MANAGE) db_worker --worker-id $(WORKER_ID)

# In-process timings on the demo; with DATABASE_URL pointing at PostgreSQL,
# p50 of the main pages on 10,000 posts and 100,000 comments (in a scratch
# test_<name> database, dropped afterwards); then the HTTP benchmark.
bench: $(VENV)/.installed-dev
	DJANGO_SETTINGS_MODULE=website.settings.test $(PY) -m bench
	@case "$$DATABASE_URL" in \
	  postgres*) DJANGO_SETTINGS_MODULE=website.settings.test $(PY) -m bench.scale ;; \
	  *) echo "(10,000-post figures skipped: set DATABASE_URL=postgres://... to measure them)" ;; \
	esac
	$(MAKE) --no-print-directory bench-http

# gunicorn + wrk against a generated 300-comment post and the same bytes as a
# static file; installs Debian's wrk if it is missing.
bench-http: $(VENV)/.installed-dev
	@command -v wrk >/dev/null 2>&1 || { echo "Installing Debian's wrk"; \
	  apt-get install -y -qq wrk >/dev/null 2>&1 || sudo apt-get install -y -qq wrk >/dev/null; }
	$(PY) -m bench.http


# Imports a generated WordPress export (1,000 posts, 10,000 comments; then 500 images) and prints the time and memory.
bench-import: $(VENV)/.installed-dev
	DJANGO_SETTINGS_MODULE=website.settings.test $(PY) -m bench.import_wordpress

# Load and faults: 100 readers and 10 writers against gunicorn (production
# settings) on a scratch SQLite file, then on a scratch PostgreSQL database
# with a Redis of its own, while Redis, the SMTP sink, the worker or the
# SQLite lock fail and come back (bench/soak.py; SOAK_SECONDS=60 each).
soak: $(VENV)/.installed-dev
	$(PY) -m bench.soak

# The README's pictures (docs/screenshots/), from the demo in headless Chromium.
screenshots: $(VENV)/.installed-dev
	$(PY) -m bench.screenshots

clean:
	rm -rf $(VENV) node_modules staticfiles .pytest_cache
