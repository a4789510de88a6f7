# Tranquil: `make run` for a working demo site, `make test` for the whole suite.
# Both start from a fresh clone: they build the virtual environment from the lock file.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV_VERSION := 0.13.8
HOST := 127.0.0.1
PORT := 8000
MANAGE := $(BIN)/python manage.py

.PHONY: install browser migrate demo run test e2e screenshots bench bench-tools scale scale-tools varnish lint format check

$(BIN)/uv:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"

install: $(BIN)/uv
	$(BIN)/uv sync --locked --quiet

# Playwright's own browser download cannot work here, so the browser tests drive Debian's.
browser:
	@if ! command -v chromium >/dev/null; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			echo "Installing Debian's chromium for the browser tests"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
		else \
			echo "chromium is not installed and cannot be installed here: browser tests will be skipped"; \
		fi; \
	fi

migrate: install
	$(MANAGE) migrate --noinput

# Links in emails, and the demo site's address, follow HOST and PORT (`make run PORT=8108`).
run demo: export WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)

demo: migrate
	$(MANAGE) seed_demo

run: demo
	@echo
	@echo "Tranquil is running:"
	@echo "  site    http://$(HOST):$(PORT)/"
	@echo "  admin   http://$(HOST):$(PORT)/admin/"
	@echo "  sign in http://$(HOST):$(PORT)/accounts/login/"
	@echo "  emails  printed here by the outbox worker (manage.py deliver_mail)"
	@echo
	@# The worker sends the email outbox; it stops with the server.
	$(MANAGE) deliver_mail & worker=$$!; trap 'kill $$worker' EXIT INT TERM; \
		$(MANAGE) runserver $(HOST):$(PORT)

test: install browser
	$(BIN)/pytest

e2e: install browser
	$(BIN)/pytest tests/e2e

# Whole-page PNGs of the main pages at 1280 and 390 pixels wide, in screenshots/ (git ignores
# it); tests/e2e/screenshots_*.py is collected only here, never by `make test`.
screenshots: install browser
	$(BIN)/pytest tests/e2e -o python_files="screenshots_*.py" -q
	@echo "Screenshots saved in screenshots/"

# Several instances: Debian's PostgreSQL, Redis and nginx, moto's S3 server and a real SMTP
# server on 127.0.0.1, two gunicorn instances behind nginx, the task worker and the mail
# sender; a browser journey runs while one instance stops and starts (tests/scale/).
scale-tools:
	@missing=""; for tool in nginx redis-server psql; do command -v $$tool >/dev/null || missing="$$missing $$tool"; done; \
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$$missing initdb"; \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian's nginx, redis-server and postgresql for the scale journey"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx redis-server postgresql >/dev/null; \
	fi

scale: install browser scale-tools
	$(BIN)/pytest tests/scale -o python_files="scale_*.py" -q -s -p no:cacheprovider

# The crowd benchmark puts Debian's Varnish in front of gunicorn and loads it with wrk.
bench-tools:
	@if ! command -v varnishd >/dev/null || ! command -v wrk >/dev/null; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			echo "Installing Debian's varnish and wrk for the benchmarks"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq varnish wrk >/dev/null; \
		else \
			echo "varnish or wrk is not installed and cannot be installed here: the crowd benchmark will be skipped"; \
		fi; \
	fi

bench: install bench-tools
	$(BIN)/pytest tests/bench -o python_files="bench_*.py" -q -s

# Varnish on http://$(HOST):6081/ in front of `make run`, with the VCL the site is built for.
# Purges reach it when the site runs with FRONTEND_CACHE_PURGE_URL=http://$(HOST):6081.
# varnishd drops to its own users, so its folder and VCL live where they can read them.
varnish: bench-tools
	dir=$$(mktemp -d) && chmod 755 $$dir && cp varnish/default.vcl $$dir/ && \
		varnishd -F -a $(HOST):6081 -f $$dir/default.vcl -n $$dir -s malloc,256m

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

check: install
	$(MANAGE) makemigrations --check --dry-run
	$(MANAGE) check
